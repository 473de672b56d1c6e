"""The batch-wide deny-list: every personal value of the batch, searched in every note.

A note may name another customer of the batch, or the customer's details from an order
export rather than from its own row. Every personal value found in any column of the batch
(claim files and order exports: names, first names, surnames, e-mails, phones, postcodes,
streets) is added once; each free-text cell is then searched for all of them with the
same patterns the row's own values use (``rowlists``), so the residual-leak check, which
searches outputs for the batch's values, never finds one the detector could have known.

Speed: one Aho-Corasick pass over the folded text (and one over its letters and digits run
together, for phone numbers) finds the few values that can match; only their patterns run.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import ahocorasick

from pipeline.detect.patterns import fold
from pipeline.detect.rowlists import (
    BATCH,
    SQUEEZE,
    allow_pattern,
    cached_needles,
    find_needles,
    find_pattern,
    needles_of,
)
from pipeline.detect.spans import Span


class BatchValues:
    """Personal values of a whole batch; build once, ``add`` as files are read, pass to scan.

    Only the values and the words that must be present for each to match are kept; a
    value's patterns are built again when a note holds one of its words (most never do).
    """

    def __init__(self, values: Iterable[tuple[str, str]] = ()) -> None:
        self._values: list[tuple[str, str]] = []
        self._seen: set[tuple[str, str]] = set()
        self._words: dict[str, list[int]] = {}  # folded word -> values that need it
        self._digits: dict[str, list[int]] = {}  # phone digits -> values
        self._by_word: ahocorasick.Automaton | None = None
        self._by_digits: ahocorasick.Automaton | None = None
        self._kept: dict[str, list[str]] = {}  # quick word -> allow patterns
        self._kept_seen: set[str] = set()
        self._by_kept: ahocorasick.Automaton | None = None
        self.add_all(values)

    def __len__(self) -> int:
        return len(self._values)

    def add(self, kind: str, value: str) -> None:
        """Add one personal value (a kind of ``pipeline.models.Kind`` and the cell's text)."""
        stripped = value.strip() if isinstance(value, str) else ""
        if not stripped or (kind, stripped) in self._seen:
            return
        self._seen.add((kind, stripped))
        index = len(self._values)
        self._values.append((kind, stripped))
        for needle in needles_of(kind, stripped):
            if needle.quick:
                self._words.setdefault(needle.quick, []).append(index)
            elif needle.squeezed:
                self._digits.setdefault(needle.squeezed, []).append(index)
        self._by_word = self._by_digits = None  # rebuilt on the next search

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
        if not self._values or not text.strip():
            return []
        if self._by_word is None or self._by_digits is None:
            self._by_word, self._by_digits = _automaton(self._words), _automaton(self._digits)
        folded = fold(text) if folded is None else folded
        candidates: set[int] = set()
        if self._words:
            for _, indexes in self._by_word.iter(folded):
                candidates.update(indexes)
        if self._digits:
            for _, indexes in self._by_digits.iter(SQUEEZE.sub("", folded)):
                candidates.update(indexes)
        if not candidates:
            return []
        needles = [n for i in sorted(candidates) for n in cached_needles(*self._values[i])]
        return find_needles(text, needles, folded, BATCH)

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


def _automaton(keys: Mapping[str, object]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton from each key to its payload."""
    automaton = ahocorasick.Automaton()
    for key, payload in keys.items():
        automaton.add_word(key, payload)
    if keys:
        automaton.make_automaton()
    return automaton
