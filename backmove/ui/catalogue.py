"""Qt's compiled catalogues (.qm) read without Qt, so a command that draws nothing can speak
German without the tenth of a second importing Qt costs.

A .qm file is a 16-byte magic and then sections, each a tag byte and a big-endian uint32
length: the hashes (0x42: pairs of a hash of source text and comment, and the offset of a
message, sorted by hash), the messages (0x69), the plural rules (0x88), the language (0xa7)
and the catalogues it depends on (0x96; backmove's have none). A message is a list of tagged
fields: 1 ends it, 3 is one translation (UTF-16BE; a message with a count has one per plural
form), 5 an obsolete 4-byte field, 6 the source text, 7 the context and 8 the comment
(disambiguation), the last three UTF-8. A message is found the way QTranslator finds it, so the
answer is the same: by the hash, then field by field, and once more without the comment if
none carries it. %Ln (the count in the locale's digits) is not replaced: backmove's catalogues
do not use it.
"""

from __future__ import annotations

import struct
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES, _RULES = 0x42, 0x69, 0x88
_END, _TRANSLATION, _OBSOLETE, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
# The plural rules' byte code: an operator with the left operand's transformation, a right
# operand (two for BETWEEN); AND and OR join conditions, NEWRULE starts the next form's rule.
_EQ, _LT, _LEQ, _BETWEEN, _OP_MASK = 0x01, 0x02, 0x03, 0x04, 0x07
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR = 0xFD, 0xFE


class Catalogue:
    """One language's messages. An unreadable or damaged file gives an empty catalogue, in
    which nothing is found, so every text stays in English and none is lost."""

    def __init__(self, data: bytes = b"") -> None:
        self._messages = b""
        self._rules = b""
        self._offsets: dict[int, list[int]] = {}
        sections = _sections(data)
        if sections is None:
            return
        self._messages = sections.get(_MESSAGES, b"")
        self._rules = sections.get(_RULES, b"")
        table = sections.get(_HASHES, b"")
        for h, offset in struct.iter_unpack(">II", table[: len(table) // 8 * 8]):
            self._offsets.setdefault(h, []).append(offset)

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        try:
            return cls(path.read_bytes())
        except OSError:
            return cls()

    def find(self, context: str, source: str, comment: str = "", n: int = -1) -> str | None:
        """The translation QTranslator.translate gives (the plural form for `n` when n >= 0),
        or None when the catalogue has none."""
        if not self._offsets:
            return None
        form = _plural_form(n, self._rules) if n >= 0 else 0
        wanted = (context.encode(), source.encode(), comment.encode())
        while True:
            for offset in self._offsets.get(_elf_hash(wanted[1] + wanted[2]), ()):
                try:
                    found = self._message(offset, *wanted, form)
                except (struct.error, IndexError):  # a record cut short: not this one
                    found = None
                if found is not None:
                    return found
            if not wanted[2]:
                return None
            wanted = (wanted[0], wanted[1], b"")  # Qt looks once more without the comment

    def _message(
        self, at: int, context: bytes, source: bytes, comment: bytes, form: int
    ) -> str | None:
        data, found = self._messages, None
        while True:
            tag = data[at] if at < len(data) else 0
            at += 1
            if tag == _END:
                break
            if tag == _OBSOLETE:
                at += 4
                continue
            (length,) = struct.unpack_from(">I", data, at)
            at += 4
            field = data[at : at + length]
            if tag == _TRANSLATION:
                if length & 1:
                    return None
                if form == 0:
                    found = field
                form -= 1
            elif tag in (_SOURCE, _CONTEXT):
                if not _same(field, source if tag == _SOURCE else context):
                    return None
            elif tag == _COMMENT:
                # Qt compares only when the comment's first byte (or, when it is empty, the
                # byte after it) is not zero; it never is in a file lrelease wrote.
                first = data[at] if at < len(data) else 0
                if first and not _same(field, comment):
                    return None
            else:
                return None
            at += length
        return None if found is None else found.decode("utf-16-be", "surrogatepass")


def translated(catalogue: Catalogue, context: str, source: str, comment: str, n: int) -> str:
    """What QCoreApplication.translate returns with `catalogue` installed: its translation or
    the source text, with %n replaced by `n` when there is a count."""
    text = catalogue.find(context, source, comment, n)
    if text is None:
        text = source
    return text.replace("%n", str(n)) if n >= 0 else text


def _sections(data: bytes) -> dict[int, bytes] | None:
    """The file's sections by tag; None for what is not a whole catalogue (QTranslator
    refuses to load such a file)."""
    if not data.startswith(MAGIC):
        return None
    sections: dict[int, bytes] = {}
    at = len(MAGIC)
    while at < len(data) - 5:
        tag = data[at]
        (length,) = struct.unpack_from(">I", data, at + 1)
        at += 5
        if not tag or not length:
            break
        if length > len(data) - at:
            return None
        sections[tag] = data[at : at + length]
        at += length
    return sections


def _same(field: bytes, wanted: bytes) -> bool:
    """Whether a stored text is `wanted`; lrelease may store it with its terminating zero."""
    if field.endswith(b"\0"):
        field = field[:-1]
    return field == wanted


def _elf_hash(text: bytes) -> int:
    """Qt's hash of source text and comment (the ELF hash, and 1 instead of 0)."""
    h = 0
    for byte in text:
        if not byte:
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _plural_form(n: int, rules: bytes) -> int:
    """Which of a message's translations is the one for `n`: the first form whose rule holds,
    or the last form when none does."""
    form, i, size = 0, 0, len(rules)
    if not size:
        return 0
    try:
        while True:
            any_true = False
            while True:
                all_true = True
                while True:
                    opcode = rules[i]
                    i += 1
                    left = n
                    if opcode & _MOD_10:
                        left = n % 10
                    elif opcode & _MOD_100:
                        left = n % 100
                    elif opcode & _LEAD_1000:
                        while left >= 1000:
                            left //= 1000
                    right = rules[i]
                    i += 1
                    op = opcode & _OP_MASK
                    if op == _EQ:
                        truth = left == right
                    elif op == _LT:
                        truth = left < right
                    elif op == _LEQ:
                        truth = left <= right
                    elif op == _BETWEEN:
                        truth = right <= left <= rules[i]
                        i += 1
                    else:
                        return 0
                    if opcode & _NOT:
                        truth = not truth
                    all_true = all_true and truth
                    if i == size or rules[i] != _AND:
                        break
                    i += 1
                any_true = any_true or all_true
                if i == size or rules[i] != _OR:
                    break
                i += 1
            if any_true:
                return form
            form += 1
            if i == size:
                return form
            i += 1  # NEWRULE
    except IndexError:  # rules cut short: Qt stops there with the first form
        return 0
