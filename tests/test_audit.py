"""Tests for the hash-chained audit log: appends, guards, crash repair, tamper drills."""

from __future__ import annotations

import hashlib
import itertools
import json
import multiprocessing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import AuditError
from pipeline.report.audit import ZERO_HASH, AuditLog, head_path_for, verify_audit

BATCH = "20250614T093000Z"
SHA = "3b1f" * 16


def write_batch(path: Path) -> AuditLog:
    """Six events of a small batch: lines 1..6."""
    log = AuditLog(path)
    log.append("batch_start", batch=BATCH, claim_files=1, order_files=0)
    log.append("file_start", file="quidco/claims.csv", sha256=SHA, kind="claims")
    log.append(
        "file_end",
        file="quidco/claims.csv",
        sha256=SHA,
        profile="quidco",
        rows_in=10,
        rows_out=10,
    )
    log.append(
        "reveal", token="EMAIL_1_K7Q2M4X9B3N5P8RAQ4ZCAAAA", claim="Q-1", reason="SAR 2025/17"
    )
    log.append("shred", batch=BATCH, scope="expired", records=3)
    log.append("batch_end", batch=BATCH, files=1, quarantined=0, leak_check="passed")
    return log


def lines_of(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def rewrite(path: Path, lines: list[bytes]) -> None:
    path.write_bytes(b"".join(lines))


def forge(prev: str, event: str = "reveal") -> bytes:
    """A well-formed line chained onto ``prev``, as someone who knows the format would write it."""
    body = {"ts": "2025-06-14T09:31:00.000000+00:00", "event": event, "fields": {}, "prev": prev}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
    body["hash"] = hashlib.sha256(canonical.encode()).hexdigest()
    return (json.dumps(body, sort_keys=True, separators=(",", ":")) + "\n").encode()


# ---------------------------------------------------------------- appending


def test_lines_are_canonical_and_chained(tmp_path: Path) -> None:
    path = tmp_path / "reports" / "audit.jsonl"
    log = write_batch(path)
    records = [json.loads(line) for line in lines_of(path)]
    assert [r["event"] for r in records][:2] == ["batch_start", "file_start"]
    assert records[0]["prev"] == ZERO_HASH
    for before, after in itertools.pairwise(records):
        assert after["prev"] == before["hash"]
    first = records[0]
    body = {k: v for k, v in first.items() if k != "hash"}
    expected = hashlib.sha256(
        json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
    assert first["hash"] == expected
    assert first["ts"].endswith("+00:00")
    assert log.head().lines == 6 and log.head().hash == records[-1]["hash"]
    check = verify_audit(path)
    assert check.ok and check.lines == 6 and check.first_broken is None
    assert check.files_reconciled == 1 and check.head == records[-1]["hash"]


def test_append_returns_the_new_head(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    head = log.append("erase", claims=2, tokens=7)
    assert head == json.loads(lines_of(log.path)[-1])["hash"]
    assert json.loads(head_path_for(log.path).read_text()) == {"lines": 1, "hash": head}


def test_verify_an_empty_workspace(tmp_path: Path) -> None:
    check = verify_audit(tmp_path / "audit.jsonl")
    assert check.ok and check.lines == 0


@pytest.mark.parametrize(
    "key", ["value", "email", "customer_name", "name", "phone_number", "postcode", "notes"]
)
def test_keys_named_like_personal_values_are_refused(tmp_path: Path, key: str) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    with pytest.raises(AuditError, match=f"'{key}' of event 'reveal' is named like a personal"):
        log.append("reveal", **{key: "x"})
    assert not log.path.exists() or log.path.read_bytes() == b""


@pytest.mark.parametrize(
    ("value", "shape"),
    [
        ("asked by jane.doe@example.com", "an email address"),
        ("lives at SW1A 1AA", "a UK postcode"),
        ("sw1a 1aa", "a UK postcode"),
        ("call 07700 900123", "a phone number"),
        ("+44 20 7946 0958", "a phone number"),
    ],
)
def test_values_shaped_like_personal_data_are_refused(
    tmp_path: Path, value: str, shape: str
) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    with pytest.raises(AuditError) as raised:
        log.append("reveal", reason=value)
    assert f"looks like it holds {shape}" in str(raised.value)
    assert value not in str(raised.value)


def test_ordinary_fields_are_accepted(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    log.append(
        "file_end",
        file="topcashback/claims-2025-06.csv",
        sha256="0" * 20 + "07700900123" + "a" * 33,  # digits inside a hash are not a phone
        batch="20250614T093000Z",
        profile=None,
        ok=True,
        seconds=1.5,
        token="POSTCODE_1_SW1A1AAK7Q2M4X9B3N5P8R",
    )
    assert verify_audit(log.path).ok


def test_bad_event_names_and_types_are_refused(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    with pytest.raises(AuditError, match="event name"):
        log.append("Batch Start")
    with pytest.raises(AuditError, match="is a list"):
        log.append("shred", tokens=["a"])  # type: ignore[arg-type]
    with pytest.raises(AuditError, match="finite"):
        log.append("shred", seconds=float("nan"))


def test_an_unwritable_log_raises_audit_error(tmp_path: Path) -> None:
    blocker = tmp_path / "reports"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(AuditError, match="cannot create the folder"):
        AuditLog(blocker / "audit.jsonl")
    folder = tmp_path / "ok"
    log = AuditLog(folder / "audit.jsonl")
    (folder / "audit.jsonl").mkdir()  # the log path is taken by a folder
    with pytest.raises(AuditError, match="cannot write the audit log"):
        log.append("batch_start", batch=BATCH)


def _append_many(path: str, worker: int) -> None:
    log = AuditLog(Path(path))
    for index in range(40):
        log.append("find", worker=worker, index=index)


def test_concurrent_appenders_keep_one_chain(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_append_many, args=(str(path), n)) for n in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    check = verify_audit(path)
    assert check.ok, check.problem
    assert check.lines == 80


# ---------------------------------------------------------------- crash repair


def test_a_line_written_before_its_head_is_confirmed_by_the_next_append(tmp_path: Path) -> None:
    log = write_batch(tmp_path / "audit.jsonl")
    head_file = head_path_for(log.path)
    old_head = head_file.read_bytes()
    log.append("batch_start", batch="20250615T000000Z")
    head_file.write_bytes(old_head)  # the process stopped before the sidecar was replaced
    check = verify_audit(log.path)
    assert not check.ok and check.first_broken == 7
    assert "past the recorded head" in check.problem
    log.append("batch_end", batch="20250615T000000Z")
    check = verify_audit(log.path)
    assert check.ok and check.lines == 8


def test_a_torn_last_line_is_cut_and_recorded(tmp_path: Path) -> None:
    log = write_batch(tmp_path / "audit.jsonl")
    with open(log.path, "ab") as handle:
        handle.write(b'{"event":"batch_st')  # power lost mid-write
    check = verify_audit(log.path)
    assert not check.ok and check.first_broken == 7 and "incomplete" in check.problem
    log.append("batch_start", batch="20250615T000000Z")
    records = [json.loads(line) for line in lines_of(log.path)]
    assert [r["event"] for r in records[-2:]] == ["audit_repair", "batch_start"]
    assert records[-2]["fields"] == {"torn_bytes": 18}
    assert verify_audit(log.path).ok


def test_appending_to_a_tampered_log_is_refused(tmp_path: Path) -> None:
    log = write_batch(tmp_path / "audit.jsonl")
    rewrite(log.path, lines_of(log.path)[:-1])
    with pytest.raises(AuditError, match=r"does not end where audit\.head says"):
        log.append("batch_start", batch="x")
    head_path_for(log.path).unlink()
    with pytest.raises(AuditError):
        log.append("batch_start", batch="x")


# ---------------------------------------------------------------- tamper drills


def test_drill_a_byte_edited(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    write_batch(path)
    lines = lines_of(path)
    lines[3] = lines[3].replace(b"SAR 2025/17", b"SAR 2025/18")
    rewrite(path, lines)
    check = verify_audit(path)
    assert not check.ok
    assert check.first_broken == 4
    assert check.problem == "line 4 does not match its own hash: its content was edited"


def test_drill_the_last_line_deleted(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    write_batch(path)
    rewrite(path, lines_of(path)[:-1])
    check = verify_audit(path)
    assert not check.ok
    assert check.first_broken == 6
    assert check.problem.startswith("line 6 missing: audit.head records 6 lines, the log has 5")


def test_drill_the_last_line_deleted_and_the_head_rewritten(tmp_path: Path) -> None:
    """With the sidecar forged too, the head recorded in a batch report still names the gap."""
    path = tmp_path / "audit.jsonl"
    log = write_batch(path)
    head = log.head()
    (tmp_path / f"{BATCH}.json").write_text(
        json.dumps({"audit": {"head_hash": head.hash, "head_line": head.lines}})
    )
    lines = lines_of(path)[:-1]
    rewrite(path, lines)
    forged_head = {"lines": 5, "hash": json.loads(lines[-1])["hash"]}
    head_path_for(path).write_text(json.dumps(forged_head))
    check = verify_audit(path)
    assert not check.ok and check.first_broken == 6
    assert f"report {BATCH}.json recorded the log at line 6" in check.problem


def test_drill_two_lines_swapped(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    write_batch(path)
    lines = lines_of(path)
    lines[2], lines[3] = lines[3], lines[2]
    rewrite(path, lines)
    check = verify_audit(path)
    assert not check.ok
    assert check.first_broken == 3
    assert "line 3 does not follow line 2" in check.problem


def test_drill_a_line_inserted(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    write_batch(path)
    original = lines_of(path)
    # A forged line that chains correctly onto line 2: only line 4 then breaks, and the
    # check names the inserted line 3.
    forged = forge(json.loads(original[1])["hash"])
    rewrite(path, [*original[:2], forged, *original[2:]])
    check = verify_audit(path)
    assert not check.ok and check.first_broken == 3
    assert check.problem == "line 3 was inserted: line 4 follows on from line 2"
    # A copy of an earlier line.
    rewrite(path, [*original[:2], original[0], *original[2:]])
    check = verify_audit(path)
    assert check.first_broken == 3 and check.problem == "line 3 is a copy of line 1"
    # A line made up without knowing the chain.
    rewrite(path, [*original[:2], forge("f" * 64), *original[2:]])
    check = verify_audit(path)
    assert check.first_broken == 3 and "line 3 does not follow line 2" in check.problem


def test_drill_a_line_removed_from_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    write_batch(path)
    lines = lines_of(path)
    rewrite(path, lines[:3] + lines[4:])
    check = verify_audit(path)
    assert not check.ok and check.first_broken == 4


def test_drill_rows_that_do_not_reconcile(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path)
    log.append("file_end", file="a.csv", rows_in=10, rows_out=10)
    log.append("file_end", file="b.csv", rows_in=10, rows_out=8)
    check = verify_audit(path)
    assert not check.ok and check.first_broken == 2
    assert check.problem == ("line 2 (file_end): rows do not reconcile for b.csv: 10 in != 8 out")


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_single_byte_edit_names_its_line(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    folder = tmp_path_factory.mktemp("drill")
    path = folder / "audit.jsonl"
    write_batch(path)
    raw = bytearray(path.read_bytes())
    position = data.draw(st.integers(min_value=0, max_value=len(raw) - 1), label="position")
    replacement = data.draw(
        st.integers(min_value=0, max_value=255).filter(lambda b: b != raw[position]),
        label="byte",
    )
    line = raw[:position].count(b"\n") + 1
    raw[position] = replacement
    path.write_bytes(bytes(raw))
    check = verify_audit(path)
    assert not check.ok
    assert check.first_broken == line


# ---------------------------------------------------------------- CLI


def test_cli_audit_verify(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    path = tmp_path / "reports" / "audit.jsonl"
    write_batch(path)
    runner = CliRunner()
    result = runner.invoke(cli, ["--data", str(tmp_path), "audit", "verify"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Audit log OK: 6 line(s), chain intact")
    lines = lines_of(path)
    lines[1], lines[2] = lines[2], lines[1]
    rewrite(path, lines)
    result = runner.invoke(cli, ["--data", str(tmp_path), "audit", "verify"])
    assert isinstance(result.exception, AuditError)
    assert str(result.exception).startswith(
        f"{path}: first broken line 2: line 2 does not follow line 1"
    )
    assert result.exception.exit_code == 1
