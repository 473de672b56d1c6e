"""The fresh9 claim batch: three claim layouts and an order export no shipped profile knows.

- ``WELSH``: ``hawliadau_arian_yn_ol.tsv``, UTF-16 (little-endian, BOM), tab, LF; the whole
  name in one cell; a multi-line address cell (house name, street, town); a second phone;
  amounts ``£1,234.56``; dates ``04 Jun 2026`` and ``2026-06-30T14:05:00``.
- ``POLISH``: ``reklamacje_prowizji.csv``, UTF-8 with BOM, ``;``, CRLF; given name and
  surname in two cells, street and town in two; decimal commas ``1.234,56``; dates
  ``12.06.2026`` and ``30.06.2026 14:05``.
- ``ICELANDIC``: ``krofur_endurgreidsla.csv``, Windows-1252, ``,``, CRLF; decimal commas in
  quoted cells; dates ``20260612`` and ``30/06/2026``; a multi-line address cell.
- orders: ``jumun_naeyeok.txt`` with Korean-romanised headers, UTF-8, ``|``, LF, dates
  ``2026.06.12 09:30``; or, without the set's own order layout, the canonical
  ``orders/orders.csv`` (``configs/sources/orders.yaml``).

``build_batch`` writes ``inbox/``, ``orders/`` and ``gold.json``: for every labelled cell its
entries (kind, start, end, form, where: ``cell`` or ``note``), personal entries first.
"""

from __future__ import annotations

import csv
import io
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from harness.judge import Kind

from fresh9 import forms, places
from fresh9.notes import Contact, Note, Row, make_contact, note_for_row

HERE = Path(__file__).resolve().parent
PROFILES = HERE / "profiles"


@dataclass(frozen=True, slots=True)
class Layout:
    """One claim file: its name, bytes and columns (header, role)."""

    file: str
    encoding: str  # what reads it (the writer adds the BOM where there is one)
    delimiter: str
    newline: str
    columns: tuple[tuple[str, str], ...]
    publisher: str
    tdate: str  # strftime of the transaction date
    cdate: str  # strftime of the claim date
    money: str  # "uk" (£1,234.56) or "comma" (1.234,56)
    cp1252: bool = False

    @property
    def headers(self) -> list[str]:
        return [h for h, _ in self.columns]

    @property
    def notes(self) -> str:
        return next(h for h, role in self.columns if role == "notes")

    def column(self, role: str) -> str:
        return next(h for h, r in self.columns if r == role)


WELSH = Layout(
    file="hawliadau_arian_yn_ol.tsv",
    encoding="utf-16",
    delimiter="\t",
    newline="\n",
    columns=(
        ("Cyfeirnod Hawliad", "claim"),
        ("Cyhoeddwr", "publisher"),
        ("Rhif Aelod", "member"),
        ("Enw Llawn", "name"),
        ("Cyfeiriad E-bost", "email"),
        ("Ffôn Symudol", "phone"),
        ("Ffôn Cartref", "phone2"),
        ("Cyfeiriad", "address lines"),
        ("Cod Post", "postcode"),
        ("Manwerthwr", "merchant"),
        ("Rhif Archeb", "order"),
        ("Dyddiad Prynu", "tdate"),
        ("Gwerth yr Archeb", "value"),
        ("Arian Yn Ôl Disgwyliedig", "commission"),
        ("Dyddiad Hawlio", "cdate"),
        ("Cyfeirnod Clic", "click"),
        ("Sylwadau", "notes"),
    ),
    publisher="CY-7719",
    tdate="%d %b %Y",
    cdate="%Y-%m-%dT%H:%M:%S",
    money="uk",
)
POLISH = Layout(
    file="reklamacje_prowizji.csv",
    encoding="utf-8-sig",
    delimiter=";",
    newline="\r\n",
    columns=(
        ("Nr reklamacji", "claim"),
        ("Data zgłoszenia", "cdate"),
        ("Wydawca", "publisher"),
        ("Numer klienta", "member"),
        ("Imię", "first"),
        ("Nazwisko", "last"),
        ("E-mail", "email"),
        ("Telefon", "phone"),
        ("Ulica i numer", "street"),
        ("Miejscowość", "town"),
        ("Kod pocztowy", "postcode"),
        ("Sklep", "merchant"),
        ("Numer zamówienia", "order"),
        ("Data transakcji", "tdate"),
        ("Kwota zamówienia", "value"),
        ("Waluta", "currency"),
        ("Oczekiwana prowizja", "commission"),
        ("Uwagi klienta", "notes"),
        ("ID kliknięcia", "click"),
    ),
    publisher="PL-2210",
    tdate="%d.%m.%Y",
    cdate="%d.%m.%Y %H:%M",
    money="comma",
)
ICELANDIC = Layout(
    file="krofur_endurgreidsla.csv",
    encoding="cp1252",
    delimiter=",",
    newline="\r\n",
    columns=(
        ("Kröfunúmer", "claim"),
        ("Félagsnúmer", "member"),
        ("Nafn viðskiptavinar", "name"),
        ("Netfang", "email"),
        ("Sími", "phone"),
        ("Heimilisfang", "address lines"),
        ("Póstnúmer", "postcode"),
        ("Verslun", "merchant"),
        ("Pöntunarnúmer", "order"),
        ("Dagsetning kaupa", "tdate"),
        ("Upphæð", "value"),
        ("Gjaldmiðill", "currency"),
        ("Áætluð þóknun", "commission"),
        ("Dagsetning kröfu", "cdate"),
        ("Útgefandi", "publisher"),
        ("Athugasemdir", "notes"),
        ("Rás", "channel"),
    ),
    publisher="IS-0354",
    tdate="%Y%m%d",
    cdate="%d/%m/%Y",
    money="comma",
    cp1252=True,
)
LAYOUTS: tuple[Layout, ...] = (WELSH, POLISH, ICELANDIC)

OWN_ORDER_FILE = "jumun_naeyeok.txt"
OWN_ORDER_HEADERS = (
    "jumun_beonho", "jumun_ilsi", "gogaek_ireum", "imeil_jusu", "upyeon_beonho",
    "gyeolje_geumaek", "tonghwa", "jumun_sangtae", "chucheon_paeteuneo", "kupon_kodeu",
)  # fmt: skip
CANONICAL_ORDER_HEADERS = (
    "order_ref", "order_date", "customer_name", "customer_email", "postcode", "order_value",
    "currency", "status", "tracked_publisher_id", "voucher_code",
)  # fmt: skip
OWN_ORDER_DATE = "%Y.%m.%d %H:%M"
# What every gold entry of a must-keep cell is called, by the column's role.
KEEP_ROLES = {
    "claim": "claim id", "publisher": "publisher", "merchant": "merchant", "order": "order ref",
    "tdate": "date", "cdate": "date", "value": "amount", "commission": "amount",
    "currency": "currency", "click": "click ref", "channel": "channel",
}  # fmt: skip
_CHANNELS = ("vefur", "app", "tölvupóstur", "samfélagsmiðlar", "síminn")
_STATUSES = ("completed",) * 7 + ("pending", "cancelled", "returned")


def _money(pence: int, style: str) -> str:
    pounds, rest = divmod(pence, 100)
    if style == "uk":
        return f"£{pounds:,}.{rest:02d}"
    whole = f"{pounds:,}".replace(",", ".") if pounds >= 1000 and pence % 3 else str(pounds)
    return f"{whole},{rest:02d}"


def _fits(text: str, layout: Layout) -> bool:
    if not layout.cp1252:
        return True
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _contact(rng: random.Random, layout: Layout) -> Contact:
    for _ in range(50):
        c = make_contact(rng, scripts=not layout.cp1252)
        p = c.person
        if _fits(p.given + p.surname + p.middle + c.email + c.house + c.street[1], layout):
            return c
    return c  # pragma: no cover - fifty misses in a row do not happen with these lists


def _entry(kind: Kind, start: int, end: int, form: str, where: str) -> dict[str, Any]:
    return {"kind": kind.value, "start": start, "end": end, "form": form, "where": where}


def _whole(kind: Kind, text: str, form: str) -> tuple[str, list[dict[str, Any]]]:
    """A cell holding one value, sometimes padded with spaces (the entry sits on the value)."""
    return text, [_entry(kind, 0, len(text), form, "cell")]


def _padded(
    rng: random.Random, kind: Kind, text: str, form: str
) -> tuple[str, list[dict[str, Any]]]:
    if rng.random() < 0.08:
        return f" {text} ", [_entry(kind, 1, 1 + len(text), form + ", padded", "cell")]
    return _whole(kind, text, form)


def _cell_phone(rng: random.Random, mobile: str) -> tuple[str, str]:
    while True:
        (text, _, form), *_ = forms.phone(rng, mobile if rng.random() < 0.8 else None)
        if form not in ("words", "words and digits", "line break", "full-width digits"):
            return text, form


def _address_cell(rng: random.Random, c: Contact, house: bool) -> tuple[str, list[dict[str, Any]]]:
    text, entries = "", []
    if house:
        (h, _, form), *_ = forms.house(rng, c.house)
        entries.append(_entry(Kind.HOUSE, 0, len(h), form, "cell"))
        text = h + "\n"
    (s, _, form), *_ = forms.street(rng, c.street)
    entries.append(_entry(Kind.STREET, len(text), len(text) + len(s), form, "cell"))
    text += s + "\n" + c.town
    return text, entries


@dataclass
class _Claim:
    contact: Contact
    merchant: str
    order: str
    claim: str
    pence: int
    bought: datetime
    claimed: datetime
    click: str


def _claims(rng: random.Random, layout: Layout, count: int, start: int) -> list[_Claim]:
    out = []
    prefix = {"CY": "HAW", "PL": "REK", "IS": "KRF"}[layout.publisher[:2]]
    for i in range(count):
        bought = datetime(2026, 5, 1, 8, 0) + timedelta(
            days=rng.randint(0, 120), minutes=rng.randint(0, 900)
        )
        claimed = min(bought + timedelta(days=rng.randint(2, 75), hours=rng.randint(0, 9)),
                      datetime(2026, 9, 29, 17, 0))  # fmt: skip
        pence = rng.choice([rng.randint(499, 9999), rng.randint(10000, 189999)])
        out.append(_Claim(
            contact=_contact(rng, layout),
            merchant=rng.choice([m for m in places.MERCHANTS if _fits(m, layout)]),
            order=f"{forms.order_ref(rng)[0]}",
            claim=f"{prefix}-{start + i:06d}",
            pence=pence,
            bought=bought,
            claimed=claimed,
            click=f"clk_{rng.getrandbits(40):010x}",
        ))  # fmt: skip
    return out


def _note(rng: random.Random, layout: Layout, claim: _Claim, refs: list[str]) -> Note | None:
    if rng.random() < 0.07:
        return None
    for _ in range(60):
        others = tuple(r for r in rng.sample(refs, min(3, len(refs))) if r != claim.order)
        writer = claim.contact if rng.random() < 0.6 else None
        row = Row(claim.merchant, claim.order, claim.claim, others, writer)
        note = note_for_row(rng, row, clean=rng.random() < 0.3)
        if _fits(note.text, layout) and "\r" not in note.text:
            return note
    return None


def _row(rng: random.Random, layout: Layout, claim: _Claim, note: Note | None
         ) -> tuple[list[str], list[list[dict[str, Any]]]]:  # fmt: skip
    c, p = claim.contact, claim.contact.person
    cells: list[str] = []
    gold: list[list[dict[str, Any]]] = []
    for _, role in layout.columns:
        entries: list[dict[str, Any]] = []
        if role == "claim":
            text = claim.claim
        elif role == "publisher":
            text = layout.publisher
        elif role == "merchant":
            text = claim.merchant
        elif role == "order":
            text = claim.order
        elif role == "tdate":
            text = claim.bought.strftime(layout.tdate)
        elif role == "cdate":
            text = claim.claimed.strftime(layout.cdate)
        elif role == "value":
            text = _money(claim.pence, layout.money)
        elif role == "commission":
            text = _money(max(1, claim.pence * rng.choice([3, 4, 5, 6, 8]) // 100), layout.money)
        elif role == "currency":
            text = rng.choice(["GBP", "GBP", "GBP", "EUR"])
        elif role == "click":
            text = claim.click
        elif role == "channel":
            text = rng.choice(_CHANNELS)
        elif role == "member":
            value, shape = c.member
            text, entries = _padded(rng, Kind.MEMBER, value, f"cell {shape}")
        elif role == "name":
            (name, kind, form), *_ = forms.full_name(rng, p)
            if layout.cp1252 and not _fits(name, layout):
                name, form = forms.fold(name), "accents dropped"
            text, entries = _padded(rng, kind or Kind.NAME, name, f"cell {form}")
        elif role == "first":
            given = p.native or (f"{p.given} {p.middle}" if p.middle else p.given)
            text, entries = _whole(Kind.NAME if p.native else Kind.FIRST, given, "cell given")
        elif role == "last":
            if p.native or not p.surname:
                text = ""
            else:
                upper = rng.random() < 0.2
                text, entries = _whole(Kind.SURNAME, p.surname.upper() if upper else p.surname,
                                       "cell surname" + (", upper" if upper else ""))  # fmt: skip
        elif role == "email":
            address = c.email
            form = rng.choice(["plain", "plain", "plain", "upper", "mixed"])
            if form == "upper":
                address = address.upper()
            elif form == "mixed":
                address = address[0].upper() + address[1:]
            text, entries = _padded(rng, Kind.EMAIL, address, f"cell {form}")
        elif role in ("phone", "phone2"):
            if role == "phone2" and rng.random() < 0.55:
                text = ""
            else:
                mobile = c.mobile if role == "phone" else forms.uk_mobile(rng)
                number, form = _cell_phone(rng, mobile)
                text, entries = _whole(Kind.PHONE, number, f"cell {form}")
        elif role == "postcode":
            value = c.postcode
            form = rng.choice(["standard", "standard", "standard", "no space", "lower"])
            value = value.replace(" ", "") if form == "no space" else value
            value = value.lower() if form == "lower" else value
            text, entries = _whole(Kind.POSTCODE, value, f"cell {form}")
        elif role == "address lines":
            text, entries = _address_cell(rng, c, house=rng.random() < 0.45)
        elif role == "street":
            (street, _, form), *_ = forms.street(rng, c.street)
            text, entries = _whole(Kind.STREET, street, f"cell {form}")
        elif role == "town":
            text = c.town
        elif role == "notes":
            text = note.text if note else ""
            entries = [
                _entry(lb.kind if isinstance(lb.kind, Kind) else Kind(lb.kind.value), lb.start,
                       lb.end, lb.form, "note")
                for lb in (note.labels if note else ())
            ]  # fmt: skip
        else:  # pragma: no cover - every role is handled above
            raise KeyError(role)
        if role in KEEP_ROLES:
            entries = [_entry(Kind.KEEP, 0, len(text), KEEP_ROLES[role], "cell")]
        personal = [e for e in entries if e["kind"] != "KEEP"]
        gold.append(personal + [e for e in entries if e["kind"] == "KEEP"])
        cells.append(text)
    return cells, gold


def _write(path: Path, layout_encoding: str, delimiter: str, newline: str,
           rows: list[list[str]]) -> None:  # fmt: skip
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerows(rows)
    text = buffer.getvalue()
    if layout_encoding == "utf-16":
        data = "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")
    else:
        data = text.encode(layout_encoding)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


@dataclass
class _Order:
    ref: str
    when: datetime
    person: forms.Person
    email: str
    postcode: str
    pence: int
    status: str
    tracked: str
    voucher: str


def _orders(rng: random.Random, claims: list[_Claim], publisher: dict[str, str],
            extra: int) -> list[_Order]:  # fmt: skip
    """One order for most claims (same ref, date and mostly value) and some with no claim."""
    orders = []
    for claim in claims:
        if rng.random() < 0.1:
            continue  # no order: ORDER_NOT_FOUND
        pence = claim.pence if rng.random() < 0.85 else claim.pence + rng.randint(-3000, 3000)
        pence = max(1, pence) if rng.random() < 0.97 else -abs(pence)  # a refund line now and then
        tracked = rng.choice(["", "", "", "", "", publisher[claim.claim], "AW-41872"])
        c = claim.contact
        orders.append(_Order(claim.order, claim.bought, c.person, c.email, c.postcode, pence,
                             rng.choice(_STATUSES), tracked, rng.choice(["", "", *places.VOUCHERS])))  # fmt: skip
    for _ in range(extra):
        c = make_contact(rng, scripts=False)
        when = claims[0].bought - timedelta(days=rng.randint(0, 40))
        orders.append(_Order(forms.order_ref(rng)[0], when, c.person, c.email, c.postcode,
                             rng.randint(500, 90000), rng.choice(_STATUSES), "", ""))  # fmt: skip
    return orders


def _person_text(person: forms.Person) -> str:
    return person.native or " ".join(x for x in (person.given, person.surname) if x)


def _write_orders(folder: Path, orders: list[_Order], own: bool) -> None:
    rows: list[list[str]] = []
    for o in orders:
        sign, pence = ("-" if o.pence < 0 else ""), abs(o.pence)
        value = f"{sign}{pence // 100}.{pence % 100:02d}"
        date = o.when.strftime(OWN_ORDER_DATE if own else "%Y-%m-%d")
        rows.append([o.ref, date, _person_text(o.person), o.email, o.postcode, value, "GBP",
                     o.status, o.tracked, o.voucher])  # fmt: skip
    if own:
        path, delimiter, headers = folder / "orders" / OWN_ORDER_FILE, "|", OWN_ORDER_HEADERS
    else:
        path, delimiter, headers = folder / "orders" / "orders.csv", ",", CANONICAL_ORDER_HEADERS
    _write(path, "utf-8", delimiter, "\n", [list(headers), *rows])


def build_batch(folder: Path, claims: int, own_orders: bool = True, seed: int = 9) -> None:
    """Write ``claims`` claims over the three layouts, their orders and ``gold.json``."""
    rng = random.Random(f"fresh9 batch {seed}")
    folder = Path(folder)
    per = [claims // len(LAYOUTS)] * len(LAYOUTS)
    for i in range(claims - sum(per)):
        per[i] += 1
    made: dict[str, list[_Claim]] = {}
    publisher: dict[str, str] = {}
    start = 1
    for layout, count in zip(LAYOUTS, per, strict=True):
        made[layout.file] = _claims(rng, layout, count, start)
        start += count
        publisher.update({c.claim: layout.publisher for c in made[layout.file]})
    everything = [c for layout in LAYOUTS for c in made[layout.file]]
    orders = _orders(rng, everything, publisher, extra=max(3, claims // 20))
    refs = [o.ref for o in orders]
    gold: list[dict[str, Any]] = []
    for layout in LAYOUTS:
        table = [layout.headers]
        for number, claim in enumerate(made[layout.file], start=1):
            note = _note(rng, layout, claim, refs)
            cells, entries = _row(rng, layout, claim, note)
            table.append(cells)
            for column, found in zip(layout.headers, entries, strict=True):
                if found:
                    gold.append(
                        {"file": layout.file, "row": number, "column": column, "entries": found}
                    )
        _write(
            folder / "inbox" / layout.file, layout.encoding, layout.delimiter, layout.newline, table
        )
    _write_orders(folder, orders, own_orders)
    (folder / "gold.json").write_text(
        json.dumps({"set": "fresh9", "claims": gold}, ensure_ascii=False, indent=0),
        encoding="utf-8",
    )


def read_gold(folder: Path) -> dict[tuple[str, int, str], list[dict[str, Any]]]:
    """``gold.json`` as the harness reads it: (file, row from 1, column) -> entries."""
    document = json.loads((Path(folder) / "gold.json").read_text(encoding="utf-8"))
    return {(g["file"], g["row"], g["column"]): g["entries"] for g in document["claims"]}
