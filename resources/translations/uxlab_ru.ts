<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>DetailsEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario la&amp;nguages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study&apos;s name, shown in the window title and in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the study is about, for the team (participants do not see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language texts are written in when no other language is given (a language code such as en, fr, ar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every language the scenarios are written in, as codes separated by commas, e.g. en, fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en, fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant may end a task themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant can end a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the participant a button to say they are done with the task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <source>Exclude participant {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is participant {0} excluded from the analysis? The reason is saved in the study file; no data is deleted and the participant can be included again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: did not meet the screener, technical problem, session not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Планирование</translation>
    </message>
    <message>
        <source>&amp;Run session</source>
        <translation>Проведение &amp;сессии</translation>
    </message>
    <message>
        <source>Re&amp;view results</source>
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
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The study has unsaved changes. Save them first?</source>
        <translation>В исследовании есть несохранённые изменения. Сначала сохранить их?</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanValidation</name>
    <message>
        <source>task id &apos;{0}&apos; appears twice (also task {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant &apos;{0}&apos; appears twice (also row {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give each one a unique id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>{0}. Fix: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>No session is open: pick a participant and start the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the ratings for the last task first (or mark them declined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task is already running: end it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every task has been done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task left to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no marker to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No task has been done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task is still running: end it first.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End task (choose outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: partial success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: abandoned (gave up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (timestamped at the key press)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
