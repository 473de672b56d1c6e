"""Drawing the set's notes (about a third clean) and presidio-evaluator's templates filled
with this set's people and places.

presidio-evaluator 0.3.2's templates are vendored at ``tests/quality/heldout/presidio/``
(MIT); only that folder is read. Templates asking for a value the judge has no kind for
(card numbers, IBANs, SSNs, IP addresses, URLs, US states and licences) are left out.
"""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

from fresh3.render import Context, Note, draw_person, encodes, render
from fresh3.render import Person as Person
from fresh3.templates import AGENT, CLEAN, PERSONAL

PRESIDIO = Path(__file__).resolve().parent.parent / "heldout" / "presidio" / "templates.txt"
CLEAN_SHARE = 1 / 3
WHO = "abcde"
_SKIP = ("credit_card", "iban", "ssn", "ip_address", "url", "state_abbr", "driver_license")
# presidio placeholder -> this set's slot (fillers are drawn, not labelled)
_SLOTS = {
    "person": "name", "name": "name", "name_male": "name", "name_female": "name",
    "first_name": "first", "first_name_male": "first", "first_name_female": "first",
    "first_name_nonbinary": "first", "last_name": "sur", "last_name_male": "sur",
    "last_name_female": "sur", "email": "email", "phone_number": "tel", "address": "addr",
    "street_name": "road", "secondary_address": "flat", "postcode": "pc", "zipcode": "pc",
    "city": "town", "organization": "merchant", "date_time": "date",
}  # fmt: skip
_FILL = {
    "building_number": ["14", "203", "9", "61", "118b"],
    "country": ["Eritrea", "Nepal", "Georgia", "Romania", "Trinidad", "Malaysia", "Albania"],
    "nationality": ["Nepali", "Georgian", "Romanian", "Somali", "Filipino"],
    "nation_woman": ["Cornish woman", "Kurdish woman"],
    "nation_plural": ["Armenians", "Ghanaians"],
    "age": ["28", "63", "45", "81"],
    "year": ["1983", "2011", "1996", "2020"],
    "job": ["midwife", "plasterer", "pharmacist", "postman"],
    "day_of_week": ["Thursday", "Sunday", "Wednesday"],
    "date_of_birth": ["17 June 1968", "2001-04-23"],
    "prefix": ["Mx", "Dr", "Ms"],
    "prefix_male": ["Mr", "Rev"],
    "prefix_female": ["Mrs", "Miss"],
}
_PLACEHOLDER = re.compile(r"\{\{([a-z_]+)\}\}")


def context(
    rng: random.Random,
    first: Person | None = None,
    encoding: str | None = None,
    row: dict[str, str] | None = None,
) -> Context:
    """A note's people (``first`` as person a when given) and the row values it shares."""
    persons = {who: draw_person(rng, encoding) for who in WHO}
    if first is not None:
        persons["a"] = first
    return Context(rng, persons, dict(row or {}))


def own_note(
    i: int,
    seed: int = 0,
    first: Person | None = None,
    encoding: str | None = None,
    row: dict[str, str] | None = None,
) -> Note:
    """Note number ``i``: a clean template about a third of the time, else a personal one.

    ``first``: person a (a claim row's claimant); ``row``: must-keep values the note shares
    with its row (``{"merchant.a": ..., "ref.a": ..., "claim.a": ...}``); ``encoding``: the
    note must be writable in it (templates it cannot write are redrawn).
    """
    for attempt in range(40):
        rng = random.Random((seed * 1_000_003 + i) * 41 + attempt)
        clean = rng.random() < CLEAN_SHARE
        pool = CLEAN if clean else PERSONAL
        index = rng.randrange(len(pool))
        note = render(
            pool[index], context(rng, first, encoding, row), -1 - index if clean else index
        )
        if encoding is None or encodes(note.text, encoding):
            return note
    raise ValueError("no note writable in the encoding")


def agent_note(rng: random.Random, first: Person, row: dict[str, str]) -> Note:
    """A short agent note about the row's claimant (a second free-text column)."""
    index = rng.randrange(len(AGENT))
    return render(AGENT[index], context(rng, first, None, row), index)


def own_notes(count: int, seed: int = 0) -> list[Note]:
    """The first ``count`` notes of the set (the same every run)."""
    return [own_note(i, seed) for i in range(count)]


@cache
def presidio_templates() -> tuple[str, ...]:
    """The vendored templates this set can label (placeholders as the file writes them)."""
    found = []
    for line in PRESIDIO.read_text(encoding="utf-8", errors="replace").splitlines():
        names = _PLACEHOLDER.findall(line)
        if not names or any(s in n for n in names for s in _SKIP):
            continue
        if all(n in _SLOTS or n in _FILL for n in names):
            found.append(line.strip())
    return tuple(found)


def _ours(template: str, rng: random.Random) -> str:
    """A presidio template in this set's slot syntax, its fillers (unlabelled words) drawn."""
    seen: dict[str, int] = {}

    def slot(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in _FILL:
            return rng.choice(_FILL[name])
        kind = _SLOTS[name]
        seen[kind] = seen.get(kind, -1) + 1
        who = WHO[min(seen[kind], len(WHO) - 1)]
        return "{" + kind + ("" if who == "a" else "." + who) + "}"

    return _PLACEHOLDER.sub(slot, template)


def presidio_notes(count: int, seed: int = 0) -> list[Note]:
    """presidio-evaluator's templates in turn, filled with this set's people and places."""
    templates = presidio_templates()
    notes = []
    for i in range(count):
        rng = random.Random(seed * 7_000_003 + i * 13 + 5)
        index = i % len(templates)
        notes.append(render(_ours(templates[index], rng), context(rng), index))
    return notes
