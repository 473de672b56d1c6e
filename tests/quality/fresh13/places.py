"""Fresh13 places and things: towns, streets, houses, postcodes, domains and the must-keeps.

Every list here was typed for this set. Merchants and products named like people, towns that
are also given names or surnames, and vouchers built from names are the hard negatives.
"""

from __future__ import annotations


def _w(text: str) -> tuple[str, ...]:
    return tuple(w.replace("_", " ") for w in text.split())


# UK and Irish towns; many are also given names or surnames
NAME_TOWNS = _w(
    "Preston Barry Stanley Washington Ashley Sandy Beverley Shirley Kendal Bolton Chester "
    "Clifton Morley Crawley Dudley Warwick Stafford Hastings Lincoln Whitby Selby Ripley Holt "
    "Alton Marlow Irvine Hamilton Douglas Neston Royston Carlton Kirkby Wells Bury Leigh "
    "Seaton Florence March Sale Kingston Darwen Blyth Penrith Buxton Ely Ennis Navan"
)
OTHER_TOWNS = _w(
    "Sheffield Rochdale Oldham Bradford Halifax Huddersfield Dewsbury Batley Keighley Leeds "
    "Wakefield Barnsley Doncaster Rotherham Grimsby Scunthorpe Hull Middlesbrough Hartlepool "
    "Sunderland Gateshead Jarrow Hexham Carlisle Workington Barrow-in-Furness Lancaster "
    "Blackburn Burnley Accrington Wigan St_Helens Warrington Runcorn Birkenhead Southport "
    "Stockport Macclesfield Crewe Stoke-on-Trent Leek Derby Chesterfield Mansfield Nottingham "
    "Loughborough Leicester Coventry Nuneaton Walsall Wolverhampton Smethwick Redditch "
    "Worcester Hereford Ludlow Shrewsbury Telford Wrexham Mold Bangor Llandudno Aberystwyth "
    "Carmarthen Llanelli Swansea Neath Merthyr_Tydfil Pontypridd Caerphilly Newport "
    "Cardiff Tenby Haverfordwest Bristol Bath Swindon Gloucester Stroud Cheltenham Taunton "
    "Yeovil Exeter Barnstaple Torquay Plymouth Truro Penzance Redruth Camborne Bodmin "
    "Falmouth Bournemouth Poole Salisbury Southampton Portsmouth Chichester Brighton Lewes "
    "Eastbourne Maidstone Margate Folkestone Dover Canterbury Luton Bedford Reading Slough "
    "Watford Stevenage Harlow Chelmsford Colchester Ipswich Norwich Cromer King's_Lynn "
    "Peterborough Cambridge Northampton Kettering Milton_Keynes Oxford Banbury Aylesbury "
    "Tring Croydon Ilford Walthamstow Tottenham Southall Wembley Lewisham Peckham Brixton "
    "Edinburgh Glasgow Paisley Motherwell Falkirk Stirling Perth Dundee Aberdeen Inverness "
    "Dingwall Portree Oban Stornoway Kirkwall Lerwick Dumfries Kelso Ayr Kilmarnock "
    "Belfast Lisburn Newry Omagh Enniskillen Craigavon Ballymena Coleraine Derry "
    "Dublin Cork Galway Limerick Sligo Tralee Athlone Dundalk Drogheda Carlow Naas Letterkenny"
)
TOWNS = NAME_TOWNS + OTHER_TOWNS

# (word, its abbreviation): the thoroughfare word closing a street name
THOROUGHFARES = (
    ("Road", "Rd"), ("Street", "St"), ("Lane", "Ln"), ("Avenue", "Ave"), ("Close", "Cl"),
    ("Crescent", "Cres"), ("Drive", "Dr"), ("Way", "Wy"), ("Grove", "Gr"), ("Gardens", "Gdns"),
    ("Terrace", "Terr"), ("Mews", "Mws"), ("Row", "Rw"), ("Walk", "Wlk"), ("Rise", "Rse"),
    ("Hill", "Hl"), ("Court", "Ct"), ("Place", "Pl"), ("Square", "Sq"), ("Parade", "Pde"),
    ("Green", "Grn"), ("Croft", "Cft"), ("Fold", "Fld"), ("Garth", "Gth"), ("Gate", "Gte"),
    ("Chase", "Ch"), ("Vale", "Vl"), ("View", "Vw"), ("Mount", "Mt"), ("Park", "Pk"),
    ("Meadow", "Mdw"), ("Lea", "Le"), ("Holme", "Hlm"), ("Dene", "Dn"), ("Bank", "Bk"),
    ("Brow", "Brw"), ("Carr", "Cr"), ("Yard", "Yd"), ("Wharf", "Whf"), ("Quay", "Qy"),
    ("Nook", "Nk"), ("Edge", "Edg"), ("Leys", "Lys"), ("Heath", "Hth"), ("Approach", "App"),
    ("Boulevard", "Blvd"), ("Broadway", "Bdwy"), ("Esplanade", "Esp"), ("Promenade", "Prom"),
    ("Causeway", "Cswy"), ("Wynd", "Wyn"), ("Hey", "Hy"),
)  # fmt: skip
# Welsh, Irish and Gaelic streets whose thoroughfare word leads
LEADING = _w("Heol Ffordd Lôn Stryd Bóthar Sráid Rathad Ascaill Plas")
LEADING_STREETS = (
    "Heol y Felin", "Heol Pen-y-Bryn", "Ffordd Glan yr Afon", "Ffordd Maes y Coed", "Lôn Las",
    "Lôn Ceredigion", "Stryd Fawr", "Stryd y Castell", "Bóthar na Trá", "Bóthar an Mhuilinn",
    "Sráid an Mhargaidh", "Rathad na Drochaid", "Rathad a' Chladaich", "Ascaill Ghlas",
    "Plas Newydd",
)  # fmt: skip
STREET_STEMS = _w(
    "Mill Church Station Victoria Albert Brunswick Tennyson Kingfisher Rowan Hawthorn Bracken "
    "Foxglove Nightingale Coronation Jubilee Sycamore Chapel Quarry Tannery Ropewalk Pottery "
    "Forge Kiln Malthouse Priory Abbey Bishops Vicarage Rectory Orchard Cherry_Tree Damson "
    "Bluebell Primrose Cowslip Harebell Heather Gorse Moorland Fellside Beckside Burnside "
    "Riverside Canal Towpath Gladstone Nelson Wellington Cromwell Shakespeare Milton Byron "
    "Keats Elgar Brontë Darwin Stephenson Brunel Telford Arkwright Pankhurst Seacole Attlee "
    "Bevan Windrush Colliery Foundry Weavers Spinners Dyers Cobblers Tinners Ropers Saltings "
    "Shipyard Lighthouse Harbour Coastguard Clifftop Dunes Marram Samphire Larkspur Thistle "
    "Bramble Ashgrove Elmfield Oakwood Beechcroft Larch Alder Willowbrook Hazel Juniper "
    "Kestrel Merlin Curlew Plover Heron Osprey Wren Sparrowhawk Lapwing Magpie Rook Swift "
    "Ladysmith Mafeking Balaclava Inkerman Alma Sebastopol Waterloo Trafalgar Plassey "
    "Cemetery Workhouse Tollgate Turnpike Packhorse Drovers Shepherds Millstone Grindstone"
)
HOUSE_NAMES = _w(
    "Rose_Cottage The_Willows Ty_Gwyn Hafod Bryn_Awel Fern_Lodge The_Old_Post_Office "
    "The_Old_Forge Swallows_Barn Greystones Rowan_House Pear_Tree_Farm Ivy_House Hillcrest "
    "The_Laurels Bramble_End Kestrel_Lodge Stable_Cottage Tigh_na_Mara Teach_Bán "
    "Chy_an_Mor Nant_y_Coed Lilac_Villa Orchard_Bungalow Wheelwrights The_Granary "
    "Keepers_Cottage Larkrise Tŷ_Newydd Windyridge Holly_Bank Brook_House"
)
HOUSE_WORDS = _w(
    "Cottage House Lodge Farm Barn Villa Bungalow Manor Hall Granary Tŷ Ty Tigh Teach Chy"
)
BUILDING_NAMES = _w(
    "Kingfisher Albion Sirius Brindley Ropemaker Beacon Mercury Lowry Tenter Cotton Vulcan "
    "Phoenix Anchor Meridian Carrick Jubilee Alexandra Salvation Compass Horizon"
)
BUILDING_WORDS = _w(
    "Court House Point Heights Mansions Tower Lofts Works Exchange Buildings Apartments Yard"
)
BUILDING_STREETS = _w(
    "Riverside_Quay Canal_Wharf Dock_Street Mill_Yard Station_Approach Harbour_Walk "
    "Exchange_Square Cathedral_Close Victoria_Parade Foundry_Lane"
)
# floor, flat and unit lines (their words are never identifying)
FLOORS = _w(
    "Flat Apartment Apt Unit Maisonette Floor Ground First Second Third Top Basement "
    "Rear Front Left Right Annexe Room Studio Suite"
)
EXTRA_GENERIC = _w(
    "The Old New Upper Lower North South East West Little Great y yr an na a' Newydd Fawr"
)

# outward codes of UK postcodes, by outward shape
OUTWARD = {
    "A9": _w("B1 E2 G3 L8 M4 N7 S2 W3 B9 L4 M8 S6 G5"),
    "A99": _w("B33 E17 G41 L17 M14 N16 S10 W12 B71 L36 M40 S63 G72"),
    "A9A": _w("W1A W1D W1F W1T E1W N1C N1P W1K W1U W1H"),
    "AA9": _w("CR0 DN5 LS1 HU3 BD7 TN9 CF5 BT7 SA1 NP4 LL5 EH3 KY1 PR1 BN3 OL9 WF1 HD1 HS1 ZE1"),
    "AA99": _w(
        "LS18 BD23 HU17 CF64 BT47 SA31 NP20 LL57 EH12 AB25 KY16 PR25 BN41 OX14 CB22 NR31 TR18 PL27 EX39 IV51 IP33 TN23 KW15 DG10 CT11"
    ),
    "AA9A": _w("EC1A EC2V EC4M SW1A SW1P SW1W WC1E WC2H WC2N SE1P NW1W EC3R"),
}
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIRCODE_KEYS = _w(
    "A65 A92 D01 D02 D04 D08 D6W D12 D15 D24 T12 T23 H91 V94 F92 R95 X91 P31 W91 Y35 N37 E91 K78 C15"
)
EIRCODE_CHARS = "0123456789ACDEFHKNPRTVWXY"

EMAIL_DOMAINS = _w(
    "gmail.com hotmail.co.uk outlook.com yahoo.co.uk btinternet.com sky.com icloud.com "
    "live.co.uk virginmedia.com talktalk.net aol.com protonmail.com eircom.net googlemail.com"
)
# sub-domains of .co.uk, .ac.uk, .nhs.uk and .gov.uk (invented organisations)
SUB_DOMAINS = _w(
    "mail.tanyard.co.uk staff.brackwater.ac.uk student.northvale.ac.uk live.kestrel.ac.uk "
    "wyevalley.nhs.uk trust.moorside.nhs.uk nhs.net council.hallam.gov.uk "
    "digital.benefits.gov.uk family.greenhow.co.uk"
)

# merchants named like people: invented, styled like fashion and home brands
PERSON_LIKE_MERCHANTS = (
    "Harriet Bloom", "Edwin Marsh", "Rosalind Vane", "Barnaby Finch", "Isla Gowan",
    "Hector Lowe", "Arthur Pennington", "Beatrix Hale", "Otis Pike", "Florence Ashby",
    "Connor Doyle", "Maisie Wren", "Felix Hartley", "Imogen Rae", "Stanley Cole",
    "Ottilie Jay", "Alfie Brooks", "Nell Garrick", "Dexter Moss", "Georgina Lark",
    "Ruben Sallis", "Tilly Marchant", "Ezra Quill", "Delphine Hart", "Monty Fairbairn",
    "Ada Whitlock", "Rufus Kemp", "Lottie Bramwell", "Jasper Thorne", "Cora Linfield",
    "Wilfred Penn", "Mabel Ashdown", "Seth Calloway", "Winnie Holt", "Percy Dalgleish",
    "Agnes Fairweather", "Leon Marlowe", "Hattie Sandown", "Clement Rooke", "Bonnie Strachan",
)  # fmt: skip
OTHER_MERCHANTS = (
    "Brightwell Electricals", "PetPantry", "Homestead Kitchens", "Vantage Sports",
    "NorthLoop Travel", "Greenleaf Grocers", "Lumen Lighting", "Pixel Attic", "Tideway Tyres",
    "Cosy Toes Kids", "Hearth & Heather", "BoxBright Broadband", "Pennine Outdoor",
    "Velvet Vine Wines", "Quayside Mobiles", "Sprout & Sparrow", "Gadget Barn", "Mapleleaf Opticians",
)  # fmt: skip
MERCHANTS = PERSON_LIKE_MERCHANTS + OTHER_MERCHANTS

PRODUCTS = (
    "Harper bag", "Florence dress", "Archie bunk bed", "Isla sofa", "Hugo armchair",
    "Ruby table lamp", "Oscar pram", "Matilda boots", "Freddie cabin bed", "Evie mirror",
    "Alfie hoodie", "Poppy wrap dress", "Ottoline rug", "Elsie tea set", "Milo dog bed",
    "Bella travel cot", "Winston chesterfield", "Cleo cross-body bag", "Nancy midi skirt",
    "Reggie desk", "Margot wool coat", "Lottie knit", "Percy cushion", "Ava trainers",
    "Jasper wardrobe", "Sienna jeans", "Theo floor lamp", "Iris vase", "Henry hoover",
    "Esme swimsuit", "Bertie highchair", "Mabel bedding set", "Louis dining chairs",
    "air fryer", "55 inch OLED TV", "garden hose reel", "robot vacuum", "double duvet",
    "kids scooter", "hiking boots", "coffee machine", "SIM-only plan", "car tyres x4",
    "dog harness", "varifocal glasses", "case of rioja", "broadband upgrade", "weekend in Whitby",
)  # fmt: skip
COURIERS = _w("Royal_Mail Evri DPD Yodel DHL Parcelforce UPS InPost An_Post FedEx")
NETWORKS = _w(
    "Awin Rakuten_Advertising Impact CJ_Affiliate Partnerize Webgains Tradedoubler Skimlinks"
)
SITES = _w(
    "TopCashback Quidco KidStart Easyfundraising Swagbucks Airtime_Rewards JamDoughnut Cashback_Kings"
)
OCCASIONS = (
    "Black Friday", "Cyber Monday", "the Boxing Day sale", "Prime Day", "Mother's Day",
    "Father's Day", "Eid", "Diwali", "Lunar New Year", "Vaisakhi", "Hanukkah", "Christmas",
    "Valentine's Day", "Easter", "Burns Night", "St David's Day", "St Patrick's Day",
    "St Piran's Day", "back to school", "Hogmanay", "Bonfire Night", "Pancake Day",
    "the January sale", "Halloween", "Mothering Sunday",
)  # fmt: skip
VOUCHER_WORDS = _w(
    "MAISIE FREDDIE SUMMER ROSE JOY HOPE GRACE NOAH ISLA ARCHIE HARPER WELCOME BFRIDAY "
    "STUDENT NHS BLUELIGHT XMAS EID DIWALI SPRING HATTIE OTIS MABEL NELL"
)
