"""The dashboard's sentences for what the statistics found, in the user's language.

The core says what happened as Message objects with numbers; this is where they become words,
through tr(). The sentences say what happened and never why: a lower rating after breaks with
a move is "with" the move, not "because of" it (docs/evidence.md#an-honest-dashboard).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from backmove.core.messages import Message
from backmove.core.streaks import DaysOnTarget, WeeksOnTarget
from backmove.core.trend import PainImproved, PainRoseForAWeek, PainWorsened
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
            return self.tr("{on} of {working} working days on target in the last 7 days").format(
                on=m.on_target, working=m.working
            )
        if isinstance(m, WeeksOnTarget):
            return self.weeks_in_a_row(m.weeks)
        if isinstance(m, PainRoseForAWeek):
            return self.tr(
                "Your 7-day average ({mean}) has been meaningfully above your first week's "
                "({baseline}) for 7 days in a row. If it stays there, a check-in with a "
                "clinician is worth it."
            ).format(mean=number(m.mean7), baseline=number(m.baseline))
        if isinstance(m, PainWorsened):
            return self.tr(
                "Your 7-day average ({mean}) is meaningfully above your first week's ({baseline})."
            ).format(mean=number(m.mean7), baseline=number(m.baseline))
        if isinstance(m, PainImproved):
            return self.tr(
                "Your 7-day average ({mean}) is meaningfully below your first week's ({baseline})."
            ).format(mean=number(m.mean7), baseline=number(m.baseline))
        return m.code

    # English has one plural; a translation gets the %n form and its own plural rules.

    def weeks_in_a_row(self, n: int) -> str:
        if n == 1:
            return self.tr("1 week in a row meeting your goal")
        return self.tr("%n weeks in a row meeting your goal", "", n)

    def weeks(self, n: int) -> str:
        return self.tr("1 week") if n == 1 else self.tr("%n weeks", "", n)

    def rated_times(self, n: int) -> str:
        """How many rated breaks included a move: the N of "helped in K of N"."""
        return self.tr("rated once") if n == 1 else self.tr("rated %n times", "", n)

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
            return self.tr("{m} min").format(m=total)
        hours, rest = divmod(total, 60)
        if rest == 0:
            return self.tr("{h} h").format(h=hours)
        return self.tr("{h} h {m} min").format(h=hours, m=rest)

    def kind(self, kind: str) -> str:
        return kind_name(kind)
