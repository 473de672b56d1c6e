"""Occasions in text: holidays, festivals and shopping events are kept, never taken for people.

"for Diwali", "the Halloween costume", "a Rosh Hashanah gift", "Black Friday deal": the small
model tags many of them as a person. The list (``data/occasions.txt``, built by
``make lexicon`` from the ``holidays`` package and the shopping events) is matched in any
case, as whole words.
"""

from __future__ import annotations

import functools
from pathlib import Path

import ahocorasick

from pipeline.detect.patterns import fold
from pipeline.detect.places import automaton_of, whole_words

_FILE = Path(__file__).with_name("data") / "occasions.txt"


@functools.cache
def occasion_names() -> tuple[str, ...]:
    """Every occasion's written form on the list."""
    lines = _FILE.read_text(encoding="utf-8").splitlines()
    return tuple(line for line in lines if line and not line.startswith("#"))


@functools.cache
def _automaton() -> ahocorasick.Automaton:
    return automaton_of(occasion_names())


def occasion_ranges(text: str, folded: str | None = None) -> list[tuple[int, int]]:
    """Where occasions are named in ``text`` (offsets of ``text``)."""
    folded = fold(text) if folded is None else folded
    return [(start, end) for start, end, _ in whole_words(_automaton(), folded)]
