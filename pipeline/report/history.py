"""``claims batches``: the past batches of a workspace, from its reports and its audit log.

A batch with a report is listed from the report (its status, files by status, rows); a
batch the audit log saw start but that wrote no report (killed, or its report
quarantined by the leak check) is listed as ``interrupted``, from the log alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.report.batch import SCHEMA


@dataclass(frozen=True, slots=True)
class PastBatch:
    """One past batch: counts and names only."""

    batch_id: str
    started: str
    status: str  # passed | failed (from the report) | interrupted (audit log only)
    files: int = 0
    by_status: dict[str, int] = field(default_factory=dict)
    rows_in: int = 0
    report: str = ""


def past_batches(reports: Path, audit: Path) -> list[PastBatch]:
    """Every batch with a report or a ``batch_start`` audit event, oldest first."""
    found: dict[str, PastBatch] = {}
    for event in _events(audit, "batch_start"):
        batch = str(event.get("fields", {}).get("batch", ""))
        if batch:
            found[batch] = PastBatch(batch, str(event.get("ts", "")), "interrupted")
    for path in sorted(reports.glob("*.json")) if reports.is_dir() else []:
        report = _report(path)
        if report is None:
            continue
        totals = report.get("totals", {})
        found[str(report["batch_id"])] = PastBatch(
            batch_id=str(report["batch_id"]),
            started=str(report.get("started", "")),
            status=str(report.get("status", "")),
            files=int(totals.get("files", 0)),
            by_status={str(k): int(v) for k, v in totals.get("by_status", {}).items()},
            rows_in=int(totals.get("rows_in", 0)),
            report=str(path.with_suffix(".html")),
        )
    return sorted(found.values(), key=lambda b: b.batch_id)  # ids sort by batch time


def _report(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or "batch_id" not in data:
        return None
    return data


def _events(audit: Path, event: str) -> list[dict[str, Any]]:
    """The audit events named ``event`` (a torn or foreign line is skipped)."""
    if not audit.is_file():
        return []
    found = []
    with audit.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and record.get("event") == event:
                found.append(record)
    return found
