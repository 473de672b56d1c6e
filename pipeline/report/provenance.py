"""What an auditor needs to stand behind a batch: who ran it, the exact configuration and
profiles (SHA-256 of each file), the key versions, the SHA-256 of every published output,
and the privacy operations (reveal, find, export, shred, erase, key rotation) run on the
workspace since the previous batch, as counts. Never a value, a token or a reason.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import yaml

from pipeline.models import FileResult

# Audit events of the privacy operations (design section 7), counted since the last batch.
PRIVACY_EVENTS = ("reveal", "find", "export", "shred", "erase", "key_rotation")


def operator() -> str:
    """The OS user running the process ("unknown" when the system cannot say)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def config_hashes(config_dir: Path, profiles: Iterable[str]) -> dict[str, str]:
    """SHA-256 of pipeline.yaml, rules.yaml and the profile file of each profile used."""
    found = {
        name: sha256_of(config_dir / name)
        for name in ("pipeline.yaml", "rules.yaml")
        if (config_dir / name).is_file()
    }
    wanted = set(profiles)
    for path in sorted((config_dir / "sources").glob("*.yaml")):
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            continue
        name = raw.get("name", path.stem) if isinstance(raw, dict) else path.stem
        if name in wanted:
            found[f"sources/{path.name}"] = sha256_of(path)
    return found


def output_hashes(root: Path, files: Iterable[FileResult]) -> dict[str, str]:
    """SHA-256 of each published output (path relative to the workspace) that exists."""
    found: dict[str, str] = {}
    for item in files:
        if item.status != "processed":
            continue  # held back or quarantined: nothing of it was published
        for output in item.outputs:
            path = root / output
            if path.is_file():
                found[output] = sha256_of(path)
    return dict(sorted(found.items()))


def operations_since_last_batch(audit: Path) -> dict[str, int]:
    """Counts of privacy-operation events after the previous ``batch_end`` in the audit log."""
    counts: Counter[str] = Counter()
    try:
        lines = audit.read_bytes().splitlines()
    except OSError:
        lines = []
    for raw in reversed(lines):
        try:
            event = json.loads(raw).get("event")
        except (ValueError, AttributeError):
            continue
        if event == "batch_end":
            break
        if event in PRIVACY_EVENTS:
            counts[event] += 1
    return {event: counts[event] for event in PRIVACY_EVENTS}
