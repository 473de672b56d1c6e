"""The per-batch redaction report: built from a ``BatchResult``, written as JSON and HTML.

The report is made only of counts, names of files, columns, profiles and kinds, reason
codes, claim ids, hashes, versions and timings: a ``BatchResult`` carries no personal value,
and nothing here reads an input or an output file, so none can reach the report.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pipeline.errors import PipelineError, StageError
from pipeline.models import (
    FREE_TEXT,
    BatchResult,
    ColumnReport,
    FileResult,
    FileStatus,
    LeakCheck,
    LeakHit,
    Reason,
    Redecision,
    decision_of,
)
from pipeline.publish import write_text
from pipeline.report.audit import head_path_for
from pipeline.report.leakcheck import redact_fields

SCHEMA = "claims-report/1"
AUDIT_LOG_NAME = "audit.jsonl"
_BATCH_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")

REASON_ORDER = [reason.value for reason in Reason]
# What an operator does next with a file that was not published.
NEXT_STEPS = {
    FileStatus.LEAK: (
        "nothing was published: the outputs are held in quarantine/outputs/ and the input "
        "stays in the inbox; the leaks list names the output, column and kind of each hit. "
        "Fix the column in the source profile (`claims profile suggest FILE` drafts one) "
        "and run again"
    ),
    FileStatus.QUARANTINED: (
        "the input is in quarantine/ with its reason file; fix the file or its profile "
        "and put it back in the inbox"
    ),
    FileStatus.REFUSED: (
        "not a regular file (a symlink, FIFO or device): nothing was read, moved or deleted; "
        "put the file itself in the inbox"
    ),
}


def build_report(result: BatchResult, audit_line: int | None = None) -> dict[str, Any]:
    """The report as a JSON-ready dict (schema ``claims-report/1``)."""
    # A held-back file's outputs were moved to quarantine/outputs/: name them where they are.
    held = {
        Path(out).name: f"quarantine/outputs/{Path(out).name}"
        for f in result.files
        if f.status == "leak"
        for out in f.outputs
    }
    files = [_file_json(f, held) for f in result.files]
    orders = [_file_json(f, held) for f in result.orders]
    leak = _leak_json(result.leak_check, held)
    published = [f for f in result.files if f.status == "processed"]
    published_reasons: Counter[str] = Counter()
    for item in published:
        published_reasons.update(item.decisions)
    reasons: Counter[str] = Counter()
    free_text: Counter[str] = Counter()
    columns: Counter[str] = Counter()
    for item in result.files:
        reasons.update(item.decisions)
    for item in (*result.files, *result.orders):
        free_text.update(item.free_text)
        for column in item.columns:
            if column.kind and column.kind != FREE_TEXT:
                columns[column.kind] += column.count
    by_status = Counter(f.status for f in result.files)
    problems = _problems(files + orders, leak)
    report: dict[str, Any] = {
        "schema": SCHEMA,
        "batch_id": result.batch_id,
        "started": result.started.isoformat(),
        "finished": result.finished.isoformat(),
        "duration_seconds": round((result.finished - result.started).total_seconds(), 3),
        "status": "failed" if problems else "passed",
        "problems": problems,
        "totals": {
            "files": len(result.files),
            "order_files": len(result.orders),
            "by_status": dict(sorted(by_status.items())),
            "rows_in": sum(f.rows_in for f in result.files),
            "rows_out": sum(f.rows_out for f in result.files),
            "order_rows_in": sum(f.rows_in for f in result.orders),
            "column_values": dict(sorted(columns.items())),
            "free_text": dict(sorted(free_text.items())),
            "decisions": _outcomes(reasons),
            "published_files": len(published),
            "published_decisions": _outcomes(published_reasons),
            "not_published": [f.name for f in result.files if f.status != "processed"],
            "reasons": _ordered_reasons(reasons),
            "formulas_neutralised": sum(f.formulas_neutralised for f in result.files),
            "review_claims": sum(len(f.unmatched_for_review) for f in result.files),
            "shredded": result.shredded,
            "redecided_claims": sum(r.changed for r in result.redecided),
        },
        "files": files,
        "orders": orders,
        "redecided": [_redecision_json(r) for r in result.redecided],
        "leak_check": leak,
        "provenance": result.provenance,
        "versions": dict(sorted(result.versions.items())),
        "cluster": dict(result.cluster) or {"kind": "single-process"},
        "timings": {key: round(value, 3) for key, value in result.timings.items()},
        "audit": {
            "log": AUDIT_LOG_NAME,
            "head_hash": result.audit_head,
            "head_line": audit_line if result.audit_head else None,
        },
    }
    return report


def _file_json(item: FileResult, held: Mapping[str, str]) -> dict[str, Any]:
    published = item.status == "processed"
    return {
        "name": item.name,
        "sha256": item.sha256,
        "status": item.status,
        "profile": item.profile,
        "encoding": item.encoding,
        "delimiter": item.delimiter,
        "rows_in": item.rows_in,
        "rows_out": item.rows_out,
        "reconciled": item.rows_in == item.rows_out,
        "published": published,
        "reason": item.reason,
        "next_step": item.next_step or NEXT_STEPS.get(item.status, ""),
        "columns": [_column_json(column) for column in item.columns],
        "free_text": dict(sorted(item.free_text.items())),
        "decisions": _ordered_reasons(item.decisions),
        "decisions_by_outcome": _outcomes(item.decisions),
        "formulas_neutralised": item.formulas_neutralised,
        "timings": {key: round(value, 3) for key, value in item.timings.items()},
        "outputs": [held.get(Path(o).name, o) for o in item.outputs],
        "review_claims": list(item.unmatched_for_review),
        "leaks": [_hit_json(hit, held) for hit in item.leaks],
    }


def _redecision_json(redecision: Redecision) -> dict[str, Any]:
    """An earlier file whose answers changed: how many claims, from which reason to which."""
    return {
        "file": redecision.file,
        "claims_changed": redecision.changed,
        "changes": [{"from": a, "to": b, "claims": n} for a, b, n in redecision.changes],
    }


def _column_json(column: ColumnReport) -> dict[str, Any]:
    return {
        "column": column.column,
        "kind": column.kind,
        "method": column.method.value,
        "count": column.count,
        "confidence_min": column.confidence_min,
        "confidence_max": column.confidence_max,
        "reason": column.reason,
    }


def _hit_json(hit: LeakHit, held: Mapping[str, str]) -> dict[str, str]:
    output, column, kind = hit
    return {"file": held.get(Path(output).name, output), "column": column, "kind": kind}


def _leak_json(check: LeakCheck | None, held: Mapping[str, str]) -> dict[str, Any]:
    if check is None:
        return {"status": "not run", "values_checked": 0, "outputs_checked": 0, "hits": []}
    return {
        "status": "passed" if check.passed else "failed",
        "values_checked": check.values_checked,
        "outputs_checked": check.outputs_checked,
        "hits": [_hit_json(hit, held) for hit in check.hits],
    }


def _ordered_reasons(counts: Mapping[str, int]) -> dict[str, int]:
    """Reason counts in rule order (design section 6), unknown codes last."""
    rank = {code: index for index, code in enumerate(REASON_ORDER)}
    keys = sorted(counts, key=lambda code: (rank.get(code, len(rank)), code))
    return {code: counts[code] for code in keys if counts[code]}


def _outcomes(reasons: Mapping[str, int]) -> dict[str, int]:
    totals = {"approve": 0, "decline": 0, "query": 0}
    for reason, count in reasons.items():
        totals[decision_of(reason)] += count
    return totals


def _problems(files: list[dict[str, Any]], leak: dict[str, Any]) -> list[str]:
    """What makes the batch fail, in words an auditor can act on (never a value)."""
    problems: list[str] = []
    if leak["status"] == "failed":
        problems.append(
            f"residual-leak check found {len(leak['hits'])} hit(s): the outputs named in "
            "the residual-leak section were quarantined"
        )
    for item in files:
        if not item["reconciled"]:
            problems.append(
                f"{item['name']}: rows do not reconcile ({item['rows_in']} in, "
                f"{item['rows_out']} out)"
            )
        if item["status"] == FileStatus.LEAK:
            problems.append(f"{item['name']}: {item['status']}")
    return problems


def write_report(
    result: BatchResult,
    reports_dir: Path,
    *,
    originals: Iterable[tuple[str, str]] = (),
    public: Iterable[str] = (),
    places: Iterable[str] = (),
) -> tuple[Path, Path]:
    """Write ``<batch-id>.json`` and ``<batch-id>.html`` atomically; returns (json, html).

    Every field that holds one of ``originals`` (the batch's personal values) is redacted
    before either is rendered, and its path is listed under
    ``leak_check.report_fields_redacted``: the report is always written, never held back.
    ``public`` and ``places`` are as for the residual-leak check. The HTML is written first,
    so a JSON report on disk always has its HTML beside it.

    Raises:
        StageError: the batch id cannot name a file, or the files cannot be written.
    """
    from pipeline.report.page import render_html  # jinja2 loads only when a report is written

    if not _BATCH_ID_RE.match(result.batch_id):
        raise StageError("report", "the batch id cannot be used as a file name")
    report, check = redact_fields(
        build_report(result, _locate_head(reports_dir, result.audit_head)),
        originals,
        public=public,
        places=places,
    )
    report["leak_check"]["report_fields_redacted"] = [field for _, field, _ in check.hits]
    json_path = reports_dir / f"{result.batch_id}.json"
    html_path = reports_dir / f"{result.batch_id}.html"
    try:
        write_text(html_path, render_html(report))
        write_text(json_path, json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise StageError(
            "report", f"cannot write the report: {exc.strerror}", path=reports_dir
        ) from exc
    return json_path, html_path


def _locate_head(reports_dir: Path, head: str) -> int | None:
    """The line number of ``head`` in the audit log beside the reports, if it is there."""
    if not head:
        return None
    log = reports_dir / AUDIT_LOG_NAME
    try:
        recorded = json.loads(head_path_for(log).read_text(encoding="utf-8"))
        if recorded.get("hash") == head and isinstance(recorded.get("lines"), int):
            return int(recorded["lines"])
    except (OSError, ValueError, AttributeError):
        pass
    needle = f'"hash":"{head}"'.encode()
    try:
        with open(log, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                if needle in line:
                    return number
    except OSError:
        return None
    return None


def find_report(reports_dir: Path, batch: str | None = None) -> Path:
    """The JSON report of ``batch``, or of the latest batch (batch ids sort by time).

    Raises:
        PipelineError: no such report.
    """
    if batch is not None:
        path = reports_dir / f"{batch}.json"
        if _BATCH_ID_RE.match(batch) and path.is_file():
            return path
        known = [p.stem for p in _report_paths(reports_dir)][-5:]
        raise PipelineError(
            f"no report for batch {batch!r} in {reports_dir}",
            hint="latest batches: " + ", ".join(known) if known else "no batch has run yet",
        )
    reports = _report_paths(reports_dir)
    if not reports:
        raise PipelineError(f"no batch report in {reports_dir}", hint="run `claims run` first")
    return reports[-1]


def _report_paths(reports_dir: Path) -> list[Path]:
    if not reports_dir.is_dir():
        return []
    return sorted(
        p for p in reports_dir.glob("*.json") if _BATCH_ID_RE.match(p.stem) and p.is_file()
    )


def load_report(path: Path) -> dict[str, Any]:
    """A report written by ``write_report``.

    Raises:
        PipelineError: the file is not a readable batch report.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PipelineError(f"cannot read the report {path}") from exc
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise PipelineError(f"{path} is not a batch report ({SCHEMA})")
    return data
