"""Claims against the order ledger: matching, the rules of section 6, and response files."""

from __future__ import annotations

from pipeline.claims.ledger import Ledger, claim_key, decide_claims, open_ledger
from pipeline.claims.outputs import (
    DECISIONS_HEADER,
    RESPONSE_STYLES,
    decision_rows,
    response_rows,
    write_decisions,
    write_response,
)
from pipeline.claims.rules import (
    commission_for,
    is_within_tolerance,
    list_for_review,
    ref_key,
    tolerance,
)

__all__ = [
    "DECISIONS_HEADER",
    "RESPONSE_STYLES",
    "Ledger",
    "claim_key",
    "commission_for",
    "decide_claims",
    "decision_rows",
    "is_within_tolerance",
    "list_for_review",
    "open_ledger",
    "ref_key",
    "response_rows",
    "tolerance",
    "write_decisions",
    "write_response",
]
