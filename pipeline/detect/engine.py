"""The free-text scanner: batched NER on distinct texts, Presidio recognizers, row deny/allow lists.

Speed: only the NER component runs (its own tok2vec; no tagger, parser or lemmatizer),
``nlp.pipe`` batches the texts, each distinct text is analysed once, Presidio gets the
precomputed NLP artifacts, and large inputs are split across forked worker processes
that share the loaded model copy-on-write.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.config import DetectionConfig
from pipeline.detect.batchlist import BatchValues
from pipeline.detect.guards import NAMING_NOUNS
from pipeline.detect.patterns import (
    NAME_PARTICLES,
    NAME_WORD_RE,
    SMALL_WORDS,
    detection_view,
    fold,
    with_extension,
)
from pipeline.detect.rowlists import (
    again_needles,
    allowed_ranges,
    drop_allowed,
    find_needles,
    find_row_values,
)
from pipeline.detect.spans import Span, resolve_overlaps
from pipeline.errors import DetectionError, StageError
from pipeline.models import in_a_date, is_date_phrase, named_by_nouns

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine
    from spacy.language import Language

    from pipeline.detect.analyzer import NerOnlySpacyEngine

# Components no NER needs; whatever else the model has is disabled unless NER listens to it.
_NOT_FOR_NER = (
    "tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer",
    "trainable_lemmatizer", "textcat", "textcat_multilabel", "entity_linker", "spancat",
)  # fmt: skip
# Raw findings as plain tuples: cheap to pickle back from worker processes.
_Raw = tuple[int, int, str, float, str]
_WORKER: Detector | None = None
# Names found by the words around them ("Barry says"): a person even where a town is named.
_BY_CONTEXT = "ContextNameRecognizer"
_NOT_PLACES = frozenset({_BY_CONTEXT, "HouseNameRecognizer", "EmailLocalPartName"})
_BY_WORDS_AROUND = (_BY_CONTEXT, "NameCueRecognizer")
# What stands between a name and an occasion it runs into: a comma, a dash, a line break.
_SEPARATOR = re.compile(r"[ \t]*[,;:\n\-][ \t,;:\n\-]*")
_SEPARATOR_BEFORE = re.compile(r"[ \t]*(?:[,;:\n\-][ \t,;:\n\-]*|['\u2019]s[ \t]+)$")
# Words that may follow an occasion inside one finding: "Navratri weekend", "Diwali sale".
_AFTER_OCCASION = re.compile(
    r"(?:[ \t]+(?i:weekend|sale|sales|eve|week|holidays?|celebrations?|party|order|purchase|"
    r"gift|present|period|time|break|deals?|offer))*[ \t.,!]*"
)
_SPACE = re.compile(r"\s")
_AGAIN = "SameNoteName"  # a name found once in a note, where the note names it again


class Detector:
    """Finds personal spans in free text; build it with ``load_detector``."""

    def __init__(
        self,
        cfg: DetectionConfig,
        nlp: Language,
        analyzer: AnalyzerEngine,
        engine: NerOnlySpacyEngine,
    ) -> None:
        from pipeline.detect.analyzer import ENTITIES, ENTITY_KINDS

        self.cfg = cfg
        self._nlp = nlp
        self._analyzer = analyzer
        self._engine = engine
        self._entities = list(ENTITIES)
        self._kinds = dict(ENTITY_KINDS)
        self._pool: Pool | None = None  # forked once, on the first large scan, then kept
        self._ahead: dict[tuple[str, ...], _Pending] = {}  # model findings started early

    def close(self) -> None:
        """Stop the NER worker processes, if any (they also stop when the program exits)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()
            pool.join()

    def _drop_pool(self) -> None:
        """After a failed scan: kill the workers without waiting; the next scan forks anew."""
        pool, self._pool = self._pool, None
        self._ahead = {}  # their findings will never come
        if pool is not None:
            pool.terminate()
            pool.join()

    # ------------------------------------------------------------------ public

    def prefetch(self, batches: Sequence[Sequence[str]]) -> None:
        """Start the model on the texts of scans to come, each batch as one scan will get it.

        Only with worker processes: they run the model on the next batches while this
        process does the rest of its work (row lists, tokens, the scans before), so they
        are seldom idle. A scan of exactly such a batch takes its findings; the model reads
        them as that scan would (the same distinct texts, in the same chunks), so nothing
        found changes. Batches prefetched before and not scanned since are let go.
        """
        self._ahead = {}
        for texts in batches:
            unique = _distinct([detection_view(t) for t in texts])
            if self._workers(unique) >= 2:
                self._ahead[tuple(texts)] = self._model_findings(unique)

    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
        batch: BatchValues | None = None,
    ) -> list[list[Span]]:
        """Personal spans per text, non-overlapping and in text order.

        ``deny[i]`` holds row i's own personal values as (token kind, value) pairs, found
        wherever they occur in text i; ``allow[i]`` holds strings never to redact in row i
        (merchants, order refs, claim ids, dates, amounts). ``batch`` holds every personal
        value of the batch, found in every text, and the batch's order refs and claim ids,
        kept in every text.
        """
        if not len(texts) == len(deny) == len(allow):
            raise ValueError("texts, deny and allow must have one entry per row")
        ahead = self._ahead.pop(tuple(texts), None)
        texts = [detection_view(t) for t in texts]  # same lengths: offsets carry over
        unique = _distinct(texts)
        try:
            with ahead or self._model_findings(unique) as pending:
                # The row lists need no model: they run here while workers run NER.
                rows = [
                    _RowLists.of(t, d, a, batch) for t, d, a in zip(texts, deny, allow, strict=True)
                ]
                model = dict(zip(unique, pending.result(), strict=True))
            results: list[list[Span]] = []
            for text, row in zip(texts, rows, strict=True):
                if row is None:
                    results.append([])
                    continue
                found = [Span(*raw) for raw in model[text]]
                found += row.settle(found)
                results.append(resolve_overlaps(drop_allowed(found, row.allowed), text))
        except (DetectionError, StageError):
            raise
        except Exception as exc:  # a library failure: name the stage, never the text
            raise StageError("detect", f"free-text scan failed ({type(exc).__name__})") from exc
        return results

    def versions(self) -> dict[str, str]:
        """spaCy, model and Presidio versions and the recognizers in use, for the report."""
        from pipeline.detect.recognizers import name_of

        meta = self._nlp.meta
        recognizers = sorted({name_of(r) for r in self._analyzer.registry.recognizers})
        path = model_path(self.cfg.model)
        return {
            "spacy": _version("spacy"),
            "spacy_model": f"{self.cfg.model} {meta.get('version', '?')}",
            "spacy_model_sha256": model_sha256(path) if path is not None else "package",
            "spacy_components": ", ".join(self._nlp.pipe_names),
            "presidio_analyzer": _version("presidio-analyzer"),
            "recognizers": ", ".join([*recognizers, "RowDenyList"]),
        }

    # ------------------------------------------------------------------ model side

    def _model_findings(self, texts: list[str]) -> _Pending:
        """Findings of the model and recognizers per text; in worker processes when it pays.

        Workers are forked once, on the first large scan, just after the model loaded, so
        they share it copy-on-write while the parent is still small; later chunks of a
        file (and later batches of a watch) reuse them instead of forking a grown parent.
        Each scan gives them a few chunks of the distinct texts; the caller works on while
        they run.
        """
        workers = self._workers(texts)
        if workers < 2:
            return _Pending(done=self.analyse(texts))
        if self._pool is None:
            global _WORKER
            _WORKER = self
            try:
                self._pool = multiprocessing.get_context("fork").Pool(workers)
            finally:
                _WORKER = None
        chunks = list(_chunks(texts, workers * 4))
        running = self._pool.map_async(_analyse_in_worker, chunks, chunksize=1)
        return _Pending(running=running, on_error=self._drop_pool)

    def _workers(self, texts: Sequence[str]) -> int:
        """The worker processes a scan of ``texts`` (distinct) runs the model in; 1: here."""
        workers = min(self.cfg.processes, os.cpu_count() or 1, len(texts))
        if len(texts) < self.cfg.min_texts_per_process:
            return 1  # forking costs more than it saves on a small file
        return workers if "fork" in multiprocessing.get_all_start_methods() else 1

    def analyse(self, texts: Sequence[str]) -> list[list[_Raw]]:
        """Run NER (batched) and the Presidio recognizers on each text; no row lists."""
        with self._nlp.memory_zone():
            # spaCy adds every new string it meets (order numbers, emails, names) to its
            # vocabulary for good; inside a memory zone they are evicted at the end, so a
            # worker that scans a million comments stays the size it started. Docs must not
            # outlive the zone: only plain tuples leave this function.
            return self._analyse(texts)

    def _analyse(self, texts: Sequence[str]) -> list[list[_Raw]]:
        from pipeline.detect.guards import is_everyday_words, is_not_a_person
        from pipeline.detect.identifiers import names_another_record
        from pipeline.detect.names import brand_ranges, clean_person, expand_person
        from pipeline.detect.recognizers import LANGUAGE

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
                if kind == "NAME" and source != "SpeltNameRecognizer":
                    if source == "SpacyRecognizer":
                        start, end = expand_person(text, start, end)
                    cleaned = clean_person(text, start, end, source == _BY_CONTEXT)
                    if cleaned is None:
                        continue
                    start, end = cleaned
                    if brands is None:
                        brands = brand_ranges(fold(text))
                    if _is_brand(Span(start, end, kind, 0.0, source), brands):
                        continue
                    if is_not_a_person(text, start, end):
                        continue
                    if source == "SpacyRecognizer" and is_everyday_words(text, start, end):
                        continue
                if kind in ("NAME", "ADDRESS"):
                    start = _after_a_date(text, start, end)
                    if start == end:
                        continue  # "le 25 février", "3 February. Please chase": a date
                    if kind == "ADDRESS" and _SHOP_AFTER.match(text, end):
                        continue  # "Brest depot", "the Leeds branch": a shop, not an address
                    if kind == "ADDRESS" and _MONEY_FIRST.match(text, start, end):
                        continue  # "GBP915.49, spedito": an amount the model read as a place
                if kind == "ADDRESS" and source == "ModelSpanRecognizer":
                    if brands is None:
                        brands = brand_ranges(fold(text))
                    if _is_brand(Span(start, end, kind, 0.0, source), brands):
                        continue  # "Cashback missing on Avios eStore"
                if kind == "PHONE" and _ORDER_BEFORE.search(text, max(0, start - 40), start):
                    continue  # "I also ordered 07229458271", "Order number 02370742610"
                if kind in ("PHONE", "CARD") and names_another_record(text, start, end):
                    continue  # "SKU 8468-806-80", "EAN 5052474077779", "Evri | 1980..."
                if kind == "PHONE":
                    end = with_extension(text, end)  # "07700 900123 ext. 102": one number
                found.append((start, end, kind, round(float(result.score), 3), source))
            found += _named_in_emails(text, found)
            found += _named_again(text, found, brands)
            found += _listed_with(text, found)
            found += _across_a_line_break(text, found)
            found += _given_after_a_surname(text, found)
            found += _ids_after_names(text, found)
            found = _without_places(text, _without_occasions(text, found))
            out.append(found + _unexplained_ids(text, found))
        return out


# What makes a phone-shaped number an order ref: an order's cue right before it, or a list
# of refs after one ("Two orders: 676-1082065-3644032 and 02322434723").
_ORDER_BEFORE = re.compile(
    r"(?i:\b(?:orders?|ordered|order[ \t]+(?:no|number|ref)|ref(?:erence)?|invoice|basket|"
    r"transaction|tracking|parcel|pedido|commande|bestelling|bestellung|ordine|zam[óo]wienie)\b)"
    r"(?:[ \t]*(?:no\.?|number|num|nr|n[º°]|ref|id|is|was|:|#))*[ \t]*"
    r"(?:[\w\-/]+[ \t]*(?:,|and|&|/)[ \t]*)?$"
)
_MONEY_FIRST = re.compile(r"(?i:[£€$]|gbp|eur|usd)[ \t]?\d")
_SHOP_AFTER = re.compile(
    r"[ \t]+(?i:branch|shop|store|outlet|depot|warehouse|showroom|superstore|depo|d[ée]p[ôo]t)\b"
)


def _after_a_date(text: str, start: int, end: int) -> int:
    """Where a finding starts once a date opening it is left out ("3 February. Please chase",
    "le 2 octobre, Limoges"): ``end`` when nothing but the date and everyday words is left."""
    from pipeline.detect.names import is_run_in

    if is_date_phrase(text, start, end):
        return end
    words = list(NAME_WORD_RE.finditer(text, start, end))
    for count in range(len(words) - 1, 0, -1):
        if is_date_phrase(text, start, words[count - 1].end()):
            rest = words[count:]
            if all(is_run_in(w.group(0).lower()) for w in rest):
                return end
            return rest[0].start()
    return start


_EMAIL_NAMES = "EmailLocalPartName"
_UNEXPLAINED = "UnexplainedId"


def _named_in_emails(text: str, found: list[_Raw]) -> list[_Raw]:
    """The words of a note that its own e-mail addresses spell: "Summer, summer_ghorbani@...",
    "anan thongchai <anan.thongchai@...>", "spoke to holly ... holly.kova@...", "Kiprono
    SSEMPALA" beside "kssempala@..." (an initial glued to the surname). A part is a name
    when it is no everyday word or is a known first name."""
    from pipeline.detect.contacts import decode_email
    from pipeline.detect.lexicon import AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, is_everyday_word

    emails = [(s, e) for s, e, kind, _, _ in found if kind == "EMAIL"]
    parts: set[str] = set()
    for start, end in emails:
        local = decode_email(text[start:end]).split("@", 1)[0]
        runs = re.findall(r"[^\W\d_]{3,}", local)
        if len(runs) == 1 and len(runs[0]) >= 6:  # "kssempala", "rosenbergm": an initial glued on
            runs += [runs[0][1:], runs[0][:-1]]
        for part in runs:
            word = fold(part)
            if not is_everyday_word(word) or word in FIRST_NAMES or word in AMBIGUOUS_FIRST_NAMES:
                parts.add(word)
    if not parts:
        return []
    named = []  # also where the model has it: the e-mail says it is a name, not a place
    for match in NAME_WORD_RE.finditer(text):
        if fold(match.group(0)) in parts and not any(
            s < match.end() and match.start() < e for s, e in emails
        ):
            named.append((match.start(), match.end(), "NAME", 0.6, _EMAIL_NAMES))
    return named


def _named_again(text: str, found: list[_Raw], brands: list[tuple[int, int]] | None) -> list[_Raw]:
    """Other mentions in the note of a name found in it ("gift for Thandiwe, thandiwe loved it").

    The name is searched as the row's own values are (``rowlists``: any case and accent,
    word-like names only capitalised mid-sentence); a mention inside a brand, or that reads
    as a product or a place, is left. Only within the note: a guess says nothing about
    another note.
    """
    from pipeline.detect.guards import is_not_a_person
    from pipeline.detect.names import brand_ranges

    names = dict.fromkeys(text[raw[0] : raw[1]] for raw in found if raw[2] == "NAME")
    if not names:
        return []
    needles = [needle for name in names for needle in again_needles(name)]
    again: list[_Raw] = []
    for span in find_needles(text, needles, fold(text), _AGAIN):
        if any(span.overlaps(raw[0], raw[1]) for raw in (*found, *again)):
            continue
        if brands is None:
            brands = brand_ranges(fold(text))
        if _is_brand(span, brands) or is_not_a_person(text, span.start, span.end):
            continue
        again.append((span.start, span.end, "NAME", 0.85, _AGAIN))
    return again


# A name broken across a line: "I'm Earl\nFisher, ...", "Best,\nMarlon\nBlackwood",
# "Order 123. Edurne\nUrkullu": the next line opens with the rest of it (a particle may lead).
_NEXT_LINE_NAME_RE = re.compile(
    r"[ \t]*\r?\n[ \t]*(?P<name>(?:(?:[a-z]{1,3}|[A-Z][a-z]{0,2})[ \t]+)?[^\W\d_][\w'\-]*"
    r"(?:[ \t]+[^\W\d_][\w'\-]*)?)(?![\w'\-]|[ \t]+\d)"
)
_LINE_END_NAME_RE = re.compile(r"(?:^|[.!?][ \t]+|\n)(?P<name>[^\W\d_][\w'\-]*)[ \t]*\r?\n[ \t]*\Z")


def _across_a_line_break(text: str, found: list[_Raw]) -> list[_Raw]:
    """The rest of a name found that the next line holds, or its first name the line before
    holds alone: each word capitalised and a word a name may be."""
    from pipeline.detect.lexicon import could_be_a_name
    from pipeline.detect.places import place_names

    def person_words(value: str) -> bool:
        words = [w for w in value.split() if fold(w) not in NAME_PARTICLES]
        if place_names().get(fold(value).strip()) is False:
            return False  # a town no one is named after: "Harvey Quill\n  Truro"
        return bool(words) and all(
            w[0].isupper() and could_be_a_name(fold(w)) and fold(w) not in NAMING_NOUNS
            for w in words
        )

    more: list[_Raw] = []
    for start, end, kind, _, _ in found:
        if kind != "NAME" or "\n" not in text[end : end + 3] + text[max(0, start - 3) : start]:
            continue
        after = _NEXT_LINE_NAME_RE.match(text, end)
        if after is not None:
            name = after.group("name")
            if not person_words(name) and " " in name.strip():
                name = name.rsplit(None, 1)[0]  # "Siu-fung\nWong hai", "Hristova sv-98..."
            if person_words(name):
                start_at = after.start("name")
                more.append((start_at, start_at + len(name), "NAME", 0.6, _BY_CONTEXT))
        before = _LINE_END_NAME_RE.search(text, max(0, start - 40), start)
        if before is not None and person_words(before.group("name")):
            more.append((before.start("name"), before.end("name"), "NAME", 0.6, _BY_CONTEXT))
    return [m for m in more if not any(r[0] < m[1] and m[0] < r[1] for r in found)]


# "Ware, Bliss | ...", "Karimova, nodira | ...", "AP RHYS, cadfael.": one word after a found
# surname and a comma, then the end of the field (a bar, a semicolon, a tab, a line's end).
_GIVEN_AFTER_RE = re.compile(
    r",[ \t]*(?P<given>[^\W\d_][^\W\d_'\-]*)(?P<end>[ \t]*(?:[|;\t\n\r]|$)|[ \t]*[.(])"
)
_FIELD_LABELS = frozenset({
    "order", "orders", "ref", "tel", "phone", "mobile", "mob", "email", "e-mail", "address",
    "postcode", "member", "account", "claim", "date", "total", "amount", "note", "notes",
    "thanks", "cheers", "regards", "please", "ok", "yes", "no", "none", "unknown",
})  # fmt: skip


def _given_after_a_surname(text: str, found: list[_Raw]) -> list[_Raw]:
    """The given name after a surname found ("SURNAME, Given" written in a field); a word
    before a full stop or a bracket only when it is no everyday word; never a town."""
    from pipeline.detect.lexicon import could_be_a_name, is_everyday_word
    from pipeline.detect.places import place_names

    more: list[_Raw] = []
    for _, end, kind, _, _ in found:
        if kind != "NAME":
            continue
        match = _GIVEN_AFTER_RE.match(text, end)
        if match is None:
            continue
        given = fold(match.group("given"))
        if given in _FIELD_LABELS or given in SMALL_WORDS or not could_be_a_name(given):
            continue
        if given in place_names():
            continue  # "Aroha Ngata, Leeds.": the town she writes from
        if match.group("end").strip() in (".", "(") and is_everyday_word(given):
            continue
        more.append((match.start("given"), match.end("given"), "NAME", 0.6, _BY_CONTEXT))
    return [m for m in more if not any(r[0] < m[1] and m[0] < r[1] for r in found)]


def _listed_with(text: str, found: list[_Raw]) -> list[_Raw]:
    """The other people of a list with a name found in it (``context.listed_names``)."""
    from pipeline.detect.context import listed_names

    names = [(raw[0], raw[1]) for raw in found if raw[2] == "NAME"]
    if not names:
        return []
    listed = listed_names(text, names)
    return [
        (s, e, "NAME", 0.6, _BY_CONTEXT)
        for s, e in listed
        if not any(raw[0] < e and s < raw[1] for raw in found)
    ]


def _ids_after_names(text: str, found: list[_Raw]) -> list[_Raw]:
    """Member ids in brackets right after a name found (``contacts.find_ids_after_names``)."""
    from pipeline.detect.contacts import find_ids_after_names

    names = [(raw[0], raw[1]) for raw in found if raw[2] == "NAME"]
    ids = find_ids_after_names(text, names) if names and "(" in text else []
    return [
        (s, e, "MEMBER", 0.6, "MemberIdRecognizer")
        for s, e in ids
        if not any(raw[0] < e and s < raw[1] for raw in found)
    ]


def _unexplained_ids(text: str, found: list[_Raw]) -> list[_Raw]:
    """Codes nothing else found and nothing explains: the shopper's member id
    (``identifiers.find_unexplained_ids``); the allow-lists drop the row's and batch's refs."""
    from pipeline.detect.identifiers import find_unexplained_ids

    taken = [(raw[0], raw[1]) for raw in found]
    return [(s, e, "MEMBER", 0.4, _UNEXPLAINED) for s, e in find_unexplained_ids(text, taken)]


def _is_brand(span: Span, brands: list[tuple[int, int]]) -> bool:
    """True when a business named like a person is what the name finding holds.

    Any overlap, for the model ("Jo Malone Lime Basil" is a product); a name a cue or its
    context gave away keeps a word of its own beside a one-word brand ("Name: Sky Marsh").
    """
    touching = [(s, e) for s, e in brands if span.overlaps(s, e)]
    if not touching:
        return False
    if span.source not in _BY_WORDS_AROUND:
        return True
    return any(s <= span.start and span.end <= e for s, e in touching)


def _without_occasions(text: str, found: list[_Raw]) -> list[_Raw]:
    """Model and rule names and addresses less the occasions in them (``occasions.py``): a
    name or address inside one ("for Diwali") is dropped, a name that runs on into one past a
    comma or a line break ("Diwali, priya") ends before it; "Amara Holi" is a name."""
    from pipeline.detect.occasions import occasion_ranges

    if not any(raw[2] in ("NAME", "ADDRESS") for raw in found):
        return found
    occasions = occasion_ranges(text)
    if not occasions:
        return found
    kept: list[_Raw] = []
    for raw in found:
        start, end = raw[0], raw[1]
        if raw[2] == "ADDRESS" and any(
            (s <= start and (end <= e or _AFTER_OCCASION.fullmatch(text, e, end)))
            or (start < e and s < end and _only_run_in(text[start:s] + " " + text[e:end]))
            for s, e in occasions
        ):
            continue  # the model read "Father's Day", "le Black Friday" as a place
        for s, e in occasions if raw[2] == "NAME" else ():
            if s <= start and (end <= e or _AFTER_OCCASION.fullmatch(text, e, end)):
                start = end  # the whole name is the occasion, or it and "weekend"
            elif s <= start < e and (after := _SEPARATOR.match(text, e, end)):
                start = after.end()  # "Halloween - Tomasz Wójcik"
            elif s < end <= e and (before := _SEPARATOR_BEFORE.search(text, start, s)):
                end = before.start()  # "priya, Diwali", "Aishah's Vesak" the other way round
            elif start < e and s < end and _only_run_in(text[start:s] + " " + text[e:end]):
                start = end  # "la fête des mères", "Compra para Diwali", "since Reyes, ..."
        if end > start:
            kept.append((start, end, *raw[2:]))
    return kept


def _only_run_in(rest: str) -> bool:
    """True when what is left of a name beside an occasion holds no name: articles and
    everyday words of any language only ("la", "Compra para")."""
    from pipeline.detect.names import is_run_in

    words = [w.lower() for w in NAME_WORD_RE.findall(rest)]
    return all(fold(w) in NAME_PARTICLES or is_run_in(w) for w in words)


def _without_places(text: str, found: list[_Raw]) -> list[_Raw]:
    """Model and rule findings less the towns and countries in them (``places.py``); a name
    found by the words around it ("Preston says ...") is a person whatever else it names, and
    a house found where a house stands is a house ("Greystones, Weavers Lane")."""
    from pipeline.detect.places import place_ranges, without_places

    if not any(raw[2] in ("NAME", "ADDRESS") for raw in found):
        return found
    places = place_ranges(text)
    towns = place_ranges(text, named_too=True) if any(r[2] == "ADDRESS" for r in found) else []
    if not places and not towns:
        return found
    by_context = [raw for raw in found if raw[4] in _NOT_PLACES]
    spans = [Span(*raw) for raw in found if raw not in by_context]
    rest = without_places(spans, text, places, towns)
    return sorted([*by_context, *((s.start, s.end, s.kind, s.score, s.source) for s in rest)])


@dataclass(frozen=True, slots=True)
class _RowLists:
    """What one row's own lists found in its text: its personal values, and allowed ranges.

    ``held`` are one-word names just before a product's noun ("the Millie skirt"), each with
    where the noun ends: kept out unless something else is taken between them (``settle``).
    """

    denied: list[Span]
    allowed: list[tuple[int, int]]
    held: list[tuple[Span, int]]

    @classmethod
    def of(
        cls,
        text: str,
        deny: Sequence[tuple[str, str]],
        allow: Collection[str],
        batch: BatchValues | None,
    ) -> _RowLists | None:
        if not text.strip():
            return None
        folded = fold(text)
        denied = find_row_values(text, deny, folded)
        allowed = allowed_ranges(text, allow, folded)
        if batch is not None:
            denied += batch.find(text, folded)
            allowed += batch.kept_ranges(text, folded)
        denied, held = _not_products_or_occasions(text, folded, denied)
        return cls(denied, allowed, held)

    def settle(self, model: list[Span]) -> list[Span]:
        """The denied values, with each held one back in when the words that made it a
        product's name are taken themselves: in "LEUNG Chun Kit" the given names go, so the
        residual-leak check, which reads the output, sees no "kit" after the surname."""
        others = [*model, *self.denied]
        back = [
            span
            for span, noun_end in self.held
            if any(
                o is not span and span.end < o.end and (o.start < noun_end or _next_to(o, noun_end))
                for o in others
            )
        ]
        return self.denied + back


def _next_to(span: Span, end: int) -> bool:
    """True when ``span`` starts just after ``end`` (a space or two on): its token will stand
    there in the output, a capitalised word after the noun, so "Azlan Pan NAME_1_..." names
    no product to the residual-leak check ("Azlan Pan bin Osman": all of it goes)."""
    return 0 <= span.start - end <= 2


def _not_products_or_occasions(
    text: str, folded: str, denied: list[Span]
) -> tuple[list[Span], list[tuple[Span, int]]]:
    """The listed values found, less one-word names that read as a product, an occasion or
    part of a date ("Jun" in "23 Jun"); the product names come back as held (``settle``).

    A first name or surname of the batch is searched in every note, so "the Millie skirt",
    "a Ruby Star mug" or "Valentine's Day" would lose a word. The rule is the residual-leak
    check's, word for word (its ``nouns`` and public occasions), so what stays here is no hit
    there. A whole name ("Millie Okafor") is always found.
    """
    from pipeline.detect.occasions import occasion_ranges

    single = [s for s in denied if s.kind == "NAME" and not _SPACE.search(text, s.start, s.end)]
    if not single:
        return denied, []
    occasions = occasion_ranges(text, folded)
    held: list[tuple[Span, int]] = []
    dropped = set()
    for span in single:
        if any(o <= span.start and span.end <= e for o, e in occasions) or in_a_date(
            text, span.start, span.end
        ):
            dropped.add(span)
        elif (noun := _NAMED_PRODUCT_RE.match(text, span.end)) is not None:
            dropped.add(span)
            held.append((span, noun.end()))
    return [s for s in denied if s not in dropped] if dropped else denied, held


_NAMED_PRODUCT_RE = named_by_nouns(NAMING_NOUNS)


class _Pending:
    """Model findings being computed (in a worker pool) or already computed (in-process)."""

    def __init__(
        self,
        done: list[list[_Raw]] | None = None,
        running: AsyncResult[list[list[list[_Raw]]]] | None = None,
        on_error: Callable[[], None] | None = None,
    ) -> None:
        self._done = done
        self._running = running
        self._on_error = on_error

    def result(self) -> list[list[_Raw]]:
        if self._done is None:
            assert self._running is not None
            parts = self._running.get()
            self._done = [found for part in parts for found in part]
        return self._done

    def __enter__(self) -> _Pending:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._done is None and self._on_error is not None:
            self._on_error()  # an error here: do not wait for the workers


def _analyse_in_worker(texts: list[str]) -> list[list[_Raw]]:
    assert _WORKER is not None, "worker started without a detector"
    return _WORKER.analyse(texts)


def _distinct(texts: Sequence[str]) -> list[str]:
    """The texts with something in them, each once, in first-seen order."""
    return list(dict.fromkeys(t for t in texts if t.strip()))


def _chunks(items: list[str], count: int) -> Iterator[list[str]]:
    size = max(1, -(-len(items) // count))
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


# The NER fine-tuned on claim notes (``make train``), shipped in the package.
BUNDLED_MODEL = "claims-ner"
BUNDLED_PATH = Path(__file__).with_name("data") / "ner"


def model_path(model: str) -> Path | None:
    """Where the configured model's files are: the bundled one, or a directory."""
    if model == BUNDLED_MODEL:
        return BUNDLED_PATH
    return Path(model) if Path(model).is_dir() else None


def model_sha256(path: Path) -> str:
    """One SHA-256 over a model directory: every file's relative path and bytes, sorted."""
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(file.relative_to(path).as_posix().encode("utf-8") + b"\0")
        digest.update(file.read_bytes())
    return digest.hexdigest()


def _load_pipeline(model: str) -> Language:
    """The spaCy pipeline with only what NER needs enabled; never downloads a model."""
    import spacy

    path = model_path(model)
    if path is not None:
        model = str(path)
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
        from pipeline.detect.analyzer import build_analyzer

        analyzer, engine = build_analyzer(nlp, cfg.model)
    except ImportError as exc:
        raise DetectionError(f"Presidio cannot be loaded ({type(exc).__name__})") from exc
    return Detector(cfg, nlp, analyzer, engine)
