<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG" sourcelanguage="en">
<context>
    <name>AttemptPlayer</name>
    <message>
        <source>Recording of the attempt</source>
        <translation>تسجيل المحاولة</translation>
    </message>
    <message>
        <source>Space or K: play or pause; Left or J, Right or L: 5 seconds back or forward</source>
        <translation>المسافة أو K: تشغيل أو إيقاف مؤقت؛ اليسار أو J، اليمين أو L: 5 ثوانٍ إلى الخلف أو إلى الأمام</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−٥ ث</translation>
    </message>
    <message>
        <source>5 seconds back (Left or J)</source>
        <translation>٥ ثوانٍ إلى الوراء (السهم الأيسر أو J)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+٥ ث</translation>
    </message>
    <message>
        <source>5 seconds forward (Right or L)</source>
        <translation>٥ ثوانٍ إلى الأمام (السهم الأيمن أو L)</translation>
    </message>
    <message>
        <source>5 seconds back</source>
        <translation>٥ ثوانٍ إلى الوراء</translation>
    </message>
    <message>
        <source>5 seconds forward</source>
        <translation>٥ ثوانٍ إلى الأمام</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>تشغيل أو إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <source>Playback speed, from half to twice the real speed</source>
        <translation>سرعة التشغيل، من نصف السرعة الحقيقية إلى ضعفها</translation>
    </message>
    <message>
        <source>Delete this participant&apos;s recordings</source>
        <translation>حذف تسجيلات هذا المشارك</translation>
    </message>
    <message>
        <source>{0}×</source>
        <translation>{0}×</translation>
    </message>
    <message>
        <source>The attempt&apos;s events: click one to see it; Page Up / Page Down: previous / next event</source>
        <translation>أحداث المحاولة: انقر على حدث لمشاهدته؛ Page Up / Page Down: الحدث السابق / التالي</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>الخط الزمني للأحداث</translation>
    </message>
    <message>
        <source>Delete this participant&apos;s recordings…</source>
        <translation>حذف تسجيلات هذا المشارك…</translation>
    </message>
    <message>
        <source>On the participant&apos;s request: removes their video and sound files; the session&apos;s events and notes stay</source>
        <translation>بناءً على طلب المشارك: يحذف ملفات الفيديو والصوت الخاصة به؛ وتبقى أحداث الجلسة وملاحظاتها</translation>
    </message>
    <message>
        <source>Select an attempt to see its recording.</source>
        <translation>اختر محاولة لمشاهدة تسجيلها.</translation>
    </message>
    <message>
        <source>Recording of {0} in “{1}”</source>
        <translation>تسجيل {0} في «{1}»</translation>
    </message>
    <message>
        <source>This attempt was recorded ({0}), but video cannot be played here: {1}. Fix: install PySide6-Addons of the same version as PySide6, and on Linux the PulseAudio client library (libpulse0).</source>
        <translation>سُجّلت هذه المحاولة ({0})، لكن لا يمكن تشغيل الفيديو هنا: {1}. الحل: ثبّت PySide6-Addons بنفس إصدار PySide6، وعلى Linux مكتبة عميل PulseAudio ‏(libpulse0).</translation>
    </message>
    <message>
        <source>No recording for this attempt</source>
        <translation>لا يوجد تسجيل لهذه المحاولة</translation>
    </message>
    <message>
        <source>{0}: a results file holds no recordings.</source>
        <translation>{0}: ملف النتائج لا يحتوي على تسجيلات.</translation>
    </message>
    <message>
        <source>{0}: this attempt is not in the study&apos;s sessions.</source>
        <translation>{0}: هذه المحاولة ليست ضمن جلسات الدراسة.</translation>
    </message>
    <message>
        <source>{0}: the participant&apos;s recordings were deleted on request ({1}).</source>
        <translation>{0}: حُذفت تسجيلات المشارك بناءً على طلبه ({1}).</translation>
    </message>
    <message>
        <source>{0}: the participant did not consent to recording.</source>
        <translation>{0}: لم يوافق المشارك على التسجيل.</translation>
    </message>
    <message>
        <source>{0}: the session was not recorded.</source>
        <translation>{0}: لم تُسجَّل الجلسة.</translation>
    </message>
    <message>
        <source>{0}: nothing was recording while it ran (the recording failed: {1}).</source>
        <translation>{0}: لم يكن هناك تسجيل أثناء تنفيذها (فشل التسجيل: {1}).</translation>
    </message>
    <message>
        <source>{0}: nothing was recording while it ran.</source>
        <translation>{0}: لم يكن هناك تسجيل أثناء تنفيذها.</translation>
    </message>
    <message>
        <source>{0}: the file {1} is missing. Fix: put it back in the study&apos;s sessions folder.</source>
        <translation>{0}: الملف {1} مفقود. الحل: أعده إلى مجلد جلسات الدراسة.</translation>
    </message>
    <message>
        <source>critical incident</source>
        <translation>حادثة حرجة</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>assist</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>problem observation</source>
        <translation>ملاحظة مشكلة</translation>
    </message>
    <message>
        <source>task started</source>
        <translation>بدأت المهمة</translation>
    </message>
    <message>
        <source>task ended</source>
        <translation>انتهت المهمة</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>توقفت الساعة</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>Attempt video</source>
        <translation>فيديو المحاولة</translation>
    </message>
    <message>
        <source>The recording cannot be played: {0} ({1})</source>
        <translation>لا يمكن تشغيل التسجيل: {0} ‏({1})</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Play / pause (Space or K)</source>
        <translation>تشغيل / إيقاف مؤقت (مسافة أو K)</translation>
    </message>
    <message>
        <source>Delete recordings</source>
        <translation>حذف التسجيلات</translation>
    </message>
    <message>
        <source>Delete every video and sound file of {0}? This cannot be undone. The session&apos;s events, times and notes are kept, and the deletion is recorded in the study&apos;s sessions folder.</source>
        <translation>حذف كل ملفات الفيديو والصوت الخاصة بـ{0}؟ لا يمكن التراجع عن ذلك. تُحفظ أحداث الجلسة وأوقاتها وملاحظاتها، ويُسجَّل الحذف في مجلد جلسات الدراسة.</translation>
    </message>
    <message>
        <source>The recordings were not deleted: {0}</source>
        <translation>لم تُحذف التسجيلات: {0}</translation>
    </message>
    <message>
        <source>Some files could not be deleted: {0}</source>
        <translation>تعذّر حذف بعض الملفات: {0}</translation>
    </message>
</context>
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Attributes recorded for &amp;each participant (the one named &quot;group&quot; lists the groups to compare):</source>
        <translation>السمات المسجّلة لكل مشارك (السمة المسمّاة &quot;group&quot; تسرد المجموعات المراد مقارنتها):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Choices (separated by commas; empty = free text)</source>
        <translation>الخيارات (مفصولة بفواصل؛ فارغ = نص حر)</translation>
    </message>
    <message>
        <source>Participant attributes</source>
        <translation>سمات المشاركين</translation>
    </message>
    <message>
        <source>Each attribute: a short name used in the data, the label people read, and the allowed values</source>
        <translation>لكل سمة: اسم قصير يُستخدم في البيانات، والتسمية التي يقرؤها الناس، والقيم المسموح بها</translation>
    </message>
    <message>
        <source>&amp;Add attribute</source>
        <translation>إضافة سمة</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>إضافة سمة</translation>
    </message>
    <message>
        <source>Record one more attribute for each participant (e.g. age band)</source>
        <translation>تسجيل سمة إضافية لكل مشارك (مثل الفئة العمرية)</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>إزالة السمة</translation>
    </message>
    <message>
        <source>Stop recording the selected attribute (values already entered stay with the participants)</source>
        <translation>إيقاف تسجيل السمة المحدَّدة (تبقى القيم المُدخلة مع المشاركين)</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>سمة جديدة</translation>
    </message>
</context>
<context>
    <name>Benchmarks</name>
    <message>
        <source>{what}: no data to compare with the {target} benchmark</source>
        <translation>{what}: لا توجد بيانات للمقارنة بالمعيار المرجعي {target}</translation>
    </message>
    <message>
        <source>{what}: every value is the same ({shown}; no variation), so no test applies; it is {side} {target} in these data</source>
        <translation>{what}: كل القيم متساوية ({shown}؛ لا تباين)، لذا لا ينطبق أي اختبار؛ النتيجة {side} {target} في هذه البيانات</translation>
    </message>
    <message>
        <source>{what}: not enough data to test against {target} (n = {n})</source>
        <translation>{what}: لا توجد بيانات كافية للاختبار مقابل {target} (n = {n})</translation>
    </message>
    <message>
        <source>{what} {shown} is {side} {target} with {conf} ({test})</source>
        <translation>{what} {shown} {side} {target} بثقة {conf} ({test})</translation>
    </message>
    <message>
        <source>{what} {shown}: not shown to be {side} {target} (only {conf}; {test})</source>
        <translation>{what} {shown}: لم يثبت أنه {side} {target} (الثقة {conf} فقط؛ {test})</translation>
    </message>
    <message>
        <source>above</source>
        <translation>أعلى من</translation>
    </message>
    <message>
        <source>below</source>
        <translation>أدنى من</translation>
    </message>
    <message>
        <source>faster than</source>
        <translation>أسرع من</translation>
    </message>
    <message>
        <source>slower than</source>
        <translation>أبطأ من</translation>
    </message>
    <message>
        <source>{c} confidence</source>
        <translation>{c}</translation>
    </message>
    <message>
        <source>more than {c} confidence</source>
        <translation>أكثر من {c}</translation>
    </message>
    <message>
        <source>less than {c} confidence</source>
        <translation>أقل من {c}</translation>
    </message>
    <message>
        <source>{task}: completion</source>
        <translation>{task}: الإنجاز</translation>
    </message>
    <message>
        <source>{task}: SEQ</source>
        <translation>{task}: SEQ</translation>
    </message>
    <message>
        <source>{task}: time</source>
        <translation>{task}: الزمن</translation>
    </message>
    <message>
        <source>mean {v}</source>
        <translation>المتوسط {v}</translation>
    </message>
    <message>
        <source>geometric mean {v}</source>
        <translation>المتوسط الهندسي {v}</translation>
    </message>
    <message>
        <source>the {t} target</source>
        <translation>الهدف {t}</translation>
    </message>
    <message>
        <source>{t} (SUS-equivalent; UMUX-Lite {raw})</source>
        <translation>{t} (ما يعادل SUS؛ UMUX-Lite {raw})</translation>
    </message>
    <message>
        <source>s</source>
        <translation>ث</translation>
    </message>
    <message>
        <source>exact binomial test, one-sided (mid-p)</source>
        <translation>اختبار ذي الحدين الدقيق، أحادي الجانب (mid-p)</translation>
    </message>
    <message>
        <source>one-sample t-test, one-sided</source>
        <translation>اختبار t لعينة واحدة، أحادي الجانب</translation>
    </message>
    <message>
        <source>one-sample t-test on log times, one-sided</source>
        <translation>اختبار t لعينة واحدة على لوغاريتم الأزمنة، أحادي الجانب</translation>
    </message>
    <message>
        <source>one-sample z-test (adjusted-Wald SE), one-sided</source>
        <translation>اختبار z لعينة واحدة (الخطأ المعياري لوالد المعدّل)، أحادي الجانب</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>معدل الإنجاز</translation>
    </message>
    <message>
        <source>SEQ (mean)</source>
        <translation>SEQ (المتوسط)</translation>
    </message>
    <message>
        <source>Time vs target (geometric mean)</source>
        <translation>الوقت مقابل الهدف (المتوسط الهندسي)</translation>
    </message>
    <message>
        <source>SUS (mean)</source>
        <translation>SUS (المتوسط)</translation>
    </message>
    <message>
        <source>UMUX-Lite (mean)</source>
        <translation>UMUX-Lite (المتوسط)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>المعيار المرجعي</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>المُلاحَظ</translation>
    </message>
    <message>
        <source>p (one-sided)</source>
        <translation>p (أحادي الطرف)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>The benchmark or target the result is tested against</source>
        <translation>المعيار المرجعي أو الهدف الذي تُختبر النتيجة مقابله</translation>
    </message>
    <message>
        <source>One-sided p-value that the result is better than the benchmark (completion: exact binomial mid-p; means: one-sample t; times: t on log times)</source>
        <translation>قيمة p أحادية الطرف لكون النتيجة أفضل من المعيار المرجعي (الإنجاز: mid-p ذي الحدين الدقيق؛ المتوسطات: اختبار t لعينة واحدة؛ الأوقات: t على لوغاريتم الأوقات)</translation>
    </message>
    <message>
        <source>1 − p: how confident one can be that the result is better than the benchmark</source>
        <translation>1 − p: مدى الثقة في أن النتيجة أفضل من المعيار المرجعي</translation>
    </message>
    <message>
        <source>Plain-language reading of the test</source>
        <translation>قراءة الاختبار بلغة بسيطة</translation>
    </message>
</context>
<context>
    <name>BenchmarksDialog</name>
    <message>
        <source>Benchmarks</source>
        <translation>المعايير المرجعية</translation>
    </message>
    <message>
        <source>Each result is tested one-sided against its benchmark. The values are saved in the study file; the defaults are the averages published by Sauro and Lewis (completion 78 %, SEQ 5.5, SUS 68).</source>
        <translation>يُختبر كل نتيجة اختبارًا أحادي الجانب مقابل معيارها المرجعي. تُحفظ القيم في ملف الدراسة؛ والقيم الافتراضية هي المتوسطات التي نشرها ساورو ولويس (الإنجاز ٧٨ %، SEQ ٥٫٥، SUS ٦٨).</translation>
    </message>
    <message>
        <source>Completion rate (%):</source>
        <translation>معدل الإنجاز (%):</translation>
    </message>
    <message>
        <source>SEQ mean:</source>
        <translation>متوسط SEQ:</translation>
    </message>
    <message>
        <source>SUS mean:</source>
        <translation>متوسط SUS:</translation>
    </message>
    <message>
        <source>UMUX-Lite (SUS-equivalent):</source>
        <translation>UMUX-Lite (ما يعادل SUS):</translation>
    </message>
    <message>
        <source>NPS:</source>
        <translation>NPS:</translation>
    </message>
    <message>
        <source>Test the NPS against a benchmark</source>
        <translation>اختبار NPS مقابل معيار مرجعي</translation>
    </message>
</context>
<context>
    <name>ChartBase</name>
    <message>
        <source>No data to show.</source>
        <translation>لا توجد بيانات لعرضها.</translation>
    </message>
    <message>
        <source>Chart data, {0} rows:</source>
        <translation>بيانات المخطط، عدد الصفوف: {0}:</translation>
    </message>
    <message>
        <source>…and {0} more rows: use “Show data as table”.</source>
        <translation>…و{0} صفوف أخرى: استخدم «عرض البيانات في جدول».</translation>
    </message>
    <message>
        <source>Show data as table</source>
        <translation>عرض البيانات في جدول</translation>
    </message>
    <message>
        <source>Show the data of the chart as a table</source>
        <translation>عرض بيانات المخطط في جدول</translation>
    </message>
    <message>
        <source>The numbers of every bar, point and band of this chart in a table, for the keyboard and screen readers</source>
        <translation>أرقام كل عمود ونقطة ونطاق في هذا المخطط في جدول، للوحة المفاتيح وقارئات الشاشة</translation>
    </message>
</context>
<context>
    <name>ChartTableDialog</name>
    <message>
        <source>Data of the chart: {0}</source>
        <translation>بيانات المخطط: {0}</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>القيم</translation>
    </message>
    <message>
        <source>One row per bar, point or band of the chart, with the numbers its tooltip shows</source>
        <translation>صف لكل عمود أو نقطة أو نطاق في المخطط، مع الأرقام التي يعرضها تلميحه</translation>
    </message>
    <message>
        <source>Close the table</source>
        <translation>إغلاق الجدول</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>The charts cannot be drawn: {0}</source>
        <translation>تعذّر رسم الرسوم البيانية: {0}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Completion</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <source>Time on task</source>
        <translation>الوقت المستغرق</translation>
    </message>
    <message>
        <source>Ease (SEQ)</source>
        <translation>السهولة (SEQ)</translation>
    </message>
    <message>
        <source>Ease vs completion</source>
        <translation>السهولة مقابل الإنجاز</translation>
    </message>
    <message>
        <source>SUS</source>
        <translation>SUS</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>الرحلة</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>المخطط الزمني</translation>
    </message>
    <message>
        <source>Results charts</source>
        <translation>الرسوم البيانية للنتائج</translation>
    </message>
    <message>
        <source>Charts of the study results; hover a bar or point for its numbers.</source>
        <translation>رسوم بيانية لنتائج الدراسة؛ مرّر المؤشر فوق شريط أو نقطة لرؤية أرقامها.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Value in group {0} (n in the tooltip)</source>
        <translation>القيمة في المجموعة {0} (n في التلميح)</translation>
    </message>
    <message>
        <source>How large the difference is: {0} − {1} with its confidence interval (completion in percentage points, ratings in scale points, Hedges&apos; g in the tooltip), or the ratio {0} / {1} of geometric mean times</source>
        <translation>حجم الفرق: {0} − {1} مع فترة الثقة (الإنجاز بالنقاط المئوية، والتقييمات بنقاط المقياس، وg لهيدجز في التلميح)، أو نسبة {0} / {1} للمتوسطين الهندسيين للأزمنة</translation>
    </message>
    <message>
        <source>Two-sided p-value; a difference is called reliable when p is below 1 − confidence</source>
        <translation>قيمة p ثنائية الطرف؛ يُعدّ الفرق موثوقًا عندما تكون p أقل من 1 − الثقة</translation>
    </message>
    <message>
        <source>Plain-language reading of the test</source>
        <translation>قراءة الاختبار بلغة واضحة</translation>
    </message>
    <message>
        <source>Hedges&apos; g = {0}</source>
        <translation>g لهيدجز = {0}</translation>
    </message>
    <message>
        <source>g = {0}</source>
        <translation>g = {0}</translation>
    </message>
    <message>
        <source>{0}, Holm-adjusted</source>
        <translation>{0}، مع تصحيح هولم</translation>
    </message>
    <message>
        <source>N-1 two-proportion test</source>
        <translation>اختبار N-١ لنسبتين</translation>
    </message>
    <message>
        <source>Fisher exact test</source>
        <translation>اختبار فيشر الدقيق</translation>
    </message>
    <message>
        <source>Welch t-test</source>
        <translation>اختبار t لويلش</translation>
    </message>
    <message>
        <source>Welch t-test on log times</source>
        <translation>اختبار t لويلش على لوغاريتم الأزمنة</translation>
    </message>
    <message>
        <source>Wilcoxon signed-rank test</source>
        <translation>اختبار ويلكوكسون للرتب ذات الإشارة</translation>
    </message>
    <message>
        <source>McNemar exact test (mid-p)</source>
        <translation>اختبار مكنمار الدقيق (mid-p)</translation>
    </message>
    <message>
        <source>paired t-test</source>
        <translation>اختبار t للأزواج</translation>
    </message>
    <message>
        <source>paired t-test on log times</source>
        <translation>اختبار t للأزواج على لوغاريتم الأزمنة</translation>
    </message>
    <message>
        <source>paired t-test on each participant&apos;s mean log time</source>
        <translation>اختبار t للأزواج على متوسط لوغاريتم الزمن لكل مشارك</translation>
    </message>
    <message>
        <source>No difference: every value is {0} in both {1} and {2} (no variation, so no test)</source>
        <translation>لا فرق: كل القيم {0} في {1} وفي {2} (لا تباين، فلا اختبار)</translation>
    </message>
    <message>
        <source>Every value in {0} is {1} and every value in {2} is {3}: with no variation within the groups the difference is exact for these data and no test applies</source>
        <translation>كل القيم في {0} تساوي {1} وكل القيم في {2} تساوي {3}: لا تباين داخل المجموعات، فالفرق دقيق لهذه البيانات ولا ينطبق أي اختبار</translation>
    </message>
    <message>
        <source>Not enough data to compare ({0}: n = {1}, {2}: n = {3})</source>
        <translation>لا توجد بيانات كافية للمقارنة ({0}: n = {1}، {2}: n = {3})</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Fisher exact test: {0}</source>
        <translation>اختبار فيشر الدقيق: {0}</translation>
    </message>
    <message>
        <source>check: {0} {1}</source>
        <translation>للتحقق: {0} {1}</translation>
    </message>
    <message>
        <source>No reliable difference ({0} {1} vs {2} {3}), {4}</source>
        <translation>لا فرق موثوق ({0} {1} مقابل {2} {3})، {4}</translation>
    </message>
    <message>
        <source>{0} faster ({1} vs {2}), {3}</source>
        <translation>{0} أسرع ({1} مقابل {2})، {3}</translation>
    </message>
    <message>
        <source>{0} higher ({1} vs {2}), {3}</source>
        <translation>{0} أعلى ({1} مقابل {2})، {3}</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>معدل الإنجاز</translation>
    </message>
    <message>
        <source>Time, successful (geometric mean)</source>
        <translation>الوقت، المحاولات الناجحة (الوسط الهندسي)</translation>
    </message>
    <message>
        <source>SEQ mean</source>
        <translation>متوسط SEQ</translation>
    </message>
    <message>
        <source>(all tasks)</source>
        <translation>(جميع المهام)</translation>
    </message>
    <message>
        <source>Time per participant, successful (geometric mean)</source>
        <translation>الزمن لكل مشارك، المحاولات الناجحة (المتوسط الهندسي)</translation>
    </message>
    <message>
        <source>SUS mean</source>
        <translation>متوسط SUS</translation>
    </message>
    <message>
        <source>UMUX-Lite mean</source>
        <translation>متوسط UMUX-Lite</translation>
    </message>
    <message>
        <source>(study)</source>
        <translation>(الدراسة)</translation>
    </message>
</context>
<context>
    <name>ComparisonMany</name>
    <message>
        <source>chi-square test of independence</source>
        <translation>اختبار كاي مربع للاستقلال</translation>
    </message>
    <message>
        <source>Fisher-Freeman-Halton exact test</source>
        <translation>اختبار فيشر-فريمان-هالتون الدقيق</translation>
    </message>
    <message>
        <source>Welch&apos;s ANOVA</source>
        <translation>تحليل التباين لويلش</translation>
    </message>
    <message>
        <source>Welch&apos;s ANOVA on log times</source>
        <translation>تحليل التباين لويلش على لوغاريتم الأزمنة</translation>
    </message>
    <message>
        <source>Cochran&apos;s Q test</source>
        <translation>اختبار Q لكوكران</translation>
    </message>
    <message>
        <source>Friedman test</source>
        <translation>اختبار فريدمان</translation>
    </message>
    <message>
        <source>Friedman test on log times</source>
        <translation>اختبار فريدمان على لوغاريتم الأزمنة</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>معدل الإنجاز</translation>
    </message>
    <message>
        <source>Time, successful (geometric mean)</source>
        <translation>الوقت، المحاولات الناجحة (الوسط الهندسي)</translation>
    </message>
    <message>
        <source>SEQ mean</source>
        <translation>متوسط SEQ</translation>
    </message>
    <message>
        <source>SUS mean</source>
        <translation>متوسط SUS</translation>
    </message>
    <message>
        <source>UMUX-Lite mean</source>
        <translation>متوسط UMUX-Lite</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>معدل الإنجاز</translation>
    </message>
    <message>
        <source>time on task</source>
        <translation>زمن المهمة</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>SUS</source>
        <translation>SUS</translation>
    </message>
    <message>
        <source>UMUX-Lite</source>
        <translation>UMUX-Lite</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأولى</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>الثانية</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>p (pairs: Holm)</source>
        <translation>p (الأزواج: هولم)</translation>
    </message>
    <message>
        <source>All groups (the omnibus test), or the two groups of a pair</source>
        <translation>كل المجموعات (الاختبار الشامل)، أو مجموعتا الزوج</translation>
    </message>
    <message>
        <source>Value in the first group of the pair (n in the tooltip)</source>
        <translation>القيمة في المجموعة الأولى من الزوج (n في التلميح)</translation>
    </message>
    <message>
        <source>Value in the second group of the pair (n in the tooltip)</source>
        <translation>القيمة في المجموعة الثانية من الزوج (n في التلميح)</translation>
    </message>
    <message>
        <source>Omnibus rows: the test statistic and its degrees of freedom. Pairs: first − second with its confidence interval (completion in percentage points, ratings in scale points, Hedges&apos; g in the tooltip), or the ratio first / second of geometric mean times</source>
        <translation>صفوف الاختبار الشامل: إحصاءة الاختبار ودرجات حريتها. الأزواج: الأولى − الثانية مع فترة الثقة (الإنجاز بالنقاط المئوية، والتقييمات بنقاط المقياس، وg لهيدجز في التلميح)، أو النسبة الأولى / الثانية للأوساط الهندسية للأزمنة</translation>
    </message>
    <message>
        <source>Omnibus rows: p of the test across all groups. Pairs: p adjusted with Holm&apos;s step-down rule within the measure (the unadjusted p in the tooltip)</source>
        <translation>صفوف الاختبار الشامل: قيمة p للاختبار عبر كل المجموعات. الأزواج: قيمة p مصححة بطريقة هولم التنازلية ضمن المقياس (قيمة p غير المصححة في التلميح)</translation>
    </message>
    <message>
        <source>Plain-language reading of the test</source>
        <translation>قراءة الاختبار بلغة واضحة</translation>
    </message>
    <message>
        <source>χ²({0}) = {1}</source>
        <translation>χ²({0}) = {1}</translation>
    </message>
    <message>
        <source>F({0}, {1}) = {2}</source>
        <translation>F({0}، {1}) = {2}</translation>
    </message>
    <message>
        <source>No variation in {0} within the groups, so no test</source>
        <translation>لا تباين في {0} داخل المجموعات، لذا لا اختبار</translation>
    </message>
    <message>
        <source>Not enough data for a test of {0} across the {1} groups</source>
        <translation>لا توجد بيانات كافية لاختبار {0} عبر المجموعات الـ{1}</translation>
    </message>
    <message>
        <source>Reliable difference in {0} between the {1} groups, {2} ({3})</source>
        <translation>فرق موثوق في {0} بين المجموعات الـ{1}، {2} ({3})</translation>
    </message>
    <message>
        <source>No reliable difference in {0} between the {1} groups, {2} ({3})</source>
        <translation>لا فرق موثوق في {0} بين المجموعات الـ{1}، {2} ({3})</translation>
    </message>
    <message>
        <source>No variation in {0} within the conditions, so no test</source>
        <translation>لا تباين في {0} داخل الحالات، لذا لا اختبار</translation>
    </message>
    <message>
        <source>Not enough data for a test of {0} across the {1} conditions</source>
        <translation>لا توجد بيانات كافية لاختبار {0} عبر الحالات الـ{1}</translation>
    </message>
    <message>
        <source>Reliable difference in {0} between the {1} conditions, {2} ({3})</source>
        <translation>فرق موثوق في {0} بين الحالات الـ{1}، {2} ({3})</translation>
    </message>
    <message>
        <source>No reliable difference in {0} between the {1} conditions, {2} ({3})</source>
        <translation>لا فرق موثوق في {0} بين الحالات الـ{1}، {2} ({3})</translation>
    </message>
    <message>
        <source>Chi-square test: {0} (not used: an expected count is below 5)</source>
        <translation>اختبار كاي مربع: {0} (غير مستخدم: أحد التكرارات المتوقعة أقل من 5)</translation>
    </message>
    <message>
        <source>all {0} groups</source>
        <translation>المجموعات الـ{0} كلها</translation>
    </message>
    <message>
        <source>all {0} conditions</source>
        <translation>الحالات الـ{0} كلها</translation>
    </message>
    <message>
        <source>Unadjusted: {0}</source>
        <translation>دون تصحيح: {0}</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>(study)</source>
        <translation>(الدراسة)</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Change the benchmarks the results are tested against; they are saved in the study file</source>
        <translation>تغيير المعايير المرجعية التي تُختبر النتائج مقابلها؛ تُحفظ في ملف الدراسة</translation>
    </message>
    <message>
        <source>A results spreadsheet has no study file to save benchmarks in; use uxlab analyze --benchmark on the command line instead</source>
        <translation>لا يملك جدول النتائج ملف دراسة تُحفظ فيه المعايير المرجعية؛ استخدم بدلًا من ذلك uxlab analyze --benchmark في سطر الأوامر</translation>
    </message>
    <message>
        <source>Benchmarks (one-sided tests; highlighted rows are better than their benchmark at {0} % confidence): completion 78 %, SEQ 5.5, SUS and UMUX-Lite 68, each task&apos;s target time, or the study&apos;s own benchmarks.</source>
        <translation>المعايير المرجعية (اختبارات أحادية الطرف؛ الصفوف المظللة أفضل من معيارها بثقة {0} ٪): الإنجاز ٧٨ ٪، SEQ ‏٥٫٥، SUS وUMUX-Lite ‏٦٨، والوقت المستهدف لكل مهمة، أو المعايير الخاصة بالدراسة.</translation>
    </message>
    <message>
        <source>Choose a group or attribute in &apos;Compare by&apos; to compare two groups side by side with significance tests.</source>
        <translation>اختر مجموعة أو سمة في «المقارنة حسب» لمقارنة مجموعتين جنبًا إلى جنب باختبارات الدلالة الإحصائية.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has {1} value(s); a comparison needs two groups.</source>
        <translation>لـ«{0}» {1} قيمة فقط؛ تحتاج المقارنة إلى مجموعتين.</translation>
    </message>
    <message>
        <source>Choose two different groups to compare.</source>
        <translation>اختر مجموعتين مختلفتين للمقارنة.</translation>
    </message>
    <message>
        <source>{0} vs {1} (by {2}), {3} % confidence; highlighted rows differ reliably. The p-value and test of each row are those of the reading.</source>
        <translation>{0} مقابل {1} (حسب {2})، بثقة {3} %؛ الصفوف المميَّزة تختلف اختلافًا موثوقًا. قيمة p والاختبار في كل صف هما المذكوران في القراءة.</translation>
    </message>
    <message>
        <source>Design: within-subjects ({0} participants with data under both conditions), so the tests are paired.</source>
        <translation>التصميم: داخل المشاركين ({0} مشاركًا لديهم بيانات في الحالتين)، لذا فالاختبارات مزدوجة.</translation>
    </message>
    <message>
        <source>Design: mixed ({0} participants with data under both conditions are compared paired).</source>
        <translation>التصميم: مختلط (يُقارن {0} مشاركًا لديهم بيانات في الحالتين مقارنة مزدوجة).</translation>
    </message>
    <message>
        <source>Design: between-subjects (independent groups).</source>
        <translation>التصميم: بين المشاركين (مجموعات مستقلة).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has {1} values: choose the two groups to compare next to &apos;Compare by&apos;.</source>
        <translation>للسمة «{0}» {1} قيم: اختر المجموعتين المراد مقارنتهما بجانب «المقارنة حسب».</translation>
    </message>
    <message>
        <source>{0} groups by {1} ({2}), {3} % confidence. For each measure, a test across all groups, then every pair of groups with p adjusted by Holm&apos;s method; highlighted rows differ reliably.</source>
        <translation>{0} مجموعات حسب {1} ({2})، بثقة {3} %. لكل مقياس اختبار عبر كل المجموعات، ثم كل زوج من المجموعات مع قيمة p مصححة بطريقة هولم؛ الصفوف المظللة تختلف اختلافًا موثوقًا.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{0} attempt(s) with no value in &apos;{1}&apos; are left out of the comparison.</source>
        <translation>استُبعدت من المقارنة {0} محاولة بلا قيمة في «{1}».</translation>
    </message>
    <message>
        <source>{0} participant(s) with no value in &apos;{1}&apos; are left out of the comparison.</source>
        <translation>استُبعد من المقارنة {0} مشاركًا بلا قيمة في «{1}».</translation>
    </message>
    <message>
        <source>E&amp;dit benchmarks…</source>
        <translation>تعديل المعايير المرجعية…</translation>
    </message>
    <message>
        <source>Edit the study&apos;s benchmarks</source>
        <translation>تعديل المعايير المرجعية للدراسة</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>المعايير المرجعية</translation>
    </message>
    <message>
        <source>Each result tested one-sided against its benchmark or target; highlighted rows are better than it</source>
        <translation>كل نتيجة مختبرة أحادية الطرف مقابل معيارها المرجعي أو هدفها؛ الصفوف المظللة أفضل منه</translation>
    </message>
    <message>
        <source>Group comparison</source>
        <translation>مقارنة المجموعات</translation>
    </message>
    <message>
        <source>Highlighted rows: reliable difference at the chosen confidence level</source>
        <translation>الصفوف المميَّزة: فرق موثوق عند مستوى الثقة المختار</translation>
    </message>
</context>
<context>
    <name>CompletionChart</name>
    <message>
        <source>Completion rate by task</source>
        <translation>معدل الإنجاز حسب المهمة</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>جميع المشاركين</translation>
    </message>
    <message>
        <source>{0}
{1}: {2} completed ({3} attempts)
{4} CI {5} – {6}</source>
        <translation>{0}
{1}: نسبة الإنجاز {2} (عدد المحاولات: {3})
فترة الثقة {4}: {5} – {6}</translation>
    </message>
    <message>
        <source>Completion rate (%); whiskers: {0} confidence interval</source>
        <translation>معدل الإنجاز (%)؛ الشعيرات: فترة الثقة {0}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Tit&amp;le:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>الوصف:</translation>
    </message>
    <message>
        <source>Study lan&amp;guage:</source>
        <translation>لغة الدراسة:</translation>
    </message>
    <message>
        <source>Scenario lang&amp;uages:</source>
        <translation>لغات السيناريوهات:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>المشارك:</translation>
    </message>
    <message>
        <source>Study title</source>
        <translation>عنوان الدراسة</translation>
    </message>
    <message>
        <source>The study&apos;s name, shown in the window title and in reports</source>
        <translation>اسم الدراسة، ويظهر في عنوان النافذة وفي التقارير</translation>
    </message>
    <message>
        <source>Study description</source>
        <translation>وصف الدراسة</translation>
    </message>
    <message>
        <source>What the study is about, for the team (participants do not see it)</source>
        <translation>موضوع الدراسة، للفريق (لا يراه المشاركون)</translation>
    </message>
    <message>
        <source>Study language</source>
        <translation>لغة الدراسة</translation>
    </message>
    <message>
        <source>The language texts are written in when no other language is given (a language code such as en, fr, ar)</source>
        <translation>لغة النصوص عندما لا تُحدَّد لغة أخرى (رمز لغة مثل en أو fr أو ar)</translation>
    </message>
    <message>
        <source>Scenario languages</source>
        <translation>لغات السيناريوهات</translation>
    </message>
    <message>
        <source>Every language the scenarios are written in, as codes separated by commas, e.g. en, fr</source>
        <translation>كل اللغات التي كُتبت بها السيناريوهات، برموز تفصل بينها فواصل، مثل en, fr</translation>
    </message>
    <message>
        <source>e.g. en, fr</source>
        <translation>مثل en, fr</translation>
    </message>
    <message>
        <source>The participant may end a task themselves</source>
        <translation>يمكن للمشارك إنهاء المهمة بنفسه</translation>
    </message>
    <message>
        <source>Participant can end a task</source>
        <translation>يمكن للمشارك إنهاء المهمة</translation>
    </message>
    <message>
        <source>Show the participant a button to say they are done with the task</source>
        <translation>إظهار زر للمشارك ليُعلِم بأنه أنهى المهمة</translation>
    </message>
    <message>
        <source>R&amp;ecording:</source>
        <translation>التسجيل:</translation>
    </message>
    <message>
        <source>Off: record no media</source>
        <translation>متوقف: لا تسجيل لأي وسائط</translation>
    </message>
    <message>
        <source>The participant&apos;s screen only</source>
        <translation>شاشة المشارك فقط</translation>
    </message>
    <message>
        <source>Screen, camera and microphone</source>
        <translation>الشاشة والكاميرا والميكروفون</translation>
    </message>
    <message>
        <source>Session recording</source>
        <translation>تسجيل الجلسات</translation>
    </message>
    <message>
        <source>What each session records, after the participant&apos;s consent is asked and journaled</source>
        <translation>ما تسجّله كل جلسة، بعد طلب موافقة المشارك وتدوينها في السجل</translation>
    </message>
</context>
<context>
    <name>DiscoveryCurve</name>
    <message>
        <source>Discovery curve</source>
        <translation>منحنى الاكتشاف</translation>
    </message>
    <message>
        <source>Expected share of the problems found with n participants: 1 − (1 − p)ⁿ</source>
        <translation>النسبة المتوقعة من المشكلات المكتشفة مع n مشاركين: 1 − (1 − p)ⁿ</translation>
    </message>
    <message>
        <source>Discovery estimates</source>
        <translation>تقديرات الاكتشاف</translation>
    </message>
    <message>
        <source>Problem discovery</source>
        <translation>اكتشاف المشكلات</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Share of problems found (%)</source>
        <translation>نسبة المشكلات المكتشفة (%)</translation>
    </message>
    <message>
        <source>No problems yet: link observations to problems to estimate discovery.</source>
        <translation>لا توجد مشكلات بعد: اربط الملاحظات بالمشكلات لتقدير الاكتشاف.</translation>
    </message>
    <message>
        <source>adjusted p (Lewis 2001)</source>
        <translation>p المعدَّل (Lewis 2001)</translation>
    </message>
    <message>
        <source>observed p</source>
        <translation>p المرصود</translation>
    </message>
    <message>
        <source>{0}: {1} participants</source>
        <translation>{0}: {1} مشاركين</translation>
    </message>
    <message>
        <source>{0} participants, {1} problems ({2} seen once). Observed p = {3}, adjusted p = {4}. Share found so far ≈ {5}; estimated problems in all ≈ {6}. To find: {7}.</source>
        <translation>{0} مشاركين، {1} مشكلات ({2} رُصدت مرة واحدة). p المرصود = {3}، p المعدَّل = {4}. النسبة المكتشفة حتى الآن ≈ {5}؛ العدد الكلي المقدَّر للمشكلات ≈ {6}. للاكتشاف: {7}.</translation>
    </message>
</context>
<context>
    <name>DiskBanner</name>
    <message>
        <source>Retry now</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message>
        <source>Try again to write the events kept in memory</source>
        <translation>محاولة كتابة الأحداث المحفوظة في الذاكرة مجددًا</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>إعادة محاولة الحفظ</translation>
    </message>
    <message>
        <source>Save elsewhere…</source>
        <translation>الحفظ في مكان آخر…</translation>
    </message>
    <message>
        <source>Write the whole session to another folder or drive and keep recording there</source>
        <translation>كتابة الجلسة كاملة في مجلد أو قرص آخر ومتابعة التسجيل هناك</translation>
    </message>
    <message>
        <source>Save the session elsewhere</source>
        <translation>حفظ الجلسة في مكان آخر</translation>
    </message>
    <message>
        <source>{0} event(s) are NOT on disk yet: {1}
They are kept in memory and retried every few seconds. Nothing recorded before is damaged.</source>
        <translation>أحداث لم تُكتب على القرص بعد (عددها {0}): {1}
إنها محفوظة في الذاكرة وتُعاد محاولة كتابتها كل بضع ثوانٍ. لم يتضرّر شيء مما سُجّل من قبل.</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Net time</source>
        <translation>الوقت الصافي</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Assists</source>
        <translation>المساعدات</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>النجاح</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>الجهد</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>الشعور</translation>
    </message>
    <message>
        <source>Emotion word</source>
        <translation>كلمة الشعور</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Participant id (greyed: excluded from the analysis)</source>
        <translation>معرّف المشارك (بالرمادي: مستبعَد من التحليل)</translation>
    </message>
    <message>
        <source>How the task ended</source>
        <translation>كيف انتهت المهمة</translation>
    </message>
    <message>
        <source>Time on task without pauses</source>
        <translation>الوقت المستغرق في المهمة دون فترات التوقف</translation>
    </message>
    <message>
        <source>Errors marked during the attempt</source>
        <translation>الأخطاء المعلَّمة أثناء المحاولة</translation>
    </message>
    <message>
        <source>Assists given during the attempt</source>
        <translation>المساعدات المقدَّمة أثناء المحاولة</translation>
    </message>
    <message>
        <source>Single Ease Question, 1–7</source>
        <translation>سؤال السهولة الوحيد، 1–7</translation>
    </message>
    <message>
        <source>Experience rating: success, 1–7</source>
        <translation>تقييم التجربة: النجاح، 1–7</translation>
    </message>
    <message>
        <source>Experience rating: effort, 1–7</source>
        <translation>تقييم التجربة: الجهد، 1–7</translation>
    </message>
    <message>
        <source>Experience rating: emotion, 1–7</source>
        <translation>تقييم التجربة: الشعور، 1–7</translation>
    </message>
    <message>
        <source>Word chosen for the emotion</source>
        <translation>الكلمة المختارة للشعور</translation>
    </message>
    <message>
        <source>The moderator&apos;s notes on the attempt</source>
        <translation>ملاحظات الميسّر على المحاولة</translation>
    </message>
    <message>
        <source>gross {0}, paused {1}</source>
        <translation>الإجمالي {0}، التوقف المؤقت {1}</translation>
    </message>
    <message>
        <source>excluded from the analysis</source>
        <translation>مستبعَد من التحليل</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>task started</source>
        <translation>بدأت المهمة</translation>
    </message>
    <message>
        <source>task ended</source>
        <translation>انتهت المهمة</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>علامة</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>إجابة</translation>
    </message>
    <message>
        <source>session started</source>
        <translation>بدأت الجلسة</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>انتهت الجلسة</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>assist</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>critical incident</source>
        <translation>حادثة حرجة</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>امتنع</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(أُلغي)</translation>
    </message>
</context>
<context>
    <name>EditEventDialog</name>
    <message>
        <source>Correct event {0}</source>
        <translation>تصحيح الحدث {0}</translation>
    </message>
    <message>
        <source>Marker kind</source>
        <translation>نوع العلامة</translation>
    </message>
    <message>
        <source>Error, assist, note or critical incident</source>
        <translation>خطأ أو مساعدة أو ملاحظة أو حادثة حرجة</translation>
    </message>
    <message>
        <source>Marker text</source>
        <translation>نص العلامة</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>The task&apos;s outcome</source>
        <translation>نتيجة المهمة</translation>
    </message>
    <message>
        <source>Answer value</source>
        <translation>قيمة الإجابة</translation>
    </message>
    <message>
        <source>The value on the item&apos;s scale</source>
        <translation>القيمة على مقياس البند</translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation>امتنع عن الإجابة</translation>
    </message>
    <message>
        <source>The participant chose not to answer</source>
        <translation>اختار المشارك عدم الإجابة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Session time</source>
        <translation>وقت الجلسة</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Time since the session started (pauses included), at the key press or click</source>
        <translation>الوقت منذ بدء الجلسة (بما فيه فترات التوقف)، لحظة الضغط على المفتاح أو النقر</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>سجل الأحداث</translation>
    </message>
    <message>
        <source>Everything recorded in this session. Select an event and press F2 (or double-click) to correct it; the correction is recorded as a new event.</source>
        <translation>كل ما سُجّل في هذه الجلسة. حدّد حدثًا واضغط F2 (أو انقر نقرًا مزدوجًا) لتصحيحه؛ يُسجَّل التصحيح حدثًا جديدًا.</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>بدأت الجلسة</translation>
    </message>
    <message>
        <source>Session resumed after an interruption</source>
        <translation>استُؤنفت الجلسة بعد انقطاع</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>انتهت الجلسة</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>بدأت المهمة</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Task ended</source>
        <translation>انتهت المهمة</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>توقف المؤقت</translation>
    </message>
    <message>
        <source>Task goes on</source>
        <translation>تستمر المهمة</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>علامة</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>إجابة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>حادثة حرجة</translation>
    </message>
    <message>
        <source>Usability problem</source>
        <translation>مشكلة في قابلية الاستخدام</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>الموافقة على التسجيل</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>بدأ التسجيل</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>توقف التسجيل</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>فشل التسجيل</translation>
    </message>
    <message>
        <source>(undone) {0}</source>
        <translation>(أُلغي) {0}</translation>
    </message>
    <message>
        <source>{0} (corrected)</source>
        <translation>{0} (مُصحَّح)</translation>
    </message>
    <message>
        <source>{0} (known problem {1})</source>
        <translation>{0} (مشكلة معروفة {1})</translation>
    </message>
    <message>
        <source>by the participant (“I&apos;m done”)</source>
        <translation>من المشارك («انتهيت»)</translation>
    </message>
    <message>
        <source>by the moderator; the outcome follows</source>
        <translation>من الميسّر؛ تليه النتيجة</translation>
    </message>
    <message>
        <source>given: {0}</source>
        <translation>موافق: {0}</translation>
    </message>
    <message>
        <source>declined: {0}</source>
        <translation>مرفوض: {0}</translation>
    </message>
    <message>
        <source>segment {0}: {1}</source>
        <translation>المقطع {0}: {1}</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>امتنع</translation>
    </message>
    <message>
        <source>of event {0}</source>
        <translation>للحدث {0}</translation>
    </message>
    <message>
        <source>of event {0}: {1}</source>
        <translation>للحدث {0}: {1}</translation>
    </message>
    <message>
        <source>automatically, after the interruption</source>
        <translation>تلقائيًا، بعد الانقطاع</translation>
    </message>
    <message>
        <source>Not saved to disk yet</source>
        <translation>لم يُحفظ على القرص بعد</translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <source>Exclude participant {0}</source>
        <translation>استبعاد المشارك {0}</translation>
    </message>
    <message>
        <source>Why is participant {0} excluded from the analysis? The reason is saved in the study file; no data is deleted and the participant can be included again.</source>
        <translation>لماذا يُستبعد المشارك {0} من التحليل؟ يُحفظ السبب في ملف الدراسة؛ لا تُحذف أي بيانات، ويمكن إعادة إدراج المشارك لاحقًا.</translation>
    </message>
    <message>
        <source>Reason for the exclusion</source>
        <translation>سبب الاستبعاد</translation>
    </message>
    <message>
        <source>For example: did not meet the screener, technical problem, session not finished</source>
        <translation>مثلًا: لم يستوفِ معايير الاختيار، مشكلة تقنية، جلسة لم تكتمل</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>السبب (مطلوب)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import results — {0}</source>
        <translation>استيراد النتائج — {0}</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>الورقة:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <source>Where each field is in the file</source>
        <translation>موضع كل حقل في الملف</translation>
    </message>
    <message>
        <source>Cells that cannot be read</source>
        <translation>الخلايا التي تتعذر قراءتها</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Save this mapping beside the file (used next time)</source>
        <translation>حفظ هذه المطابقة بجانب الملف (تُستخدم في المرة القادمة)</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>تحميل</translation>
    </message>
    <message>
        <source>Add a &amp;task&apos;s columns…</source>
        <translation>إضافة أعمدة مهمة…</translation>
    </message>
    <message>
        <source>One row per participant with a task&apos;s outcome, time… in columns of its own that uxlab did not recognise: name the task, then choose its columns</source>
        <translation>صف لكل مشارك، ونتيجة المهمة وزمنها… في أعمدة خاصة بها لم يتعرّف عليها uxlab: سمِّ المهمة ثم اختر أعمدتها</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Time (seconds or mm:ss)</source>
        <translation>الزمن (ثوانٍ أو mm:ss)</translation>
    </message>
    <message>
        <source>Time (milliseconds)</source>
        <translation>الزمن (ميلي ثانية)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Assists</source>
        <translation>المساعدات</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>SUS score (0-100)</source>
        <translation>درجة SUS (0-100)</translation>
    </message>
    <message>
        <source>Task {0}: {1}</source>
        <translation>المهمة {0}: {1}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ليست رقمًا</translation>
    </message>
    <message>
        <source>not a time (seconds, mm:ss or h:mm:ss)</source>
        <translation>ليست زمنًا (ثوانٍ أو mm:ss أو h:mm:ss)</translation>
    </message>
    <message>
        <source>not an outcome uxlab knows (success, fail, partial, gave up, skipped…)</source>
        <translation>نتيجة لا يعرفها uxlab (نجاح، فشل، جزئي، انسحب، تخطى…)</translation>
    </message>
    <message>
        <source>the outcome is empty</source>
        <translation>النتيجة فارغة</translation>
    </message>
    <message>
        <source>outside the allowed range</source>
        <translation>خارج النطاق المسموح</translation>
    </message>
    <message>
        <source>sheet “{0}”</source>
        <translation>الورقة «{0}»</translation>
    </message>
    <message>
        <source>text, {0}, separator “{1}”</source>
        <translation>نص، {0}، الفاصل «{1}»</translation>
    </message>
    <message>
        <source>File {0}: {1}.</source>
        <translation>الملف {0}: {1}.</translation>
    </message>
    <message>
        <source>The mapping saved beside the file is used.</source>
        <translation>تُستخدم المطابقة المحفوظة بجانب الملف.</translation>
    </message>
    <message>
        <source>not in this file</source>
        <translation>ليس في هذا الملف</translation>
    </message>
    <message>
        <source>A task&apos;s columns</source>
        <translation>أعمدة مهمة</translation>
    </message>
    <message>
        <source>Task (as the results should name it):</source>
        <translation>المهمة (كما يجب أن تسميها النتائج):</translation>
    </message>
    <message>
        <source>Name the task with no dot, and not as a task already listed.</source>
        <translation>سمِّ المهمة دون نقطة، وبغير اسم مهمة مدرجة من قبل.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cannot be read. Correct them in the file, or choose other columns.</source>
        <translation>
            <numerusform>تتعذر قراءة %n خلية. صحّحها في الملف أو اختر أعمدة أخرى.</numerusform>
            <numerusform>تتعذر قراءة خلية واحدة (%n). صحّحها في الملف أو اختر أعمدة أخرى.</numerusform>
            <numerusform>تتعذر قراءة خليتين (%n). صحّحهما في الملف أو اختر أعمدة أخرى.</numerusform>
            <numerusform>تتعذر قراءة %n خلايا. صحّحها في الملف أو اختر أعمدة أخرى.</numerusform>
            <numerusform>تتعذر قراءة %n خلية. صحّحها في الملف أو اختر أعمدة أخرى.</numerusform>
            <numerusform>تتعذر قراءة %n خلية. صحّحها في الملف أو اختر أعمدة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every cell can be read. Load: {0} participants, {1} tasks, {2} task rows, {3} questionnaire answers.</source>
        <translation>كل الخلايا مقروءة. سيُحمَّل: {0} مشاركين، {1} مهام، {2} صفوف مهام، {3} إجابات استبيان.</translation>
    </message>
    <message>
        <source>The mapping cannot be saved: {0}</source>
        <translation>تعذّر حفظ المطابقة: {0}</translation>
    </message>
</context>
<context>
    <name>JourneyChart</name>
    <message>
        <source>Experience along the journey</source>
        <translation>التجربة على امتداد الرحلة</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>النجاح</translation>
    </message>
    <message>
        <source>Effort (ease)</source>
        <translation>الجهد (السهولة)</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>الشعور</translation>
    </message>
    <message>
        <source>{0} ({1})
{2}: net score {3:+.0f} from {4} ratings, mean {5:.2f}</source>
        <translation>{0} ({1})
{2}: الدرجة الصافية {3:+.0f} (عدد التقييمات: {4})، المتوسط {5:.2f}</translation>
    </message>
    <message>
        <source>Net score (% rating 6–7 minus % rating 1–3)</source>
        <translation>الدرجة الصافية (% التقييمات 6–7 ناقص % التقييمات 1–3)</translation>
    </message>
    <message>
        <source>Journey stage (tasks in study order)</source>
        <translation>مرحلة الرحلة (المهام بترتيب الدراسة)</translation>
    </message>
</context>
<context>
    <name>KeyBindingsDialog</name>
    <message>
        <source>Keys for one-key logging</source>
        <translation>مفاتيح التسجيل بضغطة واحدة</translation>
    </message>
    <message>
        <source>Click, then press the new key for “{0}”</source>
        <translation>انقر، ثم اضغط المفتاح الجديد لـ«{0}»</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
    <message>
        <source>Laptop-friendly defaults: letters and digits only</source>
        <translation>مفاتيح افتراضية مناسبة للحواسيب المحمولة: حروف وأرقام فقط</translation>
    </message>
    <message>
        <source>Keys work while the session console has the focus; while you type a note they type text instead.</source>
        <translation>تعمل المفاتيح عندما يكون التركيز على لوحة الجلسة؛ وأثناء كتابة ملاحظة تكتب نصًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>“{0}” is used by both “{1}” and “{2}”: choose another key.</source>
        <translation>المفتاح «{0}» مستخدم لـ«{1}» و«{2}» معًا: اختر مفتاحًا آخر.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Plan</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>طرق العرض</translation>
    </message>
    <message>
        <source>&amp;Run session</source>
        <translation>إجراء الجلسة</translation>
    </message>
    <message>
        <source>Revie&amp;w results</source>
        <translation>مراجعة النتائج</translation>
    </message>
    <message>
        <source>Script the study: tasks, questions, questionnaires, participants</source>
        <translation>إعداد سيناريو الدراسة: المهام والأسئلة والاستبيانات والمشاركون</translation>
    </message>
    <message>
        <source>Run a moderated session with a participant</source>
        <translation>إجراء جلسة اختبار بإشراف ميسّر مع أحد المشاركين</translation>
    </message>
    <message>
        <source>Results, charts, group comparisons and export</source>
        <translation>النتائج والرسوم البيانية ومقارنات المجموعات والتصدير</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Usability problems: observations, severity, who met what, discovery</source>
        <translation>مشكلات قابلية الاستخدام: الملاحظات، الخطورة، من واجه ماذا، الاكتشاف</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;New study…</source>
        <translation>دراسة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open study…</source>
        <translation>فتح دراسة…</translation>
    </message>
    <message>
        <source>Open &amp;results spreadsheet (CSV / XLSX)…</source>
        <translation>فتح جدول بيانات النتائج (CSV / XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Import results…</source>
        <translation>استيراد النتائج…</translation>
    </message>
    <message>
        <source>Open r&amp;ecent</source>
        <translation>الدراسات الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Save study</source>
        <translation>حفظ الدراسة</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>التخطيط</translation>
    </message>
    <message>
        <source>Run session</source>
        <translation>إجراء الجلسة</translation>
    </message>
    <message>
        <source>Review results</source>
        <translation>مراجعة النتائج</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>&amp;Participant screen</source>
        <translation>شاشة المشارك</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>اختصارات لوحة المفاتيح…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>أدوات</translation>
    </message>
    <message>
        <source>Plan &amp;sample size…</source>
        <translation>خطط لحجم العينة…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;Methods and formulas</source>
        <translation>المنهجيات والصيغ</translation>
    </message>
    <message>
        <source>&amp;About uxlab</source>
        <translation>حول uxlab</translation>
    </message>
    <message>
        <source>no study open</source>
        <translation>لا توجد دراسة مفتوحة</translation>
    </message>
    <message>
        <source>This study cannot be opened</source>
        <translation>تعذّر فتح هذه الدراسة</translation>
    </message>
    <message>
        <source>Resume the interrupted session?</source>
        <translation>استئناف الجلسة المتوقفة؟</translation>
    </message>
    <message>
        <source>The session with participant {0} was interrupted before it ended. Everything recorded up to then is kept. Resume it where it stopped?</source>
        <translation>انقطعت الجلسة مع المشارك {0} قبل انتهائها. كل ما سُجّل حتى تلك اللحظة محفوظ. هل تريد استئنافها من حيث توقفت؟</translation>
    </message>
    <message>
        <source>Open a study folder</source>
        <translation>فتح مجلد دراسة</translation>
    </message>
    <message>
        <source>Open a results spreadsheet</source>
        <translation>فتح جدول بيانات النتائج</translation>
    </message>
    <message>
        <source>Results (*.csv *.xlsx)</source>
        <translation>النتائج (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>استيراد النتائج</translation>
    </message>
    <message>
        <source>Results (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>النتائج (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new study</source>
        <translation>اختر مجلدًا فارغًا للدراسة الجديدة</translation>
    </message>
    <message>
        <source>A study is already there</source>
        <translation>توجد دراسة هنا بالفعل</translation>
    </message>
    <message>
        <source>{0} already holds a study. Open it, or choose an empty folder.</source>
        <translation>المجلد {0} يحتوي على دراسة بالفعل. افتحها أو اختر مجلدًا فارغًا.</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>دراسة جديدة</translation>
    </message>
    <message>
        <source>The study cannot be created</source>
        <translation>تعذّر إنشاء الدراسة</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <source>About uxlab</source>
        <translation>حول uxlab</translation>
    </message>
    <message>
        <source>uxlab {0}: a lab for moderated usability testing.
Free software under the GNU GPL v3 or later.</source>
        <translation>uxlab {0}: مختبر لاختبارات قابلية الاستخدام بإشراف ميسّر.
برنامج حر مرخّص بموجب GNU GPL الإصدار 3 أو أحدث.</translation>
    </message>
    <message>
        <source>The plan cannot be edited while a session is running</source>
        <translation>لا يمكن تحرير الخطة أثناء وجود جلسة جارية</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The study has unsaved changes. Save them first?</source>
        <translation>في الدراسة تغييرات غير محفوظة. هل تريد حفظها أولًا؟</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant {0}</source>
        <translation>مشارك جديد {0}</translation>
    </message>
    <message>
        <source>{0} is not in the study&apos;s participant list. Describe them before the session starts: the group decides which comparison they count in.</source>
        <translation>{0} غير موجود في قائمة مشاركي الدراسة. صِفه قبل بدء الجلسة: المجموعة تحدد المقارنة التي يُحتسب فيها.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Pick the participant&apos;s group, or type a new one</source>
        <translation>اختر مجموعة المشارك أو اكتب مجموعة جديدة</translation>
    </message>
    <message>
        <source>— choose a group —</source>
        <translation>— اختر مجموعة —</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(بلا مجموعة)</translation>
    </message>
    <message>
        <source>Participant&apos;s language</source>
        <translation>لغة المشارك</translation>
    </message>
    <message>
        <source>The language of the participant screen and questionnaires</source>
        <translation>لغة شاشة المشارك والاستبيانات</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>المجموعة:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Choose the participant&apos;s group (or “(no group)” on purpose).</source>
        <translation>اختر مجموعة المشارك (أو «(بلا مجموعة)» عن قصد).</translation>
    </message>
</context>
<context>
    <name>OptionsBar</name>
    <message>
        <source>nothing</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Confidence level of every interval and the threshold of the comparison tests (a difference is reliable when p &lt; 1 − confidence)</source>
        <translation>مستوى الثقة لكل فترة وعتبة اختبارات المقارنة (يكون الفرق موثوقًا عندما p &lt; 1 − الثقة)</translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation>مستوى الثقة</translation>
    </message>
    <message>
        <source>Co&amp;nfidence:</source>
        <translation>مستوى الثقة:</translation>
    </message>
    <message>
        <source>Compare b&amp;y:</source>
        <translation>المقارنة حسب:</translation>
    </message>
    <message>
        <source>Split the results by group or by a participant attribute and compare two groups with significance tests</source>
        <translation>تقسيم النتائج حسب المجموعة أو إحدى سمات المشاركين ومقارنة مجموعتين باختبارات الدلالة الإحصائية</translation>
    </message>
    <message>
        <source>Compare by</source>
        <translation>المقارنة حسب</translation>
    </message>
    <message>
        <source>First group of the comparison</source>
        <translation>المجموعة الأولى في المقارنة</translation>
    </message>
    <message>
        <source>First group compared</source>
        <translation>المجموعة الأولى المقارَنة</translation>
    </message>
    <message>
        <source>Second group of the comparison</source>
        <translation>المجموعة الثانية في المقارنة</translation>
    </message>
    <message>
        <source>Second group compared</source>
        <translation>المجموعة الثانية المقارَنة</translation>
    </message>
    <message>
        <source>vs</source>
        <translation>مقابل</translation>
    </message>
    <message>
        <source>groups:</source>
        <translation>المجموعتان:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>عرض:</translation>
    </message>
    <message>
        <source>Show only the participants of one group or with one attribute value; every number is then computed on them</source>
        <translation>عرض مشاركي مجموعة واحدة فقط أو من لديهم قيمة سمة معيّنة؛ تُحسب حينها كل الأرقام عليهم وحدهم</translation>
    </message>
    <message>
        <source>Show participants</source>
        <translation>المشاركون المعروضون</translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Export every participant, task, attempt, event and answer with the analysis and a codebook to an Excel workbook (Ctrl+E)</source>
        <translation>تصدير كل مشارك ومهمة ومحاولة وحدث وإجابة مع التحليل ودليل ترميز إلى مصنف Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <source>HT&amp;ML report…</source>
        <translation>تقرير HTML…</translation>
    </message>
    <message>
        <source>E&amp;xport charts…</source>
        <translation>تصدير الرسوم البيانية…</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>تقرير HTML</translation>
    </message>
    <message>
        <source>Write a self-contained HTML report and open it in the browser</source>
        <translation>كتابة تقرير HTML مستقل وفتحه في المتصفح</translation>
    </message>
    <message>
        <source>The HTML report is not available in this version</source>
        <translation>تقرير HTML غير متاح في هذا الإصدار</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>تصدير الرسوم البيانية</translation>
    </message>
    <message>
        <source>Save every chart as an image file in a folder</source>
        <translation>حفظ كل رسم بياني ملفَّ صورة في مجلد</translation>
    </message>
    <message>
        <source>Charts are not available in this version</source>
        <translation>الرسوم البيانية غير متاحة في هذا الإصدار</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Fixed: every participant in the task list&apos;s order</source>
        <translation>ثابت: كل مشارك بترتيب قائمة المهام</translation>
    </message>
    <message>
        <source>Random: shuffled per participant (reproducible from the seed)</source>
        <translation>عشوائي: ترتيب مختلف لكل مشارك (قابل للتكرار من البذرة)</translation>
    </message>
    <message>
        <source>Balanced Latin square (Williams design)</source>
        <translation>مربع لاتيني متوازن (تصميم ويليامز)</translation>
    </message>
    <message>
        <source>T&amp;ask order:</source>
        <translation>ترتيب المهام:</translation>
    </message>
    <message>
        <source>Task order policy</source>
        <translation>سياسة ترتيب المهام</translation>
    </message>
    <message>
        <source>How the order of tasks is decided for each participant</source>
        <translation>كيف يُحدَّد ترتيب المهام لكل مشارك</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>البذرة العشوائية:</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>البذرة العشوائية</translation>
    </message>
    <message>
        <source>A whole number; the same seed always gives the same orders</source>
        <translation>عدد صحيح؛ البذرة نفسها تعطي دائمًا الترتيبات نفسها</translation>
    </message>
    <message>
        <source>Task order per participant</source>
        <translation>ترتيب المهام لكل مشارك</translation>
    </message>
    <message>
        <source>The order each participant will get, in the order participants are listed</source>
        <translation>الترتيب الذي سيحصل عليه كل مشارك، بترتيب قائمة المشاركين</translation>
    </message>
    <message>
        <source>Every participant does the tasks in the order of the task list.</source>
        <translation>ينفّذ كل مشارك المهام بترتيب قائمة المهام.</translation>
    </message>
    <message>
        <source>Each participant gets their own shuffled order, computed from the seed, their place in the list and their id, so it is the same every time.</source>
        <translation>يحصل كل مشارك على ترتيب عشوائي خاص به، يُحسب من البذرة وموقعه في القائمة ومعرّفه، فيبقى هو نفسه في كل مرة.</translation>
    </message>
    <message>
        <source>Each task comes equally often in each position, and each task follows every other task equally often, once you have a multiple of {0} participants.</source>
        <translation>تظهر كل مهمة في كل موضع بالعدد نفسه من المرات، وتلي كل مهمة كل مهمة أخرى بالعدد نفسه من المرات، متى كان عدد المشاركين من مضاعفات {0}.</translation>
    </message>
    <message>
        <source>You have {0}: {1} more would complete the balance.</source>
        <translation>لديك {0}: يكتمل التوازن بإضافة {1}.</translation>
    </message>
    <message>
        <source>You have {0}: balanced.</source>
        <translation>لديك {0}: متوازن.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>success</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <source>partial success</source>
        <translation>ناجحة جزئيًا</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>متروكة</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متخطّاة</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>لم تنتهِ</translation>
    </message>
</context>
<context>
    <name>OutcomeBar</name>
    <message>
        <source>The participant said “I&apos;m done”: the task&apos;s clock stopped at {0}. How did the task end?</source>
        <translation>قال المشارك «انتهيت»: توقف مؤقت المهمة عند {0}. كيف انتهت المهمة؟</translation>
    </message>
    <message>
        <source>The task&apos;s clock stopped at {0}. How did the task end?</source>
        <translation>توقف مؤقت المهمة عند {0}. كيف انتهت المهمة؟</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>النتيجة: {0}</translation>
    </message>
    <message>
        <source>End the task as “{0}” at the moment its clock stopped (key: {1})</source>
        <translation>إنهاء المهمة بنتيجة «{0}» في لحظة توقف مؤقتها (المفتاح: {1})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Task goes on  [Esc]</source>
        <translation>تستمر المهمة  [Esc]</translation>
    </message>
    <message>
        <source>The task goes on: its clock runs again</source>
        <translation>تستمر المهمة: يعمل مؤقتها من جديد</translation>
    </message>
    <message>
        <source>The participant carries on: the clock runs again and the stopped stretch counts as task time</source>
        <translation>يواصل المشارك: يعمل المؤقت من جديد وتُحتسب الفترة المتوقفة ضمن وقت المهمة</translation>
    </message>
</context>
<context>
    <name>ParticipantScreen</name>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation>انتهيت</translation>
    </message>
    <message>
        <source>Press when you think you have finished the task</source>
        <translation>اضغط عندما تظن أنك أنهيت المهمة</translation>
    </message>
    <message>
        <source>I give up</source>
        <translation>أستسلم</translation>
    </message>
    <message>
        <source>Press if you want to stop this task</source>
        <translation>اضغط إذا أردت التوقف عن هذه المهمة</translation>
    </message>
    <message>
        <source>Thank you. Please wait for the moderator.</source>
        <translation>شكرًا لك. يُرجى انتظار الميسّر.</translation>
    </message>
    <message>
        <source>Thank you for your time!</source>
        <translation>شكرًا لوقتك!</translation>
    </message>
    <message>
        <source>Please wait for the moderator.</source>
        <translation>يُرجى انتظار الميسّر.</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>الاستبعاد</translation>
    </message>
    <message>
        <source>Participant id</source>
        <translation>معرّف المشارك</translation>
    </message>
    <message>
        <source>Group (condition) of the participant</source>
        <translation>مجموعة المشارك (الحالة التجريبية)</translation>
    </message>
    <message>
        <source>Excluded participants are left out of every number; their data is kept</source>
        <translation>لا يدخل المشاركون المستبعَدون في أي رقم؛ وتُحفظ بياناتهم</translation>
    </message>
    <message>
        <source>Participant attribute</source>
        <translation>سمة المشارك</translation>
    </message>
    <message>
        <source>Outcome and net time (pauses excluded) of this task:
✓ success, ◐ partial, ✗ failure, ⊘ abandoned, – skipped</source>
        <translation>نتيجة هذه المهمة ووقتها الصافي (دون فترات التوقف):
✓ ناجحة، ◐ جزئية، ✗ فاشلة، ⊘ متروكة، – متخطّاة</translation>
    </message>
    <message>
        <source>SUS</source>
        <translation>SUS</translation>
    </message>
    <message>
        <source>UMUX-Lite</source>
        <translation>UMUX-Lite</translation>
    </message>
    <message>
        <source>NPS (0–10)</source>
        <translation>NPS (0–10)</translation>
    </message>
    <message>
        <source>Likelihood to recommend, 0–10 (9–10 promoter, 0–6 detractor)</source>
        <translation>احتمال التوصية، 0–10 (9–10 مروّج، 0–6 منتقد)</translation>
    </message>
    <message>
        <source>Excluded: {0}</source>
        <translation>مستبعَد: {0}</translation>
    </message>
    <message>
        <source>excluded: {0}</source>
        <translation>مستبعَد: {0}</translation>
    </message>
    <message>
        <source>{0}: not done</source>
        <translation>{0}: لم تُنجز</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Who takes part. Double-click a cell (or press F2) to edit it. Exclusions are decided in Review results, after the sessions.</source>
        <translation>من يشارك. انقر نقرًا مزدوجًا على خلية (أو اضغط F2) لتحريرها. يُقرَّر الاستبعاد في «مراجعة النتائج» بعد الجلسات.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>One row per participant: id, group, language and attributes</source>
        <translation>صف لكل مشارك: المعرّف والمجموعة واللغة والسمات</translation>
    </message>
    <message>
        <source>Add parti&amp;cipant</source>
        <translation>إضافة مشارك</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>إضافة مشارك</translation>
    </message>
    <message>
        <source>Add a participant at the end of the list</source>
        <translation>إضافة مشارك في نهاية القائمة</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>إزالة المحدَّد</translation>
    </message>
    <message>
        <source>Remove selected participants</source>
        <translation>إزالة المشاركين المحدَّدين</translation>
    </message>
    <message>
        <source>Remove the selected participants from the study (their recorded sessions stay on disk)</source>
        <translation>إزالة المشاركين المحدَّدين من الدراسة (تبقى جلساتهم المسجّلة على القرص)</translation>
    </message>
    <message>
        <source>{0} has a recorded session: renamed to {1}, that session no longer matches this participant (it stays on disk). Put back {0} to keep them together.</source>
        <translation>للمشارك {0} جلسة مسجَّلة: بعد إعادة تسميته إلى {1} لن تطابق تلك الجلسة هذا المشارك (تبقى على القرص). أعِد {0} لإبقائهما معًا.</translation>
    </message>
    <message>
        <source>Group ({0})</source>
        <translation>المجموعة ({0})</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>مستبعَد</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>سبب الاستبعاد</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Exclusions are set in Review results</source>
        <translation>يُحدَّد الاستبعاد في «مراجعة النتائج»</translation>
    </message>
    <message>
        <source>{0} participants, {1} excluded</source>
        <translation>المشاركون: {0}، المستبعَدون: {1}</translation>
    </message>
    <message>
        <source>Remove participants with sessions?</source>
        <translation>إزالة مشاركين لديهم جلسات؟</translation>
    </message>
    <message>
        <source>{0} already have a recorded session. The sessions stay on disk, but results will no longer list these participants. Remove them?</source>
        <translation>لدى {0} جلسات مسجَّلة بالفعل. تبقى الجلسات على القرص، لكن النتائج لن تُدرج هؤلاء المشاركين بعد الآن. هل تريد إزالتهم؟</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>A results spreadsheet has no study file to record exclusions in; remove the participant&apos;s rows in the spreadsheet instead</source>
        <translation>لا يوجد مع جدول بيانات النتائج ملف دراسة لتسجيل الاستبعاد فيه؛ احذف صفوف المشارك من الجدول بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Leave the selected participant out of every number, with a reason saved in the study file (no data is deleted)</source>
        <translation>إخراج المشارك المحدَّد من كل الأرقام، مع سبب يُحفظ في ملف الدراسة (لا تُحذف أي بيانات)</translation>
    </message>
    <message>
        <source>Count the selected participant in the analysis again</source>
        <translation>احتساب المشارك المحدَّد في التحليل مجددًا</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Select a participant to exclude or include them</source>
        <translation>حدّد مشاركًا لاستبعاده أو إعادة إدراجه</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>استبعاد…</translation>
    </message>
    <message>
        <source>Exclude the selected participant</source>
        <translation>استبعاد المشارك المحدَّد</translation>
    </message>
    <message>
        <source>&amp;Include again</source>
        <translation>إعادة الإدراج</translation>
    </message>
    <message>
        <source>Include the selected participant again</source>
        <translation>إعادة إدراج المشارك المحدَّد</translation>
    </message>
    <message>
        <source>✓ success   ◐ partial   ✗ failure   ⊘ abandoned   – skipped   (greyed: excluded from the analysis)</source>
        <translation>✓ ناجحة   ◐ جزئية   ✗ فاشلة   ⊘ متروكة   – متخطّاة   (بالرمادي: مستبعَد من التحليل)</translation>
    </message>
</context>
<context>
    <name>PlanValidation</name>
    <message>
        <source>task id &apos;{0}&apos; appears twice (also task {1})</source>
        <translation>معرّف المهمة «{0}» مكرر (وأيضًا في المهمة {1})</translation>
    </message>
    <message>
        <source>participant &apos;{0}&apos; appears twice (also row {1})</source>
        <translation>المشارك «{0}» مكرر (وأيضًا في الصف {1})</translation>
    </message>
    <message>
        <source>give each one a unique id</source>
        <translation>امنح كلًّا منها معرّفًا فريدًا</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>{0}. Fix: {1}</source>
        <translation>{0}. الحل: {1}</translation>
    </message>
    <message>
        <source>Study &amp;details</source>
        <translation>تفاصيل الدراسة</translation>
    </message>
    <message>
        <source>Title, description, languages</source>
        <translation>العنوان والوصف واللغات</translation>
    </message>
    <message>
        <source>The tasks, their scenarios, success criteria and times</source>
        <translation>المهام وسيناريوهاتها ومعايير النجاح والأوقات</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>&amp;Questions &amp;&amp; questionnaires</source>
        <translation>الأسئلة والاستبيانات</translation>
    </message>
    <message>
        <source>Ratings after each task and questionnaires after the session</source>
        <translation>التقييمات بعد كل مهمة والاستبيانات بعد الجلسة</translation>
    </message>
    <message>
        <source>Who takes part, their group, language and attributes</source>
        <translation>من يشارك، ومجموعته ولغته وسماته</translation>
    </message>
    <message>
        <source>Participa&amp;nts</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Task order policy and each participant&apos;s order</source>
        <translation>سياسة ترتيب المهام وترتيب كل مشارك</translation>
    </message>
    <message>
        <source>Study editor sections</source>
        <translation>أقسام محرّر الدراسة</translation>
    </message>
    <message>
        <source>&amp;Save study</source>
        <translation>حفظ الدراسة</translation>
    </message>
    <message>
        <source>Save study</source>
        <translation>حفظ الدراسة</translation>
    </message>
    <message>
        <source>Check the study and write it to study.json (Ctrl+S); the previous version is kept as study.json.bak</source>
        <translation>التحقق من الدراسة وكتابتها في study.json (Ctrl+S)؛ تُحفظ النسخة السابقة باسم study.json.bak</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Revert to the saved study</source>
        <translation>الرجوع إلى الدراسة المحفوظة</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes and show the study as saved</source>
        <translation>تجاهل التغييرات غير المحفوظة وعرض الدراسة كما حُفظت</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>مشكلات يجب إصلاحها</translation>
    </message>
    <message>
        <source>Press Enter or click a problem to go to its field</source>
        <translation>اضغط Enter أو انقر على مشكلة للانتقال إلى حقلها</translation>
    </message>
    <message>
        <source>{0} is a results spreadsheet: it holds what was measured, not the study&apos;s script, so there is nothing to plan here.

See the results in Review results, or open a study folder (File › Open study…) to edit its tasks and participants.</source>
        <translation>{0} جدول بيانات للنتائج: يحتوي على ما قيس، لا على سيناريو الدراسة، فلا شيء يُخطَّط له هنا.

اطّلع على النتائج في «مراجعة النتائج»، أو افتح مجلد دراسة (ملف › فتح دراسة…) لتحرير مهامها ومشاركيها.</translation>
    </message>
    <message>
        <source>No study is open.

Open a study folder (File › Open study…) or create a new one (File › New study…) to write its tasks, questions and participants here.</source>
        <translation>لا توجد دراسة مفتوحة.

افتح مجلد دراسة (ملف › فتح دراسة…) أو أنشئ دراسة جديدة (ملف › دراسة جديدة…) لتكتب هنا مهامها وأسئلتها ومشاركيها.</translation>
    </message>
    <message>
        <source>* Unsaved changes</source>
        <translation>* تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>All changes saved in {0}</source>
        <translation>حُفظت جميع التغييرات في {0}</translation>
    </message>
    <message>
        <source>The study was not saved: {0} problem(s) to fix first.</source>
        <translation>لم تُحفظ الدراسة: يجب إصلاح المشكلات أولًا (عددها {0}).</translation>
    </message>
    <message>
        <source>The study was not saved.</source>
        <translation>لم تُحفظ الدراسة.</translation>
    </message>
    <message>
        <source>The study could not be written: {0}</source>
        <translation>تعذّرت كتابة الدراسة: {0}</translation>
    </message>
    <message>
        <source>Revert the study?</source>
        <translation>استرجاع الدراسة؟</translation>
    </message>
    <message>
        <source>Throw away every change made since the study was last saved?</source>
        <translation>تجاهل كل التغييرات التي أُجريت منذ آخر حفظ للدراسة؟</translation>
    </message>
    <message>
        <source>The study was not saved</source>
        <translation>لم تُحفظ الدراسة</translation>
    </message>
    <message>
        <source>id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>success criteria</source>
        <translation>معايير النجاح</translation>
    </message>
    <message>
        <source>target time</source>
        <translation>الوقت المستهدف</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>الحد الزمني</translation>
    </message>
    <message>
        <source>journey stage</source>
        <translation>مرحلة الرحلة</translation>
    </message>
    <message>
        <source>group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>السمات</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>السياسة</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>Study title</source>
        <translation>عنوان الدراسة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Study language</source>
        <translation>لغة الدراسة</translation>
    </message>
    <message>
        <source>Scenario languages</source>
        <translation>لغات السيناريوهات</translation>
    </message>
    <message>
        <source>Questions after each task</source>
        <translation>الأسئلة بعد كل مهمة</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>الاستبيانات</translation>
    </message>
    <message>
        <source>Task order</source>
        <translation>ترتيب المهام</translation>
    </message>
    <message>
        <source>Task {0} ({1})</source>
        <translation>المهمة {0} ({1})</translation>
    </message>
    <message>
        <source>Task {0}</source>
        <translation>المهمة {0}</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Participant row {0}</source>
        <translation>صف المشارك {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the study can be saved:</source>
        <translation>
            <numerusform>%n مشكلة يجب إصلاحها قبل حفظ الدراسة:</numerusform>
            <numerusform>%n مشكلة يجب إصلاحها قبل حفظ الدراسة:</numerusform>
            <numerusform>%n مشكلتان يجب إصلاحهما قبل حفظ الدراسة:</numerusform>
            <numerusform>%n مشكلات يجب إصلاحها قبل حفظ الدراسة:</numerusform>
            <numerusform>%n مشكلة يجب إصلاحها قبل حفظ الدراسة:</numerusform>
            <numerusform>%n مشكلة يجب إصلاحها قبل حفظ الدراسة:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <source>Plan sample size</source>
        <translation>تخطيط حجم العينة</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>السؤال:</translation>
    </message>
    <message>
        <source>Find usability problems (formative)</source>
        <translation>اكتشاف مشكلات قابلية الاستخدام (تكويني)</translation>
    </message>
    <message>
        <source>Estimate a completion rate to a margin of error</source>
        <translation>تقدير نسبة الإنجاز بهامش خطأ محدد</translation>
    </message>
    <message>
        <source>Show a result is better than a benchmark</source>
        <translation>إثبات أن نتيجة أفضل من معيار مرجعي</translation>
    </message>
    <message>
        <source>Compare two designs</source>
        <translation>مقارنة تصميمين</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>What the study must answer decides how many participants it needs</source>
        <translation>ما يجب أن تجيب عنه الدراسة يحدد عدد المشاركين اللازم</translation>
    </message>
    <message>
        <source>Share of users a problem affects (p):</source>
        <translation>نسبة المستخدمين الذين تصيبهم المشكلة (p):</translation>
    </message>
    <message>
        <source>Share of problems to find:</source>
        <translation>نسبة المشكلات المراد اكتشافها:</translation>
    </message>
    <message>
        <source>Margin of error (±):</source>
        <translation>هامش الخطأ (±):</translation>
    </message>
    <message>
        <source>Confidence level:</source>
        <translation>مستوى الثقة:</translation>
    </message>
    <message>
        <source>Design:</source>
        <translation>التصميم التجريبي:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>المقياس:</translation>
    </message>
    <message>
        <source>Completion rate you expect:</source>
        <translation>نسبة الإنجاز المتوقعة:</translation>
    </message>
    <message>
        <source>Benchmark completion rate:</source>
        <translation>نسبة الإنجاز المرجعية:</translation>
    </message>
    <message>
        <source>Completion rate, design A:</source>
        <translation>نسبة الإنجاز، التصميم A:</translation>
    </message>
    <message>
        <source>Completion rate, design B:</source>
        <translation>نسبة الإنجاز، التصميم B:</translation>
    </message>
    <message>
        <source>Succeed on one design only:</source>
        <translation>النجاح في تصميم واحد فقط:</translation>
    </message>
    <message>
        <source>Standard deviation:</source>
        <translation>الانحراف المعياري:</translation>
    </message>
    <message>
        <source>Standard deviation of ln(time):</source>
        <translation>الانحراف المعياري لـ ln(الزمن):</translation>
    </message>
    <message>
        <source>Time ratio to detect:</source>
        <translation>نسبة الزمن المراد كشفها:</translation>
    </message>
    <message>
        <source>Difference to detect (points):</source>
        <translation>الفرق المراد كشفه (نقاط):</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>القوة الإحصائية:</translation>
    </message>
    <message>
        <source>The average share of participants who meet a problem: 31 % in Nielsen &amp; Landauer (1993); take it from your own study when you can</source>
        <translation>متوسط نسبة المشاركين الذين يواجهون المشكلة: 31 % لدى Nielsen &amp; Landauer (1993)؛ خذها من دراستك حين تستطيع</translation>
    </message>
    <message>
        <source>The share of the problems that exist you want to have seen at least once</source>
        <translation>نسبة المشكلات الموجودة التي تريد رؤيتها مرة واحدة على الأقل</translation>
    </message>
    <message>
        <source>Half the width of the confidence interval around the completion rate</source>
        <translation>نصف عرض فترة الثقة حول نسبة الإنجاز</translation>
    </message>
    <message>
        <source>How sure the interval or the test must be</source>
        <translation>مدى اليقين المطلوب من الفترة أو الاختبار</translation>
    </message>
    <message>
        <source>Between subjects: each participant tries one design. Within: each tries both</source>
        <translation>بين المشاركين: يجرّب كل مشارك تصميمًا واحدًا. ضمن المشاركين: يجرّب كل منهم التصميمين</translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation>ما يُقاس</translation>
    </message>
    <message>
        <source>The completion rate the product really has, as you expect it</source>
        <translation>نسبة الإنجاز الحقيقية للمنتج كما تتوقعها</translation>
    </message>
    <message>
        <source>The rate to beat, e.g. 78 % (the average in Sauro &amp; Lewis 2016)</source>
        <translation>النسبة المطلوب تجاوزها، مثل 78 % (المتوسط لدى Sauro &amp; Lewis 2016)</translation>
    </message>
    <message>
        <source>The completion rate expected with design A</source>
        <translation>نسبة الإنجاز المتوقعة مع التصميم A</translation>
    </message>
    <message>
        <source>The completion rate expected with design B</source>
        <translation>نسبة الإنجاز المتوقعة مع التصميم B</translation>
    </message>
    <message>
        <source>The share of participants expected to succeed with one design and fail with the other (at least the difference between the rates)</source>
        <translation>نسبة المشاركين المتوقع نجاحهم في تصميم وإخفاقهم في الآخر (لا تقل عن الفرق بين النسبتين)</translation>
    </message>
    <message>
        <source>From an earlier study or a published norm, e.g. 17.7 for SUS; within subjects, the SD of the differences</source>
        <translation>من دراسة سابقة أو معيار منشور، مثل 17.7 لمقياس SUS؛ ضمن المشاركين: الانحراف المعياري للفروق</translation>
    </message>
    <message>
        <source>The SD of the natural log of task times (times are compared as geometric means)</source>
        <translation>الانحراف المعياري للوغاريتم الطبيعي لأزمنة المهام (تُقارن الأزمنة بمتوسطاتها الهندسية)</translation>
    </message>
    <message>
        <source>Ratio of the times worth detecting, e.g. 0.8 for 20 % faster</source>
        <translation>نسبة الأزمنة الجديرة بالكشف، مثل 0.8 لأسرع بنسبة 20 %</translation>
    </message>
    <message>
        <source>The smallest difference worth detecting, in the measure&apos;s points</source>
        <translation>أصغر فرق جدير بالكشف، بنقاط المقياس</translation>
    </message>
    <message>
        <source>The chance of detecting the difference if it is real (1 − β)</source>
        <translation>احتمال كشف الفرق إن كان حقيقيًا (1 − β)</translation>
    </message>
    <message>
        <source>between subjects (two groups)</source>
        <translation>بين المشاركين (مجموعتان)</translation>
    </message>
    <message>
        <source>within subjects (everyone tries both)</source>
        <translation>ضمن المشاركين (يجرّب الجميع التصميمين)</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>نسبة الإنجاز</translation>
    </message>
    <message>
        <source>task time</source>
        <translation>زمن المهمة</translation>
    </message>
    <message>
        <source>SUS score</source>
        <translation>درجة SUS</translation>
    </message>
    <message>
        <source>a rating (e.g. SEQ)</source>
        <translation>تقييم (مثل SEQ)</translation>
    </message>
    <message>
        <source>Use the open study&apos;s &amp;p</source>
        <translation>استخدم p من الدراسة المفتوحة</translation>
    </message>
    <message>
        <source>Use the open study&apos;s p</source>
        <translation>استخدم p من الدراسة المفتوحة</translation>
    </message>
    <message>
        <source>Take p from the study&apos;s problem matrix, adjusted for the small sample (Lewis 2001)</source>
        <translation>خذ p من مصفوفة مشكلات الدراسة، معدَّلًا للعينة الصغيرة (Lewis 2001)</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Participants needed</source>
        <translation>المشاركون اللازمون</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>The open study has no observations linked to problems yet: link some in the Problems view, or type p.</source>
        <translation>لا توجد في الدراسة المفتوحة ملاحظات مرتبطة بمشكلات بعد: اربط بعضها في عرض المشكلات، أو اكتب p.</translation>
    </message>
    <message>
        <source>No answer for these inputs</source>
        <translation>لا جواب لهذه المدخلات</translation>
    </message>
    <message>
        <source>{0} participants per group, {1} in all</source>
        <translation>عدد المشاركين لكل مجموعة: {0}، إجمالًا: {1}</translation>
    </message>
    <message>
        <source>{0} participants, each trying both designs</source>
        <translation>عدد المشاركين: {0}، يجرّب كل منهم التصميمين</translation>
    </message>
    <message>
        <source>{0} participants</source>
        <translation>عدد المشاركين: {0}</translation>
    </message>
    <message>
        <source>With {0} participants, about {1} of the problems of that p are found.</source>
        <translation>عند اختبار {0} من المشاركين يُكتشف نحو {1} من المشكلات ذات هذا p.</translation>
    </message>
    <message>
        <source>The study has tested {0}: {1} more needed.</source>
        <translation>اختبرت الدراسة {0}: يلزم {1} آخرون.</translation>
    </message>
    <message>
        <source>The margin of error at this n is ±{0}.</source>
        <translation>هامش الخطأ عند هذا n هو ±{0}.</translation>
    </message>
    <message>
        <source>Exact power of the mid-p binomial test at this n: {0} (binomial tests are discrete, so power zig-zags with n).</source>
        <translation>القوة الدقيقة لاختبار ذي الحدين mid-p عند هذا n: {0} (اختبارات ذي الحدين منفصلة، فتتذبذب القوة مع n).</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <source>Ta&amp;gs</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Descriptio&amp;n</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Severit&amp;y</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>R&amp;ecommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>A short name for the problem</source>
        <translation>اسم قصير للمشكلة</translation>
    </message>
    <message>
        <source>What happens and why it matters</source>
        <translation>ما يحدث ولماذا يهم</translation>
    </message>
    <message>
        <source>How severe the problem is, on the study&apos;s scale</source>
        <translation>مدى خطورة المشكلة، على مقياس الدراسة</translation>
    </message>
    <message>
        <source>Free tags, separated by commas (e.g. navigation, wording)</source>
        <translation>وسوم حرة، مفصولة بفواصل (مثل: التنقل، الصياغة)</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>ما يجب تغييره</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>تطبيق التغييرات</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>تطبيق التغييرات</translation>
    </message>
    <message>
        <source>Save the edits; the old values are kept in the audit trail</source>
        <translation>احفظ التعديلات؛ تُحفظ القيم القديمة في سجل التدقيق</translation>
    </message>
    <message>
        <source>Problem {0}</source>
        <translation>المشكلة {0}</translation>
    </message>
    <message>
        <source>Select a problem to edit it</source>
        <translation>اختر مشكلة لتحريرها</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>غير مُقيَّمة</translation>
    </message>
</context>
<context>
    <name>ProblemTables</name>
    <message>
        <source>scenario failure</source>
        <translation>فشل السيناريو</translation>
    </message>
    <message>
        <source>considerable recovery effort</source>
        <translation>جهد استرداد كبير</translation>
    </message>
    <message>
        <source>minor recovery effort</source>
        <translation>جهد استرداد بسيط</translation>
    </message>
    <message>
        <source>inefficiency</source>
        <translation>عدم كفاءة</translation>
    </message>
    <message>
        <source>not a usability problem</source>
        <translation>ليست مشكلة قابلية استخدام</translation>
    </message>
    <message>
        <source>cosmetic</source>
        <translation>تجميلية</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>طفيفة</translation>
    </message>
    <message>
        <source>major</source>
        <translation>كبيرة</translation>
    </message>
    <message>
        <source>catastrophe</source>
        <translation>كارثية</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Frequency (95 % CI)</source>
        <translation>التكرار (فترة ثقة 95 %)</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>The study&apos;s problems, most impact first (share of participants × severity). Select several to merge them, or drag a problem onto another; drop observations on a problem to add them, below the list to make a new one; click a header to sort</source>
        <translation>مشكلات الدراسة، الأكبر أثرًا أولًا (نسبة المشاركين × الخطورة). حدّد عدة مشكلات لدمجها، أو اسحب مشكلة وأفلتها على أخرى؛ أفلت الملاحظات على مشكلة لإضافتها إليها، أو تحت القائمة لإنشاء مشكلة جديدة؛ انقر على عنوان عمود للفرز</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>What participants ran into, with the session time. Select several (Ctrl or Shift + click) to make them one problem, or drag them onto a problem</source>
        <translation>ما واجهه المشاركون، مع وقت الجلسة. حدّد عدة صفوف (Ctrl أو Shift + نقرة) لجعلها مشكلة واحدة، أو اسحبها وأفلتها على مشكلة</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ملاحظة مدوّنة</translation>
    </message>
    <message>
        <source>critical incident</source>
        <translation>حادثة حرجة</translation>
    </message>
    <message>
        <source>Problem × participant matrix</source>
        <translation>مصفوفة المشكلات × المشاركين</translation>
    </message>
    <message>
        <source>✓ where a participant met the problem at least once</source>
        <translation>✓ حيث واجه المشارك المشكلة مرة واحدة على الأقل</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Problems per participant</source>
        <translation>المشكلات لكل مشارك</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
</context>
<context>
    <name>ProblemTags</name>
    <message>
        <source>Tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>Tags for the selected rows</source>
        <translation>وسوم الصفوف المحددة</translation>
    </message>
    <message>
        <source>e.g. navigation, wording</source>
        <translation>مثل: التنقل، الصياغة</translation>
    </message>
    <message>
        <source>Free tags, separated by commas, for the selected notes and observations. They are kept in the study&apos;s problem list (with an audit trail); the session journals are not changed</source>
        <translation>وسوم حرة، مفصولة بفواصل، للملاحظات المدوّنة والملاحظات المحددة. تُحفظ في قائمة مشكلات الدراسة (مع سجل التدقيق)؛ ولا تُغيَّر سجلات الجلسات</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>أضف الوسوم</translation>
    </message>
    <message>
        <source>Add these tags to the selected rows</source>
        <translation>أضف هذه الوسوم إلى الصفوف المحددة</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>أزل الوسوم</translation>
    </message>
    <message>
        <source>Remove these tags from the selected rows</source>
        <translation>أزل هذه الوسوم من الصفوف المحددة</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Notes and observations</source>
        <translation>الملاحظات المدوّنة والملاحظات</translation>
    </message>
    <message>
        <source>Tag counts</source>
        <translation>أعداد الوسوم</translation>
    </message>
    <message>
        <source>For each tag: the problems carrying it and the notes and observations tagged with it, over all tasks and then on each task (a problem counts on every task where it was met)</source>
        <translation>لكل وسم: المشكلات التي تحمله والملاحظات المدوّنة والملاحظات الموسومة به، في كل المهام ثم في كل مهمة (تُحسب المشكلة في كل مهمة ظهرت فيها)</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>كل المهام</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Severity &amp;scale:</source>
        <translation>مقياس الخطورة:</translation>
    </message>
    <message>
        <source>Severity scale</source>
        <translation>مقياس الخطورة</translation>
    </message>
    <message>
        <source>The documented scale the study rates severity on; changing it clears the ratings (the audit trail keeps them)</source>
        <translation>المقياس الموثَّق الذي تُقيَّم عليه الخطورة في الدراسة؛ تغييره يمحو التقييمات (يحتفظ بها سجل التدقيق)</translation>
    </message>
    <message>
        <source>1–4, 1 = worst (Sauro &amp; Lewis; Lewis 2001)</source>
        <translation>1–4، 1 = الأسوأ (Sauro &amp; Lewis؛ Lewis 2001)</translation>
    </message>
    <message>
        <source>0–4, 4 = worst (Nielsen 1994)</source>
        <translation>0–4، 4 = الأسوأ (Nielsen 1994)</translation>
    </message>
    <message>
        <source>New prob&amp;lem from selection</source>
        <translation>مشكلة جديدة من التحديد</translation>
    </message>
    <message>
        <source>Make the selected observations one new problem</source>
        <translation>اجعل الملاحظات المحددة مشكلة جديدة واحدة</translation>
    </message>
    <message>
        <source>&amp;Add to problem</source>
        <translation>إضافة إلى المشكلة</translation>
    </message>
    <message>
        <source>Add the selected observations to the problem selected on the left</source>
        <translation>أضف الملاحظات المحددة إلى المشكلة المحددة في القائمة</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>فك الربط</translation>
    </message>
    <message>
        <source>The selected observations no longer count for their problem</source>
        <translation>لم تعد الملاحظات المحددة تُحسب لمشكلتها</translation>
    </message>
    <message>
        <source>&amp;Merge problems</source>
        <translation>دمج المشكلات</translation>
    </message>
    <message>
        <source>Fold the selected problems into the first one; the others are deleted (kept in the audit trail)</source>
        <translation>ادمج المشكلات المحددة في الأولى؛ تُحذف الأخرى (وتبقى في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Sort by &amp;impact</source>
        <translation>رتّب حسب الأثر</translation>
    </message>
    <message>
        <source>List the problems most impact first (share of participants × severity)</source>
        <translation>اعرض المشكلات الأكبر أثرًا أولًا (نسبة المشاركين × الخطورة)</translation>
    </message>
    <message>
        <source>&amp;Delete problem</source>
        <translation>حذف المشكلة</translation>
    </message>
    <message>
        <source>Delete the selected problem; its observations become unassigned</source>
        <translation>احذف المشكلة المحددة؛ تصبح ملاحظاتها غير مُسندة</translation>
    </message>
    <message>
        <source>All observations</source>
        <translation>كل الملاحظات</translation>
    </message>
    <message>
        <source>Not yet in a problem</source>
        <translation>ليست في مشكلة بعد</translation>
    </message>
    <message>
        <source>Of the selected problem</source>
        <translation>الخاصة بالمشكلة المحددة</translation>
    </message>
    <message>
        <source>Show observations</source>
        <translation>عرض الملاحظات</translation>
    </message>
    <message>
        <source>Which observations to list</source>
        <translation>أي الملاحظات تُعرض</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Severity × fre&amp;quency</source>
        <translation>الخطورة × التكرار</translation>
    </message>
    <message>
        <source>Problem × participant matri&amp;x</source>
        <translation>مصفوفة المشكلات × المشاركين</translation>
    </message>
    <message>
        <source>Dis&amp;covery</source>
        <translation>الاكتشاف</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Open a study folder to collect its problems (a results spreadsheet has no observations).</source>
        <translation>افتح مجلد دراسة لجمع مشكلاتها (جدول النتائج لا يحوي ملاحظات).</translation>
    </message>
    <message>
        <source>No observations yet: press U during a session to log a problem.</source>
        <translation>لا توجد ملاحظات بعد: اضغط U أثناء الجلسة لتسجيل مشكلة.</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>مشكلة جديدة</translation>
    </message>
    <message>
        <source>Delete the problem?</source>
        <translation>حذف المشكلة؟</translation>
    </message>
    <message>
        <source>Delete problem {0}? Its observations become unassigned; the audit trail keeps the problem.</source>
        <translation>حذف المشكلة {0}؟ تصبح ملاحظاتها غير مُسندة؛ ويحتفظ سجل التدقيق بالمشكلة.</translation>
    </message>
    <message>
        <source>Change the severity scale?</source>
        <translation>تغيير مقياس الخطورة؟</translation>
    </message>
    <message>
        <source>The same number means different things on the two scales, so every rating is cleared (the audit trail keeps the old ones). Change the scale?</source>
        <translation>الرقم نفسه يعني أشياء مختلفة على المقياسين، لذا تُمحى كل التقييمات (ويحتفظ سجل التدقيق بالقديمة). هل تريد تغيير المقياس؟</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>لم يُحفظ التغيير</translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>Ease (SEQ) against completion, one point per task</source>
        <translation>السهولة (SEQ) مقابل الإنجاز، نقطة لكل مهمة</translation>
    </message>
    <message>
        <source>78%: average task completion rate across many studies (Sauro 2011)</source>
        <translation>78%: متوسط معدل إنجاز المهام في دراسات كثيرة (Sauro 2011)</translation>
    </message>
    <message>
        <source>5.5: average SEQ rating across many tasks (Sauro 2012)</source>
        <translation>5.5: متوسط تقييم SEQ في مهام كثيرة (Sauro 2012)</translation>
    </message>
    <message>
        <source>average completion 78%</source>
        <translation>متوسط الإنجاز 78%</translation>
    </message>
    <message>
        <source>average SEQ 5.5</source>
        <translation>متوسط SEQ 5.5</translation>
    </message>
    <message>
        <source>easy, completed</source>
        <translation>سهلة، أُنجزت</translation>
    </message>
    <message>
        <source>hard, not completed</source>
        <translation>صعبة، لم تُنجز</translation>
    </message>
    <message>
        <source>{0}
Completion {1}, SEQ mean {2:.2f}</source>
        <translation>{0}
الإنجاز {1}، متوسط SEQ {2:.2f}</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>معدل الإنجاز (%)</translation>
    </message>
    <message>
        <source>Mean SEQ rating (1–7)</source>
        <translation>متوسط تقييم SEQ (1–7)</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Typed: {0}… (next digit, or Enter)</source>
        <translation>المكتوب: {0}… (الرقم التالي، أو Enter)</translation>
    </message>
    <message>
        <source>{0}: answer {1}</source>
        <translation>{0}: الإجابة {1}</translation>
    </message>
    <message>
        <source>Answer {0}</source>
        <translation>الإجابة {0}</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>امتنع</translation>
    </message>
    <message>
        <source>{0}: declined to answer</source>
        <translation>{0}: امتنع عن الإجابة</translation>
    </message>
    <message>
        <source>The participant chose not to answer (recorded as declined, not as missing)</source>
        <translation>اختار المشارك عدم الإجابة (يُسجَّل امتناعًا لا قيمةً مفقودة)</translation>
    </message>
    <message>
        <source>Translation not validated</source>
        <translation>ترجمة غير مُعتمَدة</translation>
    </message>
    <message>
        <source>This wording is uxlab&apos;s own translation, not a published validated one; scores may not compare with published norms.</source>
        <translation>هذه الصياغة ترجمة خاصة بـ uxlab وليست ترجمة منشورة مُعتمَدة؛ قد لا تكون الدرجات قابلة للمقارنة مع المعايير المنشورة.</translation>
    </message>
    <message>
        <source>Validated translation</source>
        <translation>ترجمة مُصادَق عليها</translation>
    </message>
    <message>
        <source>Which word best describes how you felt?</source>
        <translation>ما الكلمة التي تصف شعورك على أفضل وجه؟</translation>
    </message>
    <message>
        <source>Feeling: {0}</source>
        <translation>الشعور: {0}</translation>
    </message>
    <message>
        <source>Choose “{0}”</source>
        <translation>اختيار «{0}»</translation>
    </message>
    <message>
        <source>Feeling word: declined to answer</source>
        <translation>كلمة الشعور: امتنع عن الإجابة</translation>
    </message>
    <message>
        <source>The participant chose not to answer</source>
        <translation>اختار المشارك عدم الإجابة</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>After each task</source>
        <translation>بعد كل مهمة</translation>
    </message>
    <message>
        <source>S&amp;EQ: how easy or difficult was the task (1–7)</source>
        <translation>SEQ: مدى سهولة المهمة أو صعوبتها (1–7)</translation>
    </message>
    <message>
        <source>Ask the Single Ease Question after each task</source>
        <translation>طرح سؤال السهولة الوحيد (SEQ) بعد كل مهمة</translation>
    </message>
    <message>
        <source>Single Ease Question, 7 points; compared with the 5.5 benchmark in results</source>
        <translation>سؤال السهولة الوحيد، 7 درجات؛ يُقارَن بالمعيار المرجعي 5.5 في النتائج</translation>
    </message>
    <message>
        <source>E&amp;xperience trio: success, effort and emotion as felt</source>
        <translation>ثلاثية التجربة: النجاح والجهد والشعور كما أحسّ بها المشارك</translation>
    </message>
    <message>
        <source>Ask the experience trio after each task</source>
        <translation>طرح ثلاثية التجربة بعد كل مهمة</translation>
    </message>
    <message>
        <source>Three ratings: how successful, how much effort and how the participant felt</source>
        <translation>ثلاثة تقييمات: مدى النجاح، ومقدار الجهد، وشعور المشارك</translation>
    </message>
    <message>
        <source>E&amp;motion words the participant may pick (one per line, leave empty to not ask):</source>
        <translation>كلمات الشعور التي يمكن للمشارك اختيارها (كلمة في كل سطر، اتركها فارغة لعدم السؤال):</translation>
    </message>
    <message>
        <source>Q&amp;uestionnaires, asked in this order (tick to ask, drag to reorder):</source>
        <translation>الاستبيانات، تُطرح بهذا الترتيب (ضع علامة لطرحها، واسحب لتغيير الترتيب):</translation>
    </message>
    <message>
        <source>Then the study&apos;s own rating items (kept as written in study.json):</source>
        <translation>ثم بنود التقييم الخاصة بالدراسة (محفوظة كما كُتبت في study.json):</translation>
    </message>
    <message>
        <source>Emotion words</source>
        <translation>كلمات الشعور</translation>
    </message>
    <message>
        <source>Words offered after each task to say how it felt, one per line</source>
        <translation>كلمات تُعرض بعد كل مهمة للتعبير عن الشعور، كلمة في كل سطر</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>بعد الجلسة</translation>
    </message>
    <message>
        <source>Post-session questionnaires</source>
        <translation>استبيانات ما بعد الجلسة</translation>
    </message>
    <message>
        <source>Tick the questionnaires to ask after the last task; press Space to tick, drag to change their order</source>
        <translation>ضع علامة على الاستبيانات التي تُطرح بعد المهمة الأخيرة؛ اضغط مفتاح المسافة لوضع العلامة، واسحب لتغيير ترتيبها</translation>
    </message>
</context>
<context>
    <name>RecordingConsent</name>
    <message>
        <source>the screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>the microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <source>This study records {0} during the session. Has the participant agreed to be recorded?

Nothing is recorded without their consent; the answer is kept in the session&apos;s journal.</source>
        <translation>تسجّل هذه الدراسة {0} أثناء الجلسة. هل وافق المشارك على التسجيل؟

لا يُسجَّل شيء دون موافقته؛ وتُحفظ الإجابة في سجل الجلسة.</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>الموافقة على التسجيل</translation>
    </message>
</context>
<context>
    <name>RecordingFailure</name>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>the device is in use by another program</source>
        <translation>الجهاز مستخدم من برنامج آخر</translation>
    </message>
    <message>
        <source>the source delivered no frame</source>
        <translation>لم يقدّم المصدر أي إطار</translation>
    </message>
    <message>
        <source>it did not start within 10 seconds</source>
        <translation>لم يبدأ خلال ١٠ ثوانٍ</translation>
    </message>
    <message>
        <source>the capture process stopped</source>
        <translation>توقفت عملية الالتقاط</translation>
    </message>
    <message>
        <source>screen capture runs on Linux with X11 only for now</source>
        <translation>التقاط الشاشة يعمل حاليًا على لينكس مع X11 فقط</translation>
    </message>
    <message>
        <source>{0} capture runs on Linux only for now</source>
        <translation>التقاط ({0}) يعمل حاليًا على لينكس فقط</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>no such device or file ({0})</source>
        <translation>لا يوجد جهاز أو ملف كهذا ({0})</translation>
    </message>
    <message>
        <source>permission denied ({0})</source>
        <translation>تم رفض الإذن ({0})</translation>
    </message>
    <message>
        <source>cannot create {0}</source>
        <translation>تعذّر إنشاء {0}</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>الميكروفون</translation>
    </message>
    <message>
        <source>● Recording: {0}</source>
        <translation>● جارٍ التسجيل: {0}</translation>
    </message>
    <message>
        <source>(failed: {0})</source>
        <translation>(فشل: {0})</translation>
    </message>
    <message>
        <source>Recording is starting…</source>
        <translation>يبدأ التسجيل…</translation>
    </message>
    <message>
        <source>Not recording: the participant did not consent</source>
        <translation>لا تسجيل: لم يوافق المشارك</translation>
    </message>
    <message>
        <source>Recording failed: {0}. The session goes on; every event is still journaled.</source>
        <translation>فشل التسجيل: {0}. تستمر الجلسة؛ وما زال كل حدث يُسجَّل في السجل.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>سبب غير معروف</translation>
    </message>
</context>
<context>
    <name>ReviewExports</name>
    <message>
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>جارٍ كتابة {0}…</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>تقرير HTML</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>أُلغي التصدير</translation>
    </message>
    <message>
        <source>Nothing was written; {0} is as it was.</source>
        <translation>لم يُكتب شيء؛ بقي {0} كما كان.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>{0} could not be written:
{1}</source>
        <translation>تعذّرت كتابة {0}:
{1}</translation>
    </message>
    <message>
        <source>The workbook {0} is written.</source>
        <translation>كُتب المصنف {0}.</translation>
    </message>
    <message>
        <source>It holds every participant: the &apos;Show&apos; filter applies to this window only.</source>
        <translation>يحتوي على جميع المشاركين: عامل التصفية «عرض» يسري على هذه النافذة فقط.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>فتح المجلد الحاوي</translation>
    </message>
    <message>
        <source>Export charts to a folder</source>
        <translation>تصدير الرسوم البيانية إلى مجلد</translation>
    </message>
    <message>
        <source>The charts were not saved</source>
        <translation>لم تُحفظ الرسوم البيانية</translation>
    </message>
    <message>
        <source>Charts saved</source>
        <translation>حُفظت الرسوم البيانية</translation>
    </message>
    <message>
        <source>{0} image(s) saved in {1}.</source>
        <translation>حُفظت الصور (عددها {0}) في {1}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>ReviewFormat</name>
    <message>
        <source>s</source>
        <translation>ث</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>البيانات المفقودة</translation>
    </message>
</context>
<context>
    <name>ReviewNotices</name>
    <message>
        <source>⚠ {0} warning(s) while loading — click to hide</source>
        <translation>⚠ تحذيرات أثناء التحميل (عددها {0}) — انقر للإخفاء</translation>
    </message>
    <message>
        <source>⚠ {0} warning(s) while loading — click to show</source>
        <translation>⚠ تحذيرات أثناء التحميل (عددها {0}) — انقر للإظهار</translation>
    </message>
    <message>
        <source>Show or hide what was found while loading</source>
        <translation>إظهار أو إخفاء ما عُثر عليه أثناء التحميل</translation>
    </message>
    <message>
        <source>Loading warnings</source>
        <translation>تحذيرات التحميل</translation>
    </message>
    <message>
        <source>The results cannot be computed: {0}</source>
        <translation>تعذّر حساب النتائج: {0}</translation>
    </message>
    <message>
        <source>Open a study (File &gt; Open study) or a results spreadsheet to review its results.</source>
        <translation>افتح دراسة (ملف &gt; فتح دراسة) أو جدول بيانات نتائج لمراجعة نتائجها.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>The exclusion was not saved</source>
        <translation>لم يُحفظ الاستبعاد</translation>
    </message>
    <message>
        <source>The benchmarks were not saved</source>
        <translation>لم تُحفظ المعايير المرجعية</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Study summary</source>
        <translation>ملخص الدراسة</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Part&amp;icipants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>C&amp;omparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>One row per task; select a task to see its attempts</source>
        <translation>صف لكل مهمة؛ حدّد مهمة لرؤية محاولاتها</translation>
    </message>
    <message>
        <source>Outcome of every task for every participant, questionnaire scores, exclusions</source>
        <translation>نتيجة كل مهمة لكل مشارك، ودرجات الاستبيانات، والاستبعادات</translation>
    </message>
    <message>
        <source>Two groups side by side with significance tests</source>
        <translation>مجموعتان جنبًا إلى جنب مع اختبارات الدلالة الإحصائية</translation>
    </message>
    <message>
        <source>Charts of the results</source>
        <translation>الرسوم البيانية للنتائج</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>P&amp;articipant:</source>
        <translation>المشارك:</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Pick a participant of the study or type a new id</source>
        <translation>اختر مشاركًا من الدراسة أو اكتب معرّفًا جديدًا</translation>
    </message>
    <message>
        <source>Start or resume the session</source>
        <translation>بدء الجلسة أو استئنافها</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <source>Participant screen</source>
        <translation>شاشة المشارك</translation>
    </message>
    <message>
        <source>Show the participant screen</source>
        <translation>إظهار شاشة المشارك</translation>
    </message>
    <message>
        <source>Open the participant&apos;s window on the chosen screen (Ctrl+Shift+P)</source>
        <translation>فتح نافذة المشارك على الشاشة المختارة (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>على</translation>
    </message>
    <message>
        <source>Screen for the participant window</source>
        <translation>الشاشة المخصّصة لنافذة المشارك</translation>
    </message>
    <message>
        <source>Which monitor shows the participant&apos;s window</source>
        <translation>الشاشة التي تعرض نافذة المشارك</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>Participant window full screen</source>
        <translation>نافذة المشارك بملء الشاشة</translation>
    </message>
    <message>
        <source>Show the participant&apos;s window full screen</source>
        <translation>عرض نافذة المشارك بملء الشاشة</translation>
    </message>
    <message>
        <source>Current task</source>
        <translation>المهمة الحالية</translation>
    </message>
    <message>
        <source>Session console</source>
        <translation>وحدة تحكم الجلسة</translation>
    </message>
    <message>
        <source>◀ Previous task</source>
        <translation>▶ المهمة السابقة</translation>
    </message>
    <message>
        <source>Previous task</source>
        <translation>المهمة السابقة</translation>
    </message>
    <message>
        <source>Run an earlier task of the order next (one not done yet); or click a task in the order</source>
        <translation>تنفيذ مهمة سابقة في الترتيب تاليًا (لم تُنجز بعد)؛ أو انقر على مهمة في الترتيب</translation>
    </message>
    <message>
        <source>Next task ▶</source>
        <translation>المهمة التالية ◀</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>المهمة التالية</translation>
    </message>
    <message>
        <source>Run a later task of the order next; or click a task in the order</source>
        <translation>تنفيذ مهمة لاحقة في الترتيب تاليًا؛ أو انقر على مهمة في الترتيب</translation>
    </message>
    <message>
        <source>Success criteria (moderator only)</source>
        <translation>معايير النجاح (للميسّر فقط)</translation>
    </message>
    <message>
        <source>Time on task (net, pauses excluded)</source>
        <translation>الوقت المستغرق في المهمة (صافٍ، دون فترات التوقف)</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <source>Enter saves the note with the time the key was pressed; Esc cancels</source>
        <translation>يحفظ Enter الملاحظة بتوقيت لحظة ضغط المفتاح؛ ويُلغي Esc</translation>
    </message>
    <message>
        <source>Problem…</source>
        <translation>مشكلة…</translation>
    </message>
    <message>
        <source>The typed value was dropped.</source>
        <translation>أُسقطت القيمة المكتوبة.</translation>
    </message>
    <message>
        <source>Pick a feeling word with 1–{0} (or {1} if declined).</source>
        <translation>اختر كلمة الشعور بالأرقام 1–{0} (أو {1} عند الامتناع).</translation>
    </message>
    <message>
        <source>No question is waiting for an answer.</source>
        <translation>لا يوجد سؤال ينتظر إجابة.</translation>
    </message>
    <message>
        <source>Usability problem</source>
        <translation>مشكلة في قابلية الاستخدام</translation>
    </message>
    <message>
        <source>{0} at {1} (session time):</source>
        <translation>{0} عند {1} (وقت الجلسة):</translation>
    </message>
    <message>
        <source>The session was not started.</source>
        <translation>لم تبدأ الجلسة.</translation>
    </message>
    <message>
        <source>Events not saved</source>
        <translation>أحداث غير محفوظة</translation>
    </message>
    <message>
        <source>{0} event(s) of this session are not on disk yet ({1}).</source>
        <translation>{0} حدث/أحداث من هذه الجلسة لم تُحفظ على القرص بعد ({1}).</translation>
    </message>
    <message>
        <source>the disk refused them</source>
        <translation>رفضها القرص</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>أعد محاولة الحفظ</translation>
    </message>
    <message>
        <source>Save elsewhere…</source>
        <translation>احفظ في مكان آخر…</translation>
    </message>
    <message>
        <source>Discard them and quit</source>
        <translation>تجاهلها والخروج</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>جلسة قيد التشغيل</translation>
    </message>
    <message>
        <source>The session with participant {0} is still running. Everything recorded is on disk; it can be resumed when uxlab opens this study again. Quit now?</source>
        <translation>الجلسة مع المشارك {0} ما زالت جارية. كل ما سُجّل محفوظ على القرص، ويمكن استئنافها عندما يفتح uxlab هذه الدراسة مجددًا. الخروج الآن؟</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Recordings not copied</source>
        <translation>لم تُنسخ التسجيلات</translation>
    </message>
    <message>
        <source>The session is saved in {0} and goes on there. These recordings could not be copied beside it and stay where they were recorded:
{1}</source>
        <translation>حُفظت الجلسة في {0} وتستمر هناك. تعذّر نسخ هذه التسجيلات بجانبها، فهي باقية حيث سُجّلت:
{1}</translation>
    </message>
    <message>
        <source>Only one screen: the participant&apos;s window covers part of the console. Move it aside, or connect a second screen and pick it here.</source>
        <translation>شاشة واحدة فقط: نافذة المشارك تغطي جزءًا من وحدة التحكم. أزحها جانبًا، أو صِل شاشة ثانية واخترها هنا.</translation>
    </message>
    <message>
        <source>The participant&apos;s window is beside the console, on the same screen. For a session, connect a second screen and pick it here.</source>
        <translation>نافذة المشارك بجانب وحدة التحكم على الشاشة نفسها. للجلسة، صِل شاشة ثانية واخترها هنا.</translation>
    </message>
    <message>
        <source>Save the session elsewhere</source>
        <translation>حفظ الجلسة في مكان آخر</translation>
    </message>
    <message>
        <source>Start task</source>
        <translation>بدء المهمة</translation>
    </message>
    <message>
        <source>Start this participant&apos;s session (or resume it if it was interrupted). Key: Ctrl+Enter</source>
        <translation>بدء جلسة هذا المشارك (أو استئنافها إن كانت قد انقطعت). المفتاح: Ctrl+Enter</translation>
    </message>
    <message>
        <source>End the session after the last questionnaire. Key: Ctrl+Enter</source>
        <translation>إنهاء الجلسة بعد الاستبيان الأخير. المفتاح: Ctrl+Enter</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>إيقاف مؤقت / استئناف</translation>
    </message>
    <message>
        <source>End task…</source>
        <translation>إنهاء المهمة…</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>تخطّي المهمة</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>جزئية</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>متروكة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>ملاحظة…</translation>
    </message>
    <message>
        <source>Critical…</source>
        <translation>حادثة حرجة…</translation>
    </message>
    <message>
        <source>Undo marker</source>
        <translation>التراجع عن العلامة</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>امتنع</translation>
    </message>
    <message>
        <source>{0} (key: {1})</source>
        <translation>{0} (المفتاح: {1})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>المفاتيح:</translation>
    </message>
    <message>
        <source>Screen {0} ({1}×{2})</source>
        <translation>الشاشة {0} ({1}×{2})</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (انتهت)</translation>
    </message>
    <message>
        <source> (interrupted: resume)</source>
        <translation> (انقطعت: استئناف)</translation>
    </message>
    <message>
        <source>{0} is outside the scale {1}–{2}.</source>
        <translation>{0} خارج المقياس {1}–{2}.</translation>
    </message>
    <message>
        <source>No session is open: pick a participant and start the session.</source>
        <translation>لا توجد جلسة مفتوحة: اختر مشاركًا وابدأ الجلسة.</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>حادثة حرجة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation>هناك جلسة جارية بالفعل.</translation>
    </message>
    <message>
        <source>Type or pick a participant id first.</source>
        <translation>اكتب معرّف مشارك أو اختره أولًا.</translation>
    </message>
    <message>
        <source>The session ends with Ctrl+Enter once every task and questionnaire is done (or use the End session button).</source>
        <translation>تنتهي الجلسة بالضغط على Ctrl+Enter بعد إنجاز كل المهام والاستبيانات (أو استخدم زر «إنهاء الجلسة»).</translation>
    </message>
    <message>
        <source>Open a study folder first (File &gt; Open study).</source>
        <translation>افتح مجلد دراسة أولًا (ملف &gt; فتح دراسة).</translation>
    </message>
    <message>
        <source>The session cannot start</source>
        <translation>تعذّر بدء الجلسة</translation>
    </message>
    <message>
        <source>Session resumed. Everything recorded before the interruption is kept; the running task was paused: press {0} to resume it.</source>
        <translation>استُؤنفت الجلسة. كل ما سُجّل قبل الانقطاع محفوظ؛ وأُوقفت المهمة الجارية مؤقتًا: اضغط {0} لاستئنافها.</translation>
    </message>
    <message>
        <source>some tasks were not done (they will count as not attempted)</source>
        <translation>لم تُنجز بعض المهام (ستُحتسب مهامَّ لم تُحاوَل)</translation>
    </message>
    <message>
        <source>{0} question(s) are unanswered</source>
        <translation>أسئلة بلا إجابة (عددها {0})</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>إنهاء الجلسة؟</translation>
    </message>
    <message>
        <source>{0}. Unanswered questions will be recorded as declined. End the session?</source>
        <translation>{0}. ستُسجَّل الأسئلة التي لم يُجَب عنها امتناعًا. هل تريد إنهاء الجلسة؟</translation>
    </message>
    <message>
        <source>This event cannot be corrected.</source>
        <translation>لا يمكن تصحيح هذا الحدث.</translation>
    </message>
    <message>
        <source>All events are saved to disk again.</source>
        <translation>حُفظت جميع الأحداث على القرص مجددًا.</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>ما زالت المحاولة تفشل</translation>
    </message>
    <message>
        <source>uxlab journal (*.jsonl)</source>
        <translation>سجل uxlab (*.jsonl)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>The session is now recorded in {0}. Copy it into the study&apos;s sessions folder afterwards.</source>
        <translation>تُسجَّل الجلسة الآن في {0}. انسخها لاحقًا إلى مجلد جلسات الدراسة.</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>بدء الجلسة</translation>
    </message>
    <message>
        <source>Participant {0}</source>
        <translation>المشارك {0}</translation>
    </message>
    <message>
        <source>No session running. Pick a participant and press Start session (Ctrl+Enter).</source>
        <translation>لا توجد جلسة جارية. اختر مشاركًا واضغط «بدء الجلسة» (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>The clock is stopped: choose the outcome (1–4), or Esc if the task goes on.</source>
        <translation>المؤقت متوقف: اختر النتيجة (1–4)، أو Esc إذا استمرت المهمة.</translation>
    </message>
    <message>
        <source>Paused: press {0} to resume.</source>
        <translation>متوقف مؤقتًا: اضغط {0} للاستئناف.</translation>
    </message>
    <message>
        <source>Task running: {0} error · {1} assist · {2} note · {3} end (choose outcome) · 1–4 end with an outcome.</source>
        <translation>المهمة جارية: {0} خطأ · {1} مساعدة · {2} ملاحظة · {3} إنهاء (اختيار النتيجة) · 1–4 إنهاء بنتيجة.</translation>
    </message>
    <message>
        <source>Waiting for the ratings of the last task: digits answer the first question, {0} = declined.</source>
        <translation>بانتظار تقييمات المهمة الأخيرة: الأرقام تجيب عن السؤال الأول، {0} = امتناع.</translation>
    </message>
    <message>
        <source>Next: “{0}”. Press {1} to start it.</source>
        <translation>التالية: «{0}». اضغط {1} لبدئها.</translation>
    </message>
    <message>
        <source>End-of-session questionnaires: digits answer the first question, {0} = declined.</source>
        <translation>استبيانات نهاية الجلسة: الأرقام تجيب عن السؤال الأول، {0} = امتناع.</translation>
    </message>
    <message>
        <source>All tasks and questionnaires are done: press End session (Ctrl+Enter).</source>
        <translation>اكتملت كل المهام والاستبيانات: اضغط «إنهاء الجلسة» (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Session ended. Pick the next participant to start another session.</source>
        <translation>انتهت الجلسة. اختر المشارك التالي لبدء جلسة أخرى.</translation>
    </message>
    <message>
        <source>No session running. Pick a participant and press Start session.</source>
        <translation>لا توجد جلسة جارية. اختر مشاركًا واضغط «بدء الجلسة».</translation>
    </message>
    <message>
        <source>Next: </source>
        <translation>التالية: </translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>(لم تُكتب)</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>انتهت الجلسة</translation>
    </message>
    <message>
        <source>After the task “{0}”: the participant answers on their screen, or enter the answers here (digit keys answer the first question; {1} = declined).</source>
        <translation>بعد المهمة «{0}»: يجيب المشارك على شاشته، أو أدخل الإجابات هنا (مفاتيح الأرقام تجيب عن السؤال الأول؛ {1} = امتناع).</translation>
    </message>
    <message>
        <source>End of session: questionnaires ({0} item(s) left)</source>
        <translation>نهاية الجلسة: الاستبيانات (البنود المتبقية: {0})</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
</context>
<context>
    <name>SeqChart</name>
    <message>
        <source>Ease rating (SEQ) by task</source>
        <translation>تقييم السهولة (SEQ) حسب المهمة</translation>
    </message>
    <message>
        <source>{0}
SEQ mean {1:.2f} from {2} ratings
{3} CI {4:.2f} – {5:.2f}</source>
        <translation>{0}
متوسط SEQ {1:.2f} (عدد التقييمات: {2})
فترة الثقة {3}: {4:.2f} – {5:.2f}</translation>
    </message>
    <message>
        <source>Mean SEQ rating (1 = very difficult … 7 = very easy); whiskers: {0} confidence interval</source>
        <translation>متوسط تقييم SEQ (1 = صعبة جدًا … 7 = سهلة جدًا)؛ الشعيرات: فترة الثقة {0}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>That task has already been done.</source>
        <translation>أُنجزت تلك المهمة من قبل.</translation>
    </message>
    <message>
        <source>No session is open: pick a participant and start the session.</source>
        <translation>لا توجد جلسة مفتوحة: اختر مشاركًا وابدأ الجلسة.</translation>
    </message>
    <message>
        <source>Record the ratings for the last task first (or mark them declined).</source>
        <translation>سجّل تقييمات المهمة الأخيرة أولًا (أو أشِر إلى أن المشارك امتنع عنها).</translation>
    </message>
    <message>
        <source>A task is already running: end it first.</source>
        <translation>هناك مهمة قيد التنفيذ بالفعل: أنهِها أولًا.</translation>
    </message>
    <message>
        <source>Every task has been done.</source>
        <translation>أُنجزت جميع المهام.</translation>
    </message>
    <message>
        <source>No task is running.</source>
        <translation>لا توجد مهمة قيد التنفيذ.</translation>
    </message>
    <message>
        <source>The task continues: its clock runs again.</source>
        <translation>تستمر المهمة: يعمل مؤقتها من جديد.</translation>
    </message>
    <message>
        <source>There is no task left to skip.</source>
        <translation>لم تتبقَّ أي مهمة لتخطّيها.</translation>
    </message>
    <message>
        <source>There is no marker to undo.</source>
        <translation>لا توجد علامة للتراجع عنها.</translation>
    </message>
    <message>
        <source>No task has been done yet.</source>
        <translation>لم تُنجَز أي مهمة بعد.</translation>
    </message>
    <message>
        <source>A task is still running: end it first.</source>
        <translation>ما زالت هناك مهمة قيد التنفيذ: أنهِها أولًا.</translation>
    </message>
</context>
<context>
    <name>SeverityFrequencyChart</name>
    <message>
        <source>Severity × frequency chart</source>
        <translation>مخطط الخطورة × التكرار</translation>
    </message>
    <message>
        <source>Severity × frequency, as a table</source>
        <translation>الخطورة × التكرار، في جدول</translation>
    </message>
    <message>
        <source>The chart&apos;s data, most impact first; Enter selects the problem</source>
        <translation>بيانات المخطط، الأكبر أثرًا أولًا؛ يحدد مفتاح Enter المشكلة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Frequency (95 % CI)</source>
        <translation>التكرار (فترة ثقة 95 %)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>Severity × frequency</source>
        <translation>الخطورة × التكرار</translation>
    </message>
    <message>
        <source>Participants who met the problem (%)</source>
        <translation>المشاركون الذين واجهوا المشكلة (%)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>غير مُقيَّمة</translation>
    </message>
    <message>
        <source>{0}: {1}
Severity: {2}
Met by {3} of {4} participants: {5}% (95% CI {6}–{7}%)
Impact: {8}</source>
        <translation>{0}: {1}
الخطورة: {2}
واجهها {3} من {4} مشاركين: {5}% (فترة ثقة 95% {6}–{7}%)
الأثر: {8}</translation>
    </message>
    <message>
        <source>No problems to chart yet.</source>
        <translation>لا توجد مشكلات لعرضها في المخطط بعد.</translation>
    </message>
    <message>
        <source>{0} problems by share of participants (across) and severity (up). Most impact: {1} ({2}), met by {3} of {4} participants.</source>
        <translation>{0} مشكلات حسب نسبة المشاركين (أفقيًا) والخطورة (رأسيًا). الأكبر أثرًا: {1} ({2})، واجهها {3} من {4} مشاركين.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>{0} included, {1} excluded</source>
        <translation>المشمولون: {0}، المستبعَدون: {1}</translation>
    </message>
    <message>
        <source>Excluded participants are left out of every number</source>
        <translation>لا يدخل المشاركون المستبعَدون في أي رقم</translation>
    </message>
    <message>
        <source>{0} (n = {1})</source>
        <translation>{0} (n = {1})</translation>
    </message>
    <message>
        <source>{0}; SUS-equivalent {1} (n = {2})</source>
        <translation>{0}؛ ما يعادل SUS {1} (n = {2})</translation>
    </message>
    <message>
        <source>{0} promoters, {1} passives, {2} detractors</source>
        <translation>المروّجون {0}، المحايدون {1}، المنتقدون {2}</translation>
    </message>
    <message>
        <source>{0} top-2-box; mean {1} (n = {2})</source>
        <translation>{0} في أعلى خانتين؛ المتوسط {1} (n = {2})</translation>
    </message>
    <message>
        <source>{0}; {1} agree (n = {2})</source>
        <translation>{0}؛ الموافقون {1} (n = {2})</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>الأسوأ على الإطلاق</translation>
    </message>
    <message>
        <source>Awful</source>
        <translation>سيئ جدًا</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>ممتاز</translation>
    </message>
    <message>
        <source>Best imaginable</source>
        <translation>الأفضل على الإطلاق</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>SUS mean</source>
        <translation>متوسط SUS</translation>
    </message>
    <message>
        <source>SUS grade</source>
        <translation>تقدير SUS</translation>
    </message>
    <message>
        <source>SUS percentile</source>
        <translation>مئين SUS</translation>
    </message>
    <message>
        <source>SUS adjective</source>
        <translation>الوصف اللفظي لـ SUS</translation>
    </message>
    <message>
        <source>UMUX-Lite</source>
        <translation>UMUX-Lite</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation>إجابات NPS</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
</context>
<context>
    <name>SusChart</name>
    <message>
        <source>SUS scores over the grading scale</source>
        <translation>درجات SUS على سلّم التقدير</translation>
    </message>
    <message>
        <source>Mean {0:.1f} ({1})</source>
        <translation>المتوسط {0:.1f} ({1})</translation>
    </message>
    <message>
        <source>Mean SUS {0:.1f} (grade {1}) from {2} participants
{3} CI {4:.1f} – {5:.1f}</source>
        <translation>متوسط SUS {0:.1f} (التقدير {1}) (عدد المشاركين: {2})
فترة الثقة {3}: {4:.1f} – {5:.1f}</translation>
    </message>
    <message>
        <source>SUS {0:g} to under {1:g}: {2} participants</source>
        <translation>SUS من {0:g} إلى أقل من {1:g}: عدد المشاركين {2}</translation>
    </message>
    <message>
        <source>Grade {0}: SUS {1:g} to {2:g}, {3} participants</source>
        <translation>التقدير {0}: SUS من {1:g} إلى {2:g}، عدد المشاركين {3}</translation>
    </message>
    <message>
        <source>SUS score (0–100); grades: Sauro-Lewis curved grading scale</source>
        <translation>درجة SUS (0–100)؛ التقديرات: سلّم التقدير المنحني لـ Sauro وLewis</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>The study&apos;s tasks. Drag a task, or press Alt+Up / Alt+Down, to reorder</source>
        <translation>مهام الدراسة. اسحب مهمة، أو اضغط Alt+Up / Alt+Down، لتغيير الترتيب</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add a new task after the selected one</source>
        <translation>إضافة مهمة جديدة بعد المهمة المحدَّدة</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Copy the selected task, with a new id</source>
        <translation>نسخ المهمة المحدَّدة بمعرّف جديد</translation>
    </message>
    <message>
        <source>Move the selected task one place up (Alt+Up)</source>
        <translation>نقل المهمة المحدَّدة موضعًا واحدًا لأعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected task one place down (Alt+Down)</source>
        <translation>نقل المهمة المحدَّدة موضعًا واحدًا لأسفل (Alt+Down)</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>النصوص باللغة:</translation>
    </message>
    <message>
        <source>Task &amp;id:</source>
        <translation>معرّف المهمة:</translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Tar&amp;get time:</source>
        <translation>الوقت المستهدف:</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>الحد الزمني:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected task from the study (Delete)</source>
        <translation>إزالة المهمة المحدَّدة من الدراسة (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>السيناريو:</translation>
    </message>
    <message>
        <source>Success criteria:</source>
        <translation>معايير النجاح:</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Within-subjects studies: the condition (design, version, tool) this task is done under, e.g. old menu / new menu; the review then compares the conditions within participants (Compare by: condition). Leave empty otherwise</source>
        <translation>دراسات داخل المشاركين: الحالة (التصميم أو الإصدار أو الأداة) التي تُنفَّذ فيها هذه المهمة، مثل القائمة القديمة / القائمة الجديدة؛ ثم تقارن المراجعة بين الحالات داخل كل مشارك (قارن حسب: الحالة). اتركه فارغًا في غير ذلك</translation>
    </message>
    <message>
        <source>Language of the title and scenario</source>
        <translation>لغة العنوان والسيناريو</translation>
    </message>
    <message>
        <source>Tasks (in the order of a fixed stud&amp;y):</source>
        <translation>المهام (بترتيب الدراسة ذات الترتيب الثابت):</translation>
    </message>
    <message>
        <source>The selected task</source>
        <translation>المهمة المحددة</translation>
    </message>
    <message>
        <source>&amp;Journey stage:</source>
        <translation>مرحلة الرحلة:</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Which language&apos;s title and scenario you are editing</source>
        <translation>لغة العنوان والسيناريو اللذين تحرّرهما</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>معرّف المهمة</translation>
    </message>
    <message>
        <source>A short unique id used in the data files (letters, digits, _ - .)</source>
        <translation>معرّف قصير فريد يُستخدم في ملفات البيانات (حروف وأرقام و _ - .)</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>عنوان المهمة</translation>
    </message>
    <message>
        <source>A short name for the task, in the selected language</source>
        <translation>اسم قصير للمهمة باللغة المحدَّدة</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>What the participant reads: the task as a realistic scenario, in the selected language</source>
        <translation>ما يقرؤه المشارك: المهمة في صورة سيناريو واقعي، باللغة المحدَّدة</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>معايير النجاح</translation>
    </message>
    <message>
        <source>What counts as success, for the moderator (not shown to participants)</source>
        <translation>ما يُعدّ نجاحًا، للميسّر (لا يُعرض على المشاركين)</translation>
    </message>
    <message>
        <source>Target time in seconds</source>
        <translation>الوقت المستهدف بالثواني</translation>
    </message>
    <message>
        <source>The time an experienced user needs; leave at &apos;not set&apos; if there is none</source>
        <translation>الوقت الذي يحتاجه مستخدم متمرّس؛ اتركه «غير محدَّد» إن لم يوجد</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>الحد الزمني بالثواني</translation>
    </message>
    <message>
        <source>When the moderator is prompted to stop the task; at least the target time</source>
        <translation>متى يُنبَّه الميسّر إلى إيقاف المهمة؛ لا يقل عن الوقت المستهدف</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدَّد</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>مرحلة الرحلة</translation>
    </message>
    <message>
        <source>The step of the user journey this task belongs to (e.g. signup, pay); results can be grouped by stage</source>
        <translation>خطوة رحلة المستخدم التي تنتمي إليها هذه المهمة (مثل التسجيل أو الدفع)؛ يمكن تجميع النتائج حسب المرحلة</translation>
    </message>
    <message>
        <source>The study has no tasks yet. Press Add to write the first one.</source>
        <translation>لا توجد مهام في الدراسة بعد. اضغط «إضافة» لكتابة المهمة الأولى.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) recorded this task under the id &apos;{0}&apos;. With a new id, those results no longer belong to it (they stay on disk). Put back &apos;{0}&apos; to keep them together.</source>
        <translation>
            <numerusform>سُجّلت هذه المهمة في %n جلسة بالمعرّف «{0}». مع معرّف جديد لن تعود تلك النتائج تابعة لها (تبقى على القرص). أعِد «{0}» لإبقائها معًا.</numerusform>
            <numerusform>سُجّلت هذه المهمة في %n جلسة بالمعرّف «{0}». مع معرّف جديد لن تعود تلك النتائج تابعة لها (تبقى على القرص). أعِد «{0}» لإبقائها معًا.</numerusform>
            <numerusform>سُجّلت هذه المهمة في %n جلستين بالمعرّف «{0}». مع معرّف جديد لن تعود تلك النتائج تابعة لها (تبقى على القرص). أعِد «{0}» لإبقائها معًا.</numerusform>
            <numerusform>سُجّلت هذه المهمة في %n جلسات بالمعرّف «{0}». مع معرّف جديد لن تعود تلك النتائج تابعة لها (تبقى على القرص). أعِد «{0}» لإبقائها معًا.</numerusform>
            <numerusform>سُجّلت هذه المهمة في %n جلسة بالمعرّف «{0}». مع معرّف جديد لن تعود تلك النتائج تابعة لها (تبقى على القرص). أعِد «{0}» لإبقائها معًا.</numerusform>
            <numerusform>سُجّلت هذه المهمة في %n جلسة بالمعرّف «{0}». مع معرّف جديد لن تعود تلك النتائج تابعة لها (تبقى على القرص). أعِد «{0}» لإبقائها معًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) recorded this task: keep its id so the results stay together.</source>
        <translation>
            <numerusform>سُجّلت هذه المهمة في %n جلسة: أبقِ على معرّفها لتبقى النتائج معًا.</numerusform>
            <numerusform>سُجّلت هذه المهمة في %n جلسة: أبقِ على معرّفها لتبقى النتائج معًا.</numerusform>
            <numerusform>سُجّلت هذه المهمة في %n جلستين: أبقِ على معرّفها لتبقى النتائج معًا.</numerusform>
            <numerusform>سُجّلت هذه المهمة في %n جلسات: أبقِ على معرّفها لتبقى النتائج معًا.</numerusform>
            <numerusform>سُجّلت هذه المهمة في %n جلسة: أبقِ على معرّفها لتبقى النتائج معًا.</numerusform>
            <numerusform>سُجّلت هذه المهمة في %n جلسة: أبقِ على معرّفها لتبقى النتائج معًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) recorded the task &apos;{0}&apos;. Their results stay on disk, but the study will no longer list the task, so results leave it out. Remove it?</source>
        <translation>
            <numerusform>سُجّلت المهمة «{0}» في %n جلسة. تبقى نتائجها على القرص، لكن الدراسة لن تُدرج المهمة بعد الآن، فتُستثنى من النتائج. هل تريد إزالتها؟</numerusform>
            <numerusform>سُجّلت المهمة «{0}» في %n جلسة. تبقى نتائجها على القرص، لكن الدراسة لن تُدرج المهمة بعد الآن، فتُستثنى من النتائج. هل تريد إزالتها؟</numerusform>
            <numerusform>سُجّلت المهمة «{0}» في %n جلستين. تبقى نتائجها على القرص، لكن الدراسة لن تُدرج المهمة بعد الآن، فتُستثنى من النتائج. هل تريد إزالتها؟</numerusform>
            <numerusform>سُجّلت المهمة «{0}» في %n جلسات. تبقى نتائجها على القرص، لكن الدراسة لن تُدرج المهمة بعد الآن، فتُستثنى من النتائج. هل تريد إزالتها؟</numerusform>
            <numerusform>سُجّلت المهمة «{0}» في %n جلسة. تبقى نتائجها على القرص، لكن الدراسة لن تُدرج المهمة بعد الآن، فتُستثنى من النتائج. هل تريد إزالتها؟</numerusform>
            <numerusform>سُجّلت المهمة «{0}» في %n جلسة. تبقى نتائجها على القرص، لكن الدراسة لن تُدرج المهمة بعد الآن، فتُستثنى من النتائج. هل تريد إزالتها؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written in {0} yet: participants reading {0} will see the text shown in grey (the study language&apos;s).</source>
        <translation>لم يُكتب بلغة {0} بعد: سيرى المشاركون بلغة {0} النص الظاهر بالرمادي (نص لغة الدراسة).</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>Remove a recorded task?</source>
        <translation>إزالة مهمة مسجَّلة؟</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Time, successful</source>
        <translation>الوقت، الناجحة</translation>
    </message>
    <message>
        <source>Time, all attempts</source>
        <translation>الوقت، كل المحاولات</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <source>SEQ (1–7)</source>
        <translation>SEQ (1–7)</translation>
    </message>
    <message>
        <source>Success net</source>
        <translation>صافي النجاح</translation>
    </message>
    <message>
        <source>Effort net</source>
        <translation>صافي الجهد</translation>
    </message>
    <message>
        <source>Emotion net</source>
        <translation>صافي الشعور</translation>
    </message>
    <message>
        <source>Errors (mean)</source>
        <translation>الأخطاء (المتوسط)</translation>
    </message>
    <message>
        <source>Assists (mean)</source>
        <translation>المساعدات (المتوسط)</translation>
    </message>
    <message>
        <source>The task&apos;s title, in study order</source>
        <translation>عنوان المهمة، بترتيب الدراسة</translation>
    </message>
    <message>
        <source>Time on task of successful attempts: geometric mean with its interval</source>
        <translation>الوقت المستغرق في المحاولات الناجحة: الوسط الهندسي مع فترته</translation>
    </message>
    <message>
        <source>Time on task of all attempts (failed and abandoned too): geometric mean with its interval</source>
        <translation>الوقت المستغرق في كل المحاولات (بما فيها الفاشلة والمتروكة): الوسط الهندسي مع فترته</translation>
    </message>
    <message>
        <source>Errors marked by the moderator per attempt (mean)</source>
        <translation>الأخطاء التي علّمها الميسّر لكل محاولة (المتوسط)</translation>
    </message>
    <message>
        <source>Assists given by the moderator per attempt (mean)</source>
        <translation>المساعدات التي قدّمها الميسّر لكل محاولة (المتوسط)</translation>
    </message>
    <message>
        <source>{0} attempts: {1} successes, {2} partial, {3} skipped (not attempts), {4} interrupted</source>
        <translation>المحاولات: {0}؛ الناجحة: {1}، الجزئية: {2}، المتخطّاة (ليست محاولات): {3}، المقطوعة: {4}</translation>
    </message>
    <message>
        <source>Task id: {0}</source>
        <translation>معرّف المهمة: {0}</translation>
    </message>
    <message>
        <source>Stage: {0}</source>
        <translation>المرحلة: {0}</translation>
    </message>
    <message>
        <source>Target time: {0}</source>
        <translation>الوقت المستهدف: {0}</translation>
    </message>
    <message>
        <source>n = {0}; median {1}; arithmetic mean {2}; SD {3}</source>
        <translation>n = {0}؛ الوسيط {1}؛ الوسط الحسابي {2}؛ الانحراف المعياري {3}</translation>
    </message>
    <message>
        <source>{0} of {1} attempts successful</source>
        <translation>ناجحة: {0} من {1} محاولة</translation>
    </message>
    <message>
        <source>n = {0}</source>
        <translation>n = {0}</translation>
    </message>
    <message>
        <source>n = {0}; mean {1} on 1–7</source>
        <translation>n = {0}؛ المتوسط {1} على 1–7</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Select a task above to see its attempts.</source>
        <translation>حدّد مهمة في الأعلى لرؤية محاولاتها.</translation>
    </message>
    <message>
        <source>Attempts at “{0}” ({1})</source>
        <translation>محاولات «{0}» ({1})</translation>
    </message>
    <message>
        <source>Select an attempt to see its events and notes.</source>
        <translation>حدّد محاولة لرؤية أحداثها وملاحظاتها.</translation>
    </message>
    <message>
        <source>Events of {0} in “{1}” (time since the session started)</source>
        <translation>أحداث {0} في «{1}» (الوقت منذ بدء الجلسة)</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>ملاحظات: {0}</translation>
    </message>
    <message>
        <source>Time on task: successful &amp;attempts only</source>
        <translation>الوقت المستغرق في المهمة: المحاولات الناجحة فقط</translation>
    </message>
    <message>
        <source>Checked: time on task of successful attempts (the usual report). Unchecked: all attempts, including failed and abandoned ones</source>
        <translation>عند التحديد: الوقت المستغرق في المحاولات الناجحة (التقرير المعتاد). عند إلغاء التحديد: كل المحاولات، بما فيها الفاشلة والمتروكة</translation>
    </message>
    <message>
        <source>Time on task of successful attempts only</source>
        <translation>الوقت المستغرق في المحاولات الناجحة فقط</translation>
    </message>
    <message>
        <source>Task results</source>
        <translation>نتائج المهام</translation>
    </message>
    <message>
        <source>Select a task to see its attempts below</source>
        <translation>حدّد مهمة لرؤية محاولاتها في الأسفل</translation>
    </message>
    <message>
        <source>Attempts at the selected task</source>
        <translation>محاولات المهمة المحدَّدة</translation>
    </message>
    <message>
        <source>Select an attempt to see its events and notes</source>
        <translation>حدّد محاولة لرؤية أحداثها وملاحظاتها</translation>
    </message>
    <message>
        <source>Events of the selected attempt</source>
        <translation>أحداث المحاولة المحدَّدة</translation>
    </message>
    <message>
        <source>Everything recorded during the attempt, in order</source>
        <translation>كل ما سُجّل أثناء المحاولة، بالترتيب</translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>Time on task</source>
        <translation>الوقت المستغرق في المهمة</translation>
    </message>
    <message>
        <source>Logarithmic time axis</source>
        <translation>محور زمن لوغاريتمي</translation>
    </message>
    <message>
        <source>Show times on a log scale: task times are skewed, and a log axis shows fast and slow attempts with the same detail.</source>
        <translation>عرض الأوقات على مقياس لوغاريتمي: أوقات المهام ملتوية، والمحور اللوغاريتمي يُظهر المحاولات السريعة والبطيئة بالدقة نفسها.</translation>
    </message>
    <message>
        <source>{0}
{1}: {2}, {3}</source>
        <translation>{0}
{1}: {2}، {3}</translation>
    </message>
    <message>
        <source>Time on task (s)</source>
        <translation>الوقت المستغرق في المهمة (ث)</translation>
    </message>
    <message>
        <source>Time on task (s, logarithmic scale)</source>
        <translation>الوقت المستغرق في المهمة (ث، مقياس لوغاريتمي)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Geometric mean, successful attempts ({0} CI)</source>
        <translation>الوسط الهندسي للمحاولات الناجحة (فترة الثقة {0})</translation>
    </message>
    <message>
        <source>{0}
Geometric mean of {1} successful attempts: {2}
{3} CI {4} – {5}; median {6}</source>
        <translation>{0}
الوسط الهندسي للمحاولات الناجحة (عددها {1}): {2}
فترة الثقة {3}: {4} – {5}؛ الوسيط {6}</translation>
    </message>
    <message>
        <source>Target {0}</source>
        <translation>الهدف {0}</translation>
    </message>
    <message>
        <source>Target time</source>
        <translation>الوقت المستهدف</translation>
    </message>
    <message>
        <source>{0}
Target time {1}</source>
        <translation>{0}
الوقت المستهدف {1}</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>جزئية</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>متروكة</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Session timeline</source>
        <translation>المخطط الزمني للجلسات</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Timeline page</source>
        <translation>صفحة المخطط الزمني</translation>
    </message>
    <message>
        <source>The timeline shows {0} participants at a time so that it stays fast with large studies; choose which group of participants to show.</source>
        <translation>يعرض المخطط الزمني {0} مشاركًا في كل مرة ليبقى سريعًا في الدراسات الكبيرة؛ اختر مجموعة المشاركين التي تريد عرضها.</translation>
    </message>
    <message>
        <source>participants {0}–{1} of {2}</source>
        <translation>المشاركون {0}–{1} من {2}</translation>
    </message>
    <message>
        <source>Session time (min)</source>
        <translation>زمن الجلسة (دقيقة)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>{0} · {1}
{2}, {3} – {4} ({5} including pauses)</source>
        <translation>{0} · {1}
{2}، {3} – {4} ({5} مع فترات التوقف)</translation>
    </message>
    <message>
        <source>{0} · {1} at {2} ({3})</source>
        <translation>{0} · {1} عند {2} ({3})</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>جزئية</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>متروكة</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>متخطّاة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>حادثة حرجة</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Net time on task</source>
        <translation>صافي الوقت المستغرق في المهمة</translation>
    </message>
    <message>
        <source>Net time on task: pauses excluded</source>
        <translation>صافي الوقت المستغرق في المهمة: دون فترات التوقف</translation>
    </message>
    <message>
        <source>Gross time on task (pauses included)</source>
        <translation>الوقت الإجمالي للمهمة (مع فترات التوقف)</translation>
    </message>
    <message>
        <source>Net time on task: {0}</source>
        <translation>الوقت الصافي للمهمة: {0}</translation>
    </message>
    <message>
        <source>Task started: {0}. Its clock is running.</source>
        <translation>بدأت المهمة: {0}. مؤقتها يعمل.</translation>
    </message>
    <message>
        <source>Paused at {0}.</source>
        <translation>توقف مؤقتًا عند {0}.</translation>
    </message>
    <message>
        <source>Resumed at {0}.</source>
        <translation>استؤنف عند {0}.</translation>
    </message>
    <message>
        <source>The task goes on at {0}.</source>
        <translation>تستمر المهمة عند {0}.</translation>
    </message>
    <message>
        <source>Time on task: {0}.</source>
        <translation>الوقت المستغرق في المهمة: {0}.</translation>
    </message>
    <message>
        <source>Time limit passed.</source>
        <translation>تم تجاوز الحد الزمني.</translation>
    </message>
    <message>
        <source>Target time passed.</source>
        <translation>تم تجاوز الوقت المستهدف.</translation>
    </message>
    <message>
        <source>Task ended: {0}, net time {1}.</source>
        <translation>انتهت المهمة: {0}، الوقت الصافي {1}.</translation>
    </message>
    <message>
        <source>‖ PAUSED: the task&apos;s clock is stopped</source>
        <translation>‖ متوقف مؤقتًا: مؤقت المهمة متوقف</translation>
    </message>
    <message>
        <source>■ CLOCK STOPPED: choose the outcome</source>
        <translation>■ توقف المؤقت: اختر النتيجة</translation>
    </message>
    <message>
        <source>last task: gross {0} · {1}</source>
        <translation>المهمة الأخيرة: الإجمالي {0} · {1}</translation>
    </message>
    <message>
        <source>gross {0} (pauses included)</source>
        <translation>الإجمالي {0} (مع فترات التوقف)</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>الهدف {0}</translation>
    </message>
    <message>
        <source>target passed</source>
        <translation>تجاوز الهدف</translation>
    </message>
    <message>
        <source>limit {0}</source>
        <translation>الحد {0}</translation>
    </message>
    <message>
        <source>LIMIT PASSED</source>
        <translation>تجاوز الحد</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong inside uxlab. Everything recorded so far is saved. Details were written to {0}; please report them.</source>
        <translation>حدث خطأ داخلي في uxlab. كل ما سُجّل حتى الآن محفوظ. كُتبت التفاصيل في {0}؛ يُرجى الإبلاغ عنها.</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Start next task</source>
        <translation>بدء المهمة التالية</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>إيقاف مؤقت / استئناف</translation>
    </message>
    <message>
        <source>End task (choose outcome)</source>
        <translation>إنهاء المهمة (اختيار النتيجة)</translation>
    </message>
    <message>
        <source>Outcome: success</source>
        <translation>النتيجة: ناجحة</translation>
    </message>
    <message>
        <source>Outcome: partial success</source>
        <translation>النتيجة: ناجحة جزئيًا</translation>
    </message>
    <message>
        <source>Outcome: fail</source>
        <translation>النتيجة: فاشلة</translation>
    </message>
    <message>
        <source>Outcome: abandoned (gave up)</source>
        <translation>النتيجة: متروكة (توقّف المشارك عن المحاولة)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>مساعدة من الميسّر</translation>
    </message>
    <message>
        <source>Note (timestamped at the key press)</source>
        <translation>ملاحظة (بتوقيت لحظة الضغط على المفتاح)</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>حادثة حرجة</translation>
    </message>
    <message>
        <source>Usability problem observed (with a short text)</source>
        <translation>مشكلة قابلية استخدام ملحوظة (مع نص قصير)</translation>
    </message>
    <message>
        <source>Undo last marker</source>
        <translation>التراجع عن آخر علامة</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>تخطّي المهمة</translation>
    </message>
    <message>
        <source>Rating declined</source>
        <translation>امتنع عن التقييم</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>success</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <source>partial success</source>
        <translation>ناجحة جزئيًا</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>فاشلة</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>متروكة</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>متخطّاة</translation>
    </message>
</context>
</TS>
