"""Presidio setup: the NER-only spaCy engine, our UK recognizers, and the analyzer built from them.

Presidio types stop inside ``detect/``: the engine module turns their results into ``Span``.
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
    AnalyzerEngine,
    EntityRecognizer,
    LocalRecognizer,
    Pattern,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    SpacyRecognizer,
    UkNinoRecognizer,
)
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.detect.patterns import (
    HOUSE_WORDS,
    INTL_PHONE_RE,
    NAME_WORD_RE,
    PERSON_NAMED_BRANDS,
    POSTCODE_RE,
    SMALL_WORDS,
    SUFFIX_WORDS,
    TITLES,
    UK_TOWNS,
    find_street_lines,
    find_uk_phones,
    fold,
)

LANGUAGE = "en"
# Presidio entity -> token kind. DATE_TIME, LOCATION, NRP and ORGANIZATION are never asked for.
ENTITY_KINDS = {
    "PERSON": "NAME",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "UK_POSTCODE": "POSTCODE",
    "UK_STREET": "ADDRESS",
    "UK_NINO": "NINO",
    "CREDIT_CARD": "CARD",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP",
}
ENTITIES = list(ENTITY_KINDS)

_BRAND_RE = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(re.escape(b) for b in sorted(PERSON_NAMED_BRANDS, key=len, reverse=True))
    + r")(?![^\W_])"
)
# Words that are never a person's name, whatever the model or a cue says.
NOT_NAMES = frozenset({
    "hi", "hello", "hey", "dear", "thanks", "thank", "regards", "cheers", "team", "sir",
    "madam", "customer", "customers", "services", "service", "support", "order", "orders",
    "cashback", "claim", "claims", "urgent", "again", "please", "sorry", "still", "writing",
    "trying", "waiting", "chasing", "confused", "frustrated", "disappointed", "annoyed",
    "happy", "unhappy", "sure", "the", "tracking", "missing", "retailer", "merchant",
    "everyone", "there", "all", "name", "wrong", "different", "correct", "incorrect",
    "listed", "shown", "showing", "spelt", "spelled", "misspelt", "same", "below",
    "above", "attached", "ref", "reference", "number", "email", "phone", "mobile", "address",
    "postcode", "account", "member", "id", "n/a", "na", "none", "unknown", "test", "kind",
    "best", "many", "much", "love", "xx", "x", "ok", "okay", "yes", "no", "mum", "dad",
    "husband", "wife", "partner", "son", "daughter", "friend", "brother", "sister", "nan",
    "gran", "grandma", "grandad", "auntie", "uncle", "amazing", "great", "good", "excellent",
    "new", "contacting", "emailing", "messaging", "following", "just",
    "here", "glad", "pleased", "having", "getting", "looking", "hoping", "confident", "certain",
    "unable", "able", "not", "now", "today", "currently", "really", "very", "quite", "so",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "christmas", "easter", "black", "cyber", "uk", "gbp",
    "gift", "card", "voucher", "code", "discount", "sale", "delivery", "return", "returns",
    "refund", "click", "collect", "product", "item", "items", "size", "colour", "store",
    "shop", "online", "app", "website", "payment", "bonus", "offer", "deal", "promo", "free",
    "next", "day", "week", "month", "year", "price", "total", "amount", "value", "date",
    "status", "pending", "approved", "declined", "confirmed", "tracked", "untracked", "paid",
    "purchase", "purchased", "bought", "transaction", "invoice", "receipt", "booking",
    "confirmation", "subscription", "membership", "premium", "plus", "prime", "sent", "received",
    "help", "issue", "problem", "query", "complaint", "update", "chase", "chased", "reminder",
    "important", "note", "ps", "nb", "re", "fw", "fwd", "subject", "attn", "attention",
    "father", "mother", "mothers", "fathers", "valentine", "valentines", "birthday", "wedding",
    "anniversary", "weekend", "bank", "holiday", "summer", "winter", "spring",
    "autumn", "sports", "fashion", "beauty", "home", "garden", "kitchen", "electronics",
    "toys", "books", "baby", "kids", "women", "womens", "men", "mens", "old", "big",
    "small", "large", "medium", "extra", "mini", "max", "pro", "air", "ultra", "smart",
    "king", "queen", "single", "double", "sofa", "bed", "tv", "laptop", "tablet",
    "watch", "dress", "coat", "jacket", "shoes", "boots", "trainers", "bag", "perfume",
    "hotel", "flight", "flights", "insurance", "broadband", "energy", "sim",
})  # fmt: skip


# --------------------------------------------------------------------------- NLP engine


class NerOnlySpacyEngine(SpacyNlpEngine):
    """A SpacyNlpEngine over an already loaded pipeline that runs NER alone.

    Lemmas come from the lower-cased token text: the lemmatizer is not run, and the
    context words our recognizers use ("call", "postcode", "email") need no lemmatising.
    """

    def __init__(self, nlp: Language, model_name: str) -> None:
        ner: Any = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
        labels = list(ner.labels) if ner is not None else []
        super().__init__(
            models=[{"lang_code": LANGUAGE, "model_name": model_name}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping={"PERSON": "PERSON", "PER": "PERSON"},
                labels_to_ignore=[label for label in labels if label not in ("PERSON", "PER")],
            ),
        )
        self.nlp = {LANGUAGE: nlp}  # type: ignore[assignment]  # Presidio annotates it as None

    def load(self) -> None:
        """Nothing to load: the pipeline was loaded (without downloading) by ``load_detector``."""

    def artifacts(self, doc: Doc) -> NlpArtifacts:
        """NlpArtifacts for a doc from ``nlp.pipe``, without re-running the pipeline."""
        entities = [e for e in doc.ents if e.label_ in ("PERSON", "PER")]
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[t.idx for t in doc],
            lemmas=[t.lower_ for t in doc],
            nlp_engine=self,
            language=LANGUAGE,
            scores=[float(self.ner_model_configuration.default_score or 0.85)] * len(entities),
        )

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        return self.artifacts(doc)


# --------------------------------------------------------------------------- recognizers


@functools.lru_cache(maxsize=1)
def _offline_tld() -> tldextract.TLDExtract:
    # suffix_list_urls=() makes tldextract use the public suffix list bundled with the
    # package; cache_dir=None keeps it from writing a cache. No network, ever.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's email recognizer, validating the domain against the bundled suffix list."""

    def __init__(self) -> None:
        patterns = [type(p)(p.name, p.regex, 0.85) for p in EmailRecognizer.PATTERNS]
        super().__init__(patterns=patterns, name="OfflineEmailRecognizer")

    def validate_result(self, pattern_text: str) -> bool:
        domain = pattern_text.rsplit("@", 1)[-1]
        return bool(_offline_tld()(domain).suffix)


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


class _Local(LocalRecognizer):
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


class UkNinoWithExamplesRecognizer(UkNinoRecognizer):
    """Presidio's NI number recognizer, plus the QQ prefix HMRC uses in its own examples."""

    def __init__(self) -> None:
        patterns = [
            *UkNinoRecognizer.PATTERNS,
            Pattern("NINO (QQ example)", r"\bqq ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[a-d]\b", 0.5),
        ]
        super().__init__(patterns=patterns, name="UkNinoRecognizer")


class UkPhoneRecognizer(_Local):
    """UK numbers in national (07700 900123, 020 7946 0958) and +44 / 0044 form, and +CC numbers.

    Presidio's PhoneRecognizer relies on phonenumbers' validity check, which rejects the
    Ofcom ranges reserved for drama and testing (07700 900xxx); the shape is enough here.
    """

    ENTITY = "PHONE_NUMBER"
    CONTEXT = ("phone", "telephone", "tel", "mobile", "call", "ring", "contact", "number", "text")

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = [(s, e, 0.7) for s, e in find_uk_phones(text)]
        if "+" in text:
            for match in INTL_PHONE_RE.finditer(text):
                if any(s <= match.start() < e for s, e, _ in found):
                    continue
                try:
                    number = phonenumbers.parse(match.group(0), None)
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_possible_number(number):
                    found.append((match.start(), match.end(), 0.6))
        return found


class UkPostcodeRecognizer(_Local):
    """UK postcodes; a lower-case one without its space needs a context word to count."""

    ENTITY = "UK_POSTCODE"
    CONTEXT = ("postcode", "post", "code", "address", "delivery", "delivered", "live", "zip")

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = []
        for match in POSTCODE_RE.finditer(text):
            value = match.group(0)
            score = 0.65 if (" " in value or "\t" in value or value.isupper()) else 0.4
            found.append((match.start(), match.end(), score))
        return found


class UkStreetRecognizer(_Local):
    """UK street lines: "12 Acacia Avenue", "Flat 3, 45 High St", "221b Baker Street"."""

    ENTITY = "UK_STREET"
    CONTEXT = ("address", "live", "living", "delivered", "delivery", "sent", "house", "moved")

    def find(self, text: str) -> list[tuple[int, int, float]]:
        return [(s, e, 0.75 if unit else 0.65) for s, e, unit in find_street_lines(text)]


_STRONG_CUE = (
    r"my\s+name\s+is|my\s+name'?s|name\s*:|name\s+is|full\s+name\s*(?:is|:)|signed|"
    r"account\s+holder\s*(?:is|:)|customer\s*:|(?:kind|warm|best|many)\s+(?:regards|thanks),?|"
    r"regards,|yours\s+(?:sincerely|faithfully|truly),?|sincerely,|best\s+wishes,?"
)
_WEAK_CUE = (
    r"this\s+is|i\s+am|i'?m|it'?s|thanks,?|cheers,?|thank\s+you,?|dear|hi|hello|love,?|"
    r"under(?:\s+the\s+name(?:\s+of)?)?|in\s+the\s+name\s+of|husband|wife|partner|son|daughter|"
    r"(?:mr|mrs|ms|miss|mx|dr)\.?"
)
_NAME_CUE_RE = re.compile(
    rf"(?<![^\W_])(?:(?P<strong>{_STRONG_CUE})|(?P<weak>{_WEAK_CUE}))(?![^\W_])"
    r"[ \t]*(?:\r?\n[ \t]*)?",
    re.IGNORECASE,
)
_COMMA_NAME_RE = re.compile(r",[ \t]*(?P<word>[^\W\d_a-z][^\W\d_]*)(?=[ \t]*(?:[.!?\n]|$))")
_FOLLOWING_WORD_RE = re.compile(r"[ \t]?(?P<word>" + NAME_WORD_RE.pattern + r")")


class NameCueRecognizer(_Local):
    """Names after a cue: "my name is chidi okafor", "this is Aleksandra", "Regards, Priya"."""

    ENTITY = "PERSON"

    @staticmethod
    def _surname_first(text: str, end: int) -> int:
        """Take in ", Firstname" after a surname at a sentence end ("under Nwosu, Chidi.")."""
        match = _COMMA_NAME_RE.match(text, end)
        if match is None:
            return end
        lowered = fold(match.group("word"))
        if lowered in SMALL_WORDS or lowered in NOT_NAMES or lowered in TITLES:
            return end
        return match.end("word")

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = []
        for cue in _NAME_CUE_RE.finditer(text):
            strong = cue.group("strong") is not None
            position, start, end, count = cue.end(), -1, -1, 0
            while count < 3:
                match = _FOLLOWING_WORD_RE.match(text, position)
                if match is None or (count == 0 and match.start("word") != position):
                    break
                word = match.group("word")
                lowered = fold(word)
                if lowered in SMALL_WORDS or lowered in NOT_NAMES or lowered in TITLES:
                    break
                if not word[0].isupper() and (not strong or word.isupper()):
                    break
                if count == 0:
                    start = match.start("word")
                end, position, count = match.end("word"), match.end("word"), count + 1
            if count:
                end = self._surname_first(text, end)
                found.append((start, end, 0.7 if strong else 0.6))
        return found


_SEGMENT_SPLIT = re.compile(
    r"[.!?;:()\[\]\n\r|\"/]+|,|\s[-\u2013\u2014]+\s|^[-\u2013\u2014]+|[-\u2013\u2014]+$"
)
_SEGMENT_TAIL = frozenset({"here", "speaking", "writing", "again", "x", "xx", "xxx"})


class NameSegmentRecognizer(_Local):
    """A stretch of text that is nothing but two or three capitalised name words.

    Signatures and headers the model often misses: "... not tracked. Kwame Petrescu",
    "Nadia Davies - order 123 - Argos", "(21/03/2024), Aleksandra Grant".
    """

    ENTITY = "PERSON"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = []
        position = 0
        for separator in [*_SEGMENT_SPLIT.finditer(text), None]:
            end = separator.start() if separator is not None else len(text)
            segment = text[position:end]
            span = self._name_in(segment)
            if span is not None:
                found.append((position + span[0], position + span[1], 0.55))
            if separator is not None:
                position = separator.end()
        return found

    @staticmethod
    def _name_in(segment: str) -> tuple[int, int] | None:
        words = list(NAME_WORD_RE.finditer(segment))
        if len(words) < 2 or segment[: words[0].start()].strip() or not segment.strip():
            return None
        while words and fold(words[-1].group(0)) in _SEGMENT_TAIL:
            words.pop()
        if words and fold(words[0].group(0)).rstrip(".") in TITLES:
            words.pop(0)
        if not 2 <= len(words) <= 3:
            return None
        # Nothing but spaces between the words, and nothing after them but the tail words.
        for left, right in itertools.pairwise(words):
            if segment[left.end() : right.start()] not in (" ", "  "):
                return None
        rest = segment[words[-1].end() :]
        if any(fold(w) not in _SEGMENT_TAIL for w in NAME_WORD_RE.findall(rest)) or any(
            c.isdigit() for c in rest
        ):
            return None
        for word in (w.group(0) for w in words):
            lowered = fold(word)
            if not word[0].isupper() or (word.isupper() and len(word) > 2):
                return None
            if lowered in SMALL_WORDS or lowered in NOT_NAMES or lowered in TITLES:
                return None
            if lowered in SUFFIX_WORDS or lowered in HOUSE_WORDS or lowered in UK_TOWNS:
                return None
        name = fold(" ".join(w.group(0) for w in words))
        if name in UK_TOWNS or _BRAND_RE.search(name):
            return None
        return words[0].start(), words[-1].end()


def clean_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a PERSON finding to the name itself (no title, possessive or punctuation).

    None when what is left cannot be a name: digits, an email, or only common words.
    """
    value = text[start:end]
    if any(c.isdigit() for c in value) or "@" in value:
        return None
    words = list(NAME_WORD_RE.finditer(value))
    while words and fold(words[0].group(0)).rstrip(".") in TITLES:
        words = words[1:]
    if not words:
        return None
    first, last = words[0], words[-1]
    new_start, new_end = start + first.start(), start + last.end()
    tail = text[new_end - 2 : new_end].lower()
    if tail in ("'s", "’s") and len(last.group(0)) > 3:
        new_end -= 2
    names = [fold(w.group(0)) for w in words]
    if all(n in SMALL_WORDS or n in NOT_NAMES for n in names):
        return None
    return new_start, new_end


_NEXT_WORD_RE = re.compile(r" (?P<word>" + NAME_WORD_RE.pattern + r")")
_PREVIOUS_WORD_RE = re.compile(r"(?:^|(?<=[\s(\[\"]))(?P<word>" + NAME_WORD_RE.pattern + r") $")


def _is_name_word(word: str) -> bool:
    lowered = fold(word)
    return (
        word[0].isupper()
        and not (word.isupper() and len(word) > 2)
        and lowered not in SMALL_WORDS
        and lowered not in NOT_NAMES
        and lowered not in TITLES
        and lowered not in SUFFIX_WORDS
    )


def expand_person(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a model's PERSON span over capitalised name words right beside it.

    The small model often stops short on names it has not seen ("Nguyễn [Thị Minh] Khai").
    """
    for _ in range(2):
        match = _NEXT_WORD_RE.match(text, end)
        if match is None or not _is_name_word(match.group("word")):
            break
        end = match.end("word")
    for _ in range(2):
        match = _PREVIOUS_WORD_RE.search(text, max(0, start - 40), start)
        if match is None or not _is_name_word(match.group("word")):
            break
        start = match.start("word")
    return start, end


def brand_ranges(folded: str) -> list[tuple[int, int]]:
    """Where well-known businesses named like people occur in a folded text."""
    return [(m.start(), m.end()) for m in _BRAND_RE.finditer(folded)]


# --------------------------------------------------------------------------- analyzer


def build_analyzer(nlp: Language, model_name: str) -> tuple[AnalyzerEngine, NerOnlySpacyEngine]:
    """An AnalyzerEngine over the loaded pipeline with only the recognizers we need."""
    engine = NerOnlySpacyEngine(nlp, model_name)
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in (
        SpacyRecognizer(supported_entities=["PERSON"], name="SpacyRecognizer"),
        NameCueRecognizer(),
        NameSegmentRecognizer(),
        OfflineEmailRecognizer(),
        UkPhoneRecognizer(),
        UkPostcodeRecognizer(),
        UkStreetRecognizer(),
        UkNinoWithExamplesRecognizer(),  # shipped disabled in Presidio's defaults
        CreditCardRecognizer(),
        IbanRecognizer(),
        IpRecognizer(),
    ):
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=[LANGUAGE])
    return analyzer, engine
