"""A seen set's own notes as labelled JSON lines for ``make train`` (one note a line).

A set that has been seen is no test any more; its notes, written by another author than the
training generators, widen what the NER learns. Each line holds ``text``, ``personal`` and
``keep`` as ``[start, end, kind]`` lists in the training generator's kinds. A set's
presidio-evaluator notes are never exported: they stay an external test.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

# Keep forms of the sets -> the training generator's keep kinds; other forms teach nothing.
KEEP_KINDS = {
    "merchant": "MERCHANT", "merchant (row)": "MERCHANT", "network": "MERCHANT",
    "product": "PRODUCT", "town": "TOWN", "occasion": "EVENT", "voucher": "VOUCHER",
    "order ref": "ORDER", "order ref (row)": "ORDER", "order ref (batch)": "ORDER",
    "claim id": "CLAIM", "claim id (row)": "CLAIM", "date": "DATE", "amount": "AMOUNT",
}  # fmt: skip


def write_notes(notes: Iterable[Any], out: Path) -> int:
    """Write notes (``text`` and ``labels`` with start, end, kind and form); returns the count."""
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for note in notes:
            personal, keep = [], []
            for label in note.labels:
                kind = label.kind.value
                if kind != "KEEP":
                    personal.append([label.start, label.end, kind])
                elif label.form in KEEP_KINDS:
                    keep.append([label.start, label.end, KEEP_KINDS[label.form]])
            record = {"text": note.text, "personal": personal, "keep": keep}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(own_notes: Callable[[int, int], Iterable[Any]], seed: int, default: int, doc: str) -> int:
    """The command line of a set's ``export.py``: ``--notes N --out FILE``."""
    parser = argparse.ArgumentParser(description=doc)
    parser.add_argument("--notes", type=int, default=default)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    count = write_notes(own_notes(args.notes, seed), args.out)
    print(f"{count} notes -> {args.out}")
    return 0
