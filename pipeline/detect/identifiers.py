"""Identifiers in free text that nothing explains: taken for the shopper's member id.

A claim note names many codes: its order ref and claim id (on the row's allow-list), the
batch's other orders (the batch list keeps them), tracking numbers, SKUs, vouchers, dates,
times and amounts. A code that is none of these, and that no word before it names as some
other record, is most likely the shopper's own number at the site ("Please check 9956180469
against ...", "My details: <name>, 95 2185 3209, <e-mail>", "Account holder <name>;
TZ-018-22212"). Member-id cues cannot be listed in every language and phrasing, so the rule
runs the other way: what is explained stays, the rest is tokenised as a member id.

Explained (kept):

- a product noun right before it ("the Emma mattress (5067385882394)");
- a record word or a courier shortly before it in the same clause ("order", "ref",
  "tracking", "SKU", "item", "EAN", "invoice", "ticket", "voucher", "Evri", "DPD" ...,
  in the languages claims come in);
- a shape with a meaning of its own: a date or a year range, a time ("0930hrs", "15h15"),
  a range of numbers ("239-241"), a
  voucher (a word and a few digits: "WELCOME10", "SPRING-20OFF"), a tracking number of a
  known format (UPU S10 "RM123456789GB", UPS "1Z...", DHL eCommerce "JD0002...");
- a short number (fewer than six digits and no letters): a quantity, a price, a PLU.

Runs after every other recognizer: a code another finding covers (a phone, a postcode) is
that finding's; one on the row's or the batch's allow-list is dropped with the other
allowed findings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.detect.contacts import ID_TOKEN_RE, is_member_id
from pipeline.detect.guards import PRODUCT_NOUNS
from pipeline.detect.patterns import TIME_RE

# Words that name a code as some record other than the shopper's account. "ref" alone names
# none ("ref CW11920774 pls", "Your ref for me: 68975622"); "order ref", "DPD ref" do.
_RECORD_WORDS = (
    r"orders?|ordered|ordr|tracking|tracked|track|trk|parcels?|packages?|"
    r"shipments?|consignments?|waybill|awb|delivery|deliveries|collection|returns?|rma|"
    r"sku|skus|item|items|product|products|article|art|model|style|ean|upc|gtin|isbn|plu|asin|"
    r"barcode|serial|imei|part|batch|lot|size|colour|color|"
    r"invoice|receipt|transaction|txn|payment|booking|basket|cart|ticket|case|complaint|"
    r"query|enquiry|incident|claim|claims|voucher|coupon|promo|discount|code|gift[ \t]?card|"
    r"click|session|campaign|store|branch|till|pos|terminal|flight|pnr|"
    # the same in the languages claims come in
    r"bestell\w*|sendung\w*|commande|colis|suivi|pedido|env[íi]o|seguimiento|ordine|"
    r"spedizion\w*|zam[óo]wieni\w*|przesy[łl]k\w*|paczk\w*|tilau\w*|seuranta\w*|"
    r"l[äa]hetys\w*|sipari[şs]\w*|kargo|ordre|bestelling|objedn[áa]v\w*|rendel[ée]s\w*|"
    r"comand[aă]\w*|παραγγελ\w*|заказ\w*|encomenda|ordu\w*|ordúil|ord[uú]|archeb\w*|"
    r"pakk\w*|forsendelse|s[äa]ndning\w*|zending|pakket|narud[žz]b\w*|u[žz]sakym\w*|"
    r"pas[ūu]t[īi]jum\w*|tellimus\w*|porud[žz]bin\w*|naro[čc]il\w*|bestilling\w*|"
    r"best[äa]llning\w*|p[öo]ntun\w*|поръчк\w*|замовлен\w*|посилк\w*|посылк\w*"
)
_COURIERS = (
    r"royal[ \t]mail|parcelforce|evri|hermes|dpd|dhl|ups|fedex|tnt|yodel|gls|inpost|"
    r"an[ \t]post|fastway|dx|apc|whistl|menzies|arrow[ \t]xl|panther|tuffnells|citysprint|collect\+|amazon[ \t]logistics|"
    r"postnl|bpost|la[ \t]poste|colissimo|chronopost|correos|seur|nacex|mrw|brt|sda|ctt|"
    r"poczta[ \t]polska|deutsche[ \t]post|hermes[ \t]uk|omniva|packeta|posti|postnord|"
    r"bring|budbee|instabox|nightline"
)
# A record word or courier, then at most a few words (no clause boundary, though the dot
# of "no.", "art." or "ref." may stand between), then the code.
# An aside in brackets that names a record ("(the long one, not the order no.) is EF853")
# explains nothing after it; a bracket round the word itself does ("Parcel (DPD) 1550...").
_GAP = r"(?:[^.;!?\n)]|(?:(?<=no)|(?<=nr)|(?<=art)|(?<=ref)|(?<=num)|(?<=n°))\.)"
_EXPLAINED_BEFORE_RE = re.compile(
    rf"(?<![^\W_])(?:{_RECORD_WORDS}|{_COURIERS})(?![^\W_])(?:[ \t]*\))?{_GAP}{{0,30}}\Z",
    re.IGNORECASE,
)
# A record word right after the code: "55120934 (order)", "JD0002... is the tracking".
_EXPLAINED_AFTER_RE = re.compile(
    rf"[ \t]*(?:\([ \t]*|[-–,:][ \t]*|is[ \t]+(?:the|my|our)[ \t]+|(?:the|my)[ \t]+)?"
    rf"(?:{_RECORD_WORDS}|{_COURIERS})(?![^\W_])",
    re.IGNORECASE,
)
_FILE_AFTER_RE = re.compile(r"\.(?i:jpe?g|png|gif|heic|webp|pdf|docx?|xlsx?|csv|txt|zip|mp4|mov)\b")
_YEAR_RANGE_RE = re.compile(r"(?:19|20)\d\d[-/](?:19|20)?\d\d")
_ISO_DATE_RE = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d(?:T[0-2]\d(?::?[0-5]\d){0,2})?")
_COMPACT_DATE_RE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_SPACED_DATE_RE = re.compile(r"\d{1,2}[ \t]\d{1,2}[ \t](?:19|20)?\d\d")
_TIME_AFTER_RE = re.compile(r"[ \t]?(?i:hrs|hours|h\b|am\b|pm\b|uhr\b)")
# A code whose own letters name its record: "ORD/05/49982", "INV-260326", "TKT 55120",
# "RMA4471", "PO-88213".
_RECORD_PREFIX_RE = re.compile(
    r"(?:ord|order|inv|invoice|tkt|ticket|rma|txn|trx|po|so|clm|claim|ret|rtn|awb|bkg|case|"
    r"qry|inc)[ \t]?[-/#_.:]?[ \t]?\d",
    re.IGNORECASE,
)
_RANGE_RE = re.compile(r"(\d{1,4})[a-zA-Z]?-(\d{1,4})[a-zA-Z]?")
# A voucher or a shop's SKU: a word and a few digits ("WELCOME10", "SPRING-20OFF"), or words
# joined before them ("HOPE-TOTE-09", "MAJOR-TOTE-57").
_VOUCHER_RE = re.compile(
    r"(?:[A-Za-z]{3,}-){0,2}[A-Za-z]{3,}-?\d{1,4}(?:[A-Za-z]{1,3})?|[A-Za-z]{3,}-?\d\d-?OFF", re.I
)
_TRACKING_RE = re.compile(
    r"[A-Z]{2}[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{3}[ \t]?[A-Z]{2}"  # UPU S10 (Royal Mail, An Post)
    r"|1Z[0-9A-Z]{16}"  # UPS
    r"|JD\d{16,18}"  # DHL eCommerce
    r"|JJD\d{10,20}"  # DHL Parcel
    r"|H\d{2}[A-Z]{3}\d{10}"  # Evri
)
# The word right before a code, past a bracket, comma or colon: a product noun names it.
_NOUN_BEFORE_RE = re.compile(r"(?P<noun>[^\W\d_][\w\-]*)[ \t]*[(,:]?[ \t]*\Z")
# How far back a record word may name the code (a few words).
_LOOK_BACK = 48


def _in_tracking_number(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a tracking number of a known format, or its digits."""
    return any(
        m.start() <= start and end <= m.end()
        for m in _TRACKING_RE.finditer(text, max(0, start - 3), end + 3)
    )


def _explained(text: str, start: int, end: int) -> bool:
    value = text[start:end]
    compact = re.sub(r"[\s\-/.]", "", value)
    digits = sum(c.isdigit() for c in compact)
    if digits == len(compact) and digits < 6:
        return True  # a quantity, a price, a PLU
    if " " in value and (digits < 8 or _SPACED_DATE_RE.fullmatch(value)):
        return True  # "2026 12", "14 09 2026": words of a date, not a code
    if _YEAR_RANGE_RE.fullmatch(value) or _COMPACT_DATE_RE.fullmatch(value):
        return True
    if _ISO_DATE_RE.fullmatch(value):
        return True  # "2026-07-19T08" of "2026-07-19T08:14:22Z": a timestamp
    if _VOUCHER_RE.fullmatch(value):
        return True
    if _RECORD_PREFIX_RE.match(value):
        return True  # the code names its record itself
    if _in_tracking_number(text, start, end):
        return True  # "RM123456789GB", and the digits of "CE 123 456 789 IE"
    if TIME_RE.fullmatch(value) or (_TIME_AFTER_RE.match(text, end) and digits <= 4):
        return True  # "1245hrs", "15h15", "0930 hrs"
    pair = _RANGE_RE.fullmatch(value)
    if pair and int(pair[1]) <= int(pair[2]):
        return True  # "239-241": house numbers or a range of numbers
    before = text[max(0, start - _LOOK_BACK) : start]
    if _EXPLAINED_BEFORE_RE.search(before):
        return True
    noun = _NOUN_BEFORE_RE.search(before)
    if noun is not None and noun.group("noun").lower() in PRODUCT_NOUNS:
        return True  # "the Emma mattress (5067385882394)", "the Rosa tote, 5096956156414"
    if _FILE_AFTER_RE.match(text, end):
        return True  # "IMG_20260912_104455.jpg": a file's name
    return _EXPLAINED_AFTER_RE.match(text, end) is not None


# Records whose numbers may look like a phone's or a card's; never "delivery", "store" or
# "claim" ("delivery number 07700 900124" is a phone).
_NUMBERED_RECORDS = (
    r"sku|item|product|article|art|model|ean|upc|gtin|isbn|plu|asin|barcode|serial|imei|part|"
    r"batch|lot|tracking|trk|parcel|consignment|shipment|waybill|awb|invoice|transaction|txn|"
    r"ticket|case|voucher|coupon|promo|sendung\w*|seuranta\w*|suivi|seguimiento"
)
# Such a record word, or a courier, right before a number: "SKU 8468-806-80", "EAN
# 5052474077779", "item no. 889832", "Evri | 19803185813660"; the number is that record's.
_RECORD_RIGHT_BEFORE_RE = re.compile(
    rf"(?<![^\W_])(?:{_NUMBERED_RECORDS}|{_COURIERS})(?![^\W_])[ \t]*(?:(?:no\.?|nr\.?|number|"
    r"num|id|code|ref|#|:|\||-|\(|is|was)[ \t]*){0,2}\Z",
    re.IGNORECASE,
)


def names_another_record(text: str, start: int, end: int) -> bool:
    """True when a phone- or card-shaped number is some record's: a record word or a
    courier right before it, or the digits of a tracking number of a known format ("CE 082
    974 111 IE")."""
    if _RECORD_RIGHT_BEFORE_RE.search(text, max(0, start - 32), start):
        return True
    return _in_tracking_number(text, start, end)


def find_unexplained_ids(text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Offsets of id-shaped codes no other finding covers and nothing in the note explains."""
    if not any(c.isdigit() for c in text):
        return []
    codes: list[tuple[int, int, bool]] = []
    for match in ID_TOKEN_RE.finditer(text):
        value = match.group("id").strip()
        start = match.start("id")
        end = start + len(value)
        if any(s < end and start < e for s, e in taken):
            continue
        if not any(c.isdigit() for c in value) or not is_member_id(value):
            continue
        codes.append((start, end, _explained(text, start, end)))
    found = []
    for index, (start, end, explained) in enumerate(codes):
        if not explained and not _listed_with_a_record(text, codes, index):
            found.append((start, end))
    return found


# Codes listed together name the same kind of record: "Tracking numbers: JD0002... /
# 8236082676", "came separately (6236998063, JJD3154272486458)".
_LIST_JOIN_RE = re.compile(r"[ \t]*(?:[,/&|;]|and|or)[ \t]*", re.IGNORECASE)


def _listed_with_a_record(text: str, codes: Sequence[tuple[int, int, bool]], index: int) -> bool:
    """True when the code next to this one in a list is a tracking number of a known format
    or is named by a record word before it ("Orders: 5512093, ..."). A code that names only
    itself ("ORD-2026-517694") says nothing of its neighbours ("usr_be8dfdc2 / ORD-...")."""
    start, end, _ = codes[index]
    for other in (index - 1, index + 1):
        if not 0 <= other < len(codes):
            continue
        o_start, o_end, _ = codes[other]
        gap = text[o_end:start] if other < index else text[end:o_start]
        if not _LIST_JOIN_RE.fullmatch(gap):
            continue
        before = text[max(0, o_start - _LOOK_BACK) : o_start]
        if _in_tracking_number(text, o_start, o_end) or _EXPLAINED_BEFORE_RE.search(before):
            return True
    return False
