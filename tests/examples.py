"""How many examples a hypothesis test runs under the loaded profile (see tests/conftest.py).

A few property tests are slow per example (a simulated month, a planner trace), so they run
fewer than the everyday profiles' count. Under a profile that asks for more (`thorough`), they
take that count, so one command searches them as hard as every other property test.
"""

from __future__ import annotations

from hypothesis import settings

EVERYDAY = 50
"""max_examples of the dev and ci profiles."""


def examples(everyday: int) -> int:
    """`everyday` examples, or the loaded profile's count when it asks for more than usual."""
    asked: int = settings().max_examples
    return asked if asked > EVERYDAY else everyday
