"""People and their values, the written forms of each value, and the template renderer that
labels every slot at exact character offsets.

A template is text with slots ``{kind}``, ``{kind.b}`` (person b; a is the default) and
``{kind:u}`` / ``{kind:l}`` / ``{kind:c}`` (upper, lower, capitalised). A template starting
with ``[[U]]`` or ``[[L]]`` is written all in capitals or all in lower case;
``{=Ted Baker=merchant}`` is a must-keep written out in the template. Each piece is
cased before it is placed, so offsets are taken on the text as written.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from harness.judge import Kind, Label

from fresh2 import people, world

SLOT = re.compile(r"\{([a-z]+)(?:\.([abc]))?(?::([ulc]))?\}|\{=([^=}]+)=([a-z ]+)\}")
Piece = tuple[str, Kind | None, str]  # text, kind (None: not labelled), form

TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Prof", "Rev")
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_WORDS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@dataclass(frozen=True, slots=True)
class Note:
    """A rendered note: its text, gold labels at exact offsets, the row's allow-list."""

    text: str
    labels: tuple[Label, ...]
    allow: tuple[str, ...]
    clean: bool
    template: int = -1


def fold(text: str) -> str:
    """ASCII letters only (for e-mail local parts): accents dropped, other marks removed."""
    plain = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    plain = plain.replace("ø", "o").replace("đ", "d").replace("Đ", "D").replace("ß", "ss")
    return re.sub(r"[^a-z]", "", "".join(c for c in plain if c.isascii()).lower())


@dataclass
class Person:
    """One person and their values, drawn once per note."""

    given: str
    surname: str
    full: str
    latin: str  # e-mail base for non-Latin scripts, else empty
    title: str
    email: str
    mobile: str
    landline: str
    postcode: str
    number: str
    road: str
    house: str
    flat: str
    town: str
    member: str

    @property
    def scripted(self) -> bool:
        return bool(self.latin)


def _postcode(rng: random.Random) -> str:
    area = rng.choice(world.POSTCODE_AREAS)
    district = str(rng.randint(1, 29 if len(area) == 2 else 9))
    if len(area) == 1 and rng.random() < 0.3:
        district += rng.choice("ABCDEFGHJKPRSTW")
    return f"{area}{district} {rng.randint(0, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _mobile(rng: random.Random) -> str:
    return f"07{rng.choice('1234589')}{_digits(rng, 8)}"


def _landline(rng: random.Random) -> str:
    code = rng.choice(
        ["020", "029", "028", "0161", "0113", "0117", "0121", "0131", "0141", "0151", "0191",
         "01225", "01392", "01603", "01872", "01946", "01224", "01382", "01970", "01745"]
    )  # fmt: skip
    return code + _digits(rng, 11 - len(code))


def _member(rng: random.Random) -> str:
    shape = rng.randrange(8)
    if shape == 0:
        return f"TCB{_digits(rng, 7)}"
    if shape == 1:
        return f"QC-{_digits(rng, 8)}"
    if shape == 2:
        return _digits(rng, 9)
    if shape == 3:
        return f"M{_digits(rng, 6)}{rng.choice('ABCDXZ')}"
    if shape == 4:
        return f"KS/{_digits(rng, 5)}/{rng.choice(['AB', 'QX', 'TT', 'LM'])}"
    if shape == 5:
        return "U-" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    if shape == 6:
        return f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}"
    return f"EF{_digits(rng, 10)}"


def _email(rng: random.Random, given: str, surname: str, latin: str) -> str:
    domain = rng.choice(world.DOMAINS)
    if latin:
        return f"{latin}@{domain}"
    g, s = fold(given), fold(surname)
    shape = rng.randrange(8)
    local = [
        f"{g}.{s}", f"{g}{s}", f"{g[:1]}{s}", f"{g}_{s}{rng.randint(1, 99)}", f"{s}.{g}",
        f"{g}{rng.randint(1960, 2008)}", f"{g[:1]}.{s}{rng.randint(10, 99)}", f"{s}{g[:1]}",
    ][shape]  # fmt: skip
    return f"{local}@{domain}"


def draw_person(rng: random.Random, latin1: bool = False) -> Person:
    """A person and their values; ``latin1``: every value encodable in ISO-8859-1."""
    while True:
        person = _person(rng)
        values = (person.full, person.house, person.flat, person.road, person.town)
        if not latin1 or all(_is_latin1(v) for v in values):
            return person


def _person(rng: random.Random) -> Person:
    if rng.random() < 0.05:
        s = rng.choice(people.NON_LATIN)
        given, surname, full, latin = s.given, s.surname, s.full, s.latin
    else:
        given, surname, latin = rng.choice(people.GIVEN), rng.choice(people.SURNAMES), ""
        full = f"{given} {surname}"
    return Person(
        given=given,
        surname=surname,
        full=full,
        latin=latin,
        title=rng.choice(TITLES),
        email=_email(rng, given, surname, latin),
        mobile=_mobile(rng),
        landline=_landline(rng),
        postcode=_postcode(rng),
        number=str(rng.randint(1, 240)) + ("" if rng.random() < 0.9 else rng.choice("abc")),
        road=f"{rng.choice(world.STREET_STEMS)} {rng.choice(world.THOROUGHFARES)}",
        house=rng.choice(world.HOUSE_NAMES),
        flat=_flat(rng),
        town=rng.choice(world.TOWNS),
        member=_member(rng),
    )


def _is_latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return not any("\x80" <= c <= "\x9f" for c in text)


def _flat(rng: random.Random) -> str:
    n = rng.randint(1, 48)
    building = rng.choice(world.FLAT_BUILDINGS)
    return rng.choice(
        [f"Flat {n}, {building}", f"Apt {n} {building}", f"flat {n}{rng.choice('ab')}",
         f"{n} {building}", f"Flat {n}/{rng.randint(1, 3)}", f"Unit {n}, {building}"]
    )  # fmt: skip


# ---- written forms: (form name, renderer)


def email_forms(value: str) -> list[tuple[str, str]]:
    local, domain = value.split("@")
    dotted = domain.replace(".", " dot ")
    return [
        ("plain", value),
        ("plain", value),
        ("upper", value.upper()),
        ("at dot words", f"{local} at {dotted}"),
        ("[at]", f"{local}[at]{domain}"),
        ("(at)", f"{local} (at) {domain}"),
        ("spaced @", f"{local} @ {domain}"),
        ("%40", f"{local}%40{domain}"),
        ("&#64;", f"{local}&#64;{domain}"),
        ("zero-width", f"{local[:2]}\u200b{local[2:]}@\u200b{domain}"),
        ("{at}", f"{local} {{at}} {domain.replace('.', ' {dot} ')}"),
    ]


def phone_forms(value: str) -> list[tuple[str, str]]:
    d = value
    if d.startswith("07"):
        rest = d[1:]
        return [
            ("mobile 5+6", f"{d[:5]} {d[5:]}"),
            ("mobile compact", d),
            ("mobile 5+3+3", f"{d[:5]} {d[5:8]} {d[8:]}"),
            ("+44", f"+44 {rest[:4]} {rest[4:]}"),
            ("+44 compact", f"+44{rest}"),
            ("+44 (0)", f"+44 (0){rest[:4]} {rest[4:]}"),
            ("0044", f"0044 {rest[:4]} {rest[4:7]} {rest[7:]}"),
            ("dotted", f"{d[:5]}.{d[5:8]}.{d[8:]}"),
            ("dashed", f"{d[:5]}-{d[5:8]}-{d[8:]}"),
            ("bracketed", f"({d[:5]}) {d[5:]}"),
            ("digit by digit", " ".join(d)),
            ("4+3+4", f"{d[:4]} {d[4:7]} {d[7:]}"),
        ]
    code = next(c for c in ("020", "029", "028") if d.startswith(c)) if d[:3] in (
        "020", "029", "028") else d[:4] if d[:4] in ("0161", "0113", "0117", "0121", "0131",
                                                     "0141", "0151", "0191") else d[:5]  # fmt: skip
    local = d[len(code) :]
    half = len(local) // 2 if len(local) == 8 else 3
    return [
        ("landline", f"{code} {local[:half]} {local[half:]}"),
        ("landline compact", d),
        ("landline bracketed", f"({code}) {local[:half]} {local[half:]}"),
        ("landline +44 (0)", f"+44 (0){code[1:]} {local[:half]} {local[half:]}"),
        ("landline dashed", f"{code}-{local}"),
    ]


def postcode_forms(value: str) -> list[tuple[str, str]]:
    return [
        ("plain", value),
        ("plain", value),
        ("plain", value),
        ("lower", value.lower()),
        ("no space", value.replace(" ", "")),
        ("double space", value.replace(" ", "  ")),
        ("lower no space", value.replace(" ", "").lower()),
        ("letter by letter", " ".join(value.replace(" ", ""))),
    ]


def phone_words(value: str) -> str:
    return " ".join(_WORDS[int(c)] for c in value)


# ---- the renderer


@dataclass
class Context:
    """What one note draws from: its people, its must-keep values, the random source."""

    rng: random.Random
    persons: dict[str, Person]
    keep: dict[str, str] = field(default_factory=dict)
    allow: list[str] = field(default_factory=list)


def _pick(rng: random.Random, forms: list[tuple[str, str]]) -> tuple[str, str]:
    return rng.choice(forms)


def _name_pieces(kind: str, p: Person, rng: random.Random) -> list[Piece]:
    if kind == "name":
        return [(p.full, Kind.NAME, "full")]
    if kind == "first":
        return [(p.given, Kind.FIRST, "given")]
    if kind == "surname":
        return [(p.surname, Kind.SURNAME, "surname")]
    if kind == "sf":
        return [(f"{p.surname.upper()}, {p.given}", Kind.NAME, "SURNAME, First")]
    if kind == "init":
        if p.scripted:
            return [(p.full, Kind.NAME, "full")]
        return [(p.given[0] + ".", None, ""), (" ", None, ""), (p.surname, Kind.SURNAME, "initial")]
    if kind == "inits":
        if p.scripted:
            return [(p.full, Kind.NAME, "full")]
        letters = p.given[0] + next(c for c in p.surname if c.isupper() or c.isalpha())
        return [(letters.upper(), Kind.NAME, "initials")]
    if kind == "title":
        return [(p.title + " ", None, ""), (p.surname, Kind.SURNAME, "after title")]
    if kind == "tname":
        return [(p.title + " ", None, ""), (p.full, Kind.NAME, "after title")]
    raise KeyError(kind)


def _contact_pieces(kind: str, p: Person, rng: random.Random) -> list[Piece]:
    if kind == "email":
        form, text = _pick(rng, email_forms(p.email))
        return [(text, Kind.EMAIL, form)]
    if kind in ("phone", "land"):
        value = p.mobile if kind == "phone" else p.landline
        if kind == "phone" and rng.random() < 0.04:
            return [(phone_words(value), Kind.PHONE, "words")]
        form, text = _pick(rng, phone_forms(value))
        return [(text, Kind.PHONE, form)]
    if kind == "pc":
        form, text = _pick(rng, postcode_forms(p.postcode))
        return [(text, Kind.POSTCODE, form)]
    if kind == "street":
        return [(f"{p.number} {p.road}", Kind.STREET, "with number")]
    if kind == "road":
        return [(p.road, Kind.STREET, "no number")]
    if kind == "house":
        return [(p.house, Kind.HOUSE, "house name")]
    if kind == "flat":
        return [(p.flat, Kind.HOUSE, "flat")]
    if kind == "member":
        return [(p.member, Kind.MEMBER, "id")]
    if kind == "ptown":  # the town of a postal address: part of it, neither personal nor kept
        return [(p.town, None, "")]
    if kind in ("addr", "addrn"):
        sep = ", " if kind == "addr" else "\n"
        first: list[Piece]
        shape = rng.randrange(4)
        if shape == 0:
            first = [(f"{p.number} {p.road}", Kind.STREET, "with number")]
        elif shape == 1:
            first = [(p.house, Kind.HOUSE, "house name"), (sep, None, ""),
                     (p.road, Kind.STREET, "no number")]  # fmt: skip
        elif shape == 2:
            first = [(p.flat, Kind.HOUSE, "flat"), (sep, None, ""),
                     (f"{p.number} {p.road}", Kind.STREET, "with number")]  # fmt: skip
        else:
            first = [(f"{p.number} {p.road}", Kind.STREET, "with number")]
            sep = " " if kind == "addr" else sep
        form, code = _pick(rng, postcode_forms(p.postcode)[:7])
        return [*first, (sep, None, ""), (p.town, None, ""), (sep, None, ""),
                (code, Kind.POSTCODE, form)]  # fmt: skip
    raise KeyError(kind)


def _order_ref(rng: random.Random) -> str:
    shape = rng.randrange(7)
    if shape == 0:
        return f"0{rng.choice('127')}{_digits(rng, 3)} {_digits(rng, 6)}"  # phone-shaped
    if shape == 1:
        return f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}"
    if shape == 2:
        return f"ORD-{_digits(rng, 6)}"
    if shape == 3:
        return f"W{_digits(rng, 8)}"
    if shape == 4:
        return f"SO{_digits(rng, 7)}"
    if shape == 5:
        return f"#{_digits(rng, 6)}"
    return _digits(rng, 11)


def _claim_id(rng: random.Random) -> str:
    return rng.choice(
        [f"CLM-2026-{_digits(rng, 6)}", f"MC/{_digits(rng, 5)}", f"Q{_digits(rng, 7)}",
         f"CASE {_digits(rng, 4)}-{_digits(rng, 3)}"]
    )  # fmt: skip


def _date(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randint(5, 9)
    names = ["", "", "", "", "", "May", "June", "July", "August", "September"]
    nth = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return rng.choice(
        [f"{day:02d}/{month:02d}/2026", f"{day}/{month}/26", f"2026-{month:02d}-{day:02d}",
         f"{day}{nth} {names[month]}", f"{day} {names[month][:3]} 2026", f"{day}.{month}.2026"]
    )  # fmt: skip


def _amount(rng: random.Random) -> str:
    pounds, pence = rng.randint(3, 1900), rng.randint(0, 99)
    return rng.choice(
        [f"£{pounds}.{pence:02d}", f"£{pounds:,}.{pence:02d}", f"{pounds}.{pence:02d} GBP",
         f"£{pounds}", f"{pounds}.{pence:02d}"]
    )  # fmt: skip


KEEPS: dict[str, tuple[str, Callable[[random.Random], str]]] = {
    "merchant": ("merchant", lambda r: r.choice(world.MERCHANTS)),
    "product": ("product", lambda r: r.choice(world.PRODUCTS)),
    "town": ("town", lambda r: r.choice(world.TOWNS)),
    "occasion": ("occasion", lambda r: r.choice(world.OCCASIONS)),
    "voucher": ("voucher", lambda r: r.choice(world.VOUCHERS)),
    "ref": ("order ref", _order_ref),
    "claim": ("claim id", _claim_id),
    "date": ("date", _date),
    "amount": ("amount", _amount),
    "network": ("network", lambda r: r.choice(world.NETWORKS)),
    "courier": ("courier", lambda r: r.choice(world.COURIERS)),
}
ALLOWED = ("merchant", "ref", "claim")
ALLOWED_FORMS = frozenset(KEEPS[k][0] for k in ALLOWED)
FILLERS: dict[str, Callable[[random.Random], str]] = {
    "agent": lambda r: r.choice(world.AGENTS),
    "time": lambda r: f"{r.randint(8, 19):02d}:{r.randint(0, 59):02d}",
    "n": lambda r: str(r.randint(2, 9)),
}
NAME_SLOTS = frozenset(["name", "first", "surname", "sf", "init", "inits", "title", "tname"])
CONTACT_SLOTS = frozenset(
    [
        "email",
        "phone",
        "land",
        "pc",
        "street",
        "road",
        "house",
        "flat",
        "member",
        "ptown",
        "addr",
        "addrn",
    ]
)


def _case(text: str, mode: str) -> str:
    if mode == "u":
        return text.upper()
    if mode == "l":
        return text.lower()
    if mode == "c":
        return text[:1].upper() + text[1:]
    return text


def _slot(ctx: Context, kind: str, who: str, index: int) -> list[Piece]:
    if kind in NAME_SLOTS:
        return _name_pieces(kind, ctx.persons[who], ctx.rng)
    if kind in CONTACT_SLOTS:
        return _contact_pieces(kind, ctx.persons[who], ctx.rng)
    if kind in KEEPS:
        form, draw = KEEPS[kind]
        key = f"{kind}.{who}"
        if key not in ctx.keep:
            ctx.keep[key] = draw(ctx.rng)
            if kind in ALLOWED:
                ctx.allow.append(ctx.keep[key])
        return [(ctx.keep[key], Kind.KEEP, form)]
    if kind in FILLERS:
        return [(FILLERS[kind](ctx.rng), None, "")]
    raise KeyError(f"template {index}: unknown slot {kind}")


def render(template: str, ctx: Context, index: int = -1) -> Note:
    """The template written out with the context's people and values, every slot labelled."""
    mode = ""
    if template.startswith(("[[U]]", "[[L]]")):
        mode, template = template[2].lower(), template[5:]
    out: list[str] = []
    labels: list[Label] = []
    at = 0

    def place(text: str, kind: Kind | None, form: str, case: str) -> None:
        nonlocal at
        text = _case(_case(text, case), mode)
        if kind is not None:
            labels.append(Label(kind, at, at + len(text), form))
        if kind is Kind.KEEP and form in ALLOWED_FORMS and text not in ctx.allow:
            ctx.allow.append(text)  # the row holds it as written (an all-caps note's too)
        out.append(text)
        at += len(text)

    last = 0
    for m in SLOT.finditer(template):
        place(template[last : m.start()], None, "", "")
        if m.group(4):  # a must-keep written out in the template: {=Ted Baker=merchant}
            place(m.group(4), Kind.KEEP, m.group(5), "")
        else:
            for text, kind, form in _slot(ctx, m.group(1), m.group(2) or "a", index):
                place(text, kind, form, m.group(3) or "")
        last = m.end()
    place(template[last:], None, "", "")
    personal = any(label.kind is not Kind.KEEP for label in labels)
    return Note("".join(out), tuple(labels), tuple(ctx.allow), not personal, index)
