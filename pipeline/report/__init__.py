"""Reports and audit: the per-batch JSON and HTML report, the residual-leak check, the audit log."""

from __future__ import annotations

from pipeline.report.batch import build_report, find_report, load_report, write_report
from pipeline.report.summary import render_summary

__all__ = ["build_report", "find_report", "load_report", "render_summary", "write_report"]
