"""The ``claims`` command: parse options, load config, call the runner, print; the one place that catches PipelineError."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.config import Settings, load_settings
from pipeline.errors import PipelineError

if TYPE_CHECKING:
    from rich.progress import Task, TaskID
    from rich.text import Text

    from pipeline.models import BatchResult
    from pipeline.operations import Operations
    from pipeline.runner import ProgressFn


class Context:
    """Options every command shares; settings load lazily so `--help` never needs config."""

    def __init__(self, data: Path | None, config: Path | None, quiet: bool, as_json: bool) -> None:
        self.data = data
        self.config = config
        self.quiet = quiet
        self.as_json = as_json
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.config, self.data)
        return self._settings

    def report_path(self, batch_id: str) -> Path:
        from pipeline.workspace import Workspace

        return Workspace.of(self.settings).report(batch_id, ".html")

    def say(self, text: str = "") -> None:
        if not self.quiet and not self.as_json:
            click.echo(text)


pass_context = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data",
    type=click.Path(path_type=Path),
    help="Workspace folder (default ./data, env CLAIMS_DATA).",
)
@click.option(
    "--config",
    type=click.Path(path_type=Path),
    help="Config folder (default ./configs, env CLAIMS_CONFIG).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
@click.version_option(package_name="claims-pipeline")
@click.pass_context
def cli(
    ctx: click.Context, data: Path | None, config: Path | None, quiet: bool, as_json: bool
) -> None:
    """Redact, pseudonymise and decide missing-commission claims."""
    ctx.obj = Context(data, config, quiet, as_json)


@contextmanager
def _progress(ctx: Context) -> Iterator[ProgressFn | None]:
    """A rich progress bar on a terminal (rows, rows/s, ETA); nothing otherwise."""
    if ctx.quiet or ctx.as_json or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    class RateColumn(TextColumn):
        def __init__(self) -> None:
            super().__init__("")

        def render(self, task: Task) -> Text:  # rows per second
            from rich.text import Text

            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.0f} rows/s" if speed else "")

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def update(name: str, done: int, total: int) -> None:
            if name not in tasks:
                tasks[name] = bar.add_task(name, total=total)
            bar.update(tasks[name], completed=done)

        yield update


@cli.command()
@click.option(
    "--as-of",
    "as_of",
    metavar="WHEN",
    help="Decide as of this ISO date-time instead of now; `samples` is the day the samples are dated for.",
)
@pass_context
def run(ctx: Context, as_of: str | None) -> None:
    """Process every file waiting in the inbox and orders folders, once."""
    from pipeline.runner import run_batch

    settings = ctx.settings
    with _progress(ctx) as progress:
        result = run_batch(settings, progress=progress, now=_as_of(settings, as_of))
    if ctx.as_json:
        click.echo(json.dumps(asdict(result), default=str, indent=2))
        return
    _print_summary(ctx, result)
    if result.leak_check is not None and not result.leak_check.passed:
        raise PipelineError(
            f"residual-leak check failed: {len(result.leak_check.hits)} hit(s); outputs quarantined",
            hint="see the batch report",
        )


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


@cli.command()
@pass_context
def seed(ctx: Context) -> None:
    """Create the workspace and copy the sample inbox and orders into it (a demo; a new folder only)."""
    from pipeline.workspace import seed_from_samples

    settings = ctx.settings
    if not seed_from_samples(settings):
        raise PipelineError(
            f"{settings.data_dir} already exists; samples are only copied into a new workspace",
            hint="pass --data NEWDIR",
        )
    ctx.say(f"Created workspace {settings.data_dir} and copied samples/ inbox and orders into it;")
    ctx.say("`claims run --as-of samples` processes them as of the day they are dated for.")


def _print_summary(ctx: Context, result: BatchResult) -> None:
    from pipeline.models import FileStatus

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
    decisions: Counter[str] = Counter()
    for f in files:
        decisions.update(f.decisions)
    if decisions:
        ctx.say("Decisions by reason:")
        for reason, count in sorted(decisions.items(), key=lambda kv: (-kv[1], kv[0])):
            ctx.say(f"  {reason:<30} {count:>7}")
    if result.leak_check is not None:
        check = result.leak_check
        verdict = "passed" if check.passed else f"FAILED ({len(check.hits)} hits)"
        ctx.say(
            f"Residual-leak check: {verdict} ({check.values_checked} values, {check.outputs_checked} outputs)"
        )
    ctx.say(f"Report: {ctx.report_path(result.batch_id)}")


@cli.command()
@click.option(
    "--interval", type=float, default=1.0, show_default=True, help="Seconds between inbox checks."
)
@pass_context
def watch(ctx: Context, interval: float) -> None:
    """Process each file as it lands in the inbox; half-copied files wait until they settle.

    A file is taken once its size and mtime have held for `ingest.stable_seconds`
    (`*.part` and dot files never are); a bad file goes to quarantine and the watch goes
    on; an error is printed and that file waits a minute before it is tried again.
    """
    import threading
    import time

    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    from pipeline.runner import Watcher

    watcher = Watcher(ctx.settings)
    workspace = watcher.workspace
    workspace.ensure()
    woken = threading.Event()

    class Wake(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
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
                with _progress(ctx) as progress:
                    result = watcher.run(ready, now, progress)
            except PipelineError as exc:  # keep watching; the file waits, the others go on
                click.echo(f"Error: {exc}", err=True)
                continue
            if ctx.as_json:
                click.echo(json.dumps(asdict(result), default=str))
            else:
                _print_summary(ctx, result)
    except KeyboardInterrupt:
        ctx.say("Stopped.")
    finally:
        observer.stop()
        observer.join()


@cli.group()
def profile() -> None:
    """Source profiles: draft one for a layout no profile knows."""


@profile.command("suggest")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", help="Profile name (default: the file's stem).")
@pass_context
def profile_suggest(ctx: Context, file: Path, name: str | None) -> None:
    """Draft a profile YAML for FILE from its headers and sampled content, for review."""
    from pipeline.suggest import suggest_profile

    click.echo(suggest_profile(file, ctx.settings, name or file.stem), nl=False)


# -- privacy operations: reveal, find, shred, erase, keys (design section 7) ---------------


def _operations(ctx: Context) -> Operations:
    from pipeline.operations import Operations

    return Operations(ctx.settings)


def _warn_unscrubbed(scrubbed: bool) -> None:
    if not scrubbed:
        click.echo(
            "Warning: another process has the vault open, so freed pages may remain in its -wal "
            "file until that process ends; the next vault command finishes the clean-up.",
            err=True,
        )


@cli.command()
@click.argument("token")
@click.option(
    "--claim", "claim_id", required=True, help="The claim (or order) id the token belongs to."
)
@click.option(
    "--reason",
    required=True,
    help="Why the original is needed; goes to the audit log, so no personal data.",
)
@pass_context
def reveal(ctx: Context, token: str, claim_id: str, reason: str) -> None:
    """Print the original value behind TOKEN in claim ID (audited; no reason, no reveal)."""
    done = _operations(ctx).reveal(token, claim_id, reason)
    if ctx.as_json:
        click.echo(json.dumps({"token": done.token, "claim": done.claim_id, "value": done.value}))
    else:
        click.echo(done.value)


@cli.command()
@click.option("--email", help="The person's email address.")
@click.option("--phone", help="The person's phone number.")
@click.option("--name", help="The person's name (matches namesakes too; prefer --email).")
@click.option("--postcode", help="The person's postcode (matches neighbours too).")
@click.option(
    "--export",
    "export_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write every value held about them to this CSV (mode 0600), for a subject access request.",
)
@pass_context
def find(
    ctx: Context,
    email: str | None,
    phone: str | None,
    name: str | None,
    postcode: str | None,
    export_file: Path | None,
) -> None:
    """List the tokens and claims held for a person, found through their keyed tokens.

    Email and phone also bring in every other value of the records that hold them (the
    person's name, address and notes in those claims); name and postcode match exactly.
    """
    from pipeline.models import Kind

    given = {Kind.EMAIL: email, Kind.PHONE: phone, Kind.NAME: name, Kind.POSTCODE: postcode}
    if not any(given.values()):
        raise click.UsageError("give at least one of --email, --phone, --name, --postcode")
    found = _operations(ctx).find(given, export_file)
    if ctx.as_json:
        click.echo(json.dumps(found.as_dict(), indent=2))
        return
    if not found.held:
        ctx.say("Nothing held for this person.")
    else:
        ctx.say(f"{len(found.held)} value(s) held in {len(found.claims)} claim/order id(s):")
        for h in found.held:
            decided = h.decided_at.date().isoformat() if h.decided_at else "undecided"
            stored = h.stored_at.date().isoformat()
            ctx.say(f"  {h.claim_id:<20} {h.kind.value:<9} {h.token}  stored {stored}  {decided}")
    if found.export is not None:
        ctx.say(f"Exported to {found.export}.")


@cli.command()
@click.option("--expired", is_flag=True, help="Shred every record past retention (after decision).")
@click.option("--claim", "claim_id", help="Shred every value of one claim (or order) id.")
@click.option("--token", help="Shred one token's values wherever they are held.")
@pass_context
def shred(ctx: Context, expired: bool, claim_id: str | None, token: str | None) -> None:
    """Crypto-shred vault entries: their data keys and ciphertext are destroyed for good."""
    if sum((expired, claim_id is not None, token is not None)) != 1:
        raise click.UsageError("give exactly one of --expired, --claim ID, --token T")
    done = _operations(ctx).shred(
        expired_at=datetime.now(UTC) if expired else None, claim_id=claim_id, token=token
    )
    if ctx.as_json:
        unit = done.unit.replace("(s)", "s")
        click.echo(json.dumps({"scope": done.scope, "shredded": done.count, "unit": unit}))
    else:
        ctx.say(f"Shredded {done.count} {done.unit}.")
    _warn_unscrubbed(done.scrubbed)


@cli.command()
@click.option("--email", required=True, help="The email address of the person to erase.")
@click.option("--reference", default="", help="Your reference for the request (no personal data).")
@pass_context
def erase(ctx: Context, email: str, reference: str) -> None:
    """Erasure request: shred whole every record holding this email's token."""
    if not email.strip():
        raise click.UsageError("--email is empty")
    done = _operations(ctx).erase(email, reference)
    if ctx.as_json:
        click.echo(json.dumps({"erased_records": done.records}))
    else:
        ctx.say(f"Erased {done.records} record(s); nothing of this person remains in the vault.")
    _warn_unscrubbed(done.scrubbed)


@cli.group("keys")
def keys_group() -> None:
    """Key management."""


@keys_group.command("rotate")
@pass_context
def keys_rotate(ctx: Context) -> None:
    """New key-encryption key: every live data key re-wrapped, the old key destroyed."""
    done = _operations(ctx).rotate_keys()
    if ctx.as_json:
        click.echo(json.dumps({"kek_version": done.new_version, "records": done.records}))
    else:
        ctx.say(
            f"Key-encryption key rotated to version {done.new_version}; "
            f"{done.records} data key(s) re-wrapped; the old key is destroyed."
        )


@cli.group("audit")
def audit_group() -> None:
    """The append-only, hash-chained audit log."""


@audit_group.command("verify")
@pass_context
def audit_verify(ctx: Context) -> None:
    """Check the hash chain, the recorded head and row counts; name the first broken line."""
    from pipeline.errors import AuditError
    from pipeline.report.audit import verify_audit
    from pipeline.workspace import Workspace

    path = Workspace.of(ctx.settings).audit
    check = verify_audit(path)
    if ctx.as_json:
        click.echo(
            json.dumps(
                {
                    "ok": check.ok,
                    "lines": check.lines,
                    "first_broken": check.first_broken,
                    "problem": check.problem,
                    "head": check.head,
                    "files_reconciled": check.files_reconciled,
                    "reports_checked": check.anchors_checked,
                }
            )
        )
    elif check.ok:
        ctx.say(
            f"Audit log OK: {check.lines} line(s), chain intact, head {check.head[:16]}... "
            f"matches audit.head and {check.anchors_checked} batch report(s); "
            f"{check.files_reconciled} file(s) reconcile (rows in = out + quarantined)."
        )
    if not check.ok:
        raise AuditError(
            f"{path}: first broken line {check.first_broken}: {check.problem}",
            hint="restore the log from backup and keep this copy as evidence",
        )


@cli.command("report")
@click.argument("batch", required=False)
@pass_context
def report_command(ctx: Context, batch: str | None) -> None:
    """Print the summary of BATCH (default: the latest batch) and the path of its HTML report."""
    from pipeline.report import find_report, load_report, render_summary
    from pipeline.workspace import Workspace

    path = find_report(Workspace.of(ctx.settings).reports, batch)
    report = load_report(path)
    if ctx.as_json:
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    ctx.say(render_summary(report))
    ctx.say(f"HTML report: {path.with_suffix('.html')}")


def main() -> None:
    """Run the CLI; a PipelineError becomes one `Error: ...` line and its exit code."""
    try:
        cli.main(standalone_mode=False)
    except PipelineError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
