"""Every Markdown document the repository names is in the repository, with the heading cited.

Code, tests and docs point readers at documents ("docs/evidence.md#adaptive-back-off") to say
why a number or a rule is what it is. A pointer to a file that is not here, or to a heading
that was renamed, leaves the reader with a claim and no reason; this test finds it the moment
it is made. A bare name ("simulate.md") is looked up beside the citing file, at the root, then
in docs/, where the documents live.
"""

from __future__ import annotations

import re
import subprocess
from functools import cache
from pathlib import Path

import pytest

from tests.architecture.tools import ROOT

WALKED = ("backmove", "tests", "bench", "docs", "scripts", "resources")
"""Where to look when git cannot list the files (a copy without its history)."""
SKIPPED_PARTS = frozenset({".git", ".venv", "__pycache__"})
THIS_FILE = Path(__file__).resolve()
"""Left out of the scan: its examples name missing files on purpose."""
REFERENCE = re.compile(r"(?<![\w./-])([\w./-]*[\w-]\.md)(?:#([\w-]+))?(?![\w])")
HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
LOCAL_LINK = re.compile(r"\]\(#([\w-]+)\)")
"""A Markdown link to a heading of the same file: `[Sources](#sources)`."""


def tracked_files() -> list[Path]:
    """The repository's files: git's list, or a walk of the project folders without git."""
    try:
        done = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=60
        )
        names = [n for n in done.stdout.decode("utf-8").split("\0") if n]
    except (OSError, subprocess.SubprocessError):
        names = [
            str(p.relative_to(ROOT))
            for top in WALKED
            for p in (ROOT / top).rglob("*")
            if p.is_file()
        ]
        names += ["README.md", "pyproject.toml"]
    paths = [ROOT / n for n in names]
    return [
        p
        for p in paths
        if p.is_file() and p.resolve() != THIS_FILE and not SKIPPED_PARTS.intersection(p.parts)
    ]


def text_of(path: Path) -> str | None:
    """The file as text, or None for a binary file (a NUL byte, or not UTF-8)."""
    data = path.read_bytes()
    if b"\0" in data[:8192]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def anchor(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"`|\*\*|__|\[([^\]]*)\]\([^)]*\)", r"\1", heading).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


@cache
def anchors_of(path: Path) -> frozenset[str]:
    """Every heading anchor of a Markdown file, with GitHub's -1, -2 for repeated headings."""
    seen: dict[str, int] = {}
    found: set[str] = set()
    in_fence = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else HEADING.match(line)
        if match is None:
            continue
        base = anchor(match.group(2))
        count = seen.get(base, 0)
        seen[base] = count + 1
        found.add(base if count == 0 else f"{base}-{count}")
    return frozenset(found)


def resolve(name: str, citing: Path) -> Path | None:
    """The file a reference names, or None when the repository has no such file."""
    for folder in (citing.parent, ROOT, ROOT / "docs"):
        candidate = (folder / name).resolve()
        if candidate.is_file() and candidate.is_relative_to(ROOT):
            return candidate
    return None


def problems_in(path: Path, text: str) -> list[str]:
    """One line per reference in `text` that names a missing file or a missing heading."""
    where = path.relative_to(ROOT)
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        for match in REFERENCE.finditer(line):
            name, fragment = match.groups()
            if "://" in re.split(r"[\s(<\[\"']", line[: match.end()])[-1]:
                continue  # part of a web address, not a file of this repository
            target = resolve(name, path)
            if target is None:
                out.append(f"{where}:{number}: {name} is not in the repository")
            elif fragment is not None and fragment not in anchors_of(target):
                out.append(f"{where}:{number}: {name} has no heading #{fragment}")
        if path.suffix == ".md" and path.is_file():
            for fragment in LOCAL_LINK.findall(line):
                if fragment not in anchors_of(path):
                    out.append(f"{where}:{number}: no heading #{fragment} in this file")
    return out


def all_problems() -> list[str]:
    out = []
    for path in tracked_files():
        text = text_of(path)
        if text is not None:
            out += problems_in(path, text)
    return out


def test_every_cited_document_and_heading_exists() -> None:
    problems = all_problems()
    assert not problems, "\n".join(problems)


def test_the_scan_sees_the_documents_the_code_cites() -> None:
    """A scan that found nothing would pass for the wrong reason."""
    cited = set()
    for path in tracked_files():
        text = text_of(path)
        if text is not None and path.suffix == ".py":
            cited |= {m.group(1) for m in REFERENCE.finditer(text)}
    assert {"docs/evidence.md", "docs/architecture.md"} <= cited


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("see docs/evidence.md#adaptive-back-off", []),
        ("see [moves](moves.md) and simulate.md", []),
        ("budgets: docs/architecture.md#budgets", []),
        ("https://example.org/notes/ELSEWHERE.md", []),
        ("the plan in ELSEWHERE.md", ["ELSEWHERE.md is not in the repository"]),
        ("docs/plan.md §5.3 rule 7", ["docs/plan.md is not in the repository"]),
        ("docs/evidence.md#no-such-heading", ["docs/evidence.md has no heading #no-such-heading"]),
    ],
)
def test_a_reference_is_judged_by_what_the_repository_holds(line: str, expected: list[str]) -> None:
    citing = ROOT / "docs" / "example.md"
    found = [p.split(": ", 1)[1] for p in problems_in(citing, line)]
    assert found == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Adaptive back-off", "adaptive-back-off"),
        ("Tier A: get emergency help now", "tier-a-get-emergency-help-now"),
        ("`core/` and the **rules**", "core-and-the-rules"),
        ("PEG", "peg"),
    ],
)
def test_anchors_follow_github(heading: str, expected: str) -> None:
    assert anchor(heading) == expected
