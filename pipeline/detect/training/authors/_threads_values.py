"""Values for the ``threads`` author: shops, products, towns, refs, dates, amounts, contacts."""

from __future__ import annotations

import random

# Shops, many of them named like people (hard negatives).
MERCHANTS = (
    "John Lewis", "Ted Baker", "Jack Wills", "Laura Ashley", "Joe Browns", "Marks & Spencer",
    "Phase Eight", "Charles Tyrwhitt", "Ann Summers", "Karen Millen", "Hobbs", "Sainsbury's",
    "Sally Beauty", "Emma Bridgewater", "Oliver Bonas", "Molly Maid", "Lakeland", "Argos",
    "ASOS", "Currys", "Boots", "Very", "Booking.com", "Expedia", "Dunelm", "Wickes",
    "Matalan", "Next", "Debenhams", "Superdrug", "eBay", "AliExpress", "Clarks", "Joules",
    "White Stuff", "Simply Be", "Jacamo", "Ruth Langsford", "Hotel Chocolat", "Vodafone",
)  # fmt: skip
NETWORKS = ("TopCashback", "Quidco", "KidStart", "Awin", "Rakuten", "CJ Affiliate", "Webgains")

# Products, some named like people.
PRODUCTS = (
    "Millie skirt", "Peter Rabbit mug", "Dyson V15", "Harry Potter box set", "Ninja air fryer",
    "Paddington Bear plush", "Billie jumpsuit", "Freddie chinos", "Rosie wrap dress",
    "Barbour Beadnell jacket", "Kenwood Chef", "Sophia sofa", "Alfie hoodie", "iPhone 15 case",
    "Le Creuset casserole", "Ella sandals", "Martha bedding set", "Samsung Galaxy Buds",
)  # fmt: skip

# Towns, several named like people or words.
TOWNS = (
    "Bradford", "Kendal", "Reading", "Sale", "Ashford", "Stafford", "Wells", "Bath", "Hope",
    "Street", "Ely", "Leigh", "Morley", "Stanley", "Kirkby", "Shirley", "Beverley", "Neston",
    "Maidstone", "Dundee", "Limerick", "Cork", "Swansea", "Newry", "Chester", "Barry",
    "Clifton", "Florence", "Lincoln", "Buxton", "Washington", "Consett", "Milton Keynes",
)  # fmt: skip

EVENTS = (
    "Black Friday", "Cyber Monday", "Valentine's Day", "Mother's Day", "Father's Day",
    "Boxing Day", "Easter", "Christmas", "Prime Day", "Singles' Day", "Bank Holiday weekend",
)  # fmt: skip

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_VOUCHER_WORDS = ("SOPHIE", "JAMES", "WELCOME", "SAVE", "ROSE", "MAX", "SUMMER", "EXTRA", "VIP")
_THOROUGHFARES = (
    "Street", "Road", "Lane", "Avenue", "Close", "Crescent", "Drive", "Way", "Gardens",
    "Terrace", "Place", "Grove", "Mews", "Rise", "Row", "Walk", "Court", "Square", "Hill",
    "Parade", "Wynd", "Brae", "Vale",
)  # fmt: skip
_STREET_STEMS = (
    "Acacia", "Mill", "Church", "Station", "Victoria", "Queen's", "Hawthorn", "Beech",
    "Albert", "Kingsley", "Orchard", "Meadow", "Ferndale", "St Mary's", "Bridge", "Hollybush",
    "Mayfield", "Grange", "Rosemary", "Cromwell", "Baker", "Willow",
)  # fmt: skip
_HOUSE_NAMES = (
    "Ivy Cottage", "Rose Cottage", "The Old Rectory", "Holly House", "Sunnyside", "Fernbank",
    "The Willows", "Hillcrest", "Tŷ Gwyn", "The Coach House", "Orchard View", "Meadow Barn",
)  # fmt: skip
_DOMAINS = ("gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "icloud.com",
            "btinternet.com", "live.ie", "eircom.net", "proton.me", "sky.com")  # fmt: skip
_DIGIT_WORDS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def pick(rng: random.Random, options: tuple[str, ...]) -> str:
    """One option, chosen by ``rng``."""
    return options[rng.randrange(len(options))]


def digits(rng: random.Random, count: int) -> str:
    """``count`` random decimal digits."""
    return f"{rng.randrange(10**count):0{count}d}"


def order_ref(rng: random.Random) -> str:
    """An order reference, in one of many shapes (some shaped like phone numbers)."""
    shape = rng.randrange(8)
    if shape == 0:
        return f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}"
    if shape == 1:
        return f"0{digits(rng, 4)} {digits(rng, 6)}"
    if shape == 2:
        return f"ORD-{digits(rng, rng.randint(5, 8))}"
    if shape == 3:
        return f"#{digits(rng, 9)}"
    if shape == 4:
        return f"{rng.choice(['JL', 'MS', 'AR', 'TB'])}{digits(rng, 8)}"
    if shape == 5:
        return f"W{digits(rng, 9)}"
    if shape == 6:
        return f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"
    return digits(rng, rng.randint(7, 12))


def claim_id(rng: random.Random) -> str:
    """A cashback claim id."""
    shape = rng.randrange(5)
    if shape == 0:
        return f"CLM-{digits(rng, 6)}"
    if shape == 1:
        return f"TCB{digits(rng, 7)}"
    if shape == 2:
        return f"QC-{digits(rng, 3)}-{digits(rng, 4)}"
    if shape == 3:
        return f"KS{digits(rng, 6)}"
    return f"MC{digits(rng, 8)}"


def member_id(rng: random.Random) -> str:
    """A shopper's member or account number."""
    shape = rng.randrange(4)
    if shape == 0:
        return digits(rng, rng.randint(6, 9))
    if shape == 1:
        return f"M{digits(rng, 7)}"
    if shape == 2:
        return f"KS-{digits(rng, 6)}"
    return f"{digits(rng, 4)} {digits(rng, 4)}"


def voucher(rng: random.Random) -> str:
    """A voucher code, sometimes built on a given name."""
    return f"{pick(rng, _VOUCHER_WORDS)}{rng.choice(['10', '15', '20', '25', '5OFF', '30'])}"


def date(rng: random.Random, year: int = 2026) -> str:
    """A calendar date in one of several written forms."""
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    shape = rng.randrange(6)
    if shape == 0:
        return f"{day:02d}/{month:02d}/{year}"
    if shape == 1:
        return f"{day} {_MONTHS[month - 1][:3]} {year}"
    if shape == 2:
        return f"{day} {_MONTHS[month - 1]} {year}"
    if shape == 3:
        return f"{year}-{month:02d}-{day:02d}"
    if shape == 4:
        return f"{_MONTHS[month - 1]} {day}, {year}"
    return f"{day}.{month}.{str(year)[2:]}"


def header_date(rng: random.Random) -> str:
    """A date the way a mail client writes it in a header or a quote line."""
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    weekday = pick(rng, _DAYS)
    if rng.random() < 0.5:
        return f"{weekday}, {day} {_MONTHS[month - 1][:3]} 2026"
    return f"{weekday}, {day} {_MONTHS[month - 1]} 2026"


def clock(rng: random.Random) -> str:
    """A time of day (never labelled)."""
    if rng.random() < 0.5:
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    return f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}"


def amount(rng: random.Random) -> str:
    """A money amount in one of several written forms."""
    value = f"{rng.randint(1, 900)}.{rng.randint(0, 99):02d}"
    shape = rng.randrange(6)
    if shape == 0:
        return f"£{value}"
    if shape == 1:
        return f"{value} GBP"
    if shape == 2:
        return f"€{value.replace('.', ',')}"
    if shape == 3:
        return f"£{rng.randint(1, 90)}"
    if shape == 4:
        return f"GBP {value}"
    return f"${value}"


def phone(rng: random.Random) -> str:
    """A phone number: UK, Irish or international, in any grouping."""
    shape = rng.randrange(9)
    if shape == 0:
        return f"07{digits(rng, 3)} {digits(rng, 6)}"
    if shape == 1:
        return f"+44 7{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    if shape == 2:
        return f"+44 (0)20 {digits(rng, 4)} {digits(rng, 4)}"
    if shape == 3:
        return f"0{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 4)}"
    if shape == 4:
        return f"+353 8{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 4)}"
    if shape == 5:
        return f"08{digits(rng, 1)}-{digits(rng, 3)}-{digits(rng, 4)}"
    if shape == 6:
        return f"+1 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"
    if shape == 7:
        return f"+91 {digits(rng, 5)} {digits(rng, 5)}"
    return spoken_phone(rng)


def spoken_phone(rng: random.Random) -> str:
    """A mobile number written out in words, with 'double' for repeats."""
    number = f"07{digits(rng, 9)}"
    words: list[str] = []
    index = 0
    while index < len(number):
        word = _DIGIT_WORDS[int(number[index])]
        if index + 1 < len(number) and number[index + 1] == number[index]:
            words.append(f"double {word}")
            index += 2
        else:
            words.append(word)
            index += 1
    return " ".join(words)


def postcode(rng: random.Random) -> str:
    """A UK postcode or Irish Eircode, with odd spacing or case at times."""
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    area = rng.choice(["SW", "M", "B", "LS", "LA", "EH", "BT", "CF", "RG", "NE", "G", "BD"])
    outward = f"{area}{rng.randint(1, 29)}"
    inward = f"{rng.randint(0, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    shape = rng.randrange(6)
    if shape == 0:
        return f"{outward}{inward}"
    if shape == 1:
        return f"{outward}  {inward}"
    if shape == 2:
        return f"{outward} {inward}".lower()
    if shape == 3:
        return f"D{rng.randint(1, 24):02d} {rng.choice(letters)}{digits(rng, 3)}"
    return f"{outward} {inward}"


def street(rng: random.Random) -> str:
    """A street line: number + street, flat + street, or a street name alone."""
    name = f"{pick(rng, _STREET_STEMS)} {pick(rng, _THOROUGHFARES)}"
    shape = rng.randrange(5)
    if shape == 0:
        return name
    if shape == 1:
        return f"Flat {rng.randint(1, 40)}, {rng.randint(1, 300)} {name}"
    if shape == 2:
        return f"{rng.randint(1, 120)}{rng.choice(['a', 'B'])} {name}"
    return f"{rng.randint(1, 300)} {name}"


def house(rng: random.Random) -> str:
    """A house name."""
    return pick(rng, _HOUSE_NAMES)


def domain(rng: random.Random) -> str:
    """A webmail domain."""
    return pick(rng, _DOMAINS)
