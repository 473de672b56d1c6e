"""The set's claim batch: three claim layouts no shipped profile knows, an order export in its
own layout (or the canonical one, for the run without profiles), and gold for every cell.

- ``helpdesk_tickets.txt``: UTF-16 with a byte-order mark, ``|``-delimited, names as
  ``Title`` / ``Forename`` / ``Surname``, the address over ``Addr 1`` / ``Addr 2`` /
  ``Locality`` / ``PCode``, a ``Loyalty No``, notes in ``Agent Summary``;
- ``rewards_claims_export.csv``: an xlsx-exported CSV, UTF-8 without a mark, every cell
  quoted, CRLF line ends, a multi-line ``Postal Address`` cell holding the postcode, ISO
  date-times, amounts with a pound sign, notes in ``Your Message``;
- ``partner_queries.tsv``: ISO-8859-1, tab-delimited, the name as ``SURNAME, First`` in one
  ``Contact`` column, two phone columns, comma decimals, a ``Partner`` column, notes in
  ``Query Text``;
- ``orders/shop_sales_feed.csv`` (``;``, UTF-8) or ``orders/orders.csv`` (canonical).

Gold sits in ``gold.jsonl`` beside ``inbox/`` (never copied into a workspace): one line per
cell, ``{file, row, column, entries: [{kind, start, end, form, where}]}``.
"""

from __future__ import annotations

import csv
import io
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.judge import Kind

from fresh2.notes import own_note
from fresh2.render import KEEPS, Note, Person, draw_person, phone_forms

PROFILES = Path(__file__).resolve().parent / "profiles"
GOLD = "gold.jsonl"
PUBLISHER = {"helpdesk_tickets.txt": "F2-4401", "rewards_claims_export.csv": "F2-5502",
             "partner_queries.tsv": "F2-6603"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Layout:
    """One claim file's shape: its name, encoding, delimiter, notes column and header."""

    file: str
    encoding: str
    delimiter: str
    notes: str
    headers: list[str]
    quoting: int = csv.QUOTE_MINIMAL
    line_end: str = "\n"


HELPDESK = Layout(
    "helpdesk_tickets.txt", "utf-16", "|", "Agent Summary",
    ["Ticket No", "Opened On", "Title", "Forename", "Surname", "Contact Email", "Daytime Tel",
     "Addr 1", "Addr 2", "Locality", "PCode", "Merchant Name", "Merchant Order No",
     "Date Of Sale", "Sale Amount GBP", "Loyalty No", "Agent Summary"],
    line_end="\r\n",
)  # fmt: skip
REWARDS = Layout(
    "rewards_claims_export.csv", "utf-8", ",", "Your Message",
    ["Reference", "Submitted", "Account Holder", "Login Email", "Mobile", "Postal Address",
     "Store", "Basket ID", "Bought On", "Spend", "Reward Due", "Scheme No.", "Your Message"],
    quoting=csv.QUOTE_ALL, line_end="\r\n",
)  # fmt: skip
PARTNER = Layout(
    "partner_queries.tsv", "latin-1", "\t", "Query Text",
    ["Query", "Raised", "Contact", "E-Mail", "Tel Home", "Tel Mobile", "House Name/No",
     "Street", "Post Town", "Post Code", "Shop", "Shop Ref", "Txn Date", "Txn Amount",
     "Partner", "Query Text"],
)  # fmt: skip
LAYOUTS: tuple[Layout, ...] = (HELPDESK, REWARDS, PARTNER)
OWN_ORDER_HEADERS = ("Sale No", "Sale Time", "Buyer", "Buyer E-mail", "Ship To Postcode",
                     "Total Inc VAT", "Curr", "Fulfilment", "Aff Publisher", "Promo Code")  # fmt: skip
CANONICAL_ORDER_HEADERS = ("order_ref", "order_date", "customer_name", "customer_email",
                           "postcode", "order_value", "currency", "status",
                           "tracked_publisher_id", "voucher_code")  # fmt: skip
STATUSES = ("Completed",) * 6 + ("Pending", "Cancelled", "Returned")

Entry = dict[str, Any]
Cell = tuple[str, list[Entry]]


def _whole(value: str, kind: Kind, form: str = "cell") -> Cell:
    return value, ([{"kind": kind.value, "start": 0, "end": len(value), "form": form,
                     "where": "cell"}] if value else [])  # fmt: skip


def _parts(parts: list[tuple[str, Kind | None, str]]) -> Cell:
    """A cell built from pieces, each labelled piece at its offsets."""
    text, entries = "", []
    for piece, kind, form in parts:
        if kind is not None:
            entries.append({"kind": kind.value, "start": len(text),
                            "end": len(text) + len(piece), "form": form, "where": "cell"})  # fmt: skip
        text += piece
    return text, entries


def _note_cell(note: Note | None) -> Cell:
    if note is None:
        return "", []
    return note.text, [
        {"kind": lb.kind.value, "start": lb.start, "end": lb.end, "form": lb.form, "where": "text"}
        for lb in note.labels
    ]


@dataclass(frozen=True, slots=True)
class Claim:
    """What one claim row is about: its claimant and the order it claims for."""

    person: Person
    claim_id: str
    merchant: str
    ref: str
    day: int
    month: int
    hour: int
    minute: int
    pence: int
    voucher: str


def _claim(rng: random.Random, n: int, latin1: bool) -> Claim:
    return Claim(
        person=draw_person(rng, latin1),
        claim_id=f"{rng.choice(['HD', 'RW', 'PQ'])}{n:06d}",
        merchant=KEEPS["merchant"][1](rng),
        ref=KEEPS["ref"][1](rng),
        day=rng.randint(1, 28),
        month=rng.randint(6, 9),
        hour=rng.randint(7, 22),
        minute=rng.randint(0, 59),
        pence=rng.randint(300, 160000),
        voucher=KEEPS["voucher"][1](rng) if rng.random() < 0.3 else "",
    )


def _note(rng: random.Random, n: int, seed: int, claim: Claim, latin1: bool) -> Note | None:
    if rng.random() < 0.1:
        return None
    for attempt in range(50):
        row = {"merchant.a": claim.merchant, "ref.a": claim.ref, "claim.a": claim.claim_id}
        note = own_note(n * 53 + attempt, seed + 911, claim.person, latin1, row)
        if not latin1 or _encodes(note.text, "latin-1"):
            return note
    return None


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return not any("\x80" <= c <= "\x9f" for c in text)


def _keep(value: str, form: str) -> Cell:
    return _whole(value, Kind.KEEP, form)


def _money(pence: int, comma: bool = False, pound: bool = False) -> str:
    text = f"{pence // 100}.{pence % 100:02d}"
    return ("£" if pound else "") + (text.replace(".", ",") if comma else text)


def _street_cells(rng: random.Random, p: Person) -> tuple[Cell, Cell]:
    """Addr 1 and Addr 2 of the helpdesk layout."""
    shape = rng.randrange(3)
    street = _whole(f"{p.number} {p.road}", Kind.STREET, "with number")
    if shape == 0:
        return street, ("", [])
    if shape == 1:
        return _whole(p.house, Kind.HOUSE, "house name"), _whole(p.road, Kind.STREET, "no number")
    return _whole(p.flat, Kind.HOUSE, "flat"), street


def _postal(rng: random.Random, p: Person) -> Cell:
    """A multi-line postal address cell, postcode last."""
    shape = rng.randrange(3)
    first: list[tuple[str, Kind | None, str]]
    if shape == 0:
        first = [(f"{p.number} {p.road}", Kind.STREET, "with number")]
    elif shape == 1:
        first = [(p.house, Kind.HOUSE, "house name"), ("\n", None, ""),
                 (p.road, Kind.STREET, "no number")]  # fmt: skip
    else:
        first = [(p.flat, Kind.HOUSE, "flat"), ("\n", None, ""),
                 (f"{p.number} {p.road}", Kind.STREET, "with number")]  # fmt: skip
    return _parts([*first, ("\n", None, ""), (p.town, None, ""), ("\n", None, ""),
                   (p.postcode, Kind.POSTCODE, "cell")])  # fmt: skip


def _phone_cell(rng: random.Random, value: str) -> Cell:
    form, text = rng.choice(phone_forms(value)[:10])
    return _whole(text, Kind.PHONE, form)


def _helpdesk_row(rng: random.Random, c: Claim, note: Note | None) -> list[Cell]:
    p = c.person
    addr1, addr2 = _street_cells(rng, p)
    return [
        _keep(c.claim_id, "claim id"),
        _keep(f"{c.day:02d}/{c.month:02d}/2026 {c.hour:02d}:{c.minute:02d}", "date"),
        _keep(p.title, "title"),
        _whole(p.given, Kind.FIRST),
        _whole(p.surname, Kind.SURNAME),
        _whole(p.email, Kind.EMAIL),
        _phone_cell(rng, p.mobile if rng.random() < 0.7 else p.landline),
        addr1,
        addr2,
        (p.town, []),
        _whole(p.postcode, Kind.POSTCODE),
        _keep(c.merchant, "merchant"),
        _keep(c.ref, "order ref"),
        _keep(f"2026{c.month:02d}{c.day:02d}", "date"),
        _keep(_money(c.pence), "amount"),
        _whole(p.member, Kind.MEMBER) if rng.random() < 0.8 else ("", []),
        _note_cell(note),
    ]


def _rewards_row(rng: random.Random, c: Claim, note: Note | None) -> list[Cell]:
    p = c.person
    months = ["", "", "", "", "", "", "Jun", "Jul", "Aug", "Sep"]
    holder = (
        _parts([(p.title + " ", None, ""), (p.full, Kind.NAME, "after title")])
        if rng.random() < 0.25
        else _whole(p.full, Kind.NAME)
    )
    return [
        _keep(c.claim_id, "claim id"),
        _keep(f"2026-{c.month:02d}-{c.day:02d}T{c.hour:02d}:{c.minute:02d}:00", "date"),
        holder,
        _whole(p.email, Kind.EMAIL),
        _phone_cell(rng, p.mobile),
        _postal(rng, p),
        _keep(c.merchant, "merchant"),
        _keep(c.ref, "order ref"),
        _keep(f"{c.day:02d} {months[c.month]} 2026", "date"),
        _keep(_money(c.pence, pound=True), "amount"),
        _keep(_money(c.pence // 20, pound=True), "amount"),
        _whole(p.member, Kind.MEMBER),
        _note_cell(note),
    ]


def _partner_row(rng: random.Random, c: Claim, note: Note | None) -> list[Cell]:
    p = c.person
    house_no = _whole(p.house, Kind.HOUSE, "house name") if rng.random() < 0.35 else (p.number, [])
    return [
        _keep(c.claim_id, "claim id"),
        _keep(f"2026/{c.month:02d}/{c.day:02d}", "date"),
        _whole(f"{p.surname.upper()}, {p.given}", Kind.NAME, "SURNAME, First"),
        _whole(p.email, Kind.EMAIL),
        _phone_cell(rng, p.landline) if rng.random() < 0.5 else ("", []),
        _phone_cell(rng, p.mobile),
        house_no,
        _whole(p.road, Kind.STREET, "no number"),
        (p.town, []),
        _whole(p.postcode, Kind.POSTCODE),
        _keep(c.merchant, "merchant"),
        _keep(c.ref, "order ref"),
        _keep(f"{c.day:02d}.{c.month:02d}.2026", "date"),
        _keep(_money(c.pence, comma=True), "amount"),
        _keep(KEEPS["network"][1](rng), "network"),
        _note_cell(note),
    ]


ROWS = {HELPDESK.file: _helpdesk_row, REWARDS.file: _rewards_row, PARTNER.file: _partner_row}


def _order(rng: random.Random, c: Claim, layout: Layout, own: bool) -> list[str]:
    p = c.person
    pence = c.pence if rng.random() < 0.85 else c.pence + rng.randint(500, 5000)
    tracked = rng.choice(["", "", "", PUBLISHER[layout.file], "F2-9999"])
    status = rng.choice(STATUSES)
    if own:
        when = f"2026-{c.month:02d}-{c.day:02d}T{c.hour:02d}:{c.minute:02d}"
        return [c.ref, when, p.full, p.email, p.postcode, _money(pence), "GBP", status, tracked,
                c.voucher]  # fmt: skip
    return [c.ref, f"2026-{c.month:02d}-{c.day:02d}", p.full, p.email, p.postcode,
            _money(pence), "GBP", status.lower(), tracked, c.voucher]  # fmt: skip


def build_batch(dest: Path, n: int, own_orders: bool = True, seed: int = 2026) -> None:
    """``n`` claims over the three layouts in ``dest/inbox``, their orders in ``dest/orders``
    (own layout or canonical) and the gold in ``dest/gold.jsonl``; the same bytes per seed."""
    rng = random.Random(seed)
    (dest / "inbox").mkdir(parents=True, exist_ok=True)
    (dest / "orders").mkdir(parents=True, exist_ok=True)
    orders: list[list[str]] = []
    with (dest / GOLD).open("w", encoding="utf-8", newline="\n") as gold:
        for li, layout in enumerate(LAYOUTS):
            latin1 = layout.encoding == "latin-1"
            buffer = io.StringIO(newline="")
            writer = csv.writer(buffer, delimiter=layout.delimiter, quoting=layout.quoting,
                                lineterminator=layout.line_end)  # fmt: skip
            writer.writerow(layout.headers)
            count = n // len(LAYOUTS) + (1 if li < n % len(LAYOUTS) else 0)
            for row in range(1, count + 1):
                number = li * 1_000_000 + row
                claim = _claim(rng, number, latin1)
                note = _note(rng, number, seed, claim, latin1)
                cells = ROWS[layout.file](rng, claim, note)
                writer.writerow([text for text, _ in cells])
                for column, (_, entries) in zip(layout.headers, cells, strict=True):
                    if entries:
                        record = {"file": layout.file, "row": row, "column": column,
                                  "entries": entries}  # fmt: skip
                        gold.write(json.dumps(record, ensure_ascii=False) + "\n")
                if rng.random() < 0.75:
                    orders.append(_order(rng, claim, layout, own_orders))
            data = buffer.getvalue()
            if layout.encoding == "utf-16":
                raw = data.encode("utf-16")  # little-endian with its byte-order mark
            else:
                raw = data.encode(layout.encoding)
            (dest / "inbox" / layout.file).write_bytes(raw)
    name, headers, delimiter = (
        ("shop_sales_feed.csv", OWN_ORDER_HEADERS, ";")
        if own_orders
        else ("orders.csv", CANONICAL_ORDER_HEADERS, ",")
    )
    with (dest / "orders" / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(orders)


def read_gold(dest: Path) -> dict[tuple[str, int, str], list[dict[str, Any]]]:
    """(file, row from 1, column) -> gold entries, as the harness reads them."""
    gold: dict[tuple[str, int, str], list[dict[str, Any]]] = {}
    with (dest / GOLD).open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            gold[(record["file"], record["row"], record["column"])] = record["entries"]
    return gold
