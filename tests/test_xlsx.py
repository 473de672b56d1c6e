"""``.xlsx`` inputs: every sheet with a header row, values never formulas, never silently ignored."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from pipeline.config import Settings
from pipeline.errors import InputError
from pipeline.ingest import open_source
from pipeline.runner import run_batch
from pipeline.runner.timing import ProgressFn
from tests.stubs import DenyListScanner

HEADER = ["Claim Reference", "Member ID", "Member Name", "Email Address", "Phone", "Address",
          "Postcode", "Retailer", "Order Number", "Transaction Date", "Order Total",
          "Expected Cashback", "Date Claimed", "Member Comments"]  # fmt: skip
ROW_A = ["TCB-0201", "M00617", "Aoife Ní Bhriain", "aoife.nb@example.ie", "07700 900617",
         "3 Quay Street", "BT1 3AA", "John Lewis", 7700900617, datetime(2026, 11, 3), 1234.5,
         "=K2*0.05", "10/11/2026", "Aoife Ní Bhriain here; ring 07700 900617"]  # fmt: skip
ROW_B = ["TCB-0202", "M00618", "kwame mensah", "kwame.m@example.com", "+44 113 496 0618",
         "12 Dock Road", "LS2 8AB", "Ted Baker", "000618", "2026-11-01", 89, 4.45, "",
         "kwame.m@example.com is my email"]  # fmt: skip
PLANTED = ["Aoife", "Bhriain", "aoife.nb@example.ie", "07700 900617", "Quay Street", "BT1 3AA",
           "kwame", "mensah", "kwame.m@example.com", "496 0618", "Dock Road", "LS2 8AB"]  # fmt: skip


def _book(path: Path, *sheets: tuple[str, list[list[object]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def test_every_sheet_with_the_header_is_read_as_values(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "claims.xlsx",
        ("September", [HEADER, ROW_A]),
        ("Blank", []),
        ("October", [HEADER, [], ROW_B]),
    )
    source = open_source(path, [])
    assert (source.rows, source.encoding, list(source.row_lines)) == (2, "xlsx", [2, 3])
    (frame,) = list(source.chunks(100))
    assert frame["Order Number"].tolist() == ["7700900617", "000618"]  # a number, not 7.7e9
    assert frame["Transaction Date"].tolist() == ["2026-11-03", "2026-11-01"]
    assert frame["Order Total"].tolist() == ["1234.5", "89"]
    assert frame["Expected Cashback"].tolist() == [
        "",
        "4.45",
    ]  # a formula's value, never "=K2*0.05"


def test_a_sheet_with_another_header_refuses_the_file_naming_the_sheet(tmp_path: Path) -> None:
    path = _book(tmp_path / "mixed.xlsx", ("Claims", [HEADER, ROW_A]), ("Notes", [["note"], ["x"]]))
    with pytest.raises(InputError) as caught:
        open_source(path, [])
    assert str(caught.value) == (
        f"{path}, line 1: sheet 'Notes' has another header than sheet 'Claims' "
        "(hint: save each table as its own file)"
    )


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([], "the workbook has no sheet with a header row"),
        ([["a", "", "c"], ["1", "2", "3"]], "line 1, column 2: sheet 'S': a column has no name"),
        ([["a", "b"], ["1", "2", "3"]], "line 2, column 3: sheet 'S': a cell beyond the header's 2 columns"),
    ],
)  # fmt: skip
def test_unusable_workbooks_are_input_errors(
    tmp_path: Path, rows: list[list[str]], message: str
) -> None:
    path = _book(tmp_path / "bad.xlsx", ("S", rows))  # type: ignore[arg-type]
    with pytest.raises(InputError) as caught:
        open_source(path, [])
    assert message in str(caught.value)


def test_the_inbox_and_the_workspace_know_the_same_input_types() -> None:
    from pipeline.ingest import INPUT_SUFFIXES
    from pipeline.workspace import INPUT_SUFFIXES as LISTED

    assert ".xlsx" in INPUT_SUFFIXES and LISTED == INPUT_SUFFIXES


def test_not_a_workbook_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("Claim Reference,Member Name\nTCB-1,Aoife\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        open_source(path, [])
    assert str(caught.value) == (
        f"{path}: not a readable .xlsx workbook (BadZipFile) "
        "(hint: save it again from Excel as .xlsx, or export it as CSV)"
    )
    assert "Aoife" not in str(caught.value)


def test_an_xlsx_in_the_inbox_is_processed_and_progress_moves_within_a_chunk(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = settings.data_dir
    _book(data / "inbox" / "tcb.xlsx", ("Claims", [HEADER, ROW_A, ROW_B]))
    (data / "inbox" / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    monkeypatch.setattr("pipeline.runner.redact.SCAN_STEP", 1)
    told: list[tuple[str, int, int, str]] = []

    def progress(name: str, done: int, total: int, phase: str = "scanning") -> None:
        told.append((name, done, total, phase))

    tell: ProgressFn = progress
    result = run_batch(settings, scanner=DenyListScanner(), progress=tell)
    assert {f.name: f.status for f in result.files} == {
        "broken.xlsx": "quarantined",
        "tcb.xlsx": "processed",
    }
    assert not (data / "inbox" / "tcb.xlsx").exists()
    redacted = (data / "out" / "redacted" / "tcb.redacted.csv").read_text(encoding="utf-8")
    assert redacted.splitlines()[0] == ",".join(HEADER)
    assert not [v for v in PLANTED if v.casefold() in redacted.casefold()]
    scans = [done for name, done, _, phase in told if name == "tcb.xlsx" and phase == "scanning"]
    assert scans[:2] == [1, 2]  # one chunk of two rows, told row by row
    assert told[-1] == ("tcb.xlsx", 2, 2, "done")
