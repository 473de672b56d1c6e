"""The fresh7 places, shops and look-alikes, typed for this set alone.

Towns of the UK and Ireland (many named like people or words), thoroughfare words with their
abbreviations, street stems, house names, flats, postcode areas and Eircode routing keys,
e-mail domains, merchants (many named like people), products named like people, couriers,
affiliate networks, occasions and voucher stems.
"""

from __future__ import annotations

TOWNS = (
    "Chester", "Preston", "Stanley", "Shirley", "Beverley", "Morley", "Ripley", "Dudley",
    "Kendal", "Selby", "Whitby", "Clifton", "Ashley", "Barry", "Buxton", "Crawley", "Darwen",
    "Hilton", "Kingsley", "Lincoln", "Neston", "Washington", "Florence", "Hope", "Bath",
    "Reading", "Hull", "Wells", "Deal", "Rugby", "March", "Street", "Looe", "Sandwich",
    "Ware", "Diss", "Bude", "Eye", "Hay-on-Wye", "Ely", "Wick", "Nairn", "Troon", "Cults",
    "Bray", "Trim", "Kells", "Birr", "Moy", "Ennis", "Carlow", "Tralee", "Navan", "Nenagh",
    "Cobh", "Youghal", "Clones", "Muff", "Westport", "Ballina", "Letterkenny", "Dungarvan",
    "Oban", "Forfar", "Brechin", "Elgin", "Dunbar", "Largs", "Alloa", "Penrith", "Settle",
    "Skipton", "Otley", "Ilkley", "Louth", "Boston", "Spalding", "Holt", "Cromer", "Alton",
    "Romsey", "Ludlow", "Leek", "Ashby", "Melton", "Oakham", "Stamford", "Newark", "Retford",
    "Bolton", "Wigan", "Bury", "Sale", "Hyde", "Marple", "Crewe", "Nantwich", "Denbigh",
    "Ruthin", "Bala", "Tywyn", "Aberaeron", "Brecon", "Neath", "Barmouth", "Llandeilo",
    "Strabane", "Lurgan", "Banbridge", "Larne", "Coleraine", "Omagh", "Newry", "Portrush",
    "Truro", "Fowey", "Camborne", "Tavistock", "Honiton", "Totnes", "Frome", "Yeovil",
    "Shaftesbury", "Ross-on-Wye", "Leominster", "Evesham", "Pershore", "Kirkwall", "Lerwick",
    "Stornoway", "Portree", "Dingwall", "Thurso", "Peel", "Ramsey", "Douglas", "St Helier",
)  # fmt: skip

# (word, its abbreviations); a street's name ends with one of these words
THOROUGHFARES = (
    ("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave"), ("Lane", "Ln"), ("Close", "Cl"),
    ("Drive", "Dr"), ("Crescent", "Cres"), ("Gardens", "Gdns"), ("Terrace", "Terr"),
    ("Place", "Pl"), ("Court", "Ct"), ("Square", "Sq"), ("Grove", "Gr"), ("Parade", "Pde"),
    ("Way", "Wy"), ("Mews", "Mws"), ("Row", "Rw"), ("Walk", "Wlk"), ("Hill", "Hl"),
    ("Park", "Pk"), ("Green", "Grn"), ("Vale", "Vl"), ("Rise", "Ri"), ("Wynd", "Wyn"),
    ("Brae", "Br"), ("Loaning", "Lng"), ("Boreen", "Bn"), ("Quay", "Qy"), ("Wharf", "Wf"),
    ("Yard", "Yd"), ("Chase", "Ch"), ("Croft", "Cft"), ("Meadows", "Mdws"), ("View", "Vw"),
    ("Gate", "Gt"), ("Boulevard", "Blvd"), ("Esplanade", "Esp"), ("Broadway", "Bdwy"),
    ("Heights", "Hts"), ("Villas", "Vls"),
)  # fmt: skip
# Welsh and Irish street words that lead the name ("Heol y Felin", "Bóthar na Trá")
LEADING = ("Heol", "Ffordd", "Stryd", "Lôn", "Bóthar", "Sráid", "Ascaill", "Cnoc")
STREET_STEMS = (
    "Victoria", "Albert", "Grace", "Orchard", "Mill", "Church", "Station", "Kingsley",
    "Harrison", "Oakfield", "Beech", "Maple", "Primrose", "Nelson", "Wellington", "Cromwell",
    "Darwin", "Florence", "Jubilee", "Coronation", "Lavender", "Rowan", "Hazel", "Heather",
    "Holly", "Ivy", "Daisy", "Cherry Tree", "Sycamore", "Brunswick", "Clarence", "Stanley",
    "Gladstone", "Ashgrove", "Foxglove", "Kestrel", "Larkspur", "Marigold", "Tennyson",
    "Shelley", "Wordsworth", "Brontë", "Elgar", "Handel", "Juniper", "Bramble", "Thistle",
    "Heathfield", "Fernhill", "Riverside", "Castle", "Abbey", "Priory", "Chapel", "Market",
    "Quarry", "Forge", "Tannery", "Ropewalk", "Glebe", "Manse", "Kirk", "Glen", "Strand",
    "Harbour", "Lighthouse", "Windmill", "Pump", "Coopers", "Weavers", "Drovers", "St Bride's",
    "St Mary's", "Lady", "Pembroke", "Mortimer", "Beaumont", "Montague", "Fitzroy", "Lonsdale",
)  # fmt: skip
LEADING_STEMS = ("y Felin", "y Bont", "Glan", "Pentre", "Maes-y-Coed", "na Trá", "an Mhuilinn",
                 "Uí Néill", "Mhuire", "na hAbhann")  # fmt: skip
HOUSE_WORDS = ("House", "Cottage", "Lodge", "Farm", "Barn", "Villa", "Manor", "Hall", "Bungalow",
               "Rectory", "Vicarage", "Granary", "Steading", "Bothy", "Tŷ", "Bwthyn", "Teach",
               "Tigh")  # fmt: skip
HOUSE_NAMES = (
    "Ivy House", "Rose Cottage", "Bryn Awel", "Tŷ Gwyn", "Tigh na Mara", "Dunroamin",
    "The Old Rectory", "Hawthorn Lodge", "Willow Barn", "Lark Rise", "Sea View", "Fern Bank",
    "Mill House", "Cnoc na Gaoithe", "Carreg Wen", "Bella Vista", "Chez Nous", "Journey's End",
    "Kingfisher Cottage", "Primrose Villa", "Bwthyn Bach", "Teach Bán", "Hafod Lon",
    "The Granary", "Swallows Rest", "Orchard End", "Glenview", "Craigmore", "Ardnagreine",
    "Tyddyn Uchaf", "Badger's Holt", "Heron's Reach", "Holly Tree Farm", "Morwenna House",
    "Pen y Bryn", "The Old Smithy", "Nook Cottage", "Ballyglass House", "Stella Maris",
    "Blackthorn Steading",
)  # fmt: skip
# further words the judge takes as generic (never identifying on their own)
EXTRA_GENERIC = ("flat", "apartment", "apt", "unit", "room", "top", "basement", "ground",
                 "floor", "no", "number", "block", "y", "na", "an", "st", "the")  # fmt: skip
FLATS = ("Flat 3", "Flat 12B", "Apartment 7", "Apt 4", "Unit 2", "Flat 1/2", "Top Flat",
         "Basement Flat", "Flat G/L", "Room 5", "Flat 2F1", "Apt. 21", "Flat 0/1")  # fmt: skip
POSTCODE_AREAS = ("LS", "M", "CF", "BT", "EH", "G", "SW", "KY", "TR", "IV", "LL", "SA", "NE",
                  "B", "BS", "YO", "DD", "AB", "PL", "EX", "NR", "HU", "DN", "WR", "SY", "DG",
                  "ZE", "KW", "HS", "PA", "IM", "JE", "CA", "LA", "HG")  # fmt: skip
EIRCODE_KEYS = ("D02", "D6W", "D08", "T12", "T23", "H91", "V94", "A94", "F92", "K67", "N91",
                "P31", "R95", "X91", "Y35", "W23", "E91", "C15", "H53", "V92")  # fmt: skip
DOMAINS = ("gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "icloud.com",
           "btinternet.com", "sky.com", "live.ie", "eircom.net", "protonmail.com",
           "example.com", "example.org", "example.co.uk", "mail.example.net", "gmx.de",
           "web.de", "libero.it", "orange.fr", "tiscali.co.uk", "virginmedia.com",
           "talktalk.net", "fastmail.fm", "aol.com", "ntlworld.com", "hey.com",
           "posteo.de", "yandex.com", "seznam.cz", "wp.pl", "telenet.be")  # fmt: skip
MERCHANTS = (
    "John Lewis", "Ted Baker", "Laura Ashley", "Karen Millen", "Oliver Bonas", "Paul Smith",
    "Jack Wills", "Joules", "Boden", "Hobbs", "Phase Eight", "Sainsbury's", "Marks & Spencer",
    "Debenhams", "Harvey Nichols", "Selfridges", "Fenwick", "Jenners", "Arnotts", "Brown Thomas",
    "Dunnes Stores", "Matalan", "Dunelm", "Argos", "Currys", "Boots", "Superdrug", "Wilko",
    "Lakeland", "Hotter", "Clarks", "Charles Tyrwhitt", "Hawes & Curtis", "T.M. Lewin",
    "Emma Bridgewater", "Cath Kidston", "Sophie Allport", "Jo Malone", "Molton Brown",
    "Harriet Quill", "Jasper & Fenn", "Mabel Lane", "Oscar Brightwell", "Lottie Parr",
    "Dorothy Perks", "Gideon Holt Outdoor", "Florence & Finch", "Arlo Maddox", "Hugo Penrose",
    "Winnie's Pantry", "Ada Rowntree Home", "Maeve Doherty Knitwear", "Connor & Quinn",
    "Sadie Blue", "Beatrix Ward", "Elsie May Bridal", "Barnaby Crisp", "Rufus & Grace",
    "Nell Garside", "Sunday Sunday", "Twelve Ravens", "The Tin Kettle", "Peak & Pine",
    "Halfpenny Home", "Kilnworks", "Orchard Toys Co", "Glow Lab", "Brightside Bikes",
    "Northern Loom", "Harbour Lights Gifts", "Mr Wolf Coffee", "Aunt Agatha's Bakes",
    "Uncle Seán's Sweets", "Lady Lavender", "Sir Reginald Teas", "Bella Cucina", "Casa Verde",
)  # fmt: skip
PRODUCTS = (
    "the Clara armchair", "a Stanley flask", "the Morris sofa bed", "a Hetty vacuum",
    "the Alexa speaker", "the Florence dinner set", "a Betty toaster", "the Hugo duvet",
    "the Matilda cot", "a Barbara dress", "the Winston trench coat", "a Mabel tea towel",
    "the Edith lamp", "the Archie bunk bed", "a Grace kettle", "the Poppy backpack",
    "the Oscar desk", "a Rosie lunchbox", "the Victoria sponge tin", "the Harrison boots",
    "the Jemima cardigan", "a Dolly mixture jar", "the Freddie football kit",
    "the Isla swimsuit", "the Bramley apple crate", "the Darcy throw", "a Lola handbag",
    "the Ingrid rug", "the Sven bookcase", "the Margot mirror", "the Priya saree",
    "a Kofi mug", "the Nora nightlight", "the Ezra rucksack", "the Maeve wellies",
    "the Teddy Ruxpin bear", "a Sindy doll", "the Henry hoover", "the Charlie cardigan",
    "the Elsa costume", "a Peppa Pig cake", "the Lottie doll", "the Wallace apron",
    "the Molly pram", "the Bertie bike", "the Heidi hiking poles", "the Audrey sunglasses",
)  # fmt: skip
COURIERS = ("Royal Mail", "Evri", "DPD", "Yodel", "Parcelforce", "An Post", "Fastway",
            "DX", "UPS", "FedEx", "InPost", "Amazon Logistics", "DHL", "Nightline",
            "GLS", "APC Overnight", "Hermes")  # fmt: skip
NETWORKS = ("Awin", "Rakuten Advertising", "Impact", "CJ Affiliate", "Partnerize",
            "Webgains", "TradeDoubler", "Skimlinks", "Sovrn", "Affiliate Future",
            "TopCashback", "Quidco", "easyfundraising", "KidStart")  # fmt: skip
OCCASIONS = ("Black Friday", "Boxing Day", "Mother's Day", "Father's Day", "Valentine's Day",
             "Easter", "Diwali", "Eid", "Hanukkah", "Lunar New Year", "St Patrick's Day",
             "Burns Night", "Prime Day", "Cyber Monday", "back-to-school week",
             "Hogmanay", "Halloween", "Bonfire Night", "Christmas Eve", "the Jubilee weekend",
             "Pancake Day", "St David's Day", "Midsummer", "Singles' Day")  # fmt: skip
VOUCHER_STEMS = ("SPRING", "WELCOME", "SAVE", "FLASH", "THANKYOU", "HELLO", "SUMMER", "ROSE",
                 "GRACE", "PEARL", "STUDENT", "NHS", "FRIEND", "LUCKY", "BONUS", "EXTRA",
                 "MAY", "JUNE", "HOLLY", "AUTUMN")  # fmt: skip
