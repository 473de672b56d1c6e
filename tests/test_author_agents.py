"""The agents' author of training notes: reproducible, exactly labelled, every kind present.

Failures report counts only: a note's text and label values never reach the output.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections import Counter

import pytest

from pipeline.detect.training.authors import agents
from pipeline.detect.training.generate import KEEP, PERSONAL, Note

COUNT = 1_000


@pytest.fixture(scope="module")
def written() -> list[Note]:
    return agents.notes(COUNT, seed=3)


def _kinds(notes: list[Note]) -> Counter[str]:
    return Counter(label.kind for note in notes for label in [*note.personal, *note.keep])


def test_same_seed_same_notes_other_seed_other_notes(written: list[Note]) -> None:
    again = agents.notes(200, seed=3)
    assert sum(a.text != b.text for a, b in zip(written[:200], again, strict=True)) == 0
    assert sum(a.personal != b.personal for a, b in zip(written[:200], again, strict=True)) == 0
    other = agents.notes(200, seed=4)
    assert sum(a.text == b.text for a, b in zip(written[:200], other, strict=True)) < 20


def test_labels_are_exact_stripped_and_never_overlap(written: list[Note]) -> None:
    out_of_range = unstripped = overlapping = misfiled = 0
    for note in written:
        misfiled += sum(label.kind not in PERSONAL for label in note.personal)
        misfiled += sum(label.kind not in KEEP for label in note.keep)
        labels = sorted([*note.personal, *note.keep], key=lambda label: label.start)
        for label in labels:
            value = note.text[label.start : label.end]
            out_of_range += not 0 <= label.start < label.end <= len(note.text)
            unstripped += not value or value != value.strip()
        overlapping += sum(b.start < a.end for a, b in itertools.pairwise(labels))
    assert (out_of_range, unstripped, overlapping, misfiled) == (0, 0, 0, 0)


def test_every_personal_and_keep_kind_occurs(written: list[Note]) -> None:
    kinds = _kinds(written)
    assert sorted(kind for kind in (*PERSONAL, *KEEP) if kinds[kind] < 20) == []


def test_about_a_third_are_clean(written: list[Note]) -> None:
    clean = sum(not note.personal for note in written)
    assert 0.27 * COUNT < clean < 0.40 * COUNT


def test_clean_notes_hold_hard_negatives(written: list[Note]) -> None:
    people_shops = set(agents._MERCHANTS_PEOPLE)
    people_towns = set(agents._TOWNS_PEOPLE)
    shops = towns = 0
    for note in written:
        if note.personal:
            continue
        values = [(note.text[k.start : k.end], k.kind) for k in note.keep]
        shops += any(kind == "MERCHANT" and value in people_shops for value, kind in values)
        towns += any(kind == "TOWN" and value in people_towns for value, kind in values)
    assert shops > 0.15 * COUNT / 3
    assert towns > 0.02 * COUNT / 3


def test_names_come_in_every_casing_and_some_scripts(written: list[Note]) -> None:
    names = [
        note.text[label.start : label.end]
        for note in written
        for label in note.personal
        if label.kind in ("NAME", "FIRST", "SURNAME")
    ]
    upper = sum(n.isupper() for n in names)
    lower = sum(n.islower() for n in names)
    non_latin = sum(
        any(c.isalpha() and "LATIN" not in unicodedata.name(c, "") for c in n) for n in names
    )
    marked = sum(
        any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", n)) for n in names
    )
    assert upper > 0.05 * len(names)
    assert lower > 0.05 * len(names)
    assert 0.01 * len(names) < non_latin < 0.12 * len(names)
    assert marked > 0.03 * len(names)


def test_locales_are_many_and_never_the_dev_splits() -> None:
    assert len(agents.LOCALES) >= 40
    assert set(agents.LOCALES) & {"en_IE", "en_NZ", "en_AU", "is_IS", "et_EE"} == set()


def test_enough_templates() -> None:
    assert agents.TEMPLATE_COUNT >= 200


def test_strip_marks_writes_plain_letters() -> None:
    assert agents.strip_marks("Łódź Ærø Straße") == "Lodz Aero Strasse"
