"""The call-centre author: reproducible, exact offsets, clean share."""

from pipeline.detect.training.authors import callcentre


def test_reproducible_and_exact() -> None:
    first = callcentre.notes(300, 7)
    assert [n.text for n in first] == [n.text for n in callcentre.notes(300, 7)]
    clean = sum(not n.personal for n in first) / len(first)
    assert 0.3 <= clean <= 0.5
    for note in first:
        for lab in note.personal + note.keep:
            value = note.text[lab.start : lab.end]
            assert value == value.strip() and value
