"""Sealing originals away from the vault: a pure step that can run on any worker.

``seal_originals`` gives each record of a chunk a fresh data key, wraps it under the KEK and
seals every (record, token) value under it with AES-256-GCM, the same envelope and
associated data the vault uses. Nothing is written: ``Vault.store_sealed`` stores the result.
A worker thus holds the KEK in memory only, and the driver never encrypts the chunk's values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pipeline.models import Original
from pipeline.vault import cipher


@dataclass(frozen=True, slots=True)
class SealedValue:
    """One value sealed under its record's data key (no plaintext)."""

    token: str
    kind: str
    nonce: bytes = field(repr=False)
    ciphertext: bytes = field(repr=False)
    mentioned: bool = False  # found in free text (``Original.mentioned``)


@dataclass(frozen=True, slots=True)
class SealedRecord:
    """One record's fresh data key, wrapped by KEK ``kek_version``, and its sealed values."""

    record: str
    kek_version: int
    wrapped_key: bytes = field(repr=False)
    values: tuple[SealedValue, ...]


def seal_originals(
    kek: bytes, kek_version: int, originals: Iterable[Original]
) -> tuple[SealedRecord, ...]:
    """The originals sealed per record, records in first-seen order, each (record, token) once
    (a record's own field wins over a mention of the same value, as in ``Vault.store``)."""
    by_record: dict[str, dict[str, Original]] = {}
    for original in originals:
        values = by_record.setdefault(original.record, {})
        first = values.get(original.token)
        if first is None or (first.mentioned and not original.mentioned):
            values[original.token] = original
    count = sum(len(values) for values in by_record.values())
    pool = iter(cipher.nonces(count)) if count else iter(())
    kek_aead = AESGCM(kek)
    sealed = []
    for record, values in by_record.items():
        data_key = cipher.new_data_key()
        aead = AESGCM(data_key)
        nonce, wrapped = cipher.seal(kek_aead, data_key, cipher.data_key_ad(record, kek_version))
        prefix = cipher.value_ad_prefix(record)
        items = []
        for token, original in values.items():
            kind: str = original.kind._value_
            value_nonce = next(pool)
            ad = prefix + token.encode() + cipher.SEP + kind.encode()
            items.append(
                SealedValue(
                    token,
                    kind,
                    value_nonce,
                    aead.encrypt(value_nonce, original.value.encode("utf-8", "surrogatepass"), ad),
                    original.mentioned,
                )
            )
        sealed.append(SealedRecord(record, kek_version, nonce + wrapped, tuple(items)))
    return tuple(sealed)


def open_sealed(kek: bytes, record: SealedRecord) -> tuple[bytes, AESGCM]:
    """The record's data key and its cipher (the vault re-seals a value into a held record)."""
    data_key = cipher.unwrap(kek, record.wrapped_key, record.record, record.kek_version)
    return data_key, AESGCM(data_key)
