"""What every ``claims`` verb shares: the global options, the context they fill, and errors.

``--data``, ``--config``, ``--json`` and ``-q`` are declared once (``global_options``) and
attached to the group and to every verb (``share_global_options``), each storing into the
one ``Context``: ``claims --data X run`` and ``claims run --data X`` are the same.
``ClaimsGroup`` lists the verbs with their summaries uncut.
"""

from __future__ import annotations

import enum
import json
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import click

from pipeline.config import Settings, load_settings

# Exit codes of design section 9.
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_HELD = 3


class Context:
    """Options every command shares; settings load lazily so `--help` never needs config."""

    def __init__(self) -> None:
        self.data: Path | None = None
        self.config: Path | None = None
        self.quiet = False
        self.as_json = False
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

    def emit(self, status: str, **fields: Any) -> None:
        """Print one JSON object with a top-level ``status`` (under ``--json``)."""
        click.echo(json.dumps({"status": status, **fields}, indent=2, default=plain))


pass_context = click.make_pass_decorator(Context, ensure=True)


def plain(value: Any) -> Any:
    """JSON for what ``json`` cannot write: enums by value, times in ISO 8601 with ``T``."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | Path):
        return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _store(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    """Keep a global option in the shared context, wherever on the line it was given."""
    if value is None or value is False or param.name is None:
        return
    setattr(ctx.ensure_object(Context), param.name, value)


def global_options() -> list[click.Parameter]:
    """Fresh instances of the global options (one set per command)."""
    return [
        click.Option(
            ["--data"],
            type=click.Path(path_type=Path),
            expose_value=False,
            callback=_store,
            help="Workspace folder (default ./data, env CLAIMS_DATA).",
        ),
        click.Option(
            ["--config"],
            type=click.Path(path_type=Path),
            expose_value=False,
            callback=_store,
            help="Config folder (default ./configs, env CLAIMS_CONFIG).",
        ),
        click.Option(
            ["--json", "as_json"],
            is_flag=True,
            expose_value=False,
            callback=_store,
            help="Print machine-readable JSON (with a top-level status).",
        ),
        click.Option(
            ["--quiet", "-q", "quiet"],
            is_flag=True,
            expose_value=False,
            callback=_store,
            help="Print nothing but errors.",
        ),
    ]


def share_global_options(command: click.Command) -> None:
    """Attach the global options to ``command`` and to every verb and sub-group under it."""
    names = {p.name for p in command.params}
    command.params.extend(p for p in global_options() if p.name not in names)
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            share_global_options(sub)


class ClaimsGroup(click.Group):
    """A group whose help lists its verbs with their summaries uncut (``short_help``)."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            summary = command.short_help or (command.help or "").strip().split("\n")[0]
            rows.append((name, summary))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)
