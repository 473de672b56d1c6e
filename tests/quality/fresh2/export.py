"""Writes notes of the fresh2 set as labelled JSON lines, for ``make train``.

The fresh2 set has been seen (``README.md``): it is a regression set now, and its notes,
written by another author than the training generators, widen what the NER is trained on.
The presidio-evaluator templates are never exported (``harness/export.py``).

    .venv/bin/python tests/quality/fresh2/export.py --notes 10000 --out FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from harness.export import main

from fresh2.notes import own_notes

SEED = 211  # not the seed the set's own scorer uses (0)


if __name__ == "__main__":
    raise SystemExit(main(own_notes, SEED, 10000, __doc__ or ""))
