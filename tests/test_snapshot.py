"""Snapshots and the inbox listing: read once, checked unchanged, symlinks and specials refused."""

from __future__ import annotations

import hashlib
import os
import socket
from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.errors import RefusedError, UnsettledError
from pipeline.ingest import (
    EntryKind,
    is_unchanged,
    list_inbox,
    open_regular,
    open_source,
    sha256_file,
    take_snapshot,
)
from pipeline.ingest import snapshot as snapshot_module

PROFILES = load_settings().profiles
CLAIMS = "claim_id;surname;notes\r\nC-1;Ó Briain;rang twice\r\nC-2;adeyemi;Ted Baker order\r\n"
SECRET = b"claim_id,password\nC-9,hunter2-secret\n"


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """An inbox with one normal claim file (which every test expects still to be listed)."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "normal.csv").write_text(CLAIMS, encoding="cp1252", newline="")
    return folder


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A file outside the workspace that a symlink in the inbox points at."""
    path = tmp_path / "elsewhere" / "secret.csv"
    path.parent.mkdir()
    path.write_bytes(SECRET)
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    return path


def _untouched(path: Path) -> None:
    # atime first (reading it here would move it): with relatime, a read of the target moves it
    assert path.stat().st_atime_ns == path.stat().st_mtime_ns == 1_000_000_000
    assert path.read_bytes() == SECRET
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))


def test_snapshot_holds_the_bytes_size_mtime_and_hash(inbox: Path) -> None:
    path = inbox / "normal.csv"
    with take_snapshot(path, root=inbox) as snap:
        data = path.read_bytes()
        assert snap.read_bytes() == data
        assert snap.size == len(data) == path.stat().st_size
        assert snap.mtime_ns == path.stat().st_mtime_ns
        assert snap.sha256 == hashlib.sha256(data).hexdigest() == sha256_file(path)
        assert is_unchanged(snap)


def test_everything_parsed_comes_from_the_snapshot_not_the_file(inbox: Path) -> None:
    path = inbox / "normal.csv"
    snap = take_snapshot(path, root=inbox)
    path.write_text("claim_id;surname\r\nC-7;Nguyễn\r\n", encoding="utf-8", newline="")
    source = open_source(snap, PROFILES)
    assert source.rows == 2
    assert [row[1] for chunk in source.chunks(10) for row in chunk.values.tolist()] == [
        "Ó Briain",
        "adeyemi",
    ]
    assert not is_unchanged(snap)
    snap.close()


@pytest.mark.parametrize("change", ["append", "rewrite-same-size", "replace", "remove"])
def test_a_file_changed_after_its_snapshot_is_not_unchanged(inbox: Path, change: str) -> None:
    path = inbox / "normal.csv"
    other = inbox / "other.csv"
    other.write_text(CLAIMS, encoding="utf-8")
    snap = take_snapshot(path, root=inbox)
    stat = path.stat()
    if change == "append":
        with path.open("ab") as handle:
            handle.write(b"C-3;Chen;late row\r\n")
    elif change == "rewrite-same-size":
        path.write_bytes(path.read_bytes().replace(b"C-2", b"C-3"))
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # even with mtime put back
    elif change == "replace":
        replacement = inbox / ".new"
        replacement.write_bytes(path.read_bytes())
        os.utime(replacement, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        replacement.replace(path)
    else:
        path.unlink()
    assert not is_unchanged(snap)
    with take_snapshot(other, root=inbox) as normal:
        assert is_unchanged(normal)


def test_a_file_growing_while_it_is_read_is_unsettled(
    inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = inbox / "normal.csv"
    real_read = os.read
    appended: list[bool] = []

    def read_and_append(fd: int, n: int) -> bytes:
        block = real_read(fd, n)
        if not appended:  # the writer adds a row after the first block was read
            appended.append(True)
            with path.open("ab") as handle:
                handle.write(b"C-3;Chen;appended while read\r\n")
        return block

    monkeypatch.setattr(snapshot_module.os, "read", read_and_append)
    with pytest.raises(UnsettledError, match="changed while it was read"):
        take_snapshot(path, root=inbox)
    monkeypatch.undo()
    with take_snapshot(path, root=inbox) as snap:  # once it stops, it is taken whole
        assert snap.read_bytes().endswith(b"appended while read\r\n")


def test_a_symlink_to_a_file_outside_is_refused_and_its_target_not_read(
    inbox: Path, outside: Path
) -> None:
    link = inbox / "claims.csv"
    link.symlink_to(outside)
    for attempt in (take_snapshot, sha256_file, open_source):
        with pytest.raises(RefusedError, match="a symlink, not a regular file"):
            attempt(link) if attempt is not open_source else open_source(link, PROFILES)
    assert link.is_symlink()
    _untouched(outside)
    listing = list_inbox(inbox)
    assert listing.files == (inbox / "normal.csv",)
    assert [(r.name, r.kind) for r in listing.refused] == [("claims.csv", EntryKind.SYMLINK)]
    assert link.is_symlink()
    _untouched(outside)


def test_a_symlinked_folder_is_refused_not_walked(inbox: Path, outside: Path) -> None:
    (inbox / "quidco").symlink_to(outside.parent, target_is_directory=True)
    with pytest.raises(RefusedError, match="symlink"):
        take_snapshot(inbox / "quidco" / "secret.csv", root=inbox)
    listing = list_inbox(inbox)
    assert listing.files == (inbox / "normal.csv",)
    assert [(r.name, r.kind) for r in listing.refused] == [("quidco", EntryKind.SYMLINK)]
    _untouched(outside)


def test_a_symlink_swapped_in_after_listing_is_still_refused(inbox: Path, outside: Path) -> None:
    path = inbox / "late.csv"
    path.write_text(CLAIMS, encoding="utf-8")
    listed = list_inbox(inbox).files
    assert path in listed
    path.unlink()
    path.symlink_to(outside)  # the race: the entry becomes a link between listing and open
    with pytest.raises(RefusedError):
        take_snapshot(path, root=inbox)
    _untouched(outside)


def test_fifo_socket_and_device_are_refused_without_blocking(inbox: Path) -> None:
    os.mkfifo(inbox / "pipe.csv")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(inbox / "sock.csv"))
    try:
        for name, kind in (("pipe.csv", "FIFO"), ("sock.csv", "socket")):
            with pytest.raises(RefusedError, match=f"a {kind}, not a regular file"):
                take_snapshot(inbox / name, root=inbox)
        with pytest.raises(RefusedError, match="a device, not a regular file"):
            open_regular(Path("/dev/null"))
        listing = list_inbox(inbox)
    finally:
        server.close()
    assert listing.files == (inbox / "normal.csv",)
    assert [(r.name, r.kind) for r in listing.refused] == [
        ("pipe.csv", EntryKind.FIFO),
        ("sock.csv", EntryKind.SOCKET),
    ]
    assert (inbox / "pipe.csv").exists() and (inbox / "sock.csv").exists()


def test_listing_walks_subfolders_in_name_order_and_skips_hidden_and_other_suffixes(
    inbox: Path,
) -> None:
    (inbox / "quidco").mkdir()
    for name in ("quidco/b.tsv", "a.b.csv", "claims.TXT", ".partial.csv", "notes.md"):
        (inbox / name).write_text(CLAIMS, encoding="utf-8")
    listing = list_inbox(inbox)
    names = [p.relative_to(inbox).as_posix() for p in listing.files]
    assert names == ["a.b.csv", "claims.TXT", "normal.csv", "quidco/b.tsv"]
    assert listing.refused == ()
    assert list_inbox(inbox / "missing").files == ()
