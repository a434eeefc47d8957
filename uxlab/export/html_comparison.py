"""The HTML report's comparison and benchmark sections (differences, intervals, effect sizes,
within-subjects design, omnibus tests with Holm-adjusted pairs, one-sided benchmark tests)."""

from __future__ import annotations

from typing import Any

from uxlab.export import labels, readings
from uxlab.export.html_format import Fmt, e_, raw_


def benchmarks_section(results: dict[str, Any], titles: dict[str, str], f: Fmt) -> str:
    """One row per benchmark test: what was tested, against what, and how confident."""
    bench = results.get("benchmarks") or []
    if not bench:
        return ""
    head = (f"<tr><th>{f.t('Task')}</th><th>{f.t('Metric')}</th><th>{f.t('Benchmark')}</th>"
            f"<th>{f.t('Observed')}</th><th>{f.t('Test')}</th><th>p</th>"
            f"<th>{f.t('Confidence it beats the benchmark')}</th>"
            f"<th>{f.t('Reading')}</th></tr>")
    rows = []
    alpha = round(1.0 - float(results.get("confidence") or 0.95), 12)
    style = readings.export_style(f.lang)
    for b in bench:
        metric = str(b.get("metric") or "")
        kind = "pct" if metric == "completion" else "s" if metric == "time" else "num"

        def show(v: Any, kind: str = kind) -> str:
            return f.pct(v) if kind == "pct" else f.secs(v) if kind == "s" else f.n(v)

        task = str(b.get("task") or "")
        p = b.get("p")
        reading = (b.get("reading") if f.lang == "en" else
                   readings.benchmark_reading(b, alpha, style, titles.get(task, task)))
        rows.append(
            f'<tr data-metric="{e_(metric)}"><th scope="row"><bdi>{e_(titles.get(task, task))}'
            f"</bdi></th><td>{e_(metric)}</td>{f.value_td(b.get('benchmark'), show(b.get('benchmark')))}"
            f"{f.value_td(b.get('observed'), show(b.get('observed')) + f' (n = {f.n(b.get(chr(110)), 0)})')}"
            f'<td class="test">{e_(readings.test_name(str(b.get("test") or ""), f.lang))}</td>'
            f'<td class="num benchmark-p" data-value="{raw_(p)}">'
            f'{labels.format_p(p, f.lang) if p is not None else "–"}</td>'
            f"{f.value_td(b.get('confidence_better'), f.pct(b.get('confidence_better')))}"
            + f'<td class="reading">{e_(reading)}</td></tr>')
    return (f'<section id="benchmarks"><h2>{f.t("Benchmarks")}</h2>'
            f'<table class="benchmarks"><thead>{head}</thead><tbody>{"".join(rows)}</tbody>'
            "</table></section>")


def comparison_section(results: dict[str, Any], titles: dict[str, str], f: Fmt) -> str:
    comp = results.get("comparison")
    if not comp:
        return ""
    groups = [str(g) for g in comp.get("groups") or []]
    by = e_(comp.get("by"))
    out = [f'<section id="comparison"><h2>{f.t("Group comparison")}</h2>',
           f'<p class="note">{f.t("Groups")} ({by}): '
           + f.sep.join(f"<bdi>{e_(g)}</bdi>" for g in groups) + "</p>"]
    if comp.get("design") in ("within", "mixed"):
        out.append(f'<p class="note design" data-design="{e_(comp["design"])}" '
                   f'data-pairs="{raw_(comp.get("pairs"))}">'
                   + (e_(comp.get("note")) if f.lang == "en" else
                      e_(readings.design_note(comp, f.lang))) + "</p>")
    if len(groups) == 2 and "tasks" in comp:
        out += [f'<p class="note">{e_(n)}</p>' for n in readings.comparison_notes(comp, f.lang)]
        a, b = (e_(g) for g in groups)
        head = (f"<tr><th>{f.t('Task')}</th><th>{f.t('Metric')}</th><th><bdi>{a}</bdi></th>"
                f"<th><bdi>{b}</bdi></th><th>{f.t('Difference')} (a − b, a / b)</th>"
                f"<th>{f.t('Test')}</th><th>p</th><th>{f.t('Reading')}</th></tr>")
        rows: list[str] = []
        seq = {str(s.get("task")): s for s in comp.get("seq") or []}
        for t in comp["tasks"]:
            task = str(t.get("task"))
            name = f"<bdi>{e_(titles.get(task, task))}</bdi>"
            rows.append(_comparison_row(name, "completion", t.get("completion") or {}, "pct", f))
            rows.append(_comparison_row(name, "time on task", t.get("time_success") or {}, "s", f))
            if task in seq:
                rows.append(_comparison_row(name, "SEQ", seq[task], "num", f))
        pt = comp.get("participant_time")
        if isinstance(pt, dict) and pt:
            rows.append(_comparison_row("", "time per participant, all tasks (geometric mean, s)",
                                        pt, "s", f))
        for key, label in (("sus", "SUS"), ("umux_lite", "UMUX-Lite")):
            entry = comp.get(key)
            if isinstance(entry, dict) and entry:
                rows.append(_comparison_row("", label, entry, "num", f))
        out.append(f'<table class="comparison"><thead>{head}</thead><tbody>{"".join(rows)}'
                   "</tbody></table>")
    else:
        if comp.get("note") and len(groups) > 2 and "tests" not in comp and f.lang == "en":
            out.append(f'<p class="note">{e_(comp["note"])}</p>')  # e.g. 3 conditions within
        out += [f'<p class="note">{e_(n)}</p>' for n in readings.comparison_notes(comp, f.lang)]
        if "tests" in comp:  # an empty list in a questionnaire-only study: SUS is still tested
            out.append(_many_groups(comp, titles, f))
        for g in comp.get("per_group") or [] if results.get("tasks") else []:
            out.append(f"<h3><bdi>{e_(g.get('group'))}</bdi> (n = {f.n(g.get('participants'), 0)})</h3>")
            head = (f"<tr><th>{f.t('Task')}</th><th>{f.t('Attempts')}</th>"
                    f"<th>{f.t('Completion')}</th><th>{f.t('Interval')}</th>"
                    f"<th>{f.t('Time, successes')}</th><th>{f.t('Interval')}</th></tr>")
            body = "".join(
                f"<tr><th scope='row'><bdi>{e_(titles.get(str(t['task']), t['task']))}</bdi></th>"
                f"{f.value_td(t.get('attempts'), f.n(t.get('attempts'), 0))}"
                f"{f.value_td(t.get('completion_rate'), f.pct(t.get('completion_rate')))}"
                f"{f.ci_td(t.get('completion_ci'), 'pct')}"
                f"{f.value_td(t.get('time_success_geomean'), f.secs(t.get('time_success_geomean')))}"
                f"{f.ci_td(t.get('time_success_ci'), 's')}</tr>"
                for t in g.get("tasks") or [])
            out.append(f"<table><thead>{head}</thead><tbody>{body}</tbody></table>")
    return "".join(out) + "</section>"


def _many_groups(comp: dict[str, Any], titles: dict[str, str], f: Fmt) -> str:
    """More than two groups: each omnibus test, then its Holm-adjusted pairs."""
    head = (f"<tr><th>{f.t('Task')}</th><th>{f.t('Metric')}</th><th>a</th><th>b</th>"
            f"<th>{f.t('Difference')} (a − b, a / b)</th><th>{f.t('Test')}</th><th>p</th>"
            f"<th>{f.t('Reading')}</th></tr>")
    rows: list[str] = []
    k = len(comp.get("groups") or [])
    alpha = round(1.0 - float(comp.get("confidence") or 0.95), 12)
    blocks = [(str(t.get("task")), key, t.get(key) or {}) for t in comp.get("tests") or []
              for key in ("completion", "time_success", "seq")]
    blocks += [("", key, comp.get(key) or {}) for key in ("sus", "umux_lite")]
    for task, key, e in blocks:
        if e.get("p") is None and not e.get("pairwise"):
            continue
        kind = "pct" if key == "completion" else "s" if key == "time_success" else "num"
        name = f"<bdi>{e_(titles.get(task, task))}</bdi>" if task else ""
        reading = (e.get("reading", "") if f.lang == "en" else
                   readings.omnibus_reading(e, k, alpha, readings.export_style(f.lang)))
        p = e.get("p")
        rows.append(f'<tr class="omnibus" data-metric="{e_(e.get("metric"))}"><th scope="row">'
                    f'{name}</th><td>{e_(e.get("metric"))}</td><td></td><td></td><td></td>'
                    f'<td class="test">{e_(readings.test_name(str(e.get("test") or ""), f.lang))}</td>'
                    f'<td class="num omnibus-p" data-value="{raw_(p)}">'
                    f'{labels.format_p(p, f.lang) if p is not None else "–"}</td>'
                    f'<td class="reading">{e_(reading)}</td></tr>')
        for pair in e.get("pairwise") or []:
            label = " / ".join(str(g) for g in pair.get("groups") or [])
            rows.append(_comparison_row(name, label, pair, kind, f))
    return (f'<table class="comparison many"><thead>{head}</thead><tbody>{"".join(rows)}'
            "</tbody></table>")


def _difference_td(e: dict[str, Any], kind: str, f: Fmt) -> str:
    """The size of the difference: a − b with its interval (and Hedges' g), or a / b."""
    if "ratio" in e:
        value, ci, text = e.get("ratio"), e.get("ratio_ci") or [None, None], "×"
        shown = f"{text} {f.n(value, 2)}" if value is not None else "–"
        interval = f.interval(ci, "num", 2)
    else:
        value, ci = e.get("difference"), e.get("difference_ci") or [None, None]
        scale = 100.0 if kind == "pct" else 1.0
        d = 0 if kind == "pct" else 1
        shown = f.n(None if value is None else value * scale, d, sign=True)
        interval = f.interval([None if v is None else v * scale for v in ci], "num", d)
        if e.get("hedges_g") is not None:
            interval += f"; g = {f.n(e['hedges_g'], 2, sign=True)}"
    return (f'<td class="num difference" data-value="{raw_(value)}">{shown}'
            f'<br><span class="ci" dir="ltr">{interval}</span></td>')


def _comparison_row(name: str, metric: str, e: dict[str, Any], kind: str, f: Fmt) -> str:
    if "rate_a" in e:
        va, vb = e.get("rate_a"), e.get("rate_b")
    elif "geomean_a" in e:
        va, vb = e.get("geomean_a"), e.get("geomean_b")
    else:
        va, vb = e.get("mean_a"), e.get("mean_b")

    def show(v: Any) -> str:
        return f.pct(v) if kind == "pct" else f.secs(v) if kind == "s" else f.n(v)

    p = e.get("p")
    fisher = e.get("fisher_p")
    test = readings.test_name(str(e.get("test") or ""), f.lang)
    p_cell = f'<td class="num p" data-value="{raw_(p)}">{labels.format_p(p, f.lang) if p is not None else "–"}'
    if fisher is not None:
        p_cell += (f'<br><span class="fisher" data-value="{raw_(fisher)}">Fisher: '
                   f"{labels.format_p(fisher, f.lang)}</span>")
    reading = e.get("reading", "") if f.lang == "en" else labels.reading(e, f.lang)
    a_text = f"{show(va)} (n = {f.n(e.get('n_a'), 0)})"
    b_text = f"{show(vb)} (n = {f.n(e.get('n_b'), 0)})"
    return (f'<tr data-metric="{e_(metric)}"><th scope="row">{name}</th><td>{f.t(metric)}</td>'
            f"{f.value_td(va, a_text)}{f.value_td(vb, b_text)}{_difference_td(e, kind, f)}"
            f'<td class="test">{e_(test)}</td>{p_cell}</td><td class="reading">{e_(reading)}</td></tr>')
