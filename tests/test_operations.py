"""Operations (design section 9): crash safety, idempotency by content, watch, quarantine, formulas.

Crash tests fork the test process and end the child with ``os._exit`` at a chosen durable
step of a batch (a file rename, a vault or ledger commit, an audit append, the processed
record, an unlink): the operating system sees exactly what a ``kill -9`` at that point
would leave. The parent then reruns the batch and compares every output byte for byte
with an uninterrupted run in another folder. One test sends a real SIGKILL to the CLI.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import pipeline.publish
from pipeline.claims.ledger import Ledger
from pipeline.config import Settings
from pipeline.errors import PipelineError, StageError
from pipeline.publish import is_temp
from pipeline.report.audit import AuditLog, verify_audit
from pipeline.runner import Watcher, run_batch
from pipeline.runner.claimfile import ClaimFiles
from pipeline.vault import Keys, Vault, new_keys, open_vault
from pipeline.workspace import Processed, Workspace
from tests.stubs import DenyListScanner, with_chunk_rows

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent

TCB_HEADER = ["Claim Reference", "Member ID", "Member Name", "Email Address", "Phone", "Address", "Postcode",
              "Retailer", "Order Number", "Transaction Date", "Order Total", "Expected Cashback",
              "Date Claimed", "Member Comments"]  # fmt: skip
TCB_ROWS = [
    ["TCB-1", "M001", "Zanele Okonkwo", "zanele.o@example.com", "07700 900417", "14 Acacia Avenue, Leeds",
     "LS1 4AB", "John Lewis", "JL-1001", "03/11/2026", "£120.00", "6.00", "10/11/2026",
     "Hi, Zanele Okonkwo here, ring 07700 900417"],
    ["TCB-2", "M002", "Wojciech Nowak", "w.nowak@example.org", "0113 496 0001", "9 Mill Lane, York",
     "YO1 7HH", "Argos", "AR-2002", "2026-11-01", "-5.00", "0.00", "", "=HYPERLINK(\"http://x.invalid\")"],
    ["TCB-3", "M003", "Priya Sharma", "priya.s@example.net", "", "2 High St, Bath", "BA1 1AA", "Ted Baker",
     "TB-3003", "2026-10-30", "89.00", "4.45", "", "  @SUM(A1) please check"],
]  # fmt: skip
AWIN_HEADER = ["enquiry_id", "merchant_id", "type", "click_ref", "amount", "commission", "date",
               "customer_reference", "reference", "description"]  # fmt: skip
AWIN_ROWS = [
    ["AW-1", "1203", "sale", "+cmd|' /C calc'!A0", "45.00", "2.25", "2026-11-02", "u_1", "AW-9001", ""],
    ["AW-2", "1203", "sale", "tcb_2", "12.00", "0.60", "2026-11-04", "u_2", "AW-9002", ""],
]  # fmt: skip
ORDERS = [
    ["order_ref", "order_date", "customer_name", "customer_email", "postcode", "order_value", "currency",
     "status", "tracked_publisher_id", "voucher_code"],
    ["JL-1001", "2026-11-03", "Zanele Okonkwo", "zanele.o@example.com", "LS1 4AB", "120.00", "GBP",
     "completed", "", ""],
    ["TB-3003", "2026-10-30", "Priya Sharma", "priya.s@example.net", "BA1 1AA", "89.00", "GBP", "pending", "",
     ""],
    ["AW-9001", "2026-11-02", "Sam Smith", "sam@example.com", "M1 1AA", "45.00", "GBP", "completed", "", ""],
]  # fmt: skip
PLANTED = ["Zanele", "Okonkwo", "zanele.o@example.com", "07700 900417", "Acacia Avenue", "Wojciech",
           "w.nowak@example.org", "496 0001", "Mill Lane", "Priya", "priya.s@example.net", "High St"]  # fmt: skip


def _csv(rows: list[list[str]], delimiter: str = ",") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _put(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def fill_workspace(data: Path) -> None:
    """Orders, two good claim files (one answered in Awin's shape), a copy, and three bad files."""
    _put(data / "orders" / "orders.csv", _csv(ORDERS))
    _put(data / "inbox" / "tcb.csv", _csv([TCB_HEADER, *TCB_ROWS]))
    _put(data / "inbox" / "copy-of-tcb.csv", _csv([TCB_HEADER, *TCB_ROWS]))
    _put(data / "inbox" / "awin" / "enquiries.csv", _csv([AWIN_HEADER, *AWIN_ROWS]))
    _put(data / "inbox" / "broken.csv", b"a,b\n1,caf\x81\x8d\n")
    _put(data / "inbox" / "empty.csv", b"")
    _put(data / "inbox" / "ragged.csv", _csv([TCB_HEADER, TCB_ROWS[0][:5]]))


def settings_at(base: Settings, data: Path) -> Settings:
    paths = base.pipeline.paths.model_copy(update={"data": data})
    return base.model_copy(update={"pipeline": base.pipeline.model_copy(update={"paths": paths})})


def snapshot(data: Path) -> dict[str, bytes]:
    """Every output a user or a network sees, and what is left in the drop folders."""
    found: dict[str, bytes] = {}
    for folder in ("out", "quarantine", "inbox", "orders"):
        for path in sorted((data / folder).rglob("*")):
            if path.is_file():
                found[path.relative_to(data).as_posix()] = path.read_bytes()
    return found


def ledger_state(data: Path) -> list[Any]:
    db = sqlite3.connect(data / "ledger" / "ledger.sqlite")
    try:
        claims = db.execute(
            "SELECT source, claim_key, decision, reason, matched_ref FROM claims ORDER BY 1, 2"
        ).fetchall()
        rows = db.execute("SELECT file, line, published FROM sightings ORDER BY 1, 2").fetchall()
        orders = db.execute("SELECT * FROM orders ORDER BY ref_key").fetchall()
    finally:
        db.close()
    return [claims, rows, [o[:-1] for o in orders]]  # the last column is the batch ordinal


def vault_counts(data: Path, keys: Keys) -> dict[str, int]:
    with open_vault(data / "vault", keys) as vault:
        return vault.counts()


def processed_lines(data: Path) -> list[str]:
    return sorted((data / "ledger" / "processed.jsonl").read_text(encoding="utf-8").splitlines())


@pytest.fixture(scope="module")
def keys() -> Keys:
    return new_keys()


@pytest.fixture
def reference(settings: Settings, keys: Keys, tmp_path: Path) -> dict[str, Any]:
    """An uninterrupted batch over the standard workspace, and what it left."""
    data = tmp_path / "reference"
    fill_workspace(data)
    result = run_batch(settings_at(settings, data), now=NOW, scanner=DenyListScanner(), keys=keys)
    return {
        "data": data,
        "result": result,
        "snapshot": snapshot(data),
        "ledger": ledger_state(data),
        "vault": vault_counts(data, keys),
        "processed": processed_lines(data),
    }


# ---------------------------------------------------------------- the crash harness

# The durable steps of a batch: (owner, attribute). Every write that reaches the disk goes
# through one of them, so dying just before call k covers every state a kill can leave:
# just after call k - 1 is the same state, and inside a call is before it (SQLite rolls a
# transaction back; a file is renamed into place whole or not at all).
STEPS: list[tuple[Any, str]] = [
    (pipeline.publish.os, "replace"),
    (Vault, "store"),
    (Vault, "mark_decided"),
    (Vault, "shred_expired"),
    (Ledger, "add_orders"),
    (Ledger, "_store_states"),
    (Ledger, "redecide_all"),
    (Ledger, "mark_published"),
    (AuditLog, "append"),
    (Processed, "add"),
    (Workspace, "remove_input"),
    (Workspace, "move"),
]


class Crash:
    """Counts durable steps; before step ``at`` the process ends at once, as under ``kill -9``."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.count = 0

    def step(self) -> None:
        self.count += 1
        if self.count == self.at:
            os._exit(137)

    def wrap(self, original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            self.step()
            return original(*args, **kwargs)

        return wrapped


def instrument(crash: Crash, setattr_: Callable[[Any, str, Any], None]) -> None:
    for owner, name in STEPS:
        setattr_(owner, name, crash.wrap(getattr(owner, name)))


def run_killed_at(settings: Settings, keys: Keys, at: int) -> int:
    """Run a batch in a forked child that dies at step ``at``; returns the child's exit code."""
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        code = 0
        try:
            instrument(Crash(at), setattr)
            run_batch(settings, now=NOW, scanner=DenyListScanner(), keys=keys)
        except BaseException:
            code = 3
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def count_steps(settings: Settings, keys: Keys, monkeypatch: pytest.MonkeyPatch) -> int:
    crash = Crash(at=-1)
    with monkeypatch.context() as patch:
        instrument(crash, patch.setattr)
        run_batch(settings, now=NOW, scanner=DenyListScanner(), keys=keys)
    return crash.count


def assert_same_as_reference(data: Path, keys: Keys, reference: dict[str, Any]) -> None:
    got = snapshot(data)
    assert sorted(got) == sorted(reference["snapshot"])
    changed = [name for name, content in got.items() if content != reference["snapshot"][name]]
    assert not changed, f"outputs differ from an uninterrupted run: {changed}"
    assert not [p.name for p in data.rglob("*") if is_temp(p)], "a half-written file is left"
    assert ledger_state(data) == reference["ledger"]
    assert vault_counts(data, keys) == reference["vault"]
    assert processed_lines(data) == reference["processed"]
    check = verify_audit(data / "reports" / "audit.jsonl")
    assert check.ok, check.problem
    # Whatever a crash cut short, the log still tells what became of every file.
    assert file_events(data) >= file_events(reference["data"])


def file_events(data: Path) -> set[tuple[str, str]]:
    events = set()
    for line in (data / "reports" / "audit.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["event"] in ("file_end", "quarantine", "duplicate"):
            events.add((record["event"], record["fields"]["file"]))
    return events


# ---------------------------------------------------------------- crash safety


def test_the_reference_batch_is_what_the_crash_tests_expect(reference: dict[str, Any]) -> None:
    statuses = {f.name: f.status for f in reference["result"].files}
    assert statuses == {"awin/enquiries.csv": "processed", "broken.csv": "quarantined",
                        "copy-of-tcb.csv": "processed", "empty.csv": "quarantined",
                        "ragged.csv": "quarantined", "tcb.csv": "duplicate"}  # fmt: skip
    names = set(reference["snapshot"])
    assert "out/responses/awin.enquiries.awin.csv" in names
    assert not any(n.startswith(("inbox/", "orders/")) for n in names)


SHARDS = 4


@pytest.mark.parametrize("shard", range(SHARDS))
def test_kill_before_every_durable_step_then_rerun_gives_the_same_outputs(
    shard: int, settings: Settings, keys: Keys, reference: dict[str, Any], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Each shard kills the batch before every SHARDS-th step (all shards: every step)."""
    # A killed process leaves the page cache to the kernel, so fsync changes nothing here
    # (it is what survives a power cut); skipping it keeps each of the ~60 batches quick.
    monkeypatch.setattr(os, "fsync", lambda fd: None)
    counting = tmp_path / "counting"
    fill_workspace(counting)
    steps = count_steps(settings_at(settings, counting), keys, monkeypatch)
    assert steps > 40  # every file, chunk, output and record of the batch is a step
    for at in range(1 + shard, steps + 1, SHARDS):
        data = tmp_path / f"killed-{at}"
        fill_workspace(data)
        chosen = settings_at(settings, data)
        assert run_killed_at(chosen, keys, at) == 137, f"step {at} did not crash"
        run_batch(chosen, now=NOW, scanner=DenyListScanner(), keys=keys)
        assert_same_as_reference(data, keys, reference)
        shutil.rmtree(data)


def test_killed_twice_then_rerun_gives_the_same_outputs(
    settings: Settings, keys: Keys, reference: dict[str, Any], tmp_path: Path
) -> None:
    data = tmp_path / "twice"
    fill_workspace(data)
    chosen = settings_at(settings, data)
    assert run_killed_at(chosen, keys, 30) == 137
    assert run_killed_at(chosen, keys, 5) == 137  # the rerun dies early too
    run_batch(chosen, now=NOW, scanner=DenyListScanner(), keys=keys)
    assert_same_as_reference(data, keys, reference)


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _cli(data: Path, *args: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "pipeline", "--data", str(data), "--quiet", *args]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def _cli_env(keys_json: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMS_")}
    return {**env, "CLAIMS_NOW": NOW.isoformat(), "CLAIMS_KEYS": keys_json, "PYTHONHASHSEED": "0"}


def _no_text_workspace(data: Path) -> None:
    """Files without free text, so the CLI never loads the spaCy model (and many of them)."""
    _put(data / "orders" / "orders.csv", _csv(ORDERS))
    for n in range(4):
        rows = [[f"AW-{n}-{i}", "1203", "sale", f"c{i}", f"{10 + i}.00", "0.50", "2026-11-02", f"u_{i}",
                 f"AW-{9000 + i}", ""] for i in range(300)]  # fmt: skip
        _put(data / "inbox" / "awin" / f"part-{n}.csv", _csv([AWIN_HEADER, *rows]))


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory: pytest.TempPathFactory, keys: Keys) -> tuple[Path, dict[str, str]]:
    """An uninterrupted ``claims run`` over the no-text workspace, and the environment used."""
    from pipeline.vault.keys import write_key_file

    folder = tmp_path_factory.mktemp("cli")
    key_file = folder / "claims.keys"
    write_key_file(key_file, keys, replace=False)
    env = _cli_env(key_file.read_text())
    whole = folder / "whole"
    _no_text_workspace(whole)
    assert _cli(whole, "run", env=env).wait(timeout=120) == 0
    return whole, env


def test_sigkill_of_the_cli_mid_batch_then_rerun(
    tmp_path: Path, keys: Keys, cli_run: tuple[Path, dict[str, str]]
) -> None:
    """A real ``kill -9`` once a file is done; wherever it lands, the rerun matches."""
    whole, env = cli_run
    killed = tmp_path / "killed"
    _no_text_workspace(killed)
    process = _cli(killed, "run", env=env)
    audit = killed / "reports" / "audit.jsonl"
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        if audit.exists() and audit.read_text(encoding="utf-8").count('"file_end"') >= 2:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.005)
    process.wait(timeout=120)
    assert _cli(killed, "run", env=env).wait(timeout=120) == 0
    assert snapshot(killed) == snapshot(whole)
    assert not [p for p in killed.rglob("*") if is_temp(p)]
    assert ledger_state(killed) == ledger_state(whole)
    assert vault_counts(killed, keys) == vault_counts(whole, keys)
    assert verify_audit(audit).ok


# ---------------------------------------------------------------- idempotency by content


def test_same_bytes_under_two_names_are_processed_once(
    settings: Settings, keys: Keys, reference: dict[str, Any]
) -> None:
    data = reference["data"]
    counts = vault_counts(data, keys)
    _put(data / "inbox" / "again.csv", _csv([TCB_HEADER, *TCB_ROWS]))
    _put(data / "inbox" / "awin" / "renamed.csv", _csv([AWIN_HEADER, *AWIN_ROWS]))
    result = run_batch(settings_at(settings, data), now=NOW, scanner=DenyListScanner(), keys=keys)
    assert {f.name: f.status for f in result.files} == {
        "again.csv": "duplicate",
        "awin/renamed.csv": "duplicate",
    }
    assert not (data / "out" / "redacted" / "again.redacted.csv").exists()
    assert not list((data / "inbox").rglob("*.csv"))
    assert vault_counts(data, keys) == counts


def test_same_name_with_new_bytes_is_processed_again(
    settings: Settings, keys: Keys, reference: dict[str, Any]
) -> None:
    data = reference["data"]
    before = (data / "out" / "decisions" / "copy-of-tcb.decisions.csv").read_bytes()
    changed = [[*TCB_ROWS[0][:8], "JL-1001", "03/11/2026", "£999.00", *TCB_ROWS[0][11:]]]
    _put(data / "inbox" / "copy-of-tcb.csv", _csv([TCB_HEADER, *changed]))
    result = run_batch(settings_at(settings, data), now=NOW, scanner=DenyListScanner(), keys=keys)
    assert [(f.name, f.status) for f in result.files] == [("copy-of-tcb.csv", "processed")]
    # its own outputs: the earlier file's are never replaced by a later one of the same name
    decisions = data / "out" / "decisions"
    assert (decisions / "copy-of-tcb.decisions.csv").read_bytes() == before
    after = (decisions / "copy-of-tcb~2.decisions.csv").read_text(encoding="utf-8")
    assert "AMOUNT_MISMATCH" in after


# ---------------------------------------------------------------- bad input


def test_ragged_invalid_and_empty_files_are_quarantined_with_a_reason(
    reference: dict[str, Any],
) -> None:
    data = reference["data"]
    reasons = {
        name: (data / "quarantine" / f"{name}.reason.txt").read_text(encoding="utf-8")
        for name in ("broken.csv", "empty.csv", "ragged.csv")
    }
    assert reasons["broken.csv"].startswith("broken.csv, line 2, column 6: bytes that are neither")
    assert reasons["empty.csv"].startswith("empty.csv: the file is empty")
    assert reasons["ragged.csv"].startswith("ragged.csv, line 2, column 6: row has 5 fields")
    assert str(data) not in "".join(reasons.values())  # named by inbox place, not full path
    for name in reasons:  # the file itself is kept, byte for byte, beside its reason
        assert (data / "quarantine" / name).exists()
    text = "".join(reasons.values()) + (data / "reports" / "audit.jsonl").read_text("utf-8")
    assert not [v for v in PLANTED if v in text]
    assert (data / "out" / "decisions" / "copy-of-tcb.decisions.csv").exists()


def test_a_header_only_file_is_processed_with_empty_outputs(
    settings: Settings, keys: Keys, tmp_path: Path
) -> None:
    data = tmp_path / "header-only"
    _put(data / "inbox" / "awin" / "none.csv", _csv([AWIN_HEADER]))
    result = run_batch(settings_at(settings, data), now=NOW, scanner=DenyListScanner(), keys=keys)
    assert [(f.name, f.status, f.rows_in) for f in result.files] == [
        ("awin/none.csv", "processed", 0)
    ]
    decisions = data / "out" / "decisions" / "awin.none.decisions.csv"
    assert decisions.read_text(encoding="utf-8").startswith("claim_id,decision,reason_code")
    assert len(decisions.read_text(encoding="utf-8").splitlines()) == 1


def test_the_report_counts_neutralised_formula_cells(reference: dict[str, Any]) -> None:
    data = reference["data"]
    files = {f.name: f for f in reference["result"].files}
    # tcb: "=HYPERLINK" and "  @SUM" comments; awin: "+cmd" click ref. "-5.00" is an amount.
    assert files["copy-of-tcb.csv"].formulas_neutralised == 2
    assert files["awin/enquiries.csv"].formulas_neutralised == 1
    report = json.loads((data / "reports" / f"{reference['result'].batch_id}.json").read_text())
    assert json.dumps(report).count("formulas_neutralised") >= 1
    redacted = _csv_rows(data / "out" / "redacted" / "copy-of-tcb.redacted.csv")
    comments = [row[TCB_HEADER.index("Member Comments")] for row in redacted[1:]]
    assert comments[1] == '\'=HYPERLINK("http://x.invalid")'
    assert comments[2] == "'  @SUM(A1) please check"
    assert redacted[2][TCB_HEADER.index("Order Total")] == "-5.00"
    awin = _csv_rows(data / "out" / "redacted" / "awin.enquiries.redacted.csv")
    assert awin[1][AWIN_HEADER.index("click_ref")] == "'+cmd|' /C calc'!A0"


# ---------------------------------------------------------------- chunks and the lock


def test_small_chunks_give_the_same_outputs(
    settings: Settings, keys: Keys, reference: dict[str, Any], tmp_path: Path
) -> None:
    data = tmp_path / "chunked"
    fill_workspace(data)
    chosen = with_chunk_rows(settings_at(settings, data), 1)
    run_batch(chosen, now=NOW, scanner=DenyListScanner(), keys=keys)
    assert snapshot(data) == reference["snapshot"]


def test_a_second_batch_on_the_same_workspace_is_refused(
    settings: Settings, keys: Keys, tmp_path: Path
) -> None:
    import fcntl

    data = tmp_path / "locked"
    fill_workspace(data)
    lock = data / "ledger" / "batch.lock"
    lock.parent.mkdir(parents=True)
    with lock.open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        with pytest.raises(PipelineError, match="another batch is running"):
            run_batch(settings_at(settings, data), now=NOW, scanner=DenyListScanner(), keys=keys)
    assert (data / "inbox" / "tcb.csv").exists()


def test_leftover_temporary_files_are_removed_by_the_next_batch(
    settings: Settings, keys: Keys, tmp_path: Path
) -> None:
    data = tmp_path / "leftovers"
    fill_workspace(data)
    stale = [data / "out" / "redacted" / ".tmp-abcd1234-tcb.redacted.csv",
             data / "reports" / ".tmp-abcd1234-audit.head"]  # fmt: skip
    for path in stale:
        _put(path, b"half")
    run_batch(settings_at(settings, data), now=NOW, scanner=DenyListScanner(), keys=keys)
    assert not any(p.exists() for p in stale)


# ---------------------------------------------------------------- watch


@pytest.fixture
def watcher(settings: Settings, keys: Keys) -> Iterator[Watcher]:
    settings.data_dir.mkdir(parents=True)
    yield Watcher(settings, scanner=DenyListScanner(), keys=keys, retry_seconds=60)


def test_watch_ignores_a_half_copied_file_until_it_settles(watcher: Watcher) -> None:
    inbox = watcher.workspace.inbox
    stable = watcher.settle.stable_seconds
    whole = _csv([TCB_HEADER, *TCB_ROWS])
    _put(inbox / "tcb.csv.part", whole)  # a copy tool's partial name: never listed
    _put(inbox / "tcb.csv", whole[:100])  # a plain copy still growing
    assert watcher.poll(0.0) is None
    with (inbox / "tcb.csv").open("ab") as handle:
        handle.write(whole[100:])
    assert watcher.poll(stable - 0.5) is None  # it grew since the last look
    assert watcher.poll(stable + 0.5) is None  # not yet stable for long enough
    result = watcher.poll(2 * stable + 1)
    assert result is not None
    assert [(f.name, f.status, f.rows_in) for f in result.files] == [("tcb.csv", "processed", 3)]
    assert (inbox / "tcb.csv.part").exists()  # never touched
    (inbox / "tcb.csv.part").rename(inbox / "late.csv")
    assert watcher.poll(100.0) is None
    late = watcher.poll(100.0 + stable)
    assert late is not None and [f.status for f in late.files] == ["duplicate"]


def test_watch_goes_on_after_a_bad_file(watcher: Watcher) -> None:
    inbox = watcher.workspace.inbox
    _put(inbox / "broken.csv", b"a,b\n1,\x81\x8d\n")
    _put(inbox / "tcb.csv", _csv([TCB_HEADER, *TCB_ROWS]))
    watcher.poll(0.0)
    result = watcher.poll(10.0)
    assert result is not None
    assert {f.name: f.status for f in result.files} == {
        "broken.csv": "quarantined",
        "tcb.csv": "processed",
    }
    _put(inbox / "next.csv", _csv([TCB_HEADER, TCB_ROWS[2]]))
    watcher.poll(20.0)
    again = watcher.poll(30.0)
    assert again is not None and [(f.name, f.status) for f in again.files] == [
        ("next.csv", "processed")
    ]


def test_watch_holds_back_a_file_that_breaks_a_stage(
    watcher: Watcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = watcher.workspace.inbox
    _put(inbox / "bad.csv", _csv([TCB_HEADER, TCB_ROWS[0]]))
    _put(inbox / "good.csv", _csv([TCB_HEADER, TCB_ROWS[1]]))
    real = ClaimFiles.process

    def breaks_on_bad(stage: ClaimFiles, source: Any, name: str, *args: Any) -> Any:
        if name == "bad.csv":  # a failure the batch cannot go on from, naming its file
            raise StageError("process", "the ledger went away", path="bad.csv")
        return real(stage, source, name, *args)

    monkeypatch.setattr(ClaimFiles, "process", breaks_on_bad)
    watcher.poll(0.0)
    with pytest.raises(PipelineError, match=r"bad\.csv"):
        watcher.poll(10.0)
    result = watcher.poll(11.0)  # bad.csv is held back; good.csv goes through
    assert result is not None and [(f.name, f.status) for f in result.files] == [
        ("good.csv", "processed")
    ]
    assert watcher.poll(12.0) is None
    monkeypatch.setattr(ClaimFiles, "process", real)
    retried = watcher.poll(10.0 + watcher.retry_seconds)
    assert retried is not None and [(f.name, f.status) for f in retried.files] == [
        ("bad.csv", "processed")
    ]


# ---------------------------------------------------------------- no network


def test_a_run_without_a_network_gives_the_same_outputs(
    tmp_path: Path, cli_run: tuple[Path, dict[str, str]]
) -> None:
    """``unshare -rn``: a new user and network namespace with no interface but a down loopback."""
    if shutil.which("unshare") is None or subprocess.run(["unshare", "-rn", "true"]).returncode:
        pytest.skip("unshare -rn is not available here")
    online, env = cli_run
    offline = tmp_path / "offline"
    _no_text_workspace(offline)
    command = ["unshare", "-rn", sys.executable, "-m", "pipeline", "--quiet"]
    done = subprocess.run([*command, "--data", str(offline), "run"], cwd=ROOT, env=env)
    assert done.returncode == 0
    assert snapshot(offline) == snapshot(online)
    assert ledger_state(offline) == ledger_state(online)
