"""Writes notes of the fresh4 set as labelled JSON lines, for ``make train``.

The fresh4 set was a test set; it is now seen (later sets are the tests), and
its notes, written by another author than the training generators, widen what the NER is
trained on. The presidio-evaluator templates are never exported (``harness/export.py``).

    .venv/bin/python tests/quality/fresh4/export.py --notes 10000 --out FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from harness.export import main

from fresh4.notes import own_notes

SEED = 414  # not the seed the set's own scorer uses


if __name__ == "__main__":
    raise SystemExit(main(own_notes, SEED, 10000, __doc__ or ""))
