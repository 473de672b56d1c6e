"""Stand-ins for runner tests: a detector that needs no model, and settings with small chunks.

``DenyListScanner`` finds only the row's own values (the deny-list), case-insensitively, which
is enough to exercise every path of the runner in milliseconds; detection quality is tested
with the real model elsewhere.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

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
