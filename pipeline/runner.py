"""One batch end to end: wires ingest, detect, pseudonymise, vault, claims and report; no printing.

Crash safety (design section 9). Every step of a batch is either idempotent or published
atomically, and the plaintext input leaves the inbox last:

1. vault entries (idempotent per record and token, committed with ``synchronous=FULL``),
   ledger rows (upserts) and the file's redacted, decisions and response files are
   written chunk by chunk, the files under temporary names (``publish.Staged``);
2. the staged files are fsynced and searched for every original (the residual-leak
   check); only then are they renamed into ``out/`` and the folders fsynced;
3. the ``file_end`` audit event, then the file's SHA-256 appended (fsynced) to
   ``ledger/processed.jsonl``;
4. only then is the input unlinked from the inbox (and the inbox fsynced).

A process killed anywhere leaves at worst a temporary file (removed by the next batch,
which holds the workspace lock) and an input still in the inbox, which the next batch
processes again to the same bytes; or, after step 3, an input it recognises by its hash
and removes. The audit log keeps the killed batch's events as evidence.
``tests/test_operations.py`` kills a batch before each durable step in turn to prove it.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Protocol

import pandas as pd

from pipeline import __version__
from pipeline.claims import (
    DECISIONS_HEADER,
    Ledger,
    decide_claims,
    decision_rows,
    list_for_review,
    open_ledger,
    ref_key,
    response_rows,
    write_decisions,
    write_response,
)
from pipeline.config import PERSONAL_FIELDS, Settings, SourceProfile
from pipeline.detect import PERSON_NAMED_BRANDS, ColumnPlan, Span, classify_columns, load_detector
from pipeline.errors import InputError, PipelineError, StageError
from pipeline.ingest import SourceFile, open_source, parse_date, parse_money, sha256_file
from pipeline.ingest.profiles import resolve_columns
from pipeline.models import (
    BatchResult,
    Claim,
    ColumnReport,
    FileResult,
    Kind,
    LeakCheck,
    Method,
    Order,
    Original,
)
from pipeline.pseudonymise import Tokeniser, replace_spans
from pipeline.publish import (
    TEMP_PREFIX,
    CsvWriter,
    Staged,
    fsync_dir,
    remove_stale_temps,
    write_text,
)
from pipeline.report import write_report
from pipeline.report.audit import AuditLog
from pipeline.report.leakcheck import find_leaks
from pipeline.vault import Keys, Vault, load_keys, open_vault

INPUT_SUFFIXES = (".csv", ".tsv", ".txt")
FREE_TEXT = "FREE_TEXT"
ProgressFn = Callable[[str, int, int], None]
# The residual-leak check holds at most this many distinct originals of a file (and of a
# batch, for its reports): about 200 bytes each, and as much again while the check runs.
# Values past it are searched for in their own chunk only (see _LeakValues). Small enough
# that peak memory stops growing after a few chunks (make bench, largest process: 306, 338,
# 357 and 362 MB at 10k, 30k, 100k and 300k rows).
MAX_FILE_LEAK_VALUES = 50_000
MAX_BATCH_LEAK_VALUES = 50_000
LOCK_NAME = "batch.lock"


class Scanner(Protocol):
    """What the runner needs from the detector (a stub in fast tests)."""

    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
    ) -> list[list[Span]]: ...

    def versions(self) -> dict[str, str]: ...


@dataclass(frozen=True, slots=True)
class Workspace:
    """The folders of design section 3 under one data directory."""

    root: Path

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


def seed_workspace(settings: Settings) -> bool:
    """On a fresh workspace, copy the samples' inbox and orders in; True if it seeded."""
    workspace = Workspace(settings.data_dir)
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


def list_inputs(folder: Path) -> list[Path]:
    """Input files under a folder, in name order (relative path), skipping partial copies."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES and not p.name.startswith(".")
    ]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


class Settle:
    """Tells which listed files have finished arriving: size and mtime unchanged for a while."""

    def __init__(self, stable_seconds: float) -> None:
        self.stable_seconds = stable_seconds
        self._seen: dict[Path, tuple[int, int, float]] = {}

    def ready(self, paths: Sequence[Path], now: float) -> list[Path]:
        """The paths whose size and mtime have not changed for ``stable_seconds`` up to ``now``."""
        done: list[Path] = []
        current: dict[Path, tuple[int, int, float]] = {}
        for path in paths:
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            signature = (stat.st_size, stat.st_mtime_ns)
            previous = self._seen.get(path)
            since = previous[2] if previous and previous[:2] == signature else now
            current[path] = (*signature, since)
            if now - since >= self.stable_seconds:
                done.append(path)
        self._seen = current
        return done


class Watcher:
    """One wake-up of ``claims watch``: a batch over the inbox files that have settled.

    A file is taken once it has finished arriving: partial copies (``*.part``, dot files)
    are never listed, and a listed file must keep its size and mtime for
    ``stable_seconds``. A batch that fails holds its files back for ``retry_seconds``
    (only the failing file when the error names it), so one file that breaks a stage
    neither stops the watch nor spins it; files quarantined as bad input never fail a batch.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        scanner: Scanner | None = None,
        keys: Keys | None = None,
        retry_seconds: float = 60.0,
    ) -> None:
        self.settings = settings
        self.workspace = Workspace(settings.data_dir)
        self.settle = Settle(settings.pipeline.ingest.stable_seconds)
        self.retry_seconds = retry_seconds
        self._scanner = scanner or _LazyScanner(settings)
        self._keys = keys
        self._held: dict[Path, tuple[float, tuple[int, int]]] = {}

    def waiting(self) -> list[Path]:
        """Input files present in the orders folder and the inbox, settled or not."""
        return list_inputs(self.workspace.orders) + list_inputs(self.workspace.inbox)

    def ready(self, now: float) -> list[Path]:
        """The files that have settled by ``now`` (monotonic seconds) and are not held back."""
        self.workspace.ensure()
        settled = self.settle.ready(self.waiting(), now)
        return [p for p in settled if not self._is_held(p, now)]

    def run(
        self, ready: Sequence[Path], now: float, progress: ProgressFn | None = None
    ) -> BatchResult:
        """A batch over ``ready``; on an error its file(s) are held back, and it propagates."""
        chosen = set(ready)
        try:
            return run_batch(
                self.settings,
                progress=progress,
                scanner=self._scanner,
                keys=self._keys,
                select=chosen.__contains__,
            )
        except PipelineError as exc:
            named = getattr(exc, "path", None)
            culprits = [p for p in ready if named and named in (str(p), self._name(p))]
            for path in culprits or ready:
                self._hold(path, now)
            raise

    def poll(self, now: float, progress: ProgressFn | None = None) -> BatchResult | None:
        """``ready`` then ``run``: None when no file is ready."""
        ready = self.ready(now)
        return self.run(ready, now, progress) if ready else None

    def _name(self, path: Path) -> str:
        folder = (
            self.workspace.orders
            if path.is_relative_to(self.workspace.orders)
            else self.workspace.inbox
        )
        return path.relative_to(folder).as_posix()

    def _hold(self, path: Path, now: float) -> None:
        try:
            stat = path.stat()
        except FileNotFoundError:
            return
        self._held[path] = (now + self.retry_seconds, (stat.st_size, stat.st_mtime_ns))

    def _is_held(self, path: Path, now: float) -> bool:
        held = self._held.get(path)
        if held is None:
            return False
        until, signature = held
        try:
            stat = path.stat()
        except FileNotFoundError:
            return True
        if now >= until or (stat.st_size, stat.st_mtime_ns) != signature:
            del self._held[path]  # time to retry, or new bytes arrived under the name
            return False
        return True


class _LazyScanner:
    """The real detector, loaded on the first text to scan, kept across a watch's batches."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._loaded: Scanner | None = None

    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
    ) -> list[list[Span]]:
        if self._loaded is None:
            self._loaded = load_detector(self._settings.pipeline.detection)
        return self._loaded.scan(texts, deny, allow)

    def versions(self) -> dict[str, str]:
        return self._loaded.versions() if self._loaded is not None else {}


def output_stem(path: Path, folder: Path) -> str:
    """The stem outputs are named by: the file stem, prefixed by its inbox subfolder if any."""
    relative = path.relative_to(folder)
    parts = [*relative.parent.parts, relative.stem]
    return ".".join(parts)


def batch_clock(now: datetime | None = None) -> datetime:
    """The batch's time: ``now``, env CLAIMS_NOW (ISO, for replays and tests), or the wall clock."""
    if now is not None:
        return now
    fixed = os.environ.get("CLAIMS_NOW")
    if fixed:
        parsed = datetime.fromisoformat(fixed)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class _Batch:
    """What every file of a batch shares."""

    settings: Settings
    workspace: Workspace
    tokeniser: Tokeniser
    vault: Vault
    ledger: Ledger
    audit: AuditLog
    batch_id: str
    now: datetime
    progress: ProgressFn | None
    scanner: Scanner | None = None
    processed: set[str] = field(default_factory=set)
    leak_values: set[tuple[str, str]] = field(default_factory=set)

    def get_scanner(self) -> Scanner:
        if self.scanner is None:
            self.scanner = load_detector(self.settings.pipeline.detection)
        return self.scanner


def run_batch(
    settings: Settings,
    *,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
    scanner: Scanner | None = None,
    keys: Keys | None = None,
    select: Callable[[Path], bool] | None = None,
) -> BatchResult:
    """Process every order export and claim file waiting in the workspace, once.

    ``select`` limits the batch to some files (``claims watch`` passes the settled ones).
    One batch at a time runs on a workspace (a lock under ``ledger/``); the next batch
    removes what a killed one left half-written.
    """
    started = batch_clock(now)
    clock = time.perf_counter()
    workspace = Workspace(settings.data_dir)
    workspace.ensure()
    keys = keys or load_keys(_key_path(settings), settings.pipeline.keys.env_var)
    audit = AuditLog(workspace.audit)
    with ExitStack() as stack:
        stack.enter_context(_workspace_lock(workspace))
        _remove_stale_temps(workspace)
        batch_id = _new_batch_id(workspace, started)
        vault = stack.enter_context(open_vault(workspace.vault, keys))
        ledger = stack.enter_context(open_ledger(workspace.ledger))
        batch = _Batch(
            settings=settings,
            workspace=workspace,
            tokeniser=Tokeniser(keys.pseudonym_key, keys.pseudonym_version),
            vault=vault,
            ledger=ledger,
            audit=audit,
            batch_id=batch_id,
            now=started,
            progress=progress,
            scanner=scanner,
            processed=_read_processed(workspace.processed),
        )
        chosen = select or (lambda _: True)
        orders = [f for f in list_inputs(workspace.orders) if chosen(f)]
        claims = [f for f in list_inputs(workspace.inbox) if chosen(f)]
        audit.append(
            "batch_start", batch=batch_id, claim_files=len(claims), order_files=len(orders)
        )
        order_results = tuple(
            _process_file(batch, path, workspace.orders, orders=True) for path in orders
        )
        file_results = [
            _process_file(batch, path, workspace.inbox, orders=False) for path in claims
        ]
        rewritten = _redecide(batch)
        shredded = vault.shred_expired(started, settings.pipeline.retention.days)
        if shredded:
            audit.append("shred", batch=batch_id, scope="expired", records=shredded)
        versions = {"pipeline": __version__}
        if batch.scanner is not None:
            versions.update(batch.scanner.versions())
        result = BatchResult(
            batch_id=batch_id,
            started=started,
            # on a fixed clock (a replay) the batch still took the time it took
            finished=started + timedelta(seconds=round(time.perf_counter() - clock)),
            files=tuple(file_results),
            orders=order_results,
            leak_check=_merge_leak_checks(file_results),
            versions=versions,
            timings={"total": round(time.perf_counter() - clock, 3)},
            shredded=shredded,
            redecided=tuple(rewritten),
        )
        head = audit.append(
            "batch_end",
            batch=batch_id,
            files=len(file_results),
            quarantined=sum(1 for f in file_results if f.status == "quarantined"),
            leak_check="passed"
            if result.leak_check is None or result.leak_check.passed
            else "failed",
        )
        result = replace(result, audit_head=head)
        written = write_report(result, workspace.reports)
        result = _check_reports(batch, result, [*written, workspace.audit])
    return result


@contextmanager
def _workspace_lock(workspace: Workspace) -> Iterator[None]:
    """Hold the workspace for one batch; a second batch (a watch and a run, say) is refused."""
    handle = workspace.lock.open("a")
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise PipelineError(
                f"another batch is running on {workspace.root}",
                hint="wait for it to finish (is `claims watch` running?)",
            ) from None
        yield
    finally:
        handle.close()  # closing releases the lock; so does the death of the process


def _remove_stale_temps(workspace: Workspace) -> None:
    """Remove temporary files a killed batch left behind (the caller holds the workspace lock)."""
    for folder in (
        workspace.redacted,
        workspace.decisions,
        workspace.responses,
        workspace.quarantine,
        workspace.leak_quarantine,
    ):
        remove_stale_temps(folder)
    # Any command may rewrite audit.head, always under the audit log's lock: sweep under it too.
    with workspace.audit.open("ab") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        remove_stale_temps(workspace.reports)


def _new_batch_id(workspace: Workspace, started: datetime) -> str:
    """The batch's time to the second, with ``-2``, ``-3`` ... when a report already has that id."""
    base = started.strftime("%Y%m%dT%H%M%SZ")
    batch_id, n = base, 1
    while (workspace.reports / f"{batch_id}.json").exists():
        n += 1
        batch_id = f"{base}-{n}"
    return batch_id


def _check_reports(batch: _Batch, result: BatchResult, outputs: list[Path]) -> BatchResult:
    """Search the batch's reports and the audit log for every original value of the batch."""
    check = find_leaks(sorted(batch.leak_values), outputs)
    if check.passed:
        return result
    for output in outputs[:-1]:  # the audit log stays in place: it is the evidence
        _quarantine_output(batch, output)
    batch.audit.append("leak", batch=batch.batch_id, scope="reports", hits=len(check.hits))
    merged = result.leak_check or LeakCheck(0, 0)
    return replace(result, leak_check=replace(merged, hits=merged.hits + check.hits))


def _redecide(batch: _Batch) -> list[str]:
    """Rewrite the decisions of earlier files whose answers changed (a late order, say)."""
    profiles = {p.name: p for p in batch.settings.profiles}
    changed = batch.ledger.redecide_open(
        batch.settings.rules, batch.batch_id, batch.now, mark=False
    )
    for file, outcomes in changed.items():
        stem = output_stem(batch.workspace.inbox / file, batch.workspace.inbox)
        write_decisions(batch.workspace.decisions / f"{stem}.decisions.csv", outcomes, batch.now)
        profile = profiles.get(batch.ledger.source_of(file) or "")
        if profile is not None and profile.response != "none":
            write_response(
                batch.workspace.responses / f"{stem}.{profile.response}.csv",
                profile.response,
                outcomes,
            )
        batch.ledger.mark_published(file, outcomes)
        batch.audit.append("redecided", file=file, rows=len(outcomes))
    return sorted(changed)


def _key_path(settings: Settings) -> Path:
    path = settings.pipeline.keys.key_file
    return path if path.is_absolute() else settings.root / path


def _read_processed(path: Path) -> set[str]:
    """Hashes of the files already processed; a line torn by a power cut is skipped."""
    if not path.exists():
        return set()
    known = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            known.add(str(json.loads(line)["sha256"]))
        except (ValueError, KeyError, TypeError):
            continue
    return known


def _record_processed(batch: _Batch, sha: str, name: str) -> None:
    """Append the file's hash, durably, once its outputs and vault entries are durable."""
    batch.processed.add(sha)
    line = json.dumps({"sha256": sha, "file": name, "batch": batch.batch_id}) + "\n"
    path = batch.workspace.processed
    created = not path.exists()
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())
    if created:
        fsync_dir(path.parent)


def _remove_input(path: Path) -> None:
    """Unlink a processed input and make the unlink durable."""
    path.unlink()
    fsync_dir(path.parent)


def _merge_leak_checks(results: Sequence[FileResult]) -> LeakCheck:
    checked = [r for r in results if r.status in ("processed", "leak")]
    values = sum(r.leak_values for r in checked)
    hits = tuple(h for r in checked for h in r.leaks)
    return LeakCheck(
        values_checked=values, outputs_checked=sum(len(r.outputs) for r in checked), hits=hits
    )


def _process_file(batch: _Batch, path: Path, folder: Path, *, orders: bool) -> FileResult:
    """Process one file; an unusable file goes to quarantine and the batch goes on."""
    name = path.relative_to(folder).as_posix()
    try:
        sha = sha256_file(path)
    except FileNotFoundError:  # taken away between listing and reading (a watch, say)
        return FileResult(
            name=name, sha256="", status="skipped", reason="removed before it was read"
        )
    if sha in batch.processed:
        batch.audit.append("duplicate", file=name, sha256=sha)
        _remove_input(path)
        return FileResult(
            name=name, sha256=sha, status="duplicate", reason="same bytes already processed"
        )
    batch.audit.append("file_start", file=name, sha256=sha, kind="orders" if orders else "claims")
    folder_hint = path.parent.name if path.parent != folder else None
    try:
        source = open_source(path, batch.settings.profiles, folder_hint)
        if orders:
            result = _process_orders(batch, source, name, sha)
        else:
            result = _process_claims(batch, source, name, sha, output_stem(path, folder))
    except InputError as exc:
        # Named by its place in the inbox, not by the absolute path it was read from.
        named = InputError(exc.problem, path=name, line=exc.line, column=exc.column, hint=exc.hint)
        return _quarantine(batch, path, name, sha, str(named))
    except PipelineError:
        raise
    except Exception as exc:  # translated at this one seam, never with a value in it
        raise StageError("process", type(exc).__name__, path=name) from exc
    if result.status == "leak":
        batch.audit.append("leak", file=name, sha256=sha, hits=len(result.leaks))
        return result
    # The event first: once the hash is recorded a rerun only removes the input, so an
    # event written after it could be lost to a crash in between.
    batch.audit.append(
        "file_end",
        file=name,
        sha256=sha,
        profile=result.profile,
        rows_in=result.rows_in,
        rows_out=result.rows_out,
        rows_quarantined=result.rows_quarantined,
    )
    _record_processed(batch, sha, name)
    _remove_input(path)
    return result


def _quarantine(batch: _Batch, path: Path, name: str, sha: str, reason: str) -> FileResult:
    """Move a file that cannot be used to quarantine, with its reason beside it.

    The reason file and the audit event come first and the move last, so a crash in
    between leaves the file in the inbox to be quarantined again by the next batch.
    """
    target = batch.workspace.quarantine / path.name
    if target.exists():
        target = target.with_name(f"{sha[:12]}-{path.name}")
    write_text(target.with_name(target.name + ".reason.txt"), reason + "\n")
    batch.audit.append("quarantine", file=name, sha256=sha, reason=reason)
    shutil.move(path, target)
    fsync_dir(target.parent)
    fsync_dir(path.parent)
    return FileResult(name=name, sha256=sha, status="quarantined", reason=reason)


# ---------------------------------------------------------------- column plan


def _plan_columns(
    source: SourceFile, sample: pd.DataFrame, batch: _Batch
) -> tuple[dict[str, ColumnPlan], dict[str, str]]:
    """Kind of every column (profile first, then content sampling) and the canonical mapping."""
    profile = source.profile
    known: dict[str, str] = {}
    spelled: dict[str, str] = {}
    if profile is not None:
        spelled = resolve_columns(source.header, profile)
        for column, kind in profile.personal_columns().items():
            if column in spelled:
                known[spelled[column]] = kind
        for column in profile.text_columns():
            if column in spelled:
                known[spelled[column]] = FREE_TEXT
        never = set(profile.keep)
        for canonical in profile.columns:
            if canonical not in PERSONAL_FIELDS and canonical != "notes":
                never.update(profile.source_columns(canonical))
        for column in never:
            if column in spelled and spelled[column] not in known:
                known[spelled[column]] = ""
    plan = classify_columns(
        sample, {k: v for k, v in known.items() if v}, batch.settings.pipeline.detection
    )
    for column, kind in known.items():
        if kind == "":
            plan[column] = ColumnPlan(
                column, None, Method.PROFILE, 1.0, "must-keep field of the profile"
            )
        else:
            plan[column] = ColumnPlan(column, kind, Method.PROFILE, 1.0, "named by the profile")
    return plan, spelled


# ---------------------------------------------------------------- redaction


@dataclass
class _Tally:
    cells: Counter[str] = field(default_factory=Counter)
    free_text: Counter[str] = field(default_factory=Counter)
    originals: int = 0


def _redact_chunk(
    frame: pd.DataFrame,
    plan: dict[str, ColumnPlan],
    records: Sequence[str],
    extra_allow: Collection[str],
    batch: _Batch,
    tally: _Tally,
) -> tuple[pd.DataFrame, list[Original]]:
    """Replace personal columns whole and personal spans in free text; collect the originals."""
    tokeniser = batch.tokeniser
    out = frame.copy()
    originals: list[Original] = []
    personal = [(c, p.kind) for c, p in plan.items() if p.kind and p.kind != FREE_TEXT]
    texts = [c for c, p in plan.items() if p.kind == FREE_TEXT]
    keep = [c for c, p in plan.items() if p.kind is None]
    for column, kind in personal:
        assert kind is not None
        values = frame[column]
        mapping = {v: tokeniser.token(kind, v) for v in values.unique()}
        out[column] = values.map(mapping)
        for value, record in zip(values, records, strict=True):
            token = mapping[value]
            if token:
                originals.append(Original(token, Kind(kind), value, record))
                tally.cells[column] += 1
    if texts:
        deny_rows = _row_values(frame, [c for c, _ in personal], [k or "" for _, k in personal])
        allow_rows = _row_values(frame, keep, ["" for _ in keep])
        for column in texts:
            values = frame[column].tolist()
            todo = [i for i, v in enumerate(values) if v.strip()]
            if not todo:
                continue  # no text in this chunk: the model need not even load
            spans = batch.get_scanner().scan(
                [values[i] for i in todo],
                [deny_rows[i] for i in todo],
                [{v for _, v in allow_rows[i]} | set(extra_allow) for i in todo],
            )
            new_values = list(values)
            for i, found in zip(todo, spans, strict=True):
                if not found:
                    continue
                text, replaced = replace_spans(
                    values[i], [(s.start, s.end, s.kind) for s in found], tokeniser
                )
                new_values[i] = text
                for token, kind, original in replaced:
                    originals.append(Original(token, Kind(kind), original, records[i]))
                    tally.free_text[kind] += 1
                tally.cells[column] += 1
            out[column] = new_values
    tally.originals += len(originals)
    return out, originals


def _row_values(
    frame: pd.DataFrame, columns: Sequence[str], kinds: Sequence[str]
) -> list[list[tuple[str, str]]]:
    """Per row, the (kind, value) pairs of the given columns that are not blank."""
    if not columns:
        return [[] for _ in range(len(frame))]
    rows: list[list[tuple[str, str]]] = []
    for cells in zip(*(frame[c].tolist() for c in columns), strict=True):
        rows.append([(k, v) for k, v in zip(kinds, cells, strict=True) if v.strip()])
    return rows


# ---------------------------------------------------------------- claims


def _canonical(
    frame: pd.DataFrame, profile: SourceProfile, spelled: dict[str, str], field_name: str
) -> list[str]:
    columns = [spelled[c] for c in profile.source_columns(field_name) if c in spelled]
    if not columns:
        return [""] * len(frame)
    if len(columns) == 1:
        values: list[str] = frame[columns[0]].tolist()
        return values
    return [
        " ".join(p for p in parts if p)
        for parts in zip(*(frame[c].tolist() for c in columns), strict=True)
    ]


def _build_claims(
    frame: pd.DataFrame,
    redacted: pd.DataFrame,
    source: SourceFile,
    spelled: dict[str, str],
    lines: Sequence[int],
    name: str,
) -> list[Claim]:
    profile = source.profile
    if profile is None:
        return [
            Claim(claim_id=f"L{line}", source="unmapped", file=name, line=line, mapped=False)
            for line in lines
        ]

    def get(field_name: str) -> list[str]:
        assert profile is not None
        return _canonical(frame, profile, spelled, field_name)

    claim_ids, refs, merchants, publishers = (
        get("claim_id"),
        get("order_ref"),
        get("merchant"),
        get("publisher_id"),
    )
    currencies, tx_dates, values, claim_dates = (
        get("currency"),
        get("transaction_date"),
        get("order_value"),
        get("claim_date"),
    )
    emails = _canonical(redacted, profile, spelled, "customer_email")
    formats = profile.date_formats
    claims = []
    for i, line in enumerate(lines):
        problems: list[str] = []
        tx = parse_date(tx_dates[i], formats)
        if tx is None:
            problems.append("transaction_date")
        value = parse_money(values[i])
        if value is None:
            problems.append("order_value")
        claimed: date | None = None
        if claim_dates[i].strip():
            claimed = parse_date(claim_dates[i], formats)
            if claimed is None:
                problems.append("claim_date")
        claims.append(
            Claim(
                claim_id=claim_ids[i].strip(),
                source=profile.name,
                file=name,
                line=line,
                publisher_id=publishers[i].strip() or profile.publisher_id,
                merchant=merchants[i],
                order_ref=refs[i],
                email_token=emails[i],
                transaction_date=tx,
                order_value=value,
                currency=currencies[i].strip() or profile.currency,
                claim_date=claimed,
                problems=tuple(problems),
            )
        )
    return claims


def _record_ids(
    frame: pd.DataFrame, source: SourceFile, spelled: dict[str, str], lines: Sequence[int], sha: str
) -> list[str]:
    profile = source.profile
    label = profile.name if profile else "unmapped"
    ids = _canonical(frame, profile, spelled, "claim_id") if profile else [""] * len(frame)
    return [
        f"claim/{label}/{cid.strip()}" if cid.strip() else f"claim/{label}/{sha[:12]}-L{line}"
        for cid, line in zip(ids, lines, strict=True)
    ]


def _process_claims(
    batch: _Batch, source: SourceFile, name: str, sha: str, stem: str
) -> FileResult:
    """Redact, store, decide and write one claim file chunk by chunk, in bounded memory.

    The redacted, decisions and response files are staged and published only after the
    residual-leak check passed over them; with a hit they go to ``quarantine/outputs``.
    """
    timings: defaultdict[str, float] = defaultdict(float)
    started = time.perf_counter()
    chunk_rows = batch.settings.pipeline.ingest.chunk_rows
    chunks = source.chunks(chunk_rows)
    first = next(chunks, None)
    if first is None:
        first = pd.DataFrame({c: pd.Series([], dtype=str) for c in source.header})
    plan, spelled = _plan_columns(
        source, first.head(batch.settings.pipeline.detection.sample_rows), batch
    )
    merchants = set()
    if source.profile is not None:
        merchants = {m for m in _canonical(first, source.profile, spelled, "merchant") if m.strip()}
    style = source.profile.response if source.profile is not None else "none"
    paths = {
        "redacted": batch.workspace.redacted / f"{stem}.redacted.csv",
        "decisions": batch.workspace.decisions / f"{stem}.decisions.csv",
    }
    if style != "none":
        paths["response"] = batch.workspace.responses / f"{stem}.{style}.csv"
    tally = _Tally()
    reasons: Counter[str] = Counter()
    review: list[str] = []
    leak_values = _LeakValues(MAX_FILE_LEAK_VALUES)
    chunk_hits: set[tuple[str, str, str]] = set()
    done = 0
    timings["ingest"] += time.perf_counter() - started
    if any(p.kind == FREE_TEXT for p in plan.values()):
        t0 = time.perf_counter()
        batch.get_scanner()  # loaded once per batch; its own stage, not the first chunk's redact
        timings["model_load"] += time.perf_counter() - t0
    with Staged() as staged:
        writers = {kind: CsvWriter(staged.open(path)) for kind, path in paths.items()}
        writers["redacted"].writerow(list(source.header))
        writers["decisions"].writerow(DECISIONS_HEADER)
        if "response" in writers:
            writers["response"].writerow(response_rows(style, [])[0])
        for frame in _chain(first, chunks):
            t0 = time.perf_counter()
            lines = source.row_lines[done : done + len(frame)]
            records = _record_ids(frame, source, spelled, lines, sha)
            if source.profile is not None:
                merchants |= {
                    m for m in _canonical(frame, source.profile, spelled, "merchant") if m.strip()
                }
            redacted, originals = _redact_chunk(frame, plan, records, merchants, batch, tally)
            t1 = time.perf_counter()
            batch.vault.store(originals, batch.now)
            t2 = time.perf_counter()
            claims = _build_claims(frame, redacted, source, spelled, lines, name)
            outcomes = decide_claims(
                claims, batch.ledger, batch.settings.rules, batch.batch_id, batch.now
            )
            batch.vault.mark_decided(records, batch.now)
            reasons.update(o.reason.value for o in outcomes)
            review.extend(list_for_review(outcomes))
            t3 = time.perf_counter()
            writers["redacted"].writerows(redacted.itertuples(index=False, name=None))
            writers["decisions"].writerows(decision_rows(outcomes, batch.now))
            if "response" in writers:
                writers["response"].writerows(response_rows(style, outcomes)[1])
            t4 = time.perf_counter()
            overflow = leak_values.add(originals)
            if overflow:
                chunk_ids = (
                    _ids_among((r for c in claims for r in (c.claim_id, c.order_ref)), overflow)
                    if source.profile is not None
                    else set()
                )
                chunk_hits |= _check_chunk(
                    batch,
                    redacted,
                    source.header,
                    overflow,
                    _NeverPersonal(merchants, chunk_ids),
                    paths["redacted"],
                )
            timings["redact"] += t1 - t0
            timings["vault"] += t2 - t1
            timings["decide"] += t3 - t2
            timings["write"] += t4 - t3
            timings["leak_check"] += time.perf_counter() - t4
            done += len(frame)
            if batch.progress:
                batch.progress(name, done, source.rows)
        del first  # the check that follows needs no chunk
        t0 = time.perf_counter()
        staged.seal()
        timings["write"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        file_ids = (
            _ids_among(batch.ledger.file_refs(name), leak_values.values)
            if source.profile is not None
            else set()
        )
        checkable = leak_values.checkable(_NeverPersonal(merchants, file_ids))
        check = _check_staged(staged, checkable)
        if chunk_hits:
            check = replace(check, hits=tuple(sorted(set(check.hits) | chunk_hits)))
        check = _outside_must_keep(check, plan)
        room = MAX_BATCH_LEAK_VALUES - len(batch.leak_values)
        batch.leak_values.update(checkable[: max(room, 0)])
        del checkable
        timings["leak_check"] += time.perf_counter() - t0
        if check.passed:
            staged.publish()
        else:
            for path in staged.paths:
                _divert_output(batch, staged, path)
    neutralised = sum(w.neutralised for w in writers.values())
    columns = tuple(
        ColumnReport(
            column=p.column,
            kind=p.kind,
            method=p.method,
            count=tally.cells.get(p.column, 0),
            confidence_min=p.confidence,
            confidence_max=p.confidence,
            reason=p.reason,
        )
        for p in (plan[c] for c in source.header)
    )
    return FileResult(
        name=name,
        sha256=sha,
        status="processed" if check.passed else "leak",
        profile=source.profile.name if source.profile else None,
        encoding=source.encoding,
        delimiter=source.delimiter,
        rows_in=source.rows,
        rows_out=done,
        rows_quarantined=0,
        columns=columns,
        free_text=dict(tally.free_text),
        decisions=dict(reasons),
        formulas_neutralised=neutralised,
        timings={k: round(v, 3) for k, v in timings.items()},
        outputs=tuple(str(p.relative_to(batch.workspace.root)) for p in paths.values()),
        unmatched_for_review=tuple(review),
        leaks=check.hits,
        leak_values=len(leak_values.values) + leak_values.chunk_only,
        reason="" if check.passed else f"residual-leak check found {len(check.hits)} hit(s)",
    )


class _LeakValues:
    """A file's originals for the residual-leak check: the first ``limit`` distinct ones held.

    Memory is what bounds it: a million-row file of a million people would otherwise hold
    every name, email and address (and the check's index of them) at once. The values held
    are searched for in all of the file's outputs; a value past the limit is searched for
    in its own chunk's redacted rows only (``add`` returns those), then dropped.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.values: set[tuple[str, str]] = set()
        self.chunk_only = 0

    def add(self, originals: Sequence[Original]) -> set[tuple[str, str]]:
        """Hold the chunk's values while there is room; return the ones left for a chunk check."""
        fresh = {(o.kind.value, o.value) for o in originals} - self.values
        room = self.limit - len(self.values)
        if len(fresh) <= room:
            self.values |= fresh
            return set()
        ordered = sorted(fresh)
        self.values.update(ordered[:room])
        rest = set(ordered[room:])
        self.chunk_only += len(rest)
        return rest

    def checkable(self, never: _NeverPersonal) -> list[tuple[str, str]]:
        return _checkable(self.values, never)


def _check_chunk(
    batch: _Batch,
    redacted: pd.DataFrame,
    header: Sequence[str],
    values: set[tuple[str, str]],
    never: _NeverPersonal,
    final: Path,
) -> set[tuple[str, str, str]]:
    """Search one chunk's redacted rows for values the file-wide check has no room for."""
    fd, scratch = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix="-chunk.csv", dir=final.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            writer = CsvWriter(handle)
            writer.writerow(list(header))
            writer.writerows(redacted.itertuples(index=False, name=None))
        check = find_leaks(_checkable(values, never), [Path(scratch)])
    finally:
        Path(scratch).unlink(missing_ok=True)
    return {(str(final), column, kind) for _, column, kind in check.hits}


# Output columns that only copy must-keep input fields (claim ids, order refs, publisher ids).
_COPIED_KEEP_COLUMNS = frozenset(
    {"claim_id", "order_ref", "publisher_id", "enquiry_id", "reference", "Id"}
)


def _outside_must_keep(check: LeakCheck, plan: dict[str, ColumnPlan]) -> LeakCheck:
    """Drop hits inside must-keep columns: they are never personal by contract (design section 5).

    An 8-digit member id can equal another row's order number; such a hit in the order-ref
    column is a coincidence of digits, not a leak. Personal columns, free text and every
    column of a layout no profile knows are still searched.
    """
    keep = {c for c, p in plan.items() if p.kind is None and p.method is Method.PROFILE}
    hits = tuple(h for h in check.hits if h[1] not in keep and h[1] not in _COPIED_KEEP_COLUMNS)
    return replace(check, hits=hits)


def _check_staged(staged: Staged, values: Sequence[tuple[str, str]]) -> LeakCheck:
    """The residual-leak check over sealed, unpublished outputs; hits name the final paths."""
    temps = {staged.temp_of(p): p for p in staged.paths}
    check = find_leaks(values, list(temps))
    named = {str(t): str(p) for t, p in temps.items()}
    return replace(check, hits=tuple(sorted((named.get(f, f), c, k) for f, c, k in check.hits)))


LEAK_REASON = "residual-leak check found personal data\n"


def _divert_output(batch: _Batch, staged: Staged, output: Path) -> None:
    target = batch.workspace.leak_quarantine / output.name
    write_text(target.with_name(target.name + ".reason.txt"), LEAK_REASON)
    staged.divert(output, target)


@dataclass(frozen=True, slots=True)
class _NeverPersonal:
    """Text of a file that is never personal: merchant names, and order refs and claim ids."""

    merchants: Collection[str]
    ids: Collection[str]


def _ids_among(refs: Iterable[str], values: set[tuple[str, str]]) -> set[str]:
    """The order refs and claim ids in ``refs`` (as ``ref_key``) that equal one of ``values``.

    For a whole file they are streamed from the ledger rather than gathered while the file
    is read: a million-row file has two million ids, and only the few that collide with a
    held value matter.
    """
    held = {ref_key(v) for _, v in values}
    return {key for key in map(ref_key, refs) if key in held}


def _checkable(values: set[tuple[str, str]], never: _NeverPersonal) -> list[tuple[str, str]]:
    """Originals worth searching for in outputs.

    Three kinds of value are left out because they collide with text that is never personal:
    a value that is a merchant name or one of its words ("Oliver" of "Oliver Bonas": the
    file's merchants and the brands named like people); a value equal to one of the file's
    order refs or claim ids (an 8-digit member id can equal another row's order number,
    which that row's comment may quote); and an ADDRESS fragment with no digit of one or
    two words (a town or county cell: it names a place, not a person, and comments mention
    towns freely).
    """
    names = [*never.merchants, *PERSON_NAMED_BRANDS]
    merchant_words = {m.casefold() for m in names} | {
        w.casefold() for m in names for w in m.split()
    }
    return [
        (k, v)
        for k, v in values
        if v.strip().casefold() not in merchant_words
        and ref_key(v) not in never.ids
        and not _is_place(k, v)
    ]


def _is_place(kind: str, value: str) -> bool:
    return kind == "ADDRESS" and not any(c.isdigit() for c in value) and len(value.split()) <= 2


def _quarantine_output(batch: _Batch, output: Path) -> None:
    """Move an already published output (a report) that the leak check found a value in."""
    target = batch.workspace.leak_quarantine / output.name
    target.parent.mkdir(parents=True, exist_ok=True)
    write_text(target.with_name(target.name + ".reason.txt"), LEAK_REASON)
    shutil.move(output, target)


def _chain(first: pd.DataFrame, rest: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    if len(first):
        yield first
    yield from rest


# ---------------------------------------------------------------- orders


def _process_orders(batch: _Batch, source: SourceFile, name: str, sha: str) -> FileResult:
    profile = source.profile
    if profile is None or profile.record != "orders":
        raise InputError(
            "not an order export: no orders profile matches its header",
            path=name,
            line=1,
            hint="use the canonical orders layout or add a profile under configs/sources/",
        )
    spelled = resolve_columns(source.header, profile)
    plan, _ = _plan_columns(source, pd.DataFrame(columns=list(source.header)), batch)
    plan = {c: p for c, p in plan.items() if p.kind != FREE_TEXT}
    tally = _Tally()
    done = 0
    count = 0
    for frame in source.chunks(batch.settings.pipeline.ingest.chunk_rows):
        refs = _canonical(frame, profile, spelled, "order_ref")
        records = [f"order/{ref_key(r)}" for r in refs]
        redacted, originals = _redact_chunk(frame, plan, records, (), batch, tally)
        batch.vault.store(originals, batch.now)
        # An order's retention clock starts when it arrives: it is evidence for claims, not a claim.
        batch.vault.mark_decided(set(records), batch.now)

        def get(field_name: str, chunk: pd.DataFrame = frame) -> list[str]:
            return _canonical(chunk, profile, spelled, field_name)

        dates, values, currencies, statuses = (
            get("order_date"),
            get("order_value"),
            get("currency"),
            get("status"),
        )
        tracked, vouchers = get("tracked_publisher_id"), get("voucher_code")
        emails = _canonical(redacted, profile, spelled, "customer_email")
        names = _canonical(redacted, profile, spelled, "customer_name")
        postcodes = _canonical(redacted, profile, spelled, "postcode")
        orders = [
            Order(
                order_ref=refs[i],
                order_date=parse_date(dates[i], profile.date_formats),
                email_token=emails[i],
                order_value=parse_money(values[i]),
                currency=currencies[i].strip() or profile.currency,
                status=statuses[i].strip().lower(),
                tracked_publisher_id=tracked[i].strip(),
                name_token=names[i],
                postcode_token=postcodes[i],
                voucher_code=vouchers[i],
            )
            for i in range(len(frame))
        ]
        count += batch.ledger.add_orders(orders, batch.batch_id)
        done += len(frame)
        if batch.progress:
            batch.progress(name, done, source.rows)
    return FileResult(
        name=name,
        sha256=sha,
        status="processed",
        profile=profile.name,
        encoding=source.encoding,
        delimiter=source.delimiter,
        rows_in=source.rows,
        rows_out=done,
        columns=tuple(
            ColumnReport(
                p.column,
                p.kind,
                p.method,
                tally.cells.get(p.column, 0),
                p.confidence,
                p.confidence,
                p.reason,
            )
            for p in plan.values()
        ),
    )


# ---------------------------------------------------------------- profile drafts

# Header words that suggest a canonical field; the analyst reviews every guess.
_HEADER_HINTS = {
    "claim_id": ("claim", "enquiry", "inquiry", "ticket", "case"),
    "order_ref": ("order", "reference", "ref", "transaction id", "booking"),
    "merchant": ("merchant", "retailer", "shop", "store", "advertiser", "brand"),
    "transaction_date": (
        "purchase date",
        "order date",
        "transaction date",
        "date of purchase",
        "date",
    ),
    "order_value": ("amount", "value", "total", "spend", "sale"),
    "claim_date": ("claimed", "submitted", "claim date"),
    "publisher_id": ("publisher", "affiliate", "cause"),
}
_KIND_FIELD = {kind: field for field, kind in PERSONAL_FIELDS.items()}


def suggest_profile(path: Path, settings: Settings, name: str) -> str:
    """A draft profile YAML for a file: header signature, guessed mapping, detected kinds."""
    import yaml

    source = open_source(path, (), None)
    sample = next(source.chunks(settings.pipeline.detection.sample_rows), None)
    if sample is None:
        sample = pd.DataFrame(columns=list(source.header))
    plan = classify_columns(sample, {}, settings.pipeline.detection)
    columns: dict[str, str] = {}
    personal: dict[str, str] = {}
    notes: list[str] = []
    for column in source.header:
        column_plan = plan[column]
        if column_plan.kind == FREE_TEXT:
            if "notes" in columns:
                notes.append(column)
            else:
                columns["notes"] = column
        elif column_plan.kind:
            field_name = _KIND_FIELD.get(column_plan.kind)
            if field_name and field_name not in columns:
                columns[field_name] = column
            else:
                personal[column] = column_plan.kind
    for field_name, hints in _HEADER_HINTS.items():
        for column in source.header:
            folded = column.casefold().replace("_", " ")
            if (
                field_name not in columns
                and column not in columns.values()
                and column not in personal
                and any(h in folded for h in hints)
            ):
                columns[field_name] = column
    draft = {
        "name": name,
        "description": f"DRAFT from {path.name}: review every mapping before use",
        "record": "claims",
        "match": {"headers": list(source.header)},
        "columns": columns,
        "personal": personal,
        "free_text": notes,
    }
    header = (
        f"# Drafted by `claims profile suggest` from {path.name} ({source.rows} rows,"
        f" {source.encoding}, delimiter {source.delimiter!r}).\n"
        "# Content sampling decided the personal columns; header words guessed the rest.\n"
        "# Review, then save as configs/sources/<name>.yaml.\n"
    )
    reasons = "".join(
        f"#   {c}: {plan[c].kind or 'keep'} ({plan[c].method.value}, "
        f"{plan[c].confidence:.2f}) {plan[c].reason}\n"
        for c in source.header
    )
    needed = ("claim_id", "merchant", "order_ref", "transaction_date", "order_value")
    missing = [f for f in needed if f not in columns]
    todo = f"# Still to map by hand to decide claims: {', '.join(missing)}\n" if missing else ""
    return (
        header
        + "# Column findings:\n"
        + reasons
        + todo
        + str(yaml.safe_dump(draft, sort_keys=False, allow_unicode=True))
    )
