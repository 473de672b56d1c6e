"""The plain-text batch summary that ``claims report [BATCH]`` prints."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipeline.models import Redecision, decision_of


def redecided_lines(redecided: Sequence[Redecision]) -> list[str]:
    """Earlier files whose answers changed: claims changed, from which reason to which."""
    if not redecided:
        return []
    total = sum(r.changed for r in redecided)
    lines = [f"Re-decided {total} claim(s) in {len(redecided)} earlier file(s):"]
    for r in redecided:
        moves = ", ".join(f"{n} {before or 'new'} -> {after}" for before, after, n in r.changes)
        lines.append(f"  {r.file}: {moves}")
    return lines


def render_summary(report: dict[str, Any]) -> str:
    """A terminal summary of a batch report dict (as written by ``write_report``)."""
    t = report["totals"]
    leak = report["leak_check"]
    audit = report["audit"]
    lines = [
        f"Batch {report['batch_id']}  {report['started']} -> {report['finished']} "
        f"({report['duration_seconds']:.1f} s)  {report['status'].upper()}",
    ]
    lines += [f"  ! {problem}" for problem in report.get("problems", [])]
    statuses = ", ".join(f"{n} {s}" for s, n in t["by_status"].items()) or "none"
    lines.append(f"Claim files: {t['files']} ({statuses}); order files: {t['order_files']}")
    lines += redecided_lines(
        [
            Redecision(
                r["file"],
                r["claims_changed"],
                tuple((c["from"], c["to"], c["claims"]) for c in r["changes"]),
            )
            for r in report.get("redecided", [])
        ]
    )
    rows = [
        (f["name"], f["status"], f["profile"] or "-", f["rows_in"], f["rows_out"],
         "yes" if f["reconciled"] else "NO")
        for f in (*report["orders"], *report["files"])
    ]  # fmt: skip
    if rows:
        header = ("file", "status", "profile", "rows in", "out", "reconciled")
        widths = [max(len(str(r[i])) for r in (header, *rows)) for i in range(len(header))]
        for row in (header, *rows):
            cells = [
                str(cell).rjust(widths[i]) if 3 <= i <= 4 else str(cell).ljust(widths[i])
                for i, cell in enumerate(row)
            ]
            lines.append("  " + "  ".join(cells).rstrip())
    columns = sum(t["column_values"].values())
    free = sum(t["free_text"].values())
    lines.append(
        f"Personal values replaced: {columns + free} ({columns} in columns, {free} in free text"
        + (": " + _counts(t["free_text"]) if t["free_text"] else "")
        + ")"
    )
    decisions = t["decisions"]
    lines.append(
        f"Decisions: {decisions['approve']} approve, {decisions['decline']} decline, "
        f"{decisions['query']} query"
    )
    if t["reasons"]:
        width = max(len(code) for code in t["reasons"])
        count_width = max(len(str(n)) for n in t["reasons"].values())
        lines += [
            f"  {code.ljust(width)}  {str(n).rjust(count_width)}  {decision_of(code)}"
            for code, n in t["reasons"].items()
        ]
    if t["review_claims"]:
        lines.append(f"Claims needing a justified reveal to match: {t['review_claims']}")
    lines.append(
        f"Residual-leak check: {leak['status']} ({leak['values_checked']} values in "
        f"{leak['outputs_checked']} outputs, {len(leak['hits'])} hits)"
    )
    lines += [f"  hit: {h['file']} column {h['column']} ({h['kind']})" for h in leak["hits"]]
    if audit.get("head_hash"):
        where = f"line {audit['head_line']}" if audit.get("head_line") else "line unknown"
        lines.append(f"Audit head: {where}, {audit['head_hash'][:16]}... (claims audit verify)")
    return "\n".join(lines)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{key} {value}" for key, value in counts.items())
