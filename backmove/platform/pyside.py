"""Python's own import back, once PySide6 is loaded.

PySide6 replaces `builtins.__import__` with a hook of its own for its `__feature__` switches
(`from __feature__ import snake_case, true_property`), which change how Qt's names read in
the modules that ask for them. To know which modules use PySide6 at all, the hook reads the
whole source text of every module imported after PySide6 (`inspect.getsource`), and Python's
line cache keeps all of it for the life of the process: for backmove, some 250 files and about
10 MiB of heap, a quarter of what it needs with only its tray icon up, plus the reading itself
at start and a Python-level detour on every import statement afterwards.

backmove uses none of these switches, so it restores the import PySide6 set aside as
`builtins.__orig_import__`: every module then sees Qt's names as PySide6 reads them by default,
which is how backmove is written and tested. Where that name is missing (PyPy, or a PySide6
that no longer installs the hook), nothing is changed.
"""

from __future__ import annotations

import builtins


def restore_python_import() -> bool:
    """Put Python's import back in place of PySide6's feature hook; True if it was there."""
    original = getattr(builtins, "__orig_import__", None)
    if original is None or builtins.__import__ is original:
        return False
    builtins.__import__ = original
    # What the hook read before this (PySide6's own helpers and the standard modules they
    # pulled in, some 0.4 MiB) is dropped too: the line cache is only read for a traceback,
    # and reads a file again when one needs it.
    import linecache

    linecache.clearcache()
    return True
