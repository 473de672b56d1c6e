"""The dev5 set's world: towns, merchants, products, occasions, couriers, streets, house names.

All typed for this set. Merchants and products are chosen to look like people and places
(they must stay intact); street names and house names are what notes hold as addresses.
"""

from __future__ import annotations


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


# UK and Irish towns, many of them also surnames, first names or words.
TOWNS_UK = _split(
    "Reading|Bath|Wells|Chester|Lincoln|Preston|Stafford|Sutton|Beverley|Burton|Shirley|"
    "Kendal|Hastings|Warwick|Morley|Tring|Ashford|Bradford|Clifton|Mold|Hay-on-Wye|Cardiff|"
    "Swansea|Wrexham|Aberystwyth|Llandudno|Caernarfon|Galway|Cork|Limerick|Sligo|Dundalk|"
    "Derry|Omagh|Paisley|Ayr|Dunfermline|Inverness|Stirling|Whitby|Harrogate|Barnsley|"
    "Crewe|Stockport|Wigan|Bolton|Luton|Stevenage|Bedford|Guildford|Woking|Crawley|Hove|"
    "Truro|Penzance|Bideford|Taunton|Frome|Stroud|Ludlow|Hereford|Worcester|Redditch|"
    "Ilkley|Selby|Goole|Grimsby|Boston|Spalding|March|Ely|Diss|Holt|Beccles|Lowestoft"
)
TOWNS_FR = _split(
    "Lyon|Nantes|Valence|Rennes|Quimper|Brest|Lille|Roubaix|Tours|Angers|Nancy|Metz|Pau|"
    "Bayonne|Annecy|Grenoble|Dijon|Besançon|Limoges|Vannes|Saint-Malo|Colmar|Arles|Sète"
)
TOWNS_ES = _split(
    "Sevilla|Bilbao|Mérida|Valencia|Zaragoza|Málaga|Granada|Córdoba|Vigo|Gijón|Oviedo|"
    "Santander|Logroño|Pamplona|Albacete|Cáceres|Segovia|Alicante|Castellón|Lleida|Girona"
)
TOWNS_OTHER = _split(
    "Kraków|Gdańsk|Wrocław|Poznań|Łódź|Bologna|Torino|Verona|Bari|Lecce|Trieste|Pisa"
)
TOWNS = TOWNS_UK + TOWNS_FR + TOWNS_ES + TOWNS_OTHER

# Retailers, many named like people (they stay intact inside notes too).
MERCHANTS_UK = _split(
    "John Lewis|Ted Baker|Jo Malone|Marks & Spencer|Laura Ashley|Harvey Nichols|"
    "Charles Tyrwhitt|Hobbs|Phase Eight|Joules|Boden|Oliver Bonas|Molton Brown|Lakeland|"
    "Dorothy Perkins|Kurt Geiger|Bobbi Brown|Charlotte Tilbury|Emma Bridgewater|Cath Kidston|"
    "Sophie Allport|Hotel Chocolat|Thomas Sabo|Matalan|Dunelm|Currys|Argos|Boots|Superdrug|"
    "Halfords|Wickes|Screwfix|Holland & Barrett|Russell & Bromley|Jack Wills|White Stuff|"
    "Seasalt Cornwall|Fat Face|Sweaty Betty|Lucy & Yak|Ernest Jones|H. Samuel|Clarks|"
    "Schuh|Office|Moss Bros|Peacocks|Wilko|The Range|Habitat|Heal's|Loaf|Made.com|Ocado|"
    "Iceland|Waitrose|Sainsbury's|Morrisons|Tesco|Mamas & Papas|Jojo Maman Bébé|Hamleys"
)
MERCHANTS_FR = _split(
    "La Redoute|Maisons du Monde|Leroy Merlin|Boulanger|Darty|Fnac|Decathlon|Sézane|Jules|"
    "Pimkie|Sergent Major|Jacadi|Cyrillus|Monoprix|Nature & Découvertes|Yves Rocher|"
    "Promod|Kiabi|Sephora|Castorama|Cdiscount|Vertbaudet"
)
MERCHANTS_ES = _split(
    "El Corte Inglés|Zara|Mango|Desigual|Bershka|Massimo Dutti|Pull&Bear|Tous|Cortefiel|"
    "Carolina Herrera|Adolfo Domínguez|Purificación García|PcComponentes|Mediamarkt|"
    "Druni|Primor|Oysho|Springfield|Parfois"
)
MERCHANTS = MERCHANTS_UK + MERCHANTS_FR + MERCHANTS_ES

NETWORKS = _split(
    "Awin|Rakuten|Impact|CJ|Webgains|Partnerize|TopCashback|Quidco|KidStart|Easyfundraising|"
    "iGraal|Poulpeo|Beruby|Cashbackdeals|Swagbucks"
)
COURIERS = _split(
    "Royal Mail|Evri|DPD|Yodel|Parcelforce|DHL|UPS|Chronopost|Colissimo|Correos|SEUR|"
    "InPost|Poczta Polska|An Post|Mondial Relay|GLS|Amazon Logistics|FedEx"
)

# product names that are first names or surnames, with what they are
PRODUCTS = _split(
    "Harper dress|Esme coat|Archie hoodie|Florence mug|Eloise bag|Hugo trainers|Margot sandals|"
    "Stanley flask|Dylan jeans|Ruby Star trainers|Henry hoover|Charlie Bear|Peppa Pig backpack|"
    "Emma mattress|Simba pillow|Otis lamp|Matilda tea set|Isabella bedding|Freya bra|"
    "Audrey blazer|Beatrix candle|Clara cardigan|Leo duvet|Maisie jumpsuit|Ottilie shirt|"
    "Bertie shorts|Poppy pyjamas|Frida planter|Hattie wellies|Jasper sofa|Nora side table|"
    "Tilly jumper|Oscar armchair|Winnie mug|Elsa doll|Paddington cushion|Gruffalo book|"
    "Sylvie boots|Colette scarf|Manon robe|Lucía bolso|Carmen vestido|Dolores chaqueta|"
    "Agata sukienka|Bianca borsa|Valentina occhiali|Rafa zapatillas|Marcel couette"
)
OCCASIONS = _split(
    "Valentine's Day|Mother's Day|Father's Day|St David's Day|St Patrick's Day|Black Friday|"
    "Cyber Monday|Boxing Day|Easter|Christmas|Hallowe'en|Bonfire Night|Burns Night|"
    "la Saint-Valentin|la fête des mères|Noël|les soldes d'été|le Black Friday|Reyes|"
    "el Día de la Madre|San Valentín|Ferragosto|la Befana|Andrzejki|Wigilia|Diwali|Eid|"
    "Hanukkah|Nos Galan|Dydd Santes Dwynwen|Lunar New Year"
)
# voucher codes, several built on first names: a code is kept whole, never split
VOUCHERS = _split(
    "SOPHIE20|JAMES10|WELCOME15|EMMA-5OFF|SUMMER25|NOEL2026|BLACKFRI30|DAVID10|FREYA15|"
    "OLIVER5|BIENVENUE10|HOLA15|RAFA-20|SAVE12|NHS10|STUDENT20|FIRSTORDER|KASIA10|"
    "CIAO15|DIOLCH10|GRACE25|LUCY-YAK15|TOBY5OFF|MARGOT30"
)

# thoroughfare words: never identifying on their own
THOROUGHFARES_UK = _split(
    "Road|Street|Lane|Avenue|Close|Drive|Way|Place|Crescent|Grove|Gardens|Terrace|Court|"
    "Square|Row|Walk|Hill|Rise|View|Mews|Park|Green|Parade|Vale|Wharf|Quay|Yard|Gate|Mount|"
    "Wynd|Loke|Ginnel|Brae|Drove|Twitten|Chare|Vennel|Loan|Steps|Nook|Dene|Garth|Fold|"
    "Spur|Bottom|Croft|Chase|Meadows|Circus|Causeway|Esplanade|Promenade|Hollow|Ride|"
    "Approach|Heights|Villas|Passage|Boulevard|Broadway|Lea|Path|Bank|End"
)
THOROUGHFARES_ABBR = _split("Rd|St|Ln|Ave|Av|Cl|Dr|Pl|Cres|Gr|Gdns|Terr|Ct|Sq|Pk|Pde|Hts")
THOROUGHFARES_WELSH = _split("Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant|Teras|Clos")
THOROUGHFARES_FR = _split(
    "rue|avenue|boulevard|impasse|allée|chemin|place|quai|cours|route|square|passage|"
    "sentier|résidence|lotissement|faubourg|bd|av|imp|chem"
)
THOROUGHFARES_ES = _split(
    "Calle|C/|Avenida|Avda.|Plaza|Pza.|Paseo|Pº|Camino|Carrer|Ronda|Travesía|Glorieta|"
    "Urbanización|Urb.|Callejón|Cuesta|Carretera"
)
THOROUGHFARES_OTHER = _split("via|viale|piazza|corso|vicolo|ulica|ul.|aleja|al.|osiedle|os.|plac")
# words inside address lines that identify nothing: articles, floors, doors, building words
ADDRESS_WORDS = _split(
    "the|of|des|du|de|la|le|les|del|los|las|el|y|yr|di|della|dei|bis|ter|bât|bâtiment|"
    "appt|appartement|étage|esc|escalera|piso|puerta|planta|bajo|izq|izda|dcha|dcha.|"
    "flat|apartment|apt|unit|suite|floor|block|house|cottage|lodge|farm|old|barn|mill|"
    "manor|hall|villa|chalet|rest|mieszkania|lok|m|no|interno|scala|int|maison|casa|"
    "tŷ|bwthyn|fferm|plas|lower|upper|little|new|north|south|east|west|top|rear|bottom"
)
HOUSE_WORDS = _split(
    "House|Cottage|Lodge|Farm|Barn|Mill|Manor|Hall|Villa|Chalet|Bungalow|Croft|Grange|"
    "Rectory|Vicarage|Forge|Granary|Coach House|Stables|Oast|Byre|Bothy|Steading"
)

STREET_NAMES_UK = _split(
    "Acacia|Ashburnham|Bellingham|Cavendish|Dalrymple|Elmhurst|Fairholme|Gainsborough|"
    "Hawthorn|Inchcape|Juniper|Kingsmead|Larkspur|Marlborough|Netherfield|Orchard|"
    "Pennington|Queensberry|Ravenscroft|Sandringham|Thistlewood|Upperton|Valley|Westbourne|"
    "Yarborough|Abercorn|Birchfield|Coppice|Dovecote|Eastfield|Foxglove|Glebe|Highfield|"
    "Ivanhoe|Jubilee|Kestrel|Laburnum|Millbrook|Nightingale|Oakwood|Primrose|Quarry|"
    "Rectory|Sycamore|Tanners|Underhill|Victoria|Wellington|Alderney|Blenheim|Carlyle|"
    "Dunstable|Ellesmere|Falkland|Greville|Holloway|Ingleby|Kitchener|Lyndhurst|Montague|"
    "Normanton|Osborne|Portland|Rutland|Stanhope|Trafalgar|Vicarage|Whitchurch|Prestwick|"
    "Carly|Griffiths|Jones|Rowntree|Cadogan|St Mary's|St Aidan's|Bishop's|Church|Station|"
    "Mill|Bridge|Chapel|School|Manor|Well|Pound|Tannery|Ropewalk|Cherry Tree|Beech Tree"
)
STREET_NAMES_WELSH = _split(
    "y Felin|yr Eglwys|Penrhos|Glan-yr-Afon|Bryn Derw|Maes-y-Coed|Llys Gwyn|Pen-y-Bont|"
    "Tŷ Mawr|Cae Du"
)
STREET_NAMES_FR = _split(
    "des Lilas|de la République|Jean-Jaurès|Victor-Hugo|des Tilleuls|du Général-de-Gaulle|"
    "Gambetta|des Acacias|de la Gare|Pasteur|du Moulin|des Écoles|Émile-Zola|de Verdun|"
    "Saint-Exupéry|des Peupliers|Jules-Ferry|de Bretagne|des Mimosas|Clemenceau"
)
STREET_NAMES_ES = _split(
    "Mayor|del Pez|de la Constitución|de Alcalá|Gran Vía|de los Reyes Católicos|Serrano|"
    "de Goya|del Carmen|San Vicente Ferrer|de Colón|de Blasco Ibáñez|de la Alameda|"
    "Real|de Cervantes|del Doctor Fleming|de Sagasta|Larios|de la Paz|de Gracia"
)
STREET_NAMES_OTHER = _split(
    "Garibaldi|Mazzini|dei Mille|Roma|Marszałkowska|Piotrkowska|Długa|Mickiewicza|"
    "Kościuszki|Słowackiego"
)
HOUSE_NAMES = _split(
    "Ivy House|The Old Forge|Rose Cottage|Tŷ Gwyn|Bryn Awel|Hafod|Meadow View|Glenview|"
    "Willow Lodge|The Granary|Sunnyside|Hillcrest|Orchard End|The Old Rectory|Pen-y-Graig|"
    "Fairhaven|Ashgrove|Lilac Cottage|Kingfisher Barn|The Stables|Hawthorn Farm|Windrush|"
    "Badgers Holt|Craig-y-Nos|Cnoc na Gaoithe|Carraig Bhán|Larchfield|Dunroamin|"
    "Honeysuckle Cottage|Tregenna|Boscawen House|Bramble Bank|Curlew Croft|Ardmore|"
    "Résidence Les Tilleuls|Villa Mireille|Le Clos Fleuri|Casa Azahar|Villa Rosalía"
)
