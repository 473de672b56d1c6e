"""Fresh12 places and things: towns, thoroughfares, houses, postcodes, merchants and more.

Everything here was typed for this set. Merchants, products and vouchers include many
named like people; towns include many that are also given names or surnames.
"""

from __future__ import annotations

import random


def _words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of a typed block."""
    return tuple(text.split())


TOWNS = _words(
    """Kendal Beverley Shirley Stanley Chester Lincoln Ashley Clare Kelso Bude Ely Lewes Neath
Portree Athlone Ennis Carlow Tralee Dingle Skibbereen Clifden Buncrana Wick Thurso Oban
Stornoway Lerwick Kirkwall Dornoch Peebles Hawick Jedburgh Galashiels Alnwick Hexham Morpeth
Consett Bishop_Auckland Whitby Pickering Malton Selby Goole Barnsley Batley Dewsbury Todmorden
Hebden_Bridge Skipton Settle Clitheroe Ulverston Keswick Penrith Workington Maryport Cockermouth
Bangor Caernarfon Pwllheli Aberaeron Lampeter Llandeilo Ammanford Merthyr_Tydfil Ebbw_Vale
Tredegar Abergavenny Monmouth Chepstow Ledbury Ludlow Leominster Bromyard Tenbury_Wells Bewdley
Stourport Evesham Pershore Tewkesbury Stroud Nailsworth Frome Shepton_Mallet Glastonbury Street
Wells Chard Crewkerne Bridport Lyme_Regis Honiton Tiverton Crediton Okehampton Tavistock
Launceston Bodmin Truro Penzance St_Ives Helston Falmouth Redruth Camborne Newquay Padstow
Ilfracombe Barnstaple Bideford Minehead Watchet Hythe Deal Sandwich Faversham Whitstable Rye
Hastings Bexhill Seaford Newhaven Midhurst Petworth Alton Romsey Ringwood Lymington Wimborne
Shaftesbury Gillingham Devizes Marlborough Calne Chippenham Melksham Wantage Didcot Thame
Bicester Banbury Brackley Towcester Oundle Stamford Bourne Spalding Boston Louth Horncastle
Sleaford Grantham Newark Southwell Retford Worksop Matlock Bakewell Buxton Leek Congleton
Nantwich Sandbach Knutsford Wilmslow Ormskirk Chorley Darwen Bacup Rochdale Oldham Ashton
Stalybridge Glossop Hyde Omagh Strabane Coleraine Ballymena Larne Newry Banbridge Enniskillen
Cookstown Dungannon Armagh Downpatrick Letterkenny Donegal Sligo Ballina Westport Castlebar
Tuam Loughrea Nenagh Thurles Cashel Clonmel Dungarvan Youghal Mallow Bandon Kinsale Bantry
Kenmare Listowel Kilrush Birr Tullamore Mullingar Navan Trim Kells Drogheda Dundalk Wicklow
Arklow Gorey Enniscorthy"""
)
TOWNS = tuple(dict.fromkeys(t.replace("_", " ") for t in TOWNS))

# (full word, abbreviation or the same)
THOROUGHFARES = (
    ("Road", "Rd"), ("Street", "St"), ("Lane", "Ln"), ("Avenue", "Ave"), ("Close", "Cl"),
    ("Drive", "Dr"), ("Crescent", "Cres"), ("Gardens", "Gdns"), ("Terrace", "Terr"),
    ("Court", "Ct"), ("Square", "Sq"), ("Grove", "Gr"), ("Place", "Pl"), ("Wynd", "Wynd"),
    ("Loan", "Loan"), ("Brae", "Brae"), ("Chare", "Chare"), ("Twitten", "Twitten"),
    ("Ginnel", "Ginnel"), ("Vennel", "Vennel"), ("Row", "Row"), ("Rise", "Rise"),
    ("Walk", "Wlk"), ("Mews", "Mews"), ("Parade", "Pde"), ("Loke", "Loke"), ("Gate", "Gate"),
    ("Yard", "Yd"), ("Wharf", "Wharf"), ("Hill", "Hill"), ("Vale", "Vale"), ("Green", "Grn"),
    ("Way", "Way"), ("Park", "Pk"), ("Causey", "Causey"), ("Steps", "Steps"),
    ("Entry", "Entry"), ("Jitty", "Jitty"), ("Snicket", "Snicket"), ("Bank", "Bank"),
)  # fmt: skip
# leading thoroughfare words (Welsh, Irish, Scots Gaelic, French Channel Islands)
LEADING = ("Heol", "Ffordd", "Stryd", "Lôn", "Bóthar", "Sráid", "Ascaill", "Rue", "Sràid")
STREET_NAMES = _words(
    """Adebayo Kestrel Tannery Ropewalk Chapel Wesley Baptist Quarry Lime Kiln Mafeking Alma
Inkerman Balaclava Nelson Collingwood Orchard Cherry Damson Medlar Quince Bramble Hazel Rowan
Juniper Heather Gorse Bracken Saffron Tansy Mallow Sorrel Ivy Holly Hope Ember Major Sterling
Lark Faith Grace Victoria Albert Stanley Shirley Beverley Clarence Percy Howard Cavendish
Fairfax Cromwell Mandela Seacole Tubman Pankhurst Attlee Bevan Hardie Keir Nightingale
Wordsworth Brontë Tennyson Shelley Byron Milton Chaucer Caxton Telford Brunel Stephenson
Arkwright Wedgwood Priory Abbey Minster Friary Canon Deanery Glebe Tithe Barn Mill Forge
Smithy Cooper Tanner Weaver Fuller Dyer Potter Cordwainer Ropery Saltmarket Fishergate
Micklegate Goodramgate Stonebow Shambles Briggate Kirkgate Bondgate Westgate Eastgate
Nantgarw Tafarn Eglwys Ysgol Capel Glan Afon Pendre Tŷ Coch Bryn Mawr Cae Du Sycamore
Lisburn Ballymoney Carrick Knock Cloch Tobar Bride Kilmore Shandon Mallow Glenageary
Ormeau Ravenhill Cregagh Lagan Antrim Donegall Shankill Falls Ardoyne"""
)
STREET_NAMES = tuple(dict.fromkeys(STREET_NAMES))
HOUSE_NAMES = (
    "Rowan Cottage", "The Old Forge", "Fernlea", "Brae House", "Tŷ Gwyn", "Bryn Awel",
    "Hillcrest", "The Granary", "Swallow Barn", "Mulberry Lodge", "Kestrel Farm",
    "The Old School House", "Carn Brea", "Ardnamurchan", "Teach Bán", "Lios Mór",
    "Bide-a-Wee", "Dunroamin", "Whinstone", "Tigh na Mara", "Hafod Lon", "Penrhos",
    "Ashgrove", "Little Orchard", "The Chantry", "Quarry End", "Pear Tree Cottage",
    "Ember House", "Hope Villa", "Sterling Lodge", "Lark Rise", "Millbrook", "Fairhaven",
    "Kilnsey", "Westering", "Glenview", "Rose Bank", "The Coach House", "Bramble Hey",
    "Oyster Cottage", "Saltings", "The Beeches",
)  # fmt: skip
HOUSE_WORDS = ("Cottage", "House", "Lodge", "Farm", "Barn", "Villa", "Villas", "Manor",
               "Hall", "Bungalow", "Ty", "Tŷ", "Teach", "Tigh", "Bank", "End", "Rise")  # fmt: skip
EXTRA_GENERIC = ("flat", "floor", "ground", "first", "second", "third", "top", "basement",
                 "unit", "apartment", "apt", "block", "suite", "maisonette", "annexe",
                 "rear", "front", "left", "right", "st", "no", "number", "the")  # fmt: skip
FLOORS = (
    "Ground Floor",
    "First Floor",
    "2nd Floor",
    "Top Floor",
    "Basement",
    "Floor 3",
    "1F",
    "Annexe",
)

# UK postcode areas by outward shape
_A9 = "BEGLMNSW"
_AA9 = ("AB", "BT", "CF", "CH", "DD", "DG", "EH", "EX", "FK", "GL", "HU", "IV", "KA", "KW",
        "LA", "LD", "LS", "NE", "NP", "PA", "PH", "PL", "SA", "SY", "TD", "TR", "YO", "ZE",
        "HS", "LL", "BD", "OL", "SK", "ST", "DE", "NG", "LN", "PE", "CB", "IP", "NR", "CO")  # fmt: skip
_A9A = (("W", "1"), ("E", "1"), ("N", "1"), ("W", "2"))
_AA9A = ("SW1", "EC1", "EC2", "EC3", "EC4", "WC1", "WC2", "NW1", "SE1")
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
SHAPES = ("A9", "A99", "AA9", "AA99", "A9A", "AA9A")


def uk_postcode(rng: random.Random, shape: str | None = None) -> str:
    """A well-formed UK postcode of the given outward shape (or a random one)."""
    shape = shape or rng.choice(SHAPES)
    if shape == "A9":
        out = f"{rng.choice(_A9)}{rng.randrange(1, 10)}"
    elif shape == "A99":
        out = f"{rng.choice('BLMNS')}{rng.randrange(10, 99)}"
    elif shape == "AA9":
        out = f"{rng.choice(_AA9)}{rng.randrange(1, 10)}"
    elif shape == "AA99":
        out = f"{rng.choice(_AA9)}{rng.randrange(10, 60)}"
    elif shape == "A9A":
        area, digit = rng.choice(_A9A)
        out = f"{area}{digit}{rng.choice('ACDFGHJKPSTW')}"
    else:
        out = f"{rng.choice(_AA9A)}{rng.choice('ABMNPRVY')}"
    inward = f"{rng.randrange(0, 10)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"
    return f"{out} {inward}"


_ROUTING = ("A94", "D02", "D04", "D06", "D08", "D6W", "T12", "T23", "V94", "H91", "F91",
            "X91", "R95", "W23", "A92", "K78", "P31", "V92", "Y35", "N37")  # fmt: skip
_UNIQUE = "0123456789ACDEFHKNPRTVWXY"


def eircode(rng: random.Random) -> str:
    """An Eircode: routing key and a four-character unique identifier."""
    return f"{rng.choice(_ROUTING)} {''.join(rng.choice(_UNIQUE) for _ in range(4))}"


DOMAINS = ("gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "icloud.com",
           "btinternet.com", "sky.com", "eircom.net", "proton.me", "virginmedia.com",
           "talktalk.net", "aol.com", "gmx.de", "orange.fr", "wp.pl", "mail.ru", "yandex.com",
           "live.ie", "tutanota.com", "fastmail.fm", "ntlworld.com", "o2.pl", "web.de",
           "hey.com", "zoho.eu", "me.com", "pm.me", "tiscali.co.uk", "blueyonder.co.uk")  # fmt: skip

PERSON_LIKE_MERCHANTS = (
    "Ada Fenwick Ceramics", "Kofi & Co", "Saoirse Skincare", "Tamsin Trove", "Dorothea Linens",
    "Marlowe Home", "Sterling Garden", "Ember Candles", "Hope & Harbour", "Lark Outdoor",
    "Mabel & Moss", "Otis Bloom", "Aunty Bisi's Pantry", "Jago Surf", "Nkechi Naturals",
    "Ingrid & Oak", "Bertie Brown Shoes", "Yusuf Spice House", "Mr Adeyemi's Bakery",
    "Florence Fox", "Harvey Quill", "Clementine Kids", "Niamh Knits", "Rufus & Rose",
)  # fmt: skip
OTHER_MERCHANTS = (
    "Northwind Electricals", "Bramble Books", "Harbourside Hampers", "Copperleaf Tea",
    "Fellside Outdoor", "Atlas Travel Co", "Quayside Pets", "Moorland Mattress",
    "Pixelforge Games", "Greenhaven Garden Centre", "Brightwave Broadband", "Tidewater Wines",
    "Kiln & Clay", "Blue Dray Brewery", "Silverbirch Opticians", "Driftwood Interiors",
    "Foxglove Florists", "Gannet Energy", "Larchfield Insurance", "Tern Telecom",
    "Puffin Print", "Cobalt Cycles", "Wolds Hair Co", "Hearth & Ash",
)  # fmt: skip
MERCHANTS = PERSON_LIKE_MERCHANTS + OTHER_MERCHANTS
PRODUCTS = (
    "Ottilie armchair", "Bram sofa", "Winifred dinner set", "the Agnes kettle", "Hector hoodie",
    "Matilda midi dress", "Kwame trainers", "Leilani bikini", "Aroha throw", "Sigrid parka",
    "Dagny rucksack", "Bongani boots", "Nia cardigan", "Elsa bed frame", "Imani lamp",
    "Marley pushchair", "Ruby Red gin", "Sterling cutlery set", "Hope candle", "Ember air fryer",
    "Major Tom telescope", "Lark duvet", "4K monitor", "robot vacuum", "coffee grinder",
    "air purifier", "garden hose reel", "yoga mat", "electric toothbrush", "wine club box",
    "annual travel policy", "broadband upgrade", "SIM-only plan", "dog harness", "cat tree",
    "e-bike battery", "walking poles", "paddleboard", "hair straighteners", "sandwich toaster",
)  # fmt: skip
COURIERS = ("Evri", "DPD", "Royal Mail", "Yodel", "An Post", "DHL", "Parcelforce",
            "UPS", "FedEx", "Fastway", "Nightline", "InPost", "GLS")  # fmt: skip
NETWORKS = ("Awin", "Rakuten Advertising", "Impact", "CJ Affiliate", "Partnerize",
            "Webgains", "TradeDoubler", "Sovrn", "Admitad", "Skimlinks")  # fmt: skip
SITES = ("TopCashback", "Quidco", "KidStart", "easyfundraising", "Swagbucks", "Jamdoughnut",
         "Airtime Rewards", "Nectar", "Avios eStore", "Shopmate")  # fmt: skip
OCCASIONS = ("Diwali", "Eid", "Hogmanay", "Matariki", "Lunar New Year", "St David's Day",
             "Burns Night", "Nowruz", "Kwanzaa", "Mother's Day", "Valentine's Day",
             "Black Friday", "Boxing Day", "Hanukkah", "Vaisakhi", "Samhain", "Easter",
             "Independence Day", "Christmas", "Midsummer", "Bonfire Night", "Onam")  # fmt: skip
VOUCHER_WORDS = ("EMBER", "HOPE", "SOPHIA", "KOFI", "LARK", "MAJOR", "STERLING", "AROHA",
                 "NIAMH", "WELCOME", "SUMMER", "FRIYAY", "TREAT", "BRAM", "OTTILIE", "MABEL",
                 "DIWALI", "EID", "SAVE", "HELLO")  # fmt: skip
