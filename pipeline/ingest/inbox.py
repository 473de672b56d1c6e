"""Listing the inbox: regular input files to read, and every other entry refused and reported.

Entries are looked at with ``lstat`` (``os.scandir`` without following links): a symlink,
FIFO, device or socket is never opened, moved or deleted, only named in the listing. A
symlinked folder is refused, not walked. Hidden names (a leading dot: partial copies,
editors' swap files) are skipped silently.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest.snapshot import EntryKind, kind_of

INPUT_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")


@dataclass(frozen=True, slots=True)
class RefusedEntry:
    """An inbox entry that is not a regular file or folder: reported, left as it is."""

    name: str  # relative to the inbox, with forward slashes
    kind: EntryKind

    @property
    def reason(self) -> str:
        return f"a {self.kind.value}, not a regular file; left untouched"


@dataclass(frozen=True, slots=True)
class InboxListing:
    """What a folder holds: input files in name order, and the entries refused."""

    files: tuple[Path, ...]
    refused: tuple[RefusedEntry, ...]


def list_inbox(folder: Path, suffixes: tuple[str, ...] = INPUT_SUFFIXES) -> InboxListing:
    """The regular files under ``folder`` whose suffix is an input suffix, and what was refused.

    Files are sorted by their path relative to ``folder``; a missing folder lists nothing.
    """
    if not folder.is_dir():
        return InboxListing(files=(), refused=())
    files: list[tuple[str, Path]] = []
    refused: list[RefusedEntry] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        with os.scandir(current) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                path = Path(entry.path)
                name = path.relative_to(folder).as_posix()
                kind = kind_of(entry.stat(follow_symlinks=False).st_mode)
                if kind is EntryKind.DIRECTORY:
                    pending.append(path)
                elif kind is not EntryKind.FILE:
                    refused.append(RefusedEntry(name=name, kind=kind))
                elif path.suffix.lower() in suffixes:
                    files.append((name, path))
    files.sort()
    refused.sort(key=lambda r: r.name)
    return InboxListing(files=tuple(p for _, p in files), refused=tuple(refused))
