"""The fresh9 values and the many ways each is written in a note.

A value is made from ``people`` and ``places``; a written form turns it into ``Piece``s: text
with the gold kind it carries (``None`` for the words around it) and the form's name. Titles,
honorific suffixes, possessive endings, ``mailto:`` and trailing punctuation sit outside the
labelled piece; zero-width characters, line breaks and spaces inside a value sit inside.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from harness.judge import Kind

from fresh9 import people, places

Piece = tuple[str, Kind | None, str]  # text, gold kind (None: not labelled), form


def plain(text: str) -> Piece:
    return (text, None, "")


_FOLD = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D", "æ": "ae",
     "Æ": "Ae", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i", "ħ": "h", "Ħ": "H",
     "œ": "oe", "ŀ": "l", "’": "'", "ʻ": "'"}
)  # fmt: skip


def fold(text: str) -> str:
    """Accents dropped: "Siobhán Ó Súilleabháin" -> "Siobhan O Suilleabhain"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def has_accents(text: str) -> bool:
    return fold(text) != text


# --- people ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    surname: str  # "" for a one-name person
    culture: str
    shape: str
    middle: str = ""
    native: str = ""  # written in its own script (then given and surname are unused)
    script: str = ""
    romanised: str = ""

    @property
    def family_first(self) -> bool:
        return self.shape == "family-first"

    def ascii_local(self) -> str:
        """A romanised, accent-free handle for e-mail addresses."""
        if self.native:
            return self.romanised
        return fold(self.given).casefold()


def make_person(rng: random.Random, scripts: bool = True) -> Person:
    """One person: a naming group, a given name, a surname (or none), sometimes a middle name."""
    if scripts and rng.random() < 0.07:
        native, script, romanised = rng.choice(people.NON_LATIN)
        return Person("", "", script, "script", native=native, script=script, romanised=romanised)
    group = rng.choice(people.GROUPS)
    given = rng.choice(group.given)
    surname = rng.choice(group.surnames) if group.surnames else ""
    if group.shape == "mono" and rng.random() < 0.35:
        surname = ""
    middle = ""
    if surname and rng.random() < 0.14:
        middle = rng.choice([g for g in group.given if g != given] or [given])
    return Person(given, surname, group.culture, group.shape, middle=middle)


def _caps_surname(surname: str) -> str:
    """SURNAME in capitals, particles kept as written ("van der BERG", "Ní BHRIAIN")."""
    words = surname.split(" ")
    return " ".join(w if w.casefold() in _LOWER_PARTICLES else w.upper() for w in words)


_LOWER_PARTICLES = frozenset(["van", "der", "den", "de", "la", "du", "dos", "da", "bin", "binti",
                              "ap", "ab", "ferch", "zu", "von", "af", "le", "del", "dalla", "'t",
                              "i", "ní", "nic", "uí", "dela", "an", "t-saoir"])  # fmt: skip


def _initials(name: str) -> str:
    letters = [
        next((c for c in part if c.isalpha()), "") for part in name.replace("-", " ").split()
    ]
    return " ".join(c + "." for c in letters if c) or name


def full_name(rng: random.Random, person: Person) -> list[Piece]:
    """The whole name in one of many written forms (a NAME label)."""
    if person.native:
        return [(person.native, Kind.NAME, f"script {person.script}")]
    g, s, m = person.given, person.surname, person.middle
    if not s:
        choice = rng.random()
        if choice < 0.6:
            return [(g, Kind.NAME, "single name")]
        if choice < 0.8:
            return [(g.upper(), Kind.NAME, "single name, upper")]
        return [(g.lower(), Kind.NAME, "single name, lower")]
    options: list[tuple[str, str]] = []
    if person.family_first:
        options += [(f"{s} {g}", "family first")] * 3 + [
            (f"{s.upper()} {g}", "family first, SURNAME")
        ]
    options += [
        (f"{g} {s}", "given surname"),
        (f"{g} {s}", "given surname"),
        (f"{_caps_surname(s)}, {g}", "SURNAME, Given"),
        (f"{s}, {g}", "Surname, Given"),
        (f"{g} {_caps_surname(s)}", "Given SURNAME"),
        (f"{_initials(g)} {s}", "initials"),
        (f"{g.lower()} {s.lower()}", "all lower"),
        (f"{g.upper()} {s.upper()}", "all upper"),
        (f"{g[0]}.{s}" if " " not in s else f"{g[0]}. {s}", "initial glued"),
    ]
    if m:
        options += [(f"{g} {m} {s}", "middle name"), (f"{g} {m[0]}. {s}", "middle initial")]
    if has_accents(g + s):
        options += [(fold(f"{g} {s}"), "accents dropped")] * 2
    text, form = rng.choice(options)
    return [(text, Kind.NAME, form)]


def first_name(rng: random.Random, person: Person) -> list[Piece]:
    """The given name alone, or a familiar form of it (a FIRST label)."""
    if person.native:
        return [(person.native, Kind.NAME, f"script {person.script}")]
    g = person.given
    nick = people.NICKNAMES.get(g)
    r = rng.random()
    if nick and r < 0.45:
        return [(rng.choice(nick), Kind.FIRST, "nickname")]
    if r < 0.62:
        return [(g.lower(), Kind.FIRST, "lower")]
    if r < 0.7:
        return [(g.upper(), Kind.FIRST, "upper")]
    if has_accents(g) and r < 0.85:
        return [(fold(g), Kind.FIRST, "accents dropped")]
    return [(g, Kind.FIRST, "word name" if g in people.WORD_GIVEN else "plain")]


def surname(rng: random.Random, person: Person) -> list[Piece]:
    """The surname alone, often after a title (a SURNAME label; the title is not labelled)."""
    if person.native:
        return [(person.native, Kind.NAME, f"script {person.script}")]
    if not person.surname:
        return [(person.given, Kind.NAME, "single name")]
    s = person.surname
    r = rng.random()
    if r < 0.45:
        title = rng.choice(people.TITLES)
        form = "titled, word surname" if s in people.WORD_SURNAMES else "titled"
        return [plain(title + " "), (s, Kind.SURNAME, form)]
    if r < 0.6:
        return [(_caps_surname(s), Kind.SURNAME, "upper")]
    if r < 0.7:
        return [(s.lower(), Kind.SURNAME, "lower")]
    if r < 0.8:
        return [(s, Kind.SURNAME, "with suffix"), plain(rng.choice(people.SUFFIXES))]
    return [(s, Kind.SURNAME, "word surname" if s in people.WORD_SURNAMES else "plain")]


def titled_name(rng: random.Random, person: Person) -> list[Piece]:
    """A title before the whole name: "Dr Aoife Ní Bhriain", "Pani Zofia Wróbel"."""
    title = plain(rng.choice(people.TITLES) + " ")
    if person.surname and not person.native and rng.random() < 0.5:
        form = (
            "titled surname, word" if person.surname in people.WORD_SURNAMES else "titled surname"
        )
        return [title, (person.surname, Kind.SURNAME, form)]
    text, kind, form = full_name(rng, person)[0]
    return [title, (text, kind, f"titled {form}")]


def possessive(rng: random.Random, person: Person) -> list[Piece]:
    """A name with a possessive ending outside the label: "Aoife's", "Mr Jones's"."""
    pieces = first_name(rng, person) if rng.random() < 0.6 else full_name(rng, person)
    text, kind, form = pieces[-1]
    ending = "'" if text.endswith(("s", "S")) and rng.random() < 0.5 else "'s"
    if rng.random() < 0.15:
        ending = "’s"
    return [*pieces[:-1], (text, kind, f"possessive {form}"), plain(ending)]


# --- e-mail ---------------------------------------------------------------------------


def email_address(rng: random.Random, person: Person) -> str:
    """An address a person of that name might have (or an unrelated handle)."""
    domain = rng.choice(places.EMAIL_DOMAINS)
    handle = person.ascii_local()
    last = fold(person.surname).casefold().replace("'", "").replace(" ", "")
    last = last.replace("-", rng.choice(["", "-", "."]))
    handle = handle.replace(" ", "").replace("'", "")
    year = str(rng.choice([rng.randint(1950, 2008), rng.randint(1, 99)]))
    shapes = [f"{handle}.{last}", f"{handle[:1]}{last}", f"{handle}{last}{year}",
              f"{last}_{handle}", f"{handle}{year}", f"{handle}.{last}{rng.randint(1, 9)}"]  # fmt: skip
    if not last:
        shapes = [f"{handle}{year}", f"{handle}.{rng.choice(['uk', 'home', 'x'])}", f"the.{handle}"]
    if rng.random() < 0.1:
        shapes = [rng.choice(["bluebell.mum", "kingfisher_1977", "sunnydaze84", "grace.and.co",
                              "wee.hamish.dad", "rugbyfan_cardiff", "nanarose", "bakerboy22"])]  # fmt: skip
    local = rng.choice(shapes).strip(".-_") or "shopper"
    return f"{local}@{domain}"


def _spell(text: str) -> str:
    return " ".join(text)


def _zero_width(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(2):
        at = rng.randint(1, len(chars) - 1)
        chars.insert(at, rng.choice(["\u200b", "\u200c", "\u2060"]))
    return "".join(chars)


EMAIL_FORMS = (
    "plain",
    "upper",
    "mixed case",
    "at dot words",
    "AT DOT words",
    "bracket at",
    "paren at",
    "brace at",
    "bracket @",
    "spaced letters",
    "%40",
    "&#64;",
    "zero-width",
    "mailto",
    "angle brackets",
    "plus tag",
    "line break",
    "trailing punctuation",
    "spaced at",
    "quoted",
    "at word, real dot",
)


def email(rng: random.Random, address: str, form: str | None = None) -> list[Piece]:
    """An e-mail address in one of ``EMAIL_FORMS``."""
    form = form or rng.choice(EMAIL_FORMS)
    local, domain = address.split("@")
    dotted = domain.replace(".", " dot ")
    written: dict[str, list[Piece]] = {
        "plain": [(address, Kind.EMAIL, form)],
        "upper": [(address.upper(), Kind.EMAIL, form)],
        "mixed case": [(local.capitalize() + "@" + domain.title(), Kind.EMAIL, form)],
        "at dot words": [(f"{local.replace('.', ' dot ')} at {dotted}", Kind.EMAIL, form)],
        "AT DOT words": [(f"{local} AT {domain.replace('.', ' DOT ')}", Kind.EMAIL, form)],
        "bracket at": [(f"{local} [at] {domain}", Kind.EMAIL, form)],
        "paren at": [(f"{local}(at){domain.replace('.', '(dot)')}", Kind.EMAIL, form)],
        "brace at": [(f"{local} {{at}} {domain}", Kind.EMAIL, form)],
        "bracket @": [(f"{local}[@]{domain}", Kind.EMAIL, form)],
        "spaced letters": [(_spell(local) + " @ " + _spell(domain), Kind.EMAIL, form)],
        "%40": [(f"{local}%40{domain}", Kind.EMAIL, form)],
        "&#64;": [(f"{local}&#64;{domain}", Kind.EMAIL, form)],
        "zero-width": [(_zero_width(rng, local) + "@" + domain, Kind.EMAIL, form)],
        "mailto": [plain("mailto:"), (address, Kind.EMAIL, form)],
        "angle brackets": [plain("<"), (address, Kind.EMAIL, form), plain(">")],
        "plus tag": [(f"{local}+{rng.choice(['cashback', 'shop', 'tcb', 'claims', 'x'])}@{domain}", Kind.EMAIL, form)],
        "line break": [(f"{local}@\n{domain}", Kind.EMAIL, form)],
        "trailing punctuation": [(address, Kind.EMAIL, form), plain(rng.choice([".", ",", ");", "!!", "?", ":)"]))],
        "spaced at": [(f"{local} @ {domain}", Kind.EMAIL, form)],
        "quoted": [plain('"'), (address, Kind.EMAIL, form), plain('"')],
        "at word, real dot": [(f"{local} at {domain}", Kind.EMAIL, form)],
    }  # fmt: skip
    return written[form]


# --- phones ---------------------------------------------------------------------------

_WORDS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_ZERO = ("oh", "zero", "nought")


def _digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def _in_words(rng: random.Random, digits: str) -> str:
    out: list[str] = []
    i = 0
    zero = rng.choice(_ZERO)
    while i < len(digits):
        d = digits[i]
        run = 1
        while i + run < len(digits) and digits[i + run] == d and run < 3:
            run += 1
        word = zero if d == "0" else _WORDS[int(d)]
        if run == 3:
            out.append(f"treble {word}")
        elif run == 2:
            out.append(f"double {word}")
        else:
            out.append(word)
        i += run
    return " ".join(out)


def uk_mobile(rng: random.Random) -> str:
    return "07" + str(rng.choice([4, 5, 7, 8, 9])) + _digits(rng, 8)


def phone(rng: random.Random, digits: str | None = None) -> list[Piece]:
    """A phone number in one of many written forms (a PHONE label; extensions outside)."""
    r = rng.random()
    if digits is None and r < 0.25:
        return _other_phone(rng)
    m = digits or uk_mobile(rng)
    a, b = m[:5], m[5:]
    forms = [
        (f"{a} {b}", "mobile 5+6"),
        (f"{m[:4]} {m[4:7]} {m[7:]}", "mobile 4+3+4"),
        (m, "mobile run"),
        (f"+44 {m[1:5]} {b}", "+44"),
        (f"+44 (0){m[1:5]} {b}", "+44 (0)"),
        (f"0044 {m[1:5]} {b}", "0044"),
        ("+44" + m[1:], "+44 run"),
        (f"{a}.{b[:3]}.{b[3:]}", "dots"),
        (f"{a}-{b[:3]}-{b[3:]}", "dashes"),
        (f"({a}) {b}", "brackets"),
        (" ".join(m), "spaced digits"),
        (_in_words(rng, m), "words"),
        (f"{a} / {b}", "slash"),
        (m.translate(str.maketrans("0123456789", "０１２３４５６７８９")), "full-width digits"),
        (f"{a}\n{b}", "line break"),
        (f"{m[:2]} {_in_words(rng, m[2:5])} {b}", "words and digits"),
    ]
    text, form = rng.choice(forms)
    return [(text, Kind.PHONE, form)]


def _other_phone(rng: random.Random) -> list[Piece]:
    d = _digits
    forms = [
        (f"020 7{d(rng, 3)} {d(rng, 4)}", "London landline"),
        (f"(020) 8{d(rng, 3)} {d(rng, 4)}", "London landline, brackets"),
        (f"0161 {d(rng, 3)} {d(rng, 4)}", "landline 4+3+4"),
        (f"0131-{d(rng, 3)}-{d(rng, 4)}", "landline dashes"),
        (f"029 20{d(rng, 2)} {d(rng, 4)}", "Cardiff landline"),
        (f"01{d(rng, 3)} {d(rng, 6)}", "landline 5+6"),
        (f"028 90{d(rng, 2)} {d(rng, 4)}", "Belfast landline"),
        (f"08{rng.choice('35679')} {d(rng, 3)} {d(rng, 4)}", "Irish mobile"),
        (f"+353 8{rng.choice('35679')} {d(rng, 3)} {d(rng, 4)}", "Irish +353"),
        (f"00353 (0)8{rng.choice('5679')} {d(rng, 7)}", "Irish 00353 (0)"),
        (f"(01) {d(rng, 3)} {d(rng, 4)}", "Dublin landline"),
        (f"021 4{d(rng, 2)} {d(rng, 4)}", "Cork landline"),
        (f"+48 {d(rng, 3)} {d(rng, 3)} {d(rng, 3)}", "Polish +48"),
        (f"+33 6 {d(rng, 2)} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}", "French +33"),
        (f"+49 15{d(rng, 1)} {d(rng, 4)} {d(rng, 4)}", "German +49"),
        (f"+234 80{d(rng, 1)} {d(rng, 3)} {d(rng, 4)}", "Nigerian +234"),
        (f"+91 9{d(rng, 4)} {d(rng, 5)}", "Indian +91"),
        (f"+1 (876) {d(rng, 3)}-{d(rng, 4)}", "Jamaican +1"),
        (f"+92 3{d(rng, 2)} {d(rng, 7)}", "Pakistani +92"),
        (f"+880 1{d(rng, 3)}-{d(rng, 6)}", "Bangladeshi +880"),
        (f"+30 69{d(rng, 1)} {d(rng, 3)} {d(rng, 4)}", "Greek +30"),
        (f"0800 {d(rng, 3)} {d(rng, 4)}", "freephone"),
    ]
    text, form = rng.choice(forms)
    return [(text, Kind.PHONE, form)]


# --- postcodes ------------------------------------------------------------------------


def postcode_value(rng: random.Random) -> str:
    if rng.random() < 0.12:
        key = rng.choice(places.EIRCODE_KEYS)
        return key + " " + "".join(rng.choice(places.EIRCODE_CHARS) for _ in range(4))
    inward = str(rng.randint(0, 9)) + "".join(rng.choice(places.INWARD_LETTERS) for _ in range(2))
    return rng.choice(places.OUTWARD) + " " + inward


def postcode(rng: random.Random, value: str) -> list[Piece]:
    out, inward = value.split(" ")
    eir = "Eircode " if len(inward) == 4 else ""
    forms = [
        (value, "standard"),
        (value, "standard"),
        (out + inward, "no space"),
        (value.lower(), "lower"),
        ((out + inward).lower(), "lower, no space"),
        (f"{out}  {inward}", "double space"),
        (" ".join(out + inward), "split letters"),
        (f"{out}-{inward}", "hyphen"),
        (f"{out}\u00a0{inward}", "no-break space"),
        (out.capitalize() + " " + inward.lower(), "mixed case"),
    ]
    text, form = rng.choice(forms)
    return [(text, Kind.POSTCODE, eir + form)]


# --- streets and houses ---------------------------------------------------------------


def street_value(rng: random.Random) -> tuple[str, str, str]:
    """(number, stem, thoroughfare word or leading word); number may be ""."""
    number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 240)]))
    if rng.random() < 0.18:
        return number, rng.choice(places.CELTIC_STEMS), rng.choice(places.LEADING)
    word = rng.choice(places.THOROUGHFARES)
    return number, rng.choice(places.STREET_STEMS), word[0] if rng.random() < 0.7 else word[1]


def street(rng: random.Random, value: tuple[str, str, str]) -> list[Piece]:
    number, stem, word = value
    if word in places.LEADING:
        name = f"{word} {stem}"
        forms = [(f"{number} {name}", "Celtic"), (name, "Celtic, no number"),
                 (f"{name} {number}", "Celtic, number after"), (f"{number}, {name}", "Celtic, comma")]  # fmt: skip
    else:
        name = f"{stem} {word}"
        suffix = rng.choice("abc")
        forms = [
            (f"{number} {name}", "number"),
            (f"{number} {name}", "number"),
            (name, "no number"),
            (f"{number}{suffix} {name}", "number letter"),
            (f"{number}-{int(number) + 2} {name}", "range"),
            (f"No. {number} {name}", "No."),
            (f"{name} {number}", "number after"),
            (f"{number} {name}".lower(), "lower"),
            (f"{number} {name}".upper(), "upper"),
            (f"{number}, {name}", "comma"),
            (f"{rng.choice(places.FLATS)}, {number} {name}", "flat"),
            (f"{rng.choice(places.FLATS)} {number} {name}", "flat, no comma"),
        ]
    text, form = rng.choice(forms)
    return [(text, Kind.STREET, form)]


def house(rng: random.Random, value: str) -> list[Piece]:
    forms = [(value, "plain"), (value, "plain"), (value.upper(), "upper"), (value.lower(), "lower")]
    if value.startswith("The "):
        forms.append((value[4:], "no article"))
    if "-" in value:
        forms.append((value.replace("-", " "), "hyphens dropped"))
    if has_accents(value):
        forms.append((fold(value), "accents dropped"))
    text, form = rng.choice(forms)
    return [(text, Kind.HOUSE, form)]


# --- member ids -----------------------------------------------------------------------

MEMBER_CUES: tuple[tuple[str, str], ...] = (
    ("member no.", "English"),
    ("membership number", "English"),
    ("user ID", "English"),
    ("account no", "English"),
    ("customer ref", "English"),
    ("my ID is", "English"),
    ("Mitgliedsnummer", "German"),
    ("Kundennummer:", "German"),
    ("n° adhérent", "French"),
    ("numéro client", "French"),
    ("número de socio", "Spanish"),
    ("nº de cliente", "Spanish"),
    ("numer klienta", "Polish"),
    ("nr członkowski", "Polish"),
    ("lidnummer", "Dutch"),
    ("rhif aelod", "Welsh"),
    ("uimhir bhaill", "Irish"),
    ("medlemsnummer", "Danish"),
    ("jäsennumero", "Finnish"),
    ("félagsnúmer", "Icelandic"),
    ("numero socio", "Italian"),
    ("会員番号", "Japanese"),
    ("회원번호", "Korean"),
    ("رقم العضوية", "Arabic"),
    ("üye no", "Turkish"),
    ("номер участника", "Russian"),
    ("nambari ya mwanachama", "Swahili"),
)


def member_value(rng: random.Random) -> tuple[str, str]:
    """(id, shape); every shape holds five digits or more."""
    d = _digits
    shapes = [
        (f"TCB-{d(rng, 8)}", "prefix dash"),
        (f"QC {d(rng, 4)} {d(rng, 4)}", "prefix spaced"),
        (f"M{d(rng, 7)}", "letter run"),
        (f"KS/{d(rng, 3)}/{d(rng, 4)}", "slashes"),
        (d(rng, 8), "digits"),
        (f"{d(rng, 4)}-{d(rng, 4)}-{d(rng, 2)}", "dashed digits"),
        (f"ef_{d(rng, 8)}", "underscore"),
        (f"A{d(rng, 1)}-{d(rng, 3)}-{d(rng, 4)}", "mixed"),
        (f"MBR{d(rng, 6)}", "prefix run"),
        ("000" + d(rng, 6), "leading zeros"),
        (f"{d(rng, 3)}.{d(rng, 3)}.{d(rng, 3)}", "dotted"),
        (f"U{d(rng, 5)}X{d(rng, 2)}", "letters inside"),
        (f"{d(rng, 2)} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}", "pairs"),
    ]
    return rng.choice(shapes)


def member(rng: random.Random, value: tuple[str, str], cue: str) -> list[Piece]:
    """A member id; ``cue`` says how the note names it ("near", "far", "none")."""
    text, shape = value
    if rng.random() < 0.12:
        text = text.lower()
    return [(text, Kind.MEMBER, f"{cue} cue, {shape}")]


def member_with_cue(rng: random.Random, value: tuple[str, str]) -> list[Piece]:
    """A cue word in one of several languages right before the id."""
    word, language = rng.choice(MEMBER_CUES)
    joiner = rng.choice([" ", ": ", " - ", " #"])
    text, shape = value
    return [plain(word + joiner), (text, Kind.MEMBER, f"near cue, {shape}, {language}")]


# --- look-alikes that must be kept ----------------------------------------------------

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def date(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randint(5, 9)
    name = _MONTHS[month - 1]
    th = "th" if day in (11, 12, 13) or day % 10 > 3 or day % 10 == 0 else "stndrd"[2 * (day % 10 - 1):][:2]  # fmt: skip
    return rng.choice([
        f"{day:02d}/{month:02d}/2026", f"{day} {name}", f"2026-{month:02d}-{day:02d}",
        f"{day}{th} {name[:3]}", f"{day:02d}.{month:02d}.26", f"{name} {day}{th}",
        f"{day}-{name[:3]}-2026", f"{day}/{month}",
    ])  # fmt: skip


def amount(rng: random.Random) -> str:
    pounds = rng.choice([rng.randint(5, 99), rng.randint(100, 1800)])
    pence = rng.randint(0, 99)
    return rng.choice([
        f"£{pounds}.{pence:02d}", f"£{pounds:,}.{pence:02d}", f"{pounds},{pence:02d} €",
        f"€{pounds}", f"GBP {pounds:,}.{pence:02d}", f"£{pounds}", f"{pounds}.{pence:02d} quid",
        f"{pounds} zł", f"EUR {pounds},{pence:02d}",
    ])  # fmt: skip


def tracking(rng: random.Random) -> str:
    d, letters = _digits, "ABCDEFGHJKLMNPRSTUVWXYZ"
    two = rng.choice(letters) + rng.choice(letters)
    return rng.choice([
        f"{two}{d(rng, 9)}GB", f"{d(rng, 14)}", f"1Z{d(rng, 3)}{two}{d(rng, 10)}",
        f"JD{d(rng, 18)}", f"H{d(rng, 2)}{two}{d(rng, 12)}", f"CE{d(rng, 9)}IE",
        f"{two} {d(rng, 4)} {d(rng, 4)} 1GB",
    ])  # fmt: skip


def sku(rng: random.Random) -> tuple[str, str]:
    d = _digits
    return rng.choice([
        (f"{d(rng, 3)}-{d(rng, 4)}-{d(rng, 2)}", "sku"), ("50" + d(rng, 11), "ean"),
        ("0" + d(rng, 11), "ean"), (f"HX-{d(rng, 4)}", "sku"), (f"{d(rng, 6)}/{d(rng, 3)}", "sku"),
        (f"{d(rng, 5)} {d(rng, 6)}", "sku"),
    ])  # fmt: skip


def time_of_day(rng: random.Random) -> str:
    h, m = rng.randint(7, 22), rng.choice([0, 5, 15, 20, 30, 45, 50])
    return rng.choice([f"{h:02d}:{m:02d}", f"{(h - 1) % 12 + 1}.{m:02d}{'am' if h < 12 else 'pm'}",
                       f"{h}h{m:02d}", f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"])  # fmt: skip


def order_ref(rng: random.Random) -> tuple[str, str]:
    """(order ref, shape); some are shaped like phone numbers or postcodes on purpose."""
    d = _digits
    return rng.choice([
        (f"#W{d(rng, 9)}", "hash"), (f"JL-2026-{d(rng, 6)}", "dashed"), (d(rng, 9), "digits"),
        (f"ORD/{d(rng, 2)}/{d(rng, 5)}", "slashes"), (f"07 {d(rng, 4)} {d(rng, 4)}", "phone-shaped"),
        (f"0{d(rng, 4)} {d(rng, 6)}", "phone-shaped"), (f"A{d(rng, 2)}B {d(rng, 1)}CD", "postcode-shaped"),
        (f"{d(rng, 3)}-{d(rng, 7)}-{d(rng, 7)}", "three parts"), (f"SO{d(rng, 8)}", "prefix"),
        (f"MX{d(rng, 4)}-{d(rng, 4)}", "prefix dashed"),
    ])  # fmt: skip


def claim_id(rng: random.Random, prefix: str = "CLM") -> str:
    return f"{prefix}-2026-{_digits(rng, 6)}"
