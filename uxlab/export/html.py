"""The study report as one self-contained HTML file: opens in any browser, prints well.

Every number comes from :func:`uxlab.analysis.metrics.analyze` (nothing is recomputed here);
each numeric table cell also carries the exact value in a ``data-value`` (or ``data-lo`` /
``data-hi``) attribute, so a script or a test can check the report against ``uxlab analyze
--json``. Charts are inline SVG drawn here (no JavaScript, no network, no external files), in
the Okabe-Ito palette with text labels, so they survive printing in black and white. All text
that comes from people (study title, task titles, groups, reasons) is HTML-escaped. The file is
written atomically: a crash never leaves half a report over the previous one.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from uxlab import __version__
from uxlab.analysis.metrics import METHODS, analyze
from uxlab.analysis.model import StudyTables
from uxlab.core.scoring import SUS_GRADES
from uxlab.export import labels
from uxlab.export.html_comparison import benchmarks_section, comparison_section
from uxlab.export.html_findings import findings_section
from uxlab.export.html_format import Fmt, e_, raw_
from uxlab.export.wording import NOT_VALIDATED, VALIDATED, wordings
from uxlab.storage.atomic import atomic_write_bytes

BLUE, ORANGE, GREEN, RED, SKY, YELLOW, BLACK = ("#0072B2", "#E69F00", "#009E73", "#D55E00",
                                                "#56B4E9", "#F0E442", "#000000")
GRADE_COLOURS = {"A": GREEN, "B": SKY, "C": YELLOW, "D": ORANGE, "F": RED}

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", Vazirmatn, Tahoma,
       "DejaVu Sans", sans-serif; color: #111; background: #fff; margin: 0 auto;
       max-width: 1100px; padding: 24px; line-height: 1.45; font-size: 15px; }
h1 { font-size: 1.7em; margin: 0 0 .2em; }
h2 { font-size: 1.3em; border-bottom: 2px solid #0072B2; padding-bottom: .2em; margin-top: 1.6em; }
.subtitle { color: #444; margin: 0 0 1em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; margin: 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: .92em; }
th, td { border: 1px solid #c8c8c8; padding: .3em .5em; text-align: start; vertical-align: top; }
thead th { background: #eef2f6; }
td.num, td.ci { font-variant-numeric: tabular-nums; white-space: nowrap; }
.ci { color: #333; }
.taskid { color: #555; font-size: .85em; }
figure { margin: 1em 0 1.6em; }
figcaption { font-size: .9em; color: #333; margin-top: .3em; }
svg { direction: ltr; max-width: 100%; height: auto; }
svg text { font-family: inherit; }
.note { color: #333; font-size: .92em; }
.methods td:first-child { font-weight: 600; white-space: normal; }
footer { margin-top: 2em; color: #555; font-size: .85em; border-top: 1px solid #ccc;
         padding-top: .5em; }
@page { size: A4; margin: 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; background: #fff; color: #000; }
  section { break-before: page; page-break-before: always; }
  header + section { break-before: auto; page-break-before: auto; }
  tr, figure, svg, dl { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  h2 { break-after: avoid; page-break-after: avoid; }
  thead th { background: #eef2f6; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _header(tables: StudyTables, results: dict[str, Any], f: Fmt, generated: datetime) -> str:
    p = tables.participants
    excluded = results.get("excluded") or []
    included = len(p) - len(excluded)
    dates: list[str] = []
    for col in ("started", "ended"):
        if col in p.columns:
            dates += [str(v)[:10] for v in p[col].tolist() if isinstance(v, str) and v]
    span = ""
    if dates:
        first, last = min(dates), max(dates)
        span = first if first == last else f"{first} – {last}"
    conf = f.pct(results.get("confidence"), 0)
    rows = [
        (f.t("Report date"), e_(generated.strftime("%Y-%m-%d %H:%M UTC"))),
        (f.t("Sessions"), e_(span) or "–"),
        (f.t("Participants"),
         f'<span data-value="{included}">{f.n(included, 0)}</span> {f.t("included")}{f.sep}'
         f'<span data-value="{len(excluded)}">{f.n(len(excluded), 0)}</span> {f.t("excluded")}'),
        (f.t("Tasks"), f.n(len(tables.tasks), 0)),
        (f.t("Confidence level"), f"{conf} ({f.t('every interval')})"),
    ]
    if tables.source:
        rows.append((f.t("Source"), f'<span dir="ltr">{e_(tables.source)}</span>'))
    meta = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    out = (f'<header><h1>{e_(tables.title)}</h1><p class="subtitle">'
           f'{f.t("Usability test report")}</p><dl class="meta">{meta}</dl>')
    if excluded:
        items = "".join(
            f"<li><bdi>{e_(x['participant'])}</bdi>: {e_(x.get('reason')) or f.t('no reason given')}</li>"
            for x in excluded)
        out += f'<p class="note">{f.t("excluded")}:</p><ul class="excluded">{items}</ul>'
    return out + "</header>"


def _summary(results: dict[str, Any], f: Fmt) -> str:
    rows: list[str] = []
    sus = results.get("sus") or {}
    if sus.get("n"):
        adjective = labels.tr(sus.get("adjective") or "", f.lang)
        details = (f"{f.t('grade')} <b>{e_(sus.get('grade'))}</b>{f.sep}{f.t('percentile')} "
                   f'<span data-value="{raw_(sus.get("percentile"))}">'
                   f'{f.n(sus.get("percentile"), 0)}</span>{f.sep}'
                   f"{f.t('adjective')} «{e_(adjective)}»")
        rows.append(_summary_row("sus", "SUS", sus, sus.get("mean"), f.n(sus.get("mean")),
                                 f.ci_td(sus.get("ci")), details, f))
    um = results.get("umux_lite") or {}
    if um.get("n"):
        details = (f"{f.t('SUS-equivalent')} "
                   f'<span data-value="{raw_(um.get("sus_equivalent"))}">'
                   f"{f.n(um.get('sus_equivalent'))}</span>")
        rows.append(_summary_row("umux_lite", "UMUX-Lite", um, um.get("mean"), f.n(um.get("mean")),
                                 f.ci_td(um.get("ci")), details, f))
    nps = results.get("nps") or {}
    if nps.get("n"):
        details = f.sep.join(
            f'<span data-{k}="{nps.get(k)}">{f.n(nps.get(k), 0)}</span> {f.t(k)}'
            for k in ("promoters", "passives", "detractors"))
        rows.append(_summary_row("nps", "NPS", nps, nps.get("score"),
                                 f.n(nps.get("score"), 0, sign=True), f.ci_td(nps.get("ci"), d=0),
                                 details, f))
    csat = results.get("csat") or {}
    if csat.get("n"):
        details = (f"{f.t('mean')} {f.n(csat.get('mean'), 2)} "
                   f'<span dir="ltr">({f.interval(csat.get("mean_ci"), d=2)})</span>{f.semi}'
                   f"{e_(csat.get('method', ''))}")
        score = csat.get("score")
        rows.append(_summary_row("csat", "CSAT", csat, score,
                                 f.pct(None if score is None else score / 100),
                                 f.ci_td(csat.get("ci"), d=0), details, f))
    ces = results.get("ces") or {}
    if ces.get("n"):
        agree = ces.get("agree_pct")
        details = (f"{f.t('agree')} (5-7) {f.pct(None if agree is None else agree / 100)}{f.semi}"
                   f"{e_(ces.get('method', ''))}")
        rows.append(_summary_row("ces", "CES", ces, ces.get("score"), f.n(ces.get("score"), 2),
                                 f.ci_td(ces.get("ci"), d=2), details, f))
    if not rows:
        return ""
    conf = f.pct(results.get("confidence"), 0)
    head = (f"<tr><th>{f.t('Measure')}</th><th>n</th><th>{f.t('Value')}</th>"
            f"<th>{conf} {f.t('Interval')}</th><th>{f.t('Details')}</th></tr>")
    return (f'<section id="summary"><h2>{f.t("Summary")}</h2><table class="summary">'
            f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody></table></section>")


def _summary_row(key: str, name: str, d: dict[str, Any], value: Any, text: str, ci_td: str,
                 details: str, f: Fmt) -> str:
    return (f'<tr data-metric="{key}"><th scope="row">{e_(name)}</th>'
            f'{f.value_td(d.get("n"), f.n(d.get("n"), 0))}{f.value_td(value, text)}{ci_td}'
            f"<td>{details}</td></tr>")


def _title(t: dict[str, Any]) -> str:
    return str(t.get("title") or t.get("task") or "")


def _tasks(results: dict[str, Any], f: Fmt) -> str:
    if not results.get("tasks"):
        return ""  # a questionnaire-only study
    conf = f.pct(results.get("confidence"), 0)
    head = (f"<tr><th>{f.t('Task')}</th><th>{f.t('Attempts')}</th><th>{f.t('Completion')}</th>"
            f"<th>{conf} {f.t('Interval')}</th>"
            f"<th>{f.t('Time, successes')} "
            f"({f.t('geometric mean (fewer than 25 times) or median (25 or more), s')})</th>"
            f"<th>{conf} {f.t('Interval')}</th>"
            f"<th>{f.t('Time, all attempts')} ({f.t('geometric mean, s')})</th>"
            f"<th>{conf} {f.t('Interval')}</th><th>SEQ</th><th>{conf} {f.t('Interval')}</th>"
            f"<th>{f.t('Experience net scores')} ({f.t('success')} / {f.t('effort')} / "
            f"{f.t('emotion')})</th><th>{f.t('Errors per attempt')}</th>"
            f"<th>{f.t('Assists per attempt')}</th></tr>")
    rows = []
    for t in results.get("tasks", []):
        ts, ta, seq = t.get("time_success") or {}, t.get("time_all") or {}, t.get("seq") or {}
        exp = t.get("experience") or {}
        nets = " / ".join(
            f'<span data-{k}="{raw_((exp.get(k) or {}).get("net"))}">'
            f"{f.n((exp.get(k) or {}).get('net'), 0, sign=True)}</span>"
            for k in ("success", "effort", "emotion"))
        n_of = f"({f.n(t.get('successes'), 0)}/{f.n(t.get('attempts'), 0)})"
        completion_ci = f.ci_td(t.get("completion_ci"), "pct").replace(
            'class="ci"', 'class="ci completion-ci"', 1)
        median = ts.get("headline") == "median"
        ts_value = ts.get("median") if median else ts.get("geomean")
        ts_ci = ts.get("median_ci") if median else ts.get("ci")
        ts_text = (f"{f.secs(ts_value)} (n = {f.n(ts.get('n'), 0)})"
                   + (f" <span class=\"headline\">{f.t('median, s')}</span>" if median else ""))
        ta_text = f"{f.secs(ta.get('geomean'))} (n = {f.n(ta.get('n'), 0)})"
        seq_text = f"{f.n(seq.get('mean'))} (n = {f.n(seq.get('n'), 0)})"
        rows.append(
            f'<tr data-task="{e_(t.get("task"))}"><th scope="row"><bdi>{e_(_title(t))}</bdi>'
            f'<br><span class="taskid" dir="ltr">{e_(t.get("task"))}</span></th>'
            f"{f.value_td(t.get('attempts'), f.n(t.get('attempts'), 0))}"
            f'<td class="num completion" data-value="{raw_(t.get("completion_rate"))}">'
            f"{f.pct(t.get('completion_rate'))} {n_of}</td>{completion_ci}"
            f"{f.value_td(ts_value, ts_text)}{f.ci_td(ts_ci, 's')}"
            f"{f.value_td(ta.get('geomean'), ta_text)}{f.ci_td(ta.get('ci'), 's')}"
            f"{f.value_td(seq.get('mean'), seq_text)}{f.ci_td(seq.get('ci'))}"
            f'<td class="num">{nets}</td>'
            f"{f.value_td(t.get('errors_mean'), f.n(t.get('errors_mean'), 2))}"
            f"{f.value_td(t.get('assists_mean'), f.n(t.get('assists_mean'), 2))}</tr>")
    return (f'<section id="tasks"><h2>{f.t("Tasks and effectiveness")}</h2>'
            f'<table class="tasks"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'
            "</section>")


def _methods(f: Fmt) -> str:
    head = (f"<tr><th>{f.t('Measure')}</th><th>{f.t('Formula')}</th>"
            f"<th>{f.t('Missing data')}</th><th>{f.t('Source / reference')}</th></tr>")
    rows = "".join(
        f"<tr><td>{e_(labels.method_name(m['name'], f.lang))}</td>"
        f'<td dir="ltr" lang="en">{e_(m["formula"])}</td>'
        f'<td dir="ltr" lang="en">{e_(m.get("missing_data", ""))}</td>'
        f'<td dir="ltr" lang="en">{e_(m["source"])}</td></tr>' for m in METHODS)
    note = "" if f.lang == "en" else (
        f'<p class="note">{f.t("Formulas and references are given in English, as published.")}</p>')
    return (f'<section id="methods"><h2>{f.t("Methods")}</h2>{note}'
            f'<table class="methods"><thead>{head}</thead><tbody>{rows}</tbody></table></section>')


def _wording(tables: StudyTables, f: Fmt) -> str:
    """Which wording of each questionnaire was answered, validated or not (export/wording.py)."""
    rows = "".join(
        f"<tr><td>{e_(w.questionnaire)} ({e_(w.language)})</td>"
        f"<td>{f.t(VALIDATED if w.validated else NOT_VALIDATED)}</td>"
        f'<td dir="ltr" lang="en">{e_(w.reference)}</td></tr>' for w in wordings(tables))
    if not rows:
        return ""
    head = (f"<tr><th>{f.t('Questionnaire')}</th><th>{f.t('Wording')}</th>"
            f"<th>{f.t('Source / reference')}</th></tr>")
    return (f'<section id="wording"><h2>{f.t("Questionnaire wording")}</h2>'
            f'<table class="methods"><thead>{head}</thead><tbody>{rows}</tbody></table></section>')


# =============================================================================== charts
def _nice_max(v: float) -> float:
    if v <= 0:
        return 1.0
    exp = 10.0 ** math.floor(math.log10(v))
    for m in (1, 2, 2.5, 5, 10):
        if m * exp >= v:
            return m * exp
    return 10 * exp


def _short(text: str, n: int = 30) -> str:
    return text if len(text) <= n else text[:n - 1] + "…"


def _svg(width: int, height: int, label: str, body: Iterable[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label="{e_(label)}" '
            f'direction="ltr" font-size="12">{"".join(body)}</svg>')


def _axis(x0: float, x1: float, y0: float, y1: float, vmax: float, ticks: Sequence[float],
          text: Any) -> list[str]:
    out = []
    for v in ticks:
        x = x0 + (x1 - x0) * v / vmax
        out.append(f'<line x1="{x:.1f}" y1="{y0}" x2="{x:.1f}" y2="{y1}" stroke="#d0d0d0" '
                   'stroke-width="1"/>')
        out.append(f'<text x="{x:.1f}" y="{y1 + 14}" text-anchor="middle" fill="#333">'
                   f"{e_(text(v))}</text>")
    return out


def _completion_chart(results: dict[str, Any], f: Fmt) -> str:
    tasks = results.get("tasks") or []
    if not tasks:
        return ""
    left, plot, right, row = 200, 380, 170, 30
    width, top = left + plot + right, 10
    height = top + row * len(tasks) + 30
    body = _axis(left, left + plot, top, top + row * len(tasks), 1.0,
                 [0, .25, .5, .75, 1.0], lambda v: f.pct(v))
    for i, t in enumerate(tasks):
        y = top + i * row + row / 2
        title = _title(t)
        body.append(f'<text x="{left - 8}" y="{y + 4:.1f}" {f.side("before")}><title>'
                    f"{e_(title)}</title>{e_(_short(title))}</text>")
        rate, ci = t.get("completion_rate"), t.get("completion_ci") or [None, None]
        if rate is None:
            body.append(f'<text x="{left + 4}" y="{y + 4:.1f}" {f.side("after")} fill="#555">'
                        f'{f.t("not enough data")}</text>')
            continue
        body.append(f'<rect x="{left}" y="{y - 8:.1f}" width="{plot * rate:.1f}" height="16" '
                    f'fill="{BLUE}"/>')
        if ci[0] is not None and ci[1] is not None:
            x1, x2 = left + plot * ci[0], left + plot * ci[1]
            body.append(f'<line x1="{x1:.1f}" y1="{y:.1f}" x2="{x2:.1f}" y2="{y:.1f}" '
                        f'stroke="{BLACK}" stroke-width="1.6"/>')
            for x in (x1, x2):
                body.append(f'<line x1="{x:.1f}" y1="{y - 6:.1f}" x2="{x:.1f}" y2="{y + 6:.1f}" '
                            f'stroke="{BLACK}" stroke-width="1.6"/>')
        label = f"{f.pct(rate)} ({f.interval(ci, 'pct')})"
        body.append(f'<text x="{left + plot + 8}" y="{y + 4:.1f}" {f.side("after")}>'
                    f"{e_(label)}</text>")
    conf = f.pct(results.get("confidence"), 0)
    caption = (f"{f.t('Completion rate by task')}: {f.t('completion rate')} "
               f"({conf} {f.t('confidence intervals')}{f.sep}{f.t('error bars')})")
    return (f'<figure id="chart-completion">{_svg(width, height, caption, body)}'
            f"<figcaption>{caption}</figcaption></figure>")


def _time_chart(results: dict[str, Any], f: Fmt) -> str:
    tasks = results.get("tasks") or []
    if not tasks:
        return ""
    top_values = [0.0]
    for t in tasks:
        ts = t.get("time_success") or {}
        top_values += [v for v in [ts.get("geomean"), (ts.get("ci") or [None, None])[1],
                                   t.get("target_time_s")] if v is not None]
    vmax = _nice_max(max(top_values) * 1.05)
    left, plot, right, row, top = 200, 380, 230, 30, 10
    width, height = left + plot + right, top + row * len(tasks) + 30
    ticks = [vmax * k / 4 for k in range(5)]
    body = _axis(left, left + plot, top, top + row * len(tasks), vmax, ticks,
                 lambda v: f.n(v, 0))

    def x(v: float) -> float:
        return left + plot * v / vmax

    unit = labels.seconds_symbol(f.lang)
    for i, t in enumerate(tasks):
        y = top + i * row + row / 2
        title = _title(t)
        body.append(f'<text x="{left - 8}" y="{y + 4:.1f}" {f.side("before")}><title>'
                    f"{e_(title)}</title>{e_(_short(title))}</text>")
        ts = t.get("time_success") or {}
        gm, ci, target = ts.get("geomean"), ts.get("ci") or [None, None], t.get("target_time_s")
        if target is not None:
            tx = x(target)
            body.append(f'<path d="M{tx:.1f},{y - 7:.1f} L{tx + 6:.1f},{y:.1f} L{tx:.1f},'
                        f'{y + 7:.1f} L{tx - 6:.1f},{y:.1f} Z" fill="none" stroke="{RED}" '
                        'stroke-width="1.8"/>')
        if gm is None:
            body.append(f'<text x="{left + plot + 8}" y="{y + 4:.1f}" {f.side("after")} '
                        f"fill=\"#555\">{f.t('not enough data')}</text>")
            continue
        if ci[0] is not None and ci[1] is not None:
            body.append(f'<line x1="{x(ci[0]):.1f}" y1="{y:.1f}" x2="{x(ci[1]):.1f}" '
                        f'y2="{y:.1f}" stroke="{BLACK}" stroke-width="1.6"/>')
            for v in ci:
                body.append(f'<line x1="{x(v):.1f}" y1="{y - 5:.1f}" x2="{x(v):.1f}" '
                            f'y2="{y + 5:.1f}" stroke="{BLACK}" stroke-width="1.6"/>')
        body.append(f'<circle cx="{x(gm):.1f}" cy="{y:.1f}" r="5" fill="{BLUE}"/>')
        label = f"{f.secs(gm)} {unit} ({f.interval(ci, 's')})"
        if target is not None:
            label += f"{f.semi}{labels.tr('target', f.lang)} {f.secs(target)} {unit}"
        body.append(f'<text x="{left + plot + 8}" y="{y + 4:.1f}" {f.side("after")}>'
                    f"{e_(label)}</text>")
    conf = f.pct(results.get("confidence"), 0)
    caption = (f"{f.t('Time on task (geometric mean of successful attempts)')}, "
               f"{f.t('seconds')}{f.semi}● = {f.t('mean')}{f.sep}◇ = {f.t('target')}{f.sep}{conf} "
               f"{f.t('confidence intervals')}")
    return (f'<figure id="chart-time">{_svg(width, height, caption, body)}'
            f"<figcaption>{caption}</figcaption></figure>")


def _sus_chart(results: dict[str, Any], f: Fmt) -> str:
    sus = results.get("sus") or {}
    if not sus.get("n") or sus.get("mean") is None:
        return ""
    left, plot, width, height = 20, 700, 740, 130
    band_top, band_h = 30, 44

    def x(v: float) -> float:
        return left + plot * v / 100

    body: list[str] = []
    bands = sorted(SUS_GRADES)  # ascending thresholds
    for i, (lo, grade) in enumerate(bands):
        hi = bands[i + 1][0] if i + 1 < len(bands) else 100.0
        colour = GRADE_COLOURS.get(grade[0], "#999999")
        body.append(f'<rect x="{x(lo):.1f}" y="{band_top}" width="{x(hi) - x(lo):.1f}" '
                    f'height="{band_h}" fill="{colour}" fill-opacity="0.35" stroke="#ffffff"/>')
        ty = band_top - 6 if i % 2 else band_top + band_h + 14
        body.append(f'<text x="{(x(lo) + x(hi)) / 2:.1f}" y="{ty}" text-anchor="middle" '
                    f'font-size="11" fill="#222">{e_(grade)}</text>')
    ticks = [0, 20, 40, 60, 80, 100]
    for v in ticks:
        body.append(f'<text x="{x(v):.1f}" y="{height - 4}" text-anchor="middle" fill="#333">'
                    f"{e_(f.n(v, 0))}</text>")
    mean, ci = sus["mean"], sus.get("ci") or [None, None]
    y = band_top + band_h / 2
    if ci[0] is not None and ci[1] is not None:
        body.append(f'<line x1="{x(ci[0]):.1f}" y1="{y}" x2="{x(ci[1]):.1f}" y2="{y}" '
                    f'stroke="{BLACK}" stroke-width="2"/>')
        for v in ci:
            body.append(f'<line x1="{x(v):.1f}" y1="{y - 8}" x2="{x(v):.1f}" y2="{y + 8}" '
                        f'stroke="{BLACK}" stroke-width="2"/>')
    body.append(f'<circle cx="{x(mean):.1f}" cy="{y}" r="6" fill="{BLACK}"/>')
    adjective = labels.tr(sus.get("adjective") or "", f.lang)
    label = f"SUS {f.n(mean)} ({f.interval(ci)}){f.sep}{sus.get('grade') or ''}{f.sep}{adjective}"
    where = "before" if mean > 55 else "after"
    dx = -10 if where == "before" else 10
    body.append(f'<text x="{x(mean) + dx:.1f}" y="{band_top + band_h + 30}" {f.side(where)} '
                f'font-weight="bold">{e_(label)}</text>')
    conf = f.pct(results.get("confidence"), 0)
    caption = f"{f.t('SUS mean over the grade bands')} ({conf} {f.t('confidence intervals')})"
    return (f'<figure id="chart-sus">{_svg(width, height + 10, caption, body)}'
            f"<figcaption>{caption}{f.semi}{f.t('Sauro-Lewis curved grading scale')}</figcaption>"
            "</figure>")


def _charts(results: dict[str, Any], f: Fmt) -> str:
    parts = [_completion_chart(results, f), _time_chart(results, f), _sus_chart(results, f)]
    if not any(parts):
        return ""
    return f'<section id="charts"><h2>{f.t("Charts")}</h2>{"".join(parts)}</section>'


def _warnings(tables: StudyTables, f: Fmt) -> str:
    if not tables.warnings:
        return ""
    items = "".join(f"<li>{e_(w)}</li>" for w in tables.warnings)
    return (f'<section id="warnings"><h2>{f.t("Data quality warnings")}</h2>'
            f'<ul dir="ltr" lang="en">{items}</ul></section>')


# =============================================================================== entry points
def render_report(tables: StudyTables, results: dict[str, Any], *, language: str = "en",
                  generated: datetime | None = None) -> str:
    """The report's HTML text from ``results = analyze(tables, ...)``."""
    language = labels.check_language(language)
    f = Fmt(language)
    generated = generated or datetime.now(UTC)
    titles = {str(t.get("task")): _title(t) for t in results.get("tasks", [])}
    direction = "rtl" if language in labels.RIGHT_TO_LEFT else "ltr"
    body = "".join([
        _header(tables, results, f, generated),
        _summary(results, f),
        _tasks(results, f),
        comparison_section(results, titles, f),
        benchmarks_section(results, titles, f),
        findings_section(results.get("findings"), f, f.pct(results.get("confidence"), 0), titles),
        _charts(results, f),
        _methods(f),
        _wording(tables, f),
        _warnings(tables, f),
        f"<footer>{f.t('Generated by')} uxlab {e_(__version__)}</footer>",
    ])
    return (f'<!DOCTYPE html>\n<html lang="{language}" dir="{direction}"><head>'
            '<meta charset="utf-8"/><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"/><meta name="generator" content="uxlab {e_(__version__)}"/>'
            f"<title>{e_(tables.title)}</title><style>{CSS}</style></head>"
            f"<body>{body}</body></html>\n")


def write_report(tables: StudyTables, path: Path, *, confidence: float = 0.95,
                 by: str | None = None, language: str = "en",
                 benchmarks: dict[str, float] | None = None, findings: Any = None) -> Path:
    """Analyse ``tables`` and write the HTML report to ``path`` atomically; returns ``path``.
    ``findings`` (:class:`uxlab.analysis.problems.Findings`) adds the findings section."""
    language = labels.check_language(language)
    results = analyze(tables, confidence=confidence, by=by, benchmarks=benchmarks)
    if findings is not None:
        results["findings"] = findings.to_dict()
    path = Path(path)
    atomic_write_bytes(path, render_report(tables, results, language=language).encode("utf-8"))
    return path
