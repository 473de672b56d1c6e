"""Between ledger rows and records: claims, orders, verdicts and outcomes as SQLite holds them."""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from pipeline.claims import schema
from pipeline.claims.rules import HeldClaim, HeldOrder, Verdict, customer_orders, ref_key
from pipeline.config import RulesConfig
from pipeline.models import Decision, MatchedBy, Outcome, Reason

# An email token of design section 4; anything else never enters the ledger.
_EMAIL_TOKEN = re.compile(r"EMAIL_[0-9]+_[A-Z2-7]{20,}")
PROBLEM_SEP = "\x1f"  # between a claim's problems (they name columns, which may hold commas)


def token(value: str) -> str:
    """The email token, or empty when the value is not one."""
    value = value.strip()
    return value if _EMAIL_TOKEN.fullmatch(value) else ""


def iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def order_of(row: tuple[Any, ...]) -> HeldOrder:
    return HeldOrder(
        key=row[0],
        order_ref=row[1],
        order_date=schema.day(row[2]),
        email_token=row[3],
        order_value=schema.amount(row[4]),
        currency=row[5],
        status=row[6],
        tracked_publisher_id=row[7],
    )


def state_of(verdict: Verdict) -> schema.State:
    """A verdict as the ledger stores it (see ``schema.STATE_COLUMNS``)."""
    return (
        verdict.decision.value,
        verdict.reason.value,
        verdict.note,
        verdict.matched,
        schema.text(verdict.commission),
        verdict.currency,
        verdict.order_ref,
        schema.text(verdict.order_value),
    )


def fingerprint(outcome: Outcome) -> str:
    """Everything a row of the output files shows except the times, to tell a change."""
    parts = (
        outcome.claim_id,
        outcome.decision.value,
        outcome.reason.value,
        schema.text(outcome.commission) or "",
        outcome.currency,
        outcome.order_ref,
        outcome.publisher_id,
        outcome.note,
        iso(outcome.transaction_date) or "",
        schema.text(outcome.claimed_value) or "",
        schema.text(outcome.order_value) or "",
        outcome.matched_by.value if outcome.matched_by else "",
    )
    return "\x1f".join(parts)


def reason_of(printed: str) -> str:
    """The reason code inside a published fingerprint (empty when never published)."""
    parts = printed.split("\x1f")
    return parts[2] if len(parts) > 2 else ""


class StoredOrders:
    """The ledger's orders, read from SQLite when matching needs one (see ``rules.Orders``)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def get(self, key: str) -> HeldOrder | None:
        row = self._db.execute(schema.ORDER_BY_KEY, (key,)).fetchone()
        return None if row is None else order_of(row)

    def by_customer(self, claim: HeldClaim, rules: RulesConfig) -> list[HeldOrder]:
        if not claim.email_token:
            return []
        rows = self._db.execute(schema.ORDERS_BY_EMAIL, (claim.email_token,)).fetchall()
        return customer_orders(claim, (order_of(r) for r in rows), rules)


class Reader:
    """Reads claim rows into records, sharing one date object per day (a million claims
    share a few hundred days)."""

    def __init__(self) -> None:
        self._days: dict[date, date] = {}

    def day(self, day: date | None) -> date | None:
        """The one shared object for a day (a million claims share a few hundred days)."""
        return None if day is None else self._days.setdefault(day, day)

    def held(self, row: Sequence[Any]) -> HeldClaim:
        """A claim as held, from the first columns of ``schema.SELECT_CLAIMS``."""
        received = self.day(date.fromisoformat(row[14]))
        assert received is not None
        return HeldClaim(
            source=sys.intern(row[0]),
            key=row[1],
            claim_id=row[2],
            position=(row[3], sys.intern(row[4]), row[5]),
            publisher_id=sys.intern(row[6]),
            merchant=sys.intern(row[7]),
            order_ref=row[8],
            email_token=row[9],
            transaction_date=self.day(schema.day(row[10])),
            order_value=schema.amount(row[11]),
            currency=sys.intern(row[12]),
            claim_date=self.day(schema.day(row[13])) or received,
            mapped=bool(row[15]),
            problems=tuple(p for p in row[16].split(PROBLEM_SEP) if p),
        )

    def outcome(self, row: Sequence[Any], line: int) -> Outcome:
        """A row's outcome from a claim row of ``schema.SELECT_CLAIMS`` (claim and state)."""
        claim = self.held(row)
        decision, reason, note, matched, commission, currency, order_ref, value = schema.state_of(
            row
        )
        changed = row[schema.STATE_AT + len(schema.STATE_COLUMNS)]
        by = None
        if matched:
            by = MatchedBy.ORDER_REF if ref_key(claim.order_ref) else MatchedBy.EMAIL
        return Outcome(
            claim_id=claim.claim_id,
            decision=Decision(decision),
            reason=Reason(reason),
            commission=schema.amount(commission),
            currency=currency or claim.currency,
            order_ref=claim.order_ref or order_ref,
            publisher_id=claim.publisher_id,
            note=note,
            line=line,
            transaction_date=claim.transaction_date,
            claimed_value=claim.order_value,
            order_value=schema.amount(value),
            matched_by=by,
            redecided_at=datetime.fromisoformat(changed) if changed else None,
        )
