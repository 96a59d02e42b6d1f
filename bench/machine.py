"""What the figures were measured on: they mean little without the machine beside them."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def _first(path: str, prefix: str) -> str | None:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip() if ":" in line else line
    except OSError:
        return None
    return None


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                pretty = line.split("=", 1)[1].strip().strip('"')
                return f"{pretty}, {platform.system()} {platform.release()}"
    except OSError:
        pass
    return platform.platform()


def _ram() -> str:
    total = _first("/proc/meminfo", "MemTotal")
    if total is None:
        return "unknown"
    return f"{int(total.split()[0]) / 1024 / 1024:.1f} GiB"


def load_average() -> str:
    try:
        one, five, fifteen = Path("/proc/loadavg").read_text().split()[:3]
    except (OSError, ValueError):
        return "unknown"
    return f"{one} / {five} / {fifteen} (1 / 5 / 15 min)"


def describe() -> dict[str, str]:
    """CPU, cores, RAM, OS, Python, Qt: one short line each."""
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    cores = f"{os.cpu_count()} logical"
    if usable is not None and usable != os.cpu_count():
        cores += f" ({usable} usable by this process)"
    return {
        "CPU": _first("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        "Cores": cores,
        "RAM": _ram(),
        "OS": _os_name(),
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "Qt": f"Qt {qVersion()}, PySide6 {pyside}",
        "Load average at start": load_average(),
    }
