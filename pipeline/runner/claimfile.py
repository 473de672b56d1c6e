"""The claim-file stage: redact, store, decide and write one claim file chunk by chunk.

The per-chunk work (column planning, must-keep checks, tokens, free-text spans, sealing the
originals) is ``runner.chunk``'s pure functions, run by the batch's executor: here, or on
Dask workers, results back in chunk order. This stage keeps what needs the workspace: the
vault writes, the ledger and decisions, the outputs and the residual-leak check. Memory
stays bounded by the chunks in flight: the outputs are staged as they are written, and
only the publishing gate's values are held for the whole file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from typing import TypeVar

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
from pipeline.detect import BatchValues
from pipeline.detect.keep import real_merchants, value_key
from pipeline.ingest import SourceFile
from pipeline.ingest.mapping import Mapping, mapping_for
from pipeline.models import Claim, ColumnReport, FileResult, FileStatus
from pipeline.publish import CsvWriter, Staged
from pipeline.runner.chunk import BatchFeed, ChunkJob, PlanJob, add_tally, plan_file, redact_chunk
from pipeline.runner.executor import Executor, run_one
from pipeline.runner.gate import MAX_FILE_LEAK_VALUES, BatchGate, FileGate, publish_or_divert
from pipeline.runner.plan import Plan, Roles
from pipeline.runner.redact import Screened, Tally, personal_values
from pipeline.runner.timing import ProgressFn, Timings
from pipeline.vault import Vault
from pipeline.workspace import Workspace

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ClaimFiles:
    """What the stage needs from the batch, once for all its claim files."""

    settings: Settings
    workspace: Workspace
    executor: Executor
    vault: Vault
    ledger: Ledger
    gate: BatchGate
    batch_id: str
    now: datetime
    progress: ProgressFn | None = None
    feed: BatchFeed | None = None  # with an executor that runs chunks in other processes
    batch: BatchValues | None = None  # the batch-wide list, taught each file's values first

    @property
    def rules(self) -> RulesConfig:
        return self.settings.rules

    def process(
        self,
        source: SourceFile,
        name: str,
        sha: str,
        stem: str,
        confirm: Callable[[FileResult], None] | None = None,
    ) -> FileResult:
        """One claim file, its outputs named by ``stem``.

        The redacted, decisions and response files are staged and published only after
        the residual-leak check passed over them; with a hit they go to
        ``quarantine/outputs`` and the file's status is ``leak``. ``confirm`` (the
        ``file_end`` audit event) runs after the check and before anything is published:
        if it raises, the staged outputs are removed and nothing of the file is published.
        """
        timings = Timings()
        settings = self.settings.pipeline
        mapping = mapping_for(source)
        with timings("ingest"):
            chunks = source.chunks(settings.ingest.chunk_rows)
            first = next(chunks, None)
            if first is None:
                first = pd.DataFrame({c: pd.Series([], dtype=str) for c in source.header})
            sample = first.head(settings.detection.sample_rows)
            paths = self.workspace.outputs(stem, mapping.response).named()
        with timings("plan"):
            plan, roles = run_one(
                self.executor, plan_file, PlanJob(sample, mapping, settings.detection)
            )
        if self.batch is not None and plan.texts() and source.rows > settings.ingest.chunk_rows:
            # A note in the first chunk may name a value of the last: the list learns every
            # personal column value of the file before any note is scanned.
            with timings("batch_list"):
                for chunk in source.chunks(settings.ingest.chunk_rows):
                    self.batch.add_all(personal_values(chunk, plan))
        tally = Tally()
        merchants: frozenset[str] = frozenset()
        reasons: Counter[str] = Counter()
        review: list[str] = []
        gate = FileGate(mapping, roles)
        done = 0
        if plan.texts():
            if self.executor.cold:
                self._tell(name, 0, source.rows, "loading the model")
            with timings("model_load"):
                self.executor.warm()
        jobs = _jobs(_chain(first, chunks), source.row_lines, sha, plan, roles, mapping, self.rules)
        if self.feed is not None:  # chunks redacted elsewhere take the batch list with them
            jobs = _timed(map(self.feed.before, jobs), timings, "batch_list")
        with Staged() as staged:
            writers = {role: CsvWriter(staged.open(path)) for role, path in paths.items()}
            writers["redacted"].writerow(list(source.header))
            writers["decisions"].writerow(DECISIONS_HEADER)
            if "response" in writers:
                writers["response"].writerow(response_rows(mapping.response, [])[0])
            results = self.executor.map(
                redact_chunk, jobs, partial(self._scanned, name, source.rows)
            )
            for job, result in _timed(results, timings, "redact"):
                screened, merchants = result.screened, job.merchants
                add_tally(tally, result.tally)
                with timings("vault"):
                    self.vault.store_sealed(result.sealed, self.now)
                with timings("decide"):
                    claims = _checked(
                        mapping.claims(screened.frame, result.redacted, job.lines, name),
                        screened,
                        roles,
                    )
                    outcomes = decide_claims(
                        claims, self.ledger, self.rules, self.batch_id, self.now
                    )
                    self.vault.mark_decided(result.records, self.now)
                    reasons.update(o.reason.value for o in outcomes)
                    review.extend(list_for_review(outcomes))
                with timings("write"):
                    writers["redacted"].writerows(
                        result.redacted.itertuples(index=False, name=None)
                    )
                    writers["decisions"].writerows(decision_rows(outcomes, self.now))
                    if "response" in writers:
                        writers["response"].writerows(response_rows(mapping.response, outcomes)[1])
                with timings("leak_check"):
                    gate.add_chunk(
                        result.redacted,
                        source.header,
                        result.originals,
                        (r for c in claims for r in (c.claim_id, c.order_ref)),
                        merchants,
                        paths["redacted"],
                    )
                done += len(job.frame)
                self._tell(name, done, source.rows, "scanning")
            del first  # the check that follows needs no chunk
            self._tell(name, done, source.rows, "writing")
            with timings("write"):
                staged.seal()
            self._tell(name, done, source.rows, "checking for leaks")
            with timings("leak_check"):
                check, searched = gate.check(staged, self.ledger.file_refs(name), merchants)
                self.gate.hold(searched)
                del searched
            file_result = FileResult(
                name=name,
                sha256=sha,
                status=FileStatus.PROCESSED if check.passed else FileStatus.LEAK,
                profile=mapping.name,
                encoding=source.encoding,
                delimiter=source.delimiter,
                rows_in=source.rows,
                rows_out=done,
                columns=_reports(plan, list(source.header), tally),
                free_text=dict(tally.free_text),
                decisions=dict(reasons),
                formulas_neutralised=sum(w.neutralised for w in writers.values()),
                timings=timings.rounded(),
                outputs=tuple(str(p.relative_to(self.workspace.root)) for p in paths.values()),
                unmatched_for_review=tuple(review),
                leaks=check.hits,
                leak_values=gate.values.searched,
                reason=_reason(check.passed, len(check.hits), tally),
            )
            if check.passed and confirm is not None:
                confirm(file_result)
            publish_or_divert(staged, check, self.workspace)
        self._tell(name, done, source.rows, "done" if check.passed else "held back")
        return file_result

    def _scanned(self, name: str, total: int, job: ChunkJob, rows: int) -> None:
        """The free-text scan passed ``rows`` rows of ``job``'s chunk (in this process)."""
        self._tell(name, job.start + rows, total, "scanning")

    def _tell(self, name: str, done: int, total: int, phase: str) -> None:
        if self.progress is not None:
            self.progress(name, done, total, phase)


# A merchant-column value seen in this many rows is a real merchant (or it is configured).
MIN_MERCHANT_ROWS = 3


def _remember(known: dict[str, str], frame: pd.DataFrame, plan: Plan) -> None:
    """Keep the file's personal column values (bounded) to check later chunks' kept cells."""
    for column, kind in plan.personal():
        for value in frame[column].unique():
            if len(known) >= MAX_FILE_LEAK_VALUES:
                return
            if value.strip():
                known.setdefault(value_key(value), kind)


def _checked(claims: list[Claim], screened: Screened, roles: Roles) -> list[Claim]:
    """Claims whose id or order ref held an e-mail or phone are INVALID_CLAIM, the cell named.

    The id holds its token by now, so no plaintext reaches the vault, ledger or outputs. A
    layout no profile knows takes its claim ids from the column header and content agree on.
    """
    bad = screened.rows_in(roles.ids)
    ids = screened.frame[roles.claim_id].tolist() if roles.claim_id else None
    out = []
    for row, claim in enumerate(claims):
        if row in bad:
            columns = sorted({c for r, c, *_ in screened.cells if r == row and c in roles.ids})
            problem = "personal data in " + ", ".join(columns)
            claim = replace(claim, problems=(*claim.problems, problem))
        if ids is not None and row not in bad and ids[row].strip():
            claim = replace(claim, claim_id=ids[row].strip())
        out.append(claim)
    return out


def _reports(plan: Plan, columns: list[str], tally: Tally) -> tuple[ColumnReport, ...]:
    """The plan's column reports, with the kept cells that held personal data counted."""
    reports = plan.reports(columns, tally.cells)
    held: Counter[str] = Counter()
    kinds: dict[str, set[str]] = {}
    for (column, kind), n in tally.kept_cells.items():
        held[column] += n
        kinds.setdefault(column, set()).add(kind)
    return tuple(
        replace(
            r,
            count=r.count + held[r.column],
            reason=f"{r.reason}; profile problem: {held[r.column]} cell(s) held personal data "
            f"({', '.join(sorted(kinds[r.column]))}), replaced",
        )
        if held[r.column]
        else r
        for r in reports
    )


def _reason(passed: bool, hits: int, tally: Tally) -> str:
    held = sum(tally.kept_cells.values())
    problem = (
        f"profile problem: {held} must-keep cell(s) held personal data and were replaced; "
        "check the profile's column mapping"
        if held
        else ""
    )
    leak = "" if passed else f"residual-leak check found {hits} hit(s)"
    return "; ".join(p for p in (leak, problem) if p)


def _jobs(
    frames: Iterator[pd.DataFrame],
    row_lines: Sequence[int],
    sha: str,
    plan: Plan,
    roles: Roles,
    mapping: Mapping,
    rules: RulesConfig,
) -> Iterator[ChunkJob]:
    """Each chunk with what the chunks before it taught: the file's personal values so far and
    its real merchants (a value seen in ``MIN_MERCHANT_ROWS`` rows, or configured)."""
    seen: Counter[str] = Counter()  # merchant-column values and their rows
    known: dict[str, str] = {}  # the file's personal column values (value_key -> kind)
    configured = list(rules.commission.merchants)
    done = 0
    for index, frame in enumerate(frames):
        seen.update(v for c in roles.merchants for v in frame[c].tolist() if v.strip())
        merchants = real_merchants(seen, configured, MIN_MERCHANT_ROWS)
        lines = row_lines[done : done + len(frame)]
        yield ChunkJob(index, done, frame, lines, sha, plan, roles, mapping, dict(known), merchants)
        _remember(known, frame, plan)
        done += len(frame)


def _timed(items: Iterator[T], timings: Timings, stage: str) -> Iterator[T]:
    """The items of ``items``, the time spent waiting for each added to ``stage``."""
    while True:
        with timings(stage):
            item = next(items, None)
        if item is None:
            return
        yield item


def _chain(first: pd.DataFrame, rest: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    if len(first):
        yield first
    yield from rest
