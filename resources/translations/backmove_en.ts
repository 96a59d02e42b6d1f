<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AdjustCard</name>
        <message numerus="yes">
            <source>Every %n minutes</source>
            <translation>
                <numerusform>Every %n minute</numerusform>
                <numerusform>Every %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Back to every %n minutes</source>
            <translation>
                <numerusform>Back to every %n minute</numerusform>
                <numerusform>Back to every %n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AppMenu</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BreakFlow</name>
        <message numerus="yes">
            <source>Break in %n seconds</source>
            <translation>
                <numerusform>Break in %n second</numerusform>
                <numerusform>Break in %n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message numerus="yes">
            <source>{good} of %n working days on target. Hover over a day, or use the arrow keys, to see its breaks.</source>
            <translation>
                <numerusform>{good} of %n working day on target. Hover over a day, or use the arrow keys, to see its breaks.</numerusform>
                <numerusform>{good} of %n working days on target. Hover over a day, or use the arrow keys, to see its breaks.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlayerWindow</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n s</source>
            <translation>
                <numerusform>%n s</numerusform>
                <numerusform>%n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>That was the last one: the break finishes in %n s</source>
            <translation>
                <numerusform>That was the last one: the break finishes in %n s</numerusform>
                <numerusform>That was the last one: the break finishes in %n s</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PromptWindow</name>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>{value} (mean of %n ratings, {first} to {last})</source>
            <translation>
                <numerusform>{value} (%n rating, {first} to {last})</numerusform>
                <numerusform>{value} (mean of %n ratings, {first} to {last})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days in a row, since {since} (a verdict needs {hold})</source>
            <translation>
                <numerusform>%n day in a row, since {since} (a verdict needs {hold})</numerusform>
                <numerusform>%n days in a row, since {since} (a verdict needs {hold})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Discomfort 0-10 from the weekly check-in, the latest %n weeks; — not rated.</source>
            <translation>
                <numerusform>Discomfort 0-10 from the weekly check-in, the latest %n week; — not rated.</numerusform>
                <numerusform>Discomfort 0-10 from the weekly check-in, the latest %n weeks; — not rated.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsWindow</name>
        <message numerus="yes">
            <source>{label} holds at most %n days.</source>
            <translation>
                <numerusform>{label} holds at most %n day.</numerusform>
                <numerusform>{label} holds at most %n days.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayCard</name>
        <message numerus="yes">
            <source>{done} of %n breaks today</source>
            <translation>
                <numerusform>{done} of %n break today</numerusform>
                <numerusform>{done} of %n breaks today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>In about %n min ({kind})</source>
            <translation>
                <numerusform>In about %n min ({kind})</numerusform>
                <numerusform>In about %n min ({kind})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WalkWindow</name>
        <message numerus="yes">
            <source>Then %n moves: {names}</source>
            <translation>
                <numerusform>Then %n move: {names}</numerusform>
                <numerusform>Then %n moves: {names}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message numerus="yes">
            <source>{on} of %n working days on target in the last 7 days</source>
            <translation>
                <numerusform>{on} of %n working day on target in the last 7 days</numerusform>
                <numerusform>{on} of %n working days on target in the last 7 days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It has been meaningfully lower for the last %n days; a change counts once it has held for {hold}.</source>
            <translation>
                <numerusform>It has been meaningfully lower for the last %n day; a change counts once it has held for {hold}.</numerusform>
                <numerusform>It has been meaningfully lower for the last %n days; a change counts once it has held for {hold}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It has been meaningfully higher for the last %n days; a change counts once it has held for {hold}.</source>
            <translation>
                <numerusform>It has been meaningfully higher for the last %n day; a change counts once it has held for {hold}.</numerusform>
                <numerusform>It has been meaningfully higher for the last %n days; a change counts once it has held for {hold}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weeks in a row meeting your goal</source>
            <translation>
                <numerusform>%n week in a row meeting your goal</numerusform>
                <numerusform>%n weeks in a row meeting your goal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n weeks</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rated breaks</source>
            <translation>
                <numerusform>%n rated break</numerusform>
                <numerusform>%n rated breaks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n natural breaks when you were away anyway</source>
            <translation>
                <numerusform>%n natural break when you were away anyway</numerusform>
                <numerusform>%n natural breaks when you were away anyway</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n prompts expired unanswered</source>
            <translation>
                <numerusform>%n prompt expired unanswered</numerusform>
                <numerusform>%n prompts expired unanswered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-min back session</source>
            <translation>
                <numerusform>%n-min back session</numerusform>
                <numerusform>%n-min back session</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-min walk</source>
            <translation>
                <numerusform>%n-min walk</numerusform>
                <numerusform>%n-min walk</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-second stretch</source>
            <translation>
                <numerusform>%n-second stretch</numerusform>
                <numerusform>%n-second stretch</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n-min stretch</source>
            <translation>
                <numerusform>%n-min stretch</numerusform>
                <numerusform>%n-min stretch</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Break in %n seconds: {what}</source>
            <translation>
                <numerusform>Break in %n second: {what}</numerusform>
                <numerusform>Break in %n seconds: {what}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Next: {what} in about %n min</source>
            <translation>
                <numerusform>Next: {what} in about %n min</numerusform>
                <numerusform>Next: {what} in about %n min</numerusform>
            </translation>
        </message>
    </context>
</TS>
