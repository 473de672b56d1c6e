"""Tests for the sample generator, the committed samples, the evaluation set and its scorer."""

from __future__ import annotations

import csv
import filecmp
import importlib.util
import io
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from pipeline.config import SourceProfile, load_settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EVAL = ROOT / "tests" / "quality" / "data"
ALL_REASONS = {
    "INVALID_CLAIM",
    "ORDER_NOT_FOUND",
    "DUPLICATE_CLAIM",
    "ORDER_CANCELLED",
    "ORDER_RETURNED",
    "ALREADY_TRACKED",
    "TRACKED_TO_ANOTHER_PUBLISHER",
    "OUTSIDE_CLAIM_WINDOW",
    "ORDER_PENDING",
    "AMOUNT_MISMATCH",
    "APPROVED",
    "AMBIGUOUS_MATCH",
    "UNMAPPED_SOURCE",
}


def _load(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return _load("sample_generator", SAMPLES / "generate.py")


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    return _load("quality_evaluate", ROOT / "tests" / "quality" / "evaluate.py")


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return _load("quality_build", ROOT / "tests" / "quality" / "build.py")


@pytest.fixture(scope="module")
def profiles() -> dict[str, SourceProfile]:
    return {p.name: p for p in load_settings().profiles}


def _files(folder: Path) -> list[Path]:
    skip = ("__pycache__", ".parts-")
    return sorted(
        p for p in folder.rglob("*") if p.is_file() and not any(s in str(p) for s in skip)
    )


def _read(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return [row for row in csv.reader(handle, delimiter=delimiter) if row]


# ---------------------------------------------------------------------------- the generator


def test_default_run_regenerates_the_committed_samples_byte_for_byte(
    generator: ModuleType, tmp_path: Path
) -> None:
    generator.generate(tmp_path)
    produced = [p.relative_to(tmp_path) for p in _files(tmp_path)]
    committed = [
        p.relative_to(SAMPLES)
        for p in _files(SAMPLES)
        if p.suffix != ".py" and p.name != "README.md"
    ]
    assert produced == committed
    _, mismatch, errors = filecmp.cmpfiles(
        tmp_path, SAMPLES, [str(p) for p in produced], shallow=False
    )
    assert mismatch == [] and errors == []


def test_generator_is_deterministic_for_other_sizes_and_seeds(
    generator: ModuleType, tmp_path: Path
) -> None:
    for run in ("a", "b"):
        generator.generate(tmp_path / run, rows=23, seed=7, layouts=["quidco", "topcashback"])
    names = [str(p.relative_to(tmp_path / "a")) for p in _files(tmp_path / "a")]
    _, mismatch, errors = filecmp.cmpfiles(tmp_path / "a", tmp_path / "b", names, shallow=False)
    assert names and mismatch == [] and errors == []


def test_large_runs_are_written_in_parts_deterministically(
    generator: ModuleType,
    profiles: dict[str, SourceProfile],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(generator, "SHARD_ROWS", 50)
    for run in ("a", "b"):
        generator.generate(tmp_path / run, rows=120, layouts=["easyfundraising", "quidco"])
    path = tmp_path / "a" / "inbox" / "easyfundraising_claims_2026-09.txt"
    assert filecmp.cmp(path, tmp_path / "b" / "inbox" / path.name, shallow=False)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    rows = _read(path, "utf-8-sig", "|")
    assert len(rows) == 121
    expected = _read(tmp_path / "a" / "expected_decisions.csv", "utf-8", ",")
    assert [int(r[1]) for r in expected[1:]] == list(range(1, 121)) * 2
    refs = [r[0] for r in _read(tmp_path / "a" / "orders" / "orders.csv", "utf-8", ",")[1:]]
    assert len(refs) == len(set(refs))  # parts never issue the same order ref
    _check_decisions(tmp_path / "a", generator, profiles, ["easyfundraising", "quidco"])


def test_profiles_headers_match_the_generator(
    generator: ModuleType, profiles: dict[str, SourceProfile]
) -> None:
    layouts = generator.load_layouts()
    for name, profile in profiles.items():
        if profile.record == "claims":
            assert list(layouts[name].headers) == profile.match.headers
    unprofiled = [name for name, layout in layouts.items() if not layout.profiled]
    assert unprofiled and all(name not in profiles for name in unprofiled)


# ---------------------------------------------------------------------------- the samples


def test_every_sample_file_decodes_as_intended(generator: ModuleType) -> None:
    for layout in generator.load_layouts().values():
        if layout.name not in generator.SAMPLE_LAYOUTS:
            continue
        path = SAMPLES / "inbox" / layout.file_name
        raw = path.read_bytes()
        raw.decode(layout.encoding)  # strict
        rows = _read(path, layout.encoding, layout.delimiter)
        assert rows[0] == list(layout.headers), layout.name
        assert all(len(r) == len(layout.headers) for r in rows), layout.name
        assert len(rows) - 1 >= 50, layout.name
        if layout.name == "quidco":
            with pytest.raises(UnicodeDecodeError):
                raw.decode("utf-8")
            text = raw.decode("cp1252")
            assert "£" in text and any(c in text for c in "éèáóíúü")
        if layout.name == "easyfundraising":
            assert raw.startswith(b"\xef\xbb\xbf")
        if layout.name == "kidstart":
            assert any("\n" in cell for row in rows[1:] for cell in row)


def test_samples_carry_the_hard_cases(generator: ModuleType) -> None:
    text = ""
    for layout in generator.load_layouts().values():
        if layout.name in generator.SAMPLE_LAYOUTS:
            text += (SAMPLES / "inbox" / layout.file_name).read_text(encoding=layout.encoding)
    assert any("\u4e00" <= c <= "\u9fff" for c in text)  # Han script
    assert any("\u0600" <= c <= "\u06ff" for c in text)  # Arabic script
    for needle in (
        "O'",
        "John Lewis",
        "Ted Baker",
        "Jo Malone",
        "Marks & Spencer",
        "£",
        "+44",
        "0044",
        "07700900",
        "example.com",
        "example.co.uk",
        ",000",
        "My husband",
    ):
        assert needle in text, needle


def _text(path: Path) -> io.StringIO:
    """A file's text, line ends as written (for csv readers; no file left open)."""
    return io.StringIO(path.read_bytes().decode("utf-8"), newline="")


def test_every_decision_reason_is_planted() -> None:
    rows = list(csv.DictReader(_text(SAMPLES / "expected_decisions.csv")))
    assert {r["reason_code"] for r in rows} == ALL_REASONS
    assert all(r["commission"] for r in rows if r["decision"] == "approve")


# A small reference implementation of design section 6, independent of the generator's plans.


def _money(text: str) -> Decimal | None:
    cleaned = text.replace("£", "").replace(",", "").strip()
    try:
        value = Decimal(cleaned)
    except ArithmeticError:
        return None
    return value if value.is_finite() else None


def _date(text: str, formats: list[str]) -> date | None:
    for fmt in formats:
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def _ref(text: str) -> str:
    return text.strip().upper().lstrip("#").replace(" ", "")


def _email(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split()).lower()


def _check_decisions(
    folder: Path, generator: ModuleType, profiles: dict[str, SourceProfile], names: Sequence[str]
) -> None:
    """Decide every claim under ``folder`` by design section 6; compare expected_decisions.csv."""
    settings = load_settings()
    rules = settings.rules
    orders_profile = profiles["orders"]
    orders: list[dict[str, Any]] = []
    for row in csv.DictReader(_text(folder / "orders" / "orders.csv")):
        orders.append(
            {
                "ref": _ref(row["order_ref"]),
                "day": _date(row["order_date"], orders_profile.date_formats),
                "email": _email(row["customer_email"]),
                "value": Decimal(row["order_value"]),
                "status": row["status"],
                "tracked": row["tracked_publisher_id"],
            }
        )
    by_ref = {o["ref"]: o for o in orders}
    assert len(by_ref) == len(orders)

    def tolerance(value: Decimal) -> Decimal:
        return max(rules.value_tolerance_abs, value * rules.value_tolerance_pct / 100)

    decided: dict[tuple[str, int], tuple[str, str]] = {}
    matched: set[str] = set()
    layouts = sorted(
        (lay for lay in generator.load_layouts().values() if lay.name in names),
        key=lambda lay: lay.file_name,
    )
    for layout in layouts:
        rows = _read(folder / "inbox" / layout.file_name, layout.encoding, layout.delimiter)
        header, body = rows[0], rows[1:]
        profile = next((p for p in profiles.values() if p.match.headers == header), None)
        for number, cells in enumerate(body, start=1):
            key = (layout.file_name, number)
            if profile is None:
                decided[key] = ("UNMAPPED_SOURCE", "")
                continue
            get = {
                f: " ".join(cells[header.index(c)] for c in profile.source_columns(f))
                for f in (
                    "claim_id",
                    "order_ref",
                    "customer_email",
                    "transaction_date",
                    "order_value",
                    "claim_date",
                    "publisher_id",
                    "merchant",
                )
            }
            tx, value = (
                _date(get["transaction_date"], profile.date_formats),
                _money(get["order_value"]),
            )
            # No claim date: the claim counts from the batch date (CLAIMS_NOW for the samples).
            claimed = (
                _date(get["claim_date"], profile.date_formats)
                if get["claim_date"].strip()
                else generator.BATCH_DAY
            )
            bad_claim_date = claimed is None
            ref, email = _ref(get["order_ref"]), _email(get["customer_email"])
            if (
                not get["claim_id"].strip()
                or not (ref or email)
                or tx is None
                or value is None
                or bad_claim_date
            ):
                decided[key] = ("INVALID_CLAIM", "")
                continue
            if ref:
                order = by_ref.get(ref)
            else:
                found = [
                    o
                    for o in orders
                    if o["email"] == email
                    and abs((o["day"] - tx).days) <= rules.date_window_days
                    and abs(value - o["value"]) <= tolerance(o["value"])
                ]
                if len(found) > 1:
                    decided[key] = ("AMBIGUOUS_MATCH", "")
                    continue
                order = found[0] if found else None
            if order is None:
                decided[key] = ("ORDER_NOT_FOUND", "")
                continue
            publisher = get["publisher_id"].strip() or profile.publisher_id
            if order["ref"] in matched:
                reason = "DUPLICATE_CLAIM"
            elif order["status"] in ("cancelled", "returned"):
                reason = f"ORDER_{order['status'].upper()}"
            elif order["tracked"]:
                reason = (
                    "ALREADY_TRACKED"
                    if order["tracked"] == publisher
                    else "TRACKED_TO_ANOTHER_PUBLISHER"
                )
            elif (claimed - order["day"]).days > rules.claim_window_days:
                reason = "OUTSIDE_CLAIM_WINDOW"
            elif order["status"] == "pending":
                reason = "ORDER_PENDING"
            elif abs(value - order["value"]) > tolerance(order["value"]):
                reason = "AMOUNT_MISMATCH"
            else:
                reason = "APPROVED"
            matched.add(order["ref"])
            commission = ""
            if reason == "APPROVED":
                rate = rules.rate_for(get["merchant"])
                commission = str(
                    (order["value"] * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
                )
            decided[key] = (reason, commission)
    expected = {
        (r["file"], int(r["row"])): (r["reason_code"], r["commission"])
        for r in csv.DictReader(_text(folder / "expected_decisions.csv"))
    }
    wrong = sorted(k for k in expected if decided.get(k) != expected[k])
    assert not wrong, f"{len(wrong)} rows decide differently, first: {wrong[:5]}"
    assert set(decided) == set(expected)


def test_expected_decisions_follow_the_rules(
    generator: ModuleType, profiles: dict[str, SourceProfile]
) -> None:
    _check_decisions(SAMPLES, generator, profiles, generator.SAMPLE_LAYOUTS)


# ---------------------------------------------------------------------------- the evaluation set


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((EVAL / "manifest.json").read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def gold() -> list[dict[str, Any]]:
    with (EVAL / "gold.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def test_eval_set_size_and_layouts(
    manifest: dict[str, Any], profiles: dict[str, SourceProfile]
) -> None:
    files = manifest["files"]
    assert sum(f["rows"] for f in files) >= 2000
    assert len({f["layout"] for f in files}) >= 6
    cryptic = [f for f in files if f["profile"] is None]
    assert len(cryptic) >= 2
    for f in cryptic:  # no profile claims these headers
        assert all(not set(p.match.headers) <= set(f["columns"]) for p in profiles.values())
    encodings = {(f["encoding"], f["delimiter"]) for f in files}
    assert ("cp1252", ";") in encodings and ("utf-8", "\t") in encodings


def test_eval_gold_matches_the_cells(manifest: dict[str, Any], gold: list[dict[str, Any]]) -> None:
    tables = {}
    for f in manifest["files"]:
        rows = _read(EVAL / "inbox" / f["file"], f["encoding"], f["delimiter"])
        assert rows[0] == f["columns"] and len(rows) - 1 == f["rows"]
        tables[f["file"]] = rows
    bad = []
    for number, entry in enumerate(gold):
        rows = tables[entry["file"]]
        cell = rows[entry["row"]][rows[0].index(entry["column"])]
        piece = cell[entry["start"] : entry["end"]] if "start" in entry else cell
        if piece != entry["value"]:
            bad.append(number)
    assert not bad, f"{len(bad)} gold lines do not match their cell, first lines: {bad[:5]}"
    kinds = Counter((e["kind"], "start" in e) for e in gold)
    for kind in ("NAME", "EMAIL", "PHONE", "ADDRESS", "POSTCODE"):
        assert kinds[(kind, False)] and kinds[(kind, True)], kind
    assert (
        kinds[("MEMBER", False)]
        and kinds[("NINO", True)]
        and kinds[("KEEP", False)]
        and kinds[("KEEP", True)]
    )


def test_eval_set_rebuilds_identically(builder: ModuleType, tmp_path: Path) -> None:
    builder.build(tmp_path)
    names = [str(p.relative_to(EVAL)) for p in _files(EVAL)]
    assert names == [str(p.relative_to(tmp_path)) for p in _files(tmp_path)]
    _, mismatch, errors = filecmp.cmpfiles(EVAL, tmp_path, names, shallow=False)
    assert mismatch == [] and errors == []


# ---------------------------------------------------------------------------- the scorer


def _redact_by_gold(cell: str, labels: list[Any]) -> str:
    """The cell with each labelled personal span replaced by a token (a perfect redactor)."""
    for label in sorted(labels, key=lambda lab: lab.start, reverse=True):
        if label.kind != "KEEP":
            cell = cell[: label.start] + f"{label.kind}_1_" + "A" * 26 + cell[label.end :]
    return cell


def test_scorer_gives_perfect_redaction_no_leaks_and_none_at_all_every_leak(
    scorer: ModuleType,
) -> None:
    dataset = scorer.load_dataset(EVAL)
    perfect: dict[str, Any] = {}
    untouched: dict[str, Any] = {}
    for file in dataset.files:
        header, rows = dataset.cells[file]
        untouched[file] = (header, rows)
        redacted = []
        for number, row in enumerate(rows, start=1):
            out = list(row)
            for i, column in enumerate(header):
                labels = dataset.gold.get((file, number, column), [])
                if labels and labels[0].where == "text":
                    out[i] = _redact_by_gold(row[i], labels)
                elif labels and labels[0].kind != "KEEP":
                    out[i] = f"{labels[0].kind}_1_" + "B" * 26
            redacted.append(out)
        perfect[file] = (header, redacted)
    subset = {file: range(1, 41) for file in dataset.files}  # 360 rows keep the test quick
    clean = scorer.score(dataset, perfect, subset)
    assert not clean.problems and clean.keep_changed == 0 and clean.keep_lost == 0
    assert clean.rows == 360 and all(
        t.leaked == 0 and t.partial == 0 for t in clean.tallies.values()
    )
    leaky = scorer.score(dataset, untouched, subset)
    assert all(t.leaked == t.planted for t in leaky.tallies.values())
    assert leaky.keep_changed == 0 and leaky.keep_lost == 0


def test_scorer_leak_rules(scorer: ModuleType) -> None:
    gold = scorer.Gold

    def judge(
        original: str, redacted: str, *labels: tuple[str, str]
    ) -> tuple[set[int], set[int], set[int]]:
        spans = []
        for kind, value in labels:
            start = original.index(value)
            spans.append(gold("f", 1, "c", kind, value, start, start + len(value)))
        result: tuple[set[int], set[int], set[int]] = scorer.judge_text(original, redacted, spans)
        return result

    text = "Call Jane Doe on 07700 900123 or jane.doe@example.com, order 07700900612 at John Lewis"
    labels = (
        ("NAME", "Jane Doe"),
        ("PHONE", "07700 900123"),
        ("EMAIL", "jane.doe@example.com"),
        ("KEEP", "07700900612"),
        ("KEEP", "John Lewis"),
    )
    # Case changes and a reformatted phone number still leak.
    leaked, _, lost = judge(
        text, text.upper().replace("07700 900123", "+44 (0)7700-900-123"), *labels
    )
    assert leaked == {0, 1, 2} and not lost
    # Tokens never count as leaks, even when their letters spell a value.
    redacted = (
        "Call NAME_1_JANEDOEJANEDOEJANEDOE23 on PHONE_1_AAAAAAAAAAAAAAAAAAAAAA or "
        "EMAIL_1_AAAAAAAAAAAAAAAAAAAAAA, order 07700900612 at John Lewis"
    )
    assert judge(text, redacted, *labels) == (set(), set(), set())
    # A surname left behind is a partial leak; a damaged merchant is a lost mention.
    _, partial, lost = judge(
        text, text.replace("Jane Doe", "<PERSON> Doe").replace("John Lewis", "<PERSON>"), *labels
    )
    assert partial == {0} and lost == {4}
    # A name inside a leaked email counts once, as the email.
    leaked, _, _ = judge(
        "mail jane@example.com, Jane",
        "mail jane@example.com, <PERSON>",
        ("EMAIL", "jane@example.com"),
        ("NAME", "Jane"),
    )
    assert leaked == {0}
    # Word boundaries: "Li" is not found inside "delivered".
    assert (
        judge("Li ordered", "NAME_1_AAAAAAAAAAAAAAAAAAAAAA delivered", ("NAME", "Li"))[0] == set()
    )
