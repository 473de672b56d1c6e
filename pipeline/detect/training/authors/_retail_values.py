"""Keep-kind values for the retail author: shops, products, towns, events, refs, money."""

from __future__ import annotations

import random

# Merchants, many named like people (the hard negatives), a few plain.
MERCHANTS = (
    "John Lewis", "Ted Baker", "Jack Wills", "Laura Ashley", "Joe Browns", "Marks & Spencer",
    "Marks and Spencer", "M&S", "Karen Millen", "Phase Eight", "Hobbs", "Jigsaw", "Boden",
    "Charles Tyrwhitt", "Dorothy Perkins", "Miss Selfridge", "Ann Summers", "Ernest Jones",
    "H. Samuel", "Sally Beauty", "Molton Brown", "Jo Malone", "Charlotte Tilbury", "Oliver Bonas",
    "Sweaty Betty", "Joules", "Seraphine", "Emma Bridgewater", "Cath Kidston", "Jojo Maman Bebe",
    "Mamas & Papas", "Victoria Plum", "Simba", "Emma Mattress", "Ruth Langsford", "Dunelm",
    "Currys", "Argos", "Boots", "Superdrug", "Selfridges", "Harvey Nichols", "Matalan",
    "Sainsbury's", "Morrisons", "Wilko", "Lakeland", "Hotter", "Clarks", "Schuh", "Next",
    "George at Asda", "Tu at Sainsbury's", "Bella Barnett", "Thomas Pink", "Paul Smith",
    "Stella McCartney", "Vivienne Westwood", "Lloyds Pharmacy", "Holland & Barrett",
)  # fmt: skip

# Products named like people or with a person in them, and plain ones.
PRODUCTS = (
    "the Millie skirt", "Peter Rabbit mug", "Harper sofa", "Rose candle", "Ivy throw",
    "the Martha dress", "Olivia midi dress", "Barbour Beadnell jacket", "Darcy corner sofa",
    "Winnie the Pooh bedding", "Paddington backpack", "Hugo bed frame", "Alfie armchair",
    "the Florence blouse", "Layla ankle boots", "Charlie Bear", "Sophie la girafe teether",
    "Jasper dining table", "Emily ottoman", "Grace wrap top", "the Freddie chino",
    "Ted lunch bag", "Lily tote", "the Isla jumpsuit", "Jessica jeans", "Kate mattress topper",
    "air fryer", "cordless vacuum", "duvet set", "kettle", "gift card", "wedding list voucher",
    "45-piece dinner set", "Nespresso Vertuo", "Dyson V15", "PS5 controller", "school shoes",
    "Hamilton desk", "Maxwell office chair", "Stanley cup", "Bailey boots", "Rosie pyjamas",
)  # fmt: skip

# Towns named like people or English words, plus others.
TOWNS = (
    "Bradford", "Kendal", "Reading", "Sale", "Hope", "Wells", "Bath", "March", "Wool",
    "Ware", "Street", "Eye", "Hull", "Bury", "Derby", "Stanley", "Ashford", "Chester",
    "Lincoln", "Douglas", "Dudley", "Preston", "Shirley", "Beverley", "Hamilton", "Neath",
    "Galway", "Ennis", "Leeds", "Belfast", "Cork", "Swansea", "Aberdeen", "Milton Keynes",
    "St Albans", "Newport", "Sligo", "Kilkenny", "Whitby", "Morley", "Elgin", "Maidstone",
)  # fmt: skip

EVENTS = (
    "Black Friday", "Cyber Monday", "Boxing Day", "Valentine's Day", "Mother's Day",
    "Father's Day", "Christmas", "Easter", "Prime Day", "Singles' Day", "Back to School",
    "the January sale", "the summer sale", "Halloween", "Diwali", "Eid", "Chinese New Year",
    "St Patrick's Day", "Bonfire Night", "Mid-Season Sale", "Black Friday weekend",
)  # fmt: skip

NETWORKS = ("Awin", "Rakuten", "CJ", "Impact", "Partnerize", "Webgains", "TradeDoubler")
SITES = ("TopCashback", "Quidco", "KidStart", "Swagbucks", "Complete Savings", "Cashback Kings")
CARRIERS = ("DPD", "Evri", "Royal Mail", "Yodel", "DHL", "ParcelForce", "InPost")
VOUCHER_WORDS = (
    "SOPHIE", "WELCOME", "SAVE", "EXTRA", "BLACKFRIDAY", "XMAS", "SPRING", "JUNE", "ROSE",
    "MAX", "HOLLY", "STUDENT", "NHS", "BLUELIGHT", "FREEDEL", "TREAT", "VIP", "EMMA", "JACK",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def _letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(count))


def order_ref(rng: random.Random) -> str:
    """An order reference; some are shaped like phone numbers or dates."""
    shapes = (
        lambda: f"{rng.choice(('ORD', 'JL', 'MS', 'BT', 'A', 'WEB'))}-{_digits(rng, 8)}",
        lambda: f"0{_digits(rng, 10)}",  # eleven digits from 0, like a mobile
        lambda: f"07{_digits(rng, 3)} {_digits(rng, 6)}",
        lambda: f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
        lambda: f"#{_digits(rng, 6)}",
        lambda: f"{_letters(rng, 2)}{_digits(rng, 9)}",
        lambda: f"2025{_digits(rng, 4)}-{_digits(rng, 4)}",
        lambda: f"{_digits(rng, 4)}.{_digits(rng, 3)}.{_digits(rng, 3)}",
        lambda: f"R{_digits(rng, 9)}",
    )
    return rng.choice(shapes)()


def claim_id(rng: random.Random) -> str:
    """A missing-commission claim id from a site or network."""
    shapes = (
        lambda: f"CLM-{_digits(rng, 6)}",
        lambda: f"MC{_digits(rng, 7)}",
        lambda: f"TCB-C-{_digits(rng, 8)}",
        lambda: f"Q{_digits(rng, 8)}",
        lambda: f"AW/{_digits(rng, 9)}",
        lambda: f"KS{_digits(rng, 5)}-{_letters(rng, 2)}",
        lambda: f"{_digits(rng, 10)}",
        lambda: f"INQ-{_digits(rng, 7)}",
    )
    return rng.choice(shapes)()


def voucher(rng: random.Random) -> str:
    """A voucher code, often shaped like a name plus a number."""
    word = rng.choice(VOUCHER_WORDS)
    shapes = (
        lambda: f"{word}{rng.choice((5, 10, 15, 20, 25, 30))}",
        lambda: f"{word}-{_digits(rng, 2)}",
        lambda: f"{_letters(rng, 3)}{_digits(rng, 3)}{_letters(rng, 2)}",
        lambda: f"{word.lower()}{rng.choice((10, 20))}",
    )
    return rng.choice(shapes)()


def date(rng: random.Random) -> str:
    """A date in one of the many ways staff write them."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2024, 2025, 2026))
    name = MONTHS[month - 1]
    suffix = "th" if 10 < day < 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    shapes = (
        f"{day:02d}/{month:02d}/{year}", f"{day}/{month}/{year % 100}", f"{year}-{month:02d}-{day:02d}",
        f"{day} {name} {year}", f"{day}{suffix} {name}", f"{name[:3]} {day}", f"{day}.{month}.{year}",
        f"{day}-{name[:3]}-{year % 100}", f"{name} {day}{suffix}, {year}", f"{day} {name[:3]}",
    )  # fmt: skip
    return rng.choice(shapes)


def amount(rng: random.Random) -> str:
    """A money amount: basket, commission or cashback."""
    pounds = rng.choice((rng.randint(1, 60), rng.randint(20, 400), rng.randint(100, 2500)))
    pence = rng.randint(0, 99)
    shapes = (
        f"£{pounds}.{pence:02d}", f"£{pounds}", f"{pounds}.{pence:02d} GBP", f"€{pounds},{pence:02d}",
        f"GBP {pounds}.{pence:02d}", f"£{pounds:,}.{pence:02d}", f"{pence}p", f"£ {pounds}.{pence:02d}",
        f"{pounds} quid", f"EUR {pounds}.{pence:02d}",
    )  # fmt: skip
    return rng.choice(shapes)


def percent(rng: random.Random) -> str:
    """A commission rate, left unlabelled."""
    return rng.choice(("2%", "3.5%", "4%", "5%", "6.5%", "8%", "10%", "12%"))


def quantity(rng: random.Random) -> str:
    """How many items, left unlabelled."""
    return rng.choice(("1", "2", "3", "4", "5", "two", "three"))
