"""Claim-note generators written by other authors than ``generate.py``, for ``make train``.

Each module holds one author's templates and name sources and exposes
``notes(count, seed) -> list[Note]`` (``generate.Note``, labels in ``generate.PERSONAL`` and
``generate.KEEP`` kinds). More authors widen what the NER learns; none of them reads a test set.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from pipeline.detect.training.generate import Note

AUTHORS = (
    "agents",
    "shoppers",
    "retail",
    "callcentre",
    "threads",
    "worldwide",
)  # module names in this package


def notes(count: int, seed: int, names: Sequence[str] = AUTHORS) -> list[Note]:
    """``count`` notes from each author in ``names``, reproducible by seed."""
    unknown = sorted(set(names) - set(AUTHORS))
    if unknown:
        raise ValueError(f"no such author: {', '.join(unknown)}")
    found: list[Note] = []
    for offset, name in enumerate(names):
        module = importlib.import_module(f"{__name__}.{name}")
        found += module.notes(count, seed + offset)
    return found
