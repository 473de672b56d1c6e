"""Reading the vault: revealing one value behind its audit witness, and what is held for a subject."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pipeline.errors import VaultError
from pipeline.models import Kind
from pipeline.pseudonymise import TOKEN_RE
from pipeline.vault import cipher
from pipeline.vault.database import Database, translated
from pipeline.vault.subject import Subject, select_subject


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


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _day(text: str) -> str:
    return text[:10]


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


class Reader(Database):
    """Reveal, export, subject lookups and counts; every value out passes a witness first."""

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

    @translated
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

    @translated
    def subject(
        self, strong: Iterable[str], weak: Iterable[str] = (), claim_ids: Iterable[str] = ()
    ) -> Subject:
        """The person's own records and their values inside others' (see ``vault.subject``)."""
        try:
            return select_subject(self._conn, strong, weak, claim_ids)
        finally:
            self._untarget()

    @translated
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

    @translated
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

    @translated
    def knows(self, token: str) -> bool:
        """Whether the vault holds a value or a shred tombstone under ``token``."""
        return bool(
            self._scalar(
                "SELECT EXISTS (SELECT 1 FROM originals WHERE token = ?)"
                " OR EXISTS (SELECT 1 FROM shredded_values WHERE token = ?)",
                (token, token),
            )
        )

    @translated
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
