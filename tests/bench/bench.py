"""Throughput and memory of the whole pipeline on generated claim files, against plain Presidio.

Run ``make bench`` (``.venv/bin/python tests/bench/bench.py``). For each size (default 10,000
and 100,000 rows) it

1. writes a TopCashback claim file and its order export with the samples generator (comments
   in 75 % of rows), keeping the gold labels of a fixed sample of rows;
2. runs the pipeline as a user would, ``.venv/bin/claims --data <tmp> --json run`` as a
   process (model load included) with fresh keys in ``CLAIMS_KEYS``, polling the memory of
   the process and its NER workers, and reads the per-stage seconds from its JSON;
3. runs plain Presidio on a sample of the same rows, in this process, one process: cell by
   cell (``AnalyzerEngine.analyze`` + ``AnonymizerEngine.anonymize``, default recognizers,
   the pinned spaCy model) and column-wise with ``BatchAnalyzerEngine.analyze_dict`` +
   ``BatchAnonymizerEngine`` (``batch_size`` 256); their model load is not counted, ours is;
4. times spaCy's NER alone (only ``tok2vec`` + ``ner``, ``nlp.pipe``, one process) on the
   file's distinct comments, the floor for the free-text scan;
5. scores leaks on the sampled rows with the evaluation's scorer (``tests/quality``), ours
   and plain Presidio's on the same rows.

It prints rows/s (wall and per CPU-second), the ratio to each baseline, seconds per stage,
peak memory and the machine's load average, and with ``--markdown FILE`` / ``--json FILE``
writes them out. The machine may be shared: compare CPU-seconds when the load average says
the wall clock was disturbed. Nothing here is a test: ``make test`` never depends on speed.
Nothing personal is printed: counts, seconds and kinds only.
"""

from __future__ import annotations

import argparse
import base64
import csv
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "quality"))

import build  # noqa: E402  (tests/quality/build.py: loads the samples generator)
import evaluate  # noqa: E402  (tests/quality/evaluate.py: plain Presidio and the scorer)

PROFILE = "topcashback"
NOTES_SHARE = 0.75
SEED = 20260901
STAGES = ("ingest", "plan", "model_load", "redact", "vault", "decide", "write", "leak_check")


# ---------------------------------------------------------------------------- helpers


def load_average() -> float:
    try:
        return float(Path("/proc/loadavg").read_text(encoding="ascii").split()[0])
    except OSError:
        return float("nan")


def fresh_keys() -> str:
    """A throw-away key file's JSON, for ``CLAIMS_KEYS`` (nothing is written to disk)."""

    def key() -> str:
        return base64.b64encode(os.urandom(32)).decode("ascii")

    return json.dumps(
        {
            "format": "claims-keys",
            "version": 1,
            "pseudonym": {"version": 1, "key": key()},
            "kek": {"version": 1, "key": key()},
        }
    )


def chunk_rows() -> int:
    from pipeline.config import load_settings

    return load_settings(ROOT / "configs").pipeline.ingest.chunk_rows


def samples_as_of() -> str:
    from pipeline.config import load_settings

    settings = load_settings(ROOT / "configs")
    return str(settings.pipeline.paths.samples_as_of or "")


# ---------------------------------------------------------------------------- generation


@dataclass
class Generated:
    rows: int
    folder: Path
    claims: Path
    sample: list[int]  # data row numbers (from 1) whose gold labels are kept
    gold: list[dict[str, Any]]


def generate(rows: int, folder: Path, sample_rows: int) -> Generated:
    """The claim file and order export, with gold labels kept for a fixed sample of rows."""
    generator = build.load_generator()
    sample = sorted(random.Random(f"bench:{rows}").sample(range(1, rows + 1), sample_rows))
    wanted = set(sample)
    gold: list[dict[str, Any]] = []

    def keep(entry: dict[str, Any]) -> None:
        if entry["row"] in wanted:
            gold.append(entry)

    generator.generate(
        folder,
        rows=rows,
        seed=SEED,
        layouts=[PROFILE],
        notes_share=NOTES_SHARE,
        gold=keep,
        with_orders=True,
    )
    claims = next((folder / "inbox").rglob("*.csv"))
    return Generated(rows, folder, claims, sample, gold)


# ---------------------------------------------------------------------------- our pipeline


@dataclass
class Memory:
    """Peak memory of a process tree, polled: the largest process, and the tree's PSS sum.

    The largest process's peak is its ``VmHWM`` (the kernel's high-water mark of resident
    memory since ``exec``), so a spike between two polls still counts. ``wait4``'s
    ``ru_maxrss`` is not used: it also counts the moment between fork and exec, when the
    child is a copy of this bench process with its baselines and generated data loaded.
    """

    tree_pss_kb: int = 0
    largest_kb: int = 0
    samples: int = 0

    def poll(self, root: int) -> None:
        total = 0
        for pid in _tree(root):
            total += _status_kb(pid, "Pss:", "smaps_rollup")
            self.largest_kb = max(self.largest_kb, _status_kb(pid, "VmHWM:", "status"))
        self.tree_pss_kb = max(self.tree_pss_kb, total)
        self.samples += 1


def _tree(root: int) -> list[int]:
    pids = [root]
    i = 0
    while i < len(pids):
        try:
            tasks = Path(f"/proc/{pids[i]}/task").iterdir()
            for task in tasks:
                children = (task / "children").read_text(encoding="ascii").split()
                pids.extend(int(c) for c in children)
        except OSError:
            pass
        i += 1
    return pids


def _status_kb(pid: int, field_name: str, file: str) -> int:
    """A ``kB`` field of ``/proc/<pid>/<file>`` (0 once the process is gone)."""
    try:
        for line in Path(f"/proc/{pid}/{file}").read_text(encoding="ascii").splitlines():
            if line.startswith(field_name):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


@dataclass
class Run:
    rows: int
    comments: int
    wall: float
    cpu: float
    max_rss_kb: int
    tree_pss_kb: int
    load_before: float
    load_after: float
    status: str
    result: dict[str, Any]
    redacted: Path | None
    stages: dict[str, float] = field(default_factory=dict)


def run_pipeline(
    gen: Generated,
    workspace: Path,
    claims_cli: Path,
    poll: float,
    extra: Sequence[str] = (),
    keys: str | None = None,
    config: Path | None = None,
) -> Run:
    """``claims --data <workspace> --json run [extra]`` as a process; wall, CPU and memory of
    its tree. ``keys`` (key-file JSON) defaults to fresh ones."""
    if workspace.exists():
        shutil.rmtree(workspace)
    workspace.mkdir(parents=True)
    for name in ("inbox", "orders"):
        shutil.copytree(gen.folder / name, workspace / name)
    env = dict(os.environ, CLAIMS_KEYS=keys or fresh_keys())
    as_of = samples_as_of()
    if as_of:
        env["CLAIMS_NOW"] = as_of  # the generated claims are dated for the samples' day
    out_path = workspace.parent / f"{workspace.name}.json"
    err_path = workspace.parent / f"{workspace.name}.stderr"
    memory = Memory()
    load_before = load_average()
    with out_path.open("wb") as out, err_path.open("wb") as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            [
                str(claims_cli),
                "--data",
                str(workspace),
                *(("--config", str(config)) if config else ()),
                "--json",
                "run",
                *extra,
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=err,
        )
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            memory.poll(process.pid)
            time.sleep(poll)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
    # wait4's usage covers the process and the NER workers it waited for.
    cpu = usage.ru_utime + usage.ru_stime
    text = out_path.read_text(encoding="utf-8")
    try:
        result = json.loads(text) if text.strip() else {}
    except ValueError:
        result = {}
    files = result.get("files", [])
    status_text = (f"exit code {process.returncode}" if process.returncode else "ok") + "".join(
        f", {f['status']}" for f in files if f.get("status") != "processed"
    )
    stem = gen.claims.stem
    redacted = workspace / "out" / "redacted" / f"{stem}.redacted.csv"
    if not redacted.exists():  # the residual-leak check held it back: still measured and scored
        held = sorted((workspace / "quarantine").rglob(redacted.name))
        redacted = held[0] if held else redacted
    with gen.claims.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        notes = header.index("Member Comments") if "Member Comments" in header else -1
        comments = sum(1 for row in reader if notes >= 0 and row[notes].strip())
    run = Run(
        rows=gen.rows,
        comments=comments,
        wall=wall,
        cpu=cpu,
        max_rss_kb=memory.largest_kb,
        tree_pss_kb=memory.tree_pss_kb,
        load_before=load_before,
        load_after=load_average(),
        status=status_text,
        result=result,
        redacted=redacted if redacted.exists() else None,
    )
    run.stages = stage_seconds(run)
    return run


def stage_seconds(run: Run) -> dict[str, float]:
    """Seconds per stage from the run's JSON; the rest is start-up, orders and reports."""
    stages: dict[str, float] = dict.fromkeys(STAGES, 0.0)
    for file in run.result.get("files", []):
        for name, seconds in (file.get("timings") or {}).items():
            stages[name] = stages.get(name, 0.0) + float(seconds)
    batch = run.result.get("timings") or {}
    batch_total = float(batch.get("total", 0.0))
    in_files = sum(stages.values())
    cluster_start = float(batch.get("cluster_start", 0.0))
    if cluster_start >= 0.05:  # starting the Dask cluster (``--workers``)
        stages["cluster_start"] = cluster_start
    stages["orders+reports"] = max(0.0, batch_total - in_files - cluster_start)
    stages["startup"] = max(0.0, run.wall - batch_total) if batch_total else run.wall - in_files
    return {k: round(v, 2) for k, v in stages.items()}


# ---------------------------------------------------------------------------- baselines


@dataclass
class Baseline:
    name: str
    rows: int
    wall: float
    cpu: float
    outputs: dict[int, list[str]]  # data row number -> redacted cells

    @property
    def rate(self) -> float:
        return self.rows / self.wall if self.wall else 0.0

    @property
    def cpu_rate(self) -> float:
        return self.rows / self.cpu if self.cpu else 0.0

    def summary(self, rate: float, cpu_rate: float) -> dict[str, Any]:
        """Its figures, and how many times faster ``rate`` (rows/s) and ``cpu_rate`` are."""
        return {
            "rows": self.rows,
            "wall_s": round(self.wall, 2),
            "rows_per_s": round(self.rate, 2),
            "rows_per_cpu_s": round(self.cpu_rate, 2),
            "ratio": round(rate / self.rate, 1) if self.rate else None,
            "ratio_cpu": round(cpu_rate / self.cpu_rate, 1) if self.cpu_rate else None,
        }


def read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    return evaluate.read_table(path, "utf-8", ",")


def presidio_cell_by_cell(cells: dict[int, list[str]]) -> Baseline:
    """Plain Presidio as its README shows it: analyze, then anonymize, every cell on its own."""
    if evaluate._ENGINES is None:
        evaluate._start_presidio()
    for values in list(cells.values())[:3]:
        evaluate._presidio_row(values)  # warm-up: first calls build caches
    started, cpu = time.perf_counter(), time.process_time()
    outputs = {row: evaluate._presidio_row(values) for row, values in cells.items()}
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return Baseline("Presidio cell by cell", len(cells), wall, cpu, outputs)


def presidio_batch(header: Sequence[str], cells: dict[int, list[str]]) -> Baseline:
    """Presidio's batch API on the same kind of rows: ``analyze_dict`` over whole columns."""
    from presidio_analyzer import BatchAnalyzerEngine
    from presidio_anonymizer import BatchAnonymizerEngine

    if evaluate._ENGINES is None:
        evaluate._start_presidio()
    analyzer = BatchAnalyzerEngine(analyzer_engine=evaluate._ENGINES[0])
    anonymizer = BatchAnonymizerEngine()  # type: ignore[no-untyped-call]
    order = list(cells)
    columns = {name: [cells[row][i] for row in order] for i, name in enumerate(header)}
    started, cpu = time.perf_counter(), time.process_time()
    results = analyzer.analyze_dict(columns, language="en", batch_size=256)
    redacted = anonymizer.anonymize_dict(results)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    outputs = {row: [str(redacted[name][i]) for name in header] for i, row in enumerate(order)}
    return Baseline("Presidio BatchAnalyzerEngine", len(cells), wall, cpu, outputs)


def ner_alone(texts: list[str]) -> tuple[int, float, float]:
    """spaCy NER alone (tok2vec + ner, nlp.pipe, one process): texts, wall and CPU seconds."""
    import spacy

    nlp = spacy.load(
        evaluate.MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    )
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    return len(texts), time.perf_counter() - started, time.process_time() - cpu


# ---------------------------------------------------------------------------- leaks


def leak_score(
    gen: Generated, header: list[str], original: list[list[str]], outputs: dict[int, list[str]]
) -> evaluate.Score:
    """The evaluation's scorer on the rows in ``outputs`` (data row number -> redacted cells)."""
    name = gen.claims.name
    gold: dict[tuple[str, int, str], list[evaluate.Gold]] = {}
    for entry in gen.gold:
        if entry["row"] not in outputs:
            continue
        label = evaluate.Gold.of(entry, name)
        gold.setdefault((name, label.row, label.column), []).append(label)
    dataset = evaluate.Dataset(
        gen.folder, {"files": [{"file": name}]}, {name: (header, original)}, gold
    )
    redacted = [list(r) for r in original]
    for row, cells in outputs.items():
        redacted[row - 1] = cells
    return evaluate.score(dataset, {name: (header, redacted)}, {name: sorted(outputs)})


def text_leaks(score: evaluate.Score) -> str:
    """Free-text and column leaks per kind, e.g. ``NAME 0/812, EMAIL 1/240 (text); cells 0/9000``."""
    parts = []
    for kind in evaluate.KINDS:
        tally = score.tallies.get((kind, "text"))
        if tally and tally.planted:
            parts.append(f"{kind} {tally.leaked}/{tally.planted}")
    cells = [score.tallies[(k, "cell")] for k in evaluate.KINDS if (k, "cell") in score.tallies]
    planted = sum(t.planted for t in cells)
    leaked = sum(t.leaked for t in cells)
    keep = f"must-keep changed {score.keep_changed}/{score.keep_cells}"
    return f"text: {', '.join(parts)}; column cells: {leaked}/{planted}; {keep}"


# ---------------------------------------------------------------------------- report


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        lines.append(
            "| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--baseline-rows", type=int, default=200, help="rows plain Presidio does cell by cell"
    )
    parser.add_argument(
        "--batch-rows", type=int, default=500, help="rows BatchAnalyzerEngine does (0: skip)"
    )
    parser.add_argument(
        "--score-rows", type=int, default=2000, help="rows of our output scored for leaks"
    )
    parser.add_argument("--ner-texts", type=int, default=5000, help="comments spaCy NER times")
    parser.add_argument("--claims", type=Path, default=ROOT / ".venv" / "bin" / "claims")
    parser.add_argument("--workdir", type=Path, help="work here and keep it (default: a temp dir)")
    parser.add_argument("--poll", type=float, default=0.1, help="seconds between memory polls")
    parser.add_argument("--markdown", type=Path, help="write the results table here")
    parser.add_argument("--json", type=Path, help="write the results as JSON here")
    parser.add_argument(
        "--cluster",
        type=int,
        default=2,
        metavar="N",
        help="also run the smallest file on a local Dask cluster of N workers (0: skip)",
    )
    parser.add_argument(
        "--cluster-chunk-rows",
        type=int,
        default=2500,
        metavar="ROWS",
        help="ingest.chunk_rows of both cluster-row runs, so the file has chunks for every worker",
    )
    parser.add_argument(
        "--cluster-only",
        action="store_true",
        help="only the cluster row: one process against --cluster N workers, no baselines",
    )
    args = parser.parse_args(argv)

    work = args.workdir or Path(tempfile.mkdtemp(prefix="claims-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(
        f"{os.cpu_count()} CPUs, load average {load_average():.2f} at start; work folder {work}",
        flush=True,
    )
    results: list[dict[str, Any]] = []
    clustered: dict[str, Any] | None = None
    try:
        if not args.cluster_only:
            for rows in args.rows:
                results.append(bench_one(rows, work, args))
        if args.cluster or args.cluster_only:
            clustered = bench_cluster(min(args.rows), max(args.cluster, 1), work, args)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    if results:
        report(results, args)
    if clustered is not None:
        report_cluster(clustered, args)
    return 0


# ---------------------------------------------------------------------------- the cluster row

# Stages the driver runs whether or not the chunk work is on a cluster (docs/scale-out.md).
DRIVER_STAGES = ("ingest", "plan", "vault", "decide", "write", "leak_check")


def bench_cluster(rows: int, workers: int, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The same file, the same keys: one process, then ``--workers N``; rows/s, the overhead
    ratio, the driver's seconds per row, and whether the outputs are the same bytes."""
    step: Callable[[str], None] = lambda text: print(f"[cluster, {rows:,} rows] {text}", flush=True)  # noqa: E731
    folder = work / f"gen-{rows}"
    if (folder / "inbox").exists():
        claims = next((folder / "inbox").rglob("*.csv"))
        gen = Generated(rows, folder, claims, [], [])
    else:
        step("generating the claim file and order export")
        gen = generate(rows, folder, 0)
    keys = fresh_keys()
    config = _config_with_chunk_rows(work / "configs-cluster", args.cluster_chunk_rows)
    runs = {}
    for name, extra in (("one process", ()), (f"{workers} workers", ("--workers", str(workers)))):
        step(f"`claims run {' '.join(extra)}` (load average {load_average():.2f})")
        run = run_pipeline(
            gen, work / f"cluster-{len(runs)}", args.claims, args.poll, extra, keys, config
        )
        step(f"  {run.status}: {run.wall:.1f}s wall = {rows / run.wall:,.0f} rows/s")
        step("  stages (s): " + ", ".join(f"{k} {v}" for k, v in run.stages.items()))
        runs[name] = run
    alone, spread = runs.values()
    same = _outputs(work / "cluster-0") == _outputs(work / "cluster-1")
    driver = {k: alone.stages.get(k, 0.0) for k in DRIVER_STAGES}
    return {
        "rows": rows,
        "chunk_rows": args.cluster_chunk_rows,
        "workers": workers,
        "cpus": os.cpu_count(),
        "runs": {
            name: {
                "status": run.status,
                "wall_s": round(run.wall, 2),
                "cpu_s": round(run.cpu, 2),
                "rows_per_s": round(rows / run.wall, 1),
                "stages_s": run.stages,
                "load_average": [run.load_before, run.load_after],
                "cluster": run.result.get("cluster"),
            }
            for name, run in runs.items()
        },
        "overhead_ratio": round(spread.wall / alone.wall, 2),
        "identical_outputs": same,
        "driver_s_per_1k_rows": {k: round(1000 * v / rows, 3) for k, v in driver.items()},
        "driver_rows_per_s": round(rows / sum(driver.values()), 1)
        if sum(driver.values())
        else None,
    }


def _config_with_chunk_rows(folder: Path, rows: int) -> Path:
    """A copy of configs/ whose ``ingest.chunk_rows`` is ``rows``."""
    import re

    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(ROOT / "configs", folder)
    pipeline = folder / "pipeline.yaml"
    text = pipeline.read_text(encoding="utf-8")
    pipeline.write_text(
        re.sub(r"(?m)^(\s*chunk_rows:\s*)\d+", rf"\g<1>{rows}", text), encoding="utf-8"
    )
    return folder


def _outputs(workspace: Path) -> dict[str, str]:
    """SHA-256 of each file the run published or held back (never its content)."""
    import hashlib

    found = {}
    for folder in (workspace / "out", workspace / "quarantine" / "outputs"):
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                found[path.relative_to(workspace).as_posix()] = hashlib.sha256(
                    path.read_bytes()
                ).hexdigest()
    return found


def report_cluster(result: dict[str, Any], args: argparse.Namespace) -> None:
    rows = result["rows"]
    table_rows = [
        [
            name,
            f"{run['wall_s']:.1f}",
            f"{run['rows_per_s']:,.0f}",
            f"{run['cpu_s']:.1f}",
            f"{run['stages_s'].get('redact', 0.0):.1f}",
            f"{run['stages_s'].get('startup', 0.0):.1f}",
            "{:.1f}-{:.1f}".format(*run["load_average"]),
        ]
        for name, run in result["runs"].items()
    ]
    text = (
        f"\nCluster row: {rows:,} rows in chunks of {result['chunk_rows']:,}, `claims run` against "
        f"`claims run --workers {result['workers']}` ({result['cpus']} CPUs on this machine)\n\n"
    )
    text += table(
        [
            "run",
            "wall s",
            "rows/s",
            "CPU s",
            "redact s (waiting, on a cluster)",
            "startup s",
            "load avg",
        ],
        table_rows,
    )
    text += (
        f"\nOverhead ratio (cluster wall / one-process wall): {result['overhead_ratio']}; "
        f"outputs byte-identical: {result['identical_outputs']}\n"
        "Driver-side seconds per 1,000 rows (one process): "
        + ", ".join(f"{k} {v}" for k, v in result["driver_s_per_1k_rows"].items())
        + f"; the driver alone bounds a cluster at about {result['driver_rows_per_s']:,} rows/s\n"
    )
    print(text, end="")
    if args.markdown:
        with args.markdown.open("a", encoding="utf-8") as handle:
            handle.write(text)
    if args.json:
        path = args.json.with_name(args.json.stem + "-cluster.json")
        path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


def bench_one(rows: int, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    step: Callable[[str], None] = lambda text: print(f"[{rows:,} rows] {text}", flush=True)  # noqa: E731
    step("generating the claim file and order export")
    score_rows = min(rows, max(args.score_rows, args.baseline_rows, args.batch_rows))
    gen = generate(rows, work / f"gen-{rows}", score_rows)
    step(f"running `claims --data <tmp> --json run` (load average {load_average():.2f})")
    run = run_pipeline(gen, work / f"ws-{rows}", args.claims, args.poll)
    rate = rows / run.wall
    step(
        f"{run.status}: {run.wall:.1f}s wall = {rate:,.0f} rows/s; CPU {run.cpu:.1f}s = "
        f"{rows / run.cpu:,.0f} rows per CPU-second; peak RSS {run.max_rss_kb / 1024:.0f} MB "
        f"(largest process), {run.tree_pss_kb / 1024:.0f} MB (all processes, PSS); "
        f"load average {run.load_before:.2f} -> {run.load_after:.2f}"
    )
    step("stages (s): " + ", ".join(f"{k} {v}" for k, v in run.stages.items()))

    header, original = read_rows(gen.claims)
    ours_out: dict[int, list[str]] = {}
    if run.redacted is not None:
        _, redacted = read_rows(run.redacted)
        ours_out = {r: redacted[r - 1] for r in gen.sample if r - 1 < len(redacted)}
    cell_rows = gen.sample[: args.baseline_rows]
    step(f"plain Presidio cell by cell on {len(cell_rows)} of the rows")
    cell = presidio_cell_by_cell({r: original[r - 1] for r in cell_rows})
    step(f"  {cell.wall:.1f}s = {cell.rate:.1f} rows/s ({cell.cpu_rate:.1f} per CPU-second)")
    batch = None
    if args.batch_rows:
        batch_rows = gen.sample[: args.batch_rows]
        step(f"Presidio BatchAnalyzerEngine on {len(batch_rows)} of the rows")
        batch = presidio_batch(header, {r: original[r - 1] for r in batch_rows})
        step(f"  {batch.wall:.1f}s = {batch.rate:.1f} rows/s ({batch.cpu_rate:.1f} per CPU-second)")
    notes = header.index("Member Comments")
    texts = list(dict.fromkeys(r[notes] for r in original if r[notes].strip()))
    distinct = len(texts)
    ner_count, ner_wall, ner_cpu = ner_alone(texts[: args.ner_texts])
    step(
        f"spaCy NER alone: {ner_count / ner_wall:,.0f} comments/s "
        f"({ner_count / ner_cpu:,.0f} per CPU-second); the pipeline: "
        f"{run.comments / run.wall:,.0f} comments/s end to end"
    )
    ours_score = leak_score(gen, header, original, ours_out) if ours_out else None
    ours_same = (
        leak_score(gen, header, original, {r: ours_out[r] for r in cell_rows if r in ours_out})
        if ours_out
        else None
    )
    cell_score = leak_score(gen, header, original, cell.outputs)
    if ours_score:
        step(f"leaks, ours on {len(ours_out)} rows: {text_leaks(ours_score)}")
    if ours_same:
        step(f"leaks, ours on the {len(cell_rows)} Presidio rows: {text_leaks(ours_same)}")
    step(f"leaks, plain Presidio on {len(cell_rows)} rows: {text_leaks(cell_score)}")
    file = (run.result.get("files") or [{}])[0]
    return {
        "rows": rows,
        "comments": run.comments,
        "distinct_comments": distinct,
        "status": run.status,
        "wall_s": round(run.wall, 2),
        "cpu_s": round(run.cpu, 2),
        "rows_per_s": round(rate, 1),
        "rows_per_cpu_s": round(rows / run.cpu, 1),
        "comments_per_s": round(run.comments / run.wall, 1),
        "max_rss_mb": round(run.max_rss_kb / 1024),
        "tree_pss_mb": round(run.tree_pss_kb / 1024),
        "load_average": [run.load_before, run.load_after],
        "stages_s": run.stages,
        "residual_leak_hits": len(file.get("leaks") or []),
        "presidio_cell": cell.summary(rate, rows / run.cpu),
        "presidio_batch": None if batch is None else batch.summary(rate, rows / run.cpu),
        "ner_alone": {
            "texts": ner_count,
            "per_s": round(ner_count / ner_wall, 1),
            "per_cpu_s": round(ner_count / ner_cpu, 1),
        },
        "leaks": {
            "ours": text_leaks(ours_score) if ours_score else None,
            "ours_scored_rows": len(ours_out),
            "ours_on_presidio_rows": text_leaks(ours_same) if ours_same else None,
            "presidio": text_leaks(cell_score),
            "presidio_rows": len(cell_rows),
        },
    }


def report(results: list[dict[str, Any]], args: argparse.Namespace) -> None:
    headers = [
        "rows",
        "wall s",
        "rows/s",
        "rows/CPU-s",
        "× Presidio cell",
        "× Presidio batch",
        "peak RSS MB",
        "all procs PSS MB",
        "load avg",
    ]
    rows = []
    for r in results:
        cell, batch = r["presidio_cell"], r["presidio_batch"]
        rows.append(
            [
                f"{r['rows']:,}",
                f"{r['wall_s']:.1f}",
                f"{r['rows_per_s']:,.0f}",
                f"{r['rows_per_cpu_s']:,.0f}",
                f"{cell['ratio']} ({cell['ratio_cpu']} CPU)",
                f"{batch['ratio']} ({batch['ratio_cpu']} CPU)" if batch else "-",
                str(r["max_rss_mb"]),
                str(r["tree_pss_mb"]),
                "{:.1f}-{:.1f}".format(*r["load_average"]),
            ]
        )
    stage_names = list(dict.fromkeys(k for r in results for k in r["stages_s"]))
    stage_rows = [
        [f"{r['rows']:,}", *(f"{r['stages_s'].get(k, 0.0):.1f}" for k in stage_names)]
        for r in results
    ]
    base_rows = [
        [
            f"{r['rows']:,}",
            f"{r['presidio_cell']['rows_per_s']:.1f} ({r['presidio_cell']['rows']} rows)",
            f"{r['presidio_batch']['rows_per_s']:.1f} ({r['presidio_batch']['rows']} rows)"
            if r["presidio_batch"]
            else "-",
            f"{r['ner_alone']['per_s']:,.0f}",
            f"{r['comments_per_s']:,.0f}",
        ]
        for r in results
    ]
    text = "Pipeline end to end (`claims --json run` as a process, model load included)\n\n"
    text += table(headers, rows)
    text += "\nSeconds per stage (`startup`: imports and keys; model load is its own stage)\n\n"
    text += table(["rows", *stage_names], stage_rows)
    text += "\nBaselines (one process, model load not counted)\n\n"
    text += table(
        [
            "rows",
            "Presidio cell by cell rows/s",
            "BatchAnalyzerEngine rows/s",
            "spaCy NER alone comments/s",
            "pipeline comments/s",
        ],
        base_rows,
    )
    text += "\nLeaks on sampled rows (leaked/planted, evaluation scorer)\n\n"
    for r in results:
        leaks = r["leaks"]
        text += f"- {r['rows']:,} rows, ours on {leaks['ours_scored_rows']} rows: {leaks['ours']}\n"
        text += (
            f"- {r['rows']:,} rows, ours on the Presidio rows: {leaks['ours_on_presidio_rows']}\n"
        )
        text += (
            f"- {r['rows']:,} rows, plain Presidio on {leaks['presidio_rows']} rows: "
            f"{leaks['presidio']}\n"
        )
        text += (
            f"- {r['rows']:,} rows: residual-leak check hits {r['residual_leak_hits']}, "
            f"status {r['status']}\n"
        )
    if len(results) >= 2:
        small, large = results[0], results[-1]
        growth = large["rows_per_s"] / small["rows_per_s"] - 1
        cpu_growth = large["rows_per_cpu_s"] / small["rows_per_cpu_s"] - 1
        memory = large["max_rss_mb"] / small["max_rss_mb"] - 1
        text += (
            f"\nLinearity: rows/s {growth:+.0%} from {small['rows']:,} to {large['rows']:,} rows "
            f"({cpu_growth:+.0%} per CPU-second); peak RSS {memory:+.0%} "
            f"(files are processed {chunk_rows():,} rows at a time: `ingest.chunk_rows`).\n"
        )
    print()
    print(text, end="")
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # no core dump of personal data on a crash
    sys.exit(main())
