"""The fresh5 claim batch: three claim layouts no shipped profile knows, and an order export.

- ``segnalazioni_cashback_it.csv``: an Italian network's report, UTF-8 with a byte-order
  mark, ``;``, CRLF, every cell quoted; Cognome / Nome apart, a multi-line Indirizzo,
  decimal commas;
- ``reklamationer_export.txt``: a Swedish rewards site's export, UTF-16LE with a byte-order
  mark, tabs, LF; the name joined "Surname, Given" in one column, two free-text columns;
- ``CLMEXP_WK34.TXT``: a Scottish agency's fixed-width-looking export, Latin-1, ``|``, CRLF,
  cells padded with spaces, upper-case surnames and e-mails, initials in their own column,
  two-digit years and ``14-AUG-2026`` dates;
- ``orders/eksport_zamowien.csv``: a Polish webshop's order export, UTF-8, ``,`` with the
  decimal-comma amounts quoted, ``dd.mm.yyyy hh:mm:ss`` (or the canonical ``orders.csv``).

``gold.json`` beside ``inbox/`` holds, per (file, row, column), the labelled spans.
"""

from __future__ import annotations

import csv
import io
import json
import random
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from harness.judge import Kind, Label

from fresh5 import forms, places
from fresh5.forms import ascii_fold, is_latin1
from fresh5.notes import Contact, Note, Row, draw_contact, draw_order_ref, note_for
from fresh5.people import Person, draw_person

PROFILES = Path(__file__).resolve().parent / "profiles"
GOLD_FILE = "gold.json"


@dataclass(frozen=True, slots=True, eq=False)  # compared (and hashed) by identity
class Layout:
    file: str
    encoding: str
    delimiter: str
    notes: str
    headers: list[str]
    line_end: str = "\r\n"
    quote_all: bool = False
    publisher: str = ""


ITALIAN = Layout(
    "segnalazioni_cashback_it.csv", "utf-8-sig", ";", "Note Cliente",
    ["ID Segnalazione", "Data Segnalazione", "Cognome", "Nome", "Indirizzo", "CAP", "Città",
     "Email", "Cellulare", "Telefono Fisso", "Codice Socio", "Esercente", "Numero Ordine",
     "Data Acquisto", "Importo Ordine", "Cashback Previsto", "Valuta", "Note Cliente"],
    quote_all=True, publisher="F5-IT-3307",
)  # fmt: skip
SWEDISH = Layout(
    "reklamationer_export.txt", "utf-16", "\t", "Kundens meddelande",
    ["Ärendenr", "Registrerad", "Kund (efternamn, förnamn)", "E-post", "Mobil",
     "Adressrad 1", "Adressrad 2", "Postnummer", "Postort", "Medlems-ID", "Butik", "Ordernr",
     "Köpdatum", "Ordervärde", "Förväntad ersättning", "Kundens meddelande",
     "Handläggarens anteckning"],
    line_end="\n", publisher="F5-SE-4410",
)  # fmt: skip
SCOTTISH = Layout(
    "CLMEXP_WK34.TXT", "latin-1", "|", "REMARKS",
    ["CLAIM NO", "RECD", "TITLE", "INITS", "SURNAME", "FORENAME", "ADDR1", "ADDR2", "ADDR3",
     "PCODE", "TEL", "EMAIL", "MEMB NO", "RETAILER", "ORDER REF", "TXN DATE", "ORDER VAL",
     "EXP COMM", "REMARKS"],
    publisher="F5-SC-5512",
)  # fmt: skip
LAYOUTS = (ITALIAN, SWEDISH, SCOTTISH)
OWN_ORDER_FILE = "eksport_zamowien.csv"
OWN_ORDER_HEADERS = (
    "Numer zamówienia", "Data złożenia", "Imię i nazwisko", "Adres e-mail", "Kod pocztowy",
    "Wartość brutto", "Waluta", "Status", "Program partnerski", "Kod rabatowy",
)  # fmt: skip
CANONICAL_ORDER_HEADERS = (
    "order_ref", "order_date", "customer_name", "customer_email", "postcode", "order_value",
    "currency", "status", "tracked_publisher_id", "voucher_code",
)  # fmt: skip
# fixed widths of the Scottish export ("<" padded right, ">" padded left); REMARKS unpadded
_WIDTHS = {"CLAIM NO": 11, "RECD": 8, "TITLE": 5, "INITS": 5, "SURNAME": 22, "FORENAME": 16,
           "ADDR1": 28, "ADDR2": 28, "ADDR3": 16, "PCODE": 8, "TEL": 15, "EMAIL": 40,
           "MEMB NO": 12, "RETAILER": 24, "ORDER REF": 20, "TXN DATE": 11, "ORDER VAL": -9,
           "EXP COMM": -8}  # fmt: skip
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_AGENT_NOTES = (
    "Skickat till butiken {d}.", "Väntar på svar från nätverket.", "Kvitto bifogat.",
    "Ring kunden igen på måndag.", "Dubblett? Kolla mot tidigare ärende.", "",
    "Godkänd av butiken, väntar på utbetalning.", "Kunden har skickat skärmdump.", "",
    "Spoke to {f} - promised an answer by Friday.", "Kund {n} har ringt två gånger.",
)  # fmt: skip


@dataclass
class Claim:
    """One claim before it is written in a layout."""

    number: int
    layout: Layout
    contact: Contact
    merchant: str
    order: str
    bought: tuple[int, int]  # (month, day) in 2026
    claimed: tuple[int, int, int, int]  # (month, day, hour, minute)
    value: tuple[int, int]  # pounds, pence
    note: Note
    agent_note: str = ""
    cells: dict[str, str] = field(default_factory=dict)
    gold: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _entry(kind: Kind, start: int, end: int, form: str, where: str) -> dict[str, Any]:
    return {"kind": kind.value, "start": start, "end": end, "form": form, "where": where}


def _latin1_person(rng: random.Random) -> Person:
    """A person an old Latin-1 system can hold: other scripts redrawn, letters it lacks folded."""
    while True:
        p = draw_person(rng)
        if p.script != "Latin":
            continue
        fix = {f: ascii_fold(getattr(p, f)) for f in ("given", "surname", "nickname", "middle")
               if not is_latin1(getattr(p, f))}  # fmt: skip
        return Person(**{**{f: getattr(p, f) for f in Person.__slots__}, **fix})


def _draw_claim(rng: random.Random, number: int, layout: Layout) -> Claim:
    latin1 = layout is SCOTTISH
    person = _latin1_person(rng) if latin1 else draw_person(rng)
    contact = draw_contact(rng, person)
    if latin1:  # an old system's letters: what Latin-1 lacks is folded
        street = forms.Street(contact.street.number, ascii_fold(contact.street.name),
                              contact.street.thoroughfare)  # fmt: skip
        contact = replace(contact, street=street, house=ascii_fold(contact.house))
    merchant = rng.choice(places.MERCHANTS)
    order = draw_order_ref(rng)
    claim_id = {
        ITALIAN: f"IT-SEG-26-{number:06d}", SWEDISH: f"R{2600000 + number:07d}",
        SCOTTISH: f"CLM{4400000 + number:07d}",
    }[layout]  # fmt: skip
    row = Row(contact, merchant, order, claim_id)
    for attempt in range(40):
        note = note_for(number // 3 + attempt * 7, rng, row, latin1)
        if not latin1 or is_latin1(note.text):
            break
        row.extra_refs.clear()
    month, day = rng.randint(6, 9), rng.randint(1, 28)
    claimed = (min(9, month + rng.randint(0, 2)), rng.randint(1, 28), rng.randint(8, 19),
               rng.randint(0, 59))  # fmt: skip
    if claimed[:2] < (month, day):
        claimed = (month, day, 18, 30)
    value = (rng.choice([rng.randint(8, 120), rng.randint(120, 900), rng.randint(900, 1800)]),
             rng.choice([0, 99, 50, rng.randint(0, 99)]))  # fmt: skip
    claim = Claim(number, layout, contact, merchant, order, (month, day), claimed, value, note)
    claim.cells["_claim_id"] = claim_id
    if layout is SWEDISH:
        template = rng.choice(_AGENT_NOTES)
        claim.agent_note = template.format(
            d=f"2026-{claimed[0]:02d}-{claimed[1]:02d}", f=rng.choice(("Linnea", "Pekka")),
            n=contact.person.surname or contact.person.given,
        )  # fmt: skip
    return claim


def _money(value: tuple[int, int], comma: bool) -> str:
    return f"{value[0]}{',' if comma else '.'}{value[1]:02d}"


def _commission(value: tuple[int, int]) -> tuple[int, int]:
    pence = (value[0] * 100 + value[1]) * 5 // 100
    return divmod(pence, 100)


def _name_cells(claim: Claim) -> None:
    """Name columns of each layout, with their gold."""
    p = claim.contact.person
    g, s = p.given, p.surname or p.given
    cells, gold = claim.cells, claim.gold
    if claim.layout is ITALIAN:
        cells["Cognome"], cells["Nome"] = s, g
        gold["Cognome"] = [_entry(Kind.SURNAME, 0, len(s), "cell", "cell")]
        gold["Nome"] = [_entry(Kind.FIRST, 0, len(g), "cell", "cell")]
    elif claim.layout is SWEDISH:
        text = f"{s.upper() if claim.number % 4 == 0 else s}, {g}"
        cells["Kund (efternamn, förnamn)"] = text
        gold["Kund (efternamn, förnamn)"] = [_entry(Kind.NAME, 0, len(text), "cell", "cell")]
    else:
        inits = " ".join(part[0] for part in (g, p.middle) if part).upper()
        forename = g.upper() if claim.number % 3 == 0 else g
        cells.update({"TITLE": p.title.rstrip(".").upper() if p.title else "MS",
                      "INITS": inits, "SURNAME": s.upper(), "FORENAME": forename})  # fmt: skip
        gold["INITS"] = [_entry(Kind.NAME, 0, len(inits), "initials", "cell")]
        gold["SURNAME"] = [_entry(Kind.SURNAME, 0, len(s), "cell, upper", "cell")]
        gold["FORENAME"] = [_entry(Kind.FIRST, 0, len(forename), "cell", "cell")]


def _address_lines(rng: random.Random, c: Contact) -> list[tuple[str, Kind | None]]:
    """The address as lines (house name, flat, street), each with its kind."""
    lines: list[tuple[str, Kind | None]] = []
    if rng.random() < 0.3:
        lines.append((c.house, Kind.HOUSE))
    elif rng.random() < 0.25:
        lines.append((rng.choice(places.FLATS), None))
    lines.append((c.street.line, Kind.STREET))
    return lines


def _address_cells(rng: random.Random, claim: Claim) -> None:
    c, cells, gold = claim.contact, claim.cells, claim.gold
    lines = _address_lines(rng, c)
    if claim.layout is ITALIAN:
        text, entries = "", []
        for line, kind in lines:
            if text:
                text += "\n"
            if kind is not None:
                entries.append(_entry(kind, len(text), len(text) + len(line), "cell", "cell"))
            text += line
        cells["Indirizzo"], gold["Indirizzo"] = text, entries
        cells["Città"] = c.town
        return
    columns = ["Adressrad 1", "Adressrad 2"] if claim.layout is SWEDISH else ["ADDR1", "ADDR2"]
    for column, (line, kind) in zip(columns, lines, strict=False):
        line = line.upper() if claim.layout is SCOTTISH and claim.number % 2 else line
        cells[column] = line
        if kind is not None:
            gold[column] = [_entry(kind, 0, len(line), "cell", "cell")]
    town_column = "Postort" if claim.layout is SWEDISH else "ADDR3"
    cells[town_column] = c.town.upper() if claim.layout is SCOTTISH else c.town


def _contact_cells(rng: random.Random, claim: Claim) -> None:
    c, cells, gold = claim.contact, claim.cells, claim.gold
    names = {
        ITALIAN: ("CAP", "Email", "Cellulare", "Codice Socio"),
        SWEDISH: ("Postnummer", "E-post", "Mobil", "Medlems-ID"),
        SCOTTISH: ("PCODE", "EMAIL", "TEL", "MEMB NO"),
    }[claim.layout]  # fmt: skip
    pc_col, mail_col, tel_col, member_col = names
    postcode = c.postcode if rng.random() < 0.85 else c.postcode.replace(" ", "")
    mail = f"{c.local}@{c.domain}"
    mail = mail.upper() if claim.layout is SCOTTISH else mail
    tel = c.mobile if claim.layout is not SCOTTISH or rng.random() < 0.6 else c.landline
    tel = forms.phone(tel, rng, rng.choice(["standard", "no spaces", "+44"])).text
    values = {pc_col: (postcode, Kind.POSTCODE), mail_col: (mail, Kind.EMAIL),
              tel_col: (tel, Kind.PHONE), member_col: (c.member, Kind.MEMBER)}  # fmt: skip
    if claim.layout is ITALIAN and rng.random() < 0.4:
        values["Telefono Fisso"] = (" ".join(forms.phone(c.landline, rng, "standard").text
                                             .split()), Kind.PHONE)  # fmt: skip
    for column, (value, kind) in values.items():
        if rng.random() < 0.05 and kind in (Kind.PHONE, Kind.MEMBER):
            continue  # left empty
        cells[column] = value
        gold[column] = [_entry(kind, 0, len(value), "cell", "cell")]


def _keep_cells(claim: Claim) -> None:
    cells, gold = claim.cells, claim.gold
    month, day = claim.bought
    cm, cd, ch, cmin = claim.claimed
    value, commission = claim.value, _commission(claim.value)
    claim_id = cells.pop("_claim_id")
    if claim.layout is ITALIAN:
        keep = {"ID Segnalazione": claim_id,
                "Data Segnalazione": f"{cd:02d}/{cm:02d}/2026 {ch:02d}:{cmin:02d}",
                "Esercente": claim.merchant, "Numero Ordine": claim.order,
                "Data Acquisto": f"{day:02d}/{month:02d}/2026",
                "Importo Ordine": _money(value, True), "Cashback Previsto":
                _money(commission, True), "Valuta": "GBP"}  # fmt: skip
    elif claim.layout is SWEDISH:
        keep = {"Ärendenr": claim_id, "Registrerad": f"2026-{cm:02d}-{cd:02d} {ch:02d}:{cmin:02d}",
                "Butik": claim.merchant, "Ordernr": claim.order,
                "Köpdatum": f"2026-{month:02d}-{day:02d}", "Ordervärde": _money(value, True),
                "Förväntad ersättning": _money(commission, True)}  # fmt: skip
    else:
        keep = {
            "CLAIM NO": claim_id,
            "RECD": f"{cd:02d}/{cm:02d}/26",
            "RETAILER": claim.merchant.upper(),
            "ORDER REF": claim.order,
            "TXN DATE": f"{day:02d}-{_MONTHS[month - 1]}-2026",
            "ORDER VAL": _money(value, False),
            "EXP COMM": _money(commission, False),
        }
        keep["TITLE"] = cells["TITLE"]  # fmt: skip
    for column, value_text in keep.items():
        cells[column] = value_text
        gold[column] = [_entry(Kind.KEEP, 0, len(value_text), "cell", "cell")]


def _note_cells(claim: Claim) -> None:
    note = claim.note
    entries = [
        _entry(label.kind, label.start, label.end, label.form, "text")
        for label in sorted(note.labels, key=lambda lb: (lb.kind is Kind.KEEP, lb.start))
    ]
    claim.cells[claim.layout.notes] = note.text
    if entries:
        claim.gold[claim.layout.notes] = entries
    if claim.layout is SWEDISH:
        claim.cells["Handläggarens anteckning"] = claim.agent_note


def _pad(claim: Claim) -> None:
    """The Scottish export pads every cell but REMARKS to its width; gold moves with it."""
    for column, width in _WIDTHS.items():
        value = claim.cells.get(column, "")
        shift = max(0, -width - len(value)) if width < 0 else 0
        padded = value.rjust(-width) if width < 0 else value.ljust(width)
        claim.cells[column] = padded
        for entry in claim.gold.get(column, []):
            entry["start"] += shift
            entry["end"] += shift


def _encode(layout: Layout, table: list[list[str]]) -> bytes:
    out = io.StringIO(newline="")
    if layout.quote_all:
        writer = csv.writer(out, delimiter=layout.delimiter, lineterminator=layout.line_end,
                            quoting=csv.QUOTE_ALL)  # fmt: skip
    else:
        writer = csv.writer(out, delimiter=layout.delimiter, lineterminator=layout.line_end)
    writer.writerows(table)
    text = out.getvalue()
    if layout.encoding == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
    return text.encode(layout.encoding)


@dataclass(frozen=True, slots=True)
class Order:
    ref: str
    date: tuple[int, int, int, int, int]  # month, day, hour, minute, second
    name: str
    email: str
    postcode: str
    value: tuple[int, int]
    status: str
    tracked: str
    voucher: str


def _orders(rng: random.Random, claims: list[Claim]) -> list[Order]:
    orders: list[Order] = []
    for claim in claims:
        if rng.random() < 0.08:
            continue  # the retailer has no such order: ORDER_NOT_FOUND
        p, c = claim.contact.person, claim.contact
        value = claim.value if rng.random() < 0.9 else (claim.value[0] + 7, claim.value[1])
        status = rng.choices(["COMPLETED", "Pending", "CANCELLED", "Returned"],
                             [80, 8, 7, 5])[0]  # fmt: skip
        tracked = rng.choices(["", claim.layout.publisher, "AWN-77120"], [88, 7, 5])[0]
        voucher = forms.voucher(rng) if rng.random() < 0.2 else ""
        name = f"{p.given} {p.surname}".strip()
        when = (*claim.bought, rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59))
        orders.append(Order(claim.order, when, name, f"{c.local}@{c.domain}", c.postcode,
                            value, status, tracked, voucher))  # fmt: skip
        for ref in claim.note.allow[3:]:
            if ref not in places.MERCHANTS:  # refs the note mentions are orders of the batch
                other = draw_contact(rng)
                op = other.person
                orders.append(Order(ref, when, f"{op.given} {op.surname}".strip(),
                                    f"{other.local}@{other.domain}", other.postcode,
                                    (rng.randint(10, 300), 0), "COMPLETED", "", ""))  # fmt: skip
    seen: set[str] = set()
    unique = []
    for order in orders:
        if order.ref not in seen:
            seen.add(order.ref)
            unique.append(order)
    return unique


def _write_orders(folder: Path, orders: list[Order], own: bool) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(OWN_ORDER_HEADERS if own else CANONICAL_ORDER_HEADERS)
    for o in orders:
        m, d, hh, mm, ss = o.date
        if own:
            writer.writerow([o.ref, f"{d:02d}.{m:02d}.2026 {hh:02d}:{mm:02d}:{ss:02d}", o.name,
                             o.email, o.postcode, _money(o.value, True), "GBP", o.status,
                             o.tracked, o.voucher])  # fmt: skip
        else:
            writer.writerow([o.ref, f"2026-{m:02d}-{d:02d}", o.name, o.email, o.postcode,
                             _money(o.value, False), "GBP", o.status.lower(), o.tracked,
                             o.voucher])  # fmt: skip
    name = OWN_ORDER_FILE if own else "orders.csv"
    (folder / "orders").mkdir(parents=True, exist_ok=True)
    (folder / "orders" / name).write_bytes(out.getvalue().encode("utf-8"))


def build_batch(folder: Path, claims: int, own_orders: bool = True, seed: int = 5) -> None:
    """Write ``inbox/`` (the three claim files), ``orders/`` and ``gold.json`` into ``folder``."""
    rng = random.Random(f"fresh5-batch-{seed}")
    drawn = [_draw_claim(rng, n, LAYOUTS[n % 3]) for n in range(claims)]
    gold: list[list[Any]] = []
    (folder / "inbox").mkdir(parents=True, exist_ok=True)
    for layout in LAYOUTS:
        table = [list(layout.headers)]
        mine = [c for c in drawn if c.layout is layout]
        for number, claim in enumerate(mine, start=1):
            _name_cells(claim)
            _address_cells(rng, claim)
            _contact_cells(rng, claim)
            _keep_cells(claim)
            _note_cells(claim)
            if layout is SCOTTISH:
                _pad(claim)
            table.append([claim.cells.get(h, "") for h in layout.headers])
            for column, entries in claim.gold.items():
                gold.append([layout.file, number, column, entries])
        (folder / "inbox" / layout.file).write_bytes(_encode(layout, table))
    _write_orders(folder, _orders(rng, drawn), own_orders)
    (folder / GOLD_FILE).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def read_gold(folder: Path) -> dict[tuple[str, int, str], list[dict[str, Any]]]:
    """(file, row from 1, column) -> gold entries, as the harness reads them."""
    loaded = json.loads((folder / GOLD_FILE).read_text(encoding="utf-8"))
    return {(file, row, column): entries for file, row, column, entries in loaded}


def labels_of(entries: list[dict[str, Any]]) -> list[Label]:
    return [Label(Kind(e["kind"]), e["start"], e["end"], e["form"]) for e in entries]
