"""Retail customer-service notes about a missing-commission claim, order-centric."""

from __future__ import annotations

import random

from pipeline.detect.training.generate import Labelled, Note

_FIRST = ("Amaka", "June", "Rose", "Will", "Siobhan", "Tomasz", "Priya", "Kwame", "Mei", "Faith")
_SURNAME = ("Okafor", "van der Berg", "O'Neill", "Al-Hashimi", "de la Cruz", "Nowak", "Patel")
_MERCHANT = ("John Lewis", "Ted Baker", "Jack Wills", "Laura Ashley", "Joe Browns", "Boots")
_PRODUCT = ("the Millie skirt", "Peter Rabbit mug", "Harper sofa", "Rose candle")
_TOWN = ("Bradford", "Kendal", "Reading", "Sale")
_TEMPLATES = (
    "Order {ORDER} from {MERCHANT} ({PRODUCT}, {AMOUNT}) placed {DATE}; claim {CLAIM}.",
    "Customer {NAME} chased claim {CLAIM}, order {ORDER} at {MERCHANT}, email {EMAIL}.",
    "Mrs {SURNAME} rang {PHONE} re basket {AMOUNT} at {MERCHANT}, dispatched to {TOWN}.",
    "{FIRST} used voucher {VOUCHER} on {DATE}, order {ORDER}; returns none. ref {CLAIM}",
    "ORDER {ORDER} {MERCHANT} {AMOUNT} - will check with june rota, no returns.",
    "Parcel to {STREET}, {POSTCODE}; member {MEMBER}. Order {ORDER} {AMOUNT}.",
)


def _value(kind: str, rng: random.Random) -> str:
    """One random value of ``kind``."""
    digits = "".join(rng.choice("0123456789") for _ in range(8))
    pick: dict[str, str] = {
        "NAME": f"{rng.choice(_FIRST)} {rng.choice(_SURNAME)}",
        "FIRST": rng.choice(_FIRST),
        "SURNAME": rng.choice(_SURNAME),
        "EMAIL": f"{rng.choice(_FIRST).lower()}.{digits[:3]}@gmail.com",
        "PHONE": f"07{digits[:3]} {digits[3:]}9",
        "POSTCODE": rng.choice(("LS1 4AP", "m14 5rt", "BD7  1DP")),
        "STREET": f"{digits[0]}{digits[1]} Acacia Road",
        "MEMBER": f"TCB{digits}",
        "MERCHANT": rng.choice(_MERCHANT),
        "PRODUCT": rng.choice(_PRODUCT),
        "TOWN": rng.choice(_TOWN),
        "VOUCHER": f"{rng.choice(_FIRST).upper()}20",
        "ORDER": f"0{digits}{digits[:2]}",
        "CLAIM": f"CLM-{digits[:6]}",
        "DATE": f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2025",
        "AMOUNT": f"£{rng.randint(5, 900)}.{digits[:2]}",
    }
    return pick[kind]


def _note(rng: random.Random) -> Note:
    """Fill one template, labelling each slot at its offsets."""
    template, note = rng.choice(_TEMPLATES), Note()
    parts = template.replace("}", "{").split("{")
    for index, part in enumerate(parts):
        if index % 2 == 0:
            note.text += part
            continue
        value, start = _value(part, rng), len(note.text)
        note.text += value
        label = Labelled(start, start + len(value), part)
        personal = part in (
            "NAME",
            "FIRST",
            "SURNAME",
            "EMAIL",
            "PHONE",
            "POSTCODE",
            "STREET",
            "MEMBER",
        )
        (note.personal if personal else note.keep).append(label)
        if part in ("ORDER", "CLAIM", "MERCHANT", "DATE", "AMOUNT"):
            note.row_keep.append(value)
    return note


def notes(count: int, seed: int) -> list[Note]:
    """``count`` retail notes, reproducible for ``seed``."""
    rng = random.Random(seed)
    return [_note(rng) for _ in range(count)]
