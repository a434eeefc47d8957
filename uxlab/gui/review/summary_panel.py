"""The study summary: participants, SUS (mean, CI, grade, percentile, adjective), UMUX-Lite,
NPS with its counts, CSAT and CES when the study asked them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review import fmt


class SummaryPanel(Retranslatable, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewSummary")
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("participants", "sus", "sus_grade", "sus_percentile", "sus_adjective",
                    "umux", "nps", "nps_counts", "csat", "ces"):
            label, value = QLabel(self), QLabel(self)
            value.setObjectName(f"summary_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.form.addRow(label, value)
            self._rows[key] = (label, value)
        self._result: dict[str, Any] | None = None
        self._counts = (0, 0)
        self.retranslate()

    def value_text(self, key: str) -> str:
        return self._rows[key][1].text()

    def set_result(self, result: dict[str, Any] | None, included: int, excluded: int) -> None:
        self._result = result
        self._counts = (included, excluded)
        self._fill()

    def _show(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self._rows[key][1], visible)

    def _set(self, key: str, text: str, tip: str = "") -> None:
        value = self._rows[key][1]
        value.setText(text)
        value.setToolTip(tip)
        value.setAccessibleName(self._rows[key][0].text() + " " + text)

    def _fill(self) -> None:
        r = self._result
        included, excluded = self._counts
        self._set("participants", self.tr("{0} included, {1} excluded").format(
            fmt.integer(included), fmt.integer(excluded)),
                  self.tr("Excluded participants are left out of every number"))
        if r is None:
            for key in self._rows:
                if key != "participants":
                    self._set(key, fmt.MISSING)
            return
        sus = r["sus"]
        self._set("sus", self.tr("{0} (n = {1})").format(
            fmt.with_ci(sus["mean"], sus["ci"]), fmt.integer(sus["n"])), fmt.method("SUS"))
        self._set("sus_grade", sus.get("grade") or fmt.MISSING, fmt.method("SUS grade"))
        self._set("sus_percentile", fmt.number(sus.get("percentile"), 0),
                  fmt.method("SUS percentile"))
        self._set("sus_adjective", self._adjective(sus.get("adjective")),
                  fmt.method("SUS adjective"))
        umux = r["umux_lite"]
        self._show("umux", bool(umux.get("n")))
        self._set("umux", self.tr("{0}; SUS-equivalent {1} (n = {2})").format(
            fmt.with_ci(umux["mean"], umux["ci"]), fmt.number(umux.get("sus_equivalent"), 1),
            fmt.integer(umux["n"])), fmt.method("UMUX-Lite"))
        nps = r["nps"]
        self._show("nps", bool(nps.get("n")))
        self._show("nps_counts", bool(nps.get("n")))
        self._set("nps", self.tr("{0} (n = {1})").format(
            fmt.with_ci(nps["score"], nps["ci"], 0), fmt.integer(nps["n"])), fmt.method("NPS"))
        self._set("nps_counts", self.tr("{0} promoters, {1} passives, {2} detractors").format(
            fmt.integer(nps.get("promoters", 0)), fmt.integer(nps.get("passives", 0)),
            fmt.integer(nps.get("detractors", 0))),
            fmt.method("NPS"))
        csat = r["csat"]
        self._show("csat", bool(csat.get("n")))
        self._set("csat", self.tr("{0} top-2-box; mean {1} (n = {2})").format(
            fmt.with_ci(csat["score"], csat["ci"], 0, " %"),
            fmt.with_ci(csat.get("mean"), csat.get("mean_ci")), fmt.integer(csat["n"])), fmt.method("CSAT"))
        ces = r["ces"]
        self._show("ces", bool(ces.get("n")))
        self._set("ces", self.tr("{0}; {1} agree (n = {2})").format(
            fmt.with_ci(ces["score"], ces["ci"]), fmt.number(ces.get("agree_pct"), 0) + " %",
            fmt.integer(ces["n"])), fmt.method("CES"))

    def _adjective(self, adjective: str | None) -> str:
        names = {
            "Worst imaginable": self.tr("Worst imaginable"), "Awful": self.tr("Awful"),
            "Poor": self.tr("Poor"), "OK": self.tr("OK"), "Good": self.tr("Good"),
            "Excellent": self.tr("Excellent"), "Best imaginable": self.tr("Best imaginable"),
        }
        return names.get(adjective or "", adjective or fmt.MISSING)

    def retranslate(self) -> None:
        labels = {
            "participants": self.tr("Participants"), "sus": self.tr("SUS mean"),
            "sus_grade": self.tr("SUS grade"), "sus_percentile": self.tr("SUS percentile"),
            "sus_adjective": self.tr("SUS adjective"), "umux": self.tr("UMUX-Lite"),
            "nps": self.tr("NPS"), "nps_counts": self.tr("NPS answers"),
            "csat": self.tr("CSAT"), "ces": self.tr("CES"),
        }
        for key, (label, _value) in self._rows.items():
            label.setText(labels[key])
        self._fill()

