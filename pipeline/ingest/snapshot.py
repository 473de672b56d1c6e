"""A stable snapshot of one input file: opened without following links, its bytes read once.

The inbox is writable by others, so an entry's kind is checked on the open descriptor
(``O_NOFOLLOW`` on every path step, then ``fstat``), never by a path lookup that a swapped
symlink could race. The bytes are copied once, while hashing, into an unnamed private file
that disappears when the snapshot is closed or the process dies; every later pass (decoding,
sniffing, parsing) reads that copy, so what is parsed is exactly what was hashed, and memory
does not grow with the file. Before the plaintext input is deleted, ``is_unchanged`` checks
that the file still has the snapshot's identity, size, mtime and SHA-256.
"""

from __future__ import annotations

import enum
import errno
import hashlib
import io
import os
import stat
import tempfile
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from pipeline.errors import RefusedError, UnsettledError

_BLOCK = 1 << 20
# O_NONBLOCK: opening a FIFO for reading must not wait for a writer (it is refused at fstat)
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
_DIR_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_DIRECTORY | os.O_CLOEXEC


class EntryKind(enum.Enum):
    """What a directory entry is, as ``lstat`` or ``fstat`` tells it."""

    FILE = "regular file"
    DIRECTORY = "directory"
    SYMLINK = "symlink"
    FIFO = "FIFO"
    DEVICE = "device"
    SOCKET = "socket"
    OTHER = "special file"


def kind_of(mode: int) -> EntryKind:
    """The kind of an entry from its ``st_mode``."""
    if stat.S_ISREG(mode):
        return EntryKind.FILE
    if stat.S_ISDIR(mode):
        return EntryKind.DIRECTORY
    if stat.S_ISLNK(mode):
        return EntryKind.SYMLINK
    if stat.S_ISFIFO(mode):
        return EntryKind.FIFO
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return EntryKind.DEVICE
    if stat.S_ISSOCK(mode):
        return EntryKind.SOCKET
    return EntryKind.OTHER


def _refused(path: Path, kind: EntryKind) -> RefusedError:
    return RefusedError(f"a {kind.value}, not a regular file", path=path)


def open_regular(path: Path, root: Path | None = None) -> int:
    """A read-only descriptor on the regular file ``path``, following no symlink below ``root``.

    Every folder between ``root`` (default: the file's own folder) and the file is opened
    with ``O_NOFOLLOW``, so neither the file nor a folder on the way can be a link out.

    Raises:
        RefusedError: the file, or a folder on the way, is a symlink, FIFO, device or socket.
        FileNotFoundError: it is gone.
    """
    base = root if root is not None else path.parent
    steps = path.relative_to(base).parts
    if not steps:
        raise _refused(path, EntryKind.DIRECTORY)
    folder = os.open(base, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        for step in steps[:-1]:
            try:
                inner = os.open(step, _DIR_FLAGS, dir_fd=folder)
            except OSError as exc:
                if exc.errno in (errno.ELOOP, errno.ENOTDIR):
                    raise _refused(path, EntryKind.SYMLINK) from None
                raise
            os.close(folder)
            folder = inner
        try:
            fd = os.open(steps[-1], _FILE_FLAGS, dir_fd=folder)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise _refused(path, EntryKind.SYMLINK) from None
            if exc.errno == errno.ENXIO:  # a socket
                raise _refused(path, EntryKind.SOCKET) from None
            raise
    finally:
        os.close(folder)
    kind = kind_of(os.fstat(fd).st_mode)
    if kind is not EntryKind.FILE:
        os.close(fd)
        raise _refused(path, kind)
    return fd


class _CopyReader(io.RawIOBase):
    """An independent, seekable read position on the private copy (``pread``: readers never
    interfere; a zip such as an .xlsx is read from its end)."""

    def __init__(self, fd: int, size: int) -> None:
        super().__init__()
        self._fd = fd
        self._size = size
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._size}[whence]
        self._position = max(0, base + offset)
        return self._position

    def tell(self) -> int:
        return self._position

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        wanted = min(len(buffer), self._size - self._position)
        if wanted <= 0:
            return 0
        data = os.pread(self._fd, wanted, self._position)
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)


@dataclass(frozen=True, slots=True, weakref_slot=True)
class Snapshot:
    """The bytes of one input file as they were when read, with what identifies them."""

    path: Path
    root: Path | None
    size: int
    mtime_ns: int
    sha256: str
    device: int
    inode: int
    copy: IO[bytes]

    def open(self) -> io.BufferedReader:
        """A fresh binary reader over the snapshot's bytes, from the first byte."""
        return io.BufferedReader(_CopyReader(self.copy.fileno(), self.size), _BLOCK)

    def read_bytes(self) -> bytes:
        """All the snapshot's bytes (for small files and tests)."""
        with self.open() as handle:
            return handle.read()

    def close(self) -> None:
        """Drop the private copy."""
        self.copy.close()

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def take_snapshot(path: Path, *, root: Path | None = None, scratch: Path | None = None) -> Snapshot:
    """Read a regular file's bytes once into a private copy, with its size, mtime and SHA-256.

    Args:
        path: the input file.
        root: the inbox; no folder between it and the file may be a symlink.
        scratch: where the unnamed copy lives (default: the system temporary folder).

    Raises:
        RefusedError: not a regular file (see ``open_regular``).
        UnsettledError: its size or mtime changed while it was read.
        FileNotFoundError: it is gone.
    """
    fd = open_regular(path, root)
    copy = tempfile.TemporaryFile(dir=scratch)  # noqa: SIM115 (the snapshot owns it)
    try:
        before = os.fstat(fd)
        digest = hashlib.sha256()
        size = 0
        while block := os.read(fd, _BLOCK):
            digest.update(block)
            copy.write(block)
            size += len(block)
        copy.flush()
        after = os.fstat(fd)
    except BaseException:
        copy.close()
        raise
    finally:
        os.close(fd)
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or (
        size != after.st_size
    ):
        copy.close()
        raise UnsettledError("the file changed while it was read", path=path)
    snapshot = Snapshot(
        path=path,
        root=root,
        size=size,
        mtime_ns=after.st_mtime_ns,
        sha256=digest.hexdigest(),
        device=after.st_dev,
        inode=after.st_ino,
        copy=copy,
    )
    weakref.finalize(snapshot, copy.close)  # a snapshot dropped unclosed still frees its copy
    return snapshot


def _sha256_fd(fd: int) -> str:
    digest = hashlib.sha256()
    offset = 0
    while block := os.pread(fd, _BLOCK, offset):
        digest.update(block)
        offset += len(block)
    return digest.hexdigest()


def sha256_file(path: Path, root: Path | None = None) -> str:
    """The SHA-256 of a regular file's bytes, by which the pipeline knows a file.

    Raises RefusedError for anything but a regular file (a symlink is never followed).
    """
    fd = open_regular(path, root)
    try:
        return _sha256_fd(fd)
    finally:
        os.close(fd)


def is_unchanged(snapshot: Snapshot) -> bool:
    """True when the file at the snapshot's path is still the same file with the same bytes.

    Checked before its plaintext is deleted: a file that grew, was rewritten, replaced or
    removed since the snapshot is not the one that was processed, and must be kept.
    """
    try:
        fd = open_regular(snapshot.path, snapshot.root)
    except (FileNotFoundError, RefusedError):
        return False
    try:
        now = os.fstat(fd)
        same = (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) == (
            snapshot.device,
            snapshot.inode,
            snapshot.size,
            snapshot.mtime_ns,
        )
        return same and _sha256_fd(fd) == snapshot.sha256
    finally:
        os.close(fd)
