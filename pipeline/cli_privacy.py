"""The privacy verbs of ``claims`` (design section 7): reveal, find, shred, erase, keys, audit.

They parse, call ``pipeline.operations`` and print; every one is audited there.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from pipeline.cli_context import ClaimsGroup, Context, pass_context

if TYPE_CHECKING:
    from pipeline.operations import Erased, Operations


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


# Exit code of `erase` when nothing is held for the person (docs/operations.md, exit codes).
NOTHING_HELD = 4
_PURPOSES = ("order_lookup", "subject_access", "complaint", "legal", "other")


def _confirm(ctx: Context, question: str, yes: bool) -> None:
    """Ask before destroying anything, unless --yes (a "no" or end of input aborts)."""
    if not yes:
        click.confirm(question, abort=True, err=True)


@click.command()
@click.argument("token")
@click.option(
    "--claim", "claim_id", required=True, help="The claim (or order) id the token belongs to."
)
@click.option(
    "--reason",
    required=True,
    help="Why the original is needed; the audit log keeps only its keyed hash.",
)
@click.option(
    "--purpose",
    type=click.Choice(_PURPOSES),
    default="other",
    show_default=True,
    help="The category of the reason, kept in the audit log as it is.",
)
@pass_context
def reveal(ctx: Context, token: str, claim_id: str, reason: str, purpose: str) -> None:
    """Print the original value behind TOKEN in claim ID (audited; no reason, no reveal)."""
    from pipeline.operations import RevealPurpose

    done = _operations(ctx).reveal(token, claim_id, reason, RevealPurpose(purpose))
    if ctx.as_json:
        click.echo(json.dumps({"token": done.token, "claim": done.claim_id, "value": done.value}))
    else:
        click.echo(done.value)


@click.command()
@click.option("--email", help="The person's email address.")
@click.option("--phone", help="The person's phone number.")
@click.option("--name", help="The person's name (matches namesakes too; prefer --email).")
@click.option("--postcode", help="The person's postcode (matches neighbours too).")
@click.option(
    "--export",
    "export_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write what is held about them (mode 0600): .html to send to the person, "
    ".json or .csv for tools.",
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
    """List what is held for a person (subject access), found through their keyed tokens.

    Email and phone bring the person's own claims whole and their details mentioned in
    other people's claims; name and postcode match exactly (namesakes and neighbours too).
    """
    from pipeline.models import Kind

    given = {Kind.EMAIL: email, Kind.PHONE: phone, Kind.NAME: name, Kind.POSTCODE: postcode}
    if not any(v and v.strip() for v in given.values()):
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
            where = "mentioned" if h.mentioned else "own"
            ctx.say(
                f"  {h.claim_id:<20} {h.kind.value:<9} {where:<9} {h.token}  stored {stored}  "
                f"{decided}"
            )
    if found.export is not None:
        ctx.say(f"Exported to {found.export}.")


@click.command()
@click.option("--expired", is_flag=True, help="Shred every record past retention (after decision).")
@click.option("--claim", "claim_id", help="Shred every value of one claim (or order) id.")
@click.option("--token", help="Shred one token's values wherever they are held.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@pass_context
def shred(ctx: Context, expired: bool, claim_id: str | None, token: str | None, yes: bool) -> None:
    """Crypto-shred vault entries: their data keys and ciphertext are destroyed for good."""
    if sum((expired, claim_id is not None, token is not None)) != 1:
        raise click.UsageError("give exactly one of --expired, --claim ID, --token T")
    what = (
        "every record past retention"
        if expired
        else (f"every value of claim {claim_id}" if claim_id else "every value of this token")
    )
    _confirm(ctx, f"Shred {what}? This cannot be undone.", yes)
    done = _operations(ctx).shred(
        expired_at=datetime.now(UTC) if expired else None, claim_id=claim_id, token=token
    )
    if ctx.as_json:
        unit = done.unit.replace("(s)", "s")
        click.echo(json.dumps({"scope": done.scope, "shredded": done.count, "unit": unit}))
    else:
        ctx.say(f"Shredded {done.count} {done.unit}.")
    _warn_unscrubbed(done.scrubbed)


def _nothing_held(ctx: Context, done: Erased) -> NoReturn:
    """The answer to an erasure for someone the vault holds nothing of: exit 4, not 0."""
    if ctx.as_json:
        click.echo(json.dumps(done.as_dict()))
    else:
        ctx.say("Nothing held for this person: no claim or order in the vault is theirs, no")
        ctx.say("note mentions them and no quarantined file names them. Nothing was erased.")
    raise click.exceptions.Exit(NOTHING_HELD)


@click.command()
@click.option("--email", help="The email address of the person to erase.")
@click.option("--phone", help="The phone number of the person to erase.")
@click.option(
    "--claim",
    "claim_id",
    help="One of the person's claim ids (their email and phone find the rest).",
)
@click.option(
    "--reference", default="", help="Your reference for the request; the audit keeps its hash."
)
@click.option("--dry-run", is_flag=True, help="Show what would be shredded; shred nothing.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@pass_context
def erase(
    ctx: Context,
    email: str | None,
    phone: str | None,
    claim_id: str | None,
    reference: str,
    dry_run: bool,
    yes: bool,
) -> None:
    """Erasure request: shred a person's own claims whole and their details in others' notes.

    Other people's claims that mention the person keep their own values; only the person's
    are shredded from them. Exits 4 when nothing is held for the person.
    """
    from pipeline.models import Kind

    given = {Kind.EMAIL: email, Kind.PHONE: phone}
    if not any(v and v.strip() for v in given.values()) and not (claim_id and claim_id.strip()):
        raise click.UsageError("give --email, --phone or --claim")
    ops = _operations(ctx)
    if dry_run or not yes:
        plan = ops.erase(given, claim_id, reference, dry_run=True)
        if plan.is_empty:
            _nothing_held(ctx, plan)
        summary = (
            f"{plan.records} record(s) of theirs ({len(plan.claims)} claim/order id(s): "
            f"{', '.join(plan.claims)}) and {plan.mentions} value(s) of theirs inside "
            f"{plan.mentioned_in} other person's record(s); {plan.values} value(s) in all; "
            f"{plan.quarantined} quarantined file(s)"
        )
        if dry_run:
            if ctx.as_json:
                click.echo(json.dumps(plan.as_dict()))
            else:
                ctx.say(f"Would erase {summary}. Nothing was shredded (dry run).")
            return
        ctx.say(f"Will erase {summary}.")
        _confirm(ctx, "Erase them? This cannot be undone.", yes)
    done = ops.erase(given, claim_id, reference)
    if done.is_empty:
        _nothing_held(ctx, done)
    if ctx.as_json:
        click.echo(json.dumps(done.as_dict()))
    else:
        ctx.say(
            f"Erased {done.records} record(s) and {done.mentions} mention(s) in others' records "
            f"({done.values} value(s)) and {done.quarantined} quarantined file(s); nothing of "
            "this person remains in the vault or quarantine."
        )
    _warn_unscrubbed(done.scrubbed)


@click.group("keys", cls=ClaimsGroup)
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


@click.group("audit", cls=ClaimsGroup)
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


@audit_group.command("text")
@click.argument("text")
@pass_context
def audit_text(ctx: Context, text: str) -> None:
    """Print the keyed hash the audit log keeps for TEXT (a reason or reference), to match a ticket."""
    click.echo(_operations(ctx).text_hash(text))


COMMANDS = (reveal, find, shred, erase, keys_group, audit_group)
