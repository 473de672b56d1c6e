"""Findings in free text (``Span``) and how overlapping findings are resolved."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Sources of findings that come from a list of known values, not from reading the text.
ROW = "row"  # the row's own column values
BATCH = "batch"  # a value from another row or file of the batch (``batchlist``)
# Kinds whose neighbouring findings belong together ("Jane" + "O'Brien", "12 High St" + "Leeds").
_JOINABLE = {"NAME": " \t-'", "ADDRESS": " \t,\n-"}


@dataclass(frozen=True, slots=True)
class Span:
    """One personal value inside a text: offsets, token kind, confidence, and who found it.

    ``source`` is "row" for the row's own values (the deny-list) or the recognizer's name.
    """

    start: int
    end: int
    kind: str
    score: float
    source: str

    @property
    def guessed(self) -> bool:
        """A name or address the model or a context rule read into the text, not a known value.

        "Lola" may be a person in one note and a product ("Lola ankle boots") in the next: a
        guess in one note says nothing about another.
        """
        return self.kind in ("NAME", "ADDRESS") and self.source not in (ROW, BATCH)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def __len__(self) -> int:
        return self.end - self.start


def _merge_same_kind(spans: list[Span], text: str, join: bool) -> list[Span]:
    """Union overlapping findings of one kind; with ``join``, NAME/ADDRESS parts a gap apart too."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.kind, s.start, -s.end)):
        last = merged[-1] if merged else None
        if last is not None and last.kind == span.kind:
            gap = text[last.end : span.start] if span.start > last.end else ""
            joinable = _JOINABLE.get(span.kind) if join else None
            touching = span.start < last.end or (
                joinable is not None and len(gap) <= 2 and all(c in joinable for c in gap)
            )
            if touching:
                sources = dict.fromkeys([*last.source.split("+"), *span.source.split("+")])
                merged[-1] = Span(
                    last.start,
                    max(last.end, span.end),
                    span.kind,
                    max(last.score, span.score),
                    "+".join(sources),
                )
                continue
        merged.append(span)
    return merged


def resolve_overlaps(spans: Iterable[Span], text: str) -> list[Span]:
    """Non-overlapping findings in text order.

    Overlapping findings of one kind are united first. Between kinds the longer span wins,
    then the higher score, then a finding from the row's own values (exact knowledge beats a
    model's guess); the winner grows over the part of the other that sticks out, so no
    character either found is left (a NAME running into a spaced postcode takes it in).
    Last, NAME and ADDRESS parts separated by a space or comma are joined into one finding
    ("Jane" + "O'Brien", "45 High St" + "Leeds").
    """
    united = _merge_same_kind(list(spans), text, join=False)
    ranked = sorted(
        united, key=lambda s: (-(s.end - s.start), -s.score, s.source != "row", s.start)
    )
    chosen: list[Span] = []
    for span in ranked:
        overlapping = [c for c in chosen if span.overlaps(c.start, c.end)]
        if not overlapping:
            chosen.append(span)
            continue
        winner = overlapping[0]
        start = min(span.start, *(c.start for c in overlapping))
        end = max(span.end, *(c.end for c in overlapping))
        chosen = [c for c in chosen if c not in overlapping]
        chosen.append(Span(start, end, winner.kind, winner.score, winner.source))
    return sorted(_merge_same_kind(chosen, text, join=True), key=lambda s: s.start)


def covered(span: Span, ranges: Sequence[tuple[int, int]]) -> int:
    """How many characters of a span lie inside the given ranges (ranges may overlap)."""
    marks = [False] * (span.end - span.start)
    for start, end in ranges:
        for i in range(max(start, span.start), min(end, span.end)):
            marks[i - span.start] = True
    return sum(marks)
