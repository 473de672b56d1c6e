"""The workspace of design section 3: its folders, the batch lock, the processed record,
output names, the batch clock, and the moves and unlinks that take files out of the inbox.

Every command finds a folder here rather than building its path by hand. The durable
steps a batch takes on the workspace (``Processed.add``, ``Workspace.remove_input``,
``Workspace.move``) are methods, so the crash harness of ``tests/test_operations.py``
can stop a batch before each of them.
"""

from __future__ import annotations

import codecs
import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipeline.config import Settings
from pipeline.errors import PipelineError
from pipeline.publish import fsync_dir, remove_stale_temps, write_text

# the input suffixes of pipeline.ingest.INPUT_SUFFIXES (tests/test_xlsx.py checks they agree)
INPUT_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")
LOCK_NAME = "batch.lock"
REASON_SUFFIX = ".reason.txt"


@dataclass(frozen=True, slots=True)
class OutputPaths:
    """Where one claim file's outputs go: redacted rows, decisions, and the response if any."""

    redacted: Path
    decisions: Path
    response: Path | None

    def named(self) -> dict[str, Path]:
        """The outputs by role (``redacted``, ``decisions``, ``response``), in that order."""
        found = {"redacted": self.redacted, "decisions": self.decisions}
        if self.response is not None:
            found["response"] = self.response
        return found


@dataclass(frozen=True, slots=True)
class Workspace:
    """The folders of design section 3 under one data directory."""

    root: Path

    @classmethod
    def of(cls, settings: Settings) -> Workspace:
        return cls(settings.data_dir)

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def orders(self) -> Path:
        return self.root / "orders"

    @property
    def redacted(self) -> Path:
        return self.root / "out" / "redacted"

    @property
    def decisions(self) -> Path:
        return self.root / "out" / "decisions"

    @property
    def responses(self) -> Path:
        return self.root / "out" / "responses"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def audit(self) -> Path:
        return self.reports / "audit.jsonl"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def vault(self) -> Path:
        return self.root / "vault"

    @property
    def ledger(self) -> Path:
        return self.root / "ledger" / "ledger.sqlite"

    @property
    def processed(self) -> Path:
        return self.root / "ledger" / "processed.jsonl"

    @property
    def lock(self) -> Path:
        return self.root / "ledger" / LOCK_NAME

    @property
    def leak_quarantine(self) -> Path:
        return self.quarantine / "outputs"

    def ensure(self) -> None:
        for folder in (
            self.inbox,
            self.orders,
            self.redacted,
            self.decisions,
            self.responses,
            self.reports,
            self.quarantine,
            self.vault,
            self.ledger.parent,
        ):
            folder.mkdir(parents=True, exist_ok=True)
        # held inputs are plaintext personal data: for the owner's eyes only
        self.quarantine.chmod(0o700)

    # -- names ---------------------------------------------------------------------------

    def outputs(self, stem: str, response: str) -> OutputPaths:
        """The outputs of the claim file named ``stem``; ``response`` is its profile's style."""
        return OutputPaths(
            redacted=self.redacted / f"{stem}.redacted.csv",
            decisions=self.decisions / f"{stem}.decisions.csv",
            response=None if response == "none" else self.responses / f"{stem}.{response}.csv",
        )

    def report(self, batch_id: str, suffix: str = ".json") -> Path:
        return self.reports / f"{batch_id}{suffix}"

    def new_batch_id(self, started: datetime) -> str:
        """The batch's time to the second, with ``-2``, ``-3`` ... when a report has that id."""
        base = started.strftime("%Y%m%dT%H%M%SZ")
        batch_id, n = base, 1
        while self.report(batch_id).exists():
            n += 1
            batch_id = f"{base}-{n}"
        return batch_id

    # -- one batch at a time -------------------------------------------------------------

    @contextmanager
    def hold(self) -> Iterator[None]:
        """Hold the workspace for one batch; a second batch (a watch and a run) is refused.

        Holding it, remove what a killed batch left half-written.
        """
        handle = self.lock.open("a")
        try:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise PipelineError(
                    f"another batch is running on {self.root}",
                    hint="wait for it to finish (is `claims watch` running?)",
                ) from None
            self._remove_stale_temps()
            yield
        finally:
            handle.close()  # closing releases the lock; so does the death of the process

    def _remove_stale_temps(self) -> None:
        for folder in (
            self.redacted,
            self.decisions,
            self.responses,
            self.quarantine,
            self.leak_quarantine,
        ):
            remove_stale_temps(folder)
        # Any command may rewrite audit.head, always under the audit log's lock: sweep under it.
        with self.audit.open("ab") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            remove_stale_temps(self.reports)

    # -- taking files out of the inbox ---------------------------------------------------

    def remove_input(self, path: Path) -> None:
        """Unlink a processed input and make the unlink durable."""
        path.unlink()
        fsync_dir(path.parent)

    def move(self, path: Path, target: Path, reason: str) -> None:
        """Move a file to quarantine with its reason beside it (the reason first), mode 0600."""
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_text(target.with_name(target.name + REASON_SUFFIX), reason)
        shutil.move(path, target)
        target.chmod(0o600)
        fsync_dir(target.parent)
        fsync_dir(path.parent)

    # -- what quarantine holds -----------------------------------------------------------

    def held(self) -> list[Path]:
        """Every file held in quarantine (inputs and diverted outputs), not the reason files."""
        if not self.quarantine.is_dir():
            return []
        # a held file has its reason beside it (the registry and other bookkeeping do not)
        return sorted(
            p
            for p in self.quarantine.rglob("*")
            if p.is_file()
            and not p.is_symlink()
            and not p.name.endswith(REASON_SUFFIX)
            and p.with_name(p.name + REASON_SUFFIX).is_file()
        )

    def held_past(self, now: datetime, days: int) -> list[Path]:
        """The held files older than the retention period, for ``Quarantine.shred``.

        The time held is that of the reason file, written when the file was quarantined.
        """
        cutoff = now.timestamp() - days * 86_400
        return [
            p for p in self.held() if p.with_name(p.name + REASON_SUFFIX).stat().st_mtime < cutoff
        ]

    def holding(self, needle: str) -> list[Path]:
        """The held files whose text contains ``needle`` (case-insensitively), in any encoding
        an input may have: for an erasure request, which must reach quarantine too."""
        wanted = needle.strip().casefold()
        if not wanted:
            return []
        return [p for p in self.held() if wanted in _text_of(p.read_bytes()).casefold()]


class Processed:
    """``ledger/processed.jsonl``: the hashes of the files a batch has finished with, and
    the output stem each claim file was published under.

    Output stems are unique for good: a stem once published belongs to that input, so
    ``claims.csv`` and ``claims.txt``, ``a.b.csv`` and ``a/b.csv``, or a later file under an
    earlier file's name each keep their own outputs (the later one ``<stem>~2``, ...).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.hashes: set[str] = set()
        self._owners: dict[str, tuple[str, str]] = {}  # stem -> (name, sha) it belongs to
        self._latest: dict[str, str] = {}  # name -> stem of the last file of that name
        self._read()

    def __contains__(self, sha: object) -> bool:
        return sha in self.hashes

    def _read(self) -> None:
        """A line torn by a power cut is skipped."""
        if not self.path.exists():
            return
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                entry = json.loads(line)
                sha, name = str(entry["sha256"]), str(entry["file"])
            except (ValueError, KeyError, TypeError):
                continue
            self._note(sha, name, entry.get("stem", output_stem(name)))

    def _note(self, sha: str, name: str, stem: object) -> None:
        self.hashes.add(sha)
        if isinstance(stem, str) and stem:  # order exports publish nothing: no stem
            self._owners.setdefault(stem, (name, sha))
            self._latest[name] = stem

    def stem_for(self, name: str, sha: str) -> str:
        """The output stem for the claim file ``name`` with these bytes: the readable stem,
        or, when another input was published under it, the first free ``<stem>~N``."""
        base = output_stem(name)
        stem, n = base, 1
        while self._owners.get(stem, (name, sha)) != (name, sha):
            n += 1
            stem = f"{base}~{n}"
        return stem

    def stem_of(self, name: str) -> str | None:
        """The stem the last claim file called ``name`` was published under; None if none was."""
        return self._latest.get(name)

    def add(self, sha: str, name: str, batch_id: str, stem: str = "") -> None:
        """Append the file's hash (and a claim file's output stem), durably, once its outputs
        and vault entries are durable."""
        self._note(sha, name, stem)
        line = json.dumps({"sha256": sha, "file": name, "batch": batch_id, "stem": stem}) + "\n"
        created = not self.path.exists()
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
        if created:
            fsync_dir(self.path.parent)


def _text_of(data: bytes) -> str:
    """Bytes as text for a search: a byte-order mark's encoding, else UTF-8, else Windows-1252."""
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8-sig").replace("\0", "")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace").replace("\0", "")


def output_stem(name: str) -> str:
    """The readable stem of an input named ``name`` (relative to its folder): the file stem,
    prefixed by its subfolders (``quidco/claims.csv`` -> ``quidco.claims``). Not unique by
    itself: ``Processed.stem_for`` makes it so."""
    relative = Path(name)
    return ".".join([*relative.parent.parts, relative.stem])


def batch_clock(now: datetime | None = None) -> datetime:
    """The batch's time: ``now``, env CLAIMS_NOW (ISO, for replays and tests), or the wall clock."""
    if now is not None:
        return now
    fixed = os.environ.get("CLAIMS_NOW")
    if fixed:
        parsed = datetime.fromisoformat(fixed)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return datetime.now(UTC).replace(microsecond=0)


def key_path(settings: Settings) -> Path:
    """The key file, relative paths taken from the project root."""
    path = settings.pipeline.keys.key_file
    return path if path.is_absolute() else settings.root / path


def seed_from_samples(settings: Settings) -> bool:
    """Copy the samples' inbox and orders into a workspace that does not exist yet.

    Returns False (and copies nothing) when the workspace folder already exists: sample
    claims never enter a workspace that holds real ones.
    """
    workspace = Workspace.of(settings)
    if workspace.root.exists():
        return False
    samples = settings.pipeline.paths.samples
    samples = samples if samples.is_absolute() else settings.root / samples
    workspace.ensure()
    for name in ("inbox", "orders"):
        source = samples / name
        if source.is_dir():
            shutil.copytree(source, workspace.root / name, dirs_exist_ok=True)
    return True
