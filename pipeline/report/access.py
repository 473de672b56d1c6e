"""The subject access export (design section 7): what is held about one person, as a
self-contained HTML letter for them, or JSON and CSV for tools.

The HTML is for the person: no token, no record key, nothing about anyone else. A value of
theirs found in another shopper's claim comment is shown as just that value, without that
claim's id, merchant, order or amount (which are the other shopper's). The JSON and CSV are
for the data-protection officer's tools and carry the record keys and tokens as well.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import jinja2

from pipeline.errors import PipelineError, StageError
from pipeline.publish import csv_text

TEMPLATE = "access.html.j2"
SUFFIXES = (".html", ".json", ".csv")
CSV_HEADER = (
    "record", "entry", "claim_id", "source", "merchant", "order_ref", "transaction_date",
    "amount", "currency", "decision", "reason_code", "kind", "token", "value", "mentioned",
    "stored_at", "decided_at", "shred_due",
)  # fmt: skip
KIND_LABELS = {
    "NAME": "Name",
    "EMAIL": "Email address",
    "PHONE": "Phone number",
    "ADDRESS": "Postal address",
    "POSTCODE": "Postcode",
    "MEMBER": "Member number",
    "NINO": "National Insurance number",
    "CARD": "Payment card number",
    "IBAN": "Bank account (IBAN)",
    "IP": "IP address",
}
# Each reason code in words a shopper can read (design section 6).
REASON_TEXT = {
    "APPROVED": "We found your order and approved the missing commission.",
    "INVALID_CLAIM": "The claim was missing details we need (such as the order reference, "
    "date or amount), so we asked for them.",
    "ORDER_NOT_FOUND": "We could not find a matching order in the retailer's records.",
    "AMBIGUOUS_MATCH": "More than one order could match, so we asked for the order reference.",
    "DUPLICATE_CLAIM": "This order had already been claimed.",
    "ORDER_CANCELLED": "The retailer's records show the order was cancelled.",
    "ORDER_RETURNED": "The retailer's records show the order was returned or refunded.",
    "ALREADY_TRACKED": "The order was already tracked, so commission is paid without a claim.",
    "TRACKED_TO_ANOTHER_PUBLISHER": "The order was tracked to another cashback site or publisher.",
    "OUTSIDE_CLAIM_WINDOW": "The claim arrived after the retailer's claim window had closed.",
    "ORDER_PENDING": "The order is still pending with the retailer; we will decide it when "
    "it completes.",
    "AMOUNT_MISMATCH": "The amount claimed differs from the order's amount, so we asked about it.",
    "UNMAPPED_SOURCE": "We could not read the file the claim came in, so it awaits review.",
}


@dataclass(frozen=True, slots=True)
class HeldValue:
    """One original value held, with the token that stands for it in the outputs."""

    kind: str  # token kind
    value: str
    token: str
    stored_at: str  # ISO date-time
    mentioned: bool  # found in the free text (a note), not a field of its own

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind.title())


@dataclass(frozen=True, slots=True)
class Entry:
    """One claim or order held for the person, or a mention of them in someone else's claim."""

    record: str  # vault record key (tools only)
    kind: str  # claim | order | mention
    claim_id: str
    source: str
    merchant: str
    order_ref: str
    transaction_date: str
    amount: str
    currency: str
    decision: str
    reason_code: str
    held_since: str  # ISO date-time of the first value stored
    decided_at: str  # ISO date-time, or "" when undecided
    shred_due: str  # ISO date, or "" when the retention clock has not started
    values: tuple[HeldValue, ...]

    @property
    def reason_text(self) -> str:
        return REASON_TEXT.get(self.reason_code, "")


@dataclass(frozen=True, slots=True)
class SubjectAccess:
    """Everything a subject access export says; built by ``Operations.find``."""

    generated_at: str
    controller: str
    contact: str
    purpose: str
    recipients: tuple[str, ...]
    retention_days: int
    entries: tuple[Entry, ...]

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def check_suffix(path: Path) -> str:
    """The export format named by the file's suffix; refuses any other suffix."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise PipelineError(
            f"cannot tell the export format from {path.name!r}",
            hint="name the file .html (for the person), .json or .csv (for tools)",
        )
    return suffix


def render_access(access: SubjectAccess, suffix: str) -> str:
    """The export's text in the format of ``suffix`` (``.html``, ``.json`` or ``.csv``)."""
    if suffix == ".json":
        return json.dumps(access.as_dict(), indent=2, ensure_ascii=False) + "\n"
    if suffix == ".csv":
        return csv_text(list(CSV_HEADER), _csv_lines(access))
    return _html(access)


def _csv_lines(access: SubjectAccess) -> list[list[str]]:
    lines = []
    for e in access.entries:
        for v in e.values:
            lines.append(
                [
                    e.record, e.kind, e.claim_id, e.source, e.merchant, e.order_ref,
                    e.transaction_date, e.amount, e.currency, e.decision, e.reason_code,
                    v.kind, v.token, v.value, "yes" if v.mentioned else "no", v.stored_at,
                    e.decided_at, e.shred_due,
                ]
            )  # fmt: skip
    return lines


def _day(iso: str) -> str:
    """An ISO date or date-time as ``14 June 2025`` (empty stays empty)."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{moment.day} {moment.strftime('%B %Y')}"


def _html(access: SubjectAccess) -> str:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("pipeline.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["day"] = _day
    try:
        return env.get_template(TEMPLATE).render(
            access=access,
            claims=[e for e in access.entries if e.kind == "claim"],
            orders=[e for e in access.entries if e.kind == "order"],
            mentions=[e for e in access.entries if e.kind == "mention"],
        )
    except jinja2.TemplateError as exc:
        raise StageError(
            "export", f"the subject access template failed: {type(exc).__name__}"
        ) from exc
