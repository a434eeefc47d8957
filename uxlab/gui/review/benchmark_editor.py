"""Editing the study's benchmarks (completion, SEQ, SUS, UMUX-Lite, NPS) from the Benchmarks table:
saved in the study file (``benchmarks``), where ``uxlab analyze`` finds them too. A value equal to
the documented default is not written, so the file names only what the study changes."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from uxlab.analysis.benchmarks import DEFAULTS, RANGES, check_benchmarks
from uxlab.core.study import Study
from uxlab.gui.retranslate import Retranslatable


def with_benchmarks(study: Study, values: dict[str, float]) -> Study:
    """A copy of ``study`` whose benchmarks are ``values`` (checked) without the defaults."""
    checked = check_benchmarks(values, "benchmarks")
    out = copy.deepcopy(study)
    out.benchmarks = {k: v for k, v in checked.items() if DEFAULTS.get(k) != v}
    return out


class BenchmarksDialog(Retranslatable, QDialog):
    """One box per benchmark, starting from the study's values (or the defaults); NPS has no
    default and is tested only when its box is ticked."""

    def __init__(self, benchmarks: dict[str, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("benchmarksDialog")
        used = {**DEFAULTS, **benchmarks}
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.boxes: dict[str, QDoubleSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        for key, decimals, step in (("completion", 0, 1.0), ("seq", 1, 0.1), ("sus", 1, 1.0),
                                    ("umux_lite", 1, 1.0), ("nps", 0, 1.0)):
            box = QDoubleSpinBox(self)
            box.setObjectName(f"benchmark_{key}")
            low, high = RANGES[key]
            scale = 100.0 if key == "completion" else 1.0
            box.setRange(low * scale, high * scale)
            box.setDecimals(decimals)
            box.setSingleStep(step)
            box.setValue(used.get(key, 0.0) * scale)
            label = QLabel(self)
            label.setBuddy(box)
            self.boxes[key], self.labels[key] = box, label
            if key == "nps":
                self.nps_check = QCheckBox(self)
                self.nps_check.setObjectName("benchmark_nps_on")
                self.nps_check.setChecked("nps" in benchmarks)
                box.setEnabled("nps" in benchmarks)
                self.nps_check.toggled.connect(box.setEnabled)
                form.addRow(self.nps_check)
            form.addRow(label, box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def restore_defaults(self) -> None:
        for key, value in DEFAULTS.items():
            self.boxes[key].setValue(value * (100.0 if key == "completion" else 1.0))
        self.nps_check.setChecked(False)

    def values(self) -> dict[str, float]:
        out = {key: box.value() / (100.0 if key == "completion" else 1.0)
               for key, box in self.boxes.items() if key != "nps"}
        if self.nps_check.isChecked():
            out["nps"] = self.boxes["nps"].value()
        return out

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Benchmarks"))
        self.intro.setText(self.tr(
            "Each result is tested one-sided against its benchmark. The values are saved in the "
            "study file; the defaults are the averages published by Sauro and Lewis (completion "
            "78 %, SEQ 5.5, SUS 68)."))
        texts = {"completion": self.tr("Completion rate (%):"), "seq": self.tr("SEQ mean:"),
                 "sus": self.tr("SUS mean:"),
                 "umux_lite": self.tr("UMUX-Lite (SUS-equivalent):"), "nps": self.tr("NPS:")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.nps_check.setText(self.tr("Test the NPS against a benchmark"))
        self.boxes["completion"].setSuffix(" %")
