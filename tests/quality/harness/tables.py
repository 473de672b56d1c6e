"""Printing scores: counts and percentages per kind, per form, per keep kind; never a value."""

from __future__ import annotations

from collections.abc import Sequence

from harness.judge import PERSONAL, Score, Tally, pct


def rate(t: Tally | None) -> str:
    """``leaked/planted pct`` with the partial leaks beside it."""
    if t is None or not t.planted:
        return "-"
    return f"{t.leak}/{t.planted} {pct(t.leak, t.planted)}" + (
        f" (+{t.partial} partial)" if t.partial else ""
    )


def intact(t: Tally | None) -> str:
    """KEEP spans intact: ``kept/planted pct`` (a KEEP tally's ``leak`` counts the broken)."""
    if t is None or not t.planted:
        return "-"
    return f"{t.planted - t.leak}/{t.planted} {pct(t.planted - t.leak, t.planted)}"


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def kind_rows(columns: Sequence[tuple[str, Score]]) -> list[list[str]]:
    """One row per personal kind and the overall row."""
    rows = [[k.value, *(rate(s.kinds.get(k)) for _, s in columns)] for k in PERSONAL]
    rows.append(["overall", *(rate(s.overall()) for _, s in columns)])
    return rows


def print_spans(columns: Sequence[tuple[str, Score]], forms: bool) -> None:
    """Leaks per kind, clean notes touched, KEEP spans intact per keep kind (and per form)."""
    rows = kind_rows(columns)
    rows.append(
        [
            "clean notes touched",
            *(f"{s.clean_touched}/{s.clean} {pct(s.clean_touched, s.clean)}" for _, s in columns),
        ]
    )
    rows.append(["KEEP spans intact", *(intact(s.keep_total()) for _, s in columns)])
    rows += [
        [f"  KEEP {f} intact", *(intact(s.keep.get(f)) for _, s in columns)]
        for f in sorted({f for _, s in columns for f in s.keep})
    ]
    print_table(["kind: leaked/planted", *(n for n, _ in columns)], rows)
    if forms:
        print()
        keys = sorted(
            {key for _, s in columns for key in s.forms}, key=lambda k: (k[0].value, k[1])
        )
        detail = [
            [f"{k.value} {f}", *(rate(s.forms.get((k, f))) for _, s in columns)] for k, f in keys
        ]
        print_table(["by form", *(n for n, _ in columns)], detail)
