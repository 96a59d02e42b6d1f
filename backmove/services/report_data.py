"""What the PDF report for a clinician holds, gathered without Qt.

The figures the dashboard shows (the trend and its verdict, the breaks by week, the function
goals, the PEG, the weekly regions) are taken from the same `DashboardData` the dashboard
window draws, built by the same `DashboardSource`, so paper and screen cannot disagree. What a
clinician needs and the dashboard does not show is read here from the same log: every safety
check with its tier, outcome and confirmed assessment, the symptoms that stopped a break, and
the moves the user marked as not tolerated.

The report covers the dashboard's three-month range. The safety checks are all of them, since
a referral months ago still matters; the stops and the moves not tolerated are the period's.
Lists are oldest first; the drawing decides how many of the newest fit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from backmove.core.record import Record
from backmove.core.safety import STOP_SYMPTOM_EVENT
from backmove.core.stats import DAY_S, local_day
from backmove.services.counts import Counts
from backmove.services.dashboard import (
    BodyWeek,
    DashboardData,
    DashboardSource,
    FunctionView,
    PegView,
    Span,
    TrendView,
)
from backmove.storage.records import AppEvent, MoveFeedback, SafetyScreen
from backmove.storage.repository import Repository

REPORT_SPAN = Span.MONTHS_3
BODY_WEEKS = 8
"""Weeks of check-in regions in the report's table: two months show a pattern and still fit
the page's width."""
_EPOCH = date(1970, 1, 1)


class WeekCounts(Record):
    week: date
    """The Monday of the week."""
    counts: Counts


class SafetyEntry(Record):
    day: date
    """The local day the check was answered (or the assessment confirmed in the app)."""
    tier: str
    """"none", "A", "B" or "C" (core.safety)."""
    outcome: str
    """The safety module's outcome code: which card followed, or a confirmed assessment."""
    assessed_on: date | None
    """The day of the assessment the user confirmed; None on an ordinary check."""


class StopEntry(Record):
    day: date
    symptom: str
    """A `core.safety.StopSymptom` code."""
    move: str
    """The move's name (its id when the library no longer has it)."""


class NotTolerated(Record):
    move_id: str
    name: str
    days: tuple[date, ...]
    """The days it was marked not tolerated, oldest first."""


class ReportData(Record):
    made: date
    """Today: the day the report was made."""
    first: date
    """The period's first day (a Monday); the period ends on `made`."""
    trend: TrendView
    weeks: tuple[WeekCounts, ...]
    """Breaks offered, done and done naturally, week by week over the period."""
    function: FunctionView
    peg: PegView | None
    """None while the PEG is turned off."""
    body_weeks: tuple[BodyWeek, ...]
    """The latest `BODY_WEEKS` weeks' check-ins, oldest first."""
    safety: tuple[SafetyEntry, ...]
    """Every safety check and confirmed assessment, oldest first."""
    stops: tuple[StopEntry, ...]
    not_tolerated: tuple[NotTolerated, ...]
    """The moves marked not tolerated in the period, the most recently marked last."""

    @property
    def empty(self) -> bool:
        """Nothing at all recorded in the period and no safety check ever."""
        return (
            self.trend.logged_ever == 0
            and not any(w.counts.offered or w.counts.toward_goal for w in self.weeks)
            and not self.function.lines
            and not self.body_weeks
            and not self.safety
        )


def _epoch(day: date) -> int:
    return (day - _EPOCH).days * DAY_S


def safety_entries(screens: Iterable[SafetyScreen]) -> tuple[SafetyEntry, ...]:
    return tuple(
        SafetyEntry(local_day(s.at, s.utc_offset_s), s.tier, s.outcome, s.assessed_on)
        for s in screens
    )


def stop_entries(
    events: Iterable[AppEvent], names: Mapping[str, str], first: date
) -> tuple[StopEntry, ...]:
    """The symptoms tapped in "Stop — this hurts" from `first` on; an event without a symptom
    (a damaged row) is left out rather than shown as an empty line."""
    out = []
    for e in events:
        detail = e.detail if isinstance(e.detail, dict) else {}
        symptom, move = detail.get("symptom"), detail.get("move")
        day = local_day(e.at, e.utc_offset_s)
        if isinstance(symptom, str) and day >= first:
            move_id = move if isinstance(move, str) else ""
            out.append(StopEntry(day, symptom, names.get(move_id, move_id)))
    return tuple(out)


def not_tolerated(
    feedback: Iterable[MoveFeedback], names: Mapping[str, str], first: date
) -> tuple[NotTolerated, ...]:
    """Each move marked not tolerated from `first` on, with its days; a move marked twice on
    one day counts that day once."""
    days: dict[str, list[date]] = {}
    for f in feedback:
        day = local_day(f.at, f.utc_offset_s)
        if f.verdict == "not_tolerated" and day >= first:
            seen = days.setdefault(f.move_id, [])
            if day not in seen:
                seen.append(day)
    rows = [NotTolerated(m, names.get(m, m), tuple(sorted(d))) for m, d in days.items()]
    rows.sort(key=lambda r: (r.days[-1], r.move_id))
    return tuple(rows)


def gather(repo: Repository, data: DashboardData, names: Mapping[str, str]) -> ReportData:
    """The report from the dashboard's figures and the log they were read from."""
    first, today = data.first, data.today
    start, end = _epoch(first) - DAY_S, _epoch(today) + 2 * DAY_S
    return ReportData(
        made=today,
        first=first,
        trend=data.trend,
        weeks=tuple(WeekCounts(b.first, Counts.of(b.tally)) for b in data.adherence.buckets),
        function=data.function,
        peg=data.peg,
        body_weeks=data.body_weeks[-BODY_WEEKS:],
        safety=safety_entries(repo.safety_screens()),
        stops=stop_entries(repo.events_between(start, end, STOP_SYMPTOM_EVENT), names, first),
        not_tolerated=not_tolerated(repo.move_feedback_between(start, end), names, first),
    )


def build_report(source: DashboardSource) -> ReportData | None:
    """The report now, from `source`; None when there is no log."""
    data = source.build(REPORT_SPAN)
    repo = source.repo
    if data is None or repo is None:
        return None
    return gather(repo, data, source.move_names())
