<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AdherenceChart</name>
        <message>
            <source>Completed</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Partly done or cut short</source>
            <translation>Teilweise erledigt oder abgebrochen</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Expired unanswered</source>
            <translation>Unbeantwortet abgelaufen</translation>
        </message>
        <message>
            <source>Natural breaks (you were away anyway)</source>
            <translation>Natürliche Pausen (du warst sowieso weg)</translation>
        </message>
        <message>
            <source>Week of {day}</source>
            <translation>Woche vom {day}</translation>
        </message>
        <message>
            <source>{when}
Completed {completed} of {offered} offered
Partly done or cut short {partial}, skipped {skipped}, expired {expired}
Natural breaks: {natural}</source>
            <translation>{when}
{completed} von {offered} angebotenen erledigt
Teilweise erledigt oder abgebrochen: {partial}, übersprungen: {skipped}, abgelaufen: {expired}
Natürliche Pausen: {natural}</translation>
        </message>
    </context>
    <context>
        <name>AdjustCard</name>
        <message>
            <source>backmove — Break interval</source>
            <translation>backmove — Pausenabstand</translation>
        </message>
        <message>
            <source>Breaks keep being skipped</source>
            <translation>Pausen werden oft übersprungen</translation>
        </message>
        <message>
            <source>Several breaks in a row went skipped or unanswered, so backmove now suggests one every {spaced} minutes instead of every {own}. Would you like to keep that, or choose for yourself?</source>
            <translation>Mehrere Pausen nacheinander wurden übersprungen oder blieben unbeantwortet. Deshalb schlägt backmove jetzt alle {spaced} Minuten eine vor statt alle {own}. Möchtest du das beibehalten oder selbst wählen?</translation>
        </message>
        <message numerus="yes">
            <source>Every %n minutes</source>
            <translation>
                <numerusform>Jede %n Minute</numerusform>
                <numerusform>Alle %n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Back to every %n minutes</source>
            <translation>
                <numerusform>Zurück zu jeder %n Minute</numerusform>
                <numerusform>Zurück zu alle %n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen…</translation>
        </message>
        <message>
            <source>Open the settings</source>
            <translation>Einstellungen öffnen</translation>
        </message>
    </context>
    <context>
        <name>AppMenu</name>
        <message>
            <source>Take a break &amp;now</source>
            <translation>&amp;Jetzt eine Pause machen</translation>
        </message>
        <message>
            <source>Back &amp;session now…</source>
            <translation>&amp;Rückeneinheit jetzt…</translation>
        </message>
        <message>
            <source>&amp;Resume breaks</source>
            <translation>Pausen &amp;fortsetzen</translation>
        </message>
        <message>
            <source>&amp;Meeting mode…</source>
            <translation>Besprechungs&amp;modus…</translation>
        </message>
        <message>
            <source>Safety &amp;check…</source>
            <translation>Sicherheits&amp;check…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Dashboard…</source>
            <translation>&amp;Übersicht…</translation>
        </message>
        <message>
            <source>How was my back &amp;today…</source>
            <translation>Wie ging es meinem Rücken &amp;heute…</translation>
        </message>
        <message>
            <source>Weekly check-&amp;in…</source>
            <translation>Wöchentlicher Check-&amp;in…</translation>
        </message>
        <message>
            <source>&amp;Function goals…</source>
            <translation>&amp;Funktionsziele…</translation>
        </message>
        <message>
            <source>&amp;Quit backmove</source>
            <translation>backmove &amp;beenden</translation>
        </message>
        <message>
            <source>&amp;Snooze</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Aussetzen</translation>
        </message>
        <message>
            <source>For 30 minutes</source>
            <translation>Für 30 Minuten</translation>
        </message>
        <message>
            <source>For 1 hour</source>
            <translation>Für 1 Stunde</translation>
        </message>
        <message>
            <source>For 2 hours</source>
            <translation>Für 2 Stunden</translation>
        </message>
        <message>
            <source>Until tomorrow</source>
            <translation>Bis morgen</translation>
        </message>
        <message>
            <source>Until I resume</source>
            <translation>Bis ich fortsetze</translation>
        </message>
        <message>
            <source>backmove</source>
            <translation>backmove</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n Min.</numerusform>
                <numerusform>%n Min.</numerusform>
            </translation>
        </message>
        <message>
            <source>Meeting mode</source>
            <translation>Besprechungsmodus</translation>
        </message>
        <message>
            <source>Hold breaks for how many minutes? A break that falls due comes once afterwards.</source>
            <translation>Wie viele Minuten sollen die Pausen warten? Wird in dieser Zeit eine Pause fällig, kommt sie danach einmal.</translation>
        </message>
    </context>
    <context>
        <name>BackmoveApp</name>
        <message>
            <source>Notice</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Cannot start</source>
            <translation>Start nicht möglich</translation>
        </message>
        <message>
            <source>Something went wrong, but backmove keeps running.</source>
            <translation>Etwas ist schiefgelaufen, aber backmove läuft weiter.</translation>
        </message>
        <message>
            <source>Details are in {path}.</source>
            <translation>Details findest du in {path}.</translation>
        </message>
    </context>
    <context>
        <name>BodyCard</name>
        <message>
            <source>Where you felt it</source>
            <translation>Wo du es gespürt hast</translation>
        </message>
        <message>
            <source>Earlier check-in</source>
            <translation>Früherer Check-in</translation>
        </message>
        <message>
            <source>Later check-in</source>
            <translation>Späterer Check-in</translation>
        </message>
        <message>
            <source>Your weekly check-in appears here as a body map: the regions you felt, shaded 0–10, from your first check-in on.</source>
            <translation>Dein wöchentlicher Check-in erscheint hier als Körperkarte: die Bereiche, in denen du etwas gespürt hast, abgestuft von 0–10, ab deinem ersten Check-in.</translation>
        </message>
        <message>
            <source>{region}, week by week: {values}</source>
            <translation>{region}, Woche für Woche: {values}</translation>
        </message>
        <message>
            <source>Weekly check-in of {day}</source>
            <translation>Wöchentlicher Check-in vom {day}</translation>
        </message>
        <message>
            <source>Nothing felt that week</source>
            <translation>In dieser Woche nichts gespürt</translation>
        </message>
        <message>
            <source>Check-in {n} of {count}</source>
            <translation>Check-in {n} von {count}</translation>
        </message>
    </context>
    <context>
        <name>BodyMap</name>
        <message>
            <source>Neck</source>
            <translation>Nacken</translation>
        </message>
        <message>
            <source>Shoulders</source>
            <translation>Schultern</translation>
        </message>
        <message>
            <source>Upper back</source>
            <translation>Oberer Rücken</translation>
        </message>
        <message>
            <source>Elbows</source>
            <translation>Ellbogen</translation>
        </message>
        <message>
            <source>Lower back</source>
            <translation>Unterer Rücken</translation>
        </message>
        <message>
            <source>Wrists/hands</source>
            <translation>Handgelenke/Hände</translation>
        </message>
        <message>
            <source>Hips/thighs</source>
            <translation>Hüften/Oberschenkel</translation>
        </message>
        <message>
            <source>Knees</source>
            <translation>Knie</translation>
        </message>
        <message>
            <source>Ankles/feet</source>
            <translation>Knöchel/Füße</translation>
        </message>
        <message>
            <source>Body map: where you felt discomfort</source>
            <translation>Körperkarte: wo du Beschwerden hattest</translation>
        </message>
        <message>
            <source>Body map: discomfort by region</source>
            <translation>Körperkarte: Beschwerden nach Körperbereich</translation>
        </message>
        <message>
            <source>{region}: no answer</source>
            <translation>{region}: keine Antwort</translation>
        </message>
        <message>
            <source>{region}: {value} of 10</source>
            <translation>{region}: {value} von 10</translation>
        </message>
        <message>
            <source>{region}: marked</source>
            <translation>{region}: markiert</translation>
        </message>
        <message>
            <source>{region}: not marked</source>
            <translation>{region}: nicht markiert</translation>
        </message>
        <message>
            <source>Seen from behind. Arrow keys move between body regions; Space marks or unmarks one.</source>
            <translation>Ansicht von hinten. Mit den Pfeiltasten wechselst du zwischen den Körperbereichen; die Leertaste markiert einen Bereich oder hebt die Markierung auf.</translation>
        </message>
        <message>
            <source>Marked: {regions}.</source>
            <translation>Markiert: {regions}.</translation>
        </message>
        <message>
            <source>Nothing marked.</source>
            <translation>Nichts markiert.</translation>
        </message>
        <message>
            <source>Seen from behind, 0 to 10 per region.</source>
            <translation>Ansicht von hinten, 0 bis 10 pro Körperbereich.</translation>
        </message>
        <message>
            <source>No answers.</source>
            <translation>Keine Antworten.</translation>
        </message>
    </context>
    <context>
        <name>BreakFlow</name>
        <message>
            <source>low back</source>
            <translation>unterer Rücken</translation>
        </message>
        <message>
            <source>hips</source>
            <translation>Hüften</translation>
        </message>
        <message>
            <source>neck</source>
            <translation>Nacken</translation>
        </message>
        <message>
            <source>shoulders</source>
            <translation>Schultern</translation>
        </message>
        <message>
            <source>upper back</source>
            <translation>oberer Rücken</translation>
        </message>
        <message>
            <source>wrists</source>
            <translation>Handgelenke</translation>
        </message>
        <message>
            <source>legs</source>
            <translation>Beine</translation>
        </message>
        <message>
            <source>core</source>
            <translation>Rumpf</translation>
        </message>
        <message numerus="yes">
            <source>Break in %n seconds</source>
            <translation>
                <numerusform>Pause in %n Sekunde</numerusform>
                <numerusform>Pause in %n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>A {what} is coming up. Finish what you are doing.</source>
            <translation>Gleich kommt eine {what}. Schließ ab, was du gerade machst.</translation>
        </message>
        <message>
            <source>{what}, then one move</source>
            <translation>{what}, danach eine Übung</translation>
        </message>
        <message>
            <source>{what}, then {n} moves</source>
            <translation>{what}, danach {n} Übungen</translation>
        </message>
        <message>
            <source>{what}: {areas}</source>
            <translation>{what}: {areas}</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <source>Stretches are paused until a doctor or physiotherapist has checked your back. Stand up, change position, walk a little if it feels comfortable.</source>
            <translation>Dehnübungen sind ausgesetzt, bis dein Rücken ärztlich oder physiotherapeutisch untersucht wurde. Steh auf, wechsle die Position und geh ein paar Schritte, wenn es sich angenehm anfühlt.</translation>
        </message>
        <message>
            <source>Stretches are paused after your safety check. Stand up, change position, walk a little if it feels comfortable.</source>
            <translation>Nach deinem Sicherheitscheck sind Dehnübungen ausgesetzt. Steh auf, wechsle die Position und geh ein paar Schritte, wenn es sich angenehm anfühlt.</translation>
        </message>
        <message>
            <source>Stand up and move about. Stretches come once you have taken the short safety check (tray menu: Safety check…).</source>
            <translation>Steh auf und beweg dich ein wenig. Dehnübungen gibt es, sobald du den kurzen Sicherheitscheck gemacht hast (Menü im Infobereich: Sicherheitscheck…).</translation>
        </message>
        <message>
            <source>A sore day: gentle moves only, and go easy. {moves}.</source>
            <translation>Ein Tag mit Beschwerden: nur sanfte Übungen, und lass es ruhig angehen. {moves}.</translation>
        </message>
        <message>
            <source>{first}, then {rest}.</source>
            <translation>{first}, dann {rest}.</translation>
        </message>
        <message>
            <source>Time for your back session</source>
            <translation>Zeit für deine Rückeneinheit</translation>
        </message>
        <message>
            <source>About 10 minutes of core strengthening, standing and on a mat.</source>
            <translation>Etwa 10 Minuten Rumpfkräftigung, im Stehen und auf einer Matte.</translation>
        </message>
        <message>
            <source>No back session for now</source>
            <translation>Vorerst keine Rückeneinheit</translation>
        </message>
        <message>
            <source>Exercise is paused after your safety check, so the back session waits too. Stand up and change position when you like.</source>
            <translation>Nach deinem Sicherheitscheck sind Übungen pausiert, daher wartet auch die Rückeneinheit. Steh auf und wechsle die Haltung, wann immer du magst.</translation>
        </message>
        <message>
            <source>The back session comes once you have taken the short safety check (tray menu: Safety check…).</source>
            <translation>Die Rückeneinheit gibt es, sobald du den kurzen Sicherheitscheck gemacht hast (Menü im Infobereich: Sicherheitscheck…).</translation>
        </message>
    </context>
    <context>
        <name>CalendarHeatmap</name>
        <message>
            <source>Calendar of the last 52 weeks</source>
            <translation>Kalender der letzten 52 Wochen</translation>
        </message>
        <message>
            <source>Use the arrow keys to read a day's breaks.</source>
            <translation>Mit den Pfeiltasten kannst du die Pausen eines Tages abrufen.</translation>
        </message>
        <message>
            <source>Day off</source>
            <translation>Freier Tag</translation>
        </message>
        <message>
            <source>Not a working day</source>
            <translation>Kein Arbeitstag</translation>
        </message>
        <message>
            <source>{moved} of {goal} toward the goal ({completed} completed, {natural} natural)</source>
            <translation>{moved} von {goal} fürs Ziel ({completed} abgeschlossen, {natural} natürliche Pausen)</translation>
        </message>
        <message>
            <source>Offered {offered}: {partial} partly done, {skipped} skipped, {expired} expired</source>
            <translation>{offered} angeboten: {partial} teilweise gemacht, {skipped} übersprungen, {expired} verfallen</translation>
        </message>
        <message>
            <source>On target</source>
            <translation>Ziel erreicht</translation>
        </message>
        <message>
            <source>Made up with extra breaks the next working day</source>
            <translation>Am nächsten Arbeitstag mit zusätzlichen Pausen nachgeholt</translation>
        </message>
        <message>
            <source>Rest day: the week's free miss</source>
            <translation>Ruhetag: der erlaubte Ausfall dieser Woche</translation>
        </message>
        <message>
            <source>Still open</source>
            <translation>Noch offen</translation>
        </message>
        <message>
            <source>Less</source>
            <translation>Weniger</translation>
        </message>
        <message>
            <source>Goal met</source>
            <translation>Ziel erreicht</translation>
        </message>
        <message>
            <source>Made up next day</source>
            <translation>Am Folgetag nachgeholt</translation>
        </message>
        <message>
            <source>Rest day</source>
            <translation>Ruhetag</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>minutes must be between 1 and 1440, "tomorrow" or null</source>
            <translation>minutes muss zwischen 1 und 1440 liegen, "tomorrow" oder null sein</translation>
        </message>
        <message>
            <source>minutes must be between 1 and 1440</source>
            <translation>minutes muss zwischen 1 und 1440 liegen</translation>
        </message>
        <message>
            <source>backmove is quitting.</source>
            <translation>backmove wird beendet.</translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>4 weeks</source>
            <translation>4 Wochen</translation>
        </message>
        <message>
            <source>3 months</source>
            <translation>3 Monate</translation>
        </message>
        <message>
            <source>1 year</source>
            <translation>1 Jahr</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Show {range} (Ctrl+{n})</source>
            <translation>{range} anzeigen (Strg+{n})</translation>
        </message>
        <message>
            <source>Ctrl+{n}</source>
            <translation>Strg+{n}</translation>
        </message>
        <message>
            <source>Report…</source>
            <translation>Bericht…</translation>
        </message>
        <message>
            <source>Make a report to print or share</source>
            <translation>Einen Bericht zum Drucken oder Teilen erstellen</translation>
        </message>
        <message>
            <source>The last 52 weeks</source>
            <translation>Die letzten 52 Wochen</translation>
        </message>
        <message>
            <source>Low back at the end of the day</source>
            <translation>Unterer Rücken am Tagesende</translation>
        </message>
        <message>
            <source>Your end-of-day answer, 0 = no pain, 10 = worst imaginable</source>
            <translation>Deine Antwort zum Tagesende, 0 = keine Schmerzen, 10 = schlimmste vorstellbare</translation>
        </message>
        <message>
            <source>Chart of your end-of-day answers</source>
            <translation>Diagramm deiner Antworten am Tagesende</translation>
        </message>
        <message>
            <source>Breaks by week</source>
            <translation>Pausen pro Woche</translation>
        </message>
        <message>
            <source>Chart of your breaks</source>
            <translation>Diagramm deiner Pausen</translation>
        </message>
        <message>
            <source>Reading your history…</source>
            <translation>Deine Aufzeichnungen werden gelesen …</translation>
        </message>
        <message>
            <source>{first} – {last} · {weeks}</source>
            <translation>{first} – {last} · {weeks}</translation>
        </message>
        <message>
            <source>Your streak starts with your first working day with backmove: each day you reach your goal is counted here, and a missed day is easily made up.</source>
            <translation>Deine Serie beginnt mit deinem ersten Arbeitstag mit backmove: Jeder Tag, an dem du dein Ziel erreichst, wird hier gezählt, und ein verpasster Tag lässt sich leicht nachholen.</translation>
        </message>
        <message numerus="yes">
            <source>{good} of %n working days on target. Hover over a day, or use the arrow keys, to see its breaks.</source>
            <translation>
                <numerusform>An {good} von %n Arbeitstag Ziel erreicht. Zeig mit der Maus auf einen Tag oder nutz die Pfeiltasten, um seine Pausen zu sehen.</numerusform>
                <numerusform>An {good} von %n Arbeitstagen Ziel erreicht. Zeig mit der Maus auf einen Tag oder nutz die Pfeiltasten, um seine Pausen zu sehen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Each working day fills in here as you take breaks, darker the closer you come to your daily goal.</source>
            <translation>Jeder Arbeitstag füllt sich hier, während du Pausen machst – je dunkler, desto näher bist du deinem Tagesziel.</translation>
        </message>
        <message>
            <source>Your end-of-day answers appear here after your first working day: backmove asks once a day how your low back feels.</source>
            <translation>Deine Antworten zum Tagesende erscheinen hier nach deinem ersten Arbeitstag: backmove fragt einmal am Tag, wie sich dein unterer Rücken anfühlt.</translation>
        </message>
        <message>
            <source>No end-of-day answers in this range. Pick a longer range to see earlier ones.</source>
            <translation>Keine Antworten zum Tagesende in diesem Zeitraum. Wähle einen längeren Zeitraum, um frühere zu sehen.</translation>
        </message>
        <message>
            <source>Breaks by month</source>
            <translation>Pausen pro Monat</translation>
        </message>
        <message>
            <source>Your breaks appear here, a bar a week, once backmove has offered you one.</source>
            <translation>Deine Pausen erscheinen hier als ein Balken pro Woche, sobald backmove dir eine angeboten hat.</translation>
        </message>
        <message>
            <source>{share}% of offered breaks completed ({completed} of {offered})</source>
            <translation>{share} % der angebotenen Pausen abgeschlossen ({completed} von {offered})</translation>
        </message>
    </context>
    <context>
        <name>EndOfDayRating</name>
        <message>
            <source>Your back today</source>
            <translation>Dein Rücken heute</translation>
        </message>
        <message>
            <source>END OF THE DAY</source>
            <translation>AM ENDE DES TAGES</translation>
        </message>
        <message>
            <source>How bad was your low back pain on average today?</source>
            <translation>Wie stark waren deine Schmerzen im unteren Rücken heute im Durchschnitt?</translation>
        </message>
        <message>
            <source>End-of-day question</source>
            <translation>Frage zum Tagesende</translation>
        </message>
        <message>
            <source>Your answer stays on this computer only.</source>
            <translation>Deine Antwort bleibt nur auf diesem Computer.</translation>
        </message>
        <message>
            <source>Not today</source>
            <translation>Heute nicht</translation>
        </message>
        <message>
            <source>Not today: skip the question</source>
            <translation>Heute nicht: Frage überspringen</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save my answer</source>
            <translation>Meine Antwort speichern</translation>
        </message>
    </context>
    <context>
        <name>FigureWidget</name>
        <message>
            <source>Illustration of the move</source>
            <translation>Darstellung der Übung</translation>
        </message>
    </context>
    <context>
        <name>FunctionCard</name>
        <message>
            <source>What you can do</source>
            <translation>Was du tun kannst</translation>
        </message>
        <message>
            <source>Each activity you named: 0 = unable to do it, 10 = able to do it as before.</source>
            <translation>Jede Tätigkeit, die du genannt hast: 0 = nicht möglich, 10 = so gut möglich wie früher.</translation>
        </message>
        <message>
            <source>Rate now…</source>
            <translation>Jetzt bewerten…</translation>
        </message>
        <message>
            <source>Rate or change your function goals</source>
            <translation>Deine Funktionsziele bewerten oder ändern</translation>
        </message>
        <message>
            <source>Rated {value} on {day}; asked again every four weeks.</source>
            <translation>Am {day} mit {value} bewertet; alle vier Wochen wird erneut gefragt.</translation>
        </message>
        <message>
            <source>{latest} now, {first} on {day}</source>
            <translation>Jetzt {latest}, am {day} {first}</translation>
        </message>
        <message>
            <source>changed by at least {n} points</source>
            <translation>um mindestens {n} Punkte verändert</translation>
        </message>
        <message>
            <source>within {n} points of the first rating</source>
            <translation>weniger als {n} Punkte von der ersten Bewertung entfernt</translation>
        </message>
        <message>
            <source>Name up to three activities your back makes hard and rate how well you can do each: their ratings show here, asked again every four weeks.</source>
            <translation>Nenne bis zu drei Tätigkeiten, die dir dein Rücken schwer macht, und bewerte, wie gut du jede kannst: Die Bewertungen erscheinen hier, alle vier Wochen wird erneut gefragt.</translation>
        </message>
        <message>
            <source>Name activities…</source>
            <translation>Tätigkeiten nennen…</translation>
        </message>
        <message>
            <source>Asked again from {day}.</source>
            <translation>Erneut gefragt ab {day}.</translation>
        </message>
    </context>
    <context>
        <name>FunctionGoalsDialog</name>
        <message>
            <source>What your back makes hard</source>
            <translation>Was dir dein Rücken schwer macht</translation>
        </message>
        <message>
            <source>Function goals</source>
            <translation>Funktionsziele</translation>
        </message>
        <message>
            <source>How well can you do these now?</source>
            <translation>Wie gut kannst du das jetzt?</translation>
        </message>
        <message>
            <source>Rate each activity as it is today. You can stop tracking one that no longer fits, and name another.</source>
            <translation>Bewerte jede Tätigkeit so, wie es heute ist. Eine, die nicht mehr passt, kannst du nicht weiter verfolgen und eine andere nennen.</translation>
        </message>
        <message>
            <source>What does your back make hard?</source>
            <translation>Was macht dir dein Rücken schwer?</translation>
        </message>
        <message>
            <source>Name up to three activities your back makes hard, in your own words, and rate how well you can do each now. backmove asks again every four weeks, so you can see what you can do change.</source>
            <translation>Nenne bis zu drei Tätigkeiten, die dir dein Rücken schwer macht, in deinen eigenen Worten, und bewerte, wie gut du jede jetzt kannst. backmove fragt alle vier Wochen erneut, so siehst du, wie sich verändert, was du tun kannst.</translation>
        </message>
        <message>
            <source>Patient-Specific Functional Scale (Stratford et al., Physiotherapy Canada 1995)</source>
            <translation>Patient-Specific Functional Scale (Stratford et al., Physiotherapy Canada 1995)</translation>
        </message>
        <message>
            <source>Rate each activity to save; an activity needs words and a number.</source>
            <translation>Bewerte jede Tätigkeit, um zu speichern; eine Tätigkeit braucht Worte und eine Zahl.</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>Not now: close without saving</source>
            <translation>Nicht jetzt: schließen, ohne zu speichern</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Save the ratings</source>
            <translation>Die Bewertungen speichern</translation>
        </message>
        <message>
            <source>FUNCTION GOALS</source>
            <translation>FUNKTIONSZIELE</translation>
        </message>
    </context>
    <context>
        <name>GoalsForm</name>
        <message>
            <source>Unable to do</source>
            <translation>Nicht möglich</translation>
        </message>
        <message>
            <source>Able to do as before</source>
            <translation>So gut möglich wie früher</translation>
        </message>
        <message>
            <source>Another activity your back makes hard (optional)</source>
            <translation>Eine weitere Tätigkeit, die dir dein Rücken schwer macht (freiwillig)</translation>
        </message>
    </context>
    <context>
        <name>InstanceServer</name>
        <message>
            <source>backmove is busy; try again</source>
            <translation>backmove ist beschäftigt; versuche es noch einmal</translation>
        </message>
        <message>
            <source>the request is longer than 64 KiB</source>
            <translation>die Anfrage ist länger als 64 KiB</translation>
        </message>
        <message>
            <source>backmove failed to do that; the details are in its log</source>
            <translation>backmove konnte das nicht; die Einzelheiten stehen in seinem Protokoll</translation>
        </message>
        <message>
            <source>the request is not a JSON object with a command</source>
            <translation>die Anfrage ist kein JSON-Objekt mit einem Befehl</translation>
        </message>
        <message>
            <source>the request is nested too deeply</source>
            <translation>die Anfrage ist zu tief verschachtelt</translation>
        </message>
        <message>
            <source>there is no such command</source>
            <translation>diesen Befehl gibt es nicht</translation>
        </message>
    </context>
    <context>
        <name>MoveVerdicts</name>
        <message>
            <source>Helped</source>
            <translation>Geholfen</translation>
        </message>
        <message>
            <source>Same</source>
            <translation>Unverändert</translation>
        </message>
        <message>
            <source>Worse</source>
            <translation>Schlimmer</translation>
        </message>
        <message>
            <source>{move}: {verdict}</source>
            <translation>{move}: {verdict}</translation>
        </message>
    </context>
    <context>
        <name>MovesCard</name>
        <message>
            <source>Moves and how you felt after them</source>
            <translation>Übungen und wie es dir danach ging</translation>
        </message>
        <message>
            <source>Change in your 0–10 rating from just before to just after breaks with each move, with its likely range; below zero means you felt better after</source>
            <translation>Veränderung deiner Bewertung (0–10) von kurz vor bis kurz nach Pausen mit der jeweiligen Übung, mit ihrem wahrscheinlichen Bereich; unter null heißt, danach ging es dir besser</translation>
        </message>
        <message>
            <source>Moves appear here once a move has {n} breaks rated before and after: backmove asks on about one break in four.</source>
            <translation>Übungen erscheinen hier, sobald eine Übung in {n} Pausen vorkam, die davor und danach bewertet wurden: backmove fragt bei etwa jeder vierten Pause.</translation>
        </message>
        <message>
            <source>Rated so far in this range: {rated}.</source>
            <translation>Bisher in diesem Zeitraum bewertet: {rated}.</translation>
        </message>
        <message>
            <source>From {rated} rated breaks. A move with few rated breaks is pulled toward the average of all moves, and its range is wide. A break has other moves too, and back pain changes on its own, so this is what went with a move, not what it caused.</source>
            <translation>Aus {rated} bewerteten Pausen. Eine Übung mit wenigen bewerteten Pausen wird zum Durchschnitt aller Übungen hingezogen, und ihr Bereich ist breit. Eine Pause enthält auch andere Übungen, und Rückenschmerzen verändern sich auch von selbst – das zeigt also, was mit einer Übung einherging, nicht was sie bewirkt hat.</translation>
        </message>
        <message>
            <source>likely {low} to {high}</source>
            <translation>wahrscheinlich {low} bis {high}</translation>
        </message>
        <message>
            <source>you said “helped” in {helped}</source>
            <translation>bei {helped} hast du „hat geholfen“ gesagt</translation>
        </message>
        <message>
            <source>Over {rated} rated breaks that included {name}, your 0–10 rating just after the break was on average {mean} points from just before it. Pulled toward the average of all moves, that is {estimate}, likely between {low} and {high}. Your own verdicts in those breaks: helped {helped}, same {same}, worse {worse}, not tolerated {nt}.</source>
            <translation>In {rated} bewerteten Pausen mit „{name}“ lag deine Bewertung (0–10) kurz nach der Pause im Schnitt {mean} Punkte neben der kurz davor. Zum Durchschnitt aller Übungen hingezogen sind das {estimate}, wahrscheinlich zwischen {low} und {high}. Deine eigenen Einschätzungen in diesen Pausen: hat geholfen: {helped}, keine Änderung: {same}, hat verschlimmert: {worse}, nicht vertragen: {nt}.</translation>
        </message>
        <message>
            <source>went with feeling better</source>
            <translation>ging mit Besserbefinden einher</translation>
        </message>
        <message>
            <source>went with feeling worse</source>
            <translation>ging mit Schlechterbefinden einher</translation>
        </message>
        <message>
            <source>no clear difference</source>
            <translation>kein klarer Unterschied</translation>
        </message>
    </context>
    <context>
        <name>NoTrayWindow</name>
        <message>
            <source>Running</source>
            <translation>Läuft</translation>
        </message>
        <message>
            <source>backmove main window</source>
            <translation>backmove-Hauptfenster</translation>
        </message>
        <message>
            <source>backmove logo</source>
            <translation>backmove-Logo</translation>
        </message>
        <message>
            <source>backmove is running</source>
            <translation>backmove läuft</translation>
        </message>
        <message>
            <source>Breaks will be suggested during your working hours.</source>
            <translation>Während deiner Arbeitszeit werden dir Pausen vorgeschlagen.</translation>
        </message>
        <message>
            <source>Your desktop has no system tray, so backmove shows this window instead of a tray icon. To get the icon: on GNOME, install and turn on the “AppIndicator and KStatusNotifierItem Support” extension, then start backmove again. Other desktops need a panel with a system tray or status notifier area.</source>
            <translation>Dein Desktop hat keinen Infobereich, deshalb zeigt backmove dieses Fenster statt eines Symbols im Infobereich. So bekommst du das Symbol: Installiere unter GNOME die Erweiterung „AppIndicator and KStatusNotifierItem Support“, schalte sie ein und starte backmove dann neu. Andere Desktops brauchen eine Leiste mit Infobereich oder Statusbereich.</translation>
        </message>
        <message>
            <source>Closing this window quits backmove.</source>
            <translation>Wenn du dieses Fenster schließt, wird backmove beendet.</translation>
        </message>
    </context>
    <context>
        <name>NrsButtons</name>
        <message>
            <source>Pain from 0 to 10</source>
            <translation>Schmerzen von 0 bis 10</translation>
        </message>
        <message>
            <source>No pain</source>
            <translation>Keine Schmerzen</translation>
        </message>
        <message>
            <source>Worst pain you can imagine</source>
            <translation>Schlimmste vorstellbare Schmerzen</translation>
        </message>
        <message>
            <source>0 out of 10, {anchor}</source>
            <translation>0 von 10, {anchor}</translation>
        </message>
        <message>
            <source>10 out of 10, {anchor}</source>
            <translation>10 von 10, {anchor}</translation>
        </message>
        <message>
            <source>{n} out of 10</source>
            <translation>{n} von 10</translation>
        </message>
        <message>
            <source>0 = {anchor}</source>
            <translation>0 = {anchor}</translation>
        </message>
        <message>
            <source>10 = {anchor}</source>
            <translation>10 = {anchor}</translation>
        </message>
    </context>
    <context>
        <name>NrsQuestion</name>
        <message>
            <source>Skip this question</source>
            <translation>Frage überspringen</translation>
        </message>
    </context>
    <context>
        <name>OnboardingWizard</name>
        <message>
            <source>backmove</source>
            <translation>backmove</translation>
        </message>
        <message>
            <source>Welcome to backmove</source>
            <translation>Willkommen bei backmove</translation>
        </message>
        <message>
            <source>backmove reminds you to get up and move while you work at your computer.</source>
            <translation>backmove erinnert dich daran, bei der Arbeit am Computer aufzustehen und dich zu bewegen.</translation>
        </message>
        <message>
            <source>Each break brings a short stretch or a walk, shown step by step.</source>
            <translation>In jeder Pause gibt es eine kurze Dehnübung oder eine kleine Runde zu Fuß, Schritt für Schritt gezeigt.</translation>
        </message>
        <message>
            <source>You can note how your back feels, and see how it changes over the weeks.</source>
            <translation>Du kannst festhalten, wie sich dein Rücken anfühlt, und sehen, wie sich das über die Wochen verändert.</translation>
        </message>
        <message>
            <source>Your records stay with you</source>
            <translation>Deine Daten bleiben bei dir</translation>
        </message>
        <message>
            <source>backmove keeps your breaks, your ratings and your answers to the safety check in this folder:</source>
            <translation>backmove speichert deine Pausen, deine Bewertungen und deine Antworten im Sicherheitscheck in diesem Ordner:</translation>
        </message>
        <message>
            <source>Data folder: %1</source>
            <translation>Datenordner: %1</translation>
        </message>
        <message>
            <source>Nothing leaves your computer.</source>
            <translation>Nichts verlässt deinen Computer.</translation>
        </message>
        <message>
            <source>backmove is a wellbeing aid, not a medical device: it does not diagnose or treat anything. Before it suggests any movement, it asks a few safety questions.</source>
            <translation>backmove ist eine Hilfe für dein Wohlbefinden, kein Medizinprodukt: Es stellt keine Diagnosen und behandelt nichts. Bevor es dir Bewegungen vorschlägt, stellt es dir ein paar Sicherheitsfragen.</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>Not now: skip the safety check</source>
            <translation>Nicht jetzt: Sicherheitscheck überspringen</translation>
        </message>
        <message>
            <source>Start the safety check</source>
            <translation>Sicherheitscheck starten</translation>
        </message>
        <message>
            <source>New numbness, tingling or a “different” feeling around your genitals, bottom or inner thighs (the saddle area), for example when wiping after the toilet.</source>
            <translation>Neues Taubheitsgefühl, Kribbeln oder ein „anderes“ Gefühl im Bereich der Genitalien, des Gesäßes oder der Innenseiten der Oberschenkel (Reithosenbereich), zum Beispiel beim Abwischen nach dem Toilettengang.</translation>
        </message>
        <message>
            <source>New trouble passing urine or controlling your bladder or bowels (leaking, not knowing when your bladder is full, not being able to stop a bowel movement).</source>
            <translation>Neue Probleme beim Wasserlassen oder dabei, Blase oder Darm zu kontrollieren (ungewollter Verlust von Urin oder Stuhl, nicht merken, wann die Blase voll ist, Stuhlgang nicht zurückhalten können).</translation>
        </message>
        <message>
            <source>New loss of sexual sensation or function, together with back pain.</source>
            <translation>Neuer Verlust des sexuellen Empfindens oder der sexuellen Funktion, zusammen mit Rückenschmerzen.</translation>
        </message>
        <message>
            <source>Weakness, numbness or pain in both legs, or leg weakness that is getting worse quickly (tripping, a foot slapping down, legs giving way).</source>
            <translation>Schwäche, Taubheitsgefühl oder Schmerzen in beiden Beinen oder eine Schwäche im Bein, die schnell schlimmer wird (Stolpern, ein Fuß klatscht beim Aufsetzen auf den Boden, die Beine knicken weg).</translation>
        </message>
        <message>
            <source>Back pain that started after a serious accident (a car crash, a fall from a height, a heavy blow).</source>
            <translation>Rückenschmerzen, die nach einem schweren Unfall begonnen haben (Autounfall, Sturz aus der Höhe, heftiger Schlag).</translation>
        </message>
        <message>
            <source>Chest pain, or severe pain with breathlessness, sweating or feeling faint.</source>
            <translation>Schmerzen in der Brust oder starke Schmerzen mit Atemnot, Schwitzen oder dem Gefühl, ohnmächtig zu werden.</translation>
        </message>
        <message>
            <source>Fever, chills or feeling generally unwell along with back pain.</source>
            <translation>Fieber, Schüttelfrost oder allgemeines Krankheitsgefühl zusammen mit Rückenschmerzen.</translation>
        </message>
        <message>
            <source>Weight loss you can't explain.</source>
            <translation>Gewichtsverlust, den du dir nicht erklären kannst.</translation>
        </message>
        <message>
            <source>You have had cancer, and this back pain is new.</source>
            <translation>Du hattest Krebs, und diese Rückenschmerzen sind neu.</translation>
        </message>
        <message>
            <source>Constant pain that doesn't ease with rest or changing position, or is worse at night or wakes you.</source>
            <translation>Anhaltende Schmerzen, die in Ruhe oder bei einem Positionswechsel nicht nachlassen oder die nachts schlimmer sind oder dich aufwecken.</translation>
        </message>
        <message>
            <source>Pain after a minor fall or lift, and you have osteoporosis, take steroid tablets long-term, or are over about 70.</source>
            <translation>Schmerzen nach einem leichten Sturz oder leichtem Heben, und du hast Osteoporose, nimmst langfristig Kortisontabletten (Steroide) oder bist älter als etwa 70.</translation>
        </message>
        <message>
            <source>A weakened immune system (for example from medicines that suppress it), a recent serious infection, or injecting drug use.</source>
            <translation>Ein geschwächtes Immunsystem (zum Beispiel durch Medikamente, die es unterdrücken), eine kürzliche schwere Infektion oder das Spritzen von Drogen.</translation>
        </message>
        <message>
            <source>Numbness, pins and needles or weakness in one leg, or pain spreading below the knee that is getting worse.</source>
            <translation>Taubheitsgefühl, Kribbeln („Ameisenlaufen“) oder Schwäche in einem Bein oder Schmerzen, die bis unter das Knie ausstrahlen und schlimmer werden.</translation>
        </message>
        <message>
            <source>A lump, swelling or change in the shape of your back, or pain mainly between the shoulder blades.</source>
            <translation>Ein Knoten, eine Schwellung oder eine veränderte Form deines Rückens oder Schmerzen vor allem zwischen den Schulterblättern.</translation>
        </message>
        <message>
            <source>This is the first back pain you've ever had, it started when you were under 20 or over 55, and there's no obvious cause.</source>
            <translation>Das sind die ersten Rückenschmerzen deines Lebens, sie haben begonnen, als du unter 20 oder über 55 warst, und es gibt keine offensichtliche Ursache.</translation>
        </message>
        <message>
            <source>Back pain that hasn't improved after 4–6 weeks of looking after it yourself, or that keeps coming back.</source>
            <translation>Rückenschmerzen, die nach 4–6 Wochen Selbstbehandlung nicht besser geworden sind oder die immer wiederkommen.</translation>
        </message>
        <message>
            <source>Pain that stops you doing your normal daily activities or work.</source>
            <translation>Schmerzen, die dich an deinen normalen Alltagstätigkeiten oder an der Arbeit hindern.</translation>
        </message>
        <message>
            <source>Pain that is getting worse over time, or you are struggling to cope or are worried about it.</source>
            <translation>Schmerzen, die mit der Zeit schlimmer werden, oder du kommst schwer damit zurecht oder machst dir Sorgen deswegen.</translation>
        </message>
        <message>
            <source>Stiffness for more than 30 minutes in the morning that eases as you move, pain waking you in the second half of the night, and back pain that began before age 45.</source>
            <translation>Steifheit am Morgen, die länger als 30 Minuten anhält und bei Bewegung nachlässt, Schmerzen, die dich in der zweiten Nachthälfte aufwecken, und Rückenschmerzen, die vor dem 45. Lebensjahr begonnen haben.</translation>
        </message>
        <message>
            <source>You are pregnant or recently gave birth, or had back surgery in the last year.</source>
            <translation>Du bist schwanger oder hast vor Kurzem entbunden, oder du hattest im letzten Jahr eine Rückenoperation.</translation>
        </message>
        <message>
            <source>Is any of this happening to you, and new?</source>
            <translation>Erlebst du gerade etwas davon, und ist es neu?</translation>
        </message>
        <message>
            <source>Do any of these apply to you?</source>
            <translation>Trifft etwas davon auf dich zu?</translation>
        </message>
        <message>
            <source>And do any of these apply?</source>
            <translation>Und trifft etwas hiervon zu?</translation>
        </message>
        <message>
            <source>Most back pain is not caused by anything serious. These questions help spot the rare cases that need a clinician first.</source>
            <translation>Die meisten Rückenschmerzen haben keine ernste Ursache. Diese Fragen helfen, die seltenen Fälle zu erkennen, die zuerst medizinisch abgeklärt werden müssen.</translation>
        </message>
        <message>
            <source>Skip the safety check for now?</source>
            <translation>Sicherheitscheck vorerst überspringen?</translation>
        </message>
        <message>
            <source>Your last answers still apply. backmove will offer the check again later; you can also take it any time from the backmove menu.</source>
            <translation>Deine letzten Antworten gelten weiter. backmove bietet dir den Check später erneut an; du kannst ihn auch jederzeit über das backmove-Menü machen.</translation>
        </message>
        <message>
            <source>Until you answer it, breaks will only suggest standing up and moving about, with no stretches or exercises. You can take the check any time from the backmove menu.</source>
            <translation>Bis du den Check gemacht hast, schlagen Pausen nur vor, aufzustehen und dich zu bewegen – ohne Dehnungen oder Übungen. Du kannst den Check jederzeit über das backmove-Menü machen.</translation>
        </message>
        <message>
            <source>Skip for now</source>
            <translation>Vorerst überspringen</translation>
        </message>
        <message>
            <source>Skip the safety check for now</source>
            <translation>Sicherheitscheck vorerst überspringen</translation>
        </message>
        <message>
            <source>Back to the check</source>
            <translation>Zurück zum Check</translation>
        </message>
        <message>
            <source>The check takes about a minute.</source>
            <translation>Der Check dauert etwa eine Minute.</translation>
        </message>
        <message>
            <source>All clear</source>
            <translation>Alles in Ordnung</translation>
        </message>
        <message>
            <source>You're all set</source>
            <translation>Alles bereit</translation>
        </message>
        <message>
            <source>Start using backmove</source>
            <translation>Mit backmove loslegen</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Continue to one last, optional question</source>
            <translation>Weiter zu einer letzten, freiwilligen Frage</translation>
        </message>
        <message>
            <source>Nothing you answered needs a clinician first. backmove will suggest short moves in your breaks.</source>
            <translation>Nach deinen Antworten ist vorher keine medizinische Abklärung nötig. backmove schlägt dir in deinen Pausen kurze Übungen vor.</translation>
        </message>
        <message>
            <source>It will ask these questions again in a month, or sooner if your back gets worse.</source>
            <translation>In einem Monat stellt es dir diese Fragen erneut, oder früher, wenn dein Rücken schlimmer wird.</translation>
        </message>
        <message>
            <source>What happens now</source>
            <translation>Wie es jetzt weitergeht</translation>
        </message>
        <message>
            <source>backmove now lives in the tray icon near the clock: click it to open your dashboard; its menu (right-click) takes a break, pauses backmove or opens the settings.</source>
            <translation>backmove sitzt jetzt als Symbol im Infobereich neben der Uhr: Ein Klick darauf öffnet deine Übersicht; sein Menü (Rechtsklick) startet eine Pause, pausiert backmove oder öffnet die Einstellungen.</translation>
        </message>
        <message>
            <source>backmove now lives in its small window, since your desktop has no tray: take a break, pause, or open your settings from there. Closing that window quits backmove.</source>
            <translation>backmove sitzt jetzt in seinem kleinen Fenster, da dein Desktop keinen Infobereich hat: Dort machst du eine Pause, pausierst oder öffnest die Einstellungen. Wenn du dieses Fenster schließt, wird backmove beendet.</translation>
        </message>
        <message>
            <source>Your first break comes after about a minute of work at the keyboard.</source>
            <translation>Deine erste Pause kommt nach etwa einer Minute Arbeit an der Tastatur.</translation>
        </message>
        <message>
            <source>Your first break comes after about {n} minutes of work at the keyboard.</source>
            <translation>Deine erste Pause kommt nach etwa {n} Minuten Arbeit an der Tastatur.</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Willkommen</translation>
        </message>
        <message>
            <source>All set</source>
            <translation>Alles bereit</translation>
        </message>
        <message>
            <source>Safety check</source>
            <translation>Sicherheitscheck</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Skip: name no activities now</source>
            <translation>Überspringen: jetzt keine Tätigkeiten nennen</translation>
        </message>
        <message>
            <source>Save and start</source>
            <translation>Speichern und loslegen</translation>
        </message>
        <message>
            <source>Save these activities and start using backmove</source>
            <translation>Diese Tätigkeiten speichern und backmove verwenden</translation>
        </message>
        <message>
            <source>What does your back make hard?</source>
            <translation>Was macht dir dein Rücken schwer?</translation>
        </message>
        <message>
            <source>Optional: name up to %1 activities your back makes hard, in your own words, and how well you can do each now (0 = unable to do it, 10 = able to do it as before). backmove asks again every four weeks, so you can see what you can do change.</source>
            <translation>Freiwillig: Nenne bis zu %1 Tätigkeiten, die dir dein Rücken schwer macht, in deinen eigenen Worten, und wie gut du jede jetzt kannst (0 = nicht möglich, 10 = so gut möglich wie früher). backmove fragt alle vier Wochen erneut, so siehst du, wie sich verändert, was du tun kannst.</translation>
        </message>
        <message>
            <source>You mentioned leg, saddle or bladder symptoms during a break, so let's check again.</source>
            <translation>Du hast in einer Pause Symptome an den Beinen, im Reithosenbereich oder an der Blase angegeben – deshalb prüfen wir noch einmal.</translation>
        </message>
        <message>
            <source>You rated your back 8 or more, so let's check again.</source>
            <translation>Du hast deinen Rücken mit 8 oder mehr bewertet – deshalb prüfen wir noch einmal.</translation>
        </message>
        <message>
            <source>Your back has felt worse for a week now, so let's check again.</source>
            <translation>Dein Rücken fühlt sich seit einer Woche schlechter an – deshalb prüfen wir noch einmal.</translation>
        </message>
        <message>
            <source>It's been a month since your last check.</source>
            <translation>Dein letzter Check ist einen Monat her.</translation>
        </message>
        <message>
            <source>Glad you've been checked. Answer the questions again so backmove can suggest the right moves.</source>
            <translation>Gut, dass du untersucht wurdest. Beantworte die Fragen noch einmal, damit backmove dir die passenden Übungen vorschlagen kann.</translation>
        </message>
        <message>
            <source>You haven't taken the safety check yet.</source>
            <translation>Du hast den Sicherheitscheck noch nicht gemacht.</translation>
        </message>
    </context>
    <context>
        <name>PegCard</name>
        <message>
            <source>PEG, week by week</source>
            <translation>PEG, Woche für Woche</translation>
        </message>
        <message>
            <source>Your weekly PEG score, the mean of its three questions: 0 = no pain and no interference, 10 = the worst (PEG: Krebs et al. 2009).</source>
            <translation>Dein wöchentlicher PEG-Wert, der Mittelwert seiner drei Fragen: 0 = kein Schmerz und keine Beeinträchtigung, 10 = am schlimmsten (PEG: Krebs et al. 2009).</translation>
        </message>
        <message>
            <source>Chart of your weekly PEG score</source>
            <translation>Diagramm deines wöchentlichen PEG-Werts</translation>
        </message>
        <message>
            <source>{score} in the week of {day}</source>
            <translation>{score} in der Woche vom {day}</translation>
        </message>
        <message>
            <source>{score} in the first week of this range</source>
            <translation>{score} in der ersten Woche dieses Zeitraums</translation>
        </message>
        <message>
            <source>changed by at least {n} point</source>
            <translation>um mindestens {n} Punkt verändert</translation>
        </message>
        <message>
            <source>within {n} point of the first week</source>
            <translation>weniger als {n} Punkt von der ersten Woche entfernt</translation>
        </message>
        <message>
            <source>Your weekly PEG score appears here after a check-in with the three PEG questions in this range.</source>
            <translation>Dein wöchentlicher PEG-Wert erscheint hier nach einem Check-in mit den drei PEG-Fragen in diesem Zeitraum.</translation>
        </message>
        <message>
            <source>Chart of your weekly PEG score: {values}</source>
            <translation>Diagramm deines wöchentlichen PEG-Werts: {values}</translation>
        </message>
    </context>
    <context>
        <name>PlayerWindow</name>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Snooze ▾</source>
            <translation>Später ▾</translation>
        </message>
        <message>
            <source>Snooze the break</source>
            <translation>Pause verschieben</translation>
        </message>
        <message>
            <source>Choose how many minutes to put it off.</source>
            <translation>Wähle, um wie viele Minuten du sie verschiebst.</translation>
        </message>
        <message>
            <source>End break</source>
            <translation>Pause beenden</translation>
        </message>
        <message>
            <source>End the break now</source>
            <translation>Die Pause jetzt beenden</translation>
        </message>
        <message>
            <source>Stop — this hurts</source>
            <translation>Stopp – das tut weh</translation>
        </message>
        <message>
            <source>Pauses the move and asks what you feel.</source>
            <translation>Hält die Übung an und fragt, was du spürst.</translation>
        </message>
        <message>
            <source>Snooze for</source>
            <translation>Verschieben um</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n Min.</numerusform>
                <numerusform>%n Min.</numerusform>
            </translation>
        </message>
        <message>
            <source>BEFORE WE START</source>
            <translation>BEVOR ES LOSGEHT</translation>
        </message>
        <message>
            <source>How bad is your low back pain right now?</source>
            <translation>Wie stark sind deine Schmerzen im unteren Rücken gerade?</translation>
        </message>
        <message>
            <source>One tap. We ask on about one break in four, so you can see whether breaks help.</source>
            <translation>Ein Klick genügt. Wir fragen bei etwa jeder vierten Pause, damit du sehen kannst, ob die Pausen helfen.</translation>
        </message>
        <message>
            <source>Time left in the break</source>
            <translation>Restzeit der Pause</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>How much</source>
            <translation>Wie viel</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Zähler</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>So geht’s</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Next move</source>
            <translation>Nächste Übung</translation>
        </message>
        <message>
            <source>Back to the move</source>
            <translation>Zurück zur Übung</translation>
        </message>
        <message>
            <source>NICELY DONE</source>
            <translation>GUT GEMACHT</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Clear the answer</source>
            <translation>Antwort löschen</translation>
        </message>
        <message>
            <source>How did each move feel?</source>
            <translation>Wie haben sich die Übungen angefühlt?</translation>
        </message>
        <message>
            <source>All optional: answer what you like.</source>
            <translation>Alles freiwillig: Beantworte, was du magst.</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Finish the break</source>
            <translation>Pause abschließen</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Well done — break logged</source>
            <translation>Gut gemacht – Pause eingetragen</translation>
        </message>
        <message>
            <source>MOVE {n} OF {count}</source>
            <translation>ÜBUNG {n} VON {count}</translation>
        </message>
        <message>
            <source>Move {n} of {count}</source>
            <translation>Übung {n} von {count}</translation>
        </message>
        <message>
            <source>Done: finish the break</source>
            <translation>Fertig: Pause abschließen</translation>
        </message>
        <message>
            <source>Step {n}</source>
            <translation>Schritt {n}</translation>
        </message>
        <message>
            <source>Take care: {text}</source>
            <translation>Vorsicht: {text}</translation>
        </message>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n Sek.</numerusform>
                <numerusform>%n Sek.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hold {hold} s × {times}</source>
            <translation>{times} × {hold} Sek. halten</translation>
        </message>
        <message>
            <source>1 rep</source>
            <translation>1 Wiederholung</translation>
        </message>
        <message>
            <source>{n} reps</source>
            <translation>{n} Wiederholungen</translation>
        </message>
        <message>
            <source>hold {hold} s each</source>
            <translation>je {hold} Sek. halten</translation>
        </message>
        <message>
            <source>each side</source>
            <translation>je Seite</translation>
        </message>
        <message>
            <source>alternating sides</source>
            <translation>Seiten abwechselnd</translation>
        </message>
        <message>
            <source>{n} sets</source>
            <translation>{n} Durchgänge</translation>
        </message>
        <message>
            <source>{time} left</source>
            <translation>noch {time}</translation>
        </message>
        <message>
            <source>✓ Move done</source>
            <translation>✓ Übung geschafft</translation>
        </message>
        <message numerus="yes">
            <source>That was the last one: the break finishes in %n s</source>
            <translation>
                <numerusform>Das war die letzte: Die Pause endet in %n Sekunde</numerusform>
                <numerusform>Das war die letzte: Die Pause endet in %n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>Als Nächstes: {name}</translation>
        </message>
        <message>
            <source>Set {n} of {sets}</source>
            <translation>Durchgang {n} von {sets}</translation>
        </message>
        <message>
            <source>first side</source>
            <translation>erste Seite</translation>
        </message>
        <message>
            <source>other side</source>
            <translation>andere Seite</translation>
        </message>
        <message>
            <source>left of this move</source>
            <translation>noch in dieser Übung</translation>
        </message>
        <message>
            <source>Hold · {s} s</source>
            <translation>Halten · {s} Sek.</translation>
        </message>
        <message>
            <source>Relax</source>
            <translation>Entspannen</translation>
        </message>
        <message>
            <source>Ease into it</source>
            <translation>Sanft hinein</translation>
        </message>
        <message>
            <source>Ease back</source>
            <translation>Sanft zurück</translation>
        </message>
        <message>
            <source>Hold {n} of {reps}</source>
            <translation>Haltephase {n} von {reps}</translation>
        </message>
        <message>
            <source>Rep {n} of {reps}</source>
            <translation>Wiederholung {n} von {reps}</translation>
        </message>
        <message>
            <source>hold · {s} s</source>
            <translation>halten · {s} Sek.</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Your settings file was written by a newer backmove, so this one does not change it. The change applies until backmove quits.</source>
            <translation>Deine Einstellungsdatei stammt von einer neueren backmove-Version, deshalb ändert diese Version sie nicht. Die Änderung gilt, bis backmove beendet wird.</translation>
        </message>
        <message>
            <source>There is no open database to export.</source>
            <translation>Es ist keine Datenbank geöffnet, die exportiert werden könnte.</translation>
        </message>
        <message>
            <source>Export backmove's data to</source>
            <translation>backmove-Daten exportieren nach</translation>
        </message>
        <message>
            <source>Rows exported: {rows}, in {files} CSV files, to {folder}.</source>
            <translation>Exportierte Zeilen: {rows}, in {files} CSV-Dateien, nach {folder}.</translation>
        </message>
        <message>
            <source>There is no open database to back up.</source>
            <translation>Es ist keine Datenbank geöffnet, die gesichert werden könnte.</translation>
        </message>
        <message>
            <source>Backed up to {path}.</source>
            <translation>Gesichert unter {path}.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>backmove backups (*.db)</source>
            <translation>backmove-Sicherungen (*.db)</translation>
        </message>
        <message>
            <source>Some of your data could not be deleted: {files}. Delete them by hand.</source>
            <translation>Einige deiner Daten konnten nicht gelöscht werden: {files}. Lösche sie bitte von Hand.</translation>
        </message>
        <message>
            <source>All your breaks, ratings, check-ins and safety answers are deleted, with the backups and the log. Your settings are kept.</source>
            <translation>Alle deine Pausen, Bewertungen, Check-ins und Antworten beim Sicherheitscheck sind gelöscht, ebenso die Sicherungen und das Protokoll. Deine Einstellungen bleiben erhalten.</translation>
        </message>
        <message>
            <source>That did not work: {detail}.</source>
            <translation>Das hat nicht geklappt: {detail}.</translation>
        </message>
    </context>
    <context>
        <name>PromptWindow</name>
        <message>
            <source>Time to move</source>
            <translation>Zeit für Bewegung</translation>
        </message>
        <message>
            <source>Break prompt</source>
            <translation>Pausenerinnerung</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Start the break</source>
            <translation>Pause starten</translation>
        </message>
        <message>
            <source>Snooze ▾</source>
            <translation>Später ▾</translation>
        </message>
        <message>
            <source>Snooze the break</source>
            <translation>Pause verschieben</translation>
        </message>
        <message>
            <source>Choose how many minutes to put it off.</source>
            <translation>Wähle, um wie viele Minuten du sie verschiebst.</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Skip this break</source>
            <translation>Diese Pause überspringen</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n Min.</numerusform>
                <numerusform>%n Min.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>backmove report</source>
            <translation>backmove-Bericht</translation>
        </message>
        <message>
            <source>Nothing has been recorded yet. Each section below says what is still missing.</source>
            <translation>Bisher ist nichts aufgezeichnet. Jeder Abschnitt unten sagt, was noch fehlt.</translation>
        </message>
        <message>
            <source>Not shown for lack of room: see the app.</source>
            <translation>Aus Platzgründen nicht gezeigt: siehe App.</translation>
        </message>
        <message>
            <source>backmove {version} · self-reported, not a diagnosis · page {page} of {pages}</source>
            <translation>backmove {version} · Selbstauskunft, keine Diagnose · Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>backmove: low back report</source>
            <translation>backmove: Bericht zum unteren Rücken</translation>
        </message>
        <message>
            <source>Period: {first} to {last} · made on {made}</source>
            <translation>Zeitraum: {first} bis {last} · erstellt am {made}</translation>
        </message>
        <message>
            <source>Self-reported by the person using backmove, not a diagnosis. Pain is rated 0 (none) to 10 (worst imaginable).</source>
            <translation>Selbstauskunft der Person, die backmove nutzt, keine Diagnose. Schmerz wird von 0 (keiner) bis 10 (schlimmster vorstellbarer) bewertet.</translation>
        </message>
        <message>
            <source>No end-of-day ratings have been recorded yet: a baseline needs 7 ratings within 14 days.</source>
            <translation>Bisher wurden keine Bewertungen zum Tagesende aufgezeichnet: Ein Ausgangswert braucht 7 Bewertungen innerhalb von 14 Tagen.</translation>
        </message>
        <message>
            <source>Not enough end-of-day ratings yet for a baseline: it needs 7 ratings within 14 days; the most so far is {n}.</source>
            <translation>Noch nicht genug Bewertungen zum Tagesende für einen Ausgangswert: Er braucht 7 Bewertungen innerhalb von 14 Tagen; bisher sind es höchstens {n}.</translation>
        </message>
        <message>
            <source>Meaningfully better than at the start.</source>
            <translation>Deutlich besser als zu Beginn.</translation>
        </message>
        <message>
            <source>Meaningfully worse than at the start.</source>
            <translation>Deutlich schlechter als zu Beginn.</translation>
        </message>
        <message>
            <source>No clear change since the start.</source>
            <translation>Keine klare Veränderung seit Beginn.</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Ausgangswert</translation>
        </message>
        <message numerus="yes">
            <source>{value} (mean of %n ratings, {first} to {last})</source>
            <translation>
                <numerusform>{value} (aus %n Bewertung, {first} bis {last})</numerusform>
                <numerusform>{value} (Mittel aus %n Bewertungen, {first} bis {last})</numerusform>
            </translation>
        </message>
        <message>
            <source>Current 7-day mean</source>
            <translation>Aktuelles 7-Tage-Mittel</translation>
        </message>
        <message>
            <source>{value} (as of {day})</source>
            <translation>{value} (Stand {day})</translation>
        </message>
        <message>
            <source>Thresholds</source>
            <translation>Schwellen</translation>
        </message>
        <message>
            <source>better at or below {better}, worse at or above {worse}: a change of {points} points and {share} % from the baseline</source>
            <translation>besser bei {better} oder darunter, schlechter bei {worse} oder darüber: eine Veränderung um {points} Punkte und {share} % gegenüber dem Ausgangswert</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Gehalten</translation>
        </message>
        <message numerus="yes">
            <source>%n days in a row, since {since} (a verdict needs {hold})</source>
            <translation>
                <numerusform>%n Tag in Folge, seit {since} (ein Urteil braucht {hold})</numerusform>
                <numerusform>%n Tage in Folge, seit {since} (ein Urteil braucht {hold})</numerusform>
            </translation>
        </message>
        <message>
            <source>no change has held for {hold} days</source>
            <translation>keine Veränderung hat {hold} Tage gehalten</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Back pain often eases on its own, so a change says what changed, not why. End-of-day ratings logged in this period: {n}.</source>
            <translation>Rückenschmerzen bessern sich oft von selbst; eine Veränderung sagt also, was sich verändert hat, nicht warum. Bewertungen zum Tagesende in diesem Zeitraum: {n}.</translation>
        </message>
        <message>
            <source>Low back pain at the end of the day</source>
            <translation>Schmerzen im unteren Rücken am Tagesende</translation>
        </message>
        <message>
            <source>Function goals</source>
            <translation>Funktionsziele</translation>
        </message>
        <message>
            <source>No function goals have been named yet.</source>
            <translation>Bisher wurden keine Funktionsziele genannt.</translation>
        </message>
        <message>
            <source>rated once so far</source>
            <translation>bisher einmal bewertet</translation>
        </message>
        <message>
            <source>{change:+d}: 2 points or more</source>
            <translation>{change:+d}: 2 Punkte oder mehr</translation>
        </message>
        <message>
            <source>{change:+d}: less than 2 points</source>
            <translation>{change:+d}: weniger als 2 Punkte</translation>
        </message>
        <message>
            <source>{value} on {day}</source>
            <translation>{value} am {day}</translation>
        </message>
        <message>
            <source>How well the person can do each activity: 0 = unable, 10 = as before. A change of 2 points or more counts as important.</source>
            <translation>Wie gut die Person jede Tätigkeit ausführen kann: 0 = gar nicht, 10 = wie früher. Eine Veränderung um 2 Punkte oder mehr gilt als bedeutsam.</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Tätigkeit</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Erste</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Letzte</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message>
            <source>PEG, week by week</source>
            <translation>PEG, Woche für Woche</translation>
        </message>
        <message>
            <source>No PEG answers in this period yet.</source>
            <translation>In diesem Zeitraum noch keine PEG-Antworten.</translation>
        </message>
        <message>
            <source>Week of</source>
            <translation>Woche vom</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Change from the first week to the latest: {change:+.1f} (1 point or more counts as important).</source>
            <translation>Veränderung von der ersten zur letzten Woche: {change:+.1f} (1 Punkt oder mehr gilt als bedeutsam).</translation>
        </message>
        <message>
            <source>One week answered so far.</source>
            <translation>Bisher eine Woche beantwortet.</translation>
        </message>
        <message>
            <source>The mean of pain, interference with enjoyment of life and with general activity, each 0-10.</source>
            <translation>Das Mittel aus Schmerz, Beeinträchtigung der Lebensfreude und der allgemeinen Aktivität, jeweils 0-10.</translation>
        </message>
        <message>
            <source>Where it was felt, week by week</source>
            <translation>Wo es gespürt wurde, Woche für Woche</translation>
        </message>
        <message>
            <source>No weekly check-ins in this period yet.</source>
            <translation>In diesem Zeitraum noch keine wöchentlichen Check-ins.</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keiner</translation>
        </message>
        <message numerus="yes">
            <source>Discomfort 0-10 from the weekly check-in, the latest %n weeks; — not rated.</source>
            <translation>
                <numerusform>Beschwerden 0-10 aus dem wöchentlichen Check-in, die letzte %n Woche; — nicht bewertet.</numerusform>
                <numerusform>Beschwerden 0-10 aus dem wöchentlichen Check-in, die letzten %n Wochen; — nicht bewertet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Breaks, week by week</source>
            <translation>Pausen, Woche für Woche</translation>
        </message>
        <message>
            <source>No breaks recorded in this period yet.</source>
            <translation>In diesem Zeitraum noch keine Pausen aufgezeichnet.</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Angeboten</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gemacht</translation>
        </message>
        <message>
            <source>Done naturally</source>
            <translation>Von selbst gemacht</translation>
        </message>
        <message>
            <source>Movement breaks the app offered and the person did, and times they got up on their own (done naturally).</source>
            <translation>Bewegungspausen, die die App angeboten und die Person gemacht hat, und wie oft sie von selbst aufgestanden ist (von selbst gemacht).</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>A: emergency signs</source>
            <translation>A: Notfallzeichen</translation>
        </message>
        <message>
            <source>B: see a doctor soon</source>
            <translation>B: bald ärztlich abklären</translation>
        </message>
        <message>
            <source>C: routine appointment</source>
            <translation>C: regulärer Termin</translation>
        </message>
        <message>
            <source>no warning signs</source>
            <translation>keine Warnzeichen</translation>
        </message>
        <message>
            <source>told to get emergency help now; exercise paused</source>
            <translation>Rat, sofort Notfallhilfe zu holen; Übungen ausgesetzt</translation>
        </message>
        <message>
            <source>told to see a doctor soon; exercise paused</source>
            <translation>Rat, bald ärztlichen Rat einzuholen; Übungen ausgesetzt</translation>
        </message>
        <message>
            <source>told to book a routine appointment; gentle moves only</source>
            <translation>Rat, einen regulären Termin zu vereinbaren; nur sanfte Übungen</translation>
        </message>
        <message>
            <source>all clear</source>
            <translation>unauffällig</translation>
        </message>
        <message>
            <source>confirmed that a doctor or physiotherapist checked the back and said they can exercise</source>
            <translation>bestätigt, dass eine Ärztin, ein Arzt oder Physiotherapie den Rücken untersucht und Übungen erlaubt hat</translation>
        </message>
        <message>
            <source>Safety check answers</source>
            <translation>Antworten beim Sicherheitscheck</translation>
        </message>
        <message>
            <source>The safety check has not been answered yet.</source>
            <translation>Der Sicherheitscheck wurde noch nicht beantwortet.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>What followed</source>
            <translation>Was folgte</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Untersucht am</translation>
        </message>
        <message>
            <source>Stops during breaks</source>
            <translation>Abbrüche während der Pausen</translation>
        </message>
        <message>
            <source>No stop was reported during a break in this period.</source>
            <translation>In diesem Zeitraum wurde während keiner Pause ein Abbruch gemeldet.</translation>
        </message>
        <message>
            <source>What the person reported after pressing “Stop — this hurts”.</source>
            <translation>Was die Person nach „Stopp – das tut weh“ angegeben hat.</translation>
        </message>
        <message>
            <source>What they felt</source>
            <translation>Was gespürt wurde</translation>
        </message>
        <message>
            <source>During</source>
            <translation>Während</translation>
        </message>
        <message>
            <source>Moves not tolerated</source>
            <translation>Nicht vertragene Übungen</translation>
        </message>
        <message>
            <source>No move was marked as not tolerated in this period.</source>
            <translation>In diesem Zeitraum wurde keine Übung als nicht vertragen markiert.</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Latest dates</source>
            <translation>Letzte Daten</translation>
        </message>
        <message>
            <source>Older entries are in the app.</source>
            <translation>Ältere Einträge stehen in der App.</translation>
        </message>
        <message>
            <source>each day's rating</source>
            <translation>Bewertung des Tages</translation>
        </message>
        <message>
            <source>7-day mean</source>
            <translation>7-Tage-Mittel</translation>
        </message>
        <message>
            <source>baseline {value}</source>
            <translation>Ausgangswert {value}</translation>
        </message>
        <message>
            <source>meaningfully better at or below {value}</source>
            <translation>deutlich besser bei {value} oder darunter</translation>
        </message>
        <message>
            <source>meaningfully worse at or above {value}</source>
            <translation>deutlich schlechter bei {value} oder darüber</translation>
        </message>
    </context>
    <context>
        <name>SafetyCard</name>
        <message>
            <source>Close</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Continue</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>I understand</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Verstanden</translation>
        </message>
        <message>
            <source>Been checked by a doctor or physiotherapist? Once they've told you it's safe to exercise, let backmove know and it will offer the check again. Answering the questions again yourself can't do this.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Wurdest du ärztlich oder physiotherapeutisch untersucht? Sobald man dir gesagt hat, dass Übungen unbedenklich sind, sag backmove Bescheid – dann bietet es dir den Check erneut an. Die Fragen selbst noch einmal zu beantworten, reicht dafür nicht.</translation>
        </message>
        <message>
            <source>A doctor or physiotherapist has checked my back and said I can exercise</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Mein Rücken wurde ärztlich oder physiotherapeutisch untersucht und ich darf Übungen machen</translation>
        </message>
        <message>
            <source>Date of the assessment:</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Datum der Untersuchung:</translation>
        </message>
        <message>
            <source>Date of the assessment</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Datum der Untersuchung</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Notfall</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Dringend</translation>
        </message>
        <message>
            <source>Information</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Information</translation>
        </message>
        <message>
            <source>Call 999 or go to A&amp;E now. Don't wait to see if it settles.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Ruf jetzt die 999 an oder geh sofort in die Notaufnahme (A&amp;E). Warte nicht ab, ob es von selbst besser wird.</translation>
        </message>
        <message>
            <source>Call 112 or go to a hospital emergency department now. Don't wait to see if it settles.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Ruf jetzt die 112 an oder geh sofort in die Notaufnahme eines Krankenhauses. Warte nicht ab, ob es von selbst besser wird.</translation>
        </message>
        <message>
            <source>Call 911 or go to the emergency room now. Don't wait to see if it settles.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Ruf jetzt die 911 an oder geh sofort in die Notaufnahme (Emergency Room). Warte nicht ab, ob es von selbst besser wird.</translation>
        </message>
        <message>
            <source>Call your local emergency number or go to the nearest emergency department now. Don't wait to see if it settles.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Ruf jetzt die Notrufnummer deines Landes an oder geh sofort in die nächste Notaufnahme. Warte nicht ab, ob es von selbst besser wird.</translation>
        </message>
        <message>
            <source>Contact your GP, or call NHS 111. If it gets much worse, call 999.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Wende dich an deine Hausarztpraxis (GP) oder ruf NHS 111 an. Wenn es deutlich schlimmer wird, ruf die 999 an.</translation>
        </message>
        <message>
            <source>Contact your doctor's practice; when it is closed, call the medical on-call service on 116 117. If it gets much worse, call 112.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Wende dich an deine Arztpraxis; wenn sie geschlossen ist, ruf den ärztlichen Bereitschaftsdienst unter 116 117 an. Wenn es deutlich schlimmer wird, ruf die 112 an.</translation>
        </message>
        <message>
            <source>Call your doctor, or go to an urgent care clinic. If it gets much worse, call 911.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Ruf deine Ärztin oder deinen Arzt an oder geh in eine Urgent-Care-Klinik. Wenn es deutlich schlimmer wird, ruf die 911 an.</translation>
        </message>
        <message>
            <source>Contact your doctor or your local urgent care service. If it gets much worse, call your local emergency number.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Wende dich an deine Arztpraxis oder an den ärztlichen Bereitschaftsdienst vor Ort. Wenn es deutlich schlimmer wird, ruf die Notrufnummer deines Landes an.</translation>
        </message>
        <message>
            <source>Get emergency help now</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Jetzt Notfallhilfe holen</translation>
        </message>
        <message>
            <source>What you told us can be a sign of a serious problem that needs checking straight away.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Deine Angaben können ein Zeichen für ein ernstes Problem sein, das sofort abgeklärt werden muss.</translation>
        </message>
        <message>
            <source>backmove won't suggest any exercises until you've been assessed. Breaks will only remind you to stand up and change position.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>backmove schlägt dir keine Übungen vor, bis du untersucht wurdest. Pausen erinnern dich nur daran, aufzustehen und deine Position zu wechseln.</translation>
        </message>
        <message>
            <source>See a doctor soon</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Bald ärztlich untersuchen lassen</translation>
        </message>
        <message>
            <source>What you told us should be checked by a doctor within the next day or two.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Deine Angaben sollten in den nächsten ein, zwei Tagen ärztlich abgeklärt werden.</translation>
        </message>
        <message>
            <source>Until you've been assessed, backmove pauses its exercises. Breaks become a chance to stand, change position, and take a short easy walk if it's comfortable.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Bis du untersucht wurdest, setzt backmove die Übungen aus. Pausen sind dann eine Gelegenheit, aufzustehen, die Position zu wechseln und ein kurzes, lockeres Stück zu gehen, wenn es sich gut anfühlt.</translation>
        </message>
        <message>
            <source>Worth a routine appointment</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Ein Thema für einen regulären Termin</translation>
        </message>
        <message>
            <source>Most back pain isn't serious, and nothing you told us is urgent.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Die meisten Rückenschmerzen sind nicht ernst, und nichts von deinen Angaben ist dringend.</translation>
        </message>
        <message>
            <source>Mention it to your GP or a physiotherapist at a routine appointment.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Sprich es bei einem regulären Termin in deiner Hausarztpraxis oder in der Physiotherapie an.</translation>
        </message>
        <message>
            <source>You can keep using backmove. Until your next check it suggests gentle seated and standing moves only, and leaves out moves on the floor.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Du kannst backmove weiter verwenden. Bis zu deinem nächsten Check schlägt es nur sanfte Übungen im Sitzen und Stehen vor und lässt Übungen am Boden weg.</translation>
        </message>
        <message>
            <source>Exercises stay paused</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Die Übungen bleiben ausgesetzt</translation>
        </message>
        <message>
            <source>Your answers just now don't lift the pause. It began with something a clinician needs to check, and only their assessment can end it.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Deine Antworten eben heben die Pause nicht auf. Sie begann mit etwas, das ärztlich oder physiotherapeutisch abgeklärt werden muss, und nur diese Untersuchung kann sie beenden.</translation>
        </message>
        <message>
            <source>Once a doctor or physiotherapist has checked your back and said you can exercise, tell backmove from its menu (Safety check…). Until then, breaks only remind you to stand up, change position and walk a little if it's comfortable.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Sobald dein Rücken ärztlich oder physiotherapeutisch untersucht wurde und du wieder Übungen machen darfst, sag es backmove über sein Menü (Sicherheitscheck…). Bis dahin erinnern dich Pausen nur daran, aufzustehen, die Position zu wechseln und ein paar Schritte zu gehen, wenn es sich angenehm anfühlt.</translation>
        </message>
    </context>
    <context>
        <name>SafetyCardDialog</name>
        <message>
            <source>Safety</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Sicherheit</translation>
        </message>
    </context>
    <context>
        <name>ScreenDimmer</name>
        <message>
            <source>Dimmed screen</source>
            <translation>Abgedunkelter Bildschirm</translation>
        </message>
    </context>
    <context>
        <name>SessionCard</name>
        <message>
            <source>backmove — Back session</source>
            <translation>backmove — Rückeneinheit</translation>
        </message>
        <message>
            <source>Time for your back session — about 10 minutes</source>
            <translation>Zeit für deine Rückeneinheit – etwa 10 Minuten</translation>
        </message>
        <message>
            <source>Core strengthening, standing and then on a mat: pelvic tilts, bridges, a plank and more, at your own level. Stop any move that hurts.</source>
            <translation>Rumpfkräftigung, erst im Stehen, dann auf einer Matte: Beckenkippen, Brücken, ein Unterarmstütz und mehr, auf deinem eigenen Niveau. Brich jede Übung ab, die schmerzt.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Start the back session now</source>
            <translation>Die Rückeneinheit jetzt starten</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Remind me again in half an hour</source>
            <translation>In einer halben Stunde wieder erinnern</translation>
        </message>
        <message>
            <source>Not today</source>
            <translation>Heute nicht</translation>
        </message>
        <message>
            <source>No back session today</source>
            <translation>Heute keine Rückeneinheit</translation>
        </message>
    </context>
    <context>
        <name>SettingsWindow</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel: keep all data</source>
            <translation>Abbrechen: alle Daten behalten</translation>
        </message>
        <message>
            <source>Delete all my data</source>
            <translation>Alle meine Daten löschen</translation>
        </message>
        <message>
            <source>Delete all my data now; this cannot be undone</source>
            <translation>Alle meine Daten jetzt löschen; das lässt sich nicht rückgängig machen</translation>
        </message>
        <message>
            <source> in {folder}</source>
            <translation> in {folder}</translation>
        </message>
        <message>
            <source>This deletes everything backmove has recorded{where}: every break, every rating of your back, your verdicts on moves, the weekly check-ins, your answers to the safety check and the app's event log, the daily backups and the log file. Your settings and your own moves are kept.

This cannot be undone. Export your data first if you may want it later.</source>
            <translation>Damit wird alles gelöscht, was backmove{where} aufgezeichnet hat: jede Pause, jede Bewertung deines Rückens, deine Einschätzungen zu Übungen, die wöchentlichen Check-ins, deine Antworten beim Sicherheitscheck und das Ereignisprotokoll der App, die täglichen Sicherungen und die Protokolldatei. Deine Einstellungen und deine eigenen Übungen bleiben erhalten.

Das lässt sich nicht rückgängig machen. Exportiere deine Daten vorher, falls du sie später noch brauchen könntest.</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>Where backmove keeps your history.</source>
            <translation>Hier speichert backmove deine Aufzeichnungen.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Datenordner öffnen</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Export your data</source>
            <translation>Deine Daten exportieren</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Wiederherstellen…</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Delete all data…</source>
            <translation>Alle Daten löschen…</translation>
        </message>
        <message>
            <source>Delete all data</source>
            <translation>Alle Daten löschen</translation>
        </message>
        <message>
            <source>Your history: the breaks, ratings and check-ins, the daily backups and the log. Nothing leaves your computer.</source>
            <translation>Deine Aufzeichnungen: Pausen, Bewertungen und Check-ins, die täglichen Sicherungen und das Protokoll. Nichts davon verlässt deinen Computer.</translation>
        </message>
        <message>
            <source>Save everything backmove has recorded as CSV or JSON files, one per table, in a folder you choose. They can be imported again later.</source>
            <translation>Speichere alles, was backmove aufgezeichnet hat, als CSV- oder JSON-Dateien (eine pro Tabelle) in einem Ordner deiner Wahl. Du kannst sie später wieder importieren.</translation>
        </message>
        <message>
            <source>Copy the database into the backups folder now. backmove also does this every day and keeps the last seven.</source>
            <translation>Kopiere die Datenbank jetzt in den Sicherungsordner. backmove macht das außerdem jeden Tag und behält die letzten sieben.</translation>
        </message>
        <message>
            <source>Go back to one of your backups. What you have now is kept aside first, not deleted.</source>
            <translation>Kehre zu einer deiner Sicherungen zurück. Dein aktueller Stand wird vorher beiseitegelegt, nicht gelöscht.</translation>
        </message>
        <message>
            <source>Remove your history from this computer. You will be asked to confirm.</source>
            <translation>Entferne deine Aufzeichnungen von diesem Computer. Du wirst vorher noch einmal gefragt.</translation>
        </message>
        <message>
            <source>No days off yet.</source>
            <translation>Noch keine freien Tage.</translation>
        </message>
        <message>
            <source>First day off to add</source>
            <translation>Erster freier Tag zum Hinzufügen</translation>
        </message>
        <message>
            <source>Last day off to add</source>
            <translation>Letzter freier Tag zum Hinzufügen</translation>
        </message>
        <message>
            <source>The same as the first day to add one day.</source>
            <translation>Für einen einzelnen Tag wähle dasselbe Datum wie beim ersten Tag.</translation>
        </message>
        <message>
            <source>+ Add</source>
            <translation>+ Hinzufügen</translation>
        </message>
        <message>
            <source>Add these days off</source>
            <translation>Diese freien Tage hinzufügen</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>Auswahl entfernen</translation>
        </message>
        <message>
            <source>Remove the selected days off</source>
            <translation>Ausgewählte freie Tage entfernen</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message numerus="yes">
            <source>{label} holds at most %n days.</source>
            <translation>
                <numerusform>„{label}“ kann höchstens %n Tag enthalten.</numerusform>
                <numerusform>„{label}“ kann höchstens %n Tage enthalten.</numerusform>
            </translation>
        </message>
        <message>
            <source>New value for {label}</source>
            <translation>Neuer Wert für „{label}“</translation>
        </message>
        <message>
            <source>Add to {label}</source>
            <translation>Zu „{label}“ hinzufügen</translation>
        </message>
        <message>
            <source>Remove {value}</source>
            <translation>{value} entfernen</translation>
        </message>
        <message>
            <source>No folder: this computer works alone</source>
            <translation>Kein Ordner: dieser Computer arbeitet allein</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen …</translation>
        </message>
        <message>
            <source>Choose the sync folder</source>
            <translation>Sync-Ordner auswählen</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>Work alone: no sync folder</source>
            <translation>Allein arbeiten: kein Sync-Ordner</translation>
        </message>
        <message>
            <source>{day}, start of range {n}</source>
            <translation>{day}, Beginn von Zeitraum {n}</translation>
        </message>
        <message>
            <source>{day}, end of range {n}</source>
            <translation>{day}, Ende von Zeitraum {n}</translation>
        </message>
        <message>
            <source>00:00 here means midnight, the end of the day.</source>
            <translation>00:00 bedeutet hier Mitternacht, also das Ende des Tages.</translation>
        </message>
        <message>
            <source>Remove range {n} on {day}</source>
            <translation>Zeitraum {n} am {day} entfernen</translation>
        </message>
        <message>
            <source>No breaks</source>
            <translation>Keine Pausen</translation>
        </message>
        <message>
            <source>Add working hours on {day}</source>
            <translation>Arbeitszeit am {day} hinzufügen</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>backmove settings</source>
            <translation>backmove-Einstellungen</translation>
        </message>
        <message>
            <source>Find a setting (Ctrl+F)</source>
            <translation>Einstellung suchen (Strg+F)</translation>
        </message>
        <message>
            <source>Find a setting</source>
            <translation>Einstellung suchen</translation>
        </message>
        <message>
            <source>Shows only the settings whose name or explanation contains these words.</source>
            <translation>Zeigt nur die Einstellungen, deren Name oder Erklärung diese Wörter enthält.</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Einstellungsseiten</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Deine Daten</translation>
        </message>
        <message>
            <source>Changes apply as you make them; there is nothing to save.</source>
            <translation>Änderungen gelten sofort; du musst nichts speichern.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Jetzt neu starten</translation>
        </message>
        <message>
            <source>Restart backmove now in the new language</source>
            <translation>backmove jetzt in der neuen Sprache neu starten</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>Restart later: the language changes at the next start</source>
            <translation>Später neu starten: Die Sprache wechselt beim nächsten Start</translation>
        </message>
        <message>
            <source>Restart backmove now to use {language}?</source>
            <translation>backmove jetzt neu starten, um {language} zu verwenden?</translation>
        </message>
        <message>
            <source>No setting matches “{text}”.</source>
            <translation>Keine Einstellung passt zu „{text}“.</translation>
        </message>
        <message>
            <source>min</source>
            <translation>Min.</translation>
        </message>
        <message>
            <source>s</source>
            <translation>Sek.</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>Wie im System</translation>
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
            <source>Low back</source>
            <translation>Unterer Rücken</translation>
        </message>
        <message>
            <source>Hips</source>
            <translation>Hüften</translation>
        </message>
        <message>
            <source>Neck</source>
            <translation>Nacken</translation>
        </message>
        <message>
            <source>Shoulders</source>
            <translation>Schultern</translation>
        </message>
        <message>
            <source>Upper back</source>
            <translation>Oberer Rücken</translation>
        </message>
        <message>
            <source>Wrists</source>
            <translation>Handgelenke</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Beine</translation>
        </message>
        <message>
            <source>{value} is outside what {label} allows ({lo}–{hi}), so it was not applied; the setting keeps its last value.</source>
            <translation>{value} liegt außerhalb dessen, was „{label}“ erlaubt ({lo}–{hi}), und wurde daher nicht übernommen; die Einstellung behält ihren bisherigen Wert.</translation>
        </message>
        <message>
            <source>{value} was not applied: {label} needs {expected}. The setting keeps its last value.</source>
            <translation>{value} wurde nicht übernommen: „{label}“ erwartet {expected}. Die Einstellung behält ihren bisherigen Wert.</translation>
        </message>
        <message>
            <source>{value} was not applied: {label} can be {choices}. The setting keeps its last value.</source>
            <translation>{value} wurde nicht übernommen: Für „{label}“ möglich sind {choices}. Die Einstellung behält ihren bisherigen Wert.</translation>
        </message>
    </context>
    <context>
        <name>StatusPlace</name>
        <message>
            <source>backmove is already running</source>
            <translation>backmove läuft bereits</translation>
        </message>
        <message>
            <source>Its icon is in your system tray.</source>
            <translation>Das Symbol findest du im Infobereich.</translation>
        </message>
    </context>
    <context>
        <name>StopPages</name>
        <message>
            <source>Stop. What are you feeling?</source>
            <translation>Stopp. Was spürst du?</translation>
        </message>
        <message>
            <source>Rest where you are. Pick what fits best: it helps us keep you safe.</source>
            <translation>Ruh dich aus, wo du gerade bist. Wähl aus, was am besten passt: Das hilft uns, auf deine Sicherheit zu achten.</translation>
        </message>
        <message>
            <source>Pain, numbness or tingling going down a leg</source>
            <translation>Schmerzen, Taubheit oder Kribbeln, die in ein Bein ausstrahlen</translation>
        </message>
        <message>
            <source>Numbness around the genitals or bottom, or trouble with bladder or bowels</source>
            <translation>Taubheit im Bereich der Genitalien oder des Gesäßes oder Probleme mit Blase oder Darm</translation>
        </message>
        <message>
            <source>Sharp or shooting pain</source>
            <translation>Stechende oder einschießende Schmerzen</translation>
        </message>
        <message>
            <source>Dizziness</source>
            <translation>Schwindel</translation>
        </message>
        <message>
            <source>It just feels worse</source>
            <translation>Es fühlt sich einfach schlechter an</translation>
        </message>
        <message>
            <source>We'll leave this move out for a week</source>
            <translation>Wir lassen diese Übung eine Woche lang weg</translation>
        </message>
        <message>
            <source>Thanks for telling us. Rest a moment and let it settle. If it hasn't settled by tomorrow, pick gentler moves; if it keeps happening, check with a clinician.</source>
            <translation>Danke, dass du es uns sagst. Ruh dich kurz aus und lass es abklingen. Wenn es bis morgen nicht abgeklungen ist, wähl sanftere Übungen; wenn es immer wieder passiert, lass es ärztlich abklären.</translation>
        </message>
        <message>
            <source>Continue with the next move</source>
            <translation>Weiter mit der nächsten Übung</translation>
        </message>
        <message>
            <source>End the break</source>
            <translation>Pause beenden</translation>
        </message>
        <message>
            <source>Next up: {name}</source>
            <translation>Als Nächstes: {name}</translation>
        </message>
        <message>
            <source>Finish the break</source>
            <translation>Pause abschließen</translation>
        </message>
    </context>
    <context>
        <name>StopRule</name>
        <message>
            <source>Mild stretching or effort is fine. Stop and rest if you feel sharp or shooting pain, pain or tingling spreading down a leg or arm, new numbness or weakness, dizziness, or pain that is clearly worse than when you started. If it hasn't settled by the next day, pick gentler moves; if it keeps happening, check with a clinician.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Ein leichtes Dehngefühl oder etwas Anstrengung ist in Ordnung. Hör auf und ruh dich aus, wenn du stechende oder einschießende Schmerzen spürst, Schmerzen oder Kribbeln, die in ein Bein oder einen Arm ausstrahlen, ein neues Taubheitsgefühl oder neue Schwäche, Schwindel oder Schmerzen, die deutlich stärker sind als zu Beginn. Wenn es bis zum nächsten Tag nicht abgeklungen ist, wähle sanftere Übungen; wenn es immer wieder passiert, lass es medizinisch abklären.</translation>
        </message>
        <message>
            <source>Mild stretching is fine. Stop if you feel sharp pain, pain or tingling down a leg or arm, numbness, weakness or dizziness.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Ein leichtes Dehngefühl ist in Ordnung. Hör auf, wenn du stechende Schmerzen spürst, Schmerzen oder Kribbeln, die in ein Bein oder einen Arm ausstrahlen, Taubheitsgefühl, Schwäche oder Schwindel.</translation>
        </message>
        <message>
            <source>Stop rule</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Stopp-Regel</translation>
        </message>
        <message>
            <source>When to stop</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Wann du aufhören solltest</translation>
        </message>
        <message>
            <source>Read all</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Alles lesen</translation>
        </message>
        <message>
            <source>Show the whole stop rule</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Ganze Stopp-Regel zeigen</translation>
        </message>
        <message>
            <source>Show less</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Weniger zeigen</translation>
        </message>
        <message>
            <source>Show the short stop rule</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Kurze Stopp-Regel zeigen</translation>
        </message>
    </context>
    <context>
        <name>StopRuleLabel</name>
        <message>
            <source>When to stop</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Wann du aufhören solltest</translation>
        </message>
        <message>
            <source>Mild stretching or effort is fine. Stop and rest if you feel sharp or shooting pain, pain or tingling spreading down a leg or arm, new numbness or weakness, dizziness, or pain that is clearly worse than when you started. If it hasn't settled by the next day, pick gentler moves; if it keeps happening, check with a clinician.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Ein leichtes Dehngefühl oder etwas Anstrengung ist in Ordnung. Hör auf und ruh dich aus, wenn du stechende oder einschießende Schmerzen spürst, Schmerzen oder Kribbeln, die in ein Bein oder einen Arm ausstrahlen, ein neues Taubheitsgefühl oder neue Schwäche, Schwindel oder Schmerzen, die deutlich stärker sind als zu Beginn. Wenn es bis zum nächsten Tag nicht abgeklungen ist, wähle sanftere Übungen; wenn es immer wieder passiert, lass es medizinisch abklären.</translation>
        </message>
    </context>
    <context>
        <name>StreakCard</name>
        <message>
            <source>Streak</source>
            <translation>Serie</translation>
        </message>
        <message>
            <source>week in a row meeting your goal</source>
            <translation>Woche in Folge mit erreichtem Ziel</translation>
        </message>
        <message>
            <source>weeks in a row meeting your goal</source>
            <translation>Wochen in Folge mit erreichtem Ziel</translation>
        </message>
        <message>
            <source>{done} of {needed}</source>
            <translation>{done} von {needed}</translation>
        </message>
        <message>
            <source>days on target this week</source>
            <translation>Tage mit erreichtem Ziel diese Woche</translation>
        </message>
        <message>
            <source>no working days this week</source>
            <translation>diese Woche keine Arbeitstage</translation>
        </message>
        <message>
            <source>The last 7 days</source>
            <translation>Die letzten 7 Tage</translation>
        </message>
        <message>
            <source>No working days in the last 7 days</source>
            <translation>Keine Arbeitstage in den letzten 7 Tagen</translation>
        </message>
        <message>
            <source>A week counts with {needed} days on target (all but one in a short week). One miss a week is a rest day (R); an extra break the next working day makes up a miss (ringed).</source>
            <translation>Eine Woche zählt, wenn du an {needed} Tagen dein Ziel erreichst (in einer kurzen Woche an allen Tagen bis auf einen). Ein verpasster Tag pro Woche gilt als Ruhetag (R); eine zusätzliche Pause am nächsten Arbeitstag gleicht einen verpassten Tag aus (umrandet).</translation>
        </message>
        <message>
            <source>Filled: on target · ringed: made up the next day · R: rest day · dotted: still open · empty: missed · small dot: not a working day</source>
            <translation>Gefüllt: Ziel erreicht · umrandet: am nächsten Tag ausgeglichen · R: Ruhetag · gepunktet: noch offen · leer: verpasst · kleiner Punkt: kein Arbeitstag</translation>
        </message>
    </context>
    <context>
        <name>TodayCard</name>
        <message>
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <source>next break</source>
            <translation>nächste Pause</translation>
        </message>
        <message>
            <source>longest stretch without a break</source>
            <translation>längste Zeit ohne Pause</translation>
        </message>
        <message>
            <source>The longest part of today's working hours with no logged break. It is an upper bound: time away that backmove did not log counts as sitting.</source>
            <translation>Der längste Abschnitt deiner heutigen Arbeitszeit ohne erfasste Pause. Das ist eine obere Grenze: Abwesenheit, die backmove nicht erfasst hat, zählt als Sitzen.</translation>
        </message>
        <message>
            <source>no work today</source>
            <translation>heute frei</translation>
        </message>
        <message>
            <source>goal met</source>
            <translation>Ziel erreicht</translation>
        </message>
        <message>
            <source>breaks</source>
            <translation>Pausen</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n breaks today</source>
            <translation>
                <numerusform>{done} von %n Pause heute</numerusform>
                <numerusform>{done} von %n Pausen heute</numerusform>
            </translation>
        </message>
        <message>
            <source>Completed breaks and natural ones (you were away anyway) count toward the goal. Today: {completed} completed, {natural} natural; {offered} offered.</source>
            <translation>Erledigte Pausen und natürliche Pausen (du warst sowieso weg) zählen zum Ziel. Heute: {completed} erledigt, {natural} natürlich; {offered} angeboten.</translation>
        </message>
        <message>
            <source>walking today · {week} this week</source>
            <translation>heute gegangen · {week} diese Woche</translation>
        </message>
        <message>
            <source>Now: a {kind}</source>
            <translation>Jetzt: {kind}</translation>
        </message>
        <message>
            <source>On a break now</source>
            <translation>Gerade in einer Pause</translation>
        </message>
        <message>
            <source>Waiting for full screen or Do Not Disturb to end</source>
            <translation>Wartet, bis Vollbild oder „Nicht stören“ endet</translation>
        </message>
        <message>
            <source>Outside working hours</source>
            <translation>Außerhalb der Arbeitszeit</translation>
        </message>
        <message>
            <source>No more breaks today</source>
            <translation>Heute keine Pausen mehr</translation>
        </message>
        <message>
            <source>Waiting for the call or presentation to end</source>
            <translation>Wartet, bis der Anruf oder die Präsentation endet</translation>
        </message>
        <message numerus="yes">
            <source>In about %n min ({kind})</source>
            <translation>
                <numerusform>In etwa %n Min. ({kind})</numerusform>
                <numerusform>In etwa %n Min. ({kind})</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused until {time}</source>
            <translation>Ausgesetzt bis {time}</translation>
        </message>
        <message>
            <source>Paused until you resume</source>
            <translation>Ausgesetzt, bis du fortsetzt</translation>
        </message>
        <message>
            <source>Snoozed until {time}</source>
            <translation>Verschoben bis {time}</translation>
        </message>
        <message>
            <source>Meeting until {time}</source>
            <translation>Besprechung bis {time}</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>Each day</source>
            <translation>Tageswerte</translation>
        </message>
        <message>
            <source>Lowest to highest of those 7 days</source>
            <translation>Niedrigster bis höchster Wert dieser 7 Tage</translation>
        </message>
        <message>
            <source>7-day average</source>
            <translation>7-Tage-Durchschnitt</translation>
        </message>
        <message>
            <source>First two weeks ({value})</source>
            <translation>Erste zwei Wochen ({value})</translation>
        </message>
        <message>
            <source>2 points and 30 % away from it</source>
            <translation>2 Punkte und 30 % davon entfernt</translation>
        </message>
        <message>
            <source>Meaningfully lower for 2 weeks or more</source>
            <translation>Deutlich niedriger, 2 Wochen oder länger</translation>
        </message>
        <message>
            <source>Meaningfully higher for 2 weeks or more</source>
            <translation>Deutlich höher, 2 Wochen oder länger</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>The dashboard needs the database, which is not open now.</source>
            <translation>Die Übersicht braucht die Datenbank, die gerade nicht geöffnet ist.</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Bericht speichern</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The report could not be written to {path} ({detail}).</source>
            <translation>Der Bericht konnte nicht unter {path} gespeichert werden ({detail}).</translation>
        </message>
        <message>
            <source>Saved a {n}-page report to {path}.</source>
            <translation>Ein {n}-seitiger Bericht wurde unter {path} gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>WalkWindow</name>
        <message>
            <source>Walk break</source>
            <translation>Gehpause</translation>
        </message>
        <message>
            <source>WALK BREAK</source>
            <translation>GEHPAUSE</translation>
        </message>
        <message>
            <source>Time left of the walk</source>
            <translation>Verbleibende Zeit der Gehpause</translation>
        </message>
        <message>
            <source>How much of the walk is done</source>
            <translation>Wie viel der Gehpause geschafft ist</translation>
        </message>
        <message>
            <source>Stand up, walk a lap, to the water point or the stairs. Swing your arms.</source>
            <translation>Steh auf, geh eine Runde, zum Wasserspender oder zur Treppe. Lass die Arme schwingen.</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Was zu tun ist</translation>
        </message>
        <message>
            <source>After the walk</source>
            <translation>Nach der Gehpause</translation>
        </message>
        <message>
            <source>I'm back</source>
            <translation>Bin zurück</translation>
        </message>
        <message>
            <source>I'm back from my walk</source>
            <translation>Ich bin von der Gehpause zurück</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Skip this walk</source>
            <translation>Diese Gehpause überspringen</translation>
        </message>
        <message>
            <source>Stop — this hurts</source>
            <translation>Stopp – das tut weh</translation>
        </message>
        <message>
            <source>Asks what you feel.</source>
            <translation>Fragt, was du spürst.</translation>
        </message>
        <message>
            <source>Back to the walk</source>
            <translation>Zurück zur Gehpause</translation>
        </message>
        <message>
            <source>Then one move: {name}</source>
            <translation>Danach eine Übung: {name}</translation>
        </message>
        <message numerus="yes">
            <source>Then %n moves: {names}</source>
            <translation>
                <numerusform>Danach %n Übung: {names}</numerusform>
                <numerusform>Danach %n Übungen: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>left of your {n}-minute walk</source>
            <translation>von deiner {n}-minütigen Gehpause übrig</translation>
        </message>
        <message>
            <source>left of your walk</source>
            <translation>von deiner Gehpause übrig</translation>
        </message>
        <message>
            <source>That's your walk. Press “I'm back” when you're at your desk.</source>
            <translation>Das war deine Gehpause. Drück auf „Bin zurück“, wenn du wieder am Schreibtisch bist.</translation>
        </message>
    </context>
    <context>
        <name>WeeklyCheckin</name>
        <message>
            <source>Weekly check-in</source>
            <translation>Wöchentlicher Check-in</translation>
        </message>
        <message>
            <source>WEEKLY CHECK-IN</source>
            <translation>WÖCHENTLICHER CHECK-IN</translation>
        </message>
        <message>
            <source>WEEKLY CHECK-IN · {step} OF 2</source>
            <translation>WÖCHENTLICHER CHECK-IN · {step} VON 2</translation>
        </message>
        <message>
            <source>Seen from behind. Tap each place, or use the arrow keys and Space.</source>
            <translation>Ansicht von hinten. Klick auf jede Stelle oder nutze die Pfeiltasten und die Leertaste.</translation>
        </message>
        <message>
            <source>How bad was it? 0 = no discomfort, 10 = worst you can imagine.</source>
            <translation>Wie stark war es? 0 = keine Beschwerden, 10 = schlimmste vorstellbare.</translation>
        </message>
        <message>
            <source>Mark each place you felt discomfort this week. None at all? Choose “Nothing this week”.</source>
            <translation>Markiere jede Stelle, an der du diese Woche Beschwerden hattest. Gar keine? Wähl „Diese Woche nichts“.</translation>
        </message>
        <message>
            <source>Give each marked place a number to go on.</source>
            <translation>Gib jeder markierten Stelle eine Zahl, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Our own tracker, based on the regions used in the Nordic Musculoskeletal Questionnaire (Kuorinka et al., Appl Ergon 1987).</source>
            <translation>Unsere eigene Erfassung, angelehnt an die Körperregionen des Nordic Musculoskeletal Questionnaire (Kuorinka et al., Appl Ergon 1987).</translation>
        </message>
        <message>
            <source>Nothing this week</source>
            <translation>Diese Woche nichts</translation>
        </message>
        <message>
            <source>No discomfort anywhere this week</source>
            <translation>Diese Woche nirgends Beschwerden</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Jetzt nicht</translation>
        </message>
        <message>
            <source>Not now: close the check-in</source>
            <translation>Jetzt nicht: Check-in schließen</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Next: three questions about the past week</source>
            <translation>Weiter: drei Fragen zur vergangenen Woche</translation>
        </message>
        <message>
            <source>Save the check-in</source>
            <translation>Check-in speichern</translation>
        </message>
        <message>
            <source>Where did you feel discomfort this week?</source>
            <translation>Wo hattest du diese Woche Beschwerden?</translation>
        </message>
        <message>
            <source>No pain</source>
            <translation>Keine Schmerzen</translation>
        </message>
        <message>
            <source>Pain as bad as you can imagine</source>
            <translation>Schlimmste vorstellbare Schmerzen</translation>
        </message>
        <message>
            <source>Does not interfere</source>
            <translation>Keine Beeinträchtigung</translation>
        </message>
        <message>
            <source>Completely interferes</source>
            <translation>Völlige Beeinträchtigung</translation>
        </message>
        <message>
            <source>What number best describes your pain on average in the past week?</source>
            <translation>Welche Zahl beschreibt am besten deine durchschnittlichen Schmerzen in der vergangenen Woche?</translation>
        </message>
        <message>
            <source>What number best describes how, during the past week, pain has interfered with your enjoyment of life?</source>
            <translation>Welche Zahl beschreibt am besten, wie sehr Schmerzen in der vergangenen Woche deine Lebensfreude beeinträchtigt haben?</translation>
        </message>
        <message>
            <source>What number best describes how, during the past week, pain has interfered with your general activity?</source>
            <translation>Welche Zahl beschreibt am besten, wie sehr Schmerzen in der vergangenen Woche deine allgemeine Aktivität beeinträchtigt haben?</translation>
        </message>
        <message>
            <source>Answer all three to save them, or skip them.</source>
            <translation>Beantworte alle drei, um sie zu speichern, oder überspring sie.</translation>
        </message>
        <message>
            <source>PEG: Krebs et al., J Gen Intern Med 2009</source>
            <translation>PEG: Krebs et al., J Gen Intern Med 2009</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Back to the body map</source>
            <translation>Zurück zur Körperkarte</translation>
        </message>
        <message>
            <source>Skip these questions</source>
            <translation>Fragen überspringen</translation>
        </message>
        <message>
            <source>Save without these three questions</source>
            <translation>Ohne diese drei Fragen speichern</translation>
        </message>
        <message>
            <source>Three questions about the past week</source>
            <translation>Drei Fragen zur vergangenen Woche</translation>
        </message>
        <message>
            <source>Discard this check-in?</source>
            <translation>Diesen Check-in verwerfen?</translation>
        </message>
        <message>
            <source>Discard this check-in? The answers you gave will not be kept.</source>
            <translation>Diesen Check-in verwerfen? Deine Antworten werden nicht gespeichert.</translation>
        </message>
        <message>
            <source>Keep going</source>
            <translation>Weitermachen</translation>
        </message>
        <message>
            <source>Keep going with the check-in</source>
            <translation>Mit dem Check-in weitermachen</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Discard this check-in</source>
            <translation>Diesen Check-in verwerfen</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>ddd d MMM</source>
            <translation>ddd, d. MMM</translation>
        </message>
        <message>
            <source>d MMM</source>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>dddd d MMMM</source>
            <translation>dddd, d. MMMM</translation>
        </message>
        <message>
            <source>dddd d MMMM yyyy</source>
            <translation>dddd, d. MMMM yyyy</translation>
        </message>
        <message numerus="yes">
            <source>{on} of %n working days on target in the last 7 days</source>
            <translation>
                <numerusform>Ziel an {on} von %n Arbeitstag der letzten 7 Tage erreicht</numerusform>
                <numerusform>Ziel an {on} von %n Arbeitstagen der letzten 7 Tage erreicht</numerusform>
            </translation>
        </message>
        <message>
            <source>Not enough ratings yet — {n} of 7. The first two weeks with 7 end-of-day answers set the level later weeks are compared with.</source>
            <translation>Noch nicht genug Bewertungen – {n} von 7. Die ersten zwei Wochen mit 7 Antworten am Tagesende legen den Ausgangswert fest, mit dem spätere Wochen verglichen werden.</translation>
        </message>
        <message>
            <source>Your average over your first two weeks is {baseline}. From {day} on, your 7-day average is compared with it: no clear change so far.</source>
            <translation>Dein Durchschnitt der ersten zwei Wochen liegt bei {baseline}. Ab {day} wird dein 7-Tage-Durchschnitt damit verglichen: bisher keine klare Veränderung.</translation>
        </message>
        <message>
            <source>Meaningfully better: your 7-day average on {day} was {mean}, against {baseline} in your first two weeks, and it has been at least 2 points and 30 % lower every day since {since}.</source>
            <translation>Deutlich besser: Dein 7-Tage-Durchschnitt lag am {day} bei {mean}, in deinen ersten zwei Wochen bei {baseline}, und er liegt seit {since} jeden Tag mindestens 2 Punkte und 30 % niedriger.</translation>
        </message>
        <message>
            <source>Meaningfully worse: your 7-day average on {day} was {mean}, against {baseline} in your first two weeks, and it has been at least 2 points and 30 % higher every day since {since}. If it stays there, a check-in with a clinician is worth it.</source>
            <translation>Deutlich schlechter: Dein 7-Tage-Durchschnitt lag am {day} bei {mean}, in deinen ersten zwei Wochen bei {baseline}, und er liegt seit {since} jeden Tag mindestens 2 Punkte und 30 % höher. Wenn das so bleibt, lohnt es sich, ärztlichen Rat einzuholen.</translation>
        </message>
        <message>
            <source>No clear change: your 7-day average on {day} was {mean}, against {baseline} in your first two weeks. A clear change is 2 points and 30 % either way, held for two weeks.</source>
            <translation>Keine klare Veränderung: Dein 7-Tage-Durchschnitt lag am {day} bei {mean}, in deinen ersten zwei Wochen bei {baseline}. Eine klare Veränderung sind 2 Punkte und 30 % in die eine oder andere Richtung, zwei Wochen lang gehalten.</translation>
        </message>
        <message>
            <source>Back pain often eases on its own, and backmove cannot tell what caused a change.</source>
            <translation>Rückenschmerzen lassen oft von selbst nach, und backmove kann nicht erkennen, wodurch sich etwas verändert hat.</translation>
        </message>
        <message>
            <source>It was meaningfully lower on that day only; a change counts once it has held for {hold} days.</source>
            <translation>Er lag nur an diesem Tag deutlich niedriger; eine Veränderung zählt, wenn sie {hold} Tage lang hält.</translation>
        </message>
        <message numerus="yes">
            <source>It has been meaningfully lower for the last %n days; a change counts once it has held for {hold}.</source>
            <translation>
                <numerusform>Er liegt seit %n Tag deutlich niedriger; eine Veränderung zählt, wenn sie {hold} Tage lang hält.</numerusform>
                <numerusform>Er liegt seit %n Tagen deutlich niedriger; eine Veränderung zählt, wenn sie {hold} Tage lang hält.</numerusform>
            </translation>
        </message>
        <message>
            <source>It was meaningfully higher on that day only; a change counts once it has held for {hold} days.</source>
            <translation>Er lag nur an diesem Tag deutlich höher; eine Veränderung zählt, wenn sie {hold} Tage lang hält.</translation>
        </message>
        <message numerus="yes">
            <source>It has been meaningfully higher for the last %n days; a change counts once it has held for {hold}.</source>
            <translation>
                <numerusform>Er liegt seit %n Tag deutlich höher; eine Veränderung zählt, wenn sie {hold} Tage lang hält.</numerusform>
                <numerusform>Er liegt seit %n Tagen deutlich höher; eine Veränderung zählt, wenn sie {hold} Tage lang hält.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 week in a row meeting your goal</source>
            <translation>1 Woche in Folge mit erreichtem Ziel</translation>
        </message>
        <message numerus="yes">
            <source>%n weeks in a row meeting your goal</source>
            <translation>
                <numerusform>%n Woche in Folge mit erreichtem Ziel</numerusform>
                <numerusform>%n Wochen in Folge mit erreichtem Ziel</numerusform>
            </translation>
        </message>
        <message>
            <source>1 week</source>
            <translation>1 Woche</translation>
        </message>
        <message numerus="yes">
            <source>%n weeks</source>
            <translation>
                <numerusform>%n Woche</numerusform>
                <numerusform>%n Wochen</numerusform>
            </translation>
        </message>
        <message>
            <source>1 rated break</source>
            <translation>1 bewertete Pause</translation>
        </message>
        <message numerus="yes">
            <source>%n rated breaks</source>
            <translation>
                <numerusform>%n bewertete Pause</numerusform>
                <numerusform>%n bewertete Pausen</numerusform>
            </translation>
        </message>
        <message>
            <source>1 natural break when you were away anyway</source>
            <translation>1 natürliche Pause, als du ohnehin weg warst</translation>
        </message>
        <message numerus="yes">
            <source>%n natural breaks when you were away anyway</source>
            <translation>
                <numerusform>%n natürliche Pause, als du ohnehin weg warst</numerusform>
                <numerusform>%n natürliche Pausen, als du ohnehin weg warst</numerusform>
            </translation>
        </message>
        <message>
            <source>1 prompt expired unanswered</source>
            <translation>1 Erinnerung unbeantwortet abgelaufen</translation>
        </message>
        <message numerus="yes">
            <source>%n prompts expired unanswered</source>
            <translation>
                <numerusform>%n Erinnerung unbeantwortet abgelaufen</numerusform>
                <numerusform>%n Erinnerungen unbeantwortet abgelaufen</numerusform>
            </translation>
        </message>
        <message>
            <source>{m} min</source>
            <translation>{m} Min.</translation>
        </message>
        <message>
            <source>{h} h</source>
            <translation>{h} Std.</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} Std. {m} Min.</translation>
        </message>
        <message>
            <source>walk</source>
            <translation>Gehpause</translation>
        </message>
        <message>
            <source>back session</source>
            <translation>Rückeneinheit</translation>
        </message>
        <message>
            <source>stretch</source>
            <translation>Dehnpause</translation>
        </message>
        <message numerus="yes">
            <source>%n-min back session</source>
            <translation>
                <numerusform>%n-Min.-Rückeneinheit</numerusform>
                <numerusform>%n-Min.-Rückeneinheit</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-min walk</source>
            <translation>
                <numerusform>%n-Min.-Gehpause</numerusform>
                <numerusform>%n-Min.-Gehpause</numerusform>
            </translation>
        </message>
        <message>
            <source>{m} min {s} s walk</source>
            <translation>Gehpause, {m} Min. {s} Sek.</translation>
        </message>
        <message numerus="yes">
            <source>%n-second stretch</source>
            <translation>
                <numerusform>%n-Sekunden-Dehnpause</numerusform>
                <numerusform>%n-Sekunden-Dehnpause</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-min stretch</source>
            <translation>
                <numerusform>%n-Min.-Dehnpause</numerusform>
                <numerusform>%n-Min.-Dehnpause</numerusform>
            </translation>
        </message>
        <message>
            <source>{m} min {s} s stretch</source>
            <translation>Dehnpause, {m} Min. {s} Sek.</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>Mo</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Di</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Mi</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fr</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sa</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>So</translation>
        </message>
        <message>
            <source>Working hours begin at {time}</source>
            <translation>Die Arbeitszeit beginnt um {time}</translation>
        </message>
        <message>
            <source>Working hours begin tomorrow at {time}</source>
            <translation>Die Arbeitszeit beginnt morgen um {time}</translation>
        </message>
        <message>
            <source>Working hours begin {day} {time}</source>
            <translation>Die Arbeitszeit beginnt am {day} um {time}</translation>
        </message>
        <message>
            <source>Working hours begin {day} {date} {time}</source>
            <translation>Die Arbeitszeit beginnt am {day}, {date}, um {time}</translation>
        </message>
        <message>
            <source>Outside working hours</source>
            <translation>Außerhalb der Arbeitszeit</translation>
        </message>
        <message>
            <source>Paused until {time}</source>
            <translation>Ausgesetzt bis {time}</translation>
        </message>
        <message>
            <source>Paused until you resume</source>
            <translation>Ausgesetzt, bis du fortsetzt</translation>
        </message>
        <message>
            <source>Break waiting for you: {what}</source>
            <translation>Die Pause wartet auf dich: {what}</translation>
        </message>
        <message>
            <source>On a break</source>
            <translation>In der Pause</translation>
        </message>
        <message>
            <source>Meeting mode until {time}</source>
            <translation>Besprechungsmodus bis {time}</translation>
        </message>
        <message>
            <source>Next: {what}, held until the call or presentation ends</source>
            <translation>Als Nächstes: {what}, zurückgehalten, bis der Anruf oder die Präsentation endet</translation>
        </message>
        <message>
            <source>Next: {what}, held until the full-screen window or Do Not Disturb ends</source>
            <translation>Als Nächstes: {what}, zurückgehalten, bis Vollbild oder „Nicht stören“ endet</translation>
        </message>
        <message>
            <source>Snoozed until {time}</source>
            <translation>Verschoben bis {time}</translation>
        </message>
        <message numerus="yes">
            <source>Break in %n seconds: {what}</source>
            <translation>
                <numerusform>Pause in %n Sekunde: {what}</numerusform>
                <numerusform>Pause in %n Sekunden: {what}</numerusform>
            </translation>
        </message>
        <message>
            <source>Next: {what} at your next pause in typing</source>
            <translation>Als Nächstes: {what}, sobald du beim Tippen innehältst</translation>
        </message>
        <message>
            <source>No more breaks today</source>
            <translation>Heute keine Pausen mehr</translation>
        </message>
        <message numerus="yes">
            <source>Next: {what} in about %n min</source>
            <translation>
                <numerusform>Als Nächstes: {what} in etwa %n Min.</numerusform>
                <numerusform>Als Nächstes: {what} in etwa %n Min.</numerusform>
            </translation>
        </message>
        <message>
            <source>Next: {what}</source>
            <translation>Als Nächstes: {what}</translation>
        </message>
        <message>
            <source>Timing by the clock: this desktop does not report idle time</source>
            <translation>Zeitmessung nach der Uhr: Diese Desktop-Umgebung meldet keine Leerlaufzeit</translation>
        </message>
    </context>
    <context>
        <name>_CheckPage</name>
        <message>
            <source>Safety check · step %1 of %2</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Sicherheitscheck · Schritt %1 von %2</translation>
        </message>
        <message>
            <source>Tick any that apply to you. If none do, tick “None of these apply”.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Kreuze alles an, was auf dich zutrifft. Wenn nichts davon zutrifft, kreuze „Nichts davon trifft zu“ an.</translation>
        </message>
        <message>
            <source>&amp;None of these apply</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>&amp;Nichts davon trifft zu</translation>
        </message>
        <message>
            <source>None of these apply</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Nichts davon trifft zu</translation>
        </message>
        <message>
            <source>Back</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Zurück zum vorigen Schritt</translation>
        </message>
        <message>
            <source>Continue</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Continue to the next step</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Weiter zum nächsten Schritt</translation>
        </message>
        <message>
            <source>Before we suggest any movement — a quick safety check</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Bevor wir dir Bewegung vorschlagen – ein kurzer Sicherheitscheck</translation>
        </message>
    </context>
    <context>
        <name>_GoalRow</name>
        <message>
            <source>{activity}: ratings over time, {values}</source>
            <translation>{activity}: Bewertungen im Verlauf, {values}</translation>
        </message>
    </context>
    <context>
        <name>_NewRow</name>
        <message>
            <source>For example: sit through a one-hour meeting</source>
            <translation>Zum Beispiel: eine einstündige Besprechung durchsitzen</translation>
        </message>
        <message>
            <source>Activity {n}</source>
            <translation>Tätigkeit {n}</translation>
        </message>
        <message>
            <source>Activity {n}: how well you can do it now, 0 to 10</source>
            <translation>Tätigkeit {n}: wie gut du sie jetzt kannst, 0 bis 10</translation>
        </message>
    </context>
    <context>
        <name>_RegionRow</name>
        <message>
            <source>{region}: discomfort from 0 to 10</source>
            <translation>{region}: Beschwerden von 0 bis 10</translation>
        </message>
    </context>
    <context>
        <name>_TrackedRow</name>
        <message>
            <source>{activity}: how well you can do it now, 0 to 10</source>
            <translation>{activity}: wie gut du es jetzt kannst, 0 bis 10</translation>
        </message>
        <message>
            <source>Stop tracking</source>
            <translation>Nicht mehr verfolgen</translation>
        </message>
        <message>
            <source>Stop tracking: {activity}</source>
            <translation>Nicht mehr verfolgen: {activity}</translation>
        </message>
        <message>
            <source>No longer tracked once you save; its ratings so far are kept.</source>
            <translation>Wird nach dem Speichern nicht mehr verfolgt; die bisherigen Bewertungen bleiben erhalten.</translation>
        </message>
        <message>
            <source>Keep tracking</source>
            <translation>Weiter verfolgen</translation>
        </message>
    </context>
    <context>
        <name>backends</name>
        <message>
            <source>none found</source>
            <translation>nichts gefunden</translation>
        </message>
        <message>
            <source>the X server's idle alarms, which say when you stop and when you come back</source>
            <translation>die Leerlaufalarme des X-Servers, die melden, wann du aufhörst und wann du zurückkommst</translation>
        </message>
        <message>
            <source>the Wayland compositor, which says when you stop and when you come back</source>
            <translation>der Wayland-Compositor, der meldet, wann du aufhörst und wann du zurückkommst</translation>
        </message>
        <message>
            <source>the Wayland compositor, which says when you stop and when you come back (a video or call that keeps the screen awake counts as being here)</source>
            <translation>der Wayland-Compositor, der meldet, wann du aufhörst und wann du zurückkommst (ein Video oder Anruf, der den Bildschirm wach hält, zählt als Anwesenheit)</translation>
        </message>
        <message>
            <source>the X server's screen-saver counter, asked every 5 seconds</source>
            <translation>der Bildschirmschoner-Zähler des X-Servers, alle 5 Sekunden abgefragt</translation>
        </message>
        <message>
            <source>GNOME's idle monitor, which says when you stop and when you come back</source>
            <translation>GNOMEs Leerlaufmonitor, der meldet, wann du aufhörst und wann du zurückkommst</translation>
        </message>
        <message>
            <source>the desktop's screen-saver service, asked every 5 seconds</source>
            <translation>der Bildschirmschoner-Dienst des Desktops, alle 5 Sekunden abgefragt</translation>
        </message>
        <message>
            <source>Windows' time since the last input, asked every 5 seconds</source>
            <translation>die Zeit seit der letzten Eingabe von Windows, alle 5 Sekunden abgefragt</translation>
        </message>
        <message>
            <source>macOS's time since the last input, asked every 5 seconds</source>
            <translation>die Zeit seit der letzten Eingabe von macOS, alle 5 Sekunden abgefragt</translation>
        </message>
        <message>
            <source>the desktop, asked every 5 seconds because BACKMOVE_IDLE=poll is set</source>
            <translation>der Desktop, alle 5 Sekunden abgefragt, weil BACKMOVE_IDLE=poll gesetzt ist</translation>
        </message>
        <message>
            <source>logind's sleep signal, and a clock check</source>
            <translation>das Ruhezustand-Signal von logind und ein Uhrenabgleich</translation>
        </message>
        <message>
            <source>a clock check whenever the clock is set or the machine wakes</source>
            <translation>ein Uhrenabgleich, sobald die Uhr gestellt wird oder der Rechner aufwacht</translation>
        </message>
        <message>
            <source>a clock check every 30 seconds</source>
            <translation>ein Uhrenabgleich alle 30 Sekunden</translation>
        </message>
        <message>
            <source>the X11 window manager's full-screen state</source>
            <translation>der Vollbild-Zustand des X11-Fenstermanagers</translation>
        </message>
        <message>
            <source>the window in front covering its monitor</source>
            <translation>das vorderste Fenster füllt seinen Bildschirm</translation>
        </message>
        <message>
            <source>KWin's window list (a script in KWin)</source>
            <translation>KWins Fensterliste (ein Skript in KWin)</translation>
        </message>
        <message>
            <source>the notification server's Do Not Disturb</source>
            <translation>„Nicht stören“ des Benachrichtigungsdienstes</translation>
        </message>
        <message>
            <source>dunst's pause</source>
            <translation>die Pause-Funktion von dunst</translation>
        </message>
        <message>
            <source>XFCE's Do Not Disturb</source>
            <translation>„Nicht stören“ von XFCE</translation>
        </message>
        <message>
            <source>GNOME's Do Not Disturb (notification banners off)</source>
            <translation>„Nicht stören“ von GNOME (Benachrichtigungsbanner aus)</translation>
        </message>
        <message>
            <source>apps that keep the screen awake (calls, slide shows)</source>
            <translation>Apps, die den Bildschirm wach halten (Anrufe, Präsentationen)</translation>
        </message>
        <message>
            <source>unknown on this Wayland desktop</source>
            <translation>auf diesem Wayland-Desktop unbekannt</translation>
        </message>
        <message>
            <source>unknown here</source>
            <translation>hier unbekannt</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>state</source>
            <translation>Zustand</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>Überblick</translation>
        </message>
        <message>
            <source>breaks today</source>
            <translation>Pausen heute</translation>
        </message>
        <message>
            <source>offered today</source>
            <translation>heute angeboten</translation>
        </message>
        <message>
            <source>goal today</source>
            <translation>Ziel heute</translation>
        </message>
        <message>
            <source>longest stretch without a break</source>
            <translation>längste Zeit ohne Pause</translation>
        </message>
        <message>
            <source>running</source>
            <translation>läuft</translation>
        </message>
        <message>
            <source>version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>tray</source>
            <translation>Infobereich</translation>
        </message>
        <message>
            <source>config folder</source>
            <translation>Einstellungsordner</translation>
        </message>
        <message>
            <source>data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>database version</source>
            <translation>Datenbankversion</translation>
        </message>
        <message>
            <source>records</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <source>integrity</source>
            <translation>Integrität</translation>
        </message>
        <message>
            <source>backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>exercise paused</source>
            <translation>Übungen pausiert</translation>
        </message>
        <message>
            <source>other devices read</source>
            <translation>andere Computer gelesen</translation>
        </message>
        <message>
            <source>at work: the next break is being timed</source>
            <translation>bei der Arbeit: die Zeit bis zur nächsten Pause läuft</translation>
        </message>
        <message>
            <source>a break is about to be offered</source>
            <translation>gleich wird eine Pause vorgeschlagen</translation>
        </message>
        <message>
            <source>a break is offered</source>
            <translation>eine Pause wird vorgeschlagen</translation>
        </message>
        <message>
            <source>on a break</source>
            <translation>in einer Pause</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>ausgesetzt</translation>
        </message>
        <message>
            <source>outside working hours</source>
            <translation>außerhalb der Arbeitszeit</translation>
        </message>
        <message>
            <source>the icon is in the system tray</source>
            <translation>das Symbol ist im Infobereich</translation>
        </message>
        <message>
            <source>no tray here: backmove shows a small window instead</source>
            <translation>kein Infobereich: backmove zeigt stattdessen ein kleines Fenster</translation>
        </message>
        <message>
            <source>breaks</source>
            <translation>Pausen</translation>
        </message>
        <message>
            <source>ratings</source>
            <translation>Bewertungen</translation>
        </message>
        <message>
            <source>move feedback</source>
            <translation>Rückmeldungen zu Übungen</translation>
        </message>
        <message>
            <source>check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <source>safety checks</source>
            <translation>Sicherheitschecks</translation>
        </message>
        <message>
            <source>app events</source>
            <translation>App-Ereignisse</translation>
        </message>
        <message>
            <source>function goals</source>
            <translation>Funktionsziele</translation>
        </message>
        <message>
            <source>function goal ratings</source>
            <translation>Bewertungen der Funktionsziele</translation>
        </message>
        <message>
            <source>neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set</source>
            <translation>weder DISPLAY (X11) noch WAYLAND_DISPLAY (Wayland) ist gesetzt</translation>
        </message>
        <message>
            <source>the X11 display {display} does not answer</source>
            <translation>die X11-Anzeige {display} antwortet nicht</translation>
        </message>
        <message>
            <source>DISPLAY (X11) is not set</source>
            <translation>DISPLAY (X11) ist nicht gesetzt</translation>
        </message>
        <message>
            <source>the Wayland socket {name} does not exist</source>
            <translation>den Wayland-Socket {name} gibt es nicht</translation>
        </message>
        <message>
            <source>WAYLAND_DISPLAY (Wayland) is not set</source>
            <translation>WAYLAND_DISPLAY (Wayland) ist nicht gesetzt</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} und {second}</translation>
        </message>
        <message>
            <source>no desktop display to show backmove on ({missing}); start backmove from inside your desktop session (its applications menu, autostart, or a terminal opened there), and `backmove doctor` explains what it looks for.</source>
            <translation>kein Desktop-Bildschirm, auf dem backmove sich zeigen kann ({missing}); starte backmove in deiner Desktop-Sitzung (über ihr Anwendungsmenü, den Autostart oder ein dort geöffnetes Terminal), und `backmove doctor` erklärt, wonach es sucht.</translation>
        </message>
        <message>
            <source>Movement breaks for people who sit at a computer all day. With no command, starts backmove in the system tray.</source>
            <translation>Bewegungspausen für alle, die den ganzen Tag am Computer sitzen. Ohne Befehl startet backmove im Infobereich.</translation>
        </message>
        <message>
            <source>Exit codes: 0 done; 1 failed (the message says why); 2 a value the command cannot take; 3 backmove is not running; 4 the command socket's place is not safe to use; 5 no desktop display to start backmove on (`backmove doctor` explains).</source>
            <translation>Rückgabewerte: 0 erledigt; 1 fehlgeschlagen (die Meldung sagt, warum); 2 ein Wert, den der Befehl nicht annimmt; 3 backmove läuft nicht; 4 der Ort des Befehls-Sockets ist nicht sicher; 5 kein Desktop-Bildschirm, auf dem backmove starten kann (`backmove doctor` erklärt es).</translation>
        </message>
        <message>
            <source>show backmove's version and exit</source>
            <translation>die Version von backmove zeigen und beenden</translation>
        </message>
        <message>
            <source>keep settings and data in DIR (default: $BACKMOVE_HOME, else the usual folders of this system)</source>
            <translation>Einstellungen und Daten in DIR ablegen (Standard: $BACKMOVE_HOME, sonst die üblichen Ordner dieses Systems)</translation>
        </message>
        <message>
            <source>what to do; with none, backmove starts (or shows itself if it runs)</source>
            <translation>was zu tun ist; ohne Befehl startet backmove (oder zeigt sich, wenn es schon läuft)</translation>
        </message>
        <message>
            <source>what backmove is doing now</source>
            <translation>was backmove gerade tut</translation>
        </message>
        <message>
            <source>Say what backmove is doing now and how today's breaks went; when it is not running, where its data is and what the database holds.</source>
            <translation>Zeigt, was backmove gerade tut und wie die Pausen heute liefen; wenn es nicht läuft, wo seine Daten liegen und was die Datenbank enthält.</translation>
        </message>
        <message>
            <source>print JSON with the raw values, for scripts</source>
            <translation>JSON mit den Rohwerten ausgeben, für Skripte</translation>
        </message>
        <message>
            <source>check this desktop: paths, tray, notifications, detection</source>
            <translation>diesen Desktop prüfen: Pfade, Infobereich, Benachrichtigungen, Erkennung</translation>
        </message>
        <message>
            <source>Check what backmove can use on this desktop (tray, notifications, idle time, sleep, full screen, Do Not Disturb) and where it keeps its files. Paste the output into a bug report; its left column stays English so every report reads the same.</source>
            <translation>Prüft, was backmove auf diesem Desktop nutzen kann (Infobereich, Benachrichtigungen, Leerlaufzeit, Ruhezustand, Vollbild, Nicht stören), und wo es seine Dateien ablegt. Füge die Ausgabe in einen Fehlerbericht ein; die linke Spalte bleibt englisch, damit jeder Bericht gleich aussieht.</translation>
        </message>
        <message>
            <source>write every table to CSV or JSON files, one per table</source>
            <translation>jede Tabelle als CSV- oder JSON-Datei schreiben, eine pro Tabelle</translation>
        </message>
        <message>
            <source>Write your whole log to a folder, one CSV or JSON file per table, readable without backmove and complete enough for `backmove import`.</source>
            <translation>Schreibt alle deine Aufzeichnungen in einen Ordner, eine CSV- oder JSON-Datei je Tabelle, lesbar ohne backmove und vollständig genug für `backmove import`.</translation>
        </message>
        <message>
            <source>csv (the default) or json</source>
            <translation>csv (Standard) oder json</translation>
        </message>
        <message>
            <source>folder to write into</source>
            <translation>Zielordner</translation>
        </message>
        <message>
            <source>read an export into an empty profile</source>
            <translation>einen Export in ein leeres Profil einlesen</translation>
        </message>
        <message>
            <source>Read a folder written by `backmove export` into a profile that has no records yet, for example on a new computer. Quit backmove first.</source>
            <translation>Liest einen mit `backmove export` geschriebenen Ordner in ein Profil ohne Einträge ein, zum Beispiel auf einem neuen Computer. Beende backmove vorher.</translation>
        </message>
        <message>
            <source>a folder written by `backmove export`</source>
            <translation>ein Ordner, den `backmove export` geschrieben hat</translation>
        </message>
        <message>
            <source>go back to a backup (the current data is kept aside)</source>
            <translation>zu einer Sicherung zurückkehren (die aktuellen Daten werden beiseitegelegt)</translation>
        </message>
        <message>
            <source>Replace the database with a backup. The database you have now is renamed, not deleted. Quit backmove first.</source>
            <translation>Ersetzt die Datenbank durch eine Sicherung. Die jetzige Datenbank wird umbenannt, nicht gelöscht. Beende backmove vorher.</translation>
        </message>
        <message>
            <source>a backup, e.g. from the backups folder</source>
            <translation>eine Sicherung, z. B. aus dem Sicherungsordner</translation>
        </message>
        <message>
            <source>start a break now (backmove must be running)</source>
            <translation>jetzt eine Pause starten (backmove muss laufen)</translation>
        </message>
        <message>
            <source>Ask the running backmove to offer a break now.</source>
            <translation>Bittet das laufende backmove, jetzt eine Pause vorzuschlagen.</translation>
        </message>
        <message>
            <source>pause breaks: 30m, 1h, 2h, tomorrow, or until resumed</source>
            <translation>Pausen aussetzen: 30m, 1h, 2h, tomorrow (bis morgen) oder bis zum Fortsetzen</translation>
        </message>
        <message>
            <source>Stop offering breaks for a while: from 1 minute to 24 hours, until tomorrow, or until `backmove resume`.</source>
            <translation>Schlägt eine Weile keine Pausen vor: 1 Minute bis 24 Stunden, bis morgen oder bis `backmove resume`.</translation>
        </message>
        <message>
            <source>minutes (45, 45m), hours (1h), 'tomorrow' or 'until-resumed' (the default)</source>
            <translation>Minuten (45, 45m), Stunden (1h), 'tomorrow' oder 'until-resumed' (Standard)</translation>
        </message>
        <message>
            <source>resume breaks after a pause</source>
            <translation>Pausen nach dem Aussetzen fortsetzen</translation>
        </message>
        <message>
            <source>End a pause: breaks are offered again.</source>
            <translation>Beendet das Aussetzen: Pausen werden wieder vorgeschlagen.</translation>
        </message>
        <message>
            <source>quit the running backmove</source>
            <translation>das laufende backmove beenden</translation>
        </message>
        <message>
            <source>Ask the running backmove to quit; what it has recorded is saved.</source>
            <translation>Bittet das laufende backmove, sich zu beenden; was es aufgezeichnet hat, ist gespeichert.</translation>
        </message>
        <message>
            <source>hold breaks for a meeting of MINUTES</source>
            <translation>Pausen für eine Besprechung von MINUTES Minuten zurückhalten</translation>
        </message>
        <message>
            <source>Hold breaks back for a meeting: a break that falls due during it is offered once, when the meeting ends.</source>
            <translation>Hält Pausen während einer Besprechung zurück: Eine Pause, die in dieser Zeit fällig wird, wird einmal vorgeschlagen, wenn die Besprechung endet.</translation>
        </message>
        <message>
            <source>how long the meeting lasts, 1 to 1440 minutes</source>
            <translation>wie lange die Besprechung dauert, 1 bis 1440 Minuten</translation>
        </message>
        <message>
            <source>run the break planner over a trace on a fake clock (see docs/simulate.md)</source>
            <translation>den Pausenplaner über eine Aufzeichnung mit simulierter Uhr laufen lassen (siehe docs/simulate.md)</translation>
        </message>
        <message>
            <source>Run the break planner over a trace of activity (a JSON-lines file) on a fake clock and print every decision it makes; nothing is shown and nothing is saved.</source>
            <translation>Lässt die Pausenplanung mit einer simulierten Uhr über eine Aktivitätsspur (eine JSON-Lines-Datei) laufen und gibt jede ihrer Entscheidungen aus; nichts wird angezeigt und nichts gespeichert.</translation>
        </message>
        <message>
            <source>a JSON-lines trace</source>
            <translation>eine Aufzeichnung im JSON-Lines-Format</translation>
        </message>
        <message>
            <source>a settings.toml to start from</source>
            <translation>eine settings.toml als Ausgangspunkt</translation>
        </message>
        <message>
            <source>draw every move as PNG and SVG</source>
            <translation>jede Übung als PNG und SVG zeichnen</translation>
        </message>
        <message>
            <source>Draw the figure of every move in the library as PNG and SVG files, with a contact sheet of them all.</source>
            <translation>Zeichnet die Figur jeder Übung der Bibliothek als PNG- und SVG-Datei, dazu eine Übersichtsseite mit allen.</translation>
        </message>
        <message>
            <source>light (the default) or dark colours</source>
            <translation>helle (Standard) oder dunkle Farben</translation>
        </message>
        <message>
            <source>a PDF of the last 3 months for your physiotherapist</source>
            <translation>ein PDF der letzten 3 Monate für deine Physiotherapie</translation>
        </message>
        <message>
            <source>Write a report of the last 3 months for a physiotherapist or doctor, as a PDF of one or two A4 pages in your language: how your back has been, your breaks, your function goals and your safety answers.</source>
            <translation>Schreibt einen Bericht über die letzten 3 Monate für Physiotherapie oder Arzt, als PDF mit ein oder zwei A4-Seiten in deiner Sprache: wie es deinem Rücken ging, deine Pausen, deine Funktionsziele und deine Antworten im Sicherheitscheck.</translation>
        </message>
        <message>
            <source>where to write it</source>
            <translation>wohin es geschrieben wird</translation>
        </message>
        <message>
            <source>this computer, the sync folder, and the other computers seen in it</source>
            <translation>dieser Computer, der Sync-Ordner und die anderen Computer darin</translation>
        </message>
        <message>
            <source>Show this computer's id and name, the sync folder, the other computers whose history backmove reads from it (with when each last published) and the files it skipped; or set the folder and the name. See docs/devices.md.</source>
            <translation>Zeigt die Kennung und den Namen dieses Computers, den Sync-Ordner, die anderen Computer, deren Verlauf backmove daraus liest (mit ihrer letzten Veröffentlichung), und die übersprungenen Dateien; oder legt Ordner und Namen fest. Siehe docs/devices.md.</translation>
        </message>
        <message>
            <source>use DIR as the sync folder ("" to work alone again)</source>
            <translation>DIR als Sync-Ordner nutzen ("" um wieder allein zu arbeiten)</translation>
        </message>
        <message>
            <source>call this computer NAME</source>
            <translation>diesen Computer NAME nennen</translation>
        </message>
        <message>
            <source>write this computer's copy into the folder now</source>
            <translation>die Kopie dieses Computers jetzt in den Ordner schreiben</translation>
        </message>
        <message>
            <source>add backmove to the applications menu (for pip and pipx installs)</source>
            <translation>backmove ins Anwendungsmenü aufnehmen (für Installationen mit pip und pipx)</translation>
        </message>
        <message>
            <source>Add backmove to the desktop's applications menu with its icon, for installs that do not do it themselves (pip, pipx).</source>
            <translation>Fügt backmove mit seinem Symbol dem Anwendungsmenü des Desktops hinzu, für Installationen, die das nicht selbst tun (pip, pipx).</translation>
        </message>
        <message>
            <source>remove what install-desktop added</source>
            <translation>entfernen, was install-desktop hinzugefügt hat</translation>
        </message>
        <message>
            <source>show this help and exit</source>
            <translation>diese Hilfe zeigen und beenden</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>keines festgelegt</translation>
        </message>
        <message>
            <source>{m} min</source>
            <translation>{m} Min.</translation>
        </message>
        <message>
            <source>none yet (it is made on first start)</source>
            <translation>noch keine (sie entsteht beim ersten Start)</translation>
        </message>
        <message>
            <source>not open</source>
            <translation>nicht geöffnet</translation>
        </message>
        <message>
            <source>yes, until you confirm a clinician's assessment (on any of your computers)</source>
            <translation>ja, bis du bestätigst, dass du untersucht wurdest (auf einem deiner Computer)</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>in Ordnung</translation>
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
            <source>backmove is not running. Start it with: backmove</source>
            <translation>backmove läuft nicht. Starte es mit: backmove</translation>
        </message>
        <message>
            <source>Another backmove (process {pid}) is working on the data folder {folder}, but it does not answer at {socket}. If it is a restore or an import, wait for it to finish; otherwise quit that backmove (or end process {pid}) and try again.</source>
            <translation>Ein anderes backmove (Prozess {pid}) arbeitet mit dem Datenordner {folder}, antwortet aber nicht unter {socket}. Läuft gerade eine Wiederherstellung oder ein Import, warte, bis sie fertig sind; sonst beende dieses backmove (oder den Prozess {pid}) und versuche es noch einmal.</translation>
        </message>
        <message>
            <source>{path} should be backmove's private folder for its command socket, but it is a file or a link. backmove leaves it alone: move it away, then try again.</source>
            <translation>{path} sollte backmoves privater Ordner für seinen Befehls-Socket sein, ist aber eine Datei oder ein Link. backmove lässt ihn, wie er ist: verschiebe ihn und versuche es dann noch einmal.</translation>
        </message>
        <message>
            <source>The folder {path} for backmove's command socket belongs to another user (uid {uid}), so backmove will not use it: what it says there could reach them. Have it removed (that needs the administrator or that user), then try again.</source>
            <translation>Der Ordner {path} für backmoves Befehls-Socket gehört einem anderen Benutzer (uid {uid}), deshalb nutzt backmove ihn nicht: was es dort sagt, könnte bei diesem Benutzer ankommen. Lass ihn entfernen (das kann der Administrator oder dieser Benutzer), und versuche es dann noch einmal.</translation>
        </message>
        <message>
            <source>Other users may enter the folder {path} of backmove's command socket (mode {mode}), so backmove will not talk through it. Make it private with `chmod 700 {path}`, then try again.</source>
            <translation>Andere Benutzer dürfen den Ordner {path} von backmoves Befehls-Socket betreten (Modus {mode}), deshalb spricht backmove nicht darüber. Mach ihn mit `chmod 700 {path}` privat und versuche es dann noch einmal.</translation>
        </message>
        <message>
            <source>Something that is not a socket (a folder or a file) is at {path}, where backmove's command socket belongs. backmove leaves it alone: move it away, then try again.</source>
            <translation>Unter {path}, wo backmoves Befehls-Socket hingehört, liegt etwas anderes (ein Ordner oder eine Datei). backmove lässt es, wie es ist: verschiebe es und versuche es dann noch einmal.</translation>
        </message>
        <message>
            <source>The command socket {path} belongs to another user (uid {uid}), not to you, so backmove will not talk to it. Have it removed, then try again.</source>
            <translation>Der Befehls-Socket {path} gehört einem anderen Benutzer (uid {uid}), nicht dir, deshalb spricht backmove nicht mit ihm. Lass ihn entfernen und versuche es dann noch einmal.</translation>
        </message>
        <message>
            <source>Other users may write to the command socket {path} (mode {mode}), so backmove will not talk to it. Quit backmove and start it again to make a private one.</source>
            <translation>Andere Benutzer dürfen auf den Befehls-Socket {path} schreiben (Modus {mode}), deshalb spricht backmove nicht mit ihm. Beende backmove und starte es neu, dann legt es einen privaten an.</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder, so nothing was written.</source>
            <translation>{path} ist eine Datei, kein Ordner; es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>{path} cannot be written: {blocker} is a file, not a folder.</source>
            <translation>{path} kann nicht geschrieben werden: {blocker} ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <source>{path} cannot be written: the folder {folder} is not writable for you.</source>
            <translation>{path} kann nicht geschrieben werden: In den Ordner {folder} darfst du nicht schreiben.</translation>
        </message>
        <message>
            <source>{path} is a folder; name the file to write, for example {example}.</source>
            <translation>{path} ist ein Ordner; gib die Datei an, die geschrieben werden soll, zum Beispiel {example}.</translation>
        </message>
        <message>
            <source>{path} cannot be written: it exists and is not writable for you.</source>
            <translation>{path} kann nicht geschrieben werden: Die Datei gibt es schon, und du darfst sie nicht überschreiben.</translation>
        </message>
        <message>
            <source>the export could not be written to {path} ({detail}).</source>
            <translation>der Export konnte nicht nach {path} geschrieben werden ({detail}).</translation>
        </message>
        <message>
            <source>Records exported: {total}, in {files} {format} files, to {folder}.</source>
            <translation>Exportierte Einträge: {total}, in {files} {format}-Dateien, nach {folder}.</translation>
        </message>
        <message>
            <source>backmove is running on the data folder {folder} (process {pid}), or another backmove command is working on it. Quit backmove first (`backmove quit`, or Quit backmove in its menu), then import again. Nothing was imported.</source>
            <translation>backmove läuft mit dem Datenordner {folder} (Prozess {pid}), oder ein anderer backmove-Befehl arbeitet damit. Beende backmove zuerst (`backmove quit` oder „backmove beenden“ in seinem Menü) und importiere dann noch einmal. Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>Records imported: {total}, from {folder} into {database}.</source>
            <translation>Importierte Einträge: {total}, aus {folder} in {database}.</translation>
        </message>
        <message>
            <source>backmove is running on the data folder {folder} (process {pid}), or another backmove command is working on it. Quit backmove first (`backmove quit`, or Quit backmove in its menu), then restore again. Nothing was changed.</source>
            <translation>backmove läuft mit dem Datenordner {folder} (Prozess {pid}), oder ein anderer backmove-Befehl arbeitet damit. Beende backmove zuerst (`backmove quit` oder „backmove beenden“ in seinem Menü) und stelle dann noch einmal wieder her. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>none found ({missing}): backmove needs a desktop session to show anything</source>
            <translation>keiner gefunden ({missing}): backmove braucht eine Desktop-Sitzung, um etwas anzuzeigen</translation>
        </message>
        <message>
            <source>available: backmove shows its icon there</source>
            <translation>vorhanden: backmove zeigt dort sein Symbol</translation>
        </message>
        <message>
            <source>not available: backmove shows a small window instead of a tray icon</source>
            <translation>nicht vorhanden: backmove zeigt statt eines Symbols im Infobereich ein kleines Fenster</translation>
        </message>
        <message>
            <source>heads-up notices appear as tray balloons, or in backmove's own small window</source>
            <translation>Vorankündigungen erscheinen als Sprechblasen am Infobereich oder in backmoves eigenem kleinen Fenster</translation>
        </message>
        <message>
            <source>no notification service on the session bus: {fallback}</source>
            <translation>kein Benachrichtigungsdienst auf dem Sitzungsbus: {fallback}</translation>
        </message>
        <message>
            <source>plyer over D-Bus: heads-up notifications go to the desktop's notification service</source>
            <translation>plyer über D-Bus: Vorankündigungen gehen an den Benachrichtigungsdienst des Desktops</translation>
        </message>
        <message>
            <source>plyer through notify-send: heads-up notifications go to the desktop</source>
            <translation>plyer über notify-send: Vorankündigungen gehen an den Desktop</translation>
        </message>
        <message>
            <source>neither dbus-python nor notify-send found: {fallback}</source>
            <translation>weder dbus-python noch notify-send gefunden: {fallback}</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Erledigt.</translation>
        </message>
        <message>
            <source>it did not answer in time</source>
            <translation>es hat nicht rechtzeitig geantwortet</translation>
        </message>
        <message>
            <source>its answer could not be read</source>
            <translation>seine Antwort war nicht lesbar</translation>
        </message>
        <message>
            <source>unknown error</source>
            <translation>unbekannter Fehler</translation>
        </message>
        <message>
            <source>backmove could not do that ({error}).</source>
            <translation>backmove konnte das nicht tun ({error}).</translation>
        </message>
        <message>
            <source>A pause lasts from 1 minute to 24 hours, not {duration}: use for example 30m, 1h, tomorrow or until-resumed. Nothing was paused.</source>
            <translation>Eine Pause dauert 1 Minute bis 24 Stunden, nicht {duration}: Gib zum Beispiel 30m, 1h, tomorrow oder until-resumed an. Es wurde nichts ausgesetzt.</translation>
        </message>
        <message>
            <source>{duration} is not a length of time: use for example 30m, 1h, tomorrow or until-resumed (from 1 minute to 24 hours). Nothing was paused.</source>
            <translation>{duration} ist keine Zeitdauer: Gib zum Beispiel 30m, 1h, tomorrow oder until-resumed an (1 Minute bis 24 Stunden). Es wurde nichts ausgesetzt.</translation>
        </message>
        <message>
            <source>{minutes} is not a meeting length: give whole minutes from 1 to 1440 (24 hours), for example 45. Nothing was changed.</source>
            <translation>{minutes} ist keine Besprechungsdauer: Gib ganze Minuten von 1 bis 1440 (24 Stunden) an, zum Beispiel 45. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Wrote {count} files and {sheet} to {folder}.</source>
            <translation>{count} Dateien und {sheet} nach {folder} geschrieben.</translation>
        </message>
        <message>
            <source>There is no backmove log at {path} yet; nothing to report.</source>
            <translation>Unter {path} gibt es noch keine backmove-Aufzeichnungen; es gibt nichts zu berichten.</translation>
        </message>
        <message>
            <source>The report could not be written to {path} ({detail}).</source>
            <translation>Der Bericht konnte nicht nach {path} geschrieben werden ({detail}).</translation>
        </message>
        <message>
            <source>Wrote a {pages}-page report to {path}.</source>
            <translation>Einen {pages}-seitigen Bericht nach {path} geschrieben.</translation>
        </message>
        <message>
            <source>{path} is not a folder; the sync folder was left as it was.</source>
            <translation>{path} ist kein Ordner; der Sync-Ordner bleibt, wie er war.</translation>
        </message>
        <message>
            <source>a computer's name is 1 to 64 printable characters; the name was left as it was.</source>
            <translation>der Name eines Computers hat 1 bis 64 druckbare Zeichen; der Name bleibt, wie er war.</translation>
        </message>
        <message>
            <source>Saved. The running backmove uses it from its next start.</source>
            <translation>Gespeichert. Das laufende backmove nutzt es ab seinem nächsten Start.</translation>
        </message>
        <message>
            <source>there is no history on this computer yet to publish.</source>
            <translation>auf diesem Computer gibt es noch keinen Verlauf zum Veröffentlichen.</translation>
        </message>
        <message>
            <source>this computer: {name} ({id})</source>
            <translation>dieser Computer: {name} ({id})</translation>
        </message>
        <message>
            <source>sync folder: none set; this computer works alone</source>
            <translation>Sync-Ordner: keiner festgelegt; dieser Computer arbeitet allein</translation>
        </message>
        <message>
            <source>sync folder: {path} is not there; this computer works alone</source>
            <translation>Sync-Ordner: {path} ist nicht da; dieser Computer arbeitet allein</translation>
        </message>
        <message>
            <source>sync folder: {path}</source>
            <translation>Sync-Ordner: {path}</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nicht</translation>
        </message>
        <message>
            <source>other computer: {name} ({id}), last published {when}</source>
            <translation>anderer Computer: {name} ({id}), zuletzt veröffentlicht {when}</translation>
        </message>
        <message>
            <source>no other computer has published into the folder yet</source>
            <translation>noch kein anderer Computer hat in den Ordner veröffentlicht</translation>
        </message>
        <message>
            <source>skipped: {path} ({reason})</source>
            <translation>übersprungen: {path} ({reason})</translation>
        </message>
        <message>
            <source>written by a newer backmove</source>
            <translation>von einem neueren backmove geschrieben</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>beschädigt</translation>
        </message>
        <message>
            <source>a copy the sync tool made of a conflict</source>
            <translation>eine Konfliktkopie des Sync-Programms</translation>
        </message>
        <message>
            <source>not a file backmove wrote</source>
            <translation>keine Datei, die backmove geschrieben hat</translation>
        </message>
        <message>
            <source>not a backmove database</source>
            <translation>keine backmove-Datenbank</translation>
        </message>
        <message>
            <source>this computer's id, written by another installation too (a copied data folder?)</source>
            <translation>die Kennung dieses Computers, auch von einer anderen Installation geschrieben (ein kopierter Datenordner?)</translation>
        </message>
        <message>
            <source>backmove was just quitting on this data folder; start it again.</source>
            <translation>backmove wurde für diesen Datenordner gerade beendet; starte es noch einmal.</translation>
        </message>
        <message>
            <source>backmove is already running; it has been asked to show itself.</source>
            <translation>backmove läuft bereits und wurde gebeten, sich zu zeigen.</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Setting “{key}” is not one backmove knows; it was left out.</source>
            <translation>Die Einstellung „{key}“ kennt backmove nicht; sie wurde ausgelassen.</translation>
        </message>
        <message>
            <source>{count} settings backmove does not know were left out of {path}.</source>
            <translation>{count} Einstellungen, die backmove nicht kennt, wurden aus {path} ausgelassen.</translation>
        </message>
        <message>
            <source>Entries of {label} ({key}) left out: {count}, the first of them {value} (expected: {expected}); the other entries are kept.</source>
            <translation>Ausgelassene Einträge von {label} ({key}): {count}, der erste davon {value} (erwartet: {expected}); die übrigen Einträge bleiben.</translation>
        </message>
        <message>
            <source>{label} ({key}) lists {count} entries, more than the {limit} backmove keeps; it kept {limit} (of days off, the latest) and left out the rest.</source>
            <translation>{label} ({key}) enthält {count} Einträge, mehr als die {limit}, die backmove behält; es hat {limit} behalten (bei freien Tagen die neuesten) und den Rest ausgelassen.</translation>
        </message>
        <message>
            <source>Other users may write into the folder {path} (mode {mode}). backmove keeps its own files in it private and leaves the folder as it is; use a folder of your own, or make this one private (chmod 700).</source>
            <translation>Andere Benutzer dürfen in den Ordner {path} schreiben (Modus {mode}). backmove hält seine eigenen Dateien darin privat und lässt den Ordner, wie er ist; nimm einen eigenen Ordner oder mache diesen privat (chmod 700).</translation>
        </message>
        <message>
            <source>{label} ({key}) should be {expected}, not {value}; it is back at its default, {default}.</source>
            <translation>Für {label} ({key}) wird {expected} erwartet, nicht {value}. Es gilt wieder der Standardwert {default}.</translation>
        </message>
        <message>
            <source>{label} ({key}) must be between {lo} and {hi}, not {value}; it is back at its default, {default}.</source>
            <translation>{label} ({key}) muss zwischen {lo} und {hi} liegen, nicht bei {value}. Es gilt wieder der Standardwert {default}.</translation>
        </message>
        <message>
            <source>{label} ({key}) cannot be {value}; the choices are {choices}. It is back at its default, {default}.</source>
            <translation>{label} ({key}) kann nicht {value} sein; möglich sind {choices}. Es gilt wieder der Standardwert {default}.</translation>
        </message>
        <message>
            <source>{label} ({key}) has {value}, which should be {expected}; it is back at its default, {default}.</source>
            <translation>{label} ({key}) enthält {value}; erwartet wird {expected}. Es gilt wieder der Standardwert {default}.</translation>
        </message>
        <message>
            <source>{value} is allowed, but {lo}–{hi} is what we suggest for {label}.</source>
            <translation>{value} ist erlaubt, aber für {label} schlagen wir {lo}–{hi} vor.</translation>
        </message>
        <message>
            <source>The settings file {path} could not be read ({detail}). backmove is using its defaults; your file was kept as {kept_as}.</source>
            <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden ({detail}). backmove verwendet die Standardwerte; deine Datei wurde als {kept_as} aufbewahrt.</translation>
        </message>
        <message>
            <source>Some settings in {path} were not valid and are back at their defaults; the rest are kept. Your original file was kept as {kept_as}.</source>
            <translation>Einige Einstellungen in {path} waren ungültig und stehen wieder auf ihren Standardwerten; alle anderen bleiben erhalten. Deine ursprüngliche Datei wurde als {kept_as} aufbewahrt.</translation>
        </message>
        <message>
            <source>The settings file {path} was written by a newer backmove (version {version}; this one knows {supported}). backmove reads what it understands and will not change the file.</source>
            <translation>Die Einstellungsdatei {path} wurde von einer neueren backmove-Version geschrieben (Version {version}; diese hier kennt {supported}). backmove liest, was es versteht, und ändert die Datei nicht.</translation>
        </message>
        <message>
            <source>Settings could not be saved to {path} ({detail}). They apply until backmove quits; check that the disk has space and the folder is writable.</source>
            <translation>Die Einstellungen konnten nicht in {path} gespeichert werden ({detail}). Sie gelten, bis backmove beendet wird; prüfe, ob auf dem Datenträger Platz ist und der Ordner beschreibbar ist.</translation>
        </message>
        <message>
            <source>Your backmove database {path} could not be used ({reason}). It was kept as {kept_as} and a new, empty one was started; nothing was deleted.</source>
            <translation>Deine backmove-Datenbank {path} konnte nicht verwendet werden ({reason}). Sie wurde als {kept_as} aufbewahrt und eine neue, leere wurde angelegt; nichts wurde gelöscht.</translation>
        </message>
        <message>
            <source>Your backmove database was upgraded from version {from_version} to {to_version}. A copy of the old one is at {backup}.</source>
            <translation>Deine backmove-Datenbank wurde von Version {from_version} auf {to_version} aktualisiert. Eine Kopie der alten liegt unter {backup}.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer backmove (version {version}; this one knows {supported}). It was left untouched. Install the newer backmove, or start this one with another folder (--home).</source>
            <translation>Die Datenbank {path} wurde von einer neueren backmove-Version geschrieben (Version {version}; diese hier kennt {supported}). Sie bleibt unverändert. Installiere die neuere Version oder starte diese hier mit einem anderen Ordner (--home).</translation>
        </message>
        <message>
            <source>{path} is an SQLite file that belongs to another program. backmove left it untouched; move it away or start backmove with another folder (--home).</source>
            <translation>{path} ist eine SQLite-Datei, die zu einem anderen Programm gehört. backmove hat sie nicht verändert; verschiebe sie oder starte backmove mit einem anderen Ordner (--home).</translation>
        </message>
        <message>
            <source>Upgrading the database {path} to version {version} failed ({detail}). Nothing was changed; the copy made before the upgrade is beside it.</source>
            <translation>Die Aktualisierung der Datenbank {path} auf Version {version} ist fehlgeschlagen ({detail}). Nichts wurde geändert; die Kopie von vor der Aktualisierung liegt daneben.</translation>
        </message>
        <message>
            <source>The database {path} is busy in another program, so the last record could not be saved. backmove keeps running and saves the next one; if this keeps happening, close other programs using it.</source>
            <translation>Die Datenbank {path} wird gerade von einem anderen Programm benutzt, deshalb konnte der letzte Eintrag nicht gespeichert werden. backmove läuft weiter und speichert den nächsten; wenn das öfter passiert, schließ andere Programme, die sie benutzen.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full, so the last record could not be saved. backmove keeps running; free some space and it will save again.</source>
            <translation>Der Datenträger mit {path} ist voll, deshalb konnte der letzte Eintrag nicht gespeichert werden. backmove läuft weiter; gib etwas Speicherplatz frei, dann wird wieder gespeichert.</translation>
        </message>
        <message>
            <source>backmove cannot write to {path} (the file or its folder is read-only). Breaks still run; backmove tries again each minute and saves once it is writable.</source>
            <translation>backmove kann nicht in {path} schreiben (die Datei oder ihr Ordner ist schreibgeschützt). Die Pausen laufen weiter; backmove versucht es jede Minute erneut und speichert wieder, sobald Schreiben möglich ist.</translation>
        </message>
        <message>
            <source>The database {path} is damaged. backmove will keep it aside and start a fresh one next time it starts; your daily backups are in the backups folder (backmove restore FILE).</source>
            <translation>Die Datenbank {path} ist beschädigt. backmove legt sie beim nächsten Start beiseite und beginnt eine neue; deine täglichen Sicherungen liegen im Ordner „backups“ (backmove restore FILE).</translation>
        </message>
        <message>
            <source>The database {path} could not be used ({detail}). Breaks still run; backmove tries again each minute and saves once it can.</source>
            <translation>Die Datenbank {path} konnte nicht benutzt werden ({detail}). Die Pausen laufen weiter; backmove versucht es jede Minute erneut und speichert wieder, sobald es geht.</translation>
        </message>
        <message>
            <source>{path} cannot be restored ({reason}). Nothing was changed.</source>
            <translation>{path} kann nicht wiederhergestellt werden ({reason}). Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{path} cannot be restored: {why}. Nothing was changed.</source>
            <translation>{path} kann nicht wiederhergestellt werden: {why}. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>{count} backups in {folder} are dated after now (the latest is {newest}): the clock was set ahead when they were made. backmove keeps them, and keeps its seven daily backups besides; delete them yourself once you no longer need them.</source>
            <translation>{count} Sicherungen in {folder} sind auf später als jetzt datiert (die späteste ist {newest}): Die Uhr ging vor, als sie entstanden. backmove behält sie und daneben seine sieben täglichen Sicherungen; lösche sie selbst, wenn du sie nicht mehr brauchst.</translation>
        </message>
        <message>
            <source>Restored {backup}. The database you had before is kept as {kept_as}.</source>
            <translation>{backup} wurde wiederhergestellt. Deine bisherige Datenbank ist als {kept_as} aufbewahrt.</translation>
        </message>
        <message>
            <source>The database {path} already holds records, so nothing was imported. Import into a new, empty folder (--home DIR).</source>
            <translation>Die Datenbank {path} enthält bereits Einträge, deshalb wurde nichts importiert. Importiere in einen neuen, leeren Ordner (--home DIR).</translation>
        </message>
        <message>
            <source>{file} is not a usable export ({detail}). Nothing was imported.</source>
            <translation>{file} ist kein brauchbarer Export ({detail}). Nichts wurde importiert.</translation>
        </message>
        <message>
            <source>{file}, row {row}: {detail}. Nothing was imported.</source>
            <translation>{file}, Zeile {row}: {detail}. Nichts wurde importiert.</translation>
        </message>
        <message>
            <source>{file} comes from database version {version}; this backmove imports version {supported}. Nothing was imported.</source>
            <translation>{file} stammt von Datenbankversion {version}; diese backmove-Version importiert Version {supported}. Nichts wurde importiert.</translation>
        </message>
        <message>
            <source>The move file {file} could not be read ({detail}).</source>
            <translation>Die Übungsdatei {file} konnte nicht gelesen werden ({detail}).</translation>
        </message>
        <message>
            <source>In {file}, move {move_id} has no “{field}”.</source>
            <translation>In {file} fehlt bei der Übung {move_id} „{field}“.</translation>
        </message>
        <message>
            <source>In {file}, move {move_id}: “{field}” should be {expected}, not {value}.</source>
            <translation>In {file}, Übung {move_id}: Für „{field}“ wird {expected} erwartet, nicht {value}.</translation>
        </message>
        <message>
            <source>In {file}, move {move_id}: “{field}” cannot be {value}; the choices are {choices}.</source>
            <translation>In {file}, Übung {move_id}: „{field}“ kann nicht {value} sein; möglich sind {choices}.</translation>
        </message>
        <message>
            <source>In {file}, move {move_id}: “{field}” must be between {lo} and {hi}, not {value}.</source>
            <translation>In {file}, Übung {move_id}: „{field}“ muss zwischen {lo} und {hi} liegen, nicht bei {value}.</translation>
        </message>
        <message>
            <source>In {file}, move {move_id}: “{field}” has {count} items; it needs {lo} to {hi}.</source>
            <translation>In {file}, Übung {move_id}: „{field}“ hat {count} Einträge; nötig sind {lo} bis {hi}.</translation>
        </message>
        <message>
            <source>In {file}, move {move_id}: the dose in “{field}” does not add up ({problem}).</source>
            <translation>In {file}, Übung {move_id}: Die Dosierung in „{field}“ passt nicht zusammen ({problem}).</translation>
        </message>
        <message>
            <source>In {file}, the id {move_id} is already used by {first_file}.</source>
            <translation>In {file}: Die ID {move_id} wird schon von {first_file} verwendet.</translation>
        </message>
        <message>
            <source>In {file}, move {move_id}: “{field}” names {name}, which the figure does not have.</source>
            <translation>In {file}, Übung {move_id}: „{field}“ nennt {name}, aber das hat die Figur nicht.</translation>
        </message>
        <message>
            <source>In {file}, {move_id}: “{field}” names the move {unknown}, which is not in the library.</source>
            <translation>In {file}, {move_id}: „{field}“ nennt die Übung {unknown}, die es in der Übungssammlung nicht gibt.</translation>
        </message>
        <message>
            <source>In {file}, move {move_id}: “{field}” points outside the moves folder ({value}); backmove only reads files inside it.</source>
            <translation>In {file}, Übung {move_id}: „{field}“ verweist auf einen Ort außerhalb des Übungsordners ({value}); backmove liest nur Dateien darin.</translation>
        </message>
        <message>
            <source>In {file}, move {move_id}: “{field}” names {value}, which is not there or is not a picture backmove can show.</source>
            <translation>In {file}, Übung {move_id}: „{field}“ nennt {value}, aber das gibt es nicht oder es ist kein Bild, das backmove anzeigen kann.</translation>
        </message>
        <message>
            <source>In {file}, move {move_id}: “{field}” is not a field backmove knows; it was ignored.</source>
            <translation>In {file}, Übung {move_id}: Das Feld „{field}“ kennt backmove nicht; es wurde ignoriert.</translation>
        </message>
        <message>
            <source>So {move_id} from {file} is left out of your breaks; every other move is there. Fix the file and restart backmove to get it back.</source>
            <translation>Deshalb lässt backmove {move_id} aus {file} in deinen Pausen weg; alle anderen Übungen sind dabei. Korrigiere die Datei und starte backmove neu, dann ist die Übung wieder dabei.</translation>
        </message>
        <message>
            <source>backmove could not set itself to start at login: {location} could not be written ({detail}).</source>
            <translation>backmove konnte den automatischen Start bei der Anmeldung nicht einrichten: {location} konnte nicht geschrieben werden ({detail}).</translation>
        </message>
        <message>
            <source>backmove could not stop itself starting at login: {location} could not be removed ({detail}). Remove it by hand to stop it.</source>
            <translation>backmove konnte den automatischen Start bei der Anmeldung nicht abschalten: {location} konnte nicht entfernt werden ({detail}). Lösche {location} von Hand, damit backmove nicht mehr bei der Anmeldung startet.</translation>
        </message>
        <message>
            <source>Installed the backmove icon at {sizes} px and as SVG in {folder}.</source>
            <translation>Das backmove-Symbol wurde in {sizes} px und als SVG in {folder} installiert.</translation>
        </message>
        <message>
            <source>Wrote the description that software centres show: {path}.</source>
            <translation>Die Beschreibung für Software-Center wurde geschrieben: {path}.</translation>
        </message>
        <message>
            <source>Added backmove to the applications menu: {path}. It runs {command}.</source>
            <translation>backmove wurde zum Anwendungsmenü hinzugefügt: {path}. Der Eintrag startet {command}.</translation>
        </message>
        <message>
            <source>Could not write {path} ({detail}), so backmove is not in the menu. `backmove install-desktop --uninstall` removes what was written before it.</source>
            <translation>{path} konnte nicht geschrieben werden ({detail}), daher fehlt backmove im Menü. `backmove install-desktop --uninstall` entfernt, was davor schon geschrieben wurde.</translation>
        </message>
        <message>
            <source>{tool} failed ({detail}); the menu may show the change only after you log in again.</source>
            <translation>{tool} ist fehlgeschlagen ({detail}); das Menü zeigt die Änderung eventuell erst nach der nächsten Anmeldung.</translation>
        </message>
        <message>
            <source>Removed backmove's menu entry, description and icons from {folder}.</source>
            <translation>Menüeintrag, Beschreibung und Symbole von backmove wurden aus {folder} entfernt.</translation>
        </message>
        <message>
            <source>backmove was not in the menu under {folder}; nothing was removed.</source>
            <translation>backmove war nicht im Menü unter {folder}; nichts wurde entfernt.</translation>
        </message>
        <message>
            <source>Could not remove {path} ({detail}); delete it by hand.</source>
            <translation>{path} konnte nicht entfernt werden ({detail}); lösche es bitte von Hand.</translation>
        </message>
        <message>
            <source>This system ({platform}) has no freedesktop applications menu; nothing was changed.</source>
            <translation>Dieses System ({platform}) hat kein freedesktop-Anwendungsmenü; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>So the moves in {file} are left out of your breaks; every other move is there. Fix the file and restart backmove to get them back.</source>
            <translation>Deshalb lässt backmove die Übungen aus {file} in deinen Pausen weg; alle anderen Übungen sind dabei. Korrigiere die Datei und starte backmove neu, dann sind sie wieder dabei.</translation>
        </message>
        <message>
            <source>{path} was written by a newer backmove (version {version}); its history is not shown here until this computer has the newer backmove too. Nothing of yours changed.</source>
            <translation>{path} wurde von einem neueren backmove geschrieben (Version {version}); sein Verlauf erscheint hier erst, wenn auch dieser Computer das neuere backmove hat. An deinen Daten hat sich nichts geändert.</translation>
        </message>
        <message>
            <source>{path} is damaged, so its history is not shown here; it is read again once the other computer publishes a new copy. Nothing of yours changed.</source>
            <translation>{path} ist beschädigt, deshalb erscheint sein Verlauf hier nicht; er wird wieder gelesen, sobald der andere Computer eine neue Kopie veröffentlicht. An deinen Daten hat sich nichts geändert.</translation>
        </message>
        <message>
            <source>{path} is a copy your sync tool made of a conflict; backmove does not read it. You may delete it.</source>
            <translation>{path} ist eine Konfliktkopie deines Sync-Programms; backmove liest sie nicht. Du kannst sie löschen.</translation>
        </message>
        <message>
            <source>{path} looks like a backmove file but is none backmove wrote; it is not read.</source>
            <translation>{path} sieht aus wie eine backmove-Datei, wurde aber nicht von backmove geschrieben; sie wird nicht gelesen.</translation>
        </message>
        <message>
            <source>{path} carries this computer's id but another installation writes it too (a data folder copied to a second computer?); it is not read. On the copy, delete device.json before its next start so it takes an id of its own.</source>
            <translation>{path} trägt die Kennung dieses Computers, wird aber auch von einer anderen Installation geschrieben (ein auf einen zweiten Computer kopierter Datenordner?); sie wird nicht gelesen. Lösche auf der Kopie device.json vor ihrem nächsten Start, damit sie eine eigene Kennung bekommt.</translation>
        </message>
        <message>
            <source>{path} is not a backmove database; it is not read.</source>
            <translation>{path} ist keine backmove-Datenbank; sie wird nicht gelesen.</translation>
        </message>
        <message>
            <source>The sync folder {path} is not there (a share not mounted?), so backmove works alone on this computer: your history here is kept as always, and the other computers' history is shown again once the folder is back.</source>
            <translation>Der Sync-Ordner {path} ist nicht da (eine Freigabe nicht eingehängt?), deshalb arbeitet backmove auf diesem Computer allein: dein Verlauf hier wird wie immer geführt, und der Verlauf der anderen Computer erscheint wieder, sobald der Ordner zurück ist.</translation>
        </message>
        <message>
            <source>Other users of this computer may look into the sync folder {path} (mode {mode}). backmove's files in it are private (0600), but make the folder private too (chmod 700).</source>
            <translation>Andere Benutzer dieses Computers können in den Sync-Ordner {path} schauen (Modus {mode}). backmoves Dateien darin sind privat (0600), aber mach auch den Ordner privat (chmod 700).</translation>
        </message>
        <message>
            <source>backmove could not write this computer's copy into the sync folder {path} ({detail}). Your history here is safe; it tries again after the next break.</source>
            <translation>backmove konnte die Kopie dieses Computers nicht in den Sync-Ordner {path} schreiben ({detail}). Dein Verlauf hier ist sicher; nach der nächsten Pause versucht es backmove erneut.</translation>
        </message>
        <message>
            <source>breaks follow your real activity: only time at the keyboard and mouse counts</source>
            <translation>Pausen folgen deiner echten Aktivität: Nur Zeit an Tastatur und Maus zählt</translation>
        </message>
        <message>
            <source>breaks come by the clock, and time away is not noticed</source>
            <translation>Pausen kommen nach der Uhr, und Abwesenheit wird nicht bemerkt</translation>
        </message>
        <message>
            <source>a sleep counts as a break, and nothing pops up right after waking</source>
            <translation>Ruhezustand zählt als Pause, und direkt nach dem Aufwachen erscheint nichts</translation>
        </message>
        <message>
            <source>a sleep still counts as a break, noticed from the clock</source>
            <translation>Ruhezustand zählt trotzdem als Pause, an der Uhr erkannt</translation>
        </message>
        <message>
            <source>breaks wait while a film or presentation is full screen</source>
            <translation>Pausen warten, solange ein Film oder eine Präsentation im Vollbild läuft</translation>
        </message>
        <message>
            <source>backmove cannot tell when you present or watch full screen, so use Pause or Meeting mode then</source>
            <translation>backmove erkennt nicht, wann du präsentierst oder etwas im Vollbild schaust; nutze dann Aussetzen oder den Besprechungsmodus</translation>
        </message>
        <message>
            <source>breaks wait while Do Not Disturb is on</source>
            <translation>Pausen warten, solange „Nicht stören“ an ist</translation>
        </message>
        <message>
            <source>backmove cannot see the desktop's Do Not Disturb, so use Pause or Meeting mode for quiet time</source>
            <translation>backmove sieht „Nicht stören“ des Desktops nicht; nutze für ruhige Zeiten Aussetzen oder den Besprechungsmodus</translation>
        </message>
        <message>
            <source>breaks wait while an app keeps the screen awake, as video calls and slide shows do</source>
            <translation>Pausen warten, solange eine App den Bildschirm wach hält, wie es Videoanrufe und Präsentationen tun</translation>
        </message>
        <message>
            <source>backmove cannot tell when you are in a call, so use Meeting mode then</source>
            <translation>backmove erkennt nicht, wann du in einem Anruf bist; nutze dann den Besprechungsmodus</translation>
        </message>
        <message>
            <source>the file was empty</source>
            <translation>die Datei war leer</translation>
        </message>
        <message>
            <source>it is not a database file</source>
            <translation>es ist keine Datenbankdatei</translation>
        </message>
        <message>
            <source>the file is cut short</source>
            <translation>die Datei ist unvollständig</translation>
        </message>
        <message>
            <source>the file is damaged</source>
            <translation>die Datei ist beschädigt</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>die Datei existiert nicht</translation>
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation>die Datei kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>it is not a backmove database</source>
            <translation>es ist keine backmove-Datenbank</translation>
        </message>
        <message>
            <source>it is the database backmove uses; choose a backup from the backups folder</source>
            <translation>es ist die Datenbank, die backmove benutzt; wähle eine Sicherung aus dem Ordner backups</translation>
        </message>
        <message>
            <source>it is not a regular file</source>
            <translation>es ist keine gewöhnliche Datei</translation>
        </message>
        <message>
            <source>it is larger than 2 GiB</source>
            <translation>die Datei ist größer als 2 GiB</translation>
        </message>
        <message>
            <source>it holds the {name}, which backmove never makes (it could change or drop what backmove saves)</source>
            <translation>die Datei enthält {name}, was backmove nie anlegt (es könnte ändern oder verwerfen, was backmove speichert)</translation>
        </message>
        <message>
            <source>the {name} of backmove is missing from it</source>
            <translation>der Datei fehlt {name} von backmove</translation>
        </message>
        <message>
            <source>its {name} is not the one backmove makes</source>
            <translation>{name} darin ist nicht so, wie backmove es anlegt</translation>
        </message>
        <message>
            <source>SQLite's integrity check found: {name}</source>
            <translation>die Integritätsprüfung von SQLite fand: {name}</translation>
        </message>
        <message>
            <source>a row refers to a record that is not there ({name})</source>
            <translation>eine Zeile verweist auf einen Eintrag, den es nicht gibt ({name})</translation>
        </message>
        <message>
            <source>it holds a value backmove would never write ({name})</source>
            <translation>die Datei enthält einen Wert, den backmove nie schreiben würde ({name})</translation>
        </message>
    </context>
    <context>
        <name>moves</name>
        <message>
            <source>Knee-to-chest</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Knie zur Brust</translation>
        </message>
        <message>
            <source>Lie on your back, knees bent, feet flat.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Leg dich auf den Rücken, Knie gebeugt, Füße flach aufgestellt.</translation>
        </message>
        <message>
            <source>Hold one knee and draw it gently toward your chest.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Fass ein Knie und zieh es sanft zur Brust.</translation>
        </message>
        <message>
            <source>Return, then switch sides.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Geh zurück und wechsle dann die Seite.</translation>
        </message>
        <message>
            <source>Later, try both knees together.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Probier es später mit beiden Knien zugleich.</translation>
        </message>
        <message>
            <source>Do it in moderation.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Mach die Übung in Maßen.</translation>
        </message>
        <message>
            <source>Skip it with osteoporosis, or if it increases leg symptoms.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Lass die Übung aus bei Osteoporose oder wenn sie Symptome im Bein verstärkt.</translation>
        </message>
        <message>
            <source>Lying pelvic tilt</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Beckenkippen im Liegen</translation>
        </message>
        <message>
            <source>Lie on your back, knees bent.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Leg dich auf den Rücken, Knie gebeugt.</translation>
        </message>
        <message>
            <source>Gently flatten your low back into the floor by tilting your pelvis.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Kipp dein Becken und drück so deinen unteren Rücken sanft flach auf den Boden.</translation>
        </message>
        <message>
            <source>Relax.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Entspann dich.</translation>
        </message>
        <message>
            <source>Glute bridge</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Beckenheben</translation>
        </message>
        <message>
            <source>Lie on your back, knees bent, feet hip-width apart.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Leg dich auf den Rücken, Knie gebeugt, Füße hüftbreit auseinander.</translation>
        </message>
        <message>
            <source>Tilt your pelvis, then lift your hips until knees, hips and shoulders line up.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Kipp dein Becken, dann heb die Hüften, bis Knie, Hüften und Schultern eine Linie bilden.</translation>
        </message>
        <message>
            <source>Lower slowly, one segment at a time.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Senk dich langsam ab, Wirbel für Wirbel.</translation>
        </message>
        <message>
            <source>Don't over-arch at the top.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Geh oben nicht zu stark ins Hohlkreuz.</translation>
        </message>
        <message>
            <source>Modified plank</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Unterarmstütz auf den Knien</translation>
        </message>
        <message>
            <source>Forearms on the floor, elbows under your shoulders, knees down.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Unterarme auf den Boden, Ellbogen unter den Schultern, Knie am Boden.</translation>
        </message>
        <message>
            <source>Lift your hips into a straight line from knees to head.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Heb die Hüften, bis dein Körper von den Knien bis zum Kopf eine gerade Linie bildet.</translation>
        </message>
        <message>
            <source>Keep breathing; lower when your form slips.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Atme weiter; geh wieder runter, sobald deine Haltung nachlässt.</translation>
        </message>
        <message>
            <source>Move to your toes only when three 30-second holds are easy.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Wechsle erst auf die Zehen, wenn dir dreimal 30 Sekunden Halten leichtfallen.</translation>
        </message>
        <message>
            <source>Cat-cow on all fours</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Katze-Kuh im Vierfüßlerstand</translation>
        </message>
        <message>
            <source>Hands under your shoulders, knees under your hips.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Hände unter den Schultern, Knie unter den Hüften.</translation>
        </message>
        <message>
            <source>Round your back up, head down.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Mach den Rücken rund nach oben, Kopf nach unten.</translation>
        </message>
        <message>
            <source>Let your back sag gently and look slightly forward.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Lass den Rücken sanft durchhängen und schau leicht nach vorn.</translation>
        </message>
        <message>
            <source>Use a kneeling pad if your knees hurt.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Nimm ein Kniekissen, wenn dir die Knie wehtun.</translation>
        </message>
        <message>
            <source>Knee rolls</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Knie zur Seite rollen</translation>
        </message>
        <message>
            <source>Lie on your back, knees bent and together.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Leg dich auf den Rücken, Knie gebeugt und geschlossen.</translation>
        </message>
        <message>
            <source>Let both knees roll slowly to one side; your shoulders stay down.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Lass beide Knie langsam zu einer Seite rollen; deine Schultern bleiben am Boden.</translation>
        </message>
        <message>
            <source>Come back to the middle, then go to the other side.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Komm zurück zur Mitte, dann geh zur anderen Seite.</translation>
        </message>
        <message>
            <source>Only as far as is comfortable; a pillow between the knees can help.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Nur so weit, wie es angenehm ist; ein Kissen zwischen den Knien kann helfen.</translation>
        </message>
        <message>
            <source>Bird dog</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Arm-Bein-Strecken im Vierfüßlerstand</translation>
        </message>
        <message>
            <source>Start on all fours.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Geh in den Vierfüßlerstand.</translation>
        </message>
        <message>
            <source>Reach one arm forward and the opposite leg back, level with your body.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Streck einen Arm nach vorn und das gegenüberliegende Bein nach hinten, in einer Linie mit deinem Körper.</translation>
        </message>
        <message>
            <source>Hold, come back, then switch.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Halte die Position, komm zurück und wechsle dann die Seite.</translation>
        </message>
        <message>
            <source>If it feels wobbly, start with the leg only.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Wenn es sich wackelig anfühlt, fang nur mit dem Bein an.</translation>
        </message>
        <message>
            <source>Bottom-to-heels stretch</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Po-zu-Fersen-Dehnung</translation>
        </message>
        <message>
            <source>Slowly sit your hips back toward your heels, arms reaching forward.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Setz die Hüften langsam nach hinten Richtung Fersen, die Arme nach vorn gestreckt.</translation>
        </message>
        <message>
            <source>Come back.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Komm zurück.</translation>
        </message>
        <message>
            <source>Don't go all the way back if your knees complain.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Geh nicht ganz nach hinten, wenn sich deine Knie melden.</translation>
        </message>
        <message>
            <source>Seated pelvic tilt</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Beckenkippen im Sitzen</translation>
        </message>
        <message>
            <source>Sit near the front of the chair, feet flat.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Setz dich auf den vorderen Teil des Stuhls, Füße flach auf dem Boden.</translation>
        </message>
        <message>
            <source>Gently tuck your tailbone under so your low back rounds slightly.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Roll dein Steißbein sanft ein, sodass sich dein unterer Rücken leicht rundet.</translation>
        </message>
        <message>
            <source>Roll the other way so your low back arches a little.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Roll in die andere Richtung, sodass dein unterer Rücken leicht ins Hohlkreuz geht.</translation>
        </message>
        <message>
            <source>Rock smoothly between the two.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Wechsle fließend zwischen beidem hin und her.</translation>
        </message>
        <message>
            <source>Small, pain-free range only.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Nur kleine, schmerzfreie Bewegungen.</translation>
        </message>
        <message>
            <source>Seated cat-cow</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Katze-Kuh im Sitzen</translation>
        </message>
        <message>
            <source>Hands on thighs, sit tall.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Hände auf die Oberschenkel, sitz aufrecht.</translation>
        </message>
        <message>
            <source>Breathe in: lift your chest and look slightly up.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Atme ein: Heb die Brust und schau leicht nach oben.</translation>
        </message>
        <message>
            <source>Breathe out: round your back, chin toward your chest.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Atme aus: Mach den Rücken rund, Kinn Richtung Brust.</translation>
        </message>
        <message>
            <source>Keep neck movement gentle.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Beweg den Nacken nur sanft.</translation>
        </message>
        <message>
            <source>Seated knee hug</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Knie umarmen im Sitzen</translation>
        </message>
        <message>
            <source>Sit back in the chair.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Setz dich ganz nach hinten auf den Stuhl.</translation>
        </message>
        <message>
            <source>Lift one knee and hold it with both hands below the knee.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Heb ein Knie an und fass es mit beiden Händen unterhalb des Knies.</translation>
        </message>
        <message>
            <source>Draw it gently toward your chest; sit tall.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Zieh es sanft zur Brust; sitz aufrecht.</translation>
        </message>
        <message>
            <source>Skip it if you have hip replacement precautions.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Lass die Übung aus, wenn du wegen einer Hüftprothese Bewegungseinschränkungen beachten musst.</translation>
        </message>
        <message>
            <source>Avoid it if it sends pain down the leg.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Vermeide die Übung, wenn dabei Schmerzen ins Bein ausstrahlen.</translation>
        </message>
        <message>
            <source>Seated figure-4 stretch</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Figur-4-Dehnung im Sitzen</translation>
        </message>
        <message>
            <source>Rest one ankle on the opposite knee.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Leg einen Knöchel auf das andere Knie.</translation>
        </message>
        <message>
            <source>Keep your back long and lean forward from the hips until you feel the outer hip stretch.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Halte den Rücken lang und neig dich aus der Hüfte nach vorn, bis du eine Dehnung außen an der Hüfte spürst.</translation>
        </message>
        <message>
            <source>Not in a tight skirt.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Nicht im engen Rock.</translation>
        </message>
        <message>
            <source>Skip it with knee or hip pain in this position.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Lass die Übung aus bei Knie- oder Hüftschmerzen in dieser Position.</translation>
        </message>
        <message>
            <source>Seated gentle twist</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Sanfte Drehung im Sitzen</translation>
        </message>
        <message>
            <source>Sit tall, feet flat, knees facing forward.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Sitz aufrecht, Füße flach auf dem Boden, Knie zeigen nach vorn.</translation>
        </message>
        <message>
            <source>Breathe out and turn your chest to one side, hand on the chair back.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Atme aus und dreh deinen Oberkörper zu einer Seite, eine Hand an der Stuhllehne.</translation>
        </message>
        <message>
            <source>Turn only as far as is easy; don't pull hard.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Dreh dich nur so weit, wie es leicht geht; zieh nicht fest.</translation>
        </message>
        <message>
            <source>Keep it gentle: no forceful twisting, no bouncing.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Bleib sanft: kein kraftvolles Verdrehen, kein Wippen.</translation>
        </message>
        <message>
            <source>Skip it after recent back surgery, with osteoporosis, or if it increases leg symptoms.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Lass die Übung aus nach einer kürzlichen Rückenoperation, bei Osteoporose oder wenn sie Symptome im Bein verstärkt.</translation>
        </message>
        <message>
            <source>Seated side bend</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Seitneigung im Sitzen</translation>
        </message>
        <message>
            <source>Sit tall, one arm reaching overhead.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Sitz aufrecht, einen Arm über den Kopf gestreckt.</translation>
        </message>
        <message>
            <source>Lean sideways away from that arm, keeping both hips on the seat.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Neig dich von diesem Arm weg zur Seite; beide Gesäßhälften bleiben auf dem Sitz.</translation>
        </message>
        <message>
            <source>Keep it small if it pinches.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Halte die Bewegung klein, wenn es zwickt.</translation>
        </message>
        <message>
            <source>Chin tuck</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Kinn zurückziehen</translation>
        </message>
        <message>
            <source>Look straight ahead.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Schau geradeaus.</translation>
        </message>
        <message>
            <source>Glide your head straight back, making a double chin.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Schieb den Kopf gerade nach hinten, sodass ein Doppelkinn entsteht.</translation>
        </message>
        <message>
            <source>Hold, then relax.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Halte die Position, dann entspann dich.</translation>
        </message>
        <message>
            <source>Don't tip the head up or down.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Kipp den Kopf nicht nach oben oder unten.</translation>
        </message>
        <message>
            <source>Neck side stretch</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Seitliche Nackendehnung</translation>
        </message>
        <message>
            <source>Sit tall, shoulders relaxed.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Sitz aufrecht, Schultern locker.</translation>
        </message>
        <message>
            <source>Tip one ear toward the same shoulder.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Neig ein Ohr zur Schulter derselben Seite.</translation>
        </message>
        <message>
            <source>If you like, rest that hand lightly on your head; don't pull.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Wenn du magst, leg die Hand dieser Seite leicht auf den Kopf; zieh nicht.</translation>
        </message>
        <message>
            <source>No full neck circles.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Kein volles Kopfkreisen.</translation>
        </message>
        <message>
            <source>Stop if you feel dizzy or your arm starts to tingle.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Hör auf, wenn dir schwindlig wird oder dein Arm zu kribbeln beginnt.</translation>
        </message>
        <message>
            <source>Shoulder rolls and shrugs</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Schulterkreisen und -heben</translation>
        </message>
        <message>
            <source>Lift your shoulders toward your ears.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Zieh die Schultern Richtung Ohren.</translation>
        </message>
        <message>
            <source>Roll them back and down.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Roll sie nach hinten und unten.</translation>
        </message>
        <message>
            <source>Let them drop and relax.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Lass sie sinken und locker werden.</translation>
        </message>
        <message>
            <source>Shoulder-blade squeeze</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Schulterblätter zusammenziehen</translation>
        </message>
        <message>
            <source>Sit tall, arms by your sides, elbows bent.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Sitz aufrecht, Arme seitlich am Körper, Ellbogen gebeugt.</translation>
        </message>
        <message>
            <source>Draw your shoulder blades back and down.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Zieh die Schulterblätter nach hinten und unten.</translation>
        </message>
        <message>
            <source>Let your chest open, then relax.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Lass den Brustkorb weit werden, dann entspann dich.</translation>
        </message>
        <message>
            <source>Don't arch the low back hard.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Mach im unteren Rücken kein starkes Hohlkreuz.</translation>
        </message>
        <message>
            <source>Wrist and forearm stretch</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Handgelenk- und Unterarmdehnung</translation>
        </message>
        <message>
            <source>Hold one arm straight in front, palm down.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Streck einen Arm gerade nach vorn, Handfläche nach unten.</translation>
        </message>
        <message>
            <source>Gently bend the wrist down with the other hand.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Beug das Handgelenk mit der anderen Hand sanft nach unten.</translation>
        </message>
        <message>
            <source>Then turn the palm up and ease the fingers back.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Dann dreh die Handfläche nach oben und zieh die Finger sanft nach hinten.</translation>
        </message>
        <message>
            <source>Stop if your fingers tingle.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Hör auf, wenn deine Finger kribbeln.</translation>
        </message>
        <message>
            <source>Seated march and ankle pumps</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Marschieren im Sitzen und Fußwippen</translation>
        </message>
        <message>
            <source>Sit tall and hold the sides of the chair.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Sitz aufrecht und halt dich seitlich am Stuhl fest.</translation>
        </message>
        <message>
            <source>Lift one knee a little, lower it with control; then the other.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Heb ein Knie etwas an, senk es kontrolliert ab; dann das andere.</translation>
        </message>
        <message>
            <source>Then point and flex both feet.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Dann streck beide Füße und zieh sie wieder an.</translation>
        </message>
        <message>
            <source>Seated hamstring stretch</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Dehnung hinterer Oberschenkel im Sitzen</translation>
        </message>
        <message>
            <source>Sit near the chair edge, one leg straight, heel on the floor, toes up.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Setz dich nah an die Stuhlkante, ein Bein gestreckt, Ferse auf dem Boden, Zehen nach oben.</translation>
        </message>
        <message>
            <source>Keep your back long and hinge forward from the hips until you feel the back of the thigh.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Halte den Rücken lang und neig dich aus der Hüfte nach vorn, bis du die Rückseite des Oberschenkels spürst.</translation>
        </message>
        <message>
            <source>If it causes leg pain or tingling, stop; don't push.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Wenn es Schmerzen oder Kribbeln im Bein auslöst, hör auf; erzwing nichts.</translation>
        </message>
        <message>
            <source>Standing back extension</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Rückbeuge im Stehen</translation>
        </message>
        <message>
            <source>Stand with feet hip-width apart, hands on your lower back or hips.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Stell dich hüftbreit hin, die Hände auf dem unteren Rücken oder den Hüften.</translation>
        </message>
        <message>
            <source>Gently lean backward, looking ahead, not up.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Lehn dich sanft nach hinten, den Blick nach vorn, nicht nach oben.</translation>
        </message>
        <message>
            <source>Return to upright.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Komm zurück in den aufrechten Stand.</translation>
        </message>
        <message>
            <source>Stop if it brings on pain in the leg or buttock.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Hör auf, wenn dabei Schmerzen im Bein oder Gesäß auftreten.</translation>
        </message>
        <message>
            <source>With spinal stenosis this may feel uncomfortable; skip it if so.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Bei einer Spinalkanalstenose kann sich das unangenehm anfühlen; lass die Übung dann aus.</translation>
        </message>
        <message>
            <source>Standing hip flexor stretch</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Hüftbeuger-Dehnung im Stehen</translation>
        </message>
        <message>
            <source>Hold the desk and step one foot back into a split stance.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Halt dich am Schreibtisch fest und stell einen Fuß nach hinten in eine Schrittstellung.</translation>
        </message>
        <message>
            <source>Tuck your tailbone under and shift your weight forward until the front of the back hip stretches.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Roll dein Steißbein ein und verlagere dein Gewicht nach vorn, bis sich die Vorderseite der hinteren Hüfte dehnt.</translation>
        </message>
        <message>
            <source>Keep your back upright.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Halte den Rücken aufrecht.</translation>
        </message>
        <message>
            <source>Don't arch the low back.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Mach kein Hohlkreuz.</translation>
        </message>
        <message>
            <source>Take a small stance if you are wearing a narrow skirt.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Mach nur einen kleinen Schritt, wenn du einen engen Rock trägst.</translation>
        </message>
        <message>
            <source>Standing quad stretch</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Dehnung vorderer Oberschenkel im Stehen</translation>
        </message>
        <message>
            <source>Hold the desk for balance.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Halt dich für das Gleichgewicht am Schreibtisch fest.</translation>
        </message>
        <message>
            <source>Bend one knee and hold the ankle, or your trouser hem, behind you.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Beug ein Knie und fass hinter dir den Knöchel oder den Hosensaum.</translation>
        </message>
        <message>
            <source>Keep the knees side by side; don't arch your back.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Halte die Knie nebeneinander; mach kein Hohlkreuz.</translation>
        </message>
        <message>
            <source>Always hold on to something for balance.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Halt dich immer irgendwo fest, um das Gleichgewicht zu halten.</translation>
        </message>
        <message>
            <source>Skip it with knee pain.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Lass die Übung bei Knieschmerzen aus.</translation>
        </message>
        <message>
            <source>Calf stretch at the desk</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Wadendehnung am Schreibtisch</translation>
        </message>
        <message>
            <source>Hands on the desk edge, one foot back.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Hände auf die Schreibtischkante, ein Fuß nach hinten.</translation>
        </message>
        <message>
            <source>Back heel down, back knee straight; lean forward.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Hintere Ferse am Boden, hinteres Knie gestreckt; lehn dich nach vorn.</translation>
        </message>
        <message>
            <source>Wear flat, non-slip shoes.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Trag flache, rutschfeste Schuhe.</translation>
        </message>
        <message>
            <source>Heel raises</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Fersenheben</translation>
        </message>
        <message>
            <source>Hold the desk.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Halt dich am Schreibtisch fest.</translation>
        </message>
        <message>
            <source>Rise onto the balls of your feet.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Geh hoch auf die Fußballen.</translation>
        </message>
        <message>
            <source>Lower slowly.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Senk dich langsam ab.</translation>
        </message>
        <message>
            <source>Hold on to support; skip it in high heels.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Halt dich fest; lass die Übung mit hohen Absätzen aus.</translation>
        </message>
        <message>
            <source>Sit-to-stand</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Aufstehen und Hinsetzen</translation>
        </message>
        <message>
            <source>Sit near the edge of a stable chair, feet under your knees.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Setz dich nah an die Kante eines stabilen Stuhls, Füße unter den Knien.</translation>
        </message>
        <message>
            <source>Lean forward slightly and stand up, without using your hands if you can.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Neig dich leicht nach vorn und steh auf – wenn möglich ohne die Hände.</translation>
        </message>
        <message>
            <source>Sit down slowly.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Setz dich langsam wieder hin.</translation>
        </message>
        <message>
            <source>Use a stable chair without wheels.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Nimm einen stabilen Stuhl ohne Rollen.</translation>
        </message>
        <message>
            <source>Overhead reach and side lean</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Nach oben strecken und zur Seite neigen</translation>
        </message>
        <message>
            <source>Stand tall and reach both arms up.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Steh aufrecht und streck beide Arme nach oben.</translation>
        </message>
        <message>
            <source>Lean gently to one side, then the other.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Neig dich sanft zu einer Seite, dann zur anderen.</translation>
        </message>
        <message>
            <source>Keep the movements slow.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Beweg dich langsam.</translation>
        </message>
        <message>
            <source>Desk-edge incline plank</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Schräger Stütz am Schreibtisch</translation>
        </message>
        <message>
            <source>Put your hands on a fixed desk edge, shoulder-width apart.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Leg die Hände schulterbreit auf die Kante eines feststehenden Schreibtischs.</translation>
        </message>
        <message>
            <source>Walk your feet back until your body is a straight line.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Geh mit den Füßen nach hinten, bis dein Körper eine gerade Linie bildet.</translation>
        </message>
        <message>
            <source>Squeeze your buttocks, keep your hips level, and breathe.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Spann das Gesäß an, halte die Hüften waagerecht und atme.</translation>
        </message>
        <message>
            <source>The desk must not move.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Der Schreibtisch darf sich nicht bewegen.</translation>
        </message>
        <message>
            <source>Skip it if your wrists hurt.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Lass die Übung aus, wenn dir die Handgelenke wehtun.</translation>
        </message>
        <message>
            <source>Standing hip hinge</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Vorbeugen aus der Hüfte</translation>
        </message>
        <message>
            <source>Feet hip-width apart, hands on your thighs.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Füße hüftbreit, Hände auf den Oberschenkeln.</translation>
        </message>
        <message>
            <source>Push your hips back, keep your back long, and slide your hands toward your knees.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Schieb die Hüften nach hinten, halte den Rücken lang und lass die Hände Richtung Knie gleiten.</translation>
        </message>
        <message>
            <source>Squeeze your buttocks to stand.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Spann das Gesäß an, um dich wieder aufzurichten.</translation>
        </message>
        <message>
            <source>Start with a small range: this practises bending, it is not a stretch.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Fang mit kleinen Bewegungen an: Hier übst du das Bücken, es ist keine Dehnung.</translation>
        </message>
        <message>
            <source>Walk break</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Gehpause</translation>
        </message>
        <message>
            <source>Stand up and walk a lap, to the water point or the stairs.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Steh auf und geh eine Runde, zum Wasserspender oder zur Treppe.</translation>
        </message>
        <message>
            <source>Swing your arms naturally.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Lass die Arme natürlich mitschwingen.</translation>
        </message>
        <message>
            <source>The best break when there is room to move: better than standing still.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Die beste Pause, wenn Platz zum Bewegen ist: besser als stillzustehen.</translation>
        </message>
        <message>
            <source>Stand and shift</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Aufstehen und Gewicht verlagern</translation>
        </message>
        <message>
            <source>Stand up.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Steh auf.</translation>
        </message>
        <message>
            <source>Shift your weight from side to side, roll your shoulders, march on the spot.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Verlagere dein Gewicht von einer Seite zur anderen, kreise die Schultern, marschiere auf der Stelle.</translation>
        </message>
        <message>
            <source>The smallest break that still counts: good for busy moments and meetings.</source>
            <translatorcomment>Safety text: a clinician reviews this translation before release.</translatorcomment>
            <translation>Die kleinste Pause, die noch zählt: gut, wenn viel los ist, und in Besprechungen.</translation>
        </message>
    </context>
    <context>
        <name>settings</name>
        <message>
            <source>Schedule</source>
            <translation>Zeitplan</translation>
        </message>
        <message>
            <source>Breaks</source>
            <translation>Pausen</translation>
        </message>
        <message>
            <source>Quiet</source>
            <translation>Ruhe</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Erfassung</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Geräte</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>Arbeitszeit</translation>
        </message>
        <message>
            <source>When backmove may suggest breaks, per weekday. Several ranges a day are allowed, for example 09:00-12:30 and 13:30-17:30 to keep lunch free. Outside them it stays quiet.</source>
            <translation>Wann backmove Pausen vorschlagen darf, je Wochentag. Mehrere Zeiträume pro Tag sind möglich, zum Beispiel 09:00-12:30 und 13:30-17:30, um die Mittagszeit freizuhalten. Außerhalb davon bleibt es ruhig.</translation>
        </message>
        <message>
            <source>Days off</source>
            <translation>Freie Tage</translation>
        </message>
        <message>
            <source>Dates (YYYY-MM-DD) with no breaks at all: holidays, leave. They never break a streak.</source>
            <translation>Tage (JJJJ-MM-TT) ganz ohne Pausen: Feiertage, Urlaub. Sie unterbrechen nie eine Serie.</translation>
        </message>
        <message>
            <source>Minutes of activity before a break</source>
            <translation>Minuten Aktivität vor einer Pause</translation>
        </message>
        <message>
            <source>Only time at the keyboard and mouse counts; time away does not. Studies used 20 to 30 minutes; more than 60 is long to sit without a change.</source>
            <translation>Nur die Zeit an Tastatur und Maus zählt, nicht die Zeit, in der du weg bist. In Studien waren es 20 bis 30 Minuten; mehr als 60 Minuten ohne Haltungswechsel sind lange zum Sitzen.</translation>
        </message>
        <message>
            <source>Stretch break length (seconds)</source>
            <translation>Länge der Dehnpause (Sekunden)</translation>
        </message>
        <message>
            <source>A short break: stand up and do one to three moves. At least half of them work the low back, hips or trunk.</source>
            <translation>Eine kurze Pause: Steh auf und mach ein bis drei Übungen. Mindestens die Hälfte davon trainiert den unteren Rücken, die Hüften oder den Rumpf.</translation>
        </message>
        <message>
            <source>Walk break length (minutes)</source>
            <translation>Länge der Gehpause (Minuten)</translation>
        </message>
        <message>
            <source>A longer break to walk about, roughly once an hour. With floor moves on, a walk may give way to a short floor routine from 3 minutes, or to the full home strength routine from 7.</source>
            <translation>Eine längere Pause zum Herumgehen, etwa einmal pro Stunde. Mit Übungen am Boden kann statt des Gehens ab 3 Minuten eine kurze Runde am Boden kommen, ab 7 Minuten das ganze Kräftigungsprogramm für zu Hause.</translation>
        </message>
        <message>
            <source>Make every Nth break a walk</source>
            <translation>Jede n-te Pause als Gehpause</translation>
        </message>
        <message>
            <source>2 means every second break is a walk. 0 means never.</source>
            <translation>2 heißt: Jede zweite Pause ist eine Gehpause. 0 heißt: nie.</translation>
        </message>
        <message>
            <source>Time away that counts as a break (minutes)</source>
            <translation>Abwesenheit, die als Pause zählt (Minuten)</translation>
        </message>
        <message>
            <source>If you leave the keyboard and mouse alone this long, backmove counts it as a break you took and starts counting again.</source>
            <translation>Wenn du Tastatur und Maus so lange nicht benutzt, zählt backmove das als gemachte Pause und beginnt von vorn zu zählen.</translation>
        </message>
        <message>
            <source>Heads-up before a break (seconds)</source>
            <translation>Ankündigung vor einer Pause (Sekunden)</translation>
        </message>
        <message>
            <source>A quiet notification this long before a break, so you can finish a sentence. 0 turns it off.</source>
            <translation>Eine dezente Mitteilung so lange vor einer Pause, damit du deinen Satz noch beenden kannst. 0 schaltet sie aus.</translation>
        </message>
        <message>
            <source>Wait for a pause in typing, at most (seconds)</source>
            <translation>Auf eine Unterbrechung beim Tippen warten, höchstens (Sekunden)</translation>
        </message>
        <message>
            <source>When a break is due while you are typing, backmove waits this long at most for a short pause, so it does not interrupt you mid-thought.</source>
            <translation>Wenn eine Pause fällig wird, während du tippst, wartet backmove höchstens so lange auf eine kurze Unterbrechung, damit es dich nicht mitten im Gedanken stört.</translation>
        </message>
        <message>
            <source>A pause is this many quiet seconds</source>
            <translation>Als Unterbrechung gelten so viele ruhige Sekunden</translation>
        </message>
        <message>
            <source>How long without input counts as a pause in your work.</source>
            <translation>Wie lange ohne Eingabe als Unterbrechung deiner Arbeit zählt.</translation>
        </message>
        <message>
            <source>Most breaks offered in a day</source>
            <translation>Höchstzahl an Pausen pro Tag</translation>
        </message>
        <message>
            <source>backmove never offers more than this many breaks in one day.</source>
            <translation>backmove bietet dir an einem Tag nie mehr Pausen als diese Zahl an.</translation>
        </message>
        <message>
            <source>Daily goal: breaks completed</source>
            <translation>Tagesziel: abgeschlossene Pausen</translation>
        </message>
        <message>
            <source>Start easy. The goal rises by the weekly step toward the target.</source>
            <translation>Fang locker an. Das Ziel steigt jede Woche um die eingestellte Stufe bis zum Zielwert.</translation>
        </message>
        <message>
            <source>Raise the daily goal each week by</source>
            <translation>Tagesziel jede Woche erhöhen um</translation>
        </message>
        <message>
            <source>Breaks added to the daily goal each week until it reaches the target. 0 keeps it fixed.</source>
            <translation>So viele Pausen kommen jede Woche zum Tagesziel dazu, bis es den Zielwert erreicht. 0 lässt es unverändert.</translation>
        </message>
        <message>
            <source>Daily goal target</source>
            <translation>Zielwert für das Tagesziel</translation>
        </message>
        <message>
            <source>Where the weekly steps stop. 12 to 16 is about one break every 30 minutes.</source>
            <translation>Hier endet die wöchentliche Steigerung. 12 bis 16 entspricht etwa einer Pause alle 30 Minuten.</translation>
        </message>
        <message>
            <source>Space breaks out when I skip many</source>
            <translation>Abstand vergrößern, wenn ich viele Pausen überspringe</translation>
        </message>
        <message>
            <source>After 3 skipped breaks in a row, or more than half skipped in a day, the interval grows by 10 minutes (up to 60). It comes back after a good day.</source>
            <translation>Nach 3 übersprungenen Pausen in Folge oder wenn an einem Tag mehr als die Hälfte übersprungen wurde, wird der Abstand um 10 Minuten länger (bis 60). Nach einem guten Tag geht er wieder zurück.</translation>
        </message>
        <message>
            <source>Include floor moves</source>
            <translation>Übungen am Boden einbeziehen</translation>
        </message>
        <message>
            <source>Adds the 8 floor moves, among them the bridge, pelvic tilt, plank and bird dog, now and then in place of a walk. They need a mat and some space. Off keeps every break doable at a desk in office clothes.</source>
            <translation>Nimmt die 8 Übungen am Boden dazu, darunter Beckenheben, Beckenkippen, Unterarmstütz und Arm-Bein-Strecken, ab und zu anstelle einer Gehpause. Dafür brauchst du eine Matte und etwas Platz. Wenn aus, lässt sich jede Pause am Schreibtisch in Bürokleidung machen.</translation>
        </message>
        <message>
            <source>Daily back session (optional)</source>
            <translation>Tägliche Rückeneinheit (freiwillig)</translation>
        </message>
        <message>
            <source>An extra 8 to 12 minutes of core strengthening once a day, standing and on a mat: pelvic tilts, bridges, a modified plank, bird dog and knee-to-chest, growing slowly over the weeks. backmove reminds you at the time below on working days. It is optional; you can also start it from the tray menu at any time.</source>
            <translation>Zusätzlich 8 bis 12 Minuten Rumpfkräftigung einmal am Tag, im Stehen und auf einer Matte: Beckenkippen, Brücke, Unterarmstütz auf den Knien, Vierfüßlerstand mit Arm und Bein (Bird Dog) und Knie zur Brust, langsam steigend über die Wochen. backmove erinnert dich an Arbeitstagen zur unten eingestellten Zeit. Sie ist freiwillig; du kannst sie auch jederzeit aus dem Menü im Infobereich starten.</translation>
        </message>
        <message>
            <source>Back session reminder at</source>
            <translation>Erinnerung an die Rückeneinheit um</translation>
        </message>
        <message>
            <source>Local time, on working days, for example after work.</source>
            <translation>Ortszeit, an Arbeitstagen, zum Beispiel nach Feierabend.</translation>
        </message>
        <message>
            <source>Focus areas</source>
            <translation>Schwerpunkte</translation>
        </message>
        <message>
            <source>Body areas to favour: their moves come more often and may stand in for others. At least half of every stretch break still works the low back, hips or trunk. Empty means a balanced mix.</source>
            <translation>Körperbereiche, die öfter drankommen sollen: Ihre Übungen kommen häufiger und können andere ersetzen. Mindestens die Hälfte jeder Dehnpause trainiert weiterhin den unteren Rücken, die Hüften oder den Rumpf. Leer heißt: eine ausgewogene Mischung.</translation>
        </message>
        <message>
            <source>Show breaks full screen</source>
            <translation>Pausen im Vollbild zeigen</translation>
        </message>
        <message>
            <source>Cover every screen during a break. Off shows a window you can move aside.</source>
            <translation>Während einer Pause alle Bildschirme abdecken. Wenn aus, erscheint ein Fenster, das du beiseiteschieben kannst.</translation>
        </message>
        <message>
            <source>Soft chime at the start and end of a break</source>
            <translation>Sanfter Klang zu Beginn und am Ende einer Pause</translation>
        </message>
        <message>
            <source>Heads-up notification before a break</source>
            <translation>Mitteilung vor einer Pause anzeigen</translation>
        </message>
        <message>
            <source>Snooze choices (minutes)</source>
            <translation>Auswahl bei „Später“ (Minuten)</translation>
        </message>
        <message>
            <source>The lengths offered under Snooze.</source>
            <translation>Die Zeiten, die unter „Später“ angeboten werden.</translation>
        </message>
        <message>
            <source>Snoozes in a row</source>
            <translation>Verschiebungen in Folge</translation>
        </message>
        <message>
            <source>After this many snoozes in a row the break is let go quietly and the count starts again.</source>
            <translation>Nach so vielen Verschiebungen in Folge entfällt die Pause still, und die Zählung beginnt von vorn.</translation>
        </message>
        <message>
            <source>Hold breaks while a window is full screen</source>
            <translation>Pausen zurückhalten, solange ein Fenster im Vollbild ist</translation>
        </message>
        <message>
            <source>A break that falls due during a film or presentation waits until it ends, then comes once.</source>
            <translation>Eine Pause, die während eines Films oder einer Präsentation fällig wird, wartet bis zum Ende und kommt dann einmal.</translation>
        </message>
        <message>
            <source>Hold breaks during Do Not Disturb</source>
            <translation>Pausen bei „Nicht stören“ zurückhalten</translation>
        </message>
        <message>
            <source>Followed on GNOME, KDE Plasma, XFCE and with dunst; `backmove doctor` says whether your desktop's is seen.</source>
            <translation>Wird unter GNOME, KDE Plasma, XFCE und mit dunst beachtet; `backmove doctor` sagt, ob es auf deinem Desktop erkannt wird.</translation>
        </message>
        <message>
            <source>Hold breaks during video calls and presentations</source>
            <translation>Pausen bei Videoanrufen und Präsentationen zurückhalten</translation>
        </message>
        <message>
            <source>An app that keeps the screen awake (a video call, a slide show) counts as a meeting: a break that falls due waits until it ends, then comes once.</source>
            <translation>Eine App, die den Bildschirm wach hält (ein Videoanruf, eine Präsentation), zählt als Besprechung: Eine Pause, die fällig wird, wartet bis zum Ende und kommt dann einmal.</translation>
        </message>
        <message>
            <source>Meeting mode lasts (minutes)</source>
            <translation>Dauer des Besprechungsmodus (Minuten)</translation>
        </message>
        <message>
            <source>How long meeting mode holds breaks unless you choose an end time.</source>
            <translation>Wie lange der Besprechungsmodus Pausen zurückhält, wenn du keine Endzeit wählst.</translation>
        </message>
        <message>
            <source>Ask how your back feels before and after (percent of breaks)</source>
            <translation>Vorher und nachher fragen, wie es deinem Rücken geht (Prozent der Pausen)</translation>
        </message>
        <message>
            <source>About one break in four keeps it quick. 0 never asks.</source>
            <translation>Etwa bei jeder vierten Pause zu fragen hält es kurz. Bei 0 wird nie gefragt.</translation>
        </message>
        <message>
            <source>Ask about my back at the end of the day</source>
            <translation>Am Tagesende nach meinem Rücken fragen</translation>
        </message>
        <message>
            <source>One tap: how bad was your low back pain on average today. This is the main line of your trend.</source>
            <translation>Ein Klick: Wie stark waren deine Schmerzen im unteren Rücken heute im Durchschnitt? Das ist die Hauptlinie deines Verlaufs.</translation>
        </message>
        <message>
            <source>End-of-day question at</source>
            <translation>Frage zum Tagesende um</translation>
        </message>
        <message>
            <source>Local time, on working days.</source>
            <translation>Ortszeit, an Arbeitstagen.</translation>
        </message>
        <message>
            <source>Weekly check-in</source>
            <translation>Wöchentlicher Check-in</translation>
        </message>
        <message>
            <source>Once a week: where did you feel discomfort, and how much.</source>
            <translation>Einmal pro Woche: Wo hattest du Beschwerden, und wie stark?</translation>
        </message>
        <message>
            <source>Weekly check-in day</source>
            <translation>Tag für den wöchentlichen Check-in</translation>
        </message>
        <message>
            <source>Add the PEG questions to the weekly check-in</source>
            <translation>PEG-Fragen zum wöchentlichen Check-in hinzufügen</translation>
        </message>
        <message>
            <source>Three questions on pain and how it got in the way (Krebs et al. 2009).</source>
            <translation>Drei Fragen zu Schmerzen und dazu, wie sehr sie dich eingeschränkt haben (Krebs et al. 2009).</translation>
        </message>
        <message>
            <source>Sync folder</source>
            <translation>Sync-Ordner</translation>
        </message>
        <message>
            <source>A folder your computers already sync (Syncthing, Nextcloud, a network share). Each of them keeps a copy of its history there, and every one shows them all. Empty: this computer works alone.</source>
            <translation>Ein Ordner, den deine Computer schon synchronisieren (Syncthing, Nextcloud, eine Netzwerkfreigabe). Jeder legt dort eine Kopie seines Verlaufs ab, und jeder zeigt alle zusammen. Leer: dieser Computer arbeitet allein.</translation>
        </message>
        <message>
            <source>This computer's name</source>
            <translation>Name dieses Computers</translation>
        </message>
        <message>
            <source>How the other computers name this one. Empty: the computer's own name.</source>
            <translation>Wie die anderen Computer diesen nennen. Leer: der eigene Name des Computers.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Reduce motion</source>
            <translation>Bewegung reduzieren</translation>
        </message>
        <message>
            <source>Show the key poses of each move side by side instead of animating them.</source>
            <translation>Die wichtigsten Haltungen jeder Übung nebeneinander zeigen statt als Animation.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>backmove changes language the next time it starts.</source>
            <translation>backmove wechselt die Sprache beim nächsten Start.</translation>
        </message>
        <message>
            <source>Start backmove when I log in</source>
            <translation>backmove beim Anmelden starten</translation>
        </message>
    </context>
</TS>
