"""Writing output files safely: CSV with formula cells neutralised, atomic replace, durable folders.

Every CSV the pipeline writes goes through ``CsvWriter`` (``write_csv``, ``csv_text``):
UTF-8, ``,`` delimiter, and any cell that a spreadsheet would run as a formula gets a
leading apostrophe (see ``is_formula``). Every file appears atomically: it is written
under a temporary name ``.tmp-XXXXXXXX-<name>`` in its own folder, fsynced, renamed over
its final name, and the folder is fsynced, so a reader (or a crash) sees the old file or
the new one, never half of one. ``Staged`` holds several such files back until the caller
has checked them, then publishes them together; ``remove_stale_temps`` clears what a
killed process left behind.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import IO

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")
TEMP_PREFIX = ".tmp-"
# Characters skipped before looking for a trigger: spreadsheets ignore them in front of '='.
_LEADING = " \n"
# A plain signed amount: a spreadsheet reads it as a number, never as a formula.
_PLAIN_NUMBER = re.compile(r"[+-][£$€]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)? *")
_TEMP_NAME = re.compile(r"\.tmp-[A-Za-z0-9_]{8}-(?P<name>.+)")
_SUSPECT = frozenset(FORMULA_TRIGGERS) | frozenset(_LEADING)


def is_formula(cell: str) -> bool:
    """True when a spreadsheet could run the cell as a formula.

    The cell's first character after any spaces (or line feeds) is one of ``= + - @``,
    tab, CR or NUL, and the cell is not a plain signed number. ``-5.00``, ``+1,234.56`` or
    ``-£12.50`` are left alone: a spreadsheet reads them as numbers, which cannot call a
    function, and they are amounts the redacted file must keep byte for byte. Anything
    else after the sign (``-2+3+cmd|' /C calc'!A0``, ``-5.00)``) is neutralised.
    """
    stripped = cell.lstrip(_LEADING)
    if not stripped or stripped[0] not in FORMULA_TRIGGERS:
        return False
    return _PLAIN_NUMBER.fullmatch(stripped) is None


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


def _temp_beside(path: Path) -> tuple[int, Path]:
    """A new temporary file in ``path``'s folder, named so it keeps ``path``'s suffix."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=f"-{path.name}", dir=path.parent)
    return fd, Path(tmp)


def _sync_and_close(handle: IO[str]) -> None:
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()


@contextmanager
def atomic_open(path: Path, mode: str = "w") -> Iterator[IO[str]]:
    """A temp file beside ``path``; on success: fsync, rename over ``path``, fsync the folder."""
    fd, tmp = _temp_beside(path)
    try:
        with os.fdopen(fd, mode, encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class Staged:
    """Output files written under temporary names and published together once checked.

    ``open`` each output, write it, ``seal`` (fsync and close all), check the sealed temp
    files (``temp_of``), then ``publish`` (rename each over its final name, fsync the
    folders) or ``divert`` them elsewhere. Leaving the ``with`` block without publishing
    removes whatever is still staged, so nothing unchecked ever takes a final name.
    """

    def __init__(self) -> None:
        self._files: dict[Path, tuple[Path, IO[str]]] = {}

    def __enter__(self) -> Staged:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.discard()

    def open(self, path: Path) -> IO[str]:
        """A text handle (UTF-8, no newline translation) for the output that will be ``path``."""
        if path in self._files:
            raise ValueError(f"{path} is staged already")
        fd, tmp = _temp_beside(path)
        handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._files[path] = (tmp, handle)
        return handle

    @property
    def paths(self) -> list[Path]:
        """The final paths of the staged outputs, in the order they were opened."""
        return list(self._files)

    def temp_of(self, path: Path) -> Path:
        """Where the output that will be ``path`` is being written."""
        return self._files[path][0]

    def seal(self) -> None:
        """Flush, fsync and close every staged file (their content is now durable)."""
        for _, handle in self._files.values():
            if not handle.closed:
                _sync_and_close(handle)

    def publish(self) -> list[Path]:
        """Rename every staged file over its final name and fsync the folders; returns the paths."""
        self.seal()
        folders: dict[Path, None] = {}
        for path, (tmp, _) in self._files.items():
            os.replace(tmp, path)
            folders[path.parent] = None
        for folder in folders:
            fsync_dir(folder)
        published = list(self._files)
        self._files.clear()
        return published

    def divert(self, path: Path, target: Path) -> None:
        """Move one sealed output to ``target`` instead of its final name (durably)."""
        tmp, handle = self._files.pop(path)
        if not handle.closed:
            _sync_and_close(handle)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
        fsync_dir(target.parent)

    def discard(self) -> None:
        """Close and remove every file still staged."""
        for tmp, handle in self._files.values():
            # closing flushes: on a full disk that fails too, and the temp file must still go
            with contextlib.suppress(OSError):
                handle.close()
            tmp.unlink(missing_ok=True)
        self._files.clear()


def is_temp(path: Path) -> bool:
    """True for a temporary file of ``atomic_open`` or ``Staged`` (not yet, or never, published)."""
    return _TEMP_NAME.fullmatch(path.name) is not None


def remove_stale_temps(folder: Path) -> int:
    """Remove the temporary files a killed process left in ``folder``; returns how many.

    Only call it while no other process can be writing there (the batch holds the
    workspace lock).
    """
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.iterdir():
        if is_temp(path) and path.is_file():
            path.unlink(missing_ok=True)
            removed += 1
    if removed:
        fsync_dir(folder)
    return removed


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
            # The first-character test keeps the common cell to one set look-up.
            if cell and cell[0] in _SUSPECT and is_formula(cell):
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
