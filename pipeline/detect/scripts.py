"""Names written in a script other than Latin, inside an English claim note.

A short run of Cyrillic, Greek, Arabic, Hebrew, Devanagari, Georgian, Armenian, Thai,
Sinhala, Han, Hangul, kana ... words ("Анна Петрова paid", "ქეთო ისაევი", "刘秀英") in a
note written in English is a name far more often than anything else; a note with a long run
of such words is prose in another language and is left to the model.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from pipeline.detect.lexicon import (
    AMBIGUOUS_FIRST_NAMES,
    FIRST_NAMES,
    SCRIPT_WORDS,
    WORD_NAMES,
    is_everyday_word,
)
from pipeline.detect.patterns import fold
from pipeline.detect.recognizers import LocalFinder

_JOINERS = "\u200c\u200d"
_MAX_WORDS = 3
_PROSE_WORDS = 8


@functools.lru_cache(maxsize=4096)
def _is_foreign_letter(char: str) -> bool:
    category = unicodedata.category(char)
    if not (category.startswith("L") or category.startswith("M")):
        return False
    return "LATIN" not in unicodedata.name(char, "LATIN")


def _words(text: str) -> list[tuple[int, int]]:
    """Offsets of the runs of non-Latin letters (and marks, and joiners inside a word)."""
    runs: list[tuple[int, int]] = []
    start = -1
    for index, char in enumerate(text):
        inside = _is_foreign_letter(char) or (start >= 0 and char in _JOINERS)
        if inside and start < 0:
            start = index
        elif not inside and start >= 0:
            runs.append((start, index))
            start = -1
    if start >= 0:
        runs.append((start, len(text)))
    return runs


def find_foreign_names(text: str) -> list[tuple[int, int]]:
    """Runs of one to three non-Latin words separated by single spaces."""
    if text.isascii():
        return []
    words = _words(text)
    if not words or len(words) > _PROSE_WORDS:
        return []
    groups: list[list[tuple[int, int]]] = []
    group: list[tuple[int, int]] = []
    for word in [*words, (-1, -1)]:
        if group and word[0] >= 0 and text[group[-1][1] : word[0]] in (" ", "·", "・", "-"):
            group.append(word)
            continue
        if group and len(group) <= _MAX_WORDS:
            groups.append(group)
        group = [word] if word[0] >= 0 else []
    # Runs that are everyday words, where the note has more than one run, are a line in
    # another language ("Παραγγελία #07 από ..., ποσό ..."); a lone run is a name ("voisine
    # 김지우", "with عائشة قریشی") whatever else it means.
    prose = len(groups) > 1
    return [(g[0][0], g[-1][1]) for g in groups if not (prose and _everyday(text, g))]


def _everyday(text: str, group: list[tuple[int, int]]) -> bool:
    """True when every word of a run is an everyday word of its language ("από", "ποσό")."""
    return all(fold(text[s:e]) in SCRIPT_WORDS for s, e in group)


# A name in Latin letters inside a line of another script: "您好，我是V. BUCKLAND。",
# "こんにちは、T. MIZRAHIです", "नमस्ते, मेरा नाम L. HTUN है": capitalised words and initials,
# a particle between them.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_LATIN_WORD = rf"(?:[A-Z]\.|[A-Z\u00c0-\u00de][{_LATIN}'\-]+)"
_LATIN_NAME_RE = re.compile(
    rf"(?<![{_LATIN}'\-.@\d/#_])(?P<name>{_LATIN_WORD}(?:[ \t]+(?:(?:de|da|dos|do|van|von|bin|"
    rf"binti|al|el|le|la|i|y)[ \t]+)?{_LATIN_WORD})*)(?![{_LATIN}'\-@\d/#_]|\.[{_LATIN}])"
)
_MIN_FOREIGN_SHARE = 0.25
# First names, everyday words among them: a run of everyday words that opens with one is a name.
_FIRST_WORDS = FIRST_NAMES | AMBIGUOUS_FIRST_NAMES | WORD_NAMES


def find_latin_names(text: str) -> list[tuple[int, int]]:
    """Runs of capitalised Latin words on a line of another script, in a note written
    mostly in it."""
    if text.isascii():
        return []
    letters = [c for c in text if c.isalpha()]
    foreign = sum(1 for c in letters if _is_foreign_letter(c))
    if not letters or foreign < _MIN_FOREIGN_SHARE * len(letters):
        return []
    found = []
    for match in _LATIN_NAME_RE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if not any(_is_foreign_letter(c) for c in line):
            continue  # a line of its own in Latin letters: "14486 Pamplona"
        words = [fold(w.strip(".")) for w in match.group("name").split()]
        named = len(words) > 1 and words[0] in _FIRST_WORDS  # "JADE TURNER", "Grace Baker"
        if not named and all(len(w) < 2 or is_everyday_word(w) for w in words):
            continue  # "Email", "SMS", "Order"; a code's letters ("ORD/05/49982") never match
        found.append(match.span("name"))
    return found


class LatinNameInScriptRecognizer(LocalFinder):
    """Names in Latin letters inside a note written in another script."""

    ENTITY = "PERSON_PATTERN"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        return [(s, e, 0.6) for s, e in find_latin_names(text)]


class ForeignScriptNameRecognizer(LocalFinder):
    """Names in non-Latin scripts in a note written in a Latin script."""

    ENTITY = "PERSON_PATTERN"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        return [(s, e, 0.6) for s, e in find_foreign_names(text)]
