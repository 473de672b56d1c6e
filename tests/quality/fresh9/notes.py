"""Filling the fresh9 templates: notes labelled at exact character offsets, deterministically.

``own_notes(count)`` renders the set's own templates (every third note clean); ``render``
fills one template for a claim row (the batch passes the row's own person and values);
``presidio_notes(count)`` fills the vendored presidio-evaluator templates with this set's
people and places. Each ``Note`` carries its ``labels`` (kind, start, end, form) and its
``allow`` list: what the note's row holds (its merchant, order ref and claim id) and any
other order ref of the batch the note mentions.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from harness.judge import Kind, Label
from harness.presidio import fillable_templates

from fresh9 import forms, people, places
from fresh9.forms import Person, Piece, plain
from fresh9.templates import CLEAN, PERSONAL

SLOT = re.compile(r"\{\{|\}\}|\{([a-z][a-z0-9_]*)(?:\.(upper|lower))?\}")
_PEOPLE_SLOTS = ("name", "first", "surname", "titled", "poss")
PERSONAL_SLOTS = frozenset(
    [f"{s}{n}" for s in _PEOPLE_SLOTS for n in ("", "2", "3")]
    + ["email", "email2", "phone", "phone2", "postcode", "street", "house", "address"]
    + ["address_lines", "member", "member_far", "member_bare", "member_cue"]
)
KEEP_SLOTS = frozenset(
    ["merchant", "merchant2", "product", "town", "occasion", "voucher", "order", "order_batch",
     "order_old", "claim", "date", "amount", "courier", "network", "tracking", "sku", "time"]
)  # fmt: skip
# presidio-evaluator slots this set does not fill (no card numbers, IBANs, SSNs ... here)
UNSUPPORTED = ("credit_card_number", "iban", "ssn", "ip_address", "us_driver_license", "state_abbr")


@dataclass(frozen=True, slots=True)
class Note:
    text: str
    labels: tuple[Label, ...]
    allow: tuple[str, ...]
    template: int  # index into PERSONAL; -1 - index into CLEAN; presidio: index of its list
    clean: bool


@dataclass
class Contact:
    """One person of a note and the values they are written with."""

    person: Person
    email: str
    mobile: str
    postcode: str
    street: tuple[str, str, str]
    house: str
    member: tuple[str, str]
    town: str


def make_contact(rng: random.Random, scripts: bool = True) -> Contact:
    person = forms.make_person(rng, scripts)
    return Contact(
        person=person,
        email=forms.email_address(rng, person),
        mobile=forms.uk_mobile(rng),
        postcode=forms.postcode_value(rng),
        street=forms.street_value(rng),
        house=rng.choice(places.HOUSE_NAMES),
        member=forms.member_value(rng),
        town=rng.choice(places.TOWNS),
    )


@dataclass
class Row:
    """What the note's claim row holds, and the batch's other order refs it may mention."""

    merchant: str
    order: str
    claim: str
    batch_refs: tuple[str, ...] = ()
    writer: Contact | None = None
    mentioned: list[str] = field(default_factory=list)


def make_row(rng: random.Random) -> Row:
    refs = tuple(forms.order_ref(rng)[0] for _ in range(3))
    return Row(rng.choice(places.MERCHANTS), forms.order_ref(rng)[0], forms.claim_id(rng), refs)


def _address(rng: random.Random, c: Contact, joiner: str) -> list[Piece]:
    out: list[Piece] = []
    if rng.random() < 0.35:
        out += [*forms.house(rng, c.house), plain(joiner)]
    out += forms.street(rng, c.street)
    out += [plain(joiner + c.town + rng.choice([" ", joiner])), *forms.postcode(rng, c.postcode)]
    return out


class _Filler:
    """Fills one note's slots; the same person for every slot of one index."""

    def __init__(self, rng: random.Random, row: Row) -> None:
        self.rng = rng
        self.row = row
        self.contacts: dict[str, Contact] = {}

    def contact(self, index: str) -> Contact:
        if index not in self.contacts:
            if index == "" and self.row.writer is not None:
                self.contacts[index] = self.row.writer
            else:
                self.contacts[index] = make_contact(self.rng)
        return self.contacts[index]

    def personal(self, slot: str) -> list[Piece]:
        rng = self.rng
        base, index = slot.rstrip("23"), slot[len(slot.rstrip("23")) :]
        c = self.contact(index)
        if base in ("name", "first", "surname", "titled", "poss"):
            make = {"name": forms.full_name, "first": forms.first_name, "surname": forms.surname,
                    "titled": forms.titled_name, "poss": forms.possessive}[base]  # fmt: skip
            return make(rng, c.person)
        if base == "email":
            return forms.email(rng, c.email)
        if base == "phone":
            return forms.phone(rng, c.mobile if rng.random() < 0.72 else None)
        if base == "postcode":
            return forms.postcode(rng, c.postcode)
        if base == "street":
            return forms.street(rng, c.street)
        if base == "house":
            return forms.house(rng, c.house)
        if base == "address":
            return _address(rng, c, ", ")
        if base == "address_lines":
            return _address(rng, c, "\n")
        if base == "member":
            return forms.member(rng, c.member, "near")
        if base == "member_far":
            return forms.member(rng, c.member, "far")
        if base == "member_bare":
            return forms.member(rng, c.member, "none")
        if base == "member_cue":
            return forms.member_with_cue(rng, c.member)
        raise KeyError(slot)

    def keep(self, slot: str) -> list[Piece]:
        rng, row = self.rng, self.row
        keep = Kind.KEEP
        if slot == "merchant":
            return [(row.merchant, keep, "merchant (row)")]
        if slot == "merchant2":
            other = rng.choice([m for m in places.MERCHANTS if m != row.merchant])
            return [(other, keep, "other merchant")]
        if slot == "order":
            return [(row.order, keep, "order ref (row)")]
        if slot == "order_batch":
            ref = rng.choice(row.batch_refs) if row.batch_refs else forms.order_ref(rng)[0]
            row.mentioned.append(ref)
            return [(ref, keep, "order ref (batch)")]
        if slot == "order_old":
            return [(forms.order_ref(rng)[0], keep, "order ref (earlier)")]
        if slot == "claim":
            return [(row.claim, keep, "claim id (row)")]
        if slot == "sku":
            value, form = forms.sku(rng)
            return [(value, keep, form)]
        simple = {
            "product": (places.PRODUCTS, "product"), "town": (places.TOWNS, "town"),
            "occasion": (places.OCCASIONS, "occasion"), "voucher": (places.VOUCHERS, "voucher"),
            "courier": (places.COURIERS, "courier"), "network": (places.NETWORKS, "network"),
        }  # fmt: skip
        if slot in simple:
            values, form = simple[slot]
            return [(rng.choice(values), keep, form)]
        made = {"date": forms.date, "amount": forms.amount, "tracking": forms.tracking,
                "time": forms.time_of_day}[slot]  # fmt: skip
        form = {"tracking": "tracking number"}.get(slot, slot)
        return [(made(rng), keep, form)]


def _case(pieces: list[Piece], modifier: str | None) -> list[Piece]:
    if not modifier:
        return pieces
    change = str.upper if modifier == "upper" else str.lower
    return [(change(t), k, f"{f} ({modifier})" if k is not None else f) for t, k, f in pieces]


def _assemble(parts: list[Piece]) -> tuple[str, tuple[Label, ...]]:
    text: list[str] = []
    labels: list[Label] = []
    at = 0
    for chunk, kind, form in parts:
        if kind is not None:
            labels.append(Label(kind, at, at + len(chunk), form))
        text.append(chunk)
        at += len(chunk)
    return "".join(text), tuple(labels)


def render(
    template: str, rng: random.Random, row: Row
) -> tuple[str, tuple[Label, ...], tuple[str, ...]]:
    """Fill one template for a row: its text, its labels, its allow list."""
    filler = _Filler(rng, row)
    row.mentioned = []
    parts: list[Piece] = []
    last = 0
    for m in SLOT.finditer(template):
        parts.append(plain(template[last : m.start()]))
        last = m.end()
        if m.group(0) in ("{{", "}}"):
            parts.append(plain(m.group(0)[0]))
            continue
        slot, modifier = m.group(1), m.group(2)
        pieces = filler.personal(slot) if slot in PERSONAL_SLOTS else filler.keep(slot)
        parts += _case(pieces, modifier)
    parts.append(plain(template[last:]))
    text, labels = _assemble([p for p in parts if p[0]])
    allow = (row.merchant, row.order, row.claim, *dict.fromkeys(row.mentioned))
    return text, labels, allow


def own_notes(count: int, seed: int = 9) -> list[Note]:
    """``count`` notes of the set's own templates; every third one is clean."""
    rng = random.Random(f"fresh9 notes {seed}")
    personal = list(range(len(PERSONAL)))
    clean = list(range(len(CLEAN)))
    rng.shuffle(personal)
    rng.shuffle(clean)
    notes: list[Note] = []
    used_personal = used_clean = 0
    for i in range(count):
        row = make_row(rng)
        if i % 3 == 2:
            index = clean[used_clean % len(clean)]
            used_clean += 1
            text, labels, allow = render(CLEAN[index], rng, row)
            notes.append(Note(text, labels, allow, -1 - index, True))
        else:
            index = personal[used_personal % len(personal)]
            used_personal += 1
            text, labels, allow = render(PERSONAL[index], rng, row)
            notes.append(Note(text, labels, allow, index, False))
    return notes


def note_for_row(rng: random.Random, row: Row, clean: bool) -> Note:
    """One note for a claim row of the batch (its writer is usually the row's shopper)."""
    if clean:
        index = rng.randrange(len(CLEAN))
        text, labels, allow = render(CLEAN[index], rng, row)
        return Note(text, labels, allow, -1 - index, True)
    index = rng.randrange(len(PERSONAL))
    text, labels, allow = render(PERSONAL[index], rng, row)
    return Note(text, labels, allow, index, False)


# --- presidio-evaluator templates ----------------------------------------------------------

PRESIDIO_SLOT = re.compile(r"\{\{([a-z_]+)\}\}")
_COUNTRIES = ("Wales", "Ireland", "Nigeria", "Poland", "Jamaica", "Pakistan", "Iceland", "Samoa",
              "Ghana", "Vietnam", "Georgia", "Chile", "Scotland", "Tonga", "Peru")  # fmt: skip
_NATIONALITIES = ("Welsh", "Irish", "Nigerian", "Polish", "Jamaican", "Pakistani", "Icelandic",
                  "Samoan", "Ghanaian", "Vietnamese", "Georgian", "Chilean", "Scottish")  # fmt: skip
_JOBS = ("midwife", "bus driver", "plasterer", "pharmacist", "teaching assistant", "chef",
         "postie", "welder", "solicitor", "carer")  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def presidio_templates() -> tuple[str, ...]:
    return fillable_templates(UNSUPPORTED)


def _presidio_slot(rng: random.Random, slot: str, c: Contact) -> list[Piece]:
    keep = Kind.KEEP
    if slot in ("person", "name", "name_female", "name_male"):
        return forms.full_name(rng, c.person)
    if slot.startswith("first_name"):
        given = c.person.native or c.person.given
        return [(given, Kind.NAME if c.person.native else Kind.FIRST, "presidio first")]
    if slot.startswith("last_name"):
        family = c.person.native or c.person.surname or c.person.given
        kind = Kind.SURNAME if c.person.surname and not c.person.native else Kind.NAME
        return [(family, kind, "presidio last")]
    if slot.startswith("prefix"):
        return [plain(rng.choice(people.TITLES))]
    if slot == "email":
        return forms.email(rng, c.email, rng.choice(["plain", "plain", "upper", "plus tag"]))
    if slot == "phone_number":
        return forms.phone(rng, c.mobile if rng.random() < 0.6 else None)
    if slot == "address":
        return _address(rng, c, ", ")
    if slot == "street_name":
        _, stem, word = c.street
        name = f"{word} {stem}" if word in places.LEADING else f"{stem} {word}"
        return [(name, Kind.STREET, "presidio street name")]
    if slot == "building_number":
        return [plain(c.street[0])]
    if slot == "secondary_address":
        return [(rng.choice(places.FLATS), Kind.STREET, "presidio flat")]
    if slot in ("postcode", "zipcode"):
        return forms.postcode(rng, c.postcode)
    if slot == "city":
        return [(c.town, keep, "town")]
    if slot == "organization":
        return [(rng.choice(places.MERCHANTS), keep, "organization")]
    if slot in ("date_time", "year"):
        return [
            (forms.date(rng) if slot == "date_time" else str(rng.randint(1990, 2026)), keep, "date")
        ]
    if slot == "url":
        shop = forms.fold(rng.choice(places.MERCHANTS)).casefold()
        return [("www." + re.sub(r"[^a-z]", "", shop) + ".co.uk", keep, "url")]
    fillers = {
        "country": _COUNTRIES, "nationality": _NATIONALITIES, "nation_woman": _NATIONALITIES,
        "nation_plural": _NATIONALITIES, "job": _JOBS, "day_of_week": _DAYS,
    }  # fmt: skip
    if slot in fillers:
        return [plain(rng.choice(fillers[slot]))]
    if slot == "age":
        return [plain(str(rng.randint(18, 90)))]
    if slot == "date_of_birth":
        return [
            plain(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1940, 2005)}")
        ]
    raise KeyError(slot)


def presidio_notes(count: int, seed: int = 9) -> list[Note]:
    """``count`` presidio-evaluator sentences filled with this set's people and places."""
    rng = random.Random(f"fresh9 presidio {seed}")
    templates = presidio_templates()
    order = list(range(len(templates)))
    rng.shuffle(order)
    notes: list[Note] = []
    for i in range(count):
        index = order[i % len(order)]
        template = templates[index]
        people_of: dict[str, Contact] = {}
        first = make_contact(rng)
        parts: list[Piece] = []
        last = 0
        for m in PRESIDIO_SLOT.finditer(template):
            parts.append(plain(template[last : m.start()]))
            last = m.end()
            slot = m.group(1)
            # one person per template, a second for a second "person" slot
            key = "second" if slot in ("person", "name") and slot in people_of else "first"
            if slot in ("person", "name"):
                people_of.setdefault(slot, first)
            c = first if key == "first" else people_of.setdefault(slot + "2", make_contact(rng))
            parts += _presidio_slot(rng, slot, c)
        parts.append(plain(template[last:]))
        text, labels = _assemble([p for p in parts if p[0]])
        clean = all(label.kind is Kind.KEEP for label in labels)
        notes.append(Note(text, labels, (), index, clean))
    return notes
