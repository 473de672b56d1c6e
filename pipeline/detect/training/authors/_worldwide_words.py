"""Foreign claim words of the worldwide author: phrases that look like names and are not.

``PHRASES`` fills the unlabelled ``{WORD}`` slot (a capitalised word such as "Acquisto" or
"Pedido" at the head of a line is the look-alike the NER must leave alone). ``WORD_NAMES``
are given names that are also common words in their language ("Esperanza", "Umut", "Asha"):
the shopper draw uses them as names, and ``WORD_LINES`` uses the same words as words.
"""

from __future__ import annotations

# Claim vocabulary by language, written as shoppers paste it into an English note.
PHRASES = {
    "it": ("Acquisto", "acquisto online", "rimborso", "Rimborso mancante", "borsa", "Borsa",
           "ordine", "Reclamo", "cashback non accreditato", "Spedizione", "Grazie mille",
           "Buonasera", "Saldo", "Fattura", "scontrino"),
    "pl": ("brak zwrotu", "Brak zwrotu", "Zwrot", "zakup", "Zakup", "Zamówienie", "paragon",
           "Faktura", "Reklamacja", "Pozdrawiam", "proszę o pomoc", "Dziękuję", "Przesyłka"),
    "cy": ("arian yn ôl", "Arian yn ôl", "Archeb", "pryniant", "Diolch", "Hawliad", "Siop",
           "Croeso", "Bore da", "Prynu", "Anfoneb"),
    "pt": ("compra", "Compra", "pedido", "Pedido", "Reembolso", "Encomenda", "fatura",
           "Obrigado", "Loja", "Devolução", "Cupão", "Nota fiscal"),
    "es": ("compra", "Compra", "pedido", "Pedido", "Reembolso", "Factura", "Devolución",
           "Gracias", "Tienda", "Reclamación", "Envío", "Cupón", "Rebajas"),
    "ro": ("Comandă", "comanda", "Rambursare", "Factura", "Mulțumesc", "Cumpărătură",
           "Retur", "Magazin", "reducere", "Livrare"),
    "tr": ("Sipariş", "sipariş", "İade", "iade yok", "Fatura", "Teşekkürler", "Mağaza",
           "Kargo", "İndirim", "Alışveriş", "Kupon"),
    "ur": ("shukriya", "Shukriya", "Paisay wapas nahi aaye", "Khareedari", "order abhi tak",
           "Bhai", "Jazak Allah", "Meherbani", "Jaldi", "Raqam"),
    "hi": ("Dhanyavaad", "dhanyavaad", "Kharidari", "Paise wapas", "Namaste", "Kripya",
           "Jaldi karo", "Bill", "Dukaan", "Rakam"),
    "yo": ("E se", "E se gan", "Ẹ jọ̀ọ́", "Owó", "Oja", "Ra", "Ẹ káàbọ̀", "Ọjà", "Ẹ kú iṣẹ́"),
    "tl": ("Salamat po", "salamat", "Bayad", "Binili", "Paki", "Pakitulungan po",
           "Wala pang refund", "Tindahan", "Resibo", "Order ko po"),
    "el": ("Ευχαριστώ", "efcharistó", "Paraggelía", "Παραγγελία", "Αγορά", "Agorá",
           "Epistrofí", "Κατάστημα", "Τιμολόγιο", "Timológio"),
    "sw": ("Asante", "asante sana", "Ununuzi", "Duka", "Malipo", "Risiti", "Karibu"),
    "fr": ("Achat", "achat", "Remboursement", "Facture", "Commande", "Boutique", "Merci",
           "Réduction", "Livraison", "Avoir"),
    "de": ("Kauf", "Einkauf", "Rückerstattung", "Rechnung", "Bestellung", "Danke", "Laden",
           "Gutschrift", "Versand", "Rabatt"),
    "nl": ("Aankoop", "Terugbetaling", "Factuur", "Bestelling", "Bedankt", "Winkel",
           "Korting", "Bezorging"),
}  # fmt: skip

# Given names that are words in their language, by language (name, and the word's use).
WORD_NAMES = {
    "es": ("Esperanza", "Dolores", "Pilar", "Luz", "Paz", "Amparo", "Rosa", "Gloria",
           "Consuelo", "Milagros", "Soledad", "Mercedes", "Fe"),
    "it": ("Speranza", "Rosa", "Bella", "Fortunato", "Felice", "Serena", "Stella", "Gioia"),
    "pt": ("Glória", "Rosa", "Luz", "Graça", "Fátima", "Alegria", "Vitória"),
    "tr": ("Umut", "Deniz", "Güneş", "Yıldız", "Barış", "Ay", "Çiçek", "Bahar", "Sevgi"),
    "el": ("Ειρήνη", "Irini", "Elpida", "Ελπίδα", "Sofia", "Chara", "Agapi"),
    "hi": ("Asha", "Prem", "Anand", "Shanti", "Kiran", "Pooja", "Sundar", "Sona", "Chanda"),
    "ur": ("Noor", "Sabr", "Aman", "Raza", "Sitara", "Khushi", "Iman", "Zindagi"),
    "tl": ("Ligaya", "Tala", "Mahal", "Bituin", "Liwayway", "Dalisay", "Luningning"),
    "yo": ("Ayo", "Ire", "Ifẹ", "Ọlá", "Ayọ̀", "Ìfẹ́", "Ire-Ọlá"),
    "cy": ("Heulwen", "Eirlys", "Seren", "Gwawr", "Tegwen", "Awen", "Hedd"),
    "ro": ("Speranța", "Floare", "Doina", "Lumința", "Victoria"),
}  # fmt: skip

# Clean notes that use the word-names above as plain words, with foreign claim words.
WORD_LINES = (
    "Con esperanza de que {MERCHANT} pague el cashback del pedido {ORDER} ({AMOUNT}).",
    "Pedido {ORDER}: mucha paz y paciencia, {MERCHANT} aún no confirma. Gloria a {NETWORK}!",
    "Sin luz en el portal de {MERCHANT}; compra {ORDER} del {DATE}, {AMOUNT}.",
    "Acquisto {ORDER} su {MERCHANT}: con speranza, {AMOUNT}, una borsa bella per {EVENT}.",
    "Felice di ricevere il rimborso di {AMOUNT} per l'ordine {ORDER}, stella {MERCHANT}.",
    "Compra de {AMOUNT} na {MERCHANT}, encomenda {ORDER}; graça a {NETWORK}, vitória!",
    "Umut ediyorum {MERCHANT} öder: sipariş {ORDER}, {AMOUNT}, deniz kenarında teslim.",
    "Bahar indirimi {MERCHANT}: sipariş {ORDER} {DATE}, iade yok, {AMOUNT}.",
    "Asha hai ki {MERCHANT} cashback de dega, order {ORDER}, {AMOUNT}. Dhanyavaad",
    "Prem se bola tha, order {ORDER} {MERCHANT} se, {AMOUNT}, paise wapas nahi aaye.",
    "Khushi hogi agar {MERCHANT} ka cashback aaye, order {ORDER}, {AMOUNT}. Shukriya",
    "Sabr kar raha hoon, {MERCHANT} order {ORDER} {DATE} se pending hai, {AMOUNT}.",
    "Mahal ang {PRODUCT} sa {MERCHANT}, {AMOUNT}, order {ORDER}. Salamat po",
    "Ligaya sa pamilya ang {EVENT} sale ng {MERCHANT}, pero wala pang refund: {ORDER}.",
    "Ayo ni pe {MERCHANT} ti san {AMOUNT}, order {ORDER}. E se gan",
    "Ire o! {MERCHANT} approved claim {CLAIM}, {AMOUNT}. E se",
    "Elpida: {MERCHANT} παραγγελία {ORDER}, {AMOUNT}, efcharistó.",
    "Ειρήνη και υπομονή: Αγορά {ORDER} από {MERCHANT}, {AMOUNT}.",
    "Seren y siop: {MERCHANT}, archeb {ORDER}, dim arian yn ôl ers {DATE}.",
    "Heulwen braf yn {TOWN}, ond dim arian yn ôl gan {MERCHANT} am {ORDER}, {AMOUNT}.",
    "Brak zwrotu od {MERCHANT}, zakup {ORDER} z {DATE}, {AMOUNT}. Pozdrawiam",
    "Cu speranța că {MERCHANT} plătește: comanda {ORDER}, {AMOUNT}, floare de {EVENT}.",
)

# Clean notes built around a foreign claim word ({WORD}) beside English.
PHRASE_LINES = (
    "{WORD}: {MERCHANT} order {ORDER}, {AMOUNT}, {DATE}.",
    "{WORD} - {MERCHANT} - {ORDER} - {AMOUNT}",
    "{WORD} at {MERCHANT} on {DATE}, {WORD2}, ref {ORDER}.",
    "{MERCHANT} {WORD} {AMOUNT} ({ORDER}) {WORD2}",
    "Re: {WORD} {ORDER}\n{MERCHANT}, {AMOUNT}, {DATE}\n{WORD2}",
    "{WORD}! {PRODUCT} from {MERCHANT} for {EVENT}, {AMOUNT}, still untracked.",
    "Claim {CLAIM} ({WORD}) - {MERCHANT} says the {PRODUCT} was a gift. {WORD2}",
    "{WORD} {WORD2} {MERCHANT} {ORDER} {AMOUNT}",
)

# Notes in the languages the Faker-style templates lack, naming the shopper.
PERSONAL_LINES = {
    "ur": (
        "Assalam o alaikum, main {NAME} hoon, {MERCHANT} ka order {ORDER} track nahi hua. Shukriya",
        "{FIRST} bhai ne {PHONE} se call kiya, claim {CLAIM}, {AMOUNT} abhi tak nahi aaye.",
        "Meherbani karke {EMAIL} pe update bhej dein, order {ORDER}, {SURNAME} sahab.",
        "Ghar ka pata: {ADDRESS}. Baji {FIRST} ka member no {MEMBER} hai.",
        "Begum {SURNAME} ki khareedari {MERCHANT} se, {AMOUNT}, {DATE}. Jazak Allah",
    ),
    "hi": (
        "Namaste, mera naam {NAME} hai, {MERCHANT} order {ORDER} ({AMOUNT}) ka cashback nahi mila.",
        "{FIRST} ji ka number {PHONE} hai, kripya claim {CLAIM} check karein. Dhanyavaad",
        "{SURNAME} parivar ne {EVENT} par {PRODUCT} liya, {AMOUNT}, order {ORDER}.",
        "Pata: {HOUSE}, {STREET}, {TOWN} {POSTCODE}. {NAME} ka order {ORDER} pending hai.",
    ),
    "yo": (
        "E kaaro, oruko mi ni {NAME}. Order {ORDER} lati {MERCHANT}, {AMOUNT}. E se",
        "Ẹ jọ̀ọ́, {FIRST} ni, {PHONE}, claim {CLAIM} ko ti de. E se gan",
        "Mama {SURNAME} ra {PRODUCT} ni {MERCHANT} fun {EVENT}, {AMOUNT}.",
        "Alhaji {SURNAME}, {ADDRESS}, member {MEMBER}. Owó ko ti de fun {ORDER}.",
        "Ẹ káàbọ̀ {FIRST}! Aunty {FIRST2} sọ pé {MERCHANT} ko sanwo, {EMAIL}.",
    ),
    "tl": (
        "Magandang araw po, ako si {NAME}, order {ORDER} sa {MERCHANT} ({AMOUNT}). Salamat po",
        "Paki-check po ang claim {CLAIM}, si {FIRST} ito, {PHONE}.",
        "Binili ni Gng. {SURNAME} ang {PRODUCT} noong {DATE}, {AMOUNT}. Email: {EMAIL}",
        "Ate {FIRST} po ito, address: {ADDRESS}. Kuya {FIRST2} ang nag-order, {ORDER}.",
        "Si {NAME} (member {MEMBER}) ay bumili sa {MERCHANT}. Wala pang refund.",
    ),
    "el": (
        "Καλημέρα, είμαι ο {NAME}, παραγγελία {ORDER} από {MERCHANT}, {AMOUNT}.",
        "Kaliméra, {FIRST} edó, paraggelía {ORDER}, tel {PHONE}. Efcharistó",
        "Η κυρία {SURNAME} αγόρασε {PRODUCT} στις {DATE}, {AMOUNT}, claim {CLAIM}.",
        "Διεύθυνση: {ADDRESS}. Email {EMAIL}, κ. {SURNAME}.",
    ),
    "sw": (
        "Habari, jina langu ni {NAME}, oda {ORDER} ya {MERCHANT}, {AMOUNT}. Asante",
        "{FIRST} alipiga simu kutoka {PHONE}, dai {CLAIM}. Asante sana",
        "Anwani: {ADDRESS}. Mama {SURNAME}, nambari ya mwanachama {MEMBER}.",
    ),
    "mixed": (
        "{WORD}: {NAME} ordered from {MERCHANT} on {DATE}, {AMOUNT}, order {ORDER}. {WORD2}",
        "{WORD} {ORDER} - {FIRST} ({PHONE}) says {MERCHANT} never paid. {WORD2}",
        "{NAME} / {WORD} / {MERCHANT} / {AMOUNT} / {WORD2}",
        'Customer {FIRST} wrote: "{WORD}, {WORD2}" - order {ORDER} at {MERCHANT}, {EMAIL}',
        "{WORD}! Mrs {SURNAME} from {TOWN} bought a {PRODUCT}, {AMOUNT}, claim {CLAIM}.",
        "{FIRST}: {WORD} {AMOUNT} {MERCHANT}, {WORD2}. Member {MEMBER}.",
        "{FIRST} Hanım'ın siparişi {ORDER}: {WORD}. {SURNAME} Bey'in telefonu {PHONE}.",
        "Señora {SURNAME} - {WORD} - {STREET}, {POSTCODE} - {WORD2}",
        "{WORD}\n{NAME}\n{HOUSE}\n{STREET}\n{TOWN} {POSTCODE}\n{WORD2}",
    ),
}
