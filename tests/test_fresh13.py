"""The fresh13 test set (tests/quality/fresh13): deterministic, labelled at exact offsets, apart.

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
FRESH13 = QUALITY / "fresh13"
sys.path.insert(0, str(QUALITY))

from fresh13 import batch, forms, people, places, score  # noqa: E402
from fresh13.notes import (  # noqa: E402
    KEEP_SLOTS,
    PERSONAL_SLOTS,
    SLOT,
    Note,
    own_notes,
    presidio_notes,
    presidio_templates,
)
from fresh13.templates import CLEAN, PERSONAL  # noqa: E402
from harness.judge import Kind  # noqa: E402
from harness.selfcheck import imports, values_printed  # noqa: E402

UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}$")
EIRCODE = re.compile(r"^[AC-FHKNPRTV-Y][0-9][0-9W] ?[0-9AC-FHKNPRTV-Y]{4}$", re.I)
OUTWARD = {
    "A9": r"[A-Z][0-9]", "A99": r"[A-Z][0-9]{2}", "A9A": r"[A-Z][0-9][A-Z]",
    "AA9": r"[A-Z]{2}[0-9]", "AA99": r"[A-Z]{2}[0-9]{2}", "AA9A": r"[A-Z]{2}[0-9][A-Z]",
}  # fmt: skip
NAME_KINDS = (Kind.NAME, Kind.FIRST, Kind.SURNAME)


@cache
def _many_notes() -> tuple[Note, ...]:
    return tuple(own_notes(1500))


@cache
def _found() -> frozenset[tuple[Kind, str]]:
    return frozenset((lb.kind, lb.form) for n in _many_notes() for lb in n.labels)


def _ok(condition: bool, what: str) -> None:
    """An assertion that names what failed, never the value."""
    assert condition, what


def _slots(template: str) -> set[str]:
    return {m.group(1) for m in SLOT.finditer(template) if m.group(1)}


def test_the_set_is_big_and_varied_enough() -> None:
    cultures = {g.culture for g in people.GROUPS}
    assert len(cultures) >= 100
    for wanted in ("British Pakistani", "British Bangladeshi", "Indian Punjabi", "Indian Gujarati",
                   "Indian Tamil", "Sri Lankan Tamil", "Polish", "Romanian", "Lithuanian",
                   "Bulgarian", "Portuguese", "Nigerian Yoruba", "Nigerian Igbo", "Nigerian Hausa",
                   "Ghanaian", "Somali", "Eritrean", "Kenyan", "Zimbabwean", "Jamaican",
                   "Chinese Cantonese", "Chinese Mandarin", "Hong Kong", "Vietnamese", "Filipino",
                   "Thai", "Turkish", "Kurdish", "Iranian", "Greek", "Greek Cypriot", "Italian",
                   "Irish", "Scottish Gaelic", "Welsh", "Cornish", "English regional"):  # fmt: skip
        _ok(wanted in cultures, "a required culture is missing")
    assert len(people.GIVEN) >= 1000 and len(people.SURNAMES) >= 900
    assert len(people.NON_LATIN) >= 30 and len({s for s, *_ in people.NON_LATIN}) >= 20
    assert {g.shape for g in people.GROUPS} == {
        "plain", "particle", "patronym", "family-first", "double", "hyphen", "mono"
    }  # fmt: skip
    assert set(people.WORD_NAMES) <= set(people.GIVEN)
    assert set(people.TRADE_PLACE_SURNAMES) <= set(people.SURNAMES)
    particles = ("van der ", "de la ", "bin ", "al-", "ap ", "Ní ", "Mac ", "Ó ", "binti ")
    for particle in particles:
        _ok(any(s.startswith(particle) for s in people.SURNAMES), "a particle is missing")
    assert len(PERSONAL) >= 150 and len(CLEAN) >= 40
    assert len(set(PERSONAL)) == len(PERSONAL) and len(set(CLEAN)) == len(CLEAN)
    assert sum("\n" in t for t in PERSONAL) >= 30
    assert sum(t.startswith("!") for t in PERSONAL + CLEAN) >= 10
    assert len(set(places.TOWNS)) == len(places.TOWNS) >= 200
    assert len(places.NAME_TOWNS) >= 40
    assert len(places.PERSON_LIKE_MERCHANTS) >= 40 and len(places.MERCHANTS) >= 50
    assert len(set(places.MERCHANTS)) == len(places.MERCHANTS)
    words = {word for word, _ in places.THOROUGHFARES}
    assert {"Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Way", "Grove",
            "Gardens", "Terrace", "Mews", "Row", "Walk", "Rise", "Hill", "Court", "Place",
            "Square", "Parade", "Green", "Croft", "Fold", "Garth", "Gate"} <= words  # fmt: skip
    assert set(places.OUTWARD) == set(OUTWARD)
    for shape, pattern in OUTWARD.items():
        for outward in places.OUTWARD[shape]:
            _ok(bool(re.fullmatch(pattern, outward)), "outward code of the wrong shape")
    tlds = {d.rsplit(".", 2)[-2] + "." + d.rsplit(".", 1)[-1] for d in places.SUB_DOMAINS}
    assert {"co.uk", "ac.uk", "nhs.uk", "gov.uk"} <= tlds


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
            _ok(0 <= label.start < label.end <= len(note.text), "label outside its text")
            value = note.text[label.start : label.end]
            _ok(value == value.strip(), "label off its value")
        personal = [lb for lb in note.labels if lb.kind is not Kind.KEEP]
        _ok(bool(personal) != note.clean, "clean flag disagrees with labels")
        for allowed in note.allow:
            _ok(bool(allowed) and allowed == allowed.strip(), "empty allow entry")
    for note in _many_notes():
        _ok(len(note.allow) >= 3, "allow list lacks merchant, order or claim")
        for label in note.labels:
            if label.form in ("order ref (batch)", "order ref (row)", "claim id (row)"):
                _ok(note.text[label.start : label.end] in note.allow, "row ref not allowed")


def test_clean_notes_are_full_of_hard_negatives() -> None:
    clean = [n for n in _many_notes() if n.clean]
    keeps = [lb for n in clean for lb in n.labels]
    assert all(lb.kind is Kind.KEEP for lb in keeps)
    assert len(keeps) >= 4 * len(clean)
    forms_ = {lb.form for lb in keeps}
    assert {"merchant (row)", "product", "town", "occasion", "voucher", "order ref (row)",
            "claim id (row)", "date", "amount", "time", "courier", "network", "site",
            "tracking", "sku"} <= forms_  # fmt: skip
    person_like = set(places.PERSON_LIKE_MERCHANTS)
    merchants = [n.text[lb.start : lb.end] for n in clean for lb in n.labels if lb.form.startswith("merchant")]  # fmt: skip
    assert sum(m in person_like for m in merchants) >= len(merchants) // 2
    towns = {n.text[lb.start : lb.end] for n in _many_notes() for lb in n.labels if lb.form == "town"}  # fmt: skip
    assert len(towns & set(places.NAME_TOWNS)) >= 20


def test_labelled_values_are_what_their_kind_says() -> None:
    for note in _many_notes():
        for label in note.labels:
            value = note.text[label.start : label.end]
            if label.kind is Kind.POSTCODE and label.form.startswith("plain,"):
                _ok(bool(UK_POSTCODE.match(value)), "plain postcode malformed")
                shape = label.form.split(", ")[1].removesuffix(" in caps")
                _ok(bool(re.fullmatch(OUTWARD[shape], value.split()[0])), "postcode shape")
            if label.kind is Kind.POSTCODE and label.form.startswith("eircode"):
                _ok(bool(EIRCODE.match(value)), "eircode malformed")
            if label.kind is Kind.PHONE:
                spoken = "spoken" in label.form or label.form == "doubles"
                _ok(sum(c.isdigit() for c in value) >= 9 or spoken, "phone short")
            if label.kind is Kind.EMAIL and label.form in ("plain", "plus tag", "sub-domain"):
                _ok(value.count("@") == 1 and " " not in value, "plain e-mail malformed")
            if label.kind is Kind.MEMBER:
                _ok(any(c.isdigit() for c in value), "member id without digits")
            if label.kind in NAME_KINDS:
                _ok(any(c.isalpha() for c in value), "name without letters")
            if label.kind is Kind.STREET:
                _ok(any(c.isalpha() for c in value), "street without letters")


def test_written_forms_are_varied() -> None:
    found = _found()
    assert len(found) >= 250
    assert {f for k, f in found if k is Kind.EMAIL} >= set(forms.EMAIL_FORMS)
    assert {f for k, f in found if k is Kind.PHONE} >= set(forms.PHONE_FORMS)
    assert {f.split(",")[0] for k, f in found if k is Kind.POSTCODE} >= set(forms.POSTCODE_FORMS)
    shapes = {
        f.split(", ")[1].removesuffix(" in caps")
        for k, f in found
        if k is Kind.POSTCODE and ", " in f
    }
    assert shapes >= set(OUTWARD)
    assert {f.split(",")[0] for k, f in found if k is Kind.MEMBER} == set(forms.MEMBER_CUES)
    assert {f.split(",")[1] for k, f in found if k is Kind.MEMBER} >= set(forms.MEMBER_SHAPES)
    assert {f for k, f in found if k is Kind.STREET} >= set(forms.STREET_FORMS)
    assert {f for k, f in found if k is Kind.HOUSE} >= set(forms.HOUSE_FORMS)
    names = {f.split(",")[0] for k, f in found if k is Kind.NAME and not f.startswith("script")}
    assert names >= set(forms.NAME_FORMS)
    assert len({f for k, f in found if k in NAME_KINDS}) >= 60
    assert {"staff", "kin", "staff initial"} <= {f for k, f in found if k in NAME_KINDS}
    assert len({f for k, f in found if k is Kind.KEEP}) >= 15
    scripts = {f for k, f in found if f.startswith("script,")}
    assert len(scripts) >= 15
    assert any(f.endswith("in caps") for k, f in found if k is not Kind.KEEP)
    assert len(presidio_templates()) >= 150


def test_the_notes_carry_the_genres_the_set_is_about() -> None:
    texts = [n.text for n in _many_notes() if not n.clean]
    assert sum("Kind regards" in t or "Many thanks" in t for t in texts) >= 10
    assert sum(bool(re.search(r"^\d\d/\d\d [A-Z]{2}:", t, re.M)) for t in texts) >= 3
    assert sum(t.startswith(">") or "\n>" in t for t in texts) >= 5
    assert sum(t == t.upper() and any(c.isalpha() for c in t) for t in texts) >= 20
    caps = [n for n in _many_notes() if n.text == n.text.upper() and not n.clean]
    assert any(lb.form.endswith("in caps") for n in caps for lb in n.labels)


def _table(folder: Path, layout: batch.Layout) -> list[list[str]]:
    path = folder / "inbox" / layout.file
    with path.open(encoding=layout.encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=layout.delimiter))


def test_batch_is_byte_identical_for_one_seed_and_gold_sits_on_its_values(tmp_path: Path) -> None:
    for run in ("a", "b"):
        batch.build_batch(tmp_path / run, 120, seed=7)
    names = sorted(
        str(p.relative_to(tmp_path / "a")) for p in (tmp_path / "a").rglob("*") if p.is_file()
    )
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert len(names) == 4 and mismatch == [] and errors == []
    french = (tmp_path / "a" / "inbox" / batch.FRENCH.file).read_bytes()
    assert not french.startswith(b"\xef\xbb\xbf") and b"\r\n" in french and b";" in french
    with pytest.raises(UnicodeDecodeError):
        french.decode("utf-8")
    polish = (tmp_path / "a" / "inbox" / batch.POLISH.file).read_bytes()
    assert not polish.startswith(b"\xef\xbb\xbf") and polish.decode("utf-8")
    assert polish.split(b"\n", 1)[0].count(b",") == len(batch.POLISH.headers) - 1
    assert not polish.split(b"\n", 1)[0].endswith(b"\r")
    gold = batch.read_gold(tmp_path / "a")
    checked, multiline, forms_ = 0, 0, set()
    for layout in batch.LAYOUTS:
        table = _table(tmp_path / "a", layout)
        assert table[0] == layout.headers and len(table) == 61
        for number, row in enumerate(table[1:], start=1):
            for column, cell in zip(table[0], row, strict=True):
                multiline += "\n" in cell and column != layout.notes
                entries: list[dict[str, Any]] = gold.get((layout.file, number, column), [])
                kinds = [e["kind"] == "KEEP" for e in entries]
                _ok(kinds == sorted(kinds), "personal entries first")
                spans = sorted((e["start"], e["end"]) for e in entries)
                _ok(all(a[1] <= b[0] for a, b in pairwise(spans)), "entries overlap")
                for entry in entries:
                    _ok(0 <= entry["start"] < entry["end"] <= len(cell), f"{column} entry out")
                    value = cell[entry["start"] : entry["end"]]
                    _ok(value == value.strip(), f"{column} entry off its value")
                    _ok(entry["where"] == ("note" if column == layout.notes else "cell"), "where")
                    if entry["where"] == "cell" and entry["kind"] == "KEEP":
                        _ok(value == cell, f"{column} keep entry is not the cell")
                    forms_.add((entry["kind"], entry["form"]))
                _ok(bool(entries) or column == layout.notes or not cell, f"{column} unlabelled")
                if column in batch.KEEP_COLUMNS[layout.file] and cell:
                    _ok(entries[0]["kind"] == "KEEP", f"{column} is not a keep cell")
                checked += len(entries)
    assert checked > 120 * 14 and multiline >= 50
    assert {k for k, _ in forms_} == {k.value for k in Kind}
    assert ("NAME", "cell surname comma given") in forms_
    batch.build_batch(tmp_path / "c", 30, own_orders=False, seed=7)
    assert [p.name for p in (tmp_path / "c" / "orders").iterdir()] == ["orders.csv"]
    with (tmp_path / "c" / "orders" / "orders.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    canonical = load_profile(ROOT / "configs" / "sources" / "orders.yaml").match.headers
    assert header == canonical == list(batch.CANONICAL_ORDER_HEADERS)
    assert [p.name for p in (tmp_path / "a" / "orders").iterdir()] == [batch.OWN_ORDER_FILE]
    own = (tmp_path / "a" / "orders" / batch.OWN_ORDER_FILE).read_bytes()
    assert own.startswith(b"\xef\xbb\xbf") and b"\t" in own and b"\r\n" in own


def test_the_small_batch_builds_and_about_a_third_of_its_notes_are_clean(tmp_path: Path) -> None:
    small = score.SET.sizes["small"]
    batch.build_batch(tmp_path, small.claims)
    gold = batch.read_gold(tmp_path)
    rows = {layout.file: len(_table(tmp_path, layout)) - 1 for layout in batch.LAYOUTS}
    assert sum(rows.values()) == small.claims
    notes = {layout.file: layout.notes for layout in batch.LAYOUTS}
    for file, row, _ in gold:
        assert file in rows and 1 <= row <= rows[file]
    written = [entries for (file, _, column), entries in gold.items() if column == notes[file]]
    personal = sum(any(e["kind"] != "KEEP" for e in entries) for entries in written)
    assert small.claims // 2 <= personal <= small.claims * 3 // 4
    assert len(written) - personal >= small.claims // 5
    assert {
        "road",
        "rd",
        "heol",
        "cottage",
        "gdns",
        "garth",
        "fold",
        "floor",
        "tŷ",
    } <= score.GENERIC


def test_the_pipeline_reads_the_files_with_the_sets_profiles(tmp_path: Path) -> None:
    batch.build_batch(tmp_path, 100, seed=3)
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    assert len(own) == 3 and all(p.name.startswith("fresh13_") for p in own)
    files = sorted((tmp_path / "inbox").iterdir()) + sorted((tmp_path / "orders").iterdir())
    for path in files:
        source = open_source(path, own)
        assert source.profile is not None and source.rows >= 40


def test_the_layouts_are_unknown_to_shipped_profiles_and_known_to_their_own() -> None:
    shipped = load_settings(ROOT / "configs").profiles
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    shipped_headers = {h.casefold() for p in shipped for h in p.match.headers}
    for layout in batch.LAYOUTS:
        assert choose_profile(layout.headers, shipped) is None
        assert not {h.casefold() for h in layout.headers} & shipped_headers
        chosen = choose_profile(layout.headers, own)
        assert chosen is not None and chosen.record == "claims"
        assert chosen.source_columns("notes") == [layout.notes]
        assert chosen.publisher_id == layout.publisher
        mapped = {c for f in chosen.columns for c in chosen.source_columns(f)} | set(chosen.keep)
        assert mapped == set(layout.headers)
    orders = choose_profile(list(batch.OWN_ORDER_HEADERS), own)
    assert orders is not None and orders.record == "orders"
    assert choose_profile(list(batch.OWN_ORDER_HEADERS), shipped) is None
    assert batch.FRENCH.encoding != batch.POLISH.encoding
    assert batch.FRENCH.delimiter != batch.POLISH.delimiter
    assert batch.FRENCH.newline != batch.POLISH.newline


def test_the_scorer_prints_counts_never_values() -> None:
    assert values_printed(cast(Any, own_notes(80))) == 0
    assert values_printed(cast(Any, presidio_notes(40))) == 0


@pytest.mark.parametrize("path", sorted(FRESH13.glob("*.py")), ids=lambda p: p.name)
def test_the_set_imports_nothing_of_the_detector_or_other_sets(path: Path) -> None:
    imported = {m.split(".")[0] for m in imports(path)} - {"__future__"}
    assert imported <= {
        "harness", "fresh13", "collections", "csv", "dataclasses", "datetime", "functools",
        "json", "pathlib", "random", "re", "sys", "typing", "unicodedata",
    }  # fmt: skip


def test_the_detector_never_reads_the_fresh13_set() -> None:
    for path in (ROOT / "pipeline").rglob("*.py"):
        assert "fresh13" not in path.read_text(encoding="utf-8")
