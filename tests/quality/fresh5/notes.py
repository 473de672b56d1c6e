"""Drawing the fresh5 notes: templates filled with people, contacts and look-alikes.

``own_notes`` goes through the set's templates in turn (every third note clean), each note
from its own seeded generator; ``presidio_notes`` fills presidio-evaluator 0.3.2's sentence
templates (vendored at ``tests/quality/heldout/presidio``) with this set's people and
places. Each note carries its labels at exact offsets and the allow-list its row would give
(its merchants, order refs and claim id).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from harness.judge import Kind, Label
from harness.presidio import fillable_templates

from fresh5 import forms, places
from fresh5.forms import Piece, Street
from fresh5.people import Person, draw_person
from fresh5.templates import CLEAN, PERSONAL

SLOT = re.compile(r"\{([a-z]+[0-9]?)(?:\.([A-Za-z]+))?\}")

PERSONAL_SLOTS = frozenset(
    str.split(
        "name first surname email phone landline postcode eircode street house member "
        "name2 first2 surname2 email2 phone2 street2 postcode2 name3 first3 scriptname agent "
        "agentname"
    )
)
KEEP_SLOTS = frozenset(
    str.split(
        "merchant merchant2 product town occasion voucher order order2 pref claim date amount "
        "courier network"
    )
)
# a template's ``.form`` -> the writer's form (None: the writer draws one)
_NAME_FORMS = {"upper": "upper", "lower": "lower", "REV": "SURNAME, Given",
               "rev": "surname first, comma", "initial": "initial", "possessive": "possessive",
               "SG": "SURNAME Given", "noaccents": "no accents"}  # fmt: skip
_FIRST_FORMS = {"lower": "lower", "upper": "upper", "nick": "nickname",
                "possessive": "possessive"}  # fmt: skip
_SURNAME_FORMS = {"title": "title", "bare": "alone", "spelled": "spelled"}
_POSTCODE_FORMS = {"lower": "lower", "upper": "standard", "spaced": "letter by letter",
                   "nospace": "no space"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Contact:
    """A person with everything a claim row holds about them."""

    person: Person
    local: str
    domain: str
    mobile: str
    landline: str
    postcode: str
    eircode: str
    street: Street
    house: str
    town: str
    member: str


def draw_contact(rng: random.Random, person: Person | None = None) -> Contact:
    person = person or draw_person(rng)
    return Contact(
        person=person,
        local=forms.email_local(person, rng),
        domain=rng.choice(places.EMAIL_DOMAINS),
        mobile=forms.draw_phone(rng, "irish" if rng.random() < 0.06 else "mobile"),
        landline=forms.draw_phone(rng, "landline"),
        postcode=forms.draw_postcode(rng),
        eircode=forms.draw_eircode(rng),
        street=forms.draw_street(rng),
        house=rng.choice(places.HOUSE_NAMES),
        town=rng.choice(places.TOWNS),
        member=forms.draw_member(rng),
    )


def draw_non_latin(rng: random.Random) -> Person:
    while True:
        person = draw_person(rng, non_latin_share=1.0)
        if person.script != "Latin":
            return person


@dataclass
class Row:
    """What a note's row says beside the note: the claimant and the row's refs."""

    contact: Contact
    merchant: str
    order: str
    claim: str
    extra_refs: list[str] = field(default_factory=list)  # refs the note mentions (batch refs)


@dataclass(frozen=True, slots=True)
class Note:
    text: str
    labels: tuple[Label, ...]
    allow: tuple[str, ...]
    template: int  # index into PERSONAL, or -1 - index into CLEAN
    clean: bool


def draw_order_ref(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(12))
    return rng.choice([
        f"#1000{digits[:5]}", f"ORD-{digits[:4]}-{digits[4:8]}", f"W1{digits[:8]}",
        f"112-{digits[:7]}-{digits[5:12]}", f"{digits[:9]}", f"SO{digits[:6]}",
        f"GB-{digits[:3]}{rng.choice('ABCDEFGHJK')}{digits[3:7]}", forms.phone_shaped_ref(rng),
    ])  # fmt: skip


def draw_claim_id(rng: random.Random) -> str:
    n = rng.randint(1000, 999999)
    return rng.choice([f"IT-SEG-26-{n:06d}", f"R{n:07d}", f"CLM{n:07d}", f"MC-{n}"])


class _Writer:
    """Fills one template for one row; collects text, labels and the allow-list."""

    def __init__(self, rng: random.Random, row: Row, latin1: bool) -> None:
        self.rng, self.row, self.latin1 = rng, row, latin1
        self.others: dict[str, Contact] = {}
        self.parts: list[str] = []
        self.labels: list[Label] = []
        self.allow: list[str] = [row.merchant, row.order, row.claim]
        self.at = 0

    def other(self, key: str) -> Contact:
        if key not in self.others:
            if key == "script":
                self.others[key] = draw_contact(self.rng, draw_non_latin(self.rng))
            else:
                self.others[key] = draw_contact(self.rng)
        return self.others[key]

    def add(self, piece: Piece, prefix: str = "") -> None:
        for m in piece.marks:
            form = f"{prefix}{m.form}"
            self.labels.append(Label(m.kind, self.at + m.start, self.at + m.end, form))
        self.parts.append(piece.text)
        self.at += len(piece.text)

    def keep(self, text: str, form: str) -> None:
        self.add(forms.whole(text, Kind.KEEP, form))

    def fill(self, slot: str, form: str | None) -> None:
        rng, row = self.rng, self.row
        claimant = row.contact
        who = {"2": "2", "3": "3"}.get(slot[-1], "")
        base = slot.rstrip("23")
        contact = claimant if not who else self.other(who)
        if slot == "scriptname":
            self.add(forms.full_name(self.other("script").person, rng), "other person, ")
            return
        if slot in ("agent", "agentname"):
            agent = self.other("agent").person
            piece = forms.first_name(agent, rng, "plain") if slot == "agent" else (
                forms.full_name(agent, rng, rng.choice(["plain", "given and initial"]))
            )  # fmt: skip
            self.add(piece, "agent, ")
            return
        prefix = "other person, " if who else ""
        p = contact.person
        if base == "name":
            self.add(forms.full_name(p, rng, _NAME_FORMS.get(form or "")), prefix)
        elif base == "first":
            self.add(forms.first_name(p, rng, _FIRST_FORMS.get(form or "")), prefix)
        elif base == "surname":
            self.add(forms.surname(p, rng, _SURNAME_FORMS.get(form or "")), prefix)
        elif base == "email":
            chosen = {"plain": "plain", "at": "at dot words"}.get(form or "")
            if form == "obf":
                chosen = rng.choice([f for f in forms.EMAIL_FORMS if f != "plain"])
            if self.latin1 and chosen in (None, "zero-width", "fullwidth @"):
                chosen = rng.choice(["plain", "upper", "(at)", "[at] [dot]", "%40", "AT DOT"])
            self.add(forms.email(contact.local, contact.domain, rng, chosen), prefix)
        elif base == "phone":
            number = contact.mobile
            chosen = "words" if form == "words" else None
            if self.latin1 and chosen is None:
                chosen = rng.choice([f for f in forms.PHONE_FORMS if f != "en dash"])
            self.add(forms.phone(number, rng, chosen), prefix)
        elif base == "landline":
            chosen = None if not self.latin1 else "standard"
            self.add(forms.phone(contact.landline, rng, chosen), prefix)
        elif base == "postcode":
            self.add(forms.postcode(contact.postcode, rng, _POSTCODE_FORMS.get(form or "")))
        elif base == "eircode":
            self.add(
                forms.postcode(contact.eircode, rng, rng.choice(["standard", "lower", "no space"]))
            )
        elif base == "street":
            chosen = {"upper": "upper", "nonum": "no number"}.get(form or "")
            self.add(forms.street(contact.street, rng, chosen), prefix)
        elif base == "house":
            self.add(forms.house(contact.house, rng, "upper" if form == "upper" else None))
        elif base == "member":
            self.add(forms.member(contact.member, rng, f"{form or 'near'} cue"))
        else:
            self.fill_keep(slot)

    def fill_keep(self, slot: str) -> None:
        rng, row = self.rng, self.row
        if slot == "merchant":
            lower = rng.random() < 0.1
            text = row.merchant.lower() if lower else row.merchant
            self.keep(text, "merchant (row, lower)" if lower else "merchant (row)")
        elif slot == "merchant2":
            other = rng.choice([m for m in places.MERCHANTS if m != row.merchant])
            self.allow.append(other)
            self.keep(other, "merchant")
        elif slot == "order":
            self.keep(row.order, "order ref (row)")
        elif slot in ("order2", "pref"):
            ref = draw_order_ref(rng) if slot == "order2" else forms.phone_shaped_ref(rng)
            self.allow.append(ref)
            row.extra_refs.append(ref)
            self.keep(ref, "order ref (batch)" if slot == "order2" else "order ref (phone-shaped)")
        elif slot == "claim":
            self.keep(row.claim, "claim id (row)")
        elif slot == "product":
            self.keep(rng.choice(places.PRODUCTS), "product")
        elif slot == "town":
            self.keep(rng.choice(places.TOWNS), "town")
        elif slot == "occasion":
            self.keep(rng.choice(places.OCCASIONS), "occasion")
        elif slot == "voucher":
            self.keep(forms.voucher(rng), "voucher")
        elif slot == "date":
            self.keep(forms.date(rng), "date")
        elif slot == "amount":
            self.keep(forms.amount(rng), "amount")
        elif slot == "courier":
            self.keep(rng.choice(places.COURIERS), "courier")
        elif slot == "network":
            self.keep(rng.choice(places.NETWORKS), "network")
        else:
            raise KeyError(slot)

    def write(self, template: str) -> tuple[str, tuple[Label, ...], tuple[str, ...]]:
        last = 0
        for m in SLOT.finditer(template):
            self.parts.append(template[last : m.start()])
            self.at += m.start() - last
            self.fill(m.group(1), m.group(2))
            last = m.end()
        self.parts.append(template[last:])
        text = "".join(self.parts)
        return text, tuple(self.labels), tuple(dict.fromkeys(self.allow))


def render(template: str, rng: random.Random, row: Row, latin1: bool = False) -> Note:
    """One note from one template (index and cleanliness filled in by the caller)."""
    text, labels, allow = _Writer(rng, row, latin1).write(template)
    clean = all(label.kind is Kind.KEEP for label in labels)
    return Note(text, labels, allow, 0, clean)


def draw_row(rng: random.Random) -> Row:
    return Row(draw_contact(rng), rng.choice(places.MERCHANTS), draw_order_ref(rng),
               draw_claim_id(rng))  # fmt: skip


def note_for(index: int, rng: random.Random, row: Row, latin1: bool = False) -> Note:
    """The ``index``-th note of a sequence: every third clean, templates taken in turn."""
    clean = index % 3 == 2
    if clean:
        number = (index // 3) % len(CLEAN)
        template, tag = CLEAN[number], -1 - number
    else:
        number = (index - index // 3 - (1 if index % 3 == 2 else 0)) % len(PERSONAL)
        template, tag = PERSONAL[number], number
    note = render(template, rng, row, latin1)
    return Note(note.text, note.labels, note.allow, tag, clean)


def own_notes(count: int, seed: int = 5) -> list[Note]:
    """``count`` notes of the set's own templates, deterministic for a seed."""
    notes = []
    for i in range(count):
        rng = random.Random(f"fresh5-own-{seed}-{i}")
        notes.append(note_for(i, rng, draw_row(rng)))
    return notes


# --- presidio-evaluator templates --------------------------------------------------------

_UNSUPPORTED = ("credit_card_number", "iban", "ssn", "ip_address", "us_driver_license", "url",
                "state_abbr", "date_of_birth")  # fmt: skip
_P_SLOT = re.compile(r"\{\{([a-z_]+)\}\}")
_COUNTRIES = (
    "Scotland",
    "Ireland",
    "Wales",
    "Poland",
    "Nigeria",
    "India",
    "Portugal",
    "Lithuania",
    "Ghana",
    "Sri Lanka",
    "Canada",
    "Greece",
    "Romania",
    "Iceland",
)
_NATIONALITIES = ("Scottish", "Irish", "Welsh", "Polish", "Nigerian", "Ghanaian", "Greek",
                  "Portuguese", "Romanian", "Somali", "Filipino", "Korean")  # fmt: skip
_JOBS = ("nurse", "joiner", "bus driver", "teacher", "pharmacist", "electrician", "chef")


@cache
def presidio_templates() -> tuple[str, ...]:
    """The vendored presidio-evaluator templates whose slots this set can fill."""
    return fillable_templates(_UNSUPPORTED)


def _presidio_fill(w: _Writer, slot: str) -> None:
    rng, p = w.rng, w.row.contact.person
    c = w.row.contact
    simple: dict[str, Callable[[], Piece]] = {
        "name": lambda: forms.full_name(p, rng, rng.choice(["plain", "plain", "lower", "upper"])),
        "first_name": lambda: forms.first_name(p, rng, "plain"),
        "last_name": lambda: forms.surname(p, rng, "alone"),
        "email": lambda: forms.email(c.local, c.domain, rng, rng.choice(["plain", "plain",
                                                                          "upper", "(at)"])),
        "phone_number": lambda: forms.phone(c.mobile, rng),
        "postcode": lambda: forms.postcode(c.postcode, rng, rng.choice(["standard", "lower",
                                                                          "no space"])),
        "street_name": lambda: forms.street(c.street, rng, "no number"),
    }  # fmt: skip
    key = slot
    if slot in ("person", "name_female", "name_male"):
        key = "name"
    elif slot.startswith("first_name"):
        key = "first_name"
    elif slot.startswith("last_name"):
        key = "last_name"
    elif slot == "zipcode":
        key = "postcode"
    if key in simple:
        w.add(simple[key]())
    elif slot == "address":
        w.add(forms.street(c.street, rng, "standard"))
        w.parts.append(f", {c.town} ")
        w.at += len(c.town) + 3
        w.add(forms.postcode(c.postcode, rng, "standard"))
    elif slot == "city":
        w.keep(rng.choice(places.TOWNS), "town")
    elif slot == "organization":
        merchant = rng.choice(places.MERCHANTS)
        w.allow.append(merchant)
        w.keep(merchant, "merchant")
    else:
        text = {
            "building_number": str(rng.randint(1, 180)),
            "secondary_address": rng.choice(places.FLATS),
            "country": rng.choice(_COUNTRIES),
            "nationality": rng.choice(_NATIONALITIES),
            "nation_woman": rng.choice(_NATIONALITIES) + " woman",
            "nation_plural": rng.choice(_NATIONALITIES) + " people",
            "age": str(rng.randint(19, 88)),
            "year": str(rng.randint(1950, 2025)),
            "date_time": forms.date(rng),
            "day_of_week": rng.choice(("Monday", "Thursday", "Saturday")),
            "job": rng.choice(_JOBS),
            "prefix": rng.choice(("Mr", "Ms", "Dr")),
            "prefix_male": rng.choice(("Mr", "Dr")),
            "prefix_female": rng.choice(("Mrs", "Ms", "Miss")),
        }.get(slot, "")
        w.parts.append(text)
        w.at += len(text)


def presidio_notes(count: int, seed: int = 5) -> list[Note]:
    """``count`` notes of presidio-evaluator's templates, filled with this set's people."""
    templates = presidio_templates()
    notes = []
    for i in range(count):
        rng = random.Random(f"fresh5-presidio-{seed}-{i}")
        template = templates[i % len(templates)]
        w = _Writer(rng, draw_row(rng), False)
        w.allow = []
        last = 0
        for m in _P_SLOT.finditer(template):
            w.parts.append(template[last : m.start()])
            w.at += m.start() - last
            _presidio_fill(w, m.group(1))
            last = m.end()
        w.parts.append(template[last:])
        labels = tuple(w.labels)
        clean = all(label.kind is Kind.KEEP for label in labels)
        text = "".join(w.parts)
        notes.append(Note(text, labels, tuple(dict.fromkeys(w.allow)), i % len(templates), clean))
    return notes
