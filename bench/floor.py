"""The floor: the least a PySide6 tray app can be. `python -m bench.floor`

A QApplication, a drawn icon, a menu with one entry, and the event loop: what any tray app on
PySide6 pays before it does anything of its own. `python -m bench` launches it beside backmove
on the same desktop in the same run, so backmove's launch time, memory and idle CPU are read
against it rather than against figures from another day or machine. Its window class is
`backmove-floor`, so the bench sees its icon as it sees backmove's.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

APP_CLASS = "backmove-floor"


def _icon() -> QIcon:
    pixmap = QPixmap(64, 64)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#2a7de5"))
    painter.drawEllipse(4, 4, 56, 56)
    painter.end()
    return QIcon(pixmap)


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_CLASS)
    app.setQuitOnLastWindowClosed(False)
    tray = QSystemTrayIcon(_icon())
    tray.setToolTip("floor")
    menu = QMenu()
    leave = QAction("Quit", menu)
    leave.triggered.connect(app.quit)
    menu.addAction(leave)
    tray.setContextMenu(menu)
    tray.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
