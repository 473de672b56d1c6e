"""Judging a redaction against gold labels: which labelled values leaked, which must-keeps broke.

Shared by every evaluation set (``tests/quality/heldout``, ``tests/quality/fresh``): a set's
labels need a ``kind`` (this module's ``Kind`` or any enum with the same values), ``start``,
``end`` and ``form``.

Works on what was covered: character ranges of the original text that a redaction replaced.
For the detector those are its spans; for a published output they are recovered by
aligning the output with the original (every token stands for one covered range).

A labelled value LEAKS when one of its identifying pieces survives with none of its
characters covered:

- a name (NAME, FIRST, SURNAME): any name part of two letters or more (particles such as
  "de", "van", "ap", "Ní" aside); so "Jane [NAME]" leaks "Jane Doe";
- a street or house name: any word of three letters or more that is not a thoroughfare or
  house word ("Carly" in "80 Carly Light", "Ivy" in "Ivy House");
- an e-mail: its local part (what comes before "@", "at", "[at]", "%40", "&#64;");
- a phone, postcode or member id: the whole value (its digits and letters).

PARTIAL: not leaked, but half or more of the letters and digits of its pieces are uncovered.
A KEEP span is intact when none of its characters is covered (a KEEP cell: byte-identical).
Nothing here prints or returns a value: only kinds, forms and counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol


class Kind(Enum):
    """Gold kinds: the personal kinds, and KEEP for what must stay intact."""

    NAME = "NAME"
    FIRST = "FIRST"
    SURNAME = "SURNAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    POSTCODE = "POSTCODE"
    STREET = "STREET"
    HOUSE = "HOUSE"
    MEMBER = "MEMBER"
    KEEP = "KEEP"


PERSONAL = tuple(k for k in Kind if k is not Kind.KEEP)
NAME_KINDS = frozenset([Kind.NAME, Kind.FIRST, Kind.SURNAME])


@dataclass(frozen=True, slots=True)
class Label:
    """A gold span: its kind, its offsets in the text, and the written form it was planted in."""

    kind: Kind
    start: int
    end: int
    form: str = "plain"


class Labelled(Protocol):
    """What the judge reads from a set's label (this module's ``Label`` or a set's own)."""

    @property
    def kind(self) -> Enum: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def form(self) -> str: ...


def kind_of(label: Labelled) -> Kind:
    """The label's kind as this module's ``Kind`` (a set may label with its own enum)."""
    return Kind(label.kind.value)


# thoroughfare words, never identifying on their own ("Road" in "12 Foo Road")
THOROUGHFARES = frozenset(
    [
        "road",
        "street",
        "lane",
        "avenue",
        "close",
        "drive",
        "way",
        "place",
        "crescent",
        "grove",
        "gardens",
        "terrace",
        "court",
        "square",
        "row",
        "walk",
        "hill",
        "rise",
        "view",
        "mews",
        "park",
        "green",
        "parade",
        "vale",
        "wharf",
        "quay",
        "yard",
        "gate",
        "mount",
        "wynd",
        "loke",
        "ginnel",
        "brae",
        "side",
        "end",
        "light",
        "cove",
        "plaza",
        "fields",
        "meadow",
        "meadows",
        "chase",
        "croft",
        "circus",
        "broadway",
        "boulevard",
        "causeway",
        "embankment",
        "esplanade",
        "promenade",
        "bank",
        "cross",
        "hollow",
        "passage",
        "path",
        "ride",
        "approach",
        "bridge",
        "dale",
        "heights",
        "villas",
        "wood",
    ]
)

TOKEN = re.compile(r"[A-Z]+_[0-9]+_[A-Z2-7]{20,}")
# Presidio's anonymizer writes <PERSON>, <EMAIL_ADDRESS> ... in place of what it found.
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*>")
_NAME_PART = re.compile(r"[^\W\d_]+")
_PARTICLES = frozenset(
    [
        "de",
        "la",
        "le",
        "du",
        "van",
        "der",
        "den",
        "von",
        "dos",
        "da",
        "das",
        "di",
        "ap",
        "ab",
        "ní",
        "nic",
        "mac",
        "mhic",
        "uí",
        "al",
        "el",
        "ben",
        "bin",
        "abu",
        "te",
    ]
)
_GENERIC = THOROUGHFARES | frozenset(
    [
        "the",
        "house",
        "cottage",
        "lodge",
        "farm",
        "old",
        "flat",
        "apt",
        "unit",
        "rest",
        "end",
        "view",
    ]
)
_AT = re.compile(r"@|%40|&#64;|\s*[\[({]at[\])}]\s*|\s+at\s+", re.IGNORECASE)
VERDICTS = ("leak", "partial", "ok")


def _alnum(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i].isalnum()]


def pieces(
    text: str, label: Labelled, generic: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """The identifying pieces of a labelled value, as offsets into ``text``.

    ``generic``: a set's own thoroughfare and house words, on top of this module's.
    """
    value = text[label.start : label.end]
    found: list[tuple[int, int]] = []
    kind = kind_of(label)
    if kind in NAME_KINDS:
        for m in _NAME_PART.finditer(value):
            if len(m.group()) >= 2 and m.group().casefold() not in _PARTICLES:
                found.append((label.start + m.start(), label.start + m.end()))
    elif kind in (Kind.STREET, Kind.HOUSE):
        for m in _NAME_PART.finditer(value):
            word = m.group().casefold()
            if len(word) >= 3 and word not in _GENERIC and word not in generic:
                found.append((label.start + m.start(), label.start + m.end()))
    elif kind is Kind.EMAIL:
        at = _AT.search(value)
        if at is not None and at.start() > 0:
            found.append((label.start, label.start + at.start()))
    if not found:
        found.append((label.start, label.end))
    return found


def mask_of(length: int, ranges: Iterable[tuple[int, int]]) -> bytearray:
    mask = bytearray(length)
    for start, end in ranges:
        for i in range(max(0, start), min(length, end)):
            mask[i] = 1
    return mask


def verdict(
    text: str, label: Labelled, mask: bytearray, generic: frozenset[str] = frozenset()
) -> str:
    """``leak``, ``partial`` or ``ok`` for a personal label; ``ok`` or ``lost`` for KEEP."""
    if kind_of(label) is Kind.KEEP:
        return "lost" if any(mask[label.start : label.end]) else "ok"
    chars = []
    for start, end in pieces(text, label, generic):
        piece = _alnum(text, start, end)
        if piece and not any(mask[i] for i in piece):
            return "leak"
        chars += piece
    uncovered = sum(1 for i in chars if not mask[i])
    return "partial" if chars and 2 * uncovered >= len(chars) else "ok"


def align(original: str, output: str) -> list[tuple[int, int]] | None:
    """The ranges of ``original`` that tokens replaced in ``output``; None if they don't line up."""
    if output.startswith("'") and not original.startswith("'"):
        output = output[1:]  # the CSV writer's formula guard ("-- Jo" became "'-- Jo")
    parts = TOKEN.split(output)
    if len(parts) == 1:
        return [] if output == original else None
    if len(parts) > 16:
        return None
    pattern = "(.+?)".join(re.escape(p) for p in parts)
    match = re.fullmatch(pattern, original, re.DOTALL)
    if match is None:
        return None
    return [match.span(i) for i in range(1, len(parts))]


def textual_verdict(
    text: str, label: Labelled, output: str, generic: frozenset[str] = frozenset()
) -> str:
    """When an output does not align: a piece found in the output (token-free) is a leak."""
    work = PLACEHOLDER.sub("\x01", TOKEN.sub("\x01", output)).casefold()
    if kind_of(label) is Kind.KEEP:
        return "ok" if text[label.start : label.end].casefold() in work else "lost"
    for start, end in pieces(text, label, generic):
        piece = re.escape(text[start:end].casefold())
        if re.search(rf"(?<!\w){piece}(?!\w)", work):
            return "leak"
    return "ok"


@dataclass
class Tally:
    """Counts for one kind (or one kind and form)."""

    planted: int = 0
    leak: int = 0
    partial: int = 0

    def add(self, outcome: str) -> None:
        self.planted += 1
        self.leak += outcome == "leak"
        self.partial += outcome == "partial"


@dataclass
class Score:
    """Leaks by kind and by (kind, form), KEEP spans by form, clean texts touched.

    ``generic``: the set's own thoroughfare and house words (see ``pieces``).
    """

    generic: frozenset[str] = frozenset()
    kinds: dict[Kind, Tally] = field(default_factory=dict)
    forms: dict[tuple[Kind, str], Tally] = field(default_factory=dict)
    keep: dict[str, Tally] = field(default_factory=dict)  # form -> planted, leak = lost
    clean: int = 0
    clean_touched: int = 0
    texts: int = 0
    unaligned: int = 0

    def add(self, text: str, labels: Sequence[Labelled], ranges: Sequence[tuple[int, int]] | None,
            output: str | None = None) -> None:  # fmt: skip
        """Judge one text (or cell): by covered ranges, or textually when ``ranges`` is None."""
        self.texts += 1
        if ranges is None:
            self.unaligned += 1
        mask = mask_of(len(text), ranges or ())
        personal = False
        for label in labels:
            if ranges is None:
                outcome = textual_verdict(text, label, output or "", self.generic)
            else:
                outcome = verdict(text, label, mask, self.generic)
            kind = kind_of(label)
            if kind is Kind.KEEP:
                self.keep.setdefault(label.form, Tally()).add("leak" if outcome == "lost" else "ok")
                continue
            personal = True
            self.kinds.setdefault(kind, Tally()).add(outcome)
            self.forms.setdefault((kind, label.form), Tally()).add(outcome)
        if not personal:
            self.clean += 1
            touched = bool(ranges) if ranges is not None else output != text
            self.clean_touched += touched

    def overall(self) -> Tally:
        total = Tally()
        for tally in self.kinds.values():
            total.planted += tally.planted
            total.leak += tally.leak
            total.partial += tally.partial
        return total

    def keep_total(self) -> Tally:
        total = Tally()
        for tally in self.keep.values():
            total.planted += tally.planted
            total.leak += tally.leak
        return total


def pct(part: int, whole: int) -> str:
    return "-" if not whole else f"{100 * part / whole:.1f}%"
