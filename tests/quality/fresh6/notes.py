"""Filling the fresh6 templates: notes with labels at exact offsets and their allow-lists.

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

from fresh6 import forms, places
from fresh6.people import Person, draw_person
from fresh6.templates import CLEAN, PERSONAL

SLOT = re.compile(r"\{([a-z]+[0-9]?)(?:\.([A-Za-z]+))?\}")
PERSONAL_SLOTS = frozenset(
    ["name", "first", "surname", "email", "phone", "landline", "postcode", "street", "house",
     "member", "other", "kin"]
)  # fmt: skip
KEEP_SLOTS = frozenset(
    ["merchant", "merchant2", "product", "town", "occasion", "voucher", "order", "order2",
     "claim", "date", "amount", "courier", "network"]
)  # fmt: skip
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Contact:
    """A claimant: the person and their contact details."""

    person: Person
    local: str
    domain: str
    mobile: str
    landline: str
    postcode: str
    street: forms.Street
    house: str
    town: str
    member: str


def _local_part(rng: random.Random, p: Person) -> str:
    given = forms.ascii_fold(p.given).lower().replace(" ", "").replace("'", "")
    surname = forms.ascii_fold(p.surname).lower().replace(" ", "").replace("'", "")
    if not given.isascii() or not given.isalpha():
        given = rng.choice(("siop", "cwtch", "kali", "moana", "sunny"))
    if not surname.isascii() or not surname.replace("-", "").isalpha():
        surname = ""
    shapes = [
        f"{given}.{surname}",
        f"{given}{surname}{rng.randint(1, 99)}",
        f"{given[0]}{surname}",
        f"{surname}_{given}",
        f"{given}{rng.randint(70, 2009)}",
    ]
    return rng.choice([s for s in shapes if s.strip("._-0123456789") and ".." not in s
                       and not s.startswith(("_", ".")) and not s.endswith(("_", "."))])  # fmt: skip


def draw_contact(rng: random.Random, person: Person | None = None) -> Contact:
    p = person or draw_person(rng)
    irish = rng.random() < 0.15
    return Contact(
        p, _local_part(rng, p), rng.choice(places.DOMAINS),
        forms.draw_irish(rng) if irish else forms.draw_mobile(rng), forms.draw_landline(rng),
        forms.draw_eircode(rng) if irish else forms.draw_postcode(rng), forms.draw_street(rng),
        rng.choice(places.HOUSE_NAMES), rng.choice(places.TOWNS), forms.draw_member(rng),
    )  # fmt: skip


def draw_order_ref(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(7))
    shape = rng.randrange(5)
    return (f"ORD-{digits}", f"{digits[:3]}-{digits[3:]}-26", f"WEB{digits}",
            f"#{digits}", f"PT26{digits}")[shape]  # fmt: skip


def draw_claim_id(rng: random.Random) -> str:
    return f"MC-{rng.randint(100000, 999999)}"


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


class _Writer:
    """Builds one note: text parts, labels at exact offsets, the allow-list."""

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
        self.labels.append(Label(kind, self.at, self.at + len(value), form))
        self.text(value)

    def person(self, p: Person, kind: Kind, modifier: str | None) -> None:
        script = f", script {p.script}" if p.script != "Latin" else ""
        if kind is Kind.NAME:
            form = self.rng.choice(forms.NAME_FORMS)
            if modifier in ("upper", "lower"):
                form = modifier
            written = forms.full_name(p, form)
            if written.form.startswith("title"):
                self.text(f"{p.title or 'Mx'} ")
            text = written.text if p.script == "Latin" else f"{p.given} {p.surname}"
            self.put(text, Kind.NAME, written.form + script)
            return
        if kind is Kind.FIRST:
            use_nick = p.nickname and self.rng.random() < 0.3
            value, form = (p.nickname, "nickname") if use_nick else (p.given, "given")
        else:
            value, form = (p.surname or p.given), "surname"
        if modifier == "upper" or self.rng.random() < 0.08:
            value, form = value.upper(), form + ", upper"
        elif self.rng.random() < 0.08:
            value, form = value.lower(), form + ", lower"
        self.put(value, kind, form + script)

    def personal(self, slot: str, modifier: str | None) -> None:
        c, rng = self.row.contact, self.rng
        if slot in ("name", "first", "surname"):
            kind = {"name": Kind.NAME, "first": Kind.FIRST, "surname": Kind.SURNAME}[slot]
            self.person(c.person, kind, modifier)
        elif slot == "other":
            self.person(draw_person(rng), Kind.NAME, modifier)
        elif slot == "kin":
            self.person(draw_person(rng), Kind.FIRST, modifier)
        elif slot == "email":
            w = forms.email(c.local, c.domain, rng.choice(forms.EMAIL_FORMS))
            self.put(w.text, Kind.EMAIL, w.form)
        elif slot in ("phone", "landline"):
            number = c.landline if slot == "landline" else c.mobile
            form = rng.choice(forms.PHONE_FORMS)
            self.put(forms.phone(number, form).text, Kind.PHONE, form)
        elif slot == "postcode":
            irish = c.postcode[:1].isalpha() and c.postcode[1:3].isdigit() and len(
                c.postcode.split(" ")[1]) == 4  # fmt: skip
            choices = [f for f in forms.POSTCODE_FORMS if f.startswith("Eircode") == irish]
            w = forms.postcode(c.postcode, rng.choice(choices))
            self.put(w.text, Kind.POSTCODE, w.form)
        elif slot == "street":
            w = forms.street(c.street, rng.choice(forms.STREET_FORMS))
            self.put(w.text, Kind.STREET, w.form)
        elif slot == "house":
            self.put(c.house, Kind.HOUSE, "house name")
        else:
            self.member()

    def member(self) -> None:
        template = "".join(self.parts).casefold()
        cues = ("member", "membership", "account", "aelod", "cliente", "μέλους", "členské",
                "üye", "lidnummer", "membru", "tagsági", "loyalty", "ref")  # fmt: skip
        tail = template[-20:]
        cue = "near" if any(c in tail for c in cues) else (
            "far" if any(c in template for c in cues) else "none")  # fmt: skip
        value = self.row.contact.member
        shape = "letters" if value[:2].isalpha() else "digits"
        self.put(value, Kind.MEMBER, f"{cue} cue, {shape}")

    def keep(self, slot: str, modifier: str | None) -> None:
        rng, row = self.rng, self.row
        if slot == "merchant":
            self.put(row.merchant, Kind.KEEP, "merchant (row)")
        elif slot == "merchant2":
            other = rng.choice([m for m in places.MERCHANTS if m != row.merchant])
            self.allow.append(other)
            self.put(other, Kind.KEEP, "another merchant")
        elif slot == "order":
            self.put(row.order, Kind.KEEP, "order ref (row)")
        elif slot == "order2":
            ref = draw_order_ref(rng)
            row.extra_refs.append(ref)
            self.allow.append(ref)
            self.put(ref, Kind.KEEP, "order ref (batch)")
        elif slot == "claim":
            self.put(row.claim, Kind.KEEP, "claim id (row)")
        elif slot == "date":
            day, month = rng.randint(1, 28), rng.randint(1, 12)
            text = rng.choice((f"{day:02d}/{month:02d}/2026", f"{day} {_MONTHS[month - 1]}",
                               f"2026-{month:02d}-{day:02d}", f"{day}.{month}.2026"))  # fmt: skip
            self.put(text, Kind.KEEP, "date")
        elif slot == "amount":
            value = f"{rng.randint(5, 900)}.{rng.choice((0, 49, 99, 50)):02d}"
            text = rng.choice((f"£{value}", f"€{value}", f"{value.replace('.', ',')} €",
                               f"GBP {value}"))  # fmt: skip
            self.put(text, Kind.KEEP, "amount")
        else:
            values = {"product": places.PRODUCTS, "town": places.TOWNS,
                      "occasion": places.OCCASIONS, "courier": places.COURIERS,
                      "network": places.NETWORKS}  # fmt: skip
            value = forms.voucher(rng) if slot == "voucher" else rng.choice(values[slot])
            self.put(value, Kind.KEEP, slot)


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
    number = (index - index // 3) % len(PERSONAL)
    text, labels, allow = render(PERSONAL[number], rng, row)
    return Note(text, labels, allow, number, False)


def own_notes(count: int, seed: int = 6) -> list[Note]:
    """``count`` notes of this set's templates, one seeded generator per note."""
    notes = []
    for i in range(count):
        rng = random.Random(f"fresh6-note-{seed}-{i}")
        notes.append(note_for(i, rng, draw_row(rng)))
    return notes


_UNSUPPORTED = ("credit_card_number", "iban", "ssn", "ip_address", "us_driver_license", "url",
                "date_of_birth")  # fmt: skip
_P_SLOT = re.compile(r"\{\{([a-z_]+)\}\}")
_COUNTRIES = ("Wales", "Portugal", "Greece", "Czechia", "Turkey", "Ghana", "Samoa", "Georgia",
              "Iceland", "Mongolia", "Peru", "Malta")  # fmt: skip
_NATIONALITIES = ("Welsh", "Portuguese", "Greek", "Czech", "Turkish", "Ghanaian", "Samoan",
                  "Georgian", "Icelandic", "Maltese")  # fmt: skip
_JOBS = ("midwife", "stonemason", "ferry pilot", "baker", "optician", "plasterer", "archivist")


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
        w.text(str(rng.randint(1, 99)))
    elif slot == "secondary_address":
        w.text(rng.choice(places.FLATS))
    else:
        fillers = {"country": _COUNTRIES, "nationality": _NATIONALITIES,
                   "nation_woman": _NATIONALITIES, "nation_plural": _NATIONALITIES,
                   "job": _JOBS, "prefix": ("Mx",), "prefix_male": ("Mr",),
                   "prefix_female": ("Mrs",), "day_of_week": ("Tuesday", "Saturday"),
                   "state_abbr": ("CY", "GR"), "age": ("34", "61"), "year": ("2019", "2026"),
                   "date_time": ("12 May 2026 10:15",)}  # fmt: skip
        w.text(rng.choice(fillers.get(slot, ("something",))))


def presidio_notes(count: int, seed: int = 6) -> list[Note]:
    """``count`` notes of presidio-evaluator's templates, filled with this set's people."""
    templates = presidio_templates()
    notes = []
    for i in range(count):
        rng = random.Random(f"fresh6-presidio-{seed}-{i}")
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
