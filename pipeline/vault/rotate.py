"""Key-encryption key rotation: a new KEK, every live data key re-wrapped, the old KEK destroyed.

The rotation survives a crash at any step. The key file first gains the new KEK as
``kek_next`` beside the old one; the vault re-wraps every data key in one transaction; only
then is the key file rewritten with the new KEK alone. Running rotate again after a crash
finishes the pending rotation instead of starting another.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from pipeline.errors import VaultKeyError
from pipeline.vault import cipher
from pipeline.vault.database import DB_NAME
from pipeline.vault.keys import load_keys, write_key_file
from pipeline.vault.store import open_vault


@dataclasses.dataclass(frozen=True, slots=True)
class Rotation:
    """What a rotation did (for the audit event; no key material)."""

    old_version: int
    new_version: int
    records: int  # live data keys re-wrapped


def rotate_keys(
    key_file: Path, vault_dir: Path, env_var: str = "CLAIMS_KEYS", *, journal_mode: str = "wal"
) -> int:
    """Rotate the KEK of ``key_file`` and the vault in ``vault_dir``; returns the new version."""
    return rotate(key_file, vault_dir, env_var, journal_mode=journal_mode).new_version


def rotate(
    key_file: Path, vault_dir: Path, env_var: str = "CLAIMS_KEYS", *, journal_mode: str = "wal"
) -> Rotation:
    """As ``rotate_keys``, returning the old and new versions and the records re-wrapped."""
    if env_var and os.environ.get(env_var):
        raise VaultKeyError(
            f"keys come from the environment variable {env_var}; rotation must rewrite a key file",
            hint=f"unset {env_var}, rotate with the key file, then set {env_var} from the new file",
        )
    key_file = Path(key_file)
    keys = load_keys(key_file, env_var="", create=False)
    old_version = keys.kek_version
    if keys.kek_next is None:
        keys = dataclasses.replace(keys, kek_next=(old_version + 1, cipher.new_data_key()))
        write_key_file(key_file, keys, replace=True)
    assert keys.kek_next is not None
    new_version, new_kek = keys.kek_next
    records = 0
    if (Path(vault_dir) / DB_NAME).exists():
        with open_vault(vault_dir, keys, journal_mode=journal_mode) as vault:
            records = vault.rewrap(new_version, new_kek)
    final = dataclasses.replace(keys, kek=new_kek, kek_version=new_version, kek_next=None)
    write_key_file(key_file, final, replace=True)
    return Rotation(old_version, new_version, records)
