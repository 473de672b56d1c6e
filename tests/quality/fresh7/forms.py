"""The written forms of the fresh7 values: e-mails, phones, postcodes, streets, ids, names.

Each ``*_form`` function takes a value and a seeded generator and returns the text as a note
writes it with the form's name (a label's ``form``). Phones are in the reserved drama ranges
(07700 900xxx, 01632 960xxx, 020 7946 0xxx, 0113/0161/0117/0131/0141 496 0xxx ...); Irish
numbers are invented. Titles and cue words are written beside a label, never in it.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from fresh7 import places
from fresh7.people import NICKNAMES, TITLES, Person

DIGIT_WORDS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
EIR = "ACDEFHKNPRTVWXY0123456789"


def ascii_fold(text: str) -> str:
    """Accents dropped (``Ó Briain`` -> ``O Briain``); letters of other scripts kept."""
    special = {"ø": "o", "Ø": "O", "ß": "ss", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
               "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "æ": "ae", "ı": "i", "ħ": "h",
               "Ħ": "H", "ŷ": "y", "ê": "e"}  # fmt: skip
    text = "".join(special.get(c, c) for c in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# ---------------------------------------------------------------- phones


@dataclass(frozen=True, slots=True)
class Phone:
    groups: tuple[str, ...]  # national grouping, trunk 0 first: ("07700", "900123")
    country: str  # "44" or "353"

    @property
    def national(self) -> str:
        return "".join(self.groups)


def draw_mobile(rng: random.Random) -> Phone:
    return Phone(("07700", f"900{rng.randint(0, 999):03d}"), "44")


def draw_landline(rng: random.Random) -> Phone:
    tail = f"{rng.randint(0, 999):03d}"
    shape = rng.randrange(6)
    if shape == 0:
        return Phone(("020", "7946", f"0{tail}"), "44")
    if shape == 1:
        return Phone(("01632", f"960{tail}"), "44")
    if shape == 2:
        return Phone(("028", "9649", f"6{tail}"), "44")
    if shape == 3:
        return Phone(("0191", "498", f"0{tail}"), "44")
    area = rng.choice(("0113", "0114", "0115", "0116", "0117", "0118", "0121", "0131",
                       "0141", "0151", "0161"))  # fmt: skip
    return Phone((area, "496", f"0{tail}"), "44")


def draw_irish(rng: random.Random) -> Phone:
    if rng.random() < 0.7:
        prefix = rng.choice(("083", "085", "086", "087", "089"))
        return Phone((prefix, f"55{rng.randint(0, 9)}", f"{rng.randint(0, 9999):04d}"), "353")
    area = rng.choice(("01", "021", "091", "061", "074"))
    return Phone((area, f"55{rng.randint(0, 9)}", f"{rng.randint(0, 9999):04d}"), "353")


def _spoken(digits: str, rng: random.Random) -> tuple[str, bool]:
    words: list[str] = []
    doubled = False
    i = 0
    while i < len(digits):
        run = 1
        while i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
            run += 1
        word = DIGIT_WORDS[int(digits[i])]
        if word == "oh" and rng.random() < 0.3:
            word = "zero"
        if run == 3 and rng.random() < 0.7:
            words.append(f"treble {word}")
            doubled = True
        elif run >= 2 and rng.random() < 0.8:
            words.append(f"double {word}")
            doubled = True
            run = 2
        else:
            words.append(word)
            run = 1
        i += run
    return " ".join(words), doubled


PHONE_FORMS = ("spaced", "no space", "dashes", "dots", "slash", "brackets", "intl",
               "intl (0)", "intl compact", "00 intl", "pairs", "nbsp", "words", "half words",
               "letter O", "extension", "every digit spaced", "(+cc)", "intl dashes",
               "threes")  # fmt: skip


def phone_form(rng: random.Random, phone: Phone, form: str | None = None) -> tuple[str, str]:
    """The phone as written, and its form (``words`` forms spell digits out)."""
    g, cc = phone.groups, phone.country
    national = phone.national
    rest = " ".join(g[1:])
    form = form or rng.choice(PHONE_FORMS)
    if form == "letter O" and len(national) < 10:
        form = "spaced"
    if form == "extension" and g[0].startswith(("07", "08")):
        form = "intl (0)"
    if form == "spaced":
        text = " ".join(g)
    elif form == "no space":
        text = national
    elif form == "dashes":
        text = "-".join(g)
    elif form == "dots":
        text = ".".join(g)
    elif form == "slash":
        text = f"{g[0]} / {rest}"
    elif form == "brackets":
        text = f"({g[0]}) {rest}"
    elif form == "intl":
        text = f"+{cc} {g[0][1:]} {rest}"
    elif form == "intl (0)":
        text = f"+{cc} (0){g[0][1:]} {rest}"
    elif form == "intl compact":
        text = f"+{cc}{national[1:]}"
    elif form == "00 intl":
        text = f"00{cc} {g[0][1:]} {rest}"
    elif form == "(+cc)":
        text = f"(+{cc}) {g[0][1:]} {rest}"
    elif form == "intl dashes":
        text = f"+{cc}-{g[0][1:]}-{'-'.join(g[1:])}"
    elif form == "pairs":
        text = " ".join(national[i : i + 2] for i in range(0, len(national), 2))
    elif form == "threes":
        text = " ".join(national[i : i + 3] for i in range(0, len(national), 3))
    elif form == "nbsp":
        text = "\u00a0".join(g)
    elif form == "every digit spaced":
        text = " ".join(national)
    elif form == "letter O":
        text = "O" + g[0][1:] + " " + rest
    elif form == "extension":
        ext = rng.choice((" ext. ", " ext ", " x", " extn "))
        text = " ".join(g) + ext + str(rng.randint(10, 4999))
    elif form == "words":
        text, doubled = _spoken(national, rng)
        form = "words, double" if doubled else "words"
    else:  # half words: the first group in digits, the rest spelled out
        spoken, _ = _spoken("".join(g[1:]), rng)
        text = f"{g[0]} {spoken}"
    return text, form


# ---------------------------------------------------------------- postcodes


def draw_postcode(rng: random.Random) -> str:
    area = rng.choice(places.POSTCODE_AREAS)
    district = str(rng.randint(1, 29 if len(area) == 1 else 19))
    inward = f"{rng.randint(0, 9)}{rng.choice(INWARD)}{rng.choice(INWARD)}"
    return f"{area}{district} {inward}"


def draw_eircode(rng: random.Random) -> str:
    return (
        f"{rng.choice(places.EIRCODE_KEYS)} {''.join(rng.choice(EIR[:15]) for _ in range(1))}"
        + ("".join(rng.choice(EIR) for _ in range(3)))
    )


POSTCODE_FORMS = ("plain", "no space", "lower", "double space", "mixed case", "nbsp",
                  "letters spaced", "inner space", "lower no space", "hyphen", "dotted",
                  "trailing comma")  # fmt: skip


def postcode_form(rng: random.Random, postcode: str, form: str | None = None) -> tuple[str, str]:
    out, inward = postcode.split(" ")
    eir = out in places.EIRCODE_KEYS
    form = form or rng.choice(POSTCODE_FORMS)
    if form == "plain":
        text = postcode
    elif form == "no space":
        text = out + inward
    elif form == "lower":
        text = postcode.lower()
    elif form == "double space":
        text = f"{out}  {inward}"
    elif form == "mixed case":
        text = out[0] + out[1:].lower() + " " + inward.lower()
    elif form == "nbsp":
        text = f"{out}\u00a0{inward}"
    elif form == "letters spaced":
        text = " ".join(out + inward)
    elif form == "inner space":
        text = f"{out[0]} {out[1:]} {inward}" if len(out) > 2 else f"{out} {inward[0]} {inward[1:]}"
    elif form == "lower no space":
        text = (out + inward).lower()
    elif form == "hyphen":
        text = f"{out}-{inward}"
    elif form == "dotted":
        text = f"{out}.{inward}"
    else:  # the comma stays outside the label; the form says where it was
        text = postcode
    return text, ("eircode " if eir else "") + form


# ---------------------------------------------------------------- streets


@dataclass(frozen=True, slots=True)
class Street:
    number: str
    stem: str
    word: str  # a thoroughfare word, or a leading word ("Heol") when leading
    abbrev: str
    leading: bool = False

    @property
    def name(self) -> str:
        return f"{self.word} {self.stem}" if self.leading else f"{self.stem} {self.word}"


def draw_street(rng: random.Random) -> Street:
    number = str(rng.randint(1, 240))
    if rng.random() < 0.12:
        number += rng.choice("abc")
    if rng.random() < 0.1:
        return Street(number, rng.choice(places.LEADING_STEMS), rng.choice(places.LEADING), "",
                      True)  # fmt: skip
    word, abbrev = rng.choice(places.THOROUGHFARES)
    return Street(number, rng.choice(places.STREET_STEMS), word, abbrev)


STREET_FORMS = ("plain", "abbreviated", "abbreviated dot", "comma", "no number", "flat",
                "flat abbreviated", "upper", "lower", "range", "No.", "number after")  # fmt: skip


def street_form(rng: random.Random, street: Street, form: str | None = None) -> tuple[str, str]:
    form = form or rng.choice(STREET_FORMS)
    if street.leading and form in ("abbreviated", "abbreviated dot", "flat abbreviated"):
        form = "plain"
    short = f"{street.stem} {street.abbrev}"
    if form == "plain":
        text = f"{street.number} {street.name}"
    elif form == "abbreviated":
        text = f"{street.number} {short}"
    elif form == "abbreviated dot":
        text = f"{street.number} {short}."
    elif form == "comma":
        text = f"{street.number}, {street.name}"
    elif form == "no number":
        text = street.name
    elif form == "flat":
        text = f"{rng.choice(places.FLATS)}, {street.number} {street.name}"
    elif form == "flat abbreviated":
        text = f"{rng.choice(places.FLATS)} {street.number} {short}"
    elif form == "upper":
        text = f"{street.number} {street.name}".upper()
    elif form == "lower":
        text = f"{street.number} {street.name}".lower()
    elif form == "range":
        low = int("".join(c for c in street.number if c.isdigit()))
        text = f"{low}-{low + 2} {street.name}"
    elif form == "No.":
        text = f"No. {street.number} {street.name}"
    else:
        text = f"{street.name} {street.number}"
    return text, form


def house_form(rng: random.Random, house: str) -> tuple[str, str]:
    shape = rng.randrange(4)
    if shape == 0:
        return house.upper(), "upper"
    if shape == 1 and not house.isascii():
        return ascii_fold(house), "accents dropped"
    return house, "plain"


# ---------------------------------------------------------------- e-mails

EMAIL_FORMS = ("plain", "upper", "at dot words", "AT DOT words", "[at] [dot]", "(at) (dot)",
               "{at}", "spaced @", "%40", "&#64;", "zero-width", "plus tag", "mailto",
               "angle brackets", "dot in local spelled", "line broken", "soft hyphen",
               "capitalised", "(at) only", "[@]")  # fmt: skip


def email_form(
    rng: random.Random, local: str, domain: str, form: str | None = None
) -> tuple[str, str]:
    """The e-mail as written and its form; a mailto or bracket stays outside the label."""
    form = form or rng.choice(EMAIL_FORMS)
    host, _, tld = domain.partition(".")
    if form == "plain" or form in ("mailto", "angle brackets"):
        text = f"{local}@{domain}"
    elif form == "upper":
        text = f"{local}@{domain}".upper()
    elif form == "capitalised":
        text = f"{local[:1].upper()}{local[1:]}@{domain}"
    elif form == "at dot words":
        text = f"{local} at {domain.replace('.', ' dot ')}"
    elif form == "AT DOT words":
        text = f"{local} AT {domain.replace('.', ' DOT ')}"
    elif form == "[at] [dot]":
        text = f"{local} [at] {domain.replace('.', ' [dot] ')}"
    elif form == "(at) (dot)":
        text = f"{local}(at){domain.replace('.', '(dot)')}"
    elif form == "(at) only":
        text = f"{local} (at) {domain}"
    elif form == "[@]":
        text = f"{local}[@]{domain}"
    elif form == "{at}":
        text = f"{local}{{at}}{domain}"
    elif form == "spaced @":
        text = f"{local} @ {domain}"
    elif form == "%40":
        text = f"{local}%40{domain}"
    elif form == "&#64;":
        text = f"{local}&#64;{domain}"
    elif form == "zero-width":
        cut = max(1, len(local) // 2)
        text = f"{local[:cut]}\u200b{local[cut:]}@{host}\u200b.{tld}"
    elif form == "plus tag":
        tag = rng.choice(("cashback", "shop", "claims", "2026", "deals"))
        text = f"{local}+{tag}@{domain}"
    elif form == "dot in local spelled":
        text = f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"
    elif form == "line broken":
        text = f"{local}@{host}\n.{tld}"
    else:  # soft hyphen
        cut = max(1, len(local) // 2)
        text = f"{local[:cut]}\u00ad{local[cut:]}@{domain}"
    return text, form


# ---------------------------------------------------------------- member ids

MEMBER_SHAPES = ("letters dashes", "letter digits", "two letters digits", "slashes",
                 "digit groups", "mixed", "lower", "digits")  # fmt: skip
NEAR_CUES = ("member no. ", "membership ID ", "member #", "account no: ", "loyalty card ",
             "cashback ID: ", "user ID ", "member number ", "Mitgliedsnummer ", "nº de socio ",
             "numéro adhérent ", "uimhir bhallraíochta ")  # fmt: skip
FAR_CUES = (
    "member number (the long one on the app under My Account, not the one on the card) ",
    "membership details, copied out of the welcome e-mail from when I joined: ",
    "account, which I have had since the old website days and never changed, is ",
    "ID - the one support asked for last time, sorry it took a while to dig out - ",
    "membership number as printed on the letter they posted, top right corner, ",
)


def draw_member(rng: random.Random) -> tuple[str, str]:
    """A member id and its shape."""
    shape = rng.choice(MEMBER_SHAPES)
    d = "".join(rng.choice("0123456789") for _ in range(10))
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    two = rng.choice(L) + rng.choice(L)
    if shape == "letters dashes":
        value = f"{two}-{d[:3]}-{d[3:8]}"
    elif shape == "letter digits":
        value = f"{rng.choice(L)}{d[:8]}"
    elif shape == "two letters digits":
        value = f"{two}{d[:7]}"
    elif shape == "slashes":
        value = f"MEM/2026/{d[:5]}"
    elif shape == "digit groups":
        value = f"{d[:2]} {d[2:6]} {d[6:10]}"
    elif shape == "mixed":
        value = f"{two}-{d[:2]}{rng.choice(L)}-{d[2:6]}"
    elif shape == "lower":
        value = f"{two.lower()}{d[:8]}"
    else:
        value = d
    return value, shape


def member_cue(rng: random.Random) -> tuple[str, str]:
    """The words before a member id and the cue's name: near, far or none."""
    cue = rng.choice(("near", "near", "far", "none"))
    if cue == "near":
        return rng.choice(NEAR_CUES), cue
    if cue == "far":
        return rng.choice(FAR_CUES), cue
    return "", cue


# ---------------------------------------------------------------- look-alikes


def voucher(rng: random.Random) -> str:
    stem = rng.choice(places.VOUCHER_STEMS)
    shape = rng.randrange(4)
    return (
        f"{stem}{rng.choice((5, 10, 15, 20, 25))}",
        f"{stem}-{rng.randint(10, 99)}OFF",
        f"{stem}{rng.randint(2024, 2026)}",
        f"{stem[:3]}{rng.randint(100, 999)}X",
    )[shape]


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def draw_date(rng: random.Random) -> str:
    m, d = rng.randint(1, 9), rng.randint(1, 28)
    suffix = "th" if d in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    shapes = (f"{d:02d}/{m:02d}/2026", f"{d}.{m}.2026", f"{d} {MONTHS[m - 1]} 2026",
              f"{rng.choice(DAYS)} {d}{suffix} {MONTHS[m - 1][:3]}", f"2026-{m:02d}-{d:02d}",
              f"the {d}{suffix} of {MONTHS[m - 1]}", f"{d:02d}/{m:02d}/26",
              f"{MONTHS[m - 1]} {d}, 2026", f"{d}-{MONTHS[m - 1][:3]}-2026")  # fmt: skip
    return rng.choice(shapes)


def draw_amount(rng: random.Random) -> str:
    pounds, pence = rng.randint(3, 1400), rng.choice((0, 99, 49, 50, 95, rng.randint(1, 98)))
    big = f"{pounds:,}"
    shapes = (f"£{big}.{pence:02d}", f"£{pounds}", f"{pounds}.{pence:02d} GBP",
              f"€{pounds},{pence:02d}", f"GBP {pounds}.{pence:02d}", f"£{pounds}.{pence:02d}",
              f"{pounds} pounds", f"EUR {pounds}.{pence:02d}")  # fmt: skip
    return rng.choice(shapes)


def draw_tracking(rng: random.Random) -> str:
    d = "".join(rng.choice("0123456789") for _ in range(16))
    shapes = (f"JD00022{d[:13]}", f"H01{rng.choice('ABCDEFGH')}{d[:13]}",
              f"RM{d[:9]}GB", f"1Z{d[:3]}AA{d[3:13]}", f"CE {d[:3]} {d[3:6]} {d[6:9]} IE",
              f"{d[:14]}", f"TT{d[:10]}", f"LX{d[:9]}DE")  # fmt: skip
    return rng.choice(shapes)


def draw_sku(rng: random.Random) -> str:
    d = "".join(rng.choice("0123456789") for _ in range(13))
    shapes = (f"SKU {d[:4]}-{d[4:7]}-{d[7:9]}", f"art. {d[:3]}.{d[3:6]}.{d[6:8]}",
              f"EAN 50{d[:11]}", f"model HX-{d[:4]}/B", f"item {d[:6]}", f"PLU {d[:5]}",
              f"ISBN 978-{d[0]}-{d[1:5]}-{d[5:9]}-{d[9]}")  # fmt: skip
    return rng.choice(shapes)


def draw_time(rng: random.Random) -> str:
    h, m = rng.randint(7, 22), rng.choice((0, 5, 15, 30, 45, 52))
    shapes = (f"{h:02d}:{m:02d}", f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'}",
              f"{h}h{m:02d}", f"{h:02d}{m:02d}hrs")  # fmt: skip
    return rng.choice(shapes)


# ---------------------------------------------------------------- names

NAME_FORMS = ("given surname", "given middle surname", "initial surname", "initials surname",
              "SURNAME, given", "surname, given", "surname given", "SURNAME given",
              "given SURNAME", "given surname-initial", "nickname surname", "accents dropped",
              "title given surname", "given 'nickname' surname", "initial no dot surname",
              "given middle-initial surname")  # fmt: skip


def name_form(rng: random.Random, p: Person, form: str | None = None) -> tuple[str, str, str]:
    """(words before the label, the name as written, its form) for a whole name."""
    if p.script:
        return "", p.written, f"script {p.script}"
    if not p.surname:
        return "", p.given, "mono"
    given, surname = p.given, p.surname
    if form is None:
        form = rng.choice(NAME_FORMS)
        if p.shape == "family-first" and rng.random() < 0.5:
            form = "surname given"
    nick = NICKNAMES.get(given)
    if (
        form in ("given middle surname", "initials surname", "given middle-initial surname")
        and not p.middle
    ):
        form = "given surname"
    if form in ("nickname surname", "given 'nickname' surname") and not nick:
        form = "given surname"
    if form == "accents dropped" and ascii_fold(given + surname) == given + surname:
        form = "given surname"
    before = ""
    if form == "given surname":
        text = f"{given} {surname}"
    elif form == "given middle surname":
        text = f"{given} {p.middle} {surname}"
    elif form == "given middle-initial surname":
        text = f"{given} {p.middle[0]}. {surname}"
    elif form == "initial surname":
        text = f"{given[0]}. {surname}"
    elif form == "initial no dot surname":
        text = f"{given[0]} {surname}"
    elif form == "initials surname":
        text = f"{given[0]}.{p.middle[0]}. {surname}"
    elif form == "SURNAME, given":
        text = f"{surname.upper()}, {given}"
    elif form == "surname, given":
        text = f"{surname}, {given}"
    elif form == "surname given":
        text = f"{surname} {given}"
    elif form == "SURNAME given":
        text = f"{surname.upper()} {given}"
    elif form == "given SURNAME":
        text = f"{given} {surname.upper()}"
    elif form == "given surname-initial":
        text = f"{given} {surname[0]}."
    elif form == "nickname surname":
        text = f"{nick} {surname}"
    elif form == "given 'nickname' surname":
        text = f'{given} "{nick}" {surname}'
    elif form == "accents dropped":
        text = ascii_fold(f"{given} {surname}")
    else:  # title given surname
        before = rng.choice(TITLES) + " "
        text = f"{given} {surname}"
    return before, text, form


def first_form(rng: random.Random, p: Person) -> tuple[str, str]:
    if p.script:
        return p.given, f"script {p.script}"
    nick = NICKNAMES.get(p.given)
    if nick and rng.random() < 0.3:
        return nick, "nickname"
    if not p.given.isascii() and rng.random() < 0.2:
        return ascii_fold(p.given), "given accents dropped"
    return p.given, "given" if p.surname else "mono"


def surname_form(rng: random.Random, p: Person) -> tuple[str, str, str]:
    """(title before, surname as written, form); a one-name person gives the name."""
    if p.script:
        return "", p.surname, f"script {p.script}"
    if not p.surname:
        return "", p.given, "mono"
    shape = rng.randrange(5)
    if shape <= 1:
        return rng.choice(TITLES) + " ", p.surname, "title surname"
    if shape == 2:
        return "", p.surname.upper(), "SURNAME"
    return "", p.surname, "surname"
