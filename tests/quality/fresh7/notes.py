"""Filling the fresh7 templates: notes with labels at exact offsets and their allow-lists.

``own_notes`` fills this set's templates (every third note clean, every template in turn, one
seeded generator per note); ``presidio_notes`` fills presidio-evaluator's vendored templates
with this set's people and places.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import cache

from harness.judge import Kind, Label
from harness.presidio import fillable_templates

from fresh7 import forms, places
from fresh7.people import Person, draw_person
from fresh7.templates import CLEAN, PERSONAL

SLOT = re.compile(r"\{([a-z]+[0-9]?)(?:\.([A-Za-z]+))?\}")
PERSONAL_SLOTS = frozenset(
    ["name", "first", "surname", "email", "phone", "landline", "postcode", "street", "house",
     "member", "other", "kin"]
)  # fmt: skip
KEEP_SLOTS = frozenset(
    ["merchant", "merchant2", "product", "town", "occasion", "voucher", "order", "order2",
     "claim", "date", "amount", "courier", "network", "tracking", "sku", "time"]
)  # fmt: skip
_FALLBACK_LOCAL = ("shopper", "mailbox", "bargains", "home.office", "family", "cwtch", "oldnokia")
_SIGN_FORMS = ("given surname", "initial surname", "given surname-initial", "given surname")


@dataclass(frozen=True, slots=True)
class Contact:
    """A claimant: the person and their contact details."""

    person: Person
    local: str
    domain: str
    mobile: forms.Phone
    landline: forms.Phone
    postcode: str
    street: forms.Street
    house: str
    town: str
    member: str
    member_shape: str


def _clean_part(text: str) -> str:
    folded = forms.ascii_fold(text).lower()
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c == "-"))


def _local_part(rng: random.Random, p: Person) -> str:
    given = "" if p.script else _clean_part(p.given).replace("-", "")
    surname = "" if p.script else _clean_part(p.surname)
    if not given:
        given = rng.choice(_FALLBACK_LOCAL)
    shapes = [f"{given}{rng.randint(1, 999)}", f"{given}_{rng.randint(70, 99)}"]
    if surname:
        shapes += [f"{given}.{surname}", f"{given[0]}{surname}", f"{surname}.{given[0]}",
                   f"{given}{surname}{rng.randint(1, 99)}", f"{surname}_{given}"]  # fmt: skip
    return rng.choice(shapes).strip("-")


def draw_contact(rng: random.Random, person: Person | None = None) -> Contact:
    p = person or draw_person(rng)
    irish = rng.random() < 0.18
    member, shape = forms.draw_member(rng)
    return Contact(
        p, _local_part(rng, p), rng.choice(places.DOMAINS),
        forms.draw_irish(rng) if irish else forms.draw_mobile(rng),
        forms.draw_irish(rng) if irish else forms.draw_landline(rng),
        forms.draw_eircode(rng) if irish else forms.draw_postcode(rng), forms.draw_street(rng),
        rng.choice(places.HOUSE_NAMES), rng.choice(places.TOWNS), member, shape,
    )  # fmt: skip


def draw_order_ref(rng: random.Random) -> str:
    d = "".join(rng.choice("0123456789") for _ in range(10))
    shape = rng.randrange(7)
    return (f"ORD{d[:8]}", f"{d[:3]}-{d[3:7]}-{d[7:]}", f"W{d[:9]}", f"#{d[:7]}",
            f"SO-26-{d[:6]}", f"0{d[:4]} {d[4:7]} {d[7:]}", f"{d[:2]}/{d[2:8]}/A")[shape]  # fmt: skip


def draw_claim_id(rng: random.Random) -> str:
    return rng.choice((f"CLM7-{rng.randint(100000, 999999)}", f"MC{rng.randint(1000000, 9999999)}"))


@dataclass
class Row:
    """What a note's row holds (its allow-list) and the people a note may name."""

    contact: Contact
    merchant: str
    order: str
    claim: str
    extra_refs: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Note:
    text: str
    labels: tuple[Label, ...]
    allow: tuple[str, ...]
    template: int  # index into PERSONAL, or -1 - index into CLEAN
    clean: bool


def _case(value: str, form: str, modifier: str | None) -> tuple[str, str]:
    if modifier == "upper":
        return value.upper(), f"{form} upper"
    if modifier == "lower":
        return value.lower(), f"{form} lower"
    return value, form


class _Writer:
    """Writes a note piece by piece, labelling each value at its offsets."""

    def __init__(self, rng: random.Random, row: Row) -> None:
        self.rng, self.row = rng, row
        self.parts: list[str] = []
        self.labels: list[Label] = []
        self.allow: list[str] = [row.merchant, row.order, row.claim]
        self.at = 0

    def text(self, value: str) -> None:
        self.parts.append(value)
        self.at += len(value)

    def put(self, value: str, kind: Kind, form: str) -> None:
        assert value and value == value.strip(), "a label sits on a trimmed value"
        self.labels.append(Label(kind, self.at, self.at + len(value), form))
        self.text(value)

    def name(self, p: Person, modifier: str | None) -> None:
        rng = self.rng
        form = "given surname" if modifier == "plain" else None
        if modifier == "sign":
            form = rng.choice(_SIGN_FORMS)
        before, value, form = forms.name_form(rng, p, form)
        value, form = _case(value, form, modifier)
        self.text(before)
        self.put(value, Kind.FIRST if form == "mono" else Kind.NAME, form)

    def personal(self, slot: str, modifier: str | None) -> None:
        rng, c = self.rng, self.row.contact
        p = c.person
        if slot == "name":
            self.name(p, modifier)
        elif slot == "other":
            self.name(draw_person(rng), modifier)
        elif slot == "kin":
            other = draw_person(rng)
            if rng.random() < 0.5:
                self.name(other, modifier)
            else:
                value, form = forms.first_form(rng, other)
                value, form = _case(value, form, modifier)
                self.put(value, Kind.FIRST, form)
        elif slot == "first":
            value, form = forms.first_form(rng, p)
            value, form = _case(value, form, modifier)
            self.put(value, Kind.FIRST, form)
        elif slot == "surname":
            before, value, form = forms.surname_form(rng, p)
            value, form = _case(value, form, modifier)
            self.text(before)
            self.put(value, Kind.FIRST if form == "mono" else Kind.SURNAME, form)
        elif slot == "email":
            value, form = forms.email_form(
                rng, c.local, c.domain, "plain" if modifier == "plain" else None
            )
            value, form = _case(value, form, modifier if modifier != "plain" else None)
            self.text({"mailto": "mailto:", "angle brackets": "<"}.get(form, ""))
            self.put(value, Kind.EMAIL, form)
            self.text(">" if form == "angle brackets" else "")
        elif slot in ("phone", "landline"):
            phone = c.mobile if slot == "phone" else c.landline
            value, form = forms.phone_form(rng, phone, "spaced" if modifier == "plain" else None)
            self.put(value, Kind.PHONE, ("landline " if slot == "landline" else "") + form)
        elif slot == "postcode":
            value, form = forms.postcode_form(
                rng, c.postcode, "plain" if modifier == "plain" else None
            )
            value, form = _case(value, form, modifier if modifier != "plain" else None)
            self.put(value, Kind.POSTCODE, form)
            self.text("," if form.endswith("trailing comma") else "")
        elif slot == "street":
            value, form = forms.street_form(rng, c.street, "plain" if modifier == "plain" else None)
            value, form = _case(value, form, modifier if modifier != "plain" else None)
            self.put(value, Kind.STREET, form)
        elif slot == "house":
            value, form = forms.house_form(rng, c.house)
            value, form = _case(value, form, modifier)
            self.put(value, Kind.HOUSE, form)
        else:  # member
            cue, cue_name = forms.member_cue(rng)
            self.text(cue)
            self.put(c.member, Kind.MEMBER, f"{cue_name} cue, {c.member_shape}")

    def drawn(self, slot: str) -> str:
        """A look-alike value for a keep slot that the row does not hold."""
        rng = self.rng
        pools = {"product": places.PRODUCTS, "town": places.TOWNS, "occasion": places.OCCASIONS,
                 "courier": places.COURIERS, "network": places.NETWORKS}  # fmt: skip
        if slot in pools:
            return rng.choice(pools[slot])
        makers = {"voucher": forms.voucher, "date": forms.draw_date, "amount": forms.draw_amount,
                  "tracking": forms.draw_tracking, "sku": forms.draw_sku,
                  "time": forms.draw_time}  # fmt: skip
        return makers[slot](rng)

    def keep(self, slot: str, modifier: str | None) -> None:
        rng, row = self.rng, self.row
        if slot == "merchant":
            value, form = row.merchant, "merchant (row)"
        elif slot == "merchant2":
            value = rng.choice([m for m in places.MERCHANTS if m != row.merchant])
            form = "another merchant"
            self.allow.append(value)
        elif slot == "order":
            value, form = row.order, "order ref (row)"
        elif slot == "order2":
            value = draw_order_ref(rng)
            form = "order ref (batch)"
            self.allow.append(value)
            row.extra_refs.append(value)
        elif slot == "claim":
            value, form = row.claim, "claim id (row)"
        else:
            value, form = self.drawn(slot), _KEEP_FORMS[slot]
        if modifier == "upper":
            value = value.upper()
        elif modifier == "lower":
            value = value.lower()
        self.put(value, Kind.KEEP, form)


_KEEP_FORMS = {"product": "product", "town": "town", "occasion": "occasion", "voucher": "voucher",
               "date": "date", "amount": "amount", "courier": "courier", "network": "network",
               "tracking": "tracking number", "sku": "sku", "time": "time"}  # fmt: skip


def render(
    template: str, rng: random.Random, row: Row
) -> tuple[str, tuple[Label, ...], tuple[str, ...]]:
    """The filled template, its labels and its allow-list."""
    w = _Writer(rng, row)
    last = 0
    for m in SLOT.finditer(template):
        w.text(template[last : m.start()])
        slot, modifier = m.group(1), m.group(2)
        if slot in PERSONAL_SLOTS:
            w.personal(slot, modifier)
        else:
            w.keep(slot, modifier)
        last = m.end()
    w.text(template[last:])
    return "".join(w.parts), tuple(w.labels), tuple(dict.fromkeys(w.allow))


def draw_row(rng: random.Random) -> Row:
    return Row(draw_contact(rng), rng.choice(places.MERCHANTS), draw_order_ref(rng),
               draw_claim_id(rng))  # fmt: skip


def note_for(index: int, rng: random.Random, row: Row) -> Note:
    """Note ``index`` of the sequence: every third clean, the templates taken in turn."""
    if index % 3 == 2:
        number = (index // 3) % len(CLEAN)
        text, labels, allow = render(CLEAN[number], rng, row)
        return Note(text, labels, allow, -1 - number, True)
    number = (2 * (index // 3) + index % 3) % len(PERSONAL)
    text, labels, allow = render(PERSONAL[number], rng, row)
    return Note(text, labels, allow, number, False)


def own_notes(count: int, seed: int = 7) -> list[Note]:
    """``count`` notes of this set's templates, one seeded generator per note."""
    notes = []
    for i in range(count):
        rng = random.Random(f"fresh7-note-{seed}-{i}")
        notes.append(note_for(i, rng, draw_row(rng)))
    return notes


_UNSUPPORTED = ("credit_card_number", "iban", "ssn", "ip_address", "us_driver_license", "url",
                "date_of_birth")  # fmt: skip
_P_SLOT = re.compile(r"\{\{([a-z_]+)\}\}")
_COUNTRIES = ("Ireland", "Finland", "Japan", "Turkey", "Senegal", "Fiji", "Peru", "Nepal",
              "Latvia", "Madagascar", "Mongolia", "Iceland")  # fmt: skip
_NATIONALITIES = ("Irish", "Finnish", "Japanese", "Turkish", "Senegalese", "Fijian",
                  "Peruvian", "Nepali", "Latvian", "Malagasy")  # fmt: skip
_JOBS = ("dental nurse", "bus driver", "sommelier", "tree surgeon", "locksmith", "welder",
         "pharmacist", "lifeguard")  # fmt: skip


@cache
def presidio_templates() -> tuple[str, ...]:
    """The vendored presidio-evaluator templates whose slots this set can fill."""
    return fillable_templates(_UNSUPPORTED)


def _presidio_fill(w: _Writer, slot: str) -> None:
    rng = w.rng
    people = {"person": "name", "name": "name", "name_female": "name", "name_male": "name",
              "first_name": "first", "first_name_male": "first", "first_name_female": "first",
              "first_name_nonbinary": "first", "last_name": "surname",
              "last_name_male": "surname", "last_name_female": "surname",
              "email": "email", "phone_number": "phone", "postcode": "postcode",
              "zipcode": "postcode", "street_name": "street"}  # fmt: skip
    if slot in people:
        w.personal(people[slot], None)
    elif slot == "address":
        w.personal("street", None)
        w.text(", ")
        w.keep("town", None)
        w.text(" ")
        w.personal("postcode", None)
    elif slot in ("city", "organization"):
        w.keep("town" if slot == "city" else "merchant", None)
    elif slot == "building_number":
        w.text(str(rng.randint(1, 240)))
    elif slot == "secondary_address":
        w.text(rng.choice(places.FLATS))
    else:
        fillers = {"country": _COUNTRIES, "nationality": _NATIONALITIES,
                   "nation_woman": _NATIONALITIES, "nation_plural": _NATIONALITIES,
                   "job": _JOBS, "prefix": ("Mx", "Dr"), "prefix_male": ("Mr", "Herr"),
                   "prefix_female": ("Mrs", "Ms"), "day_of_week": ("Wednesday", "Sunday"),
                   "state_abbr": ("FI", "IE"), "age": ("29", "73"), "year": ("2021", "2026"),
                   "date_time": ("3 June 2026 16:40",)}  # fmt: skip
        w.text(rng.choice(fillers.get(slot, ("something",))))


def presidio_notes(count: int, seed: int = 7) -> list[Note]:
    """``count`` notes of presidio-evaluator's templates, filled with this set's people."""
    templates = presidio_templates()
    notes = []
    for i in range(count):
        rng = random.Random(f"fresh7-presidio-{seed}-{i}")
        template = templates[i % len(templates)]
        w = _Writer(rng, draw_row(rng))
        last = 0
        for m in _P_SLOT.finditer(template):
            w.text(template[last : m.start()])
            _presidio_fill(w, m.group(1))
            last = m.end()
        w.text(template[last:])
        labels = tuple(w.labels)
        clean = all(label.kind is Kind.KEEP for label in labels)
        allow = tuple(dict.fromkeys(w.allow))
        notes.append(Note("".join(w.parts), labels, allow, i % len(templates), clean))
    return notes
