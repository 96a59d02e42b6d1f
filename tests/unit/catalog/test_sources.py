"""Every shipped move can be traced to the evidence behind it.

A move's `sources` are keys of docs/evidence.md#sources. The loader checks only that a shipped
move names some (the app does not ship the docs), so these tests check that each key is in
that list: a misspelt key, or an entry dropped from the list, would leave a move citing nothing.
The other way round, an entry that nothing cites is a reference without a claim, and the table
in docs/moves.md, written by hand, must say what the files say.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from backmove.core.catalog import Catalog, load_catalog
from backmove.resources import stretches_dir

DOCS = Path(__file__).resolve().parents[3] / "docs"
ENTRY = re.compile(r"^- \[([^\]\s]+)\]", re.MULTILINE)
"""A Sources entry: a list item that starts with its key, `- [Hayden2021] Hayden JA et al.`"""
TABLE_ROW = re.compile(r"^\| (\w+) \| [^|]+ \| ((?:\[[^\]]+\] ?)+)\|$", re.MULTILINE)
"""A row of docs/moves.md's table: `| T10 | Walk break | [Pocovi2024] [Fewster2017] |`."""


def split_evidence(text: str) -> tuple[str, str]:
    """docs/evidence.md's text before its Sources section, and the section itself."""
    head, found, tail = text.partition("\n## Sources\n")
    assert found, "docs/evidence.md has no '## Sources' section"
    section = re.split(r"\n## ", tail, maxsplit=1)[0]
    return head, section


def source_keys(section: str) -> list[str]:
    return ENTRY.findall(section)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(stretches_dir())[0]


@pytest.fixture(scope="module")
def evidence() -> tuple[str, str]:
    return split_evidence((DOCS / "evidence.md").read_text(encoding="utf-8"))


def test_the_sources_section_is_read_entry_by_entry(evidence: tuple[str, str]) -> None:
    keys = source_keys(evidence[1])
    assert {"Hayden2021", "HSE-DSE", "ACSM2021", "NHSInform"} <= set(keys)
    assert len(keys) == len(set(keys)), "a key is listed twice"


def test_the_parser_finds_entries_and_only_entries() -> None:
    section = (
        "\n- [A2020] Author A. *Title.* J 2020.\n  continued [NotAKey] on the next line\n"
        "- [B-C] Body. *Guidance.* https://example.org\n"
    )
    assert source_keys(section) == ["A2020", "B-C"]
    head, found = split_evidence("intro [A2020]\n## Sources\n- [A2020] x\n## After\n- [Z] y\n")
    assert (head, source_keys(found)) == ("intro [A2020]", ["A2020"])


def test_every_shipped_move_names_a_source_in_the_evidence(
    catalog: Catalog, evidence: tuple[str, str]
) -> None:
    listed = set(source_keys(evidence[1]))
    for move in catalog:
        assert move.sources, f"{move.id} names no source"
        unknown = [key for key in move.sources if key not in listed]
        assert not unknown, f"{move.id} cites {unknown}, not in docs/evidence.md#sources"
        assert len(move.sources) == len(set(move.sources)), move.id


def test_every_source_is_cited_by_the_evidence_or_a_move(
    catalog: Catalog, evidence: tuple[str, str]
) -> None:
    text, section = evidence
    by_moves = {key for move in catalog for key in move.sources}
    uncited = [k for k in source_keys(section) if f"[{k}]" not in text and k not in by_moves]
    assert not uncited, f"listed under Sources but cited nowhere: {uncited}"


def test_the_moves_doc_lists_each_moves_sources_as_its_file_does(catalog: Catalog) -> None:
    text = (DOCS / "moves.md").read_text(encoding="utf-8")
    table = {
        move_id: tuple(re.findall(r"\[([^\]]+)\]", keys))
        for move_id, keys in TABLE_ROW.findall(text)
    }
    assert table == {move.id: move.sources for move in catalog}
