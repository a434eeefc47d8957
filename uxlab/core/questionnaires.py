"""Questionnaire definitions are data (files under resources/questionnaires): this module
validates their plain-data form. Scoring lives in :mod:`uxlab.core.scoring`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from uxlab.core.errors import StudyError
from uxlab.core.study import LocalizedText

QUESTIONNAIRE_SCHEMA_VERSION = 1
SCORINGS = ("sus", "umux_lite", "nps", "csat", "ces", "mean", "none")


@dataclass(frozen=True)
class Item:
    id: str
    text: LocalizedText
    low_label: LocalizedText = field(default_factory=dict)  # overrides the scale's anchors
    high_label: LocalizedText = field(default_factory=dict)


@dataclass(frozen=True)
class TranslationInfo:
    validated: bool
    source: str = ""
    citation: str = ""  # the published validation of this wording (required when validated)


@dataclass(frozen=True)
class Questionnaire:
    id: str
    name: LocalizedText
    instructions: LocalizedText
    scale_min: int
    scale_max: int
    low_label: LocalizedText
    high_label: LocalizedText
    items: tuple[Item, ...]
    scoring: str
    source: str = ""
    translations: dict[str, TranslationInfo] = field(default_factory=dict)
    scope: str = "session"  # "session" (post-test) or "task" (post-task)

    def anchors(self, item: Item) -> tuple[LocalizedText, LocalizedText]:
        """The low and high labels for ``item`` (its own, else the scale's)."""
        return (item.low_label or self.low_label, item.high_label or self.high_label)

    @property
    def item_ids(self) -> list[str]:
        return [i.id for i in self.items]

    def is_validated(self, language: str) -> bool:
        info = self.translations.get(language)
        return info is not None and info.validated


def _text(v: Any, where: str, file: str, required: bool = True) -> LocalizedText:
    if isinstance(v, str):
        return {"en": v}
    if isinstance(v, dict) and all(isinstance(k, str) and isinstance(s, str) for k, s in v.items()):
        if required and not v:
            raise StudyError("has no text", file=file, field=where, fix="add {\"en\": \"...\"}")
        return dict(v)
    if v is None and not required:
        return {}
    raise StudyError(f"expected {{language: text}}, got {type(v).__name__}", file=file, field=where,
                     fix="write e.g. {\"en\": \"...\", \"fr\": \"...\"}")


def questionnaire_from_dict(d: Any, file: str) -> Questionnaire:
    if not isinstance(d, dict):
        raise StudyError("expected a JSON object", file=file, fix="see resources/questionnaires/sus.json")
    if d.get("schema_version") != QUESTIONNAIRE_SCHEMA_VERSION:
        raise StudyError(f"expected schema_version {QUESTIONNAIRE_SCHEMA_VERSION}, got {d.get('schema_version')!r}",
                         file=file, field="schema_version", fix="set \"schema_version\": 1")
    qid = d.get("id")
    if not isinstance(qid, str) or not qid:
        raise StudyError("is missing", file=file, field="id", fix="add \"id\": \"my_questionnaire\"")
    scale = d.get("scale")
    if not isinstance(scale, dict):
        raise StudyError("is missing", file=file, field="scale", fix="add \"scale\": {\"min\": 1, \"max\": 5}")
    lo, hi = scale.get("min"), scale.get("max")
    if not isinstance(lo, int) or not isinstance(hi, int) or isinstance(lo, bool) or isinstance(hi, bool) or lo >= hi:
        raise StudyError(f"scale {lo!r}..{hi!r} is not a range of whole numbers", file=file, field="scale",
                         fix="e.g. {\"min\": 1, \"max\": 5}")
    scoring = d.get("scoring", "none")
    if scoring not in SCORINGS:
        raise StudyError(f"unknown scoring {scoring!r}", file=file, field="scoring", fix=f"use one of {', '.join(SCORINGS)}")
    raw_items = d.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise StudyError("has no items", file=file, field="items", fix="add a list of {\"id\", \"text\"}")
    items: list[Item] = []
    seen: set[str] = set()
    for i, it in enumerate(raw_items):
        if not isinstance(it, dict) or not isinstance(it.get("id"), str):
            raise StudyError("expected {\"id\": ..., \"text\": {...}}", file=file, field=f"items[{i}]",
                             fix="give every item an id and a text")
        if it["id"] in seen:
            raise StudyError(f"item id {it['id']!r} appears twice", file=file, field=f"items[{i}].id",
                             fix="make item ids unique")
        seen.add(it["id"])
        items.append(Item(
            it["id"],
            _text(it.get("text"), f"items[{i}].text", file),
            _text(it.get("low_label"), f"items[{i}].low_label", file, required=False),
            _text(it.get("high_label"), f"items[{i}].high_label", file, required=False),
        ))
    translations: dict[str, TranslationInfo] = {}
    tr = d.get("translations", {})
    if not isinstance(tr, dict):
        raise StudyError("expected an object", file=file, field="translations", fix="{\"fr\": {\"validated\": true}}")
    for lang, info in tr.items():
        if not isinstance(info, dict) or not isinstance(info.get("validated"), bool):
            raise StudyError("expected {\"validated\": true|false, \"source\": \"...\"}", file=file,
                             field=f"translations.{lang}", fix="say whether the translation is validated")
        citation = info.get("citation", "")
        if not isinstance(citation, str):
            raise StudyError(f"expected a text, got {type(citation).__name__}", file=file,
                             field=f"translations.{lang}.citation",
                             fix="write the full reference as one text")
        translations[str(lang)] = TranslationInfo(bool(info["validated"]), str(info.get("source", "")),
                                                  citation.strip())
    scope = d.get("scope", "session")
    if scope not in ("session", "task"):
        raise StudyError(f"unknown scope {scope!r}", file=file, field="scope", fix="use \"session\" or \"task\"")
    return Questionnaire(
        id=qid,
        name=_text(d.get("name", qid), "name", file),
        instructions=_text(d.get("instructions"), "instructions", file, required=False),
        scale_min=lo,
        scale_max=hi,
        low_label=_text(scale.get("low_label"), "scale.low_label", file, required=False),
        high_label=_text(scale.get("high_label"), "scale.high_label", file, required=False),
        items=tuple(items),
        scoring=str(scoring),
        source=str(d.get("source", "")),
        translations=translations,
        scope=str(scope),
    )


# A citation shorter than this cannot name authors, year, title and where it was published.
MIN_CITATION = 40


def with_lab_wording(base: Questionnaire, lab: Questionnaire, file: str) -> Questionnaire:
    """``base`` (a built-in questionnaire) with the wording a lab's file gives for some languages.

    The lab's file may change only words: it keeps the built-in's item ids, scale and scoring,
    so scores stay comparable. Every language it words is declared under ``translations`` (with
    ``validated``, and the full ``citation`` of the published validation when validated), and
    has a text and both anchors for every item. Raises StudyError naming the file and field."""
    if lab.item_ids != base.item_ids:
        raise StudyError(f"items {lab.item_ids} differ from the built-in {base.id}'s {base.item_ids}",
                         file=file, field="items",
                         fix=f"word the same items in the same order ({', '.join(base.item_ids)}); "
                             "for other questions use the study's custom items")
    if (lab.scale_min, lab.scale_max) != (base.scale_min, base.scale_max):
        raise StudyError(f"scale {lab.scale_min}..{lab.scale_max} differs from the built-in "
                         f"{base.id}'s {base.scale_min}..{base.scale_max}", file=file, field="scale",
                         fix=f"set \"scale\": {{\"min\": {base.scale_min}, \"max\": {base.scale_max}}}")
    if lab.scoring not in ("none", base.scoring):
        raise StudyError(f"scoring {lab.scoring!r} differs from the built-in {base.id}'s "
                         f"{base.scoring!r}", file=file, field="scoring",
                         fix=f"leave \"scoring\" out or set it to \"{base.scoring}\"")
    worded = {lang for item in lab.items for lang in item.text}
    undeclared = sorted(worded - set(lab.translations))
    if undeclared:
        raise StudyError(f"the file words {', '.join(undeclared)} but does not say whether that "
                         "wording is validated", file=file, field=f"translations.{undeclared[0]}",
                         fix="add {\"validated\": true, \"citation\": \"Authors (year). Title. "
                             "Journal, volume, pages. doi\"} (or \"validated\": false)")
    if not lab.translations:
        raise StudyError("gives no language", file=file, field="translations",
                         fix="add e.g. \"translations\": {\"fr\": {\"validated\": true, "
                             "\"citation\": \"...\"}} and the French text of every item")
    for lang, info in lab.translations.items():
        if info.validated and len(info.citation) < MIN_CITATION:
            raise StudyError("a validated wording needs the full citation of its validation "
                             f"(got {info.citation!r})", file=file,
                             field=f"translations.{lang}.citation",
                             fix="write authors, year, title, journal, volume, pages and DOI of the "
                                 "published validation")
        for i, item in enumerate(lab.items):
            if not item.text.get(lang, "").strip():
                raise StudyError(f"has no {lang} text", file=file, field=f"items[{i}].text.{lang}",
                                 fix=f"give the {lang} wording of {item.id}, or remove {lang} "
                                     "from translations")
            low, high = lab.anchors(item)
            for side, labels in (("low_label", low), ("high_label", high)):
                if not labels.get(lang, "").strip():
                    raise StudyError(f"has no {lang} anchor", file=file, field=f"scale.{side}.{lang}",
                                     fix=f"give the {lang} wording of the scale's ends")
    langs = set(lab.translations)

    def merged(mine: LocalizedText, theirs: LocalizedText) -> LocalizedText:
        return {**mine, **{k: v for k, v in theirs.items() if k in langs}}

    items = []
    for own, new in zip(base.items, lab.items, strict=True):
        b_low, b_high = base.anchors(own)
        n_low, n_high = lab.anchors(new)
        items.append(Item(own.id, merged(own.text, new.text), merged(b_low, n_low),
                          merged(b_high, n_high)))
    return Questionnaire(
        id=base.id,
        name=merged(base.name, lab.name),
        instructions=merged(base.instructions, lab.instructions),
        scale_min=base.scale_min,
        scale_max=base.scale_max,
        low_label=merged(base.low_label, lab.low_label),
        high_label=merged(base.high_label, lab.high_label),
        items=tuple(items),
        scoring=base.scoring,
        source=base.source,
        translations={**base.translations,
                      **{lang: TranslationInfo(info.validated, info.source or f"lab file {file}",
                                               info.citation)
                         for lang, info in lab.translations.items()}},
        scope=base.scope,
    )
