"""One evaluation run (``make eval``): spans on notes, the product on a batch, speed.

A set describes itself in an ``EvalSet``; ``main`` then

1. SPANS: scans each of the set's note collections with ``Detector.scan`` (no row deny-list:
   every person in a note is a stranger to the row; the allow-list holds what the note's row
   would hold: its merchant, order ref, claim id and the batch refs it mentions) and the first
   few with plain Presidio as the baseline; prints leaks per kind, clean notes touched, KEEP
   spans intact per keep kind;
2. PRODUCT: builds the set's claim batch, runs ``claims run`` on it with the set's profiles,
   then again with none (column cells only), see ``product.py``;
3. SPEED (a benchmark, never a test): the whole ``claims run`` against plain Presidio cell by
   cell on rows of the same files, and the detector against spaCy NER alone and plain Presidio
   on the same notes, all in the same run.

Only counts and percentages are printed, never a value.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from harness.engines import load_ours, ner_alone, presidio_scan, scan_ours
from harness.judge import Labelled, Score
from harness.product import Gold, Layout, presidio_rows, print_product, run_product
from harness.tables import print_spans

ROOT = Path(__file__).resolve().parents[3]


class Note(Protocol):
    """What the runner reads from a set's note."""

    @property
    def text(self) -> str: ...
    @property
    def labels(self) -> Sequence[Labelled]: ...
    @property
    def allow(self) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class Sizes:
    """How big a run is: notes per collection, Presidio baseline notes, batch claims, Presidio rows."""

    notes: dict[str, int]
    baseline: int
    claims: int
    presidio_rows: int


@dataclass(frozen=True, slots=True)
class EvalSet:
    """A set's material and how to build it; everything else is shared."""

    title: str
    notes: Callable[[str, int], Sequence[Note]]  # (collection, count) -> notes
    speed_notes: str  # the collection the speed figures are taken on
    layouts: Sequence[Layout]
    profiles: Path
    build_batch: Callable[[Path, int, bool], None]  # (folder, claims, own order layout too)
    read_gold: Callable[[Path], Gold]
    generic: frozenset[str]
    sizes: dict[str, Sizes]  # "full", "small"


def score_notes(
    notes: Sequence[Note], ranges: Sequence[Sequence[tuple[int, int]]], generic: frozenset[str]
) -> Score:
    result = Score(generic=generic)
    for note, found in zip(notes, ranges, strict=True):
        result.add(note.text, note.labels, list(found))
    return result


def run_spans(
    spec: EvalSet, sizes: Sizes, detector: Any, workers: int, forms: bool
) -> dict[str, tuple[int, float]]:
    """Detector and plain Presidio on each note collection; Presidio's (notes, seconds) each."""
    timings: dict[str, tuple[int, float]] = {}
    for name, count in sizes.notes.items():
        notes = spec.notes(name, count)
        found, _ = scan_ours(detector, [n.text for n in notes], [set(n.allow) for n in notes])
        ours = score_notes(notes, found, spec.generic)
        sample = list(notes[: sizes.baseline])
        plain, plain_seconds = presidio_scan([[n.text] for n in sample], workers)
        ours_sample = score_notes(sample, found[: len(sample)], spec.generic)
        theirs = score_notes(sample, [cells[0] for cells in plain], spec.generic)
        print(
            f"\n== 1. Spans: {name} ({len(notes)} notes, {ours.clean} without personal data; "
            f"plain Presidio on the first {len(sample)})"
        )
        print_spans(
            [
                (f"ours, {len(notes)}", ours),
                (f"ours, first {len(sample)}", ours_sample),
                (f"plain Presidio, {len(sample)}", theirs),
            ],
            forms,
        )
        timings[name] = (len(sample), plain_seconds)
    return timings


def run_batch(spec: EvalSet, sizes: Sizes, args: argparse.Namespace) -> None:
    """The product with the set's profiles and without; then its speed against plain Presidio."""
    with tempfile.TemporaryDirectory(prefix="eval-batch-") as folder:
        batch = Path(folder)
        spec.build_batch(batch, sizes.claims, True)
        gold = spec.read_gold(batch)
        layouts = len(spec.layouts)
        result = run_product(
            batch, spec.layouts, gold, spec.profiles, args.claims, args.timeout, spec.generic
        )
        title = f"{sizes.claims:,} claims, {layouts} unseen layouts"
        print_product(f"{title}, the set's profiles", result, sizes.claims, True)
        shutil.rmtree(batch)
        spec.build_batch(batch, sizes.claims, False)
        gold = spec.read_gold(batch)
        bare = run_product(batch, spec.layouts, gold, None, args.claims, args.timeout, spec.generic)
        print_product(f"{title}, no profile for them", bare, sizes.claims, False)
        rows, seconds = presidio_rows(batch, spec.layouts, sizes.presidio_rows, args.workers)
    ours = sizes.claims / max(result.seconds, 1e-9)
    theirs = rows / seconds
    print(
        f"\n== 3. Speed, product: claims run {ours:,.0f} claims/s (whole process, orders "
        f"included) vs plain Presidio cell by cell {theirs:,.1f} rows/s on {rows} rows of the "
        f"same files ({args.workers} processes each): {ours / theirs:,.0f}x"
    )


def run_speed(spec: EvalSet, sizes: Sizes, detector: Any, plain: tuple[int, float]) -> None:
    """The detector, spaCy NER alone and plain Presidio on the same notes in the same run."""
    count = sizes.notes[spec.speed_notes]
    texts = [n.text for n in spec.notes(spec.speed_notes, count)]
    started = time.perf_counter()
    detector.scan(texts, [[] for _ in texts], [set() for _ in texts])
    whole = time.perf_counter() - started
    ner = ner_alone(texts)
    plain_count, plain_seconds = plain
    print(
        f"\n== 3. Speed, notes ({len(texts)} {spec.speed_notes}, same run): whole detector "
        f"{len(texts) / whole:,.0f} notes/s ({detector.cfg.processes} processes); spaCy NER "
        f"alone {len(texts) / ner:,.0f} notes/s (1 process); plain Presidio "
        f"{plain_count / plain_seconds:,.1f} notes/s ({plain_count} notes)"
    )
    print(
        f"   detector / NER alone time: {whole / ner:.2f}x; detector vs plain Presidio: "
        f"{(len(texts) / whole) / (plain_count / plain_seconds):,.0f}x faster"
    )


def main(spec: EvalSet, argv: Sequence[str] | None = None, doc: str = "") -> int:
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="a quick run on a small set")
    parser.add_argument("--claims", type=Path, default=ROOT / ".venv" / "bin" / "claims")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--no-product", action="store_true", help="skip the claims run")
    parser.add_argument("--no-spans", action="store_true", help="skip the detector on notes")
    parser.add_argument("--forms", action="store_true", help="break leaks down by written form")
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument(
        "--model",
        help="a spaCy pipeline directory for the detector on notes (the claims run "
        "keeps the configured one)",
    )
    args = parser.parse_args(argv)
    sizes = spec.sizes["small" if args.small else "full"]
    print(spec.title)
    detector, timings = None, {}
    if not args.no_spans:
        detector = load_ours(ROOT, args.model)
        timings = run_spans(spec, sizes, detector, args.workers, args.forms)
    if not args.no_product:
        run_batch(spec, sizes, args)
    if detector is not None:
        run_speed(spec, sizes, detector, timings[spec.speed_notes])
        detector.close()
    return 0
