"""Four claim-file layouts no shipped profile knows, their order exports, and the batch writer.

Each layout is what a cashback site or network might send: its own headers, delimiter
(``;`` ``|`` tab ``,``), encoding (Windows-1252 for two of them), multi-line address cells,
a ``Contact`` column mixing phones, e-mails and first names, a ``House & Street`` column,
"SURNAME, First" names. Profiles for them live in ``profiles/`` beside this module and are
given to the pipeline through a config folder of its own (``CLAIMS_CONFIG``), never under
``configs/``. Gold labels carry exact offsets into each decoded cell.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from heldout.contacts import Person, draw_person, write_phone
from heldout.notes import draw_note
from heldout.render import Kind, Label, Note
from heldout.sources import OTHER_MERCHANTS, PERSON_MERCHANTS, VOUCHER_STEMS

PROFILES = Path(__file__).resolve().parent / "profiles"
SEED = 5150
NOTES_SHARE = 0.7
OWN_PERSON_SHARE = 0.5  # notes that repeat the row's own shopper (the rest: other people)
BATCH_END = date(2026, 9, 28)


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    labels: tuple[Label, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    person: Person
    claim_id: str
    merchant: str
    order_ref: str
    bought: date
    value: str
    commission: str
    claimed: date
    note: Note | None
    extra: str  # a click id, affiliate id or similar must-keep value


def _whole(text: str, kind: Kind, form: str = "") -> Cell:
    return Cell(text, (Label(kind, 0, len(text), form),) if text else ())


def _joined(parts: Sequence[tuple[str, Kind | None]], sep: str) -> Cell:
    text, labels, at = [], [], 0
    for i, (part, kind) in enumerate(parts):
        if i:
            text.append(sep)
            at += len(sep)
        text.append(part)
        if kind is not None:
            labels.append(Label(kind, at, at + len(part)))
        at += len(part)
    return Cell("".join(text), tuple(labels))


def _keep(text: str) -> Cell:
    return _whole(text, Kind.KEEP, "cell")


def _note(c: Claim) -> Cell:
    return Cell("", ()) if c.note is None else Cell(c.note.text, c.note.labels)


def _contact(c: Claim, rng: random.Random) -> Cell:
    p = c.person
    form = rng.randrange(5)
    if form == 0:
        return _joined([(write_phone(rng, p.phone, True), Kind.PHONE), (p.email, Kind.EMAIL)], ", ")
    if form == 1:  # "Sepp <sepp@x.com>": the address inside the brackets is the label
        at = len(p.given) + 2
        text = f"{p.given} <{p.email}>"
        return Cell(
            text, (Label(Kind.FIRST, 0, len(p.given)), Label(Kind.EMAIL, at, at + len(p.email)))
        )
    if form == 2:
        return _whole(write_phone(rng, p.phone, rng.random() < 0.5), Kind.PHONE)
    if form == 3:
        return _joined(
            [(p.email, Kind.EMAIL), (write_phone(rng, p.phone, False), Kind.PHONE)], " / "
        )
    return _whole(p.email, Kind.EMAIL)


def _house_street(p: Person, rng: random.Random) -> Cell:
    if rng.random() < 0.35:
        return _joined([(p.house, Kind.HOUSE), (p.street, Kind.STREET)], ", ")
    return _whole(p.street, Kind.STREET)


def _address_block(p: Person, rng: random.Random, town: bool) -> Cell:
    parts: list[tuple[str, Kind | None]] = []
    if rng.random() < 0.3:
        parts.append((p.house, Kind.HOUSE))
    parts.append((p.street, Kind.STREET))
    if town:
        parts.append((p.town, None))
    return _joined(parts, rng.choice(("\n", "\r\n", ", ")))


def _name_cased(p: Person, rng: random.Random) -> str:
    roll = rng.random()
    return p.full.upper() if roll < 0.15 else p.full.lower() if roll < 0.3 else p.full


ColumnFn = Callable[[Claim, random.Random], Cell]


@dataclass(frozen=True, slots=True)
class Layout:
    name: str
    file: str
    delimiter: str
    encoding: str
    notes: str  # the free-text column
    columns: tuple[tuple[str, ColumnFn], ...]

    @property
    def headers(self) -> list[str]:
        return [h for h, _ in self.columns]

    def fits(self, text: str) -> bool:
        try:
            text.encode(self.encoding)
        except UnicodeEncodeError:
            return False
        return True


LAYOUTS: tuple[Layout, ...] = (
    Layout(
        "shopback_style",
        "cashback_club_claims.csv",
        ";",
        "cp1252",
        "Shopper Notes",
        (
            ("Claim No", lambda c, r: _keep(c.claim_id)),
            ("Shopper", lambda c, r: _whole(_name_cased(c.person, r), Kind.NAME)),
            ("E-mail", lambda c, r: _whole(c.person.email, Kind.EMAIL)),
            ("Tel", lambda c, r: _whole(write_phone(r, c.person.phone, r.random() < 0.3), Kind.PHONE)),
            ("House & Street", lambda c, r: _house_street(c.person, r)),
            ("Town", lambda c, r: Cell(c.person.town)),
            ("Post Code", lambda c, r: _whole(c.person.postcode, Kind.POSTCODE)),
            ("Store", lambda c, r: _keep(c.merchant)),
            ("Order No.", lambda c, r: _keep(c.order_ref)),
            ("Bought On", lambda c, r: _keep(c.bought.strftime("%d.%m.%Y"))),
            ("Spend", lambda c, r: _keep(c.value)),
            ("Cashback Due", lambda c, r: _keep(c.commission)),
            ("Logged", lambda c, r: _keep(c.claimed.strftime("%d.%m.%Y"))),
            ("Shopper Notes", lambda c, r: _note(c)),
        ),
    ),
    Layout(
        "pipe_network",
        "partnernet_cases.txt",
        "|",
        "utf-8",
        "remarks",
        (
            ("case_no", lambda c, r: _keep(c.claim_id)),
            ("affiliate_ref", lambda c, r: _keep(c.extra)),
            ("member_no", lambda c, r: _whole(c.person.member, Kind.MEMBER)),
            ("claimant", lambda c, r: _whole(f"{c.person.surname.upper()}, {c.person.given}", Kind.NAME)),
            ("contact", _contact),
            ("address_block", lambda c, r: _address_block(c.person, r, town=True)),
            ("pc", lambda c, r: _whole(c.person.postcode.replace(" ", "") if r.random() < 0.3 else c.person.postcode, Kind.POSTCODE)),
            ("advertiser", lambda c, r: _keep(c.merchant)),
            ("txn_ref", lambda c, r: _keep(c.order_ref)),
            ("txn_date", lambda c, r: _keep(c.bought.isoformat() + " 12:00:00")),
            ("basket_gbp", lambda c, r: _keep(c.value)),
            ("est_commission", lambda c, r: _keep(c.commission)),
            ("raised_at", lambda c, r: _keep(c.claimed.isoformat() + " 09:30:00")),
            ("remarks", lambda c, r: _note(c)),
        ),
    ),
    Layout(
        "tab_split_names",
        "rewardsbox_queries.tsv",
        "\t",
        "utf-8-sig",
        "What happened?",
        (
            ("Query ID", lambda c, r: _keep(c.claim_id)),
            ("First Name", lambda c, r: _whole(c.person.given, Kind.FIRST)),
            ("Last Name", lambda c, r: _whole(c.person.surname, Kind.SURNAME)),
            ("Email Address", lambda c, r: _whole(c.person.email, Kind.EMAIL)),
            ("Mobile", lambda c, r: _whole(write_phone(r, c.person.phone, False), Kind.PHONE)),
            ("Address 1", lambda c, r: _whole(c.person.street, Kind.STREET)),
            ("Address 2", lambda c, r: Cell(c.person.town)),
            ("Postcode", lambda c, r: _whole(c.person.postcode, Kind.POSTCODE)),
            ("Merchant Name", lambda c, r: _keep(c.merchant)),
            ("Order Reference", lambda c, r: _keep(c.order_ref)),
            ("Purchase Date", lambda c, r: _keep(c.bought.strftime("%d-%b-%Y"))),
            ("Amount", lambda c, r: _keep(c.value)),
            ("Claim Raised", lambda c, r: _keep(c.claimed.strftime("%d-%b-%Y"))),
            ("What happened?", lambda c, r: _note(c)),
        ),
    ),
    Layout(
        "quoted_ticket",
        "loyalty_tickets.csv",
        ",",
        "cp1252",
        "Comments / Notes",
        (
            ("Ticket", lambda c, r: _keep(c.claim_id)),
            ("Member no.", lambda c, r: _whole(c.person.member, Kind.MEMBER)),
            ("Customer", lambda c, r: _whole(_name_cased(c.person, r), Kind.NAME)),
            ("Contact Email", lambda c, r: _whole(c.person.email, Kind.EMAIL)),
            ("Phone No", lambda c, r: _whole(write_phone(r, c.person.phone, r.random() < 0.5), Kind.PHONE)),
            ("Delivery Address", lambda c, r: _address_block(c.person, r, town=True)),
            ("Postcode", lambda c, r: _whole(c.person.postcode, Kind.POSTCODE)),
            ("Retailer", lambda c, r: _keep(c.merchant)),
            ("Retailer Order ID", lambda c, r: _keep(c.order_ref)),
            ("Order Date", lambda c, r: _keep(c.bought.strftime("%d/%m/%Y"))),
            ("Order Value", lambda c, r: _keep(c.value)),
            ("Commission", lambda c, r: _keep(c.commission)),
            ("Submitted", lambda c, r: _keep(c.claimed.strftime("%d/%m/%Y"))),
            ("Comments / Notes", lambda c, r: _note(c)),
            ("Click ID", lambda c, r: _keep(c.extra)),
        ),
    ),
)  # fmt: skip
ORDER_HEADERS = (
    "order_ref", "order_date", "customer_name", "customer_email", "postcode", "order_value",
    "currency", "status", "tracked_publisher_id", "voucher_code",
)  # fmt: skip
OWN_ORDER_HEADERS = (
    "Order No", "Placed", "Buyer", "Buyer Email", "Post Code", "Total", "Curr", "State",
    "Affiliate", "Promo",
)  # fmt: skip


def draw_order_ref(rng: random.Random, used: set[str]) -> str:
    while True:
        form = rng.randrange(4)
        if form == 0:  # eleven digits starting 07: reads like a mobile number
            ref = "07" + "".join(str(rng.randint(0, 9)) for _ in range(9))
        elif form == 1:
            ref = f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
        elif form == 2:
            ref = f"W{rng.randint(10**8, 10**9 - 1)}"
        else:
            ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
        if ref not in used:
            used.add(ref)
            return ref


def build_batch(
    out: Path, claims: int, seed: int = SEED, own_orders: bool = True
) -> dict[str, Any]:
    """Write ``inbox/`` claim files, ``orders/`` exports and ``gold.jsonl`` under ``out``.

    Returns the manifest (files, layouts, counts by kind); byte-identical for one seed.
    """
    rng = random.Random(f"batch:{seed}")
    (out / "inbox").mkdir(parents=True, exist_ok=True)
    (out / "orders").mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    refs = [draw_order_ref(rng, used) for _ in range(claims)]
    merchants = PERSON_MERCHANTS + OTHER_MERCHANTS
    per_layout = -(-claims // len(LAYOUTS))
    orders: list[list[str]] = []
    gold: list[dict[str, Any]] = []
    files = []
    for n, layout in enumerate(LAYOUTS):
        rows: list[list[str]] = []
        for i in range(n * per_layout, min(claims, (n + 1) * per_layout)):
            while True:
                person = draw_person(rng)
                if layout.fits(f"{person.full}{person.street}{person.house}{person.town}"):
                    break
            merchant = rng.choice(merchants)
            bought = BATCH_END - timedelta(days=rng.randint(5, 80))
            value = f"{rng.randint(8, 600)}.{rng.randint(0, 99):02d}"
            claim_id = f"{layout.name[:2].upper()}{700000 + i}"
            note = None
            if rng.random() < NOTES_SHARE:
                note = _row_note(rng, layout, person, merchant, refs[i], claim_id, refs)
            claim = Claim(
                person, claim_id, merchant, refs[i], bought, value,
                f"{float(value) * 0.05:.2f}", bought + timedelta(days=rng.randint(2, 20)),
                note, f"clk_{rng.getrandbits(40):010x}",
            )  # fmt: skip
            cells = [fn(claim, rng) for _, fn in layout.columns]
            rows.append([cell.text for cell in cells])
            for header, cell in zip(layout.headers, cells, strict=True):
                where = "text" if header == layout.notes else "cell"
                for label in cell.labels:
                    gold.append(
                        {"file": layout.file, "row": len(rows), "column": header,
                         "kind": label.kind.value, "start": label.start, "end": label.end,
                         "form": label.form, "where": where}
                    )  # fmt: skip
            if rng.random() < 0.85:
                orders.append(_order_row(rng, claim))
        _write(out / "inbox" / layout.file, layout.headers, rows, layout.delimiter, layout.encoding)
        files.append({"file": layout.file, "layout": layout.name, "rows": len(rows),
                      "delimiter": layout.delimiter, "encoding": layout.encoding})  # fmt: skip
    # Every other order goes to the retailer's own Windows-1252 export when it can hold it.
    own = [o for i, o in enumerate(orders) if own_orders and i % 2 and _fits_cp1252(o)]
    taken = {id(o) for o in own}
    canonical = [o for o in orders if id(o) not in taken]
    _write(out / "orders" / "retailer_orders.csv", list(ORDER_HEADERS), canonical, ",", "utf-8")
    if own_orders:
        own_rows = [[o[0], _dmy(o[1]), *o[2:]] for o in own]
        _write(out / "orders" / "shop_export.csv", list(OWN_ORDER_HEADERS), own_rows, ";", "cp1252")
    with (out / "gold.jsonl").open("w", encoding="utf-8", newline="\n") as handle:
        for entry in gold:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    manifest = {"seed": seed, "claims": claims, "files": files, "orders": len(orders)}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def _row_note(
    rng: random.Random, layout: Layout, person: Person, merchant: str, ref: str,
    claim_id: str, refs: list[str],
) -> Note:  # fmt: skip
    """A note for the row: half the time about the row's own shopper (the deny-list's case)."""
    shopper = person if rng.random() < OWN_PERSON_SHARE else None
    others = [r for r in rng.sample(refs, 3) if r != ref]
    return draw_note(rng, merchant, ref, claim_id, others, fits=layout.fits, shopper=shopper)


def _order_row(rng: random.Random, c: Claim) -> list[str]:
    status = rng.choices(("completed", "pending", "cancelled", "returned"), (80, 8, 6, 6))[0]
    tracked = rng.choice(("", "", "", "TCB-1001", "AW-41872"))
    voucher = f"{rng.choice(VOUCHER_STEMS)}{rng.choice((10, 20))}" if rng.random() < 0.2 else ""
    return [
        c.order_ref, c.bought.isoformat(), c.person.full, c.person.email, c.person.postcode,
        c.value, "GBP", status, tracked, voucher,
    ]  # fmt: skip


def _fits_cp1252(row: list[str]) -> bool:
    try:
        "".join(row).encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _dmy(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d/%m/%Y")


def _write(
    path: Path, header: list[str], rows: list[list[str]], delimiter: str, encoding: str
) -> None:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)


def read_gold(folder: Path) -> dict[tuple[str, int, str], list[dict[str, Any]]]:
    """Gold labels by (file, row, column)."""
    found: dict[tuple[str, int, str], list[dict[str, Any]]] = {}
    with (folder / "gold.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            entry = json.loads(line)
            found.setdefault((entry["file"], entry["row"], entry["column"]), []).append(entry)
    return found
