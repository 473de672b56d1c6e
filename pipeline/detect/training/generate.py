"""Synthetic claim notes with every personal value and every must-keep span labelled.

``notes(count, seed, dev)`` is reproducible for a seed. The training split (``dev=False``)
uses ``vocab.TRAIN`` templates and names from the training locales; the dev split uses
``vocab.DEV`` templates, names only the dev locales hold, and other street locales.
"""

from __future__ import annotations

import random
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pipeline.detect.training import grammar, vocab
from pipeline.detect.training.names import NamePool, pool

# Personal kinds (what must not survive) and must-keep kinds (what must stay whole).
PERSONAL = ("NAME", "FIRST", "SURNAME", "EMAIL", "PHONE", "POSTCODE", "STREET", "HOUSE", "MEMBER")
KEEP = ("MERCHANT", "PRODUCT", "TOWN", "EVENT", "VOUCHER", "ORDER", "CLAIM", "DATE", "AMOUNT")
_SLOT = re.compile(r"\{(\w+)\}")
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")


@dataclass(frozen=True, slots=True)
class Labelled:
    start: int
    end: int
    kind: str


@dataclass(slots=True)
class Note:
    """One note, its labelled spans, and the row values the runner would know about it."""

    text: str = ""
    personal: list[Labelled] = field(default_factory=list)
    keep: list[Labelled] = field(default_factory=list)
    row_keep: list[str] = field(default_factory=list)  # order ref, claim id, merchant, date, amount
    batch_keep: list[str] = field(default_factory=list)  # other rows' order refs


def _is_latin(name: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name.replace("-", ""))


class _Filler:
    def __init__(self, rng: random.Random, names: NamePool, dev: bool) -> None:
        from faker import Faker

        self.rng = rng
        self.latin_first = [n for n in names.first if _is_latin(n) and " " not in n]
        self.latin_last = [n for n in names.last if _is_latin(n) and " " not in n]
        self.native_first = [n for n in names.first if not _is_latin(n)]
        self.native_last = [n for n in names.last if not _is_latin(n)]
        locales = ["en_IE", "en_NZ", "en_AU"] if dev else ["en_GB", "en_US", "en_CA"]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.fakers = [Faker(loc) for loc in locales]
        for index, fake in enumerate(self.fakers):
            fake.seed_instance(rng.randrange(1 << 30) + index)
        self.gb = Faker("en_GB")
        self.gb.seed_instance(rng.randrange(1 << 30))
        self.first = ""
        self.last = ""

    def person(self) -> None:
        self.first = self.rng.choice(self.latin_first)
        self.last = self.rng.choice(self.latin_last)

    # ---------------------------------------------------------------- personal values

    def email(self) -> str:
        local = self.rng.choice(
            [
                f"{self.first}.{self.last}",
                f"{self.first[0]}{self.last}",
                f"{self.first}{self.rng.randrange(10, 99)}",
            ]
        )
        local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode().lower()
        local = re.sub(r"[^a-z0-9.]", "", local) or "user"
        domain = self.rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com",
                                  "hotmail.co.uk", "icloud.com", "example.org"])  # fmt: skip
        form = self.rng.randrange(9)
        user, host = local, domain
        if form == 1:
            return f"{user.replace('.', ' dot ')} at {host.replace('.', ' dot ')}"
        if form == 2:
            return f"{user} [at] {host}"
        if form == 3:
            return f"{user}%40{host}"
        if form == 4:
            return f"{user}&#64;{host}"
        if form == 5:
            return " ".join(f"{user}@{host}")
        if form == 6:
            mark = self.rng.choice(_ZERO_WIDTH)
            return f"{user}{mark}@{mark}{host}"
        if form == 7:
            return f"{user} (at) {host.replace('.', ' (dot) ')}"
        return f"{user}@{host}"

    def phone(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            digits = f"07{rng.randrange(100, 999)}{rng.randrange(100000, 999999)}"
            groups = [digits[:5], digits[5:8], digits[8:]]
        else:
            digits = f"0{rng.choice(['113', '161', '121', '117', '131'])}{rng.randrange(1000000, 9999999)}"
            groups = [digits[:4], digits[4:7], digits[7:]]
        form = rng.randrange(7)
        if form == 1:
            return ".".join(groups)
        if form == 2:
            return " ".join(digits)
        if form == 3:
            return "-".join(groups)
        if form == 4:
            return "+44 " + digits[1:5] + " " + digits[5:]
        if form == 5:
            return digits
        return " ".join([groups[0], groups[1] + groups[2]])

    def postcode(self) -> str:
        code = str(self.gb.postcode()).upper()
        outward, inward = code.split()
        form = self.rng.randrange(6)
        if form == 1:
            return f"{outward}  {inward}"
        if form == 2:
            return " ".join(outward + inward)
        if form == 3:
            return (outward + inward).lower()
        if form == 4:
            return f"{outward.lower()} {inward.lower()}"
        return code

    def street(self) -> str:
        fake = self.rng.choice(self.fakers)
        line = str(fake.street_address()).split(" Apt.")[0].split(" Suite")[0]
        return line.lower() if self.rng.random() < 0.2 else line

    def street_noun(self) -> str:
        fake = self.rng.choice(self.fakers)
        return str(fake.street_name())

    def member(self) -> str:
        rng = self.rng
        return rng.choice([str(rng.randrange(10**7, 10**8)), str(rng.randrange(10**5, 10**6)),
                           f"M{rng.randrange(10**6, 10**7)}", f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"])  # fmt: skip

    # ---------------------------------------------------------------- must-keep values

    def order(self) -> str:
        rng = self.rng
        return rng.choice([f"{rng.randrange(10**7, 10**8)}", f"ORD-{rng.randrange(10**5, 10**6)}",
                           f"#{rng.randrange(10**5, 10**7)}", f"A{rng.randrange(10**8, 10**9)}"])  # fmt: skip

    def order_phone(self) -> str:
        return f"07{self.rng.randrange(100000000, 999999999)}"

    def claim(self) -> str:
        return f"CLM-{self.rng.randrange(10**5, 10**6)}"

    def date(self) -> str:
        day, month = self.rng.randrange(1, 28), self.rng.randrange(1, 12)
        return self.rng.choice(
            [f"{day:02d}/{month:02d}/2026", f"{day} March", f"2026-{month:02d}-{day:02d}"]
        )

    def amount(self) -> str:
        return f"£{self.rng.randrange(5, 400)}.{self.rng.randrange(0, 99):02d}"

    def voucher(self) -> str:
        word = self.rng.choice(vocab.VOUCHER_WORDS)
        return f"{word}{self.rng.choice([10, 15, 20, 25, 5])}"


def _upper(value: str) -> str:
    upper = value.upper()
    return upper if len(upper) == len(value) else value


class Generator:
    def __init__(self, seed: int, dev: bool) -> None:
        self.rng = random.Random(seed)
        self.dev = dev
        self.fill = _Filler(self.rng, pool(dev), dev)
        self.templates = vocab.DEV if dev else vocab.TRAIN
        f = self.fill
        self.slots: dict[str, tuple[str, Callable[[], str]]] = {
            "name": ("NAME", lambda: f"{f.first} {f.last}"),
            "lower_name": ("NAME", lambda: f"{f.first} {f.last}".lower()),
            "name_upper": ("NAME", lambda: _upper(f"{f.first} {f.last}")),
            "upper_last": ("SURNAME", lambda: _upper(f.last)),
            "surname_first": ("NAME", lambda: f"{_upper(f.last)}, {f.first}"),
            "initial_name": ("NAME", lambda: f"{f.first[0]}. {f.last}"),
            "first": ("FIRST", lambda: f.first),
            "lower_first": ("FIRST", lambda: f.first.lower()),
            "first_poss": ("FIRST", lambda: f.first),  # the "'s" is added outside the span
            "surname": ("SURNAME", lambda: f.last),
            "name_native": ("NAME", self._native),
            "email": ("EMAIL", f.email),
            "phone": ("PHONE", f.phone),
            "postcode": ("POSTCODE", f.postcode),
            "street": ("STREET", f.street),
            "street_noun": ("STREET", f.street_noun),
            "house": ("HOUSE", lambda: self.rng.choice(vocab.HOUSE_NAMES)),
            "member": ("MEMBER", f.member),
            "merchant": ("MERCHANT", lambda: self.rng.choice(vocab.MERCHANTS)),
            "product": ("PRODUCT", lambda: self.rng.choice(vocab.PRODUCTS)),
            "town": ("TOWN", lambda: self.rng.choice(vocab.TOWNS)),
            "addr_town": ("", lambda: self.rng.choice(vocab.TOWNS)),  # part of an address
            "event": ("EVENT", lambda: self.rng.choice(vocab.EVENTS)),
            "voucher": ("VOUCHER", f.voucher),
            "order": ("ORDER", f.order),
            "order_phone": ("ORDER", f.order_phone),
            "claim": ("CLAIM", f.claim),
            "date": ("DATE", f.date),
            "amount": ("AMOUNT", f.amount),
        }

    def _native(self) -> str:
        f = self.fill
        if not f.native_first or not f.native_last:
            return f"{f.first} {f.last}"
        first, last = self.rng.choice(f.native_first), self.rng.choice(f.native_last)
        return f"{last}{first}" if re.search(r"[\u3040-\u9fff]", last) else f"{first} {last}"

    def note(self) -> Note:
        note = Note()
        self.fill.person()
        count = self.rng.choice([1, 1, 2, 2, 3])
        for index in range(count):
            template = self._template()
            if index:
                self._add(note, self.rng.choice([" ", ". ", "\n", " - "]), None)
            self._render(note, template)
        if self.rng.random() < 0.08:
            lowered = note.text.lower()
            if len(lowered) == len(note.text):
                note.text = lowered
        return note

    def _template(self) -> str:
        if self.dev:
            return self.rng.choice(self.templates)
        draw = self.rng.random()
        if draw < 0.4:
            return self.rng.choice(self.templates)
        if draw < 0.85:
            return grammar.person_sentence(self.rng)
        return grammar.filler_sentence(self.rng)

    def _render(self, note: Note, template: str) -> None:
        position = 0
        for match in _SLOT.finditer(template):
            self._add(note, template[position : match.start()], None)
            kind, make = self.slots[match.group(1)]
            value = make()
            self._add(note, value, kind)
            if match.group(1) == "first_poss":
                self._add(note, "'s", None)
            if kind == "ORDER":
                (note.batch_keep if match.group(1) == "order_phone" else note.row_keep).append(
                    value
                )
            elif kind in ("CLAIM", "MERCHANT", "DATE", "AMOUNT"):
                note.row_keep.append(value)
            position = match.end()
        self._add(note, template[position:], None)

    @staticmethod
    def _add(note: Note, piece: str, kind: str | None) -> None:
        start = len(note.text)
        note.text += piece
        if not kind or not piece:
            return
        span = Labelled(start, len(note.text), kind)
        (note.personal if kind in PERSONAL else note.keep).append(span)


def notes(count: int, seed: int, dev: bool) -> Iterator[Note]:
    """``count`` notes of the training (``dev=False``) or the dev split, reproducible by seed."""
    generator = Generator(seed, dev)
    for _ in range(count):
        yield generator.note()
