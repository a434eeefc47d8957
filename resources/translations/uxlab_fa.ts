<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>AttemptPlayer</name>
    <message>
        <source>Recording of the attempt</source>
        <translation>ضبط تلاش</translation>
    </message>
    <message>
        <source>Space or K: play or pause; Left or J, Right or L: 5 seconds back or forward</source>
        <translation>فاصله یا K: پخش یا مکث؛ چپ یا J، راست یا L: ۵ ثانیه به عقب یا جلو</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−۵ ث</translation>
    </message>
    <message>
        <source>5 seconds back (Left or J)</source>
        <translation>۵ ثانیه به عقب (پیکان چپ یا J)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+۵ ث</translation>
    </message>
    <message>
        <source>5 seconds forward (Right or L)</source>
        <translation>۵ ثانیه به جلو (پیکان راست یا L)</translation>
    </message>
    <message>
        <source>5 seconds back</source>
        <translation>۵ ثانیه به عقب</translation>
    </message>
    <message>
        <source>5 seconds forward</source>
        <translation>۵ ثانیه به جلو</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>پخش یا توقف</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>سرعت</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>سرعت پخش</translation>
    </message>
    <message>
        <source>Playback speed, from half to twice the real speed</source>
        <translation>سرعت پخش، از نصف تا دو برابر سرعت واقعی</translation>
    </message>
    <message>
        <source>Delete this participant&apos;s recordings</source>
        <translation>حذف ضبط‌های این شرکت‌کننده</translation>
    </message>
    <message>
        <source>{0}×</source>
        <translation>{0}×</translation>
    </message>
    <message>
        <source>The attempt&apos;s events: click one to see it; Page Up / Page Down: previous / next event</source>
        <translation>رویدادهای تلاش: روی یکی کلیک کنید تا آن را ببینید؛ Page Up / Page Down: رویداد قبلی / بعدی</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>خط زمانی رویدادها</translation>
    </message>
    <message>
        <source>Delete this participant&apos;s recordings…</source>
        <translation>حذف ضبط‌های این شرکت‌کننده…</translation>
    </message>
    <message>
        <source>On the participant&apos;s request: removes their video and sound files; the session&apos;s events and notes stay</source>
        <translation>به درخواست شرکت‌کننده: فایل‌های ویدئو و صدای او را حذف می‌کند؛ رویدادها و یادداشت‌های جلسه می‌مانند</translation>
    </message>
    <message>
        <source>Select an attempt to see its recording.</source>
        <translation>یک تلاش را انتخاب کنید تا ضبط آن را ببینید.</translation>
    </message>
    <message>
        <source>Recording of {0} in “{1}”</source>
        <translation>ضبط {0} در «{1}»</translation>
    </message>
    <message>
        <source>This attempt was recorded ({0}), but video cannot be played here: {1}. Fix: install PySide6-Addons of the same version as PySide6, and on Linux the PulseAudio client library (libpulse0).</source>
        <translation>این تلاش ضبط شده است ({0})، اما ویدئو اینجا پخش نمی‌شود: {1}. راه‌حل: PySide6-Addons را با همان نسخهٔ PySide6 نصب کنید و در Linux کتابخانهٔ کلاینت PulseAudio ‏(libpulse0) را.</translation>
    </message>
    <message>
        <source>No recording for this attempt</source>
        <translation>برای این تلاش ضبطی وجود ندارد</translation>
    </message>
    <message>
        <source>{0}: a results file holds no recordings.</source>
        <translation>{0}: فایل نتایج ضبطی ندارد.</translation>
    </message>
    <message>
        <source>{0}: this attempt is not in the study&apos;s sessions.</source>
        <translation>{0}: این تلاش در جلسه‌های مطالعه نیست.</translation>
    </message>
    <message>
        <source>{0}: the participant&apos;s recordings were deleted on request ({1}).</source>
        <translation>{0}: ضبط‌های شرکت‌کننده به درخواست او حذف شدند ({1}).</translation>
    </message>
    <message>
        <source>{0}: the participant did not consent to recording.</source>
        <translation>{0}: شرکت‌کننده با ضبط موافقت نکرد.</translation>
    </message>
    <message>
        <source>{0}: the session was not recorded.</source>
        <translation>{0}: جلسه ضبط نشد.</translation>
    </message>
    <message>
        <source>{0}: nothing was recording while it ran (the recording failed: {1}).</source>
        <translation>{0}: هنگام انجام آن چیزی ضبط نمی‌شد (ضبط ناموفق بود: {1}).</translation>
    </message>
    <message>
        <source>{0}: nothing was recording while it ran.</source>
        <translation>{0}: هنگام انجام آن چیزی ضبط نمی‌شد.</translation>
    </message>
    <message>
        <source>{0}: the file {1} is missing. Fix: put it back in the study&apos;s sessions folder.</source>
        <translation>{0}: فایل {1} پیدا نمی‌شود. راه‌حل: آن را به پوشهٔ جلسه‌های مطالعه برگردانید.</translation>
    </message>
    <message>
        <source>critical incident</source>
        <translation>رخداد بحرانی</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>assist</source>
        <translation>کمک</translation>
    </message>
    <message>
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>problem observation</source>
        <translation>مشاهدهٔ مشکل</translation>
    </message>
    <message>
        <source>task started</source>
        <translation>وظیفه شروع شد</translation>
    </message>
    <message>
        <source>task ended</source>
        <translation>وظیفه پایان یافت</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>زمان‌سنج متوقف شد</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Attempt video</source>
        <translation>ویدئوی تلاش</translation>
    </message>
    <message>
        <source>The recording cannot be played: {0} ({1})</source>
        <translation>ضبط پخش نمی‌شود: {0} ‏({1})</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>پخش</translation>
    </message>
    <message>
        <source>Play / pause (Space or K)</source>
        <translation>پخش / توقف (فاصله یا K)</translation>
    </message>
    <message>
        <source>Delete recordings</source>
        <translation>حذف ضبط‌ها</translation>
    </message>
    <message>
        <source>Delete every video and sound file of {0}? This cannot be undone. The session&apos;s events, times and notes are kept, and the deletion is recorded in the study&apos;s sessions folder.</source>
        <translation>همهٔ فایل‌های ویدئو و صدای {0} حذف شوند؟ این کار برگشت‌پذیر نیست. رویدادها، زمان‌ها و یادداشت‌های جلسه می‌مانند و حذف در پوشهٔ جلسه‌های مطالعه ثبت می‌شود.</translation>
    </message>
    <message>
        <source>The recordings were not deleted: {0}</source>
        <translation>ضبط‌ها حذف نشدند: {0}</translation>
    </message>
    <message>
        <source>Some files could not be deleted: {0}</source>
        <translation>برخی فایل‌ها حذف نشدند: {0}</translation>
    </message>
</context>
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Attributes recorded for &amp;each participant (the one named &quot;group&quot; lists the groups to compare):</source>
        <translation>ویژگی‌هایی که برای هر شرکت‌کننده ثبت می‌شود (ویژگی با نام &quot;group&quot; گروه‌های مورد مقایسه را فهرست می‌کند):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Choices (separated by commas; empty = free text)</source>
        <translation>گزینه‌ها (جداشده با ویرگول؛ خالی = متن آزاد)</translation>
    </message>
    <message>
        <source>Participant attributes</source>
        <translation>ویژگی‌های شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Each attribute: a short name used in the data, the label people read, and the allowed values</source>
        <translation>هر ویژگی: نامی کوتاه که در داده‌ها به کار می‌رود، برچسبی که افراد می‌خوانند و مقادیر مجاز</translation>
    </message>
    <message>
        <source>&amp;Add attribute</source>
        <translation>افزودن ویژگی</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>افزودن ویژگی</translation>
    </message>
    <message>
        <source>Record one more attribute for each participant (e.g. age band)</source>
        <translation>ثبت یک ویژگی دیگر برای هر شرکت‌کننده (مثلاً بازه سنی)</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>حذف ویژگی</translation>
    </message>
    <message>
        <source>Stop recording the selected attribute (values already entered stay with the participants)</source>
        <translation>توقف ثبت ویژگی انتخاب‌شده (مقادیری که قبلاً وارد شده‌اند نزد شرکت‌کنندگان می‌مانند)</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>ویژگی جدید</translation>
    </message>
</context>
<context>
    <name>Benchmarks</name>
    <message>
        <source>{what}: no data to compare with the {target} benchmark</source>
        <translation>{what}: داده‌ای برای مقایسه با معیار مرجع {target} نیست</translation>
    </message>
    <message>
        <source>{what}: every value is the same ({shown}; no variation), so no test applies; it is {side} {target} in these data</source>
        <translation>{what}: همهٔ مقدارها یکسان‌اند ({shown}؛ بدون تغییر)، پس هیچ آزمونی به کار نمی‌رود؛ در این داده‌ها {side} {target} است</translation>
    </message>
    <message>
        <source>{what}: not enough data to test against {target} (n = {n})</source>
        <translation>{what}: دادهٔ کافی برای آزمون در برابر {target} نیست (n = {n})</translation>
    </message>
    <message>
        <source>{what} {shown} is {side} {target} with {conf} ({test})</source>
        <translation>{what} {shown} با اطمینان {conf} {side} {target} است ({test})</translation>
    </message>
    <message>
        <source>{what} {shown}: not shown to be {side} {target} (only {conf}; {test})</source>
        <translation>{what} {shown}: نشان داده نشد که {side} {target} باشد (تنها {conf}؛ {test})</translation>
    </message>
    <message>
        <source>above</source>
        <translation>بالاتر از</translation>
    </message>
    <message>
        <source>below</source>
        <translation>پایین‌تر از</translation>
    </message>
    <message>
        <source>faster than</source>
        <translation>سریع‌تر از</translation>
    </message>
    <message>
        <source>slower than</source>
        <translation>کندتر از</translation>
    </message>
    <message>
        <source>{c} confidence</source>
        <translation>{c}</translation>
    </message>
    <message>
        <source>more than {c} confidence</source>
        <translation>بیش از {c}</translation>
    </message>
    <message>
        <source>less than {c} confidence</source>
        <translation>کمتر از {c}</translation>
    </message>
    <message>
        <source>{task}: completion</source>
        <translation>{task}: تکمیل</translation>
    </message>
    <message>
        <source>{task}: SEQ</source>
        <translation>{task}: SEQ</translation>
    </message>
    <message>
        <source>{task}: time</source>
        <translation>{task}: زمان</translation>
    </message>
    <message>
        <source>mean {v}</source>
        <translation>میانگین {v}</translation>
    </message>
    <message>
        <source>geometric mean {v}</source>
        <translation>میانگین هندسی {v}</translation>
    </message>
    <message>
        <source>the {t} target</source>
        <translation>هدف {t}</translation>
    </message>
    <message>
        <source>{t} (SUS-equivalent; UMUX-Lite {raw})</source>
        <translation>{t} (معادل SUS؛ UMUX-Lite {raw})</translation>
    </message>
    <message>
        <source>s</source>
        <translation>ث</translation>
    </message>
    <message>
        <source>exact binomial test, one-sided (mid-p)</source>
        <translation>آزمون دوجمله‌ای دقیق، یک‌طرفه (mid-p)</translation>
    </message>
    <message>
        <source>one-sample t-test, one-sided</source>
        <translation>آزمون t تک‌نمونه‌ای، یک‌طرفه</translation>
    </message>
    <message>
        <source>one-sample t-test on log times, one-sided</source>
        <translation>آزمون t تک‌نمونه‌ای روی لگاریتم زمان‌ها، یک‌طرفه</translation>
    </message>
    <message>
        <source>one-sample z-test (adjusted-Wald SE), one-sided</source>
        <translation>آزمون z تک‌نمونه‌ای (خطای معیار والد تعدیل‌شده)، یک‌طرفه</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>نرخ تکمیل</translation>
    </message>
    <message>
        <source>SEQ (mean)</source>
        <translation>SEQ (میانگین)</translation>
    </message>
    <message>
        <source>Time vs target (geometric mean)</source>
        <translation>زمان در برابر هدف (میانگین هندسی)</translation>
    </message>
    <message>
        <source>SUS (mean)</source>
        <translation>SUS (میانگین)</translation>
    </message>
    <message>
        <source>UMUX-Lite (mean)</source>
        <translation>UMUX-Lite (میانگین)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>معیار مرجع</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>مشاهده‌شده</translation>
    </message>
    <message>
        <source>p (one-sided)</source>
        <translation>p (یک‌طرفه)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>اطمینان</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>خوانش</translation>
    </message>
    <message>
        <source>The benchmark or target the result is tested against</source>
        <translation>معیار مرجع یا هدفی که نتیجه در برابر آن آزموده می‌شود</translation>
    </message>
    <message>
        <source>One-sided p-value that the result is better than the benchmark (completion: exact binomial mid-p; means: one-sample t; times: t on log times)</source>
        <translation>مقدار p یک‌طرفه برای بهتر بودن نتیجه از معیار مرجع (تکمیل: mid-p دوجمله‌ای دقیق؛ میانگین‌ها: t تک‌نمونه‌ای؛ زمان‌ها: t روی لگاریتم زمان‌ها)</translation>
    </message>
    <message>
        <source>1 − p: how confident one can be that the result is better than the benchmark</source>
        <translation>1 − p: چه اندازه می‌توان مطمئن بود که نتیجه از معیار مرجع بهتر است</translation>
    </message>
    <message>
        <source>Plain-language reading of the test</source>
        <translation>خوانش آزمون به زبان ساده</translation>
    </message>
</context>
<context>
    <name>BenchmarksDialog</name>
    <message>
        <source>Benchmarks</source>
        <translation>معیارهای مرجع</translation>
    </message>
    <message>
        <source>Each result is tested one-sided against its benchmark. The values are saved in the study file; the defaults are the averages published by Sauro and Lewis (completion 78 %, SEQ 5.5, SUS 68).</source>
        <translation>هر نتیجه به‌صورت یک‌طرفه در برابر معیار مرجع خود آزموده می‌شود. مقدارها در پروندهٔ مطالعه ذخیره می‌شوند؛ مقدارهای پیش‌فرض میانگین‌هایی است که ساورو و لوئیس منتشر کرده‌اند (تکمیل ۷۸ ٪، SEQ ۵٫۵، SUS ۶۸).</translation>
    </message>
    <message>
        <source>Completion rate (%):</source>
        <translation>نرخ تکمیل (٪):</translation>
    </message>
    <message>
        <source>SEQ mean:</source>
        <translation>میانگین SEQ:</translation>
    </message>
    <message>
        <source>SUS mean:</source>
        <translation>میانگین SUS:</translation>
    </message>
    <message>
        <source>UMUX-Lite (SUS-equivalent):</source>
        <translation>UMUX-Lite (معادل SUS):</translation>
    </message>
    <message>
        <source>NPS:</source>
        <translation>NPS:</translation>
    </message>
    <message>
        <source>Test the NPS against a benchmark</source>
        <translation>آزمودن NPS در برابر یک معیار مرجع</translation>
    </message>
</context>
<context>
    <name>ChartBase</name>
    <message>
        <source>No data to show.</source>
        <translation>داده‌ای برای نمایش نیست.</translation>
    </message>
    <message>
        <source>Chart data, {0} rows:</source>
        <translation>داده‌های نمودار، {0} ردیف:</translation>
    </message>
    <message>
        <source>…and {0} more rows: use “Show data as table”.</source>
        <translation>…و {0} ردیف دیگر: از «نمایش داده‌ها به‌صورت جدول» استفاده کنید.</translation>
    </message>
    <message>
        <source>Show data as table</source>
        <translation>نمایش داده‌ها به‌صورت جدول</translation>
    </message>
    <message>
        <source>Show the data of the chart as a table</source>
        <translation>نمایش داده‌های نمودار به‌صورت جدول</translation>
    </message>
    <message>
        <source>The numbers of every bar, point and band of this chart in a table, for the keyboard and screen readers</source>
        <translation>اعداد هر ستون، نقطه و نوار این نمودار در یک جدول، برای صفحه‌کلید و صفحه‌خوان‌ها</translation>
    </message>
</context>
<context>
    <name>ChartTableDialog</name>
    <message>
        <source>Data of the chart: {0}</source>
        <translation>داده‌های نمودار: {0}</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>مقادیر</translation>
    </message>
    <message>
        <source>One row per bar, point or band of the chart, with the numbers its tooltip shows</source>
        <translation>یک ردیف برای هر ستون، نقطه یا نوار نمودار، با اعدادی که راهنمای آن نشان می‌دهد</translation>
    </message>
    <message>
        <source>Close the table</source>
        <translation>بستن جدول</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>The charts cannot be drawn: {0}</source>
        <translation>رسم نمودارها ممکن نیست: {0}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Completion</source>
        <translation>تکمیل</translation>
    </message>
    <message>
        <source>Time on task</source>
        <translation>زمان انجام وظیفه</translation>
    </message>
    <message>
        <source>Ease (SEQ)</source>
        <translation>سهولت (SEQ)</translation>
    </message>
    <message>
        <source>Ease vs completion</source>
        <translation>سهولت در برابر تکمیل</translation>
    </message>
    <message>
        <source>SUS</source>
        <translation>SUS</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>سفر کاربر</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Results charts</source>
        <translation>نمودارهای نتایج</translation>
    </message>
    <message>
        <source>Charts of the study results; hover a bar or point for its numbers.</source>
        <translation>نمودارهای نتایج مطالعه؛ برای دیدن اعداد، نشانگر را روی یک میله یا نقطه نگه دارید.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>آزمون</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>تفاضل</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>تفسیر</translation>
    </message>
    <message>
        <source>Value in group {0} (n in the tooltip)</source>
        <translation>مقدار در گروه {0} (n در راهنمای ابزار)</translation>
    </message>
    <message>
        <source>How large the difference is: {0} − {1} with its confidence interval (completion in percentage points, ratings in scale points, Hedges&apos; g in the tooltip), or the ratio {0} / {1} of geometric mean times</source>
        <translation>اندازهٔ تفاوت: {0} − {1} با بازهٔ اطمینان آن (تکمیل به واحد درصد، رتبه‌بندی‌ها به واحد مقیاس، g هجز در راهنما)، یا نسبت {0} / {1} میانگین‌های هندسی زمان</translation>
    </message>
    <message>
        <source>Two-sided p-value; a difference is called reliable when p is below 1 − confidence</source>
        <translation>مقدار p دوطرفه؛ تفاوت وقتی قابل اتکا خوانده می‌شود که p کمتر از 1 − اطمینان باشد</translation>
    </message>
    <message>
        <source>Plain-language reading of the test</source>
        <translation>تفسیر آزمون به زبان ساده</translation>
    </message>
    <message>
        <source>Hedges&apos; g = {0}</source>
        <translation>g هجز = {0}</translation>
    </message>
    <message>
        <source>g = {0}</source>
        <translation>g = {0}</translation>
    </message>
    <message>
        <source>{0}, Holm-adjusted</source>
        <translation>{0}، با تصحیح هولم</translation>
    </message>
    <message>
        <source>N-1 two-proportion test</source>
        <translation>آزمون N-۱ دو نسبت</translation>
    </message>
    <message>
        <source>Fisher exact test</source>
        <translation>آزمون دقیق فیشر</translation>
    </message>
    <message>
        <source>Welch t-test</source>
        <translation>آزمون t ولش</translation>
    </message>
    <message>
        <source>Welch t-test on log times</source>
        <translation>آزمون t ولش روی لگاریتم زمان‌ها</translation>
    </message>
    <message>
        <source>Wilcoxon signed-rank test</source>
        <translation>آزمون رتبه‌های علامت‌دار ویلکاکسون</translation>
    </message>
    <message>
        <source>McNemar exact test (mid-p)</source>
        <translation>آزمون دقیق مک‌نمار (mid-p)</translation>
    </message>
    <message>
        <source>paired t-test</source>
        <translation>آزمون t زوجی</translation>
    </message>
    <message>
        <source>paired t-test on log times</source>
        <translation>آزمون t زوجی روی لگاریتم زمان‌ها</translation>
    </message>
    <message>
        <source>paired t-test on each participant&apos;s mean log time</source>
        <translation>آزمون t زوجی روی میانگین لگاریتم زمان هر شرکت‌کننده</translation>
    </message>
    <message>
        <source>No difference: every value is {0} in both {1} and {2} (no variation, so no test)</source>
        <translation>بدون تفاوت: همهٔ مقادیر در {1} و {2} برابر {0} است (بدون تغییرپذیری، پس بدون آزمون)</translation>
    </message>
    <message>
        <source>Every value in {0} is {1} and every value in {2} is {3}: with no variation within the groups the difference is exact for these data and no test applies</source>
        <translation>همهٔ مقادیر در {0} برابر {1} و همهٔ مقادیر در {2} برابر {3} است: بدون تغییرپذیری درون گروه‌ها، تفاوت برای این داده‌ها دقیق است و آزمونی لازم نیست</translation>
    </message>
    <message>
        <source>Not enough data to compare ({0}: n = {1}, {2}: n = {3})</source>
        <translation>داده برای مقایسه کافی نیست ({0}: n = {1}، {2}: n = {3})</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Fisher exact test: {0}</source>
        <translation>آزمون دقیق فیشر: {0}</translation>
    </message>
    <message>
        <source>check: {0} {1}</source>
        <translation>بررسی: {0} {1}</translation>
    </message>
    <message>
        <source>No reliable difference ({0} {1} vs {2} {3}), {4}</source>
        <translation>تفاوت قابل اتکایی نیست ({0} {1} در برابر {2} {3})، {4}</translation>
    </message>
    <message>
        <source>{0} faster ({1} vs {2}), {3}</source>
        <translation>{0} سریع‌تر ({1} در برابر {2})، {3}</translation>
    </message>
    <message>
        <source>{0} higher ({1} vs {2}), {3}</source>
        <translation>{0} بالاتر ({1} در برابر {2})، {3}</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>نرخ تکمیل</translation>
    </message>
    <message>
        <source>Time, successful (geometric mean)</source>
        <translation>زمان، تلاش‌های موفق (میانگین هندسی)</translation>
    </message>
    <message>
        <source>SEQ mean</source>
        <translation>میانگین SEQ</translation>
    </message>
    <message>
        <source>(all tasks)</source>
        <translation>(همهٔ وظایف)</translation>
    </message>
    <message>
        <source>Time per participant, successful (geometric mean)</source>
        <translation>زمان هر شرکت‌کننده، تلاش‌های موفق (میانگین هندسی)</translation>
    </message>
    <message>
        <source>SUS mean</source>
        <translation>میانگین SUS</translation>
    </message>
    <message>
        <source>UMUX-Lite mean</source>
        <translation>میانگین UMUX-Lite</translation>
    </message>
    <message>
        <source>(study)</source>
        <translation>(مطالعه)</translation>
    </message>
</context>
<context>
    <name>ComparisonMany</name>
    <message>
        <source>chi-square test of independence</source>
        <translation>آزمون خی‌دو استقلال</translation>
    </message>
    <message>
        <source>Fisher-Freeman-Halton exact test</source>
        <translation>آزمون دقیق فیشر-فریمن-هالتون</translation>
    </message>
    <message>
        <source>Welch&apos;s ANOVA</source>
        <translation>تحلیل واریانس ولش</translation>
    </message>
    <message>
        <source>Welch&apos;s ANOVA on log times</source>
        <translation>تحلیل واریانس ولش روی لگاریتم زمان‌ها</translation>
    </message>
    <message>
        <source>Cochran&apos;s Q test</source>
        <translation>آزمون Q کوکران</translation>
    </message>
    <message>
        <source>Friedman test</source>
        <translation>آزمون فریدمن</translation>
    </message>
    <message>
        <source>Friedman test on log times</source>
        <translation>آزمون فریدمن روی لگاریتم زمان‌ها</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>نرخ تکمیل</translation>
    </message>
    <message>
        <source>Time, successful (geometric mean)</source>
        <translation>زمان، تلاش‌های موفق (میانگین هندسی)</translation>
    </message>
    <message>
        <source>SEQ mean</source>
        <translation>میانگین SEQ</translation>
    </message>
    <message>
        <source>SUS mean</source>
        <translation>میانگین SUS</translation>
    </message>
    <message>
        <source>UMUX-Lite mean</source>
        <translation>میانگین UMUX-Lite</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>نرخ تکمیل</translation>
    </message>
    <message>
        <source>time on task</source>
        <translation>زمان انجام وظیفه</translation>
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
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>سنجه</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source>First</source>
        <translation>اولی</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>دومی</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>تفاضل</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>آزمون</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>تفسیر</translation>
    </message>
    <message>
        <source>p (pairs: Holm)</source>
        <translation>p (جفت‌ها: هولم)</translation>
    </message>
    <message>
        <source>All groups (the omnibus test), or the two groups of a pair</source>
        <translation>همهٔ گروه‌ها (آزمون کلی)، یا دو گروه یک جفت</translation>
    </message>
    <message>
        <source>Value in the first group of the pair (n in the tooltip)</source>
        <translation>مقدار در گروه اول جفت (n در راهنمای ابزار)</translation>
    </message>
    <message>
        <source>Value in the second group of the pair (n in the tooltip)</source>
        <translation>مقدار در گروه دوم جفت (n در راهنمای ابزار)</translation>
    </message>
    <message>
        <source>Omnibus rows: the test statistic and its degrees of freedom. Pairs: first − second with its confidence interval (completion in percentage points, ratings in scale points, Hedges&apos; g in the tooltip), or the ratio first / second of geometric mean times</source>
        <translation>ردیف‌های آزمون کلی: آمارهٔ آزمون و درجه‌های آزادی آن. جفت‌ها: اولی − دومی با بازهٔ اطمینان (تکمیل به واحد درصد، رتبه‌بندی‌ها به واحد مقیاس، g هجز در راهنمای ابزار)، یا نسبت اولی / دومی میانگین‌های هندسی زمان</translation>
    </message>
    <message>
        <source>Omnibus rows: p of the test across all groups. Pairs: p adjusted with Holm&apos;s step-down rule within the measure (the unadjusted p in the tooltip)</source>
        <translation>ردیف‌های آزمون کلی: p آزمون در همهٔ گروه‌ها. جفت‌ها: p تصحیح‌شده با روش گام‌به‌گام هولم در همان سنجه (p تصحیح‌نشده در راهنمای ابزار)</translation>
    </message>
    <message>
        <source>Plain-language reading of the test</source>
        <translation>تفسیر آزمون به زبان ساده</translation>
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
        <translation>{0} درون گروه‌ها هیچ تغییری ندارد، پس آزمونی انجام نمی‌شود</translation>
    </message>
    <message>
        <source>Not enough data for a test of {0} across the {1} groups</source>
        <translation>دادهٔ کافی برای آزمون {0} در {1} گروه نیست</translation>
    </message>
    <message>
        <source>Reliable difference in {0} between the {1} groups, {2} ({3})</source>
        <translation>تفاوت قابل اتکا در {0} میان {1} گروه، {2} ({3})</translation>
    </message>
    <message>
        <source>No reliable difference in {0} between the {1} groups, {2} ({3})</source>
        <translation>تفاوت قابل اتکایی در {0} میان {1} گروه نیست، {2} ({3})</translation>
    </message>
    <message>
        <source>No variation in {0} within the conditions, so no test</source>
        <translation>{0} درون وضعیت‌ها هیچ تغییری ندارد، پس آزمونی انجام نمی‌شود</translation>
    </message>
    <message>
        <source>Not enough data for a test of {0} across the {1} conditions</source>
        <translation>دادهٔ کافی برای آزمون {0} در {1} وضعیت نیست</translation>
    </message>
    <message>
        <source>Reliable difference in {0} between the {1} conditions, {2} ({3})</source>
        <translation>تفاوت قابل اتکا در {0} میان {1} وضعیت، {2} ({3})</translation>
    </message>
    <message>
        <source>No reliable difference in {0} between the {1} conditions, {2} ({3})</source>
        <translation>تفاوت قابل اتکایی در {0} میان {1} وضعیت نیست، {2} ({3})</translation>
    </message>
    <message>
        <source>Chi-square test: {0} (not used: an expected count is below 5)</source>
        <translation>آزمون خی‌دو: {0} (به کار نرفت: یکی از فراوانی‌های مورد انتظار کمتر از ۵ است)</translation>
    </message>
    <message>
        <source>all {0} groups</source>
        <translation>همهٔ {0} گروه</translation>
    </message>
    <message>
        <source>all {0} conditions</source>
        <translation>همهٔ {0} وضعیت</translation>
    </message>
    <message>
        <source>Unadjusted: {0}</source>
        <translation>بدون تصحیح: {0}</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>(study)</source>
        <translation>(مطالعه)</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Change the benchmarks the results are tested against; they are saved in the study file</source>
        <translation>تغییر معیارهای مرجعی که نتایج در برابرشان آزموده می‌شوند؛ در پروندهٔ مطالعه ذخیره می‌شوند</translation>
    </message>
    <message>
        <source>A results spreadsheet has no study file to save benchmarks in; use uxlab analyze --benchmark on the command line instead</source>
        <translation>صفحه‌گستردهٔ نتایج پروندهٔ مطالعه‌ای برای ذخیرهٔ معیارهای مرجع ندارد؛ به جای آن از uxlab analyze --benchmark در خط فرمان استفاده کنید</translation>
    </message>
    <message>
        <source>Benchmarks (one-sided tests; highlighted rows are better than their benchmark at {0} % confidence): completion 78 %, SEQ 5.5, SUS and UMUX-Lite 68, each task&apos;s target time, or the study&apos;s own benchmarks.</source>
        <translation>معیارهای مرجع (آزمون‌های یک‌طرفه؛ ردیف‌های برجسته با اطمینان {0} ٪ از معیار خود بهترند): تکمیل ۷۸ ٪، SEQ ‏۵٫۵، SUS و UMUX-Lite ‏۶۸، زمان هدف هر کار، یا معیارهای خود مطالعه.</translation>
    </message>
    <message>
        <source>Choose a group or attribute in &apos;Compare by&apos; to compare two groups side by side with significance tests.</source>
        <translation>در «مقایسه بر اساس» یک گروه یا ویژگی انتخاب کنید تا دو گروه را کنار هم با آزمون‌های معناداری مقایسه کنید.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has {1} value(s); a comparison needs two groups.</source>
        <translation>«{0}» تنها {1} مقدار دارد؛ مقایسه به دو گروه نیاز دارد.</translation>
    </message>
    <message>
        <source>Choose two different groups to compare.</source>
        <translation>دو گروه متفاوت برای مقایسه انتخاب کنید.</translation>
    </message>
    <message>
        <source>{0} vs {1} (by {2}), {3} % confidence; highlighted rows differ reliably. The p-value and test of each row are those of the reading.</source>
        <translation>{0} در برابر {1} (بر اساس {2})، اطمینان {3} %؛ ردیف‌های برجسته تفاوت قابل اتکا دارند. مقدار p و آزمون هر ردیف همان‌هایی است که در تفسیر آمده است.</translation>
    </message>
    <message>
        <source>Design: within-subjects ({0} participants with data under both conditions), so the tests are paired.</source>
        <translation>طرح: درون‌آزمودنی ({0} شرکت‌کننده با داده در هر دو وضعیت)، پس آزمون‌ها زوجی‌اند.</translation>
    </message>
    <message>
        <source>Design: mixed ({0} participants with data under both conditions are compared paired).</source>
        <translation>طرح: آمیخته ({0} شرکت‌کننده با داده در هر دو وضعیت به‌صورت زوجی مقایسه می‌شوند).</translation>
    </message>
    <message>
        <source>Design: between-subjects (independent groups).</source>
        <translation>طرح: بین‌آزمودنی (گروه‌های مستقل).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has {1} values: choose the two groups to compare next to &apos;Compare by&apos;.</source>
        <translation>«{0}» {1} مقدار دارد: دو گروهی را که می‌خواهید مقایسه کنید کنار «مقایسه بر اساس» انتخاب کنید.</translation>
    </message>
    <message>
        <source>{0} groups by {1} ({2}), {3} % confidence. For each measure, a test across all groups, then every pair of groups with p adjusted by Holm&apos;s method; highlighted rows differ reliably.</source>
        <translation>{0} گروه بر پایهٔ {1} ({2})، اطمینان {3} ٪. برای هر سنجه یک آزمون میان همهٔ گروه‌ها، سپس هر جفت گروه با p تصحیح‌شده به روش هولم؛ ردیف‌های پررنگ تفاوت قابل اتکا دارند.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{0} attempt(s) with no value in &apos;{1}&apos; are left out of the comparison.</source>
        <translation>{0} تلاش بدون مقدار در «{1}» از مقایسه کنار گذاشته شدند.</translation>
    </message>
    <message>
        <source>{0} participant(s) with no value in &apos;{1}&apos; are left out of the comparison.</source>
        <translation>{0} شرکت‌کننده بدون مقدار در «{1}» از مقایسه کنار گذاشته شدند.</translation>
    </message>
    <message>
        <source>E&amp;dit benchmarks…</source>
        <translation>ویرایش معیارهای مرجع…</translation>
    </message>
    <message>
        <source>Edit the study&apos;s benchmarks</source>
        <translation>ویرایش معیارهای مرجع مطالعه</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>معیارهای مرجع</translation>
    </message>
    <message>
        <source>Each result tested one-sided against its benchmark or target; highlighted rows are better than it</source>
        <translation>هر نتیجه به‌صورت یک‌طرفه در برابر معیار مرجع یا هدفش آزموده می‌شود؛ ردیف‌های برجسته از آن بهترند</translation>
    </message>
    <message>
        <source>Group comparison</source>
        <translation>مقایسه گروه‌ها</translation>
    </message>
    <message>
        <source>Highlighted rows: reliable difference at the chosen confidence level</source>
        <translation>ردیف‌های برجسته: تفاوت قابل اتکا در سطح اطمینان انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>CompletionChart</name>
    <message>
        <source>Completion rate by task</source>
        <translation>نرخ تکمیل به تفکیک وظیفه</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>همه شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>{0}
{1}: {2} completed ({3} attempts)
{4} CI {5} – {6}</source>
        <translation>{0}
{1}: {2} تکمیل (تعداد تلاش‌ها: {3})
بازه اطمینان {4}: {5} – {6}</translation>
    </message>
    <message>
        <source>Completion rate (%); whiskers: {0} confidence interval</source>
        <translation>نرخ تکمیل (%)؛ خطوط خطا: بازه اطمینان {0}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Tit&amp;le:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>توضیحات:</translation>
    </message>
    <message>
        <source>Study lan&amp;guage:</source>
        <translation>زبان مطالعه:</translation>
    </message>
    <message>
        <source>Scenario lang&amp;uages:</source>
        <translation>زبان‌های سناریو:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>شرکت‌کننده:</translation>
    </message>
    <message>
        <source>Study title</source>
        <translation>عنوان مطالعه</translation>
    </message>
    <message>
        <source>The study&apos;s name, shown in the window title and in reports</source>
        <translation>نام مطالعه که در عنوان پنجره و در گزارش‌ها نمایش داده می‌شود</translation>
    </message>
    <message>
        <source>Study description</source>
        <translation>توضیحات مطالعه</translation>
    </message>
    <message>
        <source>What the study is about, for the team (participants do not see it)</source>
        <translation>موضوع مطالعه، برای تیم (شرکت‌کنندگان آن را نمی‌بینند)</translation>
    </message>
    <message>
        <source>Study language</source>
        <translation>زبان مطالعه</translation>
    </message>
    <message>
        <source>The language texts are written in when no other language is given (a language code such as en, fr, ar)</source>
        <translation>زبان متن‌ها وقتی زبان دیگری مشخص نشده است (یک کد زبان مانند en، fr، ar)</translation>
    </message>
    <message>
        <source>Scenario languages</source>
        <translation>زبان‌های سناریو</translation>
    </message>
    <message>
        <source>Every language the scenarios are written in, as codes separated by commas, e.g. en, fr</source>
        <translation>همه زبان‌هایی که سناریوها به آن‌ها نوشته شده‌اند، با کدهایی که با ویرگول جدا می‌شوند، مثلاً en, fr</translation>
    </message>
    <message>
        <source>e.g. en, fr</source>
        <translation>مثلاً en, fr</translation>
    </message>
    <message>
        <source>The participant may end a task themselves</source>
        <translation>شرکت‌کننده می‌تواند خودش وظیفه را تمام کند</translation>
    </message>
    <message>
        <source>Participant can end a task</source>
        <translation>شرکت‌کننده می‌تواند وظیفه را تمام کند</translation>
    </message>
    <message>
        <source>Show the participant a button to say they are done with the task</source>
        <translation>نمایش دکمه‌ای به شرکت‌کننده تا اعلام کند کارش با وظیفه تمام شده است</translation>
    </message>
    <message>
        <source>R&amp;ecording:</source>
        <translation>ضبط:</translation>
    </message>
    <message>
        <source>Off: record no media</source>
        <translation>خاموش: هیچ رسانه‌ای ضبط نمی‌شود</translation>
    </message>
    <message>
        <source>The participant&apos;s screen only</source>
        <translation>فقط صفحه‌نمایش شرکت‌کننده</translation>
    </message>
    <message>
        <source>Screen, camera and microphone</source>
        <translation>صفحه‌نمایش، دوربین و میکروفون</translation>
    </message>
    <message>
        <source>Session recording</source>
        <translation>ضبط جلسه‌ها</translation>
    </message>
    <message>
        <source>What each session records, after the participant&apos;s consent is asked and journaled</source>
        <translation>آنچه هر جلسه ضبط می‌کند، پس از پرسیدن رضایت شرکت‌کننده و ثبت آن در دفتر</translation>
    </message>
</context>
<context>
    <name>DiscoveryCurve</name>
    <message>
        <source>Discovery curve</source>
        <translation>منحنی کشف</translation>
    </message>
    <message>
        <source>Expected share of the problems found with n participants: 1 − (1 − p)ⁿ</source>
        <translation>سهم مورد انتظار از مشکلات یافته‌شده با n شرکت‌کننده: 1 − (1 − p)ⁿ</translation>
    </message>
    <message>
        <source>Discovery estimates</source>
        <translation>برآوردهای کشف</translation>
    </message>
    <message>
        <source>Problem discovery</source>
        <translation>کشف مشکلات</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Share of problems found (%)</source>
        <translation>سهم مشکلات یافته‌شده (%)</translation>
    </message>
    <message>
        <source>No problems yet: link observations to problems to estimate discovery.</source>
        <translation>هنوز مشکلی نیست: مشاهده‌ها را به مشکلات پیوند دهید تا کشف برآورد شود.</translation>
    </message>
    <message>
        <source>adjusted p (Lewis 2001)</source>
        <translation>p تعدیل‌شده (Lewis 2001)</translation>
    </message>
    <message>
        <source>observed p</source>
        <translation>p مشاهده‌شده</translation>
    </message>
    <message>
        <source>{0}: {1} participants</source>
        <translation>{0}: {1} شرکت‌کننده</translation>
    </message>
    <message>
        <source>{0} participants, {1} problems ({2} seen once). Observed p = {3}, adjusted p = {4}. Share found so far ≈ {5}; estimated problems in all ≈ {6}. To find: {7}.</source>
        <translation>{0} شرکت‌کننده، {1} مشکل ({2} فقط یک بار دیده‌شده). p مشاهده‌شده = {3}، p تعدیل‌شده = {4}. سهم یافته‌شده تا کنون ≈ {5}؛ کل مشکلات برآوردشده ≈ {6}. برای یافتن: {7}.</translation>
    </message>
</context>
<context>
    <name>DiskBanner</name>
    <message>
        <source>Retry now</source>
        <translation>تلاش دوباره همین حالا</translation>
    </message>
    <message>
        <source>Try again to write the events kept in memory</source>
        <translation>تلاش دوباره برای نوشتن رویدادهای نگه‌داشته در حافظه</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>تلاش دوباره برای ذخیره</translation>
    </message>
    <message>
        <source>Save elsewhere…</source>
        <translation>ذخیره در جای دیگر…</translation>
    </message>
    <message>
        <source>Write the whole session to another folder or drive and keep recording there</source>
        <translation>نوشتن کل جلسه در پوشه یا درایو دیگر و ادامه ثبت در همان‌جا</translation>
    </message>
    <message>
        <source>Save the session elsewhere</source>
        <translation>ذخیره جلسه در جای دیگر</translation>
    </message>
    <message>
        <source>{0} event(s) are NOT on disk yet: {1}
They are kept in memory and retried every few seconds. Nothing recorded before is damaged.</source>
        <translation>{0} رویداد هنوز روی دیسک نیست: {1}
این رویدادها در حافظه نگه داشته می‌شوند و هر چند ثانیه دوباره تلاش می‌شود. هیچ چیزی از آنچه پیش‌تر ثبت شده آسیب ندیده است.</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Participant</source>
        <translation>شرکت‌کننده</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Net time</source>
        <translation>زمان خالص</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>خطاها</translation>
    </message>
    <message>
        <source>Assists</source>
        <translation>کمک‌ها</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>موفقیت</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>احساس</translation>
    </message>
    <message>
        <source>Emotion word</source>
        <translation>واژه احساس</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Participant id (greyed: excluded from the analysis)</source>
        <translation>شناسه شرکت‌کننده (خاکستری: کنار گذاشته از تحلیل)</translation>
    </message>
    <message>
        <source>How the task ended</source>
        <translation>وظیفه چگونه پایان یافت</translation>
    </message>
    <message>
        <source>Time on task without pauses</source>
        <translation>زمان انجام وظیفه بدون توقف‌ها</translation>
    </message>
    <message>
        <source>Errors marked during the attempt</source>
        <translation>خطاهای علامت‌گذاری‌شده در طول تلاش</translation>
    </message>
    <message>
        <source>Assists given during the attempt</source>
        <translation>کمک‌های داده‌شده در طول تلاش</translation>
    </message>
    <message>
        <source>Single Ease Question, 1–7</source>
        <translation>پرسش تک‌سهولت، 1–7</translation>
    </message>
    <message>
        <source>Experience rating: success, 1–7</source>
        <translation>امتیاز تجربه: موفقیت، 1–7</translation>
    </message>
    <message>
        <source>Experience rating: effort, 1–7</source>
        <translation>امتیاز تجربه: تلاش، 1–7</translation>
    </message>
    <message>
        <source>Experience rating: emotion, 1–7</source>
        <translation>امتیاز تجربه: احساس، 1–7</translation>
    </message>
    <message>
        <source>Word chosen for the emotion</source>
        <translation>واژه انتخاب‌شده برای احساس</translation>
    </message>
    <message>
        <source>The moderator&apos;s notes on the attempt</source>
        <translation>یادداشت‌های تسهیل‌گر درباره تلاش</translation>
    </message>
    <message>
        <source>gross {0}, paused {1}</source>
        <translation>کل {0}، توقف {1}</translation>
    </message>
    <message>
        <source>excluded from the analysis</source>
        <translation>کنار گذاشته از تحلیل</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>task started</source>
        <translation>وظیفه شروع شد</translation>
    </message>
    <message>
        <source>task ended</source>
        <translation>وظیفه پایان یافت</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>نشانگر</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>session started</source>
        <translation>جلسه شروع شد</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>جلسه پایان یافت</translation>
    </message>
    <message>
        <source>error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>assist</source>
        <translation>کمک</translation>
    </message>
    <message>
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>critical incident</source>
        <translation>رخداد بحرانی</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(واگرد شد)</translation>
    </message>
</context>
<context>
    <name>EditEventDialog</name>
    <message>
        <source>Correct event {0}</source>
        <translation>اصلاح رویداد {0}</translation>
    </message>
    <message>
        <source>Marker kind</source>
        <translation>نوع نشانگر</translation>
    </message>
    <message>
        <source>Error, assist, note or critical incident</source>
        <translation>خطا، کمک، یادداشت یا رخداد بحرانی</translation>
    </message>
    <message>
        <source>Marker text</source>
        <translation>متن نشانگر</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>چه اتفاقی افتاد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>The task&apos;s outcome</source>
        <translation>نتیجه وظیفه</translation>
    </message>
    <message>
        <source>Answer value</source>
        <translation>مقدار پاسخ</translation>
    </message>
    <message>
        <source>The value on the item&apos;s scale</source>
        <translation>مقدار روی مقیاس گویه</translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation>از پاسخ دادن خودداری کرد</translation>
    </message>
    <message>
        <source>The participant chose not to answer</source>
        <translation>شرکت‌کننده ترجیح داد پاسخ ندهد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Session time</source>
        <translation>زمان جلسه</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Time since the session started (pauses included), at the key press or click</source>
        <translation>زمان سپری‌شده از آغاز جلسه (با احتساب مکث‌ها)، در لحظهٔ فشردن کلید یا کلیک</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>گزارش رویدادها</translation>
    </message>
    <message>
        <source>Everything recorded in this session. Select an event and press F2 (or double-click) to correct it; the correction is recorded as a new event.</source>
        <translation>هرچه در این جلسه ثبت شده است. یک رویداد را انتخاب کنید و F2 را بزنید (یا دوبار کلیک کنید) تا اصلاحش کنید؛ اصلاح به صورت رویدادی تازه ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>جلسه شروع شد</translation>
    </message>
    <message>
        <source>Session resumed after an interruption</source>
        <translation>جلسه پس از وقفه ادامه یافت</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>جلسه پایان یافت</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>وظیفه شروع شد</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Task ended</source>
        <translation>وظیفه پایان یافت</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>زمان‌سنج متوقف شد</translation>
    </message>
    <message>
        <source>Task goes on</source>
        <translation>کار ادامه دارد</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>نشانگر</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>اصلاح</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>کمک</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>رخداد بحرانی</translation>
    </message>
    <message>
        <source>Usability problem</source>
        <translation>مشکل کاربردپذیری</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>رضایت برای ضبط</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>ضبط آغاز شد</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>ضبط متوقف شد</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>ضبط ناموفق بود</translation>
    </message>
    <message>
        <source>(undone) {0}</source>
        <translation>(واگرد شد) {0}</translation>
    </message>
    <message>
        <source>{0} (corrected)</source>
        <translation>{0} (اصلاح‌شده)</translation>
    </message>
    <message>
        <source>{0} (known problem {1})</source>
        <translation>{0} (مشکل شناخته‌شده {1})</translation>
    </message>
    <message>
        <source>by the participant (“I&apos;m done”)</source>
        <translation>توسط شرکت‌کننده («تمام کردم»)</translation>
    </message>
    <message>
        <source>by the moderator; the outcome follows</source>
        <translation>توسط تسهیلگر؛ نتیجه در ادامه می‌آید</translation>
    </message>
    <message>
        <source>given: {0}</source>
        <translation>داده شد: {0}</translation>
    </message>
    <message>
        <source>declined: {0}</source>
        <translation>رد شد: {0}</translation>
    </message>
    <message>
        <source>segment {0}: {1}</source>
        <translation>بخش {0}: {1}</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>صفحه‌نمایش</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>دوربین</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>میکروفون</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <source>of event {0}</source>
        <translation>برای رویداد {0}</translation>
    </message>
    <message>
        <source>of event {0}: {1}</source>
        <translation>برای رویداد {0}: {1}</translation>
    </message>
    <message>
        <source>automatically, after the interruption</source>
        <translation>خودکار، پس از وقفه</translation>
    </message>
    <message>
        <source>Not saved to disk yet</source>
        <translation>هنوز روی دیسک ذخیره نشده است</translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <source>Exclude participant {0}</source>
        <translation>کنار گذاشتن شرکت‌کننده {0}</translation>
    </message>
    <message>
        <source>Why is participant {0} excluded from the analysis? The reason is saved in the study file; no data is deleted and the participant can be included again.</source>
        <translation>چرا شرکت‌کننده {0} از تحلیل کنار گذاشته می‌شود؟ دلیل در پرونده مطالعه ذخیره می‌شود؛ هیچ داده‌ای حذف نمی‌شود و می‌توان شرکت‌کننده را دوباره وارد تحلیل کرد.</translation>
    </message>
    <message>
        <source>Reason for the exclusion</source>
        <translation>دلیل کنار گذاشتن</translation>
    </message>
    <message>
        <source>For example: did not meet the screener, technical problem, session not finished</source>
        <translation>برای مثال: با معیارهای غربالگری جور نبود، مشکل فنی، جلسه ناتمام</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>دلیل (الزامی)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import results — {0}</source>
        <translation>وارد کردن نتایج — {0}</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>برگه:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>نخستین سطرهای پرونده</translation>
    </message>
    <message>
        <source>Where each field is in the file</source>
        <translation>جای هر فیلد در پرونده</translation>
    </message>
    <message>
        <source>Cells that cannot be read</source>
        <translation>خانه‌هایی که خوانده نمی‌شوند</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>Save this mapping beside the file (used next time)</source>
        <translation>ذخیره این تطبیق کنار پرونده (برای دفعه بعد)</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>بارگذاری</translation>
    </message>
    <message>
        <source>Add a &amp;task&apos;s columns…</source>
        <translation>افزودن ستون‌های یک کار…</translation>
    </message>
    <message>
        <source>One row per participant with a task&apos;s outcome, time… in columns of its own that uxlab did not recognise: name the task, then choose its columns</source>
        <translation>یک سطر برای هر شرکت‌کننده، با نتیجه و زمان… یک کار در ستون‌هایی که uxlab آن‌ها را نشناخت: نام کار را بنویسید، سپس ستون‌هایش را انتخاب کنید</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>شرکت‌کننده</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>کار</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Time (seconds or mm:ss)</source>
        <translation>زمان (ثانیه یا mm:ss)</translation>
    </message>
    <message>
        <source>Time (milliseconds)</source>
        <translation>زمان (میلی‌ثانیه)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>خطاها</translation>
    </message>
    <message>
        <source>Assists</source>
        <translation>کمک‌ها</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>SUS score (0-100)</source>
        <translation>امتیاز SUS (0-100)</translation>
    </message>
    <message>
        <source>Task {0}: {1}</source>
        <translation>کار {0}: {1}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>عدد نیست</translation>
    </message>
    <message>
        <source>not a time (seconds, mm:ss or h:mm:ss)</source>
        <translation>زمان نیست (ثانیه، mm:ss یا h:mm:ss)</translation>
    </message>
    <message>
        <source>not an outcome uxlab knows (success, fail, partial, gave up, skipped…)</source>
        <translation>نتیجه‌ای که uxlab نمی‌شناسد (موفق، ناموفق، جزئی، انصراف، رد شد…)</translation>
    </message>
    <message>
        <source>the outcome is empty</source>
        <translation>نتیجه خالی است</translation>
    </message>
    <message>
        <source>outside the allowed range</source>
        <translation>بیرون از بازه مجاز</translation>
    </message>
    <message>
        <source>sheet “{0}”</source>
        <translation>برگه «{0}»</translation>
    </message>
    <message>
        <source>text, {0}, separator “{1}”</source>
        <translation>متن، {0}، جداکننده «{1}»</translation>
    </message>
    <message>
        <source>File {0}: {1}.</source>
        <translation>پرونده {0}: {1}.</translation>
    </message>
    <message>
        <source>The mapping saved beside the file is used.</source>
        <translation>تطبیق ذخیره‌شده کنار پرونده به کار رفته است.</translation>
    </message>
    <message>
        <source>not in this file</source>
        <translation>در این پرونده نیست</translation>
    </message>
    <message>
        <source>A task&apos;s columns</source>
        <translation>ستون‌های یک کار</translation>
    </message>
    <message>
        <source>Task (as the results should name it):</source>
        <translation>کار (همان‌طور که نتایج باید آن را بنامند):</translation>
    </message>
    <message>
        <source>Name the task with no dot, and not as a task already listed.</source>
        <translation>نام کار را بدون نقطه و متفاوت با کارهای فهرست‌شده بنویسید.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cannot be read. Correct them in the file, or choose other columns.</source>
        <translation>
            <numerusform>%n خانه خوانده نمی‌شود. آن‌ها را در پرونده درست کنید یا ستون‌های دیگری برگزینید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every cell can be read. Load: {0} participants, {1} tasks, {2} task rows, {3} questionnaire answers.</source>
        <translation>همه خانه‌ها خوانده می‌شوند. بارگذاری: {0} شرکت‌کننده، {1} کار، {2} سطر کار، {3} پاسخ پرسش‌نامه.</translation>
    </message>
    <message>
        <source>The mapping cannot be saved: {0}</source>
        <translation>تطبیق ذخیره نمی‌شود: {0}</translation>
    </message>
</context>
<context>
    <name>JourneyChart</name>
    <message>
        <source>Experience along the journey</source>
        <translation>تجربه در طول سفر کاربر</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>موفقیت</translation>
    </message>
    <message>
        <source>Effort (ease)</source>
        <translation>تلاش (سهولت)</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>احساس</translation>
    </message>
    <message>
        <source>{0} ({1})
{2}: net score {3:+.0f} from {4} ratings, mean {5:.2f}</source>
        <translation>{0} ({1})
{2}: امتیاز خالص {3:+.0f} (تعداد امتیازها: {4})، میانگین {5:.2f}</translation>
    </message>
    <message>
        <source>Net score (% rating 6–7 minus % rating 1–3)</source>
        <translation>امتیاز خالص (% امتیازهای 6–7 منهای % امتیازهای 1–3)</translation>
    </message>
    <message>
        <source>Journey stage (tasks in study order)</source>
        <translation>مرحله سفر کاربر (وظیفه‌ها به ترتیب مطالعه)</translation>
    </message>
</context>
<context>
    <name>KeyBindingsDialog</name>
    <message>
        <source>Keys for one-key logging</source>
        <translation>کلیدهای ثبت تک‌کلیدی</translation>
    </message>
    <message>
        <source>Click, then press the new key for “{0}”</source>
        <translation>کلیک کنید، سپس کلید جدید را برای «{0}» بزنید</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>بازگرداندن پیش‌فرض‌ها</translation>
    </message>
    <message>
        <source>Laptop-friendly defaults: letters and digits only</source>
        <translation>پیش‌فرض‌های مناسب لپ‌تاپ: فقط حروف و ارقام</translation>
    </message>
    <message>
        <source>Keys work while the session console has the focus; while you type a note they type text instead.</source>
        <translation>کلیدها وقتی کار می‌کنند که میز کنترل جلسه فعال باشد؛ هنگام نوشتن یادداشت، به جای آن متن تایپ می‌کنند.</translation>
    </message>
    <message>
        <source>“{0}” is used by both “{1}” and “{2}”: choose another key.</source>
        <translation>«{0}» هم برای «{1}» و هم برای «{2}» به کار رفته است: کلید دیگری انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Plan</source>
        <translation>برنامه‌ریزی</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>نماها</translation>
    </message>
    <message>
        <source>&amp;Run session</source>
        <translation>اجرای جلسه</translation>
    </message>
    <message>
        <source>Revie&amp;w results</source>
        <translation>بررسی نتایج</translation>
    </message>
    <message>
        <source>Script the study: tasks, questions, questionnaires, participants</source>
        <translation>نوشتن سناریوی مطالعه: وظیفه‌ها، پرسش‌ها، پرسش‌نامه‌ها، شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Run a moderated session with a participant</source>
        <translation>اجرای جلسه آزمون با تسهیل‌گر و یک شرکت‌کننده</translation>
    </message>
    <message>
        <source>Results, charts, group comparisons and export</source>
        <translation>نتایج، نمودارها، مقایسه گروه‌ها و صدور</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <source>Usability problems: observations, severity, who met what, discovery</source>
        <translation>مشکلات کاربردپذیری: مشاهده‌ها، شدت، چه کسی با چه چیزی روبه‌رو شد، کشف</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>&amp;New study…</source>
        <translation>مطالعه جدید…</translation>
    </message>
    <message>
        <source>&amp;Open study…</source>
        <translation>باز کردن مطالعه…</translation>
    </message>
    <message>
        <source>Open &amp;results spreadsheet (CSV / XLSX)…</source>
        <translation>باز کردن صفحه‌گسترده نتایج (CSV / XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Import results…</source>
        <translation>وارد کردن نتایج…</translation>
    </message>
    <message>
        <source>Open r&amp;ecent</source>
        <translation>مطالعه‌های اخیر</translation>
    </message>
    <message>
        <source>&amp;Save study</source>
        <translation>ذخیره مطالعه</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>صدور به Excel…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>برنامه‌ریزی</translation>
    </message>
    <message>
        <source>Run session</source>
        <translation>اجرای جلسه</translation>
    </message>
    <message>
        <source>Review results</source>
        <translation>بررسی نتایج</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <source>&amp;Participant screen</source>
        <translation>صفحه شرکت‌کننده</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>کلیدهای میان‌بر…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ابزارها</translation>
    </message>
    <message>
        <source>Plan &amp;sample size…</source>
        <translation>برنامه‌ریزی اندازه نمونه…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>&amp;Methods and formulas</source>
        <translation>روش‌ها و فرمول‌ها</translation>
    </message>
    <message>
        <source>&amp;About uxlab</source>
        <translation>درباره uxlab</translation>
    </message>
    <message>
        <source>no study open</source>
        <translation>هیچ مطالعه‌ای باز نیست</translation>
    </message>
    <message>
        <source>This study cannot be opened</source>
        <translation>این مطالعه باز نمی‌شود</translation>
    </message>
    <message>
        <source>Resume the interrupted session?</source>
        <translation>جلسه قطع‌شده ادامه یابد؟</translation>
    </message>
    <message>
        <source>The session with participant {0} was interrupted before it ended. Everything recorded up to then is kept. Resume it where it stopped?</source>
        <translation>جلسه با شرکت‌کننده {0} پیش از پایان قطع شد. هرچه تا آن لحظه ثبت شده بود حفظ شده است. از همان جایی که متوقف شد ادامه می‌دهید؟</translation>
    </message>
    <message>
        <source>Open a study folder</source>
        <translation>باز کردن پوشه مطالعه</translation>
    </message>
    <message>
        <source>Open a results spreadsheet</source>
        <translation>باز کردن صفحه‌گسترده نتایج</translation>
    </message>
    <message>
        <source>Results (*.csv *.xlsx)</source>
        <translation>نتایج (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>وارد کردن نتایج</translation>
    </message>
    <message>
        <source>Results (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>نتایج (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new study</source>
        <translation>یک پوشه خالی برای مطالعه جدید انتخاب کنید</translation>
    </message>
    <message>
        <source>A study is already there</source>
        <translation>از قبل یک مطالعه آنجا هست</translation>
    </message>
    <message>
        <source>{0} already holds a study. Open it, or choose an empty folder.</source>
        <translation>پوشه {0} از قبل یک مطالعه دارد. آن را باز کنید یا یک پوشه خالی انتخاب کنید.</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>مطالعه جدید</translation>
    </message>
    <message>
        <source>The study cannot be created</source>
        <translation>ایجاد مطالعه ممکن نیست</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(هنوز موردی نیست)</translation>
    </message>
    <message>
        <source>About uxlab</source>
        <translation>درباره uxlab</translation>
    </message>
    <message>
        <source>uxlab {0}: a lab for moderated usability testing.
Free software under the GNU GPL v3 or later.</source>
        <translation>uxlab {0}: آزمایشگاهی برای آزمون‌های کاربردپذیری با تسهیل‌گر.
نرم‌افزار آزاد تحت مجوز GNU GPL نسخه ۳ یا بالاتر.</translation>
    </message>
    <message>
        <source>The plan cannot be edited while a session is running</source>
        <translation>تا وقتی جلسه‌ای در حال اجراست، برنامه را نمی‌توان ویرایش کرد</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>The study has unsaved changes. Save them first?</source>
        <translation>مطالعه تغییرات ذخیره‌نشده دارد. اول ذخیره شوند؟</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant {0}</source>
        <translation>شرکت‌کنندهٔ جدید {0}</translation>
    </message>
    <message>
        <source>{0} is not in the study&apos;s participant list. Describe them before the session starts: the group decides which comparison they count in.</source>
        <translation>{0} در فهرست شرکت‌کنندگان مطالعه نیست. پیش از آغاز جلسه او را توصیف کنید: گروه تعیین می‌کند در کدام مقایسه شمرده شود.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Pick the participant&apos;s group, or type a new one</source>
        <translation>گروه شرکت‌کننده را برگزینید یا گروه تازه‌ای بنویسید</translation>
    </message>
    <message>
        <source>— choose a group —</source>
        <translation>— گروهی برگزینید —</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(بدون گروه)</translation>
    </message>
    <message>
        <source>Participant&apos;s language</source>
        <translation>زبان شرکت‌کننده</translation>
    </message>
    <message>
        <source>The language of the participant screen and questionnaires</source>
        <translation>زبان صفحهٔ شرکت‌کننده و پرسشنامه‌ها</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>گروه:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Choose the participant&apos;s group (or “(no group)” on purpose).</source>
        <translation>گروه شرکت‌کننده را برگزینید (یا آگاهانه «(بدون گروه)» را).</translation>
    </message>
</context>
<context>
    <name>OptionsBar</name>
    <message>
        <source>nothing</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <source>group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Confidence level of every interval and the threshold of the comparison tests (a difference is reliable when p &lt; 1 − confidence)</source>
        <translation>سطح اطمینان هر بازه و آستانه آزمون‌های مقایسه (تفاوت وقتی قابل اتکاست که p &lt; 1 − اطمینان)</translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation>سطح اطمینان</translation>
    </message>
    <message>
        <source>Co&amp;nfidence:</source>
        <translation>سطح اطمینان:</translation>
    </message>
    <message>
        <source>Compare b&amp;y:</source>
        <translation>مقایسه بر اساس:</translation>
    </message>
    <message>
        <source>Split the results by group or by a participant attribute and compare two groups with significance tests</source>
        <translation>تفکیک نتایج بر اساس گروه یا یکی از ویژگی‌های شرکت‌کنندگان و مقایسه دو گروه با آزمون‌های معناداری</translation>
    </message>
    <message>
        <source>Compare by</source>
        <translation>مقایسه بر اساس</translation>
    </message>
    <message>
        <source>First group of the comparison</source>
        <translation>گروه اول مقایسه</translation>
    </message>
    <message>
        <source>First group compared</source>
        <translation>گروه اول مقایسه‌شده</translation>
    </message>
    <message>
        <source>Second group of the comparison</source>
        <translation>گروه دوم مقایسه</translation>
    </message>
    <message>
        <source>Second group compared</source>
        <translation>گروه دوم مقایسه‌شده</translation>
    </message>
    <message>
        <source>vs</source>
        <translation>در برابر</translation>
    </message>
    <message>
        <source>groups:</source>
        <translation>گروه‌ها:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>نمایش:</translation>
    </message>
    <message>
        <source>Show only the participants of one group or with one attribute value; every number is then computed on them</source>
        <translation>فقط شرکت‌کنندگان یک گروه یا دارای یک مقدار ویژگی نمایش داده شوند؛ آنگاه همه اعداد روی همان‌ها محاسبه می‌شود</translation>
    </message>
    <message>
        <source>Show participants</source>
        <translation>شرکت‌کنندگان نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Export every participant, task, attempt, event and answer with the analysis and a codebook to an Excel workbook (Ctrl+E)</source>
        <translation>صدور همه شرکت‌کنندگان، وظیفه‌ها، تلاش‌ها، رویدادها و پاسخ‌ها به همراه تحلیل و راهنمای کدگذاری به یک کارپوشه Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>صدور به Excel</translation>
    </message>
    <message>
        <source>HT&amp;ML report…</source>
        <translation>گزارش HTML…</translation>
    </message>
    <message>
        <source>E&amp;xport charts…</source>
        <translation>صدور نمودارها…</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>گزارش HTML</translation>
    </message>
    <message>
        <source>Write a self-contained HTML report and open it in the browser</source>
        <translation>نوشتن یک گزارش HTML مستقل و باز کردن آن در مرورگر</translation>
    </message>
    <message>
        <source>The HTML report is not available in this version</source>
        <translation>گزارش HTML در این نسخه در دسترس نیست</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>صدور نمودارها</translation>
    </message>
    <message>
        <source>Save every chart as an image file in a folder</source>
        <translation>ذخیره هر نمودار به صورت پرونده تصویری در یک پوشه</translation>
    </message>
    <message>
        <source>Charts are not available in this version</source>
        <translation>نمودارها در این نسخه در دسترس نیستند</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Fixed: every participant in the task list&apos;s order</source>
        <translation>ثابت: هر شرکت‌کننده به ترتیب فهرست وظیفه‌ها</translation>
    </message>
    <message>
        <source>Random: shuffled per participant (reproducible from the seed)</source>
        <translation>تصادفی: برای هر شرکت‌کننده جداگانه بُر می‌خورد (با بذر قابل تکرار است)</translation>
    </message>
    <message>
        <source>Balanced Latin square (Williams design)</source>
        <translation>مربع لاتین متوازن (طرح ویلیامز)</translation>
    </message>
    <message>
        <source>T&amp;ask order:</source>
        <translation>ترتیب وظیفه‌ها:</translation>
    </message>
    <message>
        <source>Task order policy</source>
        <translation>شیوه ترتیب وظیفه‌ها</translation>
    </message>
    <message>
        <source>How the order of tasks is decided for each participant</source>
        <translation>ترتیب وظیفه‌ها برای هر شرکت‌کننده چگونه تعیین می‌شود</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>بذر تصادفی:</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>بذر تصادفی</translation>
    </message>
    <message>
        <source>A whole number; the same seed always gives the same orders</source>
        <translation>یک عدد صحیح؛ بذر یکسان همیشه همان ترتیب‌ها را می‌دهد</translation>
    </message>
    <message>
        <source>Task order per participant</source>
        <translation>ترتیب وظیفه‌ها برای هر شرکت‌کننده</translation>
    </message>
    <message>
        <source>The order each participant will get, in the order participants are listed</source>
        <translation>ترتیبی که هر شرکت‌کننده خواهد داشت، به ترتیب فهرست شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Every participant does the tasks in the order of the task list.</source>
        <translation>هر شرکت‌کننده وظیفه‌ها را به ترتیب فهرست انجام می‌دهد.</translation>
    </message>
    <message>
        <source>Each participant gets their own shuffled order, computed from the seed, their place in the list and their id, so it is the same every time.</source>
        <translation>هر شرکت‌کننده ترتیب بُرخورده خودش را می‌گیرد که از بذر، جایگاهش در فهرست و شناسه‌اش محاسبه می‌شود؛ پس هر بار همان است.</translation>
    </message>
    <message>
        <source>Each task comes equally often in each position, and each task follows every other task equally often, once you have a multiple of {0} participants.</source>
        <translation>هر وظیفه به یک اندازه در هر جایگاه می‌آید و هر وظیفه به یک اندازه پس از هر وظیفه دیگر می‌آید، به شرط آنکه تعداد شرکت‌کنندگان مضربی از {0} باشد.</translation>
    </message>
    <message>
        <source>You have {0}: {1} more would complete the balance.</source>
        <translation>{0} شرکت‌کننده دارید: با {1} نفر دیگر توازن کامل می‌شود.</translation>
    </message>
    <message>
        <source>You have {0}: balanced.</source>
        <translation>{0} شرکت‌کننده دارید: متوازن است.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>success</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>partial success</source>
        <translation>تا حدی موفق</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>رهاشده</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>پایان‌نیافته</translation>
    </message>
</context>
<context>
    <name>OutcomeBar</name>
    <message>
        <source>The participant said “I&apos;m done”: the task&apos;s clock stopped at {0}. How did the task end?</source>
        <translation>شرکت‌کننده گفت «تمام کردم»: زمان‌سنج کار در {0} متوقف شد. کار چگونه به پایان رسید؟</translation>
    </message>
    <message>
        <source>The task&apos;s clock stopped at {0}. How did the task end?</source>
        <translation>زمان‌سنج کار در {0} متوقف شد. کار چگونه به پایان رسید؟</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>نتیجه: {0}</translation>
    </message>
    <message>
        <source>End the task as “{0}” at the moment its clock stopped (key: {1})</source>
        <translation>پایان کار با نتیجهٔ «{0}» در لحظهٔ توقف زمان‌سنج آن (کلید: {1})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Task goes on  [Esc]</source>
        <translation>کار ادامه دارد  [Esc]</translation>
    </message>
    <message>
        <source>The task goes on: its clock runs again</source>
        <translation>کار ادامه دارد: زمان‌سنج آن دوباره کار می‌کند</translation>
    </message>
    <message>
        <source>The participant carries on: the clock runs again and the stopped stretch counts as task time</source>
        <translation>شرکت‌کننده ادامه می‌دهد: زمان‌سنج دوباره کار می‌کند و بازهٔ توقف جزو زمان کار شمرده می‌شود</translation>
    </message>
</context>
<context>
    <name>ParticipantScreen</name>
    <message>
        <source>Participant</source>
        <translation>شرکت‌کننده</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation>تمام کردم</translation>
    </message>
    <message>
        <source>Press when you think you have finished the task</source>
        <translation>وقتی فکر می‌کنید وظیفه را تمام کرده‌اید، این را بزنید</translation>
    </message>
    <message>
        <source>I give up</source>
        <translation>منصرف شدم</translation>
    </message>
    <message>
        <source>Press if you want to stop this task</source>
        <translation>اگر می‌خواهید این وظیفه را کنار بگذارید، این را بزنید</translation>
    </message>
    <message>
        <source>Thank you. Please wait for the moderator.</source>
        <translation>سپاسگزاریم. لطفاً منتظر تسهیل‌گر بمانید.</translation>
    </message>
    <message>
        <source>Thank you for your time!</source>
        <translation>از وقتی که گذاشتید سپاسگزاریم!</translation>
    </message>
    <message>
        <source>Please wait for the moderator.</source>
        <translation>لطفاً منتظر تسهیل‌گر بمانید.</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Participant</source>
        <translation>شرکت‌کننده</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message>
        <source>Participant id</source>
        <translation>شناسه شرکت‌کننده</translation>
    </message>
    <message>
        <source>Group (condition) of the participant</source>
        <translation>گروه (شرایط آزمایشی) شرکت‌کننده</translation>
    </message>
    <message>
        <source>Excluded participants are left out of every number; their data is kept</source>
        <translation>شرکت‌کنندگان کنار گذاشته در هیچ عددی حساب نمی‌شوند؛ داده‌هایشان نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>Participant attribute</source>
        <translation>ویژگی شرکت‌کننده</translation>
    </message>
    <message>
        <source>Outcome and net time (pauses excluded) of this task:
✓ success, ◐ partial, ✗ failure, ⊘ abandoned, – skipped</source>
        <translation>نتیجه و زمان خالص (بدون توقف‌ها) این وظیفه:
✓ موفق، ◐ تا حدی، ✗ ناموفق، ⊘ رهاشده، – ردشده</translation>
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
        <translation>احتمال توصیه، 0–10 (9–10 مروج، 0–6 منتقد)</translation>
    </message>
    <message>
        <source>Excluded: {0}</source>
        <translation>کنار گذاشته: {0}</translation>
    </message>
    <message>
        <source>excluded: {0}</source>
        <translation>کنار گذاشته: {0}</translation>
    </message>
    <message>
        <source>{0}: not done</source>
        <translation>{0}: انجام نشده</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Who takes part. Double-click a cell (or press F2) to edit it. Exclusions are decided in Review results, after the sessions.</source>
        <translation>چه کسانی شرکت می‌کنند. برای ویرایش یک خانه روی آن دوبار کلیک کنید (یا F2 را بزنید). کنار گذاشتن شرکت‌کنندگان پس از جلسه‌ها در «بررسی نتایج» تعیین می‌شود.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>One row per participant: id, group, language and attributes</source>
        <translation>یک ردیف برای هر شرکت‌کننده: شناسه، گروه، زبان و ویژگی‌ها</translation>
    </message>
    <message>
        <source>Add parti&amp;cipant</source>
        <translation>افزودن شرکت‌کننده</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>افزودن شرکت‌کننده</translation>
    </message>
    <message>
        <source>Add a participant at the end of the list</source>
        <translation>افزودن یک شرکت‌کننده به انتهای فهرست</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>حذف موارد انتخاب‌شده</translation>
    </message>
    <message>
        <source>Remove selected participants</source>
        <translation>حذف شرکت‌کنندگان انتخاب‌شده</translation>
    </message>
    <message>
        <source>Remove the selected participants from the study (their recorded sessions stay on disk)</source>
        <translation>حذف شرکت‌کنندگان انتخاب‌شده از مطالعه (جلسه‌های ثبت‌شده آن‌ها روی دیسک می‌ماند)</translation>
    </message>
    <message>
        <source>{0} has a recorded session: renamed to {1}, that session no longer matches this participant (it stays on disk). Put back {0} to keep them together.</source>
        <translation>{0} یک جلسه ثبت‌شده دارد: با تغییر نام به {1}، آن جلسه دیگر با این شرکت‌کننده جور نیست (روی دیسک می‌ماند). برای نگه داشتن آن‌ها کنار هم، {0} را برگردانید.</translation>
    </message>
    <message>
        <source>Group ({0})</source>
        <translation>گروه ({0})</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>کنار گذاشته</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>دلیل کنار گذاشتن</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>Exclusions are set in Review results</source>
        <translation>کنار گذاشتن در «بررسی نتایج» تعیین می‌شود</translation>
    </message>
    <message>
        <source>{0} participants, {1} excluded</source>
        <translation>{0} شرکت‌کننده، {1} کنار گذاشته</translation>
    </message>
    <message>
        <source>Remove participants with sessions?</source>
        <translation>شرکت‌کنندگانی که جلسه دارند حذف شوند؟</translation>
    </message>
    <message>
        <source>{0} already have a recorded session. The sessions stay on disk, but results will no longer list these participants. Remove them?</source>
        <translation>{0} از قبل جلسه ثبت‌شده دارند. جلسه‌ها روی دیسک می‌مانند، اما نتایج دیگر این شرکت‌کنندگان را فهرست نمی‌کنند. حذف شوند؟</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>A results spreadsheet has no study file to record exclusions in; remove the participant&apos;s rows in the spreadsheet instead</source>
        <translation>صفحه‌گسترده نتایج پرونده مطالعه‌ای برای ثبت کنار گذاشتن ندارد؛ به جای آن ردیف‌های شرکت‌کننده را در صفحه‌گسترده حذف کنید</translation>
    </message>
    <message>
        <source>Leave the selected participant out of every number, with a reason saved in the study file (no data is deleted)</source>
        <translation>کنار گذاشتن شرکت‌کننده انتخاب‌شده از همه اعداد، با دلیلی که در پرونده مطالعه ذخیره می‌شود (هیچ داده‌ای حذف نمی‌شود)</translation>
    </message>
    <message>
        <source>Count the selected participant in the analysis again</source>
        <translation>دوباره به حساب آوردن شرکت‌کننده انتخاب‌شده در تحلیل</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Select a participant to exclude or include them</source>
        <translation>یک شرکت‌کننده را انتخاب کنید تا کنارش بگذارید یا دوباره واردش کنید</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>کنار گذاشتن…</translation>
    </message>
    <message>
        <source>Exclude the selected participant</source>
        <translation>کنار گذاشتن شرکت‌کننده انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Include again</source>
        <translation>وارد کردن دوباره</translation>
    </message>
    <message>
        <source>Include the selected participant again</source>
        <translation>وارد کردن دوباره شرکت‌کننده انتخاب‌شده</translation>
    </message>
    <message>
        <source>✓ success   ◐ partial   ✗ failure   ⊘ abandoned   – skipped   (greyed: excluded from the analysis)</source>
        <translation>✓ موفق   ◐ تا حدی   ✗ ناموفق   ⊘ رهاشده   – ردشده   (خاکستری: کنار گذاشته از تحلیل)</translation>
    </message>
</context>
<context>
    <name>PlanValidation</name>
    <message>
        <source>task id &apos;{0}&apos; appears twice (also task {1})</source>
        <translation>شناسه وظیفه «{0}» دو بار آمده است (همچنین در وظیفه {1})</translation>
    </message>
    <message>
        <source>participant &apos;{0}&apos; appears twice (also row {1})</source>
        <translation>شرکت‌کننده «{0}» دو بار آمده است (همچنین در ردیف {1})</translation>
    </message>
    <message>
        <source>give each one a unique id</source>
        <translation>به هر کدام یک شناسه یکتا بدهید</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>{0}. Fix: {1}</source>
        <translation>{0}. راه‌حل: {1}</translation>
    </message>
    <message>
        <source>Study &amp;details</source>
        <translation>جزئیات مطالعه</translation>
    </message>
    <message>
        <source>Title, description, languages</source>
        <translation>عنوان، توضیحات، زبان‌ها</translation>
    </message>
    <message>
        <source>The tasks, their scenarios, success criteria and times</source>
        <translation>وظیفه‌ها، سناریوها، معیارهای موفقیت و زمان‌ها</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>وظیفه‌ها</translation>
    </message>
    <message>
        <source>&amp;Questions &amp;&amp; questionnaires</source>
        <translation>پرسش‌ها و پرسش‌نامه‌ها</translation>
    </message>
    <message>
        <source>Ratings after each task and questionnaires after the session</source>
        <translation>امتیازدهی پس از هر وظیفه و پرسش‌نامه‌ها پس از جلسه</translation>
    </message>
    <message>
        <source>Who takes part, their group, language and attributes</source>
        <translation>چه کسانی شرکت می‌کنند، با گروه، زبان و ویژگی‌هایشان</translation>
    </message>
    <message>
        <source>Participa&amp;nts</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>ترتیب</translation>
    </message>
    <message>
        <source>Task order policy and each participant&apos;s order</source>
        <translation>شیوه ترتیب وظیفه‌ها و ترتیب هر شرکت‌کننده</translation>
    </message>
    <message>
        <source>Study editor sections</source>
        <translation>بخش‌های ویرایشگر مطالعه</translation>
    </message>
    <message>
        <source>&amp;Save study</source>
        <translation>ذخیره مطالعه</translation>
    </message>
    <message>
        <source>Save study</source>
        <translation>ذخیره مطالعه</translation>
    </message>
    <message>
        <source>Check the study and write it to study.json (Ctrl+S); the previous version is kept as study.json.bak</source>
        <translation>بررسی مطالعه و نوشتن آن در study.json (Ctrl+S)؛ نسخه قبلی با نام study.json.bak نگه داشته می‌شود</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Revert to the saved study</source>
        <translation>بازگشت به مطالعه ذخیره‌شده</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes and show the study as saved</source>
        <translation>دور ریختن تغییرات ذخیره‌نشده و نمایش مطالعه همان‌طور که ذخیره شده است</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>مشکلاتی که باید رفع شوند</translation>
    </message>
    <message>
        <source>Press Enter or click a problem to go to its field</source>
        <translation>Enter را بزنید یا روی یک مشکل کلیک کنید تا به فیلد آن بروید</translation>
    </message>
    <message>
        <source>{0} is a results spreadsheet: it holds what was measured, not the study&apos;s script, so there is nothing to plan here.

See the results in Review results, or open a study folder (File › Open study…) to edit its tasks and participants.</source>
        <translation>{0} یک صفحه‌گسترده نتایج است: آنچه اندازه‌گیری شده را دارد، نه سناریوی مطالعه را؛ پس اینجا چیزی برای برنامه‌ریزی نیست.

نتایج را در «بررسی نتایج» ببینید، یا پوشه یک مطالعه را باز کنید (پرونده › باز کردن مطالعه…) تا وظیفه‌ها و شرکت‌کنندگانش را ویرایش کنید.</translation>
    </message>
    <message>
        <source>No study is open.

Open a study folder (File › Open study…) or create a new one (File › New study…) to write its tasks, questions and participants here.</source>
        <translation>هیچ مطالعه‌ای باز نیست.

پوشه یک مطالعه را باز کنید (پرونده › باز کردن مطالعه…) یا مطالعه جدیدی بسازید (پرونده › مطالعه جدید…) تا وظیفه‌ها، پرسش‌ها و شرکت‌کنندگانش را اینجا بنویسید.</translation>
    </message>
    <message>
        <source>* Unsaved changes</source>
        <translation>* تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
        <source>All changes saved in {0}</source>
        <translation>همه تغییرات در {0} ذخیره شد</translation>
    </message>
    <message>
        <source>The study was not saved: {0} problem(s) to fix first.</source>
        <translation>مطالعه ذخیره نشد: اول باید {0} مشکل را رفع کنید.</translation>
    </message>
    <message>
        <source>The study was not saved.</source>
        <translation>مطالعه ذخیره نشد.</translation>
    </message>
    <message>
        <source>The study could not be written: {0}</source>
        <translation>نوشتن مطالعه ممکن نشد: {0}</translation>
    </message>
    <message>
        <source>Revert the study?</source>
        <translation>مطالعه بازگردانده شود؟</translation>
    </message>
    <message>
        <source>Throw away every change made since the study was last saved?</source>
        <translation>همه تغییراتی که از آخرین ذخیره مطالعه انجام شده دور ریخته شوند؟</translation>
    </message>
    <message>
        <source>The study was not saved</source>
        <translation>مطالعه ذخیره نشد</translation>
    </message>
    <message>
        <source>id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>سناریو</translation>
    </message>
    <message>
        <source>success criteria</source>
        <translation>معیارهای موفقیت</translation>
    </message>
    <message>
        <source>target time</source>
        <translation>زمان هدف</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>محدودیت زمانی</translation>
    </message>
    <message>
        <source>journey stage</source>
        <translation>مرحله سفر کاربر</translation>
    </message>
    <message>
        <source>group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>ویژگی‌ها</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>شیوه</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>بذر</translation>
    </message>
    <message>
        <source>Study title</source>
        <translation>عنوان مطالعه</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Study language</source>
        <translation>زبان مطالعه</translation>
    </message>
    <message>
        <source>Scenario languages</source>
        <translation>زبان‌های سناریو</translation>
    </message>
    <message>
        <source>Questions after each task</source>
        <translation>پرسش‌های پس از هر وظیفه</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>پرسش‌نامه‌ها</translation>
    </message>
    <message>
        <source>Task order</source>
        <translation>ترتیب وظیفه‌ها</translation>
    </message>
    <message>
        <source>Task {0} ({1})</source>
        <translation>وظیفه {0} ({1})</translation>
    </message>
    <message>
        <source>Task {0}</source>
        <translation>وظیفه {0}</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>وظیفه‌ها</translation>
    </message>
    <message>
        <source>Participant row {0}</source>
        <translation>ردیف شرکت‌کننده {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the study can be saved:</source>
        <translation>
            <numerusform>%n مشکل باید پیش از ذخیره مطالعه رفع شود:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <source>Plan sample size</source>
        <translation>برنامه‌ریزی اندازه نمونه</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>پرسش:</translation>
    </message>
    <message>
        <source>Find usability problems (formative)</source>
        <translation>یافتن مشکلات کاربردپذیری (تکوینی)</translation>
    </message>
    <message>
        <source>Estimate a completion rate to a margin of error</source>
        <translation>برآورد نرخ تکمیل با حاشیه خطای معین</translation>
    </message>
    <message>
        <source>Show a result is better than a benchmark</source>
        <translation>نشان‌دادن اینکه نتیجه از معیار بهتر است</translation>
    </message>
    <message>
        <source>Compare two designs</source>
        <translation>مقایسه دو طراحی</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>What the study must answer decides how many participants it needs</source>
        <translation>آنچه مطالعه باید پاسخ دهد، شمار شرکت‌کنندگان لازم را تعیین می‌کند</translation>
    </message>
    <message>
        <source>Share of users a problem affects (p):</source>
        <translation>سهم کاربرانی که یک مشکل به آن‌ها برمی‌خورد (p):</translation>
    </message>
    <message>
        <source>Share of problems to find:</source>
        <translation>سهم مشکلاتی که باید یافت:</translation>
    </message>
    <message>
        <source>Margin of error (±):</source>
        <translation>حاشیه خطا (±):</translation>
    </message>
    <message>
        <source>Confidence level:</source>
        <translation>سطح اطمینان:</translation>
    </message>
    <message>
        <source>Design:</source>
        <translation>طرح آزمون:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>سنجه:</translation>
    </message>
    <message>
        <source>Completion rate you expect:</source>
        <translation>نرخ تکمیل مورد انتظار:</translation>
    </message>
    <message>
        <source>Benchmark completion rate:</source>
        <translation>نرخ تکمیل معیار:</translation>
    </message>
    <message>
        <source>Completion rate, design A:</source>
        <translation>نرخ تکمیل، طراحی A:</translation>
    </message>
    <message>
        <source>Completion rate, design B:</source>
        <translation>نرخ تکمیل، طراحی B:</translation>
    </message>
    <message>
        <source>Succeed on one design only:</source>
        <translation>موفقیت فقط در یک طراحی:</translation>
    </message>
    <message>
        <source>Standard deviation:</source>
        <translation>انحراف معیار:</translation>
    </message>
    <message>
        <source>Standard deviation of ln(time):</source>
        <translation>انحراف معیار ln(زمان):</translation>
    </message>
    <message>
        <source>Time ratio to detect:</source>
        <translation>نسبت زمانی که باید آشکار شود:</translation>
    </message>
    <message>
        <source>Difference to detect (points):</source>
        <translation>تفاوتی که باید آشکار شود (امتیاز):</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>توان آزمون:</translation>
    </message>
    <message>
        <source>The average share of participants who meet a problem: 31 % in Nielsen &amp; Landauer (1993); take it from your own study when you can</source>
        <translation>میانگین سهم شرکت‌کنندگانی که با یک مشکل روبه‌رو می‌شوند: 31 % در Nielsen &amp; Landauer (1993)؛ هر گاه بتوانید آن را از مطالعه خودتان بگیرید</translation>
    </message>
    <message>
        <source>The share of the problems that exist you want to have seen at least once</source>
        <translation>سهمی از مشکلات موجود که می‌خواهید دست‌کم یک بار دیده شوند</translation>
    </message>
    <message>
        <source>Half the width of the confidence interval around the completion rate</source>
        <translation>نیمی از پهنای بازه اطمینان پیرامون نرخ تکمیل</translation>
    </message>
    <message>
        <source>How sure the interval or the test must be</source>
        <translation>اطمینانی که بازه یا آزمون باید داشته باشد</translation>
    </message>
    <message>
        <source>Between subjects: each participant tries one design. Within: each tries both</source>
        <translation>بین‌آزمودنی: هر شرکت‌کننده یک طراحی را می‌آزماید. درون‌آزمودنی: هر کس هر دو را</translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation>آنچه سنجیده می‌شود</translation>
    </message>
    <message>
        <source>The completion rate the product really has, as you expect it</source>
        <translation>نرخ تکمیل واقعی محصول، آن‌گونه که انتظار دارید</translation>
    </message>
    <message>
        <source>The rate to beat, e.g. 78 % (the average in Sauro &amp; Lewis 2016)</source>
        <translation>نرخی که باید از آن گذشت، مثلاً 78 % (میانگین در Sauro &amp; Lewis 2016)</translation>
    </message>
    <message>
        <source>The completion rate expected with design A</source>
        <translation>نرخ تکمیل مورد انتظار با طراحی A</translation>
    </message>
    <message>
        <source>The completion rate expected with design B</source>
        <translation>نرخ تکمیل مورد انتظار با طراحی B</translation>
    </message>
    <message>
        <source>The share of participants expected to succeed with one design and fail with the other (at least the difference between the rates)</source>
        <translation>سهم شرکت‌کنندگانی که انتظار می‌رود در یک طراحی موفق و در دیگری ناموفق باشند (دست‌کم به اندازه تفاوت دو نرخ)</translation>
    </message>
    <message>
        <source>From an earlier study or a published norm, e.g. 17.7 for SUS; within subjects, the SD of the differences</source>
        <translation>از مطالعه‌ای پیشین یا هنجاری منتشرشده، مثلاً 17.7 برای SUS؛ در درون‌آزمودنی، انحراف معیار تفاوت‌ها</translation>
    </message>
    <message>
        <source>The SD of the natural log of task times (times are compared as geometric means)</source>
        <translation>انحراف معیار لگاریتم طبیعی زمان‌های وظیفه (زمان‌ها با میانگین هندسی مقایسه می‌شوند)</translation>
    </message>
    <message>
        <source>Ratio of the times worth detecting, e.g. 0.8 for 20 % faster</source>
        <translation>نسبت زمان‌هایی که ارزش آشکارشدن دارد، مثلاً 0.8 برای 20 % سریع‌تر</translation>
    </message>
    <message>
        <source>The smallest difference worth detecting, in the measure&apos;s points</source>
        <translation>کوچک‌ترین تفاوتی که ارزش آشکارشدن دارد، به امتیاز سنجه</translation>
    </message>
    <message>
        <source>The chance of detecting the difference if it is real (1 − β)</source>
        <translation>احتمال آشکارشدن تفاوت اگر واقعی باشد (1 − β)</translation>
    </message>
    <message>
        <source>between subjects (two groups)</source>
        <translation>بین‌آزمودنی (دو گروه)</translation>
    </message>
    <message>
        <source>within subjects (everyone tries both)</source>
        <translation>درون‌آزمودنی (همه هر دو را می‌آزمایند)</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>نرخ تکمیل</translation>
    </message>
    <message>
        <source>task time</source>
        <translation>زمان وظیفه</translation>
    </message>
    <message>
        <source>SUS score</source>
        <translation>امتیاز SUS</translation>
    </message>
    <message>
        <source>a rating (e.g. SEQ)</source>
        <translation>یک رتبه‌بندی (مثلاً SEQ)</translation>
    </message>
    <message>
        <source>Use the open study&apos;s &amp;p</source>
        <translation>استفاده از p مطالعه باز</translation>
    </message>
    <message>
        <source>Use the open study&apos;s p</source>
        <translation>استفاده از p مطالعه باز</translation>
    </message>
    <message>
        <source>Take p from the study&apos;s problem matrix, adjusted for the small sample (Lewis 2001)</source>
        <translation>p را از ماتریس مشکلات مطالعه بگیرید، تعدیل‌شده برای نمونه کوچک (Lewis 2001)</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>فرمول:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>منبع:</translation>
    </message>
    <message>
        <source>Participants needed</source>
        <translation>شرکت‌کنندگان لازم</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>فرمول</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>The open study has no observations linked to problems yet: link some in the Problems view, or type p.</source>
        <translation>مطالعه باز هنوز مشاهده‌ای پیوندخورده به مشکل ندارد: در نمای مشکلات چند مشاهده را پیوند دهید، یا p را بنویسید.</translation>
    </message>
    <message>
        <source>No answer for these inputs</source>
        <translation>برای این ورودی‌ها پاسخی نیست</translation>
    </message>
    <message>
        <source>{0} participants per group, {1} in all</source>
        <translation>{0} شرکت‌کننده در هر گروه، {1} در کل</translation>
    </message>
    <message>
        <source>{0} participants, each trying both designs</source>
        <translation>{0} شرکت‌کننده، هر یک هر دو طراحی را می‌آزماید</translation>
    </message>
    <message>
        <source>{0} participants</source>
        <translation>{0} شرکت‌کننده</translation>
    </message>
    <message>
        <source>With {0} participants, about {1} of the problems of that p are found.</source>
        <translation>با {0} شرکت‌کننده، حدود {1} از مشکلات با این p یافته می‌شوند.</translation>
    </message>
    <message>
        <source>The study has tested {0}: {1} more needed.</source>
        <translation>مطالعه {0} نفر را آزموده است: {1} نفر دیگر لازم است.</translation>
    </message>
    <message>
        <source>The margin of error at this n is ±{0}.</source>
        <translation>حاشیه خطا در این n برابر ±{0} است.</translation>
    </message>
    <message>
        <source>Exact power of the mid-p binomial test at this n: {0} (binomial tests are discrete, so power zig-zags with n).</source>
        <translation>توان دقیق آزمون دوجمله‌ای mid-p در این n: {0} (آزمون‌های دوجمله‌ای گسسته‌اند، پس توان با n نوسان می‌کند).</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <source>Ta&amp;gs</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Descriptio&amp;n</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Severit&amp;y</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>R&amp;ecommendation</source>
        <translation>توصیه</translation>
    </message>
    <message>
        <source>A short name for the problem</source>
        <translation>نامی کوتاه برای مشکل</translation>
    </message>
    <message>
        <source>What happens and why it matters</source>
        <translation>چه رخ می‌دهد و چرا مهم است</translation>
    </message>
    <message>
        <source>How severe the problem is, on the study&apos;s scale</source>
        <translation>شدت مشکل، بر پایه مقیاس مطالعه</translation>
    </message>
    <message>
        <source>Free tags, separated by commas (e.g. navigation, wording)</source>
        <translation>برچسب‌های آزاد، جداشده با ویرگول (مثلاً ناوبری، واژه‌گزینی)</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>چه چیزی باید تغییر کند</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>اعمال تغییرات</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>اعمال تغییرات</translation>
    </message>
    <message>
        <source>Save the edits; the old values are kept in the audit trail</source>
        <translation>ویرایش‌ها را ذخیره کنید؛ مقدارهای قبلی در سابقه حسابرسی می‌مانند</translation>
    </message>
    <message>
        <source>Problem {0}</source>
        <translation>مشکل {0}</translation>
    </message>
    <message>
        <source>Select a problem to edit it</source>
        <translation>برای ویرایش، یک مشکل را برگزینید</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ارزیابی‌نشده</translation>
    </message>
</context>
<context>
    <name>ProblemTables</name>
    <message>
        <source>scenario failure</source>
        <translation>شکست سناریو</translation>
    </message>
    <message>
        <source>considerable recovery effort</source>
        <translation>تلاش زیاد برای بازیابی</translation>
    </message>
    <message>
        <source>minor recovery effort</source>
        <translation>تلاش اندک برای بازیابی</translation>
    </message>
    <message>
        <source>inefficiency</source>
        <translation>ناکارآمدی</translation>
    </message>
    <message>
        <source>not a usability problem</source>
        <translation>مشکل کاربردپذیری نیست</translation>
    </message>
    <message>
        <source>cosmetic</source>
        <translation>ظاهری</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>جزئی</translation>
    </message>
    <message>
        <source>major</source>
        <translation>عمده</translation>
    </message>
    <message>
        <source>catastrophe</source>
        <translation>فاجعه‌بار</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>Frequency (95 % CI)</source>
        <translation>فراوانی (بازه اطمینان 95 %)</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>مشاهده‌ها</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>وظیفه‌ها</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <source>The study&apos;s problems, most impact first (share of participants × severity). Select several to merge them, or drag a problem onto another; drop observations on a problem to add them, below the list to make a new one; click a header to sort</source>
        <translation>مشکلات مطالعه، پراثرترین نخست (سهم شرکت‌کنندگان × شدت). چند مشکل را برگزینید تا ادغام شوند، یا مشکلی را روی دیگری بکشید؛ مشاهده‌ها را روی یک مشکل رها کنید تا به آن افزوده شوند، زیر فهرست تا مشکل تازه‌ای بسازند؛ برای مرتب‌سازی روی سرستون کلیک کنید</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>What participants ran into, with the session time. Select several (Ctrl or Shift + click) to make them one problem, or drag them onto a problem</source>
        <translation>آنچه شرکت‌کنندگان با آن روبه‌رو شدند، با زمان جلسه. چند مورد را برگزینید (Ctrl یا Shift + کلیک) تا یک مشکل شوند، یا آن‌ها را روی یک مشکل بکشید</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>شرکت‌کننده</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>مشاهده</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>مشاهده</translation>
    </message>
    <message>
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>critical incident</source>
        <translation>رخداد بحرانی</translation>
    </message>
    <message>
        <source>Problem × participant matrix</source>
        <translation>ماتریس مشکل × شرکت‌کننده</translation>
    </message>
    <message>
        <source>✓ where a participant met the problem at least once</source>
        <translation>✓ جایی که شرکت‌کننده دست‌کم یک بار با مشکل روبه‌رو شد</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Problems per participant</source>
        <translation>مشکلات هر شرکت‌کننده</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>اثر</translation>
    </message>
</context>
<context>
    <name>ProblemTags</name>
    <message>
        <source>Tags:</source>
        <translation>برچسب‌ها:</translation>
    </message>
    <message>
        <source>Tags for the selected rows</source>
        <translation>برچسب‌های ردیف‌های برگزیده</translation>
    </message>
    <message>
        <source>e.g. navigation, wording</source>
        <translation>مثلاً: پیمایش، واژه‌گزینی</translation>
    </message>
    <message>
        <source>Free tags, separated by commas, for the selected notes and observations. They are kept in the study&apos;s problem list (with an audit trail); the session journals are not changed</source>
        <translation>برچسب‌های آزاد، جداشده با ویرگول، برای یادداشت‌ها و مشاهده‌های برگزیده. در فهرست مشکلات مطالعه نگه داشته می‌شوند (با سابقه حسابرسی)؛ دفترهای جلسه تغییر نمی‌کنند</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>افزودن برچسب‌ها</translation>
    </message>
    <message>
        <source>Add these tags to the selected rows</source>
        <translation>این برچسب‌ها را به ردیف‌های برگزیده بیفزایید</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>حذف برچسب‌ها</translation>
    </message>
    <message>
        <source>Remove these tags from the selected rows</source>
        <translation>این برچسب‌ها را از ردیف‌های برگزیده بردارید</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مشکلات</translation>
    </message>
    <message>
        <source>Notes and observations</source>
        <translation>یادداشت‌ها و مشاهده‌ها</translation>
    </message>
    <message>
        <source>Tag counts</source>
        <translation>شمار برچسب‌ها</translation>
    </message>
    <message>
        <source>For each tag: the problems carrying it and the notes and observations tagged with it, over all tasks and then on each task (a problem counts on every task where it was met)</source>
        <translation>برای هر برچسب: مشکلاتی که آن را دارند و یادداشت‌ها و مشاهده‌هایی که با آن برچسب خورده‌اند، در همه وظیفه‌ها و سپس در هر وظیفه (یک مشکل در هر وظیفه‌ای که در آن دیده شد شمرده می‌شود)</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>همه وظیفه‌ها</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Severity &amp;scale:</source>
        <translation>مقیاس شدت:</translation>
    </message>
    <message>
        <source>Severity scale</source>
        <translation>مقیاس شدت</translation>
    </message>
    <message>
        <source>The documented scale the study rates severity on; changing it clears the ratings (the audit trail keeps them)</source>
        <translation>مقیاس مستندی که مطالعه شدت را با آن می‌سنجد؛ تغییر آن ارزیابی‌ها را پاک می‌کند (سابقه حسابرسی آن‌ها را نگه می‌دارد)</translation>
    </message>
    <message>
        <source>1–4, 1 = worst (Sauro &amp; Lewis; Lewis 2001)</source>
        <translation>1–4، 1 = بدترین (Sauro &amp; Lewis؛ Lewis 2001)</translation>
    </message>
    <message>
        <source>0–4, 4 = worst (Nielsen 1994)</source>
        <translation>0–4، 4 = بدترین (Nielsen 1994)</translation>
    </message>
    <message>
        <source>New prob&amp;lem from selection</source>
        <translation>مشکل تازه از موارد برگزیده</translation>
    </message>
    <message>
        <source>Make the selected observations one new problem</source>
        <translation>مشاهده‌های برگزیده را یک مشکل تازه کنید</translation>
    </message>
    <message>
        <source>&amp;Add to problem</source>
        <translation>افزودن به مشکل</translation>
    </message>
    <message>
        <source>Add the selected observations to the problem selected on the left</source>
        <translation>مشاهده‌های برگزیده را به مشکل برگزیده در فهرست بیفزایید</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>لغو پیوند</translation>
    </message>
    <message>
        <source>The selected observations no longer count for their problem</source>
        <translation>مشاهده‌های برگزیده دیگر برای مشکلشان شمرده نمی‌شوند</translation>
    </message>
    <message>
        <source>&amp;Merge problems</source>
        <translation>ادغام مشکلات</translation>
    </message>
    <message>
        <source>Fold the selected problems into the first one; the others are deleted (kept in the audit trail)</source>
        <translation>مشکلات برگزیده را در نخستین ادغام کنید؛ بقیه حذف می‌شوند (در سابقه حسابرسی می‌مانند)</translation>
    </message>
    <message>
        <source>Sort by &amp;impact</source>
        <translation>مرتب‌سازی بر پایه اثر</translation>
    </message>
    <message>
        <source>List the problems most impact first (share of participants × severity)</source>
        <translation>فهرست مشکلات با پراثرترین در آغاز (سهم شرکت‌کنندگان × شدت)</translation>
    </message>
    <message>
        <source>&amp;Delete problem</source>
        <translation>حذف مشکل</translation>
    </message>
    <message>
        <source>Delete the selected problem; its observations become unassigned</source>
        <translation>مشکل برگزیده را حذف کنید؛ مشاهده‌هایش بی‌مشکل می‌شوند</translation>
    </message>
    <message>
        <source>All observations</source>
        <translation>همه مشاهده‌ها</translation>
    </message>
    <message>
        <source>Not yet in a problem</source>
        <translation>هنوز در هیچ مشکلی نیست</translation>
    </message>
    <message>
        <source>Of the selected problem</source>
        <translation>مربوط به مشکل برگزیده</translation>
    </message>
    <message>
        <source>Show observations</source>
        <translation>نمایش مشاهده‌ها</translation>
    </message>
    <message>
        <source>Which observations to list</source>
        <translation>کدام مشاهده‌ها فهرست شوند</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>مشاهده‌ها</translation>
    </message>
    <message>
        <source>Severity × fre&amp;quency</source>
        <translation>شدت × فراوانی</translation>
    </message>
    <message>
        <source>Problem × participant matri&amp;x</source>
        <translation>ماتریس مشکل × شرکت‌کننده</translation>
    </message>
    <message>
        <source>Dis&amp;covery</source>
        <translation>کشف</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Open a study folder to collect its problems (a results spreadsheet has no observations).</source>
        <translation>برای گردآوری مشکلات، پوشه یک مطالعه را باز کنید (صفحه‌گسترده نتایج مشاهده‌ای ندارد).</translation>
    </message>
    <message>
        <source>No observations yet: press U during a session to log a problem.</source>
        <translation>هنوز مشاهده‌ای نیست: در جلسه U را بزنید تا مشکلی ثبت شود.</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>مشکل تازه</translation>
    </message>
    <message>
        <source>Delete the problem?</source>
        <translation>مشکل حذف شود؟</translation>
    </message>
    <message>
        <source>Delete problem {0}? Its observations become unassigned; the audit trail keeps the problem.</source>
        <translation>مشکل {0} حذف شود؟ مشاهده‌هایش بی‌مشکل می‌شوند؛ سابقه حسابرسی مشکل را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Change the severity scale?</source>
        <translation>مقیاس شدت تغییر کند؟</translation>
    </message>
    <message>
        <source>The same number means different things on the two scales, so every rating is cleared (the audit trail keeps the old ones). Change the scale?</source>
        <translation>یک عدد در دو مقیاس معنای متفاوتی دارد، پس همه ارزیابی‌ها پاک می‌شوند (سابقه حسابرسی قبلی‌ها را نگه می‌دارد). مقیاس تغییر کند؟</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>تغییر ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>Ease (SEQ) against completion, one point per task</source>
        <translation>سهولت (SEQ) در برابر تکمیل، یک نقطه برای هر وظیفه</translation>
    </message>
    <message>
        <source>78%: average task completion rate across many studies (Sauro 2011)</source>
        <translation>78%: میانگین نرخ تکمیل وظیفه در مطالعات بسیار (Sauro 2011)</translation>
    </message>
    <message>
        <source>5.5: average SEQ rating across many tasks (Sauro 2012)</source>
        <translation>5.5: میانگین امتیاز SEQ در وظیفه‌های بسیار (Sauro 2012)</translation>
    </message>
    <message>
        <source>average completion 78%</source>
        <translation>میانگین تکمیل 78%</translation>
    </message>
    <message>
        <source>average SEQ 5.5</source>
        <translation>میانگین SEQ 5.5</translation>
    </message>
    <message>
        <source>easy, completed</source>
        <translation>آسان، تکمیل‌شده</translation>
    </message>
    <message>
        <source>hard, not completed</source>
        <translation>دشوار، تکمیل‌نشده</translation>
    </message>
    <message>
        <source>{0}
Completion {1}, SEQ mean {2:.2f}</source>
        <translation>{0}
تکمیل {1}، میانگین SEQ {2:.2f}</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>نرخ تکمیل (%)</translation>
    </message>
    <message>
        <source>Mean SEQ rating (1–7)</source>
        <translation>میانگین امتیاز SEQ (1–7)</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Questions</source>
        <translation>پرسش‌ها</translation>
    </message>
    <message>
        <source>Typed: {0}… (next digit, or Enter)</source>
        <translation>تایپ‌شده: {0}… (رقم بعدی، یا Enter)</translation>
    </message>
    <message>
        <source>{0}: answer {1}</source>
        <translation>{0}: پاسخ {1}</translation>
    </message>
    <message>
        <source>Answer {0}</source>
        <translation>پاسخ {0}</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <source>{0}: declined to answer</source>
        <translation>{0}: بدون پاسخ</translation>
    </message>
    <message>
        <source>The participant chose not to answer (recorded as declined, not as missing)</source>
        <translation>شرکت‌کننده ترجیح داد پاسخ ندهد (به عنوان «بی‌پاسخ» ثبت می‌شود، نه داده گمشده)</translation>
    </message>
    <message>
        <source>Translation not validated</source>
        <translation>ترجمه اعتبارسنجی‌نشده</translation>
    </message>
    <message>
        <source>This wording is uxlab&apos;s own translation, not a published validated one; scores may not compare with published norms.</source>
        <translation>این عبارت ترجمه خود uxlab است، نه ترجمه اعتبارسنجی‌شده منتشرشده؛ ممکن است امتیازها با هنجارهای منتشرشده قابل مقایسه نباشند.</translation>
    </message>
    <message>
        <source>Validated translation</source>
        <translation>ترجمهٔ اعتباریابی‌شده</translation>
    </message>
    <message>
        <source>Which word best describes how you felt?</source>
        <translation>کدام واژه احساس شما را بهتر توصیف می‌کند؟</translation>
    </message>
    <message>
        <source>Feeling: {0}</source>
        <translation>احساس: {0}</translation>
    </message>
    <message>
        <source>Choose “{0}”</source>
        <translation>انتخاب «{0}»</translation>
    </message>
    <message>
        <source>Feeling word: declined to answer</source>
        <translation>واژه احساس: بدون پاسخ</translation>
    </message>
    <message>
        <source>The participant chose not to answer</source>
        <translation>شرکت‌کننده ترجیح داد پاسخ ندهد</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>After each task</source>
        <translation>پس از هر وظیفه</translation>
    </message>
    <message>
        <source>S&amp;EQ: how easy or difficult was the task (1–7)</source>
        <translation>SEQ: وظیفه چقدر آسان یا دشوار بود (1–7)</translation>
    </message>
    <message>
        <source>Ask the Single Ease Question after each task</source>
        <translation>پرسیدن پرسش تک‌سهولت (SEQ) پس از هر وظیفه</translation>
    </message>
    <message>
        <source>Single Ease Question, 7 points; compared with the 5.5 benchmark in results</source>
        <translation>پرسش تک‌سهولت، 7 درجه؛ در نتایج با معیار 5.5 مقایسه می‌شود</translation>
    </message>
    <message>
        <source>E&amp;xperience trio: success, effort and emotion as felt</source>
        <translation>سه‌گانه تجربه: موفقیت، تلاش و احساس از نگاه شرکت‌کننده</translation>
    </message>
    <message>
        <source>Ask the experience trio after each task</source>
        <translation>پرسیدن سه‌گانه تجربه پس از هر وظیفه</translation>
    </message>
    <message>
        <source>Three ratings: how successful, how much effort and how the participant felt</source>
        <translation>سه امتیاز: چقدر موفق، چقدر تلاش و شرکت‌کننده چه احساسی داشت</translation>
    </message>
    <message>
        <source>E&amp;motion words the participant may pick (one per line, leave empty to not ask):</source>
        <translation>واژه‌های احساسی که شرکت‌کننده می‌تواند انتخاب کند (هر خط یک واژه؛ برای نپرسیدن خالی بگذارید):</translation>
    </message>
    <message>
        <source>Q&amp;uestionnaires, asked in this order (tick to ask, drag to reorder):</source>
        <translation>پرسش‌نامه‌ها، به این ترتیب پرسیده می‌شوند (برای پرسیدن تیک بزنید، برای تغییر ترتیب بکشید):</translation>
    </message>
    <message>
        <source>Then the study&apos;s own rating items (kept as written in study.json):</source>
        <translation>سپس گویه‌های امتیازدهی خود مطالعه (همان‌طور که در study.json نوشته شده‌اند):</translation>
    </message>
    <message>
        <source>Emotion words</source>
        <translation>واژه‌های احساس</translation>
    </message>
    <message>
        <source>Words offered after each task to say how it felt, one per line</source>
        <translation>واژه‌هایی که پس از هر وظیفه برای بیان احساس پیشنهاد می‌شوند، هر خط یک واژه</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>پس از جلسه</translation>
    </message>
    <message>
        <source>Post-session questionnaires</source>
        <translation>پرسش‌نامه‌های پس از جلسه</translation>
    </message>
    <message>
        <source>Tick the questionnaires to ask after the last task; press Space to tick, drag to change their order</source>
        <translation>پرسش‌نامه‌هایی را که پس از آخرین وظیفه پرسیده می‌شوند تیک بزنید؛ برای تیک زدن Space را بزنید و برای تغییر ترتیب بکشید</translation>
    </message>
</context>
<context>
    <name>RecordingConsent</name>
    <message>
        <source>the screen</source>
        <translation>صفحه‌نمایش</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>دوربین</translation>
    </message>
    <message>
        <source>the microphone</source>
        <translation>میکروفون</translation>
    </message>
    <message>
        <source>This study records {0} during the session. Has the participant agreed to be recorded?

Nothing is recorded without their consent; the answer is kept in the session&apos;s journal.</source>
        <translation>این مطالعه در طول جلسه {0} را ضبط می‌کند. آیا شرکت‌کننده با ضبط موافقت کرده است؟

بدون رضایت او چیزی ضبط نمی‌شود؛ پاسخ در دفتر جلسه نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>رضایت برای ضبط</translation>
    </message>
</context>
<context>
    <name>RecordingFailure</name>
    <message>
        <source>the disk is full</source>
        <translation>دیسک پر است</translation>
    </message>
    <message>
        <source>the device is in use by another program</source>
        <translation>دستگاه در اختیار برنامهٔ دیگری است</translation>
    </message>
    <message>
        <source>the source delivered no frame</source>
        <translation>منبع هیچ فریمی نفرستاد</translation>
    </message>
    <message>
        <source>it did not start within 10 seconds</source>
        <translation>در ۱۰ ثانیه شروع نشد</translation>
    </message>
    <message>
        <source>the capture process stopped</source>
        <translation>فرایند ضبط متوقف شد</translation>
    </message>
    <message>
        <source>screen capture runs on Linux with X11 only for now</source>
        <translation>ضبط صفحه فعلاً فقط روی لینوکس با X11 کار می‌کند</translation>
    </message>
    <message>
        <source>{0} capture runs on Linux only for now</source>
        <translation>ضبط ({0}) فعلاً فقط روی لینوکس کار می‌کند</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>صفحه‌نمایش</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>دوربین</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>صدا</translation>
    </message>
    <message>
        <source>no such device or file ({0})</source>
        <translation>چنین دستگاه یا پرونده‌ای وجود ندارد ({0})</translation>
    </message>
    <message>
        <source>permission denied ({0})</source>
        <translation>اجازه داده نشد ({0})</translation>
    </message>
    <message>
        <source>cannot create {0}</source>
        <translation>ساختن {0} ممکن نیست</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>screen</source>
        <translation>صفحه‌نمایش</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>دوربین</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>میکروفون</translation>
    </message>
    <message>
        <source>● Recording: {0}</source>
        <translation>● در حال ضبط: {0}</translation>
    </message>
    <message>
        <source>(failed: {0})</source>
        <translation>(ناموفق: {0})</translation>
    </message>
    <message>
        <source>Recording is starting…</source>
        <translation>ضبط در حال آغاز است…</translation>
    </message>
    <message>
        <source>Not recording: the participant did not consent</source>
        <translation>ضبط نمی‌شود: شرکت‌کننده رضایت نداد</translation>
    </message>
    <message>
        <source>Recording failed: {0}. The session goes on; every event is still journaled.</source>
        <translation>ضبط ناموفق بود: {0}. جلسه ادامه دارد؛ همهٔ رویدادها همچنان در دفتر ثبت می‌شوند.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>علت نامعلوم</translation>
    </message>
</context>
<context>
    <name>ReviewExports</name>
    <message>
        <source>Export to Excel</source>
        <translation>صدور به Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کارپوشه Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>در حال نوشتن {0}…</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>گزارش HTML</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحه وب (*.html)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>در حال صدور</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>صدور لغو شد</translation>
    </message>
    <message>
        <source>Nothing was written; {0} is as it was.</source>
        <translation>چیزی نوشته نشد؛ {0} همان‌طور که بود باقی ماند.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>صدور ناموفق بود</translation>
    </message>
    <message>
        <source>{0} could not be written:
{1}</source>
        <translation>نوشتن {0} ممکن نشد:
{1}</translation>
    </message>
    <message>
        <source>The workbook {0} is written.</source>
        <translation>کارپوشه {0} نوشته شد.</translation>
    </message>
    <message>
        <source>It holds every participant: the &apos;Show&apos; filter applies to this window only.</source>
        <translation>همه شرکت‌کنندگان را در بر دارد: پالایه «نمایش» فقط روی همین پنجره اعمال می‌شود.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>صدور پایان یافت</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>باز کردن پوشه حاوی</translation>
    </message>
    <message>
        <source>Export charts to a folder</source>
        <translation>صدور نمودارها به یک پوشه</translation>
    </message>
    <message>
        <source>The charts were not saved</source>
        <translation>نمودارها ذخیره نشدند</translation>
    </message>
    <message>
        <source>Charts saved</source>
        <translation>نمودارها ذخیره شدند</translation>
    </message>
    <message>
        <source>{0} image(s) saved in {1}.</source>
        <translation>{0} تصویر در {1} ذخیره شد.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>باز کردن پوشه</translation>
    </message>
</context>
<context>
    <name>ReviewFormat</name>
    <message>
        <source>s</source>
        <translation>ثانیه</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>داده‌های گمشده</translation>
    </message>
</context>
<context>
    <name>ReviewNotices</name>
    <message>
        <source>⚠ {0} warning(s) while loading — click to hide</source>
        <translation>⚠ {0} هشدار هنگام بارگذاری — برای پنهان کردن کلیک کنید</translation>
    </message>
    <message>
        <source>⚠ {0} warning(s) while loading — click to show</source>
        <translation>⚠ {0} هشدار هنگام بارگذاری — برای نمایش کلیک کنید</translation>
    </message>
    <message>
        <source>Show or hide what was found while loading</source>
        <translation>نمایش یا پنهان کردن مواردی که هنگام بارگذاری پیدا شد</translation>
    </message>
    <message>
        <source>Loading warnings</source>
        <translation>هشدارهای بارگذاری</translation>
    </message>
    <message>
        <source>The results cannot be computed: {0}</source>
        <translation>محاسبه نتایج ممکن نیست: {0}</translation>
    </message>
    <message>
        <source>Open a study (File &gt; Open study) or a results spreadsheet to review its results.</source>
        <translation>یک مطالعه (پرونده &gt; باز کردن مطالعه) یا یک صفحه‌گسترده نتایج را باز کنید تا نتایجش را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>The exclusion was not saved</source>
        <translation>کنار گذاشتن ذخیره نشد</translation>
    </message>
    <message>
        <source>The benchmarks were not saved</source>
        <translation>معیارهای مرجع ذخیره نشدند</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>نتایج</translation>
    </message>
    <message>
        <source>Study summary</source>
        <translation>خلاصه مطالعه</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>وظیفه‌ها</translation>
    </message>
    <message>
        <source>Part&amp;icipants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>نمودارها</translation>
    </message>
    <message>
        <source>C&amp;omparison</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <source>One row per task; select a task to see its attempts</source>
        <translation>یک ردیف برای هر وظیفه؛ یک وظیفه را انتخاب کنید تا تلاش‌هایش را ببینید</translation>
    </message>
    <message>
        <source>Outcome of every task for every participant, questionnaire scores, exclusions</source>
        <translation>نتیجه هر وظیفه برای هر شرکت‌کننده، امتیاز پرسش‌نامه‌ها، موارد کنار گذاشته</translation>
    </message>
    <message>
        <source>Two groups side by side with significance tests</source>
        <translation>دو گروه کنار هم با آزمون‌های معناداری</translation>
    </message>
    <message>
        <source>Charts of the results</source>
        <translation>نمودارهای نتایج</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>P&amp;articipant:</source>
        <translation>شرکت‌کننده:</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>شرکت‌کننده</translation>
    </message>
    <message>
        <source>Pick a participant of the study or type a new id</source>
        <translation>یک شرکت‌کننده از مطالعه انتخاب کنید یا شناسه جدیدی بنویسید</translation>
    </message>
    <message>
        <source>Start or resume the session</source>
        <translation>شروع یا ادامه جلسه</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>پایان جلسه</translation>
    </message>
    <message>
        <source>Participant screen</source>
        <translation>صفحه شرکت‌کننده</translation>
    </message>
    <message>
        <source>Show the participant screen</source>
        <translation>نمایش صفحه شرکت‌کننده</translation>
    </message>
    <message>
        <source>Open the participant&apos;s window on the chosen screen (Ctrl+Shift+P)</source>
        <translation>باز کردن پنجره شرکت‌کننده روی نمایشگر انتخاب‌شده (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>روی</translation>
    </message>
    <message>
        <source>Screen for the participant window</source>
        <translation>نمایشگر پنجره شرکت‌کننده</translation>
    </message>
    <message>
        <source>Which monitor shows the participant&apos;s window</source>
        <translation>کدام نمایشگر پنجره شرکت‌کننده را نشان دهد</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>تمام‌صفحه</translation>
    </message>
    <message>
        <source>Participant window full screen</source>
        <translation>پنجره شرکت‌کننده تمام‌صفحه</translation>
    </message>
    <message>
        <source>Show the participant&apos;s window full screen</source>
        <translation>نمایش پنجره شرکت‌کننده به صورت تمام‌صفحه</translation>
    </message>
    <message>
        <source>Current task</source>
        <translation>وظیفه فعلی</translation>
    </message>
    <message>
        <source>Session console</source>
        <translation>کنسول جلسه</translation>
    </message>
    <message>
        <source>◀ Previous task</source>
        <translation>▶ وظیفه قبلی</translation>
    </message>
    <message>
        <source>Previous task</source>
        <translation>وظیفه قبلی</translation>
    </message>
    <message>
        <source>Run an earlier task of the order next (one not done yet); or click a task in the order</source>
        <translation>اجرای یک وظیفه قبلی در ترتیب (که هنوز انجام نشده) به عنوان وظیفه بعدی؛ یا روی یک وظیفه در ترتیب کلیک کنید</translation>
    </message>
    <message>
        <source>Next task ▶</source>
        <translation>وظیفه بعدی ◀</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>وظیفه بعدی</translation>
    </message>
    <message>
        <source>Run a later task of the order next; or click a task in the order</source>
        <translation>اجرای یک وظیفه بعدتر در ترتیب به عنوان وظیفه بعدی؛ یا روی یک وظیفه در ترتیب کلیک کنید</translation>
    </message>
    <message>
        <source>Success criteria (moderator only)</source>
        <translation>معیارهای موفقیت (فقط برای تسهیل‌گر)</translation>
    </message>
    <message>
        <source>Time on task (net, pauses excluded)</source>
        <translation>زمان انجام وظیفه (خالص، بدون توقف‌ها)</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>متن یادداشت</translation>
    </message>
    <message>
        <source>Enter saves the note with the time the key was pressed; Esc cancels</source>
        <translation>Enter یادداشت را با زمان فشردن کلید ذخیره می‌کند؛ Esc لغو می‌کند</translation>
    </message>
    <message>
        <source>Problem…</source>
        <translation>مشکل…</translation>
    </message>
    <message>
        <source>The typed value was dropped.</source>
        <translation>مقدار تایپ‌شده کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>Pick a feeling word with 1–{0} (or {1} if declined).</source>
        <translation>واژهٔ احساس را با ۱–{0} برگزینید (یا {1} اگر پاسخ نداد).</translation>
    </message>
    <message>
        <source>No question is waiting for an answer.</source>
        <translation>هیچ پرسشی در انتظار پاسخ نیست.</translation>
    </message>
    <message>
        <source>Usability problem</source>
        <translation>مشکل کاربردپذیری</translation>
    </message>
    <message>
        <source>{0} at {1} (session time):</source>
        <translation>{0} در {1} (زمان جلسه):</translation>
    </message>
    <message>
        <source>The session was not started.</source>
        <translation>جلسه آغاز نشد.</translation>
    </message>
    <message>
        <source>Events not saved</source>
        <translation>رویدادهای ذخیره‌نشده</translation>
    </message>
    <message>
        <source>{0} event(s) of this session are not on disk yet ({1}).</source>
        <translation>{0} رویداد از این جلسه هنوز روی دیسک نیست ({1}).</translation>
    </message>
    <message>
        <source>the disk refused them</source>
        <translation>دیسک آن‌ها را نپذیرفت</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>تلاش دوباره برای ذخیره</translation>
    </message>
    <message>
        <source>Save elsewhere…</source>
        <translation>ذخیره در جای دیگر…</translation>
    </message>
    <message>
        <source>Discard them and quit</source>
        <translation>کنار گذاشتن آن‌ها و خروج</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>جلسه‌ای در جریان است</translation>
    </message>
    <message>
        <source>The session with participant {0} is still running. Everything recorded is on disk; it can be resumed when uxlab opens this study again. Quit now?</source>
        <translation>جلسه با شرکت‌کنندهٔ {0} هنوز در جریان است. هرچه ثبت شده روی دیسک است؛ وقتی uxlab دوباره این مطالعه را باز کند می‌توان آن را از سر گرفت. اکنون خارج شوید؟</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Recordings not copied</source>
        <translation>ضبط‌ها کپی نشدند</translation>
    </message>
    <message>
        <source>The session is saved in {0} and goes on there. These recordings could not be copied beside it and stay where they were recorded:
{1}</source>
        <translation>جلسه در {0} ذخیره شد و همان‌جا ادامه می‌یابد. این ضبط‌ها را نشد کنار آن کپی کرد و همان‌جایی که ضبط شده‌اند می‌مانند:
{1}</translation>
    </message>
    <message>
        <source>Only one screen: the participant&apos;s window covers part of the console. Move it aside, or connect a second screen and pick it here.</source>
        <translation>فقط یک صفحه‌نمایش: پنجرهٔ شرکت‌کننده بخشی از کنسول را می‌پوشاند. آن را کنار بکشید، یا صفحه‌نمایش دومی وصل کنید و اینجا برگزینید.</translation>
    </message>
    <message>
        <source>The participant&apos;s window is beside the console, on the same screen. For a session, connect a second screen and pick it here.</source>
        <translation>پنجرهٔ شرکت‌کننده کنار کنسول، روی همان صفحه‌نمایش است. برای جلسه، صفحه‌نمایش دومی وصل کنید و اینجا برگزینید.</translation>
    </message>
    <message>
        <source>Save the session elsewhere</source>
        <translation>ذخیره جلسه در جای دیگر</translation>
    </message>
    <message>
        <source>Start task</source>
        <translation>شروع وظیفه</translation>
    </message>
    <message>
        <source>Start this participant&apos;s session (or resume it if it was interrupted). Key: Ctrl+Enter</source>
        <translation>شروع جلسه این شرکت‌کننده (یا ادامه آن اگر قطع شده بود). کلید: Ctrl+Enter</translation>
    </message>
    <message>
        <source>End the session after the last questionnaire. Key: Ctrl+Enter</source>
        <translation>پایان جلسه پس از آخرین پرسش‌نامه. کلید: Ctrl+Enter</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>توقف / ادامه</translation>
    </message>
    <message>
        <source>End task…</source>
        <translation>پایان وظیفه…</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>رد کردن وظیفه</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>تا حدی موفق</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>رهاشده</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>کمک</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>یادداشت…</translation>
    </message>
    <message>
        <source>Critical…</source>
        <translation>بحرانی…</translation>
    </message>
    <message>
        <source>Undo marker</source>
        <translation>واگرد نشانگر</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <source>{0} (key: {1})</source>
        <translation>{0} (کلید: {1})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>کلیدها:</translation>
    </message>
    <message>
        <source>Screen {0} ({1}×{2})</source>
        <translation>نمایشگر {0} ({1}×{2})</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (انجام شد)</translation>
    </message>
    <message>
        <source> (interrupted: resume)</source>
        <translation> (قطع شده: ادامه)</translation>
    </message>
    <message>
        <source>{0} is outside the scale {1}–{2}.</source>
        <translation>{0} خارج از مقیاس {1}–{2} است.</translation>
    </message>
    <message>
        <source>No session is open: pick a participant and start the session.</source>
        <translation>هیچ جلسه‌ای باز نیست: یک شرکت‌کننده انتخاب کنید و جلسه را شروع کنید.</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>رخداد بحرانی</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation>یک جلسه از قبل در حال اجراست.</translation>
    </message>
    <message>
        <source>Type or pick a participant id first.</source>
        <translation>اول شناسه یک شرکت‌کننده را بنویسید یا انتخاب کنید.</translation>
    </message>
    <message>
        <source>The session ends with Ctrl+Enter once every task and questionnaire is done (or use the End session button).</source>
        <translation>پس از انجام همه وظیفه‌ها و پرسش‌نامه‌ها، جلسه با Ctrl+Enter پایان می‌یابد (یا از دکمه «پایان جلسه» استفاده کنید).</translation>
    </message>
    <message>
        <source>Open a study folder first (File &gt; Open study).</source>
        <translation>اول پوشه یک مطالعه را باز کنید (پرونده &gt; باز کردن مطالعه).</translation>
    </message>
    <message>
        <source>The session cannot start</source>
        <translation>جلسه نمی‌تواند شروع شود</translation>
    </message>
    <message>
        <source>Session resumed. Everything recorded before the interruption is kept; the running task was paused: press {0} to resume it.</source>
        <translation>جلسه ادامه یافت. هرچه پیش از وقفه ثبت شده بود حفظ شده است؛ وظیفه در حال اجرا متوقف شد: برای ادامه آن {0} را بزنید.</translation>
    </message>
    <message>
        <source>some tasks were not done (they will count as not attempted)</source>
        <translation>برخی وظیفه‌ها انجام نشدند (به عنوان تلاش‌نشده حساب می‌شوند)</translation>
    </message>
    <message>
        <source>{0} question(s) are unanswered</source>
        <translation>{0} پرسش بی‌پاسخ مانده است</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>جلسه پایان یابد؟</translation>
    </message>
    <message>
        <source>{0}. Unanswered questions will be recorded as declined. End the session?</source>
        <translation>{0}. پرسش‌های بی‌پاسخ به عنوان «بی‌پاسخ» ثبت می‌شوند. جلسه پایان یابد؟</translation>
    </message>
    <message>
        <source>This event cannot be corrected.</source>
        <translation>این رویداد قابل اصلاح نیست.</translation>
    </message>
    <message>
        <source>All events are saved to disk again.</source>
        <translation>همه رویدادها دوباره روی دیسک ذخیره شدند.</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>هنوز ناموفق</translation>
    </message>
    <message>
        <source>uxlab journal (*.jsonl)</source>
        <translation>دفترچه uxlab (*.jsonl)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>The session is now recorded in {0}. Copy it into the study&apos;s sessions folder afterwards.</source>
        <translation>جلسه اکنون در {0} ثبت می‌شود. بعداً آن را در پوشه جلسه‌های مطالعه کپی کنید.</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>شروع جلسه</translation>
    </message>
    <message>
        <source>Participant {0}</source>
        <translation>شرکت‌کننده {0}</translation>
    </message>
    <message>
        <source>No session running. Pick a participant and press Start session (Ctrl+Enter).</source>
        <translation>جلسه‌ای در جریان نیست. شرکت‌کننده‌ای برگزینید و «آغاز جلسه» را بزنید (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>The clock is stopped: choose the outcome (1–4), or Esc if the task goes on.</source>
        <translation>زمان‌سنج متوقف است: نتیجه را برگزینید (۱–۴)، یا Esc اگر کار ادامه دارد.</translation>
    </message>
    <message>
        <source>Paused: press {0} to resume.</source>
        <translation>مکث: برای ادامه {0} را بزنید.</translation>
    </message>
    <message>
        <source>Task running: {0} error · {1} assist · {2} note · {3} end (choose outcome) · 1–4 end with an outcome.</source>
        <translation>کار در جریان: {0} خطا · {1} کمک · {2} یادداشت · {3} پایان (انتخاب نتیجه) · ۱–۴ پایان با نتیجه.</translation>
    </message>
    <message>
        <source>Waiting for the ratings of the last task: digits answer the first question, {0} = declined.</source>
        <translation>در انتظار امتیازهای آخرین کار: ارقام به نخستین پرسش پاسخ می‌دهند، {0} = بی‌پاسخ.</translation>
    </message>
    <message>
        <source>Next: “{0}”. Press {1} to start it.</source>
        <translation>بعدی: «{0}». برای آغاز آن {1} را بزنید.</translation>
    </message>
    <message>
        <source>End-of-session questionnaires: digits answer the first question, {0} = declined.</source>
        <translation>پرسشنامه‌های پایان جلسه: ارقام به نخستین پرسش پاسخ می‌دهند، {0} = بی‌پاسخ.</translation>
    </message>
    <message>
        <source>All tasks and questionnaires are done: press End session (Ctrl+Enter).</source>
        <translation>همهٔ کارها و پرسشنامه‌ها انجام شد: «پایان جلسه» را بزنید (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Session ended. Pick the next participant to start another session.</source>
        <translation>جلسه به پایان رسید. برای آغاز جلسهٔ دیگر، شرکت‌کنندهٔ بعدی را برگزینید.</translation>
    </message>
    <message>
        <source>No session running. Pick a participant and press Start session.</source>
        <translation>هیچ جلسه‌ای در حال اجرا نیست. یک شرکت‌کننده انتخاب کنید و «شروع جلسه» را بزنید.</translation>
    </message>
    <message>
        <source>Next: </source>
        <translation>بعدی: </translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>(نوشته نشده)</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>جلسه پایان یافت</translation>
    </message>
    <message>
        <source>After the task “{0}”: the participant answers on their screen, or enter the answers here (digit keys answer the first question; {1} = declined).</source>
        <translation>پس از وظیفه «{0}»: شرکت‌کننده روی صفحه خودش پاسخ می‌دهد، یا پاسخ‌ها را اینجا وارد کنید (کلیدهای عددی به پرسش اول پاسخ می‌دهند؛ {1} = بی‌پاسخ).</translation>
    </message>
    <message>
        <source>End of session: questionnaires ({0} item(s) left)</source>
        <translation>پایان جلسه: پرسش‌نامه‌ها ({0} گویه باقی مانده)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>توقف</translation>
    </message>
</context>
<context>
    <name>SeqChart</name>
    <message>
        <source>Ease rating (SEQ) by task</source>
        <translation>امتیاز سهولت (SEQ) به تفکیک وظیفه</translation>
    </message>
    <message>
        <source>{0}
SEQ mean {1:.2f} from {2} ratings
{3} CI {4:.2f} – {5:.2f}</source>
        <translation>{0}
میانگین SEQ {1:.2f} (تعداد امتیازها: {2})
بازه اطمینان {3}: {4:.2f} – {5:.2f}</translation>
    </message>
    <message>
        <source>Mean SEQ rating (1 = very difficult … 7 = very easy); whiskers: {0} confidence interval</source>
        <translation>میانگین امتیاز SEQ (1 = خیلی دشوار … 7 = خیلی آسان)؛ خطوط خطا: بازه اطمینان {0}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>That task has already been done.</source>
        <translation>آن وظیفه قبلاً انجام شده است.</translation>
    </message>
    <message>
        <source>No session is open: pick a participant and start the session.</source>
        <translation>هیچ جلسه‌ای باز نیست: یک شرکت‌کننده انتخاب کنید و جلسه را شروع کنید.</translation>
    </message>
    <message>
        <source>Record the ratings for the last task first (or mark them declined).</source>
        <translation>اول امتیازهای آخرین وظیفه را ثبت کنید (یا علامت بزنید که شرکت‌کننده از امتیازدهی صرف‌نظر کرد).</translation>
    </message>
    <message>
        <source>A task is already running: end it first.</source>
        <translation>یک وظیفه در حال اجراست: اول آن را تمام کنید.</translation>
    </message>
    <message>
        <source>Every task has been done.</source>
        <translation>همه وظیفه‌ها انجام شده‌اند.</translation>
    </message>
    <message>
        <source>No task is running.</source>
        <translation>هیچ وظیفه‌ای در حال اجرا نیست.</translation>
    </message>
    <message>
        <source>The task continues: its clock runs again.</source>
        <translation>کار ادامه دارد: زمان‌سنج آن دوباره کار می‌کند.</translation>
    </message>
    <message>
        <source>There is no task left to skip.</source>
        <translation>وظیفه‌ای برای رد کردن باقی نمانده است.</translation>
    </message>
    <message>
        <source>There is no marker to undo.</source>
        <translation>نشانگری برای واگرد وجود ندارد.</translation>
    </message>
    <message>
        <source>No task has been done yet.</source>
        <translation>هنوز هیچ وظیفه‌ای انجام نشده است.</translation>
    </message>
    <message>
        <source>A task is still running: end it first.</source>
        <translation>یک وظیفه هنوز در حال اجراست: اول آن را تمام کنید.</translation>
    </message>
</context>
<context>
    <name>SeverityFrequencyChart</name>
    <message>
        <source>Severity × frequency chart</source>
        <translation>نمودار شدت × فراوانی</translation>
    </message>
    <message>
        <source>Severity × frequency, as a table</source>
        <translation>شدت × فراوانی، به‌صورت جدول</translation>
    </message>
    <message>
        <source>The chart&apos;s data, most impact first; Enter selects the problem</source>
        <translation>داده‌های نمودار، پراثرترین نخست؛ Enter مشکل را برمی‌گزیند</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشکل</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>Frequency (95 % CI)</source>
        <translation>فراوانی (بازه اطمینان 95 %)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>اثر</translation>
    </message>
    <message>
        <source>Severity × frequency</source>
        <translation>شدت × فراوانی</translation>
    </message>
    <message>
        <source>Participants who met the problem (%)</source>
        <translation>شرکت‌کنندگانی که با مشکل روبه‌رو شدند (%)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ارزیابی‌نشده</translation>
    </message>
    <message>
        <source>{0}: {1}
Severity: {2}
Met by {3} of {4} participants: {5}% (95% CI {6}–{7}%)
Impact: {8}</source>
        <translation>{0}: {1}
شدت: {2}
{3} از {4} شرکت‌کننده با آن روبه‌رو شدند: {5}% (بازه اطمینان 95% {6}–{7}%)
اثر: {8}</translation>
    </message>
    <message>
        <source>No problems to chart yet.</source>
        <translation>هنوز مشکلی برای نمودار نیست.</translation>
    </message>
    <message>
        <source>{0} problems by share of participants (across) and severity (up). Most impact: {1} ({2}), met by {3} of {4} participants.</source>
        <translation>{0} مشکل بر پایه سهم شرکت‌کنندگان (افقی) و شدت (عمودی). پراثرترین: {1} ({2})، که {3} از {4} شرکت‌کننده با آن روبه‌رو شدند.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>{0} included, {1} excluded</source>
        <translation>{0} در تحلیل، {1} کنار گذاشته</translation>
    </message>
    <message>
        <source>Excluded participants are left out of every number</source>
        <translation>شرکت‌کنندگان کنار گذاشته در هیچ عددی حساب نمی‌شوند</translation>
    </message>
    <message>
        <source>{0} (n = {1})</source>
        <translation>{0} (n = {1})</translation>
    </message>
    <message>
        <source>{0}; SUS-equivalent {1} (n = {2})</source>
        <translation>{0}؛ معادل SUS {1} (n = {2})</translation>
    </message>
    <message>
        <source>{0} promoters, {1} passives, {2} detractors</source>
        <translation>{0} مروج، {1} خنثی، {2} منتقد</translation>
    </message>
    <message>
        <source>{0} top-2-box; mean {1} (n = {2})</source>
        <translation>{0} در دو گزینه بالا؛ میانگین {1} (n = {2})</translation>
    </message>
    <message>
        <source>{0}; {1} agree (n = {2})</source>
        <translation>{0}؛ {1} موافق (n = {2})</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>بدترین ممکن</translation>
    </message>
    <message>
        <source>Awful</source>
        <translation>افتضاح</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>ضعیف</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>قابل قبول</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>خوب</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>عالی</translation>
    </message>
    <message>
        <source>Best imaginable</source>
        <translation>بهترین ممکن</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <source>SUS mean</source>
        <translation>میانگین SUS</translation>
    </message>
    <message>
        <source>SUS grade</source>
        <translation>درجه SUS</translation>
    </message>
    <message>
        <source>SUS percentile</source>
        <translation>صدک SUS</translation>
    </message>
    <message>
        <source>SUS adjective</source>
        <translation>صفت SUS</translation>
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
        <translation>پاسخ‌های NPS</translation>
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
        <translation>امتیازهای SUS روی مقیاس درجه‌بندی</translation>
    </message>
    <message>
        <source>Mean {0:.1f} ({1})</source>
        <translation>میانگین {0:.1f} ({1})</translation>
    </message>
    <message>
        <source>Mean SUS {0:.1f} (grade {1}) from {2} participants
{3} CI {4:.1f} – {5:.1f}</source>
        <translation>میانگین SUS {0:.1f} (درجه {1}) (تعداد شرکت‌کنندگان: {2})
بازه اطمینان {3}: {4:.1f} – {5:.1f}</translation>
    </message>
    <message>
        <source>SUS {0:g} to under {1:g}: {2} participants</source>
        <translation>SUS از {0:g} تا کمتر از {1:g}: {2} شرکت‌کننده</translation>
    </message>
    <message>
        <source>Grade {0}: SUS {1:g} to {2:g}, {3} participants</source>
        <translation>درجه {0}: SUS از {1:g} تا {2:g}، {3} شرکت‌کننده</translation>
    </message>
    <message>
        <source>SUS score (0–100); grades: Sauro-Lewis curved grading scale</source>
        <translation>امتیاز SUS (0–100)؛ درجه‌ها: مقیاس درجه‌بندی منحنی Sauro-Lewis</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Tasks</source>
        <translation>وظیفه‌ها</translation>
    </message>
    <message>
        <source>The study&apos;s tasks. Drag a task, or press Alt+Up / Alt+Down, to reorder</source>
        <translation>وظیفه‌های مطالعه. برای تغییر ترتیب، یک وظیفه را بکشید یا Alt+Up / Alt+Down را بزنید</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Add a new task after the selected one</source>
        <translation>افزودن وظیفه جدید پس از وظیفه انتخاب‌شده</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>تکثیر</translation>
    </message>
    <message>
        <source>Copy the selected task, with a new id</source>
        <translation>کپی وظیفه انتخاب‌شده با شناسه جدید</translation>
    </message>
    <message>
        <source>Move the selected task one place up (Alt+Up)</source>
        <translation>انتقال وظیفه انتخاب‌شده یک جایگاه به بالا (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected task one place down (Alt+Down)</source>
        <translation>انتقال وظیفه انتخاب‌شده یک جایگاه به پایین (Alt+Down)</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>متن‌ها به زبان:</translation>
    </message>
    <message>
        <source>Task &amp;id:</source>
        <translation>شناسه وظیفه:</translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <source>Tar&amp;get time:</source>
        <translation>زمان هدف:</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>محدودیت زمانی:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove the selected task from the study (Delete)</source>
        <translation>حذف وظیفه انتخاب‌شده از مطالعه (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>انتقال به بالا</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>انتقال به پایین</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>سناریو:</translation>
    </message>
    <message>
        <source>Success criteria:</source>
        <translation>معیارهای موفقیت:</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>شرایط</translation>
    </message>
    <message>
        <source>Within-subjects studies: the condition (design, version, tool) this task is done under, e.g. old menu / new menu; the review then compares the conditions within participants (Compare by: condition). Leave empty otherwise</source>
        <translation>مطالعه‌های درون‌آزمودنی: شرایطی (طراحی، نسخه، ابزار) که این وظیفه در آن انجام می‌شود، مثلاً منوی قدیم / منوی جدید؛ سپس بازبینی شرایط را درون هر شرکت‌کننده مقایسه می‌کند (مقایسه بر اساس: شرایط). در غیر این صورت خالی بگذارید</translation>
    </message>
    <message>
        <source>Language of the title and scenario</source>
        <translation>زبان عنوان و سناریو</translation>
    </message>
    <message>
        <source>Tasks (in the order of a fixed stud&amp;y):</source>
        <translation>وظیفه‌ها (به ترتیب مطالعه با ترتیب ثابت):</translation>
    </message>
    <message>
        <source>The selected task</source>
        <translation>وظیفهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Journey stage:</source>
        <translation>مرحله سفر کاربر:</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>شرایط:</translation>
    </message>
    <message>
        <source>Which language&apos;s title and scenario you are editing</source>
        <translation>عنوان و سناریوی کدام زبان را ویرایش می‌کنید</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>شناسه وظیفه</translation>
    </message>
    <message>
        <source>A short unique id used in the data files (letters, digits, _ - .)</source>
        <translation>شناسه کوتاه و یکتا که در پرونده‌های داده به کار می‌رود (حروف، ارقام، _ - .)</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>عنوان وظیفه</translation>
    </message>
    <message>
        <source>A short name for the task, in the selected language</source>
        <translation>نامی کوتاه برای وظیفه، به زبان انتخاب‌شده</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>سناریو</translation>
    </message>
    <message>
        <source>What the participant reads: the task as a realistic scenario, in the selected language</source>
        <translation>آنچه شرکت‌کننده می‌خواند: وظیفه در قالب سناریویی واقع‌گرایانه، به زبان انتخاب‌شده</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>معیارهای موفقیت</translation>
    </message>
    <message>
        <source>What counts as success, for the moderator (not shown to participants)</source>
        <translation>آنچه موفقیت به حساب می‌آید، برای تسهیل‌گر (به شرکت‌کنندگان نشان داده نمی‌شود)</translation>
    </message>
    <message>
        <source>Target time in seconds</source>
        <translation>زمان هدف به ثانیه</translation>
    </message>
    <message>
        <source>The time an experienced user needs; leave at &apos;not set&apos; if there is none</source>
        <translation>زمانی که یک کاربر باتجربه نیاز دارد؛ اگر چنین زمانی نیست، روی «تعیین‌نشده» بگذارید</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>محدودیت زمانی به ثانیه</translation>
    </message>
    <message>
        <source>When the moderator is prompted to stop the task; at least the target time</source>
        <translation>زمانی که به تسهیل‌گر یادآوری می‌شود وظیفه را متوقف کند؛ دست‌کم برابر زمان هدف</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ثانیه</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>تعیین‌نشده</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>مرحله سفر کاربر</translation>
    </message>
    <message>
        <source>The step of the user journey this task belongs to (e.g. signup, pay); results can be grouped by stage</source>
        <translation>گامی از سفر کاربر که این وظیفه به آن تعلق دارد (مثلاً ثبت‌نام، پرداخت)؛ نتایج را می‌توان بر اساس مرحله گروه‌بندی کرد</translation>
    </message>
    <message>
        <source>The study has no tasks yet. Press Add to write the first one.</source>
        <translation>مطالعه هنوز وظیفه‌ای ندارد. برای نوشتن اولین وظیفه «افزودن» را بزنید.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) recorded this task under the id &apos;{0}&apos;. With a new id, those results no longer belong to it (they stay on disk). Put back &apos;{0}&apos; to keep them together.</source>
        <translation>
            <numerusform>این وظیفه در %n جلسه با شناسه «{0}» ثبت شده است. با شناسه جدید، آن نتایج دیگر به این وظیفه تعلق ندارند (روی دیسک می‌مانند). برای نگه داشتن آن‌ها کنار هم، «{0}» را برگردانید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) recorded this task: keep its id so the results stay together.</source>
        <translation>
            <numerusform>این وظیفه در %n جلسه ثبت شده است: شناسه‌اش را نگه دارید تا نتایج کنار هم بمانند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) recorded the task &apos;{0}&apos;. Their results stay on disk, but the study will no longer list the task, so results leave it out. Remove it?</source>
        <translation>
            <numerusform>وظیفه «{0}» در %n جلسه ثبت شده است. نتایج روی دیسک می‌ماند، اما مطالعه دیگر این وظیفه را فهرست نمی‌کند و نتایج آن را کنار می‌گذارند. حذف شود؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written in {0} yet: participants reading {0} will see the text shown in grey (the study language&apos;s).</source>
        <translation>هنوز به زبان {0} نوشته نشده است: شرکت‌کنندگانی که به {0} می‌خوانند متن خاکستری (متن زبان مطالعه) را خواهند دید.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>وظیفه جدید</translation>
    </message>
    <message>
        <source>Remove a recorded task?</source>
        <translation>وظیفه ثبت‌شده حذف شود؟</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Time, successful</source>
        <translation>زمان، موفق‌ها</translation>
    </message>
    <message>
        <source>Time, all attempts</source>
        <translation>زمان، همه تلاش‌ها</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>تلاش‌ها</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>تکمیل</translation>
    </message>
    <message>
        <source>SEQ (1–7)</source>
        <translation>SEQ (1–7)</translation>
    </message>
    <message>
        <source>Success net</source>
        <translation>خالص موفقیت</translation>
    </message>
    <message>
        <source>Effort net</source>
        <translation>خالص تلاش</translation>
    </message>
    <message>
        <source>Emotion net</source>
        <translation>خالص احساس</translation>
    </message>
    <message>
        <source>Errors (mean)</source>
        <translation>خطاها (میانگین)</translation>
    </message>
    <message>
        <source>Assists (mean)</source>
        <translation>کمک‌ها (میانگین)</translation>
    </message>
    <message>
        <source>The task&apos;s title, in study order</source>
        <translation>عنوان وظیفه، به ترتیب مطالعه</translation>
    </message>
    <message>
        <source>Time on task of successful attempts: geometric mean with its interval</source>
        <translation>زمان انجام وظیفه در تلاش‌های موفق: میانگین هندسی با بازه آن</translation>
    </message>
    <message>
        <source>Time on task of all attempts (failed and abandoned too): geometric mean with its interval</source>
        <translation>زمان انجام وظیفه در همه تلاش‌ها (ناموفق و رهاشده هم): میانگین هندسی با بازه آن</translation>
    </message>
    <message>
        <source>Errors marked by the moderator per attempt (mean)</source>
        <translation>خطاهای علامت‌گذاری‌شده توسط تسهیل‌گر در هر تلاش (میانگین)</translation>
    </message>
    <message>
        <source>Assists given by the moderator per attempt (mean)</source>
        <translation>کمک‌های تسهیل‌گر در هر تلاش (میانگین)</translation>
    </message>
    <message>
        <source>{0} attempts: {1} successes, {2} partial, {3} skipped (not attempts), {4} interrupted</source>
        <translation>{0} تلاش: {1} موفق، {2} تا حدی موفق، {3} ردشده (تلاش حساب نمی‌شوند)، {4} قطع‌شده</translation>
    </message>
    <message>
        <source>Task id: {0}</source>
        <translation>شناسه وظیفه: {0}</translation>
    </message>
    <message>
        <source>Stage: {0}</source>
        <translation>مرحله: {0}</translation>
    </message>
    <message>
        <source>Target time: {0}</source>
        <translation>زمان هدف: {0}</translation>
    </message>
    <message>
        <source>n = {0}; median {1}; arithmetic mean {2}; SD {3}</source>
        <translation>n = {0}؛ میانه {1}؛ میانگین حسابی {2}؛ انحراف معیار {3}</translation>
    </message>
    <message>
        <source>{0} of {1} attempts successful</source>
        <translation>{0} از {1} تلاش موفق</translation>
    </message>
    <message>
        <source>n = {0}</source>
        <translation>n = {0}</translation>
    </message>
    <message>
        <source>n = {0}; mean {1} on 1–7</source>
        <translation>n = {0}؛ میانگین {1} در 1–7</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Select a task above to see its attempts.</source>
        <translation>یک وظیفه را در بالا انتخاب کنید تا تلاش‌هایش را ببینید.</translation>
    </message>
    <message>
        <source>Attempts at “{0}” ({1})</source>
        <translation>تلاش‌ها برای «{0}» ({1})</translation>
    </message>
    <message>
        <source>Select an attempt to see its events and notes.</source>
        <translation>یک تلاش را انتخاب کنید تا رویدادها و یادداشت‌هایش را ببینید.</translation>
    </message>
    <message>
        <source>Events of {0} in “{1}” (time since the session started)</source>
        <translation>رویدادهای {0} در «{1}» (زمان از شروع جلسه)</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>یادداشت‌ها: {0}</translation>
    </message>
    <message>
        <source>Time on task: successful &amp;attempts only</source>
        <translation>زمان انجام وظیفه: فقط تلاش‌های موفق</translation>
    </message>
    <message>
        <source>Checked: time on task of successful attempts (the usual report). Unchecked: all attempts, including failed and abandoned ones</source>
        <translation>تیک‌خورده: زمان انجام وظیفه در تلاش‌های موفق (گزارش معمول). بدون تیک: همه تلاش‌ها، از جمله ناموفق و رهاشده</translation>
    </message>
    <message>
        <source>Time on task of successful attempts only</source>
        <translation>زمان انجام وظیفه فقط برای تلاش‌های موفق</translation>
    </message>
    <message>
        <source>Task results</source>
        <translation>نتایج وظیفه‌ها</translation>
    </message>
    <message>
        <source>Select a task to see its attempts below</source>
        <translation>یک وظیفه را انتخاب کنید تا تلاش‌هایش را در پایین ببینید</translation>
    </message>
    <message>
        <source>Attempts at the selected task</source>
        <translation>تلاش‌ها برای وظیفه انتخاب‌شده</translation>
    </message>
    <message>
        <source>Select an attempt to see its events and notes</source>
        <translation>یک تلاش را انتخاب کنید تا رویدادها و یادداشت‌هایش را ببینید</translation>
    </message>
    <message>
        <source>Events of the selected attempt</source>
        <translation>رویدادهای تلاش انتخاب‌شده</translation>
    </message>
    <message>
        <source>Everything recorded during the attempt, in order</source>
        <translation>هرچه در طول تلاش ثبت شده، به ترتیب</translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>Time on task</source>
        <translation>زمان انجام وظیفه</translation>
    </message>
    <message>
        <source>Logarithmic time axis</source>
        <translation>محور زمان لگاریتمی</translation>
    </message>
    <message>
        <source>Show times on a log scale: task times are skewed, and a log axis shows fast and slow attempts with the same detail.</source>
        <translation>نمایش زمان‌ها روی مقیاس لگاریتمی: زمان‌های وظیفه چوله‌اند و محور لگاریتمی تلاش‌های سریع و کُند را با جزئیات یکسان نشان می‌دهد.</translation>
    </message>
    <message>
        <source>{0}
{1}: {2}, {3}</source>
        <translation>{0}
{1}: {2}، {3}</translation>
    </message>
    <message>
        <source>Time on task (s)</source>
        <translation>زمان انجام وظیفه (ثانیه)</translation>
    </message>
    <message>
        <source>Time on task (s, logarithmic scale)</source>
        <translation>زمان انجام وظیفه (ثانیه، مقیاس لگاریتمی)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>وظیفه</translation>
    </message>
    <message>
        <source>Geometric mean, successful attempts ({0} CI)</source>
        <translation>میانگین هندسی تلاش‌های موفق (بازه اطمینان {0})</translation>
    </message>
    <message>
        <source>{0}
Geometric mean of {1} successful attempts: {2}
{3} CI {4} – {5}; median {6}</source>
        <translation>{0}
میانگین هندسی {1} تلاش موفق: {2}
بازه اطمینان {3}: {4} – {5}؛ میانه {6}</translation>
    </message>
    <message>
        <source>Target {0}</source>
        <translation>هدف {0}</translation>
    </message>
    <message>
        <source>Target time</source>
        <translation>زمان هدف</translation>
    </message>
    <message>
        <source>{0}
Target time {1}</source>
        <translation>{0}
زمان هدف {1}</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>تا حدی موفق</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>رهاشده</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Session timeline</source>
        <translation>خط زمانی جلسه‌ها</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <source>Timeline page</source>
        <translation>صفحه خط زمانی</translation>
    </message>
    <message>
        <source>The timeline shows {0} participants at a time so that it stays fast with large studies; choose which group of participants to show.</source>
        <translation>خط زمانی هر بار {0} شرکت‌کننده را نشان می‌دهد تا در مطالعه‌های بزرگ سریع بماند؛ انتخاب کنید کدام دسته از شرکت‌کنندگان نمایش داده شود.</translation>
    </message>
    <message>
        <source>participants {0}–{1} of {2}</source>
        <translation>شرکت‌کنندگان {0}–{1} از {2}</translation>
    </message>
    <message>
        <source>Session time (min)</source>
        <translation>زمان جلسه (دقیقه)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>شرکت‌کننده</translation>
    </message>
    <message>
        <source>{0} · {1}
{2}, {3} – {4} ({5} including pauses)</source>
        <translation>{0} · {1}
{2}، {3} – {4} ({5} با احتساب توقف‌ها)</translation>
    </message>
    <message>
        <source>{0} · {1} at {2} ({3})</source>
        <translation>{0} · {1} در {2} ({3})</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>تا حدی موفق</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>رهاشده</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>کمک</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>رخداد بحرانی</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Net time on task</source>
        <translation>زمان خالص انجام وظیفه</translation>
    </message>
    <message>
        <source>Net time on task: pauses excluded</source>
        <translation>زمان خالص انجام وظیفه: بدون توقف‌ها</translation>
    </message>
    <message>
        <source>Gross time on task (pauses included)</source>
        <translation>زمان ناخالص وظیفه (با احتساب مکث‌ها)</translation>
    </message>
    <message>
        <source>Net time on task: {0}</source>
        <translation>زمان خالص وظیفه: {0}</translation>
    </message>
    <message>
        <source>Task started: {0}. Its clock is running.</source>
        <translation>وظیفه آغاز شد: {0}. زمان‌سنج آن در حال کار است.</translation>
    </message>
    <message>
        <source>Paused at {0}.</source>
        <translation>مکث در {0}.</translation>
    </message>
    <message>
        <source>Resumed at {0}.</source>
        <translation>ادامه از {0}.</translation>
    </message>
    <message>
        <source>The task goes on at {0}.</source>
        <translation>وظیفه از {0} ادامه می‌یابد.</translation>
    </message>
    <message>
        <source>Time on task: {0}.</source>
        <translation>زمان صرف‌شده برای وظیفه: {0}.</translation>
    </message>
    <message>
        <source>Time limit passed.</source>
        <translation>از محدودیت زمانی گذشت.</translation>
    </message>
    <message>
        <source>Target time passed.</source>
        <translation>از زمان هدف گذشت.</translation>
    </message>
    <message>
        <source>Task ended: {0}, net time {1}.</source>
        <translation>وظیفه پایان یافت: {0}، زمان خالص {1}.</translation>
    </message>
    <message>
        <source>‖ PAUSED: the task&apos;s clock is stopped</source>
        <translation>‖ مکث: زمان‌سنج کار متوقف است</translation>
    </message>
    <message>
        <source>■ CLOCK STOPPED: choose the outcome</source>
        <translation>■ زمان‌سنج متوقف شد: نتیجه را برگزینید</translation>
    </message>
    <message>
        <source>last task: gross {0} · {1}</source>
        <translation>آخرین وظیفه: کل {0} · {1}</translation>
    </message>
    <message>
        <source>gross {0} (pauses included)</source>
        <translation>ناخالص {0} (با احتساب مکث‌ها)</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>هدف {0}</translation>
    </message>
    <message>
        <source>target passed</source>
        <translation>از هدف گذشت</translation>
    </message>
    <message>
        <source>limit {0}</source>
        <translation>حد {0}</translation>
    </message>
    <message>
        <source>LIMIT PASSED</source>
        <translation>از حد گذشت</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong inside uxlab. Everything recorded so far is saved. Details were written to {0}; please report them.</source>
        <translation>خطایی درون uxlab رخ داد. هرچه تاکنون ثبت شده، ذخیره شده است. جزئیات در {0} نوشته شد؛ لطفاً آن را گزارش کنید.</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Start next task</source>
        <translation>شروع وظیفه بعدی</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>توقف / ادامه</translation>
    </message>
    <message>
        <source>End task (choose outcome)</source>
        <translation>پایان وظیفه (انتخاب نتیجه)</translation>
    </message>
    <message>
        <source>Outcome: success</source>
        <translation>نتیجه: موفق</translation>
    </message>
    <message>
        <source>Outcome: partial success</source>
        <translation>نتیجه: تا حدی موفق</translation>
    </message>
    <message>
        <source>Outcome: fail</source>
        <translation>نتیجه: ناموفق</translation>
    </message>
    <message>
        <source>Outcome: abandoned (gave up)</source>
        <translation>نتیجه: رهاشده (شرکت‌کننده منصرف شد)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>کمک تسهیل‌گر</translation>
    </message>
    <message>
        <source>Note (timestamped at the key press)</source>
        <translation>یادداشت (با زمان فشردن کلید)</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>رخداد بحرانی</translation>
    </message>
    <message>
        <source>Usability problem observed (with a short text)</source>
        <translation>مشکل کاربردپذیری مشاهده‌شده (با متنی کوتاه)</translation>
    </message>
    <message>
        <source>Undo last marker</source>
        <translation>واگرد آخرین نشانگر</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>رد کردن وظیفه</translation>
    </message>
    <message>
        <source>Rating declined</source>
        <translation>امتیازدهی نکرد</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>success</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>partial success</source>
        <translation>تا حدی موفق</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>رهاشده</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ردشده</translation>
    </message>
</context>
</TS>
