"""Places in text: towns, villages and countries are kept, never taken for people.

"click and collect, Chipping Norton", "the Burton branch", "delivered to 12 Mill Lane,
Hebden Bridge": a town names no one, and the small model often tags one as a person or the
address finder runs on into it. The gazetteer (``data/places.txt``, built by ``make lexicon``
from GeoNames) holds every UK, Irish and Crown-dependency place of 500 people or more, the
world's largest cities and the countries. A place that is also a common name ("Barry",
"Stanley", "Hope") counts only where the words around it say it is a place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import ahocorasick

from pipeline.detect.patterns import SUFFIX_WORDS, UK_TOWNS, fold
from pipeline.detect.spans import Span

_FILE = Path(__file__).with_name("data") / "places.txt"
# Words that make a name-like place a place: "in Barry", "the Stanley branch", "near Hope",
# "Barry CF62 8AA", "Town: Beverley"; never "to" or "from", which people are sent things to
# and from.
_BEFORE = re.compile(
    r"\b(?:(?:in|near|outside|around|nr|moved[ \t]+(?:here[ \t]+|there[ \t]+)?from|"
    r"originally[ \t]+from)[ \t]+(?:the[ \t]+)?"
    r"|(?:town|city|village|location|branch|store|county)[ \t]*[:\-\u2013][ \t]*)$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"^(?:[ \t]+(?:branch|store|shop|outlet|office|depot|warehouse|showroom|centre|center|"
    r"retail\s+park|high\s+street|town\s+centre|area)\b|,?[ \t]*[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)",
    re.IGNORECASE,
)


@functools.cache
def place_names() -> dict[str, bool]:
    """Every written form of a place (folded), and whether it needs a place context."""
    found: dict[str, bool] = {}
    for line in _FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            form, _, flag = line.partition("\t")
            found[form] = flag == "?"
    return found


@functools.cache
def lone_places() -> frozenset[str]:
    """Towns and places no one is named after (folded): a value that is one is no address
    on its own in the batch list, and the residual-leak check does not search it."""
    return frozenset(UK_TOWNS) | frozenset(f for f, named in place_names().items() if not named)


def automaton_of(forms: Iterable[str]) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over folded forms (each form its own value)."""
    automaton = ahocorasick.Automaton()
    for form in forms:
        automaton.add_word(form, form)
    automaton.make_automaton()
    return automaton


def whole_words(automaton: ahocorasick.Automaton, folded: str) -> Iterator[tuple[int, int, str]]:
    """The automaton's forms in ``folded`` as whole words, longest first: (start, end, form)."""
    for last, form in automaton.iter_long(folded):
        start, end = last - len(form) + 1, last + 1
        if (start and folded[start - 1].isalnum()) or (end < len(folded) and folded[end].isalnum()):
            continue
        if (start > 1 and folded[start - 1] in "-'" and folded[start - 2].isalpha()) or (
            end + 1 < len(folded) and folded[end] in "-'" and folded[end + 1].isalpha()
        ):
            continue  # part of a compound: "hale-dunbar", "Preston-Smith"
        yield start, end, form


@functools.cache
def _gazetteer() -> tuple[ahocorasick.Automaton, frozenset[str]]:
    """The automaton over every written form, and the forms that need a place context."""
    contexts = place_names()
    return automaton_of(contexts), frozenset(f for f, context in contexts.items() if context)


def place_ranges(
    text: str, folded: str | None = None, named_too: bool = False
) -> list[tuple[int, int]]:
    """Where places are named in ``text``: whole words, longest first, context where needed.

    A lower-case place counts only when it is no one's name too ("chipping norton" yes,
    "barry" no); a capitalised name-like one only with a place word before or after it.
    ``named_too``: capitalised name-like places count anywhere (an address's last part).
    """
    automaton, needs_context = _gazetteer()
    folded = fold(text) if folded is None else folded
    found: list[tuple[int, int]] = []
    for start, end, form in whole_words(automaton, folded):
        if named_too and text[start].isupper():
            found.append((start, end))
            continue
        if form in needs_context and not (
            text[start].isupper()
            and (_BEFORE.search(text, max(0, start - 24), start) or _AFTER.match(text[end:]))
        ):
            continue
        found.append((start, end))
    return found


def without_places(
    spans: Sequence[Span],
    text: str,
    places: Sequence[tuple[int, int]],
    towns: Sequence[tuple[int, int]] = (),
) -> list[Span]:
    """Findings with the places taken out.

    A name that is a place, or a place and a few lowercase words ("collect, Chipping Norton"),
    is dropped; a name with a word of its own beside the place ("Sarah Preston") stays. An
    address that runs on into its town after a comma or line break ends before the town,
    a town people are named after too (``towns``: "..., Balaclava Vennel, Chester").
    """
    if not places and not towns:
        return list(spans)
    kept: list[Span] = []
    for span in spans:
        if span.kind not in ("NAME", "ADDRESS"):
            kept.append(span)
            continue
        if any(s <= span.start and span.end <= e for s, e in places):
            continue  # the finding is a place: "Kirkby Lonsdale", "Bury St" of "Bury St Edmunds"
        within = [*places, *towns] if span.kind == "ADDRESS" else places
        inside = [(s, e) for s, e in within if span.start <= s and e <= span.end]
        if not inside:
            kept.append(span)
        elif span.kind == "NAME":
            if _has_name_word(text, span, inside):
                trimmed = _before_town(text, span, inside)  # "The Maltings, Ely": Ely stays
                kept.append(trimmed if trimmed is not None else span)
        else:
            trimmed = _before_town(text, span, inside)
            if trimmed is not None:
                kept.append(trimmed)
    return kept


_WORD = re.compile(r"[^\W\d_][^\W\d_'\-]*")


def _has_name_word(text: str, span: Span, inside: Sequence[tuple[int, int]]) -> bool:
    """True when the span holds a word of its own beside the places in it: capitalised, or
    a known name in any case ("araminta" of "araminta dunbar")."""
    from pipeline.detect.lexicon import is_known_name

    for match in _WORD.finditer(text, span.start, span.end):
        if any(s <= match.start() < e for s, e in inside):
            continue
        if match.group(0)[0].isupper() or is_known_name(fold(match.group(0))):
            return True
    return False


def _before_town(text: str, span: Span, inside: Sequence[tuple[int, int]]) -> Span | None:
    """The address up to a town that follows it after a separator (a comma, a line break, or
    the two spaces a written-out break leaves); None if nothing is left."""
    for start, end in sorted(inside):
        after = text[end : span.end].split()
        if after and after[0].lower().strip(".,;") in SUFFIX_WORDS:
            continue  # the place names the street itself: "2b, Normanton Vennel", "57, Dunbar Grove"
        head = text[span.start : start]
        gap = head[len(head.rstrip(" \t,\n")) :]
        if start > span.start and ("," in gap or "\n" in gap or "  " in gap):
            end = span.start + len(head) - len(gap)
            return (
                Span(span.start, end, span.kind, span.score, span.source)
                if end > span.start
                else None
            )
    return span  # a place inside the street's own name: "12 London Road", "3 Whitchurch Knoll"
