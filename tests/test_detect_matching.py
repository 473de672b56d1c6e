"""The row and batch lists' fast matching finds exactly what the regexes find.

``matching`` matches most patterns without compiling them and skips texts that lack what
every match holds; ``BatchValues`` indexes each distinct pattern of a batch under words of
it. Both must give the very spans that running every pattern's regex on every text gives.
Values and notes are synthetic; messages name kinds and counts, never a value.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.detect import BatchValues
from pipeline.detect.matching import WORD, find_pattern, pattern_words
from pipeline.detect.patterns import fold
from pipeline.detect.rowlists import BATCH, find_needles, needles_of

VALUES = [
    ("NAME", "Siobhán O'Connor-Ní Bhriain"),
    ("NAME", "na hu"),
    ("NAME", "Thandiwe Mbeki"),
    ("NAME", "John Lewis"),
    ("NAME", "Dr. Li Wei"),
    ("NAME", "GOLLA, Jasmit"),
    ("NAME", "Max Will"),
    ("NAME", "Zoë D'Arcy"),
    ("NAME", "Wiśniewska"),
    ("EMAIL", "jane.doe84@gmail.com"),
    ("EMAIL", "o_brien+claims@mail.co.uk"),
    ("PHONE", "07700 900123"),
    ("PHONE", "+353 87 123 4567"),
    ("POSTCODE", "SW1A 1AA"),
    ("POSTCODE", "CB5 2GD"),
    ("ADDRESS", "12b High Street, Little Snoring, NR21 0AA"),
    ("ADDRESS", "Flat 3, Ivy House, 80 Carly Light"),
    ("ADDRESS", "213 Griffiths Cove; Leeds"),
    ("ADDRESS", "Apartment 4-5 Queen's Road, St Albans"),
    ("MEMBER", "TCB-12345678"),
    ("MEMBER", "94724409"),
    ("CARD", "4111 1111 1111 1111"),
]
NEEDLES = [n for kind, value in VALUES for n in needles_of(kind, value)]
SEPARATORS = [
    " ",
    "  ",
    "-",
    ".",
    ",",
    "'",
    "\u2019",
    "_",
    "\t",
    "\n",
    "\u00a0",
    "(",
    ")",
    "@",
    "+",
]
NOISE = ["a", "B", "é", "9", "12", "st", "road", "ß", "\u0301", "x1", "ı", "İ", "²"]


def _pieces(pattern_tokens: list[str]) -> st.SearchStrategy[str]:
    return st.lists(
        st.sampled_from(pattern_tokens + SEPARATORS + NOISE), min_size=1, max_size=14
    ).map("".join)


WORDS = sorted({t for _, v in VALUES for t in re.findall(r"[^\W_]+|.", v)} | set(NOISE))
TEXTS = _pieces(WORDS + [v for _, v in VALUES] + [fold(v) for _, v in VALUES])


@settings(max_examples=600, deadline=None, derandomize=True)
@given(text=TEXTS)
def test_patterns_match_as_their_regexes_do(text: str) -> None:
    folded = fold(text)
    for needle in NEEDLES:
        haystack = text if needle.original_case else folded
        expected = [m.span() for m in re.finditer(needle.pattern, haystack)]
        assert find_pattern(needle.pattern, haystack) == expected, needle.kind
        needs = pattern_words(needle.pattern)
        if expected and needs is not None:  # what every match holds is in the text
            assert needs.met(set(WORD.findall(haystack)), haystack), needle.kind


def test_every_shape_the_builders_make_is_matched_without_a_regex() -> None:
    shaped = [n for n in NEEDLES if pattern_words(n.pattern) is not None]
    kinds = {n.kind for n in NEEDLES if n not in shaped}
    assert kinds <= {"PHONE"}, kinds  # phones' prefixes are the only regexes left
    assert len(shaped) > len(NEEDLES) * 0.8


def _notes(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    pieces = WORDS + [v for _, v in VALUES] + [fold(v) for _, v in VALUES] + SEPARATORS
    pieces += ["please chase", "ordered from", "Max says", "I will", "Ted Baker", "my friend"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(count)]


def test_the_batch_index_finds_what_every_pattern_on_every_note_finds() -> None:
    batch = BatchValues(VALUES)
    everything = list(dict.fromkeys(NEEDLES))
    notes = _notes(20260901, 1500)
    matched = 0
    for note in notes:
        folded = fold(note)
        expected = set(find_needles(note, everything, folded, BATCH))
        assert set(batch.find(note, folded)) == expected
        matched += bool(expected)
    assert matched > 300  # the notes do hold batch values


def test_the_batch_index_is_the_same_after_pickling_and_growing() -> None:
    import pickle

    batch = BatchValues(VALUES[:10])
    copy = pickle.loads(pickle.dumps(batch))
    for kind, value in VALUES[10:]:
        batch.add(kind, value)
        copy.add(kind, value)
    assert len(copy) == len(batch) == len(VALUES)
    for note in _notes(7, 300):
        assert set(copy.find(note)) == set(batch.find(note))


def test_a_copy_grown_by_parts_and_seen_at_a_mark_finds_what_the_list_found_then() -> None:
    """A cluster worker's copy: grown by parts, possibly ahead of a chunk, seen at its mark."""
    refs = ["TCB-12345678", "ORD 55501 & CO", "94724409"]
    batch = BatchValues(owner="batch")
    marks, parts = [(0, 0)], []
    for at in range(0, len(VALUES), 5):
        batch.add_all(VALUES[at : at + 5])
        batch.keep(refs[at // 5 : at // 5 + 1])
        parts.append(batch.part(marks[-1]))
        marks.append(batch.mark())
    assert sum(len(p.values) for p in parts) == len(VALUES)  # each value sent once
    copy = BatchValues(owner="batch")
    for part in parts:
        copy.extend(part)
    copy.extend(parts[0])  # a part it holds already changes nothing
    notes = _notes(11, 300) + [f"ref {r.lower()} and {r}" for r in refs]
    for mark in marks[1:]:
        values, kept = mark
        fresh = BatchValues(VALUES[:values])
        fresh.keep(refs[:kept])
        seen = copy.upto(mark)
        assert len(seen) == values
        for note in notes:
            assert seen.find(note) == fresh.find(note)
            assert seen.kept_ranges(note) == fresh.kept_ranges(note)
    with pytest.raises(ValueError):
        copy.upto(marks[1]).add("NAME", "Nobody Inthelist")
    with pytest.raises(ValueError):
        BatchValues(owner="batch").extend(parts[1])  # parts[0] is missing
    with pytest.raises(ValueError):
        BatchValues(owner="another").extend(parts[0])


def test_a_copy_pickled_at_a_mark_holds_the_list_as_it_stood() -> None:
    import pickle

    batch = BatchValues(VALUES[:8])
    mark = batch.mark()
    batch.add_all(VALUES[8:])
    copy = pickle.loads(pickle.dumps(batch.upto(mark)))
    assert type(copy) is BatchValues and len(copy) == 8 and copy.owner == batch.owner
    for note in _notes(5, 200):
        assert copy.find(note) == BatchValues(VALUES[:8]).find(note)


def test_a_word_surname_the_row_writes_in_capitals_is_found_so_mid_sentence() -> None:
    # "PARK here" of a row's surname PARK; the lower-case word and a sentence start are not
    needles = needles_of("NAME", "PARK")
    text = "pending since May, PARK here. park the car. PARK HERE"
    found = [text[s.start : s.end] for s in find_needles(text, needles, fold(text), BATCH)]
    assert found == ["PARK"]
