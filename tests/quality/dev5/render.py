"""Rendering dev5 templates into labelled notes: people, their contacts and written forms.

A template is text with slots (``{name}``, ``{email.fr}``, ``{first.lo}``, ``{merchant}`` ...).
Each slot is filled in one of many written forms, and every value is labelled at its exact
offsets with its kind and form; titles, ``mailto:``, ``tel:`` and brackets stay outside the
label. Personal slots label NAME ... MEMBER; keep slots label KEEP (what must stay intact).
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field, replace

from harness.judge import THOROUGHFARES, Kind, Label

from dev5 import people, world
from dev5.people import Group, NonLatin

SLOT = re.compile(r"\{([a-z]+2?)(?:\.([a-z]+))?\}")
PERSONAL_SLOTS = frozenset(
    [
        "name",
        "first",
        "sur",
        "name2",
        "first2",
        "sur2",
        "email",
        "email2",
        "phone",
        "frphone",
        "esphone",
        "plphone",
        "itphone",
        "iephone",
        "postcode",
        "cp",
        "cpes",
        "cppl",
        "eircode",
        "street",
        "rue",
        "calle",
        "heol",
        "via",
        "ulica",
        "house",
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
        "courier",
        "network",
    ]
)
CASES = {"up", "lo"}
LANGS = {"fr", "es", "pl", "it"}


@dataclass(frozen=True, slots=True)
class Note:
    """A rendered note: its text, gold labels, what the row would allow, where it came from."""

    text: str
    labels: tuple[Label, ...]
    allow: tuple[str, ...]
    template: int  # index into PERSONAL, or -1 - index into CLEAN (or AGENT, see notes.py)
    clean: bool


# ---------------------------------------------------------------- people and their contacts

_FOLD = str.maketrans(
    {
        "ß": "ss",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "ı": "i",
        "œ": "oe",
        "ŀ": "l",
        "ʻ": "",
    }
)
DOMAINS_UK = people._split(
    "btinternet.com|sky.com|virginmedia.com|hotmail.co.uk|talktalk.net|aol.co.uk|ntlworld.com|"
    "yahoo.co.uk|live.co.uk|blueyonder.co.uk|plus.net|outlook.com|gmail.com|icloud.com"
)
DOMAINS = {
    "fr": people._split("orange.fr|free.fr|laposte.net|sfr.fr|wanadoo.fr|gmail.com|hotmail.fr"),
    "es": people._split("gmail.com|hotmail.es|telefonica.net|yahoo.es|outlook.es|movistar.es"),
    "pl": people._split("wp.pl|o2.pl|onet.pl|interia.pl|gmail.com"),
    "it": people._split("libero.it|virgilio.it|tiscali.it|alice.it|gmail.com"),
    "ie": people._split("eircom.net|gmail.com|hotmail.com|iol.ie"),
    "any": people._split(
        "gmail.com|outlook.com|icloud.com|proton.me|yahoo.com|hotmail.com|gmx.com|mail.com|"
        "googlemail.com|me.com|fastmail.com|zoho.eu|nhs.net|ed.ac.uk|leeds.ac.uk"
    ),
}
_GROUP_LANG = {
    "French": "fr",
    "Breton": "fr",
    "Maghrebi": "fr",
    "Spanish": "es",
    "Catalan": "es",
    "Basque": "es",
    "Polish": "pl",
    "Italian": "it",
    "Irish": "ie",
}


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c) and c.isascii())


@dataclass(frozen=True, slots=True)
class Person:
    """One person: names as written, and the contacts a note may give for them."""

    given: str
    surname: str  # may hold two surnames, a particle, a patronym; empty for a single name
    group: str
    shape: str
    nickname: str = ""
    middle: str = ""
    script: str = ""  # a non-Latin script's name, empty for Latin
    latin: tuple[str, str] = ("", "")
    surname_first: bool = False
    email: str = ""  # local@domain
    mobile: str = ""  # national digits, 11
    landline: str = ""  # national digits with the area code's length: "0113|4960012"
    postcode: str = ""  # canonical UK postcode
    member: str = ""
    lang: str = ""
    titles: tuple[str, ...] = ()

    @property
    def full(self) -> str:
        if not self.surname:
            return self.given
        if self.surname_first:
            sep = "" if self.script in ("Han", "Japanese", "Hangul") else " "
            return f"{self.surname}{sep}{self.given}"
        return f"{self.given} {self.surname}"


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


UK_AREAS = people._split(
    "M|B|L|G|E|N|W|S|EC|WC|SW|SE|NW|LS|BS|CF|SA|LL|BT|EH|AB|DD|IV|KY|PL|TR|EX|TQ|NE|SR|DH|"
    "YO|HU|DN|NG|LE|CV|OX|RG|SO|BH|BN|CT|ME|TN|CM|CO|IP|NR|PE|CB|MK|LU|SG|AL|HP|WD|HA|UB|TW|"
    "KT|SM|CR|BR|DA|RM|IG|EN|GU|PO|SP|SN|GL|HR|WR|SY|LD|NP|CH|WA|WN|BL|OL|SK|ST|DE|HD|HX|"
    "BD|HG|LA|CA|TD|DG|KA|ML|PA|FK|PH|KW|ZE|HS|JE|GY|IM|DT|BA|TA|WV|DY|WS|TS|FY|PR|CW|LN"
)
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_LANDLINE_AREAS = people._split(
    "020|0113|0114|0115|0116|0117|0118|0121|0131|0141|0151|0161|0191|01223|01865|01273|"
    "01392|01482|01603|01752|01902|01905|01970|01248|01534|01224|01382|01463|028|029|023|024"
)


def uk_postcode(rng: random.Random) -> str:
    area = rng.choice(UK_AREAS)
    district = str(rng.randint(1, 9 if len(area) == 2 else 20))
    if area in ("SW", "W", "EC", "WC", "E", "N", "NW", "SE") and rng.random() < 0.3:
        district = str(rng.randint(1, 2)) + rng.choice("ACHNPVWX")
    elif rng.random() < 0.4 and len(area) == 2:
        district = str(rng.randint(10, 40))
    return f"{area}{district} {rng.randint(0, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"


def uk_mobile(rng: random.Random) -> str:
    return "07" + rng.choice("3456789") + _digits(rng, 8)


def uk_landline(rng: random.Random) -> str:
    area = rng.choice(_LANDLINE_AREAS)
    return f"{area}|{rng.choice('2345789')}{_digits(rng, 10 - len(area))}"


def member_id(rng: random.Random) -> str:
    shape = rng.randrange(10)
    if shape < 3:
        return str(rng.randint(10_000_000, 99_999_999))
    if shape == 3:
        return str(rng.randint(1_000_000_000, 9_999_999_999))
    if shape == 4:
        return f"{rng.choice(['QC', 'TCB', 'KS', 'EF', 'RK'])}{_digits(rng, 7)}"
    if shape == 5:
        return f"{rng.choice(['FID', 'CF', 'SOC'])}-{_digits(rng, 4)}-{_digits(rng, 4)}"
    if shape == 6:
        return f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}"
    if shape == 7:
        return f"M{_digits(rng, 3)}-{_digits(rng, 4)}"
    if shape == 8:
        letters = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNP")
        return f"{letters}{_digits(rng, 6)}"
    return f"{_digits(rng, 3)}/{_digits(rng, 5)}"


def _local_part(rng: random.Random, given: str, surname: str, nickname: str) -> str:
    g = re.sub(r"[^a-z]", "", ascii_fold(given).lower()) or "x"
    s = re.sub(r"[^a-z]", "", ascii_fold(surname).lower()) or "mail"
    n = nickname and re.sub(r"[^a-z]", "", ascii_fold(nickname).lower())
    year = str(rng.choice([rng.randint(60, 99), rng.randint(0, 24)])).zfill(2)
    patterns = [
        f"{g}.{s}",
        f"{g[0]}{s}",
        f"{g}{s}{year}",
        f"{s}.{g}",
        f"{g}_{s}",
        f"{g}-{s}",
        f"{g}{rng.randint(1, 999)}",
        f"{(n or g)}{s[0]}",
        f"{s}{g[0]}{rng.randint(1, 99)}",
        f"{g}.{s}+cashback",
        f"{g[0]}.{s}{year}",
        f"{(n or g)}.{s}",
    ]
    return rng.choice(patterns)


def make_person(rng: random.Random, latin_only: bool = False) -> Person:
    """A person from the typed lists, with contacts; latin_only for Windows-1252 files."""
    roll = rng.random()
    if roll < 0.08 and not latin_only:
        nl: NonLatin = rng.choice(people.NON_LATIN)
        lang = ""
        local = _local_part(rng, nl.latin_given, nl.latin_surname, "")
        return _contacts(
            rng,
            Person(
                nl.given,
                nl.surname,
                nl.script,
                "plain",
                script=nl.script,
                latin=(nl.latin_given, nl.latin_surname),
                surname_first=nl.surname_first,
                email=f"{local}@{rng.choice(DOMAINS['any'])}",
                lang=lang,
            ),
        )
    while True:
        group: Group = rng.choice(people.GROUPS)
        given = rng.choice(group.given)
        if rng.random() < 0.1:
            given = rng.choice(people.WORDLIKE_GIVEN)
        if group.shape == "mono" and rng.random() < 0.5:
            surname = ""
        elif group.shape == "double" and rng.random() < 0.6:
            first, second = rng.sample(group.surnames, 2)
            surname = f"{first} {second}" if rng.random() < 0.7 else f"{first}-{second}"
        else:
            pool = group.surnames if rng.random() < 0.9 else people.SURNAMES
            surname = rng.choice(pool)
        if not latin_only or _cp1252(given + surname):
            break
    middle = rng.choice(group.given) if rng.random() < 0.15 else ""
    middle = "" if middle == given else middle
    lang = _GROUP_LANG.get(group.name, "")
    local = _local_part(rng, given, surname, people.NICKNAMES.get(given, ""))
    domains = DOMAINS.get(lang) or (DOMAINS_UK if rng.random() < 0.6 else DOMAINS["any"])
    return _contacts(
        rng,
        Person(
            given,
            surname,
            group.name,
            group.shape,
            people.NICKNAMES.get(given, ""),
            middle,
            email=f"{local}@{rng.choice(domains)}",
            lang=lang,
        ),
    )


def _cp1252(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _contacts(rng: random.Random, person: Person) -> Person:
    titles = {"fr": people.TITLES_FR, "es": people.TITLES_ES}.get(person.lang, people.TITLES_EN)
    return replace(
        person,
        mobile=uk_mobile(rng),
        landline=uk_landline(rng),
        postcode=uk_postcode(rng),
        member=member_id(rng),
        titles=titles,
    )


# ---------------------------------------------------------------- written forms


def _cased(value: str, case: str | None) -> str:
    return value.upper() if case == "up" else value.lower() if case == "lo" else value


def _case_form(form: str, case: str | None) -> str:
    return (
        f"{form} (capitals)" if case == "up" else f"{form} (lower case)" if case == "lo" else form
    )


def full_name(rng: random.Random, p: Person) -> tuple[str, str]:
    """A full name in one of its written forms: (text, form)."""
    if p.script:
        if rng.random() < 0.6:
            return p.full, f"script {p.script}"
        given, surname = p.latin
        if p.surname_first and rng.random() < 0.5:
            return f"{surname} {given}", "family name first"
        return f"{given} {surname}", "transliterated"
    if not p.surname:
        return p.given, "single name"
    g, s = p.given, p.surname
    choice = rng.randrange(16)
    if choice == 0:
        return f"{s}, {g}", "Surname, Given"
    if choice == 1:
        return f"{s.upper()}, {g}", "SURNAME, Given"
    if choice == 2:
        return f"{s.upper()} {g}", "SURNAME Given"
    if choice == 3:
        return f"{g[0]}. {s}", "initial and surname"
    if choice == 4:
        second = p.middle[:1] or rng.choice("ABCDEFGHJKLMNPRSTW")
        return f"{g[0]}.{second}. {s}", "initials and surname"
    if choice == 5 and p.middle:
        return f"{g} {p.middle} {s}", "with middle name"
    if choice == 6:
        return f"{g} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {s}", "middle initial"
    if choice == 7 and p.nickname:
        quote = rng.choice(["'", '"', "“"])
        close = "”" if quote == "“" else quote
        return f"{g} {quote}{p.nickname}{close} {s}", "nickname in quotes"
    if choice == 8 and p.nickname:
        return f"{p.nickname} {s}", "nickname and surname"
    if choice == 9:
        return f"{g} {s}".lower(), "lower case"
    if choice == 10:
        return f"{g} {s}".upper(), "capitals"
    if choice == 11:
        return f"{g[0]}{s}".lower() if rng.random() < 0.3 else f"{g[0]} {s}", "initial, no dot"
    if choice == 12 and " " not in s and rng.random() < 0.5:
        return f"{g} {s[0]}.", "given and surname initial"
    if " " in s or "'" in s or "-" in s:
        return f"{g} {s}", "surname with particle or hyphen"
    return f"{g} {s}", "plain"


def given_name(rng: random.Random, p: Person) -> tuple[str, str]:
    if p.script:
        return (
            (p.given, f"script {p.script}")
            if rng.random() < 0.6
            else (p.latin[0], "transliterated")
        )
    if p.nickname and rng.random() < 0.3:
        return p.nickname, "nickname"
    if p.given in people.WORDLIKE_GIVEN:
        return p.given, "word-like given name"
    return p.given, "given name"


def surname_of(rng: random.Random, p: Person) -> tuple[str, str]:
    if p.script:
        return (
            (p.surname, f"script {p.script}")
            if rng.random() < 0.6
            else (p.latin[1], "transliterated")
        )
    s = p.surname or p.given
    if " " in s or "'" in s or "-" in s:
        return s, "surname with particle or hyphen"
    if s in people.WORDLIKE_SURNAMES:
        return s, "word-like surname"
    return s, "surname"


def _spaced_dots(domain: str, word: str) -> str:
    return domain.replace(".", f" {word} ")


def email_form(rng: random.Random, address: str, lang: str | None) -> tuple[str, str, str, str]:
    """(before, value, after, form) for an e-mail; before/after stay outside the label."""
    local, domain = address.split("@")
    if lang in LANGS and rng.random() < 0.6:
        word_at, word_dot = {
            "fr": ("arobase", "point"),
            "es": ("arroba", "punto"),
            "pl": ("małpa", "kropka"),
            "it": ("chiocciola", "punto"),
        }[lang]
        if rng.random() < 0.5:
            return "", f"{local} {word_at} {domain}", "", f"'{word_at}' for @"
        return (
            "",
            f"{local} {word_at} {_spaced_dots(domain, word_dot)}",
            "",
            f"'{word_at}/{word_dot}'",
        )
    choice = rng.randrange(22)
    if choice == 0:
        return "", f"{local} at {_spaced_dots(domain, 'dot')}", "", "at/dot words"
    if choice == 1:
        return "", f"{local}[at]{domain.replace('.', '[dot]')}", "", "[at] [dot]"
    if choice == 2:
        return "", f"{local} (at) {domain}", "", "(at)"
    if choice == 3:
        return "", f"{local} AT {_spaced_dots(domain, 'DOT')}", "", "AT/DOT capitals"
    if choice == 4:
        return "", f"{local}%40{domain}", "", "%40"
    if choice == 5:
        return "", f"{local}&#64;{domain}", "", "&#64;"
    if choice == 6:
        return "", " ".join(f"{local}@{domain}"), "", "letter by letter"
    if choice == 7:
        return "", f"{local} @ {domain}", "", "spaces round @"
    if choice == 8:
        cut = max(1, len(local) // 2)
        return "", f"{local[:cut]}\u200b{local[cut:]}@{domain}", "", "zero-width space"
    if choice == 9:
        return "", f"{local}＠{domain}", "", "full-width @"
    if choice == 10:
        return "mailto:", f"{local}@{domain}", "", "mailto:"
    if choice == 11:
        return "<", f"{local}@{domain}", ">", "in angle brackets"
    if choice == 12:
        return "", f"{local}@{domain}".upper(), "", "capitals"
    if choice == 13:
        parts = ".".join(w.capitalize() for w in local.split("."))
        return "", f"{parts}@{domain.capitalize()}", "", "capitalised"
    if choice == 14:
        return "", f"{local} at {domain.split('.')[0]}", "", "at, provider only"
    if choice == 15:
        return "", f"{local}@\n{domain}", "", "broken over a line"
    if choice == 16:
        return "", f"{local}(@){domain}", "", "(@)"
    if choice == 17:
        return "", f"{local}@{domain.replace('.', ',', 1)}", "", "comma for dot"
    if choice == 18:
        return "", f"{local} {{at}} {domain}", "", "{at}"
    return "", f"{local}@{domain}", "", "plain"


_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _group_digits(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, at = [], 0
    for size in sizes:
        out.append(digits[at : at + size])
        at += size
    if at < len(digits):
        out.append(digits[at:])
    return sep.join(x for x in out if x)


def uk_phone_form(rng: random.Random, p: Person) -> tuple[str, str, str, str]:
    """(before, value, after, form) for a UK phone, mobile or landline."""
    if rng.random() < 0.3:
        area, rest = p.landline.split("|")
        n = area[1:]
        choice = rng.randrange(8)
        if choice == 0:
            return (
                "",
                f"({area}) {_group_digits(rest, (3, 4) if len(rest) == 7 else (len(rest),), ' ')}",
                "",
                "landline, area in brackets",
            )
        if choice == 1:
            return "", f"+44 {n} {rest}", "", "landline +44"
        if choice == 2:
            return "", f"+44 (0){n} {rest}", "", "landline +44 (0)"
        if choice == 3:
            return "", f"{area}{rest}", "", "landline, no spaces"
        if choice == 4:
            return "", f"{area}-{rest}", "", "landline, hyphen"
        if choice == 5 and area == "020":
            return "", f"0{n}{rest[0]} {rest[1:4]} {rest[4:]}", "", "London, old grouping"
        if choice == 6:
            return "tel:", f"+44{n}{rest}", "", "tel: link"
        return (
            "",
            f"{area} {_group_digits(rest, (4, 4) if len(rest) == 8 else (3, 4), ' ')}",
            "",
            "landline",
        )
    m = p.mobile
    n = m[1:]
    choice = rng.randrange(20)
    forms = {
        0: (f"{m[:5]} {m[5:]}", "mobile 5+6"),
        1: (m, "mobile, no spaces"),
        2: (f"{m[:5]} {m[5:8]} {m[8:]}", "mobile 5+3+3"),
        3: (f"{m[:5]}-{m[5:8]}-{m[8:]}", "mobile, hyphens"),
        4: (f"{m[:5]}.{m[5:8]}.{m[8:]}", "mobile, dots"),
        5: (f"+44 {n[:4]} {n[4:]}", "mobile +44"),
        6: (f"+44 (0){n[:4]} {n[4:]}", "mobile +44 (0)"),
        7: (f"+44{n}", "mobile +44, no spaces"),
        8: (f"0044 {n[:4]} {n[4:7]} {n[7:]}", "mobile 0044"),
        9: (f"({m[:5]}) {m[5:]}", "mobile, brackets"),
        10: (" ".join(m), "digit by digit"),
        11: (f"{m[:4]} {m[4:7]} {m[7:]}", "mobile 4+3+4"),
        12: (f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:9]} {m[9:]}", "mobile in pairs"),
        13: (f"+44-{n[:4]}-{n[4:]}", "mobile +44 hyphens"),
        14: (f"44 {n[:4]} {n[4:]}", "mobile 44, no plus"),
        15: (f"{m[:5]}/{m[5:]}", "mobile, slash"),
        16: (" ".join(_WORDS[int(d)] for d in m), "in words"),
        17: (_oh_words(m), "in words, oh and double"),
    }
    value, form = forms.get(choice, (f"{m[:5]} {m[5:]}", "mobile 5+6"))
    return "", value, "", form


def _oh_words(digits: str) -> str:
    out: list[str] = []
    i = 0
    names = ["oh", *_WORDS[1:]]
    while i < len(digits):
        if i + 1 < len(digits) and digits[i] == digits[i + 1]:
            out.append(f"double {names[int(digits[i])]}")
            i += 2
        else:
            out.append(names[int(digits[i])])
            i += 1
    return " ".join(out)


def foreign_phone(rng: random.Random, country: str) -> tuple[str, str]:
    """(value, form) for a French, Spanish, Polish, Italian or Irish phone."""
    if country == "fr":
        d = rng.choice(["06", "07", "01", "02", "04", "09"]) + _digits(rng, 8)
        pairs = " ".join(d[i : i + 2] for i in range(0, 10, 2))
        forms = [
            (pairs, "French pairs"),
            (pairs.replace(" ", "."), "French dots"),
            (pairs.replace(" ", "-"), "French hyphens"),
            (d, "French, no spaces"),
            (f"+33 {d[1]} {' '.join(d[i : i + 2] for i in range(2, 10, 2))}", "French +33"),
            (f"+33 (0){d[1]} {' '.join(d[i : i + 2] for i in range(2, 10, 2))}", "French +33 (0)"),
            (f"0033 {d[1:]}", "French 0033"),
        ]
    elif country == "es":
        d = rng.choice(["6", "7", "9"]) + _digits(rng, 8)
        forms = [
            (f"{d[:3]} {d[3:6]} {d[6:]}", "Spanish 3+3+3"),
            (f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}", "Spanish 3+2+2+2"),
            (f"+34 {d[:3]} {d[3:6]} {d[6:]}", "Spanish +34"),
            (d, "Spanish, no spaces"),
            (f"(+34) {d}", "Spanish (+34)"),
            (f"0034 {d[:3]} {d[3:]}", "Spanish 0034"),
            (f"{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}", "Spanish landline 2+3+2+2"),
        ]
    elif country == "pl":
        d = rng.choice(["5", "6", "7", "8"]) + _digits(rng, 8)
        forms = [
            (f"+48 {d[:3]} {d[3:6]} {d[6:]}", "Polish +48"),
            (f"{d[:3]}-{d[3:6]}-{d[6:]}", "Polish hyphens"),
            (f"(+48) {d[:3]} {d[3:6]} {d[6:]}", "Polish (+48)"),
            (f"{d[:3]} {d[3:6]} {d[6:]}", "Polish 3+3+3"),
        ]
    elif country == "it":
        d = "3" + _digits(rng, 9)
        forms = [
            (f"+39 {d[:3]} {d[3:6]} {d[6:]}", "Italian +39"),
            (f"{d[:3]} {d[3:]}", "Italian 3+7"),
            (f"{d[:3]}/{d[3:]}", "Italian slash"),
            (f"{d[:3]}.{d[3:6]}.{d[6:]}", "Italian dots"),
        ]
    else:
        d = rng.choice(["083", "085", "086", "087", "089"]) + _digits(rng, 7)
        forms = [
            (f"{d[:3]} {d[3:6]} {d[6:]}", "Irish mobile"),
            (f"+353 {d[1:3]} {d[3:6]} {d[6:]}", "Irish +353"),
            (f"({d[:3]}) {d[3:]}", "Irish, brackets"),
            (d, "Irish, no spaces"),
        ]
    return rng.choice(forms)


def postcode_form(rng: random.Random, code: str) -> tuple[str, str]:
    out, inward = code.split()
    choice = rng.randrange(12)
    forms = [
        (code, "standard"),
        (code.lower(), "lower case"),
        (out + inward, "no space"),
        ((out + inward).lower(), "no space, lower case"),
        (f"{out}  {inward}", "double space"),
        (" ".join(out + inward), "spaced out"),
        (f"{out.capitalize()} {inward.lower()}", "mixed case"),
        (f"{out}-{inward}", "hyphen"),
        (f"{out}\u00a0{inward}", "no-break space"),
        (f"{out} {inward[0]} {inward[1:]}", "split inward"),
    ]
    return forms[choice] if choice < len(forms) else forms[0]


def foreign_postcode(rng: random.Random, country: str) -> tuple[str, str]:
    if country == "fr":
        code = (
            f"750{rng.randint(1, 20):02d}"
            if rng.random() < 0.25
            else f"{rng.randint(1, 95):02d}{rng.randint(0, 999):03d}"
        )
        forms = [
            (code, "French code postal"),
            (f"{code[:2]} {code[2:]}", "French, spaced"),
            (f"F-{code}", "French F-"),
        ]
    elif country == "es":
        code = f"{rng.randint(1, 52):02d}{rng.randint(0, 999):03d}"
        forms = [(code, "Spanish código postal"), (f"E-{code}", "Spanish E-")]
    elif country == "pl":
        code = f"{rng.randint(0, 99):02d}-{rng.randint(0, 999):03d}"
        forms = [(code, "Polish kod pocztowy")]
    else:
        key = rng.choice(
            ["D02", "D06", "D6W", "T12", "H91", "V94", "F92", "W23", "A65", "K78", "P85"]
        )
        tail = "".join(rng.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(4))
        forms = [
            (f"{key} {tail}", "Eircode"),
            (f"{key}{tail}", "Eircode, no space"),
            (f"{key} {tail}".lower(), "Eircode, lower case"),
        ]
    return rng.choice(forms)


def street_uk(rng: random.Random) -> tuple[str, str, str, str]:
    """(before, value, after, form): a UK street line; a flat or unit stays in the label."""
    name = rng.choice(world.STREET_NAMES_UK)
    road = rng.choice(world.THOROUGHFARES_UK)
    number = str(rng.randint(1, 240)) + (rng.choice(["a", "b", "A"]) if rng.random() < 0.08 else "")
    rare = road.casefold() not in THOROUGHFARES
    tag = " (rare thoroughfare)" if rare else ""
    choice = rng.randrange(11)
    if choice == 0:
        return "", f"{number}, {name} {road}", "", "number, comma" + tag
    if choice == 1:
        return "", f"{number} {name} {rng.choice(world.THOROUGHFARES_ABBR)}", "", "abbreviated"
    if choice == 2:
        return "", f"Flat {rng.randint(1, 30)}, {number} {name} {road}", "", "flat" + tag
    if choice == 3:
        return "", f"{name} {road}", "", "no number" + tag
    if choice == 4:
        return "", f"{number} {name} {road}".upper(), "", "capitals" + tag
    if choice == 5:
        return "", f"{number} {name} {road}".lower(), "", "lower case" + tag
    if choice == 6:
        return "", f"{rng.randint(1, 12)}/{number} {name} {road}", "", "flat/number" + tag
    if choice == 7:
        return (
            "",
            f"{number}-{int(number.rstrip('abA')) + 2} {name} {road}",
            "",
            "number range" + tag,
        )
    if choice == 8:
        return "", f"Unit {rng.randint(1, 9)}, {name} {road}", "", "unit" + tag
    return "", f"{number} {name} {road}", "", "number name thoroughfare" + tag


def street_abroad(rng: random.Random, kind: str) -> tuple[str, str]:
    n = rng.randint(1, 180)
    if kind == "rue":
        road, name = rng.choice(world.THOROUGHFARES_FR[:12]), rng.choice(world.STREET_NAMES_FR)
        forms = [
            (f"{n} {road} {name}", "French street"),
            (f"{n} bis, {road} {name}", "French bis"),
            (f"{n}, {road} {name}".upper(), "French street, capitals"),
            (f"Bât. {rng.choice('ABCD')}, {n} {road} {name}", "French with building"),
        ]
    elif kind == "calle":
        road, name = rng.choice(world.THOROUGHFARES_ES), rng.choice(world.STREET_NAMES_ES)
        floor = f"{rng.randint(1, 9)}º {rng.choice(['A', 'B', 'C', 'izq.', 'dcha.', '2ª'])}"
        forms = [
            (f"{road} {name}, {n}, {floor}", "Spanish street, floor"),
            (f"{road} {name} {n}", "Spanish street"),
            (f"{road} {name}, nº {n}", "Spanish nº"),
            (f"{road} {name} {n}, {floor}".upper(), "Spanish, capitals"),
        ]
    elif kind == "heol":
        road, name = rng.choice(world.THOROUGHFARES_WELSH), rng.choice(world.STREET_NAMES_WELSH)
        forms = [
            (f"{n} {road} {name}", "Welsh street"),
            (f"{road} {name}", "Welsh street, no number"),
        ]
    elif kind == "via":
        road, name = (
            rng.choice(world.THOROUGHFARES_OTHER[:5]),
            rng.choice(world.STREET_NAMES_OTHER[:4]),
        )
        forms = [
            (f"{road} {name} {n}", "Italian street"),
            (f"{road.capitalize()} {name}, {n}/B", "Italian, interno"),
        ]
    else:
        road, name = (
            rng.choice(["ul.", "al.", "ulica", "os."]),
            rng.choice(world.STREET_NAMES_OTHER[4:]),
        )
        forms = [
            (f"{road} {name} {n} m. {rng.randint(1, 60)}", "Polish street, flat"),
            (f"{road} {name} {n}/{rng.randint(1, 9)}", "Polish street"),
        ]
    return rng.choice(forms)


def house_form(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(world.HOUSE_NAMES)
    choice = rng.randrange(5)
    if choice == 0:
        return name.upper(), "house name, capitals"
    if choice == 1:
        return name.lower(), "house name, lower case"
    return name, "house name"


def member_form(rng: random.Random, member: str) -> tuple[str, str]:
    if member.isdigit():
        if rng.random() < 0.2:
            return f"#{member}", "digits with #"
        return member, f"{len(member)} digits"
    if " " in member:
        return member, "card number in groups"
    if "-" in member or "/" in member:
        return member, "id with separators"
    return member, "letters and digits"


# ---------------------------------------------------------------- keep values


def order_ref(rng: random.Random) -> str:
    shape = rng.randrange(6)
    if shape == 0:
        return f"ORD-{rng.randint(2025, 2026)}-{_digits(rng, 6)}"
    if shape == 1:
        return f"#{rng.choice('ABCDKW')}{_digits(rng, 5)}"
    if shape == 2:
        return f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}"
    if shape == 3:
        return f"FR{_digits(rng, 6)}-{_digits(rng, 4)}"
    if shape == 4:
        return f"W00{_digits(rng, 5)}"
    return f"PED{_digits(rng, 8)}"


def phone_shaped_ref(rng: random.Random) -> str:
    return rng.choice(["07", "01", "02"]) + _digits(rng, 9)


def claim_id(rng: random.Random) -> str:
    return f"DV5-{_digits(rng, 7)}"


_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def _ordinal(day: int) -> str:
    return {1: "st", 21: "st", 2: "nd", 22: "nd", 3: "rd", 23: "rd"}.get(day, "th")


def date_text(rng: random.Random) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d} {_MONTHS_EN[m - 1]}",
            f"{d}{_ordinal(d)} {_MONTHS_EN[m - 1][:3]}",
            f"le {d} {_MONTHS_FR[m - 1]}",
            f"el {d} de {_MONTHS_ES[m - 1]}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}",
            f"{d}-{_MONTHS_EN[m - 1][:3]}-{y}",
        ]
    )


def amount_text(rng: random.Random) -> str:
    pounds, pence = rng.randint(4, 1400), rng.randint(0, 99)
    return rng.choice(
        [
            f"£{pounds}.{pence:02d}",
            f"{pounds},{pence:02d} €",
            f"€{pounds}",
            f"EUR {pounds}.{pence:02d}",
            f"{pounds} zł",
            f"£{pounds:,}",
            f"{pounds} euros",
            f"{pounds}.{pence:02d} GBP",
            f"£{pounds}",
        ]
    )


# ---------------------------------------------------------------- the renderer


@dataclass
class Context:
    """What a note is about: its people, its row's merchant, order ref and claim id."""

    rng: random.Random
    a: Person
    b: Person
    merchant: str
    ref: str
    claim: str
    allow: list[str] = field(default_factory=list)


@dataclass
class _Out:
    parts: list[str] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    at: int = 0

    def add(self, text: str, kind: Kind | None = None, form: str = "") -> None:
        if kind is not None and text:
            self.labels.append(Label(kind, self.at, self.at + len(text), form))
        self.parts.append(text)
        self.at += len(text)


def _fill(out: _Out, slot: str, mod: str | None, ctx: Context) -> None:
    rng = ctx.rng
    case = mod if mod in CASES else None
    lang = mod if mod in LANGS else None
    who = ctx.b if slot.endswith("2") else ctx.a
    base = slot.rstrip("2")
    if base == "name":
        text, form = full_name(rng, who)
        out.add(_cased(text, case), Kind.NAME, _case_form(form, case))
    elif base == "first":
        text, form = given_name(rng, who)
        out.add(_cased(text, case), Kind.FIRST, _case_form(form, case))
    elif base == "sur":
        text, form = surname_of(rng, who)
        out.add(_cased(text, case), Kind.SURNAME, _case_form(form, case))
    elif base == "email":
        before, value, after, form = email_form(
            rng, who.email, lang or (who.lang if rng.random() < 0.3 else None)
        )
        out.add(before)
        out.add(_cased(value, case), Kind.EMAIL, form)
        out.add(after)
    elif base == "phone":
        before, value, after, form = uk_phone_form(rng, who)
        out.add(before)
        out.add(value, Kind.PHONE, form)
        out.add(after)
    elif base in ("frphone", "esphone", "plphone", "itphone", "iephone"):
        value, form = foreign_phone(rng, base[:2])
        out.add(value, Kind.PHONE, form)
    elif base == "postcode":
        value, form = postcode_form(rng, who.postcode)
        out.add(_cased(value, case), Kind.POSTCODE, _case_form(form, case))
    elif base in ("cp", "cpes", "cppl", "eircode"):
        country = {"cp": "fr", "cpes": "es", "cppl": "pl", "eircode": "ie"}[base]
        value, form = foreign_postcode(rng, country)
        out.add(value, Kind.POSTCODE, form)
    elif base == "street":
        before, value, after, form = street_uk(rng)
        out.add(before)
        out.add(_cased(value, case), Kind.STREET, _case_form(form, case))
        out.add(after)
    elif base in ("rue", "calle", "heol", "via", "ulica"):
        value, form = street_abroad(rng, base)
        out.add(value, Kind.STREET, form)
    elif base == "house":
        value, form = house_form(rng)
        out.add(value, Kind.HOUSE, form)
    elif base == "member":
        value, form = member_form(rng, who.member)
        out.add(value, Kind.MEMBER, form)
    else:
        _fill_keep(out, base, case, ctx)


def _fill_keep(out: _Out, slot: str, case: str | None, ctx: Context) -> None:
    rng = ctx.rng
    if slot == "merchant":
        value, form = (
            (ctx.merchant, "merchant")
            if rng.random() < 0.7
            else (rng.choice(world.MERCHANTS), "merchant")
        )
        ctx.allow.append(value)
    elif slot == "ref":
        value, form = ctx.ref, "order ref"
        ctx.allow.append(value)
    elif slot == "pref":
        value, form = phone_shaped_ref(rng), "order ref (phone-shaped)"
        ctx.allow.append(value)
    elif slot == "claim":
        value, form = ctx.claim, "claim id"
        ctx.allow.append(value)
    else:
        value, form = (
            {
                "product": lambda: rng.choice(world.PRODUCTS),
                "town": lambda: rng.choice(world.TOWNS),
                "occasion": lambda: rng.choice(world.OCCASIONS),
                "voucher": lambda: rng.choice(world.VOUCHERS),
                "date": lambda: date_text(rng),
                "amount": lambda: amount_text(rng),
                "courier": lambda: rng.choice(world.COURIERS),
                "network": lambda: rng.choice(world.NETWORKS),
            }[slot](),
            slot,
        )
    if case:
        form = f"{form} (capitals)" if case == "up" else f"{form} (lower case)"
    out.add(_cased(value, case), Kind.KEEP, form)


def render(template: str, ctx: Context, index: int, clean: bool) -> Note:
    """Fill every slot of a template; labels at exact offsets."""
    out = _Out()
    last = 0
    for match in SLOT.finditer(template):
        out.add(template[last : match.start()])
        _fill(out, match.group(1), match.group(2), ctx)
        last = match.end()
    out.add(template[last:])
    text = "".join(out.parts)
    return Note(text, tuple(out.labels), tuple(dict.fromkeys(ctx.allow)), index, clean)
