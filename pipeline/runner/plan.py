"""Column planning: the kind of every column of a file, the profile's word first, then content sampling."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pipeline.config import DetectionConfig
from pipeline.detect import ColumnPlan, classify_columns
from pipeline.detect.columns import is_business_header
from pipeline.detect.keep import (
    claim_id_column,
    holds_phones,
    is_merchant_header,
    order_ref_columns,
)
from pipeline.ingest.mapping import KEEP, Mapping, Profiled
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


@dataclass(frozen=True, slots=True)
class Roles:
    """What the kept columns of a file are for, beyond being kept.

    ``ids``: claim id and order ref columns, by the profile or, for a layout no profile
    knows, by header (never an e-mail or a known phone in them);
    ``claim_id``: the claim-id column of a layout no profile knows, when header and content
    agree; ``merchants``: the merchant columns; ``copied``: the columns published as read
    (the profile's must-keep fields and kept columns whose header names a business field),
    where the residual-leak check finds nothing the input did not already hold;
    ``phone_ids``: the id columns whose sampled cells are mostly phones (``holds_phones``).
    """

    ids: frozenset[str] = frozenset()
    claim_id: str | None = None
    merchants: frozenset[str] = frozenset()
    copied: frozenset[str] = frozenset()
    phone_ids: frozenset[str] = frozenset()


def column_roles(sample: pd.DataFrame, mapping: Mapping, plan: Plan) -> Roles:
    """The roles of a file's kept columns: from its profile, or from headers and content."""
    kept = plan.kept()
    copied = frozenset(plan.must_keep() | {c for c in kept if is_business_header(c)})
    if isinstance(mapping, Profiled):

        def spelled(field: str) -> set[str]:
            names = mapping.profile.source_columns(field)
            return {mapping.spelled[c] for c in names if c in mapping.spelled}

        ids = spelled("claim_id") | spelled("order_ref")
        return Roles(
            frozenset(ids), None, frozenset(spelled("merchant")), copied, _phone_ids(sample, ids)
        )
    claim_id = claim_id_column(sample, kept)
    merchants = frozenset(c for c in kept if is_merchant_header(c))
    ids = ({claim_id} if claim_id else set()) | set(order_ref_columns(kept))
    return Roles(frozenset(ids), claim_id, merchants, copied, _phone_ids(sample, ids))


def _phone_ids(sample: pd.DataFrame, ids: set[str]) -> frozenset[str]:
    return frozenset(c for c in ids if c in sample and holds_phones(sample[c].tolist()))
