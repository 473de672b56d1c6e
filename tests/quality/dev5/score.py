"""Scores the detector and the whole product on the dev5 development set.

Run ``.venv/bin/python tests/quality/dev5/score.py`` (``--small`` for a quick run,
``--forms`` for leaks by written form, ``--no-spans`` for the product run alone). The runs,
the judge and the tables are the shared harness's (``tests/quality/harness``); this module
only says what this set holds. Counts and percentages only, never a value.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from harness.runner import EvalSet, Sizes, main  # noqa: E402

from dev5 import world  # noqa: E402
from dev5.batch import LAYOUTS, PROFILES, build_batch, read_gold  # noqa: E402
from dev5.notes import own_notes, presidio_notes  # noqa: E402
from dev5.render import Note  # noqa: E402

OWN, PRESIDIO = "dev5 claim notes", "presidio-evaluator templates (dev5 people)"
GENERIC = frozenset(
    part.casefold()
    for words in (
        world.THOROUGHFARES_UK,
        world.THOROUGHFARES_ABBR,
        world.THOROUGHFARES_WELSH,
        world.THOROUGHFARES_FR,
        world.THOROUGHFARES_ES,
        world.THOROUGHFARES_OTHER,
        world.ADDRESS_WORDS,
        world.HOUSE_WORDS,
    )
    for word in words
    for part in word.replace("/", " ").split()
)


def _notes(collection: str, count: int) -> Sequence[Note]:
    return own_notes(count) if collection == OWN else presidio_notes(count)


def _build(folder: Path, claims: int, own_orders: bool) -> None:
    build_batch(folder, claims, own_orders)


SET = EvalSet(
    title=(
        "Dev5 development set (tests/quality/dev5): its own names, templates, layouts and "
        "profiles, written apart from the detector and from the other sets; looked at."
    ),
    notes=_notes,
    speed_notes=OWN,
    layouts=LAYOUTS,
    profiles=PROFILES,
    build_batch=_build,
    read_gold=read_gold,
    generic=GENERIC,
    sizes={
        "full": Sizes({OWN: 3000, PRESIDIO: 900}, 500, 20000, 100),
        "small": Sizes({OWN: 400, PRESIDIO: 150}, 100, 1500, 30),
    },
)

if __name__ == "__main__":
    raise SystemExit(main(SET, doc=__doc__ or ""))
