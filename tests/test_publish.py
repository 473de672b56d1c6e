"""Output files: formula cells neutralised and counted, atomic replace, staged publication."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.publish import (
    FORMULA_TRIGGERS,
    CsvWriter,
    Staged,
    atomic_open,
    csv_text,
    is_formula,
    is_temp,
    neutralise,
    remove_stale_temps,
    write_csv,
)

# Every trigger of design section 9, alone, with a payload, and after leading spaces.
PAYLOADS = ["=1+1", "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "\0=1+1", "=HYPERLINK(\"http://x.invalid\",\"click\")",
            "-", "+", "@", "=", "-5.00)", "-£1,23", "+44 7700 900123", "- 5"]  # fmt: skip


@pytest.mark.parametrize("trigger", FORMULA_TRIGGERS)
@pytest.mark.parametrize("lead", ["", " ", "   ", "\n", " \n "])
def test_every_trigger_is_neutralised_also_after_leading_spaces(trigger: str, lead: str) -> None:
    cell = f"{lead}{trigger}cmd|' /C calc'!A0"
    assert is_formula(cell)
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", PAYLOADS)
def test_formula_payloads_are_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize(
    "cell", ["-5.00", "+5", "-1,234.56", "+1,234", "-£12.50", "-$3", "-€0.99", " -5.00", "-5.00 "]
)
def test_plain_signed_amounts_are_kept_byte_for_byte(cell: str) -> None:
    """A spreadsheet reads these as numbers, never formulas; must-keep amounts stay as sent."""
    assert not is_formula(cell)
    assert neutralise(cell) == cell


@pytest.mark.parametrize(
    "cell", ["", " ", "Jane", "5-6", "a=b", "EMAIL_1_K7Q2M4X9B3N5P8RAQ4ZC", "£-5", "'=1"]
)
def test_ordinary_cells_are_left_alone(cell: str) -> None:
    assert not is_formula(cell)


@given(st.text())
def test_a_neutralised_cell_never_starts_a_formula(cell: str) -> None:
    out = neutralise(cell)
    assert out in (cell, "'" + cell)
    assert not is_formula(out)


def test_csv_writer_counts_and_round_trips() -> None:
    buffer = io.StringIO()
    writer = CsvWriter(buffer)
    writer.writerow(["a", "b", "c"])
    writer.writerows([["=1+1", "-5.00", "x"], ["@x", "ok", "\tq"]])
    assert writer.neutralised == 3
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert rows[1:] == [["'=1+1", "-5.00", "x"], ["'@x", "ok", "'\tq"]]


def test_csv_text_and_write_csv_neutralise(tmp_path: Path) -> None:
    assert csv_text(["h"], [["=x"]]) == "h\n'=x\n"
    path = tmp_path / "out.csv"
    assert write_csv(path, ["h", "=evil header"], [["+1+1", "2"]]) == 2
    assert path.read_text(encoding="utf-8") == "h,'=evil header\n'+1+1,2\n"


def test_atomic_open_leaves_no_trace_on_failure(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_open(path) as handle:
        handle.write("half")
        raise RuntimeError("boom")
    assert path.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.csv"]


def test_staged_outputs_appear_only_when_published(tmp_path: Path) -> None:
    a, b = tmp_path / "out" / "a.csv", tmp_path / "other" / "b.csv"
    with Staged() as staged:
        staged.open(a).write("A\n")
        staged.open(b).write("B\n")
        staged.seal()
        assert not a.exists() and not b.exists()
        temps = [staged.temp_of(a), staged.temp_of(b)]
        assert all(is_temp(t) and t.suffix == ".csv" for t in temps)
        assert temps[0].read_text() == "A\n"
        assert staged.publish() == [a, b]
    assert a.read_text() == "A\n" and b.read_text() == "B\n"
    assert not any(is_temp(p) for p in tmp_path.rglob("*"))


def test_staged_outputs_are_removed_when_not_published(tmp_path: Path) -> None:
    a = tmp_path / "a.csv"
    with pytest.raises(ValueError), Staged() as staged:
        staged.open(a).write("A\n")
        raise ValueError("check failed")
    assert list(tmp_path.iterdir()) == []


def test_staged_output_can_be_diverted(tmp_path: Path) -> None:
    a, target = tmp_path / "out" / "a.csv", tmp_path / "quarantine" / "a.csv"
    with Staged() as staged:
        staged.open(a).write("A\n")
        staged.divert(a, target)
        assert staged.paths == []
    assert target.read_text() == "A\n" and not a.exists()
    assert [p.name for p in (tmp_path / "out").iterdir()] == []


def test_remove_stale_temps_takes_only_temporary_files(tmp_path: Path) -> None:
    for name in (".tmp-abcd1234-x.csv", ".tmp-zz_9zz9z-report.json", "x.csv", ".hidden", ".tmp-x"):
        (tmp_path / name).write_text("1")
    assert remove_stale_temps(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [".hidden", ".tmp-x", "x.csv"]
    assert remove_stale_temps(tmp_path / "missing") == 0
