"""The names researchers give uxlab's fields and outcomes, in the five interface languages
(English, French, Arabic, Persian, Russian; a few German words too: SUS questionnaires often come
from German tools). Compared after :func:`uxlab.analysis.headers.normalise`, so case, accents,
spaces and underscores do not matter. Documented in docs/import.md.
"""

from __future__ import annotations

import re

from uxlab.analysis.headers import normalise

# uxlab field -> names that designate it (loosely compared). Order matters only for display.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "participant": (
        "participant", "participant id", "participant number", "participants", "id", "user id",
        "subject", "subject id", "respondent", "respondent id", "pid", "p id", "tester",
        "participante", "sujet", "repondant", "identifiant", "numero participant",
        "مشارك", "المشارك", "رقم المشارك", "معرف المشارك", "المستجيب",
        "شرکت کننده", "شناسه", "کد شرکت کننده", "آزمودنی", "پاسخ دهنده",
        "участник", "номер участника", "id участника", "респондент", "испытуемый",
        "teilnehmer", "proband",
    ),
    "task": (
        "task", "task id", "task name", "scenario", "tache", "nom de la tache", "scenario",
        "مهمه", "المهمه", "وظیفه", "تکلیف", "کار", "задача", "задание", "aufgabe",
    ),
    "outcome": (
        "outcome", "result", "success", "completed", "completion", "task success", "status",
        "task completion", "resultat", "reussite", "succes", "statut",
        "نتیجه", "النتیجه", "نجاح", "الانجاز", "موفقیت", "وضعیت",
        "результат", "исход", "успех", "выполнено", "статус", "ergebnis", "erfolg",
    ),
    "time_s": (
        "time", "time s", "task time s", "time sec", "time seconds", "seconds", "secs", "sec", "duration",
        "duration s", "task time", "time on task", "elapsed", "temps", "temps s", "duree",
        "duree s", "secondes", "الوقت", "وقت", "المده", "مده", "الزمن", "زمان", "مدت", "ثانیه",
        "время", "время с", "длительность", "секунды", "zeit", "dauer",
    ),
    "time_ms": (
        "time ms", "duration ms", "milliseconds", "ms", "time milliseconds", "temps ms",
        "duree ms", "millisecondes", "الوقت ms", "زمان ms", "время мс", "мс", "миллисекунды",
    ),
    "errors": ("errors", "error count", "error", "erreurs", "erreur", "اخطاء", "الاخطاء",
               "خطا", "خطاها", "ошибки", "ошибок", "fehler"),
    "assists": ("assists", "assistance", "hints", "aides", "aide", "مساعده", "المساعدات",
                "مساعدات", "کمک", "کمک ها",
                "подсказки", "помощь"),
    "seq": ("seq", "single ease question", "ease", "facilite", "سهوله", "سهولت", "простота"),
    "group": ("group", "groupe", "مجموعه", "المجموعه", "گروه", "группа", "gruppe"),
    "notes": ("notes", "note", "comment", "comments", "remarques", "commentaire", "commentaires",
              "ملاحظات", "الملاحظات", "یادداشت", "یادداشت ها", "توضیحات", "заметки", "комментарий", "комментарии"),
    "sus_score": ("sus", "sus score", "score sus", "sus total", "sus 0 100", "note sus",
                  "درجه sus", "امتیاز sus", "балл sus", "sus балл"),
    "nps": ("nps", "likelihood to recommend", "ltr", "net promoter", "recommend"),
    "csat": ("csat", "customer satisfaction"),
    "ces": ("ces", "customer effort"),
    "umux1": ("umux1", "umux 1", "umux lite 1", "umux item 1"),
    "umux2": ("umux2", "umux 2", "umux lite 2", "umux item 2"),
    "exp_success": ("exp success", "expected success"),
    "exp_effort": ("exp effort", "expected effort"),
    "exp_emotion": ("exp emotion", "expected emotion"),
    "excluded": ("excluded", "exclude", "exclu", "مستبعد", "حذف شده", "исключен"),
    "exclude_reason": ("exclude reason", "exclusion reason", "raison d exclusion"),
}
SUS_FIELDS = tuple(f"sus{i}" for i in range(1, 11))
# Numbered questionnaire items: "q1", "Item 1", "SUS 1", "Frage 1", "سؤال ١", "вопрос 1"...
_ITEM = re.compile(r"^(?:sus )?(q|question|item|frage|element|سوال|سوال|پرسش|вопрос|пункт) ?(\d{1,2})$")
_SUS = re.compile(r"^sus ?(\d{1,2})$")

# Outcome words (loosely compared) -> uxlab outcome.
OUTCOME_NAMES: dict[str, tuple[str, ...]] = {
    "success": (
        "success", "successful", "succeeded", "succeed", "completed", "complete", "done", "pass",
        "passed", "yes", "y", "1", "1 0", "true", "ok", "s",
        "succes", "reussi", "reussie", "reussite", "complete", "termine", "terminee", "oui", "vrai",
        "نجاح", "ناجح", "ناجحه", "مكتمل", "اكتمل", "نعم", "صح", "تم",
        "موفق", "موفقیت", "کامل", "انجام شد", "بله", "آری", "درست",
        "успех", "успешно", "выполнено", "выполнена", "выполнил", "завершено", "да", "пройдено",
        "erfolg", "erfolgreich", "ja",
    ),
    "fail": (
        "fail", "failed", "failure", "no", "n", "0", "0 0", "false", "incomplete", "not completed",
        "echec", "echoue", "echouee", "rate", "non", "faux",
        "فشل", "فاشل", "فاشله", "لا", "خطا", "لم يكتمل",
        "ناموفق", "شکست", "خیر", "نه", "نادرست",
        "неудача", "провал", "не выполнено", "нет", "неверно", "fehlschlag", "nein",
    ),
    "partial": ("partial", "partially", "partly", "partial success", "partiel", "partielle",
                "partiellement", "جزئي", "جزيي", "جزئی", "نجاح جزئي", "نیمه", "частично",
                "частичный успех", "teilweise"),
    "abandoned": ("abandoned", "abandon", "gave up", "give up", "quit", "abandonne", "abandonnee",
                  "a abandonne", "انسحب", "تخلى", "استسلم", "منصرف شد", "رها کرد", "انصراف",
                  "сдался", "сдалась", "отказ", "бросил", "прервано", "aufgegeben"),
    "skipped": ("skipped", "skip", "n a", "na", "not attempted", "saute", "ignore", "non tente",
                "تخطى", "تم التخطي", "لم يحاول", "رد شد", "پرش", "انجام نشد",
                "пропущено", "пропуск", "übersprungen", "ubersprungen"),
}
OUTCOME_WORDS: dict[str, str] = {normalise(w): o for o, words in OUTCOME_NAMES.items() for w in words}
_FIELD_OF: dict[str, str] = {normalise(w): f for f, words in FIELD_NAMES.items() for w in words}
# A wide table's per-task columns end (or start) with one of these: "T1_Time", "find success".
TASK_FIELDS = ("outcome", "time_s", "time_ms", "errors", "assists", "seq", "notes")
_TASK_SUFFIX: dict[str, str] = {
    k: f for k, f in _FIELD_OF.items() if f in TASK_FIELDS
}


_UNITS = {"s", "ms", "sec", "secs", "min", "seconds", "с", "мс"}


def outcome_of(word: object) -> str | None:
    """The uxlab outcome a written word stands for, or None."""
    return OUTCOME_WORDS.get(normalise(word))


def field_of(header: object) -> str | None:
    """The uxlab field a header names by itself (participant, task, sus3, ...), or None."""
    key = normalise(header)
    if key in _FIELD_OF:
        return _FIELD_OF[key]
    m = _SUS.match(key)
    if m and 1 <= int(m.group(1)) <= 10:
        return f"sus{int(m.group(1))}"
    return None


def numbered_item(header: object) -> int | None:
    """The number of a numbered questionnaire item header ("q3", "Item 3", "Frage 3"), or None."""
    m = _ITEM.match(normalise(header))
    return int(m.group(2)) if m else None


def task_column(header: str) -> tuple[str, str] | None:
    """A wide table's per-task column as (task, field): "T1_Time" -> ("T1", "time_s"),
    "find success" -> ("find", "outcome"), "Time (ms) pay" -> ("pay", "time_ms"); else None.
    The task keeps the header's own spelling."""
    tokens = list(re.finditer(r"[^\W_]+", header, re.UNICODE))
    for n in (3, 2, 1):  # the longest field name first: "time on task" before "task"
        if len(tokens) <= n:
            continue
        tail = normalise(" ".join(t.group() for t in tokens[-n:]))
        if tail in _TASK_SUFFIX:
            task = header[: tokens[-n].start()].strip(" _-.:/()")
            if task and normalise(task) not in _FIELD_OF and normalise(task) not in _UNITS:
                return task, _TASK_SUFFIX[tail]
        head = normalise(" ".join(t.group() for t in tokens[:n]))
        if head in _TASK_SUFFIX:
            task = header[tokens[n - 1].end():].strip(" _-.:/()")
            if task and normalise(task) not in _FIELD_OF and normalise(task) not in _UNITS:
                return task, _TASK_SUFFIX[head]
    return None
