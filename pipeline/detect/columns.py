"""Column classification by content sampling for columns no profile names (no model needed).

Each column's sampled cells are tested against patterns (email, UK phone, postcode, street
address, name shape) and statistics (distinctness, length, word count). Header words help
when present, but cryptic headers (f1, col_b) are classified on content alone. A member id
cannot be told from an order ref by content, so MEMBER needs a header that says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from pipeline.config import DetectionConfig
from pipeline.detect.patterns import (
    EMAIL_RE,
    HOUSE_WORDS,
    INTL_PHONE_RE,
    PERSON_NAMED_BRANDS,
    POSTCODE_RE,
    POSTCODE_TAIL_RE,
    UK_TOWNS,
    find_street_lines,
    find_uk_phones,
    fold,
    is_email,
    is_postcode,
    is_street_line,
    is_uk_phone,
    looks_like_name,
)
from pipeline.models import Method

FREE_TEXT = "FREE_TEXT"

_HINTS: dict[str, tuple[str, ...]] = {
    "EMAIL": ("email", "e mail", "mail"),
    "PHONE": ("phone", "tel", "telephone", "mobile", "mob", "cell", "contact number"),
    "POSTCODE": ("postcode", "post code", "postal code", "zip", "zipcode", "pcode"),
    "ADDRESS": ("address", "addr", "street", "line1", "line 1", "address1", "town", "city",
                "county", "house", "road", "locality"),
    "NAME": ("name", "surname", "forename", "first", "last", "firstname", "lastname",
             "fullname", "given", "family", "fname", "lname"),
    FREE_TEXT: ("comment", "comments", "note", "notes", "message", "details", "description",
                "remarks", "remark", "reason", "query", "enquiry", "feedback", "text",
                "explanation", "info", "information", "memo", "narrative"),
}  # fmt: skip
_MEMBER_HINTS = ("member", "customer", "user", "saver", "account", "shopper", "cust",
                 "client", "subscriber", "loyalty", "supporter", "cardholder", "username",
                 "login")  # fmt: skip
# Headers that name a business field: never personal, whatever the content looks like.
_KEEP_HINTS = ("merchant", "retailer", "advertiser", "brand", "store", "shop", "programme",
               "program", "publisher", "affiliate", "network", "campaign", "order", "transaction",
               "invoice", "claim", "enquiry id", "inquiry", "sku", "product", "amount", "value",
               "commission", "cashback", "payout", "date", "time", "status", "currency", "type",
               "click", "tracking", "deadline", "mid", "site", "channel", "voucher", "total",
               "price", "qty", "quantity", "sale", "ref", "reference", "id")  # fmt: skip
_NOT_MEMBER_HINTS = ("merchant", "publisher", "advertiser", "order", "transaction", "claim",
                     "campaign", "click", "affiliate", "network", "date", "amount")  # fmt: skip
_STRICT_POSTCODE = re.compile(POSTCODE_RE.pattern)  # upper case only inside text
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-./#:]{1,40}")
_NUMBER_RE = re.compile(r"[£$€]?\s*-?[\d,]+(?:\.\d+)?\s*%?|-?\d+(?:\.\d+)?")
_DATE_RE = re.compile(
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}[- ][A-Za-z]{3,9}[- ]\d{2,4}"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_BRANDS = frozenset(PERSON_NAMED_BRANDS)


@dataclass(frozen=True, slots=True)
class ColumnPlan:
    """What to do with one column: its kind (token kind, "FREE_TEXT", or None = keep) and why.

    ``reason`` describes the evidence in words and numbers, never a cell value.
    """

    column: str
    kind: str | None
    method: Method
    confidence: float
    reason: str


def _header_words(column: str) -> str:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", column)
    return " " + " ".join(re.findall(r"[a-z0-9]+", spaced.lower())) + " "


def _has_hint(header: str, hints: Sequence[str]) -> bool:
    return any(f" {hint} " in header for hint in hints)


def _share(values: Sequence[str], test: Callable[[str], bool]) -> float:
    return sum(1 for v in values if test(v)) / len(values)


def _is_phone(value: str) -> bool:
    if is_uk_phone(value):
        return True
    stripped = value.strip()
    match = INTL_PHONE_RE.fullmatch(stripped)
    return match is not None


def _is_address(value: str) -> bool:
    """A street line, or a few lines/comma parts with a street, a house name or a postcode."""
    text = value.strip()
    if len(text) > 160:
        return False
    if is_street_line(text):
        return True
    parts = [p for p in re.split(r"\s*[,\n;]\s*", text) if p]
    if not 2 <= len(parts) <= 7:
        return False
    if any(is_street_line(p) for p in parts):
        return True
    if any(set(_WORD_RE.findall(fold(p))) & HOUSE_WORDS and len(p.split()) <= 4 for p in parts):
        return True
    return POSTCODE_TAIL_RE.search(text) is not None and all(len(p.split()) <= 5 for p in parts)


def _is_town(value: str) -> bool:
    return fold(value.strip()) in UK_TOWNS


_PARTICLES = frozenset({"ó", "o", "ní", "ni", "nic", "mac", "mc", "van", "von", "der", "den",
                        "de", "da", "di", "del", "della", "dos", "das", "le", "la", "al", "el",
                        "bin", "bint", "ibn", "abu", "ap", "ter", "ten"})  # fmt: skip


def _is_name(value: str) -> bool:
    """Name-shaped: one to five words, capitalised (or in a script without case) bar particles."""
    if not looks_like_name(value):
        return False
    if value.islower() or value.isupper():
        return True
    words = [w for w in _WORD_RE.findall(value) if fold(w) not in _PARTICLES]
    return bool(words) and all(w[0].isupper() or not w[0].islower() for w in words)


def _is_brand(value: str) -> bool:
    return fold(value.strip()) in _BRANDS


def _is_number_or_date(value: str) -> bool:
    text = value.strip()
    return _NUMBER_RE.fullmatch(text) is not None or _DATE_RE.fullmatch(text) is not None


def _is_id(value: str) -> bool:
    text = value.strip()
    return _ID_RE.fullmatch(text) is not None and any(c.isdigit() for c in text)


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _has_embedded(value: str) -> bool:
    """Whether a longer text carries an email, UK phone, postcode or street line inside it."""
    return bool(
        EMAIL_RE.search(value)
        or find_uk_phones(value)
        or _STRICT_POSTCODE.search(value)
        or find_street_lines(value)
    )


def _method(kind: str | None) -> Method:
    if kind is None:
        return Method.KEEP
    return Method.FREE_TEXT if kind == FREE_TEXT else Method.SAMPLING


def classify_column(column: str, values: Sequence[str], cfg: DetectionConfig) -> ColumnPlan:
    """Classify one column from its sampled non-empty values; the reason holds no value."""
    if not values:
        return ColumnPlan(column, None, Method.KEEP, 0.0, "no values in the sample")
    header = _header_words(column)
    threshold = cfg.column_threshold
    n = len(values)
    sampled = f"of {n} sampled cells"
    distinct = len(set(values)) / n
    keep_header = _has_hint(header, _KEEP_HINTS)
    hinted = {kind: _has_hint(header, hints) for kind, hints in _HINTS.items()}

    def plan(kind: str | None, share: float, why: str) -> ColumnPlan:
        return ColumnPlan(column, kind, _method(kind), round(share, 3), why)

    def accept(kind: str, share: float) -> bool:
        # A header naming the kind halves the share needed (some cells are junk or blank).
        return share >= (threshold / 2 if hinted.get(kind) else threshold)

    # Whole-cell patterns that are personal whatever the header says.
    email = _share(values, is_email)
    if accept("EMAIL", email):
        return plan("EMAIL", email, f"{_percent(email)} {sampled} are email addresses")
    postcode = _share(values, is_postcode)
    if accept("POSTCODE", postcode):
        return plan("POSTCODE", postcode, f"{_percent(postcode)} {sampled} are UK postcodes")
    phone = _share(values, _is_phone)
    if accept("PHONE", phone) and (hinted["PHONE"] or not keep_header):
        return plan("PHONE", phone, f"{_percent(phone)} {sampled} are phone numbers")
    address = _share(values, _is_address)
    if accept("ADDRESS", address):
        return plan("ADDRESS", address, f"{_percent(address)} {sampled} are street addresses")

    # Free text: long, multi-word and varied, or short but carrying personal patterns inside.
    names = _share(values, _is_name)
    mean_words = sum(len(_WORD_RE.findall(v)) for v in values) / n
    long_text = _share(values, lambda v: len(_WORD_RE.findall(v)) >= 4 and len(v) >= 20)
    embedded = _share(values, _has_embedded)
    text_words = f"mean {mean_words:.0f} words"
    if hinted[FREE_TEXT] and mean_words >= 1.5:
        why = f"header names free text; {_percent(long_text)} {sampled} are multi-word"
        return plan(FREE_TEXT, max(long_text, 0.5), f"{why}, {text_words}")
    if long_text >= threshold and distinct >= 0.5:
        why = f"{_percent(long_text)} {sampled} are multi-word text, {text_words}"
        return plan(FREE_TEXT, long_text, why)
    if embedded >= 0.1 and mean_words >= 2:
        why = f"{_percent(embedded)} {sampled} hold an email, phone, postcode or street in text"
        return plan(FREE_TEXT, embedded, why)
    if mean_words >= 3 and distinct >= 0.6 and names < threshold and not keep_header:
        why = f"varied multi-word text, {_percent(distinct)} distinct, {text_words}"
        return plan(FREE_TEXT, distinct, why)

    brands = _share(values, _is_brand)
    if brands >= 0.3:
        return plan(None, brands, f"{_percent(brands)} {sampled} are known business names")
    towns = _share(values, _is_town)
    if accept("ADDRESS", towns) or (hinted["ADDRESS"] and towns >= 0.2 and not keep_header):
        return plan("ADDRESS", towns, f"{_percent(towns)} {sampled} are UK towns or counties")

    if names >= threshold / 2 and hinted["NAME"] and not keep_header:
        why = f"header names a person; {_percent(names)} {sampled} are name-shaped"
        return plan("NAME", names, why)
    # Names are mostly different; merchants, statuses and currencies repeat.
    varied = (distinct >= 0.3 or len(set(values)) >= 40) if n >= 10 else distinct >= 0.8
    if names >= threshold and varied and not keep_header:
        why = f"{_percent(names)} {sampled} are name-shaped, {_percent(distinct)} distinct"
        return plan("NAME", names, why)

    # Content cannot tell a member id from an order ref: only a header can.
    if _has_hint(header, _MEMBER_HINTS) and not _has_hint(header, _NOT_MEMBER_HINTS):
        ids = _share(values, lambda v: _ID_RE.fullmatch(v.strip()) is not None)
        if ids >= threshold:
            why = f"header names a member or customer id; {_percent(ids)} {sampled} are ids"
            return plan("MEMBER", ids, why)

    numeric = _share(values, _is_number_or_date)
    if numeric >= threshold:
        return plan(None, numeric, f"{_percent(numeric)} {sampled} are numbers, amounts or dates")
    ids = _share(values, _is_id)
    if ids >= threshold:
        return plan(None, ids, f"{_percent(ids)} {sampled} are references or ids")
    if distinct < 0.5:
        why = f"repeating labels: {_percent(distinct)} distinct {sampled}"
        return plan(None, 1 - distinct, why)
    personal = max(email, postcode, phone, address, names, towns, embedded)
    why = f"no personal pattern reaches {_percent(threshold)} {sampled}"
    return plan(None, 1 - personal, why)


def classify_columns(
    sample: pd.DataFrame, known: Mapping[str, str], cfg: DetectionConfig
) -> dict[str, ColumnPlan]:
    """Plan every column of the sample that ``known`` (the profile's classification) leaves out.

    The sample is the first rows of the file, all strings; up to ``cfg.sample_rows`` non-empty
    cells are used per column.
    """
    plans: dict[str, ColumnPlan] = {}
    for column in sample.columns:
        name = str(column)
        if name in known:
            continue
        cells = sample[column].tolist()
        values = [str(v) for v in cells if isinstance(v, str) and v.strip()][: cfg.sample_rows]
        plans[name] = classify_column(name, values, cfg)
    return plans
