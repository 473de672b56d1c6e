"""The fresh10 claim batch: one claim layout with a free-text notes column, and its orders.

``build_batch(folder, claims, own_orders)`` writes ``inbox/`` (the claim file), ``orders/``
(the set's own sales export, or the canonical ``orders.csv``) and ``gold.json``: for every
labelled cell its gold entries (kind, start, end, form, where), personal entries first.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from fresh10 import forms, places
from fresh10.notes import Context, claim_id, note_for, order_ref
from fresh10.templates import CLEAN, PERSONAL

HERE = Path(__file__).resolve().parent
PROFILES = HERE / "profiles"


@dataclass(frozen=True, slots=True)
class Layout:
    """A claim file's layout: name, encoding, delimiter, notes column, headers, publisher."""

    file: str
    encoding: str
    delimiter: str
    notes: str
    headers: list[str]
    publisher: str


CLAIMS = Layout(
    file="pennyworth_claims.csv",
    encoding="utf-8",
    delimiter=",",
    notes="ClaimNarrative",
    headers=[
        "ClaimRef",
        "Shopper",
        "ShopperEmail",
        "ShopperTel",
        "MemberNo",
        "HomeAddress",
        "PostalCode",
        "Retailer",
        "RetailerOrderNo",
        "BoughtOn",
        "Basket",
        "Currency",
        "CommissionDue",
        "RaisedOn",
        "ClaimNarrative",
    ],
    publisher="PW-1010",
)
LAYOUTS = (CLAIMS,)
OWN_ORDER_FILE = "pennyworth_sales.csv"
OWN_ORDER_HEADERS = ("SaleNo", "SaleDate", "BuyerName", "BuyerEmail", "BuyerPostcode",
                     "SaleTotal", "SaleCurrency", "SaleState", "AffiliateId", "PromoCode")  # fmt: skip
CANONICAL_ORDER_HEADERS = ("order_ref", "order_date", "customer_name", "customer_email",
                           "postcode", "order_value", "currency", "status",
                           "tracked_publisher_id", "voucher_code")  # fmt: skip
KEEP_COLUMNS = {"ClaimRef": "claim id", "Retailer": "merchant", "RetailerOrderNo": "order ref",
                "BoughtOn": "date", "Basket": "amount", "Currency": "currency",
                "CommissionDue": "amount", "RaisedOn": "date"}  # fmt: skip
FIRST_DAY = date(2026, 7, 5)


def _entry(kind: str, start: int, end: int, form: str, where: str) -> dict[str, Any]:
    return {"kind": kind, "start": start, "end": end, "form": form, "where": where}


def _joined(pieces: list[forms.Piece]) -> tuple[str, list[dict[str, Any]]]:
    text, entries = "", []
    for piece, kind, form in pieces:
        if kind is not None:
            entries.append(_entry(kind, len(text), len(text) + len(piece), form, "cell"))
        text += piece
    return text, entries


def _row(rng: random.Random, merchant: str, ref: str, batch: tuple[str, ...], number: int):  # type: ignore[no-untyped-def]
    who = forms.person(rng)
    while who.script:
        who = forms.person(rng)
    name = f"{who.given} {who.surname}"
    email = forms.email(rng, who, "plain")[0][0]
    phone = forms.phone(rng)[0][0]
    member = forms.member_value(rng)[0]
    town = rng.choice(places.TOWNS)
    address = forms.street(rng)
    if rng.random() < 0.25:
        address = [*forms.house(rng), (", ", None, ""), *address]
    address_text, address_entries = _joined([*address, (f", {town}", None, "")])
    postcode = places.eircode(rng) if rng.random() < 0.3 else places.uk_postcode(rng)
    bought = FIRST_DAY + timedelta(days=rng.randrange(0, 75))
    raised = min(bought + timedelta(days=rng.randrange(3, 30)), date(2026, 9, 29))
    basket = rng.randrange(800, 90000) / 100
    claim = claim_id(rng)
    clean = number % 3 == 2
    count = len(CLEAN) if clean else len(PERSONAL)
    note = note_for(rng, Context(merchant, ref, claim, batch), clean, rng.randrange(count))
    cells = {
        "ClaimRef": claim, "Shopper": name, "ShopperEmail": email, "ShopperTel": phone,
        "MemberNo": member, "HomeAddress": address_text, "PostalCode": postcode,
        "Retailer": merchant, "RetailerOrderNo": ref, "BoughtOn": bought.isoformat(),
        "Basket": f"{basket:.2f}", "Currency": "GBP", "CommissionDue": f"{basket * 0.05:.2f}",
        "RaisedOn": raised.isoformat(), "ClaimNarrative": note.text,
    }  # fmt: skip
    gold: dict[str, list[dict[str, Any]]] = {
        "Shopper": [_entry("NAME", 0, len(name), "cell", "cell")],
        "ShopperEmail": [_entry("EMAIL", 0, len(email), "cell", "cell")],
        "ShopperTel": [_entry("PHONE", 0, len(phone), "cell", "cell")],
        "MemberNo": [_entry("MEMBER", 0, len(member), "cell", "cell")],
        "HomeAddress": address_entries,
        "PostalCode": [_entry("POSTCODE", 0, len(postcode), "cell", "cell")],
    }
    for column, form in KEEP_COLUMNS.items():
        gold[column] = [_entry("KEEP", 0, len(cells[column]), form, "cell")]
    labels = sorted(note.labels, key=lambda lb: (lb.kind.value == "KEEP", lb.start))
    gold["ClaimNarrative"] = [
        _entry(lb.kind.value, lb.start, lb.end, lb.form, "note") for lb in labels
    ]
    order = {
        "ref": ref, "date": bought.isoformat(), "name": name, "email": email,
        "postcode": postcode, "value": cells["Basket"],
    }  # fmt: skip
    return cells, gold, order


def build_batch(folder: Path, claims: int, own_orders: bool = True, seed: int = 10) -> None:
    """The claim file, the orders and ``gold.json`` for ``claims`` claims (deterministic)."""
    rng = random.Random(seed)
    merchants = [rng.choice(places.MERCHANTS) for _ in range(claims)]
    refs = [order_ref(rng, m) for m in merchants]
    rows, gold, orders = [], [], []
    for number in range(claims):
        batch = tuple(rng.choice(refs) for _ in range(3)) if claims > 1 else ()
        batch = tuple(r for r in batch if r != refs[number]) or (refs[number],)
        cells, entries, order = _row(rng, merchants[number], refs[number], batch, number)
        rows.append([cells[h] for h in CLAIMS.headers])
        for column, found in entries.items():
            if found:
                gold.append({"file": CLAIMS.file, "row": number + 1, "column": column,
                             "entries": found})  # fmt: skip
        if rng.random() < 0.85:
            orders.append(order)
    (folder / "inbox").mkdir(parents=True, exist_ok=True)
    (folder / "orders").mkdir(parents=True, exist_ok=True)
    with (folder / "inbox" / CLAIMS.file).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=",", lineterminator="\n")
        writer.writerow(CLAIMS.headers)
        writer.writerows(rows)
    states = ("complete", "complete", "complete", "cancelled", "returned")
    name = OWN_ORDER_FILE if own_orders else "orders.csv"
    headers = OWN_ORDER_HEADERS if own_orders else CANONICAL_ORDER_HEADERS
    with (folder / "orders" / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=",", lineterminator="\n")
        writer.writerow(headers)
        for o in orders:
            voucher = rng.choice(
                ["", "", f"{rng.choice(places.VOUCHER_WORDS)}{rng.randrange(5, 40)}"]
            )
            publisher = rng.choice(["", "PW-1010", "QX-3003"])
            writer.writerow([o["ref"], o["date"], o["name"], o["email"], o["postcode"],
                             o["value"], "GBP", rng.choice(states), publisher, voucher])  # fmt: skip
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def read_gold(folder: Path) -> dict[tuple[str, int, str], list[dict[str, Any]]]:
    """``gold.json`` as the harness's ``Gold``: (file, row from 1, column) -> entries."""
    items = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return {(i["file"], i["row"], i["column"]): i["entries"] for i in items}
