"""The dashboard's sentences for what the statistics found, in the user's language.

The core says what happened as Message objects with numbers; this is where they become words,
through tr(). The sentences say what happened and never why: a lower rating after breaks with
a move is "with" the move, not "because of" it (docs/evidence.md#an-honest-dashboard).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from backmove.core.messages import Message
from backmove.core.progress import HOLD_DAYS, Progress, Verdict
from backmove.core.streaks import DaysOnTarget, WeeksOnTarget
from backmove.ui.i18n import QT_TRANSLATE_NOOP
from backmove.ui.wording import kind_name


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


DATE_FORMATS = (
    QT_TRANSLATE_NOOP("Words", "ddd d MMM"),
    QT_TRANSLATE_NOOP("Words", "d MMM"),
    QT_TRANSLATE_NOOP("Words", "d MMM yyyy"),
    QT_TRANSLATE_NOOP("Words", "dddd d MMMM"),
    QT_TRANSLATE_NOOP("Words", "dddd d MMMM yyyy"),
)
"""The date patterns the dashboard uses; translated, because the order and the punctuation
are the language's ("Mi., 17. Juni"), not only the names of days and months."""


def day_text(day: date, fmt: str = "ddd d MMM") -> str:
    """A date in the user's language, e.g. "Wed 17 Jun"."""
    return QLocale().toString(qdate(day), QCoreApplication.translate("Words", fmt))


def number(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


class Words(QObject):
    """Sentences for messages and figures; a QObject so that tr() has its context."""

    def message(self, m: Message) -> str:
        if isinstance(m, DaysOnTarget):
            return self.tr(
                "{on} of %n working days on target in the last 7 days", "", m.working
            ).format(on=m.on_target)
        if isinstance(m, WeeksOnTarget):
            return self.weeks_in_a_row(m.weeks)
        return m.code

    def progress(self, p: Progress) -> list[str]:
        """The verdict on the end-of-day ratings, each sentence on its own, and beside any
        verdict the reminder that a change has many causes (never the app or a move)."""
        if p.verdict is Verdict.NOT_ENOUGH or p.baseline is None:
            return [
                self.tr(
                    "Not enough ratings yet — {n} of 7. The first two weeks with 7 end-of-day "
                    "answers set the level later weeks are compared with."
                ).format(n=p.ratings_toward_baseline)
            ]
        baseline = number(p.baseline)
        day = p.as_of
        if day is None or day.mean7 is None or p.baseline_last is None:
            lines = [
                self.tr(
                    "Your average over your first two weeks is {baseline}. From {day} on, your "
                    "7-day average is compared with it: no clear change so far."
                ).format(
                    baseline=baseline,
                    day=day_text((p.baseline_last or date.min) + timedelta(days=1)),
                )
            ]
        elif p.verdict is Verdict.BETTER:
            lines = [
                self.tr(
                    "Meaningfully better: your 7-day average on {day} was {mean}, against "
                    "{baseline} in your first two weeks, and it has been at least 2 points and "
                    "30 % lower every day since {since}."
                ).format(
                    day=day_text(day.day),
                    mean=number(day.mean7),
                    baseline=baseline,
                    since=day_text(p.held_since or day.day),
                )
            ]
        elif p.verdict is Verdict.WORSE:
            lines = [
                self.tr(
                    "Meaningfully worse: your 7-day average on {day} was {mean}, against "
                    "{baseline} in your first two weeks, and it has been at least 2 points and "
                    "30 % higher every day since {since}. If it stays there, a check-in with a "
                    "clinician is worth it."
                ).format(
                    day=day_text(day.day),
                    mean=number(day.mean7),
                    baseline=baseline,
                    since=day_text(p.held_since or day.day),
                )
            ]
        else:
            lines = [
                self.tr(
                    "No clear change: your 7-day average on {day} was {mean}, against {baseline} "
                    "in your first two weeks. A clear change is 2 points and 30 % either way, "
                    "held for two weeks."
                ).format(day=day_text(day.day), mean=number(day.mean7), baseline=baseline)
            ]
            if day.held:
                lines.append(self.not_held_yet(day.better, day.held))
        lines.append(
            self.tr(
                "Back pain often eases on its own, and backmove cannot tell what caused a change."
            )
        )
        return lines

    def not_held_yet(self, lower: bool, days: int) -> str:
        """A change that meets both thresholds but has not held for two weeks yet: said, so
        that a good or bad week is seen, and that it does not count yet."""
        if lower:
            if days == 1:
                text = self.tr(
                    "It was meaningfully lower on that day only; a change counts once it has "
                    "held for {hold} days."
                )
            else:
                text = self.tr(
                    "It has been meaningfully lower for the last %n days; a change counts once "
                    "it has held for {hold}.",
                    "",
                    days,
                )
        elif days == 1:
            text = self.tr(
                "It was meaningfully higher on that day only; a change counts once it has held "
                "for {hold} days."
            )
        else:
            text = self.tr(
                "It has been meaningfully higher for the last %n days; a change counts once it "
                "has held for {hold}.",
                "",
                days,
            )
        return text.format(hold=HOLD_DAYS)

    # English has one plural; a translation gets the %n form and its own plural rules.

    def weeks_in_a_row(self, n: int) -> str:
        if n == 1:
            return self.tr("1 week in a row meeting your goal")
        return self.tr("%n weeks in a row meeting your goal", "", n)

    def weeks(self, n: int) -> str:
        return self.tr("1 week") if n == 1 else self.tr("%n weeks", "", n)

    def rated_breaks(self, n: int) -> str:
        """How many rated breaks included a move (services.counts' "rated breaks"): the one
        count the moves card gives, and the N of "helped in K of N"."""
        return self.tr("1 rated break") if n == 1 else self.tr("%n rated breaks", "", n)

    def natural_breaks(self, n: int) -> str:
        if n == 1:
            return self.tr("1 natural break when you were away anyway")
        return self.tr("%n natural breaks when you were away anyway", "", n)

    def expired(self, n: int) -> str:
        if n == 1:
            return self.tr("1 prompt expired unanswered")
        return self.tr("%n prompts expired unanswered", "", n)

    def minutes(self, minutes: float) -> str:
        """ "45 min", "1 h 5 min"."""
        total = round(minutes)
        if total < 60:
            return self.tr("{m} min").format(m=total)
        hours, rest = divmod(total, 60)
        if rest == 0:
            return self.tr("{h} h").format(h=hours)
        return self.tr("{h} h {m} min").format(h=hours, m=rest)

    def kind(self, kind: str) -> str:
        return kind_name(kind)
