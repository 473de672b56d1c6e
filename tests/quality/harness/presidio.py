"""presidio-evaluator's sentence templates, vendored at ``tests/quality/heldout/presidio``.

Each set fills them with its own people and places; they are only ever filled for testing.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "heldout" / "presidio" / "templates.txt"


def fillable_templates(unsupported: Collection[str]) -> tuple[str, ...]:
    """The templates, one a line, less those holding a slot in ``unsupported`` (``{{iban}}``)."""
    lines = TEMPLATES.read_text(encoding="utf-8").splitlines()
    return tuple(
        t for t in (line.strip() for line in lines)
        if t and not any(f"{{{{{u}}}}}" in t for u in unsupported)
    )  # fmt: skip
