<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt and PySide6</source>
        <translation>Qt et PySide6</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>Polices DejaVu</translation>
    </message>
    <message>
        <source>Bitstream Vera licence</source>
        <translation>Licence Bitstream Vera</translation>
    </message>
    <message>
        <source>About Migraine Journal</source>
        <translation>À propos de Migraine Journal</translation>
    </message>
    <message>
        <source>Migraine Journal</source>
        <translation>Migraine Journal</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Version {0}</translation>
    </message>
    <message>
        <source>Your diary never leaves this computer.</source>
        <translation>Votre journal ne quitte jamais cet ordinateur.</translation>
    </message>
    <message>
        <source>A private, offline diary of migraine attacks, medication and days. The journal is one file on your disk; the app never opens a network connection.</source>
        <translation>Un journal privé et hors ligne des crises de migraine, des médicaments et des journées. Le journal est un seul fichier sur votre disque ; l’application n’ouvre jamais de connexion réseau.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later ({0}): you may use, study, share and change it.</source>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure ({0}) : vous pouvez l’utiliser, l’étudier, le partager et le modifier.</translation>
    </message>
    <message>
        <source>Built with {0}.</source>
        <translation>Réalisé avec {0}.</translation>
    </message>
    <message>
        <source>Qt {0}, PySide6 {1}, Python {2}</source>
        <translation>Qt {0}, PySide6 {1}, Python {2}</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>As this computer ({0})</source>
        <translation>Comme cet ordinateur ({0})</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Premier jour de la semaine</translation>
    </message>
    <message>
        <source>Dates and times follow this computer&apos;s language settings (e.g. {0}).</source>
        <translation>Les dates et heures suivent les réglages de langue de cet ordinateur (par ex. {0}).</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Dates et heures</translation>
    </message>
    <message>
        <source>None, mild, moderate, severe (0-3)</source>
        <translation>Aucune, légère, modérée, sévère (0-3)</translation>
    </message>
    <message>
        <source>0-3, and also the optional 0-10 number</source>
        <translation>0-3, et aussi la note facultative sur 0-10</translation>
    </message>
    <message>
        <source>Pain scale</source>
        <translation>Échelle de douleur</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
</context>
<context>
    <name>AttackDoses</name>
    <message>
        <source>Unknown medication</source>
        <translation>Médicament inconnu</translation>
    </message>
    <message>
        <source>pain {0}</source>
        <translation>douleur {0}</translation>
    </message>
    <message>
        <source> → {0} at 2 h</source>
        <translation> → {0} à 2 h</translation>
    </message>
    <message>
        <source>Medication taken for this attack</source>
        <translation>Médicaments pris pour cette crise</translation>
    </message>
    <message>
        <source>+ Add dose…</source>
        <translation>+ Ajouter une prise…</translation>
    </message>
    <message>
        <source>Log medication taken for this attack</source>
        <translation>Noter un médicament pris pour cette crise</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the chosen dose</source>
        <translation>Modifier la prise choisie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Delete the chosen dose</source>
        <translation>Supprimer la prise choisie</translation>
    </message>
    <message>
        <source>No medication recorded for this attack.</source>
        <translation>Aucun médicament noté pour cette crise.</translation>
    </message>
    <message>
        <source>Remove dose</source>
        <translation>Retirer la prise</translation>
    </message>
    <message>
        <source>Delete this dose from the journal?</source>
        <translation>Supprimer cette prise du journal ?</translation>
    </message>
</context>
<context>
    <name>AttackEditor</name>
    <message>
        <source>Choose how bad the pain was (0 if there was none)</source>
        <translation>Choisissez l’intensité de la douleur (0 s’il n’y en avait pas)</translation>
    </message>
    <message>
        <source>Edit attack</source>
        <translation>Modifier la crise</translation>
    </message>
    <message>
        <source>New attack</source>
        <translation>Nouvelle crise</translation>
    </message>
    <message>
        <source>When and how bad</source>
        <translation>Quand et à quel point</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>Still going on</source>
        <translation>Toujours en cours</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Peak pain</source>
        <translation>Douleur maximale</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non notée</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Pain &amp;0-10 (optional)</source>
        <translation>Douleur &amp;0-10 (facultatif)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Aura</source>
        <translation>Aura</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>e.g. work, sleep</source>
        <translation>par ex. travail, sommeil</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>&amp;Kept me from</source>
        <translation>&amp;M’a empêché de</translation>
    </message>
    <message>
        <source>e.g. red wine, missed meal</source>
        <translation>par ex. vin rouge, repas sauté</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>Suspected t&amp;riggers</source>
        <translation>Déclencheurs su&amp;pposés</translation>
    </message>
    <message>
        <source>Medication taken</source>
        <translation>Médicaments pris</translation>
    </message>
    <message>
        <source>Saves the attack first, then logs a dose</source>
        <translation>Enregistre d’abord la crise, puis note une prise</translation>
    </message>
    <message>
        <source>Pain not recorded</source>
        <translation>Douleur non notée</translation>
    </message>
    <message>
        <source>Pain not recorded (rated {0}/10 in the app it came from)</source>
        <translation>Douleur non notée (notée {0}/10 dans l’application d’origine)</translation>
    </message>
    <message>
        <source>This overlaps the attack since {0}, which is still going on.</source>
        <translation>Ceci chevauche la crise commencée le {0}, toujours en cours.</translation>
    </message>
    <message>
        <source>This overlaps the attack of {0} – {1}. Is it the same attack?</source>
        <translation>Ceci chevauche la crise du {0} – {1}. Est-ce la même crise ?</translation>
    </message>
    <message>
        <source>{0}/10 was rated with the earlier pain: correct it, or set it to “not rated”.</source>
        <translation>{0}/10 a été noté avec la douleur précédente : corrigez-le ou choisissez « non notée ».</translation>
    </message>
    <message>
        <source>The end was not recorded (only the start is known): set it if you remember, or leave it so.</source>
        <translation>La fin n’a pas été notée (seul le début est connu) : indiquez-la si vous vous en souvenez, ou laissez ainsi.</translation>
    </message>
    <message>
        <source>dizziness</source>
        <translation>vertiges</translation>
    </message>
    <message>
        <source>smell sensitivity</source>
        <translation>sensibilité aux odeurs</translation>
    </message>
    <message>
        <source>neck stiffness</source>
        <translation>raideur de la nuque</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>fatigue</translation>
    </message>
    <message>
        <source>yawning</source>
        <translation>bâillements</translation>
    </message>
    <message>
        <source>trouble concentrating</source>
        <translation>difficultés de concentration</translation>
    </message>
    <message>
        <source>food cravings</source>
        <translation>fringales</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>school</source>
        <translation>école</translation>
    </message>
    <message>
        <source>housework</source>
        <translation>tâches ménagères</translation>
    </message>
    <message>
        <source>childcare</source>
        <translation>garde des enfants</translation>
    </message>
    <message>
        <source>social life</source>
        <translation>vie sociale</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>sport</translation>
    </message>
    <message>
        <source>driving</source>
        <translation>conduite</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sommeil</translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation>Migraine</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Céphalée</translation>
    </message>
    <message>
        <source>Aura only (no headache)</source>
        <translation>Aura seule (sans céphalée)</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Pas sûr</translation>
    </message>
    <message>
        <source>Type not given</source>
        <translation>Type non indiqué</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Nausées</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>nausées</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>Vomissements</translation>
    </message>
    <message>
        <source>vomiting</source>
        <translation>vomissements</translation>
    </message>
    <message>
        <source>Light sensitivity (photophobia)</source>
        <translation>Sensibilité à la lumière (photophobie)</translation>
    </message>
    <message>
        <source>light sensitivity</source>
        <translation>sensibilité à la lumière</translation>
    </message>
    <message>
        <source>Sound sensitivity (phonophobia)</source>
        <translation>Sensibilité au bruit (phonophobie)</translation>
    </message>
    <message>
        <source>sound sensitivity</source>
        <translation>sensibilité au bruit</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Côté gauche</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Côté droit</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Des deux côtés</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Temples</source>
        <translation>Tempes</translation>
    </message>
    <message>
        <source>Behind the eye</source>
        <translation>Derrière l’œil</translation>
    </message>
    <message>
        <source>Back of the head</source>
        <translation>Arrière de la tête</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nuque</translation>
    </message>
    <message>
        <source>visual aura</source>
        <translation>aura visuelle</translation>
    </message>
    <message>
        <source>sensory aura</source>
        <translation>aura sensitive</translation>
    </message>
    <message>
        <source>speech aura</source>
        <translation>aura du langage</translation>
    </message>
    <message>
        <source>motor aura</source>
        <translation>aura motrice</translation>
    </message>
    <message>
        <source>brainstem aura</source>
        <translation>aura du tronc cérébral</translation>
    </message>
    <message>
        <source>retinal aura</source>
        <translation>aura rétinienne</translation>
    </message>
    <message>
        <source>aura (kind not recorded)</source>
        <translation>aura (type non noté)</translation>
    </message>
</context>
<context>
    <name>AttackNowButton</name>
    <message>
        <source>Attack now</source>
        <translation>Crise maintenant</translation>
    </message>
    <message>
        <source>Start an attack at the current time (Ctrl+N)</source>
        <translation>Commencer une crise à l’heure actuelle (Ctrl+N)</translation>
    </message>
    <message>
        <source>Attack started &amp;earlier</source>
        <translation>Crise commencée &amp;plus tôt</translation>
    </message>
    <message>
        <source>Started {0} min ago</source>
        <translation>Commencée il y a {0} min</translation>
    </message>
    <message>
        <source>Other time…</source>
        <translation>Autre heure…</translation>
    </message>
</context>
<context>
    <name>AttackScreen</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>{0} min ago</source>
        <translation>il y a {0} min</translation>
    </message>
    <message>
        <source>{0} h {1} min ago</source>
        <translation>il y a {0} h {1} min</translation>
    </message>
    <message>
        <source>{0} h ago</source>
        <translation>il y a {0} h</translation>
    </message>
    <message>
        <source>{0} days ago</source>
        <translation>il y a {0} jours</translation>
    </message>
    <message>
        <source>Migraine attack</source>
        <translation>Crise de migraine</translation>
    </message>
    <message>
        <source>How bad is the pain?</source>
        <translation>Quelle est l’intensité de la douleur ?</translation>
    </message>
    <message>
        <source>Took medication</source>
        <translation>Médicament pris</translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation>Migraine</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Céphalée</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Pas sûr</translation>
    </message>
    <message>
        <source>On one side</source>
        <translation>D’un seul côté</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Pulsatile</translation>
    </message>
    <message>
        <source>Worse when moving</source>
        <translation>Pire en bougeant</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>De quoi s’agit-il ?</translation>
    </message>
    <message>
        <source>The pain is</source>
        <translation>La douleur est</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Nausées</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>Vomissements</translation>
    </message>
    <message>
        <source>Light sensitivity</source>
        <translation>Sensibilité à la lumière</translation>
    </message>
    <message>
        <source>Sound sensitivity</source>
        <translation>Sensibilité au bruit</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>Flashes or spots</source>
        <translation>Éclairs ou taches</translation>
    </message>
    <message>
        <source>Tingling or numbness</source>
        <translation>Fourmillements ou engourdissement</translation>
    </message>
    <message>
        <source>Trouble speaking</source>
        <translation>Difficultés à parler</translation>
    </message>
    <message>
        <source>Aura</source>
        <translation>Aura</translation>
    </message>
    <message>
        <source>Done for now</source>
        <translation>Terminé pour l’instant</translation>
    </message>
    <message>
        <source>Keep the attack open and close this screen (Esc)</source>
        <translation>Garder la crise en cours et fermer cet écran (Échap)</translation>
    </message>
    <message>
        <source>Attack is over</source>
        <translation>La crise est finie</translation>
    </message>
    <message>
        <source>End the attack now</source>
        <translation>Terminer la crise maintenant</translation>
    </message>
    <message>
        <source>Started {0} ({1})</source>
        <translation>Commencée {0} ({1})</translation>
    </message>
    <message>
        <source>Headache attack</source>
        <translation>Crise de céphalée</translation>
    </message>
    <message>
        <source>Attack (not sure what kind)</source>
        <translation>Crise (type incertain)</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Attack choices</source>
        <translation>Choix pour la crise</translation>
    </message>
</context>
<context>
    <name>AuraTable</name>
    <message>
        <source>Aura type</source>
        <translation>Type d’aura</translation>
    </message>
    <message>
        <source>Aura minutes</source>
        <translation>Minutes d’aura</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remove this aura symptom</source>
        <translation>Retirer ce symptôme d’aura</translation>
    </message>
    <message>
        <source>Remove aura symptom</source>
        <translation>Retirer le symptôme d’aura</translation>
    </message>
    <message>
        <source>No aura.</source>
        <translation>Pas d’aura.</translation>
    </message>
    <message>
        <source>+ Add aura symptom</source>
        <translation>+ Ajouter un symptôme d’aura</translation>
    </message>
    <message>
        <source>Add an aura symptom with its duration</source>
        <translation>Ajouter un symptôme d’aura avec sa durée</translation>
    </message>
    <message>
        <source>Visual (flashes, spots, zigzags)</source>
        <translation>Visuelle (éclairs, taches, zigzags)</translation>
    </message>
    <message>
        <source>Sensory (tingling, numbness)</source>
        <translation>Sensitive (fourmillements, engourdissement)</translation>
    </message>
    <message>
        <source>Speech or language</source>
        <translation>Parole ou langage</translation>
    </message>
    <message>
        <source>Motor (weakness)</source>
        <translation>Motrice (faiblesse)</translation>
    </message>
    <message>
        <source>Brainstem (vertigo, double vision)</source>
        <translation>Tronc cérébral (vertige, vision double)</translation>
    </message>
    <message>
        <source>Retinal (one eye only)</source>
        <translation>Rétinienne (un seul œil)</translation>
    </message>
    <message>
        <source>Kind not recorded</source>
        <translation>Type non noté</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <source>A journal kept only in memory cannot be locked.</source>
        <translation>Un journal gardé seulement en mémoire ne peut pas être verrouillé.</translation>
    </message>
    <message>
        <source>Unlock your journal</source>
        <translation>Déverrouiller votre journal</translation>
    </message>
    <message>
        <source>Journal locked — type your passphrase.</source>
        <translation>Journal verrouillé — saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>A backup is made when the app starts and when it quits, if the journal changed. Old backups are thinned out: 7 daily, 4 weekly, 12 monthly.</source>
        <translation>Une sauvegarde est faite au démarrage et à la fermeture de l’application, si le journal a changé. Les anciennes sauvegardes sont allégées : 7 quotidiennes, 4 hebdomadaires, 12 mensuelles.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Restaurer cette sauvegarde…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Kept aside: damaged</source>
        <translation>Mis de côté : endommagé</translation>
    </message>
    <message>
        <source>Kept aside before a restore</source>
        <translation>Mis de côté avant une restauration</translation>
    </message>
    <message>
        <source>Put the copy from {0} ({1} ago) in place of the journal? The current journal is kept aside as a file, not deleted.</source>
        <translation>Mettre la copie du {0} (il y a {1}) à la place du journal ? Le journal actuel est mis de côté dans un fichier, pas supprimé.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous month (PageUp)</source>
        <translation>Mois précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Next month (PageDown)</source>
        <translation>Mois suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>Aller à aujourd’hui (Origine)</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Aller à aujourd’hui</translation>
    </message>
    <message>
        <source>pain not recorded</source>
        <translation>douleur non notée</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>médicament</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>bilan fait</translation>
    </message>
    <message>
        <source>One drop light, two medium, three heavy flow; hollow: spotting</source>
        <translation>Une goutte flux léger, deux moyen, trois abondant ; creuse : spotting</translation>
    </message>
    <message>
        <source>The next period as predicted from your recent cycles</source>
        <translation>Les prochaines règles prévues d’après vos cycles récents</translation>
    </message>
    <message>
        <source>Days −2, −1 and 1 to 3 around the first day of a period</source>
        <translation>Jours −2, −1 et 1 à 3 autour du premier jour des règles</translation>
    </message>
    <message>
        <source>A hormonal phase you recorded (pill, IUD, HRT…)</source>
        <translation>Une phase hormonale que vous avez notée (pilule, stérilet, THS…)</translation>
    </message>
    <message>
        <source>period</source>
        <translation>règles</translation>
    </message>
    <message>
        <source>predicted period</source>
        <translation>règles prévues</translation>
    </message>
    <message>
        <source>perimenstrual window (−2…+3)</source>
        <translation>fenêtre périmenstruelle (−2…+3)</translation>
    </message>
    <message>
        <source>hormonal phase</source>
        <translation>phase hormonale</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Check-in</source>
        <translation>Bilan du jour</translation>
    </message>
    <message>
        <source>Day of the check-in</source>
        <translation>Jour du bilan</translation>
    </message>
    <message>
        <source>Anything else about the day (optional)</source>
        <translation>Autre chose sur la journée (facultatif)</translation>
    </message>
    <message>
        <source>Note for the day</source>
        <translation>Note pour la journée</translation>
    </message>
    <message>
        <source>&amp;Nothing of note</source>
        <translation>&amp;Rien à signaler</translation>
    </message>
    <message>
        <source>Save this day as a quiet day with nothing to note</source>
        <translation>Enregistrer ce jour comme un jour calme sans rien à signaler</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>E&amp;nregistrer</translation>
    </message>
    <message>
        <source>Save the check-in (Enter)</source>
        <translation>Enregistrer le bilan (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Clear check-in</source>
        <translation>Effa&amp;cer le bilan</translation>
    </message>
    <message>
        <source>Remove this day&apos;s check-in: back to no entry</source>
        <translation>Retirer le bilan de ce jour : retour à aucune entrée</translation>
    </message>
    <message>
        <source>&amp;Manage factors…</source>
        <translation>&amp;Gérer les facteurs…</translation>
    </message>
    <message>
        <source>Add, rename, hide, reorder or mark factors</source>
        <translation>Ajouter, renommer, masquer, réordonner ou marquer des facteurs</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Check-in for today</source>
        <translation>Bilan d’aujourd’hui</translation>
    </message>
    <message>
        <source>Check-in for {0}</source>
        <translation>Bilan du {0}</translation>
    </message>
    <message>
        <source>No check-in for this day yet.</source>
        <translation>Pas encore de bilan pour ce jour.</translation>
    </message>
    <message>
        <source>Checked in: nothing of note.</source>
        <translation>Bilan fait : rien à signaler.</translation>
    </message>
    <message>
        <source>Checked in: 1 factor recorded.</source>
        <translation>Bilan fait : 1 facteur noté.</translation>
    </message>
    <message numerus="yes">
        <source>Checked in: %n factors recorded.</source>
        <translation>
            <numerusform>Bilan fait : %n facteur noté.</numerusform>
            <numerusform>Bilan fait : %n facteurs notés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Which column holds what</source>
        <translation>Quelle colonne contient quoi</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pain (0-3)</source>
        <translation>Douleur (0-3)</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Douleur (0-10)</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>Pain locations</source>
        <translation>Localisations de la douleur</translation>
    </message>
    <message>
        <source>Affected activities</source>
        <translation>Activités touchées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Column for {0}</source>
        <translation>Colonne pour {0}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0} :</translation>
    </message>
</context>
<context>
    <name>CountingBox</name>
    <message>
        <source>How this was counted</source>
        <translation>Comment cela a été compté</translation>
    </message>
</context>
<context>
    <name>CycleTrackingSwitch</name>
    <message>
        <source>Track my menstrual cycle</source>
        <translation>Suivre mon cycle menstruel</translation>
    </message>
    <message>
        <source>Off: no period, cycle or hormone views; what was recorded is kept</source>
        <translation>Désactivé : pas de vues des règles, du cycle ni des hormones ; ce qui a été noté est conservé</translation>
    </message>
</context>
<context>
    <name>DamagedJournalDialog</name>
    <message>
        <source>Your journal file was found damaged when the app started.</source>
        <translation>Votre fichier de journal a été trouvé endommagé au démarrage de l’application.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged file was set aside as {0} in {1}, and nothing will be written into it.</source>
        <translation>Rien n’a été supprimé : le fichier endommagé a été mis de côté sous le nom {0} dans {1}, et rien n’y sera écrit.</translation>
    </message>
    <message>
        <source>The newest good backup is from {0} ago ({1}).</source>
        <translation>La sauvegarde intacte la plus récente date d’il y a {0} ({1}).</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Put the backup from {0} ago in place of the damaged file</source>
        <translation>Mettre la sauvegarde d’il y a {0} à la place du fichier endommagé</translation>
    </message>
    <message>
        <source>There is no backup to restore from.</source>
        <translation>Il n’y a aucune sauvegarde à restaurer.</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Entries of the selected day</source>
        <translation>Entrées du jour sélectionné</translation>
    </message>
    <message>
        <source>No entries. A good day, we hope.</source>
        <translation>Aucune entrée. Une bonne journée, espérons-le.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Put the deleted entry back</source>
        <translation>Remettre l’entrée supprimée</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the undo message</source>
        <translation>Fermer le message d’annulation</translation>
    </message>
    <message>
        <source>Add attack…</source>
        <translation>Ajouter une crise…</translation>
    </message>
    <message>
        <source>Record a past attack on this day</source>
        <translation>Noter une crise passée ce jour-là</translation>
    </message>
    <message>
        <source>Log dose…</source>
        <translation>Noter une prise…</translation>
    </message>
    <message>
        <source>Record a medication taken on this day</source>
        <translation>Noter un médicament pris ce jour-là</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Edit the selected entry (Enter)</source>
        <translation>Modifier l’entrée sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected entry (Del); you can undo it</source>
        <translation>Supprimer l’entrée sélectionnée (Suppr) ; vous pouvez l’annuler</translation>
    </message>
    <message>
        <source>Period…</source>
        <translation>Règles…</translation>
    </message>
    <message>
        <source>Mark this day as a bleeding day, or change it</source>
        <translation>Marquer ce jour comme jour de saignement, ou le modifier</translation>
    </message>
    <message>
        <source>Attack deleted.</source>
        <translation>Crise supprimée.</translation>
    </message>
    <message>
        <source>Dose deleted.</source>
        <translation>Prise supprimée.</translation>
    </message>
    <message>
        <source>Headache day deleted.</source>
        <translation>Jour de céphalée supprimé.</translation>
    </message>
    <message>
        <source>Attack discarded: nothing was chosen.</source>
        <translation>Crise abandonnée : rien n’a été choisi.</translation>
    </message>
</context>
<context>
    <name>DeleteAllDialog</name>
    <message>
        <source>Delete all my data</source>
        <translation>Supprimer toutes mes données</translation>
    </message>
    <message>
        <source>This removes your whole journal, every backup and the app&apos;s settings from this computer. It cannot be undone. These files will be removed:</source>
        <translation>Ceci retire de cet ordinateur tout votre journal, toutes les sauvegardes et les réglages de l’application. C’est irréversible. Ces fichiers seront supprimés :</translation>
    </message>
    <message>
        <source>Files to be removed</source>
        <translation>Fichiers qui seront supprimés</translation>
    </message>
    <message>
        <source>Type {0} to confirm:</source>
        <translation>Saisissez {0} pour confirmer :</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Mot de confirmation</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Tout supprimer</translation>
    </message>
</context>
<context>
    <name>DoseEditor</name>
    <message>
        <source>{0} was taken at {1}. Two different triptans within 24 hours are not usually combined: please check with your doctor or pharmacist.</source>
        <translation>{0} a été pris à {1}. Deux triptans différents ne sont généralement pas associés dans les 24 heures : vérifiez auprès de votre médecin ou pharmacien.</translation>
    </message>
    <message>
        <source>Edit dose</source>
        <translation>Modifier la prise</translation>
    </message>
    <message>
        <source>Log a dose</source>
        <translation>Noter une prise</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>+ New medication…</source>
        <translation>+ Nouveau médicament…</translation>
    </message>
    <message>
        <source>Add a medication that is not listed</source>
        <translation>Ajouter un médicament qui n’est pas dans la liste</translation>
    </message>
    <message>
        <source>&amp;Medication</source>
        <translation>&amp;Médicament</translation>
    </message>
    <message>
        <source>&amp;Taken</source>
        <translation>&amp;Pris</translation>
    </message>
    <message>
        <source>e.g. 50 mg, 1 tablet</source>
        <translation>par ex. 50 mg, 1 comprimé</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <source>&amp;For attack</source>
        <translation>Pour &amp;la crise</translation>
    </message>
    <message>
        <source>Pain at dose</source>
        <translation>Douleur à la prise</translation>
    </message>
    <message>
        <source>Pain at 2 h</source>
        <translation>Douleur à 2 h</translation>
    </message>
    <message>
        <source>Pain at 24 h</source>
        <translation>Douleur à 24 h</translation>
    </message>
    <message>
        <source>e.g. dizziness</source>
        <translation>par ex. vertiges</translation>
    </message>
    <message>
        <source>side effect</source>
        <translation>effet indésirable</translation>
    </message>
    <message>
        <source>Side &amp;effects</source>
        <translation>&amp;Effets indésirables</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Choose a medication…</source>
        <translation>Choisissez un médicament…</translation>
    </message>
    <message>
        <source>{0} (retired)</source>
        <translation>{0} (retiré)</translation>
    </message>
    <message>
        <source>Not for an attack</source>
        <translation>Pas pour une crise</translation>
    </message>
    <message>
        <source>Attack from {0}</source>
        <translation>Crise du {0}</translation>
    </message>
    <message>
        <source>Attack from {0} ({1} pain)</source>
        <translation>Crise du {0} (douleur {1})</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>How is this counted?</source>
        <translation>Comment est-ce compté ?</translation>
    </message>
</context>
<context>
    <name>FactorsDialog</name>
    <message>
        <source>Manage factors</source>
        <translation>Gérer les facteurs</translation>
    </message>
    <message>
        <source>Your factors, in check-in order</source>
        <translation>Vos facteurs, dans l’ordre du bilan</translation>
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
        <source>Selected factor</source>
        <translation>Facteur sélectionné</translation>
    </message>
    <message>
        <source>Name of the selected factor</source>
        <translation>Nom du facteur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Role of the selected factor</source>
        <translation>Rôle du facteur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Hidden from the check-in</source>
        <translation>Mas&amp;qué dans le bilan</translation>
    </message>
    <message>
        <source>Its recorded values stay in the journal</source>
        <translation>Ses valeurs notées restent dans le journal</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>&amp;Appliquer les modifications</translation>
    </message>
    <message>
        <source>New factor</source>
        <translation>Nouveau facteur</translation>
    </message>
    <message>
        <source>e.g. Bright light</source>
        <translation>par ex. Lumière vive</translation>
    </message>
    <message>
        <source>Name of the new factor</source>
        <translation>Nom du nouveau facteur</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>Kind of the new factor</source>
        <translation>Type du nouveau facteur</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>e.g. h, cups</source>
        <translation>par ex. h, tasses</translation>
    </message>
    <message>
        <source>Unit of the new factor</source>
        <translation>Unité du nouveau facteur</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>Role of the new factor</source>
        <translation>Rôle du nouveau facteur</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ôle</translation>
    </message>
    <message>
        <source>A&amp;dd factor</source>
        <translation>A&amp;jouter le facteur</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
</context>
<context>
    <name>FeaturesBox</name>
    <message>
        <source>How the pain felt</source>
        <translation>Comment était la douleur</translation>
    </message>
    <message>
        <source>On one side of the head</source>
        <translation>D’un seul côté de la tête</translation>
    </message>
    <message>
        <source>Pulsating or throbbing</source>
        <translation>Pulsatile ou battante</translation>
    </message>
    <message>
        <source>Worse with routine activity (walking, stairs), or made me avoid it</source>
        <translation>Aggravée par l’activité courante (marcher, escaliers), ou me l’a fait éviter</translation>
    </message>
    <message>
        <source>Moderate or severe intensity is taken from the peak pain.</source>
        <translation>L’intensité modérée ou sévère est tirée de la douleur maximale.</translation>
    </message>
</context>
<context>
    <name>FirstMedicationsDialog</name>
    <message>
        <source>Your usual medications</source>
        <translation>Vos médicaments habituels</translation>
    </message>
    <message>
        <source>Which medications do you usually take for an attack?</source>
        <translation>Quels médicaments prenez-vous habituellement pour une crise ?</translation>
    </message>
    <message>
        <source>Each one gets its own button on the attack screen, so that logging a dose in pain is one tap. You can change them any time under Entry ▸ Medications.</source>
        <translation>Chacun a son propre bouton sur l’écran de crise, pour qu’une prise se note d’un seul geste en pleine douleur. Vous pouvez les changer à tout moment dans Entrée ▸ Médicaments.</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>&amp;Save these</source>
        <translation>&amp;Enregistrer ceux-ci</translation>
    </message>
</context>
<context>
    <name>ForgottenAttackDialog</name>
    <message>
        <source>An attack is still open</source>
        <translation>Une crise est encore en cours</translation>
    </message>
    <message>
        <source>An attack from {0} is still open. When did it end?</source>
        <translation>Une crise du {0} est encore en cours. Quand s’est-elle terminée ?</translation>
    </message>
    <message>
        <source>End of the attack</source>
        <translation>Fin de la crise</translation>
    </message>
    <message>
        <source>&amp;Ended</source>
        <translation>&amp;Terminée</translation>
    </message>
    <message>
        <source>End it and start a new one</source>
        <translation>La terminer et en commencer une nouvelle</translation>
    </message>
    <message>
        <source>End the attack</source>
        <translation>Terminer la crise</translation>
    </message>
    <message>
        <source>It is still going on</source>
        <translation>Elle est toujours en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>GenericLine</name>
    <message>
        <source>Active ingredient: {0}</source>
        <translation>Substance active : {0}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Migraine Journal — User guide</source>
        <translation>Migraine Journal — Guide d’utilisation</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
</context>
<context>
    <name>Hit6Dialog</name>
    <message>
        <source>HIT-6 total</source>
        <translation>Total HIT-6</translation>
    </message>
    <message>
        <source>HIT-6 is a six-question test of how headaches affect your life. Take it with your doctor or its publisher, then enter the total here (36 to 78).</source>
        <translation>Le HIT-6 est un test de six questions sur l’effet des céphalées sur votre vie. Passez-le avec votre médecin ou auprès de son éditeur, puis saisissez le total ici (36 à 78).</translation>
    </message>
    <message>
        <source>&amp;Date taken</source>
        <translation>&amp;Date du test</translation>
    </message>
    <message>
        <source>T&amp;otal</source>
        <translation>T&amp;otal</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Shows once a total from 36 to 78 is entered.</source>
        <translation>S’affiche une fois un total de 36 à 78 saisi.</translation>
    </message>
</context>
<context>
    <name>HowCountedButton</name>
    <message>
        <source>How is this counted?</source>
        <translation>Comment est-ce compté ?</translation>
    </message>
    <message>
        <source>How the journal counts: %s</source>
        <translation>Comment le journal compte : %s</translation>
    </message>
    <message>
        <source>How is this counted: %s</source>
        <translation>Comment est-ce compté : %s</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from another app</source>
        <translation>Importer depuis une autre application</translation>
    </message>
    <message>
        <source>Migraine Buddy export</source>
        <translation>Export Migraine Buddy</translation>
    </message>
    <message>
        <source>Clue measurements</source>
        <translation>Mesures Clue</translation>
    </message>
    <message>
        <source>drip. export</source>
        <translation>Export drip.</translation>
    </message>
    <message>
        <source>Apple Health export</source>
        <translation>Export Apple Santé</translation>
    </message>
    <message>
        <source>Flo data export</source>
        <translation>Export des données Flo</translation>
    </message>
    <message>
        <source>Bearable export</source>
        <translation>Export Bearable</translation>
    </message>
    <message>
        <source>Headi diary export</source>
        <translation>Export du journal Headi</translation>
    </message>
    <message>
        <source>Daylio export</source>
        <translation>Export Daylio</translation>
    </message>
    <message>
        <source>Migraine Journal export</source>
        <translation>Export Migraine Journal</translation>
    </message>
    <message>
        <source>CSV of attacks</source>
        <translation>CSV des crises</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>What the import will add</source>
        <translation>Ce que l’import va ajouter</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Bon à savoir :</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problème avec le fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the file</source>
        <translation>Importer le fichier</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir le fichier…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>How the file writes its dates</source>
        <translation>Comment le fichier écrit ses dates</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Jour d’abord (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Mois d’abord (12/31/2026)</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>&amp;Dates écrites :</translation>
    </message>
    <message>
        <source>Good to know about this file</source>
        <translation>Bon à savoir sur ce fichier</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <source>Exports (*.json *.csv *.txt *.xml *.zip *.cluedata);;JSON files (*.json);;CSV files (*.csv *.txt);;Apple Health (*.zip *.xml);;All files (*)</source>
        <translation>Exports (*.json *.csv *.txt *.xml *.zip *.cluedata);;Fichiers JSON (*.json);;Fichiers CSV (*.csv *.txt);;Apple Santé (*.zip *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Dates such as “{0}” could be day first or month first, and nothing in the file tells which: choose how the file writes its dates.</source>
        <translation>Des dates comme « {0} » peuvent commencer par le jour ou par le mois, et rien dans le fichier ne l’indique : choisissez comment le fichier écrit ses dates.</translation>
    </message>
    <message>
        <source>Date of the attack: {0}.</source>
        <translation>Date de la crise : {0}.</translation>
    </message>
    <message>
        <source>Dates of the attacks: {0}.</source>
        <translation>Dates des crises : {0}.</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Insights charts</source>
        <translation>Graphiques de l’analyse</translation>
    </message>
    <message>
        <source>Nothing recorded in this span yet. Attacks, medication and daily check-ins you record will show here.</source>
        <translation>Rien de noté sur cette période pour l’instant. Les crises, médicaments et bilans du jour que vous notez apparaîtront ici.</translation>
    </message>
    <message>
        <source>Span of the insights</source>
        <translation>Période de l’analyse</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>{0} – {1} (1 day)</source>
        <translation>{0} – {1} (1 jour)</translation>
    </message>
    <message numerus="yes">
        <source>{0} – {1} (%n days)</source>
        <translation>
            <numerusform>{0} – {1} (%n jour)</numerusform>
            <numerusform>{0} – {1} (%n jours)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Your journal is one file on this computer:</source>
        <translation>Votre journal est un fichier sur cet ordinateur :</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Move journal…</source>
        <translation>Déplacer le journal…</translation>
    </message>
    <message>
        <source>Moving takes the journal and its backups to the new folder; the app opens it there from now on.</source>
        <translation>Le déplacement emporte le journal et ses sauvegardes dans le nouveau dossier ; l’application l’ouvrira désormais là.</translation>
    </message>
    <message>
        <source>Use on several computers…</source>
        <translation>Utiliser sur plusieurs ordinateurs…</translation>
    </message>
    <message>
        <source>Move the journal to</source>
        <translation>Déplacer le journal vers</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcuts</name>
    <message>
        <source>0, 1, 2, 3</source>
        <translation>0, 1, 2, 3</translation>
    </message>
    <message>
        <source>Attack screen, 2-hour question</source>
        <translation>Écran de crise, question des 2 heures</translation>
    </message>
    <message>
        <source>Chooses the pain.</source>
        <translation>Choisit la douleur.</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Attack screen</source>
        <translation>Écran de crise</translation>
    </message>
    <message>
        <source>Done for now: closes it, the attack goes on.</source>
        <translation>Terminé pour l’instant : le ferme, la crise continue.</translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation>Page préc., Page suiv.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Previous or next month.</source>
        <translation>Mois précédent ou suivant.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Today.</source>
        <translation>Aujourd’hui.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>The day&apos;s entries</source>
        <translation>Les entrées du jour</translation>
    </message>
    <message>
        <source>Edits the selected entry.</source>
        <translation>Modifie l’entrée sélectionnée.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deletes the selected entry (Undo puts it back).</source>
        <translation>Supprime l’entrée sélectionnée (Annuler la remet).</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Bilan du jour</translation>
    </message>
    <message>
        <source>Saves the check-in.</source>
        <translation>Enregistre le bilan.</translation>
    </message>
    <message>
        <source>Y, N</source>
        <translation>Y, N</translation>
    </message>
    <message>
        <source>Answers a yes/no factor.</source>
        <translation>Répond à un facteur oui/non.</translation>
    </message>
</context>
<context>
    <name>LocationsBox</name>
    <message>
        <source>Where it hurt</source>
        <translation>Où ça faisait mal</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Journal locked — type your passphrase</source>
        <translation>Journal verrouillé — saisissez votre phrase secrète</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Déverrouiller…</translation>
    </message>
</context>
<context>
    <name>LostValuesDialog</name>
    <message>
        <source>Changed on both computers</source>
        <translation>Modifié sur les deux ordinateurs</translation>
    </message>
    <message>
        <source>These entries were changed on two computers before they saw each other&apos;s change. The later change was kept; the other one is listed here, so you can take it back.</source>
        <translation>Ces entrées ont été modifiées sur deux ordinateurs avant que chacun voie la modification de l’autre. La modification la plus récente a été gardée ; l’autre est listée ici pour que vous puissiez la reprendre.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardé</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Take back the lost value</source>
        <translation>Reprendre la valeur perdue</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Garder tel quel</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Bilan du jour</translation>
    </message>
    <message>
        <source>Day record</source>
        <translation>Jour noté</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Period day</source>
        <translation>Jour de règles</translation>
    </message>
    <message>
        <source>Hormonal phase</source>
        <translation>Phase hormonale</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Treatment session</source>
        <translation>Séance de traitement</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Effet indésirable</translation>
    </message>
    <message>
        <source>MIDAS</source>
        <translation>MIDAS</translation>
    </message>
    <message>
        <source>HIT-6</source>
        <translation>HIT-6</translation>
    </message>
    <message>
        <source>Visit note</source>
        <translation>Note de consultation</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Edited on one computer, deleted on the other</source>
        <translation>Modifié sur un ordinateur, supprimé sur l’autre</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>douleur</translation>
    </message>
    <message>
        <source>pain 0-10</source>
        <translation>douleur 0-10</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>symptoms</source>
        <translation>symptômes</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>factors of the day</source>
        <translation>facteurs du jour</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flux</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>An attack is already in progress.</source>
        <translation>Une crise est déjà en cours.</translation>
    </message>
    <message>
        <source>Attack ended at {0}.</source>
        <translation>Crise terminée à {0}.</translation>
    </message>
    <message>
        <source>The attack is open again.</source>
        <translation>La crise est de nouveau en cours.</translation>
    </message>
    <message>
        <source>Check-ins are for today and days gone by.</source>
        <translation>Les bilans sont pour aujourd’hui et les jours passés.</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Bilan du jour</translation>
    </message>
    <message>
        <source>Journal: {0}</source>
        <translation>Journal : {0}</translation>
    </message>
    <message>
        <source>kept in memory only</source>
        <translation>gardé en mémoire seulement</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Imprimer le rapport…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Entrée</translation>
    </message>
    <message>
        <source>&amp;Attack now</source>
        <translation>&amp;Crise maintenant</translation>
    </message>
    <message>
        <source>&amp;New attack…</source>
        <translation>&amp;Nouvelle crise…</translation>
    </message>
    <message>
        <source>&amp;Log medication…</source>
        <translation>Noter un &amp;médicament…</translation>
    </message>
    <message>
        <source>&amp;Medications…</source>
        <translation>Médicament&amp;s…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd’hui</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation>Mode so&amp;mbre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Migraine Journal</source>
        <translation>&amp;À propos de Migraine Journal</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Check &amp;in today</source>
        <translation>Faire le &amp;bilan du jour</translation>
    </message>
    <message>
        <source>Start &amp;period on selected day</source>
        <translation>Début des &amp;règles le jour sélectionné</translation>
    </message>
    <message>
        <source>&amp;Hormonal phases…</source>
        <translation>Phases &amp;hormonales…</translation>
    </message>
    <message>
        <source>Tracked &amp;factors…</source>
        <translation>&amp;Facteurs suivis…</translation>
    </message>
    <message>
        <source>MI&amp;DAS…</source>
        <translation>MI&amp;DAS…</translation>
    </message>
    <message>
        <source>HI&amp;T-6…</source>
        <translation>HI&amp;T-6…</translation>
    </message>
    <message>
        <source>&amp;Question for the visit…</source>
        <translation>&amp;Question pour la consultation…</translation>
    </message>
    <message>
        <source>Pe&amp;riod…</source>
        <translation>R&amp;ègles…</translation>
    </message>
    <message>
        <source>Track menstrual &amp;cycle</source>
        <translation>Suivre le &amp;cycle menstruel</translation>
    </message>
    <message>
        <source>Off: no period, cycle or hormone marks; records are kept</source>
        <translation>Désactivé : pas de marques de règles, de cycle ni d’hormones ; les données sont conservées</translation>
    </message>
    <message>
        <source>The check-in of {0} is not saved yet: its reason is shown below.</source>
        <translation>Le bilan du {0} n’est pas encore enregistré : la raison est indiquée ci-dessous.</translation>
    </message>
    <message>
        <source>Period marked on {0}.</source>
        <translation>Règles marquées le {0}.</translation>
    </message>
    <message>
        <source>The whole journal, JSON (*.json)</source>
        <translation>Tout le journal, JSON (*.json)</translation>
    </message>
    <message>
        <source>Tables for a spreadsheet, CSV (*.csv)</source>
        <translation>Tableaux pour un tableur, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the journal (the file is not encrypted)</source>
        <translation>Exporter le journal (le fichier n’est pas chiffré)</translation>
    </message>
    <message>
        <source>Exported to {0}. The file is not encrypted: keep it somewhere private.</source>
        <translation>Exporté dans {0}. Le fichier n’est pas chiffré : gardez-le en lieu privé.</translation>
    </message>
    <message>
        <source>Exported {0} to {1}. The files are not encrypted: keep them somewhere private.</source>
        <translation>{0} exporté dans {1}. Les fichiers ne sont pas chiffrés : gardez-les en lieu privé.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>MedicationChooser</name>
    <message>
        <source>Another medication, e.g. Maxalt or Naproxen</source>
        <translation>Un autre médicament, par ex. Maxalt ou Naproxène</translation>
    </message>
    <message>
        <source>Name of another medication</source>
        <translation>Nom d’un autre médicament</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Took it</source>
        <translation>&amp;Je l’ai pris</translation>
    </message>
    <message>
        <source>Medications to choose from</source>
        <translation>Médicaments à choisir</translation>
    </message>
    <message>
        <source>Record a dose of {0} now</source>
        <translation>Noter maintenant une prise de {0}</translation>
    </message>
    <message>
        <source>{0} is {1}: one button for both, named {0}.</source>
        <translation>{0} est {1} : un seul bouton pour les deux, nommé {0}.</translation>
    </message>
</context>
<context>
    <name>MedicationsDialog</name>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Your medications</source>
        <translation>Vos médicaments</translation>
    </message>
    <message>
        <source>e.g. Sumatriptan or Maxalt</source>
        <translation>par ex. Sumatriptan ou Maxalt</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>For attacks (acute)</source>
        <translation>Pour les crises (traitement de crise)</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>Traitement de fond</translation>
    </message>
    <message>
        <source>&amp;Used</source>
        <translation>&amp;Usage</translation>
    </message>
    <message>
        <source>e.g. 50 mg</source>
        <translation>par ex. 50 mg</translation>
    </message>
    <message>
        <source>Usual &amp;dose</source>
        <translation>&amp;Dose habituelle</translation>
    </message>
    <message>
        <source>Ne&amp;w medication</source>
        <translation>Nou&amp;veau médicament</translation>
    </message>
    <message>
        <source>Start a new medication</source>
        <translation>Commencer un nouveau médicament</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>Modifier le médicament</translation>
    </message>
    <message>
        <source>New medication</source>
        <translation>Nouveau médicament</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Remettre</translation>
    </message>
    <message>
        <source>Show it in the pickers again</source>
        <translation>L’afficher à nouveau dans les listes de choix</translation>
    </message>
    <message>
        <source>Take it out of the pickers; its doses stay in the journal</source>
        <translation>Le retirer des listes de choix ; ses prises restent dans le journal</translation>
    </message>
    <message>
        <source>“{0}” is a preventive treatment (since {1}): its dose, dates, effect and side effects are kept in Treatments. Change them there.</source>
        <translation>« {0} » est un traitement de fond (depuis le {1}) : sa dose, ses dates, son effet et ses effets indésirables sont dans Traitements. Modifiez-les là.</translation>
    </message>
    <message>
        <source>“{0}” is a preventive treatment ({1}): its dose, dates, effect and side effects are kept in Treatments. Change them there.</source>
        <translation>« {0} » est un traitement de fond ({1}) : sa dose, ses dates, son effet et ses effets indésirables sont dans Traitements. Modifiez-les là.</translation>
    </message>
    <message>
        <source>Open in &amp;Treatments</source>
        <translation>Ouvrir dans &amp;Traitements</translation>
    </message>
    <message>
        <source>Show this course in the Treatments tab</source>
        <translation>Afficher ce traitement dans l’onglet Traitements</translation>
    </message>
    <message>
        <source>A preventive is kept in Treatments, with the day you started it, its dose and its effect, so it is entered once and counted once.</source>
        <translation>Un traitement de fond se note dans Traitements, avec le jour où vous l’avez commencé, sa dose et son effet : ainsi il est saisi une fois et compté une fois.</translation>
    </message>
    <message>
        <source>Add to &amp;Treatments…</source>
        <translation>Ajouter aux &amp;Traitements…</translation>
    </message>
    <message>
        <source>Add it as a course in the Treatments tab</source>
        <translation>L’ajouter comme traitement dans l’onglet Traitements</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>« {0} » enregistré.</translation>
    </message>
    <message>
        <source>“{0}” is retired; its doses stay in the journal.</source>
        <translation>« {0} » est retiré ; ses prises restent dans le journal.</translation>
    </message>
    <message>
        <source>“{0}” is back in the pickers.</source>
        <translation>« {0} » est de retour dans les listes de choix.</translation>
    </message>
</context>
<context>
    <name>MidasDialog</name>
    <message>
        <source>MIDAS: headache and daily life</source>
        <translation>MIDAS : céphalées et vie quotidienne</translation>
    </message>
    <message>
        <source>Think back over the last 3 months and count days (0 if none). The questions are our own summary of MIDAS (Stewart et al. 1999); your doctor may give you the original form.</source>
        <translation>Repensez aux 3 derniers mois et comptez les jours (0 s’il n’y en a pas). Les questions sont notre propre résumé du MIDAS (Stewart et al. 1999) ; votre médecin peut vous donner le questionnaire original.</translation>
    </message>
    <message>
        <source>&amp;Filled in on</source>
        <translation>&amp;Rempli le</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Days with any headache</source>
        <translation>Jours avec une céphalée quelconque</translation>
    </message>
    <message>
        <source>days (optional)</source>
        <translation>jours (facultatif)</translation>
    </message>
    <message>
        <source>A. Days with any headache</source>
        <translation>A. Jours avec une céphalée quelconque</translation>
    </message>
    <message>
        <source>Usual pain of those headaches, 0 to 10</source>
        <translation>Douleur habituelle de ces céphalées, de 0 à 10</translation>
    </message>
    <message>
        <source>0-10 (optional)</source>
        <translation>0-10 (facultatif)</translation>
    </message>
    <message>
        <source>B. Usual pain of those headaches, 0 (none) to 10 (worst)</source>
        <translation>B. Douleur habituelle de ces céphalées, de 0 (aucune) à 10 (la pire)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Days you missed work or school because of headache</source>
        <translation>Jours de travail ou d’école manqués à cause des céphalées</translation>
    </message>
    <message>
        <source>Other days your work or school output was cut by half or more (not counting the days above)</source>
        <translation>Autres jours où votre efficacité au travail ou à l’école a été réduite de moitié ou plus (sans compter les jours ci-dessus)</translation>
    </message>
    <message>
        <source>Days you did no housework because of headache</source>
        <translation>Jours sans tâches ménagères à cause des céphalées</translation>
    </message>
    <message>
        <source>Other days your housework output was cut by half or more (not counting the days above)</source>
        <translation>Autres jours où vos tâches ménagères ont été réduites de moitié ou plus (sans compter les jours ci-dessus)</translation>
    </message>
    <message>
        <source>Days you missed family, social or leisure time because of headache</source>
        <translation>Jours d’activités familiales, sociales ou de loisirs manqués à cause des céphalées</translation>
    </message>
    <message>
        <source>Score and grade show once the five counts are filled in.</source>
        <translation>Le score et le grade s’affichent une fois les cinq nombres remplis.</translation>
    </message>
    <message>
        <source>Score {0} · grade {1}</source>
        <translation>Score {0} · grade {1}</translation>
    </message>
</context>
<context>
    <name>MissingJournalDialog</name>
    <message>
        <source>Your journal file is missing, but copies of it are still there.</source>
        <translation>Votre fichier de journal manque, mais des copies sont encore là.</translation>
    </message>
    <message>
        <source>The newest good one is {0} ({1}).</source>
        <translation>La plus récente intacte est {0} ({1}).</translation>
    </message>
    <message>
        <source>None of them could be checked as good.</source>
        <translation>Aucune n’a pu être vérifiée comme intacte.</translation>
    </message>
    <message>
        <source>Starting an empty journal leaves every copy where it is; you can restore one later in Settings ▸ Backups.</source>
        <translation>Commencer un journal vide laisse chaque copie à sa place ; vous pourrez en restaurer une plus tard dans Réglages ▸ Sauvegardes.</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>La restaurer</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month calendar</source>
        <translation>Calendrier du mois</translation>
    </message>
    <message>
        <source>Arrow keys move the day, Page Up and Page Down the month, Home goes to today, Enter opens the day</source>
        <translation>Les flèches changent de jour, Page préc. et Page suiv. de mois, Origine va à aujourd’hui, Entrée ouvre le jour</translation>
    </message>
    <message>
        <source>Start period here</source>
        <translation>Début des règles ici</translation>
    </message>
    <message>
        <source>Period…</source>
        <translation>Règles…</translation>
    </message>
</context>
<context>
    <name>NewMedicationForm</name>
    <message>
        <source>New medication</source>
        <translation>Nouveau médicament</translation>
    </message>
    <message>
        <source>e.g. Sumatriptan or Maxalt</source>
        <translation>par ex. Sumatriptan ou Maxalt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>For attacks (acute)</source>
        <translation>Pour les crises (traitement de crise)</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>Traitement de fond</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>e.g. 50 mg</source>
        <translation>par ex. 50 mg</translation>
    </message>
    <message>
        <source>Usual dose</source>
        <translation>Dose habituelle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Ajouter un médicament</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Use at least {0} characters.</source>
        <translation>Utilisez au moins {0} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Protéger par une phrase secrète</translation>
    </message>
    <message>
        <source>Export first…</source>
        <translation>Exporter d’abord…</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Saisissez-la à nouveau :</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Protéger</translation>
    </message>
</context>
<context>
    <name>OpenAttackBanner</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the attack screen: pain, symptoms, medication</source>
        <translation>Ouvrir l’écran de crise : douleur, symptômes, médicaments</translation>
    </message>
    <message>
        <source>&amp;End attack now</source>
        <translation>&amp;Terminer la crise maintenant</translation>
    </message>
    <message>
        <source>The attack ends at the current time</source>
        <translation>La crise se termine à l’heure actuelle</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>The attack was ended by mistake: open it again</source>
        <translation>La crise a été terminée par erreur : la rouvrir</translation>
    </message>
    <message>
        <source>Attack ended — Undo if that was a mistake</source>
        <translation>Crise terminée — Annulez si c’était une erreur</translation>
    </message>
    <message numerus="yes">
        <source>%n other attack is still open too, since {0}: end it if it is over.</source>
        <translation>
            <numerusform>%n autre crise est encore ouverte aussi, depuis le {0} : terminez-la si elle est finie.</numerusform>
            <numerusform>%n autres crises sont encore ouvertes aussi, depuis le {0} : terminez-les si elles sont finies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other attacks are still open too, the first since {0}: end those that are over.</source>
        <translation>
            <numerusform>%n autre crise est encore ouverte aussi, depuis le {0} : terminez-la si elle est finie.</numerusform>
            <numerusform>%n autres crises sont encore ouvertes aussi, la première depuis le {0} : terminez celles qui sont finies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attack in progress since {0}</source>
        <translation>Crise en cours depuis {0}</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Preview of page 1</source>
        <translation>Aperçu de la page 1</translation>
    </message>
    <message>
        <source>Page 1, as it will be printed</source>
        <translation>Page 1, telle qu’elle sera imprimée</translation>
    </message>
    <message>
        <source>A picture of the page needs pdftoppm (poppler-utils).</source>
        <translation>Une image de la page nécessite pdftoppm (poppler-utils).</translation>
    </message>
</context>
<context>
    <name>PainFollowUpDialog</name>
    <message>
        <source>your medication</source>
        <translation>votre médicament</translation>
    </message>
    <message>
        <source>({0} hours after {1} at {2})</source>
        <translation>({0} heures après {1} à {2})</translation>
    </message>
    <message>
        <source>How is your pain now?</source>
        <translation>Comment est votre douleur maintenant ?</translation>
    </message>
    <message>
        <source>Ask me later</source>
        <translation>Me demander plus tard</translation>
    </message>
    <message>
        <source>Close; the question comes back later</source>
        <translation>Fermer ; la question reviendra plus tard</translation>
    </message>
    <message>
        <source>Press Tab, then 0 to 3, or click a pain.</source>
        <translation>Appuyez sur Tab, puis sur 0 à 3, ou cliquez sur une douleur.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>That passphrase does not open this journal.</source>
        <translation>Cette phrase secrète n’ouvre pas ce journal.</translation>
    </message>
    <message>
        <source>That recovery code does not open this journal.</source>
        <translation>Ce code de récupération n’ouvre pas ce journal.</translation>
    </message>
    <message>
        <source>Open your journal</source>
        <translation>Ouvrir votre journal</translation>
    </message>
    <message>
        <source>This journal is protected. Type your passphrase.</source>
        <translation>Ce journal est protégé. Saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Oubliée ? Utilisez votre code de récupération</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down or printed.</source>
        <translation>Saisissez le code de récupération que vous avez noté ou imprimé.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
</context>
<context>
    <name>PatientFields</name>
    <message>
        <source>Patient (optional)</source>
        <translation>Patient (facultatif)</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Printed only if typed</source>
        <translation>Imprimé seulement s’il est saisi</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>for example {0}</source>
        <translation>par exemple {0}</translation>
    </message>
    <message>
        <source>&amp;Remember for next time</source>
        <translation>&amp;Retenir pour la prochaine fois</translation>
    </message>
    <message>
        <source>Remember name and date of birth</source>
        <translation>Retenir le nom et la date de naissance</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s settings for you, never in the journal.</source>
        <translation>Gardé pour vous dans les réglages de cet ordinateur, jamais dans le journal.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date de nai&amp;ssance :</translation>
    </message>
    <message>
        <source>Write the date of birth like {0}.</source>
        <translation>Écrivez la date de naissance comme {0}.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>Check the year of birth.</source>
        <translation>Vérifiez l’année de naissance.</translation>
    </message>
</context>
<context>
    <name>PeriodDayDialog</name>
    <message>
        <source>Period on {0}</source>
        <translation>Règles le {0}</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>&amp;Flow</source>
        <translation>&amp;Flux</translation>
    </message>
    <message>
        <source>&amp;Withdrawal bleed (pill break or cyclical HRT)</source>
        <translation>&amp;Hémorragie de privation (arrêt de pilule ou THS séquentiel)</translation>
    </message>
    <message>
        <source>Counts as a period for the days around it, but is marked as withdrawal</source>
        <translation>Compte comme des règles pour les jours voisins, mais est marquée comme privation</translation>
    </message>
    <message>
        <source>&amp;Remove bleeding</source>
        <translation>&amp;Retirer le saignement</translation>
    </message>
    <message>
        <source>This day was not a bleeding day</source>
        <translation>Ce jour n’était pas un jour de saignement</translation>
    </message>
    <message>
        <source>Choose the flow, or remove the bleeding.</source>
        <translation>Choisissez le flux, ou retirez le saignement.</translation>
    </message>
</context>
<context>
    <name>PhaseEditor</name>
    <message>
        <source>Edit phase</source>
        <translation>Modifier la phase</translation>
    </message>
    <message>
        <source>Add a hormonal phase</source>
        <translation>Ajouter une phase hormonale</translation>
    </message>
    <message>
        <source>Kind of phase</source>
        <translation>Type de phase</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. brand, dose, reason</source>
        <translation>par ex. marque, dose, raison</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>PhasesDialog</name>
    <message>
        <source>Hormonal phases</source>
        <translation>Phases hormonales</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a hormonal phase</source>
        <translation>Ajouter une phase hormonale</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected phase</source>
        <translation>Modifier la phase sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected phase</source>
        <translation>Supprimer la phase sélectionnée</translation>
    </message>
    <message>
        <source>No phases recorded yet.</source>
        <translation>Aucune phase notée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Your journal stays on this computer. The app never connects to the network and sends nothing anywhere.</source>
        <translation>Votre journal reste sur cet ordinateur. L’application ne se connecte jamais au réseau et n’envoie rien nulle part.</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Supprimer toutes mes données…</translation>
    </message>
    <message>
        <source>Everything was deleted. These files were removed:
{0}</source>
        <translation>Tout a été supprimé. Ces fichiers ont été retirés :
{0}</translation>
    </message>
</context>
<context>
    <name>ProtectionBox</name>
    <message>
        <source>The exported file is not encrypted: keep it somewhere private.</source>
        <translation>Le fichier exporté n’est pas chiffré : gardez-le en lieu privé.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Protect with a passphrase…</source>
        <translation>Protéger par une phrase secrète…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Turn protection off…</source>
        <translation>Désactiver la protection…</translation>
    </message>
    <message>
        <source>Lock the journal when idle:</source>
        <translation>Verrouiller le journal en cas d’inactivité :</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>After {0} minutes</source>
        <translation>Après {0} minutes</translation>
    </message>
    <message>
        <source>This journal is encrypted and opens only with your passphrase.</source>
        <translation>Ce journal est chiffré et ne s’ouvre qu’avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>This journal is not encrypted: anyone using this computer account can read it.</source>
        <translation>Ce journal n’est pas chiffré : toute personne utilisant ce compte de l’ordinateur peut le lire.</translation>
    </message>
    <message>
        <source>A journal kept only in memory cannot be protected.</source>
        <translation>Un journal gardé seulement en mémoire ne peut pas être protégé.</translation>
    </message>
    <message>
        <source>Export the journal (not encrypted)</source>
        <translation>Exporter le journal (non chiffré)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to {0}. {1}</source>
        <translation>Exporté dans {0}. {1}</translation>
    </message>
    <message>
        <source>Your journal is now protected with a passphrase.</source>
        <translation>Votre journal est maintenant protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Type your current passphrase (or the recovery code).</source>
        <translation>Saisissez votre phrase secrète actuelle (ou le code de récupération).</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changer</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>Turn protection off</source>
        <translation>Désactiver la protection</translation>
    </message>
    <message>
        <source>The journal will be decrypted and stored as a plain file. Type your passphrase (or the recovery code).</source>
        <translation>Le journal sera déchiffré et enregistré comme un fichier ordinaire. Saisissez votre phrase secrète (ou le code de récupération).</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>The journal is no longer encrypted.</source>
        <translation>Le journal n’est plus chiffré.</translation>
    </message>
</context>
<context>
    <name>QuickMedicationDialog</name>
    <message>
        <source>Which medication?</source>
        <translation>Quel médicament ?</translation>
    </message>
    <message>
        <source>Which medication did you take?</source>
        <translation>Quel médicament avez-vous pris ?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Migraine Journal recovery code. Keep this paper somewhere safe: it opens your journal if you forget the passphrase.</source>
        <translation>Code de récupération de Migraine Journal. Gardez ce papier en lieu sûr : il ouvre votre journal si vous oubliez la phrase secrète.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>Your journal is now protected. If you forget the passphrase, this recovery code opens the journal. Write it down or print it, and keep it somewhere safe, away from this computer. It is not shown again.</source>
        <translation>Votre journal est maintenant protégé. Si vous oubliez la phrase secrète, ce code de récupération ouvre le journal. Notez-le ou imprimez-le, et gardez-le en lieu sûr, loin de cet ordinateur. Il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Je l’ai noté</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time for your evening check-in</source>
        <translation>C’est l’heure de votre bilan du soir</translation>
    </message>
    <message>
        <source>A follow-up question is waiting</source>
        <translation>Une question de suivi vous attend</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Remind me while the app is open</source>
        <translation>Me le rappeler quand l’application est ouverte</translation>
    </message>
    <message>
        <source>Evening check-in (only if the day has no entry) at</source>
        <translation>Bilan du soir (seulement si la journée n’a pas d’entrée) à</translation>
    </message>
    <message>
        <source>Two hours after a dose, the pain follow-up</source>
        <translation>Deux heures après une prise, le suivi de la douleur</translation>
    </message>
    <message>
        <source>Reminders never show health details: only “Time for your evening check-in” or “A follow-up question is waiting”.</source>
        <translation>Les rappels ne montrent jamais de détails de santé : seulement « C’est l’heure de votre bilan du soir » ou « Une question de suivi vous attend ».</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for the doctor</source>
        <translation>Rapport pour le médecin</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>Free-text notes and &amp;questions for the visit</source>
        <translation>Notes libres et &amp;questions pour la consultation</translation>
    </message>
    <message>
        <source>Menstrual &amp;cycle</source>
        <translation>&amp;Cycle menstruel</translation>
    </message>
    <message>
        <source>A clinic&apos;s own calendar</source>
        <translation>Le calendrier propre à une clinique</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>German DMKG headache calendar (Kopfschmerzkalender)</source>
        <translation>Calendrier allemand des céphalées DMKG (Kopfschmerzkalender)</translation>
    </message>
    <message>
        <source>Canadian monthly 0-3 grid, with the Migraine Monthly Index</source>
        <translation>Grille mensuelle canadienne 0-3, avec le Migraine Monthly Index</translation>
    </message>
    <message>
        <source>Adds a page per month in the layout a clinic hands out, filled in from your diary, after the report&apos;s own calendar.</source>
        <translation>Ajoute une page par mois dans la présentation fournie par une clinique, remplie d’après votre journal, après le calendrier du rapport.</translation>
    </message>
    <message>
        <source>Clinic ca&amp;lendar:</source>
        <translation>Ca&amp;lendrier de clinique :</translation>
    </message>
    <message>
        <source>Paper and language</source>
        <translation>Papier et langue</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Format du papier :</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>The PDF is not encrypted and holds health data: keep it somewhere private and share it only with people you choose.</source>
        <translation>Le PDF n’est pas chiffré et contient des données de santé : gardez-le en lieu privé et ne le partagez qu’avec les personnes de votre choix.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Printing from here needs the program pdftoppm (poppler-utils); save the PDF and print it from a PDF viewer.</source>
        <translation>L’impression depuis ici nécessite le programme pdftoppm (poppler-utils) ; enregistrez le PDF et imprimez-le depuis un lecteur PDF.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the report.</source>
        <translation>Corrigez les champs marqués pour voir le rapport.</translation>
    </message>
    <message>
        <source>Nothing was recorded from {0} to {1}. The report would be a single page saying so; choose a longer span to see figures.</source>
        <translation>Rien n’a été noté du {0} au {1}. Le rapport serait une seule page le disant ; choisissez une période plus longue pour voir des chiffres.</translation>
    </message>
    <message>
        <source>Page 1 will show, among others:</source>
        <translation>La page 1 montrera, entre autres :</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Enregistré dans {0}.</translation>
    </message>
    <message>
        <source>Headache diary</source>
        <translation>Journal des céphalées</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>1 page envoyée à l’imprimante.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l’imprimante.</numerusform>
            <numerusform>%n pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesNotice</name>
    <message>
        <source>Migraine days are now counted as headache specialists count them (ICHD-3): an attack you called a migraine counts when it lasted 30 minutes or more, whatever else you recorded, and a 0-10 rating counts towards “moderate or severe”. An aura counts by itself only when it is typical (sight, feeling or speech). The chronic migraine pattern needs more than 3 whole calendar months, medication overuse counts every day a drug was taken (also to prevent attacks), and a dose taken before any pain, or with the pain at the dose not noted, is counted apart. Some figures you saw before may differ now; your records are all kept as they were.</source>
        <translation>Les jours de migraine sont maintenant comptés comme les spécialistes des céphalées les comptent (ICHD-3) : une crise que vous avez appelée migraine compte quand elle a duré 30 minutes ou plus, quoi que vous ayez noté d’autre, et une note sur 0-10 compte pour « modérée ou sévère ». Une aura ne compte à elle seule que si elle est typique (vision, sensations ou parole). Le profil de migraine chronique demande plus de 3 mois civils entiers, l’abus médicamenteux compte chaque jour de prise (y compris pour prévenir les crises), et une prise avant toute douleur, ou sans douleur notée au moment de la prise, est comptée à part. Certains chiffres vus auparavant peuvent différer ; toutes vos données sont conservées telles quelles.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Close the note about the counting rules</source>
        <translation>Fermer la note sur les règles de comptage</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Rappels</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Confidentialité</translation>
    </message>
    <message>
        <source>The journal is now in {0}.</source>
        <translation>Le journal est maintenant dans {0}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Menu item or where</source>
        <translation>Élément de menu ou endroit</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce que ça fait</translation>
    </message>
</context>
<context>
    <name>SpanPicker</name>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>6 derniers mois</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Span of the report</source>
        <translation>Période du rapport</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>La fin est avant le début.</translation>
    </message>
    <message>
        <source>The end is in the future; choose today or earlier.</source>
        <translation>La fin est dans le futur ; choisissez aujourd’hui ou avant.</translation>
    </message>
</context>
<context>
    <name>StartTimeDialog</name>
    <message>
        <source>When did it start?</source>
        <translation>Quand a-t-elle commencé ?</translation>
    </message>
    <message>
        <source>Start of the attack</source>
        <translation>Début de la crise</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Commencée</translation>
    </message>
    <message>
        <source>Start attack</source>
        <translation>Commencer la crise</translation>
    </message>
</context>
<context>
    <name>SymptomsBox</name>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>Other symptoms…</source>
        <translation>Autres symptômes…</translation>
    </message>
    <message>
        <source>symptom</source>
        <translation>symptôme</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Use on several computers</source>
        <translation>Utiliser sur plusieurs ordinateurs</translation>
    </message>
    <message>
        <source>Keep this journal on your other computers through a folder you already keep in step with Syncthing, Nextcloud, Dropbox or a USB stick. The app only reads and writes files there; it never connects to anything.</source>
        <translation>Gardez ce journal sur vos autres ordinateurs grâce à un dossier que vous synchronisez déjà avec Syncthing, Nextcloud, Dropbox ou une clé USB. L’application ne fait qu’y lire et écrire des fichiers ; elle ne se connecte jamais à rien.</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Sync folder:</source>
        <translation>Dossier de synchronisation :</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation>Nom de cet ordinateur :</translation>
    </message>
    <message>
        <source>Changed on both computers…</source>
        <translation>Modifié sur les deux ordinateurs…</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Stop syncing; the journal stays whole here</source>
        <translation>Arrêter la synchronisation ; le journal reste entier ici</translation>
    </message>
    <message>
        <source>The files in the folder are sealed with this journal&apos;s key.</source>
        <translation>Les fichiers du dossier sont scellés avec la clé de ce journal.</translation>
    </message>
    <message>
        <source>This journal is not protected, so the folder holds your diary readable by anyone who can open its files. Protect the journal (Settings ▸ Privacy) to have them sealed.</source>
        <translation>Ce journal n’est pas protégé : le dossier contient donc votre journal lisible par quiconque peut ouvrir ses fichiers. Protégez le journal (Réglages ▸ Confidentialité) pour qu’ils soient scellés.</translation>
    </message>
    <message>
        <source>The journal file itself is in a folder {0} syncs. Two computers writing one journal file damage it: move the journal out of it (Settings ▸ Journal ▸ Move journal…) and choose a sync folder here instead.</source>
        <translation>Le fichier du journal lui-même est dans un dossier que {0} synchronise. Deux ordinateurs qui écrivent un même fichier de journal l’endommagent : sortez-en le journal (Réglages ▸ Journal ▸ Déplacer le journal…) et choisissez plutôt un dossier de synchronisation ici.</translation>
    </message>
    <message>
        <source>Choose the folder your sync tool keeps in step</source>
        <translation>Choisissez le dossier que votre outil de synchronisation tient à jour</translation>
    </message>
    <message>
        <source>Protected sync folder</source>
        <translation>Dossier de synchronisation protégé</translation>
    </message>
    <message>
        <source>1 attack that arrived overlaps an attack of this journal: perhaps the same attack entered on both computers. Look at this day in the diary and delete one where so: {0}</source>
        <translation>1 crise reçue chevauche une crise de ce journal : peut-être la même crise saisie sur les deux ordinateurs. Regardez ce jour dans le journal et supprimez-en une le cas échéant : {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n attacks that arrived overlap attacks of this journal: perhaps the same attack entered on both computers. Look at these days in the diary and delete one where so: {0}</source>
        <translation>
            <numerusform>%n crise reçue chevauche des crises de ce journal : peut-être la même crise saisie sur les deux ordinateurs. Regardez ces jours dans le journal et supprimez-en une le cas échéant : {0}</numerusform>
            <numerusform>%n crises reçues chevauchent des crises de ce journal : peut-être la même crise saisie sur les deux ordinateurs. Regardez ces jours dans le journal et supprimez-en une le cas échéant : {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLine</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Merge with your other computers now</source>
        <translation>Fusionner maintenant avec vos autres ordinateurs</translation>
    </message>
    <message>
        <source>Not in step: {0}</source>
        <translation>Pas à jour : {0}</translation>
    </message>
    <message>
        <source>Syncing through {0}</source>
        <translation>Synchronisation via {0}</translation>
    </message>
    <message>
        <source>Changed on both computers: {0}</source>
        <translation>Modifié sur les deux ordinateurs : {0}</translation>
    </message>
    <message>
        <source>No other computer has joined yet</source>
        <translation>Aucun autre ordinateur ne s’est encore joint</translation>
    </message>
    <message>
        <source>Changes from {0} were refused</source>
        <translation>Les modifications de {0} ont été refusées</translation>
    </message>
    <message>
        <source>Waiting for the first files of {0}</source>
        <translation>En attente des premiers fichiers de {0}</translation>
    </message>
    <message>
        <source>{0} has not been seen for {1} days</source>
        <translation>{0} n’a pas été vu depuis {1} jours</translation>
    </message>
    <message>
        <source>In step with {0}, {1}</source>
        <translation>À jour avec {0}, {1}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>il y a 1 minute</translation>
    </message>
    <message>
        <source>{0} minutes ago</source>
        <translation>il y a {0} minutes</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>il y a 1 heure</translation>
    </message>
    <message>
        <source>{0} hours ago</source>
        <translation>il y a {0} heures</translation>
    </message>
    <message>
        <source>{0} days ago</source>
        <translation>il y a {0} jours</translation>
    </message>
    <message>
        <source>The sync files of {0} were changed after they were written, so nothing from {0} was applied.</source>
        <translation>Les fichiers de synchronisation de {0} ont été modifiés après leur écriture ; rien de {0} n’a donc été appliqué.</translation>
    </message>
    <message>
        <source>The sync files of {0} are sealed with another key, so nothing from {0} was applied.</source>
        <translation>Les fichiers de synchronisation de {0} sont scellés avec une autre clé ; rien de {0} n’a donc été appliqué.</translation>
    </message>
    <message>
        <source>The sync files of {0} are not encrypted in a protected folder, so nothing from {0} was applied.</source>
        <translation>Les fichiers de synchronisation de {0} ne sont pas chiffrés dans un dossier protégé ; rien de {0} n’a donc été appliqué.</translation>
    </message>
    <message>
        <source>{0} uses a newer version of Migraine Journal; update the app on this computer.</source>
        <translation>{0} utilise une version plus récente de Migraine Journal ; mettez à jour l’application sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Saisissez puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Remove “{0}”</source>
        <translation>Retirer « {0} »</translation>
    </message>
    <message>
        <source>Remove {0} “{1}”</source>
        <translation>Retirer {0} « {1} »</translation>
    </message>
</context>
<context>
    <name>TookMedication</name>
    <message>
        <source>{0}{1} at {2}</source>
        <translation>{0}{1} à {2}</translation>
    </message>
    <message>
        <source>Undo last dose</source>
        <translation>Annuler la dernière prise</translation>
    </message>
    <message>
        <source>Remove the dose you just recorded here</source>
        <translation>Retirer la prise que vous venez de noter ici</translation>
    </message>
    <message>
        <source>Record a dose of {0} now</source>
        <translation>Noter maintenant une prise de {0}</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Another medication, time or amount</source>
        <translation>Un autre médicament, une autre heure ou quantité</translation>
    </message>
    <message>
        <source>Add medication…</source>
        <translation>Ajouter un médicament…</translation>
    </message>
    <message>
        <source>A medication not listed here, by name: taken now</source>
        <translation>Un médicament absent de la liste, par son nom : pris maintenant</translation>
    </message>
    <message>
        <source>Already recorded — tap Undo last dose if it was a mistake</source>
        <translation>Déjà noté — touchez Annuler la dernière prise si c’était une erreur</translation>
    </message>
    <message>
        <source>Taken: {0}</source>
        <translation>Pris : {0}</translation>
    </message>
</context>
<context>
    <name>TreatmentsView</name>
    <message>
        <source>&amp;Add treatment…</source>
        <translation>Ajo&amp;uter un traitement…</translation>
    </message>
    <message>
        <source>Add a preventive, a procedure or a non-drug course</source>
        <translation>Ajouter un traitement de fond, un acte ou un traitement non médicamenteux</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>Ajouter une séan&amp;ce…</translation>
    </message>
    <message>
        <source>Add a dated session to the selected course</source>
        <translation>Ajouter une séance datée au traitement sélectionné</translation>
    </message>
    <message>
        <source>Record a side effect of the selected course or session</source>
        <translation>Noter un effet indésirable du traitement ou de la séance sélectionnés</translation>
    </message>
    <message>
        <source>Record side effec&amp;t…</source>
        <translation>Noter un effe&amp;t indésirable…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Modifier l’entrée sélectionnée</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Supprimer l’entrée sélectionnée</translation>
    </message>
    <message>
        <source>Treatments with their sessions and side effects</source>
        <translation>Traitements avec leurs séances et effets indésirables</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>Status or severity</source>
        <translation>Statut ou intensité</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Effets indésirables</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Aucun noté</translation>
    </message>
    <message>
        <source>since {0}</source>
        <translation>depuis le {0}</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ended: {0}</source>
        <translation>Terminé : {0}</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>(1 session)</source>
        <translation>(1 séance)</translation>
    </message>
    <message numerus="yes">
        <source>(%n sessions)</source>
        <translation>
            <numerusform>(%n séance)</numerusform>
            <numerusform>(%n séances)</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Side effect: {0}</source>
        <translation>Effet indésirable : {0}</translation>
    </message>
    <message>
        <source>Delete “{0}” with all its sessions and side effects?</source>
        <translation>Supprimer « {0} » avec toutes ses séances et effets indésirables ?</translation>
    </message>
    <message>
        <source>Delete this session and its side effects?</source>
        <translation>Supprimer cette séance et ses effets indésirables ?</translation>
    </message>
    <message>
        <source>Delete the side effect “{0}”?</source>
        <translation>Supprimer l’effet indésirable « {0} » ?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>VisitNotesView</name>
    <message>
        <source>Questions for the next visit</source>
        <translation>Questions pour la prochaine consultation</translation>
    </message>
    <message>
        <source>A question or note for your doctor…</source>
        <translation>Une question ou une note pour votre médecin…</translation>
    </message>
    <message>
        <source>Question or note for the visit</source>
        <translation>Question ou note pour la consultation</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Ajou&amp;ter</translation>
    </message>
    <message>
        <source>Add the question to the list (Enter)</source>
        <translation>Ajouter la question à la liste (Entrée)</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Leave the note as it was</source>
        <translation>Laisser la note telle qu’elle était</translation>
    </message>
    <message>
        <source>Questions; tick one when it was answered</source>
        <translation>Questions ; cochez-en une quand elle a reçu une réponse</translation>
    </message>
    <message>
        <source>Show the questions already marked done</source>
        <translation>Afficher les questions déjà marquées comme traitées</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>Mod&amp;ifier</translation>
    </message>
    <message>
        <source>Change the selected note</source>
        <translation>Modifier la note sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Supprimer la note sélectionnée</translation>
    </message>
    <message>
        <source>Show done ({0})</source>
        <translation>Afficher les traitées ({0})</translation>
    </message>
    <message>
        <source>Tick when it was answered</source>
        <translation>Cochez quand elle a reçu une réponse</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the changed note (Enter)</source>
        <translation>Enregistrer la note modifiée (Entrée)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>Supprimer « {0} » ?</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>How much migraine disrupts life</source>
        <translation>À quel point la migraine perturbe la vie</translation>
    </message>
    <message>
        <source>Enter &amp;MIDAS…</source>
        <translation>Saisir le &amp;MIDAS…</translation>
    </message>
    <message>
        <source>Days lost to migraine over the last 3 months</source>
        <translation>Jours perdus à cause de la migraine sur les 3 derniers mois</translation>
    </message>
    <message>
        <source>Enter HIT-&amp;6…</source>
        <translation>Saisir le HIT-&amp;6…</translation>
    </message>
    <message>
        <source>The HIT-6 total you obtained (36-78)</source>
        <translation>Le total HIT-6 que vous avez obtenu (36-78)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Earlier MIDAS and HIT-6 results</source>
        <translation>Résultats MIDAS et HIT-6 précédents</translation>
    </message>
    <message>
        <source>Not entered yet</source>
        <translation>Pas encore saisi</translation>
    </message>
    <message>
        <source>Score {0}, grade {1} · {2}</source>
        <translation>Score {0}, grade {1} · {2}</translation>
    </message>
    <message>
        <source>Total {0}, {1} · {2}</source>
        <translation>Total {0}, {1} · {2}</translation>
    </message>
    <message>
        <source>Score {0}, grade {1}</source>
        <translation>Score {0}, grade {1}</translation>
    </message>
    <message>
        <source>Total {0}, {1}</source>
        <translation>Total {0}, {1}</translation>
    </message>
</context>
<context>
    <name>WindowUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Undo: end of the attack</source>
        <translation>&amp;Annuler : fin de la crise</translation>
    </message>
    <message>
        <source>&amp;Undo: {0}</source>
        <translation>&amp;Annuler : {0}</translation>
    </message>
</context>
<context>
    <name>_QuietDialog</name>
    <message>
        <source>Day filled in</source>
        <translation>Journée remplie</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Spotting</source>
        <translation>Spotting</translation>
    </message>
    <message>
        <source> (withdrawal bleed)</source>
        <translation> (hémorragie de privation)</translation>
    </message>
    <message>
        <source>Period: {0} flow</source>
        <translation>Règles : flux {0}</translation>
    </message>
    <message>
        <source>, cycle day 1</source>
        <translation>, jour 1 du cycle</translation>
    </message>
    <message>
        <source>Period predicted (a prediction, not a record)</source>
        <translation>Règles prévues (une prévision, pas une donnée notée)</translation>
    </message>
    <message>
        <source>Perimenstrual window, cycle day {0:+d}</source>
        <translation>Fenêtre périmenstruelle, jour du cycle {0:+d}</translation>
    </message>
    <message>
        <source>Hormonal phase: {0}</source>
        <translation>Phase hormonale : {0}</translation>
    </message>
    <message>
        <source>spotting</source>
        <translation>spotting</translation>
    </message>
    <message>
        <source>period day {0}</source>
        <translation>jour {0} des règles</translation>
    </message>
    <message>
        <source>period</source>
        <translation>règles</translation>
    </message>
    <message>
        <source>period predicted</source>
        <translation>règles prévues</translation>
    </message>
    <message>
        <source>withdrawal bleed</source>
        <translation>hémorragie de privation</translation>
    </message>
    <message>
        <source>perimenstrual window, cycle day {0:+d}</source>
        <translation>fenêtre périmenstruelle, jour du cycle {0:+d}</translation>
    </message>
    <message>
        <source>No attack</source>
        <translation>Aucune crise</translation>
    </message>
    <message>
        <source>1 attack</source>
        <translation>1 crise</translation>
    </message>
    <message>
        <source>1 dose</source>
        <translation>1 prise</translation>
    </message>
    <message numerus="yes">
        <source>%n attacks</source>
        <translation>
            <numerusform>%n crise</numerusform>
            <numerusform>%n crises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses</source>
        <translation>
            <numerusform>%n prise</numerusform>
            <numerusform>%n prises</numerusform>
        </translation>
    </message>
    <message>
        <source>No medication</source>
        <translation>Aucun médicament</translation>
    </message>
    <message>
        <source>Check-in: yes</source>
        <translation>Bilan : oui</translation>
    </message>
    <message>
        <source>Check-in: no</source>
        <translation>Bilan : non</translation>
    </message>
    <message>
        <source>medication taken</source>
        <translation>médicament pris</translation>
    </message>
    <message>
        <source>check-in done</source>
        <translation>bilan du jour fait</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>{0}: nothing recorded</source>
        <translation>{0} : rien de noté</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <extracomment>{0} is the day (&quot;Tuesday, November 24, 2026&quot;), {1} what it holds</extracomment>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>peak pain {0} ({1})</source>
        <translation>douleur maximale {0} ({1})</translation>
    </message>
    <message>
        <source>pain not recorded ({0}/10)</source>
        <translation>douleur non notée ({0}/10)</translation>
    </message>
    <message>
        <source>pain not recorded</source>
        <translation>douleur non notée</translation>
    </message>
    <message>
        <source>Week {0}</source>
        <translation>Semaine {0}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Migraine attacks by cycle day</source>
        <translation>Crises de migraine par jour du cycle</translation>
    </message>
    <message>
        <source>Day 1 is the first day of your period; the shaded days (-2 to +3) are the window around it. There is no day 0.</source>
        <translation>Le jour 1 est le premier jour de vos règles ; les jours ombrés (-2 à +3) sont la fenêtre autour. Il n’y a pas de jour 0.</translation>
    </message>
    <message>
        <source>No periods recorded yet: record period days to see this chart.</source>
        <translation>Aucunes règles notées pour l’instant : notez des jours de règles pour voir ce graphique.</translation>
    </message>
    <message>
        <source>No period started in this span.</source>
        <translation>Aucunes règles n’ont commencé sur cette période.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{0} migraine attacks by the cycle day they started on; {1} of them in the perimenstrual window.</source>
        <translation>{0} crises de migraine selon le jour du cycle où elles ont commencé ; {1} d’entre elles dans la fenêtre périmenstruelle.</translation>
    </message>
    <message>
        <source>Cycle day</source>
        <translation>Jour du cycle</translation>
    </message>
    <message>
        <source>Migraine attacks started</source>
        <translation>Crises de migraine commencées</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Dans la fenêtre</translation>
    </message>
    <message>
        <source>1 migraine attack started</source>
        <translation>1 crise de migraine a commencé</translation>
    </message>
    <message>
        <source>{0} migraine attacks started</source>
        <translation>{0} crises de migraine ont commencé</translation>
    </message>
    <message>
        <source>Cycle day {0:+d} (in the window): {1}</source>
        <translation>Jour du cycle {0:+d} (dans la fenêtre) : {1}</translation>
    </message>
    <message>
        <source>Cycle day {0:+d}: {1}</source>
        <translation>Jour du cycle {0:+d} : {1}</translation>
    </message>
    <message>
        <source>Factors associated with attacks</source>
        <translation>Facteurs associés aux crises</translation>
    </message>
    <message>
        <source>How often an attack started the same or the next day, on days with each factor against check-in days without it. An association, not a cause; faded bars rest on fewer than 10 days.</source>
        <translation>La fréquence des crises débutant le jour même ou le lendemain, les jours avec chaque facteur comparés aux jours de bilan sans lui. Une association, pas une cause ; les barres pâles reposent sur moins de 10 jours.</translation>
    </message>
    <message>
        <source>Days with the factor</source>
        <translation>Jours avec le facteur</translation>
    </message>
    <message>
        <source>Days without it</source>
        <translation>Jours sans lui</translation>
    </message>
    <message>
        <source>No factors recorded in this span: add them in the daily check-in.</source>
        <translation>Aucun facteur noté sur cette période : ajoutez-les dans le bilan du jour.</translation>
    </message>
    <message>
        <source>with: {0} of {1} ({2}) · without: {3} of {4} ({5})</source>
        <translation>avec : {0} sur {1} ({2}) · sans : {3} sur {4} ({5})</translation>
    </message>
    <message>
        <source>1 factor compared</source>
        <translation>1 facteur comparé</translation>
    </message>
    <message numerus="yes">
        <source>%n factors compared</source>
        <translation>
            <numerusform>%n facteur comparé</numerusform>
            <numerusform>%n facteurs comparés</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}; an attack followed most often with {1}: {2} of its days.</source>
        <translation>{0} ; une crise a suivi le plus souvent avec {1} : {2} de ses jours.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Days with</source>
        <translation>Jours avec</translation>
    </message>
    <message>
        <source>Attack followed (with)</source>
        <translation>Crise ensuite (avec)</translation>
    </message>
    <message>
        <source>Rate with</source>
        <translation>Taux avec</translation>
    </message>
    <message>
        <source>Days without</source>
        <translation>Jours sans</translation>
    </message>
    <message>
        <source>Attack followed (without)</source>
        <translation>Crise ensuite (sans)</translation>
    </message>
    <message>
        <source>Rate without</source>
        <translation>Taux sans</translation>
    </message>
    <message>
        <source> · few days or attacks</source>
        <translation> · peu de jours ou de crises</translation>
    </message>
    <message>
        <source>No attacks followed days with it</source>
        <translation>Aucune crise n’a suivi les jours avec ce facteur</translation>
    </message>
    <message>
        <source>{0} times the rate without</source>
        <translation>{0} fois le taux sans</translation>
    </message>
    <message>
        <source>Fewer than 10 days or 5 attacks on one side: too little to go by.</source>
        <translation>Moins de 10 jours ou de 5 crises d’un côté : trop peu pour s’y fier.</translation>
    </message>
    <message>
        <source>{0} ({1}), associated with attacks:</source>
        <translation>{0} ({1}), associé aux crises :</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Mois par mois</translation>
    </message>
    <message>
        <source>Migraine days, headache days and days with each kind of acute medication. Dashed lines: 10 and 15 days a month, the medication-overuse levels.</source>
        <translation>Jours de migraine, jours de céphalée et jours avec chaque type de traitement de crise. Lignes pointillées : 10 et 15 jours par mois, les niveaux d’abus médicamenteux.</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} jours</translation>
    </message>
    <message>
        <source>Migraine days</source>
        <translation>Jours de migraine</translation>
    </message>
    <message>
        <source>Headache days</source>
        <translation>Jours de céphalée</translation>
    </message>
    <message>
        <source>No migraine, headache or medication days in this span.</source>
        <translation>Aucun jour de migraine, de céphalée ou de médicament sur cette période.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Attacks starting</source>
        <translation>Crises commençant</translation>
    </message>
    <message>
        <source>{0} from {1} to {2}: {3} and {4} in all; the most migraine days, {5}, in {6}.</source>
        <translation>{0} de {1} à {2} : {3} et {4} en tout ; le plus de jours de migraine, {5}, en {6}.</translation>
    </message>
    <message>
        <source> (1 day)</source>
        <translation> (1 jour)</translation>
    </message>
    <message numerus="yes">
        <source> (%n days)</source>
        <translation>
            <numerusform> (%n jour)</numerusform>
            <numerusform> (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Migraine days: {0}</source>
        <translation>Jours de migraine : {0}</translation>
    </message>
    <message>
        <source>Headache days: {0}</source>
        <translation>Jours de céphalée : {0}</translation>
    </message>
    <message>
        <source>Attacks starting: {0}</source>
        <translation>Crises débutant : {0}</translation>
    </message>
    <message>
        <source>no pain (0)</source>
        <translation>pas de douleur (0)</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>pain not recorded</source>
        <translation>douleur non notée</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Attacks per day, shaded by the worst pain that day; period days as bands; hormonal phases and treatments in the lanes below.</source>
        <translation>Crises par jour, ombrées selon la pire douleur du jour ; jours de règles en bandes ; phases hormonales et traitements dans les lignes du dessous.</translation>
    </message>
    <message>
        <source>Period day</source>
        <translation>Jour de règles</translation>
    </message>
    <message>
        <source>Hormonal phase</source>
        <translation>Phase hormonale</translation>
    </message>
    <message>
        <source>Estrogen stopped</source>
        <translation>Œstrogène arrêté</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>No attacks recorded in this span.</source>
        <translation>Aucune crise notée sur cette période.</translation>
    </message>
    <message>
        <source>{0}: session</source>
        <translation>{0} : séance</translation>
    </message>
    <message>
        <source>1 attack</source>
        <translation>1 crise</translation>
    </message>
    <message numerus="yes">
        <source>%n attacks</source>
        <translation>
            <numerusform>%n crise</numerusform>
            <numerusform>%n crises</numerusform>
        </translation>
    </message>
    <message>
        <source>Migraine day</source>
        <translation>Jour de migraine</translation>
    </message>
    <message>
        <source>Headache day</source>
        <translation>Jour de céphalée</translation>
    </message>
    <message>
        <source>Acute medication: {0}</source>
        <translation>Traitement de crise : {0}</translation>
    </message>
    <message>
        <source>{0} (since {1})</source>
        <translation>{0} (depuis le {1})</translation>
    </message>
    <message>
        <source>Not enough data yet.</source>
        <translation>Pas encore assez de données.</translation>
    </message>
    <message>
        <source>; 50% fewer or better</source>
        <translation> ; 50 % de moins ou mieux</translation>
    </message>
    <message>
        <source>; less than 50% fewer</source>
        <translation> ; moins de 50 % de moins</translation>
    </message>
    <message>
        <source>{0} → {1} migraine days per 28</source>
        <translation>{0} → {1} jours de migraine pour 28</translation>
    </message>
    <message>
        <source>Before and after each treatment</source>
        <translation>Avant et après chaque traitement</translation>
    </message>
    <message>
        <source>Migraine days per 28 days before each start, and from 4 weeks after it. A treatment needs 2 to 3 months before it can be judged.</source>
        <translation>Jours de migraine pour 28 jours avant chaque début, et à partir de 4 semaines après. Un traitement a besoin de 2 à 3 mois avant de pouvoir être jugé.</translation>
    </message>
    <message>
        <source>Before the start</source>
        <translation>Avant le début</translation>
    </message>
    <message>
        <source>From 4 weeks after</source>
        <translation>À partir de 4 semaines après</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>No treatment started by the end of this span.</source>
        <translation>Aucun traitement commencé d’ici la fin de cette période.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>{0} treatments, each with its migraine days per 28 days before and after it started.</source>
        <translation>{0} traitements, chacun avec ses jours de migraine pour 28 jours avant et après son début.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Migraine days per 28 before</source>
        <translation>Jours de migraine pour 28, avant</translation>
    </message>
    <message>
        <source>Migraine days per 28 after</source>
        <translation>Jours de migraine pour 28, après</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Ce qu’il montre</translation>
    </message>
    <message>
        <source>Before: {0} – {1}</source>
        <translation>Avant : {0} – {1}</translation>
    </message>
    <message>
        <source>After: {0} – {1}</source>
        <translation>Après : {0} – {1}</translation>
    </message>
    <message>
        <source>Sessions: {0}</source>
        <translation>Séances : {0}</translation>
    </message>
    <message>
        <source>{0}, as a table</source>
        <translation>{0}, en tableau</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Afficher en graphique</translation>
    </message>
    <message>
        <source>From {0} to {1}: attacks on {2}, {3} of them with severe pain.</source>
        <translation>Du {0} au {1} : des crises sur {2}, dont {3} avec une douleur sévère.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Attacks</source>
        <translation>Crises</translation>
    </message>
    <message>
        <source>Peak pain</source>
        <translation>Douleur maximale</translation>
    </message>
    <message>
        <source>Migraine or headache</source>
        <translation>Migraine ou céphalée</translation>
    </message>
    <message>
        <source>Acute medication</source>
        <translation>Traitement de crise</translation>
    </message>
</context>
<context>
    <name>check_in</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>un peu</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>beaucoup</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>cycle</name>
    <message>
        <source>Period already recorded</source>
        <translation>Règles déjà notées</translation>
    </message>
    <message>
        <source>This day is already the first day of a period.</source>
        <translation>Ce jour est déjà le premier jour de règles.</translation>
    </message>
    <message>
        <source>This day is already part of the period that started on {0}.</source>
        <translation>Ce jour fait déjà partie des règles commencées le {0}.</translation>
    </message>
    <message>
        <source>Spotting</source>
        <translation>Spotting</translation>
    </message>
    <message>
        <source>spotting</source>
        <comment>bleeding amount in running text</comment>
        <translation>spotting</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Léger</translation>
    </message>
    <message>
        <source>light</source>
        <comment>bleeding amount in running text</comment>
        <translation>léger</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>bleeding amount in running text</comment>
        <translation>moyen</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Abondant</translation>
    </message>
    <message>
        <source>heavy</source>
        <comment>bleeding amount in running text</comment>
        <translation>abondant</translation>
    </message>
</context>
<context>
    <name>explanations</name>
    <message>
        <source>Migraine days</source>
        <translation>Jours de migraine</translation>
    </message>
    <message>
        <source>Headache days</source>
        <translation>Jours de céphalée</translation>
    </message>
    <message>
        <source>Attacks</source>
        <translation>Crises</translation>
    </message>
    <message>
        <source>Acute medication days</source>
        <translation>Jours de traitement de crise</translation>
    </message>
    <message>
        <source>Medication overuse</source>
        <translation>Abus médicamenteux</translation>
    </message>
    <message>
        <source>Chronic migraine pattern</source>
        <translation>Profil de migraine chronique</translation>
    </message>
    <message>
        <source>Menstrual pattern</source>
        <translation>Profil menstruel</translation>
    </message>
    <message>
        <source>MIDAS and HIT-6</source>
        <translation>MIDAS et HIT-6</translation>
    </message>
</context>
<context>
    <name>factors</name>
    <message>
        <source>neither</source>
        <translation>ni l’un ni l’autre</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ni l’un ni l’autre</translation>
    </message>
    <message>
        <source>possible trigger</source>
        <translation>déclencheur possible</translation>
    </message>
    <message>
        <source>Possible trigger</source>
        <translation>Déclencheur possible</translation>
    </message>
    <message>
        <source>possible protector</source>
        <translation>protecteur possible</translation>
    </message>
    <message>
        <source>Possible protector</source>
        <translation>Protecteur possible</translation>
    </message>
    <message>
        <source>Amount in {0}</source>
        <translation>Quantité en {0}</translation>
    </message>
    <message>
        <source>amount in {0}</source>
        <translation>quantité en {0}</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>level 0-3</source>
        <translation>niveau 0-3</translation>
    </message>
    <message>
        <source>Level 0-3</source>
        <translation>Niveau 0-3</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Oui/non</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>form_widgets</name>
    <message>
        <source>{0} (key {1})</source>
        <translation>{0} (touche {1})</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Type the amount; leave the dash for not recorded</source>
        <translation>Saisissez la quantité ; laissez le tiret pour non noté</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Still going on: no end date yet</source>
        <translation>Toujours en cours : pas encore de date de fin</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
</context>
<context>
    <name>journal_words</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>Triptan</source>
        <translation>Triptan</translation>
    </message>
    <message>
        <source>Ergot</source>
        <translation>Dérivé de l’ergot</translation>
    </message>
    <message>
        <source>Opioid</source>
        <translation>Opioïde</translation>
    </message>
    <message>
        <source>Combination analgesic</source>
        <translation>Antalgique en association</translation>
    </message>
    <message>
        <source>Simple analgesic / NSAID</source>
        <translation>Antalgique simple / AINS</translation>
    </message>
    <message>
        <source>Gepant</source>
        <translation>Gépant</translation>
    </message>
    <message>
        <source>Ditan</source>
        <translation>Ditan</translation>
    </message>
    <message>
        <source>Antiemetic</source>
        <translation>Antiémétique</translation>
    </message>
    <message>
        <source>Beta blocker</source>
        <translation>Bêtabloquant</translation>
    </message>
    <message>
        <source>Anticonvulsant</source>
        <translation>Anticonvulsivant</translation>
    </message>
    <message>
        <source>Antidepressant</source>
        <translation>Antidépresseur</translation>
    </message>
    <message>
        <source>Angiotensin receptor blocker</source>
        <translation>Antagoniste des récepteurs de l’angiotensine II</translation>
    </message>
    <message>
        <source>Anti-CGRP antibody</source>
        <translation>Anticorps anti-CGRP</translation>
    </message>
    <message>
        <source>Botulinum toxin</source>
        <translation>Toxine botulique</translation>
    </message>
    <message>
        <source>Calcium channel blocker</source>
        <translation>Inhibiteur calcique</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Complément alimentaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered: without it (or the recovery code) the journal and its backups cannot be opened by anyone, including you. Exports and PDF reports you save are not encrypted.</source>
        <translation>Une phrase secrète oubliée ne peut pas être récupérée : sans elle (ou le code de récupération), personne ne peut ouvrir le journal ni ses sauvegardes, vous non plus. Les exports et rapports PDF que vous enregistrez ne sont pas chiffrés.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>unknown medication</source>
        <translation>médicament inconnu</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>un tableur</translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation>Migraine</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Céphalée</translation>
    </message>
    <message>
        <source>{0} · this day, hours not recorded</source>
        <translation>{0} · ce jour, heures non notées</translation>
    </message>
    <message>
        <source>from {0}, end not recorded</source>
        <translation>dès {0}, fin non notée</translation>
    </message>
    <message>
        <source>since {0}, still going on</source>
        <translation>depuis {0}, toujours en cours</translation>
    </message>
    <message>
        <source>Unknown medication</source>
        <translation>Médicament inconnu</translation>
    </message>
    <message>
        <source>{0}{1} at {2}</source>
        <translation>{0}{1} à {2}</translation>
    </message>
    <message>
        <source>Period: {0} flow</source>
        <translation>Règles : flux {0}</translation>
    </message>
    <message>
        <source>withdrawal bleed</source>
        <translation>hémorragie de privation</translation>
    </message>
    <message>
        <source>cycle day {0}</source>
        <translation>jour du cycle {0}</translation>
    </message>
    <message>
        <source>Pain {0} ({1})</source>
        <translation>Douleur {0} ({1})</translation>
    </message>
    <message>
        <source>imported from {0}</source>
        <translation>importé depuis {0}</translation>
    </message>
    <message>
        <source>Pain not recorded</source>
        <translation>Douleur non notée</translation>
    </message>
    <message>
        <source>took {0} at {1}</source>
        <translation>a pris {0} à {1}</translation>
    </message>
    <message>
        <source>for an attack</source>
        <translation>pour une crise</translation>
    </message>
    <message>
        <source>pain at dose {0}</source>
        <translation>douleur à la prise {0}</translation>
    </message>
    <message>
        <source>after 2 h {0}</source>
        <translation>après 2 h {0}</translation>
    </message>
    <message>
        <source>2-hour pain not noted yet</source>
        <translation>douleur à 2 heures pas encore notée</translation>
    </message>
    <message>
        <source>Aura only</source>
        <translation>Aura seule</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Pas sûr</translation>
    </message>
    <message>
        <source>Type not given</source>
        <translation>Type non indiqué</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Usual dose</source>
        <translation>Dose habituelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Kept in Treatments, as a course</source>
        <translation>Noté dans Traitements, comme traitement</translation>
    </message>
    <message>
        <source>Acute</source>
        <translation>Crise</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>Traitement de fond</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>pain</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <source>since {0} (ongoing)</source>
        <translation>depuis le {0} (en cours)</translation>
    </message>
    <message>
        <source>Combined pill, cyclic (with a break)</source>
        <translation>Pilule combinée, cyclique (avec arrêt)</translation>
    </message>
    <message>
        <source>Combined pill, continuous</source>
        <translation>Pilule combinée, en continu</translation>
    </message>
    <message>
        <source>Progestogen-only contraceptive</source>
        <translation>Contraceptif progestatif seul</translation>
    </message>
    <message>
        <source>Hormonal IUD</source>
        <translation>Stérilet hormonal</translation>
    </message>
    <message>
        <source>HRT, cyclical</source>
        <translation>THS, séquentiel</translation>
    </message>
    <message>
        <source>HRT, continuous</source>
        <translation>THS, en continu</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Grossesse</translation>
    </message>
    <message>
        <source>Postpartum or breastfeeding</source>
        <translation>Post-partum ou allaitement</translation>
    </message>
    <message>
        <source>Perimenopause</source>
        <translation>Périménopause</translation>
    </message>
    <message>
        <source>Postmenopause</source>
        <translation>Postménopause</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <source>From the imported file</source>
        <translation>Du fichier importé</translation>
    </message>
    <message>
        <source>The file said “{0}” (still going on), but it was written long after the start: the end is kept unknown.</source>
        <translation>Le fichier indiquait « {0} » (toujours en cours), mais il a été écrit longtemps après le début : la fin reste inconnue.</translation>
    </message>
    <message>
        <source>“{0}” in an old file: end unknown</source>
        <translation>« {0} » dans un ancien fichier : fin inconnue</translation>
    </message>
    <message>
        <source>Rated “{0}” in the file, above severe: kept as severe.</source>
        <translation>Noté « {0} » dans le fichier, au-delà de sévère : gardé comme sévère.</translation>
    </message>
    <message>
        <source>rated “{0}” in the file</source>
        <translation>noté « {0} » dans le fichier</translation>
    </message>
    <message>
        <source>Type in the file: {0} (the journal has no such type).</source>
        <translation>Type dans le fichier : {0} (le journal n’a pas ce type).</translation>
    </message>
    <message>
        <source>type in the file: {0}</source>
        <translation>type dans le fichier : {0}</translation>
    </message>
    <message>
        <source>Rated {0}/10 in the file, on a 0-10 scale only: the 0-3 pain was not set.</source>
        <translation>Noté {0}/10 dans le fichier, sur une échelle de 0 à 10 seulement : l’intensité 0-3 n’a pas été fixée.</translation>
    </message>
    <message>
        <source>rated {0}/10 only</source>
        <translation>noté {0}/10 seulement</translation>
    </message>
    <message>
        <source>The file gives only the day, not the time of day.</source>
        <translation>Le fichier ne donne que le jour, pas l’heure.</translation>
    </message>
    <message>
        <source>time of day not in the file</source>
        <translation>heure absente du fichier</translation>
    </message>
    <message>
        <source>The file gives no duration.</source>
        <translation>Le fichier ne donne pas de durée.</translation>
    </message>
    <message>
        <source>no duration in the file</source>
        <translation>pas de durée dans le fichier</translation>
    </message>
    <message>
        <source>The file has no time taken: the attack&apos;s start is used.</source>
        <translation>Le fichier n’a pas d’heure de prise : le début de la crise est utilisé.</translation>
    </message>
    <message>
        <source>time taken not in the file</source>
        <translation>heure de prise absente du fichier</translation>
    </message>
    <message>
        <source>The file noted an aura, but not its kind or duration.</source>
        <translation>Le fichier signale une aura, mais ni son type ni sa durée.</translation>
    </message>
    <message>
        <source>aura without details in the file</source>
        <translation>aura sans détails dans le fichier</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>Imported from {0}. The file also said:</source>
        <translation>Importé depuis {0}. Le fichier indiquait aussi :</translation>
    </message>
    <message>
        <source>Imported from {0}.</source>
        <translation>Importé depuis {0}.</translation>
    </message>
    <message>
        <source>Imported. The file also said:</source>
        <translation>Importé. Le fichier indiquait aussi :</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>The report cannot be printed from here because the program pdftoppm (poppler-utils) is missing; save the PDF and print it from a PDF viewer.</source>
        <translation>Le rapport ne peut pas être imprimé depuis ici car le programme pdftoppm (poppler-utils) manque ; enregistrez le PDF et imprimez-le depuis un lecteur PDF.</translation>
    </message>
    <message>
        <source>The report&apos;s pages could not be prepared for the printer; save the PDF and print it from a PDF viewer.</source>
        <translation>Les pages du rapport n’ont pas pu être préparées pour l’imprimante ; enregistrez le PDF et imprimez-le depuis un lecteur PDF.</translation>
    </message>
    <message>
        <source>The printer could not be started; check it and try again.</source>
        <translation>L’imprimante n’a pas pu démarrer ; vérifiez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Migraine Journal is already open in another window, so this one was not opened. Switch to that window to go on with your diary.</source>
        <translation>Migraine Journal est déjà ouvert dans une autre fenêtre ; celle-ci n’a donc pas été ouverte. Passez à cette fenêtre pour continuer votre journal.</translation>
    </message>
    <message>
        <source>The backup could not be made ({0}).</source>
        <translation>La sauvegarde n’a pas pu être faite ({0}).</translation>
    </message>
    <message>
        <source>A journal kept only in memory cannot be changed this way.</source>
        <translation>Un journal gardé seulement en mémoire ne peut pas être modifié ainsi.</translation>
    </message>
</context>
<context>
    <name>treatments</name>
    <message>
        <source>Preventive medication</source>
        <translation>Traitement de fond médicamenteux</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Acte</translation>
    </message>
    <message>
        <source>Non-drug treatment</source>
        <translation>Traitement non médicamenteux</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>Edit treatment</source>
        <translation>Modifier le traitement</translation>
    </message>
    <message>
        <source>Add a treatment</source>
        <translation>Ajouter un traitement</translation>
    </message>
    <message>
        <source>e.g. Propranolol, Ketamine infusions, Physiotherapy</source>
        <translation>par ex. Propranolol, perfusions de kétamine, kinésithérapie</translation>
    </message>
    <message>
        <source>Name of the treatment</source>
        <translation>Nom du traitement</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Kind of treatment</source>
        <translation>Type de traitement</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>e.g. 80 mg daily, 155 units every 12 weeks</source>
        <translation>par ex. 80 mg par jour, 155 unités toutes les 12 semaines</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Prise</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;Dose</translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation>Raison de l’arrêt</translation>
    </message>
    <message>
        <source>e.g. no effect after 3 months, side effects</source>
        <translation>par ex. aucun effet après 3 mois, effets indésirables</translation>
    </message>
    <message>
        <source>&amp;Reason stopped</source>
        <translation>&amp;Raison de l’arrêt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <source>Date and time of the session</source>
        <translation>Date et heure de la séance</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>e.g. 0.5 mg/kg over 40 min, 155 units</source>
        <translation>par ex. 0,5 mg/kg en 40 min, 155 unités</translation>
    </message>
    <message>
        <source>Dose of the session</source>
        <translation>Dose de la séance</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Edit side effect</source>
        <translation>Modifier l’effet indésirable</translation>
    </message>
    <message>
        <source>Record a side effect</source>
        <translation>Noter un effet indésirable</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Effet indésirable</translation>
    </message>
    <message>
        <source>Pick from the list or type your own; it joins the list</source>
        <translation>Choisissez dans la liste ou saisissez le vôtre ; il rejoint la liste</translation>
    </message>
    <message>
        <source>&amp;Side effect</source>
        <translation>&amp;Effet indésirable</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>&amp;Intensité</translation>
    </message>
    <message>
        <source>Course or session</source>
        <translation>Traitement ou séance</translation>
    </message>
    <message>
        <source>The course as a whole</source>
        <translation>Le traitement dans son ensemble</translation>
    </message>
    <message>
        <source>Session of {0}</source>
        <translation>Séance du {0}</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Pour</translation>
    </message>
    <message>
        <source>Day noticed</source>
        <translation>Jour remarqué</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Choose how bad it was.</source>
        <translation>Choisissez à quel point c’était fort.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Pain {0}: {1} (key {0})</source>
        <translation>Douleur {0} : {1} (touche {0})</translation>
    </message>
    <message>
        <source>Pain {0}, {1}</source>
        <translation>Douleur {0}, {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <extracomment>{0} names the row (&quot;Pain at 2 h&quot;), {1} the button (&quot;1, mild&quot;)</extracomment>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>No pain value was noted</source>
        <translation>Aucune valeur de douleur n’a été notée</translation>
    </message>
    <message>
        <source>Pain not recorded</source>
        <translation>Douleur non notée</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non noté</translation>
    </message>
</context>
</TS>
