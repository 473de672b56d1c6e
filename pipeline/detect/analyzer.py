"""Presidio setup: the NER-only spaCy engine, the context boost, the analyzer over our recognizers.

Presidio types stop inside ``detect/``: the engine module turns their results into ``Span``.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import SpacyRecognizer
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.detect.contacts import has_member_cue
from pipeline.detect.context import ContextNameRecognizer
from pipeline.detect.names import (
    ChineseNameRecognizer,
    NameCueRecognizer,
    NameLexiconRecognizer,
    NameSegmentRecognizer,
)
from pipeline.detect.patterns import TIME_RE, fold, is_postcode
from pipeline.detect.recognizers import (
    LANGUAGE,
    EuropeanPostcodeRecognizer,
    EuropeanStreetRecognizer,
    GatedCreditCardRecognizer,
    GatedIbanRecognizer,
    GatedIpRecognizer,
    HouseNameRecognizer,
    LoosePhoneRecognizer,
    MemberIdRecognizer,
    ObfuscatedEmailRecognizer,
    OfflineEmailRecognizer,
    SpacedPostcodeRecognizer,
    SpeltNameRecognizer,
    ThoroughfareRecognizer,
    UkNinoWithExamplesRecognizer,
    UkPhoneRecognizer,
    UkPostcodeRecognizer,
    UkStreetRecognizer,
    name_of,
)
from pipeline.detect.scripts import ForeignScriptNameRecognizer, LatinNameInScriptRecognizer

# Presidio entity -> token kind. DATE_TIME, LOCATION, NRP and ORGANIZATION are never asked for.
ENTITY_KINDS = {
    "PERSON": "NAME",
    # Names found by cue, shape or lexicon: a type of their own, so Presidio does not drop
    # them as "contained" in a model PERSON span that the cleaning step later rejects.
    "PERSON_PATTERN": "NAME",
    "SPELT_NAME": "NAME",  # spelt out letter by letter: taken whole, never cleaned as a name
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "UK_POSTCODE": "POSTCODE",
    "UK_STREET": "ADDRESS",
    "UK_HOUSE": "ADDRESS",
    "MEMBER_ID": "MEMBER",
    # Street lines, house names and member ids the fine-tuned NER reads (``ModelSpanRecognizer``).
    "MODEL_ADDRESS": "ADDRESS",
    "MODEL_MEMBER": "MEMBER",
    "MODEL_POSTCODE": "POSTCODE",
    "UK_NINO": "NINO",
    "CREDIT_CARD": "CARD",
    "IBAN_CODE": "IBAN",
    "IP_ADDRESS": "IP",
}
ENTITIES = list(ENTITY_KINDS)


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
        """NlpArtifacts for a doc from ``nlp.pipe``, without re-running the pipeline.

        No keywords, lemmas or token offsets: only Presidio's lemma context enhancer reads
        them, and ``WindowContextEnhancer`` replaces it; computing them (a stop-word and
        punctuation look-up per token, a list per token) cost more than the recognizers that
        use the artifacts. Recognizers that want tokens read the doc (``tokens``).
        """
        entities = [e for e in doc.ents if e.label_ in ("PERSON", "PER")]
        artifacts = NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[],
            lemmas=[],
            nlp_engine=None,  # None: set_keywords returns [] at once
            language=LANGUAGE,
            scores=[float(self.ner_model_configuration.default_score or 0.85)] * len(entities),
        )
        artifacts.nlp_engine = self
        return artifacts

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        return self.artifacts(doc)


# --------------------------------------------------------------------------- analyzer


# The NER's labels that the detector reads besides PERSON -> our Presidio entities.
_MODEL_ENTITIES = {
    "ADDRESS": "MODEL_ADDRESS", "MEMBER": "MODEL_MEMBER", "POSTCODE": "MODEL_POSTCODE",
}  # fmt: skip


_SEPARATORS_RE = re.compile(r"[\W_]+")
_ID_SHAPE_RE = re.compile(r"[A-Za-z0-9#/.\-]+(?: \d{2,})*")  # one id, digit groups apart
_LETTERS_RE = re.compile(r"[^\W\d_]+")


# An amount with its currency: "1802,97 zł", "£1,207.79", "267,20 PLN", "860 quid".
_AMOUNT_RE = re.compile(
    r"[£$€]?[ \t]*\d{1,3}(?:[.,  ]?\d{3})*(?:[.,]\d{2})?[ \t]*(?:[^\W\d_]{1,4}|quid)?[.,]?"
)


def _everyday_address(value: str) -> bool:
    """A model address of lower-case everyday words only ("1 external hard drive"), or an
    amount ("1802,97 zł")."""
    from pipeline.detect.lexicon import COMMON_WORDS

    if _AMOUNT_RE.fullmatch(value.strip()) and any(c in value for c in ",.£$€"):
        return True
    words = _LETTERS_RE.findall(value)
    return bool(words) and all(w.islower() and w in COMMON_WORDS for w in words)


_BULLETS = "•·‣◦▪*->– \t"


_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_AMOUNT_OR_DATE_RE = re.compile(r"\d[\d,]*[.,]\d{2}|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}")


def _member_like(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    if sum(c.isdigit() for c in value) < 4 or _AMOUNT_OR_DATE_RE.fullmatch(value):
        return False
    if TIME_RE.fullmatch(value):  # "12.15pm" opening a call log's line
        return False
    if _YEAR_RE.fullmatch(value):
        return False  # "members since 2019"
    if not _ID_SHAPE_RE.fullmatch(value):
        return False  # words or a postcode beside the number: "123 - SUN Yan - BT7 8WQ"
    before = text[start - 1] if start else ""
    return before not in ("£", "$", "€")


class ModelSpanRecognizer(EntityRecognizer):
    """The NER's ADDRESS, MEMBER and POSTCODE entities (labels of the fine-tuned model only).

    Rules find the street lines, house names and member ids written the way they expect; the
    model, trained on notes of several authors, reads the ones written some other way ("the
    yellow house on Tanners Row", "my acc on there is 55210934", "cb5 2 gd"). A member id
    the model reads where no cue stands right before it holds four digits (a cued one may mix
    letters and digits, ``contacts.find_member_ids``), is no amount or date, one id, in a
    note that names a member, account or customer number somewhere (else it is a ref); a postcode is one once its spaces and separators are gone ("SW1A-1AA"); an
    address of lower-case everyday words alone is left to the street rules.
    """

    SCORE = 0.8

    def __init__(self) -> None:
        super().__init__(
            supported_entities=list(_MODEL_ENTITIES.values()),
            supported_language=LANGUAGE,
            name="ModelSpanRecognizer",
        )

    def load(self) -> None:
        """Nothing to load: the entities come with the NLP artifacts."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        if doc is None:
            return []
        found = []
        for ent in doc.ents:
            entity = _MODEL_ENTITIES.get(ent.label_)
            if entity is None or entity not in entities:
                continue
            if entity == "MODEL_MEMBER" and not (
                _member_like(text, ent.start_char, ent.end_char) and has_member_cue(text)
            ):
                continue  # an id-shaped value in a note naming no account: a ref, kept
            if entity == "MODEL_POSTCODE" and not is_postcode(_SEPARATORS_RE.sub("", ent.text)):
                continue
            if entity == "MODEL_ADDRESS" and _everyday_address(ent.text):
                continue
            start = ent.start_char
            while start < ent.end_char and text[start] in _BULLETS:
                start += 1  # "• Whistles": the bullet is no part of it
            found.append(
                RecognizerResult(
                    entity,
                    start,
                    ent.end_char,
                    self.SCORE,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: name_of(self),
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return found


_CONTEXT_WORD_RE = re.compile(r"[^\W_]+")


class WindowContextEnhancer(ContextAwareEnhancer):
    """Presidio's context boost, without the lemma enhancer's deep copy of every result.

    A context word of the recognizer among the five words before a finding raises its score
    by 0.35 (to at least 0.4), as LemmaContextAwareEnhancer does; measured, the deep copy
    alone cost more than all our recognizers together.
    """

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0.35,
            min_score_with_context_similarity=0.4,
            context_prefix_count=5,
            context_suffix_count=0,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        recognizers: list[EntityRecognizer],
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        by_id = {recognizer.id: recognizer for recognizer in recognizers}
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            recognizer = by_id.get(metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY))
            if recognizer is None or not recognizer.context or result.score >= 1.0:
                continue
            window = text[max(0, result.start - 80) : result.start]
            words = _CONTEXT_WORD_RE.findall(fold(window))[-self.context_prefix_count :]
            before = " ".join(words)
            if any(word.lower() in before for word in recognizer.context):
                boosted = result.score + self.context_similarity_factor
                result.score = min(1.0, max(boosted, self.min_score_with_context_similarity))
        return raw_results


class FixedRecognizerRegistry(RecognizerRegistry):
    """A registry whose recognizers are all added before the first analysis.

    Presidio filters the whole list by language and entity on every ``analyze`` call, into a
    set whose order follows object ids; here the answer for a request is kept, in the order
    the recognizers were added (so findings name their recognizers in one order, run after
    run), and adding a recognizer forgets the kept answers.
    """

    def __init__(self) -> None:
        super().__init__(supported_languages=[LANGUAGE])
        self._chosen: dict[tuple[str, tuple[str, ...], bool], list[EntityRecognizer]] = {}

    def add_recognizer(self, recognizer: EntityRecognizer) -> None:
        self._chosen.clear()
        super().add_recognizer(recognizer)

    def get_recognizers(
        self,
        language: str,
        entities: list[str] | None = None,
        all_fields: bool = False,
        ad_hoc_recognizers: list[EntityRecognizer] | None = None,
    ) -> list[EntityRecognizer]:
        if ad_hoc_recognizers:
            return super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers)
        key = (language, tuple(entities or ()), all_fields)
        if key not in self._chosen:
            chosen = {id(r) for r in super().get_recognizers(language, entities, all_fields)}
            self._chosen[key] = [r for r in self.recognizers if id(r) in chosen]
        return self._chosen[key]


def build_analyzer(nlp: Language, model_name: str) -> tuple[AnalyzerEngine, NerOnlySpacyEngine]:
    """An AnalyzerEngine over the loaded pipeline with only the recognizers we need."""
    engine = NerOnlySpacyEngine(nlp, model_name)
    registry = FixedRecognizerRegistry()
    for recognizer in (
        SpacyRecognizer(supported_entities=["PERSON"], name="SpacyRecognizer"),
        ModelSpanRecognizer(),
        NameCueRecognizer(),
        NameSegmentRecognizer(),
        NameLexiconRecognizer(),
        ChineseNameRecognizer(),
        ForeignScriptNameRecognizer(),
        LatinNameInScriptRecognizer(),
        ContextNameRecognizer(),
        OfflineEmailRecognizer(),
        UkPhoneRecognizer(),
        UkPostcodeRecognizer(),
        UkStreetRecognizer(),
        ObfuscatedEmailRecognizer(),
        LoosePhoneRecognizer(),
        SpacedPostcodeRecognizer(),
        SpeltNameRecognizer(),
        EuropeanStreetRecognizer(),
        EuropeanPostcodeRecognizer(),
        MemberIdRecognizer(),
        ThoroughfareRecognizer(),
        HouseNameRecognizer(),
        UkNinoWithExamplesRecognizer(),  # shipped disabled in Presidio's defaults
        GatedCreditCardRecognizer(),
        GatedIbanRecognizer(),
        GatedIpRecognizer(),
    ):
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(
        registry=registry,
        nlp_engine=engine,
        supported_languages=[LANGUAGE],
        context_aware_enhancer=WindowContextEnhancer(),
    )
    return analyzer, engine
