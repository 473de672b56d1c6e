"""The free-text scan against spaCy NER alone on the same notes, in one process.

Run: ``.venv/bin/python tests/bench/bench_scan.py [--rows 10000] [--workdir DIR]``. It

1. writes the bench's TopCashback claim file and order export (``bench.generate``; kept and
   reused with ``--workdir``);
2. runs ``claims run`` on them in this process (throw-away keys), recording every call of
   ``Detector.scan``: its notes, row lists and the batch list as it stood;
3. times, in this process and one process only (``detection.processes: 1``), on those
   calls: ``Detector.scan`` as the pipeline made them (with the batch list, planned
   beforehand: in a run it is planned once per chunk while the NER workers run), the same
   without the batch list, and spaCy NER alone (``nlp.pipe`` of the same loaded pipeline,
   its NER and what NER listens to) on the same distinct notes; best of ``--repeat``.

It prints seconds, notes per second and the ratio of each scan to NER alone, and the
load average; counts and seconds only, never a note. Not collected by pytest.
"""

from __future__ import annotations

import argparse
import io
import os
import pickle
import sys
import time
from collections.abc import Callable, Collection, Sequence
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench  # noqa: E402  (tests/bench/bench.py: the generator and the throw-away keys)

from pipeline.cli import run_cli  # noqa: E402
from pipeline.config import load_settings  # noqa: E402
from pipeline.detect import BatchValues, Detector, load_detector  # noqa: E402

Call = tuple[list[str], list[list[tuple[str, str]]], list[Collection[str]], bytes]


def record_scans(gen: bench.Generated, workspace: Path) -> list[Call]:
    """Run ``claims run`` on the generated files here, keeping each scan's inputs."""
    import shutil

    calls: list[Call] = []
    original = Detector.scan

    def recording(
        self: Detector,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
        batch: BatchValues | None = None,
    ) -> Any:
        snapshot = pickle.dumps(batch if batch is not None else BatchValues())
        calls.append((list(texts), [list(d) for d in deny], [set(a) for a in allow], snapshot))
        return original(self, texts, deny, allow, batch)

    if workspace.exists():
        shutil.rmtree(workspace)
    workspace.mkdir(parents=True)
    for name in ("inbox", "orders"):
        shutil.copytree(gen.folder / name, workspace / name)
    os.environ["CLAIMS_KEYS"] = bench.fresh_keys()
    as_of = bench.samples_as_of()
    if as_of:
        os.environ["CLAIMS_NOW"] = as_of
    Detector.scan = recording  # type: ignore[method-assign]
    try:
        with redirect_stdout(io.StringIO()):
            code = run_cli(["--data", str(workspace), "--json", "run"])
    finally:
        Detector.scan = original  # type: ignore[method-assign]
    print(f"claims run: exit code {code}, {len(calls)} scans recorded", flush=True)
    return calls


def best(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=2, help="best of this many runs")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/claims-bench-scan"))
    args = parser.parse_args(argv)

    folder = args.workdir / f"gen-{args.rows}"
    if (folder / "inbox").exists():
        gen = bench.Generated(args.rows, folder, next((folder / "inbox").rglob("*.csv")), [], [])
    else:
        print(f"generating {args.rows:,} rows", flush=True)
        gen = bench.generate(args.rows, folder, 0)
    calls = record_scans(gen, args.workdir / f"ws-{args.rows}")

    settings = load_settings(bench.ROOT / "configs")
    cfg = settings.pipeline.detection.model_copy(update={"processes": 1})
    detector = load_detector(cfg)
    nlp = detector._nlp
    inputs = [(t, d, a, pickle.loads(b)) for t, d, a, b in calls]
    started = time.perf_counter()
    for *_, batch in inputs:
        batch.find("plan the list")  # once per chunk in a run, while the NER workers work
    planning = time.perf_counter() - started
    notes = [t for t, *_ in inputs]
    distinct = [list(dict.fromkeys(t for t in texts if t.strip())) for texts in notes]
    count = sum(len(d) for d in distinct)
    detector.scan(notes[0][:50], inputs[0][1][:50], inputs[0][2][:50], inputs[0][3])  # warm-up

    def ner() -> None:
        for texts in distinct:
            for _ in nlp.pipe(texts, batch_size=cfg.batch_size):
                pass

    def scan(with_batch: bool) -> Callable[[], None]:
        def run() -> None:
            for texts, deny, allow, batch in inputs:
                detector.scan(texts, deny, allow, batch if with_batch else None)

        return run

    print(f"load average {bench.load_average():.2f}; {count:,} distinct notes", flush=True)
    timed = {
        "spaCy NER alone": best(args.repeat, ner),
        "Detector.scan, no batch list": best(args.repeat, scan(False)),
        "Detector.scan, with the batch list": best(args.repeat, scan(True)),
    }
    floor = timed["spaCy NER alone"]
    for name, seconds in timed.items():
        print(
            f"{name}: {seconds:.2f} s = {count / seconds:.0f} notes/s, {seconds / floor:.2f}x NER alone"
        )
    print(f"planning the batch list of each of the {len(inputs)} scans: {planning:.2f} s")
    print(f"load average {bench.load_average():.2f} at the end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
