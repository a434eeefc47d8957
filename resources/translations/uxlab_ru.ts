<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AttemptPlayer</name>
    <message>
        <source>Recording of the attempt</source>
        <translation>Запись попытки</translation>
    </message>
    <message>
        <source>Space or K: play or pause; Left or J, Right or L: 5 seconds back or forward</source>
        <translation>Пробел или K: воспроизведение или пауза; Влево или J, Вправо или L: на 5 секунд назад или вперёд</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 с</translation>
    </message>
    <message>
        <source>5 seconds back (Left or J)</source>
        <translation>На 5 секунд назад (Влево или J)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 с</translation>
    </message>
    <message>
        <source>5 seconds forward (Right or L)</source>
        <translation>На 5 секунд вперёд (Вправо или L)</translation>
    </message>
    <message>
        <source>5 seconds back</source>
        <translation>На 5 секунд назад</translation>
    </message>
    <message>
        <source>5 seconds forward</source>
        <translation>На 5 секунд вперёд</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Воспроизведение или пауза</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>Playback speed, from half to twice the real speed</source>
        <translation>Скорость воспроизведения: от половины до удвоенной реальной скорости</translation>
    </message>
    <message>
        <source>Delete this participant&apos;s recordings</source>
        <translation>Удалить записи этого участника</translation>
    </message>
    <message>
        <source>{0}×</source>
        <translation>{0}×</translation>
    </message>
    <message>
        <source>The attempt&apos;s events: click one to see it; Page Up / Page Down: previous / next event</source>
        <translation>События попытки: щёлкните по событию, чтобы увидеть его; Page Up / Page Down: предыдущее / следующее событие</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>Шкала событий</translation>
    </message>
    <message>
        <source>Delete this participant&apos;s recordings…</source>
        <translation>Удалить записи этого участника…</translation>
    </message>
    <message>
        <source>On the participant&apos;s request: removes their video and sound files; the session&apos;s events and notes stay</source>
        <translation>По просьбе участника: удаляет его видео- и аудиофайлы; события и заметки сеанса остаются</translation>
    </message>
    <message>
        <source>Select an attempt to see its recording.</source>
        <translation>Выберите попытку, чтобы увидеть её запись.</translation>
    </message>
    <message>
        <source>Recording of {0} in “{1}”</source>
        <translation>Запись {0} в «{1}»</translation>
    </message>
    <message>
        <source>This attempt was recorded ({0}), but video cannot be played here: {1}. Fix: install PySide6-Addons of the same version as PySide6, and on Linux the PulseAudio client library (libpulse0).</source>
        <translation>Эта попытка записана ({0}), но видео здесь не воспроизводится: {1}. Решение: установите PySide6-Addons той же версии, что и PySide6, а в Linux — клиентскую библиотеку PulseAudio (libpulse0).</translation>
    </message>
    <message>
        <source>No recording for this attempt</source>
        <translation>Для этой попытки нет записи</translation>
    </message>
    <message>
        <source>{0}: a results file holds no recordings.</source>
        <translation>{0}: файл результатов не содержит записей.</translation>
    </message>
    <message>
        <source>{0}: this attempt is not in the study&apos;s sessions.</source>
        <translation>{0}: этой попытки нет в сеансах исследования.</translation>
    </message>
    <message>
        <source>{0}: the participant&apos;s recordings were deleted on request ({1}).</source>
        <translation>{0}: записи участника удалены по его просьбе ({1}).</translation>
    </message>
    <message>
        <source>{0}: the participant did not consent to recording.</source>
        <translation>{0}: участник не дал согласия на запись.</translation>
    </message>
    <message>
        <source>{0}: the session was not recorded.</source>
        <translation>{0}: сеанс не записывался.</translation>
    </message>
    <message>
        <source>{0}: nothing was recording while it ran (the recording failed: {1}).</source>
        <translation>{0}: во время неё ничего не записывалось (запись прервалась: {1}).</translation>
    </message>
    <message>
        <source>{0}: nothing was recording while it ran.</source>
        <translation>{0}: во время неё ничего не записывалось.</translation>
    </message>
    <message>
        <source>{0}: the file {1} is missing. Fix: put it back in the study&apos;s sessions folder.</source>
        <translation>{0}: файл {1} отсутствует. Решение: верните его в папку сеансов исследования.</translation>
    </message>
    <message>
        <source>critical incident</source>
        <translation>критический инцидент</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>assist</source>
        <translation>подсказка</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>problem observation</source>
        <translation>наблюдение проблемы</translation>
    </message>
    <message>
        <source>task started</source>
        <translation>задание начато</translation>
    </message>
    <message>
        <source>task ended</source>
        <translation>задание завершено</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>пауза</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>продолжено</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>часы остановлены</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>Attempt video</source>
        <translation>Видео попытки</translation>
    </message>
    <message>
        <source>The recording cannot be played: {0} ({1})</source>
        <translation>Запись не воспроизводится: {0} ({1})</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Play / pause (Space or K)</source>
        <translation>Воспроизведение / пауза (Пробел или K)</translation>
    </message>
    <message>
        <source>Delete recordings</source>
        <translation>Удаление записей</translation>
    </message>
    <message>
        <source>Delete every video and sound file of {0}? This cannot be undone. The session&apos;s events, times and notes are kept, and the deletion is recorded in the study&apos;s sessions folder.</source>
        <translation>Удалить все видео- и аудиофайлы {0}? Это нельзя отменить. События, время и заметки сеанса сохраняются, а удаление записывается в папку сеансов исследования.</translation>
    </message>
    <message>
        <source>The recordings were not deleted: {0}</source>
        <translation>Записи не удалены: {0}</translation>
    </message>
    <message>
        <source>Some files could not be deleted: {0}</source>
        <translation>Некоторые файлы не удалось удалить: {0}</translation>
    </message>
</context>
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Attributes recorded for &amp;each participant (the one named &quot;group&quot; lists the groups to compare):</source>
        <translation>А&amp;трибуты, записываемые для каждого участника (атрибут с именем &quot;group&quot; перечисляет сравниваемые группы):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Choices (separated by commas; empty = free text)</source>
        <translation>Варианты (через запятую; пусто = свободный текст)</translation>
    </message>
    <message>
        <source>Participant attributes</source>
        <translation>Атрибуты участников</translation>
    </message>
    <message>
        <source>Each attribute: a short name used in the data, the label people read, and the allowed values</source>
        <translation>Каждый атрибут: короткое имя в данных, подпись для людей и допустимые значения</translation>
    </message>
    <message>
        <source>&amp;Add attribute</source>
        <translation>Добав&amp;ить атрибут</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Добавить атрибут</translation>
    </message>
    <message>
        <source>Record one more attribute for each participant (e.g. age band)</source>
        <translation>Записывать ещё один атрибут для каждого участника (например, возрастную группу)</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Удалить атрибут</translation>
    </message>
    <message>
        <source>Stop recording the selected attribute (values already entered stay with the participants)</source>
        <translation>Больше не записывать выбранный атрибут (уже введённые значения остаются у участников)</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>Новый атрибут</translation>
    </message>
</context>
<context>
    <name>Benchmarks</name>
    <message>
        <source>{what}: no data to compare with the {target} benchmark</source>
        <translation>{what}: нет данных для сравнения с ориентиром {target}</translation>
    </message>
    <message>
        <source>{what}: every value is the same ({shown}; no variation), so no test applies; it is {side} {target} in these data</source>
        <translation>{what}: все значения одинаковы ({shown}; разброса нет), поэтому тест не применим; в этих данных результат {side} {target}</translation>
    </message>
    <message>
        <source>{what}: not enough data to test against {target} (n = {n})</source>
        <translation>{what}: недостаточно данных для проверки относительно {target} (n = {n})</translation>
    </message>
    <message>
        <source>{what} {shown} is {side} {target} with {conf} ({test})</source>
        <translation>{what} {shown}: {side} {target} с уверенностью {conf} ({test})</translation>
    </message>
    <message>
        <source>{what} {shown}: not shown to be {side} {target} (only {conf}; {test})</source>
        <translation>{what} {shown}: не доказано, что {side} {target} (лишь {conf}; {test})</translation>
    </message>
    <message>
        <source>above</source>
        <translation>выше</translation>
    </message>
    <message>
        <source>below</source>
        <translation>ниже</translation>
    </message>
    <message>
        <source>faster than</source>
        <translation>быстрее, чем</translation>
    </message>
    <message>
        <source>slower than</source>
        <translation>медленнее, чем</translation>
    </message>
    <message>
        <source>{c} confidence</source>
        <translation>{c}</translation>
    </message>
    <message>
        <source>more than {c} confidence</source>
        <translation>более {c}</translation>
    </message>
    <message>
        <source>less than {c} confidence</source>
        <translation>менее {c}</translation>
    </message>
    <message>
        <source>{task}: completion</source>
        <translation>{task}: успех</translation>
    </message>
    <message>
        <source>{task}: SEQ</source>
        <translation>{task}: SEQ</translation>
    </message>
    <message>
        <source>{task}: time</source>
        <translation>{task}: время</translation>
    </message>
    <message>
        <source>mean {v}</source>
        <translation>среднее {v}</translation>
    </message>
    <message>
        <source>geometric mean {v}</source>
        <translation>среднее геометрическое {v}</translation>
    </message>
    <message>
        <source>the {t} target</source>
        <translation>целевого времени {t}</translation>
    </message>
    <message>
        <source>{t} (SUS-equivalent; UMUX-Lite {raw})</source>
        <translation>{t} (эквивалент SUS; UMUX-Lite {raw})</translation>
    </message>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>exact binomial test, one-sided (mid-p)</source>
        <translation>точный биномиальный критерий, односторонний (mid-p)</translation>
    </message>
    <message>
        <source>one-sample t-test, one-sided</source>
        <translation>одновыборочный t-критерий, односторонний</translation>
    </message>
    <message>
        <source>one-sample t-test on log times, one-sided</source>
        <translation>одновыборочный t-критерий для логарифмов времени, односторонний</translation>
    </message>
    <message>
        <source>one-sample z-test (adjusted-Wald SE), one-sided</source>
        <translation>одновыборочный z-критерий (СО по скорректированному Вальду), односторонний</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Доля выполнения</translation>
    </message>
    <message>
        <source>SEQ (mean)</source>
        <translation>SEQ (среднее)</translation>
    </message>
    <message>
        <source>Time vs target (geometric mean)</source>
        <translation>Время относительно цели (среднее геометрическое)</translation>
    </message>
    <message>
        <source>SUS (mean)</source>
        <translation>SUS (среднее)</translation>
    </message>
    <message>
        <source>UMUX-Lite (mean)</source>
        <translation>UMUX-Lite (среднее)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Эталон</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Наблюдаемое</translation>
    </message>
    <message>
        <source>p (one-sided)</source>
        <translation>p (одностороннее)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Уверенность</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>The benchmark or target the result is tested against</source>
        <translation>Эталон или цель, с которой сравнивается результат</translation>
    </message>
    <message>
        <source>One-sided p-value that the result is better than the benchmark (completion: exact binomial mid-p; means: one-sample t; times: t on log times)</source>
        <translation>Одностороннее p-значение того, что результат лучше эталона (выполнение: точный биномиальный mid-p; средние: одновыборочный t; время: t по логарифмам времени)</translation>
    </message>
    <message>
        <source>1 − p: how confident one can be that the result is better than the benchmark</source>
        <translation>1 − p: насколько можно быть уверенным, что результат лучше эталона</translation>
    </message>
    <message>
        <source>Plain-language reading of the test</source>
        <translation>Вывод теста простыми словами</translation>
    </message>
</context>
<context>
    <name>BenchmarksDialog</name>
    <message>
        <source>Benchmarks</source>
        <translation>Ориентиры</translation>
    </message>
    <message>
        <source>Each result is tested one-sided against its benchmark. The values are saved in the study file; the defaults are the averages published by Sauro and Lewis (completion 78 %, SEQ 5.5, SUS 68).</source>
        <translation>Каждый результат проверяется односторонним тестом относительно ориентира. Значения сохраняются в файле исследования; по умолчанию это средние, опубликованные Сауро и Льюисом (успех 78 %, SEQ 5,5, SUS 68).</translation>
    </message>
    <message>
        <source>Completion rate (%):</source>
        <translation>Доля успеха (%):</translation>
    </message>
    <message>
        <source>SEQ mean:</source>
        <translation>Среднее SEQ:</translation>
    </message>
    <message>
        <source>SUS mean:</source>
        <translation>Среднее SUS:</translation>
    </message>
    <message>
        <source>UMUX-Lite (SUS-equivalent):</source>
        <translation>UMUX-Lite (эквивалент SUS):</translation>
    </message>
    <message>
        <source>NPS:</source>
        <translation>NPS:</translation>
    </message>
    <message>
        <source>Test the NPS against a benchmark</source>
        <translation>Проверять NPS относительно ориентира</translation>
    </message>
</context>
<context>
    <name>ChartBase</name>
    <message>
        <source>No data to show.</source>
        <translation>Нет данных для показа.</translation>
    </message>
    <message>
        <source>Chart data, {0} rows:</source>
        <translation>Данные диаграммы, строк: {0}:</translation>
    </message>
    <message>
        <source>…and {0} more rows: use “Show data as table”.</source>
        <translation>…и ещё строк: {0}; используйте «Показать данные таблицей».</translation>
    </message>
    <message>
        <source>Show data as table</source>
        <translation>Показать данные таблицей</translation>
    </message>
    <message>
        <source>Show the data of the chart as a table</source>
        <translation>Показать данные диаграммы в виде таблицы</translation>
    </message>
    <message>
        <source>The numbers of every bar, point and band of this chart in a table, for the keyboard and screen readers</source>
        <translation>Числа каждого столбца, точки и полосы этой диаграммы в таблице — для клавиатуры и программ экранного доступа</translation>
    </message>
</context>
<context>
    <name>ChartTableDialog</name>
    <message>
        <source>Data of the chart: {0}</source>
        <translation>Данные диаграммы: {0}</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Значения</translation>
    </message>
    <message>
        <source>One row per bar, point or band of the chart, with the numbers its tooltip shows</source>
        <translation>По строке на каждый столбец, точку или полосу диаграммы, с числами из её подсказки</translation>
    </message>
    <message>
        <source>Close the table</source>
        <translation>Закрыть таблицу</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>The charts cannot be drawn: {0}</source>
        <translation>Не удаётся построить графики: {0}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Completion</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>Time on task</source>
        <translation>Время выполнения</translation>
    </message>
    <message>
        <source>Ease (SEQ)</source>
        <translation>Лёгкость (SEQ)</translation>
    </message>
    <message>
        <source>Ease vs completion</source>
        <translation>Лёгкость и выполнение</translation>
    </message>
    <message>
        <source>SUS</source>
        <translation>SUS</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Путь</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Results charts</source>
        <translation>Графики результатов</translation>
    </message>
    <message>
        <source>Charts of the study results; hover a bar or point for its numbers.</source>
        <translation>Графики результатов исследования; наведите указатель на столбец или точку, чтобы увидеть числа.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разность</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>Value in group {0} (n in the tooltip)</source>
        <translation>Значение в группе {0} (n — во всплывающей подсказке)</translation>
    </message>
    <message>
        <source>How large the difference is: {0} − {1} with its confidence interval (completion in percentage points, ratings in scale points, Hedges&apos; g in the tooltip), or the ratio {0} / {1} of geometric mean times</source>
        <translation>Величина различия: {0} − {1} с доверительным интервалом (выполнение в процентных пунктах, оценки в баллах шкалы, g Хеджеса во всплывающей подсказке) или отношение {0} / {1} средних геометрических времени</translation>
    </message>
    <message>
        <source>Two-sided p-value; a difference is called reliable when p is below 1 − confidence</source>
        <translation>Двустороннее p-значение; различие считается надёжным, если p меньше 1 − уровень доверия</translation>
    </message>
    <message>
        <source>Plain-language reading of the test</source>
        <translation>Пояснение к тесту простым языком</translation>
    </message>
    <message>
        <source>Hedges&apos; g = {0}</source>
        <translation>g Хеджеса = {0}</translation>
    </message>
    <message>
        <source>g = {0}</source>
        <translation>g = {0}</translation>
    </message>
    <message>
        <source>{0}, Holm-adjusted</source>
        <translation>{0}, с поправкой Холма</translation>
    </message>
    <message>
        <source>N-1 two-proportion test</source>
        <translation>N-1 тест для двух долей</translation>
    </message>
    <message>
        <source>Fisher exact test</source>
        <translation>точный тест Фишера</translation>
    </message>
    <message>
        <source>Welch t-test</source>
        <translation>t-тест Уэлча</translation>
    </message>
    <message>
        <source>Welch t-test on log times</source>
        <translation>t-тест Уэлча по логарифмам времени</translation>
    </message>
    <message>
        <source>Wilcoxon signed-rank test</source>
        <translation>критерий знаковых рангов Уилкоксона</translation>
    </message>
    <message>
        <source>McNemar exact test (mid-p)</source>
        <translation>точный тест Макнемара (mid-p)</translation>
    </message>
    <message>
        <source>paired t-test</source>
        <translation>парный t-тест</translation>
    </message>
    <message>
        <source>paired t-test on log times</source>
        <translation>парный t-тест по логарифмам времени</translation>
    </message>
    <message>
        <source>paired t-test on each participant&apos;s mean log time</source>
        <translation>парный t-тест по среднему логарифму времени каждого участника</translation>
    </message>
    <message>
        <source>No difference: every value is {0} in both {1} and {2} (no variation, so no test)</source>
        <translation>Разницы нет: все значения равны {0} и в {1}, и в {2} (нет разброса, поэтому без теста)</translation>
    </message>
    <message>
        <source>Every value in {0} is {1} and every value in {2} is {3}: with no variation within the groups the difference is exact for these data and no test applies</source>
        <translation>Все значения в {0} равны {1}, все значения в {2} равны {3}: без разброса внутри групп разница для этих данных точная, и тест не применяется</translation>
    </message>
    <message>
        <source>Not enough data to compare ({0}: n = {1}, {2}: n = {3})</source>
        <translation>Недостаточно данных для сравнения ({0}: n = {1}, {2}: n = {3})</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Fisher exact test: {0}</source>
        <translation>Точный тест Фишера: {0}</translation>
    </message>
    <message>
        <source>check: {0} {1}</source>
        <translation>проверка: {0} {1}</translation>
    </message>
    <message>
        <source>No reliable difference ({0} {1} vs {2} {3}), {4}</source>
        <translation>Надёжной разницы нет ({0} {1} против {2} {3}), {4}</translation>
    </message>
    <message>
        <source>{0} faster ({1} vs {2}), {3}</source>
        <translation>{0} быстрее ({1} против {2}), {3}</translation>
    </message>
    <message>
        <source>{0} higher ({1} vs {2}), {3}</source>
        <translation>{0} выше ({1} против {2}), {3}</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Доля успеха</translation>
    </message>
    <message>
        <source>Time, successful (geometric mean)</source>
        <translation>Время, успешные попытки (среднее геометрическое)</translation>
    </message>
    <message>
        <source>SEQ mean</source>
        <translation>Среднее SEQ</translation>
    </message>
    <message>
        <source>(all tasks)</source>
        <translation>(все задания)</translation>
    </message>
    <message>
        <source>Time per participant, successful (geometric mean)</source>
        <translation>Время на участника, успешные попытки (среднее геометрическое)</translation>
    </message>
    <message>
        <source>SUS mean</source>
        <translation>Среднее SUS</translation>
    </message>
    <message>
        <source>UMUX-Lite mean</source>
        <translation>Среднее UMUX-Lite</translation>
    </message>
    <message>
        <source>(study)</source>
        <translation>(исследование)</translation>
    </message>
</context>
<context>
    <name>ComparisonMany</name>
    <message>
        <source>chi-square test of independence</source>
        <translation>критерий хи-квадрат независимости</translation>
    </message>
    <message>
        <source>Fisher-Freeman-Halton exact test</source>
        <translation>точный тест Фишера — Фримена — Холтона</translation>
    </message>
    <message>
        <source>Welch&apos;s ANOVA</source>
        <translation>дисперсионный анализ Уэлча</translation>
    </message>
    <message>
        <source>Welch&apos;s ANOVA on log times</source>
        <translation>дисперсионный анализ Уэлча по логарифмам времени</translation>
    </message>
    <message>
        <source>Cochran&apos;s Q test</source>
        <translation>Q-критерий Кокрена</translation>
    </message>
    <message>
        <source>Friedman test</source>
        <translation>критерий Фридмана</translation>
    </message>
    <message>
        <source>Friedman test on log times</source>
        <translation>критерий Фридмана по логарифмам времени</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Доля успеха</translation>
    </message>
    <message>
        <source>Time, successful (geometric mean)</source>
        <translation>Время, успешные попытки (среднее геометрическое)</translation>
    </message>
    <message>
        <source>SEQ mean</source>
        <translation>Среднее SEQ</translation>
    </message>
    <message>
        <source>SUS mean</source>
        <translation>Среднее SUS</translation>
    </message>
    <message>
        <source>UMUX-Lite mean</source>
        <translation>Среднее UMUX-Lite</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>доле успеха</translation>
    </message>
    <message>
        <source>time on task</source>
        <translation>времени на задание</translation>
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
        <translation>Задание</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Первая</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Вторая</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разность</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Тест</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Пояснение</translation>
    </message>
    <message>
        <source>p (pairs: Holm)</source>
        <translation>p (пары: Холм)</translation>
    </message>
    <message>
        <source>All groups (the omnibus test), or the two groups of a pair</source>
        <translation>Все группы (общий тест) или две группы пары</translation>
    </message>
    <message>
        <source>Value in the first group of the pair (n in the tooltip)</source>
        <translation>Значение в первой группе пары (n во всплывающей подсказке)</translation>
    </message>
    <message>
        <source>Value in the second group of the pair (n in the tooltip)</source>
        <translation>Значение во второй группе пары (n во всплывающей подсказке)</translation>
    </message>
    <message>
        <source>Omnibus rows: the test statistic and its degrees of freedom. Pairs: first − second with its confidence interval (completion in percentage points, ratings in scale points, Hedges&apos; g in the tooltip), or the ratio first / second of geometric mean times</source>
        <translation>Строки общего теста: статистика теста и её степени свободы. Пары: первая − вторая с доверительным интервалом (успех в процентных пунктах, оценки в пунктах шкалы, g Хеджеса во всплывающей подсказке) или отношение первая / вторая средних геометрических времени</translation>
    </message>
    <message>
        <source>Omnibus rows: p of the test across all groups. Pairs: p adjusted with Holm&apos;s step-down rule within the measure (the unadjusted p in the tooltip)</source>
        <translation>Строки общего теста: p теста по всем группам. Пары: p с нисходящей поправкой Холма внутри показателя (нескорректированное p во всплывающей подсказке)</translation>
    </message>
    <message>
        <source>Plain-language reading of the test</source>
        <translation>Пояснение к тесту простым языком</translation>
    </message>
    <message>
        <source>χ²({0}) = {1}</source>
        <translation>χ²({0}) = {1}</translation>
    </message>
    <message>
        <source>F({0}, {1}) = {2}</source>
        <translation>F({0}; {1}) = {2}</translation>
    </message>
    <message>
        <source>No variation in {0} within the groups, so no test</source>
        <translation>Нет разброса по {0} внутри групп, поэтому теста нет</translation>
    </message>
    <message>
        <source>Not enough data for a test of {0} across the {1} groups</source>
        <translation>Недостаточно данных для теста по {0} между {1} группами</translation>
    </message>
    <message>
        <source>Reliable difference in {0} between the {1} groups, {2} ({3})</source>
        <translation>Надёжная разница по {0} между {1} группами, {2} ({3})</translation>
    </message>
    <message>
        <source>No reliable difference in {0} between the {1} groups, {2} ({3})</source>
        <translation>Надёжной разницы по {0} между {1} группами нет, {2} ({3})</translation>
    </message>
    <message>
        <source>No variation in {0} within the conditions, so no test</source>
        <translation>Нет разброса по {0} внутри условий, поэтому теста нет</translation>
    </message>
    <message>
        <source>Not enough data for a test of {0} across the {1} conditions</source>
        <translation>Недостаточно данных для теста по {0} между {1} условиями</translation>
    </message>
    <message>
        <source>Reliable difference in {0} between the {1} conditions, {2} ({3})</source>
        <translation>Надёжная разница по {0} между {1} условиями, {2} ({3})</translation>
    </message>
    <message>
        <source>No reliable difference in {0} between the {1} conditions, {2} ({3})</source>
        <translation>Надёжной разницы по {0} между {1} условиями нет, {2} ({3})</translation>
    </message>
    <message>
        <source>Chi-square test: {0} (not used: an expected count is below 5)</source>
        <translation>Критерий хи-квадрат: {0} (не используется: ожидаемая частота меньше 5)</translation>
    </message>
    <message>
        <source>all {0} groups</source>
        <translation>все {0} группы</translation>
    </message>
    <message>
        <source>all {0} conditions</source>
        <translation>все {0} условия</translation>
    </message>
    <message>
        <source>Unadjusted: {0}</source>
        <translation>Без поправки: {0}</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>(study)</source>
        <translation>(исследование)</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Change the benchmarks the results are tested against; they are saved in the study file</source>
        <translation>Изменить ориентиры, относительно которых проверяются результаты; они сохраняются в файле исследования</translation>
    </message>
    <message>
        <source>A results spreadsheet has no study file to save benchmarks in; use uxlab analyze --benchmark on the command line instead</source>
        <translation>У таблицы результатов нет файла исследования для сохранения ориентиров; используйте uxlab analyze --benchmark в командной строке</translation>
    </message>
    <message>
        <source>Benchmarks (one-sided tests; highlighted rows are better than their benchmark at {0} % confidence): completion 78 %, SEQ 5.5, SUS and UMUX-Lite 68, each task&apos;s target time, or the study&apos;s own benchmarks.</source>
        <translation>Эталоны (односторонние тесты; выделенные строки лучше своего эталона с уверенностью {0} %): выполнение 78 %, SEQ 5,5, SUS и UMUX-Lite 68, целевое время каждого задания или собственные эталоны исследования.</translation>
    </message>
    <message>
        <source>Choose a group or attribute in &apos;Compare by&apos; to compare two groups side by side with significance tests.</source>
        <translation>Выберите группу или атрибут в «Сравнить по», чтобы сравнить две группы рядом, с тестами значимости.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has {1} value(s); a comparison needs two groups.</source>
        <translation>У «{0}» значений: {1}; для сравнения нужны две группы.</translation>
    </message>
    <message>
        <source>Choose two different groups to compare.</source>
        <translation>Выберите две разные группы для сравнения.</translation>
    </message>
    <message>
        <source>{0} vs {1} (by {2}), {3} % confidence; highlighted rows differ reliably. The p-value and test of each row are those of the reading.</source>
        <translation>{0} против {1} (по {2}), доверие {3} %; выделенные строки различаются надёжно. p-значение и тест в каждой строке — те, что указаны в пояснении.</translation>
    </message>
    <message>
        <source>Design: within-subjects ({0} participants with data under both conditions), so the tests are paired.</source>
        <translation>План: внутрисубъектный ({0} участников с данными в обоих условиях), поэтому тесты парные.</translation>
    </message>
    <message>
        <source>Design: mixed ({0} participants with data under both conditions are compared paired).</source>
        <translation>План: смешанный ({0} участников с данными в обоих условиях сравниваются попарно).</translation>
    </message>
    <message>
        <source>Design: between-subjects (independent groups).</source>
        <translation>План: межсубъектный (независимые группы).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has {1} values: choose the two groups to compare next to &apos;Compare by&apos;.</source>
        <translation>У «{0}» значений: {1}; выберите две группы для сравнения рядом с «Сравнить по».</translation>
    </message>
    <message>
        <source>{0} groups by {1} ({2}), {3} % confidence. For each measure, a test across all groups, then every pair of groups with p adjusted by Holm&apos;s method; highlighted rows differ reliably.</source>
        <translation>{0} групп(ы) по {1} ({2}), доверие {3} %. Для каждого показателя — тест по всем группам, затем каждая пара групп с p, скорректированным по Холму; выделенные строки различаются надёжно.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{0} attempt(s) with no value in &apos;{1}&apos; are left out of the comparison.</source>
        <translation>Попыток без значения «{1}» не включено в сравнение: {0}.</translation>
    </message>
    <message>
        <source>{0} participant(s) with no value in &apos;{1}&apos; are left out of the comparison.</source>
        <translation>Участников без значения «{1}» не включено в сравнение: {0}.</translation>
    </message>
    <message>
        <source>E&amp;dit benchmarks…</source>
        <translation>Из&amp;менить ориентиры…</translation>
    </message>
    <message>
        <source>Edit the study&apos;s benchmarks</source>
        <translation>Изменить ориентиры исследования</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Эталоны</translation>
    </message>
    <message>
        <source>Each result tested one-sided against its benchmark or target; highlighted rows are better than it</source>
        <translation>Каждый результат проверяется односторонне против своего эталона или цели; выделенные строки лучше него</translation>
    </message>
    <message>
        <source>Group comparison</source>
        <translation>Сравнение групп</translation>
    </message>
    <message>
        <source>Highlighted rows: reliable difference at the chosen confidence level</source>
        <translation>Выделенные строки: надёжное различие при выбранном уровне доверия</translation>
    </message>
</context>
<context>
    <name>CompletionChart</name>
    <message>
        <source>Completion rate by task</source>
        <translation>Доля успеха по заданиям</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Все участники</translation>
    </message>
    <message>
        <source>{0}
{1}: {2} completed ({3} attempts)
{4} CI {5} – {6}</source>
        <translation>{0}
{1}: выполнено {2} (попыток: {3})
{4} ДИ: {5} – {6}</translation>
    </message>
    <message>
        <source>Completion rate (%); whiskers: {0} confidence interval</source>
        <translation>Доля успеха (%); усы — {0} доверительный интервал</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Tit&amp;le:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Описан&amp;ие:</translation>
    </message>
    <message>
        <source>Study lan&amp;guage:</source>
        <translation>&amp;Язык исследования:</translation>
    </message>
    <message>
        <source>Scenario lang&amp;uages:</source>
        <translation>Язы&amp;ки сценариев:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Участник:</translation>
    </message>
    <message>
        <source>Study title</source>
        <translation>Название исследования</translation>
    </message>
    <message>
        <source>The study&apos;s name, shown in the window title and in reports</source>
        <translation>Название исследования: показывается в заголовке окна и в отчётах</translation>
    </message>
    <message>
        <source>Study description</source>
        <translation>Описание исследования</translation>
    </message>
    <message>
        <source>What the study is about, for the team (participants do not see it)</source>
        <translation>О чём исследование — для команды (участники этого не видят)</translation>
    </message>
    <message>
        <source>Study language</source>
        <translation>Язык исследования</translation>
    </message>
    <message>
        <source>The language texts are written in when no other language is given (a language code such as en, fr, ar)</source>
        <translation>Язык текстов, если другой язык не указан (код языка, например en, fr, ar)</translation>
    </message>
    <message>
        <source>Scenario languages</source>
        <translation>Языки сценариев</translation>
    </message>
    <message>
        <source>Every language the scenarios are written in, as codes separated by commas, e.g. en, fr</source>
        <translation>Все языки, на которых написаны сценарии, — коды через запятую, например en, fr</translation>
    </message>
    <message>
        <source>e.g. en, fr</source>
        <translation>например en, fr</translation>
    </message>
    <message>
        <source>The participant may end a task themselves</source>
        <translation>Участник может сам завершить задание</translation>
    </message>
    <message>
        <source>Participant can end a task</source>
        <translation>Участник может завершить задание</translation>
    </message>
    <message>
        <source>Show the participant a button to say they are done with the task</source>
        <translation>Показать участнику кнопку, чтобы он мог сообщить, что закончил задание</translation>
    </message>
    <message>
        <source>R&amp;ecording:</source>
        <translation>З&amp;апись:</translation>
    </message>
    <message>
        <source>Off: record no media</source>
        <translation>Выключено: ничего не записывать</translation>
    </message>
    <message>
        <source>The participant&apos;s screen only</source>
        <translation>Только экран участника</translation>
    </message>
    <message>
        <source>Screen, camera and microphone</source>
        <translation>Экран, камера и микрофон</translation>
    </message>
    <message>
        <source>Session recording</source>
        <translation>Запись сеансов</translation>
    </message>
    <message>
        <source>What each session records, after the participant&apos;s consent is asked and journaled</source>
        <translation>Что записывается в каждом сеансе после того, как согласие участника запрошено и занесено в журнал</translation>
    </message>
</context>
<context>
    <name>DiscoveryCurve</name>
    <message>
        <source>Discovery curve</source>
        <translation>Кривая обнаружения</translation>
    </message>
    <message>
        <source>Expected share of the problems found with n participants: 1 − (1 − p)ⁿ</source>
        <translation>Ожидаемая доля найденных проблем при n участниках: 1 − (1 − p)ⁿ</translation>
    </message>
    <message>
        <source>Discovery estimates</source>
        <translation>Оценки обнаружения</translation>
    </message>
    <message>
        <source>Problem discovery</source>
        <translation>Обнаружение проблем</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Share of problems found (%)</source>
        <translation>Доля найденных проблем (%)</translation>
    </message>
    <message>
        <source>No problems yet: link observations to problems to estimate discovery.</source>
        <translation>Проблем пока нет: свяжите наблюдения с проблемами, чтобы оценить обнаружение.</translation>
    </message>
    <message>
        <source>adjusted p (Lewis 2001)</source>
        <translation>скорректированное p (Lewis 2001)</translation>
    </message>
    <message>
        <source>observed p</source>
        <translation>наблюдаемое p</translation>
    </message>
    <message>
        <source>{0}: {1} participants</source>
        <translation>{0}: участников — {1}</translation>
    </message>
    <message>
        <source>{0} participants, {1} problems ({2} seen once). Observed p = {3}, adjusted p = {4}. Share found so far ≈ {5}; estimated problems in all ≈ {6}. To find: {7}.</source>
        <translation>Участников: {0}, проблем: {1} (один раз встречено: {2}). Наблюдаемое p = {3}, скорректированное p = {4}. Найдено пока ≈ {5}; всего проблем по оценке ≈ {6}. Чтобы найти: {7}.</translation>
    </message>
</context>
<context>
    <name>DiskBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>Try again to write the events kept in memory</source>
        <translation>Снова попытаться записать события, хранящиеся в памяти</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>Повторить сохранение</translation>
    </message>
    <message>
        <source>Save elsewhere…</source>
        <translation>Сохранить в другом месте…</translation>
    </message>
    <message>
        <source>Write the whole session to another folder or drive and keep recording there</source>
        <translation>Записать всю сессию в другую папку или на другой диск и продолжить запись там</translation>
    </message>
    <message>
        <source>Save the session elsewhere</source>
        <translation>Сохранить сессию в другом месте</translation>
    </message>
    <message>
        <source>{0} event(s) are NOT on disk yet: {1}
They are kept in memory and retried every few seconds. Nothing recorded before is damaged.</source>
        <translation>Событий, ещё НЕ записанных на диск: {0}: {1}
Они хранятся в памяти, запись повторяется каждые несколько секунд. Ничего из записанного ранее не повреждено.</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Net time</source>
        <translation>Чистое время</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Assists</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Успех</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Усилие</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Эмоция</translation>
    </message>
    <message>
        <source>Emotion word</source>
        <translation>Слово-эмоция</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Participant id (greyed: excluded from the analysis)</source>
        <translation>Идентификатор участника (серым: исключён из анализа)</translation>
    </message>
    <message>
        <source>How the task ended</source>
        <translation>Чем закончилось задание</translation>
    </message>
    <message>
        <source>Time on task without pauses</source>
        <translation>Время выполнения без пауз</translation>
    </message>
    <message>
        <source>Errors marked during the attempt</source>
        <translation>Ошибки, отмеченные во время попытки</translation>
    </message>
    <message>
        <source>Assists given during the attempt</source>
        <translation>Подсказки, данные во время попытки</translation>
    </message>
    <message>
        <source>Single Ease Question, 1–7</source>
        <translation>Вопрос о лёгкости (SEQ), 1–7</translation>
    </message>
    <message>
        <source>Experience rating: success, 1–7</source>
        <translation>Оценка впечатлений: успех, 1–7</translation>
    </message>
    <message>
        <source>Experience rating: effort, 1–7</source>
        <translation>Оценка впечатлений: усилие, 1–7</translation>
    </message>
    <message>
        <source>Experience rating: emotion, 1–7</source>
        <translation>Оценка впечатлений: эмоция, 1–7</translation>
    </message>
    <message>
        <source>Word chosen for the emotion</source>
        <translation>Слово, выбранное для эмоции</translation>
    </message>
    <message>
        <source>The moderator&apos;s notes on the attempt</source>
        <translation>Заметки модератора о попытке</translation>
    </message>
    <message>
        <source>gross {0}, paused {1}</source>
        <translation>всего {0}, на паузе {1}</translation>
    </message>
    <message>
        <source>excluded from the analysis</source>
        <translation>исключён из анализа</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>task started</source>
        <translation>задание начато</translation>
    </message>
    <message>
        <source>task ended</source>
        <translation>задание завершено</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>пауза</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>продолжено</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>отметка</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>оценка</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>session started</source>
        <translation>сессия начата</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>сессия завершена</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>assist</source>
        <translation>подсказка</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>critical incident</source>
        <translation>критический инцидент</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>без ответа</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(отменено)</translation>
    </message>
</context>
<context>
    <name>EditEventDialog</name>
    <message>
        <source>Correct event {0}</source>
        <translation>Исправить событие {0}</translation>
    </message>
    <message>
        <source>Marker kind</source>
        <translation>Тип отметки</translation>
    </message>
    <message>
        <source>Error, assist, note or critical incident</source>
        <translation>Ошибка, подсказка, заметка или критический инцидент</translation>
    </message>
    <message>
        <source>Marker text</source>
        <translation>Текст отметки</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>The task&apos;s outcome</source>
        <translation>Исход задания</translation>
    </message>
    <message>
        <source>Answer value</source>
        <translation>Значение ответа</translation>
    </message>
    <message>
        <source>The value on the item&apos;s scale</source>
        <translation>Значение по шкале вопроса</translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation>Отказ от ответа</translation>
    </message>
    <message>
        <source>The participant chose not to answer</source>
        <translation>Участник решил не отвечать</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Session time</source>
        <translation>Время сеанса</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Time since the session started (pauses included), at the key press or click</source>
        <translation>Время с начала сеанса (включая паузы) в момент нажатия клавиши или щелчка</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Журнал событий</translation>
    </message>
    <message>
        <source>Everything recorded in this session. Select an event and press F2 (or double-click) to correct it; the correction is recorded as a new event.</source>
        <translation>Всё, что записано в этой сессии. Выберите событие и нажмите F2 (или дважды щёлкните), чтобы исправить его; исправление записывается как новое событие.</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>Сессия начата</translation>
    </message>
    <message>
        <source>Session resumed after an interruption</source>
        <translation>Сессия продолжена после прерывания</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Сессия завершена</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>Задание начато</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Продолжено</translation>
    </message>
    <message>
        <source>Task ended</source>
        <translation>Задание завершено</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Часы остановлены</translation>
    </message>
    <message>
        <source>Task goes on</source>
        <translation>Задание продолжается</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Исправление</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Критический инцидент</translation>
    </message>
    <message>
        <source>Usability problem</source>
        <translation>Проблема удобства</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>Согласие на запись</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Запись начата</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Запись остановлена</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>Сбой записи</translation>
    </message>
    <message>
        <source>(undone) {0}</source>
        <translation>(отменено) {0}</translation>
    </message>
    <message>
        <source>{0} (corrected)</source>
        <translation>{0} (исправлено)</translation>
    </message>
    <message>
        <source>{0} (known problem {1})</source>
        <translation>{0} (известная проблема {1})</translation>
    </message>
    <message>
        <source>by the participant (“I&apos;m done”)</source>
        <translation>участником («Я закончил(а)»)</translation>
    </message>
    <message>
        <source>by the moderator; the outcome follows</source>
        <translation>модератором; далее — исход</translation>
    </message>
    <message>
        <source>given: {0}</source>
        <translation>дано: {0}</translation>
    </message>
    <message>
        <source>declined: {0}</source>
        <translation>отказ: {0}</translation>
    </message>
    <message>
        <source>segment {0}: {1}</source>
        <translation>сегмент {0}: {1}</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>экран</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>микрофон</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>без ответа</translation>
    </message>
    <message>
        <source>of event {0}</source>
        <translation>события {0}</translation>
    </message>
    <message>
        <source>of event {0}: {1}</source>
        <translation>события {0}: {1}</translation>
    </message>
    <message>
        <source>automatically, after the interruption</source>
        <translation>автоматически, после прерывания</translation>
    </message>
    <message>
        <source>Not saved to disk yet</source>
        <translation>Ещё не сохранено на диск</translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <source>Exclude participant {0}</source>
        <translation>Исключить участника {0}</translation>
    </message>
    <message>
        <source>Why is participant {0} excluded from the analysis? The reason is saved in the study file; no data is deleted and the participant can be included again.</source>
        <translation>Почему участник {0} исключается из анализа? Причина сохраняется в файле исследования; данные не удаляются, и участника можно снова включить.</translation>
    </message>
    <message>
        <source>Reason for the exclusion</source>
        <translation>Причина исключения</translation>
    </message>
    <message>
        <source>For example: did not meet the screener, technical problem, session not finished</source>
        <translation>Например: не прошёл скрининг, техническая проблема, сессия не завершена</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Причина (обязательно)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import results — {0}</source>
        <translation>Импорт результатов — {0}</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>Where each field is in the file</source>
        <translation>Где каждое поле в файле</translation>
    </message>
    <message>
        <source>Cells that cannot be read</source>
        <translation>Ячейки, которые нельзя прочитать</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Save this mapping beside the file (used next time)</source>
        <translation>Сохранить это сопоставление рядом с файлом (для следующего раза)</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <source>Add a &amp;task&apos;s columns…</source>
        <translation>Добавить столбцы &amp;задания…</translation>
    </message>
    <message>
        <source>One row per participant with a task&apos;s outcome, time… in columns of its own that uxlab did not recognise: name the task, then choose its columns</source>
        <translation>Одна строка на участника, результат, время… задания в своих столбцах, которые uxlab не распознал: назовите задание и выберите его столбцы</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Time (seconds or mm:ss)</source>
        <translation>Время (секунды или мм:сс)</translation>
    </message>
    <message>
        <source>Time (milliseconds)</source>
        <translation>Время (миллисекунды)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Assists</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>SUS score (0-100)</source>
        <translation>Балл SUS (0-100)</translation>
    </message>
    <message>
        <source>Task {0}: {1}</source>
        <translation>Задание {0}: {1}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <source>not a time (seconds, mm:ss or h:mm:ss)</source>
        <translation>не время (секунды, мм:сс или ч:мм:сс)</translation>
    </message>
    <message>
        <source>not an outcome uxlab knows (success, fail, partial, gave up, skipped…)</source>
        <translation>исход, неизвестный uxlab (успех, неудача, частично, сдался, пропущено…)</translation>
    </message>
    <message>
        <source>the outcome is empty</source>
        <translation>исход не указан</translation>
    </message>
    <message>
        <source>outside the allowed range</source>
        <translation>вне допустимого диапазона</translation>
    </message>
    <message>
        <source>sheet “{0}”</source>
        <translation>лист «{0}»</translation>
    </message>
    <message>
        <source>text, {0}, separator “{1}”</source>
        <translation>текст, {0}, разделитель «{1}»</translation>
    </message>
    <message>
        <source>File {0}: {1}.</source>
        <translation>Файл {0}: {1}.</translation>
    </message>
    <message>
        <source>The mapping saved beside the file is used.</source>
        <translation>Используется сопоставление, сохранённое рядом с файлом.</translation>
    </message>
    <message>
        <source>not in this file</source>
        <translation>нет в этом файле</translation>
    </message>
    <message>
        <source>A task&apos;s columns</source>
        <translation>Столбцы задания</translation>
    </message>
    <message>
        <source>Task (as the results should name it):</source>
        <translation>Задание (как его назвать в результатах):</translation>
    </message>
    <message>
        <source>Name the task with no dot, and not as a task already listed.</source>
        <translation>Назовите задание без точки и не так, как уже указанное задание.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cannot be read. Correct them in the file, or choose other columns.</source>
        <translation>
            <numerusform>%n ячейку нельзя прочитать. Исправьте её в файле или выберите другие столбцы.</numerusform>
            <numerusform>%n ячейки нельзя прочитать. Исправьте их в файле или выберите другие столбцы.</numerusform>
            <numerusform>%n ячеек нельзя прочитать. Исправьте их в файле или выберите другие столбцы.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every cell can be read. Load: {0} participants, {1} tasks, {2} task rows, {3} questionnaire answers.</source>
        <translation>Все ячейки читаются. Будет загружено: участников {0}, заданий {1}, строк заданий {2}, ответов на опросники {3}.</translation>
    </message>
    <message>
        <source>The mapping cannot be saved: {0}</source>
        <translation>Не удаётся сохранить сопоставление: {0}</translation>
    </message>
</context>
<context>
    <name>JourneyChart</name>
    <message>
        <source>Experience along the journey</source>
        <translation>Впечатления на протяжении пути</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Успех</translation>
    </message>
    <message>
        <source>Effort (ease)</source>
        <translation>Усилие (лёгкость)</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Эмоция</translation>
    </message>
    <message>
        <source>{0} ({1})
{2}: net score {3:+.0f} from {4} ratings, mean {5:.2f}</source>
        <translation>{0} ({1})
{2}: чистый балл {3:+.0f} (оценок: {4}), среднее {5:.2f}</translation>
    </message>
    <message>
        <source>Net score (% rating 6–7 minus % rating 1–3)</source>
        <translation>Чистый балл (% оценок 6–7 минус % оценок 1–3)</translation>
    </message>
    <message>
        <source>Journey stage (tasks in study order)</source>
        <translation>Этап пути (задания в порядке исследования)</translation>
    </message>
</context>
<context>
    <name>KeyBindingsDialog</name>
    <message>
        <source>Keys for one-key logging</source>
        <translation>Клавиши для записи одним нажатием</translation>
    </message>
    <message>
        <source>Click, then press the new key for “{0}”</source>
        <translation>Щёлкните и нажмите новую клавишу для «{0}»</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Восстановить по умолчанию</translation>
    </message>
    <message>
        <source>Laptop-friendly defaults: letters and digits only</source>
        <translation>Клавиши по умолчанию для ноутбука: только буквы и цифры</translation>
    </message>
    <message>
        <source>Keys work while the session console has the focus; while you type a note they type text instead.</source>
        <translation>Клавиши действуют, когда фокус на пульте сессии; при вводе заметки они вводят текст.</translation>
    </message>
    <message>
        <source>“{0}” is used by both “{1}” and “{2}”: choose another key.</source>
        <translation>«{0}» назначена и для «{1}», и для «{2}»: выберите другую клавишу.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Планирование</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;Run session</source>
        <translation>Пр&amp;оведение сессии</translation>
    </message>
    <message>
        <source>Revie&amp;w results</source>
        <translation>Обзор &amp;результатов</translation>
    </message>
    <message>
        <source>Script the study: tasks, questions, questionnaires, participants</source>
        <translation>Сценарий исследования: задания, вопросы, опросники, участники</translation>
    </message>
    <message>
        <source>Run a moderated session with a participant</source>
        <translation>Провести модерируемую сессию с участником</translation>
    </message>
    <message>
        <source>Results, charts, group comparisons and export</source>
        <translation>Результаты, графики, сравнение групп и экспорт</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Про&amp;блемы</translation>
    </message>
    <message>
        <source>Usability problems: observations, severity, who met what, discovery</source>
        <translation>Проблемы юзабилити: наблюдения, серьёзность, кто с чем столкнулся, обнаружение</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New study…</source>
        <translation>&amp;Новое исследование…</translation>
    </message>
    <message>
        <source>&amp;Open study…</source>
        <translation>&amp;Открыть исследование…</translation>
    </message>
    <message>
        <source>Open &amp;results spreadsheet (CSV / XLSX)…</source>
        <translation>Открыть таблицу &amp;результатов (CSV / XLSX)…</translation>
    </message>
    <message>
        <source>&amp;Import results…</source>
        <translation>&amp;Импорт результатов…</translation>
    </message>
    <message>
        <source>Open r&amp;ecent</source>
        <translation>Н&amp;едавние исследования</translation>
    </message>
    <message>
        <source>&amp;Save study</source>
        <translation>&amp;Сохранить исследование</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Планирование</translation>
    </message>
    <message>
        <source>Run session</source>
        <translation>Проведение сессии</translation>
    </message>
    <message>
        <source>Review results</source>
        <translation>Обзор результатов</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>&amp;Participant screen</source>
        <translation>Экран &amp;участника</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Клавиши…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>Plan &amp;sample size…</source>
        <translation>Рассчитать размер &amp;выборки…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Methods and formulas</source>
        <translation>&amp;Методы и формулы</translation>
    </message>
    <message>
        <source>&amp;About uxlab</source>
        <translation>&amp;О программе uxlab</translation>
    </message>
    <message>
        <source>no study open</source>
        <translation>исследование не открыто</translation>
    </message>
    <message>
        <source>This study cannot be opened</source>
        <translation>Не удаётся открыть это исследование</translation>
    </message>
    <message>
        <source>Resume the interrupted session?</source>
        <translation>Продолжить прерванную сессию?</translation>
    </message>
    <message>
        <source>The session with participant {0} was interrupted before it ended. Everything recorded up to then is kept. Resume it where it stopped?</source>
        <translation>Сессия с участником {0} была прервана до завершения. Всё, что было записано до этого момента, сохранено. Продолжить с места остановки?</translation>
    </message>
    <message>
        <source>Open a study folder</source>
        <translation>Открыть папку исследования</translation>
    </message>
    <message>
        <source>Open a results spreadsheet</source>
        <translation>Открыть таблицу результатов</translation>
    </message>
    <message>
        <source>Results (*.csv *.xlsx)</source>
        <translation>Результаты (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Импорт результатов</translation>
    </message>
    <message>
        <source>Results (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Результаты (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new study</source>
        <translation>Выберите пустую папку для нового исследования</translation>
    </message>
    <message>
        <source>A study is already there</source>
        <translation>Здесь уже есть исследование</translation>
    </message>
    <message>
        <source>{0} already holds a study. Open it, or choose an empty folder.</source>
        <translation>Папка {0} уже содержит исследование. Откройте его или выберите пустую папку.</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>Новое исследование</translation>
    </message>
    <message>
        <source>The study cannot be created</source>
        <translation>Не удаётся создать исследование</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>About uxlab</source>
        <translation>О программе uxlab</translation>
    </message>
    <message>
        <source>uxlab {0}: a lab for moderated usability testing.
Free software under the GNU GPL v3 or later.</source>
        <translation>uxlab {0}: лаборатория для модерируемого юзабилити-тестирования.
Свободная программа под лицензией GNU GPL версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>The plan cannot be edited while a session is running</source>
        <translation>План нельзя изменять, пока идёт сессия</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The study has unsaved changes. Save them first?</source>
        <translation>В исследовании есть несохранённые изменения. Сначала сохранить их?</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant {0}</source>
        <translation>Новый участник {0}</translation>
    </message>
    <message>
        <source>{0} is not in the study&apos;s participant list. Describe them before the session starts: the group decides which comparison they count in.</source>
        <translation>{0} нет в списке участников исследования. Опишите участника до начала сеанса: группа определяет, в каком сравнении он учитывается.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Pick the participant&apos;s group, or type a new one</source>
        <translation>Выберите группу участника или введите новую</translation>
    </message>
    <message>
        <source>— choose a group —</source>
        <translation>— выберите группу —</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(без группы)</translation>
    </message>
    <message>
        <source>Participant&apos;s language</source>
        <translation>Язык участника</translation>
    </message>
    <message>
        <source>The language of the participant screen and questionnaires</source>
        <translation>Язык экрана участника и анкет</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Choose the participant&apos;s group (or “(no group)” on purpose).</source>
        <translation>Выберите группу участника (или сознательно «(без группы)»).</translation>
    </message>
</context>
<context>
    <name>OptionsBar</name>
    <message>
        <source>nothing</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Confidence level of every interval and the threshold of the comparison tests (a difference is reliable when p &lt; 1 − confidence)</source>
        <translation>Уровень доверия для всех интервалов и порог сравнительных тестов (различие надёжно, если p &lt; 1 − уровень доверия)</translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation>Уровень доверия</translation>
    </message>
    <message>
        <source>Co&amp;nfidence:</source>
        <translation>Уровень &amp;доверия:</translation>
    </message>
    <message>
        <source>Compare b&amp;y:</source>
        <translation>Ср&amp;авнить по:</translation>
    </message>
    <message>
        <source>Split the results by group or by a participant attribute and compare two groups with significance tests</source>
        <translation>Разделить результаты по группе или атрибуту участников и сравнить две группы с помощью тестов значимости</translation>
    </message>
    <message>
        <source>Compare by</source>
        <translation>Сравнить по</translation>
    </message>
    <message>
        <source>First group of the comparison</source>
        <translation>Первая группа сравнения</translation>
    </message>
    <message>
        <source>First group compared</source>
        <translation>Первая сравниваемая группа</translation>
    </message>
    <message>
        <source>Second group of the comparison</source>
        <translation>Вторая группа сравнения</translation>
    </message>
    <message>
        <source>Second group compared</source>
        <translation>Вторая сравниваемая группа</translation>
    </message>
    <message>
        <source>vs</source>
        <translation>против</translation>
    </message>
    <message>
        <source>groups:</source>
        <translation>группы:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Показа&amp;ть:</translation>
    </message>
    <message>
        <source>Show only the participants of one group or with one attribute value; every number is then computed on them</source>
        <translation>Показать только участников одной группы или с одним значением атрибута; все показатели тогда считаются по ним</translation>
    </message>
    <message>
        <source>Show participants</source>
        <translation>Показываемые участники</translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation>&amp;Excel…</translation>
    </message>
    <message>
        <source>Export every participant, task, attempt, event and answer with the analysis and a codebook to an Excel workbook (Ctrl+E)</source>
        <translation>Экспортировать всех участников, задания, попытки, события и ответы вместе с анализом и кодовой книгой в книгу Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>HT&amp;ML report…</source>
        <translation>Отчёт &amp;HTML…</translation>
    </message>
    <message>
        <source>E&amp;xport charts…</source>
        <translation>Экспорт &amp;графиков…</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML-отчёт</translation>
    </message>
    <message>
        <source>Write a self-contained HTML report and open it in the browser</source>
        <translation>Создать автономный HTML-отчёт и открыть его в браузере</translation>
    </message>
    <message>
        <source>The HTML report is not available in this version</source>
        <translation>HTML-отчёт недоступен в этой версии</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Экспорт графиков</translation>
    </message>
    <message>
        <source>Save every chart as an image file in a folder</source>
        <translation>Сохранить каждый график как изображение в папку</translation>
    </message>
    <message>
        <source>Charts are not available in this version</source>
        <translation>Графики недоступны в этой версии</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Fixed: every participant in the task list&apos;s order</source>
        <translation>Фиксированный: каждый участник в порядке списка заданий</translation>
    </message>
    <message>
        <source>Random: shuffled per participant (reproducible from the seed)</source>
        <translation>Случайный: перемешивается для каждого участника (воспроизводимо по зерну)</translation>
    </message>
    <message>
        <source>Balanced Latin square (Williams design)</source>
        <translation>Сбалансированный латинский квадрат (план Уильямса)</translation>
    </message>
    <message>
        <source>T&amp;ask order:</source>
        <translation>Порядок з&amp;аданий:</translation>
    </message>
    <message>
        <source>Task order policy</source>
        <translation>Правило порядка заданий</translation>
    </message>
    <message>
        <source>How the order of tasks is decided for each participant</source>
        <translation>Как определяется порядок заданий для каждого участника</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>Зерно &amp;генератора:</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Зерно генератора</translation>
    </message>
    <message>
        <source>A whole number; the same seed always gives the same orders</source>
        <translation>Целое число; одно и то же зерно всегда даёт одинаковый порядок</translation>
    </message>
    <message>
        <source>Task order per participant</source>
        <translation>Порядок заданий для каждого участника</translation>
    </message>
    <message>
        <source>The order each participant will get, in the order participants are listed</source>
        <translation>Порядок, который получит каждый участник, в порядке списка участников</translation>
    </message>
    <message>
        <source>Every participant does the tasks in the order of the task list.</source>
        <translation>Каждый участник выполняет задания в порядке списка.</translation>
    </message>
    <message>
        <source>Each participant gets their own shuffled order, computed from the seed, their place in the list and their id, so it is the same every time.</source>
        <translation>Каждый участник получает свой перемешанный порядок, вычисленный по зерну, его месту в списке и идентификатору, поэтому он всегда одинаков.</translation>
    </message>
    <message>
        <source>Each task comes equally often in each position, and each task follows every other task equally often, once you have a multiple of {0} participants.</source>
        <translation>Каждое задание одинаково часто стоит на каждой позиции и одинаково часто следует за каждым другим, если число участников кратно {0}.</translation>
    </message>
    <message>
        <source>You have {0}: {1} more would complete the balance.</source>
        <translation>Сейчас участников: {0}; для полного баланса нужно ещё {1}.</translation>
    </message>
    <message>
        <source>You have {0}: balanced.</source>
        <translation>Сейчас участников: {0}; баланс соблюдён.</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>success</source>
        <translation>успех</translation>
    </message>
    <message>
        <source>partial success</source>
        <translation>частичный успех</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>неудача</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>отказ</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>не завершено</translation>
    </message>
</context>
<context>
    <name>OutcomeBar</name>
    <message>
        <source>The participant said “I&apos;m done”: the task&apos;s clock stopped at {0}. How did the task end?</source>
        <translation>Участник сказал «Я закончил(а)»: часы задания остановлены на {0}. Чем закончилось задание?</translation>
    </message>
    <message>
        <source>The task&apos;s clock stopped at {0}. How did the task end?</source>
        <translation>Часы задания остановлены на {0}. Чем закончилось задание?</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Исход: {0}</translation>
    </message>
    <message>
        <source>End the task as “{0}” at the moment its clock stopped (key: {1})</source>
        <translation>Завершить задание как «{0}» в момент остановки его часов (клавиша: {1})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Task goes on  [Esc]</source>
        <translation>Задание продолжается  [Esc]</translation>
    </message>
    <message>
        <source>The task goes on: its clock runs again</source>
        <translation>Задание продолжается: его часы снова идут</translation>
    </message>
    <message>
        <source>The participant carries on: the clock runs again and the stopped stretch counts as task time</source>
        <translation>Участник продолжает: часы снова идут, а время остановки засчитывается во время задания</translation>
    </message>
</context>
<context>
    <name>ParticipantScreen</name>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation>Я закончил(а)</translation>
    </message>
    <message>
        <source>Press when you think you have finished the task</source>
        <translation>Нажмите, когда решите, что задание выполнено</translation>
    </message>
    <message>
        <source>I give up</source>
        <translation>Я сдаюсь</translation>
    </message>
    <message>
        <source>Press if you want to stop this task</source>
        <translation>Нажмите, если хотите прекратить это задание</translation>
    </message>
    <message>
        <source>Thank you. Please wait for the moderator.</source>
        <translation>Спасибо. Пожалуйста, подождите модератора.</translation>
    </message>
    <message>
        <source>Thank you for your time!</source>
        <translation>Спасибо, что уделили время!</translation>
    </message>
    <message>
        <source>Please wait for the moderator.</source>
        <translation>Пожалуйста, подождите модератора.</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Исключение</translation>
    </message>
    <message>
        <source>Participant id</source>
        <translation>Идентификатор участника</translation>
    </message>
    <message>
        <source>Group (condition) of the participant</source>
        <translation>Группа (условие) участника</translation>
    </message>
    <message>
        <source>Excluded participants are left out of every number; their data is kept</source>
        <translation>Исключённые участники не учитываются ни в одном показателе; их данные сохраняются</translation>
    </message>
    <message>
        <source>Participant attribute</source>
        <translation>Атрибут участника</translation>
    </message>
    <message>
        <source>Outcome and net time (pauses excluded) of this task:
✓ success, ◐ partial, ✗ failure, ⊘ abandoned, – skipped</source>
        <translation>Исход и чистое время (без пауз) этого задания:
✓ успех, ◐ частично, ✗ неудача, ⊘ отказ, – пропущено</translation>
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
        <translation>Готовность рекомендовать, 0–10 (9–10 — промоутер, 0–6 — критик)</translation>
    </message>
    <message>
        <source>Excluded: {0}</source>
        <translation>Исключён: {0}</translation>
    </message>
    <message>
        <source>excluded: {0}</source>
        <translation>исключён: {0}</translation>
    </message>
    <message>
        <source>{0}: not done</source>
        <translation>{0}: не выполнялось</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Who takes part. Double-click a cell (or press F2) to edit it. Exclusions are decided in Review results, after the sessions.</source>
        <translation>Кто участвует. Дважды щёлкните ячейку (или нажмите F2), чтобы изменить её. Об исключении решают в разделе «Обзор результатов», после сессий.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>One row per participant: id, group, language and attributes</source>
        <translation>Строка на участника: идентификатор, группа, язык и атрибуты</translation>
    </message>
    <message>
        <source>Add parti&amp;cipant</source>
        <translation>Доб&amp;авить участника</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Add a participant at the end of the list</source>
        <translation>Добавить участника в конец списка</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Удалить выбранных</translation>
    </message>
    <message>
        <source>Remove selected participants</source>
        <translation>Удалить выбранных участников</translation>
    </message>
    <message>
        <source>Remove the selected participants from the study (their recorded sessions stay on disk)</source>
        <translation>Удалить выбранных участников из исследования (записанные сессии остаются на диске)</translation>
    </message>
    <message>
        <source>{0} has a recorded session: renamed to {1}, that session no longer matches this participant (it stays on disk). Put back {0} to keep them together.</source>
        <translation>У {0} есть записанная сессия: после переименования в {1} она больше не соответствует этому участнику (остаётся на диске). Верните {0}, чтобы сохранить их вместе.</translation>
    </message>
    <message>
        <source>Group ({0})</source>
        <translation>Группа ({0})</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Исключён</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>Причина исключения</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Exclusions are set in Review results</source>
        <translation>Исключения задаются в разделе «Обзор результатов»</translation>
    </message>
    <message>
        <source>{0} participants, {1} excluded</source>
        <translation>Участников: {0}, исключено: {1}</translation>
    </message>
    <message>
        <source>Remove participants with sessions?</source>
        <translation>Удалить участников, у которых есть сессии?</translation>
    </message>
    <message>
        <source>{0} already have a recorded session. The sessions stay on disk, but results will no longer list these participants. Remove them?</source>
        <translation>У {0} уже есть записанные сессии. Сессии остаются на диске, но в результатах эти участники больше не будут показаны. Удалить их?</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>A results spreadsheet has no study file to record exclusions in; remove the participant&apos;s rows in the spreadsheet instead</source>
        <translation>У таблицы результатов нет файла исследования для записи исключений; вместо этого удалите строки участника в таблице</translation>
    </message>
    <message>
        <source>Leave the selected participant out of every number, with a reason saved in the study file (no data is deleted)</source>
        <translation>Исключить выбранного участника из всех показателей, сохранив причину в файле исследования (данные не удаляются)</translation>
    </message>
    <message>
        <source>Count the selected participant in the analysis again</source>
        <translation>Снова учитывать выбранного участника в анализе</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Select a participant to exclude or include them</source>
        <translation>Выберите участника, чтобы исключить его или включить снова</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>Искл&amp;ючить…</translation>
    </message>
    <message>
        <source>Exclude the selected participant</source>
        <translation>Исключить выбранного участника</translation>
    </message>
    <message>
        <source>&amp;Include again</source>
        <translation>В&amp;ключить снова</translation>
    </message>
    <message>
        <source>Include the selected participant again</source>
        <translation>Снова включить выбранного участника</translation>
    </message>
    <message>
        <source>✓ success   ◐ partial   ✗ failure   ⊘ abandoned   – skipped   (greyed: excluded from the analysis)</source>
        <translation>✓ успех   ◐ частично   ✗ неудача   ⊘ отказ   – пропущено   (серым: исключены из анализа)</translation>
    </message>
</context>
<context>
    <name>PlanValidation</name>
    <message>
        <source>task id &apos;{0}&apos; appears twice (also task {1})</source>
        <translation>идентификатор задания «{0}» встречается дважды (также в задании {1})</translation>
    </message>
    <message>
        <source>participant &apos;{0}&apos; appears twice (also row {1})</source>
        <translation>участник «{0}» встречается дважды (также в строке {1})</translation>
    </message>
    <message>
        <source>give each one a unique id</source>
        <translation>задайте каждому уникальный идентификатор</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>{0}. Fix: {1}</source>
        <translation>{0}. Как исправить: {1}</translation>
    </message>
    <message>
        <source>Study &amp;details</source>
        <translation>Об&amp;щие сведения</translation>
    </message>
    <message>
        <source>Title, description, languages</source>
        <translation>Название, описание, языки</translation>
    </message>
    <message>
        <source>The tasks, their scenarios, success criteria and times</source>
        <translation>Задания, их сценарии, критерии успеха и время</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;Задания</translation>
    </message>
    <message>
        <source>&amp;Questions &amp;&amp; questionnaires</source>
        <translation>Вопрос&amp;ы и опросники</translation>
    </message>
    <message>
        <source>Ratings after each task and questionnaires after the session</source>
        <translation>Оценки после каждого задания и опросники после сессии</translation>
    </message>
    <message>
        <source>Who takes part, their group, language and attributes</source>
        <translation>Кто участвует: группа, язык и атрибуты</translation>
    </message>
    <message>
        <source>Participa&amp;nts</source>
        <translation>У&amp;частники</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>Поря&amp;док</translation>
    </message>
    <message>
        <source>Task order policy and each participant&apos;s order</source>
        <translation>Правило порядка заданий и порядок для каждого участника</translation>
    </message>
    <message>
        <source>Study editor sections</source>
        <translation>Разделы редактора исследования</translation>
    </message>
    <message>
        <source>&amp;Save study</source>
        <translation>Со&amp;хранить исследование</translation>
    </message>
    <message>
        <source>Save study</source>
        <translation>Сохранить исследование</translation>
    </message>
    <message>
        <source>Check the study and write it to study.json (Ctrl+S); the previous version is kept as study.json.bak</source>
        <translation>Проверить исследование и записать его в study.json (Ctrl+S); предыдущая версия сохраняется как study.json.bak</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Revert to the saved study</source>
        <translation>Вернуться к сохранённому исследованию</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes and show the study as saved</source>
        <translation>Отбросить несохранённые изменения и показать исследование в сохранённом виде</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Что нужно исправить</translation>
    </message>
    <message>
        <source>Press Enter or click a problem to go to its field</source>
        <translation>Нажмите Enter или щёлкните по проблеме, чтобы перейти к её полю</translation>
    </message>
    <message>
        <source>{0} is a results spreadsheet: it holds what was measured, not the study&apos;s script, so there is nothing to plan here.

See the results in Review results, or open a study folder (File › Open study…) to edit its tasks and participants.</source>
        <translation>{0} — таблица результатов: в ней то, что было измерено, а не сценарий исследования, поэтому планировать здесь нечего.

Смотрите результаты в разделе «Обзор результатов» или откройте папку исследования (Файл › Открыть исследование…), чтобы изменить задания и участников.</translation>
    </message>
    <message>
        <source>No study is open.

Open a study folder (File › Open study…) or create a new one (File › New study…) to write its tasks, questions and participants here.</source>
        <translation>Исследование не открыто.

Откройте папку исследования (Файл › Открыть исследование…) или создайте новое (Файл › Новое исследование…), чтобы описать здесь задания, вопросы и участников.</translation>
    </message>
    <message>
        <source>* Unsaved changes</source>
        <translation>* Несохранённые изменения</translation>
    </message>
    <message>
        <source>All changes saved in {0}</source>
        <translation>Все изменения сохранены в {0}</translation>
    </message>
    <message>
        <source>The study was not saved: {0} problem(s) to fix first.</source>
        <translation>Исследование не сохранено: сначала исправьте проблемы (их {0}).</translation>
    </message>
    <message>
        <source>The study was not saved.</source>
        <translation>Исследование не сохранено.</translation>
    </message>
    <message>
        <source>The study could not be written: {0}</source>
        <translation>Не удалось записать исследование: {0}</translation>
    </message>
    <message>
        <source>Revert the study?</source>
        <translation>Вернуть исследование?</translation>
    </message>
    <message>
        <source>Throw away every change made since the study was last saved?</source>
        <translation>Отбросить все изменения с момента последнего сохранения исследования?</translation>
    </message>
    <message>
        <source>The study was not saved</source>
        <translation>Исследование не сохранено</translation>
    </message>
    <message>
        <source>id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>сценарий</translation>
    </message>
    <message>
        <source>success criteria</source>
        <translation>критерии успеха</translation>
    </message>
    <message>
        <source>target time</source>
        <translation>целевое время</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>лимит времени</translation>
    </message>
    <message>
        <source>journey stage</source>
        <translation>этап пути</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>атрибуты</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>правило</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>зерно</translation>
    </message>
    <message>
        <source>Study title</source>
        <translation>Название исследования</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Study language</source>
        <translation>Язык исследования</translation>
    </message>
    <message>
        <source>Scenario languages</source>
        <translation>Языки сценариев</translation>
    </message>
    <message>
        <source>Questions after each task</source>
        <translation>Вопросы после каждого задания</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Опросники</translation>
    </message>
    <message>
        <source>Task order</source>
        <translation>Порядок заданий</translation>
    </message>
    <message>
        <source>Task {0} ({1})</source>
        <translation>Задание {0} ({1})</translation>
    </message>
    <message>
        <source>Task {0}</source>
        <translation>Задание {0}</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Participant row {0}</source>
        <translation>Участник, строка {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the study can be saved:</source>
        <translation>
            <numerusform>%n проблему нужно исправить, прежде чем сохранить исследование:</numerusform>
            <numerusform>%n проблемы нужно исправить, прежде чем сохранить исследование:</numerusform>
            <numerusform>%n проблем нужно исправить, прежде чем сохранить исследование:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <source>Plan sample size</source>
        <translation>Расчёт размера выборки</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <source>Find usability problems (formative)</source>
        <translation>Найти проблемы юзабилити (формирующее)</translation>
    </message>
    <message>
        <source>Estimate a completion rate to a margin of error</source>
        <translation>Оценить долю успеха с заданной погрешностью</translation>
    </message>
    <message>
        <source>Show a result is better than a benchmark</source>
        <translation>Показать, что результат лучше эталона</translation>
    </message>
    <message>
        <source>Compare two designs</source>
        <translation>Сравнить два дизайна</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>What the study must answer decides how many participants it needs</source>
        <translation>От вопроса исследования зависит, сколько участников нужно</translation>
    </message>
    <message>
        <source>Share of users a problem affects (p):</source>
        <translation>Доля пользователей, которых задевает проблема (p):</translation>
    </message>
    <message>
        <source>Share of problems to find:</source>
        <translation>Доля проблем, которые нужно найти:</translation>
    </message>
    <message>
        <source>Margin of error (±):</source>
        <translation>Погрешность (±):</translation>
    </message>
    <message>
        <source>Confidence level:</source>
        <translation>Уровень доверия:</translation>
    </message>
    <message>
        <source>Design:</source>
        <translation>План эксперимента:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <source>Completion rate you expect:</source>
        <translation>Ожидаемая доля успеха:</translation>
    </message>
    <message>
        <source>Benchmark completion rate:</source>
        <translation>Эталонная доля успеха:</translation>
    </message>
    <message>
        <source>Completion rate, design A:</source>
        <translation>Доля успеха, дизайн A:</translation>
    </message>
    <message>
        <source>Completion rate, design B:</source>
        <translation>Доля успеха, дизайн B:</translation>
    </message>
    <message>
        <source>Succeed on one design only:</source>
        <translation>Успех только в одном дизайне:</translation>
    </message>
    <message>
        <source>Standard deviation:</source>
        <translation>Стандартное отклонение:</translation>
    </message>
    <message>
        <source>Standard deviation of ln(time):</source>
        <translation>Стандартное отклонение ln(времени):</translation>
    </message>
    <message>
        <source>Time ratio to detect:</source>
        <translation>Обнаруживаемое отношение времён:</translation>
    </message>
    <message>
        <source>Difference to detect (points):</source>
        <translation>Обнаруживаемая разница (баллы):</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Мощность:</translation>
    </message>
    <message>
        <source>The average share of participants who meet a problem: 31 % in Nielsen &amp; Landauer (1993); take it from your own study when you can</source>
        <translation>Средняя доля участников, сталкивающихся с проблемой: 31 % у Nielsen &amp; Landauer (1993); по возможности берите её из своего исследования</translation>
    </message>
    <message>
        <source>The share of the problems that exist you want to have seen at least once</source>
        <translation>Доля существующих проблем, которые вы хотите увидеть хотя бы раз</translation>
    </message>
    <message>
        <source>Half the width of the confidence interval around the completion rate</source>
        <translation>Половина ширины доверительного интервала доли успеха</translation>
    </message>
    <message>
        <source>How sure the interval or the test must be</source>
        <translation>Насколько надёжным должен быть интервал или тест</translation>
    </message>
    <message>
        <source>Between subjects: each participant tries one design. Within: each tries both</source>
        <translation>Межгрупповой: каждый участник пробует один дизайн. Внутригрупповой: каждый пробует оба</translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation>Что измеряется</translation>
    </message>
    <message>
        <source>The completion rate the product really has, as you expect it</source>
        <translation>Истинная доля успеха продукта, как вы её ожидаете</translation>
    </message>
    <message>
        <source>The rate to beat, e.g. 78 % (the average in Sauro &amp; Lewis 2016)</source>
        <translation>Доля, которую нужно превзойти, напр. 78 % (среднее у Sauro &amp; Lewis 2016)</translation>
    </message>
    <message>
        <source>The completion rate expected with design A</source>
        <translation>Ожидаемая доля успеха с дизайном A</translation>
    </message>
    <message>
        <source>The completion rate expected with design B</source>
        <translation>Ожидаемая доля успеха с дизайном B</translation>
    </message>
    <message>
        <source>The share of participants expected to succeed with one design and fail with the other (at least the difference between the rates)</source>
        <translation>Доля участников, которые, как ожидается, справятся с одним дизайном и не справятся с другим (не меньше разницы долей)</translation>
    </message>
    <message>
        <source>From an earlier study or a published norm, e.g. 17.7 for SUS; within subjects, the SD of the differences</source>
        <translation>Из прежнего исследования или опубликованной нормы, напр. 17,7 для SUS; во внутригрупповом плане — SD разностей</translation>
    </message>
    <message>
        <source>The SD of the natural log of task times (times are compared as geometric means)</source>
        <translation>SD натурального логарифма времени (время сравнивается по геометрическим средним)</translation>
    </message>
    <message>
        <source>Ratio of the times worth detecting, e.g. 0.8 for 20 % faster</source>
        <translation>Отношение времён, которое стоит обнаружить, напр. 0,8 — на 20 % быстрее</translation>
    </message>
    <message>
        <source>The smallest difference worth detecting, in the measure&apos;s points</source>
        <translation>Наименьшая разница, которую стоит обнаружить, в баллах показателя</translation>
    </message>
    <message>
        <source>The chance of detecting the difference if it is real (1 − β)</source>
        <translation>Вероятность обнаружить разницу, если она есть (1 − β)</translation>
    </message>
    <message>
        <source>between subjects (two groups)</source>
        <translation>межгрупповой (две группы)</translation>
    </message>
    <message>
        <source>within subjects (everyone tries both)</source>
        <translation>внутригрупповой (каждый пробует оба)</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>доля успеха</translation>
    </message>
    <message>
        <source>task time</source>
        <translation>время задания</translation>
    </message>
    <message>
        <source>SUS score</source>
        <translation>балл SUS</translation>
    </message>
    <message>
        <source>a rating (e.g. SEQ)</source>
        <translation>оценка (напр. SEQ)</translation>
    </message>
    <message>
        <source>Use the open study&apos;s &amp;p</source>
        <translation>Взять &amp;p из открытого исследования</translation>
    </message>
    <message>
        <source>Use the open study&apos;s p</source>
        <translation>Взять p из открытого исследования</translation>
    </message>
    <message>
        <source>Take p from the study&apos;s problem matrix, adjusted for the small sample (Lewis 2001)</source>
        <translation>Взять p из матрицы проблем исследования с поправкой на малую выборку (Lewis 2001)</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Формула:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Participants needed</source>
        <translation>Нужно участников</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Формула</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>The open study has no observations linked to problems yet: link some in the Problems view, or type p.</source>
        <translation>В открытом исследовании ещё нет наблюдений, связанных с проблемами: свяжите их в разделе «Проблемы» или введите p.</translation>
    </message>
    <message>
        <source>No answer for these inputs</source>
        <translation>Для этих значений ответа нет</translation>
    </message>
    <message>
        <source>{0} participants per group, {1} in all</source>
        <translation>Участников на группу: {0}, всего: {1}</translation>
    </message>
    <message>
        <source>{0} participants, each trying both designs</source>
        <translation>Участников: {0}, каждый пробует оба дизайна</translation>
    </message>
    <message>
        <source>{0} participants</source>
        <translation>Участников: {0}</translation>
    </message>
    <message>
        <source>With {0} participants, about {1} of the problems of that p are found.</source>
        <translation>При {0} участниках находится около {1} проблем с таким p.</translation>
    </message>
    <message>
        <source>The study has tested {0}: {1} more needed.</source>
        <translation>В исследовании протестировано: {0}; нужно ещё: {1}.</translation>
    </message>
    <message>
        <source>The margin of error at this n is ±{0}.</source>
        <translation>Погрешность при этом n: ±{0}.</translation>
    </message>
    <message>
        <source>Exact power of the mid-p binomial test at this n: {0} (binomial tests are discrete, so power zig-zags with n).</source>
        <translation>Точная мощность биномиального mid-p теста при этом n: {0} (биномиальные тесты дискретны, мощность колеблется с n).</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>Descriptio&amp;n</source>
        <translation>Оп&amp;исание</translation>
    </message>
    <message>
        <source>Severit&amp;y</source>
        <translation>Серьё&amp;зность</translation>
    </message>
    <message>
        <source>R&amp;ecommendation</source>
        <translation>Ре&amp;комендация</translation>
    </message>
    <message>
        <source>A short name for the problem</source>
        <translation>Краткое название проблемы</translation>
    </message>
    <message>
        <source>What happens and why it matters</source>
        <translation>Что происходит и почему это важно</translation>
    </message>
    <message>
        <source>How severe the problem is, on the study&apos;s scale</source>
        <translation>Насколько серьёзна проблема, по шкале исследования</translation>
    </message>
    <message>
        <source>Free tags, separated by commas (e.g. navigation, wording)</source>
        <translation>Свободные метки через запятую (например, навигация, формулировки)</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Что изменить</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Применить изменения</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Применить изменения</translation>
    </message>
    <message>
        <source>Save the edits; the old values are kept in the audit trail</source>
        <translation>Сохранить правки; старые значения остаются в журнале изменений</translation>
    </message>
    <message>
        <source>Problem {0}</source>
        <translation>Проблема {0}</translation>
    </message>
    <message>
        <source>Select a problem to edit it</source>
        <translation>Выберите проблему, чтобы её изменить</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>не оценена</translation>
    </message>
</context>
<context>
    <name>ProblemTables</name>
    <message>
        <source>scenario failure</source>
        <translation>провал сценария</translation>
    </message>
    <message>
        <source>considerable recovery effort</source>
        <translation>значительные усилия на исправление</translation>
    </message>
    <message>
        <source>minor recovery effort</source>
        <translation>небольшие усилия на исправление</translation>
    </message>
    <message>
        <source>inefficiency</source>
        <translation>неэффективность</translation>
    </message>
    <message>
        <source>not a usability problem</source>
        <translation>не проблема юзабилити</translation>
    </message>
    <message>
        <source>cosmetic</source>
        <translation>косметическая</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>незначительная</translation>
    </message>
    <message>
        <source>major</source>
        <translation>серьёзная</translation>
    </message>
    <message>
        <source>catastrophe</source>
        <translation>катастрофа</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Frequency (95 % CI)</source>
        <translation>Частота (95 % ДИ)</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>The study&apos;s problems, most impact first (share of participants × severity). Select several to merge them, or drag a problem onto another; drop observations on a problem to add them, below the list to make a new one; click a header to sort</source>
        <translation>Проблемы исследования, самые весомые сначала (доля участников × серьёзность). Выберите несколько, чтобы объединить их, или перетащите одну проблему на другую; перетащите наблюдения на проблему, чтобы добавить их, под список — чтобы создать новую; щёлкните заголовок, чтобы отсортировать</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>What participants ran into, with the session time. Select several (Ctrl or Shift + click) to make them one problem, or drag them onto a problem</source>
        <translation>С чем столкнулись участники, со временем сессии. Выберите несколько (Ctrl или Shift + щелчок), чтобы сделать из них одну проблему, или перетащите их на проблему</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>наблюдение</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <source>critical incident</source>
        <translation>критический инцидент</translation>
    </message>
    <message>
        <source>Problem × participant matrix</source>
        <translation>Матрица проблемы × участники</translation>
    </message>
    <message>
        <source>✓ where a participant met the problem at least once</source>
        <translation>✓ там, где участник хотя бы раз столкнулся с проблемой</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Problems per participant</source>
        <translation>Проблем на участника</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Вес</translation>
    </message>
</context>
<context>
    <name>ProblemTags</name>
    <message>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <source>Tags for the selected rows</source>
        <translation>Метки для выбранных строк</translation>
    </message>
    <message>
        <source>e.g. navigation, wording</source>
        <translation>напр.: навигация, формулировки</translation>
    </message>
    <message>
        <source>Free tags, separated by commas, for the selected notes and observations. They are kept in the study&apos;s problem list (with an audit trail); the session journals are not changed</source>
        <translation>Свободные метки через запятую для выбранных заметок и наблюдений. Они хранятся в списке проблем исследования (с журналом изменений); журналы сессий не меняются</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Добавить метки</translation>
    </message>
    <message>
        <source>Add these tags to the selected rows</source>
        <translation>Добавить эти метки к выбранным строкам</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Убрать метки</translation>
    </message>
    <message>
        <source>Remove these tags from the selected rows</source>
        <translation>Убрать эти метки у выбранных строк</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Notes and observations</source>
        <translation>Заметки и наблюдения</translation>
    </message>
    <message>
        <source>Tag counts</source>
        <translation>Подсчёт меток</translation>
    </message>
    <message>
        <source>For each tag: the problems carrying it and the notes and observations tagged with it, over all tasks and then on each task (a problem counts on every task where it was met)</source>
        <translation>Для каждой метки: проблемы с этой меткой и отмеченные ею заметки и наблюдения, по всем заданиям и затем по каждому (проблема считается в каждом задании, где она встретилась)</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Все задания</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Severity &amp;scale:</source>
        <translation>&amp;Шкала серьёзности:</translation>
    </message>
    <message>
        <source>Severity scale</source>
        <translation>Шкала серьёзности</translation>
    </message>
    <message>
        <source>The documented scale the study rates severity on; changing it clears the ratings (the audit trail keeps them)</source>
        <translation>Документированная шкала, по которой в исследовании оценивается серьёзность; её смена стирает оценки (журнал изменений их хранит)</translation>
    </message>
    <message>
        <source>1–4, 1 = worst (Sauro &amp; Lewis; Lewis 2001)</source>
        <translation>1–4, 1 = хуже всего (Sauro &amp; Lewis; Lewis 2001)</translation>
    </message>
    <message>
        <source>0–4, 4 = worst (Nielsen 1994)</source>
        <translation>0–4, 4 = хуже всего (Nielsen 1994)</translation>
    </message>
    <message>
        <source>New prob&amp;lem from selection</source>
        <translation>Новая проблема из в&amp;ыбранного</translation>
    </message>
    <message>
        <source>Make the selected observations one new problem</source>
        <translation>Сделать выбранные наблюдения одной новой проблемой</translation>
    </message>
    <message>
        <source>&amp;Add to problem</source>
        <translation>&amp;Добавить к проблеме</translation>
    </message>
    <message>
        <source>Add the selected observations to the problem selected on the left</source>
        <translation>Добавить выбранные наблюдения к проблеме, выбранной слева</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Отв&amp;язать</translation>
    </message>
    <message>
        <source>The selected observations no longer count for their problem</source>
        <translation>Выбранные наблюдения больше не относятся к своей проблеме</translation>
    </message>
    <message>
        <source>&amp;Merge problems</source>
        <translation>Объедини&amp;ть проблемы</translation>
    </message>
    <message>
        <source>Fold the selected problems into the first one; the others are deleted (kept in the audit trail)</source>
        <translation>Влить выбранные проблемы в первую; остальные удаляются (остаются в журнале изменений)</translation>
    </message>
    <message>
        <source>Sort by &amp;impact</source>
        <translation>Сортировать по вес&amp;у</translation>
    </message>
    <message>
        <source>List the problems most impact first (share of participants × severity)</source>
        <translation>Показать проблемы, самые весомые сначала (доля участников × серьёзность)</translation>
    </message>
    <message>
        <source>&amp;Delete problem</source>
        <translation>Уда&amp;лить проблему</translation>
    </message>
    <message>
        <source>Delete the selected problem; its observations become unassigned</source>
        <translation>Удалить выбранную проблему; её наблюдения станут непривязанными</translation>
    </message>
    <message>
        <source>All observations</source>
        <translation>Все наблюдения</translation>
    </message>
    <message>
        <source>Not yet in a problem</source>
        <translation>Ещё не в проблеме</translation>
    </message>
    <message>
        <source>Of the selected problem</source>
        <translation>Выбранной проблемы</translation>
    </message>
    <message>
        <source>Show observations</source>
        <translation>Показать наблюдения</translation>
    </message>
    <message>
        <source>Which observations to list</source>
        <translation>Какие наблюдения показывать</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>Набл&amp;юдения</translation>
    </message>
    <message>
        <source>Severity × fre&amp;quency</source>
        <translation>Серьёзность × &amp;частота</translation>
    </message>
    <message>
        <source>Problem × participant matri&amp;x</source>
        <translation>Матри&amp;ца проблемы × участники</translation>
    </message>
    <message>
        <source>Dis&amp;covery</source>
        <translation>Обн&amp;аружение</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Open a study folder to collect its problems (a results spreadsheet has no observations).</source>
        <translation>Откройте папку исследования, чтобы собрать его проблемы (в таблице результатов нет наблюдений).</translation>
    </message>
    <message>
        <source>No observations yet: press U during a session to log a problem.</source>
        <translation>Наблюдений пока нет: нажмите U во время сеанса, чтобы записать проблему.</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>Новая проблема</translation>
    </message>
    <message>
        <source>Delete the problem?</source>
        <translation>Удалить проблему?</translation>
    </message>
    <message>
        <source>Delete problem {0}? Its observations become unassigned; the audit trail keeps the problem.</source>
        <translation>Удалить проблему {0}? Её наблюдения станут непривязанными; журнал изменений сохранит проблему.</translation>
    </message>
    <message>
        <source>Change the severity scale?</source>
        <translation>Сменить шкалу серьёзности?</translation>
    </message>
    <message>
        <source>The same number means different things on the two scales, so every rating is cleared (the audit trail keeps the old ones). Change the scale?</source>
        <translation>Одно и то же число значит разное на двух шкалах, поэтому все оценки стираются (журнал изменений хранит прежние). Сменить шкалу?</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>Изменение не сохранено</translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>Ease (SEQ) against completion, one point per task</source>
        <translation>Лёгкость (SEQ) и выполнение, по точке на задание</translation>
    </message>
    <message>
        <source>78%: average task completion rate across many studies (Sauro 2011)</source>
        <translation>78%: средняя доля успешного выполнения заданий по многим исследованиям (Sauro 2011)</translation>
    </message>
    <message>
        <source>5.5: average SEQ rating across many tasks (Sauro 2012)</source>
        <translation>5,5: средняя оценка SEQ по многим заданиям (Sauro 2012)</translation>
    </message>
    <message>
        <source>average completion 78%</source>
        <translation>средняя доля успеха 78%</translation>
    </message>
    <message>
        <source>average SEQ 5.5</source>
        <translation>среднее SEQ 5,5</translation>
    </message>
    <message>
        <source>easy, completed</source>
        <translation>легко, выполнено</translation>
    </message>
    <message>
        <source>hard, not completed</source>
        <translation>трудно, не выполнено</translation>
    </message>
    <message>
        <source>{0}
Completion {1}, SEQ mean {2:.2f}</source>
        <translation>{0}
Выполнение {1}, среднее SEQ {2:.2f}</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>Доля успеха (%)</translation>
    </message>
    <message>
        <source>Mean SEQ rating (1–7)</source>
        <translation>Средняя оценка SEQ (1–7)</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Typed: {0}… (next digit, or Enter)</source>
        <translation>Введено: {0}… (следующая цифра или Enter)</translation>
    </message>
    <message>
        <source>{0}: answer {1}</source>
        <translation>{0}: ответ {1}</translation>
    </message>
    <message>
        <source>Answer {0}</source>
        <translation>Ответ {0}</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>{0}: declined to answer</source>
        <translation>{0}: отказ от ответа</translation>
    </message>
    <message>
        <source>The participant chose not to answer (recorded as declined, not as missing)</source>
        <translation>Участник решил не отвечать (записывается как отказ, а не как пропуск данных)</translation>
    </message>
    <message>
        <source>Translation not validated</source>
        <translation>Перевод не валидирован</translation>
    </message>
    <message>
        <source>This wording is uxlab&apos;s own translation, not a published validated one; scores may not compare with published norms.</source>
        <translation>Эта формулировка — собственный перевод uxlab, а не опубликованная валидированная версия; баллы могут быть несопоставимы с опубликованными нормами.</translation>
    </message>
    <message>
        <source>Validated translation</source>
        <translation>Валидизированный перевод</translation>
    </message>
    <message>
        <source>Which word best describes how you felt?</source>
        <translation>Какое слово лучше всего описывает ваши ощущения?</translation>
    </message>
    <message>
        <source>Feeling: {0}</source>
        <translation>Ощущение: {0}</translation>
    </message>
    <message>
        <source>Choose “{0}”</source>
        <translation>Выбрать «{0}»</translation>
    </message>
    <message>
        <source>Feeling word: declined to answer</source>
        <translation>Слово-ощущение: отказ от ответа</translation>
    </message>
    <message>
        <source>The participant chose not to answer</source>
        <translation>Участник решил не отвечать</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>After each task</source>
        <translation>После каждого задания</translation>
    </message>
    <message>
        <source>S&amp;EQ: how easy or difficult was the task (1–7)</source>
        <translation>&amp;SEQ: насколько легко или трудно было задание (1–7)</translation>
    </message>
    <message>
        <source>Ask the Single Ease Question after each task</source>
        <translation>Задавать вопрос о лёгкости (SEQ) после каждого задания</translation>
    </message>
    <message>
        <source>Single Ease Question, 7 points; compared with the 5.5 benchmark in results</source>
        <translation>Single Ease Question, 7 баллов; в результатах сравнивается с эталоном 5,5</translation>
    </message>
    <message>
        <source>E&amp;xperience trio: success, effort and emotion as felt</source>
        <translation>&amp;Тройка впечатлений: успех, усилие и эмоция глазами участника</translation>
    </message>
    <message>
        <source>Ask the experience trio after each task</source>
        <translation>Задавать тройку впечатлений после каждого задания</translation>
    </message>
    <message>
        <source>Three ratings: how successful, how much effort and how the participant felt</source>
        <translation>Три оценки: насколько успешно, сколько усилий и что чувствовал участник</translation>
    </message>
    <message>
        <source>E&amp;motion words the participant may pick (one per line, leave empty to not ask):</source>
        <translation>Слова &amp;эмоций, из которых участник может выбрать (по одному в строке; оставьте пустым, чтобы не спрашивать):</translation>
    </message>
    <message>
        <source>Q&amp;uestionnaires, asked in this order (tick to ask, drag to reorder):</source>
        <translation>Опросники в порядке по&amp;каза (отметьте, чтобы задать; перетащите, чтобы изменить порядок):</translation>
    </message>
    <message>
        <source>Then the study&apos;s own rating items (kept as written in study.json):</source>
        <translation>Затем собственные оценочные вопросы исследования (в том виде, как они записаны в study.json):</translation>
    </message>
    <message>
        <source>Emotion words</source>
        <translation>Слова эмоций</translation>
    </message>
    <message>
        <source>Words offered after each task to say how it felt, one per line</source>
        <translation>Слова, которые предлагаются после каждого задания, чтобы описать ощущения, по одному в строке</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>После сессии</translation>
    </message>
    <message>
        <source>Post-session questionnaires</source>
        <translation>Опросники после сессии</translation>
    </message>
    <message>
        <source>Tick the questionnaires to ask after the last task; press Space to tick, drag to change their order</source>
        <translation>Отметьте опросники, которые задаются после последнего задания; Пробел — отметить, перетаскивание — изменить порядок</translation>
    </message>
</context>
<context>
    <name>RecordingConsent</name>
    <message>
        <source>the screen</source>
        <translation>экран</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>камеру</translation>
    </message>
    <message>
        <source>the microphone</source>
        <translation>микрофон</translation>
    </message>
    <message>
        <source>This study records {0} during the session. Has the participant agreed to be recorded?

Nothing is recorded without their consent; the answer is kept in the session&apos;s journal.</source>
        <translation>В этом исследовании во время сеанса записывается: {0}. Согласился ли участник на запись?

Без его согласия ничего не записывается; ответ сохраняется в журнале сеанса.</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>Согласие на запись</translation>
    </message>
</context>
<context>
    <name>RecordingFailure</name>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the device is in use by another program</source>
        <translation>устройство занято другой программой</translation>
    </message>
    <message>
        <source>the source delivered no frame</source>
        <translation>источник не передал ни одного кадра</translation>
    </message>
    <message>
        <source>it did not start within 10 seconds</source>
        <translation>запись не началась за 10 секунд</translation>
    </message>
    <message>
        <source>the capture process stopped</source>
        <translation>процесс записи остановился</translation>
    </message>
    <message>
        <source>screen capture runs on Linux with X11 only for now</source>
        <translation>запись экрана пока работает только в Linux с X11</translation>
    </message>
    <message>
        <source>{0} capture runs on Linux only for now</source>
        <translation>запись ({0}) пока работает только в Linux</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>экран</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>голос</translation>
    </message>
    <message>
        <source>no such device or file ({0})</source>
        <translation>нет такого устройства или файла ({0})</translation>
    </message>
    <message>
        <source>permission denied ({0})</source>
        <translation>доступ запрещён ({0})</translation>
    </message>
    <message>
        <source>cannot create {0}</source>
        <translation>не удаётся создать {0}</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>screen</source>
        <translation>экран</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>микрофон</translation>
    </message>
    <message>
        <source>● Recording: {0}</source>
        <translation>● Идёт запись: {0}</translation>
    </message>
    <message>
        <source>(failed: {0})</source>
        <translation>(сбой: {0})</translation>
    </message>
    <message>
        <source>Recording is starting…</source>
        <translation>Запись начинается…</translation>
    </message>
    <message>
        <source>Not recording: the participant did not consent</source>
        <translation>Запись не ведётся: участник не дал согласия</translation>
    </message>
    <message>
        <source>Recording failed: {0}. The session goes on; every event is still journaled.</source>
        <translation>Сбой записи: {0}. Сеанс продолжается; все события по-прежнему заносятся в журнал.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>причина неизвестна</translation>
    </message>
</context>
<context>
    <name>ReviewExports</name>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Запись {0}…</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML-отчёт</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Экспорт отменён</translation>
    </message>
    <message>
        <source>Nothing was written; {0} is as it was.</source>
        <translation>Ничего не записано; {0} не изменён.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <source>{0} could not be written:
{1}</source>
        <translation>Не удалось записать {0}:
{1}</translation>
    </message>
    <message>
        <source>The workbook {0} is written.</source>
        <translation>Книга {0} записана.</translation>
    </message>
    <message>
        <source>It holds every participant: the &apos;Show&apos; filter applies to this window only.</source>
        <translation>В ней все участники: фильтр «Показать» действует только в этом окне.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Export charts to a folder</source>
        <translation>Экспорт графиков в папку</translation>
    </message>
    <message>
        <source>The charts were not saved</source>
        <translation>Графики не сохранены</translation>
    </message>
    <message>
        <source>Charts saved</source>
        <translation>Графики сохранены</translation>
    </message>
    <message>
        <source>{0} image(s) saved in {1}.</source>
        <translation>Сохранено изображений: {0}, в {1}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
</context>
<context>
    <name>ReviewFormat</name>
    <message>
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Пропущенные данные</translation>
    </message>
</context>
<context>
    <name>ReviewNotices</name>
    <message>
        <source>⚠ {0} warning(s) while loading — click to hide</source>
        <translation>⚠ Предупреждений при загрузке: {0} — щёлкните, чтобы скрыть</translation>
    </message>
    <message>
        <source>⚠ {0} warning(s) while loading — click to show</source>
        <translation>⚠ Предупреждений при загрузке: {0} — щёлкните, чтобы показать</translation>
    </message>
    <message>
        <source>Show or hide what was found while loading</source>
        <translation>Показать или скрыть то, что обнаружено при загрузке</translation>
    </message>
    <message>
        <source>Loading warnings</source>
        <translation>Предупреждения при загрузке</translation>
    </message>
    <message>
        <source>The results cannot be computed: {0}</source>
        <translation>Не удаётся вычислить результаты: {0}</translation>
    </message>
    <message>
        <source>Open a study (File &gt; Open study) or a results spreadsheet to review its results.</source>
        <translation>Откройте исследование (Файл &gt; Открыть исследование) или таблицу результатов, чтобы посмотреть результаты.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>The exclusion was not saved</source>
        <translation>Исключение не сохранено</translation>
    </message>
    <message>
        <source>The benchmarks were not saved</source>
        <translation>Ориентиры не сохранены</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Study summary</source>
        <translation>Сводка исследования</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;Задания</translation>
    </message>
    <message>
        <source>Part&amp;icipants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Граф&amp;ики</translation>
    </message>
    <message>
        <source>C&amp;omparison</source>
        <translation>Срав&amp;нение</translation>
    </message>
    <message>
        <source>One row per task; select a task to see its attempts</source>
        <translation>Строка на задание; выберите задание, чтобы увидеть его попытки</translation>
    </message>
    <message>
        <source>Outcome of every task for every participant, questionnaire scores, exclusions</source>
        <translation>Исход каждого задания для каждого участника, баллы опросников, исключения</translation>
    </message>
    <message>
        <source>Two groups side by side with significance tests</source>
        <translation>Две группы рядом, с тестами значимости</translation>
    </message>
    <message>
        <source>Charts of the results</source>
        <translation>Графики результатов</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>P&amp;articipant:</source>
        <translation>&amp;Участник:</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Pick a participant of the study or type a new id</source>
        <translation>Выберите участника исследования или введите новый идентификатор</translation>
    </message>
    <message>
        <source>Start or resume the session</source>
        <translation>Начать или продолжить сессию</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Завершить сессию</translation>
    </message>
    <message>
        <source>Participant screen</source>
        <translation>Экран участника</translation>
    </message>
    <message>
        <source>Show the participant screen</source>
        <translation>Показать экран участника</translation>
    </message>
    <message>
        <source>Open the participant&apos;s window on the chosen screen (Ctrl+Shift+P)</source>
        <translation>Открыть окно участника на выбранном экране (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>на</translation>
    </message>
    <message>
        <source>Screen for the participant window</source>
        <translation>Экран для окна участника</translation>
    </message>
    <message>
        <source>Which monitor shows the participant&apos;s window</source>
        <translation>На каком мониторе показывать окно участника</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <source>Participant window full screen</source>
        <translation>Окно участника во весь экран</translation>
    </message>
    <message>
        <source>Show the participant&apos;s window full screen</source>
        <translation>Показать окно участника во весь экран</translation>
    </message>
    <message>
        <source>Current task</source>
        <translation>Текущее задание</translation>
    </message>
    <message>
        <source>Session console</source>
        <translation>Пульт сеанса</translation>
    </message>
    <message>
        <source>◀ Previous task</source>
        <translation>◀ Предыдущее задание</translation>
    </message>
    <message>
        <source>Previous task</source>
        <translation>Предыдущее задание</translation>
    </message>
    <message>
        <source>Run an earlier task of the order next (one not done yet); or click a task in the order</source>
        <translation>Следующим выполнить более раннее задание из порядка (ещё не выполненное); или щёлкните задание в порядке</translation>
    </message>
    <message>
        <source>Next task ▶</source>
        <translation>Следующее задание ▶</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>Следующее задание</translation>
    </message>
    <message>
        <source>Run a later task of the order next; or click a task in the order</source>
        <translation>Следующим выполнить более позднее задание из порядка; или щёлкните задание в порядке</translation>
    </message>
    <message>
        <source>Success criteria (moderator only)</source>
        <translation>Критерии успеха (только для модератора)</translation>
    </message>
    <message>
        <source>Time on task (net, pauses excluded)</source>
        <translation>Время выполнения (чистое, без пауз)</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Enter saves the note with the time the key was pressed; Esc cancels</source>
        <translation>Enter сохраняет заметку со временем нажатия клавиши; Esc — отмена</translation>
    </message>
    <message>
        <source>Problem…</source>
        <translation>Проблема…</translation>
    </message>
    <message>
        <source>The typed value was dropped.</source>
        <translation>Введённое значение отброшено.</translation>
    </message>
    <message>
        <source>Pick a feeling word with 1–{0} (or {1} if declined).</source>
        <translation>Выберите слово-ощущение клавишами 1–{0} (или {1}, если отказ).</translation>
    </message>
    <message>
        <source>No question is waiting for an answer.</source>
        <translation>Нет вопросов, ожидающих ответа.</translation>
    </message>
    <message>
        <source>Usability problem</source>
        <translation>Проблема удобства</translation>
    </message>
    <message>
        <source>{0} at {1} (session time):</source>
        <translation>{0} в {1} (время сеанса):</translation>
    </message>
    <message>
        <source>The session was not started.</source>
        <translation>Сеанс не начат.</translation>
    </message>
    <message>
        <source>Events not saved</source>
        <translation>События не сохранены</translation>
    </message>
    <message>
        <source>{0} event(s) of this session are not on disk yet ({1}).</source>
        <translation>{0} событ. этого сеанса ещё не на диске ({1}).</translation>
    </message>
    <message>
        <source>the disk refused them</source>
        <translation>диск их не принял</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>Повторить сохранение</translation>
    </message>
    <message>
        <source>Save elsewhere…</source>
        <translation>Сохранить в другом месте…</translation>
    </message>
    <message>
        <source>Discard them and quit</source>
        <translation>Отбросить их и выйти</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Идёт сеанс</translation>
    </message>
    <message>
        <source>The session with participant {0} is still running. Everything recorded is on disk; it can be resumed when uxlab opens this study again. Quit now?</source>
        <translation>Сеанс с участником {0} ещё идёт. Всё записанное уже на диске; сеанс можно продолжить, когда uxlab снова откроет это исследование. Выйти сейчас?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Recordings not copied</source>
        <translation>Записи не скопированы</translation>
    </message>
    <message>
        <source>The session is saved in {0} and goes on there. These recordings could not be copied beside it and stay where they were recorded:
{1}</source>
        <translation>Сеанс сохранён в {0} и продолжается там. Эти записи не удалось скопировать рядом с ним, они остаются там, где были записаны:
{1}</translation>
    </message>
    <message>
        <source>Only one screen: the participant&apos;s window covers part of the console. Move it aside, or connect a second screen and pick it here.</source>
        <translation>Только один экран: окно участника закрывает часть пульта. Отодвиньте его или подключите второй экран и выберите его здесь.</translation>
    </message>
    <message>
        <source>The participant&apos;s window is beside the console, on the same screen. For a session, connect a second screen and pick it here.</source>
        <translation>Окно участника рядом с пультом, на том же экране. Для сеанса подключите второй экран и выберите его здесь.</translation>
    </message>
    <message>
        <source>Save the session elsewhere</source>
        <translation>Сохранить сессию в другом месте</translation>
    </message>
    <message>
        <source>Start task</source>
        <translation>Начать задание</translation>
    </message>
    <message>
        <source>Start this participant&apos;s session (or resume it if it was interrupted). Key: Ctrl+Enter</source>
        <translation>Начать сессию этого участника (или продолжить, если она была прервана). Клавиша: Ctrl+Enter</translation>
    </message>
    <message>
        <source>End the session after the last questionnaire. Key: Ctrl+Enter</source>
        <translation>Завершить сессию после последнего опросника. Клавиша: Ctrl+Enter</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>Пауза / продолжение</translation>
    </message>
    <message>
        <source>End task…</source>
        <translation>Завершить задание…</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>Пропустить задание</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Успех</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Неудача</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <source>Critical…</source>
        <translation>Инцидент…</translation>
    </message>
    <message>
        <source>Undo marker</source>
        <translation>Отменить отметку</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <source>{0} (key: {1})</source>
        <translation>{0} (клавиша: {1})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Клавиши:</translation>
    </message>
    <message>
        <source>Screen {0} ({1}×{2})</source>
        <translation>Экран {0} ({1}×{2})</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (завершена)</translation>
    </message>
    <message>
        <source> (interrupted: resume)</source>
        <translation> (прервана: продолжить)</translation>
    </message>
    <message>
        <source>{0} is outside the scale {1}–{2}.</source>
        <translation>{0} вне шкалы {1}–{2}.</translation>
    </message>
    <message>
        <source>No session is open: pick a participant and start the session.</source>
        <translation>Сессия не открыта: выберите участника и начните сессию.</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Критический инцидент</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation>Сессия уже идёт.</translation>
    </message>
    <message>
        <source>Type or pick a participant id first.</source>
        <translation>Сначала введите или выберите идентификатор участника.</translation>
    </message>
    <message>
        <source>The session ends with Ctrl+Enter once every task and questionnaire is done (or use the End session button).</source>
        <translation>Сессия завершается по Ctrl+Enter, когда все задания и опросники пройдены (или кнопкой «Завершить сессию»).</translation>
    </message>
    <message>
        <source>Open a study folder first (File &gt; Open study).</source>
        <translation>Сначала откройте папку исследования (Файл &gt; Открыть исследование).</translation>
    </message>
    <message>
        <source>The session cannot start</source>
        <translation>Сессию нельзя начать</translation>
    </message>
    <message>
        <source>Session resumed. Everything recorded before the interruption is kept; the running task was paused: press {0} to resume it.</source>
        <translation>Сессия продолжена. Всё записанное до прерывания сохранено; текущее задание поставлено на паузу: нажмите {0}, чтобы продолжить.</translation>
    </message>
    <message>
        <source>some tasks were not done (they will count as not attempted)</source>
        <translation>некоторые задания не выполнялись (они будут учтены как не начатые)</translation>
    </message>
    <message>
        <source>{0} question(s) are unanswered</source>
        <translation>вопросов без ответа: {0}</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Завершить сессию?</translation>
    </message>
    <message>
        <source>{0}. Unanswered questions will be recorded as declined. End the session?</source>
        <translation>{0}. Вопросы без ответа будут записаны как отказ. Завершить сессию?</translation>
    </message>
    <message>
        <source>This event cannot be corrected.</source>
        <translation>Это событие нельзя исправить.</translation>
    </message>
    <message>
        <source>All events are saved to disk again.</source>
        <translation>Все события снова сохранены на диск.</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>по-прежнему не удаётся</translation>
    </message>
    <message>
        <source>uxlab journal (*.jsonl)</source>
        <translation>Журнал uxlab (*.jsonl)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The session is now recorded in {0}. Copy it into the study&apos;s sessions folder afterwards.</source>
        <translation>Сессия теперь записывается в {0}. Потом скопируйте её в папку сессий исследования.</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Начать сессию</translation>
    </message>
    <message>
        <source>Participant {0}</source>
        <translation>Участник {0}</translation>
    </message>
    <message>
        <source>No session running. Pick a participant and press Start session (Ctrl+Enter).</source>
        <translation>Сеанс не идёт. Выберите участника и нажмите «Начать сеанс» (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>The clock is stopped: choose the outcome (1–4), or Esc if the task goes on.</source>
        <translation>Часы остановлены: выберите исход (1–4) или Esc, если задание продолжается.</translation>
    </message>
    <message>
        <source>Paused: press {0} to resume.</source>
        <translation>Пауза: нажмите {0}, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Task running: {0} error · {1} assist · {2} note · {3} end (choose outcome) · 1–4 end with an outcome.</source>
        <translation>Задание идёт: {0} ошибка · {1} помощь · {2} заметка · {3} завершить (выбрать исход) · 1–4 завершить с исходом.</translation>
    </message>
    <message>
        <source>Waiting for the ratings of the last task: digits answer the first question, {0} = declined.</source>
        <translation>Ожидаются оценки последнего задания: цифры отвечают на первый вопрос, {0} — отказ.</translation>
    </message>
    <message>
        <source>Next: “{0}”. Press {1} to start it.</source>
        <translation>Следующее: «{0}». Нажмите {1}, чтобы начать.</translation>
    </message>
    <message>
        <source>End-of-session questionnaires: digits answer the first question, {0} = declined.</source>
        <translation>Анкеты в конце сеанса: цифры отвечают на первый вопрос, {0} — отказ.</translation>
    </message>
    <message>
        <source>All tasks and questionnaires are done: press End session (Ctrl+Enter).</source>
        <translation>Все задания и анкеты выполнены: нажмите «Завершить сеанс» (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Session ended. Pick the next participant to start another session.</source>
        <translation>Сеанс завершён. Выберите следующего участника, чтобы начать новый сеанс.</translation>
    </message>
    <message>
        <source>No session running. Pick a participant and press Start session.</source>
        <translation>Сессия не идёт. Выберите участника и нажмите «Начать сессию».</translation>
    </message>
    <message>
        <source>Next: </source>
        <translation>Далее: </translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>(не указаны)</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Сессия завершена</translation>
    </message>
    <message>
        <source>After the task “{0}”: the participant answers on their screen, or enter the answers here (digit keys answer the first question; {1} = declined).</source>
        <translation>После задания «{0}»: участник отвечает на своём экране, или введите ответы здесь (цифровые клавиши отвечают на первый вопрос; {1} = отказ).</translation>
    </message>
    <message>
        <source>End of session: questionnaires ({0} item(s) left)</source>
        <translation>Конец сессии: опросники (осталось вопросов: {0})</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>SeqChart</name>
    <message>
        <source>Ease rating (SEQ) by task</source>
        <translation>Оценка лёгкости (SEQ) по заданиям</translation>
    </message>
    <message>
        <source>{0}
SEQ mean {1:.2f} from {2} ratings
{3} CI {4:.2f} – {5:.2f}</source>
        <translation>{0}
среднее SEQ {1:.2f} (оценок: {2})
{3} ДИ: {4:.2f} – {5:.2f}</translation>
    </message>
    <message>
        <source>Mean SEQ rating (1 = very difficult … 7 = very easy); whiskers: {0} confidence interval</source>
        <translation>Средняя оценка SEQ (1 = очень трудно … 7 = очень легко); усы — {0} доверительный интервал</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>That task has already been done.</source>
        <translation>Это задание уже выполнено.</translation>
    </message>
    <message>
        <source>No session is open: pick a participant and start the session.</source>
        <translation>Сессия не открыта: выберите участника и начните сессию.</translation>
    </message>
    <message>
        <source>Record the ratings for the last task first (or mark them declined).</source>
        <translation>Сначала запишите оценки за последнее задание (или отметьте отказ от оценки).</translation>
    </message>
    <message>
        <source>A task is already running: end it first.</source>
        <translation>Задание уже выполняется: сначала завершите его.</translation>
    </message>
    <message>
        <source>Every task has been done.</source>
        <translation>Все задания выполнены.</translation>
    </message>
    <message>
        <source>No task is running.</source>
        <translation>Нет выполняемого задания.</translation>
    </message>
    <message>
        <source>The task continues: its clock runs again.</source>
        <translation>Задание продолжается: его часы снова идут.</translation>
    </message>
    <message>
        <source>There is no task left to skip.</source>
        <translation>Не осталось заданий, которые можно пропустить.</translation>
    </message>
    <message>
        <source>There is no marker to undo.</source>
        <translation>Нет отметки, которую можно отменить.</translation>
    </message>
    <message>
        <source>No task has been done yet.</source>
        <translation>Ещё ни одно задание не выполнено.</translation>
    </message>
    <message>
        <source>A task is still running: end it first.</source>
        <translation>Задание ещё выполняется: сначала завершите его.</translation>
    </message>
</context>
<context>
    <name>SeverityFrequencyChart</name>
    <message>
        <source>Severity × frequency chart</source>
        <translation>Диаграмма «серьёзность × частота»</translation>
    </message>
    <message>
        <source>Severity × frequency, as a table</source>
        <translation>Серьёзность × частота в виде таблицы</translation>
    </message>
    <message>
        <source>The chart&apos;s data, most impact first; Enter selects the problem</source>
        <translation>Данные диаграммы, самые весомые сначала; Enter выбирает проблему</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Frequency (95 % CI)</source>
        <translation>Частота (95 % ДИ)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Severity × frequency</source>
        <translation>Серьёзность × частота</translation>
    </message>
    <message>
        <source>Participants who met the problem (%)</source>
        <translation>Участники, столкнувшиеся с проблемой (%)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>не оценена</translation>
    </message>
    <message>
        <source>{0}: {1}
Severity: {2}
Met by {3} of {4} participants: {5}% (95% CI {6}–{7}%)
Impact: {8}</source>
        <translation>{0}: {1}
Серьёзность: {2}
Встретилась {3} из {4} участников: {5}% (95% ДИ {6}–{7}%)
Вес: {8}</translation>
    </message>
    <message>
        <source>No problems to chart yet.</source>
        <translation>Пока нет проблем для диаграммы.</translation>
    </message>
    <message>
        <source>{0} problems by share of participants (across) and severity (up). Most impact: {1} ({2}), met by {3} of {4} participants.</source>
        <translation>Проблем: {0}, по доле участников (по горизонтали) и серьёзности (по вертикали). Самая весомая: {1} ({2}), встретилась {3} из {4} участников.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>{0} included, {1} excluded</source>
        <translation>включено: {0}, исключено: {1}</translation>
    </message>
    <message>
        <source>Excluded participants are left out of every number</source>
        <translation>Исключённые участники не учитываются ни в одном показателе</translation>
    </message>
    <message>
        <source>{0} (n = {1})</source>
        <translation>{0} (n = {1})</translation>
    </message>
    <message>
        <source>{0}; SUS-equivalent {1} (n = {2})</source>
        <translation>{0}; эквивалент SUS {1} (n = {2})</translation>
    </message>
    <message>
        <source>{0} promoters, {1} passives, {2} detractors</source>
        <translation>промоутеров: {0}, нейтралов: {1}, критиков: {2}</translation>
    </message>
    <message>
        <source>{0} top-2-box; mean {1} (n = {2})</source>
        <translation>{0} top-2-box; среднее {1} (n = {2})</translation>
    </message>
    <message>
        <source>{0}; {1} agree (n = {2})</source>
        <translation>{0}; согласны {1} (n = {2})</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>Хуже некуда</translation>
    </message>
    <message>
        <source>Awful</source>
        <translation>Ужасно</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Плохо</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Приемлемо</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошо</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Отлично</translation>
    </message>
    <message>
        <source>Best imaginable</source>
        <translation>Лучше некуда</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>SUS mean</source>
        <translation>Среднее SUS</translation>
    </message>
    <message>
        <source>SUS grade</source>
        <translation>Оценка SUS</translation>
    </message>
    <message>
        <source>SUS percentile</source>
        <translation>Процентиль SUS</translation>
    </message>
    <message>
        <source>SUS adjective</source>
        <translation>Словесная оценка SUS</translation>
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
        <translation>Ответы NPS</translation>
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
        <translation>Баллы SUS на шкале оценок</translation>
    </message>
    <message>
        <source>Mean {0:.1f} ({1})</source>
        <translation>Среднее {0:.1f} ({1})</translation>
    </message>
    <message>
        <source>Mean SUS {0:.1f} (grade {1}) from {2} participants
{3} CI {4:.1f} – {5:.1f}</source>
        <translation>Среднее SUS {0:.1f} (оценка {1}), участников: {2}
{3} ДИ: {4:.1f} – {5:.1f}</translation>
    </message>
    <message>
        <source>SUS {0:g} to under {1:g}: {2} participants</source>
        <translation>SUS от {0:g} до менее {1:g}: участников — {2}</translation>
    </message>
    <message>
        <source>Grade {0}: SUS {1:g} to {2:g}, {3} participants</source>
        <translation>Оценка {0}: SUS от {1:g} до {2:g}, участников — {3}</translation>
    </message>
    <message>
        <source>SUS score (0–100); grades: Sauro-Lewis curved grading scale</source>
        <translation>Балл SUS (0–100); оценки: кривая шкала оценок Sauro–Lewis</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Tasks</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>The study&apos;s tasks. Drag a task, or press Alt+Up / Alt+Down, to reorder</source>
        <translation>Задания исследования. Перетащите задание или нажмите Alt+Вверх / Alt+Вниз, чтобы изменить порядок</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Доб&amp;авить</translation>
    </message>
    <message>
        <source>Add a new task after the selected one</source>
        <translation>Добавить новое задание после выбранного</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Дублирова&amp;ть</translation>
    </message>
    <message>
        <source>Copy the selected task, with a new id</source>
        <translation>Скопировать выбранное задание с новым идентификатором</translation>
    </message>
    <message>
        <source>Move the selected task one place up (Alt+Up)</source>
        <translation>Переместить выбранное задание на одну позицию вверх (Alt+Вверх)</translation>
    </message>
    <message>
        <source>Move the selected task one place down (Alt+Down)</source>
        <translation>Переместить выбранное задание на одну позицию вниз (Alt+Вниз)</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>Те&amp;ксты на:</translation>
    </message>
    <message>
        <source>Task &amp;id:</source>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Tar&amp;get time:</source>
        <translation>Целевое вре&amp;мя:</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>&amp;Лимит времени:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected task from the study (Delete)</source>
        <translation>Удалить выбранное задание из исследования (Delete)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>С&amp;ценарий:</translation>
    </message>
    <message>
        <source>Success criteria:</source>
        <translation>Критерии успеха:</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Within-subjects studies: the condition (design, version, tool) this task is done under, e.g. old menu / new menu; the review then compares the conditions within participants (Compare by: condition). Leave empty otherwise</source>
        <translation>Исследования с внутригрупповым планом: условие (дизайн, версия, инструмент), в котором выполняется задание, например старое меню / новое меню; затем обзор сравнивает условия внутри участников (Сравнить по: condition). Иначе оставьте пустым</translation>
    </message>
    <message>
        <source>Language of the title and scenario</source>
        <translation>Язык названия и сценария</translation>
    </message>
    <message>
        <source>Tasks (in the order of a fixed stud&amp;y):</source>
        <translation>Список задани&amp;й (в порядке фиксированного исследования):</translation>
    </message>
    <message>
        <source>The selected task</source>
        <translation>Выбранное задание</translation>
    </message>
    <message>
        <source>&amp;Journey stage:</source>
        <translation>&amp;Этап пути:</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>&amp;Условие:</translation>
    </message>
    <message>
        <source>Which language&apos;s title and scenario you are editing</source>
        <translation>На каком языке вы редактируете название и сценарий</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>Идентификатор задания</translation>
    </message>
    <message>
        <source>A short unique id used in the data files (letters, digits, _ - .)</source>
        <translation>Короткий уникальный идентификатор для файлов данных (буквы, цифры, _ - .)</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Название задания</translation>
    </message>
    <message>
        <source>A short name for the task, in the selected language</source>
        <translation>Короткое название задания на выбранном языке</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>What the participant reads: the task as a realistic scenario, in the selected language</source>
        <translation>То, что читает участник: задание в виде реалистичного сценария на выбранном языке</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Критерии успеха</translation>
    </message>
    <message>
        <source>What counts as success, for the moderator (not shown to participants)</source>
        <translation>Что считается успехом — для модератора (участникам не показывается)</translation>
    </message>
    <message>
        <source>Target time in seconds</source>
        <translation>Целевое время в секундах</translation>
    </message>
    <message>
        <source>The time an experienced user needs; leave at &apos;not set&apos; if there is none</source>
        <translation>Время, которое нужно опытному пользователю; оставьте «не задано», если его нет</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>Лимит времени в секундах</translation>
    </message>
    <message>
        <source>When the moderator is prompted to stop the task; at least the target time</source>
        <translation>Когда модератору предлагается остановить задание; не меньше целевого времени</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Этап пути</translation>
    </message>
    <message>
        <source>The step of the user journey this task belongs to (e.g. signup, pay); results can be grouped by stage</source>
        <translation>Шаг пути пользователя, к которому относится задание (например, регистрация, оплата); результаты можно группировать по этапам</translation>
    </message>
    <message>
        <source>The study has no tasks yet. Press Add to write the first one.</source>
        <translation>В исследовании пока нет заданий. Нажмите «Добавить», чтобы написать первое.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) recorded this task under the id &apos;{0}&apos;. With a new id, those results no longer belong to it (they stay on disk). Put back &apos;{0}&apos; to keep them together.</source>
        <translation>
            <numerusform>Это задание записано в %n сессии под идентификатором «{0}». С новым идентификатором эти результаты больше не относятся к нему (они остаются на диске). Верните «{0}», чтобы сохранить их вместе.</numerusform>
            <numerusform>Это задание записано в %n сессиях под идентификатором «{0}». С новым идентификатором эти результаты больше не относятся к нему (они остаются на диске). Верните «{0}», чтобы сохранить их вместе.</numerusform>
            <numerusform>Это задание записано в %n сессиях под идентификатором «{0}». С новым идентификатором эти результаты больше не относятся к нему (они остаются на диске). Верните «{0}», чтобы сохранить их вместе.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) recorded this task: keep its id so the results stay together.</source>
        <translation>
            <numerusform>Это задание записано в %n сессии: сохраните его идентификатор, чтобы результаты остались вместе.</numerusform>
            <numerusform>Это задание записано в %n сессиях: сохраните его идентификатор, чтобы результаты остались вместе.</numerusform>
            <numerusform>Это задание записано в %n сессиях: сохраните его идентификатор, чтобы результаты остались вместе.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) recorded the task &apos;{0}&apos;. Their results stay on disk, but the study will no longer list the task, so results leave it out. Remove it?</source>
        <translation>
            <numerusform>Задание «{0}» записано в %n сессии. Результаты остаются на диске, но задание исчезнет из исследования, и результаты его не покажут. Удалить?</numerusform>
            <numerusform>Задание «{0}» записано в %n сессиях. Результаты остаются на диске, но задание исчезнет из исследования, и результаты его не покажут. Удалить?</numerusform>
            <numerusform>Задание «{0}» записано в %n сессиях. Результаты остаются на диске, но задание исчезнет из исследования, и результаты его не покажут. Удалить?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written in {0} yet: participants reading {0} will see the text shown in grey (the study language&apos;s).</source>
        <translation>Ещё не написано на языке {0}: участники, читающие на {0}, увидят текст, показанный серым (на языке исследования).</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новое задание</translation>
    </message>
    <message>
        <source>Remove a recorded task?</source>
        <translation>Удалить записанное задание?</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Time, successful</source>
        <translation>Время, успешные</translation>
    </message>
    <message>
        <source>Time, all attempts</source>
        <translation>Время, все попытки</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Выполнение</translation>
    </message>
    <message>
        <source>SEQ (1–7)</source>
        <translation>SEQ (1–7)</translation>
    </message>
    <message>
        <source>Success net</source>
        <translation>Успех, чистый балл</translation>
    </message>
    <message>
        <source>Effort net</source>
        <translation>Усилие, чистый балл</translation>
    </message>
    <message>
        <source>Emotion net</source>
        <translation>Эмоция, чистый балл</translation>
    </message>
    <message>
        <source>Errors (mean)</source>
        <translation>Ошибки (среднее)</translation>
    </message>
    <message>
        <source>Assists (mean)</source>
        <translation>Подсказки (среднее)</translation>
    </message>
    <message>
        <source>The task&apos;s title, in study order</source>
        <translation>Название задания, в порядке исследования</translation>
    </message>
    <message>
        <source>Time on task of successful attempts: geometric mean with its interval</source>
        <translation>Время успешных попыток: среднее геометрическое с интервалом</translation>
    </message>
    <message>
        <source>Time on task of all attempts (failed and abandoned too): geometric mean with its interval</source>
        <translation>Время всех попыток (включая неудачные и брошенные): среднее геометрическое с интервалом</translation>
    </message>
    <message>
        <source>Errors marked by the moderator per attempt (mean)</source>
        <translation>Ошибки, отмеченные модератором, на попытку (среднее)</translation>
    </message>
    <message>
        <source>Assists given by the moderator per attempt (mean)</source>
        <translation>Подсказки модератора на попытку (среднее)</translation>
    </message>
    <message>
        <source>{0} attempts: {1} successes, {2} partial, {3} skipped (not attempts), {4} interrupted</source>
        <translation>Попыток: {0}; успешных: {1}, частичных: {2}, пропущенных (не попытки): {3}, прерванных: {4}</translation>
    </message>
    <message>
        <source>Task id: {0}</source>
        <translation>Идентификатор задания: {0}</translation>
    </message>
    <message>
        <source>Stage: {0}</source>
        <translation>Этап: {0}</translation>
    </message>
    <message>
        <source>Target time: {0}</source>
        <translation>Целевое время: {0}</translation>
    </message>
    <message>
        <source>n = {0}; median {1}; arithmetic mean {2}; SD {3}</source>
        <translation>n = {0}; медиана {1}; среднее арифметическое {2}; СО {3}</translation>
    </message>
    <message>
        <source>{0} of {1} attempts successful</source>
        <translation>успешных попыток: {0} из {1}</translation>
    </message>
    <message>
        <source>n = {0}</source>
        <translation>n = {0}</translation>
    </message>
    <message>
        <source>n = {0}; mean {1} on 1–7</source>
        <translation>n = {0}; среднее {1} по шкале 1–7</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Select a task above to see its attempts.</source>
        <translation>Выберите задание выше, чтобы увидеть его попытки.</translation>
    </message>
    <message>
        <source>Attempts at “{0}” ({1})</source>
        <translation>Попытки «{0}» ({1})</translation>
    </message>
    <message>
        <source>Select an attempt to see its events and notes.</source>
        <translation>Выберите попытку, чтобы увидеть её события и заметки.</translation>
    </message>
    <message>
        <source>Events of {0} in “{1}” (time since the session started)</source>
        <translation>События {0} в «{1}» (время с начала сессии)</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Заметки: {0}</translation>
    </message>
    <message>
        <source>Time on task: successful &amp;attempts only</source>
        <translation>Время выполнения: только успе&amp;шные попытки</translation>
    </message>
    <message>
        <source>Checked: time on task of successful attempts (the usual report). Unchecked: all attempts, including failed and abandoned ones</source>
        <translation>Отмечено: время успешных попыток (обычный отчёт). Не отмечено: все попытки, включая неудачные и брошенные</translation>
    </message>
    <message>
        <source>Time on task of successful attempts only</source>
        <translation>Время выполнения только для успешных попыток</translation>
    </message>
    <message>
        <source>Task results</source>
        <translation>Результаты заданий</translation>
    </message>
    <message>
        <source>Select a task to see its attempts below</source>
        <translation>Выберите задание, чтобы увидеть его попытки ниже</translation>
    </message>
    <message>
        <source>Attempts at the selected task</source>
        <translation>Попытки выбранного задания</translation>
    </message>
    <message>
        <source>Select an attempt to see its events and notes</source>
        <translation>Выберите попытку, чтобы увидеть её события и заметки</translation>
    </message>
    <message>
        <source>Events of the selected attempt</source>
        <translation>События выбранной попытки</translation>
    </message>
    <message>
        <source>Everything recorded during the attempt, in order</source>
        <translation>Всё, что записано во время попытки, по порядку</translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>Time on task</source>
        <translation>Время выполнения задания</translation>
    </message>
    <message>
        <source>Logarithmic time axis</source>
        <translation>Логарифмическая ось времени</translation>
    </message>
    <message>
        <source>Show times on a log scale: task times are skewed, and a log axis shows fast and slow attempts with the same detail.</source>
        <translation>Показывать время в логарифмическом масштабе: время выполнения асимметрично, и логарифмическая ось показывает быстрые и медленные попытки одинаково подробно.</translation>
    </message>
    <message>
        <source>{0}
{1}: {2}, {3}</source>
        <translation>{0}
{1}: {2}, {3}</translation>
    </message>
    <message>
        <source>Time on task (s)</source>
        <translation>Время выполнения (с)</translation>
    </message>
    <message>
        <source>Time on task (s, logarithmic scale)</source>
        <translation>Время выполнения (с, логарифмическая шкала)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Geometric mean, successful attempts ({0} CI)</source>
        <translation>Среднее геометрическое успешных попыток ({0} ДИ)</translation>
    </message>
    <message>
        <source>{0}
Geometric mean of {1} successful attempts: {2}
{3} CI {4} – {5}; median {6}</source>
        <translation>{0}
Среднее геометрическое успешных попыток ({1}): {2}
{3} ДИ: {4} – {5}; медиана {6}</translation>
    </message>
    <message>
        <source>Target {0}</source>
        <translation>Цель {0}</translation>
    </message>
    <message>
        <source>Target time</source>
        <translation>Целевое время</translation>
    </message>
    <message>
        <source>{0}
Target time {1}</source>
        <translation>{0}
Целевое время {1}</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Успех</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Неудача</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Отказ</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Session timeline</source>
        <translation>Хронология сессий</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Страни&amp;ца</translation>
    </message>
    <message>
        <source>Timeline page</source>
        <translation>Страница хронологии</translation>
    </message>
    <message>
        <source>The timeline shows {0} participants at a time so that it stays fast with large studies; choose which group of participants to show.</source>
        <translation>Хронология показывает по {0} участников за раз, чтобы оставаться быстрой в больших исследованиях; выберите, какую группу участников показать.</translation>
    </message>
    <message>
        <source>participants {0}–{1} of {2}</source>
        <translation>участники {0}–{1} из {2}</translation>
    </message>
    <message>
        <source>Session time (min)</source>
        <translation>Время сессии (мин)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>{0} · {1}
{2}, {3} – {4} ({5} including pauses)</source>
        <translation>{0} · {1}
{2}, {3} – {4} ({5} с паузами)</translation>
    </message>
    <message>
        <source>{0} · {1} at {2} ({3})</source>
        <translation>{0} · {1} в {2} ({3})</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Успех</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Частично</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Неудача</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Критический инцидент</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Net time on task</source>
        <translation>Чистое время выполнения</translation>
    </message>
    <message>
        <source>Net time on task: pauses excluded</source>
        <translation>Чистое время выполнения: без пауз</translation>
    </message>
    <message>
        <source>Gross time on task (pauses included)</source>
        <translation>Общее время задания (с паузами)</translation>
    </message>
    <message>
        <source>Net time on task: {0}</source>
        <translation>Чистое время задания: {0}</translation>
    </message>
    <message>
        <source>Task started: {0}. Its clock is running.</source>
        <translation>Задание начато: {0}. Его секундомер идёт.</translation>
    </message>
    <message>
        <source>Paused at {0}.</source>
        <translation>Пауза на {0}.</translation>
    </message>
    <message>
        <source>Resumed at {0}.</source>
        <translation>Продолжено с {0}.</translation>
    </message>
    <message>
        <source>The task goes on at {0}.</source>
        <translation>Задание продолжается с {0}.</translation>
    </message>
    <message>
        <source>Time on task: {0}.</source>
        <translation>Время на задание: {0}.</translation>
    </message>
    <message>
        <source>Time limit passed.</source>
        <translation>Лимит времени превышен.</translation>
    </message>
    <message>
        <source>Target time passed.</source>
        <translation>Целевое время превышено.</translation>
    </message>
    <message>
        <source>Task ended: {0}, net time {1}.</source>
        <translation>Задание завершено: {0}, чистое время {1}.</translation>
    </message>
    <message>
        <source>‖ PAUSED: the task&apos;s clock is stopped</source>
        <translation>‖ ПАУЗА: часы задания остановлены</translation>
    </message>
    <message>
        <source>■ CLOCK STOPPED: choose the outcome</source>
        <translation>■ ЧАСЫ ОСТАНОВЛЕНЫ: выберите исход</translation>
    </message>
    <message>
        <source>last task: gross {0} · {1}</source>
        <translation>последнее задание: всего {0} · {1}</translation>
    </message>
    <message>
        <source>gross {0} (pauses included)</source>
        <translation>всего {0} (с паузами)</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>цель {0}</translation>
    </message>
    <message>
        <source>target passed</source>
        <translation>цель превышена</translation>
    </message>
    <message>
        <source>limit {0}</source>
        <translation>лимит {0}</translation>
    </message>
    <message>
        <source>LIMIT PASSED</source>
        <translation>ЛИМИТ ПРЕВЫШЕН</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong inside uxlab. Everything recorded so far is saved. Details were written to {0}; please report them.</source>
        <translation>В uxlab произошла внутренняя ошибка. Всё, что было записано, сохранено. Подробности записаны в {0}; пожалуйста, сообщите о них.</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Start next task</source>
        <translation>Начать следующее задание</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>Пауза / продолжение</translation>
    </message>
    <message>
        <source>End task (choose outcome)</source>
        <translation>Завершить задание (выбрать исход)</translation>
    </message>
    <message>
        <source>Outcome: success</source>
        <translation>Исход: успех</translation>
    </message>
    <message>
        <source>Outcome: partial success</source>
        <translation>Исход: частичный успех</translation>
    </message>
    <message>
        <source>Outcome: fail</source>
        <translation>Исход: неудача</translation>
    </message>
    <message>
        <source>Outcome: abandoned (gave up)</source>
        <translation>Исход: отказ (участник сдался)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>Подсказка модератора</translation>
    </message>
    <message>
        <source>Note (timestamped at the key press)</source>
        <translation>Заметка (с отметкой времени нажатия клавиши)</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Критический инцидент</translation>
    </message>
    <message>
        <source>Usability problem observed (with a short text)</source>
        <translation>Замечена проблема удобства (с коротким текстом)</translation>
    </message>
    <message>
        <source>Undo last marker</source>
        <translation>Отменить последнюю отметку</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>Пропустить задание</translation>
    </message>
    <message>
        <source>Rating declined</source>
        <translation>Отказ от оценки</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>success</source>
        <translation>успех</translation>
    </message>
    <message>
        <source>partial success</source>
        <translation>частичный успех</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>неудача</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>отказ</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
</context>
</TS>
