"""Fresh12 notes: templates rendered with this set's people, places and forms (seed 12).

Each ``Note`` has its text, its labels (``harness.judge.Label``) at exact offsets with kind
and form, and an ``allow`` list: its row's merchant, order ref and claim id and any batch
order ref it mentions.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from harness.judge import Kind, Label
from harness.presidio import fillable_templates

from fresh12 import forms, places
from fresh12.templates import CLEAN, PERSONAL

SEED = 12
SLOT = re.compile(r"\{keep=([\w-]+)=([^}]+)\}|\{(\w+)(?::([\w-]+))?\}")
PERSONAL_SLOTS = frozenset(["name", "name2", "first", "first2", "surname", "email", "phone",
                            "phone2", "postcode", "street", "house", "member"])  # fmt: skip
KEEP_SLOTS = frozenset(["merchant", "product", "town", "occasion", "voucher", "order", "claim",
                        "date", "amount", "time", "courier", "network", "site", "tracking",
                        "sku", "batchref", "keep"])  # fmt: skip
UNSUPPORTED = ("credit_card_number", "iban", "ssn", "ip_address", "us_driver_license")


@dataclass(frozen=True, slots=True)
class Note:
    text: str
    labels: tuple[Label, ...]
    allow: tuple[str, ...]
    clean: bool
    template: int  # index into PERSONAL, or -1 - index into CLEAN; presidio: its line


@dataclass(frozen=True, slots=True)
class Context:
    merchant: str
    order: str
    claim: str
    batch: tuple[str, ...]


def new_context(rng: random.Random) -> Context:
    merchant = rng.choice(places.MERCHANTS)
    order = forms.order_ref(rng, merchant)
    batch = tuple(forms.order_ref(rng, rng.choice(places.MERCHANTS)) for _ in range(2))
    return Context(merchant, order, forms.claim_id(rng), batch)


def _keep(rng: random.Random, slot: str, ctx: Context, used: list[str]) -> forms.Piece:
    if slot == "merchant":
        form = "merchant-person" if ctx.merchant in places.PERSON_LIKE_MERCHANTS else "merchant"
        return (ctx.merchant, "KEEP", form)
    if slot == "order":
        return (ctx.order, "KEEP", "order ref")
    if slot == "claim":
        return (ctx.claim, "KEEP", "claim id")
    if slot == "batchref":
        ref = rng.choice(ctx.batch)
        used.append(ref)
        return (ref, "KEEP", "order ref,batch")
    makers: dict[str, Callable[[], str]] = {
        "product": lambda: rng.choice(places.PRODUCTS),
        "town": lambda: rng.choice(places.TOWNS),
        "occasion": lambda: rng.choice(places.OCCASIONS),
        "voucher": lambda: forms.voucher(rng),
        "date": lambda: forms.a_date(rng),
        "amount": lambda: forms.amount(rng),
        "time": lambda: forms.a_time(rng),
        "courier": lambda: rng.choice(places.COURIERS),
        "network": lambda: rng.choice(places.NETWORKS),
        "site": lambda: rng.choice(places.SITES),
        "tracking": lambda: forms.tracking(rng),
        "sku": lambda: forms.sku(rng),
    }
    names = {"tracking": "tracking number", "voucher": "voucher"}
    return (makers[slot](), "KEEP", names.get(slot, slot))


def _personal(
    rng: random.Random, slot: str, form: str | None, who: list[forms.Person]
) -> list[forms.Piece]:
    main, other = who
    if slot == "name":
        return forms.name(rng, main, form)
    if slot == "name2":
        return forms.name(rng, other, form)
    if slot == "first":
        return forms.first(rng, main, form)
    if slot == "first2":
        return forms.first(rng, other, form)
    if slot == "surname":
        return forms.surname(rng, main, form)
    if slot == "email":
        return forms.email(rng, main, form)
    if slot in ("phone", "phone2"):
        return forms.phone(rng, form)
    if slot == "postcode":
        return forms.postcode(rng, form)
    if slot == "street":
        return forms.street(rng, form)
    if slot == "house":
        return forms.house(rng, form)
    if slot == "member":
        return forms.member(rng, form)
    raise KeyError(slot)


def render(rng: random.Random, template: str, ctx: Context) -> tuple[str, list[Label], list[str]]:
    """The template's text and labels; and the batch refs it mentions."""
    who = [forms.person(rng), forms.person(rng)]
    text, labels, used = "", [], []
    at = 0

    def literal(chunk: str) -> str:
        return chunk.replace("{{", "{").replace("}}", "}")

    for match in SLOT.finditer(template):
        text += literal(template[at : match.start()])
        at = match.end()
        if match.group(1):
            pieces: list[forms.Piece] = [(match.group(2), "KEEP", match.group(1))]
        elif match.group(3) in PERSONAL_SLOTS:
            pieces = _personal(rng, match.group(3), match.group(4), who)
        else:
            pieces = [_keep(rng, match.group(3), ctx, used)]
        for value, kind, form in pieces:
            if kind is not None:
                labels.append(Label(Kind(kind), len(text), len(text) + len(value), form))
            text += value
    text += literal(template[at:])
    return text, labels, used


def note_for(rng: random.Random, ctx: Context, clean: bool, index: int) -> Note:
    template = (CLEAN if clean else PERSONAL)[index]
    text, labels, used = render(rng, template, ctx)
    allow = tuple(dict.fromkeys([ctx.merchant, ctx.order, ctx.claim, *used]))
    return Note(text, tuple(labels), allow, clean, -1 - index if clean else index)


def own_notes(count: int, seed: int = SEED) -> list[Note]:
    """``count`` claim notes, every third one without personal data."""
    rng = random.Random(seed)
    personal = list(range(len(PERSONAL)))
    clean = list(range(len(CLEAN)))
    order_p: list[int] = []
    order_c: list[int] = []
    notes = []
    for number in range(count):
        is_clean = number % 3 == 2
        queue, pool = (order_c, clean) if is_clean else (order_p, personal)
        if not queue:
            queue.extend(rng.sample(pool, len(pool)))
        notes.append(note_for(rng, new_context(rng), is_clean, queue.pop()))
    return notes


# ---- presidio-evaluator templates ----------------------------------------------------------
COUNTRIES = ("Ghana", "Samoa", "Kyrgyzstan", "Georgia", "Peru", "Senegal", "Mongolia", "Fiji",
             "Lithuania", "Nepal", "Sri Lanka", "Morocco", "Bhutan", "Tonga", "Bolivia")  # fmt: skip
NATIONALITIES = ("Ghanaian", "Samoan", "Kyrgyz", "Georgian", "Peruvian", "Senegalese",
                 "Mongolian", "Fijian", "Lithuanian", "Nepali", "Sri Lankan", "Moroccan")  # fmt: skip
JOBS = ("midwife", "bus driver", "welder", "pharmacist", "crofter", "sound engineer")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
COUNTIES = ("Co. Clare", "N. Yorks", "Gwynedd", "Co. Down", "Fife", "Cumbria")
_PSLOT = re.compile(r"\{\{(\w+)\}\}")


def presidio_templates() -> tuple[str, ...]:
    return fillable_templates(UNSUPPORTED)


def _presidio_piece(
    rng: random.Random, slot: str, who: forms.Person, prev: str
) -> list[forms.Piece]:
    if slot in ("person", "name", "name_female", "name_male"):
        return forms.name(rng, who, rng.choice(("plain", "plain", "plain", "upper", "lower")))
    if slot.startswith("first_name"):
        return forms.first(rng, who, "plain")
    if slot.startswith("last_name"):
        return [(who.surname or who.given, "SURNAME", "plain,presidio")]
    if slot.startswith("prefix"):
        return [(rng.choice(("Mr", "Mrs", "Ms", "Dr", "Mx")), None, "")]
    if slot == "address":
        return [*forms.street(rng), (", ", None, ""), (rng.choice(places.TOWNS), "KEEP", "town"),
                (" ", None, ""), *forms.postcode(rng)]  # fmt: skip
    if slot == "street_name":
        kind = "STREET"
        value = f"{rng.choice(places.STREET_NAMES)} {rng.choice(places.THOROUGHFARES)[0]}"
        form = (
            "with-number,presidio"
            if prev.rstrip().split(" ")[-1:] and prev.rstrip()[-1:].isdigit()
            else "no-number,presidio"
        )
        return [(value, kind, form)]
    if slot == "building_number":
        return [(str(rng.randrange(1, 200)), None, "")]
    if slot == "secondary_address":
        return [(f"Flat {rng.randrange(1, 40)}", None, "")]
    if slot == "city":
        return [(rng.choice(places.TOWNS), "KEEP", "town")]
    if slot in ("postcode", "zipcode"):
        return forms.postcode(rng)
    if slot == "phone_number":
        return forms.phone(rng)
    if slot == "email":
        return forms.email(rng, who, "plain")
    if slot == "organization":
        return [(rng.choice(places.MERCHANTS), "KEEP", "merchant")]
    simple: dict[str, Callable[[], str]] = {
        "country": lambda: rng.choice(COUNTRIES),
        "nationality": lambda: rng.choice(NATIONALITIES),
        "nation_woman": lambda: f"{rng.choice(NATIONALITIES)} woman",
        "nation_plural": lambda: f"{rng.choice(NATIONALITIES)}s",
        "age": lambda: str(rng.randrange(18, 90)),
        "year": lambda: str(rng.randrange(1950, 2026)),
        "job": lambda: rng.choice(JOBS),
        "url": lambda: f"https://www.{rng.choice(('kilnandclay', 'brambleboks', 'copperleaf'))}.co.uk/help",
        "date_time": lambda: forms.a_date(rng),
        "date_of_birth": lambda: f"{rng.randrange(1, 28)}/{rng.randrange(1, 12)}/19{rng.randrange(50, 99)}",
        "day_of_week": lambda: rng.choice(DAYS),
        "state_abbr": lambda: rng.choice(COUNTIES),
    }  # fmt: skip
    return [(simple[slot](), None, "")]


def presidio_notes(count: int, seed: int = SEED) -> list[Note]:
    """presidio-evaluator templates (no card/IBAN/SSN/IP/licence) filled with this set's people."""
    rng = random.Random(seed + 1000)
    templates = presidio_templates()
    notes = []
    for number in range(count):
        index = (
            number % len(templates) if number < len(templates) else rng.randrange(len(templates))
        )
        template = templates[index]
        who = forms.person(rng)
        ctx = new_context(rng)
        text, labels, at = "", [], 0
        for match in _PSLOT.finditer(template):
            text += template[at : match.start()]
            at = match.end()
            for value, kind, form in _presidio_piece(rng, match.group(1), who, text):
                if kind is not None:
                    labels.append(Label(Kind(kind), len(text), len(text) + len(value), form))
                text += value
        text += template[at:]
        clean = not any(label.kind is not Kind.KEEP for label in labels)
        notes.append(Note(text, tuple(labels), (ctx.merchant, ctx.order, ctx.claim), clean, index))
    return notes
