"""The publishing gate: the residual-leak check over a file's staged outputs, and its policy.

A claim file's redacted, decisions and response files are staged; the gate searches them
for every original of the file and publishes them only when nothing is found, else moves
them to ``quarantine/outputs``. After the batch, its reports and the audit log are
searched for the batch's originals the same way.

The policy: which originals are searched for (``checkable``); where a hit does not count
(in columns published as read, ``Roles.copied``, and inside a public phrase: a real
merchant, a brand named like people, a town); and the memory bound
(``MAX_FILE_LEAK_VALUES``). The batch report is never held back: its fields are screened
and redacted as it is written, with the batch's originals.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from pipeline.claims import ref_key
from pipeline.detect import (
    NAMING_NOUNS,
    PERSON_NAMED_BRANDS,
    WORD_NAMES,
    lone_places,
    occasion_names,
    place_names,
)
from pipeline.ingest.mapping import Mapping
from pipeline.models import FileResult, FileStatus, Kind, LeakCheck, LeakHit, Original
from pipeline.publish import TEMP_PREFIX, CsvWriter, Staged, write_text
from pipeline.report.leakcheck import find_leaks
from pipeline.runner.plan import Roles
from pipeline.workspace import Workspace

# The residual-leak check holds at most this many distinct originals of a file (and of a
# batch, for its reports): about 200 bytes each, and as much again while the check runs.
# Values past it are searched for in their own chunk only (see LeakValues). Small enough
# that peak memory stops growing after a few chunks (make bench, largest process: 306, 338,
# 357 and 362 MB at 10k, 30k, 100k and 300k rows).
MAX_FILE_LEAK_VALUES = 50_000
MAX_BATCH_LEAK_VALUES = 50_000
LEAK_REASON = "residual-leak check found personal data\n"
# Output columns that only copy must-keep input fields (claim ids, order refs, publisher ids).
_COPIED_KEEP_COLUMNS = frozenset(
    {"claim_id", "order_ref", "publisher_id", "enquiry_id", "reference", "Id"}
)

Value = tuple[str, str]  # (kind, original)
# Text that is never personal: a match inside it is not a hit ("Bishop" inside "Bishop's
# Stortford", "Millen" inside "Karen Millen", "Valentine" inside "Valentine's Day"); a value
# that is a place no one is named after ("Burton upon Trent", a town cell) is not searched.
PLACES = lone_places()
PUBLIC = (
    frozenset(PERSON_NAMED_BRANDS) | PLACES | frozenset(place_names()) | frozenset(occasion_names())
)


@dataclass(frozen=True, slots=True)
class NeverPersonal:
    """Text of a file that is never personal: merchant names, and order refs and claim ids."""

    merchants: Collection[str]
    ids: Collection[str]


class LeakValues:
    """A file's originals for the residual-leak check: the first ``limit`` distinct ones held.

    Memory is what bounds it: a million-row file of a million people would otherwise hold
    every name, email and address (and the check's index of them) at once. The values held
    are searched for in all of the file's outputs; a value past the limit is searched for
    in its own chunk's redacted rows only (``add`` returns those), then dropped.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.values: set[Value] = set()
        self.chunk_only = 0

    def add(self, originals: Sequence[Original]) -> set[Value]:
        """Hold the chunk's values while there is room; return the ones left for a chunk check.

        A name or address the detector read into free text (``Original.guessed``) is not
        held: it is a judgement of that note's words, not a value known to be someone's.
        """
        fresh = {(o.kind.value, o.value) for o in originals if not o.guessed} - self.values
        room = self.limit - len(self.values)
        if len(fresh) <= room:
            self.values |= fresh
            return set()
        ordered = sorted(fresh)
        self.values.update(ordered[:room])
        rest = set(ordered[room:])
        self.chunk_only += len(rest)
        return rest

    @property
    def searched(self) -> int:
        """Distinct originals searched for, file-wide or in their own chunk."""
        return len(self.values) + self.chunk_only


class FileGate:
    """The gate of one claim file: fed chunk by chunk, then asked once about the staged outputs."""

    def __init__(self, mapping: Mapping, roles: Roles) -> None:
        self.mapping = mapping
        self.copied = roles.copied | _COPIED_KEEP_COLUMNS
        self.values = LeakValues(MAX_FILE_LEAK_VALUES)
        self.chunk_hits: set[LeakHit] = set()

    def add_chunk(
        self,
        redacted: pd.DataFrame,
        header: Sequence[str],
        originals: Sequence[Original],
        refs: Iterable[str],
        merchants: Collection[str],
        final: Path,
    ) -> None:
        """Hold a chunk's originals; search the chunk itself for those there is no room for.

        ``refs`` are the chunk's claim ids and order refs, ``final`` the redacted output.
        """
        overflow = self.values.add(originals)
        if not overflow:
            return
        ids = ids_among(self.mapping.own_ids(refs), overflow)
        never = NeverPersonal(merchants, ids)
        fd, scratch = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix="-chunk.csv", dir=final.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                writer = CsvWriter(handle)
                writer.writerow(list(header))
                writer.writerows(redacted.itertuples(index=False, name=None))
            check = find_leaks(
                checkable(overflow, never),
                [Path(scratch)],
                copied={scratch: self.copied},
                public=PUBLIC | set(merchants),
                places=PLACES,
                word_names=WORD_NAMES,
                nouns=NAMING_NOUNS,
            )
        finally:
            Path(scratch).unlink(missing_ok=True)
        self.chunk_hits |= {LeakHit(str(final), h.column, h.kind) for h in check.hits}

    def check(
        self, staged: Staged, file_refs: Iterable[str], merchants: Collection[str]
    ) -> tuple[LeakCheck, list[Value]]:
        """Search the sealed, unpublished outputs; the check and the values searched for.

        ``file_refs`` are every claim id and order ref of the file (streamed from the ledger);
        ``merchants`` are the file's real merchants.
        """
        ids = ids_among(self.mapping.own_ids(file_refs), self.values.values)
        searched = checkable(self.values.values, NeverPersonal(merchants, ids))
        temps = {staged.temp_of(p): p for p in staged.paths}
        found = find_leaks(
            searched,
            list(temps),
            copied={str(t): self.copied for t in temps},
            public=PUBLIC | set(merchants),
            places=PLACES,
            word_names=WORD_NAMES,
            nouns=NAMING_NOUNS,
        )
        named = {str(t): str(p) for t, p in temps.items()}
        hits = {LeakHit(named.get(h.output, h.output), h.column, h.kind) for h in found.hits}
        hits |= self.chunk_hits
        return replace(found, hits=tuple(sorted(hits))), searched


def publish_or_divert(staged: Staged, check: LeakCheck, workspace: Workspace) -> None:
    """Publish the staged outputs when the check passed; else move them to quarantine/outputs."""
    if check.passed:
        staged.publish()
        return
    for output in staged.paths:
        target = workspace.leak_quarantine / output.name
        write_text(target.with_name(target.name + ".reason.txt"), LEAK_REASON)
        staged.divert(output, target)


class BatchGate:
    """The batch's originals (bounded), for the search of its reports and the audit log."""

    def __init__(self) -> None:
        self.values: set[Value] = set()

    def hold(self, values: Sequence[Value]) -> None:
        room = MAX_BATCH_LEAK_VALUES - len(self.values)
        self.values.update(values[: max(room, 0)])

    def check_audit(self, audit_log: Path) -> LeakCheck:
        """Search the audit log for the batch's originals; it stays in place: it is the evidence."""
        return find_leaks(sorted(self.values), [audit_log], public=PUBLIC, places=PLACES)


def merge_leak_checks(results: Sequence[FileResult]) -> LeakCheck:
    """The batch's check: every checked claim file's values, outputs and hits."""
    checked = [r for r in results if r.status in (FileStatus.PROCESSED, FileStatus.LEAK)]
    return LeakCheck(
        values_checked=sum(r.leak_values for r in checked),
        outputs_checked=sum(len(r.outputs) for r in checked),
        hits=tuple(h for r in checked for h in r.leaks),
    )


def ids_among(refs: Iterable[str], values: set[Value]) -> set[str]:
    """The order refs and claim ids in ``refs`` (as ``ref_key``) that equal one of ``values``.

    For a whole file they are streamed from the ledger rather than gathered while the file
    is read: a million-row file has two million ids, and only the few that collide with a
    held value matter.
    """
    held = {ref_key(v) for _, v in values}
    return {key for key in map(ref_key, refs) if key in held}


def checkable(values: set[Value], never: NeverPersonal) -> list[Value]:
    """Originals worth searching for in outputs.

    Three kinds of value are left out because they collide with text that is never personal:
    a value that is a real merchant's name (the file's real merchants and the brands named
    like people; a surname inside one, "Millen" of "Karen Millen", is excused where it
    occurs inside the merchant by the check's public phrases, and searched everywhere else);
    a value equal to one of the file's order refs or claim ids (an 8-digit member id can
    equal another row's order number, which that row's comment may quote); and an ADDRESS
    fragment with no digit of one or two words (a town or county cell: it names a place,
    not a person, and comments mention towns freely).
    """
    names = {m.casefold() for m in (*never.merchants, *PERSON_NAMED_BRANDS)}
    return [
        (k, v)
        for k, v in values
        if " ".join(v.split()).casefold() not in names
        and ref_key(v) not in never.ids
        and not _is_place(k, v)
    ]


def _is_place(kind: str, value: str) -> bool:
    return (
        kind == Kind.ADDRESS.value
        and not any(c.isdigit() for c in value)
        and len(value.split()) <= 2
    )
