"""Giving freed memory back to the system.

A break window or the dashboard, once deleted, leaves its memory free inside the process, but
glibc's allocator keeps most of it mapped: in a day of breaks RSS grew by some 2 MiB a break
although every window was gone. `malloc_trim` hands the free pages back. Elsewhere (macOS,
Windows, musl) there is nothing to call, and nothing is done.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import sys
from collections.abc import Callable


@functools.cache
def _trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def give_back_memory() -> None:
    """Return the allocator's free pages to the system, where that can be asked for."""
    trim = _trim()
    if trim is not None:
        trim(0)


def settle() -> None:
    """Once the start's work is over: collect its garbage, set what is left aside from the
    cyclic collector (`gc.freeze`), and give the free pages back.

    What a tray app holds after its start (some 400 modules, their classes and functions,
    Qt's wrappers) lives as long as the process. Python's collector would still walk all of
    it whenever its oldest generation is due, at moments nothing chooses: 20-30 ms of CPU,
    now and then in the middle of an idle hour or at a prompt's deadline. Set aside, it is
    never walked again; what is made afterwards is collected as before."""
    gc.collect()
    gc.freeze()
    give_back_memory()
