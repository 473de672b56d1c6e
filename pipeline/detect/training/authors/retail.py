"""Retail customer-service, affiliate-management and network-review notes about a claim.

Notes are order-centric: order refs, baskets, products named like people, vouchers, amounts,
dispatch and returns, with the shopper's and others' names and contacts mentioned in passing.
A note is one to four template fragments sharing one cast (the shopper, someone else, a member
of staff); each ``{SLOT}`` is filled and labelled at its exact offsets after casing.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.detect.training.authors import _retail_contacts as contacts
from pipeline.detect.training.authors import _retail_names as names
from pipeline.detect.training.authors import _retail_values as values
from pipeline.detect.training.authors._retail_templates import CLEAN, FAR_CUES, PERSONAL
from pipeline.detect.training.generate import KEEP, Labelled, Note
from pipeline.detect.training.generate import PERSONAL as PERSONAL_KINDS

_SLOT = re.compile(r"\{([A-Z]+)(\d?)(?:\.(\w+))?\}")
_ROW_KINDS = ("ORDER", "CLAIM", "MERCHANT", "DATE", "AMOUNT")
_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Mr.", "Mrs.", "Prof")
_CLEAN_SHARE = 0.4
_JOINERS = (" ", " ", " ", "\n", "\n", " - ", "\n\n", " | ", "; ")
_UNLABELLED: dict[str, Callable[[random.Random], str]] = {
    "NETWORK": lambda rng: rng.choice(values.NETWORKS),
    "SITE": lambda rng: rng.choice(values.SITES),
    "CARRIER": lambda rng: rng.choice(values.CARRIERS),
    "PCT": values.percent,
    "QTY": values.quantity,
    "TITLE": lambda rng: rng.choice(_TITLES),
    "DAYS": lambda rng: str(rng.choice((7, 14, 28, 30, 45, 60, 90))),
}
_KEEP_VALUES: dict[str, Callable[[random.Random], str]] = {
    "MERCHANT": lambda rng: rng.choice(values.MERCHANTS),
    "PRODUCT": lambda rng: rng.choice(values.PRODUCTS),
    "TOWN": lambda rng: rng.choice(values.TOWNS),
    "EVENT": lambda rng: rng.choice(values.EVENTS),
    "VOUCHER": values.voucher,
    "ORDER": values.order_ref,
    "CLAIM": values.claim_id,
    "DATE": values.date,
    "AMOUNT": values.amount,
}


@dataclass(slots=True)
class _Person:
    """One person the note mentions; contacts are drawn on first use and then reused."""

    first: str
    surname: str
    drawn: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Draft:
    """A note being written: its text so far, its labels and the values it has drawn."""

    rng: random.Random
    casing: str
    note: Note = field(default_factory=Note)
    people: dict[str, _Person] = field(default_factory=dict)
    drawn: dict[str, str] = field(default_factory=dict)


def _cased(text: str, casing: str) -> str:
    """``text`` in the note's casing."""
    if casing == "upper":
        return text.upper()
    if casing == "lower":
        return text.lower()
    return text


def _person(draft: _Draft, index: str) -> _Person:
    """The person ``index`` names ('' the shopper, '2' someone else, 'S' staff)."""
    if index not in draft.people:
        rng = draft.rng
        first, surname = names.pick_person(rng)
        if index == "S":
            first = rng.choice(names.STAFF_FIRSTS)
        draft.people[index] = _Person(first, surname)
    return draft.people[index]


def _name_case(rng: random.Random, text: str, form: str) -> str:
    """A name as the slot's form asks, else as people type it: as is, lower, UPPER or Title."""
    if form in ("upper", "lower"):
        return text.upper() if form == "upper" else text.lower()
    roll = rng.random()
    if roll < 0.1:
        return text.lower()
    if roll < 0.2:
        return text.upper()
    if roll < 0.25:
        return text.title()
    return text


def _full_name(rng: random.Random, person: _Person, form: str) -> str:
    """A full name in one of its written orders."""
    first, surname = person.first, person.surname
    shapes = ("plain",) * 6 + ("init", "rev", "comma")
    shape = form if form in shapes else rng.choice(shapes)
    if shape == "init" and names.is_latin(first):
        return f"{first[0]}{rng.choice(('. ', '.', ' '))}{surname}"
    if shape == "rev":
        return f"{surname.upper()} {first}"
    if shape == "comma":
        return f"{surname}, {first}"
    return f"{first} {surname}"


def _personal_value(draft: _Draft, kind: str, index: str, form: str) -> tuple[str, str]:
    """The value (and the kind to label it) of a personal slot."""
    rng = draft.rng
    person = _person(draft, "S" if kind == "STAFF" else index)
    if kind == "STAFF":
        return person.first, "FIRST"
    if kind == "NAME":
        return _name_case(rng, _full_name(rng, person, form), form), "NAME"
    if kind == "FIRST" and form == "nick":
        nickname = person.drawn.setdefault("NICK", rng.choice(names.NICKNAMES))
        return _name_case(rng, nickname, form), "FIRST"
    if kind == "FIRST":
        return _name_case(rng, person.first, form), "FIRST"
    if kind == "SURNAME":
        return _name_case(rng, person.surname, form), "SURNAME"
    if kind not in person.drawn:
        draw: dict[str, Callable[[], str]] = {
            "EMAIL": lambda: contacts.email(rng, person.first, person.surname),
            "PHONE": lambda: contacts.phone(rng),
            "POSTCODE": lambda: contacts.postcode(rng),
            "STREET": lambda: contacts.street(rng),
            "HOUSE": lambda: contacts.house(rng),
            "MEMBER": lambda: contacts.member(rng),
        }
        person.drawn[kind] = draw[kind]()
    return person.drawn[kind], kind


def _keep_value(draft: _Draft, kind: str, index: str) -> str:
    """The value of a keep slot, the same each time the note names it."""
    key = kind + index
    if key not in draft.drawn:
        value = _KEEP_VALUES[kind](draft.rng)
        while index and value in draft.drawn.values():  # another order is not this one
            value = _KEEP_VALUES[kind](draft.rng)
        draft.drawn[key] = value
    return draft.drawn[key]


def _write(draft: _Draft, text: str) -> None:
    draft.note.text += _cased(text, draft.casing)


def _write_label(draft: _Draft, value: str, kind: str, index: str) -> None:
    """Append ``value`` and label it; the note's own row values go to ``row_keep``."""
    value = _cased(value, draft.casing)
    start = len(draft.note.text)
    draft.note.text += value
    label = Labelled(start, start + len(value), kind)
    if kind in PERSONAL_KINDS:
        draft.note.personal.append(label)
        return
    draft.note.keep.append(label)
    if kind in _ROW_KINDS and not index and value not in draft.note.row_keep:
        draft.note.row_keep.append(value)
    if kind == "ORDER" and index and value not in draft.note.batch_keep:
        draft.note.batch_keep.append(value)


def _fill_slot(draft: _Draft, kind: str, index: str, form: str) -> None:
    """Write one slot: unlabelled filler, a keep value, or a personal value (with its suffix)."""
    if kind in _UNLABELLED:
        _write(draft, _UNLABELLED[kind](draft.rng))
    elif kind in KEEP:
        _write_label(draft, _keep_value(draft, kind, index), kind, index)
    else:
        value, label_kind = _personal_value(draft, kind, index, form)
        _write_label(draft, value, label_kind, index)
        if form == "pos":
            _write(draft, draft.rng.choice(("'s", "'s", "\u2019s", "s")))


def _typo(rng: random.Random, text: str) -> str:
    """``text`` with two neighbouring letters swapped, as a hurried typist leaves it."""
    spots = [i for i in range(len(text) - 1) if text[i].isalpha() and text[i + 1].isalpha()]
    if not spots:
        return text
    spot = rng.choice(spots)
    return text[:spot] + text[spot + 1] + text[spot] + text[spot + 2 :]


def _fill(draft: _Draft, template: str, sloppy: bool) -> None:
    """Write ``template`` with each slot filled; literal text may lose punctuation or gain a typo."""
    position = 0
    for match in _SLOT.finditer(template):
        _write_literal(draft, template[position : match.start()], sloppy)
        _fill_slot(draft, match.group(1), match.group(2), match.group(3) or "")
        position = match.end()
    _write_literal(draft, template[position:], sloppy)


def _write_literal(draft: _Draft, text: str, sloppy: bool) -> None:
    if sloppy:
        text = text.replace(".", "").replace(",", "").replace(";", "")
    if draft.rng.random() < 0.04:
        text = _typo(draft.rng, text)
    _write(draft, text)


def _templates(rng: random.Random, clean: bool) -> list[str]:
    """One to four fragments; a personal note has at least one personal fragment."""
    count = rng.choice((1, 1, 1, 2, 2, 2, 3, 4))
    chosen = [rng.choice(CLEAN) for _ in range(count)]
    if clean:
        return chosen
    if rng.random() < 0.12:  # the value far from its cue
        cue, value = rng.choice(FAR_CUES)
        return [cue, *chosen, value]
    chosen[rng.randrange(count)] = rng.choice(PERSONAL)
    return chosen


def _note(rng: random.Random) -> Note:
    """One note, clean (no personal value) about two times in five."""
    casing = rng.choices(("as is", "upper", "lower"), (84, 6, 10))[0]
    draft = _Draft(rng, casing)
    sloppy = rng.random() < 0.08
    for number, template in enumerate(_templates(rng, rng.random() < _CLEAN_SHARE)):
        if number:
            _write(draft, rng.choice(_JOINERS))
        _fill(draft, template, sloppy)
    return draft.note


def notes(count: int, seed: int) -> list[Note]:
    """``count`` retail notes, reproducible for ``seed``."""
    rng = random.Random(seed)
    return [_note(rng) for _ in range(count)]
