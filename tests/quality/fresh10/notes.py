"""The fresh10 set's notes: templates filled with the set's people, places and forms.

Deterministic for a seed. Every planted value is labelled at its exact offsets with its kind
and written form (``harness.judge.Label``); every note carries an ``allow`` list: its row's
merchant, order ref and claim id, and any other batch order ref it mentions.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from harness.judge import Kind, Label
from harness.presidio import fillable_templates

from fresh10 import forms, places
from fresh10.forms import Person, Piece
from fresh10.templates import CLEAN, PERSONAL

SLOT = re.compile(r"\{([a-z_]+)(?:\.(upper|lower))?\}")
PERSONAL_SLOTS = frozenset(["name", "first", "surname", "other", "other_first", "email", "phone",
                            "postcode", "street", "house", "member"])  # fmt: skip
KEEP_SLOTS = frozenset(["merchant", "other_merchant", "product", "town", "occasion", "voucher",
                        "order", "batch_order", "claim", "date", "amount", "courier", "network",
                        "site", "tracking", "sku", "time"])  # fmt: skip
UNSUPPORTED = ("iban", "credit_card_number", "ssn", "ip_address", "us_driver_license")
PRESIDIO_SLOT = re.compile(r"\{\{([a-z_]+)\}\}")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Note:
    """One note: its text, gold labels, allow list, and which template made it."""

    text: str
    labels: tuple[Label, ...]
    allow: tuple[str, ...]
    template: int  # index into PERSONAL, or -1 - index into CLEAN (presidio: its line)
    clean: bool


@dataclass(frozen=True, slots=True)
class Context:
    """What a note's row holds: its merchant, order ref, claim id, and other batch order refs."""

    merchant: str
    order: str
    claim: str
    batch: tuple[str, ...]


def order_ref(rng: random.Random, merchant: str) -> str:
    prefix = "".join(w[0] for w in re.findall(r"[A-Za-z]+", merchant))[:3].upper() or "OR"
    n = rng.randrange(10_000_000, 99_999_999)
    shape = rng.randrange(4)
    if shape == 0:
        return f"{prefix}{n}"
    if shape == 1:
        return f"{prefix}-{n % 1_000_000:06d}"
    if shape == 2:
        return f"{prefix}/2026/{n % 100_000:05d}"
    return f"W{n}{rng.randrange(10)}"


def claim_id(rng: random.Random) -> str:
    return f"PWC-{rng.randrange(100_000, 999_999)}"


def context(rng: random.Random) -> Context:
    merchant = rng.choice(places.MERCHANTS)
    batch = tuple(order_ref(rng, rng.choice(places.MERCHANTS)) for _ in range(3))
    return Context(merchant, order_ref(rng, merchant), claim_id(rng), batch)


def _date(rng: random.Random) -> tuple[str, str]:
    day, month = rng.randrange(1, 29), rng.randrange(5, 10)
    name = MONTHS[month - 1]
    forms_ = [
        (f"{day:02d}/{month:02d}/2026", "date, d/m/y"),
        (f"2026-{month:02d}-{day:02d}", "date, iso"),
        (f"{day} {name[:3]}", "date, day month"),
        (f"{rng.choice(DAYS)} {day} {name}", "date, words"),
        (f"{day:02d}.{month:02d}.26", "date, dotted"),
    ]
    return rng.choice(forms_)


def _amount(rng: random.Random) -> tuple[str, str]:
    pounds, pence = rng.randrange(4, 1900), rng.randrange(100)
    forms_ = [
        (f"£{pounds}.{pence:02d}", "amount, pounds"),
        (f"£{pounds:,}.{pence:02d}", "amount, pounds"),
        (f"€{pounds}.{pence:02d}", "amount, euro"),
        (f"EUR {pounds},{pence:02d}", "amount, euro comma"),
        (f"{pounds}.{pence:02d} GBP", "amount, code after"),
    ]
    return rng.choice(forms_)


def _time(rng: random.Random) -> tuple[str, str]:
    hour, minute = rng.randrange(7, 23), rng.randrange(60)
    forms_ = [
        (f"{hour:02d}:{minute:02d}", "time, 24h"),
        (f"{hour % 12 or 12}.{minute:02d}{'pm' if hour >= 12 else 'am'}", "time, am/pm"),
        (f"{hour:02d}:{minute:02d} BST", "time, zone"),
    ]
    return rng.choice(forms_)


def _tracking(rng: random.Random) -> str:
    d = "".join(str(rng.randrange(10)) for _ in range(16))
    return rng.choice([f"JD{d[:16]}", f"H00{d[:2]}A{d[2:13]}", f"1Z{d[:3]}AA{d[3:13]}",
                       f"RQ{d[:9]}GB", f"CE{d[:9]}IE", f"{d[:14]}"])  # fmt: skip


def keep_value(slot: str, rng: random.Random, ctx: Context) -> tuple[str, str, bool]:
    """A keep slot's text, its form, and whether it goes on the allow list."""
    if slot == "merchant":
        like = ", named like a person" if ctx.merchant in places.PERSON_LIKE_MERCHANTS else ""
        return ctx.merchant, f"merchant{like}", True
    if slot == "other_merchant":
        return (
            rng.choice([m for m in places.OTHER_MERCHANTS if m != ctx.merchant]),
            "another merchant",
            False,
        )
    if slot == "order":
        return ctx.order, "order ref (row)", True
    if slot == "batch_order":
        return rng.choice(ctx.batch), "order ref (batch)", True
    if slot == "claim":
        return ctx.claim, "claim id", True
    if slot == "product":
        product = rng.choice(places.PRODUCTS)
        return product, "product, named like a person" if product[0].isupper() else "product", False
    if slot == "date":
        return (*_date(rng), False)
    if slot == "amount":
        return (*_amount(rng), False)
    if slot == "time":
        return (*_time(rng), False)
    if slot == "voucher":
        word, n = rng.choice(places.VOUCHER_WORDS), rng.randrange(5, 50)
        return rng.choice([f"{word}{n}", f"{word}-{n}", f"{word.lower()}{n}"]), "voucher", False
    if slot == "sku":
        d = [rng.randrange(10, 999) for _ in range(3)]
        return (
            rng.choice([f"SKU-{d[0]}-{d[1]}-BL", f"{d[0]}.{d[1]}.{d[2]}", f"B0{d[0]}X{d[1]}Q"]),
            "sku",
            False,
        )
    if slot == "tracking":
        return _tracking(rng), "tracking number", False
    table: dict[str, tuple[str, ...]] = {
        "town": places.TOWNS, "occasion": places.OCCASIONS, "courier": places.COURIERS,
        "network": places.NETWORKS, "site": places.SITES,
    }  # fmt: skip
    return rng.choice(table[slot]), slot, False


def _personal(
    slot: str, rng: random.Random, main: Person, other: Person, before: str
) -> list[Piece]:
    if slot == "name":
        return forms.full_name(rng, main)
    if slot == "first":
        return forms.first_name(rng, main)
    if slot == "surname":
        return forms.surname(rng, main)
    if slot == "other":
        return forms.full_name(rng, other)
    if slot == "other_first":
        return forms.first_name(rng, other)
    if slot == "email":
        banned = {"angle", "display name", "quoted"} if before[-1:] in '<"' else set()
        form = rng.choice([f for f in forms.EMAIL_FORMS if f not in banned])
        return forms.email(rng, main, form)
    makers: dict[str, Callable[[random.Random], list[Piece]]] = {
        "phone": forms.phone, "postcode": forms.postcode, "street": forms.street,
        "house": forms.house, "member": forms.member,
    }  # fmt: skip
    return makers[slot](rng)


def render(template: str, rng: random.Random, ctx: Context) -> tuple[str, list[Label], list[str]]:
    """A template filled: its text, labels at exact offsets, and its allow list."""
    main, other = forms.person(rng), forms.person(rng)
    out: list[str] = []
    labels: list[Label] = []
    allow: list[str] = []
    seen: dict[str, list[Piece]] = {}
    at, length = 0, 0
    for match in SLOT.finditer(template):
        literal = template[at : match.start()]
        out.append(literal)
        length += len(literal)
        slot, case = match.group(1), match.group(2)
        if slot in KEEP_SLOTS:
            if slot not in seen:
                value, form, allowed = keep_value(slot, rng, ctx)
                seen[slot] = [(value, "KEEP", form)]
                if allowed and value not in allow:
                    allow.append(value)
            pieces = seen[slot]
        else:
            if slot not in seen:
                seen[slot] = _personal(slot, rng, main, other, "".join(out))
            pieces = seen[slot]
        for text, kind, form in pieces:
            if case == "upper":
                text, form = text.upper(), f"{form}, upper" if kind != "KEEP" else form
            elif case == "lower":
                text, form = text.lower(), f"{form}, lower" if kind != "KEEP" else form
            if kind is not None:
                labels.append(Label(Kind(kind), length, length + len(text), form))
            out.append(text)
            length += len(text)
        at = match.end()
    out.append(template[at:])
    for required in (ctx.merchant, ctx.order, ctx.claim):
        if required not in allow:
            allow.append(required)
    return "".join(out), labels, allow


def note_for(rng: random.Random, ctx: Context, clean: bool, index: int) -> Note:
    """The note made from template ``index`` of its kind (personal or clean) for a row."""
    template = CLEAN[index] if clean else PERSONAL[index]
    text, labels, allow = render(template, rng, ctx)
    return Note(text, tuple(labels), tuple(allow), -1 - index if clean else index, clean)


def own_notes(count: int, seed: int = 10) -> list[Note]:
    """``count`` notes, a third clean, every template used in a seeded order."""
    rng = random.Random(seed)
    personal, clean = list(range(len(PERSONAL))), list(range(len(CLEAN)))
    rng.shuffle(personal)
    rng.shuffle(clean)
    notes: list[Note] = []
    used = [0, 0]  # personal, clean
    for i in range(count):
        is_clean = i % 3 == 2
        order = clean if is_clean else personal
        index = order[used[is_clean] % len(order)]
        used[is_clean] += 1
        notes.append(note_for(rng, context(rng), is_clean, index))
    return notes


# ---------------------------------------------------------------- presidio-evaluator templates
@cache
def presidio_templates() -> tuple[str, ...]:
    return fillable_templates(UNSUPPORTED)


def _presidio_slot(slot: str, rng: random.Random, main: Person, ctx: Context) -> list[Piece]:
    if slot in ("person", "name", "name_female", "name_male"):
        return forms.full_name(rng, main)
    if slot.startswith("first_name"):
        return forms.first_name(rng, main)
    if slot.startswith("last_name"):
        return forms.surname(rng, main)
    if slot.startswith("prefix"):
        return [(rng.choice(("Mrs", "Mr", "Ms", "Dr", "Mx")), None, "title")]
    if slot == "email":
        return forms.email(rng, main)
    if slot == "phone_number":
        return forms.phone(rng)
    if slot in ("postcode", "zipcode"):
        return forms.postcode(rng)
    if slot == "street_name":
        name = rng.choice(places.STREET_NAMES)
        return [(f"{name} {rng.choice(places.THOROUGHFARES)[0]}", "STREET", "street name")]
    if slot == "address":
        start = [*forms.house(rng), (", ", None, "")] if rng.random() < 0.3 else []
        town = rng.choice(places.TOWNS)
        return [*start, *forms.street(rng), (", ", None, ""), (town, "KEEP", "town"), (" ", None, ""),
                *forms.postcode(rng)]  # fmt: skip
    if slot == "city":
        return [(rng.choice(places.TOWNS), "KEEP", "town")]
    if slot == "organization":
        return [(ctx.merchant, "KEEP", "merchant")]
    fillers: dict[str, Callable[[], str]] = {
        "country": lambda: rng.choice(places.COUNTRIES),
        "nationality": lambda: rng.choice(places.NATIONALITIES),
        "nation_woman": lambda: rng.choice(places.NATIONALITIES) + " woman",
        "nation_plural": lambda: rng.choice(places.NATIONALITIES),
        "job": lambda: rng.choice(places.JOBS),
        "age": lambda: str(rng.randrange(19, 90)),
        "year": lambda: str(rng.randrange(1990, 2027)),
        "building_number": lambda: str(rng.randrange(1, 300)),
        "secondary_address": lambda: f"Flat {rng.randrange(1, 40)}",
        "date_time": lambda: (
            f"{rng.randrange(1, 29)} {rng.choice(MONTHS)} 2026 {rng.randrange(7, 22)}:00"
        ),
        "date_of_birth": lambda: (
            f"{rng.randrange(1, 29)}/{rng.randrange(1, 13)}/19{rng.randrange(50, 99)}"
        ),
        "day_of_week": lambda: rng.choice(DAYS),
        "url": lambda: "www." + re.sub(r"[^a-z]", "", ctx.merchant.lower()) + ".example",
        "state_abbr": lambda: rng.choice(("NY", "OR", "TX", "ME")),
    }
    return [(fillers[slot](), None, "")]


def presidio_notes(count: int, seed: int = 10) -> list[Note]:
    """presidio-evaluator's templates filled with this set's people, cycling through them."""
    rng = random.Random(seed)
    lines = presidio_templates()
    order = list(range(len(lines)))
    rng.shuffle(order)
    notes: list[Note] = []
    for i in range(count):
        index = order[i % len(order)]
        template, ctx, main = lines[index], context(rng), forms.person(rng)
        out: list[str] = []
        labels: list[Label] = []
        length, at = 0, 0
        allow = [ctx.merchant]
        for match in PRESIDIO_SLOT.finditer(template):
            literal = template[at : match.start()]
            out.append(literal)
            length += len(literal)
            for text, kind, form in _presidio_slot(match.group(1), rng, main, ctx):
                if kind is not None:
                    labels.append(Label(Kind(kind), length, length + len(text), form))
                out.append(text)
                length += len(text)
            at = match.end()
        out.append(template[at:])
        clean = all(lb.kind is Kind.KEEP for lb in labels)
        notes.append(Note("".join(out), tuple(labels), tuple(allow), index, clean))
    return notes
