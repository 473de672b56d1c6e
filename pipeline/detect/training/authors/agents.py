"""Claim notes as agents and staff at cashback sites, networks and retailers write and paste them.

``notes(count, seed)`` is reproducible for a seed. The voice is the back office's: CRM logs with
timestamps and agent initials, ticket histories, pasted e-mail threads with quoted lines and
signatures, chat transcripts, network-to-retailer queries and their replies, escalations, notes
about third parties and pasted address blocks. About a third of the notes are clean: no personal
value, but shops, products and towns named like people. Names come from Faker in many locales,
drawn once per process; the dev split's locales are never asked for.
"""

from __future__ import annotations

import datetime
import itertools
import random
import re
import string
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from pipeline.detect.training.generate import KEEP, PERSONAL, Labelled, Note

# ---------------------------------------------------------------------------------------------
# Names: Faker locales, weighted towards a UK shopper base but spread wide.

# The dev split draws names from these; this author never does.
_DEV_LOCALES = frozenset({"en_IE", "en_NZ", "en_AU", "is_IS", "et_EE", "ga_IE"})

# Locale -> weight. Latin-script locales (Faker writes them in Latin letters).
_LATIN: dict[str, float] = {
    "en_GB": 22, "en_US": 5, "en_IN": 5, "en_PK": 3, "en_NG": 2, "en_KE": 2, "en_CA": 1,
    "pl_PL": 4, "vi_VN": 2, "yo_NG": 2, "ig_NG": 1, "ha_NG": 1, "tr_TR": 2, "es_MX": 2,
    "es_ES": 2, "es_AR": 1, "es_CO": 1, "pt_BR": 2, "pt_PT": 2, "fr_FR": 2, "fr_CA": 1,
    "de_DE": 2, "de_AT": 1, "de_CH": 1, "nl_NL": 2, "nl_BE": 1, "sv_SE": 1, "da_DK": 1,
    "no_NO": 1, "fi_FI": 1, "cs_CZ": 1, "sk_SK": 1, "hu_HU": 1, "ro_RO": 2, "hr_HR": 1,
    "sl_SI": 1, "lt_LT": 2, "lv_LV": 1, "it_IT": 2, "fil_PH": 2, "id_ID": 1, "sw": 1,
    "zu_ZA": 1, "tw_GH": 1, "az_AZ": 1,
}  # fmt: skip
# Locales Faker writes in another script; the Latin form is romanised or transliterated here.
_ROMANISED: dict[str, float] = {
    "zh_CN": 2,
    "ja_JP": 1,
    "ru_RU": 2,
    "uk_UA": 2,
    "bg_BG": 1,
    "el_GR": 1,
}
# Native-script names, about one in twenty people.
_NATIVE: dict[str, float] = {
    "ru_RU": 2, "uk_UA": 1, "bg_BG": 1, "el_GR": 1, "zh_CN": 2, "ja_JP": 1, "ko_KR": 1,
    "hi_IN": 1, "ar_AA": 2, "fa_IR": 1, "he_IL": 1, "th_TH": 1, "ka_GE": 1, "hy_AM": 1,
    "bn_BD": 1, "ta_IN": 1,
}  # fmt: skip
LOCALES = tuple(sorted({*_LATIN, *_ROMANISED, *_NATIVE}))
_NATIVE_SHARE = 0.05
# Written surname first, with no space in the native script.
_FAMILY_FIRST = frozenset({"zh_CN", "ja_JP", "ko_KR", "vi_VN", "hu_HU"})
_NO_SPACE = frozenset({"zh_CN", "ja_JP", "ko_KR"})

# Faker has no Latin form for these, so a few romanised names of my own stand beside them.
_EXTRA_LATIN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ko_KR": (
        (
            "Min-jun",
            "Seo-yeon",
            "Ji-ho",
            "Ha-eun",
            "Do-yun",
            "Su-bin",
            "Jae-won",
            "Eun-ji",
            "Hyun-woo",
        ),
        ("Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Han", "Shin"),
    ),
    "ar_AA": (
        ("Mohammed", "Ahmed", "Fatima", "Aisha", "Omar", "Layla", "Youssef", "Khadija", "Hamza"),
        ("Al-Sayed", "El-Masri", "Haddad", "Al-Rashid", "Mansour", "Khalil", "Nasser", "Abdullah"),
    ),
    "fa_IR": (
        ("Reza", "Maryam", "Arash", "Shirin", "Dariush", "Niloufar", "Babak", "Parisa", "Kian"),
        ("Hosseini", "Tehrani", "Moradi", "Rahimi", "Karimi", "Jafari", "Ahmadi", "Sadeghi"),
    ),
    "he_IL": (
        ("Noa", "Itai", "Yael", "Eitan", "Tamar", "Avi", "Shira", "Yonatan", "Maayan"),
        ("Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Azoulay", "Ben-David"),
    ),
    "th_TH": (
        ("Somchai", "Kanya", "Anong", "Niran", "Pim", "Arthit", "Malee", "Chaiwat"),
        ("Srisuk", "Wongsakul", "Chaiyaporn", "Rattanakorn", "Suwannarat", "Thongchai"),
    ),
}
_EXTRA_SURNAMES = (
    "O'Neill", "O'Brien", "O'Connor", "O'Sullivan", "D'Souza", "McAllister", "MacLeod",
    "McKenzie", "Fitzgerald", "De Souza", "N'Diaye", "Al-Amin", "ap Rhys", "St. John",
)  # fmt: skip

_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ", (
    "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g",
), strict=True))  # fmt: skip
_GREEK = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ", (
    "a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s",
    "t", "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "y", "i", "y",
), strict=True))  # fmt: skip
# Letters NFKD leaves alone, for the names written without their diacritics.
_PLAIN = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss",
                        "æ": "ae", "Æ": "Ae", "ı": "i", "ə": "e", "Ə": "E", "þ": "th", "ð": "d"})  # fmt: skip


def _transliterate(text: str) -> str:
    out = []
    for char in text:
        low = char.lower()
        latin = _CYRILLIC.get(low, _GREEK.get(low))
        if latin is None:
            out.append(char)
        else:
            out.append(latin.capitalize() if char != low and latin else latin)
    return "".join(out)


def strip_marks(text: str) -> str:
    """``text`` without diacritics (Łódź -> Lodz), as a keyboard without them writes it."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_latin(text: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


@dataclass(frozen=True, slots=True)
class _Pool:
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]


def _unique(names: Sequence[str]) -> tuple[str, ...]:
    clean = (" ".join(n.replace("\u200d", "").split()) for n in names)
    return tuple(dict.fromkeys(n for n in clean if n and n[0].isalpha()))


@cache
def _pools() -> dict[tuple[str, str], _Pool]:
    """(locale, "latin" | "native") -> pool, sampled once from Faker with a fixed seed."""
    from faker import Faker

    pools: dict[tuple[str, str], _Pool] = {}
    for locale in LOCALES:
        if locale in _DEV_LOCALES:  # pragma: no cover - the tables above never hold one
            raise ValueError("a dev-split locale in the agents author's tables")
        fake = Faker(locale, providers=["faker.providers.person"], use_weighting=False)
        fake.seed_instance(4021)
        male = _unique([fake.first_name_male() for _ in range(160)])
        female = _unique([fake.first_name_female() for _ in range(160)])
        surnames = _unique([fake.last_name() for _ in range(240)])
        if locale in _LATIN:
            if locale == "en_GB":
                surnames = (*surnames, *_EXTRA_SURNAMES)
            pools[locale, "latin"] = _Pool(male, female, surnames)
            continue
        pools[locale, "native"] = _Pool(male, female, surnames)
        provider = next(p for p in fake.get_providers() if "person" in type(p).__module__)
        given_rom = getattr(provider, "first_romanized_names", None)
        family_rom = getattr(provider, "last_romanized_names", None)
        if given_rom and family_rom:
            given = _unique(list(given_rom))
            pools[locale, "latin"] = _Pool(given, given, _unique(list(family_rom)))
        elif locale in _ROMANISED:
            pools[locale, "latin"] = _Pool(
                _unique([_transliterate(n) for n in male]),
                _unique([_transliterate(n) for n in female]),
                _unique([_transliterate(n) for n in surnames]),
            )
        elif locale in _EXTRA_LATIN:
            given, family = _EXTRA_LATIN[locale]
            pools[locale, "latin"] = _Pool(given, given, family)
    return pools


_PARTICLES: dict[str, tuple[str, ...]] = {
    "nl_NL": ("van", "van der", "van den", "de", "ter"),
    "nl_BE": ("Van", "De", "Vanden"),
    "de_DE": ("von", "zu"),
    "fr_FR": ("de", "Le", "du"),
    "pt_BR": ("da", "dos", "de"),
    "pt_PT": ("da", "dos", "de"),
    "it_IT": ("De", "Di", "Lo"),
    "es_ES": ("de la", "del"),
}
_VI_MIDDLE = ("Văn", "Thị", "Minh", "Thanh", "Ngọc", "Đức", "Hữu", "Quang")
_TITLES_M = ("Mr", "Mr.", "Dr", "MR")
_TITLES_F = ("Mrs", "Ms", "Miss", "Mrs.", "Ms.", "Dr", "MRS")


@dataclass(frozen=True, slots=True)
class _Person:
    given: str
    middle: str  # "" or a second given name: "José" of "María José", "Văn" of "Nguyễn Văn An"
    surname: str  # may hold particles or two surnames: "van der Berg", "García López"
    title: str
    family_first: bool
    spaced: bool
    casing: str
    latin: bool

    def _case(self, text: str, part: str) -> str:
        style = self.casing
        if style == "lower":
            return text.lower()
        if style == "upper":
            return text.upper()
        if style == "surname_upper":
            return text.upper() if part == "surname" else text
        if style == "given_lower":
            return text.lower() if part == "given" else text
        return text

    @property
    def first(self) -> str:
        return self._case(self.given, "given")

    @property
    def last(self) -> str:
        return self._case(self.surname, "surname")

    @property
    def full(self) -> str:
        gap = " " if self.spaced else ""
        given = self._case(
            f"{self.middle} {self.given}" if self.family_first else self.given, "given"
        )
        if self.family_first:
            return f"{self.last}{gap}{given.strip()}"
        middle = f" {self._case(self.middle, 'given')}" if self.middle else ""
        return f"{given}{middle}{gap}{self.last}"

    @property
    def initials(self) -> str:
        second = f"{self._case(self.middle, 'given')[0]}." if self.middle else ""
        return f"{self.first[0]}.{second}"


def _cumulative(table: dict[str, float]) -> tuple[list[str], list[float]]:
    return list(table), list(itertools.accumulate(table.values()))


_TABLES = (_cumulative(_NATIVE), _cumulative(_LATIN), _cumulative(_ROMANISED))


def _person(rng: random.Random) -> _Person:
    pools = _pools()
    native = rng.random() < _NATIVE_SHARE
    locales, weights = _TABLES[0 if native else 1 if rng.random() < 0.93 else 2]
    locale = rng.choices(locales, cum_weights=weights)[0]
    key = (locale, "native" if native else "latin")
    if key not in pools:
        locale, key = "en_GB", ("en_GB", "latin")
    pool = pools[key]
    female = rng.random() < 0.55
    names = pool.female if female else pool.male
    given = rng.choice(names)
    surname = rng.choice(pool.surnames)
    spaced = not (native and locale in _NO_SPACE)
    middle = ""
    if locale == "vi_VN" and rng.random() < 0.7:
        middle = rng.choice(_VI_MIDDLE)
    elif spaced and rng.random() < 0.14 and " " not in given:
        middle = rng.choice(names)
        middle = "" if middle == given or " " in middle else middle
    if spaced and locale.startswith(("es_", "pt_")) and rng.random() < 0.45:
        second = rng.choice(pool.surnames)
        if second != surname:
            surname = f"{surname} {second}"
    particles = _PARTICLES.get(locale)
    if particles and " " not in surname and rng.random() < 0.2:
        surname = f"{rng.choice(particles)} {surname}"
    if locale == "en_GB" and rng.random() < 0.05:
        surname = f"{surname}-{rng.choice(pool.surnames)}"
    latin = _is_latin(given + middle + surname)
    if latin and rng.random() < 0.22:
        given, middle, surname = strip_marks(given), strip_marks(middle), strip_marks(surname)
    casing = rng.choices(
        ("as", "lower", "upper", "surname_upper", "given_lower"), weights=(62, 12, 12, 10, 4)
    )[0]
    family_first = locale in _FAMILY_FIRST and (native or rng.random() < 0.5)
    title = rng.choice(_TITLES_F if female else _TITLES_M)
    return _Person(given, middle, surname, title, family_first, spaced, casing, latin)


# ---------------------------------------------------------------------------------------------
# The rest of a note's world: shops, networks, products, places, references.

_MERCHANTS_PEOPLE = (
    "Ted Baker", "John Lewis", "Laura Ashley", "Jack Wills", "Charlotte Tilbury", "Molton Brown",
    "Oliver Bonas", "Joe Browns", "Boden", "Paul Smith", "Karen Millen", "Jo Malone London",
    "Liz Earle", "Emma Bridgewater", "Cath Kidston", "Dorothy Perkins", "Austin Reed", "Ben Sherman",
    "Fred Perry", "Charles Tyrwhitt", "Kurt Geiger", "Russell & Bromley", "Jimmy Choo", "Joules",
    "Thomas Sabo", "Ernest Jones", "H. Samuel", "Oliver Sweeney", "Sophie Allport", "Hugo Boss",
    "Ralph Lauren", "Tommy Hilfiger", "Calvin Klein", "Michael Kors", "Kate Spade", "Bobbi Brown",
    "Marks & Spencer", "Emma", "Simba", "Lucy & Yak", "Victoria Plum", "Phase Eight", "Jacamo",
    "Hobbs", "Whistles", "Mamas & Papas", "Ann Summers", "Sweaty Betty", "Clarks", "Barbour",
)  # fmt: skip
_MERCHANTS_OTHER = (
    "Argos", "Currys", "ASOS", "Very", "Boots", "Superdrug", "Nike", "adidas", "Booking.com",
    "Expedia", "Sky", "EE", "Vodafone", "Virgin Media", "M&S", "Next", "H&M", "Zara", "Wayfair",
    "Dunelm", "The White Company", "Sainsbury's", "Tesco", "Ocado", "LOOKFANTASTIC", "Cult Beauty",
    "Gousto", "HelloFresh", "Hotels.com", "Trainline", "eBay", "AliExpress", "Habitat", "Made.com",
    "Schuh", "JD Sports", "Selfridges", "Harrods", "Fenwick", "Matalan", "TK Maxx", "Oak Furnitureland",
    "Lakeland", "Hotter", "Seasalt Cornwall", "Monsoon", "Mountain Warehouse", "Halfords", "Screwfix",
)  # fmt: skip
_NETWORKS = (
    "Awin",
    "CJ",
    "Rakuten Advertising",
    "Impact",
    "Partnerize",
    "Webgains",
    "TradeDoubler",
)
_SITES = ("Quidco", "TopCashback", "KidStart", "JamDoughnut", "Swagbucks", "Easyfundraising")
_SITE_CUES: dict[str, tuple[str, ...]] = {
    "Quidco": ("Quidco account", "Quidco user id", "Quidco member no"),
    "TopCashback": ("TCB ID", "TCB member", "TopCashback acc"),
    "KidStart": ("KidStart id", "KidStart member ref", "KS acc"),
    "JamDoughnut": ("JD user", "JamDoughnut account"),
    "Swagbucks": ("Swagbucks member id", "SB user"),
    "Easyfundraising": ("EF supporter id", "Easyfundraising acc"),
}
_MEMBER_CUES = (
    "acc no", "acc #", "member ref", "member id", "user id", "userID", "cust #", "customer no.",
    "account:", "membership no", "shopper id", "publisher member ref", "Member:", "cust id",
    "acct", "CB acc", "ref (member)", "subid", "clickref", "account number",
)  # fmt: skip
_ROLES = (
    "Partner Support Executive", "Affiliate Manager", "Customer Experience Advisor",
    "Claims Team Lead", "Publisher Support", "Senior Account Manager", "Tracking Specialist",
    "Member Services", "Retail Partnerships", "Customer Care Agent",
)  # fmt: skip
_PRODUCT_NAMES = (
    "Harper sofa", "Ruby trainers", "Peter Rabbit mug", "Darcey dress", "Oscar armchair",
    "Florence bed frame", "Isla cardigan", "Jasper table lamp", "Sophia mirror", "Hugo desk",
    "Matilda backpack", "Paddington teddy", "Elsa costume", "Barbie Dreamhouse", "Emma Original mattress",
    "Stanley cup", "Kindle Paperwhite", "Dyson V15", "Ninja air fryer", "Le Creuset casserole",
    "Evie midi skirt", "Freddie chinos", "Alfie pyjamas", "Willow rug", "Arthur dining chairs",
    "Charlie hoodie", "Lottie handbag", "Henry hoover", "Winnie the Pooh blanket", "Mabel boots",
    "Grace wrap top", "Noah cot bed", "Millie jumpsuit", "Archie shirt", "Iris vase", "Felix coat",
    "iPhone 15", "PS5 slim", "Galaxy S24", "AirPods Pro", "Nintendo Switch", "Nespresso Vertuo",
)  # fmt: skip
_EVENTS = (
    "Boxing Day", "Black Friday", "Cyber Monday", "Prime Day", "Mother's Day", "Father's Day",
    "Valentine's Day", "Christmas", "Easter", "Bank Holiday Monday", "Singles' Day", "Halloween",
    "Bonfire Night", "the January sales", "Summer Sale", "payday weekend", "St Patrick's Day",
    "Diwali", "Eid", "Lunar New Year", "Back to School", "St David's Day", "Burns Night",
)  # fmt: skip
_TOWNS_PEOPLE = (
    "Sandy", "Stanley", "Wellington", "Preston", "Barry", "Shirley", "Beverley", "Clifton",
    "Kendal", "Nelson", "Morley", "Hamilton", "Douglas", "Hayes", "Warwick", "Chester", "Lincoln",
    "Washington", "Carlton", "Ashford", "Milton Keynes", "Bradley Stoke", "Ross-on-Wye",
)  # fmt: skip
_TOWNS_OTHER = (
    "Leeds", "Manchester", "Bristol", "Croydon", "Swindon", "Reading", "Norwich", "Cardiff",
    "Glasgow", "Dundee", "Belfast", "Ipswich", "Hexham", "Frome", "Crewe", "Ripon", "Otley",
    "Harrogate", "Skipton", "Penrith", "Leek", "Diss", "Tring", "Ely", "Bude", "Looe", "Whitby",
    "Bolton", "Burnley", "Keswick", "Stockport", "Luton", "Derby", "Slough", "Truro", "Inverness",
)  # fmt: skip
_STREET_STEMS = (
    "Mill", "Chapel", "Church", "Station", "Victoria", "Albert", "Queens", "King's", "Orchard",
    "Meadow", "Willow", "Beech", "Oak", "Ash", "Elm", "Rowan", "Hawthorn", "Heather", "Cedar",
    "Park", "Manor", "Grange", "Abbey", "Priory", "Castle", "Bridge", "Brook", "River", "Ferry",
    "Harbour", "Forge", "Tannery", "Malthouse", "Granary", "Canal", "Vicarage", "School", "Market",
    "High", "North", "Nelson", "Gladstone", "Cromwell", "Milton", "Shelley", "Byron", "Tennyson",
    "Kipling", "Primrose", "Bluebell", "Foxglove", "Kingfisher", "Heron", "Swan", "Lark",
)  # fmt: skip
_STREET_TYPES = (
    "Street", "St", "Road", "Rd", "Lane", "Ln", "Avenue", "Ave", "Close", "Cl", "Crescent",
    "Drive", "Way", "Grove", "Gardens", "Gdns", "Place", "Terrace", "Row", "Mews", "Court",
    "Walk", "Rise", "Hill", "View", "Square", "Parade", "Green", "Yard", "Wynd",
)  # fmt: skip
_STREET_ABROAD = (
    "ul. Lipowa {n}", "ul. Kwiatowa {n}/{m}", "Lindenstraße {n}", "Hauptstr. {n}", "Kerkstraat {n}",
    "{n} rue des Lilas", "Calle Mayor {n}", "Via Roma {n}", "Storgatan {n}",
)  # fmt: skip
_HOUSE_STEMS = (
    "Ivy", "Rose", "Holly", "Fern", "Willow", "Orchard", "Mill", "Stable", "Apple Tree", "Meadow",
    "Kingfisher", "Badger's", "Primrose", "Hazel", "Larkspur", "Swallow", "Bramble", "Yew Tree",
)  # fmt: skip
_HOUSE_TYPES = ("Cottage", "House", "Lodge", "Barn", "Farm", "Farmhouse", "Villa", "End", "Croft")
_HOUSE_FIXED = (
    "The Old Rectory", "The Laurels", "The Old Forge", "The Coach House", "The Old School House",
    "Hillcrest", "Greystones", "Brambles", "Woodside", "The Beeches", "Meadow View", "Regent House",
    "Albion Court", "Wharf Mill", "Tudor Lodge", "The Granary", "Sunnyside", "Journey's End",
)  # fmt: skip
_MAIL_DOMAINS = (
    "gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com",
    "sky.com", "virginmedia.com", "aol.com", "proton.me", "live.co.uk", "talktalk.net",
    "googlemail.com", "me.com", "hotmail.com", "wp.pl", "gmx.de", "orange.fr",
)  # fmt: skip
_VOUCHER_WORDS = (
    "SAVE", "WELCOME", "EMMA", "TED", "LUCY", "SUMMER", "XMAS", "BF", "NEW", "APP", "STUDENT",
    "NHS", "FRIEND", "SPRING", "EXTRA", "BOXING", "FREEDEL", "VIP", "OLIVER", "JOULES",
)  # fmt: skip
_RELATIONS = (
    "partner", "husband", "wife", "mum", "dad", "mother-in-law", "son", "daughter", "sister",
    "brother", "neighbour", "flatmate", "gift recipient", "friend", "grandson", "carer",
)  # fmt: skip
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_LONG = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_UPPER = string.ascii_uppercase
_POST_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choices(string.digits, k=n))


def _postcode(rng: random.Random) -> str:
    area = rng.choice(_UPPER) + ("" if rng.random() < 0.3 else rng.choice(_UPPER))
    district = str(rng.randint(1, 29 if len(area) == 2 else 9))
    if rng.random() < 0.08:
        district += rng.choice("ABEHMNPRVWXY")
    inward = f"{rng.randint(0, 9)}{rng.choice(_POST_LETTERS)}{rng.choice(_POST_LETTERS)}"
    outward = area + district
    form = rng.random()
    if form < 0.6:
        return f"{outward} {inward}"
    if form < 0.72:
        return f"{outward}{inward}"
    if form < 0.84:
        return f"{outward} {inward}".lower()
    if form < 0.92:
        return f"{outward}  {inward}".lower()
    return f"{outward.lower()} {inward}"


def _phone(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.62:
        body = "7" + _digits(rng, 9)
        form = rng.randrange(11)
        local = "0" + body
        if form == 0:
            return f"{local[:5]} {local[5:]}"
        if form == 1:
            return local
        if form == 2:
            return f"+44 {body[:4]} {body[4:]}"
        if form == 3:
            return f"+44 (0){body[:4]} {body[4:7]} {body[7:]}"
        if form == 4:
            return f"0044 {body[:4]} {body[4:]}"
        if form == 5:
            return f"{local[:5]}-{local[5:8]}-{local[8:]}"
        if form == 6:
            return f"{local[:5]}.{local[5:8]}.{local[8:]}"
        if form == 7:
            return " ".join(local)
        if form == 8:
            return f"{local[:3]} {local[3:5]} {local[5:7]} {local[7:9]} {local[9:]}"
        if form == 9:
            return f"+44{body}"
        return f"{local[:5]} {local[5:8]} {local[8:]}"
    if kind < 0.85:
        area = rng.choice(("020", "0113", "0161", "0121", "0117", "01632", "0131", "029", "01904"))
        rest = _digits(rng, 11 - len(area))
        if area in ("020", "029"):
            return f"{area} {rest[:4]} {rest[4:]}"
        if rng.random() < 0.3:
            return f"({area}) {rest[:3]} {rest[3:]}"
        return f"{area} {rest}"
    abroad = rng.randrange(5)
    if abroad == 0:
        return f"+48 {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}"
    if abroad == 1:
        return f"+1 ({_digits(rng, 3)}) 555-{_digits(rng, 4)}"
    if abroad == 2:
        return f"+234 80{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}"
    if abroad == 3:
        return f"+91 9{_digits(rng, 4)} {_digits(rng, 5)}"
    return f"+33 6 {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}"


def _order_like_phone(rng: random.Random) -> str:
    """An order ref that a phone-number rule would take: eleven digits from 07 or 01."""
    return rng.choice(("07", "01", "02")) + _digits(rng, 9)


def _order(rng: random.Random) -> str:
    form = rng.randrange(9)
    if form == 0:
        return _order_like_phone(rng)
    if form == 1:
        return f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}"
    if form == 2:
        return f"ORD{_digits(rng, 7)}"
    if form == 3:
        return f"{rng.choice(_UPPER)}{rng.choice(_UPPER)}-{_digits(rng, 7)}"
    if form == 4:
        return f"W{_digits(rng, 9)}"
    if form == 5:
        return f"#{_digits(rng, 6)}"
    if form == 6:
        return f"{rng.choice(('1', '6', '9'))}{_digits(rng, 9)}"
    if form == 7:
        return f"{_digits(rng, 4)}{rng.choice(_UPPER)}{rng.choice(_UPPER)}{_digits(rng, 4)}"
    return f"UK{_digits(rng, 8)}"


def _claim(rng: random.Random) -> str:
    form = rng.randrange(6)
    if form == 0:
        return f"CLM-{rng.randint(2022, 2026)}-{_digits(rng, 6)}"
    if form == 1:
        return f"MC{_digits(rng, 6)}"
    if form == 2:
        return f"#{_digits(rng, 5)}"
    if form == 3:
        return f"TKT-{_digits(rng, 5)}"
    if form == 4:
        return f"Q{_digits(rng, 8)}"
    return f"INC{_digits(rng, 7)}"


def _member(rng: random.Random) -> str:
    form = rng.randrange(8)
    if form == 0:
        return _digits(rng, rng.randint(6, 9))
    if form == 1:
        return f"QC-{_digits(rng, 7)}"
    if form == 2:
        return f"TCB{_digits(rng, 7)}"
    if form == 3:
        return f"KS-{_digits(rng, 5)}"
    if form == 4:
        return f"u_{_digits(rng, 5)}"
    if form == 5:
        return f"M{_digits(rng, 8)}"
    if form == 6:
        return f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}"
    return "".join(rng.choice("abcdef0123456789") for _ in range(12))


def _voucher(rng: random.Random) -> str:
    if rng.random() < 0.8:
        return (
            f"{rng.choice(_VOUCHER_WORDS)}{rng.choice(('10', '15', '20', '25', '5', '30', '50'))}"
        )
    return "".join(rng.choice(_UPPER + string.digits) for _ in range(rng.choice((6, 8))))


def _date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
    form = rng.randrange(9)
    if form == 0:
        return f"{day:02d}/{month:02d}/{year}"
    if form == 1:
        return f"{day:02d}/{month:02d}"
    if form == 2:
        return f"{day} {_MONTHS[month - 1]}"
    if form == 3:
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
        return f"{day}{suffix} {_MONTHS_LONG[month - 1]} {year}"
    if form == 4:
        return f"{year}-{month:02d}-{day:02d}"
    if form == 5:
        return f"{rng.choice(_DAYS)} {day} {_MONTHS[month - 1]}"
    if form == 6:
        return f"{day:02d}.{month:02d}.{year % 100:02d}"
    if form == 7:
        return f"{_MONTHS_LONG[month - 1]} {day}"
    return f"{day}/{month}/{year % 100}"


def _long_date(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    return f"{rng.choice(weekday)}, {day} {_MONTHS_LONG[month - 1]} {rng.randint(2023, 2026)}"


def _amount(rng: random.Random) -> str:
    value = rng.choice((rng.uniform(3, 120), rng.uniform(120, 1800), rng.uniform(0.5, 40)))
    pounds = f"{value:,.2f}" if rng.random() < 0.8 else f"{round(value):,}"
    form = rng.randrange(7)
    if form <= 3:
        return f"£{pounds}"
    if form == 4:
        return f"{pounds} GBP"
    if form == 5:
        return f"GBP {pounds}"
    return f"{rng.choice('€$')}{pounds}"


def _time(rng: random.Random) -> str:
    return f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}"


def _initials(rng: random.Random) -> str:
    return "".join(rng.choice(_UPPER) for _ in range(rng.choice((2, 2, 3))))


def _street_name(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.06:
        return rng.choice(("The Green", "The Crescent", "The Parade", "The Avenue", "The Drove"))
    return f"{rng.choice(_STREET_STEMS)} {rng.choice(_STREET_TYPES)}"


def _street(rng: random.Random) -> str:
    if rng.random() < 0.05:
        template = rng.choice(_STREET_ABROAD)
        return template.format(n=rng.randint(1, 140), m=rng.randint(1, 40))
    number = str(rng.randint(1, 240))
    if rng.random() < 0.08:
        number += rng.choice("abc")
    street = f"{number} {_street_name(rng)}"
    roll = rng.random()
    if roll < 0.1:
        return f"Flat {rng.randint(1, 30)}, {street}"
    if roll < 0.14:
        return f"Apt {rng.randint(1, 12)}{rng.choice('ABC')} {street}"
    if roll < 0.2:
        return street.upper() if rng.random() < 0.5 else street.lower()
    return street


def _house(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return rng.choice(_HOUSE_FIXED)
    return f"{rng.choice(_HOUSE_STEMS)} {rng.choice(_HOUSE_TYPES)}"


def _ascii_name(text: str) -> str:
    plain = strip_marks(_transliterate(text)).lower()
    return "".join(c for c in plain if c in string.ascii_lowercase)


def _email(rng: random.Random, person: _Person | None) -> str:
    domain = rng.choice(_MAIL_DOMAINS)
    given = _ascii_name(person.given.split(" ")[0]) if person else ""
    family = _ascii_name(person.surname) if person else ""
    if not given or not family or rng.random() < 0.12:
        word = rng.choice(("sunny", "mrsb", "happyshopper", "bluebird", "dealhunter", "kitkat"))
        local = f"{word}{_digits(rng, rng.choice((2, 4)))}"
    else:
        local = rng.choice(
            (
                f"{given}.{family}",
                f"{given}{family}",
                f"{given[0]}.{family}",
                f"{given}{family[0]}{_digits(rng, 2)}",
                f"{family}.{given}",
                f"{given}_{family}{_digits(rng, 2)}",
                f"{given}.{family}+cashback",
                f"{given}{_digits(rng, 4)}",
            )
        )
    form = rng.randrange(14)
    if form == 0:
        return f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"
    if form == 1:
        return f"{local}[at]{domain}"
    if form == 2:
        return f"{local}(at){domain.replace('.', '(dot)')}"
    if form == 3:
        return f"{local} @ {domain}"
    if form == 4:
        return f"{local}@{domain}".upper()
    if form == 5:
        return f"{local} at {domain}"
    return f"{local}@{domain}"


def _work_email(rng: random.Random, person: _Person, merchant: str) -> str:
    given = _ascii_name(person.given.split(" ")[0]) or "agent"
    family = _ascii_name(person.surname) or "team"
    domain = "".join(c for c in merchant.lower() if c.isalnum()) or "partner"
    return f"{given}.{family}@{domain}{rng.choice(('.co.uk', '.com', '-affiliates.com'))}"


# ---------------------------------------------------------------------------------------------
# Templates. A slot is {name}; slots marked personal below put a personal label.

_PERSONAL_SLOTS = frozenset(
    {
        "name", "full", "first", "sur", "tsur", "rev", "ini", "email", "phone", "member", "street",
        "road", "house", "postcode", "addr", "addr_lines", "p_name", "p_first", "p_tsur", "p_sur",
        "p_addr", "p_phone", "ag_first", "ag_name", "ag_email", "ag_phone", "member_cue",
    }
)  # fmt: skip

# One line of a CRM log or a ticket entry: an agent's shorthand.
_LOG = (
    "spoke w/ cust {name}, says {merchant} order {order} not tracked, adv 7 days",
    "cust {first} called re missing CB on {merchant}, {amount} spend {date}",
    "L/M for {tsur} on {phone}, will try again tmrw",
    "VM left on {phone} - no answer",
    "email sent to {email} asking for POP",
    "POP rcvd from cust, order {order} {amount}, matches {merchant} conf email",
    "{tsur} chsd again, v unhappy, says been waiting since {date}",
    "cust says order placed by her {rel} {p_name} on their card - explained T&Cs",
    "raised w/ {network}, ref {claim}",
    "{network} replied: no click recorded for {member_cue}",
    "verified ID: {full}, DOB ok, postcode {postcode}",
    "cust updated address to {addr}",
    "cust moved from {street} to {house}, {road} - updated",
    "tried {phone} x2, no joy",
    "cust {rev} - dup claim, closed",
    "passed to {ag_name} in retailer team",
    "{ag_first} checked: order {order} found under {full}",
    "{sur} says parcel left with neighbour at no. {num} ({p_tsur})",
    "courier driver {p_first} told cust it was delivered to {p_addr}",
    "{merchant} confirmed txn {order} for {amount}, commission pending",
    "declined by {merchant} - returned item",
    "cust {first} {sur} asked for callback on {phone} after {time}",
    "chased {network}, no reply yet",
    "updated {member_cue}, email on file {email}",
    "{name} ({email}) - claim {claim} re-opened",
    "cust says she used code {voucher} so may not track",
    "{rel} {p_first} {p_sur} placed order for cust - name mismatch",
    "cust is {p_tsur}'s {rel}, acting on their behalf",
    "cust gave alt no. {p_phone} (her {rel})",
    "addr on order: {addr}",
    "deliv addr {street}, {postcode} - does not match acc",
    "cust lives on {road}, delivery went to {house} by mistake",
    "gift for {p_first}, sent to {p_addr}",
    "checked {site} acc {member}, 3 other claims open",
    "DPA passed - {full}, {postcode}",
    "cust {first} ok w/ outcome, closing",
    "cust {ini} escalated to TL",
    "ret order {order}, name on order {rev}",
    "{merchant} says order placed as guest by {email}",
    "spoke to {ag_name} at {merchant}, will come back by {date}",
    # clean lines (no personal value)
    "cust adv to wait 30 days for {merchant} to confirm",
    "no click found for order {order}, asked {network} to check",
    "{merchant} confirmed {amount} order, cashback {amount2} pending",
    "claim {claim} declined by {merchant} - order cancelled",
    "cust used code {voucher}, not allowed per {merchant} T&Cs",
    "bought {product} in the {event} sale, untracked",
    "order {order} placed {date}, collected from {merchant} {town}",
    "resubmitted to {network} with order {order2}",
    "auto-reply from {merchant}, chase in 5 days",
    "commission {amount} validated by {network}",
    "cust says {product} was out of stock, swapped for {product2}",
    "{merchant} {town} store confirmed the collection",
    "no answer, closing per process",
    "ret window for {merchant} is 28 days, revisit on {date}",
    "{event} orders take longer to confirm - adv cust",
    "order ref {phoneish} is an order number not a tel no",
    "paid {amount} incl. delivery, CB rate applies to {amount2} only",
    "claim {claim} merged into {claim2}",
    "basket had {product} + {product2}, only the first tracked",
    "checked with {merchant}: {voucher} is a staff code, not eligible",
)

# A chat between a customer and an agent; {ag} lines are the agent's, {cu} the customer's.
_CHAT_AGENT = (
    "Hi {first}, thanks for waiting. Can I take your {site} member number?",
    "Thanks. I can see the order {order} for {amount}, is that right?",
    "Could you confirm the email on your account please?",
    "And the postcode on the order?",
    "Thanks {first}, I've raised that with {merchant} now.",
    "I'm sorry, {merchant} say the code {voucher} isn't allowed.",
    "It can take up to {days} days for {merchant} to confirm.",
    "Was it you who placed the order or someone else?",
    "Is {p_first} on the same {site} account?",
    "Thanks, I've updated the phone number to {phone}.",
    "Is there anything else I can help with today?",
    "Right, the {event} orders are still being processed by {merchant}.",
    "No problem, your claim ref is {claim}.",
    "I'll pass this to {ag_name} in our retailer team.",
)
_CHAT_CUSTOMER = (
    "hi my cashback from {merchant} hasnt shown up",
    "its {member}",
    "{email}",
    "yes thats it {amount} on {date}",
    "{postcode}",
    "it was my {rel} {p_name} actually, she used her card",
    "i bought the {product} for {event}",
    "i used the code {voucher} is that why",
    "my number is {phone} if you need to call",
    "delivered to {addr}",
    "its under my maiden name {sur}",
    "ok thanks",
    "no thats all cheers",
    "i've been waiting since {date}!!",
    "my name is {full}",
    "the order number is {order}",
    "its {house}, {street}",
)

# What a customer writes in an e-mail; one line each, so a quoted copy can be prefixed.
_MAIL_CUSTOMER = (
    "I made a purchase from {merchant} on {date} for {amount} and it still hasn't tracked.",
    "My order number is {order} and I clicked through from {site} as usual.",
    "The order was delivered to {addr}.",
    "My member ID is {member} if you need it.",
    "Please call me on {phone} if that is easier.",
    "I bought the {product} during {event} and used no voucher codes.",
    "It was a gift for my {rel} {p_name} so it went to their address, {p_addr}.",
    "This is the third time I have chased this.",
    "I have attached the confirmation email from {merchant}.",
    "The account is in my husband's name, {p_name}.",
    "I live at {house}, {road}, {town} {postcode}.",
    "Could you please look into this for me?",
)
_MAIL_AGENT = (
    "Thanks for getting in touch about your {merchant} order.",
    "I've checked with {merchant} and they can see order {order} for {amount}.",
    "Unfortunately the retailer has declined this as the code {voucher} was used.",
    "Your claim reference is {claim}; please quote it if you reply.",
    "{network} have asked for a copy of the order confirmation.",
    "The order appears to have been placed under the name {rev}.",
    "Could you confirm the email address used at checkout?",
    "{merchant} tell us orders placed over {event} can take up to {days} days to confirm.",
    "I have raised this as {claim} with {network}.",
    "Could you confirm the delivery postcode was {postcode}?",
    "The cashback of {amount2} is now showing as pending on {member_cue}.",
)
_MAIL_SUBJECTS = (
    "Missing cashback - {merchant} order {order}",
    "RE: Claim {claim}",
    "Fwd: Your {merchant} order confirmation",
    "Untracked transaction {order}",
    "{merchant} query - {name}",
    "RE: RE: missing commission ({claim})",
    "Cashback not paid for {event} purchase",
    "Query re member {member}",
)
_SIGNOFF_CUSTOMER = (
    "Thanks\n{first}",
    "Kind regards,\n{full}",
    "Many thanks\n{full}\n{phone}",
    "Regards\n{tsur}",
    "{first} x",
    "Cheers,\n{first}\nSent from my iPhone",
    "Best wishes,\n{full}\n{addr_lines}",
)
_SIGNATURE_AGENT = (
    "Kind regards,\n{ag_name}\n{role}\n{merchant} Partner Support\nT: {ag_phone}",
    "Best,\n{ag_first}\n{role} | {network}\n{ag_email}",
    "Many thanks,\n{ag_name} | {role}\nDirect: {ag_phone} | {ag_email}",
    "Thanks\n{ag_first}",
    "Regards,\n{ag_name}\n{site} Member Services",
)

# Network-to-retailer queries and the retailers' replies.
_QUERY = (
    "Hi {merchant} team,\nPlease can you check the below untracked sale:\n{fields}\nThanks, {ag_first}",
    "Query raised by {network} on behalf of {site}\n{fields}\nPlease validate or decline with reason.",
    "{merchant} - bulk untracked query, line {num}:\n{fields}",
    "Missing transaction inquiry ({claim})\n{fields}\nPublisher: {site}",
)
_REPLY = (
    "Order found under the name {full}, placed {date}, value {amount}.",
    "Order {order} found - customer {rev}, delivered to {addr}.",
    "We can see the order but it was placed by {p_name}, not {full}.",
    "Order located. Billing name {name}, email {email}. Approved.",
    "No order found for {email} or {postcode}. Declined.",
    "Order {order} was returned on {date}; declined.",
    "Order {order} confirmed, {amount} net of VAT, approved at the standard rate.",
    "Customer {tsur} cancelled part of the order; {amount2} approved.",
    "Order found under {ini}, postcode {postcode}; the delivery went to {p_addr}.",
    "We have a match on {phone} but the name is {p_name}.",
    "This order used {voucher}, which is not an affiliate code; declined.",
    "Duplicate of {claim}; already paid.",
    "Confirmed - the {product} was bought in store at {merchant} {town}, not online.",
)
_FIELD_LINES = (
    ("Customer: {full}", "Name: {rev}", "Cust name: {name}", "Shopper: {full}", "NAME: {full}"),
    ("Email: {email}", "E-mail: {email}", "Email addr: {email}"),
    ("Tel: {phone}", "Phone: {phone}", "Mob: {phone}", "Contact no: {phone}"),
    ("Order ref: {order}", "Order no: {order}", "Order #: {order}", "Transaction ID: {order}"),
    ("Date: {date}", "Order date: {date}", "Purchased: {date}"),
    ("Value: {amount}", "Basket: {amount}", "Order value: {amount}", "Amount: {amount}"),
    ("Member ID: {member}", "{member_cue}", "Publisher ref: {member}"),
    ("Address: {addr}", "Postcode: {postcode}", "Deliv addr: {addr}", "Post code: {postcode}"),
)
_FIELD_LINES_CLEAN = (
    ("Retailer: {merchant}", "Advertiser: {merchant}", "Brand: {merchant}"),
    ("Order ref: {order}", "Order no: {order}", "Transaction ID: {order}"),
    ("Date: {date}", "Order date: {date}"),
    ("Value: {amount}", "Order value: {amount}", "Sale amount: {amount}"),
    ("Voucher: {voucher}", "Code used: {voucher}", "Promo: none"),
    ("Claim: {claim}", "Query ref: {claim}"),
    ("Item: {product}", "Product: {product}"),
)
_ESCALATION = (
    "ESCALATION - {claim} - priority HIGH\nCust {rev} has chased {num} times since {date}. "
    "{merchant} order {order} ({amount}). Please action today.",
    "Escalated to TL by {ag_ini}: {tsur} threatening to post on Trustpilot. Order {order}, "
    "{merchant}. Contact {phone} / {email}.",
    "**ESC** {network} ref {claim}. Member {member}, {full}. Retailer not responding, 3rd chase.",
    "Escalation note: complaint from {name} about {merchant}. Wants manager callback on {phone}.",
    "ESCALATION - {claim}\n{merchant} have declined {num} claims for the {event} period. "
    "Raised with {network} account manager.",
    "Escalated by {ag_ini} - {merchant} confirmed order {order} for {amount} but commission "
    "rejected. Needs affiliate manager review.",
)
# Address blocks and notes about where people live, one line or several.
_ADDRESS = (
    "Address on file:\n{addr_lines}",
    "Delivery address pasted by cust: {addr}",
    "Billing: {addr} / Delivery: {p_addr}",
    "cust lives on {road}, {town}",
    "cust is at {house} now (moved from {street}, {postcode})",
    "{full}\n{addr_lines}",
    "Name: {full} / Email: {email} / Tel: {phone} / Addr: {addr}",
    "{rev}\n{street}\n{town}\n{postcode}\n{phone}",
    "Deliv to neighbour {p_tsur} at {p_addr}",
    "parcel redirected to {house}, {road}",
)
# Whole clean notes: hard negatives only.
_CLEAN = (
    "Cust bought {product} from {merchant} on {event}, code {voucher} applied, order {order}.",
    "{merchant} confirmed order {phoneish} for {amount}; cashback {amount2} pending.",
    "Order {phoneish} is the {merchant} order number, not a phone number.",
    "Claim {claim}: {merchant} says the {product} was collected at the {town} store.",
    "Retailer reply: {merchant} approved {amount} on {date}.",
    "Untracked - {merchant}, {amount}, {date}. Raised with {network} as {claim}.",
    "{merchant} vs {merchant2}: cust thinks the click went to the wrong retailer.",
    "The {product} was delivered to the {town} branch of {merchant}.",
    "{event} order, {merchant}, voucher {voucher}; declined as not an affiliate code.",
    "Cust asked whether {merchant} orders count in {town} shops. Adv online only.",
    "{network} query {claim}: order {order} on {date}, {amount}, status validated.",
    "Merchant {merchant} paused on {network} from {date}; claims on hold.",
    "Bought the {product} and the {product2} from {merchant} in the {event} sale.",
    "Click found {date} {time} to {merchant}, no sale. Order {order} placed {date2}.",
    "{merchant} rejects claims older than 90 days; this one is from {date}.",
    "cust says {merchant} app was used, not browser - app orders don't track.",
    "Duplicate of claim {claim}, closing.",
    "{merchant} refunded {amount} of {amount2}; cashback adjusted.",
    "Store pickup at {merchant} {town}; order {order}.",
    "Delivery to {town} took 9 days over {event}.",
    "Order {order} - {product} - {amount} - declined (return).",
    "Paid {amount} with code {voucher}; {merchant} T&Cs exclude it.",
    "Check with {merchant} whether the {product} is excluded from cashback.",
    "Resubmitted {claim} with order {order2} after {network} asked.",
    "{merchant} and {merchant2} orders same day, only {merchant2} tracked.",
)


@dataclass(frozen=True, slots=True)
class _Template:
    pieces: tuple[tuple[str, str], ...]  # (literal, slot) pairs; the slot may be ""
    personal: bool


_SLOT = re.compile(r"\{(\w+)\}")


def _compile(text: str) -> _Template:
    pieces: list[tuple[str, str]] = []
    last = 0
    for match in _SLOT.finditer(text):
        pieces.append((text[last : match.start()], match.group(1)))
        last = match.end()
    pieces.append((text[last:], ""))
    slots = {slot for _, slot in pieces}
    return _Template(tuple(pieces), bool(slots & _PERSONAL_SLOTS))


def _compile_all(texts: Sequence[str]) -> tuple[_Template, ...]:
    return tuple(_compile(t) for t in texts)


_T_LOG = _compile_all(_LOG)
_T_CHAT_AGENT = _compile_all(_CHAT_AGENT)
_T_CHAT_CUSTOMER = _compile_all(_CHAT_CUSTOMER)
_T_MAIL_CUSTOMER = _compile_all(_MAIL_CUSTOMER)
_T_MAIL_AGENT = _compile_all(_MAIL_AGENT)
_T_SUBJECTS = _compile_all(_MAIL_SUBJECTS)
_T_SIGNOFF = _compile_all(_SIGNOFF_CUSTOMER)
_T_SIGNATURE = _compile_all(_SIGNATURE_AGENT)
_T_QUERY = _compile_all(_QUERY)
_T_REPLY = _compile_all(_REPLY)
_T_FIELDS = tuple(_compile_all(group) for group in _FIELD_LINES)
_T_FIELDS_CLEAN = tuple(_compile_all(group) for group in _FIELD_LINES_CLEAN)
_T_ESCALATION = _compile_all(_ESCALATION)
_T_ADDRESS = _compile_all(_ADDRESS)
_T_CLEAN = _compile_all(_CLEAN)
TEMPLATE_COUNT = sum(
    len(group)
    for group in (
        _T_LOG, _T_CHAT_AGENT, _T_CHAT_CUSTOMER, _T_MAIL_CUSTOMER, _T_MAIL_AGENT, _T_SUBJECTS,
        _T_SIGNOFF, _T_SIGNATURE, _T_QUERY, _T_REPLY, _T_ESCALATION, _T_ADDRESS, _T_CLEAN,
        *_T_FIELDS, *_T_FIELDS_CLEAN,
    )
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# One note being written: text so far, its labels, and the people and things in it.


class _Draft:
    def __init__(self, rng: random.Random, clean: bool) -> None:
        self.rng = rng
        self.clean = clean
        self.parts: list[str] = []
        self.labels: list[Labelled] = []
        self.size = 0
        self.cache: dict[str, str] = {}
        self.row_keep: list[str] = []
        self.people: dict[str, _Person] = {}
        self.agent_initials = _initials(rng)
        self.merchant = rng.choice(
            _MERCHANTS_PEOPLE if rng.random() < (0.6 if clean else 0.4) else _MERCHANTS_OTHER
        )
        self.site = rng.choice(_SITES)
        self.clock = rng.randint(8 * 60, 16 * 60)
        self.day: datetime.date | None = None
        self.stamp_form = 0

    # The customer, a third party and the agent, drawn when first written.
    @property
    def customer(self) -> _Person:
        return self._who("customer")

    @property
    def other(self) -> _Person:
        return self._who("other")

    @property
    def agent(self) -> _Person:
        return self._who("agent")

    def _who(self, role: str) -> _Person:
        if role not in self.people:
            self.people[role] = _person(self.rng)
        return self.people[role]

    def slot(self, name: str) -> None:
        _SLOTS[name](self)

    # -- writing ---------------------------------------------------------------------------------

    def put(self, text: str, kind: str | None = None) -> None:
        if kind is not None:
            self.labels.append(Labelled(self.size, self.size + len(text), kind))
        self.parts.append(text)
        self.size += len(text)

    def write(self, template: _Template) -> None:
        for literal, slot in template.pieces:
            if literal:
                self.put(literal)
            if slot:
                _SLOTS[slot](self)

    def pick(self, templates: tuple[_Template, ...]) -> _Template:
        """A template; a clean note takes only clean ones, a personal note leans to personal ones."""
        if self.clean:
            return self.rng.choice(_split(templates)[0])
        if self.rng.random() < 0.7:
            templates = _split(templates)[1] or templates
        return self.rng.choice(templates)

    def note(self) -> Note:
        text = "".join(self.parts)
        personal = [label for label in self.labels if label.kind in PERSONAL]
        keep = [label for label in self.labels if label.kind in KEEP]
        return Note(text, personal, keep, row_keep=list(dict.fromkeys(self.row_keep)))

    # -- values ----------------------------------------------------------------------------------

    def _kept(self, slot: str, make: Callable[[], str]) -> str:
        if slot not in self.cache:
            self.cache[slot] = make()
        return self.cache[slot]

    def _keep_row(self, text: str, kind: str) -> None:
        self.row_keep.append(text)
        self.put(text, kind)

    def _other_merchant(self) -> str:
        choice = self.merchant
        while choice == self.merchant:
            choice = self.rng.choice(_MERCHANTS_PEOPLE + _MERCHANTS_OTHER)
        return choice

    def _town(self) -> str:
        return self.rng.choice(_TOWNS_PEOPLE if self.rng.random() < 0.45 else _TOWNS_OTHER)

    def _name(self) -> None:
        roll = self.rng.random()
        if roll < 0.55:
            self.put(self.customer.full, "NAME")
        elif roll < 0.7:
            self._reversed(self.customer)
        elif roll < 0.82:
            self._title_surname(self.customer)
        elif roll < 0.9:
            self._initialled(self.customer)
        else:
            self.put(self.customer.title + " ")
            self.put(self.customer.full, "NAME")

    def _title_surname(self, person: _Person) -> None:
        self.put(person.title + " ")
        self.put(person.last, "SURNAME")

    def _reversed(self, person: _Person) -> None:
        if not person.spaced:
            self.put(person.full, "NAME")
            return
        last = person.last.upper() if self.rng.random() < 0.5 else person.last
        self.put(f"{last}, {person.first}", "NAME")

    def _initialled(self, person: _Person) -> None:
        if not person.spaced or not person.latin:
            self.put(person.full, "NAME")
            return
        form = self.rng.randrange(3)
        if form == 0:
            self.put(f"{person.first[0]}. {person.last}", "NAME")
        elif form == 1:
            self.put(f"{person.first[0]} {person.last}", "NAME")
        else:
            self.put(f"{person.initials} {person.last}", "NAME")

    def _member_cue(self) -> None:
        if self.rng.random() < 0.4:
            self.put(self.site, "MERCHANT")
            self.put(" " + self.rng.choice(_SITE_CUES[self.site]).split(" ", 1)[1] + " ")
        else:
            self.put(self.rng.choice(_MEMBER_CUES) + " ")
        self.slot("member")

    def _address(self, one_line: bool, own: bool) -> None:
        rng = self.rng
        street = self._kept("street", lambda: _street(rng)) if own else _street(rng)
        postcode = self._kept("postcode", lambda: _postcode(rng)) if own else _postcode(rng)
        town = self._town()
        parts: list[tuple[str, str]] = []
        if rng.random() < 0.25:
            parts.append(
                (self._kept("house", lambda: _house(rng)) if own else _house(rng), "HOUSE")
            )
        parts += [(street, "STREET"), (town, "TOWN"), (postcode, "POSTCODE")]
        if one_line and rng.random() < 0.2:
            parts.pop(2)
        glue = rng.choice((", ", " ", ", ")) if one_line else "\n"
        for index, (text, kind) in enumerate(parts):
            if index:
                self.put(glue)
            self.put(
                town.upper() if kind == "TOWN" and not one_line and rng.random() < 0.3 else text,
                kind,
            )

    def stamp(self) -> None:
        """A CRM timestamp, later than the last one: the date is labelled, the clock is not."""
        rng = self.rng
        if self.day is None:
            self.day = datetime.date(2023, 1, 2) + datetime.timedelta(days=rng.randint(0, 1400))
            self.stamp_form = rng.randrange(4)
        elif rng.random() < 0.5:
            self.day += datetime.timedelta(days=rng.choice((1, 1, 2, 3, 7, 14)))
            self.clock = rng.randint(8 * 60, 11 * 60)
        self.put(self._day_text(self.day), "DATE")
        self.put(f" {self.tick(5, 240)}")

    def _day_text(self, day: datetime.date) -> str:
        return (
            f"{day.day:02d}/{day.month:02d}",
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            day.isoformat(),
            f"{day.day} {_MONTHS[day.month - 1]}",
        )[self.stamp_form]

    def tick(self, least: int, most: int) -> str:
        """The clock moved on by a few minutes, as hh:mm."""
        self.clock = min(self.clock + self.rng.randint(least, most), 23 * 60 + 59)
        hours, minutes = divmod(self.clock, 60)
        return f"{hours:02d}:{minutes:02d}"

    def pick_some(
        self, templates: tuple[_Template, ...], most: int, least: int = 1
    ) -> list[_Template]:
        """``least`` to ``most`` different templates, clean ones only for a clean note."""
        clean, personal = _split(templates)
        pool = list(clean) if self.clean else list(templates)
        chosen = self.rng.sample(pool, min(len(pool), self.rng.randint(least, most)))
        if not self.clean and personal and not any(t.personal for t in chosen):
            chosen[0] = self.rng.choice(personal)
        return chosen


def _filler(
    kind: str | None, make: Callable[[random.Random], str], kept: str = "", row: bool = False
) -> Callable[[_Draft], None]:
    """A slot: a fresh value each time, or (``kept``) one value however often the note writes it;
    ``row`` values are also ones the runner would know from the claim's row."""

    def fill(d: _Draft) -> None:
        text = d._kept(kept, lambda: make(d.rng)) if kept else make(d.rng)
        if row:
            d.row_keep.append(text)
        d.put(text, kind)

    return fill


_SLOTS: dict[str, Callable[[_Draft], None]] = {
    "name": lambda d: d._name(),
    "full": lambda d: d.put(d.customer.full, "NAME"),
    "first": lambda d: d.put(d.customer.first, "FIRST"),
    "sur": lambda d: d.put(d.customer.last, "SURNAME"),
    "tsur": lambda d: d._title_surname(d.customer),
    "rev": lambda d: d._reversed(d.customer),
    "ini": lambda d: d._initialled(d.customer),
    "email": lambda d: d.put(d._kept("email", lambda: _email(d.rng, d.customer)), "EMAIL"),
    "phone": _filler("PHONE", _phone, "phone"),
    "member": _filler("MEMBER", _member, "member"),
    "member_cue": lambda d: d._member_cue(),
    "street": _filler("STREET", _street, "street"),
    "road": _filler("STREET", _street_name),
    "house": _filler("HOUSE", _house, "house"),
    "postcode": _filler("POSTCODE", _postcode, "postcode"),
    "addr": lambda d: d._address(one_line=True, own=True),
    "addr_lines": lambda d: d._address(one_line=False, own=True),
    "p_name": lambda d: d.put(d.other.full, "NAME"),
    "p_first": lambda d: d.put(d.other.first, "FIRST"),
    "p_sur": lambda d: d.put(d.other.last, "SURNAME"),
    "p_tsur": lambda d: d._title_surname(d.other),
    "p_addr": lambda d: d._address(one_line=True, own=False),
    "p_phone": _filler("PHONE", _phone),
    "ag_first": lambda d: d.put(d.agent.first, "FIRST"),
    "ag_name": lambda d: d.put(d.agent.full, "NAME"),
    "ag_email": lambda d: d.put(_work_email(d.rng, d.agent, d.merchant), "EMAIL"),
    "ag_phone": _filler("PHONE", _phone, "ag_phone"),
    "ag_ini": lambda d: d.put(d.agent_initials),
    "rel": _filler(None, lambda rng: rng.choice(_RELATIONS)),
    "role": _filler(None, lambda rng: rng.choice(_ROLES)),
    "num": _filler(None, lambda rng: str(rng.randint(2, 48))),
    "days": _filler(None, lambda rng: rng.choice(("7", "14", "28", "30", "60", "90"))),
    "time": _filler(None, _time),
    "merchant": lambda d: d._keep_row(d.merchant, "MERCHANT"),
    "merchant2": lambda d: d.put(d._kept("merchant2", d._other_merchant), "MERCHANT"),
    "network": _filler("MERCHANT", lambda rng: rng.choice(_NETWORKS), "network"),
    "site": lambda d: d.put(d.site, "MERCHANT"),
    "product": _filler("PRODUCT", lambda rng: rng.choice(_PRODUCT_NAMES), "product"),
    "product2": _filler("PRODUCT", lambda rng: rng.choice(_PRODUCT_NAMES), "product2"),
    "event": _filler("EVENT", lambda rng: rng.choice(_EVENTS), "event"),
    "voucher": _filler("VOUCHER", _voucher, "voucher"),
    "order": _filler("ORDER", _order, "order", row=True),
    "order2": _filler("ORDER", _order, "order2"),
    "phoneish": _filler("ORDER", _order_like_phone, "phoneish", row=True),
    "claim": _filler("CLAIM", _claim, "claim", row=True),
    "claim2": _filler("CLAIM", _claim, "claim2"),
    "date": _filler("DATE", _date, "date", row=True),
    "date2": _filler("DATE", _date),
    "dlong": _filler("DATE", _long_date),
    "amount": _filler("AMOUNT", _amount, "amount", row=True),
    "amount2": _filler("AMOUNT", _amount, "amount2"),
    "town": lambda d: d.put(d._kept("town", d._town), "TOWN"),
}


_SPLITS: dict[int, tuple[tuple[_Template, ...], tuple[_Template, ...]]] = {}


def _split(templates: tuple[_Template, ...]) -> tuple[tuple[_Template, ...], tuple[_Template, ...]]:
    """(clean, personal) templates of a group; groups are module constants, so keyed by id."""
    key = id(templates)
    if key not in _SPLITS:
        _SPLITS[key] = (
            tuple(t for t in templates if not t.personal),
            tuple(t for t in templates if t.personal),
        )
    return _SPLITS[key]


# ---------------------------------------------------------------------------------------------
# Frames: the shapes a whole note takes.


def _crm_log(d: _Draft) -> None:
    rng = d.rng
    dash = rng.choice((" - ", ": ", " ", " | "))
    sep = rng.choice(("\n", "\n", " // ", " ;; "))
    other = _initials(rng)
    for index, line in enumerate(d.pick_some(_T_LOG, 6, least=2)):
        if index:
            d.put(sep)
        d.stamp()
        d.put(" " + (d.agent_initials if rng.random() < 0.7 else other) + dash)
        d.write(line)


def _ticket(d: _Draft) -> None:
    rng = d.rng
    d.put(rng.choice(("Ticket ", "Case ", "[Ticket ", "Zendesk ")))
    d.slot("claim")
    d.put(rng.choice((" history\n", "]\n", " - notes\n", "\n")))
    rule = rng.choice(("---\n", "", "\n"))
    for index, line in enumerate(d.pick_some(_T_LOG, 5, least=2)):
        d.put(rule if index else "")
        d.put(f"#{index + 1} ")
        d.stamp()
        by = d.agent_initials if rng.random() < 0.6 else _initials(rng)
        d.put(" " + rng.choice(("by ", "")) + by + ": ")
        d.write(line)
        d.put("\n")


def _chat(d: _Draft) -> None:
    rng = d.rng
    if not d.clean and rng.random() < 0.5:
        d.put("Chat started. Visitor: ")
        d.slot("full")
        d.put(" (")
        d.slot("email")
        d.put(")\n")
    agent_label = rng.choice(("agent_first", "Agent", "Support", "initials"))
    if d.clean and agent_label == "agent_first":
        agent_label = "Agent"
    customer_label = rng.choice(("Customer", "Visitor", "first", "You"))
    if d.clean and customer_label == "first":
        customer_label = "Customer"
    agent_lines = d.pick_some(_T_CHAT_AGENT, 4)
    customer_lines = d.pick_some(_T_CHAT_CUSTOMER, 4)
    turns = [line for pair in itertools.zip_longest(customer_lines, agent_lines) for line in pair]
    layout = rng.randrange(3)
    for index, line in enumerate(turns):
        if line is None:
            continue
        agent_turn = index % 2 == 1
        clock = d.tick(0, 4)
        if layout == 0:
            d.put(f"[{clock}] ")
        elif layout == 2:
            d.put(f"{clock} ")
        if agent_turn:
            if agent_label == "agent_first":
                d.put("Agent ")
                d.slot("ag_first")
            elif agent_label == "initials":
                d.put(d.agent_initials)
            else:
                d.put(agent_label)
        elif customer_label == "first":
            d.slot("first")
        else:
            d.put(customer_label)
        d.put((": ", f" ({clock}): ", " - ")[layout])
        d.write(line)
        d.put("\n")


def _mail_header(d: _Draft, agent: bool) -> None:
    rng = d.rng
    d.put("From: ")
    if d.clean:
        d.put(rng.choice(("Partner Support", "Claims Team", "Affiliate Desk")))
    elif agent:
        d.slot("ag_name")
        d.put(" <")
        d.slot("ag_email")
        d.put(">")
    elif rng.random() < 0.2:
        d.slot("email")
    else:
        d.slot("full" if rng.random() < 0.7 else "rev")
        d.put(" <")
        d.slot("email")
        d.put(">")
    d.put("\nSent: ")
    d.slot("dlong")
    d.put(f" {_time(rng)}\nTo: {rng.choice(('Support', 'Claims', 'Member Services'))}\nSubject: ")
    d.write(d.pick(_T_SUBJECTS))
    d.put("\n\n")


def _mail(d: _Draft) -> None:
    rng = d.rng
    from_agent = rng.random() < 0.5
    _mail_header(d, from_agent)
    lines = _T_MAIL_AGENT if from_agent else _T_MAIL_CUSTOMER
    if not d.clean:
        d.put(rng.choice(("Hi ", "Dear ", "Hello ")))
        if rng.random() < 0.7:
            d.slot("first" if from_agent else "ag_first")
        else:
            d.put("team")
        d.put(",\n\n")
    for line in d.pick_some(lines, 3):
        d.write(line)
        d.put(rng.choice((" ", "\n")))
    d.put("\n")
    if not d.clean:
        d.write(d.pick(_T_SIGNATURE if from_agent else _T_SIGNOFF))
        d.put("\n")
    if rng.random() < 0.6:
        d.put("\nOn ")
        d.slot("dlong")
        d.put(", ")
        if d.clean:
            d.put("Partner Support")
        else:
            d.slot("full" if from_agent else "ag_name")
        d.put(" wrote:\n")
        for line in d.pick_some(_T_MAIL_CUSTOMER if from_agent else _T_MAIL_AGENT, 3):
            d.put("> ")
            d.write(line)
            d.put("\n")


def _query(d: _Draft) -> None:
    rng = d.rng
    template = d.pick(_T_QUERY)
    for literal, slot in template.pieces:
        d.put(literal)
        if slot == "fields":
            groups = _T_FIELDS_CLEAN if d.clean else _T_FIELDS
            chosen = [g for g in groups if rng.random() < 0.75] or [groups[0]]
            glue = rng.choice(("\n", "\n", " / ", " | "))
            for index, group in enumerate(chosen):
                if index:
                    d.put(glue)
                d.write(rng.choice(group))
        elif slot:
            d.slot(slot)
    if rng.random() < 0.6:
        d.put(rng.choice(("\n\nReply: ", "\n--\nRetailer response: ", "\n>> ")))
        d.write(d.pick(_T_REPLY))


def _escalation(d: _Draft) -> None:
    d.write(d.pick(_T_ESCALATION))
    if d.rng.random() < 0.5:
        d.put("\n")
        d.stamp()
        d.put(f" {d.agent_initials}: ")
        d.write(d.pick(_T_LOG))


def _address_note(d: _Draft) -> None:
    d.write(d.pick(_T_ADDRESS))
    if d.rng.random() < 0.5:
        d.put(d.rng.choice(("\n", " - ", ". ")))
        d.write(d.pick(_T_LOG))


def _clean_line(d: _Draft) -> None:
    rng = d.rng
    for index in range(rng.randint(1, 3)):
        if index:
            d.put(rng.choice((" ", "\n", " | ")))
        d.write(rng.choice(_T_CLEAN))


_FRAMES: tuple[tuple[Callable[[_Draft], None], float, bool], ...] = (
    # (frame, weight, used for clean notes)
    (_crm_log, 22, True),
    (_ticket, 12, True),
    (_chat, 14, True),
    (_mail, 16, True),
    (_query, 14, True),
    (_escalation, 7, True),
    (_address_note, 8, False),
    (_clean_line, 10, True),
)
_CLEAN_SHARE = 1 / 3


def _write(rng: random.Random, clean: bool) -> Note:
    frames = [(f, w) for f, w, ok in _FRAMES if ok or not clean]
    if not clean:
        frames = [(f, w) for f, w in frames if f is not _clean_line]
    for _ in range(8):
        draft = _Draft(rng, clean)
        frame = rng.choices([f for f, _ in frames], weights=[w for _, w in frames])[0]
        frame(draft)
        note = draft.note()
        if clean or note.personal:
            break
    if not clean and not note.personal:  # pragma: no cover - eight empty draws in a row
        draft = _Draft(rng, clean)
        _address_note(draft)
        note = draft.note()
    return note


def notes(count: int, seed: int) -> list[Note]:
    """``count`` labelled notes in the back office's voice, the same for the same seed."""
    rng = random.Random(seed)
    return [_write(rng, rng.random() < _CLEAN_SHARE) for _ in range(count)]
