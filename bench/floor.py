"""The floor: the least a PySide6 tray app can be. `python -m bench.floor`

A QApplication, a drawn icon, a menu with one entry, and the event loop: what any tray app on
PySide6 pays before it does anything of its own. `python -m bench` launches it beside backmove
on the same desktop in the same run, so backmove's launch time, memory and idle CPU are read
against it rather than against figures from another day or machine. Its window class is
`backmove-floor`, so the bench sees its icon as it sees backmove's.

`python -m bench.floor --scheduler` is the same tray with APScheduler's Qt scheduler started
and one daily job added, as backmove's wall-clock scheduler (scheduling/wallclock.py) imports
and starts it: the floor of backmove's own stack, before any code of backmove's. Its class is
`backmove-floor-scheduler`.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

APP_CLASS = "backmove-floor"
SCHEDULER_CLASS = "backmove-floor-scheduler"


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
    scheduler = "--scheduler" in sys.argv[1:]
    app = QApplication(sys.argv[:1])
    app.setApplicationName(SCHEDULER_CLASS if scheduler else APP_CLASS)
    app.setQuitOnLastWindowClosed(False)
    tray = QSystemTrayIcon(_icon())
    tray.setToolTip("floor")
    menu = QMenu()
    leave = QAction("Quit", menu)
    leave.triggered.connect(app.quit)
    menu.addAction(leave)
    tray.setContextMenu(menu)
    tray.show()
    if scheduler:
        from backmove.platform.pyside import restore_python_import

        restore_python_import()  # as backmove does: PySide6's import hook would keep sources
        from apscheduler.schedulers.qt import QtScheduler

        jobs = QtScheduler()
        jobs.add_job(app.processEvents, "cron", hour=3, minute=0)
        jobs.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
