"""What a batch costs on a ledger with a long history, against the same batch on a fresh one.

Run ``make bench-ledger`` (``.venv/bin/python tests/bench/bench_ledger.py``; ``--history N``
sets the size, default 1,000,000 claims and 1,000,000 orders). It

1. builds the history through the ledger API (``add_orders``, ``decide_claims``, a claim file
   of 50,000 rows at a time in chunks of 10,000; 85 % of claims by order reference, the rest
   by email token; some orders pending, some missing), outside any timing;
2. times two batches on that ledger and on an empty one, each three times (best kept):
   * ledger only: open the ledger, then either nothing (an empty batch) or 1,000 new orders
     and a 1,000-row claim file, then ``redecide_open``, then close (on the history in
     place: each batch's claims and orders are its own);
   * the whole pipeline: ``claims --data <workspace> --json run`` as a process on a
     workspace holding a copy of that ledger, with an empty inbox, and with a generated
     1,000-row TopCashback file and its order export (model load included);
3. prints seconds and the ratio history / fresh (the target is at most 1.5).

Nothing here is a test: ``make test`` never depends on speed. Only counts and seconds are
printed; the history is synthetic tokens.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import bench  # noqa: E402  (tests/bench/bench.py: the generator, throw-away keys)

from pipeline.claims import decide_claims, open_ledger  # noqa: E402
from pipeline.config import load_settings  # noqa: E402
from pipeline.models import Claim, Order  # noqa: E402

FILE_ROWS = 50_000
CHUNK_ROWS = 10_000
BATCH_ROWS = 1_000
REPEATS = 3
NOW = datetime(2026, 9, 30, 12, 0, tzinfo=UTC)


def email(tag: str, i: int) -> str:
    body = base64.b32encode(hashlib.sha256(f"{tag}{i}".encode()).digest()).decode()[:26]
    return f"EMAIL_1_{body}"


def history_order(i: int, tag: str = "H") -> Order:
    return Order(
        order_ref=f"{tag}{i:08d}",
        order_date=date(2026, 1, 1) + timedelta(days=i % 240),
        email_token=email(tag, i // 3),
        order_value=Decimal(10 + i % 500) + Decimal("0.99"),
        currency="GBP",
        status="pending" if i % 20 == 0 else "completed",
        tracked_publisher_id="",
    )


def history_claim(i: int, file: str, line: int, tag: str = "H") -> Claim:
    by_ref = i % 20 < 17
    n = i + 7 if i % 50 == 0 else i  # some claims name an order that is missing or taken
    return Claim(
        claim_id=f"{tag}C{i:08d}",
        source="topcashback",
        file=file,
        line=line,
        publisher_id="PUB-1",
        merchant="Argos",
        order_ref=f"{tag}{n:08d}" if by_ref else "",
        email_token="" if by_ref else email(tag, n // 3),
        transaction_date=date(2026, 1, 1) + timedelta(days=n % 240),
        order_value=Decimal(10 + n % 500) + Decimal("0.99"),
        claim_date=date(2026, 9, 1),
    )


def build_history(path: Path, size: int) -> None:
    rules = load_settings(ROOT / "configs").rules
    started = time.perf_counter()
    with open_ledger(path) as ledger:
        for start in range(0, size, 100_000):
            ledger.add_orders(
                [history_order(i) for i in range(start, min(start + 100_000, size))], "H0"
            )
        for f, start in enumerate(range(0, size, FILE_ROWS)):
            file = f"history-{f:04d}.csv"
            rows = range(start, min(start + FILE_ROWS, size))
            for chunk in range(rows.start, rows.stop, CHUNK_ROWS):
                claims = [
                    history_claim(i, file, i - start + 2)
                    for i in range(chunk, min(chunk + CHUNK_ROWS, rows.stop))
                ]
                decide_claims(claims, ledger, rules, f"H{f + 1}", NOW)
            ledger.redecide_open(rules, f"H{f + 1}", NOW)
            print(f"  history: {rows.stop:,} claims, {time.perf_counter() - started:.0f} s")


def ledger_batch(path: Path, rows: int) -> float:
    """Seconds for one batch through the ledger API: ``rows`` new orders and claims, or none."""
    rules = load_settings(ROOT / "configs").rules
    tag = f"N{time.monotonic_ns() % 10**6:06d}"
    started = time.perf_counter()
    with open_ledger(path) as ledger:
        batch = f"B{tag}"
        if rows:
            ledger.add_orders([history_order(i, tag) for i in range(rows)], batch)
            claims = [history_claim(i, f"{tag}.csv", i + 2, tag) for i in range(rows)]
            decide_claims(claims, ledger, rules, batch, NOW)
        ledger.redecide_open(rules, batch, NOW)
    return time.perf_counter() - started


def pipeline_batch(ledger: Path | None, inputs: Path | None, work: Path) -> float:
    """Seconds for ``claims --data <work> --json run`` on a copy of ``ledger``."""
    if work.exists():
        shutil.rmtree(work)
    (work / "ledger").mkdir(parents=True)
    if ledger is not None:
        shutil.copy(ledger, work / "ledger" / "ledger.sqlite")
    for name in ("inbox", "orders"):
        if inputs is not None:
            shutil.copytree(inputs / name, work / name)
        else:
            (work / name).mkdir()
    env = dict(os.environ, CLAIMS_KEYS=bench.fresh_keys())
    as_of = bench.samples_as_of()
    if as_of:
        env["CLAIMS_NOW"] = as_of
    started = time.perf_counter()
    subprocess.run(
        [str(ROOT / ".venv" / "bin" / "claims"), "--data", str(work), "--json", "run"],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def best(measure: Callable[[], float]) -> float:
    return min(measure() for _ in range(REPEATS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--history", type=int, default=1_000_000, help="claims and orders held")
    parser.add_argument("--keep", type=Path, help="build the history here once and reuse it")
    parser.add_argument("--no-pipeline", action="store_true", help="time the ledger API only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ledger-") as tmp:
        root = Path(tmp)
        big = args.keep or root / "history.sqlite"
        if not big.exists():
            print(f"building a history of {args.history:,} claims and orders ...")
            build_history(big, args.history)
        gen = bench.generate(BATCH_ROWS, root / "gen", sample_rows=10)
        print(f"load average {bench.load_average():.1f}")
        results: list[tuple[str, float, float]] = []

        def on_ledger(rows: int) -> tuple[float, float]:
            def fresh() -> float:
                path = root / "fresh.sqlite"
                path.unlink(missing_ok=True)
                return ledger_batch(path, rows)

            # in place: each batch brings claims and orders of its own, 0.1 % of the history
            return best(fresh), best(lambda: ledger_batch(big, rows))

        for rows in (0, BATCH_ROWS):
            results.append((f"ledger API, {rows:,}-row batch", *on_ledger(rows)))
        if not args.no_pipeline:
            for label, inputs in (
                ("claims run, empty batch", None),
                ("claims run, 1,000 rows", gen.folder),
            ):
                fresh = best(lambda inputs=inputs: pipeline_batch(None, inputs, root / "w"))
                held = best(lambda inputs=inputs: pipeline_batch(big, inputs, root / "w"))
                results.append((label, fresh, held))
        print(f"\n{'batch':32} {'fresh s':>9} {'history s':>10} {'ratio':>6}")
        for label, fresh, held in results:
            print(f"{label:32} {fresh:9.3f} {held:10.3f} {held / fresh:6.2f}")
        print(f"load average {bench.load_average():.1f}")


if __name__ == "__main__":
    main()
