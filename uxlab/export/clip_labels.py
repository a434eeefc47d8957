"""Caption texts of the highlight clips, in the five languages."""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    "en": {"critical": "Critical incident", "note": "Note", "error": "Error", "assist": "Assist",
           "observation": "Problem observation",
           "reel_people": "Met by {n} participant(s) · {clips} clip(s)"},
    "fr": {"critical": "Incident critique", "note": "Note", "error": "Erreur", "assist": "Aide",
           "observation": "Observation de problème",
           "reel_people": "Rencontré par {n} participant(s) · {clips} extrait(s)"},
    "ar": {"critical": "حادثة حرجة", "note": "ملاحظة", "error": "خطأ", "assist": "مساعدة",
           "observation": "ملاحظة مشكلة",
           "reel_people": "واجهها {n} من المشاركين · {clips} من المقاطع"},
    "fa": {"critical": "رخداد بحرانی", "note": "یادداشت", "error": "خطا", "assist": "کمک",
           "observation": "مشاهده مشکل",
           "reel_people": "{n} شرکت‌کننده با آن روبه‌رو شدند · {clips} کلیپ"},
    "ru": {"critical": "Критический инцидент", "note": "Заметка", "error": "Ошибка", "assist": "Помощь",
           "observation": "Наблюдение проблемы",
           "reel_people": "Встретилась у участников: {n} · фрагментов: {clips}"},
}


def clip_label(key: str, language: str = "en") -> str:
    return _LABELS.get(language, _LABELS["en"]).get(key, _LABELS["en"].get(key, key))
