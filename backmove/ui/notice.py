"""A plain, non-blocking message window for things the user should know at once.

Used for a repaired settings file, a database moved aside, an unexpected error. It never
blocks the app: breaks keep running behind it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_notice(
    title: str, lines: list[str], parent: QWidget | None = None, *, error: bool = False
) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("notice")
    box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(lines[0] if lines else title)
    if len(lines) > 1:
        box.setInformativeText("\n\n".join(lines[1:]))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setModal(False)
    box.show()
    return box
