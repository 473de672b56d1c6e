"""The workspace keeps what it holds apart: every input keeps its own outputs (unique stems,
re-decisions to the right file), and quarantined plaintext is owner-only, purged by retention
and reached by `claims erase`. Each case sits beside a normal file that must be published."""

from __future__ import annotations

import codecs
import csv
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.models import BatchResult, Kind
from pipeline.runner import run_batch
from pipeline.vault import Keys
from tests.stubs import DenyListScanner
from tests.test_intake import (
    HEADER,
    ROWS,
    _assert_normal_published,
    _csv,
    _put,
    _run,
    _status,
    data,
    keys,
)

__all__ = ["data", "keys"]  # fixtures shared with test_intake


# ---------------------------------------------------------------- every input keeps its outputs


def _redacted(data: Path, stem: str) -> list[str]:
    path = data / "out" / "redacted" / f"{stem}.redacted.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [row[0] for row in list(csv.reader(handle))[1:]]


@pytest.mark.parametrize(
    ("first", "second", "stems"),
    [
        ("claims.csv", "claims.txt", ("claims", "claims~2")),
        ("a.b.csv", "a/b.csv", ("a.b", "a.b~2")),
    ],
    ids=["same-stem-other-suffix", "dotted-name-and-subfolder"],
)
def test_inputs_that_share_a_stem_each_keep_their_outputs(
    settings: Settings, data: Path, keys: Keys, first: str, second: str, stems: tuple[str, str]
) -> None:
    _put(data / "inbox" / first, _csv([HEADER, ROWS[1], ROWS[2]]).encode())
    _put(
        data / "inbox" / second,
        _csv([HEADER, [*ROWS[0][:7], "x"]]).replace("TCB-1", "TCB-5").encode(),
    )
    result = _run(settings, keys)
    assert _status(result) == {first: "processed", second: "processed", "normal.csv": "processed"}
    assert _redacted(data, stems[0]) == ["TCB-2", "TCB-3"]
    assert _redacted(data, stems[1]) == ["TCB-5"]
    outputs = {f.name: f.outputs for f in result.files}
    assert outputs[first] != outputs[second]
    _assert_normal_published(data)


def test_a_later_file_under_an_earlier_name_does_not_replace_its_outputs(
    settings: Settings, data: Path, keys: Keys
) -> None:
    _put(data / "inbox" / "claims.csv", _csv([HEADER, ROWS[1]]).encode())
    _run(settings, keys)
    _put(data / "inbox" / "claims.csv", _csv([HEADER, ROWS[2]]).encode())  # re-dropped, new bytes
    _put(data / "inbox" / "normal.csv", _csv([HEADER, ROWS[0]]).replace("TCB-1", "TCB-6").encode())
    result = _run(settings, keys)
    assert _status(result) == {"claims.csv": "processed", "normal.csv": "processed"}
    assert _redacted(data, "claims") == ["TCB-2"]
    assert _redacted(data, "claims~2") == ["TCB-3"]
    assert _redacted(data, "normal") == ["TCB-1"] and _redacted(data, "normal~2") == ["TCB-6"]


def test_a_redecision_rewrites_the_file_it_belongs_to(settings: Settings, keys: Keys) -> None:
    from tests.test_runner import ORDERS, PEOPLE, TCB_HEADER

    data = settings.data_dir
    now = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    _put(data / "inbox" / "claims.csv", _csv([TCB_HEADER, PEOPLE[1]]).encode())
    _put(data / "inbox" / "claims.txt", _csv([TCB_HEADER, PEOPLE[0]]).encode())
    run_batch(settings, scanner=DenyListScanner(), keys=keys, now=now)
    decisions = data / "out" / "decisions"
    before = {p.name: p.read_bytes() for p in decisions.iterdir()}
    assert sorted(before) == ["claims.decisions.csv", "claims~2.decisions.csv"]
    _put(data / "orders" / "orders.csv", _csv(ORDERS).encode())  # the late order of claims.txt
    result = run_batch(settings, scanner=DenyListScanner(), keys=keys, now=now)
    assert [r.file for r in result.redecided] == ["claims.txt"]
    assert (decisions / "claims.decisions.csv").read_bytes() == before["claims.decisions.csv"]
    assert (decisions / "claims~2.decisions.csv").read_bytes() != before["claims~2.decisions.csv"]
    assert sorted(p.name for p in decisions.iterdir()) == sorted(before)


# ---------------------------------------------------------------- quarantine holds plaintext


def _quarantine_two(settings: Settings, data: Path) -> BatchResult:
    """Two bad files (ragged rows) naming two people, beside the normal file."""
    bad_one = _csv([HEADER, ROWS[1][:5]])  # o.adeyemi@example.org, too few fields
    bad_two = _csv([HEADER, ROWS[2][:5]])  # hoa.nguyen@example.net
    _put(data / "inbox" / "one.txt", codecs.BOM_UTF16_LE + bad_one.encode("utf-16-le"))
    _put(data / "inbox" / "two.csv", bad_two.encode("cp1252", errors="replace"))
    return run_batch(settings, scanner=DenyListScanner())


def _registered(quarantine: Path) -> list[str]:
    """The names the quarantine registry (held.json) still records."""
    held = json.loads((quarantine / "held.json").read_text(encoding="utf-8"))["held"]
    return sorted(h["name"] for h in held)


def test_quarantined_files_are_owner_only(settings: Settings, data: Path) -> None:
    result = _quarantine_two(settings, data)
    assert _status(result) == {"normal.csv": "processed", "one.txt": "quarantined",
                               "two.csv": "quarantined"}  # fmt: skip
    quarantine = data / "quarantine"
    assert quarantine.stat().st_mode & 0o777 == 0o700
    held = sorted(p.name for p in quarantine.iterdir() if p.is_file() and p.name != "held.json")
    assert held == ["one.txt", "one.txt.reason.txt", "two.csv", "two.csv.reason.txt"]
    for name in held:
        assert (quarantine / name).stat().st_mode & 0o777 == 0o600, name
    _assert_normal_published(data)


def test_erase_finds_and_shreds_a_person_in_quarantine(settings: Settings, data: Path) -> None:
    from pipeline.operations import Operations

    _quarantine_two(settings, data)
    done = Operations(settings, who="tester").erase(
        {Kind.EMAIL: "O.Adeyemi@example.org"}, None, "DSR-1"
    )
    assert done.quarantined == 1
    quarantine = data / "quarantine"
    assert (
        not (quarantine / "one.txt").exists() and not (quarantine / "one.txt.reason.txt").exists()
    )
    assert (quarantine / "two.csv").exists()  # another person's file stays
    assert _registered(quarantine) == ["two.csv"]  # and only its record
    log = (data / "reports" / "audit.jsonl").read_text(encoding="utf-8")
    assert '"quarantined":1' in log and "adeyemi" not in log
    _assert_normal_published(data)


def test_erase_dry_run_counts_a_person_held_only_in_quarantine(
    settings: Settings, data: Path
) -> None:
    from pipeline.operations import Operations

    _quarantine_two(settings, data)
    ops = Operations(settings, who="tester")
    plan = ops.erase({Kind.EMAIL: "hoa.nguyen@example.net"}, dry_run=True)
    # nothing of hers reached the vault, yet she is held: not "nothing held" (exit 4)
    assert (plan.records, plan.quarantined, plan.is_empty) == (0, 1, False)
    assert plan.as_dict()["status"] == "dry_run" and plan.as_dict()["quarantined"] == 1
    assert (data / "quarantine" / "two.csv").exists()  # a dry run shreds nothing
    assert _registered(data / "quarantine") == ["one.txt", "two.csv"]
    assert "nguyen" not in (data / "reports" / "audit.jsonl").read_text(encoding="utf-8").lower()


def test_retention_purges_quarantine_held_too_long(settings: Settings, data: Path) -> None:
    _quarantine_two(settings, data)
    quarantine = data / "quarantine"
    days = settings.pipeline.retention.days
    old = (quarantine / "one.txt.reason.txt").stat().st_mtime - (days + 1) * 86_400
    os.utime(quarantine / "one.txt.reason.txt", (old, old))
    _put(data / "inbox" / "normal.csv", _csv([HEADER, ROWS[0]]).replace("TCB-1", "TCB-9").encode())
    result = run_batch(settings, scanner=DenyListScanner())
    assert _status(result) == {"normal.csv": "processed"}
    assert (
        not (quarantine / "one.txt").exists() and not (quarantine / "one.txt.reason.txt").exists()
    )
    assert (quarantine / "two.csv").exists()
    assert _registered(quarantine) == ["two.csv"]
    assert '"scope":"quarantine"' in (data / "reports" / "audit.jsonl").read_text(encoding="utf-8")
