"""Writing output files safely: CSV with formula cells neutralised, atomic replace, durable folders.

Every CSV the pipeline writes goes through ``write_csv``: UTF-8, ``,`` delimiter, and any
cell that a spreadsheet would run as a formula (``= + - @``, tab, CR or NUL first, also
after leading spaces) gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")


def is_formula(cell: str) -> bool:
    """True when a spreadsheet could treat the cell as a formula."""
    stripped = cell.lstrip(" ")
    return bool(stripped) and stripped[0] in FORMULA_TRIGGERS or bool(cell) and cell[0] in ("\t", "\r", "\0")


def neutralise(cell: str) -> str:
    """The cell with a leading apostrophe if it could run as a formula."""
    return "'" + cell if is_formula(cell) else cell


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_open(path: Path, mode: str = "w") -> Iterator[IO[str]]:
    """Open a temp file beside ``path``; on success fsync, rename over ``path``, fsync the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    """Write a text file atomically."""
    with atomic_open(path) as handle:
        handle.write(text)


class CsvWriter:
    """Writes rows as UTF-8 CSV with formula cells neutralised, counting them."""

    def __init__(self, handle: IO[str]) -> None:
        self._writer = csv.writer(handle, lineterminator="\n")
        self.neutralised = 0

    def writerow(self, row: Sequence[str]) -> None:
        clean = []
        for cell in row:
            if is_formula(cell):
                self.neutralised += 1
                cell = "'" + cell
            clean.append(cell)
        self._writer.writerow(clean)

    def writerows(self, rows: Iterable[Sequence[str]]) -> None:
        for row in rows:
            self.writerow(row)


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write a whole CSV atomically; returns how many cells were neutralised."""
    with atomic_open(path) as handle:
        writer = CsvWriter(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return writer.neutralised


def csv_text(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """The CSV text for rows (formula cells neutralised), for tests and small outputs."""
    buffer = io.StringIO()
    writer = CsvWriter(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()
