"""The fresh11 written forms: how a person, an e-mail, a phone, a postcode or an address is written.

Every generator returns ``Piece`` tuples ``(text, kind, form)``: ``kind`` is a gold kind name
(``"NAME"``, ``"EMAIL"`` ...) for a labelled piece and ``None`` for glue. The forms name how a
value was written ("surname comma", "words pl", "+44 (0)", "spaced letters") so leaks can be
broken down by form. Everything is deterministic given the ``random.Random`` passed in.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from fresh11 import people, places

Piece = tuple[str, str | None, str]

_FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "ı": "i", "ŋ": "n",
                       "Ŋ": "N", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "þ": "th",
                       "Þ": "Th", "ð": "d", "Ð": "D", "œ": "oe", "'": "", "’": "", "ʻ": ""})  # fmt: skip


def fold(text: str) -> str:
    """ASCII letters for an e-mail local part or a hand-typed form (Siân -> Sian, Łukasz -> Lukasz)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    surname: str
    middle: str
    gender: str  # "f", "m" or "x" (unknown)
    culture: str
    shape: str
    family_first: bool
    script: str = ""  # the script's name when the name is written in its own script
    latin_given: str = ""
    latin_surname: str = ""

    @property
    def mono(self) -> bool:
        return not self.surname

    def natural(self) -> str:
        """The name as its culture writes it (surname first for family-first cultures)."""
        if self.mono:
            return self.given
        if self.script in ("Hangul", "Chinese (simplified)", "Chinese (traditional)"):
            return f"{self.surname}{self.given}"
        parts = [self.surname, self.middle, self.given] if self.family_first else [
            self.given, self.middle, self.surname
        ]  # fmt: skip
        return " ".join(p for p in parts if p)

    def western(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.surname) if p)

    def lookalike(self) -> str:
        """``word``, ``place`` or ``brand`` when a part of the name is one, else empty."""
        for part in f"{self.given} {self.middle} {self.surname}".split():
            if part in people.LOOKALIKE:
                return people.LOOKALIKE[part]
        return ""

    def ascii_given(self) -> str:
        return fold(self.latin_given or self.given)

    def ascii_surname(self) -> str:
        return fold(self.latin_surname or self.surname)


def person(rng: random.Random, script_rate: float = 0.07, gender: str = "") -> Person:
    """A person from a naming culture drawn uniformly (so small cultures are as likely as big ones).

    ``gender`` ("f" or "m") when the note says who it is (my nan, his daughter).
    """
    if not gender and rng.random() < script_rate:
        given, surname, script, first, latin_given, latin_surname = rng.choice(people.NON_LATIN)
        return Person(given, surname, "", "x", f"script {script}", "script", first, script,
                      latin_given, latin_surname)  # fmt: skip
    group = rng.choice(people.GROUPS)
    while gender and not group.gendered:
        group = rng.choice(people.GROUPS)
    gender = gender or rng.choice("fm")
    given = rng.choice(group.given_f if gender == "f" else group.given_m)
    surnames = group.sur_f if gender == "f" else group.sur_m
    surname = rng.choice(surnames) if surnames else ""
    if group.shape == "double" and len(surnames) > 1 and rng.random() < 0.75:
        second = rng.choice([s for s in surnames if s != surname])
        surname = f"{surname}{group.joiner}{second}"
    middles = group.middle_f if gender == "f" else group.middle_m
    middle = rng.choice(middles) if middles and rng.random() < 0.6 else ""
    return Person(given, surname, middle, gender if group.gendered else "x", group.culture,
                  group.shape, group.family_first)  # fmt: skip


def _tag(form: str, who: Person) -> str:
    if who.script:
        return f"script {who.script}" + (
            f", {form}" if form not in ("plain", "family first") else ""
        )
    like = who.lookalike()
    return f"{form}, {like}" if like else form


def title_for(rng: random.Random, who: Person) -> str:
    """A title: mostly an English one, sometimes one of the person's own culture."""
    if who.gender in "fm" and rng.random() < 0.3:
        for cultures, female, male in people.CULTURE_TITLES:
            if who.culture in cultures:
                return rng.choice(female if who.gender == "f" else male)
    if who.gender == "f":
        return rng.choice(people.TITLES_F * 3 + people.TITLES_X)
    if who.gender == "m":
        return rng.choice(people.TITLES_M * 6 + people.TITLES_X)
    return rng.choice((*people.TITLES_X, "Mx", "Dr"))


def initial(text: str) -> str:
    return next((c for c in text if c.isalpha()), text[:1])


def nickname(who: Person) -> str:
    return people.NICKNAMES.get(who.given, ("",))[0]


NAME_FORMS = {
    "plain": 34, "western order": 4, "upper": 6, "lower": 6, "surname comma": 4,
    "SURNAME first": 4, "initial": 4, "initials": 2, "middle initial": 3, "title": 6,
    "nickname": 3, "folded": 3,
}  # fmt: skip


def pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def name_pieces(rng: random.Random, who: Person, form: str | None = None) -> list[Piece]:
    """A full name in one written form; a title, when there is one, stays outside the label."""
    form = form or pick(rng, NAME_FORMS)
    natural = who.natural()
    if who.mono and form not in ("plain", "upper", "lower", "title", "folded", "nickname"):
        form = "plain"
    if who.script and form not in ("plain", "title"):
        form = "plain"
    if form == "plain":
        base = "mono" if who.mono else "family first" if who.family_first else "plain"
        return [(natural, "NAME", _tag(base, who))]
    if form == "western order":
        if not who.family_first:
            return [(natural, "NAME", _tag("plain", who))]
        return [(who.western(), "NAME", _tag(form, who))]
    if form in ("upper", "lower"):
        text = natural.upper() if form == "upper" else natural.lower()
        return [(text if len(text) == len(natural) else natural, "NAME", _tag(form, who))]
    if form == "surname comma":
        given = " ".join(p for p in (who.given, who.middle) if p)
        return [(f"{who.surname}, {given}", "NAME", _tag(form, who))]
    if form == "SURNAME first":
        upper = who.surname.upper()
        surname = upper if len(upper) == len(who.surname) else who.surname
        return [(f"{surname} {who.given}", "NAME", _tag(form, who))]
    if form == "initial":
        return [(f"{initial(who.given)}. {who.surname}", "NAME", _tag(form, who))]
    if form == "initials":
        second = (who.middle or rng.choice("ABCDEFGHJKLMNPRSTW"))[0]
        return [(f"{initial(who.given)}.{second}. {who.surname}", "NAME", _tag(form, who))]
    if form == "middle initial":
        second = (who.middle or rng.choice("ABCDEFGHJKLMNPRSTW"))[0]
        return [(f"{who.given} {second}. {who.surname}", "NAME", _tag(form, who))]
    if form == "title":
        return [(f"{title_for(rng, who)} ", None, ""), (natural, "NAME", _tag(form, who))]
    if form == "nickname":
        nick = nickname(who)
        if not nick:
            return [(natural, "NAME", _tag("mono" if who.mono else "plain", who))]
        if who.mono:
            return [(f'{natural} "{nick}"', "NAME", _tag(form, who))]
        quote = rng.choice(['"{}"', "'{}'", "({})"]).format(nick)
        return [(f"{who.given} {quote} {who.surname}", "NAME", _tag(form, who))]
    if form == "folded":
        folded = fold(natural)
        if folded == natural or len(folded) != len(natural):
            return [(natural, "NAME", _tag("mono" if who.mono else "plain", who))]
        return [(folded, "NAME", _tag(form, who))]
    raise ValueError(form)


FIRST_FORMS = {"plain": 60, "lower": 10, "upper": 6, "nickname": 10, "folded": 4}


def first_pieces(rng: random.Random, who: Person, form: str | None = None) -> list[Piece]:
    form = form or pick(rng, FIRST_FORMS)
    given = who.given
    kind = "NAME" if who.mono else "FIRST"
    if form == "nickname" and nickname(who):
        return [(nickname(who), "FIRST", _tag("nickname", who))]
    if form in ("upper", "lower"):
        text = given.upper() if form == "upper" else given.lower()
        if len(text) == len(given) and text != given:
            return [(text, kind, _tag(form, who))]
    if form == "folded" and fold(given) != given and len(fold(given)) == len(given):
        return [(fold(given), kind, _tag(form, who))]
    return [(given, kind, _tag("mono" if who.mono else "plain", who))]


def surname_pieces(rng: random.Random, who: Person, titled: bool = False) -> list[Piece]:
    """The surname alone (``{sur}``), or after a title (``{tsur}``); a mononym stands whole."""
    if who.mono:
        title = [(f"{title_for(rng, who)} ", None, "")] if titled else []
        return [*title, (who.given, "NAME", _tag("mono", who))]
    if titled:
        return [(f"{title_for(rng, who)} ", None, ""),
                (who.surname, "SURNAME", _tag("after title", who))]  # fmt: skip
    return [(who.surname, "SURNAME", _tag("plain", who))]


def spelled(text: str, rng: random.Random) -> str:
    joiner = rng.choice(["-", " ", ". "])
    words = [joiner.join(c.upper() for c in word if c.isalpha()) for word in text.split()]
    return "  ".join(w for w in words if w)


_OCR = {"o": "0", "O": "0", "l": "1", "I": "l", "e": "c", "S": "5", "B": "8", "a": "o", "i": "l"}


def ocr(text: str, rng: random.Random) -> str:
    """Scanned-text noise: a swapped glyph or two and a stray space inside a long word."""
    chars = list(text)
    spots = [i for i, c in enumerate(chars) if c in _OCR]
    for i in rng.sample(spots, min(len(spots), rng.choice([1, 1, 2]))):
        chars[i] = _OCR[chars[i]]
    out = "".join(chars)
    words = out.split(" ")
    long = [i for i, w in enumerate(words) if len(w) >= 6]
    if long and rng.random() < 0.6:
        i = rng.choice(long)
        cut = rng.randrange(2, len(words[i]) - 2)
        words[i] = f"{words[i][:cut]} {words[i][cut:]}"
    return " ".join(words)


# --- e-mail
def local_part(rng: random.Random, who: Person) -> str:
    given = "".join(c for c in who.ascii_given().lower() if c.isalnum())
    surname = "".join(c for c in who.ascii_surname().lower() if c.isalnum()) or "x"
    if who.mono:
        surname = str(rng.randrange(1, 99))
    year = str(rng.randrange(1955, 2008))
    patterns = [
        f"{given}.{surname}", f"{given}{surname}", f"{given}_{surname}", f"{given[0]}{surname}",
        f"{given}.{surname}{year[2:]}", f"{surname}.{given}", f"{given}{rng.randrange(1, 999)}",
        f"{given}-{surname}", f"{surname}{given[0]}", f"{given}{surname}{year}",
        f"{given[0]}.{surname}{rng.randrange(1, 99)}",
    ]  # fmt: skip
    nick = fold(nickname(who)).lower()
    if nick.isalnum():
        patterns.append(f"{nick}{surname}")
    return rng.choice(patterns)


EMAIL_FORMS = {
    "plain": 26, "upper": 3, "plus tag": 3, "mailto": 3, "display name": 3, "at-dot words": 4,
    "[at] [dot]": 3, "(at) (dot)": 3, "{at}": 1, "%40": 2, "&#64;": 2, "fullwidth at": 1,
    "spaced @": 2, "zero-width": 2, "line break": 2, "comma typo": 1, "AT DOT caps": 1,
    "html entity dot": 1, "words fr": 1, "words es": 1, "words it": 1, "words pt": 1,
    "words nl": 1, "words pl": 1, "words tr": 1, "words sv": 1, "words cs": 1, "words de": 1,
}  # fmt: skip
# (at word, dot word) people write in their own language
AT_WORDS = {"fr": ("arobase", "point"), "es": ("arroba", "punto"), "it": ("chiocciola", "punto"),
            "pt": ("arroba", "ponto"), "nl": ("apenstaartje", "punt"), "pl": ("małpa", "kropka"),
            "tr": ("et", "nokta"), "sv": ("snabel-a", "punkt"), "cs": ("zavináč", "tečka"),
            "de": ("at", "Punkt")}  # fmt: skip


def address(rng: random.Random, who: Person) -> str:
    return f"{local_part(rng, who)}@{rng.choice(places.DOMAINS)}"


def email_pieces(rng: random.Random, who: Person, form: str | None = None) -> list[Piece]:
    form = form or pick(rng, EMAIL_FORMS)
    plain = address(rng, who)
    local, domain = plain.split("@")
    if form == "plain":
        return [(plain, "EMAIL", form)]
    if form == "upper":
        return [(plain.upper(), "EMAIL", form)]
    if form == "plus tag":
        return [
            (f"{local}+{rng.choice(['cashback', 'shop', 'claims', 'x'])}@{domain}", "EMAIL", form)
        ]
    if form == "mailto":
        return [("mailto:", None, ""), (plain, "EMAIL", form)]
    if form == "display name":
        return [(who.natural(), "NAME", _tag("display name", who)), (" <", None, ""),
                (plain, "EMAIL", form), (">", None, "")]  # fmt: skip
    if form == "at-dot words":
        return [(f"{local} at {domain.replace('.', ' dot ')}", "EMAIL", form)]
    if form == "AT DOT caps":
        return [(f"{local} AT {domain.replace('.', ' DOT ')}", "EMAIL", form)]
    if form in ("[at] [dot]", "(at) (dot)", "{at}"):
        a, b = {"[at] [dot]": "[]", "(at) (dot)": "()", "{at}": "{}"}[form]
        dot = f" {a}dot{b} " if form != "{at}" else "."
        return [(f"{local} {a}at{b} {domain.replace('.', dot)}", "EMAIL", form)]
    if form == "%40":
        return [(f"{local}%40{domain}", "EMAIL", form)]
    if form == "&#64;":
        return [(f"{local}&#64;{domain}", "EMAIL", form)]
    if form == "html entity dot":
        return [(f"{local}&#64;{domain.replace('.', '&#46;')}", "EMAIL", form)]
    if form == "fullwidth at":
        return [(f"{local}\uff20{domain}", "EMAIL", form)]
    if form == "spaced @":
        return [(f"{local} @ {domain}", "EMAIL", form)]
    if form == "zero-width":
        cut = rng.randrange(1, len(local)) if len(local) > 1 else 1
        return [(f"{local[:cut]}\u200b{local[cut:]}@\u200b{domain}", "EMAIL", form)]
    if form == "line break":
        return [(f"{local}@\n{domain}" if rng.random() < 0.5 else f"{local}\n@{domain}",
                 "EMAIL", form)]  # fmt: skip
    if form == "comma typo":
        return [(f"{local}@{domain.replace('.', ',', 1)}", "EMAIL", form)]
    if form.startswith("words "):
        at, dot = AT_WORDS[form[6:]]
        return [(f"{local} {at} {domain.replace('.', f' {dot} ')}", "EMAIL", form)]
    raise ValueError(form)


def spoken_email(rng: random.Random, who: Person) -> list[Piece]:
    plain = address(rng, who)
    words = plain.replace(".", " dot ").replace("@", " at ").replace("_", " underscore ")
    words = words.replace("-", " dash ")
    return [(" ".join(words.split()), "EMAIL", "spoken")]


# --- phones
def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def uk_mobile(rng: random.Random) -> str:
    return f"07{rng.choice('45789')}{_digits(rng, 8)}"


LANDLINES = (("020", 8), ("0131", 7), ("0161", 7), ("0113", 7), ("0117", 7), ("0121", 7),
             ("0141", 7), ("029", 8), ("028", 8), ("01632", 6), ("01970", 6), ("01766", 6),
             ("01854", 6), ("01595", 6), ("01478", 6), ("01437", 6), ("01745", 6), ("01865", 6),
             ("01224", 6), ("01382", 6))  # fmt: skip


def uk_landline(rng: random.Random) -> tuple[str, str]:
    area, rest = rng.choice(LANDLINES)
    return area, _digits(rng, rest)


def _landline_text(area: str, rest: str) -> str:
    if len(area) == 3:
        return f"{area} {rest[:4]} {rest[4:]}"
    if len(area) == 4:
        return f"{area} {rest[:3]} {rest[3:]}"
    return f"{area} {rest}"


INTERNATIONAL = (
    ("+234", "+234 80{} {} {}", (1, 3, 4)), ("+233", "+233 24 {} {}", (3, 4)),
    ("+63", "+63 917 {} {}", (3, 4)), ("+62", "+62 812-{}-{}", (4, 4)),
    ("+977", "+977 98{}-{}", (2, 6)), ("+94", "+94 77 {} {}", (3, 4)),
    ("+7", "+7 701 {} {} {}", (3, 2, 2)), ("+995", "+995 555 {} {} {}", (2, 2, 2)),
    ("+1 876", "+1 (876) {}-{}", (3, 4)), ("+685", "+685 72 {}", (5,)),
    ("+676", "+676 77 {}", (5,)), ("+48", "+48 {} {} {}", (3, 3, 3)),
    ("+33", "+33 6 {} {} {} {}", (2, 2, 2, 2)), ("+212", "+212 6 {} {} {} {}", (2, 2, 2, 2)),
    ("+971", "+971 50 {} {}", (3, 4)), ("+976", "+976 99 {} {}", (2, 4)),
    ("+679", "+679 92 {} {}", (2, 3)), ("+260", "+260 97 {} {}", (3, 4)),
    ("+995", "00995 599 {} {} {}", (2, 2, 2)), ("+856", "+856 20 {} {} {}", (2, 3, 3)),
    ("+95", "+95 9 {} {} {}", (3, 3, 3)), ("+370", "+370 6{} {}", (2, 5)),
)  # fmt: skip

PHONE_FORMS = {
    "mobile 5-6": 10, "mobile run": 5, "mobile 4-3-4": 3, "mobile 3-4-4": 2, "+44 mobile": 6,
    "+44 (0)": 3, "0044": 2, "+44 run": 3, "dots": 2, "dashes": 2, "slash": 1,
    "(area) landline": 3, "landline": 5, "landline run": 1, "+44 landline": 2, "NI landline": 2,
    "IE mobile": 3, "+353 mobile": 3, "+353 (0)": 1, "00353": 1, "IE landline": 2,
    "international": 6, "with ext": 2, "spaced digits": 1, "tel uri": 1, "wa.me link": 1,
    "line break": 1, "ocr letters": 1, "words": 2, "words mixed": 1, "brackets mobile": 1,
}  # fmt: skip
_SAY = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def say_digits(digits: str, rng: random.Random) -> str:
    """Digits as people say them: oh for nought, double and treble for repeats."""
    out, i = [], 0
    while i < len(digits):
        run = 1
        while i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
            run += 1
        word = _SAY[int(digits[i])] if digits[i] != "0" else rng.choice(["oh", "zero", "oh"])
        if run >= 2 and rng.random() < 0.8:
            out.append(("double " if run == 2 else "treble ") + word)
            i += run
        else:
            out.append(word)
            i += 1
    return " ".join(out)


def phone_pieces(rng: random.Random, form: str | None = None) -> list[Piece]:
    form = form or pick(rng, PHONE_FORMS)
    m = uk_mobile(rng)
    if form == "mobile 5-6":
        return [(f"{m[:5]} {m[5:]}", "PHONE", form)]
    if form == "mobile run":
        return [(m, "PHONE", form)]
    if form == "mobile 4-3-4":
        return [(f"{m[:4]} {m[4:7]} {m[7:]}", "PHONE", form)]
    if form == "mobile 3-4-4":
        return [(f"{m[:3]} {m[3:7]} {m[7:]}", "PHONE", form)]
    if form == "+44 mobile":
        return [(f"+44 {m[1:5]} {m[5:]}", "PHONE", form)]
    if form == "+44 (0)":
        return [(f"+44 (0){m[1:5]} {m[5:]}", "PHONE", form)]
    if form == "0044":
        return [(f"0044 {m[1:5]} {m[5:]}", "PHONE", form)]
    if form == "+44 run":
        return [(f"+44{m[1:]}", "PHONE", form)]
    if form == "dots":
        return [(f"{m[:5]}.{m[5:8]}.{m[8:]}", "PHONE", form)]
    if form == "dashes":
        return [(f"{m[:5]}-{m[5:8]}-{m[8:]}", "PHONE", form)]
    if form == "slash":
        return [(f"{m[:5]}/{m[5:]}", "PHONE", form)]
    if form == "brackets mobile":
        return [(f"({m[:5]}) {m[5:8]} {m[8:]}", "PHONE", form)]
    area, rest = uk_landline(rng)
    if form == "(area) landline":
        return [(f"({area}) {_landline_text(area, rest).split(' ', 1)[1]}", "PHONE", form)]
    if form == "landline":
        return [(_landline_text(area, rest), "PHONE", form)]
    if form == "landline run":
        return [(f"{area}{rest}", "PHONE", form)]
    if form == "+44 landline":
        lead = rng.choice(["+44 ", "+44 (0)"])
        return [(lead + _landline_text(area, rest)[1:], "PHONE", form)]
    if form == "NI landline":
        return [(f"028 9{_digits(rng, 3)} {_digits(rng, 4)}", "PHONE", form)]
    ie = f"08{rng.choice('35679')}{_digits(rng, 7)}"
    if form == "IE mobile":
        return [(f"{ie[:3]} {ie[3:6]} {ie[6:]}", "PHONE", form)]
    if form == "+353 mobile":
        return [(f"+353 {ie[1:3]} {ie[3:6]} {ie[6:]}", "PHONE", form)]
    if form == "+353 (0)":
        return [(f"+353 (0){ie[1:3]} {ie[3:6]} {ie[6:]}", "PHONE", form)]
    if form == "00353":
        return [(f"00353 {ie[1:3]} {ie[3:]}", "PHONE", form)]
    if form == "IE landline":
        text = rng.choice([f"(021) {_digits(rng, 3)} {_digits(rng, 4)}",
                           f"01 {_digits(rng, 3)} {_digits(rng, 4)}",
                           f"(091) {_digits(rng, 3)} {_digits(rng, 3)}"])  # fmt: skip
        return [(text, "PHONE", form)]
    if form == "international":
        code, pattern, sizes = rng.choice(INTERNATIONAL)
        text = pattern.format(*(_digits(rng, n) for n in sizes))
        return [(text, "PHONE", f"intl {code}")]
    if form == "with ext":
        ext = rng.choice([" ext. ", " ext ", " x", " (ext ", " #"]) + _digits(
            rng, rng.choice([2, 3, 4])
        )
        ext += ")" if "(" in ext else ""
        return [(_landline_text(area, rest), "PHONE", form), (ext, None, "")]
    if form == "spaced digits":
        return [(" ".join(m), "PHONE", form)]
    if form == "tel uri":
        return [("tel:", None, ""), (f"+44{m[1:]}", "PHONE", form)]
    if form == "wa.me link":
        return [("wa.me/", None, ""), (f"44{m[1:]}", "PHONE", form)]
    if form == "line break":
        return [(f"{m[:5]}\n{m[5:]}", "PHONE", form)]
    if form == "ocr letters":
        text = f"{m[:5]} {m[5:]}".replace("0", "O", 2).replace("1", "l", 1)
        return [(text, "PHONE", form)]
    if form == "words":
        return [(say_digits(m, rng), "PHONE", form)]
    if form == "words mixed":
        return [(f"{m[:5]} {say_digits(m[5:], rng)}", "PHONE", form)]
    raise ValueError(form)


NO_DIGIT_FORMS = frozenset({"words", "words mixed", "ocr letters"})


# --- member ids: (value, shape); the cue around it is judged where it is written
def member_value(rng: random.Random) -> tuple[str, str]:
    shape = rng.choice(["8 digits", "prefixed", "letters+digits", "grouped", "hash", "underscore",
                        "slashed", "hex", "leading zeros", "dotted", "spaced pairs",
                        "check letter", "long"])  # fmt: skip
    d = _digits
    value = {
        "8 digits": lambda: f"{rng.randrange(1, 10)}{d(rng, 7)}",
        "prefixed": lambda: f"{rng.choice(['RD-', 'AN', 'MBR-', 'CB', 'U-'])}{d(rng, 7)}",
        "letters+digits": lambda: f"{rng.choice(['MB', 'KX', 'QT', 'HN'])}{d(rng, 7)}",
        "grouped": lambda: f"{d(rng, 4)} {d(rng, 4)} {d(rng, 4)}",
        "hash": lambda: f"#{rng.randrange(1, 10)}{d(rng, 7)}",
        "underscore": lambda: f"mbr_{d(rng, 7)}",
        "slashed": lambda: f"{rng.choice(['RD', 'AN', 'SF'])}/{d(rng, 4)}/{d(rng, 4)}",
        "hex": lambda: (
            f"u-{d(rng, 2)}{rng.choice('abcdef')}{d(rng, 2)}{rng.choice('abcdef')}{d(rng, 2)}"
        ),
        "leading zeros": lambda: f"000{d(rng, 6)}",
        "dotted": lambda: f"{d(rng, 3)}.{d(rng, 3)}.{d(rng, 2)}",
        "spaced pairs": lambda: f"{d(rng, 2)} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}",
        "check letter": lambda: f"{d(rng, 7)}-{rng.choice('KXJQ')}",
        "long": lambda: f"{rng.randrange(1, 10)}{d(rng, 11)}",
    }[shape]()
    return value, shape


# --- postcodes
POSTCODE_FORMS = {"standard": 30, "no space": 6, "double space": 3, "lower": 4, "mixed case": 2,
                  "spaced letters": 2, "hyphen": 1, "nbsp": 1, "line break": 1}  # fmt: skip
EIRCODE_FORMS = {"eircode": 6, "eircode no space": 2, "eircode lower": 1}


def postcode_pieces(rng: random.Random, form: str | None = None, irish: bool = False,
                    value: str | None = None) -> list[Piece]:  # fmt: skip
    if irish or (form or "").startswith("eircode"):
        code = value or places.eircode(rng)
        form = form if form in EIRCODE_FORMS else pick(rng, EIRCODE_FORMS)
        text = {"eircode": code, "eircode no space": code.replace(" ", ""),
                "eircode lower": code.lower()}[form]  # fmt: skip
        return [(text, "POSTCODE", form)]
    code, shape = (value, "") if value else places.uk_postcode(rng)
    form = form or pick(rng, POSTCODE_FORMS)
    outward, inward = code.split(" ")
    text = {
        "standard": code, "no space": outward + inward, "double space": f"{outward}  {inward}",
        "lower": code.lower(), "mixed case": code.capitalize(), "hyphen": f"{outward}-{inward}",
        "spaced letters": " ".join(outward) + "  " + " ".join(inward),
        "nbsp": f"{outward}\u00a0{inward}", "line break": f"{outward}\n{inward}",
    }[form]  # fmt: skip
    if form == "standard" and shape:
        form = f"standard {shape}"
    return [(text, "POSTCODE", form)]


_SPOKEN = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five",
           "6": "six", "7": "seven", "8": "eight", "9": "nine"}  # fmt: skip


def spoken_postcode(rng: random.Random) -> list[Piece]:
    code, _ = places.uk_postcode(rng)
    outward, inward = code.split(" ")
    say = lambda part: " ".join(_SPOKEN.get(c, c) for c in part)  # noqa: E731
    return [(f"{say(outward)}, {say(inward)}", "POSTCODE", "spoken")]


# --- streets, houses, flats
STREET_FORMS = {"number street": 30, "abbreviated": 8, "number letter": 4, "range": 3,
                "leading": 6, "the-only": 2, "lower": 3, "upper": 3, "number comma": 3,
                "tenement flat": 2}  # fmt: skip


def street_name(rng: random.Random, abbreviated: bool = False) -> str:
    full, short = rng.choice(places.THOROUGHFARES)
    return f"{rng.choice(places.STREET_STEMS)} {short if abbreviated else full}"


def leading_street(rng: random.Random, irish: bool | None = None) -> str:
    """A street whose thoroughfare word leads: Irish ones in Ireland, Welsh or Gaelic elsewhere."""
    if irish is None:
        return rng.choice(places.LEADING_STREETS)
    if irish:
        return rng.choice(places.LEADING_STREETS_IRISH)
    return rng.choice(places.LEADING_STREETS_WELSH + places.LEADING_STREETS_GAELIC)


def street_pieces(
    rng: random.Random, form: str | None = None, irish: bool | None = None
) -> list[Piece]:
    form = form or pick(rng, STREET_FORMS)
    number = rng.randrange(1, 241)
    name = street_name(rng, form == "abbreviated")
    text = {
        "number street": f"{number} {name}", "abbreviated": f"{number} {name}",
        "number letter": f"{number}{rng.choice('ABCD')} {name}",
        "range": f"{number}-{number + 2} {name}",
        "leading": f"{number} {leading_street(rng, irish)}",
        "the-only": f"{number} The {rng.choice(['Parade', 'Loan', 'Mews', 'Wynd', 'Brae', 'Row', 'Chare'])}",
        "lower": f"{number} {name.lower()}", "upper": f"{number} {name.upper()}",
        "number comma": f"{number}, {name}",
        "tenement flat": f"{rng.randrange(0, 4)}/{rng.randrange(1, 4)}, {number} {name}",
    }[form]  # fmt: skip
    return [(text, "STREET", form)]


def street_bare(rng: random.Random) -> list[Piece]:
    """A street named without a number ("Tolbooth Wynd", "Heol y Felin")."""
    if rng.random() < 0.25:
        return [(rng.choice(places.LEADING_STREETS), "STREET", "no number, leading")]
    return [(street_name(rng), "STREET", "no number")]


def house_pieces(rng: random.Random) -> list[Piece]:
    name = rng.choice(places.HOUSE_NAMES)
    form = rng.choices(["house name", "lower", "upper", "quoted"], [10, 2, 2, 2])[0]
    if form == "lower":
        return [(name.lower(), "HOUSE", form)]
    if form == "upper" and len(name.upper()) == len(name):
        return [(name.upper(), "HOUSE", form)]
    if form == "quoted":
        return [('"', None, ""), (name, "HOUSE", form), ('"', None, "")]
    return [(name, "HOUSE", "house name")]


def flat_pieces(rng: random.Random) -> list[Piece]:
    building = rng.choice(places.BUILDINGS)
    text = rng.choice([
        f"Flat {rng.randrange(1, 40)}, {building}", f"Apt {rng.randrange(1, 90)} {building}",
        f"Unit {rng.randrange(1, 20)}{rng.choice('AB')}, {building}",
        f"{rng.choice(['1st', '2nd', '3rd', 'Top', 'Ground'])} Floor, {building}",
        f"Flat {rng.randrange(0, 4)}/{rng.randrange(1, 4)}, {building}",
        f"Studio {rng.randrange(1, 12)}, {building}",
    ])  # fmt: skip
    return [(text, "HOUSE", "flat line")]


def town_for_address(rng: random.Random) -> tuple[str, bool]:
    town = rng.choice(places.TOWNS)
    return town, town in places.IRISH_TOWNS


def address_pieces(rng: random.Random, lines: bool = False) -> list[Piece]:
    """A whole address: [house or flat], street, [locality], town (unlabelled), postcode."""
    sep = "\n" if lines else ", "
    town, irish = town_for_address(rng)
    out: list[Piece] = []
    extra = rng.random()
    if extra < 0.2:
        out += [*house_pieces(rng), (sep, None, "")]
    elif extra < 0.35:
        out += [*flat_pieces(rng), (sep, None, "")]
    form = rng.choice(["number street", "abbreviated", "number letter", "leading", "number street"])
    out += street_pieces(rng, form, irish)
    if rng.random() < 0.3:
        out.append((sep + rng.choice(places.LOCALITIES), None, ""))
    out.append((sep + town + (sep if lines else rng.choice([" ", ", "])), None, ""))
    out += postcode_pieces(rng, irish=irish)
    return out


# --- what must stay: order refs, claim ids, tracking numbers, SKUs, vouchers, amounts, dates
def order_ref(rng: random.Random) -> tuple[str, str]:
    """An order reference and its shape (some look like phone numbers or dates on purpose)."""
    shape = rng.choices(
        ["plain", "phone-like", "date-like", "long digits", "mixed"], [5, 2, 2, 2, 3]
    )[0]
    d = _digits
    text = {
        "plain": lambda: rng.choice([f"ORD-{d(rng, 7)}", f"W{d(rng, 9)}", f"#{d(rng, 8)}",
                                     f"UK-{d(rng, 4)}-{d(rng, 4)}-{d(rng, 2)}",
                                     f"IE{d(rng, 8)}", f"SF{d(rng, 6)}"]),
        "phone-like": lambda: rng.choice([f"0{d(rng, 3)} {d(rng, 4)} {d(rng, 3)}",
                                          f"07{d(rng, 3)}-{d(rng, 6)}",
                                          f"0{d(rng, 4)} {d(rng, 6)}"]),
        "date-like": lambda: rng.choice([f"2026{rng.randrange(7, 10):02d}{rng.randrange(1, 29):02d}-{d(rng, 4)}",
                                         f"ORD/26/{rng.randrange(7, 10):02d}/{d(rng, 5)}"]),
        "long digits": lambda: rng.choice([f"{d(rng, 3)}-{d(rng, 7)}-{d(rng, 7)}", d(rng, 12)]),
        "mixed": lambda: "-".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                                          for _ in range(4)) for _ in range(3)),
    }[shape]()  # fmt: skip
    return text, shape


def claim_id(rng: random.Random) -> str:
    return rng.choice([f"CLM-{_digits(rng, 7)}", f"MC{_digits(rng, 8)}", f"Q-{_digits(rng, 6)}",
                       f"RD-C-{_digits(rng, 7)}", f"ANH-26-{_digits(rng, 6)}"])  # fmt: skip


def tracking(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice([
        f"{rng.choice(letters)}{rng.choice(letters)}{_digits(rng, 9)}GB",
        f"H{_digits(rng, 2)}{''.join(rng.choice(letters) for _ in range(3))}{_digits(rng, 10)}",
        _digits(rng, 14), f"JD{_digits(rng, 18)}", f"1Z{_digits(rng, 3)}AA{_digits(rng, 11)}",
        f"CE{_digits(rng, 9)}IE", f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
        f"JJD{_digits(rng, 13)}",
    ])  # fmt: skip


def sku(rng: random.Random) -> str:
    return rng.choice([
        f"SKU-{rng.choice(['LRK', 'EMB', 'HOP', 'STR', 'AMA'])}-{_digits(rng, 4)}-{rng.choice(['BLU', 'BLK', 'RED', 'S', 'M'])}",
        f"{rng.choice(['HOPE', 'SKY', 'MAJOR', 'IVY'])}-TOTE-{_digits(rng, 2)}",
        f"B0{_digits(rng, 1)}{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}{_digits(rng, 4)}",
        f"EAN {_digits(rng, 13)}", f"Art.-Nr. {_digits(rng, 4)}-{_digits(rng, 2)}",
        f"MPN KX-{_digits(rng, 4)}EB",
    ])  # fmt: skip


_VOUCHER_NAMES = tuple(
    sorted({fold(n).upper() for g in people.GROUPS for n in (*g.given_f, *g.given_m)
            if n.isalpha() and 3 <= len(n) <= 7 and fold(n).isascii() and fold(n).isalpha()})
)  # fmt: skip


def voucher(rng: random.Random, from_name: bool = False) -> str:
    if from_name:
        name = rng.choice(_VOUCHER_NAMES)
        return rng.choice([f"{name}{rng.randrange(5, 40)}", f"{name}-{rng.randrange(5, 40)}OFF",
                           f"WELCOME-{name}", f"{name}2026"])  # fmt: skip
    return f"{rng.choice(places.VOUCHER_WORDS)}{rng.randrange(5, 50)}"


def amount(rng: random.Random) -> str:
    value = rng.randrange(150, 180000) / 100
    return rng.choice([f"£{value:.2f}", f"£{value:,.2f}", f"€{value:.2f}".replace(".", ","),
                       f"GBP {value:.2f}", f"{value:.2f} EUR", f"£{int(value)}"])  # fmt: skip


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
MONTHS_CY = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
             "Medi", "Hydref", "Tachwedd", "Rhagfyr")  # fmt: skip
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")  # fmt: skip


def _ordinal(day: int) -> str:
    if day % 10 in (1, 2, 3) and day not in (11, 12, 13):
        return ("st", "nd", "rd")[day % 10 - 1]
    return "th"


def date_text(rng: random.Random) -> str:
    day, month = rng.randrange(1, 29), rng.randrange(6, 10)
    return rng.choice([
        f"{day:02d}/{month:02d}/2026", f"{day} {MONTHS[month - 1]} 2026", f"2026-{month:02d}-{day:02d}",
        f"{day:02d}.{month:02d}.26", f"{day} {MONTHS[month - 1][:3]}", f"{day} {MONTHS_CY[month - 1]} 2026",
        f"{day} {MONTHS_FR[month - 1]} 2026", f"{MONTHS[month - 1]} {day}{_ordinal(day)}", f"{day}/{month}",
    ])  # fmt: skip


def time_text(rng: random.Random) -> str:
    h, m = rng.randrange(7, 23), rng.randrange(60)
    return rng.choice([f"{h:02d}:{m:02d}", f"{h % 12 or 12}.{m:02d}{'pm' if h >= 12 else 'am'}",
                       f"{h:02d}h{m:02d}", f"{h:02d}:{m:02d}:{rng.randrange(60):02d}"])  # fmt: skip


def handle(rng: random.Random, who: Person) -> list[Piece]:
    given = "".join(c for c in who.ascii_given().lower() if c.isalnum())
    surname = "".join(c for c in who.ascii_surname().lower() if c.isalnum())
    text = rng.choice([f"{given}_{surname}", f"{given}.{surname}", f"{given}{surname[:1]}",
                       f"{given}{rng.randrange(1, 99)}"]) if surname else given  # fmt: skip
    return [("@", None, ""), (text, "NAME", "handle")]


def username(rng: random.Random, who: Person) -> list[Piece]:
    given = "".join(c for c in who.ascii_given().lower() if c.isalnum())
    surname = "".join(c for c in who.ascii_surname().lower() if c.isalnum()) or given
    text = rng.choice([f"{given[0]}{surname}", f"{given}.{surname}", f"{surname}{given[0]}"])
    return [(text, "NAME", "username")]
