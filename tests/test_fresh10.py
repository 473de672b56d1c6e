"""The fresh10 test set (tests/quality/fresh10): deterministic, labelled at exact offsets, apart.

Fast, no model needed. The set reads nothing of the detector's, the samples' or the other
sets' material (the shared harness and the vendored presidio-evaluator templates aside); its
layout is unknown to the shipped profiles and known to its own. Assertions compare values
without echoing them.
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

ROOT = Path(__file__).resolve().parent.parent
QUALITY = ROOT / "tests" / "quality"
FRESH10 = QUALITY / "fresh10"
sys.path.insert(0, str(QUALITY))

from fresh10 import batch, forms, people, places, score  # noqa: E402
from fresh10.notes import (  # noqa: E402
    KEEP_SLOTS,
    PERSONAL_SLOTS,
    SLOT,
    Note,
    own_notes,
    presidio_notes,
    presidio_templates,
)
from fresh10.templates import CLEAN, PERSONAL  # noqa: E402
from harness.judge import Kind  # noqa: E402
from harness.selfcheck import imports, values_printed  # noqa: E402

UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}$")
EIRCODE = re.compile(r"^[AC-FHKNPRTV-Y][0-9][0-9W] ?[0-9AC-FHKNPRTV-Y]{4}$")
EMAIL_AT = re.compile(r"@|%40|&#64;|\bat\b|\[at\]|\(at\)|\{at\}", re.I)


@cache
def _many_notes() -> tuple[Note, ...]:
    return tuple(own_notes(1500))


def _ok(condition: bool, what: str) -> None:
    """An assertion that names what failed, never the value."""
    assert condition, what


def test_the_set_is_big_and_varied_enough() -> None:
    assert len({g.culture for g in people.GROUPS}) >= 80
    assert len(people.GIVEN) >= 500 and len(people.SURNAMES) >= 500
    assert len({script for _, script in people.NON_LATIN}) >= 20
    assert {g.shape for g in people.GROUPS} >= {"plain", "particle", "patronym", "family-first",
                                                 "double", "mono"}  # fmt: skip
    assert any(s[:1].islower() for s in people.SURNAMES)
    assert {"Bliss", "Garnet", "Wren", "Honor", "Story"} <= set(people.GIVEN)
    assert len(PERSONAL) >= 120 and len(CLEAN) >= 40
    assert len(set(PERSONAL)) == len(PERSONAL) and len(set(CLEAN)) == len(CLEAN)
    assert len(set(places.TOWNS)) == len(places.TOWNS) >= 120
    assert len(places.PERSON_LIKE_MERCHANTS) >= 10 and len(places.MERCHANTS) >= 40
    assert sum("\n" in t for t in PERSONAL) >= 25 and sum(".upper}" in t for t in PERSONAL) >= 5


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
    for note in rendered:
        left = {m.group(1) for m in SLOT.finditer(note.text)} & (PERSONAL_SLOTS | KEEP_SLOTS)
        _ok(not left, "a slot left unfilled")


def test_notes_are_deterministic_labelled_exactly_and_a_third_clean() -> None:
    first, again = own_notes(300), own_notes(300)
    same = [(n.text, n.labels, n.allow) for n in first] == [
        (n.text, n.labels, n.allow) for n in again
    ]
    _ok(same, "own notes differ between runs")
    _ok([n.text for n in presidio_notes(60)] == [n.text for n in presidio_notes(60)], "presidio")
    _ok([n.text for n in own_notes(30, seed=11)] != [n.text for n in first[:30]], "seed ignored")
    assert sum(n.clean for n in first) == 100
    assert {label.kind for n in first for label in n.labels} == set(Kind)
    allowed = ("order ref", "merchant", "claim id")
    for note in [*_many_notes(), *presidio_notes(300)]:
        spans = sorted((lb.start, lb.end) for lb in note.labels)
        _ok(all(a[1] <= b[0] for a, b in pairwise(spans)), "labels overlap")
        for label in note.labels:
            value = note.text[label.start : label.end]
            _ok(bool(value) and value == value.strip(), f"{label.kind} label not trimmed")
            if label.kind is Kind.PHONE and label.form != "words":
                _ok(len(re.sub(r"\D", "", value)) >= 9, f"short phone ({label.form})")
            if label.kind is Kind.KEEP and label.form.startswith(allowed):
                _ok(value in note.allow, f"{label.form} not on the allow list")
        _ok(note.clean == all(lb.kind is Kind.KEEP for lb in note.labels), "clean flag")


def test_labelled_values_are_what_their_kind_says() -> None:
    for note in [*_many_notes(), *presidio_notes(300)]:
        for label in note.labels:
            value = note.text[label.start : label.end]
            if label.kind is Kind.POSTCODE:
                squeezed = re.sub(r"[\s.\-\u00a0]", "", value).upper()
                _ok(
                    bool(UK_POSTCODE.match(f"{squeezed[:-3]} {squeezed[-3:]}"))
                    or bool(EIRCODE.match(squeezed)),
                    f"postcode shape ({label.form})",
                )
            elif label.kind is Kind.EMAIL:
                _ok(bool(EMAIL_AT.search(value)), f"e-mail without an at ({label.form})")
            elif label.kind is Kind.MEMBER:
                _ok(sum(c.isdigit() for c in value) >= 5, f"member id ({label.form})")


def test_written_forms_are_varied() -> None:
    found = Counter((lb.kind, lb.form) for n in _many_notes() for lb in n.labels)
    assert len({f for k, f in found if k is Kind.EMAIL}) >= 15
    assert len({f for k, f in found if k is Kind.PHONE}) >= 25
    assert len({f for k, f in found if k is Kind.POSTCODE}) >= 10
    assert len({f for k, f in found if k is Kind.MEMBER}) >= 12
    assert len({f for k, f in found if k is Kind.STREET}) >= 10
    assert len({f for k, f in found if k is Kind.HOUSE}) >= 5
    assert len({f for k, f in found if k in (Kind.NAME, Kind.FIRST, Kind.SURNAME)}) >= 30
    assert len({f for k, f in found if k is Kind.KEEP}) >= 20
    assert {f.split(",")[0] for k, f in found if k is Kind.MEMBER} == {
        "near cue", "far cue", "none cue"
    }  # fmt: skip
    assert {f.split(",")[0] for k, f in found if k is Kind.EMAIL} >= set(forms.EMAIL_FORMS)
    scripts = {f for k, f in found if f.startswith("script ")}
    assert len({f.split(",")[0] for f in scripts}) >= 15
    assert len(presidio_templates()) >= 150


def _table(folder: Path) -> list[list[str]]:
    with (folder / "inbox" / batch.CLAIMS.file).open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter=","))


def test_batch_is_byte_identical_for_one_seed_and_gold_sits_on_its_values(tmp_path: Path) -> None:
    for run in ("a", "b"):
        batch.build_batch(tmp_path / run, 90, seed=7)
    names = sorted(
        str(p.relative_to(tmp_path / "a")) for p in (tmp_path / "a").rglob("*") if p.is_file()
    )
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert len(names) == 3 and mismatch == [] and errors == []
    raw = (tmp_path / "a" / "inbox" / batch.CLAIMS.file).read_bytes()
    assert raw.decode("utf-8") and b"\r\n" not in raw and not raw.startswith(b"\xef\xbb\xbf")
    table, gold = _table(tmp_path / "a"), batch.read_gold(tmp_path / "a")
    assert table[0] == batch.CLAIMS.headers and len(table) == 91
    checked = 0
    for number, row in enumerate(table[1:], start=1):
        for column, cell in zip(table[0], row, strict=True):
            entries: list[dict[str, Any]] = gold.get((batch.CLAIMS.file, number, column), [])
            kinds = [e["kind"] == "KEEP" for e in entries]
            _ok(kinds == sorted(kinds), "personal entries first")
            spans = sorted((e["start"], e["end"]) for e in entries)
            _ok(all(a[1] <= b[0] for a, b in pairwise(spans)), "entries overlap")
            for entry in entries:
                value = cell[entry["start"] : entry["end"]]
                _ok(bool(value) and value == value.strip(), f"{column} entry off its value")
                if entry["where"] == "cell" and entry["kind"] == "KEEP":
                    _ok(value == cell, f"{column} keep entry is not the cell")
            checked += len(entries)
    assert checked > 90 * 14
    batch.build_batch(tmp_path / "c", 30, own_orders=False, seed=7)
    assert [p.name for p in (tmp_path / "c" / "orders").iterdir()] == ["orders.csv"]
    with (tmp_path / "c" / "orders" / "orders.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    canonical = load_profile(ROOT / "configs" / "sources" / "orders.yaml").match.headers
    assert header == canonical
    assert [p.name for p in (tmp_path / "a" / "orders").iterdir()] == [batch.OWN_ORDER_FILE]


def test_the_small_batch_builds_and_half_its_notes_are_personal(tmp_path: Path) -> None:
    small = score.SET.sizes["small"]
    batch.build_batch(tmp_path, small.claims)
    gold, table = batch.read_gold(tmp_path), _table(tmp_path)
    assert len(table) - 1 == small.claims
    for file, row, column in gold:
        assert file == batch.CLAIMS.file and 1 <= row < len(table) and column in table[0]
    personal = sum(
        any(e["kind"] != "KEEP" for e in entries)
        for (_, _, column), entries in gold.items()
        if column == batch.CLAIMS.notes
    )
    assert personal >= small.claims // 2
    assert {"road", "rd", "heol", "cottage", "gdns", "wynd"} <= score.GENERIC


def test_the_pipeline_reads_the_files_with_the_sets_profiles(tmp_path: Path) -> None:
    batch.build_batch(tmp_path, 60, seed=3)
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    assert len(own) == 2 and all(p.name.startswith("fresh10_") for p in own)
    files = sorted((tmp_path / "inbox").iterdir()) + sorted((tmp_path / "orders").iterdir())
    for path in files:
        source = open_source(path, own)
        assert source.profile is not None and source.rows >= 40


def test_the_layout_is_unknown_to_shipped_profiles_and_known_to_its_own() -> None:
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


@pytest.mark.parametrize("path", sorted(FRESH10.glob("*.py")), ids=lambda p: p.name)
def test_the_set_imports_nothing_of_the_detector_or_other_sets(path: Path) -> None:
    imported = {m.split(".")[0] for m in imports(path)} - {"__future__"}
    assert imported <= {
        "harness", "fresh10", "collections", "csv", "dataclasses", "datetime", "functools",
        "json", "pathlib", "random", "re", "sys", "typing", "unicodedata",
    }  # fmt: skip


def test_the_detector_never_reads_the_fresh10_set() -> None:
    for path in (ROOT / "pipeline").rglob("*.py"):
        assert "fresh10" not in path.read_text(encoding="utf-8")
