"""Personal contact values for the retail author, in every written form staff use."""

from __future__ import annotations

import random

from pipeline.detect.training.authors._retail_names import ascii_fold

DOMAINS = (
    "gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com", "btinternet.com",
    "sky.com", "live.ie", "eircom.net", "protonmail.com", "aol.com", "virginmedia.com",
    "talktalk.net", "gmx.de", "orange.fr", "web.de", "mail.ru", "yahoo.in",
)  # fmt: skip
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")
_SPOKEN = {
    "0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
    "7": "seven", "8": "eight", "9": "nine",
}  # fmt: skip
THOROUGHFARES = (
    "Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Way", "Grove", "Place",
    "Terrace", "Gardens", "Court", "Mews", "Row", "Walk", "Rise", "Hill", "Square", "Parade",
    "View", "Green", "Park", "Wynd", "Brae", "Vale", "Bóthar", "Rd", "St", "Ave", "Cres",
)  # fmt: skip
STREET_WORDS = (
    "Acacia", "Station", "Church", "Victoria", "Mill", "Orchard", "Kingfisher", "Beech",
    "Meadow", "Windsor", "Albert", "Queens", "Nelson", "Primrose", "Holly", "Rose", "Juniper",
    "Castle", "Bridge", "Market", "Tudor", "Elm", "Willow", "Sandy", "Harbour", "Chapel",
    "Ashgrove", "Heather", "Main", "High", "Ferndale", "St Mary's", "Lady Margaret",
)  # fmt: skip
HOUSES = (
    "Ivy Cottage", "Rose Cottage", "The Old Rectory", "Willow Barn", "Orchard House",
    "The Laurels", "Fern Lodge", "Hillcrest", "Tŷ Gwyn", "Meadow View", "The Granary",
    "Sunnyside", "Holly Lodge", "Kingfisher House", "Old School House", "Bramble Cottage",
)  # fmt: skip
_OUTWARD = ("LS", "M", "BD", "SW", "E", "N", "EH", "G", "CF", "BT", "B", "L", "NE", "OX", "CB", "SE")  # fmt: skip


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def email_plain(rng: random.Random, first: str, surname: str) -> str:
    """An address built from the shopper's name, or a handle when the name is not Latin."""
    given, family = ascii_fold(first), ascii_fold(surname)
    if not given or not family:
        given, family = rng.choice(("shopper", "deals", "mum", "happy")), _digits(rng, 3)
    local = rng.choice(
        (
            f"{given}.{family}",
            f"{given}{family}{_digits(rng, 2)}",
            f"{given[0]}{family}",
            f"{given}_{family[:4]}",
            f"{family}.{given[0]}{_digits(rng, 4)}",
            f"{given}{rng.choice(('85', '1990', 'x', 'xx', '_uk'))}",
        )
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def obfuscate_email(rng: random.Random, address: str) -> str:
    """``address`` as staff or shoppers disguise it."""
    local, domain = address.split("@")
    roll = rng.randrange(8)
    if roll == 0:
        spoken_domain = domain.replace(".", " dot ")
        return f"{local.replace('.', ' dot ')} at {spoken_domain}"
    if roll == 1:
        return f"{local} [at] {domain.replace('.', ' [dot] ')}"
    if roll == 2:
        return f"{local}%40{domain}"
    if roll == 3:
        return f"{local}&#64;{domain}"
    if roll == 4:
        cut = rng.randint(1, max(1, len(local) - 1))
        return f"{local[:cut]}{rng.choice(_ZERO_WIDTH)}{local[cut:]}@{domain}"
    if roll == 5:
        return f"{local}(at){domain}"
    if roll == 6:
        return f"{local} AT {domain.replace('.', ' DOT ')}"
    return f"{local}@{domain}".upper()


def email(rng: random.Random, first: str, surname: str) -> str:
    """An e-mail address, plain three times in four."""
    address = email_plain(rng, first, surname)
    return obfuscate_email(rng, address) if rng.random() < 0.3 else address


def _spoken(number: str) -> str:
    """Digits read out, with 'double' for repeated pairs."""
    words: list[str] = []
    index = 0
    while index < len(number):
        digit = number[index]
        if index + 1 < len(number) and number[index + 1] == digit:
            words.append(f"double {_SPOKEN[digit]}")
            index += 2
        else:
            words.append(_SPOKEN[digit])
            index += 1
    return " ".join(words)


def phone(rng: random.Random) -> str:
    """A UK, Irish or international phone number in any grouping."""
    mobile = f"7{_digits(rng, 9)}"
    shapes = (
        lambda: f"0{mobile[:4]} {mobile[4:]}",
        lambda: f"0{mobile}",
        lambda: f"+44 {mobile[:4]} {mobile[4:7]} {mobile[7:]}",
        lambda: f"+44 (0){mobile[:4]} {mobile[4:]}",
        lambda: f"0{mobile[:4]}.{mobile[4:7]}.{mobile[7:]}",
        lambda: f"0{mobile[:4]}-{mobile[4:]}",
        lambda: f"020 {_digits(rng, 4)} {_digits(rng, 4)}",
        lambda: f"0161 {_digits(rng, 3)} {_digits(rng, 4)}",
        lambda: f"08{rng.choice('35679')} {_digits(rng, 3)} {_digits(rng, 4)}",
        lambda: f"+353 8{rng.choice('35679')} {_digits(rng, 3)} {_digits(rng, 4)}",
        lambda: f"00353{_digits(rng, 9)}",
        lambda: f"+91 {_digits(rng, 5)} {_digits(rng, 5)}",
        lambda: f"+234 80{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}",
        lambda: f"+49 151 {_digits(rng, 8)}",
        lambda: _spoken(f"07{_digits(rng, 3)}") + " " + _digits(rng, 6),
        lambda: _spoken(f"0{mobile}"),
    )
    return rng.choice(shapes)()


def postcode(rng: random.Random) -> str:
    """A UK postcode or Irish Eircode with odd spacing or case."""
    outward = f"{rng.choice(_OUTWARD)}{rng.randint(1, 29)}"
    inward = f"{rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    shapes = (
        f"{outward} {inward}", f"{outward}{inward}", f"{outward}  {inward}", f"{outward} {inward}".lower(),
        f"{outward.lower()}{inward}", f"D{rng.randint(1, 24):02d} {_digits(rng, 1)}X{_digits(rng, 2)}",
        f"T12 {rng.choice('ACEFHK')}{_digits(rng, 1)}{rng.choice('PRTVW')}{_digits(rng, 1)}",
    )  # fmt: skip
    return rng.choice(shapes)


def street(rng: random.Random) -> str:
    """A street, with or without a number (or flat number)."""
    name = f"{rng.choice(STREET_WORDS)} {rng.choice(THOROUGHFARES)}"
    shapes = (
        f"{rng.randint(1, 240)} {name}", name, f"{rng.randint(1, 99)}{rng.choice('ABC')} {name}",
        f"Flat {rng.randint(1, 30)}, {rng.randint(1, 200)} {name}", f"{rng.randint(1, 120)}, {name}",
        f"{rng.randint(1, 80)} {name}".upper(), name.lower(),
    )  # fmt: skip
    return rng.choice(shapes)


def house(rng: random.Random) -> str:
    """A house name."""
    return rng.choice(HOUSES)


def member(rng: random.Random) -> str:
    """A shopper's member or account id at the cashback site."""
    shapes = (
        lambda: f"TCB{_digits(rng, 8)}",
        lambda: _digits(rng, 7),
        lambda: f"QD-{_digits(rng, 6)}",
        lambda: f"KS{_digits(rng, 6)}",
        lambda: f"M{_digits(rng, 9)}",
        lambda: f"{_digits(rng, 4)} {_digits(rng, 4)}",
        lambda: f"usr_{_digits(rng, 6)}",
        lambda: f"AWM{_digits(rng, 5)}",
    )
    return rng.choice(shapes)()
