"""Chunk redaction: personal columns replaced whole, personal spans in free text, originals collected."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import pandas as pd

from pipeline.config import DetectionConfig
from pipeline.detect import Span, load_detector
from pipeline.models import Kind, Original
from pipeline.pseudonymise import Tokeniser, replace_spans
from pipeline.runner.plan import Plan


class Scanner(Protocol):
    """What redaction needs from the detector (a stub in fast tests)."""

    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
    ) -> list[list[Span]]: ...

    def versions(self) -> dict[str, str]: ...


class LazyScanner:
    """The real detector, loaded on the first text to scan (or ``load``), then kept."""

    def __init__(self, detection: DetectionConfig) -> None:
        self._detection = detection
        self._loaded: Scanner | None = None

    def load(self) -> Scanner:
        if self._loaded is None:
            self._loaded = load_detector(self._detection)
        return self._loaded

    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
    ) -> list[list[Span]]:
        return self.load().scan(texts, deny, allow)

    def versions(self) -> dict[str, str]:
        return self._loaded.versions() if self._loaded is not None else {}


@dataclass
class Tally:
    """What a file's redaction replaced (counts, never values)."""

    cells: Counter[str] = field(default_factory=Counter)
    free_text: Counter[str] = field(default_factory=Counter)
    originals: int = 0


@dataclass(frozen=True, slots=True)
class Redacted:
    """One chunk after redaction, and the originals its tokens replaced."""

    frame: pd.DataFrame
    originals: list[Original]


@dataclass(frozen=True, slots=True)
class Redactor:
    """Redacts chunks with one tokeniser and one scanner, for every file of a batch."""

    tokeniser: Tokeniser
    scanner: Scanner

    def warm(self) -> None:
        """Load the model now (its own stage in the timings, not the first chunk's)."""
        if isinstance(self.scanner, LazyScanner):
            self.scanner.load()

    def redact(
        self,
        frame: pd.DataFrame,
        plan: Plan,
        records: Sequence[str],
        extra_allow: Collection[str],
        tally: Tally,
    ) -> Redacted:
        """Replace personal columns whole and personal spans in free text.

        ``records`` names each row's vault record; ``extra_allow`` is text never to treat
        as personal (the file's merchant names); ``tally`` counts what was replaced.
        """
        tokeniser = self.tokeniser
        out = frame.copy()
        originals: list[Original] = []
        personal = plan.personal()
        for column, kind in personal:
            values = frame[column]
            mapping = {v: tokeniser.token(kind, v) for v in values.unique()}
            out[column] = values.map(mapping)
            for value, record in zip(values, records, strict=True):
                token = mapping[value]
                if token:
                    originals.append(Original(token, Kind(kind), value, record))
                    tally.cells[column] += 1
        texts = plan.texts()
        if texts:
            keep = plan.kept()
            deny_rows = _row_values(frame, [c for c, _ in personal], [k for _, k in personal])
            allow_rows = _row_values(frame, keep, ["" for _ in keep])
            for column in texts:
                values = frame[column].tolist()
                todo = [i for i, v in enumerate(values) if v.strip()]
                if not todo:
                    continue  # no text in this chunk: the model need not even load
                spans = self.scanner.scan(
                    [values[i] for i in todo],
                    [deny_rows[i] for i in todo],
                    [{v for _, v in allow_rows[i]} | set(extra_allow) for i in todo],
                )
                new_values = list(values)
                for i, found in zip(todo, spans, strict=True):
                    if not found:
                        continue
                    text, replaced = replace_spans(
                        values[i], [(s.start, s.end, s.kind) for s in found], tokeniser
                    )
                    new_values[i] = text
                    for token, kind, original in replaced:
                        originals.append(Original(token, Kind(kind), original, records[i]))
                        tally.free_text[kind] += 1
                    tally.cells[column] += 1
                out[column] = new_values
        tally.originals += len(originals)
        return Redacted(out, originals)


def _row_values(
    frame: pd.DataFrame, columns: Sequence[str], kinds: Sequence[str]
) -> list[list[tuple[str, str]]]:
    """Per row, the (kind, value) pairs of the given columns that are not blank."""
    if not columns:
        return [[] for _ in range(len(frame))]
    rows: list[list[tuple[str, str]]] = []
    for cells in zip(*(frame[c].tolist() for c in columns), strict=True):
        rows.append([(k, v) for k, v in zip(kinds, cells, strict=True) if v.strip()])
    return rows
