"""The batch-wide deny-list: every personal value of the batch, searched in every note.

A note may name another customer of the batch, or the customer's details from an order
export rather than from its own row. Every personal value found in any column of the batch
(claim files and order exports: names, first names, surnames, e-mails, phones, postcodes,
streets) is added once; each free-text cell is then searched for all of them with the
same patterns the row's own values use (``rowlists``), so the residual-leak check, which
searches outputs for the batch's values, never finds one the detector could have known.

Speed: each distinct search pattern of the batch is kept once (a town or a first name that
many values share is searched once), indexed by a word every match of it must hold whole
(``rowlists.pattern_words``). A note's words pick the patterns that can match; the rest of
their words and letter runs are checked before any pattern runs, so patterns run only on
notes that hold all of their words, and each compiles once. Patterns with no whole word are
picked by an Aho-Corasick pass over the folded text (or over its letters and digits run
together, for phone numbers).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import ahocorasick

from pipeline.detect.patterns import fold
from pipeline.detect.rowlists import (
    BATCH,
    SQUEEZE,
    WORD,
    Needle,
    allow_pattern,
    find_needles,
    find_pattern,
    needles_of,
    pattern_words,
)
from pipeline.detect.spans import Span


@dataclass(frozen=True, slots=True)
class _Planned:
    """One distinct pattern of the batch, and what a note must hold for it to match."""

    needle: Needle
    words: frozenset[str]  # whole words (of the original text when ``needle.original_case``)
    parts: tuple[str, ...]  # runs of letters and digits somewhere in the same text


class BatchValues:
    """Personal values of a whole batch; build once, ``add`` as files are read, pass to scan."""

    def __init__(self, values: Iterable[tuple[str, str]] = ()) -> None:
        self._seen: set[tuple[str, str]] = set()
        self._ids: dict[Needle, int] = {}  # each distinct needle once, in first-seen order
        self._planned: list[_Planned] = []
        self._by_word: dict[str, list[int]] = {}  # a whole folded word -> needles
        self._by_cased: dict[str, list[int]] = {}  # a whole word as written -> needles
        self._by_part: dict[str, list[int]] = {}  # a folded substring -> needles
        self._by_digits: dict[str, list[int]] = {}  # phone digits -> needles
        self._always: list[int] = []  # needles with nothing to index them by
        self._counts: Counter[str] = Counter()  # needles holding each word or run
        self._keyed = 0  # needles when the keys were last chosen
        self._parts: ahocorasick.Automaton | None = None
        self._digits: ahocorasick.Automaton | None = None
        self._kept: dict[str, list[str]] = {}  # quick word -> allow patterns
        self._kept_seen: set[str] = set()
        self._by_kept: ahocorasick.Automaton | None = None
        self._compiled: dict[str, re.Pattern[str]] = {}
        self.add_all(values)

    def __len__(self) -> int:
        return len(self._seen)

    def __getstate__(self) -> dict[str, object]:
        """Picklable: the automata and compiled patterns are rebuilt where it is unpickled."""
        state = {name: getattr(self, name) for name in _STATE}
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        for name in _STATE:
            setattr(self, name, state[name])
        self._parts = self._digits = self._by_kept = None
        self._compiled = {}

    def add(self, kind: str, value: str) -> None:
        """Add one personal value (a kind of ``pipeline.models.Kind`` and the cell's text)."""
        stripped = value.strip() if isinstance(value, str) else ""
        if not stripped or (kind, stripped) in self._seen:
            return
        self._seen.add((kind, stripped))
        for needle in needles_of(kind, stripped):
            if needle not in self._ids:
                self._plan(needle)

    def _plan(self, needle: Needle) -> None:
        found = pattern_words(needle.pattern)
        words, parts = found if found is not None else ((), ())
        if not words and not needle.squeezed:
            parts = (needle.quick,) if needle.original_case else (*parts, needle.quick)
        planned = _Planned(needle, frozenset(words), tuple(p for p in parts if p))
        self._ids[needle] = len(self._planned)
        self._planned.append(planned)
        self._counts.update(planned.words)
        self._counts.update(planned.parts)
        if len(self._planned) >= 2 * self._keyed:
            self._rekey()  # keys chosen on the counts so far; again each time the list doubles
        else:
            self._key(len(self._planned) - 1)

    def _key(self, index: int) -> None:
        """Index one needle under its rarest whole word, else its digits, else its rarest run."""
        planned = self._planned[index]
        counts = self._counts
        if planned.words:
            word = min(planned.words, key=lambda w: (counts[w], -len(w), w))
            by = self._by_cased if planned.needle.original_case else self._by_word
            by.setdefault(word, []).append(index)
        elif planned.needle.squeezed:
            self._by_digits.setdefault(planned.needle.squeezed, []).append(index)
            self._digits = None
        elif planned.parts:
            part = min(planned.parts, key=lambda p: (counts[p], -len(p), p))
            self._by_part.setdefault(part, []).append(index)
            self._parts = None
        else:
            self._always.append(index)

    def _rekey(self) -> None:
        self._by_word, self._by_cased, self._by_part, self._by_digits = {}, {}, {}, {}
        self._always = []
        self._parts = self._digits = None
        for index in range(len(self._planned)):
            self._key(index)
        self._keyed = len(self._planned)

    def add_all(self, values: Iterable[tuple[str, str]]) -> None:
        for kind, value in values:
            self.add(kind, value)

    def keep(self, values: Iterable[str]) -> None:
        """Values never to redact in any note of the batch: its order refs and claim ids."""
        for value in values:
            if not isinstance(value, str) or value in self._kept_seen:
                continue
            self._kept_seen.add(value)
            compiled = allow_pattern(value)
            if compiled is not None:
                pattern, quick = compiled
                self._kept.setdefault(quick, []).append(pattern)
                self._by_kept = None

    def find(self, text: str, folded: str | None = None) -> list[Span]:
        """Every occurrence of a batch value in ``text``, as batch-sourced spans."""
        if not self._planned or not text.strip():
            return []
        folded = fold(text) if folded is None else folded
        words = set(WORD.findall(folded))
        cased = set(WORD.findall(text)) if self._by_cased else set()
        candidates = set(self._always)
        for word in words:
            candidates.update(self._by_word.get(word, ()))
        for word in cased:
            candidates.update(self._by_cased.get(word, ()))
        if self._by_part:
            if self._parts is None:
                self._parts = _automaton(self._by_part)
            for _, indexes in self._parts.iter(folded):
                candidates.update(indexes)
        if self._by_digits:
            if self._digits is None:
                self._digits = _automaton(self._by_digits)
            for _, indexes in self._digits.iter(SQUEEZE.sub("", folded)):
                candidates.update(indexes)
        needles = []
        for index in sorted(candidates):
            planned = self._planned[index]
            case = planned.needle.original_case
            if planned.words <= (cased if case else words) and all(
                part in (text if case else folded) for part in planned.parts
            ):
                needles.append(planned.needle)
        if not needles:
            return []
        return find_needles(text, needles, folded, BATCH, self._compiled)

    def kept_ranges(self, text: str, folded: str | None = None) -> list[tuple[int, int]]:
        """Where the batch's order refs and claim ids occur in ``text``."""
        if not self._kept or not text.strip():
            return []
        if self._by_kept is None:
            self._by_kept = _automaton({key: key for key in self._kept})
        folded = fold(text) if folded is None else folded
        found: list[tuple[int, int]] = []
        for key in {key for _, key in self._by_kept.iter(folded)}:
            for pattern in self._kept[key]:
                found.extend((s, e) for s, e in find_pattern(pattern, folded) if e > s)
        return sorted(found)


_STATE = (
    "_seen", "_ids", "_planned", "_by_word", "_by_cased", "_by_part", "_by_digits", "_always",
    "_counts", "_keyed", "_kept", "_kept_seen",
)  # fmt: skip


def _automaton(keys: Mapping[str, object]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton from each key to its payload."""
    automaton = ahocorasick.Automaton()
    for key, payload in keys.items():
        automaton.add_word(key, payload)
    if keys:
        automaton.make_automaton()
    return automaton
