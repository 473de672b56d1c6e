"""The fresh8 set's notes: templates filled deterministically, labelled at exact offsets.

``own_notes(count)``: the set's own claim notes, three in ten without personal data;
``presidio_notes(count)``: presidio-evaluator's templates filled with this set's people and
places. Each note carries its labels (``harness.judge.Label``) and its ``allow`` list: what
the note's row holds (its merchant, order ref and claim id) and the batch order refs it names.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from harness.judge import Kind, Label
from harness.presidio import fillable_templates

from fresh8 import forms, people, places
from fresh8.forms import Person, Seg
from fresh8.templates import CLEAN, PERSONAL

SLOT = re.compile(r"\{([a-z][a-z0-9_]*)(?:\.(upper|lower))?\}")
PERSONAL_SLOTS = frozenset(
    [
        "name",
        "first",
        "surname",
        "titled",
        "email",
        "phone",
        "postcode",
        "street",
        "house",
        "address",
        "address_ml",
        "member",
        "member_far",
        "member_bare",
        "q_name",
        "q_first",
        "q_surname",
        "agent",
        "agent_name",
        "sig",
    ]
)
KEEP_SLOTS = frozenset(
    [
        "merchant",
        "merchant2",
        "product",
        "town",
        "occasion",
        "voucher",
        "order",
        "order2",
        "claim",
        "date",
        "date2",
        "amount",
        "amount2",
        "courier",
        "network",
        "site",
        "tracking",
        "sku",
        "time",
    ]
)
NEEDS_SURNAME = frozenset({"surname", "titled", "q_surname"})
SEED = 8


@dataclass(frozen=True, slots=True)
class Note:
    text: str
    labels: tuple[Label, ...]
    allow: tuple[str, ...]
    template: int  # index into PERSONAL, or -1 - index into CLEAN (presidio: its template)
    clean: bool


@dataclass
class Row:
    """What the note's row holds, and the batch's other order refs a note may name."""

    merchant: str
    order: str
    claim: str
    batch_orders: tuple[str, ...] = ()
    named: list[str] = field(default_factory=list)  # batch refs the note named


def _keep(text: str, form: str) -> list[Seg]:
    return [(text, Kind.KEEP, form)]


def _person_with_surname(rng: random.Random, latin_only: bool) -> Person:
    while True:
        person = forms.make_person(rng, latin_only)
        if person.surname:
            return person


def _signature(rng: random.Random, p: Person) -> list[Seg]:
    choices = [f for f in forms.name_forms(p) if f not in ("possessive", "reversed")]
    return forms.write_name(rng, p, rng.choice([*choices, "plain", "line break"]))


def _tagged(segs: list[Seg], tag: str) -> list[Seg]:
    return [(t, k, f"{tag} {f}" if k is not None else f) for t, k, f in segs]


class Filler:
    """Fills one template's slots for one note."""

    def __init__(self, rng: random.Random, person: Person, other: Person, agent: Person, row: Row):
        self.rng, self.p, self.q, self.agent, self.row = rng, person, other, agent, row

    def personal(self, slot: str) -> list[Seg]:
        r, p, q = self.rng, self.p, self.q
        table: dict[str, Callable[[], list[Seg]]] = {
            "name": lambda: forms.write_name(r, p),
            "first": lambda: forms.write_first(r, p),
            "surname": lambda: forms.write_surname(r, p),
            "titled": lambda: forms.write_surname(r, p, titled=True),
            "email": lambda: forms.write_email(r, p),
            "phone": lambda: forms.write_phone(r, p),
            "postcode": lambda: forms.write_postcode(r, p),
            "street": lambda: forms.write_street(r, p),
            "house": lambda: forms.write_house(r, p),
            "address": lambda: forms.write_address(r, p),
            "address_ml": lambda: forms.write_address(r, p, multiline=True),
            "member": lambda: forms.write_member(r, p, "near"),
            "member_far": lambda: forms.write_member(r, p, "far"),
            "member_bare": lambda: forms.write_member(r, p, "none"),
            "q_name": lambda: _tagged(forms.write_name(r, q), "other person,"),
            "q_first": lambda: _tagged(forms.write_first(r, q), "other person,"),
            "q_surname": lambda: _tagged(forms.write_surname(r, q), "other person,"),
            "agent": lambda: forms.write_first(r, self.agent, tag="agent"),
            "agent_name": lambda: _tagged(forms.write_name(r, self.agent, "plain"), "agent"),
            "sig": lambda: _tagged(_signature(r, p), "signature,"),
        }
        return table[slot]()

    def keep(self, slot: str) -> list[Seg]:
        r, row = self.rng, self.row
        if slot == "merchant":
            return _keep(row.merchant, "merchant (row)")
        if slot == "merchant2":
            return _keep(
                r.choice([m for m in places.MERCHANTS if m != row.merchant]), "other merchant"
            )
        if slot == "order":
            return _keep(row.order, "order ref (row)")
        if slot == "order2":
            ref = r.choice([o for o in row.batch_orders if o != row.order] or [forms.order_ref(r)])
            row.named.append(ref)
            return _keep(ref, "order ref (batch)")
        if slot == "claim":
            return _keep(row.claim, "claim id (row)")
        if slot == "sku":
            kind, value = forms.sku(r)
            return _keep(value, kind)
        value, form = {
            "product": (lambda: r.choice(places.PRODUCTS), "product"),
            "town": (lambda: r.choice(places.TOWNS), "town"),
            "occasion": (lambda: r.choice(places.OCCASIONS), "occasion"),
            "voucher": (lambda: forms.voucher(r), "voucher"),
            "date": (lambda: forms.date_text(r), "date"),
            "date2": (lambda: forms.date_text(r), "date"),
            "amount": (lambda: forms.amount_text(r), "amount"),
            "amount2": (lambda: forms.amount_text(r), "amount"),
            "courier": (lambda: r.choice(places.COURIERS), "courier"),
            "network": (lambda: r.choice(places.NETWORKS), "network"),
            "site": (lambda: r.choice(places.CASHBACK_SITES), "cashback site"),
            "tracking": (lambda: forms.tracking(r), "tracking number"),
            "time": (lambda: forms.time_text(r), "time"),
        }[slot]
        return _keep(value(), form)


def _case(segs: list[Seg], how: str | None) -> list[Seg]:
    if how is None:
        return segs
    change = str.upper if how == "upper" else str.lower
    return [(change(t), k, f"{f} ({how})" if k is not None else f) for t, k, f in segs]


def fill(template: str, filler: Filler) -> tuple[str, tuple[Label, ...]]:
    """The template with its slots filled, and a label for every planted value."""
    parts: list[Seg] = []
    at = 0
    for match in SLOT.finditer(template):
        parts.append((template[at : match.start()], None, ""))
        slot, how = match.group(1), match.group(2)
        segs = _case(filler.personal(slot) if slot in PERSONAL_SLOTS else filler.keep(slot), how)
        if slot in PERSONAL_SLOTS and template.startswith(("'s", "\u2019s"), match.end()):
            segs = [(t, k, f"{f}, possessive" if k is not None else f) for t, k, f in segs]
        parts += segs
        at = match.end()
    parts.append((template[at:], None, ""))
    return _join(parts)


def _join(parts: list[Seg]) -> tuple[str, tuple[Label, ...]]:
    text, labels, offset = [], [], 0
    for value, kind, form in parts:
        if kind is not None and value:
            labels.append(Label(kind, offset, offset + len(value), form))
        text.append(value)
        offset += len(value)
    return "".join(text), tuple(labels)


def slots_of(template: str) -> set[str]:
    return {m.group(1) for m in SLOT.finditer(template)}


def render(
    template: str,
    number: int,
    rng: random.Random,
    row: Row,
    person: Person | None = None,
    latin_only: bool = False,
) -> Note:
    """One note from one template (``number``: its index, negative for a clean one)."""
    slots = slots_of(template)
    needs = bool(slots & NEEDS_SURNAME)
    if person is None or (needs and not person.surname):
        person = (
            _person_with_surname(rng, latin_only) if needs else forms.make_person(rng, latin_only)
        )
    other = _person_with_surname(rng, latin_only)
    agent = forms.make_person(rng, latin_only=True)
    row.named = []
    text, labels = fill(template, Filler(rng, person, other, agent, row))
    allow = (row.merchant, row.order, row.claim, *dict.fromkeys(row.named))
    return Note(text, labels, allow, number, number < 0)


def own_row(rng: random.Random) -> Row:
    refs = tuple(forms.order_ref(rng) for _ in range(3))
    return Row(rng.choice(places.MERCHANTS), refs[0], forms.claim_id(rng), refs[1:])


def is_clean(index: int) -> bool:
    return index % 10 in (3, 6, 9)


def _clean_before(index: int) -> int:
    return (index // 10) * 3 + sum(1 for r in (3, 6, 9) if r < index % 10)


@cache
def _orders(seed: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    shuffle = random.Random(f"fresh8:{seed}:templates")
    personal, clean = list(range(len(PERSONAL))), list(range(len(CLEAN)))
    shuffle.shuffle(personal)
    shuffle.shuffle(clean)
    return tuple(personal), tuple(clean)


def template_for(index: int, seed: int = SEED) -> int:
    """The template of note ``index``: PERSONAL's index, or -1 - CLEAN's index."""
    personal, clean = _orders(seed)
    before = _clean_before(index)
    if is_clean(index):
        return -1 - clean[before % len(clean)]
    return personal[(index - before) % len(personal)]


def own_notes(count: int, seed: int = SEED) -> list[Note]:
    """The set's own notes; note i is the same whatever ``count`` (a prefix is a smaller set)."""
    notes = []
    for index in range(count):
        rng = random.Random(f"fresh8:{seed}:note:{index}")
        number = template_for(index, seed)
        template = CLEAN[-1 - number] if number < 0 else PERSONAL[number]
        notes.append(render(template, number, rng, own_row(rng)))
    return notes


# ---------------------------------------------------------------- presidio-evaluator templates

UNSUPPORTED = ("credit_card_number", "iban", "ssn", "ip_address", "us_driver_license", "url")
PRESIDIO_SLOT = re.compile(r"\{\{([a-z_]+)\}\}")
_COUNTRIES = ("Ireland", "Wales", "Scotland", "Nigeria", "Poland", "India", "Jamaica", "Japan",
              "Ghana", "Portugal", "Kenya", "Pakistan", "New Zealand", "Lithuania", "Somalia")  # fmt: skip
_NATIONALITIES = ("Irish", "Welsh", "Nigerian", "Polish", "Indian", "Jamaican", "Ghanaian",
                  "Portuguese", "Kenyan", "Pakistani", "Somali", "Scottish", "Filipino")  # fmt: skip
_JOBS = ("nurse", "electrician", "teacher", "bus driver", "pharmacist", "solicitor", "chef",
         "care worker", "accountant", "plumber", "software developer", "vet")  # fmt: skip
_COUNTIES = ("Herts", "Lancs", "Yorks", "Notts", "Co. Cork", "Co. Antrim", "Glos", "Wilts")


@cache
def presidio_templates() -> tuple[str, ...]:
    return fillable_templates(UNSUPPORTED)


def _presidio_segs(slot: str, rng: random.Random, p: Person) -> list[Seg]:
    a = p.address
    if slot in ("person", "name", "name_female", "name_male"):
        choices = [f for f in forms.name_forms(p) if f != "possessive"]
        return forms.write_name(rng, p, rng.choice(["plain", "plain", *choices]))
    if slot.startswith(("first_name", "last_name")):
        segs = (
            forms.write_first(rng, p) if slot.startswith("first") else forms.write_surname(rng, p)
        )
        text, kind, form = segs[0]  # the name, never a possessive "'s"
        return [(text, kind, "plain" if form == "possessive" else form)]
    if slot.startswith("prefix"):
        return [(rng.choice(people.TITLES), None, "")]
    if slot == "email":
        return forms.write_email(rng, p, rng.choice(["plain", "plain", *forms.EMAIL_FORMS]))
    if slot == "phone_number":
        return forms.write_phone(rng, p)
    if slot in ("postcode", "zipcode"):
        return forms.write_postcode(rng, p)
    if slot == "street_name":
        return forms.write_street(rng, p, "no number")
    if slot == "address":
        return forms.write_address(rng, p)
    if slot == "organization":
        return _keep(rng.choice(places.MERCHANTS), "organisation")
    filler = {
        "building_number": a.number,
        "secondary_address": f"Flat {a.flat or rng.randint(1, 9)}",
        "city": a.town,
        "country": rng.choice(_COUNTRIES),
        "nationality": rng.choice(_NATIONALITIES),
        "nation_woman": rng.choice(_NATIONALITIES) + " woman",
        "nation_plural": rng.choice(_NATIONALITIES),
        "job": rng.choice(_JOBS),
        "age": str(rng.randint(19, 88)),
        "year": str(rng.randint(1950, 2026)),
        "date_time": forms.date_text(rng),
        "day_of_week": rng.choice(forms._DAYS),
        "date_of_birth": forms.date_text(rng),
        "state_abbr": rng.choice(_COUNTIES),
    }.get(slot, "")
    return [(filler, None, "")]


def presidio_notes(count: int, seed: int = SEED) -> list[Note]:
    """presidio-evaluator templates filled with this set's people and places."""
    templates = presidio_templates()
    order = list(range(len(templates)))
    random.Random(f"fresh8:{seed}:presidio").shuffle(order)
    notes = []
    for index in range(count):
        rng = random.Random(f"fresh8:{seed}:presidio:{index}")
        number = order[index % len(order)]
        template = templates[number]
        person = _person_with_surname(rng, False)
        parts: list[Seg] = []
        at = 0
        for match in PRESIDIO_SLOT.finditer(template):
            parts.append((template[at : match.start()], None, ""))
            parts += _presidio_segs(match.group(1), rng, person)
            at = match.end()
        parts.append((template[at:], None, ""))
        text, labels = _join(parts)
        clean = all(label.kind is Kind.KEEP for label in labels)
        notes.append(Note(text, labels, (), number, clean))
    return notes
