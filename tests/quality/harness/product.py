"""The product on a set's claim batch: ``claims run`` in a fresh workspace, outputs scored as published.

``run_product`` copies the batch's ``inbox/`` and ``orders/`` into a temporary workspace, runs
``claims --data <tmp> --json run`` (``CLAIMS_NOW`` fixed, ``CLAIMS_CONFIG`` a copy of
``configs/`` with the set's profiles added, or none) and scores ``out/``: column-cell leaks per
kind, must-keep cells byte-identical, free-text leaks per kind, per layout, every file
published, the batch report written. Its own output is never echoed: only the exit code,
statuses and hit kinds are read from the JSON.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from harness.engines import presidio_scan
from harness.judge import Kind, Label, Score, align, pct
from harness.tables import intact, kind_rows, print_table, rate

NOW = "2026-09-30T12:00:00+00:00"
# (file, row number from 1, column) -> gold entries {kind, start, end, form, where}
Gold = dict[tuple[str, int, str], list[dict[str, Any]]]


class Layout(Protocol):
    """What the product run reads from a set's claim layout."""

    @property
    def file(self) -> str: ...
    @property
    def encoding(self) -> str: ...
    @property
    def delimiter(self) -> str: ...
    @property
    def notes(self) -> str: ...
    @property
    def headers(self) -> list[str]: ...


@dataclass
class LayoutScore:
    """One claim file's output: its column cells, its notes, its must-keep cells."""

    cells: Score
    texts: Score
    keep_cells: int = 0
    keep_changed: int = 0
    status: str = "no output"


@dataclass
class ProductResult:
    """A whole run's scores and what the run itself said (statuses and hit kinds only)."""

    cells: Score
    texts: Score
    layouts: dict[str, LayoutScore] = field(default_factory=dict)
    by_column: dict[str, Score] = field(default_factory=dict)
    report: str = "MISSING"
    inputs_quarantined: int = 0
    exit: int | str = "not run"
    status: str = ""
    files: str = ""
    hits: str = ""
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for s in self.layouts.values() if s.status == status)


def _read(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def _labels(entries: Sequence[dict[str, Any]]) -> list[Label]:
    return [Label(Kind(e["kind"]), e["start"], e["end"], e["form"]) for e in entries]


def run_product(
    batch: Path,
    layouts: Sequence[Layout],
    gold: Gold,
    profiles: Path | None,
    claims: Path,
    timeout: float,
    generic: frozenset[str],
) -> ProductResult:
    """``claims run`` on a copy of the batch in a fresh workspace; outputs scored as published."""
    root = Path(__file__).resolve().parents[3]
    work = Path(tempfile.mkdtemp(prefix="claims-eval-"))
    try:
        config = work / "config" / "configs"
        shutil.copytree(root / "configs", config)
        for path in sorted(profiles.glob("*.yaml")) if profiles else []:
            shutil.copy(path, config / "sources" / path.name)
        data = work / "data"
        shutil.copytree(batch / "inbox", data / "inbox")
        shutil.copytree(batch / "orders", data / "orders")
        env = {k: v for k, v in os.environ.items() if k not in ("CLAIMS_DATA", "CLAIMS_KEYS")}
        env.update(CLAIMS_CONFIG=str(config), CLAIMS_NOW=NOW)
        started = time.perf_counter()
        try:
            done = subprocess.run(
                [str(claims), "--data", str(data), "--json", "run"],
                cwd=work, env=env, capture_output=True, text=True, timeout=timeout, check=False,
            )  # fmt: skip
            code: int | str = done.returncode
            summary = _summary(done.stdout)
        except subprocess.TimeoutExpired:
            code, summary = "timeout", ("timeout", "", "")
        result = _score_outputs(batch, data, layouts, gold, generic)
        result.exit, (result.status, result.files, result.hits) = code, summary
        result.seconds = time.perf_counter() - started
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _summary(stdout: str) -> tuple[str, str, str]:
    """From the run's JSON: its status, file statuses and leak-check hit kinds (no values)."""
    try:
        document = json.loads(stdout)
    except json.JSONDecodeError:
        return "no JSON", "", ""
    files = Counter(
        str(f.get("status")) for f in [*document.get("files", []), *document.get("orders", [])]
    )
    hits = Counter(str(h[2]) for h in (document.get("leak_check") or {}).get("hits", []))
    return (
        str(document.get("status", "none given")),
        ", ".join(f"{n} {k}" for k, n in sorted(files.items())),
        ", ".join(f"{k} {n}" for k, n in sorted(hits.items())) or "none",
    )


def _output_of(data: Path, layout: Layout) -> tuple[Path | None, str]:
    name = f"{Path(layout.file).stem}.redacted.csv"
    path = data / "out" / "redacted" / name
    if path.exists():
        return path, "published"
    held = sorted((data / "quarantine").rglob(name)) if (data / "quarantine").exists() else []
    return (held[0], "held back") if held else (None, "no output")


def _score_outputs(
    batch: Path, data: Path, layouts: Sequence[Layout], gold: Gold, generic: frozenset[str]
) -> ProductResult:
    result = ProductResult(Score(generic=generic), Score(generic=generic))
    for layout in layouts:
        path, status = _output_of(data, layout)
        mine = LayoutScore(Score(generic=generic), Score(generic=generic), status=status)
        result.layouts[layout.file] = mine
        if path is None:
            continue
        original = _read(batch / "inbox" / layout.file, layout.encoding, layout.delimiter)
        output = _read(path, "utf-8", ",")
        header = [h.lstrip("\ufeff") for h in original[0]]
        out_header = [h.lstrip("\ufeff") for h in output[0]]
        where = {h: out_header.index(h) for h in header if h in out_header}
        for row_number, row in enumerate(original[1:], start=1):
            out_row = output[row_number] if row_number < len(output) else []
            for column, text in zip(header, row, strict=True):
                entries = gold.get((layout.file, row_number, column), [])
                at = where.get(column)
                if at is None or at >= len(out_row):
                    continue
                got = out_row[at]
                if column == layout.notes:
                    if text.strip():
                        ranges = align(text, got)
                        for score in (result.texts, mine.texts):
                            score.add(text, _labels(entries), ranges, got)
                elif entries and entries[0]["kind"] == "KEEP":
                    mine.keep_cells += 1
                    mine.keep_changed += got != text
                elif entries:
                    labels, ranges = _labels(entries), align(text, got)
                    for score in (result.cells, mine.cells):
                        score.add(text, labels, ranges, got)
                    result.by_column.setdefault(
                        f"{layout.file} / {column}", Score(generic=generic)
                    ).add(text, labels, ranges, got)
    reports = sorted((data / "reports").glob("*.json")) if (data / "reports").exists() else []
    quarantine = data / "quarantine"
    held_reports = sorted(quarantine.rglob("*.json")) if quarantine.exists() else []
    result.report = "written" if reports else "held back" if held_reports else "MISSING"
    result.inputs_quarantined = (
        sum(1 for p in quarantine.glob("*") if p.is_file() and not p.name.endswith(".reason.txt"))
        if quarantine.exists()
        else 0
    )
    return result


def print_product(title: str, result: ProductResult, claims: int, text: bool) -> None:
    """The run's statuses, column cells and free text per kind, per layout; counts only."""
    print(f"\n== 2. Product: {title}")
    print(
        f"claims run: exit {result.exit}, JSON status {result.status}, "
        f"{result.seconds:.0f}s ({claims / max(result.seconds, 1e-9):,.0f} claims/s); "
        f"files: {result.files}; residual-leak check hits by kind: {result.hits}"
    )
    print(
        f"claim files published {result.count('published')}/{len(result.layouts)}, held back "
        f"by the leak check {result.count('held back')}, no output {result.count('no output')}; "
        f"inputs quarantined {result.inputs_quarantined}; batch report in data/reports/: "
        f"{result.report}"
    )
    columns = [("column cells", result.cells)] + ([("free text", result.texts)] if text else [])
    print_table(["kind: leaked/planted", *(n for n, _ in columns)], kind_rows(columns))
    keep_cells = sum(s.keep_cells for s in result.layouts.values())
    keep_changed = sum(s.keep_changed for s in result.layouts.values())
    print(f"must-keep cells changed: {keep_changed}/{keep_cells}")
    if text:
        t = result.texts
        print(
            f"free text: clean notes touched {t.clean_touched}/{t.clean} "
            f"{pct(t.clean_touched, t.clean)}; KEEP spans intact {intact(t.keep_total())}"
        )
    rows = [
        [
            name, s.status, rate(s.cells.overall()),
            rate(s.texts.overall()) if text else "-", f"{s.keep_changed}/{s.keep_cells}",
        ]
        for name, s in result.layouts.items()
    ]  # fmt: skip
    print_table(
        ["layout file", "status", "column cells leaked", "free text leaked", "must-keep changed"],
        rows,
    )
    for column, score in sorted(result.by_column.items()):
        for kind, tally in sorted(score.kinds.items(), key=lambda kv: kv[0].value):
            if tally.leak:
                print(f"  column cells leaked in {column}: {kind.value} {rate(tally)}")
    for name, s in columns:
        if s.unaligned:
            print(
                f"{name}: {s.unaligned}/{s.texts} outputs did not line up with their input "
                "(judged by text search)"
            )


def presidio_rows(
    batch: Path, layouts: Sequence[Layout], count: int, workers: int
) -> tuple[int, float]:
    """Plain Presidio cell by cell on the first rows of every claim file: (rows, seconds)."""
    rows: list[list[str]] = []
    for layout in layouts:
        table = _read(batch / "inbox" / layout.file, layout.encoding, layout.delimiter)
        rows += table[1 : 1 + max(1, count // len(layouts))]
    _, seconds = presidio_scan(rows, workers)
    return len(rows), seconds
