"""``claims profile suggest``: a draft source profile for a layout no profile knows, for review."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import yaml

from pipeline.config import PERSONAL_FIELDS, Settings
from pipeline.detect import classify_columns
from pipeline.ingest import open_source
from pipeline.models import FREE_TEXT

# Header words that suggest a canonical field; the analyst reviews every guess.
_HEADER_HINTS = {
    "claim_id": ("claim", "enquiry", "inquiry", "ticket", "case"),
    "order_ref": ("order", "reference", "ref", "transaction id", "booking"),
    "merchant": ("merchant", "retailer", "shop", "store", "advertiser", "brand"),
    "transaction_date": (
        "purchase date",
        "order date",
        "transaction date",
        "date of purchase",
        "date",
    ),
    "order_value": ("amount", "value", "total", "spend", "sale"),
    "claim_date": ("claimed", "submitted", "claim date"),
    "publisher_id": ("publisher", "affiliate", "cause"),
}
_KIND_FIELD = {kind: field for field, kind in PERSONAL_FIELDS.items()}


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
    for field_name, hints in _HEADER_HINTS.items():
        for column in source.header:
            folded = column.casefold().replace("_", " ")
            if (
                field_name not in columns
                and column not in columns.values()
                and column not in personal
                and any(h in folded for h in hints)
            ):
                columns[field_name] = column
    draft = {
        "name": name,
        "description": f"DRAFT from {path.name}: review every mapping before use",
        "record": "claims",
        "match": {"headers": list(source.header)},
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
    return (
        header
        + "# Column findings:\n"
        + reasons
        + todo
        + str(yaml.safe_dump(draft, sort_keys=False, allow_unicode=True))
    )
