"""Fresh13 written forms: how shoppers and agents write names, contacts, addresses and ids.

A ``Piece`` is ``(text, kind or None, form)``; a value is a list of pieces so that brackets,
titles and full stops around it stay outside its label. Every form here was made up for this
set; forms are named so leaks can be broken down by them.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from fresh13 import people, places

Piece = tuple[str, str | None, str]

NAME_FORMS = ("plain", "caps", "lower", "comma", "comma caps", "initial", "middle initial",
              "title", "typo", "possessive", "caps surname", "nickname", "no space comma")  # fmt: skip
FIRST_FORMS = ("plain", "lower", "caps", "nickname", "typo", "possessive")
SURNAME_FORMS = ("title", "caps title", "bare", "possessive")
EMAIL_FORMS = ("plain", "upper", "plus tag", "sub-domain", "spelt out", "square brackets",
               "round brackets", "spaced at", "line break", "trailing stop", "angle brackets",
               "mailto", "caps words", "missing at", "comma for dot", "hash for at")  # fmt: skip
PHONE_FORMS = ("mobile 5-6", "mobile 5-3-3", "mobile solid", "+44", "+44 (0)", "0044",
               "+44 solid", "dashes", "dots", "slash", "landline 5-6", "landline brackets",
               "landline 4-3-4", "london 020", "02x city", "with ext", "spoken",
               "half spoken", "doubles", "irish mobile", "irish +353", "irish landline",
               "digit pairs")  # fmt: skip
POSTCODE_FORMS = ("plain", "no space", "double space", "lower", "mixed case", "o for zero",
                  "spaced out", "bfpo", "eircode", "eircode no space", "eircode lower")  # fmt: skip
STREET_FORMS = ("plain", "abbreviated", "number letter", "number range", "no number",
                "lower", "caps", "typo", "comma after number", "leading word", "flat line",
                "floor line", "tenement", "the", "no thoroughfare stop", "number words")  # fmt: skip
HOUSE_FORMS = ("house name", "house name caps", "quoted house name", "building", "unit")
MEMBER_SHAPES = ("prefixed", "digits", "grouped", "slashed", "alnum", "suffixed", "handle",
                 "dotted")  # fmt: skip
MEMBER_CUES = ("near", "far", "none")
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Mr.", "Mrs.")
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve")  # fmt: skip
DIGIT_WORDS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    surname: str
    culture: str
    shape: str
    father: str = ""
    script: str = ""  # the script a name is written in, empty for Latin


def person(rng: random.Random, script: float = 0.0) -> Person:
    """Someone from one of the set's groups (or, with chance ``script``, in their own script)."""
    if rng.random() < script:
        name_script, given, surname, family_first = rng.choice(people.NON_LATIN)
        shape = "family-first" if family_first else "plain"
        return Person(given, surname, name_script, shape, script=name_script)
    group = rng.choice(people.GROUPS)
    given = rng.choice(group.given)
    surname = rng.choice(group.surnames)
    father = ""
    if group.shape == "double":
        other = rng.choice([s for s in group.surnames if s != surname])
        surname = f"{surname} {other}"
    elif group.shape == "hyphen":
        other = rng.choice([s for s in group.surnames if s != surname])
        surname = f"{surname}-{other}"
    elif group.shape == "patronym":
        father = rng.choice([g for g in group.given if g != given])
    return Person(given, surname, group.culture, group.shape, father)


def relative(rng: random.Random, of: Person) -> Person:
    """A household member: same surname, another given name from the same culture."""
    group = next((g for g in people.GROUPS if g.culture == of.culture), None)
    if group is None:
        return person(rng)
    given = rng.choice([g for g in group.given if g != of.given] or list(group.given))
    return Person(given, of.surname, of.culture, of.shape, of.given if of.father else "")


def full(p: Person) -> str:
    if p.shape == "family-first":
        return f"{p.surname} {p.given}"
    if p.shape == "patronym":
        return f"{p.given} {p.father} {p.surname}"
    if p.shape == "mono":
        return p.given
    return f"{p.given} {p.surname}"


def typo(rng: random.Random, word: str) -> str:
    """One slip of the keyboard inside a word: a swap, a doubled or a dropped letter."""
    spots = [i for i in range(1, len(word) - 2) if word[i].isalpha() and word[i + 1].isalpha()]
    if len(word) < 4 or not spots:
        return word + word[-1]
    i = rng.choice(spots)
    how = rng.randrange(3)
    if how == 0 and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if how == 1:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1 :]


def _label(text: str, kind: str, form: str) -> list[Piece]:
    return [(text, kind, form)]


def name(rng: random.Random, p: Person, form: str | None = None) -> list[Piece]:
    """A whole name (NAME) in a written form; titles and "'s" stay outside the label."""
    if p.script:
        return _label(full(p), "NAME", f"script,{p.script}")
    form = form or rng.choice([f for f in NAME_FORMS if f != "possessive"])
    shape = p.shape
    tag = f"{form}, {shape}"
    whole = full(p)
    if form == "caps":
        return _label(whole.upper(), "NAME", tag)
    if form == "lower":
        return _label(whole.lower(), "NAME", tag)
    if form in ("comma", "comma caps", "no space comma"):
        surname = p.surname.upper() if form == "comma caps" else p.surname
        given = p.given if not p.father else f"{p.given} {p.father}"
        sep = "," if form == "no space comma" else ", "
        return _label(f"{surname}{sep}{given}", "NAME", tag)
    if form == "initial":
        dot = rng.choice([". ", " ", "."])
        return _label(f"{p.given[0]}{dot}{p.surname}", "NAME", tag)
    if form == "middle initial":
        middle = rng.choice("ABCDEFGHJKLMNPRSTW")
        return _label(f"{p.given} {middle}. {p.surname}", "NAME", tag)
    if form == "title":
        return [(rng.choice(TITLES) + " ", None, ""), (f"{p.given} {p.surname}", "NAME", tag)]
    if form == "typo":
        parts = whole.split(" ")
        at = rng.randrange(len(parts))
        parts[at] = typo(rng, parts[at])
        return _label(" ".join(parts), "NAME", tag)
    if form == "possessive":
        return [(whole, "NAME", tag), (rng.choice(["'s", "s", "’s"]), None, "")]
    if form == "caps surname":
        return _label(f"{p.given} {p.surname.upper()}", "NAME", tag)
    if form == "nickname":
        nick = people.NICKNAMES.get(p.given)
        if nick is None:
            return _label(whole, "NAME", f"plain, {shape}")
        return _label(f"{nick} {p.surname}", "NAME", tag)
    return _label(whole, "NAME", tag)


def first(rng: random.Random, p: Person, form: str | None = None) -> list[Piece]:
    """A given name alone (FIRST)."""
    if p.script:
        return _label(p.given, "FIRST", f"script,{p.script}")
    form = form or rng.choice([f for f in FIRST_FORMS if f != "possessive"])
    given = p.given
    if form == "lower":
        given = given.lower()
    elif form == "caps":
        given = given.upper()
    elif form == "nickname":
        given = people.NICKNAMES.get(given, given)
    elif form == "typo":
        given = typo(rng, given.split(" ")[0]) + given[len(given.split(" ")[0]) :]
    elif form == "possessive":
        return [(given, "FIRST", form), ("'s", None, "")]
    return _label(given, "FIRST", form)


def surname(rng: random.Random, p: Person, form: str | None = None) -> list[Piece]:
    """A surname alone (SURNAME), with or without a title before it."""
    if p.script:
        return _label(p.surname, "SURNAME", f"script,{p.script}")
    form = form or rng.choice([f for f in SURNAME_FORMS if f != "possessive"])
    if form == "title":
        return [(rng.choice(TITLES) + " ", None, ""), (p.surname, "SURNAME", form)]
    if form == "caps title":
        return [(rng.choice(TITLES).upper() + " ", None, ""), (p.surname.upper(), "SURNAME", form)]
    if form == "possessive":
        return [(p.surname, "SURNAME", form), ("'s", None, "")]
    return _label(p.surname, "SURNAME", form)


# --- e-mail --------------------------------------------------------------------------------


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    folded = folded.replace("ð", "d").replace("þ", "th").replace("ø", "o").replace("æ", "ae")
    return "".join(c for c in folded if c.isascii() and c.isalnum()).lower()


def local_part(rng: random.Random, p: Person) -> str:
    given, family = _ascii(p.given.split(" ")[0]), _ascii(p.surname.split(" ")[-1])
    if not given or not family:
        other = person(rng)
        given, family = _ascii(other.given.split(" ")[0]), _ascii(other.surname.split(" ")[-1])
    given, family = given or "shopper", family or "home"
    year = str(rng.randint(1958, 2007))
    shapes = (
        f"{given}.{family}", f"{given}{family}", f"{given[0]}.{family}", f"{family}.{given}",
        f"{given}{family}{year[2:]}", f"{given}_{family}", f"{given}.{family}.{rng.randint(2, 9)}",
        f"{given}{year}", f"the{family}s", f"{given}-{family}", f"{family}{given[0]}{rng.randint(1, 99)}",
    )  # fmt: skip
    return rng.choice(shapes)


def email(rng: random.Random, p: Person, form: str | None = None) -> list[Piece]:
    form = form or rng.choice(EMAIL_FORMS)
    local = local_part(rng, p)
    domain = rng.choice(places.EMAIL_DOMAINS)
    host, _, tld = domain.partition(".")
    if form == "sub-domain":
        domain = rng.choice(places.SUB_DOMAINS)
    if form == "upper":
        return _label(f"{local}@{domain}".upper(), "EMAIL", form)
    if form == "plus tag":
        tag = rng.choice(["cashback", "shopping", "tcb", "quidco", "offers", "2024"])
        return _label(f"{local}+{tag}@{domain}", "EMAIL", form)
    if form == "spelt out":
        spelt = local.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        return _label(f"{spelt} at {host} dot {tld.replace('.', ' dot ')}", "EMAIL", form)
    if form == "square brackets":
        return _label(f"{local}[at]{host}[dot]{tld.replace('.', '[dot]')}", "EMAIL", form)
    if form == "round brackets":
        return _label(f"{local} (at) {host} (dot) {tld}", "EMAIL", form)
    if form == "spaced at":
        return _label(f"{local} @ {domain}", "EMAIL", form)
    if form == "line break":
        if rng.random() < 0.5:
            return _label(f"{local}@\n{domain}", "EMAIL", form)
        return _label(f"{local}@{host}.\n{tld}", "EMAIL", form)
    if form == "trailing stop":
        return [(f"{local}@{domain}", "EMAIL", form), (".", None, "")]
    if form == "angle brackets":
        return [("<", None, ""), (f"{local}@{domain}", "EMAIL", form), (">", None, "")]
    if form == "mailto":
        return [("mailto:", None, ""), (f"{local}@{domain}", "EMAIL", form)]
    if form == "caps words":
        return _label(f"{local} AT {host} DOT {tld.replace('.', ' DOT ')}", "EMAIL", form)
    if form == "missing at":
        return _label(f"{local} {domain}", "EMAIL", form)
    if form == "comma for dot":
        return _label(f"{local}@{host},{tld}", "EMAIL", form)
    if form == "hash for at":
        return _label(f"{local}#{domain}", "EMAIL", form)
    return _label(f"{local}@{domain}", "EMAIL", form)


# --- phones --------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _spoken(rng: random.Random, digits: str, half: bool) -> str:
    words: list[str] = []
    i = 0
    while i < len(digits):
        d = digits[i]
        run = 1
        while i + run < len(digits) and digits[i + run] == d and run < 3:
            run += 1
        word = DIGIT_WORDS[int(d)] if not (d == "0" and rng.random() < 0.3) else "zero"
        if half and i < 5:
            words.append(digits[i : i + run])
        elif run == 3:
            words.append(f"treble {word}")
        elif run == 2:
            words.append(f"double {word}")
        else:
            words.append(word)
        i += run
    return " ".join(words)


def phone(rng: random.Random, form: str | None = None) -> list[Piece]:
    form = form or rng.choice(PHONE_FORMS)
    mobile = "07" + str(rng.randint(3, 9)) + _digits(rng, 8)
    m = mobile
    land_code = "01" + rng.choice(["632", "274", "484", "392", "872", "905", "524", "709", "946"])
    if form == "mobile 5-6":
        text = f"{m[:5]} {m[5:]}"
    elif form == "mobile 5-3-3":
        text = f"{m[:5]} {m[5:8]} {m[8:]}"
    elif form == "mobile solid":
        text = m
    elif form == "+44":
        text = f"+44 {m[1:5]} {m[5:]}"
    elif form == "+44 (0)":
        text = f"+44 (0){m[1:5]} {m[5:]}"
    elif form == "0044":
        text = f"0044 {m[1:5]} {m[5:8]} {m[8:]}"
    elif form == "+44 solid":
        text = f"+44{m[1:]}"
    elif form == "dashes":
        text = f"{m[:5]}-{m[5:8]}-{m[8:]}"
    elif form == "dots":
        text = f"{m[:5]}.{m[5:8]}.{m[8:]}"
    elif form == "slash":
        text = f"{m[:5]}/{m[5:]}"
    elif form == "landline 5-6":
        text = f"{land_code} {_digits(rng, 6)}"
    elif form == "landline brackets":
        text = f"({land_code}) {_digits(rng, 6)}"
    elif form == "landline 4-3-4":
        text = f"01{rng.choice('12345679')}1 {_digits(rng, 3)} {_digits(rng, 4)}"
    elif form == "london 020":
        text = f"020 {rng.choice('378')}{_digits(rng, 3)} {_digits(rng, 4)}"
    elif form == "02x city":
        code = rng.choice(["029 20", "028 90", "023 80", "024 76", "029 21", "028 71"])
        text = f"{code}{_digits(rng, 2)} {_digits(rng, 4)}"
    elif form == "with ext":
        ext = rng.choice(["ext", "ext.", "x", "extn"])
        text = f"{land_code} {_digits(rng, 6)} {ext} {rng.randint(10, 9999)}"
    elif form == "spoken":
        text = _spoken(rng, m, half=False)
    elif form == "half spoken":
        text = _spoken(rng, m, half=True)
    elif form == "doubles":
        m = "077" + _digits(rng, 2) + "00" + _digits(rng, 4)
        text = f"0 double 7 {m[3:5]} double 0 {m[7:]}"
    elif form == "irish mobile":
        text = f"08{rng.choice('35679')} {_digits(rng, 3)} {_digits(rng, 4)}"
    elif form == "irish +353":
        text = f"+353 8{rng.choice('35679')} {_digits(rng, 3)} {_digits(rng, 4)}"
    elif form == "irish landline":
        text = rng.choice(
            [f"(01) {_digits(rng, 3)} {_digits(rng, 4)}", f"021 {_digits(rng, 3)} {_digits(rng, 4)}",
             f"+353 (0)91 {_digits(rng, 6)}"]
        )  # fmt: skip
    else:  # digit pairs
        text = f"{m[:3]} {m[3:5]} {m[5:7]} {m[7:9]} {m[9:]}"
    return _label(text, "PHONE", form)


# --- postcodes -----------------------------------------------------------------------------


def uk_postcode(rng: random.Random, shape: str | None = None) -> tuple[str, str]:
    shape = shape or rng.choice(tuple(places.OUTWARD))
    outward = rng.choice(places.OUTWARD[shape])
    inward = (
        f"{rng.randrange(10)}{rng.choice(places.INWARD_LETTERS)}{rng.choice(places.INWARD_LETTERS)}"
    )
    return f"{outward} {inward}", shape


def eircode(rng: random.Random) -> str:
    return (
        rng.choice(places.EIRCODE_KEYS)
        + " "
        + "".join(rng.choice(places.EIRCODE_CHARS) for _ in range(4))
    )


def postcode(rng: random.Random, form: str | None = None) -> list[Piece]:
    form = form or rng.choice(POSTCODE_FORMS)
    if form == "bfpo":
        return _label(f"BFPO {rng.randint(1, 850)}", "POSTCODE", form)
    if form.startswith("eircode"):
        code = eircode(rng)
        if form == "eircode no space":
            code = code.replace(" ", "")
        elif form == "eircode lower":
            code = code.lower()
        return _label(code, "POSTCODE", form)
    code, shape = uk_postcode(rng)
    outward, inward = code.split(" ")
    if form == "no space":
        code = outward + inward
    elif form == "double space":
        code = f"{outward}  {inward}"
    elif form == "lower":
        code = code.lower()
    elif form == "mixed case":
        code = outward[0] + outward[1:].lower() + " " + inward.lower()
    elif form == "o for zero":
        code = code.replace("0", "O") if "0" in code else code
    elif form == "spaced out":
        code = " ".join(outward + inward)
    return _label(code, "POSTCODE", f"{form}, {shape}")


# --- streets and houses --------------------------------------------------------------------


def _thoroughfare(rng: random.Random) -> tuple[str, str]:
    return rng.choice(places.THOROUGHFARES)


def street(rng: random.Random, form: str | None = None) -> list[Piece]:
    """A street line (STREET): number, name and thoroughfare word, in a written form."""
    form = form or rng.choice(STREET_FORMS)
    stem = rng.choice(places.STREET_STEMS)
    word, short = _thoroughfare(rng)
    number = str(rng.randint(1, 240))
    line = f"{number} {stem} {word}"
    if form == "abbreviated":
        line = f"{number} {stem} {short}"
    elif form == "number letter":
        line = f"{number}{rng.choice('abcAB')} {stem} {word}"
    elif form == "number range":
        low = rng.randint(1, 60)
        line = f"{low}-{low + rng.choice([1, 2, 4])} {stem} {word}"
    elif form == "no number":
        line = f"{stem} {word}"
    elif form == "lower":
        line = line.lower()
    elif form == "caps":
        line = line.upper()
    elif form == "typo":
        line = f"{number} {typo(rng, stem)} {word}"
    elif form == "comma after number":
        line = f"{number}, {stem} {word}"
    elif form == "leading word":
        line = f"{number} {rng.choice(places.LEADING_STREETS)}"
    elif form == "flat line":
        flat = rng.choice(["Flat", "Flat", "Apt", "Apartment", "flat"])
        line = f"{flat} {rng.randint(1, 40)}{rng.choice(['', '', 'B'])}, {line}"
    elif form == "floor line":
        floor = rng.choice(["Ground Floor Flat", "First Floor Flat", "2nd Floor", "Top Floor",
                            "Basement Flat", "Rear Annexe"])  # fmt: skip
        line = f"{floor}, {line}"
    elif form == "tenement":
        line = f"{rng.randint(0, 4)}/{rng.randint(1, 3)}, {line}"
    elif form == "the":
        line = f"{number} The {stem}"
    elif form == "no thoroughfare stop":
        line = f"{number} {stem} {word.lower()}"
    elif form == "number words":
        line = f"{rng.choice(NUMBER_WORDS)} {stem} {word}"
    return _label(line, "STREET", form)


def house(rng: random.Random, form: str | None = None) -> list[Piece]:
    """A house or building (HOUSE); a building brings its street (STREET) after it."""
    form = form or rng.choice(HOUSE_FORMS)
    name_ = rng.choice(places.HOUSE_NAMES)
    if form == "house name caps":
        return _label(name_.upper(), "HOUSE", form)
    if form == "quoted house name":
        return [("'", None, ""), (name_, "HOUSE", form), ("'", None, "")]
    if form in ("building", "unit"):
        lead = f"{rng.randint(1, 90)} " if form == "building" else f"Unit {rng.randint(1, 30)}, "
        building = f"{rng.choice(places.BUILDING_NAMES)} {rng.choice(places.BUILDING_WORDS)}"
        return [
            (f"{lead}{building}", "HOUSE", form),
            (", ", None, ""),
            (rng.choice(places.BUILDING_STREETS), "STREET", "building street"),
        ]
    return _label(name_, "HOUSE", form)


def town(rng: random.Random) -> list[Piece]:
    return _label(rng.choice(places.TOWNS), "KEEP", "town")


def address(rng: random.Random, sep: str = "\n", irish: bool | None = None) -> list[Piece]:
    """An address block: house or flat line, street, town (KEEP) and postcode."""
    parts: list[list[Piece]] = []
    roll = rng.random()
    if roll < 0.25:
        parts.append(house(rng, rng.choice(["house name", "house name", "house name caps"])))
        parts.append(street(rng, "no number"))
    elif roll < 0.4:
        parts.append(house(rng, rng.choice(["building", "unit"])))
    else:
        parts.append(street(rng))
    parts.append(town(rng))
    irish = rng.random() < 0.12 if irish is None else irish
    parts.append(postcode(rng, rng.choice(["eircode", "eircode no space"]) if irish else
                          rng.choice(["plain", "plain", "plain", "no space", "lower", "double space"])))  # fmt: skip
    pieces: list[Piece] = []
    for i, part in enumerate(parts):
        if i:
            pieces.append((sep, None, ""))
        pieces += part
    return pieces


# --- member ids ----------------------------------------------------------------------------


def member_value(rng: random.Random, shape: str) -> str:
    if shape == "prefixed":
        return (
            f"{rng.choice(['TCB', 'QC', 'KS', 'EF', 'M', 'CB'])}-{_digits(rng, rng.randint(6, 9))}"
        )
    if shape == "digits":
        return _digits(rng, rng.randint(7, 10))
    if shape == "grouped":
        return f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}"
    if shape == "slashed":
        return f"M/{rng.randint(2014, 2026)}/{_digits(rng, 6)}"
    if shape == "alnum":
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        blocks = (
            "".join(rng.choice(letters + "23456789") for _ in range(3)) + rng.choice("23456789")
            for _ in range(3)
        )
        return "-".join(blocks)
    if shape == "suffixed":
        return f"{_digits(rng, 6)}-{rng.choice(['TC', 'QD', 'UK', 'GB'])}"
    if shape == "handle":
        return f"{rng.choice(['shopper', 'bargainmum', 'cashbackqueen', 'dealhunter', 'user'])}_{_digits(rng, 4)}"
    return f"{_digits(rng, 3)}.{_digits(rng, 3)}.{_digits(rng, 3)}"


NEAR_CUES = ("member no. ", "Member ID: ", "my member number is ", "membership ", "acct no ",
             "user id ", "cashback id ", "mem# ", "Aelod/Member: ", "ID cliente ")  # fmt: skip
FAR_CUES = (
    "my member number (been with you since 2016 and never had a problem before this) is ",
    "the number on my account, which I had to dig out of an old welcome email, is ",
    "they asked what my membership was and after a good ten minutes I found it: ",
)
NO_CUES = ("", "(", "ref for me ")


def member(rng: random.Random, cue: str | None = None) -> list[Piece]:
    cue = cue or rng.choice(MEMBER_CUES)
    shape = rng.choice(MEMBER_SHAPES)
    value = member_value(rng, shape)
    form = f"{cue},{shape}"
    if cue == "near":
        return [(rng.choice(NEAR_CUES), None, ""), (value, "MEMBER", form)]
    if cue == "far":
        return [(rng.choice(FAR_CUES), None, ""), (value, "MEMBER", form)]
    lead = rng.choice(NO_CUES)
    return [(lead, None, ""), (value, "MEMBER", form), (")" if lead == "(" else "", None, "")]


# --- must-keeps ----------------------------------------------------------------------------

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip


def _initials(merchant: str) -> str:
    letters = "".join(w[0] for w in merchant.replace("&", "").split() if w[:1].isalpha())
    return (letters or "OR").upper()


def order_ref(rng: random.Random, merchant: str) -> str:
    """An order ref; some shaped like phone numbers or postcodes."""
    shape = rng.randrange(9)
    if shape == 0:
        return f"{_initials(merchant)}-{_digits(rng, 8)}"
    if shape == 1:
        return f"#{rng.randint(100000000, 199999999)}"
    if shape == 2:
        return f"W00{_digits(rng, 8)}"
    if shape == 3:
        return f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}"
    if shape == 4:
        return f"07{_digits(rng, 3)} {_digits(rng, 6)}"  # phone-shaped
    if shape == 5:
        return f"01{_digits(rng, 3)}-{_digits(rng, 6)}"  # landline-shaped
    if shape == 6:
        code, _ = uk_postcode(rng)
        return code.replace(" ", "") + _digits(rng, 3)  # postcode-shaped head
    if shape == 7:
        return f"{_initials(merchant)}{rng.randint(2024, 2026)}{_digits(rng, 5)}"
    return f"ORD{_digits(rng, 4)}-{rng.choice('ABCDEFGHK')}{_digits(rng, 2)}"


def claim_id(rng: random.Random) -> str:
    shape = rng.randrange(4)
    if shape == 0:
        return f"MC-{rng.randint(2025, 2026)}-{_digits(rng, 6)}"
    if shape == 1:
        return f"CLM{_digits(rng, 7)}"
    if shape == 2:
        return f"H/{_digits(rng, 5)}/{rng.choice('ABCDEFG')}"
    return f"RQ-{_digits(rng, 4)}-{_digits(rng, 3)}"


def voucher(rng: random.Random) -> str:
    return f"{rng.choice(places.VOUCHER_WORDS)}{rng.choice(['5', '10', '15', '20', '25', '30', '50', ''])}"


def date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
    shape = rng.randrange(8)
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    if shape == 0:
        return f"{day:02d}/{month:02d}/{year}"
    if shape == 1:
        return f"{day}/{month}/{year % 100}"
    if shape == 2:
        return f"{day} {MONTHS[month - 1]} {year}"
    if shape == 3:
        return f"{day}{suffix} {LONG_MONTHS[month - 1]}"
    if shape == 4:
        return f"{year}-{month:02d}-{day:02d}"
    if shape == 5:
        return f"{day:02d}.{month:02d}.{year % 100}"
    if shape == 6:
        return f"{day:02d}/{month:02d}"
    return f"{LONG_MONTHS[month - 1]} {day}{suffix}"


def amount(rng: random.Random) -> str:
    value = rng.choice([rng.uniform(3, 90), rng.uniform(90, 600), rng.uniform(600, 2400)])
    shape = rng.randrange(6)
    if shape == 0:
        return f"£{value:,.2f}"
    if shape == 1:
        return f"£{value:.2f}"
    if shape == 2:
        return f"{value:.2f} GBP"
    if shape == 3:
        return f"£{round(value)}"
    if shape == 4:
        return f"€{value:.2f}"
    return f"GBP {value:.2f}"


def time(rng: random.Random) -> str:
    hour, minute = rng.randint(7, 22), rng.choice([0, 5, 12, 15, 20, 30, 41, 45, 58])
    shape = rng.randrange(3)
    if shape == 0:
        return f"{hour:02d}:{minute:02d}"
    if shape == 1:
        return f"{hour % 12 or 12}.{minute:02d}{'pm' if hour >= 12 else 'am'}"
    return f"{hour % 12 or 12}{'pm' if hour >= 12 else 'am'}"


def tracking(rng: random.Random) -> str:
    shape = rng.randrange(5)
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if shape == 0:
        return f"{rng.choice(letters)}{rng.choice(letters)}{_digits(rng, 9)}GB"
    if shape == 1:
        return _digits(rng, 14)
    if shape == 2:
        return f"H{_digits(rng, 2)}{rng.choice(letters)}{rng.choice(letters)}{_digits(rng, 12)}"
    if shape == 3:
        return f"JD{_digits(rng, 18)}"
    return f"07{_digits(rng, 9)}"  # phone-shaped parcel number


def sku(rng: random.Random) -> str:
    shape = rng.randrange(3)
    if shape == 0:
        return (
            f"{_digits(rng, 4)}-{_digits(rng, 2)}-{rng.choice(['BLK', 'NVY', 'OAK', 'GRY', 'RED'])}"
        )
    if shape == 1:
        return f"SKU{_digits(rng, 8)}"
    return f"{rng.choice(['HB', 'IS', 'FL', 'AR'])}{_digits(rng, 3)}/{rng.choice(['S', 'M', 'L', 'XL', '10', '12'])}"
