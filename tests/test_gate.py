"""Columns, must-keep columns and the publishing gate, end to end with the stub detector.

Layouts no profile knows and profiled files whose must-keep columns hold personal data:
nothing personal is published, every must-keep cell that is not personal is byte-identical,
and the batch report is always written.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Collection, Sequence
from pathlib import Path

from pipeline.config import Settings
from pipeline.detect import BatchValues, Span
from pipeline.models import Kind
from pipeline.operations import Operations
from pipeline.pseudonymise import TOKEN_RE
from pipeline.report import load_report
from pipeline.report.audit import verify_audit
from pipeline.runner import run_batch
from tests.stubs import DenyListScanner

TCB_HEADER = ["Claim Reference", "Member ID", "Member Name", "Email Address", "Phone", "Address",
              "Postcode", "Retailer", "Order Number", "Transaction Date", "Order Total",
              "Expected Cashback", "Date Claimed", "Member Comments"]  # fmt: skip


def _write(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue().encode("utf-8"))


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _outputs(data: Path) -> str:
    """Everything written outside the vault and the quarantine."""
    return "\n".join(
        p.read_bytes().decode("utf-8", errors="replace")
        for p in sorted(data.rglob("*"))
        if p.is_file() and "vault" not in p.parts and "quarantine" not in p.parts
    )


def _tcb_row(i: int, **cells: str) -> list[str]:
    row = dict(zip(TCB_HEADER, [
        f"TCB-{i:04d}", f"M{i:05d}", f"Amara Nwosu{i}", f"amara{i}@example.com", "07700 900417",
        "14 Acacia Avenue, Leeds", "LS1 4AB", "John Lewis", f"ORD{i:06d}", "03/11/2026",
        "£100.00", "5.00", "10/11/2026", "please chase",
    ], strict=True))  # fmt: skip
    row.update({k.replace("_", " "): v for k, v in cells.items()})
    return [row[c] for c in TCB_HEADER]


# ---------------------------------------------------------------- unknown layouts


def test_unknown_layout_header_beats_content_and_mixed_contact_cells_are_split(
    settings: Settings,
) -> None:
    data = settings.data_dir
    header = ["Claim ID", "House & Street", "Contact", "Shop", "Amount", "Comment"]
    streets = ["147 Sam Plain", "Ivy House", "80 Carly Light", "the old mill", "Flat 2"]
    contacts = ["07116.853989, gallet.franck@outlook.com", "Sepp <sepp.huber@gmx.de>",
                "+49 (0)711 6853989", "Aoife Ní Bhriain - aoife@example.ie"]  # fmt: skip
    rows = [
        [f"CLM7{i:05d}", streets[i % 5], contacts[i % 4], "Boots", f"{10 + i}.00", "not tracked"]
        for i in range(20)
    ]
    _write(data / "inbox" / "partner.csv", [header, *rows])
    result = run_batch(settings, scanner=DenyListScanner())
    [done] = result.files
    assert done.status == "processed", done.leaks
    out = _read(data / "out" / "redacted" / "partner.redacted.csv")
    text = _outputs(data)
    for value in [*streets, "07116.853989", "gallet", "Sepp", "sepp.huber", "6853989", "Aoife"]:
        assert value not in text, value
    for row, original in zip(out[1:], rows, strict=True):
        assert TOKEN_RE.fullmatch(row[1])
        for i in (0, 3, 4, 5):  # kept cells are byte-identical
            assert row[i] == original[i]
    assert out[1][2].count("_") >= 4 and ", " in out[1][2]  # two tokens, the comma kept
    kinds = {c.column: c.kind for c in done.columns}
    assert kinds["House & Street"] == "ADDRESS" and kinds["Shop"] is None
    # the claim-id column is clear from header and content: real ids in the decisions
    decisions = _read(data / "out" / "decisions" / "partner.decisions.csv")
    assert decisions[1][0] == "CLM700000" and decisions[1][2] == "UNMAPPED_SOURCE"


def test_unknown_layout_without_a_claim_id_column_keeps_line_ids(settings: Settings) -> None:
    data = settings.data_dir
    _write(data / "inbox" / "x.csv", [["f1", "f2"], ["Zofia Wójcik", "12.00"], ["Li Wei", "3.00"]])
    run_batch(settings, scanner=DenyListScanner())
    decisions = _read(data / "out" / "decisions" / "x.decisions.csv")
    assert [d[0] for d in decisions[1:]] == ["L2", "L3"]


# ---------------------------------------------------------------- must-keep columns


class _RecordingScanner(DenyListScanner):
    """The stub detector, keeping what each row allowed through its text."""

    def __init__(self) -> None:
        self.allowed: list[set[str]] = []

    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
        batch: BatchValues | None = None,
    ) -> list[list[Span]]:
        self.allowed.extend(set(a) for a in allow)
        return super().scan(texts, deny, allow, batch)


def test_personal_data_in_retailer_is_replaced_and_reported(settings: Settings) -> None:
    data = settings.data_dir
    rows = [_tcb_row(i) for i in range(6)]
    # the customer's own name and an e-mail in Retailer; the comment repeats the name
    rows[1] = _tcb_row(1, Retailer="Amara Nwosu1", Member_Comments="ask Amara Nwosu1 again")
    rows[2] = _tcb_row(2, Retailer="zoltan.kiss@example.hu")
    _write(data / "inbox" / "tcb.csv", [TCB_HEADER, *rows])
    scanner = _RecordingScanner()
    result = run_batch(settings, scanner=scanner)
    [done] = result.files
    assert done.status == "processed", done.leaks
    text = _outputs(data)
    assert "Amara Nwosu1" not in text and "zoltan.kiss" not in text
    out = _read(data / "out" / "redacted" / "tcb.redacted.csv")
    retailer = TCB_HEADER.index("Retailer")
    assert TOKEN_RE.fullmatch(out[2][retailer]) and TOKEN_RE.fullmatch(out[3][retailer])
    assert [r[retailer] for r in out[4:]] == ["John Lewis"] * 3  # real merchants stay
    # a name in the merchant column is no allowance in any row's text; a real merchant is
    assert scanner.allowed and all("Amara Nwosu1" not in a for a in scanner.allowed)
    assert all("John Lewis" in a for a in scanner.allowed)
    assert "profile problem" in done.reason
    [column] = [c for c in done.columns if c.column == "Retailer"]
    assert column.count == 2 and "EMAIL" in column.reason and "NAME" in column.reason


def test_a_shifted_row_does_not_publish_the_postcode_in_retailer(settings: Settings) -> None:
    data = settings.data_dir
    rows = [_tcb_row(i) for i in range(4)]
    shifted = _tcb_row(3)
    shifted = [*shifted[:6], shifted[6], *shifted[6:-1]]  # the postcode twice: one column off
    rows[3] = shifted
    _write(data / "inbox" / "tcb.csv", [TCB_HEADER, *rows])
    result = run_batch(settings, scanner=DenyListScanner())
    out = _read(data / "out" / "redacted" / "tcb.redacted.csv")
    assert "LS1 4AB" not in _outputs(data)
    assert TOKEN_RE.fullmatch(out[4][TCB_HEADER.index("Retailer")])
    assert result.files[0].status == "processed"


def test_an_email_as_claim_id_is_invalid_and_never_stored_in_clear(settings: Settings) -> None:
    data = settings.data_dir
    email = "kwame.mensah@example.com"
    rows = [_tcb_row(i) for i in range(3)]
    rows[1] = _tcb_row(1, Claim_Reference=email, Email_Address=email)
    _write(data / "inbox" / "tcb.csv", [TCB_HEADER, *rows])
    result = run_batch(settings, scanner=DenyListScanner())
    assert result.files[0].status == "processed"
    decisions = _read(data / "out" / "decisions" / "tcb.decisions.csv")
    bad = decisions[2]
    assert TOKEN_RE.fullmatch(bad[0]) and bad[2] == "INVALID_CLAIM"
    assert "Claim Reference" in ",".join(bad)
    for path in [*(data / "ledger").rglob("*"), *(data / "vault").rglob("*")]:
        if path.is_file():
            assert email.encode() not in path.read_bytes(), path
    assert email not in _outputs(data)
    # erasure finds the claim through the token and audits without a value
    erased = Operations(settings, who="test").erase({Kind.EMAIL: email}, reference="SAR-1")
    assert erased.records >= 1
    check = verify_audit(data / "reports" / "audit.jsonl")
    assert check.ok
    assert email not in (data / "reports" / "audit.jsonl").read_text(encoding="utf-8")


def test_order_refs_shaped_like_phones_stay(settings: Settings) -> None:
    data = settings.data_dir
    # bare, and written the way a phone is: a few such refs in the column stay refs
    refs = [f"0770090{i:04d}" for i in range(3)] + ["07123 456789"]
    refs += [f"5540{i:04d}" for i in range(4)]
    rows = [_tcb_row(i, Order_Number=ref) for i, ref in enumerate(refs)]
    _write(data / "inbox" / "tcb.csv", [TCB_HEADER, *rows])
    run_batch(settings, scanner=DenyListScanner())
    out = _read(data / "out" / "redacted" / "tcb.redacted.csv")
    column = TCB_HEADER.index("Order Number")
    assert [r[column] for r in out[1:]] == [r[column] for r in rows]


# ---------------------------------------------------------------- the gate and the report


def test_three_word_towns_and_surnames_in_merchants_are_not_hits(settings: Settings) -> None:
    data = settings.data_dir
    rows = [
        _tcb_row(i, Member_Name=name, Retailer=merchant, Member_Comments=comment)
        for i, (name, merchant, comment) in enumerate(
            [
                ("Ruth Millen", "Karen Millen", "my Karen Millen coat, not tracked"),
                ("Hans Geiger", "Kurt Geiger", "Kurt Geiger boots"),
                ("Amy Tyne", "John Lewis", "moved to Newcastle upon Tyne"),
                ("Bo Chen", "Kurt Geiger", "ok"),
                ("Al Diaz", "Kurt Geiger", "ok"),
                ("Ed Wu", "Karen Millen", "ok"),
            ]
        )
    ]
    _write(data / "inbox" / "tcb.csv", [TCB_HEADER, *rows])
    extra = data / "inbox" / "tcb.csv"
    assert extra.exists()
    result = run_batch(settings, scanner=DenyListScanner())
    [done] = result.files
    assert done.status == "processed", done.leaks
    out = _read(data / "out" / "redacted" / "tcb.redacted.csv")
    comments = [r[TCB_HEADER.index("Member Comments")] for r in out[1:]]
    assert comments[:3] == [r[-1] for r in rows[:3]]


def test_the_report_is_always_written_and_its_own_words_are_not_hits(settings: Settings) -> None:
    data = settings.data_dir
    # "Wall" is a surname here; the report's template says "Wall-clock".
    rows = [_tcb_row(i, Member_Name="Wall", Member_Comments="Wall rang") for i in range(2)]
    _write(data / "inbox" / "tcb.csv", [TCB_HEADER, *rows])
    # a file with no header row: its first row's values name the columns in the report
    people = [["Kwame Mensah", "kwame.mensah@example.com", "12.00"],
              ["Ines Duarte", "ines.duarte@example.pt", "9.50"]]  # fmt: skip
    _write(data / "inbox" / "noheader.csv", [people[1], people[0], people[1]])
    result = run_batch(settings, scanner=DenyListScanner())
    report_path = data / "reports" / f"{result.batch_id}.json"
    assert report_path.exists() and report_path.with_suffix(".html").exists()
    assert not list((data / "quarantine").rglob(f"{result.batch_id}*"))
    report = load_report(report_path)
    text = json.dumps(report) + report_path.with_suffix(".html").read_text(encoding="utf-8")
    assert "ines.duarte" not in text and "Ines Duarte" not in text
    assert report["leak_check"]["report_fields_redacted"]
    status = {f["name"]: (f["status"], f["next_step"]) for f in report["files"]}
    assert status["tcb.csv"] == ("processed", "")
    # the header row of values is in the redacted file's header: held back, with a next step
    held, step = status["noheader.csv"]
    assert held == "leak" and "quarantine/outputs" in step


def test_a_guess_in_free_text_is_not_searched_elsewhere() -> None:
    """A name only the model read into one note ("Lola") is no known value: the residual-leak
    check does not hold a file because "Lola ankle boots" stays in another note."""
    from pipeline.models import Original
    from pipeline.runner.gate import LeakValues

    values = LeakValues(limit=10)
    values.add(
        [
            Original("NAME_1_X", Kind.NAME, "Lola", "claim/a/1", mentioned=True, guessed=True),
            Original("NAME_1_Y", Kind.NAME, "Tama Rewi", "claim/a/2", mentioned=True, guessed=True),
            Original("NAME_1_Z", Kind.NAME, "Mele", "claim/a/3", mentioned=True),
        ]
    )
    assert values.values == {("NAME", "Mele")}


def test_a_note_names_a_value_of_a_later_chunk_of_its_file(settings: Settings) -> None:
    """The batch list learns the whole file's personal columns before any note is scanned:
    a comment in the first chunk that names the customer of the last chunk is redacted."""
    pipeline = settings.pipeline
    ingest = pipeline.ingest.model_copy(update={"chunk_rows": 2})
    settings = settings.model_copy(
        update={"pipeline": pipeline.model_copy(update={"ingest": ingest})}
    )
    data = settings.data_dir
    rows = [_tcb_row(i) for i in range(6)]
    rows[0] = _tcb_row(0, Member_Comments="my neighbour Amara Nwosu5 ordered the same")
    _write(data / "inbox" / "tcb.csv", [TCB_HEADER, *rows])
    result = run_batch(settings, scanner=DenyListScanner())
    [done] = result.files
    assert done.status == "processed", done.leaks
    assert "Amara Nwosu5" not in _outputs(data)
