"""`backmove [command]`: start the tray app, or hand a command to it, or work on the data.

With no command it starts the app, or, if one already runs for this user and data folder,
asks that one to show itself. Whether one runs is the data folder's lock (`platform.datalock`),
whatever the environment of the shell. Commands that need the running app are sent to it over
the command socket, after checking that the socket and its folder are this user's alone; with
none running they say so and exit 3. `restore` and `import` hold the lock while they work and
refuse while backmove (or another of them) holds it. Nothing here prints a traceback: errors
become one plain sentence and an exit code:

0 done; 1 failed (the sentence says why); 2 a value the command cannot take; 3 backmove is not
running; 4 the command socket's place is not safe to use or something else is in its way;
5 `backmove` (the app) found no desktop display to show itself on (checked before Qt is asked
for one, which would abort the process); 141 the reader of the output went away.

Text the running app sends back is printed without its control characters: another program
answering on the socket must not be able to send escape sequences to the terminal.

Output cut short by its reader (`backmove status | head -1`) ends quietly with exit code 141,
what a shell reports for a program stopped by SIGPIPE, so `set -o pipefail` scripts see the
same as with any other Unix tool. Python ignores SIGPIPE and raises BrokenPipeError instead;
the handler is not set back to the default, because that would also kill the process when
the running app's socket closes early.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import re
import shutil
import sys
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from backmove import __version__
from backmove.core.lengths import LONGEST_MIN
from backmove.ui.i18n import speak, translate

# The modules above load with argparse anyway. Everything else is imported by the command that
# needs it: `backmove --version`, `--help` and `status` are typed by hand and by scripts, and
# Python would spend more time importing the whole app than any of them spends working.
if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from backmove.core.messages import Message
    from backmove.core.settings import Settings
    from backmove.paths import Paths
    from backmove.platform.datalock import DataLock, Owner
    from backmove.platform.probe import ProbeStatus
    from backmove.platform.socketplace import Problem
    from backmove.services.devices import Devices
    from backmove.storage.database import Database
    from backmove.ui.language import Language

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_NOT_RUNNING = 3
EXIT_SOCKET_PLACE = 4
EXIT_NO_DISPLAY = 5
EXIT_CLOSED_PIPE = 128 + 13  # 13 is SIGPIPE everywhere Python runs with pipes

STARTING_S = 5.0
"""How long a command waits for a backmove that holds the data folder to start listening."""

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
    "longest_stretch_today_min": QT_TRANSLATE_NOOP("cli", "longest stretch without a break"),
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
    "exercise_paused": QT_TRANSLATE_NOOP("cli", "exercise paused"),
    "other_devices": QT_TRANSLATE_NOOP("cli", "other devices read"),
}
STATE_WORDS = {  # the planner's states (core.planner.State) as `status` words them
    "working": QT_TRANSLATE_NOOP("cli", "at work: the next break is being timed"),
    "warned": QT_TRANSLATE_NOOP("cli", "a break is about to be offered"),
    "prompted": QT_TRANSLATE_NOOP("cli", "a break is offered"),
    "in_break": QT_TRANSLATE_NOOP("cli", "on a break"),
    "paused": QT_TRANSLATE_NOOP("cli", "paused"),
    "off_hours": QT_TRANSLATE_NOOP("cli", "outside working hours"),
}
TRAY_WORDS = {
    True: QT_TRANSLATE_NOOP("cli", "the icon is in the system tray"),
    False: QT_TRANSLATE_NOOP("cli", "no tray here: backmove shows a small window instead"),
}
TABLE_WORDS = {  # the log's tables (storage.schema.TABLES) as `status` counts them
    "breaks": QT_TRANSLATE_NOOP("cli", "breaks"),
    "ratings": QT_TRANSLATE_NOOP("cli", "ratings"),
    "move_feedback": QT_TRANSLATE_NOOP("cli", "move feedback"),
    "checkins": QT_TRANSLATE_NOOP("cli", "check-ins"),
    "safety_screens": QT_TRANSLATE_NOOP("cli", "safety checks"),
    "app_events": QT_TRANSLATE_NOOP("cli", "app events"),
    "function_goals": QT_TRANSLATE_NOOP("cli", "function goals"),
    "function_ratings": QT_TRANSLATE_NOOP("cli", "function goal ratings"),
}
WIDGET_COMMANDS = {"report", "figures"}
"""Commands that draw, so need a QApplication; `doctor` needs one too when there is a display
to ask about the tray. Only one Qt application can exist in a process, and a plain
QCoreApplication made first for the translators would stand in the way of the widgets."""

_qt_app: list[object] = []  # the Qt application made here, held for the whole command


def _tr(text: str) -> str:
    """`text` in the user's language (`ui.i18n.translate` in this module's context)."""
    return translate(_CTX, text)


def _language(argv: list[str]) -> Language | None:
    """The user's language for this command's words, before the parser (its help) is built.

    Every command speaks it, `doctor` and `report` included; `run` (no command) is left to
    the app, which loads it with the rest of its settings. A command that needs a Qt
    application anyway (one that draws, or `doctor` on a desktop) installs Qt's translators
    on it; the others read the catalogue without Qt, which would take longer to import than
    `status` takes to run."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--home")
    pre.add_argument("command", nargs="?")
    known, _ = pre.parse_known_args(argv)
    helping = "-h" in argv or "--help" in argv
    if known.command is None and not helping:
        return None
    from backmove.paths import resolve

    choice = _language_choice(resolve(known.home))
    if helping or not (
        known.command in WIDGET_COMMANDS or (known.command == "doctor" and not _headless())
    ):
        _speak_without_qt(choice)
        return None
    from backmove.ui.language import Language

    _make_qt_app(known.command)
    language = Language()
    language.use(choice)
    return language


def _speak_without_qt(choice: str) -> None:
    """Words from the catalogue of the language `choice` means. On Linux the system's language
    is read from the environment as Qt reads it; elsewhere only Qt knows it."""
    from backmove.ui.i18n import chosen_language

    code = chosen_language(choice)
    if code is None:
        from backmove.ui.language import resolve as resolve_language

        code = resolve_language(choice)
    speak(code)


def _make_qt_app(command: str | None) -> None:
    """The kind of Qt application `command` needs, unless one exists already."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        return
    if command not in WIDGET_COMMANDS and (command != "doctor" or _headless()):
        _qt_app.append(QCoreApplication(["backmove"]))
        return
    if command == "figures":
        # Drawing to files needs no screen: never open a window, even on a desktop.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif _headless():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a PDF needs no screen
    from PySide6.QtWidgets import QApplication

    _qt_app.append(QApplication(["backmove"]))


def _display() -> str | None:
    return os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY")


def _headless() -> bool:
    """No desktop display Qt could use: making a QApplication here would abort the process."""
    from backmove.platform.display import check_display

    return not check_display(os.environ, sys.platform).usable


def _missing_display() -> str:
    """What is missing, in a few words: which display variables are unset or lead nowhere."""
    from backmove.platform.display import check_display

    found = check_display(os.environ, sys.platform)
    if found.x11 == "unset" and found.wayland == "unset":
        return _tr("neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set")
    parts = []
    if found.x11 == "unreachable":
        parts.append(_tr("the X11 display {display} does not answer").format(display=found.display))
    elif found.x11 == "unset":
        parts.append(_tr("DISPLAY (X11) is not set"))
    if found.wayland == "no_socket":
        parts.append(
            _tr("the Wayland socket {name} does not exist").format(name=found.wayland_display)
        )
    elif found.wayland == "unset":
        parts.append(_tr("WAYLAND_DISPLAY (Wayland) is not set"))
    return _tr("{first} and {second}").format(first=parts[0], second=parts[1])


def _no_display(paths: Paths) -> int:
    """The app has no desktop to show itself on: one sentence instead of Qt's abort."""
    _speak(paths)
    print(
        "backmove: "
        + _tr(
            "no desktop display to show backmove on ({missing}); start backmove from inside "
            "your desktop session (its applications menu, autostart, or a terminal opened "
            "there), and `backmove doctor` explains what it looks for."
        ).format(missing=_missing_display()),
        file=sys.stderr,
    )
    return EXIT_NO_DISPLAY


def _speak(paths: Paths) -> None:
    """The user's language for a sentence the app prints before it has loaded its settings
    (main() leaves `run` to the app, which never got that far)."""
    _speak_without_qt(_language_choice(paths))


def _language_choice(paths: Paths) -> str:
    """The language setting as written, without the repairs a full load may make."""
    import tomllib

    from backmove.core.files import read_bounded

    try:
        # Bounded like the full load: a FIFO or /dev/zero here must not hang every command.
        text = read_bounded(paths.settings_file).decode("utf-8")
        value = tomllib.loads(text).get("language")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return "system"
    return value if isinstance(value, str) else "system"


def _parser() -> argparse.ArgumentParser:
    """The command line, every command and option with its words in the user's language.

    argparse's own -h would say "show this help message and exit" in English whatever the
    language, so each parser gets a -h of ours. The headings argparse writes itself ("usage",
    "options") stay English."""
    p = argparse.ArgumentParser(
        prog="backmove",
        description=_tr(
            "Movement breaks for people who sit at a computer all day. "
            "With no command, starts backmove in the system tray."
        ),
        epilog=_tr(
            "Exit codes: 0 done; 1 failed (the message says why); 2 a value the command "
            "cannot take; 3 backmove is not running; 4 the command socket's place is not safe "
            "to use; 5 no desktop display to start backmove on (`backmove doctor` explains)."
        ),
        add_help=False,
    )
    _help_option(p)
    p.add_argument(
        "--version",
        action="version",
        version=f"backmove {__version__}",
        help=_tr("show backmove's version and exit"),
    )
    p.add_argument(
        "--home",
        metavar="DIR",
        help=_tr(
            "keep settings and data in DIR (default: $BACKMOVE_HOME, else the "
            "usual folders of this system)"
        ),
    )
    sub = p.add_subparsers(
        dest="command",
        metavar="COMMAND",
        help=_tr("what to do; with none, backmove starts (or shows itself if it runs)"),
    )

    def command(name: str, summary: str, description: str) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=summary, description=description, add_help=False)
        _help_option(parser)
        return parser

    s = command(
        "status",
        _tr("what backmove is doing now"),
        _tr(
            "Say what backmove is doing now and how today's breaks went; when it is not "
            "running, where its data is and what the database holds."
        ),
    )
    s.add_argument(
        "--json", action="store_true", help=_tr("print JSON with the raw values, for scripts")
    )

    command(
        "doctor",
        _tr("check this desktop: paths, tray, notifications, detection"),
        _tr(
            "Check what backmove can use on this desktop (tray, notifications, idle time, "
            "sleep, full screen, Do Not Disturb) and where it keeps its files. Paste the "
            "output into a bug report; its left column stays English so every report reads "
            "the same."
        ),
    )

    e = command(
        "export",
        _tr("write every table to CSV or JSON files, one per table"),
        _tr(
            "Write your whole log to a folder, one CSV or JSON file per table, readable "
            "without backmove and complete enough for `backmove import`."
        ),
    )
    e.add_argument(
        "--format",
        choices=("csv", "json"),
        default="csv",
        help=_tr("csv (the default) or json"),
    )
    e.add_argument("--out", metavar="DIR", required=True, help=_tr("folder to write into"))

    i = command(
        "import",
        _tr("read an export into an empty profile"),
        _tr(
            "Read a folder written by `backmove export` into a profile that has no records "
            "yet, for example on a new computer. Quit backmove first."
        ),
    )
    i.add_argument("folder", metavar="DIR", help=_tr("a folder written by `backmove export`"))

    r = command(
        "restore",
        _tr("go back to a backup (the current data is kept aside)"),
        _tr(
            "Replace the database with a backup. The database you have now is renamed, not "
            "deleted. Quit backmove first."
        ),
    )
    r.add_argument("file", metavar="FILE", help=_tr("a backup, e.g. from the backups folder"))

    command(
        "break-now",
        _tr("start a break now (backmove must be running)"),
        _tr("Ask the running backmove to offer a break now."),
    )
    pa = command(
        "pause",
        _tr("pause breaks: 30m, 1h, 2h, tomorrow, or until resumed"),
        _tr(
            "Stop offering breaks for a while: from 1 minute to 24 hours, until tomorrow, "
            "or until `backmove resume`."
        ),
    )
    pa.add_argument(
        "duration",
        metavar="DURATION",
        nargs="?",
        default="until-resumed",
        help=_tr("minutes (45, 45m), hours (1h), 'tomorrow' or 'until-resumed' (the default)"),
    )
    command(
        "resume",
        _tr("resume breaks after a pause"),
        _tr("End a pause: breaks are offered again."),
    )
    command(
        "quit",
        _tr("quit the running backmove"),
        _tr("Ask the running backmove to quit; what it has recorded is saved."),
    )
    me = command(
        "meeting",
        _tr("hold breaks for a meeting of MINUTES"),
        _tr(
            "Hold breaks back for a meeting: a break that falls due during it is offered "
            "once, when the meeting ends."
        ),
    )
    me.add_argument(
        "minutes", metavar="MINUTES", help=_tr("how long the meeting lasts, 1 to 1440 minutes")
    )

    m = command(
        "simulate",
        _tr("run the break planner over a trace on a fake clock (see docs/simulate.md)"),
        _tr(
            "Run the break planner over a trace of activity (a JSON-lines file) on a fake "
            "clock and print every decision it makes; nothing is shown and nothing is saved."
        ),
    )
    m.add_argument("--trace", metavar="FILE", required=True, help=_tr("a JSON-lines trace"))
    m.add_argument("--settings", metavar="FILE", help=_tr("a settings.toml to start from"))

    f = command(
        "figures",
        _tr("draw every move as PNG and SVG"),
        _tr(
            "Draw the figure of every move in the library as PNG and SVG files, with a "
            "contact sheet of them all."
        ),
    )
    f.add_argument("--out", metavar="DIR", required=True, help=_tr("folder to write into"))
    f.add_argument(
        "--theme",
        choices=("light", "dark"),
        default="light",
        help=_tr("light (the default) or dark colours"),
    )

    r = command(
        "report",
        _tr("a PDF of the last 3 months for your physiotherapist"),
        _tr(
            "Write a report of the last 3 months for a physiotherapist or doctor, as a PDF of "
            "one or two A4 pages in your language: how your back has been, your breaks, your "
            "function goals and your safety answers."
        ),
    )
    r.add_argument("--out", metavar="FILE.pdf", required=True, help=_tr("where to write it"))

    v = command(
        "devices",
        _tr("this computer, the sync folder, and the other computers seen in it"),
        _tr(
            "Show this computer's id and name, the sync folder, the other computers whose "
            "history backmove reads from it (with when each last published) and the files it "
            "skipped; or set the folder and the name. See docs/devices.md."
        ),
    )
    v.add_argument(
        "--folder",
        metavar="DIR",
        help=_tr('use DIR as the sync folder ("" to work alone again)'),
    )
    v.add_argument("--name", metavar="NAME", help=_tr("call this computer NAME"))
    v.add_argument(
        "--publish",
        action="store_true",
        help=_tr("write this computer's copy into the folder now"),
    )
    v.add_argument(
        "--json", action="store_true", help=_tr("print JSON with the raw values, for scripts")
    )

    d = command(
        "install-desktop",
        _tr("add backmove to the applications menu (for pip and pipx installs)"),
        _tr(
            "Add backmove to the desktop's applications menu with its icon, for installs "
            "that do not do it themselves (pip, pipx)."
        ),
    )
    d.add_argument(
        "--uninstall", action="store_true", help=_tr("remove what install-desktop added")
    )

    return p


def _help_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-h", "--help", action="help", help=_tr("show this help and exit"))


# --- commands --------------------------------------------------------------------------------


def _print_json(obj: dict[str, Any]) -> None:
    import json

    print(json.dumps(obj, indent=2, sort_keys=True))


def _print_status(obj: dict[str, Any]) -> None:
    """One `label: value` line per key, in words; a key this CLI does not know yet (the app
    may answer with more than it asks for) still reads as words, never as a Python value."""
    for key, value in obj.items():
        words = _status_value(key, value)
        if words is None:
            continue
        label = _tr(LABELS[key]) if key in LABELS else key.replace("_", " ")
        print(clean(f"{label}: {words}"))


_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean(text: str) -> str:
    """`text` without control characters (escape sequences, carriage returns, bell) and
    without the marks that reverse how a line reads, so what the app or whoever answers on its
    socket says cannot move the cursor, recolour or rewrite the user's terminal."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc" and ch not in _BIDI)


def _status_value(key: str, value: Any) -> str | None:
    """`value` as the user reads it; None when there is nothing to say."""
    if key == "state" and value in STATE_WORDS:
        return _tr(STATE_WORDS[value])
    if key == "goal_today" and value is None:
        return _tr("none set")
    if key == "longest_stretch_today_min" and isinstance(value, int):
        return _tr("{m}\u00a0min").format(m=value)
    if key == "tray" and isinstance(value, bool):
        return _tr(TRAY_WORDS[value])
    if key == "database" and value is None:
        return _tr("none yet (it is made on first start)")
    if key == "database" and value == "not open":
        return _tr("not open")
    if key == "exercise_paused" and value in ("A", "B"):
        return _tr("yes, until you confirm a clinician's assessment (on any of your computers)")
    if key == "integrity" and value == "ok":
        return _tr("ok")
    if key == "records" and isinstance(value, dict):
        return ", ".join(
            f"{count} {_tr(TABLE_WORDS[table]) if table in TABLE_WORDS else table}"
            for table, count in value.items()
        )
    return _words(value)


def _words(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dict):
        parts = ((_words(v), k.replace("_", " ")) for k, v in value.items())
        return ", ".join(f"{v} {k}" for v, k in parts if v is not None)
    if isinstance(value, (list, tuple)):
        return ", ".join(w for w in map(_words, value) if w is not None)
    return str(value)


def cmd_status(args: argparse.Namespace, paths: Paths) -> int:
    answer = _reach(paths, {"cmd": "status"})
    if isinstance(answer, int):
        return answer
    if answer is None:
        info: dict[str, Any] = {
            "running": False,
            "config_dir": str(paths.config_dir),
            "data_dir": str(paths.data_dir),
        }
        info.update(_local_db_status(paths))
        if args.json:
            _print_json(info)
        else:
            print(_tr("backmove is not running. Start it with: backmove"))
            _print_status({k: v for k, v in info.items() if k != "running"})
        return EXIT_OK
    if not answer.pop("ok", False):
        return _failed(answer)
    if args.json:
        _print_json(answer)
    else:
        _print_status(answer)
    return EXIT_OK


def _say(message: Message) -> None:
    from backmove.ui.wording import describe

    print(describe(message), file=sys.stderr if message.severity == "error" else sys.stdout)


def _lock_owner(paths: Paths) -> Owner:
    """Who holds the data folder's lock, looked at without keeping it."""
    from backmove.platform.datalock import DataLock

    with DataLock(paths.lock_file) as lock:
        return lock.acquire()


def _reach(
    paths: Paths, request: dict[str, Any], timeout_ms: int = 5000
) -> dict[str, Any] | int | None:
    """The running backmove's answer to `request`; None when backmove is not running; an exit
    code when it runs but cannot be asked safely (the reason printed).

    The lock says whether backmove runs; the socket is only how to talk to it, and is used
    only once its place is seen to be this user's alone. Where the lock cannot be looked at
    (a read-only data folder without one), an answer on the socket is the sign, as before."""
    from backmove.platform.datalock import Owner, holder_pid

    owner = _lock_owner(paths)
    if owner is Owner.US or not paths.data_dir.is_dir():
        return None
    import time

    # A backmove that is starting holds the folder from before its icon shows, and listens
    # a moment later (ui/first_icon.py): it is waited for, a few seconds at most.
    from backmove.core.clock import SystemClock
    from backmove.platform.asking import ask
    from backmove.platform.socketplace import check

    clock = SystemClock()
    until = clock.monotonic() + STARTING_S
    while True:
        problem, present = check(paths.instance_key)
        if problem is not None:
            print(f"backmove: {_place_words(problem)}", file=sys.stderr)
            return EXIT_SOCKET_PLACE
        answer = ask(paths.instance_key, request, timeout_ms) if present else None
        if answer is not None or owner is Owner.UNKNOWN:
            return answer
        if present or clock.monotonic() >= until:
            break
        time.sleep(0.05)
    pid = holder_pid(paths.lock_file)
    print(
        "backmove: "
        + _tr(
            "Another backmove (process {pid}) is working on the data folder {folder}, but it "
            "does not answer at {socket}. If it is a restore or an import, wait for it to "
            "finish; otherwise quit that backmove (or end process {pid}) and try again."
        ).format(pid=pid or "?", folder=paths.data_dir, socket=paths.instance_key),
        file=sys.stderr,
    )
    return EXIT_ERROR


def _place_words(problem: Problem) -> str:
    """What is wrong with the socket's place, and what to do about it, in one sentence."""
    from backmove.platform.socketplace import Trouble

    words = {
        Trouble.NOT_A_FOLDER: _tr(
            "{path} should be backmove's private folder for its command socket, but it is a "
            "file or a link. backmove leaves it alone: move it away, then try again."
        ),
        Trouble.FOLDER_NOT_OURS: _tr(
            "The folder {path} for backmove's command socket belongs to another user (uid "
            "{uid}), so backmove will not use it: what it says there could reach them. Have "
            "it removed (that needs the administrator or that user), then try again."
        ),
        Trouble.FOLDER_OPEN: _tr(
            "Other users may enter the folder {path} of backmove's command socket (mode "
            "{mode}), so backmove will not talk through it. Make it private with "
            "`chmod 700 {path}`, then try again."
        ),
        Trouble.NOT_A_SOCKET: _tr(
            "Something that is not a socket (a folder or a file) is at {path}, where "
            "backmove's command socket belongs. backmove leaves it alone: move it away, then "
            "try again."
        ),
        Trouble.SOCKET_NOT_OURS: _tr(
            "The command socket {path} belongs to another user (uid {uid}), not to you, so "
            "backmove will not talk to it. Have it removed, then try again."
        ),
        Trouble.SOCKET_OPEN: _tr(
            "Other users may write to the command socket {path} (mode {mode}), so backmove "
            "will not talk to it. Quit backmove and start it again to make a private one."
        ),
    }
    return words[problem.trouble].format(
        path=problem.path, uid=problem.uid, mode=f"{problem.mode:o}"
    )


def _own_data_folder(paths: Paths, refusal: str) -> DataLock | None:
    """The data folder's lock, held, for a command that replaces the log; None, after saying
    `refusal`, while backmove (or another such command) works on the folder."""
    from backmove.platform.datalock import DataLock, Owner, holder_pid

    paths.ensure()
    lock = DataLock(paths.lock_file)
    owner = lock.acquire()
    if owner is Owner.UNKNOWN and isinstance(_reach(paths, {"cmd": "status"}, 1500), dict):
        owner = Owner.OTHER
    if owner is Owner.OTHER:
        lock.release()
        pid = holder_pid(paths.lock_file)
        print("backmove: " + refusal.format(folder=paths.data_dir, pid=pid or "?"), file=sys.stderr)
        return None
    return lock


def _open_db(paths: Paths, *, check: bool = True) -> Database:
    from backmove.core.clock import SystemClock
    from backmove.storage.database import Database

    for note in paths.ensure():
        _say(note)
    opened = Database.open(paths.database, SystemClock(), check=check)
    for message in opened.messages:
        _say(message)
    return opened.database


def _local_db_status(paths: Paths) -> dict[str, Any]:
    from backmove.storage.backup import list_backups

    if not paths.database.exists():
        return {"database": None}  # `status` words it; --json says null
    # Nothing here takes longer for a longer history: the open looks at the header, the size
    # it promises, the schema and any damage the app noted (a file that fails is set aside and
    # said so before this answers), and the records are each table's last id. SQLite's
    # page-by-page check is the app's, once its tray is up. Other devices' copies, when there
    # are any, are merged and counted as every view reads them.
    db = _open_db(paths, check=False)
    settings = _settings(paths)
    # With no sync folder set the local log is the whole history: the sync folder's modules
    # are not even loaded.
    devices = _devices(paths, settings=settings) if settings["sync_folder"] else None
    try:
        history = devices.history(db) if devices is not None else None
        info: dict[str, Any] = {
            "database": str(paths.database),
            "database_version": db.version,
            "records": history.counts() if history is not None else db.last_ids(),
            "integrity": "ok",
            "backups": len(list_backups(paths.backups_dir)),
        }
        info.update(_history_status(paths, history or db, settings))
        if history is not None:
            info["other_devices"] = history.connection.execute(
                "SELECT count(DISTINCT device) - 1 FROM breaks"
            ).fetchone()[0]
        return info
    finally:
        if devices is not None:
            devices.close()
        db.close()


def _note(message: Message) -> None:
    """A note about the sync folder, on standard error: the output may be JSON."""
    from backmove.ui.wording import describe

    print(clean(describe(message)), file=sys.stderr)


def _settings(paths: Paths) -> Settings:
    """The settings file as the app reads it, repairs included."""
    from backmove.core import settings as settings_mod

    return settings_mod.load(paths.settings_file, _stamp()).settings


def _devices(
    paths: Paths, told: Callable[[Message], object] = _note, settings: Settings | None = None
) -> Devices:
    """This device and its sync folder, as the settings file (or `settings`, read from it
    already) sets them."""
    from backmove.core.clock import SystemClock
    from backmove.services.devices import Devices

    chosen = _settings(paths) if settings is None else settings
    return Devices(paths, SystemClock(), lambda: chosen, told=told)


def _stamp() -> str:
    """Local time for the name of a broken settings file kept aside."""
    from backmove.core.clock import SystemClock

    return SystemClock().local().strftime("%Y%m%d-%H%M%S")


def _history_status(paths: Paths, db: Database, settings: Settings) -> dict[str, Any]:
    """Today's counts and the pause on exercise, from every device's history."""
    from backmove.core.clock import SystemClock
    from backmove.services.counts import day_counts
    from backmove.services.safety import exercise_hold
    from backmove.services.store import Store
    from backmove.storage.repository import Repository

    clock = SystemClock()
    repo = Repository(db)
    goal_start = Store(paths, clock).goal_start()
    today = day_counts(repo, clock, settings, goal_start)
    hold = exercise_hold(repo)
    return {
        "breaks_today": today.counts.toward_goal,
        "offered_today": today.counts.offered,
        "goal_today": today.goal,
        "exercise_paused": False if hold is None else hold.tier,
    }


def _folder_problem(folder: Path, wanted: Path | None = None) -> str | None:
    """Why `wanted` (`folder` itself, or a file to go in it) cannot be written, `folder` being
    made first if it is missing; None when nothing stands in the way.

    Asked before any work starts, so the answer names the path the user typed and what is
    wrong with it; left to the writing, the error would name whatever step tripped first (the
    database's error handling, or mkdir's "File exists")."""
    wanted = wanted or folder
    place = folder
    while not (place.exists() or place.is_symlink()) and place != place.parent:
        place = place.parent
    if not place.is_dir():
        if place == wanted:
            return _tr("{path} is a file, not a folder, so nothing was written.").format(path=place)
        return _tr("{path} cannot be written: {blocker} is a file, not a folder.").format(
            path=wanted, blocker=place
        )
    if not os.access(place, os.W_OK | os.X_OK):
        return _tr("{path} cannot be written: the folder {folder} is not writable for you.").format(
            path=wanted, folder=place
        )
    return None


def _file_problem(file: Path) -> str | None:
    """Why `file` cannot be written (its folder made first if missing), or None."""
    if file.is_dir():
        return _tr("{path} is a folder; name the file to write, for example {example}.").format(
            path=file, example=file / "backmove-report.pdf"
        )
    if file.exists() and not os.access(file, os.W_OK):
        return _tr("{path} cannot be written: it exists and is not writable for you.").format(
            path=file
        )
    return _folder_problem(file.parent, file)


def _refuse(problem: str) -> int:
    print(f"backmove: {problem}", file=sys.stderr)
    return EXIT_ERROR


def cmd_export(args: argparse.Namespace, paths: Paths) -> int:
    from pathlib import Path

    from backmove.storage.errors import StorageError
    from backmove.storage.transfer import export_data

    out = Path(args.out)
    problem = _folder_problem(out)
    if problem is not None:
        return _refuse(problem)
    db = _open_db(paths)
    devices = _devices(paths)
    try:
        summary = export_data(devices.history(db) or db, out, args.format)
    except StorageError as exc:
        cause = exc.__cause__
        if exc.message.params().get("path") != str(out) or not isinstance(cause, OSError):
            raise  # the database's own trouble: its message says so
        return _refuse(
            _tr("the export could not be written to {path} ({detail}).").format(
                path=out, detail=cause.strerror or cause
            )
        )
    finally:
        devices.close()
        db.close()
    total = sum(summary.rows.values())
    print(
        _tr("Records exported: {total}, in {files} {format} files, to {folder}.").format(
            total=total, files=len(summary.rows), format=args.format.upper(), folder=summary.folder
        )
    )
    return EXIT_OK


def cmd_import(args: argparse.Namespace, paths: Paths) -> int:
    from pathlib import Path

    from backmove.storage.transfer import import_data

    lock = _own_data_folder(
        paths,
        _tr(
            "backmove is running on the data folder {folder} (process {pid}), or another "
            "backmove command is working on it. Quit backmove first (`backmove quit`, or Quit "
            "backmove in its menu), then import again. Nothing was imported."
        ),
    )
    if lock is None:
        return EXIT_ERROR
    with lock:
        db = _open_db(paths)
        try:
            summary = import_data(db, Path(args.folder))
        finally:
            db.close()
    print(
        _tr("Records imported: {total}, from {folder} into {database}.").format(
            total=sum(summary.rows.values()), folder=summary.folder, database=paths.database
        )
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, paths: Paths) -> int:
    from pathlib import Path

    from backmove.core.clock import SystemClock
    from backmove.storage.backup import restore

    lock = _own_data_folder(
        paths,
        _tr(
            "backmove is running on the data folder {folder} (process {pid}), or another "
            "backmove command is working on it. Quit backmove first (`backmove quit`, or Quit "
            "backmove in its menu), then restore again. Nothing was changed."
        ),
    )
    if lock is None:
        return EXIT_ERROR
    for note in paths.ensure():
        _say(note)
    with lock:
        _say(restore(paths.database, Path(args.file), SystemClock()))
    return EXIT_OK


def _doctor_display() -> dict[str, str]:
    if _headless():
        return {
            "display": _tr(
                "none found ({missing}): backmove needs a desktop session to show anything"
            ).format(missing=_missing_display()),
        }
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QSystemTrayIcon

    _make_qt_app("doctor")
    tray = QSystemTrayIcon.isSystemTrayAvailable()
    return {
        "display": _display() or f"(QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')})",
        "qt_platform": QGuiApplication.platformName(),
        "tray": _tr("available: backmove shows its icon there")
        if tray
        else _tr("not available: backmove shows a small window instead of a tray icon"),
    }


def _doctor_notifications() -> str:
    from backmove.platform.notify import notification_service_present

    _make_qt_app("doctor")
    fallback = _tr("heads-up notices appear as tray balloons, or in backmove's own small window")
    if not notification_service_present():
        return _tr("no notification service on the session bus: {fallback}").format(
            fallback=fallback
        )
    try:
        importlib.import_module("dbus")  # dbus-python: optional, and plyer's D-Bus route
    except ImportError:
        pass
    else:
        return _tr(
            "plyer over D-Bus: heads-up notifications go to the desktop's notification service"
        )
    if shutil.which("notify-send"):
        return _tr("plyer through notify-send: heads-up notifications go to the desktop")
    return _tr("neither dbus-python nor notify-send found: {fallback}").format(fallback=fallback)


PROBE_LABELS = {  # doctor's left column: English, so a bug report reads the same everywhere
    "idle": "idle time",
    "power": "sleep and wake",
    "fullscreen": "full screen",
    "dnd": "do not disturb",
    "calls": "calls",
}


def probe_line(status: ProbeStatus) -> str:
    """One probe in plain words: what backmove uses, what that means for the user, and the
    backend's English name (and why nothing else works) for a bug report.

    "the X server's idle alarms, which say …: breaks follow your real activity: … [xsync]"."""
    from backmove.platform.probe import BACKEND_CONTEXT
    from backmove.ui.wording import effect

    words = status.words
    if not words and not status.available:
        words = QT_TRANSLATE_NOOP("backends", "none found")
    used = translate(BACKEND_CONTEXT, words) if words else status.backend
    line = f"{used}: {effect(status.effect)} [{status.backend}]"
    if status.detail and not status.available:
        line += f" ({status.detail})"
    return line


def _doctor_probes() -> dict[str, str]:
    from backmove.core.clock import SystemClock
    from backmove.platform.idle import choose_idle_probe
    from backmove.platform.power import create_power_monitor
    from backmove.platform.screenstate import choose_screen_state_probe

    _make_qt_app("doctor")  # the D-Bus backends need one
    idle = choose_idle_probe()
    power = create_power_monitor(SystemClock())
    screen = choose_screen_state_probe()
    out: dict[str, str] = {}
    try:
        for status in (idle.describe(), power.describe(), *screen.describe()):
            out[PROBE_LABELS.get(status.concern, status.concern)] = probe_line(status)
    finally:
        idle.close()
        screen.close()
        power.stop()
    return out


def cmd_doctor(args: argparse.Namespace, paths: Paths) -> int:
    """What backmove finds on this desktop. The left column (the keys) stays English, so a
    bug report reads the same in any language; what each finding means is translated."""
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


MAX_MINUTES = LONGEST_MIN
_LENGTH = re.compile(r"(\d+(?:\.\d*)?|\.\d+)\s*(h|m|min)?")


class DurationRangeError(ValueError):
    """A length of time, but not one a pause may have (0m, 99999h)."""


def parse_duration(text: str) -> float | str | None:
    """'45', '45m', '1h', '1.5h', 'tomorrow', 'until-resumed' -> minutes, 'tomorrow' or None.

    Raises ValueError for what is not a length of time (a sign, a word, 'nan'), and its
    DurationRangeError for a length outside 1 minute to 24 hours."""
    t = text.strip().lower()
    if t in ("tomorrow", "until-tomorrow"):
        return "tomorrow"
    if t in ("until-resumed", "resumed", "indefinitely", "forever"):
        return None
    match = _LENGTH.fullmatch(t)
    if match is None:
        raise ValueError(text)
    number, unit = match.groups()
    minutes = float(number) * (60 if unit == "h" else 1)
    if not 1 <= minutes <= MAX_MINUTES:
        raise DurationRangeError(text)
    return minutes


def _dashed_values(argv: list[str]) -> list[str]:
    """`pause -5m` and `meeting -3m` with a `--` before the value.

    argparse takes '-5m' for an option it does not know and answers "unrecognized arguments";
    after `--` it is the command's value, and the command says what is wrong with it."""
    i = 0
    while i < len(argv):
        word = argv[i]
        if word == "--home":
            i += 2
        elif word.startswith("-"):
            i += 1
        else:  # the command
            rest = argv[i + 1 : i + 2]
            if word in ("pause", "meeting") and rest and re.match(r"-[\d.]", rest[0]):
                return [*argv[: i + 1], "--", *argv[i + 1 :]]
            break
    return argv


def _send(paths: Paths, request: dict[str, Any]) -> int:
    answer = _reach(paths, request)
    if isinstance(answer, int):
        return answer
    if answer is None:
        print(_tr("backmove is not running. Start it with: backmove"), file=sys.stderr)
        return EXIT_NOT_RUNNING
    if not answer.get("ok"):
        return _failed(answer)
    print(clean(str(answer.get("summary", _tr("Done.")))))
    return EXIT_OK


ANSWER_TROUBLE = {  # what the client itself says went wrong with an answer
    "no_answer": QT_TRANSLATE_NOOP("cli", "it did not answer in time"),
    "bad_answer": QT_TRANSLATE_NOOP("cli", "its answer could not be read"),
}


def _failed(answer: dict[str, Any]) -> int:
    """The running app's refusal or failure, in its words (or ours, for a broken answer)."""
    error = answer.get("error")
    if error in ANSWER_TROUBLE:
        words = _tr(ANSWER_TROUBLE[error])
    elif isinstance(error, str) and error:
        words = error
    else:
        words = _tr("unknown error")
    print(clean(_tr("backmove could not do that ({error}).").format(error=words)), file=sys.stderr)
    return EXIT_ERROR


def cmd_break_now(args: argparse.Namespace, paths: Paths) -> int:
    return _send(paths, {"cmd": "break-now"})


def cmd_pause(args: argparse.Namespace, paths: Paths) -> int:
    try:
        minutes = parse_duration(args.duration)
    except DurationRangeError:
        return _usage(
            _tr(
                "A pause lasts from 1 minute to 24 hours, not {duration}: use for example "
                "30m, 1h, tomorrow or until-resumed. Nothing was paused."
            ).format(duration=args.duration)
        )
    except ValueError:
        return _usage(
            _tr(
                "{duration} is not a length of time: use for example 30m, 1h, tomorrow or "
                "until-resumed (from 1 minute to 24 hours). Nothing was paused."
            ).format(duration=args.duration)
        )
    return _send(paths, {"cmd": "pause", "minutes": minutes})


def _usage(sentence: str) -> int:
    """A value the command cannot take: one sentence, and the exit code argparse uses."""
    print(f"backmove: {sentence}", file=sys.stderr)
    return EXIT_USAGE


def cmd_resume(args: argparse.Namespace, paths: Paths) -> int:
    return _send(paths, {"cmd": "resume"})


def cmd_quit(args: argparse.Namespace, paths: Paths) -> int:
    return _send(paths, {"cmd": "quit"})


def cmd_meeting(args: argparse.Namespace, paths: Paths) -> int:
    try:
        minutes = int(args.minutes)
    except ValueError:
        minutes = 0
    if not 1 <= minutes <= MAX_MINUTES:
        return _usage(
            _tr(
                "{minutes} is not a meeting length: give whole minutes from 1 to 1440 "
                "(24 hours), for example 45. Nothing was changed."
            ).format(minutes=args.minutes)
        )
    return _send(paths, {"cmd": "meeting", "minutes": minutes})


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

    from backmove.ui.figure_export import contact_sheet, export_figures

    out = Path(args.out)
    problem = _folder_problem(out)
    if problem is not None:
        return _refuse(problem)
    _make_qt_app("figures")
    written = export_figures(out, args.theme)
    sheet = contact_sheet(out / "contact-sheet.png", args.theme)
    print(
        _tr("Wrote {count} files and {sheet} to {folder}.").format(
            count=len(written), sheet=sheet.name, folder=out
        )
    )
    return EXIT_OK


def cmd_report(args: argparse.Namespace, paths: Paths) -> int:
    """The PDF in the user's language: main() has installed it, on the QApplication the
    report draws with, before any of this speaks."""
    from pathlib import Path

    from backmove.core import settings as settings_mod
    from backmove.core.clock import SystemClock
    from backmove.services.dashboard import DashboardSource
    from backmove.services.library import MoveLibrary
    from backmove.services.store import Store
    from backmove.ui.report import write_report
    from backmove.ui.wording import describe

    out = Path(args.out)
    in_the_way = _file_problem(out)
    if in_the_way is not None:
        return _refuse(in_the_way)
    if not paths.database.exists():
        print(
            _tr("There is no backmove log at {path} yet; nothing to report.").format(
                path=paths.database
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    _make_qt_app("report")
    clock = SystemClock()
    settings = settings_mod.load(paths.settings_file, "report").settings
    store = Store(paths, clock, owner=False)  # a break under way is the running app's
    fatal, told = store.open()
    if fatal is not None or not store.is_open:
        problem = fatal or next(iter(told), None)
        print(describe(problem) if problem else str(paths.database), file=sys.stderr)
        return EXIT_ERROR
    library = MoveLibrary(paths.user_moves_dir, lambda text: translate("moves", text))
    source = DashboardSource(store, clock, lambda: settings, library)
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
    print(_tr("Wrote a {pages}-page report to {path}.").format(pages=pages, path=out))
    return EXIT_OK


def cmd_devices(args: argparse.Namespace, paths: Paths) -> int:
    from pathlib import Path

    from backmove.core import settings as settings_mod
    from backmove.core.devices import clean_name

    if args.folder is not None or args.name is not None:
        for note in paths.ensure():
            _say(note)
        loaded = settings_mod.load_or_create(paths.settings_file, _stamp())
        changes: dict[str, Any] = {}
        if args.folder is not None:
            folder = str(Path(args.folder).expanduser().absolute()) if args.folder else ""
            problem = settings_mod.validate("sync_folder", folder)
            if problem is not None:
                _say(problem)
                return EXIT_ERROR
            if folder and not Path(folder).is_dir():
                return _refuse(
                    _tr("{path} is not a folder; the sync folder was left as it was.").format(
                        path=folder
                    )
                )
            changes["sync_folder"] = folder
        if args.name is not None:
            name = clean_name(args.name) if args.name.strip() else ""
            if name is None:
                return _refuse(
                    _tr(
                        "a computer's name is 1 to 64 printable characters; the name was "
                        "left as it was."
                    )
                )
            changes["device_name"] = name
        failed = settings_mod.save(paths.settings_file, loaded.settings.replace(**changes))
        if failed is not None:
            _say(failed)
            return EXIT_ERROR
        if _reach(paths, {"cmd": "status"}, 1500) is not None:
            print(_tr("Saved. The running backmove uses it from its next start."))
    # What the folder's files would be told as is in the output; only a failure to publish
    # has no place there.
    devices = _devices(paths, told=lambda m: _note(m) if m.code == "publish_failed" else None)
    try:
        if args.publish:
            if not paths.database.exists():
                return _refuse(_tr("there is no history on this computer yet to publish."))
            db = _open_db(paths)
            try:
                published = devices.publish(db)
            finally:
                db.close()
            if not published:
                return EXIT_ERROR
        view = devices.view()
    finally:
        devices.close()
    info: dict[str, Any] = {
        "device_id": view.identity.id,
        "device_name": view.identity.name,
        "sync_folder": None if view.folder is None else str(view.folder),
        "working_alone": view.alone,
        "devices": [
            {
                "id": b.device,
                "name": b.name,
                "published_at": b.published_at,
                "history_read": b.device in view.copies,
            }
            for b in view.others
        ],
        "skipped": [{"path": m.path, "reason": m.reason} for m in view.skipped],
    }
    if args.json:
        _print_json(info)
        return EXIT_OK
    _print_devices(info)
    return EXIT_OK


def _print_devices(info: dict[str, Any]) -> None:
    from datetime import datetime

    print(clean(_tr("this computer: {name} ({id})").format(
        name=info["device_name"], id=info["device_id"]
    )))  # fmt: skip
    if info["sync_folder"] is None:
        print(_tr("sync folder: none set; this computer works alone"))
    elif info["working_alone"]:
        print(clean(_tr("sync folder: {path} is not there; this computer works alone").format(
            path=info["sync_folder"]
        )))  # fmt: skip
    else:
        print(clean(_tr("sync folder: {path}").format(path=info["sync_folder"])))
    for device in info["devices"]:
        when = device["published_at"]
        stamp = (
            datetime.fromtimestamp(when).strftime("%Y-%m-%d %H:%M")
            if isinstance(when, (int, float))
            else _tr("not yet")
        )
        print(clean(_tr("other computer: {name} ({id}), last published {when}").format(
            name=device["name"], id=device["id"], when=stamp
        )))  # fmt: skip
    if not info["devices"] and not info["working_alone"]:
        print(_tr("no other computer has published into the folder yet"))
    for skipped in info["skipped"]:
        print(clean(_tr("skipped: {path} ({reason})").format(
            path=skipped["path"], reason=_tr(SKIP_WORDS.get(skipped["reason"], skipped["reason"]))
        )))  # fmt: skip


SKIP_WORDS = {  # why a file of the sync folder was not read (storage.messages.CopySkipped)
    "newer": QT_TRANSLATE_NOOP("cli", "written by a newer backmove"),
    "damaged": QT_TRANSLATE_NOOP("cli", "damaged"),
    "conflict": QT_TRANSLATE_NOOP("cli", "a copy the sync tool made of a conflict"),
    "unknown": QT_TRANSLATE_NOOP("cli", "not a file backmove wrote"),
    "foreign": QT_TRANSLATE_NOOP("cli", "not a backmove database"),
    "own": QT_TRANSLATE_NOOP(
        "cli", "this computer's id, written by another installation too (a copied data folder?)"
    ),
}


def cmd_install_desktop(args: argparse.Namespace, paths: Paths) -> int:
    from backmove.platform.desktop_install import install_desktop, uninstall_desktop

    messages = uninstall_desktop() if args.uninstall else install_desktop()
    for m in messages:
        _say(m)
    return EXIT_ERROR if any(m.severity == "error" for m in messages) else EXIT_OK


def cmd_run(args: argparse.Namespace, paths: Paths) -> int:
    """The tray app. Its icon is shown first and the rest is built once the icon is painted
    (ui/first_icon.py says why); `_start_app` builds it, and what it returns is the exit code
    when it cannot run."""
    if _headless():
        return _no_display(paths)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    from backmove.platform.datalock import DataLock, Owner
    from backmove.platform.pyside import restore_python_import

    restore_python_import()  # before anything else is imported: the module says why

    # Qt's raster engine hands a fill of more than a few spans to a pool of threads and waits
    # for them: for the tray icon's ring and the break's figure that costs more than the fill,
    # and the threads (stacks, their own heaps) stay 30 s after each use, a minute's ring
    # redraw starting them again. Qt's own switch keeps fills on the thread that paints.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qapp, QApplication), "the tray and its windows need a widgets app"
    qapp.setApplicationName("backmove")
    qapp.setApplicationVersion(__version__)
    qapp.setQuitOnLastWindowClosed(False)
    # Lets desktops (Wayland ones above all) match the windows to the menu entry and its icon.
    qapp.setDesktopFileName("io.github.backmove.Backmove")

    # The folder is taken before the icon shows, so an icon on the screen always belongs to
    # the backmove that will run there: a second launch meanwhile finds it taken.
    paths.ensure()  # the notes on its folders are told by the app once it runs
    lock = DataLock(paths.lock_file)
    if lock.acquire(wait_s=0.5) is Owner.OTHER:  # a command's quick look may be on it
        return _show_running(paths)

    from backmove.platform.termination import TerminationWatcher

    started: list[Callable[[], None]] = []  # the running app's quit, once there is one
    asked_to_stop: list[bool] = []

    def stop() -> None:
        if started:
            started[0]()
        else:  # nothing is open yet: the start is called off and the loop ends
            asked_to_stop.append(True)
            qapp.exit(0)

    watcher = TerminationWatcher(stop)
    code: list[int] = []
    raised: list[BaseException] = []

    def start() -> None:
        if asked_to_stop:
            return
        try:
            failed = _start_app(qapp, paths, None if first is None else first.icon, lock, started)
        except BaseException as exc:  # raised again below, out of Qt's loop
            raised.append(exc)
            qapp.exit(EXIT_ERROR)
            return
        if failed is not None:
            code.append(failed)
            qapp.exit(failed)
        elif asked_to_stop:  # told to stop while starting (a dialog's loop let it in)
            started[0]()

    first = None
    if QSystemTrayIcon.isSystemTrayAvailable():
        from backmove.ui.first_icon import FirstIcon

        first = FirstIcon()
        first.painted.connect(start)
    else:
        QTimer.singleShot(0, start)
    try:
        if asked_to_stop:  # while the icon was shown: Qt ran its events then, not its loop
            return EXIT_OK
        exited = int(qapp.exec())
        if raised:  # told as any command's failure is (`_main`)
            raise raised[0]
        return code[0] if code else exited
    finally:
        watcher.close()


def _start_app(
    qapp: QApplication,
    paths: Paths,
    icon: QSystemTrayIcon | None,
    lock: DataLock,
    started: list[Callable[[], None]],
) -> int | None:
    """Everything of the tray app but its first icon. None when it runs; else the exit code
    (another backmove took the data folder meanwhile, or the socket's place is unsafe)."""
    from backmove.app import BackmoveApp
    from backmove.core.clock import SystemClock
    from backmove.logsetup import install_excepthook, setup_logging

    paths.ensure()
    setup_logging(paths.log_file)
    app = BackmoveApp(qapp, paths, SystemClock(), icon=icon, lock=lock)
    install_excepthook(
        lambda text: app.notices.tell(
            [
                translate("BackmoveApp", "Something went wrong, but backmove keeps running."),
                text,
                translate("BackmoveApp", "Details are in {path}.").format(path=paths.log_file),
            ],
            error=True,
        )
    )
    if not app.start():
        if app.server.problem is not None:
            print(f"backmove: {_place_words(app.server.problem)}", file=sys.stderr)
            return EXIT_SOCKET_PLACE
        return _show_running(paths)
    started.append(app.quit)
    return None


def _show_running(paths: Paths) -> int:
    """Another process holds the data folder: ask the backmove there to show itself."""
    answer = _reach(paths, {"cmd": "show"}, timeout_ms=2000)
    if isinstance(answer, int):
        return answer
    if answer is None:  # it let go of the folder in the meantime: it was quitting
        print(
            "backmove: " + _tr("backmove was just quitting on this data folder; start it again."),
            file=sys.stderr,
        )
        return EXIT_ERROR
    if not answer.get("ok"):
        return _failed(answer)
    print(_tr("backmove is already running; it has been asked to show itself."))
    return EXIT_OK


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
    "devices": cmd_devices,
}


def _paths_print_as_bytes() -> None:
    """A path whose name is not UTF-8 (a folder named in Latin-1) is printed as its own bytes,
    as `ls` would, instead of failing the command as Python's strict output would."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError, io.UnsupportedOperation):
            stream.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _paths_print_as_bytes()
    spoken = speak("en")  # each command speaks the language its settings choose
    language = _language(argv)
    try:
        code = _main(argv)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return code
    except BrokenPipeError:
        _silence_closed_pipes()
        return EXIT_CLOSED_PIPE
    finally:
        if language is not None:
            language.drop()
        _end_qt_app()
        speak(spoken)


def _end_qt_app() -> None:
    """End the Qt application this command made: a command leaves no Qt application behind,
    so whatever runs next in the process (another command, or a program of its own that needs
    a QApplication) can make the one it needs."""
    if not _qt_app:
        return  # most commands never load Qt
    from PySide6.QtCore import QCoreApplication

    made, _qt_app[:] = _qt_app[:], []
    for each in reversed(made):
        if isinstance(each, QCoreApplication):
            each.shutdown()


def _silence_closed_pipes() -> None:
    """Point stdout and stderr at the null device, so that what is still buffered for a reader
    who has gone is dropped instead of failing again, with a traceback, when Python exits."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        for stream in (sys.stdout, sys.stderr):
            # A stream that is no real file (a test's capture) has nothing left to fail at exit.
            with contextlib.suppress(OSError, ValueError, AttributeError):
                os.dup2(devnull, stream.fileno())
    finally:
        os.close(devnull)


def _main(argv: list[str]) -> int:
    args = _parser().parse_args(_dashed_values(argv))
    from backmove.paths import resolve

    paths = resolve(args.home)
    try:
        return COMMANDS[args.command](args, paths)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise  # not a failure of the command: main() ends it quietly
    except OSError as exc:
        print(
            f"backmove: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr
        )
        return EXIT_ERROR
    except Exception as exc:
        told = _storage_message(exc)
        if told is None:
            raise
        _say(told)
        return EXIT_ERROR


def _storage_message(exc: Exception) -> Message | None:
    """What a storage failure says; None for any other exception. Only a command that loaded
    the storage modules can raise one, so they are looked for, not imported for every command."""
    if "backmove.storage.errors" not in sys.modules:
        return None
    from backmove.storage.errors import StorageError

    return exc.message if isinstance(exc, StorageError) else None
