"""Golden cases for the decisions of design section 6, the ledger across batches, the outputs."""

from __future__ import annotations

import csv
import io
import sqlite3
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.claims import (
    DECISIONS_HEADER,
    Ledger,
    commission_for,
    decide_claims,
    list_for_review,
    open_ledger,
    ref_key,
    write_decisions,
    write_response,
)
from pipeline.config import CommissionConfig, RulesConfig, load_settings
from pipeline.errors import ConfigError, LedgerError
from pipeline.ingest import cell_problem, parse_money
from pipeline.models import Claim, Decision, MatchedBy, Order, Outcome, Reason
from pipeline.pseudonymise import TOKEN_RE

RULES = RulesConfig(
    claim_window_days=90,
    date_window_days=2,
    value_tolerance_abs=Decimal("1.00"),
    value_tolerance_pct=Decimal("5"),
    commission=CommissionConfig(default=Decimal("0.05"), merchants={"Ted Baker": Decimal("0.08")}),
)
NOW = datetime(2024, 6, 1, 9, 0, tzinfo=UTC)
EMAIL_A = "EMAIL_1_" + "A" * 26
EMAIL_B = "EMAIL_1_" + "B" * 26
D = Decimal
Sep = Literal[".", ","]


def order(
    ref: str,
    *,
    on: date = date(2024, 5, 1),
    value: str = "100.00",
    status: str = "completed",
    tracked: str = "",
    email: str = EMAIL_A,
    currency: str = "GBP",
) -> Order:
    return Order(
        order_ref=ref,
        order_date=on,
        email_token=email,
        order_value=D(value),
        currency=currency,
        status=status,
        tracked_publisher_id=tracked,
    )


def claim(
    claim_id: str,
    ref: str = "",
    *,
    email: str = "",
    value: str | None = "100.00",
    on: date | None = date(2024, 5, 1),
    claimed: date | None = date(2024, 5, 10),
    publisher: str = "PUB-1",
    merchant: str = "Argos",
    file: str = "claims.csv",
    line: int = 2,
    source: str = "topcashback",
    mapped: bool = True,
    problems: tuple[str, ...] = (),
    currency: str = "GBP",
) -> Claim:
    return Claim(
        claim_id=claim_id,
        source=source,
        file=file,
        line=line,
        publisher_id=publisher,
        merchant=merchant,
        order_ref=ref,
        email_token=email,
        transaction_date=on,
        order_value=None if value is None else D(value),
        currency=currency,
        claim_date=claimed,
        mapped=mapped,
        problems=problems,
    )


def in_file(name: str, *claims: Claim) -> list[Claim]:
    """Claims as rows 2, 3, ... of one file (line 1 is the header)."""
    return [replace(c, file=name, line=i) for i, c in enumerate(claims, start=2)]


def answers(outcomes: Sequence[Outcome]) -> list[tuple[str, str, str]]:
    """(decision, reason, commission) per outcome: what a golden case pins down."""
    return [
        (o.decision.value, o.reason.value, "" if o.commission is None else str(o.commission))
        for o in outcomes
    ]


# ----------------------------------------------------------------- golden cases, one batch


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    claims: list[Claim]
    expected: list[tuple[str, str, str]]
    orders: list[Order] = field(default_factory=list)


APPROVE, DECLINE, QUERY = "approve", "decline", "query"

CASES = [
    # rule 0: a layout no profile maps
    Case("unmapped source", [claim("C1", "R1", mapped=False)], [(QUERY, "UNMAPPED_SOURCE", "")]),
    # rule 1
    Case("claim id missing", [claim("", "R1")], [(QUERY, "INVALID_CLAIM", "")], [order("R1")]),
    Case("no order ref and no email", [claim("C1")], [(QUERY, "INVALID_CLAIM", "")]),
    Case(
        "unparseable value",
        [claim("C1", "R1", value=None, problems=("order_value",))],
        [(QUERY, "INVALID_CLAIM", "")],
        [order("R1")],
    ),
    Case(
        "unparseable date",
        [claim("C1", "R1", on=None, problems=("transaction_date",))],
        [(QUERY, "INVALID_CLAIM", "")],
        [order("R1")],
    ),
    # rule 2
    Case(
        "order not found", [claim("C1", "R404")], [(DECLINE, "ORDER_NOT_FOUND", "")], [order("R1")]
    ),
    # matching: reference normalisation (trim, upper, leading '#', spaces)
    Case(
        "ref normalised",
        [claim("C1", " #ab 12-3 ")],
        [(APPROVE, "APPROVED", "5.00")],
        [order("AB12-3")],
    ),
    # matching by email token, no order ref
    Case(
        "email match",
        [claim("C1", email=EMAIL_A)],
        [(APPROVE, "APPROVED", "5.00")],
        [order("R1"), order("R2", email=EMAIL_B)],
    ),
    Case(
        "email match: exactly 2 days apart",
        [claim("C1", email=EMAIL_A, on=date(2024, 5, 3))],
        [(APPROVE, "APPROVED", "5.00")],
        [order("R1", on=date(2024, 5, 1))],
    ),
    Case(
        "email match: 3 days apart is no match",
        [claim("C1", email=EMAIL_A, on=date(2024, 5, 4))],
        [(DECLINE, "ORDER_NOT_FOUND", "")],
        [order("R1", on=date(2024, 5, 1))],
    ),
    Case(
        "email match: value exactly at tolerance",
        [claim("C1", email=EMAIL_A, value="105.00")],
        [(APPROVE, "APPROVED", "5.00")],
        [order("R1", value="100.00")],
    ),
    Case(
        "email match: value beyond tolerance is no match",
        [claim("C1", email=EMAIL_A, value="105.01")],
        [(DECLINE, "ORDER_NOT_FOUND", "")],
        [order("R1", value="100.00")],
    ),
    Case(
        "email match: ambiguous",
        [claim("C1", email=EMAIL_A)],
        [(QUERY, "AMBIGUOUS_MATCH", "")],
        [order("R1"), order("R2", on=date(2024, 5, 2), value="101.00")],
    ),
    Case(
        "email given but order ref wins",
        [claim("C1", "R9", email=EMAIL_A)],
        [(DECLINE, "ORDER_NOT_FOUND", "")],
        [order("R1")],
    ),
    # rule 3: earlier row, earlier file by name
    Case(
        "duplicate: earlier row",
        in_file("a.csv", claim("C1", "R1"), claim("C2", "r1")),
        [(APPROVE, "APPROVED", "5.00"), (DECLINE, "DUPLICATE_CLAIM", "")],
        [order("R1")],
    ),
    Case(
        "duplicate by email of an order matched by ref",
        in_file("a.csv", claim("C1", "R1"), claim("C2", email=EMAIL_A)),
        [(APPROVE, "APPROVED", "5.00"), (DECLINE, "DUPLICATE_CLAIM", "")],
        [order("R1")],
    ),
    # rule 4
    Case(
        "cancelled",
        [claim("C1", "R1")],
        [(DECLINE, "ORDER_CANCELLED", "")],
        [order("R1", status="cancelled")],
    ),
    Case(
        "returned",
        [claim("C1", "R1")],
        [(DECLINE, "ORDER_RETURNED", "")],
        [order("R1", status="returned")],
    ),
    Case(
        "cancelled beats tracked (rule order)",
        [claim("C1", "R1")],
        [(DECLINE, "ORDER_CANCELLED", "")],
        [order("R1", status="cancelled", tracked="PUB-2")],
    ),
    # rule 5
    Case(
        "already tracked",
        [claim("C1", "R1")],
        [(DECLINE, "ALREADY_TRACKED", "")],
        [order("R1", tracked="pub-1")],
    ),
    Case(
        "tracked to another publisher",
        [claim("C1", "R1")],
        [(DECLINE, "TRACKED_TO_ANOTHER_PUBLISHER", "")],
        [order("R1", tracked="PUB-2")],
    ),
    # rule 6: claim window, exactly 90 days is inside
    Case(
        "claimed exactly 90 days after the order",
        [claim("C1", "R1", claimed=date(2024, 5, 1) + timedelta(days=90))],
        [(APPROVE, "APPROVED", "5.00")],
        [order("R1")],
    ),
    Case(
        "claimed 91 days after the order",
        [claim("C1", "R1", claimed=date(2024, 5, 1) + timedelta(days=91))],
        [(DECLINE, "OUTSIDE_CLAIM_WINDOW", "")],
        [order("R1")],
    ),
    Case(
        "outside window beats pending (rule order)",
        [claim("C1", "R1", claimed=date(2024, 8, 30))],
        [(DECLINE, "OUTSIDE_CLAIM_WINDOW", "")],
        [order("R1", status="pending")],
    ),
    # no claim date: dated by the day received (NOW = 2024-06-01)
    Case(
        "no claim date, received 90 days after the order",
        [claim("C1", "R1", claimed=None)],
        [(APPROVE, "APPROVED", "5.00")],
        [order("R1", on=date(2024, 3, 3))],
    ),
    Case(
        "no claim date, received 91 days after the order",
        [claim("C1", "R1", claimed=None)],
        [(DECLINE, "OUTSIDE_CLAIM_WINDOW", "")],
        [order("R1", on=date(2024, 3, 2))],
    ),
    # rule 7
    Case(
        "pending",
        [claim("C1", "R1")],
        [(QUERY, "ORDER_PENDING", "")],
        [order("R1", status="pending")],
    ),
    Case(
        "unknown status is no approval",
        [claim("C1", "R1")],
        [(QUERY, "ORDER_PENDING", "")],
        [order("R1", status="shipped")],
    ),
    Case(
        "pending beats amount mismatch (rule order)",
        [claim("C1", "R1", value="500.00")],
        [(QUERY, "ORDER_PENDING", "")],
        [order("R1", status="pending")],
    ),
    # rule 8: tolerance max(1.00, 5 %), equal to the tolerance is fine
    Case(
        "small order: exactly 1.00 apart",
        [claim("C1", "R1", value="11.00")],
        [(APPROVE, "APPROVED", "0.50")],
        [order("R1", value="10.00")],
    ),
    Case(
        "small order: 1.01 apart",
        [claim("C1", "R1", value="8.99")],
        [(QUERY, "AMOUNT_MISMATCH", "")],
        [order("R1", value="10.00")],
    ),
    Case(
        "large order: exactly 5 % apart",
        [claim("C1", "R1", value="190.00")],
        [(APPROVE, "APPROVED", "10.00")],
        [order("R1", value="200.00")],
    ),
    Case(
        "large order: just over 5 % apart",
        [claim("C1", "R1", value="210.01")],
        [(QUERY, "AMOUNT_MISMATCH", "")],
        [order("R1", value="200.00")],
    ),
    Case(
        "different currency",
        [claim("C1", "R1", currency="EUR")],
        [(QUERY, "AMOUNT_MISMATCH", "")],
        [order("R1")],
    ),
    # rule 9: commission on the order value, merchant rate, half-up to pennies
    Case(
        "approved, default rate, half up",
        [claim("C1", "R1", value="10.10")],
        [(APPROVE, "APPROVED", "0.51")],
        [order("R1", value="10.10")],
    ),
    Case(
        "approved, merchant rate",
        [claim("C1", "R1", merchant=" ted baker ", value="99.50")],
        [(APPROVE, "APPROVED", "8.00")],
        [order("R1", value="100.00")],
    ),
]


# ----------------------------------------------------------------- golden cases, amounts


def read_claim(claim_id: str, ref: str, text: str, separator: Sep = ".") -> Claim:
    """A claim whose amount is read from the cell ``text`` as the runner reads it."""
    value = parse_money(text, separator)
    problems = () if value is not None else (cell_problem("order_value", ["Order Total"], 2),)
    return claim(claim_id, ref, value=None if value is None else str(value), problems=problems)


def read_order(ref: str, text: str, separator: Sep = ".") -> Order:
    """An order whose value is read from the cell ``text``."""
    return replace(order(ref), order_value=parse_money(text, separator))


CELL = "order_value (column 'Order Total', line 2)"
# (name, claim cell, order cell, profile separator, (decision, reason, commission))
AMOUNT_CASES: list[tuple[str, str, str, Sep, tuple[str, str, str]]] = [
    ("decimal comma", "12,50", "12,50", ",", (APPROVE, "APPROVED", "0.63")),
    (
        "thousands dot and decimal comma",
        "1.234,56",
        "1.234,56",
        ",",
        (APPROVE, "APPROVED", "61.73"),
    ),
    ("euro sign, thousands dot", "€1.234,56", "1234,56", ",", (APPROVE, "APPROVED", "61.73")),
    ("pound sign, thousands comma", "£1,234.56", "1234.56", ".", (APPROVE, "APPROVED", "61.73")),
    ("decimal comma within tolerance", "12,90", "12,50", ",", (APPROVE, "APPROVED", "0.63")),
    (
        "decimal comma read as '.' is not guessed",
        "12,50",
        "12.50",
        ".",
        (QUERY, "INVALID_CLAIM", ""),
    ),
    ("one thousands dot, no decimals", "1.234", "1234,00", ",", (QUERY, "INVALID_CLAIM", "")),
    ("one thousands comma, no decimals", "1,234", "1234.00", ".", (QUERY, "INVALID_CLAIM", "")),
    ("dot-decimal in a comma profile", "1,234.56", "1234,56", ",", (QUERY, "INVALID_CLAIM", "")),
    ("exponent", "1e3", "1000.00", ".", (QUERY, "INVALID_CLAIM", "")),
    ("accounting brackets", "(50.00)", "50.00", ".", (QUERY, "INVALID_CLAIM", "")),
    ("three decimals", "12.345", "12.35", ".", (QUERY, "INVALID_CLAIM", "")),
    ("negative claim, negative order", "-50.00", "-50.00", ".", (QUERY, "INVALID_CLAIM", "")),
    ("negative claim, positive order", "-0.50", "0.50", ".", (QUERY, "INVALID_CLAIM", "")),
    ("zero claim", "0.00", "0.00", ".", (QUERY, "INVALID_CLAIM", "")),
    ("negative claim, decimal comma", "-12,50", "12,50", ",", (QUERY, "INVALID_CLAIM", "")),
    ("refund line: negative order", "50.00", "-50.00", ".", (DECLINE, "ORDER_RETURNED", "")),
    ("refund line: zero order", "0.50", "0.00", ".", (DECLINE, "ORDER_RETURNED", "")),
    ("refund line, decimal comma", "12,50", "-12,50", ",", (DECLINE, "ORDER_RETURNED", "")),
    ("order value not plain", "50.00", "(50.00)", ".", (QUERY, "AMOUNT_MISMATCH", "")),
]


@pytest.mark.parametrize(
    ("claimed", "ordered", "separator", "expected"),
    [c[1:] for c in AMOUNT_CASES],
    ids=[c[0] for c in AMOUNT_CASES],
)
def test_golden_amount(
    claimed: str, ordered: str, separator: Sep, expected: tuple[str, str, str], tmp_path: Path
) -> None:
    with open_ledger(tmp_path / "ledger.sqlite") as ledger:
        ledger.add_orders([read_order("R1", ordered, separator)], "B1")
        [outcome] = decide_claims(
            [read_claim("C1", "R1", claimed, separator)], ledger, RULES, "B1", NOW
        )
    assert answers([outcome]) == [expected]
    if parse_money(claimed, separator) is None:
        # the cell is named (field, column, line); its value never is
        assert outcome.note == f"missing, ambiguous or unreadable: {CELL}"
        assert claimed not in outcome.note
    if expected[1] == "INVALID_CLAIM" and parse_money(claimed, separator) is not None:
        assert outcome.note == "claimed value is zero or below"
    if expected[1] == "ORDER_RETURNED":
        assert outcome.note == "order is a refund line (value zero or below)"


def test_refund_line_replaces_the_sale_it_refunds(tmp_path: Path) -> None:
    """A later export with the refund line for the same reference turns an approval down."""
    db = tmp_path / "ledger.sqlite"
    written: dict[str, list[Outcome]] = {}
    run_batch(
        db, "B1", {"o1.csv": [order("R1")]}, {"a.csv": in_file("a.csv", claim("C1", "R1"))}, written
    )
    assert answers(written["a.csv"]) == [(APPROVE, "APPROVED", "5.00")]
    revised = run_batch(db, "B2", {"o2.csv": [order("R1", value="-100.00")]}, {}, written)
    assert answers(revised["a.csv"]) == [(DECLINE, "ORDER_RETURNED", "")]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_case(case: Case, tmp_path: Path) -> None:
    with open_ledger(tmp_path / "ledger.sqlite") as ledger:
        ledger.add_orders(case.orders, "B1")
        outcomes = decide_claims(case.claims, ledger, RULES, "B1", NOW)
    assert answers(outcomes) == case.expected


def test_every_reason_code_has_a_golden_case() -> None:
    covered = {reason for case in CASES for _, reason, _ in case.expected}
    assert covered == {r.value for r in Reason}


def test_commission_is_half_up_not_bankers() -> None:
    assert commission_for(D("10.10"), D("0.05")) == D("0.51")  # 0.505
    assert commission_for(D("10.30"), D("0.05")) == D("0.52")  # 0.515
    assert commission_for(D("0.10"), D("0.05")) == D("0.01")  # 0.005


def test_ref_key() -> None:
    assert ref_key("  #ab 12 3 ") == "AB123"
    assert ref_key("#") == ""
    assert ref_key("a#1") == "A#1"


def test_rules_yaml_loads_and_drives_the_rules() -> None:
    rules = load_settings().rules
    assert rules.claim_window_days == 90
    assert rules.rate_for("JOHN LEWIS") == D("0.03")
    assert rules.rate_for("Nobody Ltd") == rules.commission.default


# ----------------------------------------------------------------- across batches


def run_batch(
    path: Path,
    batch_id: str,
    orders: Mapping[str, Sequence[Order]],
    claims: Mapping[str, Sequence[Claim]],
    written: dict[str, list[Outcome]],
    *,
    now: datetime = NOW,
    chunk: int = 0,
) -> dict[str, list[Outcome]]:
    """What the runner does: orders by name, claim files by name, then re-decide open claims.

    ``written`` is the decisions files on disk (file -> rows, without the re-decision time,
    which depends on when things arrived); returns the files rewritten by
    ``redecide_open``. With ``chunk`` the claim files are decided that many rows at a time.
    """
    with open_ledger(path) as ledger:
        for name in sorted(orders):
            ledger.add_orders(orders[name], batch_id)
        for name in sorted(claims):
            rows = list(claims[name])
            step = chunk or len(rows) or 1
            written[name] = []
            for start in range(0, len(rows), step):
                part = rows[start : start + step]
                written[name] += timeless(decide_claims(part, ledger, RULES, batch_id, now))
        revised = {
            f: timeless(r.outcomes) for f, r in ledger.redecide_open(RULES, batch_id, now).items()
        }
        written.update(revised)
    return revised


def timeless(outcomes: Sequence[Outcome]) -> list[Outcome]:
    return [replace(o, redecided_at=None) for o in outcomes]


def test_duplicate_across_two_batches(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    written: dict[str, list[Outcome]] = {}
    run_batch(
        db,
        "B1",
        {"orders.csv": [order("R1")]},
        {"a.csv": in_file("a.csv", claim("C1", "R1"))},
        written,
    )
    revised = run_batch(
        db, "B2", {}, {"b.csv": in_file("b.csv", claim("C7", "R1", source="quidco"))}, written
    )
    assert answers(written["a.csv"]) == [(APPROVE, "APPROVED", "5.00")]
    assert answers(written["b.csv"]) == [(DECLINE, "DUPLICATE_CLAIM", "")]
    assert revised == {}


def test_rerunning_a_file_never_makes_claims_their_own_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    written: dict[str, list[Outcome]] = {}
    rows = in_file("a.csv", claim("C1", "R1"), claim("C2", "R2"))
    orders = {"orders.csv": [order("R1"), order("R2", status="pending")]}
    run_batch(db, "B1", orders, {"a.csv": rows}, written)
    first = answers(written["a.csv"])
    revised = run_batch(db, "B2", orders, {"a.csv": rows}, written)
    assert (
        answers(written["a.csv"])
        == first
        == [(APPROVE, "APPROVED", "5.00"), (QUERY, "ORDER_PENDING", "")]
    )
    assert revised == {}
    # the same claims re-sent in another file are still themselves, not duplicates
    run_batch(db, "B3", {}, {"resent.csv": in_file("resent.csv", *rows)}, written)
    assert answers(written["resent.csv"]) == first


def test_order_arriving_one_batch_after_its_claim(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    written: dict[str, list[Outcome]] = {}
    a_rows = in_file("a.csv", claim("C1", "R1"), claim("C2", "R2"))
    run_batch(db, "B1", {"o1.csv": [order("R2")]}, {"a.csv": a_rows}, written)
    assert answers(written["a.csv"]) == [
        (DECLINE, "ORDER_NOT_FOUND", ""),
        (APPROVE, "APPROVED", "5.00"),
    ]
    # batch 2 brings R1 and another claim on R1: the earlier claim C1 keeps the order
    revised = run_batch(
        db, "B2", {"o2.csv": [order("R1")]}, {"b.csv": in_file("b.csv", claim("C3", "R1"))}, written
    )
    assert list(revised) == ["a.csv"]
    assert answers(written["a.csv"]) == [
        (APPROVE, "APPROVED", "5.00"),
        (APPROVE, "APPROVED", "5.00"),
    ]
    assert answers(written["b.csv"]) == [(DECLINE, "DUPLICATE_CLAIM", "")]
    assert [o.line for o in written["a.csv"]] == [2, 3]


def test_late_email_match_and_review_list(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    written: dict[str, list[Outcome]] = {}
    rows = in_file(
        "a.csv", claim("C1", email=EMAIL_A), claim("C2", email=EMAIL_B), claim("C3", "R9")
    )
    run_batch(db, "B1", {}, {"a.csv": rows}, written)
    assert list_for_review(written["a.csv"]) == ("C1", "C2")  # C3 has a reference: no reveal helps
    run_batch(db, "B2", {"o.csv": [order("R1", email=EMAIL_A)]}, {}, written)
    assert answers(written["a.csv"])[0] == (APPROVE, "APPROVED", "5.00")
    assert written["a.csv"][0].order_ref == "R1"  # matched by email: the network learns the ref
    assert list_for_review(written["a.csv"]) == ("C2",)
    with open_ledger(db) as ledger:
        assert list_for_review(ledger.outcomes_for("a.csv")) == ("C2",)


def test_later_file_decided_first_in_a_batch_still_loses_to_the_earlier_name(
    tmp_path: Path,
) -> None:
    with open_ledger(tmp_path / "ledger.sqlite") as ledger:
        ledger.add_orders([order("R1")], "B1")
        b = decide_claims(in_file("b.csv", claim("C2", "R1")), ledger, RULES, "B1", NOW)
        a = decide_claims(in_file("a.csv", claim("C1", "R1")), ledger, RULES, "B1", NOW)
        assert answers(b) == [(APPROVE, "APPROVED", "5.00")]  # not yet known better
        assert answers(a) == [(APPROVE, "APPROVED", "5.00")]
        revised = ledger.redecide_open(RULES, "B1", NOW)
    assert answers(revised["b.csv"].outcomes) == [(DECLINE, "DUPLICATE_CLAIM", "")]
    assert revised["b.csv"].redecision.changes == (("APPROVED", "DUPLICATE_CLAIM", 1),)
    assert "a.csv" not in revised


def test_decisions_are_the_same_in_one_batch_or_several(tmp_path: Path) -> None:
    orders = {
        "orders-1.csv": [
            order("R1"),
            order("R2", status="pending"),
            order("R5", email=EMAIL_B, value="40.00"),
        ],
        "orders-2.csv": [order("R2"), order("R3", tracked="PUB-9"), order("R4", value="20.00")],
    }
    claims = {
        "2024-05-01-quidco.csv": in_file(
            "2024-05-01-quidco.csv",
            claim("Q1", "R1", source="quidco"),
            claim("Q2", "R2", source="quidco"),
            claim("Q3", "R4", source="quidco", value="25.00"),
        ),
        "2024-05-02-tcb.csv": in_file(
            "2024-05-02-tcb.csv",
            claim("T1", "r1"),
            claim("T2", email=EMAIL_B, value="39.50"),
            claim("T3", "R3"),
            claim("T4", "R6"),
        ),
        "2024-05-03-tcb.csv": in_file(
            "2024-05-03-tcb.csv", claim("T5", "#R2"), claim("T6", email=EMAIL_B, value="40.00")
        ),
    }
    everything = tmp_path / "one"
    together: dict[str, list[Outcome]] = {}
    run_batch(everything / "ledger.sqlite", "B1", orders, claims, together)

    names = sorted(claims)
    splits = [
        # claim files one per batch, orders only in the last batch
        [
            ({}, {names[0]: claims[names[0]]}),
            ({}, {names[1]: claims[names[1]]}),
            (orders, {names[2]: claims[names[2]]}),
        ],
        # the second order export one batch late
        [
            ({"orders-1.csv": orders["orders-1.csv"]}, dict(list(claims.items())[:2])),
            ({"orders-2.csv": orders["orders-2.csv"]}, {names[2]: claims[names[2]]}),
        ],
        # orders in a batch of their own after all the claims
        [({}, claims), (orders, {})],
    ]
    for i, split in enumerate(splits):
        apart: dict[str, list[Outcome]] = {}
        for n, (batch_orders, batch_claims) in enumerate(split):
            run_batch(
                tmp_path / f"split{i}" / "ledger.sqlite", f"B{n}", batch_orders, batch_claims, apart
            )
        assert apart == together, f"split {i}"
    # R2 is pending in the first export and completed in the second: the latest wins
    assert answers(together[names[0]]) == [
        (APPROVE, "APPROVED", "5.00"),
        (APPROVE, "APPROVED", "5.00"),
        (QUERY, "AMOUNT_MISMATCH", ""),
    ]
    assert answers(together[names[1]]) == [
        (DECLINE, "DUPLICATE_CLAIM", ""),  # R1 went to Q1, an earlier file
        (APPROVE, "APPROVED", "2.00"),  # by email token: R5
        (DECLINE, "TRACKED_TO_ANOTHER_PUBLISHER", ""),
        (DECLINE, "ORDER_NOT_FOUND", ""),
    ]
    assert answers(together[names[2]]) == [
        (DECLINE, "DUPLICATE_CLAIM", ""),
        (DECLINE, "DUPLICATE_CLAIM", ""),
    ]


def test_claim_without_date_keeps_the_day_it_was_first_received(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    written: dict[str, list[Outcome]] = {}
    rows = in_file("a.csv", claim("C1", "R1", claimed=None))
    run_batch(
        db, "B1", {}, {"a.csv": rows}, written, now=datetime(2024, 7, 30, tzinfo=UTC)
    )  # day 90
    # the order arrives long after: the claim is still dated 2024-07-30, inside the window
    run_batch(
        db, "B2", {"o.csv": [order("R1")]}, {}, written, now=datetime(2024, 9, 30, tzinfo=UTC)
    )
    assert answers(written["a.csv"]) == [(APPROVE, "APPROVED", "5.00")]


def test_ledger_persists_and_records_match_state(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    with open_ledger(db) as ledger:
        assert (
            ledger.add_orders([order("R1"), order("#r1", value="120.00"), order("  ")], "B1") == 2
        )
        decide_claims(in_file("a.csv", claim("C1", "R1", value="120.00")), ledger, RULES, "B1", NOW)
        assert ledger.order_count() == 1
        assert ledger.add_orders([order("#r1", value="120.00")], "B2") == 0  # nothing changed
    with open_ledger(db) as ledger:
        assert ledger.claim_count() == 1
        assert ledger.source_of("a.csv") == "topcashback"
        assert ledger.files() == ["a.csv"]
    rows = (
        sqlite3.connect(db)
        .execute("SELECT claim_id, decision, reason, matched_ref FROM claims")
        .fetchall()
    )
    assert rows == [("C1", "approve", "APPROVED", "R1")]


def test_a_resent_file_replaces_its_earlier_rows(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    written: dict[str, list[Outcome]] = {}
    run_batch(
        db, "B1", {}, {"a.csv": in_file("a.csv", claim("C1", "R1"), claim("C2", "R2"))}, written
    )
    run_batch(db, "B2", {}, {"a.csv": in_file("a.csv", claim("C3", "R3"))}, written)
    revised = run_batch(db, "B3", {"o.csv": [order("R1"), order("R3")]}, {}, written)
    assert [o.claim_id for o in revised["a.csv"]] == ["C3"]


@st.composite
def scenarios(
    draw: st.DrawFn,
) -> tuple[dict[str, list[Order]], dict[str, list[Claim]], list[int], list[int]]:
    refs = ["R1", "R2", "R3", "R4"]
    emails = [EMAIL_A, EMAIL_B]
    n_order_files = draw(st.integers(1, 3))
    orders = {
        f"orders-{i}.csv": [
            order(
                draw(st.sampled_from(refs)),
                on=date(2024, 5, draw(st.integers(1, 4))),
                value=draw(st.sampled_from(["10.00", "10.50", "11.50", "100.00"])),
                status=draw(st.sampled_from(["completed", "completed", "pending", "returned"])),
                tracked=draw(st.sampled_from(["", "", "PUB-1", "PUB-2"])),
                email=draw(st.sampled_from(emails)),
            )
            for _ in range(draw(st.integers(0, 3)))
        ]
        for i in range(n_order_files)
    }
    n_claim_files = draw(st.integers(1, 3))
    claims: dict[str, list[Claim]] = {}
    for i in range(n_claim_files):
        name = f"claims-{i}.csv"
        rows = []
        for _ in range(draw(st.integers(1, 4))):
            by_ref = draw(st.booleans())
            rows.append(
                claim(
                    draw(st.sampled_from(["C1", "C2", "C3", "C4", "C5", "C6"])),
                    draw(st.sampled_from(refs)) if by_ref else "",
                    email="" if by_ref else draw(st.sampled_from(emails)),
                    value=draw(st.sampled_from(["10.00", "11.00", "100.00"])),
                    on=date(2024, 5, draw(st.integers(1, 4))),
                    source=draw(st.sampled_from(["quidco", "tcb"])),
                )
            )
        claims[name] = in_file(name, *rows)
    # batch number of each order file and claim file, non-decreasing in name order
    order_batches = sorted(
        draw(st.lists(st.integers(0, 2), min_size=n_order_files, max_size=n_order_files))
    )
    claim_batches = sorted(
        draw(st.lists(st.integers(0, 2), min_size=n_claim_files, max_size=n_claim_files))
    )
    return orders, claims, order_batches, claim_batches


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.integers(0, 2))
def test_property_one_batch_or_several_give_the_same_decisions(
    scenario: tuple[dict[str, list[Order]], dict[str, list[Claim]], list[int], list[int]],
    chunk: int,
) -> None:
    """Files split over batches in name order, decided whole or in chunks: the same answers."""
    orders, claims, order_batches, claim_batches = scenario
    with tempfile.TemporaryDirectory() as tmp:
        together: dict[str, list[Outcome]] = {}
        run_batch(Path(tmp) / "one.sqlite", "B0", orders, claims, together)
        apart: dict[str, list[Outcome]] = {}
        for b in range(3):
            run_batch(
                Path(tmp) / "many.sqlite",
                f"B{b}",
                {
                    n: o
                    for n, o, ob in zip(orders, orders.values(), order_batches, strict=True)
                    if ob == b
                },
                {
                    n: c
                    for n, c, cb in zip(claims, claims.values(), claim_batches, strict=True)
                    if cb == b
                },
                apart,
                chunk=chunk,
            )
    assert apart == together


def stored_answers(db: Path) -> list[tuple[object, ...]]:
    """Every claim's stored answer (not when it was made)."""
    connection = sqlite3.connect(db)
    try:
        return connection.execute(
            "SELECT source, claim_key, decision, reason, note, matched_ref, commission,"
            " out_currency, out_order_ref, matched_value FROM claims ORDER BY source, claim_key"
        ).fetchall()
    finally:
        connection.close()


@st.composite
def arrivals(draw: st.DrawFn) -> list[tuple[int, str, list[Order] | list[Claim]]]:
    """Order exports and claim files in any order, in batches: (batch, file name, records)."""
    refs = ["R1", "R2", "R3", "R4"]
    emails = [EMAIL_A, EMAIL_B]
    events: list[tuple[int, str, list[Order] | list[Claim]]] = []
    batch = 0
    for n in range(draw(st.integers(1, 7))):
        batch += draw(st.integers(0, 1))
        if draw(st.booleans()):
            orders = [
                order(
                    draw(st.sampled_from(refs)),
                    on=date(2024, 5, draw(st.integers(1, 5))),
                    value=draw(st.sampled_from(["10.00", "10.50", "100.00", "-10.00", "0.00"])),
                    status=draw(st.sampled_from(["completed", "completed", "pending", "returned"])),
                    tracked=draw(st.sampled_from(["", "", "", "PUB-1", "PUB-2"])),
                    email=draw(st.sampled_from(emails)),
                )
                for _ in range(draw(st.integers(1, 3)))
            ]
            events.append((batch, f"orders-{n}.csv", orders))
        else:
            name = f"claims-{draw(st.integers(0, 3))}.csv"  # a name may come again: a new copy
            rows = []
            for _ in range(draw(st.integers(1, 4))):
                by_ref = draw(st.booleans())
                rows.append(
                    claim(
                        draw(st.sampled_from(["C1", "C2", "C3"])),  # often re-sent
                        draw(st.sampled_from(refs)) if by_ref else "",
                        email="" if by_ref else draw(st.sampled_from(emails)),
                        value=draw(st.sampled_from(["10.00", "11.00", "100.00", "0.00"])),
                        on=date(2024, 5, draw(st.integers(1, 5))),
                        source=draw(st.sampled_from(["quidco", "tcb"])),
                    )
                )
            events.append((batch, name, in_file(name, *rows)))
    return events


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arrivals())
def test_property_deciding_by_change_equals_deciding_everything(
    events: list[tuple[int, str, list[Order] | list[Claim]]],
) -> None:
    """After every arrival, re-deciding everything from scratch changes no stored answer."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "ledger.sqlite"
        with open_ledger(db) as ledger:
            for batch, _, records in events:
                batch_id = f"B{batch}"
                if records and isinstance(records[0], Order):
                    ledger.add_orders([r for r in records if isinstance(r, Order)], batch_id)
                else:
                    rows = [r for r in records if isinstance(r, Claim)]
                    decide_claims(rows, ledger, RULES, batch_id, NOW)
                ledger.redecide_open(RULES, batch_id, NOW)
                by_change = stored_answers(db)
                ledger.redecide_all(RULES, batch_id, NOW)
                assert stored_answers(db) == by_change
                assert ledger.redecide_open(RULES, batch_id, NOW) == {}


@pytest.mark.parametrize("resent", [claim("C1", "R2"), claim("C1", "R1", value="0.00")])
def test_a_resent_claim_that_lets_go_of_its_order_hands_it_to_the_next(
    resent: Claim, tmp_path: Path
) -> None:
    db = tmp_path / "ledger.sqlite"
    written: dict[str, list[Outcome]] = {}
    first = in_file("a.csv", claim("C1", "R1"), claim("C2", "R1"))
    run_batch(db, "B1", {"o.csv": [order("R1"), order("R2")]}, {"a.csv": first}, written)
    assert answers(written["a.csv"])[1] == (DECLINE, "DUPLICATE_CLAIM", "")
    revised = run_batch(db, "B2", {}, {"b.csv": in_file("b.csv", resent)}, written)
    assert answers(revised["a.csv"])[1] == (APPROVE, "APPROVED", "5.00")


def test_a_batch_with_nothing_new_redecides_nothing(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    written: dict[str, list[Outcome]] = {}
    rows = in_file("a.csv", claim("C1", "R1"), claim("C2", email=EMAIL_A), claim("C3", "R2"))
    run_batch(db, "B1", {"o.csv": [order("R2", status="pending")]}, {"a.csv": rows}, written)
    with open_ledger(db) as ledger:
        statements: list[str] = []
        ledger._db.set_trace_callback(statements.append)
        assert ledger.redecide_open(RULES, "B2", NOW) == {}
    # no claim was read, matched or judged: only the rules, the pending orders, flagged rows
    assert not [s for s in statements if "FROM claims" in s or "UPDATE claims" in s]


def test_a_late_order_redecides_only_the_claims_it_can_reach(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    written: dict[str, list[Outcome]] = {}
    reached = in_file("a.csv", claim("C1", "R1"), claim("C2", email=EMAIL_A, on=date(2024, 5, 2)))
    others = in_file(
        "b.csv",
        claim("C3", "R2"),
        claim("C4", email=EMAIL_A, on=date(2024, 5, 9)),  # outside the 2-day window
        claim("C5", email=EMAIL_B),
    )
    run_batch(db, "B1", {}, {"a.csv": reached, "b.csv": others}, written)
    with open_ledger(db) as ledger:
        ledger.add_orders([order("R1", email=EMAIL_A)], "B2")
        statements: list[str] = []
        ledger._db.set_trace_callback(statements.append)
        revised = ledger.redecide_open(RULES, "B2", NOW + timedelta(days=1))
    assert list(revised) == ["a.csv"]
    assert revised["a.csv"].redecision.changes == (
        ("ORDER_NOT_FOUND", "APPROVED", 1),
        ("ORDER_NOT_FOUND", "DUPLICATE_CLAIM", 1),
    )
    assert revised["a.csv"].redecision.changed == 2
    [c1, c2] = revised["a.csv"].outcomes
    assert c1.matched_by is MatchedBy.ORDER_REF and c2.matched_by is MatchedBy.EMAIL
    assert c1.redecided_at == NOW + timedelta(days=1)
    read = [s for s in statements if "FROM claims WHERE source" in s]
    assert {s.rsplit("claim_key = ", 1)[1] for s in read} == {"'C1'", "'C2'"}


# ----------------------------------------------------------------- output files


NO_MATCH = (
    "no order reference; no order for the customer's email within 2 days and the value tolerance"
)


def sample_outcomes() -> list[Outcome]:
    return [
        Outcome(
            "C1",
            Decision.APPROVE,
            Reason.APPROVED,
            D("5.05"),
            "GBP",
            "R1",
            "PUB-1",
            "commission 5% of order value 101.00",
            2,
            date(2024, 5, 1),
            claimed_value=D("100.5"),
            order_value=D("101.00"),
            matched_by=MatchedBy.EMAIL,
            redecided_at=NOW + timedelta(days=1),
        ),
        Outcome(
            "C2",
            Decision.DECLINE,
            Reason.ORDER_NOT_FOUND,
            None,
            "GBP",
            "",
            "PUB-1",
            NO_MATCH,
            3,
            date(2024, 5, 2),
            claimed_value=D("12.50"),
        ),
        Outcome(
            "=C3",
            Decision.QUERY,
            Reason.ORDER_PENDING,
            None,
            "GBP",
            "R3",
            "PUB-1",
            "order is still pending",
            4,
            None,
            order_value=D("30"),
            matched_by=MatchedBy.ORDER_REF,
        ),
    ]


def test_decisions_file_golden(tmp_path: Path) -> None:
    path = tmp_path / "out" / "a.decisions.csv"
    write_decisions(path, sample_outcomes(), NOW)
    assert path.read_text(encoding="utf-8") == (
        "claim_id,decision,reason_code,commission,currency,order_ref,publisher_id,decided_at,reason,"
        "claimed_value,order_value,matched_by,redecided_at\n"
        "C1,approve,APPROVED,5.05,GBP,R1,PUB-1,2024-06-01T09:00:00+00:00,"
        "commission 5% of order value 101.00,100.50,101.00,email,2024-06-02T09:00:00+00:00\n"
        "C2,decline,ORDER_NOT_FOUND,,GBP,,PUB-1,2024-06-01T09:00:00+00:00,"
        f"{NO_MATCH},12.50,,,\n"
        "'=C3,query,ORDER_PENDING,,GBP,R3,PUB-1,2024-06-01T09:00:00+00:00,order is still pending,"
        ",30.00,order_ref,\n"
    )
    assert (
        tuple(next(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))[:5])
        == DECISIONS_HEADER[:5]
    )


def test_awin_response_golden(tmp_path: Path) -> None:
    path = tmp_path / "a.awin.csv"
    write_response(path, "awin", sample_outcomes())
    assert path.read_text(encoding="utf-8") == (
        "enquiry_id,reference,date,status,commission,status_note\n"
        "C1,R1,2024-05-01 00:00:00,approved,5.05,APPROVED: commission 5% of order value 101.00\n"
        "C2,,2024-05-02 00:00:00,declined,,ORDER_NOT_FOUND: "
        f"{NO_MATCH}\n"
        "'=C3,R3,,pending,,ORDER_PENDING: order is still pending\n"
    )


def test_impact_response_golden(tmp_path: Path) -> None:
    path = tmp_path / "a.impact.csv"
    write_response(path, "impact", sample_outcomes())
    assert path.read_text(encoding="utf-8") == (
        "Id,Transaction Date,Resolution Status,Resolution Reason\n"
        "C1,2024-05-01,VALID,Approved: commission 5% of order value 101.00\n"
        "C2,2024-05-02,DECLINED,Order not found: "
        f"{NO_MATCH}\n"
        "'=C3,,INCOMPLETE,Order pending: order is still pending\n"
    )


def test_response_style_none_writes_nothing_and_unknown_is_refused(tmp_path: Path) -> None:
    write_response(tmp_path / "x.csv", "none", sample_outcomes())
    assert not (tmp_path / "x.csv").exists()
    with pytest.raises(ConfigError, match="unknown response style 'cj'"):
        write_response(tmp_path / "x.csv", "cj", sample_outcomes())


def test_outputs_carry_no_token_and_no_personal_value(tmp_path: Path) -> None:
    """Every golden case's decisions and responses hold no token (so no personal value either)."""
    for i, case in enumerate(CASES):
        with open_ledger(tmp_path / f"{i}.sqlite") as ledger:
            ledger.add_orders(case.orders, "B1")
            outcomes = decide_claims(case.claims, ledger, RULES, "B1", NOW)
        write_decisions(tmp_path / f"{i}.decisions.csv", outcomes, NOW)
        write_response(tmp_path / f"{i}.awin.csv", "awin", outcomes)
        write_response(tmp_path / f"{i}.impact.csv", "impact", outcomes)
    for path in tmp_path.glob("*.csv"):
        text = path.read_text(encoding="utf-8")
        assert not TOKEN_RE.search(text), path.name


# ----------------------------------------------------------------- errors


def test_a_file_that_is_not_a_ledger_is_a_ledger_error(tmp_path: Path) -> None:
    bad = tmp_path / "ledger.sqlite"
    bad.write_bytes(b"jane.doe@example.com " * 100)
    with pytest.raises(LedgerError) as caught:
        open_ledger(bad)
    assert str(bad) in str(caught.value)
    assert "jane.doe" not in str(caught.value)


def test_ledger_is_a_context_manager(tmp_path: Path) -> None:
    with open_ledger(tmp_path / "deep" / "ledger.sqlite") as ledger:
        assert isinstance(ledger, Ledger)
    with pytest.raises(LedgerError):
        ledger.add_orders([order("R1")], "B1")


def test_redecided_files_come_back_until_marked_written(tmp_path: Path) -> None:
    with open_ledger(tmp_path / "ledger.sqlite") as ledger:
        decide_claims(in_file("a.csv", claim("C1", "R1")), ledger, RULES, "B1", NOW)
        ledger.add_orders([order("R1")], "B2")
        first = ledger.redecide_open(RULES, "B2", NOW, mark=False)
        # the runner died before writing a.csv: the next run returns it again
        assert ledger.redecide_open(RULES, "B3", NOW, mark=False) == first
        ledger.mark_published("a.csv", first["a.csv"].outcomes)
        assert ledger.redecide_open(RULES, "B3", NOW) == {}


def test_an_email_that_is_not_a_token_never_enters_the_ledger(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    planted = "jane.doe@example.com"
    with open_ledger(db) as ledger:
        ledger.add_orders([order("R1", email=planted)], "B1")
        outcomes = decide_claims([claim("C1", email=planted)], ledger, RULES, "B1", NOW)
    assert answers(outcomes) == [(QUERY, "INVALID_CLAIM", "")]
    assert planted.encode() not in db.read_bytes()


def test_an_order_update_rejudges_the_claims_matching_it(tmp_path: Path) -> None:
    """Rule 3 through the ledger: the first claim owns; an update re-judges, nobody is its own dup."""
    with open_ledger(tmp_path / "ledger.sqlite") as ledger:
        ledger.add_orders([order("R1"), order("R2")], "B1")
        first = decide_claims(
            in_file("a.csv", claim("C1", "R1"), claim("C2", "#r1"), claim("C3", "R2")),
            ledger,
            RULES,
            "B1",
            NOW,
        )
        assert [o.reason.value for o in first] == ["APPROVED", "DUPLICATE_CLAIM", "APPROVED"]
        ledger.add_orders([order("R2", value="100.00", status="pending")], "B2")
        ledger.redecide_open(RULES, "B2", NOW)
        again = ledger.outcomes_for("a.csv")
        assert [o.reason.value for o in again] == ["APPROVED", "DUPLICATE_CLAIM", "ORDER_PENDING"]


def test_file_refs_stream_every_rows_claim_id_and_order_ref(tmp_path: Path) -> None:
    with open_ledger(tmp_path / "ledger.sqlite") as ledger:
        decide_claims(in_file("a.csv", claim("C1", "R1"), claim("C2")), ledger, RULES, "B1", NOW)
        decide_claims(in_file("b.csv", claim("C9", "R9")), ledger, RULES, "B1", NOW)
        assert sorted(ledger.file_refs("a.csv")) == ["", "C1", "C2", "R1"]
        assert sorted(ledger.file_refs("b.csv")) == ["C9", "R9"]
        assert list(ledger.file_refs("none.csv")) == []
