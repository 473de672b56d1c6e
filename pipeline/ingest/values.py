"""Parsing dates and money as they arrive in claim files (UK day-first dates, plain amounts).

An amount is read only when it is plain (design section 5): an optional minus sign, an
optional currency symbol or code, digits grouped in thousands by the separator that is not
the profile's ``decimal_separator`` (or not grouped), and at most two decimals after the
decimal separator. Anything else is not guessed: ``1e3``, ``(50.00)``, ``12,50`` under
``"."``, and a single group with no decimals (``1.234`` under ``","``, ``1,234`` under
``"."``), which reads as a thousand or as a decimal depending on where the file came from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Literal

Separator = Literal[".", ","]
DECIMAL_SEPARATORS: tuple[Separator, ...] = (".", ",")
_CURRENCY = r"(?:£|\$|€|GBP|EUR|USD)"


@cache
def _money_pattern(decimal_separator: Separator) -> re.Pattern[str]:
    dec = re.escape(decimal_separator)
    group = re.escape("," if decimal_separator == "." else ".")
    number = rf"(?P<int>[0-9]+|[0-9]{{1,3}}(?:{group}[0-9]{{3}})+)(?:{dec}(?P<frac>[0-9]{{1,2}}))?"
    return re.compile(
        rf"(?P<sign>-)?\s*(?:{_CURRENCY}\s*)?(?P<sign2>-)?\s*{number}\s*(?:{_CURRENCY})?",
        re.IGNORECASE,
    )


def parse_money(text: str, decimal_separator: Separator = ".") -> Decimal | None:
    """A plain amount as Decimal; None when empty, ambiguous or not plain (never guessed).

    ``£1,234.56``, ``1,234.56``, ``1234.56``, ``-50.00``; with ``decimal_separator=","``
    also ``1.234,56`` and ``12,50``.
    """
    found = _money_pattern(decimal_separator).fullmatch(text.strip())
    if found is None or (found["sign"] and found["sign2"]):
        return None
    whole, frac = found["int"], found["frac"]
    grouped = not whole.isdigit()
    if grouped and frac is None and whole.count(",") + whole.count(".") == 1:
        return None  # one thousands group and no decimals: a thousand, or a decimal?
    digits = whole.replace(",", "").replace(".", "") + ("." + frac if frac else "")
    value = Decimal(digits)
    return -value if found["sign"] or found["sign2"] else value


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


def cell_problem(field: str, columns: Sequence[str], line: int) -> str:
    """Why a claim is invalid, naming the cell (field, column, line) and never its value.

    The field comes first, so the rules can tell which fields a claim's problems name.
    """
    where = " + ".join(f"'{c}'" for c in columns) or "unmapped"
    return f"{field} (column {where}, line {line})"
