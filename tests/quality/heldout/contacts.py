"""People and their contact details, in the many forms shoppers write them.

A ``Person`` is drawn from ``sources.CULTURES``; each of its values can be rendered in a
plain form (for a column) or in one of the written forms seen in claim notes: obfuscated
e-mails ("jane dot doe at gmail dot com", ``[at]``, ``%40``, ``&#64;``, zero-width
characters, spaced letter by letter), dotted or spaced phones, postcodes with odd spacing.
Every function takes the caller's ``random.Random`` so the set is reproducible.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from heldout.sources import (
    CULTURES,
    EMAIL_DOMAINS,
    HOUSE_NAMES,
    POSTCODE_AREAS,
    STREET_STEMS,
    THOROUGHFARES,
    TOWNS,
    Culture,
)

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_HANDLES = ("sunflower", "kiwi_fan", "bluebird", "moonlight", "tigerlily", "rover", "pixel")


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    surname: str
    culture: str
    latin: bool
    email: str
    phone: str  # national digits, 11 of them
    postcode: str  # normal form "CB5 2GD"
    street: str  # "80 Carly Light"
    house: str
    town: str
    member: str

    @property
    def full(self) -> str:
        # Native-script East Asian names are written surname first, with no space.
        if not self.latin and self.culture.endswith("east-asian"):
            return f"{self.surname}{self.given}"
        return f"{self.given} {self.surname}"


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isascii() and (c.isalnum())).lower()


def draw_culture(rng: random.Random) -> Culture:
    # Latin-script groups far more often than native script, as in a UK customer file.
    weights = [1 if not c.latin else 6 for c in CULTURES]
    return rng.choices(CULTURES, weights=weights)[0]


def draw_postcode(rng: random.Random) -> str:
    area = rng.choice(POSTCODE_AREAS)
    district = str(rng.randint(1, 29 if len(area) == 2 else 9))
    if rng.random() < 0.1 and len(area) == 1:
        district += rng.choice("ABCDEFGHJKMNPRSTUVWXY")
    inward = f"{rng.randint(0, 9)}{rng.choice(_INWARD_LETTERS)}{rng.choice(_INWARD_LETTERS)}"
    return f"{area}{district} {inward}"


def draw_phone(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return "07" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    prefix = rng.choice(("0113", "0161", "0121", "0131", "0141", "0117", "0191", "0289", "01632"))
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(11 - len(prefix)))


def draw_street(rng: random.Random, number: bool = True) -> str:
    name = f"{rng.choice(STREET_STEMS)} {rng.choice(THOROUGHFARES)}"
    if not number:
        return name
    house = str(rng.randint(1, 320))
    if rng.random() < 0.08:
        house += rng.choice("abc")
    return f"{house} {name}"


def draw_person(rng: random.Random, culture: Culture | None = None) -> Person:
    culture = culture or draw_culture(rng)
    given = rng.choice(culture.given)
    # One surname in eight comes from another group, as in mixed families.
    surname_group = culture if rng.random() > 0.125 or not culture.latin else draw_culture(rng)
    surname = rng.choice(surname_group.surnames)
    g, s = _ascii(given), _ascii(surname)
    if not g or not s:
        local = f"{rng.choice(_HANDLES)}{rng.randint(1, 999)}"
    else:
        local = rng.choice(
            (
                f"{g}.{s}",
                f"{g}{s}",
                f"{g[0]}{s}",
                f"{g}_{s}{rng.randint(60, 99)}",
                f"{s}.{g[0]}{rng.randint(1, 99)}",
                f"{g}{rng.randint(1, 9999)}",
            )
        )
    domain = rng.choice(EMAIL_DOMAINS)
    return Person(
        given=given,
        surname=surname,
        culture=culture.name,
        latin=culture.latin,
        email=f"{local}@{domain}",
        phone=draw_phone(rng),
        postcode=draw_postcode(rng),
        street=draw_street(rng),
        house=rng.choice(HOUSE_NAMES),
        town=rng.choice(TOWNS),
        member=str(rng.randint(10_000_000, 99_999_999)),
    )


# ---------------------------------------------------------------------------- written forms


def write_email(rng: random.Random, email: str, obfuscate: bool) -> str:
    if not obfuscate:
        return rng.choice((email, email, email.upper(), email.capitalize()))
    local, domain = email.split("@")
    form = rng.randrange(9)
    if form == 0:
        return f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"
    if form == 1:
        return f"{local} {rng.choice(('[at]', '(at)', '{at}', '[AT]'))} {domain}"
    if form == 2:
        return f"{local}%40{domain}"
    if form == 3:
        return f"{local}&#64;{domain}"
    if form == 4:
        cut = rng.randint(1, max(1, len(local) - 1))
        return f"{local[:cut]}{rng.choice(ZERO_WIDTH)}{local[cut:]}@{domain}"
    if form == 5:
        return " ".join(email)
    if form == 6:
        return f"{local} at {domain}"
    if form == 7:
        return f"{local}@{domain.replace('.', ' . ')}"
    return f"{local.upper()} AT {domain.upper()}"


def write_phone(rng: random.Random, digits: str, odd: bool) -> str:
    if not odd:
        cut = 5 if digits.startswith("07") or (len(digits) == 11 and digits[1] != "2") else 3
        return rng.choice((digits, f"{digits[:cut]} {digits[cut:]}", f"+44 {digits[1:]}"))
    form = rng.randrange(7)
    if form == 0:
        return f"{digits[:5]}.{digits[5:8]}.{digits[8:]}"
    if form == 1:
        return " ".join(digits)
    if form == 2:
        return f"+44 (0){digits[1:5]} {digits[5:]}"
    if form == 3:
        return f"({digits[:5]}) {digits[5:8]} {digits[8:]}"
    if form == 4:
        return f"0044 {digits[1:5]} {digits[5:8]} {digits[8:]}"
    if form == 5:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return f"{digits[:5]}.{digits[5:]}"


def write_postcode(rng: random.Random, postcode: str, odd: bool) -> str:
    if not odd:
        return rng.choice((postcode, postcode, postcode.lower(), postcode.replace(" ", "")))
    form = rng.randrange(4)
    if form == 0:
        return postcode.replace(" ", "  ")
    if form == 1:
        return " ".join(postcode.replace(" ", ""))
    if form == 2:
        return postcode.replace(" ", "").lower()
    return postcode.replace(" ", " \u00a0")  # a no-break space inside


def write_town(rng: random.Random) -> str:
    return rng.choice(TOWNS)
