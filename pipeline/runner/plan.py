"""Column planning: the kind of every column of a file, the profile's word first, then content sampling."""

from __future__ import annotations

import pandas as pd

from pipeline.config import DetectionConfig
from pipeline.detect import ColumnPlan, classify_columns
from pipeline.ingest.mapping import KEEP, Mapping
from pipeline.models import FREE_TEXT, ColumnReport, Method


class Plan(dict[str, ColumnPlan]):
    """Column -> what to do with it, in the file's column order; read-only once built."""

    def personal(self) -> list[tuple[str, str]]:
        """(column, token kind) of the columns replaced whole."""
        return [(c, p.kind) for c, p in self.items() if p.kind and p.kind != FREE_TEXT]

    def texts(self) -> list[str]:
        """The free-text columns, scanned for personal spans."""
        return [c for c, p in self.items() if p.kind == FREE_TEXT]

    def kept(self) -> list[str]:
        """The columns copied as they are."""
        return [c for c, p in self.items() if p.kind is None]

    def must_keep(self) -> set[str]:
        """The columns the profile names as never personal."""
        return {c for c, p in self.items() if p.kind is None and p.method is Method.PROFILE}

    def without_text(self) -> Plan:
        return Plan({c: p for c, p in self.items() if p.kind != FREE_TEXT})

    def reports(self, columns: list[str], cells: dict[str, int]) -> tuple[ColumnReport, ...]:
        """What was found in each of ``columns`` (no values), ``cells`` replaced per column."""
        return tuple(
            ColumnReport(
                column=p.column,
                kind=p.kind,
                method=p.method,
                count=cells.get(p.column, 0),
                confidence_min=p.confidence,
                confidence_max=p.confidence,
                reason=p.reason,
            )
            for p in (self[c] for c in columns)
        )


def plan_columns(sample: pd.DataFrame, mapping: Mapping, detection: DetectionConfig) -> Plan:
    """Kind of every column: what the profile names, then content sampling for the rest."""
    known = mapping.known_columns()
    plan = classify_columns(sample, {k: v for k, v in known.items() if v != KEEP}, detection)
    for column, kind in known.items():
        if kind == KEEP:
            plan[column] = ColumnPlan(
                column, None, Method.PROFILE, 1.0, "must-keep field of the profile"
            )
        else:
            plan[column] = ColumnPlan(column, kind, Method.PROFILE, 1.0, "named by the profile")
    return Plan(plan)
