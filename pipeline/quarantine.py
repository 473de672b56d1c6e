"""What the workspace holds back, and the analyst's way out: ``claims quarantine``.

Two kinds of file are held (design section 9):

- *quarantined*: an input that could not be used, moved to ``quarantine/<file>`` with
  ``<file>.reason.txt`` beside it;
- *held back*: a claim file whose outputs the residual-leak check refused; the input stays
  in the inbox, its outputs wait in ``quarantine/outputs/`` with their reason files.

``quarantine/held.json`` records each of them (file names, hashes, the batch, the reason
and the configuration hash at the time; never a value). A held-back file is not taken
again, by ``claims run`` or ``claims watch``, until its bytes or the configuration change
or the analyst retries it; ``retry`` puts a file back into processing and ``purge``
removes it for good (overwritten, then unlinked), both audited. Retention and erasure
requests shred held files through ``Quarantine.shred``, which forgets them here too.
"""

from __future__ import annotations

import enum
import json
import os
import shlex
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from pipeline.config import DEFAULT_CONFIG_DIR, Settings
from pipeline.errors import PipelineError
from pipeline.models import Event
from pipeline.publish import fsync_dir, write_text
from pipeline.report.audit import AuditLog
from pipeline.workspace import Workspace

REGISTRY_NAME = "held.json"
REASON_SUFFIX = ".reason.txt"
_BLOCK = 1 << 20


class HoldKind(enum.Enum):
    QUARANTINED = "quarantined"
    HELD_BACK = "held back"


@dataclass(frozen=True, slots=True)
class Held:
    """One held file. ``name`` is what the analyst types after ``claims quarantine``."""

    name: str
    kind: HoldKind
    source: str  # where it came from, relative to the workspace ("inbox/awin/x.csv")
    sha256: str = ""
    batch: str = ""
    config_hash: str = ""
    reason: str = ""
    outputs: tuple[str, ...] = ()  # held-back outputs, relative to the workspace

    def as_dict(self) -> dict[str, Any]:
        found = asdict(self)
        found["kind"] = self.kind.value
        found["outputs"] = list(self.outputs)
        return found

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Held:
        return cls(
            name=str(data["name"]),
            kind=HoldKind(data["kind"]),
            source=str(data["source"]),
            sha256=str(data.get("sha256", "")),
            batch=str(data.get("batch", "")),
            config_hash=str(data.get("config_hash", "")),
            reason=str(data.get("reason", "")),
            outputs=tuple(str(o) for o in data.get("outputs", ())),
        )


def next_step(held: Held, settings: Settings | None = None) -> str:
    """The exact commands that get a held file moving again, or remove it."""
    where = ""  # the options that reach this workspace, when it is not the default one
    if settings is not None:
        if settings.config_dir is not None and settings.config_dir != DEFAULT_CONFIG_DIR.resolve():
            where += f" --config {shlex.quote(str(settings.config_dir))}"
        if settings.data_dir != (settings.root / "data").resolve():
            where += f" --data {shlex.quote(str(settings.data_dir))}"
    name = shlex.quote(held.name)
    retry = f"`claims quarantine retry {name}{where}`"
    purge = f"`claims quarantine purge {name}{where}`"
    if held.kind is HoldKind.HELD_BACK:
        return (
            "nothing was published: the outputs are held in quarantine/outputs/ and the input "
            f"stays in the inbox; see why with `claims quarantine show {name}{where}`; fix the "
            "column's kind in its "
            f"source profile (configs/sources/), then {retry} (`claims watch` retries it by "
            f"itself once configs/ change); or remove it for good with {purge}"
        )
    return (
        f"fix the file or its source profile (`claims profile suggest` drafts one), then "
        f"{retry}; or remove it for good with {purge}"
    )


class Quarantine:
    """The held files of one workspace: the registry, and retry and purge."""

    def __init__(self, workspace: Workspace, audit: AuditLog | None = None) -> None:
        self.workspace = workspace
        self._audit = audit
        self.registry = workspace.quarantine / REGISTRY_NAME

    @property
    def audit(self) -> AuditLog:
        """The audit log, opened when first written to (a dry run never opens it)."""
        if self._audit is None:
            self._audit = AuditLog(self.workspace.audit)
        return self._audit

    # -- the registry ---------------------------------------------------------------------

    def _read(self) -> dict[str, Held]:
        if not self.registry.exists():
            return {}
        try:
            data = json.loads(self.registry.read_text(encoding="utf-8"))
            return {h.name: h for h in map(Held.from_dict, data["held"])}
        except (ValueError, KeyError, TypeError) as exc:
            raise PipelineError(
                f"{self.registry}: unreadable record of held files",
                hint="restore it from backup; the held files themselves are untouched",
            ) from exc

    def _write(self, held: dict[str, Held]) -> None:
        items = [h.as_dict() for h in sorted(held.values(), key=lambda h: h.name)]
        self.workspace.quarantine.mkdir(parents=True, exist_ok=True)
        write_text(self.registry, json.dumps({"held": items}, indent=2) + "\n")

    def held(self) -> list[Held]:
        """Every held file: the registry, and any reason file it does not know of."""
        known = self._read()
        names = {h.name for h in known.values()}
        covered = {o for h in known.values() for o in h.outputs}
        folder = self.workspace.quarantine
        found = [
            h for h in known.values() if h.kind is HoldKind.HELD_BACK or (folder / h.name).is_file()
        ]
        for reason in sorted(folder.glob(f"*{REASON_SUFFIX}")) if folder.is_dir() else []:
            name = reason.name.removesuffix(REASON_SUFFIX)
            if name not in names and (folder / name).is_file():
                found.append(self._unregistered(name, folder / name, HoldKind.QUARANTINED))
        outputs = self.workspace.leak_quarantine
        for reason in sorted(outputs.glob(f"*{REASON_SUFFIX}")) if outputs.is_dir() else []:
            path = outputs / reason.name.removesuffix(REASON_SUFFIX)
            relative = path.relative_to(self.workspace.root).as_posix()
            if relative not in covered and path.is_file():
                found.append(self._unregistered(f"outputs/{path.name}", path, HoldKind.HELD_BACK))
        return sorted(found, key=lambda h: (h.kind.value, h.name))

    def _unregistered(self, name: str, path: Path, kind: HoldKind) -> Held:
        reason = path.with_name(path.name + REASON_SUFFIX).read_text(encoding="utf-8").strip()
        relative = path.relative_to(self.workspace.root).as_posix()
        if kind is HoldKind.HELD_BACK:  # an output with no record: only purge applies
            return Held(name=name, kind=kind, source="", reason=reason, outputs=(relative,))
        return Held(name=name, kind=kind, source=f"inbox/{name}", reason=reason)

    def get(self, name: str) -> Held:
        """The held file the analyst named (its name, or its path as listed)."""
        wanted = name.removeprefix("quarantine/").removeprefix("inbox/")
        for held in self.held():
            if wanted in (held.name, held.source.removeprefix("inbox/")):
                return held
        raise PipelineError(
            f"nothing held under the name {name!r}", hint="`claims quarantine list` names them"
        )

    def is_held(self, sha256: str, config_hash: str) -> Held | None:
        """The held-back record of these bytes under this configuration, if any."""
        for held in self._read().values():
            if (
                held.kind is HoldKind.HELD_BACK
                and held.sha256 == sha256
                and held.config_hash == config_hash
            ):
                return held
        return None

    def record(self, held: Held) -> None:
        """Remember a held file (replacing an earlier record of the same name)."""
        known = self._read()
        known[held.name] = held
        self._write(known)

    def release(self, name: str) -> None:
        """Forget the record of a file that went through (published, or retried)."""
        known = self._read()
        if known.pop(name, None) is not None:
            self._write(known)

    def published(self, name: str) -> None:
        """A file went through: its earlier held-back outputs (stale plaintext) go, and its record."""
        held = self._read().get(name)
        if held is not None and held.kind is HoldKind.HELD_BACK:
            self._remove_outputs(held)
            self.release(name)

    # -- the analyst's commands -----------------------------------------------------------

    def retry(self, name: str, operator: str) -> Held:
        """Put a held file back into processing; the next batch (or the watch) takes it."""
        held = self.get(name)
        root = self.workspace.root
        if held.kind is HoldKind.QUARANTINED:
            source = root / held.source
            if source.exists():
                raise PipelineError(
                    f"{held.source} already exists; not replacing it",
                    hint="move that file away first",
                )
            self.audit.append(
                Event.QUARANTINE_RETRY, file=held.name, sha256=held.sha256, operator=operator
            )
            source.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.workspace.quarantine / held.name, source)
            _unlink(self.workspace.quarantine / (held.name + REASON_SUFFIX))
            fsync_dir(source.parent)
            fsync_dir(self.workspace.quarantine)
        else:
            if not held.source or not (root / held.source).is_file():
                raise PipelineError(
                    f"{held.name}: its input is no longer in the inbox, so there is nothing to retry",
                    hint=f"`claims quarantine purge {shlex.quote(held.name)}` removes the held outputs",
                )
            self.audit.append(
                Event.QUARANTINE_RETRY, file=held.name, sha256=held.sha256, operator=operator
            )
            self._remove_outputs(held)
        self.release(held.name)
        return held

    def purge(self, name: str, operator: str) -> Held:
        """Remove a held file for good: overwritten, then unlinked, with its reason and outputs."""
        held = self.get(name)
        root = self.workspace.root
        self.audit.append(
            Event.QUARANTINE_PURGE,
            file=held.name,
            sha256=held.sha256,
            kind=held.kind.value,
            operator=operator,
        )
        if held.kind is HoldKind.QUARANTINED:
            secure_remove(self.workspace.quarantine / held.name)
            _unlink(self.workspace.quarantine / (held.name + REASON_SUFFIX))
        elif held.source:
            secure_remove(root / held.source)
        self._remove_outputs(held)
        self.release(held.name)
        return held

    def shred(self, paths: Iterable[Path]) -> int:
        """Shred held files that retention or an erasure reached, with their reason files,
        and forget them in the registry; returns how many files went."""
        root = self.workspace.root
        gone = set()
        for path in paths:
            secure_remove(path)
            secure_remove(path.with_name(path.name + REASON_SUFFIX))
            gone.add(path.relative_to(root).as_posix())
        known = self._read()
        kept = {}
        for name, held in known.items():
            where = (self.workspace.quarantine / name).relative_to(root).as_posix()
            if held.kind is HoldKind.QUARANTINED and where in gone:
                continue
            kept[name] = replace(held, outputs=tuple(o for o in held.outputs if o not in gone))
        if kept != known:
            self._write(kept)
        return len(gone)

    def _remove_outputs(self, held: Held) -> None:
        for output in held.outputs:
            path = self.workspace.root / output
            secure_remove(path)
            _unlink(path.with_name(path.name + REASON_SUFFIX))


@contextmanager
def holding(settings: Settings) -> Iterator[Quarantine]:
    """The workspace's quarantine, with the batch lock held (no batch runs meanwhile)."""
    workspace = Workspace.of(settings)
    workspace.ensure()
    with workspace.hold():
        yield Quarantine(workspace)


def secure_remove(path: Path) -> None:
    """Overwrite a file's bytes with zeros, fsync, then unlink it (a missing file is fine).

    On copy-on-write or wear-levelled storage the old blocks may survive the overwrite;
    the vault's crypto-shredding does not depend on this, a plaintext file does.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as handle:
        left = size
        while left > 0:
            step = min(left, _BLOCK)
            handle.write(b"\0" * step)
            left -= step
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
    fsync_dir(path.parent)


def _unlink(path: Path) -> None:
    path.unlink(missing_ok=True)
