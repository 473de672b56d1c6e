"""Written forms of the fresh6 values: how a shopper or an agent types each one.

Every function returns a ``Written``: the text as planted and the name of its form, which the
scorer groups leaks by. Nothing here knows about the detector.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from fresh6 import places
from fresh6.people import Person


@dataclass(frozen=True, slots=True)
class Written:
    """A value as written in a note, and the name of the form it was written in."""

    text: str
    form: str


_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
EMAIL_FORMS = (
    "plain", "upper", "capitalised", "words at dot", "[at] [dot]", "(at)", "{at}", "%40",
    "&#64;", "spaced @", "mailto", "angle brackets", "at only", "AT DOT caps", "dot words",
    "trailing full stop", "quoted", "plus tag", "zero-width space", "line broken",
)  # fmt: skip


def email(local: str, domain: str, form: str) -> Written:
    """The address ``local@domain`` in the named form."""
    name, _, tld = domain.partition(".")
    texts = {
        "plain": f"{local}@{domain}", "upper": f"{local}@{domain}".upper(),
        "capitalised": f"{local.capitalize()}@{domain}",
        "words at dot": f"{local} at {name} dot {tld.replace('.', ' dot ')}",
        "[at] [dot]": f"{local}[at]{name}[dot]{tld}", "(at)": f"{local}(at){domain}",
        "{at}": f"{local}{{at}}{domain}", "%40": f"{local}%40{domain}",
        "&#64;": f"{local}&#64;{domain}", "spaced @": f"{local} @ {domain}",
        "mailto": f"mailto:{local}@{domain}", "angle brackets": f"<{local}@{domain}>",
        "at only": f"{local} at {domain}", "AT DOT caps": f"{local} AT {name} DOT {tld}",
        "dot words": f"{local.replace('.', ' dot ')} at {domain}",
        "trailing full stop": f"{local}@{domain}", "quoted": f"'{local}@{domain}'",
        "plus tag": f"{local}+cashback@{domain}",
        "zero-width space": f"{local}\u200b@{domain}", "line broken": f"{local}@\n{domain}",
    }  # fmt: skip
    text = texts[form]
    if form in ("angle brackets", "quoted"):
        text = text[1:-1]  # the brackets and quotes stay outside the label
    return Written(text, form)


PHONE_FORMS = (
    "standard", "no spaces", "+44", "+44 (0)", "0044", "dots", "dashes", "brackets",
    "3-3-4", "pairs", "slashes", "words", "double words", "letter O", "nbsp", "tel:",
    "+353", "Irish standard", "trailing ext", "spaced digits", "hyphen after code",
    "landline brackets", "international dots", "mixed",
)  # fmt: skip


def _words(digits: str, double: bool) -> str:
    out: list[str] = []
    i = 0
    while i < len(digits):
        if double and i + 1 < len(digits) and digits[i] == digits[i + 1]:
            out.append("double " + _DIGIT_WORDS[int(digits[i])])
            i += 2
            continue
        out.append("oh" if double and digits[i] == "0" else _DIGIT_WORDS[int(digits[i])])
        i += 1
    return " ".join(out)


def phone(digits: str, form: str) -> Written:
    """A national number (``07...``, ``01...`` or Irish ``08...``) in the named form."""
    rest = digits[1:]
    texts = {
        "standard": f"{digits[:5]} {digits[5:]}", "no spaces": digits,
        "+44": f"+44 {rest[:4]} {rest[4:]}", "+44 (0)": f"+44 (0){rest[:4]} {rest[4:]}",
        "0044": f"0044 {rest}", "dots": f"{digits[:5]}.{digits[5:8]}.{digits[8:]}",
        "dashes": f"{digits[:5]}-{digits[5:]}", "brackets": f"({digits[:5]}) {digits[5:]}",
        "3-3-4": f"{digits[:3]} {digits[3:6]} {digits[6:]}",
        "pairs": " ".join(digits[i : i + 2] for i in range(1, len(digits), 2)).join(
            [digits[0], ""]),
        "slashes": f"{digits[:5]}/{digits[5:]}", "words": _words(digits, False),
        "double words": _words(digits, True), "letter O": digits.replace("0", "O"),
        "nbsp": f"{digits[:5]}\u00a0{digits[5:]}", "tel:": f"tel:+44{rest}",
        "+353": f"+353 {rest[:2]} {rest[2:5]} {rest[5:]}",
        "Irish standard": f"{digits[:3]} {digits[3:6]} {digits[6:]}",
        "trailing ext": f"{digits[:5]} {digits[5:]}", "spaced digits": " ".join(digits),
        "hyphen after code": f"{digits[:4]}-{digits[4:]}",
        "landline brackets": f"({digits[:4]}) {digits[4:7]} {digits[7:]}",
        "international dots": f"+44.{rest[:4]}.{rest[4:]}",
        "mixed": f"{digits[:3]}-{digits[3:5]} {digits[5:8]}.{digits[8:]}",
    }  # fmt: skip
    return Written(texts[form], form)


def draw_mobile(rng: random.Random) -> str:
    return "07" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(8))


def draw_landline(rng: random.Random) -> str:
    code = rng.choice(("01970", "01267", "01286", "01854", "01463", "01736", "01584", "01848"))
    return code + "".join(rng.choice("0123456789") for _ in range(6))


def draw_irish(rng: random.Random) -> str:
    return "08" + rng.choice("35679") + "".join(rng.choice("0123456789") for _ in range(7))


_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def draw_postcode(rng: random.Random) -> str:
    area, districts = rng.choice(places.POSTCODE_AREAS)
    inward = f"{rng.randint(1, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"
    return f"{area}{rng.choice(districts)} {inward}"


def draw_eircode(rng: random.Random) -> str:
    tail = "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))
    return f"{rng.choice(places.EIRCODE_KEYS)} {tail}"


POSTCODE_FORMS = ("standard", "no space", "lower", "double space", "lower no space",
                  "dotted", "Eircode", "Eircode no space", "Eircode lower", "letter by letter",
                  "title", "hyphen")  # fmt: skip


def postcode(code: str, form: str) -> Written:
    outward, inward = code.split(" ")
    texts = {
        "standard": code, "no space": outward + inward, "lower": code.lower(),
        "double space": f"{outward}  {inward}", "lower no space": (outward + inward).lower(),
        "dotted": f"{outward}.{inward}", "Eircode": code, "Eircode no space": outward + inward,
        "Eircode lower": code.lower(), "letter by letter": " ".join(outward + inward),
        "title": code.title(), "hyphen": f"{outward}-{inward}",
    }  # fmt: skip
    return Written(texts[form], form)


@dataclass(frozen=True, slots=True)
class Street:
    """A house number, a street stem and its thoroughfare word (Welsh: word first)."""

    number: int
    name: str
    thoroughfare: str
    welsh: bool = False

    @property
    def line(self) -> str:
        if self.welsh:
            return f"{self.number} {self.thoroughfare} {self.name}"
        return f"{self.number} {self.name} {self.thoroughfare}"


def draw_street(rng: random.Random) -> Street:
    if rng.random() < 0.2:
        word, stem = rng.choice(places.WELSH_STREET_WORDS), rng.choice(places.WELSH_STEMS)
        return Street(rng.randint(1, 140), stem, word, True)
    return Street(rng.randint(1, 260), rng.choice(places.STREET_STEMS),
                  rng.choice(places.THOROUGHFARES)[0])  # fmt: skip


STREET_FORMS = ("line", "abbreviated", "upper", "lower", "comma after number", "no number",
                "number after", "flat first", "letter suffix", "full stop abbr", "hyphen range")  # fmt: skip


def street(s: Street, form: str) -> Written:
    abbr = dict(places.THOROUGHFARES).get(s.thoroughfare, s.thoroughfare)
    body = f"{s.thoroughfare} {s.name}" if s.welsh else f"{s.name} {s.thoroughfare}"
    short = f"{s.thoroughfare} {s.name}" if s.welsh else f"{s.name} {abbr}"
    texts = {
        "line": s.line, "abbreviated": f"{s.number} {short}", "upper": s.line.upper(),
        "lower": s.line.lower(), "comma after number": f"{s.number}, {body}",
        "no number": body, "number after": f"{body} {s.number}",
        "flat first": f"Flat {s.number % 9 + 1}, {s.number} {body}",
        "letter suffix": f"{s.number}a {body}", "full stop abbr": f"{s.number} {short}.",
        "hyphen range": f"{s.number}-{s.number + 2} {body}",
    }  # fmt: skip
    text = texts[form]
    return Written(text.rstrip(".") if form == "full stop abbr" else text, form)


def draw_member(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(8))
    shape = rng.randrange(6)
    return (f"CW{digits}", f"MB-{digits[:4]}-{digits[4:]}", f"{digits[:3]}{digits}"[:10],
            f"PT{digits[:6]}X", f"GR-{digits[:5]}", f"U{digits}")[shape]  # fmt: skip


def voucher(rng: random.Random) -> str:
    return f"{rng.choice(places.VOUCHER_STEMS)}{rng.choice((5, 10, 15, 20, 25, 26))}"


NAME_FORMS = (
    "Given Surname", "SURNAME, Given", "SURNAME Given", "Surname Given", "G. Surname",
    "upper", "lower", "title Surname", "title Given Surname", "Given M. Surname",
    "Given Middle Surname", "accents dropped", "Surname, G.", "initials dotted",
)  # fmt: skip


def ascii_fold(text: str) -> str:
    """Accents and other marks dropped (what an old system or a quick typist does)."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c))


def full_name(p: Person, form: str) -> Written:
    """The person's whole name in the named form (a one-name person: that name alone)."""
    g, s = p.given, p.surname
    if not s:
        return Written(g.upper() if form == "upper" else g, "one name")
    mid = p.middle or "Eira"
    texts = {
        "Given Surname": f"{g} {s}", "SURNAME, Given": f"{s.upper()}, {g}",
        "SURNAME Given": f"{s.upper()} {g}", "Surname Given": f"{s} {g}",
        "G. Surname": f"{g[0]}. {s}", "upper": f"{g} {s}".upper(), "lower": f"{g} {s}".lower(),
        "title Surname": s, "title Given Surname": f"{g} {s}",
        "Given M. Surname": f"{g} {mid[0]}. {s}", "Given Middle Surname": f"{g} {mid} {s}",
        "accents dropped": ascii_fold(f"{g} {s}"), "Surname, G.": f"{s}, {g[0]}.",
        "initials dotted": f"{g[0]}.{mid[0]}. {s}",
    }  # fmt: skip
    if p.shape == "family-first" and form == "Given Surname":
        return Written(f"{s} {g}", "family-first")
    return Written(texts[form], form)


def is_encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True
