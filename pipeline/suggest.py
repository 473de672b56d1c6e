"""``claims profile suggest``: a draft source profile for a layout no profile knows, for review."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import yaml

from pipeline.config import PERSONAL_FIELDS, Settings
from pipeline.detect import classify_columns
from pipeline.ingest import open_source, parse_date, parse_money
from pipeline.models import FREE_TEXT

# Header phrases that name a canonical field, the most telling first; a header matches a
# phrase when it is the phrase or holds it as whole words. The analyst reviews every guess.
_HEADER_HINTS = {
    "order_ref": ("order number", "order no", "order id", "order ref", "order reference",
                  "transaction id", "booking reference", "booking ref", "reference"),
    "claim_date": ("date claimed", "claim date", "claimed", "submitted at", "submitted"),
    "transaction_date": ("transaction date", "order date", "purchase date", "date of purchase",
                         "date"),
    "expected_commission": ("expected cashback", "expected payout", "commission", "cashback",
                            "donation expected", "payout"),
    "order_value": ("order total", "order amount", "order value", "sale amount", "purchase amount",
                    "amount spent", "amount", "value", "total", "spend"),
    "claim_id": ("claim reference", "claim ref", "claim no", "claim id", "enquiry id",
                 "inquiry id", "ticket", "case", "claim", "ref", "id"),
    "member_id": ("member id", "member number", "customer id", "customer reference", "user id",
                  "saver number", "supporter id"),
    "merchant": ("merchant name", "merchant", "retailer", "shop", "store", "advertiser", "brand",
                 "mid", "campaign id", "merchant id"),
    "publisher_id": ("publisher", "affiliate", "cause id", "cause"),
}  # fmt: skip
_KIND_FIELD = {kind: field for field, kind in PERSONAL_FIELDS.items()}
# Date formats a draft may propose, day first before month first (UK files).
_DATE_FORMATS = (
    "%d/%m/%Y",
    "%Y-%m-%d",
    "%d-%b-%Y",
    "%Y-%m-%d %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d.%m.%Y",
    "%m/%d/%Y",
)
_DATE_FIELDS = ("transaction_date", "claim_date")


def _date_formats(cells: list[str]) -> list[str]:
    """The formats that read the sampled date cells, in ``_DATE_FORMATS`` order (none if none)."""
    wanted: list[str] = []
    for cell in (c for c in cells if c.strip()):
        if wanted and parse_date(cell, wanted) is not None:
            continue
        fmt = next((f for f in _DATE_FORMATS if parse_date(cell, [f]) is not None), None)
        if fmt is not None:
            wanted.append(fmt)
    return sorted(wanted, key=_DATE_FORMATS.index)


def _decimal_separator(cells: list[str]) -> str:
    """``","`` when the sampled amounts read only with a decimal comma, else ``"."``."""
    filled = [c for c in cells if c.strip()]
    comma = sum(parse_money(c, ",") is not None and parse_money(c, ".") is None for c in filled)
    dot = sum(parse_money(c, ".") is not None and parse_money(c, ",") is None for c in filled)
    return "," if comma > dot else "."


def _words(text: str) -> str:
    return " " + " ".join(text.casefold().replace("_", " ").replace("-", " ").split()) + " "


def _fits(field_name: str, cells: list[str]) -> bool:
    """Whether most sampled cells read as the field's content (amounts, dates)."""
    filled = [c for c in cells if c.strip()]
    if not filled:
        return True
    if field_name in ("order_value", "expected_commission"):
        read = sum(parse_money(c) is not None or parse_money(c, ",") is not None for c in filled)
    elif field_name in _DATE_FIELDS:
        read = sum(parse_date(c, _DATE_FORMATS) is not None for c in filled)
    else:
        return True
    return read * 2 >= len(filled)


def _by_header(
    header: Sequence[str], sample: pd.DataFrame, taken: set[str]
) -> list[tuple[str, str]]:
    """(field, column) pairs from header meaning, best first, each field and column once."""
    scored = []
    for column in header:
        if column in taken:
            continue
        folded = _words(column)
        for field_name, hints in _HEADER_HINTS.items():
            for rank, hint in enumerate(hints):
                if _words(hint) in folded and _fits(field_name, sample[column].tolist()):
                    exact = folded == _words(hint)
                    scored.append((rank, not exact, header.index(column), field_name, column))
                    break
    pairs: list[tuple[str, str]] = []
    fields: set[str] = set()
    used: set[str] = set()
    for *_, field_name, column in sorted(scored):
        if field_name not in fields and column not in used:
            pairs.append((field_name, column))
            fields.add(field_name)
            used.add(column)
    return pairs


def suggest_profile(path: Path, settings: Settings, name: str) -> str:
    """A draft profile YAML for a file: header signature, guessed mapping, detected kinds."""
    source = open_source(path, (), None)
    sample = next(source.chunks(settings.pipeline.detection.sample_rows), None)
    if sample is None:
        sample = pd.DataFrame(columns=list(source.header))
    plan = classify_columns(sample, {}, settings.pipeline.detection)
    columns: dict[str, str] = {}
    personal: dict[str, str] = {}
    notes: list[str] = []
    for column in source.header:
        column_plan = plan[column]
        if column_plan.kind == FREE_TEXT:
            if "notes" in columns:
                notes.append(column)
            else:
                columns["notes"] = column
        elif column_plan.kind:
            field_name = _KIND_FIELD.get(column_plan.kind)
            if field_name and field_name not in columns:
                columns[field_name] = column
            else:
                personal[column] = column_plan.kind
    taken = set(columns.values()) | set(personal)
    for field_name, column in _by_header(source.header, sample, taken):
        if field_name not in columns:
            columns[field_name] = column
    if "claim_id" not in columns and "order_ref" in columns:
        columns["claim_id"] = columns["order_ref"]  # one id per row: the order's (Rakuten)
    draft: dict[str, object] = {
        "name": name,
        "description": f"DRAFT from {path.name}: review every mapping before use",
        "record": "claims",
        "match": {"headers": list(source.header)},
    }
    dated = [c for f in _DATE_FIELDS if (c := columns.get(f))]
    formats = _date_formats([cell for c in dated for cell in sample[c].tolist()])
    if formats:
        draft["date_formats"] = formats
    if "order_value" in columns:
        draft["decimal_separator"] = _decimal_separator(sample[columns["order_value"]].tolist())
    draft |= {
        "columns": columns,
        "personal": personal,
        "free_text": notes,
    }
    header = (
        f"# Drafted by `claims profile suggest` from {path.name} ({source.rows} rows,"
        f" {source.encoding}, delimiter {source.delimiter!r}).\n"
        "# Content sampling decided the personal columns; header words guessed the rest.\n"
        "# Review, then save as configs/sources/<name>.yaml.\n"
    )
    reasons = "".join(
        f"#   {c}: {plan[c].kind or 'keep'} ({plan[c].method.value}, "
        f"{plan[c].confidence:.2f}) {plan[c].reason}\n"
        for c in source.header
    )
    needed = ("claim_id", "merchant", "order_ref", "transaction_date", "order_value")
    missing = [f for f in needed if f not in columns]
    todo = f"# Still to map by hand to decide claims: {', '.join(missing)}\n" if missing else ""
    if "publisher_id" not in columns:
        todo += (
            "# Could not map publisher_id: no column names the publisher; set publisher_id"
            " to the publisher this file stands for.\n"
        )
    return (
        header
        + "# Column findings:\n"
        + reasons
        + todo
        + str(yaml.safe_dump(draft, sort_keys=False, allow_unicode=True))
    )
