"""The fresh6 places and things: towns, streets, houses, postcodes, domains, merchants ...

Everything is typed for this set. Many towns, merchants and products are named like people
or words, so that a detector that takes every capitalised word for a name is caught out.
"""

from __future__ import annotations

TOWNS = (
    "Aberaeron", "Llandeilo", "Machynlleth", "Caernarfon", "Tregaron", "Bala", "Crickhowell",
    "Pwllheli", "Ammanford", "Rhayader", "Beddgelert", "Narberth", "Portmeirion", "Amlwch",
    "Ullapool", "Tobermory", "Dingwall", "Forfar", "Peebles", "Kelso", "Stornoway", "Brora",
    "Lairg", "Dornoch", "Tain", "Nairn", "Huntly", "Ellon", "Stonehaven", "Girvan", "Largs",
    "Ennis", "Tralee", "Dungarvan", "Clonakilty", "Birr", "Carlow", "Longford", "Athy", "Cobh",
    "Bantry", "Westport", "Tuam", "Navan", "Trim", "Kells", "Skibbereen", "Buncrana",
    "Helston", "Bodmin", "Fowey", "Looe", "Truro", "Bude", "Hayle", "St Ives", "Marazion",
    "Ludlow", "Leominster", "Kington", "Clun", "Wem", "Much Wenlock", "Bishop's Castle",
    "Sandwich", "Deal", "Hythe", "Rye", "Battle", "Lewes", "Ware", "Hertford", "Royston",
    "Louth", "Spalding", "Boston", "Holt", "Cromer", "Diss", "Eye", "Settle", "Hawes", "Selby",
    "Goole", "Wigton", "Keswick", "Penrith", "Alston", "Morpeth", "Alnwick", "Wooler",
    "Ashby", "Stanley", "Shirley", "Kimberley", "Beverley", "Maud", "Lorne", "Laurencekirk",
    "Florence", "Hope", "Grace Dieu", "Warwick", "Morley", "Ashton", "Chester", "Preston",
    "Bradley Stoke", "Carlton", "Clifton", "Milton", "Sutton", "Denton", "Audley", "Lydney",
)  # fmt: skip
# thoroughfare word and its abbreviation
THOROUGHFARES = (
    ("Road", "Rd"), ("Street", "St"), ("Lane", "Ln"), ("Avenue", "Ave"), ("Close", "Cl"),
    ("Drive", "Dr"), ("Way", "Wy"), ("Place", "Pl"), ("Crescent", "Cres"), ("Grove", "Gr"),
    ("Gardens", "Gdns"), ("Terrace", "Terr"), ("Court", "Ct"), ("Square", "Sq"), ("Row", "Rw"),
    ("Walk", "Wk"), ("Hill", "Hl"), ("Rise", "Rs"), ("Mews", "Mws"), ("Parade", "Pde"),
    ("Wynd", "Wynd"), ("Brae", "Brae"), ("Loan", "Ln"), ("Vennel", "Vnl"), ("Close", "Cls"),
    ("Quay", "Qy"), ("Yard", "Yd"), ("Gate", "Gt"), ("Chase", "Ch"), ("Croft", "Cft"),
)  # fmt: skip
# Welsh street names lead with the street word
WELSH_STREET_WORDS = ("Heol", "Ffordd", "Stryd", "Lôn", "Rhodfa", "Cilgant")
WELSH_STEMS = ("y Bryn", "yr Eglwys", "Glan", "Maesglas", "Penlan", "y Dderwen", "Tŷ Gwyn",
               "Cae Mawr", "y Felin", "Bryncelyn")  # fmt: skip
STREET_STEMS = (
    "Tremayne", "Morwenna", "Ashgrove", "Bishopsgate", "Mercer", "Fennel", "Kestrel", "Larch",
    "Rowan", "Quarry", "Tannery", "Ropewalk", "Pilgrim", "Harbour", "Mill", "Orchard", "Beacon",
    "Heather", "Juniper", "Marigold", "Primrose", "Sorrel", "Bramble", "Willow", "Elder",
    "Victoria", "Albert", "Florence", "Winifred", "Beatrice", "Cecil", "Percy", "Gladstone",
    "Nelson", "Wellington", "Grafton", "Coronation", "Jubilee", "Trafalgar", "Balmoral",
    "Dunbar", "Kinloch", "Carrick", "Drumlin", "Glebe", "Manse", "Kirk", "Loch", "Strath",
    "Abbey", "Priory", "Chantry", "Friary", "Deanery", "Cooper", "Fletcher", "Chandler",
    "Tanner", "Sawyer", "Thatcher", "Weaver", "Dyer", "Mason", "Baxter", "Salter", "Fisher",
    "Sandy", "Flora", "Iris", "Violet", "Rose", "Holly", "Hazel", "Ivy", "Laurel", "Daisy",
)  # fmt: skip
HOUSE_WORDS = ("House", "Cottage", "Lodge", "Farm", "Barn", "Villa", "Hall", "Bwthyn", "Tŷ",
               "Manse", "Croft", "Bungalow")  # fmt: skip
HOUSE_STEMS = ("Bryn Awel", "Min y Môr", "Glasfryn", "Hafod", "Pen y Bont", "Tan y Bryn",
               "Sea Holly", "Kittiwake", "Curlew", "Merlin", "Gorse", "Kingfisher", "Skerry",
               "Lismore", "Tigh na Mara", "Corrie", "Ardlui", "Fernlea", "Woodside", "Ashlea",
               "Rosemount", "Hillcrest", "Brackenridge", "Millbrook", "Netherby",
               "Carreg Wen", "Bod Hyfryd", "Ty Coch", "Whinfell", "Stonechat", "Rowan Tree",
               "Drumlin", "Arosfa", "Bryn Derw", "Heatherlea", "Old Smithy")  # fmt: skip
HOUSE_NAMES = tuple(
    f"{stem} {word}" if i % 3 else stem
    for i, (stem, word) in enumerate(zip(HOUSE_STEMS, HOUSE_WORDS * 3, strict=False))
)
FLATS = ("Flat 2", "Flat 4B", "Apt 12", "Unit 3", "Fflat 1", "Top floor flat", "2/1", "Flat G/L")
EXTRA_GENERIC = ("Fflat", "floor", "top", "Bwthyn", "Tŷ", "Heol", "Ffordd", "Stryd", "Lôn",
                 "Rhodfa", "Cilgant", "y", "yr", "Barn", "Villa", "Hall", "Bungalow",
                 "Loan", "Vennel")  # fmt: skip
# (area, districts): UK postcode areas; Eircode routing keys apart
POSTCODE_AREAS = (
    ("SA", (14, 31, 48, 62)), ("LL", (11, 36, 49, 55)), ("SY", (5, 16, 23)), ("CF", (10, 31, 44)),
    ("IV", (1, 15, 27)), ("PH", (2, 16, 33)), ("KW", (1, 14)), ("TR", (1, 13, 26)),
    ("PL", (14, 26)), ("HR", (6, 9)), ("TN", (15, 31)), ("PE", (11, 21)), ("NR", (25, 27)),
    ("CA", (11, 12)), ("NE", (61, 66)), ("DG", (3, 7)), ("TD", (5, 8)), ("ZE", (1, 2)),
    ("HS", (1, 2)), ("BT", (34, 47, 80)), ("EC", (1,)), ("W", (1, 12)), ("N", (16,)),
)  # fmt: skip
EIRCODE_KEYS = ("V95", "V92", "X35", "P85", "R42", "R93", "N39", "A85", "C15", "F28",
                "H54", "P72", "F93", "D6W", "T12", "H91", "A82", "P81")  # fmt: skip
DOMAINS = ("gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com",
           "icloud.com", "proton.me", "sky.com", "virginmedia.com", "talktalk.net",
           "eircom.net", "live.ie", "sapo.pt", "gmail.pt", "otenet.gr", "seznam.cz",
           "post.cz", "freenet.de", "tiscali.co.uk", "aol.com", "gmx.co.uk", "mail.com",
           "ntlworld.com", "cymru.wales", "mailbox.org", "fastmail.fm", "zoho.eu",
           "yandex.com", "web.de")  # fmt: skip
MERCHANTS = (
    "Morwenna & Co", "Hattie's Pantry", "Barnaby Bikes", "Florence Home", "Carys Crafts",
    "Tremayne Outdoor", "Piran Surf", "Jago Joinery", "Nkechi Naturals", "Kofi Coffee Co",
    "Ama Beauty", "Leilani Swim", "Nikau Threads", "Aroha Skincare", "Mele Market",
    "Sakura Tea House", "Haruka Stationery", "Ling & Wei", "Ji-woo Cosmetics", "Nguyen Pho Kit",
    "Elif Ceramics", "Zeynep Rugs", "Nino Wines", "Anahit Jewellery", "Eleni Olive Oil",
    "Besa Bakery", "Ioana Knitwear", "Réka Design", "Tereza Glass", "Zuzana Linen",
    "Rūta Amber", "Aino Sauna", "Björn Outfitters", "Duarte Tiles", "Inês Sardines",
    "Uxía Organics", "Ainhoa Espadrilles", "Jordi Leather", "Marija Lace", "Miriam's Deli",
    "Esmeralda Vintage", "Django Guitars", "Wellington Boots Direct", "Victoria Plumb",
    "Hobbs & Hale", "Fortescue Fine Foods", "Ashby Garden Centre", "Stanley Tools Hub",
    "Chester Barrie Outlet", "Morley Mattresses", "Grace & Thorn", "Holly Hardware",
    "Hazel Hair", "Ivy Interiors", "Rowan Pet Supplies", "Kestrel Cycles", "Beacon Books",
    "Harbour Fish Box", "Quarry Climbing", "Orchard Toys Shop", "Pilgrim Travel",
    "Cwtch Candles", "Siop Tegwen", "Fado Records", "Meraki Athens", "Kavárna Praha Shop",
    "ShopDirectUK", "ValueVerse", "Boxly", "Parcelio Deals", "TechNest", "Cartwheel Kids",
    "Loom & Lark", "Thistle Threads", "Selkie Swimwear", "Heron Homeware", "Curlew Coats",
)  # fmt: skip
PRODUCTS = (
    "Hattie cardigan", "Barnaby backpack", "Florence sofa", "Morwenna maxi dress",
    "Jago boots", "Leilani bikini", "Aroha serum", "Sakura tea set", "Elif vase", "Nino decanter",
    "Anahit ring", "Eleni tote", "Ioana jumper", "Aino robe", "Björn parka", "Inês espadrilles",
    "Marija tablecloth", "Django strings", "Wellington boots", "Victoria sponge tin",
    "Grace lamp", "Holly wreath", "Ivy planter", "Rowan cat tree", "Kestrel e-bike",
    "Beatrice bed frame", "Percy pram", "Winifred wingback", "Cecil chest of drawers",
    "Albert desk", "Ruby rucksack", "Jasper jacket", "Hugo headphones", "Otto ottoman",
    "Matilda mattress", "Ella espresso maker", "Oscar oven", "Stanley flask", "Chester bench",
    "Preston pendant light", "Ludlow lamp", "Kelso kilt", "Bala bench", "Truro throw",
    "Keswick coat", "Penrith parka", "Fowey fleece",
)  # fmt: skip
COURIERS = ("Royal Mail", "DPD", "Evri", "Yodel", "Parcelforce", "An Post", "DHL", "UPS",
            "CTT Expresso", "ELTA Courier", "PPL CZ", "Zásilkovna")  # fmt: skip
NETWORKS = ("Awin", "Rakuten Advertising", "CJ Affiliate", "Impact", "Partnerize", "Webgains",
            "TradeDoubler", "Sovrn", "Skimlinks", "Admitad")  # fmt: skip
OCCASIONS = ("Black Friday", "Cyber Monday", "Dydd Santes Dwynwen", "Boxing Day",
             "St David's Day", "Easter", "Prime Day", "Mother's Day", "Father's Day",
             "Christmas", "Singles' Day", "Santos Populares", "Hogmanay", "St Patrick's Day",
             "Bank Holiday weekend")  # fmt: skip
VOUCHER_STEMS = ("CWTCH", "CROESO", "HATTIE", "FLORENCE", "SUMMER", "AUTUMN", "WELCOME",
                 "BOTA", "SAUDADE", "YASOU", "AHOJ", "FRESH", "SAVE", "TREAT", "GRACE")  # fmt: skip
