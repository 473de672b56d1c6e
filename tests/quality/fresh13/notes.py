"""Fresh13 notes: templates rendered with this set's people, places and forms (seed 13).

Each ``Note`` has its text, its labels (``harness.judge.Label``) at exact offsets with kind
and form, and an ``allow`` list: its row's merchant, order ref and claim id and any batch
order ref it mentions. ``own_notes`` renders the set's templates (a third clean);
``presidio_notes`` fills presidio-evaluator's templates with the set's people and places.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from harness.judge import Kind, Label
from harness.presidio import fillable_templates

from fresh13 import forms, places
from fresh13.templates import CLEAN, PERSONAL

SEED = 13
SLOT = re.compile(r"\{\{|\}\}|\{(\w+)(?::([^{}]+))?\}")
PERSONAL_SLOTS = frozenset(["name", "name2", "first", "first2", "surname", "kin", "staff",
                            "email", "email2", "phone", "phone2", "postcode", "street", "house",
                            "address", "sig", "member"])  # fmt: skip
KEEP_SLOTS = frozenset(["merchant", "merchant2", "product", "town", "occasion", "voucher",
                        "order", "batchorder", "ref", "claim", "date", "amount", "time",
                        "courier", "network", "site", "tracking", "sku"])  # fmt: skip
UNSUPPORTED = ("credit_card_number", "iban", "ssn", "ip_address", "us_driver_license")
SCRIPT_SHARE = 0.06


@dataclass(frozen=True, slots=True)
class Note:
    text: str
    labels: tuple[Label, ...]
    allow: tuple[str, ...]
    clean: bool
    template: int  # index into PERSONAL, or -1 - index into CLEAN; presidio: its line


@dataclass(frozen=True, slots=True)
class Context:
    """What the note's row holds: its merchant, order ref, claim id, other orders in the batch;
    and, in a batch, the row's own shopper (who then signs the note)."""

    merchant: str
    order: str
    claim: str
    batch: tuple[str, ...]
    shopper: forms.Person | None = None


def new_context(rng: random.Random) -> Context:
    merchant = rng.choice(places.MERCHANTS)
    others = tuple(forms.order_ref(rng, rng.choice(places.MERCHANTS)) for _ in range(3))
    return Context(merchant, forms.order_ref(rng, merchant), forms.claim_id(rng), others)


def _one(text: str, kind: str | None, form: str) -> list[forms.Piece]:
    return [(text, kind, form)]


def _keep(rng: random.Random, slot: str, form: str | None, ctx: Context, allow: list[str]) -> list[forms.Piece]:  # fmt: skip
    if slot == "merchant":
        return _one(ctx.merchant, "KEEP", "merchant (row)")
    if slot == "merchant2":
        return _one(
            rng.choice([m for m in places.MERCHANTS if m != ctx.merchant]), "KEEP", "merchant"
        )
    if slot == "order":
        return _one(ctx.order, "KEEP", "order ref (row)")
    if slot == "batchorder":
        ref = rng.choice(ctx.batch)
        if ref not in allow:
            allow.append(ref)
        return _one(ref, "KEEP", "order ref (batch)")
    if slot == "ref":
        return _one(forms.order_ref(rng, ctx.merchant), "KEEP", "order ref")
    if slot == "claim":
        return _one(ctx.claim, "KEEP", "claim id (row)")
    if slot == "date":
        value = forms.date(rng)
        if form == "short":
            value = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}"
        return _one(value, "KEEP", "date")
    simple = {
        "product": lambda: rng.choice(places.PRODUCTS),
        "town": lambda: rng.choice(places.TOWNS),
        "occasion": lambda: rng.choice(places.OCCASIONS),
        "voucher": lambda: forms.voucher(rng),
        "amount": lambda: forms.amount(rng),
        "time": lambda: forms.time(rng),
        "courier": lambda: rng.choice(places.COURIERS),
        "network": lambda: rng.choice(places.NETWORKS),
        "site": lambda: rng.choice(places.SITES),
        "tracking": lambda: forms.tracking(rng),
        "sku": lambda: forms.sku(rng),
    }
    return _one(simple[slot](), "KEEP", slot)


POSTCODE_WEIGHTS = {"plain": 10, "no space": 3, "double space": 1, "lower": 2, "mixed case": 1,
                    "o for zero": 1, "spaced out": 1, "bfpo": 1, "eircode": 1,
                    "eircode no space": 1, "eircode lower": 1}  # fmt: skip


def _weighted_postcode(rng: random.Random) -> str:
    names = list(POSTCODE_WEIGHTS)
    return rng.choices(names, weights=[POSTCODE_WEIGHTS[n] for n in names])[0]


def _name_form(rng: random.Random) -> str:
    return (
        "plain"
        if rng.random() < 0.45
        else rng.choice([f for f in forms.NAME_FORMS if f != "possessive"])
    )


def signature(rng: random.Random, who: forms.Person) -> list[forms.Piece]:
    """A signature block: the name, then some of phone, e-mail, address and member id."""
    pieces = forms.name(rng, who, rng.choice(["plain", "plain", "caps", "title", "middle initial"]))
    if rng.random() < 0.6:
        pieces += [
            ("\n", None, ""),
            (rng.choice(["", "Tel: ", "Mob: ", "M: ", "Mobile "]), None, ""),
        ]
        pieces += forms.phone(rng)
    if rng.random() < 0.45:
        pieces += [("\n", None, ""), (rng.choice(["", "Email: ", "e: "]), None, "")]
        pieces += forms.email(rng, who, rng.choice(["plain", "plain", "plus tag", "sub-domain"]))
    if rng.random() < 0.6:
        pieces += [("\n", None, ""), *forms.address(rng, "\n")]
    if rng.random() < 0.2:
        pieces += [("\n", None, ""), *forms.member(rng, "near")]
    return pieces


@dataclass
class _Cast:
    shopper: forms.Person
    other: forms.Person


def _personal(rng: random.Random, slot: str, form: str | None, cast: _Cast) -> list[forms.Piece]:
    me, other = cast.shopper, cast.other
    if slot in ("name", "name2"):
        who = me if slot == "name" else other
        if form == "script" and not who.script:
            who = forms.person(rng, script=1.0)
        return forms.name(rng, who, None if form == "script" else form or _name_form(rng))
    if slot in ("first", "first2"):
        who = me if slot == "first" else other
        if form == "script" and not who.script:
            who = forms.person(rng, script=1.0)
        chosen = form if form and form != "script" else ("plain" if rng.random() < 0.6 else None)
        return forms.first(rng, who, chosen)
    if slot == "surname":
        return forms.surname(rng, me, form)
    if slot == "kin":
        kin = forms.relative(rng, me)
        return forms.first(rng, kin, "plain") if kin.script else [(kin.given, "FIRST", "kin")]
    if slot == "staff":
        worker = forms.person(rng)
        given = worker.given
        if form == "initial" or rng.random() < 0.15:
            return [(f"{given} {worker.surname[0]}.", "NAME", "staff initial")]
        return [(given, "FIRST", "staff")]
    if slot in ("email", "email2"):
        return forms.email(rng, me if slot == "email" else other, form)
    if slot in ("phone", "phone2"):
        return forms.phone(rng, form)
    if slot == "postcode":
        return forms.postcode(rng, form or _weighted_postcode(rng))
    if slot == "street":
        return forms.street(rng, form or (None if rng.random() < 0.6 else "plain"))
    if slot == "house":
        return forms.house(rng, form)
    if slot == "address":
        return forms.address(rng, ", " if form == "comma" else "\n")
    if slot == "sig":
        return signature(rng, me)
    if slot == "member":
        return forms.member(rng, form)
    raise KeyError(slot)


def render(rng: random.Random, template: str, ctx: Context) -> tuple[str, list[Label], list[str]]:
    """The template's text, its labels and its allow list."""
    caps = template.startswith("!")
    body = template[1:] if caps else template
    cast = _Cast(ctx.shopper or forms.person(rng, SCRIPT_SHARE), forms.person(rng, SCRIPT_SHARE))
    allow = [ctx.merchant, ctx.order, ctx.claim]
    pieces: list[forms.Piece] = []
    at = 0
    for m in SLOT.finditer(body):
        pieces.append((body[at : m.start()], None, ""))
        at = m.end()
        if m.group(0) in ("{{", "}}"):
            pieces.append((m.group(0)[0], None, ""))
            continue
        slot, form = m.group(1), m.group(2)
        if slot in KEEP_SLOTS:
            pieces += _keep(rng, slot, form, ctx, allow)
        else:
            pieces += _personal(rng, slot, form, cast)
    pieces.append((body[at:], None, ""))
    text, labels = "", []
    for piece, kind, form in pieces:
        if caps and len(piece.upper()) == len(piece):
            piece = piece.upper()
            if kind not in (None, "KEEP"):
                form = f"{form} in caps"
        if kind is not None and piece:
            labels.append(Label(Kind(kind), len(text), len(text) + len(piece), form))
        text += piece
    return text, labels, allow


def note_for(rng: random.Random, ctx: Context, clean: bool, index: int) -> Note:
    template = (CLEAN if clean else PERSONAL)[index]
    text, labels, allow = render(rng, template, ctx)
    return Note(text, tuple(labels), tuple(allow), clean, -1 - index if clean else index)


def _order(rng: random.Random, size: int) -> list[int]:
    order = list(range(size))
    rng.shuffle(order)
    return order


def own_notes(count: int, seed: int = SEED) -> list[Note]:
    """``count`` notes, every third clean; every template used in turn (shuffled per seed)."""
    rng = random.Random(seed)
    personal, clean = _order(rng, len(PERSONAL)), _order(rng, len(CLEAN))
    notes: list[Note] = []
    used = {True: 0, False: 0}
    for i in range(count):
        is_clean = i % 3 == 2
        turn = clean if is_clean else personal
        index = turn[used[is_clean] % len(turn)]
        used[is_clean] += 1
        notes.append(note_for(rng, new_context(rng), is_clean, index))
    return notes


# --- presidio-evaluator templates ------------------------------------------------------------

COUNTRIES = ("Ireland", "Wales", "Scotland", "Poland", "Nigeria", "Pakistan", "Jamaica",
             "Portugal", "Somalia", "Vietnam", "Cyprus", "Lithuania")  # fmt: skip
NATIONALITIES = ("Irish", "Welsh", "Polish", "Nigerian", "Pakistani", "Jamaican", "Portuguese",
                 "Somali", "Vietnamese", "Cypriot", "Lithuanian", "Ghanaian")  # fmt: skip
PLURALS = ("Irish", "Poles", "Nigerians", "Jamaicans", "Somalis", "Cypriots")
JOBS = ("district nurse", "postie", "scaffolder", "dental hygienist", "bus driver", "barista")
COUNTIES = ("Lancs", "W. Yorks", "Co. Antrim", "Powys", "Fife", "Co. Cork", "Devon")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PSLOT = re.compile(r"\{\{(\w+)\}\}")


def presidio_templates() -> tuple[str, ...]:
    return fillable_templates(UNSUPPORTED)


def _presidio_piece(rng: random.Random, slot: str, me: forms.Person) -> list[forms.Piece]:
    if slot in ("person", "name", "name_female", "name_male"):
        return forms.name(rng, me, _name_form(rng))
    if slot.startswith("first_name"):
        return forms.first(rng, me, "plain")
    if slot.startswith("last_name"):
        return [(me.surname, "SURNAME", "bare")]
    if slot == "email":
        return forms.email(rng, me)
    if slot == "phone_number":
        return forms.phone(rng)
    if slot == "address":
        return forms.address(rng, ", ")
    if slot == "street_name":
        return forms.street(rng, "no number")
    if slot in ("postcode", "zipcode"):
        return forms.postcode(rng, _weighted_postcode(rng))
    if slot == "city":
        return [(rng.choice(places.TOWNS), "KEEP", "town")]
    if slot == "organization":
        return [(rng.choice(places.MERCHANTS), "KEEP", "merchant")]
    if slot == "date_time":
        return [(forms.date(rng), "KEEP", "date")]
    if slot == "url":
        host = "".join(c for c in rng.choice(places.MERCHANTS).lower() if c.isalnum())
        return [(f"www.{host}.co.uk", "KEEP", "site")]
    plain = {
        "building_number": lambda: str(rng.randint(1, 220)),
        "secondary_address": lambda: f"Flat {rng.randint(1, 30)}",
        "country": lambda: rng.choice(COUNTRIES),
        "age": lambda: str(rng.randint(19, 88)),
        "year": lambda: str(rng.randint(1990, 2026)),
        "nationality": lambda: rng.choice(NATIONALITIES),
        "nation_woman": lambda: rng.choice(NATIONALITIES) + " woman",
        "nation_plural": lambda: rng.choice(PLURALS),
        "job": lambda: rng.choice(JOBS),
        "prefix_male": lambda: rng.choice(["Mr", "Dr"]),
        "prefix_female": lambda: rng.choice(["Mrs", "Ms", "Miss"]),
        "prefix": lambda: rng.choice(["Mx", "Dr", "Mr", "Ms"]),
        "date_of_birth": lambda: (
            f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(1940, 2005)}"
        ),
        "state_abbr": lambda: rng.choice(COUNTIES),
        "day_of_week": lambda: rng.choice(DAYS),
    }
    return [(plain[slot](), None, "")]


def presidio_notes(count: int, seed: int = SEED) -> list[Note]:
    """presidio-evaluator's templates, each in turn, filled with this set's people and places."""
    rng = random.Random(seed)
    templates = presidio_templates()
    order = _order(rng, len(templates))
    notes: list[Note] = []
    for i in range(count):
        index = order[i % len(order)]
        template = templates[index]
        ctx = new_context(rng)
        me = forms.person(rng, SCRIPT_SHARE)
        text, labels, at = "", [], 0
        pieces: list[forms.Piece] = []
        for m in _PSLOT.finditer(template):
            pieces.append((template[at : m.start()], None, ""))
            pieces += _presidio_piece(rng, m.group(1), me)
            at = m.end()
        pieces.append((template[at:], None, ""))
        for piece, kind, form in pieces:
            if kind is not None:
                labels.append(Label(Kind(kind), len(text), len(text) + len(piece), form))
            text += piece
        clean = not any(lb.kind is not Kind.KEEP for lb in labels)
        notes.append(Note(text, tuple(labels), (ctx.merchant, ctx.order, ctx.claim), clean, index))
    return notes
