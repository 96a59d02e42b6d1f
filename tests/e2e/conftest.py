"""The compositor fixtures (tests/e2e/compositors.py), for every e2e test that starts KWin or
Mutter."""

from tests.e2e.compositors import kwin, mutter, private_bus

__all__ = ["kwin", "mutter", "private_bus"]
