"""The ``claims`` command: parse options, load config, call the stage, print; ``run_cli`` is the one place that catches PipelineError.

The analyst's verbs (run, watch, batches, quarantine) live in ``cli_batch``, the privacy verbs
(reveal, find, shred, erase, keys, audit) in ``cli_privacy``, the global options
and their context in ``cli_context``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from pipeline.cli_batch import COMMANDS
from pipeline.cli_context import (
    EXIT_USAGE,
    ClaimsGroup,
    Context,
    pass_context,
    share_global_options,
)
from pipeline.cli_privacy import COMMANDS as PRIVACY_COMMANDS
from pipeline.cli_privacy import NOTHING_HELD
from pipeline.errors import PipelineError

__all__ = ["NOTHING_HELD", "cli", "main", "run_cli"]


@click.group(cls=ClaimsGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claims-pipeline")
def cli() -> None:
    """Redact, pseudonymise and decide missing-commission claims.

    The global options (--data, --config, --json, -q) go before or after the verb.
    """


for _command in (*COMMANDS, *PRIVACY_COMMANDS):
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
