"""Must-keep columns are checked, not trusted: which cells hold personal data, which columns
hold ids and merchants, and which merchants are real.

A profile's must-keep fields (claim id, merchant, order ref, dates, amounts) are published
byte-identical, so a personal value in one would be published too: an e-mail used as a
claim id, a customer's name in the Retailer column, a postcode in Retailer because a row is
shifted by one column. ``keep_cell_kind`` says which cells must be replaced after all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from pipeline.detect.columns import header_words, phone_spans
from pipeline.detect.patterns import EMAIL_RE, PERSON_NAMED_BRANDS, is_postcode

# Kinds a known personal value may have for a must-keep cell equal to it to be replaced;
# member ids are left out: an 8-digit member id can equal another row's order number.
_KNOWN_KINDS = frozenset({"NAME", "EMAIL", "PHONE", "ADDRESS", "POSTCODE"})
_ID_KINDS = frozenset({"EMAIL", "PHONE"})
_WRITTEN = frozenset(" .()+\u00a0")
_MERCHANT_WORDS = ("merchant", "retailer", "advertiser", "brand", "store", "shop")
_CLAIM_WORDS = ("claim", "enquiry", "inquiry", "case", "ticket", "query")
_ID_WORDS = ("id", "ref", "reference", "no", "number", "nr")
_ORDER_WORDS = ("order", "basket", "sale", "transaction", "txn", "purchase", "shop", "merchant",
                "retailer", "booking", "invoice")  # fmt: skip
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-./#:]{1,40}")


def value_key(value: str) -> str:
    """The form in which personal values are compared: white space collapsed, case folded."""
    return " ".join(value.split()).casefold()


def _written_phone(text: str) -> bool:
    """A phone written as one (spaces, dots, brackets or +), not a bare run of digits or dashes.

    Order refs look like phones (``07700900123``, ``0161-555-0123``): as ids they stay.
    """
    return any(_WRITTEN.intersection(text[s:e].strip()) for s, e in phone_spans(text))


# A date with an optional time, as claim and order exports write them: never a phone.
_DATE_TIME_RE = re.compile(
    r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?:,?[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\.\d+)?"
    r"(?:[ ]?[AaPp]\.?[Mm]\.?)?(?:[ ]?(?:Z|[+\-]\d{2}:?\d{2}|UTC|GMT|BST))?)?"
)


def keep_cell_kind(
    value: str, known: Mapping[str, str], *, is_id: bool = False, id_phones: bool = False
) -> str | None:
    """The personal kind a must-keep cell holds, or None.

    A cell holding an e-mail address or a written phone number, a whole cell that is a UK
    postcode written with its space (a row shifted by one column), or a cell equal to a
    known personal value of the batch (``known``: ``value_key`` -> kind) is personal. For
    an id (claim id, order ref) only an e-mail counts by its shape, and a phone by being a
    known value of the batch: order refs are often written like phones ("07123 456789").
    A written phone in an id column counts by its shape too when the column holds phones
    (``id_phones``, see ``holds_phones``): a phone column mapped as the order ref.
    """
    text = value.strip()
    if not text or _DATE_TIME_RE.fullmatch(text):
        return None
    if EMAIL_RE.search(text):
        return "EMAIL"
    if (not is_id or id_phones) and _written_phone(text):
        return "PHONE"
    if not is_id and " " in text and is_postcode(text):
        return "POSTCODE"
    kind = known.get(value_key(text))
    if kind in (_ID_KINDS if is_id else _KNOWN_KINDS):
        return kind
    return None


def holds_phones(values: Iterable[str]) -> bool:
    """Whether an id column's sampled cells are mostly written phones: phone numbers, not
    refs that look like them (a few refs in a column written "07123 456789" stay refs)."""
    cells = [v.strip() for v in values if isinstance(v, str) and v.strip()]
    return bool(cells) and 2 * sum(map(_written_phone, cells)) > len(cells)


def real_merchants(
    counts: Mapping[str, int], configured: Iterable[str], min_rows: int
) -> frozenset[str]:
    """The merchant-column values (as spelled) that are real merchants.

    Real: seen in at least ``min_rows`` rows of the merchant column (``counts``), or on the
    configured list (the rules' merchants) or among the brands named like people. A
    person's name that sits in the merchant column of a row or two is not a merchant.
    """
    listed = {value_key(m) for m in (*configured, *PERSON_NAMED_BRANDS)}
    return frozenset(m for m, n in counts.items() if n >= min_rows or value_key(m) in listed)


def is_merchant_header(column: str) -> bool:
    """Whether a header names the merchant (Retailer, Merchant name, Advertiser ...)."""
    header = header_words(column)
    return any(f" {word} " in header for word in _MERCHANT_WORDS)


def claim_id_column(sample: pd.DataFrame, columns: Sequence[str]) -> str | None:
    """The claim-id column of a layout no profile knows, when header and content agree.

    The header names a claim, enquiry or case id ("Claim ID", "enquiry_ref", "Case No");
    the sampled cells are all ids (a digit in each) and all different.
    """
    for column in columns:
        header = header_words(column)
        words = set(header.split())
        if not (words & set(_CLAIM_WORDS)) or not (words & set(_ID_WORDS) or words == {"claim"}):
            continue
        values = [v.strip() for v in sample[column].tolist() if isinstance(v, str) and v.strip()]
        if not values or len(set(values)) != len(values):
            continue
        if all(_ID_RE.fullmatch(v) and any(c.isdigit() for c in v) for v in values):
            return column
    return None


def order_ref_columns(columns: Sequence[str]) -> list[str]:
    """The columns of a layout no profile knows whose header names an order ref ("Merchant
    Order No", "Basket ID", "Shop Ref", "txn_reference"): ids, whatever their cells look like."""
    found = []
    for column in columns:
        words = set(header_words(column).split())
        if words & set(_ORDER_WORDS) and words & set(_ID_WORDS):
            found.append(column)
    return found
