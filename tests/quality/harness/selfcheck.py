"""Checks every set's own tests make of the set: its scorer prints no value, it imports apart.

A set's test calls these with its own notes and files, so each set is checked the same way.
"""

from __future__ import annotations

import ast
import io
from collections.abc import Sequence
from contextlib import redirect_stdout
from pathlib import Path
from typing import Protocol

from harness.judge import Labelled, Score
from harness.tables import print_spans


class _Note(Protocol):
    text: str

    @property
    def labels(self) -> Sequence[Labelled]: ...


def values_printed(notes: Sequence[_Note]) -> int:
    """How many labelled values the tables print when nothing is redacted (should be none).

    Every planted value leaks in such a run, so every count and form line is printed; a value
    of five or more characters (digits aside, which counts can equal) must not be.
    """
    score = Score()
    for note in notes:
        score.add(note.text, note.labels, [])
    out = io.StringIO()
    with redirect_stdout(out):
        print_spans([("ours", score)], forms=True)
    printed = out.getvalue()
    assert score.overall().leak == score.overall().planted > 0
    values = (note.text[label.start : label.end] for note in notes for label in note.labels)
    return sum(1 for v in values if len(v) >= 5 and not v.isdigit() and v in printed)


def imports(path: Path) -> set[str]:
    """The modules a Python file imports, by name (``from x import y`` gives ``x``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    }
