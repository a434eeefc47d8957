<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AttemptPlayer</name>
    <message>
        <source>Recording of the attempt</source>
        <translation>Enregistrement de l&apos;essai</translation>
    </message>
    <message>
        <source>Space or K: play or pause; Left or J, Right or L: 5 seconds back or forward</source>
        <translation>Espace ou K : lecture ou pause ; Gauche ou J, Droite ou L : 5 secondes en arrière ou en avant</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <source>5 seconds back (Left or J)</source>
        <translation>5 secondes en arrière (Gauche ou J)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <source>5 seconds forward (Right or L)</source>
        <translation>5 secondes en avant (Droite ou L)</translation>
    </message>
    <message>
        <source>5 seconds back</source>
        <translation>5 secondes en arrière</translation>
    </message>
    <message>
        <source>5 seconds forward</source>
        <translation>5 secondes en avant</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Playback speed, from half to twice the real speed</source>
        <translation>Vitesse de lecture, de la moitié au double de la vitesse réelle</translation>
    </message>
    <message>
        <source>Delete this participant&apos;s recordings</source>
        <translation>Supprimer les enregistrements de ce participant</translation>
    </message>
    <message>
        <source>{0}×</source>
        <translation>{0}×</translation>
    </message>
    <message>
        <source>The attempt&apos;s events: click one to see it; Page Up / Page Down: previous / next event</source>
        <translation>Les événements de la tentative : cliquez sur l’un d’eux pour le voir ; Page préc. / Page suiv. : événement précédent / suivant</translation>
    </message>
    <message>
        <source>Event timeline</source>
        <translation>Chronologie des événements</translation>
    </message>
    <message>
        <source>Delete this participant&apos;s recordings…</source>
        <translation>Supprimer les enregistrements de ce participant…</translation>
    </message>
    <message>
        <source>On the participant&apos;s request: removes their video and sound files; the session&apos;s events and notes stay</source>
        <translation>À la demande du participant : supprime ses fichiers vidéo et son ; les événements et les notes de la séance restent</translation>
    </message>
    <message>
        <source>Select an attempt to see its recording.</source>
        <translation>Sélectionnez une tentative pour voir son enregistrement.</translation>
    </message>
    <message>
        <source>Recording of {0} in “{1}”</source>
        <translation>Enregistrement de {0} dans « {1} »</translation>
    </message>
    <message>
        <source>This attempt was recorded ({0}), but video cannot be played here: {1}. Fix: install PySide6-Addons of the same version as PySide6, and on Linux the PulseAudio client library (libpulse0).</source>
        <translation>Cette tentative a été enregistrée ({0}), mais la vidéo ne peut pas être lue ici : {1}. Solution : installez PySide6-Addons de la même version que PySide6 et, sous Linux, la bibliothèque cliente PulseAudio (libpulse0).</translation>
    </message>
    <message>
        <source>No recording for this attempt</source>
        <translation>Pas d’enregistrement pour cette tentative</translation>
    </message>
    <message>
        <source>{0}: a results file holds no recordings.</source>
        <translation>{0} : un fichier de résultats ne contient pas d’enregistrements.</translation>
    </message>
    <message>
        <source>{0}: this attempt is not in the study&apos;s sessions.</source>
        <translation>{0} : cette tentative ne figure dans aucune séance de l’étude.</translation>
    </message>
    <message>
        <source>{0}: the participant&apos;s recordings were deleted on request ({1}).</source>
        <translation>{0} : les enregistrements du participant ont été supprimés à sa demande ({1}).</translation>
    </message>
    <message>
        <source>{0}: the participant did not consent to recording.</source>
        <translation>{0} : le participant n’a pas consenti à l’enregistrement.</translation>
    </message>
    <message>
        <source>{0}: the session was not recorded.</source>
        <translation>{0} : la séance n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>{0}: nothing was recording while it ran (the recording failed: {1}).</source>
        <translation>{0} : rien n’était enregistré pendant son déroulement (l’enregistrement a échoué : {1}).</translation>
    </message>
    <message>
        <source>{0}: nothing was recording while it ran.</source>
        <translation>{0} : rien n’était enregistré pendant son déroulement.</translation>
    </message>
    <message>
        <source>{0}: the file {1} is missing. Fix: put it back in the study&apos;s sessions folder.</source>
        <translation>{0} : le fichier {1} est introuvable. Solution : remettez-le dans le dossier des séances de l’étude.</translation>
    </message>
    <message>
        <source>critical incident</source>
        <translation>incident critique</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>assist</source>
        <translation>assistance</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>problem observation</source>
        <translation>observation de problème</translation>
    </message>
    <message>
        <source>task started</source>
        <translation>tâche démarrée</translation>
    </message>
    <message>
        <source>task ended</source>
        <translation>tâche terminée</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>reprise</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>chrono arrêté</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>Attempt video</source>
        <translation>Vidéo de la tentative</translation>
    </message>
    <message>
        <source>The recording cannot be played: {0} ({1})</source>
        <translation>L’enregistrement ne peut pas être lu : {0} ({1})</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Play / pause (Space or K)</source>
        <translation>Lecture / pause (Espace ou K)</translation>
    </message>
    <message>
        <source>Delete recordings</source>
        <translation>Supprimer les enregistrements</translation>
    </message>
    <message>
        <source>Delete every video and sound file of {0}? This cannot be undone. The session&apos;s events, times and notes are kept, and the deletion is recorded in the study&apos;s sessions folder.</source>
        <translation>Supprimer tous les fichiers vidéo et son de {0} ? C’est irréversible. Les événements, les temps et les notes de la séance sont conservés, et la suppression est consignée dans le dossier des séances de l’étude.</translation>
    </message>
    <message>
        <source>The recordings were not deleted: {0}</source>
        <translation>Les enregistrements n’ont pas été supprimés : {0}</translation>
    </message>
    <message>
        <source>Some files could not be deleted: {0}</source>
        <translation>Certains fichiers n’ont pas pu être supprimés : {0}</translation>
    </message>
</context>
<context>
    <name>AttributesEditor</name>
    <message>
        <source>Attributes recorded for &amp;each participant (the one named &quot;group&quot; lists the groups to compare):</source>
        <translation>Attributs enregistrés pour &amp;chaque participant (celui nommé «&#xa0;group&#xa0;» liste les groupes à comparer)&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Choices (separated by commas; empty = free text)</source>
        <translation>Choix (séparés par des virgules&#xa0;; vide = texte libre)</translation>
    </message>
    <message>
        <source>Participant attributes</source>
        <translation>Attributs des participants</translation>
    </message>
    <message>
        <source>Each attribute: a short name used in the data, the label people read, and the allowed values</source>
        <translation>Chaque attribut&#xa0;: un nom court utilisé dans les données, le libellé lu par les personnes et les valeurs permises</translation>
    </message>
    <message>
        <source>&amp;Add attribute</source>
        <translation>Ajouter u&amp;n attribut</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <source>Record one more attribute for each participant (e.g. age band)</source>
        <translation>Enregistrer un attribut de plus pour chaque participant (p. ex. tranche d’âge)</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Retirer l’attribut</translation>
    </message>
    <message>
        <source>Stop recording the selected attribute (values already entered stay with the participants)</source>
        <translation>Ne plus enregistrer l’attribut sélectionné (les valeurs déjà saisies restent avec les participants)</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>Nouvel attribut</translation>
    </message>
</context>
<context>
    <name>Benchmarks</name>
    <message>
        <source>{what}: no data to compare with the {target} benchmark</source>
        <translation>{what} : aucune donnée à comparer à la référence {target}</translation>
    </message>
    <message>
        <source>{what}: every value is the same ({shown}; no variation), so no test applies; it is {side} {target} in these data</source>
        <translation>{what} : toutes les valeurs sont identiques ({shown} ; aucune variation), donc aucun test ne s&apos;applique ; le résultat est {side} {target} dans ces données</translation>
    </message>
    <message>
        <source>{what}: not enough data to test against {target} (n = {n})</source>
        <translation>{what} : pas assez de données pour tester par rapport à {target} (n = {n})</translation>
    </message>
    <message>
        <source>{what} {shown} is {side} {target} with {conf} ({test})</source>
        <translation>{what} {shown} est {side} {target} avec {conf} ({test})</translation>
    </message>
    <message>
        <source>{what} {shown}: not shown to be {side} {target} (only {conf}; {test})</source>
        <translation>{what} {shown} : pas démontré {side} {target} (seulement {conf} ; {test})</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus de</translation>
    </message>
    <message>
        <source>below</source>
        <translation>en dessous de</translation>
    </message>
    <message>
        <source>faster than</source>
        <translation>plus rapide que</translation>
    </message>
    <message>
        <source>slower than</source>
        <translation>plus lent que</translation>
    </message>
    <message>
        <source>{c} confidence</source>
        <translation>{c} de confiance</translation>
    </message>
    <message>
        <source>more than {c} confidence</source>
        <translation>plus de {c} de confiance</translation>
    </message>
    <message>
        <source>less than {c} confidence</source>
        <translation>moins de {c} de confiance</translation>
    </message>
    <message>
        <source>{task}: completion</source>
        <translation>{task} : réussite</translation>
    </message>
    <message>
        <source>{task}: SEQ</source>
        <translation>{task} : SEQ</translation>
    </message>
    <message>
        <source>{task}: time</source>
        <translation>{task} : temps</translation>
    </message>
    <message>
        <source>mean {v}</source>
        <translation>moyenne {v}</translation>
    </message>
    <message>
        <source>geometric mean {v}</source>
        <translation>moyenne géométrique {v}</translation>
    </message>
    <message>
        <source>the {t} target</source>
        <translation>l&apos;objectif de {t}</translation>
    </message>
    <message>
        <source>{t} (SUS-equivalent; UMUX-Lite {raw})</source>
        <translation>{t} (équivalent SUS ; UMUX-Lite {raw})</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>exact binomial test, one-sided (mid-p)</source>
        <translation>test binomial exact, unilatéral (mid-p)</translation>
    </message>
    <message>
        <source>one-sample t-test, one-sided</source>
        <translation>test t à un échantillon, unilatéral</translation>
    </message>
    <message>
        <source>one-sample t-test on log times, one-sided</source>
        <translation>test t à un échantillon sur le logarithme des temps, unilatéral</translation>
    </message>
    <message>
        <source>one-sample z-test (adjusted-Wald SE), one-sided</source>
        <translation>test z à un échantillon (erreur type de Wald ajusté), unilatéral</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>SEQ (mean)</source>
        <translation>SEQ (moyenne)</translation>
    </message>
    <message>
        <source>Time vs target (geometric mean)</source>
        <translation>Temps vs cible (moyenne géométrique)</translation>
    </message>
    <message>
        <source>SUS (mean)</source>
        <translation>SUS (moyenne)</translation>
    </message>
    <message>
        <source>UMUX-Lite (mean)</source>
        <translation>UMUX-Lite (moyenne)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>p (one-sided)</source>
        <translation>p (unilatéral)</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>The benchmark or target the result is tested against</source>
        <translation>La référence ou la cible à laquelle le résultat est comparé</translation>
    </message>
    <message>
        <source>One-sided p-value that the result is better than the benchmark (completion: exact binomial mid-p; means: one-sample t; times: t on log times)</source>
        <translation>Valeur p unilatérale que le résultat soit meilleur que la référence (réussite : mid-p binomial exact ; moyennes : t à un échantillon ; temps : t sur les log des temps)</translation>
    </message>
    <message>
        <source>1 − p: how confident one can be that the result is better than the benchmark</source>
        <translation>1 − p : à quel point on peut être sûr que le résultat est meilleur que la référence</translation>
    </message>
    <message>
        <source>Plain-language reading of the test</source>
        <translation>Lecture du test en langage courant</translation>
    </message>
</context>
<context>
    <name>BenchmarksDialog</name>
    <message>
        <source>Benchmarks</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Each result is tested one-sided against its benchmark. The values are saved in the study file; the defaults are the averages published by Sauro and Lewis (completion 78 %, SEQ 5.5, SUS 68).</source>
        <translation>Chaque résultat est testé de façon unilatérale par rapport à sa référence. Les valeurs sont enregistrées dans le fichier de l&apos;étude ; par défaut, ce sont les moyennes publiées par Sauro et Lewis (réussite 78 %, SEQ 5,5, SUS 68).</translation>
    </message>
    <message>
        <source>Completion rate (%):</source>
        <translation>Taux de réussite (%) :</translation>
    </message>
    <message>
        <source>SEQ mean:</source>
        <translation>SEQ moyen :</translation>
    </message>
    <message>
        <source>SUS mean:</source>
        <translation>SUS moyen :</translation>
    </message>
    <message>
        <source>UMUX-Lite (SUS-equivalent):</source>
        <translation>UMUX-Lite (équivalent SUS) :</translation>
    </message>
    <message>
        <source>NPS:</source>
        <translation>NPS :</translation>
    </message>
    <message>
        <source>Test the NPS against a benchmark</source>
        <translation>Tester le NPS par rapport à une référence</translation>
    </message>
</context>
<context>
    <name>ChartBase</name>
    <message>
        <source>No data to show.</source>
        <translation>Aucune donnée à afficher.</translation>
    </message>
    <message>
        <source>Chart data, {0} rows:</source>
        <translation>Données du graphique, {0} lignes :</translation>
    </message>
    <message>
        <source>…and {0} more rows: use “Show data as table”.</source>
        <translation>…et {0} lignes de plus : utilisez « Afficher les données en tableau ».</translation>
    </message>
    <message>
        <source>Show data as table</source>
        <translation>Afficher les données en tableau</translation>
    </message>
    <message>
        <source>Show the data of the chart as a table</source>
        <translation>Afficher les données du graphique sous forme de tableau</translation>
    </message>
    <message>
        <source>The numbers of every bar, point and band of this chart in a table, for the keyboard and screen readers</source>
        <translation>Les nombres de chaque barre, point et bande de ce graphique dans un tableau, pour le clavier et les lecteurs d’écran</translation>
    </message>
</context>
<context>
    <name>ChartTableDialog</name>
    <message>
        <source>Data of the chart: {0}</source>
        <translation>Données du graphique : {0}</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>One row per bar, point or band of the chart, with the numbers its tooltip shows</source>
        <translation>Une ligne par barre, point ou bande du graphique, avec les nombres de son info-bulle</translation>
    </message>
    <message>
        <source>Close the table</source>
        <translation>Fermer le tableau</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>The charts cannot be drawn: {0}</source>
        <translation>Impossible de tracer les graphiques&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Completion</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Time on task</source>
        <translation>Temps sur la tâche</translation>
    </message>
    <message>
        <source>Ease (SEQ)</source>
        <translation>Facilité (SEQ)</translation>
    </message>
    <message>
        <source>Ease vs completion</source>
        <translation>Facilité et réussite</translation>
    </message>
    <message>
        <source>SUS</source>
        <translation>SUS</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Results charts</source>
        <translation>Graphiques des résultats</translation>
    </message>
    <message>
        <source>Charts of the study results; hover a bar or point for its numbers.</source>
        <translation>Graphiques des résultats de l’étude&#xa0;; survolez une barre ou un point pour voir ses chiffres.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Value in group {0} (n in the tooltip)</source>
        <translation>Valeur dans le groupe {0} (n dans l’infobulle)</translation>
    </message>
    <message>
        <source>How large the difference is: {0} − {1} with its confidence interval (completion in percentage points, ratings in scale points, Hedges&apos; g in the tooltip), or the ratio {0} / {1} of geometric mean times</source>
        <translation>Taille de la différence : {0} − {1} avec son intervalle de confiance (réussite en points de pourcentage, notes en points d&apos;échelle, g de Hedges dans l&apos;infobulle), ou le rapport {0} / {1} des moyennes géométriques des temps</translation>
    </message>
    <message>
        <source>Two-sided p-value; a difference is called reliable when p is below 1 − confidence</source>
        <translation>Valeur p bilatérale&#xa0;; une différence est dite fiable quand p est inférieur à 1 − confiance</translation>
    </message>
    <message>
        <source>Plain-language reading of the test</source>
        <translation>Interprétation du test en langage courant</translation>
    </message>
    <message>
        <source>Hedges&apos; g = {0}</source>
        <translation>g de Hedges = {0}</translation>
    </message>
    <message>
        <source>g = {0}</source>
        <translation>g = {0}</translation>
    </message>
    <message>
        <source>{0}, Holm-adjusted</source>
        <translation>{0}, ajusté par Holm</translation>
    </message>
    <message>
        <source>N-1 two-proportion test</source>
        <translation>test N-1 de deux proportions</translation>
    </message>
    <message>
        <source>Fisher exact test</source>
        <translation>test exact de Fisher</translation>
    </message>
    <message>
        <source>Welch t-test</source>
        <translation>test t de Welch</translation>
    </message>
    <message>
        <source>Welch t-test on log times</source>
        <translation>test t de Welch sur le log des temps</translation>
    </message>
    <message>
        <source>Wilcoxon signed-rank test</source>
        <translation>test des rangs signés de Wilcoxon</translation>
    </message>
    <message>
        <source>McNemar exact test (mid-p)</source>
        <translation>test exact de McNemar (mid-p)</translation>
    </message>
    <message>
        <source>paired t-test</source>
        <translation>test t apparié</translation>
    </message>
    <message>
        <source>paired t-test on log times</source>
        <translation>test t apparié sur le log des temps</translation>
    </message>
    <message>
        <source>paired t-test on each participant&apos;s mean log time</source>
        <translation>test t apparié sur le log moyen des temps de chaque participant</translation>
    </message>
    <message>
        <source>No difference: every value is {0} in both {1} and {2} (no variation, so no test)</source>
        <translation>Aucune différence : toutes les valeurs valent {0} dans {1} comme dans {2} (aucune variation, donc aucun test)</translation>
    </message>
    <message>
        <source>Every value in {0} is {1} and every value in {2} is {3}: with no variation within the groups the difference is exact for these data and no test applies</source>
        <translation>Toutes les valeurs valent {1} dans {0} et {3} dans {2} : sans variation au sein des groupes, la différence est exacte pour ces données et aucun test ne s’applique</translation>
    </message>
    <message>
        <source>Not enough data to compare ({0}: n = {1}, {2}: n = {3})</source>
        <translation>Pas assez de données pour comparer ({0} : n = {1}, {2} : n = {3})</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Fisher exact test: {0}</source>
        <translation>Test exact de Fisher&#xa0;: {0}</translation>
    </message>
    <message>
        <source>check: {0} {1}</source>
        <translation>vérification : {0} {1}</translation>
    </message>
    <message>
        <source>No reliable difference ({0} {1} vs {2} {3}), {4}</source>
        <translation>Pas de différence fiable ({0} {1} contre {2} {3}), {4}</translation>
    </message>
    <message>
        <source>{0} faster ({1} vs {2}), {3}</source>
        <translation>{0} plus rapide ({1} contre {2}), {3}</translation>
    </message>
    <message>
        <source>{0} higher ({1} vs {2}), {3}</source>
        <translation>{0} plus élevé ({1} contre {2}), {3}</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Time, successful (geometric mean)</source>
        <translation>Temps, tentatives réussies (moyenne géométrique)</translation>
    </message>
    <message>
        <source>SEQ mean</source>
        <translation>SEQ moyen</translation>
    </message>
    <message>
        <source>(all tasks)</source>
        <translation>(toutes les tâches)</translation>
    </message>
    <message>
        <source>Time per participant, successful (geometric mean)</source>
        <translation>Temps par participant, réussites (moyenne géométrique)</translation>
    </message>
    <message>
        <source>SUS mean</source>
        <translation>SUS moyen</translation>
    </message>
    <message>
        <source>UMUX-Lite mean</source>
        <translation>UMUX-Lite moyen</translation>
    </message>
    <message>
        <source>(study)</source>
        <translation>(étude)</translation>
    </message>
</context>
<context>
    <name>ComparisonMany</name>
    <message>
        <source>chi-square test of independence</source>
        <translation>test du khi-deux d&apos;indépendance</translation>
    </message>
    <message>
        <source>Fisher-Freeman-Halton exact test</source>
        <translation>test exact de Fisher-Freeman-Halton</translation>
    </message>
    <message>
        <source>Welch&apos;s ANOVA</source>
        <translation>ANOVA de Welch</translation>
    </message>
    <message>
        <source>Welch&apos;s ANOVA on log times</source>
        <translation>ANOVA de Welch sur le log des temps</translation>
    </message>
    <message>
        <source>Cochran&apos;s Q test</source>
        <translation>test Q de Cochran</translation>
    </message>
    <message>
        <source>Friedman test</source>
        <translation>test de Friedman</translation>
    </message>
    <message>
        <source>Friedman test on log times</source>
        <translation>test de Friedman sur le log des temps</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Time, successful (geometric mean)</source>
        <translation>Temps, tentatives réussies (moyenne géométrique)</translation>
    </message>
    <message>
        <source>SEQ mean</source>
        <translation>SEQ moyen</translation>
    </message>
    <message>
        <source>SUS mean</source>
        <translation>SUS moyen</translation>
    </message>
    <message>
        <source>UMUX-Lite mean</source>
        <translation>UMUX-Lite moyen</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>taux de réussite</translation>
    </message>
    <message>
        <source>time on task</source>
        <translation>temps sur la tâche</translation>
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
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Second</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>p (pairs: Holm)</source>
        <translation>p (paires : Holm)</translation>
    </message>
    <message>
        <source>All groups (the omnibus test), or the two groups of a pair</source>
        <translation>Tous les groupes (le test global), ou les deux groupes d&apos;une paire</translation>
    </message>
    <message>
        <source>Value in the first group of the pair (n in the tooltip)</source>
        <translation>Valeur dans le premier groupe de la paire (n dans l&apos;infobulle)</translation>
    </message>
    <message>
        <source>Value in the second group of the pair (n in the tooltip)</source>
        <translation>Valeur dans le second groupe de la paire (n dans l&apos;infobulle)</translation>
    </message>
    <message>
        <source>Omnibus rows: the test statistic and its degrees of freedom. Pairs: first − second with its confidence interval (completion in percentage points, ratings in scale points, Hedges&apos; g in the tooltip), or the ratio first / second of geometric mean times</source>
        <translation>Lignes du test global : la statistique du test et ses degrés de liberté. Paires : premier − second avec son intervalle de confiance (réussite en points de pourcentage, notes en points d&apos;échelle, g de Hedges dans l&apos;infobulle), ou le rapport premier / second des moyennes géométriques des temps</translation>
    </message>
    <message>
        <source>Omnibus rows: p of the test across all groups. Pairs: p adjusted with Holm&apos;s step-down rule within the measure (the unadjusted p in the tooltip)</source>
        <translation>Lignes du test global : p du test sur tous les groupes. Paires : p ajusté par la procédure descendante de Holm au sein de la mesure (le p non ajusté dans l&apos;infobulle)</translation>
    </message>
    <message>
        <source>Plain-language reading of the test</source>
        <translation>Interprétation du test en langage courant</translation>
    </message>
    <message>
        <source>χ²({0}) = {1}</source>
        <translation>χ²({0}) = {1}</translation>
    </message>
    <message>
        <source>F({0}, {1}) = {2}</source>
        <translation>F({0} ; {1}) = {2}</translation>
    </message>
    <message>
        <source>No variation in {0} within the groups, so no test</source>
        <translation>Aucune variation de {0} au sein des groupes, donc pas de test</translation>
    </message>
    <message>
        <source>Not enough data for a test of {0} across the {1} groups</source>
        <translation>Pas assez de données pour tester {0} entre les {1} groupes</translation>
    </message>
    <message>
        <source>Reliable difference in {0} between the {1} groups, {2} ({3})</source>
        <translation>Différence fiable de {0} entre les {1} groupes, {2} ({3})</translation>
    </message>
    <message>
        <source>No reliable difference in {0} between the {1} groups, {2} ({3})</source>
        <translation>Pas de différence fiable de {0} entre les {1} groupes, {2} ({3})</translation>
    </message>
    <message>
        <source>No variation in {0} within the conditions, so no test</source>
        <translation>Aucune variation de {0} au sein des conditions, donc pas de test</translation>
    </message>
    <message>
        <source>Not enough data for a test of {0} across the {1} conditions</source>
        <translation>Pas assez de données pour tester {0} entre les {1} conditions</translation>
    </message>
    <message>
        <source>Reliable difference in {0} between the {1} conditions, {2} ({3})</source>
        <translation>Différence fiable de {0} entre les {1} conditions, {2} ({3})</translation>
    </message>
    <message>
        <source>No reliable difference in {0} between the {1} conditions, {2} ({3})</source>
        <translation>Pas de différence fiable de {0} entre les {1} conditions, {2} ({3})</translation>
    </message>
    <message>
        <source>Chi-square test: {0} (not used: an expected count is below 5)</source>
        <translation>Test du khi-deux : {0} (non retenu : un effectif attendu est inférieur à 5)</translation>
    </message>
    <message>
        <source>all {0} groups</source>
        <translation>les {0} groupes</translation>
    </message>
    <message>
        <source>all {0} conditions</source>
        <translation>les {0} conditions</translation>
    </message>
    <message>
        <source>Unadjusted: {0}</source>
        <translation>Non ajusté : {0}</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>(study)</source>
        <translation>(étude)</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>Change the benchmarks the results are tested against; they are saved in the study file</source>
        <translation>Modifier les références auxquelles les résultats sont comparés ; elles sont enregistrées dans le fichier de l&apos;étude</translation>
    </message>
    <message>
        <source>A results spreadsheet has no study file to save benchmarks in; use uxlab analyze --benchmark on the command line instead</source>
        <translation>Un tableur de résultats n&apos;a pas de fichier d&apos;étude où enregistrer des références ; utilisez plutôt uxlab analyze --benchmark en ligne de commande</translation>
    </message>
    <message>
        <source>Benchmarks (one-sided tests; highlighted rows are better than their benchmark at {0} % confidence): completion 78 %, SEQ 5.5, SUS and UMUX-Lite 68, each task&apos;s target time, or the study&apos;s own benchmarks.</source>
        <translation>Références (tests unilatéraux ; les lignes surlignées sont meilleures que leur référence avec {0} % de confiance) : réussite 78 %, SEQ 5,5, SUS et UMUX-Lite 68, le temps cible de chaque tâche, ou les références propres à l&apos;étude.</translation>
    </message>
    <message>
        <source>Choose a group or attribute in &apos;Compare by&apos; to compare two groups side by side with significance tests.</source>
        <translation>Choisissez un groupe ou un attribut dans «&#xa0;Comparer par&#xa0;» pour comparer deux groupes côte à côte avec des tests de significativité.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has {1} value(s); a comparison needs two groups.</source>
        <translation>« {0} » a {1} valeur(s) ; une comparaison demande deux groupes.</translation>
    </message>
    <message>
        <source>Choose two different groups to compare.</source>
        <translation>Choisissez deux groupes différents à comparer.</translation>
    </message>
    <message>
        <source>{0} vs {1} (by {2}), {3} % confidence; highlighted rows differ reliably. The p-value and test of each row are those of the reading.</source>
        <translation>{0} vs {1} (par {2}), confiance {3} %&#xa0;; les lignes surlignées diffèrent de façon fiable. La valeur p et le test de chaque ligne sont ceux de l’interprétation.</translation>
    </message>
    <message>
        <source>Design: within-subjects ({0} participants with data under both conditions), so the tests are paired.</source>
        <translation>Plan intra-sujets ({0} participants avec des données dans les deux conditions) : les tests sont appariés.</translation>
    </message>
    <message>
        <source>Design: mixed ({0} participants with data under both conditions are compared paired).</source>
        <translation>Plan mixte (les {0} participants avec des données dans les deux conditions sont comparés de façon appariée).</translation>
    </message>
    <message>
        <source>Design: between-subjects (independent groups).</source>
        <translation>Plan inter-sujets (groupes indépendants).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has {1} values: choose the two groups to compare next to &apos;Compare by&apos;.</source>
        <translation>«&#xa0;{0}&#xa0;» a {1} valeurs&#xa0;: choisissez les deux groupes à comparer à côté de «&#xa0;Comparer par&#xa0;».</translation>
    </message>
    <message>
        <source>{0} groups by {1} ({2}), {3} % confidence. For each measure, a test across all groups, then every pair of groups with p adjusted by Holm&apos;s method; highlighted rows differ reliably.</source>
        <translation>{0} groupes selon {1} ({2}), confiance {3} %. Pour chaque mesure, un test sur tous les groupes, puis chaque paire de groupes avec p ajusté par la méthode de Holm ; les lignes surlignées diffèrent de façon fiable.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{0} attempt(s) with no value in &apos;{1}&apos; are left out of the comparison.</source>
        <translation>{0} essai(s) sans valeur pour « {1} » sont laissés hors de la comparaison.</translation>
    </message>
    <message>
        <source>{0} participant(s) with no value in &apos;{1}&apos; are left out of the comparison.</source>
        <translation>{0} participant(s) sans valeur pour « {1} » sont laissés hors de la comparaison.</translation>
    </message>
    <message>
        <source>E&amp;dit benchmarks…</source>
        <translation>Mo&amp;difier les références…</translation>
    </message>
    <message>
        <source>Edit the study&apos;s benchmarks</source>
        <translation>Modifier les références de l&apos;étude</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Each result tested one-sided against its benchmark or target; highlighted rows are better than it</source>
        <translation>Chaque résultat est testé de façon unilatérale contre sa référence ou sa cible ; les lignes surlignées sont meilleures</translation>
    </message>
    <message>
        <source>Group comparison</source>
        <translation>Comparaison de groupes</translation>
    </message>
    <message>
        <source>Highlighted rows: reliable difference at the chosen confidence level</source>
        <translation>Lignes surlignées&#xa0;: différence fiable au niveau de confiance choisi</translation>
    </message>
</context>
<context>
    <name>CompletionChart</name>
    <message>
        <source>Completion rate by task</source>
        <translation>Taux de réussite par tâche</translation>
    </message>
    <message>
        <source>All participants</source>
        <translation>Tous les participants</translation>
    </message>
    <message>
        <source>{0}
{1}: {2} completed ({3} attempts)
{4} CI {5} – {6}</source>
        <translation>{0}
{1}&#xa0;: {2} de réussite ({3} tentatives)
IC à {4}&#xa0;: {5} – {6}</translation>
    </message>
    <message>
        <source>Completion rate (%); whiskers: {0} confidence interval</source>
        <translation>Taux de réussite (%)&#xa0;; moustaches&#xa0;: intervalle de confiance à {0}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <source>Tit&amp;le:</source>
        <translation>Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Des&amp;cription&#xa0;:</translation>
    </message>
    <message>
        <source>Study lan&amp;guage:</source>
        <translation>&amp;Langue de l’étude&#xa0;:</translation>
    </message>
    <message>
        <source>Scenario lang&amp;uages:</source>
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
    <message>
        <source>R&amp;ecording:</source>
        <translation>E&amp;nregistrement :</translation>
    </message>
    <message>
        <source>Off: record no media</source>
        <translation>Désactivé : aucun média enregistré</translation>
    </message>
    <message>
        <source>The participant&apos;s screen only</source>
        <translation>L’écran du participant uniquement</translation>
    </message>
    <message>
        <source>Screen, camera and microphone</source>
        <translation>Écran, caméra et microphone</translation>
    </message>
    <message>
        <source>Session recording</source>
        <translation>Enregistrement des séances</translation>
    </message>
    <message>
        <source>What each session records, after the participant&apos;s consent is asked and journaled</source>
        <translation>Ce que chaque séance enregistre, une fois l’accord du participant demandé et journalisé</translation>
    </message>
</context>
<context>
    <name>DiscoveryCurve</name>
    <message>
        <source>Discovery curve</source>
        <translation>Courbe de découverte</translation>
    </message>
    <message>
        <source>Expected share of the problems found with n participants: 1 − (1 − p)ⁿ</source>
        <translation>Part attendue des problèmes trouvés avec n participants : 1 − (1 − p)ⁿ</translation>
    </message>
    <message>
        <source>Discovery estimates</source>
        <translation>Estimations de découverte</translation>
    </message>
    <message>
        <source>Problem discovery</source>
        <translation>Découverte des problèmes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Share of problems found (%)</source>
        <translation>Part des problèmes trouvés (%)</translation>
    </message>
    <message>
        <source>No problems yet: link observations to problems to estimate discovery.</source>
        <translation>Pas encore de problème : reliez des observations à des problèmes pour estimer la découverte.</translation>
    </message>
    <message>
        <source>adjusted p (Lewis 2001)</source>
        <translation>p ajusté (Lewis 2001)</translation>
    </message>
    <message>
        <source>observed p</source>
        <translation>p observé</translation>
    </message>
    <message>
        <source>{0}: {1} participants</source>
        <translation>{0} : {1} participants</translation>
    </message>
    <message>
        <source>{0} participants, {1} problems ({2} seen once). Observed p = {3}, adjusted p = {4}. Share found so far ≈ {5}; estimated problems in all ≈ {6}. To find: {7}.</source>
        <translation>{0} participants, {1} problèmes ({2} vus une seule fois). p observé = {3}, p ajusté = {4}. Part trouvée jusqu’ici ≈ {5} ; nombre total de problèmes estimé ≈ {6}. Pour trouver : {7}.</translation>
    </message>
</context>
<context>
    <name>DiskBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try again to write the events kept in memory</source>
        <translation>Réessayer d’écrire les événements gardés en mémoire</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>Réessayer l’enregistrement</translation>
    </message>
    <message>
        <source>Save elsewhere…</source>
        <translation>Enregistrer ailleurs…</translation>
    </message>
    <message>
        <source>Write the whole session to another folder or drive and keep recording there</source>
        <translation>Écrire toute la séance dans un autre dossier ou sur un autre disque et continuer à enregistrer là</translation>
    </message>
    <message>
        <source>Save the session elsewhere</source>
        <translation>Enregistrer la séance ailleurs</translation>
    </message>
    <message>
        <source>{0} event(s) are NOT on disk yet: {1}
They are kept in memory and retried every few seconds. Nothing recorded before is damaged.</source>
        <translation>{0} événement(s) ne sont PAS encore sur le disque&#xa0;: {1}
Ils sont gardés en mémoire et réessayés toutes les quelques secondes. Rien de ce qui a été enregistré auparavant n’est endommagé.</translation>
    </message>
</context>
<context>
    <name>DrillDown</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Net time</source>
        <translation>Temps net</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Assists</source>
        <translation>Aides</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>SEQ</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Emotion word</source>
        <translation>Mot d’émotion</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Participant id (greyed: excluded from the analysis)</source>
        <translation>Identifiant du participant (en gris&#xa0;: exclu de l’analyse)</translation>
    </message>
    <message>
        <source>How the task ended</source>
        <translation>Comment la tâche s’est terminée</translation>
    </message>
    <message>
        <source>Time on task without pauses</source>
        <translation>Temps sur la tâche sans les pauses</translation>
    </message>
    <message>
        <source>Errors marked during the attempt</source>
        <translation>Erreurs marquées pendant la tentative</translation>
    </message>
    <message>
        <source>Assists given during the attempt</source>
        <translation>Aides apportées pendant la tentative</translation>
    </message>
    <message>
        <source>Single Ease Question, 1–7</source>
        <translation>Single Ease Question, 1–7</translation>
    </message>
    <message>
        <source>Experience rating: success, 1–7</source>
        <translation>Évaluation de l’expérience&#xa0;: réussite, 1–7</translation>
    </message>
    <message>
        <source>Experience rating: effort, 1–7</source>
        <translation>Évaluation de l’expérience&#xa0;: effort, 1–7</translation>
    </message>
    <message>
        <source>Experience rating: emotion, 1–7</source>
        <translation>Évaluation de l’expérience&#xa0;: émotion, 1–7</translation>
    </message>
    <message>
        <source>Word chosen for the emotion</source>
        <translation>Mot choisi pour l’émotion</translation>
    </message>
    <message>
        <source>The moderator&apos;s notes on the attempt</source>
        <translation>Les notes du modérateur sur la tentative</translation>
    </message>
    <message>
        <source>gross {0}, paused {1}</source>
        <translation>brut {0}, en pause {1}</translation>
    </message>
    <message>
        <source>excluded from the analysis</source>
        <translation>exclu de l’analyse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>task started</source>
        <translation>tâche démarrée</translation>
    </message>
    <message>
        <source>task ended</source>
        <translation>tâche terminée</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>reprise</translation>
    </message>
    <message>
        <source>marker</source>
        <translation>marqueur</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>session started</source>
        <translation>séance démarrée</translation>
    </message>
    <message>
        <source>session ended</source>
        <translation>séance terminée</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>assist</source>
        <translation>assistance</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>critical incident</source>
        <translation>incident critique</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(annulé)</translation>
    </message>
</context>
<context>
    <name>EditEventDialog</name>
    <message>
        <source>Correct event {0}</source>
        <translation>Corriger l’événement {0}</translation>
    </message>
    <message>
        <source>Marker kind</source>
        <translation>Type de marqueur</translation>
    </message>
    <message>
        <source>Error, assist, note or critical incident</source>
        <translation>Erreur, aide, note ou incident critique</translation>
    </message>
    <message>
        <source>Marker text</source>
        <translation>Texte du marqueur</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The task&apos;s outcome</source>
        <translation>Le résultat de la tâche</translation>
    </message>
    <message>
        <source>Answer value</source>
        <translation>Valeur de la réponse</translation>
    </message>
    <message>
        <source>The value on the item&apos;s scale</source>
        <translation>La valeur sur l’échelle de l’item</translation>
    </message>
    <message>
        <source>Declined to answer</source>
        <translation>A refusé de répondre</translation>
    </message>
    <message>
        <source>The participant chose not to answer</source>
        <translation>Le participant a choisi de ne pas répondre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Session time</source>
        <translation>Temps de session</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Time since the session started (pauses included), at the key press or click</source>
        <translation>Temps écoulé depuis le début de la session (pauses comprises), au moment de la touche ou du clic</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>Everything recorded in this session. Select an event and press F2 (or double-click) to correct it; the correction is recorded as a new event.</source>
        <translation>Tout ce qui a été enregistré pendant cette séance. Sélectionnez un événement et appuyez sur F2 (ou double-cliquez) pour le corriger&#xa0;; la correction est enregistrée comme un nouvel événement.</translation>
    </message>
    <message>
        <source>Session started</source>
        <translation>Séance démarrée</translation>
    </message>
    <message>
        <source>Session resumed after an interruption</source>
        <translation>Séance reprise après une interruption</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>Task started</source>
        <translation>Tâche démarrée</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Task ended</source>
        <translation>Tâche terminée</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Chrono arrêté</translation>
    </message>
    <message>
        <source>Task goes on</source>
        <translation>La tâche continue</translation>
    </message>
    <message>
        <source>Marker</source>
        <translation>Marqueur</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Incident critique</translation>
    </message>
    <message>
        <source>Usability problem</source>
        <translation>Problème d&apos;utilisabilité</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>Accord pour l’enregistrement</translation>
    </message>
    <message>
        <source>Recording started</source>
        <translation>Enregistrement démarré</translation>
    </message>
    <message>
        <source>Recording stopped</source>
        <translation>Enregistrement arrêté</translation>
    </message>
    <message>
        <source>Recording failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <source>(undone) {0}</source>
        <translation>(annulé) {0}</translation>
    </message>
    <message>
        <source>{0} (corrected)</source>
        <translation>{0} (corrigé)</translation>
    </message>
    <message>
        <source>{0} (known problem {1})</source>
        <translation>{0} (problème connu {1})</translation>
    </message>
    <message>
        <source>by the participant (“I&apos;m done”)</source>
        <translation>par le participant (« J&apos;ai fini »)</translation>
    </message>
    <message>
        <source>by the moderator; the outcome follows</source>
        <translation>par le modérateur ; le résultat suit</translation>
    </message>
    <message>
        <source>given: {0}</source>
        <translation>donné : {0}</translation>
    </message>
    <message>
        <source>declined: {0}</source>
        <translation>refusé : {0}</translation>
    </message>
    <message>
        <source>segment {0}: {1}</source>
        <translation>segment {0} : {1}</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>écran</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>caméra</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>microphone</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>of event {0}</source>
        <translation>de l’événement {0}</translation>
    </message>
    <message>
        <source>of event {0}: {1}</source>
        <translation>de l’événement {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>automatically, after the interruption</source>
        <translation>automatiquement, après l’interruption</translation>
    </message>
    <message>
        <source>Not saved to disk yet</source>
        <translation>Pas encore enregistré sur le disque</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import results — {0}</source>
        <translation>Importer des résultats — {0}</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Where each field is in the file</source>
        <translation>Où se trouve chaque champ dans le fichier</translation>
    </message>
    <message>
        <source>Cells that cannot be read</source>
        <translation>Cellules illisibles</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Save this mapping beside the file (used next time)</source>
        <translation>Enregistrer cette correspondance à côté du fichier (utilisée la prochaine fois)</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>Add a &amp;task&apos;s columns…</source>
        <translation>Ajouter les colonnes d’une &amp;tâche…</translation>
    </message>
    <message>
        <source>One row per participant with a task&apos;s outcome, time… in columns of its own that uxlab did not recognise: name the task, then choose its columns</source>
        <translation>Une ligne par participant, avec le résultat, le temps… d’une tâche dans des colonnes qu’uxlab n’a pas reconnues : nommez la tâche, puis choisissez ses colonnes</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time (seconds or mm:ss)</source>
        <translation>Temps (secondes ou mm:ss)</translation>
    </message>
    <message>
        <source>Time (milliseconds)</source>
        <translation>Temps (millisecondes)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Assists</source>
        <translation>Aides</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>SUS score (0-100)</source>
        <translation>Score SUS (0-100)</translation>
    </message>
    <message>
        <source>Task {0}: {1}</source>
        <translation>Tâche {0} : {1}</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>not a time (seconds, mm:ss or h:mm:ss)</source>
        <translation>n&apos;est pas un temps (secondes, mm:ss ou h:mm:ss)</translation>
    </message>
    <message>
        <source>not an outcome uxlab knows (success, fail, partial, gave up, skipped…)</source>
        <translation>résultat inconnu d&apos;uxlab (réussi, échec, partiel, abandonné, sauté…)</translation>
    </message>
    <message>
        <source>the outcome is empty</source>
        <translation>le résultat est vide</translation>
    </message>
    <message>
        <source>outside the allowed range</source>
        <translation>hors de l&apos;intervalle permis</translation>
    </message>
    <message>
        <source>sheet “{0}”</source>
        <translation>feuille « {0} »</translation>
    </message>
    <message>
        <source>text, {0}, separator “{1}”</source>
        <translation>texte, {0}, séparateur « {1} »</translation>
    </message>
    <message>
        <source>File {0}: {1}.</source>
        <translation>Fichier {0} : {1}.</translation>
    </message>
    <message>
        <source>The mapping saved beside the file is used.</source>
        <translation>La correspondance enregistrée à côté du fichier est utilisée.</translation>
    </message>
    <message>
        <source>not in this file</source>
        <translation>absent de ce fichier</translation>
    </message>
    <message>
        <source>A task&apos;s columns</source>
        <translation>Colonnes d’une tâche</translation>
    </message>
    <message>
        <source>Task (as the results should name it):</source>
        <translation>Tâche (telle que les résultats doivent la nommer) :</translation>
    </message>
    <message>
        <source>Name the task with no dot, and not as a task already listed.</source>
        <translation>Nommez la tâche sans point, et pas comme une tâche déjà listée.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) cannot be read. Correct them in the file, or choose other columns.</source>
        <translation>
            <numerusform>%n cellule ne peut pas être lue. Corrigez-la dans le fichier, ou choisissez d&apos;autres colonnes.</numerusform>
            <numerusform>%n cellules ne peuvent pas être lues. Corrigez-les dans le fichier, ou choisissez d&apos;autres colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every cell can be read. Load: {0} participants, {1} tasks, {2} task rows, {3} questionnaire answers.</source>
        <translation>Toutes les cellules sont lisibles. Chargement : {0} participants, {1} tâches, {2} lignes de tâche, {3} réponses aux questionnaires.</translation>
    </message>
    <message>
        <source>The mapping cannot be saved: {0}</source>
        <translation>La correspondance ne peut pas être enregistrée : {0}</translation>
    </message>
</context>
<context>
    <name>JourneyChart</name>
    <message>
        <source>Experience along the journey</source>
        <translation>L’expérience au fil du parcours</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite ressentie</translation>
    </message>
    <message>
        <source>Effort (ease)</source>
        <translation>Effort (facilité)</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>{0} ({1})
{2}: net score {3:+.0f} from {4} ratings, mean {5:.2f}</source>
        <translation>{0} ({1})
{2}&#xa0;: score net {3:+.0f} sur {4} évaluations, moyenne {5:.2f}</translation>
    </message>
    <message>
        <source>Net score (% rating 6–7 minus % rating 1–3)</source>
        <translation>Score net (% de notes 6–7 moins % de notes 1–3)</translation>
    </message>
    <message>
        <source>Journey stage (tasks in study order)</source>
        <translation>Étape du parcours (tâches dans l’ordre de l’étude)</translation>
    </message>
</context>
<context>
    <name>KeyBindingsDialog</name>
    <message>
        <source>Keys for one-key logging</source>
        <translation>Touches de saisie en une frappe</translation>
    </message>
    <message>
        <source>Click, then press the new key for “{0}”</source>
        <translation>Cliquez, puis appuyez sur la nouvelle touche pour «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <source>Laptop-friendly defaults: letters and digits only</source>
        <translation>Touches par défaut adaptées aux portables&#xa0;: lettres et chiffres uniquement</translation>
    </message>
    <message>
        <source>Keys work while the session console has the focus; while you type a note they type text instead.</source>
        <translation>Les touches agissent quand la console de séance a le focus&#xa0;; pendant la saisie d’une note, elles tapent du texte.</translation>
    </message>
    <message>
        <source>“{0}” is used by both “{1}” and “{2}”: choose another key.</source>
        <translation>«&#xa0;{0}&#xa0;» est utilisée à la fois par «&#xa0;{1}&#xa0;» et «&#xa0;{2}&#xa0;»&#xa0;: choisissez une autre touche.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planification</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Run session</source>
        <translation>&amp;Mener une séance</translation>
    </message>
    <message>
        <source>Revie&amp;w results</source>
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
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <source>Usability problems: observations, severity, who met what, discovery</source>
        <translation>Problèmes d’utilisabilité : observations, gravité, qui a rencontré quoi, découverte</translation>
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
        <source>&amp;Import results…</source>
        <translation>&amp;Importer des résultats…</translation>
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
        <source>Problems</source>
        <translation>Problèmes</translation>
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
        <source>&amp;Tools</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <source>Plan &amp;sample size…</source>
        <translation>Planifier la taille d’é&amp;chantillon…</translation>
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
        <source>Import results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <source>Results (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Résultats (*.csv *.tsv *.txt *.xlsx)</translation>
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
        <source>The plan cannot be edited while a session is running</source>
        <translation>Le plan ne peut pas être modifié pendant qu’une séance est en cours</translation>
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
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant {0}</source>
        <translation>Nouveau participant {0}</translation>
    </message>
    <message>
        <source>{0} is not in the study&apos;s participant list. Describe them before the session starts: the group decides which comparison they count in.</source>
        <translation>{0} ne figure pas dans la liste des participants de l&apos;étude. Décrivez cette personne avant le début de la session : le groupe décide dans quelle comparaison elle compte.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Pick the participant&apos;s group, or type a new one</source>
        <translation>Choisissez le groupe du participant ou saisissez-en un nouveau</translation>
    </message>
    <message>
        <source>— choose a group —</source>
        <translation>— choisir un groupe —</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
    <message>
        <source>Participant&apos;s language</source>
        <translation>Langue du participant</translation>
    </message>
    <message>
        <source>The language of the participant screen and questionnaires</source>
        <translation>La langue de l&apos;écran participant et des questionnaires</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Choose the participant&apos;s group (or “(no group)” on purpose).</source>
        <translation>Choisissez le groupe du participant (ou « (aucun groupe) » délibérément).</translation>
    </message>
</context>
<context>
    <name>OptionsBar</name>
    <message>
        <source>nothing</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Confidence level of every interval and the threshold of the comparison tests (a difference is reliable when p &lt; 1 − confidence)</source>
        <translation>Niveau de confiance de chaque intervalle et seuil des tests de comparaison (une différence est fiable quand p &lt; 1 − confiance)</translation>
    </message>
    <message>
        <source>Confidence level</source>
        <translation>Niveau de confiance</translation>
    </message>
    <message>
        <source>Co&amp;nfidence:</source>
        <translation>Niveau de &amp;confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Compare b&amp;y:</source>
        <translation>Comparer pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>Split the results by group or by a participant attribute and compare two groups with significance tests</source>
        <translation>Répartir les résultats par groupe ou par attribut des participants et comparer deux groupes avec des tests de significativité</translation>
    </message>
    <message>
        <source>Compare by</source>
        <translation>Comparer par</translation>
    </message>
    <message>
        <source>First group of the comparison</source>
        <translation>Premier groupe de la comparaison</translation>
    </message>
    <message>
        <source>First group compared</source>
        <translation>Premier groupe comparé</translation>
    </message>
    <message>
        <source>Second group of the comparison</source>
        <translation>Second groupe de la comparaison</translation>
    </message>
    <message>
        <source>Second group compared</source>
        <translation>Second groupe comparé</translation>
    </message>
    <message>
        <source>vs</source>
        <translation>vs</translation>
    </message>
    <message>
        <source>groups:</source>
        <translation>groupes :</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Show only the participants of one group or with one attribute value; every number is then computed on them</source>
        <translation>N’afficher que les participants d’un groupe ou ayant une valeur d’attribut&#xa0;; tous les chiffres sont alors calculés sur eux</translation>
    </message>
    <message>
        <source>Show participants</source>
        <translation>Participants affichés</translation>
    </message>
    <message>
        <source>&amp;Excel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export every participant, task, attempt, event and answer with the analysis and a codebook to an Excel workbook (Ctrl+E)</source>
        <translation>Exporter chaque participant, tâche, tentative, événement et réponse, avec l’analyse et un dictionnaire des données, dans un classeur Excel (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>HT&amp;ML report…</source>
        <translation>Rapport HTM&amp;L…</translation>
    </message>
    <message>
        <source>E&amp;xport charts…</source>
        <translation>Exporter les &amp;graphiques…</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <source>Write a self-contained HTML report and open it in the browser</source>
        <translation>Écrire un rapport HTML autonome et l’ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>The HTML report is not available in this version</source>
        <translation>Le rapport HTML n’est pas disponible dans cette version</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Exporter les graphiques</translation>
    </message>
    <message>
        <source>Save every chart as an image file in a folder</source>
        <translation>Enregistrer chaque graphique comme fichier image dans un dossier</translation>
    </message>
    <message>
        <source>Charts are not available in this version</source>
        <translation>Les graphiques ne sont pas disponibles dans cette version</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>Fixed: every participant in the task list&apos;s order</source>
        <translation>Fixe&#xa0;: chaque participant suit l’ordre de la liste des tâches</translation>
    </message>
    <message>
        <source>Random: shuffled per participant (reproducible from the seed)</source>
        <translation>Aléatoire&#xa0;: mélangé pour chaque participant (reproductible à partir de la graine)</translation>
    </message>
    <message>
        <source>Balanced Latin square (Williams design)</source>
        <translation>Carré latin équilibré (plan de Williams)</translation>
    </message>
    <message>
        <source>T&amp;ask order:</source>
        <translation>Ordre des tâc&amp;hes&#xa0;:</translation>
    </message>
    <message>
        <source>Task order policy</source>
        <translation>Règle d’ordre des tâches</translation>
    </message>
    <message>
        <source>How the order of tasks is decided for each participant</source>
        <translation>Comment l’ordre des tâches est fixé pour chaque participant</translation>
    </message>
    <message>
        <source>Random s&amp;eed:</source>
        <translation>Graine a&amp;léatoire&#xa0;:</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <source>A whole number; the same seed always gives the same orders</source>
        <translation>Un nombre entier&#xa0;; la même graine donne toujours les mêmes ordres</translation>
    </message>
    <message>
        <source>Task order per participant</source>
        <translation>Ordre des tâches par participant</translation>
    </message>
    <message>
        <source>The order each participant will get, in the order participants are listed</source>
        <translation>L’ordre que recevra chaque participant, dans l’ordre de la liste des participants</translation>
    </message>
    <message>
        <source>Every participant does the tasks in the order of the task list.</source>
        <translation>Chaque participant réalise les tâches dans l’ordre de la liste.</translation>
    </message>
    <message>
        <source>Each participant gets their own shuffled order, computed from the seed, their place in the list and their id, so it is the same every time.</source>
        <translation>Chaque participant reçoit son propre ordre mélangé, calculé à partir de la graine, de sa place dans la liste et de son identifiant&#xa0;: il est donc identique à chaque fois.</translation>
    </message>
    <message>
        <source>Each task comes equally often in each position, and each task follows every other task equally often, once you have a multiple of {0} participants.</source>
        <translation>Chaque tâche apparaît aussi souvent à chaque position, et chaque tâche suit chacune des autres aussi souvent, dès que le nombre de participants est un multiple de {0}.</translation>
    </message>
    <message>
        <source>You have {0}: {1} more would complete the balance.</source>
        <translation>Vous en avez {0}&#xa0;: {1} de plus compléteraient l’équilibre.</translation>
    </message>
    <message>
        <source>You have {0}: balanced.</source>
        <translation>Vous en avez {0}&#xa0;: équilibré.</translation>
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
    <name>OutcomeBar</name>
    <message>
        <source>The participant said “I&apos;m done”: the task&apos;s clock stopped at {0}. How did the task end?</source>
        <translation>Le participant a dit « J&apos;ai fini » : le chrono de la tâche s&apos;est arrêté à {0}. Comment la tâche s&apos;est-elle terminée ?</translation>
    </message>
    <message>
        <source>The task&apos;s clock stopped at {0}. How did the task end?</source>
        <translation>Le chrono de la tâche s&apos;est arrêté à {0}. Comment la tâche s&apos;est-elle terminée ?</translation>
    </message>
    <message>
        <source>Outcome: {0}</source>
        <translation>Résultat : {0}</translation>
    </message>
    <message>
        <source>End the task as “{0}” at the moment its clock stopped (key: {1})</source>
        <translation>Terminer la tâche comme « {0} » au moment où son chrono s&apos;est arrêté (touche : {1})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Task goes on  [Esc]</source>
        <translation>La tâche continue  [Échap]</translation>
    </message>
    <message>
        <source>The task goes on: its clock runs again</source>
        <translation>La tâche continue : son chrono repart</translation>
    </message>
    <message>
        <source>The participant carries on: the clock runs again and the stopped stretch counts as task time</source>
        <translation>Le participant continue : le chrono repart et l&apos;intervalle arrêté compte comme temps de tâche</translation>
    </message>
</context>
<context>
    <name>ParticipantScreen</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>I&apos;m done</source>
        <translation>J’ai fini</translation>
    </message>
    <message>
        <source>Press when you think you have finished the task</source>
        <translation>Appuyez quand vous pensez avoir terminé la tâche</translation>
    </message>
    <message>
        <source>I give up</source>
        <translation>J’abandonne</translation>
    </message>
    <message>
        <source>Press if you want to stop this task</source>
        <translation>Appuyez si vous voulez arrêter cette tâche</translation>
    </message>
    <message>
        <source>Thank you. Please wait for the moderator.</source>
        <translation>Merci. Veuillez attendre le modérateur.</translation>
    </message>
    <message>
        <source>Thank you for your time!</source>
        <translation>Merci pour votre temps&#xa0;!</translation>
    </message>
    <message>
        <source>Please wait for the moderator.</source>
        <translation>Veuillez attendre le modérateur.</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Exclusion</translation>
    </message>
    <message>
        <source>Participant id</source>
        <translation>Identifiant du participant</translation>
    </message>
    <message>
        <source>Group (condition) of the participant</source>
        <translation>Groupe (condition) du participant</translation>
    </message>
    <message>
        <source>Excluded participants are left out of every number; their data is kept</source>
        <translation>Les participants exclus ne sont comptés dans aucun chiffre&#xa0;; leurs données sont conservées</translation>
    </message>
    <message>
        <source>Participant attribute</source>
        <translation>Attribut du participant</translation>
    </message>
    <message>
        <source>Outcome and net time (pauses excluded) of this task:
✓ success, ◐ partial, ✗ failure, ⊘ abandoned, – skipped</source>
        <translation>Résultat et temps net (pauses exclues) de cette tâche&#xa0;:
✓ réussite, ◐ partielle, ✗ échec, ⊘ abandon, – passée</translation>
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
        <translation>Probabilité de recommander, 0–10 (9–10 promoteur, 0–6 détracteur)</translation>
    </message>
    <message>
        <source>Excluded: {0}</source>
        <translation>Exclu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>excluded: {0}</source>
        <translation>exclu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}: not done</source>
        <translation>{0}&#xa0;: non réalisée</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Who takes part. Double-click a cell (or press F2) to edit it. Exclusions are decided in Review results, after the sessions.</source>
        <translation>Qui participe. Double-cliquez sur une cellule (ou appuyez sur F2) pour la modifier. Les exclusions se décident dans Examiner les résultats, après les séances.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>One row per participant: id, group, language and attributes</source>
        <translation>Une ligne par participant&#xa0;: identifiant, groupe, langue et attributs</translation>
    </message>
    <message>
        <source>Add parti&amp;cipant</source>
        <translation>A&amp;jouter un participant</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Add a participant at the end of the list</source>
        <translation>Ajouter un participant à la fin de la liste</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Remove selected participants</source>
        <translation>Retirer les participants sélectionnés</translation>
    </message>
    <message>
        <source>Remove the selected participants from the study (their recorded sessions stay on disk)</source>
        <translation>Retirer de l’étude les participants sélectionnés (leurs séances enregistrées restent sur le disque)</translation>
    </message>
    <message>
        <source>{0} has a recorded session: renamed to {1}, that session no longer matches this participant (it stays on disk). Put back {0} to keep them together.</source>
        <translation>{0} a une séance enregistrée&#xa0;: renommé en {1}, cette séance ne correspond plus à ce participant (elle reste sur le disque). Remettez {0} pour les garder ensemble.</translation>
    </message>
    <message>
        <source>Group ({0})</source>
        <translation>Groupe ({0})</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclu</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>Motif de l’exclusion</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Exclusions are set in Review results</source>
        <translation>Les exclusions se règlent dans Examiner les résultats</translation>
    </message>
    <message>
        <source>{0} participants, {1} excluded</source>
        <translation>{0} participants, {1} exclus</translation>
    </message>
    <message>
        <source>Remove participants with sessions?</source>
        <translation>Retirer des participants ayant des séances&#xa0;?</translation>
    </message>
    <message>
        <source>{0} already have a recorded session. The sessions stay on disk, but results will no longer list these participants. Remove them?</source>
        <translation>{0} ont déjà une séance enregistrée. Les séances restent sur le disque, mais les résultats ne listeront plus ces participants. Les retirer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>A results spreadsheet has no study file to record exclusions in; remove the participant&apos;s rows in the spreadsheet instead</source>
        <translation>Un tableau de résultats n’a pas de fichier d’étude où enregistrer les exclusions&#xa0;; supprimez plutôt les lignes du participant dans le tableau</translation>
    </message>
    <message>
        <source>Leave the selected participant out of every number, with a reason saved in the study file (no data is deleted)</source>
        <translation>Retirer le participant sélectionné de tous les chiffres, avec un motif enregistré dans le fichier de l’étude (aucune donnée n’est supprimée)</translation>
    </message>
    <message>
        <source>Count the selected participant in the analysis again</source>
        <translation>Compter à nouveau le participant sélectionné dans l’analyse</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Select a participant to exclude or include them</source>
        <translation>Sélectionnez un participant pour l’exclure ou le réintégrer</translation>
    </message>
    <message>
        <source>E&amp;xclude…</source>
        <translation>Excl&amp;ure…</translation>
    </message>
    <message>
        <source>Exclude the selected participant</source>
        <translation>Exclure le participant sélectionné</translation>
    </message>
    <message>
        <source>&amp;Include again</source>
        <translation>Inclure à nou&amp;veau</translation>
    </message>
    <message>
        <source>Include the selected participant again</source>
        <translation>Réintégrer le participant sélectionné</translation>
    </message>
    <message>
        <source>✓ success   ◐ partial   ✗ failure   ⊘ abandoned   – skipped   (greyed: excluded from the analysis)</source>
        <translation>✓ réussite   ◐ partielle   ✗ échec   ⊘ abandon   – passée   (en gris&#xa0;: exclu de l’analyse)</translation>
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
    <message>
        <source>Study &amp;details</source>
        <translation>&amp;Détails de l’étude</translation>
    </message>
    <message>
        <source>Title, description, languages</source>
        <translation>Titre, description, langues</translation>
    </message>
    <message>
        <source>The tasks, their scenarios, success criteria and times</source>
        <translation>Les tâches, leurs scénarios, critères de réussite et temps</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Questions &amp;&amp; questionnaires</source>
        <translation>&amp;Questions et questionnaires</translation>
    </message>
    <message>
        <source>Ratings after each task and questionnaires after the session</source>
        <translation>Évaluations après chaque tâche et questionnaires après la séance</translation>
    </message>
    <message>
        <source>Who takes part, their group, language and attributes</source>
        <translation>Qui participe&#xa0;: groupe, langue et attributs</translation>
    </message>
    <message>
        <source>Participa&amp;nts</source>
        <translation>Pa&amp;rticipants</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Ordre</translation>
    </message>
    <message>
        <source>Task order policy and each participant&apos;s order</source>
        <translation>Règle d’ordre des tâches et ordre de chaque participant</translation>
    </message>
    <message>
        <source>Study editor sections</source>
        <translation>Sections de l’éditeur d’étude</translation>
    </message>
    <message>
        <source>&amp;Save study</source>
        <translation>Enre&amp;gistrer l’étude</translation>
    </message>
    <message>
        <source>Save study</source>
        <translation>Enregistrer l’étude</translation>
    </message>
    <message>
        <source>Check the study and write it to study.json (Ctrl+S); the previous version is kept as study.json.bak</source>
        <translation>Vérifier l’étude et l’écrire dans study.json (Ctrl+S)&#xa0;; la version précédente est conservée dans study.json.bak</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert to the saved study</source>
        <translation>Revenir à l’étude enregistrée</translation>
    </message>
    <message>
        <source>Throw away the unsaved changes and show the study as saved</source>
        <translation>Abandonner les modifications non enregistrées et afficher l’étude telle qu’enregistrée</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>Press Enter or click a problem to go to its field</source>
        <translation>Appuyez sur Entrée ou cliquez sur un problème pour aller à son champ</translation>
    </message>
    <message>
        <source>{0} is a results spreadsheet: it holds what was measured, not the study&apos;s script, so there is nothing to plan here.

See the results in Review results, or open a study folder (File › Open study…) to edit its tasks and participants.</source>
        <translation>{0} est un tableau de résultats&#xa0;: il contient ce qui a été mesuré, pas le script de l’étude&#xa0;; il n’y a donc rien à planifier ici.

Consultez les résultats dans Examiner les résultats, ou ouvrez le dossier d’une étude (Fichier › Ouvrir une étude…) pour modifier ses tâches et ses participants.</translation>
    </message>
    <message>
        <source>No study is open.

Open a study folder (File › Open study…) or create a new one (File › New study…) to write its tasks, questions and participants here.</source>
        <translation>Aucune étude n’est ouverte.

Ouvrez le dossier d’une étude (Fichier › Ouvrir une étude…) ou créez-en une (Fichier › Nouvelle étude…) pour écrire ici ses tâches, ses questions et ses participants.</translation>
    </message>
    <message>
        <source>* Unsaved changes</source>
        <translation>* Modifications non enregistrées</translation>
    </message>
    <message>
        <source>All changes saved in {0}</source>
        <translation>Toutes les modifications sont enregistrées dans {0}</translation>
    </message>
    <message>
        <source>The study was not saved: {0} problem(s) to fix first.</source>
        <translation>L’étude n’a pas été enregistrée&#xa0;: {0} problème(s) à corriger d’abord.</translation>
    </message>
    <message>
        <source>The study was not saved.</source>
        <translation>L’étude n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The study could not be written: {0}</source>
        <translation>Impossible d’écrire l’étude&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Revert the study?</source>
        <translation>Rétablir l’étude&#xa0;?</translation>
    </message>
    <message>
        <source>Throw away every change made since the study was last saved?</source>
        <translation>Abandonner toutes les modifications faites depuis le dernier enregistrement de l’étude&#xa0;?</translation>
    </message>
    <message>
        <source>The study was not saved</source>
        <translation>L’étude n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>success criteria</source>
        <translation>critères de réussite</translation>
    </message>
    <message>
        <source>target time</source>
        <translation>temps cible</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>limite de temps</translation>
    </message>
    <message>
        <source>journey stage</source>
        <translation>étape du parcours</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>attributs</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>règle</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>Study title</source>
        <translation>Titre de l’étude</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Study language</source>
        <translation>Langue de l’étude</translation>
    </message>
    <message>
        <source>Scenario languages</source>
        <translation>Langues des scénarios</translation>
    </message>
    <message>
        <source>Questions after each task</source>
        <translation>Questions après chaque tâche</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Task order</source>
        <translation>Ordre des tâches</translation>
    </message>
    <message>
        <source>Task {0} ({1})</source>
        <translation>Tâche {0} ({1})</translation>
    </message>
    <message>
        <source>Task {0}</source>
        <translation>Tâche {0}</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Participant row {0}</source>
        <translation>Participant, ligne {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the study can be saved:</source>
        <translation>
            <numerusform>%n problème à corriger avant de pouvoir enregistrer l’étude&#xa0;:</numerusform>
            <numerusform>%n problèmes à corriger avant de pouvoir enregistrer l’étude&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerDialog</name>
    <message>
        <source>Plan sample size</source>
        <translation>Planifier la taille d’échantillon</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <source>Find usability problems (formative)</source>
        <translation>Trouver des problèmes d’utilisabilité (formatif)</translation>
    </message>
    <message>
        <source>Estimate a completion rate to a margin of error</source>
        <translation>Estimer un taux de réussite avec une marge d’erreur</translation>
    </message>
    <message>
        <source>Show a result is better than a benchmark</source>
        <translation>Montrer qu’un résultat dépasse une référence</translation>
    </message>
    <message>
        <source>Compare two designs</source>
        <translation>Comparer deux conceptions</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>What the study must answer decides how many participants it needs</source>
        <translation>Ce à quoi l’étude doit répondre décide du nombre de participants</translation>
    </message>
    <message>
        <source>Share of users a problem affects (p):</source>
        <translation>Part des utilisateurs touchés par un problème (p) :</translation>
    </message>
    <message>
        <source>Share of problems to find:</source>
        <translation>Part des problèmes à trouver :</translation>
    </message>
    <message>
        <source>Margin of error (±):</source>
        <translation>Marge d’erreur (±) :</translation>
    </message>
    <message>
        <source>Confidence level:</source>
        <translation>Niveau de confiance :</translation>
    </message>
    <message>
        <source>Design:</source>
        <translation>Plan d’expérience :</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Mesure :</translation>
    </message>
    <message>
        <source>Completion rate you expect:</source>
        <translation>Taux de réussite attendu :</translation>
    </message>
    <message>
        <source>Benchmark completion rate:</source>
        <translation>Taux de réussite de référence :</translation>
    </message>
    <message>
        <source>Completion rate, design A:</source>
        <translation>Taux de réussite, conception A :</translation>
    </message>
    <message>
        <source>Completion rate, design B:</source>
        <translation>Taux de réussite, conception B :</translation>
    </message>
    <message>
        <source>Succeed on one design only:</source>
        <translation>Réussite sur une seule conception :</translation>
    </message>
    <message>
        <source>Standard deviation:</source>
        <translation>Écart type :</translation>
    </message>
    <message>
        <source>Standard deviation of ln(time):</source>
        <translation>Écart type de ln(temps) :</translation>
    </message>
    <message>
        <source>Time ratio to detect:</source>
        <translation>Rapport de temps à détecter :</translation>
    </message>
    <message>
        <source>Difference to detect (points):</source>
        <translation>Différence à détecter (points) :</translation>
    </message>
    <message>
        <source>Power:</source>
        <translation>Puissance :</translation>
    </message>
    <message>
        <source>The average share of participants who meet a problem: 31 % in Nielsen &amp; Landauer (1993); take it from your own study when you can</source>
        <translation>La part moyenne des participants qui rencontrent un problème : 31 % chez Nielsen &amp; Landauer (1993) ; prenez celle de votre propre étude si possible</translation>
    </message>
    <message>
        <source>The share of the problems that exist you want to have seen at least once</source>
        <translation>La part des problèmes existants que vous voulez avoir vus au moins une fois</translation>
    </message>
    <message>
        <source>Half the width of the confidence interval around the completion rate</source>
        <translation>La moitié de la largeur de l’intervalle de confiance autour du taux de réussite</translation>
    </message>
    <message>
        <source>How sure the interval or the test must be</source>
        <translation>Le degré de certitude exigé de l’intervalle ou du test</translation>
    </message>
    <message>
        <source>Between subjects: each participant tries one design. Within: each tries both</source>
        <translation>Inter-sujets : chaque participant essaie une conception. Intra-sujets : chacun essaie les deux</translation>
    </message>
    <message>
        <source>What is measured</source>
        <translation>Ce qui est mesuré</translation>
    </message>
    <message>
        <source>The completion rate the product really has, as you expect it</source>
        <translation>Le taux de réussite réel du produit, tel que vous l’attendez</translation>
    </message>
    <message>
        <source>The rate to beat, e.g. 78 % (the average in Sauro &amp; Lewis 2016)</source>
        <translation>Le taux à dépasser, p. ex. 78 % (la moyenne chez Sauro &amp; Lewis 2016)</translation>
    </message>
    <message>
        <source>The completion rate expected with design A</source>
        <translation>Le taux de réussite attendu avec la conception A</translation>
    </message>
    <message>
        <source>The completion rate expected with design B</source>
        <translation>Le taux de réussite attendu avec la conception B</translation>
    </message>
    <message>
        <source>The share of participants expected to succeed with one design and fail with the other (at least the difference between the rates)</source>
        <translation>La part des participants qui devraient réussir avec une conception et échouer avec l’autre (au moins l’écart entre les taux)</translation>
    </message>
    <message>
        <source>From an earlier study or a published norm, e.g. 17.7 for SUS; within subjects, the SD of the differences</source>
        <translation>D’une étude antérieure ou d’une norme publiée, p. ex. 17,7 pour le SUS ; en intra-sujets, l’écart type des différences</translation>
    </message>
    <message>
        <source>The SD of the natural log of task times (times are compared as geometric means)</source>
        <translation>L’écart type du logarithme népérien des temps (les temps sont comparés en moyennes géométriques)</translation>
    </message>
    <message>
        <source>Ratio of the times worth detecting, e.g. 0.8 for 20 % faster</source>
        <translation>Rapport des temps à détecter, p. ex. 0,8 pour 20 % plus rapide</translation>
    </message>
    <message>
        <source>The smallest difference worth detecting, in the measure&apos;s points</source>
        <translation>La plus petite différence qui vaut d’être détectée, en points de la mesure</translation>
    </message>
    <message>
        <source>The chance of detecting the difference if it is real (1 − β)</source>
        <translation>La probabilité de détecter la différence si elle est réelle (1 − β)</translation>
    </message>
    <message>
        <source>between subjects (two groups)</source>
        <translation>inter-sujets (deux groupes)</translation>
    </message>
    <message>
        <source>within subjects (everyone tries both)</source>
        <translation>intra-sujets (chacun essaie les deux)</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>taux de réussite</translation>
    </message>
    <message>
        <source>task time</source>
        <translation>temps de tâche</translation>
    </message>
    <message>
        <source>SUS score</source>
        <translation>score SUS</translation>
    </message>
    <message>
        <source>a rating (e.g. SEQ)</source>
        <translation>une note (p. ex. SEQ)</translation>
    </message>
    <message>
        <source>Use the open study&apos;s &amp;p</source>
        <translation>Utiliser le &amp;p de l’étude ouverte</translation>
    </message>
    <message>
        <source>Use the open study&apos;s p</source>
        <translation>Utiliser le p de l’étude ouverte</translation>
    </message>
    <message>
        <source>Take p from the study&apos;s problem matrix, adjusted for the small sample (Lewis 2001)</source>
        <translation>Prendre p dans la matrice des problèmes de l’étude, ajusté pour le petit échantillon (Lewis 2001)</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formule :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Participants needed</source>
        <translation>Participants nécessaires</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The open study has no observations linked to problems yet: link some in the Problems view, or type p.</source>
        <translation>L’étude ouverte n’a pas encore d’observation reliée à un problème : reliez-en dans la vue Problèmes, ou saisissez p.</translation>
    </message>
    <message>
        <source>No answer for these inputs</source>
        <translation>Pas de réponse pour ces valeurs</translation>
    </message>
    <message>
        <source>{0} participants per group, {1} in all</source>
        <translation>{0} participants par groupe, {1} en tout</translation>
    </message>
    <message>
        <source>{0} participants, each trying both designs</source>
        <translation>{0} participants, chacun essayant les deux conceptions</translation>
    </message>
    <message>
        <source>{0} participants</source>
        <translation>{0} participants</translation>
    </message>
    <message>
        <source>With {0} participants, about {1} of the problems of that p are found.</source>
        <translation>Avec {0} participants, environ {1} des problèmes de ce p sont trouvés.</translation>
    </message>
    <message>
        <source>The study has tested {0}: {1} more needed.</source>
        <translation>L’étude en a testé {0} : il en faut encore {1}.</translation>
    </message>
    <message>
        <source>The margin of error at this n is ±{0}.</source>
        <translation>La marge d’erreur à ce n est de ±{0}.</translation>
    </message>
    <message>
        <source>Exact power of the mid-p binomial test at this n: {0} (binomial tests are discrete, so power zig-zags with n).</source>
        <translation>Puissance exacte du test binomial mid-p à ce n : {0} (les tests binomiaux sont discrets, la puissance oscille avec n).</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Étiquette&amp;s</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Descriptio&amp;n</source>
        <translation>Descriptio&amp;n</translation>
    </message>
    <message>
        <source>Severit&amp;y</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>R&amp;ecommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>A short name for the problem</source>
        <translation>Un nom court pour le problème</translation>
    </message>
    <message>
        <source>What happens and why it matters</source>
        <translation>Ce qui se passe et pourquoi c’est important</translation>
    </message>
    <message>
        <source>How severe the problem is, on the study&apos;s scale</source>
        <translation>La gravité du problème, sur l’échelle de l’étude</translation>
    </message>
    <message>
        <source>Free tags, separated by commas (e.g. navigation, wording)</source>
        <translation>Étiquettes libres, séparées par des virgules (p. ex. navigation, formulation)</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Ce qu’il faut changer</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Appliquer les modifications</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message>
        <source>Save the edits; the old values are kept in the audit trail</source>
        <translation>Enregistrer les modifications ; les anciennes valeurs sont conservées dans le journal d’audit</translation>
    </message>
    <message>
        <source>Problem {0}</source>
        <translation>Problème {0}</translation>
    </message>
    <message>
        <source>Select a problem to edit it</source>
        <translation>Sélectionnez un problème pour le modifier</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
</context>
<context>
    <name>ProblemTables</name>
    <message>
        <source>scenario failure</source>
        <translation>échec du scénario</translation>
    </message>
    <message>
        <source>considerable recovery effort</source>
        <translation>récupération laborieuse</translation>
    </message>
    <message>
        <source>minor recovery effort</source>
        <translation>récupération mineure</translation>
    </message>
    <message>
        <source>inefficiency</source>
        <translation>inefficacité</translation>
    </message>
    <message>
        <source>not a usability problem</source>
        <translation>pas un problème d’utilisabilité</translation>
    </message>
    <message>
        <source>cosmetic</source>
        <translation>cosmétique</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineur</translation>
    </message>
    <message>
        <source>major</source>
        <translation>majeur</translation>
    </message>
    <message>
        <source>catastrophe</source>
        <translation>catastrophe</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Frequency (95 % CI)</source>
        <translation>Fréquence (IC à 95 %)</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>The study&apos;s problems, most impact first (share of participants × severity). Select several to merge them, or drag a problem onto another; drop observations on a problem to add them, below the list to make a new one; click a header to sort</source>
        <translation>Les problèmes de l’étude, les plus lourds d’abord (part des participants × gravité). Sélectionnez-en plusieurs pour les fusionner, ou glissez un problème sur un autre ; déposez des observations sur un problème pour les y ajouter, sous la liste pour en faire un nouveau ; cliquez sur un en-tête pour trier</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>What participants ran into, with the session time. Select several (Ctrl or Shift + click) to make them one problem, or drag them onto a problem</source>
        <translation>Ce que les participants ont rencontré, avec le temps de séance. Sélectionnez-en plusieurs (Ctrl ou Maj + clic) pour en faire un problème, ou glissez-les sur un problème</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>critical incident</source>
        <translation>incident critique</translation>
    </message>
    <message>
        <source>Problem × participant matrix</source>
        <translation>Matrice problèmes × participants</translation>
    </message>
    <message>
        <source>✓ where a participant met the problem at least once</source>
        <translation>✓ là où un participant a rencontré le problème au moins une fois</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Problems per participant</source>
        <translation>Problèmes par participant</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
</context>
<context>
    <name>ProblemTags</name>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Tags for the selected rows</source>
        <translation>Étiquettes des lignes sélectionnées</translation>
    </message>
    <message>
        <source>e.g. navigation, wording</source>
        <translation>p. ex. navigation, formulation</translation>
    </message>
    <message>
        <source>Free tags, separated by commas, for the selected notes and observations. They are kept in the study&apos;s problem list (with an audit trail); the session journals are not changed</source>
        <translation>Étiquettes libres, séparées par des virgules, pour les notes et observations sélectionnées. Elles sont conservées dans la liste des problèmes de l’étude (avec un journal d’audit) ; les journaux des séances ne sont pas modifiés</translation>
    </message>
    <message>
        <source>Add tags</source>
        <translation>Ajouter les étiquettes</translation>
    </message>
    <message>
        <source>Add these tags to the selected rows</source>
        <translation>Ajouter ces étiquettes aux lignes sélectionnées</translation>
    </message>
    <message>
        <source>Remove tags</source>
        <translation>Retirer les étiquettes</translation>
    </message>
    <message>
        <source>Remove these tags from the selected rows</source>
        <translation>Retirer ces étiquettes des lignes sélectionnées</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Notes and observations</source>
        <translation>Notes et observations</translation>
    </message>
    <message>
        <source>Tag counts</source>
        <translation>Décompte des étiquettes</translation>
    </message>
    <message>
        <source>For each tag: the problems carrying it and the notes and observations tagged with it, over all tasks and then on each task (a problem counts on every task where it was met)</source>
        <translation>Pour chaque étiquette : les problèmes qui la portent et les notes et observations étiquetées, sur toutes les tâches puis tâche par tâche (un problème compte pour chaque tâche où il a été rencontré)</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Severity &amp;scale:</source>
        <translation>Éc&amp;helle de gravité :</translation>
    </message>
    <message>
        <source>Severity scale</source>
        <translation>Échelle de gravité</translation>
    </message>
    <message>
        <source>The documented scale the study rates severity on; changing it clears the ratings (the audit trail keeps them)</source>
        <translation>L’échelle documentée sur laquelle l’étude note la gravité ; la changer efface les notes (le journal d’audit les conserve)</translation>
    </message>
    <message>
        <source>1–4, 1 = worst (Sauro &amp; Lewis; Lewis 2001)</source>
        <translation>1–4, 1 = le plus grave (Sauro &amp; Lewis ; Lewis 2001)</translation>
    </message>
    <message>
        <source>0–4, 4 = worst (Nielsen 1994)</source>
        <translation>0–4, 4 = le plus grave (Nielsen 1994)</translation>
    </message>
    <message>
        <source>New prob&amp;lem from selection</source>
        <translation>Nou&amp;veau problème depuis la sélection</translation>
    </message>
    <message>
        <source>Make the selected observations one new problem</source>
        <translation>Faire des observations sélectionnées un nouveau problème</translation>
    </message>
    <message>
        <source>&amp;Add to problem</source>
        <translation>A&amp;jouter au problème</translation>
    </message>
    <message>
        <source>Add the selected observations to the problem selected on the left</source>
        <translation>Ajouter les observations sélectionnées au problème sélectionné à gauche</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Délier</translation>
    </message>
    <message>
        <source>The selected observations no longer count for their problem</source>
        <translation>Les observations sélectionnées ne comptent plus pour leur problème</translation>
    </message>
    <message>
        <source>&amp;Merge problems</source>
        <translation>Fusionner les problèmes</translation>
    </message>
    <message>
        <source>Fold the selected problems into the first one; the others are deleted (kept in the audit trail)</source>
        <translation>Fondre les problèmes sélectionnés dans le premier ; les autres sont supprimés (conservés dans le journal d’audit)</translation>
    </message>
    <message>
        <source>Sort by &amp;impact</source>
        <translation>Trier par impact</translation>
    </message>
    <message>
        <source>List the problems most impact first (share of participants × severity)</source>
        <translation>Lister les problèmes les plus lourds d’abord (part des participants × gravité)</translation>
    </message>
    <message>
        <source>&amp;Delete problem</source>
        <translation>Supprimer &amp;le problème</translation>
    </message>
    <message>
        <source>Delete the selected problem; its observations become unassigned</source>
        <translation>Supprimer le problème sélectionné ; ses observations ne sont plus rattachées</translation>
    </message>
    <message>
        <source>All observations</source>
        <translation>Toutes les observations</translation>
    </message>
    <message>
        <source>Not yet in a problem</source>
        <translation>Pas encore dans un problème</translation>
    </message>
    <message>
        <source>Of the selected problem</source>
        <translation>Du problème sélectionné</translation>
    </message>
    <message>
        <source>Show observations</source>
        <translation>Afficher les observations</translation>
    </message>
    <message>
        <source>Which observations to list</source>
        <translation>Quelles observations lister</translation>
    </message>
    <message>
        <source>&amp;Observations</source>
        <translation>&amp;Observations</translation>
    </message>
    <message>
        <source>Severity × fre&amp;quency</source>
        <translation>Gravité × fré&amp;quence</translation>
    </message>
    <message>
        <source>Problem × participant matri&amp;x</source>
        <translation>Mat&amp;rice problèmes × participants</translation>
    </message>
    <message>
        <source>Dis&amp;covery</source>
        <translation>Dé&amp;couverte</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Open a study folder to collect its problems (a results spreadsheet has no observations).</source>
        <translation>Ouvrez un dossier d’étude pour en rassembler les problèmes (un tableur de résultats n’a pas d’observations).</translation>
    </message>
    <message>
        <source>No observations yet: press U during a session to log a problem.</source>
        <translation>Pas encore d’observation : appuyez sur U pendant une séance pour noter un problème.</translation>
    </message>
    <message>
        <source>New problem</source>
        <translation>Nouveau problème</translation>
    </message>
    <message>
        <source>Delete the problem?</source>
        <translation>Supprimer le problème ?</translation>
    </message>
    <message>
        <source>Delete problem {0}? Its observations become unassigned; the audit trail keeps the problem.</source>
        <translation>Supprimer le problème {0} ? Ses observations ne seront plus rattachées ; le journal d’audit conserve le problème.</translation>
    </message>
    <message>
        <source>Change the severity scale?</source>
        <translation>Changer l’échelle de gravité ?</translation>
    </message>
    <message>
        <source>The same number means different things on the two scales, so every rating is cleared (the audit trail keeps the old ones). Change the scale?</source>
        <translation>Le même nombre n’a pas le même sens sur les deux échelles : toutes les notes sont donc effacées (le journal d’audit conserve les anciennes). Changer d’échelle ?</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>La modification n’a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>Ease (SEQ) against completion, one point per task</source>
        <translation>Facilité (SEQ) selon la réussite, un point par tâche</translation>
    </message>
    <message>
        <source>78%: average task completion rate across many studies (Sauro 2011)</source>
        <translation>78 %&#xa0;: taux de réussite moyen des tâches sur de nombreuses études (Sauro 2011)</translation>
    </message>
    <message>
        <source>5.5: average SEQ rating across many tasks (Sauro 2012)</source>
        <translation>5,5&#xa0;: note SEQ moyenne sur de nombreuses tâches (Sauro 2012)</translation>
    </message>
    <message>
        <source>average completion 78%</source>
        <translation>réussite moyenne 78 %</translation>
    </message>
    <message>
        <source>average SEQ 5.5</source>
        <translation>SEQ moyen 5,5</translation>
    </message>
    <message>
        <source>easy, completed</source>
        <translation>facile, réussie</translation>
    </message>
    <message>
        <source>hard, not completed</source>
        <translation>difficile, non réussie</translation>
    </message>
    <message>
        <source>{0}
Completion {1}, SEQ mean {2:.2f}</source>
        <translation>{0}
Réussite {1}, SEQ moyen {2:.2f}</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>Taux de réussite (%)</translation>
    </message>
    <message>
        <source>Mean SEQ rating (1–7)</source>
        <translation>Note SEQ moyenne (1–7)</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Typed: {0}… (next digit, or Enter)</source>
        <translation>Saisi : {0}… (chiffre suivant, ou Entrée)</translation>
    </message>
    <message>
        <source>{0}: answer {1}</source>
        <translation>{0}&#xa0;: réponse {1}</translation>
    </message>
    <message>
        <source>Answer {0}</source>
        <translation>Réponse {0}</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>{0}: declined to answer</source>
        <translation>{0}&#xa0;: refus de répondre</translation>
    </message>
    <message>
        <source>The participant chose not to answer (recorded as declined, not as missing)</source>
        <translation>Le participant a choisi de ne pas répondre (enregistré comme refus, pas comme donnée manquante)</translation>
    </message>
    <message>
        <source>Translation not validated</source>
        <translation>Traduction non validée</translation>
    </message>
    <message>
        <source>This wording is uxlab&apos;s own translation, not a published validated one; scores may not compare with published norms.</source>
        <translation>Cette formulation est une traduction propre à uxlab, et non une version validée publiée&#xa0;; les scores peuvent ne pas être comparables aux normes publiées.</translation>
    </message>
    <message>
        <source>Validated translation</source>
        <translation>Traduction validée</translation>
    </message>
    <message>
        <source>Which word best describes how you felt?</source>
        <translation>Quel mot décrit le mieux ce que vous avez ressenti&#xa0;?</translation>
    </message>
    <message>
        <source>Feeling: {0}</source>
        <translation>Ressenti&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Choose “{0}”</source>
        <translation>Choisir «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>Feeling word: declined to answer</source>
        <translation>Mot de ressenti&#xa0;: refus de répondre</translation>
    </message>
    <message>
        <source>The participant chose not to answer</source>
        <translation>Le participant a choisi de ne pas répondre</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>After each task</source>
        <translation>Après chaque tâche</translation>
    </message>
    <message>
        <source>S&amp;EQ: how easy or difficult was the task (1–7)</source>
        <translation>&amp;SEQ&#xa0;: facilité ou difficulté perçue de la tâche (1–7)</translation>
    </message>
    <message>
        <source>Ask the Single Ease Question after each task</source>
        <translation>Poser la Single Ease Question (SEQ) après chaque tâche</translation>
    </message>
    <message>
        <source>Single Ease Question, 7 points; compared with the 5.5 benchmark in results</source>
        <translation>Single Ease Question, 7 points&#xa0;; comparée à la référence de 5,5 dans les résultats</translation>
    </message>
    <message>
        <source>E&amp;xperience trio: success, effort and emotion as felt</source>
        <translation>Trio d’e&amp;xpérience&#xa0;: réussite, effort et émotion ressentis</translation>
    </message>
    <message>
        <source>Ask the experience trio after each task</source>
        <translation>Poser le trio d’expérience après chaque tâche</translation>
    </message>
    <message>
        <source>Three ratings: how successful, how much effort and how the participant felt</source>
        <translation>Trois évaluations&#xa0;: niveau de réussite, effort fourni et ressenti du participant</translation>
    </message>
    <message>
        <source>E&amp;motion words the participant may pick (one per line, leave empty to not ask):</source>
        <translation>Mots d’émotio&amp;n que le participant peut choisir (un par ligne, laisser vide pour ne pas demander)&#xa0;:</translation>
    </message>
    <message>
        <source>Q&amp;uestionnaires, asked in this order (tick to ask, drag to reorder):</source>
        <translation>Questionnaires, posés dans &amp;cet ordre (cocher pour poser, glisser pour réordonner)&#xa0;:</translation>
    </message>
    <message>
        <source>Then the study&apos;s own rating items (kept as written in study.json):</source>
        <translation>Puis les items d’évaluation propres à l’étude (conservés tels qu’écrits dans study.json)&#xa0;:</translation>
    </message>
    <message>
        <source>Emotion words</source>
        <translation>Mots d’émotion</translation>
    </message>
    <message>
        <source>Words offered after each task to say how it felt, one per line</source>
        <translation>Mots proposés après chaque tâche pour dire le ressenti, un par ligne</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Après la séance</translation>
    </message>
    <message>
        <source>Post-session questionnaires</source>
        <translation>Questionnaires de fin de séance</translation>
    </message>
    <message>
        <source>Tick the questionnaires to ask after the last task; press Space to tick, drag to change their order</source>
        <translation>Cochez les questionnaires à poser après la dernière tâche&#xa0;; Espace pour cocher, glisser pour changer leur ordre</translation>
    </message>
</context>
<context>
    <name>RecordingConsent</name>
    <message>
        <source>the screen</source>
        <translation>l’écran</translation>
    </message>
    <message>
        <source>the camera</source>
        <translation>la caméra</translation>
    </message>
    <message>
        <source>the microphone</source>
        <translation>le microphone</translation>
    </message>
    <message>
        <source>This study records {0} during the session. Has the participant agreed to be recorded?

Nothing is recorded without their consent; the answer is kept in the session&apos;s journal.</source>
        <translation>Cette étude enregistre {0} pendant la séance. Le participant a-t-il accepté d’être enregistré ?

Rien n’est enregistré sans son accord ; la réponse est conservée dans le journal de la séance.</translation>
    </message>
    <message>
        <source>Recording consent</source>
        <translation>Accord pour l’enregistrement</translation>
    </message>
</context>
<context>
    <name>RecordingFailure</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the device is in use by another program</source>
        <translation>le périphérique est utilisé par un autre programme</translation>
    </message>
    <message>
        <source>the source delivered no frame</source>
        <translation>la source n’a fourni aucune image</translation>
    </message>
    <message>
        <source>it did not start within 10 seconds</source>
        <translation>l’enregistrement n’a pas démarré en 10 secondes</translation>
    </message>
    <message>
        <source>the capture process stopped</source>
        <translation>le processus de capture s’est arrêté</translation>
    </message>
    <message>
        <source>screen capture runs on Linux with X11 only for now</source>
        <translation>la capture d’écran ne fonctionne pour l’instant que sous Linux avec X11</translation>
    </message>
    <message>
        <source>{0} capture runs on Linux only for now</source>
        <translation>la capture ({0}) ne fonctionne pour l’instant que sous Linux</translation>
    </message>
    <message>
        <source>screen</source>
        <translation>écran</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>caméra</translation>
    </message>
    <message>
        <source>voice</source>
        <translation>voix</translation>
    </message>
    <message>
        <source>no such device or file ({0})</source>
        <translation>périphérique ou fichier introuvable ({0})</translation>
    </message>
    <message>
        <source>permission denied ({0})</source>
        <translation>permission refusée ({0})</translation>
    </message>
    <message>
        <source>cannot create {0}</source>
        <translation>impossible de créer {0}</translation>
    </message>
</context>
<context>
    <name>RecordingIndicator</name>
    <message>
        <source>screen</source>
        <translation>écran</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>caméra</translation>
    </message>
    <message>
        <source>microphone</source>
        <translation>microphone</translation>
    </message>
    <message>
        <source>● Recording: {0}</source>
        <translation>● Enregistrement : {0}</translation>
    </message>
    <message>
        <source>(failed: {0})</source>
        <translation>(échec : {0})</translation>
    </message>
    <message>
        <source>Recording is starting…</source>
        <translation>L’enregistrement démarre…</translation>
    </message>
    <message>
        <source>Not recording: the participant did not consent</source>
        <translation>Pas d’enregistrement : le participant n’a pas donné son accord</translation>
    </message>
    <message>
        <source>Recording failed: {0}. The session goes on; every event is still journaled.</source>
        <translation>Échec de l’enregistrement : {0}. La séance continue ; chaque événement est toujours journalisé.</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>raison inconnue</translation>
    </message>
</context>
<context>
    <name>ReviewExports</name>
    <message>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Écriture de {0}…</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
    <message>
        <source>Nothing was written; {0} is as it was.</source>
        <translation>Rien n’a été écrit&#xa0;; {0} est inchangé.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>L’export a échoué</translation>
    </message>
    <message>
        <source>{0} could not be written:
{1}</source>
        <translation>Impossible d’écrire {0}&#xa0;:
{1}</translation>
    </message>
    <message>
        <source>The workbook {0} is written.</source>
        <translation>Le classeur {0} est écrit.</translation>
    </message>
    <message>
        <source>It holds every participant: the &apos;Show&apos; filter applies to this window only.</source>
        <translation>Il contient tous les participants&#xa0;: le filtre «&#xa0;Afficher&#xa0;» ne s’applique qu’à cette fenêtre.</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Export charts to a folder</source>
        <translation>Exporter les graphiques dans un dossier</translation>
    </message>
    <message>
        <source>The charts were not saved</source>
        <translation>Les graphiques n’ont pas été enregistrés</translation>
    </message>
    <message>
        <source>Charts saved</source>
        <translation>Graphiques enregistrés</translation>
    </message>
    <message>
        <source>{0} image(s) saved in {1}.</source>
        <translation>{0} image(s) enregistrée(s) dans {1}.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>ReviewFormat</name>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Missing data</source>
        <translation>Données manquantes</translation>
    </message>
</context>
<context>
    <name>ReviewNotices</name>
    <message>
        <source>⚠ {0} warning(s) while loading — click to hide</source>
        <translation>⚠ {0} avertissement(s) au chargement — cliquer pour masquer</translation>
    </message>
    <message>
        <source>⚠ {0} warning(s) while loading — click to show</source>
        <translation>⚠ {0} avertissement(s) au chargement — cliquer pour afficher</translation>
    </message>
    <message>
        <source>Show or hide what was found while loading</source>
        <translation>Afficher ou masquer ce qui a été relevé au chargement</translation>
    </message>
    <message>
        <source>Loading warnings</source>
        <translation>Avertissements de chargement</translation>
    </message>
    <message>
        <source>The results cannot be computed: {0}</source>
        <translation>Impossible de calculer les résultats&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Open a study (File &gt; Open study) or a results spreadsheet to review its results.</source>
        <translation>Ouvrez une étude (Fichier &gt; Ouvrir une étude) ou un tableau de résultats pour en examiner les résultats.</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>The exclusion was not saved</source>
        <translation>L’exclusion n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>The benchmarks were not saved</source>
        <translation>Les références n&apos;ont pas été enregistrées</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Study summary</source>
        <translation>Synthèse de l’étude</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>Part&amp;icipants</source>
        <translation>Participa&amp;nts</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>Graphi&amp;ques</translation>
    </message>
    <message>
        <source>C&amp;omparison</source>
        <translation>C&amp;omparaison</translation>
    </message>
    <message>
        <source>One row per task; select a task to see its attempts</source>
        <translation>Une ligne par tâche&#xa0;; sélectionnez une tâche pour voir ses tentatives</translation>
    </message>
    <message>
        <source>Outcome of every task for every participant, questionnaire scores, exclusions</source>
        <translation>Résultat de chaque tâche pour chaque participant, scores aux questionnaires, exclusions</translation>
    </message>
    <message>
        <source>Two groups side by side with significance tests</source>
        <translation>Deux groupes côte à côte avec des tests de significativité</translation>
    </message>
    <message>
        <source>Charts of the results</source>
        <translation>Graphiques des résultats</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>P&amp;articipant:</source>
        <translation>Pa&amp;rticipant&#xa0;:</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Pick a participant of the study or type a new id</source>
        <translation>Choisissez un participant de l’étude ou saisissez un nouvel identifiant</translation>
    </message>
    <message>
        <source>Start or resume the session</source>
        <translation>Démarrer ou reprendre la séance</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Participant screen</source>
        <translation>Écran du participant</translation>
    </message>
    <message>
        <source>Show the participant screen</source>
        <translation>Afficher l’écran du participant</translation>
    </message>
    <message>
        <source>Open the participant&apos;s window on the chosen screen (Ctrl+Shift+P)</source>
        <translation>Ouvrir la fenêtre du participant sur l’écran choisi (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>Screen for the participant window</source>
        <translation>Écran de la fenêtre du participant</translation>
    </message>
    <message>
        <source>Which monitor shows the participant&apos;s window</source>
        <translation>Le moniteur qui affiche la fenêtre du participant</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Participant window full screen</source>
        <translation>Fenêtre du participant en plein écran</translation>
    </message>
    <message>
        <source>Show the participant&apos;s window full screen</source>
        <translation>Afficher la fenêtre du participant en plein écran</translation>
    </message>
    <message>
        <source>Current task</source>
        <translation>Tâche en cours</translation>
    </message>
    <message>
        <source>Session console</source>
        <translation>Console de session</translation>
    </message>
    <message>
        <source>◀ Previous task</source>
        <translation>◀ Tâche précédente</translation>
    </message>
    <message>
        <source>Previous task</source>
        <translation>Tâche précédente</translation>
    </message>
    <message>
        <source>Run an earlier task of the order next (one not done yet); or click a task in the order</source>
        <translation>Faire passer ensuite une tâche plus haut dans l’ordre (pas encore réalisée)&#xa0;; ou cliquez sur une tâche de l’ordre</translation>
    </message>
    <message>
        <source>Next task ▶</source>
        <translation>Tâche suivante ▶</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>Tâche suivante</translation>
    </message>
    <message>
        <source>Run a later task of the order next; or click a task in the order</source>
        <translation>Faire passer ensuite une tâche plus loin dans l’ordre&#xa0;; ou cliquez sur une tâche de l’ordre</translation>
    </message>
    <message>
        <source>Success criteria (moderator only)</source>
        <translation>Critères de réussite (modérateur uniquement)</translation>
    </message>
    <message>
        <source>Time on task (net, pauses excluded)</source>
        <translation>Temps sur la tâche (net, pauses exclues)</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Enter saves the note with the time the key was pressed; Esc cancels</source>
        <translation>Entrée enregistre la note avec l’heure de l’appui sur la touche&#xa0;; Échap annule</translation>
    </message>
    <message>
        <source>Problem…</source>
        <translation>Problème…</translation>
    </message>
    <message>
        <source>The typed value was dropped.</source>
        <translation>La valeur saisie a été abandonnée.</translation>
    </message>
    <message>
        <source>Pick a feeling word with 1–{0} (or {1} if declined).</source>
        <translation>Choisissez un mot de ressenti avec 1–{0} (ou {1} en cas de refus).</translation>
    </message>
    <message>
        <source>No question is waiting for an answer.</source>
        <translation>Aucune question n&apos;attend de réponse.</translation>
    </message>
    <message>
        <source>Usability problem</source>
        <translation>Problème d&apos;utilisabilité</translation>
    </message>
    <message>
        <source>{0} at {1} (session time):</source>
        <translation>{0} à {1} (temps de session) :</translation>
    </message>
    <message>
        <source>The session was not started.</source>
        <translation>La session n&apos;a pas été démarrée.</translation>
    </message>
    <message>
        <source>Events not saved</source>
        <translation>Événements non enregistrés</translation>
    </message>
    <message>
        <source>{0} event(s) of this session are not on disk yet ({1}).</source>
        <translation>{0} événement(s) de cette session ne sont pas encore sur le disque ({1}).</translation>
    </message>
    <message>
        <source>the disk refused them</source>
        <translation>le disque les a refusés</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>Réessayer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Save elsewhere…</source>
        <translation>Enregistrer ailleurs…</translation>
    </message>
    <message>
        <source>Discard them and quit</source>
        <translation>Les abandonner et quitter</translation>
    </message>
    <message>
        <source>A session is running</source>
        <translation>Une session est en cours</translation>
    </message>
    <message>
        <source>The session with participant {0} is still running. Everything recorded is on disk; it can be resumed when uxlab opens this study again. Quit now?</source>
        <translation>La session avec le participant {0} est toujours en cours. Tout ce qui a été enregistré est sur le disque ; elle pourra reprendre quand uxlab rouvrira cette étude. Quitter maintenant ?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Recordings not copied</source>
        <translation>Enregistrements non copiés</translation>
    </message>
    <message>
        <source>The session is saved in {0} and goes on there. These recordings could not be copied beside it and stay where they were recorded:
{1}</source>
        <translation>La séance est enregistrée dans {0} et continue là. Ces enregistrements n’ont pas pu être copiés à côté et restent là où ils ont été enregistrés :
{1}</translation>
    </message>
    <message>
        <source>Only one screen: the participant&apos;s window covers part of the console. Move it aside, or connect a second screen and pick it here.</source>
        <translation>Un seul écran : la fenêtre du participant couvre une partie de la console. Déplacez-la, ou branchez un second écran et choisissez-le ici.</translation>
    </message>
    <message>
        <source>The participant&apos;s window is beside the console, on the same screen. For a session, connect a second screen and pick it here.</source>
        <translation>La fenêtre du participant est à côté de la console, sur le même écran. Pour une session, branchez un second écran et choisissez-le ici.</translation>
    </message>
    <message>
        <source>Save the session elsewhere</source>
        <translation>Enregistrer la séance ailleurs</translation>
    </message>
    <message>
        <source>Start task</source>
        <translation>Démarrer la tâche</translation>
    </message>
    <message>
        <source>Start this participant&apos;s session (or resume it if it was interrupted). Key: Ctrl+Enter</source>
        <translation>Démarrer la séance de ce participant (ou la reprendre si elle a été interrompue). Touche&#xa0;: Ctrl+Entrée</translation>
    </message>
    <message>
        <source>End the session after the last questionnaire. Key: Ctrl+Enter</source>
        <translation>Terminer la séance après le dernier questionnaire. Touche&#xa0;: Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>Pause / reprise</translation>
    </message>
    <message>
        <source>End task…</source>
        <translation>Terminer la tâche…</translation>
    </message>
    <message>
        <source>Skip task</source>
        <translation>Passer la tâche</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Critical…</source>
        <translation>Critique…</translation>
    </message>
    <message>
        <source>Undo marker</source>
        <translation>Annuler le marqueur</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>{0} (key: {1})</source>
        <translation>{0} (touche&#xa0;: {1})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Touches&#xa0;:</translation>
    </message>
    <message>
        <source>Screen {0} ({1}×{2})</source>
        <translation>Écran {0} ({1}×{2})</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (terminée)</translation>
    </message>
    <message>
        <source> (interrupted: resume)</source>
        <translation> (interrompue&#xa0;: reprendre)</translation>
    </message>
    <message>
        <source>{0} is outside the scale {1}–{2}.</source>
        <translation>{0} est hors de l’échelle {1}–{2}.</translation>
    </message>
    <message>
        <source>No session is open: pick a participant and start the session.</source>
        <translation>Aucune séance n’est ouverte&#xa0;: choisissez un participant et démarrez la séance.</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Incident critique</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A session is already running.</source>
        <translation>Une séance est déjà en cours.</translation>
    </message>
    <message>
        <source>Type or pick a participant id first.</source>
        <translation>Saisissez ou choisissez d’abord un identifiant de participant.</translation>
    </message>
    <message>
        <source>The session ends with Ctrl+Enter once every task and questionnaire is done (or use the End session button).</source>
        <translation>La séance se termine avec Ctrl+Entrée une fois toutes les tâches et tous les questionnaires faits (ou avec le bouton Terminer la séance).</translation>
    </message>
    <message>
        <source>Open a study folder first (File &gt; Open study).</source>
        <translation>Ouvrez d’abord le dossier d’une étude (Fichier &gt; Ouvrir une étude).</translation>
    </message>
    <message>
        <source>The session cannot start</source>
        <translation>La séance ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Session resumed. Everything recorded before the interruption is kept; the running task was paused: press {0} to resume it.</source>
        <translation>Séance reprise. Tout ce qui a été enregistré avant l’interruption est conservé&#xa0;; la tâche en cours a été mise en pause&#xa0;: appuyez sur {0} pour la reprendre.</translation>
    </message>
    <message>
        <source>some tasks were not done (they will count as not attempted)</source>
        <translation>certaines tâches n’ont pas été réalisées (elles compteront comme non tentées)</translation>
    </message>
    <message>
        <source>{0} question(s) are unanswered</source>
        <translation>{0} question(s) sans réponse</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>Terminer la séance&#xa0;?</translation>
    </message>
    <message>
        <source>{0}. Unanswered questions will be recorded as declined. End the session?</source>
        <translation>{0}. Les questions sans réponse seront enregistrées comme refusées. Terminer la séance&#xa0;?</translation>
    </message>
    <message>
        <source>This event cannot be corrected.</source>
        <translation>Cet événement ne peut pas être corrigé.</translation>
    </message>
    <message>
        <source>All events are saved to disk again.</source>
        <translation>Tous les événements sont de nouveau enregistrés sur le disque.</translation>
    </message>
    <message>
        <source>still failing</source>
        <translation>échoue encore</translation>
    </message>
    <message>
        <source>uxlab journal (*.jsonl)</source>
        <translation>Journal uxlab (*.jsonl)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The session is now recorded in {0}. Copy it into the study&apos;s sessions folder afterwards.</source>
        <translation>La séance est maintenant enregistrée dans {0}. Copiez-la ensuite dans le dossier des séances de l’étude.</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Démarrer la séance</translation>
    </message>
    <message>
        <source>Participant {0}</source>
        <translation>Participant {0}</translation>
    </message>
    <message>
        <source>No session running. Pick a participant and press Start session (Ctrl+Enter).</source>
        <translation>Aucune session en cours. Choisissez un participant et appuyez sur Démarrer la session (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>The clock is stopped: choose the outcome (1–4), or Esc if the task goes on.</source>
        <translation>Le chrono est arrêté : choisissez le résultat (1–4), ou Échap si la tâche continue.</translation>
    </message>
    <message>
        <source>Paused: press {0} to resume.</source>
        <translation>En pause : appuyez sur {0} pour reprendre.</translation>
    </message>
    <message>
        <source>Task running: {0} error · {1} assist · {2} note · {3} end (choose outcome) · 1–4 end with an outcome.</source>
        <translation>Tâche en cours : {0} erreur · {1} aide · {2} note · {3} fin (choisir le résultat) · 1–4 fin avec un résultat.</translation>
    </message>
    <message>
        <source>Waiting for the ratings of the last task: digits answer the first question, {0} = declined.</source>
        <translation>En attente des évaluations de la dernière tâche : les chiffres répondent à la première question, {0} = refus.</translation>
    </message>
    <message>
        <source>Next: “{0}”. Press {1} to start it.</source>
        <translation>Suivante : « {0} ». Appuyez sur {1} pour la démarrer.</translation>
    </message>
    <message>
        <source>End-of-session questionnaires: digits answer the first question, {0} = declined.</source>
        <translation>Questionnaires de fin de session : les chiffres répondent à la première question, {0} = refus.</translation>
    </message>
    <message>
        <source>All tasks and questionnaires are done: press End session (Ctrl+Enter).</source>
        <translation>Toutes les tâches et tous les questionnaires sont faits : appuyez sur Terminer la session (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Session ended. Pick the next participant to start another session.</source>
        <translation>Session terminée. Choisissez le participant suivant pour démarrer une autre session.</translation>
    </message>
    <message>
        <source>No session running. Pick a participant and press Start session.</source>
        <translation>Aucune séance en cours. Choisissez un participant et appuyez sur Démarrer la séance.</translation>
    </message>
    <message>
        <source>Next: </source>
        <translation>Suivante&#xa0;: </translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>(aucun rédigé)</translation>
    </message>
    <message>
        <source>Session ended</source>
        <translation>Séance terminée</translation>
    </message>
    <message>
        <source>After the task “{0}”: the participant answers on their screen, or enter the answers here (digit keys answer the first question; {1} = declined).</source>
        <translation>Après la tâche «&#xa0;{0}&#xa0;»&#xa0;: le participant répond sur son écran, ou saisissez les réponses ici (les touches numériques répondent à la première question&#xa0;; {1} = refus).</translation>
    </message>
    <message>
        <source>End of session: questionnaires ({0} item(s) left)</source>
        <translation>Fin de séance&#xa0;: questionnaires ({0} item(s) restant(s))</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>SeqChart</name>
    <message>
        <source>Ease rating (SEQ) by task</source>
        <translation>Note de facilité (SEQ) par tâche</translation>
    </message>
    <message>
        <source>{0}
SEQ mean {1:.2f} from {2} ratings
{3} CI {4:.2f} – {5:.2f}</source>
        <translation>{0}
SEQ moyen {1:.2f} sur {2} évaluations
IC à {3}&#xa0;: {4:.2f} – {5:.2f}</translation>
    </message>
    <message>
        <source>Mean SEQ rating (1 = very difficult … 7 = very easy); whiskers: {0} confidence interval</source>
        <translation>Note SEQ moyenne (1 = très difficile … 7 = très facile)&#xa0;; moustaches&#xa0;: intervalle de confiance à {0}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>That task has already been done.</source>
        <translation>Cette tâche a déjà été réalisée.</translation>
    </message>
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
        <source>The task continues: its clock runs again.</source>
        <translation>La tâche continue : son chrono repart.</translation>
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
    <name>SeverityFrequencyChart</name>
    <message>
        <source>Severity × frequency chart</source>
        <translation>Graphique gravité × fréquence</translation>
    </message>
    <message>
        <source>Severity × frequency, as a table</source>
        <translation>Gravité × fréquence, sous forme de tableau</translation>
    </message>
    <message>
        <source>The chart&apos;s data, most impact first; Enter selects the problem</source>
        <translation>Les données du graphique, les plus lourdes d’abord ; Entrée sélectionne le problème</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Frequency (95 % CI)</source>
        <translation>Fréquence (IC à 95 %)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Severity × frequency</source>
        <translation>Gravité × fréquence</translation>
    </message>
    <message>
        <source>Participants who met the problem (%)</source>
        <translation>Participants ayant rencontré le problème (%)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>{0}: {1}
Severity: {2}
Met by {3} of {4} participants: {5}% (95% CI {6}–{7}%)
Impact: {8}</source>
        <translation>{0} : {1}
Gravité : {2}
Rencontré par {3} participants sur {4} : {5} % (IC à 95 % {6}–{7} %)
Impact : {8}</translation>
    </message>
    <message>
        <source>No problems to chart yet.</source>
        <translation>Pas encore de problème à représenter.</translation>
    </message>
    <message>
        <source>{0} problems by share of participants (across) and severity (up). Most impact: {1} ({2}), met by {3} of {4} participants.</source>
        <translation>{0} problèmes selon la part des participants (en abscisse) et la gravité (en ordonnée). Le plus lourd : {1} ({2}), rencontré par {3} participants sur {4}.</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>{0} included, {1} excluded</source>
        <translation>{0} inclus, {1} exclus</translation>
    </message>
    <message>
        <source>Excluded participants are left out of every number</source>
        <translation>Les participants exclus ne sont comptés dans aucun chiffre</translation>
    </message>
    <message>
        <source>{0} (n = {1})</source>
        <translation>{0} (n = {1})</translation>
    </message>
    <message>
        <source>{0}; SUS-equivalent {1} (n = {2})</source>
        <translation>{0}&#xa0;; équivalent SUS {1} (n = {2})</translation>
    </message>
    <message>
        <source>{0} promoters, {1} passives, {2} detractors</source>
        <translation>{0} promoteurs, {1} passifs, {2} détracteurs</translation>
    </message>
    <message>
        <source>{0} top-2-box; mean {1} (n = {2})</source>
        <translation>{0} top-2-box&#xa0;; moyenne {1} (n = {2})</translation>
    </message>
    <message>
        <source>{0}; {1} agree (n = {2})</source>
        <translation>{0}&#xa0;; {1} d’accord (n = {2})</translation>
    </message>
    <message>
        <source>Worst imaginable</source>
        <translation>Pire imaginable</translation>
    </message>
    <message>
        <source>Awful</source>
        <translation>Exécrable</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Médiocre</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Passable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <source>Best imaginable</source>
        <translation>Meilleur imaginable</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>SUS mean</source>
        <translation>SUS moyen</translation>
    </message>
    <message>
        <source>SUS grade</source>
        <translation>Note SUS</translation>
    </message>
    <message>
        <source>SUS percentile</source>
        <translation>Centile SUS</translation>
    </message>
    <message>
        <source>SUS adjective</source>
        <translation>Qualificatif SUS</translation>
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
        <translation>Réponses NPS</translation>
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
        <translation>Scores SUS sur l’échelle de notation</translation>
    </message>
    <message>
        <source>Mean {0:.1f} ({1})</source>
        <translation>Moyenne {0:.1f} ({1})</translation>
    </message>
    <message>
        <source>Mean SUS {0:.1f} (grade {1}) from {2} participants
{3} CI {4:.1f} – {5:.1f}</source>
        <translation>SUS moyen {0:.1f} (note {1}) sur {2} participants
IC à {3}&#xa0;: {4:.1f} – {5:.1f}</translation>
    </message>
    <message>
        <source>SUS {0:g} to under {1:g}: {2} participants</source>
        <translation>SUS de {0:g} à moins de {1:g}&#xa0;: {2} participants</translation>
    </message>
    <message>
        <source>Grade {0}: SUS {1:g} to {2:g}, {3} participants</source>
        <translation>Note {0}&#xa0;: SUS de {1:g} à {2:g}, {3} participants</translation>
    </message>
    <message>
        <source>SUS score (0–100); grades: Sauro-Lewis curved grading scale</source>
        <translation>Score SUS (0–100)&#xa0;; notes&#xa0;: échelle de notation ajustée de Sauro et Lewis</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>The study&apos;s tasks. Drag a task, or press Alt+Up / Alt+Down, to reorder</source>
        <translation>Les tâches de l’étude. Glissez une tâche, ou appuyez sur Alt+Haut / Alt+Bas, pour changer l’ordre</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add a new task after the selected one</source>
        <translation>Ajouter une nouvelle tâche après celle sélectionnée</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Copy the selected task, with a new id</source>
        <translation>Copier la tâche sélectionnée, avec un nouvel identifiant</translation>
    </message>
    <message>
        <source>Move the selected task one place up (Alt+Up)</source>
        <translation>Monter la tâche sélectionnée d’une place (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the selected task one place down (Alt+Down)</source>
        <translation>Descendre la tâche sélectionnée d’une place (Alt+Bas)</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>Te&amp;xtes en&#xa0;:</translation>
    </message>
    <message>
        <source>Task &amp;id:</source>
        <translation>Ide&amp;ntifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Titl&amp;e:</source>
        <translation>Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>Tar&amp;get time:</source>
        <translation>Temps cible&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>&amp;Limite de temps&#xa0;:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected task from the study (Delete)</source>
        <translation>Retirer la tâche sélectionnée de l’étude (Suppr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>&amp;Scénario&#xa0;:</translation>
    </message>
    <message>
        <source>Success criteria:</source>
        <translation>Critères de réussite&#xa0;:</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Within-subjects studies: the condition (design, version, tool) this task is done under, e.g. old menu / new menu; the review then compares the conditions within participants (Compare by: condition). Leave empty otherwise</source>
        <translation>Études intra-sujets : la condition (conception, version, outil) sous laquelle cette tâche est faite, p. ex. ancien menu / nouveau menu ; l&apos;analyse compare alors les conditions au sein des participants (Comparer par : condition). Sinon, laisser vide</translation>
    </message>
    <message>
        <source>Language of the title and scenario</source>
        <translation>Langue du titre et du scénario</translation>
    </message>
    <message>
        <source>Tasks (in the order of a fixed stud&amp;y):</source>
        <translation>Liste des tâc&amp;hes (dans l’ordre d’une étude à ordre fixe)&#xa0;:</translation>
    </message>
    <message>
        <source>The selected task</source>
        <translation>La tâche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Journey stage:</source>
        <translation>Étape du par&amp;cours&#xa0;:</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Condition&#xa0;:</translation>
    </message>
    <message>
        <source>Which language&apos;s title and scenario you are editing</source>
        <translation>La langue du titre et du scénario que vous modifiez</translation>
    </message>
    <message>
        <source>Task id</source>
        <translation>Identifiant de la tâche</translation>
    </message>
    <message>
        <source>A short unique id used in the data files (letters, digits, _ - .)</source>
        <translation>Un identifiant court et unique utilisé dans les fichiers de données (lettres, chiffres, _ - .)</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Titre de la tâche</translation>
    </message>
    <message>
        <source>A short name for the task, in the selected language</source>
        <translation>Un nom court pour la tâche, dans la langue choisie</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>What the participant reads: the task as a realistic scenario, in the selected language</source>
        <translation>Ce que lit le participant&#xa0;: la tâche sous forme de scénario réaliste, dans la langue choisie</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Critères de réussite</translation>
    </message>
    <message>
        <source>What counts as success, for the moderator (not shown to participants)</source>
        <translation>Ce qui compte comme une réussite, pour le modérateur (non montré aux participants)</translation>
    </message>
    <message>
        <source>Target time in seconds</source>
        <translation>Temps cible en secondes</translation>
    </message>
    <message>
        <source>The time an experienced user needs; leave at &apos;not set&apos; if there is none</source>
        <translation>Le temps nécessaire à un utilisateur expérimenté&#xa0;; laissez «&#xa0;non défini&#xa0;» s’il n’y en a pas</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>Limite de temps en secondes</translation>
    </message>
    <message>
        <source>When the moderator is prompted to stop the task; at least the target time</source>
        <translation>Moment où le modérateur est invité à arrêter la tâche&#xa0;; au moins le temps cible</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Étape du parcours</translation>
    </message>
    <message>
        <source>The step of the user journey this task belongs to (e.g. signup, pay); results can be grouped by stage</source>
        <translation>L’étape du parcours utilisateur à laquelle appartient la tâche (p. ex. inscription, paiement)&#xa0;; les résultats peuvent être regroupés par étape</translation>
    </message>
    <message>
        <source>The study has no tasks yet. Press Add to write the first one.</source>
        <translation>L’étude n’a pas encore de tâche. Appuyez sur Ajouter pour écrire la première.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) recorded this task under the id &apos;{0}&apos;. With a new id, those results no longer belong to it (they stay on disk). Put back &apos;{0}&apos; to keep them together.</source>
        <translation>
            <numerusform>%n séance a enregistré cette tâche sous l’identifiant «&#xa0;{0}&#xa0;». Avec un nouvel identifiant, ses résultats ne lui appartiennent plus (ils restent sur le disque). Remettez «&#xa0;{0}&#xa0;» pour les garder ensemble.</numerusform>
            <numerusform>%n séances ont enregistré cette tâche sous l’identifiant «&#xa0;{0}&#xa0;». Avec un nouvel identifiant, leurs résultats ne lui appartiennent plus (ils restent sur le disque). Remettez «&#xa0;{0}&#xa0;» pour les garder ensemble.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) recorded this task: keep its id so the results stay together.</source>
        <translation>
            <numerusform>%n séance a enregistré cette tâche&#xa0;: gardez son identifiant pour que les résultats restent ensemble.</numerusform>
            <numerusform>%n séances ont enregistré cette tâche&#xa0;: gardez son identifiant pour que les résultats restent ensemble.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) recorded the task &apos;{0}&apos;. Their results stay on disk, but the study will no longer list the task, so results leave it out. Remove it?</source>
        <translation>
            <numerusform>%n séance a enregistré la tâche «&#xa0;{0}&#xa0;». Ses résultats restent sur le disque, mais l’étude ne listera plus la tâche&#xa0;: les résultats l’omettront. La retirer&#xa0;?</numerusform>
            <numerusform>%n séances ont enregistré la tâche «&#xa0;{0}&#xa0;». Leurs résultats restent sur le disque, mais l’étude ne listera plus la tâche&#xa0;: les résultats l’omettront. La retirer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written in {0} yet: participants reading {0} will see the text shown in grey (the study language&apos;s).</source>
        <translation>Pas encore rédigé en {0}&#xa0;: les participants qui lisent en {0} verront le texte affiché en gris (celui de la langue de l’étude).</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Remove a recorded task?</source>
        <translation>Retirer une tâche enregistrée&#xa0;?</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Time, successful</source>
        <translation>Temps, réussies</translation>
    </message>
    <message>
        <source>Time, all attempts</source>
        <translation>Temps, toutes tentatives</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>SEQ (1–7)</source>
        <translation>SEQ (1–7)</translation>
    </message>
    <message>
        <source>Success net</source>
        <translation>Réussite nette</translation>
    </message>
    <message>
        <source>Effort net</source>
        <translation>Effort net</translation>
    </message>
    <message>
        <source>Emotion net</source>
        <translation>Émotion nette</translation>
    </message>
    <message>
        <source>Errors (mean)</source>
        <translation>Erreurs (moyenne)</translation>
    </message>
    <message>
        <source>Assists (mean)</source>
        <translation>Aides (moyenne)</translation>
    </message>
    <message>
        <source>The task&apos;s title, in study order</source>
        <translation>Le titre de la tâche, dans l’ordre de l’étude</translation>
    </message>
    <message>
        <source>Time on task of successful attempts: geometric mean with its interval</source>
        <translation>Temps sur la tâche des tentatives réussies&#xa0;: moyenne géométrique et son intervalle</translation>
    </message>
    <message>
        <source>Time on task of all attempts (failed and abandoned too): geometric mean with its interval</source>
        <translation>Temps sur la tâche de toutes les tentatives (échecs et abandons compris)&#xa0;: moyenne géométrique et son intervalle</translation>
    </message>
    <message>
        <source>Errors marked by the moderator per attempt (mean)</source>
        <translation>Erreurs marquées par le modérateur par tentative (moyenne)</translation>
    </message>
    <message>
        <source>Assists given by the moderator per attempt (mean)</source>
        <translation>Aides apportées par le modérateur par tentative (moyenne)</translation>
    </message>
    <message>
        <source>{0} attempts: {1} successes, {2} partial, {3} skipped (not attempts), {4} interrupted</source>
        <translation>{0} tentatives&#xa0;: {1} réussites, {2} partielles, {3} passées (pas des tentatives), {4} interrompues</translation>
    </message>
    <message>
        <source>Task id: {0}</source>
        <translation>Identifiant de la tâche&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Stage: {0}</source>
        <translation>Étape&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Target time: {0}</source>
        <translation>Temps cible&#xa0;: {0}</translation>
    </message>
    <message>
        <source>n = {0}; median {1}; arithmetic mean {2}; SD {3}</source>
        <translation>n = {0}&#xa0;; médiane {1}&#xa0;; moyenne arithmétique {2}&#xa0;; écart-type {3}</translation>
    </message>
    <message>
        <source>{0} of {1} attempts successful</source>
        <translation>{0} tentatives réussies sur {1}</translation>
    </message>
    <message>
        <source>n = {0}</source>
        <translation>n = {0}</translation>
    </message>
    <message>
        <source>n = {0}; mean {1} on 1–7</source>
        <translation>n = {0}&#xa0;; moyenne {1} sur 1–7</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Select a task above to see its attempts.</source>
        <translation>Sélectionnez une tâche ci-dessus pour voir ses tentatives.</translation>
    </message>
    <message>
        <source>Attempts at “{0}” ({1})</source>
        <translation>Tentatives sur «&#xa0;{0}&#xa0;» ({1})</translation>
    </message>
    <message>
        <source>Select an attempt to see its events and notes.</source>
        <translation>Sélectionnez une tentative pour voir ses événements et notes.</translation>
    </message>
    <message>
        <source>Events of {0} in “{1}” (time since the session started)</source>
        <translation>Événements de {0} dans «&#xa0;{1}&#xa0;» (temps depuis le début de la séance)</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Notes&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Time on task: successful &amp;attempts only</source>
        <translation>Temps sur la tâche&#xa0;: tentatives réu&amp;ssies uniquement</translation>
    </message>
    <message>
        <source>Checked: time on task of successful attempts (the usual report). Unchecked: all attempts, including failed and abandoned ones</source>
        <translation>Coché&#xa0;: temps sur la tâche des tentatives réussies (le rapport habituel). Décoché&#xa0;: toutes les tentatives, y compris les échecs et les abandons</translation>
    </message>
    <message>
        <source>Time on task of successful attempts only</source>
        <translation>Temps sur la tâche des seules tentatives réussies</translation>
    </message>
    <message>
        <source>Task results</source>
        <translation>Résultats par tâche</translation>
    </message>
    <message>
        <source>Select a task to see its attempts below</source>
        <translation>Sélectionnez une tâche pour voir ses tentatives ci-dessous</translation>
    </message>
    <message>
        <source>Attempts at the selected task</source>
        <translation>Tentatives sur la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Select an attempt to see its events and notes</source>
        <translation>Sélectionnez une tentative pour voir ses événements et notes</translation>
    </message>
    <message>
        <source>Events of the selected attempt</source>
        <translation>Événements de la tentative sélectionnée</translation>
    </message>
    <message>
        <source>Everything recorded during the attempt, in order</source>
        <translation>Tout ce qui a été enregistré pendant la tentative, dans l’ordre</translation>
    </message>
</context>
<context>
    <name>TimeChart</name>
    <message>
        <source>Time on task</source>
        <translation>Temps passé sur la tâche</translation>
    </message>
    <message>
        <source>Logarithmic time axis</source>
        <translation>Axe du temps logarithmique</translation>
    </message>
    <message>
        <source>Show times on a log scale: task times are skewed, and a log axis shows fast and slow attempts with the same detail.</source>
        <translation>Afficher les temps sur une échelle logarithmique&#xa0;: les temps de tâche sont asymétriques, et un axe logarithmique montre les tentatives rapides et lentes avec le même détail.</translation>
    </message>
    <message>
        <source>{0}
{1}: {2}, {3}</source>
        <translation>{0}
{1}&#xa0;: {2}, {3}</translation>
    </message>
    <message>
        <source>Time on task (s)</source>
        <translation>Temps sur la tâche (s)</translation>
    </message>
    <message>
        <source>Time on task (s, logarithmic scale)</source>
        <translation>Temps sur la tâche (s, échelle logarithmique)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Geometric mean, successful attempts ({0} CI)</source>
        <translation>Moyenne géométrique, tentatives réussies (IC à {0})</translation>
    </message>
    <message>
        <source>{0}
Geometric mean of {1} successful attempts: {2}
{3} CI {4} – {5}; median {6}</source>
        <translation>{0}
Moyenne géométrique de {1} tentatives réussies&#xa0;: {2}
IC à {3}&#xa0;: {4} – {5}&#xa0;; médiane {6}</translation>
    </message>
    <message>
        <source>Target {0}</source>
        <translation>Cible {0}</translation>
    </message>
    <message>
        <source>Target time</source>
        <translation>Temps cible</translation>
    </message>
    <message>
        <source>{0}
Target time {1}</source>
        <translation>{0}
Temps cible {1}</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandon</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Session timeline</source>
        <translation>Chronologie des séances</translation>
    </message>
    <message>
        <source>Pa&amp;ge</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Timeline page</source>
        <translation>Page de la chronologie</translation>
    </message>
    <message>
        <source>The timeline shows {0} participants at a time so that it stays fast with large studies; choose which group of participants to show.</source>
        <translation>La chronologie montre {0} participants à la fois pour rester rapide sur les grandes études&#xa0;; choisissez quel groupe de participants afficher.</translation>
    </message>
    <message>
        <source>participants {0}–{1} of {2}</source>
        <translation>participants {0}–{1} sur {2}</translation>
    </message>
    <message>
        <source>Session time (min)</source>
        <translation>Temps de séance (min)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>{0} · {1}
{2}, {3} – {4} ({5} including pauses)</source>
        <translation>{0} · {1}
{2}, {3} – {4} ({5} pauses comprises)</translation>
    </message>
    <message>
        <source>{0} · {1} at {2} ({3})</source>
        <translation>{0} · {1} à {2} ({3})</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partielle</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>Assistance</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Incident critique</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Net time on task</source>
        <translation>Temps net sur la tâche</translation>
    </message>
    <message>
        <source>Net time on task: pauses excluded</source>
        <translation>Temps net sur la tâche&#xa0;: pauses exclues</translation>
    </message>
    <message>
        <source>Gross time on task (pauses included)</source>
        <translation>Temps brut sur la tâche (pauses comprises)</translation>
    </message>
    <message>
        <source>Net time on task: {0}</source>
        <translation>Temps net sur la tâche : {0}</translation>
    </message>
    <message>
        <source>Task started: {0}. Its clock is running.</source>
        <translation>Tâche commencée : {0}. Son chronomètre tourne.</translation>
    </message>
    <message>
        <source>Paused at {0}.</source>
        <translation>En pause à {0}.</translation>
    </message>
    <message>
        <source>Resumed at {0}.</source>
        <translation>Reprise à {0}.</translation>
    </message>
    <message>
        <source>The task goes on at {0}.</source>
        <translation>La tâche continue à {0}.</translation>
    </message>
    <message>
        <source>Time on task: {0}.</source>
        <translation>Temps sur la tâche : {0}.</translation>
    </message>
    <message>
        <source>Time limit passed.</source>
        <translation>Temps limite dépassé.</translation>
    </message>
    <message>
        <source>Target time passed.</source>
        <translation>Temps cible dépassé.</translation>
    </message>
    <message>
        <source>Task ended: {0}, net time {1}.</source>
        <translation>Tâche terminée : {0}, temps net {1}.</translation>
    </message>
    <message>
        <source>‖ PAUSED: the task&apos;s clock is stopped</source>
        <translation>‖ EN PAUSE : le chrono de la tâche est arrêté</translation>
    </message>
    <message>
        <source>■ CLOCK STOPPED: choose the outcome</source>
        <translation>■ CHRONO ARRÊTÉ : choisissez le résultat</translation>
    </message>
    <message>
        <source>last task: gross {0} · {1}</source>
        <translation>dernière tâche&#xa0;: brut {0} · {1}</translation>
    </message>
    <message>
        <source>gross {0} (pauses included)</source>
        <translation>brut {0} (pauses comprises)</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>cible {0}</translation>
    </message>
    <message>
        <source>target passed</source>
        <translation>cible dépassée</translation>
    </message>
    <message>
        <source>limit {0}</source>
        <translation>limite {0}</translation>
    </message>
    <message>
        <source>LIMIT PASSED</source>
        <translation>LIMITE DÉPASSÉE</translation>
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
        <source>Usability problem observed (with a short text)</source>
        <translation>Problème d&apos;utilisabilité observé (avec un court texte)</translation>
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
        <translation>réussite</translation>
    </message>
    <message>
        <source>partial success</source>
        <translation>réussite partielle</translation>
    </message>
    <message>
        <source>fail</source>
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
</context>
</TS>
