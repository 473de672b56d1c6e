"""The fresh12 test set (tests/quality/fresh12): deterministic, labelled at exact offsets, apart.

Fast, no model needed. The set reads nothing of the detector's, the samples' or the other
sets' material (the shared harness and the vendored presidio-evaluator templates aside); its
two claim layouts are unknown to the shipped profiles and known to its own. Assertions
compare values without echoing them.
"""

from __future__ import annotations

import csv
import filecmp
import re
import sys
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any, cast

import pytest

from pipeline.config import load_profile, load_settings
from pipeline.ingest.profiles import choose_profile
from pipeline.ingest.reader import open_source

ROOT = Path(__file__).resolve().parent.parent
QUALITY = ROOT / "tests" / "quality"
FRESH12 = QUALITY / "fresh12"
sys.path.insert(0, str(QUALITY))

from fresh12 import batch, forms, people, places, score  # noqa: E402
from fresh12.notes import (  # noqa: E402
    KEEP_SLOTS,
    PERSONAL_SLOTS,
    SLOT,
    Note,
    own_notes,
    presidio_notes,
    presidio_templates,
)
from fresh12.templates import CLEAN, PERSONAL  # noqa: E402
from harness.judge import Kind  # noqa: E402
from harness.selfcheck import imports, values_printed  # noqa: E402

UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}$")
EIRCODE = re.compile(r"^[AC-FHKNPRTV-Y][0-9][0-9W] ?[0-9AC-FHKNPRTV-Y]{4}$", re.I)


@cache
def _many_notes() -> tuple[Note, ...]:
    return tuple(own_notes(1500))


def _ok(condition: bool, what: str) -> None:
    """An assertion that names what failed, never the value."""
    assert condition, what


def _slots(template: str) -> set[str]:
    return {m.group(3) or "keep" for m in SLOT.finditer(template)}


def test_the_set_is_big_and_varied_enough() -> None:
    assert len({g.culture for g in people.GROUPS}) >= 120
    assert len(people.GIVEN) >= 800 and len(people.SURNAMES) >= 800
    assert len({script for _, script in people.NON_LATIN}) >= 25
    assert {g.shape for g in people.GROUPS} == {
        "plain", "particle", "patronym", "family-first", "double", "mono"
    }  # fmt: skip
    assert set(people.WORD_NAMES) <= set(people.GIVEN)
    assert any(s[:1].islower() for s in people.SURNAMES)
    assert len(PERSONAL) >= 120 and len(CLEAN) >= 40
    assert len(set(PERSONAL)) == len(PERSONAL) and len(set(CLEAN)) == len(CLEAN)
    assert len(set(places.TOWNS)) == len(places.TOWNS) >= 150
    assert len(places.PERSON_LIKE_MERCHANTS) >= 20 and len(places.MERCHANTS) >= 40
    assert sum("\n" in t for t in PERSONAL) >= 15
    rare = {"Wynd", "Loan", "Brae", "Chare", "Twitten", "Ginnel", "Vennel", "Row", "Rise",
            "Walk", "Mews", "Parade"}  # fmt: skip
    assert rare <= {word for word, _ in places.THOROUGHFARES}


def test_every_template_renders_and_clean_ones_hold_no_personal_slot() -> None:
    for template in CLEAN:
        _ok(not _slots(template) & PERSONAL_SLOTS, "clean template with a personal slot")
    for template in PERSONAL:
        _ok(bool(_slots(template) & PERSONAL_SLOTS), "personal template without one")
    used = set().union(*(_slots(t) for t in PERSONAL + CLEAN))
    assert used == PERSONAL_SLOTS | KEEP_SLOTS
    rendered = _many_notes()
    assert {n.template for n in rendered if not n.clean} == set(range(len(PERSONAL)))
    assert {-1 - n.template for n in rendered if n.clean} == set(range(len(CLEAN)))


def test_notes_are_deterministic_labelled_exactly_and_a_third_clean() -> None:
    first, again = own_notes(300), own_notes(300)
    assert first == again and own_notes(300, seed=5) != first
    assert sum(n.clean for n in first) == 100
    assert {label.kind for n in first for label in n.labels} == set(Kind)
    for note in [*_many_notes(), *presidio_notes(300)]:
        spans = sorted((lb.start, lb.end) for lb in note.labels)
        _ok(all(a[1] <= b[0] for a, b in pairwise(spans)), "labels overlap")
        for label in note.labels:
            value = note.text[label.start : label.end]
            _ok(bool(value) and value == value.strip(), "label off its value")
        personal = [lb for lb in note.labels if lb.kind is not Kind.KEEP]
        _ok(bool(personal) != note.clean, "clean flag disagrees with labels")
        for allowed in note.allow:
            _ok(bool(allowed), "empty allow entry")
    for note in _many_notes():
        _ok(len(note.allow) >= 3, "allow list lacks merchant, order or claim")


def test_labelled_values_are_what_their_kind_says() -> None:
    for note in _many_notes():
        for label in note.labels:
            value = note.text[label.start : label.end]
            if label.kind is Kind.POSTCODE and label.form.startswith("plain,"):
                _ok(bool(UK_POSTCODE.match(value)), "plain postcode malformed")
            if label.kind is Kind.POSTCODE and label.form.startswith("eircode"):
                _ok(bool(EIRCODE.match(value)), "eircode malformed")
            if label.kind is Kind.PHONE:
                _ok(sum(c.isdigit() for c in value) >= 9 or "spoken" in label.form, "phone short")
            if label.kind is Kind.MEMBER:
                _ok(any(c.isdigit() for c in value), "member id without digits")
            if label.kind in (Kind.NAME, Kind.FIRST, Kind.SURNAME):
                _ok(any(c.isalpha() for c in value), "name without letters")


def test_written_forms_are_varied() -> None:
    found = {(lb.kind, lb.form) for n in _many_notes() for lb in n.labels}
    assert len(found) >= 200
    assert {f for k, f in found if k is Kind.EMAIL} >= set(forms.EMAIL_FORMS)
    assert {f for k, f in found if k is Kind.PHONE} >= set(forms.PHONE_FORMS)
    assert {f.split(",")[0] for k, f in found if k is Kind.POSTCODE} >= set(forms.POSTCODE_FORMS)
    assert {f.split(",")[0] for k, f in found if k is Kind.MEMBER} == {"near", "far", "none"}
    assert {f.split(",")[1] for k, f in found if k is Kind.MEMBER} >= set(forms.MEMBER_SHAPES)
    assert len({f for k, f in found if k is Kind.STREET}) >= 15
    assert len({f for k, f in found if k in (Kind.NAME, Kind.FIRST, Kind.SURNAME)}) >= 40
    assert len({f for k, f in found if k is Kind.KEEP}) >= 15
    scripts = {f for k, f in found if f.startswith("script,")}
    assert len(scripts) >= 15
    assert len(presidio_templates()) >= 150


def _table(folder: Path, layout: batch.Layout) -> list[list[str]]:
    path = folder / "inbox" / layout.file
    with path.open(encoding=layout.encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=layout.delimiter))


def test_batch_is_byte_identical_for_one_seed_and_gold_sits_on_its_values(tmp_path: Path) -> None:
    for run in ("a", "b"):
        batch.build_batch(tmp_path / run, 90, seed=7)
    names = sorted(
        str(p.relative_to(tmp_path / "a")) for p in (tmp_path / "a").rglob("*") if p.is_file()
    )
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert len(names) == 4 and mismatch == [] and errors == []
    german = (tmp_path / "a" / "inbox" / batch.GERMAN.file).read_bytes()
    assert german.decode("cp1252") and b"\r\n" in german and b"|" in german
    latvian = (tmp_path / "a" / "inbox" / batch.LATVIAN.file).read_bytes()
    assert latvian[:2] in (b"\xff\xfe", b"\xfe\xff") and "\t" in latvian.decode("utf-16")
    gold = batch.read_gold(tmp_path / "a")
    checked, multiline = 0, 0
    for layout in batch.LAYOUTS:
        table = _table(tmp_path / "a", layout)
        assert table[0] == layout.headers and len(table) == 46
        for number, row in enumerate(table[1:], start=1):
            for column, cell in zip(table[0], row, strict=True):
                multiline += "\n" in cell
                entries: list[dict[str, Any]] = gold.get((layout.file, number, column), [])
                kinds = [e["kind"] == "KEEP" for e in entries]
                _ok(kinds == sorted(kinds), "personal entries first")
                spans = sorted((e["start"], e["end"]) for e in entries)
                _ok(all(a[1] <= b[0] for a, b in pairwise(spans)), "entries overlap")
                for entry in entries:
                    value = cell[entry["start"] : entry["end"]]
                    _ok(bool(value) and value == value.strip(), f"{column} entry off its value")
                    if entry["where"] == "cell" and entry["kind"] == "KEEP":
                        _ok(value == cell, f"{column} keep entry is not the cell")
                _ok(bool(entries) or column == layout.notes or not cell, f"{column} unlabelled")
                checked += len(entries)
    assert checked > 90 * 13 and multiline >= 20
    batch.build_batch(tmp_path / "c", 30, own_orders=False, seed=7)
    assert [p.name for p in (tmp_path / "c" / "orders").iterdir()] == ["orders.csv"]
    with (tmp_path / "c" / "orders" / "orders.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    canonical = load_profile(ROOT / "configs" / "sources" / "orders.yaml").match.headers
    assert header == canonical
    assert [p.name for p in (tmp_path / "a" / "orders").iterdir()] == [batch.OWN_ORDER_FILE]


def test_the_small_batch_builds_and_a_third_of_its_notes_are_clean(tmp_path: Path) -> None:
    small = score.SET.sizes["small"]
    batch.build_batch(tmp_path, small.claims)
    gold = batch.read_gold(tmp_path)
    rows = {layout.file: len(_table(tmp_path, layout)) - 1 for layout in batch.LAYOUTS}
    assert sum(rows.values()) == small.claims
    notes = {layout.file: layout.notes for layout in batch.LAYOUTS}
    for file, row, _ in gold:
        assert file in rows and 1 <= row <= rows[file]
    personal = sum(
        any(e["kind"] != "KEEP" for e in entries)
        for (file, _, column), entries in gold.items()
        if column == notes[file]
    )
    assert small.claims // 2 <= personal <= small.claims * 3 // 4
    assert {"road", "rd", "heol", "cottage", "gdns", "wynd", "twitten", "floor"} <= score.GENERIC


def test_the_pipeline_reads_the_files_with_the_sets_profiles(tmp_path: Path) -> None:
    batch.build_batch(tmp_path, 100, seed=3)
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    assert len(own) == 3 and all(p.name.startswith("fresh12_") for p in own)
    files = sorted((tmp_path / "inbox").iterdir()) + sorted((tmp_path / "orders").iterdir())
    for path in files:
        source = open_source(path, own)
        assert source.profile is not None and source.rows >= 40


def test_the_layouts_are_unknown_to_shipped_profiles_and_known_to_their_own() -> None:
    shipped = load_settings(ROOT / "configs").profiles
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    for layout in batch.LAYOUTS:
        assert choose_profile(layout.headers, shipped) is None
        chosen = choose_profile(layout.headers, own)
        assert chosen is not None and chosen.record == "claims"
        assert chosen.source_columns("notes") == [layout.notes]
        assert chosen.publisher_id == layout.publisher
    orders = choose_profile(list(batch.OWN_ORDER_HEADERS), own)
    assert orders is not None and orders.record == "orders"
    assert choose_profile(list(batch.OWN_ORDER_HEADERS), shipped) is None


def test_the_scorer_prints_counts_never_values() -> None:
    assert values_printed(cast(Any, own_notes(80))) == 0
    assert values_printed(cast(Any, presidio_notes(40))) == 0


@pytest.mark.parametrize("path", sorted(FRESH12.glob("*.py")), ids=lambda p: p.name)
def test_the_set_imports_nothing_of_the_detector_or_other_sets(path: Path) -> None:
    imported = {m.split(".")[0] for m in imports(path)} - {"__future__"}
    assert imported <= {
        "harness", "fresh12", "collections", "csv", "dataclasses", "datetime", "functools",
        "json", "pathlib", "random", "re", "sys", "typing", "unicodedata",
    }  # fmt: skip


def test_the_detector_never_reads_the_fresh12_set() -> None:
    for path in (ROOT / "pipeline").rglob("*.py"):
        assert "fresh12" not in path.read_text(encoding="utf-8")
