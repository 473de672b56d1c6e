"""Places and shop things of the fresh10 set, typed for it.

Towns, thoroughfares, house names and postcode parts for addresses (personal); merchants and
products, several named like people, couriers, networks, occasions and vouchers (all to keep).
"""

from __future__ import annotations

import random


def _s(text: str) -> tuple[str, ...]:
    return tuple(text.split("|"))


TOWNS = _s(
    "Brechin|Todmorden|Looe|Ludlow|Alnwick|Keswick|Oban|Dornoch|Tenby|Llandeilo|Bideford|Wisbech|"
    "Holt|Beverley|Hexham|Kendal|Ripon|Selby|Skipton|Frome|Bridport|Lymington|Rye|Faversham|Olney|"
    "Buckingham|Thame|Witney|Bicester|Tewkesbury|Ledbury|Leominster|Oswestry|Whitchurch|Nantwich|"
    "Buxton|Bakewell|Matlock|Ashbourne|Uttoxeter|Lichfield|Tamworth|Hinckley|Oakham|Stamford|"
    "Spalding|Boston|Louth|Horncastle|Sleaford|Grantham|Newark|Retford|Worksop|Goole|Pocklington|"
    "Malton|Pickering|Whitby|Guisborough|Stokesley|Barnard Castle|Consett|Morpeth|Berwick-upon-Tweed|"
    "Kelso|Peebles|Galashiels|Moffat|Stranraer|Girvan|Largs|Dunoon|Pitlochry|Forfar|Stonehaven|"
    "Huntly|Nairn|Thurso|Wick|Lerwick|Kirkwall|Stornoway|Portree|Fort William|Tobermory|"
    "Enniskillen|Omagh|Strabane|Ballymena|Newry|Banbridge|Portrush|Larne|Dungannon|Coleraine|"
    "Westport|Clifden|Dingle|Kenmare|Bantry|Skibbereen|Clonakilty|Youghal|Dungarvan|Thurles|"
    "Nenagh|Ennis|Kilrush|Tralee|Listowel|Athlone|Mullingar|Tullamore|Birr|Carlow|Gorey|Wexford|"
    "Arklow|Wicklow|Navan|Kells|Drogheda|Dundalk|Carrickmacross|Monaghan|Cavan|Sligo|Ballina|"
    "Letterkenny|Donegal Town|Buncrana|Machynlleth|Aberaeron|Cardigan|Fishguard|Pwllheli|Bala|"
    "Ruthin|Denbigh|Llanidloes|Crickhowell|Hay-on-Wye|Abergavenny|Chepstow|Cowbridge|Llantrisant"
)
# (full, abbreviated) thoroughfare words
THOROUGHFARES: tuple[tuple[str, str], ...] = (
    ("Road", "Rd"),
    ("Street", "St"),
    ("Lane", "Ln"),
    ("Avenue", "Ave"),
    ("Close", "Cl"),
    ("Drive", "Dr"),
    ("Crescent", "Cres"),
    ("Gardens", "Gdns"),
    ("Terrace", "Terr"),
    ("Court", "Ct"),
    ("Square", "Sq"),
    ("Place", "Pl"),
    ("Grove", "Gr"),
    ("Wynd", "Wynd"),
    ("Brae", "Brae"),
    ("Loke", "Loke"),
    ("Ginnel", "Ginnel"),
    ("Mews", "Mews"),
    ("Row", "Row"),
    ("Parade", "Pde"),
    ("Walk", "Wk"),
    ("Rise", "Rise"),
    ("Chase", "Ch"),
    ("Croft", "Croft"),
    ("Vennel", "Vennel"),
    ("Twitten", "Twitten"),
    ("Heol", "Heol"),
    ("Stryd", "Stryd"),
    ("Bóthar", "Bóthar"),
    ("Ascent", "Asc"),
    ("Hollow", "Holw"),
    ("Wharf", "Whf"),
)
# thoroughfare words written before the name ("Heol Tegid", "Bóthar na Trá")
LEADING = ("Heol", "Stryd", "Bóthar", "Rue", "Ffordd", "Lôn")
# Street names, several also given names, surnames or ordinary words
STREET_NAMES = _s(
    "Sparrowhawk|Tannery|Ferncliffe|Marigold|Cobbler's|Hawthorn Bank|Lavender|Tolliver|Quarrymen's|"
    "Kingfisher|Rookery|Blacksmiths|Cinder|Orchardleigh|Pennyroyal|Millrace|Foxglove|Bramblewick|"
    "Chandlers|Wellbeck|Ropewalk|Saltings|Glebe|Poppyfield|Larkspur|Tinkers|Harebell|Dovecote|"
    "Eveline|Florence|Victoria|Albertine|Mabel|Ivy|Clement|Gwendolen|Augusta|Rosalind|Alder|"
    "Coldharbour|Weavers|Nightingale|Bellfounders|Tegid|Tudno|Ceiriog|Glyndŵr|Rhosyn|"
    "Cnoc na Gaoithe|Trá Bhán|Sráid an Mhuilinn|Mariner's|Haymaker"
)
HOUSE_WORDS = (
    "House",
    "Cottage",
    "Lodge",
    "Farm",
    "Barn",
    "Villa",
    "Manse",
    "Bungalow",
    "Hall",
    "Grange",
    "Steading",
    "Bothy",
    "Croft",
    "Mill",
    "Byre",
    "Rectory",
    "Oast",
)
HOUSE_STEMS = _s(
    "Rosemount|Tŷ Gwyn|Bwthyn Bach|Hillcrest|Wrenfield|Larchwood|Sunnybank|Glenmorven|Braeside|"
    "Applegarth|Swallowfield|Meadowsweet|Hollybush|Kittiwake|Thistledown|Cairnhill|Heatherbell|"
    "Skylark|Moonrakers|Tides Reach|Windrush|Bluebell|Tigh na Mara|Teach Bán|Penrhos|Ashgrove|"
    "Pear Tree|Fernbrook|Lilac|Sandpiper|Old Forge|Coachman's|Shepherd's|Drover's|Wheelwright's"
)
HOUSE_NAMES = tuple(f"{s} {w}" for s, w in zip(HOUSE_STEMS, HOUSE_WORDS * 3, strict=False))
# generic words the judge should not count as identifying on their own
EXTRA_GENERIC = (
    "flat",
    "apt",
    "apartment",
    "unit",
    "no",
    "number",
    "rd",
    "st",
    "ave",
    "ln",
    "cl",
    "dr",
    "cres",
    "gdns",
    "terr",
    "ct",
    "sq",
    "pl",
    "gr",
    "pde",
    "wk",
    "ch",
    "asc",
    "holw",
    "whf",
    "rue",
    "ffordd",
    "lôn",
    "tŷ",
    "bwthyn",
    "teach",
    "tigh",
    "na",
    "an",
    "bach",
    "old",
    "upper",
    "lower",
    "north",
    "south",
    "east",
    "west",
)

# UK postcode areas and Eircode routing keys
UK_AREAS = _s(
    "AB|BD|BT|CA|CF|DD|DG|EH|EX|GL|HG|HR|IV|KA|KW|LA|LD|LL|LN|NE|NR|PA|PE|PH|PL|SA|"
    "SY|TD|TQ|TR|YO|ZE|B|G|L|M|S|E|N|W"
)
EIRCODE_KEYS = _s("A65|A91|D02|D6W|D15|E25|F12|F92|H12|H91|K32|N37|P31|P72|R93|T12|V14|V92|X91|Y35")
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
_EIR = "ACDEFHKNPRTVWXY0123456789"


def uk_postcode(rng: random.Random) -> str:
    """A UK-shaped postcode (outward, space, inward), any of the six outward shapes."""
    area = rng.choice(UK_AREAS)
    shape = rng.randrange(3)
    if shape == 0:
        outward = f"{area}{rng.randrange(1, 10)}"
    elif shape == 1:
        outward = f"{area}{rng.randrange(10, 60)}"
    else:
        outward = f"{area}{rng.randrange(1, 10)}{rng.choice('ABEHJMNPRW')}"
    return f"{outward} {rng.randrange(10)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"


def eircode(rng: random.Random) -> str:
    """An Eircode: routing key, space, four unique-identifier characters."""
    return f"{rng.choice(EIRCODE_KEYS)} {''.join(rng.choice(_EIR) for _ in range(4))}"


EMAIL_DOMAINS = _s(
    "gmail.com|outlook.com|hotmail.co.uk|yahoo.ie|btinternet.com|icloud.com|proton.me|eircom.net|"
    "sky.com|virginmedia.com|talktalk.net|web.de|gmx.at|orange.fr|libero.it|wp.pl|seznam.cz|"
    "mail.ru|yandex.kz|naver.com|qq.com|rediffmail.com|hey.com|fastmail.fm|zoho.eu|tutanota.de|"
    "aol.co.uk|ntlworld.com|tiscali.co.uk|live.ie|posteo.de|laposte.net|telenet.be|ziggo.nl"
)
# merchants; several are named like people
MERCHANTS = _s(
    "Mabel & Finch|Oscar Pemberton|Hattie Brook Interiors|Dorothy Vale Shoes|Arthur Quill|"
    "Wilfred & Ada|Maisie Lane|Percy Thorne Outdoor|Edith Marlowe|Bertie Hollis Toys|Kettle & Crumb|"
    "Saltmarsh Supply|Lumen Hardware|Greenhalgh Cycles|Paper Moth|Fettle & Stitch|Coop Pantry|"
    "Brindle Pets|Oakleaf Home|Northern Larder|Tidewater Swim|Marrow & Bone|Gleam Optics|"
    "Harriet Kaye Beauty|Otis & Mae|Pip Studio Kids|Juniper Tea Co|Stanley Wren Tools|"
    "Flora Dunmore|Bramwell & Sons|Tilly Rose Bridal|Clover Bakehouse|Moor & Fell|Copperbeam|"
    "Inchcape Books|Quayside Wines|Felix Gray|Ruby Maguire Jewellery|Kestrel Audio|Lowry Frames|"
    "Halcyon Linens|Nell Gwynne Candles|Brogue & Brolly|Cuthbert's Garden Centre|Ellis Brigham|"
    "Mountfield Electrical|Dunelm Mill Outlet|Gracie Opulanza|Sundance Surf|Whistlefish"
)
PERSON_LIKE_MERCHANTS = frozenset(
    m for m in MERCHANTS
    if m.split()[0] in {"Mabel", "Oscar", "Hattie", "Dorothy", "Arthur", "Wilfred", "Maisie", "Percy",
                        "Edith", "Bertie", "Harriet", "Otis", "Stanley", "Flora", "Tilly", "Felix",
                        "Ruby", "Nell", "Cuthbert's", "Ellis", "Gracie", "Bramwell"}
)  # fmt: skip
OTHER_MERCHANTS = tuple(m for m in MERCHANTS if m not in PERSON_LIKE_MERCHANTS)
COUNTRIES = _s(
    "Portugal|Iceland|Ghana|Peru|Vietnam|Georgia|Malta|Chile|Namibia|Bhutan|Estonia|Fiji"
)
NATIONALITIES = _s("Portuguese|Icelandic|Ghanaian|Peruvian|Vietnamese|Georgian|Maltese|Chilean")
JOBS = _s("midwife|tree surgeon|sound engineer|actuary|ferry pilot|pastry chef|locksmith|archivist")
# products; several are named like people ("the Harriet armchair")
PRODUCTS = _s(
    "Harriet armchair|Milo desk lamp|Agatha wool coat|Otto air fryer|Beatrix tea set|"
    "Florence sofa bed|Stanley flask|Jasper trail shoes|Nora cot bed|Iris face serum|"
    "Rupert rain mac|Clara stand mixer|Hugo backpack|Winifred wingback chair|Toby jug|"
    "Matilda pram|Ezra bookcase|Greta puffer jacket|Archie bunk bed|Mavis slow cooker|"
    "cordless drill|bamboo bedding set|e-bike battery|kids' wetsuit|noise-cancelling headphones|"
    "cast iron casserole|garden parasol|running watch|espresso machine|memory foam mattress|"
    "sourdough starter kit|silk pillowcase|smart doorbell|climbing harness|yoga mat|"
    "robot vacuum|wedding guest dress|school shoes|dog crate|picture frame set|projector|"
    "Lottie doll|Barnaby bear|Gus garden bench|Esme Edit perfume"
)
COURIERS = _s(
    "Evri|DPD|Royal Mail|An Post|Parcelforce|Yodel|DHL|FedEx|UPS|Fastway|Nacex|GLS|"
    "Amazon Logistics|InPost|Menzies|Tuffnells|APC Overnight"
)
NETWORKS = _s(
    "Awin|Rakuten Advertising|Impact|CJ Affiliate|Partnerize|Webgains|TradeDoubler|"
    "Skimlinks|Sovrn|Admitad|Tradetracker|Daisycon|FlexOffers|Pepperjam"
)
SITES = _s(
    "TopCashback|Quidco|KidStart|easyfundraising|Swagbucks|JamDoughnut|Shopmate|Topcashback IE|"
    "Airtime Rewards|Complete Savings|Zilch|Pennyworth Rewards"
)
OCCASIONS = _s(
    "Mother's Day|Father's Day|Black Friday|Cyber Monday|Boxing Day|Prime Day|Diwali|"
    "Eid|Hanukkah|Lunar New Year|Valentine's Day|St Patrick's Day|Easter|Halloween|"
    "Bonfire Night|back-to-school|Singles' Day|Christmas|Burns Night|Hogmanay"
)
VOUCHER_WORDS = _s(
    "SPRING|WELCOME|FIRST|FLASH|THANKYOU|STUDENT|BLUELIGHT|NHS|BDAY|SUMMER|"
    "WINTER|APP|LOYAL|FREESHIP|EXTRA|VIP"
)
