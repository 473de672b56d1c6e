"""AES-256-GCM sealing of values and data keys, with associated data binding each to its row."""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12  # 96 bits, fresh from the OS for every encryption
DATA_KEY_BYTES = 32
SEP = b"\x1f"
_KEK_CHECK = b"claims-vault: key-encryption key check"
_PSEUDONYM_CHECK = b"claims-vault: pseudonym key check"


class OpenError(Exception):
    """A sealed blob did not authenticate (wrong key, altered bytes or moved row)."""


def value_ad(record: str, token: str, kind: str) -> bytes:
    """Associated data of a value: a ciphertext moved to another record, token or kind fails."""
    return value_ad_prefix(record) + token.encode() + SEP + kind.encode()


def value_ad_prefix(record: str) -> bytes:
    """The part of ``value_ad`` shared by every value of a record (bulk stores reuse it)."""
    return b"claims-vault/value/1" + SEP + record.encode() + SEP


def data_key_ad(record: str, kek_version: int) -> bytes:
    """Associated data of a wrapped data key: bound to its record and the KEK version."""
    return SEP.join((b"claims-vault/data-key/1", record.encode(), str(kek_version).encode()))


def kek_check_ad(kek_version: int) -> bytes:
    return SEP.join((b"claims-vault/kek-check/1", str(kek_version).encode()))


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def nonces(count: int) -> list[bytes]:
    """``count`` fresh random nonces from one call to the OS generator."""
    pool = os.urandom(NONCE_BYTES * count)
    return [pool[i : i + NONCE_BYTES] for i in range(0, len(pool), NONCE_BYTES)]


def seal(
    key: bytes | AESGCM, plaintext: bytes, ad: bytes, nonce: bytes | None = None
) -> tuple[bytes, bytes]:
    """Encrypt; returns (nonce, ciphertext with its 16-byte tag)."""
    aead = key if isinstance(key, AESGCM) else AESGCM(key)
    nonce = nonce if nonce is not None else os.urandom(NONCE_BYTES)
    return nonce, aead.encrypt(nonce, plaintext, ad)


def unseal(key: bytes | AESGCM, nonce: bytes, ciphertext: bytes, ad: bytes) -> bytes:
    """Decrypt and authenticate, or raise OpenError."""
    aead = key if isinstance(key, AESGCM) else AESGCM(key)
    try:
        return aead.decrypt(nonce, ciphertext, ad)
    except (InvalidTag, ValueError, TypeError):
        raise OpenError from None


def wrap(kek: bytes, data_key: bytes, record: str, kek_version: int) -> bytes:
    """A data key sealed under the KEK, as nonce + ciphertext + tag."""
    nonce, sealed = seal(kek, data_key, data_key_ad(record, kek_version))
    return nonce + sealed


def unwrap(kek: bytes, wrapped: bytes, record: str, kek_version: int) -> bytes:
    """The data key of a record, or OpenError."""
    return unseal(
        kek, wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], data_key_ad(record, kek_version)
    )


def kek_check(kek: bytes, kek_version: int) -> bytes:
    """A blob only this KEK opens; stored in the vault to tell a wrong key from a tampered row."""
    nonce, sealed = seal(kek, _KEK_CHECK, kek_check_ad(kek_version))
    return nonce + sealed


def is_kek(kek: bytes, kek_version: int, check: bytes) -> bool:
    try:
        return (
            unseal(kek, check[:NONCE_BYTES], check[NONCE_BYTES:], kek_check_ad(kek_version))
            == _KEK_CHECK
        )
    except OpenError:
        return False


def pseudonym_fingerprint(pseudonym_key: bytes) -> str:
    """A keyed digest of a fixed string: tells the vault's pseudonym key apart, reveals nothing."""
    return hmac.new(pseudonym_key, _PSEUDONYM_CHECK, hashlib.sha256).hexdigest()
