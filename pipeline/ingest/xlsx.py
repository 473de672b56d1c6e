"""Reading ``.xlsx`` inputs: every sheet with a header row, cells as values, never formulas.

openpyxl opens the snapshot's bytes in read-only mode with ``data_only=True``: a formula
cell gives the value Excel last computed (empty if it never was), never its formula, and
the workbook streams row by row. The first row of a sheet is its header; a sheet with no
cell at all is skipped. Sheets sharing the first sheet's header are one table, read in
workbook order (a long list split over sheets); a sheet with another header makes the file
unusable (``InputError``, so it goes to quarantine saying which sheet), never half-read.
Line numbers in messages are the sheet's row numbers.

Cells become text the way a CSV export would write them: whole numbers without ``.0``
(an order number or phone typed as a number), dates as ``YYYY-MM-DD`` (date-times with
``T``), booleans as ``TRUE``/``FALSE``, empty cells as ``""``.
"""

from __future__ import annotations

import zipfile
from array import array
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from itertools import islice
from typing import TYPE_CHECKING, Any

import pandas as pd

from pipeline.config import SourceProfile
from pipeline.errors import InputError
from pipeline.ingest.profiles import choose_profile
from pipeline.ingest.snapshot import Snapshot

if TYPE_CHECKING:
    from pipeline.ingest.reader import SourceFile

XLSX = "xlsx"  # the SourceFile.encoding of a workbook
_INVISIBLE = str.maketrans("", "", "\ufeff\x00")


def open_workbook(
    snapshot: Snapshot, profiles: Sequence[SourceProfile], folder: str | None
) -> SourceFile:
    """Validate a workbook's sheets and count their rows; InputError if it cannot be used."""
    from pipeline.ingest.reader import SourceFile

    header: tuple[str, ...] | None = None
    first_sheet = ""
    starts = array("q")
    for sheet, rows in _sheets(snapshot):
        found = next(rows, None)
        if found is None:
            continue  # an empty sheet: nothing to read
        line, cells = found
        named = _header(snapshot, sheet, line, cells)
        if header is None:
            header, first_sheet = named, sheet
        elif named != header:
            raise InputError(
                f"sheet {sheet!r} has another header than sheet {first_sheet!r}",
                path=snapshot.path,
                line=line,
                hint="save each table as its own file",
            )
        for line, cells in rows:
            _check_width(snapshot, sheet, line, cells, len(header))
            starts.append(line)
    if header is None:
        raise InputError("the workbook has no sheet with a header row", path=snapshot.path)
    return SourceFile(
        path=snapshot.path,
        encoding=XLSX,
        delimiter="",
        header=header,
        rows=len(starts),
        profile=choose_profile(header, profiles, folder),
        row_lines=starts,
        snapshot=snapshot,
    )


def workbook_chunks(source: SourceFile, chunk_rows: int) -> Iterator[pd.DataFrame]:
    """The data rows of every sheet with the file's header, ``chunk_rows`` at a time."""
    columns = list(source.header)
    width = len(columns)

    def rows() -> Iterator[list[str]]:
        for _, sheet_rows in _sheets(source.snapshot):
            found = next(sheet_rows, None)
            if found is None:
                continue
            for _, cells in sheet_rows:
                yield (cells + [""] * width)[:width]

    stream = rows()
    while batch := list(islice(stream, chunk_rows)):
        yield pd.DataFrame(batch, columns=columns, dtype=str)


def _sheets(snapshot: Snapshot) -> Iterator[tuple[str, Iterator[tuple[int, list[str]]]]]:
    """(sheet title, its non-blank rows as (row number, text cells)) in workbook order."""
    from openpyxl import load_workbook

    with snapshot.open() as handle:
        try:
            book = load_workbook(handle, read_only=True, data_only=True, keep_links=False)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise InputError(
                f"not a readable .xlsx workbook ({type(exc).__name__})",
                path=snapshot.path,
                hint="save it again from Excel as .xlsx, or export it as CSV",
            ) from None
        try:
            for sheet in book.worksheets:
                yield str(sheet.title), _sheet_rows(sheet)
        finally:
            book.close()


def _sheet_rows(sheet: Any) -> Iterator[tuple[int, list[str]]]:
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_text(v) for v in values]
        while cells and not cells[-1].strip():
            cells.pop()  # trailing empty cells: Excel's used range is often wider than the data
        if cells:
            yield number, cells


def _text(value: object) -> str:
    """A cell's value as the text a CSV export would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(Decimal(repr(value)), "f")
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).translate(_INVISIBLE)


def _header(snapshot: Snapshot, sheet: str, line: int, cells: list[str]) -> tuple[str, ...]:
    header = [c.strip() for c in cells]
    seen: set[str] = set()
    for position, name in enumerate(header, start=1):
        if not name:
            raise InputError(
                f"sheet {sheet!r}: a column has no name",
                path=snapshot.path,
                line=line,
                column=position,
            )
        if name in seen:
            raise InputError(
                f"sheet {sheet!r}: a column name appears twice",
                path=snapshot.path,
                line=line,
                column=position,
            )
        seen.add(name)
    return tuple(header)


def _check_width(snapshot: Snapshot, sheet: str, line: int, cells: list[str], width: int) -> None:
    if len(cells) > width:
        raise InputError(
            f"sheet {sheet!r}: a cell beyond the header's {width} columns",
            path=snapshot.path,
            line=line,
            column=len(cells),
            hint="name the column in the header row, or clear the stray cell",
        )
