"""The worldwide author: claim notes by and about shoppers from many countries and scripts.

Names come from Faker's per-locale lists (read as data, 70 locales) and typed Welsh, Irish,
particle, patronymic, Urdu, Yoruba, Filipino and Greek names; notes are in English, ten other
European languages, romanised Urdu and Hindi, Yoruba, Tagalog, Greek, Swahili and mixtures,
with foreign addresses and phone formats beside UK ones. Clean notes are thick with foreign
claim words ("Acquisto", "brak zwrotu", "arian yn ôl", "Pedido") and with given names used as
the words they are ("con esperanza", "umut ediyorum"), all unlabelled.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.detect.training.authors import _worldwide_lines as lines
from pipeline.detect.training.authors import _worldwide_names as names
from pipeline.detect.training.authors import _worldwide_values as values
from pipeline.detect.training.authors import _worldwide_words as words
from pipeline.detect.training.generate import KEEP, PERSONAL, Labelled, Note

Piece = tuple[str, str | None]  # text and its label kind (None: unlabelled)
Pools = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]

_SLOT = re.compile(r"\{(\w+)\}")
_CLEAN_SHARE = 0.4
_ROW_KINDS = frozenset({"ORDER", "CLAIM", "MERCHANT", "DATE", "AMOUNT"})
# Kinds used while building that are labelled as another kind and stay out of row_keep.
_SIDE_KINDS = {"NETWORK": "MERCHANT", "MERCHANT2": "MERCHANT"}
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")
_LANG_WEIGHTS = {
    "en": 30, "mixed": 14, "fr": 7, "de": 7, "es": 6, "it": 5, "pl": 6, "nl": 4, "pt": 4,
    "tr": 4, "ro": 4, "cy": 4, "ga": 4, "ur": 4, "hi": 3, "yo": 3, "tl": 3, "el": 3, "sw": 2,
}  # fmt: skip
# Which clean templates a clean note is drawn from, and how often.
_CLEAN_SOURCES = (lines.CLEAN_LINES, words.WORD_LINES, words.PHRASE_LINES)
_CLEAN_WEIGHTS = (0.4, 0.25, 0.35)
# Locales a shopper writing in a language is likely to come from.
_LANG_LOCALES = {
    "fr": ("fr_FR", "fr_BE", "fr_CH", "fr_CA"), "de": ("de_DE", "de_AT", "de_CH"),
    "es": ("es_ES", "es_MX", "es_AR", "es_CO", "es_CL"), "it": ("it_IT",), "pl": ("pl_PL",),
    "nl": ("nl_NL", "nl_BE"), "pt": ("pt_PT", "pt_BR"), "tr": ("tr_TR",), "ro": ("ro_RO",),
    "cy": ("cy_GB",), "ga": ("ga_GA", "ga_IE"), "en": ("en_GB", "en_IE", "en_IN", "en_NG"),
    "ur": ("ur_PK", "en_PK", "ur_AR"), "hi": ("hi_IN", "en_IN", "gu_IN", "mr_IN"),
    "yo": ("yo_NG", "yo_TN"),
    "tl": ("tl_PH",), "el": ("el_GR", "el_LA"), "sw": ("sw", "en_KE"),
}  # fmt: skip
_LANG_COUNTRY = {
    "fr": "fr", "de": "de", "es": "es", "it": "it", "pl": "pl", "nl": "nl", "pt": "pt",
    "tr": "tr", "ro": "ro", "cy": "cy", "ga": "ie", "en": "uk", "mixed": "uk", "ur": "pk",
    "hi": "in", "yo": "ng", "tl": "ph", "el": "gr", "sw": "ke",
}  # fmt: skip
_LOCALE_COUNTRY = {
    "en_IE": "ie", "ga_IE": "ie", "ga_GA": "ie", "cy_GB": "cy", "de_CH": "ch", "fr_CH": "ch",
    "en_IN": "in", "hi_IN": "in", "ta_IN": "in", "zh_CN": "cn", "en_NG": "ng", "yo_NG": "ng",
    "ig_NG": "ng", "fr_CA": "us", "es_MX": "us", "ur_PK": "pk", "en_PK": "pk", "tl_PH": "ph",
    "el_GR": "gr", "el_LA": "gr", "ur_AR": "pk", "sw": "ke", "en_KE": "ke", "yo_TN": "ng",
    "ha_NG": "ng", "gu_IN": "in", "mr_IN": "in",
}  # fmt: skip
# Cyrillic letters and their Latin spelling ("-": the hard and soft signs, written as nothing).
_LATIN = "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i ye yi g"
_CYRILLIC = dict(
    zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяієїґ", _LATIN.replace("-", "").split(" "), strict=True)
)


@dataclass(frozen=True, slots=True)
class _Shopper:
    given: str
    family: str
    locale: str
    patronym: str = ""


@dataclass(slots=True)
class _Context:
    """What one note is about: its shopper, someone else, its country and fixed values."""

    rng: random.Random
    lang: str
    country: str
    shopper: _Shopper
    other: _Shopper
    fixed: dict[str, str] = field(default_factory=dict)


def notes(count: int, seed: int) -> list[Note]:
    """``count`` notes, reproducible for ``seed``."""
    rng = random.Random(seed)
    pools = names.locale_names()
    return [_note(rng, pools) for _ in range(count)]


def _note(rng: random.Random, pools: Pools) -> Note:
    """One note: a template filled, reshaped and turned into labelled text."""
    lang = rng.choices(list(_LANG_WEIGHTS), weights=list(_LANG_WEIGHTS.values()))[0]
    shopper = _draw_shopper(rng, pools, lang)
    country = _LANG_COUNTRY[lang] if rng.random() < 0.6 else _country_of(rng, shopper.locale)
    context = _Context(rng, lang, country, shopper, _draw_shopper(rng, pools, lang))
    pieces = _reshape(rng, _fill(_template(rng, lang), context))
    batch = [_fill_shape(rng, rng.choice(values.ORDER_SHAPES)) for _ in range(rng.randint(0, 3))]
    return _assemble(pieces, batch)


def _template(rng: random.Random, lang: str) -> str:
    """A clean template (no personal slot) or a personal one, sometimes lengthened."""
    if rng.random() < _CLEAN_SHARE:
        template = _clean_template(rng)
        if rng.random() < 0.2:
            template += rng.choice((" ", "\n", " | ")) + _clean_template(rng)
        return template
    template = rng.choice(lines.PERSONAL_LINES.get(lang, ()) + words.PERSONAL_LINES.get(lang, ()))
    if rng.random() < 0.12:
        # A foreign claim word heading a note about a named shopper.
        template = "{WORD}" + rng.choice((": ", " - ", "! ", "\n", " ")) + template
    extra = 1 if rng.random() < 0.15 else rng.randint(2, 4) if rng.random() < 0.05 else 0
    for _ in range(extra):
        template += rng.choice((" ", "\n", "\n\n")) + _clean_template(rng)
    if rng.random() < 0.25:
        template += rng.choice(lines.SIGN_OFFS)
    return template


def _clean_template(rng: random.Random) -> str:
    """A template with no personal slot, from one of the clean sources."""
    return rng.choice(rng.choices(_CLEAN_SOURCES, weights=_CLEAN_WEIGHTS)[0])


def _country_of(rng: random.Random, locale: str) -> str:
    """The country a shopper from ``locale`` most likely gives an address or phone in."""
    if locale in _LOCALE_COUNTRY:
        return _LOCALE_COUNTRY[locale]
    prefix = locale[:2]
    if prefix in values.POSTCODE_SHAPES and rng.random() < 0.7:
        return prefix
    return "uk"


def _draw_shopper(rng: random.Random, pools: Pools, lang: str) -> _Shopper:
    """A shopper from a Faker locale or from the typed lists (particles, variants, patronyms)."""
    roll = rng.random()
    if roll < 0.05:
        given, patronym, family = rng.choice(names.PATRONYMS)
        return _Shopper(given, family, "ru_RU", patronym)
    locale = _draw_locale(rng, pools, lang)
    given, family = rng.choice(pools[locale][0]), rng.choice(pools[locale][1])
    if roll < 0.15:
        family = rng.choice(names.PARTICLE_LAST)
    elif roll < 0.19:
        given = rng.choice(rng.choice(names.GIVEN_VARIANTS))
    elif roll < 0.23:
        family = rng.choice(rng.choice(names.FAMILY_VARIANTS))
    elif roll < 0.3:
        given = rng.choice(names.WORD_FIRST)
    elif roll < 0.38:
        given = rng.choice(
            words.WORD_NAMES.get(lang) or rng.choice(list(words.WORD_NAMES.values()))
        )
    return _transliterate(rng, _Shopper(given, family, locale))


def _draw_locale(rng: random.Random, pools: Pools, lang: str) -> str:
    """Mostly a locale of the note's language, otherwise any of the pools."""
    if lang in _LANG_LOCALES and rng.random() < 0.45:
        return rng.choice([loc for loc in _LANG_LOCALES[lang] if loc in pools])
    return rng.choice(sorted(pools))


def _transliterate(rng: random.Random, shopper: _Shopper) -> _Shopper:
    """Sometimes a Cyrillic name in Latin letters, or a Latin name with its accents dropped."""
    if rng.random() < 0.35 and _is_cyrillic(shopper.family):
        return _Shopper(_latinise(shopper.given), _latinise(shopper.family), shopper.locale)
    if rng.random() < 0.15:
        given, family = _fold(shopper.given), _fold(shopper.family)
        if given.strip() and family.strip():
            return _Shopper(given, family, shopper.locale, _fold(shopper.patronym))
    return shopper


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


def _latinise(text: str) -> str:
    """Cyrillic to Latin letters, one common scheme."""
    out = []
    for char in text:
        latin = _CYRILLIC.get(char.lower(), char)
        out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def _fold(text: str) -> str:
    """``text`` with its combining accents dropped (non-Latin letters are kept)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _fill(template: str, context: _Context) -> list[Piece]:
    """The template's literal text and its slots' pieces, in order."""
    pieces: list[Piece] = []
    cursor = 0
    for match in _SLOT.finditer(template):
        pieces.append((template[cursor : match.start()], None))
        pieces += _FILLERS[match.group(1)](context)
        cursor = match.end()
    pieces.append((template[cursor:], None))
    return [piece for piece in pieces if piece[0]]


def _full_name(context: _Context, person: _Shopper) -> str:
    """A full name in one of the ways people write it."""
    rng, given, family = context.rng, person.given, person.family
    roll = rng.random()
    if person.locale in names.FAMILY_FIRST and roll < 0.6:
        joint = "" if person.locale in names.NO_SPACE and not given.isascii() else " "
        return f"{family}{joint}{given}"
    if person.patronym and roll < 0.6:
        return f"{given} {person.patronym} {family}"
    if roll < 0.55:
        return f"{given} {family}"
    if roll < 0.68:
        return f"{family}, {given}"
    if roll < 0.78:
        return f"{family.upper()} {given}"
    if roll < 0.9 and given[:1].isalpha():
        return f"{given[0]}. {family}"
    middle = rng.choice("ABCDEFGHJKLMNPRST")
    return f"{given} {middle}. {family}"


def _name(context: _Context) -> list[Piece]:
    return [(_full_name(context, context.shopper), "NAME")]


def _name2(context: _Context) -> list[Piece]:
    return [(_full_name(context, context.other), "NAME")]


def _first(context: _Context) -> list[Piece]:
    if context.rng.random() < 0.1:
        return [(context.rng.choice(names.NICKNAMES), "FIRST")]
    return [(context.shopper.given, "FIRST")]


def _first2(context: _Context) -> list[Piece]:
    return [(context.other.given, "FIRST")]


def _surname(context: _Context) -> list[Piece]:
    return [(context.shopper.family, "SURNAME")]


def _email(context: _Context) -> list[Piece]:
    """An address built from the shopper's name, plain or hidden."""
    rng = context.rng
    given, family = (
        _ascii_handle(part) for part in (context.shopper.given, context.shopper.family)
    )
    if not given or not family:
        given, family = rng.choice(names.WORD_FIRST).lower(), str(rng.randint(1, 999))
    number = rng.randint(1, 99)
    local = rng.choice(
        (f"{given}.{family}", f"{given}{family}", f"{given}_{family}", f"{given[0]}{family}",
         f"{family}.{given}", f"{given}{number}", f"{given}.{family}{number}")
    )  # fmt: skip
    domain = rng.choice(values.WEB_DOMAINS)
    if rng.random() < 0.25:
        domain = domain.replace(".", rng.choice(values.DOT_FORMS))
    if rng.random() < 0.05:
        cut = rng.randint(1, len(local) - 1)
        local = local[:cut] + rng.choice(_ZERO_WIDTH) + local[cut:]
    at = rng.choice(values.AT_FORMS) if rng.random() < 0.35 else "@"
    return [(f"{local}{at}{domain}", "EMAIL")]


def _ascii_handle(text: str) -> str:
    """A lower-case ASCII handle from a name part, or "" for names in other scripts."""
    latin = _latinise(text) if _is_cyrillic(text) else _fold(text)
    return "".join(char for char in latin.lower() if char.isascii() and char.isalnum())


def _phone(context: _Context) -> list[Piece]:
    """A phone number in the note's country format, sometimes spoken digit by digit."""
    rng = context.rng
    country = context.country if context.country in values.PHONE_SHAPES else "uk"
    shape = rng.choice(values.PHONE_SHAPES[country])
    # A country code ("+92", "0049") is written as is; only the rest gets random digits.
    code, gap, rest = shape.partition(" ") if shape.startswith(("+", "00")) else ("", "", shape)
    number = code + gap + _fill_shape(rng, rest)
    if rng.random() < 0.08:
        return [(_spoken(rng, number), "PHONE")]
    return [(number, "PHONE")]


def _spoken(rng: random.Random, number: str) -> str:
    """Digits as words, with "double" for a repeated digit."""
    lang = rng.choice(list(values.DIGIT_WORDS))
    words, digits = values.DIGIT_WORDS[lang], [int(c) for c in number if c.isdigit()]
    out: list[str] = []
    index = 0
    while index < len(digits):
        if index + 1 < len(digits) and digits[index] == digits[index + 1]:
            out.append(f"{values.DOUBLE_WORDS[lang]} {words[digits[index]]}")
            index += 2
        else:
            out.append(words[digits[index]])
            index += 1
    return " ".join(out)


def _fill_shape(rng: random.Random, shape: str, letter: str = "X") -> str:
    """``shape`` with each 9 a random digit and each ``letter`` a random capital."""
    out = []
    for char in shape:
        if char == "9":
            out.append(str(rng.randint(0, 9)))
        elif char == letter:
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXY"))
        else:
            out.append(char)
    return "".join(out)


def _postcode_text(context: _Context) -> str:
    """A postcode of the note's country, with odd spacing or case for UK and Irish ones."""
    rng = context.rng
    code = _fill_shape(rng, rng.choice(values.POSTCODE_SHAPES[context.country]), "A")
    if context.country in ("uk", "cy", "ie") and " " in code:
        roll = rng.random()
        if roll < 0.12:
            code = code.replace(" ", "")
        elif roll < 0.2:
            code = code.replace(" ", "  ")
        elif roll < 0.32:
            code = code.lower()
    return code


def _postcode(context: _Context) -> list[Piece]:
    return [(_postcode_text(context), "POSTCODE")]


def _street_text(context: _Context) -> str:
    """A street of the note's country, numbered or not."""
    rng = context.rng
    choices = [s for s, country in values.STREETS if country == context.country]
    street = rng.choice(choices or [s for s, _ in values.STREETS])
    if rng.random() < 0.2 and street.startswith("{n} "):
        street = street[4:]
    return street.replace("{n}", str(rng.randint(1, 240))).replace("{m}", str(rng.randint(1, 40)))


def _street(context: _Context) -> list[Piece]:
    return [(_street_text(context), "STREET")]


def _house(context: _Context) -> list[Piece]:
    rng = context.rng
    house = rng.choice(values.HOUSES)
    return [
        (
            house.replace("{m}", str(rng.randint(1, 60))).replace("{n}", str(rng.randint(1, 9))),
            "HOUSE",
        )
    ]


def _town_of(context: _Context) -> str:
    towns = values.TOWNS.get(context.country) or values.TOWNS["other"]
    return context.rng.choice(towns)


def _town(context: _Context) -> list[Piece]:
    if context.rng.random() < 0.3:
        return [(context.rng.choice(values.TOWNS["other"] + values.TOWNS["uk"]), "TOWN")]
    return [(_town_of(context), "TOWN")]


def _address(context: _Context) -> list[Piece]:
    """House, street, town and postcode in the order the note's country writes them."""
    rng = context.rng
    street, town = (_street_text(context), "STREET"), (_town_of(context), "TOWN")
    code = (_postcode_text(context), "POSTCODE")
    comma = (rng.choice((", ", "\n", " ", " , ")), None)
    if context.country in ("uk", "cy", "ie"):
        head = [*_house(context), comma] if rng.random() < 0.45 else []
        return [*head, street, comma, town, (rng.choice((" ", ", ", "\n")), None), code]
    # Elsewhere a flat or house number follows the street ("Hauptstraße 4, Wohnung 3").
    tail = [(", ", None), *_house(context)] if rng.random() < 0.3 else []
    return [street, *tail, comma, code, (" ", None), town]


def _member(context: _Context) -> list[Piece]:
    return [(_fill_shape(context.rng, context.rng.choice(values.MEMBER_SHAPES)), "MEMBER")]


def _date_text(rng: random.Random, lang: str) -> str:
    """A date of 2025 or 2026 in a numeric or a written form of some language."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2025, 2026))
    roll = rng.random()
    if roll < 0.3:
        sep = rng.choice("/.-")
        return f"{day:02d}{sep}{month:02d}{sep}{year if rng.random() < 0.7 else year % 100}"
    if roll < 0.4:
        return f"{year}-{month:02d}-{day:02d}"
    if roll < 0.43:
        return f"{year}年{month}月{day}日"
    if lang not in values.MONTHS:
        lang = rng.choice(sorted(values.MONTHS))
    name = values.MONTHS[lang][month - 1]
    if lang == "de":
        return f"{day}. {name} {year}"
    if lang in ("es", "pt"):
        return f"{day} de {name} de {year}" if rng.random() < 0.6 else f"{day} {name}"
    if lang == "en" and rng.random() < 0.4:
        return f"{name} {day}, {year}" if rng.random() < 0.5 else f"{day}{_ordinal(day)} {name}"
    return f"{day} {name} {year}" if rng.random() < 0.7 else f"{day} {name}"


def _ordinal(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _amount_text(rng: random.Random, country: str) -> str:
    """An amount, more often in the note's country's currency than in any other."""
    local = values.LOCAL_AMOUNT_SHAPES.get(country)
    shape = rng.choice(local if local and rng.random() < 0.6 else values.AMOUNT_SHAPES)
    return shape.replace("{i}", str(rng.randint(1, 999))).replace(
        "{d}", f"{rng.randint(0, 99):02d}"
    )


def _word(context: _Context) -> list[Piece]:
    """A foreign claim word, unlabelled: mostly of the note's language, else any."""
    rng = context.rng
    lang = context.lang if context.lang in words.PHRASES and rng.random() < 0.6 else ""
    return [(rng.choice(words.PHRASES.get(lang) or rng.choice(list(words.PHRASES.values()))), None)]


def _fixed(kind: str, make: Callable[[_Context], str]) -> Callable[[_Context], list[Piece]]:
    """A filler that gives the same value each time its slot recurs in one note."""

    def fill(context: _Context) -> list[Piece]:
        if kind not in context.fixed:
            context.fixed[kind] = make(context)
        return [(context.fixed[kind], kind)]

    return fill


def _merchant2(context: _Context) -> str:
    chosen = context.fixed.get("MERCHANT")
    return context.rng.choice([m for m in values.MERCHANTS if m != chosen])


_FILLERS: dict[str, Callable[[_Context], list[Piece]]] = {
    "NAME": _name, "NAME2": _name2, "FIRST": _first, "FIRST2": _first2, "SURNAME": _surname,
    "EMAIL": _email, "PHONE": _phone, "POSTCODE": _postcode, "STREET": _street,
    "HOUSE": _house, "ADDRESS": _address, "MEMBER": _member, "TOWN": _town,
    "WORD": _word, "WORD2": _word,
    "MERCHANT": _fixed("MERCHANT", lambda c: c.rng.choice(values.MERCHANTS)),
    "MERCHANT2": _fixed("MERCHANT2", _merchant2),
    "NETWORK": _fixed("NETWORK", lambda c: c.rng.choice(values.NETWORKS)),
    "PRODUCT": _fixed("PRODUCT", lambda c: c.rng.choice(values.PRODUCTS)),
    "EVENT": _fixed("EVENT", lambda c: c.rng.choice(values.EVENTS)),
    "VOUCHER": _fixed("VOUCHER", lambda c: c.rng.choice(values.VOUCHERS)),
    "ORDER": _fixed("ORDER", lambda c: _fill_shape(c.rng, c.rng.choice(values.ORDER_SHAPES))),
    "CLAIM": _fixed("CLAIM", lambda c: _fill_shape(c.rng, c.rng.choice(values.CLAIM_SHAPES))),
    "DATE": _fixed("DATE", lambda c: _date_text(c.rng, c.lang)),
    "AMOUNT": _fixed("AMOUNT", lambda c: _amount_text(c.rng, c.country)),
}  # fmt: skip


def _reshape(rng: random.Random, pieces: list[Piece]) -> list[Piece]:
    """Casing, dropped punctuation or a typo, as people write in a hurry."""
    roll = rng.random()
    if roll < 0.06:
        return [(text.upper(), kind) for text, kind in pieces]
    if roll < 0.12:
        return [(text.lower(), kind) for text, kind in pieces]
    if roll < 0.17:
        case = str.upper if rng.random() < 0.5 else str.lower
        return [(case(t) if k in ("NAME", "FIRST", "SURNAME") else t, k) for t, k in pieces]
    if roll < 0.23:
        return [(t if k else _unpunctuated(t), k) for t, k in pieces]
    if roll < 0.3:
        return [(t if k else _typo(rng, t), k) for t, k in pieces]
    return pieces


def _unpunctuated(text: str) -> str:
    """``text`` without its punctuation; a separator that was only punctuation becomes a space."""
    bare = re.sub(r"[.,;:!]", "", text)
    return bare or " "


def _typo(rng: random.Random, text: str) -> str:
    """``text`` with two neighbouring letters swapped, when it has a word to spoil."""
    spots = [i for i in range(len(text) - 1) if text[i].isalpha() and text[i + 1].isalpha()]
    if not spots or rng.random() < 0.5:
        return text
    i = rng.choice(spots)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def _assemble(pieces: list[Piece], batch: list[str]) -> Note:
    """Join pieces into a note with labels at their offsets and the row's keep values."""
    note = Note(batch_keep=batch)
    cursor = 0
    for text, kind in pieces:
        start, cursor = cursor, cursor + len(text)
        note.text += text
        if kind is None:
            continue
        label = Labelled(start, cursor, _SIDE_KINDS.get(kind, kind))
        if label.kind in PERSONAL:
            note.personal.append(label)
        elif label.kind in KEEP:
            note.keep.append(label)
        if kind in _ROW_KINDS and text not in note.row_keep:
            note.row_keep.append(text)
    return note
