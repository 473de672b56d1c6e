"""Opening the vault: ``open_vault`` and the ``Vault`` that writes, reads and shreds one database."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.errors import VaultError, VaultKeyError
from pipeline.vault.database import DB_NAME, SAFE_JOURNAL_MODES, connect
from pipeline.vault.keys import Keys
from pipeline.vault.reveal import Reader
from pipeline.vault.shred import Shredder
from pipeline.vault.write import Writer


class Vault(Writer, Reader, Shredder):
    """An open vault. Not thread-safe; one per process is the intended use."""


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
    conn = connect(path)
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
