"""Whose values are whose: the records and single values the vault holds for one person.

A record's own personal fields (``originals.mentioned = 0``) belong to the person the
record is about; a value found in its free text (``mentioned = 1``) may be somebody else's,
such as a comment quoting another shopper's email. So, for a person named by their email or
phone tokens (or by one of their claims):

* their *own* records are those holding one of those tokens in an own field (or the
  claims named); every value in them is theirs or about their claim;
* their *mentions* are their values (their tokens, and the own values of their own records:
  name, address, postcode) found in the free text of other records that mention one of
  their email or phone tokens; only those single values are the person's;
* one step out, the email and phone in the own fields of their own records are theirs too
  (a phone finds their claim, whose email finds the retailer's order record);
* a name or postcode alone (``weak``) matches namesakes and neighbours, so it brings only
  the exact values under that token, never a whole record.

A subject access shows exactly these; an erasure shreds own records whole and only the
mentioned values inside the others, whose own values stay revealable.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.models import Kind

# Kinds that identify one person; a name or postcode is shared by namesakes and neighbours.
STRONG_KINDS = (Kind.EMAIL, Kind.PHONE)


def claim_id_of(record: str) -> str:
    """The claim (or order) id of a record name: the part after the last '/' (else ':')."""
    for separator in ("/", ":"):
        if separator in record:
            return record.rsplit(separator, 1)[1]
    return record


@dataclass(frozen=True, slots=True)
class Subject:
    """What the vault holds for one person (record names and tokens, never a value)."""

    own: tuple[str, ...]
    mentions: tuple[tuple[str, str], ...]  # (record, token) inside other people's records
    tokens: tuple[str, ...]  # the person's tokens the vault holds (safe to name in the audit)

    @property
    def is_empty(self) -> bool:
        return not self.own and not self.mentions

    @property
    def claims(self) -> tuple[str, ...]:
        records = (*self.own, *(record for record, _ in self.mentions))
        return tuple(sorted({claim_id_of(r) for r in records}))


def _fill(
    conn: sqlite3.Connection, table: str, columns: str, rows: Iterable[tuple[object, ...]]
) -> None:
    conn.execute(f"DELETE FROM temp.{table}")
    marks = ", ".join("?" for _ in columns.split(","))
    conn.executemany(f"INSERT OR IGNORE INTO temp.{table} ({columns}) VALUES ({marks})", rows)


def _column(conn: sqlite3.Connection, sql: str, params: Iterable[object] = ()) -> list[object]:
    return [row[0] for row in conn.execute(sql, tuple(params)).fetchall()]


def select_subject(
    conn: sqlite3.Connection,
    strong: Iterable[str],
    weak: Iterable[str] = (),
    claim_ids: Iterable[str] = (),
) -> Subject:
    """The person's own records and mentions, left in ``temp.target_ids`` (own record ids) and
    ``temp.target_values`` (mentions) for the caller's next statement, and returned by name."""
    strong_kinds = tuple(k.value for k in STRONG_KINDS)
    wanted = sorted(set(strong))
    claims = sorted(set(claim_ids))
    _fill(conn, "wanted_tokens", "token", ((t,) for t in wanted))
    _fill(conn, "wanted_records", "record", ((c,) for c in claims))
    own_by_token = (
        "INSERT OR IGNORE INTO temp.target_ids (id) SELECT record_id FROM originals"
        " WHERE token IN (SELECT token FROM temp.wanted_tokens) AND mentioned = 0"
    )
    conn.execute("DELETE FROM temp.target_ids")
    conn.execute(own_by_token)
    conn.execute(
        "INSERT OR IGNORE INTO temp.target_ids (id)"
        " SELECT r.id FROM records r WHERE r.claim_id IN (SELECT record FROM temp.wanted_records)"
        " AND EXISTS (SELECT 1 FROM originals o WHERE o.record_id = r.id)"
    )
    conn.execute("DELETE FROM temp.wanted_records")
    # One step out: the email and phone in the own fields of those records are the person's
    # too (a phone finds the claim; the claim's email finds the retailer's order record).
    conn.execute(
        "INSERT OR IGNORE INTO temp.wanted_tokens (token) SELECT DISTINCT token FROM originals"
        " WHERE record_id IN (SELECT id FROM temp.target_ids) AND mentioned = 0"
        f" AND kind IN ({', '.join('?' for _ in strong_kinds)})",
        strong_kinds,
    )
    conn.execute(own_by_token)
    conn.execute("DELETE FROM temp.person_tokens")
    conn.execute(
        "INSERT OR IGNORE INTO temp.person_tokens (token)"
        " SELECT token FROM temp.wanted_tokens"
        " UNION SELECT token FROM originals"
        " WHERE record_id IN (SELECT id FROM temp.target_ids) AND mentioned = 0"
    )
    conn.execute("DELETE FROM temp.target_values")
    conn.execute(
        "INSERT OR IGNORE INTO temp.target_values (record_id, token)"
        " SELECT o.record_id, o.token FROM originals o"
        " WHERE o.mentioned = 1 AND o.token IN (SELECT token FROM temp.person_tokens)"
        " AND o.record_id NOT IN (SELECT id FROM temp.target_ids)"
        " AND o.record_id IN (SELECT h.record_id FROM originals h"
        "  WHERE h.token IN (SELECT token FROM temp.wanted_tokens))"
    )
    weak_tokens = sorted(set(weak))
    if weak_tokens:
        _fill(conn, "person_tokens", "token", ((t,) for t in weak_tokens))
        conn.execute(
            "INSERT OR IGNORE INTO temp.target_values (record_id, token)"
            " SELECT record_id, token FROM originals"
            " WHERE token IN (SELECT token FROM temp.person_tokens)"
            " AND record_id NOT IN (SELECT id FROM temp.target_ids)"
        )
        conn.executemany(
            "INSERT OR IGNORE INTO temp.wanted_tokens (token) VALUES (?)",
            ((t,) for t in weak_tokens),
        )
    own = tuple(
        str(r)
        for r in _column(
            conn,
            "SELECT record FROM records WHERE id IN (SELECT id FROM temp.target_ids) ORDER BY record",
        )
    )
    mentions = tuple(
        (str(record), str(token))
        for record, token in conn.execute(
            "SELECT r.record, v.token FROM temp.target_values v JOIN records r ON r.id = v.record_id"
            " ORDER BY r.record, v.token"
        ).fetchall()
    )
    held = tuple(
        str(t)
        for t in _column(
            conn,
            "SELECT token FROM temp.wanted_tokens"
            " WHERE token IN (SELECT token FROM originals) ORDER BY token",
        )
    )
    conn.execute("DELETE FROM temp.wanted_tokens")
    conn.execute("DELETE FROM temp.person_tokens")
    return Subject(own, mentions, held)
