"""Training notes written by shoppers in a "missing cashback" claim form's comment box.

A third author, independent of ``generate.py``: first-person, messy (typos, txt-speak, no
punctuation, all lower case, ALL CAPS rants, non-native English), several people named in
every position, contact details and addresses in prose, member ids, and about a third clean
notes full of hard negatives (shops named like people, named products, towns, occasions,
voucher codes, phone-shaped order refs). Names come from Mimesis and Faker's non-English
locales, never the dev split's (en_IE, en_NZ, en_AU, is, et).

    notes(count, seed) -> list[Note]     # reproducible for a seed
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from pipeline.detect.training.authors import _shopper_lines as lines
from pipeline.detect.training.authors import _shopper_values as values
from pipeline.detect.training.authors._shopper_names import Cast, Person
from pipeline.detect.training.generate import KEEP, PERSONAL, Labelled, Note

_SLOT = re.compile(r"\{(\w+)\}")
_WORD = re.compile(r"[A-Za-z']+")
_PUNCT = re.compile(r"[.,!?;:]")
_TXT = re.compile(r"\b(" + "|".join(re.escape(k) for k in lines.TXT) + r")\b", re.IGNORECASE)
_SHORT = {k.lower(): v for k, v in lines.TXT.items()}
Piece = tuple[str, str | None]
CLEAN_SHARE = 0.34
_STORIES = lines.CLEAN + lines.NONNATIVE_CLEAN
_NAMED = lines.PEOPLE * 2 + lines.STARTS * 2 + lines.NONNATIVE_PEOPLE


class _Voice:
    """How one shopper types: casing, punctuation, txt-speak and typo rate."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.case = rng.choices(["as", "lower", "upper"], [62, 30, 8])[0]
        self.txt = rng.random() < 0.25
        self.bare = rng.random() < 0.2  # no punctuation at all
        self.typos = rng.choice([0.0, 0.0, 0.01, 0.03, 0.06])

    def filler(self, text: str) -> str:
        rng = self.rng
        if self.txt:
            text = _TXT.sub(
                lambda m: _SHORT[m.group().lower()] if rng.random() < 0.6 else m.group(), text
            )
        if self.bare:
            text = _PUNCT.sub("", text)
        if self.typos:
            text = _WORD.sub(
                lambda m: _typo(rng, m.group()) if rng.random() < self.typos else m.group(), text
            )
        return self.cased(text)

    def cased(self, text: str) -> str:
        if self.case == "lower":
            return text.lower()
        if self.case == "upper":
            return text.upper()
        return text


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    how = rng.randrange(3)
    if how == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if how == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


class _Writer:
    """Builds one note from pieces, recording labels at exact offsets."""

    def __init__(self, rng: random.Random, people: Cast, clean: bool) -> None:
        self.rng = rng
        self.voice = _Voice(rng)
        self.people = people
        self.clean = clean
        self.parts: list[str] = []
        self.size = 0
        self.personal: list[Labelled] = []
        self.keep: list[Labelled] = []
        self.row_keep: list[str] = []

    def put(self, text: str, kind: str | None = None) -> None:
        if not text:
            return
        if kind is None:
            text = self.voice.filler(text)
        else:
            text = self.voice.cased(text)
            stripped = text.strip()
            if stripped != text:  # whitespace belongs to the filler around a value
                lead = len(text) - len(text.lstrip())
                self.put(text[:lead])
                self.put(stripped, kind)
                self.put(text[lead + len(stripped) :])
                return
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        if kind in PERSONAL:
            self.personal.append(Labelled(start, self.size, kind))
        elif kind in KEEP:
            self.keep.append(Labelled(start, self.size, kind))
            if kind in ("ORDER", "CLAIM", "MERCHANT", "DATE", "AMOUNT"):
                self.row_keep.append(text)

    def write(self, template: str) -> None:
        at = 0
        for match in _SLOT.finditer(template):
            self.put(template[at : match.start()])
            for text, kind in self.fill(match.group(1)):
                self.put(text, kind)
            at = match.end()
        self.put(template[at:])

    def fill(self, slot: str) -> list[Piece]:
        rng = self.rng
        index = int(slot[-1]) if slot[-1].isdigit() else 0
        base = slot.rstrip("0123456789")
        if base in _PERSON_FORMS:
            return _PERSON_FORMS[base](rng, self.people[index])
        if base == "rel":
            return [(self.people[index].relation, None)]
        if base == "staff":
            return [(self.people[3].first_form(rng), "FIRST")]
        if base == "staffsur":
            return [(self.people[3].surname_form(rng), "SURNAME")]
        return values.FILL[base](rng, self.people[0])

    def finish(self) -> Note:
        return Note("".join(self.parts), self.personal, self.keep, self.row_keep, [])


_PERSON_FORMS: dict[str, Callable[[random.Random, Person], list[Piece]]] = {
    "first": lambda rng, p: [(p.first_form(rng), "FIRST")],
    "name": lambda rng, p: [(p.full_form(rng), "NAME")],
    "sur": lambda rng, p: [(p.surname_form(rng), "SURNAME")],
    "mr": lambda rng, p: [(p.title + " ", None), (p.surname_form(rng), "SURNAME")],
    "init": lambda rng, p: [(p.initial_form(rng), "NAME")],
}


def _sentences(rng: random.Random, clean: bool) -> list[str]:
    """The story: one to many sentences, at least one naming someone unless the note is clean."""
    found = [rng.choice(_STORIES) for _ in range(rng.choice([1, 1, 2, 2, 3, 4, 6]))]
    if rng.random() < 0.1:
        found.append(rng.choice(lines.RANTS))
    if clean:
        return found
    for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
        found.insert(rng.randrange(len(found) + 1), rng.choice(_NAMED))
    if rng.random() < 0.45:
        found.append(rng.choice(lines.CONTACT))
    if rng.random() < 0.3:
        found.append(rng.choice(lines.ADDRESS))
    if rng.random() < 0.35:
        found.append(rng.choice(lines.MEMBER))
    if rng.random() < 0.3:
        rng.shuffle(found)
    return found


def _joiner(rng: random.Random, ramble: bool) -> str:
    if ramble:
        return rng.choice(lines.RAMBLE)
    return rng.choice([". ", ". ", ". ", "! ", " ", "\n", ", ", "... ", " - ", ".\n\n", "!! "])


def _note(rng: random.Random) -> Note:
    clean = rng.random() < CLEAN_SHARE
    writer = _Writer(rng, Cast(rng), clean)
    if rng.random() < 0.6:
        opening = rng.choice(lines.OPENINGS)
        if clean and "{" in opening:
            opening = "Hi"
        writer.write(opening)
        writer.put(rng.choice([" ", "\n", "\n\n", " "]))
    ramble = rng.random() < 0.2
    story = _sentences(rng, clean)
    for i, sentence in enumerate(story):
        if i:
            writer.put(_joiner(rng, ramble))
        writer.write(sentence)
    if rng.random() < 0.8:
        writer.put(_joiner(rng, False))
        writer.write(rng.choice(lines.REQUESTS))
    if not clean and rng.random() < 0.2:  # an address written as a block, line by line
        writer.put(rng.choice(["\n\n", "\n", ". "]))
        writer.write(rng.choice(["Address:\n", "", "deliver to\n", "My details\n"]))
        for text, kind in values.address_block(rng, writer.people[0]):
            writer.put(text, kind)
    sign = rng.choice(lines.SIGN_CLEAN if clean or rng.random() < 0.3 else lines.SIGN_NAMED)
    if sign:
        writer.put(rng.choice(["\n\n", "\n", " ", "\n"]))
        writer.write(sign)
    if rng.random() < 0.08:
        writer.put("\n\nSent from my iPhone")
    return writer.finish()


def notes(count: int, seed: int) -> list[Note]:
    """``count`` labelled shopper notes, the same ones for the same seed."""
    rng = random.Random(seed)
    return [_note(rng) for _ in range(count)]
