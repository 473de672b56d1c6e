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

Memory: a batch of 100,000 claims and their orders holds about 250,000 values, 300,000
distinct patterns and 225,000 kept refs for the whole run, so nothing is an object of its
own (``packed``): values and refs are packed strings, a pattern is the place of the value
that gave it (the pattern is made again for a note that may hold it) and what its matches
hold, packed; the indexes are hash chains of places. Equal hashes are checked on the values
wherever a place must be the same value (one needle, value or ref each once); in an index
they only pick a few more patterns for the exact checks that follow.

On a cluster (``runner.chunk.BatchFeed``) each worker keeps a copy that only grows: the
driver sends what the list took in since the last chunk (``BatchPart``, each once per
worker), and a chunk searches the copy as it stood at the chunk's ``mark`` (``upto``), so a
copy that is ahead of a chunk (it ran a later one first) finds what the list found then.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from uuid import uuid4

import ahocorasick

from pipeline.detect.matching import Needs, find_pattern, pattern_words, words_of
from pipeline.detect.packed import Chains, Counts, Strings
from pipeline.detect.patterns import fold
from pipeline.detect.rowlists import (
    BATCH,
    SQUEEZE,
    Needle,
    allow_pattern,
    cached_needles,
    find_needles,
    needles_of,
)
from pipeline.detect.spans import Span

Mark = tuple[int, int]  # (values, kept refs) a list held at some moment


@dataclass(frozen=True, slots=True)
class BatchPart:
    """What a batch list took in between two marks, to bring a copy of it up to date.

    ``repr`` shows counts only, never a value.
    """

    owner: str  # the list's name (``BatchValues.owner``)
    start: Mark  # what the list held before the part
    values: tuple[tuple[str, str], ...]
    kept: tuple[str, ...]

    @property
    def end(self) -> Mark:
        return self.start[0] + len(self.values), self.start[1] + len(self.kept)

    def __repr__(self) -> str:
        return f"BatchPart(start={self.start}, end={self.end})"


class BatchValues:
    """Personal values of a whole batch; build once, ``add`` as files are read, pass to scan."""

    def __init__(self, values: Iterable[tuple[str, str]] = (), owner: str | None = None) -> None:
        self.owner = owner or uuid4().hex  # names the list for its copies (``BatchPart``)
        self._values = Strings()  # kind NUL value, in the order added
        self._value_places = Chains()  # hash -> place
        self._planned_values = 0  # values whose needles are planned (on the next search)
        # Each distinct needle once, in first-seen order: its value's place times _ORDINALS
        # plus its place among that value's needles (so never decreasing), its flags, and
        # what its matches hold (in the original text when original_case, else the folded).
        self._origins = array("q")
        self._flags = bytearray()
        self._needs = Strings()  # packed (_pack_needs); "" for one in _odd_needs
        self._odd_needs: dict[int, Needs] = {}
        self._needle_places = Chains()  # hash(needle) -> needle
        # hash of a whole folded word -> needles that hold it, tagged with the hash of a
        # second word they hold (_NO_SECOND for none)
        self._by_word = _Index()
        self._by_cased = _Index()  # the same, words as written
        self._by_part: dict[str, list[int]] = {}  # a folded substring -> needles
        self._by_digits: dict[str, list[int]] = {}  # phone digits -> needles
        self._always: list[int] = []  # needles with nothing to index them by
        self._counts = Counts()  # hash of a word or run -> needles holding it
        self._keyed = 0  # needles indexed
        self._rekeyed = 0  # needles when all were last indexed
        self._parts: ahocorasick.Automaton | None = None
        self._digits: ahocorasick.Automaton | None = None
        self._kept = Strings()  # the kept refs, in the order kept
        self._kept_places = Chains()  # hash -> place
        self._kept_words = Chains()  # hash of a ref's rarest word -> the ref's place
        self._kept_loose: dict[str, list[int]] = {}  # the same, for a word a match may lack
        self._by_kept: ahocorasick.Automaton | None = None  # over _kept_loose
        self.add_all(values)

    def __len__(self) -> int:
        return len(self._values)

    def __getstate__(self) -> dict[str, object]:
        """The values and kept refs only (a copy for another process stays small); the
        needles and their index are built again on its first search."""
        values, kept = self.mark()
        return {"owner": self.owner, **self._state(values, kept)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        BatchValues.__init__(self, state["values"], state["owner"])
        self.keep(state["kept"])

    def _state(self, values: int, kept: int) -> dict[str, object]:
        return {
            "values": [self._value(place) for place in range(values)],
            "kept": [self._kept[place] for place in range(kept)],
        }

    def mark(self) -> Mark:
        """What the list holds now, to search a copy as it stood (``upto``) or to send a
        copy what it took in since (``part``)."""
        return len(self._values), len(self._kept)

    def part(self, since: Mark) -> BatchPart:
        """What the list took in after ``since`` (a ``mark`` of it)."""
        (values, kept), (end, kept_end) = since, self.mark()
        return BatchPart(
            self.owner,
            since,
            tuple(self._value(place) for place in range(values, end)),
            tuple(self._kept[place] for place in range(kept, kept_end)),
        )

    def extend(self, part: BatchPart) -> None:
        """Take in ``part`` of the list this one copies (``owner``), skipping what it holds.

        Raises ``ValueError`` for another list's part, or one that starts past this copy's
        end (a part in between is missing).
        """
        held = self.mark()
        if part.owner != self.owner or part.start[0] > held[0] or part.start[1] > held[1]:
            raise ValueError("a batch list part that does not follow this copy")
        self.add_all(part.values[held[0] - part.start[0] :])
        self.keep(part.kept[held[1] - part.start[1] :])
        values, kept = self.mark()
        if values < part.end[0] or kept < part.end[1]:
            raise ValueError("a batch list part that this copy could not take in")

    def upto(self, mark: Mark) -> BatchValues:
        """The list as it stood at ``mark``: it finds and keeps only what it held then.

        The copy takes in nothing more (a chunk's redaction adds its own values, which the
        part up to the chunk's mark holds already); a value it lacks raises ``ValueError``.
        """
        return _Upto(self, mark)

    def add(self, kind: str, value: str) -> None:
        """Add one personal value (a kind of ``pipeline.models.Kind`` and the cell's text)."""
        stripped = value.strip() if isinstance(value, str) else ""
        if not stripped:
            return
        item = f"{kind}\0{stripped}"
        key = hash(item)
        if not self._holds(key, item):
            self._value_places.add(key, len(self._values))
            self._values.append(item)

    def add_all(self, values: Iterable[tuple[str, str]]) -> None:
        for kind, value in values:
            self.add(kind, value)

    def has(self, kind: str, value: str) -> bool:
        """Whether the list holds ``value`` of ``kind`` (as ``add`` strips it)."""
        item = f"{kind}\0{value.strip()}"
        return self._holds(hash(item), item)

    def _holds(self, key: int, item: str) -> bool:
        return any(self._values[place] == item for place in self._value_places.get(key))

    def _value(self, place: int) -> tuple[str, str]:
        kind, _, value = self._values[place].partition("\0")
        return kind, value

    def keep(self, values: Iterable[str]) -> None:
        """Values never to redact in any note of the batch: its order refs and claim ids."""
        for value in values:
            if not isinstance(value, str) or self.keeps(value):
                continue
            place = len(self._kept)
            self._kept.append(value)
            self._kept_places.add(hash(value), place)
            compiled = allow_pattern(value)
            if compiled is None:
                continue
            pattern, quick = compiled
            if _ALTERNATIVE in pattern:  # "&" may match "and": the word may not stand alone
                self._kept_loose.setdefault(quick, []).append(place)
                self._by_kept = None
            else:  # a ref's words are whole words of any match, its rarest among them
                self._kept_words.add(hash(quick), place)

    def keeps(self, value: str) -> bool:
        """Whether ``value`` is among the kept refs."""
        return any(self._kept[place] == value for place in self._kept_places.get(hash(value)))

    # ------------------------------------------------------------------ planning

    def _prepare(self) -> None:
        """Plan the needles of the values added since the last search, then index them."""
        for place in range(self._planned_values, len(self._values)):
            for ordinal, needle in enumerate(needles_of(*self._value(place))):
                if not self._knows(needle):
                    self._plan(needle, place, ordinal)
        self._planned_values = len(self._values)
        if self._keyed < len(self._origins):
            self._index()

    def _knows(self, needle: Needle) -> bool:
        places = self._needle_places.get(hash(needle))
        return any(self._needle(index) == needle for index in places)

    def _needle(self, index: int) -> Needle:
        place, ordinal = divmod(self._origins[index], _ORDINALS)
        return cached_needles(*self._value(place))[ordinal]

    def _plan(self, needle: Needle, place: int, ordinal: int) -> None:
        if ordinal >= _ORDINALS:
            raise ValueError("a value with more needles than the batch list can place")
        needs = pattern_words(needle.pattern)
        if needs is None:  # not a pattern of known shape: its quick checks alone
            quick = needle.quick and not needle.original_case  # quick is of the folded text
            needs = Needs((), (), (needle.quick,) if quick else ())
        index = len(self._origins)
        self._origins.append(place * _ORDINALS + ordinal)
        self._flags.append(_ORIGINAL_CASE if needle.original_case else 0)
        packed = _pack_needs(needs)
        if packed is None:
            self._odd_needs[index] = needs
        self._needs.append(packed or "")
        self._needle_places.add(hash(needle), index)
        if needle.squeezed:
            self._flags[index] |= _SQUEEZED
        if not _options(needs, needle.squeezed):  # placed for good: no count decides it
            if needle.squeezed:
                self._by_digits.setdefault(needle.squeezed, []).append(index)
                self._digits = None
            elif not needs.parts or needle.original_case:
                self._always.append(index)
        for word in (*needs.words, *(run for runs in needs.joined for run in runs), *needs.parts):
            self._counts.add(hash(word))

    def _needs_of(self, index: int) -> Needs:
        packed = self._needs[index]
        return _unpack_needs(packed) if packed else self._odd_needs[index]

    def _index(self) -> None:
        """Index the needles added since the last search, on the counts so far; all of them
        again each time the list has doubled, so early keys do not rest on few counts."""
        start = self._keyed
        if len(self._origins) >= 2 * self._rekeyed:
            self._by_word, self._by_cased, self._by_part = _Index(), _Index(), {}
            self._rekeyed, self._parts, start = len(self._origins), None, 0
        for index in range(start, len(self._origins)):
            self._key(index)
        self._keyed = len(self._origins)

    def _key(self, index: int) -> None:
        """Index a needle under the two rarest things any match of it holds: a whole word,
        or one of the words its joined runs may start or end (one of them is in any match);
        else under a run of it (found by substring). A needle with neither is placed when
        planned (under its digits, or on every note)."""
        needs, flags = self._needs_of(index), self._flags[index]
        original_case = bool(flags & _ORIGINAL_CASE)
        options = _options(needs, "x" if flags & _SQUEEZED else "")
        if options:
            options.sort(key=lambda words: sum(map(self._cost, words)))
            by = self._by_cased if original_case else self._by_word
            seconds = [hash(word) for word in options[1]] if len(options) > 1 else [_NO_SECOND]
            for first in options[0]:
                key = hash(first)
                for second in seconds:
                    by.add(key, second, index)
        elif needs.parts and not original_case and not flags & _SQUEEZED:
            part = min(needs.parts, key=lambda p: (self._cost(p), -len(p), p))
            self._by_part.setdefault(part, []).append(index)  # the automaton reads folded
            self._parts = None

    def _cost(self, word: str) -> int:
        """How many notes a word may pick a needle for: the needles holding it, and a
        guess at how common it is in any text (a letter or a short number is everywhere)."""
        return self._counts[hash(word)] + _commonness(word)

    # ------------------------------------------------------------------ searching

    def find(self, text: str, folded: str | None = None) -> list[Span]:
        """Every occurrence of a batch value in ``text``, as batch-sourced spans."""
        return self._find(text, folded, len(self._values))

    def _find(self, text: str, folded: str | None, upto: int) -> list[Span]:
        """``find`` with the needles of the first ``upto`` values only."""
        if not upto or not text.strip():
            return []
        if self._planned_values < len(self._values):
            self._prepare()
        folded = fold(text) if folded is None else folded
        words = words_of(folded)
        cased = words_of(text) if len(self._by_cased) else set()
        candidates = set(self._always)
        self._by_word.pick(words, candidates)
        self._by_cased.pick(cased, candidates)
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
        limit = len(self._origins)
        if upto < len(self._values):  # needles of later values are not seen
            limit = bisect_left(self._origins, upto * _ORDINALS)
        for index in sorted(candidates):
            if index >= limit:
                break
            original_case = self._flags[index] & _ORIGINAL_CASE
            packed = self._needs[index]
            if packed.endswith(_WORDS_ONLY):  # most: whole words, checked without a Needs
                held, whole = cased if original_case else words, packed[: -len(_WORDS_ONLY)]
                met = not whole or all(map(held.__contains__, whole.split("\0")))
            elif original_case:
                met = self._needs_of(index).met(cased, text)
            else:
                met = self._needs_of(index).met(words, folded)
            if met:
                needles.append(self._needle(index))
        if not needles:
            return []
        return find_needles(text, needles, folded, BATCH)

    def kept_ranges(self, text: str, folded: str | None = None) -> list[tuple[int, int]]:
        """Where the batch's order refs and claim ids occur in ``text``."""
        return self._kept_ranges(text, folded, len(self._kept))

    def _kept_ranges(self, text: str, folded: str | None, upto: int) -> list[tuple[int, int]]:
        """``kept_ranges`` of the first ``upto`` kept refs only."""
        if not (len(self._kept_words) or self._kept_loose) or not upto or not text.strip():
            return []
        folded = fold(text) if folded is None else folded
        places: set[int] = set()
        if len(self._kept_words):
            for word in words_of(folded):
                places.update(p for p in self._kept_words.get(hash(word)) if p < upto)
        if self._kept_loose:
            if self._by_kept is None:
                self._by_kept = _automaton({key: key for key in self._kept_loose})
            for key in {key for _, key in self._by_kept.iter(folded)}:
                places.update(p for p in self._kept_loose[key] if p < upto)
        found: list[tuple[int, int]] = []
        for place in places:
            compiled = allow_pattern(self._kept[place])
            assert compiled is not None  # only refs with a pattern are under a word
            found.extend((s, e) for s, e in find_pattern(compiled[0], folded) if e > s)
        return sorted(found)


class _Upto(BatchValues):
    """A batch list as it stood at a mark (``BatchValues.upto``).

    A ``BatchValues`` itself, since that is what the detector takes; it holds no values of
    its own and reads the list it views.
    """

    def __init__(self, whole: BatchValues, mark: Mark) -> None:  # the list's state is whole's
        self._whole = whole
        self._mark = mark
        self.owner = whole.owner

    def __len__(self) -> int:
        return self._mark[0]

    def __reduce__(self) -> tuple[Any, ...]:
        """A copy of the list as it stood (a ``BatchValues`` of its own)."""
        return (_restored, ({"owner": self.owner, **self._whole._state(*self._mark)},))

    def mark(self) -> Mark:
        return self._mark

    def part(self, since: Mark) -> BatchPart:
        raise TypeError("a view of a batch list sends no parts")

    def extend(self, part: BatchPart) -> None:
        raise TypeError("a view of a batch list takes in nothing")

    def add(self, kind: str, value: str) -> None:
        if isinstance(value, str) and value.strip() and not self._whole.has(kind, value):
            raise ValueError("a value the batch list did not hold at this mark")

    def has(self, kind: str, value: str) -> bool:
        return self._whole.has(kind, value)

    def keep(self, values: Iterable[str]) -> None:
        for value in values:
            if isinstance(value, str) and not self._whole.keeps(value):
                raise ValueError("a kept ref the batch list did not hold at this mark")

    def keeps(self, value: str) -> bool:
        return self._whole.keeps(value)

    def find(self, text: str, folded: str | None = None) -> list[Span]:
        return self._whole._find(text, folded, self._mark[0])

    def kept_ranges(self, text: str, folded: str | None = None) -> list[tuple[int, int]]:
        return self._whole._kept_ranges(text, folded, self._mark[1])


def _restored(state: dict[str, Any]) -> BatchValues:
    batch = BatchValues.__new__(BatchValues)
    batch.__setstate__(state)
    return batch


_ORDINALS = 1 << 16  # needles one value may have (an address has one per run of its parts)
_ORIGINAL_CASE = 1
_SQUEEZED = 2
_NO_SECOND = 0  # the tag of a needle indexed under one word (hash("") is 0 too)
_ALTERNATIVE = "(?:&|and)"  # in an allow pattern: "&" or "and"
_SEPARATORS = ("\x00", "\x01", "\x02")
_WORDS_ONLY = "\x01\x01"  # the end of packed needs with no joined runs and no parts


def _options(needs: Needs, squeezed: str) -> list[list[str]]:
    """The words any match holds, each as a list of alternatives (one of them is a whole
    word of any match): a needle's keys are among them."""
    options = [[word] for word in needs.words]
    for runs in () if squeezed else needs.joined:
        options.append(["".join(runs[:stop]) for stop in range(1, len(runs) + 1)])
        options.append(["".join(runs[start:]) for start in range(len(runs))])
    return options


def _pack_needs(needs: Needs) -> str | None:
    """``needs`` as one string (its runs hold letters and digits only), or ``None`` for one
    that holds a separator."""
    runs = (*needs.words, *(run for group in needs.joined for run in group), *needs.parts)
    if any(separator in run for run in runs for separator in _SEPARATORS):
        return None
    joined = "\x02".join("\x00".join(group) for group in needs.joined)
    return "\x01".join(("\x00".join(needs.words), joined, "\x00".join(needs.parts)))


def _unpack_needs(packed: str) -> Needs:
    words, joined, parts = packed.split("\x01")
    return Needs(
        tuple(words.split("\x00")) if words else (),
        tuple(tuple(group.split("\x00")) for group in joined.split("\x02")) if joined else (),
        tuple(parts.split("\x00")) if parts else (),
    )


def _commonness(word: str) -> int:
    """A guess at how common a word is in any text: a letter or a short number is everywhere."""
    common = 1000 if len(word) == 1 else 0
    if len(word) == 2 and (word.isalpha() or word.isdigit()):
        common = 300
    return common + 100 if word.isdigit() else common


class _Index:
    """Needles under the hashes of two words (or of one, the second ``_NO_SECOND``)."""

    __slots__ = ("_firsts", "_pairs", "_sizes")

    def __init__(self) -> None:
        self._firsts = Chains(tagged=True)  # first -> needles, tagged with the second
        self._pairs = Chains()  # hash of (first, second) -> needles
        self._sizes = Counts()  # first -> entries under it

    def __len__(self) -> int:
        return len(self._firsts)

    def add(self, first: int, second: int, needle: int) -> None:
        self._firsts.add(first, needle, second)
        self._pairs.add(hash((first, second)), needle)
        self._sizes.add(first)

    def pick(self, words: set[str], into: set[int]) -> None:
        """Add to ``into`` the needles under two of ``words`` (or one alone): a word few
        needles are under reads them all, one many are under looks up each pair."""
        if not len(self._firsts):
            return
        keys = {hash(word) for word in words}
        for key in keys:
            size = self._sizes[key]
            if not size:
                continue
            if size <= len(keys):
                for needle, second in self._firsts.tagged(key):
                    if second == _NO_SECOND or second in keys:
                        into.add(needle)
            else:
                for second in (_NO_SECOND, *keys):
                    into.update(self._pairs.get(hash((key, second))))


def _automaton(keys: Mapping[str, object]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton from each key to its payload."""
    automaton = ahocorasick.Automaton()
    for key, payload in keys.items():
        automaton.add_word(key, payload)
    if keys:
        automaton.make_automaton()
    return automaton
