"""The call-centre author: reproducible, exact and disjoint labels, every kind, clean share, speed."""

from __future__ import annotations

import itertools
import time
from collections import Counter

import pytest

from pipeline.detect.training.authors import _callcentre_names, _callcentre_values, callcentre
from pipeline.detect.training.generate import KEEP, PERSONAL, Note

_ROW_KINDS = ("ORDER", "CLAIM", "DATE", "AMOUNT", "MERCHANT")


@pytest.fixture(scope="module")
def corpus() -> tuple[list[Note], float]:
    """20,000 notes and the seconds they took (name pools built beforehand, once a process)."""
    callcentre.notes(1, 0)
    started = time.perf_counter()
    found = callcentre.notes(20_000, 11)
    return found, time.perf_counter() - started


def _texts(note: Note, kinds: tuple[str, ...]) -> list[str]:
    """The labelled strings of a note in the given kinds."""
    return [
        note.text[lab.start : lab.end] for lab in note.personal + note.keep if lab.kind in kinds
    ]


def test_reproducible_per_seed() -> None:
    first = callcentre.notes(300, 7)
    again = callcentre.notes(300, 7)
    assert [(n.text, n.personal, n.keep, n.row_keep) for n in first] == [
        (n.text, n.personal, n.keep, n.row_keep) for n in again
    ]
    assert [n.text for n in first] != [n.text for n in callcentre.notes(300, 8)]


def test_labels_exact_stripped_and_disjoint(corpus: tuple[list[Note], float]) -> None:
    for note in corpus[0]:
        labels = sorted(note.personal + note.keep, key=lambda lab: lab.start)
        for lab in labels:
            value = note.text[lab.start : lab.end]
            assert value and value == value.strip()
            assert lab.kind in (PERSONAL if lab in note.personal else KEEP)
        for left, right in itertools.pairwise(labels):
            assert left.end <= right.start


def test_every_personal_and_keep_kind_in_2000_notes(corpus: tuple[list[Note], float]) -> None:
    kinds = Counter(lab.kind for note in corpus[0][:2000] for lab in note.personal + note.keep)
    assert set(PERSONAL) <= set(kinds)
    assert set(KEEP) <= set(kinds)


def test_clean_share_with_look_alikes(corpus: tuple[list[Note], float]) -> None:
    notes = corpus[0]
    clean = [note for note in notes if not note.personal]
    assert 0.3 <= len(clean) / len(notes) <= 0.5
    assert all(note.keep for note in clean)
    people_like = {"John Lewis", "Ted Baker", "Jack Wills", "Laura Ashley", "Joe Browns"}
    assert any(set(_texts(note, ("MERCHANT",))) & people_like for note in clean)
    assert any(set(_texts(note, ("TOWN",))) & {"Reading", "Sale", "Bradford"} for note in clean)


def test_word_names_both_as_names_and_as_words(corpus: tuple[list[Note], float]) -> None:
    words = set(_callcentre_names.WORD_FIRST)
    labelled = Counter(v for note in corpus[0] for v in _texts(note, ("FIRST", "NAME")))
    assert len(words & set(labelled)) >= 10
    clean_words = {w for note in corpus[0] if not note.personal for w in note.text.split()}
    assert {"June", "Max", "Will"} & clean_words


def test_row_keep_holds_claim_facts(corpus: tuple[list[Note], float]) -> None:
    sites = {site.casefold() for site in _callcentre_values.CASHBACK_SITES}
    for note in corpus[0][:5000]:
        row = {value.casefold() for value in note.row_keep}
        for value in _texts(note, _ROW_KINDS):
            assert value.casefold() in row or value.casefold() in sites
        assert all(value.casefold() in note.text.casefold() for value in note.row_keep)


def test_spoken_and_written_contact_forms(corpus: tuple[list[Note], float]) -> None:
    notes = corpus[0]
    phones = [v for note in notes for v in _texts(note, ("PHONE",))]
    emails = [v for note in notes for v in _texts(note, ("EMAIL",))]
    spelled = [v for note in notes for v in _texts(note, ("FIRST", "SURNAME"))]
    assert any("double" in v for v in phones) and any(v.startswith("+") for v in phones)
    assert any(" at " in v and " dot " in v for v in emails)
    assert any(marker in v for v in emails for marker in ("%40", "&#64;", "[at]", "\u200b"))
    assert any(" for " in v for v in spelled) and any("-" in v and v.isupper() for v in spelled)


def test_names_from_many_scripts(corpus: tuple[list[Note], float]) -> None:
    names = [v for note in corpus[0] for v in _texts(note, ("NAME", "FIRST", "SURNAME"))]
    assert sum(not v.isascii() for v in names) > 1000
    assert len(set(names)) > 3000


def test_twenty_thousand_notes_fast(corpus: tuple[list[Note], float]) -> None:
    assert len(corpus[0]) == 20_000
    assert corpus[1] < 10.0
