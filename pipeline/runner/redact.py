"""Chunk redaction: must-keep cells checked, personal columns replaced (mixed cells part by
part), personal spans in free text, originals collected."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import pandas as pd

from pipeline.config import DetectionConfig
from pipeline.detect import BatchValues, Detector, Span, load_detector, place_names
from pipeline.detect.columns import cell_parts
from pipeline.detect.keep import keep_cell_kind, value_key
from pipeline.models import Kind, Original, fold
from pipeline.pseudonymise import Tokeniser, replace_spans
from pipeline.runner.plan import Plan, Roles

Part = tuple[str, str, str]  # (token, kind, original)

# Free text is scanned about this many cells at a time, so progress moves within a chunk; at
# least detection.min_texts_per_process (2,000), or the NER worker processes would never be used.
SCAN_STEP = 2500


class Scanner(Protocol):
    """What redaction needs from the detector (a stub in fast tests)."""

    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
        batch: BatchValues | None = None,
    ) -> list[list[Span]]: ...

    def versions(self) -> dict[str, str]: ...


class LazyScanner:
    """The real detector, loaded on the first text to scan (or ``load``), then kept."""

    def __init__(self, detection: DetectionConfig) -> None:
        self._detection = detection
        self._loaded: Scanner | None = None

    @property
    def detection(self) -> DetectionConfig:
        return self._detection

    def load(self) -> Scanner:
        if self._loaded is None:
            self._loaded = load_detector(self._detection)
        return self._loaded

    @property
    def loaded(self) -> bool:
        return self._loaded is not None

    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
        batch: BatchValues | None = None,
    ) -> list[list[Span]]:
        return self.load().scan(texts, deny, allow, batch)

    def prefetch(self, batches: Sequence[Sequence[str]]) -> None:
        """Start the model on the texts of the scans to come (``Detector.prefetch``)."""
        loaded = self.load() if batches else None
        if isinstance(loaded, Detector):
            loaded.prefetch(batches)

    def versions(self) -> dict[str, str]:
        return self._loaded.versions() if self._loaded is not None else {}


@dataclass
class Tally:
    """What a file's redaction replaced (counts, never values)."""

    cells: Counter[str] = field(default_factory=Counter)
    free_text: Counter[str] = field(default_factory=Counter)
    originals: int = 0
    kept_cells: Counter[tuple[str, str]] = field(default_factory=Counter)  # (column, kind)


@dataclass(frozen=True, slots=True)
class Screened:
    """A chunk whose must-keep cells were checked: personal ones hold tokens now.

    ``cells`` are (row, column, token, kind, original) of each replaced cell.
    """

    frame: pd.DataFrame
    cells: list[tuple[int, str, str, str, str]]

    def rows_in(self, columns: Collection[str]) -> set[int]:
        """The rows whose cell in one of ``columns`` was replaced."""
        return {row for row, column, *_ in self.cells if column in columns}


@dataclass(frozen=True, slots=True)
class Redacted:
    """One chunk after redaction, and the originals its tokens replaced."""

    frame: pd.DataFrame
    originals: list[Original]


@dataclass(frozen=True, slots=True)
class Redactor:
    """Redacts chunks with one tokeniser and one scanner, for every file of a batch.

    ``batch`` gathers every personal value of the batch's columns and its claim ids and
    order refs as chunks are redacted (order exports first), and every note is searched
    for all of them (``pipeline.detect.BatchValues``).
    """

    tokeniser: Tokeniser
    scanner: Scanner
    batch: BatchValues = field(default_factory=BatchValues)

    @property
    def cold(self) -> bool:
        """True while the model has still to load."""
        return isinstance(self.scanner, LazyScanner) and not self.scanner.loaded

    def warm(self) -> None:
        """Load the model now (its own stage in the timings, not the first chunk's)."""
        if isinstance(self.scanner, LazyScanner):
            self.scanner.load()

    def screen(
        self,
        frame: pd.DataFrame,
        plan: Plan,
        roles: Roles,
        known: Mapping[str, str],
        merchants: Collection[str],
    ) -> Screened:
        """Check the kept columns: a cell holding personal data is replaced by its token.

        ``known`` maps earlier personal values of the file (``value_key``) to their kind;
        this chunk's personal columns are added. A real merchant (``merchants``) or a town
        of the gazetteer is never replaced for equalling a known name: only an e-mail, phone
        or postcode in it counts.
        """
        personal = plan.personal()
        here = dict(known)
        for column, kind in personal:
            for value in frame[column].unique():
                if value.strip():
                    here.setdefault(value_key(value), kind)
        real = {value_key(m) for m in merchants}
        towns = place_names()
        out = frame
        cells: list[tuple[int, str, str, str, str]] = []
        for column in plan.kept():
            values = frame[column]
            is_id = column in roles.ids
            tokens: dict[str, tuple[str, str]] = {}
            for value in values.unique():
                merchant = column in roles.merchants and value_key(value) in real
                town = " ".join(fold(value).split()) in towns  # "Kendal", a town and a name
                lookup = {} if merchant or town else here
                found = keep_cell_kind(
                    value, lookup, is_id=is_id, id_phones=column in roles.phone_ids
                )
                token = self.tokeniser.token(found, value) if found else ""
                if found and token:
                    tokens[value] = (token, found)
            if not tokens:
                continue
            if out is frame:
                out = frame.copy()
            out[column] = values.map(lambda v, t=tokens: t[v][0] if v in t else v)
            for row, value in enumerate(values.tolist()):
                if value in tokens:
                    cells.append((row, column, *tokens[value], value))
        return Screened(out, cells)

    def redact(
        self,
        screened: Screened,
        plan: Plan,
        records: Sequence[str],
        extra_allow: Collection[str],
        tally: Tally,
        merchant_columns: Collection[str] = (),
        scanned: Callable[[int], None] | None = None,
        refs: Iterable[str] = (),
    ) -> Redacted:
        """Replace personal columns (mixed cells part by part) and personal spans in free text.

        ``screened`` is the chunk after ``screen``; its replaced cells are among the
        originals. ``records`` names each row's vault record; ``extra_allow`` is text never
        to treat as personal (the file's real merchants); a value of ``merchant_columns``
        that is not among them is no allowance in its row's text. ``tally`` counts what was
        replaced; ``scanned`` is told how many of the chunk's rows the free-text scan has passed.
        ``refs`` are the chunk's claim ids and order refs, kept in every note of the batch.
        """
        tokeniser = self.tokeniser
        frame = screened.frame
        texts = plan.texts()
        # Each text column's non-blank rows, in the steps they are scanned in; the model
        # starts on all of them now, while the cells below are tokenised.
        text_values = {column: frame[column].tolist() for column in texts}
        steps = {column: _steps(_non_blank(text_values[column])) for column in texts}
        if isinstance(self.scanner, LazyScanner):
            self.scanner.prefetch(
                [[text_values[c][i] for i in step] for c in texts for step in steps[c]]
            )
        out = frame.copy()
        originals: list[Original] = []
        for row, column, token, kind, value in screened.cells:
            originals.append(Original(token, Kind(kind), value, records[row]))
            tally.kept_cells[(column, kind)] += 1
            self.batch.add(kind, value)
        personal = plan.personal()
        self.batch.keep(r for r in refs if r.strip())
        parts_of: dict[str, list[list[Part]]] = {}
        for column, kind in personal:
            values = frame[column]
            done = {v: _replace_cell(v, kind, tokeniser) for v in values.unique()}
            self.batch.add_all((k, o) for _, parts in done.values() for _, k, o in parts)
            out[column] = values.map(lambda v, d=done: d[v][0])
            parts_of[column] = [done[v][1] for v in values.tolist()]
            for parts, record in zip(parts_of[column], records, strict=True):
                if parts:
                    originals.extend(Original(t, Kind(k), o, record) for t, k, o in parts)
                    tally.cells[column] += 1
        joined = _joined_addresses(frame, [c for c, kind in personal if kind == "ADDRESS"])
        self.batch.add_all(("ADDRESS", a) for a in joined if a)
        if texts:
            keep = plan.kept()
            deny_rows = [
                [(k, o) for column, _ in personal for _, k, o in parts_of[column][i]]
                + ([("ADDRESS", joined[i])] if joined and joined[i] else [])
                for i in range(len(frame))
            ]
            allowed = {value_key(a) for a in extra_allow}
            allow_rows: list[set[str]] = [set() for _ in range(len(frame))]
            for column in keep:
                merchant = column in merchant_columns
                for i, value in enumerate(frame[column].tolist()):
                    if value.strip() and (not merchant or value_key(value) in allowed):
                        allow_rows[i].add(value)
            for n, column in enumerate(texts):
                values = text_values[column]
                if not steps[column]:
                    continue  # no text in this chunk: the model need not even load
                todo = [i for step in steps[column] for i in step]
                spans = []
                for step in steps[column]:
                    spans += self.scanner.scan(
                        [values[i] for i in step],
                        [deny_rows[i] for i in step],
                        [allow_rows[i] | set(extra_allow) for i in step],
                        self.batch,
                    )
                    if scanned is not None:  # rows passed, over all the text columns
                        scanned((n * len(frame) + step[-1] + 1) // len(texts))
                new_values = list(values)
                for i, found in zip(todo, spans, strict=True):
                    if not found:
                        continue
                    text, replaced = replace_spans(
                        values[i], [(s.start, s.end, s.kind) for s in found], tokeniser
                    )
                    new_values[i] = text
                    known = {values[i][s.start : s.end] for s in found if not s.guessed}
                    for token, kind, original in replaced:
                        guess = original not in known and kind in ("NAME", "ADDRESS")
                        originals.append(
                            Original(token, Kind(kind), original, records[i], True, guess)
                        )
                        tally.free_text[kind] += 1
                    tally.cells[column] += 1
                out[column] = new_values
        tally.originals += len(originals)
        return Redacted(out, originals)


def _non_blank(values: Sequence[str]) -> list[int]:
    return [i for i, v in enumerate(values) if v.strip()]


def _steps(rows: list[int]) -> list[list[int]]:
    """``rows`` in near-equal steps of at least ``SCAN_STEP`` (one step when fewer): a short
    last step (1,667 of 6,667) would fall below min_texts_per_process and run NER here alone."""
    count = max(1, len(rows) // SCAN_STEP)
    size = max(1, -(-len(rows) // count))
    return [rows[at : at + size] for at in range(0, len(rows), size)]


def personal_values(frame: pd.DataFrame, plan: Plan) -> Iterator[tuple[str, str]]:
    """The (kind, value) pairs the personal columns of ``frame`` hold, a mixed cell part by
    part, as ``Redactor.redact`` hands them to the batch list."""
    for column, kind in plan.personal():
        for value in frame[column].unique():
            if not isinstance(value, str) or not value.strip():
                continue
            parts = cell_parts(value, kind)
            if parts is None:
                yield kind, value
            else:
                yield from ((k, value[s:e]) for s, e, k in parts)


def _joined_addresses(frame: pd.DataFrame, columns: Sequence[str]) -> list[str]:
    """Each row's address over several columns (House Name/No, Street, Post Town) as one
    value, so a note's "12 Acacia Road" is found whole; nothing when one column holds it."""
    if len(columns) < 2:
        return []
    rows = zip(*(frame[c].tolist() for c in columns), strict=True)
    return [", ".join(v.strip() for v in values if v.strip()) for values in rows]


def _replace_cell(value: str, kind: str, tokeniser: Tokeniser) -> tuple[str, list[Part]]:
    """A personal column's cell with its token, or each of its parts with theirs (a phone and
    an e-mail, a name and an e-mail); the parts replaced."""
    parts = cell_parts(value, kind)
    if parts is None:
        token = tokeniser.token(kind, value)
        return (token, [(token, kind, value)]) if token else (value, [])
    text, replaced = replace_spans(value, parts, tokeniser)
    return text, replaced
