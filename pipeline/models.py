"""Frozen records and enums passed between stages: claims, orders, findings, decisions, results."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

# The column kind of a column whose text is scanned for personal spans (design section 5).
FREE_TEXT = "FREE_TEXT"


class Kind(enum.Enum):
    """Token kinds (design section 4). The value is the token prefix."""

    NAME = "NAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    ADDRESS = "ADDRESS"
    POSTCODE = "POSTCODE"
    MEMBER = "MEMBER"
    NINO = "NINO"
    CARD = "CARD"
    IBAN = "IBAN"
    IP = "IP"


class Method(enum.Enum):
    """How a column's kind was decided."""

    PROFILE = "profile"
    SAMPLING = "content sampling"
    FREE_TEXT = "free-text scan"
    KEEP = "kept"


class Decision(enum.Enum):
    APPROVE = "approve"
    DECLINE = "decline"
    QUERY = "query"


class Reason(enum.Enum):
    """Reason codes of design section 6, in rule order."""

    INVALID_CLAIM = "INVALID_CLAIM"
    ORDER_NOT_FOUND = "ORDER_NOT_FOUND"
    AMBIGUOUS_MATCH = "AMBIGUOUS_MATCH"
    DUPLICATE_CLAIM = "DUPLICATE_CLAIM"
    ORDER_CANCELLED = "ORDER_CANCELLED"
    ORDER_RETURNED = "ORDER_RETURNED"
    ALREADY_TRACKED = "ALREADY_TRACKED"
    TRACKED_TO_ANOTHER_PUBLISHER = "TRACKED_TO_ANOTHER_PUBLISHER"
    OUTSIDE_CLAIM_WINDOW = "OUTSIDE_CLAIM_WINDOW"
    ORDER_PENDING = "ORDER_PENDING"
    AMOUNT_MISMATCH = "AMOUNT_MISMATCH"
    APPROVED = "APPROVED"
    UNMAPPED_SOURCE = "UNMAPPED_SOURCE"


@dataclass(frozen=True, slots=True)
class Claim:
    """A canonical claim after pseudonymisation: tokens only, never an original value.

    ``problems`` lists why a field could not be parsed (field names, never values);
    a claim with problems is answered INVALID_CLAIM.
    """

    claim_id: str
    source: str
    file: str
    line: int
    publisher_id: str = ""
    merchant: str = ""
    order_ref: str = ""
    email_token: str = ""
    transaction_date: date | None = None
    order_value: Decimal | None = None
    currency: str = "GBP"
    claim_date: date | None = None
    mapped: bool = True
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Order:
    """A retailer order after pseudonymisation."""

    order_ref: str
    order_date: date | None
    email_token: str
    order_value: Decimal | None
    currency: str
    status: str
    tracked_publisher_id: str
    name_token: str = ""
    postcode_token: str = ""
    voucher_code: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """The decision on one claim; holds no personal value."""

    claim_id: str
    decision: Decision
    reason: Reason
    commission: Decimal | None
    currency: str
    order_ref: str
    publisher_id: str
    note: str
    line: int = 0
    transaction_date: date | None = None


@dataclass(frozen=True, slots=True)
class Original:
    """One original personal value handed to the vault, with the token that replaced it."""

    token: str
    kind: Kind
    value: str
    record: str  # "claim:<file-sha>:<claim_id or line>" or "order:<order_ref>"


@dataclass(frozen=True, slots=True)
class ColumnReport:
    """What was found in one column (no values)."""

    column: str
    kind: str | None  # token kind, "FREE_TEXT", or None when kept
    method: Method
    count: int = 0
    confidence_min: float | None = None
    confidence_max: float | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class FileResult:
    """Outcome of one input file."""

    name: str
    sha256: str
    status: str  # processed | quarantined | duplicate | failed
    profile: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    rows_in: int = 0
    rows_out: int = 0
    rows_quarantined: int = 0
    reason: str = ""
    columns: tuple[ColumnReport, ...] = ()
    free_text: dict[str, int] = field(default_factory=dict)
    decisions: dict[str, int] = field(default_factory=dict)
    formulas_neutralised: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    outputs: tuple[str, ...] = ()
    unmatched_for_review: tuple[str, ...] = ()  # claim ids needing a justified reveal
    leaks: tuple[tuple[str, str, str], ...] = ()  # residual-leak hits: (output, column, kind)
    leak_values: int = 0  # distinct original values the residual-leak check searched for


@dataclass(frozen=True, slots=True)
class LeakCheck:
    """Result of the residual-leak rescan over a batch's outputs."""

    values_checked: int
    outputs_checked: int
    hits: tuple[tuple[str, str, str], ...] = ()  # (output file, column, kind)

    @property
    def passed(self) -> bool:
        return not self.hits


@dataclass(frozen=True, slots=True)
class BatchResult:
    """Everything a report needs about one batch."""

    batch_id: str
    started: datetime
    finished: datetime
    files: tuple[FileResult, ...]
    orders: tuple[FileResult, ...] = ()
    leak_check: LeakCheck | None = None
    versions: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    shredded: int = 0
    redecided: tuple[str, ...] = ()  # earlier claim files whose decisions were rewritten
    audit_head: str = ""
