"""Scores the detector and the whole product on the fresh set (``make eval-heldout``).

Seen now: a regression set; the held-out set is ``tests/quality/fresh2`` (``make eval``).

Run ``.venv/bin/python tests/quality/fresh/score.py`` (``--small`` for a quick run, ``--forms``
for leaks by written form). The runs, the judge and the tables are the shared harness's
(``tests/quality/harness``); this module only says what this set holds. Counts and
percentages only, never a value.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from harness.runner import EvalSet, Sizes, main  # noqa: E402

from fresh import world  # noqa: E402
from fresh.batch import LAYOUTS, PROFILES, build_batch, read_gold  # noqa: E402
from fresh.compose import Note  # noqa: E402
from fresh.notes import own_notes, presidio_notes  # noqa: E402

OWN, PRESIDIO = "fresh claim notes", "presidio-evaluator templates"


def _notes(collection: str, count: int) -> Sequence[Note]:
    return own_notes(count) if collection == OWN else presidio_notes(count)


SET = EvalSet(
    title=(
        "Fresh held-out set (tests/quality/fresh): its own names, templates, layouts and "
        "profiles; nothing in it was used to build or tune the detector."
    ),
    notes=_notes,
    speed_notes=OWN,
    layouts=LAYOUTS,
    profiles=PROFILES,
    build_batch=build_batch,
    read_gold=read_gold,
    generic=frozenset(w.casefold() for w in world.THOROUGHFARES + world.HOUSE_WORDS),
    sizes={
        "full": Sizes({OWN: 3000, PRESIDIO: 900}, 500, 20000, 100),
        "small": Sizes({OWN: 400, PRESIDIO: 150}, 100, 1500, 30),
    },
)

if __name__ == "__main__":
    raise SystemExit(main(SET, doc=__doc__ or ""))
