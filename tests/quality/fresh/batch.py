"""Three claim layouts no shipped profile knows, two order exports, and the batch writer.

``build_batch`` writes ``inbox/`` (the claim files), ``orders/`` (an order export in this
set's own layout, or in the canonical one when ``own_orders`` is off) and ``gold.jsonl``: for
every labelled cell, its kind, offsets, form and whether it is a whole ``cell`` or a span in
``text``. Profiles for all of them are in ``profiles/``.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.judge import Kind

from fresh import world
from fresh.compose import Note, Person, draw_person, voucher
from fresh.notes import draw_note, draw_ref

PROFILES = Path(__file__).resolve().parent / "profiles"
Cell = tuple[str, list[tuple[Kind, int, int, str]]]  # a value and its gold spans


@dataclass(frozen=True, slots=True)
class ClaimLayout:
    """One claim file's shape: name, how it is written, its headers, its notes column."""

    file: str
    encoding: str
    delimiter: str
    headers: list[str]
    notes: str


CARDHOLDER = ClaimLayout(
    "cardholder_export.csv", "utf-8-sig", ",",
    ["Case Ref", "Logged At", "Cardholder", "Cardholder Email", "Mobile No", "Address Line",
     "Town/City", "Post Code", "Shop Name", "Order #", "Purchase Date", "Basket Value",
     "Commission Expected", "Member Ref", "Claim Narrative"],
    "Claim Narrative",
)  # fmt: skip
NETWORK = ClaimLayout(
    "network_claims.csv", "cp1252", ";",
    ["Claim Id", "Network", "Customer Full Name", "Shopper Email", "Home Address", "Brand",
     "Transaction Ref", "Transaction Date", "Sale Value", "Payout", "Customer Comments"],
    "Customer Comments",
)  # fmt: skip
SPLIT = ClaimLayout(
    "shopper_queries.tsv", "utf-8", "\t",
    ["enquiry", "given_name", "family_name", "e_mail", "telephone", "house_no_street",
     "postal_town", "postcode", "retailer", "retailer_order", "order_dt", "gross", "claim_dt",
     "Notes"],
    "Notes",
)  # fmt: skip
LAYOUTS = (CARDHOLDER, NETWORK, SPLIT)
OWN_ORDER_HEADERS = (
    "Order Number", "Order Placed", "Customer", "E-mail Address", "Delivery Postcode",
    "Order Total", "Currency Code", "Order Status", "Affiliate ID", "Discount Code",
)  # fmt: skip
CANONICAL_ORDER_HEADERS = (
    "order_ref", "order_date", "customer_name", "customer_email", "postcode", "order_value",
    "currency", "status", "tracked_publisher_id", "voucher_code",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Claim:
    """What every layout writes for one claim, in plain values."""

    claim: str
    person: Person
    merchant: str
    ref: str
    day: int
    month: int
    pence: int
    note: Note | None


def _whole(value: str, kind: Kind, form: str = "cell") -> Cell:
    return value, [(kind, 0, len(value), form)]


def _keep(value: str, form: str) -> Cell:
    return value, [(Kind.KEEP, 0, len(value), form)]


def _money(pence: int, comma: bool) -> str:
    pounds, rest = divmod(pence, 100)
    if comma:
        whole = f"{pounds:,}".replace(",", ".")
        return f"{whole},{rest:02d}"
    return f"£{pounds:,}.{rest:02d}"


def _street(c: Claim) -> str:
    return f"{c.person.number} {c.person.road}"


def _note(c: Claim) -> Cell:
    if c.note is None:
        return "", []
    return c.note.text, [(lb.kind, lb.start, lb.end, lb.form) for lb in c.note.labels]


def _cardholder_row(c: Claim, rng: random.Random) -> list[Cell]:
    p = c.person
    return [
        _keep(c.claim, "claim id"),
        _keep(f"2026-{c.month + 1:02d}-{min(c.day + 3, 28):02d} {rng.randint(8, 19):02d}:"
              f"{rng.randint(0, 59):02d}", "date"),
        _whole(p.full, Kind.NAME),
        _whole(p.email, Kind.EMAIL),
        _whole(f"{p.phone[:5]} {p.phone[5:]}", Kind.PHONE),
        _whole(_street(c), Kind.STREET),
        (rng.choice(world.TOWNS), []),
        _whole(p.postcode, Kind.POSTCODE),
        _keep(c.merchant, "merchant"),
        _keep(c.ref, "order ref"),
        _keep(f"{c.day:02d}/{c.month:02d}/2026", "date"),
        _keep(_money(c.pence, False), "amount"),
        _keep(_money(c.pence // 20, False), "amount"),
        _whole(p.member, Kind.MEMBER),
        _note(c),
    ]  # fmt: skip


def _network_row(c: Claim, rng: random.Random) -> list[Cell]:
    p = c.person
    street = _street(c)
    town = rng.choice(world.TOWNS)
    address = f"{street}\n{town}\n{p.postcode}"
    start = len(address) - len(p.postcode)
    return [
        _keep(c.claim, "claim id"),
        _keep(rng.choice(["AWX", "PTN", "CJX"]), "network"),
        _whole(p.full, Kind.NAME),
        _whole(p.email, Kind.EMAIL),
        (address, [(Kind.STREET, 0, len(street), "cell"), (Kind.POSTCODE, start, len(address), "cell")]),
        _keep(c.merchant, "merchant"),
        _keep(c.ref, "order ref"),
        _keep(f"{c.day:02d}.{c.month:02d}.2026", "date"),
        _keep(_money(c.pence, True), "amount"),
        _keep(_money(c.pence // 25, True), "amount"),
        _note(c),
    ]  # fmt: skip


def _split_row(c: Claim, rng: random.Random) -> list[Cell]:
    p = c.person
    return [
        _keep(c.claim, "claim id"),
        _whole(p.given, Kind.FIRST),
        _whole(p.surname, Kind.SURNAME),
        _whole(p.email, Kind.EMAIL),
        _whole("+44 " + p.phone[1:] if rng.random() < 0.5 else p.phone, Kind.PHONE),
        _whole(_street(c), Kind.STREET),
        (rng.choice(world.TOWNS), []),
        _whole(p.postcode, Kind.POSTCODE),
        _keep(c.merchant, "merchant"),
        _keep(c.ref, "order ref"),
        _keep(f"2026-{c.month:02d}-{c.day:02d}", "date"),
        _keep(f"{c.pence / 100:.2f}", "amount"),
        _keep(f"2026-{c.month + 1:02d}-{min(c.day + 5, 28):02d}", "date"),
        _note(c),
    ]  # fmt: skip


ROWS: dict[str, Callable[[Claim, random.Random], list[Cell]]] = {
    CARDHOLDER.file: _cardholder_row, NETWORK.file: _network_row, SPLIT.file: _split_row,
}  # fmt: skip


def _encodable(encoding: str, *texts: str) -> bool:
    try:
        for text in texts:
            text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _claim(rng: random.Random, layout: ClaimLayout, number: int, used: set[str]) -> Claim:
    while True:
        person = draw_person(rng)
        if _encodable(layout.encoding, person.full, person.email, person.road):
            break
    merchant, ref = rng.choice(world.MERCHANTS), draw_ref(rng, used)
    claim = f"{layout.file[:2].upper()}{number:07d}"
    note = None
    if rng.random() >= 0.15:
        while True:
            note = draw_note(rng, merchant, ref, claim, [draw_ref(rng, used)])
            if _encodable(layout.encoding, note.text):
                break
    day, month = rng.randint(1, 27), rng.randint(1, 8)
    return Claim(claim, person, merchant, ref, day, month, rng.randint(450, 180000), note)


def _write(path: Path, encoding: str, delimiter: str, rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter, lineterminator="\r\n").writerows(rows)


def _order(c: Claim, rng: random.Random, own: bool) -> list[str]:
    status = rng.choices(["completed", "pending", "cancelled", "returned"], [80, 10, 6, 4])[0]
    code = voucher(rng) if rng.random() < 0.2 else ""
    tracked = "" if rng.random() < 0.8 else rng.choice(["FX-1001", "FX-2002", "ZZ-9"])
    p = c.person
    if own:
        placed = f"{c.day:02d}/{c.month:02d}/2026 {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
        return [c.ref, placed, p.full, p.email, p.postcode, f"{c.pence / 100:.2f}", "GBP",
                status.title(), tracked, code]  # fmt: skip
    return [c.ref, f"2026-{c.month:02d}-{c.day:02d}", p.full, p.email, p.postcode,
            f"{c.pence / 100:.2f}", "GBP", status, tracked, code]  # fmt: skip


def build_batch(folder: Path, claims: int, own_orders: bool = True, seed: int = 29) -> None:
    """Write the batch (``claims`` spread over the three layouts), its orders and its gold."""
    rng = random.Random(f"fresh-batch:{seed}")
    used: set[str] = set()
    gold: list[dict[str, Any]] = []
    orders: list[list[str]] = []
    for index, layout in enumerate(LAYOUTS):
        count = claims // len(LAYOUTS) + (index < claims % len(LAYOUTS))
        table = [layout.headers]
        for number in range(1, count + 1):
            claim = _claim(rng, layout, number, used)
            cells = ROWS[layout.file](claim, rng)
            table.append([value for value, _ in cells])
            for column, (_, spans) in zip(layout.headers, cells, strict=True):
                where = "text" if column == layout.notes else "cell"
                gold += [
                    {"file": layout.file, "row": number, "column": column, "kind": k.value,
                     "start": s, "end": e, "form": f, "where": where}
                    for k, s, e, f in spans
                ]  # fmt: skip
            if rng.random() < 0.7:
                orders.append(_order(claim, rng, own_orders))
        _write(folder / "inbox" / layout.file, layout.encoding, layout.delimiter, table)
    if own_orders:
        _write(
            folder / "orders" / "shop_orders.csv", "utf-8", ",", [list(OWN_ORDER_HEADERS), *orders]
        )
    else:
        _write(
            folder / "orders" / "orders.csv", "utf-8", ",", [list(CANONICAL_ORDER_HEADERS), *orders]
        )
    with (folder / "gold.jsonl").open("w", encoding="utf-8") as handle:
        for entry in gold:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")


def read_gold(folder: Path) -> dict[tuple[str, int, str], list[dict[str, Any]]]:
    """The batch's gold labels by (file, row number from 1, column)."""
    gold: dict[tuple[str, int, str], list[dict[str, Any]]] = {}
    with (folder / "gold.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            entry = json.loads(line)
            gold.setdefault((entry["file"], entry["row"], entry["column"]), []).append(entry)
    return gold
