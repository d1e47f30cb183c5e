<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt and PySide6</source>
        <translation>Qt und PySide6</translation>
    </message>
    <message>
        <source>DejaVu fonts</source>
        <translation>DejaVu-Schriften</translation>
    </message>
    <message>
        <source>Bitstream Vera licence</source>
        <translation>Bitstream-Vera-Lizenz</translation>
    </message>
    <message>
        <source>About Migraine Journal</source>
        <translation>Über Migraine Journal</translation>
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
        <translation>Ihr Tagebuch verlässt diesen Computer nie.</translation>
    </message>
    <message>
        <source>A private, offline diary of migraine attacks, medication and days. The journal is one file on your disk; the app never opens a network connection.</source>
        <translation>Ein privates Offline-Tagebuch für Migräneattacken, Medikamente und Tage. Das Tagebuch ist eine Datei auf Ihrer Festplatte; die App stellt nie eine Netzwerkverbindung her.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later ({0}): you may use, study, share and change it.</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder später ({0}): Sie dürfen sie nutzen, untersuchen, weitergeben und verändern.</translation>
    </message>
    <message>
        <source>Built with {0}.</source>
        <translation>Erstellt mit {0}.</translation>
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
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>As this computer ({0})</source>
        <translation>Wie dieser Computer ({0})</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Erster Tag der Woche</translation>
    </message>
    <message>
        <source>Dates and times follow this computer&apos;s language settings (e.g. {0}).</source>
        <translation>Datum und Uhrzeit folgen den Spracheinstellungen dieses Computers (z. B. {0}).</translation>
    </message>
    <message>
        <source>Dates and times</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>None, mild, moderate, severe (0-3)</source>
        <translation>Keine, leicht, mittel, stark (0-3)</translation>
    </message>
    <message>
        <source>0-3, and also the optional 0-10 number</source>
        <translation>0-3 und zusätzlich die optionale Zahl 0-10</translation>
    </message>
    <message>
        <source>Pain scale</source>
        <translation>Schmerzskala</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
</context>
<context>
    <name>AttackDoses</name>
    <message>
        <source>Unknown medication</source>
        <translation>Unbekanntes Medikament</translation>
    </message>
    <message>
        <source>pain {0}</source>
        <translation>Schmerz {0}</translation>
    </message>
    <message>
        <source> → {0} at 2 h</source>
        <translation> → {0} nach 2 h</translation>
    </message>
    <message>
        <source>Medication taken for this attack</source>
        <translation>Für diese Attacke eingenommene Medikamente</translation>
    </message>
    <message>
        <source>+ Add dose…</source>
        <translation>+ Einnahme hinzufügen…</translation>
    </message>
    <message>
        <source>Log medication taken for this attack</source>
        <translation>Ein für diese Attacke eingenommenes Medikament erfassen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the chosen dose</source>
        <translation>Die gewählte Einnahme ändern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete the chosen dose</source>
        <translation>Die gewählte Einnahme löschen</translation>
    </message>
    <message>
        <source>No medication recorded for this attack.</source>
        <translation>Für diese Attacke ist kein Medikament erfasst.</translation>
    </message>
    <message>
        <source>Remove dose</source>
        <translation>Einnahme entfernen</translation>
    </message>
    <message>
        <source>Delete this dose from the journal?</source>
        <translation>Diese Einnahme aus dem Tagebuch löschen?</translation>
    </message>
</context>
<context>
    <name>AttackEditor</name>
    <message>
        <source>Choose how bad the pain was (0 if there was none)</source>
        <translation>Wählen Sie, wie stark der Schmerz war (0, wenn keiner)</translation>
    </message>
    <message>
        <source>Edit attack</source>
        <translation>Attacke bearbeiten</translation>
    </message>
    <message>
        <source>New attack</source>
        <translation>Neue Attacke</translation>
    </message>
    <message>
        <source>When and how bad</source>
        <translation>Wann und wie stark</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>Still going on</source>
        <translation>Dauert noch an</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Peak pain</source>
        <translation>Stärkster Schmerz</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Pain &amp;0-10 (optional)</source>
        <translation>Schmerz &amp;0-10 (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Aura</source>
        <translation>Aura</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Umstände</translation>
    </message>
    <message>
        <source>e.g. work, sleep</source>
        <translation>z. B. Arbeit, Schlaf</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>&amp;Kept me from</source>
        <translation>Abge&amp;halten von</translation>
    </message>
    <message>
        <source>e.g. red wine, missed meal</source>
        <translation>z. B. Rotwein, ausgelassene Mahlzeit</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Suspected t&amp;riggers</source>
        <translation>Vermutete Aus&amp;löser</translation>
    </message>
    <message>
        <source>Medication taken</source>
        <translation>Eingenommene Medikamente</translation>
    </message>
    <message>
        <source>Saves the attack first, then logs a dose</source>
        <translation>Speichert zuerst die Attacke und erfasst dann eine Einnahme</translation>
    </message>
    <message>
        <source>Pain not recorded</source>
        <translation>Schmerz nicht erfasst</translation>
    </message>
    <message>
        <source>Pain not recorded (rated {0}/10 in the app it came from)</source>
        <translation>Schmerz nicht erfasst (in der Herkunfts-App mit {0}/10 bewertet)</translation>
    </message>
    <message>
        <source>This overlaps the attack since {0}, which is still going on.</source>
        <translation>Das überschneidet sich mit der Attacke seit {0}, die noch andauert.</translation>
    </message>
    <message>
        <source>This overlaps the attack of {0} – {1}. Is it the same attack?</source>
        <translation>Das überschneidet sich mit der Attacke vom {0} – {1}. Ist es dieselbe Attacke?</translation>
    </message>
    <message>
        <source>{0}/10 was rated with the earlier pain: correct it, or set it to “not rated”.</source>
        <translation>{0}/10 wurde zum früheren Schmerz angegeben: bitte korrigieren oder auf „nicht bewertet“ setzen.</translation>
    </message>
    <message>
        <source>The end was not recorded (only the start is known): set it if you remember, or leave it so.</source>
        <translation>Das Ende wurde nicht erfasst (nur der Beginn ist bekannt): Tragen Sie es ein, wenn Sie es wissen, oder lassen Sie es so.</translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation>Migräne</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Kopfschmerz</translation>
    </message>
    <message>
        <source>Aura only (no headache)</source>
        <translation>Nur Aura (ohne Kopfschmerz)</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>Type not given</source>
        <translation>Art nicht angegeben</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>Erbrechen</translation>
    </message>
    <message>
        <source>Light sensitivity (photophobia)</source>
        <translation>Lichtempfindlichkeit (Photophobie)</translation>
    </message>
    <message>
        <source>Sound sensitivity (phonophobia)</source>
        <translation>Lärmempfindlichkeit (Phonophobie)</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <source>Temples</source>
        <translation>Schläfen</translation>
    </message>
    <message>
        <source>Behind the eye</source>
        <translation>Hinter dem Auge</translation>
    </message>
    <message>
        <source>Back of the head</source>
        <translation>Hinterkopf</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>vomiting</source>
        <translation>Erbrechen</translation>
    </message>
    <message>
        <source>light sensitivity</source>
        <translation>Lichtempfindlichkeit</translation>
    </message>
    <message>
        <source>sound sensitivity</source>
        <translation>Lärmempfindlichkeit</translation>
    </message>
    <message>
        <source>visual aura</source>
        <translation>visuelle Aura</translation>
    </message>
    <message>
        <source>sensory aura</source>
        <translation>sensible Aura</translation>
    </message>
    <message>
        <source>speech aura</source>
        <translation>Sprach-Aura</translation>
    </message>
    <message>
        <source>motor aura</source>
        <translation>motorische Aura</translation>
    </message>
    <message>
        <source>brainstem aura</source>
        <translation>Hirnstamm-Aura</translation>
    </message>
    <message>
        <source>retinal aura</source>
        <translation>retinale Aura</translation>
    </message>
    <message>
        <source>aura (kind not recorded)</source>
        <translation>Aura (Art nicht erfasst)</translation>
    </message>
    <message>
        <source>dizziness</source>
        <translation>Schwindel</translation>
    </message>
    <message>
        <source>smell sensitivity</source>
        <translation>Geruchsempfindlichkeit</translation>
    </message>
    <message>
        <source>neck stiffness</source>
        <translation>Nackensteifigkeit</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>Müdigkeit</translation>
    </message>
    <message>
        <source>yawning</source>
        <translation>Gähnen</translation>
    </message>
    <message>
        <source>trouble concentrating</source>
        <translation>Konzentrationsprobleme</translation>
    </message>
    <message>
        <source>food cravings</source>
        <translation>Heißhunger</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>school</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>housework</source>
        <translation>Hausarbeit</translation>
    </message>
    <message>
        <source>childcare</source>
        <translation>Kinderbetreuung</translation>
    </message>
    <message>
        <source>social life</source>
        <translation>Sozialleben</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>driving</source>
        <translation>Autofahren</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>Schlaf</translation>
    </message>
</context>
<context>
    <name>AttackNowButton</name>
    <message>
        <source>Attack now</source>
        <translation>Attacke jetzt</translation>
    </message>
    <message>
        <source>Start an attack at the current time (Ctrl+N)</source>
        <translation>Eine Attacke zur aktuellen Uhrzeit beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Attack started &amp;earlier</source>
        <translation>Attacke hat &amp;früher begonnen</translation>
    </message>
    <message>
        <source>Started {0} min ago</source>
        <translation>Vor {0} Min. begonnen</translation>
    </message>
    <message>
        <source>Other time…</source>
        <translation>Andere Zeit…</translation>
    </message>
</context>
<context>
    <name>AttackScreen</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{0} min ago</source>
        <translation>vor {0} Min.</translation>
    </message>
    <message>
        <source>{0} h {1} min ago</source>
        <translation>vor {0} h {1} Min.</translation>
    </message>
    <message>
        <source>{0} h ago</source>
        <translation>vor {0} h</translation>
    </message>
    <message>
        <source>{0} days ago</source>
        <translation>vor {0} Tagen</translation>
    </message>
    <message>
        <source>Migraine attack</source>
        <translation>Migräneattacke</translation>
    </message>
    <message>
        <source>How bad is the pain?</source>
        <translation>Schmerzstärke</translation>
    </message>
    <message>
        <source>Took medication</source>
        <translation>Medikament eingenommen</translation>
    </message>
    <message>
        <source>Migraine</source>
        <translation>Migräne</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Kopfschmerz</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>On one side</source>
        <translation>Einseitig</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Pochend</translation>
    </message>
    <message>
        <source>Worse when moving</source>
        <translation>Schlimmer bei Bewegung</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>Was ist es?</translation>
    </message>
    <message>
        <source>The pain is</source>
        <translation>Der Schmerz ist</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Headache attack</source>
        <translation>Kopfschmerzattacke</translation>
    </message>
    <message>
        <source>Attack (not sure what kind)</source>
        <translation>Attacke (Art unklar)</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attacke</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>Erbrechen</translation>
    </message>
    <message>
        <source>Light sensitivity</source>
        <translation>Lichtempfindlich</translation>
    </message>
    <message>
        <source>Sound sensitivity</source>
        <translation>Lärmempfindlich</translation>
    </message>
    <message>
        <source>Aura</source>
        <translation>Aura</translation>
    </message>
    <message>
        <source>Flashes or spots</source>
        <translation>Blitze oder Flecken</translation>
    </message>
    <message>
        <source>Tingling or numbness</source>
        <translation>Kribbeln oder Taubheit</translation>
    </message>
    <message>
        <source>Trouble speaking</source>
        <translation>Sprechstörung</translation>
    </message>
    <message>
        <source>Done for now</source>
        <translation>Vorerst fertig</translation>
    </message>
    <message>
        <source>Keep the attack open and close this screen (Esc)</source>
        <translation>Die Attacke offen lassen und diese Ansicht schließen (Esc)</translation>
    </message>
    <message>
        <source>Attack is over</source>
        <translation>Attacke ist vorbei</translation>
    </message>
    <message>
        <source>End the attack now</source>
        <translation>Die Attacke jetzt beenden</translation>
    </message>
    <message>
        <source>Started {0} ({1})</source>
        <translation>Begonnen {0} ({1})</translation>
    </message>
    <message>
        <source>Attack choices</source>
        <translation>Angaben zur Attacke</translation>
    </message>
</context>
<context>
    <name>AuraTable</name>
    <message>
        <source>Visual (flashes, spots, zigzags)</source>
        <translation>Visuell (Blitze, Flecken, Zickzacklinien)</translation>
    </message>
    <message>
        <source>Sensory (tingling, numbness)</source>
        <translation>Sensibel (Kribbeln, Taubheit)</translation>
    </message>
    <message>
        <source>Speech or language</source>
        <translation>Sprechen oder Sprache</translation>
    </message>
    <message>
        <source>Motor (weakness)</source>
        <translation>Motorisch (Schwäche)</translation>
    </message>
    <message>
        <source>Brainstem (vertigo, double vision)</source>
        <translation>Hirnstamm (Schwindel, Doppelbilder)</translation>
    </message>
    <message>
        <source>Retinal (one eye only)</source>
        <translation>Retinal (nur ein Auge)</translation>
    </message>
    <message>
        <source>Kind not recorded</source>
        <translation>Art nicht erfasst</translation>
    </message>
    <message>
        <source>Aura type</source>
        <translation>Art der Aura</translation>
    </message>
    <message>
        <source>Aura minutes</source>
        <translation>Aura-Minuten</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Remove this aura symptom</source>
        <translation>Dieses Aura-Symptom entfernen</translation>
    </message>
    <message>
        <source>Remove aura symptom</source>
        <translation>Aura-Symptom entfernen</translation>
    </message>
    <message>
        <source>No aura.</source>
        <translation>Keine Aura.</translation>
    </message>
    <message>
        <source>+ Add aura symptom</source>
        <translation>+ Aura-Symptom hinzufügen</translation>
    </message>
    <message>
        <source>Add an aura symptom with its duration</source>
        <translation>Ein Aura-Symptom mit seiner Dauer hinzufügen</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <source>A journal kept only in memory cannot be locked.</source>
        <translation>Ein nur im Arbeitsspeicher gehaltenes Tagebuch kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Unlock your journal</source>
        <translation>Tagebuch entsperren</translation>
    </message>
    <message>
        <source>Journal locked — type your passphrase.</source>
        <translation>Tagebuch gesperrt – geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>A backup is made when the app starts and when it quits, if the journal changed. Old backups are thinned out: 7 daily, 4 weekly, 12 monthly.</source>
        <translation>Beim Start und beim Beenden der App wird eine Sicherung erstellt, wenn sich das Tagebuch geändert hat. Alte Sicherungen werden ausgedünnt: 7 tägliche, 4 wöchentliche, 12 monatliche.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>Diese Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Kept aside: damaged</source>
        <translation>Beiseitegelegt: beschädigt</translation>
    </message>
    <message>
        <source>Kept aside before a restore</source>
        <translation>Beiseitegelegt vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Put the copy from {0} ({1} ago) in place of the journal? The current journal is kept aside as a file, not deleted.</source>
        <translation>Die Kopie vom {0} (vor {1}) anstelle des Tagebuchs einsetzen? Das jetzige Tagebuch wird als Datei beiseitegelegt, nicht gelöscht.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous month (PageUp)</source>
        <translation>Vorheriger Monat (Bild auf)</translation>
    </message>
    <message>
        <source>Next month (PageDown)</source>
        <translation>Nächster Monat (Bild ab)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (Home)</source>
        <translation>Zu heute springen (Pos1)</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute springen</translation>
    </message>
    <message>
        <source>pain not recorded</source>
        <translation>Schmerz nicht erfasst</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>Check-in erledigt</translation>
    </message>
    <message>
        <source>One drop light, two medium, three heavy flow; hollow: spotting</source>
        <translation>Ein Tropfen leichte, zwei mittlere, drei starke Blutung; hohl: Schmierblutung</translation>
    </message>
    <message>
        <source>The next period as predicted from your recent cycles</source>
        <translation>Die nächste Periode, vorhergesagt aus Ihren letzten Zyklen</translation>
    </message>
    <message>
        <source>Days −2, −1 and 1 to 3 around the first day of a period</source>
        <translation>Tage −2, −1 und 1 bis 3 um den ersten Tag einer Periode</translation>
    </message>
    <message>
        <source>A hormonal phase you recorded (pill, IUD, HRT…)</source>
        <translation>Eine von Ihnen erfasste hormonelle Phase (Pille, Spirale, HRT…)</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>predicted period</source>
        <translation>vorhergesagte Periode</translation>
    </message>
    <message>
        <source>perimenstrual window (−2…+3)</source>
        <translation>perimenstruelles Fenster (−2…+3)</translation>
    </message>
    <message>
        <source>hormonal phase</source>
        <translation>hormonelle Phase</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Day of the check-in</source>
        <translation>Tag des Check-ins</translation>
    </message>
    <message>
        <source>Anything else about the day (optional)</source>
        <translation>Sonst noch etwas zum Tag (optional)</translation>
    </message>
    <message>
        <source>Note for the day</source>
        <translation>Notiz zum Tag</translation>
    </message>
    <message>
        <source>&amp;Nothing of note</source>
        <translation>&amp;Nichts Besonderes</translation>
    </message>
    <message>
        <source>Save this day as a quiet day with nothing to note</source>
        <translation>Diesen Tag als ruhigen Tag ohne Besonderheiten speichern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the check-in (Enter)</source>
        <translation>Den Check-in speichern (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Clear check-in</source>
        <translation>&amp;Check-in löschen</translation>
    </message>
    <message>
        <source>Remove this day&apos;s check-in: back to no entry</source>
        <translation>Den Check-in dieses Tages entfernen: wieder kein Eintrag</translation>
    </message>
    <message>
        <source>&amp;Manage factors…</source>
        <translation>Faktoren &amp;verwalten…</translation>
    </message>
    <message>
        <source>Add, rename, hide, reorder or mark factors</source>
        <translation>Faktoren hinzufügen, umbenennen, ausblenden, umsortieren oder markieren</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Check-in for today</source>
        <translation>Check-in für heute</translation>
    </message>
    <message>
        <source>Check-in for {0}</source>
        <translation>Check-in für {0}</translation>
    </message>
    <message>
        <source>No check-in for this day yet.</source>
        <translation>Für diesen Tag gibt es noch keinen Check-in.</translation>
    </message>
    <message>
        <source>Checked in: nothing of note.</source>
        <translation>Check-in erledigt: nichts Besonderes.</translation>
    </message>
    <message>
        <source>Checked in: 1 factor recorded.</source>
        <translation>Check-in erledigt: 1 Faktor erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>Checked in: %n factors recorded.</source>
        <translation>
            <numerusform>Check-in: %n Faktor erfasst.</numerusform>
            <numerusform>Check-in: %n Faktoren erfasst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Which column holds what</source>
        <translation>Welche Spalte was enthält</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Pain (0-3)</source>
        <translation>Schmerz (0-3)</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Schmerz (0-10)</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Pain locations</source>
        <translation>Schmerzorte</translation>
    </message>
    <message>
        <source>Affected activities</source>
        <translation>Beeinträchtigte Tätigkeiten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Column for {0}</source>
        <translation>Spalte für {0}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
</context>
<context>
    <name>CountingBox</name>
    <message>
        <source>How this was counted</source>
        <translation>Wie gezählt wurde</translation>
    </message>
</context>
<context>
    <name>CycleTrackingSwitch</name>
    <message>
        <source>Track my menstrual cycle</source>
        <translation>Meinen Menstruationszyklus verfolgen</translation>
    </message>
    <message>
        <source>Off: no period, cycle or hormone views; what was recorded is kept</source>
        <translation>Aus: keine Perioden-, Zyklus- oder Hormonansichten; Erfasstes bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>DamagedJournalDialog</name>
    <message>
        <source>Your journal file was found damaged when the app started.</source>
        <translation>Ihre Tagebuchdatei war beim Start der App beschädigt.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the damaged file was set aside as {0} in {1}, and nothing will be written into it.</source>
        <translation>Nichts wurde gelöscht: Die beschädigte Datei wurde als {0} in {1} beiseitegelegt, und es wird nichts mehr in sie geschrieben.</translation>
    </message>
    <message>
        <source>The newest good backup is from {0} ago ({1}).</source>
        <translation>Die neueste intakte Sicherung ist von vor {0} ({1}).</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Put the backup from {0} ago in place of the damaged file</source>
        <translation>Die Sicherung von vor {0} anstelle der beschädigten Datei einsetzen</translation>
    </message>
    <message>
        <source>There is no backup to restore from.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <source>Entries of the selected day</source>
        <translation>Einträge des gewählten Tages</translation>
    </message>
    <message>
        <source>No entries. A good day, we hope.</source>
        <translation>Keine Einträge. Hoffentlich ein guter Tag.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Put the deleted entry back</source>
        <translation>Den gelöschten Eintrag zurückholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the undo message</source>
        <translation>Die Rückgängig-Meldung schließen</translation>
    </message>
    <message>
        <source>Add attack…</source>
        <translation>Attacke hinzufügen…</translation>
    </message>
    <message>
        <source>Record a past attack on this day</source>
        <translation>Eine vergangene Attacke an diesem Tag erfassen</translation>
    </message>
    <message>
        <source>Log dose…</source>
        <translation>Einnahme erfassen…</translation>
    </message>
    <message>
        <source>Record a medication taken on this day</source>
        <translation>Ein an diesem Tag eingenommenes Medikament erfassen</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Edit the selected entry (Enter)</source>
        <translation>Den gewählten Eintrag bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry (Del); you can undo it</source>
        <translation>Den gewählten Eintrag löschen (Entf); Sie können es rückgängig machen</translation>
    </message>
    <message>
        <source>Period…</source>
        <translation>Periode…</translation>
    </message>
    <message>
        <source>Mark this day as a bleeding day, or change it</source>
        <translation>Diesen Tag als Blutungstag markieren oder ihn ändern</translation>
    </message>
    <message>
        <source>Attack deleted.</source>
        <translation>Attacke gelöscht.</translation>
    </message>
    <message>
        <source>Dose deleted.</source>
        <translation>Einnahme gelöscht.</translation>
    </message>
    <message>
        <source>Headache day deleted.</source>
        <translation>Kopfschmerztag gelöscht.</translation>
    </message>
    <message>
        <source>Attack discarded: nothing was chosen.</source>
        <translation>Attacke verworfen: Es wurde nichts ausgewählt.</translation>
    </message>
</context>
<context>
    <name>DeleteAllDialog</name>
    <message>
        <source>Delete all my data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <source>This removes your whole journal, every backup and the app&apos;s settings from this computer. It cannot be undone. These files will be removed:</source>
        <translation>Damit werden Ihr gesamtes Tagebuch, alle Sicherungen und die Einstellungen der App von diesem Computer entfernt. Das kann nicht rückgängig gemacht werden. Diese Dateien werden entfernt:</translation>
    </message>
    <message>
        <source>Files to be removed</source>
        <translation>Dateien, die entfernt werden</translation>
    </message>
    <message>
        <source>Type {0} to confirm:</source>
        <translation>Geben Sie zur Bestätigung {0} ein:</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Bestätigungswort</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Alles löschen</translation>
    </message>
</context>
<context>
    <name>DoseEditor</name>
    <message>
        <source>{0} was taken at {1}. Two different triptans within 24 hours are not usually combined: please check with your doctor or pharmacist.</source>
        <translation>{0} wurde am {1} genommen. Zwei verschiedene Triptane innerhalb von 24 Stunden werden üblicherweise nicht kombiniert: bitte mit Ärztin, Arzt oder Apotheke abklären.</translation>
    </message>
    <message>
        <source>Edit dose</source>
        <translation>Einnahme bearbeiten</translation>
    </message>
    <message>
        <source>Log a dose</source>
        <translation>Eine Einnahme erfassen</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>+ New medication…</source>
        <translation>+ Neues Medikament…</translation>
    </message>
    <message>
        <source>Add a medication that is not listed</source>
        <translation>Ein nicht aufgeführtes Medikament hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Medication</source>
        <translation>&amp;Medikament</translation>
    </message>
    <message>
        <source>&amp;Taken</source>
        <translation>&amp;Eingenommen</translation>
    </message>
    <message>
        <source>e.g. 50 mg, 1 tablet</source>
        <translation>z. B. 50 mg, 1 Tablette</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>Men&amp;ge</translation>
    </message>
    <message>
        <source>&amp;For attack</source>
        <translation>&amp;Für Attacke</translation>
    </message>
    <message>
        <source>Pain at dose</source>
        <translation>Schmerz bei Einnahme</translation>
    </message>
    <message>
        <source>Pain at 2 h</source>
        <translation>Schmerz nach 2 h</translation>
    </message>
    <message>
        <source>Pain at 24 h</source>
        <translation>Schmerz nach 24 h</translation>
    </message>
    <message>
        <source>e.g. dizziness</source>
        <translation>z. B. Schwindel</translation>
    </message>
    <message>
        <source>side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <source>Side &amp;effects</source>
        <translation>Neben&amp;wirkungen</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Choose a medication…</source>
        <translation>Medikament wählen…</translation>
    </message>
    <message>
        <source>{0} (retired)</source>
        <translation>{0} (abgesetzt)</translation>
    </message>
    <message>
        <source>Not for an attack</source>
        <translation>Nicht für eine Attacke</translation>
    </message>
    <message>
        <source>Attack from {0}</source>
        <translation>Attacke vom {0}</translation>
    </message>
    <message>
        <source>Attack from {0} ({1} pain)</source>
        <translation>Attacke vom {0} (Schmerz {1})</translation>
    </message>
</context>
<context>
    <name>ExplanationDialog</name>
    <message>
        <source>How is this counted?</source>
        <translation>Wie wird das gezählt?</translation>
    </message>
</context>
<context>
    <name>FactorsDialog</name>
    <message>
        <source>Manage factors</source>
        <translation>Faktoren verwalten</translation>
    </message>
    <message>
        <source>Your factors, in check-in order</source>
        <translation>Ihre Faktoren in der Reihenfolge des Check-ins</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Selected factor</source>
        <translation>Gewählter Faktor</translation>
    </message>
    <message>
        <source>Name of the selected factor</source>
        <translation>Name des gewählten Faktors</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Role of the selected factor</source>
        <translation>Rolle des gewählten Faktors</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Hidden from the check-in</source>
        <translation>Im Check-in a&amp;usgeblendet</translation>
    </message>
    <message>
        <source>Its recorded values stay in the journal</source>
        <translation>Seine erfassten Werte bleiben im Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Apply changes</source>
        <translation>Änderungen &amp;übernehmen</translation>
    </message>
    <message>
        <source>New factor</source>
        <translation>Neuer Faktor</translation>
    </message>
    <message>
        <source>e.g. Bright light</source>
        <translation>z. B. Helles Licht</translation>
    </message>
    <message>
        <source>Name of the new factor</source>
        <translation>Name des neuen Faktors</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Kind of the new factor</source>
        <translation>Art des neuen Faktors</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>e.g. h, cups</source>
        <translation>z. B. h, Tassen</translation>
    </message>
    <message>
        <source>Unit of the new factor</source>
        <translation>Einheit des neuen Faktors</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>Role of the new factor</source>
        <translation>Rolle des neuen Faktors</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;olle</translation>
    </message>
    <message>
        <source>A&amp;dd factor</source>
        <translation>Faktor &amp;hinzufügen</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
</context>
<context>
    <name>FeaturesBox</name>
    <message>
        <source>How the pain felt</source>
        <translation>Wie sich der Schmerz anfühlte</translation>
    </message>
    <message>
        <source>On one side of the head</source>
        <translation>Auf einer Seite des Kopfes</translation>
    </message>
    <message>
        <source>Pulsating or throbbing</source>
        <translation>Pulsierend oder pochend</translation>
    </message>
    <message>
        <source>Worse with routine activity (walking, stairs), or made me avoid it</source>
        <translation>Schlimmer bei Alltagsaktivität (Gehen, Treppen) oder ließ mich sie meiden</translation>
    </message>
    <message>
        <source>Moderate or severe intensity is taken from the peak pain.</source>
        <translation>Mittlere oder starke Intensität ergibt sich aus dem stärksten Schmerz.</translation>
    </message>
</context>
<context>
    <name>FirstMedicationsDialog</name>
    <message>
        <source>Your usual medications</source>
        <translation>Ihre üblichen Medikamente</translation>
    </message>
    <message>
        <source>Which medications do you usually take for an attack?</source>
        <translation>Welche Medikamente nehmen Sie üblicherweise bei einer Attacke?</translation>
    </message>
    <message>
        <source>Each one gets its own button on the attack screen, so that logging a dose in pain is one tap. You can change them any time under Entry ▸ Medications.</source>
        <translation>Jedes bekommt eine eigene Schaltfläche in der Attackenansicht, damit eine Einnahme unter Schmerzen mit einem Tippen erfasst ist. Sie können sie jederzeit unter Eintrag ▸ Medikamente ändern.</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>&amp;Save these</source>
        <translation>Diese &amp;speichern</translation>
    </message>
</context>
<context>
    <name>ForgottenAttackDialog</name>
    <message>
        <source>An attack is still open</source>
        <translation>Eine Attacke ist noch offen</translation>
    </message>
    <message>
        <source>An attack from {0} is still open. When did it end?</source>
        <translation>Eine Attacke vom {0} ist noch offen. Wann hat sie geendet?</translation>
    </message>
    <message>
        <source>End of the attack</source>
        <translation>Ende der Attacke</translation>
    </message>
    <message>
        <source>&amp;Ended</source>
        <translation>&amp;Geendet</translation>
    </message>
    <message>
        <source>End it and start a new one</source>
        <translation>Beenden und eine neue beginnen</translation>
    </message>
    <message>
        <source>End the attack</source>
        <translation>Die Attacke beenden</translation>
    </message>
    <message>
        <source>It is still going on</source>
        <translation>Sie dauert noch an</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>GenericLine</name>
    <message>
        <source>Active ingredient: {0}</source>
        <translation>Wirkstoff: {0}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Migraine Journal — User guide</source>
        <translation>Migraine Journal – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>Hit6Dialog</name>
    <message>
        <source>HIT-6 total</source>
        <translation>HIT-6-Gesamtwert</translation>
    </message>
    <message>
        <source>HIT-6 is a six-question test of how headaches affect your life. Take it with your doctor or its publisher, then enter the total here (36 to 78).</source>
        <translation>HIT-6 ist ein Test mit sechs Fragen dazu, wie Kopfschmerzen Ihr Leben beeinträchtigen. Machen Sie ihn mit Ihrer Ärztin, Ihrem Arzt oder beim Herausgeber und tragen Sie hier den Gesamtwert ein (36 bis 78).</translation>
    </message>
    <message>
        <source>&amp;Date taken</source>
        <translation>&amp;Datum des Tests</translation>
    </message>
    <message>
        <source>T&amp;otal</source>
        <translation>&amp;Gesamtwert</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Shows once a total from 36 to 78 is entered.</source>
        <translation>Erscheint, sobald ein Gesamtwert von 36 bis 78 eingetragen ist.</translation>
    </message>
</context>
<context>
    <name>HowCountedButton</name>
    <message>
        <source>How is this counted?</source>
        <translation>Wie wird das gezählt?</translation>
    </message>
    <message>
        <source>How the journal counts: %s</source>
        <translation>Wie das Tagebuch zählt: %s</translation>
    </message>
    <message>
        <source>How is this counted: %s</source>
        <translation>Wie wird das gezählt: %s</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from another app</source>
        <translation>Aus einer anderen App importieren</translation>
    </message>
    <message>
        <source>Migraine Buddy export</source>
        <translation>Migraine-Buddy-Export</translation>
    </message>
    <message>
        <source>Clue measurements</source>
        <translation>Clue-Messwerte</translation>
    </message>
    <message>
        <source>drip. export</source>
        <translation>drip.-Export</translation>
    </message>
    <message>
        <source>Apple Health export</source>
        <translation>Apple-Health-Export</translation>
    </message>
    <message>
        <source>Flo data export</source>
        <translation>Flo-Datenexport</translation>
    </message>
    <message>
        <source>Bearable export</source>
        <translation>Bearable-Export</translation>
    </message>
    <message>
        <source>Headi diary export</source>
        <translation>Headi-Tagebuchexport</translation>
    </message>
    <message>
        <source>Daylio export</source>
        <translation>Daylio-Export</translation>
    </message>
    <message>
        <source>Migraine Journal export</source>
        <translation>Migraine-Journal-Export</translation>
    </message>
    <message>
        <source>CSV of attacks</source>
        <translation>CSV mit Attacken</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Die Datei wird gelesen</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Die zu importierende Datei wählen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format of the file</source>
        <translation>Format der Datei</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>What the import will add</source>
        <translation>Was der Import hinzufügt</translation>
    </message>
    <message>
        <source>Good to know:</source>
        <translation>Gut zu wissen:</translation>
    </message>
    <message>
        <source>How the file writes its dates</source>
        <translation>Wie die Datei ihre Daten schreibt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Tag zuerst (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Monat zuerst (12/31/2026)</translation>
    </message>
    <message>
        <source>&amp;Dates are written:</source>
        <translation>&amp;Daten sind geschrieben:</translation>
    </message>
    <message>
        <source>Exports (*.json *.csv *.txt *.xml *.zip *.cluedata);;JSON files (*.json);;CSV files (*.csv *.txt);;Apple Health (*.zip *.xml);;All files (*)</source>
        <translation>Exporte (*.json *.csv *.txt *.xml *.zip *.cluedata);;JSON-Dateien (*.json);;CSV-Dateien (*.csv *.txt);;Apple Health (*.zip *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Dates such as “{0}” could be day first or month first, and nothing in the file tells which: choose how the file writes its dates.</source>
        <translation>Daten wie „{0}“ können mit dem Tag oder dem Monat beginnen, und nichts in der Datei verrät es: wählen Sie, wie die Datei ihre Daten schreibt.</translation>
    </message>
    <message>
        <source>Date of the attack: {0}.</source>
        <translation>Tag der Attacke: {0}.</translation>
    </message>
    <message>
        <source>Dates of the attacks: {0}.</source>
        <translation>Zeitraum der Attacken: {0}.</translation>
    </message>
    <message>
        <source>Problem with the file</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the file</source>
        <translation>Die Datei importieren</translation>
    </message>
    <message>
        <source>Good to know about this file</source>
        <translation>Gut zu wissen zu dieser Datei</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Eine Datei importieren</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Insights charts</source>
        <translation>Diagramme der Auswertung</translation>
    </message>
    <message>
        <source>Nothing recorded in this span yet. Attacks, medication and daily check-ins you record will show here.</source>
        <translation>In diesem Zeitraum ist noch nichts erfasst. Attacken, Medikamente und tägliche Check-ins, die Sie erfassen, erscheinen hier.</translation>
    </message>
    <message>
        <source>Span of the insights</source>
        <translation>Zeitraum der Auswertung</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>{0} – {1} (1 day)</source>
        <translation>{0} – {1} (1 Tag)</translation>
    </message>
    <message numerus="yes">
        <source>{0} – {1} (%n days)</source>
        <translation>
            <numerusform>{0} – {1} (%n Tag)</numerusform>
            <numerusform>{0} – {1} (%n Tage)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Your journal is one file on this computer:</source>
        <translation>Ihr Tagebuch ist eine Datei auf diesem Computer:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Move journal…</source>
        <translation>Tagebuch verschieben…</translation>
    </message>
    <message>
        <source>Moving takes the journal and its backups to the new folder; the app opens it there from now on.</source>
        <translation>Beim Verschieben kommen das Tagebuch und seine Sicherungen in den neuen Ordner; die App öffnet es künftig dort.</translation>
    </message>
    <message>
        <source>Use on several computers…</source>
        <translation>Auf mehreren Computern verwenden…</translation>
    </message>
    <message>
        <source>Move the journal to</source>
        <translation>Tagebuch verschieben nach</translation>
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
        <translation>Attackenansicht, 2-Stunden-Frage</translation>
    </message>
    <message>
        <source>Chooses the pain.</source>
        <translation>Wählt den Schmerz.</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Attack screen</source>
        <translation>Attackenansicht</translation>
    </message>
    <message>
        <source>Done for now: closes it, the attack goes on.</source>
        <translation>Vorerst fertig: schließt sie, die Attacke dauert an.</translation>
    </message>
    <message>
        <source>Page Up, Page Down</source>
        <translation>Bild auf, Bild ab</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Previous or next month.</source>
        <translation>Vorheriger oder nächster Monat.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <source>Today.</source>
        <translation>Heute.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>The day&apos;s entries</source>
        <translation>Die Einträge des Tages</translation>
    </message>
    <message>
        <source>Edits the selected entry.</source>
        <translation>Bearbeitet den gewählten Eintrag.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Deletes the selected entry (Undo puts it back).</source>
        <translation>Löscht den gewählten Eintrag (Rückgängig holt ihn zurück).</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Saves the check-in.</source>
        <translation>Speichert den Check-in.</translation>
    </message>
    <message>
        <source>Y, N</source>
        <translation>J, N</translation>
    </message>
    <message>
        <source>Answers a yes/no factor.</source>
        <translation>Beantwortet einen Ja/Nein-Faktor.</translation>
    </message>
</context>
<context>
    <name>LocationsBox</name>
    <message>
        <source>Where it hurt</source>
        <translation>Wo es wehtat</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Journal locked — type your passphrase</source>
        <translation>Tagebuch gesperrt – geben Sie Ihre Passphrase ein</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
</context>
<context>
    <name>LostValuesDialog</name>
    <message>
        <source>Changed on both computers</source>
        <translation>Auf beiden Computern geändert</translation>
    </message>
    <message>
        <source>These entries were changed on two computers before they saw each other&apos;s change. The later change was kept; the other one is listed here, so you can take it back.</source>
        <translation>Diese Einträge wurden auf zwei Computern geändert, bevor diese die Änderung des anderen kannten. Die spätere Änderung wurde behalten; die andere steht hier, damit Sie sie zurückholen können.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Take back the lost value</source>
        <translation>Verlorenen Wert zurückholen</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>So lassen</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attacke</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Einnahme</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Tageseintrag</translation>
    </message>
    <message>
        <source>Day record</source>
        <translation>Tagesvermerk</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Period day</source>
        <translation>Periodentag</translation>
    </message>
    <message>
        <source>Hormonal phase</source>
        <translation>Hormonphase</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Treatment session</source>
        <translation>Behandlungstermin</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
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
        <translation>Notiz für den Arztbesuch</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Edited on one computer, deleted on the other</source>
        <translation>Auf einem Computer bearbeitet, auf dem anderen gelöscht</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>pain 0-10</source>
        <translation>Schmerz 0–10</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>factors of the day</source>
        <translation>Faktoren des Tages</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>Blutungsstärke</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>An attack is already in progress.</source>
        <translation>Eine Attacke läuft bereits.</translation>
    </message>
    <message>
        <source>Attack ended at {0}.</source>
        <translation>Attacke beendet um {0}.</translation>
    </message>
    <message>
        <source>The attack is open again.</source>
        <translation>Die Attacke ist wieder offen.</translation>
    </message>
    <message>
        <source>Journal: {0}</source>
        <translation>Tagebuch: {0}</translation>
    </message>
    <message>
        <source>kept in memory only</source>
        <translation>nur im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Im&amp;portieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Entry</source>
        <translation>&amp;Eintrag</translation>
    </message>
    <message>
        <source>&amp;Attack now</source>
        <translation>&amp;Attacke jetzt</translation>
    </message>
    <message>
        <source>&amp;New attack…</source>
        <translation>&amp;Neue Attacke…</translation>
    </message>
    <message>
        <source>&amp;Log medication…</source>
        <translation>Medikament &amp;erfassen…</translation>
    </message>
    <message>
        <source>&amp;Medications…</source>
        <translation>&amp;Medikamente…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark mode</source>
        <translation>&amp;Dunkler Modus</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Migraine Journal</source>
        <translation>Üb&amp;er Migraine Journal</translation>
    </message>
    <message>
        <source>The whole journal, JSON (*.json)</source>
        <translation>Das ganze Tagebuch, JSON (*.json)</translation>
    </message>
    <message>
        <source>Tables for a spreadsheet, CSV (*.csv)</source>
        <translation>Tabellen für eine Tabellenkalkulation, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the journal (the file is not encrypted)</source>
        <translation>Das Tagebuch exportieren (die Datei ist nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>Exported to {0}. The file is not encrypted: keep it somewhere private.</source>
        <translation>Exportiert nach {0}. Die Datei ist nicht verschlüsselt: Bewahren Sie sie an einem privaten Ort auf.</translation>
    </message>
    <message>
        <source>Exported {0} to {1}. The files are not encrypted: keep them somewhere private.</source>
        <translation>{0} exportiert nach {1}. Die Dateien sind nicht verschlüsselt: Bewahren Sie sie an einem privaten Ort auf.</translation>
    </message>
    <message>
        <source>Check-ins are for today and days gone by.</source>
        <translation>Check-ins gibt es für heute und vergangene Tage.</translation>
    </message>
    <message>
        <source>Daily check-in</source>
        <translation>Tageseintrag</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Behandlungen</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Arztbesuch</translation>
    </message>
    <message>
        <source>Check &amp;in today</source>
        <translation>Heute ein&amp;checken</translation>
    </message>
    <message>
        <source>Start &amp;period on selected day</source>
        <translation>&amp;Periode am gewählten Tag beginnen</translation>
    </message>
    <message>
        <source>&amp;Hormonal phases…</source>
        <translation>&amp;Hormonelle Phasen…</translation>
    </message>
    <message>
        <source>Tracked &amp;factors…</source>
        <translation>Erfasste Fa&amp;ktoren…</translation>
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
        <translation>Fra&amp;ge für den Arztbesuch…</translation>
    </message>
    <message>
        <source>Pe&amp;riod…</source>
        <translation>Peri&amp;ode…</translation>
    </message>
    <message>
        <source>Track menstrual &amp;cycle</source>
        <translation>Menstruations&amp;zyklus verfolgen</translation>
    </message>
    <message>
        <source>Off: no period, cycle or hormone marks; records are kept</source>
        <translation>Aus: keine Perioden-, Zyklus- oder Hormonmarkierungen; Erfasstes bleibt erhalten</translation>
    </message>
    <message>
        <source>The check-in of {0} is not saved yet: its reason is shown below.</source>
        <translation>Der Check-in vom {0} ist noch nicht gespeichert: Der Grund steht unten.</translation>
    </message>
    <message>
        <source>Period marked on {0}.</source>
        <translation>Periode am {0} markiert.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>MedicationChooser</name>
    <message>
        <source>Another medication, e.g. Maxalt or Naproxen</source>
        <translation>Ein anderes Medikament, z. B. Maxalt oder Naproxen</translation>
    </message>
    <message>
        <source>Name of another medication</source>
        <translation>Name eines anderen Medikaments</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Took it</source>
        <translation>&amp;Genommen</translation>
    </message>
    <message>
        <source>Medications to choose from</source>
        <translation>Medikamente zur Auswahl</translation>
    </message>
    <message>
        <source>Record a dose of {0} now</source>
        <translation>Jetzt eine Einnahme von {0} erfassen</translation>
    </message>
    <message>
        <source>{0} is {1}: one button for both, named {0}.</source>
        <translation>{0} ist {1}: eine Schaltfläche für beide, benannt {0}.</translation>
    </message>
</context>
<context>
    <name>MedicationsDialog</name>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Your medications</source>
        <translation>Ihre Medikamente</translation>
    </message>
    <message>
        <source>e.g. Sumatriptan or Maxalt</source>
        <translation>z. B. Sumatriptan oder Maxalt</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Klasse</translation>
    </message>
    <message>
        <source>For attacks (acute)</source>
        <translation>Für Attacken (akut)</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>Vorbeugend</translation>
    </message>
    <message>
        <source>&amp;Used</source>
        <translation>&amp;Verwendung</translation>
    </message>
    <message>
        <source>e.g. 50 mg</source>
        <translation>z. B. 50 mg</translation>
    </message>
    <message>
        <source>Usual &amp;dose</source>
        <translation>Übliche &amp;Dosis</translation>
    </message>
    <message>
        <source>Ne&amp;w medication</source>
        <translation>Ne&amp;ues Medikament</translation>
    </message>
    <message>
        <source>Start a new medication</source>
        <translation>Ein neues Medikament beginnen</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Absetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>Medikament bearbeiten</translation>
    </message>
    <message>
        <source>New medication</source>
        <translation>Neues Medikament</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>Show it in the pickers again</source>
        <translation>Wieder in den Auswahllisten zeigen</translation>
    </message>
    <message>
        <source>Take it out of the pickers; its doses stay in the journal</source>
        <translation>Aus den Auswahllisten nehmen; seine Einnahmen bleiben im Tagebuch</translation>
    </message>
    <message>
        <source>“{0}” is a preventive treatment (since {1}): its dose, dates, effect and side effects are kept in Treatments. Change them there.</source>
        <translation>„{0}“ ist eine vorbeugende Behandlung (seit {1}): Dosis, Daten, Wirkung und Nebenwirkungen stehen unter Behandlungen. Ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>“{0}” is a preventive treatment ({1}): its dose, dates, effect and side effects are kept in Treatments. Change them there.</source>
        <translation>„{0}“ ist eine vorbeugende Behandlung ({1}): Dosis, Daten, Wirkung und Nebenwirkungen stehen unter Behandlungen. Ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>Open in &amp;Treatments</source>
        <translation>In &amp;Behandlungen öffnen</translation>
    </message>
    <message>
        <source>Show this course in the Treatments tab</source>
        <translation>Diese Behandlung im Reiter Behandlungen zeigen</translation>
    </message>
    <message>
        <source>A preventive is kept in Treatments, with the day you started it, its dose and its effect, so it is entered once and counted once.</source>
        <translation>Eine Prophylaxe steht unter Behandlungen, mit dem Tag des Beginns, ihrer Dosis und ihrer Wirkung: so wird sie einmal eingetragen und einmal gezählt.</translation>
    </message>
    <message>
        <source>Add to &amp;Treatments…</source>
        <translation>Zu &amp;Behandlungen hinzufügen…</translation>
    </message>
    <message>
        <source>Add it as a course in the Treatments tab</source>
        <translation>Als Behandlung im Reiter Behandlungen hinzufügen</translation>
    </message>
    <message>
        <source>Saved “{0}”.</source>
        <translation>„{0}“ gespeichert.</translation>
    </message>
    <message>
        <source>“{0}” is retired; its doses stay in the journal.</source>
        <translation>„{0}“ ist abgesetzt; seine Einnahmen bleiben im Tagebuch.</translation>
    </message>
    <message>
        <source>“{0}” is back in the pickers.</source>
        <translation>„{0}“ ist wieder in den Auswahllisten.</translation>
    </message>
</context>
<context>
    <name>MidasDialog</name>
    <message>
        <source>MIDAS: headache and daily life</source>
        <translation>MIDAS: Kopfschmerz und Alltag</translation>
    </message>
    <message>
        <source>Think back over the last 3 months and count days (0 if none). The questions are our own summary of MIDAS (Stewart et al. 1999); your doctor may give you the original form.</source>
        <translation>Denken Sie an die letzten 3 Monate zurück und zählen Sie die Tage (0, wenn keine). Die Fragen sind unsere eigene Zusammenfassung von MIDAS (Stewart et al. 1999); Ihre Ärztin oder Ihr Arzt kann Ihnen das Originalformular geben.</translation>
    </message>
    <message>
        <source>&amp;Filled in on</source>
        <translation>&amp;Ausgefüllt am</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Days with any headache</source>
        <translation>Tage mit irgendeinem Kopfschmerz</translation>
    </message>
    <message>
        <source>days (optional)</source>
        <translation>Tage (optional)</translation>
    </message>
    <message>
        <source>A. Days with any headache</source>
        <translation>A. Tage mit irgendeinem Kopfschmerz</translation>
    </message>
    <message>
        <source>Usual pain of those headaches, 0 to 10</source>
        <translation>Üblicher Schmerz dieser Kopfschmerzen, 0 bis 10</translation>
    </message>
    <message>
        <source>0-10 (optional)</source>
        <translation>0-10 (optional)</translation>
    </message>
    <message>
        <source>B. Usual pain of those headaches, 0 (none) to 10 (worst)</source>
        <translation>B. Üblicher Schmerz dieser Kopfschmerzen, 0 (keiner) bis 10 (schlimmster)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Days you missed work or school because of headache</source>
        <translation>Tage, an denen Sie wegen Kopfschmerzen bei der Arbeit oder in der Schule gefehlt haben</translation>
    </message>
    <message>
        <source>Other days your work or school output was cut by half or more (not counting the days above)</source>
        <translation>Weitere Tage, an denen Ihre Leistung bei der Arbeit oder in der Schule um die Hälfte oder mehr vermindert war (ohne die Tage oben)</translation>
    </message>
    <message>
        <source>Days you did no housework because of headache</source>
        <translation>Tage, an denen Sie wegen Kopfschmerzen keine Hausarbeit gemacht haben</translation>
    </message>
    <message>
        <source>Other days your housework output was cut by half or more (not counting the days above)</source>
        <translation>Weitere Tage, an denen Ihre Leistung bei der Hausarbeit um die Hälfte oder mehr vermindert war (ohne die Tage oben)</translation>
    </message>
    <message>
        <source>Days you missed family, social or leisure time because of headache</source>
        <translation>Tage, an denen Sie wegen Kopfschmerzen Familien-, Gesellschafts- oder Freizeitaktivitäten versäumt haben</translation>
    </message>
    <message>
        <source>Score and grade show once the five counts are filled in.</source>
        <translation>Wert und Grad erscheinen, sobald die fünf Zahlen eingetragen sind.</translation>
    </message>
    <message>
        <source>Score {0} · grade {1}</source>
        <translation>Wert {0} · Grad {1}</translation>
    </message>
</context>
<context>
    <name>MissingJournalDialog</name>
    <message>
        <source>Your journal file is missing, but copies of it are still there.</source>
        <translation>Ihre Tagebuchdatei fehlt, aber Kopien davon sind noch da.</translation>
    </message>
    <message>
        <source>The newest good one is {0} ({1}).</source>
        <translation>Die neueste gute ist {0} ({1}).</translation>
    </message>
    <message>
        <source>None of them could be checked as good.</source>
        <translation>Keine davon ließ sich als gut prüfen.</translation>
    </message>
    <message>
        <source>Starting an empty journal leaves every copy where it is; you can restore one later in Settings ▸ Backups.</source>
        <translation>Ein leeres Tagebuch zu beginnen lässt jede Kopie, wo sie ist; Sie können später eine unter Einstellungen ▸ Sicherungen wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month calendar</source>
        <translation>Monatskalender</translation>
    </message>
    <message>
        <source>Arrow keys move the day, Page Up and Page Down the month, Home goes to today, Enter opens the day</source>
        <translation>Die Pfeiltasten wechseln den Tag, Bild auf und Bild ab den Monat, Pos1 springt zu heute, Eingabe öffnet den Tag</translation>
    </message>
    <message>
        <source>Start period here</source>
        <translation>Periode hier beginnen</translation>
    </message>
    <message>
        <source>Period…</source>
        <translation>Periode…</translation>
    </message>
</context>
<context>
    <name>NewMedicationForm</name>
    <message>
        <source>New medication</source>
        <translation>Neues Medikament</translation>
    </message>
    <message>
        <source>e.g. Sumatriptan or Maxalt</source>
        <translation>z. B. Sumatriptan oder Maxalt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>For attacks (acute)</source>
        <translation>Für Attacken (akut)</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>Vorbeugend</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>e.g. 50 mg</source>
        <translation>z. B. 50 mg</translation>
    </message>
    <message>
        <source>Usual dose</source>
        <translation>Übliche Dosis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Medikament hinzufügen</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Use at least {0} characters.</source>
        <translation>Verwenden Sie mindestens {0} Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Export first…</source>
        <translation>Zuerst exportieren…</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Noch einmal eingeben:</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Schützen</translation>
    </message>
</context>
<context>
    <name>OpenAttackBanner</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the attack screen: pain, symptoms, medication</source>
        <translation>Die Attacken-Ansicht öffnen: Schmerz, Symptome, Medikamente</translation>
    </message>
    <message>
        <source>&amp;End attack now</source>
        <translation>Attacke jetzt &amp;beenden</translation>
    </message>
    <message>
        <source>The attack ends at the current time</source>
        <translation>Die Attacke endet zur aktuellen Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>The attack was ended by mistake: open it again</source>
        <translation>Die Attacke wurde versehentlich beendet: wieder öffnen</translation>
    </message>
    <message>
        <source>Attack ended — Undo if that was a mistake</source>
        <translation>Attacke beendet – Rückgängig, falls das ein Versehen war</translation>
    </message>
    <message numerus="yes">
        <source>%n other attack is still open too, since {0}: end it if it is over.</source>
        <translation>
            <numerusform>%n weitere Attacke ist auch noch offen, seit {0}: Beenden Sie sie, wenn sie vorbei ist.</numerusform>
            <numerusform>%n weitere Attacken sind auch noch offen, seit {0}: Beenden Sie sie, wenn sie vorbei sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other attacks are still open too, the first since {0}: end those that are over.</source>
        <translation>
            <numerusform>%n weitere Attacke ist auch noch offen, seit {0}: Beenden Sie sie, wenn sie vorbei ist.</numerusform>
            <numerusform>%n weitere Attacken sind auch noch offen, die erste seit {0}: Beenden Sie die, die vorbei sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attack in progress since {0}</source>
        <translation>Attacke läuft seit {0}</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>Preview of page 1</source>
        <translation>Vorschau von Seite 1</translation>
    </message>
    <message>
        <source>Page 1, as it will be printed</source>
        <translation>Seite 1, wie sie gedruckt wird</translation>
    </message>
    <message>
        <source>A picture of the page needs pdftoppm (poppler-utils).</source>
        <translation>Für ein Bild der Seite wird pdftoppm (poppler-utils) benötigt.</translation>
    </message>
</context>
<context>
    <name>PainFollowUpDialog</name>
    <message>
        <source>your medication</source>
        <translation>Ihr Medikament</translation>
    </message>
    <message>
        <source>({0} hours after {1} at {2})</source>
        <translation>({0} Stunden nach {1} um {2})</translation>
    </message>
    <message>
        <source>How is your pain now?</source>
        <translation>Wie ist Ihr Schmerz jetzt?</translation>
    </message>
    <message>
        <source>Ask me later</source>
        <translation>Später fragen</translation>
    </message>
    <message>
        <source>Close; the question comes back later</source>
        <translation>Schließen; die Frage kommt später wieder</translation>
    </message>
    <message>
        <source>Press Tab, then 0 to 3, or click a pain.</source>
        <translation>Drücken Sie Tab, dann 0 bis 3, oder klicken Sie auf einen Schmerz.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>That passphrase does not open this journal.</source>
        <translation>Diese Passphrase öffnet dieses Tagebuch nicht.</translation>
    </message>
    <message>
        <source>That recovery code does not open this journal.</source>
        <translation>Dieser Wiederherstellungscode öffnet dieses Tagebuch nicht.</translation>
    </message>
    <message>
        <source>Open your journal</source>
        <translation>Ihr Tagebuch öffnen</translation>
    </message>
    <message>
        <source>This journal is protected. Type your passphrase.</source>
        <translation>Dieses Tagebuch ist geschützt. Geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Forgot it? Use your recovery code</source>
        <translation>Vergessen? Verwenden Sie Ihren Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down or printed.</source>
        <translation>Geben Sie den Wiederherstellungscode ein, den Sie aufgeschrieben oder ausgedruckt haben.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
</context>
<context>
    <name>PatientFields</name>
    <message>
        <source>Patient (optional)</source>
        <translation>Patient/in (optional)</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Name der Patientin / des Patienten</translation>
    </message>
    <message>
        <source>Printed only if typed</source>
        <translation>Wird nur gedruckt, wenn eingegeben</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>for example {0}</source>
        <translation>zum Beispiel {0}</translation>
    </message>
    <message>
        <source>&amp;Remember for next time</source>
        <translation>Für das nächste Mal &amp;merken</translation>
    </message>
    <message>
        <source>Remember name and date of birth</source>
        <translation>Name und Geburtsdatum merken</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s settings for you, never in the journal.</source>
        <translation>Für Sie in den Einstellungen dieses Computers gespeichert, nie im Tagebuch.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>Write the date of birth like {0}.</source>
        <translation>Schreiben Sie das Geburtsdatum wie {0}.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Check the year of birth.</source>
        <translation>Prüfen Sie das Geburtsjahr.</translation>
    </message>
</context>
<context>
    <name>PeriodDayDialog</name>
    <message>
        <source>Period on {0}</source>
        <translation>Periode am {0}</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Blutung</translation>
    </message>
    <message>
        <source>&amp;Flow</source>
        <translation>&amp;Blutung</translation>
    </message>
    <message>
        <source>&amp;Withdrawal bleed (pill break or cyclical HRT)</source>
        <translation>&amp;Abbruchblutung (Pillenpause oder zyklische HRT)</translation>
    </message>
    <message>
        <source>Counts as a period for the days around it, but is marked as withdrawal</source>
        <translation>Zählt für die umliegenden Tage als Periode, ist aber als Abbruchblutung markiert</translation>
    </message>
    <message>
        <source>&amp;Remove bleeding</source>
        <translation>Blutung &amp;entfernen</translation>
    </message>
    <message>
        <source>This day was not a bleeding day</source>
        <translation>Dieser Tag war kein Blutungstag</translation>
    </message>
    <message>
        <source>Choose the flow, or remove the bleeding.</source>
        <translation>Wählen Sie die Blutungsstärke oder entfernen Sie die Blutung.</translation>
    </message>
</context>
<context>
    <name>PhaseEditor</name>
    <message>
        <source>Edit phase</source>
        <translation>Phase bearbeiten</translation>
    </message>
    <message>
        <source>Add a hormonal phase</source>
        <translation>Eine hormonelle Phase hinzufügen</translation>
    </message>
    <message>
        <source>Kind of phase</source>
        <translation>Art der Phase</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>e.g. brand, dose, reason</source>
        <translation>z. B. Marke, Dosis, Grund</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>PhasesDialog</name>
    <message>
        <source>Hormonal phases</source>
        <translation>Hormonelle Phasen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a hormonal phase</source>
        <translation>Eine hormonelle Phase hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected phase</source>
        <translation>Die gewählte Phase bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected phase</source>
        <translation>Die gewählte Phase löschen</translation>
    </message>
    <message>
        <source>No phases recorded yet.</source>
        <translation>Noch keine Phasen erfasst.</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>Your journal stays on this computer. The app never connects to the network and sends nothing anywhere.</source>
        <translation>Ihr Tagebuch bleibt auf diesem Computer. Die App verbindet sich nie mit dem Netzwerk und sendet nichts irgendwohin.</translation>
    </message>
    <message>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
        <source>Everything was deleted. These files were removed:
{0}</source>
        <translation>Alles wurde gelöscht. Diese Dateien wurden entfernt:
{0}</translation>
    </message>
</context>
<context>
    <name>ProtectionBox</name>
    <message>
        <source>The exported file is not encrypted: keep it somewhere private.</source>
        <translation>Die exportierte Datei ist nicht verschlüsselt: Bewahren Sie sie an einem privaten Ort auf.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Protect with a passphrase…</source>
        <translation>Mit einer Passphrase schützen…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern…</translation>
    </message>
    <message>
        <source>Turn protection off…</source>
        <translation>Schutz ausschalten…</translation>
    </message>
    <message>
        <source>Lock the journal when idle:</source>
        <translation>Das Tagebuch bei Inaktivität sperren:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>After {0} minutes</source>
        <translation>Nach {0} Minuten</translation>
    </message>
    <message>
        <source>This journal is encrypted and opens only with your passphrase.</source>
        <translation>Dieses Tagebuch ist verschlüsselt und öffnet sich nur mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>This journal is not encrypted: anyone using this computer account can read it.</source>
        <translation>Dieses Tagebuch ist nicht verschlüsselt: Jeder mit diesem Benutzerkonto kann es lesen.</translation>
    </message>
    <message>
        <source>A journal kept only in memory cannot be protected.</source>
        <translation>Ein nur im Arbeitsspeicher gehaltenes Tagebuch kann nicht geschützt werden.</translation>
    </message>
    <message>
        <source>Export the journal (not encrypted)</source>
        <translation>Das Tagebuch exportieren (nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to {0}. {1}</source>
        <translation>Exportiert nach {0}. {1}</translation>
    </message>
    <message>
        <source>Your journal is now protected with a passphrase.</source>
        <translation>Ihr Tagebuch ist jetzt mit einer Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Type your current passphrase (or the recovery code).</source>
        <translation>Geben Sie Ihre aktuelle Passphrase (oder den Wiederherstellungscode) ein.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
        <source>Turn protection off</source>
        <translation>Schutz ausschalten</translation>
    </message>
    <message>
        <source>The journal will be decrypted and stored as a plain file. Type your passphrase (or the recovery code).</source>
        <translation>Das Tagebuch wird entschlüsselt und als normale Datei gespeichert. Geben Sie Ihre Passphrase (oder den Wiederherstellungscode) ein.</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>The journal is no longer encrypted.</source>
        <translation>Das Tagebuch ist nicht mehr verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>QuickMedicationDialog</name>
    <message>
        <source>Which medication?</source>
        <translation>Welches Medikament?</translation>
    </message>
    <message>
        <source>Which medication did you take?</source>
        <translation>Welches Medikament haben Sie genommen?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Migraine Journal recovery code. Keep this paper somewhere safe: it opens your journal if you forget the passphrase.</source>
        <translation>Wiederherstellungscode für Migraine Journal. Bewahren Sie dieses Blatt sicher auf: Es öffnet Ihr Tagebuch, wenn Sie die Passphrase vergessen.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Your journal is now protected. If you forget the passphrase, this recovery code opens the journal. Write it down or print it, and keep it somewhere safe, away from this computer. It is not shown again.</source>
        <translation>Ihr Tagebuch ist jetzt geschützt. Wenn Sie die Passphrase vergessen, öffnet dieser Wiederherstellungscode das Tagebuch. Schreiben Sie ihn auf oder drucken Sie ihn aus und bewahren Sie ihn sicher auf, nicht bei diesem Computer. Er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ich habe ihn aufgeschrieben</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Time for your evening check-in</source>
        <translation>Zeit für Ihren abendlichen Check-in</translation>
    </message>
    <message>
        <source>A follow-up question is waiting</source>
        <translation>Eine Nachfrage wartet</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>Remind me while the app is open</source>
        <translation>Mich erinnern, solange die App geöffnet ist</translation>
    </message>
    <message>
        <source>Evening check-in (only if the day has no entry) at</source>
        <translation>Abendlicher Check-in (nur wenn der Tag keinen Eintrag hat) um</translation>
    </message>
    <message>
        <source>Two hours after a dose, the pain follow-up</source>
        <translation>Zwei Stunden nach einer Einnahme die Schmerz-Nachfrage</translation>
    </message>
    <message>
        <source>Reminders never show health details: only “Time for your evening check-in” or “A follow-up question is waiting”.</source>
        <translation>Erinnerungen zeigen nie Gesundheitsdaten: nur „Zeit für Ihren abendlichen Check-in“ oder „Eine Nachfrage wartet“.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for the doctor</source>
        <translation>Bericht für die Ärztin / den Arzt</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <source>Free-text notes and &amp;questions for the visit</source>
        <translation>Freitext-Notizen und &amp;Fragen für den Arztbesuch</translation>
    </message>
    <message>
        <source>Menstrual &amp;cycle</source>
        <translation>Menstruations&amp;zyklus</translation>
    </message>
    <message>
        <source>A clinic&apos;s own calendar</source>
        <translation>Kalender einer Klinik</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>German DMKG headache calendar (Kopfschmerzkalender)</source>
        <translation>DMKG-Kopfschmerzkalender</translation>
    </message>
    <message>
        <source>Canadian monthly 0-3 grid, with the Migraine Monthly Index</source>
        <translation>Kanadisches Monatsraster 0-3, mit dem Migraine Monthly Index</translation>
    </message>
    <message>
        <source>Adds a page per month in the layout a clinic hands out, filled in from your diary, after the report&apos;s own calendar.</source>
        <translation>Fügt nach dem Kalender des Berichts für jeden Monat eine Seite im Layout hinzu, das eine Klinik ausgibt, aus Ihrem Tagebuch ausgefüllt.</translation>
    </message>
    <message>
        <source>Clinic ca&amp;lendar:</source>
        <translation>Klinik-Ka&amp;lender:</translation>
    </message>
    <message>
        <source>Paper and language</source>
        <translation>Papier und Sprache</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Pa&amp;pierformat:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>The PDF is not encrypted and holds health data: keep it somewhere private and share it only with people you choose.</source>
        <translation>Das PDF ist nicht verschlüsselt und enthält Gesundheitsdaten: Bewahren Sie es an einem privaten Ort auf und geben Sie es nur Menschen Ihrer Wahl.</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Printing from here needs the program pdftoppm (poppler-utils); save the PDF and print it from a PDF viewer.</source>
        <translation>Drucken von hier braucht das Programm pdftoppm (poppler-utils); speichern Sie das PDF und drucken Sie es aus einem PDF-Betrachter.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the report.</source>
        <translation>Korrigieren Sie die markierten Felder, um den Bericht zu sehen.</translation>
    </message>
    <message>
        <source>Nothing was recorded from {0} to {1}. The report would be a single page saying so; choose a longer span to see figures.</source>
        <translation>Vom {0} bis {1} wurde nichts erfasst. Der Bericht wäre eine einzige Seite, die das sagt; wählen Sie einen längeren Zeitraum, um Zahlen zu sehen.</translation>
    </message>
    <message>
        <source>Page 1 will show, among others:</source>
        <translation>Seite 1 zeigt unter anderem:</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Gespeichert unter {0}.</translation>
    </message>
    <message>
        <source>Headache diary</source>
        <translation>Kopfschmerztagebuch</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>Sent 1 page to the printer.</source>
        <translation>1 Seite an den Drucker gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesNotice</name>
    <message>
        <source>Migraine days are now counted as headache specialists count them (ICHD-3): an attack you called a migraine counts when it lasted 30 minutes or more, whatever else you recorded, and a 0-10 rating counts towards “moderate or severe”. An aura counts by itself only when it is typical (sight, feeling or speech). The chronic migraine pattern needs more than 3 whole calendar months, medication overuse counts every day a drug was taken (also to prevent attacks), and a dose taken before any pain, or with the pain at the dose not noted, is counted apart. Some figures you saw before may differ now; your records are all kept as they were.</source>
        <translation>Migränetage werden jetzt so gezählt, wie Kopfschmerzfachleute sie zählen (ICHD-3): Eine Attacke, die Sie Migräne genannt haben, zählt, wenn sie 30 Minuten oder länger dauerte, gleich was Sie sonst erfasst haben, und ein Wert auf der Skala 0-10 zählt für „mittel oder stark“. Eine Aura zählt für sich allein nur, wenn sie typisch ist (Sehen, Fühlen oder Sprechen). Das Muster der chronischen Migräne braucht mehr als 3 ganze Kalendermonate, beim Medikamentenübergebrauch zählt jeder Tag, an dem ein Mittel genommen wurde (auch zur Vorbeugung), und eine Einnahme vor jedem Schmerz oder ohne notierten Schmerz bei der Einnahme wird gesondert gezählt. Manche Zahlen, die Sie früher gesehen haben, können jetzt anders sein; alle Ihre Einträge bleiben, wie sie waren.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Close the note about the counting rules</source>
        <translation>Den Hinweis zu den Zählregeln schließen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Sic&amp;herungen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>Er&amp;innerungen</translation>
    </message>
    <message>
        <source>&amp;Privacy</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <source>The journal is now in {0}.</source>
        <translation>Das Tagebuch ist jetzt in {0}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Menu item or where</source>
        <translation>Menüeintrag oder wo</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie bewirken</translation>
    </message>
</context>
<context>
    <name>SpanPicker</name>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Span of the report</source>
        <translation>Zeitraum des Berichts</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Ze&amp;igen:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>The end is in the future; choose today or earlier.</source>
        <translation>Das Ende liegt in der Zukunft; wählen Sie heute oder früher.</translation>
    </message>
</context>
<context>
    <name>StartTimeDialog</name>
    <message>
        <source>When did it start?</source>
        <translation>Wann hat sie begonnen?</translation>
    </message>
    <message>
        <source>Start of the attack</source>
        <translation>Beginn der Attacke</translation>
    </message>
    <message>
        <source>&amp;Started</source>
        <translation>&amp;Begonnen</translation>
    </message>
    <message>
        <source>Start attack</source>
        <translation>Attacke beginnen</translation>
    </message>
</context>
<context>
    <name>SymptomsBox</name>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Other symptoms…</source>
        <translation>Andere Symptome…</translation>
    </message>
    <message>
        <source>symptom</source>
        <translation>Symptom</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Use on several computers</source>
        <translation>Auf mehreren Computern verwenden</translation>
    </message>
    <message>
        <source>Keep this journal on your other computers through a folder you already keep in step with Syncthing, Nextcloud, Dropbox or a USB stick. The app only reads and writes files there; it never connects to anything.</source>
        <translation>Führen Sie dieses Tagebuch auch auf Ihren anderen Computern, über einen Ordner, den Sie ohnehin mit Syncthing, Nextcloud, Dropbox oder einem USB-Stick abgleichen. Die App liest und schreibt dort nur Dateien; sie verbindet sich mit nichts.</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Kein Ordner gewählt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Sync folder:</source>
        <translation>Abgleichsordner:</translation>
    </message>
    <message>
        <source>This computer&apos;s name</source>
        <translation>Name dieses Computers</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>This computer&apos;s name:</source>
        <translation>Name dieses Computers:</translation>
    </message>
    <message>
        <source>Changed on both computers…</source>
        <translation>Auf beiden Computern geändert…</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Stop syncing; the journal stays whole here</source>
        <translation>Abgleich beenden; das Tagebuch bleibt hier vollständig</translation>
    </message>
    <message>
        <source>The files in the folder are sealed with this journal&apos;s key.</source>
        <translation>Die Dateien im Ordner sind mit dem Schlüssel dieses Tagebuchs versiegelt.</translation>
    </message>
    <message>
        <source>This journal is not protected, so the folder holds your diary readable by anyone who can open its files. Protect the journal (Settings ▸ Privacy) to have them sealed.</source>
        <translation>Dieses Tagebuch ist nicht geschützt, daher liegt Ihr Tagebuch im Ordner lesbar für alle, die seine Dateien öffnen können. Schützen Sie das Tagebuch (Einstellungen ▸ Datenschutz), damit sie versiegelt werden.</translation>
    </message>
    <message>
        <source>The journal file itself is in a folder {0} syncs. Two computers writing one journal file damage it: move the journal out of it (Settings ▸ Journal ▸ Move journal…) and choose a sync folder here instead.</source>
        <translation>Die Tagebuchdatei selbst liegt in einem Ordner, den {0} abgleicht. Schreiben zwei Computer in eine Tagebuchdatei, wird sie beschädigt: Verschieben Sie das Tagebuch dort heraus (Einstellungen ▸ Tagebuch ▸ Tagebuch verschieben…) und wählen Sie stattdessen hier einen Abgleichsordner.</translation>
    </message>
    <message>
        <source>Choose the folder your sync tool keeps in step</source>
        <translation>Den Ordner wählen, den Ihr Abgleichsprogramm abgleicht</translation>
    </message>
    <message>
        <source>Protected sync folder</source>
        <translation>Geschützter Abgleichsordner</translation>
    </message>
    <message>
        <source>1 attack that arrived overlaps an attack of this journal: perhaps the same attack entered on both computers. Look at this day in the diary and delete one where so: {0}</source>
        <translation>1 eingetroffene Attacke überschneidet sich mit einer Attacke dieses Tagebuchs: vielleicht dieselbe Attacke auf beiden Computern eingetragen. Sehen Sie sich diesen Tag im Tagebuch an und löschen Sie gegebenenfalls eine: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n attacks that arrived overlap attacks of this journal: perhaps the same attack entered on both computers. Look at these days in the diary and delete one where so: {0}</source>
        <translation>
            <numerusform>%n eingetroffene Attacke überschneidet sich mit Attacken dieses Tagebuchs: vielleicht dieselbe Attacke auf beiden Computern eingetragen. Sehen Sie sich diese Tage im Tagebuch an und löschen Sie gegebenenfalls eine: {0}</numerusform>
            <numerusform>%n eingetroffene Attacken überschneiden sich mit Attacken dieses Tagebuchs: vielleicht dieselbe Attacke auf beiden Computern eingetragen. Sehen Sie sich diese Tage im Tagebuch an und löschen Sie gegebenenfalls eine: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLine</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Merge with your other computers now</source>
        <translation>Jetzt mit Ihren anderen Computern zusammenführen</translation>
    </message>
    <message>
        <source>Not in step: {0}</source>
        <translation>Nicht abgeglichen: {0}</translation>
    </message>
    <message>
        <source>Syncing through {0}</source>
        <translation>Abgleich über {0}</translation>
    </message>
    <message>
        <source>Changed on both computers: {0}</source>
        <translation>Auf beiden Computern geändert: {0}</translation>
    </message>
    <message>
        <source>No other computer has joined yet</source>
        <translation>Noch kein anderer Computer ist beigetreten</translation>
    </message>
    <message>
        <source>Changes from {0} were refused</source>
        <translation>Änderungen von {0} wurden abgewiesen</translation>
    </message>
    <message>
        <source>Waiting for the first files of {0}</source>
        <translation>Warte auf die ersten Dateien von {0}</translation>
    </message>
    <message>
        <source>{0} has not been seen for {1} days</source>
        <translation>{0} war seit {1} Tagen nicht mehr da</translation>
    </message>
    <message>
        <source>In step with {0}, {1}</source>
        <translation>Abgeglichen mit {0}, {1}</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <source>{0} minutes ago</source>
        <translation>vor {0} Minuten</translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <source>{0} hours ago</source>
        <translation>vor {0} Stunden</translation>
    </message>
    <message>
        <source>{0} days ago</source>
        <translation>vor {0} Tagen</translation>
    </message>
    <message>
        <source>The sync files of {0} were changed after they were written, so nothing from {0} was applied.</source>
        <translation>Die Abgleichsdateien von {0} wurden nach dem Schreiben verändert, daher wurde nichts von {0} übernommen.</translation>
    </message>
    <message>
        <source>The sync files of {0} are sealed with another key, so nothing from {0} was applied.</source>
        <translation>Die Abgleichsdateien von {0} sind mit einem anderen Schlüssel versiegelt, daher wurde nichts von {0} übernommen.</translation>
    </message>
    <message>
        <source>The sync files of {0} are not encrypted in a protected folder, so nothing from {0} was applied.</source>
        <translation>Die Abgleichsdateien von {0} sind in einem geschützten Ordner nicht verschlüsselt, daher wurde nichts von {0} übernommen.</translation>
    </message>
    <message>
        <source>{0} uses a newer version of Migraine Journal; update the app on this computer.</source>
        <translation>{0} verwendet eine neuere Version von Migraine Journal; aktualisieren Sie die App auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Type and press Enter</source>
        <translation>Eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Remove “{0}”</source>
        <translation>„{0}“ entfernen</translation>
    </message>
    <message>
        <source>Remove {0} “{1}”</source>
        <translation>{0} „{1}“ entfernen</translation>
    </message>
</context>
<context>
    <name>TookMedication</name>
    <message>
        <source>{0}{1} at {2}</source>
        <translation>{0}{1} um {2}</translation>
    </message>
    <message>
        <source>Undo last dose</source>
        <translation>Letzte Einnahme rückgängig</translation>
    </message>
    <message>
        <source>Remove the dose you just recorded here</source>
        <translation>Die gerade hier erfasste Einnahme entfernen</translation>
    </message>
    <message>
        <source>Record a dose of {0} now</source>
        <translation>Jetzt eine Einnahme von {0} erfassen</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Andere…</translation>
    </message>
    <message>
        <source>Another medication, time or amount</source>
        <translation>Ein anderes Medikament, eine andere Zeit oder Menge</translation>
    </message>
    <message>
        <source>Add medication…</source>
        <translation>Medikament hinzufügen…</translation>
    </message>
    <message>
        <source>A medication not listed here, by name: taken now</source>
        <translation>Ein hier nicht aufgeführtes Medikament, nach Namen: jetzt genommen</translation>
    </message>
    <message>
        <source>Already recorded — tap Undo last dose if it was a mistake</source>
        <translation>Bereits erfasst – tippen Sie auf „Letzte Einnahme rückgängig“, falls es ein Versehen war</translation>
    </message>
    <message>
        <source>Taken: {0}</source>
        <translation>Eingenommen: {0}</translation>
    </message>
</context>
<context>
    <name>TreatmentsView</name>
    <message>
        <source>&amp;Add treatment…</source>
        <translation>&amp;Behandlung hinzufügen…</translation>
    </message>
    <message>
        <source>Add a preventive, a procedure or a non-drug course</source>
        <translation>Eine Vorbeugung, einen Eingriff oder eine nichtmedikamentöse Behandlung hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>&amp;Sitzung hinzufügen…</translation>
    </message>
    <message>
        <source>Add a dated session to the selected course</source>
        <translation>Der gewählten Behandlung eine datierte Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>Record a side effect of the selected course or session</source>
        <translation>Eine Nebenwirkung der gewählten Behandlung oder Sitzung erfassen</translation>
    </message>
    <message>
        <source>Record side effec&amp;t…</source>
        <translation>Nebenwirkung er&amp;fassen…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Den gewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den gewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Treatments with their sessions and side effects</source>
        <translation>Behandlungen mit ihren Sitzungen und Nebenwirkungen</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Status or severity</source>
        <translation>Status oder Schweregrad</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keine erfasst</translation>
    </message>
    <message>
        <source>since {0}</source>
        <translation>seit {0}</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Ended: {0}</source>
        <translation>Beendet: {0}</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>(1 session)</source>
        <translation>(1 Sitzung)</translation>
    </message>
    <message numerus="yes">
        <source>(%n sessions)</source>
        <translation>
            <numerusform>(%n Sitzung)</numerusform>
            <numerusform>(%n Sitzungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Side effect: {0}</source>
        <translation>Nebenwirkung: {0}</translation>
    </message>
    <message>
        <source>Delete “{0}” with all its sessions and side effects?</source>
        <translation>„{0}“ mit allen Sitzungen und Nebenwirkungen löschen?</translation>
    </message>
    <message>
        <source>Delete this session and its side effects?</source>
        <translation>Diese Sitzung und ihre Nebenwirkungen löschen?</translation>
    </message>
    <message>
        <source>Delete the side effect “{0}”?</source>
        <translation>Die Nebenwirkung „{0}“ löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>VisitNotesView</name>
    <message>
        <source>Questions for the next visit</source>
        <translation>Fragen für den nächsten Arztbesuch</translation>
    </message>
    <message>
        <source>A question or note for your doctor…</source>
        <translation>Eine Frage oder Notiz für Ihre Ärztin oder Ihren Arzt…</translation>
    </message>
    <message>
        <source>Question or note for the visit</source>
        <translation>Frage oder Notiz für den Arztbesuch</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add the question to the list (Enter)</source>
        <translation>Die Frage zur Liste hinzufügen (Eingabe)</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Leave the note as it was</source>
        <translation>Die Notiz so lassen, wie sie war</translation>
    </message>
    <message>
        <source>Questions; tick one when it was answered</source>
        <translation>Fragen; haken Sie eine ab, wenn sie beantwortet ist</translation>
    </message>
    <message>
        <source>Show the questions already marked done</source>
        <translation>Die bereits erledigten Fragen zeigen</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>Bearbe&amp;iten</translation>
    </message>
    <message>
        <source>Change the selected note</source>
        <translation>Die gewählte Notiz ändern</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Die gewählte Notiz löschen</translation>
    </message>
    <message>
        <source>Show done ({0})</source>
        <translation>Erledigte zeigen ({0})</translation>
    </message>
    <message>
        <source>Tick when it was answered</source>
        <translation>Abhaken, wenn sie beantwortet ist</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the changed note (Enter)</source>
        <translation>Die geänderte Notiz speichern (Eingabe)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete “{0}”?</source>
        <translation>„{0}“ löschen?</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>How much migraine disrupts life</source>
        <translation>Wie sehr Migräne das Leben stört</translation>
    </message>
    <message>
        <source>Enter &amp;MIDAS…</source>
        <translation>&amp;MIDAS eingeben…</translation>
    </message>
    <message>
        <source>Days lost to migraine over the last 3 months</source>
        <translation>Durch Migräne verlorene Tage in den letzten 3 Monaten</translation>
    </message>
    <message>
        <source>Enter HIT-&amp;6…</source>
        <translation>HIT-&amp;6 eingeben…</translation>
    </message>
    <message>
        <source>The HIT-6 total you obtained (36-78)</source>
        <translation>Der HIT-6-Gesamtwert, den Sie erhalten haben (36-78)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Earlier MIDAS and HIT-6 results</source>
        <translation>Frühere MIDAS- und HIT-6-Ergebnisse</translation>
    </message>
    <message>
        <source>Not entered yet</source>
        <translation>Noch nicht eingetragen</translation>
    </message>
    <message>
        <source>Score {0}, grade {1} · {2}</source>
        <translation>Wert {0}, Grad {1} · {2}</translation>
    </message>
    <message>
        <source>Total {0}, {1} · {2}</source>
        <translation>Gesamt {0}, {1} · {2}</translation>
    </message>
    <message>
        <source>Score {0}, grade {1}</source>
        <translation>Punktzahl {0}, Grad {1}</translation>
    </message>
    <message>
        <source>Total {0}, {1}</source>
        <translation>Summe {0}, {1}</translation>
    </message>
</context>
<context>
    <name>WindowUndo</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo: end of the attack</source>
        <translation>&amp;Rückgängig: Ende der Attacke</translation>
    </message>
    <message>
        <source>&amp;Undo: {0}</source>
        <translation>&amp;Rückgängig: {0}</translation>
    </message>
</context>
<context>
    <name>_QuietDialog</name>
    <message>
        <source>Day filled in</source>
        <translation>Tag ausgefüllt</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <source>Period: {0} flow</source>
        <translation>Periode (Blutung: {0})</translation>
    </message>
    <message>
        <source> (withdrawal bleed)</source>
        <translation> (Abbruchblutung)</translation>
    </message>
    <message>
        <source>Spotting</source>
        <translation>Schmierblutung</translation>
    </message>
    <message>
        <source>, cycle day 1</source>
        <translation>, Zyklustag 1</translation>
    </message>
    <message>
        <source>Period predicted (a prediction, not a record)</source>
        <translation>Periode vorhergesagt (eine Vorhersage, kein Eintrag)</translation>
    </message>
    <message>
        <source>Perimenstrual window, cycle day {0:+d}</source>
        <translation>Perimenstruelles Fenster, Zyklustag {0:+d}</translation>
    </message>
    <message>
        <source>Hormonal phase: {0}</source>
        <translation>Hormonelle Phase: {0}</translation>
    </message>
    <message>
        <source>spotting</source>
        <translation>Schmierblutung</translation>
    </message>
    <message>
        <source>period day {0}</source>
        <translation>Periodentag {0}</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>period predicted</source>
        <translation>Periode erwartet</translation>
    </message>
    <message>
        <source>withdrawal bleed</source>
        <translation>Abbruchblutung</translation>
    </message>
    <message>
        <source>perimenstrual window, cycle day {0:+d}</source>
        <translation>perimenstruelles Fenster, Zyklustag {0:+d}</translation>
    </message>
    <message>
        <source>No attack</source>
        <translation>Keine Attacke</translation>
    </message>
    <message>
        <source>1 attack</source>
        <translation>1 Attacke</translation>
    </message>
    <message>
        <source>peak pain {0} ({1})</source>
        <translation>stärkster Schmerz {0} ({1})</translation>
    </message>
    <message>
        <source>1 dose</source>
        <translation>1 Einnahme</translation>
    </message>
    <message numerus="yes">
        <source>%n attacks</source>
        <translation>
            <numerusform>%n Attacke</numerusform>
            <numerusform>%n Attacken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doses</source>
        <translation>
            <numerusform>%n Einnahme</numerusform>
            <numerusform>%n Einnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>No medication</source>
        <translation>Kein Medikament</translation>
    </message>
    <message>
        <source>Check-in: yes</source>
        <translation>Check-in: ja</translation>
    </message>
    <message>
        <source>Check-in: no</source>
        <translation>Check-in: nein</translation>
    </message>
    <message>
        <source>medication taken</source>
        <translation>Medikament eingenommen</translation>
    </message>
    <message>
        <source>check-in done</source>
        <translation>Tageseintrag gemacht</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>{0}: nothing recorded</source>
        <translation>{0}: nichts eingetragen</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <extracomment>{0} is the day (&quot;Tuesday, November 24, 2026&quot;), {1} what it holds</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>pain not recorded ({0}/10)</source>
        <translation>Schmerz nicht erfasst ({0}/10)</translation>
    </message>
    <message>
        <source>pain not recorded</source>
        <translation>Schmerz nicht erfasst</translation>
    </message>
    <message>
        <source>Week {0}</source>
        <translation>Woche {0}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Migraine attacks by cycle day</source>
        <translation>Migräneattacken nach Zyklustag</translation>
    </message>
    <message>
        <source>Day 1 is the first day of your period; the shaded days (-2 to +3) are the window around it. There is no day 0.</source>
        <translation>Tag 1 ist der erste Tag Ihrer Periode; die schattierten Tage (-2 bis +3) sind das Fenster darum. Einen Tag 0 gibt es nicht.</translation>
    </message>
    <message>
        <source>No periods recorded yet: record period days to see this chart.</source>
        <translation>Noch keine Perioden erfasst: Erfassen Sie Periodentage, um dieses Diagramm zu sehen.</translation>
    </message>
    <message>
        <source>No period started in this span.</source>
        <translation>In diesem Zeitraum hat keine Periode begonnen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>{0} migraine attacks by the cycle day they started on; {1} of them in the perimenstrual window.</source>
        <translation>{0} Migräneattacken nach dem Zyklustag ihres Beginns; {1} davon im perimenstruellen Fenster.</translation>
    </message>
    <message>
        <source>Cycle day</source>
        <translation>Zyklustag</translation>
    </message>
    <message>
        <source>Migraine attacks started</source>
        <translation>Begonnene Migräneattacken</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Im Fenster</translation>
    </message>
    <message>
        <source>1 migraine attack started</source>
        <translation>1 Migräneattacke begann</translation>
    </message>
    <message>
        <source>{0} migraine attacks started</source>
        <translation>{0} Migräneattacken begannen</translation>
    </message>
    <message>
        <source>Cycle day {0:+d} (in the window): {1}</source>
        <translation>Zyklustag {0:+d} (im Fenster): {1}</translation>
    </message>
    <message>
        <source>Cycle day {0:+d}: {1}</source>
        <translation>Zyklustag {0:+d}: {1}</translation>
    </message>
    <message>
        <source>Factors associated with attacks</source>
        <translation>Mit Attacken zusammenhängende Faktoren</translation>
    </message>
    <message>
        <source>How often an attack started the same or the next day, on days with each factor against check-in days without it. An association, not a cause; faded bars rest on fewer than 10 days.</source>
        <translation>Wie oft am selben oder nächsten Tag eine Attacke begann, an Tagen mit dem jeweiligen Faktor gegenüber Check-in-Tagen ohne ihn. Ein Zusammenhang, keine Ursache; blasse Balken beruhen auf weniger als 10 Tagen.</translation>
    </message>
    <message>
        <source>Days with the factor</source>
        <translation>Tage mit dem Faktor</translation>
    </message>
    <message>
        <source>Days without it</source>
        <translation>Tage ohne ihn</translation>
    </message>
    <message>
        <source>No factors recorded in this span: add them in the daily check-in.</source>
        <translation>In diesem Zeitraum sind keine Faktoren erfasst: Fügen Sie sie im täglichen Check-in hinzu.</translation>
    </message>
    <message>
        <source>with: {0} of {1} ({2}) · without: {3} of {4} ({5})</source>
        <translation>mit: {1}, an {0} davon eine Attacke ({2}) · ohne: {4}, an {3} davon eine Attacke ({5})</translation>
    </message>
    <message>
        <source>1 factor compared</source>
        <translation>1 Faktor verglichen</translation>
    </message>
    <message numerus="yes">
        <source>%n factors compared</source>
        <translation>
            <numerusform>%n Faktor verglichen</numerusform>
            <numerusform>%n Faktoren verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}; an attack followed most often with {1}: {2} of its days.</source>
        <translation>{0}; am häufigsten folgte eine Attacke bei {1}: an {2} seiner Tage.</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Days with</source>
        <translation>Tage mit</translation>
    </message>
    <message>
        <source>Attack followed (with)</source>
        <translation>Attacke folgte (mit)</translation>
    </message>
    <message>
        <source>Rate with</source>
        <translation>Anteil mit</translation>
    </message>
    <message>
        <source>Days without</source>
        <translation>Tage ohne</translation>
    </message>
    <message>
        <source>Attack followed (without)</source>
        <translation>Attacke folgte (ohne)</translation>
    </message>
    <message>
        <source>Rate without</source>
        <translation>Anteil ohne</translation>
    </message>
    <message>
        <source> · few days or attacks</source>
        <translation> · wenige Tage oder Attacken</translation>
    </message>
    <message>
        <source>No attacks followed days with it</source>
        <translation>Auf Tage mit diesem Faktor folgten keine Attacken</translation>
    </message>
    <message>
        <source>{0} times the rate without</source>
        <translation>{0}-mal die Rate ohne</translation>
    </message>
    <message>
        <source>Fewer than 10 days or 5 attacks on one side: too little to go by.</source>
        <translation>Weniger als 10 Tage oder 5 Attacken auf einer Seite: zu wenig, um etwas daraus abzuleiten.</translation>
    </message>
    <message>
        <source>{0} ({1}), associated with attacks:</source>
        <translation>{0} ({1}), Zusammenhang mit Attacken:</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <source>Migraine days, headache days and days with each kind of acute medication. Dashed lines: 10 and 15 days a month, the medication-overuse levels.</source>
        <translation>Migränetage, Kopfschmerztage und Tage mit jeder Art von Akutmedikation. Gestrichelte Linien: 10 und 15 Tage im Monat, die Schwellen für Medikamentenübergebrauch.</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} Tage</translation>
    </message>
    <message>
        <source>Migraine days</source>
        <translation>Migränetage</translation>
    </message>
    <message>
        <source>Headache days</source>
        <translation>Kopfschmerztage</translation>
    </message>
    <message>
        <source>No migraine, headache or medication days in this span.</source>
        <translation>In diesem Zeitraum gibt es keine Migräne-, Kopfschmerz- oder Medikamententage.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Attacks starting</source>
        <translation>Beginnende Attacken</translation>
    </message>
    <message>
        <source>{0} from {1} to {2}: {3} and {4} in all; the most migraine days, {5}, in {6}.</source>
        <translation>{0} von {1} bis {2}: insgesamt {3} und {4}; die meisten Migränetage, {5}, im {6}.</translation>
    </message>
    <message>
        <source> (1 day)</source>
        <translation> (1 Tag)</translation>
    </message>
    <message numerus="yes">
        <source> (%n days)</source>
        <translation>
            <numerusform> (%n Tag)</numerusform>
            <numerusform> (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Migraine days: {0}</source>
        <translation>Migränetage: {0}</translation>
    </message>
    <message>
        <source>Headache days: {0}</source>
        <translation>Kopfschmerztage: {0}</translation>
    </message>
    <message>
        <source>Attacks starting: {0}</source>
        <translation>Beginnende Attacken: {0}</translation>
    </message>
    <message>
        <source>no pain (0)</source>
        <translation>kein Schmerz (0)</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>pain not recorded</source>
        <translation>Schmerz nicht erfasst</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Attacks per day, shaded by the worst pain that day; period days as bands; hormonal phases and treatments in the lanes below.</source>
        <translation>Attacken pro Tag, schattiert nach dem stärksten Schmerz des Tages; Periodentage als Bänder; hormonelle Phasen und Behandlungen in den Spuren darunter.</translation>
    </message>
    <message>
        <source>Period day</source>
        <translation>Periodentag</translation>
    </message>
    <message>
        <source>Hormonal phase</source>
        <translation>Hormonelle Phase</translation>
    </message>
    <message>
        <source>Estrogen stopped</source>
        <translation>Östrogen abgesetzt</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>No attacks recorded in this span.</source>
        <translation>In diesem Zeitraum sind keine Attacken erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n attacks</source>
        <translation>
            <numerusform>%n Attacke</numerusform>
            <numerusform>%n Attacken</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} (since {1})</source>
        <translation>{0} (seit {1})</translation>
    </message>
    <message>
        <source>From {0} to {1}: attacks on {2}, {3} of them with severe pain.</source>
        <translation>Von {0} bis {1}: Attacken an {2}, an {3} davon mit starken Schmerzen.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Attacks</source>
        <translation>Attacken</translation>
    </message>
    <message>
        <source>Peak pain</source>
        <translation>Stärkster Schmerz</translation>
    </message>
    <message>
        <source>Migraine or headache</source>
        <translation>Migräne oder Kopfschmerz</translation>
    </message>
    <message>
        <source>Acute medication</source>
        <translation>Akutmedikation</translation>
    </message>
    <message>
        <source>{0}: session</source>
        <translation>{0}: Sitzung</translation>
    </message>
    <message>
        <source>1 attack</source>
        <translation>1 Attacke</translation>
    </message>
    <message>
        <source>Migraine day</source>
        <translation>Migränetag</translation>
    </message>
    <message>
        <source>Headache day</source>
        <translation>Kopfschmerztag</translation>
    </message>
    <message>
        <source>Acute medication: {0}</source>
        <translation>Akutmedikation: {0}</translation>
    </message>
    <message>
        <source>Not enough data yet.</source>
        <translation>Noch nicht genug Daten.</translation>
    </message>
    <message>
        <source>; 50% fewer or better</source>
        <translation>; 50 % weniger oder besser</translation>
    </message>
    <message>
        <source>; less than 50% fewer</source>
        <translation>; weniger als 50 % weniger</translation>
    </message>
    <message>
        <source>{0} → {1} migraine days per 28</source>
        <translation>{0} → {1} Migränetage pro 28</translation>
    </message>
    <message>
        <source>Before and after each treatment</source>
        <translation>Vor und nach jeder Behandlung</translation>
    </message>
    <message>
        <source>Migraine days per 28 days before each start, and from 4 weeks after it. A treatment needs 2 to 3 months before it can be judged.</source>
        <translation>Migränetage pro 28 Tage vor jedem Beginn und ab 4 Wochen danach. Eine Behandlung braucht 2 bis 3 Monate, bevor sie beurteilt werden kann.</translation>
    </message>
    <message>
        <source>Before the start</source>
        <translation>Vor dem Beginn</translation>
    </message>
    <message>
        <source>From 4 weeks after</source>
        <translation>Ab 4 Wochen danach</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>No treatment started by the end of this span.</source>
        <translation>Bis zum Ende dieses Zeitraums hat keine Behandlung begonnen.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} treatments, each with its migraine days per 28 days before and after it started.</source>
        <translation>{0} Behandlungen, jede mit ihren Migränetagen pro 28 Tage vor und nach ihrem Beginn.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Migraine days per 28 before</source>
        <translation>Migränetage pro 28 davor</translation>
    </message>
    <message>
        <source>Migraine days per 28 after</source>
        <translation>Migränetage pro 28 danach</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Was es zeigt</translation>
    </message>
    <message>
        <source>Before: {0} – {1}</source>
        <translation>Vorher: {0} – {1}</translation>
    </message>
    <message>
        <source>After: {0} – {1}</source>
        <translation>Nachher: {0} – {1}</translation>
    </message>
    <message>
        <source>Sessions: {0}</source>
        <translation>Sitzungen: {0}</translation>
    </message>
    <message>
        <source>{0}, as a table</source>
        <translation>{0}, als Tabelle</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Als Diagramm zeigen</translation>
    </message>
</context>
<context>
    <name>check_in</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>a little</source>
        <translation>ein wenig</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>a lot</source>
        <translation>viel</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>cycle</name>
    <message>
        <source>Spotting</source>
        <translation>Schmierblutung</translation>
    </message>
    <message>
        <source>spotting</source>
        <comment>bleeding amount in running text</comment>
        <translation>Schmierblutung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>light</source>
        <comment>bleeding amount in running text</comment>
        <translation>leicht</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>bleeding amount in running text</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>heavy</source>
        <comment>bleeding amount in running text</comment>
        <translation>stark</translation>
    </message>
    <message>
        <source>This day is already the first day of a period.</source>
        <translation>Dieser Tag ist bereits der erste Tag einer Periode.</translation>
    </message>
    <message>
        <source>This day is already part of the period that started on {0}.</source>
        <translation>Dieser Tag gehört bereits zu der Periode, die am {0} begann.</translation>
    </message>
    <message>
        <source>Period already recorded</source>
        <translation>Periode bereits erfasst</translation>
    </message>
</context>
<context>
    <name>explanations</name>
    <message>
        <source>Migraine days</source>
        <translation>Migränetage</translation>
    </message>
    <message>
        <source>Headache days</source>
        <translation>Kopfschmerztage</translation>
    </message>
    <message>
        <source>Attacks</source>
        <translation>Attacken</translation>
    </message>
    <message>
        <source>Acute medication days</source>
        <translation>Tage mit Akutmedikation</translation>
    </message>
    <message>
        <source>Medication overuse</source>
        <translation>Medikamentenübergebrauch</translation>
    </message>
    <message>
        <source>Chronic migraine pattern</source>
        <translation>Muster einer chronischen Migräne</translation>
    </message>
    <message>
        <source>Menstrual pattern</source>
        <translation>Menstruelles Muster</translation>
    </message>
    <message>
        <source>MIDAS and HIT-6</source>
        <translation>MIDAS und HIT-6</translation>
    </message>
</context>
<context>
    <name>factors</name>
    <message>
        <source>neither</source>
        <translation>keines von beiden</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Keines von beiden</translation>
    </message>
    <message>
        <source>possible trigger</source>
        <translation>möglicher Auslöser</translation>
    </message>
    <message>
        <source>Possible trigger</source>
        <translation>Möglicher Auslöser</translation>
    </message>
    <message>
        <source>possible protector</source>
        <translation>möglicher Schutzfaktor</translation>
    </message>
    <message>
        <source>Possible protector</source>
        <translation>Möglicher Schutzfaktor</translation>
    </message>
    <message>
        <source>Amount in {0}</source>
        <translation>Menge in {0}</translation>
    </message>
    <message>
        <source>amount in {0}</source>
        <translation>Menge in {0}</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>level 0-3</source>
        <translation>Stufe 0-3</translation>
    </message>
    <message>
        <source>Level 0-3</source>
        <translation>Stufe 0-3</translation>
    </message>
    <message>
        <source>yes/no</source>
        <translation>ja/nein</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ja/nein</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>form_widgets</name>
    <message>
        <source>{0} (key {1})</source>
        <translation>{0} (Taste {1})</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Type the amount; leave the dash for not recorded</source>
        <translation>Geben Sie die Menge ein; lassen Sie den Strich für „nicht erfasst“</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Still going on: no end date yet</source>
        <translation>Dauert noch an: noch kein Enddatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
</context>
<context>
    <name>journal_words</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>Triptan</source>
        <translation>Triptan</translation>
    </message>
    <message>
        <source>Ergot</source>
        <translation>Mutterkornalkaloid</translation>
    </message>
    <message>
        <source>Opioid</source>
        <translation>Opioid</translation>
    </message>
    <message>
        <source>Combination analgesic</source>
        <translation>Kombinationsanalgetikum</translation>
    </message>
    <message>
        <source>Simple analgesic / NSAID</source>
        <translation>Einfaches Analgetikum / NSAR</translation>
    </message>
    <message>
        <source>Gepant</source>
        <translation>Gepant</translation>
    </message>
    <message>
        <source>Ditan</source>
        <translation>Ditan</translation>
    </message>
    <message>
        <source>Antiemetic</source>
        <translation>Antiemetikum</translation>
    </message>
    <message>
        <source>Beta blocker</source>
        <translation>Betablocker</translation>
    </message>
    <message>
        <source>Anticonvulsant</source>
        <translation>Antikonvulsivum</translation>
    </message>
    <message>
        <source>Antidepressant</source>
        <translation>Antidepressivum</translation>
    </message>
    <message>
        <source>Angiotensin receptor blocker</source>
        <translation>Angiotensin-Rezeptorblocker</translation>
    </message>
    <message>
        <source>Anti-CGRP antibody</source>
        <translation>Anti-CGRP-Antikörper</translation>
    </message>
    <message>
        <source>Botulinum toxin</source>
        <translation>Botulinumtoxin</translation>
    </message>
    <message>
        <source>Calcium channel blocker</source>
        <translation>Calciumkanalblocker</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Nahrungsergänzung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered: without it (or the recovery code) the journal and its backups cannot be opened by anyone, including you. Exports and PDF reports you save are not encrypted.</source>
        <translation>Eine vergessene Passphrase lässt sich nicht wiederherstellen: Ohne sie (oder den Wiederherstellungscode) kann niemand das Tagebuch und seine Sicherungen öffnen, auch Sie nicht. Exporte und PDF-Berichte, die Sie speichern, sind nicht verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Migraine</source>
        <translation>Migräne</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Kopfschmerz</translation>
    </message>
    <message>
        <source>Aura only</source>
        <translation>Nur Aura</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>Type not given</source>
        <translation>Art nicht angegeben</translation>
    </message>
    <message>
        <source>unknown medication</source>
        <translation>unbekanntes Medikament</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>einer Tabelle</translation>
    </message>
    <message>
        <source>{0} · this day, hours not recorded</source>
        <translation>{0} · an diesem Tag, Stunden nicht erfasst</translation>
    </message>
    <message>
        <source>from {0}, end not recorded</source>
        <translation>ab {0}, Ende nicht erfasst</translation>
    </message>
    <message>
        <source>since {0}, still going on</source>
        <translation>seit {0}, dauert noch an</translation>
    </message>
    <message>
        <source>Unknown medication</source>
        <translation>Unbekanntes Medikament</translation>
    </message>
    <message>
        <source>{0}{1} at {2}</source>
        <translation>{0}{1} um {2}</translation>
    </message>
    <message>
        <source>Period: {0} flow</source>
        <translation>Periode (Blutung: {0})</translation>
    </message>
    <message>
        <source>withdrawal bleed</source>
        <translation>Abbruchblutung</translation>
    </message>
    <message>
        <source>cycle day {0}</source>
        <translation>Zyklustag {0}</translation>
    </message>
    <message>
        <source>imported from {0}</source>
        <translation>importiert aus {0}</translation>
    </message>
    <message>
        <source>Pain not recorded</source>
        <translation>Schmerz nicht erfasst</translation>
    </message>
    <message>
        <source>Pain {0} ({1})</source>
        <translation>Schmerz {0} ({1})</translation>
    </message>
    <message>
        <source>took {0} at {1}</source>
        <translation>{0} um {1} eingenommen</translation>
    </message>
    <message>
        <source>for an attack</source>
        <translation>für eine Attacke</translation>
    </message>
    <message>
        <source>pain at dose {0}</source>
        <translation>Schmerz bei Einnahme {0}</translation>
    </message>
    <message>
        <source>after 2 h {0}</source>
        <translation>nach 2 h {0}</translation>
    </message>
    <message>
        <source>2-hour pain not noted yet</source>
        <translation>Schmerz nach 2 Stunden noch nicht notiert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Usual dose</source>
        <translation>Übliche Dosis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kept in Treatments, as a course</source>
        <translation>Steht unter Behandlungen, als Behandlung</translation>
    </message>
    <message>
        <source>Acute</source>
        <translation>Akut</translation>
    </message>
    <message>
        <source>Preventive</source>
        <translation>Vorbeugend</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>pain</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>phases</name>
    <message>
        <source>Combined pill, cyclic (with a break)</source>
        <translation>Kombinationspille, zyklisch (mit Pause)</translation>
    </message>
    <message>
        <source>Combined pill, continuous</source>
        <translation>Kombinationspille, durchgehend</translation>
    </message>
    <message>
        <source>Progestogen-only contraceptive</source>
        <translation>Gestagen-Monopräparat</translation>
    </message>
    <message>
        <source>Hormonal IUD</source>
        <translation>Hormonspirale</translation>
    </message>
    <message>
        <source>HRT, cyclical</source>
        <translation>HRT, zyklisch</translation>
    </message>
    <message>
        <source>HRT, continuous</source>
        <translation>HRT, durchgehend</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>Postpartum or breastfeeding</source>
        <translation>Wochenbett oder Stillzeit</translation>
    </message>
    <message>
        <source>Perimenopause</source>
        <translation>Perimenopause</translation>
    </message>
    <message>
        <source>Postmenopause</source>
        <translation>Postmenopause</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>since {0} (ongoing)</source>
        <translation>seit {0} (laufend)</translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <source>From the imported file</source>
        <translation>Aus der importierten Datei</translation>
    </message>
    <message>
        <source>The file said “{0}” (still going on), but it was written long after the start: the end is kept unknown.</source>
        <translation>Die Datei sagte „{0}“ (dauert noch an), wurde aber lange nach dem Beginn geschrieben: Das Ende bleibt unbekannt.</translation>
    </message>
    <message>
        <source>“{0}” in an old file: end unknown</source>
        <translation>„{0}“ in einer alten Datei: Ende unbekannt</translation>
    </message>
    <message>
        <source>Rated “{0}” in the file, above severe: kept as severe.</source>
        <translation>In der Datei als „{0}“ bewertet, über stark: als stark übernommen.</translation>
    </message>
    <message>
        <source>rated “{0}” in the file</source>
        <translation>in der Datei als „{0}“ bewertet</translation>
    </message>
    <message>
        <source>Type in the file: {0} (the journal has no such type).</source>
        <translation>Art in der Datei: {0} (diese Art kennt das Tagebuch nicht).</translation>
    </message>
    <message>
        <source>type in the file: {0}</source>
        <translation>Art in der Datei: {0}</translation>
    </message>
    <message>
        <source>Rated {0}/10 in the file, on a 0-10 scale only: the 0-3 pain was not set.</source>
        <translation>In der Datei mit {0}/10 bewertet, nur auf der Skala 0-10: Die Stärke 0-3 wurde nicht gesetzt.</translation>
    </message>
    <message>
        <source>rated {0}/10 only</source>
        <translation>nur mit {0}/10 bewertet</translation>
    </message>
    <message>
        <source>The file gives only the day, not the time of day.</source>
        <translation>Die Datei nennt nur den Tag, nicht die Uhrzeit.</translation>
    </message>
    <message>
        <source>time of day not in the file</source>
        <translation>Uhrzeit nicht in der Datei</translation>
    </message>
    <message>
        <source>The file gives no duration.</source>
        <translation>Die Datei nennt keine Dauer.</translation>
    </message>
    <message>
        <source>no duration in the file</source>
        <translation>keine Dauer in der Datei</translation>
    </message>
    <message>
        <source>The file has no time taken: the attack&apos;s start is used.</source>
        <translation>Die Datei nennt keine Einnahmezeit: Der Beginn der Attacke wird verwendet.</translation>
    </message>
    <message>
        <source>time taken not in the file</source>
        <translation>Einnahmezeit nicht in der Datei</translation>
    </message>
    <message>
        <source>The file noted an aura, but not its kind or duration.</source>
        <translation>Die Datei nennt eine Aura, aber nicht ihre Art oder Dauer.</translation>
    </message>
    <message>
        <source>aura without details in the file</source>
        <translation>Aura ohne Angaben in der Datei</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Imported from {0}. The file also said:</source>
        <translation>Importiert aus {0}. Die Datei sagte außerdem:</translation>
    </message>
    <message>
        <source>Imported from {0}.</source>
        <translation>Importiert aus {0}.</translation>
    </message>
    <message>
        <source>Imported. The file also said:</source>
        <translation>Importiert. Die Datei sagte außerdem:</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>The report cannot be printed from here because the program pdftoppm (poppler-utils) is missing; save the PDF and print it from a PDF viewer.</source>
        <translation>Der Bericht kann von hier aus nicht gedruckt werden, weil das Programm pdftoppm (poppler-utils) fehlt; speichern Sie das PDF und drucken Sie es aus einem PDF-Betrachter.</translation>
    </message>
    <message>
        <source>The report&apos;s pages could not be prepared for the printer; save the PDF and print it from a PDF viewer.</source>
        <translation>Die Seiten des Berichts konnten nicht für den Drucker vorbereitet werden; speichern Sie das PDF und drucken Sie es aus einem PDF-Betrachter.</translation>
    </message>
    <message>
        <source>The printer could not be started; check it and try again.</source>
        <translation>Der Drucker konnte nicht gestartet werden; prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Migraine Journal is already open in another window, so this one was not opened. Switch to that window to go on with your diary.</source>
        <translation>Migraine Journal ist bereits in einem anderen Fenster geöffnet, deshalb wurde dieses nicht geöffnet. Wechseln Sie zu jenem Fenster, um Ihr Tagebuch weiterzuführen.</translation>
    </message>
    <message>
        <source>The backup could not be made ({0}).</source>
        <translation>Die Sicherung konnte nicht erstellt werden ({0}).</translation>
    </message>
    <message>
        <source>A journal kept only in memory cannot be changed this way.</source>
        <translation>Ein nur im Arbeitsspeicher gehaltenes Tagebuch kann so nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>treatments</name>
    <message>
        <source>Preventive medication</source>
        <translation>Vorbeugendes Medikament</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Eingriff</translation>
    </message>
    <message>
        <source>Non-drug treatment</source>
        <translation>Nichtmedikamentöse Behandlung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Edit treatment</source>
        <translation>Behandlung bearbeiten</translation>
    </message>
    <message>
        <source>Add a treatment</source>
        <translation>Eine Behandlung hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Propranolol, Ketamine infusions, Physiotherapy</source>
        <translation>z. B. Propranolol, Ketamin-Infusionen, Physiotherapie</translation>
    </message>
    <message>
        <source>Name of the treatment</source>
        <translation>Name der Behandlung</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Kind of treatment</source>
        <translation>Art der Behandlung</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>e.g. 80 mg daily, 155 units every 12 weeks</source>
        <translation>z. B. 80 mg täglich, 155 Einheiten alle 12 Wochen</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <source>Reason stopped</source>
        <translation>Grund für das Absetzen</translation>
    </message>
    <message>
        <source>e.g. no effect after 3 months, side effects</source>
        <translation>z. B. keine Wirkung nach 3 Monaten, Nebenwirkungen</translation>
    </message>
    <message>
        <source>&amp;Reason stopped</source>
        <translation>&amp;Grund für das Absetzen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>Add a session</source>
        <translation>Eine Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>Date and time of the session</source>
        <translation>Datum und Uhrzeit der Sitzung</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>e.g. 0.5 mg/kg over 40 min, 155 units</source>
        <translation>z. B. 0,5 mg/kg über 40 Min., 155 Einheiten</translation>
    </message>
    <message>
        <source>Dose of the session</source>
        <translation>Dosis der Sitzung</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Edit side effect</source>
        <translation>Nebenwirkung bearbeiten</translation>
    </message>
    <message>
        <source>Record a side effect</source>
        <translation>Eine Nebenwirkung erfassen</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <source>Pick from the list or type your own; it joins the list</source>
        <translation>Aus der Liste wählen oder selbst eingeben; es kommt dann in die Liste</translation>
    </message>
    <message>
        <source>&amp;Side effect</source>
        <translation>Nebenwir&amp;kung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Se&amp;verity</source>
        <translation>Sch&amp;weregrad</translation>
    </message>
    <message>
        <source>Course or session</source>
        <translation>Behandlung oder Sitzung</translation>
    </message>
    <message>
        <source>The course as a whole</source>
        <translation>Die Behandlung als Ganzes</translation>
    </message>
    <message>
        <source>Session of {0}</source>
        <translation>Sitzung vom {0}</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <source>Day noticed</source>
        <translation>Bemerkt am</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>Choose how bad it was.</source>
        <translation>Wählen Sie, wie stark es war.</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Pain {0}: {1} (key {0})</source>
        <translation>Schmerz {0}: {1} (Taste {0})</translation>
    </message>
    <message>
        <source>Pain {0}, {1}</source>
        <translation>Schmerz {0}, {1}</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <extracomment>{0} names the row (&quot;Pain at 2 h&quot;), {1} the button (&quot;1, mild&quot;)</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>No pain value was noted</source>
        <translation>Es wurde kein Schmerzwert notiert</translation>
    </message>
    <message>
        <source>Pain not recorded</source>
        <translation>Schmerz nicht erfasst</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
</TS>
