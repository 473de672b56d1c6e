"""One batch end to end with a stub detector: outputs, quarantine, unmapped layouts, no value leaks."""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Sequence
from pathlib import Path

import pytest

from pipeline.config import Settings
from pipeline.detect import BatchValues, Span
from pipeline.pseudonymise import TOKEN_RE
from pipeline.runner import run_batch
from tests.stubs import DenyListScanner, RowOnlyScanner, with_chunk_rows

TCB_HEADER = ["Claim Reference", "Member ID", "Member Name", "Email Address", "Phone", "Address", "Postcode",
              "Retailer", "Order Number", "Transaction Date", "Order Total", "Expected Cashback",
              "Date Claimed", "Member Comments"]  # fmt: skip
# Synthetic people; each value is planted and must never appear in an output.
PEOPLE = [
    ["TCB-0001", "M00417", "Zanele Okonkwo-Smith", "Zanele.OS@example.com", "07700 900417",
     "14 Acacia Avenue\nLeeds", "LS1 4AB", "John Lewis", "07700900999", "03/11/2026", "£1,234.56", "61.73",
     "10/11/2026", "Hi, Zanele Okonkwo-Smith here, ring 07700 900417 about my John Lewis order"],
    ["TCB-0002", "M00418", "wojciech brzęczyszczykiewicz", "wojtek.b@example.org", "+44 113 496 0001",
     "Flat 3, 9 Mill Lane, York", "yo1 7hh", "Ted Baker", "000123", "2026-11-01", "89.00", "4.45",
     "", "email me at wojtek.b@example.org or post to YO1 7HH"],
]  # fmt: skip
ORDERS = [
    ["order_ref", "order_date", "customer_name", "customer_email", "postcode", "order_value", "currency",
     "status", "tracked_publisher_id", "voucher_code"],
    ["07700900999", "2026-11-03", "Zanele Okonkwo-Smith", "zanele.os@example.com", "LS1 4AB", "1234.56",
     "GBP", "completed", "", ""],
]  # fmt: skip
PLANTED = ["Zanele", "Okonkwo", "Zanele.OS@example.com", "zanele.os@example.com", "07700 900417",
           "Acacia Avenue", "LS1 4AB", "M00417", "brzęczyszczykiewicz", "wojtek.b@example.org",
           "496 0001", "Mill Lane", "YO1 7HH", "yo1 7hh", "M00418"]  # fmt: skip


def _write(
    path: Path, rows: list[list[str]], delimiter: str = ",", encoding: str = "utf-8"
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue().encode(encoding))


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _all_output_text(data: Path) -> str:
    """Everything the pipeline wrote outside the vault and the quarantine, as text."""
    texts = []
    for path in sorted(data.rglob("*")):
        if path.is_file() and "vault" not in path.parts and "quarantine" not in path.parts:
            texts.append(path.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(texts)


@pytest.fixture
def workspace(settings: Settings) -> Path:
    data = settings.data_dir
    _write(data / "inbox" / "tcb.csv", [TCB_HEADER, *PEOPLE])
    _write(data / "orders" / "orders.csv", ORDERS)
    return data


def test_batch_writes_redacted_decisions_and_report(settings: Settings, workspace: Path) -> None:
    result = run_batch(settings, scanner=DenyListScanner())
    [file_result] = result.files
    assert file_result.status == "processed"
    assert file_result.rows_in == file_result.rows_out == 2
    redacted = _read(workspace / "out" / "redacted" / "tcb.redacted.csv")
    assert redacted[0] == TCB_HEADER
    assert len(redacted) == 3
    keep = [TCB_HEADER.index(c) for c in ("Claim Reference", "Retailer", "Order Number", "Transaction Date",
                                          "Order Total", "Expected Cashback", "Date Claimed")]  # fmt: skip
    for row, original in zip(redacted[1:], PEOPLE, strict=True):
        for i in keep:
            assert row[i] == original[i], TCB_HEADER[i]
        for column in ("Member ID", "Member Name", "Email Address", "Phone", "Address", "Postcode"):
            assert TOKEN_RE.fullmatch(row[TCB_HEADER.index(column)]), column
    comment = redacted[1][TCB_HEADER.index("Member Comments")]
    assert "John Lewis" in comment and comment.startswith("Hi, NAME_")
    decisions = _read(workspace / "out" / "decisions" / "tcb.decisions.csv")
    assert decisions[0][:5] == ["claim_id", "decision", "reason_code", "commission", "currency"]
    assert decisions[1][:3] == ["TCB-0001", "approve", "APPROVED"]
    assert (workspace / "reports" / f"{result.batch_id}.json").exists()
    assert (workspace / "reports" / f"{result.batch_id}.html").exists()
    assert not (workspace / "inbox" / "tcb.csv").exists()
    assert not (workspace / "orders" / "orders.csv").exists()
    assert result.leak_check is not None and result.leak_check.passed


def test_same_person_same_token_across_files(settings: Settings, workspace: Path) -> None:
    quidco = [
        "claim_no",
        "user_id",
        "first_name",
        "last_name",
        "email",
        "merchant_name",
        "order_id",
        "purchase_date",
        "purchase_amount",
        "claim_date",
        "address_line1",
        "town",
        "post_code",
        "notes",
    ]
    row = ["Q-1", "U1", "Zanele", "Okonkwo-Smith", " ZANELE.os@Example.com ", "Argos", "A-1", "01/11/2026",
           "10.00", "02/11/2026", "14 Acacia Avenue", "Leeds", "ls14ab", "café"]  # fmt: skip
    _write(workspace / "inbox" / "quidco.csv", [quidco, row], delimiter=";", encoding="cp1252")
    run_batch(settings, scanner=DenyListScanner())
    tcb = _read(workspace / "out" / "redacted" / "tcb.redacted.csv")[1]
    qc = _read(workspace / "out" / "redacted" / "quidco.redacted.csv")[1]
    assert qc[quidco.index("email")] == tcb[TCB_HEADER.index("Email Address")]
    assert qc[quidco.index("post_code")] == tcb[TCB_HEADER.index("Postcode")]
    assert qc[quidco.index("notes")] == "café"


def test_bad_file_is_quarantined_and_the_rest_goes_on(settings: Settings, workspace: Path) -> None:
    (workspace / "inbox" / "broken.csv").write_bytes(b"a,b\n1,\x81\x8d\n")
    (workspace / "inbox" / "empty.csv").write_bytes(b"")
    _write(workspace / "inbox" / "ragged.csv", [TCB_HEADER, PEOPLE[0][:5]])
    result = run_batch(settings, scanner=DenyListScanner())
    status = {f.name: f.status for f in result.files}
    assert status == {"broken.csv": "quarantined", "empty.csv": "quarantined", "ragged.csv": "quarantined",
                      "tcb.csv": "processed"}  # fmt: skip
    reason = (workspace / "quarantine" / "broken.csv.reason.txt").read_text()
    assert "broken.csv, line 2, column 3" in reason and "UTF-8" in reason
    assert "line 2" in (workspace / "quarantine" / "ragged.csv.reason.txt").read_text()
    assert (workspace / "quarantine" / "empty.csv").exists()
    assert (workspace / "out" / "redacted" / "tcb.redacted.csv").exists()


def test_unknown_layout_is_redacted_by_content_and_answered_unmapped(
    settings: Settings, workspace: Path
) -> None:
    rows = [["f1", "f2", "f3", "f4"]] + [
        [f"X{i:03d}", f"person{i}@example.net", f"07700 900{i:03d}", f"LS{i % 9 + 1} {i % 9}AB"]
        for i in range(30)
    ]
    _write(workspace / "inbox" / "mystery.csv", rows)
    run_batch(settings, scanner=DenyListScanner())
    redacted = _read(workspace / "out" / "redacted" / "mystery.redacted.csv")
    assert all(TOKEN_RE.fullmatch(r[1]) and TOKEN_RE.fullmatch(r[2]) for r in redacted[1:])
    assert [r[0] for r in redacted[1:]] == [r[0] for r in rows[1:]]
    decisions = _read(workspace / "out" / "decisions" / "mystery.decisions.csv")
    assert {(d[1], d[2]) for d in decisions[1:]} == {("query", "UNMAPPED_SOURCE")}


def test_no_planted_value_in_any_output(settings: Settings, workspace: Path) -> None:
    run_batch(settings, scanner=DenyListScanner())
    text = _all_output_text(workspace).casefold()
    leaked = [i for i, value in enumerate(PLANTED) if value.casefold() in text]
    assert not leaked, f"planted values {leaked} found in outputs"


def test_same_bytes_under_another_name_are_processed_once(
    settings: Settings, workspace: Path
) -> None:
    first = run_batch(settings, scanner=DenyListScanner())
    assert [f.status for f in first.files] == ["processed"]
    _write(workspace / "inbox" / "copy-of-tcb.csv", [TCB_HEADER, *PEOPLE])
    second = run_batch(settings, scanner=DenyListScanner())
    assert [f.status for f in second.files] == ["duplicate"]
    assert not (workspace / "inbox" / "copy-of-tcb.csv").exists()


@pytest.mark.parametrize(
    ("chunk_rows", "held"), [(1000, None), (1, None), (1, 1)], ids=["one-chunk", "two", "overflow"]
)
def test_member_id_equal_to_another_rows_order_number_is_not_a_leak(
    settings: Settings, chunk_rows: int, held: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Row 1's member id is row 2's order number, which row 2's comment quotes.

    The order number is never personal, so the residual-leak check must not fail the file,
    whether the two rows share a chunk or not, and also when the file-wide check has no room
    for the value (the chunk check then searches it in its own chunk).
    """
    if held is not None:
        monkeypatch.setattr("pipeline.runner.gate.MAX_FILE_LEAK_VALUES", held)
    first, second = list(PEOPLE[0]), list(PEOPLE[1])
    first[1] = "40012345"
    second[8] = "40012345"
    second[13] = "order 40012345 was never tracked"
    data = settings.data_dir
    _write(data / "inbox" / "tcb.csv", [TCB_HEADER, first, second])
    result = run_batch(with_chunk_rows(settings, chunk_rows), scanner=DenyListScanner())
    assert [f.status for f in result.files] == ["processed"]
    redacted = _read(data / "out" / "redacted" / "tcb.redacted.csv")
    assert redacted[2][13] == "order 40012345 was never tracked"
    assert TOKEN_RE.fullmatch(redacted[1][1])


@pytest.mark.parametrize("chunk_rows", [1, 1000])
def test_another_rows_email_in_a_comment_fails_the_leak_check(
    settings: Settings, chunk_rows: int
) -> None:
    """A detector that finds only a row's own values; the leak check catches the rest."""
    second = list(PEOPLE[1])
    second[13] = "my sister Zanele.OS@example.com claimed too"
    data = settings.data_dir
    _write(data / "inbox" / "tcb.csv", [TCB_HEADER, PEOPLE[0], second])
    result = run_batch(with_chunk_rows(settings, chunk_rows), scanner=RowOnlyScanner())
    assert [f.status for f in result.files] == ["leak"]
    assert not (data / "out" / "redacted" / "tcb.redacted.csv").exists()
    published = [p for p in (data / "out").rglob("*") if p.is_file()]
    assert not any(b"zanele.os" in p.read_bytes().lower() for p in published)


def test_decimal_comma_profile_reads_european_amounts_and_names_bad_cells(
    settings: Settings, tmp_path: Path
) -> None:
    """A semicolon file whose profile says ``decimal_separator: ","``: amounts read, never guessed."""
    [tcb] = [p for p in settings.profiles if p.name == "topcashback"]
    eu = tcb.model_copy(
        update={
            "name": "topcashback_eu",
            "decimal_separator": ",",
            "match": tcb.match.model_copy(update={"folder": "topcashback_eu"}),
        }
    )
    settings = settings.model_copy(update={"profiles": [*settings.profiles, eu]})
    data = settings.data_dir
    rows = [
        ["TCB-1", "M1", "Ilse de Vries", "ilse@example.nl", "", "", "", "Ted Baker", "R1",
         "03/11/2026", "12,50", "", "10/11/2026", ""],
        ["TCB-2", "M2", "jürgen weiß", "jw@example.de", "", "", "", "John Lewis", "R2",
         "03/11/2026", "€1.234,56", "", "10/11/2026", ""],
        ["TCB-3", "M3", "Søren Ødegård", "so@example.dk", "", "", "", "Argos", "R3",
         "03/11/2026", "1.234", "", "10/11/2026", ""],
        ["TCB-4", "M4", "Amaia Etxeberria", "ae@example.es", "", "", "", "Argos", "R4",
         "03/11/2026", "-12,50", "", "10/11/2026", ""],
        ["TCB-5", "M5", "Nguyễn Thị Lan", "ntl@example.vn", "", "", "", "Argos", "R5",
         "03/11/2026", "40,00", "", "10/11/2026", ""],
    ]  # fmt: skip
    _write(data / "inbox" / "topcashback_eu" / "eu.csv", [TCB_HEADER, *rows], delimiter=";")
    orders = [ORDERS[0]] + [
        [ref, "2026-11-03", "", "", "", value, "GBP", "completed", "", ""]
        for ref, value in [("R1", "12.50"), ("R2", "1234.56"), ("R3", "1234.00"),
                           ("R4", "12.50"), ("R5", "-40.00")]
    ]  # fmt: skip
    _write(data / "orders" / "orders.csv", orders)
    run_batch(settings, scanner=DenyListScanner())
    decisions = _read(data / "out" / "decisions" / "topcashback_eu.eu.decisions.csv")
    header = decisions[0]
    got = [
        (r[0], r[1], r[2], r[3], r[header.index("claimed_value")], r[header.index("order_value")])
        for r in decisions[1:]
    ]
    assert got == [
        ("TCB-1", "approve", "APPROVED", "1.00", "12.50", "12.50"),  # Ted Baker earns 8 %
        ("TCB-2", "approve", "APPROVED", "37.04", "1234.56", "1234.56"),  # John Lewis: 3 %
        ("TCB-3", "query", "INVALID_CLAIM", "", "", ""),
        ("TCB-4", "query", "INVALID_CLAIM", "", "-12.50", ""),
        ("TCB-5", "decline", "ORDER_RETURNED", "", "40.00", "-40.00"),
    ]
    assert decisions[3][header.index("reason")] == (
        "missing, ambiguous or unreadable: order_value (column 'Order Total', line 4)"
    )
    assert [r[header.index("matched_by")] for r in decisions[1:]] == [
        "order_ref", "order_ref", "", "", "order_ref"
    ]  # fmt: skip
    text = _all_output_text(data)
    for planted in ("Ilse", "jürgen", "Ødegård", "Etxeberria", "Nguyễn", "ilse@example.nl"):
        assert planted not in text


def test_free_text_is_scanned_in_steps_none_shorter_than_scan_step(
    settings: Settings, workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Five notes at a step of two are scanned as 3 + 2, not 2 + 2 + 1: a short last step
    would fall below detection.min_texts_per_process and run NER in the driver alone."""
    rows = [[f"TCB-{n:04}", *PEOPLE[n % 2][1:-1], f"note {n}"] for n in range(5)]
    _write(workspace / "inbox" / "tcb.csv", [TCB_HEADER, *rows])
    monkeypatch.setattr("pipeline.runner.redact.SCAN_STEP", 2)
    sizes: list[int] = []

    class Recording(DenyListScanner):
        def scan(
            self,
            texts: Sequence[str],
            deny: Sequence[Sequence[tuple[str, str]]],
            allow: Sequence[Collection[str]],
            batch: BatchValues | None = None,
        ) -> list[list[Span]]:
            sizes.append(len(texts))
            return super().scan(texts, deny, allow, batch)

    result = run_batch(settings, scanner=Recording())
    assert [f.status for f in result.files] == ["processed"]
    assert sizes == [3, 2]


def test_a_town_in_a_kept_column_is_kept_though_someone_bears_its_name() -> None:
    # "Kendal" is a town of the gazetteer and a given name: in the town column it stays.
    import pandas as pd

    from pipeline.detect.columns import ColumnPlan
    from pipeline.models import Method
    from pipeline.pseudonymise import Tokeniser
    from pipeline.runner.plan import Plan, Roles
    from pipeline.runner.redact import Redactor

    plan = Plan({
        "given": ColumnPlan("given", "NAME", Method.PROFILE, 1.0, "profile"),
        "town": ColumnPlan("town", None, Method.PROFILE, 1.0, "profile"),
    })  # fmt: skip
    frame = pd.DataFrame({"given": ["Kendal", "Ama"], "town": ["Kendal", "Ama"]})
    redactor = Redactor(Tokeniser(b"k" * 32, 1), scanner=None)  # type: ignore[arg-type]
    screened = redactor.screen(frame, plan, Roles(), {}, ())
    assert screened.frame["town"].tolist()[0] == "Kendal", "a town replaced for a name"
    assert screened.frame["town"].tolist()[1] != "Ama", "a name in the town column kept"
