"""The move library as the app uses it: the shipped moves plus the user's own, in the user's
language, read once on first use.

The break, the dashboard and the report all name moves; they read them here, so a move the
user wrote shows up by its own name everywhere, and the library is read after the tray icon
is up rather than before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from backmove.core.messages import Message

if TYPE_CHECKING:
    from backmove.core.catalog import Catalog


class MoveLibrary:
    """Loads the catalogue lazily; `translate` turns a built-in move's words into the user's
    language (the Qt catalogue's "moves" context, handed in from above)."""

    def __init__(
        self, user_moves_dir: Path | None, translate: Callable[[str], str] = lambda t: t
    ) -> None:
        self._user_moves_dir = user_moves_dir
        self._translate = translate
        self._catalog: Catalog | None = None
        self.messages: list[Message] = []

    @property
    def loaded(self) -> bool:
        return self._catalog is not None

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            from backmove.core.catalog import load_catalog  # after the tray icon: see module
            from backmove.resources import stretches_dir

            catalog, self.messages = load_catalog(stretches_dir(), self._user_moves_dir)
            self._catalog = catalog.translated(self._translate)
        return self._catalog

    def names(self) -> dict[str, str]:
        """Each move's id with its name as the user reads it."""
        return {m.id: m.name for m in self.catalog}

    def problems(self) -> list[Message]:
        """What the user should hear about the library: errors and skipped files of theirs."""
        _ = self.catalog
        return [
            m for m in self.messages if m.severity == "error" or m.code == "catalog_entry_skipped"
        ]
