"""The progress display of a batch on a terminal (stderr): what it is doing, rows, rows/s, ETA.

It starts before the batch does (``starting``), says ``loading the model`` while spaCy
loads, and moves within a chunk as the free-text scan passes rows. Never drawn when
stderr is not a terminal, nor under ``--quiet`` or ``--json``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import TaskID

    from pipeline.runner import ProgressFn


@contextmanager
def terminal_progress(enabled: bool) -> Iterator[ProgressFn | None]:
    """A rich progress display on stderr when ``enabled`` and stderr is a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TaskProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.fields[phase]:<18} {task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
        refresh_per_second=4,
    ) as bar:
        tasks: dict[str, TaskID] = {}
        start = bar.add_task("", total=None, phase="starting", rate="")

        def update(name: str, done: int, total: int, phase: str = "scanning") -> None:
            if start in bar.task_ids:
                bar.remove_task(start)
            if name not in tasks:  # one line: the file being worked on
                for earlier in tasks.values():
                    bar.update(earlier, visible=False)
                tasks[name] = bar.add_task(name, total=total or None, phase=phase, rate="")
            task = tasks[name]
            bar.update(task, completed=done, phase=phase)
            speed = bar.tasks[bar.task_ids.index(task)].speed
            bar.update(task, rate=f"{speed:,.0f} rows/s" if speed else "")

        yield update
