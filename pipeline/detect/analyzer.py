"""Presidio setup: the NER-only spaCy engine, the context boost, the analyzer over our recognizers.

Presidio types stop inside ``detect/``: the engine module turns their results into ``Span``.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IbanRecognizer,
    IpRecognizer,
    SpacyRecognizer,
)
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.detect.context import ContextNameRecognizer
from pipeline.detect.names import (
    ChineseNameRecognizer,
    NameCueRecognizer,
    NameLexiconRecognizer,
    NameSegmentRecognizer,
)
from pipeline.detect.patterns import fold
from pipeline.detect.recognizers import (
    LANGUAGE,
    LoosePhoneRecognizer,
    MemberIdRecognizer,
    ObfuscatedEmailRecognizer,
    OfflineEmailRecognizer,
    SpacedPostcodeRecognizer,
    ThoroughfareRecognizer,
    UkNinoWithExamplesRecognizer,
    UkPhoneRecognizer,
    UkPostcodeRecognizer,
    UkStreetRecognizer,
)
from pipeline.detect.scripts import ForeignScriptNameRecognizer

# Presidio entity -> token kind. DATE_TIME, LOCATION, NRP and ORGANIZATION are never asked for.
ENTITY_KINDS = {
    "PERSON": "NAME",
    # Names found by cue, shape or lexicon: a type of their own, so Presidio does not drop
    # them as "contained" in a model PERSON span that the cleaning step later rejects.
    "PERSON_PATTERN": "NAME",
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "UK_POSTCODE": "POSTCODE",
    "UK_STREET": "ADDRESS",
    "MEMBER_ID": "MEMBER",
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

        No keywords: only Presidio's lemma context enhancer reads them, and
        ``WindowContextEnhancer`` replaces it; computing them (a stop-word and punctuation
        look-up per token) cost more than the recognizers that use the artifacts.
        """
        entities = [e for e in doc.ents if e.label_ in ("PERSON", "PER")]
        artifacts = NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[t.idx for t in doc],
            lemmas=[t.lower_ for t in doc],
            nlp_engine=None,  # None: set_keywords returns [] at once
            language=LANGUAGE,
            scores=[float(self.ner_model_configuration.default_score or 0.85)] * len(entities),
        )
        artifacts.nlp_engine = self
        return artifacts

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        return self.artifacts(doc)


# --------------------------------------------------------------------------- analyzer

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


def build_analyzer(nlp: Language, model_name: str) -> tuple[AnalyzerEngine, NerOnlySpacyEngine]:
    """An AnalyzerEngine over the loaded pipeline with only the recognizers we need."""
    engine = NerOnlySpacyEngine(nlp, model_name)
    registry = RecognizerRegistry(supported_languages=[LANGUAGE])
    for recognizer in (
        SpacyRecognizer(supported_entities=["PERSON"], name="SpacyRecognizer"),
        NameCueRecognizer(),
        NameSegmentRecognizer(),
        NameLexiconRecognizer(),
        ChineseNameRecognizer(),
        ForeignScriptNameRecognizer(),
        ContextNameRecognizer(),
        OfflineEmailRecognizer(),
        UkPhoneRecognizer(),
        UkPostcodeRecognizer(),
        UkStreetRecognizer(),
        ObfuscatedEmailRecognizer(),
        LoosePhoneRecognizer(),
        SpacedPostcodeRecognizer(),
        MemberIdRecognizer(),
        ThoroughfareRecognizer(),
        UkNinoWithExamplesRecognizer(),  # shipped disabled in Presidio's defaults
        CreditCardRecognizer(),
        IbanRecognizer(),
        IpRecognizer(),
    ):
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(
        registry=registry,
        nlp_engine=engine,
        supported_languages=[LANGUAGE],
        context_aware_enhancer=WindowContextEnhancer(),
    )
    return analyzer, engine
