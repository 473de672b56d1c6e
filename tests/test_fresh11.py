"""The fresh11 test set (tests/quality/fresh11): deterministic, labelled at exact offsets, apart.

Fast, no model needed. The set reads nothing of the detector's, the samples' or the other
sets' material (the shared harness and the vendored presidio-evaluator templates aside); its
two claim layouts and its sales export are unknown to the shipped profiles and known to its
own. Assertions name what failed without echoing a value.
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
FRESH11 = QUALITY / "fresh11"
sys.path.insert(0, str(QUALITY))

from fresh11 import batch, forms, people, places, score  # noqa: E402
from fresh11.notes import (  # noqa: E402
    KEEP_SLOTS,
    MODIFIERS,
    PERSONAL_SLOTS,
    PLAIN_SLOTS,
    SLOT,
    Note,
    own_notes,
    presidio_notes,
    presidio_templates,
)
from fresh11.templates import CLEAN, PERSONAL  # noqa: E402
from harness.judge import Kind  # noqa: E402
from harness.selfcheck import imports, values_printed  # noqa: E402

UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}$")
EIRCODE = re.compile(r"^[AC-FHKNPRTV-Y][0-9][0-9W][0-9AC-FHKNPRTV-Y]{4}$")
AT_MARKS = re.compile(r"@|%40|&#64;|\uff20|\bat\b|\bAT\b|arobase|arroba|chiocciola|apenstaartje|"
                      r"małpa|\bet\b|snabel-a|zavináč", re.IGNORECASE)  # fmt: skip
LANGUAGE_MARKS = ("Bonjour", "Guten Tag", "Hola", "Dzień dobry", "Helo,", "Dia dhuit", "Olá",
                  "Buongiorno", "ik ben", "Bună ziua", "Laba diena", "Merhaba", "Hi po", "Halo, saya",
                  "Habari", "Assalam", "مرحبا", "Xin chào", "Salaan", "Namaste", "Καλημέρα",
                  "Здравствуйте", "こんにちは", "안녕하세요", "您好", "Hej, jeg", "Bures", "Wah gwaan",
                  "fae ", "E kaaro", "Sut mae", "Von:", "De :", "Hallo,", "Ciao", "Halo,",
                  "Commande", "Kundennummer")  # fmt: skip
EXPECTED_REGIONS = ("Akan (Ghana)", "Wolof", "Kongo / Lingala (DRC)", "Jamaican", "Haitian",
                    "Samoan", "Tongan", "Māori", "Kazakh", "Uzbek", "Georgian", "Armenian",
                    "Chechen", "Quechua (Peru)", "Aymara (Bolivia)", "Diné (Navajo)", "Lakota",
                    "Inuit", "Sámi", "Romanichal", "Roma (Slovakia)", "Moroccan",
                    "Kabyle (Amazigh)", "Emirati", "Omani", "Tagalog", "Cebuano", "Javanese",
                    "Batak", "Bamar (Burmese)", "Karen", "Tamil (Sri Lanka)", "Sinhala",
                    "Nepali (Khas)", "Sherpa", "Mongolian", "Lithuanian", "Latvian", "Estonian",
                    "Albanian", "Serbian", "Bosnian", "Basque", "Breton", "Faroese")  # fmt: skip


@cache
def _many_notes() -> tuple[Note, ...]:
    return tuple(own_notes(1500))


@cache
def _presidio() -> tuple[Note, ...]:
    return tuple(presidio_notes(400))


def _ok(condition: bool, what: str) -> None:
    """An assertion that names what failed, never the value."""
    assert condition, what


def test_the_set_is_big_and_varied_enough() -> None:
    cultures = {g.culture for g in people.GROUPS}
    assert len(cultures) >= 120 and set(EXPECTED_REGIONS) <= cultures
    assert len(people.all_given()) >= 800 and len(people.all_surnames()) >= 800
    assert {g.shape for g in people.GROUPS} == set(people.SHAPES)
    assert all(len(g.given_f) >= 3 and len(g.given_m) >= 3 for g in people.GROUPS)
    assert len({row[2] for row in people.NON_LATIN}) >= 20
    assert {"Hope", "Sky", "Ember", "Major", "Sterling", "Lark"} <= people.all_given()
    assert any(s[:1].islower() for s in people.all_surnames())
    assert len(people.NICKNAMES) >= 60 and len(people.LOOKALIKE) >= 150
    assert len(PERSONAL) >= 150 and len(CLEAN) >= 55
    assert len(set(PERSONAL)) == len(PERSONAL) and len(set(CLEAN)) == len(CLEAN)
    assert sum(any(m in t for m in LANGUAGE_MARKS) for t in PERSONAL) >= 30
    assert sum(any(m in t for m in LANGUAGE_MARKS) for t in CLEAN) >= 12
    assert sum("\n" in t for t in PERSONAL) >= 40
    assert len(places.TOWNS) >= 250 and len(places.TOWNS_PERSONLIKE) >= 40
    assert len(places.MERCHANTS_PERSONLIKE) >= 50 and len(places.PRODUCTS_PERSONLIKE) >= 35
    words = {full for full, _ in places.THOROUGHFARES}
    assert {"Wynd", "Loan", "Brae", "Chare", "Twitten", "Ginnel", "Vennel", "Row", "Rise",
            "Walk", "Mews", "Parade"} <= words  # fmt: skip
    assert set(places.OUTWARD) == {"A9", "A99", "AA9", "AA99", "A9A", "AA9A"}


def test_every_template_renders_and_clean_ones_hold_no_personal_slot() -> None:
    known = PERSONAL_SLOTS | KEEP_SLOTS | PLAIN_SLOTS
    for template in PERSONAL + CLEAN:
        for m in SLOT.finditer(template):
            _ok(m.group(1) in known, "unknown slot")
            _ok(set(m.group(3).split(".")[1:]) <= MODIFIERS, "unknown modifier")
    for template in CLEAN:
        assert not {m.group(1) for m in SLOT.finditer(template)} & PERSONAL_SLOTS
    for template in PERSONAL:
        assert {m.group(1) for m in SLOT.finditer(template)} & PERSONAL_SLOTS
    rendered = _many_notes()
    assert {n.template for n in rendered if not n.clean} == set(range(len(PERSONAL)))
    assert {-1 - n.template for n in rendered if n.clean} == set(range(len(CLEAN)))
    for note in rendered:
        left = {m.group(1) for m in SLOT.finditer(note.text)} & known
        _ok(not left, "a slot left unfilled")


def test_notes_are_deterministic_labelled_exactly_and_a_third_clean() -> None:
    first, again = own_notes(300), own_notes(300)
    same = [(n.text, n.labels, n.allow) for n in first] == [
        (n.text, n.labels, n.allow) for n in again
    ]
    _ok(same, "own notes differ between runs")
    _ok([n.text for n in own_notes(40)] == [n.text for n in first[:40]], "not a prefix")
    _ok([n.text for n in presidio_notes(60)] == [n.text for n in presidio_notes(60)], "presidio")
    _ok([n.text for n in own_notes(30, seed=12)] != [n.text for n in first[:30]], "seed ignored")
    assert sum(n.clean for n in first) == 100
    assert {label.kind for n in first for label in n.labels} == set(Kind)
    for note in [*_many_notes(), *_presidio()]:
        spans = sorted((lb.start, lb.end) for lb in note.labels)
        _ok(all(a[1] <= b[0] for a, b in pairwise(spans)), "labels overlap")
        allow = {a.casefold() for a in note.allow}
        for label in note.labels:
            value = note.text[label.start : label.end]
            _ok(bool(value) and value == value.strip(), f"{label.kind} label not trimmed")
            if label.kind is Kind.PHONE and label.form not in forms.NO_DIGIT_FORMS:
                _ok(len(re.sub(r"\D", "", value)) >= 9, f"short phone ({label.form})")
            if label.kind is Kind.KEEP and ("(row" in label.form or "(batch" in label.form):
                _ok(value.casefold() in allow, f"{label.form} not on the allow list")
        _ok(note.clean == all(lb.kind is Kind.KEEP for lb in note.labels), "clean flag")


def test_labelled_values_are_what_their_kind_says() -> None:
    for note in [*_many_notes(), *_presidio()]:
        for label in note.labels:
            value = note.text[label.start : label.end]
            if label.kind is Kind.POSTCODE and label.form != "spoken":
                squeezed = re.sub(r"[\s.\-\u00a0]", "", value).upper()
                _ok(
                    bool(UK_POSTCODE.match(f"{squeezed[:-3]} {squeezed[-3:]}"))
                    or bool(EIRCODE.match(squeezed)),
                    f"postcode shape ({label.form})",
                )
            elif label.kind is Kind.EMAIL:
                _ok(bool(AT_MARKS.search(value)), f"e-mail without an at ({label.form})")
            elif label.kind is Kind.MEMBER:
                _ok(sum(c.isdigit() for c in value) >= 5, f"member id ({label.form})")
            elif label.kind in (Kind.NAME, Kind.FIRST, Kind.SURNAME):
                _ok(any(c.isalpha() for c in value), f"name without letters ({label.form})")
            elif label.kind is Kind.STREET:
                _ok(any(c.isalpha() for c in value), f"street without letters ({label.form})")


def test_written_forms_are_varied() -> None:
    found = Counter((lb.kind, lb.form) for n in _many_notes() for lb in n.labels)
    kinds = {k: {f for kk, f in found if kk is k} for k in Kind}
    assert len(kinds[Kind.EMAIL]) >= 25 and len(kinds[Kind.PHONE]) >= 35
    assert len(kinds[Kind.POSTCODE]) >= 14 and len(kinds[Kind.STREET]) >= 10
    assert len(kinds[Kind.HOUSE]) >= 5 and len(kinds[Kind.KEEP]) >= 25
    assert len(kinds[Kind.NAME] | kinds[Kind.FIRST] | kinds[Kind.SURNAME]) >= 60
    assert {f.split(", ")[0] for f in kinds[Kind.MEMBER]} == {"near cue", "far cue", "no cue"}
    assert len({f.split(", ")[1] for f in kinds[Kind.MEMBER]}) == 13
    assert {f"standard {s}" for s in places.OUTWARD} <= kinds[Kind.POSTCODE]
    assert {"eircode", "spoken", "no space", "spaced letters"} <= kinds[Kind.POSTCODE]
    assert set(forms.EMAIL_FORMS) - {"plain"} <= {f.split(", ")[0] for f in kinds[Kind.EMAIL]}
    scripts = {f.split(", ")[0] for k in (Kind.NAME, Kind.FIRST, Kind.SURNAME) for f in kinds[k]
               if f.startswith("script ")}  # fmt: skip
    assert len(scripts) >= 20
    assert len(presidio_templates()) >= 150
    assert len(found) >= 250


def _tables(folder: Path) -> dict[str, list[list[str]]]:
    return {layout.file: batch.read_table(folder, layout) for layout in batch.LAYOUTS}


def test_batch_is_byte_identical_for_one_seed_and_gold_sits_on_its_values(tmp_path: Path) -> None:
    for run in ("a", "b"):
        batch.build_batch(tmp_path / run, 120, seed=7)
    names = sorted(
        str(p.relative_to(tmp_path / "a")) for p in (tmp_path / "a").rglob("*") if p.is_file()
    )
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert len(names) == 4 and mismatch == [] and errors == []
    rendu = (tmp_path / "a" / "inbox" / batch.RENDU.file).read_bytes()
    assert (
        rendu.decode("cp1252")
        and rendu.count(b"\r\n") > 121
        and b"\n" not in rendu.replace(b"\r\n", b"")
    )
    arian = (tmp_path / "a" / "inbox" / batch.ARIAN.file).read_bytes()
    assert arian.decode("utf-8") and b"\r" not in arian and not arian.startswith(b"\xef\xbb\xbf")
    tables, gold = _tables(tmp_path / "a"), batch.read_gold(tmp_path / "a")
    assert sum(len(t) - 1 for t in tables.values()) == 120
    checked, multiline = 0, 0
    for layout in batch.LAYOUTS:
        table = tables[layout.file]
        assert table[0] == layout.headers
        for number, row in enumerate(table[1:], start=1):
            for column, cell in zip(table[0], row, strict=True):
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
                checked += len(entries)
                multiline += column == "Cyfeiriad / Address" and "\n" in cell
            notes = gold.get((layout.file, number, layout.notes))
            _ok(notes is not None, "a note without gold")
    assert checked > 120 * 12 and multiline > 40
    batch.build_batch(tmp_path / "c", 30, own_orders=False, seed=7)
    assert [p.name for p in (tmp_path / "c" / "orders").iterdir()] == ["orders.csv"]
    with (tmp_path / "c" / "orders" / "orders.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    canonical = load_profile(ROOT / "configs" / "sources" / "orders.yaml").match.headers
    assert header == canonical
    own = (tmp_path / "a" / "orders" / batch.OWN_ORDER_FILE).read_bytes()
    assert own.startswith(b"\xef\xbb\xbf") and b"\t" in own.splitlines()[0]


def test_the_small_batch_builds_with_both_layouts_and_a_third_of_notes_clean(
    tmp_path: Path,
) -> None:
    small = score.SET.sizes["small"]
    batch.build_batch(tmp_path, small.claims)
    gold, tables = batch.read_gold(tmp_path), _tables(tmp_path)
    assert sum(len(t) - 1 for t in tables.values()) == small.claims
    assert all(len(t) - 1 > small.claims // 3 for t in tables.values())
    notes = {layout.file: layout.notes for layout in batch.LAYOUTS}
    for file, row, column in gold:
        assert 1 <= row < len(tables[file]) and column in tables[file][0]
    personal = sum(
        any(e["kind"] != "KEEP" for e in entries)
        for (file, _, column), entries in gold.items()
        if column == notes[file]
    )
    assert small.claims // 2 <= personal <= small.claims * 3 // 4
    assert {
        "road",
        "rd",
        "heol",
        "bóthar",
        "cottage",
        "gdns",
        "wynd",
        "twitten",
        "flat",
    } <= score.GENERIC


def test_the_pipeline_reads_the_files_with_the_sets_profiles(tmp_path: Path) -> None:
    batch.build_batch(tmp_path, 80, seed=3)
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    assert len(own) == 3 and all(p.name.startswith("fresh11_") for p in own)
    tables = _tables(tmp_path)
    for layout in batch.LAYOUTS:
        source = open_source(tmp_path / "inbox" / layout.file, own)
        assert source.profile is not None and source.profile.record == "claims"
        assert source.rows == len(tables[layout.file]) - 1
    orders = open_source(tmp_path / "orders" / batch.OWN_ORDER_FILE, own)
    assert orders.profile is not None and orders.profile.record == "orders" and orders.rows >= 50


def test_the_layouts_are_unknown_to_shipped_profiles_and_known_to_their_own() -> None:
    shipped = load_settings(ROOT / "configs").profiles
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    for layout in batch.LAYOUTS:
        assert choose_profile(layout.headers, shipped) is None
        chosen = choose_profile(layout.headers, own)
        assert chosen is not None and chosen.record == "claims"
        assert chosen.source_columns("notes") == [layout.notes]
        assert chosen.publisher_id == layout.publisher
        assert layout.date_format in chosen.date_formats
    rendu = choose_profile(batch.RENDU.headers, own)
    assert rendu is not None and rendu.decimal_separator == ","
    orders = choose_profile(list(batch.OWN_ORDER_HEADERS), own)
    assert orders is not None and orders.record == "orders"
    assert choose_profile(list(batch.OWN_ORDER_HEADERS), shipped) is None


def test_the_scorer_prints_counts_never_values() -> None:
    assert values_printed(cast(Any, own_notes(90))) == 0
    assert values_printed(cast(Any, presidio_notes(60))) == 0


@pytest.mark.parametrize("path", sorted(FRESH11.glob("*.py")), ids=lambda p: p.name)
def test_the_set_imports_nothing_of_the_detector_or_other_sets(path: Path) -> None:
    imported = {m.split(".")[0] for m in imports(path)} - {"__future__"}
    assert imported <= {
        "harness", "fresh11", "collections", "csv", "dataclasses", "datetime", "functools",
        "html", "json", "pathlib", "random", "re", "sys", "typing", "unicodedata", "urllib",
    }  # fmt: skip


def test_the_detector_never_reads_the_fresh11_set() -> None:
    for path in (ROOT / "pipeline").rglob("*.py"):
        assert "fresh11" not in path.read_text(encoding="utf-8")
