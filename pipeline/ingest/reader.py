"""Decoding, delimiter sniffing and chunked reading of one input file, every cell as text."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.config import SourceProfile
from pipeline.errors import InputError
from pipeline.ingest.profiles import choose_profile

DELIMITERS = (",", ";", "\t", "|")
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252")
_BLOCK = 1 << 20


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

    def chunks(self, chunk_rows: int) -> Iterator[pd.DataFrame]:
        """The data rows as DataFrames of text cells, ``chunk_rows`` at a time, in file order."""
        reader = pd.read_csv(
            self.path,
            sep=self.delimiter,
            encoding=self.encoding,
            encoding_errors="strict",
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            header=0,
            names=list(self.header),
            quoting=csv.QUOTE_MINIMAL,
            skip_blank_lines=True,
            engine="c",
            chunksize=chunk_rows,
        )
        with reader:
            yield from reader


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file's bytes, by which the pipeline knows a file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def detect_encoding(path: Path) -> str:
    """UTF-8, UTF-8 with BOM, then Windows-1252, decoded strictly in that order.

    Raises InputError naming the line and column of the first byte no encoding accepts.
    """
    with path.open("rb") as handle:
        has_bom = handle.read(3) == codecs.BOM_UTF8
    first = "utf-8-sig" if has_bom else "utf-8"
    failure = _first_undecodable(path, first)
    if failure is None:
        return first
    if has_bom or _first_undecodable(path, "cp1252") is not None:
        line, column = failure
        raise InputError(
            "bytes that are neither UTF-8 nor Windows-1252",
            path=path,
            line=line,
            column=column,
            hint="re-export the file as UTF-8",
        )
    return "cp1252"


def _first_undecodable(path: Path, encoding: str) -> tuple[int, int] | None:
    """(line, column) of the first byte ``encoding`` rejects, or None if the file decodes."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    line, last_newline, offset = 1, -1, 0
    with path.open("rb") as handle:
        while True:
            block = handle.read(_BLOCK)
            final = not block
            try:
                decoder.decode(block, final=final)
            except UnicodeDecodeError as exc:
                bad = exc.start
                line += block.count(b"\n", 0, bad)
                nl = block.rfind(b"\n", 0, bad)
                column = bad - nl if nl >= 0 else offset + bad - last_newline
                return line, column
            if final:
                return None
            line += block.count(b"\n")
            nl = block.rfind(b"\n")
            if nl >= 0:
                last_newline = offset + nl
            offset += len(block)


def sniff_delimiter(sample: str, path: Path) -> str:
    """The delimiter among , ; tab | that splits the header into the most fields consistently."""
    lines = sample.splitlines()
    if not lines or not lines[0].strip():
        raise InputError(
            "no header row", path=path, line=1, hint="the first line must name the columns"
        )
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        rows = list(csv.reader(io.StringIO(sample), delimiter=delimiter))[:20]
        width = len(rows[0]) if rows else 0
        if width < 2:
            continue
        consistent = sum(1 for row in rows[1:-1] if len(row) == width)
        score = (consistent, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _scan_rows(path: Path, encoding: str, delimiter: str) -> tuple[tuple[str, ...], array[int]]:
    """Parse the whole file once: header, and the start line of every data row.

    Raises InputError for a missing or duplicated header, and for a ragged row (its line).
    """
    with path.open("r", encoding=encoding, newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            raise InputError("the file is empty", path=path, hint="nothing to process") from None
        except csv.Error as exc:
            raise InputError(f"unreadable header ({exc})", path=path, line=1) from None
        header = [h.strip() for h in header]
        if not any(header):
            raise InputError(
                "no header row", path=path, line=1, hint="the first line must name the columns"
            )
        seen: set[str] = set()
        for position, name in enumerate(header, start=1):
            if not name:
                raise InputError("a column has no name", path=path, line=1, column=position)
            if name in seen:
                raise InputError("a column name appears twice", path=path, line=1, column=position)
            seen.add(name)
        width = len(header)
        starts = array("q")
        start = reader.line_num + 1
        try:
            for row in reader:
                if not row:
                    start = reader.line_num + 1
                    continue
                if len(row) != width:
                    raise InputError(
                        f"row has {len(row)} fields, the header has {width}",
                        path=path,
                        line=start,
                        column=min(len(row), width) + 1,
                        hint="check for an unquoted delimiter or a missing field",
                    )
                starts.append(start)
                start = reader.line_num + 1
        except csv.Error as exc:
            raise InputError(f"malformed CSV ({exc})", path=path, line=start) from None
    return tuple(header), starts


def open_source(
    path: Path, profiles: Sequence[SourceProfile], folder: str | None = None
) -> SourceFile:
    """Decode, sniff, validate and profile one input file; InputError if it cannot be used."""
    if path.stat().st_size == 0:
        raise InputError("the file is empty", path=path, hint="nothing to process")
    encoding = detect_encoding(path)
    with path.open("r", encoding=encoding, newline="") as handle:
        sample = handle.read(64 * 1024)
    delimiter = sniff_delimiter(sample, path)
    header, starts = _scan_rows(path, encoding, delimiter)
    profile = choose_profile(header, profiles, folder)
    return SourceFile(
        path=path,
        encoding=encoding,
        delimiter=delimiter,
        header=header,
        rows=len(starts),
        profile=profile,
        row_lines=starts,
    )
