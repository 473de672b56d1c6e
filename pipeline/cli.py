"""The ``claims`` command: parse options, load config, call the runner, print; the one place that catches PipelineError."""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from pipeline.config import Settings, load_settings
from pipeline.errors import PipelineError


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

    def say(self, text: str = "") -> None:
        if not self.quiet and not self.as_json:
            click.echo(text)


pass_context = click.make_pass_decorator(Context)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data", type=click.Path(path_type=Path), help="Workspace folder (default ./data, env CLAIMS_DATA).")
@click.option("--config", type=click.Path(path_type=Path), help="Config folder (default ./configs, env CLAIMS_CONFIG).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@click.option("--json", "as_json", is_flag=True, help="Print machine-readable JSON.")
@click.version_option(package_name="claims-pipeline")
@click.pass_context
def cli(ctx: click.Context, data: Path | None, config: Path | None, quiet: bool, as_json: bool) -> None:
    """Redact, pseudonymise and decide missing-commission claims."""
    ctx.obj = Context(data, config, quiet, as_json)


@contextmanager
def _progress(ctx: Context) -> Iterator[Any]:
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

        def render(self, task: Any) -> Any:  # rows per second
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
        tasks: dict[str, Any] = {}

        def update(name: str, done: int, total: int) -> None:
            if name not in tasks:
                tasks[name] = bar.add_task(name, total=total)
            bar.update(tasks[name], completed=done)

        yield update


@cli.command()
@pass_context
def run(ctx: Context) -> None:
    """Process every file waiting in the inbox and orders folders, once."""
    from pipeline.runner import run_batch, seed_workspace

    settings = ctx.settings
    if seed_workspace(settings):
        ctx.say(f"Created workspace {settings.data_dir} and seeded it from samples/.")
    with _progress(ctx) as progress:
        result = run_batch(settings, progress=progress)
    if ctx.as_json:
        click.echo(json.dumps(asdict(result), default=str, indent=2))
        return
    _print_summary(ctx, result)
    if result.leak_check is not None and not result.leak_check.passed:
        raise PipelineError(
            f"residual-leak check failed: {len(result.leak_check.hits)} hit(s); outputs quarantined",
            hint="see the batch report",
        )


def _print_summary(ctx: Context, result: Any) -> None:
    files = result.files
    ctx.say(f"Batch {result.batch_id}: {len(files)} claim file(s), {len(result.orders)} order file(s)")
    for f in (*result.orders, *files):
        detail = f"{f.rows_in} rows, profile {f.profile or 'none'}" if f.status in ("processed", "leak") else f.reason
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
        ctx.say(f"Residual-leak check: {verdict} ({check.values_checked} values, {check.outputs_checked} outputs)")
    ctx.say(f"Report: {ctx.settings.data_dir / 'reports' / (result.batch_id + '.html')}")


@cli.group()
def profile() -> None:
    """Source profiles: draft one for a layout no profile knows."""


@profile.command("suggest")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", help="Profile name (default: the file's stem).")
@pass_context
def profile_suggest(ctx: Context, file: Path, name: str | None) -> None:
    """Draft a profile YAML for FILE from its headers and sampled content, for review."""
    from pipeline.runner import suggest_profile

    click.echo(suggest_profile(file, ctx.settings, name or file.stem), nl=False)


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
