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

from fresh2.render import Context, Note, Person, draw_person, render
from fresh2.templates import CLEAN, PERSONAL

PRESIDIO = Path(__file__).resolve().parent.parent / "heldout" / "presidio" / "templates.txt"
CLEAN_SHARE = 1 / 3
_SKIP = ("credit_card", "iban", "ssn", "ip_address", "url", "state_abbr", "driver_license")
# presidio placeholder -> this set's slot (fillers are not labelled)
_SLOTS = {
    "person": "name", "name": "name", "name_male": "name", "name_female": "name",
    "first_name": "first", "first_name_male": "first", "first_name_female": "first",
    "first_name_nonbinary": "first", "last_name": "surname", "last_name_male": "surname",
    "last_name_female": "surname", "email": "email", "phone_number": "phone",
    "address": "addr", "street_name": "road", "secondary_address": "flat", "postcode": "pc",
    "zipcode": "pc", "city": "town", "organization": "merchant", "date_time": "date",
}  # fmt: skip
_FILL = {
    "building_number": ["12", "7", "221", "48", "3"],
    "country": ["Portugal", "Ghana", "Canada", "Vietnam", "Poland", "Jamaica", "Kenya"],
    "nationality": ["Portuguese", "Ghanaian", "Canadian", "Vietnamese", "Polish"],
    "nation_woman": ["Irish woman", "Welsh woman"],
    "nation_plural": ["Scots", "Danes"],
    "age": ["34", "71", "19", "52"],
    "year": ["1987", "2004", "1999", "2016"],
    "job": ["nurse", "electrician", "teacher", "bus driver"],
    "day_of_week": ["Tuesday", "Saturday", "Monday"],
    "date_of_birth": ["3 March 1979", "1990-11-02"],
    "prefix": ["Mr", "Mrs", "Dr"],
    "prefix_male": ["Mr", "Dr"],
    "prefix_female": ["Mrs", "Ms"],
}
_PLACEHOLDER = re.compile(r"\{\{([a-z_]+)\}\}")


def _context(
    rng: random.Random,
    first: Person | None = None,
    latin1: bool = False,
    row: dict[str, str] | None = None,
) -> Context:
    persons = {who: draw_person(rng, latin1) for who in "abc"}
    if first is not None:
        persons["a"] = first
    return Context(rng, persons, dict(row or {}))


def own_note(
    i: int,
    seed: int = 0,
    first: Person | None = None,
    latin1: bool = False,
    row: dict[str, str] | None = None,
) -> Note:
    """Note number ``i``: a clean template about a third of the time, else a personal one.

    ``first``: person a (a claim row's claimant); ``row``: must-keep values the note shares
    with its row (``{"merchant.a": ..., "ref.a": ..., "claim.a": ...}``).
    """
    rng = random.Random(seed * 1_000_003 + i)
    clean = rng.random() < CLEAN_SHARE
    pool = CLEAN if clean else PERSONAL
    index = rng.randrange(len(pool))
    context = _context(rng, first, latin1, row)
    return render(pool[index], context, index if not clean else -1 - index)


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
        who = "abc"[min(seen[kind], 2)]
        return "{" + kind + ("" if who == "a" else "." + who) + "}"

    return _PLACEHOLDER.sub(slot, template)


def presidio_notes(count: int, seed: int = 0) -> list[Note]:
    """presidio-evaluator's templates in turn, filled with this set's people and places."""
    templates = presidio_templates()
    notes = []
    for i in range(count):
        rng = random.Random(seed * 7_000_001 + i)
        index = i % len(templates)
        notes.append(render(_ours(templates[index], rng), _context(rng), index))
    return notes
