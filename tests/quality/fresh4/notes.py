"""Drawing the fresh4 notes: its own templates (about a third clean) and presidio-evaluator's.

presidio-evaluator 0.3.2's templates are vendored at ``tests/quality/heldout/presidio/`` (MIT);
those asking for cards, IBANs, SSNs, IPs, URLs, driving licences or US states are left out, and
the rest are filled with this set's people, places and merchants.
"""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

from harness.judge import Kind, Label

from fresh4 import render, world
from fresh4.render import Note, Row, Values, draw_values
from fresh4.templates import AGENT, CLEAN, PERSONAL

SEED = 4004
PRESIDIO = Path(__file__).resolve().parents[1] / "heldout" / "presidio" / "templates.txt"
_LEFT_OUT = ("credit_card", "iban", "ssn", "ip_address", "url", "us_driver_license", "state_abbr")
_PLACES = frozenset(["street_name", "address", "city", "postcode", "zipcode", "building_number"])
_PRESIDIO_SLOT = re.compile(r"\{\{(\w+)\}\}")


def _claim_id(rng: random.Random) -> str:
    return rng.choice([f"MC-2026-{rng.randint(1, 99999):05d}", f"CLM{rng.randint(10**6, 10**7)}",
                       f"Q-{rng.randint(1000, 9999)}-{rng.choice('ABCDEFGH')}",
                       f"F4/{rng.randint(100, 999)}/{rng.randint(10, 99)}"])  # fmt: skip


def draw_row(rng: random.Random) -> Row:
    phone_shaped = rng.random() < 0.12
    return Row(rng.choice(world.MERCHANTS), render.make_ref(rng, phone_shaped), _claim_id(rng),
               phone_shaped)  # fmt: skip


def note_from(template: str, index: int, clean: bool, rng: random.Random, row: Row,
              who: list[Values]) -> Note:  # fmt: skip
    text, labels, allow = render.render(template, rng, row, who)
    ordered = tuple(sorted(labels, key=lambda lb: lb.start))
    return Note(text, ordered, tuple(dict.fromkeys(allow)), index, clean)


def own_notes(count: int, seed: int = SEED) -> list[Note]:
    """``count`` notes: every template in turn (shuffled per round), about a third clean."""
    rng = random.Random(seed)
    personal = _cycle(rng, len(PERSONAL))
    clean = _cycle(rng, len(CLEAN))
    notes = []
    for _ in range(count):
        row = draw_row(rng)
        who = [draw_values(rng) for _ in range(3)]
        if rng.random() < 0.3:
            i = next(clean)
            notes.append(note_from(CLEAN[i], -1 - i, True, rng, row, who))
        else:
            i = next(personal)
            notes.append(note_from(PERSONAL[i], i, False, rng, row, who))
    return notes


def agent_note(rng: random.Random, row: Row, who: list[Values]) -> Note:
    i = rng.randrange(len(AGENT))
    note = note_from(AGENT[i], i, False, rng, row, who)
    clean = all(lb.kind is Kind.KEEP for lb in note.labels)
    return Note(note.text, note.labels, note.allow, i, clean)


def _cycle(rng: random.Random, n: int):  # type: ignore[no-untyped-def]
    while True:
        order = list(range(n))
        rng.shuffle(order)
        yield from order


@cache
def presidio_templates() -> tuple[str, ...]:
    lines = PRESIDIO.read_text(encoding="utf-8", errors="replace").splitlines()
    kept = [
        line.strip() for line in lines
        if line.strip() and not any(word in line for word in _LEFT_OUT)
    ]  # fmt: skip
    return tuple(dict.fromkeys(kept))


def _presidio_fill(
    rng: random.Random, slot: str, v: Values
) -> tuple[str, list[tuple[Kind, int, int, str]]]:
    p = v.person
    if slot in ("person", "name", "name_female", "name_male"):
        return render.personal_piece(rng, v, "full")
    if slot.startswith("first_name"):
        return render.personal_piece(rng, v, "first")
    if slot.startswith("last_name"):
        return (
            render.personal_piece(rng, v, "sur")
            if p.surname
            else render.personal_piece(rng, v, "full")
        )
    if slot in ("email", "phone_number", "postcode", "zipcode", "address", "street_name"):
        mapped = {"phone_number": "phone", "zipcode": "postcode", "address": "addr",
                  "street_name": "road"}.get(slot, slot)  # fmt: skip
        return render.personal_piece(rng, v, mapped)
    plain = {
        "prefix_male": rng.choice(["Mr", "Dr"]),
        "prefix_female": rng.choice(["Mrs", "Ms", "Dr"]),
        "prefix": v.title,
        "building_number": v.number,
        "secondary_address": v.flat,
        "city": v.town,
        "country": rng.choice(["Ghana", "Peru", "Latvia", "Fiji", "Oman"]),
        "nationality": rng.choice(["Ghanaian", "Peruvian", "Latvian", "Fijian", "Omani"]),
        "nation_woman": "Latvian woman",
        "nation_plural": "Peruvians",
        "age": str(rng.randint(18, 90)),
        "year": str(rng.randint(1990, 2026)),
        "job": rng.choice(["nurse", "welder", "teacher", "bus driver"]),
        "date_time": "12 August 2026 10:00",
        "date_of_birth": "3 March 1961",
        "day_of_week": rng.choice(["Monday", "Thursday"]),
    }
    if slot == "organization":
        name = rng.choice(world.MERCHANTS)
        return name, [(Kind.KEEP, 0, len(name), "merchant (other)")]
    return plain.get(slot, "something"), []


def presidio_notes(count: int, seed: int = SEED + 1) -> list[Note]:
    """``count`` notes from presidio-evaluator's templates, filled with this set's people."""
    rng = random.Random(seed)
    templates = presidio_templates()
    order = _cycle(rng, len(templates))
    notes = []
    for _ in range(count):
        i = next(order)
        template, v = templates[i], draw_values(rng)
        out: list[str] = []
        labels: list[Label] = []
        cursor = 0
        seen: set[str] = set()
        for m in _PRESIDIO_SLOT.finditer(template):
            out.append(template[cursor : m.start()])
            at = sum(len(s) for s in out)
            slot = m.group(1)
            # a place slot asked twice names two places; a person slot twice, one person
            fill = draw_values(rng) if slot in seen and slot in _PLACES else v
            seen.add(slot)
            text, spans = _presidio_fill(rng, slot, fill)
            labels += [Label(k, at + s, at + e, f) for k, s, e, f in spans]
            out.append(text)
            cursor = m.end()
        out.append(template[cursor:])
        clean = all(lb.kind is Kind.KEEP for lb in labels)
        notes.append(Note("".join(out), tuple(labels), (), i, clean))
    return notes
