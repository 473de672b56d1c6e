"""presidio-evaluator's sentence templates, filled with this set's own name sources.

``presidio/templates.txt`` is vendored unchanged from presidio-evaluator 0.3.2 (PyPI,
``presidio_evaluator/data_generator/raw_data/templates.txt``, MIT licence, copy in
``presidio/LICENSE``); only the template text is used, never its Faker-based filler.
Templates whose only entities are outside this product's kinds (card numbers, IBANs,
SSNs, IP addresses, URLs, driving licences) are skipped. It is an external test: nothing
in the detector may be tuned on it.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from heldout.render import Context, Note, render

TEMPLATES = Path(__file__).resolve().parent / "presidio" / "templates.txt"
_SKIP = {"credit_card_number", "iban", "ssn", "ip_address", "url", "us_driver_license"}
_SHARED = {  # slots that speak of the template's one main person
    "first_name": "{first1}",
    "first_name_male": "{first1}",
    "first_name_female": "{first1}",
    "first_name_nonbinary": "{first1}",
    "last_name": "{surname1}",
    "last_name_male": "{surname1}",
    "last_name_female": "{surname1}",
    "phone_number": "{phone1}",
    "email": "{email1}",
    "postcode": "{postcode1}",
    "zipcode": "{postcode1}",
    "street_name": "{street1:nonum}",
    "address": "{street1}, {town} {postcode1}",
    "city": "{town}",
    "organization": "{merchant}",
}
_PEOPLE = {"person", "name", "name_female", "name_male"}  # each one a new person
_LITERALS: dict[str, tuple[str, ...]] = {
    "prefix_male": ("Mr", "Mr."),
    "prefix_female": ("Ms", "Mrs", "Miss"),
    "prefix": ("Dr", "Mx"),
    "building_number": ("12", "7", "221", "48"),
    "secondary_address": ("Flat 2", "Apt. 14", "Unit 3"),
    "country": ("Ghana", "Poland", "Ireland", "New Zealand", "India", "Chile"),
    "nationality": ("Ghanaian", "Polish", "Irish", "Chilean", "Welsh"),
    "nation_woman": ("Irishwoman", "Scotswoman"),
    "nation_plural": ("Kiwis", "Poles"),
    "age": ("34", "71", "19"),
    "year": ("1987", "2003", "2019"),
    "job": ("nurse", "electrician", "teacher"),
    "date_time": ("3 March 2026 10:15",),
    "date_of_birth": ("14/02/1979",),
    "day_of_week": ("Tuesday", "Saturday"),
    "state_abbr": ("NY", "CA"),
}
SLOT = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")


def load_templates() -> list[str]:
    """The usable template lines (those whose slots this set can fill)."""
    usable = []
    for line in TEMPLATES.read_text(encoding="utf-8").splitlines():
        slots = set(SLOT.findall(line))
        if not line.strip() or slots & _SKIP:
            continue
        if slots - set(_SHARED) - _PEOPLE - set(_LITERALS):
            continue
        usable.append(line.strip())
    return usable


def _convert(line: str, rng: random.Random) -> str:
    """The template in this set's slot syntax; literal slots filled in place."""
    people = iter(range(2, 10))

    def one(match: re.Match[str]) -> str:
        slot = match.group(1)
        if slot in _SHARED:
            return _SHARED[slot]
        if slot in _PEOPLE:
            return f"{{name{next(people, 9)}}}"
        return rng.choice(_LITERALS[slot])

    return SLOT.sub(one, line)


def presidio_notes(count: int, seed: int) -> list[Note]:
    """``count`` notes filled from presidio-evaluator's templates, each template in turn."""
    rng = random.Random(f"presidio:{seed}")
    lines = load_templates()
    notes = []
    for i in range(count):
        index = i % len(lines)
        template = _convert(lines[index], rng)
        ctx = Context(rng, merchant="", order_ref="", claim_id="")
        notes.append(render(template, ctx, f"presidio:{index}"))
    return notes
