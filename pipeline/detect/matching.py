"""How the row and batch lists' patterns are found in text, mostly without a regex.

The patterns (``rowlists.Needle``) are escaped text, gaps of separators and street-word
alternatives between known edges. Most row values are new to the process (one customer's
email, one order ref), and compiling a regex costs far more than searching one comment: a
pattern that is only escaped text is searched with ``str.find`` and the edge tests, one made
of known pieces is matched by ``_Shape`` (the matches ``re.finditer`` gives), and only
another (a phone number's) is compiled. ``pattern_words`` tells what every match of a
pattern holds, so a text lacking it is skipped without matching.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from pipeline.models import UNSPACED as _UNSPACED
from pipeline.models import is_spaced_alnum

WORD_L = rf"(?<![^\W_{_UNSPACED}])"  # not preceded by a letter or digit of a spaced script
WORD_R = rf"(?![^\W_{_UNSPACED}])"  # not followed by a letter or digit of a spaced script
EMAIL_L = r"(?<![\w.+\-])"
EMAIL_R = r"(?![\w\-]|\.\w)"
WORD = re.compile(r"[^\W_]+")  # a word: a maximal run of letters and digits
# The words of a spaced script inside a run glued to an unspaced one ("我是JADE" holds "JADE").
SPACED_WORD = re.compile(rf"[^\W_{_UNSPACED}]+")


def words_of(text: str) -> set[str]:
    """Every word of ``text`` (``WORD``), and the spaced-script words glued to letters of an
    unspaced one, so "我是JADE TURNER。" offers "JADE" to an index of words."""
    found = set(WORD.findall(text))
    if not text.isascii():
        found.update(SPACED_WORD.findall(text))
    return found


_LITERAL_EDGES = {"word": (WORD_L, WORD_R), "email": (EMAIL_L, EMAIL_R)}
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)


@functools.lru_cache(maxsize=16384)
def _literal_of(pattern: str) -> tuple[str, str] | None:
    """(text, edges) when ``pattern`` is ``re.escape(text)`` between one pair of known edges."""
    for edges, (left, right) in _LITERAL_EDGES.items():
        if not (pattern.startswith(left) and pattern.endswith(right)):
            continue
        middle = pattern[len(left) : len(pattern) - len(right)]
        text = _UNESCAPE.sub(r"\1", middle)
        if text and re.escape(text) == middle:
            return text, edges
    return None


def _edge_ok(text: str, start: int, end: int, edges: str) -> bool:
    """The lookarounds of ``_LITERAL_EDGES`` (\\w is str.isalnum() or "_"; a word's edge
    may touch a letter of a script written without spaces)."""
    return _left_ok(text, start, edges) and _right_ok(text, end, edges)


def _left_ok(text: str, start: int, edges: str) -> bool:
    before = text[start - 1] if start else ""
    if edges == "word":
        return not is_spaced_alnum(before)
    return not (before and (before.isalnum() or before in "_.+-"))


def _right_ok(text: str, end: int, edges: str) -> bool:
    after = text[end] if end < len(text) else ""
    if edges == "word":
        return not is_spaced_alnum(after)
    if after and (after.isalnum() or after in "_-"):
        return False
    if after == "." and end + 1 < len(text):
        following = text[end + 1]
        return not (following.isalnum() or following == "_")
    return True


def _literal_matches(text: str, literal: str, edges: str) -> list[tuple[int, int]]:
    """What ``finditer`` of the literal's pattern finds: non-overlapping, left to right."""
    found: list[tuple[int, int]] = []
    start = text.find(literal)
    while start >= 0:
        end = start + len(literal)
        if _edge_ok(text, start, end, edges):
            found.append((start, end))
            start = text.find(literal, end)
        else:
            start = text.find(literal, start + 1)
    return found


def find_pattern(pattern: str, text: str) -> list[tuple[int, int]]:
    """Spans of ``finditer(pattern, text)``, without compiling a pattern that is a literal."""
    literal = _literal_of(pattern)
    if literal is not None:
        return _literal_matches(text, *literal)
    shape = _shape(pattern)
    if shape is not None:
        return shape.finditer(text)
    return [m.span() for m in _compiled(pattern).finditer(text)]


# The shapes the builders above give a pattern: escaped text, gaps of separators, street-word
# alternatives, between one pair of known edges. Such a pattern is matched here without
# compiling it (``_Shape.finditer``, same matches as ``re.finditer``), and what every match
# of it holds is known (``pattern_words``), so most texts are skipped without matching.
_GAP_CHARS: dict[str, Callable[[str], bool]] = {
    r"[\s,.'\u2019\-]": lambda c: c.isspace() or c in ",.'\u2019-",
    r"[\W_]": lambda c: not c.isalnum(),
    r"[ \t\-]": lambda c: c in " \t-",
}
_PIECE = re.compile(
    r"(?P<gap>\[\\s,\.'\\u2019\\-\]|\[\\W_\]|\[ \\t\\-\])(?:\{(?P<least>\d),(?P<most>\d)\}|\?)"
    r"|\(\?:(?P<alt>[^\W\d_]+(?:\|[^\W\d_]+)*)\)(?P<dot>\\\.\?)?"
    r"|\\(?P<escaped>[^\w]|_)"
    r"|(?P<plain>[^\\.^$*+?{}\[\]|()]+)"  # characters that stand for themselves
)
_RUNS = re.compile(r"[^\W_]+|[\W_]+")

# An item of a shape: ("text", literal), ("gap", chars, least, most), or
# ("alt", alternatives, optional full stop after).
_Item = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class _Shape:
    edges: str  # a key of _LITERAL_EDGES
    items: tuple[_Item, ...]  # the first is text

    def finditer(self, text: str) -> list[tuple[int, int]]:
        """What ``re.finditer`` of the pattern gives: leftmost matches, left to right, each
        the first that the regex's backtracking order reaches (greedy gaps, alternatives in
        order)."""
        found: list[tuple[int, int]] = []
        first = self.items[0][1]
        start = text.find(first)
        while start >= 0:
            end = None
            if _left_ok(text, start, self.edges):
                end = self._match(1, text, start + len(first))
            if end is not None:
                found.append((start, end))
                start = text.find(first, end)
            else:
                start = text.find(first, start + 1)
        return found

    def _match(self, index: int, text: str, at: int) -> int | None:
        if index == len(self.items):
            return at if _right_ok(text, at, self.edges) else None
        item = self.items[index]
        if item[0] == "text":
            ok = text.startswith(item[1], at)
            return self._match(index + 1, text, at + len(item[1])) if ok else None
        if item[0] == "gap":
            _, chars, least, most = item
            count = 0
            while count < most and at + count < len(text) and chars(text[at + count]):
                count += 1
            for taken in range(count, least - 1, -1):
                end = self._match(index + 1, text, at + taken)
                if end is not None:
                    return end
            return None
        _, alternatives, dot = item
        for word in alternatives:
            if text.startswith(word, at):
                after = at + len(word)
                if dot and text.startswith(".", after):
                    end = self._match(index + 1, text, after + 1)
                    if end is not None:
                        return end
                end = self._match(index + 1, text, after)
                if end is not None:
                    return end
        return None


@functools.lru_cache(maxsize=16384)
def _shape(pattern: str) -> _Shape | None:
    """The pattern as a ``_Shape``, or ``None`` when it is not one the builders make."""
    edges = next(
        (
            name
            for name, (left, right) in _LITERAL_EDGES.items()
            if pattern.startswith(left) and pattern.endswith(right)
        ),
        None,
    )
    if edges is None:
        return None
    left, right = _LITERAL_EDGES[edges]
    middle = pattern[len(left) : len(pattern) - len(right)]
    items: list[_Item] = []
    text: list[str] = []
    at = 0
    while at < len(middle):
        piece = _PIECE.match(middle, at)
        if piece is None:
            return None
        at = piece.end()
        gap, alternatives = piece.group("gap"), piece.group("alt")
        if gap is None and alternatives is None:
            text.append(piece.group("escaped") or piece.group("plain"))
            continue
        if text:
            items.append(("text", "".join(text)))
            text = []
        if gap is not None:
            least, most = piece.group("least", "most")
            bounds = (0, 1) if least is None else (int(least), int(most))
            items.append(("gap", _GAP_CHARS[gap], *bounds))
        else:
            items.append(("alt", tuple(alternatives.split("|")), piece.group("dot") is not None))
    if text:
        items.append(("text", "".join(text)))
    if not items or items[0][0] != "text":
        return None
    return _Shape(edges, tuple(items))


@dataclass(frozen=True, slots=True)
class Needs:
    """What every match of a pattern holds (``pattern_words``), so a text lacking it is skipped.

    ``words``: whole words (maximal runs of letters and digits), each once. ``joined``: runs
    that meet with nothing or a separator between them ("12" and "b" as "12b" or "12 b"): the
    text's words hold them grouped in order. ``parts``: runs known only to be somewhere in the
    text. Tuples of interned strings, not sets: the batch list keeps one for each of its
    hundreds of thousands of patterns, and a frozenset costs four times a small tuple.
    """

    words: tuple[str, ...]
    joined: tuple[tuple[str, ...], ...]
    parts: tuple[str, ...]

    def met(self, words: AbstractSet[str], text: str) -> bool:
        """True when ``text`` (whose words are ``words``) may match."""
        return (
            all(map(words.__contains__, self.words))
            and all(part in text for part in self.parts)
            and all(_grouped(runs, words) for runs in self.joined)
        )


def _grouped(runs: Sequence[str], words: AbstractSet[str]) -> bool:
    """True when ``runs``, cut into consecutive groups, are each a word of ``words``."""
    if len(runs) == 2:
        return (runs[0] in words and runs[1] in words) or runs[0] + runs[1] in words
    ends = [True] + [False] * len(runs)
    for stop in range(1, len(runs) + 1):
        ends[stop] = any(
            ends[begin] and "".join(runs[begin:stop]) in words for begin in range(stop)
        )
    return ends[-1]


def pattern_words(pattern: str) -> Needs | None:
    """What every match of ``pattern`` must hold, or ``None`` for a pattern of another shape.

    The pattern is cut where it puts a non-alphanumeric next to its neighbours (an edge, a
    gap of at least one separator, a separator in its text): a lone run of letters and
    digits between two cuts is a whole word of any matching text; runs between two cuts
    with optional gaps are words once grouped; runs next to a street-word alternative are
    only known to be somewhere in the text.
    """
    shape = _shape(pattern)
    if shape is None:
        return None
    words: list[str] = []
    joined: list[tuple[str, ...]] = []
    parts: list[str] = []
    runs: list[str] = []  # the runs since the last cut
    run: list[str] = []
    loose = False  # an alternative since the last cut: its runs may touch unknown letters

    def end_run() -> None:
        if run:
            runs.append(sys.intern("".join(run)))  # one string for a word many patterns hold
            run.clear()

    def cut() -> None:
        nonlocal loose
        end_run()
        if loose:
            parts.extend(runs)
        elif len(runs) == 1:
            words.append(runs[0])
        elif runs:
            joined.append(tuple(runs))
        runs.clear()
        loose = False

    for item in shape.items:
        if item[0] == "gap":
            if item[2] >= 1:  # every gap's characters are separators
                cut()
            else:
                end_run()
        elif item[0] == "alt":
            end_run()
            loose = True
        else:
            for chars in _RUNS.findall(item[1]):
                if chars[0].isalnum():
                    run.append(chars)
                else:
                    cut()
    cut()
    return Needs(
        tuple(dict.fromkeys(words)), tuple(dict.fromkeys(joined)), tuple(dict.fromkeys(parts))
    )


@functools.lru_cache(maxsize=16384)
def pattern_needs(pattern: str) -> Needs | None:
    """``pattern_words`` of a pattern that is not a plain literal (those are found faster
    than checked), cached for the row lists."""
    return None if _literal_of(pattern) is not None else pattern_words(pattern)


@functools.lru_cache(maxsize=8192)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
