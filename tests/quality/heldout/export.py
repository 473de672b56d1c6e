"""Writes notes of the older held-out set as labelled JSON lines, for ``make train``.

The older set has been seen (``README.md``): it is no test any more, and its notes, written by
another author than the training generator, widen what the NER is trained on. One JSON
object a line: ``text``, ``personal`` and ``keep`` as ``[start, end, kind]`` lists, in the
training generator's kinds. The presidio-evaluator templates are never exported: they stay
an external test.

    .venv/bin/python tests/quality/heldout/export.py --notes 20000 --out FILE
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from heldout.render import Kind
from heldout.score import own_notes

# KEEP forms -> the training generator's keep kinds (the others teach the model nothing).
_KEEP = {"merchant": "MERCHANT", "merchant (row)": "MERCHANT", "product": "PRODUCT",
         "town": "TOWN", "occasion": "EVENT", "date": "DATE", "amount": "AMOUNT"}  # fmt: skip
SEED = 11  # not the seed the set's own scorer uses (7)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=20000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as handle:
        for note in own_notes(args.notes, SEED):
            personal = [
                [lb.start, lb.end, lb.kind.value] for lb in note.labels if lb.kind is not Kind.KEEP
            ]
            keep = [
                [lb.start, lb.end, _KEEP[lb.form]]
                for lb in note.labels
                if lb.kind is Kind.KEEP and lb.form in _KEEP
            ]
            record = {"text": note.text, "personal": personal, "keep": keep}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{args.notes} notes -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
