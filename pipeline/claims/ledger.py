"""The order ledger: orders and claims seen across batches (tokens only), kept in SQLite.

Design: decisions are a pure function of the whole ledger.
------------------------------------------------------------

The ledger keeps every order (upserted by normalised reference; the latest export wins)
and every claim ever seen, identified by ``(source, claim_id)``. Each claim keeps the place
of its first sighting, ``(batch ordinal, file name, line)``, and the latest data sent for it.
Deciding means running the rules of section 6 over *all* held claims in that order against
*all* held orders (``rules.decide_all``). So:

* an order matched by an earlier claim (earlier row, earlier file by name, earlier batch)
  makes a later claim DUPLICATE_CLAIM, and a claim re-decided or re-sent keeps its own
  place, so it is never a duplicate of itself;
* a claim answered ORDER_NOT_FOUND because its order had not arrived yet gets, once the
  order arrives, exactly the answer it would have got had both come together; claims
  behind it that matched the same order meanwhile become its duplicates, as they would have.

Each row of each claim file (a *sighting*) remembers the answer last handed out for it.
``decide_claims`` hands out answers for the rows it is given; ``Ledger.redecide_open``
re-runs the rules and returns every file with a row whose answer changed, so the runner
rewrites that file's decisions and response. Answers change only when the ledger's facts
change (an order arrives or is updated, a claim is re-sent), so in practice the rewritten
rows are the open ones: ORDER_NOT_FOUND, ORDER_PENDING, AMBIGUOUS_MATCH, AMOUNT_MISMATCH.

A claim with no claim date is dated by the day it was first received (the batch's ``now``),
so re-deciding it later gives the same answer.

Decisions are the same whether files arrive in one batch or several as long as they arrive
in name order (earlier batch first, as rule 3 reads "earlier"); when a later batch brings a
file whose name sorts first, the earlier batch still wins.

Answers change only when the ledger's facts change: an order arrives or is updated (a
later export saying *returned* turns an approval into ORDER_RETURNED, as it would have had
both come together), or a claim is re-sent with other data. A file name seen again in a
later batch is a new copy of that file: its rows replace the earlier rows (the claims
themselves stay, and still count for rule 3).

Cost: a full pass runs once per batch (and whenever history changed); claims that only
join at the end, such as the next file or chunk, are decided on their own.

Only tokens are stored: an email that is not a token (something missed pseudonymising)
is dropped rather than written to the ledger.

Memory: orders and claims live in SQLite, not in memory, so a ledger of millions costs
disk. Matching reads an order when a claim needs one (by reference, or by email token
through an index); a full pass reads the claims in position order a page at a time; the
answers are not kept but asked again (``rules.decide_claim``) when a file's outcomes are
wanted. Who owns each matched order (rule 3) sits in a private temporary SQLite table, so
memory holds only a line per claim file.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import TracebackType
from typing import Any

from pipeline.claims.rules import (
    HeldClaim,
    HeldOrder,
    Verdict,
    customer_orders,
    decide_all,
    decide_claim,
    list_for_review,
    ref_key,
)
from pipeline.config import RulesConfig
from pipeline.errors import LedgerError
from pipeline.models import Claim, Order, Outcome

SCHEMA_VERSION = "1"
Ident = tuple[str, str]  # (source, claim key)
Position = tuple[int, str, int]  # (batch ordinal, file, line) of a claim's first sighting
State = tuple[str | None, str | None, str | None]  # decision, reason, matched ref as stored
# An email token of design section 4; anything else never enters the ledger.
_EMAIL_TOKEN = re.compile(r"EMAIL_[0-9]+_[A-Z2-7]{20,}")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batches (
    ordinal INTEGER PRIMARY KEY AUTOINCREMENT,
    batch_id TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS orders (
    ref_key TEXT PRIMARY KEY,
    order_ref TEXT NOT NULL,
    order_date TEXT,
    email_token TEXT NOT NULL,
    order_value TEXT,
    currency TEXT NOT NULL,
    status TEXT NOT NULL,
    tracked_publisher_id TEXT NOT NULL,
    batch_ordinal INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS orders_email ON orders (email_token);
CREATE TABLE IF NOT EXISTS claims (
    source TEXT NOT NULL,
    claim_key TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    batch_ordinal INTEGER NOT NULL,
    file TEXT NOT NULL,
    line INTEGER NOT NULL,
    publisher_id TEXT NOT NULL,
    merchant TEXT NOT NULL,
    order_ref TEXT NOT NULL,
    email_token TEXT NOT NULL,
    transaction_date TEXT,
    order_value TEXT,
    currency TEXT NOT NULL,
    claim_date TEXT,
    received TEXT NOT NULL,
    mapped INTEGER NOT NULL,
    problems TEXT NOT NULL,
    decision TEXT,
    reason TEXT,
    matched_ref TEXT,
    decided_batch INTEGER,
    PRIMARY KEY (source, claim_key)
);
CREATE INDEX IF NOT EXISTS claims_position ON claims (batch_ordinal, file, line);
CREATE TABLE IF NOT EXISTS sightings (
    file TEXT NOT NULL,
    line INTEGER NOT NULL,
    source TEXT NOT NULL,
    claim_key TEXT NOT NULL,
    batch_ordinal INTEGER NOT NULL,
    published TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (file, line)
);
"""

_SELECT_ORDERS = """
SELECT ref_key, order_ref, order_date, email_token, order_value, currency, status,
       tracked_publisher_id
FROM orders
"""
_ORDER_BY_KEY = _SELECT_ORDERS + "WHERE ref_key = ?"
_ORDERS_BY_EMAIL = _SELECT_ORDERS + "WHERE email_token = ? ORDER BY ref_key"
_SELECT_CLAIMS = """
SELECT source, claim_key, claim_id, batch_ordinal, file, line, publisher_id, merchant,
       order_ref, email_token, transaction_date, order_value, currency, claim_date,
       received, mapped, problems, decision, reason, matched_ref
FROM claims
"""
_BY_IDENT = "WHERE source = ? AND claim_key = ?"
_AFTER_POSITION = "WHERE (batch_ordinal, file, line) > (?, ?, ?) "
_BY_POSITION = "ORDER BY batch_ordinal, file, line LIMIT ?"
# The rows of one claim file (its sightings) with the claims they carry.
_FILE_ROWS = """
FROM sightings s JOIN claims c ON c.source = s.source AND c.claim_key = s.claim_key
WHERE s.file = ?
"""
_SELECT_ROWS = (
    """
SELECT s.line, s.published, c.source, c.claim_key, c.claim_id, c.batch_ordinal, c.file, c.line,
       c.publisher_id, c.merchant, c.order_ref, c.email_token, c.transaction_date,
       c.order_value, c.currency, c.claim_date, c.received, c.mapped, c.problems
"""
    + _FILE_ROWS
    + "ORDER BY s.line"
)
_SELECT_REFS = "SELECT c.claim_id, c.order_ref" + _FILE_ROWS
# Claims read per page of a full pass, and rows per fetch when a file's rows are read.
PAGE_ROWS = 20_000
_UPSERT_ORDER = """
INSERT INTO orders (ref_key, order_ref, order_date, email_token, order_value, currency,
                    status, tracked_publisher_id, batch_ordinal)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (ref_key) DO UPDATE SET
    order_ref = excluded.order_ref, order_date = excluded.order_date,
    email_token = excluded.email_token, order_value = excluded.order_value,
    currency = excluded.currency, status = excluded.status,
    tracked_publisher_id = excluded.tracked_publisher_id,
    batch_ordinal = excluded.batch_ordinal
"""
_UPSERT_SIGHTING = """
INSERT INTO sightings (file, line, source, claim_key, batch_ordinal) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (file, line) DO UPDATE SET
    source = excluded.source, claim_key = excluded.claim_key,
    batch_ordinal = excluded.batch_ordinal
"""
# On conflict the claim keeps ``received`` (the day first seen) and takes everything else.
_UPSERT_CLAIM = """
INSERT INTO claims (source, claim_key, claim_id, batch_ordinal, file, line, publisher_id,
                    merchant, order_ref, email_token, transaction_date, order_value,
                    currency, claim_date, received, mapped, problems)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (source, claim_key) DO UPDATE SET
    claim_id = excluded.claim_id, batch_ordinal = excluded.batch_ordinal,
    file = excluded.file, line = excluded.line, publisher_id = excluded.publisher_id,
    merchant = excluded.merchant, order_ref = excluded.order_ref,
    email_token = excluded.email_token, transaction_date = excluded.transaction_date,
    order_value = excluded.order_value, currency = excluded.currency,
    claim_date = excluded.claim_date, mapped = excluded.mapped, problems = excluded.problems
"""
_SET_STATE = """
UPDATE claims SET decision = ?, reason = ?, matched_ref = ?, decided_batch = ?
WHERE source = ? AND claim_key = ?
"""


def claim_key(claim: Claim) -> str:
    """How a claim is identified within its source: its id, or its file and line when it has none.

    Unmapped files have no real claim ids, so their rows are always keyed by file and line.
    """
    claim_id = claim.claim_id.strip()
    if claim.mapped and claim_id:
        return claim_id
    return f"@{claim.file}:{claim.line}"


def _token(value: str) -> str:
    """The email token, or empty when the value is not one."""
    value = value.strip()
    return value if _EMAIL_TOKEN.fullmatch(value) else ""


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _amount(text: str | None) -> Decimal | None:
    if text is None or text == "":
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _order(row: tuple[Any, ...]) -> HeldOrder:
    return HeldOrder(
        key=row[0],
        order_ref=row[1],
        order_date=_day(row[2]),
        email_token=row[3],
        order_value=_amount(row[4]),
        currency=row[5],
        status=row[6],
        tracked_publisher_id=row[7],
    )


class _StoredOrders:
    """The ledger's orders, read from SQLite when matching needs one (see ``rules.Orders``)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def get(self, key: str) -> HeldOrder | None:
        row = self._db.execute(_ORDER_BY_KEY, (key,)).fetchone()
        return None if row is None else _order(row)

    def by_customer(self, claim: HeldClaim, rules: RulesConfig) -> list[HeldOrder]:
        if not claim.email_token:
            return []
        rows = self._db.execute(_ORDERS_BY_EMAIL, (claim.email_token,)).fetchall()
        return customer_orders(claim, (_order(r) for r in rows), rules)

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM orders").fetchone()[0])


class _StoredOwners:
    """Who owns each matched order during a pass (rule 3), in a private on-disk SQLite table.

    A dict of a million order keys would hold ~200 MB; SQLite holds them on disk behind a
    page cache of a few MB. The database is anonymous (``connect("")``): a temporary file
    SQLite deletes on close, holding order references and claim keys only (never personal).
    It lives for one ledger; a full pass starts it again with ``clear``.
    """

    def __init__(self) -> None:
        self._db = sqlite3.connect("", isolation_level=None)
        self._db.execute("PRAGMA journal_mode = OFF")  # rebuilt from scratch after any crash
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute(
            "CREATE TABLE owners (ref_key TEXT PRIMARY KEY, source TEXT NOT NULL,"
            " claim_key TEXT NOT NULL) WITHOUT ROWID"
        )

    def setdefault(self, key: str, ident: Ident, /) -> Ident:
        inserted = self._db.execute(
            "INSERT INTO owners VALUES (?, ?, ?) ON CONFLICT DO NOTHING RETURNING 1",
            (key, *ident),
        ).fetchone()
        if inserted is not None:
            return ident
        row = self._db.execute(
            "SELECT source, claim_key FROM owners WHERE ref_key = ?", (key,)
        ).fetchone()
        return (row[0], row[1])

    def clear(self) -> None:
        self._db.execute("DELETE FROM owners")

    def close(self) -> None:
        self._db.close()


def _fingerprint(outcome: Outcome) -> str:
    """Everything the output rows show except the time, to tell whether an answer changed."""
    commission = "" if outcome.commission is None else str(outcome.commission)
    parts = (
        outcome.claim_id,
        outcome.decision.value,
        outcome.reason.value,
        commission,
        outcome.currency,
        outcome.order_ref,
        outcome.publisher_id,
        outcome.note,
        _iso(outcome.transaction_date) or "",
    )
    return "\x1f".join(parts)


class Ledger:
    """Orders and claims across batches, and the current answer to every claim.

    Use as a context manager (``with open_ledger(path) as ledger``). Orders and claims live
    in SQLite, and so does who owns each matched order; memory holds a line per claim file,
    so a ledger of millions of claims decides in bounded memory (see the module docstring).
    """

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._book = _StoredOrders(db)
        self._days: dict[date, date] = {}  # one date object per day, however many claims
        # claim file -> (source, batch ordinal of its rows)
        self._files: dict[str, tuple[str, int]] = {}
        # What the last pass left: rules used, order ownership, the last position decided,
        # and claims added since that sit after it (decidable without a full pass).
        self._rules: RulesConfig | None = None
        self._owners = _StoredOwners()
        self._frontier: Position | None = None
        self._appended: dict[Ident, HeldClaim] = {}
        self._stale = True
        # Full passes so far, the pass the last scan for changed answers looked at, and
        # whether claims were decided since that scan.
        self._passes = 0
        self._scanned = -1
        self._decided_since_scan = False
        self._load()

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
            self._owners.close()
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

    def _load(self) -> None:
        with self._guard("be read"):
            for file, source, ordinal in self._db.execute(
                "SELECT file, source, max(batch_ordinal) FROM sightings GROUP BY file"
            ):
                self._files[file] = (source, ordinal)

    def _day(self, day: date) -> date:
        """The one shared object for a day (a million claims share a few hundred days)."""
        return self._days.setdefault(day, day)

    def _date(self, day: date | None) -> date | None:
        return None if day is None else self._day(day)

    def _held(self, row: tuple[Any, ...]) -> HeldClaim:
        """A claim as held, from a row of ``_SELECT_CLAIMS``."""
        received = self._day(date.fromisoformat(row[14]))
        return HeldClaim(
            source=sys.intern(row[0]),
            key=row[1],
            claim_id=row[2],
            position=(row[3], sys.intern(row[4]), row[5]),
            publisher_id=sys.intern(row[6]),
            merchant=sys.intern(row[7]),
            order_ref=row[8],
            email_token=row[9],
            transaction_date=self._date(_day(row[10])),
            order_value=_amount(row[11]),
            currency=sys.intern(row[12]),
            claim_date=self._date(_day(row[13])) or received,
            mapped=bool(row[15]),
            problems=tuple(sys.intern(p) for p in row[16].split(",") if p),
        )

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

        Orders without a usable reference cannot be keyed and are skipped.
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
                    email_token=_token(order.email_token),
                    order_value=order.order_value,
                    currency=order.currency.strip().upper(),
                    status=order.status.strip().lower(),
                    tracked_publisher_id=order.tracked_publisher_id.strip(),
                )
                if self._book.get(key) == held:
                    continue
                self._db.execute(
                    _UPSERT_ORDER,
                    (
                        key,
                        held.order_ref,
                        _iso(held.order_date),
                        held.email_token,
                        _text(held.order_value),
                        held.currency,
                        held.status,
                        held.tracked_publisher_id,
                        ordinal,
                    ),
                )
                changed += 1
        if changed:
            self._stale = True
        return changed

    def order_count(self) -> int:
        """How many orders the ledger holds."""
        with self._guard("be read"):
            return self._book.count()

    # ------------------------------------------------------------ claims

    def add_claims(self, claims: Sequence[Claim], batch_id: str, now: datetime) -> list[Ident]:
        """Record claims and the rows they were seen on; returns their identities in input order.

        A file seen again in a later batch replaces its earlier rows (its content is the
        latest copy). A claim seen again keeps its first place and takes the latest data.
        """
        return [held.ident for held in self._add_claims(claims, batch_id, now)]

    def _add_claims(self, claims: Sequence[Claim], batch_id: str, now: datetime) -> list[HeldClaim]:
        added: list[HeldClaim] = []
        with self._guard("store claims"), self._db:
            ordinal = self._ordinal(batch_id)
            for file in sorted({c.file for c in claims}):
                seen = self._files.get(file)
                if seen is not None and seen[1] != ordinal:
                    self._db.execute("DELETE FROM sightings WHERE file = ?", (file,))
            for claim in claims:
                held, known = self._hold(claim, ordinal, now)
                if known or (self._frontier is not None and held.position <= self._frontier):
                    self._stale = True
                else:
                    self._appended[held.ident] = held
                self._save_claim(held, claim, now.date())
                self._db.execute(
                    _UPSERT_SIGHTING,
                    (claim.file, claim.line, held.source, held.key, ordinal),
                )
                self._files[claim.file] = (held.source, ordinal)
                added.append(held)
        return added

    def _hold(self, claim: Claim, ordinal: int, now: datetime) -> tuple[HeldClaim, bool]:
        """The claim as held (keeping the first place and day it was seen); True if known."""
        key = claim_key(claim)
        source = sys.intern(claim.source)
        position: Position = (ordinal, sys.intern(claim.file), claim.line)
        old = self._db.execute(
            "SELECT batch_ordinal, file, line, received FROM claims"
            " WHERE source = ? AND claim_key = ?",
            (source, key),
        ).fetchone()
        if old is not None:
            position = min((old[0], old[1], old[2]), position)
            received = self._day(date.fromisoformat(old[3]))
        else:
            received = self._day(now.date())
        held = HeldClaim(
            source=source,
            key=key,
            claim_id=claim.claim_id.strip(),
            position=position,
            publisher_id=sys.intern(claim.publisher_id.strip()),
            merchant=sys.intern(claim.merchant.strip()),
            order_ref=claim.order_ref.strip(),
            email_token=_token(claim.email_token),
            transaction_date=self._date(claim.transaction_date),
            order_value=claim.order_value,
            currency=sys.intern(claim.currency.strip().upper()),
            claim_date=self._date(claim.claim_date) or received,
            mapped=claim.mapped,
            problems=tuple(sys.intern(p) for p in claim.problems),
        )
        return held, old is not None

    def _save_claim(self, held: HeldClaim, claim: Claim, received: date) -> None:
        """Upsert the claim; ``received`` counts only for a new one (a known one keeps its day)."""
        ordinal, file, line = held.position
        self._db.execute(
            _UPSERT_CLAIM,
            (
                held.source,
                held.key,
                held.claim_id,
                ordinal,
                file,
                line,
                held.publisher_id,
                held.merchant,
                held.order_ref,
                held.email_token,
                _iso(held.transaction_date),
                _text(held.order_value),
                held.currency,
                _iso(claim.claim_date),
                received.isoformat(),
                int(held.mapped),
                ",".join(held.problems),
            ),
        )

    def _claim(self, ident: Ident) -> HeldClaim:
        row = self._db.execute(_SELECT_CLAIMS + _BY_IDENT, ident).fetchone()
        return self._held(row)

    # ------------------------------------------------------------ deciding

    def _decide(
        self, rules: RulesConfig, batch_id: str, wanted: Collection[Ident] = ()
    ) -> dict[Ident, Verdict]:
        """Bring every claim's verdict up to date; store the match states that changed.

        A full pass runs over the whole ledger after orders changed or a claim was seen
        again, reading the claims from SQLite in position order a page at a time. Claims
        that only join at the end (the usual case: a new file of a new batch, or the next
        chunk of the same file) cannot change anyone before them, so they are decided on
        their own, continuing from the ownership the last pass left.

        Returns the verdicts of the ``wanted`` claims decided now. Verdicts are not kept:
        ``_verdict`` asks ``decide_claim`` again, which gives the same answer once the
        ownership of every order is known.
        """
        found: dict[Ident, Verdict] = {}
        if self._stale or rules != self._rules:
            self._owners.clear()
            self._frontier = None
            self._passes += 1
            with self._guard("decide"):
                for page, stored in self._pages():
                    fresh = decide_all(page, self._book, rules, self._owners)
                    self._store_states(page, fresh, batch_id, stored)
                    found.update((i, fresh[i]) for i in wanted if i in fresh)
                    self._frontier = page[-1].position
        elif self._appended:
            decided = list(self._appended.values())
            with self._guard("decide"):
                fresh = decide_all(decided, self._book, rules, self._owners)
                self._store_states(decided, fresh, batch_id)
            found.update((i, fresh[i]) for i in wanted if i in fresh)
            last = max(c.position for c in decided)
            if self._frontier is None or last > self._frontier:
                self._frontier = last
        else:
            return found
        self._appended = {}
        self._rules = rules
        self._stale = False
        self._decided_since_scan = True
        return found

    def _pages(self) -> Iterator[tuple[list[HeldClaim], dict[Ident, State]]]:
        """Every claim in position order with its stored state, ``PAGE_ROWS`` at a time."""
        after: Position | None = None
        while True:
            if after is None:
                rows = self._db.execute(_SELECT_CLAIMS + _BY_POSITION, (PAGE_ROWS,)).fetchall()
            else:
                rows = self._db.execute(
                    _SELECT_CLAIMS + _AFTER_POSITION + _BY_POSITION, (*after, PAGE_ROWS)
                ).fetchall()
            if not rows:
                return
            page = [self._held(r) for r in rows]
            stored = {c.ident: (r[17], r[18], r[19]) for c, r in zip(page, rows, strict=True)}
            yield page, stored
            after = page[-1].position

    def _store_states(
        self,
        claims: Sequence[HeldClaim],
        fresh: dict[Ident, Verdict],
        batch_id: str,
        stored: dict[Ident, State] | None = None,
    ) -> None:
        """Write the match state of claims whose state changed (all of them when new)."""
        stored = stored or {}
        with self._db:
            ordinal = self._ordinal(batch_id)
            for claim in claims:
                verdict = fresh[claim.ident]
                state = (verdict.decision.value, verdict.reason.value, verdict.matched)
                old = stored.get(claim.ident)
                if old is not None and old == state:
                    continue
                self._db.execute(_SET_STATE, (*state, ordinal, *claim.ident))

    def _verdict(self, claim: HeldClaim) -> Verdict:
        """A claim's verdict after a pass, asked again (see ``_decide``)."""
        assert self._rules is not None  # a pass has run: _decide comes first
        return decide_claim(claim, self._book, self._rules, self._owners)

    def _rows(self, file: str) -> Iterator[tuple[int, str, HeldClaim]]:
        """(line, answer last handed out, claim) for every row of a file, in line order."""
        cursor = self._db.execute(_SELECT_ROWS, (file,))
        while rows := cursor.fetchmany(PAGE_ROWS):
            for row in rows:
                yield row[0], row[1], self._held(row[2:])

    def mark_published(self, file: str, outcomes: Sequence[Outcome]) -> None:
        """Remember the answers handed out for rows of a file (after its files were written)."""
        with self._guard("store decisions"), self._db:
            self._db.executemany(
                "UPDATE sightings SET published = ?1 WHERE file = ?2 AND line = ?3"
                " AND published != ?1",
                ((_fingerprint(o), file, o.line) for o in outcomes),
            )

    def decide(
        self, claims: Sequence[Claim], rules: RulesConfig, batch_id: str, now: datetime
    ) -> list[Outcome]:
        """Record claims, decide the whole ledger, return these claims' outcomes in input order."""
        added = self._add_claims(claims, batch_id, now)
        latest = {held.ident: held for held in added}  # a claim twice in a chunk: its last data
        unscanned, passes = self._decided_since_scan, self._passes
        only_these = all(i in latest for i in self._appended)
        verdicts = self._decide(rules, batch_id, latest)
        with self._guard("decide"):
            outcomes = [
                (verdicts.get(h.ident) or self._verdict(latest[h.ident])).to_outcome(
                    latest[h.ident], c.line
                )
                for h, c in zip(added, claims, strict=True)
            ]
        by_file: dict[str, list[Outcome]] = {}
        for claim, outcome in zip(claims, outcomes, strict=True):
            by_file.setdefault(claim.file, []).append(outcome)
        for file, some in by_file.items():
            self.mark_published(file, some)
        if self._passes == passes and only_these:
            # Only these claims were decided, after every other, and their answers are
            # handed out above: a scan for changed answers has nothing new to find.
            self._decided_since_scan = unscanned
        return outcomes

    def outcomes_for(self, file: str, rules: RulesConfig, batch_id: str) -> list[Outcome]:
        """The current outcome of every row of a claim file, in line order."""
        self._decide(rules, batch_id)
        with self._guard("be read"):
            return [self._verdict(c).to_outcome(c, line) for line, _, c in self._rows(file)]

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
            cursor = self._db.execute(_SELECT_REFS, (file,))
            while rows := cursor.fetchmany(PAGE_ROWS):
                for claim_id, order_ref in rows:
                    yield claim_id
                    yield order_ref

    def redecide_open(
        self, rules: RulesConfig, batch_id: str, now: datetime, *, mark: bool = True
    ) -> dict[str, list[Outcome]]:
        """Re-run the rules; return, per claim file, all its rows when any of their answers changed.

        Call once per batch after every order export and claim file is in. The files come
        in name order with all their rows in line order, ready for ``write_decisions`` and
        ``write_response``. With ``mark`` (the default) their answers count as handed out at
        once; for crash safety pass ``mark=False`` and call ``mark_published`` for each file
        after writing it, so a crash in between returns the file again on the next run.
        ``now`` is unused (claims already carry their dates); it keeps the signature stable.
        """
        del now
        self._decide(rules, batch_id)
        changed: dict[str, list[Outcome]] = {}
        if self._scanned == self._passes and not self._decided_since_scan:
            # Nothing was decided since the last scan found every answer handed out.
            return changed
        with self._guard("be read"):
            for file in sorted(self._files):
                # Checked row by row first: an unchanged million-row file builds no list.
                if all(
                    _fingerprint(self._verdict(c).to_outcome(c, line)) == printed
                    for line, printed, c in self._rows(file)
                ):
                    continue
                changed[file] = [
                    self._verdict(c).to_outcome(c, line) for line, _, c in self._rows(file)
                ]
        if mark:
            for file, outcomes in changed.items():
                self.mark_published(file, outcomes)
        if mark or not changed:  # unmarked answers must come back on the next call
            self._scanned = self._passes
            self._decided_since_scan = False
        return changed

    def source_of(self, file: str) -> str | None:
        """The source (profile name) a claim file was read with, or None for a file never seen."""
        seen = self._files.get(file)
        return seen[0] if seen else None

    def files(self) -> list[str]:
        """Every claim file the ledger has rows for, in name order."""
        return sorted(self._files)

    def claim_count(self) -> int:
        """How many distinct claims the ledger holds."""
        with self._guard("be read"):
            return int(self._db.execute("SELECT count(*) FROM claims").fetchone()[0])

    def awaiting_review(self, rules: RulesConfig, batch_id: str) -> dict[str, tuple[str, ...]]:
        """Per claim file, claim ids only a reveal could match (see ``rules.list_for_review``)."""
        found: dict[str, tuple[str, ...]] = {}
        for file in self.files():
            ids = list_for_review(self.outcomes_for(file, rules, batch_id))
            if ids:
                found[file] = ids
        return found


def open_ledger(path: Path) -> Ledger:
    """Open (creating if needed) the SQLite order ledger at ``path``."""
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
        db.executescript(_SCHEMA)
        row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        if row is None:
            with db:
                db.execute("INSERT INTO meta (key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
        elif row[0] != SCHEMA_VERSION:
            db.close()
            raise LedgerError(
                f"order ledger has schema {row[0]}, this version reads {SCHEMA_VERSION}",
                path=path,
                hint="move the file aside and re-process the order exports and claim files",
            )
    except sqlite3.Error as exc:
        db.close()
        raise LedgerError(
            f"order ledger cannot be opened: {type(exc).__name__}",
            path=path,
            hint="the file may not be a ledger; move it aside and re-process to rebuild it",
        ) from exc
    return Ledger(db, path)


def decide_claims(
    claims: Sequence[Claim], ledger: Ledger, rules: RulesConfig, batch_id: str, now: datetime
) -> list[Outcome]:
    """Decide claims against the ledger (section 6) in input order, recording them for later.

    May be called once per file or once per chunk of a file; files of one batch should come
    in name order. Rows of other files whose answers change as a result are returned later
    by ``Ledger.redecide_open``.
    """
    return ledger.decide(claims, rules, batch_id, now)
