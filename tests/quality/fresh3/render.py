"""People, their values and written forms, and the renderer that labels every slot exactly.

A template is text with slots: ``{kind}`` or ``{kind.b}`` (person or value ``a`` to ``e``),
optionally ``{kind:U}`` (upper case), ``{kind:l}`` (lower case), ``{kind:s}`` (possessive);
a template starting ``[[U]]`` or ``[[L]]`` is written all upper or all lower case. The
renderer draws each slot's value and written form and records its kind, offsets and form.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from harness.judge import Kind, Label

from fresh3 import people, world

SLOT = re.compile(r"\{([a-z]+)(?:\.([a-e]))?(?::([Uls]+))?\}")
PERSONAL_SLOTS = frozenset(
    [
        "name",
        "first",
        "sur",
        "sf",
        "isur",
        "fi",
        "tsur",
        "tname",
        "email",
        "phone",
        "land",
        "tel",
        "pc",
        "street",
        "road",
        "house",
        "flat",
        "addr",
        "addrml",
        "member",
    ]
)
KEEP_SLOTS = frozenset(
    [
        "merchant",
        "product",
        "town",
        "occasion",
        "voucher",
        "ref",
        "pref",
        "claim",
        "date",
        "amount",
        "network",
        "courier",
        "branch",
    ]
)
FILLERS = frozenset(["time", "wday", "num", "ptown", "county"])
Piece = tuple[str, Kind | None, str]


@dataclass(frozen=True, slots=True)
class Person:
    """One synthetic person and every value the set writes about them."""

    given: str
    surname: str
    full: str
    title: str
    local: str
    domain: str
    mobile: str  # digits, 07...
    area: str  # landline area code, 0...
    line: str  # landline local digits
    postcode: str
    number: str
    road: str
    house: str
    flat: str
    town: str
    county: str
    member: str
    member_shape: str
    script: str = ""

    @property
    def email(self) -> str:
        return f"{self.local}@{self.domain}"

    @property
    def landline(self) -> str:
        return self.area + self.line


@dataclass(frozen=True, slots=True)
class Note:
    """A rendered note: its text, gold labels, the row values it may rely on, its template."""

    text: str
    labels: tuple[Label, ...]
    allow: tuple[str, ...]
    template: int
    clean: bool


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "ß": "ss", "ı": "i",
                       "æ": "ae", "œ": "oe", "ð": "d", "þ": "th"})  # fmt: skip


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits of a name (for e-mail local parts)."""
    plain = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in plain.casefold() if c.isascii() and c.isalnum())


def _local(rng: random.Random, given: str, surname: str) -> str:
    g, s = fold(given) or "x", fold(surname) or "y"
    nn, yy = str(rng.randint(1, 99)), str(rng.choice([72, 79, 84, 88, 91, 95, 99, 1, 3, 7]))
    shapes = [f"{g}.{s}", f"{g[0]}.{s}", f"{g}{s}", f"{g}_{s}", f"{s}.{g}", f"{g}{s[0]}{nn}",
              f"{g}.{s}{yy.zfill(2)}", f"{s}{g[0]}", f"{g}{rng.randint(100, 9999)}", f"{s}-{g}",
              f"{g}.{s[:3]}", f"the.{s}s"]  # fmt: skip
    if rng.random() < 0.12:
        return f"{rng.choice(world.LOCAL_WORDS)}{nn}"
    return rng.choice(shapes)


_MOBILE_SECOND = "1234589"
_AREAS = (("020", 8), ("0113", 7), ("0114", 7), ("0115", 7), ("0116", 7), ("0117", 7),
          ("0118", 7), ("0121", 7), ("0131", 7), ("0141", 7), ("0151", 7), ("0161", 7),
          ("0191", 7), ("029", 8), ("028", 8), ("023", 8), ("024", 8), ("01223", 6),
          ("01865", 6), ("01603", 6), ("01872", 6), ("01970", 6), ("01224", 6), ("01382", 6),
          ("01752", 6), ("01392", 6), ("01904", 6), ("01632", 6), ("01492", 6), ("01851", 6))  # fmt: skip


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _member(rng: random.Random) -> tuple[str, str]:
    up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    shapes: list[tuple[str, Callable[[], str]]] = [
        ("8 digits", lambda: str(rng.randint(10_000_000, 99_999_999))),
        ("letters digits", lambda: rng.choice(["TCB", "QC", "KS", "EF", "CB"]) + _digits(rng, 7)),
        ("dashed", lambda: f"{rng.choice(['QC', 'MB', 'TC'])}-{_digits(rng, 3)}-{_digits(rng, 4)}"),
        ("slashed", lambda: f"KS/{rng.randint(2019, 2026)}/{_digits(rng, 5)}"),
        ("u prefix", lambda: f"u{_digits(rng, 8)}"),
        ("card spaced", lambda: f"6338 {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}"),
        ("alphanumeric", lambda: "".join(rng.choice(up + "23456789") for _ in range(8))),
        ("hash", lambda: "#" + _digits(rng, 7)),
        ("zero padded", lambda: "000" + str(rng.randint(100_000, 999_999))),
        ("dotted", lambda: f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}"),
    ]
    shape, make = rng.choice(shapes)
    return make(), shape


def _road(rng: random.Random) -> str:
    if rng.random() < 0.07:
        return rng.choice(world.WELSH_STREETS)
    return f"{rng.choice(world.STREET_STEMS)} {rng.choice(world.THOROUGHFARES)}"


def _flat(rng: random.Random) -> str:
    n, b = rng.randint(1, 48), rng.choice(world.BUILDINGS)
    return rng.choice([f"Flat {n}, {b}", f"Apartment {n} {b}", f"Flat {n}{rng.choice('ABC')} {b}",
                       f"Apt {n}, {b}", f"Flat {rng.randint(0, 3)}/{rng.randint(1, 2)}, {b}",
                       f"Studio {n}, {b}"])  # fmt: skip


def _postcode(rng: random.Random) -> str:
    inward = str(rng.randint(0, 9)) + "".join(rng.choice(world.INWARD_LETTERS) for _ in "ab")
    return f"{rng.choice(world.OUTWARDS)} {inward}"


def _names(rng: random.Random) -> tuple[str, str, str, str, str]:
    """(given, surname, full, romanised given, romanised surname, script)."""
    if rng.random() < 0.04:
        s = rng.choice(people.NON_LATIN)
        rg, _, rs = s.roman.partition(" ")
        return s.given, s.surname, s.full, f"{rg}|{rs}", s.script
    group = rng.choice(sorted(people.SURNAMES_BY_GROUP))
    surname = rng.choice(people.SURNAMES_BY_GROUP[group])
    pool = people.GIVEN_BY_GROUP.get(group)
    if pool is None or rng.random() < 0.2:
        pool = people.GIVEN
    given = rng.choice(pool)
    return given, surname, f"{given} {surname}", f"{given}|{surname}", ""


def encodes(text: str, encoding: str) -> bool:
    """True when ``text`` survives ``encoding`` (and holds no C1 control characters)."""
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return not any("\x80" <= c <= "\x9f" for c in text)


def draw_person(rng: random.Random, encoding: str | None = None) -> Person:
    """A person; with ``encoding``, one whose every value that encoding can write."""
    while True:
        given, surname, full, roman, script = _names(rng)
        if encoding and not encodes(full, encoding):
            continue
        rg, _, rs = roman.partition("|")
        area, length = rng.choice(_AREAS)
        member, shape = _member(rng)
        number = str(rng.randint(1, 240)) + (rng.choice("abAB") if rng.random() < 0.08 else "")
        person = Person(
            given=given, surname=surname, full=full,
            title=rng.choice(people.TITLES[:4] * 3 + people.TITLES[4:]),
            local=_local(rng, rg, rs), domain=rng.choice(world.EMAIL_DOMAINS),
            mobile="07" + rng.choice(_MOBILE_SECOND) + _digits(rng, 8),
            area=area, line=str(rng.randint(2, 9)) + _digits(rng, length - 1),
            postcode=_postcode(rng), number=number, road=_road(rng),
            house=rng.choice(world.HOUSE_NAMES), flat=_flat(rng),
            town=rng.choice(world.TOWNS), county=rng.choice(world.COUNTIES),
            member=member, member_shape=shape, script=script,
        )  # fmt: skip
        if not encoding or all(encodes(v, encoding) for v in (person.road, person.house)):
            return person


# --- written forms -------------------------------------------------------------------------

_ZW = "\u200b"
_WORDS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def email_forms(p: Person) -> list[tuple[str, str]]:
    """(form, text) for every way the set writes the person's e-mail address."""
    local, domain = p.local, p.domain
    name, _, tld = domain.partition(".")
    cut = max(1, len(local) // 2)
    return [
        ("plain", p.email),
        ("upper", p.email.upper()),
        ("capitalised", p.email[0].upper() + p.email[1:]),
        ("at dot words", f"{local} at {name} dot {tld.replace('.', ' dot ')}"),
        ("AT DOT words", f"{local} AT {name} DOT {tld.replace('.', ' DOT ')}"),
        ("square brackets", f"{local}[at]{name}[dot]{tld}"),
        ("round brackets", f"{local} (at) {domain}"),
        ("curly brackets", f"{local}{{at}}{domain}"),
        ("spaced at", f"{local} @ {domain}"),
        ("spaced all", f"{local} @ {name} . {tld}"),
        ("percent 40", f"{local}%40{domain}"),
        ("html entity", f"{local}&#64;{domain}"),
        ("zero-width", f"{local[:cut]}{_ZW}{local[cut:]}@{_ZW}{domain}"),
        ("dots as words", f"{local.replace('.', ' dot ')} at {name} dot {tld}"),
    ]


def _say(digits: str, rng: random.Random) -> str:
    words, i = [], 0
    while i < len(digits):
        if i + 1 < len(digits) and digits[i] == digits[i + 1] and rng.random() < 0.6:
            words.append("double " + _WORDS[int(digits[i])])
            i += 2
        else:
            words.append(_WORDS[int(digits[i])] if digits[i] != "0" or rng.random() < 0.7
                         else "zero")  # fmt: skip
            i += 1
    return " ".join(words)


def mobile_forms(d: str, rng: random.Random) -> list[tuple[str, str]]:
    """(form, text) for a mobile number ``d`` (11 digits from 07)."""
    n = d[1:]
    return [
        ("mobile 5-6", f"{d[:5]} {d[5:]}"),
        ("mobile solid", d),
        ("mobile 5-3-3", f"{d[:5]} {d[5:8]} {d[8:]}"),
        ("mobile 4-3-4", f"{d[:4]} {d[4:7]} {d[7:]}"),
        ("mobile 3-4-4", f"{d[:3]} {d[3:7]} {d[7:]}"),
        ("+44 4-6", f"+44 {n[:4]} {n[4:]}"),
        ("+44 solid", f"+44{n}"),
        ("+44 (0)", f"+44 (0){n[:4]} {n[4:]}"),
        ("0044", f"0044 {n[:4]} {n[4:]}"),
        ("dots", f"{d[:5]}.{d[5:8]}.{d[8:]}"),
        ("dashes", f"{d[:5]}-{d[5:]}"),
        ("brackets", f"({d[:5]}) {d[5:]}"),
        ("+44 dashes", f"+44-{n[:4]}-{n[4:7]}-{n[7:]}"),
        ("pairs", f"{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]} {d[9:]}"),
        ("digit by digit", " ".join(d)),
        ("words", _say(d, rng)),
    ]


def land_forms(area: str, line: str, rng: random.Random) -> list[tuple[str, str]]:
    """(form, text) for a landline: area code ``area``, local number ``line``."""
    half = len(line) // 2 if len(line) == 8 else 3
    spaced = f"{line[:half]} {line[half:]}" if len(line) > 6 else line
    return [
        ("landline spaced", f"{area} {spaced}"),
        ("landline brackets", f"({area}) {line}"),
        ("landline +44", f"+44 {area[1:]} {spaced}"),
        ("landline solid", area + line),
        ("landline dashes", f"{area}-{line[:half]}-{line[half:]}"),
        ("landline +44 (0)", f"+44 (0){area[1:]} {line}"),
        ("landline words", _say(area + line, rng)),
    ]


def postcode_forms(pc: str) -> list[tuple[str, str]]:
    """(form, text) for a postcode."""
    out, inward = pc.split(" ")
    return [
        ("plain", pc),
        ("plain", pc),
        ("lower", pc.lower()),
        ("no space", out + inward),
        ("double space", f"{out}  {inward}"),
        ("spaced letters", " ".join(out + inward)),
        ("lower no space", (out + inward).lower()),
        ("dash", f"{out}-{inward}"),
    ]


# --- must-keep values ----------------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def draw_date(rng: random.Random) -> str:
    d, m = rng.randint(1, 28), rng.randint(5, 9)
    th = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return rng.choice([
        f"{d:02d}/{m:02d}/2026", f"{d} {_MONTHS[m - 1][:3]}", f"{d}{th} {_MONTHS[m - 1]}",
        f"{_MONTHS[m - 1][:3]} {d}", f"2026-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.26",
        f"{d}/{m}", f"{d}-{_MONTHS[m - 1][:3]}-2026", f"{_MONTHS[m - 1]} {d}{th}",
    ])  # fmt: skip


def draw_amount(rng: random.Random) -> str:
    pounds, pence = rng.randint(3, 1900), rng.randint(0, 99)
    big = f"{pounds:,}"
    return rng.choice([
        f"£{big}.{pence:02d}", f"{pounds}.{pence:02d}", f"£{pounds}", f"GBP {pounds}.{pence:02d}",
        f"{pounds}.{pence:02d} GBP", f"£{pounds}.{pence:02d}p", f"{pounds} quid",
        f"£ {pounds}.{pence:02d}", f"{pounds},{pence:02d} zł",
    ])  # fmt: skip


def draw_ref(rng: random.Random) -> str:
    up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return rng.choice([
        f"ORD-2026-{_digits(rng, 6)}", f"#A{_digits(rng, 7)}",
        f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}", f"W{_digits(rng, 9)}",
        f"UK-{_digits(rng, 5)}-{rng.choice(up)}{rng.choice(up)}", _digits(rng, 10),
        f"SO/26/{_digits(rng, 5)}", f"INV-00{_digits(rng, 6)}",
        f"{rng.choice(up)}{rng.choice(up)}{_digits(rng, 8)}",
    ])  # fmt: skip


def draw_phone_ref(rng: random.Random) -> str:
    """An order ref shaped like a UK phone number."""
    d = "07" + rng.choice("89") + _digits(rng, 8)
    land = "01" + rng.choice("2345789") + _digits(rng, 8)
    return rng.choice([f"{d[:5]} {d[5:]}", d, f"{land[:5]} {land[5:]}", land,
                       f"{d[:5]} {d[5:8]} {d[8:]}"])  # fmt: skip


def draw_claim(rng: random.Random) -> str:
    return rng.choice([
        f"MC-202609{rng.randint(1, 28):02d}-{_digits(rng, 4)}", f"CLM{_digits(rng, 5)}",
        f"Q-{_digits(rng, 6)}", f"TKT-{_digits(rng, 4)}-{_digits(rng, 2)}",
    ])  # fmt: skip


KEEPS: dict[str, Callable[[random.Random], str]] = {
    "merchant": lambda r: r.choice(world.MERCHANTS),
    "product": lambda r: r.choice(world.PRODUCTS),
    "town": lambda r: r.choice(world.TOWNS),
    "occasion": lambda r: r.choice(world.OCCASIONS),
    "voucher": lambda r: r.choice(world.VOUCHERS),
    "ref": draw_ref,
    "pref": draw_phone_ref,
    "claim": draw_claim,
    "date": draw_date,
    "amount": draw_amount,
    "network": lambda r: r.choice(world.NETWORKS),
    "courier": lambda r: r.choice(world.COURIERS),
    "branch": lambda r: f"{r.choice(world.MERCHANTS)} {r.choice(world.TOWNS)}",
}
_KEEP_FORMS = {"merchant": "merchant", "ref": "order ref", "pref": "order ref (phone-shaped)",
               "claim": "claim id"}  # fmt: skip
ALLOWED = ("merchant", "ref", "pref", "claim")  # the row (or batch) holds these: allow-listed


# --- the renderer --------------------------------------------------------------------------


@dataclass
class Context:
    """What one note is about: its people (``a`` to ``e``) and its must-keep values."""

    rng: random.Random
    persons: dict[str, Person]
    keeps: dict[str, str] = field(default_factory=dict)  # "merchant.a" -> value


def _person_pieces(kind: str, p: Person, rng: random.Random) -> list[Piece]:
    if kind == "name":
        if not p.script and rng.random() < 0.08:
            middle = rng.choice("ABCDEFGHJKLMNPRSTW")
            return [(f"{p.given} {middle}. {p.surname}", Kind.NAME, "middle initial")]
        return [(p.full, Kind.NAME, "full")]
    if kind == "first":
        return [(p.given, Kind.FIRST, "first")]
    if kind == "sur":
        return [(p.surname, Kind.SURNAME, "surname")]
    if kind == "sf":
        return [(f"{p.surname.upper()}, {p.given}", Kind.NAME, "SURNAME, First")]
    if kind == "isur":
        return [(f"{p.given[0].upper()}. {p.surname}", Kind.NAME, "initial surname")]
    if kind == "fi":
        last = p.surname.split()[-1].lstrip("'")
        return [(f"{p.given} {last[0].upper()}.", Kind.NAME, "first initial")]
    if kind == "tsur":
        return [(p.title + " ", None, ""), (p.surname, Kind.SURNAME, "after title")]
    if kind == "tname":
        return [(p.title + " ", None, ""), (p.full, Kind.NAME, "after title")]
    if kind == "email":
        form, text = rng.choice(email_forms(p))
        wrap = rng.random()
        if wrap < 0.06:
            return [("mailto:", None, ""), (text, Kind.EMAIL, form + " mailto")]
        if wrap < 0.12:
            return [("<", None, ""), (text, Kind.EMAIL, form + " angle"), (">", None, "")]
        return [(text, Kind.EMAIL, form)]
    if kind in ("phone", "land", "tel"):
        mobile = kind == "phone" or (kind == "tel" and rng.random() < 0.6)
        forms = mobile_forms(p.mobile, rng) if mobile else land_forms(p.area, p.line, rng)
        form, text = rng.choice(forms)
        return [(text, Kind.PHONE, form)]
    if kind == "pc":
        form, text = rng.choice(postcode_forms(p.postcode))
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
        return [(p.member, Kind.MEMBER, p.member_shape)]
    return address_pieces(kind == "addrml", p, rng)


def address_pieces(lines: bool, p: Person, rng: random.Random, sep: str = "") -> list[Piece]:
    """An address on one line (or over lines): street or house or flat, town, postcode."""
    sep = sep or ("\n" if lines else rng.choice([", ", ", ", " ", ","]))
    shape = rng.randrange(4)
    first: list[Piece] = [(f"{p.number} {p.road}", Kind.STREET, "address with number")]
    if shape == 1:
        first = [(p.house, Kind.HOUSE, "address house"), (sep, None, ""),
                 (p.road, Kind.STREET, "address no number")]  # fmt: skip
    elif shape == 2:
        first = [(p.flat, Kind.HOUSE, "address flat"), (sep, None, ""), *first]
    form, code = rng.choice(postcode_forms(p.postcode)[:5])
    tail: list[Piece] = [(sep, None, ""), (p.town, None, ""), (sep if lines else " ", None, ""),
                         (code, Kind.POSTCODE, "address " + form)]  # fmt: skip
    if shape == 3:  # no town: the postcode straight after the street
        tail = [(sep, None, ""), (code, Kind.POSTCODE, "address " + form)]
    return first + tail


def _keep_pieces(kind: str, who: str, ctx: Context) -> list[Piece]:
    key = f"{kind}.{who}"
    if key not in ctx.keeps:
        ctx.keeps[key] = KEEPS[kind](ctx.rng)
    form = _KEEP_FORMS.get(kind, kind)
    if kind in ("merchant", "ref") and who != "a":
        form += " (other)"
    return [(ctx.keeps[key], Kind.KEEP, form)]


def _filler(kind: str, ctx: Context) -> str:
    rng = ctx.rng
    if kind == "time":
        return f"{rng.randint(8, 21):02d}:{rng.randint(0, 59):02d}"
    if kind == "wday":
        return rng.choice(_DAYS)
    if kind == "ptown":
        return ctx.persons["a"].town
    if kind == "county":
        return ctx.persons["a"].county
    return str(rng.randint(2, 9))


def _modify(pieces: list[Piece], mods: str) -> list[Piece]:
    out: list[Piece] = []
    for text, kind, form in pieces:
        if kind is not None and "U" in mods and len(text.upper()) == len(text):
            text, form = text.upper(), form + " upper"
        elif kind is not None and "l" in mods and len(text.lower()) == len(text):
            text, form = text.lower(), form + " lower"
        out.append((text, kind, form))
    if "s" in mods:
        out.append(("'" if out[-1][0].endswith(("s", "S")) else "'s", None, ""))
    return out


def _cased(text: str, case: str) -> str:
    changed = text.upper() if case == "U" else text.lower() if case == "L" else text
    return changed if len(changed) == len(text) else text


def render(template: str, ctx: Context, index: int) -> Note:
    """The template with every slot filled; each personal and keep slot labelled at its offsets."""
    case = ""
    if template.startswith(("[[U]]", "[[L]]")):
        case, template = template[2], template[5:]
    parts: list[str] = []
    labels: list[Label] = []
    allow: dict[str, None] = dict.fromkeys(v for k, v in ctx.keeps.items())
    at, last = 0, 0

    def emit(text: str, kind: Kind | None, form: str) -> None:
        nonlocal at
        text = _cased(text, case)
        if kind is not None and case and form:
            form += " (note " + ("upper" if case == "U" else "lower") + ")"
        if kind is not None:
            labels.append(Label(kind, at, at + len(text), form))
        parts.append(text)
        at += len(text)

    for m in SLOT.finditer(template):
        emit(template[last : m.start()], None, "")
        last = m.end()
        kind, who, mods = m.group(1), m.group(2) or "a", m.group(3) or ""
        if kind in PERSONAL_SLOTS:
            pieces = _person_pieces(kind, ctx.persons[who], ctx.rng)
        elif kind in KEEP_SLOTS:
            pieces = _keep_pieces(kind, who, ctx)
            if kind in ALLOWED and (who == "a" or kind in ("pref", "claim")):
                allow[pieces[0][0]] = None
        elif kind in FILLERS:
            pieces = [(_filler(kind, ctx), None, "")]
        else:
            raise ValueError(f"unknown slot {kind!r} in template {index}")
        for text, k, form in _modify(pieces, mods):
            emit(text, k, form)
    emit(template[last:], None, "")
    text = "".join(parts)
    clean = all(lb.kind is Kind.KEEP for lb in labels)
    return Note(text, tuple(labels), tuple(allow), index, clean)
