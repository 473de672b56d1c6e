"""Writes notes of the older held-out set as labelled JSON lines, for ``make train``.

The older set has been seen (``README.md``): it is no test any more, and its notes, written by
another author than the training generators, widen what the NER is trained on. The
presidio-evaluator templates are never exported (``harness/export.py``).

    .venv/bin/python tests/quality/heldout/export.py --notes 20000 --out FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from harness.export import main

from heldout.score import own_notes

SEED = 11  # not the seed the set's own scorer uses (7)


if __name__ == "__main__":
    raise SystemExit(main(own_notes, SEED, 20000, __doc__ or ""))
