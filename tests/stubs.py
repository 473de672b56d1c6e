"""Stand-ins for runner tests: a detector that needs no model, and settings with small chunks.

``DenyListScanner`` finds only the row's own values (the deny-list), case-insensitively, which
is enough to exercise every path of the runner in milliseconds; detection quality is tested
with the real model elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence
from pathlib import Path

from pipeline.config import Settings
from pipeline.detect import BatchValues, Span
from pipeline.detect.patterns import fold
from pipeline.detect.rowlists import allowed_ranges, drop_allowed
from pipeline.detect.spans import resolve_overlaps


def with_chunk_rows(settings: Settings, rows: int) -> Settings:
    """The same settings, reading files ``rows`` rows at a time."""
    ingest = settings.pipeline.ingest.model_copy(update={"chunk_rows": rows})
    return settings.model_copy(
        update={"pipeline": settings.pipeline.model_copy(update={"ingest": ingest})}
    )


class DenyListScanner:
    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
        batch: BatchValues | None = None,
    ) -> list[list[Span]]:
        found: list[list[Span]] = []
        for text, values, allow_row in zip(texts, deny, allow, strict=True):
            spans: list[Span] = []
            folded = text.casefold()
            for kind, value in values:
                needle = value.strip().casefold()
                start = folded.find(needle) if len(needle) > 2 else -1
                while start >= 0:
                    end = start + len(needle)
                    if not any(s.start < end and start < s.end for s in spans):
                        spans.append(Span(start, end, kind, 1.0, "row"))
                    start = folded.find(needle, end)
            if batch is not None:  # as the detector does: allowed text stays
                allowed = allowed_ranges(text, allow_row, fold(text)) + batch.kept_ranges(text)
                spans += drop_allowed(batch.find(text), allowed)
            found.append(resolve_overlaps(spans, text))
        return found

    def versions(self) -> dict[str, str]:
        return {"detector": "stub"}


class RowOnlyScanner(DenyListScanner):
    """The stub without the batch-wide list: only a row's own values are found."""

    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
        batch: BatchValues | None = None,
    ) -> list[list[Span]]:
        return super().scan(texts, deny, allow)


# A text that makes ``KillingScanner`` end its worker process: synthetic, never personal.
KILL_TRIGGER = "zz-kill-this-worker"


class KillingScanner(DenyListScanner):
    """Ends the process it scans in (a Dask worker) on a text holding ``KILL_TRIGGER``.

    With ``once`` (a path) only the first worker to meet the trigger dies, the file marking
    that it did; without, every worker that meets it dies, so the chunk can never finish.
    """

    def __init__(self, once: Path | None = None) -> None:
        self.once = once

    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
        batch: BatchValues | None = None,
    ) -> list[list[Span]]:
        if any(KILL_TRIGGER in text for text in texts) and self._dies():
            os._exit(70)
        return super().scan(texts, deny, allow, batch)

    def _dies(self) -> bool:
        if self.once is None:
            return True
        try:
            os.close(os.open(self.once, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            return False
        return True
