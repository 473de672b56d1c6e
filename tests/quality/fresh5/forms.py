"""Writing personal values and must-keep look-alikes the many ways people write them.

Each writer returns a ``Piece``: the text and its labels (offsets inside the text, the
judge's kinds, the written form). Nothing here knows a template; ``notes.py`` puts pieces
together.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from harness.judge import Kind

from fresh5 import places
from fresh5.people import Person

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                       "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "æ": "ae", "Æ": "Ae",
                       "œ": "oe", "ı": "i", "ŷ": "y"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Mark:
    """A label inside a piece."""

    start: int
    end: int
    kind: Kind
    form: str


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    marks: tuple[Mark, ...] = ()


def whole(text: str, kind: Kind, form: str) -> Piece:
    return Piece(text, (Mark(0, len(text), kind, form),))


def framed(before: str, value: str, after: str, kind: Kind, form: str) -> Piece:
    """``value`` labelled, with unlabelled text around it (a title, a possessive)."""
    start = len(before)
    return Piece(before + value + after, (Mark(start, start + len(value), kind, form),))


def ascii_fold(text: str) -> str:
    """Accents dropped the way a web form or an old system drops them."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


# --- names -------------------------------------------------------------------------------


def _inverted(text: str) -> str:
    """Caps lock left on: ``mORAG mACLEOD``."""
    return "".join(c.lower() if c.isupper() else c.upper() for c in text)


def full_name(p: Person, rng: random.Random, form: str | None = None) -> Piece:
    """The whole name (NAME), in one of many written forms."""
    if not p.surname:
        return whole(p.given, Kind.NAME, "one name")
    forms = ["plain", "plain", "upper", "lower", "surname first, comma", "SURNAME, Given",
             "initial", "given and initial", "SURNAME Given", "inverted caps", "middle initial",
             "middle name", "no accents", "title"]  # fmt: skip
    if p.script != "Latin" or p.family_first:
        forms = ["plain", "plain", "family first", "title"]
        if p.script == "Latin":
            forms += ["upper", "lower", "SURNAME, Given", "given first (western order)"]
    chosen = form or rng.choice(forms)
    g, s = p.given, p.surname
    if chosen == "plain":
        text = f"{s} {g}" if p.family_first else f"{g} {s}"
        if p.script in ("Han", "Japanese", "Hangul") and rng.random() < 0.5:
            text = f"{s}{g}"
        return whole(text, Kind.NAME, "plain" if p.script == "Latin" else f"script {p.script}")
    if chosen == "family first":
        return whole(f"{s} {g}", Kind.NAME, "family first")
    if chosen == "given first (western order)":
        return whole(f"{g} {s}", Kind.NAME, chosen)
    if chosen == "upper":
        return whole(f"{g} {s}".upper(), Kind.NAME, "upper")
    if chosen == "lower":
        return whole(f"{g} {s}".lower(), Kind.NAME, "lower")
    if chosen == "SURNAME Given":
        return whole(f"{s.upper()} {g}", Kind.NAME, chosen)
    if chosen == "surname first, comma":
        return whole(f"{s}, {g}", Kind.NAME, chosen)
    if chosen == "SURNAME, Given":
        return whole(f"{s.upper()}, {g}", Kind.NAME, chosen)
    if chosen == "initial":
        return whole(f"{g[0]}. {s}", Kind.NAME, "initial and surname")
    if chosen == "given and initial":
        return whole(f"{g} {s[0].upper()}.", Kind.NAME, chosen)
    if chosen == "possessive":
        name = f"{s} {g}" if p.family_first else f"{g} {s}"
        return framed("", name, "'s", Kind.NAME, "possessive")
    if chosen == "inverted caps":
        return whole(_inverted(f"{g} {s}"), Kind.NAME, chosen)
    if chosen == "middle initial":
        middle = p.middle or rng.choice("ABCDEFGJKLMRST")
        return whole(f"{g} {middle[0]}. {s}", Kind.NAME, chosen)
    if chosen == "middle name" and p.middle:
        return whole(f"{g} {p.middle} {s}", Kind.NAME, chosen)
    if chosen == "no accents":
        folded = ascii_fold(f"{g} {s}")
        return whole(folded, Kind.NAME, "no accents" if folded != f"{g} {s}" else "plain")
    title = p.title or "Mrs"
    name = f"{s} {g}" if p.family_first else f"{g} {s}"
    return framed(f"{title} ", name, "", Kind.NAME, "title and full name")


def first_name(p: Person, rng: random.Random, form: str | None = None) -> Piece:
    """The given name alone (FIRST): as written, nickname, lower, upper, possessive."""
    forms = ["plain", "plain", "plain", "lower", "upper", "no accents"]
    if p.nickname:
        forms += ["nickname", "nickname", "nickname lower"]
    chosen = form or rng.choice(forms)
    g = p.given
    if chosen in ("nickname", "nickname lower") and not p.nickname:
        chosen = "plain"
    if chosen == "nickname":
        return whole(p.nickname, Kind.FIRST, "nickname")
    if chosen == "nickname lower":
        return whole(p.nickname.lower(), Kind.FIRST, "nickname lower")
    if chosen == "lower":
        return whole(g.lower(), Kind.FIRST, "lower")
    if chosen == "upper":
        return whole(g.upper(), Kind.FIRST, "upper")
    if chosen == "possessive":
        return framed("", g, "'s", Kind.FIRST, "possessive")
    if chosen == "no accents" and ascii_fold(g) != g:
        return whole(ascii_fold(g), Kind.FIRST, "no accents")
    return whole(g, Kind.FIRST, "plain" if p.script == "Latin" else f"script {p.script}")


def surname(p: Person, rng: random.Random, form: str | None = None) -> Piece:
    """The surname (SURNAME), after a title or alone, in any casing."""
    if not p.surname:
        return whole(p.given, Kind.FIRST, "one name")
    chosen = form or rng.choice(["title", "title", "title upper", "bare", "bare upper",
                                 "title lower"])  # fmt: skip
    s = p.surname
    title = p.title or "Ms"
    if chosen == "title":
        return framed(f"{title} ", s, "", Kind.SURNAME, "after a title")
    if chosen == "title upper":
        return framed(f"{title.upper()} ", s.upper(), "", Kind.SURNAME, "after a title, upper")
    if chosen == "title lower":
        return framed(f"{title.lower()} ", s.lower(), "", Kind.SURNAME, "after a title, lower")
    if chosen == "bare upper":
        return whole(s.upper(), Kind.SURNAME, "alone, upper")
    if chosen == "possessive":
        return framed(f"{title} ", s, "'s", Kind.SURNAME, "possessive")
    if chosen == "spelled":
        letters = [c for c in ascii_fold(s).upper() if c.isalpha()]
        return whole("-".join(letters), Kind.SURNAME, "spelled out")
    return whole(s, Kind.SURNAME, "alone")


# --- e-mail ------------------------------------------------------------------------------


def email_local(p: Person, rng: random.Random) -> str:
    if p.latin:
        return p.latin
    g = ascii_fold(p.given).lower().replace(" ", "").replace("'", "").replace("-", "")
    s = ascii_fold(p.surname).lower().replace(" ", "").replace("'", "").replace("-", "")
    s = s or "x"
    year = str(rng.choice(range(52, 100))) if rng.random() < 0.5 else str(rng.randint(1, 999))
    return rng.choice([
        f"{g}.{s}", f"{g}{s}", f"{g[0]}{s}", f"{g}.{s}{year}", f"{s}.{g}", f"{g}_{s}",
        f"{g}{year}", f"{s}{g[0]}", f"the.{s}s", f"{g}.{s[0]}", f"{g}-{s}",
        f"{(p.nickname and ascii_fold(p.nickname).lower()) or g}{s[:3]}{year}",
    ])  # fmt: skip


EMAIL_FORMS = (
    "plain",
    "plain",
    "plain",
    "upper",
    "capitalised",
    "at dot words",
    "AT DOT",
    "[at] [dot]",
    "(at)",
    "{at}",
    "%40",
    "&#64;",
    "zero-width",
    "spaced letters",
    "spaced around @",
    "mailto",
    "angle brackets",
    "fullwidth @",
    "missing dot",
    "at, dot only in domain",
    "line break",
    "soft hyphen",
    "no domain",
    "at with no tld",
    "(a)",
)


def email(local: str, domain: str, rng: random.Random, form: str | None = None) -> Piece:
    """An e-mail address (EMAIL) as written or obfuscated."""
    chosen = form or rng.choice(EMAIL_FORMS)
    plain = f"{local}@{domain}"
    if chosen == "upper":
        return whole(plain.upper(), Kind.EMAIL, chosen)
    if chosen == "capitalised":
        return whole(plain[0].upper() + plain[1:], Kind.EMAIL, chosen)
    if chosen == "at dot words":
        text = f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"
        return whole(text, Kind.EMAIL, chosen)
    if chosen == "AT DOT":
        return whole(f"{local} AT {domain.replace('.', ' DOT ')}", Kind.EMAIL, chosen)
    if chosen == "[at] [dot]":
        return whole(f"{local} [at] {domain.replace('.', ' [dot] ')}", Kind.EMAIL, chosen)
    if chosen == "(at)":
        return whole(f"{local}(at){domain}", Kind.EMAIL, chosen)
    if chosen == "{at}":
        return whole(f"{local}{{at}}{domain.replace('.', '{dot}')}", Kind.EMAIL, chosen)
    if chosen == "%40":
        return whole(f"{local}%40{domain}", Kind.EMAIL, chosen)
    if chosen == "&#64;":
        return whole(f"{local}&#64;{domain}", Kind.EMAIL, chosen)
    if chosen == "zero-width":
        mark = rng.choice(ZERO_WIDTH)
        cut = max(1, len(local) // 2)
        return whole(f"{local[:cut]}{mark}{local[cut:]}@{domain}", Kind.EMAIL, chosen)
    if chosen == "spaced letters":
        return whole(" ".join(plain), Kind.EMAIL, chosen)
    if chosen == "spaced around @":
        return whole(f"{local} @ {domain}", Kind.EMAIL, chosen)
    if chosen == "mailto":
        return framed("mailto:", plain, "", Kind.EMAIL, chosen)
    if chosen == "angle brackets":
        return framed("<", plain, ">", Kind.EMAIL, chosen)
    if chosen == "fullwidth @":
        return whole(f"{local}\uff20{domain}", Kind.EMAIL, chosen)
    if chosen == "missing dot" and "." in domain:
        return whole(f"{local}@{domain.replace('.', '', 1)}", Kind.EMAIL, chosen)
    if chosen == "at, dot only in domain":
        return whole(f"{local}@{domain.replace('.', ' dot ')}", Kind.EMAIL, chosen)
    if chosen == "line break":
        return whole(f"{local}@\n{domain}", Kind.EMAIL, chosen)
    if chosen == "soft hyphen":
        cut = max(1, len(local) // 2)
        return whole(f"{local[:cut]}\u00ad{local[cut:]}@{domain}", Kind.EMAIL, chosen)
    if chosen == "no domain":
        return whole(local, Kind.EMAIL, "user name, no domain")
    if chosen == "at with no tld":
        return whole(f"{local} at {domain.split('.')[0]}", Kind.EMAIL, chosen)
    if chosen == "(a)":
        return whole(f"{local}(a){domain}", Kind.EMAIL, chosen)
    return whole(plain, Kind.EMAIL, "plain")


# --- phones ------------------------------------------------------------------------------

_LANDLINES = (("0131", 7), ("0141", 7), ("0161", 7), ("0113", 7), ("01224", 6), ("01382", 6),
              ("01463", 6), ("01856", 6), ("01851", 6), ("01592", 6), ("020", 8), ("028", 8),
              ("029", 8), ("01437", 6))  # fmt: skip
_WORDS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def draw_phone(rng: random.Random, kind: str = "mobile") -> str:
    """A national number: ``07...`` mobile, a landline, or an Irish ``+353`` number."""
    if kind == "mobile":
        return "07" + rng.choice("1234589") + "".join(rng.choice("0123456789") for _ in range(8))
    if kind == "irish":
        return "08" + rng.choice("35679") + "".join(rng.choice("0123456789") for _ in range(7))
    code, rest = rng.choice(_LANDLINES)
    return code + rng.choice("2345789") + "".join(rng.choice("0123456789") for _ in range(rest - 1))


def _groups(number: str) -> list[str]:
    if number.startswith("08") and len(number) == 10:  # Irish mobile
        return [number[:3], number[3:6], number[6:]]
    if number.startswith(("020", "028", "029")):
        return [number[:3], number[3:7], number[7:]]
    if number.startswith(("0131", "0141", "0161", "0113")):
        return [number[:4], number[4:7], number[7:]]
    return [number[:5], number[5:]]


def _spoken(number: str) -> str:
    words: list[str] = []
    i = 0
    while i < len(number):
        if i + 1 < len(number) and number[i] == number[i + 1]:
            words.append(f"double {_WORDS[int(number[i])]}")
            i += 2
        else:
            words.append(_WORDS[int(number[i])])
            i += 1
    return " ".join(words)


PHONE_FORMS = (
    "standard",
    "standard",
    "no spaces",
    "+44",
    "+44 (0)",
    "0044",
    "+44 no spaces",
    "dots",
    "dashes",
    "odd grouping 3-3-5",
    "pairs",
    "spaced digits",
    "brackets",
    "slash",
    "tel: uri",
    "words",
    "+44 dashes",
    "(+44)",
    "4-4-3",
    "non-breaking space",
    "en dash",
    "dots +44",
    "extension",
    "letter O for zero",
    "mixed separators",
)


def phone(number: str, rng: random.Random, form: str | None = None) -> Piece:
    """A phone number (PHONE) in one of many groupings."""
    chosen = form or rng.choice(PHONE_FORMS)
    irish = number.startswith("08") and len(number) == 10
    cc = "+353" if irish else "+44"
    intl = number[1:]
    g = _groups(number)
    gi = [g[0][1:], *g[1:]]
    text = {
        "standard": " ".join(g),
        "no spaces": number,
        "+44": f"{cc} {' '.join(gi)}",
        "+44 (0)": f"{cc} (0){' '.join(gi)}",
        "0044": f"00{cc[1:]} {' '.join(gi)}",
        "+44 no spaces": f"{cc}{intl}",
        "dots": ".".join(g) if len(g) > 2 else f"{number[:5]}.{number[5:8]}.{number[8:]}",
        "dashes": "-".join(g) if len(g) > 2 else f"{number[:5]}-{number[5:8]}-{number[8:]}",
        "odd grouping 3-3-5": f"{number[:3]} {number[3:6]} {number[6:]}",
        "pairs": " ".join(number[i : i + 2] for i in range(0, len(number), 2)),
        "spaced digits": " ".join(number),
        "brackets": f"({g[0]}) {''.join(g[1:])}",
        "slash": f"{g[0]}/{''.join(g[1:])}",
        "tel: uri": f"tel:{cc}{intl}",
        "words": _spoken(number),
        "+44 dashes": f"{cc}-{'-'.join(gi)}",
        "(+44)": f"({cc}) {' '.join(gi)}",
        "4-4-3": f"{number[:4]} {number[4:8]} {number[8:]}",
        "non-breaking space": "\u00a0".join(g),
        "en dash": "\u2013".join(g),
        "dots +44": f"{cc[1:]}.{'.'.join(gi)}",
        "extension": " ".join(g),
        "letter O for zero": "O" + " ".join(g)[1:],
        "mixed separators": f"{g[0]} {''.join(g[1:])[:3]}-{''.join(g[1:])[3:]}",
    }[chosen]
    if chosen == "tel: uri":
        return framed("tel:", text[4:], "", Kind.PHONE, chosen)
    if chosen == "extension":
        return framed("", text, f" ext. {rng.randint(10, 480)}", Kind.PHONE, chosen)
    return whole(text, Kind.PHONE, ("Irish " if irish else "") + chosen)


# --- postcodes ---------------------------------------------------------------------------


def draw_postcode(rng: random.Random) -> str:
    """A UK postcode, upper case with one space."""
    if rng.random() < 0.08:
        outward = rng.choice(places.LETTERED_DISTRICTS)
    else:
        area = rng.choice(sorted(places.POSTCODE_AREAS))
        outward = f"{area}{rng.choice(places.POSTCODE_AREAS[area])}"
    inward = f"{rng.randint(0, 9)}{rng.choice(places.POSTCODE_INWARD)}"
    return outward + " " + inward + rng.choice(places.POSTCODE_INWARD)


def draw_eircode(rng: random.Random) -> str:
    chars = "ACDEFHKNPRTVWXY0123456789"
    return rng.choice(places.EIRCODE_ROUTING) + " " + "".join(rng.choice(chars) for _ in range(4))


POSTCODE_FORMS = (
    "standard",
    "standard",
    "lower",
    "no space",
    "double space",
    "letter by letter",
    "hyphen",
    "mixed case",
    "letter O for zero",
    "non-breaking space",
    "lower, no space",
    "dot",
)


def postcode(code: str, rng: random.Random, form: str | None = None) -> Piece:
    """A postcode (POSTCODE) in any spacing and casing; Eircodes too."""
    chosen = form or rng.choice(POSTCODE_FORMS)
    eir = code[:3] in places.EIRCODE_ROUTING
    out, inw = code.split(" ")
    if chosen == "letter O for zero" and "0" not in code:
        chosen = "standard"
    text = {
        "standard": code,
        "lower": code.lower(),
        "no space": out + inw,
        "double space": f"{out}  {inw}",
        "letter by letter": " ".join(out + inw),
        "hyphen": f"{out}-{inw}",
        "mixed case": out[0] + out[1:].lower() + " " + inw.lower(),
        "letter O for zero": code.replace("0", "O"),
        "non-breaking space": f"{out}\u00a0{inw}",
        "lower, no space": (out + inw).lower(),
        "dot": f"{out}.{inw}",
    }[chosen]
    return whole(text, Kind.POSTCODE, ("Eircode " if eir else "") + chosen)


# --- streets and houses ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Street:
    number: str
    name: str  # "Kelvin" or a whole Welsh street "Heol y Felin"
    thoroughfare: str  # empty for a Welsh street

    @property
    def line(self) -> str:
        rest = f"{self.name} {self.thoroughfare}".strip()
        return f"{self.number} {rest}".strip()


def draw_street(rng: random.Random) -> Street:
    number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 250)]))
    if rng.random() < 0.1:
        number += rng.choice("abAB")
    if rng.random() < 0.08:
        return Street(number, rng.choice(places.WELSH_STREETS), "")
    return Street(number, rng.choice(places.STREET_NAMES), rng.choice(places.THOROUGHFARES))


STREET_FORMS = (
    "standard",
    "standard",
    "standard",
    "abbreviated",
    "comma after number",
    "no number",
    "lower",
    "upper",
    "with flat",
    "Edinburgh stair",
    "number range",
)


def street(st: Street, rng: random.Random, form: str | None = None) -> Piece:
    """A street line (STREET) as people write it."""
    chosen = form or rng.choice(STREET_FORMS)
    rest = f"{st.name} {st.thoroughfare}".strip()
    if not st.thoroughfare:
        kind = "Welsh, " + ("no number" if chosen == "no number" else "standard")
        return whole(rest if chosen == "no number" else f"{st.number} {rest}", Kind.STREET, kind)
    if chosen == "abbreviated":
        short = places.ABBREVIATIONS.get(st.thoroughfare)
        if short:
            dot = "." if rng.random() < 0.4 else ""
            return whole(f"{st.number} {st.name} {short}{dot}", Kind.STREET, chosen)
        chosen = "standard"
    text = {
        "standard": f"{st.number} {rest}",
        "comma after number": f"{st.number}, {rest}",
        "no number": rest,
        "lower": f"{st.number} {rest}".lower(),
        "upper": f"{st.number} {rest}".upper(),
        "with flat": f"{rng.choice(places.FLATS)}, {st.number} {rest}",
        "Edinburgh stair": f"{rng.randint(1, 4)}F{rng.randint(1, 3)} {st.number} {rest}",
        "number range": f"{st.number.rstrip('abAB')}-{int(st.number.rstrip('abAB')) + 2} {rest}",
    }[chosen]
    return whole(text, Kind.STREET, chosen)


def house(name: str, rng: random.Random, form: str | None = None) -> Piece:
    chosen = form or rng.choice(["standard", "standard", "upper", "lower", "quoted"])
    if chosen == "upper":
        return whole(name.upper(), Kind.HOUSE, chosen)
    if chosen == "lower":
        return whole(name.lower(), Kind.HOUSE, chosen)
    if chosen == "quoted":
        return framed("'", name, "'", Kind.HOUSE, chosen)
    return whole(name, Kind.HOUSE, "standard")


# --- member ids --------------------------------------------------------------------------


def draw_member(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice((7, 8, 8, 9))))
    return rng.choice(
        [
            digits,
            digits,
            f"TCB{digits}",
            f"QC-{digits}",
            f"KS{digits[:6]}",
            f"EF{digits[:7]}",
            f"M{digits[:6]}",
            f"JD-{digits[:4]}-{digits[4:]}",
        ]
    )


MEMBER_FORMS = ("as issued", "as issued", "grouped", "lower", "hash", "dashed", "spaced prefix")


def member(code: str, rng: random.Random, cue: str, form: str | None = None) -> Piece:
    """A member id (MEMBER); ``cue`` says how far the template puts its cue word."""
    chosen = form or rng.choice(MEMBER_FORMS)
    digits_only = code.isdigit()
    if chosen == "grouped" and digits_only:
        text = f"{code[:4]} {code[4:]}"
    elif chosen == "lower" and not digits_only:
        text = code.lower()
    elif chosen == "hash":
        text = "#" + code
    elif chosen == "dashed" and digits_only:
        text = f"{code[:3]}-{code[3:6]}-{code[6:]}"
    elif chosen == "spaced prefix" and not digits_only:
        head = "".join(c for c in code if c.isalpha())
        text = f"{head} {code[len(head) :].lstrip('-')}"
    else:
        text, chosen = code, "as issued"
    if chosen == "hash":
        return framed("#", code, "", Kind.MEMBER, f"{cue}, hash")
    return whole(text, Kind.MEMBER, f"{cue}, {chosen}")


# --- must-keep look-alikes ---------------------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _nth(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def date(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 9)
    return rng.choice([
        f"{day:02d}/{month:02d}/2026", f"{day} {_MONTHS[month - 1][:3]}", f"{_nth(day)} "
        f"{_MONTHS[month - 1]}", f"2026-{month:02d}-{day:02d}", f"{rng.choice(_DAYS)} {_nth(day)}",
        f"{day}.{month}.26", f"{day}/{month}", f"{_MONTHS[month - 1]} {_nth(day)}",
        f"{rng.choice(_DAYS)[:3]} {day} {_MONTHS[month - 1][:3]}",
    ])  # fmt: skip


def amount(rng: random.Random) -> str:
    pounds = rng.choice([rng.randint(5, 99), rng.randint(100, 480), rng.randint(1000, 2400)])
    pence = rng.choice(["99", "00", "50", f"{rng.randint(0, 99):02d}"])
    grouped = f"{pounds:,}"
    return rng.choice([
        f"£{grouped}.{pence}", f"£{pounds}", f"{pounds}.{pence}", f"GBP {pounds}.{pence}",
        f"£{pounds}.{pence}", f"{pounds} quid", f"£{grouped}",
    ])  # fmt: skip


def voucher(rng: random.Random) -> str:
    stem = rng.choice(places.VOUCHER_STEMS)
    tail = rng.choice(["10", "15", "20", "25", "5OFF", "-10", "2026", "30", "50"])
    code = stem + tail
    return code.lower() if rng.random() < 0.1 else code


def phone_shaped_ref(rng: random.Random) -> str:
    """An order ref shaped like a phone number (11 digits from 07, or 01...)."""
    head = rng.choice(["07", "07", "01", "02"])
    return head + "".join(rng.choice("0123456789") for _ in range(9))
