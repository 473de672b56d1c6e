"""Parsing dates and money as they arrive in claim files (UK day-first dates, £ amounts)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

_MONEY_JUNK = re.compile(r"[£$€,\s]|GBP|EUR|USD", re.IGNORECASE)


def parse_money(text: str) -> Decimal | None:
    """``£1,234.56``, ``1,234.56``, ``1234.56`` -> Decimal; None when empty or not a number."""
    cleaned = _MONEY_JUNK.sub("", text)
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def parse_date(text: str, formats: Sequence[str]) -> date | None:
    """The first format that parses the whole text wins; None when none does."""
    stripped = text.strip()
    if not stripped:
        return None
    for fmt in formats:
        try:
            return datetime.strptime(stripped, fmt).date()
        except ValueError:
            continue
    return None
