"""Scores the detector and the whole product on the fresh13 test set.

Run ``.venv/bin/python tests/quality/fresh13/score.py`` (``--small`` for a quick run,
``--forms`` for leaks by written form, ``--no-product`` for the notes alone). The runs, the
judge and the tables are the shared harness's (``tests/quality/harness``); this module only
says what this set holds. Counts and percentages only, never a value.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from harness.runner import EvalSet, Sizes, main  # noqa: E402

from fresh13 import places  # noqa: E402
from fresh13.batch import LAYOUTS, PROFILES, build_batch, read_gold  # noqa: E402
from fresh13.notes import Note, own_notes, presidio_notes  # noqa: E402

OWN, PRESIDIO = "fresh13 claim notes", "presidio-evaluator templates (fresh13 people)"
STREET_WORDS = tuple(word for pair in places.THOROUGHFARES for word in pair) + places.LEADING
GENERIC = frozenset(
    part.casefold()
    for words in (STREET_WORDS, places.HOUSE_WORDS, places.EXTRA_GENERIC, places.FLOORS)
    for word in words
    for part in word.split()
)


def _notes(collection: str, count: int) -> Sequence[Note]:
    return own_notes(count) if collection == OWN else presidio_notes(count)


SET = EvalSet(
    title=(
        "Fresh13 test set (tests/quality/fresh13): UK shopper and agent claim notes with its own "
        "names, templates, written forms, two unseen layouts and profiles, written apart from "
        "the detector and the other sets."
    ),
    notes=_notes,
    speed_notes=OWN,
    layouts=LAYOUTS,
    profiles=PROFILES,
    build_batch=build_batch,
    read_gold=read_gold,
    generic=GENERIC,
    sizes={
        "full": Sizes({OWN: 3000, PRESIDIO: 900}, 500, 20000, 100),
        "small": Sizes({OWN: 400, PRESIDIO: 150}, 100, 1500, 30),
    },
)

if __name__ == "__main__":
    raise SystemExit(main(SET, doc=__doc__ or ""))
