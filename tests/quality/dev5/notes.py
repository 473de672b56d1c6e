"""The dev5 note collections: its own claim notes, and presidio-evaluator's templates filled in.

``own_notes`` renders the set's templates (``templates.py``) with its people; about two in
seven notes are clean (no personal data, only look-alikes). ``presidio_notes`` fills the
vendored presidio-evaluator sentence templates with this set's people and places, skipping
the templates whose slots are no gold kind here (card numbers, IBANs, IP addresses ...).
Both are deterministic for a seed.
"""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

from harness.judge import Kind

from dev5 import render, world
from dev5.render import Context, Note, make_person
from dev5.templates import CLEAN, PERSONAL

PRESIDIO_TEMPLATES = (
    Path(__file__).resolve().parent.parent / "heldout" / "presidio" / "templates.txt"
)
SEED = 5


def _cycled(count: int, position: int, seed: int, salt: str) -> int:
    """The template at ``position`` of a shuffled cycle through ``count`` templates."""
    cycle, at = divmod(position, count)
    order = random.Random(f"dev5-{salt}-{seed}-{cycle}").sample(range(count), count)
    return order[at]


def note_context(rng: random.Random, latin_only: bool = False) -> Context:
    return Context(
        rng,
        make_person(rng, latin_only),
        make_person(rng, latin_only),
        rng.choice(world.MERCHANTS),
        render.order_ref(rng),
        render.claim_id(rng),
    )


def own_notes(count: int, seed: int = SEED) -> list[Note]:
    """``count`` notes of the set's own templates, the same for the same seed."""
    notes: list[Note] = []
    personal = clean = 0
    for i in range(count):
        rng = random.Random(f"dev5-note-{seed}-{i}")
        ctx = note_context(rng)
        if i % 7 in (2, 5):
            index = _cycled(len(CLEAN), clean, seed, "clean")
            clean += 1
            notes.append(render.render(CLEAN[index], ctx, -1 - index, True))
        else:
            index = _cycled(len(PERSONAL), personal, seed, "personal")
            personal += 1
            notes.append(render.render(PERSONAL[index], ctx, index, False))
    return notes


_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
_UNSUPPORTED = frozenset(
    ["credit_card_number", "iban", "ssn", "ip_address", "url", "us_driver_license"]
)
_KNOWN = frozenset(
    [
        "person",
        "name",
        "name_female",
        "name_male",
        "first_name",
        "first_name_male",
        "first_name_female",
        "first_name_nonbinary",
        "last_name",
        "last_name_male",
        "last_name_female",
        "prefix",
        "prefix_male",
        "prefix_female",
        "email",
        "phone_number",
        "address",
        "street_name",
        "building_number",
        "secondary_address",
        "postcode",
        "zipcode",
        "city",
        "country",
        "organization",
        "age",
        "year",
        "job",
        "nationality",
        "nation_woman",
        "nation_plural",
        "date_time",
        "date_of_birth",
        "day_of_week",
        "state_abbr",
    ]
)
_COUNTRIES = (
    "Wales",
    "Ireland",
    "France",
    "Spain",
    "Poland",
    "Italy",
    "Portugal",
    "Nigeria",
    "India",
    "Canada",
    "Scotland",
    "Greece",
    "Turkey",
    "Vietnam",
    "Ghana",
)
_JOBS = (
    "nurse",
    "plumber",
    "teacher",
    "barista",
    "civil engineer",
    "paramedic",
    "solicitor",
    "electrician",
    "pharmacist",
    "sous chef",
    "bus driver",
    "accountant",
)
_NATIONS = ("Welsh", "Irish", "French", "Spanish", "Polish", "Italian", "Nigerian", "Kenyan")
_ORGS = (
    "Northgate Logistics",
    "Harbour Dental Practice",
    "Severn Trent",
    "Bright Horizons",
    "Aldermore",
    "Greggs",
    "Network Rail",
    "the NHS trust",
    "Capita",
    "Ocado Retail",
)


@cache
def presidio_templates() -> tuple[str, ...]:
    """The vendored templates whose every slot this set can fill and label."""
    usable = []
    for line in PRESIDIO_TEMPLATES.read_text(encoding="utf-8", errors="replace").splitlines():
        slots = set(_PLACEHOLDER.findall(line))
        if line.strip() and slots and slots <= _KNOWN and not slots & _UNSUPPORTED:
            usable.append(line.strip())
    return tuple(dict.fromkeys(usable))


def _fill_presidio(out: render._Out, slot: str, ctx: Context, seen: dict[str, int]) -> None:
    rng = ctx.rng
    turn = seen.get(slot, 0)
    seen[slot] = turn + 1
    who = ctx.a if turn % 2 == 0 else ctx.b
    if slot in ("person", "name", "name_female", "name_male"):
        text, form = render.full_name(rng, who)
        out.add(text, Kind.NAME, form)
    elif slot.startswith("first_name"):
        text, form = render.given_name(rng, who)
        out.add(text, Kind.FIRST, form)
    elif slot.startswith("last_name"):
        text, form = render.surname_of(rng, who)
        out.add(text, Kind.SURNAME, form)
    elif slot.startswith("prefix"):
        out.add(rng.choice(who.titles or ("Mr", "Ms")))
    elif slot == "email":
        before, value, after, form = render.email_form(rng, who.email, None)
        out.add(before)
        out.add(value, Kind.EMAIL, form)
        out.add(after)
    elif slot == "phone_number":
        before, value, after, form = render.uk_phone_form(rng, who)
        out.add(before)
        out.add(value, Kind.PHONE, form)
        out.add(after)
    elif slot == "address":
        _, street, _, form = render.street_uk(rng)
        out.add(street, Kind.STREET, form)
        out.add(", ")
        out.add(rng.choice(world.TOWNS_UK), Kind.KEEP, "town")
        out.add(" ")
        code, code_form = render.postcode_form(rng, who.postcode)
        out.add(code, Kind.POSTCODE, code_form)
    elif slot == "street_name":
        name = f"{rng.choice(world.STREET_NAMES_UK)} {rng.choice(world.THOROUGHFARES_UK)}"
        out.add(name, Kind.STREET, "street name")
    elif slot in ("postcode", "zipcode"):
        code, form = render.postcode_form(rng, who.postcode)
        out.add(code, Kind.POSTCODE, form)
    elif slot == "city":
        out.add(rng.choice(world.TOWNS), Kind.KEEP, "town")
    elif slot == "country":
        out.add(rng.choice(_COUNTRIES), Kind.KEEP, "country")
    elif slot == "organization":
        out.add(rng.choice(world.MERCHANTS_UK + _ORGS), Kind.KEEP, "organisation")
    else:
        out.add(_plain(rng, slot))


def _plain(rng: random.Random, slot: str) -> str:
    """Slots that are no gold kind here: written in, not labelled."""
    if slot == "building_number":
        return str(rng.randint(1, 220))
    if slot == "secondary_address":
        return rng.choice(["Flat 3", "Apartment 12", "Unit 4", "Suite 2B", "Flat 1A"])
    if slot == "age":
        return str(rng.randint(18, 90))
    if slot == "year":
        return str(rng.randint(1950, 2026))
    if slot == "job":
        return rng.choice(_JOBS)
    if slot in ("nationality", "nation_woman", "nation_plural"):
        return rng.choice(_NATIONS)
    if slot in ("date_time", "date_of_birth"):
        return render.date_text(rng)
    if slot == "day_of_week":
        return rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
    return rng.choice(["Gwynedd", "Co. Cork", "Fife", "Kent", "Powys"])  # state_abbr


def presidio_notes(count: int, seed: int = SEED) -> list[Note]:
    """``count`` notes from the presidio-evaluator templates, filled with this set's people."""
    templates = presidio_templates()
    notes: list[Note] = []
    for i in range(count):
        rng = random.Random(f"dev5-presidio-{seed}-{i}")
        ctx = note_context(rng)
        index = _cycled(len(templates), i, seed, "presidio")
        out = render._Out()
        last, seen = 0, dict[str, int]()
        template = templates[index]
        for match in _PLACEHOLDER.finditer(template):
            out.add(template[last : match.start()])
            _fill_presidio(out, match.group(1), ctx, seen)
            last = match.end()
        out.add(template[last:])
        clean = all(label.kind is Kind.KEEP for label in out.labels)
        notes.append(Note("".join(out.parts), tuple(out.labels), (), index, clean))
    return notes
