"""The per-chunk work as pure functions: inputs in, tokens, ciphertexts and spans out.

``redact_chunk`` checks a chunk's must-keep cells, replaces its personal columns and the
personal spans of its free text, and seals the originals under fresh per-record data keys;
``plan_file`` classifies a file's columns from its sample. Neither touches the workspace,
the vault or the ledger, so an executor (``runner.executor``) may run them in this process
or on a Dask worker: the same inputs give the same tokens and frames anywhere. Everything a
chunk depends on from earlier chunks (the file's known personal values, its real
merchants) travels in its ``ChunkJob``, so chunks can run in any order and in parallel.
The batch-wide list, which every chunk before it grew, travels as the parts it grew by
(``BatchShare``): an executor sends each part to a worker once, and the worker keeps one
copy of the list that only grows (``ChunkTools.batch_at``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace

import pandas as pd

from pipeline.config import DetectionConfig
from pipeline.detect import BatchValues, Span
from pipeline.detect.batchlist import BatchPart, Mark
from pipeline.ingest.mapping import Mapping
from pipeline.models import Original
from pipeline.pseudonymise import Tokeniser
from pipeline.runner.plan import Plan, Roles, column_roles, plan_columns
from pipeline.runner.redact import Redactor, Scanner, Screened, Tally
from pipeline.vault import Keys, SealedRecord, seal_originals


@dataclass(frozen=True, slots=True)
class ChunkTools:
    """What the per-chunk work needs besides its inputs: one redactor and the KEK.

    Built once per process (the driver's, or each worker's through its plugin); the keys
    stay in that process's memory. ``repr`` shows no key.
    """

    redactor: Redactor = field(repr=False)
    kek: bytes = field(repr=False)
    kek_version: int
    copies: dict[str, BatchValues] = field(default_factory=dict, repr=False)  # by owner

    @classmethod
    def of(cls, keys: Keys, scanner: Scanner) -> ChunkTools:
        tokeniser = Tokeniser(keys.pseudonym_key, keys.pseudonym_version)
        return cls(Redactor(tokeniser, scanner), keys.kek, keys.kek_version)

    @property
    def cold(self) -> bool:
        return self.redactor.cold

    def warm(self) -> None:
        """Load the model now (its own timing, not the first chunk's)."""
        self.redactor.warm()

    def versions(self) -> dict[str, str]:
        """The detector's versions once it has loaded (empty before)."""
        return self.redactor.scanner.versions()

    def batch_at(self, share: BatchShare) -> BatchValues:
        """The batch list as ``share`` says it stood: this process's copy of it, grown by
        the parts it lacks (planned once here, each value once), seen at the share's mark.

        The copy of another batch's list is let go. A copy ahead of the mark (it ran a
        later chunk first) finds what the list found at the mark.
        """
        copy = self.copies.get(share.owner)
        if copy is None:
            self.copies.clear()
            copy = self.copies[share.owner] = BatchValues(owner=share.owner)
        for part in share.parts:
            copy.extend(part)
        return copy.upto(share.mark)


@dataclass(frozen=True, slots=True)
class PlanJob:
    """A file's sample and mapping, to classify its columns."""

    sample: pd.DataFrame = field(repr=False)
    mapping: Mapping = field(repr=False)
    detection: DetectionConfig = field(repr=False)


# Told how many of the chunk's rows the free-text scan has passed (in this process only).
Scanned = Callable[[int], None]


@dataclass(frozen=True, slots=True)
class BatchShare:
    """The batch-wide list as a chunk needs it: every part it grew by up to ``mark``.

    The parts are shared by all later chunks; an executor that runs chunks elsewhere sends
    each once (``ChunkJob.shared``). ``repr`` shows no value.
    """

    owner: str
    mark: Mark
    parts: tuple[BatchPart, ...] = field(repr=False)


def plan_file(
    tools: ChunkTools, job: PlanJob, scanned: Scanned | None = None
) -> tuple[Plan, Roles]:
    """The kind of every column of a file, and what its kept columns are for."""
    plan = plan_columns(job.sample, job.mapping, job.detection)
    return plan, column_roles(job.sample, job.mapping, plan)


@dataclass(frozen=True, slots=True)
class ChunkJob:
    """One chunk and everything earlier chunks taught about the file.

    ``known`` maps the file's earlier personal values (``value_key``) to their kind;
    ``merchants`` are the file's real merchants so far; ``start`` counts the file's rows
    before the chunk. ``batch`` is the batch-wide deny/keep list as the chunk is to see it
    (every earlier chunk's values and its own), for a chunk redacted in another process
    (``None``: this process's redactor holds it, the chunks running in order). ``repr``
    shows no cell.
    """

    index: int
    start: int
    frame: pd.DataFrame = field(repr=False)
    lines: Sequence[int] = field(repr=False)
    sha: str
    plan: Plan = field(repr=False)
    roles: Roles = field(repr=False)
    mapping: Mapping = field(repr=False)
    known: dict[str, str] = field(repr=False)
    merchants: frozenset[str] = field(repr=False)
    batch: BatchShare | None = field(default=None, repr=False)

    def shared(self) -> tuple[tuple[str, object], ...]:
        """The inputs later jobs share, each under a key of its own: the batch list's parts."""
        if self.batch is None:
            return ()
        owner = self.batch.owner
        return tuple((f"batch-{owner}-{p.start[0]}-{p.start[1]}", p) for p in self.batch.parts)

    def with_shared(self, shared: Sequence[object]) -> ChunkJob:
        """The job with its shared inputs given (as ``shared`` lists them), or left out."""
        if self.batch is None:
            return self
        parts = tuple(p for p in shared if isinstance(p, BatchPart))
        if len(parts) != len(shared):
            raise TypeError("a chunk job shares batch list parts only")
        return replace(self, batch=replace(self.batch, parts=parts))


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """A chunk's redaction: the screened and redacted frames, the vault records of its rows,
    its originals (for the residual-leak check), the same originals sealed, and counts."""

    screened: Screened = field(repr=False)
    records: list[str] = field(repr=False)
    redacted: pd.DataFrame = field(repr=False)
    originals: list[Original] = field(repr=False)
    sealed: tuple[SealedRecord, ...] = field(repr=False)
    tally: Tally = field(repr=False)


def redact_chunk(tools: ChunkTools, job: ChunkJob, scanned: Scanned | None = None) -> ChunkResult:
    """Redact one chunk and seal its originals: a pure function of ``tools`` and ``job``
    (``scanned`` only reports progress)."""
    redactor = tools.redactor
    if job.batch is not None:
        redactor = Redactor(redactor.tokeniser, redactor.scanner, tools.batch_at(job.batch))
    screened = redactor.screen(job.frame, job.plan, job.roles, job.known, job.merchants)
    records = job.mapping.record_ids(screened.frame, job.lines, job.sha)
    tally = Tally()
    redacted = redactor.redact(
        screened,
        job.plan,
        records,
        job.merchants,
        tally,
        job.roles.merchants,
        scanned,
        job.mapping.refs(screened.frame),
    )
    sealed = seal_originals(tools.kek, tools.kek_version, redacted.originals)
    return ChunkResult(screened, records, redacted.frame, redacted.originals, sealed, tally)


class _NoScan:
    """A scanner that finds nothing: the driver's pass that only grows the batch list."""

    def scan(
        self,
        texts: Sequence[str],
        deny: Sequence[Sequence[tuple[str, str]]],
        allow: Sequence[Collection[str]],
        batch: BatchValues | None = None,
    ) -> list[list[Span]]:
        return [[] for _ in texts]

    def versions(self) -> dict[str, str]:
        return {}


class BatchFeed:
    """The batch-wide list at the driver, for chunks redacted in other processes.

    The list grows as each chunk is redacted (its personal values, claim ids and order
    refs; order exports first) and each chunk's notes are searched for all of it, so a
    chunk's result depends on every chunk before it. Before a chunk goes to a worker,
    ``before`` grows the list with the chunk's own values by the same redaction without
    the free-text scan (cheap, in the same order, so the next chunk can go at once) and
    gives the job the parts the list grew by so far and its mark: a worker takes in only
    the parts its copy lacks, and the list is never copied whole.
    """

    def __init__(self, redactor: Redactor) -> None:
        self.redactor = redactor  # shares its BatchValues with the driver's order-export redactor
        self._parts: list[BatchPart] = []
        self._mark: Mark = (0, 0)

    @classmethod
    def of(cls, redactor: Redactor) -> BatchFeed:
        return cls(Redactor(redactor.tokeniser, _NoScan(), redactor.batch))

    def before(self, job: ChunkJob) -> ChunkJob:
        """``job`` with the list as the chunk is to see it, which takes in its values first."""
        redactor = self.redactor
        screened = redactor.screen(job.frame, job.plan, job.roles, job.known, job.merchants)
        records = job.mapping.record_ids(screened.frame, job.lines, job.sha)
        redactor.redact(
            screened,
            job.plan,
            records,
            job.merchants,
            Tally(),
            job.roles.merchants,
            None,
            job.mapping.refs(screened.frame),
        )
        batch = redactor.batch
        if batch.mark() != self._mark:
            self._parts.append(batch.part(self._mark))
            self._mark = batch.mark()
        return replace(job, batch=BatchShare(batch.owner, self._mark, tuple(self._parts)))


def add_tally(total: Tally, part: Tally) -> None:
    """Add one chunk's counts to the file's, in chunk order (so the report reads the same)."""
    total.cells.update(part.cells)
    total.free_text.update(part.free_text)
    total.originals += part.originals
    total.kept_cells.update(part.kept_cells)
