"""The workbook's Comparison sheet rows: two groups or conditions (per task completion, time and
SEQ, then SUS and UMUX-Lite), or more than two groups (each omnibus test, then its Holm-adjusted
pairs), with the test names and plain readings in the workbook's language."""

from __future__ import annotations

from typing import Any

from uxlab.export import labels, readings

PARTICIPANT_TIME_LABEL = "time per participant, all tasks (geometric mean, s)"
_MANY_LABELS = {"completion": "completion rate",
                "time": "time on task, successes (geometric mean, s)", "SEQ": "SEQ mean",
                "SUS": "SUS mean", "UMUX-Lite": "UMUX-Lite mean"}


def comparison_rows(results: dict[str, Any], language: str = "en") -> list[dict[str, Any]]:
    comp = results.get("comparison")
    if not comp or ("tasks" not in comp and "tests" not in comp):
        return []

    def tr(text: Any) -> Any:
        return labels.tr(text, language) if isinstance(text, str) else text

    def reading(entry: dict[str, Any]) -> str:
        return labels.reading(entry, language) if language != "en" else entry.get("reading", "")

    def test_name(text: Any) -> Any:
        return readings.test_name(text, language) if isinstance(text, str) else text

    def row(task: str, label: str, e: dict[str, Any], va: str, vb: str) -> dict[str, Any]:
        ratio = "ratio" in e
        ci = e.get("ratio_ci" if ratio else "difference_ci") or [None, None]
        stat = e.get(e.get("statistic") or "") if e.get("statistic") else None
        kind: str | dict[str, str] = ("rate" if va == "rate_a" else "score" if va == "mean_a"
                                      else {"value_a": "seconds", "value_b": "seconds",
                                            "estimate": "ratio", "ci_low": "ratio",
                                            "ci_high": "ratio"})
        return {"_kind": kind, "task": task, "metric": tr(label), "value_a": e.get(va),
                "value_b": e.get(vb),
                "n_a": e.get("n_a"), "n_b": e.get("n_b"),
                "estimate": e.get("ratio" if ratio else "difference"), "ci_low": ci[0],
                "ci_high": ci[1], "effect_size": e.get("hedges_g"), "statistic": stat,
                "df": e.get("df"), "test": test_name(e.get("test")), "p": e.get("p"),
                "reading": reading(e)}

    rows: list[dict[str, Any]] = []
    if "tests" in comp:  # more than two groups: omnibus row, then Holm-adjusted pairs
        k, style = len(comp.get("groups") or []), readings.export_style(language)
        alpha = round(1.0 - float(comp.get("confidence") or 0.95), 12)
        blocks = [(t["task"], t.get(k) or {}) for t in comp["tests"]
                  for k in ("completion", "time_success", "seq")]
        blocks += [("", comp.get(k) or {}) for k in ("sus", "umux_lite")]
        for task, e in blocks:
            if e.get("p") is None and not e.get("pairwise"):
                continue
            label = tr(_MANY_LABELS.get(str(e.get("metric")), str(e.get("metric"))))
            rows.append({"task": task, "metric": label, "statistic": e.get("statistic"),
                         "df": e.get("df"), "test": test_name(e.get("test")), "p": e.get("p"),
                         "reading": e.get("reading") if language == "en" else
                         readings.omnibus_reading(e, k, alpha, style)})
            for pair in e.get("pairwise") or []:
                va, vb = (("rate_a", "rate_b") if "rate_a" in pair else
                          ("geomean_a", "geomean_b") if "geomean_a" in pair else
                          ("mean_a", "mean_b"))
                a, b = pair["groups"]
                rows.append(row(task, f"{label}: {a} / {b}", pair, va, vb))
        return rows
    seq = {str(e.get("task")): e for e in comp.get("seq") or []}
    for t in comp["tasks"]:
        rows.append(row(t["task"], "completion rate", t.get("completion") or {}, "rate_a",
                        "rate_b"))
        rows.append(row(t["task"], "time on task, successes (geometric mean, s)",
                        t.get("time_success") or {}, "geomean_a", "geomean_b"))
        if str(t["task"]) in seq and (seq[str(t["task"])].get("n_a") or
                                      seq[str(t["task"])].get("n_b")):
            rows.append(row(t["task"], "SEQ mean", seq[str(t["task"])], "mean_a", "mean_b"))
    pt = comp.get("participant_time")
    if isinstance(pt, dict) and pt:
        rows.append(row("", PARTICIPANT_TIME_LABEL, pt, "geomean_a", "geomean_b"))
    for key, label in (("sus", "SUS mean"), ("umux_lite", "UMUX-Lite mean")):
        s = comp.get(key)
        if isinstance(s, dict) and s:
            rows.append(row("", label, s, "mean_a", "mean_b"))
    return rows
