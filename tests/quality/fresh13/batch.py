"""Fresh13 claim batch: two claim layouts the product has never seen, a sales export, gold.

- ``reclamations_commissions.csv``: French headers, ISO-8859-1, ``;`` delimited, CRLF, split
  given name / surname columns (surname often in capitals), one address line, a town column,
  decimal commas, ``dd/mm/yyyy`` dates, a publisher column, notes in ``Remarques``;
- ``zgloszenia_prowizji.csv``: Polish headers, UTF-8 without BOM, ``,`` delimited, LF, one
  ``SURNAME, Given`` name column, one multi-line address cell holding the postcode,
  ``dd.mm.yyyy`` dates, notes in ``Uwagi klienta``;
- ``vendas_exportacao.csv``: a Portuguese-header sales export (UTF-8 with BOM, tab delimited,
  CRLF, decimal commas), or the canonical ``orders/orders.csv``.

``gold.json`` labels every personal and must-keep cell of the claim files and every note:
entries with kind, start, end, form and where (``cell`` or ``note``). Seeded, byte-identical
for one seed.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from fresh13 import forms, places
from fresh13.notes import Context, Note, note_for
from fresh13.templates import CLEAN, PERSONAL

HERE = Path(__file__).resolve().parent
PROFILES = HERE / "profiles"
SEED = 13


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


FRENCH = Layout(
    file="reclamations_commissions.csv",
    encoding="iso-8859-1",
    delimiter=";",
    newline="\r\n",
    notes="Remarques",
    headers=[
        "N° réclamation", "Date de la réclamation", "Code éditeur", "N° adhérent", "Prénom",
        "Nom", "Courriel", "Téléphone", "Adresse", "Ville", "Code postal", "Enseigne",
        "Réf. commande", "Date d'achat", "Montant TTC", "Devise", "Commission attendue",
        "Remarques",
    ],
    publisher="EDT-51313",
)  # fmt: skip
POLISH = Layout(
    file="zgloszenia_prowizji.csv",
    encoding="utf-8",
    delimiter=",",
    newline="\n",
    notes="Uwagi klienta",
    headers=[
        "Nr zgłoszenia", "Identyfikator uczestnika", "Nazwisko i imię", "E-mail",
        "Telefon kontaktowy", "Adres do korespondencji", "Sklep", "Numer zamówienia",
        "Data transakcji", "Kwota zamówienia", "Waluta", "Data zgłoszenia", "Uwagi klienta",
    ],
    publisher="PLW-0913",
)  # fmt: skip
LAYOUTS = (FRENCH, POLISH)

OWN_ORDER_FILE = "vendas_exportacao.csv"
OWN_ORDER_ENCODING, OWN_ORDER_DELIMITER, OWN_ORDER_NEWLINE = "utf-8-sig", "\t", "\r\n"
OWN_ORDER_HEADERS = ("Nº encomenda", "Data da encomenda", "Nome do cliente", "Email do cliente",
                     "Código postal", "Total", "Moeda", "Estado", "ID do afiliado",
                     "Código de desconto")  # fmt: skip
CANONICAL_ORDER_HEADERS = ("order_ref", "order_date", "customer_name", "customer_email",
                           "postcode", "order_value", "currency", "status",
                           "tracked_publisher_id", "voucher_code")  # fmt: skip
OTHER_PUBLISHERS = ("TCB-1001", "QC-2002", "AWN-88120", "KS-4410", "EF-7781")

# must-keep columns -> their keep form
KEEP_COLUMNS = {
    FRENCH.file: {
        "N° réclamation": "claim id (row)", "Date de la réclamation": "date",
        "Code éditeur": "publisher", "Ville": "town", "Enseigne": "merchant (row)",
        "Réf. commande": "order ref (row)", "Date d'achat": "date", "Montant TTC": "amount",
        "Devise": "currency", "Commission attendue": "amount",
    },
    POLISH.file: {
        "Nr zgłoszenia": "claim id (row)", "Sklep": "merchant (row)",
        "Numer zamówienia": "order ref (row)", "Data transakcji": "date",
        "Kwota zamówienia": "amount", "Waluta": "currency", "Data zgłoszenia": "date",
    },
}  # fmt: skip
FIRST_DAY = date(2026, 7, 6)
LAST_DAY = date(2026, 9, 29)
EMPTY_NOTE_EVERY = 12  # one row in twelve has no note at all

Entry = dict[str, Any]
Cell = tuple[str, list[Entry]]


def _entry(kind: str, start: int, end: int, form: str, where: str) -> Entry:
    return {"kind": kind, "start": start, "end": end, "form": form, "where": where}


def _joined(pieces: list[forms.Piece], where: str = "cell", keep: bool = False) -> Cell:
    """Pieces into one cell; KEEP pieces stay unlabelled inside a personal cell."""
    text, entries = "", []
    for piece, kind, form in pieces:
        if kind is not None and piece and (kind != "KEEP" or keep):
            entries.append(_entry(kind, len(text), len(text) + len(piece), form, where))
        text += piece
    return text, entries


def _keep(value: str, form: str) -> Cell:
    return value, [_entry("KEEP", 0, len(value), form, "cell")] if value else []


def _fits(layout: Layout, *texts: str) -> bool:
    try:
        for text in texts:
            text.encode(layout.encoding)
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Shopper:
    """A row's shopper and the contact details the row holds for them."""

    who: forms.Person
    email: str
    phone: list[forms.Piece]
    postcode: str  # the canonical form, as the retailer's order holds it
    irish: bool = False  # an Eircode, and euros


def _shopper(rng: random.Random, layout: Layout) -> Shopper:
    for _ in range(60):
        who = forms.person(rng, 0.03 if layout is POLISH else 0.0)
        if _fits(layout, forms.full(who), who.given, who.surname):
            break
    email = forms.email(rng, who, "plain")[0][0]
    phone = forms.phone(rng, rng.choice(CELL_PHONES))
    code, _ = forms.uk_postcode(rng)
    irish = rng.random() < 0.06
    if irish:
        code = forms.eircode(rng)
    return Shopper(who, email, phone, code, irish)


CELL_PHONES = ("mobile 5-6", "mobile 5-6", "mobile solid", "mobile solid", "+44", "+44 (0)",
               "0044", "+44 solid", "dashes", "landline 5-6", "landline brackets", "london 020",
               "02x city", "with ext", "irish mobile", "irish +353")  # fmt: skip


def _email_cell(rng: random.Random, s: Shopper) -> Cell:
    roll = rng.random()
    if roll < 0.04:
        return "", []
    if roll < 0.12:
        return s.email.upper(), [_entry("EMAIL", 0, len(s.email), "cell upper", "cell")]
    if roll < 0.18:
        local, _, domain = s.email.partition("@")
        tagged = f"{local}+{rng.choice(['cashback', 'claims', 'shop'])}@{domain}"
        return tagged, [_entry("EMAIL", 0, len(tagged), "cell plus tag", "cell")]
    if roll < 0.22:
        padded = f" {s.email} "  # pasted with spaces around it
        return padded, [_entry("EMAIL", 1, 1 + len(s.email), "cell padded", "cell")]
    return s.email, [_entry("EMAIL", 0, len(s.email), "cell", "cell")]


def _phone_cell(rng: random.Random, s: Shopper) -> Cell:
    if rng.random() < 0.1:
        return "", []
    text, _, form = s.phone[0]
    return text, [_entry("PHONE", 0, len(text), f"cell, {form}", "cell")]


def _postcode_cell(rng: random.Random, code: str) -> Cell:
    roll = rng.random()
    form = "cell"
    if roll < 0.1:
        code, form = code.replace(" ", ""), "cell no space"
    elif roll < 0.16:
        code, form = code.lower(), "cell lower"
    elif roll < 0.2:
        code, form = code.replace(" ", "  "), "cell double space"
    return code, [_entry("POSTCODE", 0, len(code), form, "cell")]


def _member_cell(rng: random.Random) -> Cell:
    shape = rng.choice(forms.MEMBER_SHAPES)
    value = forms.member_value(rng, shape)
    return value, [_entry("MEMBER", 0, len(value), f"cell,{shape}", "cell")]


def _address_line(rng: random.Random) -> list[forms.Piece]:
    """One address line: a street, a house and its street, a flat or a building."""
    roll = rng.random()
    if roll < 0.2:
        return [*forms.house(rng, "house name"), (", ", None, ""), *forms.street(rng, "no number")]
    if roll < 0.3:
        return forms.house(rng, rng.choice(["building", "unit"]))
    chosen = rng.choice(["plain", "plain", "plain", "abbreviated", "number letter",
                         "number range", "flat line", "floor line", "comma after number",
                         "leading word", "caps", "lower", "tenement"])  # fmt: skip
    return forms.street(rng, chosen)


def _address_block(rng: random.Random, s: Shopper) -> Cell:
    """The Polish layout's multi-line address cell, its postcode on the last line."""
    lines: list[list[forms.Piece]] = []
    roll = rng.random()
    if roll < 0.2:
        lines += [forms.house(rng, "house name"), forms.street(rng, "no number")]
    elif roll < 0.32:
        lines.append(forms.house(rng, rng.choice(["building", "unit"])))
    elif roll < 0.45:
        flat = rng.choice(["Flat", "Flat", "Apartment", "Maisonette"])
        lines += [[(f"{flat} {rng.randint(1, 48)}", None, "")], forms.street(rng, "plain")]
    else:
        lines.append(forms.street(rng, rng.choice(["plain", "plain", "abbreviated",
                                                   "number letter", "number range", "caps"])))  # fmt: skip
    lines.append([(rng.choice(places.TOWNS), None, "")])
    code, entries = _postcode_cell(rng, s.postcode)
    lines.append([(code, "POSTCODE", entries[0]["form"].replace("cell", "block"))])
    sep = rng.choice(["\n", "\n", "\n", "\r\n", ",\n"])
    pieces: list[forms.Piece] = []
    for i, line in enumerate(lines):
        if i:
            pieces.append((sep, None, ""))
        pieces += line
    return _joined(pieces)


def _amount(value: float, comma: bool) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if comma else text


@dataclass
class _Claim:
    layout: Layout
    shopper: Shopper
    merchant: str
    order: str
    claim: str
    bought: date
    claimed: date
    value: float


def _claims(rng: random.Random, count: int) -> list[_Claim]:
    """Every claim's row facts, before the notes (which may name other claims' orders)."""
    orders: set[str] = set()
    claims: set[str] = set()
    out: list[_Claim] = []
    span = (LAST_DAY - FIRST_DAY).days
    for i in range(count):
        layout = LAYOUTS[i % 2]
        merchant = rng.choice(places.MERCHANTS)
        order = forms.order_ref(rng, merchant)
        while order in orders:
            order = forms.order_ref(rng, merchant)
        claim = forms.claim_id(rng)
        while claim in claims:
            claim = forms.claim_id(rng)
        orders.add(order)
        claims.add(claim)
        bought = FIRST_DAY + timedelta(days=rng.randrange(span - 3))
        claimed = min(LAST_DAY, bought + timedelta(days=rng.randint(3, 40)))
        value = round(
            rng.choice([rng.uniform(4, 80), rng.uniform(80, 450), rng.uniform(450, 1800)]), 2
        )
        out.append(
            _Claim(layout, _shopper(rng, layout), merchant, order, claim, bought, claimed, value)
        )
    return out


def _note(rng: random.Random, claim: _Claim, ctx: Context, turn: dict[bool, list[int]], used: dict[bool, int], clean: bool) -> Note | None:  # fmt: skip
    """The row's note: the next template in turn that fits the layout's encoding."""
    for attempt in range(40):
        is_clean = clean if attempt < 30 else True
        order = turn[is_clean]
        index = order[used[is_clean] % len(order)]
        used[is_clean] += 1
        note = note_for(rng, ctx, is_clean, index)
        if _fits(claim.layout, note.text):
            return note
    return None


def _row(claim: _Claim, rng: random.Random, note: Note | None) -> list[Cell]:
    s, layout = claim.shopper, claim.layout
    keep = KEEP_COLUMNS[layout.file]
    notes_cell: Cell = ("", [])
    if note is not None:
        entries = [_entry(lb.kind.value, lb.start, lb.end, lb.form, "note") for lb in note.labels]
        entries.sort(key=lambda e: (e["kind"] == "KEEP", e["start"]))
        notes_cell = (note.text, entries)
    if layout is FRENCH:
        surname = s.who.surname.upper() if rng.random() < 0.5 else s.who.surname
        line, line_entries = _joined(_address_line(rng))
        while not _fits(layout, line):
            line, line_entries = _joined(_address_line(rng))
        town = rng.choice(places.TOWNS)
        while not _fits(layout, town):
            town = rng.choice(places.TOWNS)
        cells: dict[str, Cell] = {
            "N° réclamation": _keep(claim.claim, keep["N° réclamation"]),
            "Date de la réclamation": _keep(claim.claimed.strftime("%d/%m/%Y"), "date"),
            "Code éditeur": _keep(layout.publisher, "publisher"),
            "N° adhérent": _member_cell(rng),
            "Prénom": (s.who.given, [_entry("FIRST", 0, len(s.who.given), "cell", "cell")]),
            "Nom": (
                surname,
                [
                    _entry(
                        "SURNAME",
                        0,
                        len(surname),
                        "cell" if surname == s.who.surname else "cell caps",
                        "cell",
                    )
                ],
            ),
            "Courriel": _email_cell(rng, s),
            "Téléphone": _phone_cell(rng, s),
            "Adresse": (line, line_entries),
            "Ville": _keep(town, "town"),
            "Code postal": _postcode_cell(rng, s.postcode),
            "Enseigne": _keep(claim.merchant, keep["Enseigne"]),
            "Réf. commande": _keep(claim.order, keep["Réf. commande"]),
            "Date d'achat": _keep(claim.bought.strftime("%d/%m/%Y"), "date"),
            "Montant TTC": _keep(_amount(claim.value, True), "amount"),
            "Devise": _keep("EUR" if s.irish else "GBP", "currency"),
            "Commission attendue": _keep(
                _amount(round(claim.value * rng.choice([0.03, 0.05, 0.08, 0.1]), 2), True), "amount"
            ),
            "Remarques": notes_cell,
        }
    else:
        if s.who.script:
            name = f"{s.who.surname}, {s.who.given}"
            form = f"cell script,{s.who.script}"
        else:
            name, form = f"{s.who.surname.upper()}, {s.who.given}", "cell surname comma given"
        cells = {
            "Nr zgłoszenia": _keep(claim.claim, keep["Nr zgłoszenia"]),
            "Identyfikator uczestnika": _member_cell(rng),
            "Nazwisko i imię": (name, [_entry("NAME", 0, len(name), form, "cell")]),
            "E-mail": _email_cell(rng, s),
            "Telefon kontaktowy": _phone_cell(rng, s),
            "Adres do korespondencji": _address_block(rng, s),
            "Sklep": _keep(claim.merchant, keep["Sklep"]),
            "Numer zamówienia": _keep(claim.order, keep["Numer zamówienia"]),
            "Data transakcji": _keep(claim.bought.strftime("%d.%m.%Y"), "date"),
            "Kwota zamówienia": _keep(_amount(claim.value, False), "amount"),
            "Waluta": _keep("EUR" if s.irish else "GBP", "currency"),
            "Data zgłoszenia": _keep(claim.claimed.strftime("%Y-%m-%d"), "date"),
            "Uwagi klienta": notes_cell,
        }
    return [cells[h] for h in layout.headers]


def _shuffled(rng: random.Random, size: int) -> list[int]:
    order = list(range(size))
    rng.shuffle(order)
    return order


def _write(path: Path, encoding: str, delimiter: str, newline: str, rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator=newline)
        writer.writerows(rows)


def _order_rows(rng: random.Random, claims: list[_Claim], own: bool) -> list[list[str]]:
    """The retailers' sales: most claimed orders, some values off, some tracked elsewhere."""
    rows: list[list[str]] = [list(OWN_ORDER_HEADERS if own else CANONICAL_ORDER_HEADERS)]
    statuses = ("complete", "complete", "complete", "dispatched", "cancelled", "returned")
    for claim in claims:
        if rng.random() < 0.12:
            continue
        value = (
            claim.value if rng.random() < 0.85 else round(claim.value * rng.uniform(0.7, 1.1), 2)
        )
        roll = rng.random()
        tracked = claim.layout.publisher if roll < 0.3 else rng.choice(OTHER_PUBLISHERS) if roll < 0.45 else ""  # fmt: skip
        voucher = forms.voucher(rng) if rng.random() < 0.25 else ""
        day = claim.bought.strftime("%d-%m-%Y" if own else "%Y-%m-%d")
        currency = "EUR" if claim.shopper.irish else "GBP"
        rows.append([
            claim.order, day, forms.full(claim.shopper.who), claim.shopper.email,
            claim.shopper.postcode, _amount(value, own), currency, rng.choice(statuses),
            tracked, voucher,
        ])  # fmt: skip
    return rows


def build_batch(folder: Path, claims: int, own_orders: bool = True, seed: int = SEED) -> None:
    """``inbox/`` with the two claim files, ``orders/`` with the sales export, ``gold.json``."""
    rng = random.Random(seed)
    facts = _claims(rng, claims)
    refs = [c.order for c in facts]
    turns = {
        layout.file: {False: _shuffled(rng, len(PERSONAL)), True: _shuffled(rng, len(CLEAN))}
        for layout in LAYOUTS
    }
    used = {layout.file: {False: 0, True: 0} for layout in LAYOUTS}
    tables: dict[str, list[list[str]]] = {layout.file: [list(layout.headers)] for layout in LAYOUTS}
    gold: list[dict[str, Any]] = []
    counts = {layout.file: 0 for layout in LAYOUTS}
    for i, claim in enumerate(facts):
        file = claim.layout.file
        counts[file] += 1
        number = counts[file]
        note = None
        if number % EMPTY_NOTE_EVERY:
            others = tuple(rng.choice(refs) for _ in range(3))
            others = tuple(r for r in others if r != claim.order) or (refs[i - 1],)
            ctx = Context(claim.merchant, claim.order, claim.claim, others, claim.shopper.who)
            clean = number % 3 == 0
            note = _note(rng, claim, ctx, turns[file], used[file], clean)
        cells = _row(claim, rng, note)
        tables[file].append([text for text, _ in cells])
        for column, (_, entries) in zip(claim.layout.headers, cells, strict=True):
            if entries:
                gold.append({"file": file, "row": number, "column": column, "entries": entries})
    for layout in LAYOUTS:
        path = folder / "inbox" / layout.file
        _write(path, layout.encoding, layout.delimiter, layout.newline, tables[layout.file])
    orders = _order_rows(rng, facts, own_orders)
    if own_orders:
        path = folder / "orders" / OWN_ORDER_FILE
        _write(path, OWN_ORDER_ENCODING, OWN_ORDER_DELIMITER, OWN_ORDER_NEWLINE, orders)
    else:
        _write(folder / "orders" / "orders.csv", "utf-8", ",", "\n", orders)
    text = json.dumps(gold, ensure_ascii=False, separators=(",", ":"))
    (folder / "gold.json").write_text(text, encoding="utf-8")


def read_gold(folder: Path) -> dict[tuple[str, int, str], list[dict[str, Any]]]:
    """``gold.json`` as the harness reads it: (file, row from 1, column) -> entries."""
    records = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return {(r["file"], r["row"], r["column"]): r["entries"] for r in records}
