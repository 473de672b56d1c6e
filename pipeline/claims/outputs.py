"""The files decisions go out in: the generic decisions CSV and the networks' response shapes.

Every file is written through ``pipeline.publish.write_csv`` (atomic, formula-safe) and
holds no personal value: claim ids, decisions, reason codes, amounts, order references,
publisher ids and dates only.

* ``<stem>.decisions.csv`` (always): ``claim_id, decision, reason_code, commission,
  currency, order_ref, publisher_id, decided_at, reason, claimed_value, order_value,
  matched_by, redecided_at``: the first five fixed by the design; ``order_value`` is the
  matched order's, ``matched_by`` is ``order_ref`` or ``email`` (empty when no order
  matched), ``redecided_at`` the time the answer last changed after it was first given.
* Awin style (profile ``response: awin``), shaped like the transaction-query upload it
  answers: ``enquiry_id, reference, date, status, commission, status_note`` with status
  ``approved | declined | pending`` (a query stays pending with the advertiser).
* Impact style (``response: impact``), an action-inquiry resolution file:
  ``Id, Transaction Date, Resolution Status, Resolution Reason`` with status
  ``VALID | INCOMPLETE | DECLINED`` (approve, query, decline).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from pipeline.claims.rules import money
from pipeline.errors import ConfigError
from pipeline.models import Decision, Outcome, Reason
from pipeline.publish import write_csv

DECISIONS_HEADER = (
    "claim_id",
    "decision",
    "reason_code",
    "commission",
    "currency",
    "order_ref",
    "publisher_id",
    "decided_at",
    "reason",
    "claimed_value",
    "order_value",
    "matched_by",
    "redecided_at",
)
AWIN_HEADER = ("enquiry_id", "reference", "date", "status", "commission", "status_note")
IMPACT_HEADER = ("Id", "Transaction Date", "Resolution Status", "Resolution Reason")
RESPONSE_STYLES = ("none", "awin", "impact")

AWIN_STATUS = {
    Decision.APPROVE: "approved",
    Decision.DECLINE: "declined",
    Decision.QUERY: "pending",
}
IMPACT_STATUS = {
    Decision.APPROVE: "VALID",
    Decision.DECLINE: "DECLINED",
    Decision.QUERY: "INCOMPLETE",
}

REASON_LABELS = {
    Reason.INVALID_CLAIM: "Invalid claim",
    Reason.ORDER_NOT_FOUND: "Order not found",
    Reason.AMBIGUOUS_MATCH: "Several orders match",
    Reason.DUPLICATE_CLAIM: "Duplicate claim",
    Reason.ORDER_CANCELLED: "Order cancelled",
    Reason.ORDER_RETURNED: "Order returned",
    Reason.ALREADY_TRACKED: "Already tracked",
    Reason.TRACKED_TO_ANOTHER_PUBLISHER: "Tracked to another publisher",
    Reason.OUTSIDE_CLAIM_WINDOW: "Outside claim window",
    Reason.ORDER_PENDING: "Order pending",
    Reason.AMOUNT_MISMATCH: "Amount mismatch",
    Reason.APPROVED: "Approved",
    Reason.UNMAPPED_SOURCE: "Unmapped source",
}


def _money(value: Decimal | None) -> str:
    return "" if value is None else money(value)


def _commission(outcome: Outcome) -> str:
    return _money(outcome.commission)


def _day(day: date | None, suffix: str = "") -> str:
    return day.isoformat() + suffix if day is not None else ""


def explain(outcome: Outcome) -> str:
    """The short human reason: the reason's label and the rule's note."""
    label = REASON_LABELS[outcome.reason]
    return f"{label}: {outcome.note}" if outcome.note else label


def decision_rows(outcomes: Sequence[Outcome], decided_at: datetime) -> list[list[str]]:
    """The rows of a decisions file (without header)."""
    stamp = decided_at.isoformat(timespec="seconds")
    return [
        [
            o.claim_id,
            o.decision.value,
            o.reason.value,
            _commission(o),
            o.currency,
            o.order_ref,
            o.publisher_id,
            stamp,
            o.note,
            _money(o.claimed_value),
            _money(o.order_value),
            o.matched_by.value if o.matched_by else "",
            o.redecided_at.isoformat(timespec="seconds") if o.redecided_at else "",
        ]
        for o in outcomes
    ]


def write_decisions(path: Path, outcomes: Sequence[Outcome], decided_at: datetime) -> None:
    """Write ``<stem>.decisions.csv``: one row per claim row, in the order given."""
    write_csv(path, DECISIONS_HEADER, decision_rows(outcomes, decided_at))


def response_rows(
    style: str, outcomes: Sequence[Outcome]
) -> tuple[tuple[str, ...], list[list[str]]]:
    """Header and rows of a network response file in ``style`` (awin or impact)."""
    if style == "awin":
        return AWIN_HEADER, [
            [
                o.claim_id,
                o.order_ref,
                _day(o.transaction_date, " 00:00:00"),
                AWIN_STATUS[o.decision],
                _commission(o),
                f"{o.reason.value}: {o.note}" if o.note else o.reason.value,
            ]
            for o in outcomes
        ]
    if style == "impact":
        return IMPACT_HEADER, [
            [o.claim_id, _day(o.transaction_date), IMPACT_STATUS[o.decision], explain(o)]
            for o in outcomes
        ]
    raise ConfigError(
        f"unknown response style '{style}'",
        key="response",
        hint="valid styles: " + ", ".join(RESPONSE_STYLES),
    )


def write_response(path: Path, style: str, outcomes: Sequence[Outcome]) -> None:
    """Write the response file a network takes back; style ``none`` writes nothing."""
    if style == "none":
        return
    header, rows = response_rows(style, outcomes)
    write_csv(path, header, rows)
