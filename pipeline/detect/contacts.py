"""Contacts written to dodge a pattern: obfuscated e-mails, dotted or spaced phones, spaced
postcodes, member ids after a cue.

Each finder decodes a candidate ("jane dot doe at gmail dot com", "jane.doe [at] outlook.com",
``%40``, ``&#64;``, letter-by-letter spacing, zero-width characters; "0 7 7 0 0 ...",
``S W 1 A 1 A A``), checks the decoded value with the ordinary patterns, and reports the
whole original span. Pure ``re``; the recognizers in ``recognizers.py`` wrap them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

import phonenumbers

from pipeline.detect.lexicon import COMMON_WORDS, is_everyday_word
from pipeline.detect.patterns import EMAIL_RE, is_postcode, is_uk_nsn
from pipeline.models import is_date_phrase

_ZW = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZW_RE = re.compile(f"[{_ZW}]")
# The words people write for "@" and "." in English and the languages claims come in.
_AT_WORDS = (
    r"at[ \t]+sign|at[ \t]+symbol|at|@|arobase|arroba|chiocciola|ma[lł]pa|apenstaartje|"
    r"klammeraffe|snabel-?a|kissanh[äa]nt[äa]|ät"
)
_DOT_WORDS = r"dot|punkt|punto|point|kropka|punt|ponto"


# A word set off by brackets of any kind, or by the same mark on both sides ("-at-", "_dot_").
def _set_off(words: str) -> str:
    marks = "|".join(rf"{m}(?:{words}){m}" for m in (r"\-", "_", r"\*", "~", "#"))
    return rf"\s*(?:[\[({{<]\s*(?:{words})\s*[\])}}>]|{marks})\s*"


_AT_ENTITIES = r"%40|&#0*64;|&#x0*40;|&commat;"
_AT = (
    rf"(?:{_set_off(_AT_WORDS)}|{_AT_ENTITIES}"
    rf"|\s+(?:{_AT_WORDS})\s+|\s*@@?\s*)"
)
_DOT_ENTITIES = r"%2e|&#0*46;|&#x0*2e;|&period;"
_DOT = rf"(?:{_set_off(_DOT_WORDS)}|\s+(?:{_DOT_WORDS})\s+|[ \t]?\.[ \t]?|{_DOT_ENTITIES})"
# A dot or comma with a space beside it ("outlook . com"), a comma for a dot ("gmail,com"):
# such an address counts only when it ends in a top-level domain people write.
_SPACED_DOT = re.compile(r"[ \t]\.|\.[ \t]|,")
_WRITTEN_TLDS = frozenset(
    [
        "com",
        "net",
        "org",
        "uk",
        "co",
        "ie",
        "me",
        "io",
        "info",
        "biz",
        "eu",
        "fr",
        "de",
        "es",
        "it",
        "nl",
        "be",
        "pl",
        "pt",
        "ch",
        "at",
        "se",
        "no",
        "dk",
        "fi",
        "us",
        "ca",
        "au",
        "nz",
        "in",
        "za",
        "ng",
        "gh",
        "ke",
        "jp",
        "cn",
        "kr",
        "sg",
        "hk",
        "ae",
    ]
)
# Role mailboxes (RFC 2142 and the trade's own): at a shop's or a network's domain they name
# a department, not a person ("claims@awin.com", "noreply@quidco.com").
_ROLE_MAILBOXES = frozenset({
    "noreply", "no-reply", "donotreply", "do-not-reply", "help", "helpdesk", "support", "claims",
    "claim", "info", "information", "admin", "service", "services", "member.services",
    "memberservices", "member-services", "customerservice", "customerservices",
    "customer.services", "customer-services", "customercare", "customer.care", "care",
    "enquiries", "enquiry", "contact", "contactus", "hello", "sales", "accounts", "billing",
    "orders", "returns", "team", "office", "feedback", "press", "privacy", "dpo", "abuse",
    "postmaster", "hostmaster", "webmaster", "security", "notifications", "alerts",
    "mailer-daemon", "affiliates", "affiliate", "partners", "publishers", "tracking", "queries",
    "query", "missingclaims", "missing.claims", "cashback", "rewards", "payments", "finance",
})  # fmt: skip


def is_role_address(address: str, brands: frozenset[str]) -> bool:
    """True when ``address`` is a role mailbox at a known shop's or network's domain.

    ``brands`` holds the brands' names with everything but letters and digits taken out
    ("johnlewis", "bookingcom"). A role mailbox at anyone else's domain stays personal: a
    sole trader's "hello@" names them.
    """
    local, _, domain = address.lower().rpartition("@")
    if local not in _ROLE_MAILBOXES or not domain:
        return False
    labels = domain.split(".")
    names = {re.sub(r"[^a-z0-9]", "", label) for label in labels[:-1]}  # "email.asos.com"
    names |= {re.sub(r"[^a-z0-9]", "", ".".join(labels[i:])) for i in range(len(labels) - 1)}
    return bool(names & brands)


# Mail services people name without the domain's end: "kofi.mensah at gmail".
_MAIL_SERVICES = (
    "gmail|googlemail|hotmail|outlook|yahoo|icloud|btinternet|aol|live|msn|protonmail|proton|"
    "gmx|virginmedia|sky|talktalk|mail|ymail|yandex|wanadoo|orange|libero|web|laposte|sfr|"
    "free|bbox|neuf|telefonica|movistar|terra|tiscali|virgilio|alice|wp|onet|interia|o2|"
    "t-online|freenet|seznam|ziggo|kpnmail|hetnet|telenet|skynet|eircom|iol|ntlworld|btopenworld"
)
_PART = rf"[\w+\-{_ZW}]+"
# A wordy or bracketed e-mail: local part, an "at" form, a domain of dotted parts.
# "silondile underscore mthonti", "info dash home76": a local part's joins said in words.
_JOIN_WORDS = (("underscore", "_"), ("dash", "-"), ("hyphen", "-"))
_JOIN = rf"[ \t]+(?:{'|'.join(w for w, _ in _JOIN_WORDS)})[ \t]+"
_OBFUSCATED_RE = re.compile(
    rf"(?<![\w.+\-]){_PART}(?:(?:{_DOT}|{_JOIN}){_PART})*{_AT}{_PART}(?:{_DOT}{_PART})*"
    rf"(?:{_DOT}|,(?=(?:{'|'.join(sorted(_WRITTEN_TLDS))})\b))[{_ZW}]*(?:[a-z][{_ZW}]*){{2,6}}"
    r"(?![\w\-])",
    re.IGNORECASE,
)
# An address with no domain end, of a named mail service, whose local part is no plain word.
_SERVICE_RE = re.compile(
    rf"(?<![\w.+\-])(?P<local>{_PART}(?:{_DOT}{_PART})*){_AT}(?:{_MAIL_SERVICES})(?![\w@.\-])",
    re.IGNORECASE,
)
# An address broken across a line before its top-level domain ("jo@fastmail\n.fm").
_BROKEN_EMAIL_RE = re.compile(
    r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*[ \t]*\r?\n[ \t]*\.[A-Za-z]{2,}(?:\.[A-Za-z]{2,})?"
    r"(?![\w@])"
)
# An e-mail spaced letter by letter: "j a n e . d o e @ g m a i l . c o m".
_SPACED_EMAIL_RE = re.compile(r"(?<![\w@])(?:[\w.+\-] ){2,}@(?: [\w.\-]){2,}(?: [^\W_])(?![\w@])")
_DECODE = (
    (re.compile(_set_off(_AT_WORDS) + "|" + _AT_ENTITIES, re.I), "@"),
    (re.compile(_set_off(_DOT_WORDS) + "|" + _DOT_ENTITIES, re.I), "."),
    (re.compile(rf"\s+(?:{_AT_WORDS})\s+", re.I), "@"),
    (re.compile(rf"\s+(?:{_DOT_WORDS})\s+", re.I), "."),
    *((re.compile(rf"[ \t]+{word}[ \t]+", re.I), mark) for word, mark in _JOIN_WORDS),
    (re.compile(r"@@"), "@"),
    (re.compile(r"\s*([@.,])\s*"), r"\1"),
    (re.compile(r",(?=[a-z]{2,6}$)", re.I), "."),
)  # fmt: skip
_EMAIL_WHOLE = re.compile(EMAIL_RE.pattern)
_LETTER_SPACED_RE = re.compile(r"(?:\S )+\S")
_MAYBE_EMAIL_RE = re.compile(rf"@|%40|&#|&commat|[\W_](?:{_AT_WORDS})[\W_]", re.IGNORECASE)


def decode_email(candidate: str) -> str:
    """The plain address an obfuscated form stands for (may not be an address at all)."""
    value = _ZW_RE.sub("", candidate).strip()
    if _LETTER_SPACED_RE.fullmatch(value):
        return value.replace(" ", "")
    for pattern, replacement in _DECODE:
        value = pattern.sub(replacement, value)
    return value


def _is_address(decoded: str, raw: str) -> bool:
    """True when a decoded candidate is one address; a spaced dot needs a known domain end."""
    if _SPACED_DOT.search(raw) and decoded.rsplit(".", 1)[-1].lower() not in _WRITTEN_TLDS:
        return False
    return _EMAIL_WHOLE.fullmatch(decoded) is not None and decoded.count("@") == 1


def find_obfuscated_emails(text: str) -> list[tuple[int, int]]:
    """Offsets of e-mails written around the pattern; plain ones are left to the usual finder."""
    if _MAYBE_EMAIL_RE.search(text) is None:
        return []
    found: list[tuple[int, int]] = []
    for regex in (_BROKEN_EMAIL_RE, _SPACED_EMAIL_RE, _OBFUSCATED_RE, _SERVICE_RE):
        for match in regex.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in found):
                continue
            raw = match.group(0)
            if regex in (_BROKEN_EMAIL_RE, _SPACED_EMAIL_RE):
                if _is_address(re.sub(r"\s", "", raw), raw):
                    found.append(match.span())
                continue
            if regex is _SERVICE_RE:
                if re.search(r"[._\d]|dot", match.group("local"), re.IGNORECASE):
                    found.append(match.span())
                continue
            match_start, at = match.start(), raw.find("@")
            if 0 < at < len(raw) - 1 and not raw[at - 1].isspace() and not raw[at + 1].isspace():
                # A plain "@": the local part holds no space ("fed up. holly.kova@...").
                cut = max(raw.rfind(" ", 0, at), raw.rfind("\t", 0, at)) + 1
                match_start, raw = match_start + cut, raw[cut:]
            if "@" in raw and not _ZW_RE.search(raw) and _EMAIL_WHOLE.fullmatch(raw.strip()):
                continue  # an ordinary e-mail: the usual recognizer has it
            # A spaced dot may run the match on into prose ("... dot com. Thanks"): shorten
            # it back to the last dot that still leaves an address.
            for _ in range(3):
                if _is_address(decode_email(raw), raw):
                    found.append((match_start, match_start + len(raw)))
                    break
                cut = max(raw.rfind("."), raw.lower().rfind(" dot "))
                if cut <= 0:
                    break
                raw = raw[:cut].rstrip()
    return found


# A UK number with dots, single spaces between every digit, or zero-width characters.
_LOOSE_PHONE_RE = re.compile(
    rf"(?<![\w+/.])(?:(?:\+|00)[ .]?4[ .]?4[ .\-]?(?:\(0\)[ .]?)?|\(?0[ .\-)]{{0,2}})"
    rf"[1-9](?:[ .\-\t{_ZW}\u00a0)]{{0,2}}\d){{8,9}}(?![\d/]|\.\d)"
)


# A date opening a loose phone's match: "01.10.2026 07:41" is a date and a time.
_DATE_START_RE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d\d(?!\d)")


# A UK number typed with the letter O for zero: "O7794946126", "O769O124225".
_LETTER_O_PHONE_RE = re.compile(r"(?<![\w+/.])[0O](?:[ .\-]?[0-9O]){9,10}(?![\w/])")


def find_loose_phones(text: str) -> list[tuple[int, int]]:
    """UK phones the ordinary pattern misses: "07700.900.123", "0 7 7 0 0 9 0 0 1 2 3",
    "O7794946126" (the letter O for a zero)."""
    found = []
    if "O" in text:
        for match in _LETTER_O_PHONE_RE.finditer(text):
            raw = match.group(0)
            digits = re.sub(r"\D", "", raw.replace("O", "0"))
            if "O" in raw and sum(c.isdigit() for c in raw) >= 6 and is_uk_nsn(digits[1:]):
                found.append(match.span())
    for match in _LOOSE_PHONE_RE.finditer(text):
        if _DATE_START_RE.match(match.group(0)):
            continue  # "01.10.2026 07:41": a date and a time
        digits = re.sub(r"\D", "", match.group(0))
        if digits.startswith("44"):
            digits = digits[2:]
        elif digits.startswith("0044"):
            digits = digits[4:]
        nsn = digits.lstrip("0") if digits.startswith("0") else digits
        if is_uk_nsn(nsn):
            start = match.start() + (
                1 if match.group(0).startswith("(") and ")" not in match.group(0) else 0
            )
            found.append((start, match.end()))
    return found


# A number right after a phone cue, in any country's grouping: "Handy: 0151 2345 6789",
# "mobile number 7700 900123", "tel 07700/900123", "ph 07700 900 123/07700 900 456".
_PHONE_CUE_RE = re.compile(
    r"(?<![^\W_])(?:tele?phone|phone|ph|tel|t[ée]l[ée]fono|telefone?|telefon|t[ée]l|mob|mobile?|"
    r"mobiel|m[óo]vil|cell(?:ulare|phone)?|handy|whats[ \t]?app|sms|landline|fax|"
    r"(?:call|ring|text)(?:[ \t]+(?:me|him|her|them|us))?(?:[ \t]+(?:on|at))?|"
    r"(?:contact|home|work|day(?:time)?|evening)[ \t]+(?:no|number|tel|phone))\b\.?"
    r"(?:[ \t]*(?:no\b\.?|number|num\b\.?|nr\b\.?|is|on|:|#|-|=))*[ \t]*"
    r"(?P<number>(?:\+|00)?[ \t]?\(?\d(?:[ \t.\-/()]{0,2}\d){6,32})(?![\w\-]|[.,]\d)",
    re.IGNORECASE,
)
# Inside a grouped number, what makes it a date, a time or an amount instead: "24.5.2026 15",
# "1260.65 28/2", "23/9/26", "2026 15 ..." (a year first).
_NOT_A_PHONE_RE = re.compile(
    r"^\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}(?:[ \t]+\d{1,2})?$|\b\d{1,2}/\d{1,2}\b"
    r"|(?<![.\d])\d+[.,]\d{2}(?![\d.])|^(?:19|20)\d\d\b"
)


def find_cued_phones(text: str) -> list[tuple[int, int]]:
    """Numbers of 7 to 15 digits right after a phone cue; two joined by "/" are two."""
    found = []
    for match in _PHONE_CUE_RE.finditer(text):
        number, offset = match.group("number"), match.start("number")
        parts = [(m.start(), m.group(0)) for m in re.finditer(r"[^/]+", number)]
        if not all(sum(c.isdigit() for c in raw) >= 7 for _, raw in parts):
            parts = [(0, number)]  # one number with a slash in it: "07700/900123"
        for at, raw in parts:
            value = raw.strip(" \t")
            if 7 <= sum(c.isdigit() for c in value) <= 15 and not _ID_DATE_RE.fullmatch(value):
                start = offset + at + len(raw) - len(raw.lstrip(" \t"))
                found.append((start, start + len(value)))
    found += [m.span("number") for m in _PHONE_LINK_RE.finditer(text)]
    return found


# A number in a chat link or a dialler link: "wa.me/447437367011", "tel:+447700900123",
# "whatsapp://send?phone=447700900123".
_PHONE_LINK_RE = re.compile(
    r"(?i:wa\.me/|api\.whatsapp\.com/send\?phone=|whatsapp://send\?phone=|tel:|callto:|sms:)"
    r"[ \t]?(?P<number>\+?\d[\d\-.]{8,18}\d)(?!\d)"
)


# A number of another European country in its own national grouping ("04 78 48 58 66",
# "956 328 608", "331 8409537", "691-157-082", "326/4515515", "0033 474603163", "44 7804
# 487885"): digits in groups, then checked against that country's numbering plan
# (phonenumbers). A national number of a country with a trunk prefix must start with it.
_GROUPED_NUMBER_RE = re.compile(
    r"(?<![\w+\-./£$€])(?:\((?=\+|00))?(?P<intl>\+|00)?[ \t]?\(?\d{1,5}\)?(?:[ \t]?\(0\))?"
    r"(?:(?:[ \t]?[.\-/][ \t]?|[ \t])\(?\d{1,9}\)?){1,5}(?![\w\-]|[.,/]\d)"
)
_PHONE_REGIONS = ("GB", "IE", "FR", "ES", "IT", "PT", "DE", "NL", "BE", "PL", "AT", "CH", "SE",
                  "NO", "DK", "FI")  # fmt: skip
_CALLING_CODES = frozenset(str(phonenumbers.country_code_for_region(r)) for r in _PHONE_REGIONS)


# Each region's trunk prefix ("0" in most; none in Spain, Italy, Portugal, Poland, Norway).
def _trunk(region: str) -> str:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return (metadata.national_prefix if metadata is not None else None) or ""


_TRUNKS = {region: _trunk(region) for region in _PHONE_REGIONS}


def _valid_in(number: str, region: str | None, possible: bool = False) -> bool:
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return False
    check = phonenumbers.is_possible_number if possible else phonenumbers.is_valid_number
    return check(parsed)


def _is_national_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    international = candidate.lstrip(" \t(").startswith(("+", "00"))
    if international:  # written with its country code: a possible length is enough
        return _valid_in("+" + digits.removeprefix("00"), None, possible=True)
    if any(digits.startswith(code) for code in _CALLING_CODES) and _valid_in("+" + digits, None):
        return True  # a country code with no "+": "44 7804 487885", "33 6 12 34 56 78"
    for region, trunk in _TRUNKS.items():
        if trunk and not digits.startswith(trunk):
            continue
        if _valid_in(digits, region):
            return True
    return False


def find_national_phones(text: str) -> list[tuple[int, int]]:
    """Phones of 9 to 13 digits in groups, valid in the numbering plan of a European country."""
    if sum(c.isdigit() for c in text) < 9:
        return []
    found = []
    for match in _GROUPED_NUMBER_RE.finditer(text):
        value = match.group(0).strip(" \t")
        if not 9 <= sum(c.isdigit() for c in value) <= 13:
            continue
        if not value.startswith(("+", "(", "00")) and _NOT_A_PHONE_RE.search(value):
            continue
        if _is_national_phone(value):
            start = match.start() + len(match.group(0)) - len(match.group(0).lstrip(" \t"))
            found.append((start, start + len(value)))
    return found


# Phones read out in words: "oh seven seven double oh nine ...", "zero 7 nine one ...".
_DIGIT_WORDS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1",
                "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                "eight": "8", "nine": "9"}  # fmt: skip
# ... and in the languages claims come in (French, Spanish, Italian, Portuguese, German,
# Polish): "zéro huit trois ...", "cero uno cuatro doble ...".
_FOREIGN_DIGITS = (
    "zéro un deux trois quatre cinq six sept huit neuf",
    "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "zero uno due tre quattro cinque sei sette otto nove",
    "zero um dois três quatro cinco seis sete oito nove",
    "null eins zwei drei vier fünf sechs sieben acht neun",
    "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
)
for _words in _FOREIGN_DIGITS:
    for _digit, _word in enumerate(_words.split()):
        _DIGIT_WORDS.setdefault(_word, str(_digit))
_REPEATS = {"double": 2, "treble": 3, "triple": 3, "doble": 2, "doppio": 2, "doppel": 2}
# "nine hundred", "two thousand": the zeros a word stands for after a digit.
_ZEROS = {"hundred": "00", "thousand": "000"}
# Words that start most numbers read out: a text without one holds none.
_SPOKEN_GATE = ("oh", "zero", "zéro", "cero", "null", "nought", "seven", "double", "doble",
                "deux", "dos", "due", "dois", "zwei", "dwa", "uno", "un ", "hundred")  # fmt: skip
_SPOKEN_WORD = (
    rf"(?:{'|'.join(sorted([*_DIGIT_WORDS, *_REPEATS, *_ZEROS, 'plus'], key=len, reverse=True))}"
    r"|\d{1,7})(?![^\W_])"
)
_SPOKEN_RE = re.compile(
    rf"(?<![\w'\-]){_SPOKEN_WORD}(?:[ \t,.\-]{{1,3}}{_SPOKEN_WORD}){{4,}}(?![\w'])",
    re.IGNORECASE,
)
_SPOKEN_TOKEN_RE = re.compile(_SPOKEN_WORD, re.IGNORECASE)


def find_spoken_phones(text: str) -> list[tuple[int, int]]:
    """UK phones written in words, digits and words mixed, "double" and "triple" read out."""
    lowered = text.lower()
    if not any(w in lowered for w in _SPOKEN_GATE):
        return []
    found = []
    for match in _SPOKEN_RE.finditer(text):
        tokens = list(_SPOKEN_TOKEN_RE.finditer(match.group(0)))
        if sum(not t.group(0).isdigit() for t in tokens) < 3:
            continue  # digits alone are the other patterns' business
        for first in range(len(tokens)):
            span = _spoken_phone(tokens[first:])
            if span is not None:
                found.append((match.start() + span[0], match.start() + span[1]))
                break
    return found


def _spoken_phone(tokens: list[re.Match[str]]) -> tuple[int, int] | None:
    """The longest run from the first token that reads as a UK number, as offsets."""
    digits, repeat, best, uk, worded = "", 1, None, False, 0
    for i, token in enumerate(tokens):
        word = token.group(0).lower()
        worded += not word.isdigit()
        if word in _REPEATS:
            repeat = _REPEATS[word]
            continue
        if word == "plus":
            if i:
                break
            digits = "+"
            continue
        if word in _ZEROS:
            if not i or tokens[i - 1].group(0).isdigit() or repeat != 1:
                break  # "hundred" counts only after a digit word: "nine hundred"
            digits += _ZEROS[word]
        else:
            digits += (word if word.isdigit() else _DIGIT_WORDS[word]) * repeat
        repeat = 1
        number = digits.lstrip("+")
        nsn = (
            number[2:]
            if number.startswith("44")
            else number[4:]
            if number.startswith("0044")
            else ""
        )
        nsn = nsn or (number[1:] if number.startswith("0") else "")
        if nsn and len(nsn) in (9, 10) and is_uk_nsn(nsn):
            best = (tokens[0].start(), token.end())
            uk = True
        elif not uk and worded >= 3 and 9 <= len(number) <= 15:
            best = (tokens[0].start(), token.end())  # another country's number read out
    return best


# North American numbers as people write them: "(212) 555-0187", "212-555-0187", "212.555.0187"
# (area code 2-9 first; an order ref of the batch is kept before this runs).
_NANP_RE = re.compile(
    r"(?<![\w+\-.])(?:\+?1[ .\-]?)?(?:\([2-9]\d{2}\)[ .\-]?|[2-9]\d{2}[.\-])\d{3}[.\-]\d{4}(?![\w\-]|\.\d)"
)


def find_north_american_phones(text: str) -> list[tuple[int, int]]:
    """US and Canadian numbers written with brackets, dashes or dots."""
    return [m.span() for m in _NANP_RE.finditer(text)]


# Postcodes with odd spacing or a mark for the space: "CB5  2GD", "SW1A.1AA", "BS8-1TH",
# "S W 1 A 1 A A", "l 6 9 l e".
_SPACED_POSTCODE_RE = re.compile(r"(?<![\w])(?:[A-Za-z0-9][ \t]{1,2}){4,6}[A-Za-z0-9](?![\w])")
_WIDE_POSTCODE_RE = re.compile(
    r"(?<![\w])([A-Za-z]{1,2}[0-9][A-Za-z0-9]?)(?:[ \t]{2,4}|[ \t]?[.\-_/\u00b7|][ \t]?)"
    r"([0-9][A-Za-z]{2})(?![\w])"
)


# Postcodes a scan or a hurried hand wrote with a letter for a digit ("N92 IUY", "WIT 3GW",
# "EC2V ISH": I or L for 1, O for 0), in capitals; the digit each stands for is read back.
_MISREAD_POSTCODE_RE = re.compile(
    r"(?<![\w])(?P<out>[A-Z]{1,2}[0-9OIL][0-9A-Z]?)[ \t]{1,2}(?P<in>[0-9OIL][A-Z]{2})(?![\w])"
)
_AS_DIGIT = str.maketrans("OIL", "011")


def _misread_postcodes(text: str) -> list[tuple[int, int]]:
    """Capital postcodes with one or two digits written as letters, at least one real digit."""
    found = []
    for match in _MISREAD_POSTCODE_RE.finditer(text):
        outward, inward = match.group("out"), match.group("in")
        if not any(c.isdigit() for c in outward + inward[0]):
            continue  # "FOR ONE": no digit at all
        inward = inward[0].translate(_AS_DIGIT) + inward[1:]
        for area in (1, 2):
            district = outward[area:]
            if not district or not outward[:area].isalpha():
                continue
            read = outward[:area] + district[0].translate(_AS_DIGIT) + district[1:]
            changed = sum(
                a != b for a, b in zip(read + inward, outward + match.group("in"), strict=True)
            )
            if 1 <= changed <= 2 and is_postcode(f"{read} {inward}"):
                found.append(match.span())
                break
    return found


def find_spaced_postcodes(text: str) -> list[tuple[int, int]]:
    """Postcodes spaced out letter by letter, with a wide inner gap or a mark for the space,
    or with a letter for a digit."""
    found: list[tuple[int, int]] = _misread_postcodes(text)
    for regex in (_WIDE_POSTCODE_RE, _SPACED_POSTCODE_RE):
        for match in regex.finditer(text):
            compact = re.sub(r"[\s.\-_/\u00b7|]", "", match.group(0))
            if not any(c.isdigit() for c in compact) or not any(c.isalpha() for c in compact):
                continue
            if is_postcode(compact) and not any(
                s < match.end() and match.start() < e for s, e in found
            ):
                found.append((match.start(), match.end()))
    return found


# A value spelt out on a call: "S for sugar, A for apple, N for Nellie", "E for Echo, H for
# Hotel, one, nine" (a letter for a word, or a digit), and postcodes read out a letter or a
# digit at a time: "l s six, four e h", "B T nine, three Y L".
_DIGIT_NAMES = r"zero|oh|one|two|three|four|five|six|seven|eight|nine"
_SPELT_ITEM = rf"(?:[^\W\d_][ \t]+(?i:for|as[ \t]+in)[ \t]+[^\W\d_]+|(?i:{_DIGIT_NAMES})|\d)"
_SPELT_JOIN = r"[ \t]*(?:[,;/][ \t]*|[ \t])(?i:and[ \t]+|then[ \t]+)?"
_SPELT_RE = re.compile(rf"(?<![\w'\-]){_SPELT_ITEM}(?:{_SPELT_JOIN}{_SPELT_ITEM}){{2,}}(?![\w'])")
_READ_ITEM = rf"(?:(?i:{_DIGIT_NAMES})(?![^\W\d_])|[^\W\d_](?![^\W\d_])|\d)"
_READ_POSTCODE_RE = re.compile(
    rf"(?<![\w'\-]){_READ_ITEM}(?:[ \t]*,?[ \t]+{_READ_ITEM}){{4,7}}(?![\w'])"
)
_DIGIT_OF = {w: _DIGIT_WORDS[w] for w in _DIGIT_NAMES.split("|")}


# A name spelt in capitals letter by letter: "P E N H A L I G O N", "B. E. N. N. A. N. I"
# (five letters or more; the letters joined are no everyday word).
_LETTERS_RE = re.compile(r"(?<![\w.])(?:[A-Z](?:\.[ \t]?|[ \t]{1,2})){4,}[A-Z]\.?(?![\w])")


def _read_out(words: Sequence[str]) -> str:
    return "".join(_DIGIT_OF.get(w.lower(), w[:1]) for w in words)


def find_spelt_out(text: str) -> list[tuple[int, int, str]]:
    """Values spelt out letter by letter: (start, end, "postcode" or "name")."""
    found: list[tuple[int, int, str]] = []
    for match in _SPELT_RE.finditer(text):
        items = re.findall(_SPELT_ITEM, match.group(0))
        if sum(1 for item in items if len(item) > 2 and not item.isdigit()) < 2:
            continue  # one letter spelt ("B for boy, 12") is no spelling
        if not any(re.search(r"\b(?i:for|as\s+in)\b", item) for item in items):
            continue
        compact = _read_out([item.split()[0] for item in items]).upper()
        kind = "postcode" if is_postcode(compact) else "name"
        found.append((match.start(), match.end(), kind))
    for match in _LETTERS_RE.finditer(text):
        letters = re.sub(r"[^A-Za-z]", "", match.group(0))
        if any(s < match.end() and match.start() < e for s, e, _ in found):
            continue
        if is_postcode(letters) or is_everyday_word(letters.lower()):
            continue  # "R E C E I P T", a scan's spaced heading
        found.append((match.start(), match.end(), "name"))
    for match in _READ_POSTCODE_RE.finditer(text):
        if any(s < match.end() and match.start() < e for s, e, _ in found):
            continue
        words = re.findall(_READ_ITEM, match.group(0))
        compact = _read_out(words).upper()
        if is_postcode(compact) and any(c.isdigit() for c in compact):
            found.append((match.start(), match.end(), "postcode"))
    return found


# Member or account ids written in text: "Member no. 94724409", "membership number 123456",
# "account id AB12345", "mem no 551-1296", "Customer id: M8503235", "user# K-4RT92XQ",
# "my customer number with you is 4412093381", "Acct: QW/44120/ZT", "member (B774120T)",
# "Member No ........ 16732205", "membership # is 624.557.908", "my id is 8HWC9WRE",
# "card no 6338 9368 4857 59", "Loyalty card: #0521935", '"member_id": "u35961190"'.
_MEMBER_CUE = (
    r"member(?:ship)?|mem(?![a-z0-9])|mbr|account|acct|acc|a/c|customer|cust|user(?:name)?|loyalty|"
    r"club[ \t]*card|rewards?|saver|supporter|shopper|profile|nectar|advantage|topcashback|"
    r"tcb|quidco|kidstart|easyfundraising|cashback|"
    # the network's name for the shopper's id: "Publisher ref:", "subid", "click ref"
    r"publisher|sub[ \t\-]?id|click[ \t]?ref|reg(?:istration)?(?=[ \t]*(?:no\b|number|#))|"
    # a bare "ID:" ("id: qc4122012"), unless another record's ("Transaction ID:")
    r"(?<![\w\-/#])id(?=[ \t]*[:#][ \t]*[A-Za-z0-9])|"
    r"(?:my|your|his|her|their|our)[ \t]+id\b|card(?=[ \t]*(?:no\b|num|#|:))|"
    # the same in the languages claims come in, compounds too ("Kundennummer", "lidnummer")
    r"mitglied\w*|kunden?\w*|kd|lid(?:nummer|maatschap\w*|nr)?|klant\w*|adh[ée]rent\w*|"
    r"client\w*|fid[ée]lit[ée]|socio|cliente|tessera|klient\w*|cz[łl]onk\w*|s[óo]cio|"
    r"cart[ãa]o|medlem\w*|kund\w*|j[äa]sen\w*|aelod\w*|tarjeta|carte|karta|karty|"
    r"kont[oa]\w*|koncie|cuenta|compte|conta(?!ct)|tili|cyfrif|"
    r"μέλ\w*|μελ\w*|λογαριασμ\w*|πελάτ\w*|κάρτα\w*|člen\w*|z[áa]kazn\w*|[úu]č(?:et|tu|tem)|"
    r"[üu]ye\w*|m[üu][şs]teri\w*|hesab\w*|hesap|tags[áa]g\w*|[üu]gyf[ée]l\w*|membru\w*|"
    r"contul|član\w*|korisni[čc]\w*|asiakas\w*|medlems\w*|mwanachama|miyembro|anggota"
)
# Between the cue and the id: what it is called, and a few words ("on my account", "with you").
_MEMBER_GAP = (
    r"no\b\.?|number|num\b\.?|nr\b\.?|#|id\b|ref(?:erence)?\b|code\b|card\b|"
    r"n[°º]\.?|n\b\.?|num[ée]ro|n[úu]mero|nummer|numer|d'|de|di|du|del|des|van|von|"
    r"[čc][íi]slo|αριθμ[οό]ς|αρ\.|numaras[ıi]|numaram|numara|sz[áa]m[a]?|num[ăa]r(?:ul)?|rhif|"
    r"broj|yw|ydy|"
    r"(?:with|on|for|at|you|your|ur|my|the|our|this|account|acc|site|is|was|are|it's|its)\b"
)
# What may stand between a cue and its id: a colon, dot leaders, quotes, a hash, a bracket.
_MEMBER_SEP = r"[ \t]*(?:[:#=(\-\"'?]|\.{2,}|\.(?=[ \t]))?[ \t\"']*#?"
# The id itself: dotted digit groups (a letter may lead: "M.399.77610"), spaced digits, a
# code of letters and digits, a user name.
_MEMBER_ID = (
    r"(?P<id>\d{2,4}(?:\.\d{3}){2,4}(?![\d])"
    r"|(?=(?:\d\.?){8})\d{2,4}(?:\.\d{2,4}){2,4}(?![\d])"
    r"|[A-Za-z]{1,3}(?:\.\d{2,6}){2,4}(?![\d])"
    r"|[A-Za-z]{2,4}\.\d{4,12}(?![\d])"
    r"|\d(?: ?\d){4,19}(?![A-Za-z])"
    r"|(?=[A-Za-z0-9_]*[\d\-/])[A-Za-z0-9]+(?:[\-/_][A-Za-z0-9]+)*"
    r"|[a-z]{2,}[_.][a-z]{2,}\d*)"
    r"(?![\w\-/@]|[.,]\d)"
)
_MEMBER_RE = re.compile(
    rf"(?<![^\W_])(?:{_MEMBER_CUE})(?:[ \t_\-]*(?:{_MEMBER_GAP})){{0,5}}"
    rf"(?:{_MEMBER_SEP}){{1,3}}{_MEMBER_ID}",
    re.IGNORECASE,
)
# The cue after the id, named as a number: "58301177 is my member number",
# "K-4RT92XQ (membership no.)", "58301177 - account id", "58301177, customer number".
_MEMBER_AFTER_RE = re.compile(
    rf"(?<![\w\-/.#]){_MEMBER_ID}[ \t]*(?:\([ \t]*|[,\-–:][ \t]*|(?:is|being|=|was)[ \t]+)?"
    rf"(?:(?:my|our|his|her|their|the|your)[ \t]+)?(?:{_MEMBER_CUE})[ \t_\-]*"
    r"(?:no\b|number|num\b|nr\b|#|id\b|ref\b|n[°º]|code\b)",
    re.IGNORECASE,
)
# "58301177 is my number with you": the shopper's number at the site written to.
_NUMBER_WITH_YOU_RE = re.compile(
    rf"(?<![\w\-/.#]){_MEMBER_ID}[ \t]+(?:is[ \t]+)?my[ \t]+(?:number|no\.?|id)[ \t]+"
    r"(?:with|at|on|for)[ \t]+(?:you|u|your[ \t]+site)\b",
    re.IGNORECASE,
)
# A member number named, then given later in the sentence: "My membership number, which
# I've had since 2019, is MB-1293-0033", "not sure my membership number is right, it's ...".
_MEMBER_FAR_RE = re.compile(
    r"(?<![^\W_])(?:member(?:ship)?|account|customer|loyalty|card)[ \t]+"
    r"(?:no\b\.?|number|num\b|id\b)[^.\n!?]{0,80}?(?:\bis|\bwas|it['\u2019]?s|:)[ \t]+"
    + _MEMBER_ID,
    re.IGNORECASE,
)
_MEMBER_CUES = ("mem", "mbr", "account", "acct", "acc", "a/c", "cust", "user", "loyalty", "club",
                "reward", "saver", "supporter", "shopper", "profile", "nectar", "advantage",
                "tcb", "quidco", "kidstart", "fundraising", "cashback", "id", "card",
                "mitglied", "kund", "kd", "lid", "klant", "adh", "client", "fid", "socio",
                "tessera", "klient", "onk", "cart", "medlem", "sen", "aelod", "tarjeta",
                "karta", "karty", "kont", "koncie", "cuenta", "compte", "conta", "tili",
                "cyfrif", "μέλ", "μελ", "λογαρια", "πελάτ", "κάρτα", "čl", "zákazn", "zakazn", "úč",
                "üye", "uye", "şteri", "steri", "hesa", "tagság", "tagsag", "gyf",
                "membru", "contul", "asiakas", "publisher", "sub", "click", "reg",
                "with you", "with u", "your site", "mwanachama", "miyembro", "anggota")  # fmt: skip
_ID_DATE_RE = re.compile(r"\d{1,4}[/\-.]\d{1,2}[/\-.]\d{1,4}")
_AMOUNT_RE = re.compile(r"\d{1,3}(?:,\d{3})*\.\d{2}|\d+,\d{2}")


def is_member_id(value: str) -> bool:
    """An id's shape: four digits or more, a code mixing letters and digits, a code of
    letters in parts ("K-QWRTZP") or a user name ("tendai_dube"); never a date, a word or
    an amount."""
    if _ID_DATE_RE.fullmatch(value) or _AMOUNT_RE.fullmatch(value):
        return False
    if is_date_phrase(value, 0, len(value)):  # "9-Aug-2026", "14-AUG-2026"
        return False
    if re.fullmatch(r"[a-z]{2,}[_.][a-z]{2,}\d*", value, re.IGNORECASE):
        return "_" in value or value[-1].isdigit()
    compact = re.sub(r"[\s\-/.]", "", value)
    digits = sum(c.isdigit() for c in compact)
    letters = len(compact) - digits
    if not 5 <= len(compact) <= 20:
        return False
    if digits >= 4 or (digits and letters and len(compact) >= 6):
        return True
    parts = re.split(r"[\-/]", value)
    return (
        len(parts) > 1
        and not digits
        and not value.istitle()  # a code, not a brand ("Maxi-Cosi") or a double name
        and all(p.lower() not in COMMON_WORDS for p in parts)
    )


# A social-media handle: "DM via Instagram from @isharakarunaratne", "@wing_yan.ho".
# Not an e-mail (no word before the "@", no domain after it).
_HANDLE_RE = re.compile(r"(?<![\w@.+\-])@@?(?=[^\W\d_])[\w.]{2,30}(?<![.])(?![\w@]|\.\w)")


# An id named as some other record's just before it (an order, a claim, a transaction).
_OTHER_REF_BEFORE_RE = re.compile(
    r"(?:order|ref(?:erence)?|claim|transaction|invoice|tracking|parcel|booking|voucher|code|"
    r"pedido|commande|bestell\w*|ordine|zam[óo]wieni\w*|objedn\w*|παραγγελ\w*|sipari[şs]\w*|"
    r"encomenda|archeb\w*)\W{0,4}(?:(?:no|nr|number|id|is|was|#)\W{0,3}){0,2}\Z",
    re.IGNORECASE,
)


# Another record named between a member cue and a far id: the id is that record's.
_OTHER_RECORD_RE = re.compile(
    r"\b(?:order|claim|ref|reference|transaction|invoice|tracking|parcel|booking|voucher|"
    r"code|phone|mobile|tel|postcode|email)\b",
    re.IGNORECASE,
)
# A record word right before a bare "ID" ("Transaction ID", "Parcel ID", "Ticket ID").
_RECORD_BEFORE_RE = re.compile(
    r"(?:order|claim|transaction|txn|invoice|tracking|parcel|booking|ticket|case|query|"
    r"enquiry|payment|product|item|sku|session|device|click|store|shop|merchant|advertiser|"
    r"retailer|network|campaign|programme|program|offer)[ \t_\-]*\Z",
    re.IGNORECASE,
)
_CUE_WORD_RE = re.compile(rf"(?<![^\W_])(?:{_MEMBER_CUE})", re.IGNORECASE)
_ID_WORD_RE = re.compile(r"(?<![^\W_])I[Dd](?![^\W_])")


def has_member_cue(text: str) -> bool:
    """True when the text names a member, account or customer number somewhere."""
    if _ID_WORD_RE.search(text):
        return True  # "ID RK9412025", "Id: 13348098"
    lowered = text.lower()
    return any(c in lowered for c in _MEMBER_CUES) and _CUE_WORD_RE.search(text) is not None


# An id that carries its own cue: "mbr.486508", "MBR-2291834", "memb#5520193".
_PREFIXED_MEMBER_RE = re.compile(
    r"(?<![\w\-/.#@])(?:mbr|mbrshp|memb|mshp)[.\-_#]?\d{4,12}(?![\w\-/@]|[.,]\d)", re.IGNORECASE
)


def find_member_ids(text: str) -> list[tuple[int, int]]:
    """Offsets of ids right after a member/account cue (the id alone, not the cue), of ids
    that carry their cue ("mbr.486508") and of social-media handles (an account's name)."""
    found = [m.span() for m in _HANDLE_RE.finditer(text)] if "@" in text else []
    lowered = text.lower()
    if not any(c in lowered for c in _MEMBER_CUES):
        return found
    found += [m.span() for m in _PREFIXED_MEMBER_RE.finditer(text)]
    for regex in (_MEMBER_RE, _MEMBER_AFTER_RE, _NUMBER_WITH_YOU_RE, _MEMBER_FAR_RE):
        for match in regex.finditer(text):
            value = match.group("id").strip()
            start = match.start("id")
            if regex is _MEMBER_AFTER_RE and _OTHER_REF_BEFORE_RE.search(text, 0, start):
                continue  # "order 55120934, customer number 4412": the order's, not his
            if regex is _MEMBER_FAR_RE and _OTHER_RECORD_RE.search(text, match.start(), start):
                continue  # "my account number is wrong, the order is 55120934"
            bare = regex is _MEMBER_RE and lowered.startswith("id", match.start())
            if bare and (
                _OTHER_REF_BEFORE_RE.search(text, 0, match.start())
                or _RECORD_BEFORE_RE.search(text, 0, match.start())
            ):
                continue  # "Transaction ID:", "Order ID:", "Ticket ID:": another record's
            if is_member_id(value) and (start, start + len(value)) not in found:
                found.append((start, start + len(value)))
    for span in (*_asked_for(text), *_given_below(text)):
        if span not in found:
            found.append(span)
    return sorted(found)


# A turn that asks for the member number: "bot: please give your member number", "AGT> I'll
# just need your membership ID?"; the id comes in one of the next two turns.
_ASKED_RE = re.compile(
    r"(?:member(?:ship)?|account|customer|loyalty|card)[ \t]*(?:no\b\.?|number|num\b|id\b)"
    r"[^\n/]{0,20}?(?:\?|$|[ \t]+(?:please|pls))",
    re.MULTILINE | re.IGNORECASE,
)
# A turn's mark: a new line, or " / " and "[01:02]" between the turns of a one-line log.
_TURN_RE = re.compile(r"\n|[ \t]/[ \t]|(?=\[\d{1,2}:\d{2}\])")
ID_TOKEN_RE = re.compile(rf"(?:(?<=#)|(?<![\w\-/.#@])){_MEMBER_ID}")


def _asked_for(text: str) -> list[tuple[int, int]]:
    """Ids given in answer to a turn that asks for the member or account number."""
    found = []
    for asked in _ASKED_RE.finditer(text):
        turns = [m.end() for m in islice(_TURN_RE.finditer(text, asked.end()), 3)]
        if len(turns) < 2:
            turns.append(len(text))
        window_end = turns[min(2, len(turns) - 1)]
        for match in ID_TOKEN_RE.finditer(text, turns[0], window_end):
            value = match.group("id").strip()
            start = match.start("id")
            if is_member_id(value) and not _OTHER_REF_BEFORE_RE.search(text, 0, start):
                found.append((start, start + len(value)))
                break
    return found


# "Member number at the bottom.", "Account no. below": the note's last id is the member's.
_GIVEN_BELOW_RE = re.compile(
    r"(?i:member(?:ship)?|account|acc|customer)[ \t]*(?:no\b\.?|number|num\b|id\b)?[ \t]*"
    r"(?:is[ \t]+)?(?i:at[ \t]+the[ \t]+(?:bottom|end)|below|underneath|further[ \t]+down)"
)


def _given_below(text: str) -> list[tuple[int, int]]:
    """The last id-shaped token of a note that says its member number comes at the end."""
    cue = _GIVEN_BELOW_RE.search(text)
    if cue is None:
        return []
    last = None
    for match in ID_TOKEN_RE.finditer(text, cue.end()):
        value = match.group("id").strip()
        if is_member_id(value):
            last = (match.start("id"), match.start("id") + len(value))
    return [last] if last is not None and text[last[1] :].strip(" \t\n.!") == "" else []


# An id in brackets right after a person's name: "Customer: Ifeanyi Agu (15318249)",
# "claim raised for Ms Birch (CB3231346)", "Mx Popescu (#UXKKBFV9)".
# One code, or digits in groups ("6338 4722 7396 56"); never words ("(Dr. Martens 1460s)").
_BRACKETED_ID_RE = re.compile(
    r"[ \t]*\([ \t]*#?(?P<id>[A-Za-z0-9][A-Za-z0-9.\-/]{3,22}|\d{3,4}(?: \d{2,4}){1,4})[ \t]*\)"
)


def find_ids_after_names(text: str, names: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Offsets of member-id-shaped values in brackets right after a name found in the text."""
    found = []
    for _, end in names:
        match = _BRACKETED_ID_RE.match(text, end)
        if match is None:
            continue
        value = match.group("id")
        digits = re.sub(r"\D", "", value)
        if is_member_id(value) and not (digits[:1] == "0" and len(digits) >= 10):
            found.append(match.span("id"))  # a national phone number is no member id
    return found
