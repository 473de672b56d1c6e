"""The fresh held-out set (tests/quality/fresh): deterministic, labelled at exact offsets, apart.

Fast, no model needed. Nothing in ``pipeline/`` reads the set, the set reads nothing of the
detector's, the sample generator's or the older sets' material, its layouts are unknown to the
shipped profiles and known to its own. Assertions compare values without echoing them.
"""

from __future__ import annotations

import csv
import filecmp
import re
import sys
from pathlib import Path

import pytest

from pipeline.config import load_profile, load_settings
from pipeline.ingest.profiles import choose_profile

ROOT = Path(__file__).resolve().parent.parent
QUALITY = ROOT / "tests" / "quality"
FRESH = QUALITY / "fresh"
sys.path.insert(0, str(QUALITY))

from fresh import batch, people  # noqa: E402
from fresh.notes import own_notes, presidio_notes  # noqa: E402
from fresh.templates import CLEAN, PERSONAL  # noqa: E402
from harness.judge import Kind  # noqa: E402
from harness.selfcheck import imports, values_printed  # noqa: E402

POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9]{1,2}[A-Z]? [0-9][A-Z]{2}$")


def test_the_set_is_big_and_varied_enough() -> None:
    assert people.GIVEN_COUNT >= 300 and people.SURNAME_COUNT >= 300
    assert len(PERSONAL) + len(CLEAN) >= 100


def test_notes_are_deterministic_labelled_exactly_and_mix_clean_and_personal() -> None:
    first, again = own_notes(300), own_notes(300)
    assert [(n.text, n.labels) for n in first] == [(n.text, n.labels) for n in again]
    assert 60 <= sum(n.clean for n in first) <= 150
    assert {label.kind for n in first for label in n.labels} == set(Kind)
    for note in [*first, *presidio_notes(200)]:
        for label in note.labels:
            value = note.text[label.start : label.end]
            assert value and value == value.strip()
            if label.kind is Kind.PHONE:
                assert len(re.sub(r"\D", "", value)) >= 10
            if label.kind is Kind.KEEP and label.form == "order ref":
                assert value in note.allow


def test_batch_is_byte_identical_for_one_seed_and_gold_sits_on_its_values(tmp_path: Path) -> None:
    for run in ("a", "b"):
        batch.build_batch(tmp_path / run, 60, seed=5)
    names = sorted(
        str(p.relative_to(tmp_path / "a")) for p in (tmp_path / "a").rglob("*") if p.is_file()
    )
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert len(names) == 3 + 1 + 1 and mismatch == [] and errors == []
    gold, checked = batch.read_gold(tmp_path / "a"), 0
    for layout in batch.LAYOUTS:
        with (tmp_path / "a" / "inbox" / layout.file).open(
            encoding=layout.encoding, newline=""
        ) as f:
            table = list(csv.reader(f, delimiter=layout.delimiter))
        assert table[0] == layout.headers
        for number, row in enumerate(table[1:], start=1):
            for column, cell in zip(table[0], row, strict=True):
                for entry in gold.get((layout.file, number, column), []):
                    value = cell[entry["start"] : entry["end"]]
                    assert value and value == value.strip()
                    if entry["kind"] == "POSTCODE" and entry["where"] == "cell":
                        assert POSTCODE.match(value)
                    if entry["kind"] == "EMAIL" and entry["where"] == "cell":
                        assert "@" in value
                    checked += 1
    assert checked > 60 * 9


def test_layouts_are_unknown_to_shipped_profiles_and_known_to_their_own() -> None:
    shipped = load_settings(ROOT / "configs").profiles
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    assert len(own) == 4
    for layout in batch.LAYOUTS:
        assert choose_profile(layout.headers, shipped) is None
        chosen = choose_profile(layout.headers, own)
        assert chosen is not None and chosen.record == "claims"
        assert chosen.source_columns("notes") == [layout.notes]
    orders = choose_profile(list(batch.OWN_ORDER_HEADERS), own)
    assert orders is not None and orders.record == "orders"
    heldout = [load_profile(p) for p in sorted((QUALITY / "heldout" / "profiles").glob("*.yaml"))]
    assert all(choose_profile(layout.headers, heldout) is None for layout in batch.LAYOUTS)


def test_the_scorer_prints_counts_never_values() -> None:
    assert values_printed(own_notes(80)) == 0


@pytest.mark.parametrize(
    "path", sorted([*FRESH.glob("*.py"), *(QUALITY / "harness").glob("*.py")]), ids=lambda p: p.name
)
def test_the_set_shares_nothing_with_the_detector_the_samples_or_older_sets(path: Path) -> None:
    imported = imports(path)
    # the harness loads the detector to judge it (pipeline.detect.load_detector), nothing else
    allowed = {"pipeline.config", "pipeline.detect"} if path.name == "engines.py" else set()
    assert {
        m for m in imported if m.startswith(("pipeline", "samples", "build", "faker"))
    } <= allowed
    assert not {m for m in imported if m.startswith(("heldout", "dev", "evaluate", "unseen"))}


def test_the_detector_never_reads_the_fresh_set() -> None:
    for path in (ROOT / "pipeline").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "quality/fresh" not in source and "import fresh" not in source
        assert "from fresh" not in source and "from harness" not in source
