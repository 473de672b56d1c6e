"""The retail author: reproducible, exact non-overlapping labels, every kind, clean share, row values."""

import functools
import itertools
import re
import time

from pipeline.detect.training.authors import AUTHORS, retail
from pipeline.detect.training.authors._retail_names import WORD_FIRSTS, is_latin
from pipeline.detect.training.authors._retail_templates import CLEAN
from pipeline.detect.training.generate import KEEP, PERSONAL, Note

_ROW_KINDS = ("ORDER", "CLAIM", "MERCHANT", "DATE", "AMOUNT")


@functools.cache
def _corpus() -> tuple[Note, ...]:
    return tuple(retail.notes(2000, 7))


def _spans(note: Note, kind: str) -> list[str]:
    return [note.text[s.start : s.end] for s in note.personal + note.keep if s.kind == kind]


def test_registered_and_reproducible_per_seed() -> None:
    assert "retail" in AUTHORS
    assert [n.text for n in retail.notes(200, 3)] == [n.text for n in retail.notes(200, 3)]
    assert [n.personal for n in retail.notes(200, 3)] == [n.personal for n in retail.notes(200, 3)]
    assert [n.text for n in retail.notes(50, 3)] != [n.text for n in retail.notes(50, 4)]


def test_labels_exact_stripped_and_disjoint() -> None:
    for note in _corpus():
        spans = sorted(note.personal + note.keep, key=lambda s: s.start)
        assert all(s.kind in PERSONAL for s in note.personal)
        assert all(s.kind in KEEP for s in note.keep)
        for span in spans:
            value = note.text[span.start : span.end]
            assert value and value == value.strip()
        for left, right in itertools.pairwise(spans):
            assert left.end <= right.start


def test_every_personal_and_keep_kind_occurs() -> None:
    personal = {s.kind for n in _corpus() for s in n.personal}
    keep = {s.kind for n in _corpus() for s in n.keep}
    assert personal == set(PERSONAL)
    assert keep == set(KEEP)


def test_clean_share_full_of_look_alikes() -> None:
    clean = [n for n in _corpus() if not n.personal]
    assert 0.3 <= len(clean) / len(_corpus()) <= 0.5
    assert sum(bool(n.keep) for n in clean) / len(clean) > 0.9
    merchants = {v for n in clean for v in _spans(n, "MERCHANT")}
    assert {"John Lewis", "Ted Baker", "Laura Ashley"} & merchants
    words = " ".join(n.text for n in clean)
    assert re.search(r"\b(will|may|rose|max|faith|hope)\b", words, re.IGNORECASE)
    assert len(CLEAN) >= 60


def test_word_names_both_labelled_and_unlabelled() -> None:
    labelled = {v for n in _corpus() for v in _spans(n, "FIRST") if v in WORD_FIRSTS}
    assert len(labelled) >= 5
    assert any(re.search(r"\bwill\b", n.text) for n in _corpus())


def test_names_many_scripts_casings_and_forms() -> None:
    names = [v for n in _corpus() for k in ("NAME", "FIRST", "SURNAME") for v in _spans(n, k)]
    assert any(not is_latin(v) for v in names)
    assert any(v.isupper() for v in names) and any(v.islower() for v in names)
    assert any(", " in v for v in names)  # "SURNAME, Given"
    assert any(re.search(r"\b(van|de|Al-|O')", v) for v in names)
    titles = ("Mr ", "Mrs ", "Ms ", "Miss ", "Dr ", "Mx ", "Prof ")
    assert not any(v.startswith(titles) for v in names)  # titles stay outside the label


def test_contacts_in_written_forms() -> None:
    emails = [v for n in _corpus() for v in _spans(n, "EMAIL")]
    assert any("@" in v for v in emails)
    assert any(" at " in v or "[at]" in v or "%40" in v or "&#64;" in v for v in emails)
    phones = [v for n in _corpus() for v in _spans(n, "PHONE")]
    assert any("double" in v for v in phones) and any(v.startswith("+") for v in phones)
    streets = [v for n in _corpus() for v in _spans(n, "STREET")]
    assert any(not any(ch.isdigit() for ch in v) for v in streets)


def test_possessive_outside_the_label() -> None:
    seen = 0
    for note in _corpus():
        for span in note.personal:
            after = note.text[span.end : span.end + 2]
            if after in ("'s", "\u2019s"):
                seen += 1
                assert not note.text[span.start : span.end].endswith("'")
    assert seen > 10


def test_row_keep_holds_the_notes_row_values() -> None:
    for note in _corpus():
        assert set(note.row_keep) <= {v for k in _ROW_KINDS for v in _spans(note, k)}
        assert not set(note.batch_keep) & set(note.row_keep)
    for kind in _ROW_KINDS:
        naming = [n for n in _corpus() if _spans(n, kind)]
        held = [n for n in naming if set(_spans(n, kind)) & set(n.row_keep)]
        assert len(held) / len(naming) > 0.75  # the rest name only another row's value


def test_twenty_thousand_notes_build_quickly() -> None:
    retail.notes(10, 0)  # name pools are built once per process
    began = time.perf_counter()
    assert len(retail.notes(20000, 11)) == 20000
    assert time.perf_counter() - began < 10
