"""Claim-note generators written by other authors than ``generate.py``, for ``make train``.

Each module holds one author's templates and name sources and exposes
``notes(count, seed) -> list[Note]`` (``generate.Note``, labels in ``generate.PERSONAL`` and
``generate.KEEP`` kinds). More authors widen what the NER learns; none of them reads a test set.
"""
