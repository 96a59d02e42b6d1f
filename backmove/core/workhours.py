"""Working hours as instants on the wall clock: when the planner may speak, and when that changes.

Settings give working hours as local times per weekday ("09:00-12:30", "13:30-17:30") plus
days off. The planner needs them as UTC epoch seconds, because that is what the Clock's wall
time is. Converting is done here, once per local day, through the Clock's own idea of the local
offset at that instant, so a DST change moves the boundary correctly and a wall-clock jump is
seen at the next question (every answer is computed from the wall time it is given, never from
a stored countdown).

Periods are half-open, [start, end). Ranges that touch (12:00-24:00 and 00:00-06:00 the next
day) merge into one period, so nothing flips at the seam.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from backmove.core.clock import Clock
from backmove.core.settings import Settings

ONE_DAY = timedelta(days=1)
# Days off may hold up to 400 dates; scan past them, but not for ever when no day has hours.
_SCAN_DAYS = 7 + 400 + 7
_CACHE_DAYS = 64


class WorkHours:
    """Answers "inside working hours?" and "when does that change?" for a wall time.

    The planner asks at every call, so the last answers are kept with the span of wall time
    they hold for; a wall clock that jumps out of that span simply asks afresh.
    """

    def __init__(self, settings: Settings, clock: Clock) -> None:
        self._clock = clock
        self._ranges = [settings.working_ranges(day) for day in range(7)]
        self._days_off = settings.days_off()
        self._by_day: dict[date, list[tuple[float, float]]] = {}
        self._any = any(self._ranges)
        # from, to, inside, next change
        self._state: tuple[float, float, bool, float | None] = (math.inf, -math.inf, False, None)
        self._day = (math.inf, -math.inf, date.min)  # from, to (next midnight), the day

    def day_of(self, wall: float) -> date:
        """The local calendar day at `wall`."""
        lo, hi, day = self._day
        if not lo <= wall < hi:
            day = self._clock.local(wall).date()
            self._day = (wall, self.to_wall(day + ONE_DAY, time()), day)
        return day

    def next_midnight(self, wall: float) -> float:
        self.day_of(wall)
        return self._day[1]

    def contains(self, wall: float) -> bool:
        return self._at(wall)[0]

    def next_change(self, wall: float) -> float | None:
        """The next wall time after `wall` at which `contains` flips; None if it never does."""
        return self._at(wall)[1]

    def _at(self, wall: float) -> tuple[bool, float | None]:
        lo, hi, inside, change = self._state
        if not lo <= wall < hi:
            inside, change = False, None
            for start, end in self._periods(wall):
                inside = start <= wall
                change = end if inside else start
                break
            self._state = (wall, math.inf if change is None else change, inside, change)
        return inside, change

    def next_day_start(self, wall: float) -> float | None:
        """Where working hours next begin on a later local day than `wall`'s ("tomorrow")."""
        today = self.day_of(wall)
        for start, _ in self._periods(wall):
            if start > wall and self.day_of(start) > today:
                return start
        return None

    def next_start(self, wall: float) -> datetime | None:
        """When working hours next begin after `wall`, as a local datetime (inside them: the
        start after the current period), so "outside working hours" can say until when.
        None when no day has working hours."""
        for start, _ in self._periods(wall):
            if start > wall:
                return self._clock.local(start)
        return None

    def left_today(self, wall: float) -> float:
        """Seconds of working hours from `wall` to the local midnight: the most a break that
        still needs that many active seconds could get today, since the count starts afresh
        each day.

        Only today's own ranges can hold any of it (a day's ranges end by its midnight), so
        only they are read. The merged periods of `_periods` would not do: a period that runs
        on over midnight is known only where it ends, which with hours all day every day is
        the end of the scan, 414 days on: every status the tray showed converted each of those
        days afresh (more than the 64 kept), about 5 ms each time, as long as the rest of the
        idle app's minutes together."""
        today = self.day_of(wall)
        midnight = self.next_midnight(wall)
        left = 0.0
        current: tuple[float, float] | None = None
        for start, end in [*self._day_periods(today), (math.inf, math.inf)]:
            if current is not None and start <= current[1]:
                current = (current[0], max(current[1], end))  # ranges that meet are one
                continue
            if current is not None and current[1] > wall:
                left += min(current[1], midnight) - max(current[0], wall)
            current = (start, end)
        return left

    def to_wall(self, day: date, at: time) -> float:
        """Epoch seconds of local `day` `at`, by the Clock's offset at that very instant.

        The offset depends on the answer, so iterate: two rounds settle it except inside a
        spring-forward gap (the local time does not exist), where the later candidate wins so
        that nothing starts early.
        """
        naive = datetime.combine(day, at).replace(tzinfo=UTC).timestamp()
        guess = naive - self._offset(naive)
        for _ in range(3):
            better = naive - self._offset(guess)
            if better == guess:
                return guess
            guess, previous = better, guess
        return max(guess, previous)

    def _offset(self, wall: float) -> float:
        offset = self._clock.local(wall).utcoffset()
        return 0.0 if offset is None else offset.total_seconds()

    def _day_periods(self, day: date) -> list[tuple[float, float]]:
        periods = self._by_day.get(day)
        if periods is None:
            if len(self._by_day) >= _CACHE_DAYS:
                self._by_day.clear()
            periods = []
            if day not in self._days_off:
                for start, end in self._ranges[day.weekday()]:
                    stop = (
                        self.to_wall(day + ONE_DAY, time())
                        if end is None
                        else self.to_wall(day, end)
                    )
                    periods.append((self.to_wall(day, start), stop))
            self._by_day[day] = periods
        return periods

    def _periods(self, wall: float) -> Iterator[tuple[float, float]]:
        """Merged working periods that end after `wall`, earliest first."""
        if not self._any:
            return
        first = self.day_of(wall) - ONE_DAY
        current: tuple[float, float] | None = None
        for n in range(_SCAN_DAYS):
            for start, end in self._day_periods(first + timedelta(days=n)):
                if current is not None and start <= current[1]:
                    current = (current[0], max(current[1], end))
                    continue
                if current is not None and current[1] > wall:
                    yield current
                current = (start, end)
        if current is not None and current[1] > wall:
            yield current
