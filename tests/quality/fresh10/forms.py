"""Written forms of the fresh10 set's values: how e-mails, phones, postcodes, streets, house
names, member ids and names turn up in claim notes.

Every function returns ``Piece``s: text, the gold kind it carries (``None`` for surrounding
words that are not the value, such as a title or a cue) and the written form's name.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from fresh10 import people, places

Piece = tuple[str, str | None, str]


@dataclass(frozen=True, slots=True)
class Person:
    """One person of a note: given name, surname, culture's shape; or a name in its own script."""

    given: str
    surname: str
    shape: str
    culture: str
    script: str = ""  # set for a name written in a non-Latin script (then given is the whole)


def person(rng: random.Random) -> Person:
    if rng.random() < 0.07:
        name, script = rng.choice(people.NON_LATIN)
        return Person(name, "", "script", "script", script)
    group = rng.choice(people.GROUPS)
    return Person(rng.choice(group.given), rng.choice(group.surnames), group.shape, group.culture)


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("ß", "ss"))
    folded = folded.replace("Þ", "Th").replace("þ", "th").replace("ð", "d").replace("Ð", "D")
    folded = folded.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return re.sub(r"[^A-Za-z0-9]", "", "".join(c for c in folded if not unicodedata.combining(c)))


# ---------------------------------------------------------------- names
def full_name(rng: random.Random, who: Person) -> list[Piece]:
    """A full name in one of many written forms (NAME; a title or cue stays outside)."""
    if who.script:
        return [(who.given, "NAME", f"script {who.script}")]
    g, s = who.given, who.surname
    roll = rng.randrange(14)
    if who.shape == "family-first" and roll < 6:
        return [(f"{s} {g}", "NAME", "family first")]
    if roll == 0:
        return [(f"{g} {s}".upper(), "NAME", "full, upper")]
    if roll == 1:
        return [(f"{g} {s}".lower(), "NAME", "full, lower")]
    if roll == 2:
        return [(f"{s}, {g}", "NAME", "surname comma given")]
    if roll == 3:
        return [(f"{g[0]}. {s}", "NAME", "initial surname")]
    if roll == 4:
        title = rng.choice(people.TITLES)
        return [(f"{title} ", None, "title"), (s, "SURNAME", "after title")]
    if roll == 5:
        return [(f"{s.upper()} {g}", "NAME", "surname upper first")]
    if roll == 6:
        nick = [n for full, n in people.NICKNAMES if full == g]
        if nick:
            return [(f"{nick[0]} {s}", "NAME", "nickname surname")]
    if roll == 7:
        mid = rng.choice("ABCDEFGHJKLMNPRSTW")
        return [(f"{g} {mid}. {s}", "NAME", "middle initial")]
    if roll == 8:
        title = rng.choice(people.TITLES)
        return [(f"{title} ", None, "title"), (f"{g} {s}", "NAME", "title full")]
    return [(f"{g} {s}", "NAME", "full")]


def first_name(rng: random.Random, who: Person) -> list[Piece]:
    if who.script:
        return [(who.given.split()[-1], "FIRST", f"script {who.script}, given")]
    roll = rng.randrange(8)
    if roll == 0:
        return [(who.given.lower(), "FIRST", "given, lower")]
    if roll == 1:
        return [(who.given.upper(), "FIRST", "given, upper")]
    if roll == 2:
        nick = [n for full, n in people.NICKNAMES if full == who.given]
        if nick:
            return [(nick[0], "FIRST", "nickname")]
    return [(who.given, "FIRST", "given")]


def surname(rng: random.Random, who: Person) -> list[Piece]:
    if who.script:
        return [(who.given.split()[0], "SURNAME", f"script {who.script}, family")]
    if rng.random() < 0.2:
        return [(who.surname.upper(), "SURNAME", "surname, upper")]
    return [(who.surname, "SURNAME", "surname")]


# ---------------------------------------------------------------- e-mails
EMAIL_FORMS = ("plain", "upper", "mailto", "angle", "at word", "at brackets", "at parens",
               "at braces", "percent", "html entity", "spaced at", "dot words", "plus tag",
               "quoted", "display name")  # fmt: skip


def local_part(rng: random.Random, who: Person) -> str:
    if who.script:
        return rng.choice(["mina", "oyun", "sakura.k", "rahim77", "tenz", "noor.s"]) + str(
            rng.randrange(10, 99)
        )
    g, s = ascii_fold(who.given).lower() or "x", ascii_fold(who.surname).lower() or "y"
    shapes = [f"{g}.{s}", f"{g}{s}{rng.randrange(1, 99)}", f"{g[0]}{s}", f"{s}_{g}",
              f"{g}-{s[0]}", f"{g}{rng.randrange(1960, 2010)}", f"{s}.{g[0]}", f"the.{s}s"]  # fmt: skip
    return rng.choice(shapes)


def email(rng: random.Random, who: Person, form: str | None = None) -> list[Piece]:
    local, domain = local_part(rng, who), rng.choice(places.EMAIL_DOMAINS)
    form = form or rng.choice(EMAIL_FORMS)
    plain = f"{local}@{domain}"
    if form == "upper":
        return [(plain.upper(), "EMAIL", form)]
    if form == "mailto":
        return [("mailto:", None, form), (plain, "EMAIL", form)]
    if form == "angle":
        return [("<", None, form), (plain, "EMAIL", form), (">", None, form)]
    if form == "at word":
        return [(f"{local} at {domain}", "EMAIL", form)]
    if form == "at brackets":
        return [(f"{local} [at] {domain.replace('.', ' [dot] ')}", "EMAIL", form)]
    if form == "at parens":
        return [(f"{local}(at){domain}", "EMAIL", form)]
    if form == "at braces":
        return [(f"{local} {{at}} {domain}", "EMAIL", form)]
    if form == "percent":
        return [(f"{local}%40{domain}", "EMAIL", form)]
    if form == "html entity":
        return [(f"{local}&#64;{domain}", "EMAIL", form)]
    if form == "spaced at":
        return [(f"{local} @ {domain}", "EMAIL", form)]
    if form == "dot words":
        spoken = local.replace(".", " dot ")
        return [(f"{spoken} at {domain.replace('.', ' dot ')}", "EMAIL", form)]
    if form == "plus tag":
        return [(f"{local}+{rng.choice(['cashback', 'shop', 'deals'])}@{domain}", "EMAIL", form)]
    if form == "quoted":
        return [('"', None, form), (plain, "EMAIL", form), ('"', None, form)]
    if form == "display name":
        return [*full_name(rng, who), (" <", None, form), (plain, "EMAIL", form), (">", None, form)]
    return [(plain, "EMAIL", "plain")]


# ---------------------------------------------------------------- phones
def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


_WORDS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def phone(rng: random.Random) -> list[Piece]:
    mob = "7" + rng.choice("3456789") + _digits(rng, 8)  # UK mobile without the 0
    ie = rng.choice("35679") + _digits(rng, 7)  # Irish mobile after 08
    land = _digits(rng, 6)
    choices = [
        (f"0{mob[:4]} {mob[4:]}", "uk mobile spaced"),
        (f"0{mob}", "uk mobile run together"),
        (f"+44 {mob[:4]} {mob[4:]}", "+44 mobile"),
        (f"+44 (0){mob[:4]} {mob[4:]}", "+44 (0) mobile"),
        (f"0044 {mob[:4]} {mob[4:7]} {mob[7:]}", "0044 mobile"),
        (f"0{mob[:4]}-{mob[4:7]}-{mob[7:]}", "uk mobile dashed"),
        (f"0{mob[:4]}.{mob[4:7]}.{mob[7:]}", "uk mobile dotted"),
        (f"(0{mob[:4]}) {mob[4:]}", "uk mobile bracketed"),
        (f"01{_digits(rng, 3)} {land}", "uk landline"),
        (f"(01{_digits(rng, 3)}) {land[:3]} {land[3:]}", "uk landline bracketed"),
        (f"020 {_digits(rng, 4)} {_digits(rng, 4)}", "london landline"),
        (f"028 9{_digits(rng, 3)} {_digits(rng, 4)}", "belfast landline"),
        (f"08{ie[0]} {ie[1:4]} {ie[4:]}", "irish mobile"),
        (f"+353 8{ie[0]} {ie[1:4]} {ie[4:]}", "+353 mobile"),
        (f"+353 (0)8{ie[0]} {ie[1:]}", "+353 (0) mobile"),
        (f"(021) {_digits(rng, 3)} {_digits(rng, 4)}", "irish landline"),
        (f"+33 6 {' '.join(_digits(rng, 2) for _ in range(4))}", "french mobile"),
        (f"+49 15{_digits(rng, 1)} {_digits(rng, 8)}", "german mobile"),
        (f"+91 9{_digits(rng, 4)} {_digits(rng, 5)}", "indian mobile"),
        (f"+234 80{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}", "nigerian mobile"),
        (f"+1 ({_digits(rng, 3)}) {_digits(rng, 3)}-{_digits(rng, 4)}", "north american"),
        (f"+48 {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}", "polish mobile"),
        (f"+61 4{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}", "australian mobile"),
        (f"0{mob[:4]}\u00a0{mob[4:]}", "uk mobile nbsp"),
        (f"+44{mob}", "+44 run together"),
        (f"07{mob[1:3]} {mob[3:6]} {mob[6:]}", "uk mobile 4-3-3"),
    ]
    text, form = rng.choice(choices)
    if rng.random() < 0.06:
        spoken = " ".join(_WORDS[int(d)] for d in f"0{mob}")
        return [(spoken, "PHONE", "words")]
    if rng.random() < 0.05:
        return [
            (f"0{mob[:4]} {mob[4:]}", "PHONE", "with extension"),
            (f" ext. {rng.randrange(10, 999)}", None, "ext"),
        ]
    return [(text.strip(), "PHONE", form)]


# ---------------------------------------------------------------- postcodes
def postcode(rng: random.Random) -> list[Piece]:
    if rng.random() < 0.3:
        code = places.eircode(rng)
        forms = [(code, "eircode"), (code.replace(" ", ""), "eircode run together"),
                 (code.lower(), "eircode lower"), (code.replace(" ", "-"), "eircode hyphen")]  # fmt: skip
    else:
        code = places.uk_postcode(rng)
        forms = [(code, "uk"), (code.replace(" ", ""), "uk run together"), (code.lower(), "uk lower"),
                 (code.replace(" ", "\u00a0"), "uk nbsp"), (code.replace(" ", "  "), "uk double space"),
                 (code.replace(" ", "-"), "uk hyphen"), (code.title(), "uk title case"),
                 (code.replace(" ", ". "), "uk dot")]  # fmt: skip
    text, form = rng.choice(forms)
    return [(text, "POSTCODE", form)]


# ---------------------------------------------------------------- streets and houses
def street(rng: random.Random) -> list[Piece]:
    name = rng.choice(places.STREET_NAMES)
    full, short = rng.choice(places.THOROUGHFARES)
    number = rng.randrange(1, 240)
    if full in places.LEADING or name in ("Cnoc na Gaoithe", "Trá Bhán", "Sráid an Mhuilinn"):
        lead = rng.choice(places.LEADING)
        return [(f"{number} {lead} {name}", "STREET", "leading thoroughfare")]
    roll = rng.randrange(10)
    if roll == 0:
        return [(f"{number} {name} {short}", "STREET", "abbreviated")]
    if roll == 1:
        return [(f"{number}, {name} {full}", "STREET", "number comma")]
    if roll == 2:
        return [(f"Flat {rng.randrange(1, 20)}, {number} {name} {full}", "STREET", "flat")]
    if roll == 3:
        return [(f"{number}{rng.choice('abc')} {name} {full}", "STREET", "number letter")]
    if roll == 4:
        return [(f"{number} {name} {full}".upper(), "STREET", "upper")]
    if roll == 5:
        return [(f"{number} {name} {short}".lower(), "STREET", "lower abbreviated")]
    if roll == 6:
        return [(f"No. {number} {name} {full}", "STREET", "no. prefix")]
    if roll == 7:
        return [(f"{name} {full}", "STREET", "no number")]
    if roll == 8:
        return [(f"{number}/{rng.randrange(1, 9)} {name} {full}", "STREET", "tenement")]
    return [(f"{number} {name} {full}", "STREET", "plain")]


def house(rng: random.Random) -> list[Piece]:
    name = rng.choice(places.HOUSE_NAMES)
    roll = rng.randrange(6)
    if roll == 0:
        return [(name.upper(), "HOUSE", "upper")]
    if roll == 1:
        return [(name.lower(), "HOUSE", "lower")]
    if roll == 2:
        return [(f"The {name}", "HOUSE", "the")]
    if roll == 3:
        return [(name.rsplit(" ", 1)[0], "HOUSE", "stem only")]
    return [(name, "HOUSE", "plain")]


# ---------------------------------------------------------------- member ids
NEAR_CUES = ("member no. ", "membership ID ", "member ID: ", "account no ", "user id ",
             "customer number ", "Mitgliedsnummer ", "uimhir bhallraíochta ", "member #")  # fmt: skip
FAR_CUES = ("membership number (the one on the app, not the card) ",
            "account - I think it's the number on my welcome email - ",
            "member number, which I've had since I joined years ago, is ",
            "ID on my profile page, top right under my photo, reads ")  # fmt: skip


def member_value(rng: random.Random) -> tuple[str, str]:
    roll = rng.randrange(6)
    if roll == 0:
        return f"PW{_digits(rng, 7)}", "prefixed"
    if roll == 1:
        return f"PW-{_digits(rng, 3)}-{_digits(rng, 4)}", "prefixed grouped"
    if roll == 2:
        d = _digits(rng, 8)
        return f"{d[:4]} {d[4:]}", "grouped"
    if roll == 3:
        return f"M{_digits(rng, 6)}", "letter digits"
    if roll == 4:
        return f"{rng.randrange(1, 9)}{_digits(rng, 9)}", "ten digits"
    return _digits(rng, 8), "digits"


def member(rng: random.Random) -> list[Piece]:
    value, shape = member_value(rng)
    cue = rng.randrange(5)
    if cue <= 2:
        return [(rng.choice(NEAR_CUES), None, "cue"), (value, "MEMBER", f"near cue, {shape}")]
    if cue == 3:
        return [(rng.choice(FAR_CUES), None, "cue"), (value, "MEMBER", f"far cue, {shape}")]
    return [(value, "MEMBER", f"none cue, {shape}")]
