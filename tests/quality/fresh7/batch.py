"""The fresh7 claim batch: three claim layouts no shipped profile knows, and an order export.

- ``eilimh_airgead_ar_ais.csv``: an Irish-language cashback site's claims, UTF-8 with a
  byte-order mark, ``|``, LF; the name joined "SURNAME, Given", a multi-line Seoladh,
  ``yyyy/mm/dd hh:mm`` and ``yyyy/mm/dd``;
- ``reklamaatiot_fi.csv``: a Finnish network's claims, Windows-1252, ``;``, CRLF; Sukunimi
  and Etunimi apart, one-line street (house name or flat first), decimal commas,
  ``d.m.yyyy klo hh.mm`` and ``d.m.yyyy`` unpadded;
- ``seikyu_ichiran.tsv``: a Japanese rewards site's claims under romanised headers, UTF-16LE
  with a byte-order mark, tabs, CRLF; the name joined "SURNAME Given", a multi-line Jūsho,
  ``yyyy.mm.dd hh:mm``, amounts with ``£``;
- ``orders/siparis_aktarimi.csv``: a Turkish webshop's order export, UTF-8, ``,`` with every
  field quoted, decimal commas, ``dd.mm.yyyy hh:mm``, statuses in any casing (or the
  canonical ``orders.csv``).

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

from fresh7 import forms, places
from fresh7.notes import Contact, Note, Row, draw_claim_id, draw_contact, draw_order_ref, note_for
from fresh7.people import draw_person

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


GAELIC = Layout(
    "eilimh_airgead_ar_ais.csv", "utf-8-sig", "|", "Nótaí",
    ["Uimhir an Éilimh", "Dáta an Éilimh", "Ainm an Chustaiméara", "Seoladh",
     "Éirchód nó Cód Poist", "Ríomhphost", "Fón Póca", "Uimhir Bhallraíochta", "Siopa",
     "Uimhir an Ordaithe", "Dáta Ceannaigh", "Luach an Ordaithe (£)", "Coimisiún Measta",
     "Nótaí"],
    "\n", "F7-GA-7101",
)  # fmt: skip
FINNISH = Layout(
    "reklamaatiot_fi.csv", "cp1252", ";", "Lisätiedot",
    ["Reklamaation nro", "Kirjattu", "Sukunimi", "Etunimi", "Katuosoite", "Postinumero",
     "Postitoimipaikka", "Sähköposti", "Matkapuhelin", "Jäsennumero", "Kauppa", "Tilausnumero",
     "Ostopäivä", "Summa (£)", "Arvioitu provisio", "Lisätiedot"],
    "\r\n", "F7-FI-7202",
)  # fmt: skip
JAPANESE = Layout(
    "seikyu_ichiran.tsv", "utf-16", "\t", "Bikō",
    ["Seikyū Bangō", "Uketsuke Nichiji", "Shimei", "Jūsho", "Yūbin Bangō", "Mēru Adoresu",
     "Denwa Bangō", "Kaiin Bangō", "Tenpo-mei", "Chūmon Bangō", "Kōnyū-bi", "Kingaku",
     "Tesūryō Mikomi", "Bikō"],
    "\r\n", "F7-JP-7303",
)  # fmt: skip
LAYOUTS = (GAELIC, FINNISH, JAPANESE)
# per layout: claim id, claim date, name columns, address, postcode, town, email, phone,
# member, merchant, order, purchase date, value, commission
_COLUMNS = {
    GAELIC: ("Uimhir an Éilimh", "Dáta an Éilimh", ("Ainm an Chustaiméara",), "Seoladh",
             "Éirchód nó Cód Poist", "", "Ríomhphost", "Fón Póca", "Uimhir Bhallraíochta",
             "Siopa", "Uimhir an Ordaithe", "Dáta Ceannaigh", "Luach an Ordaithe (£)",
             "Coimisiún Measta"),
    FINNISH: ("Reklamaation nro", "Kirjattu", ("Etunimi", "Sukunimi"), "Katuosoite",
              "Postinumero", "Postitoimipaikka", "Sähköposti", "Matkapuhelin", "Jäsennumero",
              "Kauppa", "Tilausnumero", "Ostopäivä", "Summa (£)", "Arvioitu provisio"),
    JAPANESE: ("Seikyū Bangō", "Uketsuke Nichiji", ("Shimei",), "Jūsho", "Yūbin Bangō", "",
               "Mēru Adoresu", "Denwa Bangō", "Kaiin Bangō", "Tenpo-mei", "Chūmon Bangō",
               "Kōnyū-bi", "Kingaku", "Tesūryō Mikomi"),
}  # fmt: skip
OWN_ORDER_FILE = "siparis_aktarimi.csv"
OWN_ORDER_HEADERS = (
    "Sipariş No", "Sipariş Tarihi", "Müşteri Adı", "E-posta Adresi", "Posta Kodu",
    "Toplam Tutar", "Para Birimi", "Sipariş Durumu", "Yayıncı Kimliği", "İndirim Kodu",
)  # fmt: skip
CANONICAL_ORDER_HEADERS = (
    "order_ref", "order_date", "customer_name", "customer_email", "postcode", "order_value",
    "currency", "status", "tracked_publisher_id", "voucher_code",
)  # fmt: skip
_CELL_PHONE_FORMS = ("spaced", "no space", "intl", "intl (0)", "dashes", "brackets", "dots",
                     "intl compact")  # fmt: skip
_CELL_EMAIL_FORMS = ("plain", "plain", "upper", "capitalised", "plus tag")
_CELL_STREET_FORMS = ("plain", "abbreviated", "comma", "flat", "no number", "abbreviated dot")


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


def _money(value: tuple[int, int], comma: bool, pound: bool = False) -> str:
    text = f"{value[0]}{',' if comma else '.'}{value[1]:02d}"
    return f"£{text}" if pound else text


def _commission(value: tuple[int, int]) -> tuple[int, int]:
    pence = (value[0] * 100 + value[1]) * 5 // 100
    return pence // 100, pence % 100


class _Cell:
    """A cell written piece by piece, with its gold entries."""

    def __init__(self) -> None:
        self.text = ""
        self.entries: list[dict[str, Any]] = []

    def add(self, value: str, kind: Kind | None = None, form: str = "") -> None:
        if kind is not None and value:
            self.entries.append(
                _entry(kind, len(self.text), len(self.text) + len(value), form, "cell")
            )
        self.text += value


def _set(claim: Claim, column: str, cell: _Cell) -> None:
    if not column:
        return
    claim.cells[column] = cell.text
    if cell.entries:
        claim.gold[column] = cell.entries


def _one(value: str, kind: Kind | None, form: str = "") -> _Cell:
    cell = _Cell()
    cell.add(value, kind, form)
    return cell


def _draw_claim(rng: random.Random, number: int, layout: Layout) -> Claim:
    """A claim whose every cell and note the layout's encoding can write (else drawn again;
    a note template the encoding cannot write at all gives way to a later one of its kind)."""
    k = number // 3  # each layout's notes: every third clean, the layouts on other templates
    index = 3 * k + (k + number) % 3
    for attempt in range(200):
        contact = draw_contact(rng)
        merchant = rng.choice(places.MERCHANTS)
        row = Row(contact, merchant, draw_order_ref(rng), draw_claim_id(rng))
        month, day = rng.randint(1, 8), rng.randint(1, 28)
        claimed = (month + 1, rng.randint(1, 28), rng.randint(7, 22), rng.randint(0, 59))
        value = (rng.randint(4, 900), rng.randint(0, 99))
        claim = Claim(number, layout, contact, merchant, row.order, row.claim, (month, day),
                      claimed, value, note_for(index + 3 * (attempt // 8), rng, row))  # fmt: skip
        _fill(rng, claim)
        try:
            for text in claim.cells.values():
                text.encode(layout.encoding)
        except UnicodeEncodeError:
            continue
        return claim
    raise AssertionError("no claim the layout's encoding can write")


def _name_cells(rng: random.Random, claim: Claim) -> None:
    p, columns = claim.contact.person, _COLUMNS[claim.layout][2]
    if len(columns) == 2:  # given and surname apart
        given, form = forms.first_form(rng, p)
        if not p.surname:
            _set(claim, columns[0], _one(given, Kind.FIRST, "cell mono"))
            _set(claim, columns[1], _Cell())
            return
        surname = p.surname.upper() if rng.random() < 0.2 else p.surname
        _set(claim, columns[0], _one(given, Kind.FIRST, f"cell {form}"))
        _set(claim, columns[1], _one(surname, Kind.SURNAME, "cell surname"))
        return
    if p.script:
        _set(claim, columns[0], _one(p.written, Kind.NAME, f"cell script {p.script}"))
    elif not p.surname:
        _set(claim, columns[0], _one(p.given, Kind.FIRST, "cell mono"))
    elif claim.layout is GAELIC:
        _set(
            claim,
            columns[0],
            _one(f"{p.surname.upper()}, {p.given}", Kind.NAME, "cell SURNAME, given"),
        )
    else:
        _set(
            claim,
            columns[0],
            _one(f"{p.surname.upper()} {p.given}", Kind.NAME, "cell SURNAME given"),
        )


def _address_cells(rng: random.Random, claim: Claim) -> None:
    c, cols = claim.contact, _COLUMNS[claim.layout]
    street, form = forms.street_form(rng, c.street, rng.choice(_CELL_STREET_FORMS))
    with_house = rng.random() < 0.4
    cell = _Cell()
    if claim.layout is FINNISH:  # one line; the town has its own column
        if with_house:
            cell.add(c.house, Kind.HOUSE, "cell house")
            cell.add(", ")
        cell.add(street, Kind.STREET, f"cell {form}")
        _set(claim, cols[5], _one(c.town, None))
    else:
        if with_house:
            cell.add(c.house, Kind.HOUSE, "cell house")
            cell.add(rng.choice(("\n", "\r\n", ", ")))
        cell.add(street, Kind.STREET, f"cell {form}")
        cell.add(rng.choice(("\n", "\n", ", ")) + c.town)
    _set(claim, cols[3], cell)
    postcode, pform = forms.postcode_form(
        rng, c.postcode, rng.choice(("plain", "plain", "no space", "lower"))
    )
    _set(claim, cols[4], _one(postcode, Kind.POSTCODE, f"cell {pform}"))


def _contact_cells(rng: random.Random, claim: Claim) -> None:
    c, cols = claim.contact, _COLUMNS[claim.layout]
    email, eform = forms.email_form(rng, c.local, c.domain, rng.choice(_CELL_EMAIL_FORMS))
    _set(claim, cols[6], _one(email, Kind.EMAIL, f"cell {eform}"))
    phone, pform = forms.phone_form(rng, c.mobile, rng.choice(_CELL_PHONE_FORMS))
    _set(claim, cols[7], _one(phone, Kind.PHONE, f"cell {pform}"))
    if rng.random() < 0.85:
        _set(claim, cols[8], _one(c.member, Kind.MEMBER, f"cell {c.member_shape}"))
    else:
        _set(claim, cols[8], _Cell())


def _dates(claim: Claim) -> tuple[str, str]:
    (m, d), (cm, cd, hh, mm) = claim.bought, claim.claimed
    if claim.layout is GAELIC:
        return f"2026/{cm:02d}/{cd:02d} {hh:02d}:{mm:02d}", f"2026/{m:02d}/{d:02d}"
    if claim.layout is FINNISH:
        return f"{cd}.{cm}.2026 klo {hh:02d}.{mm:02d}", f"{d}.{m}.2026"
    return f"2026.{cm:02d}.{cd:02d} {hh:02d}:{mm:02d}", f"2026.{m:02d}.{d:02d}"


def _keep_cells(claim: Claim) -> None:
    cols = _COLUMNS[claim.layout]
    claimed, bought = _dates(claim)
    comma, pound = claim.layout is FINNISH, claim.layout is JAPANESE
    keep = {
        cols[0]: (claim.claim_id, "claim id"), cols[1]: (claimed, "date"),
        cols[9]: (claim.merchant, "merchant"), cols[10]: (claim.order, "order ref"),
        cols[11]: (bought, "date"), cols[12]: (_money(claim.value, comma, pound), "amount"),
        cols[13]: (_money(_commission(claim.value), comma, pound), "amount"),
    }  # fmt: skip
    for column, (value, form) in keep.items():
        _set(claim, column, _one(value, Kind.KEEP, f"cell {form}"))


def _note_cells(claim: Claim) -> None:
    note = claim.note
    personal = [lb for lb in note.labels if lb.kind is not Kind.KEEP]
    keep = [lb for lb in note.labels if lb.kind is Kind.KEEP]
    claim.cells[claim.layout.notes] = note.text
    claim.gold[claim.layout.notes] = [
        _entry(Kind(lb.kind.value), lb.start, lb.end, lb.form, "note") for lb in personal + keep
    ]


def _fill(rng: random.Random, claim: Claim) -> None:
    _name_cells(rng, claim)
    _address_cells(rng, claim)
    _contact_cells(rng, claim)
    _keep_cells(claim)
    _note_cells(claim)


def _encode(layout: Layout, table: list[list[str]]) -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=layout.delimiter, lineterminator=layout.line_end).writerows(table)
    text = out.getvalue()
    if layout.encoding == "utf-16":
        return b"\xff\xfe" + text.encode("utf-16-le")
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
        if rng.random() < 0.06:
            continue  # the retailer has no such order: ORDER_NOT_FOUND
        p, c = claim.contact.person, claim.contact
        value = claim.value if rng.random() < 0.9 else (claim.value[0] + 6, claim.value[1])
        status = rng.choices(["Completed", "COMPLETED", "pending", "Cancelled", "RETURNED"],
                             [60, 20, 8, 7, 5])[0]  # fmt: skip
        tracked = rng.choices(["", claim.layout.publisher, "CJ-88102"], [85, 10, 5])[0]
        voucher = forms.voucher(rng) if rng.random() < 0.25 else ""
        when = (*claim.bought, rng.randint(6, 23), rng.randint(0, 59))
        name = p.written if p.script else f"{p.given} {p.surname}".strip()
        orders.append(Order(claim.order, when, name, f"{c.local}@{c.domain}", c.postcode, value,
                            status, tracked, voucher))  # fmt: skip
        for ref in claim.note.allow[3:]:
            if ref not in places.MERCHANTS:  # refs the note mentions are orders of the batch
                other = draw_person(rng, 0.0)
                orders.append(Order(ref, when, f"{other.given} {other.surname}".strip(), "", "",
                                    (rng.randint(10, 400), 50), "Completed", "", ""))  # fmt: skip
    unique: dict[str, Order] = {}
    for order in orders:
        unique.setdefault(order.ref, order)  # the first order of a ref stands
    return list(unique.values())


def _write_orders(folder: Path, orders: list[Order], own: bool) -> None:
    out = io.StringIO(newline="")
    if own:
        writer = csv.writer(out, delimiter=",", lineterminator="\n", quoting=csv.QUOTE_ALL)
    else:
        writer = csv.writer(out, delimiter=",", lineterminator="\n")
    writer.writerow(OWN_ORDER_HEADERS if own else CANONICAL_ORDER_HEADERS)
    for o in orders:
        m, d, hh, mm = o.date
        if own:
            writer.writerow([o.ref, f"{d:02d}.{m:02d}.2026 {hh:02d}:{mm:02d}", o.name, o.email,
                             o.postcode, _money(o.value, True), "GBP", o.status, o.tracked,
                             o.voucher])  # fmt: skip
        else:
            writer.writerow([o.ref, f"2026-{m:02d}-{d:02d}", o.name, o.email, o.postcode,
                             _money(o.value, False), "GBP", o.status.lower(), o.tracked,
                             o.voucher])  # fmt: skip
    name = OWN_ORDER_FILE if own else "orders.csv"
    (folder / "orders").mkdir(parents=True, exist_ok=True)
    (folder / "orders" / name).write_bytes(out.getvalue().encode("utf-8"))


def build_batch(folder: Path, claims: int, own_orders: bool = True, seed: int = 7) -> None:
    """Write ``inbox/`` (the three claim files), ``orders/`` and ``gold.json`` into ``folder``."""
    rng = random.Random(f"fresh7-batch-{seed}")
    drawn = [_draw_claim(rng, n, LAYOUTS[n % 3]) for n in range(claims)]
    gold: list[list[Any]] = []
    (folder / "inbox").mkdir(parents=True, exist_ok=True)
    for layout in LAYOUTS:
        table = [list(layout.headers)]
        mine = [c for c in drawn if c.layout is layout]
        for number, claim in enumerate(mine, start=1):
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
