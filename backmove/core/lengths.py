"""Lengths of time the planner holds requests to, apart from the planner itself.

`backmove pause` and `backmove meeting` check a value against them before anything else is
loaded: the planner is a large module, and the command line would spend longer importing it
than it spends on the whole command.
"""

from __future__ import annotations

LONGEST_MIN = 24 * 60
"""The longest pause or meeting in minutes: past a day, "tomorrow" or a pause until resumed
says it better. The command line and the command socket both hold requests to it."""
