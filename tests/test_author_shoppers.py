"""The shopper author's training notes: reproducible, labelled exactly, every kind present.

Failures report counts and kinds only, never a value.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pytest

from pipeline.detect.training.authors import shoppers
from pipeline.detect.training.generate import KEEP, PERSONAL, Note


@pytest.fixture(scope="module")
def batch() -> list[Note]:
    return shoppers.notes(1000, 11)


def test_the_same_seed_gives_the_same_notes(batch: list[Note]) -> None:
    again = shoppers.notes(1000, 11)
    assert sum(a.text != b.text for a, b in zip(batch, again, strict=True)) == 0
    assert (
        sum(a.personal != b.personal or a.keep != b.keep for a, b in zip(batch, again, strict=True))
        == 0
    )
    other = shoppers.notes(50, 12)
    assert sum(a.text == b.text for a, b in zip(batch, other, strict=False)) < 5


def test_labels_are_exact_stripped_and_never_overlap(batch: list[Note]) -> None:
    unstripped = overlapping = outside = unknown = 0
    for note in batch:
        spans = sorted([*note.personal, *note.keep], key=lambda s: (s.start, s.end))
        for span in spans:
            value = note.text[span.start : span.end]
            outside += not (0 <= span.start < span.end <= len(note.text))
            unstripped += value != value.strip()
            unknown += span.kind not in (PERSONAL if span in note.personal else KEEP)
        overlapping += sum(b.start < a.end for a, b in pairwise(spans))
    assert (outside, unstripped, overlapping, unknown) == (0, 0, 0, 0)


def test_every_personal_and_keep_kind_occurs(batch: list[Note]) -> None:
    kinds = Counter(span.kind for note in batch for span in [*note.personal, *note.keep])
    missing = [kind for kind in (*PERSONAL, *KEEP) if kinds[kind] < 10]
    assert missing == []


def test_about_a_third_are_clean(batch: list[Note]) -> None:
    clean = sum(not note.personal for note in batch)
    assert 250 <= clean <= 420
    assert sum(len(note.keep) > 0 for note in batch if not note.personal) > 0.8 * clean


def test_names_come_in_every_casing_and_some_scripts(batch: list[Note]) -> None:
    names = [
        note.text[s.start : s.end]
        for note in batch
        for s in note.personal
        if s.kind in ("NAME", "FIRST", "SURNAME")
    ]
    lower = sum(v == v.lower() and v != v.upper() for v in names)
    upper = sum(v == v.upper() and v != v.lower() for v in names)
    title = sum(v.istitle() for v in names)
    unlatin = sum(not any("a" <= c.lower() <= "z" for c in v) for v in names)
    assert min(lower, upper, title) > 0.05 * len(names)
    assert 0.01 * len(names) < unlatin < 0.12 * len(names)


def test_row_keep_holds_the_row_values_in_the_note(batch: list[Note]) -> None:
    missing = sum(value not in note.text for note in batch for value in note.row_keep)
    assert missing == 0
