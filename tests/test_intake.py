"""Intake integrity, batch by batch: no claim lost, nothing outside the inbox read, no file
stops a batch. Every hostile file sits beside a normal one that must still be published."""

from __future__ import annotations

import codecs
import csv
import errno
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pipeline.publish
from pipeline.config import Settings
from pipeline.errors import AuditError, PipelineError, WorkspaceError
from pipeline.models import BatchResult
from pipeline.publish import is_temp
from pipeline.report.audit import AuditLog, verify_audit
from pipeline.runner import Watcher, run_batch
from pipeline.runner.claimfile import ClaimFiles
from pipeline.vault import Keys, new_keys
from tests.stubs import DenyListScanner

HEADER = ["Claim Reference", "Member Name", "Email Address", "Retailer", "Order Number",
          "Transaction Date", "Order Total", "Member Comments"]  # fmt: skip
ROWS = [
    ["TCB-1", "Siobhán Ó Briain", "siobhan.ob@example.com", "John Lewis", "07700900461",
     "03/11/2026", "£120.00", "rang twice;\nstill waiting"],
    ["TCB-2", "olusegun adeyemi", "o.adeyemi@example.org", "Ted Baker", "000123",
     "2026-11-01", "89.00", "Ted Baker said \"wait\""],
    ["TCB-3", "Nguyễn Thị Hoa", "hoa.nguyen@example.net", "Argos", "AR-2002",
     "2026-10-30", "5.00", "no reply"],
]  # fmt: skip
PLANTED = ["Siobhán", "Ó Briain", "siobhan.ob@example.com", "adeyemi", "o.adeyemi@example.org",
           "Nguyễn", "hoa.nguyen@example.net", "hunter2-secret"]  # fmt: skip


def _csv(rows: list[list[str]], delimiter: str = ",", newline: str = "\r\n") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return buffer.getvalue()


def _put(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def keys() -> Keys:
    return new_keys()


@pytest.fixture
def data(settings: Settings) -> Path:
    """A workspace whose inbox holds the normal file ``normal.csv``."""
    root = settings.data_dir
    _put(root / "inbox" / "normal.csv", _csv([HEADER, ROWS[0]]).encode())
    return root


def _run(settings: Settings, keys: Keys) -> BatchResult:
    return run_batch(settings, scanner=DenyListScanner(), keys=keys)


def _status(result: BatchResult) -> dict[str, str]:
    return {f.name: f.status for f in result.files}


def _published_ids(data: Path) -> list[str]:
    """The claim ids in every published redacted file."""
    ids = []
    for path in sorted((data / "out" / "redacted").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            ids.extend(row[0] for row in list(csv.reader(handle))[1:])
    return ids


def _assert_normal_published(data: Path) -> None:
    assert (data / "out" / "redacted" / "normal.redacted.csv").is_file()
    assert (data / "out" / "decisions" / "normal.decisions.csv").is_file()
    assert not (data / "inbox" / "normal.csv").exists()


def _assert_no_leak_or_temp(data: Path) -> None:
    for path in data.rglob("*"):
        assert not is_temp(path), f"temporary file left: {path}"
        if path.is_file() and not {"vault", "quarantine", "inbox"} & set(path.parts):
            text = path.read_bytes().decode("utf-8", errors="replace")
            for value in PLANTED:
                assert value not in text, f"{value!r} in {path}"


# ---------------------------------------------------------------- nothing appended is lost


def test_rows_appended_while_a_batch_runs_are_kept_and_processed_next(
    settings: Settings, data: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    growing = _put(data / "inbox" / "growing.csv", _csv([HEADER, ROWS[1]]).encode())
    real = ClaimFiles.process

    def appends_meanwhile(stage: ClaimFiles, source: Any, name: str, *args: Any) -> Any:
        result = real(stage, source, name, *args)
        if name == "growing.csv":  # the writer goes on while the batch works on the file
            with growing.open("ab") as handle:
                handle.write(_csv([ROWS[2]]).encode())
        return result

    monkeypatch.setattr(ClaimFiles, "process", appends_meanwhile)
    first = _run(settings, keys)
    assert _status(first) == {"growing.csv": "processed", "normal.csv": "processed"}
    [kept] = [f for f in first.files if f.name == "growing.csv"]
    assert "kept in the inbox" in kept.reason
    assert growing.read_bytes().endswith(_csv([ROWS[2]]).encode())  # nothing deleted
    _assert_normal_published(data)
    monkeypatch.setattr(ClaimFiles, "process", real)
    second = _run(settings, keys)
    assert _status(second) == {"growing.csv": "processed"}
    assert second.files[0].rows_in == 2
    assert not growing.exists()
    assert "TCB-3" in _published_ids(data)
    assert verify_audit(data / "reports" / "audit.jsonl").ok
    _assert_no_leak_or_temp(data)


@pytest.fixture
def watcher(settings: Settings, data: Path, keys: Keys) -> Iterator[Watcher]:
    yield Watcher(settings, scanner=DenyListScanner(), keys=keys, retry_seconds=60)


def test_watch_loses_no_row_of_a_copy_that_pauses_longer_than_the_settle_time(
    watcher: Watcher, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stable = watcher.settle.stable_seconds
    slow = _put(data / "inbox" / "slow.csv", _csv([HEADER, ROWS[1]]).encode())
    real = ClaimFiles.process

    def rest_arrives(stage: ClaimFiles, source: Any, name: str, *args: Any) -> Any:
        result = real(stage, source, name, *args)
        if name == "slow.csv":  # the copy resumes after its pause, while the file is processed
            with slow.open("ab") as handle:
                handle.write(_csv([ROWS[2]]).encode())
        return result

    monkeypatch.setattr(ClaimFiles, "process", rest_arrives)
    assert watcher.poll(0.0) is None
    first = watcher.poll(stable + 5)  # the pause outlasted the settle time: taken half-copied
    assert first is not None and _status(first)["slow.csv"] == "processed"
    assert slow.exists()
    monkeypatch.setattr(ClaimFiles, "process", real)
    assert watcher.poll(stable + 6) is None  # changed: it settles again first
    second = watcher.poll(2 * stable + 7)
    assert second is not None and _status(second) == {"slow.csv": "processed"}
    assert second.files[0].rows_in == 2 and not slow.exists()
    assert {"TCB-1", "TCB-2", "TCB-3"} <= set(_published_ids(data))


# ---------------------------------------------------------------- parsing never stops a batch


@pytest.mark.parametrize(
    ("name", "data_bytes"),
    [
        ("aa.csv", _csv([HEADER, [*ROWS[1][:7], "rang\rtwice"]]).encode()),
        ("ab.csv", _csv([HEADER, ROWS[1]], newline="\r").encode("cp1252", errors="replace")),
        ("ac.txt", codecs.BOM_UTF16_LE + _csv([HEADER, ROWS[1]], "\t").encode("utf-16-le")),
        (
            "ad.csv",
            ("\ufeff" + _csv([HEADER, ROWS[1]]).replace("TCB-2", "\ufeffTC\x00B-2")).encode(),
        ),
    ],
    ids=["cr-in-quoted-cell", "cr-only-endings", "utf-16-with-bom", "bom-and-nul-in-cells"],
)
def test_awkward_files_are_processed_and_the_batch_goes_on(
    settings: Settings, data: Path, keys: Keys, name: str, data_bytes: bytes
) -> None:
    _put(data / "inbox" / name, data_bytes)
    result = _run(settings, keys)
    assert _status(result) == {name: "processed", "normal.csv": "processed"}
    [awkward] = [f for f in result.files if f.name == name]
    assert awkward.rows_in == awkward.rows_out == 1
    assert "TCB-2" in _published_ids(data)
    _assert_normal_published(data)
    _assert_no_leak_or_temp(data)


def test_whitespace_only_lines_reconcile_and_the_audit_verifies(
    settings: Settings, data: Path, keys: Keys
) -> None:
    _put(data / "inbox" / "ids.csv", b"Claim Reference\nTCB-7\n   \nTCB-8\n\t\n")
    result = _run(settings, keys)
    [ids] = [f for f in result.files if f.name == "ids.csv"]
    assert (ids.status, ids.rows_in, ids.rows_out) == ("processed", 2, 2)
    assert verify_audit(data / "reports" / "audit.jsonl").ok
    _assert_normal_published(data)


def test_broken_quoting_quarantines_with_line_and_column_and_the_batch_goes_on(
    settings: Settings, data: Path, keys: Keys
) -> None:
    bad = _csv([HEADER, ROWS[1]]).replace('"Ted Baker said', '"olusegun adeyemi"x "said')
    _put(data / "inbox" / "aa.csv", bad.encode())
    result = _run(settings, keys)
    [held] = [f for f in result.files if f.name == "aa.csv"]
    assert held.status == "quarantined"
    assert "aa.csv, line 2, column 8: malformed CSV" in held.reason
    assert "adeyemi" not in held.reason
    _assert_normal_published(data)


def test_a_stage_bug_in_one_file_quarantines_it_and_the_batch_goes_on(
    settings: Settings, data: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    _put(data / "inbox" / "buggy.csv", _csv([HEADER, ROWS[1]]).encode())
    real = ClaimFiles.process

    def breaks(stage: ClaimFiles, source: Any, name: str, *args: Any) -> Any:
        if name == "buggy.csv":
            raise KeyError("olusegun adeyemi")  # a bug whose message holds a value
        return real(stage, source, name, *args)

    monkeypatch.setattr(ClaimFiles, "process", breaks)
    result = _run(settings, keys)
    assert _status(result) == {"buggy.csv": "quarantined", "normal.csv": "processed"}
    [held] = [f for f in result.files if f.name == "buggy.csv"]
    assert held.reason == "buggy.csv: stage process failed (KeyError; this is a bug)"
    assert (data / "quarantine" / "buggy.csv").is_file()
    _assert_normal_published(data)
    _assert_no_leak_or_temp(data)


# ---------------------------------------------------------------- only regular files


def test_a_symlink_to_a_file_outside_is_refused_reported_and_its_target_untouched(
    settings: Settings, data: Path, keys: Keys, tmp_path: Path
) -> None:
    secret = _put(
        tmp_path / "elsewhere" / "secret.csv", b"Claim Reference,Notes\nX-1,hunter2-secret\n"
    )
    os.utime(secret, ns=(1_000_000_000, 1_000_000_000))
    link = data / "inbox" / "claims.csv"
    link.symlink_to(secret)
    os.mkfifo(data / "inbox" / "pipe.csv")  # a FIFO: opening it to read would block
    (data / "inbox" / "linked").symlink_to(secret.parent, target_is_directory=True)
    result = _run(settings, keys)
    assert _status(result) == {
        "claims.csv": "refused",
        "linked": "refused",
        "normal.csv": "processed",
        "pipe.csv": "refused",
    }
    reasons = {f.name: f.reason for f in result.files}
    assert reasons["claims.csv"] == "a symlink, not a regular file; left untouched"
    assert reasons["pipe.csv"] == "a FIFO, not a regular file; left untouched"
    assert link.is_symlink() and (data / "inbox" / "pipe.csv").exists()
    assert secret.stat().st_atime_ns == 1_000_000_000  # never read
    assert not list((data / "quarantine").iterdir())
    report = next((data / "reports").glob("*.json")).read_text(encoding="utf-8")
    assert '"refused"' in report and "put the file itself in the inbox" in report
    _assert_normal_published(data)
    _assert_no_leak_or_temp(data)


# ---------------------------------------------------------------- the audit log and the disk


def test_audit_log_unwritable_mid_file_publishes_nothing_of_that_file(
    settings: Settings, data: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    _put(data / "inbox" / "second.csv", _csv([HEADER, ROWS[1]]).encode())
    real = AuditLog.append

    def fails_on_second(log: AuditLog, event: str, **fields: Any) -> str:
        if event == "file_end" and fields.get("file") == "second.csv":
            raise AuditError("cannot write the audit log: Operation not permitted")
        return real(log, event, **fields)

    monkeypatch.setattr(AuditLog, "append", fails_on_second)
    with pytest.raises(AuditError, match="cannot write the audit log"):
        _run(settings, keys)
    _assert_normal_published(data)
    assert not list((data / "out").rglob("second*"))
    assert (data / "inbox" / "second.csv").exists()
    _assert_no_leak_or_temp(data)
    monkeypatch.setattr(AuditLog, "append", real)
    assert _status(_run(settings, keys)) == {"second.csv": "processed"}


def test_audit_log_unwritable_at_batch_start_is_an_error_line_not_a_traceback(
    settings: Settings, data: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data / "reports").mkdir(parents=True)
    audit = data / "reports" / "audit.jsonl"
    real_open = Path.open

    def immutable(path: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if path == audit and mode != "r":
            raise PermissionError(errno.EPERM, "Operation not permitted", str(path))
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", immutable)
    with pytest.raises(PipelineError) as caught:
        _run(settings, keys)
    assert str(caught.value).startswith(f"{data / 'reports'}: Operation not permitted")
    assert (data / "inbox" / "normal.csv").exists()
    assert not list((data / "out").rglob("*.csv"))


def _full_disk_in_staged_outputs(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.publish._sync_and_close

    def full(handle: Any) -> None:
        handle.write("x" * 4096)  # half a block written, then the disk is full
        if "second" in os.readlink(f"/proc/self/fd/{handle.fileno()}"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(handle)

    monkeypatch.setattr(pipeline.publish, "_sync_and_close", full)


def _full_disk_on_publish(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.publish.os.replace

    def full(src: Any, dst: Any) -> None:
        if "second" in str(dst):
            raise OSError(errno.ENOSPC, "No space left on device", str(dst))
        real(src, dst)

    monkeypatch.setattr(pipeline.publish.os, "replace", full)


@pytest.mark.parametrize("fault", [_full_disk_in_staged_outputs, _full_disk_on_publish])
def test_a_full_disk_is_a_clear_error_naming_the_folder_with_no_temp_left(
    settings: Settings, data: Path, keys: Keys, monkeypatch: pytest.MonkeyPatch, fault: Any
) -> None:
    _put(data / "inbox" / "second.csv", _csv([HEADER, ROWS[1]]).encode())
    fault(monkeypatch)
    with pytest.raises(WorkspaceError) as caught:
        _run(settings, keys)
    message = str(caught.value)
    assert "No space left on device" in message and "hint: free space" in message
    assert str(data) in message
    _assert_normal_published(data)
    assert not list((data / "out").rglob("second*"))
    assert (data / "inbox" / "second.csv").exists()
    _assert_no_leak_or_temp(data)
    monkeypatch.undo()
    assert _status(_run(settings, keys)) == {"second.csv": "processed"}


# ---------------------------------------------------------------- watch settles on more than a timer


def test_settle_waits_for_close_after_write_where_the_platform_reports_it(tmp_path: Path) -> None:
    from pipeline.runner import Settle
    from pipeline.runner.watch import LOST_CLOSE

    settle = Settle(3.0)
    writing = _put(tmp_path / "writing.csv", b"Claim Reference\nTCB-1\n")
    normal = _put(tmp_path / "normal.csv", b"Claim Reference\nTCB-2\n")
    settle.saw("modified", os.fsencode(writing))  # inotify: written, and not yet closed
    assert settle.ready([writing, normal], 0.0) == []
    assert settle.ready([writing, normal], 60.0) == [normal]  # a long pause is not the end
    settle.saw("closed", str(writing))
    assert settle.ready([writing, normal], 61.0) == [writing, normal]
    moved = _put(tmp_path / "moved.csv", b"Claim Reference\nTCB-3\n")
    settle.saw("created", str(moved))  # moved in whole: no write, no close to wait for
    assert settle.ready([moved], 62.0) == [] and settle.ready([moved], 65.0) == [moved]
    settle.saw("modified", str(moved))  # written again, and the close event is lost
    assert moved not in settle.ready([moved], 100.0)
    assert moved in settle.ready([moved], 62.0 + LOST_CLOSE * 3.0)


def test_the_cli_prints_one_error_line_when_the_audit_log_cannot_be_opened(
    tmp_path: Path, keys: Keys
) -> None:
    import subprocess
    import sys

    from pipeline.vault.keys import write_key_file

    key_file = tmp_path / "claims.keys"
    write_key_file(key_file, keys, replace=False)
    data = tmp_path / "data"
    _put(data / "inbox" / "normal.csv", _csv([HEADER, ROWS[0]]).encode())
    (data / "reports" / "audit.jsonl").mkdir(parents=True)  # not a file: it cannot be opened
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMS_")}
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", "--data", str(data), "run"],
        capture_output=True,
        text=True,
        env={**env, "CLAIMS_KEYS": key_file.read_text()},
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"Error: {data / 'reports'}: Is a directory"), line
    assert (data / "inbox" / "normal.csv").exists()
    assert not (data / "out" / "redacted" / "normal.redacted.csv").exists()
