"""Hand-written places and shop material: streets, house names, towns, postcode areas, e-mail
domains, and the must-keep look-alikes (merchants named like people, products with a name in
them, occasions, voucher stems, networks, couriers)."""

from __future__ import annotations

from fresh2.people import _split

THOROUGHFARES = _split(
    "Road, Street, Lane, Avenue, Close, Drive, Way, Crescent, Grove, Gardens, Terrace, Court,"
    " Row, Walk, Rise, Wynd, Chase, Mews, Parade, Gate, Croft, Garth, Hill, View, Place, Square,"
    " Green, Vale, Meadow, Brow, Fold, Loan, Pend, Shaw, Leys, Dene, Hey, Nook, Bottom, Ridge,"
    " Spinney, Paddock, Orchard, Crossway, Circle, Link"
)
# thoroughfare words the harness judge does not already know: never identifying on their own
EXTRA_GENERIC = _split(
    "Brow, Fold, Loan, Pend, Shaw, Leys, Dene, Hey, Nook, Bottom, Ridge, Spinney, Paddock,"
    " Orchard, Crossway, Circle, Link, Garth, Barn, Mill, Manor, Hall, Rectory, Vicarage,"
    " Bungalow, Granary, Forge, Stables, Coach, Schoolhouse, Chapel, Toll, Bothy, Croft"
)
STREET_STEMS = _split(
    "Hope, Victoria, Albion, Marlowe, Tennyson, Juniper, Kestrel, Foxglove, Carly, Ivy, Hazel,"
    " Badger, Ravenscroft, Old Forge, Church, Mill, Station, Quarry, Tanners, Weavers, Coopers,"
    " Ropewalk, St Aidan's, St Non's, Lady Margaret, Kingfisher, Bluebell, Primrose, Heron,"
    " Sycamore, Larch, Rowan, Hawthorn, Pemberton, Ashby, Wolsey, Cavendish, Harcourt,"
    " Montague, Goldsmith, Brunel, Telford, Nightingale, Seacole, Pankhurst, Attlee, Gladstone,"
    " Lowther, Penrhyn, Glebe, Priory, Abbey, Castle, Tithe Barn, Haymarket, Cornmarket,"
    " Bridgewater, Queensway, Prince Albert, Duke's, Bishop's, Friars, Copper Beech, Windmill,"
    " Shepherds, Coldharbour, Blackberry, Cherry Tree, Laburnum, Magnolia, Wisteria, Oakapple,"
    " Meadowsweet, Thistle, Heather, Gorse, Bracken, Bramble, Clover, Willowherb, Daffodil,"
    " Sandpiper, Curlew, Lapwing, Swallow, Martin, Osprey, Merlin, Buzzard, Otter, Beaver,"
    " Hare, Stoat, Wren, Linnet, Goldfinch, Jubilee, Coronation, Millennium, Armada, Trafalgar,"
    " Waterloo, Balaclava, Inkerman, Mafeking, Ladysmith, Pretoria, Nelson, Wellington,"
    " Raleigh, Drake, Grenville, Frobisher, Hawkins, Livingstone, Shackleton, Scott, Darwin"
)
HOUSE_NAMES = _split(
    "Rose Cottage, The Old Forge, Bramble Lodge, Ivy House, Hillcrest, Tŷ Gwyn, Bryn Awel,"
    " The Granary, Orchard End, Swallows Rest, Meadow View, The Old Rectory, Kestrel Barn,"
    " Holly Bank, Wisteria Cottage, The Coach House, Fernlea, Greystones, Heatherbrae,"
    " Tigh na Mara, Sunnyside, Willowbrook, Lark Rise, The Laurels, The Beeches, Pear Tree Cottage,"
    " Brackendale, Springfield House, Ashdene, Woodpeckers, Low Garth, High Fold, Cnoc na Greine,"
    " The Old Schoolhouse, Toll House, Mill Cottage, The Stables, Badgers Holt, Copperfield,"
    " Lavender Cottage, Daisy Bank, Dunroamin, Journey's End, Seaview, Chy an Mor, Bothy Beag"
)
HOUSE_WORDS = _split(
    "House, Cottage, Lodge, Barn, Rest, End, View, Bank, Brae, Holt, Lea, Dene, Fold, Garth"
)
FLAT_BUILDINGS = _split(
    "Harbour Court, Jubilee House, Kingfisher Point, Marlowe Heights, Cedar Mansions,"
    " Telford Tower, Priory Lofts, Wharfside, Nightingale House, The Maltings, Anchor Wharf,"
    " Lister Buildings, Kestrel Court, Old Brewery Yard, Regent Studios"
)
TOWNS = _split(
    "Stoke Gifford, Stow-on-the-Wold, Bishop's Stortford, Market Harborough, Newton Abbot,"
    " Hebden Bridge, Ashby-de-la-Zouch, Milton Keynes, Sutton Coldfield, Chipping Norton,"
    " Burnham-on-Sea, Kirkby Lonsdale, Leighton Buzzard, Melton Mowbray, Bury St Edmunds,"
    " Saffron Walden, Shepton Mallet, Westward Ho!, Kirkcudbright, Machynlleth, Llandrindod Wells,"
    " Ballymena, Enniskillen, Aberystwyth, Peebles, Forfar, Penrith, Kendal, Whitby, Skegness,"
    " Bognor Regis, Wolverhampton, Stockport, Huddersfield, Gateshead, Cleethorpes, Wigan,"
    " Grimsby, Swindon, Reading, Bath, Ely, Wells, Ripon, Truro, Inverness, Dundee, Paisley,"
    " Wrexham, Newport, Barry, Derry, Craigavon, Colchester, Ipswich, Lowestoft, Sandy, Hope,"
    " Ashford, Bolton, Preston, Crewe, Bradford-on-Avon, Chester-le-Street, Appleby-in-Westmorland,"
    " Much Wenlock, Church Stretton, Kingston upon Hull, Newcastle-under-Lyme, Laurencekirk"
)
# (area letters, district numbers, likely town index bounds do not matter: any area goes)
POSTCODE_AREAS = _split(
    "BS, GL, CM, LE, TQ, HX, LE, MK, B, OX, TA, LA, LU, IP, CB, BA, EX, DG, SY, LD, BT, SA, EH,"
    " DD, CA, YO, PE, PO, WV, SK, HD, NE, DN, WN, SN, RG, CV, TR, IV, PA, LL, NP, CF, CO, NR, SG,"
    " TN, BL, PR, CW, DH, TF, HU, ST, AB, M, L, E, N, SE, SW, W, NW, EC, WC, G, KA, FK, KY, PH"
)
DOMAINS = _split(
    "gmail.com, hotmail.co.uk, outlook.com, yahoo.co.uk, btinternet.com, icloud.com, sky.com,"
    " virginmedia.com, talktalk.net, aol.co.uk, protonmail.com, live.co.uk, me.com, gmx.co.uk,"
    " kestrelmail.co.uk, tiscali.co.uk, blueyonder.co.uk, ntlworld.com, zoho.eu, fastmail.fm,"
    " mail.co.uk, hey.com, nhs.net, ac.uk.example.org, homemail.uk"
)
# must-keep: merchants, many named like people
MERCHANTS = _split(
    "Ted Baker, John Lewis, Marks & Spencer, Laura Ashley, Jack Wills, Charlotte Tilbury,"
    " Molton Brown, Hobbs, Joules, Boden, Karen Millen, Phase Eight, Hotter, Clarks,"
    " Ernest Jones, H. Samuel, Dorothy Perkins, Miss Selfridge, Ann Summers, Jo Malone London,"
    " Paul Smith, Vivienne Westwood, Ted's Bakery, Sainsbury's, Debenhams, Argos, Currys,"
    " Wayfair, Lakeland, Oliver Bonas, Hamleys, Sweaty Betty, White Stuff, Seasalt Cornwall,"
    " Emma Bridgewater, Cath Kidston, Russell & Bromley, Thomas Sabo, Tommy Hilfiger,"
    " Ralph Lauren, Calvin Klein, Hugo Boss, Kurt Geiger, Lucy & Yak, Matalan, Wilko,"
    " Holland & Barrett, Dunelm, Mamas & Papas, Harvey Nichols, Fortnum & Mason, Liberty,"
    " Aldo, Rymans, Halfords, Waterstones, Hotel Chocolat, Bettys, Whittard, Habitat"
)
PRODUCTS = _split(
    "the Harper sofa, Ruby trainers, the Evie dress, Barbour Beadnell jacket, the Margot bag,"
    " Hunter wellies, Dyson V11, the Florence armchair, Nina ankle boots, the Oscar cot bed,"
    " Emma mattress, the Isla duvet, Dr. Martens 1460s, the Ophelia lamp, Billie jeans,"
    " the Archie highchair, Stanley flask, the Bella kettle, Molly mules, the Lyra rug,"
    " the Jude bedside table, Freya bra, the Maxwell watch, Hattie wrap top, the Rosa mirror,"
    " Daisy eau de toilette, the George blazer, Luna pyjamas, the Felix scooter, Poppy planter"
)
OCCASIONS = _split(
    "Mother's Day, Father's Day, Boxing Day, Black Friday, Cyber Monday, Valentine's Day,"
    " Easter, Christmas, Eid, Diwali, Hanukkah, Lunar New Year, Prime Day, Bank Holiday Monday,"
    " St David's Day, Burns Night, Halloween, Bonfire Night, Pancake Day, back to school week"
)
VOUCHERS = _split(
    "SAVE20, EMMA15, WELCOME10, SUMMER25, FREEDEL, STUDENT15, JOY10, HOLLY20, BF2026, XMAS30,"
    " NEWBIE5, RUBY12, SPRING-15, VIP40, TAKE10NOW, APP20, LOVE2SHOP, EXTRA7, MARK5OFF, FIRST15"
)
NETWORKS = _split("Awin, Impact, Rakuten, CJ, Partnerize, Webgains, TradeDoubler, Skimlinks")
COURIERS = _split("Evri, DPD, Yodel, Royal Mail, Parcelforce, UPS, DHL, InPost, FedEx")
AGENTS = _split("AB, KT, JWH, RM, SP, LC, DD, MO, TN, HG")
