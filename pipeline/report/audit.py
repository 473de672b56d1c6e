"""The append-only, hash-chained audit log (``audit.jsonl``), its head sidecar and its verification.

Each line is canonical JSON (sorted keys, no spaces, UTF-8) of
``{"ts", "event", "fields", "prev", "hash"}``: ``prev`` is the hash of the line before
(``"0" * 64`` for the first), ``hash`` is SHA-256 over the canonical JSON of the other four.

A chain alone cannot see its own tail cut off, so after every append the head (line count
and last hash) is written atomically to the sidecar ``audit.head`` beside the log, and each
batch report records the head it saw (``audit.head_hash``/``audit.head_line``).
``verify_audit`` checks the chain, the sidecar and those report anchors, and the per-file
row reconciliation carried by ``file_end`` events.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import math
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from pipeline.errors import AuditError
from pipeline.models import Event
from pipeline.publish import write_text

ZERO_HASH = "0" * 64
HEAD_SUFFIX = ".head"

FieldValue = str | int | float | bool | None

_EVENT_RE = re.compile(r"^[a-z][a-z0-9_.]{0,63}$")
_KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
# A key with one of these words as a ``_``-separated part would be asking for a personal value.
_FORBIDDEN_KEY_PARTS = frozenset(
    {
        "value", "values", "original", "originals", "plaintext", "cleartext",
        "email", "emails", "mail", "name", "names", "surname", "forename", "firstname",
        "lastname", "fullname", "phone", "mobile", "telephone", "tel", "address",
        "street", "postcode", "zip", "member", "note", "notes", "comment", "comments",
        "text", "dob", "birth", "nino", "card", "iban",
    }
)  # fmt: skip
# Shapes of personal values that must never reach an audit line (best effort, no value echoed).
_VALUE_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("an email address", re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")),
    (
        "a UK postcode",
        re.compile(
            r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,2}[0-9][A-Za-z0-9]? [0-9][A-Za-z]{2}"
            r"|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2})(?![A-Za-z0-9])"
        ),
    ),
    ("a phone number", re.compile(r"(?<![\w+])(?:\+44 ?|0)[1-9](?:[ -]?[0-9]){8,9}(?!\w)")),
)
_RECORD_KEYS = frozenset({"ts", "event", "fields", "prev", "hash"})
_ROW_FIELDS = ("rows_in", "rows_out")


def head_path_for(path: Path) -> Path:
    """The sidecar holding the head of the log at ``path`` (``audit.jsonl`` -> ``audit.head``)."""
    return path.with_suffix(HEAD_SUFFIX)


def canonical(data: dict[str, Any]) -> str:
    """The one serialisation that is hashed and written: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def hash_record(record: dict[str, Any]) -> str:
    """SHA-256 over the canonical JSON of a record without its own ``hash``."""
    body = {key: value for key, value in record.items() if key != "hash"}
    return hashlib.sha256(canonical(body).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class AuditHead:
    """Where the log ends: how many lines, and the hash of the last one."""

    lines: int
    hash: str


@dataclass(frozen=True, slots=True)
class AuditVerification:
    """Result of ``verify_audit``: ``first_broken`` is a 1-based line number."""

    ok: bool
    lines: int
    first_broken: int | None = None
    problem: str = ""
    head: str = ZERO_HASH
    files_reconciled: int = 0
    anchors_checked: int = 0


class AuditLog:
    """Appends hash-chained events to ``audit.jsonl``, fsynced, and keeps ``audit.head`` current.

    Appends are serialised across processes with ``flock`` on the log itself, so a batch and
    a ``claims reveal`` running at the same time cannot fork the chain.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.head_path = head_path_for(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise AuditError(
                f"cannot create the folder of the audit log {path}: {exc.strerror}"
            ) from exc

    def head(self) -> AuditHead:
        """The head recorded in the sidecar (0 lines and the zero hash for a new log)."""
        return _read_head(self.head_path) or AuditHead(0, ZERO_HASH)

    def append(self, event: str, **fields: FieldValue) -> str:
        """Append one event and return its hash.

        Raises:
            AuditError: the event or a field is refused, or the log cannot be written;
                a caller must then stop before publishing anything.
        """
        _check_event(event, fields)
        try:
            with self._locked() as handle:
                head = self._current_head(handle)
                record: dict[str, Any] = {
                    "ts": datetime.now(UTC).isoformat(timespec="microseconds"),
                    "event": event,
                    "fields": dict(fields),
                    "prev": head.hash,
                }
                record["hash"] = hash_record(record)
                handle.seek(0, os.SEEK_END)
                handle.write((canonical(record) + "\n").encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
                _write_head(self.head_path, AuditHead(head.lines + 1, record["hash"]))
        except OSError as exc:
            raise AuditError(
                f"cannot write the audit log {self.path}: {exc.strerror or exc}",
                hint="the batch stops before publishing outputs; check disk space and permissions",
            ) from exc
        return str(record["hash"])

    def settle(self) -> None:
        """Repair (and record) what a crash can leave at the tail, as the next append would:
        a torn last line, or a last line written before its head. Anything else raises."""
        try:
            with self._locked() as handle:
                self._current_head(handle)
        except OSError as exc:
            raise AuditError(
                f"cannot read the audit log {self.path}: {exc.strerror or exc}"
            ) from exc

    @contextmanager
    def _locked(self) -> Iterator[IO[bytes]]:
        # "a+b": create if missing; writes always go to the end (O_APPEND), reads can seek.
        with open(self.path, "a+b") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            try:
                yield handle
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

    def _current_head(self, handle: IO[bytes]) -> AuditHead:
        """The head to chain onto, reconciling the sidecar with the log's last line.

        Two crash leftovers are repaired, and recorded: a torn last line (no newline) is cut
        off, and a last line written before its sidecar update is accepted if it chains
        onto the recorded head. Anything else means the log was changed: refuse to append.
        """
        recorded = _read_head(self.head_path)
        head = recorded or AuditHead(0, ZERO_HASH)
        size = handle.seek(0, os.SEEK_END)
        if size == 0:
            if head.lines:
                raise AuditError(
                    f"the audit log {self.path} is empty but {self.head_path.name} records "
                    f"{head.lines} lines",
                    hint="run `claims audit verify`; restore the log from backup",
                )
            return head
        last, torn = _last_line(handle, size)
        if torn:
            fresh = last is None and head.lines == 0
            if not fresh and (last is None or _line_hash(last) != head.hash):
                raise AuditError(
                    f"the audit log {self.path} ends in an incomplete line that does not follow "
                    f"its recorded head",
                    hint="run `claims audit verify`",
                )
            handle.truncate(size - torn)
            self._append_raw(handle, Event.AUDIT_REPAIR, head, {"torn_bytes": torn})
            return self._current_head(handle)
        assert last is not None
        last_hash = _line_hash(last)
        if last_hash == head.hash and recorded is not None:
            return head
        if last_hash is not None and _line_prev(last) == head.hash:
            # The pipeline stopped between writing a line and updating the sidecar.
            repaired = AuditHead(head.lines + 1, last_hash)
            _write_head(self.head_path, repaired)
            return repaired
        raise AuditError(
            f"the audit log {self.path} does not end where {self.head_path.name} says "
            f"(line {head.lines})",
            hint="run `claims audit verify` to find the first broken line",
        )

    def _append_raw(
        self, handle: IO[bytes], event: str, head: AuditHead, fields: dict[str, FieldValue]
    ) -> None:
        record: dict[str, Any] = {
            "ts": datetime.now(UTC).isoformat(timespec="microseconds"),
            "event": event,
            "fields": fields,
            "prev": head.hash,
        }
        record["hash"] = hash_record(record)
        handle.write((canonical(record) + "\n").encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())
        _write_head(self.head_path, AuditHead(head.lines + 1, record["hash"]))


def _check_event(event: str, fields: dict[str, FieldValue]) -> None:
    if not _EVENT_RE.match(event):
        raise AuditError(f"audit event name {event!r} is not lower-case letters, digits and _")
    for key, value in fields.items():
        if not _KEY_RE.match(key):
            raise AuditError(f"audit field {key!r} is not lower-case letters, digits and _")
        if _FORBIDDEN_KEY_PARTS.intersection(key.split("_")):
            raise AuditError(
                f"audit field {key!r} of event {event!r} is named like a personal value",
                hint="audit events carry tokens, claim ids, file names and counts, never values",
            )
        if value is not None and not isinstance(value, str | int | float | bool):
            raise AuditError(
                f"audit field {key!r} of event {event!r} is a {type(value).__name__}; "
                "use str, int, float, bool or None"
            )
        if isinstance(value, float) and not math.isfinite(value):
            raise AuditError(f"audit field {key!r} of event {event!r} is not a finite number")
        if isinstance(value, str):
            for shape, pattern in _VALUE_SHAPES:
                if pattern.search(value):
                    raise AuditError(
                        f"audit field {key!r} of event {event!r} looks like it holds {shape}",
                        hint="audit events never carry personal values; use the token instead",
                    )


def _read_head(path: Path) -> AuditHead | None:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AuditError(f"cannot read the audit head {path}: {exc.strerror}") from exc
    try:
        data = json.loads(text)
        lines, last = data["lines"], data["hash"]
    except (ValueError, KeyError, TypeError) as exc:
        raise AuditError(
            f"the audit head {path} is not valid", hint="run `claims audit verify`"
        ) from exc
    if not isinstance(lines, int) or not isinstance(last, str):
        raise AuditError(f"the audit head {path} is not valid", hint="run `claims audit verify`")
    return AuditHead(lines, last)


def _write_head(path: Path, head: AuditHead) -> None:
    write_text(path, canonical({"lines": head.lines, "hash": head.hash}) + "\n")


def _last_line(handle: IO[bytes], size: int) -> tuple[bytes | None, int]:
    """The last complete line (without newline) and how many torn bytes follow it."""
    block = 8192
    end = size
    data = b""
    while True:
        start = max(0, end - block)
        handle.seek(start)
        data = handle.read(end - start) + data
        end = start
        body = data[:-1] if data.endswith(b"\n") else data
        if b"\n" in body or start == 0:
            break
    torn = 0
    if not data.endswith(b"\n"):
        cut = data.rfind(b"\n")
        torn = len(data) - cut - 1
        data = data[: cut + 1]
        if not data:
            return None, torn
    lines = data[:-1].rsplit(b"\n", 1)
    return lines[-1], torn


def _parse(raw: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return record if isinstance(record, dict) else None


def _line_hash(raw: bytes) -> str | None:
    """The line's hash if the line is intact (its stored hash matches its content)."""
    record = _parse(raw)
    if record is None or set(record) != _RECORD_KEYS or hash_record(record) != record["hash"]:
        return None
    return str(record["hash"])


def _line_prev(raw: bytes) -> str | None:
    record = _parse(raw)
    return str(record.get("prev")) if record is not None else None


def verify_audit(path: Path, *, anchors: Iterable[Path] | None = None) -> AuditVerification:
    """Check the chain, the head sidecar, batch-report anchors and per-file row reconciliation.

    Args:
        path: the audit log (``data/reports/audit.jsonl``).
        anchors: batch reports whose recorded head must be in the log; by default every
            ``*.json`` report beside the log.

    Returns:
        The verification; ``first_broken`` names the first line (1-based) that is wrong or
        missing, and ``problem`` says what is wrong with it.
    """
    problems: list[tuple[int, str]] = []
    hashes: list[str] = []  # hashes[i] is the hash of line i + 1
    seen: dict[str, int] = {}
    reconciled = 0
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below; a missing log is handled
    except FileNotFoundError:
        handle = None
    except OSError as exc:
        raise AuditError(f"cannot read the audit log {path}: {exc.strerror}") from exc
    if handle is not None:
        with handle:
            for number, raw in enumerate(handle, start=1):
                problem = _check_line(number, raw, hashes, seen)
                if problem is not None:
                    problems.append(problem)
                    break
                record = json.loads(raw)
                hashes.append(record["hash"])
                seen[record["hash"]] = number
                mismatch = _check_rows(record["fields"])
                if mismatch is not None:
                    problems.append((number, f"line {number} ({record['event']}): {mismatch}"))
                    break
                if mismatch is None and all(f in record["fields"] for f in _ROW_FIELDS):
                    reconciled += 1
    lines = len(hashes)
    chain_intact = not problems
    head = hashes[-1] if hashes else ZERO_HASH

    checked = 0
    if chain_intact:
        problems.extend(_check_head(path, hashes))
        for report in _anchor_paths(path, anchors):
            anchor = _read_anchor(report)
            if anchor is None:
                continue
            checked += 1
            problem = _check_anchor(report, anchor, hashes, seen)
            if problem is not None:
                problems.append(problem)

    if not problems:
        return AuditVerification(
            ok=True, lines=lines, head=head, files_reconciled=reconciled, anchors_checked=checked
        )
    first, text = min(problems, key=lambda item: item[0])
    return AuditVerification(
        ok=False,
        lines=lines if chain_intact else first - 1,
        first_broken=first,
        problem=text,
        head=head,
        files_reconciled=reconciled,
        anchors_checked=checked,
    )


def _check_line(
    number: int, raw: bytes, hashes: list[str], seen: dict[str, int]
) -> tuple[int, str] | None:
    """A problem with line ``number`` (1-based), or None when it is intact and chained."""
    if not raw.endswith(b"\n"):
        return number, f"line {number} is incomplete (no line end): torn write or truncation"
    body = raw[:-1]
    record = _parse(body)
    if record is None:
        return number, f"line {number} is not valid JSON: edited or corrupted"
    if set(record) != _RECORD_KEYS or not isinstance(record["fields"], dict):
        return number, f"line {number} does not have the fields ts, event, fields, prev, hash"
    if canonical(record).encode("utf-8") != body:
        return number, f"line {number} is not in canonical form: it was edited"
    if hash_record(record) != record["hash"]:
        return number, f"line {number} does not match its own hash: its content was edited"
    if record["hash"] in seen:
        return number, f"line {number} is a copy of line {seen[record['hash']]}"
    expected = hashes[-1] if hashes else ZERO_HASH
    if record["prev"] == expected:
        return None
    if number >= 3 and record["prev"] == hashes[-2]:
        return (
            number - 1,
            f"line {number - 1} was inserted: line {number} follows on from line {number - 2}",
        )
    if record["prev"] in seen:
        earlier = seen[record["prev"]]
        return (
            earlier + 1,
            f"lines {earlier + 1} to {number - 1} were inserted or moved: line {number} "
            f"follows on from line {earlier}",
        )
    if number == 1:
        return number, "line 1 does not start the chain: lines before it were removed"
    return (
        number,
        f"line {number} does not follow line {number - 1}: a line was removed here, "
        f"or lines were moved or swapped",
    )


def _check_rows(fields: dict[str, Any]) -> str | None:
    if not all(name in fields for name in _ROW_FIELDS):
        return None
    rows_in, rows_out = (fields[name] for name in _ROW_FIELDS)
    if not all(isinstance(n, int) for n in (rows_in, rows_out)):
        return "row counts are not whole numbers"
    if rows_in != rows_out:
        where = f" for {fields['file']}" if isinstance(fields.get("file"), str) else ""
        return f"rows do not reconcile{where}: {rows_in} in != {rows_out} out"
    return None


def _check_head(path: Path, hashes: list[str]) -> list[tuple[int, str]]:
    head_path = head_path_for(path)
    try:
        head = _read_head(head_path)
    except AuditError as exc:
        return [(1, f"{head_path.name} is unreadable: {exc.problem}")]
    lines = len(hashes)
    if head is None:
        if lines:
            return [(lines + 1, f"{head_path.name} is missing: the end of the log is unchecked")]
        return []
    if head.lines > lines:
        missing = (
            f"line {lines + 1}"
            if head.lines == lines + 1
            else (f"lines {lines + 1} to {head.lines}")
        )
        return [
            (
                lines + 1,
                f"{missing} missing: {head_path.name} records {head.lines} lines, the log has "
                f"{lines} (its tail was deleted or truncated)",
            )
        ]
    if head.lines < lines:
        return [
            (
                head.lines + 1,
                f"line {head.lines + 1} is past the recorded head ({head_path.name} records "
                f"{head.lines} lines): appended outside the pipeline, or the pipeline stopped "
                "before recording it (the next append confirms such a line)",
            )
        ]
    if head.lines and hashes[head.lines - 1] != head.hash:
        return [
            (
                head.lines,
                f"line {head.lines} does not match the hash in {head_path.name}: "
                "the end of the log was replaced",
            )
        ]
    return []


def _anchor_paths(path: Path, anchors: Iterable[Path] | None) -> list[Path]:
    if anchors is not None:
        return list(anchors)
    return sorted(path.parent.glob("*.json"))


def _read_anchor(report: Path) -> tuple[str, int | None] | None:
    try:
        data = json.loads(report.read_text(encoding="utf-8"))
        audit = data["audit"]
        head_hash = audit["head_hash"]
        head_line = audit.get("head_line")
    except (OSError, ValueError, KeyError, TypeError):
        return None  # not a batch report
    if not isinstance(head_hash, str) or not head_hash:
        return None
    return head_hash, head_line if isinstance(head_line, int) else None


def _check_anchor(
    report: Path, anchor: tuple[str, int | None], hashes: list[str], seen: dict[str, int]
) -> tuple[int, str] | None:
    head_hash, head_line = anchor
    if head_line is None:
        if head_hash in seen:
            return None
        return (
            len(hashes) + 1,
            f"the head recorded by report {report.name} is not in the log: lines were removed",
        )
    if head_line > len(hashes):
        return (
            len(hashes) + 1,
            f"line {len(hashes) + 1} missing: report {report.name} recorded the log at line "
            f"{head_line}, the log has {len(hashes)} lines",
        )
    if head_line >= 1 and hashes[head_line - 1] == head_hash:
        return None
    return (
        max(head_line, 1),
        f"line {head_line} is not the line report {report.name} recorded: the log was rewritten",
    )
