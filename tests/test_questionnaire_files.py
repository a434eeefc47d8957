"""Questionnaire definitions are data: every file loads, carries five languages, and says
honestly whether each translation is validated."""

from __future__ import annotations

import pytest

from uxlab.core.errors import StudyError
from uxlab.core.questionnaires import questionnaire_from_dict
from uxlab.storage.resources import builtin_questionnaires

LANGS = ("en", "fr", "ar", "fa", "ru")
EXPECTED_ITEMS = {
    "sus": [f"sus{i}" for i in range(1, 11)],
    "umux_lite": ["umux1", "umux2"],
    "nps": ["nps"], "csat": ["csat"], "ces": ["ces"], "seq": ["seq"],
    "experience": ["exp_success", "exp_effort", "exp_emotion"],
}


def test_every_builtin_loads_with_the_long_format_item_ids() -> None:
    qs = builtin_questionnaires()
    assert {k: q.item_ids for k, q in qs.items() if k in EXPECTED_ITEMS} == EXPECTED_ITEMS


@pytest.mark.parametrize("qid", sorted(EXPECTED_ITEMS))
def test_five_languages_everywhere_and_honest_validation(qid: str) -> None:
    q = builtin_questionnaires()[qid]
    for item in q.items:
        low, high = q.anchors(item)
        assert all(item.text.get(lang, "").strip() for lang in LANGS), item.id
        assert all(low.get(lang, "").strip() and high.get(lang, "").strip() for lang in LANGS), item.id
    assert all(q.name.get(lang) for lang in LANGS)
    for lang in LANGS[1:]:
        info = q.translations[lang]
        assert info.source, f"{qid}.{lang}: say where the translation comes from"
        if info.validated:
            assert "uxlab translation" not in info.source


def test_a_broken_definition_names_the_file_and_field() -> None:
    with pytest.raises(StudyError, match=r"my\.json, field 'scale'"):
        questionnaire_from_dict({"schema_version": 1, "id": "x", "scale": {"min": 5, "max": 1},
                                 "items": [{"id": "a", "text": {"en": "A"}}]}, "my.json")
