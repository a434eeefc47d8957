"""Tools › Plan sample size…: how many participants a study needs, over the planner functions of
:mod:`uxlab.analysis.planning` (the same as `uxlab plan`). Four questions: problem discovery,
the margin of error of a completion rate, a test against a benchmark, two designs compared
(between or within subjects). The answer updates as the inputs change and shows its formula and
its published source (docs/metrics.md)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from uxlab.analysis import planning as pl
from uxlab.core.errors import UxlabError
from uxlab.gui.planner.fields import CONFIDENCES, PlanPage
from uxlab.gui.retranslate import Retranslatable
from uxlab.gui.review import fmt
from uxlab.gui.study_context import StudyContext

KINDS = ("discovery", "margin", "benchmark", "compare")
METRICS = ("completion", "time", "sus", "rating")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlannerDialog", text)


def _pages(parent: QWidget) -> dict[str, PlanPage]:
    d = PlanPage("planDiscovery", parent)
    d.number("p", 0.1, 99, 31, 2, percent=True)  # .31: Nielsen & Landauer's (1993) average
    d.number("goal", 50, 99.9, 85, 1, percent=True)
    m = PlanPage("planMargin", parent)
    m.number("margin", 1, 50, 10, 1, percent=True)
    m.number("p", 0, 100, 50, 0, percent=True)
    m.confidence()
    pages = {"discovery": d, "margin": m}
    for kind in ("benchmark", "compare"):
        page = PlanPage(f"plan{kind.title()}", parent)
        if kind == "compare":
            page.choice("design", ("between", "within"), "between")
        page.choice("metric", METRICS, "completion")
        if kind == "benchmark":
            page.number("expected", 1, 99, 90, 0, percent=True)
            page.number("benchmark", 1, 99, 78, 0, percent=True)  # 78 %: QtUX's average completion
        else:
            page.number("p1", 0, 100, 50, 0, percent=True)
            page.number("p2", 0, 100, 70, 0, percent=True)
            page.number("discordant", 1, 99, 30, 0, percent=True)
        page.number("sd", 0.01, 1000, 17.7, 2)  # 17.7: SD of SUS scores (Sauro & Lewis 2016)
        page.number("log_sd", 0.01, 10, 0.5, 2)
        page.number("ratio", 0.05, 20, 0.8, 2)
        page.number("difference", 0.01, 1000, 10, 2)
        page.number("power", 50, 99, 80, 0, percent=True)
        page.confidence()
        pages[kind] = page
    for page in pages.values():
        page.visible = _visibility(page)
    return pages


def _visibility(page: PlanPage) -> Any:
    def visible(key: str) -> bool:
        if "metric" not in page.choices:
            return True
        metric = page.value("metric")
        within = "design" in page.choices and page.value("design") == "within"
        return {
            "expected": metric == "completion", "benchmark": metric == "completion",
            "p1": metric == "completion", "p2": metric == "completion",
            "discordant": metric == "completion" and within,
            "sd": metric in ("sus", "rating"), "difference": metric in ("sus", "rating"),
            "log_sd": metric == "time", "ratio": metric == "time",
        }.get(key, True)

    return visible


def compute(kind: str, page: PlanPage, exact_p: float | None = None) -> pl.Plan:
    """The plan for the page's inputs (raises UxlabError on impossible ones). ``exact_p``: the
    study's p unrounded, used for discovery while the box still shows it."""
    v = page.value
    if kind == "discovery":
        return pl.plan_discovery(exact_p if exact_p is not None else v("p"), v("goal"))
    if kind == "margin":
        return pl.plan_margin(v("margin"), v("confidence"), v("p"))
    metric, power, conf = v("metric"), v("power"), v("confidence")
    design = "benchmark" if kind == "benchmark" else v("design")
    if metric == "completion":
        if kind == "benchmark":
            return pl.plan_benchmark_completion(v("expected"), v("benchmark"), power, conf)
        return pl.plan_compare_completion(v("p1"), v("p2"), power, conf, within=design == "within",
                                          discordant=v("discordant"))
    if metric == "time":
        return pl.plan_time(v("log_sd"), v("ratio"), power, conf, design=design)
    return pl.plan_mean(v("sd"), v("difference"), power, conf, design=design,
                        measure="SUS" if metric == "sus" else "rating")


class PlannerDialog(Retranslatable, QDialog):
    def __init__(self, context: StudyContext | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannerDialog")
        self.context = context
        # once taken from the study: (p as the box shows it, p exact, participants tested)
        self.from_study_p: tuple[float, float, int] | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("planKind")
        for k in KINDS:
            self.kind.addItem("", k)
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.stack = QStackedWidget(self)
        self.pages = _pages(self)
        for k in KINDS:
            self.stack.addWidget(self.pages[k])
            self.pages[k].changed.connect(self.recompute)
        self.from_study = QPushButton(self)
        self.from_study.setObjectName("planFromStudy")
        self.from_study.clicked.connect(self.use_study_p)
        self.pages["discovery"].form.addRow(self.from_study)
        self.result = QLabel(self)
        self.result.setObjectName("planResult")
        f = self.result.font()
        f.setPointSizeF(f.pointSizeF() * 1.3)
        f.setBold(True)
        self.result.setFont(f)
        self.result.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setObjectName("planDetails")
        self.details.setWordWrap(True)
        self.formula, self.source = QLabel(self), QLabel(self)
        self.formula.setObjectName("planFormula")
        self.source.setObjectName("planSource")
        self.formula_label, self.source_label = QLabel(self), QLabel(self)
        for w in (self.result, self.details, self.formula, self.source):
            w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.formula.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a formula reads left to right
        self.formula.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setWordWrap(True)
        self.formula.setWordWrap(True)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(self.kind_label, self.kind)
        refs = QFormLayout()
        refs.addRow(self.formula_label, self.formula)
        refs.addRow(self.source_label, self.source)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack)
        layout.addWidget(line)
        layout.addWidget(self.result)
        layout.addWidget(self.details)
        layout.addLayout(refs)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.plan: pl.Plan | None = None
        self.resize(620, 560)
        self.retranslate()

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Plan sample size"))
        self.kind_label.setText(_tr("&Question:"))
        names = {"discovery": _tr("Find usability problems (formative)"),
                 "margin": _tr("Estimate a completion rate to a margin of error"),
                 "benchmark": _tr("Show a result is better than a benchmark"),
                 "compare": _tr("Compare two designs")}
        for i in range(self.kind.count()):
            self.kind.setItemText(i, names[self.kind.itemData(i)])
        self.kind.setAccessibleName(_tr("Question"))
        self.kind.setToolTip(_tr("What the study must answer decides how many participants it needs"))
        labels = {
            "p": _tr("Share of users a problem affects (p):"), "goal": _tr("Share of problems to find:"),
            "margin": _tr("Margin of error (±):"), "confidence": _tr("Confidence level:"),
            "design": _tr("Design:"), "metric": _tr("Measure:"), "expected": _tr("Completion rate you expect:"),
            "benchmark": _tr("Benchmark completion rate:"), "p1": _tr("Completion rate, design A:"),
            "p2": _tr("Completion rate, design B:"), "discordant": _tr("Succeed on one design only:"),
            "sd": _tr("Standard deviation:"), "log_sd": _tr("Standard deviation of ln(time):"),
            "ratio": _tr("Time ratio to detect:"), "difference": _tr("Difference to detect (points):"),
            "power": _tr("Power:"),
        }
        tips = {
            "p": _tr("The average share of participants who meet a problem: 31 % in Nielsen & Landauer (1993); "
                     "take it from your own study when you can"),
            "goal": _tr("The share of the problems that exist you want to have seen at least once"),
            "margin": _tr("Half the width of the confidence interval around the completion rate"),
            "confidence": _tr("How sure the interval or the test must be"),
            "design": _tr("Between subjects: each participant tries one design. Within: each tries both"),
            "metric": _tr("What is measured"),
            "expected": _tr("The completion rate the product really has, as you expect it"),
            "benchmark": _tr("The rate to beat, e.g. 78 % (the average in Sauro & Lewis 2016)"),
            "p1": _tr("The completion rate expected with design A"),
            "p2": _tr("The completion rate expected with design B"),
            "discordant": _tr("The share of participants expected to succeed with one design and fail with the "
                              "other (at least the difference between the rates)"),
            "sd": _tr("From an earlier study or a published norm, e.g. 17.7 for SUS; within subjects, the SD "
                      "of the differences"),
            "log_sd": _tr("The SD of the natural log of task times (times are compared as geometric means)"),
            "ratio": _tr("Ratio of the times worth detecting, e.g. 0.8 for 20 % faster"),
            "difference": _tr("The smallest difference worth detecting, in the measure's points"),
            "power": _tr("The chance of detecting the difference if it is real (1 − β)"),
        }
        items = {
            "confidence": {c: fmt.percent(c) for c in CONFIDENCES},
            "design": {"between": _tr("between subjects (two groups)"),
                       "within": _tr("within subjects (everyone tries both)")},
            "metric": {"completion": _tr("completion rate"), "time": _tr("task time"), "sus": _tr("SUS score"),
                       "rating": _tr("a rating (e.g. SEQ)")},
        }
        for page in self.pages.values():
            page.set_texts(labels, tips, items)
        self.from_study.setText(_tr("Use the open study's &p"))
        self.from_study.setAccessibleName(_tr("Use the open study's p"))
        self.from_study.setToolTip(_tr("Take p from the study's problem matrix, adjusted for the small sample "
                                       "(Lewis 2001)"))
        self.formula_label.setText(_tr("Formula:"))
        self.source_label.setText(_tr("Source:"))
        self.result.setAccessibleName(_tr("Participants needed"))
        self.details.setAccessibleName(_tr("Details"))
        self.formula.setAccessibleName(_tr("Formula"))
        self.source.setAccessibleName(_tr("Source"))
        self.recompute()

    # ------------------------------------------------------------------ behaviour
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.recompute()

    def study_p(self) -> tuple[float, int] | None:
        """The open study's Lewis-adjusted p and the participants tested, if it has problems."""
        loaded = self.context.loaded if self.context is not None else None
        if loaded is None:
            return None
        from uxlab.analysis.problems import build_findings

        try:
            est = build_findings(loaded).discovery
        except UxlabError:
            return None
        if est.p_adjusted is None or est.p_adjusted <= 0:
            return None
        return est.p_adjusted, est.participants

    def use_study_p(self) -> bool:
        got = self.study_p()
        if got is None:
            self.details.setText(_tr("The open study has no observations linked to problems yet: "
                                     "link some in the Problems view, or type p."))
            return False
        box = self.pages["discovery"].boxes["p"]
        box.setValue(100 * got[0])  # the box rounds it to its decimals
        self.from_study_p = (box.number(), got[0], got[1])
        self.recompute()
        return True

    def recompute(self) -> None:
        kind = self.current_kind()
        try:
            plan = compute(kind, self.pages[kind], self._study_p_shown())
        except UxlabError as exc:
            self.plan = None
            self.result.setText(_tr("No answer for these inputs"))
            self.details.setText(exc.message)
            self.formula.setText("")
            self.source.setText("")
            return
        self.plan = plan
        self.result.setText(self.answer(plan))
        self.details.setText(self.notes(plan))
        self.formula.setText(plan.formula)
        self.source.setText(plan.source)

    def _study_p_shown(self) -> float | None:
        """The study's exact p while the p box still shows it (not typed over)."""
        taken = self.from_study_p
        if taken is None or taken[0] != self.pages["discovery"].value("p"):
            return None
        return taken[1]

    def answer(self, plan: pl.Plan) -> str:
        n = fmt.integer(plan.n)
        if plan.unit == "participants per group":
            return _tr("{0} participants per group, {1} in all").format(n, fmt.integer(plan.total))
        if plan.unit.startswith("participants (each"):
            return _tr("{0} participants, each trying both designs").format(n)
        return _tr("{0} participants").format(n)

    def notes(self, plan: pl.Plan) -> str:
        out: list[str] = []
        notes = plan.notes
        if "expected_share_at_n" in notes:
            out.append(_tr("With {0} participants, about {1} of the problems of that p are found.").format(
                fmt.integer(plan.n), fmt.percent(notes["expected_share_at_n"])))
            taken = self.from_study_p
            if taken is not None and self._study_p_shown() is not None:
                out.append(_tr("The study has tested {0}: {1} more needed.").format(
                    fmt.integer(taken[2]), fmt.integer(max(0, plan.n - taken[2]))))
        if "margin_at_n" in notes:
            out.append(_tr("The margin of error at this n is ±{0}.").format(fmt.percent(notes["margin_at_n"], 1)))
        if "exact_midp_power_at_n" in notes:
            out.append(_tr("Exact power of the mid-p binomial test at this n: {0} (binomial tests are discrete, "
                           "so power zig-zags with n).").format(fmt.percent(notes["exact_midp_power_at_n"])))
        return " ".join(out)
