"""The order ledger: orders and claims seen across batches (tokens only), kept in SQLite.

Design: every claim's answer is kept up to date, and only what a change can reach is redone.
---------------------------------------------------------------------------------------------

The ledger keeps every order (upserted by normalised reference; the latest export wins)
and every claim ever seen, identified by ``(source, claim_id)``. Each claim keeps the place
of its first sighting, ``(batch ordinal, file name, line)``, the latest data sent for it,
and its current answer: the order it matches (``matched_ref``) and the verdict.

The answers are a pure function of the held claims and orders (``rules.match_claim`` and
``rules.judge_order``): a claim's match depends only on the claim and the orders; the
earliest claim matching an order owns it (rule 3). So when something changes, only this
can change:

* a new or updated order (key K; its email token and date, before and after) changes the
  match of claims whose reference is K, and of claims without a reference whose email
  token is the order's and whose transaction date lies within the date window of the
  order's date; they are found through the ``claims_ref`` and ``claims_email`` indexes;
* a new or re-sent claim changes its own match;
* every order whose set of matching claims may have changed (the old and the new match of
  each claim above) is judged again: its claims, found through ``claims_matched``, in
  position order.

Orders that arrive wait in ``pending_orders`` (in the transaction that stores them) until
the next decision settles them, so a crash in between loses nothing. A batch with no new
order and no claim re-decides nothing. When the rules change (``meta.rules``), every claim
is re-decided from scratch (``redecide_all``); the incremental path gives the same answers
(a property test holds it).

Each row of each claim file (a *sighting*) remembers the answer last handed out for it
(``published``) and is flagged ``dirty`` when its claim's answer changes; the rows handed
out by ``decide`` are published at once, and ``redecide_open`` returns every other file with
a row whose answer changed, with what changed, so the runner rewrites that file's
decisions and response. A file name seen again in a later batch is a new copy of that
file: its rows replace the earlier rows (the claims themselves stay, and still count for
rule 3).

A claim with no claim date is dated by the day it was first received (the batch's ``now``),
so re-deciding it later gives the same answer. Only tokens are stored: an email that is not
a token (something missed pseudonymising) is dropped rather than written to the ledger.
Memory holds a page of claims or pending orders at a time, never the ledger.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from pipeline.claims import schema, stored
from pipeline.claims.rules import (
    HeldOrder,
    Verdict,
    judge_order,
    match_claim,
    ref_key,
)
from pipeline.config import RulesConfig
from pipeline.errors import LedgerError
from pipeline.models import Claim, Order, Outcome, Redecision

Ident = tuple[str, str]  # (source, claim key)


@dataclass(frozen=True, slots=True)
class Rewrite:
    """An earlier claim file to write again: every row's outcome now, and what changed."""

    redecision: Redecision
    outcomes: tuple[Outcome, ...]


# Claims or pending orders handled per page, and rows per fetch when a file's rows are read.
PAGE_ROWS = 20_000


def claim_key(claim: Claim) -> str:
    """How a claim is identified within its source: its id, or its file and line when it has none.

    Unmapped files have no real claim ids, so their rows are always keyed by file and line.
    """
    claim_id = claim.claim_id.strip()
    if claim.mapped and claim_id:
        return claim_id
    return f"@{claim.file}:{claim.line}"


class Ledger:
    """Orders and claims across batches, and the current answer to every claim.

    Use as a context manager (``with open_ledger(path) as ledger``). Everything lives in
    SQLite; memory holds a page at a time (see the module docstring).
    """

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._book = stored.StoredOrders(db)
        self._read = stored.Reader()

    # ------------------------------------------------------------ lifecycle

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the database; the ledger cannot be used afterwards."""
        with self._guard("close"):
            self._db.close()

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Translate sqlite3 errors into LedgerError (the one seam for this package)."""
        try:
            yield
        except sqlite3.Error as exc:
            raise LedgerError(
                f"order ledger cannot {action}: {type(exc).__name__}",
                path=self.path,
                hint="check disk space and permissions; the ledger holds tokens only and can be "
                "rebuilt by re-processing the order exports and claim files",
            ) from exc

    def _ordinal(self, batch_id: str) -> int:
        """The batch's place in arrival order (registered on first use, stable on re-runs)."""
        self._db.execute("INSERT OR IGNORE INTO batches (batch_id) VALUES (?)", (batch_id,))
        row = self._db.execute(
            "SELECT ordinal FROM batches WHERE batch_id = ?", (batch_id,)
        ).fetchone()
        return int(row[0])

    # ------------------------------------------------------------ orders

    def add_orders(self, orders: Sequence[Order], batch_id: str) -> int:
        """Upsert orders by normalised reference (later wins); returns how many were new or changed.

        Orders without a usable reference cannot be keyed and are skipped. Each change waits
        in ``pending_orders`` (with the order's email and date before it) for the next decision.
        """
        changed = 0
        with self._guard("store orders"), self._db:
            ordinal = self._ordinal(batch_id)
            for order in orders:
                key = ref_key(order.order_ref)
                if not key:
                    continue
                held = HeldOrder(
                    key=key,
                    order_ref=order.order_ref.strip(),
                    order_date=order.order_date,
                    email_token=stored.token(order.email_token),
                    order_value=order.order_value,
                    currency=order.currency.strip().upper(),
                    status=order.status.strip().lower(),
                    tracked_publisher_id=order.tracked_publisher_id.strip(),
                )
                old = self._book.get(key)
                if old == held:
                    continue
                self._db.execute(
                    schema.UPSERT_ORDER,
                    (
                        key,
                        held.order_ref,
                        stored.iso(held.order_date),
                        held.email_token,
                        schema.text(held.order_value),
                        held.currency,
                        held.status,
                        held.tracked_publisher_id,
                        ordinal,
                    ),
                )
                self._db.execute(
                    "INSERT INTO pending_orders VALUES (?, ?, ?)",
                    (
                        key,
                        old.email_token if old else "",
                        stored.iso(old.order_date) if old else None,
                    ),
                )
                changed += 1
        return changed

    def order_count(self) -> int:
        """How many orders the ledger holds."""
        with self._guard("be read"):
            return int(self._db.execute("SELECT count(*) FROM orders").fetchone()[0])

    # ------------------------------------------------------------ claims

    def _add_claims(self, claims: Sequence[Claim], ordinal: int, now: datetime) -> list[Ident]:
        """Record claims and the rows they were seen on (inside the caller's transaction).

        A file seen again in a later batch replaces its earlier rows (its content is the
        latest copy). A claim seen again keeps its first place and day, and takes the latest data.
        """
        for file in sorted({c.file for c in claims}):
            row = self._db.execute(
                "SELECT batch_ordinal FROM sightings WHERE file = ? LIMIT 1", (file,)
            ).fetchone()
            if row is not None and row[0] != ordinal:
                self._db.execute("DELETE FROM sightings WHERE file = ?", (file,))
        idents = []
        for claim in claims:
            key = claim_key(claim)
            position = (ordinal, claim.file, claim.line)
            old = self._db.execute(
                "SELECT batch_ordinal, file, line FROM claims WHERE source = ? AND claim_key = ?",
                (claim.source, key),
            ).fetchone()
            if old is not None:
                position = min(position, tuple(old))
                # its other rows show the latest data: they may read differently now
                self._db.execute(schema.FLAG_ROWS, (claim.source, key))
            self._db.execute(
                schema.UPSERT_CLAIM,
                (
                    claim.source,
                    key,
                    claim.claim_id.strip(),
                    *position,
                    claim.publisher_id.strip(),
                    claim.merchant.strip(),
                    claim.order_ref.strip(),
                    ref_key(claim.order_ref),
                    stored.token(claim.email_token),
                    stored.iso(claim.transaction_date),
                    schema.text(claim.order_value),
                    claim.currency.strip().upper(),
                    stored.iso(claim.claim_date),
                    now.date().isoformat(),
                    int(claim.mapped),
                    stored.PROBLEM_SEP.join(claim.problems),
                ),
            )
            self._db.execute(
                schema.UPSERT_SIGHTING, (claim.file, claim.line, claim.source, key, ordinal)
            )
            idents.append((claim.source, key))
        return idents

    def claim_count(self) -> int:
        """How many distinct claims the ledger holds."""
        with self._guard("be read"):
            return int(self._db.execute("SELECT count(*) FROM claims").fetchone()[0])

    # ------------------------------------------------------------ deciding

    def _rules_changed(self, rules: RulesConfig) -> bool:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'rules'").fetchone()
        return row is None or row[0] != rules.model_dump_json()

    def _settle(
        self, rules: RulesConfig, ordinal: int, now: datetime, claims: Iterable[Ident]
    ) -> None:
        """Re-decide these claims and what the pending orders can reach (in the caller's
        transaction), a page of pending orders at a time."""
        window = timedelta(days=rules.date_window_days)
        reached: set[Ident] = set(claims)
        while pending := self._db.execute(
            "SELECT rowid, ref_key, email_token, order_date FROM pending_orders LIMIT ?",
            (PAGE_ROWS,),
        ).fetchall():
            for _, key, old_email, old_day in pending:
                reached.update(self._db.execute(schema.CLAIMS_BY_REF, (key,)).fetchall())
                order = self._book.get(key)
                sides = [(old_email, schema.day(old_day))]
                if order is not None:
                    sides.append((order.email_token, order.order_date))
                for email, day in sides:
                    if email and day is not None:
                        reached.update(
                            self._db.execute(
                                schema.CLAIMS_BY_EMAIL,
                                (email, (day - window).isoformat(), (day + window).isoformat()),
                            ).fetchall()
                        )
            self._rematch(reached, rules, ordinal, now)
            reached = set()
            self._db.executemany(
                "DELETE FROM pending_orders WHERE rowid = ?", ((p[0],) for p in pending)
            )
        if reached:
            self._rematch(reached, rules, ordinal, now)

    def _rematch(
        self, idents: Iterable[Ident], rules: RulesConfig, ordinal: int, now: datetime
    ) -> None:
        """Match these claims again, then judge every order whose matching claims may differ."""
        touched: set[str] = set()
        prior: dict[Ident, schema.State] = {}
        for ident in idents:
            row = self._db.execute(schema.SELECT_CLAIMS + schema.BY_IDENT, ident).fetchone()
            self._match(row, rules, ordinal, now, touched, prior)
        for key in sorted(touched):
            self._judge(key, rules, ordinal, now, prior)

    def _match(
        self,
        row: Sequence[Any],
        rules: RulesConfig,
        ordinal: int,
        now: datetime,
        touched: set[str],
        prior: dict[Ident, schema.State],
    ) -> None:
        """Match one claim again: store its verdict when it matches nothing, else its match.

        The orders it matched before and matches now go into ``touched``; when its match
        moves, its state before is kept in ``prior`` for ``_judge`` to compare against.
        """
        claim = self._read.held(row)
        old = schema.state_of(row)
        if old[3]:
            touched.add(old[3])
        found = match_claim(claim, self._book, rules)
        if isinstance(found, Verdict):
            self._store(claim.ident, old, stored.state_of(found), ordinal, now)
            return
        touched.add(found.key)
        if found.key != old[3]:
            prior[claim.ident] = old
            self._db.execute(schema.SET_MATCHED, (found.key, *claim.ident))

    def _judge(
        self,
        key: str,
        rules: RulesConfig,
        ordinal: int,
        now: datetime,
        prior: dict[Ident, schema.State],
    ) -> None:
        """Rules 3 to 9 for every claim now matching order ``key``."""
        order = self._book.get(key)
        rows = self._db.execute(schema.SELECT_CLAIMS + schema.BY_MATCHED, (key,)).fetchall()
        if order is None or not rows:
            return
        olds = {(r[0], r[1]): prior.get((r[0], r[1])) or schema.state_of(r) for r in rows}
        for claim, verdict in judge_order(order, (self._read.held(r) for r in rows), rules):
            self._store(claim.ident, olds[claim.ident], stored.state_of(verdict), ordinal, now)

    def _store(
        self,
        ident: Ident,
        old: tuple[Any, ...],
        new: schema.State,
        ordinal: int,
        now: datetime,
    ) -> None:
        """Write a claim's state when it changed, and flag the rows that carry it."""
        if old == new:
            return
        changed = now.isoformat(timespec="seconds") if old[0] is not None else None
        self._db.execute(schema.SET_STATE, (*new, ordinal, changed, *ident))
        self._db.execute(schema.FLAG_ROWS, ident)

    def _store_states(
        self,
        rules: RulesConfig,
        batch_id: str,
        now: datetime,
        claims: Sequence[Claim] = (),
    ) -> list[Ident]:
        """One durable step: record claims, settle pending orders, re-decide what they reach.

        When the rules differ from those the answers were made with, everything is
        re-decided first (``redecide_all``).
        """
        with self._guard("decide"):
            if self._rules_changed(rules):
                self.redecide_all(rules, batch_id, now)
            with self._db:
                ordinal = self._ordinal(batch_id)
                idents = self._add_claims(claims, ordinal, now)
                self._settle(rules, ordinal, now, idents)
        return idents

    def redecide_all(self, rules: RulesConfig, batch_id: str, now: datetime) -> None:
        """Re-decide every claim from scratch (rules changed), in one transaction."""
        with self._guard("decide"), self._db:
            ordinal = self._ordinal(batch_id)
            self._db.execute("DELETE FROM pending_orders")
            prior: dict[Ident, schema.State] = {}  # only claims whose match moved
            after: tuple[Any, ...] = ("", "")
            while rows := self._db.execute(
                schema.SELECT_CLAIMS + schema.AFTER_IDENT, (*after, PAGE_ROWS)
            ).fetchall():
                for row in rows:
                    self._match(row, rules, ordinal, now, set(), prior)
                after = (rows[-1][0], rows[-1][1])
            last = ""
            while keys := self._db.execute(schema.MATCHED_KEYS, (last, PAGE_ROWS)).fetchall():
                for (key,) in keys:
                    self._judge(key, rules, ordinal, now, prior)
                last = keys[-1][0]
            self._db.execute(
                "INSERT INTO meta VALUES ('rules', ?) ON CONFLICT (key) DO UPDATE"
                " SET value = excluded.value",
                (rules.model_dump_json(),),
            )

    # ------------------------------------------------------------ answers

    def _rows(self, file: str) -> Iterator[tuple[int, str, int, Outcome]]:
        """(line, answer last handed out, dirty, outcome) for every row of a file, in line order."""
        cursor = self._db.execute(schema.SELECT_ROWS, (file,))
        while rows := cursor.fetchmany(PAGE_ROWS):
            for row in rows:
                yield row[0], row[1], row[2], self._read.outcome(row[3:], row[0])

    def mark_published(self, file: str, outcomes: Sequence[Outcome]) -> None:
        """Remember the answers handed out for rows of a file (after its files were written)."""
        with self._guard("store decisions"), self._db:
            self._db.executemany(
                "UPDATE sightings SET published = ?, dirty = 0 WHERE file = ? AND line = ?",
                ((stored.fingerprint(o), file, o.line) for o in outcomes),
            )

    def decide(
        self, claims: Sequence[Claim], rules: RulesConfig, batch_id: str, now: datetime
    ) -> list[Outcome]:
        """Record claims, re-decide what they and pending orders reach, return their outcomes.

        The outcomes come in input order and count as handed out; other files' rows whose
        answers changed come back from ``redecide_open``.
        """
        idents = self._store_states(rules, batch_id, now, claims)
        with self._guard("be read"):
            outcomes = []
            for ident, claim in zip(idents, claims, strict=True):
                row = self._db.execute(schema.SELECT_CLAIMS + schema.BY_IDENT, ident).fetchone()
                outcomes.append(self._read.outcome(row, claim.line))
        by_file: dict[str, list[Outcome]] = {}
        for claim, outcome in zip(claims, outcomes, strict=True):
            by_file.setdefault(claim.file, []).append(outcome)
        for file, some in by_file.items():
            self.mark_published(file, some)
        return outcomes

    def outcomes_for(self, file: str) -> list[Outcome]:
        """The current outcome of every row of a claim file, in line order (as last decided)."""
        with self._guard("be read"):
            return [outcome for _, _, _, outcome in self._rows(file)]

    def facts(self, source: str, key: str) -> dict[str, str] | None:
        """What a subject access shows of one claim (no tokens): merchant, order, date,
        amount, decision and reason as last decided; None when the ledger never saw it."""
        with self._guard("be read"):
            row = self._db.execute(
                "SELECT claim_id, merchant, order_ref, transaction_date, order_value, currency,"
                " claim_date, received, decision, reason FROM claims"
                " WHERE source = ? AND claim_key = ?",
                (source, key),
            ).fetchone()
        if row is None:
            return None
        names: tuple[str, ...] = ("claim_id", "merchant", "order_ref", "transaction_date")
        names += ("order_value", "currency", "claim_date", "received", "decision", "reason")
        return {
            name: "" if value is None else str(value)
            for name, value in zip(names, row, strict=True)
        }

    def order_facts(self, key: str) -> dict[str, str] | None:
        """What a subject access shows of one retailer order (no tokens); None when unknown."""
        with self._guard("be read"):
            row = self._db.execute(
                "SELECT order_ref, order_date, order_value, currency, status FROM orders"
                " WHERE ref_key = ?",
                (key,),
            ).fetchone()
        if row is None:
            return None
        names = ("order_ref", "order_date", "order_value", "currency", "status")
        return {
            name: "" if value is None else str(value)
            for name, value in zip(names, row, strict=True)
        }

    def file_refs(self, file: str) -> Iterator[str]:
        """The claim id and order reference of every row of a claim file (neither personal)."""
        with self._guard("be read"):
            cursor = self._db.execute(schema.SELECT_REFS, (file,))
            while rows := cursor.fetchmany(PAGE_ROWS):
                for claim_id, order_ref in rows:
                    yield claim_id
                    yield order_ref

    def redecide_open(
        self, rules: RulesConfig, batch_id: str, now: datetime, *, mark: bool = True
    ) -> dict[str, Rewrite]:
        """Settle pending orders; return, per claim file whose answers changed, all its rows.

        Call once per batch after every order export and claim file is in. The files come
        in name order with all their rows in line order, ready for ``write_decisions`` and
        ``write_response``, and with what changed (reason before and after, per row that
        changed). With ``mark`` (the default) their answers count as handed out at once; for
        crash safety pass ``mark=False`` and call ``mark_published`` for each file after
        writing it, so a crash in between returns the file again on the next run.
        """
        self._store_states(rules, batch_id, now)
        found: dict[str, Rewrite] = {}
        with self._guard("be read"):
            files = [f for (f,) in self._db.execute(schema.DIRTY_FILES).fetchall()]
            for file in files:
                changes: Counter[tuple[str, str]] = Counter()
                outcomes = []
                for _, printed, dirty, outcome in self._rows(file):
                    outcomes.append(outcome)
                    if dirty and stored.fingerprint(outcome) != printed:
                        changes[(stored.reason_of(printed), outcome.reason.value)] += 1
                if changes:
                    summary = tuple((a, b, n) for (a, b), n in sorted(changes.items()))
                    redecision = Redecision(file, sum(changes.values()), summary)
                    found[file] = Rewrite(redecision, tuple(outcomes))
                else:  # flagged, but every answer is what was handed out
                    with self._db:
                        self._db.execute("UPDATE sightings SET dirty = 0 WHERE file = ?", (file,))
        if mark:
            for file, rewrite in found.items():
                self.mark_published(file, rewrite.outcomes)
        return found

    def source_of(self, file: str) -> str | None:
        """The source (profile name) a claim file was read with, or None for a file never seen."""
        with self._guard("be read"):
            row = self._db.execute(
                "SELECT source FROM sightings WHERE file = ? LIMIT 1", (file,)
            ).fetchone()
        return None if row is None else str(row[0])

    def files(self) -> list[str]:
        """Every claim file the ledger has rows for, in name order."""
        with self._guard("be read"):
            return [
                f for (f,) in self._db.execute("SELECT DISTINCT file FROM sightings ORDER BY file")
            ]


def open_ledger(path: Path) -> Ledger:
    """Open (creating or upgrading if needed) the SQLite order ledger at ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, isolation_level="DEFERRED")
    except (OSError, sqlite3.Error) as exc:
        raise LedgerError(
            f"order ledger cannot be opened: {type(exc).__name__}",
            path=path,
            hint="check the folder's permissions",
        ) from exc
    try:
        schema.prepare(db, path)
    except sqlite3.Error as exc:
        db.close()
        raise LedgerError(
            f"order ledger cannot be opened: {type(exc).__name__}",
            path=path,
            hint="the file may not be a ledger; move it aside and re-process to rebuild it",
        ) from exc
    except LedgerError:
        db.close()
        raise
    return Ledger(db, path)


def decide_claims(
    claims: Sequence[Claim], ledger: Ledger, rules: RulesConfig, batch_id: str, now: datetime
) -> list[Outcome]:
    """Decide claims against the ledger (section 6) in input order, recording them for later.

    May be called once per file or once per chunk of a file. Rows of other files whose
    answers change as a result are returned later by ``Ledger.redecide_open``.
    """
    return ledger.decide(claims, rules, batch_id, now)
