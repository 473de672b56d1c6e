"""Shredding: whole records, single tokens, erasure requests and retention, each ending in a scrub."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pipeline.errors import VaultError
from pipeline.vault import cipher
from pipeline.vault.database import Database, timestamp, translated
from pipeline.vault.subject import Subject


@dataclass(frozen=True, slots=True)
class Shredded:
    """What one shred did, for the audit event: record names and counts, never a value."""

    reason: str
    at: datetime
    records: tuple[str, ...]
    values: int
    scrubbed: bool  # False: another process held the vault open; finished on a later open


class Shredder(Database):
    """Destroying values and records for good, keeping tombstones that name no value."""

    last_shred: Shredded | None = None  # what the latest shred did, for its audit event

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
            (timestamp(at), reason),
        )
        if names or forgotten:
            conn.execute("UPDATE meta SET value = 1 WHERE name = 'scrub_pending'")
        conn.execute("DELETE FROM temp.target_ids")
        return names, values, forgotten

    @translated
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

    @translated
    def shred_claim(self, claim_id: str) -> int:
        """Shred every record of a claim (or order) id; returns records shredded."""
        ids = [
            row[0] for row in self._rows("SELECT id FROM records WHERE claim_id = ?", (claim_id,))
        ]
        return self._shred_ids(ids, "claim shredded", datetime.now(UTC))

    @translated
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
            touched, mentioned = self._shred_values(
                mentions, timestamp(at), reason, tombstone=False
            )
            names, values, forgotten = self._shred_targets(reason, at, subject.tokens)
            if touched:
                conn.execute("UPDATE meta SET value = 1 WHERE name = 'scrub_pending'")
        scrubbed = self._scrub() if names or forgotten or touched else True
        records = tuple(sorted({*names, *touched}))
        self.last_shred = Shredded(reason, at, records, values + mentioned, scrubbed)
        return values + mentioned

    @translated
    def shred_expired(self, now: datetime, retention_days: int) -> int:
        """Retention: shred records decided more than ``retention_days`` ago."""
        cutoff = timestamp(now - timedelta(days=retention_days))
        sql = (
            "SELECT id FROM records WHERE shredded_at IS NULL"
            " AND decided_at IS NOT NULL AND decided_at <= ?"
        )
        ids = [row[0] for row in self._rows(sql, [cutoff])]
        if not ids:
            self.last_shred = Shredded("retention", now, (), 0, True)
            return 0
        return self._shred_ids(ids, "retention", now)

    @translated
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
            touched, values = self._shred_values(
                targets, timestamp(at), "token shredded", tombstone=True
            )
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
