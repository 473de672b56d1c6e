"""The fresh6 claim batch: three claim layouts no shipped profile knows, and an order export.

- ``hawliadau_arian_yn_ol.csv``: a Welsh cashback site's claims, UTF-8, ``,``, LF; the name
  joined "Given Surname" in one column, a multi-line Cyfeiriad, ``dd/mm/yyyy``;
- ``reclamacoes_pt.csv``: a Portuguese network's claims, Windows-1252, ``;``, CRLF; Apelidos
  and Nome Próprio apart, decimal commas, ``dd-mm-yyyy``;
- ``aitimata_gr.tsv``: a Greek rewards site's claims, UTF-16BE with a byte-order mark, tabs,
  CRLF; the name joined "SURNAME Given", a multi-line address, decimal commas, ``dd.mm.yyyy``;
- ``orders/export_objednavek.txt``: a Czech webshop's order export, UTF-8, ``|``, decimal
  commas, ``dd. mm. yyyy hh:mm``, statuses in any casing (or the canonical ``orders.csv``).

``gold.json`` beside ``inbox/`` holds, per (file, row, column), the labelled spans.
"""

from __future__ import annotations

import csv
import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness.judge import Kind

from fresh6 import forms, places
from fresh6.notes import Contact, Note, Row, draw_contact, draw_order_ref, note_for
from fresh6.people import draw_person

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
    publisher: str = ""


WELSH = Layout(
    "hawliadau_arian_yn_ol.csv", "utf-8", ",", "Sylwadau'r Cwsmer",
    ["Rhif Hawliad", "Dyddiad Hawlio", "Enw Llawn", "Cyfeiriad", "Cod Post", "Ebost",
     "Ffôn Symudol", "Rhif Aelod", "Masnachwr", "Rhif Archeb", "Dyddiad Prynu",
     "Gwerth Archeb", "Comisiwn Disgwyliedig", "Arian Cyfred", "Sylwadau'r Cwsmer"],
    line_end="\n", publisher="F6-CY-1201",
)  # fmt: skip
PORTUGUESE = Layout(
    "reclamacoes_pt.csv", "cp1252", ";", "Observações",
    ["Nº Reclamação", "Data de Registo", "Apelido(s)", "Nome Próprio", "Morada",
     "Código Postal", "Localidade", "E-mail", "Telemóvel", "Nº Sócio", "Loja",
     "Nº Encomenda", "Data da Compra", "Valor (€)", "Comissão Prevista", "Observações"],
    publisher="F6-PT-2202",
)  # fmt: skip
GREEK = Layout(
    "aitimata_gr.tsv", "utf-16", "\t", "Σχόλια Πελάτη",
    ["Αρ. Αιτήματος", "Ημερομηνία Καταχώρισης", "Ονοματεπώνυμο", "Διεύθυνση", "Τ.Κ.",
     "Πόλη", "Email", "Κινητό", "Κωδικός Μέλους", "Κατάστημα", "Αρ. Παραγγελίας",
     "Ημ/νία Αγοράς", "Αξία Παραγγελίας", "Αναμενόμενη Προμήθεια", "Σχόλια Πελάτη"],
    publisher="F6-GR-3303",
)  # fmt: skip
LAYOUTS = (WELSH, PORTUGUESE, GREEK)
OWN_ORDER_FILE = "export_objednavek.txt"
OWN_ORDER_HEADERS = (
    "Číslo objednávky", "Datum vytvoření", "Jméno zákazníka", "E-mailová adresa", "PSČ",
    "Celkem s DPH", "Měna", "Stav objednávky", "Partnerský program", "Slevový kupón",
)  # fmt: skip
CANONICAL_ORDER_HEADERS = (
    "order_ref", "order_date", "customer_name", "customer_email", "postcode", "order_value",
    "currency", "status", "tracked_publisher_id", "voucher_code",
)  # fmt: skip


@dataclass
class Claim:
    """One claim before it is written in a layout."""

    number: int
    layout: Layout
    contact: Contact
    merchant: str
    order: str
    claim_id: str
    bought: tuple[int, int]  # (month, day) in 2026
    claimed: tuple[int, int, int, int]  # (month, day, hour, minute)
    value: tuple[int, int]  # pounds, pence
    note: Note
    cells: dict[str, str] = field(default_factory=dict)
    gold: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def _entry(kind: Kind, start: int, end: int, form: str, where: str) -> dict[str, Any]:
    return {"kind": kind.value, "start": start, "end": end, "form": form, "where": where}


def _claim_id(layout: Layout, number: int) -> str:
    return {WELSH: f"HAW-{number:06d}", PORTUGUESE: f"PT/2026/{number:05d}",
            GREEK: f"GR{880000 + number}"}[layout]  # fmt: skip


def _draw_claim(rng: random.Random, number: int, layout: Layout) -> Claim:
    while True:
        contact = draw_contact(rng)
        person = contact.person
        if forms.is_encodable(f"{person.given}{person.surname}{contact.street.line}"
                              f"{contact.house}", layout.encoding):  # fmt: skip
            break
    merchants = [m for m in places.MERCHANTS if forms.is_encodable(m, layout.encoding)]
    merchant, order = rng.choice(merchants), draw_order_ref(rng)
    row = Row(contact, merchant, order, _claim_id(layout, number))
    for attempt in range(40):
        note = note_for(number // 3 + attempt * 7, rng, row)
        if forms.is_encodable(note.text, layout.encoding):
            break
        row.extra_refs.clear()
    month, day = rng.randint(6, 9), rng.randint(1, 28)
    claimed = (min(10, month + rng.randint(0, 1)), rng.randint(1, 28), rng.randint(8, 19),
               rng.randint(0, 59))  # fmt: skip
    if claimed[:2] < (month, day):
        claimed = (month, day, 18, 5)
    value = (rng.choice([rng.randint(6, 90), rng.randint(90, 700), rng.randint(700, 2400)]),
             rng.choice([0, 95, 49, rng.randint(0, 99)]))  # fmt: skip
    return Claim(number, layout, contact, merchant, order, row.claim, (month, day), claimed,
                 value, note)  # fmt: skip


def _money(value: tuple[int, int], comma: bool) -> str:
    return f"{value[0]}{',' if comma else '.'}{value[1]:02d}"


def _commission(value: tuple[int, int]) -> tuple[int, int]:
    return divmod((value[0] * 100 + value[1]) * 6 // 100, 100)


def _name_cells(claim: Claim) -> None:
    """Name columns: Welsh joined "Given Surname", Portuguese apart, Greek "SURNAME Given"."""
    p = claim.contact.person
    g, s = p.given, p.surname or p.given
    cells, gold = claim.cells, claim.gold
    if claim.layout is PORTUGUESE:
        cells["Apelido(s)"], cells["Nome Próprio"] = s, g
        gold["Apelido(s)"] = [_entry(Kind.SURNAME, 0, len(s), "cell", "cell")]
        gold["Nome Próprio"] = [_entry(Kind.FIRST, 0, len(g), "cell", "cell")]
        return
    column = "Enw Llawn" if claim.layout is WELSH else "Ονοματεπώνυμο"
    text = f"{g} {s}" if claim.layout is WELSH else f"{s.upper()} {g}"
    if not p.surname:
        text = g
    cells[column], gold[column] = text, [_entry(Kind.NAME, 0, len(text), "cell", "cell")]


def _address_cells(rng: random.Random, claim: Claim) -> None:
    """A multi-line address cell (house or flat, then street; Welsh and Greek add the town)."""
    c, cells, gold = claim.contact, claim.cells, claim.gold
    lines: list[tuple[str, Kind | None]] = []
    if rng.random() < 0.3:
        lines.append((c.house, Kind.HOUSE))
    elif rng.random() < 0.2:
        lines.append((rng.choice(places.FLATS), None))
    lines.append((c.street.line, Kind.STREET))
    if claim.layout is WELSH:
        lines.append((c.town, None))
    column = {WELSH: "Cyfeiriad", PORTUGUESE: "Morada", GREEK: "Διεύθυνση"}[claim.layout]
    joiner = ", " if claim.layout is PORTUGUESE and rng.random() < 0.5 else "\n"
    text, entries = "", []
    for line, kind in lines:
        text += joiner if text else ""
        if kind is not None:
            entries.append(_entry(kind, len(text), len(text) + len(line), "cell", "cell"))
        text += line
    cells[column], gold[column] = text, entries
    if claim.layout is not WELSH:
        cells["Localidade" if claim.layout is PORTUGUESE else "Πόλη"] = c.town


def _contact_cells(rng: random.Random, claim: Claim) -> None:
    c, cells, gold = claim.contact, claim.cells, claim.gold
    names = {
        WELSH: ("Cod Post", "Ebost", "Ffôn Symudol", "Rhif Aelod"),
        PORTUGUESE: ("Código Postal", "E-mail", "Telemóvel", "Nº Sócio"),
        GREEK: ("Τ.Κ.", "Email", "Κινητό", "Κωδικός Μέλους"),
    }[claim.layout]  # fmt: skip
    pc_col, mail_col, tel_col, member_col = names
    postcode = c.postcode if rng.random() < 0.8 else c.postcode.replace(" ", "")
    tel = forms.phone(c.mobile, rng.choice(["standard", "no spaces", "+44", "dashes"])).text
    values = {pc_col: (postcode, Kind.POSTCODE), mail_col: (f"{c.local}@{c.domain}", Kind.EMAIL),
              tel_col: (tel, Kind.PHONE), member_col: (c.member, Kind.MEMBER)}  # fmt: skip
    for column, (value, kind) in values.items():
        if rng.random() < 0.05 and kind in (Kind.PHONE, Kind.MEMBER):
            continue  # left empty
        cells[column] = value
        gold[column] = [_entry(kind, 0, len(value), "cell", "cell")]


def _keep_cells(claim: Claim) -> None:
    month, day = claim.bought
    cm, cd, ch, cmin = claim.claimed
    value, commission = claim.value, _commission(claim.value)
    if claim.layout is WELSH:
        keep = {"Rhif Hawliad": claim.claim_id,
                "Dyddiad Hawlio": f"{cd:02d}/{cm:02d}/2026 {ch:02d}:{cmin:02d}",
                "Masnachwr": claim.merchant, "Rhif Archeb": claim.order,
                "Dyddiad Prynu": f"{day:02d}/{month:02d}/2026", "Gwerth Archeb":
                _money(value, False), "Comisiwn Disgwyliedig": _money(commission, False),
                "Arian Cyfred": "GBP"}  # fmt: skip
    elif claim.layout is PORTUGUESE:
        keep = {"Nº Reclamação": claim.claim_id, "Data de Registo": f"{cd:02d}-{cm:02d}-2026",
                "Loja": claim.merchant, "Nº Encomenda": claim.order,
                "Data da Compra": f"{day:02d}-{month:02d}-2026",
                "Valor (€)": _money(value, True),
                "Comissão Prevista": _money(commission, True)}  # fmt: skip
    else:
        keep = {"Αρ. Αιτήματος": claim.claim_id,
                "Ημερομηνία Καταχώρισης": f"{cd:02d}.{cm:02d}.2026 {ch:02d}:{cmin:02d}",
                "Κατάστημα": claim.merchant, "Αρ. Παραγγελίας": claim.order,
                "Ημ/νία Αγοράς": f"{day:02d}.{month:02d}.2026",
                "Αξία Παραγγελίας": _money(value, True),
                "Αναμενόμενη Προμήθεια": _money(commission, True)}  # fmt: skip
    for column, text in keep.items():
        claim.cells[column] = text
        claim.gold[column] = [_entry(Kind.KEEP, 0, len(text), "cell", "cell")]


def _note_cells(claim: Claim) -> None:
    note = claim.note
    entries = [
        _entry(label.kind, label.start, label.end, label.form, "text")
        for label in sorted(note.labels, key=lambda lb: (lb.kind is Kind.KEEP, lb.start))
    ]
    claim.cells[claim.layout.notes] = note.text
    if entries:
        claim.gold[claim.layout.notes] = entries


def _encode(layout: Layout, table: list[list[str]]) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=layout.delimiter, lineterminator=layout.line_end).writerows(table)
    text = out.getvalue()
    if layout.encoding == "utf-16":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(layout.encoding)


@dataclass(frozen=True, slots=True)
class Order:
    ref: str
    date: tuple[int, int, int, int]  # month, day, hour, minute
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
        if rng.random() < 0.07:
            continue  # the retailer has no such order: ORDER_NOT_FOUND
        p, c = claim.contact.person, claim.contact
        value = claim.value if rng.random() < 0.9 else (claim.value[0] + 4, claim.value[1])
        status = rng.choices(["Completed", "PENDING", "cancelled", "Returned"],
                             [80, 8, 7, 5])[0]  # fmt: skip
        tracked = rng.choices(["", claim.layout.publisher, "AWN-55310"], [88, 7, 5])[0]
        voucher = forms.voucher(rng) if rng.random() < 0.2 else ""
        when = (*claim.bought, rng.randint(7, 22), rng.randint(0, 59))
        orders.append(Order(claim.order, when, f"{p.given} {p.surname}".strip(),
                            f"{c.local}@{c.domain}", c.postcode, value, status, tracked,
                            voucher))  # fmt: skip
        for ref in claim.note.allow[3:]:
            if ref not in places.MERCHANTS:  # refs the note mentions are orders of the batch
                other = draw_person(rng)
                orders.append(Order(ref, when, f"{other.given} {other.surname}".strip(), "",
                                    "", (rng.randint(10, 300), 0), "COMPLETED", "", ""))  # fmt: skip
    seen: set[str] = set()
    return [o for o in orders if not (o.ref in seen or seen.add(o.ref))]


def _write_orders(folder: Path, orders: list[Order], own: bool) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter="|" if own else ",", lineterminator="\n")
    writer.writerow(OWN_ORDER_HEADERS if own else CANONICAL_ORDER_HEADERS)
    for o in orders:
        m, d, hh, mm = o.date
        if own:
            writer.writerow([o.ref, f"{d:02d}. {m:02d}. 2026 {hh:02d}:{mm:02d}", o.name, o.email,
                             o.postcode, _money(o.value, True), "GBP", o.status, o.tracked,
                             o.voucher])  # fmt: skip
        else:
            writer.writerow([o.ref, f"2026-{m:02d}-{d:02d}", o.name, o.email, o.postcode,
                             _money(o.value, False), "GBP", o.status.lower(),
                             o.tracked, o.voucher])  # fmt: skip
    name = OWN_ORDER_FILE if own else "orders.csv"
    (folder / "orders").mkdir(parents=True, exist_ok=True)
    (folder / "orders" / name).write_bytes(out.getvalue().encode("utf-8"))


def build_batch(folder: Path, claims: int, own_orders: bool = True, seed: int = 6) -> None:
    """Write ``inbox/`` (the three claim files), ``orders/`` and ``gold.json`` into ``folder``."""
    rng = random.Random(f"fresh6-batch-{seed}")
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
