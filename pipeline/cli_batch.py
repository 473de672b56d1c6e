"""The analyst's verbs of ``claims``: run, watch, batches and quarantine (parse, call, print).

Exit codes (design section 9): 0 every file published; 3 the batch completed but a file
was quarantined or held back by the residual-leak check; 1 the batch failed; 2 usage or
configuration error. Under ``--json`` each verb prints one object with a top-level
``status``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli_context import (
    EXIT_FAILED,
    EXIT_HELD,
    EXIT_OK,
    ClaimsGroup,
    Context,
    pass_context,
)
from pipeline.cli_progress import terminal_progress
from pipeline.config import Settings
from pipeline.errors import PipelineError
from pipeline.models import FileStatus
from pipeline.report.summary import redecided_lines

if TYPE_CHECKING:
    from pipeline.models import BatchResult
    from pipeline.runner.dryrun import PlannedFile

NOT_PUBLISHED = frozenset({FileStatus.QUARANTINED, FileStatus.LEAK, FileStatus.HELD})


def batch_status(result: BatchResult) -> tuple[str, int]:
    """The batch's status and exit code: published 0, held 3, failed 1."""
    file_hits = {hit for f in result.files for hit in f.leaks}
    if result.leak_check is not None and set(result.leak_check.hits) - file_hits:
        return "failed", EXIT_FAILED  # a report held a value: the batch itself failed
    if any(f.status in NOT_PUBLISHED for f in (*result.orders, *result.files)):
        return "held", EXIT_HELD
    return "published", EXIT_OK


@click.command(short_help="Process the inbox and orders once (or the FILEs named).")
@click.argument("files", nargs=-1, metavar="[FILE]...")
@click.option(
    "--dry-run",
    is_flag=True,
    help="Plan only: which files, which profile, which would be refused; writes nothing.",
)
@click.option(
    "--as-of",
    "as_of",
    metavar="TIME",
    help="Decide as of this ISO date-time instead of now; `samples` is the day the samples are dated for.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    metavar="N",
    help="Run the per-chunk work on a local Dask cluster of N worker processes.",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run the per-chunk work on an existing Dask cluster (tls://HOST:PORT, or loopback).",
)
@pass_context
def run(
    ctx: Context,
    files: tuple[str, ...],
    dry_run: bool,
    as_of: str | None,
    workers: int | None,
    scheduler: str | None,
) -> None:
    """Process every file waiting in the inbox and orders folders once, or only the FILEs named.

    FILE is a path, or a name inside the inbox or the orders folder. Exit status: 0 every
    file published, 3 a file was quarantined or held back by the leak check, 1 the batch
    failed, 2 usage or configuration error. With --workers or --scheduler the per-chunk work
    runs on Dask (docs/scale-out.md); the outputs are the same bytes.
    """
    from pipeline.runner import ClusterSpec

    cluster = ClusterSpec(workers, scheduler) if workers or scheduler else None
    settings = ctx.settings
    now = _as_of(settings, as_of)
    select = _selection(settings, files) if files else None
    if dry_run:
        _dry_run(ctx, settings, select)
        return
    from pipeline.runner import run_batch

    with terminal_progress(not ctx.quiet and not ctx.as_json) as progress:
        result = run_batch(settings, progress=progress, now=now, select=select, cluster=cluster)
    status, code = batch_status(result)
    if ctx.as_json:
        ctx.emit(
            status, exit_code=code, report=str(ctx.report_path(result.batch_id)), **asdict(result)
        )
    else:
        print_summary(ctx, result)
    if status == "failed":
        raise PipelineError(
            f"residual-leak check failed on the batch's reports: {len(result.leak_check.hits) if result.leak_check else 0} hit(s); reports quarantined",
            hint="see `claims quarantine list`",
        )
    if code == EXIT_HELD and not ctx.as_json:
        held = sum(1 for f in (*result.orders, *result.files) if f.status in NOT_PUBLISHED)
        click.echo(
            f"{held} file(s) not published: `claims quarantine list` says why and what next.",
            err=True,
        )
    ctx_exit(code)


def ctx_exit(code: int) -> None:
    if code:
        raise click.exceptions.Exit(code)


def _as_of(settings: Settings, as_of: str | None) -> datetime | None:
    if as_of is None:
        return None
    if as_of == "samples":
        return settings.pipeline.paths.samples_as_of
    try:
        parsed = datetime.fromisoformat(as_of)
    except ValueError:
        raise click.BadParameter(
            "expected an ISO date-time or `samples`", param_hint="--as-of"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _selection(settings: Settings, files: tuple[str, ...]) -> Callable[[Path], bool]:
    """The named files, each found as given or inside the inbox or orders folder."""
    from pipeline.ingest import INPUT_SUFFIXES
    from pipeline.workspace import Workspace

    workspace = Workspace.of(settings)
    folders = (workspace.inbox.resolve(), workspace.orders.resolve())
    chosen: set[Path] = set()
    for given in files:
        candidates = [Path(given), workspace.inbox / given, workspace.orders / given]
        found = next((c.resolve() for c in candidates if c.is_file()), None)
        if found is None or not any(found.is_relative_to(f) for f in folders):
            raise click.BadParameter(
                f"{given}: no such file in {workspace.inbox} or {workspace.orders}",
                param_hint="FILE",
            )
        if found.suffix.lower() not in INPUT_SUFFIXES:
            raise click.BadParameter(
                f"{given}: not an input file ({' '.join(INPUT_SUFFIXES)})", param_hint="FILE"
            )
        chosen.add(found)
    return lambda path: path.resolve() in chosen


def _dry_run(ctx: Context, settings: Settings, select: Callable[[Path], bool] | None) -> None:
    from pipeline.runner.dryrun import Outcome, plan_batch

    planned = plan_batch(settings, select)
    refused = [p for p in planned if p.outcome in (Outcome.QUARANTINE, Outcome.HELD)]
    code = EXIT_HELD if refused else EXIT_OK
    if ctx.as_json:
        ctx.emit("planned", exit_code=code, dry_run=True, files=planned)
    else:
        ctx.say(f"Dry run: {len(planned)} file(s); nothing written, moved or deleted.")
        for item in planned:
            _say_planned(ctx, item)
    ctx_exit(code)


def _say_planned(ctx: Context, item: PlannedFile) -> None:
    profile = f", profile {item.profile or 'none'}, {item.rows} rows" if item.rows else ""
    ctx.say(f"  {item.outcome.value}: {item.folder}/{item.name}{profile}")
    if item.reason:
        ctx.say(f"    {item.reason}")
    if item.columns:
        kinds = Counter(item.columns.values())
        ctx.say("    columns: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    if item.next_step:
        ctx.say(f"    next: {item.next_step}")


def print_summary(ctx: Context, result: BatchResult) -> None:
    """The batch in a few lines: each file, decisions by reason, the leak check, the report."""
    files = result.files
    ctx.say(
        f"Batch {result.batch_id}: {len(files)} claim file(s), {len(result.orders)} order file(s)"
    )
    for f in (*result.orders, *files):
        detail = (
            f"{f.rows_in} rows, profile {f.profile or 'none'}"
            if f.status in (FileStatus.PROCESSED, FileStatus.LEAK)
            else f.reason
        )
        ctx.say(f"  {f.status:<11} {f.name}: {detail}")
        if f.next_step:
            ctx.say(f"  {'':<11} next: {f.next_step}")
    decisions: Counter[str] = Counter()
    for f in files:
        decisions.update(f.decisions)
    if decisions:
        ctx.say("Decisions by reason:")
        for reason, count in sorted(decisions.items(), key=lambda kv: (-kv[1], kv[0])):
            ctx.say(f"  {reason:<30} {count:>7}")
    for line in redecided_lines(result.redecided):
        ctx.say(line)
    if result.leak_check is not None:
        check = result.leak_check
        verdict = "passed" if check.passed else f"FAILED ({len(check.hits)} hits)"
        ctx.say(
            f"Residual-leak check: {verdict} ({check.values_checked} values, {check.outputs_checked} outputs)"
        )
    ctx.say(f"Report: {ctx.report_path(result.batch_id)}")


@click.command(short_help="Process each file as it lands in the inbox (Ctrl-C to stop).")
@click.option(
    "--interval", type=float, default=1.0, show_default=True, help="Seconds between inbox checks."
)
@pass_context
def watch(ctx: Context, interval: float) -> None:
    """Process each file as it lands in the inbox; half-copied files wait until they settle.

    A file is taken once its size and mtime have held for `ingest.stable_seconds`
    (`*.part` and dot files never are); a bad file goes to quarantine and the watch goes
    on; an error is printed and that file waits a minute before it is tried again. A file
    the leak check held back is left alone until it or configs/ change.
    """
    import threading
    import time

    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer
    from watchdog.utils import platform

    from pipeline.runner import Watcher

    watcher = Watcher(ctx.settings)
    workspace = watcher.workspace
    workspace.ensure()
    woken = threading.Event()

    class Wake(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if platform.is_linux() and not event.is_directory:  # inotify: close-after-write
                watcher.settle.saw(event.event_type, event.src_path)
            woken.set()

    observer = Observer()
    for folder in (workspace.inbox, workspace.orders):
        observer.schedule(Wake(), str(folder), recursive=True)
    observer.start()
    ctx.say(f"Watching {workspace.inbox} and {workspace.orders} (Ctrl-C to stop).")
    try:
        while True:
            woken.wait(timeout=interval)
            woken.clear()
            now = time.monotonic()
            ready = watcher.ready(now)
            if not ready:
                continue
            try:
                with terminal_progress(not ctx.quiet and not ctx.as_json) as progress:
                    result = watcher.run(ready, now, progress)
            except PipelineError as exc:  # keep watching; the file waits, the others go on
                click.echo(f"Error: {exc}", err=True)
                continue
            if ctx.as_json:
                status, code = batch_status(result)
                ctx.emit(status, exit_code=code, **asdict(result))
            else:
                print_summary(ctx, result)
    except KeyboardInterrupt:
        ctx.say("Stopped.")
    finally:
        observer.stop()
        observer.join()


@click.command(short_help="List past batches: when, status, files by status, report.")
@pass_context
def batches(ctx: Context) -> None:
    """List past batches from the reports and the audit log, oldest first."""
    from pipeline.report.history import past_batches
    from pipeline.workspace import Workspace

    workspace = Workspace.of(ctx.settings)
    found = past_batches(workspace.reports, workspace.audit)
    if ctx.as_json:
        ctx.emit("ok", batches=found)
        return
    if not found:
        ctx.say(f"No batch has run on {workspace.root} yet.")
    for b in found:
        counts = ", ".join(f"{n} {s}" for s, n in sorted(b.by_status.items())) or "no claim file"
        ctx.say(f"{b.batch_id:<20} {b.status:<11} {b.files} file(s): {counts}; {b.rows_in} rows")


@click.group(
    cls=ClaimsGroup, short_help="Files held back or quarantined: list, show, retry, purge."
)
def quarantine() -> None:
    """Files that were not published, why, and how to move them on (all audited)."""


@quarantine.command("list", short_help="What is held, and why.")
@pass_context
def quarantine_list(ctx: Context) -> None:
    """Every quarantined input and every file held back by the leak check, with the reason."""
    from pipeline.quarantine import Quarantine
    from pipeline.workspace import Workspace

    held = Quarantine(Workspace.of(ctx.settings)).held()
    if ctx.as_json:
        ctx.emit("ok", held=[h.as_dict() for h in held])
        return
    if not held:
        ctx.say("Nothing is held.")
    for h in held:
        since = f" since batch {h.batch}" if h.batch else ""
        ctx.say(f"{h.kind.value:<12} {h.name}{since}: {h.reason}")


@quarantine.command("show", short_help="Why FILE is held, its outputs and the next step.")
@click.argument("file")
@pass_context
def quarantine_show(ctx: Context, file: str) -> None:
    """Why FILE is held, where it and its held-back outputs are, and the commands that move it on."""
    from pipeline.quarantine import Quarantine, next_step
    from pipeline.workspace import Workspace

    held = Quarantine(Workspace.of(ctx.settings)).get(file)
    step = next_step(held, ctx.settings)
    if ctx.as_json:
        ctx.emit("ok", held={**held.as_dict(), "next_step": step})
        return
    ctx.say(f"{held.name}: {held.kind.value}" + (f" by batch {held.batch}" if held.batch else ""))
    ctx.say(f"  reason:  {held.reason}")
    if held.source:
        ctx.say(f"  input:   {held.source}")
    if held.sha256:
        ctx.say(f"  sha256:  {held.sha256}")
    for output in held.outputs:
        ctx.say(f"  output:  {output}")
    ctx.say(f"  next:    {step}")


@quarantine.command("retry", short_help="Put FILE back into processing (after a profile fix).")
@click.argument("file")
@pass_context
def quarantine_retry(ctx: Context, file: str) -> None:
    """Put FILE back into processing: the next `claims run` (or the watch) takes it. Audited."""
    from pipeline.operations import operator
    from pipeline.quarantine import holding

    with holding(ctx.settings) as held_files:
        held = held_files.retry(file, operator())
    if ctx.as_json:
        ctx.emit("ok", retried=held.name, input=held.source)
        return
    ctx.say(f"{held.name} is back in processing as {held.source}; `claims run` takes it.")


@quarantine.command("purge", short_help="Remove FILE for good (overwritten, then deleted).")
@click.argument("file")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_context
def quarantine_purge(ctx: Context, file: str, yes: bool) -> None:
    """Remove FILE, its reason and its held-back outputs for good, on request. Audited."""
    from pipeline.operations import operator
    from pipeline.quarantine import holding

    if not yes and not click.confirm(f"Remove {file} for good?", err=True):
        raise click.exceptions.Exit(1)
    with holding(ctx.settings) as held_files:
        held = held_files.purge(file, operator())
    if ctx.as_json:
        ctx.emit("ok", purged=held.name, outputs=list(held.outputs))
        return
    removed = 1 + len(held.outputs) if held.source else len(held.outputs)
    ctx.say(f"Purged {held.name}: {removed} file(s) overwritten and deleted.")


COMMANDS = (run, watch, batches, quarantine)
