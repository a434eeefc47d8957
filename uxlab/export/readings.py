"""Plain-language readings of the benchmark tests and of the omnibus tests across more than two
groups, in the five export languages, from the numbers of ``analyze``'s entries (not from its
English ``reading`` text): which case applies is decided from p, alpha, n and the no-variation
flag, and every number is written in the language's convention (:func:`labels.format_number`).

The English templates word exactly what :mod:`uxlab.analysis.benchmarks` and
:mod:`uxlab.analysis.comparisons` write (tests check both agree on real data); their translations
live in the gettext catalogs with the other export texts (context "plain reading"). They are
the project's own (docs/export.md).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from uxlab.export import catalog, labels

# The English sources, by key; the translations are in the gettext catalogs under the context
# CONTEXT (resources/catalogs/uxlab_<lang>.po, docs/translating.md).
CONTEXT = "plain reading"
SOURCE: dict[str, str] = {
    "left_out_participants": "{n} participant(s) with no value in '{by}' are left out of the comparison",
    "left_out_attempts": "{n} attempt(s) with no value in '{by}' are left out of the comparison",
    "groups_many": "'{by}' has {k} values: an omnibus test per measure, then every pair of groups with Holm-adjusted p-values.",
    "groups_few": "'{by}' has {k} value(s); a comparison needs two groups.",
    "note_many": "a / b = the pair named in each row (by {by}; p of pairs Holm-adjusted)",
    "note_two": "a = {a}, b = {b} (by {by}; {design}{pairs})", "pairs": ", {n} pairs",
    "design_between": "between-subjects", "design_within": "within-subjects",
    "design_mixed": "mixed-subjects",
    "design_note": "{design}: {n} participants with data under both conditions",
    "no_data": "{what}: no data to compare with the {target} benchmark",
    "flat": "{what}: every value is the same ({shown}; no variation), so no test applies; "
        "it is {side} {target} in these data",
    "few": "{what}: not enough data to test against {target} (n = {n})",
    "better": "{what} {shown} is {side} {target} with {conf} ({test})",
    "not": "{what} {shown}: not shown to be {side} {target} (only {conf}; {test})",
    "above": "above", "below": "below", "faster than": "faster than",
    "slower than": "slower than",
    "conf": "{c} confidence", "conf_more": "more than {c} confidence",
    "conf_less": "less than {c} confidence",
    "what_completion": "{task}: completion", "what_seq": "{task}: SEQ",
    "what_time": "{task}: time",
    "mean": "mean {v}", "geomean": "geometric mean {v}", "target_time": "the {t} target",
    "umux_target": "{t} (SUS-equivalent; UMUX-Lite {raw})", "s": "s",
    "om_flat": "{label}: no variation within the groups, so no test",
    "om_few": "{label}: not enough data for a test across the {k} groups",
    "om_differs": "{label} differs between the {k} groups, {p} ({test})",
    "om_same": "no reliable difference in {label} between the {k} groups, {p} ({test})",
    "om_flat_c": "{label}: no variation within the conditions, so no test",
    "om_few_c": "{label}: not enough data for a test across the {k} conditions",
    "om_differs_c": "{label} differs between the {k} conditions, {p} ({test})",
    "om_same_c": "no reliable difference in {label} between the {k} conditions, {p} ({test})",
    "completion": "completion", "time": "time on task", ", Holm-adjusted": ", Holm-adjusted",
}

# The test names the readings use are translated in the catalogs without a context, as the
# other test names (labels.tr).

_HOLM = ", Holm-adjusted"


@dataclass(frozen=True)
class Style:
    """How a reading writes its words and numbers: the export's per-language tables here, the
    interface's Qt translations and ``QLocale`` in the review view (same cases, same words)."""

    text: Callable[[str], str]  # template key -> template
    number: Callable[[Any, int], str]  # value, decimals (``sign`` via ``signed``)
    signed: Callable[[Any, int], str]
    percent: Callable[[Any, int], str]  # fraction 0-1, decimals
    p_value: Callable[[float], str]
    test: Callable[[str], str]  # an English test name -> its name in the language


def _text(key: str, language: str) -> str:
    return catalog.text(SOURCE[key], language, CONTEXT)


def export_style(language: str) -> Style:
    """The export's style: :mod:`uxlab.export.labels`' numbers, the catalogs' texts."""
    return Style(
        text=lambda key: _text(key, language),
        number=lambda v, d: labels.format_number(v, d, language),
        signed=lambda v, d: labels.format_number(v, d, language, sign=True),
        percent=lambda v, d: labels.format_percent(v, d, language),
        p_value=lambda p: labels.format_p(p, language),
        test=lambda name: test_name(name, language))


def test_name(test: str, language: str) -> str:
    """A test's name in ``language`` (a pair's test among many groups ends ", Holm-adjusted")."""
    if test.endswith(_HOLM):
        return test_name(test[: -len(_HOLM)], language) + _text(_HOLM, language)
    return labels.tr(test, language)


def _g(value: float, s: Style) -> str:
    """A benchmark as Python's ``:g`` writes it (68, 5.5, 0.25), in the style's digits."""
    text = f"{value:g}"
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    return s.number(value, decimals)


def confidence_text(p: float, s: Style) -> str:
    """1 − p as a confidence: "94% confidence", "99.5% confidence", "more than 99.9% ..."."""
    c = 100.0 * (1.0 - p)
    if c > 99.9:
        return s.text("conf_more").format(c=s.percent(0.999, 1))
    if c >= 99.0:
        return s.text("conf").format(c=s.percent(c / 100, 1))
    if c >= 1:
        return s.text("conf").format(c=s.percent(c / 100, 0))
    return s.text("conf_less").format(c=s.percent(0.01, 0))


def _benchmark_parts(b: dict[str, Any], s: Style, task: str) -> tuple[str, str, str, bool]:
    """(what, shown, target, time?) of one benchmark entry."""
    metric = str(b.get("metric") or "")
    v, target = b.get("observed"), float(b.get("benchmark") or 0.0)
    n = int(b.get("n") or 0)
    if metric == "completion":
        x = int(b.get("successes") or 0)
        shown = f"{s.percent(x / n, 0)} ({s.number(x, 0)}/{s.number(n, 0)})" if n else ""
        return s.text("what_completion").format(task=task), shown, s.percent(target, 0), False
    if metric == "seq":
        return (s.text("what_seq").format(task=task),
                s.text("mean").format(v=s.number(v, 1)) if v is not None else "",
                _g(target, s), False)
    if metric == "time":
        unit = s.text("s")
        shown = s.text("geomean").format(v=f"{s.number(v, 0)} {unit}") if v is not None else ""
        return (s.text("what_time").format(task=task), shown,
                s.text("target_time").format(t=f"{_g(target, s)} {unit}"), True)
    if metric in ("sus", "umux_lite"):
        name = "SUS" if metric == "sus" else "UMUX-Lite"
        shown = s.text("mean").format(v=s.number(v, 1)) if v is not None else ""
        t = _g(target, s)
        if metric == "umux_lite":
            t = s.text("umux_target").format(t=t, raw=s.number(b.get("benchmark_raw"), 1))
        return name, shown, t, False
    if metric == "nps":
        shown = s.signed(v, 0) if v is not None else ""
        t = _g(target, s)
        return "NPS", shown, (f"+{t}" if target >= 0 else t), False
    return metric, "" if v is None else s.number(v, 1), _g(target, s), False


def benchmark_reading(b: dict[str, Any], alpha: float, s: Style,
                      task_title: str | None = None) -> str:
    """The plain reading of one ``analyze(...)["benchmarks"]`` entry:
    "pay: completion 83% (25/30) is above 78% with 94% confidence (...)"."""
    task = task_title if task_title is not None else str(b.get("task") or "")
    what, shown, target, is_time = _benchmark_parts(b, s, task)
    better, worse = ("faster than", "slower than") if is_time else ("above", "below")
    observed, n, p = b.get("observed"), int(b.get("n") or 0), b.get("p")
    if observed is None or n == 0:
        return s.text("no_data").format(what=what, target=target)
    if b.get("no_variation"):
        bench = float(b.get("benchmark_raw", b.get("benchmark")) or 0.0)
        wins = observed < bench if is_time else observed > bench
        return s.text("flat").format(what=what, shown=shown,
                                     side=s.text(better if wins else worse), target=target)
    if p is None or not math.isfinite(float(p)):
        return s.text("few").format(what=what, target=target, n=s.number(n, 0))
    key = "better" if float(p) < alpha else "not"
    return s.text(key).format(what=what, shown=shown, side=s.text(better), target=target,
                              conf=confidence_text(float(p), s),
                              test=s.test(str(b.get("test") or "")))


def omnibus_reading(e: dict[str, Any], k: int, alpha: float, s: Style) -> str:
    """The plain reading of one omnibus test across ``k`` groups."""
    metric = str(e.get("metric") or "")
    label = s.text(metric) if metric in ("completion", "time") else metric
    p = e.get("p")
    count = s.number(k, 0)
    c = "_c" if e.get("across") == "conditions" else ""  # the same participants under each
    if e.get("no_variation"):
        return s.text("om_flat" + c).format(label=label)
    if p is None:
        return s.text("om_few" + c).format(label=label, k=count)
    key = ("om_differs" if float(p) < alpha else "om_same") + c
    return s.text(key).format(label=label, k=count, p=s.p_value(float(p)),
                              test=s.test(str(e.get("test") or "")))


def comparison_footnote(comp: dict[str, Any], language: str) -> str:
    """The line under the workbook's Comparison table: what a and b are, and the design."""
    w = {key: _text(key, language) for key in SOURCE}
    groups = [str(g) for g in comp.get("groups") or []]
    by = str(comp.get("by") or "")
    if len(groups) > 2:
        return w["note_many"].format(by=by)
    design = w.get(f"design_{comp.get('design') or 'between'}", str(comp.get("design")))
    pairs = (w["pairs"].format(n=labels.format_number(comp["pairs"], 0, language))
             if comp.get("pairs") else "")
    a, b = [*groups, "", ""][:2]
    return w["note_two"].format(a=a, b=b, by=by, design=design, pairs=pairs)


def design_note(comp: dict[str, Any], language: str) -> str:
    """The report's line on a within-subjects or mixed design, e.g. "within-subjects: 41
    participants with data under both conditions"."""
    w = {key: _text(key, language) for key in SOURCE}
    design = w.get(f"design_{comp.get('design') or 'between'}", str(comp.get("design")))
    return w["design_note"].format(design=design,
                                   n=labels.format_number(comp.get("pairs") or 0, 0, language))


def comparison_notes(comp: dict[str, Any], language: str) -> list[str]:
    """What the report says above a comparison: how many groups and what is done with them (when
    not two), and how many participants or attempts were left out for want of a value."""
    w = {key: _text(key, language) for key in SOURCE}
    by, k = str(comp.get("by") or ""), len(comp.get("groups") or [])
    out: list[str] = []
    if k > 2 and "tests" in comp:  # (an empty list in a questionnaire-only study)
        out.append(w["groups_many"].format(by=by, k=labels.format_number(k, 0, language)))
    elif k < 2:
        out.append(w["groups_few"].format(by=by, k=labels.format_number(k, 0, language)))
    n = int(comp.get("left_out") or 0)
    if n:
        key = "left_out_attempts" if comp.get("design") in ("within", "mixed") else \
            "left_out_participants"
        out.append(w[key].format(n=labels.format_number(n, 0, language), by=by))
    return out
