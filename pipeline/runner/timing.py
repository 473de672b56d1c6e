"""The one timing helper of a batch (seconds per stage, summed over chunks), and progress."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class ProgressFn(Protocol):
    """Told where a file is: rows done of the file's rows, and what the batch is doing.

    ``phase`` is ``loading the model``, ``scanning``, ``writing``, ``checking for leaks``,
    then ``done`` or ``held back``; the CLI draws its progress bar from it.
    """

    def __call__(self, name: str, done: int, total: int, phase: str = "scanning") -> None: ...


class Timings:
    """``with timings("redact"): ...`` adds the block's wall time to the stage ``redact``."""

    def __init__(self) -> None:
        self._spent: defaultdict[str, float] = defaultdict(float)
        self._started = time.perf_counter()

    def elapsed(self) -> float:
        """Seconds since these timings began."""
        return time.perf_counter() - self._started

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self._spent[stage] += time.perf_counter() - started

    def rounded(self) -> dict[str, float]:
        """Seconds per stage to the millisecond, in the order the stages first ran."""
        return {stage: round(spent, 3) for stage, spent in self._spent.items()}
