"""The ``threads`` author: reproducible, exact labels, every kind, clean share, row values, speed."""

from __future__ import annotations

import itertools
import time
from collections import Counter

import pytest

from pipeline.detect.training.authors import AUTHORS, threads
from pipeline.detect.training.generate import KEEP, PERSONAL, Note

_ROW_KINDS = ("MERCHANT", "ORDER", "CLAIM", "DATE", "AMOUNT")


@pytest.fixture(scope="module")
def corpus() -> list[Note]:
    return threads.notes(2000, seed=7)


def test_is_listed_as_an_author() -> None:
    assert "threads" in AUTHORS


def test_same_seed_same_notes_other_seed_other_notes() -> None:
    first, again, other = threads.notes(50, 3), threads.notes(50, 3), threads.notes(50, 4)
    assert [n.text for n in first] == [n.text for n in again]
    assert [n.personal for n in first] == [n.personal for n in again]
    assert [n.text for n in first] != [n.text for n in other]


def test_labels_are_exact_stripped_and_known(corpus: list[Note]) -> None:
    for note in corpus:
        for label in note.personal:
            assert label.kind in PERSONAL
        for label in note.keep:
            assert label.kind in KEEP
        for label in [*note.personal, *note.keep]:
            value = note.text[label.start : label.end]
            assert value, label
            assert value == value.strip(), label


def test_labels_do_not_overlap(corpus: list[Note]) -> None:
    for note in corpus:
        labels = sorted([*note.personal, *note.keep], key=lambda label: label.start)
        for before, after in itertools.pairwise(labels):
            assert before.end <= after.start, (before, after)


def test_every_personal_kind_and_most_keep_kinds_occur(corpus: list[Note]) -> None:
    personal = Counter(label.kind for note in corpus for label in note.personal)
    keep = Counter(label.kind for note in corpus for label in note.keep)
    assert set(personal) == set(PERSONAL)
    assert len(set(keep)) >= len(KEEP) - 1


def test_a_third_to_a_half_of_notes_are_clean_with_look_alikes(corpus: list[Note]) -> None:
    clean = [note for note in corpus if not note.personal]
    assert 0.3 <= len(clean) / len(corpus) <= 0.5
    with_keep = [note for note in clean if note.keep]
    assert len(with_keep) / len(clean) > 0.95
    look_alikes = ("John Lewis", "Ted Baker", "Jack Wills", "Laura Ashley", "Millie skirt")
    assert any(word in note.text for note in clean for word in look_alikes)


def test_word_names_occur_as_names_and_as_words(corpus: list[Note]) -> None:
    as_names = {
        note.text[label.start : label.end]
        for note in corpus
        for label in note.personal
        if label.kind == "FIRST"
    }
    assert {"June", "Will", "Rose"} & as_names
    assert any(" in June " in note.text and not note.personal for note in corpus)


def test_row_keep_holds_the_row_values_named(corpus: list[Note]) -> None:
    for note in corpus:
        named = {
            note.text[label.start : label.end] for label in note.keep if label.kind in _ROW_KINDS
        }
        for value in note.row_keep:
            assert value in named
            assert value in note.text
    assert sum(bool(note.row_keep) for note in corpus) / len(corpus) > 0.9


def test_obfuscated_contacts_occur(corpus: list[Note]) -> None:
    emails = [
        note.text[label.start : label.end]
        for note in corpus
        for label in note.personal
        if label.kind == "EMAIL"
    ]
    assert any(" dot " in email for email in emails)
    assert any("%40" in email or "&#64;" in email for email in emails)
    assert any("\u200b" in email or "\u2060" in email for email in emails)


def test_twenty_thousand_notes_build_fast() -> None:
    started = time.perf_counter()
    built = threads.notes(20000, seed=11)
    assert len(built) == 20000
    assert time.perf_counter() - started < 10
