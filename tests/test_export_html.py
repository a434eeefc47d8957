"""The HTML report shows analyze()'s numbers, escapes what people typed, and is well formed."""

from __future__ import annotations

import html
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.cli import main
from uxlab.export import labels
from uxlab.export.html import render_report, write_report

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "sessions" / "food-delivery"
EVIL = "<script>alert('x')</script> & \"pay\""
OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
             "#000000"}
VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "wbr", "source"}


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo study with a hostile task title."""
    folder = tmp_path_factory.mktemp("r") / "study"
    shutil.copytree(DEMO, folder)
    data = json.loads((folder / "study.json").read_text(encoding="utf-8"))
    data["tasks"][3]["title"] = {"en": EVIL, "fr": EVIL}
    (folder / "study.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


class _Cells(HTMLParser):
    """Collects every element's attributes and text, and checks that tags nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.elements: list[tuple[str, dict[str, str], list[str]]] = []
        self.open_texts: list[list[str]] = []
        self.root: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.root = a
        if tag in VOID:
            self.elements.append((tag, a, []))
            return
        text: list[str] = []
        self.elements.append((tag, a, text))
        self.stack.append(tag)
        self.open_texts.append(text)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}, []))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()
        done = self.open_texts.pop()
        if self.open_texts:
            self.open_texts[-1].extend(done)

    def handle_data(self, data: str) -> None:
        if self.open_texts:
            self.open_texts[-1].append(data)

    def find(self, tag: str, **attrs: str) -> list[tuple[dict[str, str], str]]:
        out = []
        for t, a, text in self.elements:
            if t != tag:
                continue
            names = {k: k.rstrip("_").replace("_", "-") for k in attrs}
            if all(names[k] in a and v in a[names[k]].split() for k, v in attrs.items()):
                out.append((a, "".join(text)))
        return out


def _parse(text: str) -> _Cells:
    p = _Cells()
    p.feed(text)
    p.close()
    return p


def _raw(v: Any) -> str:
    return "" if v is None else repr(float(v))


def test_report_numbers_are_analyze_numbers(study: Path, tmp_path: Path) -> None:
    tables = load_tables(study)
    results = analyze(tables, by="group")
    out = write_report(tables, tmp_path / "report.html", by="group")
    assert out == tmp_path / "report.html"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temp file left
    doc = _parse(out.read_text(encoding="utf-8"))
    assert doc.problems == [] and doc.stack == []
    rates = doc.find("td", class_="completion")
    cis = doc.find("td", class_="completion-ci")
    assert len(rates) == len(cis) == len(results["tasks"]) == 5
    for t, (rate, _), (ci, text) in zip(results["tasks"], rates, cis, strict=True):
        assert rate["data-value"] == _raw(t["completion_rate"])
        lo, hi = t["completion_ci"]
        assert (ci["data-lo"], ci["data-hi"]) == (_raw(lo), _raw(hi))
        assert text == f"{labels.format_percent(lo, 0, 'en')}\u2009–\u2009{labels.format_percent(hi, 0, 'en')}"
    sus = [a for a, _ in doc.find("tr") if a.get("data-metric") == "sus"]
    assert sus, "the summary has a SUS row"
    summary_values = [a["data-value"] for a, _ in doc.find("td", class_="num") if "data-value" in a]
    assert _raw(results["sus"]["mean"]) in summary_values
    assert _raw(results["sus"]["percentile"]) in [a.get("data-value") for a, _ in doc.find("span")]


def test_comparison_shows_tests_p_values_and_readings(study: Path) -> None:
    tables = load_tables(study)
    results = analyze(tables, by="group")
    text = render_report(tables, results)
    doc = _parse(text)
    tests = {t for _, t in doc.find("td", class_="test")}
    assert {"N-1 two-proportion test", "Welch t-test on log times", "Welch t-test"} <= tests
    p_cells = [a["data-value"] for a, _ in doc.find("td", class_="p")]
    readings = [t for _, t in doc.find("td", class_="reading")]
    comp = results["comparison"]
    for task in comp["tasks"]:
        for entry in (task["completion"], task["time_success"]):
            assert _raw(entry["p"]) in p_cells
            assert entry["reading"] in readings
    assert _raw(comp["sus"]["p"]) in p_cells
    assert comp["sus"]["reading"] in readings
    # Fisher's p is shown beside the N-1 p whenever analyze computed it
    fishers = [a["data-value"] for a, _ in doc.find("span", class_="fisher")]
    assert _raw(comp["tasks"][0]["completion"]["fisher_p"]) in fishers


def test_user_text_is_escaped_everywhere(study: Path) -> None:
    tables = load_tables(study)
    text = render_report(tables, analyze(tables, by="group"))
    assert "<script" not in text.lower()
    assert html.escape(EVIL, quote=True) in text
    doc = _parse(text)
    titles = [t for _, t in doc.find("bdi")]
    assert EVIL in titles  # the title reads back exactly once unescaped by the parser
    # every task title is in the task table
    for t in analyze(tables)["tasks"]:
        assert any(t["title"] in x for _, x in doc.find("th", scope="row"))


def test_report_structure_charts_and_print_css(study: Path) -> None:
    tables = load_tables(study)
    text = render_report(tables, analyze(tables))
    assert text.startswith("<!DOCTYPE html>")
    doc = _parse(text)
    assert doc.problems == [] and doc.stack == []
    assert doc.root == {"lang": "en", "dir": "ltr"}
    ids = {a.get("id") for _, a, _ in doc.elements}
    assert {"summary", "tasks", "charts", "methods", "chart-completion", "chart-time",
            "chart-sus"} <= ids
    assert "comparison" not in ids  # no --by, no comparison
    # no external resources: self-contained
    assert not re.search(r'\b(src|href)="', text)
    assert "@media print" in text and "break-inside: avoid" in text and "break-before: page" in text
    # charts: only Okabe-Ito colours (plus neutral greys / white) and text labels
    colours = set(re.findall(r'(?:fill|stroke)="(#[0-9A-Fa-f]{6})"', text))
    neutral = {c for c in colours if len({c[1:3], c[3:5], c[5:7]}) == 1}
    assert colours - neutral <= OKABE_ITO
    svg_texts = [t for _, t in doc.find("text")]
    first = analyze(tables)["tasks"][0]
    lo, hi = first["completion_ci"]
    pct = labels.format_percent
    assert (f"{pct(first['completion_rate'], 0, 'en')} ({pct(lo, 0, 'en')}\u2009–\u2009"
            f"{pct(hi, 0, 'en')})") in svg_texts
    for grade in ("A+", "B", "C", "D", "F"):
        assert grade in svg_texts
    # the methods table lists every method with its source
    from uxlab.analysis.metrics import METHODS

    method_rows = doc.find("table", class_="methods")
    assert method_rows and all(m["source"] in method_rows[0][1] for m in METHODS)


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_right_to_left_languages(study: Path, language: str) -> None:
    tables = load_tables(study)
    text = render_report(tables, analyze(tables, by="group"), language=language)
    doc = _parse(text)
    assert doc.problems == []
    assert doc.root == {"lang": language, "dir": "rtl"}
    assert 'direction="ltr"' in text  # charts stay left-to-right
    digits = "٠١٢٣٤٥٦٧٨٩" if language == "ar" else "۰۱۲۳۴۵۶۷۸۹"
    rate = doc.find("td", class_="completion")[0][1]
    assert any(d in rate for d in digits)


def test_french_numbers_use_a_decimal_comma(study: Path) -> None:
    tables = load_tables(study)
    results = analyze(tables, by="group")
    text = render_report(tables, results, language="fr")
    doc = _parse(text)
    assert doc.root["lang"] == "fr"
    sus_mean = labels.format_number(results["sus"]["mean"], 1, "fr")
    assert "," in sus_mean and sus_mean in text
    assert "Synthèse" in text and "Méthodes" in text
    readings = [t for _, t in doc.find("td", class_="reading")]
    assert any(r.startswith("pas de différence fiable") for r in readings)


def test_cli_report(study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.html"
    assert main(["report", str(study), "-o", str(out), "--by", "group", "--language", "fr",
                 "--confidence", "90"]) == 0
    doc = _parse(out.read_text(encoding="utf-8"))
    assert doc.root["lang"] == "fr" and doc.find("table", class_="comparison")
    assert "90" in out.read_text(encoding="utf-8")
    capsys.readouterr()
    for argv, message in (
        (["report", str(study), "-o", str(tmp_path / "r.pdf")], "must end in .html"),
        (["report", str(study), "-o", "/no/such/dir/r.html"], "does not exist"),
        (["report", str(study), "-o", str(out), "--language", "de"], "not a supported language"),
        (["report", str(study), "-o", str(out), "--by", "shoe_size"], "unknown column"),
    ):
        assert main(argv) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert message in err[-1] and err[-1].startswith("uxlab: error:")


def test_csat_ces_and_many_groups(study: Path) -> None:
    import pandas as pd

    tables = load_tables(study)
    ids = tables.participants["participant"].tolist()
    extra = pd.DataFrame([{"participant": p, "questionnaire": q, "item": q, "value": float(v),
                           "declined": False}
                          for i, p in enumerate(ids) for q, v in (("csat", 1 + i % 5),
                                                                  ("ces", 1 + i % 7))])
    tables.answers = pd.concat([tables.answers, extra], ignore_index=True)
    tables.participants["arm"] = [("a", "b", "<c>")[i % 3] for i in range(len(ids))]
    results = analyze(tables, by="arm")
    doc = _parse(render_report(tables, results, language="ru"))
    assert doc.problems == []
    rows = {a.get("data-metric"): a for a, _ in doc.find("tr")}
    assert {"sus", "umux_lite", "nps", "csat", "ces"} <= set(rows)
    values = [a.get("data-value") for a, _ in doc.find("td", class_="num")]
    assert _raw(results["csat"]["score"]) in values and _raw(results["ces"]["score"]) in values
    # three groups: analyze's note, omnibus tests with Holm-adjusted pairs, one table per group
    groups = [t for _, t in doc.find("h3")]
    assert len(groups) == 3 and any("<c>" in g for g in groups)
    pair_ps = [a.get("data-value") for a, _ in doc.find("td", class_="p")]
    assert len(pair_ps) % 3 == 0 and pair_ps  # three pairs per omnibus test


def test_excluded_participants_are_counted_and_listed(study: Path) -> None:
    tables = load_tables(study)
    p = tables.participants
    p["excluded"] = [i == 0 for i in range(len(p))]
    p["exclude_reason"] = ["<b>didn't finish</b>" if i == 0 else None for i in range(len(p))]
    results = analyze(tables)
    assert results["excluded"] == [{"participant": str(p["participant"][0]),
                                    "reason": "<b>didn't finish</b>"}]
    text = render_report(tables, results)
    assert "<b>didn" not in text and html.escape("<b>didn't finish</b>") in text
    doc = _parse(text)
    counts = [a["data-value"] for a, _ in doc.find("span") if "data-value" in a][:2]
    assert counts == [str(len(p) - 1), "1"]
    listed = [t for _, t in doc.find("ul", class_="excluded")]
    assert listed and str(p["participant"][0]) in listed[0] and "didn't finish" in listed[0]
