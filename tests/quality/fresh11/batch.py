"""The fresh11 claim batch: two claim layouts the product has never seen, and a sales export.

- ``rendu_reclamations.csv``: a French-owned cashback site's export for its UK and Irish members:
  Windows-1252, semicolons, CRLF (inside quoted notes too), French headers, decimal commas,
  first and last name in two columns, the address over two lines and a town column. Letters
  Windows-1252 lacks are folded (ś -> s) or become "?", as legacy exports do.
- ``arian_nol_hawliadau.csv``: a Welsh cashback site's export: UTF-8, commas, LF, bilingual
  Welsh / English headers, the full name in one cell (sometimes surname first, sometimes after a
  title) and the whole address, postcode included, in one multi-line quoted cell.
- orders: the set's own retailer export ``siopfach_sales_export.csv`` (UTF-8 with BOM, tabs, LF)
  or the canonical ``orders.csv``.

``build_batch(folder, claims, own_orders)`` writes ``inbox/``, ``orders/`` and ``gold.json``: for
every personal or must-keep cell and every note, its gold entries (kind, start, end, form, where),
personal entries first.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from fresh11 import forms, places
from fresh11.forms import Person, Piece
from fresh11.notes import Context, Note, note_for
from fresh11.templates import CLEAN, PERSONAL

HERE = Path(__file__).resolve().parent
PROFILES = HERE / "profiles"
SEED = 11


@dataclass(frozen=True, slots=True)
class Layout:
    """A claim file's layout: name, encoding, delimiter, notes column, headers and the rest."""

    file: str
    encoding: str
    delimiter: str
    notes: str
    headers: list[str]
    publisher: str
    newline: str
    date_format: str


RENDU = Layout(
    file="rendu_reclamations.csv",
    encoding="cp1252",
    delimiter=";",
    notes="Commentaire",
    headers=[
        "N° réclamation",
        "N° adhérent",
        "Civilité",
        "Prénom",
        "Nom",
        "Courriel",
        "Téléphone",
        "Adresse (ligne 1)",
        "Adresse (ligne 2)",
        "Ville",
        "Code postal",
        "Enseigne",
        "N° commande",
        "Date d'achat",
        "Montant TTC",
        "Commission attendue",
        "Déposée le",
        "Commentaire",
    ],
    publisher="RD-1111",
    newline="\r\n",
    date_format="%d/%m/%Y",
)
ARIAN = Layout(
    file="arian_nol_hawliadau.csv",
    encoding="utf-8",
    delimiter=",",
    notes="Sylwadau / Comments",
    headers=[
        "Cyf. Hawliad / Claim Ref",
        "Rhif Aelod / Member No",
        "Enw Llawn / Full Name",
        "E-bost / Email",
        "Ffôn / Phone",
        "Cyfeiriad / Address",
        "Siop / Shop",
        "Rhif Archeb / Order No",
        "Dyddiad Prynu / Purchase Date",
        "Gwerth / Value",
        "Arian yn Ôl / Cashback Due",
        "Dyddiad Hawlio / Claimed On",
        "Sianel / Channel",
        "Sylwadau / Comments",
    ],
    publisher="AN-1101",
    newline="\n",
    date_format="%d %b %Y",
)
LAYOUTS = (RENDU, ARIAN)
KEEP_COLUMNS = {
    RENDU.file: {"N° réclamation": "claim id", "Enseigne": "merchant", "N° commande": "order ref",
                 "Date d'achat": "date", "Montant TTC": "amount", "Commission attendue": "amount",
                 "Déposée le": "date"},
    ARIAN.file: {"Cyf. Hawliad / Claim Ref": "claim id", "Siop / Shop": "merchant",
                 "Rhif Archeb / Order No": "order ref", "Dyddiad Prynu / Purchase Date": "date",
                 "Gwerth / Value": "amount", "Arian yn Ôl / Cashback Due": "amount",
                 "Dyddiad Hawlio / Claimed On": "date", "Sianel / Channel": "channel"},
}  # fmt: skip
OWN_ORDER_FILE = "siopfach_sales_export.csv"
OWN_ORDER_HEADERS = ("Order No", "Placed", "Bill-to Name", "Bill-to E-mail", "Ship-to Postcode",
                     "Gross", "Ccy", "State", "Affiliate", "Promo")  # fmt: skip
CANONICAL_ORDER_HEADERS = ("order_ref", "order_date", "customer_name", "customer_email",
                           "postcode", "order_value", "currency", "status",
                           "tracked_publisher_id", "voucher_code")  # fmt: skip
FIRST_DAY = date(2026, 7, 2)
LAST_CLAIM_DAY = date(2026, 9, 29)
CELL_PHONE_FORMS = ("mobile 5-6", "mobile run", "+44 mobile", "+44 (0)", "0044", "+44 run",
                    "landline", "(area) landline", "IE mobile", "+353 mobile", "international",
                    "dashes", "dots", "mobile 5-6", "mobile run", "+44 mobile")  # fmt: skip
CELL_POSTCODE_FORMS = ("standard", "standard", "standard", "standard", "no space", "lower",
                       "double space", "mixed case")  # fmt: skip
CHANNELS = ("Gwe / Web", "Ap / App", "Ffôn / Phone", "Web", "App")


def _entry(kind: str, start: int, end: int, form: str, where: str) -> dict[str, Any]:
    return {"kind": kind, "start": start, "end": end, "form": form, "where": where}


def _joined(pieces: list[Piece], form: str = "cell") -> tuple[str, list[dict[str, Any]]]:
    """Pieces as one cell: its text and a gold entry for every labelled piece."""
    text, entries = "", []
    for piece, kind, how in pieces:
        if kind is not None:
            tag = form if not how else f"{form}, {how}"
            entries.append(_entry(kind, len(text), len(text) + len(piece), tag, "cell"))
        text += piece
    return text, entries


def to_cp1252(text: str) -> str:
    """What a Windows-1252 export makes of a text, one character for one: folded or "?"."""
    out = []
    for char in text:
        try:
            char.encode("cp1252")
            out.append(char)
            continue
        except UnicodeEncodeError:
            pass
        folded = forms.fold(char)
        try:
            out.append(folded if len(folded) == 1 and folded.encode("cp1252") else "?")
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def _survives(text: str, note: Note) -> bool:
    """Whether every label keeps more than half its letters and digits through cp1252."""
    for label in note.labels:
        before = [c for c in note.text[label.start : label.end] if c.isalnum()]
        after = [c for c in text[label.start : label.end] if c.isalnum()]
        if before and 2 * len(after) <= len(before):
            return False
    return True


def _crlf(text: str, entries: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """LF to CRLF inside a cell, its gold offsets moved with it."""

    def moved(i: int) -> int:
        return i + text.count("\n", 0, i)

    out = [dict(e, start=moved(e["start"]), end=moved(e["end"])) for e in entries]
    return text.replace("\n", "\r\n"), out


def _note(layout: Layout, ctx: Context, number: int, clean: bool, index: int,
          seed: int) -> tuple[str, list[dict[str, Any]]]:  # fmt: skip
    """The row's note; for the Windows-1252 layout as that export writes it (re-drawn when a
    label would come out mostly "?"), with CRLF inside the cell."""
    for attempt in range(12):
        rng = random.Random(f"fresh11-row-{seed}-{number}-{attempt}")
        note = note_for(rng, ctx, clean, index)
        text = note.text if layout.encoding == "utf-8" else to_cp1252(note.text)
        if layout.encoding == "utf-8" or _survives(text, note):
            break
    labels = sorted(note.labels, key=lambda lb: (lb.kind.value == "KEEP", lb.start))
    entries = [_entry(lb.kind.value, lb.start, lb.end, lb.form, "note") for lb in labels]
    return _crlf(text, entries) if layout.newline == "\r\n" else (text, entries)


def _name_parts(who: Person) -> tuple[str, str]:
    """First and last name as two form fields get them (a mononym's last word goes last)."""
    if not who.mono:
        return who.given, who.surname
    words = who.given.split()
    return (" ".join(words[:-1]), words[-1]) if len(words) > 1 else (who.given, who.given)


def _rendu_cells(rng: random.Random, who: Person, email: str, postcode: str, irish: bool
                 ) -> tuple[dict[str, str], dict[str, list[dict[str, Any]]]]:  # fmt: skip
    first, last = _name_parts(who)
    gold: dict[str, list[dict[str, Any]]] = {}
    if who.mono:
        gold["Prénom"] = [_entry("NAME", 0, len(first), "cell, mono", "cell")]
        gold["Nom"] = [_entry("NAME", 0, len(last), "cell, mono", "cell")]
    else:
        gold["Prénom"] = [_entry("FIRST", 0, len(first), "cell", "cell")]
        gold["Nom"] = [_entry("SURNAME", 0, len(last), "cell", "cell")]
    civil = {"f": rng.choice(["Mme", "Mme", "Mlle"]), "m": "M."}.get(who.gender, "")
    phone, gold["Téléphone"] = _joined(forms.phone_pieces(rng, rng.choice(CELL_PHONE_FORMS)))
    street = forms.street_pieces(rng, rng.choice(["number street", "abbreviated", "number letter",
                                                  "leading", "number comma", "tenement flat"]), irish)  # fmt: skip
    shape = rng.random()
    if shape < 0.5:
        line1, line2 = street, []
    elif shape < 0.65:
        line1, line2 = forms.flat_pieces(rng), street
    elif shape < 0.8:
        line1, line2 = forms.house_pieces(rng), street
    else:
        line1, line2 = street, [(rng.choice(places.LOCALITIES), None, "")]
    line1_text, gold["Adresse (ligne 1)"] = _joined(line1)
    line2_text, gold["Adresse (ligne 2)"] = _joined(line2)
    town = rng.choice(sorted(places.IRISH_TOWNS)) if irish else rng.choice(places.TOWNS_UK)
    member = forms.member_value(rng)[0]
    cells = {"N° adhérent": member, "Civilité": civil, "Prénom": first, "Nom": last,
             "Courriel": email, "Téléphone": phone, "Adresse (ligne 1)": line1_text,
             "Adresse (ligne 2)": line2_text, "Ville": town, "Code postal": postcode}  # fmt: skip
    gold["N° adhérent"] = [_entry("MEMBER", 0, len(member), "cell", "cell")]
    gold["Courriel"] = [_entry("EMAIL", 0, len(email), "cell", "cell")]
    gold["Code postal"] = [_entry("POSTCODE", 0, len(postcode), "cell", "cell")]
    return cells, gold


def _arian_cells(rng: random.Random, who: Person, email: str, postcode: str, irish: bool
                 ) -> tuple[dict[str, str], dict[str, list[dict[str, Any]]]]:  # fmt: skip
    form = rng.choice(["plain", "plain", "plain", "SURNAME first", "surname comma", "title",
                       "upper", "initial"])  # fmt: skip
    name, name_gold = _joined(forms.name_pieces(rng, who, form))
    phone, phone_gold = _joined(forms.phone_pieces(rng, rng.choice(CELL_PHONE_FORMS)))
    pieces: list[Piece] = []
    extra = rng.random()
    if extra < 0.2:
        pieces += [*forms.house_pieces(rng), ("\n", None, "")]
    elif extra < 0.35:
        pieces += [*forms.flat_pieces(rng), ("\n", None, "")]
    pieces += forms.street_pieces(rng, rng.choice(["number street", "abbreviated", "leading",
                                                   "number letter", "number street"]), irish)  # fmt: skip
    if rng.random() < 0.3:
        pieces.append(("\n" + rng.choice(places.LOCALITIES), None, ""))
    town = rng.choice(sorted(places.IRISH_TOWNS)) if irish else rng.choice(places.TOWNS_UK)
    pieces += [(f"\n{town}\n", None, ""), (postcode, "POSTCODE", "")]
    address, address_gold = _joined(pieces)
    member = forms.member_value(rng)[0]
    cells = {"Rhif Aelod / Member No": member, "Enw Llawn / Full Name": name,
             "E-bost / Email": email, "Ffôn / Phone": phone, "Cyfeiriad / Address": address,
             "Sianel / Channel": rng.choice(CHANNELS)}  # fmt: skip
    gold = {"Rhif Aelod / Member No": [_entry("MEMBER", 0, len(member), "cell", "cell")],
            "Enw Llawn / Full Name": name_gold,
            "E-bost / Email": [_entry("EMAIL", 0, len(email), "cell", "cell")],
            "Ffôn / Phone": phone_gold, "Cyfeiriad / Address": address_gold}  # fmt: skip
    return cells, gold


def _row(rng: random.Random, layout: Layout, ctx: Context, number: int, clean: bool, index: int,
         seed: int) -> tuple[list[str], dict[str, list[dict[str, Any]]], dict[str, str]]:  # fmt: skip
    who = forms.person(rng, 0.0 if layout is RENDU else 0.03)
    email = forms.address(rng, who)
    email = rng.choice([email, email, email, email.upper(), email.replace("@", "+cb@", 1)])
    irish = rng.random() < 0.25
    code = forms.postcode_pieces(rng, rng.choice(CELL_POSTCODE_FORMS), irish=irish)[0][0]
    make = _rendu_cells if layout is RENDU else _arian_cells
    cells, gold = make(rng, who, email, code, irish)
    bought = FIRST_DAY + timedelta(days=rng.randrange(0, 75))
    raised = min(bought + timedelta(days=rng.randrange(3, 30)), LAST_CLAIM_DAY)
    basket = rng.randrange(800, 90000) / 100
    money = [f"{basket:.2f}", f"{basket * 0.05:.2f}"]
    if layout is RENDU:
        money = [m.replace(".", ",") for m in money]
    keep = dict(zip(KEEP_COLUMNS[layout.file], [ctx.claim, ctx.merchant, ctx.order,
                                                 bought.strftime(layout.date_format), money[0],
                                                 money[1], raised.strftime(layout.date_format)],
                    strict=False))  # fmt: skip
    cells.update(keep)
    text, note_gold = _note(layout, ctx, number, clean, index, seed)
    cells[layout.notes] = text
    for column, form in KEEP_COLUMNS[layout.file].items():
        gold[column] = [_entry("KEEP", 0, len(cells[column]), form, "cell")]
    gold[layout.notes] = note_gold
    if layout is RENDU:
        cells = {k: to_cp1252(v) for k, v in cells.items()}
    name = f"{who.ascii_given()} {who.ascii_surname()}".strip() if layout is RENDU else (
        f"{who.given} {who.surname}".strip()
    )  # fmt: skip
    order = {"ref": ctx.order, "date": bought, "name": name, "email": email, "postcode": code,
             "value": f"{basket:.2f}"}  # fmt: skip
    return [cells[h] for h in layout.headers], gold, order


def _claim_id(rng: random.Random, layout: Layout) -> str:
    digits = "".join(str(rng.randrange(10)) for _ in range(7))
    return f"RD-C-{digits}" if layout is RENDU else f"ANH-26-{digits[:6]}"


def build_batch(folder: Path, claims: int, own_orders: bool = True, seed: int = SEED) -> None:
    """The two claim files, the orders and ``gold.json`` for ``claims`` claims (deterministic)."""
    rng = random.Random(f"fresh11-batch-{seed}")
    layouts = [RENDU if rng.random() < 0.5 else ARIAN for _ in range(claims)]
    merchants = [rng.choice(places.MERCHANTS) for _ in range(claims)]
    refs = [forms.order_ref(rng) for _ in range(claims)]
    personal = list(range(len(PERSONAL)))
    clean = list(range(len(CLEAN)))
    rng.shuffle(personal)
    rng.shuffle(clean)
    tables: dict[str, list[list[str]]] = {layout.file: [] for layout in LAYOUTS}
    gold, orders, counts = [], [], {"personal": 0, "clean": 0}
    for number in range(claims):
        layout = layouts[number]
        others = [refs[rng.randrange(claims)][0] for _ in range(3)] if claims > 1 else []
        batch = tuple(r for r in others if r != refs[number][0]) or (refs[number][0],)
        ctx = Context(merchants[number], refs[number][0], _claim_id(rng, layout), batch,
                      refs[number][1])  # fmt: skip
        is_clean = number % 3 == 2
        kind = "clean" if is_clean else "personal"
        index = (clean if is_clean else personal)[
            counts[kind] % len(clean if is_clean else personal)
        ]
        counts[kind] += 1
        row, entries, order = _row(rng, layout, ctx, number, is_clean, index, seed)
        tables[layout.file].append(row)
        row_number = len(tables[layout.file])
        for column, found in entries.items():
            if found:
                gold.append({"file": layout.file, "row": row_number, "column": column,
                             "entries": found})  # fmt: skip
        if rng.random() < 0.85:
            orders.append(order)
    (folder / "inbox").mkdir(parents=True, exist_ok=True)
    (folder / "orders").mkdir(parents=True, exist_ok=True)
    for layout in LAYOUTS:
        path = folder / "inbox" / layout.file
        with path.open("w", encoding=layout.encoding, newline="") as handle:
            writer = csv.writer(handle, delimiter=layout.delimiter, lineterminator=layout.newline)
            writer.writerow(layout.headers)
            writer.writerows(tables[layout.file])
    _write_orders(folder, orders, own_orders, rng)
    (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def _write_orders(
    folder: Path, orders: list[dict[str, Any]], own: bool, rng: random.Random
) -> None:
    states = ("complete", "complete", "complete", "cancelled", "returned")
    if own:
        path = folder / "orders" / OWN_ORDER_FILE
        handle = path.open("w", encoding="utf-8-sig", newline="")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(OWN_ORDER_HEADERS)
    else:
        path = folder / "orders" / "orders.csv"
        handle = path.open("w", encoding="utf-8", newline="")
        writer = csv.writer(handle, delimiter=",", lineterminator="\n")
        writer.writerow(CANONICAL_ORDER_HEADERS)
    with handle:
        for o in orders:
            state = rng.choice(states)
            publisher = rng.choice(["", RENDU.publisher, ARIAN.publisher, "QC-2002"])
            promo = rng.choice(["", "", forms.voucher(rng), forms.voucher(rng, from_name=True)])
            placed = o["date"]
            if own:
                stamp = f"{placed.strftime('%d/%m/%Y')} {rng.randrange(7, 23):02d}:{rng.randrange(60):02d}"
                writer.writerow([o["ref"], stamp, o["name"], o["email"], o["postcode"], o["value"],
                                 "GBP", state, publisher, promo])  # fmt: skip
            else:
                writer.writerow([o["ref"], placed.isoformat(), o["name"], o["email"], o["postcode"],
                                 o["value"], "GBP", state, publisher, promo])  # fmt: skip


def read_gold(folder: Path) -> dict[tuple[str, int, str], list[dict[str, Any]]]:
    """``gold.json`` as the harness's ``Gold``: (file, row from 1, column) -> entries."""
    items = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return {(i["file"], i["row"], i["column"]): i["entries"] for i in items}


def read_table(folder: Path, layout: Layout) -> list[list[str]]:
    with (folder / "inbox" / layout.file).open(encoding=layout.encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=layout.delimiter))
