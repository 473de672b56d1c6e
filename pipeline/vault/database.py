"""The vault's SQLite file: schema, pragmas, key checks on open, transactions and the scrub.

Layout (``<vault_dir>/vault.sqlite3``):

* ``records``: one row per claim or order record, holding its data key wrapped by the KEK.
  Shredding sets the wrapped key to NULL and keeps a tombstone (record, claim id, when, why).
* ``originals``: one row per (record, token): the value sealed with AES-256-GCM under the
  record's data key, a fresh 96-bit nonce, and associated data naming record, token and kind;
  ``mentioned`` is 1 for a value found in the record's free text (it may be another
  person's), 0 for the record's own personal fields.
* ``shredded_values``: tombstones of single tokens shredded with ``shred --token``.
* ``meta``: schema version, the KEK version and a check blob only that KEK opens, and a
  fingerprint of the pseudonym key, so a wrong key is told apart from a tampered row.

Every connection runs with ``secure_delete``; every shred ends with VACUUM and a
``wal_checkpoint(TRUNCATE)`` so no deleted byte survives in the file, its ``-wal`` or ``-journal``.
This module is the one seam where ``sqlite3.Error`` becomes ``VaultError``.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, Self, TypeVar

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pipeline.errors import VaultError, VaultKeyError
from pipeline.vault import cipher
from pipeline.vault.keys import Keys
from pipeline.vault.subject import Subject

DB_NAME = "vault.sqlite3"
SCHEMA_VERSION = 2  # 2: originals.mentioned (version 1 vaults are migrated on open)
# Rollback-journal modes that delete or truncate the journal, and WAL (truncated on every
# shred). PERSIST leaves old pages in the -journal, MEMORY and OFF risk a corrupt vault.
SAFE_JOURNAL_MODES = ("wal", "delete", "truncate")
# Module switch so a test can prove its byte search finds remnants when it is off.
SECURE_DELETE = True
# How long a shred waits for other readers before leaving the -wal truncation to a later open.
SCRUB_WAIT_MS = 5000
BUSY_WAIT_MS = 30000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    name TEXT PRIMARY KEY,
    value ANY NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY,
    record TEXT NOT NULL UNIQUE,
    claim_id TEXT NOT NULL,
    kek_version INTEGER,
    wrapped_key BLOB,
    created_at TEXT NOT NULL,
    decided_at TEXT,
    shredded_at TEXT,
    shred_reason TEXT,
    CHECK ((wrapped_key IS NULL) = (shredded_at IS NOT NULL))
) STRICT;
CREATE INDEX IF NOT EXISTS records_claim ON records (claim_id);
CREATE TABLE IF NOT EXISTS originals (
    record_id INTEGER NOT NULL REFERENCES records (id),
    token TEXT NOT NULL,
    kind TEXT NOT NULL,
    nonce BLOB NOT NULL,
    ciphertext BLOB NOT NULL,
    stored_at TEXT NOT NULL,
    mentioned INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (record_id, token)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS originals_token ON originals (token);
CREATE TABLE IF NOT EXISTS shredded_values (
    record_id INTEGER NOT NULL REFERENCES records (id),
    token TEXT NOT NULL,
    shredded_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (record_id, token)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS shredded_values_token ON shredded_values (token);
"""
_TEMP = """
CREATE TEMP TABLE IF NOT EXISTS wanted_records (record TEXT PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS wanted_tokens (token TEXT PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS target_ids (id INTEGER PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS person_tokens (token TEXT PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS target_values (record_id INTEGER, token TEXT,
    PRIMARY KEY (record_id, token));
"""

P = ParamSpec("P")
R = TypeVar("R")
D = TypeVar("D", bound="Database")


def translated(method: Callable[Concatenate[D, P], R]) -> Callable[Concatenate[D, P], R]:
    """The seam where sqlite3 errors become VaultError (the message holds no value)."""

    def wrapper(self: D, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise db_error(self.path, exc) from None

    functools.update_wrapper(wrapper, method)
    return wrapper


def db_error(path: Path, exc: sqlite3.Error) -> VaultError:
    """The VaultError for a failed SQLite call: the file and the SQLite error, and what to do."""
    name = getattr(exc, "sqlite_errorname", type(exc).__name__)
    busy = name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc)
    hint = (
        "another claims process is using the vault; try again when it has finished"
        if busy
        else "check the disk and permissions; if the file is damaged, restore it from backup"
    )
    return VaultError(f"vault database {path} failed ({name}: {exc})", hint=hint)


def timestamp(moment: datetime) -> str:
    """A UTC timestamp string that sorts in time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def connect(path: Path) -> sqlite3.Connection:
    """A connection to the vault database at ``path`` (the pragmas come with ``Database``)."""
    try:
        return sqlite3.connect(path, isolation_level=None, timeout=BUSY_WAIT_MS / 1000)
    except sqlite3.Error as exc:
        raise db_error(path, exc) from None


class Database:
    """An open vault database: the connection, its keys and the plumbing every part shares."""

    def __init__(self, conn: sqlite3.Connection, path: Path, keys: Keys, journal_mode: str) -> None:
        self.path = path
        self._conn = conn
        self._closed = False
        self._keys = keys
        self._kek_version = keys.kek_version
        self._kek_aead = AESGCM(keys.kek)
        self._setup(journal_mode)

    @property
    def kek_version(self) -> int:
        """The version of the key-encryption key the vault's data keys are wrapped with."""
        return self._kek_version

    # -- opening ---------------------------------------------------------------------------

    @translated
    def _setup(self, journal_mode: str) -> None:
        conn = self._conn
        conn.execute(f"PRAGMA secure_delete = {'ON' if SECURE_DELETE else 'OFF'}")
        if SECURE_DELETE and self._scalar("PRAGMA secure_delete") != 1:
            raise VaultError(
                "this SQLite build cannot turn on secure_delete; refusing to store values"
            )
        conn.execute("PRAGMA temp_store = MEMORY")  # VACUUM and temp tables leave no temp file
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA journal_size_limit = 0")
        conn.execute("PRAGMA cache_size = -16384")  # 16 MiB: random token inserts; flat memory
        got = str(self._scalar(f"PRAGMA journal_mode = {journal_mode}")).lower()
        if got not in SAFE_JOURNAL_MODES:
            raise VaultError(
                f"vault database {self.path} is in journal mode '{got}', which keeps old pages; "
                "refused",
                hint="close other programs using it and retry",
            )
        conn.executescript(_TEMP)
        conn.executescript("BEGIN IMMEDIATE;" + _SCHEMA + "COMMIT;")
        self._init_meta()
        if self._meta("scrub_pending") == 1:
            self._scrub()

    def _init_meta(self) -> None:
        with self._write(check_kek=False) as conn:
            version = self._meta("schema_version")
            if version is None:
                conn.executemany(
                    "INSERT INTO meta (name, value) VALUES (?, ?)",
                    [
                        ("schema_version", SCHEMA_VERSION),
                        ("kek_version", self._keys.kek_version),
                        ("kek_check", cipher.kek_check(self._keys.kek, self._keys.kek_version)),
                        ("pseudonym_check", cipher.pseudonym_fingerprint(self._keys.pseudonym_key)),
                        ("scrub_pending", 0),
                    ],
                )
                return
            if version == 1:
                conn.execute(
                    "ALTER TABLE originals ADD COLUMN mentioned INTEGER NOT NULL DEFAULT 0"
                )
                conn.execute("UPDATE meta SET value = ? WHERE name = 'schema_version'", (2,))
                version = SCHEMA_VERSION
            if version != SCHEMA_VERSION:
                raise VaultError(
                    f"vault database {self.path} has schema version {version}, not {SCHEMA_VERSION}"
                )
            self._adopt_kek(conn)
            if self._meta("pseudonym_check") != cipher.pseudonym_fingerprint(
                self._keys.pseudonym_key
            ):
                raise VaultKeyError(
                    f"the pseudonym key from {self._keys.source} is not the one this vault was "
                    "filled with",
                    hint="use the key file the vault was created with; new tokens would not "
                    "match the held ones",
                )

    def _adopt_kek(self, conn: sqlite3.Connection) -> None:
        """Use the KEK version the vault is wrapped with, after checking this key set has it."""
        version = self._meta("kek_version")
        if not isinstance(version, int):
            raise VaultError(
                f"vault database {self.path} has no valid key-encryption key version (tampered)"
            )
        kek = self._keys.kek_for(version)
        if kek is None:
            held = ", ".join(str(v) for v in self._keys.kek_versions())
            raise VaultKeyError(
                f"the vault's data keys are wrapped by key-encryption key version {version}, "
                f"but {self._keys.source} holds version {held}",
                hint="use the key file this vault was created or last rotated with",
            )
        check = self._meta("kek_check")
        if not isinstance(check, bytes) or not cipher.is_kek(kek, version, check):
            raise VaultKeyError(
                f"the key-encryption key (version {version}) from {self._keys.source} "
                "does not open this vault",
                hint="wrong key file or variable: use the one this vault was created with",
            )
        if version != self._kek_version:
            self._kek_version = version
            self._kek_aead = AESGCM(kek)

    # -- plumbing --------------------------------------------------------------------------

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        # fetchall always: an unfinished statement holds a read lock and blocks checkpoint/VACUUM.
        return self._conn.execute(sql, tuple(params)).fetchall()

    def _scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        rows = self._rows(sql, params)
        return rows[0][0] if rows else None

    def _meta(self, name: str) -> Any:
        return self._scalar("SELECT value FROM meta WHERE name = ?", (name,))

    @contextmanager
    def _write(self, *, check_kek: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken before any read so concurrent writers serialise."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            if check_kek:
                self._adopt_kek(conn)  # another process may have rotated the KEK meanwhile
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            raise

    def _fill(self, table: str, column: str, items: Iterable[Any]) -> None:
        self._conn.execute(f"DELETE FROM temp.{table}")
        self._conn.executemany(
            f"INSERT OR IGNORE INTO temp.{table} ({column}) VALUES (?)", ((item,) for item in items)
        )

    def _unwrap(self, record: str, wrapped: bytes, kek_version: int) -> AESGCM:
        kek = self._keys.kek_for(kek_version)
        if kek is None:
            raise VaultKeyError(
                f"record {record} is wrapped by key-encryption key version {kek_version}, "
                f"which {self._keys.source} does not hold"
            )
        try:
            return AESGCM(cipher.unwrap(kek, wrapped, record, kek_version))
        except cipher.OpenError:
            raise VaultError(
                f"the data key of record {record} does not decrypt: the vault row was altered "
                "(tampered)",
                hint="restore the vault from backup; the key file is right (its check passed)",
            ) from None

    def _wrap(self, record: str, data_key: bytes) -> bytes:
        nonce, sealed = cipher.seal(
            self._kek_aead, data_key, cipher.data_key_ad(record, self._kek_version)
        )
        return nonce + sealed

    def _target(self, subject: Subject) -> None:
        """Put a subject's own records in ``temp.target_ids`` and mentions in ``target_values``."""
        conn = self._conn
        self._fill("wanted_records", "record", subject.own)
        conn.execute("DELETE FROM temp.target_ids")
        conn.execute(
            "INSERT INTO temp.target_ids (id) SELECT r.id FROM records r"
            " JOIN temp.wanted_records w ON w.record = r.record"
        )
        conn.execute("DELETE FROM temp.wanted_records")
        conn.execute("DELETE FROM temp.target_values")
        conn.executemany(
            "INSERT OR IGNORE INTO temp.target_values (record_id, token)"
            " SELECT id, ? FROM records WHERE record = ?",
            ((token, record) for record, token in subject.mentions),
        )

    def _untarget(self) -> None:
        self._conn.execute("DELETE FROM temp.target_ids")
        self._conn.execute("DELETE FROM temp.target_values")

    def _scrub(self) -> bool:
        """Leave no deleted byte in the file, -wal or -journal: VACUUM, then truncate the WAL.

        Returns False when another connection kept the WAL from being truncated; the flag
        stays set and the next open (or close) tries again.
        """
        conn = self._conn
        conn.execute("VACUUM")
        conn.execute(f"PRAGMA busy_timeout = {int(SCRUB_WAIT_MS)}")
        try:
            if self._rows("PRAGMA wal_checkpoint(TRUNCATE)")[0][0]:
                return False
            conn.execute("UPDATE meta SET value = 0 WHERE name = 'scrub_pending'")
            return not self._rows("PRAGMA wal_checkpoint(TRUNCATE)")[0][0]
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_WAIT_MS}")

    @translated
    def rewrap(self, new_version: int, new_kek: bytes) -> int:
        """Re-wrap every live data key under a new KEK (rotation); returns records re-wrapped."""
        if new_version == self._kek_version:
            self._scrub()
            return 0
        new_aead = AESGCM(new_kek)
        with self._write() as conn:
            rows = self._rows(
                "SELECT id, record, wrapped_key, kek_version FROM records WHERE shredded_at IS NULL"
            )
            updates = []
            for record_id, record, wrapped, kek_version in rows:
                kek = self._keys.kek_for(kek_version)
                if kek is None:
                    raise VaultKeyError(
                        f"record {record} is wrapped by a KEK version the key file lacks"
                    )
                try:
                    data_key = cipher.unwrap(kek, wrapped, record, kek_version)
                except cipher.OpenError:
                    raise VaultError(
                        f"the data key of record {record} does not decrypt (tampered); "
                        "nothing was rotated",
                        hint="restore the vault from backup",
                    ) from None
                nonce, sealed = cipher.seal(
                    new_aead, data_key, cipher.data_key_ad(record, new_version)
                )
                updates.append((nonce + sealed, new_version, record_id))
            conn.executemany(
                "UPDATE records SET wrapped_key = ?, kek_version = ? WHERE id = ?", updates
            )
            conn.executemany(
                "UPDATE meta SET value = ? WHERE name = ?",
                [
                    (new_version, "kek_version"),
                    (cipher.kek_check(new_kek, new_version), "kek_check"),
                    (1, "scrub_pending"),
                ],
            )
        self._kek_version = new_version
        self._kek_aead = new_aead
        self._scrub()
        return len(updates)

    # -- closing ---------------------------------------------------------------------------

    def close(self) -> None:
        """Finish any pending scrub and close the connection (a second call does nothing)."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._meta("scrub_pending") == 1:
                self._scrub()
        except sqlite3.Error as exc:
            raise db_error(self.path, exc) from None
        finally:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            with suppress(Exception):
                self.close()
