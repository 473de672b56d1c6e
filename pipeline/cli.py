"""The ``claims`` command: parse options, load config, call the stage, print; ``run_cli`` is the one place that catches PipelineError.

The analyst's verbs (run, watch, batches, quarantine) live in ``cli_batch``, the global options
and their context in ``cli_context``.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli_batch import COMMANDS
from pipeline.cli_context import (
    EXIT_USAGE,
    ClaimsGroup,
    Context,
    pass_context,
    share_global_options,
)
from pipeline.errors import PipelineError

if TYPE_CHECKING:
    from pipeline.operations import Operations


@click.group(cls=ClaimsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claims-pipeline")
def cli() -> None:
    """Redact, pseudonymise and decide missing-commission claims.

    The global options (--data, --config, --json, -q) go before or after the verb.
    """


for _command in COMMANDS:
    cli.add_command(_command)


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


@cli.group(cls=ClaimsGroup)
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


@cli.group("keys", cls=ClaimsGroup)
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


@cli.group("audit", cls=ClaimsGroup)
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


share_global_options(cli)


def run_cli(args: list[str]) -> int:
    """Run the CLI on ``args``; a PipelineError becomes one `Error: ...` line and its exit code.

    Under ``--json`` the error is also printed as JSON with a top-level ``status``.
    """
    ctx: click.Context | None = None
    try:
        ctx = cli.make_context("claims", list(args))
        with ctx:
            cli.invoke(ctx)
    except PipelineError as exc:
        shared = ctx.find_object(Context) if ctx is not None else None
        if shared is not None and shared.as_json:
            status = "error" if exc.exit_code == EXIT_USAGE else "failed"
            shared.emit(status, exit_code=exc.exit_code, error=str(exc))
        click.echo(f"Error: {exc}", err=True)
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    return 0


def main() -> None:
    """The `claims` entry point."""
    sys.exit(run_cli(sys.argv[1:]))
