"""Call-centre transcripts about missing cashback, with spelled names and spoken contacts."""

from __future__ import annotations

import random

from pipeline.detect.training.generate import Labelled, Note

_FIRST = ("Siobhan", "Amaka", "June", "Rose", "Tomasz", "Priya", "Kwame", "Aoife", "Will")
_LAST = ("Okafor", "O'Neill", "van der Berg", "Al-Hashimi", "Nowak", "de la Cruz", "Patel")
_MERCHANT = ("John Lewis", "Ted Baker", "Jack Wills", "Marks & Spencer", "Joe Browns")
_TOWN = ("Reading", "Sale", "Bradford", "Kendal")
_PERSONAL = {"NAME", "FIRST", "SURNAME", "EMAIL", "PHONE", "POSTCODE"}
Part = tuple[str, str | None]


def _spell(word: str) -> str:
    """A name read out letter by letter: S-I-O-B-H-A-N."""
    return "-".join(ch.upper() for ch in word if ch.isalpha())


def _clean(rng: random.Random) -> list[Part]:
    """A transcript with look-alikes but no personal value."""
    merchant, town = rng.choice(_MERCHANT), rng.choice(_TOWN)
    amount = f"£{rng.randint(1, 90)}.{rng.randint(0, 99):02d}"
    return [
        ("AGENT: how can I help? CALLER: my cashback from ", None),
        (merchant, "MERCHANT"),
        (" for ", None),
        (amount, "AMOUNT"),
        (" never tracked, I was in ", None),
        (town, "TOWN"),
        (" that day.", None),
    ]


def _personal(rng: random.Random) -> list[Part]:
    """A transcript where the caller spells a name and reads out contacts."""
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    user = f"{first.lower()} underscore {last.split()[-1].lower()}"
    phone = f"oh seven seven double oh {rng.randint(100000, 999999)}"
    return [
        ("AGENT: name please? CALLER: ", None),
        (f"{first} {last}", "NAME"),
        (", that's ", None),
        (_spell(first), "FIRST"),
        (". Surname ", None),
        (last, "SURNAME"),
        (". Email ", None),
        (f"{user} at hotmail dot co dot uk", "EMAIL"),
        (", phone ", None),
        (phone, "PHONE"),
        (", postcode ", None),
        (f"RG{rng.randint(1, 9)} {rng.randint(1, 9)}AB", "POSTCODE"),
        (". Order at ", None),
        (rng.choice(_MERCHANT), "MERCHANT"),
        (".", None),
    ]


def _note(rng: random.Random) -> Note:
    """Join the parts and record exact offsets."""
    note = Note()
    parts = _clean(rng) if rng.random() < 0.4 else _personal(rng)
    for piece, kind in parts:
        start = len(note.text)
        note.text += piece
        if kind:
            target = note.personal if kind in _PERSONAL else note.keep
            target.append(Labelled(start, len(note.text), kind))
            if kind in ("MERCHANT", "AMOUNT"):
                note.row_keep.append(piece)
    return note


def notes(count: int, seed: int) -> list[Note]:
    """``count`` reproducible transcripts."""
    rng = random.Random(seed)
    return [_note(rng) for _ in range(count)]
