"""The rotating log and what happens to an unexpected error.

An unhandled exception goes to backmove.log in the data folder (kept small: three files of
1 MiB) and to a plain message for the user, and the app keeps running where it can. The user
never sees a traceback; the log keeps one for a bug report.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections.abc import Callable
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType

log = logging.getLogger("backmove")


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file it opens is the user's alone: the file a rollover starts would
    otherwise take the process umask (0644 on most systems), and the log names folders and
    what the user did."""

    def _open(self) -> TextIOWrapper:
        stream = super()._open()
        Path(self.baseFilename).chmod(0o600)
        return stream


def setup_logging(log_file: Path, *, verbose: bool = False) -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = PrivateRotatingFileHandler(
            log_file, maxBytes=1024 * 1024, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    # APScheduler logs every job it adds and runs at INFO; that is noise in a user's log.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def install_excepthook(tell_user: Callable[[str], object]) -> None:
    """Route uncaught exceptions (including those raised in Qt slots) to the log and the user."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        try:
            tell_user(f"{kind.__name__}: {exc}")
        except Exception:
            log.exception("could not show the error to the user")

    sys.excepthook = hook
