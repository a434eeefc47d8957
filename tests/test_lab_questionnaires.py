"""A lab's own (licensed, validated) wording of a built-in questionnaire, as a file in the study
folder's questionnaires/ (docs/questionnaires.md): read from real files, checked on load with
errors naming the file, the field and the fix, marked validated with the citation it gives, and
shown as such in the exports. The package's own files are never touched."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from uxlab.analysis.metrics import analyze
from uxlab.analysis.tables import load_tables
from uxlab.core.errors import StudyError
from uxlab.demo import write_demo
from uxlab.export.html import render_report
from uxlab.export.xlsx import export_xlsx
from uxlab.gui.run.questions import session_questions
from uxlab.storage.questionnaire_files import lab_dir, lab_wordings, study_questionnaires
from uxlab.storage.resources import builtin_questionnaires
from uxlab.storage.study_files import load_study

# An illustrative citation: the test suite's files claim no published wording.
CITATION = ("Example Lab (2026). A French wording of the SUS, validated for the uxlab test "
            "suite. Journal of Test Instruments, 1(1), 1-10. doi:10.0000/example")


def _sus_fr(**change: Any) -> dict[str, Any]:
    """A lab file giving a French wording of every SUS item (marked so the test can see it)."""
    sus = builtin_questionnaires()["sus"]
    data: dict[str, Any] = {
        "schema_version": 1,
        "id": "sus",
        "scale": {"min": 1, "max": 5,
                  "low_label": {"fr": "Pas du tout d'accord (labo)"},
                  "high_label": {"fr": "Tout à fait d'accord (labo)"}},
        "items": [{"id": item.id, "text": {"fr": f"[labo] {item.text['fr']}"}} for item in sus.items],
        "translations": {"fr": {"validated": True, "citation": CITATION,
                                "source": "licensed to the lab"}},
    }
    data.update(change)
    return data


def _write(folder: Path, name: str, data: Any) -> Path:
    d = lab_dir(folder)
    d.mkdir(parents=True, exist_ok=True)
    path = d / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False),
                    encoding="utf-8")
    return path


def test_a_lab_file_words_the_builtin_in_its_language_marked_validated(tmp_path: Path) -> None:
    package_file = Path(__file__).resolve().parents[1] / "resources" / "questionnaires" / "sus.json"
    before = package_file.read_bytes()
    _write(tmp_path, "sus_fr.json", _sus_fr())
    sus = study_questionnaires(tmp_path)["sus"]
    assert sus.items[0].text["fr"].startswith("[labo] ")
    assert sus.items[0].text["en"] == builtin_questionnaires()["sus"].items[0].text["en"]
    assert sus.is_validated("fr") and sus.translations["fr"].citation == CITATION
    assert not sus.is_validated("ar")  # the other languages keep uxlab's own, not validated
    assert "uxlab translation" in sus.translations["ar"].source
    assert sus.scoring == "sus" and sus.item_ids == builtin_questionnaires()["sus"].item_ids
    assert package_file.read_bytes() == before  # the package is not edited
    assert not builtin_questionnaires()["sus"].is_validated("fr")  # nor its loaded copy


def test_the_participant_sees_the_labs_wording_and_its_validation(tmp_path: Path) -> None:
    write_demo(tmp_path, participants=2)
    study = load_study(tmp_path)
    _write(tmp_path, "sus_fr.json", _sus_fr())
    worded = study_questionnaires(tmp_path)
    sus_fr = [q for q in session_questions(study, "fr", worded) if q.questionnaire == "sus"]
    assert sus_fr and all(q.validated and q.citation == CITATION for q in sus_fr)
    assert sus_fr[0].text.startswith("[labo] ") and sus_fr[0].low_label.endswith("(labo)")
    sus_ar = [q for q in session_questions(study, "ar", worded) if q.questionnaire == "sus"]
    assert sus_ar and not any(q.validated or q.citation for q in sus_ar)


@pytest.mark.parametrize(("change", "field", "fix"), [
    ({"id": "my_sus"}, "id", "built-in"),
    ({"items": [{"id": "sus1", "text": {"fr": "x"}}]}, "items", "same items"),
    ({"scale": {"min": 0, "max": 4, "low_label": {"fr": "a"}, "high_label": {"fr": "b"}}}, "scale",
     '"min": 1'),
    ({"scoring": "mean"}, "scoring", '"sus"'),
    ({"translations": {"fr": {"validated": True}}}, "translations.fr.citation", "authors, year"),
    ({"translations": {"fr": {"validated": True, "citation": "F-SUS"}}}, "translations.fr.citation",
     "DOI"),
    ({"translations": {}}, "translations.fr", "validated"),
    ({"translations": {"fr": {"validated": "yes"}}}, "translations.fr", "validated"),
])
def test_a_wrong_file_names_the_file_the_field_and_the_fix(tmp_path: Path, change: dict[str, Any],
                                                           field: str, fix: str) -> None:
    path = _write(tmp_path, "sus_fr.json", _sus_fr(**change))
    with pytest.raises(StudyError) as err:
        lab_wordings(tmp_path)
    text = str(err.value)
    assert str(path) in text and f"field '{field}'" in text and fix in text, text


def test_a_language_missing_an_item_or_an_anchor_is_refused(tmp_path: Path) -> None:
    data = _sus_fr()
    del data["items"][3]["text"]["fr"]
    data["items"][3]["text"]["de"] = "Deutsch"
    path = _write(tmp_path, "sus.json", data)
    with pytest.raises(StudyError, match=r"field 'translations\.de'"):
        lab_wordings(tmp_path)
    data["translations"]["de"] = {"validated": False}
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StudyError, match=r"field 'items\[3\]\.text\.fr'"):
        lab_wordings(tmp_path)
    data = _sus_fr()
    del data["scale"]["high_label"]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StudyError, match=r"field 'scale\.high_label\.fr'"):
        lab_wordings(tmp_path)


def test_broken_json_not_utf8_and_two_files_for_one_questionnaire(tmp_path: Path) -> None:
    path = _write(tmp_path, "sus.json", '{"schema_version": 1,\n "id": "sus" "items": []}')
    with pytest.raises(StudyError, match=r"sus\.json.*line 2"):
        lab_wordings(tmp_path)
    path.write_bytes("{\"id\": \"séance\"}".encode("latin-1"))
    with pytest.raises(StudyError, match="UTF-8"):
        lab_wordings(tmp_path)
    path.write_text(json.dumps(_sus_fr()), encoding="utf-8")
    _write(tmp_path, "sus_again.json", _sus_fr())
    with pytest.raises(StudyError, match=r"sus_again\.json.*already worded by sus\.json"):
        lab_wordings(tmp_path)


def test_no_folder_means_the_builtins(tmp_path: Path) -> None:
    assert lab_wordings(tmp_path) == {}
    assert study_questionnaires(tmp_path) == builtin_questionnaires()
    (lab_dir(tmp_path)).mkdir()
    (lab_dir(tmp_path) / "notes.txt").write_text("not a questionnaire", encoding="utf-8")
    assert lab_wordings(tmp_path) == {}


def _french_answered_sus(folder: Path) -> None:
    write_demo(folder, participants=12)
    tables = load_tables(folder)
    langs = dict(zip(tables.participants["participant"], tables.participants["language"], strict=True))
    answered = set(tables.answers.loc[tables.answers["questionnaire"] == "sus", "participant"])
    assert any(langs[p] == "fr" for p in answered), "the demo should have a French SUS answer"


def test_exports_say_which_wording_was_answered_and_cite_it(tmp_path: Path) -> None:
    _french_answered_sus(tmp_path)
    tables = load_tables(tmp_path)
    results = analyze(tables)
    # uxlab's own French wording: marked not validated
    out = tmp_path / "plain.xlsx"
    export_xlsx(tables, results, out, language="fr")
    rows = [[c.value for c in r] for r in load_workbook(out)["Dictionnaire des données"].iter_rows()]
    sus_fr = [r for r in rows if r[0] == "wording" and r[2] == "sus (fr)"]
    assert sus_fr and "non validée" in sus_fr[0][4] and "uxlab translation" in sus_fr[0][6]
    # the lab's file: validated, with its citation
    _write(tmp_path, "sus_fr.json", _sus_fr())
    out = tmp_path / "lab.xlsx"
    export_xlsx(tables, results, out, language="en")
    rows = [[c.value for c in r] for r in load_workbook(out)["Codebook"].iter_rows()]
    sus_fr = [r for r in rows if r[0] == "wording" and r[2] == "sus (fr)"]
    assert sus_fr and sus_fr[0][3].startswith("validated translation") and sus_fr[0][5] == CITATION
    html = render_report(tables, results, language="ar")
    section = re.search(r'<section id="wording">.*?</section>', html, re.S)
    assert section is not None and "sus (fr)" in section.group(0)
    assert CITATION in section.group(0) and "ترجمة مُصادَق عليها" in section.group(0)


def test_a_broken_lab_file_stops_the_export_with_its_name(tmp_path: Path) -> None:
    _french_answered_sus(tmp_path)
    tables = load_tables(tmp_path)
    _write(tmp_path, "sus_fr.json", _sus_fr(scoring="mean"))
    with pytest.raises(StudyError, match=r"sus_fr\.json, field 'scoring'"):
        export_xlsx(tables, analyze(tables), tmp_path / "x.xlsx", language="fr")
    assert not (tmp_path / "x.xlsx").exists()


def test_validate_names_the_lab_wording_or_exits_2_on_a_broken_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from uxlab.cli import main

    write_demo(tmp_path, participants=2)
    path = _write(tmp_path, "sus_fr.json", _sus_fr())
    assert main(["validate", str(tmp_path)]) == 0
    assert "lab wording: sus (fr)" in capsys.readouterr().out
    path.write_text(json.dumps(_sus_fr(items=[])), encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "sus_fr.json" in err and "items" in err and "Traceback" not in err
