"""The worldwide author: reproducible, exact labels, every kind, clean share, row values, speed."""

from __future__ import annotations

import time

import pytest

from pipeline.detect.training.authors import worldwide
from pipeline.detect.training.generate import KEEP, PERSONAL, Note

_ROW_KINDS = {"ORDER", "CLAIM", "DATE", "AMOUNT"}


@pytest.fixture(scope="module")
def corpus() -> list[Note]:
    return worldwide.notes(2000, 7)


def test_same_seed_same_notes() -> None:
    first, again = worldwide.notes(200, 3), worldwide.notes(200, 3)
    assert [(n.text, n.personal, n.keep, n.row_keep, n.batch_keep) for n in first] == [
        (n.text, n.personal, n.keep, n.row_keep, n.batch_keep) for n in again
    ]
    assert [n.text for n in worldwide.notes(200, 4)] != [n.text for n in first]


def test_labels_are_exact_stripped_and_apart(corpus: list[Note]) -> None:
    for note in corpus:
        labels = sorted([*note.personal, *note.keep], key=lambda label: label.start)
        for label in labels:
            value = note.text[label.start : label.end]
            assert value and value == value.strip()
        for before, after in zip(labels, labels[1:], strict=False):
            assert before.end <= after.start


def test_label_kinds_sit_in_their_lists(corpus: list[Note]) -> None:
    assert all(label.kind in PERSONAL for note in corpus for label in note.personal)
    assert all(label.kind in KEEP for note in corpus for label in note.keep)


def test_every_personal_and_keep_kind_occurs(corpus: list[Note]) -> None:
    personal = {label.kind for note in corpus for label in note.personal}
    keep = {label.kind for note in corpus for label in note.keep}
    assert personal == set(PERSONAL)
    assert keep == set(KEEP)


def test_clean_share_is_a_third_to_a_half(corpus: list[Note]) -> None:
    clean = [note for note in corpus if not note.personal]
    assert 0.3 <= len(clean) / len(corpus) <= 0.5
    look_alikes = sum(any(label.kind == "MERCHANT" for label in note.keep) for note in clean)
    assert look_alikes / len(clean) > 0.9


def test_row_keep_holds_the_notes_row_values(corpus: list[Note]) -> None:
    for note in corpus:
        for label in note.keep:
            if label.kind in _ROW_KINDS:
                assert note.text[label.start : label.end] in note.row_keep
        assert all(value in note.text for value in note.row_keep)
    with_merchant = [n for n in corpus if any(label.kind == "MERCHANT" for label in n.keep)]
    # A network named beside the shop (TopCashback, Quidco) is a merchant but not the row's.
    named = sum(
        bool(set(n.row_keep) & {n.text[k.start : k.end] for k in n.keep}) for n in with_merchant
    )
    assert named / len(with_merchant) > 0.95


def test_batch_refs_are_not_in_the_row(corpus: list[Note]) -> None:
    assert any(note.batch_keep for note in corpus)


def test_names_span_scripts_and_forms(corpus: list[Note]) -> None:
    names = [n.text[p.start : p.end] for n in corpus for p in n.personal if p.kind == "NAME"]
    assert any(any("\u0400" <= c <= "\u04ff" for c in name) for name in names)
    assert any(any("\u4e00" <= c <= "\u9fff" for c in name) for name in names)
    assert any("," in name for name in names)
    assert any(name.isupper() for name in names) and any(name.islower() for name in names)


def test_word_names_occur_as_names_and_as_words(corpus: list[Note]) -> None:
    firsts = {n.text[p.start : p.end] for n in corpus for p in n.personal if p.kind == "FIRST"}
    assert firsts & {"Will", "Rose", "Max", "Grace", "Faith"}
    assert any(n.text.startswith(("Will chase", "Max cashback")) for n in corpus if not n.personal)


def test_twenty_thousand_notes_build_quickly() -> None:
    started = time.perf_counter()
    assert len(worldwide.notes(20000, 11)) == 20000
    assert time.perf_counter() - started < 10
