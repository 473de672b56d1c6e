"""The dev5 claim batch: three claim layouts and an order export, with gold at exact offsets.

- ``FRENCH``: a loyalty programme's claims export, Windows-1252, tab-delimited, CRLF, French
  headers, the name in two columns and the address over three;
- ``SPANISH``: a network's claims, UTF-8 with a byte-order mark, ``;``, every cell quoted,
  Spanish headers, a multi-line postal-address cell;
- ``UK_CRM``: a CRM case export, UTF-8, ``,``, every cell quoted, CRLF, one ``Customer``
  column ("Title First Last"), one ``Contact`` column (an e-mail or a phone), two free-text
  columns (the customer's comment and the advisor's notes);
- an order export in its own layout (``OWN_ORDER_FILE``), or the canonical ``orders.csv``.

``build_batch(folder, claims, own_orders)`` writes ``inbox/``, ``orders/`` and ``gold.json``
(every labelled cell: kind, offsets, form, and whether it is a column cell or text);
``read_gold`` reads it back keyed by (file, row from 1, column).
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from harness.judge import Kind

from dev5 import people, render, world
from dev5.notes import note_context
from dev5.render import Context, Note, Person
from dev5.templates import AGENT, CLEAN, PERSONAL

PROFILES = Path(__file__).resolve().parent / "profiles"
GOLD_FILE = "gold.json"
OWN_ORDER_FILE = "boutique_orders_export.csv"


@dataclass(frozen=True, slots=True)
class Layout:
    """A claim file's layout: how it is written and which column holds the notes."""

    file: str
    encoding: str
    delimiter: str
    notes: str
    headers: list[str] = field(default_factory=list)
    quoting: Literal[0, 1, 2, 3] = csv.QUOTE_MINIMAL
    newline: str = "\n"
    extra_text: str = ""  # a second free-text column


FRENCH = Layout(
    file="reclamations_fidelite.txt",
    encoding="cp1252",
    delimiter="\t",
    notes="Commentaire de l'adhérent",
    headers=[
        "N° de dossier",
        "Date de la réclamation",
        "Enseigne",
        "Réf. commande",
        "Date d'achat",
        "Montant TTC (€)",
        "Commission attendue (€)",
        "Civilité",
        "Prénom",
        "Nom",
        "Courriel",
        "Téléphone portable",
        "N° et libellé de la voie",
        "Complément d'adresse",
        "Code postal",
        "Ville",
        "N° de carte fidélité",
        "Commentaire de l'adhérent",
    ],
    newline="\r\n",
)
SPANISH = Layout(
    file="reclamaciones_comisiones.csv",
    encoding="utf-8-sig",
    delimiter=";",
    notes="Observaciones",
    headers=[
        "Nº reclamación",
        "Fecha de alta",
        "Nombre y apellidos",
        "Correo electrónico",
        "Teléfono de contacto",
        "Dirección postal",
        "Código postal",
        "Provincia",
        "Nº de socio",
        "Tienda",
        "Nº de pedido",
        "Fecha de compra",
        "Importe",
        "Comisión estimada",
        "Observaciones",
    ],
    quoting=csv.QUOTE_ALL,
)
UK_CRM = Layout(
    file="crm_case_export.csv",
    encoding="utf-8",
    delimiter=",",
    notes="Customer Comments",
    headers=[
        "Case Number",
        "Opened On",
        "Customer",
        "Contact",
        "Address Line 1",
        "Address Line 2",
        "Town/City",
        "Post Code",
        "Loyalty No",
        "Brand",
        "Order No",
        "Order Date",
        "Basket Value",
        "Est. Commission",
        "Customer Comments",
        "Advisor Notes",
    ],
    quoting=csv.QUOTE_ALL,
    newline="\r\n",
    extra_text="Advisor Notes",
)
LAYOUTS = (FRENCH, SPANISH, UK_CRM)
OWN_ORDER_HEADERS = (
    "Order Number",
    "Order Placed",
    "Buyer",
    "Buyer E-mail",
    "Delivery Postcode",
    "Order Total",
    "Currency Code",
    "Order Status",
    "Affiliate ID",
    "Discount Code",
)
CANONICAL_ORDER_HEADERS = (
    "order_ref",
    "order_date",
    "customer_name",
    "customer_email",
    "postcode",
    "order_value",
    "currency",
    "status",
    "tracked_publisher_id",
    "voucher_code",
)
PUBLISHERS = {FRENCH.file: "DV5-FR-01", SPANISH.file: "DV5-ES-02", UK_CRM.file: "DV5-UK-03"}
PROVINCIAS = (
    "Madrid",
    "Barcelona",
    "Valencia",
    "Sevilla",
    "Vizcaya",
    "Asturias",
    "Málaga",
    "Zaragoza",
    "A Coruña",
    "Navarra",
    "Cantabria",
    "Murcia",
    "Granada",
    "Girona",
)
_FR_MARKERS = (
    "Bonjour",
    "commande",
    "Merci",
    "Cordialement",
    "adresse",
    "Madame",
    "Monsieur",
    "cashback pas",
    "Relance",
    "habite",
    "Achat",
    "Salut",
    "je suis",
)
_ES_MARKERS = (
    "Hola",
    "Pedido",
    "pedido",
    "Dirección",
    "Atentamente",
    "Compra",
    "señora",
    "Buenas",
    "Vivo en",
    "Compré",
    "Usé",
    "Don ",
)
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

Entry = dict[str, Any]


@dataclass
class _Row:
    cells: dict[str, str]
    gold: dict[str, list[Entry]]


def _entry(kind: Kind, start: int, end: int, form: str, where: str) -> Entry:
    return {"kind": kind.value, "start": start, "end": end, "form": form, "where": where}


def _cell(row: _Row, column: str, value: str, kind: Kind | None, form: str = "column") -> None:
    row.cells[column] = value
    if kind is not None and value:
        row.gold[column] = [_entry(kind, 0, len(value), form, "cell")]


def _text(row: _Row, column: str, note: Note | None) -> None:
    if note is None:
        row.cells[column] = ""
        return
    row.cells[column] = note.text
    entries = [_entry(Kind(lb.kind.value), lb.start, lb.end, lb.form, "text") for lb in note.labels]
    entries.sort(key=lambda e: (e["kind"] == "KEEP", e["start"]))
    if entries:
        row.gold[column] = entries


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _pick_template(rng: random.Random, markers: tuple[str, ...]) -> tuple[str, int, bool]:
    clean = rng.random() < 0.25
    pool = CLEAN if clean else PERSONAL
    if markers and rng.random() < 0.5:
        local = [i for i, t in enumerate(pool) if any(m in t for m in markers)]
        index = rng.choice(local)
    else:
        index = rng.randrange(len(pool))
    return pool[index], (-1 - index if clean else index), clean


def _row_note(ctx: Context, layout: Layout, markers: tuple[str, ...]) -> Note | None:
    rng = ctx.rng
    if rng.random() < 0.08:
        return None
    for _ in range(30):
        template, index, clean = _pick_template(rng, markers)
        note = render.render(template, ctx, index, clean)
        if _encodes(note.text, layout.encoding):
            return note
    return None


def _agent_note(ctx: Context) -> Note | None:
    if ctx.rng.random() < 0.3:
        return None
    index = ctx.rng.randrange(len(AGENT))
    template = AGENT[index]
    clean = not {m.group(1) for m in render.SLOT.finditer(template)} & render.PERSONAL_SLOTS
    return render.render(template, ctx, index, clean)


@dataclass(frozen=True, slots=True)
class _Claim:
    person: Person
    postcode: str
    ref: str
    claim: str
    merchant: str
    day: tuple[int, int]  # (month, day) in 2026
    value: str  # order value as the order export writes it
    currency: str


def _money(pounds: int, pence: int, comma: bool, symbol: str = "") -> str:
    if comma:
        whole = (
            f"{pounds:,}".replace(",", ".") if pounds >= 1000 and pence % 3 == 0 else str(pounds)
        )
        return f"{whole},{pence:02d}"
    whole = f"{pounds:,}" if pounds >= 1000 and pence % 2 == 0 else str(pounds)
    return f"{symbol}{whole}.{pence:02d}"


def _clock(rng: random.Random) -> str:
    return f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _name_cell(rng: random.Random, p: Person, upper: bool) -> str:
    text = p.full
    return text.upper() if upper and not p.script else text


def _french_row(rng: random.Random, i: int, row: _Row) -> _Claim:
    ctx = note_context(rng, latin_only=True)
    p = ctx.a
    while not p.surname:
        p = render.make_person(rng, latin_only=True)
    ctx.a = p
    month, day = rng.randint(4, 9), rng.randint(1, 28)
    pounds, pence = rng.randint(8, 1800), rng.randint(0, 99)
    commission = max(1, pounds // 20)
    _cell(row, "N° de dossier", ctx.claim, Kind.KEEP, "claim id")
    _cell(
        row,
        "Date de la réclamation",
        f"{min(day + 3, 28):02d}/{min(month + 1, 9):02d}/2026",
        Kind.KEEP,
        "date",
    )
    _cell(row, "Enseigne", ctx.merchant, Kind.KEEP, "merchant")
    _cell(row, "Réf. commande", ctx.ref, Kind.KEEP, "order ref")
    _cell(row, "Date d'achat", f"{day:02d}/{month:02d}/2026", Kind.KEEP, "date")
    _cell(row, "Montant TTC (€)", _money(pounds, pence, True), Kind.KEEP, "amount")
    _cell(row, "Commission attendue (€)", _money(commission, pence // 2, True), Kind.KEEP, "amount")
    _cell(row, "Civilité", rng.choice(["M.", "Mme", "Mlle", "M.", "Mme"]), Kind.KEEP, "title")
    upper = rng.random() < 0.3
    _cell(row, "Prénom", p.given, Kind.FIRST, "given name")
    _cell(row, "Nom", p.surname.upper() if upper else p.surname, Kind.SURNAME, "surname")
    _cell(row, "Courriel", p.email, Kind.EMAIL, "plain")
    phone, form = render.foreign_phone(rng, "fr")
    _cell(row, "Téléphone portable", phone, Kind.PHONE, form)
    street, form = render.street_abroad(rng, "rue")
    _cell(row, "N° et libellé de la voie", street, Kind.STREET, form)
    extra = rng.random()
    if extra < 0.25:
        house = rng.choice([h for h in world.HOUSE_NAMES if _encodes(h, "cp1252")])
        _cell(row, "Complément d'adresse", house, Kind.HOUSE, "house name")
    elif extra < 0.5:
        _cell(
            row,
            "Complément d'adresse",
            f"Bât. {rng.choice('ABCD')}, appt {rng.randint(1, 60)}",
            None,
        )
    else:
        _cell(row, "Complément d'adresse", "", None)
    code, form = render.foreign_postcode(rng, "fr")
    code = code.removeprefix("F-").replace(" ", "") if rng.random() < 0.8 else code
    _cell(row, "Code postal", code, Kind.POSTCODE, form)
    _cell(row, "Ville", rng.choice(world.TOWNS_FR), None)
    _cell(row, "N° de carte fidélité", p.member, Kind.MEMBER, "column")
    _text(row, FRENCH.notes, _row_note(ctx, FRENCH, _FR_MARKERS))
    return _Claim(
        p, code, ctx.ref, ctx.claim, ctx.merchant, (month, day), f"{pounds}.{pence:02d}", "EUR"
    )


def _spanish_row(rng: random.Random, i: int, row: _Row) -> _Claim:
    ctx = note_context(rng)
    p = ctx.a
    month, day = rng.randint(4, 9), rng.randint(1, 28)
    pounds, pence = rng.randint(8, 2400), rng.randint(0, 99)
    _cell(row, "Nº reclamación", ctx.claim, Kind.KEEP, "claim id")
    _cell(
        row,
        "Fecha de alta",
        f"2026-{min(month + 1, 9):02d}-{min(day + 2, 28):02d} {_clock(rng)}",
        Kind.KEEP,
        "date",
    )
    _cell(
        row, "Nombre y apellidos", _name_cell(rng, p, rng.random() < 0.25), Kind.NAME, "full name"
    )
    _cell(
        row,
        "Correo electrónico",
        p.email.upper() if rng.random() < 0.1 else p.email,
        Kind.EMAIL,
        "plain",
    )
    phone, form = render.foreign_phone(rng, "es")
    _cell(row, "Teléfono de contacto", phone, Kind.PHONE, form)
    street, form = render.street_abroad(rng, "calle")
    code, code_form = render.foreign_postcode(rng, "es")
    code = code.removeprefix("E-")
    town = rng.choice(world.TOWNS_ES)
    shape = rng.random()
    if shape < 0.6:
        address = f"{street}\n{code} {town}"
        row.cells["Dirección postal"] = address
        at = len(street) + 1
        row.gold["Dirección postal"] = [
            _entry(Kind.STREET, 0, len(street), form, "cell"),
            _entry(Kind.POSTCODE, at, at + len(code), "Spanish código postal", "cell"),
        ]
    elif shape < 0.8:
        house = rng.choice(world.HOUSE_NAMES)
        address = f"{house}\n{street}\n{town}"
        row.cells["Dirección postal"] = address
        at = len(house) + 1
        row.gold["Dirección postal"] = [
            _entry(Kind.HOUSE, 0, len(house), "house name", "cell"),
            _entry(Kind.STREET, at, at + len(street), form, "cell"),
        ]
    else:
        _cell(row, "Dirección postal", street, Kind.STREET, form)
    _cell(row, "Código postal", code, Kind.POSTCODE, code_form)
    _cell(row, "Provincia", rng.choice(PROVINCIAS), Kind.KEEP, "province")
    _cell(row, "Nº de socio", p.member, Kind.MEMBER, "column")
    _cell(row, "Tienda", ctx.merchant, Kind.KEEP, "merchant")
    _cell(row, "Nº de pedido", ctx.ref, Kind.KEEP, "order ref")
    _cell(row, "Fecha de compra", f"{day:02d}/{month:02d}/2026", Kind.KEEP, "date")
    _cell(row, "Importe", _money(pounds, pence, True), Kind.KEEP, "amount")
    _cell(row, "Comisión estimada", _money(max(1, pounds // 25), pence, True), Kind.KEEP, "amount")
    _text(row, SPANISH.notes, _row_note(ctx, SPANISH, _ES_MARKERS))
    return _Claim(
        p, code, ctx.ref, ctx.claim, ctx.merchant, (month, day), f"{pounds}.{pence:02d}", "EUR"
    )


def _uk_contact(rng: random.Random, p: Person) -> tuple[str, Kind, str]:
    if rng.random() < 0.6:
        choice = rng.random()
        if choice < 0.15:
            return p.email.upper(), Kind.EMAIL, "capitals"
        if choice < 0.3:
            local, domain = p.email.split("@")
            return f"{local.title()}@{domain}", Kind.EMAIL, "capitalised"
        return p.email, Kind.EMAIL, "plain"
    while True:
        _, value, _, form = render.uk_phone_form(rng, p)
        if "words" not in form and "digit by digit" not in form and "tel:" not in form:
            return value, Kind.PHONE, form


def _uk_row(rng: random.Random, i: int, row: _Row) -> _Claim:
    ctx = note_context(rng)
    p = ctx.a
    month, day = rng.randint(4, 9), rng.randint(1, 28)
    pounds, pence = rng.randint(5, 1600), rng.randint(0, 99)
    if rng.random() < 0.12:
        ctx.ref = render.phone_shaped_ref(rng)
    _cell(row, "Case Number", ctx.claim, Kind.KEEP, "claim id")
    _cell(
        row,
        "Opened On",
        f"2026-{min(month + 1, 9):02d}-{min(day + 1, 28):02d} {_clock(rng)}",
        Kind.KEEP,
        "date",
    )
    name = p.full
    title = "" if rng.random() < 0.15 or p.script else rng.choice(people.TITLES_EN)
    if rng.random() < 0.1 and not p.script:
        name = name.upper()
    customer = f"{title} {name}" if title else name
    row.cells["Customer"] = customer
    row.gold["Customer"] = [
        _entry(
            Kind.NAME,
            len(customer) - len(name),
            len(customer),
            "title first last" if title else "first last",
            "cell",
        )
    ]
    contact, kind, form = _uk_contact(rng, p)
    _cell(row, "Contact", contact, kind, form)
    _, street, _, street_form = render.street_uk(rng)
    if rng.random() < 0.2:
        house, house_form = render.house_form(rng)
        _cell(row, "Address Line 1", house, Kind.HOUSE, house_form)
        _cell(row, "Address Line 2", street, Kind.STREET, street_form)
    else:
        _cell(row, "Address Line 1", street, Kind.STREET, street_form)
        _cell(
            row, "Address Line 2", rng.choice(["", "", "", "Rear entrance", "c/o reception"]), None
        )
    _cell(row, "Town/City", rng.choice(world.TOWNS_UK), None)
    code = p.postcode
    code, code_form = rng.choice(
        [
            (code, "standard"),
            (code.lower(), "lower case"),
            (code.replace(" ", ""), "no space"),
            (code, "standard"),
            (code.title(), "mixed case"),
        ]
    )
    _cell(row, "Post Code", code, Kind.POSTCODE, code_form)
    _cell(row, "Loyalty No", p.member if rng.random() < 0.85 else "", Kind.MEMBER, "column")
    _cell(row, "Brand", ctx.merchant, Kind.KEEP, "merchant")
    _cell(
        row,
        "Order No",
        ctx.ref,
        Kind.KEEP,
        "order ref (phone-shaped)" if ctx.ref[:1] == "0" else "order ref",
    )
    _cell(row, "Order Date", f"{day:02d}-{_MONTHS[month - 1]}-2026", Kind.KEEP, "date")
    _cell(
        row,
        "Basket Value",
        _money(pounds, pence, False, "£" if rng.random() < 0.5 else ""),
        Kind.KEEP,
        "amount",
    )
    _cell(row, "Est. Commission", _money(max(1, pounds // 20), pence, False), Kind.KEEP, "amount")
    _text(row, UK_CRM.notes, _row_note(ctx, UK_CRM, ()))
    _text(row, "Advisor Notes", _agent_note(ctx))
    return _Claim(
        p,
        p.postcode,
        ctx.ref,
        ctx.claim,
        ctx.merchant,
        (month, day),
        f"{pounds}.{pence:02d}",
        "GBP",
    )


_BUILDERS = {FRENCH.file: _french_row, SPANISH.file: _spanish_row, UK_CRM.file: _uk_row}


def _write(path: Path, layout: Layout, rows: list[_Row]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=layout.encoding, newline="") as handle:
        writer = csv.writer(
            handle,
            delimiter=layout.delimiter,
            quoting=layout.quoting,
            lineterminator=layout.newline,
        )
        writer.writerow(layout.headers)
        for row in rows:
            writer.writerow([row.cells.get(h, "") for h in layout.headers])


def _order_rows(rng: random.Random, claims: list[tuple[str, _Claim]], own: bool) -> list[list[str]]:
    rows = []
    for file, c in claims:
        roll = rng.random()
        if roll < 0.06:
            continue  # no order: ORDER_NOT_FOUND
        status = "completed"
        if roll < 0.10:
            status = "cancelled"
        elif roll < 0.13:
            status = "returned"
        elif roll < 0.18:
            status = "pending"
        tracked = ""
        if 0.18 <= roll < 0.22:
            tracked = PUBLISHERS[file]
        elif 0.22 <= roll < 0.25:
            tracked = "AFF-" + str(rng.randint(1000, 9999))
        value = c.value
        if 0.25 <= roll < 0.30:
            value = f"{float(value) * 1.3:.2f}"
        month, day = c.day
        date = f"2026-{month:02d}-{day:02d}"
        voucher = rng.choice(world.VOUCHERS) if rng.random() < 0.2 else ""
        name = c.person.full
        if own:
            date += f" {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            name = name.upper() if rng.random() < 0.2 else name
        rows.append(
            [
                c.ref,
                date,
                name,
                c.person.email,
                c.postcode,
                value,
                c.currency,
                status,
                tracked,
                voucher,
            ]
        )
    return rows


def build_batch(folder: Path, claims: int, own_orders: bool = True, seed: int = 5) -> None:
    """Write the batch: ``claims`` claims over the three layouts, their orders, and gold."""
    rng = random.Random(f"dev5-batch-{seed}")
    gold: list[list[Any]] = []
    made: list[tuple[str, _Claim]] = []
    for number, layout in enumerate(LAYOUTS):
        count = claims // len(LAYOUTS) + (1 if number < claims % len(LAYOUTS) else 0)
        rows = []
        for i in range(count):
            row = _Row({}, {})
            row_rng = random.Random(f"dev5-row-{seed}-{layout.file}-{i}")
            made.append((layout.file, _BUILDERS[layout.file](row_rng, i, row)))
            rows.append(row)
            for column, entries in row.gold.items():
                gold.append([layout.file, i + 1, column, entries])
        _write(folder / "inbox" / layout.file, layout, rows)
    orders = _order_rows(rng, made, own_orders)
    headers = OWN_ORDER_HEADERS if own_orders else CANONICAL_ORDER_HEADERS
    name = OWN_ORDER_FILE if own_orders else "orders.csv"
    (folder / "orders").mkdir(parents=True, exist_ok=True)
    with (folder / "orders" / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(orders)
    with (folder / GOLD_FILE).open("w", encoding="utf-8") as handle:
        json.dump(gold, handle, ensure_ascii=False)


def read_gold(folder: Path) -> dict[tuple[str, int, str], list[dict[str, Any]]]:
    """The batch's gold keyed by (file, row number from 1, column)."""
    with (folder / GOLD_FILE).open(encoding="utf-8") as handle:
        loaded = json.load(handle)
    return {(file, row, column): entries for file, row, column, entries in loaded}
