"""Scores the detector and the whole product on the older held-out set (``make eval-heldout``).

This set has been seen by the detector's author: it is a regression set, its figures no
longer count as held-out figures (``tests/quality/fresh`` is the held-out set now). Run
``.venv/bin/python tests/quality/heldout/score.py`` (``--small`` for a quick run, ``--forms``
for leaks by written form). The runs, the judge and the tables are shared with the fresh set
(``tests/quality/harness``); this module only says what this set holds.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from harness.runner import EvalSet, Sizes, main  # noqa: E402
from harness.tables import print_spans  # noqa: E402

from heldout.layouts import LAYOUTS, PROFILES, build_batch, draw_order_ref, read_gold  # noqa: E402
from heldout.notes import draw_note  # noqa: E402
from heldout.presidio_set import presidio_notes  # noqa: E402
from heldout.render import Note  # noqa: E402
from heldout.sources import OTHER_MERCHANTS, PERSON_MERCHANTS, THOROUGHFARES  # noqa: E402

__all__ = ["SET", "own_notes", "print_spans"]


def own_notes(count: int, seed: int = 7) -> list[Note]:
    """Held-out claim notes, about a third of them with no personal data."""
    rng = random.Random(f"notes:{seed}")
    used: set[str] = set()
    merchants = PERSON_MERCHANTS + OTHER_MERCHANTS
    notes = []
    for i in range(count):
        refs = [draw_order_ref(rng, used) for _ in range(3)]
        notes.append(draw_note(rng, rng.choice(merchants), refs[0], f"HX{500000 + i}", refs[1:]))
    return notes


def _notes(collection: str, count: int) -> Sequence[Note]:
    return own_notes(count) if collection == "held-out notes" else presidio_notes(count, 7)


def _build(folder: Path, claims: int, own_orders: bool) -> None:
    build_batch(folder, claims, own_orders=own_orders)


SET = EvalSet(
    title=(
        "Older held-out set (tests/quality/heldout): SEEN by the detector's author, a "
        "regression set; its figures no longer count as held-out figures."
    ),
    notes=_notes,
    speed_notes="held-out notes",
    layouts=LAYOUTS,
    profiles=PROFILES,
    build_batch=_build,
    read_gold=read_gold,
    generic=frozenset(w.casefold() for w in THOROUGHFARES),
    sizes={
        "full": Sizes(
            {"held-out notes": 3000, "presidio-evaluator templates": 900}, 500, 20000, 100
        ),
        "small": Sizes({"held-out notes": 400, "presidio-evaluator templates": 150}, 120, 2000, 30),
    },
)

if __name__ == "__main__":
    raise SystemExit(main(SET, doc=__doc__ or ""))
