"""Fresh12 written forms: how a person, an address, a contact or a must-keep value is written.

Every generator returns ``Piece`` lists: (text, kind or None, form). A piece with a kind is a
label; the rest is the text around it. Forms are this set's own.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from fresh12 import people, places

Piece = tuple[str, str | None, str]


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    surname: str
    culture: str
    shape: str

    @property
    def full(self) -> str:
        if not self.surname:
            return self.given
        if self.shape == "family-first":
            return f"{self.surname} {self.given}"
        return f"{self.given} {self.surname}"


def person(rng: random.Random) -> Person:
    group = rng.choice(people.GROUPS)
    surname = rng.choice(group.surnames) if group.surnames else ""
    return Person(rng.choice(group.given), surname, group.culture, group.shape)


def ascii_of(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ø", "o"))
    folded = folded.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("ð", "d")
    folded = folded.replace("þ", "th").replace("Þ", "Th").replace("ı", "i").replace("æ", "ae")
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in " -'")).strip()


# ---- names -------------------------------------------------------------------------------
NAME_FORMS = ("plain", "plain", "plain", "plain", "plain", "upper", "lower", "comma", "initial",
              "title", "middle-initial", "caps-surname", "script")  # fmt: skip


def name(rng: random.Random, who: Person, form: str | None = None) -> list[Piece]:
    form = form or rng.choice(NAME_FORMS)
    shape = who.shape
    tag = f"{form},{shape}"
    if not who.surname and form in ("comma", "initial", "middle-initial", "caps-surname"):
        form, tag = "plain", f"plain,{shape}"
    if form == "upper":
        return [(who.full.upper(), "NAME", tag)]
    if form == "lower":
        return [(who.full.lower(), "NAME", tag)]
    if form == "comma":
        return [(f"{who.surname}, {who.given}", "NAME", tag)]
    if form == "initial":
        dot = rng.choice([". ", " ", "."])
        return [(f"{who.given[0]}{dot}{who.surname}", "NAME", tag)]
    if form == "title":
        title = rng.choice(people.TITLES)
        return [(f"{title}{rng.choice(['', '.'])} ", None, ""), (who.full, "NAME", tag)]
    if form == "middle-initial":
        return [(f"{who.given} {rng.choice('ABDEJKMNRST')}. {who.surname}", "NAME", tag)]
    if form == "caps-surname":
        return [(f"{who.surname.upper()} {who.given}", "NAME", tag)]
    if form == "script":
        written, script = rng.choice(people.NON_LATIN)
        return [(written, "NAME", f"script,{script}")]
    if form == "possessive":
        return [(who.full, "NAME", tag), ("'s", None, "")]
    if form == "spaced":
        return [(" ".join(who.full.upper()).replace("   ", "  "), "NAME", tag)]
    return [(who.full, "NAME", tag)]


def first(rng: random.Random, who: Person, form: str | None = None) -> list[Piece]:
    form = form or rng.choice(("plain", "plain", "plain", "lower", "upper", "nickname", "title"))
    if form == "lower":
        return [(who.given.lower(), "FIRST", "lower")]
    if form == "upper":
        return [(who.given.upper(), "FIRST", "upper")]
    if form == "nickname":
        return [(rng.choice(people.NICKNAMES), "FIRST", "nickname")]
    if form == "title":
        return [(f"{rng.choice(['Aunty', 'Uncle', 'Auntie', 'Cousin', 'Sis'])} ", None, ""),
                (who.given, "FIRST", "kin-title")]  # fmt: skip
    word = "word" if who.given in people.WORD_NAMES else "plain"
    return [(who.given, "FIRST", f"{word},{who.shape}")]


def surname(rng: random.Random, who: Person, form: str | None = None) -> list[Piece]:
    if not who.surname:
        return first(rng, who, "plain")
    form = form or rng.choice(("title", "title", "plain", "upper"))
    if form == "title":
        title = rng.choice(people.TITLES)
        return [(f"{title} ", None, ""), (who.surname, "SURNAME", f"title,{who.shape}")]
    if form == "upper":
        return [(who.surname.upper(), "SURNAME", f"upper,{who.shape}")]
    return [(who.surname, "SURNAME", f"plain,{who.shape}")]


# ---- e-mail ------------------------------------------------------------------------------
EMAIL_FORMS = ("plain", "upper", "at-en", "bracket", "paren", "brace", "at-fr", "at-es",
               "at-de", "at-nl", "at-pl", "at-it", "pct", "html", "spaced", "zwsp",
               "linebreak", "mailto", "plus", "at-upper", "soft-hyphen")  # fmt: skip


def local_part(rng: random.Random, who: Person) -> str:
    g = ascii_of(who.given).lower().replace(" ", "").replace("'", "") or "user"
    s = ascii_of(who.surname).lower().replace(" ", "").replace("'", "") or "x"
    digits = str(rng.choice([rng.randrange(1, 99), rng.randrange(1960, 2008)]))
    return rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{g}_{s}{digits}", f"{s}{g}", f"{g}{digits}",
                       f"{g}.{s[0]}", f"{s}.{g}", f"{g}-{s}", f"x{g}x{digits}"])  # fmt: skip


def email(rng: random.Random, who: Person, form: str | None = None) -> list[Piece]:
    form = form or rng.choice(EMAIL_FORMS)
    local, domain = local_part(rng, who), rng.choice(places.DOMAINS)
    host, _, tld = domain.partition(".")
    words = {"at-en": (" at ", " dot "), "bracket": (" [at] ", " [dot] "),
             "paren": ("(at)", "(dot)"), "brace": (" {at} ", " {dot} "),
             "at-fr": (" arobase ", " point "), "at-es": (" arroba ", " punto "),
             "at-de": (" (ät) ", " (punkt) "), "at-nl": (" apenstaartje ", " punt "),
             "at-pl": (" małpa ", " kropka "), "at-it": (" chiocciola ", " punto "),
             "at-upper": (" AT ", " DOT ")}  # fmt: skip
    if form in words:
        at, dot = words[form]
        text = f"{local}{at}{host}{dot}{tld.replace('.', dot)}"
        if form == "at-upper":
            text = text.upper()
        return [(text, "EMAIL", form)]
    if form == "upper":
        return [(f"{local}@{domain}".upper(), "EMAIL", form)]
    if form == "pct":
        return [(f"{local}%40{domain}", "EMAIL", form)]
    if form == "html":
        return [(f"{local}&#64;{domain}", "EMAIL", form)]
    if form == "spaced":
        return [(f"{local} @ {host} . {tld}", "EMAIL", form)]
    if form == "zwsp":
        cut = max(1, len(local) // 2)
        return [(f"{local[:cut]}\u200b{local[cut:]}@\u200b{domain}", "EMAIL", form)]
    if form == "soft-hyphen":
        cut = max(1, len(local) // 2)
        return [(f"{local[:cut]}\u00ad{local[cut:]}@{domain}", "EMAIL", form)]
    if form == "linebreak":
        return [(f"{local}@\n{domain}", "EMAIL", form)]
    if form == "mailto":
        return [("mailto:", None, ""), (f"{local}@{domain}", "EMAIL", form)]
    if form == "plus":
        return [
            (f"{local}+{rng.choice(['claims', 'shop', 'cashback', 'x'])}@{domain}", "EMAIL", form)
        ]
    return [(f"{local}@{domain}", "EMAIL", "plain")]


# ---- phones ------------------------------------------------------------------------------
PHONE_FORMS = ("mobile", "mobile-nospace", "mobile-3-3-5", "intl", "intl-nospace", "0044",
               "intl-zero", "dots", "dashes", "slash", "london", "london-brackets", "city",
               "city-dashes", "ni", "drama", "ie-mobile", "ie-intl", "ie-dublin", "ext",
               "x-ext", "spoken", "digit-spaced", "pairs", "tel-uri", "intl-dashes",
               "mixed-spoken", "brackets-intl")  # fmt: skip
_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _spoken(rng: random.Random, digits: str) -> str:
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        word = "oh" if d == "0" and rng.random() < 0.6 else _WORDS[int(d)]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.7:
            out.append(f"double {word}")
            i += 2
            continue
        out.append(word)
        i += 1
    return " ".join(out)


def phone(rng: random.Random, form: str | None = None) -> list[Piece]:
    form = form or rng.choice(PHONE_FORMS)
    tail = f"{rng.randrange(0, 1000):03d}"
    m = f"7700 900{tail}"  # 07700 900xxx: reserved for drama
    city = rng.choice(
        ["113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161", "191"]
    )
    c4 = f"0{rng.randrange(0, 1000):03d}"
    ie = f"{rng.choice(['83', '85', '86', '87', '89'])}"
    ie7 = f"{rng.randrange(1000000, 9999999)}"
    text = {
        "mobile": f"0{m[:4]} {m[5:]}",
        "mobile-nospace": f"0{m.replace(' ', '')}",
        "mobile-3-3-5": f"0{m[:2]} {m[2:4]}{m[5]} {m[6:]}",
        "intl": f"+44 {m}",
        "intl-nospace": f"+44{m.replace(' ', '')}",
        "0044": f"0044 {m[:4]} {m[5:8]} {m[8:]}",
        "intl-zero": f"+44 (0){m[:4]} {m[5:]}",
        "dots": f"0{m[:4]}.{m[5:8]}.{m[8:]}",
        "dashes": f"0{m[:4]}-{m[5:8]}-{m[8:]}",
        "slash": f"0{m[:4]}/{m[5:]}",
        "london": f"020 7946 {c4}",
        "london-brackets": f"(020) 7946 {c4}",
        "city": f"0{city} 496 {c4}",
        "city-dashes": f"0{city}-496-{c4}",
        "ni": f"028 9649 6{tail}",
        "drama": f"01632 960{tail}",
        "ie-mobile": f"0{ie} {ie7[:3]} {ie7[3:]}",
        "ie-intl": f"+353 {ie} {ie7[:3]} {ie7[3:]}",
        "ie-dublin": f"(01) {ie7[:3]} {ie7[3:]}",
        "ext": f"0{city} 496 {c4} ext. {rng.randrange(100, 999)}",
        "x-ext": f"020 7946 {c4} x{rng.randrange(10, 9999)}",
        "spoken": _spoken(rng, f"0{m.replace(' ', '')}"),
        "digit-spaced": " ".join(f"0{m.replace(' ', '')}"),
        "pairs": " ".join(f"0{m.replace(' ', '')}"[i : i + 2] for i in range(0, 11, 2)),
        "tel-uri": f"tel:+44{m.replace(' ', '')}",
        "intl-dashes": f"+44-{m[:4]}-{m[5:]}",
        "mixed-spoken": f"0{m[:4]} nine hundred {' '.join(_WORDS[int(d)] for d in tail)}",
        "brackets-intl": f"(+44) {m[:4]} {m[5:]}",
    }[form]
    return [(text, "PHONE", form)]


# ---- postcodes ---------------------------------------------------------------------------
POSTCODE_FORMS = ("plain", "plain", "plain", "nospace", "double-space", "lower", "spaced-letters",
                  "mixed-case", "o-for-zero", "dash", "eircode", "eircode-nospace",
                  "eircode-lower")  # fmt: skip


def postcode(rng: random.Random, form: str | None = None) -> list[Piece]:
    form = form or rng.choice(POSTCODE_FORMS)
    if form.startswith("eircode"):
        code = places.eircode(rng)
        code = code.replace(" ", "") if form == "eircode-nospace" else code
        code = code.lower() if form == "eircode-lower" else code
        return [(code, "POSTCODE", form)]
    shape = rng.choice(places.SHAPES)
    code = places.uk_postcode(rng, shape)
    out, inward = code.split(" ")
    text = {
        "plain": code,
        "nospace": out + inward,
        "double-space": f"{out}  {inward}",
        "lower": code.lower(),
        "spaced-letters": " ".join(out + inward),
        "mixed-case": out.capitalize() + " " + inward.lower(),
        "o-for-zero": code.replace("0", "O") if "0" in code else code.replace("1", "I"),
        "dash": f"{out}-{inward}",
    }[form]
    return [(text, "POSTCODE", f"{form},{shape}")]


# ---- streets and houses ------------------------------------------------------------------
STREET_FORMS = ("number", "number", "number", "abbrev", "no-number", "leading", "flat",
                "unit", "floor", "range", "letter", "lower", "upper", "number-after",
                "comma-number", "the-street")  # fmt: skip


def street(rng: random.Random, form: str | None = None) -> list[Piece]:
    form = form or rng.choice(STREET_FORMS)
    word, abbrev = rng.choice(places.THOROUGHFARES)
    base = rng.choice(places.STREET_NAMES)
    number = rng.randrange(1, 240)
    rare = "rare" if word in ("Wynd", "Loan", "Brae", "Chare", "Twitten", "Ginnel", "Vennel",
                              "Loke", "Causey", "Jitty", "Snicket", "Entry", "Steps") else "common"  # fmt: skip
    tag = f"{form},{rare}"
    if form == "abbrev":
        text = f"{number} {base} {abbrev}{rng.choice(['', '.'])}"
    elif form == "no-number":
        text = f"{base} {word}"
    elif form == "leading":
        lead = rng.choice(places.LEADING)
        text = f"{number} {lead} {base}"
        tag = "leading"
    elif form == "flat":
        text = f"Flat {rng.randrange(1, 30)}{rng.choice(['', 'A', 'B'])}, {number} {base} {word}"
    elif form == "unit":
        text = f"Unit {rng.randrange(1, 20)}{rng.choice(['', 'b', 'C'])}, {base} {word}"
    elif form == "floor":
        text = f"{rng.choice(places.FLOORS)}, {number} {base} {word}"
    elif form == "range":
        text = f"{number}-{number + 2} {base} {word}"
    elif form == "letter":
        text = f"{number}{rng.choice('abcAB')} {base} {word}"
    elif form == "lower":
        text = f"{number} {base} {word}".lower()
    elif form == "upper":
        text = f"{number} {base} {word}".upper()
    elif form == "number-after":
        text = f"{base} {word} {number}"
    elif form == "comma-number":
        text = f"{number}, {base} {word}"
    elif form == "the-street":
        text = f"{number} The {base}"
    else:
        text = f"{number} {base} {word}"
    return [(text, "STREET", tag)]


HOUSE_FORMS = ("plain", "plain", "lower", "upper", "quoted")


def house(rng: random.Random, form: str | None = None) -> list[Piece]:
    form = form or rng.choice(HOUSE_FORMS)
    value = rng.choice(places.HOUSE_NAMES)
    if form == "lower":
        return [(value.lower(), "HOUSE", form)]
    if form == "upper":
        return [(value.upper(), "HOUSE", form)]
    if form == "quoted":
        return [('"', None, ""), (value, "HOUSE", form), ('"', None, "")]
    return [(value, "HOUSE", form)]


# ---- member ids --------------------------------------------------------------------------
MEMBER_SHAPES = ("prefix-digits", "grouped", "digits", "letters-digits", "hex", "slashes",
                 "blocks", "email-like-handle")  # fmt: skip
MEMBER_CUES = ("member id", "membership no.", "acct #", "user ID", "customer number",
               "account ref", "member#", "TCB id", "card no", "loyalty no", "ID:", "Mitgliedsnr.",
               "n° adhérent", "lidnummer")  # fmt: skip


def member_value(rng: random.Random, shape: str | None = None) -> tuple[str, str]:
    shape = shape or rng.choice(MEMBER_SHAPES)
    d = rng.randrange
    value = {
        "prefix-digits": f"{rng.choice(['QM', 'KS', 'EF', 'TCB', 'JD', 'AR'])}-{d(1000000, 9999999)}",
        "grouped": f"M{d(1000, 9999)} {d(1000, 9999)}",
        "digits": f"{d(10000000, 99999999)}",
        "letters-digits": f"{rng.choice(['TCB', 'QCO', 'KID', 'SWB'])}{d(1000000, 9999999)}",
        "hex": f"usr_{d(16**7, 16**8):08x}",
        "slashes": f"{rng.choice(['KS', 'EF', 'PW'])}/{d(1000, 9999)}/{d(100, 999)}",
        "blocks": f"{d(10, 99)}{rng.choice('ABCDEFGH')}{d(1, 9)}-{rng.choice('JKLMNP')}{d(100, 999)}",
        "email-like-handle": f"mbr.{d(100000, 999999)}",
    }[shape]
    return value, shape


def member(rng: random.Random, cue: str | None = None) -> list[Piece]:
    cue = cue or rng.choice(("near", "near", "far", "none"))
    value, shape = member_value(rng)
    label = (value, "MEMBER", f"{cue},{shape}")
    word = rng.choice(MEMBER_CUES)
    if cue == "near":
        return [(f"{word} ", None, ""), label]
    if cue == "far":
        filler = rng.choice([
            f"{word} (the one on the app, not the old card, which I binned) is ",
            f"{word}, as I said on the phone twice already, ",
            f"{word} - copied from settings > profile > details: ",
            f"{word} ... think it changed when I moved but try ",
        ])  # fmt: skip
        return [(filler, None, ""), label]
    return [label]


# ---- must-keep values --------------------------------------------------------------------
def order_ref(rng: random.Random, merchant: str) -> str:
    d = rng.randrange
    initials = "".join(w[0] for w in ascii_of(merchant).split() if w[:1].isalpha())[:3].upper()
    return rng.choice([
        f"{initials}-{d(10000000, 99999999)}",
        f"ORD-2026-{d(100000, 999999)}",
        f"{d(100, 999)}-{d(1000000, 9999999)}-{d(1000000, 9999999)}",
        f"0{d(1000, 9999)} {d(100000, 999999)}",
        f"#{d(1000, 9999)} {d(1000, 9999)} {d(1000, 9999)}",
        f"{initials}{d(100000, 999999)}GB",
        f"W{d(100000000, 999999999)}",
    ])  # fmt: skip


def claim_id(rng: random.Random) -> str:
    d = rng.randrange
    return rng.choice([f"CLM-{d(100000, 999999)}", f"MC2026/{d(10000, 99999)}",
                       f"TCB-CL-{d(1000000, 9999999)}", f"Q{d(10000000, 99999999)}"])  # fmt: skip


def tracking(rng: random.Random) -> str:
    d = rng.randrange
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return rng.choice([
        f"{rng.choice(letters)}{rng.choice(letters)}{d(100000000, 999999999)}GB",
        f"{d(10000000000000, 99999999999999)}",
        f"H{d(10, 99)}AQA{d(1000000000, 9999999999)}",
        f"CE{d(100000000, 999999999)}IE",
        f"1Z{d(100, 999)}AA1{d(1000000000, 9999999999)}",
        f"JJD{d(10**17, 10**18 - 1)}",
    ])  # fmt: skip


def sku(rng: random.Random) -> str:
    d = rng.randrange
    return rng.choice([f"{d(1000, 9999)}-{rng.choice(['BLU', 'RED', 'GRN', 'BLK'])}-{rng.choice('SML')}",
                       f"50{d(10**10, 10**11 - 1)}", f"B0{d(10000000, 99999999)}",
                       f"SKU{d(100000, 999999)}", f"{rng.choice(['HOPE', 'EMBER', 'ADA'])}-{d(10, 99)}{rng.choice('XYZ')}"])  # fmt: skip


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _ordinal(day: int) -> str:
    return "th" if 10 < day < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def a_date(rng: random.Random) -> str:
    day, month = rng.randrange(1, 29), rng.randrange(6, 10)
    return rng.choice([f"{day:02d}/{month:02d}/2026", f"{day} {MONTHS[month - 1]}",
                       f"2026-{month:02d}-{day:02d}", f"{day}.{month:02d}.26",
                       f"{day}{_ordinal(day)} {MONTHS[month - 1]} 2026", f"{MONTHS[month - 1]} {day}"])  # fmt: skip


def amount(rng: random.Random) -> str:
    value = rng.randrange(399, 150000) / 100
    return rng.choice([f"£{value:.2f}", f"{value:.2f} GBP", f"€{value:.2f}".replace(".", ","),
                       f"£{value:,.2f}", f"GBP{value:.2f}", f"£{int(value)}"])  # fmt: skip


def a_time(rng: random.Random) -> str:
    h, m = rng.randrange(7, 23), rng.randrange(0, 60)
    return rng.choice([f"{h:02d}:{m:02d}", f"{h % 12 or 12}.{m:02d}{'pm' if h >= 12 else 'am'}",
                       f"{h:02d}h{m:02d}", f"{h:02d}:{m:02d}:{rng.randrange(60):02d}"])  # fmt: skip


def voucher(rng: random.Random) -> str:
    word = rng.choice(places.VOUCHER_WORDS)
    return rng.choice([f"{word}{rng.randrange(5, 50)}", f"{word}-{rng.randrange(5, 30)}OFF",
                       f"{word.lower()}{rng.randrange(10, 25)}", f"{word}2026"])  # fmt: skip
