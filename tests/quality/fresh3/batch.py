"""The set's claim batch: three claim layouts no shipped profile knows, an order export in its
own layout (or the canonical one, for the run without profiles), and gold for every cell.

- ``reclamations_fr.csv``: a European network's export, Windows-1252, ``;``-delimited, CRLF,
  French headers (``N° Dossier``, ``Civilité``, ``Nom`` in capitals, ``Prénom``), the street
  in one ``Adresse`` cell with the postcode and town apart, decimal commas (``1.234,56``);
- ``disputes_q3.csv``: UTF-8 with a byte-order mark, ``,``, a ``Customer Full Name`` cell
  (sometimes with a title or a middle initial), the whole address in one cell
  (``12 X Road, Town, AB1 2CD``), retailer order numbers often shaped like phone numbers,
  ``dd-Mon-yyyy`` dates, ``£1,234.56``, and two free-text columns (``Customer Comments``,
  the notes, and ``Agent Notes``);
- ``support_queue.tsv``: UTF-8, tab-delimited, lone-CR line ends, ``First Name(s)`` (some
  with two given names) and ``Family Name``, ``Address Line 1..3`` + ``County`` +
  ``Postcode``, a home and a mobile phone column, a ``Loyalty Card`` number;
- ``orders/order_export.tsv`` (tab, ``dd/mm/yyyy hh:mm``, upper-case states) or
  ``orders/orders.csv`` (canonical).

Gold sits in ``gold.jsonl`` beside ``inbox/`` (never copied into a workspace): one line per
cell, ``{file, row, column, entries: [{kind, start, end, form, where}]}``; in a free-text
cell the personal entries come first.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.judge import Kind

from fresh3 import people, world
from fresh3.notes import agent_note, own_note
from fresh3.render import (
    Note,
    Person,
    Piece,
    address_pieces,
    draw_claim,
    draw_person,
    draw_phone_ref,
    draw_ref,
    land_forms,
    mobile_forms,
)

PROFILES = Path(__file__).resolve().parent / "profiles"
GOLD = "gold.jsonl"
PUBLISHER = {"reclamations_fr.csv": "F3-7101", "disputes_q3.csv": "F3-7202",
             "support_queue.tsv": "F3-7303"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Layout:
    """One claim file's shape: its name, encoding, delimiter, notes column and header."""

    file: str
    encoding: str
    delimiter: str
    notes: str
    headers: list[str]
    line_end: str = "\n"


FRENCH = Layout(
    "reclamations_fr.csv", "cp1252", ";", "Commentaire",
    ["N° Dossier", "Date Dossier", "Civilité", "Nom", "Prénom", "Courriel", "Téléphone",
     "Adresse", "Code Postal", "Ville", "Enseigne", "Réf. Commande", "Date Achat",
     "Montant TTC", "Commission Attendue", "N° Adhérent", "Commentaire"],
    line_end="\r\n",
)  # fmt: skip
DISPUTES = Layout(
    "disputes_q3.csv", "utf-8-sig", ",", "Customer Comments",
    ["Case Ref", "Case Opened", "Customer Full Name", "Full Address", "Email",
     "Contact Number", "Retailer", "Retailer Order Number", "Order Date", "Order Total",
     "Membership #", "Customer Comments", "Agent Notes"],
)  # fmt: skip
QUEUE = Layout(
    "support_queue.tsv", "utf-8", "\t", "Ticket Body",
    ["Ticket", "Logged", "Salutation", "First Name(s)", "Family Name", "Address Line 1",
     "Address Line 2", "Address Line 3", "County", "Postcode", "Home Tel", "Mobile Tel",
     "Email Address", "Retailer", "Order Reference", "Purchase Date", "Basket Value",
     "Loyalty Card", "Ticket Body"],
    line_end="\r",
)  # fmt: skip
LAYOUTS: tuple[Layout, ...] = (FRENCH, DISPUTES, QUEUE)
OWN_ORDER_HEADERS = ("Order Number", "Placed", "Ship Name", "Contact Email",
                     "Delivery Postcode", "Gross", "Currency Code", "Order Status",
                     "Affiliate ID", "Discount Code")  # fmt: skip
CANONICAL_ORDER_HEADERS = ("order_ref", "order_date", "customer_name", "customer_email",
                           "postcode", "order_value", "currency", "status",
                           "tracked_publisher_id", "voucher_code")  # fmt: skip
STATUSES = ("COMPLETED",) * 6 + ("PENDING", "CANCELLED", "RETURNED")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CIVILITE = ("M.", "Mme", "Mlle", "Dr")

Entry = dict[str, Any]
Cell = tuple[str, list[Entry]]


def _entry(kind: Kind, start: int, end: int, form: str, where: str) -> Entry:
    return {"kind": kind.value, "start": start, "end": end, "form": form, "where": where}


def _whole(value: str, kind: Kind, form: str = "cell") -> Cell:
    return value, ([_entry(kind, 0, len(value), form, "cell")] if value else [])


def _keep(value: str, form: str) -> Cell:
    return _whole(value, Kind.KEEP, form)


def _parts(pieces: list[Piece]) -> Cell:
    """A cell built from pieces, each labelled piece at its offsets."""
    text, entries = "", []
    for piece, kind, form in pieces:
        if kind is not None:
            entries.append(_entry(kind, len(text), len(text) + len(piece), form, "cell"))
        text += piece
    return text, entries


def _text_cell(note: Note | None) -> Cell:
    if note is None:
        return "", []
    labels = sorted(note.labels, key=lambda lb: lb.kind is Kind.KEEP)  # personal ones first
    return note.text, [_entry(lb.kind, lb.start, lb.end, lb.form, "text") for lb in labels]


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


def _claim(rng: random.Random, n: int, layout: Layout) -> Claim:
    encoding = "cp1252" if layout.encoding == "cp1252" else None
    phone_shaped = layout is DISPUTES and rng.random() < 0.4
    return Claim(
        person=draw_person(rng, encoding),
        claim_id=f"{draw_claim(rng)}-{n}" if rng.random() < 0.5 else f"F3{n:07d}",
        merchant=rng.choice(world.MERCHANTS),
        ref=draw_phone_ref(rng) if phone_shaped else draw_ref(rng),
        day=rng.randint(1, 28),
        month=rng.randint(6, 9),
        hour=rng.randint(7, 22),
        minute=rng.randint(0, 59),
        pence=rng.randint(250, 240000),
        voucher=rng.choice(world.VOUCHERS) if rng.random() < 0.25 else "",
    )


def _note(rng: random.Random, n: int, seed: int, claim: Claim, layout: Layout) -> Note | None:
    if rng.random() < 0.1:
        return None
    row = {"merchant.a": claim.merchant, "ref.a": claim.ref, "claim.a": claim.claim_id}
    encoding = "cp1252" if layout.encoding == "cp1252" else None
    return own_note(n, seed + 3307, claim.person, encoding, row)


def _money(pence: int, comma: bool = False, pound: bool = False, thousands: bool = False) -> str:
    pounds, rest = divmod(pence, 100)
    whole = f"{pounds:,}" if thousands else str(pounds)
    if comma:
        return whole.replace(",", ".") + f",{rest:02d}"
    return ("£" if pound else "") + f"{whole}.{rest:02d}"


def _phone(rng: random.Random, p: Person, mobile: bool) -> Cell:
    forms = mobile_forms(p.mobile, rng)[:14] if mobile else land_forms(p.area, p.line, rng)[:6]
    form, text = rng.choice(forms)
    return _whole(text, Kind.PHONE, form)


def _street_line(rng: random.Random, p: Person) -> Cell:
    """The French layout's one ``Adresse`` cell: street, house and street, or flat and street."""
    street: Piece = (f"{p.number} {p.road}", Kind.STREET, "with number")
    shape = rng.randrange(3)
    if shape == 0:
        return _parts([street])
    if shape == 1:
        return _parts([(p.house, Kind.HOUSE, "house name"), (", ", None, ""),
                       (p.road, Kind.STREET, "no number")])  # fmt: skip
    return _parts([(p.flat, Kind.HOUSE, "flat"), (", ", None, ""), street])


def _french_row(rng: random.Random, c: Claim, note: Note | None) -> list[Cell]:
    p = c.person
    return [
        _keep(c.claim_id, "claim id"),
        _keep(f"{min(c.day + 2, 28):02d}/09/2026", "date"),
        _keep(rng.choice(_CIVILITE), "title"),
        _whole(p.surname.upper(), Kind.SURNAME, "upper cell"),
        _whole(p.given, Kind.FIRST),
        _whole(p.email, Kind.EMAIL),
        _phone(rng, p, rng.random() < 0.75),
        _street_line(rng, p),
        _whole(p.postcode, Kind.POSTCODE),
        (p.town, []),
        _keep(c.merchant, "merchant"),
        _keep(c.ref, "order ref"),
        _keep(f"{c.day:02d}/{c.month:02d}/2026", "date"),
        _keep(_money(c.pence, comma=True, thousands=rng.random() < 0.5), "amount"),
        _keep(_money(c.pence // 25, comma=True), "amount"),
        _whole(p.member, Kind.MEMBER) if rng.random() < 0.8 else ("", []),
        _text_cell(note),
    ]


def _full_name(rng: random.Random, p: Person) -> Cell:
    shape = rng.random()
    if shape < 0.2:
        return _parts([(p.title + " ", None, ""), (p.full, Kind.NAME, "after title")])
    if shape < 0.3 and not p.script:
        middle = rng.choice("ABCDEGHJKLMNRST")
        return _whole(f"{p.given} {middle}. {p.surname}", Kind.NAME, "middle initial")
    if shape < 0.38:
        return _whole(f"{p.given[0]}. {p.surname}", Kind.NAME, "initial surname")
    if shape < 0.45:
        return _whole(p.full.upper(), Kind.NAME, "upper cell")
    return _whole(p.full, Kind.NAME)


def _disputes_row(rng: random.Random, c: Claim, note: Note | None) -> list[Cell]:
    p = c.person
    agent = None
    if rng.random() < 0.6:
        row = {"merchant.a": c.merchant, "ref.a": c.ref, "claim.a": c.claim_id}
        agent = agent_note(rng, p, row)
    return [
        _keep(c.claim_id, "claim id"),
        _keep(f"2026-09-{min(c.day + 1, 28):02d} {c.hour:02d}:{c.minute:02d}:17", "date"),
        _full_name(rng, p),
        _parts(address_pieces(False, p, rng, sep=", ")),
        _whole(p.email, Kind.EMAIL),
        _phone(rng, p, rng.random() < 0.7),
        _keep(c.merchant, "merchant"),
        _keep(c.ref, "order ref"),
        _keep(f"{c.day:02d}-{_MONTHS[c.month - 1]}-2026", "date"),
        _keep(_money(c.pence, pound=True, thousands=True), "amount"),
        _whole(p.member, Kind.MEMBER),
        _text_cell(note),
        _text_cell(agent),
    ]


def _address_lines(rng: random.Random, p: Person) -> list[Cell]:
    """Address Line 1..3 of the queue layout (the town, unlabelled, in the last line used)."""
    street = _whole(f"{p.number} {p.road}", Kind.STREET, "with number")
    town: Cell = (p.town, [])
    shape = rng.randrange(4)
    if shape == 0:
        return [street, town, ("", [])]
    if shape == 1:
        return [_whole(p.house, Kind.HOUSE, "house name"), _whole(p.road, Kind.STREET, "no number"),
                town]  # fmt: skip
    if shape == 2:
        return [_whole(p.flat, Kind.HOUSE, "flat"), street, town]
    return [street, ("", []), ("", [])]


def _queue_row(rng: random.Random, c: Claim, note: Note | None) -> list[Cell]:
    p = c.person
    if rng.random() < 0.25 and not p.script:
        second = rng.choice(people.GIVEN)
        given = _whole(f"{p.given} {second}", Kind.FIRST, "two given names")
    else:
        given = _whole(p.given, Kind.FIRST)
    return [
        _keep(c.claim_id, "claim id"),
        _keep(f"{min(c.day + 3, 28):02d}/09/2026 {c.hour:02d}:{c.minute:02d}", "date"),
        _keep(p.title, "title"),
        given,
        _whole(p.surname, Kind.SURNAME),
        *_address_lines(rng, p),
        (p.county if rng.random() < 0.7 else "", []),
        _whole(p.postcode if rng.random() < 0.85 else p.postcode.lower(), Kind.POSTCODE),
        _phone(rng, p, False) if rng.random() < 0.6 else ("", []),
        _phone(rng, p, True),
        _whole(p.email, Kind.EMAIL),
        _keep(c.merchant, "merchant"),
        _keep(c.ref, "order ref"),
        _keep(f"2026-{c.month:02d}-{c.day:02d}", "date"),
        _keep(_money(c.pence), "amount"),
        _whole(p.member, Kind.MEMBER) if rng.random() < 0.9 else ("", []),
        _text_cell(note),
    ]


def _line(cells: list[str], delimiter: str) -> str:
    """One record: a cell holding the delimiter, a quote or any line break is quoted (the csv
    module leaves a bare ``\n`` unquoted when the file's line end is a lone ``\r``)."""
    special = (delimiter, '"', "\r", "\n")
    return delimiter.join(
        '"' + c.replace('"', '""') + '"' if any(s in c for s in special) else c for c in cells
    )


ROWS = {FRENCH.file: _french_row, DISPUTES.file: _disputes_row, QUEUE.file: _queue_row}


def _order(rng: random.Random, c: Claim, layout: Layout, own: bool) -> list[str]:
    p = c.person
    pence = c.pence if rng.random() < 0.85 else c.pence + rng.randint(500, 5000)
    tracked = rng.choice(["", "", "", PUBLISHER[layout.file], "F3-9990"])
    status = rng.choice(STATUSES)
    if own:
        when = f"{c.day:02d}/{c.month:02d}/2026 {c.hour:02d}:{c.minute:02d}"
        return [c.ref, when, p.full, p.email, p.postcode, _money(pence), "GBP", status, tracked,
                c.voucher]  # fmt: skip
    return [c.ref, f"2026-{c.month:02d}-{c.day:02d}", p.full, p.email, p.postcode,
            _money(pence), "GBP", status.lower(), tracked, c.voucher]  # fmt: skip


def build_batch(dest: Path, n: int, own_orders: bool = True, seed: int = 2027) -> None:
    """``n`` claims over the three layouts in ``dest/inbox``, their orders in ``dest/orders``
    (own layout or canonical) and the gold in ``dest/gold.jsonl``; the same bytes per seed."""
    rng = random.Random(seed)
    (dest / "inbox").mkdir(parents=True, exist_ok=True)
    (dest / "orders").mkdir(parents=True, exist_ok=True)
    orders: list[list[str]] = []
    with (dest / GOLD).open("w", encoding="utf-8", newline="\n") as gold:
        for li, layout in enumerate(LAYOUTS):
            lines = [_line(layout.headers, layout.delimiter)]
            count = n // len(LAYOUTS) + (1 if li < n % len(LAYOUTS) else 0)
            for row in range(1, count + 1):
                number = (li + 1) * 1_000_000 + row
                claim = _claim(rng, number, layout)
                note = _note(rng, number, seed, claim, layout)
                cells = ROWS[layout.file](rng, claim, note)
                lines.append(_line([text for text, _ in cells], layout.delimiter))
                for column, (_, entries) in zip(layout.headers, cells, strict=True):
                    if entries:
                        record = {"file": layout.file, "row": row, "column": column,
                                  "entries": entries}  # fmt: skip
                        gold.write(json.dumps(record, ensure_ascii=False) + "\n")
                if rng.random() < 0.75:
                    orders.append(_order(rng, claim, layout, own_orders))
            data = "".join(line + layout.line_end for line in lines)
            (dest / "inbox" / layout.file).write_bytes(data.encode(layout.encoding))
    name, headers, delimiter = (
        ("order_export.tsv", OWN_ORDER_HEADERS, "\t")
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
