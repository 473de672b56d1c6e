"""Key material: the key file (or environment variable), its permissions, and writing it safely.

Two independent secrets live outside the vault:

* the **pseudonym key** (HMAC-SHA256) that makes tokens; it never changes once data exists;
* the **key-encryption key** (KEK, AES-256) that wraps every per-record data key.

Key file format (JSON, UTF-8, mode 0600)::

    {
      "format": "claims-keys",
      "version": 1,
      "pseudonym": {"version": 1, "key": "<base64 of 32 bytes>"},
      "kek":       {"version": 1, "key": "<base64 of 32 bytes>"},
      "kek_next":  {"version": 2, "key": "..."}        # only while a rotation is unfinished
    }

The environment variable (default ``CLAIMS_KEYS``) holds the same JSON, either as is or
base64-encoded (``base64 -w0 secrets/claims.keys``); when it is set the file is not read.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import VaultKeyError

KEY_BYTES = 32
FORMAT = "claims-keys"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Keys:
    """The secrets the vault and the tokeniser need; ``repr`` never shows key bytes."""

    pseudonym_key: bytes = field(repr=False)
    pseudonym_version: int
    kek: bytes = field(repr=False)
    kek_version: int
    source: str  # "file <path>" or "environment variable <NAME>", for messages
    path: Path | None = None  # the key file, when keys came from one
    kek_next: tuple[int, bytes] | None = field(default=None, repr=False)  # unfinished rotation

    def kek_for(self, version: int) -> bytes | None:
        """The KEK of one version, current or pending, or None when this key set lacks it."""
        if version == self.kek_version:
            return self.kek
        if self.kek_next is not None and self.kek_next[0] == version:
            return self.kek_next[1]
        return None

    def kek_versions(self) -> list[int]:
        """Every KEK version this key set can unwrap with."""
        versions = [self.kek_version]
        if self.kek_next is not None:
            versions.append(self.kek_next[0])
        return versions


def new_keys(path: Path | None = None) -> Keys:
    """Fresh random keys, version 1 (not written anywhere)."""
    return Keys(
        pseudonym_key=secrets.token_bytes(KEY_BYTES),
        pseudonym_version=1,
        kek=secrets.token_bytes(KEY_BYTES),
        kek_version=1,
        source=f"file {path}" if path is not None else "memory",
        path=path,
    )


def load_keys(key_file: Path, env_var: str = "CLAIMS_KEYS", create: bool = True) -> Keys:
    """Load the keys from ``$env_var`` when set, else from ``key_file`` (created when missing).

    Raises:
        VaultKeyError: the file is missing (and ``create`` is false), readable or writable
            by group or others, not a regular file, or malformed.
    """
    from_env = os.environ.get(env_var) if env_var else None
    if from_env:
        return _parse(_decode_env(from_env, env_var), f"environment variable {env_var}", None)
    key_file = Path(key_file)
    if not key_file.exists():
        if not create:
            raise VaultKeyError(
                f"key file {key_file} does not exist",
                hint=f"restore it from backup or set {env_var}; the vault is unreadable without it",
            )
        _create_key_file(key_file)
    check_key_file(key_file)
    try:
        text = key_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise VaultKeyError(f"key file {key_file} cannot be read ({type(exc).__name__})") from None
    return _parse(text, f"file {key_file}", key_file)


def check_key_file(key_file: Path) -> None:
    """Refuse a key file that is not a regular file or that group or others may read or write."""
    try:
        info = key_file.stat()
    except OSError as exc:
        raise VaultKeyError(f"key file {key_file} cannot be read ({type(exc).__name__})") from None
    if not stat.S_ISREG(info.st_mode):
        raise VaultKeyError(f"key file {key_file} is not a regular file")
    loose = stat.S_IMODE(info.st_mode) & 0o077
    if loose:
        raise VaultKeyError(
            f"key file {key_file} has mode {stat.S_IMODE(info.st_mode):04o}; "
            "group or others may read or change it, so the program will not start",
            hint=f"chmod 600 {key_file}",
        )


def write_key_file(key_file: Path, keys: Keys, *, replace: bool) -> None:
    """Write keys atomically with mode 0600 (temp file, fsync, rename or link, fsync dir).

    With ``replace`` false the file is only created when absent (another process may have
    won the race; its keys are then kept).
    """
    key_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    payload = _serialise(keys).encode("utf-8")
    tmp = key_file.with_name(f".{key_file.name}.{secrets.token_hex(6)}.tmp")
    try:
        fd = os.open(
            tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600
        )
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        if replace:
            os.replace(tmp, key_file)
        else:
            with contextlib.suppress(FileExistsError):
                os.link(tmp, key_file)
            tmp.unlink()
        _fsync_dir(key_file.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise VaultKeyError(
            f"key file {key_file} cannot be written ({type(exc).__name__})"
        ) from None


def _create_key_file(key_file: Path) -> None:
    write_key_file(key_file, new_keys(key_file), replace=False)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _serialise(keys: Keys) -> str:
    def entry(version: int, key: bytes) -> dict[str, Any]:
        return {"version": version, "key": base64.b64encode(key).decode("ascii")}

    data: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "pseudonym": entry(keys.pseudonym_version, keys.pseudonym_key),
        "kek": entry(keys.kek_version, keys.kek),
    }
    if keys.kek_next is not None:
        data["kek_next"] = entry(*keys.kek_next)
    return json.dumps(data, indent=2) + "\n"


def _decode_env(raw: str, env_var: str) -> str:
    text = raw.strip()
    if text.startswith("{"):
        return text
    try:
        return base64.b64decode(text, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise VaultKeyError(
            f"environment variable {env_var} is neither key-file JSON nor its base64",
            hint=f'set it with: export {env_var}="$(base64 -w0 secrets/claims.keys)"',
        ) from None


def _parse(text: str, source: str, path: Path | None) -> Keys:
    try:
        data = json.loads(text)
    except ValueError:
        raise VaultKeyError(f"keys from {source} are not valid JSON") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise VaultKeyError(
            f"keys from {source} are not a claims key file (format '{FORMAT}' expected)"
        )
    if data.get("version") != FORMAT_VERSION:
        raise VaultKeyError(f"keys from {source} have an unsupported format version")
    pseudonym_version, pseudonym_key = _entry(data, "pseudonym", source, minimum=KEY_BYTES)
    kek_version, kek = _entry(data, "kek", source, exact=KEY_BYTES)
    kek_next = _entry(data, "kek_next", source, exact=KEY_BYTES) if "kek_next" in data else None
    if kek_next is not None and kek_next[0] == kek_version:
        raise VaultKeyError(f"keys from {source}: 'kek_next' has the same version as 'kek'")
    return Keys(
        pseudonym_key=pseudonym_key,
        pseudonym_version=pseudonym_version,
        kek=kek,
        kek_version=kek_version,
        source=source,
        path=path,
        kek_next=kek_next,
    )


def _entry(
    data: dict[str, Any], name: str, source: str, *, exact: int | None = None, minimum: int = 0
) -> tuple[int, bytes]:
    entry = data.get(name)
    if not isinstance(entry, dict):
        raise VaultKeyError(f"keys from {source}: '{name}' is missing")
    version = entry.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise VaultKeyError(f"keys from {source}: '{name}.version' must be a positive integer")
    encoded = entry.get("key")
    try:
        if not isinstance(encoded, str):
            raise ValueError
        key = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise VaultKeyError(f"keys from {source}: '{name}.key' is not base64") from None
    if (exact is not None and len(key) != exact) or len(key) < minimum:
        size = f"{exact}" if exact is not None else f"at least {minimum}"
        raise VaultKeyError(
            f"keys from {source}: '{name}.key' must be {size} bytes, not {len(key)}"
        )
    return version, key
