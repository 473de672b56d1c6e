"""Renders a note template into text with gold labels at exact offsets.

A template is plain text with slots: ``{first}``, ``{name:lower}``, ``{email:obf}``,
``{first2}`` (a second person). Each slot writes its text and, for a personal or must-keep
value, a ``Label`` whose ``start``/``end`` are Python string offsets into the note, so
``text[start:end]`` is exactly the labelled value.
"""

from __future__ import annotations

import enum
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from heldout.contacts import (
    Person,
    draw_person,
    draw_street,
    write_email,
    write_phone,
    write_postcode,
)
from heldout.sources import (
    OCCASIONS,
    OTHER_MERCHANTS,
    PERSON_MERCHANTS,
    PRODUCTS,
    TOWNS,
    VOUCHER_STEMS,
)


class Kind(enum.Enum):
    NAME = "NAME"  # a full name
    FIRST = "FIRST"  # a given name alone
    SURNAME = "SURNAME"  # a surname alone (with or without a title)
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    POSTCODE = "POSTCODE"
    STREET = "STREET"  # a street line or an address line
    HOUSE = "HOUSE"  # a house name
    MEMBER = "MEMBER"  # a member id written in text
    KEEP = "KEEP"  # must stay intact: merchant, product, town, occasion, voucher, ref, date, amount


PERSONAL = tuple(k for k in Kind if k is not Kind.KEEP)
NAME_KINDS = (Kind.NAME, Kind.FIRST, Kind.SURNAME)


@dataclass(frozen=True, slots=True)
class Label:
    kind: Kind
    start: int
    end: int
    form: str = ""  # how it was written ("obfuscated", "lower", ...) or what a KEEP span is


@dataclass(frozen=True, slots=True)
class Note:
    text: str
    labels: tuple[Label, ...]
    template: str
    allow: tuple[str, ...] = ()  # what the row itself knows: merchant, order ref, claim id

    @property
    def clean(self) -> bool:
        return not any(label.kind is not Kind.KEEP for label in self.labels)


@dataclass
class Context:
    """What one note draws on: its people, the row's merchant and order ref."""

    rng: random.Random
    merchant: str
    order_ref: str
    claim_id: str
    people: dict[str, Person] = field(default_factory=dict)
    refs: list[str] = field(default_factory=list)  # other order refs of the batch, to mention

    def person(self, index: str) -> Person:
        if index not in self.people:
            self.people[index] = draw_person(self.rng)
        return self.people[index]


SLOT = re.compile(r"\{([a-z]+)([0-9]?)(?::([a-z_]+))?\}")
_Written = tuple[str, Kind | None, str]


def _cased(rng: random.Random, text: str, how: str | None) -> tuple[str, str]:
    if how == "lower":
        return text.lower(), "lower"
    if how == "upper":
        return text.upper(), "upper"
    if how == "any":
        return _cased(rng, text, rng.choice(("lower", "upper", "title", "title", "title")))
    return text, "as written"


def _slot(ctx: Context, slot: str, index: str, how: str | None) -> _Written:
    rng = ctx.rng
    p = ctx.person(index or "1") if slot in _PERSON_SLOTS else None
    if p is not None:
        return _PERSON_SLOTS[slot](rng, p, how)
    if slot in _KEEP_SLOTS:
        text, form = _KEEP_SLOTS[slot](ctx, how)
        return text, Kind.KEEP, form
    raise KeyError(f"unknown slot {slot!r}")


def _name(rng: random.Random, p: Person, how: str | None) -> _Written:
    if how == "sfirst":
        return f"{p.surname.upper()}, {p.given}", Kind.NAME, "SURNAME, First"
    if how == "initial":
        return f"{p.given[0]}. {p.surname}", Kind.NAME, "initial"
    text, form = _cased(rng, p.full, how)
    return text, Kind.NAME, form


def _first(rng: random.Random, p: Person, how: str | None) -> _Written:
    text, form = _cased(rng, p.given, how)
    return text, Kind.FIRST, form


def _surname(rng: random.Random, p: Person, how: str | None) -> _Written:
    text, form = _cased(rng, p.surname, how)
    return text, Kind.SURNAME, form


def _email(rng: random.Random, p: Person, how: str | None) -> _Written:
    obfuscate = how == "obf" or (how is None and rng.random() < 0.4)
    return write_email(rng, p.email, obfuscate), Kind.EMAIL, "obfuscated" if obfuscate else "plain"


def _phone(rng: random.Random, p: Person, how: str | None) -> _Written:
    odd = how == "odd" or (how is None and rng.random() < 0.4)
    return write_phone(rng, p.phone, odd), Kind.PHONE, "odd" if odd else "plain"


def _postcode(rng: random.Random, p: Person, how: str | None) -> _Written:
    odd = how == "odd" or (how is None and rng.random() < 0.3)
    return write_postcode(rng, p.postcode, odd), Kind.POSTCODE, "odd" if odd else "plain"


def _street(rng: random.Random, p: Person, how: str | None) -> _Written:
    if how == "nonum":
        return draw_street(rng, number=False), Kind.STREET, "no number"
    text, form = _cased(rng, p.street, how)
    return text, Kind.STREET, form


def _house(rng: random.Random, p: Person, how: str | None) -> _Written:
    text, form = _cased(rng, p.house, how)
    return text, Kind.HOUSE, form


def _member(rng: random.Random, p: Person, how: str | None) -> _Written:
    return p.member, Kind.MEMBER, "digits"


_PERSON_SLOTS: dict[str, Callable[[random.Random, Person, str | None], _Written]] = {
    "name": _name,
    "first": _first,
    "surname": _surname,
    "email": _email,
    "phone": _phone,
    "postcode": _postcode,
    "street": _street,
    "house": _house,
    "member": _member,
}


def _merchant(ctx: Context, how: str | None) -> tuple[str, str]:
    if how == "row":
        return ctx.merchant, "merchant (row)"
    pool = PERSON_MERCHANTS if how != "other" or ctx.rng.random() < 0.5 else OTHER_MERCHANTS
    text, _ = _cased(ctx.rng, ctx.rng.choice(pool), "lower" if ctx.rng.random() < 0.15 else None)
    return text, "merchant"


def _voucher(ctx: Context, how: str | None) -> tuple[str, str]:
    return f"{ctx.rng.choice(VOUCHER_STEMS)}{ctx.rng.choice((10, 15, 20, 25, 5))}", "voucher"


def _ref(ctx: Context, how: str | None) -> tuple[str, str]:
    if how == "other" and ctx.refs:
        return ctx.rng.choice(ctx.refs), "order ref (batch)"
    return ctx.order_ref, "order ref (row)"


def _amount(ctx: Context, how: str | None) -> tuple[str, str]:
    value = f"{ctx.rng.randint(5, 480)}.{ctx.rng.randint(0, 99):02d}"
    return (f"£{value}" if ctx.rng.random() < 0.6 else value), "amount"


def _date(ctx: Context, how: str | None) -> tuple[str, str]:
    day, month = ctx.rng.randint(1, 28), ctx.rng.randint(1, 12)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    forms = (f"{day:02d}/{month:02d}", f"{day} {months[month - 1]}", f"{day}/{month}/26")
    return ctx.rng.choice(forms), "date"


_KEEP_SLOTS: dict[str, Callable[[Context, str | None], tuple[str, str]]] = {
    "merchant": _merchant,
    "product": lambda ctx, how: (ctx.rng.choice(PRODUCTS), "product"),
    "town": lambda ctx, how: (ctx.rng.choice(TOWNS), "town"),
    "occasion": lambda ctx, how: (ctx.rng.choice(OCCASIONS), "occasion"),
    "voucher": _voucher,
    "ref": _ref,
    "claim": lambda ctx, how: (ctx.claim_id, "claim id (row)"),
    "amount": _amount,
    "date": _date,
}


def render(template: str, ctx: Context, template_id: str) -> Note:
    """The note a template gives in this context, with a label for every slot."""
    parts: list[str] = []
    labels: list[Label] = []
    at = 0
    position = 0
    for match in SLOT.finditer(template):
        literal = template[position : match.start()]
        parts.append(literal)
        at += len(literal)
        text, kind, form = _slot(ctx, match.group(1), match.group(2), match.group(3))
        parts.append(text)
        if kind is not None:
            labels.append(Label(kind, at, at + len(text), form))
        at += len(text)
        position = match.end()
    parts.append(template[position:])
    allow = tuple(
        v for v in dict.fromkeys((ctx.merchant, ctx.order_ref, ctx.claim_id, *ctx.refs)) if v
    )
    return Note("".join(parts), tuple(labels), template_id, allow)
