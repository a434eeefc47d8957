"""Plain-language readings of the benchmark tests and of the omnibus tests across more than two
groups, in the five export languages, from the numbers of ``analyze``'s entries (not from its
English ``reading`` text): which case applies is decided from p, alpha, n and the no-variation
flag, and every number is written in the language's convention (:func:`labels.format_number`).

The English templates word exactly what :mod:`uxlab.analysis.benchmarks` and
:mod:`uxlab.analysis.comparisons` write (tests check both agree on real data). The texts keep the
per-language dict shape of :mod:`uxlab.export.labels` (language -> key -> text), so they can move
to gettext catalogs with the rest. The translations are the project's own (docs/export.md).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from uxlab.export import labels

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "left_out_participants": "{n} participant(s) with no value in '{by}' are left out of the comparison",
        "left_out_attempts": "{n} attempt(s) with no value in '{by}' are left out of the comparison",
        "groups_many": "'{by}' has {k} values: an omnibus test per measure, then every pair of groups with Holm-adjusted p-values.",
        "groups_few": "'{by}' has {k} value(s); a comparison needs two groups.",
        "note_many": "a / b = the pair named in each row (by {by}; p of pairs Holm-adjusted)",
        "note_two": "a = {a}, b = {b} (by {by}; {design}{pairs})", "pairs": ", {n} pairs",
        "design_between": "between-subjects", "design_within": "within-subjects",
        "design_mixed": "mixed-subjects",
        "design_note": "{design}: {n} participants with data under both conditions",
        "no_data": "{what}: no data to compare with the {target} benchmark",
        "flat": "{what}: every value is the same ({shown}; no variation), so no test applies; "
                "it is {side} {target} in these data",
        "few": "{what}: not enough data to test against {target} (n = {n})",
        "better": "{what} {shown} is {side} {target} with {conf} ({test})",
        "not": "{what} {shown}: not shown to be {side} {target} (only {conf}; {test})",
        "above": "above", "below": "below", "faster than": "faster than",
        "slower than": "slower than",
        "conf": "{c} confidence", "conf_more": "more than {c} confidence",
        "conf_less": "less than {c} confidence",
        "what_completion": "{task}: completion", "what_seq": "{task}: SEQ",
        "what_time": "{task}: time",
        "mean": "mean {v}", "geomean": "geometric mean {v}", "target_time": "the {t} target",
        "umux_target": "{t} (SUS-equivalent; UMUX-Lite {raw})", "s": "s",
        "om_flat": "{label}: no variation within the groups, so no test",
        "om_few": "{label}: not enough data for a test across the {k} groups",
        "om_differs": "{label} differs between the {k} groups, {p} ({test})",
        "om_same": "no reliable difference in {label} between the {k} groups, {p} ({test})",
        "completion": "completion", "time": "time on task", ", Holm-adjusted": ", Holm-adjusted",
    },
    "fr": {
        "left_out_participants": "{n} participant(s) sans valeur pour « {by} » sont laissés hors de la comparaison",
        "left_out_attempts": "{n} essai(s) sans valeur pour « {by} » sont laissés hors de la comparaison",
        "groups_many": "« {by} » a {k} valeurs : un test global par mesure, puis chaque paire de groupes avec des p ajustés par Holm.",
        "groups_few": "« {by} » a {k} valeur(s) ; une comparaison demande deux groupes.",
        "note_many": "a / b = la paire nommée sur chaque ligne (selon {by} ; p des paires ajustés par Holm)",
        "note_two": "a = {a}, b = {b} (selon {by} ; {design}{pairs})", "pairs": ", {n} paires",
        "design_between": "plan inter-sujets", "design_within": "plan intra-sujets",
        "design_mixed": "plan mixte",
        "design_note": "{design} : {n} participants avec des données dans les deux conditions",
        "no_data": "{what} : aucune donnée à comparer à la référence {target}",
        "flat": "{what} : toutes les valeurs sont identiques ({shown} ; aucune variation), donc "
                "aucun test ne s'applique ; le résultat est {side} {target} dans ces données",
        "few": "{what} : pas assez de données pour tester par rapport à {target} (n = {n})",
        "better": "{what} {shown} est {side} {target} avec {conf} ({test})",
        "not": "{what} {shown} : pas démontré {side} {target} (seulement {conf} ; {test})",
        "above": "au-dessus de", "below": "en dessous de", "faster than": "plus rapide que",
        "slower than": "plus lent que",
        "conf": "{c} de confiance", "conf_more": "plus de {c} de confiance",
        "conf_less": "moins de {c} de confiance",
        "what_completion": "{task} : réussite", "what_seq": "{task} : SEQ",
        "what_time": "{task} : temps",
        "mean": "moyenne {v}", "geomean": "moyenne géométrique {v}",
        "target_time": "l'objectif de {t}", "umux_target": "{t} (équivalent SUS ; UMUX-Lite {raw})",
        "s": "s",
        "om_flat": "{label} : aucune variation au sein des groupes, donc pas de test",
        "om_few": "{label} : pas assez de données pour un test entre les {k} groupes",
        "om_differs": "{label} : différence entre les {k} groupes, {p} ({test})",
        "om_same": "pas de différence fiable de {label} entre les {k} groupes, {p} ({test})",
        "completion": "réussite", "time": "temps sur la tâche",
        ", Holm-adjusted": ", ajusté par Holm",
    },
    "ar": {
        "left_out_participants": "استُبعد من المقارنة {n} مشاركًا بلا قيمة في «{by}»",
        "left_out_attempts": "استُبعدت من المقارنة {n} محاولة بلا قيمة في «{by}»",
        "groups_many": "لـ«{by}» {k} قيم: اختبار شامل لكل مقياس، ثم كل زوج من المجموعات مع قيم p مصححة بطريقة هولم.",
        "groups_few": "لـ«{by}» {k} قيمة فقط؛ تحتاج المقارنة إلى مجموعتين.",
        "note_many": "a / b = الزوج المذكور في كل صف (حسب {by}؛ قيم p للأزواج مصححة بطريقة هولم)",
        "note_two": "a = {a}، b = {b} (حسب {by}؛ {design}{pairs})", "pairs": "، {n} زوجًا",
        "design_between": "تصميم بين المشاركين", "design_within": "تصميم داخل المشاركين",
        "design_mixed": "تصميم مختلط",
        "design_note": "{design}: {n} مشاركًا لديهم بيانات في الحالتين",
        "no_data": "{what}: لا توجد بيانات للمقارنة بالمعيار المرجعي {target}",
        "flat": "{what}: كل القيم متساوية ({shown}؛ لا تباين)، لذا لا ينطبق أي اختبار؛ النتيجة "
                "{side} {target} في هذه البيانات",
        "few": "{what}: لا توجد بيانات كافية للاختبار مقابل {target} (n = {n})",
        "better": "{what} {shown} {side} {target} بثقة {conf} ({test})",
        "not": "{what} {shown}: لم يثبت أنه {side} {target} (الثقة {conf} فقط؛ {test})",
        "above": "أعلى من", "below": "أدنى من", "faster than": "أسرع من", "slower than": "أبطأ من",
        "conf": "{c}", "conf_more": "أكثر من {c}", "conf_less": "أقل من {c}",
        "what_completion": "{task}: الإنجاز", "what_seq": "{task}: SEQ",
        "what_time": "{task}: الزمن",
        "mean": "المتوسط {v}", "geomean": "المتوسط الهندسي {v}", "target_time": "الهدف {t}",
        "umux_target": "{t} (ما يعادل SUS؛ UMUX-Lite {raw})", "s": "ث",
        "om_flat": "{label}: لا تباين داخل المجموعات، لذا لا اختبار",
        "om_few": "{label}: لا توجد بيانات كافية لاختبار عبر المجموعات الـ{k}",
        "om_differs": "{label}: فرق بين المجموعات الـ{k}، {p} ({test})",
        "om_same": "لا فرق موثوق في {label} بين المجموعات الـ{k}، {p} ({test})",
        "completion": "الإنجاز", "time": "زمن المهمة", ", Holm-adjusted": "، مع تصحيح هولم",
    },
    "fa": {
        "left_out_participants": "{n} شرکت‌کننده بدون مقدار در «{by}» از مقایسه کنار گذاشته شدند",
        "left_out_attempts": "{n} تلاش بدون مقدار در «{by}» از مقایسه کنار گذاشته شدند",
        "groups_many": "«{by}» {k} مقدار دارد: یک آزمون کلی برای هر سنجه، سپس هر جفت گروه با p تصحیح‌شده به روش هولم.",
        "groups_few": "«{by}» تنها {k} مقدار دارد؛ مقایسه به دو گروه نیاز دارد.",
        "note_many": "a / b = جفتی که در هر ردیف نام برده شده (بر پایهٔ {by}؛ p جفت‌ها با تصحیح هولم)",
        "note_two": "a = {a}، b = {b} (بر پایهٔ {by}؛ {design}{pairs})", "pairs": "، {n} جفت",
        "design_between": "طرح بین‌آزمودنی", "design_within": "طرح درون‌آزمودنی",
        "design_mixed": "طرح آمیخته",
        "design_note": "{design}: {n} شرکت‌کننده با داده در هر دو وضعیت",
        "no_data": "{what}: داده‌ای برای مقایسه با معیار مرجع {target} نیست",
        "flat": "{what}: همهٔ مقدارها یکسان‌اند ({shown}؛ بدون تغییر)، پس هیچ آزمونی به کار "
                "نمی‌رود؛ در این داده‌ها {side} {target} است",
        "few": "{what}: دادهٔ کافی برای آزمون در برابر {target} نیست (n = {n})",
        "better": "{what} {shown} با اطمینان {conf} {side} {target} است ({test})",
        "not": "{what} {shown}: نشان داده نشد که {side} {target} باشد (تنها {conf}؛ {test})",
        "above": "بالاتر از", "below": "پایین‌تر از", "faster than": "سریع‌تر از",
        "slower than": "کندتر از",
        "conf": "{c}", "conf_more": "بیش از {c}", "conf_less": "کمتر از {c}",
        "what_completion": "{task}: تکمیل", "what_seq": "{task}: SEQ", "what_time": "{task}: زمان",
        "mean": "میانگین {v}", "geomean": "میانگین هندسی {v}", "target_time": "هدف {t}",
        "umux_target": "{t} (معادل SUS؛ UMUX-Lite {raw})", "s": "ث",
        "om_flat": "{label}: درون گروه‌ها تغییری نیست، پس آزمونی انجام نمی‌شود",
        "om_few": "{label}: دادهٔ کافی برای آزمون میان {k} گروه نیست",
        "om_differs": "{label}: تفاوت میان {k} گروه، {p} ({test})",
        "om_same": "تفاوت قابل اتکایی در {label} میان {k} گروه نیست، {p} ({test})",
        "completion": "تکمیل", "time": "زمان وظیفه", ", Holm-adjusted": "، با تصحیح هولم",
    },
    "ru": {
        "left_out_participants": "участников без значения «{by}» не включено в сравнение: {n}",
        "left_out_attempts": "попыток без значения «{by}» не включено в сравнение: {n}",
        "groups_many": "У «{by}» {k} значений: общий тест по каждому показателю, затем каждая пара групп с p по Холму.",
        "groups_few": "У «{by}» значений: {k}; для сравнения нужны две группы.",
        "note_many": "a / b = пара, названная в строке (по {by}; p пар с поправкой Холма)",
        "note_two": "a = {a}, b = {b} (по {by}; {design}{pairs})", "pairs": ", пар: {n}",
        "design_between": "межсубъектный план", "design_within": "внутрисубъектный план",
        "design_mixed": "смешанный план",
        "design_note": "{design}: участников с данными в обоих условиях: {n}",
        "no_data": "{what}: нет данных для сравнения с ориентиром {target}",
        "flat": "{what}: все значения одинаковы ({shown}; разброса нет), поэтому тест не "
                "применим; в этих данных результат {side} {target}",
        "few": "{what}: недостаточно данных для проверки относительно {target} (n = {n})",
        "better": "{what} {shown}: {side} {target} с уверенностью {conf} ({test})",
        "not": "{what} {shown}: не доказано, что {side} {target} (лишь {conf}; {test})",
        "above": "выше", "below": "ниже", "faster than": "быстрее, чем",
        "slower than": "медленнее, чем",
        "conf": "{c}", "conf_more": "более {c}", "conf_less": "менее {c}",
        "what_completion": "{task}: успех", "what_seq": "{task}: SEQ", "what_time": "{task}: время",
        "mean": "среднее {v}", "geomean": "среднее геометрическое {v}",
        "target_time": "целевого времени {t}",
        "umux_target": "{t} (эквивалент SUS; UMUX-Lite {raw})", "s": "с",
        "om_flat": "{label}: внутри групп нет разброса, поэтому теста нет",
        "om_few": "{label}: недостаточно данных для теста между {k} группами",
        "om_differs": "{label}: различие между {k} группами, {p} ({test})",
        "om_same": "надёжной разницы ({label}) между {k} группами нет, {p} ({test})",
        "completion": "успех", "time": "время на задание", ", Holm-adjusted": ", с поправкой Холма",
    },
}

# Test names the export tables did not translate yet (the two-group ones are in labels).
TEST_NAMES: dict[str, dict[str, str]] = {
    "fr": {"chi-square test of independence": "test du khi-deux d'indépendance",
           "Fisher-Freeman-Halton exact test": "test exact de Fisher-Freeman-Halton",
           "Welch's ANOVA": "ANOVA de Welch",
           "Welch's ANOVA on log times": "ANOVA de Welch sur le log des temps",
           "Welch t-test on log times": "test t de Welch sur le log des temps",
           "Wilcoxon signed-rank test": "test des rangs signés de Wilcoxon",
           "McNemar exact test (mid-p)": "test exact de McNemar (mid-p)",
           "paired t-test": "test t apparié", "paired t-test on log times":
               "test t apparié sur le log des temps"},
    "ar": {"chi-square test of independence": "اختبار كاي مربع للاستقلال",
           "Fisher-Freeman-Halton exact test": "اختبار فيشر-فريمان-هالتون الدقيق",
           "Welch's ANOVA": "تحليل التباين لويلش",
           "Welch's ANOVA on log times": "تحليل التباين لويلش على لوغاريتم الأزمنة",
           "Welch t-test on log times": "اختبار t لويلش على لوغاريتم الأزمنة",
           "Wilcoxon signed-rank test": "اختبار ويلكوكسون للرتب ذات الإشارة",
           "McNemar exact test (mid-p)": "اختبار مكنمار الدقيق (mid-p)",
           "paired t-test": "اختبار t للأزواج", "paired t-test on log times":
               "اختبار t للأزواج على لوغاريتم الأزمنة"},
    "fa": {"chi-square test of independence": "آزمون خی‌دو استقلال",
           "Fisher-Freeman-Halton exact test": "آزمون دقیق فیشر-فریمن-هالتون",
           "Welch's ANOVA": "تحلیل واریانس ولش",
           "Welch's ANOVA on log times": "تحلیل واریانس ولش روی لگاریتم زمان‌ها",
           "Welch t-test on log times": "آزمون t ولش روی لگاریتم زمان‌ها",
           "Wilcoxon signed-rank test": "آزمون رتبه‌های علامت‌دار ویلکاکسون",
           "McNemar exact test (mid-p)": "آزمون دقیق مک‌نمار (mid-p)",
           "paired t-test": "آزمون t زوجی", "paired t-test on log times":
               "آزمون t زوجی روی لگاریتم زمان‌ها"},
    "ru": {"chi-square test of independence": "критерий хи-квадрат независимости",
           "Fisher-Freeman-Halton exact test": "точный тест Фишера — Фримена — Холтона",
           "Welch's ANOVA": "дисперсионный анализ Уэлча",
           "Welch's ANOVA on log times": "дисперсионный анализ Уэлча по логарифмам времени",
           "Welch t-test on log times": "t-тест Уэлча по логарифмам времени",
           "Wilcoxon signed-rank test": "критерий знаковых рангов Уилкоксона",
           "McNemar exact test (mid-p)": "точный тест Макнемара (mid-p)",
           "paired t-test": "парный t-тест", "paired t-test on log times":
               "парный t-тест по логарифмам времени"},
}

_HOLM = ", Holm-adjusted"


@dataclass(frozen=True)
class Style:
    """How a reading writes its words and numbers: the export's per-language tables here, the
    interface's Qt translations and ``QLocale`` in the review view (same cases, same words)."""

    text: Callable[[str], str]  # template key -> template
    number: Callable[[Any, int], str]  # value, decimals (``sign`` via ``signed``)
    signed: Callable[[Any, int], str]
    percent: Callable[[Any, int], str]  # fraction 0-1, decimals
    p_value: Callable[[float], str]
    test: Callable[[str], str]  # an English test name -> its name in the language


def export_style(language: str) -> Style:
    """The export's style: :mod:`uxlab.export.labels`' numbers and this module's texts."""
    words = _TEXTS.get(language, _TEXTS["en"])
    return Style(
        text=words.__getitem__,
        number=lambda v, d: labels.format_number(v, d, language),
        signed=lambda v, d: labels.format_number(v, d, language, sign=True),
        percent=lambda v, d: labels.format_percent(v, d, language),
        p_value=lambda p: labels.format_p(p, language),
        test=lambda name: test_name(name, language))


def test_name(test: str, language: str) -> str:
    """A test's name in ``language`` (a pair's test among many groups ends ", Holm-adjusted")."""
    if test.endswith(_HOLM):
        return test_name(test[: -len(_HOLM)], language) + _TEXTS.get(language, _TEXTS["en"])[_HOLM]
    return TEST_NAMES.get(language, {}).get(test) or labels.tr(test, language)


def _g(value: float, s: Style) -> str:
    """A benchmark as Python's ``:g`` writes it (68, 5.5, 0.25), in the style's digits."""
    text = f"{value:g}"
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    return s.number(value, decimals)


def confidence_text(p: float, s: Style) -> str:
    """1 − p as a confidence: "94% confidence", "99.5% confidence", "more than 99.9% ..."."""
    c = 100.0 * (1.0 - p)
    if c > 99.9:
        return s.text("conf_more").format(c=s.percent(0.999, 1))
    if c >= 99.0:
        return s.text("conf").format(c=s.percent(c / 100, 1))
    if c >= 1:
        return s.text("conf").format(c=s.percent(c / 100, 0))
    return s.text("conf_less").format(c=s.percent(0.01, 0))


def _benchmark_parts(b: dict[str, Any], s: Style, task: str) -> tuple[str, str, str, bool]:
    """(what, shown, target, time?) of one benchmark entry."""
    metric = str(b.get("metric") or "")
    v, target = b.get("observed"), float(b.get("benchmark") or 0.0)
    n = int(b.get("n") or 0)
    if metric == "completion":
        x = int(b.get("successes") or 0)
        shown = f"{s.percent(x / n, 0)} ({s.number(x, 0)}/{s.number(n, 0)})" if n else ""
        return s.text("what_completion").format(task=task), shown, s.percent(target, 0), False
    if metric == "seq":
        return (s.text("what_seq").format(task=task),
                s.text("mean").format(v=s.number(v, 1)) if v is not None else "",
                _g(target, s), False)
    if metric == "time":
        unit = s.text("s")
        shown = s.text("geomean").format(v=f"{s.number(v, 0)} {unit}") if v is not None else ""
        return (s.text("what_time").format(task=task), shown,
                s.text("target_time").format(t=f"{_g(target, s)} {unit}"), True)
    if metric in ("sus", "umux_lite"):
        name = "SUS" if metric == "sus" else "UMUX-Lite"
        shown = s.text("mean").format(v=s.number(v, 1)) if v is not None else ""
        t = _g(target, s)
        if metric == "umux_lite":
            t = s.text("umux_target").format(t=t, raw=s.number(b.get("benchmark_raw"), 1))
        return name, shown, t, False
    if metric == "nps":
        shown = s.signed(v, 0) if v is not None else ""
        t = _g(target, s)
        return "NPS", shown, (f"+{t}" if target >= 0 else t), False
    return metric, "" if v is None else s.number(v, 1), _g(target, s), False


def benchmark_reading(b: dict[str, Any], alpha: float, s: Style,
                      task_title: str | None = None) -> str:
    """The plain reading of one ``analyze(...)["benchmarks"]`` entry:
    "pay: completion 83% (25/30) is above 78% with 94% confidence (...)"."""
    task = task_title if task_title is not None else str(b.get("task") or "")
    what, shown, target, is_time = _benchmark_parts(b, s, task)
    better, worse = ("faster than", "slower than") if is_time else ("above", "below")
    observed, n, p = b.get("observed"), int(b.get("n") or 0), b.get("p")
    if observed is None or n == 0:
        return s.text("no_data").format(what=what, target=target)
    if b.get("no_variation"):
        bench = float(b.get("benchmark_raw", b.get("benchmark")) or 0.0)
        wins = observed < bench if is_time else observed > bench
        return s.text("flat").format(what=what, shown=shown,
                                     side=s.text(better if wins else worse), target=target)
    if p is None or not math.isfinite(float(p)):
        return s.text("few").format(what=what, target=target, n=s.number(n, 0))
    key = "better" if float(p) < alpha else "not"
    return s.text(key).format(what=what, shown=shown, side=s.text(better), target=target,
                              conf=confidence_text(float(p), s),
                              test=s.test(str(b.get("test") or "")))


def omnibus_reading(e: dict[str, Any], k: int, alpha: float, s: Style) -> str:
    """The plain reading of one omnibus test across ``k`` groups."""
    metric = str(e.get("metric") or "")
    label = s.text(metric) if metric in ("completion", "time") else metric
    p = e.get("p")
    count = s.number(k, 0)
    if e.get("no_variation"):
        return s.text("om_flat").format(label=label)
    if p is None:
        return s.text("om_few").format(label=label, k=count)
    key = "om_differs" if float(p) < alpha else "om_same"
    return s.text(key).format(label=label, k=count, p=s.p_value(float(p)),
                              test=s.test(str(e.get("test") or "")))


def comparison_footnote(comp: dict[str, Any], language: str) -> str:
    """The line under the workbook's Comparison table: what a and b are, and the design."""
    w = _TEXTS.get(language, _TEXTS["en"])
    groups = [str(g) for g in comp.get("groups") or []]
    by = str(comp.get("by") or "")
    if len(groups) > 2:
        return w["note_many"].format(by=by)
    design = w.get(f"design_{comp.get('design') or 'between'}", str(comp.get("design")))
    pairs = (w["pairs"].format(n=labels.format_number(comp["pairs"], 0, language))
             if comp.get("pairs") else "")
    a, b = [*groups, "", ""][:2]
    return w["note_two"].format(a=a, b=b, by=by, design=design, pairs=pairs)


def design_note(comp: dict[str, Any], language: str) -> str:
    """The report's line on a within-subjects or mixed design, e.g. "within-subjects: 41
    participants with data under both conditions"."""
    w = _TEXTS.get(language, _TEXTS["en"])
    design = w.get(f"design_{comp.get('design') or 'between'}", str(comp.get("design")))
    return w["design_note"].format(design=design,
                                   n=labels.format_number(comp.get("pairs") or 0, 0, language))


def comparison_notes(comp: dict[str, Any], language: str) -> list[str]:
    """What the report says above a comparison: how many groups and what is done with them (when
    not two), and how many participants or attempts were left out for want of a value."""
    w = _TEXTS.get(language, _TEXTS["en"])
    by, k = str(comp.get("by") or ""), len(comp.get("groups") or [])
    out: list[str] = []
    if k > 2 and "tests" in comp:  # (an empty list in a questionnaire-only study)
        out.append(w["groups_many"].format(by=by, k=labels.format_number(k, 0, language)))
    elif k < 2:
        out.append(w["groups_few"].format(by=by, k=labels.format_number(k, 0, language)))
    n = int(comp.get("left_out") or 0)
    if n:
        key = "left_out_attempts" if comp.get("design") in ("within", "mixed") else \
            "left_out_participants"
        out.append(w[key].format(n=labels.format_number(n, 0, language), by=by))
    return out
