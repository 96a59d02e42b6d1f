"""`backmove [command]`: start the tray app, or hand a command to it, or work on the data.

With no command it starts the app, or, if one already runs for this user and data folder,
asks that one to show itself. Commands that need the running app are sent to it over the
single-instance socket; with none running they say so and exit 3. Nothing here prints a
traceback: errors become one plain sentence and an exit code.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import sys
import tomllib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from backmove import __version__
from backmove.core.messages import Message
from backmove.paths import Paths, resolve
from backmove.storage.errors import StorageError

if TYPE_CHECKING:
    from backmove.storage.database import Database
    from backmove.ui.language import Language

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_NOT_RUNNING = 3

_CTX = "cli"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for the catalogue without importing Qt for every command."""
    return text


LABELS = {  # the names `status` prints before its values; --json keeps the keys
    "state": QT_TRANSLATE_NOOP("cli", "state"),
    "summary": QT_TRANSLATE_NOOP("cli", "summary"),
    "breaks_today": QT_TRANSLATE_NOOP("cli", "breaks today"),
    "offered_today": QT_TRANSLATE_NOOP("cli", "offered today"),
    "goal_today": QT_TRANSLATE_NOOP("cli", "goal today"),
    "running": QT_TRANSLATE_NOOP("cli", "running"),
    "version": QT_TRANSLATE_NOOP("cli", "version"),
    "tray": QT_TRANSLATE_NOOP("cli", "tray"),
    "config_dir": QT_TRANSLATE_NOOP("cli", "config folder"),
    "data_dir": QT_TRANSLATE_NOOP("cli", "data folder"),
    "database": QT_TRANSLATE_NOOP("cli", "database"),
    "database_version": QT_TRANSLATE_NOOP("cli", "database version"),
    "records": QT_TRANSLATE_NOOP("cli", "records"),
    "integrity": QT_TRANSLATE_NOOP("cli", "integrity"),
    "backups": QT_TRANSLATE_NOOP("cli", "backups"),
}
GUI_COMMANDS = {None, "report", "figures", "doctor"}
"""Commands that make their own QApplication (a plain QCoreApplication made first would stand
in its way). `run` and `report` load the language themselves; `doctor` is a diagnostic for
bug reports and answers in English so that every report reads the same."""


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(_CTX, text)


def _language(argv: list[str]) -> Language | None:
    """The user's language for this command's words, before the parser (its help) is built."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--home")
    pre.add_argument("command", nargs="?")
    known, _ = pre.parse_known_args(argv)
    helping = "-h" in argv or "--help" in argv
    if known.command in GUI_COMMANDS and not helping:
        return None
    choice = _language_choice(resolve(known.home))
    from backmove.ui.language import resolve as resolve_language

    if resolve_language(choice) == "en":
        return None
    from PySide6.QtCore import QCoreApplication

    from backmove.ui.language import Language

    if QCoreApplication.instance() is None:
        QCoreApplication(["backmove"])
    language = Language()
    language.use(choice)
    return language


def _language_choice(paths: Paths) -> str:
    """The language setting as written, without the repairs a full load may make."""
    try:
        value = tomllib.loads(paths.settings_file.read_text(encoding="utf-8")).get("language")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return "system"
    return value if isinstance(value, str) else "system"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="backmove",
        description=_tr(
            "Movement breaks for people who sit at a computer all day. "
            "With no command, starts backmove in the system tray."
        ),
    )
    p.add_argument("--version", action="version", version=f"backmove {__version__}")
    p.add_argument(
        "--home",
        metavar="DIR",
        help=_tr(
            "keep settings and data in DIR (default: $BACKMOVE_HOME, else the "
            "usual folders of this system)"
        ),
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("status", help=_tr("what backmove is doing now"))
    s.add_argument("--json", action="store_true", help=_tr("print JSON"))

    sub.add_parser("doctor", help=_tr("check this desktop: paths, tray, notifications, detection"))

    e = sub.add_parser("export", help=_tr("write every table to CSV or JSON files, one per table"))
    e.add_argument("--format", choices=("csv", "json"), default="csv")
    e.add_argument("--out", metavar="DIR", required=True, help=_tr("folder to write into"))

    i = sub.add_parser("import", help=_tr("read an export into an empty profile"))
    i.add_argument("folder", metavar="DIR", help=_tr("a folder written by `backmove export`"))

    r = sub.add_parser("restore", help=_tr("go back to a backup (the current data is kept aside)"))
    r.add_argument("file", metavar="FILE", help=_tr("a backup, e.g. from the backups folder"))

    sub.add_parser("break-now", help=_tr("start a break now (backmove must be running)"))
    pa = sub.add_parser("pause", help=_tr("pause breaks: 30m, 1h, 2h, tomorrow, or until resumed"))
    pa.add_argument(
        "duration",
        metavar="DURATION",
        nargs="?",
        default="until-resumed",
        help=_tr("minutes (45, 45m), hours (1h), 'tomorrow' or 'until-resumed' (the default)"),
    )
    sub.add_parser("resume", help=_tr("resume breaks after a pause"))
    sub.add_parser("quit", help=_tr("quit the running backmove"))
    me = sub.add_parser("meeting", help=_tr("hold breaks for a meeting of MINUTES"))
    me.add_argument("minutes", metavar="MINUTES", type=int)

    m = sub.add_parser(
        "simulate",
        help=_tr("run the break planner over a trace on a fake clock (see docs/simulate.md)"),
    )
    m.add_argument("--trace", metavar="FILE", required=True, help=_tr("a JSON-lines trace"))
    m.add_argument("--settings", metavar="FILE", help=_tr("a settings.toml to start from"))

    f = sub.add_parser("figures", help=_tr("draw every move as PNG and SVG"))
    f.add_argument("--out", metavar="DIR", required=True, help=_tr("folder to write into"))
    f.add_argument("--theme", choices=("light", "dark"), default="light")

    r = sub.add_parser("report", help=_tr("a PDF of the last 3 months for your physiotherapist"))
    r.add_argument("--out", metavar="FILE.pdf", required=True, help=_tr("where to write it"))

    d = sub.add_parser(
        "install-desktop",
        help=_tr("add backmove to the applications menu (for pip and pipx installs)"),
    )
    d.add_argument(
        "--uninstall", action="store_true", help=_tr("remove what install-desktop added")
    )

    return p


# --- commands --------------------------------------------------------------------------------


def _print(obj: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(obj, indent=2, sort_keys=True))
        return
    for key, value in obj.items():
        if isinstance(value, dict):
            value = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in value.items())
        label = _tr(LABELS[key]) if key in LABELS else key.replace("_", " ")
        print(f"{label}: {value}")


def cmd_status(args: argparse.Namespace, paths: Paths) -> int:
    from backmove.platform.instance import ask

    answer = ask(paths.instance_key, {"cmd": "status"})
    if answer is None:
        info: dict[str, Any] = {
            "running": False,
            "config_dir": str(paths.config_dir),
            "data_dir": str(paths.data_dir),
        }
        info.update(_local_db_status(paths))
        if args.json:
            _print(info, True)
        else:
            print(_tr("backmove is not running. Start it with: backmove"))
            _print({k: v for k, v in info.items() if k != "running"}, False)
        return EXIT_OK
    answer.pop("ok", None)
    _print(answer, args.json)
    return EXIT_OK


def _say(message: Message) -> None:
    from backmove.ui.wording import describe

    print(describe(message), file=sys.stderr if message.severity == "error" else sys.stdout)


def _running(paths: Paths) -> bool:
    from backmove.platform.instance import ask

    return ask(paths.instance_key, {"cmd": "status"}, timeout_ms=1500) is not None


def _open_db(paths: Paths) -> Database:
    from backmove.core.clock import SystemClock
    from backmove.storage.database import Database

    paths.ensure()
    opened = Database.open(paths.database, SystemClock())
    for message in opened.messages:
        _say(message)
    return opened.database


def _local_db_status(paths: Paths) -> dict[str, Any]:
    from backmove.storage.backup import list_backups

    if not paths.database.exists():
        return {"database": _tr("none yet (it is made on first start)")}
    db = _open_db(paths)
    try:
        problems = db.integrity_problems()
        return {
            "database": str(paths.database),
            "database_version": db.version,
            "records": db.counts(),
            "integrity": "ok" if not problems else "; ".join(problems),
            "backups": len(list_backups(paths.backups_dir)),
        }
    finally:
        db.close()


def cmd_export(args: argparse.Namespace, paths: Paths) -> int:
    from pathlib import Path

    from backmove.storage.transfer import export_data

    db = _open_db(paths)
    try:
        summary = export_data(db, Path(args.out), args.format)
    finally:
        db.close()
    total = sum(summary.rows.values())
    print(
        _tr("Exported {total} records in {files} {format} files to {folder}.").format(
            total=total, files=len(summary.rows), format=args.format.upper(), folder=summary.folder
        )
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace, paths: Paths) -> int:
    from pathlib import Path

    from backmove.storage.transfer import import_data

    if _running(paths):
        print(
            _tr("backmove is running; quit it first (tray menu, Quit backmove), then import."),
            file=sys.stderr,
        )
        return EXIT_ERROR
    db = _open_db(paths)
    try:
        summary = import_data(db, Path(args.folder))
    finally:
        db.close()
    print(
        _tr("Imported {total} records from {folder} into {database}.").format(
            total=sum(summary.rows.values()), folder=summary.folder, database=paths.database
        )
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, paths: Paths) -> int:
    from pathlib import Path

    from backmove.core.clock import SystemClock
    from backmove.storage.backup import restore

    if _running(paths):
        print(
            _tr("backmove is running; quit it first (tray menu, Quit backmove), then restore."),
            file=sys.stderr,
        )
        return EXIT_ERROR
    paths.ensure()
    _say(restore(paths.database, Path(args.file), SystemClock()))
    return EXIT_OK


def _doctor_display() -> dict[str, str]:
    display = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY")
    forced = os.environ.get("QT_QPA_PLATFORM")
    if not display and not forced and sys.platform.startswith("linux"):
        return {
            "display": "none found (DISPLAY and WAYLAND_DISPLAY are unset): backmove needs a "
            "desktop session to show anything",
        }
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    _app = QApplication.instance() or QApplication(["backmove"])  # held while Qt is asked
    tray = QSystemTrayIcon.isSystemTrayAvailable()
    return {
        "display": display or f"(QT_QPA_PLATFORM={forced})",
        "qt_platform": QGuiApplication.platformName(),
        "tray": "available: backmove shows its icon there"
        if tray
        else "not available: backmove shows a small window instead of a tray icon",
    }


def _doctor_notifications() -> str:
    from PySide6.QtCore import QCoreApplication

    from backmove.platform.notify import notification_service_present

    if QCoreApplication.instance() is None:
        QCoreApplication(["backmove"])
    fallback = "heads-up notices appear as tray balloons, or in backmove's own small window"
    if not notification_service_present():
        return f"no notification service on the session bus: {fallback}"
    try:
        importlib.import_module("dbus")  # dbus-python: optional, and plyer's D-Bus route
    except ImportError:
        pass
    else:
        return "plyer over D-Bus: heads-up notifications go to the desktop's notification service"
    if shutil.which("notify-send"):
        return "plyer through notify-send: heads-up notifications go to the desktop"
    return f"neither dbus-python nor notify-send found: {fallback}"


def _doctor_probes() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    from backmove.core.clock import SystemClock
    from backmove.platform.idle import choose_idle_probe
    from backmove.platform.power import create_power_monitor
    from backmove.platform.screenstate import choose_screen_state_probe
    from backmove.ui.wording import effect

    if QCoreApplication.instance() is None:
        QCoreApplication(["backmove"])  # the D-Bus backends need one
    idle = choose_idle_probe()
    power = create_power_monitor(SystemClock())
    screen = choose_screen_state_probe()
    labels = {
        "idle": "idle time",
        "power": "sleep and wake",
        "fullscreen": "full screen",
        "dnd": "do not disturb",
    }
    out: dict[str, str] = {}
    try:
        for status in (idle.describe(), power.describe(), *screen.describe()):
            line = f"{effect(status.effect)} [{status.backend}]"
            if status.detail and not status.available:
                line += f" ({status.detail})"
            out[labels.get(status.concern, status.concern)] = line
    finally:
        idle.close()
        screen.close()
        power.stop()
    return out


def cmd_doctor(args: argparse.Namespace, paths: Paths) -> int:
    report: dict[str, str] = {
        "version": __version__,
        "config_dir": str(paths.config_dir),
        "data_dir": str(paths.data_dir),
        "settings_file": str(paths.settings_file),
        "database": str(paths.database),
    }
    report.update(_doctor_display())
    report["notifications"] = _doctor_notifications()
    report.update(_doctor_probes())
    width = max(len(k) for k in report)
    for key, value in report.items():
        print(f"{key.replace('_', ' '):<{width}}  {value}")
    return EXIT_OK


def parse_duration(text: str) -> float | str | None:
    """'45', '45m', '1h', '1.5h', 'tomorrow', 'until-resumed' -> minutes, 'tomorrow' or None."""
    t = text.strip().lower()
    if t in ("tomorrow", "until-tomorrow"):
        return "tomorrow"
    if t in ("until-resumed", "resumed", "indefinitely", "forever"):
        return None
    try:
        if t.endswith("h"):
            minutes = float(t[:-1]) * 60
        elif t.endswith(("m", "min")):
            minutes = float(t.rstrip("min"))
        else:
            minutes = float(t)
    except ValueError:
        raise ValueError(text) from None
    if not 1 <= minutes <= 24 * 60:
        raise ValueError(text)
    return minutes


def _send(paths: Paths, request: dict[str, Any]) -> int:
    from backmove.platform.instance import ask

    answer = ask(paths.instance_key, request)
    if answer is None:
        print(_tr("backmove is not running. Start it with: backmove"), file=sys.stderr)
        return EXIT_NOT_RUNNING
    if not answer.get("ok"):
        print(
            _tr("backmove could not do that ({error}).").format(
                error=answer.get("error", _tr("unknown error"))
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    print(answer.get("summary", _tr("Done.")))
    return EXIT_OK


def cmd_break_now(args: argparse.Namespace, paths: Paths) -> int:
    return _send(paths, {"cmd": "break-now"})


def cmd_pause(args: argparse.Namespace, paths: Paths) -> int:
    try:
        minutes = parse_duration(args.duration)
    except ValueError:
        print(
            _tr(
                "backmove: '{duration}' is not a duration. Use minutes (45 or 45m), hours "
                "(1h), 'tomorrow' or 'until-resumed'. Nothing was paused."
            ).format(duration=args.duration),
            file=sys.stderr,
        )
        return EXIT_USAGE
    return _send(paths, {"cmd": "pause", "minutes": minutes})


def cmd_resume(args: argparse.Namespace, paths: Paths) -> int:
    return _send(paths, {"cmd": "resume"})


def cmd_quit(args: argparse.Namespace, paths: Paths) -> int:
    return _send(paths, {"cmd": "quit"})


def cmd_meeting(args: argparse.Namespace, paths: Paths) -> int:
    if not 1 <= args.minutes <= 24 * 60:
        print(
            _tr("backmove: a meeting lasts from 1 to 1440 minutes. Nothing was changed."),
            file=sys.stderr,
        )
        return EXIT_USAGE
    return _send(paths, {"cmd": "meeting", "minutes": args.minutes})


def cmd_simulate(args: argparse.Namespace, paths: Paths) -> int:
    from pathlib import Path

    from backmove.core.catalog import load_catalog
    from backmove.core.simulate import simulate
    from backmove.resources import stretches_dir

    catalog, _ = load_catalog(stretches_dir())  # the shipped moves: the same for every user
    settings = Path(args.settings) if args.settings else None
    return simulate(Path(args.trace), settings, sys.stdout, catalog=catalog)


def cmd_figures(args: argparse.Namespace, paths: Paths) -> int:
    from pathlib import Path

    # Drawing to files needs no screen: never open a window, even on a desktop.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from backmove.ui.figure_export import contact_sheet, export_figures

    out = Path(args.out)
    written = export_figures(out, args.theme)
    sheet = contact_sheet(out / "contact-sheet.png", args.theme)
    print(
        _tr("Wrote {count} files and {sheet} to {folder}.").format(
            count=len(written), sheet=sheet.name, folder=out
        )
    )
    return EXIT_OK


def cmd_report(args: argparse.Namespace, paths: Paths) -> int:
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from backmove.core import settings as settings_mod
    from backmove.core.clock import SystemClock
    from backmove.services.dashboard import DashboardSource
    from backmove.services.library import MoveLibrary
    from backmove.services.store import Store
    from backmove.ui.language import Language
    from backmove.ui.report import write_report
    from backmove.ui.wording import describe

    if not paths.database.exists():
        print(
            _tr("There is no backmove log at {path} yet; nothing to report.").format(
                path=paths.database
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a PDF needs no screen
    _qapp = QApplication.instance() or QApplication(sys.argv[:1])
    clock = SystemClock()
    settings = settings_mod.load(paths.settings_file, "report").settings
    language = Language()
    language.use(settings["language"])
    store = Store(paths, clock)
    fatal, _told = store.open()
    if fatal is not None or not store.is_open:
        problem = fatal or next(iter(_told), None)
        print(describe(problem) if problem else str(paths.database), file=sys.stderr)
        language.drop()
        return EXIT_ERROR
    library = MoveLibrary(
        paths.user_moves_dir, lambda text: QCoreApplication.translate("moves", text)
    )
    source = DashboardSource(store, clock, lambda: settings, library)
    out = Path(args.out)
    try:
        pages = write_report(out, source, clock)
    except OSError as exc:
        print(
            _tr("The report could not be written to {path} ({detail}).").format(
                path=out, detail=exc.strerror
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    finally:
        store.close()
        language.drop()
    print(_tr("Wrote a {pages}-page report to {path}.").format(pages=pages, path=out))
    return EXIT_OK


def cmd_install_desktop(args: argparse.Namespace, paths: Paths) -> int:
    from backmove.platform.desktop_install import install_desktop, uninstall_desktop

    messages = uninstall_desktop() if args.uninstall else install_desktop()
    for m in messages:
        _say(m)
    return EXIT_ERROR if any(m.severity == "error" for m in messages) else EXIT_OK


def cmd_run(args: argparse.Namespace, paths: Paths) -> int:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from backmove.app import BackmoveApp
    from backmove.core.clock import SystemClock
    from backmove.logsetup import install_excepthook, setup_logging
    from backmove.platform.instance import ask

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication), "the tray and its windows need a widgets app"
    qapp.setApplicationName("backmove")
    qapp.setApplicationVersion(__version__)
    qapp.setQuitOnLastWindowClosed(False)
    # Lets desktops (Wayland ones above all) match the windows to the menu entry and its icon.
    qapp.setDesktopFileName("io.github.backmove.Backmove")

    if ask(paths.instance_key, {"cmd": "show"}, timeout_ms=2000) is not None:
        print(_tr("backmove is already running; it has been asked to show itself."))
        return EXIT_OK

    paths.ensure()
    setup_logging(paths.log_file)
    app = BackmoveApp(qapp, paths, SystemClock())
    install_excepthook(
        lambda text: app.notices.tell(
            [
                QCoreApplication.translate(
                    "BackmoveApp", "Something went wrong, but backmove keeps running."
                ),
                text,
                QCoreApplication.translate("BackmoveApp", "Details are in {path}.").format(
                    path=paths.log_file
                ),
            ],
            error=True,
        )
    )
    if not app.start():
        ask(paths.instance_key, {"cmd": "show"})
        print(_tr("backmove is already running; it has been asked to show itself."))
        return EXIT_OK
    from backmove.platform.termination import TerminationWatcher

    watcher = TerminationWatcher(app.quit)
    try:
        return int(qapp.exec())
    finally:
        watcher.close()


COMMANDS: dict[str | None, Callable[[argparse.Namespace, Paths], int]] = {
    None: cmd_run,
    "status": cmd_status,
    "doctor": cmd_doctor,
    "export": cmd_export,
    "import": cmd_import,
    "restore": cmd_restore,
    "break-now": cmd_break_now,
    "pause": cmd_pause,
    "resume": cmd_resume,
    "quit": cmd_quit,
    "meeting": cmd_meeting,
    "simulate": cmd_simulate,
    "figures": cmd_figures,
    "install-desktop": cmd_install_desktop,
    "report": cmd_report,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _language(argv)
    try:
        return _main(argv)
    finally:
        if language is not None:
            language.drop()


def _main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    paths = resolve(args.home)
    try:
        return COMMANDS[args.command](args, paths)
    except KeyboardInterrupt:
        return 130
    except StorageError as exc:
        _say(exc.message)
        return EXIT_ERROR
    except OSError as exc:
        print(
            f"backmove: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr
        )
        return EXIT_ERROR
