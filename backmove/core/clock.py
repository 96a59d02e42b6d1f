"""Where every part of backmove gets the time.

Two clocks matter and they disagree on purpose: the wall clock (what the user's watch says;
it jumps when the user or NTP sets it, and runs on through suspend) and the monotonic clock
(what counts active time; it never jumps and stands still while the machine sleeps). The
planner counts breaks in monotonic seconds so a clock change can never move a countdown, and
uses the wall clock only for working hours and for records.

This is the only module allowed to read the system's time.
"""

from __future__ import annotations

import time
from datetime import datetime, tzinfo
from typing import Protocol


class Clock(Protocol):
    """The time as the app sees it."""

    def wall(self) -> float:
        """UTC epoch seconds, as the wall clock says now."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps and does not advance during suspend."""
        ...

    def local(self, wall: float | None = None) -> datetime:
        """An aware local datetime for `wall` (default: now)."""
        ...


def _local(wall: float, tz: tzinfo | None) -> datetime:
    if tz is None:
        # The system's own rules: the offset is right for that instant, DST included.
        return datetime.fromtimestamp(wall).astimezone()
    return datetime.fromtimestamp(wall, tz)


class SystemClock:
    """The machine's clocks."""

    def __init__(self, tz: tzinfo | None = None) -> None:
        self._tz = tz

    def wall(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()

    def local(self, wall: float | None = None) -> datetime:
        return _local(self.wall() if wall is None else wall, self._tz)


class SimulatedClock:
    """A clock that moves only when told, for `backmove simulate` and for tests.

    `advance` moves both clocks (the machine is awake), `sleep` moves only the wall clock
    (the machine is suspended), and `set_wall` moves only the wall clock by a jump (the user
    or NTP set it).
    """

    def __init__(self, start: datetime, tz: tzinfo | None = None) -> None:
        if start.tzinfo is None:
            if tz is None:
                raise ValueError("a naive start needs a time zone")
            start = start.replace(tzinfo=tz)
        self._tz = tz if tz is not None else start.tzinfo
        self._wall = start.timestamp()
        self._mono = 1000.0

    @property
    def tz(self) -> tzinfo | None:
        return self._tz

    def wall(self) -> float:
        return self._wall

    def monotonic(self) -> float:
        return self._mono

    def local(self, wall: float | None = None) -> datetime:
        return _local(self._wall if wall is None else wall, self._tz)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time does not run backwards; use set_wall for a clock change")
        self._wall += seconds
        self._mono += seconds

    def sleep(self, seconds: float) -> None:
        """The machine is suspended for `seconds`: the wall clock moves on, monotonic does not."""
        if seconds < 0:
            raise ValueError("a suspend cannot be negative")
        self._wall += seconds

    def set_wall(self, by: float) -> None:
        """The wall clock is set forward (`by` > 0) or back (`by` < 0)."""
        self._wall += by
