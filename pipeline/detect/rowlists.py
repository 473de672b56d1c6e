"""Per-row lists: the row's own personal values to find (deny), values never to redact (allow).

A comment that repeats the customer's name, email, phone, street or postcode is caught here
even where the NER model misses it; merchants, order refs, claim ids, dates and amounts of the
row are never redacted, whoever flagged them. Matching runs on the folded text (lower case,
no accents; same offsets), so "WIŚNIEWSKA", "wisniewska" and "Wiśniewska" meet.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from pipeline.detect.guards import place_ranges
from pipeline.detect.lexicon import COMMON_WORDS, FIRST_NAMES, is_everyday_word, is_known_name
from pipeline.detect.matching import WORD, WORD_L, WORD_R, find_pattern, pattern_needs
from pipeline.detect.patterns import (
    HOUSE_WORDS,
    SMALL_WORDS,
    STREET_SUFFIXES,
    SUFFIX_WORDS,
    TITLES,
    fold,
    is_postcode,
    national_number,
)
from pipeline.detect.places import lone_places
from pipeline.detect.spans import BATCH as BATCH  # re-exported: batchlist, engine
from pipeline.detect.spans import ROW as ROW
from pipeline.detect.spans import Span, covered
from pipeline.models import at_sentence_start

_L = WORD_L
_R = WORD_R
_TOKEN = WORD
_LETTERS = re.compile(r"[^\W\d_]+")
_PARTS = re.compile(r"\s*(?:[,;\n\r]|\s{2,})\s*")
SQUEEZE = re.compile(r"[\W_]+")
_SUFFIX_ALTERNATION = {
    variant: "(?:" + "|".join(sorted(variants, key=len, reverse=True)) + r")\.?"
    for variants in STREET_SUFFIXES.values()
    for variant in variants
}
# First names and surnames that are also everyday words: matched only when capitalised
# mid-sentence ("ask Will", not "I will"), unless the full name matches.
WORD_NAMES = frozenset({
    "will", "may", "june", "april", "august", "rose", "lily", "daisy", "hope", "joy", "faith",
    "grace", "mark", "bill", "sue", "pat", "rob", "jack", "frank", "dawn", "summer", "autumn",
    "young", "long", "king", "brown", "white", "green", "black", "gray", "grey", "wood", "hill",
    "north", "south", "west", "east", "field", "bell", "ford", "hall", "moore", "park", "page",
    "rice", "rich", "lane", "banks", "cash", "price", "sharp", "stone", "swift", "wells", "love",
    "cook", "baker", "mason", "carter", "walker", "turner", "hunter", "fisher", "miller",
    "best", "little", "small", "major", "march", "chase", "dean", "art", "ray", "sky", "sunny",
    "star", "angel", "amber", "ruby", "pearl", "iris", "holly", "ivy", "violet", "heather",
    "jasmine", "poppy", "olive", "berry", "robin", "penny", "sandy", "rusty", "don", "guy",
    "gene", "jean", "bob", "sam", "max", "ben", "lee", "can", "said", "hand", "head", "man",
    "more", "good", "new", "old", "day", "light", "friend", "church", "street", "road",
    "house", "card", "post", "order", "ship", "bond", "game", "cross", "money", "gold",
    "silver", "webb", "power", "ward", "wise", "wild", "mills", "fox", "lamb", "bird", "crane",
    "nice", "noble", "prince", "duke", "knight", "bishop", "parsons", "potter", "smith",
    "taylor", "clay", "reed", "marsh", "brook", "brooks", "rivers", "waters", "sun", "kind",
    "chan", "ho", "so", "to", "le", "la", "de", "van", "von", "di", "da", "el", "al", "bin",
}) | {word for word in SMALL_WORDS if len(word) >= 4}  # fmt: skip
# (and the small words of four letters or more: "Then", "When" are surnames too)


@dataclass(frozen=True, slots=True)
class Needle:
    """One compiled deny pattern: where to run it and how much to trust an isolated hit."""

    kind: str
    pattern: str  # compiled only when the quick checks pass (most values are not in the text)
    quick: str  # a folded substring that must be present for the pattern to match
    squeezed: str = ""  # must be present in the text's letters and digits run together
    original_case: bool = False  # run on the original text (capitalised-only names)
    mid_sentence: bool = False  # reject a hit at the start of a sentence
    weak: bool = False  # counts only next to a stronger ADDRESS/POSTCODE finding


# Between the words of a name: space, comma, full stop, hyphen or apostrophe; never a
# bracket or an @, or "Yang (wei.yang@..." would join a name to the email after it.
_NAME_GAP = r"[\s,.'\u2019\-]{1,3}"


def _join(
    tokens: Sequence[str], tight: bool = False, street: bool = False, name: bool = False
) -> str:
    """Tokens joined by short runs of punctuation or space (none needed when ``tight``).

    With ``street``, a street word matches its abbreviations too (Avenue, Ave, Ave.).
    """
    gap = _NAME_GAP if name else r"[\W_]{0,3}" if tight else r"[\W_]{1,3}"
    parts = []
    for i, token in enumerate(tokens):
        if i:
            digit_edge = tokens[i - 1][-1].isdigit() or token[0].isdigit()
            parts.append(r"[\W_]{0,3}" if digit_edge else gap)
        suffix = _SUFFIX_ALTERNATION.get(token) if street and i else None
        parts.append(suffix or re.escape(token))
    return "".join(parts)


def _longest(tokens: Iterable[str]) -> str:
    return max(tokens, key=len, default="")


def _name_needles(value: str) -> list[Needle]:
    words = [w for w in value.split() if _LETTERS.search(w)]
    while words and fold(words[0]).strip(".") in TITLES and len(words) > 1:
        words = words[1:]
    needles: list[Needle] = []
    tokens = [t for w in words for t in _LETTERS.findall(fold(w))]
    if len(tokens) >= 2:
        needles.append(Needle("NAME", _L + _join(tokens, name=True) + _R, _longest(tokens)))
    pieces: list[str] = []
    for word in words:
        pieces.append(word)
        if "-" in word:
            pieces.extend(p for p in word.split("-") if len(p) >= 3)
    for piece in dict.fromkeys(pieces):
        piece_tokens = _LETTERS.findall(fold(piece))
        letters = sum(len(t) for t in piece_tokens)
        if letters < 2:
            continue  # an initial alone would hit every "a" and "I"
        folded = "".join(piece_tokens)
        if folded in SMALL_WORDS and folded not in WORD_NAMES:
            continue
        if letters == 2 or folded in WORD_NAMES or folded in SMALL_WORDS:
            if len(piece_tokens) != 1:
                continue
            # Short or word-like parts match only as a capitalised word mid-sentence, or in
            # capitals mid-sentence when the row writes them so ("PARK here" of a row's PARK).
            original = _LETTERS.findall(piece)[0]
            cased = original[0].upper() + original[1:].lower()
            needles += [
                Needle(
                    "NAME", _L + re.escape(form) + _R, folded, original_case=True, mid_sentence=True
                )
                for form in dict.fromkeys([cased, original if original.isupper() else cased])
            ]
            continue
        if len(piece_tokens) == 1 and folded in COMMON_WORDS and folded not in FIRST_NAMES:
            # A part that is also an everyday word ("Fields", "Moss"): as a name is written,
            # capitalised or in capitals, never the lower-case word ("the fields").
            needles += _as_written("NAME", _LETTERS.findall(piece)[0], folded)
            continue
        pattern = r"[\W_]{0,2}".join(re.escape(t) for t in piece_tokens)
        needles.append(Needle("NAME", _L + pattern + _R, _longest(piece_tokens)))
    return needles


def _as_written(kind: str, word: str, quick: str) -> list[Needle]:
    """Needles for a word only as a name is written, capitalised or in capitals ("Fields",
    "FIELDS"), or as the row writes it, run on the original text: never the lower-case
    everyday word, unless the row's own cell is that word in lower case ("karma"), which
    the residual-leak check searches as written."""
    forms = dict.fromkeys([word[0].upper() + word[1:].lower(), word.upper(), word])
    return [Needle(kind, _L + re.escape(f) + _R, quick, original_case=True) for f in forms]


def _email_needles(value: str) -> list[Needle]:
    folded = fold(value.strip())
    if "@" not in folded or len(folded) < 5:
        return _generic_needles("EMAIL", value)
    needles = [
        Needle(
            "EMAIL",
            r"(?<![\w.+\-])" + re.escape(folded) + r"(?![\w\-]|\.\w)",
            folded,
        )
    ]
    local = folded.split("@", 1)[0]
    if len(local) >= 6 and re.search(r"[\d._]", local) and _LETTERS.search(local):
        # A distinctive user name on its own ("my login is jane.doe84").
        needles.append(
            Needle("EMAIL", r"(?<![\w.+\-])" + re.escape(local) + r"(?![\w\-]|\.\w)", local)
        )
    return needles


def _phone_needles(value: str) -> list[Needle]:
    nsn = national_number(value)
    if len(nsn) < 7:
        return []
    separator = r"[ \t\-.()\u00a0]{0,2}"
    body = separator.join(nsn)
    stripped = value.strip()
    international = stripped.startswith("+") and not nsn.startswith("44") and not _is_uk(stripped)
    if international:
        prefix = r"(?:(?:\+|00)[ \t]?)?"
    else:
        prefix = r"(?:(?:\+|00)[ \t]?44[ \t\-]?(?:\(0\)[ \t]?)?|\(?0[ \t\-)]{0,2})?"
    return [Needle("PHONE", r"(?<![\w+])" + prefix + body + r"(?!\d)", "", squeezed=nsn)]


def _is_uk(value: str) -> bool:
    digits = re.sub(r"\D", "", value)
    return digits.startswith("44") or digits.startswith("0044")


def _postcode_needles(value: str) -> list[Needle]:
    if not is_postcode(value):
        return _generic_needles("POSTCODE", value)
    compact = re.sub(r"\s", "", fold(value))
    outward, inward = compact[:-3], compact[-3:]
    pattern = _L + re.escape(outward) + r"[\W_]{0,2}" + re.escape(inward) + _R
    return [Needle("POSTCODE", pattern, inward)]


def _is_strong_part(tokens: Sequence[str], part: str) -> bool:
    return (
        any(c.isdigit() for c in part)
        or any(t in SUFFIX_WORDS or t in HOUSE_WORDS for t in tokens)
        or is_postcode(part)
    )


def _names_a_line(tokens: Sequence[str], part: str) -> bool:
    """A line of an address before its last that names something of its own: a house name
    or a street with no number ("The Old Dairy", "Sràid an Mhuilinn", "Meadowsweet"), not a
    town. The residual-leak check searches such a line wherever the detector found it once,
    so the lists find it alone too."""
    if _is_place(part) or not tokens:
        return False
    return len(tokens) >= 2 or not is_everyday_word(tokens[0])


def _is_place(value: str) -> bool:
    """A town or county, as the residual-leak check reads one (it does not search them)."""
    return " ".join(fold(value).split()) in lone_places()


def _address_needles(value: str) -> list[Needle]:
    parts = [p for p in _PARTS.split(value.strip()) if _TOKEN.search(p)]
    tokenised = [_TOKEN.findall(fold(p)) for p in parts]
    last = len(parts) - 1
    strong = [
        _is_strong_part(t, p) or (i < last and _names_a_line(t, p))
        for i, (t, p) in enumerate(zip(tokenised, parts, strict=True))
    ]
    # A town or county alone is not the customer's address; next to one, it is. A house
    # name that is the whole cell ("Sunnyside") is found wherever it stands.
    lone_house = len(parts) == 1 and not _is_place(value)
    needles: list[Needle] = []
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            if j - i > 1 and not any(strong[i:j]):
                continue
            run = [t for tokens in tokenised[i:j] for t in tokens]
            if all(t.isdigit() for t in run):
                continue  # a house number alone ("12" in House Name/No) is every amount's digits
            quick = _longest(t for t in run if t not in SUFFIX_WORDS)
            if lone_house and len(run) == 1 and run[0] in COMMON_WORDS:
                # A one-word cell that is also a word ("Sale", "Wells"): only as a name is
                # written, capitalised or in capitals ("in Sale", not "summer sale"), as the
                # residual-leak check searches a one-word address.
                letters = _LETTERS.findall(parts[0])
                needles += _as_written("ADDRESS", letters[0] if letters else run[0], run[0])
                continue
            if j - i == 1 and not strong[i] and not lone_house:
                needles.append(
                    Needle("ADDRESS", _L + _join(run, street=True) + _R, quick, weak=True)
                )
                continue
            needles.append(Needle("ADDRESS", _L + _join(run, street=True) + _R, quick))
    return needles


def _generic_needles(kind: str, value: str) -> list[Needle]:
    folded = fold(value.strip())
    tokens = _TOKEN.findall(folded)
    compact = "".join(tokens)
    if len(compact) < 4 or (compact.isdigit() and len(compact) < 5):
        return []
    if len(tokens) > 1 and all(t.isdigit() or len(t) <= 4 for t in tokens):
        # Grouped codes (cards, IBANs, NI numbers): any grouping of the same characters.
        pattern = r"[ \t\-]?".join(re.escape(c) for c in compact)
        return [Needle(kind, _L + pattern + _R, "", squeezed=compact)]
    pattern = _join(tokens, tight=True)
    return [Needle(kind, _L + pattern + _R, _longest(tokens))]


def _member_needles(value: str) -> list[Needle]:
    folded = fold(value.strip())
    if len(folded) < 4 or (folded.isdigit() and len(folded) < 5):
        return []
    exact = Needle("MEMBER", _L + re.escape(folded) + _R, folded)
    return [exact, *_generic_needles("MEMBER", value)]


_BUILDERS = {
    "MEMBER": _member_needles,
    "NAME": _name_needles,
    "EMAIL": _email_needles,
    "PHONE": _phone_needles,
    "POSTCODE": _postcode_needles,
    "ADDRESS": _address_needles,
}


@functools.lru_cache(maxsize=16384)  # sizes: make bench, memory flat from 10k rows
def _needles(kind: str, value: str) -> tuple[Needle, ...]:
    builder = _BUILDERS.get(kind)
    built = builder(value) if builder is not None else _generic_needles(kind, value)
    return tuple(built)


def find_row_values(
    text: str, deny: Sequence[tuple[str, str]], folded: str | None = None
) -> list[Span]:
    """Every occurrence in ``text`` of the row's own personal values, as row-sourced spans."""
    if not deny or not text:
        return []
    needles = [n for kind, value in deny if value and value.strip() for n in _needles(kind, value)]
    return find_needles(text, needles, fold(text) if folded is None else folded, ROW)


def find_needles(text: str, needles: Iterable[Needle], folded: str, source: str) -> list[Span]:
    """Where the given needles occur in ``text`` (``folded`` is ``fold(text)``).

    A pattern that is not a plain literal runs only when the text holds the words and
    runs it needs (``matching.pattern_needs``).
    """
    strong: list[Span] = []
    weak: list[Span] = []
    squeezed: str | None = None
    plain: set[str] | None = None  # the words of ``folded``, once needed
    cased: set[str] | None = None  # the words of ``text``, once needed
    for needle in needles:
        if needle.quick and needle.quick not in folded:
            continue
        if needle.squeezed:
            if squeezed is None:
                squeezed = SQUEEZE.sub("", folded)
            if needle.squeezed not in squeezed:
                continue
        haystack = text if needle.original_case else folded
        needs = pattern_needs(needle.pattern)
        if needs is not None:
            if needle.original_case:
                words = cased = set(WORD.findall(text)) if cased is None else cased
            else:
                words = plain = set(WORD.findall(folded)) if plain is None else plain
            if not needs.met(words, haystack):
                continue
        for start, end in find_pattern(needle.pattern, haystack):
            if end == start:
                continue
            if needle.mid_sentence and at_sentence_start(text, start):
                continue
            span = Span(start, end, needle.kind, 1.0, source)
            (weak if needle.weak else strong).append(span)
    return strong + _adjacent(weak, strong, text)


def needles_of(kind: str, value: str) -> tuple[Needle, ...]:
    """The compiled-on-demand patterns that find ``value`` of ``kind`` in text."""
    builder = _BUILDERS.get(kind)
    return tuple(builder(value) if builder is not None else _generic_needles(kind, value))


def cached_needles(kind: str, value: str) -> tuple[Needle, ...]:
    """``needles_of``, from the cache the row lists share."""
    return _needles(kind, value)


@functools.lru_cache(maxsize=4096)
def again_needles(name: str) -> tuple[Needle, ...]:
    """The needles of a name found in a note, to find its other mentions in that note: the
    row's, and in lower case too the words that are first names before they are English
    ("laura:", "levi:" of a chat where Laura and Levi are found); never "will", "hope"."""
    extra = [
        Needle("NAME", _L + re.escape(word) + _R, word)
        for word in dict.fromkeys(fold(w) for w in _LETTERS.findall(name))
        if len(word) >= 3 and word not in WORD_NAMES and is_known_name(word)
    ]
    return (*_needles("NAME", name), *extra)


def _adjacent(weak: list[Span], strong: list[Span], text: str) -> list[Span]:
    """The weak address parts (towns) that sit right next to a strong address finding."""
    if not weak:
        return []
    anchors = [s for s in strong if s.kind in ("ADDRESS", "POSTCODE")]
    kept: list[Span] = []
    changed = True
    while changed and anchors:
        changed = False
        for span in weak:
            if span in kept:
                continue
            for anchor in anchors:
                gap = (
                    text[anchor.end : span.start]
                    if span.start >= anchor.end
                    else text[span.end : anchor.start]
                )
                if (
                    (span.start >= anchor.end or span.end <= anchor.start)
                    and len(gap) <= 3
                    and not gap.strip(" ,\t\n")
                ):
                    kept.append(span)
                    anchors.append(span)
                    changed = True
                    break
    return kept


@functools.lru_cache(maxsize=16384)
def allow_pattern(value: str) -> tuple[str, str] | None:
    stripped = value.strip().lstrip("#").strip()
    folded = fold(stripped)
    tokens = _TOKEN.findall(folded)
    compact = "".join(tokens)
    if len(compact) < 3 or (compact.isdigit() and len(compact) < 4):
        return None  # "5", "12", "GB": too short to tell a reference from part of an address
    escaped = re.escape(folded)
    escaped = re.sub(r"(?:\\ )+", r"\\s+", escaped)
    escaped = escaped.replace("\\&", "(?:&|and)").replace(r"\s+and\s+", r"\s+(?:&|and)\s+")
    return _L + escaped + _R, _longest(tokens)


def allowed_ranges(
    text: str, allow: Collection[str], folded: str | None = None
) -> list[tuple[int, int]]:
    """Where in ``text`` the allow-listed values occur (whole words, any case), and the
    compound place names it holds ("Newcastle upon Tyne")."""
    if not text:
        return []
    ranges = place_ranges(text)
    if not allow:
        return ranges
    folded = fold(text) if folded is None else folded
    for value in allow:
        if not value:
            continue
        planned = _allow_plan(value)
        if planned is None:
            continue
        pattern, quick, digits = planned
        if quick in folded:
            found = find_pattern(pattern, folded)
            ranges.extend((start, end) for start, end in found if end > start)
        if digits and digits[:3] in folded:
            # A number is written in groups or not: "07998810052" is "07998 810 052" in a note.
            grouped = re.compile(_L + r"[ .\-]?".join(digits) + _R)
            ranges.extend(m.span() for m in grouped.finditer(folded))
    return ranges


@functools.lru_cache(maxsize=16384)
def _allow_plan(value: str) -> tuple[str, str, str] | None:
    """``allow_pattern`` of an allow-listed value, and its digits ("" unless it is a long
    number, which a note may write grouped any way); ``None`` for a value too short."""
    compiled = allow_pattern(value)
    if compiled is None:
        return None
    digits = re.sub(r"[\s.\-/]", "", value.strip())
    return (*compiled, digits if digits.isdigit() and len(digits) >= 7 else "")


_MODEL_ONLY = "ModelSpanRecognizer"


def drop_allowed(spans: Iterable[Span], ranges: Sequence[tuple[int, int]]) -> list[Span]:
    """Drop findings that an allow-listed occurrence covers by half or more.

    Half, not any overlap: a merchant named inside an email domain (jane@argos.co.uk) must not
    save the email, and a short amount must not save the street it appears in. A name the
    model found is dropped on any overlap ("Jo Malone Lime Basil" is a product, not a person),
    and so is an address that only the model read ("Store: Sue Ryder Harlow" is a branch).
    """
    if not ranges:
        return list(spans)
    kept = []
    for span in spans:
        if not any(span.overlaps(s, e) for s, e in ranges):
            kept.append(span)
        elif span.kind == "NAME" and span.source not in (ROW, BATCH):
            continue
        elif span.kind == "ADDRESS" and span.source == _MODEL_ONLY:
            continue  # the model read a branch as an address: "Store: Sue Ryder Harlow"
        elif covered(span, ranges) * 2 < len(span):
            kept.append(span)
    return kept
