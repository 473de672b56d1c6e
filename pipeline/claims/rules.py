"""The decision rules of design section 6: order matching, the nine rules in order, commission.

Everything here is a pure function of the claims and orders it is given. A claim's verdict
comes in two steps: ``match_claim`` (rules 1 and 2: which order, if any, it matches; this
depends on the claim and the orders only) and, for the claims matching one order,
``judge_order`` (rule 3: the earliest owns it, and rules 4 to 9 for the owner). The ledger
decides which claims and orders those are (see ``pipeline.claims.ledger``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol

from pipeline.config import RulesConfig
from pipeline.models import Decision, MatchedBy, Outcome, Reason

PENNY = Decimal("0.01")
HUNDRED = Decimal(100)
_SPACES = re.compile(r"\s+")
# Statuses of design section 5; anything else is treated like pending (query, never approve).
COMPLETED, PENDING, CANCELLED, RETURNED = "completed", "pending", "cancelled", "returned"


def ref_key(order_ref: str) -> str:
    """An order reference as compared: trimmed, upper-cased, no leading '#', no spaces."""
    text = order_ref.strip().upper()
    if text.startswith("#"):
        text = text[1:]
    return _SPACES.sub("", text)


def tolerance(order_value: Decimal, rules: RulesConfig) -> Decimal:
    """The largest allowed gap between claimed and order value: max(abs, pct % of order)."""
    return max(rules.value_tolerance_abs, abs(order_value) * rules.value_tolerance_pct / HUNDRED)


def is_within_tolerance(claimed: Decimal, order_value: Decimal, rules: RulesConfig) -> bool:
    """True when the claimed value is within the tolerance of the order value (equal is within)."""
    return abs(claimed - order_value) <= tolerance(order_value, rules)


def commission_for(order_value: Decimal, rate: Decimal) -> Decimal:
    """Order value times rate, rounded half-up to pennies."""
    return (order_value * rate).quantize(PENNY, rounding=ROUND_HALF_UP)


def money(value: Decimal) -> str:
    """A money amount as text with two decimals, never in exponent form."""
    return f"{value.quantize(PENNY, rounding=ROUND_HALF_UP):f}"


def percent(rate: Decimal) -> str:
    """A rate as a percentage without trailing zeros: Decimal('0.05') -> '5%'."""
    text = f"{(rate * HUNDRED).normalize():f}"
    return f"{text}%"


@dataclass(frozen=True, slots=True)
class HeldOrder:
    """An order as the ledger holds it (tokens only), keyed by its normalised reference."""

    key: str
    order_ref: str
    order_date: date | None
    email_token: str
    order_value: Decimal | None
    currency: str
    status: str
    tracked_publisher_id: str


@dataclass(frozen=True, slots=True)
class HeldClaim:
    """A claim as the ledger holds it (tokens only), with its place in the deciding order.

    ``position`` is (batch ordinal, file, line) of the claim's first sighting: the rules
    visit claims in that order, so "earlier claim" means earlier batch, then earlier file
    in name order, then earlier row. ``claim_date`` is the claim's own date, or the day the
    claim was first received when the file gives none.
    """

    source: str
    key: str
    claim_id: str
    position: tuple[int, str, int]
    publisher_id: str
    merchant: str
    order_ref: str
    email_token: str
    transaction_date: date | None
    order_value: Decimal | None
    currency: str
    claim_date: date
    mapped: bool
    problems: tuple[str, ...]
    # (source, key), built once: a million held claims must not each build it again and again.
    ident: tuple[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ident", (self.source, self.key))


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the rules said about one claim, and which order it matched (empty when none)."""

    decision: Decision
    reason: Reason
    note: str
    matched: str = ""
    commission: Decimal | None = None
    currency: str = ""
    order_ref: str = ""
    order_value: Decimal | None = None  # the matched order's value

    def to_outcome(self, claim: HeldClaim, line: int) -> Outcome:
        """The outcome for one row of a claim file that carries this claim."""
        return Outcome(
            claim_id=claim.claim_id,
            decision=self.decision,
            reason=self.reason,
            commission=self.commission,
            currency=self.currency or claim.currency,
            order_ref=claim.order_ref.strip() or self.order_ref,
            publisher_id=claim.publisher_id,
            note=self.note,
            line=line,
            transaction_date=claim.transaction_date,
            claimed_value=claim.order_value,
            order_value=self.order_value,
            matched_by=(MatchedBy.ORDER_REF if ref_key(claim.order_ref) else MatchedBy.EMAIL)
            if self.matched
            else None,
        )


class Orders(Protocol):
    """Where matching finds orders (the ledger's SQLite table, or a dict in tests)."""

    def get(self, key: str) -> HeldOrder | None:
        """The order with this normalised reference, if any."""
        ...

    def by_customer(self, claim: HeldClaim, rules: RulesConfig) -> list[HeldOrder]:
        """Orders with the claim's email token, within the date window and value tolerance."""
        ...


def customer_orders(
    claim: HeldClaim, orders: Iterable[HeldOrder], rules: RulesConfig
) -> list[HeldOrder]:
    """Of one customer's orders, those within the date window and the value tolerance."""
    assert claim.transaction_date is not None and claim.order_value is not None
    found = []
    for order in orders:
        if order.order_date is None or order.order_value is None:
            continue
        if abs((order.order_date - claim.transaction_date).days) > rules.date_window_days:
            continue
        if is_within_tolerance(claim.order_value, order.order_value, rules):
            found.append(order)
    return found


def _verdict(
    decision: Decision, reason: Reason, note: str, order: HeldOrder | None = None
) -> Verdict:
    if order is None:
        return Verdict(decision, reason, note)
    return Verdict(
        decision,
        reason,
        note,
        matched=order.key,
        currency=order.currency,
        order_ref=order.order_ref,
        order_value=order.order_value,
    )


def check_claim(claim: HeldClaim) -> Verdict | None:
    """Rule 0 (unmapped layout) and rule 1 (invalid claim); None when the claim can be matched."""
    if not claim.mapped:
        return _verdict(
            Decision.QUERY, Reason.UNMAPPED_SOURCE, "no source profile maps this file's layout"
        )
    missing = list(claim.problems)
    named = {problem.split(" ", 1)[0] for problem in missing}  # a problem names its field first
    if claim.transaction_date is None and "transaction_date" not in named:
        missing.append("transaction_date")
    if claim.order_value is None and "order_value" not in named:
        missing.append("order_value")
    if not claim.claim_id.strip():
        return _verdict(Decision.QUERY, Reason.INVALID_CLAIM, "claim id missing")
    if not ref_key(claim.order_ref) and not claim.email_token:
        return _verdict(
            Decision.QUERY, Reason.INVALID_CLAIM, "neither an order reference nor an email"
        )
    if missing:
        return _verdict(
            Decision.QUERY,
            Reason.INVALID_CLAIM,
            "missing, ambiguous or unreadable: " + "; ".join(missing),
        )
    if claim.order_value is not None and claim.order_value <= 0:
        return _verdict(Decision.QUERY, Reason.INVALID_CLAIM, "claimed value is zero or below")
    return None


def match_order(claim: HeldClaim, book: Orders, rules: RulesConfig) -> HeldOrder | Verdict:
    """The one order a valid claim matches, or the verdict when none (rule 2) or several match."""
    key = ref_key(claim.order_ref)
    if key:
        order = book.get(key)
        if order is None:
            return _verdict(
                Decision.DECLINE, Reason.ORDER_NOT_FOUND, "no order with this reference"
            )
        return order
    found = book.by_customer(claim, rules)
    window = f"within {rules.date_window_days} days and the value tolerance"
    if not found:
        return _verdict(
            Decision.DECLINE,
            Reason.ORDER_NOT_FOUND,
            f"no order reference; no order for the customer's email {window}",
        )
    if len(found) > 1:
        return _verdict(
            Decision.QUERY,
            Reason.AMBIGUOUS_MATCH,
            f"no order reference; {len(found)} orders for the customer's email {window}",
        )
    return found[0]


def judge_match(claim: HeldClaim, order: HeldOrder, rules: RulesConfig) -> Verdict:
    """Rules 4 to 9 for a claim and the order it owns (rule 3 is ``judge_order``)."""
    status = order.status.strip().lower()
    if status == CANCELLED:
        return _verdict(Decision.DECLINE, Reason.ORDER_CANCELLED, "order was cancelled", order)
    if status == RETURNED:
        return _verdict(Decision.DECLINE, Reason.ORDER_RETURNED, "order was returned", order)
    if order.order_value is not None and order.order_value <= 0:
        return _verdict(
            Decision.DECLINE,
            Reason.ORDER_RETURNED,
            "order is a refund line (value zero or below)",
            order,
        )
    tracked = order.tracked_publisher_id.strip()
    if tracked:
        if tracked.casefold() == claim.publisher_id.strip().casefold():
            return _verdict(
                Decision.DECLINE,
                Reason.ALREADY_TRACKED,
                "order already tracked to this publisher",
                order,
            )
        return _verdict(
            Decision.DECLINE,
            Reason.TRACKED_TO_ANOTHER_PUBLISHER,
            "order tracked to another publisher",
            order,
        )
    if order.order_date is not None:
        age = (claim.claim_date - order.order_date).days
        if age > rules.claim_window_days:
            return _verdict(
                Decision.DECLINE,
                Reason.OUTSIDE_CLAIM_WINDOW,
                f"claimed {age} days after the order (window {rules.claim_window_days} days)",
                order,
            )
    if status != COMPLETED:
        note = "order is still pending" if status == PENDING else "order status not recognised"
        return _verdict(Decision.QUERY, Reason.ORDER_PENDING, note, order)
    assert claim.order_value is not None  # check_claim guarantees it
    if order.order_value is None:
        return _verdict(
            Decision.QUERY, Reason.AMOUNT_MISMATCH, "order has no readable value", order
        )
    if order.currency.strip().upper() != claim.currency.strip().upper():
        return _verdict(
            Decision.QUERY,
            Reason.AMOUNT_MISMATCH,
            "claim and order are in different currencies",
            order,
        )
    if not is_within_tolerance(claim.order_value, order.order_value, rules):
        gap = abs(claim.order_value - order.order_value)
        allowed = tolerance(order.order_value, rules)
        return _verdict(
            Decision.QUERY,
            Reason.AMOUNT_MISMATCH,
            f"claimed {money(claim.order_value)}, order {money(order.order_value)}: "
            f"difference {money(gap)} exceeds tolerance {money(allowed)}",
            order,
        )
    rate = rules.rate_for(claim.merchant)
    return Verdict(
        Decision.APPROVE,
        Reason.APPROVED,
        f"commission {percent(rate)} of order value {money(order.order_value)}",
        matched=order.key,
        commission=commission_for(order.order_value, rate),
        currency=order.currency,
        order_ref=order.order_ref,
        order_value=order.order_value,
    )


def match_claim(claim: HeldClaim, book: Orders, rules: RulesConfig) -> HeldOrder | Verdict:
    """Rules 0 to 2: the one order a claim matches, or the verdict when it matches none."""
    verdict = check_claim(claim)
    if verdict is not None:
        return verdict
    return match_order(claim, book, rules)


def judge_order(
    order: HeldOrder, claims: Iterable[HeldClaim], rules: RulesConfig
) -> Iterator[tuple[HeldClaim, Verdict]]:
    """Rule 3 and rules 4 to 9 for every claim matching one order, visited by position.

    The earliest claim (earlier batch, earlier file in name order, earlier row) owns the
    order and is judged; every later one is DUPLICATE_CLAIM.
    """
    for n, claim in enumerate(sorted(claims, key=lambda c: c.position)):
        if n == 0:
            yield claim, judge_match(claim, order, rules)
        else:
            yield (
                claim,
                _verdict(
                    Decision.DECLINE,
                    Reason.DUPLICATE_CLAIM,
                    "order already matched by an earlier claim",
                    order,
                ),
            )


def list_for_review(outcomes: Iterable[Outcome]) -> tuple[str, ...]:
    """Claim ids that only a reveal could match: no order reference and no order for the email.

    AMBIGUOUS_MATCH claims are not listed: the candidate orders are already known, so seeing
    the person would not help an analyst choose between them.
    """
    return tuple(
        o.claim_id for o in outcomes if o.reason is Reason.ORDER_NOT_FOUND and not o.order_ref
    )
