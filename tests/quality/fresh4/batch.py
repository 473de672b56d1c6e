"""The fresh4 claim batch: three layouts no other profile knows, an order export, gold per cell.

- ``reklamationen_de.csv``: Windows-1252, ``;``, CRLF, German headers, ``Anrede`` / ``Vorname``
  / ``Nachname``, ``Straße`` and ``Hausnr.`` apart, ``dd.mm.yyyy``, decimal commas ``1.234,56``;
- ``untracked_baskets.txt``: UTF-8, ``|``, LF, ``Shopper Forenames`` / ``Shopper Surname`` /
  ``Known As``, a multi-line ``Postal Address`` cell, phone-shaped basket refs, ``£1,234.56``,
  two free-text columns (``Shopper Message`` and ``Agent Notes``);
- ``klachten_nl.csv``: UTF-16 with a byte-order mark, ``,``, CRLF, Dutch headers, the name split
  into ``Voorletters`` / ``Roepnaam`` / ``Tussenvoegsel`` / ``Achternaam``, a multi-line ``Adres``,
  mobile and landline apart, amounts ``84,99``.

The order export is ``webshop_orders.csv`` in its own layout (profile ``fresh4_webshop_orders``)
or, for the run without profiles, ``orders.csv`` in the canonical layout. ``gold.jsonl`` beside
the batch holds one line per cell of the claim files: file, row (from 1), column and entries
(kind, start, end, form, where), personal entries first.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness.judge import Kind

from fresh4 import people, render, world
from fresh4.notes import agent_note, note_from
from fresh4.render import Note, Row, Values, draw_values
from fresh4.templates import CLEAN, PERSONAL

SEED = 4040
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


GERMAN = Layout(
    "reklamationen_de.csv", "cp1252", ";", "\r\n", "Bemerkung",
    ["Vorgang", "Eingang am", "Anrede", "Vorname", "Nachname", "Straße", "Hausnr.", "PLZ",
     "Ort", "E-Mail", "Telefon", "Händler", "Bestell-Nr.", "Bestelldatum", "Warenwert",
     "Provision (erwartet)", "Kunden-Nr.", "Bemerkung"],
)  # fmt: skip
BASKETS = Layout(
    "untracked_baskets.txt", "utf-8", "|", "\n", "Shopper Message",
    ["Ticket #", "Raised", "Shopper Forenames", "Shopper Surname", "Known As",
     "Postal Address", "Post Code", "Contact Email", "Daytime Tel", "Rewards Account", "Store",
     "Basket Ref", "Bought On", "Basket Total", "Cashback Expected", "Shopper Message",
     "Agent Notes"],
)  # fmt: skip
DUTCH = Layout(
    "klachten_nl.csv", "utf-16", ",", "\r\n", "Toelichting",
    ["Meldingsnummer", "Gemeld op", "Voorletters", "Roepnaam", "Tussenvoegsel", "Achternaam",
     "Adres", "Postcode", "Woonplaats", "E-mailadres", "Mobiel", "Vast nummer", "Winkel",
     "Ordernummer", "Aankoopdatum", "Bedrag", "Verwachte vergoeding", "Lidnummer",
     "Toelichting"],
)  # fmt: skip
LAYOUTS = (GERMAN, BASKETS, DUTCH)
OWN_ORDER_FILE = "webshop_orders.csv"
OWN_ORDER_HEADERS = ("Webshop Ref", "Placed At", "Buyer Name", "Buyer Mail", "Delivery Postcode",
                     "Gross Value", "Currency Code", "Fulfilment", "Credited Affiliate",
                     "Promo Used")  # fmt: skip
CANONICAL_ORDER_HEADERS = ("order_ref", "order_date", "customer_name", "customer_email",
                           "postcode", "order_value", "currency", "status",
                           "tracked_publisher_id", "voucher_code")  # fmt: skip
_PARTICLES = ("van", "der", "den", "de", "'t", "ter", "te", "von", "da", "dos", "di", "la",
              "le", "du", "al", "el", "d'")  # fmt: skip
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"]

Entries = list[dict[str, Any]]


def _entry(kind: Kind, start: int, end: int, form: str, where: str = "cell") -> dict[str, Any]:
    return {"kind": kind.value, "start": start, "end": end, "form": form, "where": where}


def _whole(kind: Kind, value: str, form: str) -> Entries:
    return [_entry(kind, 0, len(value), form)] if value.strip() else []


def _keep(value: str, form: str) -> Entries:
    return _whole(Kind.KEEP, value, form)


def _note_entries(note: Note, where: str) -> Entries:
    personal = [lb for lb in note.labels if lb.kind is not Kind.KEEP]
    keep = [lb for lb in note.labels if lb.kind is Kind.KEEP]
    return [_entry(Kind(lb.kind.value), lb.start, lb.end, lb.form, where) for lb in personal + keep]


def _split_particles(surname: str) -> tuple[str, str]:
    words = surname.split(" ")
    lead = 0
    while lead < len(words) - 1 and words[lead].casefold() in _PARTICLES:
        lead += 1
    return " ".join(words[:lead]), " ".join(words[lead:])


def _german_amount(value: float) -> str:
    whole, pence = f"{value:.2f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + pence


@dataclass
class Claim:
    """One claim's shared values before a layout writes them."""

    claim_id: str
    raised: tuple[int, int, int, int, int]  # month, day, hour, minute, second
    bought: tuple[int, int]  # month, day
    merchant: str
    ref: str
    phone_shaped: bool
    value: float
    who: list[Values]


def _draw_claim(rng: random.Random, layout: Layout, n: int) -> Claim:
    month, day = rng.randint(6, 9), rng.randint(1, 28)
    if month == 9:
        day = min(day, 24)
    later = min(day + rng.randint(1, 5), 28)
    phone_shaped = rng.random() < (0.15 if layout is BASKETS else 0.05)
    prefix = {
        GERMAN.file: f"RK-2026-{n:06d}",
        BASKETS.file: f"T-{70000 + n}",
        DUTCH.file: f"NL26-{n:05d}",
    }
    value = rng.choice([rng.uniform(6, 120), rng.uniform(120, 2400)])
    return Claim(
        claim_id=prefix[layout.file], raised=(month, later, rng.randint(8, 19), rng.randint(0, 59),
                                         rng.randint(0, 59)),
        bought=(month, day), merchant=rng.choice(world.MERCHANTS),
        ref=render.make_ref(rng, phone_shaped), phone_shaped=phone_shaped,
        value=round(value, 2), who=[draw_values(rng) for _ in range(3)],
    )  # fmt: skip


def _note(rng: random.Random, claim: Claim, blank: bool = True) -> Note | None:
    if blank and rng.random() < 0.05:
        return None
    row = Row(claim.merchant, claim.ref, claim.claim_id, claim.phone_shaped)
    if rng.random() < 0.3:
        i = rng.randrange(len(CLEAN))
        return note_from(CLEAN[i], -1 - i, True, rng, row, claim.who)
    i = rng.randrange(len(PERSONAL))
    return note_from(PERSONAL[i], i, False, rng, row, claim.who)


def _address_lines(rng: random.Random, v: Values) -> tuple[str, Entries]:
    """A multi-line address cell: house or flat line (sometimes), street line, town line."""
    lines: list[tuple[str, Kind | None, int, str]] = []  # text, kind, offset into text, form
    shape = rng.randrange(3)
    if shape == 1:
        lines.append((f"{v.flat}, {v.building}", Kind.HOUSE, len(v.flat) + 2, "flat building"))
    elif shape == 2:
        lines.append((v.house, Kind.HOUSE, 0, "house name"))
    street = v.street if shape == 2 and rng.random() < 0.5 else f"{v.number} {v.street}"
    lines.append((street, Kind.STREET, 0, "street line"))
    lines.append((v.town, None, 0, ""))
    text, entries, at = "", [], 0
    joiner = rng.choice(["\n", "\n", "\r\n"])
    for i, (line, kind, offset, form) in enumerate(lines):
        if i:
            text += joiner
            at = len(text)
        text += line
        if kind is not None:
            entries.append(_entry(kind, at + offset, at + len(line), form))
    return text, entries


def _phone_cell(rng: random.Random, kind: str) -> str:
    value, form = render.render_phone(rng, kind)
    while "words" in form or "digit by digit" in form:
        value, form = render.render_phone(rng, kind)
    return value


def _german_row(rng: random.Random, c: Claim) -> tuple[list[str], list[Entries]]:
    v, p = c.who[0], c.who[0].person
    month, day, _hour, _minute, _ = c.raised
    anrede = rng.choice(["Herr", "Frau", "Divers", "Dr.", ""])
    email = render.email_local(rng, p) + "@" + rng.choice(world.DOMAINS)
    phone = _phone_cell(rng, rng.choice(["mobile", "land"]))
    postcode = v.postcode if rng.random() < 0.85 else v.postcode.lower()
    housenr = rng.choice([v.number, v.number, f"{v.flat}"])
    cells = [
        (c.claim_id, _keep(c.claim_id, "claim id")),
        (f"{day:02d}.{month:02d}.2026", _keep(f"{day:02d}.{month:02d}.2026", "date")),
        (anrede, _keep(anrede, "title")),
        (p.given, _whole(Kind.FIRST, p.given, "given")),
        (p.surname, _whole(Kind.SURNAME, p.surname, "surname")),
        (v.street, _whole(Kind.STREET, v.street, "street without number")),
        (housenr, []),
        (postcode, _whole(Kind.POSTCODE, postcode, "plain" if postcode.isupper() else "lower")),
        (v.town, []),
        (email, _whole(Kind.EMAIL, email, "plain")),
        (phone, _whole(Kind.PHONE, phone, "cell")),
        (c.merchant, _keep(c.merchant, "merchant")),
        (c.ref, _keep(c.ref, "order ref (phone-shaped)" if c.phone_shaped else "order ref")),
        (f"{c.bought[1]:02d}.{c.bought[0]:02d}.2026",
         _keep(f"{c.bought[1]:02d}.{c.bought[0]:02d}.2026", "date")),
        (_german_amount(c.value), _keep(_german_amount(c.value), "amount")),
        (_german_amount(c.value * 0.05), _keep(_german_amount(c.value * 0.05), "amount")),
        (v.member[0], _whole(Kind.MEMBER, v.member[0], v.member[1])),
    ]  # fmt: skip
    note = _note(rng, c)
    cells.append((note.text, _note_entries(note, "note")) if note else ("", []))
    return [x for x, _ in cells], [e for _, e in cells]


def _baskets_row(rng: random.Random, c: Claim) -> tuple[list[str], list[Entries]]:
    v, p = c.who[0], c.who[0].person
    month, day, hour, minute, _ = c.raised
    known, known_form = people.NICKNAMES.get(p.given, ""), "nickname"
    if not known or rng.random() < 0.3:
        known, known_form = "", "nickname"
        if rng.random() < (0.6 if p.script else 0.15):
            known, known_form = rng.choice(people.ADOPTED), "adopted name"
    address, address_entries = _address_lines(rng, v)
    postcode, form = v.postcode, "plain"
    if rng.random() < 0.2:
        postcode, form = rng.choice(
            [(v.postcode.lower(), "lower"), (v.postcode.replace(" ", ""), "no space")]
        )
    email = render.email_local(rng, p) + "@" + rng.choice(world.DOMAINS)
    if rng.random() < 0.1:
        email = email.upper()
    raised = f"2026-{month:02d}-{day:02d} {hour:02d}:{minute:02d}"
    bought = f"{c.bought[1]} {_MONTHS[c.bought[0] - 1]} 2026"
    total, cashback = f"£{c.value:,.2f}", f"£{c.value * 0.05:,.2f}"
    phone = _phone_cell(rng, "any")
    cells = [
        (c.claim_id, _keep(c.claim_id, "claim id")),
        (raised, _keep(raised, "date")),
        (p.given, _whole(Kind.FIRST, p.given, "given")),
        (p.surname, _whole(Kind.SURNAME, p.surname, "surname")),
        (known, _whole(Kind.FIRST, known, known_form)),
        (address, address_entries),
        (postcode, _whole(Kind.POSTCODE, postcode, form)),
        (email, _whole(Kind.EMAIL, email, "plain" if email.islower() else "upper")),
        (phone, _whole(Kind.PHONE, phone, "cell")),
        (v.member[0], _whole(Kind.MEMBER, v.member[0], v.member[1])),
        (c.merchant, _keep(c.merchant, "merchant")),
        (c.ref, _keep(c.ref, "order ref (phone-shaped)" if c.phone_shaped else "order ref")),
        (bought, _keep(bought, "date")),
        (total, _keep(total, "amount")),
        (cashback, _keep(cashback, "amount")),
    ]  # fmt: skip
    note = _note(rng, c)
    cells.append((note.text, _note_entries(note, "note")) if note else ("", []))
    row = Row(c.merchant, c.ref, c.claim_id, c.phone_shaped)
    agent = agent_note(rng, row, c.who)
    if agent.clean:
        cells.append((agent.text, _keep(agent.text, "agent note")))
    else:
        cells.append((agent.text, _note_entries(agent, "agent note")))
    return [x for x, _ in cells], [e for _, e in cells]


def _initials(given: str) -> str:
    return "".join(f"{w[0].upper()}." for w in given.replace("-", " ").split() if w[0].isalpha())


def _dutch_row(rng: random.Random, c: Claim) -> tuple[list[str], list[Entries]]:
    v, p = c.who[0], c.who[0].person
    month, day, hour, minute, second = c.raised
    particles, rest = _split_particles(p.surname) if not p.script else ("", p.surname)
    initials = _initials(p.given) if not p.script else ""
    street_line = f"{v.street} {v.number}"
    lines = [(street_line, Kind.STREET, "street, number after")]
    if rng.random() < 0.35:
        lines.append((f"{v.flat}, {v.building}", Kind.HOUSE, "flat building"))
    address, entries = "", []
    for i, (line, kind, form) in enumerate(lines):
        if i:
            address += "\n"
        start = len(address) + (len(v.flat) + 2 if kind is Kind.HOUSE else 0)
        address += line
        entries.append(_entry(kind, start, len(address), form))
    email = render.email_local(rng, p) + "@" + rng.choice(world.DOMAINS)
    mobile = _phone_cell(rng, "mobile")
    land = _phone_cell(rng, "land") if rng.random() < 0.4 else ""
    reported = f"2026-{month:02d}-{day:02d} {hour:02d}:{minute:02d}:{second:02d}"
    bought = f"{c.bought[1]:02d}-{c.bought[0]:02d}-2026"
    amount, fee = f"{c.value:.2f}".replace(".", ","), f"{c.value * 0.04:.2f}".replace(".", ",")
    cells = [
        (c.claim_id, _keep(c.claim_id, "claim id")),
        (reported, _keep(reported, "date")),
        (initials, _whole(Kind.FIRST, initials, "initials")),
        (p.given, _whole(Kind.FIRST, p.given, "given" if not p.script else "non-Latin")),
        (particles, []),
        (rest, _whole(Kind.SURNAME, rest, "surname" if not p.script else "non-Latin")),
        (address, entries),
        (v.postcode, _whole(Kind.POSTCODE, v.postcode, "plain")),
        (v.town, []),
        (email, _whole(Kind.EMAIL, email, "plain")),
        (mobile, _whole(Kind.PHONE, mobile, "mobile cell")),
        (land, _whole(Kind.PHONE, land, "landline cell")),
        (c.merchant, _keep(c.merchant, "merchant")),
        (c.ref, _keep(c.ref, "order ref (phone-shaped)" if c.phone_shaped else "order ref")),
        (bought, _keep(bought, "date")),
        (amount, _keep(amount, "amount")),
        (fee, _keep(fee, "amount")),
        (v.member[0], _whole(Kind.MEMBER, v.member[0], v.member[1])),
    ]  # fmt: skip
    note = _note(rng, c)
    cells.append((note.text, _note_entries(note, "note")) if note else ("", []))
    return [x for x, _ in cells], [e for _, e in cells]


_ROWS = {GERMAN.file: _german_row, BASKETS.file: _baskets_row, DUTCH.file: _dutch_row}


def _encodes(cells: list[str], encoding: str) -> bool:
    try:
        "".join(cells).encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def build_batch(folder: Path, claims: int, own_orders: bool = True, seed: int = SEED) -> None:
    """Write ``inbox/`` (three claim files), ``orders/`` and ``gold.jsonl`` under ``folder``."""
    rng = random.Random(seed)
    inbox, orders_dir = folder / "inbox", folder / "orders"
    inbox.mkdir(parents=True, exist_ok=True)
    orders_dir.mkdir(parents=True, exist_ok=True)
    tables: dict[str, list[list[str]]] = {layout.file: [] for layout in LAYOUTS}
    gold: list[dict[str, Any]] = []
    orders: list[tuple[Claim, str]] = []
    for n in range(claims):
        layout = LAYOUTS[n % len(LAYOUTS)]
        while True:
            claim = _draw_claim(rng, layout, n + 1)
            cells, entries = _ROWS[layout.file](rng, claim)
            if _encodes(cells, layout.encoding):
                break
        tables[layout.file].append(cells)
        row_number = len(tables[layout.file])
        for column, cell_entries in zip(layout.headers, entries, strict=True):
            gold.append({"file": layout.file, "row": row_number, "column": column,
                         "entries": cell_entries})  # fmt: skip
        orders.append((claim, cells[layout.headers.index(_EMAIL[layout.file])]))
    for layout in LAYOUTS:
        with (inbox / layout.file).open("w", encoding=layout.encoding, newline="") as handle:
            writer = csv.writer(handle, delimiter=layout.delimiter, lineterminator=layout.newline)
            writer.writerow(layout.headers)
            writer.writerows(tables[layout.file])
    _write_orders(rng, orders_dir, orders, own_orders)
    with (folder / "gold.jsonl").open("w", encoding="utf-8") as handle:
        for line in gold:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


_EMAIL = {GERMAN.file: "E-Mail", BASKETS.file: "Contact Email", DUTCH.file: "E-mailadres"}


def _write_orders(rng: random.Random, folder: Path, claims: list[tuple[Claim, str]],
                  own: bool) -> None:  # fmt: skip
    rows = []
    for claim, email in claims:
        if rng.random() < 0.08:
            continue  # no order: the claim is declined ORDER_NOT_FOUND
        status = rng.choices(["completed", "pending", "cancelled", "returned"], [80, 10, 5, 5])[0]
        value = claim.value if rng.random() < 0.9 else round(claim.value * 1.3, 2)
        tracked = rng.choice(["", "", "", "", "", "AFF-1188"])
        voucher = rng.choice(world.VOUCHERS) if rng.random() < 0.2 else ""
        month, day = claim.bought
        hour, minute = rng.randint(7, 23), rng.randint(0, 59)
        person = claim.who[0].person
        rows.append((claim.ref, month, day, hour, minute, person.full, email.lower(),
                     claim.who[0].postcode, value, status, tracked, voucher))  # fmt: skip
    if own:
        path, headers = folder / OWN_ORDER_FILE, OWN_ORDER_HEADERS
    else:
        path, headers = folder / "orders.csv", CANONICAL_ORDER_HEADERS
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(headers)
        for ref, month, day, hour, minute, name, email, pc, value, status, tracked, voucher in rows:
            if own:
                placed = f"{day:02d}.{month:02d}.2026 {hour:02d}:{minute:02d}"
                writer.writerow([ref, placed, name, email, pc, f"{value:.2f}", "GBP",
                                 status.capitalize(), tracked, voucher])  # fmt: skip
            else:
                placed = f"2026-{month:02d}-{day:02d}"
                writer.writerow([ref, placed, name, email, pc, f"{value:.2f}", "GBP", status,
                                 tracked, voucher])  # fmt: skip


def read_gold(folder: Path) -> dict[tuple[str, int, str], list[dict[str, Any]]]:
    """The batch's gold: (file, row from 1, column) -> entries."""
    gold: dict[tuple[str, int, str], list[dict[str, Any]]] = {}
    with (folder / "gold.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            gold[(record["file"], record["row"], record["column"])] = record["entries"]
    return gold
