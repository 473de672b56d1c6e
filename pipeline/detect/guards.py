"""Must-keep guards: name-like words in text that are a product, a shop, an event or a code.

"the Millie skirt", "Peter Rabbit mug", "the Burton branch", "Valentine's Day" and voucher
codes like "SOPHIE20" hold a name but are no person. A name finding of the model or of a
rule (never the row's own values) is dropped when its context says so; a code is never
split, so a name inside one is dropped too.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.detect.lexicon import (
    AMBIGUOUS_FIRST_NAMES,
    COMMON_WORDS,
    FIRST_NAMES,
    FOREIGN_WORDS,
    SCRIPT_WORDS,
    could_be_a_name,
    is_everyday_word,
)
from pipeline.detect.patterns import (
    DEMONYMS,
    NAME_PARTICLES,
    NAME_WORD_RE,
    SMALL_WORDS,
    TITLES,
    fold,
    is_contraction,
)

# Retail nouns: a name right before one is a product name ("Harriet dress", "Oscar lamp").
PRODUCT_NOUNS = frozenset(
    [
        "dress",
        "dresses",
        "skirt",
        "skirts",
        "coat",
        "coats",
        "jacket",
        "jackets",
        "blazer",
        "gilet",
        "parka",
        "mac",
        "trench",
        "cardigan",
        "jumper",
        "jumpers",
        "sweater",
        "hoodie",
        "top",
        "tops",
        "blouse",
        "shirt",
        "tee",
        "t-shirt",
        "vest",
        "bodysuit",
        "romper",
        "jumpsuit",
        "playsuit",
        "trousers",
        "jeans",
        "leggings",
        "joggers",
        "shorts",
        "suit",
        "tights",
        "socks",
        "bra",
        "bras",
        "knickers",
        "briefs",
        "pyjamas",
        "pjs",
        "nightie",
        "robe",
        "kimono",
        "saree",
        "sari",
        "lehenga",
        "kurta",
        "sarong",
        "kaftan",
        "abaya",
        "hanbok",
        "qipao",
        "cheongsam",
        "dashiki",
        "nightlight",
        "knit",
        "annual",
        "swimsuit",
        "bikini",
        "boots",
        "boot",
        "trainers",
        "sneakers",
        "sandals",
        "shoes",
        "heels",
        "loafers",
        "slippers",
        "sliders",
        "pumps",
        "wellies",
        "flats",
        "mules",
        "bag",
        "bags",
        "handbag",
        "tote",
        "clutch",
        "backpack",
        "rucksack",
        "purse",
        "wallet",
        "scarf",
        "hat",
        "cap",
        "beanie",
        "gloves",
        "belt",
        "watch",
        "earrings",
        "necklace",
        "bracelet",
        "ring",
        "pendant",
        "charm",
        "perfume",
        "cologne",
        "parfum",
        "spray",
        "lotion",
        "cream",
        "serum",
        "moisturiser",
        "lipstick",
        "mascara",
        "foundation",
        "palette",
        "shampoo",
        "conditioner",
        "fragrance",
        "candle",
        "candles",
        "diffuser",
        "lamp",
        "light",
        "sofa",
        "chair",
        "armchair",
        "stool",
        "table",
        "desk",
        "bed",
        "cot",
        "mattress",
        "pillow",
        "duvet",
        "cushion",
        "throw",
        "rug",
        "mirror",
        "vase",
        "jug",
        "mug",
        "mugs",
        "cup",
        "cups",
        "plate",
        "plates",
        "bowl",
        "bowls",
        "teapot",
        "kettle",
        "toaster",
        "blender",
        "planter",
        "pot",
        "frame",
        "print",
        "poster",
        "doll",
        "dolls",
        "teddy",
        "bear",
        "toy",
        "toys",
        "figure",
        "book",
        "books",
        "set",
        "sets",
        "flask",
        "bottle",
        "sunglasses",
        "glasses",
        "case",
        "cover",
        "headphones",
        "speaker",
        "collection",
        "range",
        "edition",
        "bundle",
        "kit",
        "pack",
        "dinnerware",
        "cutlery",
        "towel",
        "towels",
        "bedding",
        "costume",
        "costumes",
        "outfit",
        "plush",
        "plushie",
        "chinos",
        "onesie",
        "dungarees",
        "pinafore",
        "tunic",
        "polo",
        "gown",
        "cape",
        "poncho",
        "shawl",
        "brogues",
        "espadrilles",
        "clogs",
        "trainer",
        "satchel",
        "holdall",
        "hamper",
        "blanket",
        "quilt",
        "throws",
        "curtains",
        "lantern",
        "ornament",
        "bauble",
        "wreath",
        "puzzle",
        "jigsaw",
        "game",
        "figurine",
        "notebook",
        "journal",
        "diary",
        "umbrella",
        "apron",
        "tray",
        "jar",
        "tin",
        "basket",
        "wardrobe",
        "dresser",
        "sideboard",
        "bench",
        "ottoman",
        "footstool",
        "headboard",
        "pram",
        "buggy",
        "stroller",
        "highchair",
        "scooter",
        "bike",
        "lunchbox",
        "waistcoat",
        "overcoat",
        "raincoat",
        "sweatshirt",
        "leotard",
        "tutu",
        "nightdress",
        "babygrow",
        "sleepsuit",
        "dressing",
        "lego",
        "cake",
        "fleece",
        "puffer",
        "anorak",
        "kaftan",
        "kurta",
        "sari",
        "abaya",
        "hijab",
        "brooch",
        "hoover",
        "vacuum",
        "bookcase",
        "bookshelf",
        "shelf",
        "cabinet",
        "console",
        "drawers",
        "clock",
        "canvas",
        "blind",
        "blinds",
        "curtain",
        "pillowcase",
        "mixer",
        "pan",
        "wok",
        "knife",
        "headset",
        "camera",
        "tablet",
        "laptop",
        "charger",
        "recliner",
        "loveseat",
        "futon",
        "crib",
        "cot bed",
        "box",
        "bodywarmer",
        "overshirt",
        "shacket",
        "trench coat",
        # appliances, kitchen and garden, travel, tech
        "oven",
        "tablecloth",
        "kilt",
        "fryer",
        "air fryer",
        "microwave",
        "fridge",
        "freezer",
        "hob",
        "heater",
        "radiator",
        "helmet",
        "tent",
        "suitcase",
        "luggage",
        "boxers",
        "cafetiere",
        "controller",
        "earbuds",
        "television",
        "tv",
        "printer",
        "monitor",
        "keyboard",
        "router",
        "hammock",
        "bbq",
        "barbecue",
        "grill",
        "parasol",
        "lounger",
        "cat tree",
        "tree",
        "fork",
        "spoon",
        "mouse",
        "blender",
        "toaster",
        "kettle",
    ]
)
# The same nouns in the languages claims come in (French, Spanish, Italian, Portuguese,
# German, Dutch, Polish, Welsh), singular and plural as written.
_OTHER_PRODUCT_NOUNS = (
    "robe", "robes", "jupe", "jupes", "chemise", "chemises", "pantalon", "pantalons", "veste",
    "vestes", "manteau", "manteaux", "pull", "pulls", "chaussures", "baskets", "bottes", "sac",
    "sacs", "couette", "couettes", "coussin", "coussins", "lampe", "lampes", "tasse", "tasses",
    "montre", "montres", "bague", "bagues", "collier", "colliers", "canapé", "canape", "chaise",
    "chaises", "table", "tables", "lunettes", "parfum", "jouet", "jouets", "peluche", "sandales",
    "ensemble", "vestido", "vestidos", "falda", "faldas", "camisa", "camisas", "pantalones",
    "chaqueta", "chaquetas", "abrigo", "abrigos", "jersey", "zapatos", "zapatillas", "botas",
    "bolso", "bolsos", "cojín", "cojin", "cojines", "lámpara", "lampara", "taza", "tazas", "reloj",
    "relojes", "anillo", "collar", "sofá", "sofa", "silla", "sillas", "mesa", "gafas", "perfume",
    "juguete", "juguetes", "edredón", "vestito", "vestiti", "gonna", "gonne", "camicia", "camicie",
    "pantaloni", "giacca", "giacche", "cappotto", "maglione", "scarpe", "stivali", "borsa",
    "borse", "cuscino", "cuscini", "lampada", "tazza", "orologio", "anello", "collana", "divano",
    "sedia", "sedie", "occhiali", "profumo", "giocattolo", "piumino", "saia", "camisola", "casaco",
    "sapatos", "sapatilhas", "botas", "mala", "malas", "almofada", "candeeiro", "caneca",
    "relógio", "kleid", "kleider", "rock", "hemd", "hose", "jacke", "mantel", "pullover", "schuhe",
    "stiefel", "tasche", "taschen", "kissen", "lampe", "tasse", "uhr", "ring", "kette", "sofa",
    "stuhl", "tisch", "brille", "bettdecke", "spielzeug", "jurk", "jurken", "rok", "overhemd",
    "broek", "jas", "trui", "schoenen", "laarzen", "tas", "tassen", "kussen", "mok", "horloge",
    "bank", "stoel", "bril", "dekbed", "speelgoed", "sukienka", "sukienki", "spódnica", "koszula",
    "spodnie", "kurtka", "płaszcz", "sweter", "buty", "torebka", "torba", "poduszka", "lampa",
    "kubek", "zegarek", "pierścionek", "naszyjnik", "sofa", "krzesło", "stół", "okulary", "kołdra",
    "zabawka", "ffrog", "sgert", "crys", "trowsus", "siaced", "cot", "esgidiau", "bag", "clustog",
    "lamp", "mwg", "oriawr"
)  # fmt: skip
# Plurals of the English nouns ("the Harvey dining chairs", "Arlo lamps").
_ENGLISH_NOUNS = PRODUCT_NOUNS | frozenset(
    n + ("es" if n.endswith(("s", "sh", "ch", "x")) else "s") for n in PRODUCT_NOUNS if " " not in n
)
# The other languages' nouns name a product after a name only, never as a name's last word
# ("Joaquín van den Broek"); an English everyday word among them ("rock") is left out.
PRODUCT_NOUNS = _ENGLISH_NOUNS | frozenset(
    w for w in _OTHER_PRODUCT_NOUNS if not is_everyday_word(w)
)
# Words that may sit between a product's name and its noun: "the Lola ankle boots", "a
# Poppy print blouse"; never a word that makes the name a person receiving something.
_NOT_BETWEEN = frozenset({
    "a", "an", "the", "my", "your", "his", "her", "their", "our", "some", "new", "two",
    "three", "more", "any", "this", "that", "for", "to", "and", "or", "with", "from", "of",
    "in", "on", "at", "by", "is", "was", "has", "had", "got", "gets", "wants", "needs",
})  # fmt: skip
_DETERMINER_RE = re.compile(
    r"(?:^|[\s(])(?i:a|an|the|this|that|these|those|my|her|his|their|our)[ \t]+$"
)
_SHOP_WORDS = frozenset({"branch", "shop", "store", "outlet", "office", "depot", "warehouse",
                         "showroom", "centre", "center", "site", "superstore",
                         # a business named after someone: "Nkechi Naturals", "Jago Joinery"
                         "bakery", "bakehouse", "interiors", "outfitters", "joinery", "naturals",
                         "skincare", "ceramics", "hardware", "knitwear", "records", "vintage",
                         "books", "tools", "swim", "swimwear", "studio", "studios", "boutique",
                         "collective", "cosmetics", "jewellery", "jewelry", "furniture",
                         "candles", "crafts", "toys", "pets", "wines", "foods", "deli", "atelier",
                         "apparel", "clothing", "homeware", "homewares", "textiles",
                         "electricals", "electronics", "supplies", "gifts", "florist",
                         "florists", "goods", "designs", "ltd", "limited", "plc", "llc", "inc",
                         "gmbh", "emporium", "outlets", "trading", "kitchens", "beauty",
                         # where parcels wait: "the Melton pick-up point"
                         "pick-up", "pickup", "locker", "lockers", "hub",
                         "pantry", "larder", "linens", "bikes", "kids"})  # fmt: skip
_OTHER_SHOP_WORDS = frozenset({"magasin", "boutique", "tienda", "sucursal", "negozio", "loja",
                               "filiale", "geschäft", "winkel", "vestiging", "sklep",
                               "siop"})  # fmt: skip
# Nouns that make a name just before them a product or a shop ("the Millie skirt").
NAMING_NOUNS = PRODUCT_NOUNS | _SHOP_WORDS | _OTHER_SHOP_WORDS
# ... and those that may also end a product's name the model took whole ("Peter Rabbit mug").
_ENDING_NOUNS = _ENGLISH_NOUNS | _SHOP_WORDS
_NEXT_WORD_RE = re.compile(r"[ \t]+([^\W\d_][\w'\-]*)")
_EVENT_WORDS = frozenset({"day", "eve", "night", "weekend"})
_EVENT_RE = re.compile(r"(?:'s|\u2019s|s)?[ \t]+(?:day|eve|night|weekend)\b", re.IGNORECASE)


# A compound place name: "Newcastle upon Tyne", "Stratford-upon-Avon", "Southend-on-Sea",
# "Ashton-under-Lyne", "Weston-super-Mare". A surname that is one of its parts stays.
_COMPOUND_PLACE_RE = re.compile(
    # "on", "in" and "by" only hyphenated: "Tom on Monday" is a person and a day.
    r"\b[A-Z][\w'\u2019]+(?:(?:[ -](?:upon|under|en|le|super|next[ -]the)[ -]|-(?:on|in|by)-)"
    r"[A-Z][\w'\u2019]+)+"
)


def place_ranges(text: str) -> list[tuple[int, int]]:
    """Where compound place names occur: must-keep text, like the row's allow-list."""
    if " " not in text and "-" not in text:
        return []
    return [
        match.span()
        for match in _COMPOUND_PLACE_RE.finditer(text)
        if not _SPACED_PARTICLE_RE.search(match.group(0)) or _is_known_place(match.group(0))
    ]


# "le" and "en" between two words with spaces make a person's name as often as a place:
# "Palesa le Roux" is a person, "Poulton le Fylde" a place the gazetteer knows; "under" is
# prose as often ("registered with KidStart under RUFARO_M..."), not "Ashton under Lyne".
_SPACED_PARTICLE_RE = re.compile(r" (?:le|en|under) ")


def _is_known_place(value: str) -> bool:
    from pipeline.detect.places import place_names

    return fold(value) in place_names()


def _next_words(text: str, end: int, count: int) -> list[str]:
    words = []
    for _ in range(count):
        match = _NEXT_WORD_RE.match(text, end)
        if match is None:
            break
        words.append(match.group(1).lower())
        end = match.end()
    return words


# A voucher code: the word after "code", "voucher", "promo" ... or before "code", "discount".
_CODE_BEFORE_RE = re.compile(
    r"(?:\b(?:code|voucher|promo|coupon|discount|gutschein|gutscheincode|cupon|buono|"
    r"kortingscode|rabattkod|kod(?:[ \t]+rabatowy)?)\b)(?:[ \t]+code)?[ \t]*[:=\-]?[ \t]*['\"]?$",
    re.IGNORECASE,
)
_CODE_AFTER_RE = re.compile(r"['\"]?[ \t]+(?:code|voucher|discount|promo)\b", re.IGNORECASE)


def _is_code_char(char: str) -> bool:
    return char.isascii() and (char.isalnum() or char in "_-")


def _code_neighbour(char: str) -> bool:
    """A digit or a Latin letter: what a code goes on with (a Han or kana letter is not)."""
    if not char.isalnum():
        return False
    return char.isascii() or char.isdigit() or "LATIN" in unicodedata.name(char, "")


def _in_a_code(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is, or is part of, a voucher code written in capitals.

    "SOPHIE20", "WELCOME-JAMES", "NIAMH-25", "HELLO_OLIVIA", "code FREYA", "the JOSHUA
    discount": a code is kept whole, never split. A name in capitals with no cue and no
    digit ("OKAFOR-BELLO", "Dear SMITH-JONES") is no code.
    """
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if _code_neighbour(before) or _code_neighbour(after):
        return True  # inside a code: "SOPHIE20", "VIP-JAMES5" is kept whole (not "是Emir")
    head, tail = start, end
    while head and _is_code_char(text[head - 1]):
        head -= 1
    while tail < len(text) and _is_code_char(text[tail]):
        tail += 1
    token = text[head:tail].strip("-_")
    letters = [c for c in token if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return False
    if "_" in token or any(c.isdigit() for c in token):
        return True  # "NIAMH-25", "HELLO_OLIVIA": no name has a digit or an underscore
    if " " in text[start:end].strip():
        return False
    return bool(_CODE_BEFORE_RE.search(text, max(0, head - 40), head)) or bool(
        _CODE_AFTER_RE.match(text, tail)
    )  # "code WELCOME-JAMES", "Voucher code FREYA", "the JOSHUA discount"


# More capitalised words after a name, joined by commas or "and", then a noun.
_LISTED_BEFORE_NOUN_RE = re.compile(
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|or)[ \t]+)[^\W\d_a-z][\w'\-]*)+[ \t]+(?P<noun>[^\W\d_][\w'\-]*)"
)


# A field label naming a business: what follows it is a shop's or a courier's name.
_BUSINESS_LABEL_RE = re.compile(
    r"(?<![^\W_])(?i:retailer|merchant|store|shop|brand|advertiser|carrier|courier|seller|"
    r"vendor|supplier)[ \t]*[:=][ \t]*$"
)
# The rest of a greeting whose first word is a name too: "Xin chào", "xin cảm ơn", "xin lỗi".
_GREETING_AFTER_RE = re.compile(r"[ \t]+(?i:ch[àa]o|c[ảa]m[ \t]+[ơo]n|l[ỗo]i)\b")


def _lower_compound(value: str) -> bool:
    """One word of everyday English words joined by hyphens ("sky-high", "follow-up",
    "Re-opened"): no part a first name, a part of one or two letters only a prefix (not
    "do-hyun"), at most one part a name word and the others long words that are none ("sky-high",
    not "jean-luc"); capitalised only after a prefix ("Re-opened", not "Hope-Baker")."""
    word = value.strip(" .,:;!?")
    if "-" not in word or not word.replace("-", "").isalpha():
        return False
    parts = [p for p in fold(word).split("-") if p]
    if len(parts) < 2 or not all(p in COMMON_WORDS and p not in FIRST_NAMES for p in parts):
        return False
    if not any(len(p) >= 4 for p in parts):
        return False  # "jun-woo", "min-ji"
    if any(len(p) <= 2 and p not in _PREFIXES for p in parts):
        return False
    named = [p for p in parts if could_be_a_name(p) or p in AMBIGUOUS_FIRST_NAMES]
    if len(named) > 1 or (named and any(len(p) < 4 for p in parts if p not in named)):
        return False
    return word[:1].islower() or parts[0] in _PREFIXES


_PREFIXES = frozenset({"re", "co", "e", "ex", "de", "un", "pre", "non", "self", "anti", "over",
                       "under", "out", "mid", "post", "sub", "multi", "semi"})  # fmt: skip


def is_not_a_person(text: str, start: int, end: int) -> bool:
    """True when the name-like text[start:end] is a product, shop, event or part of a code."""
    if _in_a_code(text, start, end):
        return True
    first = text[start:end].split()[0] if text[start:end].strip() else ""
    if _lower_compound(first) and (first[:1].islower() or " " not in text[start:end].strip()):
        return True  # "sky-high (postage)", "Re-opened": everyday words joined
    if _BUSINESS_LABEL_RE.search(text, max(0, start - 24), start):
        return True  # "Retailer: Brown Thomas", "Carrier: Stuart", "merchant=Hope & Ivy"
    if _GREETING_AFTER_RE.match(text, end) and " " not in text[start:end].strip():
        return True  # "Xin chào", "Xin cảm ơn": Vietnamese for hello and thank you
    written = text[start:end].split()[1:]
    pairs = [(w, w.lower()) for w in written if w.lower() not in NAME_PARTICLES]
    inner = [low for _, low in pairs]  # no particle: "Mac" in "Aoife Mac Carthy"
    last = len(pairs) - 1
    if any(
        low in _ENDING_NOUNS and (i == last or not word[:1].isupper())
        for i, (word, low) in enumerate(pairs)
    ):
        return True  # the noun was taken in: "Peter Rabbit mug", "sophia sandals cost"
        # (not a capitalised one inside a name: "Azlan Pan bin Osman")
    if any(w.islower() and w in PRODUCT_NOUNS and w not in NAME_PARTICLES for w in written):
        return True  # another language's noun, in lower case: "Rafa zapatillas" (not "Broek")
    if _EVENT_RE.match(text, end) or (inner and inner[-1].strip(".,!?") in _EVENT_WORDS):
        return True  # "Valentine's Day", "St Patrick's Day", "Mothers Day", "Burns Night"
    following = _next_words(text, end, 2)
    listed = _LISTED_BEFORE_NOUN_RE.match(text, end)
    if listed is not None and listed.group("noun").lower() in NAMING_NOUNS:
        return True  # "Ivy, Holly and Rowan ranges": names of a product line, listed
    if not following:
        return False
    if following[0] in NAMING_NOUNS:
        # ... unless the noun is a verb here: "živilė set up my account", "Aroha ring me".
        return following[1:2] == [] or following[1] not in _VERB_FOLLOWERS
    # One more capitalised word before the noun: "Ruby Star trainers", "Peter Rabbit mug";
    # or a lower-case word that describes it: "Olivia midi dress", "Arthur dining chairs".
    described = len(following) == 2 and following[1] in PRODUCT_NOUNS and _describes(following[0])
    if (
        len(following) == 2
        and following[1] in NAMING_NOUNS
        and (_capital_after(text, end) or described)
    ):
        return True
    # After "a", "the", "my": "the Lola ankle boots", "a Winnie the Pooh rug".
    if _DETERMINER_RE.search(text, max(0, start - 8), start) is None:
        return False
    words = _next_words(text, end, 4)
    for i, word in enumerate(words[1:], start=1):
        if word in PRODUCT_NOUNS:
            between = words[:i]
            return all(
                w not in _NOT_BETWEEN or (w == "the" and j == 0) for j, w in enumerate(between)
            )
    return False


# Verbs that may stand between a person and a thing ("Olivia bought dresses"): a word
# between a name and a product noun is no description when it is one of these, a past
# form ("ordered", "sent") or a third-person verb ("loves", "wants").
_BETWEEN_VERBS = frozenset({
    "bought", "got", "gave", "sent", "paid", "made", "took", "left", "wore", "brought",
    "found", "chose", "sold", "kept", "lost", "won", "saw", "put", "let", "did", "had",
    "want", "wanted", "need", "love", "like", "hate", "buy", "order", "return", "sell",
    "says", "said", "told", "asked", "also", "never", "always", "just", "still", "only",
    "wears", "owns", "own", "picked", "has", "is", "was",
    # and the words that tie a person to a thing: "Étienne about Office", "Ama re coats"
    "about", "after", "before", "behind", "beside", "between", "during", "near", "off",
    "onto", "past", "since", "through", "towards", "until", "upon", "within", "without",
    "re", "regarding", "than", "as", "who", "whose", "too", "again", "here", "there",
    "now", "then", "today", "yesterday", "please", "not", "no", "gets", "getting",
})  # fmt: skip


# Words after a noun that make it a verb: "set up", "ring me", "watch it", "top up".
_VERB_FOLLOWERS = frozenset({
    "up", "off", "out", "down", "over", "back", "it", "me", "him", "them", "us", "you", "my",
    "his", "their", "our", "your", "the", "a", "an", "this", "that",
})  # fmt: skip


def _describes(word: str) -> bool:
    """True when a lower-case word between a name and a product noun can describe the
    product ("midi", "dining", "gold", "print") rather than say what a person did."""
    if word in _NOT_BETWEEN or word in _BETWEEN_VERBS or word in SMALL_WORDS:
        return False
    if word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")):
        return False
    return is_everyday_word(word)  # an English word: not "kupiła" (bought), "paddington"


def _capital_after(text: str, end: int) -> bool:
    match = _NEXT_WORD_RE.match(text, end)
    return match is not None and match.group(1)[0].isupper()


def _everyday(word: str) -> bool:
    """An everyday English word: "a", "i'm", "variety" (folded, apostrophes allowed)."""
    stem = word.split("'")[0]
    return len(stem) < 2 or stem in COMMON_WORDS or stem in SMALL_WORDS or word in COMMON_WORDS


def _foreign_phrase(words: list[str]) -> bool:
    """Everyday words of another language only ("dzien dobry", "merci de verifier": short
    words such as "de", "el", "na" go with them), none a known first name."""
    long = [w for w in words if len(w) > 3]
    return (
        bool(long)
        and all(w in FOREIGN_WORDS or w in SCRIPT_WORDS for w in long)
        and not any(w in FIRST_NAMES or w in AMBIGUOUS_FIRST_NAMES for w in words)
    )


def _compound(word: str) -> bool:
    """Two everyday words of four letters or more run together, neither a name."""
    return any(
        not could_be_a_name(word[:i]) and not could_be_a_name(word[i:])
        for i in range(4, len(word) - 3)
    )


def _mixed_phrase(text: str, start: int, end: int, words: list[str]) -> bool:
    """Words another language and English share, and one of that language's own, in a
    note written in it (another of its own words outside the finding), no first name."""
    long = [w for w in words if len(w) > 3]
    own = [w for w in long if w in FOREIGN_WORDS and w not in COMMON_WORDS]
    if not own or not all(w in FOREIGN_WORDS or w in COMMON_WORDS for w in long):
        return False
    if any(w in FIRST_NAMES or w in AMBIGUOUS_FIRST_NAMES for w in words):
        return False
    around = NAME_WORD_RE.findall(text[:start] + " " + text[end:])
    return any(len(w) > 3 and (f := fold(w)) in FOREIGN_WORDS and f not in COMMON_WORDS
               for w in around)  # fmt: skip


_UNMARKED_CONTRACTIONS = frozenset({"im", "ive"})
_TITLE_BEFORE_RE = re.compile(r"(?<![^\W_])(?P<title>[^\W\d_]+)\.?[ \t]+$")


def _after_title(text: str, start: int) -> bool:
    match = _TITLE_BEFORE_RE.search(text, max(0, start - 12), start)
    return match is not None and fold(match.group("title")) in TITLES


def is_everyday_words(text: str, start: int, end: int) -> bool:
    """True when a model PERSON is only everyday English words and nothing says it is a name.

    "came torn", "prefers", a capitalised "Evenings" opening a sentence, "Grace period": the
    model's guesses that nothing backs. The context rules still find "Heather says ...",
    "my friend grace hope ordered ...".
    """
    raw = NAME_WORD_RE.findall(text[start:end])
    words = [fold(w) for w in raw]
    if _foreign_phrase(words):
        return True  # a greeting or phrase of another language: "Dzień dobry", "Diolch"
    if _mixed_phrase(text, start, end, words):
        return True  # "Keine Provision erfasst": that language's words and shared ones
    if words and all(w in _UNMARKED_CONTRACTIONS or is_contraction(w) for w in words):
        return True  # "I'm originally from Vietnam"
    if len(words) == 1 and words[0] in DEMONYMS and not _after_title(text, start):
        return True  # "I am Italian", "the Polish shop" (not "Mrs French")
    pairs = [(w, f) for w, f in zip(raw, words, strict=True) if f not in NAME_PARTICLES]
    lower = [f for w, f in pairs if w[0].islower()]
    if lower and all(_everyday(f) and f not in FIRST_NAMES for f in lower):
        # Everyday lower-case words in it, and nothing else that only a name could be:
        # "quit a", "I'm originally", "God gave rock" (but "Cust GREEN disputes" stays).
        evidence = [
            f
            for w, f in pairs
            if not w[0].islower()
            and (
                (w.isupper() and len(w) > 3)
                or not _everyday(f)
                or f in FIRST_NAMES
                or f in AMBIGUOUS_FIRST_NAMES
            )
        ]
        if not evidence:
            return True
    if text[start:end].isupper() and any("'" in f or f in SMALL_WORDS for f in words):
        return True  # shouting: "I DON'T KNOW WHAT TO PRESS"
    if not words or any(w in FIRST_NAMES or w in AMBIGUOUS_FIRST_NAMES for w in words):
        return False
    value = text[start:end]
    if len(words) == 1 and value.isupper() and len(value) <= 4:
        return True  # an acronym: "ITP", "DPD"
    before = text[:start].rstrip(" \t\"'(")
    opening = not before or before[-1] in ".!?\n:;-"
    if len(words) == 1 and opening and words[0].endswith("ed") and len(words[0]) > 4:
        return True  # a verb opening a sentence: "Shopped at ...", "Ordered on ..."
    if len(words) == 1 and value.islower() and _compound(words[0]):
        return True  # "paddleboard", "doorbell": two everyday words run together
    if (
        len(words) == 1
        and value.isupper()
        and words[0].endswith(("ed", "ing"))
        and is_everyday_word(words[0])
    ):
        return True  # a status in capitals: "status QUERIED -> APPROVED" (not "RUPERT")
    if not all(w in COMMON_WORDS for w in words):
        return False
    if value[0].islower():
        return True  # "came torn", "shows Pending"
    return len(words) == 1 and opening
