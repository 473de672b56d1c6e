"""Drawing claim notes (a third without personal data) and notes from presidio-evaluator's templates.

``own_notes`` renders this set's templates (``templates.py``); ``presidio_notes`` fills
presidio-evaluator 0.3.2's sentence templates (vendored unchanged beside the older set,
``tests/quality/heldout/presidio``, MIT) with this set's people and places. Templates whose
slots are of kinds this judge does not score (card numbers, IBANs, SSNs, IP addresses, dates of
birth, licences) are left out.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from fresh import templates, world
from fresh.compose import Context, Note, render

PRESIDIO = Path(__file__).resolve().parent.parent / "heldout" / "presidio" / "templates.txt"
CLEAN_SHARE = 0.33


def draw_ref(rng: random.Random, used: set[str]) -> str:
    """An order ref, often one that looks like a UK phone number or a long digit run."""
    while True:
        shape = rng.random()
        if shape < 0.35:
            ref = "07" + "".join(str(rng.randint(0, 9)) for _ in range(9))
        elif shape < 0.5:
            ref = "01" + "".join(str(rng.randint(0, 9)) for _ in range(9))
        elif shape < 0.7:
            ref = str(rng.randint(10**9, 10**10 - 1))
        elif shape < 0.85:
            ref = f"{rng.choice(['ORD', 'WEB', 'UK'])}-{rng.randint(100000, 999999)}"
        else:
            ref = (
                f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000, 9999)}"
            )
        if ref not in used:
            used.add(ref)
            return ref


def draw_note(
    rng: random.Random, merchant: str, ref: str, claim: str, other_refs: list[str]
) -> Note:
    """One note for a row: a clean template a third of the time, else a personal one."""
    clean = rng.random() < CLEAN_SHARE
    pool = templates.CLEAN if clean else templates.PERSONAL
    index = rng.randrange(len(pool))
    ctx = Context(rng, merchant, ref, claim, other_refs)
    return render(pool[index], ctx, index if not clean else 1000 + index)


def own_notes(count: int, seed: int = 23) -> list[Note]:
    """``count`` claim notes, each with its own row merchant, order ref and claim id."""
    rng = random.Random(f"fresh-notes:{seed}")
    used: set[str] = set()
    notes = []
    for i in range(count):
        refs = [draw_ref(rng, used) for _ in range(2)]
        notes.append(
            draw_note(rng, rng.choice(world.MERCHANTS), refs[0], f"FR{700000 + i}", refs[1:])
        )
    return notes


# ---------------------------------------------------------------------------- presidio

_SKIP = ("credit_card_number", "iban", "ssn", "ip_address", "us_driver_license", "date_of_birth")
_NEUTRAL = {
    "country": ("France", "Ghana", "Vietnam", "Peru", "Norway", "Jordan", "New Zealand"),
    "nationality": ("Portuguese", "Kenyan", "Korean", "Welsh", "Chilean"),
    "nation_woman": ("Irishwoman", "Scotswoman"),
    "nation_plural": ("Icelanders", "Malaysians"),
    "job": ("plumber", "midwife", "bus driver", "solicitor"),
    "age": ("34", "71", "19", "52"),
    "year": ("1998", "2011", "2024"),
    "date_time": ("3 March 2026 10:15", "yesterday at 4pm"),
    "day_of_week": ("Tuesday", "Saturday"),
    "url": ("www.example.org/help", "https://shop.example.com"),
    "state_abbr": ("CA", "TX"),
    "prefix_male": ("Mr",),
    "prefix_female": ("Mrs", "Ms"),
    "prefix": ("Dr", "Mx"),
    "building_number": ("14", "7b", "221"),
    "secondary_address": ("Flat 2", "Apt 9", "Suite 4"),
}
_PERSON = {"person": "name", "name": "name", "name_male": "name", "name_female": "name"}
_PLAIN = {
    "email": "{a.email:plain}", "phone_number": "{a.phone:plain}", "postcode": "{a.postcode:plain}",
    "zipcode": "{a.postcode:plain}", "street_name": "{a.road:title}",
    "address": "{a.street:title}, {town} {a.postcode:plain}", "city": "{town}",
    "organization": "{merchant2}",
}  # fmt: skip
_PLACEHOLDER = re.compile(r"\{\{([a-z_]+)\}\}")


def load_templates() -> list[str]:
    """The vendored templates this judge can score (one per line)."""
    lines = PRESIDIO.read_text(encoding="utf-8").splitlines()
    keep = []
    for line in lines:
        if not line.strip() or any(f"{{{{{s}}}}}" in line for s in _SKIP):
            continue
        if re.search(r"(?<!\{)\{[a-z_]+\}(?!\})", line):  # a malformed single-brace slot
            continue
        keep.append(line.strip())
    return keep


def _convert(line: str, rng: random.Random) -> str:
    """A presidio template in this set's slot syntax (each name slot its own person)."""
    people = iter("abcdefgh")
    names = {"first": "", "last": ""}

    def slot(match: re.Match[str]) -> str:
        key = match.group(1)
        if key in _NEUTRAL:
            return rng.choice(_NEUTRAL[key])
        if key in _PERSON:
            return "{" + next(people) + ".name:title}"
        if key.startswith("first_name"):
            names["first"] = names["first"] or next(people)
            return "{" + names["first"] + ".first:title}"
        if key.startswith("last_name"):
            names["last"] = names["first"] or next(people)
            return "{" + names["last"] + ".surname:title}"
        return _PLAIN[key]

    return _PLACEHOLDER.sub(slot, line)


def presidio_notes(count: int, seed: int = 23) -> list[Note]:
    """``count`` notes from the vendored templates (cycled), filled with this set's values."""
    rng = random.Random(f"fresh-presidio:{seed}")
    lines = load_templates()
    used: set[str] = set()
    notes = []
    for i in range(count):
        line = lines[i % len(lines)]
        refs = [draw_ref(rng, used) for _ in range(2)]
        ctx = Context(rng, rng.choice(world.MERCHANTS), refs[0], f"FP{800000 + i}", refs[1:])
        notes.append(render(_convert(line, rng), ctx, i % len(lines)))
    return notes
