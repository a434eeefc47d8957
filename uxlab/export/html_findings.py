"""The HTML report's findings section: the study's problems sorted by severity, then by how many
participants met them, and the discovery estimates (docs/metrics.md)."""

from __future__ import annotations

import html
from typing import Any

from uxlab.core.problems import SEVERITY_SCALES
from uxlab.export.problem_labels import DISCOVERY_SENTENCE


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def severity_order(problems: list[dict[str, Any]], scale_id: str) -> list[dict[str, Any]]:
    """Most severe first (unrated last), then most frequent, then by id."""
    scale = SEVERITY_SCALES[scale_id]
    return sorted(problems, key=lambda p: (-scale.weight(p.get("severity")), -(p.get("frequency") or 0.0),
                                           str(p.get("problem"))))


def tags_table(tags: list[dict[str, Any]], f: Any, titles: dict[str, str]) -> str:
    """Each tag's problems and tagged notes, over all tasks (bold) and then per task."""
    if not tags:
        return ""
    rows = []
    for r in tags:
        task = str(r.get("task") or "")
        tag = "" if task else _e(r.get("tag"))
        where = _e(titles.get(task, task)) if task else f"<strong>{f.t('All tasks')}</strong>"
        rows.append(f"<tr><td>{tag}</td><td>{where}</td>{f.value_td(r.get('problems'), f.n(r.get('problems'), 0))}"
                    f"{f.value_td(r.get('notes'), f.n(r.get('notes'), 0))}</tr>")
    head = "".join(f"<th>{f.t(h)}</th>" for h in ("Tag", "Task", "Problems", "Notes and observations"))
    intro = f.t("Each tag's problems and tagged notes, over all tasks and then per task.")
    return (f'<h3>{f.t("Tags")}</h3><p>{intro}</p>'
            f'<table class="tags"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def findings_section(findings: dict[str, Any] | None, f: Any, conf: str,
                     titles: dict[str, str] | None = None) -> str:
    """``findings`` is ``Findings.to_dict()``; ``f`` the report's number formatter; ``conf`` the
    confidence level as shown (e.g. "95 %"); ``titles`` task id -> title for the tags table."""
    if not findings or not (findings.get("problems") or findings.get("tags")):
        return ""
    n = len(findings.get("participants", []))
    rows = []
    for p in severity_order(findings["problems"], findings["severity_scale"]):
        sev = p.get("severity")
        sev_text = f.t("not rated") if sev is None else f"{f.n(sev, 0)} {f.t(p.get('severity_label') or '')}"
        met = f"{f.n(p.get('participants'), 0)} / {f.n(n, 0)}"
        rows.append(
            f'<tr><td>{_e(p.get("problem"))}</td><td>{_e(p.get("title"))}</td>'
            f'<td data-value="{"" if sev is None else sev}">{sev_text}</td>'
            f'{f.value_td(p.get("participants"), met)}'
            f'{f.value_td(p.get("frequency"), f.pct(p.get("frequency")))}'
            f'{f.ci_td([p.get("ci_low"), p.get("ci_high")], "pct")}'
            f'<td>{_e(p.get("tasks"))}</td><td>{_e(p.get("recommendation"))}</td></tr>')
    head = f'<th colspan="2">{f.t("Problem")}</th>' + "".join(f"<th>{h}</th>" for h in (
        f.t("Severity"), f.t("Met by"), f.t("Frequency"), f"{conf} {f.t('Interval')}", f.t("Tasks"),
        f.t("Recommendation")))
    d = findings.get("discovery") or {}
    text = ""
    if d.get("p_adjusted"):
        needed = d.get("participants_needed", {})
        text = "<p>" + f.t(DISCOVERY_SENTENCE).format(
            n=f.n(d.get("participants"), 0), problems=f.n(d.get("problems"), 0), once=f.n(d.get("once"), 0),
            p=f.n(d.get("p"), 3), p_adj=f.n(d.get("p_adjusted"), 3), found=f.pct(d.get("discovered")),
            total=f.n(d.get("estimated_total"), 0), g85=f.pct(0.85), g90=f.pct(0.9),
            n85=f.n((needed.get("0.85") or {}).get("adjusted"), 0),
            n90=f.n((needed.get("0.9") or {}).get("adjusted"), 0)) + "</p>"
    table = (f'<table class="findings"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
             if rows else "")
    return (f'<section id="findings"><h2>{f.t("Findings")}</h2>'
            f'<p>{f.t("Problems sorted by severity, then by the share of participants who met them.")}</p>'
            f"{table}{text}{tags_table(findings.get('tags') or [], f, titles or {})}</section>")
