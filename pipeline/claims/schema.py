"""The order ledger's SQLite schema, its statements, and the upgrade from an older ledger.

The indexes are what keeps a batch's cost independent of the ledger's size: ``claims_ref``
and ``claims_email`` find the claims a changed order can reach, ``claims_matched`` the
claims matching one order in position order (rule 3), ``sightings_claim`` the rows carrying
a claim, and ``sightings_dirty`` the rows whose answer changed since it was handed out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pipeline.claims.rules import ref_key
from pipeline.errors import LedgerError

SCHEMA_VERSION = "2"
CACHE_KB = 65_536
# A claim's stored answer, in this order: what ``ledger._state`` builds from a verdict.
STATE_COLUMNS = (
    "decision",
    "reason",
    "note",
    "matched_ref",
    "commission",
    "out_currency",
    "out_order_ref",
    "matched_value",
)
State = tuple[Any, ...]

_TABLES = """
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
CREATE TABLE IF NOT EXISTS sightings (
    file TEXT NOT NULL,
    line INTEGER NOT NULL,
    source TEXT NOT NULL,
    claim_key TEXT NOT NULL,
    batch_ordinal INTEGER NOT NULL,
    published TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (file, line)
);
CREATE TABLE IF NOT EXISTS pending_orders (
    ref_key TEXT NOT NULL,
    email_token TEXT NOT NULL,
    order_date TEXT
);
"""
# Columns version 2 added to version 1's tables: (table, column, declaration).
_ADDED = (
    ("claims", "ref_key", "TEXT NOT NULL DEFAULT ''"),
    ("claims", "note", "TEXT NOT NULL DEFAULT ''"),
    ("claims", "commission", "TEXT"),
    ("claims", "out_currency", "TEXT NOT NULL DEFAULT ''"),
    ("claims", "out_order_ref", "TEXT NOT NULL DEFAULT ''"),
    ("claims", "matched_value", "TEXT"),
    ("claims", "redecided_at", "TEXT"),
    ("sightings", "dirty", "INTEGER NOT NULL DEFAULT 0"),
)
_INDEXES = """
CREATE INDEX IF NOT EXISTS orders_email ON orders (email_token);
CREATE INDEX IF NOT EXISTS claims_ref ON claims (ref_key) WHERE ref_key != '';
CREATE INDEX IF NOT EXISTS claims_email ON claims (email_token, transaction_date)
    WHERE ref_key = '' AND email_token != '';
CREATE INDEX IF NOT EXISTS claims_matched ON claims (matched_ref, batch_ordinal, file, line)
    WHERE matched_ref != '';
CREATE INDEX IF NOT EXISTS sightings_claim ON sightings (source, claim_key);
CREATE INDEX IF NOT EXISTS sightings_dirty ON sightings (file) WHERE dirty = 1;
DROP INDEX IF EXISTS claims_position;
"""

_SELECT_ORDERS = """
SELECT ref_key, order_ref, order_date, email_token, order_value, currency, status,
       tracked_publisher_id
FROM orders
"""
ORDER_BY_KEY = _SELECT_ORDERS + "WHERE ref_key = ?"
ORDERS_BY_EMAIL = _SELECT_ORDERS + "WHERE email_token = ? ORDER BY ref_key"
_CLAIM_COLUMNS = """
source, claim_key, claim_id, batch_ordinal, file, line, publisher_id, merchant,
order_ref, email_token, transaction_date, order_value, currency, claim_date,
received, mapped, problems, decision, reason, note, matched_ref, commission,
out_currency, out_order_ref, matched_value, redecided_at
"""
STATE_AT = 17  # where the state columns start in a row of SELECT_CLAIMS
SELECT_CLAIMS = "SELECT " + _CLAIM_COLUMNS + " FROM claims "
BY_IDENT = "WHERE source = ? AND claim_key = ?"
AFTER_IDENT = "WHERE (source, claim_key) > (?, ?) ORDER BY source, claim_key LIMIT ?"
# The partial indexes serve only queries that repeat their condition word for word.
BY_MATCHED = (
    "WHERE matched_ref = ? AND matched_ref != '' ORDER BY matched_ref, batch_ordinal, file, line"
)
MATCHED_KEYS = """
SELECT DISTINCT matched_ref FROM claims WHERE matched_ref > ? AND matched_ref != ''
ORDER BY matched_ref LIMIT ?
"""
CLAIMS_BY_REF = "SELECT source, claim_key FROM claims WHERE ref_key = ? AND ref_key != ''"
CLAIMS_BY_EMAIL = """
SELECT source, claim_key FROM claims
WHERE ref_key = '' AND email_token != '' AND email_token = ?
  AND transaction_date BETWEEN ? AND ?
"""
_FILE_ROWS = """
FROM sightings s JOIN claims c ON c.source = s.source AND c.claim_key = s.claim_key
WHERE s.file = ?
"""
# (line, published, dirty, then the columns of SELECT_CLAIMS) for every row of one file.
SELECT_ROWS = (
    "SELECT s.line, s.published, s.dirty, "
    + ", ".join("c." + c.strip() for c in _CLAIM_COLUMNS.split(","))
    + _FILE_ROWS
    + "ORDER BY s.line"
)
SELECT_REFS = "SELECT c.claim_id, c.order_ref" + _FILE_ROWS
FLAG_ROWS = "UPDATE sightings SET dirty = 1 WHERE source = ? AND claim_key = ? AND dirty = 0"
DIRTY_FILES = "SELECT DISTINCT file FROM sightings WHERE dirty = 1 ORDER BY file"
UPSERT_ORDER = """
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
UPSERT_SIGHTING = """
INSERT INTO sightings (file, line, source, claim_key, batch_ordinal) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (file, line) DO UPDATE SET
    source = excluded.source, claim_key = excluded.claim_key,
    batch_ordinal = excluded.batch_ordinal
"""
# On conflict the claim keeps ``received`` (the day first seen) and takes everything else
# (its place is the earlier of the two, worked out before).
UPSERT_CLAIM = """
INSERT INTO claims (source, claim_key, claim_id, batch_ordinal, file, line, publisher_id,
                    merchant, order_ref, ref_key, email_token, transaction_date, order_value,
                    currency, claim_date, received, mapped, problems)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (source, claim_key) DO UPDATE SET
    claim_id = excluded.claim_id, batch_ordinal = excluded.batch_ordinal,
    file = excluded.file, line = excluded.line, publisher_id = excluded.publisher_id,
    merchant = excluded.merchant, order_ref = excluded.order_ref, ref_key = excluded.ref_key,
    email_token = excluded.email_token, transaction_date = excluded.transaction_date,
    order_value = excluded.order_value, currency = excluded.currency,
    claim_date = excluded.claim_date, mapped = excluded.mapped, problems = excluded.problems
"""
SET_MATCHED = "UPDATE claims SET matched_ref = ? WHERE source = ? AND claim_key = ?"
SET_STATE = (
    "UPDATE claims SET "
    + ", ".join(f"{c} = ?" for c in STATE_COLUMNS)
    + ", decided_batch = ?, redecided_at = coalesce(?, redecided_at)"
    + " WHERE source = ? AND claim_key = ?"
)


def state_of(row: Sequence[Any]) -> State:
    """The stored answer inside a row of ``SELECT_CLAIMS``."""
    return tuple(row[STATE_AT : STATE_AT + len(STATE_COLUMNS)])


def day(text: str | None) -> date | None:
    """A stored ISO date."""
    return date.fromisoformat(text) if text else None


def amount(text: str | None) -> Decimal | None:
    """A stored amount (text, so Decimal survives exactly)."""
    if text is None or text == "":
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def text(value: Decimal | None) -> str | None:
    """An amount as stored."""
    return None if value is None else str(value)


def prepare(db: sqlite3.Connection, path: Path) -> None:
    """Create the tables, or upgrade a version 1 ledger in place (its answers are redone).

    Raises LedgerError for a ledger of a version this code does not read.
    """
    # A larger page cache than SQLite's 2 MB default keeps the indexes of a ledger of
    # millions warm within a batch (memory: at most this much).
    db.execute(f"PRAGMA cache_size = -{CACHE_KB}")
    db.executescript(_TABLES)
    row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    if row is not None and row[0] not in ("1", SCHEMA_VERSION):
        raise LedgerError(
            f"order ledger has schema {row[0]}, this version reads {SCHEMA_VERSION}",
            path=path,
            hint="move the file aside and re-process the order exports and claim files",
        )
    with db:
        for table, column, declaration in _ADDED:
            have = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
            if column not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")
        if row is not None and row[0] == "1":
            _upgrade_from_1(db)
        for statement in _INDEXES.split(";"):
            if statement.strip():
                db.execute(statement)
        db.execute(
            "INSERT INTO meta VALUES ('schema', ?) ON CONFLICT (key) DO UPDATE"
            " SET value = excluded.value",
            (SCHEMA_VERSION,),
        )


def _upgrade_from_1(db: sqlite3.Connection) -> None:
    """Fill version 2's columns; dropping the rules makes the next decision redo every answer."""
    db.create_function("ref_key", 1, ref_key, deterministic=True)
    db.execute(
        "UPDATE claims SET ref_key = ref_key(order_ref), problems = replace(problems, ',', ?)",
        ("\x1f",),
    )
    db.execute("UPDATE sightings SET dirty = 1")
    db.execute("DELETE FROM meta WHERE key = 'rules'")
