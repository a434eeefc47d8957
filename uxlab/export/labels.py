"""The researcher's language in exports and reports: sheet names, column headers, codebook
meanings, report texts, number formatting and the plain reading of a comparison.

The translations (fr, ar, fa, ru) are the project's own, not professionally reviewed
(docs/export.md). English is the source: :func:`tr` falls back to it for any text without a
translation, so a missing entry shows English, never a blank. Machine column names never change
with the language: scripts read them from the documented machine-name row.
"""

from __future__ import annotations

import math
import re
from typing import Any

from uxlab.core.errors import UxlabError
from uxlab.export import catalog
from uxlab.export.columns import COLUMNS as _ENGLISH_COLUMNS

LANGUAGES: tuple[str, ...] = ("en", "fr", "ar", "fa", "ru")
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar", "fa"})
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "ar": "العربية", "fa": "فارسی",
                  "ru": "Русский"}


def check_language(code: str | None) -> str:
    """The language code, lower-cased, or a clear error naming the supported ones."""
    lang = (code or "en").strip().lower().replace("_", "-").split("-")[0]
    if lang not in LANGUAGES:
        raise UxlabError(f"unknown language '{code}'", field="language",
                         fix=f"use one of {', '.join(LANGUAGES)}")
    return lang


# ============================================================================ sheet names
_SHEET_NAMES: dict[str, dict[str, str]] = {
    "fr": {"summary": "Synthèse", "tasks": "Tâches", "participants": "Participants",
           "attempts": "Essais", "events": "Événements", "questionnaires": "Questionnaires",
           "comparison": "Comparaison", "benchmarks": "Références", "codebook": "Dictionnaire des données"},
    "ar": {"summary": "الملخص", "tasks": "المهام", "participants": "المشاركون",
           "attempts": "المحاولات", "events": "الأحداث", "questionnaires": "الاستبيانات",
           "comparison": "المقارنة", "benchmarks": "المعايير المرجعية", "codebook": "دليل البيانات"},
    "fa": {"summary": "خلاصه", "tasks": "وظایف", "participants": "شرکت‌کنندگان",
           "attempts": "تلاش‌ها", "events": "رویدادها", "questionnaires": "پرسشنامه‌ها",
           "comparison": "مقایسه", "benchmarks": "معیارهای مرجع", "codebook": "راهنمای داده‌ها"},
    "ru": {"summary": "Сводка", "tasks": "Задания", "participants": "Участники",
           "attempts": "Попытки", "events": "События", "questionnaires": "Опросники",
           "comparison": "Сравнение", "benchmarks": "Ориентиры", "codebook": "Справочник данных"},
}

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")


def excel_sheet_name(text: str) -> str:
    """A valid Excel sheet name: no [ ] : * ? / \\, no leading/trailing apostrophe, at most
    31 characters (Excel counts UTF-16 code units), never empty."""
    name = _SHEET_FORBIDDEN.sub(" ", text).strip().strip("'").strip()
    out = ""
    for ch in name:
        if len((out + ch).encode("utf-16-le")) // 2 > 31:
            break
        out += ch
    out = out.rstrip().rstrip("'")
    return out or "Sheet"


def sheet_name(key: str, language: str, english: str) -> str:
    """The sheet name for ``key`` (summary, tasks, ...) in ``language``; ``english`` otherwise."""
    return excel_sheet_name(catalog.text(english, language, catalog.SHEET))


# ============================================================================ columns
# machine name -> (short header, meaning). English headers are the machine names themselves.
_COLUMNS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "participant": ("Participant", "Identifiant du participant saisi par le chercheur"),
        "group": ("Groupe", "Groupe du participant (conception / segment) comparé avec --by group"),
        "language": ("Langue", "Langue du participant (ISO 639-1)"),
        "excluded": ("Exclu", "Écarté de tous les chiffres (les données sont conservées)"),
        "exclude_reason": ("Motif d'exclusion", "Pourquoi le participant a été exclu"),
        "session_id": ("Session", "Identifiant du journal de session"),
        "status": ("Statut", "complete = session terminée ; in_progress = interrompue ou en cours"),
        "started": ("Début", "Heure de début (UTC, ISO 8601)"),
        "ended": ("Fin", "Heure de fin (UTC, ISO 8601)"),
        "task": ("Tâche", "Identifiant de la tâche dans le script de l'étude"),
        "title": ("Intitulé", "Intitulé de la tâche"),
        "stage": ("Étape", "Étape du parcours à laquelle appartient la tâche"),
        "position": ("Rang", "Rang de la tâche dans l'ordre de ce participant (1 = première)"),
        "outcome": ("Résultat", "success / partial / fail / abandoned / skipped"),
        "success": ("Réussite", "le résultat est success"),
        "time_s": ("Temps (s)", "Temps net sur la tâche, pauses exclues"),
        "gross_s": ("Temps brut (s)", "Temps brut : du début à la fin, pauses incluses"),
        "paused_s": ("Temps en pause (s)", "Temps passé en pause pendant la tâche"),
        "pauses": ("Pauses", "Nombre de pauses"),
        "interrupted": ("Interrompue", "uxlab s'est arrêté (plantage / coupure) pendant la tâche "
                        "et la session a été reprise ; le temps peut être court de 30 s au plus "
                        "(depuis le dernier point de contrôle)"),
        "errors": ("Erreurs", "Marqueurs d'erreur saisis (marqueurs annulés non comptés)"),
        "assists": ("Aides", "Marqueurs d'aide saisis"),
        "notes": ("Notes", "Marqueurs de note saisis"),
        "critical": ("Incidents critiques", "Marqueurs d'incident critique saisis"),
        "seq": ("SEQ", "Single Ease Question, 1 très difficile ... 7 très facile ; vide = sans "
                "réponse ou refus"),
        "exp_success": ("Expérience : réussite",
                        "Note d'expérience : dans quelle mesure cela a répondu aux besoins"),
        "exp_effort": ("Expérience : effort", "Note d'expérience : facilité"),
        "exp_emotion": ("Expérience : émotion",
                        "Note d'expérience : ressenti du participant (contrarié ... ravi)"),
        "emotion_word": ("Mot d'émotion", "Mot d'émotion choisi par le participant"),
        "note_text": ("Texte des notes", "Notes et incidents critiques saisis pendant la tâche"),
        "target_time_s": ("Temps cible (s)", "Temps cible fixé dans le script de l'étude"),
        "time_limit_s": ("Temps limite (s)", "Temps limite fixé dans le script de l'étude"),
        "attempts": ("Essais", "Essais : résultats success, partial, fail, abandoned (skipped "
                     "n'est pas un essai)"),
        "successes": ("Réussites", "Essais au résultat success"),
        "partials": ("Réussites partielles", "Essais au résultat partial (non comptés comme réussite)"),
        "skipped": ("Sautées", "Tâches sautées (non tentées)"),
        "completion_rate": ("Taux de réussite", "réussites / essais"),
        "completion_lo": ("Taux : borne basse", "Borne basse de l'intervalle de Wald ajusté"),
        "completion_hi": ("Taux : borne haute", "Borne haute de l'intervalle de Wald ajusté"),
        "time_success_n": ("Temps réussites : n", "Essais réussis avec un temps"),
        "time_success_geomean": ("Temps réussites : moyenne géom. (s)",
                                 "Moyenne géométrique du temps des essais réussis"),
        "time_success_lo": ("Temps réussites : borne basse", "Borne basse (intervalle t sur le log des temps)"),
        "time_success_hi": ("Temps réussites : borne haute", "Borne haute (intervalle t sur le log des temps)"),
        "time_success_median": ("Temps réussites : médiane", "Temps médian des essais réussis"),
        "time_success_median_lo": ("Temps réussites : médiane IC bas",
                                   "Borne basse de l'intervalle de la médiane (statistiques d'ordre binomiales)"),
        "time_success_median_hi": ("Temps réussites : médiane IC haut",
                                   "Borne haute de l'intervalle de la médiane (statistiques d'ordre binomiales)"),
        "time_success_headline": ("Temps réussites : valeur principale",
                                  "Valeur principale : geomean (moins de 25 temps) ou median (25 ou plus)"),
        "time_success_mean": ("Temps réussites : moyenne", "Moyenne arithmétique du temps des essais réussis"),
        "time_success_sd": ("Temps réussites : écart-type", "Écart-type des temps des essais réussis"),
        "time_all_n": ("Temps tous essais : n", "Essais avec un temps"),
        "time_all_geomean": ("Temps tous essais : moyenne géom. (s)",
                             "Moyenne géométrique du temps de tous les essais"),
        "time_all_lo": ("Temps tous essais : borne basse", "Borne basse (intervalle t sur le log des temps)"),
        "time_all_hi": ("Temps tous essais : borne haute", "Borne haute (intervalle t sur le log des temps)"),
        "time_all_median": ("Temps tous essais : médiane", "Temps médian de tous les essais"),
        "time_all_mean": ("Temps tous essais : moyenne", "Moyenne arithmétique du temps de tous les essais"),
        "time_all_sd": ("Temps tous essais : écart-type", "Écart-type des temps de tous les essais"),
        "seq_n": ("SEQ : n", "Réponses SEQ"),
        "seq_mean": ("SEQ : moyenne", "SEQ moyen"),
        "seq_lo": ("SEQ : borne basse", "Borne basse de l'intervalle t du SEQ"),
        "seq_hi": ("SEQ : borne haute", "Borne haute de l'intervalle t du SEQ"),
        "exp_success_mean": ("Réussite : moyenne", "Note d'expérience moyenne : réussite"),
        "exp_success_net": ("Réussite : score net", "Score net : % de 6-7 moins % de 1-3"),
        "exp_effort_mean": ("Effort : moyenne", "Note d'expérience moyenne : effort"),
        "exp_effort_net": ("Effort : score net", "Score net : % de 6-7 moins % de 1-3"),
        "exp_emotion_mean": ("Émotion : moyenne", "Note d'expérience moyenne : émotion"),
        "exp_emotion_net": ("Émotion : score net", "Score net : % de 6-7 moins % de 1-3"),
        "errors_mean": ("Erreurs par essai", "Nombre moyen d'erreurs par essai"),
        "assists_mean": ("Aides par essai", "Nombre moyen d'aides par essai"),
        "sus": ("SUS", "Score System Usability Scale (Brooke 1996 ; un item manquant est "
                "extrapolé)"),
        "sus_items": ("Items SUS", "Items SUS répondus"),
        "umux_lite": ("UMUX-Lite", "Score UMUX-Lite (i1 + i2 - 2) x 100/12"),
        "umux_sus_equiv": ("UMUX-Lite équivalent SUS",
                           "Équivalent SUS de l'UMUX-Lite 0,65 x score + 22,9 (une estimation)"),
        "nps": ("NPS", "Probabilité de recommander"),
        "nps_category": ("Catégorie NPS", "promoter (9-10) / passive (7-8) / detractor (0-6)"),
        "csat": ("CSAT", "Réponse de satisfaction client"),
        "ces": ("CES", "Réponse au score d'effort client"),
        "questionnaire": ("Questionnaire", "Identifiant du questionnaire"),
        "item": ("Item", "Identifiant de l'item (sus1..sus10, umux1, umux2, nps, csat, ces, seq, ...)"),
        "value": ("Valeur", "Réponse ; vide en cas de refus"),
        "declined": ("Refus", "Le participant a explicitement refusé de répondre"),
        "seq_no": ("N° d'ordre", "Numéro d'ordre de l'événement dans le journal"),
        "kind": ("Type", "Type d'événement (session_started, task_started, marker, rating, "
                 "answer, undo, edit, ...)"),
        "t_s": ("t (s)", "Temps sur la ligne de temps de la session (pauses incluses, "
                "interruptions exclues)"),
        "wall": ("Heure", "Heure de l'événement (UTC)"),
        "marker": ("Marqueur", "Type de marqueur : error / assist / note / critical"),
        "text": ("Texte", "Texte saisi par le modérateur"),
        "target": ("Cible", "Numéro d'ordre de l'événement visé par cette annulation / "
                   "correction"),
        "undone": ("Annulé", "Ce marqueur a été annulé ensuite (conservé pour la traçabilité)"),
        "metric": ("Mesure", "Ce qui est comparé"),
        "value_a": ("Valeur a", "Valeur dans le premier groupe"),
        "value_b": ("Valeur b", "Valeur dans le second groupe"),
        "n_a": ("n a", "Observations dans le premier groupe"),
        "n_b": ("n b", "Observations dans le second groupe"),
        "test": ("Test", "Test statistique"),
        "p": ("p", "Valeur p bilatérale du test"),
        "reading": ("Lecture", "Lecture en langage courant"),
        "estimate": ("Estimation", "Différence a − b (taux : en proportion ; SUS, SEQ : points "
                     "d'échelle) ou rapport a / b des moyennes géométriques des temps"),
        "ci_low": ("IC bas", "Borne inférieure de l'intervalle de confiance de l'estimation"),
        "ci_high": ("IC haut", "Borne supérieure de l'intervalle de confiance de l'estimation"),
        "effect_size": ("Taille d'effet", "g de Hedges (différence standardisée des moyennes, "
                        "corrigée pour petits échantillons)"),
        "statistic": ("Statistique", "Statistique du test (z ou t)"),
        "df": ("ddl", "Degrés de liberté de la statistique t"),
        "benchmark": ("Référence", "La valeur de référence testée (taux en proportion, temps en "
                      "secondes, SUS / UMUX-Lite sur l'échelle SUS, SEQ sur 1-7, NPS en points)"),
        "n": ("Effectif", "Observations testées"),
        "observed": ("Observé", "Le résultat de l'étude (taux de réussite, moyenne géométrique "
                     "du temps, moyenne, NPS)"),
        "confidence_better": ("Confiance", "Confiance que la vraie valeur dépasse la référence "
                              "(1 − p)"),
    },
    "ar": {
        "participant": ("المشارك", "معرّف المشارك كما أدخله الباحث"),
        "group": ("المجموعة", "مجموعة المشارك (التصميم / الشريحة) المقارنة بـ --by group"),
        "language": ("اللغة", "لغة المشارك (ISO 639-1)"),
        "excluded": ("مستبعد", "مستبعد من جميع الأرقام (البيانات محفوظة)"),
        "exclude_reason": ("سبب الاستبعاد", "سبب استبعاد المشارك"),
        "session_id": ("الجلسة", "معرّف سجل الجلسة"),
        "status": ("الحالة", "complete = انتهت الجلسة؛ in_progress = متوقفة أو جارية"),
        "started": ("البداية", "وقت البداية (UTC، ISO 8601)"),
        "ended": ("النهاية", "وقت النهاية (UTC، ISO 8601)"),
        "task": ("المهمة", "معرّف المهمة في نص الدراسة"),
        "title": ("العنوان", "عنوان المهمة"),
        "stage": ("المرحلة", "مرحلة الرحلة التي تنتمي إليها المهمة"),
        "position": ("الترتيب", "ترتيب المهمة لدى هذا المشارك (1 = الأولى)"),
        "outcome": ("النتيجة", "success / partial / fail / abandoned / skipped"),
        "success": ("نجاح", "النتيجة هي success"),
        "time_s": ("الزمن (ث)", "الزمن الصافي للمهمة دون فترات التوقف"),
        "gross_s": ("الزمن الإجمالي (ث)", "الزمن الإجمالي: من البداية إلى النهاية مع فترات التوقف"),
        "paused_s": ("زمن التوقف (ث)", "الزمن المتوقف أثناء المهمة"),
        "pauses": ("مرات التوقف", "عدد مرات التوقف"),
        "interrupted": ("مقطوعة", "توقف uxlab (عطل / انقطاع كهرباء) أثناء المهمة ثم استؤنفت الجلسة؛ "
                        "قد يكون الزمن أقصر بما لا يتجاوز 30 ثانية (منذ آخر نقطة حفظ)"),
        "errors": ("الأخطاء", "علامات الأخطاء المسجلة (لا تُحتسب العلامات الملغاة)"),
        "assists": ("المساعدات", "علامات المساعدة المسجلة"),
        "notes": ("الملاحظات", "علامات الملاحظات المسجلة"),
        "critical": ("الحوادث الحرجة", "علامات الحوادث الحرجة المسجلة"),
        "seq": ("SEQ", "سؤال السهولة الواحد، 1 صعب جدًا ... 7 سهل جدًا؛ فارغ = لا إجابة أو رفض"),
        "exp_success": ("التجربة: النجاح", "تقييم التجربة: مدى تلبية احتياجات المشارك"),
        "exp_effort": ("التجربة: الجهد", "تقييم التجربة: مدى السهولة"),
        "exp_emotion": ("التجربة: الشعور", "تقييم التجربة: شعور المشارك (منزعج ... مسرور)"),
        "emotion_word": ("كلمة الشعور", "كلمة الشعور التي اختارها المشارك"),
        "note_text": ("نص الملاحظات", "الملاحظات والحوادث الحرجة المكتوبة أثناء المهمة"),
        "target_time_s": ("الزمن المستهدف (ث)", "الزمن المستهدف من نص الدراسة"),
        "time_limit_s": ("الحد الزمني (ث)", "الحد الزمني من نص الدراسة"),
        "attempts": ("المحاولات", "المحاولات: النتائج success وpartial وfail وabandoned "
                     "(skipped ليست محاولة)"),
        "successes": ("النجاحات", "المحاولات ذات النتيجة success"),
        "partials": ("النجاحات الجزئية", "المحاولات ذات النتيجة partial (لا تُحتسب نجاحًا)"),
        "skipped": ("المتخطاة", "المهام المتخطاة (لم تُحاوَل)"),
        "completion_rate": ("معدل الإنجاز", "النجاحات / المحاولات"),
        "completion_lo": ("المعدل: الحد الأدنى", "الحد الأدنى لفترة والد المعدّلة"),
        "completion_hi": ("المعدل: الحد الأعلى", "الحد الأعلى لفترة والد المعدّلة"),
        "time_success_n": ("زمن النجاحات: n", "المحاولات الناجحة ذات الزمن"),
        "time_success_geomean": ("زمن النجاحات: المتوسط الهندسي (ث)",
                                 "المتوسط الهندسي لزمن المحاولات الناجحة"),
        "time_success_lo": ("زمن النجاحات: الحد الأدنى", "الحد الأدنى (فترة t على لوغاريتم الأزمنة)"),
        "time_success_hi": ("زمن النجاحات: الحد الأعلى", "الحد الأعلى (فترة t على لوغاريتم الأزمنة)"),
        "time_success_median": ("زمن النجاحات: الوسيط", "وسيط زمن المحاولات الناجحة"),
        "time_success_median_lo": ("زمن النجاحات: الحد الأدنى لفترة الوسيط",
                                   "الحد الأدنى لفترة ثقة الوسيط (إحصاءات الرتب ذات الحدين)"),
        "time_success_median_hi": ("زمن النجاحات: الحد الأعلى لفترة الوسيط",
                                   "الحد الأعلى لفترة ثقة الوسيط (إحصاءات الرتب ذات الحدين)"),
        "time_success_headline": ("زمن النجاحات: القيمة الرئيسية",
                                  "القيمة الرئيسية: geomean (أقل من 25 زمنًا) أو median (25 فأكثر)"),
        "time_success_mean": ("زمن النجاحات: المتوسط", "المتوسط الحسابي لزمن المحاولات الناجحة"),
        "time_success_sd": ("زمن النجاحات: الانحراف المعياري", "الانحراف المعياري لأزمنة النجاح"),
        "time_all_n": ("زمن كل المحاولات: n", "المحاولات ذات الزمن"),
        "time_all_geomean": ("زمن كل المحاولات: المتوسط الهندسي (ث)",
                             "المتوسط الهندسي لزمن كل المحاولات"),
        "time_all_lo": ("زمن كل المحاولات: الحد الأدنى", "الحد الأدنى (فترة t على لوغاريتم الأزمنة)"),
        "time_all_hi": ("زمن كل المحاولات: الحد الأعلى", "الحد الأعلى (فترة t على لوغاريتم الأزمنة)"),
        "time_all_median": ("زمن كل المحاولات: الوسيط", "وسيط زمن كل المحاولات"),
        "time_all_mean": ("زمن كل المحاولات: المتوسط", "المتوسط الحسابي لزمن كل المحاولات"),
        "time_all_sd": ("زمن كل المحاولات: الانحراف المعياري", "الانحراف المعياري لكل الأزمنة"),
        "seq_n": ("SEQ: n", "إجابات SEQ"),
        "seq_mean": ("SEQ: المتوسط", "متوسط SEQ"),
        "seq_lo": ("SEQ: الحد الأدنى", "الحد الأدنى لفترة t الخاصة بـ SEQ"),
        "seq_hi": ("SEQ: الحد الأعلى", "الحد الأعلى لفترة t الخاصة بـ SEQ"),
        "exp_success_mean": ("النجاح: المتوسط", "متوسط تقييم التجربة: النجاح"),
        "exp_success_net": ("النجاح: الدرجة الصافية", "الدرجة الصافية: % من أجاب 6-7 ناقص % من أجاب 1-3"),
        "exp_effort_mean": ("الجهد: المتوسط", "متوسط تقييم التجربة: الجهد"),
        "exp_effort_net": ("الجهد: الدرجة الصافية", "الدرجة الصافية: % من أجاب 6-7 ناقص % من أجاب 1-3"),
        "exp_emotion_mean": ("الشعور: المتوسط", "متوسط تقييم التجربة: الشعور"),
        "exp_emotion_net": ("الشعور: الدرجة الصافية", "الدرجة الصافية: % من أجاب 6-7 ناقص % من أجاب 1-3"),
        "errors_mean": ("الأخطاء لكل محاولة", "متوسط الأخطاء لكل محاولة"),
        "assists_mean": ("المساعدات لكل محاولة", "متوسط المساعدات لكل محاولة"),
        "sus": ("SUS", "درجة مقياس قابلية استخدام النظام (Brooke 1996؛ يُقدَّر بند واحد مفقود)"),
        "sus_items": ("بنود SUS", "بنود SUS المجاب عنها"),
        "umux_lite": ("UMUX-Lite", "درجة UMUX-Lite ‏(i1 + i2 - 2) x 100/12"),
        "umux_sus_equiv": ("UMUX-Lite مكافئ SUS", "مكافئ SUS لـ UMUX-Lite ‏0.65 x الدرجة + 22.9 (تقدير)"),
        "nps": ("NPS", "احتمال التوصية"),
        "nps_category": ("فئة NPS", "promoter (9-10) / passive (7-8) / detractor (0-6)"),
        "csat": ("CSAT", "إجابة رضا العملاء"),
        "ces": ("CES", "إجابة درجة جهد العميل"),
        "questionnaire": ("الاستبيان", "معرّف الاستبيان"),
        "item": ("البند", "معرّف البند (sus1..sus10, umux1, umux2, nps, csat, ces, seq, ...)"),
        "value": ("القيمة", "الإجابة؛ فارغة عند الرفض"),
        "declined": ("رفض", "رفض المشارك الإجابة صراحةً"),
        "seq_no": ("الرقم التسلسلي", "الرقم التسلسلي للحدث في السجل"),
        "kind": ("النوع", "نوع الحدث (session_started, task_started, marker, rating, answer, "
                 "undo, edit, ...)"),
        "t_s": ("t (ث)", "الزمن على الخط الزمني للجلسة (مع التوقفات، دون فجوات الأعطال)"),
        "wall": ("الوقت", "وقت الحدث (UTC)"),
        "marker": ("العلامة", "نوع العلامة: error / assist / note / critical"),
        "text": ("النص", "النص الذي كتبه المشرف"),
        "target": ("الهدف", "الرقم التسلسلي للحدث الذي يشير إليه هذا الإلغاء / التعديل"),
        "undone": ("ملغاة", "أُلغيت هذه العلامة لاحقًا (محفوظة لسجل التدقيق)"),
        "metric": ("المقياس", "ما تجري مقارنته"),
        "value_a": ("القيمة a", "القيمة في المجموعة الأولى"),
        "value_b": ("القيمة b", "القيمة في المجموعة الثانية"),
        "n_a": ("n a", "الملاحظات في المجموعة الأولى"),
        "n_b": ("n b", "الملاحظات في المجموعة الثانية"),
        "test": ("الاختبار", "الاختبار الإحصائي"),
        "p": ("p", "القيمة الاحتمالية ثنائية الطرف للاختبار"),
        "reading": ("القراءة", "قراءة بلغة بسيطة"),
        "estimate": ("التقدير", "الفرق a − b (معدل الإنجاز: كنسبة؛ SUS وSEQ: بنقاط المقياس) أو "
                     "نسبة a / b للمتوسطين الهندسيين للأزمنة"),
        "ci_low": ("الحد الأدنى لفترة الثقة", "الحد الأدنى لفترة الثقة للتقدير"),
        "ci_high": ("الحد الأعلى لفترة الثقة", "الحد الأعلى لفترة الثقة للتقدير"),
        "effect_size": ("حجم الأثر", "g لهيدجز (فرق المتوسطين المعياري، مصحَّح للعينات الصغيرة)"),
        "statistic": ("إحصاءة الاختبار", "إحصاءة الاختبار (z أو t)"),
        "df": ("درجات الحرية", "درجات الحرية لإحصاءة t"),
        "benchmark": ("المعيار المرجعي", "القيمة المرجعية المختبرة (معدل الإنجاز كنسبة، الزمن "
                      "بالثواني، SUS وUMUX-Lite على مقياس SUS، وSEQ من 1 إلى 7، وNPS بالنقاط)"),
        "n": ("العدد", "عدد الملاحظات المختبرة"),
        "observed": ("القيمة المرصودة", "نتيجة الدراسة (معدل الإنجاز، المتوسط الهندسي للزمن، "
                     "المتوسط، NPS)"),
        "confidence_better": ("الثقة", "الثقة في أن القيمة الحقيقية تتجاوز المعيار (1 − p)"),
    },
    "fa": {
        "participant": ("شرکت‌کننده", "شناسهٔ شرکت‌کننده به همان شکلی که پژوهشگر وارد کرده است"),
        "group": ("گروه", "گروه شرکت‌کننده (طراحی / بخش) که با --by group مقایسه می‌شود"),
        "language": ("زبان", "زبان شرکت‌کننده (ISO 639-1)"),
        "excluded": ("کنارگذاشته", "از همهٔ اعداد کنار گذاشته شده (داده‌ها نگه داشته می‌شوند)"),
        "exclude_reason": ("دلیل کنارگذاشتن", "دلیل کنار گذاشتن شرکت‌کننده"),
        "session_id": ("جلسه", "شناسهٔ دفتر ثبت جلسه"),
        "status": ("وضعیت", "complete = جلسه پایان یافته؛ in_progress = قطع‌شده یا در جریان"),
        "started": ("شروع", "زمان شروع (UTC، ISO 8601)"),
        "ended": ("پایان", "زمان پایان (UTC، ISO 8601)"),
        "task": ("وظیفه", "شناسهٔ وظیفه در فیلمنامهٔ مطالعه"),
        "title": ("عنوان", "عنوان وظیفه"),
        "stage": ("مرحله", "مرحلهٔ سفر کاربر که وظیفه به آن تعلق دارد"),
        "position": ("ترتیب", "جایگاه وظیفه در ترتیب این شرکت‌کننده (۱ = نخست)"),
        "outcome": ("نتیجه", "success / partial / fail / abandoned / skipped"),
        "success": ("موفقیت", "نتیجه success است"),
        "time_s": ("زمان (ث)", "زمان خالص انجام وظیفه، بدون توقف‌ها"),
        "gross_s": ("زمان ناخالص (ث)", "زمان ناخالص: از شروع تا پایان، با توقف‌ها"),
        "paused_s": ("زمان توقف (ث)", "زمان توقف در طول وظیفه"),
        "pauses": ("توقف‌ها", "تعداد توقف‌ها"),
        "interrupted": ("قطع‌شده", "uxlab در طول وظیفه متوقف شد (خرابی / قطع برق) و جلسه از سر "
                        "گرفته شد؛ زمان ممکن است حداکثر ۳۰ ثانیه کمتر باشد (از آخرین نقطهٔ ذخیره)"),
        "errors": ("خطاها", "نشانگرهای خطای ثبت‌شده (نشانگرهای لغوشده شمرده نمی‌شوند)"),
        "assists": ("کمک‌ها", "نشانگرهای کمک ثبت‌شده"),
        "notes": ("یادداشت‌ها", "نشانگرهای یادداشت ثبت‌شده"),
        "critical": ("رخدادهای بحرانی", "نشانگرهای رخداد بحرانی ثبت‌شده"),
        "seq": ("SEQ", "پرسش تک‌سؤالی سهولت، ۱ بسیار دشوار ... ۷ بسیار آسان؛ خالی = بی‌پاسخ یا "
                "امتناع"),
        "exp_success": ("تجربه: موفقیت", "امتیاز تجربه: تا چه حد نیاز شرکت‌کننده را برآورد"),
        "exp_effort": ("تجربه: تلاش", "امتیاز تجربه: چقدر آسان بود"),
        "exp_emotion": ("تجربه: احساس", "امتیاز تجربه: احساس شرکت‌کننده (ناراحت ... خوشحال)"),
        "emotion_word": ("واژهٔ احساس", "واژهٔ احساسی که شرکت‌کننده برگزید"),
        "note_text": ("متن یادداشت‌ها", "یادداشت‌ها و رخدادهای بحرانی نوشته‌شده در طول وظیفه"),
        "target_time_s": ("زمان هدف (ث)", "زمان هدف از فیلمنامهٔ مطالعه"),
        "time_limit_s": ("سقف زمان (ث)", "سقف زمان از فیلمنامهٔ مطالعه"),
        "attempts": ("تلاش‌ها", "تلاش‌ها: نتیجه‌های success، partial، fail، abandoned "
                     "(skipped تلاش نیست)"),
        "successes": ("موفقیت‌ها", "تلاش‌های با نتیجهٔ success"),
        "partials": ("موفقیت‌های جزئی", "تلاش‌های با نتیجهٔ partial (موفقیت شمرده نمی‌شود)"),
        "skipped": ("ردشده", "وظیفه‌های ردشده (تلاش‌نشده)"),
        "completion_rate": ("نرخ تکمیل", "موفقیت‌ها / تلاش‌ها"),
        "completion_lo": ("نرخ: کران پایین", "کران پایین بازهٔ والد تعدیل‌شده"),
        "completion_hi": ("نرخ: کران بالا", "کران بالای بازهٔ والد تعدیل‌شده"),
        "time_success_n": ("زمان موفق: n", "تلاش‌های موفق دارای زمان"),
        "time_success_geomean": ("زمان موفق: میانگین هندسی (ث)",
                                 "میانگین هندسی زمان تلاش‌های موفق"),
        "time_success_lo": ("زمان موفق: کران پایین", "کران پایین (بازهٔ t روی لگاریتم زمان‌ها)"),
        "time_success_hi": ("زمان موفق: کران بالا", "کران بالا (بازهٔ t روی لگاریتم زمان‌ها)"),
        "time_success_median": ("زمان موفق: میانه", "میانهٔ زمان تلاش‌های موفق"),
        "time_success_median_lo": ("زمان موفق: کران پایین میانه",
                                   "کران پایین بازهٔ میانه (آماره‌های ترتیبی دوجمله‌ای)"),
        "time_success_median_hi": ("زمان موفق: کران بالای میانه",
                                   "کران بالای بازهٔ میانه (آماره‌های ترتیبی دوجمله‌ای)"),
        "time_success_headline": ("زمان موفق: مقدار اصلی",
                                  "مقدار اصلی: geomean (کمتر از ۲۵ زمان) یا median (۲۵ یا بیشتر)"),
        "time_success_mean": ("زمان موفق: میانگین", "میانگین حسابی زمان تلاش‌های موفق"),
        "time_success_sd": ("زمان موفق: انحراف معیار", "انحراف معیار زمان‌های موفق"),
        "time_all_n": ("زمان همه: n", "تلاش‌های دارای زمان"),
        "time_all_geomean": ("زمان همه: میانگین هندسی (ث)", "میانگین هندسی زمان همهٔ تلاش‌ها"),
        "time_all_lo": ("زمان همه: کران پایین", "کران پایین (بازهٔ t روی لگاریتم زمان‌ها)"),
        "time_all_hi": ("زمان همه: کران بالا", "کران بالا (بازهٔ t روی لگاریتم زمان‌ها)"),
        "time_all_median": ("زمان همه: میانه", "میانهٔ زمان همهٔ تلاش‌ها"),
        "time_all_mean": ("زمان همه: میانگین", "میانگین حسابی زمان همهٔ تلاش‌ها"),
        "time_all_sd": ("زمان همه: انحراف معیار", "انحراف معیار همهٔ زمان‌ها"),
        "seq_n": ("SEQ: n", "پاسخ‌های SEQ"),
        "seq_mean": ("SEQ: میانگین", "میانگین SEQ"),
        "seq_lo": ("SEQ: کران پایین", "کران پایین بازهٔ t برای SEQ"),
        "seq_hi": ("SEQ: کران بالا", "کران بالای بازهٔ t برای SEQ"),
        "exp_success_mean": ("موفقیت: میانگین", "میانگین امتیاز تجربه: موفقیت"),
        "exp_success_net": ("موفقیت: امتیاز خالص", "امتیاز خالص: ٪ پاسخ ۶-۷ منهای ٪ پاسخ ۱-۳"),
        "exp_effort_mean": ("تلاش: میانگین", "میانگین امتیاز تجربه: تلاش"),
        "exp_effort_net": ("تلاش: امتیاز خالص", "امتیاز خالص: ٪ پاسخ ۶-۷ منهای ٪ پاسخ ۱-۳"),
        "exp_emotion_mean": ("احساس: میانگین", "میانگین امتیاز تجربه: احساس"),
        "exp_emotion_net": ("احساس: امتیاز خالص", "امتیاز خالص: ٪ پاسخ ۶-۷ منهای ٪ پاسخ ۱-۳"),
        "errors_mean": ("خطا در هر تلاش", "میانگین خطا در هر تلاش"),
        "assists_mean": ("کمک در هر تلاش", "میانگین کمک در هر تلاش"),
        "sus": ("SUS", "امتیاز مقیاس کاربردپذیری سیستم (Brooke 1996؛ یک گویهٔ گمشده برآورد "
                "می‌شود)"),
        "sus_items": ("گویه‌های SUS", "گویه‌های پاسخ‌داده‌شدهٔ SUS"),
        "umux_lite": ("UMUX-Lite", "امتیاز UMUX-Lite ‏(i1 + i2 - 2) x 100/12"),
        "umux_sus_equiv": ("UMUX-Lite معادل SUS", "معادل SUS برای UMUX-Lite ‏0.65 x امتیاز + 22.9 "
                           "(یک برآورد)"),
        "nps": ("NPS", "احتمال توصیه"),
        "nps_category": ("دستهٔ NPS", "promoter (9-10) / passive (7-8) / detractor (0-6)"),
        "csat": ("CSAT", "پاسخ رضایت مشتری"),
        "ces": ("CES", "پاسخ امتیاز تلاش مشتری"),
        "questionnaire": ("پرسشنامه", "شناسهٔ پرسشنامه"),
        "item": ("گویه", "شناسهٔ گویه (sus1..sus10, umux1, umux2, nps, csat, ces, seq, ...)"),
        "value": ("مقدار", "پاسخ؛ در صورت امتناع خالی"),
        "declined": ("امتناع", "شرکت‌کننده آشکارا از پاسخ دادن امتناع کرد"),
        "seq_no": ("شمارهٔ ترتیب", "شمارهٔ ترتیب رویداد در دفتر ثبت"),
        "kind": ("نوع", "نوع رویداد (session_started, task_started, marker, rating, answer, "
                 "undo, edit, ...)"),
        "t_s": ("t (ث)", "زمان روی خط زمانی جلسه (با توقف‌ها، بدون فاصله‌های خرابی)"),
        "wall": ("ساعت", "زمان رویداد (UTC)"),
        "marker": ("نشانگر", "نوع نشانگر: error / assist / note / critical"),
        "text": ("متن", "متنی که میانجی نوشته است"),
        "target": ("هدف", "شمارهٔ ترتیب رویدادی که این لغو / ویرایش به آن اشاره دارد"),
        "undone": ("لغوشده", "این نشانگر بعدا لغو شد (برای ردگیری نگه داشته می‌شود)"),
        "metric": ("سنجه", "آنچه مقایسه می‌شود"),
        "value_a": ("مقدار a", "مقدار در گروه نخست"),
        "value_b": ("مقدار b", "مقدار در گروه دوم"),
        "n_a": ("n a", "مشاهده‌ها در گروه نخست"),
        "n_b": ("n b", "مشاهده‌ها در گروه دوم"),
        "test": ("آزمون", "آزمون آماری"),
        "p": ("p", "مقدار p دوطرفهٔ آزمون"),
        "reading": ("خوانش", "خوانش به زبان ساده"),
        "estimate": ("برآورد", "تفاضل a − b (نرخ تکمیل: به نسبت؛ SUS و SEQ: به واحد مقیاس) یا "
                     "نسبت a / b میانگین‌های هندسی زمان"),
        "ci_low": ("کران پایین بازه", "کران پایین بازهٔ اطمینان برآورد"),
        "ci_high": ("کران بالای بازه", "کران بالای بازهٔ اطمینان برآورد"),
        "effect_size": ("اندازهٔ اثر", "g هجز (تفاضل استانداردشدهٔ میانگین‌ها، با تصحیح نمونهٔ کوچک)"),
        "statistic": ("آمارهٔ آزمون", "آمارهٔ آزمون (z یا t)"),
        "df": ("درجهٔ آزادی", "درجهٔ آزادی آمارهٔ t"),
        "benchmark": ("معیار مرجع", "مقدار مرجع آزمون‌شده (نرخ تکمیل به نسبت، زمان به ثانیه، "
                      "SUS و UMUX-Lite در مقیاس SUS، SEQ از ۱ تا ۷، NPS به امتیاز)"),
        "n": ("تعداد", "تعداد مشاهده‌های آزمون‌شده"),
        "observed": ("مقدار مشاهده‌شده", "نتیجهٔ مطالعه (نرخ تکمیل، میانگین هندسی زمان، "
                     "میانگین، NPS)"),
        "confidence_better": ("اطمینان", "اطمینان از اینکه مقدار واقعی از معیار بهتر است (1 − p)"),
    },
    "ru": {
        "participant": ("Участник", "Идентификатор участника, введённый исследователем"),
        "group": ("Группа", "Группа участника (вариант дизайна / сегмент), сравнение через --by group"),
        "language": ("Язык", "Язык участника (ISO 639-1)"),
        "excluded": ("Исключён", "Не входит ни в один показатель (данные сохранены)"),
        "exclude_reason": ("Причина исключения", "Почему участник исключён"),
        "session_id": ("Сессия", "Идентификатор журнала сессии"),
        "status": ("Статус", "complete = сессия завершена; in_progress = прервана или идёт"),
        "started": ("Начало", "Время начала (UTC, ISO 8601)"),
        "ended": ("Конец", "Время окончания (UTC, ISO 8601)"),
        "task": ("Задание", "Идентификатор задания в сценарии исследования"),
        "title": ("Название", "Название задания"),
        "stage": ("Этап", "Этап пути пользователя, к которому относится задание"),
        "position": ("Позиция", "Место задания в порядке этого участника (1 = первое)"),
        "outcome": ("Исход", "success / partial / fail / abandoned / skipped"),
        "success": ("Успех", "исход — success"),
        "time_s": ("Время (с)", "Чистое время на задание, без пауз"),
        "gross_s": ("Полное время (с)", "Полное время: от начала до конца, с паузами"),
        "paused_s": ("Время пауз (с)", "Время на паузе во время задания"),
        "pauses": ("Паузы", "Число пауз"),
        "interrupted": ("Прервано", "uxlab остановился (сбой / отключение питания) во время "
                        "задания, и сессия была возобновлена; время может быть короче не более "
                        "чем на 30 с (с последней контрольной точки)"),
        "errors": ("Ошибки", "Отмеченные ошибки (отменённые отметки не считаются)"),
        "assists": ("Подсказки", "Отмеченные подсказки"),
        "notes": ("Заметки", "Отмеченные заметки"),
        "critical": ("Критические инциденты", "Отмеченные критические инциденты"),
        "seq": ("SEQ", "Single Ease Question, 1 очень трудно ... 7 очень легко; пусто = нет "
                "ответа или отказ"),
        "exp_success": ("Опыт: успех", "Оценка опыта: насколько удалось решить задачу участника"),
        "exp_effort": ("Опыт: усилие", "Оценка опыта: насколько было легко"),
        "exp_emotion": ("Опыт: эмоция", "Оценка опыта: что чувствовал участник (расстроен ... в "
                        "восторге)"),
        "emotion_word": ("Слово-эмоция", "Слово-эмоция, выбранное участником"),
        "note_text": ("Текст заметок", "Заметки и критические инциденты, введённые во время задания"),
        "target_time_s": ("Целевое время (с)", "Целевое время из сценария исследования"),
        "time_limit_s": ("Лимит времени (с)", "Лимит времени из сценария исследования"),
        "attempts": ("Попытки", "Попытки: исходы success, partial, fail, abandoned (skipped — "
                     "не попытка)"),
        "successes": ("Успехи", "Попытки с исходом success"),
        "partials": ("Частичные", "Попытки с исходом partial (не считаются успехом)"),
        "skipped": ("Пропущено", "Пропущенные задания (без попытки)"),
        "completion_rate": ("Доля успеха", "успехи / попытки"),
        "completion_lo": ("Доля: нижняя граница", "Нижняя граница скорректированного интервала Вальда"),
        "completion_hi": ("Доля: верхняя граница", "Верхняя граница скорректированного интервала Вальда"),
        "time_success_n": ("Время успехов: n", "Успешные попытки со временем"),
        "time_success_geomean": ("Время успехов: геом. среднее (с)",
                                 "Среднее геометрическое времени успешных попыток"),
        "time_success_lo": ("Время успехов: нижняя граница", "Нижняя граница (t-интервал по логарифмам времени)"),
        "time_success_hi": ("Время успехов: верхняя граница", "Верхняя граница (t-интервал по логарифмам времени)"),
        "time_success_median": ("Время успехов: медиана", "Медиана времени успешных попыток"),
        "time_success_median_lo": ("Время успехов: медиана, нижняя граница",
                                   "Нижняя граница интервала медианы (порядковые статистики, биномиальный метод)"),
        "time_success_median_hi": ("Время успехов: медиана, верхняя граница",
                                   "Верхняя граница интервала медианы (порядковые статистики, биномиальный метод)"),
        "time_success_headline": ("Время успехов: основной показатель",
                                  "Основной показатель: geomean (меньше 25 значений) или median (25 и больше)"),
        "time_success_mean": ("Время успехов: среднее", "Среднее арифметическое времени успешных попыток"),
        "time_success_sd": ("Время успехов: ст. откл.", "Стандартное отклонение времени успешных попыток"),
        "time_all_n": ("Время всех: n", "Попытки со временем"),
        "time_all_geomean": ("Время всех: геом. среднее (с)",
                             "Среднее геометрическое времени всех попыток"),
        "time_all_lo": ("Время всех: нижняя граница", "Нижняя граница (t-интервал по логарифмам времени)"),
        "time_all_hi": ("Время всех: верхняя граница", "Верхняя граница (t-интервал по логарифмам времени)"),
        "time_all_median": ("Время всех: медиана", "Медиана времени всех попыток"),
        "time_all_mean": ("Время всех: среднее", "Среднее арифметическое времени всех попыток"),
        "time_all_sd": ("Время всех: ст. откл.", "Стандартное отклонение времени всех попыток"),
        "seq_n": ("SEQ: n", "Ответы SEQ"),
        "seq_mean": ("SEQ: среднее", "Средний SEQ"),
        "seq_lo": ("SEQ: нижняя граница", "Нижняя граница t-интервала SEQ"),
        "seq_hi": ("SEQ: верхняя граница", "Верхняя граница t-интервала SEQ"),
        "exp_success_mean": ("Успех: среднее", "Средняя оценка опыта: успех"),
        "exp_success_net": ("Успех: чистый балл", "Чистый балл: % ответов 6-7 минус % ответов 1-3"),
        "exp_effort_mean": ("Усилие: среднее", "Средняя оценка опыта: усилие"),
        "exp_effort_net": ("Усилие: чистый балл", "Чистый балл: % ответов 6-7 минус % ответов 1-3"),
        "exp_emotion_mean": ("Эмоция: среднее", "Средняя оценка опыта: эмоция"),
        "exp_emotion_net": ("Эмоция: чистый балл", "Чистый балл: % ответов 6-7 минус % ответов 1-3"),
        "errors_mean": ("Ошибок на попытку", "Среднее число ошибок на попытку"),
        "assists_mean": ("Подсказок на попытку", "Среднее число подсказок на попытку"),
        "sus": ("SUS", "Балл System Usability Scale (Brooke 1996; один пропущенный пункт "
                "восполняется пропорционально)"),
        "sus_items": ("Пункты SUS", "Отвеченные пункты SUS"),
        "umux_lite": ("UMUX-Lite", "Балл UMUX-Lite (i1 + i2 - 2) x 100/12"),
        "umux_sus_equiv": ("UMUX-Lite в шкале SUS", "Эквивалент SUS для UMUX-Lite 0,65 x балл + 22,9 "
                           "(оценка)"),
        "nps": ("NPS", "Готовность рекомендовать"),
        "nps_category": ("Категория NPS", "promoter (9-10) / passive (7-8) / detractor (0-6)"),
        "csat": ("CSAT", "Ответ об удовлетворённости клиента"),
        "ces": ("CES", "Ответ об усилиях клиента"),
        "questionnaire": ("Опросник", "Идентификатор опросника"),
        "item": ("Пункт", "Идентификатор пункта (sus1..sus10, umux1, umux2, nps, csat, ces, seq, ...)"),
        "value": ("Значение", "Ответ; пусто при отказе"),
        "declined": ("Отказ", "Участник явно отказался отвечать"),
        "seq_no": ("№ события", "Порядковый номер события в журнале"),
        "kind": ("Тип", "Тип события (session_started, task_started, marker, rating, answer, "
                 "undo, edit, ...)"),
        "t_s": ("t (с)", "Время на шкале сессии (с паузами, без разрывов после сбоев)"),
        "wall": ("Время события", "Время события (UTC)"),
        "marker": ("Отметка", "Тип отметки: error / assist / note / critical"),
        "text": ("Текст", "Текст, введённый модератором"),
        "target": ("Цель", "Порядковый номер события, к которому относится эта отмена / правка"),
        "undone": ("Отменено", "Эта отметка позже отменена (сохранена для аудита)"),
        "metric": ("Показатель", "Что сравнивается"),
        "value_a": ("Значение a", "Значение в первой группе"),
        "value_b": ("Значение b", "Значение во второй группе"),
        "n_a": ("n a", "Наблюдения в первой группе"),
        "n_b": ("n b", "Наблюдения во второй группе"),
        "test": ("Критерий", "Статистический критерий"),
        "p": ("p", "Двустороннее p-значение критерия"),
        "reading": ("Вывод", "Вывод простыми словами"),
        "estimate": ("Оценка", "Разность a − b (доля выполнения: в долях; SUS, SEQ: в баллах "
                     "шкалы) или отношение a / b средних геометрических времени"),
        "ci_low": ("Нижняя граница ДИ", "Нижняя граница доверительного интервала оценки"),
        "ci_high": ("Верхняя граница ДИ", "Верхняя граница доверительного интервала оценки"),
        "effect_size": ("Размер эффекта", "g Хеджеса (стандартизованная разность средних с "
                        "поправкой на малую выборку)"),
        "statistic": ("Статистика", "Статистика критерия (z или t)"),
        "df": ("Степени свободы", "Степени свободы статистики t"),
        "benchmark": ("Ориентир", "Проверяемое значение ориентира (доля выполнения в долях, время "
                      "в секундах, SUS / UMUX-Lite по шкале SUS, SEQ 1–7, NPS в пунктах)"),
        "n": ("Число", "Число проверяемых наблюдений"),
        "observed": ("Наблюдаемое", "Результат исследования (доля выполнения, среднее "
                     "геометрическое времени, среднее, NPS)"),
        "confidence_better": ("Уверенность", "Уверенность, что истинное значение лучше "
                              "ориентира (1 − p)"),
    },
}

_UNITS: dict[str, dict[str, str]] = {
    "fr": {"text": "texte", "TRUE/FALSE": "VRAI/FAUX", "time": "horodatage", "count": "nombre",
           "seconds": "secondes", "fraction (shown as %)": "fraction (affichée en %)",
           "points": "points", "number": "nombre", "probability": "probabilité"},
    "ar": {"text": "نص", "TRUE/FALSE": "TRUE/FALSE (صواب/خطأ)", "time": "وقت", "count": "عدد",
           "seconds": "ثوانٍ", "fraction (shown as %)": "كسر (يُعرض كنسبة %)", "points": "نقاط",
           "number": "رقم", "probability": "احتمال"},
    "fa": {"text": "متن", "TRUE/FALSE": "TRUE/FALSE (درست/نادرست)", "time": "زمان",
           "count": "تعداد", "seconds": "ثانیه", "fraction (shown as %)": "کسر (به‌صورت ٪)",
           "points": "امتیاز", "number": "عدد", "probability": "احتمال"},
    "ru": {"text": "текст", "TRUE/FALSE": "ИСТИНА/ЛОЖЬ", "time": "время", "count": "число",
           "seconds": "секунды", "fraction (shown as %)": "доля (в %)", "points": "пункты",
           "number": "число", "probability": "вероятность"},
}


def column_key(sheet_key: str, column: str) -> str:
    """The codebook key of a column: the Events sheet's ``seq`` is the journal sequence number."""
    return "seq_no" if sheet_key == "events" and column == "seq" else column


def column_header(column: str, language: str, sheet_key: str = "") -> str:
    """The human header of a machine column; study attributes keep their own name."""
    return catalog.translated(column_key(sheet_key, column), language, catalog.HEADER) or column


def column_meaning(column: str, language: str, english: str) -> str:
    """The meaning of a machine column in ``language``; ``english`` when it has none."""
    source = _ENGLISH_COLUMNS[column][0] if column in _ENGLISH_COLUMNS else english
    return catalog.translated(source, language, catalog.MEANING + column) or english


def unit(text: str, language: str) -> str:
    return catalog.text(text, language, catalog.UNIT)


def seconds_symbol(language: str) -> str:
    """The short symbol for seconds after a number: s, ث, с."""
    return catalog.text("s", language, catalog.UNIT_SYMBOL)


# ============================================================================ other texts
# English source text -> translation. Used by the workbook (summary, comparison, codebook) and
# the HTML report.
_TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        # summary sheet
        "value": "valeur", "What the row reports": "Ce que la ligne rapporte",
        "The number or text reported": "Le nombre ou le texte rapporté",
        "Method, source or detail": "Méthode, source ou détail",
        "The row's English item name, the same in every language (for scripts)":
            "Nom anglais de l'élément, identique dans toutes les langues (pour les scripts)",
        "Participant attribute from the study": "Attribut du participant défini dans l'étude",
        "Study": "Étude", "Source": "Source", "Exported": "Exporté le",
        "Confidence level": "Niveau de confiance",
        "for every interval in this workbook": "pour chaque intervalle de ce classeur",
        "Participants analysed": "Participants analysés",
        "Participants excluded": "Participants exclus", "Tasks": "Tâches",
        "SUS n": "SUS n", "SUS mean": "SUS moyenne", "SEQ mean": "SEQ moyenne", "Difference": "Différence", "time per participant, all tasks (geometric mean, s)": "temps par participant, toutes les tâches (moyenne géométrique, s)",
        "exact binomial test, one-sided (mid-p)": "test binomial exact, unilatéral (mid-p)", "one-sample t-test, one-sided": "test t à un échantillon, unilatéral", "one-sample t-test on log times, one-sided": "test t à un échantillon sur le logarithme des temps, unilatéral", "one-sample z-test (adjusted-Wald SE), one-sided": "test z à un échantillon (erreur type de Wald ajusté), unilatéral", "Benchmarks": "Références", "Benchmark": "Référence", "Observed": "Observé", "Confidence it beats the benchmark": "Confiance de dépasser la référence", "SUS CI low": "SUS IC borne basse",
        "SUS CI high": "SUS IC borne haute", "SUS grade": "SUS note",
        "SUS percentile": "SUS centile", "SUS adjective": "SUS adjectif",
        "UMUX-Lite n": "UMUX-Lite n", "UMUX-Lite mean": "UMUX-Lite moyenne",
        "UMUX-Lite CI low": "UMUX-Lite IC borne basse",
        "UMUX-Lite CI high": "UMUX-Lite IC borne haute",
        "UMUX-Lite SUS-equivalent": "UMUX-Lite équivalent SUS", "NPS n": "NPS n",
        "NPS CI low": "NPS IC borne basse", "NPS CI high": "NPS IC borne haute",
        "Promoters": "Promoteurs", "Passives": "Passifs", "Detractors": "Détracteurs",
        "Warning": "Avertissement", "t interval": "intervalle t",
        "Brooke (1996) scoring": "calcul de Brooke (1996)",
        "Sauro-Lewis curved grading scale": "échelle de notes de Sauro-Lewis",
        "0.65 x mean + 22.9 (estimate)": "0,65 x moyenne + 22,9 (estimation)",
        "% promoters - % detractors (points)": "% promoteurs - % détracteurs (points)",
        "item": "élément", "note": "note", "key": "clé",
        # codebook
        "kind": "type", "sheet": "feuille", "column": "colonne", "header": "en-tête",
        "meaning": "signification", "unit / missing data": "unité / données manquantes",
        "source": "source",
        "layout": "disposition",
        # comparison
        "completion rate": "taux de réussite",
        "time on task, successes (geometric mean, s)":
            "temps sur la tâche, réussites (moyenne géométrique, s)",
        # adjectives
        "Worst imaginable": "Le pire imaginable", "Awful": "Affreux", "Poor": "Médiocre",
        "OK": "Passable", "Good": "Bon", "Excellent": "Excellent",
        "Best imaginable": "Le meilleur imaginable",
        # tests
        "N-1 two-proportion test": "test N-1 de deux proportions",
        "Fisher exact test": "test exact de Fisher", "Welch t-test": "test t de Welch",
        "Welch t-test on log times": "test t de Welch sur le log des temps",
        # report
        "Usability test report": "Rapport de test d'utilisabilité",
        "Report date": "Date du rapport", "Sessions": "Sessions",
        "Participants": "Participants", "included": "inclus", "excluded": "exclus",
        "no reason given": "aucun motif indiqué",
        "Summary": "Synthèse", "Tasks and effectiveness": "Tâches",
        "Group comparison": "Comparaison des groupes", "Charts": "Graphiques",
        "Methods": "Méthodes", "Data quality warnings": "Avertissements sur les données",
        "confidence intervals": "intervalles de confiance",
        "Measure": "Mesure", "Value": "Valeur", "Interval": "Intervalle", "Details": "Détails",
        "grade": "note", "percentile": "centile", "adjective": "adjectif",
        "SUS-equivalent": "équivalent SUS", "score": "score", "mean": "moyenne",
        "top-2-box": "top-2-box", "agree": "d'accord",
        "Task": "Tâche", "Attempts": "Essais", "Completion": "Réussite",
        "Time, successes": "Temps, réussites", "Time, all attempts": "Temps, tous les essais",
        "geometric mean, s": "moyenne géométrique, s", "median, s": "médiane, s", "geometric mean (fewer than 25 times) or median (25 or more), s": "moyenne géométrique (moins de 25 temps) ou médiane (25 ou plus), s", "Errors per attempt": "Erreurs par essai",
        "Assists per attempt": "Aides par essai", "Experience net scores":
            "Scores nets d'expérience",
        "success": "réussite", "effort": "effort", "emotion": "émotion",
        "target": "cible", "Metric": "Mesure", "Test": "Test", "Reading": "Lecture",
        "completion": "réussite", "time on task": "temps sur la tâche",
        "Completion rate by task": "Taux de réussite par tâche",
        "Time on task (geometric mean of successful attempts)":
            "Temps sur la tâche (moyenne géométrique des essais réussis)",
        "SUS mean over the grade bands": "Moyenne SUS sur les tranches de notes",
        "error bars": "barres d'erreur", "seconds": "secondes",
        "Formula": "Formule", "Source / reference": "Source / référence",
        "Missing data": "Données manquantes",
        "Formulas and references are given in English, as published.":
            "Les formules et les références sont données en anglais, telles que publiées.",
        "Per-group summary": "Synthèse par groupe", "Group": "Groupe",
        "not enough data": "pas assez de données",
        "Generated by": "Produit par",
        "promoters": "promoteurs", "passives": "passifs", "detractors": "détracteurs",
        "CSAT": "CSAT", "CES": "CES",
        "every interval": "chaque intervalle",
        "Groups": "Groupes",
        # method names
        "Attempts ": "Essais", "Completion rate": "Taux de réussite",
        "Completion rate confidence interval": "Intervalle de confiance du taux de réussite",
        "Time on task (successful attempts / all attempts)":
            "Temps sur la tâche (essais réussis / tous les essais)",
        "SEQ and other rating scales": "SEQ et autres échelles de notation",
        "Experience net score (success, effort, emotion)":
            "Score net d'expérience (réussite, effort, émotion)",
        "SUS": "SUS", "SUS grade ": "Note SUS", "SUS percentile ": "Centile SUS",
        "SUS adjective ": "Adjectif SUS", "UMUX-Lite": "UMUX-Lite", "NPS": "NPS",
        "Comparing completion rates": "Comparaison des taux de réussite",
        "Comparing times, ratings and SUS": "Comparaison des temps, des notes et du SUS",
        "Problem discovery (planning)": "Découverte des problèmes (planification)",
    },
    "ar": {
        "value": "القيمة", "What the row reports": "ما يعرضه الصف",
        "The number or text reported": "الرقم أو النص المعروض",
        "Method, source or detail": "الطريقة أو المصدر أو التفصيل",
        "The row's English item name, the same in every language (for scripts)":
            "اسم البند بالإنجليزية، وهو نفسه في كل اللغات (للبرامج النصية)",
        "Participant attribute from the study": "سمة المشارك المعرّفة في الدراسة",
        "Study": "الدراسة", "Source": "المصدر", "Exported": "تاريخ التصدير",
        "Confidence level": "مستوى الثقة",
        "for every interval in this workbook": "لكل فترة في هذا المصنف",
        "Participants analysed": "المشاركون المحللون", "Participants excluded": "المشاركون المستبعدون",
        "Tasks": "المهام", "SUS n": "SUS n", "SUS mean": "متوسط SUS", "SEQ mean": "متوسط SEQ", "Difference": "الفرق", "time per participant, all tasks (geometric mean, s)": "الزمن لكل مشارك، جميع المهام (المتوسط الهندسي، ث)",
        "exact binomial test, one-sided (mid-p)": "اختبار ذي الحدين الدقيق، أحادي الجانب (mid-p)", "one-sample t-test, one-sided": "اختبار t لعينة واحدة، أحادي الجانب", "one-sample t-test on log times, one-sided": "اختبار t لعينة واحدة على لوغاريتم الأزمنة، أحادي الجانب", "one-sample z-test (adjusted-Wald SE), one-sided": "اختبار z لعينة واحدة (الخطأ المعياري لوالد المعدّل)، أحادي الجانب", "Benchmarks": "المعايير المرجعية", "Benchmark": "المعيار المرجعي", "Observed": "القيمة المرصودة", "Confidence it beats the benchmark": "الثقة في تجاوز المعيار",
        "SUS CI low": "SUS الحد الأدنى للفترة", "SUS CI high": "SUS الحد الأعلى للفترة",
        "SUS grade": "درجة SUS", "SUS percentile": "مئين SUS", "SUS adjective": "وصف SUS",
        "UMUX-Lite n": "UMUX-Lite n", "UMUX-Lite mean": "متوسط UMUX-Lite",
        "UMUX-Lite CI low": "UMUX-Lite الحد الأدنى للفترة",
        "UMUX-Lite CI high": "UMUX-Lite الحد الأعلى للفترة",
        "UMUX-Lite SUS-equivalent": "UMUX-Lite مكافئ SUS", "NPS n": "NPS n",
        "NPS CI low": "NPS الحد الأدنى للفترة", "NPS CI high": "NPS الحد الأعلى للفترة",
        "Promoters": "المروّجون", "Passives": "المحايدون", "Detractors": "المنتقدون",
        "Warning": "تحذير", "t interval": "فترة t",
        "Brooke (1996) scoring": "حساب Brooke ‏(1996)",
        "Sauro-Lewis curved grading scale": "سلم درجات Sauro-Lewis",
        "0.65 x mean + 22.9 (estimate)": "0.65 x المتوسط + 22.9 (تقدير)",
        "% promoters - % detractors (points)": "% المروّجين - % المنتقدين (نقاط)",
        "item": "البند", "note": "ملاحظة", "key": "المفتاح",
        "kind": "النوع", "sheet": "الورقة", "column": "العمود", "header": "العنوان",
        "meaning": "المعنى", "unit / missing data": "الوحدة / البيانات المفقودة",
        "source": "المصدر", "layout": "التخطيط",
        "completion rate": "معدل الإنجاز",
        "time on task, successes (geometric mean, s)":
            "زمن المهمة، النجاحات (المتوسط الهندسي، ث)",
        "Worst imaginable": "الأسوأ على الإطلاق", "Awful": "فظيع", "Poor": "ضعيف",
        "OK": "مقبول", "Good": "جيد", "Excellent": "ممتاز", "Best imaginable": "الأفضل على الإطلاق",
        "N-1 two-proportion test": "اختبار N-1 لنسبتين", "Fisher exact test": "اختبار فيشر الدقيق",
        "Welch t-test": "اختبار t لـ Welch",
        "Welch t-test on log times": "اختبار t لـ Welch على لوغاريتم الأزمنة",
        "Usability test report": "تقرير اختبار قابلية الاستخدام",
        "Report date": "تاريخ التقرير", "Sessions": "الجلسات",
        "Participants": "المشاركون", "included": "مشمولون", "excluded": "مستبعدون",
        "no reason given": "لم يُذكر سبب",
        "Summary": "الملخص", "Tasks and effectiveness": "المهام",
        "Group comparison": "مقارنة المجموعات", "Charts": "الرسوم البيانية",
        "Methods": "المنهجية", "Data quality warnings": "تحذيرات جودة البيانات",
        "confidence intervals": "فترات الثقة",
        "Measure": "المقياس", "Value": "القيمة", "Interval": "الفترة", "Details": "التفاصيل",
        "grade": "الدرجة", "percentile": "المئين", "adjective": "الوصف",
        "SUS-equivalent": "مكافئ SUS", "score": "الدرجة", "mean": "المتوسط",
        "top-2-box": "أعلى خيارين", "agree": "موافقون",
        "Task": "المهمة", "Attempts": "المحاولات", "Completion": "الإنجاز",
        "Time, successes": "الزمن، النجاحات", "Time, all attempts": "الزمن، كل المحاولات",
        "geometric mean, s": "المتوسط الهندسي، ث", "median, s": "الوسيط، ث", "geometric mean (fewer than 25 times) or median (25 or more), s": "المتوسط الهندسي (أقل من 25 زمنًا) أو الوسيط (25 فأكثر)، ث", "Errors per attempt": "الأخطاء لكل محاولة",
        "Assists per attempt": "المساعدات لكل محاولة",
        "Experience net scores": "الدرجات الصافية للتجربة",
        "success": "النجاح", "effort": "الجهد", "emotion": "الشعور",
        "target": "الهدف", "Metric": "المقياس", "Test": "الاختبار", "Reading": "القراءة",
        "completion": "الإنجاز", "time on task": "زمن المهمة",
        "Completion rate by task": "معدل الإنجاز لكل مهمة",
        "Time on task (geometric mean of successful attempts)":
            "زمن المهمة (المتوسط الهندسي للمحاولات الناجحة)",
        "SUS mean over the grade bands": "متوسط SUS على نطاقات الدرجات",
        "error bars": "أشرطة الخطأ", "seconds": "ثوانٍ",
        "Formula": "الصيغة", "Source / reference": "المصدر / المرجع",
        "Missing data": "البيانات المفقودة",
        "Formulas and references are given in English, as published.":
            "الصيغ والمراجع مكتوبة بالإنجليزية كما نُشرت.",
        "Per-group summary": "ملخص لكل مجموعة", "Group": "المجموعة",
        "not enough data": "بيانات غير كافية", "Generated by": "أُنشئ بواسطة",
        "promoters": "مروّجون", "passives": "محايدون", "detractors": "منتقدون",
        "every interval": "كل فترة", "Groups": "المجموعات",
        "Attempts ": "المحاولات", "Completion rate": "معدل الإنجاز",
        "Completion rate confidence interval": "فترة الثقة لمعدل الإنجاز",
        "Time on task (successful attempts / all attempts)":
            "زمن المهمة (المحاولات الناجحة / كل المحاولات)",
        "SEQ and other rating scales": "SEQ ومقاييس التقييم الأخرى",
        "Experience net score (success, effort, emotion)":
            "الدرجة الصافية للتجربة (النجاح، الجهد، الشعور)",
        "SUS grade ": "درجة SUS", "SUS percentile ": "مئين SUS", "SUS adjective ": "وصف SUS",
        "Comparing completion rates": "مقارنة معدلات الإنجاز",
        "Comparing times, ratings and SUS": "مقارنة الأزمنة والتقييمات وSUS",
        "Problem discovery (planning)": "اكتشاف المشكلات (التخطيط)",
    },
    "fa": {
        "value": "مقدار", "What the row reports": "آنچه ردیف گزارش می‌کند",
        "The number or text reported": "عدد یا متن گزارش‌شده",
        "Method, source or detail": "روش، منبع یا جزئیات",
        "The row's English item name, the same in every language (for scripts)":
            "نام انگلیسی مورد، در همهٔ زبان‌ها یکسان (برای اسکریپت‌ها)",
        "Participant attribute from the study": "ویژگی شرکت‌کننده که در مطالعه تعریف شده است",
        "Study": "مطالعه", "Source": "منبع", "Exported": "تاریخ خروجی",
        "Confidence level": "سطح اطمینان",
        "for every interval in this workbook": "برای همهٔ بازه‌های این کارپوشه",
        "Participants analysed": "شرکت‌کنندگان تحلیل‌شده",
        "Participants excluded": "شرکت‌کنندگان کنارگذاشته", "Tasks": "وظایف",
        "SUS n": "SUS n", "SUS mean": "میانگین SUS", "SEQ mean": "میانگین SEQ", "Difference": "تفاضل", "time per participant, all tasks (geometric mean, s)": "زمان هر شرکت‌کننده، همهٔ وظایف (میانگین هندسی، ث)",
        "exact binomial test, one-sided (mid-p)": "آزمون دوجمله‌ای دقیق، یک‌طرفه (mid-p)", "one-sample t-test, one-sided": "آزمون t تک‌نمونه‌ای، یک‌طرفه", "one-sample t-test on log times, one-sided": "آزمون t تک‌نمونه‌ای روی لگاریتم زمان‌ها، یک‌طرفه", "one-sample z-test (adjusted-Wald SE), one-sided": "آزمون z تک‌نمونه‌ای (خطای معیار والد تعدیل‌شده)، یک‌طرفه", "Benchmarks": "معیارهای مرجع", "Benchmark": "معیار مرجع", "Observed": "مقدار مشاهده‌شده", "Confidence it beats the benchmark": "اطمینان از بهتر بودن از معیار", "SUS CI low": "SUS کران پایین بازه",
        "SUS CI high": "SUS کران بالای بازه", "SUS grade": "نمرهٔ SUS",
        "SUS percentile": "صدک SUS", "SUS adjective": "توصیف SUS",
        "UMUX-Lite n": "UMUX-Lite n", "UMUX-Lite mean": "میانگین UMUX-Lite",
        "UMUX-Lite CI low": "UMUX-Lite کران پایین بازه",
        "UMUX-Lite CI high": "UMUX-Lite کران بالای بازه",
        "UMUX-Lite SUS-equivalent": "UMUX-Lite معادل SUS", "NPS n": "NPS n",
        "NPS CI low": "NPS کران پایین بازه", "NPS CI high": "NPS کران بالای بازه",
        "Promoters": "مروجان", "Passives": "منفعلان", "Detractors": "منتقدان",
        "Warning": "هشدار", "t interval": "بازهٔ t",
        "Brooke (1996) scoring": "محاسبهٔ Brooke ‏(1996)",
        "Sauro-Lewis curved grading scale": "مقیاس نمره‌دهی Sauro-Lewis",
        "0.65 x mean + 22.9 (estimate)": "0.65 x میانگین + 22.9 (برآورد)",
        "% promoters - % detractors (points)": "٪ مروجان - ٪ منتقدان (امتیاز)",
        "item": "مورد", "note": "یادداشت", "key": "کلید",
        "kind": "نوع", "sheet": "برگه", "column": "ستون", "header": "عنوان",
        "meaning": "معنا", "unit / missing data": "واحد / دادهٔ گمشده", "source": "منبع",
        "layout": "چیدمان",
        "completion rate": "نرخ تکمیل",
        "time on task, successes (geometric mean, s)":
            "زمان وظیفه، موفقیت‌ها (میانگین هندسی، ث)",
        "Worst imaginable": "بدترین ممکن", "Awful": "افتضاح", "Poor": "ضعیف",
        "OK": "قابل قبول", "Good": "خوب", "Excellent": "عالی", "Best imaginable": "بهترین ممکن",
        "N-1 two-proportion test": "آزمون N-1 دو نسبت", "Fisher exact test": "آزمون دقیق فیشر",
        "Welch t-test": "آزمون t ولش",
        "Welch t-test on log times": "آزمون t ولش روی لگاریتم زمان‌ها",
        "Usability test report": "گزارش آزمون کاربردپذیری",
        "Report date": "تاریخ گزارش", "Sessions": "جلسه‌ها",
        "Participants": "شرکت‌کنندگان", "included": "لحاظ‌شده", "excluded": "کنارگذاشته",
        "no reason given": "بدون دلیل",
        "Summary": "خلاصه", "Tasks and effectiveness": "وظایف",
        "Group comparison": "مقایسهٔ گروه‌ها", "Charts": "نمودارها",
        "Methods": "روش‌ها", "Data quality warnings": "هشدارهای کیفیت داده",
        "confidence intervals": "بازه‌های اطمینان",
        "Measure": "سنجه", "Value": "مقدار", "Interval": "بازه", "Details": "جزئیات",
        "grade": "نمره", "percentile": "صدک", "adjective": "توصیف",
        "SUS-equivalent": "معادل SUS", "score": "امتیاز", "mean": "میانگین",
        "top-2-box": "دو گزینهٔ بالا", "agree": "موافق",
        "Task": "وظیفه", "Attempts": "تلاش‌ها", "Completion": "تکمیل",
        "Time, successes": "زمان، موفقیت‌ها", "Time, all attempts": "زمان، همهٔ تلاش‌ها",
        "geometric mean, s": "میانگین هندسی، ث", "median, s": "میانه، ث", "geometric mean (fewer than 25 times) or median (25 or more), s": "میانگین هندسی (کمتر از ۲۵ زمان) یا میانه (۲۵ یا بیشتر)، ث", "Errors per attempt": "خطا در هر تلاش",
        "Assists per attempt": "کمک در هر تلاش",
        "Experience net scores": "امتیازهای خالص تجربه",
        "success": "موفقیت", "effort": "تلاش", "emotion": "احساس",
        "target": "هدف", "Metric": "سنجه", "Test": "آزمون", "Reading": "خوانش",
        "completion": "تکمیل", "time on task": "زمان وظیفه",
        "Completion rate by task": "نرخ تکمیل هر وظیفه",
        "Time on task (geometric mean of successful attempts)":
            "زمان وظیفه (میانگین هندسی تلاش‌های موفق)",
        "SUS mean over the grade bands": "میانگین SUS روی بازه‌های نمره",
        "error bars": "میله‌های خطا", "seconds": "ثانیه",
        "Formula": "فرمول", "Source / reference": "منبع / مرجع", "Missing data": "دادهٔ گمشده",
        "Formulas and references are given in English, as published.":
            "فرمول‌ها و مراجع همان‌طور که منتشر شده‌اند به انگلیسی آمده‌اند.",
        "Per-group summary": "خلاصهٔ هر گروه", "Group": "گروه",
        "not enough data": "دادهٔ ناکافی", "Generated by": "تولیدشده با",
        "promoters": "مروج", "passives": "منفعل", "detractors": "منتقد",
        "every interval": "همهٔ بازه‌ها", "Groups": "گروه‌ها",
        "Attempts ": "تلاش‌ها", "Completion rate": "نرخ تکمیل",
        "Completion rate confidence interval": "بازهٔ اطمینان نرخ تکمیل",
        "Time on task (successful attempts / all attempts)":
            "زمان وظیفه (تلاش‌های موفق / همهٔ تلاش‌ها)",
        "SEQ and other rating scales": "SEQ و دیگر مقیاس‌های امتیازدهی",
        "Experience net score (success, effort, emotion)":
            "امتیاز خالص تجربه (موفقیت، تلاش، احساس)",
        "SUS grade ": "نمرهٔ SUS", "SUS percentile ": "صدک SUS", "SUS adjective ": "توصیف SUS",
        "Comparing completion rates": "مقایسهٔ نرخ‌های تکمیل",
        "Comparing times, ratings and SUS": "مقایسهٔ زمان‌ها، امتیازها و SUS",
        "Problem discovery (planning)": "کشف مشکلات (برنامه‌ریزی)",
    },
    "ru": {
        "value": "значение", "What the row reports": "Что показывает строка",
        "The number or text reported": "Число или текст",
        "Method, source or detail": "Метод, источник или подробность",
        "The row's English item name, the same in every language (for scripts)":
            "Английское имя показателя, одинаковое во всех языках (для скриптов)",
        "Participant attribute from the study": "Атрибут участника из исследования",
        "Study": "Исследование", "Source": "Источник", "Exported": "Экспортировано",
        "Confidence level": "Уровень доверия",
        "for every interval in this workbook": "для всех интервалов этой книги",
        "Participants analysed": "Участников в анализе", "Participants excluded": "Исключено участников",
        "Tasks": "Заданий", "SUS n": "SUS n", "SUS mean": "SUS среднее", "SEQ mean": "SEQ среднее", "Difference": "Разность", "time per participant, all tasks (geometric mean, s)": "время на участника, все задания (среднее геометрическое, с)",
        "exact binomial test, one-sided (mid-p)": "точный биномиальный критерий, односторонний (mid-p)", "one-sample t-test, one-sided": "одновыборочный t-критерий, односторонний", "one-sample t-test on log times, one-sided": "одновыборочный t-критерий для логарифмов времени, односторонний", "one-sample z-test (adjusted-Wald SE), one-sided": "одновыборочный z-критерий (СО по скорректированному Вальду), односторонний", "Benchmarks": "Ориентиры", "Benchmark": "Ориентир", "Observed": "Наблюдаемое", "Confidence it beats the benchmark": "Уверенность, что ориентир превзойдён",
        "SUS CI low": "SUS нижняя граница ДИ", "SUS CI high": "SUS верхняя граница ДИ",
        "SUS grade": "SUS оценка", "SUS percentile": "SUS перцентиль",
        "SUS adjective": "SUS словесная оценка", "UMUX-Lite n": "UMUX-Lite n",
        "UMUX-Lite mean": "UMUX-Lite среднее", "UMUX-Lite CI low": "UMUX-Lite нижняя граница ДИ",
        "UMUX-Lite CI high": "UMUX-Lite верхняя граница ДИ",
        "UMUX-Lite SUS-equivalent": "UMUX-Lite в шкале SUS", "NPS n": "NPS n",
        "NPS CI low": "NPS нижняя граница ДИ", "NPS CI high": "NPS верхняя граница ДИ",
        "Promoters": "Промоутеры", "Passives": "Нейтралы", "Detractors": "Критики",
        "Warning": "Предупреждение", "t interval": "t-интервал",
        "Brooke (1996) scoring": "расчёт по Brooke (1996)",
        "Sauro-Lewis curved grading scale": "шкала оценок Sauro-Lewis",
        "0.65 x mean + 22.9 (estimate)": "0,65 x среднее + 22,9 (оценка)",
        "% promoters - % detractors (points)": "% промоутеров - % критиков (пункты)",
        "item": "показатель", "note": "примечание", "key": "ключ",
        "kind": "вид", "sheet": "лист", "column": "столбец", "header": "заголовок",
        "meaning": "значение", "unit / missing data": "единица / пропуски", "source": "источник",
        "layout": "структура",
        "completion rate": "доля успеха",
        "time on task, successes (geometric mean, s)":
            "время на задание, успехи (среднее геометрическое, с)",
        "Worst imaginable": "Хуже некуда", "Awful": "Ужасно", "Poor": "Плохо",
        "OK": "Приемлемо", "Good": "Хорошо", "Excellent": "Отлично",
        "Best imaginable": "Лучше не бывает",
        "N-1 two-proportion test": "N-1 критерий для двух долей",
        "Fisher exact test": "точный критерий Фишера", "Welch t-test": "t-критерий Уэлча",
        "Welch t-test on log times": "t-критерий Уэлча по логарифмам времени",
        "Usability test report": "Отчёт о юзабилити-тестировании",
        "Report date": "Дата отчёта", "Sessions": "Сессии",
        "Participants": "Участники", "included": "включено", "excluded": "исключено",
        "no reason given": "причина не указана",
        "Summary": "Сводка", "Tasks and effectiveness": "Задания",
        "Group comparison": "Сравнение групп", "Charts": "Графики",
        "Methods": "Методы", "Data quality warnings": "Предупреждения о качестве данных",
        "confidence intervals": "доверительные интервалы",
        "Measure": "Показатель", "Value": "Значение", "Interval": "Интервал",
        "Details": "Подробности", "grade": "оценка", "percentile": "перцентиль",
        "adjective": "словесная оценка", "SUS-equivalent": "эквивалент SUS", "score": "балл",
        "mean": "среднее", "top-2-box": "top-2-box", "agree": "согласны",
        "Task": "Задание", "Attempts": "Попытки", "Completion": "Успех",
        "Time, successes": "Время, успехи", "Time, all attempts": "Время, все попытки",
        "geometric mean, s": "среднее геометрическое, с", "median, s": "медиана, с", "geometric mean (fewer than 25 times) or median (25 or more), s": "среднее геометрическое (меньше 25 значений) или медиана (25 и больше), с", "Errors per attempt": "Ошибок на попытку",
        "Assists per attempt": "Подсказок на попытку",
        "Experience net scores": "Чистые баллы опыта",
        "success": "успех", "effort": "усилие", "emotion": "эмоция",
        "target": "цель", "Metric": "Показатель", "Test": "Критерий", "Reading": "Вывод",
        "completion": "успех", "time on task": "время на задание",
        "Completion rate by task": "Доля успеха по заданиям",
        "Time on task (geometric mean of successful attempts)":
            "Время на задание (среднее геометрическое успешных попыток)",
        "SUS mean over the grade bands": "Среднее SUS на фоне шкалы оценок",
        "error bars": "планки погрешностей", "seconds": "секунды",
        "Formula": "Формула", "Source / reference": "Источник / ссылка",
        "Missing data": "Пропуски",
        "Formulas and references are given in English, as published.":
            "Формулы и ссылки приведены на английском, как опубликованы.",
        "Per-group summary": "Сводка по группам", "Group": "Группа",
        "not enough data": "недостаточно данных", "Generated by": "Создано в",
        "promoters": "промоутеров", "passives": "нейтралов", "detractors": "критиков",
        "every interval": "все интервалы", "Groups": "Группы",
        "Attempts ": "Попытки", "Completion rate": "Доля успеха",
        "Completion rate confidence interval": "Доверительный интервал доли успеха",
        "Time on task (successful attempts / all attempts)":
            "Время на задание (успешные попытки / все попытки)",
        "SEQ and other rating scales": "SEQ и другие шкалы оценок",
        "Experience net score (success, effort, emotion)":
            "Чистый балл опыта (успех, усилие, эмоция)",
        "SUS grade ": "Оценка SUS", "SUS percentile ": "Перцентиль SUS",
        "SUS adjective ": "Словесная оценка SUS",
        "Comparing completion rates": "Сравнение долей успеха",
        "Comparing times, ratings and SUS": "Сравнение времени, оценок и SUS",
        "Problem discovery (planning)": "Обнаружение проблем (планирование)",
    },
}


def tr(text: str, language: str) -> str:
    """``text`` (English source) in ``language``; English when there is no translation."""
    return catalog.text(text, language)


def method_name(name: str, language: str) -> str:
    """A METHODS entry's name: its own translation (context "method") where a name also serves
    elsewhere with another wording, else the plain text's."""
    return catalog.translated(name, language, catalog.METHOD) or tr(name, language)


# ============================================================================ numbers
_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "fa": "۰۱۲۳۴۵۶۷۸۹"}
_DECIMAL = {"en": ".", "fr": ",", "ru": ",", "ar": "٫", "fa": "٫"}
_GROUP = {"en": ",", "fr": "\u202f", "ru": "\u00a0", "ar": "٬", "fa": "٬"}
_PERCENT = {"en": "%", "fr": "\u202f%", "ru": "\u00a0%", "ar": "٪", "fa": "٪"}
_MINUS = "\u2212"


def format_number(value: Any, decimals: int, language: str, *, sign: bool = False) -> str:
    """``value`` rounded to ``decimals`` in the language's convention (docs/export.md):
    en 1,234.5 · fr 1 234,5 · ru 1 234,5 · ar ١٬٢٣٤٫٥ · fa ۱٬۲۳۴٫۵; None/NaN -> an en dash."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    v = float(value)
    text = f"{abs(v):,.{decimals}f}"
    negative = v < 0 and text.strip("0.,") != ""
    intpart, _, frac = text.partition(".")
    out = intpart.replace(",", _GROUP.get(language, ","))
    if frac:
        out += _DECIMAL.get(language, ".") + frac
    digits = _DIGITS.get(language)
    if digits:
        out = out.translate(str.maketrans("0123456789", digits))
    if negative:
        out = _MINUS + out
    elif sign and v > 0 and text.strip("0.,") != "":
        out = "+" + out
    return out


def format_percent(fraction: Any, decimals: int, language: str) -> str:
    """A 0-1 fraction as a percentage: 0.833 -> "83%" (en), "83 %" (fr), "٨٣٪" (ar)."""
    if fraction is None or (isinstance(fraction, float) and not math.isfinite(fraction)):
        return "–"
    return format_number(100 * float(fraction), decimals, language) + _PERCENT.get(language, "%")


def format_p(p: float, language: str) -> str:
    """The p-value as analyze's readings show it: p < 0.001, p = 0.003, p = 0.07."""
    if p < 0.001:
        return "p < " + format_number(0.001, 3, language)
    return "p = " + format_number(p, 3 if p < 0.01 else 2, language)


# ============================================================================ readings
# The English source of each reading template; uxlab/analysis/comparisons.py words the same
# decisions in English for ``analyze``'s own ``reading``.
READING_SOURCE = {
    "none": "not enough data to compare {label} ({a}: n = {na}, {b}: n = {nb})",
    "same": "no reliable difference in {label} ({a} {prefix}{va} vs {b} {vb}), {stat}",
    "win": "{win} {verb} ({prefix}{vw} vs {vl}), {stat}",
    "faster": "faster",
    "higher": "{label} higher",
    "geometric mean ": "geometric mean",
    "mean ": "mean",
    "Fisher exact": "Fisher exact",
}


def _word(key: str, language: str) -> str:
    out = catalog.text(READING_SOURCE[key], language, catalog.READING)
    return out + " " if key.endswith(" ") else out

_READING: dict[str, dict[str, str]] = {
    "fr": {
        "none": "pas assez de données pour comparer {label} ({a} : n = {na}, {b} : n = {nb})",
        "same": "pas de différence fiable de {label} ({a} {prefix}{va} contre {b} {vb}), {stat}",
        "win": "{win} : {verb} ({prefix}{vw} contre {vl}), {stat}",
        "faster": "plus rapide", "higher": "{label} plus élevé(e)",
        "geometric mean ": "moyenne géométrique ", "mean ": "moyenne ",
        "Fisher exact": "Fisher exact",
    },
    "ar": {
        "none": "لا توجد بيانات كافية لمقارنة {label} ({a}: n = {na}، {b}: n = {nb})",
        "same": "لا فرق موثوق في {label} ({a} {prefix}{va} مقابل {b} {vb})، {stat}",
        "win": "{win}: {verb} ({prefix}{vw} مقابل {vl})، {stat}",
        "faster": "أسرع", "higher": "{label} أعلى",
        "geometric mean ": "المتوسط الهندسي ", "mean ": "المتوسط ",
        "Fisher exact": "فيشر الدقيق",
    },
    "fa": {
        "none": "دادهٔ کافی برای مقایسهٔ {label} نیست ({a}: n = {na}، {b}: n = {nb})",
        "same": "تفاوت قابل اتکایی در {label} نیست ({a} {prefix}{va} در برابر {b} {vb})، {stat}",
        "win": "{win}: {verb} ({prefix}{vw} در برابر {vl})، {stat}",
        "faster": "سریع‌تر", "higher": "{label} بالاتر",
        "geometric mean ": "میانگین هندسی ", "mean ": "میانگین ",
        "Fisher exact": "فیشر دقیق",
    },
    "ru": {
        "none": "недостаточно данных для сравнения: {label} ({a}: n = {na}, {b}: n = {nb})",
        "same": "надёжной разницы нет: {label} ({a} {prefix}{va} против {b} {vb}), {stat}",
        "win": "{win}: {verb} ({prefix}{vw} против {vl}), {stat}",
        "faster": "быстрее", "higher": "{label} выше",
        "geometric mean ": "среднее геометрическое ", "mean ": "среднее ",
        "Fisher exact": "точный Фишера",
    },
}


def _value(kind: str, v: float, language: str) -> str:
    if kind == "rate":
        return format_percent(v, 0, language)
    if kind == "time":
        return f"{format_number(v, 0 if v >= 10 else 1, language)} {seconds_symbol(language)}"
    return format_number(v, 1, language)


def reading(entry: dict[str, Any], language: str) -> str:
    """The plain reading of one comparison entry of ``analyze(...)["comparison"]``.

    English returns analyze's own ``reading`` text. Other languages word the same decision the
    same way as :func:`uxlab.analysis.metrics.plain_reading` (reliable = p below alpha; Fisher's
    p when the analysis recommends it); nothing is recomputed, only worded.
    """
    if language not in catalog.TRANSLATED:
        return str(entry.get("reading") or "")
    from uxlab.analysis.stats import FISHER_TEST

    words = {key: _word(key, language) for key in READING_SOURCE}
    groups = entry.get("groups") or ["A", "B"]
    a, b = str(groups[0]), str(groups[1])
    alpha = float(entry.get("alpha") or 0.05)
    metric = str(entry.get("metric") or "score")
    if "rate_a" in entry:
        kind, va, vb, label = "rate", entry.get("rate_a"), entry.get("rate_b"), tr("completion", language)
    elif "geomean_a" in entry:
        kind, va, vb = "time", entry.get("geomean_a"), entry.get("geomean_b")
        label = tr("time on task", language)
    else:
        kind, va, vb, label = "mean", entry.get("mean_a"), entry.get("mean_b"), metric
    test = str(entry.get("test") or "")
    p = entry.get("p")
    fisher = entry.get("fisher_p")
    use_fisher = fisher is not None and entry.get("recommended") == FISHER_TEST
    if use_fisher:
        p, test = fisher, FISHER_TEST
    if p is None or va is None or vb is None:
        return words["none"].format(label=label, a=a, b=b, na=entry.get("n_a", 0),
                                    nb=entry.get("n_b", 0))
    extra = ""
    if fisher is not None and not use_fisher:
        extra = f"; {words['Fisher exact']} {format_p(fisher, language)}"
    stat = f"{format_p(p, language)} ({tr(test, language)}{extra})"
    prefix = words["geometric mean "] if kind == "time" else words["mean "] if kind == "mean" else ""
    if p >= alpha or va == vb:
        return words["same"].format(label=label, a=a, b=b, prefix=prefix,
                                    va=_value(kind, va, language), vb=_value(kind, vb, language),
                                    stat=stat)
    first_wins = va > vb if kind != "time" else va < vb
    win = a if first_wins else b
    vw, vl = (va, vb) if first_wins else (vb, va)
    verb = words["faster"] if kind == "time" else words["higher"].format(label=label)
    return words["win"].format(win=win, verb=verb, prefix=prefix, vw=_value(kind, vw, language),
                               vl=_value(kind, vl, language), stat=stat)


# --------------------------------------------------------------------------- Excel's cell limit
CUT_MARKER = " […cut: {total} characters in all; the full text is in the CSV export]"
TEXT_LIMIT_NOTE = ("A cell of Excel holds at most 32,767 characters. Longer texts (notes, event "
                   "texts, attributes) are cut there, ending with the marker “[…cut: N characters "
                   "in all; the full text is in the CSV export]”; the CSV files (uxlab export "
                   "--csv) keep every text whole.")
_CUT_MARKER: dict[str, str] = {
    "en": " […cut: {total} characters in all; the full text is in the CSV export]",
    "fr": " […coupé : {total} caractères au total ; le texte entier est dans l'export CSV]",
    "ar": " […مقتطع: {total} حرفًا في المجموع؛ النص الكامل في تصدير CSV]",
    "fa": " […بریده شد: در مجموع {total} نویسه؛ متن کامل در خروجی CSV است]",
    "ru": " […обрезано: всего {total} символов; полный текст — в экспорте CSV]",
}
_TEXT_LIMIT_NOTE: dict[str, str] = {
    "en": "A cell of Excel holds at most 32,767 characters. Longer texts (notes, event texts, "
          "attributes) are cut there, ending with the marker “[…cut: N characters in all; the "
          "full text is in the CSV export]”; the CSV files (uxlab export --csv) keep every text whole.",
    "fr": "Une cellule Excel contient au plus 32 767 caractères. Les textes plus longs (notes, "
          "textes d'événements, attributs) y sont coupés et finissent par la marque « […coupé : N "
          "caractères au total ; le texte entier est dans l'export CSV] » ; les fichiers CSV "
          "(uxlab export --csv) gardent chaque texte en entier.",
    "ar": "تتسع خلية Excel لـ 32767 حرفًا على الأكثر. تُقتطع النصوص الأطول (الملاحظات ونصوص الأحداث "
          "والسمات) عند هذا الحد وتنتهي بالعلامة «[…مقتطع: N حرفًا في المجموع؛ النص الكامل في تصدير "
          "CSV]»؛ أما ملفات CSV (uxlab export --csv) فتحتفظ بكل نص كاملًا.",
    "fa": "هر خانهٔ Excel حداکثر ۳۲٬۷۶۷ نویسه جا می‌گیرد. متن‌های بلندتر (یادداشت‌ها، متن رویدادها، "
          "ویژگی‌ها) در همین حد بریده می‌شوند و با نشانهٔ «[…بریده شد: در مجموع N نویسه؛ متن کامل در "
          "خروجی CSV است]» پایان می‌یابند؛ فایل‌های CSV (uxlab export --csv) هر متن را کامل نگه می‌دارند.",
    "ru": "Ячейка Excel вмещает не более 32 767 символов. Более длинные тексты (заметки, тексты "
          "событий, атрибуты) обрезаются на этой границе и заканчиваются пометкой «[…обрезано: "
          "всего N символов; полный текст — в экспорте CSV]»; файлы CSV (uxlab export --csv) "
          "сохраняют каждый текст целиком.",
}


# The codebook's layout note of a translated workbook (the English workbook has its own, without
# the row of headers: uxlab/export/xlsx.py LAYOUT_NOTE).
LAYOUT_NOTE_SOURCE = ("Row 1 of every sheet: the headers in this language; row 2: the stable "
                      "machine names of the columns (the same in every language, for scripts, "
                      "e.g. pandas.read_excel(..., header=1)); the data start on row 3.")


def layout_note(language: str) -> str:
    """The codebook's note on the header rows of a translated workbook."""
    return catalog.text(LAYOUT_NOTE_SOURCE, language, catalog.LAYOUT)


def cut_marker(total: int, language: str) -> str:
    """The visible end of a text cut to fit an Excel cell; ``total`` is the full length."""
    return tr(CUT_MARKER, language).format(total=format_number(total, 0, language))


def text_limit_note(language: str) -> str:
    """The codebook's note on Excel's cell limit and where the full texts are."""
    return tr(TEXT_LIMIT_NOTE, language)


# ============================================================================ formative findings
from uxlab.export import problem_labels as _problems  # noqa: E402

for _lang, _names in _problems.SHEET_NAMES.items():
    _SHEET_NAMES[_lang].update(_names)
for _lang, _cols in _problems.HEADERS.items():
    _COLUMNS[_lang].update(_cols)
for _lang, _text in _problems.MATRIX_MEANINGS.items():
    _TEXTS[_lang][_problems.MATRIX_MEANING] = _text
for _lang, _texts in _problems.TEXTS.items():
    _TEXTS[_lang].update(_texts)
