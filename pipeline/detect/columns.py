"""Column classification by header meaning and content together (no model needed).

A header that names a street, address, house, town, contact, phone, e-mail, name or member
makes the column personal of that kind whatever share of sampled cells matched: content can
add kinds (``cell_parts`` splits a cell holding a phone and an e-mail, or a name and an
e-mail, and gives each part its own kind), never take the header's away. A header that
names a business field (merchant, order, amount ...) is never read as personal this way.

Other columns are classified on content: sampled cells are tested against patterns (email,
phone, postcode, street address, name shape) and statistics (distinctness, length, word
count), so cryptic headers (f1, col_b) work too. A member id cannot be told from an order
ref by content, so MEMBER needs a header that says so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from pipeline.config import DetectionConfig
from pipeline.detect.patterns import (
    EMAIL_RE,
    HOUSE_WORDS,
    INTL_PHONE_RE,
    NAME_PARTICLES,
    PERSON_NAMED_BRANDS,
    POSTCODE_RE,
    POSTCODE_TAIL_RE,
    UK_TOWNS,
    find_street_lines,
    find_uk_phones,
    fold,
    is_email,
    is_postcode,
    is_street_line,
    is_uk_phone,
    looks_like_name,
    with_extension,
)
from pipeline.models import FREE_TEXT, Method

_HINTS: dict[str, tuple[str, ...]] = {
    "EMAIL": ("email", "e mail", "mail"),
    "PHONE": ("phone", "tel", "telephone", "mobile", "mob", "cell", "contact number"),
    "POSTCODE": ("postcode", "post code", "postal code", "zip", "zipcode", "pcode"),
    "ADDRESS": ("address", "addr", "street", "line1", "line 1", "address1", "town", "city",
                "county", "house", "road", "locality"),
    "NAME": ("name", "surname", "forename", "first", "last", "firstname", "lastname",
             "fullname", "given", "family", "fname", "lname"),
    FREE_TEXT: ("comment", "comments", "note", "notes", "message", "details", "description",
                "remarks", "remark", "reason", "query", "enquiry", "feedback", "text",
                "explanation", "info", "information", "memo", "narrative"),
}  # fmt: skip
_MEMBER_HINTS = ("member", "customer", "user", "saver", "account", "shopper", "cust",
                 "client", "subscriber", "loyalty", "supporter", "cardholder", "username",
                 "login", "scheme", "clubcard", "nectar")  # fmt: skip
# Headers that name a business field: never personal, whatever the content looks like.
_KEEP_HINTS = ("merchant", "retailer", "advertiser", "brand", "store", "shop", "programme",
               "program", "publisher", "affiliate", "network", "campaign", "order", "transaction",
               "invoice", "claim", "enquiry id", "inquiry", "sku", "product", "amount", "value",
               "commission", "cashback", "payout", "date", "time", "status", "currency", "type",
               "click", "tracking", "deadline", "mid", "site", "channel", "voucher", "total",
               "price", "qty", "quantity", "sale", "ref", "reference", "id", "company",
               "business")  # fmt: skip
_NOT_MEMBER_HINTS = ("merchant", "publisher", "advertiser", "order", "transaction", "claim",
                     "campaign", "click", "affiliate", "network", "date", "amount")  # fmt: skip
# Headers that name a personal field whatever the content: (kind, header words), first wins.
# CONTACT is not a token kind: such a column takes the kind its content shows most.
CONTACT = "CONTACT"
_HEADER_KINDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("EMAIL", ("email", "e mail", "mail", "emailaddress")),
    ("PHONE", ("phone", "tel", "telephone", "mobile", "mob", "cell", "telefon", "phoneno")),
    ("POSTCODE", ("postcode", "post code", "postal code", "zip", "zipcode", "pcode")),
    ("ADDRESS", ("address", "addr", "street", "house", "town", "city", "road", "county",
                 "address1", "line1", "line 1", "locality", "streetaddress")),
    (CONTACT, ("contact",)),
    ("NAME", ("name", "surname", "forename", "firstname", "lastname", "fullname", "fname",
              "lname", "full name", "first name", "last name", "claimant", "cardholder",
              "payee", "recipient", "addressee", "initials", "known as", "nickname")),
    ("MEMBER", ("member", "membership", "memberid")),
)  # fmt: skip
# Business words that keep a header out of _HEADER_KINDS ("Merchant name", "Order date").
_BUSINESS_HINTS = tuple(h for h in _KEEP_HINTS if h not in ("id", "ref", "reference", "mid"))
# Free-text words that beat a personal header ("Contact notes"); "details" and "info" do not.
_PROSE_HINTS = tuple(h for h in _HINTS[FREE_TEXT] if h not in ("details", "info", "information"))
_STRICT_POSTCODE = re.compile(POSTCODE_RE.pattern)  # upper case only inside text
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-./#:]{1,40}")
_NUMBER_RE = re.compile(r"[£$€]?\s*-?[\d,]+(?:\.\d+)?\s*%?|-?\d+(?:\.\d+)?")
_DATE_RE = re.compile(
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}[- ][A-Za-z]{3,9}[- ]\d{2,4}"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_BRANDS = frozenset(PERSON_NAMED_BRANDS)
# A phone written with dots, spaces, dashes or brackets (07116.853989, +49 (0)711 6853989):
# 9 to 15 digits, national (0...) or international (+ or 00). Used on personal columns only.
_CELL_PHONE_RE = re.compile(r"(?<![\w+.])(?:\+|00|0)\d(?:[ .\-/]?\(?\d\)?){7,14}(?![\w])")
# A digit group right before or after a phone-shaped match: the match is part of a longer number.
_MORE_DIGITS_BEFORE_RE = re.compile(r"\d[ .\-/]?$")
_MORE_DIGITS_AFTER_RE = re.compile(r"[ .\-/]?\d")
_PART_WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
# Words that label a part of a contact cell and are not themselves personal.
_LABELS = frozenset({"tel", "phone", "telephone", "mobile", "mob", "cell", "email", "e", "mail",
                     "e-mail", "m", "t", "w", "h", "fax", "home", "work", "or", "and", "und", "et", "y",
                     "via", "contact", "at"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class ColumnPlan:
    """What to do with one column: its kind (token kind, "FREE_TEXT", or None = keep) and why.

    ``reason`` describes the evidence in words and numbers, never a cell value.
    """

    column: str
    kind: str | None
    method: Method
    confidence: float
    reason: str


# Header words of other languages, as the English words the hints above know: French, German,
# Spanish, Italian, Portuguese, Dutch, Polish and Welsh headers (accents folded first).
_FOREIGN_HEADER_WORDS = {
    "nom": "name", "prenom": "first name", "prenoms": "first name", "nachname": "last name",
    "vorname": "first name", "familienname": "last name", "apellido": "surname",
    "apellidos": "surname", "nombre": "name", "cognome": "surname", "nome": "name",
    "sobrenome": "surname", "naam": "name", "voornaam": "first name", "achternaam": "last name",
    "imie": "first name", "nazwisko": "surname", "enw": "name", "cyfenw": "surname",
    "titulaire": "cardholder", "destinataire": "recipient",
    "adherent": "member", "membre": "member", "mitglied": "member", "socio": "member",
    "lid": "member", "abonne": "subscriber", "kunde": "customer", "kundennummer": "customer id",
    "cliente": "customer", "klant": "customer", "klantnummer": "customer id", "aelod": "member",
    "courriel": "email", "correo": "email", "posta": "email",
    "telefono": "telephone", "telefoon": "telephone", "portable": "mobile", "handy": "mobile",
    "movil": "mobile", "cellulare": "mobile", "celular": "mobile", "ffon": "phone",
    "code postal": "postcode", "codigo postal": "postcode", "plz": "postcode",
    "postleitzahl": "postcode", "kod pocztowy": "postcode", "cod post": "postcode",
    "adresse": "address", "rue": "street", "ville": "town", "commune": "town",
    "strasse": "street", "ort": "town", "stadt": "town", "direccion": "address",
    "calle": "street", "ciudad": "town", "indirizzo": "address", "citta": "town",
    "adres": "address", "straat": "street", "woonplaats": "town", "plaats": "town",
    "morada": "address", "ulica": "street", "miasto": "town", "cyfeiriad": "address",
    "commentaire": "comment", "commentaires": "comments", "remarque": "remark",
    "remarques": "remarks", "observations": "remarks", "bemerkung": "remark",
    "kommentar": "comment", "comentario": "comment", "comentarios": "comments",
    "nota": "note", "notas": "notes", "opmerking": "remark", "opmerkingen": "remarks",
    "motif": "reason", "uwagi": "remarks", "sylwadau": "comments",
    "commande": "order", "bestellung": "order", "pedido": "order", "ordine": "order",
    "bestelling": "order", "zamowienie": "order", "marchand": "merchant",
    "enseigne": "retailer", "magasin": "store", "boutique": "store", "montant": "amount",
    "betrag": "amount", "importe": "amount", "importo": "amount", "bedrag": "amount",
    "kwota": "amount", "datum": "date", "fecha": "date", "statut": "status",
    "devise": "currency", "reclamation": "claim", "reclamacion": "claim",
    "reklamation": "claim", "editeur": "publisher", "produit": "product", "prix": "price",
    # inflected and plural forms, and the Nordic, Finnish, Czech and Turkish words
    "kunden": "customer", "kd": "customer", "klanten": "customer", "client": "customer",
    "clients": "customer", "klient": "customer", "klienta": "customer", "kund": "customer",
    "asiakas": "customer", "zakaznik": "customer", "musteri": "customer",
    "mitglieds": "member", "leden": "member", "lidmaatschap": "membership", "medlem": "member",
    "medlems": "member", "jasen": "member", "czlonek": "member", "czlonkowski": "member",
    "clen": "member", "uye": "member", "socia": "member", "associado": "member",
    "tessera": "loyalty card", "karte": "card", "kaart": "card", "carte": "card", "tarjeta": "card",
    "cartao": "card", "karta": "card", "karty": "card", "kort": "card",
    "nummer": "number", "numero": "number", "numer": "number", "nr": "number",
    "nro": "number", "numara": "number", "cislo": "number",
    "navn": "name", "namn": "name", "nimi": "name", "jmeno": "name", "isim": "name",
    "fornavn": "first name", "fornamn": "first name", "etunimi": "first name",
    "etternavn": "last name", "efternavn": "last name", "efternamn": "last name",
    "sukunimi": "last name", "prijmeni": "surname", "soyad": "surname", "soyadi": "surname",
    "rufname": "first name", "roepnaam": "first name", "tussenvoegsel": "surname",
    "voorletters": "initials", "initialen": "initials", "initiales": "initials",
    "iniciales": "initials", "iniziali": "initials", "iniciais": "initials",
    "inicjaly": "initials", "voorvoegsel": "surname",
    "anschrift": "address", "wohnort": "town", "adress": "address", "osoite": "address",
    "adresa": "address", "gata": "street", "vej": "street", "ulice": "street",
    "sokak": "street", "cadde": "street", "rua": "street", "haus": "house", "huis": "house",
    "hausnummer": "house", "huisnummer": "house", "numero civico": "house",
    "postnummer": "postcode", "postnr": "postcode", "postinumero": "postcode", "cap": "postcode",
    "codice postale": "postcode", "psc": "postcode", "posta kodu": "postcode",
    "miejscowosc": "town", "kaupunki": "town", "mesto": "town", "sehir": "town",
    "telefonnummer": "telephone", "telefoonnummer": "telephone", "puhelin": "telephone",
    "festnetz": "telephone", "vast": "telephone", "mobiel": "mobile", "mobil": "mobile",
    "gsm": "mobile", "komorka": "mobile", "telemovel": "mobile", "matkapuhelin": "mobile",
    "epost": "email", "sahkoposti": "email", "eposta": "email", "mailadres": "email",
    "emailadres": "email", "emailadresse": "email", "e post": "email",
    "anmerkung": "remark", "anteckning": "note", "beskrivelse": "description",
    "kommentti": "comment", "poznamka": "note", "aciklama": "description",
    "observacoes": "remarks", "osservazioni": "remarks", "bestallning": "order",
    "ordre": "order", "tilaus": "order", "objednavka": "order", "siparis": "order",
    "belopp": "amount", "belob": "amount", "summa": "amount", "summe": "amount",
    "dato": "date", "data": "date", "paivamaara": "date", "tarih": "date",
    "anrede": "title", "civilite": "title", "titre": "title", "tratamiento": "title",
    "titolo": "title", "aanhef": "title", "zwrot": "title", "codice": "code",
    "rad": "line", "zeile": "line", "linje": "line", "rivi": "line", "regel": "line",
    "ligne": "line", "linea": "line", "linia": "line",
    "fidelite": "loyalty", "fidelidad": "loyalty", "fedelta": "loyalty", "treue": "loyalty",
    "bestel": "order", "produkt": "product", "handler": "merchant", "haendler": "merchant",
    "firma": "company", "firmen": "company", "bedrijf": "company", "entreprise": "company",
    "empresa": "company", "azienda": "company",
}  # fmt: skip
# A compound header word is read as its known parts ("Mitgliedsnummer" -> "member number",
# "lidnr" -> "member number", "customerid" -> "customer id"): a known word, a linking "s" or
# "e" at most, and a known word or a word the hints know.
_KNOWN_PARTS = (
    frozenset(_FOREIGN_HEADER_WORDS)
    | frozenset(
        word
        for hints in (*_HINTS.values(), _MEMBER_HINTS, _KEEP_HINTS)
        for hint in hints
        for word in hint.split()
        if len(word) >= 2
    )
    | {"number", "no", "id", "code", "card", "initials"}
)
_FOREIGN_HEADER_RE = re.compile(
    r"(?<= )(?:"
    + "|".join(sorted(map(re.escape, _FOREIGN_HEADER_WORDS), key=len, reverse=True))
    + r")(?= )"
)


_HINT_WORDS = sorted(
    {
        word
        for hints in (*_HINTS.values(), _MEMBER_HINTS, _KEEP_HINTS, *(h for _, h in _HEADER_KINDS))
        for hint in hints
        for word in hint.split()
        if len(word) >= 6
    }
)


def _expanded(word: str) -> str:
    """An abbreviated header word as the hint word it shortens ("memb" -> "member", "desc"
    -> "description"), when every hint word it opens begins with the shortest of them."""
    starting = [h for h in _HINT_WORDS if h.startswith(word)]
    if not starting:
        return word
    shortest = min(starting, key=len)
    return shortest if all(h.startswith(shortest) for h in starting) else word


def _split_compound(word: str) -> str:
    """A compound of known header words as its parts; any other word as it is."""
    if len(word) >= 4 and word.isalpha() and word not in _KNOWN_PARTS:
        word = _expanded(word)
    if word in _KNOWN_PARTS or len(word) < 5:
        return word
    if word.endswith("s") and word[:-1] in _KNOWN_PARTS:
        return word[:-1]  # a plural: "Forenames", "Emails"
    for cut in range(len(word) - 2, 1, -1):
        head, tail = word[:cut], word[cut:]
        if tail not in _KNOWN_PARTS:
            continue
        for stem in (head, head[:-1] if head[-1:] in "se" else ""):
            if len(stem) >= 2 and stem in _KNOWN_PARTS:
                return f"{stem} {tail}"
    return word


def header_words(column: str) -> str:
    """A header as lower-case English words with a space either side: "House & Street" ->
    " house street ", "N° Adhérent" -> " n member ", "Kunden-Nr." -> " customer number ",
    "Lidnummer" -> " member number " (accents folded, compounds split into known words,
    other languages' header words put in English)."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", column).lower().replace("\u00df", "ss")
    spaced = re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", spaced)  # "ADDR1", "line2"
    plain = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode()
    words = " " + " ".join(_split_compound(w) for w in re.findall(r"[a-z0-9]+", plain)) + " "
    return _FOREIGN_HEADER_RE.sub(lambda m: _FOREIGN_HEADER_WORDS[m.group(0)], words)


def _has_hint(header: str, hints: Sequence[str]) -> bool:
    return any(f" {hint} " in header for hint in hints)


def _share(values: Sequence[str], test: Callable[[str], bool]) -> float:
    return sum(1 for v in values if test(v)) / len(values)


def _is_phone(value: str) -> bool:
    if is_uk_phone(value):
        return True
    stripped = value.strip()
    return bool(INTL_PHONE_RE.fullmatch(stripped) or _CELL_PHONE_RE.fullmatch(stripped))


def _holds(value: str) -> bool:
    """Whether a cell holds an e-mail address or a phone number anywhere in it."""
    return bool(EMAIL_RE.search(value) or _CELL_PHONE_RE.search(value) or find_uk_phones(value))


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of phone numbers in a cell: UK, international, and dotted or spaced ones;
    never the tail or head of a longer run of digit groups ("3210 0948 9677 7024", a card-
    style member number, holds no phone)."""
    spans = [m.span() for m in _CELL_PHONE_RE.finditer(text)]
    spans += [m.span() for m in INTL_PHONE_RE.finditer(text)]
    spans += find_uk_phones(text)
    return [
        (s, with_extension(text, e))
        for s, e in spans
        if not _MORE_DIGITS_BEFORE_RE.search(text, 0, s)
        and not _MORE_DIGITS_AFTER_RE.match(text, e)
    ]


def cell_parts(value: str, kind: str) -> list[tuple[int, int, str]] | None:
    """The personal parts of one cell of a personal column, or None when it is one value.

    E-mail addresses and phone numbers (dotted and spaced ones too) are found anywhere in
    the cell; each stretch of text around them that is more than a label ("Tel:", "or")
    is a part too, of the column's kind (of kind NAME in an e-mail or phone column when it
    has no digit, as in ``Sepp <sepp@example.de>``). None means the whole cell is one value
    of the column's kind and is replaced whole.
    """
    found: list[tuple[int, int, str]] = [(*m.span(), "EMAIL") for m in EMAIL_RE.finditer(value)]
    for start, end in sorted(phone_spans(value)):
        if not any(s < end and start < e for s, e, _ in found):
            found.append((start, end, "PHONE"))
    if not found:
        return None
    found.sort()
    stripped = value.strip()
    lead = len(value) - len(value.lstrip())
    if len(found) == 1 and found[0][:2] == (lead, lead + len(stripped)) and found[0][2] == kind:
        return None
    parts = list(found)
    cursor = 0
    for start, end, _ in [*found, (len(value), len(value), "")]:
        gap = _gap_part(value, cursor, start, kind)
        if gap is not None:
            parts.append(gap)
        cursor = max(cursor, end)
    return sorted(parts)


def _gap_part(value: str, start: int, end: int, kind: str) -> tuple[int, int, str] | None:
    """The text between two found values, from its first to its last word that is no label."""
    words = [m for m in _PART_WORD_RE.finditer(value, start, end) if fold(m.group()) not in _LABELS]
    if not words:
        return None
    first, last = words[0].start(), words[-1].end()
    part = value[first:last]
    if kind in ("EMAIL", "PHONE"):
        kind = "NAME" if not any(c.isdigit() for c in part) else kind
    return first, last, kind


def _is_address(value: str) -> bool:
    """A street line, or a few lines/comma parts with a street, a house name or a postcode."""
    text = value.strip()
    if len(text) > 160:
        return False
    if is_street_line(text):
        return True
    parts = [p for p in re.split(r"\s*[,\n;]\s*", text) if p]
    if not 2 <= len(parts) <= 7:
        return False
    if any(is_street_line(p) for p in parts):
        return True
    if any(set(_WORD_RE.findall(fold(p))) & HOUSE_WORDS and len(p.split()) <= 4 for p in parts):
        return True
    return POSTCODE_TAIL_RE.search(text) is not None and all(len(p.split()) <= 5 for p in parts)


def _is_town(value: str) -> bool:
    return fold(value.strip()) in UK_TOWNS


_SURNAME_FIRST = re.compile(r"\s*([^,]+?)\s*,\s*([^,]+?)\s*")


def _is_name(value: str) -> bool:
    """Name-shaped: one to five words, capitalised (or in a script without case) bar particles.

    "SURNAME, Given" is read as "Given SURNAME".
    """
    turned = _SURNAME_FIRST.fullmatch(value)
    if turned is not None:
        value = f"{turned.group(2)} {turned.group(1)}"
    if not looks_like_name(value):
        return False
    if value.islower() or value.isupper():
        return True
    words = [w for w in _WORD_RE.findall(value) if fold(w) not in NAME_PARTICLES]
    return bool(words) and all(w[0].isupper() or not w[0].islower() for w in words)


def _is_brand(value: str) -> bool:
    return fold(value.strip()) in _BRANDS


def _is_number_or_date(value: str) -> bool:
    text = value.strip()
    return _NUMBER_RE.fullmatch(text) is not None or _DATE_RE.fullmatch(text) is not None


def _is_id(value: str) -> bool:
    text = value.strip()
    return _ID_RE.fullmatch(text) is not None and any(c.isdigit() for c in text)


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _has_embedded(value: str) -> bool:
    """Whether a longer text carries an email, UK phone, postcode or street line inside it."""
    return bool(
        EMAIL_RE.search(value)
        or find_uk_phones(value)
        or _STRICT_POSTCODE.search(value)
        or find_street_lines(value)
    )


def _method(kind: str | None) -> Method:
    if kind is None:
        return Method.KEEP
    return Method.FREE_TEXT if kind == FREE_TEXT else Method.SAMPLING


def is_business_header(column: str) -> bool:
    """Whether a header names a business field (merchant, order, amount, date, claim id ...)."""
    return _has_hint(header_words(column), _KEEP_HINTS)


def header_kind(column: str) -> str | None:
    """The personal kind a header names ("House & Street", "Tel.", "E-Mail"), if any.

    CONTACT when it names a contact; None when it names none, names a business field
    ("Merchant name", "Order date") or free text ("Contact notes").
    """
    header = header_words(column)
    if _has_hint(header, _BUSINESS_HINTS) or _has_hint(header, _PROSE_HINTS):
        return None
    for kind, hints in _HEADER_KINDS:
        if _has_hint(header, hints):
            if kind == "MEMBER" and _has_hint(header, _NOT_MEMBER_HINTS):
                return None
            return kind
    return None


def _named_by_header(column: str, kind: str, values: Sequence[str]) -> ColumnPlan:
    """The plan of a column whose header names its kind; content only adds kinds to cells."""
    n = len(values)
    mixed = _share(values, _holds)
    if kind == CONTACT:
        email = _share(values, lambda v: EMAIL_RE.search(v) is not None)
        phone = _share(values, lambda v: bool(phone_spans(v)))
        kind = max((email, "EMAIL"), (phone, "PHONE"), (0.5, "NAME"))[1]
        why = (
            f"header names a contact; of {n} sampled cells {_percent(email)} hold an email, "
            f"{_percent(phone)} a phone; other parts are names"
        )
        return ColumnPlan(column, kind, Method.SAMPLING, 1.0, why)
    matched = _share(values, _KIND_TESTS[kind])
    why = (
        f"header names {_KIND_WORDS[kind]}; {_percent(matched)} of {n} sampled cells look like one"
    )
    if mixed and kind not in ("EMAIL", "PHONE"):
        why += f", {_percent(mixed)} hold an email or phone"
    return ColumnPlan(column, kind, Method.SAMPLING, 1.0, why)


_KIND_WORDS = {"EMAIL": "an email", "PHONE": "a phone", "POSTCODE": "a postcode",
               "ADDRESS": "an address", "NAME": "a name", "MEMBER": "a member id"}  # fmt: skip
_KIND_TESTS: dict[str, Callable[[str], bool]] = {
    "EMAIL": lambda v: EMAIL_RE.search(v) is not None,
    "PHONE": lambda v: bool(phone_spans(v)),
    "POSTCODE": is_postcode,
    "ADDRESS": lambda v: _is_address(v) or _is_town(v),
    "NAME": lambda v: _is_name(v),
    "MEMBER": lambda v: _ID_RE.fullmatch(v.strip()) is not None,
}


def classify_column(column: str, values: Sequence[str], cfg: DetectionConfig) -> ColumnPlan:
    """Classify one column from its sampled non-empty values; the reason holds no value."""
    if not values:
        named = header_kind(column)
        if named is not None:  # an empty sample proves nothing: the header still decides
            kind = "NAME" if named == CONTACT else named
            return ColumnPlan(column, kind, Method.SAMPLING, 1.0, "header names a personal field")
        return ColumnPlan(column, None, Method.KEEP, 0.0, "no values in the sample")
    named = header_kind(column)
    if named is not None:
        return _named_by_header(column, named, values)
    header = header_words(column)
    threshold = cfg.column_threshold
    n = len(values)
    sampled = f"of {n} sampled cells"
    distinct = len(set(values)) / n
    keep_header = _has_hint(header, _KEEP_HINTS)
    hinted = {kind: _has_hint(header, hints) for kind, hints in _HINTS.items()}

    def plan(kind: str | None, share: float, why: str) -> ColumnPlan:
        return ColumnPlan(column, kind, _method(kind), round(share, 3), why)

    def accept(kind: str, share: float) -> bool:
        # A header naming the kind halves the share needed (some cells are junk or blank).
        return share >= (threshold / 2 if hinted.get(kind) else threshold)

    # Whole-cell patterns that are personal whatever the header says.
    email = _share(values, is_email)
    if accept("EMAIL", email):
        return plan("EMAIL", email, f"{_percent(email)} {sampled} are email addresses")
    postcode = _share(values, is_postcode)
    if accept("POSTCODE", postcode):
        return plan("POSTCODE", postcode, f"{_percent(postcode)} {sampled} are UK postcodes")
    phone = _share(values, _is_phone)
    if accept("PHONE", phone) and (hinted["PHONE"] or not keep_header):
        return plan("PHONE", phone, f"{_percent(phone)} {sampled} are phone numbers")
    address = _share(values, _is_address)
    if accept("ADDRESS", address):
        return plan("ADDRESS", address, f"{_percent(address)} {sampled} are street addresses")

    # Free text: long, multi-word and varied, or short but carrying personal patterns inside.
    names = _share(values, _is_name)
    mean_words = sum(len(_WORD_RE.findall(v)) for v in values) / n
    long_text = _share(values, lambda v: len(_WORD_RE.findall(v)) >= 4 and len(v) >= 20)
    embedded = _share(values, _has_embedded)
    text_words = f"mean {mean_words:.0f} words"
    if hinted[FREE_TEXT] and mean_words >= 1.5:
        why = f"header names free text; {_percent(long_text)} {sampled} are multi-word"
        return plan(FREE_TEXT, max(long_text, 0.5), f"{why}, {text_words}")
    if long_text >= threshold and distinct >= 0.5:
        why = f"{_percent(long_text)} {sampled} are multi-word text, {text_words}"
        return plan(FREE_TEXT, long_text, why)
    if embedded >= 0.1 and mean_words >= 2:
        why = f"{_percent(embedded)} {sampled} hold an email, phone, postcode or street in text"
        return plan(FREE_TEXT, embedded, why)
    if mean_words >= 3 and distinct >= 0.6 and names < threshold and not keep_header:
        why = f"varied multi-word text, {_percent(distinct)} distinct, {text_words}"
        return plan(FREE_TEXT, distinct, why)

    brands = _share(values, _is_brand)
    if brands >= 0.3:
        return plan(None, brands, f"{_percent(brands)} {sampled} are known business names")
    towns = _share(values, _is_town)
    if accept("ADDRESS", towns) or (hinted["ADDRESS"] and towns >= 0.2 and not keep_header):
        return plan("ADDRESS", towns, f"{_percent(towns)} {sampled} are UK towns or counties")

    if names >= threshold / 2 and hinted["NAME"] and not keep_header:
        why = f"header names a person; {_percent(names)} {sampled} are name-shaped"
        return plan("NAME", names, why)
    # Names are mostly different; merchants, statuses and currencies repeat.
    varied = (distinct >= 0.3 or len(set(values)) >= 40) if n >= 10 else distinct >= 0.8
    if names >= threshold and varied and not keep_header:
        why = f"{_percent(names)} {sampled} are name-shaped, {_percent(distinct)} distinct"
        return plan("NAME", names, why)

    # Content cannot tell a member id from an order ref: only a header can.
    if _has_hint(header, _MEMBER_HINTS) and not _has_hint(header, _NOT_MEMBER_HINTS):
        ids = _share(values, lambda v: _ID_RE.fullmatch(v.strip()) is not None)
        if ids >= threshold:
            why = f"header names a member or customer id; {_percent(ids)} {sampled} are ids"
            return plan("MEMBER", ids, why)

    numeric = _share(values, _is_number_or_date)
    if numeric >= threshold:
        return plan(None, numeric, f"{_percent(numeric)} {sampled} are numbers, amounts or dates")
    ids = _share(values, _is_id)
    if ids >= threshold:
        return plan(None, ids, f"{_percent(ids)} {sampled} are references or ids")
    if distinct < 0.5:
        why = f"repeating labels: {_percent(distinct)} distinct {sampled}"
        return plan(None, 1 - distinct, why)
    personal = max(email, postcode, phone, address, names, towns, embedded)
    why = f"no personal pattern reaches {_percent(threshold)} {sampled}"
    return plan(None, 1 - personal, why)


def classify_columns(
    sample: pd.DataFrame, known: Mapping[str, str], cfg: DetectionConfig
) -> dict[str, ColumnPlan]:
    """Plan every column of the sample that ``known`` (the profile's classification) leaves out.

    The sample is the first rows of the file, all strings; up to ``cfg.sample_rows`` non-empty
    cells are used per column.
    """
    plans: dict[str, ColumnPlan] = {}
    for column in sample.columns:
        name = str(column)
        if name in known:
            continue
        cells = sample[column].tolist()
        values = [str(v) for v in cells if isinstance(v, str) and v.strip()][: cfg.sample_rows]
        plans[name] = classify_column(name, values, cfg)
    return plans
