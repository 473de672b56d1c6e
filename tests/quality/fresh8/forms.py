"""Written forms of every value the fresh8 set plants, and the people and values behind them.

A form returns segments ``(text, kind, form)``: ``kind`` is None for the text around a value
(a title, "mailto:", a cue word, brackets), so a label covers the value and nothing else and
stays exact when a template upper-cases the whole slot. Typed for this set.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from harness.judge import Kind

from fresh8 import people, places

Seg = tuple[str, Kind | None, str]

FAMILY_FIRST = frozenset(g.culture for g in people.GROUPS if g.shape == "family-first") | {
    "Chinese (Mandarin)", "Hong Kong", "Japanese", "Korean", "Vietnamese", "Hungarian",
}  # fmt: skip
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D",
                       "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "æ": "ae", "Æ": "Ae",
                       "ı": "i", "œ": "oe", "'": "", "’": ""})  # fmt: skip


def fold(text: str) -> str:
    """Accents dropped ("Siobhán" -> "Siobhan", "Łukasz" -> "Lukasz")."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _cap(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


# ---------------------------------------------------------------- people and their values


@dataclass(frozen=True, slots=True)
class Address:
    number: str
    flat: str  # "" or "3", "2/1", "B"
    stem: str
    thoroughfare: tuple[str, ...]
    house: str  # "" or a house name
    town: str
    postcode: str  # UK "SW1A 1AA" or an Eircode "D02 X285"
    irish: bool


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    surname: str  # "" for a single name
    middle: str
    nickname: str
    culture: str
    shape: str
    native: tuple[str, str] | None  # (given, surname) in their own script
    script: str
    latin: tuple[str, str]  # ASCII given and surname, for the e-mail
    email: str
    phone: tuple[str, str]  # (kind: mobile, landline, irish mobile, irish landline; digits)
    address: Address
    member: tuple[str, str]  # (shape, value)

    @property
    def family_first(self) -> bool:
        return self.culture in FAMILY_FIRST


def _uk_postcode(rng: random.Random) -> str:
    area, shape = rng.choice(places.POSTCODE_AREAS)
    district = str(rng.randint(1, 9))
    if shape.endswith("99"):
        district = str(rng.randint(10, 39)) if rng.random() < 0.6 else district
    elif shape.endswith("A"):
        district += rng.choice("ABCEHJKMNPRSTVWXY")
    inward = str(rng.randint(0, 9)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in "12")
    return f"{area}{district} {inward}"


def _eircode(rng: random.Random) -> str:
    return (
        rng.choice(places.EIRCODE_KEYS)
        + " "
        + "".join(rng.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(4))
    )


def make_address(rng: random.Random) -> Address:
    irish = rng.random() < 0.16
    number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(41, 280)]))
    flat = ""
    if rng.random() < 0.18:
        flat = rng.choice([str(rng.randint(1, 12)), f"{rng.randint(0, 3)}/{rng.randint(1, 3)}",
                           rng.choice("ABCD")])  # fmt: skip
    house = rng.choice(places.HOUSE_NAMES) if rng.random() < 0.2 else ""
    return Address(
        number, flat, rng.choice(places.STREET_STEMS), rng.choice(places.THOROUGHFARES),
        house, rng.choice(places.IRISH_TOWNS if irish else places.UK_TOWNS),
        _eircode(rng) if irish else _uk_postcode(rng), irish,
    )  # fmt: skip


def _phone(rng: random.Random, irish: bool) -> tuple[str, str]:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if irish:
        if rng.random() < 0.7:
            return "irish mobile", "08" + rng.choice("35679") + d(7)
        return "irish landline", rng.choice(["01" + d(7), "021" + d(7), "091" + d(6), "061" + d(6)])
    if rng.random() < 0.68:
        return "mobile", "07" + rng.choice("456789") + d(8)
    area = rng.choice(["0161", "0113", "0114", "0115", "0116", "0117", "0118", "0121",
                       "0131", "0141", "0151", "0191", "020", "023", "024", "028", "029",
                       "01223", "01865", "01392", "01603", "01904", "01792", "01224",
                       "01382", "01463", "01872", "01248", "01534"])  # fmt: skip
    return "landline", area + d(11 - len(area))


_MEMBER_SHAPES = (
    "8 digits",
    "10 digits",
    "prefix dash",
    "prefix joined",
    "letters digits letter",
    "dashed groups",
    "slash code",
    "dotted code",
    "lower prefix",
    "spaced groups",
    "year code",
    "alnum mix",
    "7 digits",
)


def make_member(rng: random.Random, shape: str | None = None) -> tuple[str, str]:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    up = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    shape = shape or rng.choice(_MEMBER_SHAPES)
    value = {
        "8 digits": lambda: str(rng.randint(1, 9)) + d(7),
        "10 digits": lambda: str(rng.randint(1, 9)) + d(9),
        "prefix dash": lambda: (
            rng.choice(["TCB", "QC", "KS", "EFR", "SB", "JJR", "HC"]) + "-" + d(8)
        ),
        "prefix joined": lambda: rng.choice(["QC", "MB", "RR", "TC", "KS"]) + d(7),
        "letters digits letter": lambda: up(2) + d(6) + up(1),
        "dashed groups": lambda: d(4) + "-" + d(4) + "-" + d(2),
        "slash code": lambda: up(2) + "/" + d(4) + "/" + d(4),
        "dotted code": lambda: "M." + d(3) + "." + d(5),
        "lower prefix": lambda: rng.choice(["ef", "mb", "usr", "sv"]) + "-" + d(7),
        "spaced groups": lambda: d(4) + " " + d(4),
        "year code": lambda: rng.choice(["2019", "2021", "2023", "2024", "2025"]) + "-" + d(7),
        "alnum mix": lambda: d(1) + up(2) + d(5),
        "7 digits": lambda: str(rng.randint(1, 9)) + d(6),
    }[shape]()
    return shape, value


def _email_for(rng: random.Random, given: str, surname: str) -> str:
    g = "".join(c for c in fold(given).lower() if c.isalnum()) or "shopper"
    s = "".join(c for c in fold(surname).lower() if c.isalnum()) or g
    year = str(rng.choice([rng.randint(60, 99), rng.randint(0, 12), rng.randint(1958, 2006)]))
    local = rng.choice([
        f"{g}.{s}", f"{g}{s}", f"{g[0]}{s}", f"{g}_{s}", f"{s}.{g}", f"{g}.{s}{year}",
        f"{g}{year}", f"{g[0]}.{s}", f"{s}{g[0]}", f"{g}-{s}", f"{g}.{s[0]}", f"the{s}s",
        f"{g}{s[:3]}", f"{s}{year[-2:]}", f"{g}x{s}", f"mrs{s}" if rng.random() < 0.5 else f"mr{s}",
    ])  # fmt: skip
    return f"{local}@{rng.choice(places.EMAIL_DOMAINS)}"


def make_person(rng: random.Random, latin_only: bool = False) -> Person:
    """A person: a name from one culture (sometimes two), and their contact values."""
    native: tuple[str, str] | None = None
    script = "Latin"
    if not latin_only and rng.random() < 0.07:
        full, script, lat_given, lat_surname, culture = rng.choice(people.NON_LATIN)
        if " " in full:
            first, second = full.split(" ", 1)
        else:
            first, second = full[:1], full[1:]
        ff = (culture in FAMILY_FIRST and " " not in full) or script == "Japanese"
        native = (second, first) if ff else (first, second)
        group = next((g for g in people.GROUPS if g.culture == culture), people.GROUPS[0])
        given, surname, shape = lat_given, lat_surname, group.shape
    else:
        group = rng.choice(people.GROUPS)
        culture, shape = group.culture, group.shape
        given = rng.choice(group.given)
        other = rng.choice(people.GROUPS) if rng.random() < 0.12 else group
        surname = rng.choice(other.surnames)
        if shape == "mono" and rng.random() < 0.45:
            surname = ""
    middle = rng.choice(people.MIDDLE_NAMES) if rng.random() < 0.2 else ""
    nicks = people.NICKNAMES.get(given, ())
    nickname = rng.choice(nicks) if nicks else ""
    address = make_address(rng)
    latin = (fold(given), fold(surname))
    return Person(
        given, surname, middle, nickname, culture, shape, native, script, latin,
        _email_for(rng, *latin), _phone(rng, address.irish), address, make_member(rng),
    )  # fmt: skip


# ---------------------------------------------------------------- names


def _seg(text: str, kind: Kind | None = None, form: str = "") -> Seg:
    return (text, kind, form)


def name_forms(p: Person) -> list[str]:
    """The NAME forms this person can be written in."""
    if p.native is not None:
        return ["script", "script", "script", "latin plain", "latin upper"]
    if not p.surname:
        return ["mono", "mono upper", "mono lower"]
    found = ["plain", "plain", "plain", "surname comma given", "given SURNAME", "initial surname",
             "initial no dot", "lower", "upper", "reversed",
             "line break", "initial SURNAME", "SURNAME comma initial"]  # fmt: skip
    if fold(f"{p.given} {p.surname}") != f"{p.given} {p.surname}":
        found += ["no accents", "no accents"]
    if p.middle:
        found += ["middle", "middle initial"]
    if p.nickname:
        found += ["nickname", "nickname quoted"]
    if p.family_first:
        found += ["family-first", "family-first", "family-first upper surname"]
    if "-" in p.surname:
        found.append("hyphen dropped")
    if p.surname[:1].islower():
        found.append("particle capitalised")
    return found


def write_name(
    rng: random.Random, p: Person, form: str | None = None, kind: Kind = Kind.NAME
) -> list[Seg]:
    form = form or rng.choice(name_forms(p))
    if not p.surname and not form.startswith(("mono", "script", "latin")):
        form = "mono"  # a single name has no surname to write
    g, s = p.given, p.surname
    if p.native is not None and form == "script":
        ng, ns = p.native
        both = f"{ns}{ng}" if p.culture in FAMILY_FIRST and p.script != "Japanese" else (
            f"{ns} {ng}" if p.script == "Japanese" else f"{ng} {ns}"
        )  # fmt: skip
        return [_seg(both, kind, f"script {p.script}")]
    text = {
        "latin plain": f"{g} {s}", "latin upper": f"{g} {s}".upper(), "mono": g,
        "mono upper": g.upper(), "mono lower": g.lower(), "plain": f"{g} {s}",
        "surname comma given": f"{s}, {g}", "given SURNAME": f"{g} {s.upper()}",
        "initial surname": f"{g[0]}. {s}", "initial no dot": f"{g[0]} {s}",
        "lower": f"{g} {s}".lower(), "upper": f"{g} {s}".upper(),
        "no accents": fold(f"{g} {s}"), "possessive": f"{g} {s}", "reversed": f"{s} {g}",
        "line break": f"{g}\n{s}", "initial SURNAME": f"{g[0]}. {s.upper()}",
        "SURNAME comma initial": f"{s.upper()}, {g[0]}.", "middle": f"{g} {p.middle} {s}",
        "middle initial": f"{g} {p.middle[:1]}. {s}", "nickname": f"{p.nickname} {s}",
        "nickname quoted": f"{g} \u201c{p.nickname}\u201d {s}", "family-first": f"{s} {g}",
        "family-first upper surname": f"{s.upper()} {g}", "hyphen dropped": f"{g} {s.replace('-', ' ')}",
        "particle capitalised": f"{g} {_cap(s)}",
    }[form]  # fmt: skip
    if form == "possessive":
        return [_seg(text, kind, form), _seg("'s")]
    return [_seg(text, kind, form)]


def write_first(rng: random.Random, p: Person, kind: Kind = Kind.FIRST, tag: str = "") -> list[Seg]:
    pre = f"{tag} " if tag else ""
    if p.native is not None and rng.random() < 0.6:
        return [_seg(p.native[0], kind, f"{pre}script {p.script}")]
    choices = ["plain", "plain", "plain", "lower", "upper"]
    if p.nickname:
        choices += ["nickname", "nickname"]
    if fold(p.given) != p.given:
        choices.append("no accents")
    form = rng.choice(choices)
    text = {"plain": p.given, "lower": p.given.lower(), "upper": p.given.upper(),
            "possessive": p.given, "nickname": p.nickname, "no accents": fold(p.given)}[form]  # fmt: skip
    segs = [_seg(text, kind, pre + form)]
    return [*segs, _seg("'s")] if form == "possessive" else segs


def write_surname(rng: random.Random, p: Person, titled: bool = False) -> list[Seg]:
    surname = p.surname or p.given
    if p.native is not None and rng.random() < 0.6:
        return [_seg(p.native[1], Kind.SURNAME, f"script {p.script}")]
    form = rng.choice(
        ["plain", "plain", "upper", "lower"] + (["no accents"] if fold(surname) != surname else [])
    )
    if titled:
        form = rng.choice(["title", "title", "title upper", "honorific after", "title no accents"])
    text = {"plain": surname, "upper": surname.upper(), "lower": surname.lower(),
            "no accents": fold(surname), "possessive": surname, "title": surname,
            "title upper": surname.upper(), "honorific after": surname,
            "title no accents": fold(surname)}[form]  # fmt: skip
    label = f"title + surname ({form})" if titled else form
    if titled and form == "honorific after":
        return [_seg(text, Kind.SURNAME, label), _seg(rng.choice(people.HONORIFICS_AFTER))]
    if titled:
        title = rng.choice(people.TITLES)
        return [
            _seg(title.upper() if "upper" in form else title),
            _seg(" "),
            _seg(text, Kind.SURNAME, label),
        ]
    segs = [_seg(text, Kind.SURNAME, form)]
    return [*segs, _seg("'s")] if form == "possessive" else segs


# ---------------------------------------------------------------- e-mails

EMAIL_FORMS: tuple[str, ...] = (
    "plain",
    "upper",
    "capitalised",
    "at dot words",
    "AT DOT caps",
    "[at] [dot]",
    "(at) (dot)",
    "{at} {dot}",
    "spaced @",
    "spaced letters",
    "%40",
    "&#64;",
    "zero-width",
    "mailto:",
    "angle brackets",
    "plus-tag",
    "line break after @",
    "trailing full stop",
    "display name",
    "dot words in local part",
    "fullwidth @",
    "[@]",
    "space after dot",
)


def write_email(rng: random.Random, p: Person, form: str | None = None) -> list[Seg]:
    form = form or rng.choice(EMAIL_FORMS)
    email = p.email
    local, domain = email.split("@")
    host, _, tld = domain.partition(".")
    k = Kind.EMAIL
    if form == "plain":
        return [_seg(email, k, form)]
    if form == "upper":
        return [_seg(email.upper(), k, form)]
    if form == "capitalised":
        return [_seg(".".join(_cap(x) for x in local.split(".")) + "@" + _cap(domain), k, form)]
    if form == "at dot words":
        return [_seg(f"{local} at {domain.replace('.', ' dot ')}", k, form)]
    if form == "AT DOT caps":
        return [_seg(f"{local} AT {domain.replace('.', ' DOT ')}", k, form)]
    if form == "[at] [dot]":
        return [_seg(f"{local}[at]{domain.replace('.', '[dot]')}", k, form)]
    if form == "(at) (dot)":
        return [_seg(f"{local} (at) {domain.replace('.', ' (dot) ')}", k, form)]
    if form == "{at} {dot}":
        return [_seg(f"{local}{{at}}{domain.replace('.', '{dot}')}", k, form)]
    if form == "spaced @":
        return [_seg(f"{local} @ {domain}", k, form)]
    if form == "spaced letters":
        return [_seg(" ".join(email), k, form)]
    if form == "%40":
        return [_seg(f"{local}%40{domain}", k, form)]
    if form == "&#64;":
        return [_seg(f"{local}&#64;{domain}", k, form)]
    if form == "zero-width":
        cut = max(1, len(local) // 2)
        return [_seg(f"{local[:cut]}\u200b{local[cut:]}@\u200b{domain}", k, form)]
    if form == "mailto:":
        return [_seg("mailto:"), _seg(email, k, form)]
    if form == "angle brackets":
        return [_seg("<"), _seg(email, k, form), _seg(">")]
    if form == "plus-tag":
        tag = rng.choice(["cashback", "claims", "shopping", "tcb", "quidco", "2024"])
        return [_seg(f"{local}+{tag}@{domain}", k, form)]
    if form == "line break after @":
        return [_seg(f"{local}@\n{domain}", k, form)]
    if form == "trailing full stop":
        return [_seg(email, k, form), _seg(".")]
    if form == "display name":
        return [
            _seg('"'),
            *write_name(rng, p, "plain"),
            _seg('" <'),
            _seg(email, k, form),
            _seg(">"),
        ]
    if form == "dot words in local part":
        return [
            _seg(
                f"{local.replace('.', ' dot ')} at {host} dot {tld.replace('.', ' dot ')}", k, form
            )
        ]
    if form == "fullwidth @":
        return [_seg(f"{local}\uff20{domain}", k, form)]
    if form == "[@]":
        return [_seg(f"{local}[@]{domain}", k, form)]
    return [_seg(f"{local}@{host}. {tld}", k, form)]  # space after dot


# ---------------------------------------------------------------- phones

_WORDS = {"0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
          "7": "seven", "8": "eight", "9": "nine"}  # fmt: skip


def _in_words(digits: str, doubles: bool) -> str:
    out: list[str] = []
    i = 0
    while i < len(digits):
        run = 1
        while doubles and i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
            run += 1
        word = _WORDS[digits[i]]
        out.append({1: word, 2: f"double {word}", 3: f"treble {word}"}[run])
        i += run
    return " ".join(out)


def _group(digits: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(digits[at : at + size])
        at += size
    if at < len(digits):
        parts.append(digits[at:])
    return sep.join(p for p in parts if p)


def phone_forms(kind: str) -> tuple[str, ...]:
    if kind == "mobile":
        return ("mobile 5-6", "mobile 5-3-3", "mobile 4-3-4", "mobile compact", "mobile dashes",
                "mobile dots", "+44 spaced", "+44 compact", "0044", "+44 (0)", "mobile brackets",
                "+44 dashes", "digits in words", "double/treble words", "spaced digits",
                "mobile line break", "+44(0) no space")  # fmt: skip
    if kind == "landline":
        return ("landline spaced", "landline brackets", "+44 landline", "landline + ext",
                "landline compact", "landline dashes", "landline words")  # fmt: skip
    if kind == "irish mobile":
        return (
            "irish mobile 3-3-4",
            "+353 mobile",
            "00353 mobile",
            "+353 (0) mobile",
            "irish mobile compact",
        )
    return ("irish landline brackets", "+353 landline", "irish landline spaced")


def _area(digits: str) -> int:
    for prefix, size in (("020", 3), ("023", 3), ("024", 3), ("028", 3), ("029", 3), ("01", 0)):
        if digits.startswith(prefix):
            if size:
                return size
            return 4 if digits[3] == "1" or digits[2] == "1" else 5
    return 4


def write_phone(rng: random.Random, p: Person, form: str | None = None) -> list[Seg]:
    kind, digits = p.phone
    form = form or rng.choice(phone_forms(kind))
    rest = digits[1:]
    k = Kind.PHONE
    if kind == "mobile":
        text = {
            "mobile 5-6": _group(digits, (5, 6)), "mobile 5-3-3": _group(digits, (5, 3, 3)),
            "mobile 4-3-4": _group(digits, (4, 3, 4)), "mobile compact": digits,
            "mobile dashes": _group(digits, (5, 3, 3), "-"), "mobile dots": _group(digits, (5, 3, 3), "."),
            "+44 spaced": "+44 " + _group(rest, (4, 6)), "+44 compact": "+44" + rest,
            "0044": "0044 " + _group(rest, (4, 6)), "+44 (0)": "+44 (0)" + _group(rest, (4, 6)),
            "mobile brackets": f"({digits[:5]}) {digits[5:]}", "+44 dashes": "+44-" + _group(rest, (4, 3, 3), "-"),
            "digits in words": _in_words(digits, False), "double/treble words": _in_words(digits, True),
            "spaced digits": " ".join(digits), "mobile line break": digits[:5] + "\n" + digits[5:],
            "+44(0) no space": "+44(0)" + rest,
        }[form]  # fmt: skip
    elif kind == "landline":
        a = _area(digits)
        local = digits[a:]
        split = (
            _group(local, (3, 4))
            if len(local) == 7
            else _group(local, (4, 4))
            if len(local) == 8
            else local
        )
        text = {
            "landline spaced": f"{digits[:a]} {split}", "landline brackets": f"({digits[:a]}) {split}",
            "+44 landline": f"+44 {digits[1:a]} {split}", "landline + ext": f"{digits[:a]} {split}",
            "landline compact": digits, "landline dashes": f"{digits[:a]}-{split.replace(' ', '-')}",
            "landline words": _in_words(digits, True),
        }[form]  # fmt: skip
        if form == "landline + ext":
            return [
                _seg(text, k, form),
                _seg(f" {rng.choice(['ext.', 'ext', 'x', 'extn'])} {rng.randint(2, 499)}"),
            ]
    elif kind == "irish mobile":
        text = {
            "irish mobile 3-3-4": _group(digits, (3, 3, 4)), "+353 mobile": "+353 " + _group(rest, (2, 3, 4)),
            "00353 mobile": "00353 " + _group(rest, (2, 7)), "+353 (0) mobile": "+353 (0)" + _group(rest, (2, 3, 4)),
            "irish mobile compact": digits,
        }[form]  # fmt: skip
    else:
        a = 2 if digits.startswith("01") else 3
        text = {
            "irish landline brackets": f"({digits[:a]}) {_group(digits[a:], (3, 4))}",
            "+353 landline": f"+353 {digits[1:a]} {_group(digits[a:], (3, 4))}",
            "irish landline spaced": f"{digits[:a]} {_group(digits[a:], (3, 4))}",
        }[form]  # fmt: skip
    return [_seg(text, k, form)]


# ---------------------------------------------------------------- postcodes and addresses

POSTCODE_FORMS = ("standard", "no space", "lower", "lower no space", "extra spaces", "split letters",
                  "hyphen", "no-break space", "title case", "dot")  # fmt: skip
EIRCODE_FORMS = ("eircode standard", "eircode no space", "eircode lower", "eircode spaced out")


def write_postcode(rng: random.Random, p: Person, form: str | None = None) -> list[Seg]:
    code = p.address.postcode
    out, inn = code.split(" ")
    if p.address.irish:
        form = form if form in EIRCODE_FORMS else rng.choice(EIRCODE_FORMS)
        text = {"eircode standard": code, "eircode no space": out + inn,
                "eircode lower": code.lower(), "eircode spaced out": " ".join(out) + "  " + " ".join(inn)}[form]  # fmt: skip
        return [_seg(text, Kind.POSTCODE, form)]
    form = form if form in POSTCODE_FORMS else rng.choice(POSTCODE_FORMS)
    text = {
        "standard": code, "no space": out + inn, "lower": code.lower(), "lower no space": (out + inn).lower(),
        "extra spaces": f"{out}  {inn}", "split letters": " ".join(out + inn), "hyphen": f"{out}-{inn}",
        "no-break space": f"{out}\u00a0{inn}", "title case": out[:1] + out[1:].lower() + " " + inn.lower(),
        "dot": f"{out}.{inn}",
    }[form]  # fmt: skip
    return [_seg(text, Kind.POSTCODE, form)]


STREET_FORMS = ("number street", "number street abbr", "no number", "flat comma", "flat slash",
                "number letter", "range", "No.", "number after", "upper", "lower", "leading word",
                "apartment", "number comma", "floor flat")  # fmt: skip


def street_text(rng: random.Random, a: Address, form: str) -> str:
    words = a.thoroughfare
    word = words[0] if form != "number street abbr" or len(words) == 1 else rng.choice(words[1:])
    street = f"{a.stem} {word}"
    n = a.number
    flat = a.flat or str(rng.randint(1, 9))
    return {
        "number street": f"{n} {street}", "number street abbr": f"{n} {street}", "no number": street,
        "flat comma": f"Flat {flat}, {n} {street}", "flat slash": f"{n}/{flat} {street}",
        "number letter": f"{n}{rng.choice('abc')} {street}", "range": f"{n}-{int(n) + 2} {street}",
        "No.": f"No. {n} {street}", "number after": f"{street} {n}", "upper": f"{n} {street}".upper(),
        "lower": f"{n} {street}".lower(), "leading word": f"{n} {rng.choice(places.LEADING)} {a.stem}",
        "apartment": f"Apt {flat}, {n} {street}", "number comma": f"{n}, {street}",
        "floor flat": f"{rng.choice(['Ground', 'First', 'Top', '2nd'])} floor flat, {n} {street}",
    }[form]  # fmt: skip


def write_street(rng: random.Random, p: Person, form: str | None = None) -> list[Seg]:
    form = form or rng.choice(STREET_FORMS)
    return [_seg(street_text(rng, p.address, form), Kind.STREET, form)]


HOUSE_FORMS = ("plain", "upper", "lower", "quoted", "with street")


def write_house(rng: random.Random, p: Person, form: str | None = None) -> list[Seg]:
    house = p.address.house or rng.choice(places.HOUSE_NAMES)
    form = form or rng.choice(HOUSE_FORMS)
    if form == "quoted":
        return [_seg("\u2018"), _seg(house, Kind.HOUSE, form), _seg("\u2019")]
    if form == "with street":
        return [_seg(house, Kind.HOUSE, form), _seg(", "), *write_street(rng, p, "no number")]
    text = {"plain": house, "upper": house.upper(), "lower": house.lower()}[form]
    return [_seg(text, Kind.HOUSE, form)]


def write_address(rng: random.Random, p: Person, multiline: bool = False) -> list[Seg]:
    """Street (and house name), town, postcode; the town is left unlabelled."""
    a = p.address
    sep = "\n" if multiline else rng.choice([", ", ", ", " ", " - "])
    segs: list[Seg] = []
    if a.house and rng.random() < 0.7:
        segs += [_seg(a.house, Kind.HOUSE, "address line"), _seg(sep)]
        if rng.random() < 0.5:
            segs += [_seg(a.town), _seg(sep), *write_postcode(rng, p)]
            return segs
    segs += write_street(rng, p, rng.choice(STREET_FORMS[:9]))
    segs += [_seg(sep), _seg(a.town.upper() if rng.random() < 0.2 else a.town)]
    segs += [_seg(sep if multiline or rng.random() < 0.5 else " "), *write_postcode(rng, p)]
    return segs


# ---------------------------------------------------------------- member ids

MEMBER_CUES: tuple[str, ...] = (
    "member no",
    "member no.",
    "member number",
    "membership no:",
    "user ID",
    "account no",
    "customer no.",
    "saver number",
    "supporter ID",
    "cashback ID",
    "Mitgliedsnummer",
    "n° d'adhérent",
    "número de socio",
    "numer członkowski",
    "lidnummer",
    "uimhir bhall",
    "rhif aelod",
    "üye no",
    "会員番号",
    "회원번호",
    "numero socio",
    "medlemsnummer",
    "nambari ya mwanachama",
    "mã thành viên",
    "member#",
    "mem no",
    "ID",
    "acct",
)


def write_member(rng: random.Random, p: Person, cue: str) -> list[Seg]:
    shape, value = p.member if rng.random() < 0.7 else make_member(rng)
    form = f"{cue} cue, {shape}"
    segs: list[Seg] = []
    if cue == "near":
        word = rng.choice(MEMBER_CUES)
        segs.append(_seg(word + rng.choice([" ", ": ", " - ", " #", ":"])))
    if shape in ("8 digits", "10 digits", "7 digits") and rng.random() < 0.15:
        segs.append(_seg("#"))
    return [*segs, _seg(value, Kind.MEMBER, form)]


# ---------------------------------------------------------------- look-alikes to keep


def order_ref(rng: random.Random) -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    up = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))  # noqa: E731
    return rng.choice([
        f"ORD-2026-{d(6)}", f"{d(8)}", f"W{d(9)}", f"{d(10)}", f"07{d(3)} {d(6)}", f"0{d(10)}",
        f"{up(2)}-{d(5)}-UK", f"{d(3)}-{d(7)}-{d(7)}", f"{up(3)}{d(7)}", f"#{d(7)}",
        f"{d(4)} {d(3)} {d(4)}", f"{up(1)}{d(3)}-{d(3)}-{d(4)}", f"INV/{d(6)}",
        f"{d(2)}{up(2)}{d(6)}", f"+44{d(10)}",
    ])  # fmt: skip


def claim_id(rng: random.Random) -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    return rng.choice([f"CLM-2026-{d(5)}", f"MC/{d(6)}", f"Q-{d(4)}-{d(1)}", f"RC{d(8)}",
                       f"{d(9)}", f"ENQ{d(7)}", f"2026/{d(5)}"])  # fmt: skip


def voucher(rng: random.Random) -> str:
    stem = rng.choice(places.VOUCHER_STEMS)
    return rng.choice([f"{stem}{rng.choice([5, 10, 15, 20, 25, 30, 40])}", stem + "2026",
                       f"{stem}-{rng.randint(10, 99)}OFF", f"{stem}{rng.randint(10, 30)}X"])  # fmt: skip


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def date_text(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026, 2026])
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
    m = _MONTHS[month - 1]
    return rng.choice([
        f"{day:02d}/{month:02d}/{year}", f"{day}/{month}/{str(year)[2:]}", f"{year}-{month:02d}-{day:02d}",
        f"{day} {m[:3]}", f"{day}{suffix} {m}", f"{rng.choice(_DAYS)} {day}{suffix} {m}",
        f"{day:02d}.{month:02d}.{year}", f"{m} {day}, {year}", f"{day}-{m[:3]}-{year}",
        f"{day} {m} {year}", f"{day:02d}-{month:02d}-{year}",
    ])  # fmt: skip


def amount_text(rng: random.Random) -> str:
    pounds = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 3200)])
    pence = rng.choice(["00", "99", "50", "95", str(rng.randint(10, 98))])
    big = f"{pounds:,}"
    return rng.choice([f"£{pounds}.{pence}", f"£{big}.{pence}", f"{pounds}.{pence} GBP",
                       f"€{pounds},{pence}", f"£{pounds}", f"GBP {pounds}.{pence}",
                       f"{pounds}.{pence}", f"£{pounds}.{pence}p" if pounds < 10 else f"£{pounds}.{pence}",
                       f"{pounds} quid", f"EUR {pounds}.{pence}"])  # fmt: skip


def tracking(rng: random.Random) -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    up = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))  # noqa: E731
    return rng.choice([f"{up(2)}{d(9)}GB", d(14), f"H{d(2)}{up(3)}{d(10)}", f"1Z{d(3)}{up(2)}{d(10)}",
                       d(10), f"JD{d(16)}", f"CE{d(9)}IE", f"{d(4)} {d(4)} {d(4)}"])  # fmt: skip


def sku(rng: random.Random) -> tuple[str, str]:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    return rng.choice([
        ("sku", f"{d(2)}-{d(4)}-{d(2)}"), ("sku", f"SKU{d(7)}"), ("ean", "50" + d(11)),
        ("ean", "5" + d(12)), ("sku", f"{d(6)}-{rng.choice(['BLK', 'NVY', 'S', 'M', 'XL'])}"),
        ("sku", f"ART.{d(3)}.{d(3)}.{d(2)}"), ("ean", "0" + d(11)),
    ])  # fmt: skip


def time_text(rng: random.Random) -> str:
    h, m = rng.randint(7, 22), rng.choice([0, 5, 12, 15, 30, 41, 45, 58])
    return rng.choice([f"{h:02d}:{m:02d}", f"{h % 12 or 12}.{m:02d}pm" if h >= 12 else f"{h}.{m:02d}am",
                       f"{h:02d}:{m:02d} BST", f"{h:02d}:{m:02d}:{rng.randint(10, 59)}", f"{h}{m:02d}hrs"])  # fmt: skip
