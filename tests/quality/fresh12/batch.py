"""The fresh12 claim batch: two claim layouts never seen by the product, and a sales export.

``build_batch(folder, claims, own_orders)`` writes ``inbox/`` (two claim files: a German
pipe-delimited Windows-1252 file with CRLF, a Latvian tab-delimited UTF-16 file with quoted
multi-line cells), ``orders/`` (the set's own Dutch semicolon sales export, or the canonical
``orders.csv``) and ``gold.json``: for every labelled cell its entries (kind, start, end,
form, where), personal entries first.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from fresh12 import forms, places
from fresh12.notes import Context, Note, note_for
from fresh12.templates import CLEAN, PERSONAL

HERE = Path(__file__).resolve().parent
PROFILES = HERE / "profiles"


@dataclass(frozen=True, slots=True)
class Layout:
    """A claim file's layout: name, encoding, delimiter, line end, notes column, headers."""

    file: str
    encoding: str
    delimiter: str
    newline: str
    notes: str
    headers: list[str]
    publisher: str


GERMAN = Layout(
    file="kassenwart_reklamationen.csv",
    encoding="cp1252",
    delimiter="|",
    newline="\r\n",
    notes="Freitext",
    headers=[
        "Reklamationsnr",
        "Mitgliedsnummer",
        "Vorname",
        "Nachname",
        "EMail",
        "Telefon",
        "Strasse",
        "PLZ",
        "Ort",
        "Haendler",
        "Bestellnummer",
        "Kaufdatum",
        "Warenwert",
        "Waehrung",
        "Provision",
        "Eingangsdatum",
        "Freitext",
    ],
    publisher="KW-1212",
)
LATVIAN = Layout(
    file="dzintars_pretenzijas.csv",
    encoding="utf-16",
    delimiter="\t",
    newline="\n",
    notes="Piezīmes",
    headers=[
        "PretenzijasID",
        "VārdsUzvārds",
        "EPasts",
        "Tālrunis",
        "BiedraNr",
        "Adrese",
        "PastaIndekss",
        "Tirgotājs",
        "PasūtījumaNr",
        "PirkumaDatums",
        "Summa",
        "Valūta",
        "Komisija",
        "IesniegtsDatums",
        "Piezīmes",
    ],
    publisher="DZ-1212",
)
LAYOUTS = (GERMAN, LATVIAN)
OWN_ORDER_FILE = "winkel_verkopen.csv"
OWN_ORDER_HEADERS = ("Ordernummer", "Besteldatum", "Klantnaam", "KlantEmail", "Postcode",
                     "Bedrag", "Valuta", "Status", "PublisherId", "Kortingscode")  # fmt: skip
CANONICAL_ORDER_HEADERS = ("order_ref", "order_date", "customer_name", "customer_email",
                           "postcode", "order_value", "currency", "status",
                           "tracked_publisher_id", "voucher_code")  # fmt: skip
KEEP_COLUMNS = {
    GERMAN.file: {"Reklamationsnr": "claim id", "Ort": "town", "Haendler": "merchant",
                  "Bestellnummer": "order ref", "Kaufdatum": "date", "Warenwert": "amount",
                  "Waehrung": "currency", "Provision": "amount", "Eingangsdatum": "date"},
    LATVIAN.file: {"PretenzijasID": "claim id", "Tirgotājs": "merchant",
                   "PasūtījumaNr": "order ref", "PirkumaDatums": "date", "Summa": "amount",
                   "Valūta": "currency", "Komisija": "amount", "IesniegtsDatums": "date"},
}  # fmt: skip
FIRST_DAY = date(2026, 7, 6)


def _entry(kind: str, start: int, end: int, form: str, where: str) -> dict[str, Any]:
    return {"kind": kind, "start": start, "end": end, "form": form, "where": where}


def _joined(pieces: list[forms.Piece]) -> tuple[str, list[dict[str, Any]]]:
    text, entries = "", []
    for piece, kind, form in pieces:
        if kind is not None:
            entries.append(_entry(kind, len(text), len(text) + len(piece), form, "cell"))
        text += piece
    return text, entries


def _fits(layout: Layout, *texts: str) -> bool:
    try:
        for text in texts:
            text.encode(layout.encoding)
    except UnicodeEncodeError:
        return False
    return True


def _note(rng: random.Random, layout: Layout, ctx: Context, clean: bool) -> Note:
    count = len(CLEAN) if clean else len(PERSONAL)
    while True:
        note = note_for(rng, ctx, clean, rng.randrange(count))
        if _fits(layout, note.text):
            return note


def _person(rng: random.Random, layout: Layout) -> forms.Person:
    while True:
        who = forms.person(rng)
        if _fits(layout, who.full) and forms.ascii_of(who.given):
            return who


def _row(rng: random.Random, layout: Layout, ctx: Context, number: int):  # type: ignore[no-untyped-def]
    who = _person(rng, layout)
    email = forms.email(rng, who, "plain")[0][0]
    phone = forms.phone(rng, rng.choice(forms.PHONE_FORMS[:21]))[0][0]
    member = forms.member_value(rng)[0]
    town = rng.choice(places.TOWNS)
    irish = rng.random() < 0.3
    postcode = places.eircode(rng) if irish else places.uk_postcode(rng)
    while True:
        street = forms.street(
            rng, rng.choice(("number", "abbrev", "flat", "floor", "letter", "unit"))
        )
        if rng.random() < 0.25:
            street = [*forms.house(rng, "plain"), (", ", None, ""), *street]
        if _fits(layout, *(piece for piece, _, _ in street)):
            break
    bought = FIRST_DAY + timedelta(days=rng.randrange(0, 70))
    raised = min(bought + timedelta(days=rng.randrange(3, 30)), date(2026, 9, 29))
    basket = rng.randrange(800, 90000) / 100
    note = _note(rng, layout, ctx, number % 3 == 2)
    labels = sorted(note.labels, key=lambda lb: (lb.kind.value == "KEEP", lb.start))
    note_gold = [_entry(lb.kind.value, lb.start, lb.end, lb.form, "note") for lb in labels]
    gold: dict[str, list[dict[str, Any]]] = {}
    if layout is GERMAN:
        street_text, street_gold = _joined(street)
        cells = {
            "Reklamationsnr": ctx.claim, "Mitgliedsnummer": member, "Vorname": who.given,
            "Nachname": who.surname, "EMail": email, "Telefon": phone, "Strasse": street_text,
            "PLZ": postcode, "Ort": town, "Haendler": ctx.merchant,
            "Bestellnummer": ctx.order, "Kaufdatum": bought.strftime("%d.%m.%Y"),
            "Warenwert": f"{basket:.2f}".replace(".", ","), "Waehrung": "EUR" if irish else "GBP",
            "Provision": f"{basket * 0.04:.2f}".replace(".", ","),
            "Eingangsdatum": raised.strftime("%d.%m.%Y"), "Freitext": note.text,
        }  # fmt: skip
        gold["Vorname"] = [_entry("FIRST", 0, len(who.given), "cell", "cell")]
        if who.surname:
            gold["Nachname"] = [_entry("SURNAME", 0, len(who.surname), "cell", "cell")]
        gold["Strasse"] = street_gold
        gold["Mitgliedsnummer"] = [_entry("MEMBER", 0, len(member), "cell", "cell")]
        gold["EMail"] = [_entry("EMAIL", 0, len(email), "cell", "cell")]
        gold["Telefon"] = [_entry("PHONE", 0, len(phone), "cell", "cell")]
        gold["PLZ"] = [_entry("POSTCODE", 0, len(postcode), "cell", "cell")]
    else:
        address_text, address_gold = _joined([*street, (f"\n{town}", None, "")])
        cells = {
            "PretenzijasID": ctx.claim, "VārdsUzvārds": who.full, "EPasts": email,
            "Tālrunis": phone, "BiedraNr": member, "Adrese": address_text,
            "PastaIndekss": postcode, "Tirgotājs": ctx.merchant, "PasūtījumaNr": ctx.order,
            "PirkumaDatums": bought.isoformat(), "Summa": f"{basket:.2f}",
            "Valūta": "EUR" if irish else "GBP", "Komisija": f"{basket * 0.04:.2f}",
            "IesniegtsDatums": raised.isoformat(), "Piezīmes": note.text,
        }  # fmt: skip
        gold["VārdsUzvārds"] = [_entry("NAME", 0, len(who.full), "cell", "cell")]
        gold["EPasts"] = [_entry("EMAIL", 0, len(email), "cell", "cell")]
        gold["Tālrunis"] = [_entry("PHONE", 0, len(phone), "cell", "cell")]
        gold["BiedraNr"] = [_entry("MEMBER", 0, len(member), "cell", "cell")]
        gold["Adrese"] = address_gold
        gold["PastaIndekss"] = [_entry("POSTCODE", 0, len(postcode), "cell", "cell")]
    for column, form in KEEP_COLUMNS[layout.file].items():
        gold[column] = [_entry("KEEP", 0, len(cells[column]), form, "cell")]
    gold[layout.notes] = note_gold
    order = {"ref": ctx.order, "date": bought, "name": who.full, "email": email,
             "postcode": postcode, "value": basket}  # fmt: skip
    return [cells[h] for h in layout.headers], gold, order


def build_batch(folder: Path, claims: int, own_orders: bool = True, seed: int = 12) -> None:
    """The two claim files, the orders and ``gold.json`` for ``claims`` claims (deterministic)."""
    rng = random.Random(seed)
    merchants = [rng.choice(places.MERCHANTS) for _ in range(claims)]
    refs = [forms.order_ref(rng, m) for m in merchants]
    tables: dict[str, list[list[str]]] = {layout.file: [] for layout in LAYOUTS}
    gold, orders = [], []
    for number in range(claims):
        layout = LAYOUTS[number % 2]
        others = tuple(r for r in (rng.choice(refs) for _ in range(3)) if r != refs[number])
        ctx = Context(
            merchants[number], refs[number], forms.claim_id(rng), others or (refs[number],)
        )
        row, entries, order = _row(rng, layout, ctx, number // 2)
        tables[layout.file].append(row)
        for column, found in entries.items():
            if found:
                gold.append({"file": layout.file, "row": len(tables[layout.file]),
                             "column": column, "entries": found})  # fmt: skip
        if rng.random() < 0.85:
            orders.append(order)
    (folder / "inbox").mkdir(parents=True, exist_ok=True)
    (folder / "orders").mkdir(parents=True, exist_ok=True)
    for layout in LAYOUTS:
        path = folder / "inbox" / layout.file
        with path.open("w", encoding=layout.encoding, newline="") as handle:
            writer = csv.writer(handle, delimiter=layout.delimiter, lineterminator=layout.newline,
                                quoting=csv.QUOTE_MINIMAL)  # fmt: skip
            writer.writerow(layout.headers)
            writer.writerows(tables[layout.file])
    states = ("geleverd", "geleverd", "geleverd", "geannuleerd", "geretourneerd")
    if own_orders:
        path, headers, delimiter, encoding = (folder / "orders" / OWN_ORDER_FILE,
                                              OWN_ORDER_HEADERS, ";", "utf-8-sig")  # fmt: skip
    else:
        path, headers, delimiter, encoding = (folder / "orders" / "orders.csv",
                                              CANONICAL_ORDER_HEADERS, ",", "utf-8")  # fmt: skip
        states = ("complete", "complete", "complete", "cancelled", "returned")
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(headers)
        for o in orders:
            voucher = rng.choice(["", "", forms.voucher(rng)])
            publisher = rng.choice(["", "KW-1212", "DZ-1212"])
            if own_orders:
                day, value = o["date"].strftime("%d-%m-%Y"), f"{o['value']:.2f}".replace(".", ",")
            else:
                day, value = o["date"].isoformat(), f"{o['value']:.2f}"
            writer.writerow([o["ref"], day, o["name"], o["email"], o["postcode"], value, "GBP",
                             rng.choice(states), publisher, voucher])  # fmt: skip
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def read_gold(folder: Path) -> dict[tuple[str, int, str], list[dict[str, Any]]]:
    """``gold.json`` as the harness's ``Gold``: (file, row from 1, column) -> entries."""
    items = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return {(i["file"], i["row"], i["column"]): i["entries"] for i in items}
