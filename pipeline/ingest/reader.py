"""Decoding, delimiter sniffing and chunked reading of one input file, every cell as text.

Everything is read from a ``Snapshot`` (the bytes that were hashed), through one parser:
the row count checked when the file is opened and the rows handed out in chunks come from
the same ``_records``, so rows in and rows out cannot be counted two ways. Every ``csv``
and decoding error becomes an ``InputError`` naming line and column.
"""

from __future__ import annotations

import codecs
import csv
import io
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import pandas as pd

from pipeline.config import SourceProfile
from pipeline.errors import InputError
from pipeline.ingest.profiles import choose_profile
from pipeline.ingest.snapshot import Snapshot, take_snapshot
from pipeline.ingest.xlsx import XLSX, open_workbook, workbook_chunks

DELIMITERS = (",", ";", "\t", "|")
# a byte-order mark names its encoding; UTF-32 first, its little-endian mark starts like UTF-16's
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_BLOCK = 1 << 20
_SAMPLE_CHARS = 64 * 1024
# removed from every cell and header before anything reads them: a mark or NUL left inside
# a value would give it a different token or claim id from the same value without it
_INVISIBLE = str.maketrans("", "", "\ufeff\x00")


@dataclass(frozen=True, slots=True)
class SourceFile:
    """An input file that decoded and parsed cleanly: how to read it, and what it holds."""

    path: Path
    encoding: str
    delimiter: str
    header: tuple[str, ...]
    rows: int
    profile: SourceProfile | None
    # physical line on which each data row starts (1-based), for messages; an array of
    # machine integers: 8 bytes a row, where a tuple of ints costs 36
    row_lines: array[int]
    snapshot: Snapshot

    def chunks(self, chunk_rows: int) -> Iterator[pd.DataFrame]:
        """The data rows as DataFrames of text cells, ``chunk_rows`` at a time, in file order."""
        if self.encoding == XLSX:
            yield from workbook_chunks(self, chunk_rows)
            return
        columns = list(self.header)
        records = _records(self.snapshot, self.encoding, self.delimiter, len(columns))
        rows = (row for _, row in records)
        while batch := list(islice(rows, chunk_rows)):
            yield pd.DataFrame(batch, columns=columns, dtype=str)


def _text(snapshot: Snapshot, encoding: str) -> io.TextIOWrapper:
    # newline="": csv sees \r\n, \n and a lone \r as line ends, and a \r inside quotes as text
    return io.TextIOWrapper(snapshot.open(), encoding=encoding, errors="strict", newline="")


def _cleaned(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        yield line.translate(_INVISIBLE) if "\ufeff" in line or "\x00" in line else line


def _is_blank(row: list[str]) -> bool:
    """An empty or whitespace-only line: skipped, in every pass, never counted as a row."""
    return not row or (len(row) == 1 and not row[0].strip())


def _error_column(record: str, delimiter: str) -> int:
    """The 1-based field in which a record's quoting breaks (where ``csv`` gave up)."""
    limit = csv.field_size_limit()
    field, length = 1, 0
    quoted = closed = False
    for char in record:
        if quoted:
            if char == '"':
                quoted, closed = False, True
            length += 1
        elif closed and char == '"':
            quoted, closed = True, False
        elif char == delimiter:
            field, length, closed = field + 1, 0, False
        elif char in "\r\n":
            break
        elif closed:
            return field  # text after a closing quote
        elif char == '"' and length == 0:
            quoted = True
        else:
            length += 1
        if length > limit:
            return field
    return field


def _csv_error(
    exc: csv.Error, snapshot: Snapshot, encoding: str, delimiter: str, start: int, end: int
) -> InputError:
    """The InputError for a csv error in the record on lines ``start`` to ``end``."""
    with _text(snapshot, encoding) as handle:
        record = "".join(islice(_cleaned(handle), start - 1, end))
    where = f"lines {start} to {end}" if end > start else "that line"
    return InputError(
        f"malformed CSV ({exc})",
        path=snapshot.path,
        line=start,
        column=_error_column(record, delimiter),
        hint=f"check the quoting on {where}",
    )


def _rows(snapshot: Snapshot, encoding: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(start line, cells) of every record, the header first, blank lines after it skipped.

    Raises InputError for a csv error, naming its line and column.
    """
    with _text(snapshot, encoding) as handle:
        reader = csv.reader(_cleaned(handle), delimiter=delimiter, strict=True)
        start = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                failed = _csv_error(exc, snapshot, encoding, delimiter, start, reader.line_num)
                raise failed from None
            line, start = start, reader.line_num + 1
            if line == 1 or not _is_blank(row):
                yield line, row


def _records(
    snapshot: Snapshot, encoding: str, delimiter: str, width: int
) -> Iterator[tuple[int, list[str]]]:
    """(start line, cells) of each data row; InputError for a row without ``width`` fields."""
    rows = _rows(snapshot, encoding, delimiter)
    next(rows, None)  # the header
    for line, row in rows:
        if len(row) != width:
            raise InputError(
                f"row has {len(row)} fields, the header has {width}",
                path=snapshot.path,
                line=line,
                column=min(len(row), width) + 1,
                hint="check for an unquoted delimiter or a missing field",
            )
        yield line, row


def detect_encoding(snapshot: Snapshot) -> str:
    """A byte-order mark's encoding, else UTF-8, then Windows-1252, decoded strictly.

    Raises InputError naming the line and column of the first character that does not
    decode, and for UTF-16 or UTF-32 without a byte-order mark (its NULs would otherwise
    read as Windows-1252 text).
    """
    with snapshot.open() as handle:
        head = handle.read(4096)
    marked = next((enc for bom, enc in _BOMS if head.startswith(bom)), None)
    if marked is None and head.count(0) * 4 > len(head):
        raise InputError(
            "UTF-16 or UTF-32 text without a byte-order mark",
            path=snapshot.path,
            line=1,
            column=1,
            hint="re-export the file as UTF-8, or as UTF-16 with a byte-order mark",
        )
    first = marked or "utf-8"
    failure = _first_undecodable(snapshot, first)
    if failure is None:
        return first
    if marked is not None or _first_undecodable(snapshot, "cp1252") is not None:
        line, column = failure
        problem = (
            f"bytes that are not valid {first.removesuffix('-sig').upper()}"
            if marked
            else "bytes that are neither UTF-8 nor Windows-1252"
        )
        raise InputError(
            problem,
            path=snapshot.path,
            line=line,
            column=column,
            hint="re-export the file as UTF-8",
        )
    return "cp1252"


def _advance(text: str, line: int, column: int) -> tuple[int, int]:
    """The (line, column) after ``text``, counting \\r\\n, \\n and a lone \\r as line ends."""
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    if not breaks:
        return line, column + len(text)
    last = max(text.rfind("\n"), text.rfind("\r"))
    return line + breaks, len(text) - last


def _first_undecodable(snapshot: Snapshot, encoding: str) -> tuple[int, int] | None:
    """(line, column) of the first character ``encoding`` rejects, or None if the file decodes."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    line, column = 1, 1
    with snapshot.open() as handle:
        while True:
            block = handle.read(_BLOCK)
            final = not block
            state = decoder.getstate()
            try:
                text = decoder.decode(block, final=final)
            except UnicodeDecodeError as exc:
                # the good part of what was fed in, decoded from the state before this block
                good = codecs.getincrementaldecoder(encoding)(errors="replace")
                good.setstate((b"", state[1]))
                return _advance(good.decode(exc.object[: exc.start]), line, column)
            line, column = _advance(text, line, column)
            if final:
                return None


def _sample(snapshot: Snapshot, encoding: str) -> str:
    """The first 64k characters, cut after the last complete line when the file goes on."""
    with _text(snapshot, encoding) as handle:
        sample = handle.read(_SAMPLE_CHARS)
        more = bool(handle.read(1))
    if more:
        cut = max(sample.rfind("\n"), sample.rfind("\r"))
        sample = sample[: cut + 1] if cut > 0 else sample
    return sample.translate(_INVISIBLE)


def sniff_delimiter(sample: str, path: Path) -> str:
    """The delimiter among , ; tab | that splits the header into the most fields consistently.

    A delimiter under which the sample does not parse scores nothing; the full parse that
    follows reports the real problem with its line and column.
    """
    if not sample.strip() or not sample.splitlines()[0].strip():
        raise InputError(
            "no header row", path=path, line=1, hint="the first line must name the columns"
        )
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
            rows = [row for row in islice(reader, 20) if not _is_blank(row)]
        except csv.Error:
            continue
        width = len(rows[0]) if rows else 0
        if width < 2:
            continue
        consistent = sum(1 for row in rows[1:] if len(row) == width)
        score = (consistent, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_header(snapshot: Snapshot, encoding: str, delimiter: str) -> tuple[str, ...]:
    found = next(_rows(snapshot, encoding, delimiter), None)
    if found is None:
        raise InputError("the file is empty", path=snapshot.path, hint="nothing to process")
    header = [h.strip() for h in found[1]]
    if not any(header):
        raise InputError(
            "no header row", path=snapshot.path, line=1, hint="the first line must name the columns"
        )
    seen: set[str] = set()
    for position, name in enumerate(header, start=1):
        if not name:
            raise InputError("a column has no name", path=snapshot.path, line=1, column=position)
        if name in seen:
            raise InputError(
                "a column name appears twice", path=snapshot.path, line=1, column=position
            )
        seen.add(name)
    return tuple(header)


def _scan_rows(snapshot: Snapshot, encoding: str, delimiter: str, width: int) -> array[int]:
    """Parse the whole file once: the start line of every data row (InputError if ragged)."""
    starts = array("q")
    for line, _ in _records(snapshot, encoding, delimiter, width):
        starts.append(line)
    return starts


def open_source(
    source: Snapshot | Path, profiles: Sequence[SourceProfile], folder: str | None = None
) -> SourceFile:
    """Decode, sniff, validate and profile one input file; InputError if it cannot be used.

    Given a path, takes its snapshot first (a symlink or special file is refused).
    """
    snapshot = source if isinstance(source, Snapshot) else take_snapshot(source)
    if snapshot.size == 0:
        raise InputError("the file is empty", path=snapshot.path, hint="nothing to process")
    if snapshot.path.suffix.lower() == ".xlsx":
        return open_workbook(snapshot, profiles, folder)
    encoding = detect_encoding(snapshot)
    delimiter = sniff_delimiter(_sample(snapshot, encoding), snapshot.path)
    header = _read_header(snapshot, encoding, delimiter)
    starts = _scan_rows(snapshot, encoding, delimiter, len(header))
    profile = choose_profile(header, profiles, folder)
    return SourceFile(
        path=snapshot.path,
        encoding=encoding,
        delimiter=delimiter,
        header=header,
        rows=len(starts),
        profile=profile,
        row_lines=starts,
        snapshot=snapshot,
    )
