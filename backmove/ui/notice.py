"""A plain, non-blocking message window for things the user should know at once.

Used for a repaired settings file, a database moved aside, an unexpected error. It never
blocks the app: breaks keep running behind it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def show_notice(
    title: str, lines: list[str], parent: QWidget | None = None, *, error: bool = False
) -> QMessageBox:
    """`title` says what the notice is about ("Notice", "Cannot start"); the window's title
    is made from it in the style every backmove window has."""
    # Here, not at the top: the app makes its `Notices` at start, and the widget kit it
    # would load then is needed only once a window opens.
    from backmove.ui.kit.widgets import window_title

    box = QMessageBox(parent)
    box.setObjectName("notice")
    box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
    box.setWindowTitle(window_title(title))
    box.setText(lines[0] if lines else title)
    if len(lines) > 1:
        box.setInformativeText("\n\n".join(lines[1:]))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setModal(False)
    box.show()
    return box


class Notices:
    """The notices on screen now: each stays referenced while it is open (a window nobody
    holds would vanish at once) and is let go when the user closes it."""

    def __init__(self, title: str, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self._title = title
        self._parent = parent
        self.boxes: list[QMessageBox] = []

    def tell(
        self, lines: list[str], *, error: bool = False, title: str | None = None
    ) -> QMessageBox:
        box = show_notice(title or self._title, lines, self._parent(), error=error)
        self.boxes.append(box)
        box.finished.connect(lambda _code, box=box: self._closed(box))
        return box

    def _closed(self, box: QMessageBox) -> None:
        if box in self.boxes:
            self.boxes.remove(box)
        box.deleteLater()

    def close_all(self) -> None:
        for box in list(self.boxes):
            box.close()
        self.boxes.clear()
