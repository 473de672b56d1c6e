"""Values in the shopper author's notes: contact details as typed (obfuscated too), places, ids.

Each filler takes the note's rng and the shopper and returns pieces ``(text, kind)``; a kind of
None is unlabelled text between values.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from pipeline.detect.training.authors._shopper_names import Person, fold

Piece = tuple[str, str | None]

MERCHANTS = [
    "Ted Baker", "John Lewis", "Laura Ashley", "Jack Wills", "Charlotte Tilbury", "Molton Brown",
    "Hobbs", "Phase Eight", "Joules", "Karen Millen", "Paul Smith", "Ralph Lauren", "Kurt Geiger",
    "Tommy Hilfiger", "Calvin Klein", "Hugo Boss", "Russell & Bromley", "Dorothy Perkins",
    "Miss Selfridge", "Jo Malone", "Liz Earle", "Oliver Bonas", "Emma Bridgewater", "Cath Kidston",
    "Charles Tyrwhitt", "Hawes & Curtis", "Harvey Nichols", "Victoria Plum", "Sophie Allport",
    "Lucy & Yak", "Thomas Sabo", "Vivienne Westwood", "Ben Sherman", "Fred Perry", "Jimmy Choo",
    "Marks & Spencer", "M&S", "Sainsbury's", "Tesco", "Argos", "Currys", "Boots", "Superdrug",
    "ASOS", "Zalando", "Very", "Wayfair", "Dunelm", "IKEA", "Habitat", "Lakeland",
    "Hotel Chocolat", "Thorntons", "Booking.com", "Expedia", "eBay", "Amazon", "Etsy", "Moonpig",
    "Funky Pigeon", "Holland & Barrett", "Lush", "The Body Shop", "Lookfantastic", "Cult Beauty",
    "Selfridges", "Wickes", "B&Q", "Halfords", "JD Sports", "Schuh", "Pandora", "Clarks",
    "Next", "Boden", "Seasalt", "Fat Face", "White Stuff", "Whistles", "Jigsaw", "Sky", "EE",
    "Virgin Media", "Trainline", "Jet2holidays", "Papa John's", "Ann Summers", "Simply Be",
]  # fmt: skip
PRODUCTS = [
    "Millie skirt", "Ruby Star trainers", "Harper sofa", "Peter Rabbit mug", "Alfie dungarees",
    "Freya bra", "Emily dress", "Oscar armchair", "Bella bag", "Luna lamp", "Isla duvet cover",
    "Archie backpack", "Sienna boots", "Paddington teddy", "Barbie Dreamhouse", "Charlie coat",
    "Lola jumpsuit", "Matilda cardigan", "Thomas the Tank Engine set", "Florence sideboard",
    "Ava wrap top", "Elsa costume", "Ottoman bed", "air fryer", "Ninja blender", "Dyson V11",
    "iPhone 15 case", "duvet set", "garden furniture", "kids trainers", "perfume gift set",
    "laptop", "PS5 controller", "coffee machine", "advent calendar", "king size mattress",
    "school shoes", "winter coat", "bike helmet", "Le Creuset casserole", "Apple Watch strap",
]  # fmt: skip
TOWNS = [
    "Burton", "Beverley", "Sandy", "Stanley", "Barry", "Preston", "Stoke-on-Trent",
    "Milton Keynes", "Washington", "Shirley", "Clare", "Ross-on-Wye", "Morley", "Kirkby",
    "Ashford", "Chester", "Lincoln", "Bolton", "Kendal", "Wells", "Bath", "Reading", "Leeds",
    "York", "Derby", "Luton", "Crewe", "Bury", "Maidstone", "Telford", "Swindon", "Carlisle",
    "Harrogate", "Whitby", "Ely", "Newton Abbot", "Wigan", "Dudley", "March", "Ware", "Glasgow",
    "Cardiff", "Swansea", "Belfast", "Dundee", "Aberdeen", "Stirling", "Bangor", "Wrexham",
    "Sutton Coldfield", "Hemel Hempstead", "Chelmsford", "Norwich", "Ipswich", "Peterborough",
]  # fmt: skip
EVENTS = [
    "Valentine's Day", "Mother's Day", "Father's Day", "Black Friday", "Cyber Monday",
    "Christmas", "Boxing Day", "Easter", "Diwali", "Eid", "Hanukkah", "Halloween",
    "Bonfire Night", "New Year", "St Patrick's Day", "Prime Day", "Burns Night", "Mothers Day",
    "valentines", "xmas", "Chinese New Year", "Ramadan", "Singles Day", "Fathers day",
]  # fmt: skip
VOUCHERS = ["SOPHIE20", "SAVE10", "WELCOME15", "SUMMER25", "TAKE20", "NEWCUST", "EXTRA10",
            "ELLA10", "MAX5", "BLACKFRIDAY", "XMAS30", "JAMES15", "STUDENT10", "FREESHIP",
            "GRACE25", "SPRING20", "HELLO5", "VIP40"]  # fmt: skip
MONTHS = ["june", "June", "may", "May", "march", "August", "april", "Jan", "sept", "October"]
COLOURS = ["navy", "rose gold", "olive", "ruby red", "amber", "hazel", "ivory", "sage", "black"]
DOMAINS = [
    "gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "icloud.com", "btinternet.com",
    "sky.com", "live.co.uk", "aol.com", "protonmail.com", "virginmedia.com", "talktalk.net",
    "gmx.de", "web.de", "orange.fr", "libero.it", "wp.pl", "seznam.cz", "mail.ru", "yahoo.com",
]  # fmt: skip
_AREAS = [
    "SW", "SE", "NW", "N", "E", "W", "WC", "EC", "M", "B", "LS", "G", "EH", "CF", "BS", "NE",
    "L", "S", "NG", "LE", "CV", "OX", "CB", "BN", "PO", "SO", "EX", "PL", "TR", "YO", "HU",
    "DN", "ST", "WS", "WV", "DY", "TF", "SY", "LL", "CH", "WA", "WN", "BL", "OL", "SK", "HD",
    "HX", "BD", "HG", "DL", "TS", "SR", "DH", "CA", "LA", "PR", "BB", "FY", "KT", "CR", "BR",
    "DA", "TN", "ME", "CT", "RH", "GU", "RG", "SL", "HP", "LU", "SG", "AL", "EN", "IG", "RM",
    "SS", "CM", "CO", "IP", "NR", "PE", "MK", "NN", "KA", "PA", "DD", "AB", "IV", "KY", "FK",
    "BT",
]  # fmt: skip
_STEMS = [
    "Mill", "Church", "Station", "Victoria", "Queens", "Kings", "Park", "High", "Manor", "Oak",
    "Elm", "Beech", "Willow", "Ash", "Chestnut", "Meadow", "Orchard", "Brook", "Bridge",
    "Castle", "Abbey", "Priory", "Grange", "Hawthorn", "Holly", "Rowan", "Heather", "Bramble",
    "Fox", "Kestrel", "Wren", "Nightingale", "Cromwell", "Nelson", "Wellington", "Albert",
    "Gladstone", "Jubilee", "Coronation", "Windsor", "York", "Lancaster", "Stanley", "Grace",
    "Rose", "Cherry", "Cedar", "Poplar", "Sycamore", "Ferndale", "Greenfield", "Springfield",
    "Westfield", "Hillcrest", "Riverside", "Lime", "Hazel", "Linden", "Maple", "Laburnum",
    "Clarence", "Moor",
]  # fmt: skip
_STREET_TYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way", "Crescent",
                 "Gardens", "Grove", "Terrace", "Place", "Court", "Mews", "Rise", "Walk", "View",
                 "Hill", "Row", "Parade", "Rd", "St", "Ave", "Cl", "Dr"]  # fmt: skip
_HOUSE_STEMS = ["Ivy", "Rose", "Willow", "Orchard", "Holly", "Lilac", "Meadow", "Bramble", "Oak",
                "Stable", "Coach", "Mill", "Old School", "Fern", "Badgers", "Swallows", "Primrose",
                "Honeysuckle", "Wisteria", "Apple Tree", "Brook", "Hill", "Lavender", "Wharf"]  # fmt: skip
_HOUSE_TYPES = ["Cottage", "Villa", "House", "Lodge", "Barn", "Farm", "View", "End", "Croft",
                "Farmhouse", "Cottages", "Mews", "Court"]  # fmt: skip
_HOUSE_WHOLE = ["The Old Rectory", "The Laurels", "Fairview", "Hillside", "The Coach House",
                "Tŷ Gwyn", "The Willows", "Rosebank", "The Beeches", "Dunromin", "Sea View"]  # fmt: skip


def _digits(rng: random.Random, count: int) -> str:
    return str(rng.randrange(10**count)).zfill(count)


def _local(rng: random.Random, person: Person) -> str:
    given, surname = fold(person.given).lower(), fold(person.surname).lower().replace(" ", "")
    if not (given + surname).isascii() or not given.isalpha():
        given, surname = rng.choice(["shopper", "happy", "mummy", "gamer", "sunshine"]), ""
    surname = surname.replace("'", "") or _digits(rng, 3)
    shapes = [f"{given}.{surname}", f"{given}{surname}{_digits(rng, 2)}", f"{given[0]}{surname}",
              f"{given}_{surname}", f"{surname}{given[0]}{_digits(rng, 2)}", f"{given}{_digits(rng, 4)}"]  # fmt: skip
    return rng.choice(shapes)


def email(rng: random.Random, person: Person) -> list[Piece]:
    local, domain = _local(rng, person), rng.choice(DOMAINS)
    name, _, top = domain.partition(".")
    how = rng.randrange(12)
    if how == 0:
        text = f"{local} at {name} dot {top.replace('.', ' dot ')}"
    elif how == 1:
        text = f"{local} (at) {name} (dot) {top}"
    elif how == 2:
        text = f"{local}[at]{domain}"
    elif how == 3:
        text = " ".join(local) + " @ " + domain
    elif how == 4:
        text = f"{local}%40{domain}"
    elif how == 5:
        text = f"{local}&#64;{domain}"
    elif how == 6:
        cut = rng.randrange(1, len(local))
        text = f"{local[:cut]}\u200b{local[cut:]}@{domain}"
    elif how == 7:
        text = f"{local} @ {domain}"
    elif how == 8:
        text = f"{local}@{domain}".upper()
    else:
        text = f"{local}@{domain}"
    return [(text, "EMAIL")]


def phone(rng: random.Random, _: Person) -> list[Piece]:
    mobile = "07" + _digits(rng, 9)
    how = rng.randrange(14)
    if how == 10:
        city = rng.choice(["161", "121", "113", "131", "141", "117"])
        return [(f"(0{city}) {_digits(rng, 3)} {_digits(rng, 4)}", "PHONE")]
    if how == 11:
        return [(f"020 {_digits(rng, 4)} {_digits(rng, 4)}", "PHONE")]
    if how == 12:
        return [(f"01{_digits(rng, 3)} {_digits(rng, 6)}", "PHONE")]
    if how == 13:
        pairs = " ".join(_digits(rng, 2) for _ in range(4))
        abroad = [
            f"+49 151 {mobile[3:]}",
            f"+33 6 {pairs}",
            f"+48 {mobile[2:5]} {mobile[5:8]} {mobile[8:]}",
        ]
        return [(rng.choice(abroad), "PHONE")]
    shapes = [
        mobile, f"{mobile[:5]} {mobile[5:]}", f"{mobile[:5]} {mobile[5:8]} {mobile[8:]}",
        f"{mobile[:5]}-{mobile[5:8]}-{mobile[8:]}", f"{mobile[:5]}.{mobile[5:8]}.{mobile[8:]}",
        " ".join(mobile), f"+44 {mobile[1:5]} {mobile[5:]}", f"+44 (0){mobile[1:5]} {mobile[5:]}",
        "+44" + mobile[1:], f"0044 {mobile[1:5]} {mobile[5:]}",
    ]  # fmt: skip
    return [(shapes[how], "PHONE")]


def postcode(rng: random.Random, _: Person) -> list[Piece]:
    area = rng.choice(_AREAS)
    district = str(rng.randrange(1, 30)) + (
        rng.choice("ABCEHMNPRVWXY") if rng.random() < 0.1 else ""
    )
    inward = str(rng.randrange(10)) + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    outward = area + district
    how = rng.randrange(8)
    if how == 0:
        text = (outward + inward).lower()
    elif how == 1:
        text = f"{outward}  {inward}"
    elif how == 2:
        text = " ".join(outward + inward)
    elif how == 3:
        text = f"{outward} {inward}".lower()
    elif how == 4:
        text = outward + inward
    else:
        text = f"{outward} {inward}"
    return [(text, "POSTCODE")]


def street_name(rng: random.Random) -> str:
    return f"{rng.choice(_STEMS)} {rng.choice(_STREET_TYPES)}"


def street(rng: random.Random, _: Person) -> list[Piece]:
    base = f"{rng.randrange(1, 240)}{rng.choice(['', '', '', 'a', 'b'])} {street_name(rng)}"
    roll = rng.random()
    if roll < 0.15:
        base = f"Flat {rng.randrange(1, 30)}, {base}"
    elif roll < 0.22:
        base = f"Apt {rng.randrange(1, 30)} {base}"
    return [(base, "STREET")]


def house(rng: random.Random, _: Person) -> list[Piece]:
    if rng.random() < 0.3:
        return [(rng.choice(_HOUSE_WHOLE), "HOUSE")]
    return [(f"{rng.choice(_HOUSE_STEMS)} {rng.choice(_HOUSE_TYPES)}", "HOUSE")]


def address(rng: random.Random, person: Person) -> list[Piece]:
    """An address in prose, on one line."""
    pieces: list[Piece] = []
    if rng.random() < 0.25:
        pieces += [*house(rng, person), (", ", None)]
    pieces += street(rng, person)
    if rng.random() < 0.8:
        pieces += [(rng.choice([", ", " ", ",", " - "]), None), (rng.choice(TOWNS), "TOWN")]
    if rng.random() < 0.8:
        pieces += [(rng.choice([", ", " ", " "]), None), *postcode(rng, person)]
    return pieces


def address_block(rng: random.Random, person: Person) -> list[Piece]:
    """An address across lines, as pasted from a label."""
    pieces: list[Piece] = []
    if rng.random() < 0.35:
        pieces += [*house(rng, person), ("\n", None)]
    pieces += [*street(rng, person), ("\n", None), (rng.choice(TOWNS), "TOWN"), ("\n", None)]
    return [*pieces, *postcode(rng, person)]


def member(rng: random.Random, person: Person) -> list[Piece]:
    how = rng.randrange(8)
    shapes = [_digits(rng, 8), _digits(rng, 7), "QC" + _digits(rng, 7), "TCB" + _digits(rng, 8),
              "u" + _digits(rng, 6), f"{_digits(rng, 4)}-{_digits(rng, 4)}",
              "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7)),
              fold(person.given).lower()[:6].replace(" ", "") + _digits(rng, 3)]  # fmt: skip
    text = shapes[how]
    return [(text if text.isascii() and text[0].isalnum() else _digits(rng, 9), "MEMBER")]


def order(rng: random.Random, _: Person) -> list[Piece]:
    shapes = [_digits(rng, 9), f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
              "W" + _digits(rng, 9), f"#{_digits(rng, 8)}", "ORD-" + _digits(rng, 6),
              f"UK{_digits(rng, 4)}-{_digits(rng, 4)}", "A" + _digits(rng, 10)]  # fmt: skip
    return [(rng.choice(shapes), "ORDER")]


def order_phone(rng: random.Random, _: Person) -> list[Piece]:
    return [("07" + _digits(rng, 9) if rng.random() < 0.7 else "01" + _digits(rng, 9), "ORDER")]


def claim(rng: random.Random, _: Person) -> list[Piece]:
    shapes = [f"CLM-{_digits(rng, 7)}", "C" + _digits(rng, 7), f"#{_digits(rng, 6)}",
              f"MC-2024-{_digits(rng, 6)}", "ENQ" + _digits(rng, 6), _digits(rng, 10)]  # fmt: skip
    return [(rng.choice(shapes), "CLAIM")]


def date(rng: random.Random, _: Person) -> list[Piece]:
    day, month, year = rng.randrange(1, 29), rng.randrange(1, 13), rng.choice([2023, 2024, 2025])
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]  # fmt: skip
    word = months[month - 1]
    suffix = "th" if 4 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    shapes = [f"{day:02}/{month:02}/{year}", f"{day}/{month}/{str(year)[2:]}", f"{day}{suffix} {word}",
              f"{word.lower()} {day}{suffix}", f"{day} {word[:3]}", f"{year}-{month:02}-{day:02}",
              f"{day}.{month}.{year}", f"{day} {word} {year}"]  # fmt: skip
    return [(rng.choice(shapes), "DATE")]


def amount(rng: random.Random, _: Person) -> list[Piece]:
    pounds = rng.choice([rng.randrange(3, 60), rng.randrange(20, 400), rng.randrange(100, 2500)])
    pence = rng.randrange(100)
    shapes = [f"£{pounds}.{pence:02}", f"£{pounds}", f"{pounds}.{pence:02}", f"£{pounds:,}.99",
              f"€{pounds}", f"£ {pounds}.00", f"{pounds} pounds", f"${pounds}"]  # fmt: skip
    return [(rng.choice(shapes), "AMOUNT")]


def _pick(options: list[str], kind: str | None) -> Callable[[random.Random, Person], list[Piece]]:
    return lambda rng, _: [(rng.choice(options), kind)]


FILL: dict[str, Callable[[random.Random, Person], list[Piece]]] = {
    "email": email, "phone": phone, "postcode": postcode, "street": street, "house": house,
    "sname": lambda rng, _: [(street_name(rng), "STREET")],
    "nstreet": lambda rng, _: [(f"{rng.randrange(1, 200)} {street_name(rng)}", "STREET")],
    "addr": address, "member": member, "order": order, "orderphone": order_phone,
    "claim": claim, "date": date, "amount": amount,
    "merchant": _pick(MERCHANTS, "MERCHANT"), "product": _pick(PRODUCTS, "PRODUCT"),
    "town": _pick(TOWNS, "TOWN"), "event": _pick(EVENTS, "EVENT"),
    "voucher": _pick(VOUCHERS, "VOUCHER"), "month": _pick(MONTHS, "DATE"), "colour": _pick(COLOURS, None),
    "num": lambda rng, _: [(str(rng.randrange(1, 200)), None)],
    "weeks": lambda rng, _: [(str(rng.randrange(2, 15)), None)],
}  # fmt: skip
