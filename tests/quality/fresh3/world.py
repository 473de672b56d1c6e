"""The set's places and must-keep material, typed by hand for this set.

Places: thoroughfare words, street stems (several named like people), Welsh street forms,
house names, flat buildings, towns (several of more than one word, some named like people or
like words), postcode outward codes (valid UK shapes), e-mail domains. Must-keep material:
merchants (many named like people), products with a person-like word in them, occasions,
voucher codes (some holding a name), networks, couriers.
"""

from __future__ import annotations


def _list(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.split(",") if n.strip())


THOROUGHFARES = _list(
    "Road, Street, Lane, Avenue, Close, Drive, Way, Place, Crescent, Grove, Gardens, Terrace, "
    "Court, Square, Row, Walk, Hill, Rise, View, Mews, Park, Green, Parade, Vale, Wharf, Yard, "
    "Gate, Mount, Wynd, Brae, Croft, Chase, Meadows, Bank, Hollow, Path, Ride, Approach, "
    "Heights, Villas, Lea, Leys, Nook, Dene, Holme, Carr, Twitten, Vennel, Snicket, Drove, "
    "Steps, Pightle, Fold, Loaning, Causey, Brow, Garth, Lonnen"
)
STREET_STEMS = _list(
    "Linden, Rowan, Sycamore, Foxglove, Tannery, Brewery, Ropewalk, Chapel, Pinfold, Kiln, "
    "Quarry, Sandpit, Beacon, Orchard, Ashgrove, Cherrytree, Whinmoor, Kirkgate, "
    "Bridgewater, Marlborough, Tennyson, Wordsworth, Brunel, Telford, Elgar, Gladstone, "
    "Victoria, Albert, Florence, Harriet, Beatrice, Sidney, Percy, Wilfred, Edith, Nelson, "
    "Ethel, Agnes, Cuthbert, Winifred, Hilda, Aldous, Clement, Mabel, Dorothy, Station, "
    "Market, Mill, Bakehouse, Weavers, Coopers, Salters, Tanners, Lavender, Bluebell, "
    "Heron, Otterburn, Kestrel, Skylark, Juniper, Larch, Hawthorn, Blackthorn, Cobden, "
    "Peel, Palmerston, Disraeli, Raleigh, Drake, Canning, Pankhurst, Seacole, Tubman, "
    "Ramanujan, Mandela, Bevan"
)
WELSH_STREETS = _list(
    "Heol y Felin, Ffordd Penrhos, Stryd Fawr, Lôn Las, Heol Dŵr, Ffordd yr Eglwys, "
    "Cilgant y Dderwen, Lôn y Bryn, Heol Aneurin, Stryd y Castell"
)
HOUSE_NAMES = _list(
    "Tŷ Gwyn, Bryn Awel, Hafod Wen, Pen y Bryn, Tigh na Mara, Druimfhionn, Chy an Mor, "
    "Bosvenna, The Old Forge, Swallows Rest, Wits End, Lavender Barn, Hollybank, "
    "Kestrel Lodge, Millstream, The Granary, Dunroamin, Sunnyside, The Laurels, Greystones, "
    "Honeysuckle Cottage, Fernlea, Stonecroft, Badgers Holt, Orchard End, The Coach House, "
    "Ashdene, Oakhurst, Heatherbrae, Woodpeckers, Marigold House, Saltings, Cobblestones, "
    "Kingfisher Barn, Maud Villa, Annie's Cottage, Winifred House, Glebe Farm, Tanglewood, "
    "Bramblings, Windrush, Lark Rise Cottage, Ivydene, Cnoc na Gaoithe, Bwthyn Bach, "
    "Gwel an Mor, Harrow Farmhouse, Mistletoe Lodge, Rosebank, The Bothy"
)
HOUSE_WORDS = _list(
    "Cottage, House, Lodge, Farm, Barn, Villa, Bungalow, Manor, Farmhouse, Forge, Rest, End, "
    "The, Tŷ, Tigh, Chy, Bwthyn, Old, na, an, y"
)
BUILDINGS = _list(
    "Aster Court, Wharfside Lofts, Coronation Buildings, Jubilee House, Mercer Point, "
    "Tannery Yard Apartments, Kelvin Heights, Harbour Reach, Sovereign Tower, "
    "Beaumont Mansions, St Agnes Court, Pemberton House, Carlisle Works, The Maltings, "
    "Clockwork Building, Ada Lovelace House, Sylvia Pankhurst Court, Nightingale Court, "
    "Brunel Point, Quayside Studios, Cotton Exchange, Alma Terrace Flats"
)
BUILDING_WORDS = _list(
    "Flat, Apt, Apartment, Unit, Studio, Floor, Lofts, Buildings, Point, Apartments, Tower, "
    "Mansions, Works, Building, Reach, Studios, Exchange, Flats, Maltings"
)
# words of a street or house label that identify nobody (on top of the judge's own)
EXTRA_GENERIC = _list("Heol, Ffordd, Stryd, Lôn, Cilgant, Fawr, Las, yr")
TOWNS = _list(
    "Ashby-de-la-Zouch, Bishop's Stortford, Market Harborough, Newton Abbot, Bury St Edmunds, "
    "Chipping Norton, Sutton Coldfield, Milton Keynes, Burnham-on-Sea, Royal Leamington Spa, "
    "Wotton-under-Edge, Stow-on-the-Wold, Merthyr Tydfil, Ystradgynlais, Betws-y-Coed, "
    "Kirkcudbright, Auchtermuchty, Fort William, Newtownabbey, Enniskillen, Penzance, "
    "St Austell, Redruth, Hebden Bridge, Todmorden, Ramsbottom, Morecambe, Barrow-in-Furness, "
    "Whitley Bay, Cleethorpes, Skegness, Stowmarket, Ely, Wells, Sale, Street, Reading, Hull, "
    "Deal, Diss, Ware, Rye, Looe, Bude, Leigh, Clare, Kendal, Kelso, Stanley, Beverley, "
    "Shirley, Kimberley, Douglas, Nelson, Wigan, Crewe, Harlow, Morley, Hastings, Barry, Neath, "
    "Kenilworth, Jarrow, Lincoln, Preston, Bolton, Burton, Chester, Darlington, Oban, Dingwall, "
    "Portadown, Llandudno, Aberystwyth, Pwllheli, Carmarthen, Stornoway, Lerwick, Elgin, "
    "Peterhead, Whitby, Ilkley, Otley, Keighley, Saffron Walden, Much Wenlock, Great Yarmouth, "
    "Newport Pagnell, Castle Douglas, Hemel Hempstead, Welwyn Garden City, Ashton-under-Lyne"
)
OUTWARDS = _list(
    "M14, M1, B15, B9, L8, S11, G12, E17, N16, W3, LS6, BD7, HX1, HX7, OL14, BB11, PR1, CA2, "
    "DL3, TS1, NE6, SR5, DH1, YO10, HU5, DN31, LN2, NG7, LE3, CV1, WV10, DY4, ST4, CW1, CH4, "
    "LL57, SA1, CF24, NP20, LD1, SY23, HR4, GL1, BS5, BA1, TA6, EX4, PL4, TR18, TQ1, DT1, BH8, "
    "SO14, PO4, GU1, RH10, BN2, TN34, ME7, CT9, DA1, RM8, IG1, SS1, CM2, CO1, IP4, NR3, PE1, "
    "CB1, SG1, LU1, MK9, OX4, RG1, SL1, HP13, WD17, AL1, EN1, HA0, UB6, TW3, KT1, SM1, CR0, "
    "BR1, SE15, SW9, NW10, EC1V, WC1H, W1D, SW1A, EC2A, E1W, N1C, EH6, KY1, DD1, AB10, IV2, "
    "PH1, FK8, KA1, DG1, TD1, PA1, ML3, HS1, ZE1, KW15, BT7, BT48"
)
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EMAIL_DOMAINS = _list(
    "gmail.com, outlook.com, hotmail.co.uk, yahoo.co.uk, icloud.com, btinternet.com, sky.com, "
    "virginmedia.com, talktalk.net, aol.com, live.co.uk, protonmail.com, me.com, mail.com, "
    "gmx.co.uk, ntlworld.com, blueyonder.co.uk, tiscali.co.uk, posteo.net, fastmail.fm, "
    "zoho.com, wp.pl, o2.pl, seznam.cz, ukr.net, qq.com, 163.com, naver.com, yahoo.co.jp, "
    "rediffmail.com, hotmail.com, googlemail.com"
)
LOCAL_WORDS = _list(
    "bluebird, kettlechips, mumof3, nanabear, gardengnome, tealeaf, rugbydad, cakequeen, "
    "nightowl, sunflower, teacup, bookworm, lemondrop, moonpie, vanman, bakeroff"
)
MERCHANTS = _list(
    "Oliver Bonas, Jack Wills, Charles Tyrwhitt, Joules, Hobbs, Laura Ashley, Paul Smith, "
    "Karen Millen, Molton Brown, Lakeland, Sainsbury's, Marks & Spencer, Mamas & Papas, "
    "Ernest Jones, H. Samuel, Dorothy Perkins, Hotter, Clarks, Russell & Bromley, "
    "Holland & Barrett, Sweaty Betty, Liz Earle, Neal's Yard Remedies, Cath Kidston, "
    "Emma Bridgewater, Sophie Allport, Boden, Seasalt, Hawes & Curtis, T.M. Lewin, "
    "Crew Clothing, Jigsaw, Whistles, Matalan, Argos, Currys, Screwfix, Wickes, Dunelm, "
    "Superdry, Schuh, Timpson, Ryman, Waterstones, Hamleys, Morrisons, Iceland, Halfords, "
    "Charlotte Tilbury, Jack & Jones, Victoria Plum, Jessops, Richer Sounds, Moss Bros, "
    "Thomas Sabo, Sue Ryder, Emma Mattress, Eve Sleep, Millie's Cookies, Hotel Chocolat, "
    "Harvey Nichols, Fortnum & Mason, Sharps Bedrooms, Wallis, Monsoon, Phase Eight, "
    "Jacamo, Simply Be, Robert Dyas, Ann Summers, Lush"
)
PRODUCTS = _list(
    "Harriet blouse, Arlo lamp, Freya bra, Elsie dress, Barnaby armchair, Hector sofa, "
    "Matilda tote, Otto side table, Iris vase, Florence midi skirt, Stanley flask, "
    "Henry hoover, Alfie hoodie, Lola heels, Margot coat, Ruby ring, Jasper rug, "
    "Winston wing chair, Bertie bed frame, Isla swimsuit, Theo trainers, Mabel cardigan, "
    "Nora pendant light, Grace jumpsuit, Felix cat tower, Hugo duvet, Ada bookcase, "
    "Ezra jeans, Penny loafers, Chelsea boots, Oscar mirror, Luna nightlight, Bella pram, "
    "Maxi dress, Eddie jacket, Willow planter, Rosie tea set, Albie cot bed, Sienna sofa bed, "
    "Harvey dining chairs, Evie backpack, Frankie fleece, Dolly shoes, Archie puffer"
)
OCCASIONS = _list(
    "Christmas, Eid al-Fitr, Eid al-Adha, Diwali, Hanukkah, Chinese New Year, Lunar New Year, "
    "Vaisakhi, Holi, Easter, Ramadan, Passover, Rosh Hashanah, Nowruz, Black Friday, "
    "Cyber Monday, Boxing Day, Mother's Day, Father's Day, Valentine's Day, Burns Night, "
    "St David's Day, St Patrick's Day, St Andrew's Day, Bonfire Night, Halloween, Pancake Day, "
    "Prime Day, Singles' Day, Mid-Autumn Festival, Durga Puja, Onam, Pongal, Chuseok, "
    "Kwanzaa, Thanksgiving, Orthodox Christmas, Vesak, Guy Fawkes Night, Hogmanay, "
    "Notting Hill Carnival, Mothering Sunday, Shrove Tuesday, the bank holiday weekend, "
    "Gŵyl Dewi, Wigilia, Navratri, Raksha Bandhan"
)
VOUCHERS = _list(
    "SUMMER25, WELCOME10, EMMA15, JACK20OFF, GRACE-5, FREEDEL, STUDENT20, BF2026, XMAS-30, "
    "NHS15, BLUELIGHT10, APP10, SAVE5NOW, HOLLY12, EID20, DIWALI15, OLIVER10, ROBIN-SPRING, "
    "FFION10, MUM2026, DAD-15, NEWYOU20, TREAT5, FLASH40, VIP-ROSE, PENNY5, KITCHEN20"
)
NETWORKS = _list(
    "Awin, Rakuten Advertising, Impact, CJ Affiliate, Partnerize, Webgains, TradeDoubler, "
    "Skimlinks, Sovrn, TradeTracker, TopCashback, Quidco, KidStart, Easyfundraising, "
    "Jamdoughnut, Airtime Rewards"
)
COURIERS = _list(
    "Evri, DPD, Yodel, Royal Mail, Parcelforce, DHL, UPS, FedEx, InPost, Amazon Logistics, "
    "APC Overnight, Arrow XL, Whistl, CitySprint, Hermes"
)
COUNTIES = _list(
    "West Yorkshire, Lancashire, Gwynedd, Cornwall, Fife, County Antrim, Suffolk, "
    "Shropshire, Essex, Cumbria, Highland, Devon, Warwickshire, Kent, Derbyshire"
)
