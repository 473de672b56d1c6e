"""One batch end to end: wires the stages with narrow arguments; no printing.

Crash safety (design section 9). Every step of a batch is either idempotent or published
atomically, and the plaintext input leaves the inbox last:

1. vault entries (idempotent per record and token, committed with ``synchronous=FULL``),
   ledger rows (upserts) and the file's redacted, decisions and response files are
   written chunk by chunk, the files under temporary names (``publish.Staged``);
2. the staged files are fsynced and searched for every original (the residual-leak
   check, ``runner.gate``); only then are they renamed into ``out/`` and the folders fsynced;
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

from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from pipeline import __version__
from pipeline.claims import Ledger, open_ledger, write_decisions, write_response
from pipeline.config import DEFAULT_CONFIG_DIR, Settings, SourceProfile
from pipeline.errors import (
    AuditError,
    InputError,
    PipelineError,
    RefusedError,
    UnsettledError,
    WorkspaceError,
)
from pipeline.ingest import (
    InboxListing,
    Snapshot,
    is_unchanged,
    list_inbox,
    open_source,
    take_snapshot,
)
from pipeline.models import BatchResult, Event, FileResult, FileStatus, LeakCheck, Redecision
from pipeline.pseudonymise import Tokeniser
from pipeline.quarantine import Held, HoldKind, Quarantine, next_step
from pipeline.report import write_report
from pipeline.report.audit import AuditLog, verify_audit
from pipeline.report.provenance import (
    config_hashes,
    operations_since_last_batch,
    operator,
    output_hashes,
)
from pipeline.runner.chunk import BatchFeed
from pipeline.runner.claimfile import ClaimFiles
from pipeline.runner.executor import ClusterSpec, LocalExecutor, open_executor
from pipeline.runner.gate import PLACES, PUBLIC, BatchGate, merge_leak_checks
from pipeline.runner.orderfile import OrderFiles
from pipeline.runner.redact import LazyScanner, Redactor, Scanner
from pipeline.runner.timing import ProgressFn, Timings
from pipeline.vault import Keys, load_keys, open_vault
from pipeline.workspace import (
    Processed,
    Workspace,
    batch_clock,
    key_path,
)


def run_batch(
    settings: Settings,
    *,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
    scanner: Scanner | None = None,
    keys: Keys | None = None,
    select: Callable[[Path], bool] | None = None,
    cluster: ClusterSpec | None = None,
) -> BatchResult:
    """Process every order export and claim file waiting in the workspace, once.

    ``select`` limits the batch to some files (``claims watch`` passes the settled ones);
    ``cluster`` runs the per-chunk work of claim files on Dask (``runner.cluster``).
    One batch at a time runs on a workspace (a lock under ``ledger/``); the next batch
    removes what a killed one left half-written. An OS error the batch cannot go on from
    (a full disk, a folder it may not write) is a ``WorkspaceError`` naming the folder.
    """
    try:
        return _run_batch(settings, now, progress, scanner, keys, select, cluster)
    except OSError as exc:
        raise WorkspaceError.of(exc, settings.data_dir) from exc


def _run_batch(
    settings: Settings,
    now: datetime | None,
    progress: ProgressFn | None,
    scanner: Scanner | None,
    keys: Keys | None,
    select: Callable[[Path], bool] | None,
    cluster: ClusterSpec | None,
) -> BatchResult:
    started = batch_clock(now)
    timings = Timings()
    workspace = Workspace.of(settings)
    workspace.ensure()
    keys = keys or load_keys(key_path(settings), settings.pipeline.keys.env_var)
    audit = AuditLog(workspace.audit)
    scanner = scanner or LazyScanner(settings.pipeline.detection)
    with ExitStack() as stack:
        stack.enter_context(workspace.hold())
        batch_id = workspace.new_batch_id(started)
        vault = stack.enter_context(open_vault(workspace.vault, keys))
        ledger = stack.enter_context(open_ledger(workspace.ledger))
        with timings("cluster_start"):
            executor = stack.enter_context(open_executor(cluster, keys, scanner))
        local = isinstance(executor, LocalExecutor)
        redactor = (
            executor.tools.redactor
            if isinstance(executor, LocalExecutor)
            else Redactor(Tokeniser(keys.pseudonym_key, keys.pseudonym_version), scanner)
        )
        feed = None if local else BatchFeed.of(redactor)  # one batch list, at the driver
        gate = BatchGate()
        intake = _Intake(
            settings=settings,
            workspace=workspace,
            audit=audit,
            quarantine=Quarantine(workspace, audit),
            processed=Processed(workspace.processed),
            profiles=settings.profiles,
            claims=ClaimFiles(
                settings,
                workspace,
                executor,
                vault,
                ledger,
                gate,
                batch_id,
                started,
                progress,
                feed,
                redactor.batch,
            ),
            orders=OrderFiles(settings, redactor, vault, ledger, batch_id, started, progress),
        )
        chosen = select or (lambda _: True)
        order_list = list_inbox(workspace.orders)
        claim_list = list_inbox(workspace.inbox)
        orders = [f for f in order_list.files if chosen(f)]
        claims = [f for f in claim_list.files if chosen(f)]
        audit.settle()
        refuse_broken_chain(workspace.audit)
        since = operations_since_last_batch(workspace.audit)
        audit.append(
            Event.BATCH_START, batch=batch_id, claim_files=len(claims), order_files=len(orders)
        )
        order_results = tuple(intake.take(path, workspace.orders, orders=True) for path in orders)
        file_results = [intake.take(path, workspace.inbox, orders=False) for path in claims]
        file_results += _refused(audit, claim_list)
        order_results += tuple(_refused(audit, order_list))
        rewritten = _redecide(
            settings, workspace, intake.processed, ledger, audit, batch_id, started
        )
        shredded = vault.shred_expired(started, settings.pipeline.retention.days)
        if shredded:
            audit.append(Event.SHRED, batch=batch_id, scope="expired", records=shredded)
        purged = intake.quarantine.shred(
            workspace.held_past(started, settings.pipeline.retention.days)
        )
        if purged:
            audit.append(Event.SHRED, batch=batch_id, scope="quarantine", files=purged)
        result = BatchResult(
            batch_id=batch_id,
            started=started,
            # on a fixed clock (a replay) the batch still took the time it took
            finished=started + timedelta(seconds=round(timings.elapsed())),
            files=tuple(file_results),
            orders=order_results,
            leak_check=merge_leak_checks(file_results),
            versions={"pipeline": __version__, **scanner.versions(), **executor.versions()},
            cluster=executor.cluster(),
            timings={"total": round(timings.elapsed(), 3), **timings.rounded()},
            shredded=shredded,
            redecided=tuple(rewritten),
            provenance={
                "operator": operator(),
                "config_sha256": config_hashes(
                    settings.config_dir or DEFAULT_CONFIG_DIR,
                    {f.profile for f in (*order_results, *file_results) if f.profile},
                ),
                "key_versions": {"pseudonym": keys.pseudonym_version, "kek": vault.kek_version},
                "outputs_sha256": output_hashes(workspace.root, file_results),
                "privacy_operations": since,
            },
        )
        head = audit.append(
            Event.BATCH_END,
            batch=batch_id,
            files=len(file_results),
            quarantined=sum(1 for f in file_results if f.status is FileStatus.QUARANTINED),
            leak_check="passed"
            if result.leak_check is None or result.leak_check.passed
            else "failed",
        )
        result = replace(result, audit_head=head)
        check = gate.check_audit(workspace.audit)
        if not check.passed:
            audit.append(Event.LEAK, batch=batch_id, scope="audit", hits=len(check.hits))
            merged = result.leak_check or LeakCheck(0, 0)
            result = replace(result, leak_check=replace(merged, hits=merged.hits + check.hits))
        # Always written: a field that would hold a personal value is redacted instead.
        write_report(
            result, workspace.reports, originals=sorted(gate.values), public=PUBLIC, places=PLACES
        )
    return result


def refuse_broken_chain(path: Path) -> None:
    """Refuse to append a batch to an audit log whose hash chain is already broken."""
    check = verify_audit(path, anchors=())
    if not check.ok:
        raise AuditError(
            f"the audit log {path} is broken at line {check.first_broken} ({check.problem}); "
            "no batch is appended to a broken chain",
            hint="`claims audit verify` names the line; restore the log from backup and keep "
            "this copy as evidence",
        )


@dataclass(frozen=True, slots=True)
class _Intake:
    """Takes each input file from its folder to its stage, and out of the folder after."""

    settings: Settings
    workspace: Workspace
    audit: AuditLog
    quarantine: Quarantine
    processed: Processed
    profiles: Sequence[SourceProfile]
    claims: ClaimFiles
    orders: OrderFiles

    def take(self, path: Path, folder: Path, *, orders: bool) -> FileResult:
        """Process one file from a snapshot of its bytes; one bad file never stops the batch.

        An unusable file, or one a stage fails on, goes to quarantine with its reason. The
        input leaves the inbox only if it still holds exactly the bytes processed: a file
        that grew or was rewritten meanwhile stays for the next batch, so nothing appended
        is lost.
        """
        name = path.relative_to(folder).as_posix()
        try:
            snapshot = take_snapshot(path, root=folder, scratch=self.workspace.root)
        except FileNotFoundError:  # taken away between listing and reading (a watch, say)
            return FileResult(
                name=name, sha256="", status=FileStatus.SKIPPED, reason="removed before it was read"
            )
        except RefusedError as exc:  # swapped for a link or FIFO after the listing
            self.audit.append(Event.REFUSED, file=name, kind="special")
            return FileResult(name=name, sha256="", status=FileStatus.REFUSED, reason=exc.problem)
        except UnsettledError:
            return FileResult(
                name=name,
                sha256="",
                status=FileStatus.SKIPPED,
                reason="still being written; it is read again by the next batch",
            )
        with snapshot:
            return self._take(snapshot, name, folder, orders=orders)

    def _take(self, snapshot: Snapshot, name: str, folder: Path, *, orders: bool) -> FileResult:
        path, sha = snapshot.path, snapshot.sha256
        if sha in self.processed:
            self.audit.append(Event.DUPLICATE, file=name, sha256=sha)
            self._remove_if_unchanged(snapshot, name)
            return FileResult(
                name=name,
                sha256=sha,
                status=FileStatus.DUPLICATE,
                reason="same bytes already processed",
            )
        held = self.quarantine.is_held(sha, self.settings.config_hash)
        if held is not None:  # same bytes, same configuration: the same refusal; not retried
            return FileResult(
                name=name,
                sha256=sha,
                status=FileStatus.HELD,
                reason=f"held back since batch {held.batch}: {held.reason}",
                next_step=next_step(held, self.settings),
            )
        kind = "orders" if orders else "claims"
        stem = "" if orders else self.processed.stem_for(name, sha)
        self.audit.append(Event.FILE_START, file=name, sha256=sha, kind=kind)
        folder_hint = path.parent.name if path.parent != folder else None
        try:
            source = open_source(snapshot, self.profiles, folder_hint)
            if orders:
                result = self.orders.process(source, name, sha)
                if result.status is not FileStatus.LEAK:
                    self._file_end(result)
            else:
                result = self.claims.process(source, name, sha, stem, self._file_end)
        except InputError as exc:
            # Named by its place in the inbox, not by the absolute path it was read from.
            named = InputError(
                exc.problem, path=name, line=exc.line, column=exc.column, hint=exc.hint
            )
            return self._quarantine(path, name, sha, str(named))
        except (PipelineError, OSError):
            raise  # the vault, ledger, audit log or disk: no later file would fare better
        except Exception as exc:  # a bug met in this one file: never a value in the reason
            reason = f"{name}: stage process failed ({type(exc).__name__}; this is a bug)"
            return self._quarantine(path, name, sha, reason)
        if result.status is FileStatus.LEAK:
            self.audit.append(Event.LEAK, file=name, sha256=sha, hits=len(result.leaks))
            return self._hold_back(path, result)
        self.quarantine.published(name)
        self.processed.add(sha, name, self.claims.batch_id, stem)
        if not self._remove_if_unchanged(snapshot, name):
            return replace(
                result,
                reason="changed after it was read: kept in the inbox; "
                "its new bytes are processed by the next batch",
            )
        return result

    def _file_end(self, result: FileResult) -> None:
        """The ``file_end`` event, durable before any output of the file is published.

        Once the hash is recorded a rerun only removes the input, so the event comes
        before it; and if it cannot be written, nothing of the file is published.
        """
        self.audit.append(
            Event.FILE_END,
            file=result.name,
            sha256=result.sha256,
            profile=result.profile,
            rows_in=result.rows_in,
            rows_out=result.rows_out,
        )

    def _remove_if_unchanged(self, snapshot: Snapshot, name: str) -> bool:
        """Unlink the input only if it still has the snapshot's size, mtime and SHA-256."""
        if not is_unchanged(snapshot):
            self.audit.append(Event.KEPT, file=name, sha256=snapshot.sha256, reason="changed")
            return False
        self.workspace.remove_input(snapshot.path)
        return True

    def _hold_back(self, path: Path, result: FileResult) -> FileResult:
        """Record a file the leak check refused: not taken again until it or configs/ change."""
        root = self.workspace.root
        held = Held(
            name=result.name,
            kind=HoldKind.HELD_BACK,
            source=path.relative_to(root).as_posix(),
            sha256=result.sha256,
            batch=self.claims.batch_id,
            config_hash=self.settings.config_hash,
            reason=result.reason,
            outputs=tuple(
                (self.workspace.leak_quarantine / Path(o).name).relative_to(root).as_posix()
                for o in result.outputs
            ),
        )
        self.quarantine.record(held)
        return replace(result, next_step=next_step(held, self.settings))

    def _quarantine(self, path: Path, name: str, sha: str, reason: str) -> FileResult:
        """Move a file that cannot be used to quarantine, with its reason beside it.

        The audit event comes first and the move last, so a crash in between leaves the
        file in the inbox to be quarantined again by the next batch.
        """
        target = self.workspace.quarantine / path.name
        if target.exists():
            target = target.with_name(f"{sha[:12]}-{path.name}")
        held = Held(
            name=target.name,
            kind=HoldKind.QUARANTINED,
            source=path.relative_to(self.workspace.root).as_posix(),
            sha256=sha,
            batch=self.claims.batch_id,
            config_hash=self.settings.config_hash,
            reason=reason,
        )
        self.audit.append(Event.QUARANTINE, file=name, sha256=sha, reason=reason)
        self.quarantine.record(held)
        # the reason file holds no path of this workspace: a rerun writes it byte for byte
        self.workspace.move(path, target, f"{reason}\nNext step: {next_step(held)}\n")
        return FileResult(
            name=name,
            sha256=sha,
            status=FileStatus.QUARANTINED,
            reason=reason,
            next_step=next_step(held, self.settings),
        )


def _refused(audit: AuditLog, listing: InboxListing) -> list[FileResult]:
    """Entries that are not regular files: never read, moved or deleted, but reported."""
    results = []
    for entry in listing.refused:
        audit.append(Event.REFUSED, file=entry.name, kind=entry.kind.name.lower())
        results.append(
            FileResult(name=entry.name, sha256="", status=FileStatus.REFUSED, reason=entry.reason)
        )
    return results


def _redecide(
    settings: Settings,
    workspace: Workspace,
    processed: Processed,
    ledger: Ledger,
    audit: AuditLog,
    batch_id: str,
    now: datetime,
) -> list[Redecision]:
    """Rewrite the decisions of earlier files whose answers changed (a late order, say)."""
    profiles = {p.name: p for p in settings.profiles}
    changed = ledger.redecide_open(settings.rules, batch_id, now, mark=False)
    rewritten = []
    for file, rewrite in sorted(changed.items()):
        outcomes = rewrite.outcomes
        stem = processed.stem_of(file)
        if stem is None:  # rows of a file that never published (a stage failed on it)
            ledger.mark_published(file, outcomes)
            continue
        profile = profiles.get(ledger.source_of(file) or "")
        style = profile.response if profile is not None else "none"
        paths = workspace.outputs(stem, style)
        write_decisions(paths.decisions, outcomes, now)
        if paths.response is not None:
            write_response(paths.response, style, outcomes)
        ledger.mark_published(file, outcomes)
        audit.append(
            Event.REDECIDED, file=file, rows=len(outcomes), changed=rewrite.redecision.changed
        )
        rewritten.append(rewrite.redecision)
    return rewritten
