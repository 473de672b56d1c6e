"""Typed values for the worldwide author: shops, products, towns, streets, contacts, refs."""

from __future__ import annotations

# Merchants, many named like people (hard negatives) and many from outside the UK.
MERCHANTS = (
    "John Lewis", "Ted Baker", "Jack Wills", "Laura Ashley", "Joe Browns", "Marks & Spencer",
    "Karen Millen", "Hugo Boss", "Calvin Klein", "Tommy Hilfiger", "Ralph Lauren", "Paul Smith",
    "Vivienne Westwood", "Charles Tyrwhitt", "Hobbs", "Phase Eight", "Boden", "Clarks",
    "Mango", "Zara", "Bershka", "Massimo Dutti", "Pull&Bear", "Stradivarius", "El Corte Inglés",
    "Carrefour", "Lidl", "Aldi", "Decathlon", "Fnac", "Darty", "Galeries Lafayette", "Sézane",
    "Zalando", "Otto", "MediaMarkt", "Saturn", "Tchibo", "Douglas", "Rossmann", "dm",
    "Allegro", "Empik", "Reserved", "CCC", "Bol.com", "Coolblue", "HEMA", "Wehkamp",
    "Trendyol", "Hepsiburada", "eMAG", "Worten", "Continente", "Primark", "Peter Jones",
    "Jigsaw", "Oliver Bonas", "Lakeland", "Argos", "Currys", "Boots", "Booking.com",
    "Expedia", "Hotels.com", "IKEA", "H&M", "Uniqlo", "AliExpress", "Shein", "Temu",
    "Jo Malone", "Charlotte Tilbury", "Kurt Geiger", "Dr. Martens", "Sainsbury's",
    "Morrisons", "Matalan", "Harvey Nichols", "Selfridges", "Emma Bridgewater", "Molton Brown",
    "Ernest Jones", "Joules", "Pandora", "Christopher Ward", "Thomas Sabo", "Sophie Allport",
)  # fmt: skip
NETWORKS = ("TopCashback", "Quidco", "KidStart", "Awin", "Rakuten", "Igraal", "Shoop", "Letyshops")
# Products named like people or places, and plain ones.
PRODUCTS = (
    "Millie skirt", "Peter Rabbit mug", "Elsa doll", "Charlotte dress", "Alexa speaker",
    "Paddington Bear", "Harry Potter box set", "Jasmine tea set", "Maxi dress", "Emma mattress",
    "Ruby slippers", "Hugo sneakers", "Bella sofa", "Olivia lamp", "Louis chair",
    "Sophia wrap dress", "Frida tote", "Matilda boots", "Kallax shelf", "Billy bookcase",
    "Poäng armchair", "Barbie Dreamhouse", "Thermomix TM6", "Dyson V15", "iPhone 15",
    "Nintendo Switch", "air fryer", "robe de chambre", "Kaffeemaschine", "zapatillas Nike",
    "borsa in pelle", "ekspres do kawy", "fiets slot", "tênis Adidas", "halı", "Stanley cup",
)  # fmt: skip
# Towns by country: UK ones named like people or words, foreign ones in their own spelling.
TOWNS = {
    "uk": ("Bradford", "Kendal", "Reading", "Sale", "Hope", "Ashford", "Stanley", "Clayton",
           "Morley", "Washington", "Lincoln", "Chester", "Shirley", "Beverley", "Kirkby", "Whitby"),
    "cy": ("Aberystwyth", "Caernarfon", "Llandudno", "Machynlleth", "Abertawe", "Caerdydd"),
    "ie": ("Galway", "Gaillimh", "Cork", "Corcaigh", "Dún Laoghaire", "Sligo", "Port Láirge"),
    "fr": ("Paris", "Lyon", "Saint-Étienne", "Marseille", "Aix-en-Provence", "Lille"),
    "de": ("Köln", "Cologne", "München", "Munich", "Düsseldorf", "Frankfurt am Main"),
    "pl": ("Łódź", "Kraków", "Cracow", "Wrocław", "Gdańsk", "Warszawa"),
    "es": ("Madrid", "Sevilla", "A Coruña", "Valencia", "Bilbao"),
    "it": ("Milano", "Napoli", "Firenze", "Roma", "Reggio Emilia"),
    "nl": ("Amsterdam", "'s-Hertogenbosch", "Utrecht", "Den Haag", "Zwolle"),
    "pt": ("Lisboa", "Porto", "São Paulo", "Coimbra", "Vila Nova de Gaia"),
    "tr": ("İstanbul", "Istanbul", "İzmir", "Ankara", "Bursa"),
    "ro": ("Cluj-Napoca", "Iași", "Timișoara", "București", "Bucharest", "Brașov"),
    "ch": ("Zürich", "Genève", "Bern", "Basel", "Lausanne"),
    "pk": ("Lahore", "Karachi", "Rawalpindi", "Mirpur", "Faisalabad", "Sialkot"),
    "in": ("Mumbai", "Pune", "Ahmedabad", "Chennai", "Kolkata", "Amritsar"),
    "ng": ("Lagos", "Ibadan", "Abeokuta", "Ilorin", "Ogbomosho", "Abuja"),
    "ph": ("Quezon City", "Cebu", "Makati", "Davao", "Iloilo", "San Fernando"),
    "gr": ("Θεσσαλονίκη", "Athína", "Pátra", "Hania", "Ηράκλειο", "Volos"),
    "ke": ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret"),
    "other": ("Wien", "Bruxelles", "Antwerpen", "Москва", "Київ", "Αθήνα", "Tel Aviv", "Dubai",
              "Mumbai", "東京", "北京", "Seoul", "Hà Nội", "Lagos", "New York"),
}  # fmt: skip
EVENTS = (
    "Black Friday", "Cyber Monday", "Valentine's Day", "Mother's Day", "Father's Day",
    "Boxing Day", "Prime Day", "Singles' Day", "Christmas", "Easter", "Diwali", "Eid",
    "Ramadan", "Hanukkah", "Chinese New Year", "Lunar New Year", "Fête des Mères", "Soldes d'hiver",
    "Weihnachten", "Muttertag", "Rebajas de enero", "Navidad", "Día de la Madre", "Saldi estivi",
    "Dzień Matki", "Sinterklaas", "Koningsdag", "Dia das Mães", "Bayram", "Ramazan Bayramı",
    "Mărțișor", "Dydd Gŵyl Dewi", "St Patrick's Day", "Lá Fhéile Pádraig", "Halloween",
)  # fmt: skip
# Vouchers, several built on given names.
VOUCHERS = (
    "SOPHIE20", "WELCOME10", "MAMAN15", "NOEL25", "WEIHNACHTEN10", "REBAJAS20", "SALDI30",
    "LATO15", "KERST10", "NATAL20", "BAYRAM25", "MARTISOR10", "CROESO5", "FAILTE15", "EMMA10",
    "JACK5OFF", "BF2026", "CYBER40", "PRIME-15", "SUMMER24", "ROSE10", "MAX50", "OLIVIA-20",
)  # fmt: skip
WEB_DOMAINS = (
    "gmail.com", "web.de", "gmx.de", "gmx.at", "t-online.de", "orange.fr", "free.fr",
    "laposte.net", "wanadoo.fr", "libero.it", "virgilio.it", "wp.pl", "o2.pl", "interia.pl",
    "onet.pl", "yandex.ru", "mail.ru", "seznam.cz", "hotmail.co.uk", "btinternet.com",
    "eircom.net", "yahoo.es", "telefonica.net", "terra.com.br", "uol.com.br", "sapo.pt",
    "yahoo.ro", "qq.com", "163.com", "naver.com", "hotmail.com", "outlook.com", "icloud.com",
    "ziggo.nl", "kpnmail.nl", "telenet.be", "bluewin.ch", "freenet.de", "yahoo.co.jp",
)  # fmt: skip
# How people write "@" and "." when hiding an address.
AT_FORMS = (
    "@", "@", "@", "@", " at ", " [at] ", "[at]", "(at)", " AT ", "%40", "&#64;", " arroba ",
    " arobase ", " małpa ", " chiocciola ", " apenstaartje ", "＠", " @ ",
)  # fmt: skip
DOT_FORMS = (
    ".",
    ".",
    ".",
    ".",
    " dot ",
    "[dot]",
    "(dot)",
    " punto ",
    " point ",
    " kropka ",
    " punkt ",
)

# Streets: (template, country); {n} a house number, {m} a flat or block number. Streets
# named after people (Victor Hugo, Adama Mickiewicza, Shah Faisal) are streets, not names.
STREETS = (
    ("{n} Church Lane", "uk"), ("{n} Acacia Avenue", "uk"), ("{n} Station Road", "uk"),
    ("{n} Mill Close", "uk"), ("{n} Victoria Terrace", "uk"), ("{n} Orchard Way", "uk"),
    ("{n} Kings Crescent", "uk"), ("{n} Elm Grove", "uk"), ("{n}a Castle Wynd", "uk"),
    ("Heol y Frenhines", "cy"), ("{n} Ffordd yr Orsaf", "cy"), ("{n} Stryd Fawr", "cy"),
    ("{n} Lôn Las", "cy"), ("Bóthar na Trá", "ie"), ("{n} Sráid an Mhuilinn", "ie"),
    ("{n} Main Street", "ie"), ("{n} rue de la Paix", "fr"), ("{n} bis avenue Jean Jaurès", "fr"),
    ("{n}, boulevard Victor Hugo", "fr"), ("{n} allée des Tilleuls", "fr"),
    ("{n} impasse du Moulin", "fr"), ("Hauptstraße {n}", "de"), ("Goethestr. {n}", "de"),
    ("Am Markt {n}", "de"), ("Lindenallee {n}a", "de"), ("Konrad-Adenauer-Ring {n}", "de"),
    ("Calle Mayor, {n}", "es"), ("C/ de Alcalá {n}", "es"), ("Avda. de la Constitución {n}", "es"),
    ("Paseo de Gracia {n}", "es"), ("Via Roma {n}", "it"), ("Viale Giuseppe Garibaldi {n}", "it"),
    ("Corso Vittorio Emanuele {n}", "it"), ("Piazza del Popolo {n}", "it"),
    ("ul. Marszałkowska {n}/{m}", "pl"), ("ul. Adama Mickiewicza {n}", "pl"),
    ("al. Jerozolimskie {n}", "pl"), ("os. Tysiąclecia {n}/{m}", "pl"), ("Kerkstraat {n}", "nl"),
    ("Prinsengracht {n}-II", "nl"), ("Laan van Meerdervoort {n}", "nl"), ("Rua Augusta, {n}", "pt"),
    ("Av. da Liberdade {n}", "pt"), ("Rua das Flores {n}, 2º Esq.", "pt"),
    ("Atatürk Cad. No: {n}", "tr"), ("Bağdat Caddesi No:{n} D:{m}", "tr"), ("Gül Sokak {n}", "tr"),
    ("Strada Victoriei {n}", "ro"), ("{n} Mall Road", "pk"),
    ("Gali No. {m}, Shah Faisal Colony", "pk"), ("{n} Jinnah Avenue", "pk"), ("{n} MG Road", "in"),
    ("{n} Nehru Marg", "in"), ("{n} Awolowo Road", "ng"), ("{n} Allen Avenue", "ng"),
    ("{n} Herbert Macaulay Way", "ng"), ("{n} Rizal Street", "ph"), ("{n} Mabini St.", "ph"),
    ("Odós Ermoú {n}", "gr"), ("Οδός Αθηνάς {n}", "gr"), ("{n} Moi Avenue", "ke"),
    ("{n} Kenyatta Avenue", "ke"), ("Str. Lipscani nr. {n}", "ro"),
    ("Bd. Unirii nr. {n}, bl. A{m}", "ro"), ("Bahnhofstrasse {n}", "ch"),
)  # fmt: skip
HOUSES = (
    "Ivy Cottage", "Tŷ Gwyn", "Bwthyn y Dderwen", "Villa Rosa", "Casa Azul", "Le Clos Fleuri",
    "Haus Sonnenschein", "Rose Cottage", "The Old Rectory", "Teach na Coille", "Willow House",
    "Quinta do Sol", "Maison Blanche", "Flat {m}", "Apt {m}B", "Appartement {m}", "Wohnung {m}",
    "Piso 3º B", "Apartament {m}", "Daire {m}", "Interno {m}", "Bloc B{m}", "Flat {m}/{n}",
    "Villa Esperanza", "Casa Gloria", "Tŷ Seren", "Bwthyn Heulwen", "Dar Noor", "Villa Elpida",
    "House No. {m}", "Plot {m}", "Bahay ni Ligaya", "Unit {m}B", "Ile Ayo", "Çiçek Apt. D:{m}",
)  # fmt: skip

# Postcode shapes per country: A = letter, 9 = digit; a space may be doubled or dropped.
POSTCODE_SHAPES = {
    "uk": ("A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"),
    "cy": ("AA99 9AA", "AA9 9AA"),
    "ie": ("A99 A9A9", "A99 AA99", "D99 A999"),
    "fr": ("99999",), "de": ("99999",), "es": ("99999",), "it": ("99999",), "tr": ("99999",),
    "pl": ("99-999",), "nl": ("9999 AA",), "pt": ("9999-999",), "ro": ("999999",),
    "ch": ("9999", "CH-9999"), "in": ("999 999", "999999"), "cn": ("999999",),
    "ng": ("999999",), "us": ("99999", "99999-9999"), "pk": ("99999",), "ph": ("9999",),
    "gr": ("999 99", "99999"), "ke": ("99999", "99999-99999"),
}  # fmt: skip

# Phone shapes: 9 = digit. Grouping, dots, slashes, brackets as people write them.
PHONE_SHAPES = {
    "uk": ("07999 999999", "07999 999 999", "+44 7999 999999", "+44 (0)7999 999999",
           "020 7999 9999", "(0161) 999 9999", "0044 7999 999 999", "07999-999-999", "01999 999999"),
    "ie": ("+353 89 999 9999", "089-999-9999", "(01) 999 9999", "00353 89 9999999"),
    "fr": ("+33 6 99 99 99 99", "06.99.99.99.99", "06 99 99 99 99", "0033 7 99 99 99 99"),
    "de": ("+49 151 99999999", "0151/9999999", "0171 999 99 99", "(030) 9999 999"),
    "es": ("+34 699 99 99 99", "699 999 999", "+34 699999999"),
    "it": ("+39 399 999 9999", "399 9999999", "0039 399.999.9999"),
    "pl": ("+48 599 999 999", "599-999-999", "(22) 999 99 99"),
    "nl": ("+31 6 99999999", "06-99999999", "06 9999 9999"),
    "pt": ("+351 999 999 999", "999 999 999"),
    "tr": ("+90 599 999 99 99", "0599 999 99 99", "0(599) 999 99 99"),
    "ro": ("+40 799 999 999", "0799.999.999", "0799 999 999"),
    "ch": ("+41 79 999 99 99", "079 999 99 99"),
    "cy": ("01999 999999", "07999 999999"),
    "in": ("+91 99999 99999", "099999 99999"), "cn": ("+86 199 9999 9999",),
    "us": ("+1 (999) 999-9999", "999-999-9999"), "ng": ("+234 809 999 9999", "0809 999 9999"),
    "pk": ("+92 399 9999999", "0399-9999999", "0092 399 999 9999"),
    "ph": ("+63 999 999 9999", "0999 999 9999", "0999-999-9999"),
    "gr": ("+30 699 999 9999", "69 9999 9999", "210 999 9999"),
    "ke": ("+254 799 999999", "0799 999999", "0799-999-999"),
}  # fmt: skip
# Spoken digits by language, for "oh seven seven double..." style phones.
DIGIT_WORDS = {
    "en": ("oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "de": ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"),
}
DOUBLE_WORDS = {"en": "double", "fr": "double", "es": "doble", "de": "doppel"}

# Month names per language for written dates (index 0 is January).
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"),
    "tr": ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos",
           "Eylül", "Ekim", "Kasım", "Aralık"),
    "ro": ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"),
    "cy": ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst",
           "Medi", "Hydref", "Tachwedd", "Rhagfyr"),
    "ga": ("Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa",
           "Meán Fómhair", "Deireadh Fómhair", "Samhain", "Nollaig"),
}  # fmt: skip
# Amount shapes: {i} integer part, {d} two decimals.
AMOUNT_SHAPES = (
    "£{i}.{d}", "£{i}", "GBP {i}.{d}", "{i}.{d} GBP", "€{i},{d}", "{i},{d} €", "{i},{d}€",
    "EUR {i},{d}", "€ {i}.{d}", "{i},{d} zł", "PLN {i},{d}", "{i} TL", "₺{i},{d}", "{i},{d} lei",
    "RON {i}", "R$ {i},{d}", "CHF {i}.{d}", "Fr. {i}.–", "${i}.{d}", "US$ {i}", "¥{i}000",
    "₹{i},{d}00", "{i},{d} EUR", "{i} euros", "{i} quid", "{i} Euro",
)  # fmt: skip
# Amount shapes a shopper of a country most often writes (the others above occur too).
LOCAL_AMOUNT_SHAPES = {
    "uk": ("£{i}.{d}", "£{i}", "{i} quid", "GBP {i}.{d}"), "cy": ("£{i}.{d}", "{i} punt"),
    "ie": ("€{i}.{d}", "{i} euro", "EUR {i}.{d}"), "fr": ("{i},{d} €", "{i} euros"),
    "de": ("{i},{d} €", "{i},{d} EUR", "{i} Euro"), "es": ("{i},{d} €", "{i} euros"),
    "it": ("€ {i},{d}", "{i} euro"), "nl": ("€ {i},{d}", "€{i},-"), "pt": ("{i},{d} €", "{i} euros"),
    "pl": ("{i},{d} zł", "{i} zł", "PLN {i},{d}"), "tr": ("{i} TL", "₺{i},{d}", "{i},{d} TL"),
    "ro": ("{i},{d} lei", "{i} RON"), "ch": ("CHF {i}.{d}", "Fr. {i}.–"),
    "pk": ("Rs. {i},{d}0", "PKR {i}000", "{i}k rupay"), "in": ("₹{i},{d}0", "Rs {i}", "INR {i}.{d}"),
    "ng": ("₦{i},{d}0", "N{i}k", "NGN {i}000"), "ph": ("₱{i}.{d}", "PHP {i}", "{i} pesos"),
    "gr": ("{i},{d}€", "{i} ευρώ"), "ke": ("KSh {i}", "Ksh.{i}", "KES {i}.{d}"),
    "cn": ("¥{i}", "{i}元", "RMB {i}"), "us": ("${i}.{d}", "US$ {i}"),
}  # fmt: skip
# Order refs (several shaped like phone numbers or dates) and claim ids: 9 digit, X letter.
ORDER_SHAPES = (
    "999-9999999-9999999", "W999999999", "#99999999", "ORD-999999", "99999999", "0999 999 9999",
    "07999 999999", "X99X999XX", "XXX-99999-X", "CMD-2026-99999",
    "9999-9999-9999", "ZAL-999999999", "99/99/9999-99", "PL99999999", "TY-9999999999", "99.999.999",
)  # fmt: skip
CLAIM_SHAPES = (
    "CLM-2026-999999", "TCB-9999999", "Q-9999999", "AWN/99999", "KS-99999", "#C99999",
    "claim-99999999", "RK-999-999", "MC999999", "TC9999999", "99999999-C", "REF 999 999",
)  # fmt: skip
MEMBER_SHAPES = (
    "99999999",
    "9999999",
    "M-9999999",
    "TCB9999999",
    "Q99999",
    "KS-99999-X",
    "99999-99999",
)
