"""The SQLite vault: encrypted originals under per-record data keys; reveal, find, shred and erase.

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
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pipeline.errors import VaultError, VaultKeyError
from pipeline.models import Kind, Original
from pipeline.pseudonymise import TOKEN_RE
from pipeline.vault import cipher
from pipeline.vault.keys import Keys
from pipeline.vault.subject import Subject, claim_id_of, select_subject

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


@dataclass(frozen=True, slots=True)
class Held:
    """One value the vault holds, described without the value."""

    token: str
    kind: Kind
    record: str
    claim_id: str
    stored_at: datetime
    decided_at: datetime | None
    mentioned: bool = False  # found in another person's record's free text


@dataclass(frozen=True, slots=True)
class Shredded:
    """What one shred did, for the audit event: record names and counts, never a value."""

    reason: str
    at: datetime
    records: tuple[str, ...]
    values: int
    scrubbed: bool  # False: another process held the vault open; finished on a later open


def _translated(method: Callable[Concatenate[Vault, P], R]) -> Callable[Concatenate[Vault, P], R]:
    """The seam where sqlite3 errors become VaultError (the message holds no value)."""

    def wrapper(self: Vault, /, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise _db_error(self.path, exc) from None

    functools.update_wrapper(wrapper, method)
    return wrapper


def _db_error(path: Path, exc: sqlite3.Error) -> VaultError:
    name = getattr(exc, "sqlite_errorname", type(exc).__name__)
    busy = name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc)
    hint = (
        "another claims process is using the vault; try again when it has finished"
        if busy
        else "check the disk and permissions; if the file is damaged, restore it from backup"
    )
    return VaultError(f"vault database {path} failed ({name}: {exc})", hint=hint)


def _ts(moment: datetime) -> str:
    """A UTC timestamp string that sorts in time order."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _day(text: str) -> str:
    return text[:10]


def _encode(value: str) -> bytes:
    # surrogatepass: any Python str round-trips, whatever the decoder upstream let through.
    return value.encode("utf-8", "surrogatepass")


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


def open_vault(vault_dir: Path, keys: Keys, *, journal_mode: str = "wal") -> Vault:
    """Open (creating when absent) the vault in ``vault_dir``; use as a context manager.

    Raises:
        VaultKeyError: the keys are not the ones this vault was made with, or the key file
            lies inside the vault directory.
        VaultError: the directory or database cannot be opened, or an unsafe journal mode.
    """
    mode = journal_mode.lower()
    if mode not in SAFE_JOURNAL_MODES:
        raise VaultError(
            f"journal mode '{journal_mode}' keeps old pages or risks corruption; refused",
            hint="use one of: " + ", ".join(SAFE_JOURNAL_MODES),
        )
    vault_dir = Path(vault_dir).resolve()
    if keys.path is not None and keys.path.resolve().is_relative_to(vault_dir):
        raise VaultKeyError(
            f"the key file {keys.path} lies inside the vault directory {vault_dir}",
            hint="move it outside data/vault (default secrets/claims.keys): a copy of the vault "
            "must not be a copy of its keys",
        )
    try:
        vault_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise VaultError(
            f"vault directory {vault_dir} cannot be created ({type(exc).__name__})"
        ) from None
    path = vault_dir / DB_NAME
    _make_private(vault_dir, path)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_WAIT_MS / 1000)
    except sqlite3.Error as exc:
        raise _db_error(path, exc) from None
    try:
        vault = Vault(conn, path, keys, mode)
    except BaseException:
        conn.close()
        raise
    return vault


def _make_private(vault_dir: Path, path: Path) -> None:
    """Mode 0700 for the folder, 0600 for the database (SQLite gives -wal/-shm the same mode).

    Only ciphertext lives here, but nobody else needs to read even that.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))  # an empty file is a new database
        for private, wanted in (
            (vault_dir, 0o700),
            (path, 0o600),
            (path.with_name(path.name + "-wal"), 0o600),
            (path.with_name(path.name + "-shm"), 0o600),
            (path.with_name(path.name + "-journal"), 0o600),
        ):
            if private.exists() and private.stat().st_mode & 0o077:
                private.chmod(wanted)
    except OSError as exc:
        raise VaultError(
            f"vault {path} cannot be created or protected ({type(exc).__name__})"
        ) from None


class Vault:
    """An open vault. Not thread-safe; one per process is the intended use."""

    def __init__(self, conn: sqlite3.Connection, path: Path, keys: Keys, journal_mode: str) -> None:
        self.path = path
        self.last_shred: Shredded | None = None
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

    @_translated
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

    # -- storing ---------------------------------------------------------------------------

    @_translated
    def store(self, originals: Iterable[Original], stored_at: datetime) -> int:
        """Encrypt and store originals; returns rows added.

        Idempotent: a (record, token) already held is left as it is, so a crashed batch can
        be rerun. Storing into a shredded record opens it again under a fresh data key.
        """
        stamp = _ts(stored_at)
        unique: dict[tuple[str, str], Original] = {}
        for original in originals:
            key = (original.record, original.token)
            first = unique.get(key)
            if first is None or (first.mentioned and not original.mentioned):
                unique[key] = original  # a record's own field wins over a mention of it
        if not unique:
            return 0
        with self._write() as conn:
            records = list(dict.fromkeys(record for record, _ in unique))  # first-seen order
            self._fill("wanted_records", "record", records)
            aeads: dict[str, AESGCM] = {}
            wrapped_keys: dict[str, tuple[bytes, int]] = {}
            held: set[tuple[int, str]] = set()
            rows = self._rows(
                "SELECT r.id, r.record, r.wrapped_key, r.kek_version, r.shredded_at"
                " FROM records r JOIN temp.wanted_records w ON w.record = r.record"
            )
            ids: dict[str, int] = {}
            for record_id, record, wrapped, kek_version, shredded_at in rows:
                ids[record] = record_id
                if shredded_at is None:
                    wrapped_keys[record] = (wrapped, kek_version)  # unwrapped only if needed
                    continue
                data_key = cipher.new_data_key()
                aeads[record] = AESGCM(data_key)
                conn.execute(
                    "UPDATE records SET wrapped_key = ?, kek_version = ?, created_at = ?,"
                    " decided_at = NULL, shredded_at = NULL, shred_reason = NULL WHERE id = ?",
                    (self._wrap(record, data_key), self._kek_version, stamp, record_id),
                )
                conn.execute("DELETE FROM shredded_values WHERE record_id = ?", (record_id,))
            if wrapped_keys:
                held = set(
                    self._rows(
                        "SELECT o.record_id, o.token FROM originals o WHERE o.record_id IN"
                        " (SELECT r.id FROM records r"
                        "  JOIN temp.wanted_records w ON w.record = r.record)"
                    )
                )
            new_rows = []
            # New records get ids in first-seen order, so value rows append to the primary key.
            for record in (r for r in records if r not in ids):
                data_key = cipher.new_data_key()
                aeads[record] = AESGCM(data_key)
                wrapped = self._wrap(record, data_key)
                new_rows.append((record, claim_id_of(record), self._kek_version, wrapped, stamp))
            if new_rows:
                conn.executemany(
                    "INSERT INTO records (record, claim_id, kek_version, wrapped_key, created_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    new_rows,
                )
                ids.update(
                    self._rows(
                        "SELECT r.record, r.id FROM records r"
                        " JOIN temp.wanted_records w ON w.record = r.record"
                    )
                )
            todo = [
                original
                for (record, token), original in unique.items()
                if not held or (ids[record], token) not in held
            ]
            prefixes: dict[str, bytes] = {}
            added = []
            for original, nonce in zip(todo, cipher.nonces(len(todo)), strict=True):
                record, token = original.record, original.token
                aead = aeads.get(record)
                if aead is None:
                    aead = aeads[record] = self._unwrap(record, *wrapped_keys[record])
                prefix = prefixes.get(record)
                if prefix is None:
                    prefix = prefixes[record] = cipher.value_ad_prefix(record)
                kind: str = original.kind._value_  # a plain attribute; .value is slow here
                ad = prefix + token.encode() + cipher.SEP + kind.encode()
                sealed = aead.encrypt(nonce, _encode(original.value), ad)
                added.append((ids[record], token, kind, nonce, sealed, stamp, original.mentioned))
            conn.executemany(
                "INSERT INTO originals"
                " (record_id, token, kind, nonce, ciphertext, stored_at, mentioned)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                added,
            )
            conn.execute("DELETE FROM temp.wanted_records")
        return len(added)

    @_translated
    def mark_decided(self, records: Iterable[str], decided_at: datetime) -> None:
        """Start the retention clock of records (the first decision time is kept)."""
        stamp = _ts(decided_at)
        with self._write() as conn:
            conn.executemany(
                "UPDATE records SET decided_at = COALESCE(decided_at, ?)"
                " WHERE record = ? AND shredded_at IS NULL",
                ((stamp, record) for record in set(records)),
            )

    # -- reading ---------------------------------------------------------------------------

    def reveal(self, token: str, claim_id: str, *, witness: Callable[[str], None]) -> str:
        """The original value behind a token within one claim (or order) id.

        ``witness`` records the reveal (the audit event) before the value is returned: it is
        called with ``"revealed"``, or with ``"refused"`` before a VaultError propagates. A
        witness that fails (the audit log cannot be written) keeps the value inside.

        Raises:
            VaultError: not a token, not held for that claim, shredded (saying when), or
                tampered.
        """
        try:
            value = self._reveal(token, claim_id)
        except VaultError:
            witness("refused")
            raise
        witness("revealed")
        return value

    @_translated
    def _reveal(self, token: str, claim_id: str) -> str:
        if not TOKEN_RE.fullmatch(token):
            raise VaultError("the argument is not a token (expected KIND_<version>_<body>)")
        rows = self._rows(
            "SELECT r.record, r.wrapped_key, r.kek_version, o.kind, o.nonce, o.ciphertext"
            " FROM originals o JOIN records r ON r.id = o.record_id"
            " WHERE o.token = ? AND r.claim_id = ? ORDER BY o.stored_at DESC, r.id DESC",
            (token, claim_id),
        )
        if not rows:
            raise self._not_held(token, claim_id)
        record, wrapped, kek_version, kind, nonce, sealed = rows[0]
        aead = self._unwrap(record, wrapped, kek_version)
        try:
            plain = cipher.unseal(aead, nonce, sealed, cipher.value_ad(record, token, kind))
        except cipher.OpenError:
            raise VaultError(
                f"the value of {token} in record {record} does not decrypt: "
                "its row was altered or copied from another row (tampered)",
                hint="restore the vault from backup",
            ) from None
        return _decode(plain)

    def _not_held(self, token: str, claim_id: str) -> VaultError:
        rows = self._rows(
            "SELECT s.shredded_at, s.reason FROM shredded_values s"
            " JOIN records r ON r.id = s.record_id"
            " WHERE s.token = ? AND r.claim_id = ?"
            " UNION ALL SELECT shredded_at, shred_reason FROM records"
            " WHERE claim_id = ? AND shredded_at IS NOT NULL ORDER BY 1 DESC",
            (token, claim_id, claim_id),
        )
        if rows:
            shredded_at, reason = rows[0]
            return VaultError(
                f"{token} for claim {claim_id}: this value was shredded on {_day(shredded_at)} "
                f"({reason}); "
                "it cannot be revealed"
            )
        return VaultError(
            f"{token} is not held for claim {claim_id}",
            hint="`claims find` lists what is held; check the claim id",
        )

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

    def _subject_rows(self, subject: Subject, *, with_secrets: bool) -> list[Any]:
        self._target(subject)
        columns = "o.token, o.kind, r.record, r.claim_id, o.stored_at, r.decided_at, o.mentioned"
        if with_secrets:
            columns += ", r.wrapped_key, r.kek_version, o.nonce, o.ciphertext"
        rows = self._rows(
            f"SELECT {columns} FROM originals o JOIN records r ON r.id = o.record_id"
            " WHERE o.record_id IN (SELECT id FROM temp.target_ids)"
            " OR (o.record_id, o.token) IN (SELECT record_id, token FROM temp.target_values)"
            " ORDER BY r.record, o.kind, o.token"
        )
        self._untarget()
        return rows

    @staticmethod
    def _held(row: Any) -> Held:
        token, kind, record, claim_id, stored_at, decided_at, mentioned = row[:7]
        return Held(
            token,
            Kind(kind),
            record,
            claim_id,
            _dt(stored_at) or datetime.min,
            _dt(decided_at),
            bool(mentioned),
        )

    @_translated
    def subject(
        self, strong: Iterable[str], weak: Iterable[str] = (), claim_ids: Iterable[str] = ()
    ) -> Subject:
        """The person's own records and their values inside others' (see ``vault.subject``)."""
        try:
            return select_subject(self._conn, strong, weak, claim_ids)
        finally:
            self._untarget()

    @_translated
    def held(self, subject: Subject) -> list[Held]:
        """Every value held for a subject, described without the value."""
        return [self._held(row) for row in self._subject_rows(subject, with_secrets=False)]

    def export(
        self, subject: Subject, *, witness: Callable[[Sequence[tuple[Held, str]]], None]
    ) -> list[tuple[Held, str]]:
        """Every value held for a subject with its original (``find --export``).

        ``witness`` is handed the values and records the export (the audit event) before
        they are returned; a witness that fails keeps them inside.
        """
        rows = self._export(subject)
        witness(rows)
        return rows

    @_translated
    def _export(self, subject: Subject) -> list[tuple[Held, str]]:
        out: list[tuple[Held, str]] = []
        aeads: dict[str, AESGCM] = {}
        for row in self._subject_rows(subject, with_secrets=True):
            held = self._held(row)
            wrapped, kek_version, nonce, sealed = row[7:]
            if held.record not in aeads:
                aeads[held.record] = self._unwrap(held.record, wrapped, kek_version)
            try:
                plain = cipher.unseal(
                    aeads[held.record],
                    nonce,
                    sealed,
                    cipher.value_ad(held.record, held.token, held.kind.value),
                )
            except cipher.OpenError:
                raise VaultError(
                    f"the value of {held.token} in record {held.record} does not decrypt "
                    "(tampered)",
                    hint="restore the vault from backup",
                ) from None
            out.append((held, _decode(plain)))
        return out

    @_translated
    def knows(self, token: str) -> bool:
        """Whether the vault holds a value or a shred tombstone under ``token``."""
        return bool(
            self._scalar(
                "SELECT EXISTS (SELECT 1 FROM originals WHERE token = ?)"
                " OR EXISTS (SELECT 1 FROM shredded_values WHERE token = ?)",
                (token, token),
            )
        )

    @_translated
    def counts(self) -> dict[str, int]:
        """live_values, live_records, shredded_records, shredded_values (token tombstones)."""
        return {
            "live_values": int(self._scalar("SELECT count(*) FROM originals")),
            "live_records": int(
                self._scalar("SELECT count(*) FROM records WHERE shredded_at IS NULL")
            ),
            "shredded_records": int(
                self._scalar("SELECT count(*) FROM records WHERE shredded_at IS NOT NULL")
            ),
            "shredded_values": int(self._scalar("SELECT count(*) FROM shredded_values")),
            "kek_version": int(self._kek_version),
        }

    # -- shredding -------------------------------------------------------------------------

    def _shred_ids(
        self, ids: Iterable[int], reason: str, at: datetime, *, forget: Iterable[str] | None = None
    ) -> int:
        """Destroy whole records: wrapped key and every ciphertext, keeping a tombstone.

        With ``forget`` (erasure), token tombstones of those tokens and of these records go
        too, so nothing left in the vault names the person's tokens.
        """
        with self._write():
            self._fill("target_ids", "id", ids)
            names, values, forgotten = self._shred_targets(reason, at, forget)
        scrubbed = self._scrub() if names or forgotten else True
        self.last_shred = Shredded(reason, at, names, values, scrubbed)
        return len(names)

    def _shred_targets(
        self, reason: str, at: datetime, forget: Iterable[str] | None
    ) -> tuple[tuple[str, ...], int, int]:
        """Inside a write: shred the records in ``temp.target_ids``; (names, values, forgotten)."""
        conn = self._conn
        forgotten = 0
        if forget is not None:
            self._fill("wanted_tokens", "token", forget)
            forgotten = conn.execute(
                "DELETE FROM shredded_values"
                " WHERE token IN (SELECT token FROM temp.wanted_tokens)"
                " OR record_id IN (SELECT id FROM temp.target_ids)"
            ).rowcount
            conn.execute("DELETE FROM temp.wanted_tokens")
        names = tuple(
            row[0]
            for row in self._rows(
                "SELECT record FROM records WHERE id IN (SELECT id FROM temp.target_ids)"
                " AND shredded_at IS NULL ORDER BY record"
            )
        )
        values = conn.execute(
            "DELETE FROM originals WHERE record_id IN (SELECT id FROM temp.target_ids)"
        ).rowcount
        conn.execute(
            "UPDATE records SET wrapped_key = NULL, kek_version = NULL,"
            " shredded_at = ?, shred_reason = ?"
            " WHERE id IN (SELECT id FROM temp.target_ids) AND shredded_at IS NULL",
            (_ts(at), reason),
        )
        if names or forgotten:
            conn.execute("UPDATE meta SET value = 1 WHERE name = 'scrub_pending'")
        conn.execute("DELETE FROM temp.target_ids")
        return names, values, forgotten

    @_translated
    def shred_records(self, records: Iterable[str], *, reason: str = "record shredded") -> int:
        """Shred records by name; returns records shredded (already shredded ones not counted)."""
        self._fill("wanted_records", "record", records)
        ids = [
            row[0]
            for row in self._rows(
                "SELECT r.id FROM records r JOIN temp.wanted_records w ON w.record = r.record"
            )
        ]
        self._conn.execute("DELETE FROM temp.wanted_records")
        return self._shred_ids(ids, reason, datetime.now(UTC))

    @_translated
    def shred_claim(self, claim_id: str) -> int:
        """Shred every record of a claim (or order) id; returns records shredded."""
        ids = [
            row[0] for row in self._rows("SELECT id FROM records WHERE claim_id = ?", (claim_id,))
        ]
        return self._shred_ids(ids, "claim shredded", datetime.now(UTC))

    @_translated
    def erase(self, subject: Subject) -> int:
        """Erasure request: shred the subject's own records whole and only their mentioned
        values inside other people's records (those keep every value of their own, re-sealed
        under a fresh data key); returns values shredded. No tombstone names the person's
        tokens afterwards."""
        at = datetime.now(UTC)
        reason = "erasure request"
        with self._write() as conn:
            self._target(subject)
            mentions = self._rows(
                "SELECT r.id, r.record, r.wrapped_key, r.kek_version, v.token"
                " FROM temp.target_values v JOIN records r ON r.id = v.record_id"
                " WHERE r.shredded_at IS NULL ORDER BY r.id"
            )
            conn.execute("DELETE FROM temp.target_values")
            touched, mentioned = self._shred_values(mentions, _ts(at), reason, tombstone=False)
            names, values, forgotten = self._shred_targets(reason, at, subject.tokens)
            if touched:
                conn.execute("UPDATE meta SET value = 1 WHERE name = 'scrub_pending'")
        scrubbed = self._scrub() if names or forgotten or touched else True
        records = tuple(sorted({*names, *touched}))
        self.last_shred = Shredded(reason, at, records, values + mentioned, scrubbed)
        return values + mentioned

    @_translated
    def shred_expired(self, now: datetime, retention_days: int) -> int:
        """Retention: shred records decided more than ``retention_days`` ago."""
        cutoff = _ts(now - timedelta(days=retention_days))
        sql = (
            "SELECT id FROM records WHERE shredded_at IS NULL"
            " AND decided_at IS NOT NULL AND decided_at <= ?"
        )
        ids = [row[0] for row in self._rows(sql, [cutoff])]
        if not ids:
            self.last_shred = Shredded("retention", now, (), 0, True)
            return 0
        return self._shred_ids(ids, "retention", now)

    @_translated
    def shred_token(self, token: str) -> int:
        """Shred one token's values in every record; returns values shredded.

        Each record that still holds other values gets a fresh data key (its remaining
        values are re-sealed) so the key that sealed the shredded value is destroyed too.
        """
        at = datetime.now(UTC)
        with self._write() as conn:
            targets = self._rows(
                "SELECT r.id, r.record, r.wrapped_key, r.kek_version, o.token FROM originals o"
                " JOIN records r ON r.id = o.record_id WHERE o.token = ?",
                (token,),
            )
            touched, values = self._shred_values(targets, _ts(at), "token shredded", tombstone=True)
            if touched:
                conn.execute("UPDATE meta SET value = 1 WHERE name = 'scrub_pending'")
        scrubbed = self._scrub() if touched else True
        self.last_shred = Shredded("token shredded", at, touched, values, scrubbed)
        return values

    def _shred_values(
        self, targets: Sequence[Any], stamp: str, reason: str, *, tombstone: bool
    ) -> tuple[tuple[str, ...], int]:
        """Inside a write: shred single values ``(record id, record, wrapped key, kek version,
        token)``; a record left with other values is re-sealed under a fresh data key, one
        left with none is shredded whole. ``tombstone`` keeps a per-token tombstone (not for
        an erasure, where nothing may name the token). Returns (records touched, values)."""
        conn = self._conn
        by_record: dict[int, tuple[str, bytes, int, set[str]]] = {}
        for record_id, record, wrapped, kek_version, token in targets:
            by_record.setdefault(record_id, (record, wrapped, kek_version, set()))[3].add(token)
        values = 0
        for record_id, (record, wrapped, kek_version, tokens) in by_record.items():
            old = self._unwrap(record, wrapped, kek_version)
            rest = [
                row
                for row in self._rows(
                    "SELECT token, kind, nonce, ciphertext FROM originals WHERE record_id = ?",
                    (record_id,),
                )
                if row[0] not in tokens
            ]
            conn.executemany(
                "DELETE FROM shredded_values WHERE record_id = ? AND token = ?",
                ((record_id, t) for t in tokens),
            )
            for t in sorted(tokens):
                values += conn.execute(
                    "DELETE FROM originals WHERE record_id = ? AND token = ?", (record_id, t)
                ).rowcount
                if tombstone:
                    conn.execute(
                        "INSERT INTO shredded_values (record_id, token, shredded_at, reason)"
                        " VALUES (?, ?, ?, ?)",
                        (record_id, t, stamp, reason),
                    )
            if not rest:
                conn.execute(
                    "UPDATE records SET wrapped_key = NULL, kek_version = NULL,"
                    " shredded_at = ?, shred_reason = ? WHERE id = ?",
                    (stamp, reason, record_id),
                )
                continue
            data_key = cipher.new_data_key()
            new = AESGCM(data_key)
            resealed = []
            for other, kind, nonce, sealed in rest:
                ad = cipher.value_ad(record, other, kind)
                try:
                    plain = cipher.unseal(old, nonce, sealed, ad)
                except cipher.OpenError:
                    raise VaultError(
                        f"the value of {other} in record {record} does not decrypt (tampered); "
                        "nothing was shredded",
                        hint="restore the vault from backup",
                    ) from None
                fresh_nonce, fresh = cipher.seal(new, plain, ad)
                resealed.append((fresh_nonce, fresh, record_id, other))
            conn.executemany(
                "UPDATE originals SET nonce = ?, ciphertext = ? WHERE record_id = ? AND token = ?",
                resealed,
            )
            conn.execute(
                "UPDATE records SET wrapped_key = ?, kek_version = ? WHERE id = ?",
                (self._wrap(record, data_key), self._kek_version, record_id),
            )
        touched = tuple(sorted(record for record, *_ in by_record.values()))
        return touched, values

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

    @_translated
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
            raise _db_error(self.path, exc) from None
        finally:
            self._conn.close()

    def __enter__(self) -> Vault:
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
