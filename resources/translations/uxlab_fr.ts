<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>DetailsEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Study &amp;language:</source>
        <translation>&amp;Langue de l’étude&#xa0;:</translation>
    </message>
    <message>
        <source>Scenario la&amp;nguages:</source>
        <translation>Langues des &amp;scénarios&#xa0;:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Participant&#xa0;:</translation>
    </message>
    <message>
        <source>Study title</source>
        <translation>Titre de l’étude</translation>
    </message>
    <message>
        <source>The study&apos;s name, shown in the window title and in reports</source>
        <translation>Le nom de l’étude, affiché dans la barre de titre et dans les rapports</translation>
    </message>
    <message>
        <source>Study description</source>
        <translation>Description de l’étude</translation>
    </message>
    <message>
        <source>What the study is about, for the team (participants do not see it)</source>
        <translation>Le sujet de l’étude, pour l’équipe (les participants ne le voient pas)</translation>
    </message>
    <message>
        <source>Study language</source>
        <translation>Langue de l’étude</translation>
    </message>
    <message>
        <source>The language texts are written in when no other language is given (a language code such as en, fr, ar)</source>
        <translation>La langue des textes lorsqu’aucune autre langue n’est indiquée (un code de langue comme en, fr, ar)</translation>
    </message>
    <message>
        <source>Scenario languages</source>
        <translation>Langues des scénarios</translation>
    </message>
    <message>
        <source>Every language the scenarios are written in, as codes separated by commas, e.g. en, fr</source>
        <translation>Toutes les langues dans lesquelles les scénarios sont rédigés, en codes séparés par des virgules, p. ex. en, fr</translation>
    </message>
    <message>
        <source>e.g. en, fr</source>
        <translation>p. ex. en, fr</translation>
    </message>
    <message>
        <source>The participant may end a task themselves</source>
        <translation>Le participant peut terminer une tâche lui-même</translation>
    </message>
    <message>
        <source>Participant can end a task</source>
        <translation>Le participant peut terminer une tâche</translation>
    </message>
    <message>
        <source>Show the participant a button to say they are done with the task</source>
        <translation>Afficher au participant un bouton pour indiquer qu’il a terminé la tâche</translation>
    </message>
</context>
<context>
    <name>EditEventDialog</name>
    <message>
        <source>Correct event {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error, assist, note or critical incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value on the item&apos;s scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant chose not to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything recorded in this session. Select an event and press F2 (or double-click) to correct it; the correction is recorded as a new event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session resumed after an interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Erreur</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation type="unfinished">Aide du modérateur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation type="unfinished">Incident critique</translation>
    </message>
    <message>
        <source>(undone) {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (corrected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of event {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of event {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatically, after the interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved to disk yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExcludeDialog</name>
    <message>
        <source>Exclude participant {0}</source>
        <translation>Exclure le participant {0}</translation>
    </message>
    <message>
        <source>Why is participant {0} excluded from the analysis? The reason is saved in the study file; no data is deleted and the participant can be included again.</source>
        <translation>Pourquoi le participant {0} est-il exclu de l’analyse&#xa0;? Le motif est enregistré dans le fichier de l’étude&#xa0;; aucune donnée n’est supprimée et le participant peut être réintégré.</translation>
    </message>
    <message>
        <source>Reason for the exclusion</source>
        <translation>Motif de l’exclusion</translation>
    </message>
    <message>
        <source>For example: did not meet the screener, technical problem, session not finished</source>
        <translation>Par exemple&#xa0;: ne répondait pas aux critères de recrutement, problème technique, séance inachevée</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
</context>
<context>
    <name>KeyBindingsDialog</name>
    <message>
        <source>Keys for one-key logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, then press the new key for “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptop-friendly defaults: letters and digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys work while the session console has the focus; while you type a note they type text instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is used by both “{1}” and “{2}”: choose another key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planification</translation>
    </message>
    <message>
        <source>&amp;Run session</source>
        <translation>&amp;Mener une séance</translation>
    </message>
    <message>
        <source>Re&amp;view results</source>
        <translation>&amp;Examiner les résultats</translation>
    </message>
    <message>
        <source>Script the study: tasks, questions, questionnaires, participants</source>
        <translation>Écrire le script de l’étude&#xa0;: tâches, questions, questionnaires, participants</translation>
    </message>
    <message>
        <source>Run a moderated session with a participant</source>
        <translation>Mener une séance modérée avec un participant</translation>
    </message>
    <message>
        <source>Results, charts, group comparisons and export</source>
        <translation>Résultats, graphiques, comparaisons de groupes et export</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New study…</source>
        <translation>&amp;Nouvelle étude…</translation>
    </message>
    <message>
        <source>&amp;Open study…</source>
        <translation>&amp;Ouvrir une étude…</translation>
    </message>
    <message>
        <source>Open &amp;results spreadsheet (CSV / XLSX)…</source>
        <translation>Ouvrir un tableau de &amp;résultats (CSV / XLSX)…</translation>
    </message>
    <message>
        <source>Open r&amp;ecent</source>
        <translation>Études ré&amp;centes</translation>
    </message>
    <message>
        <source>&amp;Save study</source>
        <translation>&amp;Enregistrer l’étude</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>E&amp;xporter vers Excel…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Run session</source>
        <translation>Mener une séance</translation>
    </message>
    <message>
        <source>Review results</source>
        <translation>Examiner les résultats</translation>
    </message>
    <message>
        <source>&amp;Participant screen</source>
        <translation>Écran du &amp;participant</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Keys…</source>
        <translation>&amp;Touches…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Methods and formulas</source>
        <translation>&amp;Méthodes et formules</translation>
    </message>
    <message>
        <source>&amp;About uxlab</source>
        <translation>À &amp;propos d’uxlab</translation>
    </message>
    <message>
        <source>no study open</source>
        <translation>aucune étude ouverte</translation>
    </message>
    <message>
        <source>This study cannot be opened</source>
        <translation>Impossible d’ouvrir cette étude</translation>
    </message>
    <message>
        <source>Resume the interrupted session?</source>
        <translation>Reprendre la séance interrompue&#xa0;?</translation>
    </message>
    <message>
        <source>The session with participant {0} was interrupted before it ended. Everything recorded up to then is kept. Resume it where it stopped?</source>
        <translation>La séance avec le participant {0} a été interrompue avant la fin. Tout ce qui a été enregistré jusque-là est conservé. La reprendre là où elle s’est arrêtée&#xa0;?</translation>
    </message>
    <message>
        <source>Open a study folder</source>
        <translation>Ouvrir le dossier d’une étude</translation>
    </message>
    <message>
        <source>Open a results spreadsheet</source>
        <translation>Ouvrir un tableau de résultats</translation>
    </message>
    <message>
        <source>Results (*.csv *.xlsx)</source>
        <translation>Résultats (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new study</source>
        <translation>Choisissez un dossier vide pour la nouvelle étude</translation>
    </message>
    <message>
        <source>A study is already there</source>
        <translation>Une étude s’y trouve déjà</translation>
    </message>
    <message>
        <source>{0} already holds a study. Open it, or choose an empty folder.</source>
        <translation>Le dossier {0} contient déjà une étude. Ouvrez-la ou choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>New study</source>
        <translation>Nouvelle étude</translation>
    </message>
    <message>
        <source>The study cannot be created</source>
        <translation>Impossible de créer l’étude</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucune pour l’instant)</translation>
    </message>
    <message>
        <source>About uxlab</source>
        <translation>À propos d’uxlab</translation>
    </message>
    <message>
        <source>uxlab {0}: a lab for moderated usability testing.
Free software under the GNU GPL v3 or later.</source>
        <translation>uxlab {0}&#xa0;: un laboratoire pour les tests d’utilisabilité modérés.
Logiciel libre sous licence GNU GPL v3 ou ultérieure.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The study has unsaved changes. Save them first?</source>
        <translation>L’étude comporte des modifications non enregistrées. Les enregistrer d’abord&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>success</source>
        <translation>réussite</translation>
    </message>
    <message>
        <source>partial success</source>
        <translation>réussite partielle</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandon</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passée</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>non terminée</translation>
    </message>
</context>
<context>
    <name>ParticipantScreen</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press when you think you have finished the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I give up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press if you want to stop this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Please wait for the moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your time!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait for the moderator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Who takes part. Double-click a cell (or press F2) to edit it. Exclusions are decided in Review results, after the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per participant: id, group, language and attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a participant at the end of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected participants from the study (their recorded sessions stay on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusions are set in Review results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} participants, {1} excluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanValidation</name>
    <message>
        <source>task id &apos;{0}&apos; appears twice (also task {1})</source>
        <translation>l’identifiant de tâche «&#xa0;{0}&#xa0;» apparaît deux fois (aussi tâche {1})</translation>
    </message>
    <message>
        <source>participant &apos;{0}&apos; appears twice (also row {1})</source>
        <translation>le participant «&#xa0;{0}&#xa0;» apparaît deux fois (aussi ligne {1})</translation>
    </message>
    <message>
        <source>give each one a unique id</source>
        <translation>donnez à chacun un identifiant unique</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>{0}. Fix: {1}</source>
        <translation>{0}. Correction&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>{0}: answer {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: declined to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant chose not to answer (recorded as declined, not as missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wording is uxlab&apos;s own translation, not a published validated one; scores may not compare with published norms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which word best describes how you felt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling word: declined to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant chose not to answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>After each task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SEQ: how easy or difficult was the task (1–7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the Single Ease Question after each task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single Ease Question, 7 points; compared with the 5.5 benchmark in results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xperience trio: success, effort and emotion as felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the experience trio after each task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three ratings: how successful, how much effort and how the participant felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emotion words the participant may pick (one per line, leave empty to not ask):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words offered after each task to say how it felt, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questionnaires, asked in this order (tick to ask, drag to reorder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-session questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the questionnaires to ask after the last task; press Space to tick, drag to change their order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>No session is open: pick a participant and start the session.</source>
        <translation>Aucune séance n’est ouverte&#xa0;: choisissez un participant et démarrez la séance.</translation>
    </message>
    <message>
        <source>Record the ratings for the last task first (or mark them declined).</source>
        <translation>Saisissez d’abord les évaluations de la dernière tâche (ou indiquez que le participant a refusé).</translation>
    </message>
    <message>
        <source>A task is already running: end it first.</source>
        <translation>Une tâche est déjà en cours&#xa0;: terminez-la d’abord.</translation>
    </message>
    <message>
        <source>Every task has been done.</source>
        <translation>Toutes les tâches ont été réalisées.</translation>
    </message>
    <message>
        <source>No task is running.</source>
        <translation>Aucune tâche n’est en cours.</translation>
    </message>
    <message>
        <source>There is no task left to skip.</source>
        <translation>Il ne reste aucune tâche à passer.</translation>
    </message>
    <message>
        <source>There is no marker to undo.</source>
        <translation>Il n’y a aucun marqueur à annuler.</translation>
    </message>
    <message>
        <source>No task has been done yet.</source>
        <translation>Aucune tâche n’a encore été réalisée.</translation>
    </message>
    <message>
        <source>A task is still running: end it first.</source>
        <translation>Une tâche est encore en cours&#xa0;: terminez-la d’abord.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>{0} included, {1} excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded participants are left out of every number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (n = {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; SUS-equivalent {1} (n = {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} promoters, {1} passives, {2} detractors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} top-2-box; mean {1} (n = {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}; {1} agree (n = {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best imaginable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUS mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUS grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUS percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUS adjective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UMUX-Lite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPS answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CES</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>&amp;Tasks (in the order of a fixed study):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study&apos;s tasks. Drag a task, or press Alt+Up / Alt+Down, to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new task after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected task, with a new id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected task from the study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected task one place up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected task one place down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success c&amp;riteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey sta&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the title and scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which language&apos;s title and scenario you are editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short unique id used in the data files (letters, digits, _ - .)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name for the task, in the selected language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the participant reads: the task as a realistic scenario, in the selected language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counts as success, for the moderator (not shown to participants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time an experienced user needs; leave at &apos;not set&apos; if there is none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the moderator is prompted to stop the task; at least the target time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step of the user journey this task belongs to (e.g. signup, pay); results can be grouped by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study has no tasks yet. Press Add to write the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written in {0} yet: participants reading {0} will see the text shown in grey (the study language&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong inside uxlab. Everything recorded so far is saved. Details were written to {0}; please report them.</source>
        <translation>Une erreur interne s’est produite dans uxlab. Tout ce qui a été enregistré jusqu’ici est sauvegardé. Les détails ont été écrits dans {0}&#xa0;; merci de nous les signaler.</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Start next task</source>
        <translation>Démarrer la tâche suivante</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>Pause / reprise</translation>
    </message>
    <message>
        <source>End task (choose outcome)</source>
        <translation>Terminer la tâche (choisir le résultat)</translation>
    </message>
    <message>
        <source>Outcome: success</source>
        <translation>Résultat&#xa0;: réussite</translation>
    </message>
    <message>
        <source>Outcome: partial success</source>
        <translation>Résultat&#xa0;: réussite partielle</translation>
    </message>
    <message>
        <source>Outcome: fail</source>
        <translation>Résultat&#xa0;: échec</translation>
    </message>
    <message>
        <source>Outcome: abandoned (gave up)</source>
        <translation>Résultat&#xa0;: abandon (le participant renonce)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>Aide du modérateur</translation>
    </message>
    <message>
        <source>Note (timestamped at the key press)</source>
        <translation>Note (horodatée à l’appui sur la touche)</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Incident critique</translation>
    </message>
    <message>
        <source>Undo last marker</source>
        <translation>Annuler le dernier marqueur</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>Passer la tâche</translation>
    </message>
    <message>
        <source>Rating declined</source>
        <translation>Évaluation refusée</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>success</source>
        <translation type="unfinished">réussite</translation>
    </message>
    <message>
        <source>partial success</source>
        <translation type="unfinished">réussite partielle</translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished">abandon</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished">passée</translation>
    </message>
</context>
</TS>
