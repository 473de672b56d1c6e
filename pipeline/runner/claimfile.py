"""The claim-file stage: redact, store, decide and write one claim file chunk by chunk.

Memory stays bounded by the chunk: the outputs are staged as they are written, and only
the publishing gate's values are held for the whole file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from pipeline.claims import (
    DECISIONS_HEADER,
    Ledger,
    decide_claims,
    decision_rows,
    list_for_review,
    response_rows,
)
from pipeline.config import RulesConfig, Settings
from pipeline.ingest import SourceFile
from pipeline.ingest.mapping import mapping_for
from pipeline.models import FileResult
from pipeline.publish import CsvWriter, Staged
from pipeline.runner.gate import BatchGate, FileGate, publish_or_divert
from pipeline.runner.plan import plan_columns
from pipeline.runner.redact import Redactor, Tally
from pipeline.runner.timing import ProgressFn, Timings
from pipeline.vault import Vault
from pipeline.workspace import Workspace


@dataclass(frozen=True, slots=True)
class ClaimFiles:
    """What the stage needs from the batch, once for all its claim files."""

    settings: Settings
    workspace: Workspace
    redactor: Redactor
    vault: Vault
    ledger: Ledger
    gate: BatchGate
    batch_id: str
    now: datetime
    progress: ProgressFn | None = None

    @property
    def rules(self) -> RulesConfig:
        return self.settings.rules

    def process(self, source: SourceFile, name: str, sha: str, stem: str) -> FileResult:
        """One claim file, its outputs named by ``stem``.

        The redacted, decisions and response files are staged and published only after
        the residual-leak check passed over them; with a hit they go to
        ``quarantine/outputs`` and the file's status is ``leak``.
        """
        timings = Timings()
        settings = self.settings.pipeline
        mapping = mapping_for(source)
        with timings("ingest"):
            chunks = source.chunks(settings.ingest.chunk_rows)
            first = next(chunks, None)
            if first is None:
                first = pd.DataFrame({c: pd.Series([], dtype=str) for c in source.header})
            plan = plan_columns(
                first.head(settings.detection.sample_rows), mapping, settings.detection
            )
            merchants = mapping.merchants(first)
            paths = self.workspace.outputs(stem, mapping.response).named()
        tally = Tally()
        reasons: Counter[str] = Counter()
        review: list[str] = []
        gate = FileGate(mapping)
        done = 0
        if plan.texts():
            with timings("model_load"):
                self.redactor.warm()
        with Staged() as staged:
            writers = {role: CsvWriter(staged.open(path)) for role, path in paths.items()}
            writers["redacted"].writerow(list(source.header))
            writers["decisions"].writerow(DECISIONS_HEADER)
            if "response" in writers:
                writers["response"].writerow(response_rows(mapping.response, [])[0])
            for frame in _chain(first, chunks):
                with timings("redact"):
                    lines = source.row_lines[done : done + len(frame)]
                    records = mapping.record_ids(frame, lines, sha)
                    merchants |= mapping.merchants(frame)
                    redacted = self.redactor.redact(frame, plan, records, merchants, tally)
                with timings("vault"):
                    self.vault.store(redacted.originals, self.now)
                with timings("decide"):
                    claims = mapping.claims(frame, redacted.frame, lines, name)
                    outcomes = decide_claims(
                        claims, self.ledger, self.rules, self.batch_id, self.now
                    )
                    self.vault.mark_decided(records, self.now)
                    reasons.update(o.reason.value for o in outcomes)
                    review.extend(list_for_review(outcomes))
                with timings("write"):
                    writers["redacted"].writerows(redacted.frame.itertuples(index=False, name=None))
                    writers["decisions"].writerows(decision_rows(outcomes, self.now))
                    if "response" in writers:
                        writers["response"].writerows(response_rows(mapping.response, outcomes)[1])
                with timings("leak_check"):
                    gate.add_chunk(
                        redacted.frame,
                        source.header,
                        redacted.originals,
                        (r for c in claims for r in (c.claim_id, c.order_ref)),
                        merchants,
                        paths["redacted"],
                    )
                done += len(frame)
                if self.progress:
                    self.progress(name, done, source.rows)
            del first  # the check that follows needs no chunk
            with timings("write"):
                staged.seal()
            with timings("leak_check"):
                check, searched = gate.check(staged, self.ledger.file_refs(name), merchants, plan)
                self.gate.hold(searched)
                del searched
                publish_or_divert(staged, check, self.workspace)
        return FileResult(
            name=name,
            sha256=sha,
            status="processed" if check.passed else "leak",
            profile=mapping.name,
            encoding=source.encoding,
            delimiter=source.delimiter,
            rows_in=source.rows,
            rows_out=done,
            rows_quarantined=0,
            columns=plan.reports(list(source.header), tally.cells),
            free_text=dict(tally.free_text),
            decisions=dict(reasons),
            formulas_neutralised=sum(w.neutralised for w in writers.values()),
            timings=timings.rounded(),
            outputs=tuple(str(p.relative_to(self.workspace.root)) for p in paths.values()),
            unmatched_for_review=tuple(review),
            leaks=check.hits,
            leak_values=gate.values.searched,
            reason="" if check.passed else f"residual-leak check found {len(check.hits)} hit(s)",
        )


def _chain(first: pd.DataFrame, rest: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    if len(first):
        yield first
    yield from rest
