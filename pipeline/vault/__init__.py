"""The vault: keys, AES-256-GCM envelope encryption, the SQLite store, shredding and rotation."""

from __future__ import annotations

from pipeline.vault.database import DB_NAME
from pipeline.vault.keys import Keys, check_key_file, load_keys, new_keys, write_key_file
from pipeline.vault.reveal import Held
from pipeline.vault.rotate import Rotation, rotate, rotate_keys
from pipeline.vault.sealed import SealedRecord, seal_originals
from pipeline.vault.shred import Shredded
from pipeline.vault.store import Vault, open_vault
from pipeline.vault.subject import STRONG_KINDS, Subject, claim_id_of

__all__ = [
    "DB_NAME",
    "STRONG_KINDS",
    "Held",
    "Keys",
    "Rotation",
    "SealedRecord",
    "Shredded",
    "Subject",
    "Vault",
    "check_key_file",
    "claim_id_of",
    "load_keys",
    "new_keys",
    "open_vault",
    "rotate",
    "rotate_keys",
    "seal_originals",
    "write_key_file",
]
