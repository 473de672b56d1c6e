"""The canonical mapping: claims and orders from a file's rows and its source profile.

``mapping_for`` gives a file's ``Mapping``: ``Profiled`` when a profile matched its layout,
``Unmapped`` (the null profile) when none did. The batch asks the mapping and never
tests for a missing profile: an unmapped file's rows become ``UNMAPPED_SOURCE`` claims,
its columns are planned by content sampling alone, and it gets no response file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from pipeline.config import PERSONAL_FIELDS, SourceProfile
from pipeline.errors import InputError
from pipeline.ingest.profiles import resolve_columns
from pipeline.ingest.reader import SourceFile
from pipeline.ingest.values import cell_problem, parse_date, parse_money
from pipeline.models import FREE_TEXT, Claim, Order

UNMAPPED = "unmapped"
# what a profile names a column for the column plan: a token kind, FREE_TEXT, or KEEP
KEEP = ""


@dataclass(frozen=True, slots=True)
class Unmapped:
    """The null profile: a layout no profile knows."""

    name: str | None = None
    label: str = UNMAPPED
    response: str = "none"

    def known_columns(self) -> dict[str, str]:
        return {}

    def merchants(self, frame: pd.DataFrame) -> set[str]:
        return set()

    def own_ids(self, refs: Iterable[str]) -> Iterable[str]:
        """An unmapped file has no claim ids or order refs to tell apart from values."""
        return ()

    def refs(self, frame: pd.DataFrame) -> list[str]:
        """The chunk's claim ids and order refs: an unmapped file has none."""
        return []

    def record_ids(self, frame: pd.DataFrame, lines: Sequence[int], sha: str) -> list[str]:
        return [f"claim/{self.label}/{sha[:12]}-L{line}" for line in lines]

    def claims(
        self, frame: pd.DataFrame, redacted: pd.DataFrame, lines: Sequence[int], file: str
    ) -> list[Claim]:
        return [
            Claim(claim_id=f"L{line}", source=self.label, file=file, line=line, mapped=False)
            for line in lines
        ]

    def order_profile(self, file: str) -> Profiled:
        raise _not_orders(file)


@dataclass(frozen=True, slots=True)
class Profiled:
    """A file whose layout a profile knows, with the file's spelling of each named column."""

    profile: SourceProfile
    spelled: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str | None:
        return self.profile.name

    @property
    def label(self) -> str:
        return self.profile.name

    @property
    def response(self) -> str:
        return self.profile.response

    def known_columns(self) -> dict[str, str]:
        """File column -> what the profile says it holds: a token kind, FREE_TEXT or KEEP."""
        profile, spelled = self.profile, self.spelled
        known: dict[str, str] = {}
        for column, kind in profile.personal_columns().items():
            if column in spelled:
                known[spelled[column]] = kind
        for column in profile.text_columns():
            if column in spelled:
                known[spelled[column]] = FREE_TEXT
        never = set(profile.keep)
        for canonical in profile.columns:
            if canonical not in PERSONAL_FIELDS and canonical != "notes":
                never.update(profile.source_columns(canonical))
        for column in never:
            if column in spelled and spelled[column] not in known:
                known[spelled[column]] = KEEP
        return known

    def field(self, frame: pd.DataFrame, name: str) -> list[str]:
        """One canonical field for every row of ``frame`` (several columns joined by a space)."""
        columns = [self.spelled[c] for c in self.profile.source_columns(name) if c in self.spelled]
        if not columns:
            return [""] * len(frame)
        if len(columns) == 1:
            values: list[str] = frame[columns[0]].tolist()
            return values
        return [
            " ".join(p for p in parts if p)
            for parts in zip(*(frame[c].tolist() for c in columns), strict=True)
        ]

    def merchants(self, frame: pd.DataFrame) -> set[str]:
        return {m for m in self.field(frame, "merchant") if m.strip()}

    def own_ids(self, refs: Iterable[str]) -> Iterable[str]:
        return refs

    def refs(self, frame: pd.DataFrame) -> list[str]:
        """The chunk's claim ids and order refs (kept in every note of the batch)."""
        return [*self.field(frame, "claim_id"), *self.field(frame, "order_ref")]

    def record_ids(self, frame: pd.DataFrame, lines: Sequence[int], sha: str) -> list[str]:
        """The vault record of each row: its claim id, or its line when it has none."""
        label = self.label
        return [
            f"claim/{label}/{cid.strip()}" if cid.strip() else f"claim/{label}/{sha[:12]}-L{line}"
            for cid, line in zip(self.field(frame, "claim_id"), lines, strict=True)
        ]

    def claims(
        self, frame: pd.DataFrame, redacted: pd.DataFrame, lines: Sequence[int], file: str
    ) -> list[Claim]:
        """The canonical claims of a chunk: ids and amounts from the input, tokens from the
        redacted rows; a field that does not parse is named in the claim's problems."""
        profile = self.profile
        get = self.field
        claim_ids, refs, merchants, publishers = (
            get(frame, "claim_id"),
            get(frame, "order_ref"),
            get(frame, "merchant"),
            get(frame, "publisher_id"),
        )
        currencies, tx_dates, values, claim_dates = (
            get(frame, "currency"),
            get(frame, "transaction_date"),
            get(frame, "order_value"),
            get(frame, "claim_date"),
        )
        emails = get(redacted, "customer_email")
        formats = profile.date_formats
        cells = {
            f: profile.source_columns(f) for f in ("transaction_date", "order_value", "claim_date")
        }
        claims = []
        for i, line in enumerate(lines):
            problems: list[str] = []
            tx = parse_date(tx_dates[i], formats)
            if tx is None:
                problems.append(cell_problem("transaction_date", cells["transaction_date"], line))
            value = parse_money(values[i], profile.decimal_separator)
            if value is None:
                problems.append(cell_problem("order_value", cells["order_value"], line))
            claimed: date | None = None
            if claim_dates[i].strip():
                claimed = parse_date(claim_dates[i], formats)
                if claimed is None:
                    problems.append(cell_problem("claim_date", cells["claim_date"], line))
            claims.append(
                Claim(
                    claim_id=claim_ids[i].strip(),
                    source=profile.name,
                    file=file,
                    line=line,
                    publisher_id=publishers[i].strip() or profile.publisher_id,
                    merchant=merchants[i],
                    order_ref=refs[i],
                    email_token=emails[i],
                    transaction_date=tx,
                    order_value=value,
                    currency=currencies[i].strip() or profile.currency,
                    claim_date=claimed,
                    problems=tuple(problems),
                )
            )
        return claims

    def order_profile(self, file: str) -> Profiled:
        """This mapping, when its profile reads an order export."""
        if self.profile.record != "orders":
            raise _not_orders(file)
        return self

    def order_refs(self, frame: pd.DataFrame) -> list[str]:
        return self.field(frame, "order_ref")

    def orders(self, frame: pd.DataFrame, redacted: pd.DataFrame) -> list[Order]:
        """The canonical orders of a chunk: facts from the input, tokens from the redacted rows."""
        profile, get = self.profile, self.field
        refs, dates, values = (
            get(frame, "order_ref"),
            get(frame, "order_date"),
            get(frame, "order_value"),
        )
        currencies, statuses = get(frame, "currency"), get(frame, "status")
        tracked, vouchers = get(frame, "tracked_publisher_id"), get(frame, "voucher_code")
        emails = get(redacted, "customer_email")
        names = get(redacted, "customer_name")
        postcodes = get(redacted, "postcode")
        return [
            Order(
                order_ref=refs[i],
                order_date=parse_date(dates[i], profile.date_formats),
                email_token=emails[i],
                order_value=parse_money(values[i], profile.decimal_separator),
                currency=currencies[i].strip() or profile.currency,
                status=statuses[i].strip().lower(),
                tracked_publisher_id=tracked[i].strip(),
                name_token=names[i],
                postcode_token=postcodes[i],
                voucher_code=vouchers[i],
            )
            for i in range(len(frame))
        ]


Mapping = Profiled | Unmapped


def mapping_for(source: SourceFile) -> Mapping:
    """The file's mapping: its profile with the file's spelling of each column, or Unmapped."""
    if source.profile is None:
        return Unmapped()
    return Profiled(source.profile, resolve_columns(source.header, source.profile))


def _not_orders(file: str) -> InputError:
    return InputError(
        "not an order export: no orders profile matches its header",
        path=file,
        line=1,
        hint="use the canonical orders layout or add a profile under configs/sources/",
    )
