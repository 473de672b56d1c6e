"""The analyst's day at the command line: exit codes, --json, global options, quarantine, dry run.

Every verb runs through ``run_cli`` (what ``claims`` runs) with a stub detector, on a
workspace and configs of its own. Every line printed is searched for the planted values.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import run_cli
from pipeline.config import DEFAULT_CONFIG_DIR, load_settings
from pipeline.runner import Watcher
from pipeline.workspace import Workspace
from tests.stubs import RowOnlyScanner

HEADER = ["Claim Reference", "Member ID", "Member Name", "Email Address", "Phone", "Address",
          "Postcode", "Retailer", "Order Number", "Transaction Date", "Order Total",
          "Expected Cashback", "Date Claimed", "Member Comments"]  # fmt: skip
PEOPLE = [
    ["TCB-0101", "M00517", "Siobhán Nakamura-Reyes", "siobhan.nr@example.com", "07700 900517",
     "22 Rowan Close\nHarrogate", "HG1 2QT", "Ted Baker", "07700900123", "03/11/2026", "£45.00",
     "2.25", "10/11/2026", "call me on 07700 900517, Siobhán"],
    ["TCB-0102", "M00518", "oluwaseun adeyemi", "seun.a@example.org", "+44 113 496 0733",
     "Flat 2, 5 Kiln Row, Ripon", "hg4 1ab", "John Lewis", "000777", "2026-11-01", "19.99",
     "1.00", "", "write to seun.a@example.org"],
]  # fmt: skip
PLANTED = ["Siobhán", "Nakamura", "siobhan.nr@example.com", "07700 900517", "Rowan Close",
           "HG1 2QT", "M00517", "oluwaseun", "adeyemi", "seun.a@example.org", "496 0733",
           "Kiln Row", "hg4 1ab", "M00518"]  # fmt: skip


def _csv(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(buffer.getvalue(), encoding="utf-8")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Configs copied under tmp_path (so the key file is tmp_path/secrets), an empty workspace."""
    configs = tmp_path / "configs"
    shutil.copytree(DEFAULT_CONFIG_DIR, configs)
    # The row-only stub: a value known only from another row (the leak `_leaky` plants) is
    # missed, so the leak check has something to hold back.
    monkeypatch.setattr("pipeline.runner.batch.LazyScanner", lambda _: RowOnlyScanner())
    monkeypatch.delenv("CLAIMS_NOW", raising=False)
    monkeypatch.chdir(tmp_path)
    return {"configs": configs, "data": tmp_path / "data"}


class Claims:
    """``claims ...`` in-process: (exit code, stdout, stderr); no planted value may be printed."""

    def __init__(self, ws: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
        self.ws = ws
        self.capsys = capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = run_cli(["--config", str(self.ws["configs"]), *args])
        out, err = self.capsys.readouterr()
        printed = (out + err).casefold()
        assert not [v for v in PLANTED if v.casefold() in printed], "a planted value was printed"
        return code, out, err

    def data(self) -> list[str]:
        return ["--data", str(self.ws["data"])]


@pytest.fixture
def claims(ws: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> Claims:
    return Claims(ws, capsys)


def _leaky(data: Path) -> None:
    """A file whose second comment holds the first person's email: the stub misses it."""
    second = list(PEOPLE[1])
    second[13] = "my sister siobhan.nr@example.com claimed too"
    _csv(data / "inbox" / "tcb.csv", [HEADER, PEOPLE[0], second])


def _audit_events(data: Path) -> list[str]:
    lines = (data / "reports" / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["event"] for line in lines]


# -- exit codes and --json -----------------------------------------------------------------


def test_every_file_published_exits_0_with_json_status(claims: Claims) -> None:
    _csv(claims.ws["data"] / "inbox" / "tcb.csv", [HEADER, *PEOPLE])
    code, out, err = claims("run", "--json", *claims.data())
    assert code == 0, err
    found = json.loads(out)
    assert found["status"] == "published" and found["exit_code"] == 0
    assert "T" in found["started"] and "T" in found["finished"]
    methods = {c["method"] for f in found["files"] for c in f["columns"]}
    assert "profile" in methods and not any("Method." in m for m in methods)
    assert err == ""


def test_global_options_before_or_after_the_verb(claims: Claims) -> None:
    before = claims(*claims.data(), "--json", "batches")
    after = claims("batches", *claims.data(), "--json")
    mixed = claims("--json", "batches", *claims.data())
    assert before == after == mixed
    assert json.loads(before[1]) == {"status": "ok", "batches": []}
    code, out, _ = claims("run", "-q", *claims.data())
    assert (code, out) == (0, "")


def test_quarantined_file_exits_3_and_names_the_next_step(claims: Claims) -> None:
    data = claims.ws["data"]
    _csv(data / "inbox" / "tcb.csv", [HEADER, *PEOPLE])
    (data / "inbox" / "ragged.csv").write_text("a,b\n1,2,3\n", encoding="utf-8")
    code, out, err = claims("run", *claims.data())
    assert code == 3
    assert err.splitlines() == [
        "1 file(s) not published: `claims quarantine list` says why and what next."
    ]
    step = next(line for line in out.splitlines() if "next:" in line)
    configs = claims.ws["configs"]  # not the default configs/: the command names them
    assert f"`claims quarantine retry ragged.csv --config {configs}`" in step
    assert f"`claims quarantine purge ragged.csv --config {configs}`" in step
    reason = (data / "quarantine" / "ragged.csv.reason.txt").read_text(encoding="utf-8")
    assert reason.splitlines()[0] == (
        "ragged.csv, line 2, column 3: row has 3 fields, the header has 2 "
        "(hint: check for an unquoted delimiter or a missing field)"
    )
    assert reason.splitlines()[1].startswith("Next step: fix the file or its source profile")
    report = json.loads(next((data / "reports").glob("2*.json")).read_text(encoding="utf-8"))
    entry = next(f for f in report["files"] if f["name"] == "ragged.csv")
    assert "`claims quarantine retry ragged.csv" in entry["next_step"]


def test_a_batch_that_cannot_run_exits_1_and_json_says_failed(claims: Claims) -> None:
    data = claims.ws["data"]
    settings = load_settings(claims.ws["configs"], data)
    workspace = Workspace.of(settings)
    workspace.ensure()
    with workspace.hold():  # another batch (a watch, say) holds the workspace
        code, out, err = claims("run", *claims.data(), "--json")
    assert code == 1
    assert err.splitlines() == [
        f"Error: another batch is running on {data} "
        "(hint: wait for it to finish (is `claims watch` running?))"
    ]
    assert json.loads(out)["status"] == "failed"


def test_usage_and_configuration_errors_exit_2(claims: Claims) -> None:
    data = claims.ws["data"]
    code, _, err = claims("run", "nope.csv", *claims.data())
    assert code == 2
    assert err.splitlines()[-1] == (
        f"Error: Invalid value for FILE: nope.csv: no such file in {data / 'inbox'} "
        f"or {data / 'orders'}"
    )
    code, _, err = claims("run", "--as-of", "last tuesday", *claims.data())
    assert code == 2
    assert err.splitlines()[-1] == (
        "Error: Invalid value for --as-of: expected an ISO date-time or `samples`"
    )
    rules = claims.ws["configs"] / "rules.yaml"
    rules.write_text(rules.read_text(encoding="utf-8") + "claim_windw: 3\n", encoding="utf-8")
    code, out, err = claims("run", *claims.data(), "--json")
    assert code == 2
    assert err.startswith(f"Error: {rules} key 'claim_windw': unknown key")
    assert json.loads(out)["status"] == "error"


# -- held back by the leak check: watch leaves it alone, retry, purge -----------------------


def test_leak_held_file_is_not_retried_until_it_or_the_config_changes(claims: Claims) -> None:
    data = claims.ws["data"]
    _leaky(data)
    code, out, _ = claims("run", *claims.data())
    assert code == 3
    assert "leak        tcb.csv" in out and "`claims quarantine retry tcb.csv" in out
    assert (data / "inbox" / "tcb.csv").exists()  # nothing published, nothing deleted
    events = _audit_events(data)
    code, out, _ = claims("run", *claims.data())  # the same bytes, the same configs
    assert code == 3
    assert "held        tcb.csv: held back since batch" in out
    assert _audit_events(data)[len(events) :] == ["batch_start", "batch_end"]
    settings = load_settings(claims.ws["configs"], data)
    watcher = Watcher(settings, scanner=RowOnlyScanner())
    assert watcher.ready(now=1e9) == []  # settled, but held: no batch, no report, no event
    profile = claims.ws["configs"] / "sources" / "topcashback.yaml"
    profile.write_text(profile.read_text(encoding="utf-8") + "# reviewed\n", encoding="utf-8")
    assert watcher.ready(now=2e9) == [data / "inbox" / "tcb.csv"]


def test_quarantine_list_show_retry_purge(claims: Claims) -> None:
    data = claims.ws["data"]
    _leaky(data)
    (data / "inbox" / "ragged.csv").write_text("a,b\n1,2,3\n", encoding="utf-8")
    assert claims("run", *claims.data())[0] == 3
    code, out, _ = claims("quarantine", "list", *claims.data())
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("held back    tcb.csv since batch ")
    assert lines[0].endswith(": residual-leak check found 1 hit(s)")
    assert lines[1].startswith("quarantined  ragged.csv since batch ")
    code, out, _ = claims("quarantine", "show", "tcb.csv", *claims.data(), "--json")
    shown = json.loads(out)
    assert shown["status"] == "ok" and shown["held"]["kind"] == "held back"
    assert shown["held"]["outputs"] == [
        "quarantine/outputs/tcb.redacted.csv",
        "quarantine/outputs/tcb.decisions.csv",
    ]
    held_output = data / "quarantine" / "outputs" / "tcb.redacted.csv"
    assert held_output.exists()
    # retry a quarantined file after fixing it: back in the inbox, and audited
    code, out, _ = claims("quarantine", "retry", "ragged.csv", *claims.data())
    assert code == 0
    assert (
        out.strip()
        == "ragged.csv is back in processing as inbox/ragged.csv; `claims run` takes it."
    )
    assert (data / "inbox" / "ragged.csv").exists()
    assert not (data / "quarantine" / "ragged.csv.reason.txt").exists()
    # purge the held-back file: its input and held outputs are gone, and audited
    code, out, _ = claims("quarantine", "purge", "tcb.csv", "--yes", *claims.data())
    assert code == 0
    assert out.strip() == "Purged tcb.csv: 3 file(s) overwritten and deleted."
    assert not (data / "inbox" / "tcb.csv").exists() and not held_output.exists()
    events = _audit_events(data)
    assert events.count("quarantine_retry") == 1 and events.count("quarantine_purge") == 1
    code, _, err = claims("quarantine", "show", "tcb.csv", *claims.data())
    assert code == 1
    assert err.splitlines() == [
        "Error: nothing held under the name 'tcb.csv' (hint: `claims quarantine list` names them)"
    ]
    (data / "inbox" / "ragged.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert claims("run", *claims.data())[0] == 0
    assert claims("quarantine", "list", *claims.data())[1] == "Nothing is held.\n"


def test_retry_of_a_held_back_file_lets_the_next_batch_take_it(claims: Claims) -> None:
    data = claims.ws["data"]
    _leaky(data)
    assert claims("run", *claims.data())[0] == 3
    assert claims("quarantine", "retry", "tcb.csv", *claims.data())[0] == 0
    assert not (data / "quarantine" / "outputs" / "tcb.redacted.csv").exists()
    code, out, _ = claims("run", *claims.data())
    assert code == 3 and "leak        tcb.csv" in out  # tried again (and refused again)


# -- run FILE, --dry-run, batches, help ----------------------------------------------------


def test_run_named_files_only(claims: Claims) -> None:
    data = claims.ws["data"]
    _csv(data / "inbox" / "a.csv", [HEADER, PEOPLE[0]])
    _csv(data / "inbox" / "b.csv", [HEADER, PEOPLE[1]])
    code, out, _ = claims("run", "a.csv", *claims.data(), "--json")
    assert code == 0
    assert [f["name"] for f in json.loads(out)["files"]] == ["a.csv"]
    assert (data / "inbox" / "b.csv").exists() and not (data / "inbox" / "a.csv").exists()


def test_dry_run_plans_and_writes_nothing(claims: Claims) -> None:
    data = claims.ws["data"]
    _csv(data / "inbox" / "tcb.csv", [HEADER, *PEOPLE])
    (data / "inbox" / "ragged.csv").write_text("a,b\n1,2,3\n", encoding="utf-8")
    before = sorted(p.relative_to(data) for p in data.rglob("*"))
    code, out, _ = claims("run", "--dry-run", *claims.data())
    assert code == 3
    assert out.splitlines()[:4] == [
        "Dry run: 2 file(s); nothing written, moved or deleted.",
        "  would be quarantined: inbox/ragged.csv",
        "    ragged.csv, line 2, column 3: row has 3 fields, the header has 2 "
        "(hint: check for an unquoted delimiter or a missing field)",
        "  would be processed: inbox/tcb.csv, profile topcashback, 2 rows",
    ]
    assert sorted(p.relative_to(data) for p in data.rglob("*")) == before
    code, out, _ = claims("run", "tcb.csv", "--dry-run", "--json", *claims.data())
    planned = json.loads(out)
    assert (code, planned["status"]) == (0, "planned")
    assert planned["files"][0]["outcome"] == "would be processed"
    assert planned["files"][0]["columns"]["Email Address"] == "EMAIL"


def test_batches_lists_past_batches(claims: Claims) -> None:
    data = claims.ws["data"]
    code, out, _ = claims("batches", *claims.data())
    assert (code, out) == (0, f"No batch has run on {data} yet.\n")
    _csv(data / "inbox" / "tcb.csv", [HEADER, *PEOPLE])
    claims("run", *claims.data(), "--as-of", "2026-11-20T09:00:00")
    code, out, _ = claims("batches", *claims.data())
    assert out == "20261120T090000Z     passed      1 file(s): 1 processed; 2 rows\n"


def test_help_shows_every_summary_uncut(claims: Claims) -> None:
    from pipeline.cli import cli

    code, out, _ = claims("--help")
    assert code == 0
    listing = " ".join(out.split("Commands:")[1].split())
    for name, command in cli.commands.items():
        summary = command.short_help or (command.help or "").strip().splitlines()[0]
        assert f"{name} {' '.join(summary.split())}" in listing, name
    assert "..." not in listing
