"""The participant's question form marks a lab's validated wording as such (with its citation)
and uxlab's own translations as not validated (docs/questionnaires.md)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

from uxlab.demo import write_demo
from uxlab.gui.run.question_form import QuestionForm
from uxlab.gui.run.questions import session_questions
from uxlab.storage.questionnaire_files import lab_dir, study_questionnaires
from uxlab.storage.resources import builtin_questionnaires
from uxlab.storage.study_files import load_study

CITATION = ("Example Lab (2026). A French wording of the SUS, validated for the uxlab test "
            "suite. Journal of Test Instruments, 1(1), 1-10. doi:10.0000/example")


def test_validated_and_unvalidated_wordings_are_marked(qapp: QApplication, tmp_path: Path) -> None:
    write_demo(tmp_path, participants=2)
    sus = builtin_questionnaires()["sus"]
    lab_dir(tmp_path).mkdir()
    (lab_dir(tmp_path) / "sus_fr.json").write_text(json.dumps({
        "schema_version": 1, "id": "sus",
        "scale": {"min": 1, "max": 5, "low_label": {"fr": "Non"}, "high_label": {"fr": "Oui"}},
        "items": [{"id": i.id, "text": {"fr": f"[labo] {i.text['fr']}"}} for i in sus.items],
        "translations": {"fr": {"validated": True, "citation": CITATION}},
    }), encoding="utf-8")
    study, worded = load_study(tmp_path), study_questionnaires(tmp_path)
    form = QuestionForm(lambda _context, text: text)
    try:
        form.show_questions([q for q in session_questions(study, "fr", worded)
                             if q.questionnaire == "sus"][:1])
        note = form.findChild(QLabel, "validatedNote")
        assert note is not None and note.text() == "Validated translation"
        assert note.toolTip() == CITATION
        assert form.findChild(QLabel, "unvalidatedNote") is None
        form.show_questions([q for q in session_questions(study, "ar", worded)
                             if q.questionnaire == "sus"][:1])
        qapp.processEvents()
        visible = [w for w in form.findChildren(QLabel) if w.isVisibleTo(form)]
        assert any(w.objectName() == "unvalidatedNote" for w in visible)
        assert not any(w.objectName() == "validatedNote" for w in visible)
    finally:
        form.deleteLater()
