"""Export texts of the formative findings (Problems and Problem matrix sheets), in the five
languages. Merged into :mod:`uxlab.export.labels` and :mod:`uxlab.export.columns` at import."""

from __future__ import annotations

PROBLEM_SHEETS = {"problems": "Problems", "problem_matrix": "Problem matrix", "tags": "Tags"}
TAG_SHEET_COLUMNS = ["tag", "task", "tagged_problems", "tagged_notes"]

PROBLEM_SHEET_COLUMNS = [
    "problem", "problem_title", "severity", "severity_label", "problem_tags", "participants_met",
    "frequency", "frequency_lo", "frequency_hi", "problem_observations", "problem_tasks", "impact",
    "recommendation", "problem_description",
]
PERCENT = {"frequency", "frequency_lo", "frequency_hi"}

# machine name -> (meaning, unit), English
COLUMNS: dict[str, tuple[str, str]] = {
    "problem": ("Problem id from the study's problem list (problems.json)", "text"),
    "problem_title": ("Short title of the problem", "text"),
    "severity": ("Severity on the study's scale (sauro-lewis-1-4: 1 = worst; nielsen-0-4: 4 = worst); "
                 "empty = not rated", "number"),
    "severity_label": ("What the severity level means on that scale", "text"),
    "problem_tags": ("Free tags, separated by ;", "text"),
    "participants_met": ("Participants who met the problem at least once", "count"),
    "frequency": ("Share of the participants tested who met the problem", "fraction (shown as %)"),
    "frequency_lo": ("Lower bound of the adjusted-Wald interval", "fraction (shown as %)"),
    "frequency_hi": ("Upper bound of the adjusted-Wald interval", "fraction (shown as %)"),
    "problem_observations": ("Observations linked to the problem", "count"),
    "problem_tasks": ("Tasks the problem was observed on, separated by ;", "text"),
    "impact": ("Sort key: frequency x severity weight (docs/metrics.md)", "number"),
    "recommendation": ("What to change", "text"),
    "problem_description": ("What happens and why it matters", "text"),
    "tag": ("A free tag given to problems or notes", "text"),
    "tagged_problems": ("Problems carrying the tag (on a task row: those met on that task; on the row "
                        "without a task: over all tasks)", "count"),
    "tagged_notes": ("Notes and observations tagged with it (on a task row: recorded during that task; on "
                     "the row without a task: over all tasks)", "count"),
}
MATRIX_MEANING = "1 = this participant met the problem at least once; 0 = did not"

SHEET_NAMES: dict[str, dict[str, str]] = {
    "fr": {"problems": "Problèmes", "problem_matrix": "Matrice des problèmes", "tags": "Étiquettes"},
    "ar": {"problems": "المشكلات", "problem_matrix": "مصفوفة المشكلات", "tags": "الوسوم"},
    "fa": {"problems": "مشکلات", "problem_matrix": "ماتریس مشکلات", "tags": "برچسب‌ها"},
    "ru": {"problems": "Проблемы", "problem_matrix": "Матрица проблем", "tags": "Метки"},
}

# language -> machine name -> (header, meaning)
HEADERS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "problem": ("Problème", "Identifiant du problème dans la liste de l'étude (problems.json)"),
        "problem_title": ("Titre", "Titre court du problème"),
        "severity": ("Gravité", "Gravité sur l'échelle de l'étude (sauro-lewis-1-4 : 1 = le plus grave ; "
                     "nielsen-0-4 : 4 = le plus grave) ; vide = non évaluée"),
        "severity_label": ("Niveau de gravité", "Ce que signifie le niveau sur cette échelle"),
        "problem_tags": ("Étiquettes", "Étiquettes libres, séparées par ;"),
        "participants_met": ("Participants concernés", "Participants ayant rencontré le problème au moins une fois"),
        "frequency": ("Fréquence", "Part des participants testés ayant rencontré le problème"),
        "frequency_lo": ("Fréquence (borne basse)", "Borne basse de l'intervalle de Wald ajusté"),
        "frequency_hi": ("Fréquence (borne haute)", "Borne haute de l'intervalle de Wald ajusté"),
        "problem_observations": ("Observations", "Observations reliées au problème"),
        "problem_tasks": ("Tâches", "Tâches où le problème a été observé, séparées par ;"),
        "impact": ("Impact", "Clé de tri : fréquence × poids de la gravité (docs/metrics.md)"),
        "recommendation": ("Recommandation", "Ce qu'il faut changer"),
        "problem_description": ("Description", "Ce qui se passe et pourquoi c'est important"),
        "tag": ("Étiquette", "Étiquette libre donnée à des problèmes ou à des notes"),
        "tagged_problems": ("Problèmes étiquetés", "Problèmes portant l'étiquette (ligne d'une tâche : ceux "
                            "rencontrés pendant cette tâche ; ligne sans tâche : toutes tâches confondues)"),
        "tagged_notes": ("Notes étiquetées", "Notes et observations portant l'étiquette (ligne d'une tâche : "
                         "relevées pendant cette tâche ; ligne sans tâche : toutes tâches confondues)"),
    },
    "ar": {
        "problem": ("المشكلة", "معرّف المشكلة في قائمة مشكلات الدراسة (problems.json)"),
        "problem_title": ("العنوان", "عنوان قصير للمشكلة"),
        "severity": ("الخطورة", "الخطورة على مقياس الدراسة (sauro-lewis-1-4: 1 = الأسوأ؛ nielsen-0-4: "
                     "4 = الأسوأ)؛ فارغ = غير مُقيَّمة"),
        "severity_label": ("مستوى الخطورة", "معنى المستوى على ذلك المقياس"),
        "problem_tags": ("الوسوم", "وسوم حرة مفصولة بـ ;"),
        "participants_met": ("المشاركون المتأثرون", "المشاركون الذين واجهوا المشكلة مرة واحدة على الأقل"),
        "frequency": ("التكرار", "نسبة المشاركين المختبَرين الذين واجهوا المشكلة"),
        "frequency_lo": ("التكرار (الحد الأدنى)", "الحد الأدنى لفترة والد المعدَّلة"),
        "frequency_hi": ("التكرار (الحد الأعلى)", "الحد الأعلى لفترة والد المعدَّلة"),
        "problem_observations": ("الملاحظات", "الملاحظات المرتبطة بالمشكلة"),
        "problem_tasks": ("المهام", "المهام التي رُصدت فيها المشكلة، مفصولة بـ ;"),
        "impact": ("الأثر", "مفتاح الفرز: التكرار × وزن الخطورة (docs/metrics.md)"),
        "recommendation": ("التوصية", "ما يجب تغييره"),
        "problem_description": ("الوصف", "ما يحدث ولماذا يهم"),
        "tag": ("الوسم", "وسم حر أُعطي لمشكلات أو لملاحظات مدوّنة"),
        "tagged_problems": ("المشكلات الموسومة", "المشكلات التي تحمل الوسم (في صف مهمة: التي ظهرت فيها؛ "
                            "في الصف بلا مهمة: في كل المهام)"),
        "tagged_notes": ("الملاحظات الموسومة", "الملاحظات المدوّنة والملاحظات الموسومة به (في صف مهمة: "
                         "المسجلة أثناءها؛ في الصف بلا مهمة: في كل المهام)"),
    },
    "fa": {
        "problem": ("مشکل", "شناسه مشکل در فهرست مشکلات مطالعه (problems.json)"),
        "problem_title": ("عنوان", "عنوان کوتاه مشکل"),
        "severity": ("شدت", "شدت بر پایه مقیاس مطالعه (sauro-lewis-1-4: 1 = بدترین؛ nielsen-0-4: "
                     "4 = بدترین)؛ خالی = ارزیابی‌نشده"),
        "severity_label": ("سطح شدت", "معنای آن سطح در آن مقیاس"),
        "problem_tags": ("برچسب‌ها", "برچسب‌های آزاد، جداشده با ;"),
        "participants_met": ("شرکت‌کنندگان درگیر", "شرکت‌کنندگانی که دست‌کم یک بار با مشکل روبه‌رو شدند"),
        "frequency": ("فراوانی", "سهم شرکت‌کنندگان آزموده‌شده که با مشکل روبه‌رو شدند"),
        "frequency_lo": ("فراوانی (کران پایین)", "کران پایین بازه والد تعدیل‌شده"),
        "frequency_hi": ("فراوانی (کران بالا)", "کران بالای بازه والد تعدیل‌شده"),
        "problem_observations": ("مشاهده‌ها", "مشاهده‌های پیوندخورده به مشکل"),
        "problem_tasks": ("وظیفه‌ها", "وظیفه‌هایی که مشکل در آن‌ها دیده شد، جداشده با ;"),
        "impact": ("اثر", "کلید مرتب‌سازی: فراوانی × وزن شدت (docs/metrics.md)"),
        "recommendation": ("توصیه", "چه چیزی باید تغییر کند"),
        "problem_description": ("شرح", "چه رخ می‌دهد و چرا مهم است"),
        "tag": ("برچسب", "برچسب آزادی که به مشکلات یا یادداشت‌ها داده شده"),
        "tagged_problems": ("مشکلات برچسب‌دار", "مشکلاتی که این برچسب را دارند (در ردیف یک وظیفه: آن‌هایی "
                            "که در آن وظیفه دیده شدند؛ در ردیف بی‌وظیفه: در همه وظیفه‌ها)"),
        "tagged_notes": ("یادداشت‌های برچسب‌دار", "یادداشت‌ها و مشاهده‌هایی که این برچسب را دارند (در ردیف "
                         "یک وظیفه: ثبت‌شده در آن وظیفه؛ در ردیف بی‌وظیفه: در همه وظیفه‌ها)"),
    },
    "ru": {
        "problem": ("Проблема", "Id проблемы в списке проблем исследования (problems.json)"),
        "problem_title": ("Название", "Краткое название проблемы"),
        "severity": ("Серьёзность", "Серьёзность по шкале исследования (sauro-lewis-1-4: 1 = хуже всего; "
                     "nielsen-0-4: 4 = хуже всего); пусто = не оценена"),
        "severity_label": ("Уровень серьёзности", "Что означает уровень на этой шкале"),
        "problem_tags": ("Метки", "Свободные метки через ;"),
        "participants_met": ("Участников столкнулось", "Участники, хотя бы раз столкнувшиеся с проблемой"),
        "frequency": ("Частота", "Доля протестированных участников, столкнувшихся с проблемой"),
        "frequency_lo": ("Частота (нижняя граница)", "Нижняя граница скорректированного интервала Вальда"),
        "frequency_hi": ("Частота (верхняя граница)", "Верхняя граница скорректированного интервала Вальда"),
        "problem_observations": ("Наблюдения", "Наблюдения, связанные с проблемой"),
        "problem_tasks": ("Задания", "Задания, в которых наблюдалась проблема, через ;"),
        "impact": ("Вес", "Ключ сортировки: частота × вес серьёзности (docs/metrics.md)"),
        "recommendation": ("Рекомендация", "Что изменить"),
        "problem_description": ("Описание", "Что происходит и почему это важно"),
        "tag": ("Метка", "Свободная метка, данная проблемам или заметкам"),
        "tagged_problems": ("Проблем с меткой", "Проблемы с этой меткой (в строке задания: встреченные в нём; "
                            "в строке без задания: по всем заданиям)"),
        "tagged_notes": ("Заметок с меткой", "Заметки и наблюдения с этой меткой (в строке задания: "
                         "записанные во время него; в строке без задания: по всем заданиям)"),
    },
}

MATRIX_MEANINGS = {
    "fr": "1 = ce participant a rencontré le problème au moins une fois ; 0 = non",
    "ar": "1 = واجه هذا المشارك المشكلة مرة واحدة على الأقل؛ 0 = لم يواجهها",
    "fa": "1 = این شرکت‌کننده دست‌کم یک بار با مشکل روبه‌رو شد؛ 0 = نشد",
    "ru": "1 = этот участник хотя бы раз столкнулся с проблемой; 0 = нет",
}

# English source text -> translation, for the HTML report's findings section (merged into
# labels._TEXTS). The discovery sentence keeps its {placeholders}.
DISCOVERY_SENTENCE = ("{n} participants tested, {problems} problems observed ({once} by one participant only). "
                      "Observed mean problem frequency p = {p}; adjusted for the small sample (Lewis 2001) "
                      "p = {p_adj}. About {found} of the problems are likely found so far (about {total} in "
                      "all); finding {g85} needs {n85} participants in all, {g90} needs {n90}.")
TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "Tags": "Étiquettes", "Tag": "Étiquette", "All tasks": "Toutes les tâches",
        "Problems": "Problèmes", "Notes and observations": "Notes et observations",
        "Each tag's problems and tagged notes, over all tasks and then per task.":
            "Les problèmes et les notes de chaque étiquette, toutes tâches confondues puis par tâche.",
        "Findings": "Constats",
        "Problems sorted by severity, then by the share of participants who met them.":
            "Problèmes triés par gravité, puis par part des participants qui les ont rencontrés.",
        "Problem": "Problème", "Severity": "Gravité", "Met by": "Rencontré par",
        "Frequency": "Fréquence", "Tasks": "Tâches", "Recommendation": "Recommandation",
        "not rated": "non évaluée",
        "scenario failure": "échec du scénario", "considerable recovery effort": "récupération laborieuse",
        "minor recovery effort": "récupération mineure", "inefficiency": "inefficacité",
        "not a usability problem": "pas un problème d'utilisabilité", "cosmetic": "cosmétique",
        "minor": "mineur", "major": "majeur", "catastrophe": "catastrophe",
        DISCOVERY_SENTENCE: "{n} participants testés, {problems} problèmes observés ({once} par un seul "
                            "participant). Fréquence moyenne observée p = {p} ; ajustée pour le petit "
                            "échantillon (Lewis 2001) p = {p_adj}. Environ {found} des problèmes sont "
                            "probablement trouvés (environ {total} au total) ; en trouver {g85} demande "
                            "{n85} participants au total, {g90} en demande {n90}.",
    },
    "ar": {
        "Tags": "الوسوم", "Tag": "الوسم", "All tasks": "كل المهام",
        "Problems": "المشكلات", "Notes and observations": "الملاحظات المدوّنة والملاحظات",
        "Each tag's problems and tagged notes, over all tasks and then per task.":
            "مشكلات كل وسم وملاحظاته المدوّنة الموسومة، في كل المهام ثم في كل مهمة.",
        "Findings": "النتائج التكوينية",
        "Problems sorted by severity, then by the share of participants who met them.":
            "المشكلات مرتبة حسب الخطورة، ثم حسب نسبة المشاركين الذين واجهوها.",
        "Problem": "المشكلة", "Severity": "الخطورة", "Met by": "واجهها",
        "Frequency": "التكرار", "Tasks": "المهام", "Recommendation": "التوصية",
        "not rated": "غير مُقيَّمة",
        "scenario failure": "فشل السيناريو", "considerable recovery effort": "جهد استرداد كبير",
        "minor recovery effort": "جهد استرداد بسيط", "inefficiency": "عدم كفاءة",
        "not a usability problem": "ليست مشكلة قابلية استخدام", "cosmetic": "تجميلية",
        "minor": "طفيفة", "major": "كبيرة", "catastrophe": "كارثية",
        DISCOVERY_SENTENCE: "اختُبر {n} مشاركين، ورُصدت {problems} مشكلات ({once} لدى مشارك واحد فقط). "
                            "متوسط تكرار المشكلة المرصود p = {p}؛ وبعد تعديل العينة الصغيرة (Lewis 2001) "
                            "p = {p_adj}. من المرجح اكتشاف نحو {found} من المشكلات حتى الآن (نحو {total} "
                            "إجمالًا)؛ اكتشاف {g85} يتطلب {n85} مشاركين إجمالًا، و{g90} يتطلب {n90}.",
    },
    "fa": {
        "Tags": "برچسب‌ها", "Tag": "برچسب", "All tasks": "همه وظیفه‌ها",
        "Problems": "مشکلات", "Notes and observations": "یادداشت‌ها و مشاهده‌ها",
        "Each tag's problems and tagged notes, over all tasks and then per task.":
            "مشکلات و یادداشت‌های برچسب‌دار هر برچسب، در همه وظیفه‌ها و سپس در هر وظیفه.",
        "Findings": "یافته‌ها",
        "Problems sorted by severity, then by the share of participants who met them.":
            "مشکلات به ترتیب شدت، سپس سهم شرکت‌کنندگانی که با آن‌ها روبه‌رو شدند.",
        "Problem": "مشکل", "Severity": "شدت", "Met by": "روبه‌رو شده",
        "Frequency": "فراوانی", "Tasks": "وظیفه‌ها", "Recommendation": "توصیه",
        "not rated": "ارزیابی‌نشده",
        "scenario failure": "شکست سناریو", "considerable recovery effort": "تلاش زیاد برای بازیابی",
        "minor recovery effort": "تلاش اندک برای بازیابی", "inefficiency": "ناکارآمدی",
        "not a usability problem": "مشکل کاربردپذیری نیست", "cosmetic": "ظاهری",
        "minor": "جزئی", "major": "عمده", "catastrophe": "فاجعه‌بار",
        DISCOVERY_SENTENCE: "{n} شرکت‌کننده آزموده شدند و {problems} مشکل دیده شد ({once} فقط نزد یک "
                            "شرکت‌کننده). میانگین فراوانی مشاهده‌شده p = {p}؛ با تعدیل نمونه کوچک "
                            "(Lewis 2001) p = {p_adj}. احتمالا حدود {found} از مشکلات تا کنون یافته شده "
                            "(حدود {total} در کل)؛ یافتن {g85} به {n85} شرکت‌کننده در کل نیاز دارد و "
                            "{g90} به {n90}.",
    },
    "ru": {
        "Tags": "Метки", "Tag": "Метка", "All tasks": "Все задания",
        "Problems": "Проблемы", "Notes and observations": "Заметки и наблюдения",
        "Each tag's problems and tagged notes, over all tasks and then per task.":
            "Проблемы и заметки с каждой меткой, по всем заданиям и затем по каждому.",
        "Findings": "Выводы",
        "Problems sorted by severity, then by the share of participants who met them.":
            "Проблемы по серьёзности, затем по доле участников, столкнувшихся с ними.",
        "Problem": "Проблема", "Severity": "Серьёзность", "Met by": "Столкнулись",
        "Frequency": "Частота", "Tasks": "Задания", "Recommendation": "Рекомендация",
        "not rated": "не оценена",
        "scenario failure": "провал сценария", "considerable recovery effort": "значительные усилия на исправление",
        "minor recovery effort": "небольшие усилия на исправление", "inefficiency": "неэффективность",
        "not a usability problem": "не проблема юзабилити", "cosmetic": "косметическая",
        "minor": "незначительная", "major": "серьёзная", "catastrophe": "катастрофа",
        DISCOVERY_SENTENCE: "Протестировано участников: {n}, найдено проблем: {problems} (у одного "
                            "участника: {once}). Наблюдаемая средняя частота p = {p}; с поправкой на малую "
                            "выборку (Lewis 2001) p = {p_adj}. Вероятно, найдено около {found} проблем "
                            "(всего около {total}); чтобы найти {g85}, нужно всего {n85} участников, {g90} — {n90}.",
    },
}
