"""The batch-wide deny-list: every personal value of the batch, searched in every note.

A note may name another customer of the batch, or the customer's details from an order
export rather than from its own row. Every personal value found in any column of the batch
(claim files and order exports: names, first names, surnames, e-mails, phones, postcodes,
streets) is added once; each free-text cell is then searched for all of them with the
same patterns the row's own values use (``rowlists``), so the residual-leak check, which
searches outputs for the batch's values, never finds one the detector could have known.

Speed: ``add`` only records a value; the next search plans the new values' patterns, each
distinct one once (a town or a first name many values share is searched once), and indexes
each under two words every match of it holds (``matching.pattern_words``), the rarest it
has. A note's words pick the patterns that may match; the rest of what they hold is checked
before any runs, and most run without a regex (``matching``). Patterns with no such word
are picked by an Aho-Corasick pass over the folded text (or over its letters and digits run
together, for phone numbers). A copy for another process (pickle, ``copy.deepcopy``) holds
the values alone and plans them again there on its first search.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import ahocorasick

from pipeline.detect.matching import WORD, Needs, find_pattern, pattern_words
from pipeline.detect.patterns import fold
from pipeline.detect.rowlists import BATCH, SQUEEZE, Needle, allow_pattern, find_needles, needles_of
from pipeline.detect.spans import Span


@dataclass(frozen=True, slots=True)
class _Planned:
    """One distinct pattern of the batch, and what a note must hold for it to match."""

    needle: Needle
    needs: Needs  # in the original text when ``needle.original_case``, else the folded one


class BatchValues:
    """Personal values of a whole batch; build once, ``add`` as files are read, pass to scan."""

    def __init__(self, values: Iterable[tuple[str, str]] = ()) -> None:
        self._values: list[tuple[str, str]] = []  # in the order added
        self._seen: set[tuple[str, str]] = set()
        self._planned_values = 0  # values whose needles are planned (on the next search)
        self._ids: dict[Needle, int] = {}  # each distinct needle once, in first-seen order
        self._planned: list[_Planned] = []
        # a whole folded word -> a second one ("" for none) -> needles that hold both
        self._by_word: dict[str, dict[str, list[int]]] = {}
        self._by_cased: dict[str, dict[str, list[int]]] = {}  # the same, words as written
        self._by_part: dict[str, list[int]] = {}  # a folded substring -> needles
        self._by_digits: dict[str, list[int]] = {}  # phone digits -> needles
        self._always: list[int] = []  # needles with nothing to index them by
        self._counts: Counter[str] = Counter()  # needles holding each word or run
        self._keyed = 0  # needles indexed
        self._rekeyed = 0  # needles when all were last indexed
        self._parts: ahocorasick.Automaton | None = None
        self._digits: ahocorasick.Automaton | None = None
        self._kept: dict[str, list[str]] = {}  # quick word -> allow patterns
        self._kept_seen: set[str] = set()
        self._by_kept: ahocorasick.Automaton | None = None
        self.add_all(values)

    def __len__(self) -> int:
        return len(self._values)

    def __getstate__(self) -> dict[str, object]:
        """The values and kept patterns only (a copy for another process stays small);
        the needles and their index are built again on its first search."""
        return {"values": self._values, "kept": self._kept, "kept_seen": self._kept_seen}

    def __setstate__(self, state: dict[str, Any]) -> None:
        BatchValues.__init__(self, state["values"])
        self._kept, self._kept_seen = state["kept"], state["kept_seen"]

    def add(self, kind: str, value: str) -> None:
        """Add one personal value (a kind of ``pipeline.models.Kind`` and the cell's text)."""
        stripped = value.strip() if isinstance(value, str) else ""
        if not stripped or (kind, stripped) in self._seen:
            return
        self._seen.add((kind, stripped))
        self._values.append((kind, stripped))

    def _prepare(self) -> None:
        """Plan the needles of the values added since the last search, then index them."""
        for kind, value in self._values[self._planned_values :]:
            for needle in needles_of(kind, value):
                if needle not in self._ids:
                    self._plan(needle)
        self._planned_values = len(self._values)
        if self._keyed < len(self._planned):
            self._index()

    def _plan(self, needle: Needle) -> None:
        needs = pattern_words(needle.pattern)
        if needs is None:  # not a pattern of known shape: its quick checks alone
            quick = needle.quick and not needle.original_case  # quick is of the folded text
            needs = Needs(frozenset(), (), (needle.quick,) if quick else ())
        self._ids[needle] = len(self._planned)
        self._planned.append(_Planned(needle, needs))
        self._counts.update(needs.words)
        self._counts.update(run for runs in needs.joined for run in runs)
        self._counts.update(needs.parts)

    def _index(self) -> None:
        """Index the needles added since the last search, on the counts so far; all of them
        again each time the list has doubled, so early keys do not rest on few counts."""
        if len(self._planned) >= 2 * self._rekeyed:
            self._by_word, self._by_cased, self._by_part, self._by_digits = {}, {}, {}, {}
            self._always, self._keyed, self._rekeyed = [], 0, len(self._planned)
            self._parts = self._digits = None
        for index in range(self._keyed, len(self._planned)):
            self._key(index)
        self._keyed = len(self._planned)

    def _key(self, index: int) -> None:
        """Index a needle under the two rarest things any match of it holds: a whole word,
        or one of the words its joined runs may start or end (one of them is in any match);
        else under its digits, or a run of it (found by substring)."""
        planned = self._planned[index]
        needs = planned.needs
        options = [[word] for word in needs.words]
        for runs in () if planned.needle.squeezed else needs.joined:
            options.append(["".join(runs[:stop]) for stop in range(1, len(runs) + 1)])
            options.append(["".join(runs[start:]) for start in range(len(runs))])
        if options:
            options.sort(key=lambda words: sum(map(self._cost, words)))
            by = self._by_cased if planned.needle.original_case else self._by_word
            seconds = options[1] if len(options) > 1 else [""]
            for first in options[0]:
                pairs = by.setdefault(first, {})
                for second in seconds:
                    pairs.setdefault(second, []).append(index)
        elif planned.needle.squeezed:
            self._by_digits.setdefault(planned.needle.squeezed, []).append(index)
            self._digits = None
        elif needs.parts and not planned.needle.original_case:  # the automaton reads folded
            part = min(needs.parts, key=lambda p: (self._cost(p), -len(p), p))
            self._by_part.setdefault(part, []).append(index)
            self._parts = None
        else:
            self._always.append(index)

    def _cost(self, word: str) -> int:
        """How many notes a word may pick a needle for: the needles holding it, and a
        guess at how common it is in any text (a letter or a short number is everywhere)."""
        return self._counts[word] + _commonness(word)

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
        if self._planned_values < len(self._values):
            self._prepare()
        folded = fold(text) if folded is None else folded
        words = set(WORD.findall(folded))
        cased = set(WORD.findall(text)) if self._by_cased else set()
        candidates = set(self._always)
        _pick(self._by_word, words, candidates)
        _pick(self._by_cased, cased, candidates)
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
            if planned.needle.original_case:
                if planned.needs.met(cased, text):
                    needles.append(planned.needle)
            elif planned.needs.met(words, folded):
                needles.append(planned.needle)
        if not needles:
            return []
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


@functools.lru_cache(maxsize=65536)
def _commonness(word: str) -> int:
    """A guess at how common a word is in any text: a letter or a short number is everywhere."""
    common = 1000 if len(word) == 1 else 0
    if len(word) == 2 and (word.isalpha() or word.isdigit()):
        common = 300
    return common + 100 if word.isdigit() else common


def _pick(index: dict[str, dict[str, list[int]]], words: set[str], into: set[int]) -> None:
    """Add to ``into`` the needles of ``index`` under two of ``words`` (or one and "")."""
    for word in words:
        pairs = index.get(word)
        if pairs is None:
            continue
        if len(pairs) < len(words):
            for second, indexes in pairs.items():
                if not second or second in words:
                    into.update(indexes)
        else:
            for second in ("", *words):
                into.update(pairs.get(second, ()))


def _automaton(keys: Mapping[str, object]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton from each key to its payload."""
    automaton = ahocorasick.Automaton()
    for key, payload in keys.items():
        automaton.add_word(key, payload)
    if keys:
        automaton.make_automaton()
    return automaton
