"""The retail author: reproducible, exact non-overlapping labels, row values kept."""

import itertools

from pipeline.detect.training.authors import retail


def test_reproducible_per_seed() -> None:
    assert [n.text for n in retail.notes(50, 3)] == [n.text for n in retail.notes(50, 3)]


def test_labels_exact_and_disjoint() -> None:
    for note in retail.notes(2000, 1):
        spans = sorted(note.personal + note.keep, key=lambda s: s.start)
        for span in spans:
            value = note.text[span.start : span.end]
            assert value and value == value.strip()
        for left, right in itertools.pairwise(spans):
            assert left.end <= right.start
        for value in note.row_keep:
            assert value in note.text


def test_clean_share_and_kinds() -> None:
    found = retail.notes(2000, 7)
    clean = sum(not n.personal for n in found) / len(found)
    assert 0.3 <= clean <= 0.5
    kinds = {s.kind for n in found for s in n.personal}
    assert kinds >= {"NAME", "FIRST", "SURNAME", "EMAIL", "PHONE", "POSTCODE", "STREET", "MEMBER"}
