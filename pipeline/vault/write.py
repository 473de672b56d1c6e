"""Writing to the vault: sealing originals into their records (or storing those sealed on a
worker, ``store_sealed``) and starting retention clocks."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pipeline.errors import VaultKeyError
from pipeline.models import Original
from pipeline.vault import cipher
from pipeline.vault.database import Database, timestamp, translated
from pipeline.vault.sealed import SealedRecord, open_sealed
from pipeline.vault.subject import claim_id_of


def _encode(value: str) -> bytes:
    # surrogatepass: any Python str round-trips, whatever the decoder upstream let through.
    return value.encode("utf-8", "surrogatepass")


class Writer(Database):
    """Storing originals and marking records decided."""

    @translated
    def store(self, originals: Iterable[Original], stored_at: datetime) -> int:
        """Encrypt and store originals; returns rows added.

        Idempotent: a (record, token) already held is left as it is, so a crashed batch can
        be rerun. Storing into a shredded record opens it again under a fresh data key.
        """
        stamp = timestamp(stored_at)
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
                ids.update(self._insert_records(conn, new_rows))
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

    @translated
    def store_sealed(self, sealed: Sequence[SealedRecord], stored_at: datetime) -> int:
        """Store values sealed elsewhere (``seal_originals``, on a worker); returns rows added.

        The same outcome as ``store``: a (record, token) already held is left as it is, a new
        record keeps its sealed data key, a shredded record reopens under it. A value for a
        live record already held under another data key is re-sealed under that key here.
        """
        stamp = timestamp(stored_at)
        if not any(s.values for s in sealed):
            return 0
        with self._write() as conn:
            chosen: dict[str, SealedRecord] = {}
            for item in sealed:
                chosen.setdefault(item.record, item)
            self._fill("wanted_records", "record", chosen)
            rows = self._rows(
                "SELECT r.id, r.record, r.wrapped_key, r.kek_version, r.shredded_at"
                " FROM records r JOIN temp.wanted_records w ON w.record = r.record"
            )
            ids: dict[str, int] = {}
            held_keys: dict[str, tuple[bytes, int]] = {}
            for record_id, record, wrapped, kek_version, shredded_at in rows:
                ids[record] = record_id
                if shredded_at is None:
                    held_keys[record] = (wrapped, kek_version)
                    continue
                conn.execute(
                    "UPDATE records SET wrapped_key = ?, kek_version = ?, created_at = ?,"
                    " decided_at = NULL, shredded_at = NULL, shred_reason = NULL WHERE id = ?",
                    (self._wrapped(chosen[record]), self._kek_version, stamp, record_id),
                )
                conn.execute("DELETE FROM shredded_values WHERE record_id = ?", (record_id,))
            held: set[tuple[int, str]] = set()
            if held_keys:
                held = set(
                    self._rows(
                        "SELECT o.record_id, o.token FROM originals o WHERE o.record_id IN"
                        " (SELECT r.id FROM records r"
                        "  JOIN temp.wanted_records w ON w.record = r.record)"
                    )
                )
            new_rows = [
                (r, claim_id_of(r), self._kek_version, self._wrapped(item), stamp)
                for r, item in chosen.items()
                if r not in ids
            ]
            if new_rows:
                ids.update(self._insert_records(conn, new_rows))
            added = []
            seen: set[tuple[int, str]] = set()
            for item in sealed:
                record_id = ids[item.record]
                resealed = None
                for value in item.values:
                    if (record_id, value.token) in held or (record_id, value.token) in seen:
                        continue
                    seen.add((record_id, value.token))
                    nonce, ciphertext = value.nonce, value.ciphertext
                    if item.record in held_keys or item is not chosen[item.record]:
                        # held under another data key: open with the sealed one, seal with it
                        if resealed is None:
                            resealed = self._reseal_pair(item, held_keys.get(item.record))
                        ad = cipher.value_ad(item.record, value.token, value.kind)
                        plain = cipher.unseal(resealed[0], nonce, ciphertext, ad)
                        nonce, ciphertext = cipher.seal(resealed[1], plain, ad)
                    added.append(
                        (
                            record_id,
                            value.token,
                            value.kind,
                            nonce,
                            ciphertext,
                            stamp,
                            value.mentioned,
                        )
                    )
            conn.executemany(
                "INSERT INTO originals"
                " (record_id, token, kind, nonce, ciphertext, stored_at, mentioned)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                added,
            )
            conn.execute("DELETE FROM temp.wanted_records")
        return len(added)

    def _insert_records(
        self, conn: sqlite3.Connection, rows: Sequence[tuple[str, str, int, bytes, str]]
    ) -> dict[str, int]:
        """Insert new record rows; the ids of every record in ``temp.wanted_records``."""
        conn.executemany(
            "INSERT INTO records (record, claim_id, kek_version, wrapped_key, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            rows,
        )
        return dict(
            self._rows(
                "SELECT r.record, r.id FROM records r"
                " JOIN temp.wanted_records w ON w.record = r.record"
            )
        )

    def _wrapped(self, item: SealedRecord) -> bytes:
        """A sealed record's wrapped data key, re-wrapped when the vault uses another KEK."""
        if item.kek_version == self._kek_version:
            return item.wrapped_key
        return self._wrap(item.record, self._sealed_key(item)[0])

    def _sealed_key(self, item: SealedRecord) -> tuple[bytes, AESGCM]:
        kek = self._keys.kek_for(item.kek_version)
        if kek is None:
            raise VaultKeyError(
                f"record {item.record} was sealed under key-encryption key version "
                f"{item.kek_version}, which {self._keys.source} lacks"
            )
        return open_sealed(kek, item)

    def _reseal_pair(
        self, item: SealedRecord, held_key: tuple[bytes, int] | None
    ) -> tuple[AESGCM, AESGCM]:
        """(the sealed record's cipher, the cipher of the data key the vault holds for it)."""
        opened = self._sealed_key(item)[1]
        if held_key is None:  # a second sealed entry for a record added in this call
            wrapped = self._rows(
                "SELECT wrapped_key, kek_version FROM records WHERE record = ?", (item.record,)
            )[0]
            held_key = (wrapped[0], wrapped[1])
        return opened, self._unwrap(item.record, *held_key)

    @translated
    def mark_decided(self, records: Iterable[str], decided_at: datetime) -> None:
        """Start the retention clock of records (the first decision time is kept)."""
        stamp = timestamp(decided_at)
        with self._write() as conn:
            conn.executemany(
                "UPDATE records SET decided_at = COALESCE(decided_at, ?)"
                " WHERE record = ? AND shredded_at IS NULL",
                ((stamp, record) for record in set(records)),
            )
