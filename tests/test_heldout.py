"""The held-out set's generator and scorer (tests/quality/heldout): fast, no model needed.

The generator is deterministic, its gold offsets are exact, its layouts are unknown to the
shipped profiles and known to its own, and the judge counts a planted leak as a leak. Nothing
here prints a value: assertions compare values without echoing them.
"""

from __future__ import annotations

import ast
import csv
import filecmp
import random
import re
import sys
from pathlib import Path

import pytest

from pipeline.config import load_profile, load_settings
from pipeline.ingest.profiles import choose_profile

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "quality" / "heldout"
sys.path.insert(0, str(HELDOUT.parent))

from harness import judge  # noqa: E402
from harness.selfcheck import values_printed  # noqa: E402
from heldout import layouts, presidio_set  # noqa: E402
from heldout.contacts import Person  # noqa: E402
from heldout.render import Context, Kind, Label, render  # noqa: E402
from heldout.score import own_notes  # noqa: E402

POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9]{1,2}[A-Z]? [0-9][A-Z]{2}$")
PERSON = Person(
    given="Ngozi", surname="Ó Súilleabháin", culture="test", latin=True,
    email="ngozi.os@example.org", phone="07700900123", postcode="CB5 2GD",
    street="80 Carly Light", house="Ivy House", town="Beverley", member="94724409",
)  # fmt: skip


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_batch_is_byte_identical_for_one_seed(tmp_path: Path) -> None:
    for run in ("a", "b"):
        layouts.build_batch(tmp_path / run, 60, seed=11)
    names = _files(tmp_path / "a")
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert len(names) == 4 + 2 + 2 and mismatch == [] and errors == []


def test_notes_are_deterministic_and_mix_clean_and_personal() -> None:
    first, again = own_notes(300), own_notes(300)
    assert [n.text for n in first] == [n.text for n in again]
    assert [n.labels for n in first] == [n.labels for n in again]
    clean = sum(n.clean for n in first)
    assert 60 <= clean <= 150
    kinds = {label.kind for n in first for label in n.labels}
    assert kinds == set(Kind)


def test_rendered_slots_hold_exactly_the_value_at_their_offsets() -> None:
    ctx = Context(random.Random(1), "Ted Baker", "07229458271", "HX1", people={"1": PERSON})
    template = (
        "{name} / {first:lower} / {surname:upper} / {member} / {house} / {ref} / {merchant:row}"
    )
    note = render(template, ctx, "test")
    expected = [
        "Ngozi Ó Súilleabháin", "ngozi", "Ó SÚILLEABHÁIN", "94724409", "Ivy House",
        "07229458271", "Ted Baker",
    ]  # fmt: skip
    slices = [note.text[label.start : label.end] for label in note.labels]
    assert slices == expected
    assert [label.kind for label in note.labels][:5] == [
        Kind.NAME, Kind.FIRST, Kind.SURNAME, Kind.MEMBER, Kind.HOUSE,
    ]  # fmt: skip


def test_gold_offsets_fall_on_the_planted_values_in_every_file(tmp_path: Path) -> None:
    layouts.build_batch(tmp_path, 80, seed=3)
    gold = layouts.read_gold(tmp_path)
    checked = 0
    for layout in layouts.LAYOUTS:
        path = tmp_path / "inbox" / layout.file
        with path.open(encoding=layout.encoding, newline="") as handle:
            table = list(csv.reader(handle, delimiter=layout.delimiter))
        header = table[0]
        assert header == layout.headers
        for row_number, row in enumerate(table[1:], start=1):
            for column, cell in zip(header, row, strict=True):
                for entry in gold.get((layout.file, row_number, column), []):
                    value = cell[entry["start"] : entry["end"]]
                    assert value and value == value.strip()
                    kind = Kind(entry["kind"])
                    if kind is Kind.KEEP and entry["where"] == "cell":
                        assert value == cell
                    if kind is Kind.POSTCODE and entry["where"] == "cell":
                        assert POSTCODE.match(value.upper()) or POSTCODE.match(
                            value[:-3] + " " + value[-3:]
                        )
                    if kind is Kind.EMAIL and entry["where"] == "cell":
                        assert "@" in value
                    if kind is Kind.PHONE:
                        assert len(re.sub(r"\D", "", value)) >= 10
                    checked += 1
    assert checked > 80 * 10


def test_layouts_are_unknown_to_shipped_profiles_and_known_to_their_own() -> None:
    shipped = load_settings(ROOT / "configs").profiles
    own = [load_profile(p) for p in sorted(layouts.PROFILES.glob("*.yaml"))]
    assert len(own) == 5
    for layout in layouts.LAYOUTS:
        assert choose_profile(layout.headers, shipped) is None
        chosen = choose_profile(layout.headers, own)
        assert chosen is not None and chosen.record == "claims"
        assert chosen.source_columns("notes") == [layout.notes]
    orders = choose_profile(list(layouts.OWN_ORDER_HEADERS), own)
    assert orders is not None and orders.record == "orders"


def test_presidio_templates_are_vendored_with_their_licence() -> None:
    lines = presidio_set.load_templates()
    assert len(lines) > 100
    assert "MIT License" in (presidio_set.TEMPLATES.parent / "LICENSE").read_text(encoding="utf-8")
    notes = presidio_set.presidio_notes(len(lines), seed=2)
    assert sum(1 for n in notes if not n.clean) > 100


def test_judge_counts_a_planted_leak_and_a_redacted_value() -> None:
    text = "call Jane Doe on 07700.900.123 or jane dot doe at gmail dot com"
    labels = [
        Label(Kind.NAME, 5, 13), Label(Kind.PHONE, 17, 30), Label(Kind.EMAIL, 34, len(text)),
    ]  # fmt: skip
    surname_only = judge.mask_of(len(text), [(10, 13), (17, 30)])
    assert judge.verdict(text, labels[0], surname_only) == "leak"  # "Jane" survives
    assert judge.verdict(text, labels[1], surname_only) == "ok"
    assert judge.verdict(text, labels[2], surname_only) == "leak"
    domain_only = judge.mask_of(len(text), [(47, len(text))])
    assert judge.verdict(text, labels[2], domain_only) == "leak"  # the local part survives
    local_only = judge.mask_of(len(text), [(34, 46)])
    assert judge.verdict(text, labels[2], local_only) == "ok"
    score = judge.Score()
    score.add(text, labels, [(5, 13)])
    assert (score.overall().planted, score.overall().leak) == (3, 2)


def test_alignment_recovers_the_replaced_ranges_of_a_published_cell() -> None:
    token = "NAME_1_" + "A" * 24
    original = "-- Jo Bloggs\nsee attached"
    assert judge.align(original, f"'-- {token}\nsee attached") == [(3, 12)]
    assert judge.align(original, original) == []
    assert judge.align(original, "something else") is None
    label = Label(Kind.NAME, 3, 12)
    assert judge.textual_verdict(original, label, f"-- Jo {token}") == "leak"
    assert judge.textual_verdict(original, label, f"-- {token}") == "ok"


def test_keep_spans_and_clean_notes_are_counted() -> None:
    text = "bought a Peter Rabbit mug at John Lewis"
    labels = [Label(Kind.KEEP, 9, 25, "product"), Label(Kind.KEEP, 29, 39, "merchant")]
    score = judge.Score()
    score.add(text, labels, [(9, 14)])
    assert score.keep["product"].leak == 1 and score.keep["merchant"].leak == 0
    assert (score.clean, score.clean_touched) == (1, 1)


def test_the_scorer_prints_counts_never_values() -> None:
    assert values_printed(own_notes(60)) == 0


@pytest.mark.parametrize("path", sorted(HELDOUT.glob("*.py")), ids=lambda p: p.name)
def test_heldout_set_shares_nothing_with_the_detector_or_the_samples(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = {
        node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
    } | {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    # score.py loads the detector to judge it (pipeline.detect.load_detector), nothing else.
    allowed = {"pipeline.config", "pipeline.detect"} if path.name == "score.py" else set()
    assert {
        m for m in imported if m.startswith(("pipeline", "samples", "build", "faker"))
    } <= allowed


def test_the_detector_never_reads_the_heldout_set() -> None:
    for path in (ROOT / "pipeline").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "quality/heldout" not in source and "import heldout" not in source
        assert "from heldout" not in source
