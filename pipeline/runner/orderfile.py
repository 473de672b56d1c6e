"""The order-export stage: redact and store one retailer order export, add its orders to the ledger."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from pipeline.claims import Ledger, ref_key
from pipeline.config import Settings
from pipeline.ingest import SourceFile
from pipeline.ingest.mapping import mapping_for
from pipeline.models import FileResult, FileStatus
from pipeline.runner.plan import column_roles, plan_columns
from pipeline.runner.redact import Redactor, Tally
from pipeline.runner.timing import ProgressFn
from pipeline.vault import Vault


@dataclass(frozen=True, slots=True)
class OrderFiles:
    """What the stage needs from the batch, once for all its order exports."""

    settings: Settings
    redactor: Redactor
    vault: Vault
    ledger: Ledger
    batch_id: str
    now: datetime
    progress: ProgressFn | None = None

    def process(self, source: SourceFile, name: str, sha: str) -> FileResult:
        """One order export; a file no orders profile knows is bad input (InputError)."""
        mapping = mapping_for(source).order_profile(name)
        settings = self.settings.pipeline
        empty = pd.DataFrame(columns=list(source.header))
        plan = plan_columns(empty, mapping, settings.detection).without_text()
        roles = column_roles(empty, mapping, plan)
        tally = Tally()
        done = 0
        for frame in source.chunks(settings.ingest.chunk_rows):
            screened = self.redactor.screen(frame, plan, roles, {}, ())
            refs = mapping.order_refs(screened.frame)
            records = [f"order/{ref_key(r)}" for r in refs]
            redacted = self.redactor.redact(screened, plan, records, (), tally, refs=refs)
            self.vault.store(redacted.originals, self.now)
            # An order's retention clock starts when it arrives: it is evidence for claims.
            self.vault.mark_decided(set(records), self.now)
            self.ledger.add_orders(mapping.orders(screened.frame, redacted.frame), self.batch_id)
            done += len(frame)
            if self.progress:
                self.progress(name, done, source.rows)
        return FileResult(
            name=name,
            sha256=sha,
            status=FileStatus.PROCESSED,
            profile=mapping.name,
            encoding=source.encoding,
            delimiter=source.delimiter,
            rows_in=source.rows,
            rows_out=done,
            columns=plan.reports(list(plan), tally.cells),
        )
