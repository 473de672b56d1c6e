"""Our Presidio recognizers for UK values: offline email, phones, postcodes, streets, NI numbers.

Name recognizers live in ``names.py``; the analyzer that runs them all in ``analyzer.py``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import Any

import phonenumbers
import tldextract
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    UkNinoRecognizer,
)

from pipeline.detect.addresses import (
    find_cued_addresses,
    find_cued_houses,
    find_house_lines,
    find_house_names,
    find_houses_before_streets,
    find_lone_house_names,
    find_parts_before_postcodes,
    find_streets_after_houses,
    find_streets_after_on,
    find_thoroughfares,
)
from pipeline.detect.contacts import (
    decode_email,
    find_cued_phones,
    find_loose_phones,
    find_member_ids,
    find_national_phones,
    find_north_american_phones,
    find_obfuscated_emails,
    find_spaced_postcodes,
    find_spelt_out,
    find_spoken_phones,
    is_role_address,
)
from pipeline.detect.europe import find_european_postcodes, find_european_streets
from pipeline.detect.lexicon import FIRST_NAMES
from pipeline.detect.patterns import (
    INTL_PHONE_RE,
    PERSON_NAMED_BRANDS,
    POSTCODE_RE,
    find_street_lines,
    find_uk_phones,
    fold,
)

LANGUAGE = "en"


@functools.lru_cache(maxsize=1)
def _offline_tld() -> tldextract.TLDExtract:
    # suffix_list_urls=() makes tldextract use the public suffix list bundled with the
    # package; cache_dir=None keeps it from writing a cache. No network, ever.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


class _Gated:
    """A Presidio pattern recognizer that runs its regexes only on a text they could match.

    ``GATE`` matches wherever any of the recognizer's patterns can (a superset: an "@" for an
    e-mail, a digit-dot-digit or a colon for an IP address), so the results are the same;
    most notes hold none of these, and the patterns cost more than all our own recognizers.
    """

    GATE: re.Pattern[str]

    def analyze(self, text: str, entities: list[str], *args: Any, **kwargs: Any) -> Any:
        if self.GATE.search(text) is None:
            return []
        return super().analyze(text, entities, *args, **kwargs)  # type: ignore[misc]


class GatedCreditCardRecognizer(_Gated, CreditCardRecognizer):
    GATE = re.compile(r"\d{4}[- ]?\d{3}")

    def __init__(self) -> None:
        super().__init__(name="CreditCardRecognizer")


class GatedIbanRecognizer(_Gated, IbanRecognizer):
    GATE = re.compile(r"[^\W\d_]{2}\d{2}")

    def __init__(self) -> None:
        super().__init__(name="IbanRecognizer")


class GatedIpRecognizer(_Gated, IpRecognizer):
    GATE = re.compile(r"\d\.\d|:")

    def __init__(self) -> None:
        super().__init__(name="IpRecognizer")


class OfflineEmailRecognizer(_Gated, EmailRecognizer):
    """Presidio's email recognizer, validating the domain against the bundled suffix list."""

    GATE = re.compile("@")

    def __init__(self) -> None:
        patterns = [type(p)(p.name, p.regex, 0.85) for p in EmailRecognizer.PATTERNS]
        super().__init__(patterns=patterns, name="OfflineEmailRecognizer")

    def validate_result(self, pattern_text: str) -> bool:
        domain = pattern_text.rsplit("@", 1)[-1]
        if is_role_address(pattern_text, brand_keys()):
            return False  # "claims@awin.com": a department's mailbox, no one's address
        return bool(_offline_tld()(domain).suffix)


@functools.cache
def brand_keys() -> frozenset[str]:
    """Shops' and networks' names as a domain writes them: "johnlewis", "bookingcom"."""
    return frozenset(re.sub(r"[^a-z0-9]", "", fold(b)) for b in PERSON_NAMED_BRANDS)


def name_of(recognizer: Any) -> str:
    """A recognizer's name (Presidio leaves the attribute untyped)."""
    return str(recognizer.name)


def _result(recognizer: EntityRecognizer, entity: str, start: int, end: int, score: float) -> Any:
    name = name_of(recognizer)
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=name, original_score=score, textual_explanation=entity
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
        },
    )


class LocalFinder(LocalRecognizer):
    """A recognizer with nothing to load that finds one entity by a Python function."""

    ENTITY = ""
    CONTEXT: Sequence[str] = ()

    def __init__(self) -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            supported_language=LANGUAGE,
            context=list(self.CONTEXT),
            name=type(self).__name__,
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[Any]:
        if self.ENTITY not in entities:
            return []
        return [_result(self, self.ENTITY, s, e, score) for s, e, score in self.find(text)]

    def find(self, text: str) -> list[tuple[int, int, float]]:
        raise NotImplementedError


class UkNinoWithExamplesRecognizer(_Gated, UkNinoRecognizer):
    """Presidio's NI number recognizer, plus the QQ prefix HMRC uses in its own examples."""

    GATE = re.compile(r"\d{2} ?\d{2} ?\d{2}")

    def __init__(self) -> None:
        patterns = [
            *UkNinoRecognizer.PATTERNS,
            Pattern("NINO (QQ example)", r"\bqq ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[a-d]\b", 0.5),
        ]
        super().__init__(patterns=patterns, name="UkNinoRecognizer")


class UkPhoneRecognizer(LocalFinder):
    """UK numbers in national (07700 900123, 020 7946 0958) and +44 / 0044 form, and +CC numbers.

    Presidio's PhoneRecognizer relies on phonenumbers' validity check, which rejects the
    Ofcom ranges reserved for drama and testing (07700 900xxx); the shape is enough here.
    """

    ENTITY = "PHONE_NUMBER"
    CONTEXT = ("phone", "telephone", "tel", "mobile", "call", "ring", "contact", "number", "text")

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = [(s, e, 0.7) for s, e in find_uk_phones(text)]
        matches = [*INTL_PHONE_RE.finditer(text)] if "+" in text else []
        if "00" in text:
            matches += _DIALLED_ABROAD_RE.finditer(text)
        for match in matches:
            if any(s <= match.start() < e for s, e, _ in found):
                continue
            try:
                number = phonenumbers.parse("+" + match.group(0).lstrip("+0"), None)
            except phonenumbers.NumberParseException:
                continue
            grouped = not match.group(0).isdigit()
            if phonenumbers.is_possible_number(number) and (
                grouped or phonenumbers.is_valid_number(number)
            ):
                found.append((match.start(), match.end(), 0.6))
        return found


# A number dialled from abroad with 00: in groups ("0092 306 954 1867", "00353 87 1631300"),
# or in one run when it is a valid number of its country ("00353948138305").
_DIALLED_ABROAD_RE = re.compile(
    r"(?<![\w+])00[1-9]\d{0,2}(?:(?:[ \t\-.()]{1,2}\d{1,7}){2,5}|\d{8,12})(?![\d/])"
)


class UkPostcodeRecognizer(LocalFinder):
    """UK postcodes; a lower-case one without its space needs a context word to count."""

    ENTITY = "UK_POSTCODE"
    CONTEXT = ("postcode", "post", "code", "address", "delivery", "delivered", "live", "zip", "pc")

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = []
        for match in POSTCODE_RE.finditer(text):
            value = match.group(0)
            spaced = " " in value or "\t" in value or value.isupper()
            # A lower-case one without its space needs context, unless it is a full one.
            score = 0.65 if spaced else 0.5 if len(value) >= 6 else 0.4
            found.append((match.start(), match.end(), score))
        return found


class UkStreetRecognizer(LocalFinder):
    """UK street lines: "12 Acacia Avenue", "Flat 3, 45 High St", "221b Baker Street"."""

    ENTITY = "UK_STREET"
    CONTEXT = ("address", "live", "living", "delivered", "delivery", "sent", "house", "moved")

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = []
        for start, end, unit in find_street_lines(text):
            found.append((start, end, 0.75 if unit else 0.65))
        return found


class EuropeanStreetRecognizer(LocalFinder):
    """Street lines as other countries write them: "152 boulevard de la Gare", "ul. Długa
    14 m. 5", "Via Mazzini, 175/B", "Heol y Felin", "Hauptstraße 5"."""

    ENTITY = "UK_STREET"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        return [(s, e, 0.7) for s, e in find_european_streets(text)]


class EuropeanPostcodeRecognizer(LocalFinder):
    """Postcodes of other countries: "F-75002", "37-764 Łódź" opening a line, Eircodes."""

    ENTITY = "UK_POSTCODE"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        return [(s, e, 0.7) for s, e in find_european_postcodes(text)]


class ObfuscatedEmailRecognizer(LocalFinder):
    """E-mails written around the pattern: "at"/"dot" words, [at], %40, &#64;, spacing, zero-width."""

    ENTITY = "EMAIL_ADDRESS"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = []
        for start, end in find_obfuscated_emails(text):
            domain = decode_email(text[start:end]).rsplit("@", 1)[-1]
            if _offline_tld()(domain).suffix:
                found.append((start, end, 0.8))
        return found


class LoosePhoneRecognizer(LocalFinder):
    """UK phones with dots, a space between every digit, or zero-width characters, or read
    out in words, and North American numbers written with brackets, dashes or dots."""

    ENTITY = "PHONE_NUMBER"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = find_loose_phones(text) + find_north_american_phones(text)
        found += find_cued_phones(text) + find_national_phones(text)
        found += find_spoken_phones(text)
        return [(s, e, 0.7) for s, e in found]


class SpacedPostcodeRecognizer(LocalFinder):
    """Postcodes with a wide gap ("CB5  2GD"), spaced letter by letter ("S W 1 A 1 A A") or
    read out ("l s six, four e h", "E for Echo, H for Hotel, one, nine, ...")."""

    ENTITY = "UK_POSTCODE"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = [(s, e, 0.65) for s, e in find_spaced_postcodes(text)]
        return found + [(s, e, 0.65) for s, e, kind in find_spelt_out(text) if kind == "postcode"]


class SpeltNameRecognizer(LocalFinder):
    """A name spelt out on a call: "S for sugar, A for apple, N for Nellie, ..." (the whole
    spelling: every letter of it is the name's)."""

    ENTITY = "SPELT_NAME"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        return [(s, e, 0.7) for s, e, kind in find_spelt_out(text) if kind == "name"]


class MemberIdRecognizer(LocalFinder):
    """Member and account ids after a cue: "Member no. 94724409", "account id AB12345"."""

    ENTITY = "MEMBER_ID"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        return [(s, e, 0.8) for s, e in find_member_ids(text)]


class ThoroughfareRecognizer(LocalFinder):
    """Street lines with any thoroughfare word, street names without a number, house names."""

    ENTITY = "UK_STREET"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = [(s, e, 0.6) for s, e in _streets(text)]
        found += [(s, e, 0.6) for s, e in find_cued_addresses(text)]
        found += [(s, e, 0.55) for s, e in find_lone_house_names(text)]
        found += [(s, e, 0.55) for s, e in find_house_lines(text)]
        found += [(s, e, 0.6) for s, e, place in _parts_before_postcodes(text) if place == 0]
        return found


# The street lines and the parts before postcodes of the text being analysed: the street and
# the house recognizer both read them, one after the other, so each text's are found once.
@functools.lru_cache(maxsize=4)
def _streets(text: str) -> tuple[tuple[int, int], ...]:
    return (
        *find_thoroughfares(text),
        *find_streets_after_on(text),
        *find_streets_after_houses(text),
    )


@functools.lru_cache(maxsize=4)
def _parts_before_postcodes(text: str) -> tuple[tuple[int, int, int], ...]:
    postcodes = [m.span() for m in POSTCODE_RE.finditer(text)] + find_spaced_postcodes(text)
    return tuple(find_parts_before_postcodes(text, postcodes))


class HouseNameRecognizer(LocalFinder):
    """House names and flats: "Ivy House", "house name is Greystones", "Flat 37, St Agnes
    Court", the part before a street line with no number, the address parts above the one
    next to a postcode. A house may share its name with a town somewhere ("Greystones");
    where it stands says it is a house, so no place is taken out of it."""

    ENTITY = "UK_HOUSE"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        streets = list(_streets(text))
        found = [(s, e, 0.6) for s, e in find_house_names(text)]
        found += [(s, e, 0.6) for s, e in find_houses_before_streets(text, streets, FIRST_NAMES)]
        found += [(s, e, 0.6) for s, e in find_cued_houses(text)]
        parts = _parts_before_postcodes(text)
        towns = _post_towns(text, parts)
        found += [(s, e, 0.6) for s, e, place in parts if place > 0 and (s, e) not in towns]
        return found


def _post_towns(text: str, parts: Sequence[tuple[int, int, int]]) -> set[tuple[int, int]]:
    """The parts above a postcode that are its post town: a known town right above a
    country or town ("Skegness\n Eritrea EH6 9HN"); a house that shares a town's name
    stands higher up ("Greystones\n 4 Weavers Lane\n Leeds")."""
    from pipeline.detect.places import place_ranges

    if len(parts) < 2:
        return set()
    places = place_ranges(text)

    def is_place(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in places)

    return {
        (s, e)
        for (s0, e0, p0), (s, e, p1) in itertools.pairwise(parts)
        if p0 == 0 and p1 == 1 and is_place(s0, e0) and is_place(s, e)
    }
