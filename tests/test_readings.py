"""Plain-language readings of benchmark and omnibus tests in the five export languages.

- English, rendered from the entries' numbers by :mod:`uxlab.export.readings`, words exactly what
  the analysis writes (so the structured data carries everything a reading needs);
- the other languages take the same decision from the same numbers, written in the language's
  digits; the confidence and p they print are checked against scipy directly on real public data
  (openshift_sum: 33 participants, 4 tasks; crypto_wallets_tutorial: 3 groups x 15).
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest
from scipy import stats as sps

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.demo import write_demo
from uxlab.export import labels, readings
from uxlab.export.html import write_report
from uxlab.export.xlsx import export_xlsx

LANGS = ("fr", "ar", "fa", "ru")
DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹"}
# Latin tokens that legitimately keep Western digits inside a translated reading
KEEP = re.compile(r"N-1|UMUX-Lite|\(mid-p\)|mid-p")


def _datasets(public_data: Path) -> list[tuple[Path, str | None]]:
    return [(public_data / "openshift_sum" / "long.csv", "group"),
            (public_data / "crypto_wallets_tutorial" / "long.csv", "group"),
            (public_data / "pageguide" / "pg_long.csv", None)]


def test_english_rendering_matches_the_analysis_word_for_word(public_data: Path,
                                                               tmp_path: Path) -> None:
    demo_study = tmp_path / "demo"
    write_demo(demo_study, participants=12)
    seen = 0
    for path, by in [(demo_study, None), *_datasets(public_data)]:
        result = analyze(load_tables(path), 0.95, by)
        alpha = round(1 - result["confidence"], 12)
        style = readings.export_style("en")
        for b in result["benchmarks"]:
            assert readings.benchmark_reading(b, alpha, style) == b["reading"]
            seen += 1
        comp = result.get("comparison") or {}
        k = len(comp.get("groups") or [])
        for e in [t[key] for t in comp.get("tests") or []
                  for key in ("completion", "time_success", "seq")]:
            assert readings.omnibus_reading(e, k, alpha, style) == e["reading"]
            seen += 1
    assert seen > 40


def _completion_mid_p(x: int, n: int, p0: float) -> float:
    """One-sided mid-p that the rate exceeds p0 (QtUX ch. 4): P(X > x) + P(X = x) / 2."""
    return float(sps.binom.sf(x, n, p0) + 0.5 * sps.binom.pmf(x, n, p0))


@pytest.mark.parametrize("lang", LANGS)
def test_completion_benchmark_reading_in_each_language(public_data: Path, lang: str) -> None:
    path = public_data / "openshift_sum" / "long.csv"
    raw = pd.read_csv(path)
    result = analyze(load_tables(path), 0.95)
    style = readings.export_style(lang)
    checked = 0
    for b in (b for b in result["benchmarks"] if b["metric"] == "completion"):
        sel = raw[raw["task"].astype(str) == b["task"]]
        x, n = int((sel["outcome"] == "success").sum()), len(sel)
        p = _completion_mid_p(x, n, 0.78)
        text = readings.benchmark_reading(b, 0.05, style)
        en = readings.benchmark_reading(b, 0.05, readings.export_style("en"))
        # the same decision as in English, from the same numbers
        assert ("is above" in en) == (p < 0.05)
        if 0.01 <= 1 - p <= 0.99:
            assert labels.format_percent(1 - p, 0, lang) in text, text
        assert labels.format_percent(x / n, 0, lang) in text
        assert f"{labels.format_number(x, 0, lang)}/{labels.format_number(n, 0, lang)}" in text
        assert readings.test_name(b["test"], lang) in text
        assert readings.test_name(b["test"], lang) != b["test"]  # translated
        if lang in DIGITS:
            assert not re.search("[0-9]", KEEP.sub("", text).replace(b["task"], "")), text
        checked += 1
    assert checked == 4


def test_omnibus_reading_in_each_language_against_scipy(public_data: Path) -> None:
    path = public_data / "crypto_wallets_tutorial" / "long.csv"
    raw = pd.read_csv(path)
    comp = analyze(load_tables(path), 0.95, "group")["comparison"]
    groups = comp["groups"]
    task = comp["tests"][0]["task"]
    d = raw[(raw["task"] == task) & (raw["outcome"] == "success")]
    logs = [np.log(d.loc[d["group"] == g, "time_s"].to_numpy(float)) for g in groups]
    # Welch's ANOVA (Welch 1951) written out
    w = np.array([v.size / v.var(ddof=1) for v in logs])
    means = np.array([v.mean() for v in logs])
    grand = (w * means).sum() / w.sum()
    lam = sum((1 - wi / w.sum()) ** 2 / (v.size - 1) for wi, v in zip(w, logs, strict=True))
    f = ((w * (means - grand) ** 2).sum() / 2) / (1 + 2 / 8 * lam)
    p = sps.f.sf(f, 2, 8 / (3 * lam))
    e = comp["tests"][0]["time_success"]
    expect = {"fr": "temps sur la tâche : différence entre les 3 groupes",
              "ru": "время на задание: различие между 3 группами",
              "ar": "زمن المهمة: فرق بين المجموعات الـ٣", "fa": "زمان وظیفه: تفاوت میان ۳ گروه"}
    for lang in LANGS:
        text = readings.omnibus_reading(e, 3, 0.05, readings.export_style(lang))
        assert text.startswith(expect[lang]), text
        assert labels.format_p(p, lang) in text
        assert readings.test_name(e["test"], lang) in text


def test_workbook_and_report_carry_the_translated_readings(public_data: Path,
                                                           tmp_path: Path) -> None:
    path = public_data / "crypto_wallets_tutorial" / "long.csv"
    tables = load_tables(path)
    result = analyze(tables, 0.95, "group")
    bench = result["benchmarks"][0]
    omnibus = result["comparison"]["tests"][0]["completion"]
    for lang in ("fr", "ar"):
        style = readings.export_style(lang)
        book = tmp_path / f"r-{lang}.xlsx"
        export_xlsx(tables, result, book, language=lang)
        wb = openpyxl.load_workbook(book, read_only=True)
        texts = {str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True)
                 for c in row if isinstance(c, str)}
        assert readings.benchmark_reading(bench, 0.05, style) in texts
        assert readings.omnibus_reading(omnibus, 3, 0.05, style) in texts
        html = Path(write_report(tables, tmp_path / f"r-{lang}.html", confidence=0.95,
                                 by="group", language=lang)).read_text(encoding="utf-8")
        title = str(bench["task"])
        expected = readings.benchmark_reading(bench, 0.05, style, title)
        assert expected.replace("'", "&#x27;") in html
        assert readings.omnibus_reading(omnibus, 3, 0.05, style) in html


def test_no_variation_is_said_in_every_language(tmp_path: Path) -> None:
    """Issue 11's case: SEQ all 7 in one group (n = 12), all 5 in the other (n = 13): the
    difference is exact and no test applies; never "not enough data"."""
    rows = ["participant,task,outcome,time_s,group,seq"]
    rows += [f"A{i},t1,success,{30 + i},A,7" for i in range(12)]
    rows += [f"B{i},t1,success,{40 + i},B,5" for i in range(13)]
    path = tmp_path / "flat.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    seq = analyze(load_tables(path), 0.95, "group")["comparison"]["seq"][0]
    assert seq["no_variation"] and (seq["n_a"], seq["n_b"]) == (12, 13)
    expect = {"fr": ("7,0", "5,0", "aucun test"), "ru": ("7,0", "5,0", "тест не применим"),
              "ar": ("٧٫٠", "٥٫٠", "لا ينطبق أي اختبار"), "fa": ("۷٫۰", "۵٫۰", "هیچ آزمونی")}
    for lang, words in expect.items():
        text = labels.reading(seq, lang)
        assert all(w in text for w in words), text


def test_design_is_named_in_the_workbook_language(tmp_path: Path) -> None:
    """A within-subjects comparison (8 participants, each under both conditions): the workbook
    says so under the Comparison table, in English as before and in French."""
    rows = ["participant,task,outcome,time_s,condition"]
    for i in range(8):
        for k, task in enumerate(["t1", "t2", "t3", "t4"]):
            cond = "old" if (k + i) % 2 == 0 else "new"
            rows.append(f"P{i},{task},success,{40 + 5 * i + (15 if cond == 'old' else 0) + k},{cond}")
    path = tmp_path / "within.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    tables = load_tables(path)
    result = analyze(tables, 0.95, "condition")
    assert result["comparison"]["design"] == "within" and result["comparison"]["pairs"] == 8
    expected = {"en": "(by condition; within-subjects, 8 pairs)",
                "fr": "(selon condition ; plan intra-sujets, 8 paires)"}
    for lang, words in expected.items():
        book = tmp_path / f"w-{lang}.xlsx"
        export_xlsx(tables, result, book, language=lang)
        ws = openpyxl.load_workbook(book, read_only=True).worksheets
        texts = [str(c) for s in ws for row in s.iter_rows(values_only=True) for c in row if c]
        assert any(words in t for t in texts), lang


def test_report_says_how_many_were_left_out_in_its_language(tmp_path: Path) -> None:
    rows = ["participant,task,outcome,time_s,group"]
    groups = ["A", "B", "C", "", " "]
    rows += [f"P{i},t1,success,{20 + i},{groups[i % 5]}" for i in range(15)]
    path = tmp_path / "blank.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    tables = load_tables(path)
    expected = {"en": "6 participant(s) with no value in &#x27;group&#x27; are left out",
                "fr": "6 participant(s) sans valeur pour « group » sont laissés hors",
                "ar": "استُبعد من المقارنة ٦ مشاركًا بلا قيمة في «group»"}
    for lang, words in expected.items():
        html = Path(write_report(tables, tmp_path / f"b-{lang}.html", confidence=0.95,
                                 by="group", language=lang)).read_text(encoding="utf-8")
        assert words in html, lang
