"""People and their values in many written forms, and the renderer that labels every slot exactly.

A template holds slots ``[name]``, ``[name2]`` (the second or third person: ``2``, ``3``) and
``[name.up]`` / ``[name.lo]`` (written in capitals or lower case). Personal slots give gold
labels of a personal kind; keep slots give ``KEEP`` labels with their keep kind as the form.
Any other bracketed word (``[at]``, ``[sic]``) is plain text.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from harness.judge import Kind, Label

from fresh4 import people, world

PERSONAL_SLOTS = frozenset(
    [
        "full",
        "first",
        "sur",
        "nick",
        "formal",
        "init",
        "rev",
        "email",
        "phone",
        "mobile",
        "land",
        "postcode",
        "street",
        "road",
        "house",
        "flat",
        "addr",
        "member",
    ]
)
KEEP_SLOTS = frozenset(
    [
        "merchant",
        "omerchant",
        "ref",
        "oref",
        "pref",
        "claim",
        "date",
        "amount",
        "town",
        "product",
        "occasion",
        "voucher",
        "network",
        "courier",
        "branch",
    ]
)
SLOT = re.compile(
    r"\[("
    + "|".join(sorted(PERSONAL_SLOTS | KEEP_SLOTS, key=len, reverse=True))
    + r")([23])?(?:\.(up|lo))?\]"
)
_HANDLES = (
    "sunflower",
    "bluekite",
    "dragonfly",
    "nightowl",
    "moonpie",
    "kettle",
    "foxglove",
    "stardust",
    "pebble",
    "tigerlily",
    "comet",
    "skylark",
    "mango",
    "biscuit",
    "nova",
)


@dataclass(frozen=True, slots=True)
class Person:
    """Someone a note or a row is about: their name parts and how their culture writes them."""

    given: str
    surname: str
    shape: str = "plain"
    script: str | None = None
    order: str = "given-first"

    @property
    def full(self) -> str:
        if not self.surname:
            return self.given
        if self.order == "family-first":
            joiner = " " if self.script == "Japanese" else ""
            return self.surname + joiner + self.given
        return f"{self.given} {self.surname}"


def draw_person(rng: random.Random) -> Person:
    """A person: mostly one group's given name and surname; some mixed; a few non-Latin."""
    roll = rng.random()
    if roll < 0.06:
        s = rng.choice(people.NON_LATIN)
        return Person(s.given, s.surname, "plain", s.script, s.order)
    group = rng.choice(people.GROUPS)
    given = rng.choice(group.given)
    if group.shape == "mono" and rng.random() < 0.6:
        return Person(given, "", "mono")
    other = rng.choice(people.GROUPS) if roll > 0.85 else group
    surname = rng.choice(other.surnames)
    if roll > 0.97:  # double-barrelled by marriage
        surname = f"{surname}-{rng.choice(rng.choice(people.GROUPS).surnames)}"
    return Person(given, surname, group.shape if other is group else "plain")


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if c.isascii() and (c.isalnum())).lower()


def email_local(rng: random.Random, p: Person) -> str:
    g, s = _ascii(p.given), _ascii(p.surname)
    if not g:
        return rng.choice(_HANDLES) + str(rng.randint(1, 999))
    s = s or _ascii(rng.choice(people.SURNAMES)) or "x"
    digits = str(rng.randint(1, 99)) if rng.random() < 0.5 else str(rng.randint(1950, 2011))
    shapes = (
        f"{g}.{s}",
        f"{g[0]}.{s}",
        f"{s}.{g}{digits}",
        f"{g}{s}",
        f"{g}_{s}",
        f"{g[0]}{s[0]}{digits}",
        f"{g}{digits}",
        f"{s}{g[0]}",
        f"{g}-{s}",
        f"{g}.{s}+claims",
        f"{rng.choice(_HANDLES)}.{g}",
        f"{s[:4]}{g[:3]}{digits}",
    )
    return rng.choice(shapes)


def render_email(rng: random.Random, local: str, domain: str) -> tuple[str, str]:
    """(written email, form)."""
    name, _, tld = domain.partition(".")
    dotted = domain.replace(".", " dot ")
    forms = [
        (f"{local}@{domain}", "plain"),
        (f"{local}@{domain}".upper(), "upper"),
        (f"{local} at {dotted}", "at dot words"),
        (f"{local} AT {domain.replace('.', ' DOT ')}", "AT DOT capitals"),
        (f"{local}[at]{domain.replace('.', '[dot]')}", "[at] [dot]"),
        (f"{local} (at) {domain}", "(at)"),
        (f"{local}{{at}}{domain}", "{at}"),
        (f"{local} @ {domain}", "spaced @"),
        (f"{local}%40{domain}", "%40"),
        (f"{local}&#64;{domain}", "&#64;"),
        (f"{local}＠{domain}", "full-width @"),
        (f"{local}@{name},{tld}", "comma for dot"),
        (f"{local} @ {name} . {tld}", "spaced all"),
        (f"{local}@{domain}"[:1].upper() + f"{local}@{domain}"[1:], "capitalised"),
        (f"{local}@@{domain}", "doubled @"),
        (f"{local} at {domain}", "at word"),
    ]
    return rng.choice(forms)


_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _in_words(rng: random.Random, digits: str, double: bool) -> str:
    words = ["zero" if rng.random() < 0.3 and d == "0" else _WORDS[int(d)] for d in digits]
    if not double:
        return " ".join(words)
    out, i = [], 0
    while i < len(words):
        if i + 1 < len(words) and words[i] == words[i + 1]:
            out.append(f"double {words[i]}")
            i += 2
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def render_phone(rng: random.Random, kind: str = "any") -> tuple[str, str]:
    """(written phone, form); ``kind`` ``mobile``, ``land`` or ``any``."""
    if kind == "any":
        kind = rng.choice(["mobile", "mobile", "land", "abroad"])
    if kind == "abroad":
        forms = [
            (f"+353 8{rng.randint(3, 9)} {_digits(rng, 3)} {_digits(rng, 4)}", "Irish +353"),
            (
                f"+48 {rng.randint(5, 8)}{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
                "Polish +48",
            ),
            (f"+234 80{rng.randint(2, 9)} {_digits(rng, 3)} {_digits(rng, 4)}", "Nigerian +234"),
            (f"+91 9{_digits(rng, 4)} {_digits(rng, 5)}", "Indian +91"),
            (f"+1 (4{_digits(rng, 2)}) {_digits(rng, 3)}-{_digits(rng, 4)}", "North American +1"),
            (f"00971 5{rng.randint(0, 8)} {_digits(rng, 3)} {_digits(rng, 4)}", "Gulf 00971"),
            (f"+49 15{_digits(rng, 1)} {_digits(rng, 8)}", "German +49"),
        ]
        return rng.choice(forms)
    if kind == "land":
        area = rng.choice(
            [
                "020",
                "0161",
                "0113",
                "0121",
                "0131",
                "0141",
                "029",
                "0191",
                "0117",
                "01632",
                "01865",
                "01223",
                "028",
                "01492",
                "01570",
            ]
        )
        rest = _digits(rng, 11 - len(area))
        half = len(rest) // 2
        forms = [
            (f"{area} {rest[:half]} {rest[half:]}", "landline spaced"),
            (f"{area}{rest}", "landline run together"),
            (f"({area}) {rest}", "landline brackets"),
            (f"+44 {area[1:]} {rest}", "landline +44"),
            (f"{area}-{rest}", "landline dash"),
            (f"{area} {rest}", "landline area spaced"),
            (f"tel:+44{area[1:]}{rest}", "landline tel: link"),
        ]
        return rng.choice(forms)
    body = f"7{rng.randint(3, 9)}{_digits(rng, 8)}"  # ten digits after the leading 0
    n = "0" + body
    forms = [
        (f"{n[:5]} {n[5:]}", "mobile 5+6"),
        (n, "mobile run together"),
        (f"+44 {body[:4]} {body[4:]}", "mobile +44"),
        (f"+44 (0){body[:4]} {body[4:7]} {body[7:]}", "mobile +44 (0)"),
        (f"0044 {body[:4]} {body[4:7]} {body[7:]}", "mobile 0044"),
        (f"{n[:5]}-{n[5:8]}-{n[8:]}", "mobile dashes"),
        (f"{n[:5]}.{n[5:8]}.{n[8:]}", "mobile dots"),
        (f"({n[:5]}) {n[5:]}", "mobile brackets"),
        (f"+44{body}", "mobile +44 run together"),
        (f"{n[:4]} {n[4:7]} {n[7:]}", "mobile 4+3+4"),
        (" ".join(n), "mobile digit by digit"),
        (_in_words(rng, n, False), "mobile in words"),
        (_in_words(rng, n, True), "mobile in words with double"),
        (f"{n[:5]} {n[5:8]} {n[8:]}", "mobile 5+3+3"),
        (f"+44-{body[:4]}-{body[4:]}", "mobile +44 dashes"),
        (f"{n[:5]}  {n[5:]}", "mobile double space"),
    ]
    return rng.choice(forms)


def make_postcode(rng: random.Random) -> str:
    letters = world.INWARD_LETTERS
    return (
        f"{rng.choice(world.OUTWARD)} {rng.randint(0, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    )


def render_postcode(rng: random.Random, code: str) -> tuple[str, str]:
    out, inn = code.split(" ")
    forms = [
        (code, "plain"),
        (code.lower(), "lower case"),
        (out + inn, "no space"),
        (f"{out}  {inn}", "double space"),
        (f"{out}-{inn}", "dash"),
        (" ".join(out + inn), "letter by letter"),
        ((out + inn).lower(), "lower no space"),
        (out.capitalize() + " " + inn.lower(), "mixed case"),
        (f"{out}.{inn}", "dot"),
    ]
    return rng.choice(forms)


def make_member(rng: random.Random) -> tuple[str, str]:
    """(member id, shape)."""
    a = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    shapes = [
        (_digits(rng, 6).lstrip("0").rjust(6, "1"), "6 digits"),
        (_digits(rng, 8).lstrip("0").rjust(8, "3"), "8 digits"),
        ("1" + _digits(rng, 9), "10 digits"),
        ("00" + _digits(rng, 9), "leading zeros"),
        ("TCB" + _digits(rng, 7), "letter prefix"),
        (f"QC-{_digits(rng, 4)}-{_digits(rng, 4)}", "prefix with dashes"),
        (f"M/{_digits(rng, 4)}/{_digits(rng, 4)}", "slashes"),
        (
            f"{rng.choice(a)}{rng.randint(1, 9)}{rng.choice(a)}{rng.randint(1, 9)}-"
            f"{_digits(rng, 2)}{rng.choice(a)}{rng.randint(1, 9)}",
            "mixed letters and digits",
        ),
        (f"KS {_digits(rng, 4)} {_digits(rng, 4)}", "spaced groups"),
        (f"EF{_digits(rng, 8)}", "two-letter prefix"),
        (f"mem_{_digits(rng, 7)}", "lower-case prefix"),
        (f"U-2026-{_digits(rng, 5)}", "year inside"),
        (f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}", "dotted"),
        (f"{rng.choice(a)}{rng.choice(a)}{_digits(rng, 6)}{rng.choice(a)}", "letters both ends"),
    ]
    return rng.choice(shapes)


def make_street(rng: random.Random) -> str:
    return f"{rng.choice(world.STREET_STEMS)} {rng.choice(world.THOROUGHFARES)}"


def make_ref(rng: random.Random, phone_shaped: bool = False) -> str:
    """An order ref in one of many shapes; ``phone_shaped``: eleven digits from 0 like a phone."""
    if phone_shaped:
        n = "07" + _digits(rng, 9) if rng.random() < 0.6 else "01" + _digits(rng, 9)
        return rng.choice([n, f"{n[:5]} {n[5:]}", f"{n[:4]} {n[4:7]} {n[7:]}"])
    a = "ABCDEFGHJKLMNPRSTUVWXYZ"
    shapes = [
        f"JL-{_digits(rng, 8)}",
        f"ORD-2026-{_digits(rng, 5)}",
        f"{_digits(rng, 9)}",
        f"TB/{_digits(rng, 2)}/{_digits(rng, 4)}",
        f"MS{_digits(rng, 10)}",
        f"{rng.choice(a)}{rng.choice(a)}{_digits(rng, 6)}",
        f"W{_digits(rng, 7)}-{rng.randint(1, 9)}",
        f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
        f"#{_digits(rng, 6)}",
        f"UK{_digits(rng, 4)}{rng.choice(a)}{_digits(rng, 3)}",
        f"SO-{_digits(rng, 6)}",
    ]
    return rng.choice(shapes)


def render_date(rng: random.Random) -> tuple[str, str]:
    d, m = rng.randint(1, 28), rng.randint(1, 9)
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"][m - 1]
    month = (
        ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
    )[m - 1]
    suffix = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    forms = [
        f"{d:02d}/{m:02d}/2026",
        f"{d}.{m}.26",
        f"2026-{m:02d}-{d:02d}",
        f"{d} {mon} 2026",
        f"{d}{suffix} {month}",
        f"{month} {d}",
        f"{d}/{m}",
        f"{d:02d}-{mon}-2026",
    ]
    return rng.choice(forms), "date"


def render_amount(rng: random.Random) -> tuple[str, str]:
    pounds, pence = rng.choice([rng.randint(5, 99), rng.randint(100, 2500)]), rng.randint(0, 99)
    forms = [
        f"£{pounds}.{pence:02d}",
        f"£{pounds:,}.{pence:02d}",
        f"{pounds}.{pence:02d} GBP",
        f"GBP {pounds}.{pence:02d}",
        f"£{pounds}",
        f"{pounds}.{pence:02d}",
        f"£{pounds}.{pence:02d}p"[:-1],
    ]
    return rng.choice(forms), "amount"


@dataclass
class Values:
    """One person's values, fixed for a note (the same slot twice writes the same thing)."""

    person: Person
    email: tuple[str, str]
    phone: tuple[str, str]
    mobile: tuple[str, str]
    land: tuple[str, str]
    postcode: str
    postcode_written: tuple[str, str]
    street: str
    number: str
    house: str
    building: str
    flat: str
    town: str
    member: tuple[str, str]
    title: str
    parts: dict[str, tuple[str, list[tuple[Kind, int, int, str]]]] = field(default_factory=dict)


def draw_values(rng: random.Random, person: Person | None = None) -> Values:
    p = person or draw_person(rng)
    local = email_local(rng, p)
    postcode = make_postcode(rng)
    number = rng.choice([str(rng.randint(1, 240)), f"{rng.randint(1, 90)}{rng.choice('ab')}"])
    return Values(
        person=p,
        email=render_email(rng, local, rng.choice(world.DOMAINS)),
        phone=render_phone(rng),
        mobile=render_phone(rng, "mobile"),
        land=render_phone(rng, "land"),
        postcode=postcode,
        postcode_written=render_postcode(rng, postcode),
        street=make_street(rng),
        number=number,
        house=rng.choice(world.HOUSE_NAMES),
        building=rng.choice(world.BUILDINGS),
        flat=rng.choice(
            [
                f"Flat {rng.randint(1, 40)}",
                f"Flat {rng.randint(1, 9)}{rng.choice('ABC')}",
                f"Apt {rng.randint(1, 120)}",
                f"Flat {rng.randint(0, 3)}/{rng.randint(1, 2)}",
                f"Unit {rng.randint(1, 20)}",
            ]
        ),
        town=rng.choice(world.TOWNS),
        member=make_member(rng),
        title=rng.choice(people.TITLES[:8]),
    )


Piece = tuple[str, list[tuple[Kind, int, int, str]]]


def _name_slot(rng: random.Random, v: Values, slot: str) -> Piece:
    p = v.person
    if slot == "full":
        if p.shape == "patronym" and p.surname and rng.random() < 0.5:
            text = f"{p.surname[0]}. {p.given}"
            return text, [(Kind.NAME, 0, len(text), "patronymic initial")]
        if p.shape == "clan" and p.surname and rng.random() < 0.4:
            text = f"{p.surname} {p.given}"
            return text, [(Kind.NAME, 0, len(text), "clan name first")]
        return p.full, [(Kind.NAME, 0, len(p.full), "full" if not p.script else "non-Latin")]
    if slot == "first":
        return p.given, [(Kind.FIRST, 0, len(p.given), "given" if not p.script else "non-Latin")]
    if slot == "nick":
        nick = people.NICKNAMES.get(p.given)
        if nick is None:
            return p.given, [(Kind.FIRST, 0, len(p.given), "given")]
        return nick, [(Kind.FIRST, 0, len(nick), "nickname")]
    surname = p.surname or p.given
    kind = Kind.SURNAME if p.surname else Kind.NAME
    if slot == "sur":
        return surname, [(kind, 0, len(surname), "surname")]
    if slot == "formal":
        head = f"{v.title} "
        return head + surname, [(kind, len(head), len(head) + len(surname), "title + surname")]
    if slot == "init":
        if p.script or not p.surname:
            return p.full, [(Kind.NAME, 0, len(p.full), "full")]
        initials = "".join(f"{w[0]}." for w in p.given.split())
        text = f"{initials} {p.surname}"
        return text, [(Kind.NAME, 0, len(text), "initials + surname")]
    # rev: SURNAME, Given
    if not p.surname:
        return p.given, [(Kind.NAME, 0, len(p.given), "full")]
    text = f"{p.surname.upper()}, {p.given}"
    return text, [(Kind.NAME, 0, len(text), "SURNAME, Given")]


def _address(rng: random.Random, v: Values, slot: str) -> Piece:
    if slot == "street":
        text = f"{v.number} {v.street}"
        return text, [(Kind.STREET, 0, len(text), "number + street")]
    if slot == "road":
        return v.street, [(Kind.STREET, 0, len(v.street), "street without number")]
    if slot == "house":
        return v.house, [(Kind.HOUSE, 0, len(v.house), "house name")]
    if slot == "flat":
        head = f"{v.flat}, "
        text = head + v.building
        return text, [(Kind.HOUSE, len(head), len(text), "flat building")]
    # addr: a whole postal address on one line
    pc, pc_form = v.postcode_written
    shape = rng.randrange(4)
    labels: list[tuple[Kind, int, int, str]] = []
    text = ""
    if shape == 1:
        text = f"{v.flat}, "
        labels.append((Kind.HOUSE, len(text), len(text) + len(v.building), "flat building"))
        text += v.building + ", "
    elif shape == 2:
        labels.append((Kind.HOUSE, 0, len(v.house), "house name"))
        text = v.house + ", "
    street = v.street if shape == 2 else f"{v.number} {v.street}"
    labels.append((Kind.STREET, len(text), len(text) + len(street), "in address"))
    text += street + rng.choice([", ", " ", ",\n"]) + v.town + rng.choice([", ", " ", "  "])
    labels.append((Kind.POSTCODE, len(text), len(text) + len(pc), pc_form))
    text += pc
    return text, labels


def personal_piece(rng: random.Random, v: Values, slot: str) -> Piece:
    if slot in ("full", "first", "nick", "sur", "formal", "init", "rev"):
        return _name_slot(rng, v, slot)
    if slot in ("street", "road", "house", "flat", "addr"):
        return _address(rng, v, slot)
    value, form = {
        "email": v.email,
        "phone": v.phone,
        "mobile": v.mobile,
        "land": v.land,
        "postcode": v.postcode_written,
        "member": v.member,
    }[slot]
    kind = {"email": Kind.EMAIL, "postcode": Kind.POSTCODE, "member": Kind.MEMBER}.get(
        slot, Kind.PHONE
    )
    return value, [(kind, 0, len(value), form)]


@dataclass(frozen=True, slots=True)
class Row:
    """What the note's row holds (its merchant, order ref, claim id), allow-listed in notes."""

    merchant: str
    ref: str
    claim: str
    phone_shaped: bool = False


@dataclass(frozen=True, slots=True)
class Note:
    """A rendered note: its text, gold labels at exact offsets, allow-list, template, cleanness."""

    text: str
    labels: tuple[Label, ...]
    allow: tuple[str, ...]
    template: int  # index into PERSONAL; -1 - index into CLEAN
    clean: bool


def render(
    template: str, rng: random.Random, row: Row, who: list[Values]
) -> tuple[str, list[Label], list[str]]:
    """The template with its slots filled: (text, labels, allow-list additions)."""
    out: list[str] = []
    labels: list[Label] = []
    allow = [row.merchant, row.ref, row.claim]
    fixed: dict[str, Piece] = {}
    cursor, length = 0, 0
    for m in SLOT.finditer(template):
        literal = template[cursor : m.start()]
        out.append(literal)
        length += len(literal)
        cursor = m.end()
        slot, person, mod = m.group(1), m.group(2), m.group(3)
        key = f"{slot}{person or ''}"
        if key not in fixed:
            fixed[key] = _piece(rng, slot, who[int(person) - 1 if person else 0], row, allow)
        text, spans = fixed[key]
        cased = text.upper() if mod == "up" else text.lower() if mod == "lo" else text
        applied = bool(mod) and len(cased) == len(text) and cased != text
        text = cased if applied else text
        for kind, start, end, form in spans:
            form = f"{form} ({'capitals' if mod == 'up' else 'lower case'})" if applied else form
            value = text[start:end]
            lead = len(value) - len(value.lstrip())
            trail = len(value.rstrip())
            labels.append(Label(kind, length + start + lead, length + start + trail, form))
        out.append(text)
        length += len(text)
    out.append(template[cursor:])
    return "".join(out), labels, allow


def _piece(rng: random.Random, slot: str, v: Values, row: Row, allow: list[str]) -> Piece:
    if slot in PERSONAL_SLOTS:
        return personal_piece(rng, v, slot)
    value, form = _keep(rng, slot, row, allow)
    return value, [(Kind.KEEP, 0, len(value), form)]


def _keep(rng: random.Random, slot: str, row: Row, allow: list[str]) -> tuple[str, str]:
    if slot == "merchant":
        return row.merchant, "merchant"
    if slot == "omerchant":
        other = rng.choice([m for m in world.MERCHANTS if m != row.merchant])
        return other, "merchant (other)"
    if slot == "ref":
        return row.ref, "order ref (phone-shaped)" if row.phone_shaped else "order ref"
    if slot == "oref":
        return make_ref(rng), "order ref (other)"
    if slot == "pref":
        ref = make_ref(rng, phone_shaped=True)
        allow.append(ref)
        return ref, "order ref (phone-shaped)"
    if slot == "claim":
        return row.claim, "claim id"
    if slot == "date":
        return render_date(rng)
    if slot == "amount":
        return render_amount(rng)
    table = {"town": world.TOWNS, "product": world.PRODUCTS, "occasion": world.OCCASIONS,
             "voucher": world.VOUCHERS, "network": world.NETWORKS, "courier": world.COURIERS,
             "branch": world.BRANCHES}  # fmt: skip
    return rng.choice(table[slot]), slot
