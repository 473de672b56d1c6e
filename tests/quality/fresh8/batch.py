"""The fresh8 claim batch: three claim-file layouts and one order export no profile has seen.

- ``reclamacoes_cashback_pt.csv``: a Portuguese cashback site; Windows-1252, ``;``, CRLF,
  decimal commas, one joined name cell, a one-line address, dates ``dd.mm.yyyy`` and
  ``dd/mm/yyyy hh:mm``, a publisher column;
- ``khieu_nai_hoan_tien_vn.tsv``: a Vietnamese network; UTF-8 with BOM, tab, LF, given and
  family name in two cells, a quoted multi-line address cell, ISO dates with a ``T``;
- ``madai_ya_kamisheni_sw.txt``: a Swahili-language network; UTF-16 with BOM, ``|``, CRLF,
  "SURNAME, Given" names, street and town in two cells, dates ``dd-mm-yyyy``, decimal
  commas, a click-ref column to keep;
- ``orders/rendelesek_hu.csv``: a Hungarian order export; UTF-8, ``,``, quoted decimal
  commas, dates ``yyyy.mm.dd.`` (without it the batch carries the canonical
  ``orders/orders.csv``).

``build_batch`` writes ``inbox/``, ``orders/`` and ``gold.json``: for every claim cell its
gold entries (``kind``, ``start``, ``end``, ``form``, ``where``: ``cell`` or ``note``).
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
from harness.product import Gold

from fresh8 import forms, places
from fresh8.forms import Person, Seg
from fresh8.notes import CLEAN, PERSONAL, Row, render

HERE = Path(__file__).resolve().parent
PROFILES = HERE / "profiles"
SEED = 8


@dataclass(frozen=True)
class Layout:
    """One claim file: how it is written and what each column holds (its role)."""

    file: str
    encoding: str
    delimiter: str
    newline: str
    notes: str
    roles: tuple[tuple[str, str], ...]  # (header, role)
    publisher: str  # the profile's publisher id (the file's publisher when no column says)
    date_formats: tuple[str, str]  # (transaction date, claim date)
    decimal: str
    name_style: str

    @property
    def headers(self) -> list[str]:
        return [h for h, _ in self.roles]


PORTUGUESE = Layout(
    "reclamacoes_cashback_pt.csv", "cp1252", ";", "\r\n", "Observações",
    (("Nº Reclamação", "claim"), ("Código de Sócio", "member"), ("Nome Completo", "name"),
     ("Correio Eletrónico", "email"), ("Telemóvel", "phone"), ("Morada", "address"),
     ("Código Postal", "postcode"), ("Loja", "merchant"), ("Nº Encomenda", "order"),
     ("Data da Compra", "tdate"), ("Valor da Compra", "value"), ("Comissão Prevista", "commission"),
     ("Data do Pedido", "cdate"), ("Observações", "notes"), ("Código Editor", "publisher")),
    "PT-3391", ("%d.%m.%Y", "%d/%m/%Y %H:%M"), ",", "joined",
)  # fmt: skip
VIETNAMESE = Layout(
    "khieu_nai_hoan_tien_vn.tsv", "utf-8-sig", "\t", "\n", "Ghi chú",
    (("Mã khiếu nại", "claim"), ("Mã thành viên", "member"), ("Tên", "given"), ("Họ", "family"),
     ("Thư điện tử", "email"), ("Số điện thoại", "phone"), ("Địa chỉ", "address multiline"),
     ("Mã bưu chính", "postcode"), ("Cửa hàng", "merchant"), ("Mã đơn hàng", "order"),
     ("Ngày mua", "tdate"), ("Giá trị đơn hàng", "value"), ("Hoa hồng dự kiến", "commission"),
     ("Ngày khiếu nại", "cdate"), ("Ghi chú", "notes"), ("Nhà xuất bản", "publisher")),
    "VN-5150", ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"), ".", "split",
)  # fmt: skip
SWAHILI = Layout(
    "madai_ya_kamisheni_sw.txt", "utf-16", "|", "\r\n", "Maelezo",
    (("Nambari ya Dai", "claim"), ("Namba ya Mwanachama", "member"), ("Jina Kamili", "name"),
     ("Barua Pepe", "email"), ("Simu", "phone"), ("Anwani", "street"), ("Mji", "town"),
     ("Msimbo wa Posta", "postcode"), ("Duka", "merchant"), ("Nambari ya Agizo", "order"),
     ("Tarehe ya Ununuzi", "tdate"), ("Thamani", "value"), ("Kamisheni Inayotarajiwa", "commission"),
     ("Tarehe ya Dai", "cdate"), ("Maelezo", "notes"), ("Kiungo cha Kubofya", "click")),
    "SW-0808", ("%d-%m-%Y", "%d-%m-%Y"), ",", "surname first",
)  # fmt: skip
LAYOUTS: tuple[Layout, ...] = (PORTUGUESE, VIETNAMESE, SWAHILI)

OWN_ORDER_FILE = "rendelesek_hu.csv"
OWN_ORDER_HEADERS = ("Rendelésszám", "Rendelés dátuma", "Vásárló neve", "E-mail cím",
                     "Irányítószám", "Összeg", "Pénznem", "Állapot", "Partner azonosító",
                     "Kuponkód")  # fmt: skip
CANONICAL_ORDER_HEADERS = ("order_ref", "order_date", "customer_name", "customer_email",
                           "postcode", "order_value", "currency", "status",
                           "tracked_publisher_id", "voucher_code")  # fmt: skip
_KEEP_ROLES = {"claim": "claim id cell", "merchant": "merchant cell", "order": "order ref cell",
               "tdate": "date cell", "cdate": "date cell", "value": "amount cell",
               "commission": "amount cell", "publisher": "publisher cell", "click": "click ref cell"}  # fmt: skip
_PUBLISHERS = ("PT-3391", "PT-4410", "VN-5150", "VN-5151", "PX-0092")


@dataclass
class Claim:
    person: Person
    row: Row
    tdate: datetime
    cdate: datetime
    value: int  # pence
    publisher: str


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _person_for(rng: random.Random, layout: Layout) -> Person:
    while True:
        person = forms.make_person(rng, latin_only=layout.encoding == "cp1252")
        a = person.address
        values = (person.given, person.surname, person.middle, person.nickname, a.stem, a.house,
                  a.town, *a.thoroughfare, person.email)  # fmt: skip
        if _encodable(" ".join(values), layout.encoding):
            return person


def _money(pence: int, decimal: str) -> str:
    text = f"{pence // 100}.{pence % 100:02d}"
    return text.replace(".", ",") if decimal == "," else text


def _segs_entries(segs: list[Seg], where: str) -> tuple[str, list[dict[str, Any]]]:
    text, entries, at = "", [], 0
    for value, kind, form in segs:
        if kind is not None and value:
            entries.append(
                {
                    "kind": kind.value,
                    "start": at,
                    "end": at + len(value),
                    "form": form,
                    "where": where,
                }
            )
        text += value
        at += len(value)
    return text, entries


def _name_cell(rng: random.Random, p: Person, layout: Layout) -> list[Seg]:
    if layout.name_style == "surname first" and p.surname:
        return forms.write_name(rng, p, rng.choice(["SURNAME comma initial", "surname comma given",
                                                    "surname comma given", "family-first"]))  # fmt: skip
    choices = ["plain", "plain", "plain", "upper", "lower", "initial surname"]
    if p.middle:
        choices.append("middle")
    if p.native is not None:
        choices += ["script", "script"]
    if not p.surname:
        choices = ["mono"]
    return forms.write_name(rng, p, rng.choice(choices))


def _address_cell(rng: random.Random, p: Person, multiline: bool) -> list[Seg]:
    a = p.address
    sep = "\n" if multiline else ", "
    segs: list[Seg] = []
    if a.house:
        segs += [(a.house, Kind.HOUSE, "address cell"), (sep, None, "")]
    if a.flat and multiline:
        segs += [(f"Flat {a.flat}", Kind.STREET, "flat line"), (sep, None, "")]
        segs += forms.write_street(rng, p, "number street")
    else:
        segs += forms.write_street(
            rng, p, rng.choice(["number street", "number street abbr", "flat comma"])
        )
    return [*segs, (sep, None, ""), (a.town, None, "")]


def _cells(rng: random.Random, claim: Claim, layout: Layout, note: tuple[str, list[dict[str, Any]]]
           ) -> list[tuple[str, list[dict[str, Any]]]]:  # fmt: skip
    p = claim.person
    cells: list[tuple[str, list[dict[str, Any]]]] = []
    for _, role in layout.roles:
        segs: list[Seg]
        if role == "notes":
            cells.append(note)
            continue
        if role in _KEEP_ROLES:
            text = {
                "claim": claim.row.claim, "merchant": claim.row.merchant, "order": claim.row.order,
                "tdate": claim.tdate.strftime(layout.date_formats[0]),
                "cdate": claim.cdate.strftime(layout.date_formats[1]),
                "value": _money(claim.value, layout.decimal),
                "commission": _money(max(1, claim.value * rng.choice([3, 4, 5, 6, 8]) // 100), layout.decimal),
                "publisher": claim.publisher,
                "click": f"clk_{rng.getrandbits(40):010x}",
            }[role]  # fmt: skip
            cells.append(
                (
                    text,
                    [
                        {
                            "kind": "KEEP",
                            "start": 0,
                            "end": len(text),
                            "form": _KEEP_ROLES[role],
                            "where": "cell",
                        }
                    ],
                )
            )
            continue
        segs = {
            "member": lambda: [(p.member[1], Kind.MEMBER, f"cell, {p.member[0]}")],
            "name": lambda: _name_cell(rng, p, layout),
            "given": lambda: [(p.native[0] if p.native and rng.random() < 0.5 else p.given, Kind.FIRST, "cell")],
            "family": lambda: [(p.native[1] if p.native and rng.random() < 0.5 else p.surname, Kind.SURNAME, "cell")]
            if p.surname else [],
            "email": lambda: forms.write_email(rng, p, rng.choice(["plain", "plain", "plain", "upper", "capitalised"])),
            "phone": lambda: forms.write_phone(
                rng, p, rng.choice([f for f in forms.phone_forms(p.phone[0]) if "words" not in f
                                    and "break" not in f and "ext" not in f])),
            "address": lambda: _address_cell(rng, p, False),
            "address multiline": lambda: _address_cell(rng, p, True),
            "street": lambda: ([(p.address.house, Kind.HOUSE, "address cell"), (", ", None, "")] if p.address.house else [])
            + forms.write_street(rng, p, rng.choice(["number street", "flat comma", "number street abbr"])),
            "town": lambda: [(p.address.town, None, "")],
            "postcode": lambda: forms.write_postcode(rng, p, rng.choice(
                ["eircode standard"] * 4 + ["eircode no space"] if p.address.irish
                else ["standard"] * 6 + ["no space", "lower"])),
        }[role]()  # fmt: skip
        cells.append(_segs_entries(segs, "cell"))
    return cells


def _note(rng: random.Random, claim: Claim, layout: Layout) -> tuple[str, list[dict[str, Any]]]:
    if rng.random() < 0.08:
        return "", []
    for _ in range(60):
        clean = rng.random() < 0.3
        number = -1 - rng.randrange(len(CLEAN)) if clean else rng.randrange(len(PERSONAL))
        template = CLEAN[-1 - number] if clean else PERSONAL[number]
        person = claim.person if rng.random() < 0.75 else None
        note = render(
            template, number, rng, claim.row, person, latin_only=layout.encoding == "cp1252"
        )
        if _encodable(note.text, layout.encoding) and note.text[:1] not in "=+-@":
            entries = [{"kind": lb.kind.value, "start": lb.start, "end": lb.end, "form": lb.form, "where": "note"}
                       for lb in note.labels]  # fmt: skip
            personal = [e for e in entries if e["kind"] != "KEEP"]
            return note.text, personal + [e for e in entries if e["kind"] == "KEEP"]
    return "", []


def _claims(rng: random.Random, count: int) -> list[tuple[Layout, Claim]]:
    per = [count // 3 + (1 if i < count % 3 else 0) for i in range(3)]
    refs: list[str] = []
    while len(refs) < count:
        ref = forms.order_ref(rng)
        if ref not in refs:
            refs.append(ref)
    made, at = [], 0
    start = datetime(2026, 3, 1, 8, 0)
    for layout, n in zip(LAYOUTS, per, strict=True):
        for _ in range(n):
            tdate = start + timedelta(days=rng.randint(0, 196), minutes=rng.randint(0, 800))
            cdate = min(tdate + timedelta(days=rng.randint(2, 70), minutes=rng.randint(0, 600)),
                        datetime(2026, 9, 29, 17, 0))  # fmt: skip
            others = tuple(rng.sample(refs, 3))
            row = Row(
                rng.choice(places.MERCHANTS), refs[at], forms.claim_id(rng) + f"-{at}", others
            )
            publisher = (
                rng.choice(_PUBLISHERS)
                if "publisher" in dict(layout.roles).values()
                else layout.publisher
            )
            value = rng.choice(
                [rng.randint(500, 9999), rng.randint(10000, 60000), rng.randint(60000, 250000)]
            )
            made.append(
                (layout, Claim(_person_for(rng, layout), row, tdate, cdate, value, publisher))
            )
            at += 1
    return made


def _write_table(path: Path, headers: list[str] | tuple[str, ...], rows: list[list[str]],
                 encoding: str, delimiter: str, newline: str) -> None:  # fmt: skip
    buffer = io.StringIO()
    writer = csv.writer(
        buffer, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL
    )
    writer.writerow(list(headers))
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue().encode(encoding))


def _orders(rng: random.Random, claims: list[tuple[Layout, Claim]], own: bool) -> list[list[str]]:
    rows = []
    for _, claim in claims:
        if rng.random() < 0.1:
            continue  # no order: ORDER_NOT_FOUND
        p, value = claim.person, claim.value
        if rng.random() < 0.08:
            value += rng.randint(300, 5000)
        status = rng.choices(["completed", "pending", "cancelled", "returned"], [80, 10, 6, 4])[0]
        tracked = rng.choice(["", "", "", "", "", "", claim.publisher, "AW-1234"])
        voucher = forms.voucher(rng) if rng.random() < 0.2 else ""
        name = f"{p.given} {p.surname}".strip()
        when = claim.tdate.date()
        if own:
            rows.append([claim.row.order, when.strftime("%Y.%m.%d."), name, p.email, p.address.postcode,
                         _money(value, ","), "GBP", status, tracked, voucher])  # fmt: skip
        else:
            rows.append([claim.row.order, when.isoformat(), name, p.email, p.address.postcode,
                         _money(value, "."), "GBP", status, tracked, voucher])  # fmt: skip
    return rows


def build_batch(folder: Path, claims: int, own_orders: bool = True, seed: int = SEED) -> None:
    """``inbox/`` (three claim files), ``orders/`` (one export) and ``gold.json`` under ``folder``."""
    rng = random.Random(f"fresh8:{seed}:batch:{claims}")
    made = _claims(rng, claims)
    gold: list[dict[str, Any]] = []
    for layout in LAYOUTS:
        rows: list[list[str]] = []
        for _, claim in (m for m in made if m[0] is layout):
            note = _note(rng, claim, layout)
            cells = _cells(rng, claim, layout, note)
            rows.append([text for text, _ in cells])
            for header, (_, entries) in zip(layout.headers, cells, strict=True):
                if entries:
                    gold.append(
                        {
                            "file": layout.file,
                            "row": len(rows),
                            "column": header,
                            "entries": entries,
                        }
                    )
        _write_table(folder / "inbox" / layout.file, layout.headers, rows, layout.encoding,
                     layout.delimiter, layout.newline)  # fmt: skip
    orders = _orders(rng, made, own_orders)
    if own_orders:
        _write_table(
            folder / "orders" / OWN_ORDER_FILE, OWN_ORDER_HEADERS, orders, "utf-8", ",", "\n"
        )
    else:
        _write_table(
            folder / "orders" / "orders.csv", CANONICAL_ORDER_HEADERS, orders, "utf-8", ",", "\n"
        )
    text = json.dumps(gold, ensure_ascii=False, indent=0)
    (folder / "gold.json").write_text(text, encoding="utf-8")


def read_gold(folder: Path) -> Gold:
    """The batch's gold: (file, row from 1, column) -> entries."""
    loaded = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return {(g["file"], g["row"], g["column"]): g["entries"] for g in loaded}
