"""The free-text scanner: batched NER on distinct texts, Presidio recognizers, row deny/allow lists.

Speed: only the NER component runs (its own tok2vec; no tagger, parser or lemmatizer),
``nlp.pipe`` batches the texts, each distinct text is analysed once, Presidio gets the
precomputed NLP artifacts, and large inputs are split across forked worker processes
that share the loaded model copy-on-write.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Collection, Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.config import DetectionConfig
from pipeline.detect.patterns import fold
from pipeline.detect.rowlists import allowed_ranges, drop_allowed, find_row_values
from pipeline.detect.spans import Span, resolve_overlaps
from pipeline.errors import DetectionError, StageError

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine
    from spacy.language import Language

    from pipeline.detect.recognizers import NerOnlySpacyEngine

# Components no NER needs; whatever else the model has is disabled unless NER listens to it.
_NOT_FOR_NER = (
    "tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer",
    "trainable_lemmatizer", "textcat", "textcat_multilabel", "entity_linker", "spancat",
)  # fmt: skip
# Raw findings as plain tuples: cheap to pickle back from worker processes.
_Raw = tuple[int, int, str, float, str]
_WORKER: Detector | None = None


class Detector:
    """Finds personal spans in free text; build it with ``load_detector``."""

    def __init__(
        self,
        cfg: DetectionConfig,
        nlp: Language,
        analyzer: AnalyzerEngine,
        engine: NerOnlySpacyEngine,
    ) -> None:
        from pipeline.detect.recognizers import ENTITIES, ENTITY_KINDS

        self.cfg = cfg
        self._nlp = nlp
        self._analyzer = analyzer
        self._engine = engine
        self._entities = list(ENTITIES)
        self._kinds = dict(ENTITY_KINDS)

    # ------------------------------------------------------------------ public

    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
    ) -> list[list[Span]]:
        """Personal spans per text, non-overlapping and in text order.

        ``deny[i]`` holds row i's own personal values as (token kind, value) pairs, found
        wherever they occur in text i; ``allow[i]`` holds strings never to redact in row i
        (merchants, order refs, claim ids, dates, amounts).
        """
        if not len(texts) == len(deny) == len(allow):
            raise ValueError("texts, deny and allow must have one entry per row")
        unique = list(dict.fromkeys(t for t in texts if t.strip()))
        try:
            model = dict(zip(unique, self._model_findings(unique), strict=True))
            results: list[list[Span]] = []
            for text, row_deny, row_allow in zip(texts, deny, allow, strict=True):
                if not text.strip():
                    results.append([])
                    continue
                folded = fold(text)
                found = [Span(*raw) for raw in model[text]]
                found.extend(find_row_values(text, row_deny, folded))
                found = drop_allowed(found, allowed_ranges(text, row_allow, folded))
                results.append(resolve_overlaps(found, text))
        except (DetectionError, StageError):
            raise
        except Exception as exc:  # a library failure: name the stage, never the text
            raise StageError("detect", f"free-text scan failed ({type(exc).__name__})") from exc
        return results

    def versions(self) -> dict[str, str]:
        """spaCy, model and Presidio versions and the recognizers in use, for the report."""
        meta = self._nlp.meta
        from pipeline.detect.recognizers import name_of

        recognizers = sorted({name_of(r) for r in self._analyzer.registry.recognizers})
        return {
            "spacy": _version("spacy"),
            "spacy_model": f"{self.cfg.model} {meta.get('version', '?')}",
            "spacy_components": ", ".join(self._nlp.pipe_names),
            "presidio_analyzer": _version("presidio-analyzer"),
            "recognizers": ", ".join([*recognizers, "RowDenyList"]),
        }

    # ------------------------------------------------------------------ model side

    def _model_findings(self, texts: list[str]) -> list[list[_Raw]]:
        """Findings of the model and recognizers per text, in parallel when it pays."""
        workers = min(
            self.cfg.processes, len(texts) // self.cfg.min_texts_per_process, os.cpu_count() or 1
        )
        if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return self.analyse(texts)
        global _WORKER
        _WORKER = self
        try:
            chunks = list(_chunks(texts, workers * 4))
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                parts = pool.map(_analyse_in_worker, chunks, chunksize=1)
        finally:
            _WORKER = None
        return [found for part in parts for found in part]

    def analyse(self, texts: Sequence[str]) -> list[list[_Raw]]:
        """Run NER (batched) and the Presidio recognizers on each text; no row lists."""
        from pipeline.detect.recognizers import LANGUAGE, brand_ranges, clean_person, expand_person

        threshold = self.cfg.score_threshold
        out: list[list[_Raw]] = []
        docs = self._nlp.pipe(texts, batch_size=self.cfg.batch_size)
        for text, doc in zip(texts, docs, strict=True):
            results = self._analyzer.analyze(
                text,
                language=LANGUAGE,
                entities=self._entities,
                nlp_artifacts=self._engine.artifacts(doc),
                score_threshold=threshold,
            )
            found: list[_Raw] = []
            brands: list[tuple[int, int]] | None = None
            for result in results:
                kind = self._kinds.get(result.entity_type)
                if kind is None:
                    continue
                start, end = result.start, result.end
                source = str((result.recognition_metadata or {}).get("recognizer_name", "presidio"))
                if kind == "NAME":
                    if source == "SpacyRecognizer":
                        start, end = expand_person(text, start, end)
                    cleaned = clean_person(text, start, end)
                    if cleaned is None:
                        continue
                    start, end = cleaned
                    if brands is None:
                        brands = brand_ranges(fold(text))
                    if not drop_allowed([Span(start, end, kind, 0.0, source)], brands):
                        continue
                found.append((start, end, kind, round(float(result.score), 3), source))
            out.append(found)
        return out


def _analyse_in_worker(texts: list[str]) -> list[list[_Raw]]:
    assert _WORKER is not None, "worker started without a detector"
    return _WORKER.analyse(texts)


def _chunks(items: list[str], count: int) -> Iterator[list[str]]:
    size = max(1, -(-len(items) // count))
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


def _load_pipeline(model: str) -> Language:
    """The spaCy pipeline with only what NER needs enabled; never downloads a model."""
    import spacy

    if not (spacy.util.is_package(model) or Path(model).exists()):
        raise DetectionError(
            f"spaCy model '{model}' is not installed",
            hint="run `make install`; the model is a pinned package, never downloaded at run time",
        )
    try:
        nlp = spacy.load(model, exclude=list(_NOT_FOR_NER))
    except (OSError, ValueError, ImportError) as exc:
        raise DetectionError(
            f"spaCy model '{model}' cannot be loaded ({type(exc).__name__})"
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise DetectionError(f"spaCy model '{model}' has no NER component")
    for name, pipe in list(nlp.pipeline):
        listeners: Any = getattr(pipe, "listening_components", None)
        if name != "ner" and not (listeners and "ner" in listeners):
            nlp.disable_pipe(name)
    return nlp


def load_detector(cfg: DetectionConfig) -> Detector:
    """Load the pinned spaCy model and build the analyzer; DetectionError if it is missing."""
    nlp = _load_pipeline(cfg.model)
    try:
        from pipeline.detect.recognizers import build_analyzer

        analyzer, engine = build_analyzer(nlp, cfg.model)
    except ImportError as exc:
        raise DetectionError(f"Presidio cannot be loaded ({type(exc).__name__})") from exc
    return Detector(cfg, nlp, analyzer, engine)
