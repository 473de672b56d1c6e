"""``claims run --dry-run``: the plan of a batch, with nothing written, moved or deleted.

A plan, not a rehearsal: each waiting file is read (decoded, sniffed, its profile chosen
and its first chunk sampled for column kinds) exactly as a batch would, but no token is
made, nothing is scanned by the model, and no vault, ledger, audit, report or output file
is written. What it cannot know is what only the work itself finds: free-text findings,
decisions against the ledger, and the residual-leak check.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from pipeline.config import Settings
from pipeline.errors import InputError
from pipeline.ingest import list_inbox, open_source, sha256_file
from pipeline.ingest.mapping import mapping_for
from pipeline.quarantine import Quarantine, next_step
from pipeline.runner.plan import plan_columns
from pipeline.workspace import Processed, Workspace


class Outcome(enum.Enum):
    """What a batch would do with a file."""

    PROCESS = "would be processed"
    QUARANTINE = "would be quarantined"
    HELD = "held back (not taken again)"
    DUPLICATE = "duplicate (removed unprocessed)"


@dataclass(frozen=True, slots=True)
class PlannedFile:
    """One file of the plan: names, profile and column kinds, never a value."""

    name: str
    folder: str  # inbox | orders
    sha256: str
    outcome: Outcome
    profile: str | None = None
    rows: int = 0
    columns: dict[str, str] | None = None  # column -> kind (or "FREE_TEXT", "kept")
    reason: str = ""
    next_step: str = ""


def plan_batch(
    settings: Settings, select: Callable[[Path], bool] | None = None
) -> list[PlannedFile]:
    """What ``run_batch`` would do with each waiting file (orders first), writing nothing."""
    workspace = Workspace.of(settings)
    processed = Processed(workspace.processed)
    quarantine = Quarantine(workspace)
    chosen = select or (lambda _: True)
    planned: list[PlannedFile] = []
    for folder in (workspace.orders, workspace.inbox):
        for path in list_inbox(folder).files:
            if chosen(path):
                planned.append(_plan_file(settings, path, folder, processed, quarantine))
    return planned


def _plan_file(
    settings: Settings, path: Path, folder: Path, processed: Processed, quarantine: Quarantine
) -> PlannedFile:
    name = path.relative_to(folder).as_posix()
    sha = sha256_file(path)
    base = partial(PlannedFile, name, folder.name, sha)
    if sha in processed:
        return base(outcome=Outcome.DUPLICATE, reason="same bytes already processed")
    held = quarantine.is_held(sha, settings.config_hash)
    if held is not None:
        return base(
            outcome=Outcome.HELD,
            reason=f"held back since batch {held.batch}: {held.reason}",
            next_step=next_step(held, settings),
        )
    hint = path.parent.name if path.parent != folder else None
    try:
        source = open_source(path, settings.profiles, hint)
    except InputError as exc:
        named = InputError(exc.problem, path=name, line=exc.line, column=exc.column, hint=exc.hint)
        return base(outcome=Outcome.QUARANTINE, reason=str(named))
    profile = source.profile.name if source.profile is not None else None
    if folder.name == "orders":
        return base(outcome=Outcome.PROCESS, profile=profile, rows=source.rows)
    detection = settings.pipeline.detection
    first = next(source.chunks(detection.sample_rows), None)
    columns: dict[str, str] = {}
    if first is not None:
        plan = plan_columns(first, mapping_for(source), detection)
        columns = {c: p.kind or "kept" for c, p in plan.items()}
    return base(
        outcome=Outcome.PROCESS,
        profile=profile,
        rows=source.rows,
        columns=columns,
        reason="" if profile else "no profile matches: columns by content, claims UNMAPPED_SOURCE",
    )
