"""Places, contacts' raw material and must-keep material, written by hand for this set.

Thoroughfare words, street stems, house names, towns (many with a person's name in them,
several of more than one word), postcode areas, e-mail domains; and what must survive
redaction: merchants named like people, products with a name in them, occasions, voucher
stems (a first name and a number), plain words for clean notes.
"""

from __future__ import annotations


def _split(text: str) -> tuple[str, ...]:
    return tuple(w.strip() for w in text.split("|") if w.strip())


THOROUGHFARES = _split(
    "Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Grove|Gardens|Terrace|Court|Square|Walk|"
    "Rise|Mews|Parade|Vale|Wharf|Row|Hill|Chase|Croft|Fold|Garth|Brow|Wynd|Loaning|Pightle|"
    "Dene|Heights|Approach|Boulevard|Circus|Promenade|Ridings|Spinney|Copse|Paddock|Ley"
)
STREET_STEMS = _split(
    "Tanners|Quarry|Bellfounders|Cuckoo|Foxglove|Larkspur|Windmill|Coppergate|Salters|Ropewalk|"
    "Hawthornden|Featherbed|Pitchcroft|Nettlebed|Pilgrims|Beacon|Tollgate|Goosegreen|Kingfisher|"
    "Dovecote|Malthouse|Wheelwright|Cobblers|Orchardleigh|Marlpit|Sandpiper|Heronsgate|"
    "Bramblewood|Fernhill|Lavender|Millrace|Oxbow|Sheepwash|Tithebarn|Wyvern|Cromwell|"
    "Gladstone|Montgomery|Arkwright|Brunel|Pankhurst|Seacole|Attlee|Darwin|Kitchener|Fairfax"
)
HOUSE_WORDS = ("Cottage", "House", "Lodge", "Barn", "Farmhouse", "Villa", "Manse", "Grange")
HOUSE_STEMS = _split(
    "Honeysuckle|Bluebell|Wisteria|Old Forge|Meadowsweet|Primrose|Hollybush|Swallows|Tanglewood|"
    "Owl's Hoot|Badger's|Hillcrest|Sunnyside|Rookery|Apple Tree|Willowmere|Brackenside|Fox Earth"
)
HOUSE_WHOLE = _split("The Old Rectory|The Beeches|The Laurels|Two Chimneys|Journey's End|Kia Ora")
FLAT_FORMS = ("Flat {n}", "Flat {n}b", "Apt {n}", "Unit {n}", "Apartment {n}", "{n}/2")

TOWNS = _split(
    "Stoke-on-Trent|Bury St Edmunds|Newcastle upon Tyne|Milton Keynes|Hemel Hempstead|"
    "Burton upon Trent|Ashby-de-la-Zouch|Weston-super-Mare|Bishop's Stortford|Leighton Buzzard|"
    "King's Lynn|St Albans|Market Harborough|Chipping Norton|Hebden Bridge|Sutton Coldfield|"
    "Royal Tunbridge Wells|Whitley Bay|Henley-on-Thames|Kirkby Lonsdale|Bognor Regis|"
    "Southend-on-Sea|Stanley|Nelson|Barry|Shirley|Morley|Clare|Hale|Preston|Lincoln|Wellington|"
    "Kendal|Florence|Ashford|Crawley|Eccles|Chester|Hastings|Sale|March|Washington|Colne|Neath|"
    "Inverness|Llandudno|Enniskillen|Aberystwyth|Market Drayton|Lytham St Annes"
)
POSTCODE_AREAS = _split(
    "AB|BA|BD|BH|BN|BS|CF|CH|CM|CO|CT|CV|DD|DE|DH|DN|EH|EX|GL|GU|HD|HG|HP|HU|IP|KT|LA|LD|LE|LL|"
    "LN|LS|LU|ME|MK|NE|NG|NN|NP|NR|OX|PE|PL|PO|PR|RG|RH|SA|SG|SK|SN|SO|SP|SS|ST|SY|TA|TN|TQ|TR|"
    "TS|WA|WD|WF|WN|WR|WS|WV|YO|B|E|G|L|M|N|S|W"
)
DOMAINS = _split(
    "gmail.com|hotmail.co.uk|outlook.com|yahoo.co.uk|btinternet.com|icloud.com|live.co.uk|"
    "sky.com|talktalk.net|protonmail.com|virginmedia.com|aol.com|mail.co.uk|fastmail.fm"
)

MERCHANTS_PEOPLE = _split(
    "John Lewis|Ted Baker|Marks & Spencer|Karen Millen|Kurt Geiger|Jack Wills|Laura Ashley|"
    "Charles Tyrwhitt|Ray-Ban|Dorothy Perkins|Miss Selfridge|Tommy Hilfiger|Ralph Lauren|"
    "Calvin Klein|Hugo Boss|Paul Smith|Vivienne Westwood|Stella McCartney|Oliver Bonas|"
    "Molton Brown|Jo Malone London|Charlotte Tilbury|Emma Bridgewater|Cath Kidston|"
    "Sophie Allport|Harvey Nichols|Fortnum & Mason|Russell & Bromley|Ernest Jones|H. Samuel|"
    "Victoria's Secret|Tommee Tippee|JoJo Maman Bébé|Ann Summers|Moss Bros|Sainsbury's|"
    "Morrisons|Phase Eight|Lucy & Yak|Joe Browns|Jacamo|Hotel Chocolat|Thomas Sabo"
)
MERCHANTS_OTHER = _split(
    "Argos|Currys|ASOS|Boots|Screwfix|Halfords|Wickes|Dunelm|Lakeland|Hobbycraft|Wilko|"
    "Matalan|Very|AO.com|Ocado|Etsy|Hamleys|Schuh|Superdry|Seasalt Cornwall|Mountain Warehouse|"
    "Sweaty Betty|White Stuff|Fat Face|The Body Shop|Lush|Space NK|Wayfair|Habitat|Made.com"
)
MERCHANTS = MERCHANTS_PEOPLE + MERCHANTS_OTHER

PRODUCTS = _split(
    "Harriet wrap dress|Florence jumpsuit|Archie hoodie|Stanley flask|Mabel cardigan|"
    "Hugo chelsea boots|Jasper armchair|Oscar corner sofa|Isla midi skirt|Elsa costume|"
    "Winnie the Pooh nightlight|Thomas the Tank Engine set|Harry Potter wand|Henry hoover|"
    "George Foreman grill|Frida Kahlo print|Matilda book set|Paddington bear|Barbie dreamhouse|"
    "Sylvanian Families cottage|Evie ankle boots|Lottie doll|Freddie trainers|Grace bralette|"
    "Dolly pinafore|Hattie raincoat|Noah cot bed|Ada desk lamp|Marlowe blazer|Esme wedge sandals|"
    "Bertie dog bed|Clara coffee table|Jude denim jacket|Margot tote|Penny loafers|"
    "Mary Jane shoes|Jack Russell mug|Billie jeans|Arlo bunk bed|Edith dinner set"
)
OCCASIONS = _split(
    "Mother's Day|Father's Day|Christmas|Boxing Day|Black Friday|Cyber Monday|Easter|Eid|Diwali|"
    "Hanukkah|Valentine's Day|St Patrick's Day|Burns Night|Halloween|Bonfire Night|"
    "Lunar New Year|Prime Day|bank holiday weekend|St David's Day|Thanksgiving|New Year's Eve|"
    "Grandparents' Day|Ramadan|Vaisakhi"
)
VOUCHER_STEMS = _split(
    "ROSIE|JAMES|MAISIE|HANNAH|FREDDIE|TILLY|ZOE|OLLIE|KATIE|DANNY|MOLLY|BEN|ELLA|SAM|WELCOME|"
    "SUMMER|FRIDAY|XMAS|NHS|STUDENT|BLUELIGHT|SPRING|MUM|DAD|NEWBIE|HELLO|FLASH"
)
STAFF_ROLES = _split(
    "the shop assistant|the lady on the till|the manager|their rep|the courier|a guy on live chat|"
    "the store manager|customer services"
)
RELATIONS = _split(
    "partner|wife|husband|mum|mother|dad|son|daughter|sister|brother|friend|neighbour|"
    "mother-in-law|nan|flatmate|colleague|cousin|boyfriend|girlfriend|auntie"
)
