"""Values the call-centre author reads out: contacts in spoken and written forms, and claim facts."""

from __future__ import annotations

import random
from collections.abc import Callable

from pipeline.detect.training.authors._callcentre_names import NATO, Person, fold

DIGIT_WORDS = ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBER_WORDS = (
    "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINALS = (
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
    "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
    "twenty-eighth",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MERCHANTS = (
    "John Lewis", "Ted Baker", "Jack Wills", "Laura Ashley", "Joe Browns", "Marks & Spencer",
    "M&S", "Charles Tyrwhitt", "Hobbs", "Monsoon", "Boden", "Sainsbury's", "Morrisons",
    "Debenhams", "Matalan", "TK Maxx", "Currys", "Argos", "ASOS", "boohoo", "Very", "Next",
    "Oliver Bonas", "Molton Brown", "Jo Malone", "Phase Eight", "Karen Millen", "Ray-Ban",
    "Tommy Hilfiger", "Ralph Lauren", "Hotel Chocolat", "Thomas Cook", "Emma Bridgewater",
    "Vodafone", "Sky", "Booking.com", "Expedia", "eBay", "Amazon", "Dunelm", "B&Q", "Wickes",
    "Holland & Barrett", "Boots", "Superdrug", "Lloyds Pharmacy", "Clarks", "Schuh", "Hugo Boss",
    "Paul Smith", "Ann Summers", "Victoria Plum", "Simply Be", "Jacamo", "Oliver Sweeney",
)  # fmt: skip
CASHBACK_SITES = ("TopCashback", "Quidco", "KidStart", "Awin", "Rakuten", "JamDoughnut")
PRODUCTS = (
    "Millie skirt", "Peter Rabbit mug", "Harry wallet", "Rosie dress", "Florence jumpsuit",
    "Jasper sofa", "Alfie cot bed", "Paddington print", "Esme bikini", "Stanley flask",
    "Dyson V11", "iPhone 15", "Galaxy S24", "Kindle Paperwhite", "Ninja air fryer",
    "Samsonite case", "Le Creuset casserole", "Nespresso Vertuo", "Max trainers",
    "Rose gold watch", "Will & Grace box set", "Grace blouse", "Archie chair", "Ruby necklace",
)  # fmt: skip
TOWNS = (
    "Reading", "Sale", "Bradford", "Kendal", "Bury", "Wigan", "Stockport", "Crewe", "Bath",
    "Wells", "Ely", "Hove", "Deal", "Street", "Rugby", "Luton", "Kilkenny", "Galway", "Cork",
    "Swansea", "Bangor", "Paisley", "Hamilton", "Stirling", "Newry", "Preston", "Chester",
    "Shirley", "Beverley", "Whitby", "Barry", "Neath", "Ashford", "Louth", "Dudley", "Derby",
)  # fmt: skip
EVENTS = (
    "Black Friday", "Cyber Monday", "Boxing Day", "Valentine's Day", "Mother's Day",
    "Father's Day", "Prime Day", "Christmas", "Easter", "Halloween", "Singles Day",
    "the January sales", "Bank Holiday weekend", "St Patrick's Day", "Diwali", "Eid",
)  # fmt: skip
_VOUCHER_STEMS = ("SOPHIE", "JUNE", "MAX", "ROSE", "WELCOME", "SAVE", "XMAS", "SPRING", "BF", "VIP")
_STREET_WORDS = (
    "Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Way", "Grove", "Terrace",
    "Gardens", "Court", "Place", "Mews", "Row", "Walk", "Rise", "Hill", "Park", "View", "Square",
    "Parade", "Green", "Wynd", "Brae", "Vale",
)  # fmt: skip
_STREET_STEMS = (
    "Hawthorn", "Mill", "Church", "Victoria", "Station", "Albert", "Queens", "Kings", "Elm",
    "Beech", "Meadow", "Orchard", "Windsor", "Manor", "Chapel", "Castle", "Priory", "Bridge",
    "Willow", "Ash", "Oak", "Springfield", "Highfield", "St Mary's", "Gladstone", "Rosemary",
)  # fmt: skip
_HOUSES = (
    "Ivy Cottage", "The Old Rectory", "Rose Cottage", "Hillside", "The Laurels", "Fern Lodge",
    "Meadow View", "The Stables", "Orchard House", "Tigh na Mara", "Bryn Awel", "Ty Gwyn",
    "The Willows", "Primrose Barn", "Holly House", "The Coach House", "Lark Rise", "Woodlands",
)  # fmt: skip
_DOMAINS = (
    ("hotmail", "co", "uk"), ("gmail", "com"), ("yahoo", "co", "uk"), ("outlook", "com"),
    ("btinternet", "com"), ("icloud", "com"), ("live", "ie"), ("eircom", "net"), ("aol", "com"),
    ("sky", "com"), ("virginmedia", "com"), ("protonmail", "com"), ("gmx", "de"),
)  # fmt: skip
_AREAS = ("RG", "M", "BD", "LA", "SW", "E", "N", "B", "LS", "G", "EH", "CF", "BT", "SE", "NW")
_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_ZERO_WIDTH = ("\u200b", "\u200c", "\u2060")


def _digits(rng: random.Random, count: int) -> str:
    """A run of random digits (leading zeros kept)."""
    return str(rng.randrange(10**count)).zfill(count)


def speak_digits(digits: str, rng: random.Random) -> str:
    """Digits as said on a call: 'oh seven seven double oh nine'; 'zero' and 'triple' now and then."""
    words: list[str] = []
    index = 0
    zero = "zero" if rng.random() < 0.25 else "oh"
    while index < len(digits):
        digit = digits[index]
        run = 1
        while index + run < len(digits) and digits[index + run] == digit and run < 3:
            run += 1
        word = zero if digit == "0" else DIGIT_WORDS[int(digit)]
        if run == 3 and rng.random() < 0.6:
            words.append(f"triple {word}")
        elif run >= 2 and rng.random() < 0.8:
            words.append(f"double {word}")
            run = 2
        else:
            words.append(word)
            run = 1
        index += run
    return " ".join(words)


def phone_digits(rng: random.Random) -> str:
    """A UK or Irish national number, or an international one, as digits."""
    roll = rng.random()
    if roll < 0.45:
        return "07" + _digits(rng, 9)
    if roll < 0.65:
        return rng.choice(("0161", "0113", "0118", "0121", "0131", "0141", "0114")) + _digits(
            rng, 7
        )
    if roll < 0.75:
        return "020" + _digits(rng, 8)
    if roll < 0.9:
        return "08" + rng.choice("35679") + _digits(rng, 7)
    return "01" + _digits(rng, 8)


def phone(rng: random.Random) -> str:
    """A phone number spoken, grouped, dotted or international."""
    digits = phone_digits(rng)
    roll = rng.random()
    if roll < 0.35:
        return speak_digits(digits, rng)
    if roll < 0.5:
        return f"{digits[:5]} {digits[5:]}"
    if roll < 0.6:
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    if roll < 0.7:
        return ".".join((digits[:5], digits[5:8], digits[8:]))
    if roll < 0.8:
        code = "+353" if digits.startswith("08") else "+44"
        return f"{code} {digits[1:4]} {digits[4:7]} {digits[7:]}"
    if roll < 0.87:
        return f"({digits[:5]}) {digits[5:]}"
    if roll < 0.93:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    return digits


def email_user(person: Person, rng: random.Random) -> str:
    """A mailbox name built from the person's names, ASCII only."""
    first = _ascii(person.first) or "info"
    last = _ascii(person.last) or "home"
    shapes = (
        f"{first}.{last}", f"{first}_{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}",
        f"{last}.{first}", f"{first}-{last}{rng.randint(70, 99)}", f"{first}{last[0]}",
    )  # fmt: skip
    return rng.choice(shapes).lower()


def _ascii(name: str) -> str:
    """Only the ASCII letters of a name."""
    return "".join(ch for ch in fold(name) if ch.isascii() and ch.isalpha())


def _dictate(user: str) -> str:
    """A mailbox name read out: dots, underscores and dashes as words."""
    spoken = {".": " dot ", "_": " underscore ", "-": " dash "}
    return "".join(spoken.get(ch, ch) for ch in user).strip()


def email(person: Person, rng: random.Random) -> str:
    """An e-mail address, plain, dictated or obfuscated."""
    user = email_user(person, rng)
    domain = rng.choice(_DOMAINS)
    plain = f"{user}@{'.'.join(domain)}"
    roll = rng.random()
    if roll < 0.3:
        return f"{_dictate(user)} at {' dot '.join(domain)}"
    if roll < 0.45:
        return plain
    if roll < 0.55:
        return f"{user} [at] {' [dot] '.join(domain)}"
    if roll < 0.62:
        return plain.replace("@", "%40")
    if roll < 0.69:
        return plain.replace("@", "&#64;")
    if roll < 0.76:
        return f"{user}(at){'.'.join(domain)}"
    if roll < 0.84:
        cut = rng.randint(1, len(plain) - 1)
        return plain[:cut] + rng.choice(_ZERO_WIDTH) + plain[cut:]
    if roll < 0.92:
        return f"{user} @ {'.'.join(domain)}"
    return plain.upper()


def postcode_parts(rng: random.Random) -> tuple[str, str]:
    """A UK outward and inward code."""
    outward = rng.choice(_AREAS) + str(rng.randint(1, 29 if rng.random() < 0.3 else 9))
    inward = str(rng.randint(0, 9)) + rng.choice(_LETTERS) + rng.choice(_LETTERS)
    return outward, inward


def postcode(rng: random.Random) -> str:
    """A postcode written any which way, read out, or an Irish Eircode."""
    outward, inward = postcode_parts(rng)
    roll = rng.random()
    if roll < 0.3:
        return f"{outward} {inward}"
    if roll < 0.4:
        return f"{outward}{inward}"
    if roll < 0.5:
        return f"{outward} {inward}".lower()
    if roll < 0.58:
        return f"{outward}  {inward}"
    if roll < 0.8:
        return _read_postcode(outward + inward, rng)
    if roll < 0.9:
        return f"D{rng.randint(1, 24):02d} {rng.choice(_LETTERS)}{_digits(rng, 3)}"
    return f"{outward[:-1]} {outward[-1]} {' '.join(inward)}"


def _read_postcode(code: str, rng: random.Random) -> str:
    """A postcode said aloud: 'R G one, four A B', or 'R for Romeo, G for Golf, one ...'."""
    phonetic = rng.random() < 0.3
    said = [
        DIGIT_WORDS[int(ch)] if ch.isdigit() else (f"{ch} for {NATO[ch]}" if phonetic else ch)
        for ch in code
    ]
    split = len(code) - 3
    joiner = ", " if phonetic else " "
    return joiner.join(said[:split]) + ", " + joiner.join(said[split:])


def street(rng: random.Random) -> str:
    """A street line with or without a house number."""
    name = f"{rng.choice(_STREET_STEMS)} {rng.choice(_STREET_WORDS)}"
    roll = rng.random()
    if roll < 0.5:
        return f"{rng.randint(1, 240)} {name}"
    if roll < 0.6:
        return f"{rng.randint(1, 99)}{rng.choice('abc')} {name}"
    if roll < 0.7:
        return f"{rng.randint(1, 90)}, {name}"
    return name


def house(rng: random.Random) -> str:
    """A house name."""
    return rng.choice(_HOUSES)


_MEMBER_SHAPES: tuple[Callable[[random.Random], str], ...] = (
    lambda rng: f"TCB{_digits(rng, 8)}",
    lambda rng: f"QC-{_digits(rng, 7)}",
    lambda rng: f"KS{_digits(rng, 6)}",
    lambda rng: f"M{_digits(rng, 9)}",
    lambda rng: f"{_digits(rng, 4)} {_digits(rng, 4)}",
    lambda rng: f"U-{_digits(rng, 6)}",
    lambda rng: _digits(rng, 8),
    lambda rng: f"mem{_digits(rng, 6)}",
)


def member(rng: random.Random) -> str:
    """A shopper's member or account id on the cashback site."""
    return rng.choice(_MEMBER_SHAPES)(rng)


_ORDER_SHAPES: tuple[Callable[[random.Random], str], ...] = (
    lambda rng: f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
    lambda rng: f"JL{_digits(rng, 8)}",
    lambda rng: f"ORD-{_digits(rng, 6)}",
    lambda rng: f"07{_digits(rng, 3)} {_digits(rng, 6)}",
    lambda rng: _digits(rng, 11),
    lambda rng: f"#{_digits(rng, 7)}",
    lambda rng: f"MS/{_digits(rng, 4)}/{_digits(rng, 5)}",
    lambda rng: f"W{_digits(rng, 9)}",
    lambda rng: f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
    lambda rng: f"TB{_digits(rng, 6)}UK",
)


def order(rng: random.Random) -> str:
    """A merchant's order reference, some shaped like phone numbers or dates."""
    return rng.choice(_ORDER_SHAPES)(rng)


_CLAIM_SHAPES: tuple[Callable[[random.Random], str], ...] = (
    lambda rng: f"CLM-{_digits(rng, 6)}",
    lambda rng: f"MC{_digits(rng, 7)}",
    lambda rng: f"C-2026-{_digits(rng, 5)}",
    lambda rng: f"{_digits(rng, 9)}",
    lambda rng: f"TKT{_digits(rng, 6)}",
    lambda rng: f"REQ/{_digits(rng, 6)}",
)


def claim(rng: random.Random) -> str:
    """A cashback site's missing-claim id."""
    return rng.choice(_CLAIM_SHAPES)(rng)


def voucher(rng: random.Random) -> str:
    """A discount code."""
    return f"{rng.choice(_VOUCHER_STEMS)}{rng.choice((5, 10, 15, 20, 25, 30))}"


def date(rng: random.Random) -> str:
    """A date written or spoken."""
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    name = MONTHS[month - 1]
    shapes = (
        f"{day:02d}/{month:02d}/2026", f"{day}/{month}/26", f"{day} {name}", f"{day} {name[:3]}",
        f"the {_ORDINALS[day]} of {name}", f"{name} {day}", f"2026-{month:02d}-{day:02d}",
        f"{day}.{month}.2026", f"{name} the {_ORDINALS[day]}", f"{day}th {name}".replace("1th", "1st"),
    )  # fmt: skip
    return rng.choice(shapes)


def amount(rng: random.Random) -> str:
    """A cashback or order amount, in figures or words."""
    pounds, pence = rng.randint(1, 400), rng.randint(0, 99)
    roll = rng.random()
    if roll < 0.45:
        return f"£{pounds}.{pence:02d}"
    if roll < 0.55:
        return f"€{pounds}.{pence:02d}"
    if roll < 0.65:
        return f"£{pounds}"
    if roll < 0.75:
        return f"{pounds} pounds {pence}" if pence else f"{pounds} pounds"
    if roll < 0.85 and pounds < 100 and pence:
        return f"{_number_words(pounds)} pound {_number_words(pence)}"
    if roll < 0.92:
        return f"£{pounds * 10:,}.00"
    return f"{pounds}.{pence:02d} GBP"


def _number_words(number: int) -> str:
    """A number under a hundred in words."""
    if number < 20:
        return _NUMBER_WORDS[number] or "zero"
    tens, units = divmod(number, 10)
    return _TENS[tens] + (f"-{_NUMBER_WORDS[units]}" if units else "")
