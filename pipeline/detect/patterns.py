"""Patterns for UK personal values, shared by column sampling and the free-text recognizers.

Pure functions over ``re``: no Presidio, no spaCy, so column classification stays fast.
"""

from __future__ import annotations

import re
import unicodedata

# ``fold`` lives in ``pipeline.models``: the residual-leak check folds town names by it too.
from pipeline.models import fold as fold

# Every space character but the ASCII one (no-break, narrow, thin, ideographic ...), and the
# line and paragraph separators: each stands for one plain space.
_SPACES = {c: " " for c in range(0x80, 0x3001) if chr(c).isspace()}
# Letters, digits and marks written in a compatibility form of one ASCII character: full-width
# ("ｊａｎｅ＠ｍａｉｌ．ｃｏｍ"), small (U+FE6B "﹫"), styled mathematical letters ("𝐣𝐚𝐧𝐞"),
# one-dot leaders. Each stands for its ASCII character, so every finder reads them.
_COMPATIBLE = {
    c: folded
    for c in range(0x80, 0x1F800)
    if not chr(c).isspace()
    and len(folded := unicodedata.normalize("NFKC", chr(c))) == 1
    and folded.isascii()
    and folded.isprintable()
    and folded != chr(c)
}
_VIEW = {**_COMPATIBLE, **_SPACES}
# A line break written out as the two characters backslash and n (or r, t), as exports that
# escape their cells do: a break between two values, never part of one.
_ESCAPED_BREAK = re.compile(r"\\([nrt])(?=[\s\w\\+(<>#*\-]|$)")
# The marks that quote a reply at a line's start ("> 48 Ashby Drive", ">> thanks").
_QUOTE_MARKS = re.compile(r"(?m)^[ \t]*>[> \t]*")


# HTML that CRM and web-form exports leave in a note: the marks of a tag ("<br>", "<div
# class=...>", "</b>") are read as white space, a block's opening or closing one as a line
# break, so "<br>the old dairy<br>" is a line of its own. Only the marks go: attributes stay
# in view ("<a href=\"mailto:...\">" still shows its e-mail).
_HTML_TAG = re.compile(
    r"<(/?)(br|p|div|li|tr|td|th|h[1-6]|ul|ol|table|tbody|thead|blockquote|pre|hr|address"
    r"|span|b|i|u|em|strong|font|a|small|sup|sub|center)\b([^<>]{0,300}?)(/?>)",
    re.IGNORECASE,
)
_HTML_BLOCKS = frozenset({
    "br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
    "table", "tbody", "thead", "blockquote", "pre", "hr", "address",
})  # fmt: skip


# A value of a form or a URL's query ("name=Raiarii+Tehei&..."): its "+" is a space, unless
# the value is an e-mail ("jane+claims@...", "jane+claims%40...").
_QUERY_VALUE = re.compile(r"(?<==)[^&=\s;|]*\+[^&=\s;|]*")


def _plus_as_space(match: re.Match[str]) -> str:
    value = match.group(0)
    if "@" in value or "%40" in value.lower():
        return value
    return re.sub(r"(?<=[^\W\d_])\+(?=[^\W\d_])", " ", value)


def _tag_marks(match: re.Match[str]) -> str:
    slash, name, attributes, close = match.groups()
    opening = " " * (1 + len(slash) + len(name))
    if name.lower() in _HTML_BLOCKS:
        opening = "\n" + opening[1:]
    return opening + attributes + " " * len(close)


def _unescaped(match: re.Match[str]) -> str:
    return " \n" if match.group(1) in "nr" else "  "


def detection_view(text: str) -> str:
    """The text as the finders read it, with exactly its length, so offsets carry over.

    Unicode spaces become plain spaces, compatibility forms their ASCII character (full-width
    "＠" is "@"), a written-out line break ("\\n") a line break, and the marks quoting a
    reply at a line's start ("> ") spaces: a postcode typed with a no-break space, a phone
    after a literal "\\n" or a street line in a quoted reply is still found.
    """
    viewed = text if text.isascii() else text.translate(_VIEW)
    if "\\" in viewed:
        viewed = _ESCAPED_BREAK.sub(_unescaped, viewed)
    if "<" in viewed:
        viewed = _HTML_TAG.sub(_tag_marks, viewed)
    if "+" in viewed and "=" in viewed:
        viewed = _QUERY_VALUE.sub(_plus_as_space, viewed)
    if ">" in viewed:
        viewed = _QUOTE_MARKS.sub(lambda m: " " * len(m.group(0)), viewed)
    return viewed


# --------------------------------------------------------------------------- email

EMAIL_RE = re.compile(
    r"(?<![\w.+\-])[\w!#$%&'*+/=?^`{|}~\-]+(?:\.[\w!#$%&'*+/=?^`{|}~\-]+)*"
    r"@[^\W_](?:[\w\-]*[^\W_])?(?:\.[^\W_](?:[\w\-]*[^\W_])?)*\.[^\W\d_]{2,}(?![\w\-])"
)
EMAIL_FULL_RE = re.compile(r"\s*" + EMAIL_RE.pattern + r"\s*")


def is_email(value: str) -> bool:
    """True when the whole value is one email address."""
    return EMAIL_FULL_RE.fullmatch(value) is not None


# --------------------------------------------------------------------------- UK postcode

_OUTWARD = (
    r"(?:GIR|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]?|[A-PR-UWYZ][0-9]{2}"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]?|[A-PR-UWYZ][A-HK-Y][0-9]{2})"
)
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
POSTCODE_RE = re.compile(rf"(?<![\w])({_OUTWARD})[ \t]?({_INWARD})(?!\w)", re.IGNORECASE)
POSTCODE_FULL_RE = re.compile(rf"\s*{_OUTWARD}\s?{_INWARD}\s*", re.IGNORECASE)
POSTCODE_TAIL_RE = re.compile(rf"[\s,]*\b{_OUTWARD}\s?{_INWARD}\s*$", re.IGNORECASE)


def is_postcode(value: str) -> bool:
    """True when the whole value is one UK postcode (any case, with or without the space)."""
    return POSTCODE_FULL_RE.fullmatch(value) is not None


# --------------------------------------------------------------------------- phones

_SEP = r"[ \t\-\u00a0)]{0,2}"
# National (0...) or international (+44 / 0044, optional "(0)") UK number.
UK_PHONE_RE = re.compile(
    r"(?<![\w+/.])"
    r"(?P<prefix>(?:\+|00)[ \t]?44[ \t\-]?(?:\(0\)[ \t]?)?|\(?0)"
    rf"(?P<nsn>[1-9](?:{_SEP}\d){{8,9}})"
    r"(?![\d/]|\.\d)"
)
# Any other international number written with a leading "+".
INTL_PHONE_RE = re.compile(r"(?<![\w+])\+[1-9](?:[ \t\-.()]{0,2}\d){6,13}(?![\d/])")
_NON_DIGIT = re.compile(r"\D+")


def digits_of(text: str) -> str:
    """The digits of a text, in order."""
    return _NON_DIGIT.sub("", text)


def is_uk_nsn(nsn: str) -> bool:
    """A UK national significant number: 10 digits (9 for some 01/08 numbers), no leading 0."""
    if len(nsn) == 10:
        return nsn[0] in "1235789"
    return len(nsn) == 9 and nsn[0] in "18"


def national_number(text: str) -> str:
    """The significant digits of a phone number, the same for +44 7700..., 0044 7700..., 07700....

    Non-UK international numbers keep their country code; an empty string means "not a phone".
    """
    stripped = text.strip()
    digits = digits_of(stripped)
    if stripped.startswith("+"):
        if digits.startswith("44"):
            digits = digits[2:]
        else:
            return digits if 7 <= len(digits) <= 15 else ""
    elif digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and len(digits) in (11, 12):
        digits = digits[2:]
    digits = digits.removeprefix("0")
    return digits if 7 <= len(digits) <= 15 else ""


def is_uk_phone(value: str) -> bool:
    """True when the whole value is one UK phone number in national or +44/0044 form."""
    match = UK_PHONE_RE.fullmatch(value.strip())
    return match is not None and is_uk_nsn(digits_of(match.group("nsn")))


# A phone's extension after it: "07700 900123 ext. 102", "... x361", "... (extn 12)".
_EXTENSION_RE = re.compile(r"[ \t]*,?[ \t]*\(?(?i:ext(?:n|ension)?\.?|x)[ \t]*\d{1,5}\)?(?![\w])")


def with_extension(text: str, end: int) -> int:
    """Where a phone number ending at ``end`` ends with its extension, if one follows."""
    match = _EXTENSION_RE.match(text, end)
    if match is None:
        return end
    stop = match.end()
    if text[stop - 1] == ")" and "(" not in match.group(0):
        stop -= 1
    return stop


def find_uk_phones(text: str) -> list[tuple[int, int]]:
    """Offsets of UK phone numbers in a text."""
    found = []
    for match in UK_PHONE_RE.finditer(text):
        if is_uk_nsn(digits_of(match.group("nsn"))):
            start = match.start()
            if text[start] == "(" and ")" not in match.group(0):
                start += 1
            found.append((start, match.end()))
    return found


# --------------------------------------------------------------------------- street lines

STREET_SUFFIXES: dict[str, tuple[str, ...]] = {
    "street": ("street", "st"),
    "road": ("road", "rd"),
    "avenue": ("avenue", "ave", "av"),
    "lane": ("lane", "ln"),
    "drive": ("drive", "dr", "drv"),
    "close": ("close", "cl"),
    "crescent": ("crescent", "cres", "cresc"),
    "court": ("court", "ct"),
    "place": ("place", "pl"),
    "gardens": ("gardens", "gdns", "gardns"),
    "terrace": ("terrace", "terr", "tce"),
    "grove": ("grove", "gr", "gro"),
    "square": ("square", "sq"),
    "parade": ("parade", "pde"),
    "boulevard": ("boulevard", "blvd"),
    "park": ("park", "pk"),
    # The rest of the abbreviations addresses commonly use (Royal Mail's among them).
    "approach": ("approach", "appr", "apch"),
    "esplanade": ("esplanade", "esp", "espl"),
    "wharf": ("wharf", "whf"),
    "causeway": ("causeway", "cswy"),
    "broadway": ("broadway", "bdwy"),
    "heights": ("heights", "hts"),
    "embankment": ("embankment", "emb"),
    "meadows": ("meadows", "mdws"),
    "walk": ("walk", "wlk"),
    "view": ("view", "vw"),
    "green": ("green", "grn"),
    "cottages": ("cottages", "cotts"),
    "orchard": ("orchard", "orch"),
    "market": ("market", "mkt"),
    "yard": ("yard", "yd"),
    "ridge": ("ridge", "rdg"),
    "crossing": ("crossing", "xing"),
    "fields": ("fields", "flds"),
    "quay": ("quay", "qy"),
}
_OTHER_SUFFIXES = (
    "way", "hill", "mews", "walk", "row", "rise", "view", "green", "vale", "wharf", "yard",
    "gate", "wynd", "brae", "circus", "broadway", "causeway", "embankment", "esplanade",
    "quay", "heights", "meadow", "meadows", "fields", "orchard", "cottages", "villas", "chase",
    "croft", "dale", "drove", "grange", "garth", "glade", "path", "approach", "crossing",
    "end", "bank", "side", "passage", "alley", "market", "common", "lea", "leys", "brow",
    "nook", "fold", "loan", "gait", "vennel", "close", "mount", "ridge", "hollow", "copse",
    # blocks a street number stands before: "107, Peel Buildings", "4 Albion Mansions"
    "buildings", "mansions", "flats", "apartments", "chambers",
)  # fmt: skip
SUFFIX_WORDS: frozenset[str] = frozenset(
    {v for variants in STREET_SUFFIXES.values() for v in variants} | set(_OTHER_SUFFIXES)
)
# Suffixes that are also everyday words: a street line ending in one needs a capitalised name.
_WEAK_SUFFIXES = frozenset({"way", "end", "side", "view", "walk", "row", "rise", "bank", "park",
                            "green", "market", "common", "path", "hill", "fold", "mount", "drive",
                            "approach", "crossing", "passage", "yard", "gate", "heights", "fields",
                            "court", "place", "square", "close", "chase", "dale", "brow",
                            "loan", "ridge", "hollow", "alley", "glade", "orchard", "meadow",
                            "meadows", "quay", "circus", "lea", "nook", "buildings",
                            "mansions", "flats", "apartments", "chambers"})  # fmt: skip
HOUSE_WORDS = frozenset({
    "flat", "apartment", "apt", "unit", "suite", "house", "cottage", "farm", "lodge", "barn",
    "mill", "manor", "villa", "hall", "building", "buildings", "apartments", "flats", "mansions",
    "bungalow", "farmhouse", "rectory", "vicarage", "floor",
})  # fmt: skip
# Words that cannot be part of a street name in a claim comment ("3 items on the way").
NOT_STREET_WORDS = frozenset({
    "item", "items", "order", "orders", "day", "days", "week", "weeks", "month", "months",
    "year", "years", "pair", "pairs", "product", "products", "pound", "pounds", "time",
    "times", "minute", "minutes", "hour", "hours", "percent", "parcel", "parcels", "box",
    "boxes", "email", "emails", "call", "calls", "purchase", "purchases", "transaction",
    "transactions", "claim", "claims", "working", "business", "separate", "different",
    "x", "pcs", "off", "gift", "gifts", "card", "cards", "voucher", "vouchers", "more",
    "other", "tickets", "ticket", "nights", "night", "people", "adults", "children", "kids",
    "cashback", "points", "quid", "gbp", "euros", "dollars", "attempts", "tries",
    "pence", "p", "k", "kg", "ml", "cm", "mm", "m", "g", "l", "inch", "inches", "feet",
    "miles", "seater", "piece", "pieces", "set", "sets", "pack", "packs", "bottles",
    "bags", "shoes", "dresses", "jackets", "shirts", "tops", "jeans", "coats", "hats",
})  # fmt: skip
SMALL_WORDS = frozenset({
    "a", "an", "and", "as", "at", "be", "but", "by", "for", "from", "i", "if", "in", "into",
    "is", "it", "me", "my", "of", "on", "or", "our", "so", "that", "then", "this", "to",
    "was", "we", "were", "with", "you", "your", "he", "she", "they", "them", "his", "her",
    "its", "are", "am", "has", "have", "had", "not", "no", "yes", "all", "any", "via",
    "up", "down", "out", "over", "under", "per", "each", "every", "some", "which", "who",
    "what", "when", "where", "why", "how", "there", "here", "do", "did", "does", "will",
    "would", "can", "could", "should", "may", "might", "must", "just", "only", "also",
})  # fmt: skip

_CONTRACTION_RE = re.compile(r"(?P<stem>[^\W\d_]+)['\u2019](?:m|ll|d|ve|re|s|t)")


def is_contraction(word: str) -> bool:
    """A pronoun or small word run into a verb: "I'm", "I'll", "that's", "don't" (folded or
    not); never a name's possessive ("Tawhiri's") or an O' name ("O'Dea")."""
    match = _CONTRACTION_RE.fullmatch(word)
    if match is None:
        return False
    stem = match.group("stem").lower()
    return stem in SMALL_WORDS or (stem.endswith("n") and word[-1:].lower() == "t")


# A time written as a code: "1245hrs", "15h15", "930am", "12.15pm", "07:45h".
TIME_RE = re.compile(
    r"\d{1,2}h\d{2}(?:hrs?)?|\d{3,4}(?:hrs?|h)|\d{1,2}\d{2}(?:am|pm)"
    r"|\d{1,2}[.:]\d{2}(?:[.:]\d{2})?[ \t]?(?:am|pm|hrs?|h)",
    re.IGNORECASE,
)
_HOUSE_NUMBER = r"\d{1,4}[a-z]?(?:[ \t]?[-/][ \t]?\d{1,4}[a-z]?)?"
STREET_RE = re.compile(
    r"(?<![\w£$€.,/\-])"
    r"(?P<unit>(?:flat|apartment|apt|unit|suite)\.?[ \t]*\d{1,4}[a-z]?[ \t]*[,\-]?[ \t]*)?"
    rf"(?P<number>{_HOUSE_NUMBER}),?"
    r"(?P<rest>(?:[ \t]+[^\W\d_][\w'\-]*\.?){1,4})",
    re.IGNORECASE,
)
# Words right before a house number that make a lower-case street line believable.
_ADDRESS_LEAD = re.compile(
    r"(?:\b(?:at|to|address(?: is)?|live|lives|living|moved|sent|deliver(?:ed|y))[:,]?\s+"
    r"|\b(?:address|adres|adresa|adresse|direcci[oó]n|indirizzo|endere[cç]o|morada|c[ií]m|"
    r"osoite|adress|cyfeiriad|anschrift|διεύθυνση)\b[^.\n]{0,30}[:\-][ \t]*)$",
    re.IGNORECASE,
)
_WORD_IN_LINE = re.compile(r"[^\W\d_][\w'\-]*")
_ABBREVIATIONS = frozenset(v for variants in STREET_SUFFIXES.values() for v in variants[1:])


def _street_end(text: str, match: re.Match[str]) -> int | None:
    """Where the street line of a candidate ends: after its first plausible street word."""
    offset = match.start("rest")
    words = list(_WORD_IN_LINE.finditer(match.group("rest")))
    for k in range(1, len(words)):
        suffix_text = words[k].group(0)
        suffix = suffix_text.lower()
        if suffix not in SUFFIX_WORDS:
            continue
        names = [w.group(0) for w in words[:k]]
        lowered = [w.lower() for w in names]
        if "the" in lowered[1:] or any(w in SMALL_WORDS for w in lowered):
            return None
        if any(
            low in NOT_STREET_WORDS and not (w[0].isupper() and suffix_text[0].isupper())
            for w, low in zip(names, lowered, strict=True)
        ):
            return None  # "3 pound coins", "2 day delivery" (not "69-71 Pound Walk")
        named = [w for w, low in zip(names, lowered, strict=True) if low != "the"]
        if not named:  # "12 The Green"
            ok = (
                suffix_text[0].isupper() or _ADDRESS_LEAD.search(text, 0, match.start()) is not None
            )
        elif suffix in _WEAK_SUFFIXES:
            # "1 external hard drive" is prose; "5 Mill Drive", "live at 5 mill drive" are
            # streets, and so is a line a postcode follows ("115 maple drive\nross\nll1 7aa").
            ok = (
                all(w[0].isupper() for w in named)
                or _ADDRESS_LEAD.search(text, 0, match.start()) is not None
                or _postcode_follows(text, offset + words[k].end())
            )
        else:
            ok = True
        if not ok:
            return None
        end = offset + words[k].end()
        if suffix in _ABBREVIATIONS and text[end : end + 1] == ".":
            end += 1
        return end
    return None


_TOWN_THEN_POSTCODE_RE = re.compile(
    rf"[ \t]*[,\n\-][ \t]*(?:[^\W\d_][^\W\d_'\-]*(?:[ \t\-][^\W\d_][^\W\d_'\-]*){{0,2}}"
    rf"[ \t]*[,\n][ \t]*)?{_OUTWARD}[ \t]?{_INWARD}(?!\w)",
    re.IGNORECASE,
)


def _postcode_follows(text: str, end: int) -> bool:
    """True when a postcode follows a street line, next or after a town: "115 maple drive,
    ross-on-wye, hr9 7aa", "63 victoria place\npaisley\npa1 1aa"."""
    return _TOWN_THEN_POSTCODE_RE.match(text, end) is not None


def find_street_lines(text: str) -> list[tuple[int, int, bool]]:
    """Offsets of UK street lines ("12 Acacia Avenue", "Flat 3, 45 High St"), any case.

    The flag tells whether the line starts with a flat/unit number (stronger evidence).
    """
    found: list[tuple[int, int, bool]] = []
    position = 0
    while True:
        match = STREET_RE.search(text, position)
        if match is None:
            return found
        end = _street_end(text, match)
        if end is not None:
            found.append((match.start(), end, match.group("unit") is not None))
            position = end
        else:
            # Retry after this number so "order 3 for 12 High Street" still finds the street.
            position = match.end("number")


def is_street_line(value: str) -> bool:
    """True when the value starts with a street line (house number, name, street word)."""
    stripped = value.strip()
    lines = find_street_lines(stripped)
    return bool(lines) and lines[0][0] <= 12


# --------------------------------------------------------------------------- names

TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lady", "lord",
                    "rev", "master",
                    # the same in the languages claims come in
                    "madame", "monsieur", "mme", "mlle", "señor", "senor", "señora", "senora",
                    "sr", "sra", "srta", "signor", "signora", "sig", "herr", "frau", "pani",
                    "mevrouw", "meneer", "dhr", "mevr", "senhor", "senhora"})  # fmt: skip
# Particles inside family names ("van der Berg", "Ó Ceallaigh", "bin Rashid"), taken only with
# the surname after them; lower case in a name is normal for them.
NAME_PARTICLES = frozenset({"ó", "o", "ni", "ní", "nic", "mac", "mc", "van", "von", "der", "den",
                            "de", "da", "di", "del", "della", "dos", "das", "le", "la", "al", "el",
                            "bin", "bint", "ibn", "abu", "ap", "ter", "ten", "st", "i"})  # fmt: skip
# What people are from: "I am Italian", "we're Nigerian", "a Polish shop" (folded).
_DEMONYMS_TEXT = """
british english scottish welsh irish cornish manx european american canadian
mexican brazilian argentinian argentine chilean colombian peruvian venezuelan cuban
jamaican trinidadian barbadian haitian dominican french german dutch belgian
luxembourgish swiss austrian italian spanish portuguese catalan basque galician greek
cypriot maltese turkish polish czech slovak hungarian romanian bulgarian serbian croatian
bosnian slovenian albanian macedonian montenegrin ukrainian russian belarusian moldovan
lithuanian latvian estonian finnish swedish norwegian danish icelandic faroese georgian
armenian azerbaijani kazakh uzbek turkmen kyrgyz tajik afghan pakistani indian bangladeshi
lankan nepali nepalese bhutanese tibetan chinese taiwanese japanese korean mongolian
vietnamese thai cambodian laotian burmese malaysian singaporean indonesian filipino
australian samoan tongan fijian egyptian moroccan algerian tunisian libyan sudanese
ethiopian eritrean somali kenyan ugandan tanzanian rwandan nigerian ghanaian senegalese
gambian ivorian cameroonian congolese angolan zambian zimbabwean malawian mozambican
namibian botswanan african arab arabic iranian persian iraqi kurdish syrian lebanese
jordanian palestinian israeli saudi emirati yemeni omani qatari kuwaiti bahraini
"""
DEMONYMS = frozenset(_DEMONYMS_TEXT.split())
NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_NAME_VALUE_RE = re.compile(
    r"\s*[^\W\d_][^\W\d_'.\-]*(?:[ '.\-]{1,2}[^\W\d_][^\W\d_'\-]*){0,4}\.?\s*"
)


def looks_like_name(value: str) -> bool:
    """True when a value has the shape of a person's name: one to five alphabetic words."""
    if len(value) > 60 or _NAME_VALUE_RE.fullmatch(value) is None:
        return False
    words = NAME_WORD_RE.findall(value)
    return 1 <= len(words) <= 5 and not any(w.lower() in SMALL_WORDS for w in words if len(w) > 1)


# --------------------------------------------------------------------------- businesses, towns

# Businesses and services named like people, or that NER takes for people, in UK claims.
# Model findings on these are dropped everywhere (the file's own merchants come per row),
# and a column of them is not a column of names.
PERSON_NAMED_BRANDS = (
    "john lewis", "ted baker", "jo malone", "charlotte tilbury", "paul smith", "karen millen",
    "laura ashley", "holland & barrett", "holland and barrett", "dorothy perkins",
    "miss selfridge", "jack wills", "marks & spencer", "marks and spencer", "harvey nichols",
    "emma bridgewater", "cath kidston", "kurt geiger", "russell & bromley", "molton brown",
    "charles tyrwhitt", "thomas sabo", "hugo boss", "calvin klein", "tommy hilfiger",
    "ralph lauren", "michael kors", "jimmy choo", "victoria beckham", "mamas & papas",
    "dr martens", "dr. martens", "oliver bonas", "bobbi brown", "estee lauder", "liz earle",
    "ann summers", "vivienne westwood", "stella mccartney", "alexander mcqueen",
    "clarks", "sainsbury's", "sainsburys", "morrisons", "debenhams", "selfridges", "argos",
    "currys", "boots", "asos", "amazon", "ebay", "tesco", "very", "next", "quidco",
    "topcashback", "top cashback", "kidstart", "easyfundraising", "awin", "rakuten", "webgains",
    "partnerize", "paypal", "klarna", "clearpay", "laybuy", "apple pay", "google pay", "visa",
    "mastercard", "amex", "american express", "monzo", "revolut", "halifax", "barclays",
    "lloyds", "natwest", "santander", "nationwide", "royal mail", "evri", "hermes", "dpd",
    "yodel", "parcelforce", "wayfair", "dunelm", "hobbs", "whistles", "boden", "joules",
    "white stuff", "fat face", "jd sports", "jd", "frasers", "sports direct", "matalan",
    "primark", "zara", "h&m", "uniqlo", "mango", "new look", "river island", "superdrug",
    "lookfantastic", "cult beauty", "space nk", "sephora", "ao", "ao.com", "john lewis & partners",
    "waitrose", "ocado", "iceland", "aldi", "lidl", "b&q", "wickes", "screwfix", "halfords",
    "lego", "smyths", "the entertainer", "hamleys", "apple", "samsung", "dyson", "nike",
    "adidas", "puma", "reebok", "schuh", "office", "lush", "the body shop", "body shop",
    "trainline", "booking.com", "expedia", "jet2", "easyjet", "tui", "virgin", "sky", "bt",
    "max factor", "emma mattress", "george at asda", "tommee tippee", "jojo maman bebe",
    "charles worthington", "alex monroe", "hotel chocolat", "ray-ban", "tom ford", "marc jacobs",
    "paul mitchell", "ben sherman", "victoria's secret", "jo loves", "phase eight", "wilko",
    "ted's", "simba", "silentnight", "john lewis and partners", "sainsbury", "asda", "morrison",
    "hollister", "jack & jones", "jack and jones", "river island", "oliver sweeney",
    "thomas cook", "neal's yard", "ernest jones", "h samuel", "pandora", "swarovski",
    "billie faiers", "molly-mae", "kate spade", "tory burch", "carolina herrera",
    "jean paul gaultier",
    # Couriers, affiliate networks and cashback or voucher sites a note names beside people.
    "dhl", "ups", "fedex", "inpost", "apc overnight", "dx delivery", "whistl", "tuffnells",
    "citysprint", "collect+", "collectplus", "amazon logistics", "uk mail", "parcel2go",
    "packlink", "myhermes", "parcelforce worldwide", "cj affiliate", "commission junction",
    "impact", "impact.com", "cj.com", "tradedoubler", "sovrn", "skimlinks", "admitad", "tradetracker",
    "affiliate window", "affiliate future", "pepperjam", "shareasale", "flexoffers",
    "rakuten advertising", "linkshare", "daisycon", "adtraction", "swagbucks", "shopmate",
    "ohmydosh", "airtime rewards", "student beans", "unidays", "vouchercodes",
    "myvouchercodes", "latestdeals", "hotukdeals", "jamdoughnut", "everflow",
    "commission factory", "paid on results", "affiliate gateway", "optimise media",
    "adservice", "impact radius", "pepperjam network",
    # loyalty schemes and their shops, which a claim names as it names a cashback site
    "nectar", "nectar estore", "avios", "avios estore", "clubcard", "tesco clubcard",
    "boots advantage", "virgin red", "o2 priority", "greggs rewards", "myworld",
    # ... and those of the other countries claims come from.
    "chronopost", "colissimo", "mondial relay", "relais colis", "la poste", "poczta polska",
    "correos", "correos express", "seur", "mrw", "nacex", "gls", "dpd", "an post", "postnl",
    "bpost", "poste italiane", "brt", "bartolini", "sda", "ctt", "deutsche post",
    "colis privé", "colis prive", "geodis", "dachser", "fastway", "nightline", "omniva",
    "packeta", "zasilkovna", "poulpeo", "igraal", "beruby", "cashbackdeals", "widilo",
    "ebuyclub", "letyshops", "shoop", "payback", "effiliation", "netaffiliation", "kwanko",
    "timeone", "webgains", "partnerize", "affilae", "zanox", "belboon", "tradetracker",
    "awin", "rakuten", "quidco", "topcashback", "kidstart", "easyfundraising",
    # Merchants of the other countries named like people or places (never a lone first name
    # such as "Jules" or "Otto", which would veto that name everywhere).
    "leroy merlin", "yves rocher", "jean louis david", "claudie pierlot", "pierre cardin",
    "adolfo dominguez", "adolfo domínguez", "purificacion garcia", "purificación garcía",
    "pedro del hierro", "massimo dutti", "el corte ingles", "el corte inglés", "cyrillus",
    "jacadi", "pimkie", "promod", "kiabi", "castorama", "oysho", "cortefiel", "druni",
    "sezane", "sézane", "calzedonia", "intimissimi", "tezenis", "bershka", "decathlon",
    "cdiscount", "mediamarkt", "media markt", "maisons du monde", "galeries lafayette",
    "nature & decouvertes", "nature & découvertes", "bonprix", "tchibo", "deichmann",
    "rossmann", "wehkamp", "zalando", "intermarché", "intermarche", "carrefour", "auchan",
    "t.m. lewin", "t.m.lewin", "tm lewin", "h. samuel", "l.k. bennett", "j.crew", "j. crew",
    "yves saint laurent", "giorgio armani", "dolce & gabbana", "vera wang", "estée lauder",
    "clinique", "rimmel", "mac cosmetics", "nyx", "benefit", "urban decay",
    # More UK merchants of the affiliate networks whose names are people's or words; never a
    # lone surname (a brand vetoes every name finding it touches: not "Evans", "Burton").
    "sophie allport", "joe browns", "seasalt", "seasalt cornwall", "hotter", "hotter shoes",
    "the white company", "white company", "lk bennett", "l.k.bennett", "lucy & yak",
    "lucy and yak", "sweaty betty", "mint velvet", "crew clothing", "mountain warehouse",
    "cotswold outdoor", "jd williams", "simply be", "ann harvey", "la redoute", "tu clothing",
    "pretty little thing", "prettylittlething", "boohoo", "missguided", "nasty gal", "lipsy",
    "lyle & scott", "lyle and scott", "lulu guinness", "aspinal of london", "links of london",
    "the jewel hut", "fraser hart", "warren james", "not on the high street",
    "notonthehighstreet", "joseph joseph", "le creuset", "sophie conran", "orla kiely",
    "rockett st george", "graham & green", "cox & cox", "robert dyas", "russell hobbs",
    "morphy richards", "house of fraser", "peter jones", "charles clinkard", "jones bootmaker",
    "fly london", "celtic & co", "weird fish", "jack wolfskin", "helly hansen", "mamas and papas",
    "accessorize", "monsoon", "quiz clothing", "in the style", "jaded london", "kate spade",
    "bella & bear", "emma willis", "hobbycraft", "george home", "oliver sweeney", "whittard",
    "whittard of chelsea", "crabtree & evelyn", "neom", "elemis", "this works", "rituals",
    "the perfume shop", "fragrance direct", "beauty bay", "feel unique", "charlotte's web",
    # ... of Ireland, and the couriers and toys a claim names like people or places
    "harvey norman", "brown thomas", "dunnes stores", "dunnes", "arnotts", "littlewoods",
    "funky pigeon", "bugaboo", "jellycat", "ercol", "dx", "apc", "dx freight", "arrow xl",
    "sophie la girafe", "thomas the tank engine", "paddington bear", "peter rabbit",
    "action man", "barbie dreamhouse", "sylvanian families", "peppa pig",
)  # fmt: skip
UK_TOWNS = frozenset({
    "london", "birmingham", "manchester", "leeds", "liverpool", "sheffield", "bristol",
    "newcastle", "newcastle upon tyne", "nottingham", "leicester", "coventry", "bradford",
    "cardiff", "edinburgh", "glasgow", "aberdeen", "dundee", "inverness", "belfast", "derry",
    "londonderry", "swansea", "newport", "wrexham", "bangor", "stoke-on-trent", "stoke",
    "wolverhampton", "plymouth", "southampton", "portsmouth", "reading", "derby", "luton",
    "brighton", "hove", "hull", "kingston upon hull", "preston", "milton keynes", "northampton",
    "norwich", "swindon", "oxford", "cambridge", "york", "exeter", "gloucester", "cheltenham",
    "bath", "ipswich", "colchester", "chelmsford", "southend", "southend-on-sea", "peterborough",
    "lincoln", "sunderland", "middlesbrough", "durham", "carlisle", "lancaster", "blackpool",
    "bolton", "wigan", "stockport", "salford", "oldham", "rochdale", "huddersfield",
    "wakefield", "doncaster", "rotherham", "barnsley", "harrogate", "scarborough", "chester",
    "warrington", "crewe", "shrewsbury", "telford", "worcester", "hereford", "stafford",
    "walsall", "dudley", "solihull", "watford", "st albans", "guildford", "woking", "crawley",
    "maidstone", "canterbury", "dover", "folkestone", "ashford", "hastings", "eastbourne",
    "bournemouth", "poole", "salisbury", "winchester", "basingstoke", "slough", "high wycombe",
    "aylesbury", "bedford", "stevenage", "harlow", "basildon", "truro", "taunton", "yeovil",
    "torquay", "stirling", "perth", "falkirk", "paisley", "livingston", "kilmarnock", "ayr",
    "lisburn", "newry", "armagh", "ballymena", "merthyr tydfil", "aberystwyth", "carmarthen",
    "llanelli", "barry", "bridgend", "caerphilly", "pontypridd", "croydon", "bromley",
    "harrow", "ealing", "hackney", "islington", "camden", "greenwich", "lewisham", "kent",
    "surrey", "essex", "sussex", "yorkshire", "lancashire", "devon", "cornwall", "norfolk",
    "suffolk", "hampshire", "cheshire", "somerset", "dorset", "wiltshire", "derbyshire",
    "nottinghamshire", "leicestershire", "staffordshire", "west midlands", "merseyside",
    "greater manchester", "tyne and wear", "county durham", "cumbria", "northumberland",
    "gwynedd", "powys", "fife", "lothian", "antrim", "county antrim", "county down",
})  # fmt: skip
