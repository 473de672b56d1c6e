#!/usr/bin/env python3
"""Deterministic synthetic claim files, order export and expected decisions for every source layout.

Everything here is invented: names come from hand-written lists, emails use the reserved
example domains, phones the Ofcom drama ranges (07700 900xxx, 020 7946 0xxx, 0113 496 0xxx
...). A fixed seed makes the output byte-identical on every run, so ``python
samples/generate.py`` regenerates ``samples/`` exactly.

Usage::

    .venv/bin/python samples/generate.py                       # rewrite samples/ (60 rows a file)
    .venv/bin/python samples/generate.py --out /tmp/bench --rows 100000 --profile topcashback

Writes ``<out>/inbox/<file>`` per layout, ``<out>/orders/orders.csv`` (canonical layout) and
``<out>/expected_decisions.csv`` (file, row, claim_id, decision, reason_code, commission) so
tests can check the pipeline's decisions: they hold for a batch run on BATCH_DAY
(``CLAIMS_NOW=2026-09-30T12:00:00``). ``tests/quality/build.py`` reuses this module with
``gold`` switched on to write the labelled evaluation set.
"""

from __future__ import annotations

import argparse
import csv
import io
import multiprocessing
import os
import random
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import IO, Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CONFIGS = ROOT / "configs"
DEFAULT_SEED = 20260901
DEFAULT_ROWS = 60
NOTES_SHARE = 0.75  # share of rows carrying a free-text comment

# ---------------------------------------------------------------- names, places, merchants

# fmt: off
# (given names, family names) per culture; a person takes both from one culture.
CULTURES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "anglo": (
        ("Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Jack", "Emily", "Charlie", "Sophie",
         "Thomas", "Freya", "Hannah", "Daniel", "Chloe", "Matthew", "Rebecca", "Samuel", "Eleanor",
         "Joshua", "Lucy", "Gemma", "Stuart", "Kirsty", "Gareth", "Bethan", "Alistair", "Fiona"),
        ("Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Roberts", "Walker", "Wright",
         "Robinson", "Thompson", "Hughes", "Edwards", "Harris", "Clarke", "Jackson", "Turner",
         "Cooper", "Morris", "Davies", "Pritchard", "Llewellyn", "McLeod", "Fraser", "Whitfield"),
    ),
    "south_asian": (
        ("Priya", "Arjun", "Aisha", "Mohammed", "Sanjay", "Harpreet", "Gurpreet", "Anjali", "Rahul",
         "Fatima", "Imran", "Nadia", "Rajesh", "Deepika", "Venkatesh", "Sunita", "Vikram", "Zainab",
         "Kiran", "Ayesha", "Lakshmi", "Tariq"),
        ("Sharma", "Patel", "Khan", "Iqbal", "Gupta", "Kaur", "Singh", "Desai", "Mehta", "Begum",
         "Hussain", "Chowdhury", "Kumar", "Nair", "Subramanian", "Rahman", "Malik", "Reddy",
         "Bhattacharya", "Krishnamurthy"),
    ),
    "polish": (
        ("Tomasz", "Agnieszka", "Łukasz", "Małgorzata", "Krzysztof", "Katarzyna", "Paweł", "Zofia",
         "Michał", "Joanna", "Piotr", "Magdalena", "Wojciech", "Ewa", "Grzegorz", "Dorota"),
        ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski",
         "Zielińska", "Szymański", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski", "Mazur",
         "Grabowski", "Pawlak"),
    ),
    "nigerian": (
        ("Chinedu", "Ngozi", "Oluwaseun", "Chiamaka", "Emeka", "Funmilayo", "Babatunde", "Adaeze",
         "Ifeanyi", "Yetunde", "Tunde", "Folake", "Obinna", "Nneka", "Olumide", "Temitope"),
        ("Okafor", "Adeyemi", "Adebayo", "Eze", "Nwosu", "Ogunleye", "Balogun", "Obi", "Okonkwo",
         "Bello", "Olawale", "Nwachukwu", "Afolabi", "Uzor", "Oyelaran", "Chukwuemeka"),
    ),
    "chinese": (
        ("Wei", "Xiaoming", "Mei", "Jun", "Yan", "Hao", "Lei", "Jing", "Fang", "Min", "Xiu",
         "Zhen"),
        ("Zhang", "Wang", "Chen", "Liu", "Huang", "Zhao", "Wu", "Zhou", "Yang", "Xu", "Sun", "Li"),
    ),
    "arabic": (
        ("Ahmed", "Omar", "Layla", "Youssef", "Mariam", "Khalid", "Hassan", "Noor", "Samir",
         "Rania", "Karim", "Yasmin", "Tarek", "Huda"),
        ("Al-Sayed", "Haddad", "Mansour", "Ibrahim", "Saleh", "Abdullah", "Al-Hashimi", "El-Masri",
         "Nasser", "Khoury", "Hamdan", "Al-Farsi"),
    ),
    "irish": (
        ("Siobhán", "Niamh", "Ciarán", "Aoife", "Pádraig", "Róisín", "Seán", "Orla", "Eoin",
         "Caoimhe", "Declan", "Saoirse", "Dervla", "Cathal"),
        ("O'Brien", "O'Connor", "MacCarthy", "O'Sullivan", "D'Arcy", "Ó Murchú", "Ní Bhriain",
         "O'Neill", "Mac Giolla Phádraig", "Fitzgerald", "Ó Súilleabháin", "McGillicuddy"),
    ),
    "hyphenated": (
        ("Mary-Jane", "Jean-Paul", "Anna-Maria", "Lily-Mae", "Zoë", "Renée", "José", "Amélie",
         "Chloé", "Noël", "Björn", "Ines"),
        ("Clarke-Johnson", "Ashworth-Hale", "Owusu-Ansah", "Smith-Jones", "Lloyd-Evans",
         "Fenwick-Brown", "Hart-Davis", "Bamford-Okoro", "Dubois", "Fernández", "Müller",
         "García"),
    ),
    # Surnames a careless reader turns into a missing value.
    "tricky": (
        ("Kim", "Ji-woo", "Arthur", "Min-jun", "Grace", "Sung-min"),
        ("NA", "None", "Na", "Null"),
    ),
}
CULTURE_WEIGHTS = {
    "anglo": 28, "south_asian": 15, "polish": 10, "nigerian": 10, "chinese": 10,
    "arabic": 8, "irish": 9, "hyphenated": 7, "tricky": 3,
}
CULTURE_NAMES = tuple(CULTURES)
# Han-script names: (family, given) characters with their pinyin.
HAN_FAMILY = (
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
    ("杨", "Yang"), ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"),
)
HAN_GIVEN = (
    ("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("磊", "Lei"),
    ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"), ("杰", "Jie"), ("秀英", "Xiuying"),
    ("志强", "Zhiqiang"),
)
# Arabic-script names: (script, transliteration).
ARABIC_GIVEN = (
    ("محمد", "Mohammed"), ("أحمد", "Ahmed"), ("فاطمة", "Fatima"), ("ليلى", "Layla"),
    ("عمر", "Omar"), ("مريم", "Mariam"), ("يوسف", "Youssef"), ("خالد", "Khalid"),
)
ARABIC_FAMILY = (
    ("حداد", "Haddad"), ("منصور", "Mansour"), ("إبراهيم", "Ibrahim"), ("صالح", "Saleh"),
    ("العلي", "Al-Ali"), ("الخطيب", "Al-Khatib"), ("نصر", "Nasr"), ("حمدان", "Hamdan"),
)

STREET_NAMES = (
    "Acacia", "Victoria", "Station", "Church", "Park", "Mill", "Albert", "Queen's", "Manor",
    "Orchard", "Beech", "Chestnut", "Willow", "Highfield", "Grange", "Springfield", "St Mary's",
    "Windsor", "Clarence", "Cavendish", "Hawthorn", "Meadow", "Brookside", "Elmfield", "Tennyson",
    "Wordsworth", "Cromwell", "Belvedere", "Sycamore", "Kingfisher", "Ravensworth", "Larkspur",
    "Thornbury",
)
STREET_TYPES = ("Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Gardens",
                "Terrace",
                "Way", "Grove", "Place", "Mews", "Walk")
LOCALITIES = ("Headingley", "Moseley", "Roath", "Jesmond", "Didsbury", "Clifton", "Walthamstow",
              "Stoke Newington", "Morningside", "Partick", "Ecclesall", "Lenton", "Aigburth")
# (town, outward codes)
TOWNS = (
    ("Leeds", ("LS6", "LS11", "LS17", "LS8")), ("Manchester", ("M14", "M20", "M21", "M19")),
    ("London", ("E17", "N16", "SE15", "SW11", "NW6", "W3", "E1W", "EC1V", "SW1A")),
    ("Birmingham", ("B13", "B29", "B15")), ("Bristol", ("BS5", "BS7", "BS6")),
    ("Glasgow", ("G12", "G41", "G11")), ("Cardiff", ("CF24", "CF11", "CF14")),
    ("Edinburgh", ("EH6", "EH10", "EH3")), ("Belfast", ("BT7", "BT9")), ("Sheffield", ("S7",
                                                                                       "S11")),
    ("Nottingham", ("NG7", "NG5")), ("Leicester", ("LE2", "LE5")), ("Liverpool", ("L15", "L18")),
    ("Newcastle upon Tyne", ("NE6", "NE2")), ("Reading", ("RG1", "RG30")),
    ("Southampton", ("SO15", "SO17")), ("Norwich", ("NR2", "NR3")), ("Bradford", ("BD7", "BD9")),
    ("Luton", ("LU2", "LU4")), ("Croydon", ("CR0",)), ("Milton Keynes", ("MK9", "MK10")),
)
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "example.co.uk")
# Ofcom drama ranges; persons get the low half of each block, phone-like order refs the high half.
# (area code, subscriber prefix): the last three digits are 000-499 for people.
PHONE_BLOCKS = (
    ("07700", "900"), ("020", "79460"), ("0113", "4960"), ("0161", "4960"), ("0121", "4960"),
    ("0117", "4960"), ("0131", "4960"), ("0141", "4960"), ("029", "20180"), ("01632", "960"),
)
PHONE_WEIGHTS = (55, 12, 6, 5, 4, 4, 3, 3, 3, 5)

# (name, code used by networks that send ids, order-ref prefix, weight)
MERCHANTS = (
    ("John Lewis", "1402", "JL", 9), ("Ted Baker", "2291", "TB", 7), ("Jo Malone", "3518", "JM", 6),
    ("Marks & Spencer", "1567", "MS", 8), ("Argos", "1203", "AR", 6), ("Currys", "1599", "CU", 5),
    ("ASOS", "1840", "AS", 5), ("Boots", "2041", "BT", 4), ("Laura Ashley", "2775", "LA", 3),
    ("Karen Millen", "3102", "KM", 3), ("Charles Tyrwhitt", "3380", "CT", 3),
    ("Holland & Barrett", "2512", "HB", 3), ("Oliver Bonas", "4127", "OB", 3),
    ("Emma Bridgewater", "4410", "EB", 2), ("Hotel Chocolat", "3903", "HC", 3),
    ("Sainsbury's", "1109", "SA", 3), ("Dunelm", "2630", "DU", 2), ("Molton Brown", "3765", "MB",
                                                                    2),
)
OTHER_PUBLISHERS = ("AW-41872", "RK-3301", "IM-5520", "TCB-1001", "QC-2002", "KS-3003", "PZ-7710",
                    "WG-2040")
VOUCHERS = ("", "", "", "", "SPRING10", "WELCOME5", "FREEDEL", "STUDENT15", "NHS20")
# fmt: on

# ---------------------------------------------------------------------------- layouts

# Role of each column, per layout. Header names and order come from configs/sources/<name>.yaml
# (match.headers); the two cryptic layouts have no profile on purpose.
# fmt: off
ROLES: dict[str, dict[str, str]] = {
    "awin": {
        "enquiry_id": "claim_id", "merchant_id": "merchant_code", "type": "type",
        "click_ref": "click_ref",
        "amount": "value", "commission": "commission", "date": "tx_date",
        "customer_reference": "member",
        "reference": "order_ref", "description": "notes",
    },
    "rakuten": {
        "MID": "merchant_code", "Order ID": "order_ref", "Order Date": "tx_date",
        "Order Amount": "value",
        "Member ID": "member", "Comments": "notes",
    },
    "impact": {
        "Inquiry Id": "claim_id", "Campaign Id": "merchant_code", "Order Id": "order_ref",
        "Sale Amount": "value", "Transaction Date": "tx_date", "Type": "type",
        "Expected Payout": "commission",
        "Resolution Deadline": "deadline", "Customer ID": "member",
        "Tracking Link": "tracking_link",
        "Notes": "notes",
    },
    "topcashback": {
        "Claim Reference": "claim_id", "Member ID": "member", "Member Name": "name",
        "Email Address": "email", "Phone": "phone", "Address": "address_line",
        "Postcode": "postcode",
        "Retailer": "merchant", "Order Number": "order_ref", "Transaction Date": "tx_date",
        "Order Total": "value", "Expected Cashback": "commission", "Date Claimed": "claim_date",
        "Member Comments": "notes",
    },
    "quidco": {
        "claim_no": "claim_id", "user_id": "member", "first_name": "first", "last_name": "last",
        "email": "email", "merchant_name": "merchant", "order_id": "order_ref",
        "purchase_date": "tx_date",
        "purchase_amount": "value", "claim_date": "claim_date", "address_line1": "street",
        "town": "town",
        "post_code": "postcode", "notes": "notes",
    },
    "kidstart": {
        "ID": "claim_id", "Shop": "merchant", "Order Ref": "order_ref",
        "Date of Purchase": "tx_date",
        "Amount Spent": "value", "Saver Name": "name", "Saver Email": "email",
        "Home Address": "address_multi", "Postcode": "postcode", "Telephone": "phone",
        "Saver Number": "member", "Claim Date": "claim_date", "Details": "notes",
    },
    "easyfundraising": {
        "ref": "claim_id", "cause_id": "publisher", "supporter_name": "name",
        "supporter_email": "email",
        "supporter_phone": "phone", "retailer": "merchant", "order_reference": "order_ref",
        "order_date": "tx_date", "order_value": "value", "donation_expected": "commission",
        "submitted_at": "claim_date", "message": "notes",
    },
    "unknown": {
        "f1": "claim_id", "f2": "name", "f3": "email", "f4": "phone", "f5": "merchant",
        "f6": "order_ref",
        "f7": "tx_date", "f8": "value", "f9": "postcode", "f10": "address_line", "f11": "notes",
    },
    "cryptic_col": {
        "col_a": "claim_id", "col_b": "tx_date", "col_c": "last", "col_d": "first",
        "col_e": "email",
        "col_f": "value", "col_g": "merchant", "col_h": "order_ref", "col_i": "postcode",
        "col_j": "street",
        "col_k": "town", "col_l": "phone", "col_m": "notes",
    },
}
# Token kind of each personal role; "TEXT" is free text; every other role is must-keep.
ROLE_KIND = {
    "member": "MEMBER", "name": "NAME", "first": "NAME", "last": "NAME", "email": "EMAIL",
    "phone": "PHONE", "address_line": "ADDRESS", "address_multi": "ADDRESS", "street": "ADDRESS",
    "town": "ADDRESS", "postcode": "POSTCODE", "notes": "TEXT",
}
# fmt: on


@dataclass(frozen=True, slots=True)
class Layout:
    """One claim-file layout: headers, file name, encoding, delimiter, and what its profile says."""

    name: str
    headers: tuple[str, ...]
    roles: tuple[str, ...]
    file_name: str
    encoding: str
    delimiter: str
    line_end: str
    date_formats: tuple[str, ...]
    publisher_id: str  # the publisher the file stands for ("" when a column or nothing says)
    profiled: bool
    role_set: frozenset[str] = frozenset()

    def has(self, role: str) -> bool:
        return role in self.role_set


# name -> (file name, encoding, delimiter, line end); unknown layouts also carry date formats.
# fmt: off
FILES: dict[str, tuple[str, str, str, str]] = {
    "awin": ("awin_enquiries_2026-09.csv", "utf-8", ",", "\r\n"),
    "easyfundraising": ("easyfundraising_claims_2026-09.txt", "utf-8-sig", "|", "\n"),
    "impact": ("impact_inquiries_2026-09.csv", "utf-8", ",", "\n"),
    "kidstart": ("kidstart_claims_2026-09.tsv", "utf-8", "\t", "\r\n"),
    "unknown": ("partner_upload_unlabelled.csv", "utf-8", ",", "\n"),
    "quidco": ("quidco_claims_2026-09.csv", "cp1252", ";", "\r\n"),
    "rakuten": ("rakuten_inquiries_2026-09.csv", "utf-8", ",", "\n"),
    "topcashback": ("topcashback_claims_2026-09.csv", "utf-8", ",", "\n"),
    "cryptic_col": ("export_7731.csv", "cp1252", ";", "\r\n"),
}
UNPROFILED_DATES = {"unknown": ("%d/%m/%Y",), "cryptic_col": ("%Y-%m-%d", "%d/%m/%Y")}
SAMPLE_LAYOUTS = ("awin", "easyfundraising", "impact", "kidstart", "unknown", "quidco", "rakuten",
                  "topcashback")
# fmt: on


def load_layouts(config_dir: Path = CONFIGS) -> dict[str, Layout]:
    """Every layout, with headers, dates and publisher read from the source profiles."""
    layouts: dict[str, Layout] = {}
    for name, roles in ROLES.items():
        file_name, encoding, delimiter, line_end = FILES[name]
        profile_path = config_dir / "sources" / f"{name}.yaml"
        if profile_path.exists():
            profile = yaml.safe_load(profile_path.read_text(encoding="utf-8"))
            headers = tuple(profile["match"]["headers"])
            unknown = [h for h in headers if h not in roles]
            if unknown or len(headers) != len(roles):
                raise SystemExit(
                    f"profile {name}: headers {unknown or headers} differ from the generator's"
                )
            formats = tuple(profile.get("date_formats") or ("%d/%m/%Y",))
            publisher = str(profile.get("publisher_id", ""))
            profiled = True
        else:
            headers = tuple(roles)
            formats = UNPROFILED_DATES[name]
            publisher = ""
            profiled = False
        layouts[name] = Layout(
            name=name,
            headers=headers,
            roles=tuple(roles[h] for h in headers),
            file_name=file_name,
            encoding=encoding,
            delimiter=delimiter,
            line_end=line_end,
            date_formats=formats,
            publisher_id=publisher,
            profiled=profiled,
            role_set=frozenset(roles.values()),
        )
    return layouts


def load_rates(config_dir: Path = CONFIGS) -> tuple[Decimal, dict[str, Decimal]]:
    """The commission rates of configs/rules.yaml: (default, merchant name casefolded -> rate)."""
    rules = yaml.safe_load((config_dir / "rules.yaml").read_text(encoding="utf-8"))
    commission = rules.get("commission", {})
    merchants = {
        str(k).casefold(): Decimal(str(v)) for k, v in (commission.get("merchants") or {}).items()
    }
    return Decimal(str(commission.get("default", "0.05"))), merchants


# ---------------------------------------------------------------------------- dice


class Dice:
    """Fast seeded choices, all through one ``random.random`` (``rng.choices`` is too slow here)."""

    __slots__ = ("_rng", "random")

    def __init__(self, seed: str) -> None:
        self._rng = random.Random(seed)
        self.random = self._rng.random

    def below(self, n: int) -> int:
        return int(self.random() * n)

    def between(self, low: int, high: int) -> int:
        """An integer in [low, high)."""
        return low + int(self.random() * (high - low))

    def pick(self, items: Sequence[Any]) -> Any:
        return items[int(self.random() * len(items))]

    def weighted(self, items: Sequence[Any], cumulative: Sequence[float]) -> Any:
        return items[bisect_right(cumulative, self.random() * cumulative[-1])]

    def shuffle(self, items: list[Any]) -> None:
        self._rng.shuffle(items)


def cumulative(weights: Sequence[float]) -> tuple[float, ...]:
    return tuple(accumulate(weights))


def spread(forms: Sequence[str], weights: Sequence[int]) -> tuple[str, ...]:
    """Forms repeated by weight, so a uniform pick is a weighted one."""
    return tuple(form for form, weight in zip(forms, weights, strict=True) for _ in range(weight))


# ---------------------------------------------------------------------------- people


@dataclass(frozen=True, slots=True)
class Person:
    given: str
    family: str
    display: str  # how the person writes their full name (may be Han or Arabic script)
    email: str  # lower case
    phone: tuple[str, ...]  # ways of writing the one number, repeated by how common each is
    flat: str
    street: str
    locality: str
    town: str
    postcode: str
    cp1252: bool  # every field encodes in Windows-1252
    street_line: str  # "Flat 3, 12 Elm Road"
    address_line: str  # "Flat 3, 12 Elm Road, Leeds"
    address_multi: str  # one part a line, as typed into an address box
    order_name: str  # as the retailer's system holds it


_ASCII_FIX = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d"})


@lru_cache(maxsize=4096)
def ascii_fold(text: str) -> str:
    """Latin letters without accents, for email local parts."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_ASCII_FIX))
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in "-"))


@lru_cache(maxsize=8192)
def encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def phone_forms(area: str, number: str) -> tuple[str, ...]:
    """The ways people write one UK number (national, +44, 0044, brackets, dashes), weighted."""
    national = area + number
    trunk = area[1:]
    if area == "07700":
        return spread(
            (
                f"{area} {number}",
                national,
                f"+44 {trunk} {number}",
                f"+44{trunk}{number}",
                f"0044 {trunk} {number}",
                f"+44 (0){trunk} {number}",
                f"{area}-{number[:3]}-{number[3:]}",
            ),
            (7, 4, 3, 2, 1, 2, 1),
        )
    if len(area) == 3:  # 020 7946 0958, 029 2018 0123
        local = f"{number[:4]} {number[4:]}"
        return spread(
            (
                f"{area} {local}",
                f"({area}) {local}",
                f"+44 {trunk} {local}",
                national,
                f"0044 {trunk} {local}",
            ),
            (9, 3, 4, 2, 1),
        )
    local = (
        f"{number[:3]} {number[3:]}" if len(number) == 7 else number
    )  # 0113 496 0123, 01632 960123
    return spread(
        (f"{area} {local}", f"({area}) {number}", f"+44 {trunk} {local}", national), (10, 3, 5, 2)
    )


def make_people(dice: Dice, count: int, used_emails: set[str]) -> list[Person]:
    """``count`` synthetic people with unique emails."""
    cultures = tuple(CULTURE_WEIGHTS)
    culture_cum = cumulative([CULTURE_WEIGHTS[c] for c in cultures])
    phone_cum = cumulative(PHONE_WEIGHTS)
    people: list[Person] = []
    for _ in range(count):
        culture = dice.weighted(cultures, culture_cum)
        givens, families = CULTURES[culture]
        given, family = dice.pick(givens), dice.pick(families)
        display = f"{given} {family}"
        if culture == "chinese":
            roll = dice.random()
            if roll < 0.35:
                (fam_han, family), (giv_han, given) = dice.pick(HAN_FAMILY), dice.pick(HAN_GIVEN)
                display = fam_han + giv_han
            elif roll < 0.55:
                display = f"{family.upper()} {given}"
        elif culture == "arabic" and dice.random() < 0.3:
            (giv_ar, given), (fam_ar, family) = dice.pick(ARABIC_GIVEN), dice.pick(ARABIC_FAMILY)
            display = f"{giv_ar} {fam_ar}"
        g, f = ascii_fold(given).lower(), ascii_fold(family).lower()
        local = (
            f"{g}.{f}",
            f"{g}{f}{dice.between(10, 99)}",
            f"{g[0]}.{f}",
            f"{f}.{g}",
            f"{g}_{f}{dice.between(70, 99)}",
        )[dice.below(5)]
        domain = dice.pick(EMAIL_DOMAINS)
        email = f"{local}@{domain}"
        while email in used_emails:
            email = f"{local}{dice.between(100, 999)}@{domain}"
        used_emails.add(email)
        area, middle = dice.weighted(PHONE_BLOCKS, phone_cum)
        number = f"{middle}{dice.below(500):03d}"  # the low half of each drama block
        town, outwards = dice.pick(TOWNS)
        inward = f"{dice.between(1, 10)}{dice.pick(INWARD_LETTERS)}{dice.pick(INWARD_LETTERS)}"
        postcode = f"{dice.pick(outwards)} {inward}"
        flat = f"Flat {dice.between(1, 40)}" if dice.random() < 0.2 else ""
        street = f"{dice.between(1, 220)} {dice.pick(STREET_NAMES)} {dice.pick(STREET_TYPES)}"
        locality = dice.pick(LOCALITIES) if dice.random() < 0.3 else ""
        cp1252 = all(
            encodes(x, "cp1252")
            for x in (display, given, family, email, flat, street, locality, town)
        )
        street_line = f"{flat}, {street}" if flat else street
        multi = "\n".join(x for x in (flat, street, locality, town) if x)
        people.append(
            Person(
                given,
                family,
                display,
                email,
                phone_forms(area, number),
                flat,
                street,
                locality,
                town,
                postcode,
                cp1252,
                street_line,
                f"{street_line}, {town}",
                multi,
                f"{given} {family}",
            )
        )
    return people


def national_digits(text: str) -> str:
    """The national significant number of a written UK phone number (no trunk 0, no 44)."""
    digits = re.sub(r"\D", "", text)
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and len(digits) >= 12:
        digits = digits[2:]
    return digits.lstrip("0")


def make_nino(dice: Dice) -> str:
    """A National Insurance number of valid shape (random digits; never checked against anyone)."""
    while True:
        prefix = dice.pick("ABCEGHJKLMNOPRSTWXYZ") + dice.pick("ABCEGHJKLMNPRSTWXYZ")
        if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    digits = f"{dice.below(1_000_000):06d}"
    suffix = dice.pick("ABCD")
    if dice.random() < 0.5:
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    return f"{prefix}{digits}{suffix}"


# ---------------------------------------------------------------------------- free text

Span = tuple[int, int, str, str]  # (start, end, kind, value); kind KEEP for must-keep mentions

# fmt: off
TEMPLATES: tuple[tuple[str, int], ...] = (
    ("Purchased on {date} but no cashback showing. Order {order_ref}.", 6),
    ("Hi, {first} here. Bought a coat from {merchant} for {amount}, tracking never appeared.", 5),
    ("Please contact me on {phone} or {email} if you need the receipt.", 5),
    ("Delivered to {address} {postcode} - same as my account address.", 4),
    ("My husband {other} placed the order on my laptop, but the account is in my name ({name}).",
     4),
    ("Order placed by my partner {other_full} using my login", 3),
    ("{name_lc} - used the app, ad blocker off, still not tracked", 3),
    ("confirmation email went to {email}, ref {order_ref}", 4),
    ("Ring me on {phone} after 6pm please. {first}", 4),
    ("Receipt shows {name}, {postcode}.", 3),
    ("NI number {nino} was on the finance application, not sure it matters", 2),
    ("Third time asking!! Mrs {last} ({email})", 2),
    ("Cashback for {merchant} missing again", 5),
    ("Bought from {merchant} via your link, basket total {amount}", 5),
    ("Hi it's {first} {last} from {town}. Phone {phone}. Thanks", 3),
    ("Gift for {other_full}, but sent to me at {address}", 2),
    ("Zamówienie złożył mój mąż {other}, proszę o kontakt: {phone}", 2),
    ("Order ref {order_ref} is NOT my phone number :) reach me at {email}", 2),
    ("The order number {order_ref} looks like a bank account but it's what {merchant} gave me", 2),
    ("Spoke to {other} at {merchant} customer services, they confirmed the order went through", 3),
    ("NAME: {name_uc} / TEL: {phone} / EMAIL: {email}", 2),
    ("Member {member} - {name} - {postcode}", 2),
    ("please credit to {name_lc}, {address}, {postcode}", 2),
    ("{name}\n{address}\n{postcode}", 2),
    ("Order went to my work address ({street}) not home, hope that's OK", 2),
    ("Account is under my maiden name {last}, my married name is on the order", 1),
    ("Tel {phone}", 2),
    ("email me at {email}", 2),
    ("Claim raised by {other_full} on behalf of {name}", 2),
    ("I'm writing for {other_full}, my neighbour, who doesn't use email. Call me on {phone}.", 2),
    ("Paid with Apple Pay, order confirmation attached", 3),
    ("Used a voucher code at checkout, I think that broke the tracking", 3),
    ("Returned one item only, kept the rest", 2),
    ("same order as before, {merchant} say it's definitely placed {date}", 2),
    ("Ordered {date} on mobile, {amount}. Postcode on the order is {postcode_lc}", 2),
    ("Client ref {order_ref}. Customer {name} ({email}, {phone})", 2),
    ("لم يتم احتساب الاسترداد النقدي. {name} {phone}", 1),
    ("返现没有到账，订单 {order_ref}，联系人 {name}", 1),
)
_FIELD = re.compile(r"\{(\w+)\}")
PII_FIELD_KIND = {
    "name": "NAME", "name_lc": "NAME", "name_uc": "NAME", "first": "NAME", "last": "NAME",
    "other": "NAME",
    "other_full": "NAME", "email": "EMAIL", "phone": "PHONE", "address": "ADDRESS",
    "street": "ADDRESS",
    "postcode": "POSTCODE", "postcode_lc": "POSTCODE", "nino": "NINO", "member": "MEMBER",
}
KEEP_FIELDS = ("merchant", "order_ref", "amount", "date")  # mentions that must survive redaction
FIELD_KIND = {**{f: "KEEP" for f in KEEP_FIELDS}, **PII_FIELD_KIND, "town": ""}
# fmt: on


def _compile(template: str) -> tuple[tuple[str, str], ...]:
    """A template as (literal, field) pairs; the last field is ""."""
    parts: list[tuple[str, str]] = []
    position = 0
    for match in _FIELD.finditer(template):
        parts.append((template[position : match.start()], match.group(1)))
        position = match.end()
    parts.append((template[position:], ""))
    return tuple(parts)


COMPILED = tuple(_compile(t) for t, _ in TEMPLATES)
TEMPLATE_CUM = cumulative([w for _, w in TEMPLATES])

# tests/quality/evaluate.py finds values with the same boundary rule.
EDGE = "0-9A-Za-z\u00c0-\u024f"
_PATTERNS: dict[str, re.Pattern[str]] = {}
PHONE_RUN = re.compile(r"\+?\d[\d\s\-().]*\d")
_WS = re.compile(r"\s+")


def value_pattern(value: str) -> re.Pattern[str]:
    """Case-insensitive match of a value not glued to a Latin letter or digit on either side."""
    pattern = _PATTERNS.get(value)
    if pattern is None:
        body = r"\s+".join(re.escape(part) for part in value.split())
        pattern = re.compile(rf"(?<![{EDGE}]){body}(?![{EDGE}])", re.IGNORECASE)
        if len(_PATTERNS) < 50_000:
            _PATTERNS[value] = pattern
    return pattern


def spans_consistent(text: str, spans: Sequence[Span]) -> bool:
    """True when each span's value occurs in ``text`` exactly as often as it is labelled.

    Values are looked for longest first and masked once found, so a name inside a labelled
    email or a labelled merchant ("Oliver" in "Oliver Bonas") does not count twice. A phone's
    digits must not occur anywhere else either.
    """
    groups: dict[str, list[Span]] = {}
    for span in spans:
        groups.setdefault(_WS.sub(" ", span[3].strip()).casefold(), []).append(span)
    masked = text
    for key in sorted(groups, key=len, reverse=True):
        found = list(value_pattern(groups[key][0][3].strip()).finditer(masked))
        if len(found) != len(groups[key]):
            return False
        for m in found:
            masked = masked[: m.start()] + "\x00" * (m.end() - m.start()) + masked[m.end() :]
    phones = {national_digits(s[3]) for s in spans if s[2] == "PHONE"}
    if phones:
        for run in PHONE_RUN.finditer(masked):
            digits = national_digits(run.group())
            if any(p in digits for p in phones):
                return False
    return True


# ---------------------------------------------------------------------------- claims and orders

SCENARIOS = (
    # (scenario, share of a file, column the layout needs for it)
    ("INVALID", 0.05, ""),
    ("NOT_FOUND", 0.05, ""),
    ("DUPLICATE", 0.04, ""),
    ("CANCELLED", 0.03, ""),
    ("RETURNED", 0.03, ""),
    ("ALREADY", 0.03, ""),
    ("ANOTHER", 0.03, ""),
    ("OUTSIDE", 0.03, ""),
    ("PENDING", 0.04, ""),
    ("MISMATCH", 0.04, ""),
    ("AMBIGUOUS", 0.03, "email"),
    ("EMAIL_MATCH", 0.05, "email"),
)
EXPECTED = {
    "APPROVED": ("approve", "APPROVED"),
    "EMAIL_MATCH": ("approve", "APPROVED"),
    "INVALID": ("query", "INVALID_CLAIM"),
    "NOT_FOUND": ("decline", "ORDER_NOT_FOUND"),
    "AMBIGUOUS": ("query", "AMBIGUOUS_MATCH"),
    "DUPLICATE": ("decline", "DUPLICATE_CLAIM"),
    "CANCELLED": ("decline", "ORDER_CANCELLED"),
    "RETURNED": ("decline", "ORDER_RETURNED"),
    "ALREADY": ("decline", "ALREADY_TRACKED"),
    "ANOTHER": ("decline", "TRACKED_TO_ANOTHER_PUBLISHER"),
    "OUTSIDE": ("decline", "OUTSIDE_CLAIM_WINDOW"),
    "PENDING": ("query", "ORDER_PENDING"),
    "MISMATCH": ("query", "AMOUNT_MISMATCH"),
    "UNMAPPED": ("query", "UNMAPPED_SOURCE"),
}
ORDER_STATUS = {"CANCELLED": "cancelled", "RETURNED": "returned", "PENDING": "pending"}
FIRST_DAY = date(2026, 1, 5)
# The batch the samples stand for runs on BATCH_DAY (the files are named 2026-09): every claim
# date falls on or before it, and a claim in a layout with no claim-date column counts from it,
# as the pipeline does with the batch date. Run it with CLAIMS_NOW=2026-09-30T12:00:00 to get
# expected_decisions.csv whatever today's date is.
BATCH_DAY = date(2026, 9, 30)
BATCH = (BATCH_DAY - FIRST_DAY).days  # 268
DAYS = tuple(FIRST_DAY + timedelta(days=i) for i in range(-5, BATCH + 200))  # DAYS[i + 5] is day i
MERCHANT_CUM = cumulative([m[3] for m in MERCHANTS])
MERCHANT_TOTAL = MERCHANT_CUM[-1]
REF_SCENARIOS = frozenset(
    ("APPROVED", "CANCELLED", "RETURNED", "ALREADY", "ANOTHER", "OUTSIDE", "PENDING", "MISMATCH")
)
EMAIL_SCENARIOS = frozenset(("EMAIL_MATCH", "AMBIGUOUS"))
STATUS_CUM = cumulative((80, 8, 6, 6))
FILLER_STATUS = ("completed", "pending", "cancelled", "returned")


def day_of(index: int) -> date:
    return DAYS[index + 5]


def basis_points(rate: Decimal) -> int:
    """A rate in hundredths of a per cent, so commission is exact integer arithmetic."""
    scaled = rate * 10_000
    if scaled != scaled.to_integral_value():
        raise SystemExit(f"commission rate {rate} has more than four decimal places")
    return int(scaled)


def pounds(pence: int) -> str:
    """1234.56 written with a thousands comma: ``1,234.56``."""
    return f"{pence // 100:,}.{pence % 100:02d}"


@dataclass(slots=True)
class Order:
    ref: str
    day: int  # days after FIRST_DAY
    name: str
    email: str
    postcode: str
    pence: int
    status: str = "completed"
    tracked: str = ""
    voucher: str = ""


@dataclass(slots=True)
class Claim:
    """One planted claim before it is written in a layout."""

    scenario: str
    claim_id: str
    person: Person
    email: str  # as written; "" when withheld
    merchant: tuple[str, str, str, int]
    ref: str  # as written; "" when none
    tx_day: int
    pence: int
    claim_day: int
    publisher: str
    member: str
    commission: str = ""  # expected commission on approval
    bad: str = ""  # "date" or "value" when deliberately unparseable


MEMBER_IDS = {
    "awin": "u_{}",
    "rakuten": "{:09d}",
    "topcashback": "2{:07d}",
    "kidstart": "KS-{:07d}",
}
CLAIM_IDS = {
    "awin": "{}",
    "impact": "{}",
    "topcashback": "CR-2026-{:07d}",
    "quidco": "{}",
    "kidstart": "KS{}",
    "easyfundraising": "EFR-{:08d}",
    "unknown": "C-{}",
    "cryptic_col": "X{:08d}",
}
CLAIM_ID_BASE = {"awin": 10_400_000, "impact": 4_400_000, "quidco": 880_000, "kidstart": 200_000}


_POOLS: dict[tuple[int, int], tuple[list[Person], list[Person]]] = {}


def people_pools(seed: int, count: int) -> tuple[list[Person], list[Person]]:
    """Everyone a run draws on, and the people kept for claims matched by email alone (so no
    other order of theirs interferes). Cached, so worker processes forked later inherit them."""
    key = (seed, count)
    if key not in _POOLS:
        emails: set[str] = set()
        people = make_people(Dice(f"{seed}:people"), count, emails)
        reserved = make_people(Dice(f"{seed}:reserved"), max(50, count // 4), emails)
        _POOLS[key] = (people, reserved)
    return _POOLS[key]


@dataclass(frozen=True, slots=True)
class Part:
    """The slice of the output one process writes; a whole run is the single part 0.

    Numeric parts of order refs are kept congruent to ``residue`` modulo ``modulus``, so parts
    written in parallel never issue the same ref; ``first`` numbers its rows, people and ids.
    """

    index: int = 0
    first: int = 0
    residue: int = 0
    modulus: int = 1

    @property
    def tag(self) -> str:
        return f":{self.index}" if self.index else ""


class World:
    """People, order refs and claim plans shared by every file of one run (or one part)."""

    def __init__(
        self, seed: int, people: int, rates: tuple[Decimal, dict[str, Decimal]], part: Part = Part()
    ) -> None:
        self.seed = seed
        self.part = part
        self.dice = Dice(f"{seed}:world{part.tag}")
        self.people, self.reserved = people_pools(seed, people)
        self.cp_people = [p for p in self.people if p.cp1252]
        self.cp_reserved = [p for p in self.reserved if p.cp1252]
        self.cursor = {(r, c): part.first for r in (False, True) for c in (False, True)}
        self.used_refs: set[str] = set()
        # Approved claims open to a duplicate, per (file, Windows-1252-safe): (claim, order ref).
        self.approved: dict[tuple[str, bool], list[tuple[Claim, str]]] = {}
        self._earlier: dict[tuple[str, bool], list[list[tuple[Claim, str]]]] = {}
        default_rate, named_rates = rates
        self.default_rate = basis_points(default_rate)
        self.rates = {name: basis_points(rate) for name, rate in named_rates.items()}
        mine = [n for n in range(500, 1000) if n % part.modulus == part.residue]
        self.phone_refs = [f"07700900{n}" for n in mine] + [f"02079460{n}" for n in mine]
        self.dice.shuffle(self.phone_refs)

    def person(self, reserved: bool, cp1252: bool) -> tuple[Person, str]:
        """The next person of a pool, and their email (numbered once the pool wraps round)."""
        pool = (
            (self.cp_reserved if cp1252 else self.reserved)
            if reserved
            else (self.cp_people if cp1252 else self.people)
        )
        key = (reserved, cp1252)
        index = self.cursor[key]
        self.cursor[key] = index + 1
        person = pool[index % len(pool)]
        cycle = index // len(pool)
        if cycle == 0:
            return person, person.email
        local, domain = person.email.split("@")
        return person, f"{local}.{cycle}@{domain}"

    def new_ref(self, merchant: tuple[str, str, str, int]) -> str:
        """A fresh order ref in a shape retailers use (some look like phone or bank numbers)."""
        dice = self.dice
        used = self.used_refs
        unique = self.unique
        while True:
            roll = dice.random()
            if roll < 0.30:
                ref = f"{merchant[2]}{unique(10**7, 10**8)}"
            elif roll < 0.45:
                ref = f"ORD-{unique(10**6, 10**7)}"
            elif roll < 0.55:
                ref = f"000{unique(100, 99_999)}"
            elif roll < 0.63 and self.phone_refs:
                ref = self.phone_refs.pop()  # looks like a UK phone number; it is not one
            elif roll < 0.68:
                ref = f"{unique(10**7, 10**8)}"  # looks like a bank account number
            elif roll < 0.72:
                sort_code = f"{dice.between(10, 99)}-{dice.between(10, 99)}-{dice.between(10, 99)}"
                ref = f"{sort_code}-{unique(10**7, 10**8)}"
            elif roll < 0.80:
                ref = f"W{unique(10**9, 10**10)}"
            else:
                ref = f"{merchant[2]}-{dice.between(24, 27)}-{unique(1, 10**6 - 1):06d}"
            if (
                ref not in used
            ):  # issued refs are already in compared form (upper case, no # or spaces)
                used.add(ref)
                return ref

    def unique(self, low: int, high: int) -> int:
        """A number in [low, high) congruent to this part's residue (any number for a whole run)."""
        modulus = self.part.modulus
        if modulus == 1:
            return low + int(self.dice.random() * (high - low))
        n = low + modulus + int(self.dice.random() * (high - low - 2 * modulus))
        return n - n % modulus + self.part.residue

    def written_ref(self, ref: str) -> str:
        """A ref as a shopper types it: mostly as issued, sometimes lower case, with # or spaces."""
        roll = self.dice.random()
        if roll < 0.78:
            return ref
        if roll < 0.88 and not ref[:1].isdigit():
            return ref.lower()
        if roll < 0.95:
            return "#" + ref
        return f" {ref} "

    def commission_for(self, merchant_name: str, named: bool, pence: int) -> str:
        """Order value x the merchant's rate, half-up to pennies (merchant ids get the default)."""
        rate = (
            self.rates.get(merchant_name.casefold(), self.default_rate)
            if named
            else self.default_rate
        )
        commission = (pence * rate + 5000) // 10_000
        return f"{commission // 100}.{commission % 100:02d}"

    def scenarios(self, layout: Layout, rows: int) -> list[str]:
        """The decision planted for each row, shuffled; every reason the layout allows appears."""
        if not layout.profiled:
            return ["UNMAPPED"] * rows
        chosen: list[str] = []
        for scenario, share, needs in SCENARIOS:
            if needs and not layout.has(needs):
                continue
            count = max(2, round(share * rows)) if rows >= 40 else (1 if rows >= 15 else 0)
            chosen += [scenario] * count
        chosen = chosen[: max(0, rows - max(1, rows // 4))]  # always some plain approvals
        chosen += ["APPROVED"] * (rows - len(chosen))
        Dice(f"{self.seed}:scenarios:{layout.name}{self.part.tag}").shuffle(chosen)
        # A duplicate needs an approval before it in the run: swap it with the next approval.
        available = any(self.approved.values())
        for i, scenario in enumerate(chosen):
            if scenario == "APPROVED":
                available = True
            elif scenario == "DUPLICATE" and not available:
                later = next((k for k in range(i + 1, len(chosen)) if chosen[k] == "APPROVED"), i)
                chosen[i], chosen[later] = "APPROVED", "DUPLICATE" if later != i else "APPROVED"
                available = True
        return chosen

    def publisher(self, layout: Layout, earlier: str = "") -> str:
        """The claim's publisher: a cause id where the layout has that column, else the file's."""
        if "publisher" not in layout.role_set:
            return layout.publisher_id
        return earlier if earlier.startswith("EF-C") else f"EF-C{self.dice.between(1000, 9999)}"

    def member_id(self, layout: Layout) -> str:
        n = 1_000_000 + int(self.dice.random() * 9_000_000)
        if layout.name == "impact":
            return f"cus_{n * 104729 % 16**10:010x}"
        return MEMBER_IDS.get(layout.name, "{}").format(n)

    def plan(
        self, layout: Layout, file_name: str, scenario: str, claim_id: str
    ) -> tuple[Claim, list[Order]]:
        """One claim and the orders it needs to get ``scenario``'s decision."""
        dice = self.dice
        rnd = dice.random
        cp = layout.encoding == "cp1252"
        merchant = MERCHANTS[bisect_right(MERCHANT_CUM, rnd() * MERCHANT_TOTAL)]
        member = self.member_id(layout) if layout.has("member") else ""
        if scenario == "DUPLICATE":
            mine = self.approved.get((file_name, cp), [])
            earlier = self._earlier.get((file_name, cp))
            if earlier is None:  # earlier files are complete by now
                earlier = [
                    v
                    for (f, c), v in sorted(self.approved.items())
                    if f != file_name and c == cp and v
                ]
                self._earlier[(file_name, cp)] = earlier
            pool = dice.pick(earlier) if earlier and (not mine or rnd() < 0.5) else mine
            if pool:
                before, ref = dice.pick(pool)
                claim = Claim(
                    scenario,
                    claim_id,
                    before.person,
                    before.email if layout.has("email") else "",
                    before.merchant,
                    self.written_ref(ref),
                    before.tx_day,
                    before.pence,
                    min(BATCH, before.claim_day + dice.between(1, 20)),
                    self.publisher(layout, before.publisher),
                    member,
                )
                return claim, []
            scenario = "APPROVED"
        person, email = self.person(scenario in EMAIL_SCENARIOS, cp)
        if "claim_date" not in layout.role_set:  # the claim counts from the batch day
            low, high = (
                (BATCH - 250, BATCH - 100) if scenario == "OUTSIDE" else (BATCH - 85, BATCH - 2)
            )
            tx_day = low + int(rnd() * (high - low))
            claim_day = BATCH
        elif scenario == "OUTSIDE":
            tx_day = int(rnd() * (BATCH - 100))
            claim_day = tx_day + 95 + int(rnd() * (BATCH - tx_day - 94))
        else:
            tx_day = BATCH - 200 + int(rnd() * 196)
            claim_day = tx_day + 2 + int(rnd() * min(74, BATCH - tx_day - 1))
        pence = 100_000 + int(rnd() * 150_000) if rnd() < 0.08 else 899 + int(rnd() * 39_101)
        publisher = self.publisher(layout)
        claim = Claim(
            scenario,
            claim_id,
            person,
            email,
            merchant,
            "",
            tx_day,
            pence,
            claim_day,
            publisher,
            member,
        )
        orders: list[Order] = []
        if scenario in REF_SCENARIOS:
            tracked = ""
            if scenario == "ALREADY":
                tracked = publisher
            elif scenario == "ANOTHER":
                tracked = dice.pick([p for p in OTHER_PUBLISHERS if p != publisher])
            amount = pence
            if scenario == "APPROVED":
                if rnd() < 0.2:
                    amount = pence + 45  # inside max(£1, 5%)
            elif scenario == "MISMATCH":
                amount = pence * 8 // 10 - 150  # well outside it
            ref = self.new_ref(merchant)
            orders.append(
                self.order(
                    ref,
                    tx_day - 1 if rnd() < 0.1 else tx_day,
                    person,
                    email,
                    amount,
                    ORDER_STATUS.get(scenario, "completed"),
                    tracked,
                )
            )
            claim.ref = self.written_ref(ref)
            if scenario == "APPROVED":
                claim.commission = self.commission_for(merchant[0], layout.has("merchant"), amount)
                self.approved.setdefault((file_name, False), []).append((claim, ref))
                if person.cp1252:
                    self.approved.setdefault((file_name, True), []).append((claim, ref))
        elif scenario == "EMAIL_MATCH":
            orders.append(
                self.order(
                    self.new_ref(merchant), tx_day + dice.pick((-1, 0, 0, 1)), person, email, pence
                )
            )
            claim.commission = self.commission_for(merchant[0], layout.has("merchant"), pence)
        elif scenario == "AMBIGUOUS":
            orders.append(self.order(self.new_ref(merchant), tx_day, person, email, pence))
            orders.append(self.order(self.new_ref(merchant), tx_day + 1, person, email, pence + 50))
        elif scenario in ("NOT_FOUND", "UNMAPPED"):
            claim.ref = self.written_ref(self.new_ref(merchant))
        elif scenario == "INVALID":
            kind = dice.pick(
                ("claim_id", "claim_id", "ref", "date", "value")
                if layout.has("claim_id")
                else ("ref", "date", "value")
            )
            if kind == "ref":
                claim.email = ""  # neither an order ref nor an email
            else:
                claim.ref = self.new_ref(merchant)
                if kind == "claim_id":
                    claim.claim_id = ""
                else:
                    claim.bad = kind
        if (
            claim.email
            and scenario != "INVALID"
            and rnd() < (0.3 if scenario in EMAIL_SCENARIOS else 0.12)
        ):
            claim.email = dice.pick((email.upper(), f" {email} ", email.capitalize(), f" {email}"))
        return claim, orders

    def order(
        self,
        ref: str,
        day: int,
        person: Person,
        email: str,
        pence: int,
        status: str = "completed",
        tracked: str = "",
    ) -> Order:
        rnd = self.dice.random
        written = email if rnd() < 0.8 else email.upper()
        return Order(
            ref,
            day,
            person.order_name,
            written,
            person.postcode,
            pence,
            status,
            tracked,
            VOUCHERS[int(rnd() * len(VOUCHERS))],
        )

    def filler_orders(self, count: int) -> list[Order]:
        """Orders nobody claims (the ledger holds more than the claims)."""
        dice = Dice(f"{self.seed}:filler{self.part.tag}")
        made = []
        for _ in range(count):
            person = dice.pick(self.people)
            merchant = dice.weighted(MERCHANTS, MERCHANT_CUM)
            status = dice.weighted(FILLER_STATUS, STATUS_CUM)
            tracked = dice.pick(OTHER_PUBLISHERS) if dice.random() < 0.3 else ""
            made.append(
                Order(
                    self.new_ref(merchant),
                    dice.below(BATCH),
                    person.order_name,
                    person.email,
                    person.postcode,
                    dice.between(899, 40_000),
                    status,
                    tracked,
                    dice.pick(VOUCHERS),
                )
            )
        return made


# ---------------------------------------------------------------------------- rendering

Label = tuple[
    str, str, int, int, str
]  # (column, kind, start, end, value); start -1 for a whole cell


class Renderer:
    """Turns claims into the cells of one layout and, with gold on, labels every planted value."""

    def __init__(
        self, layout: Layout, seed: int, notes_share: float, gold: bool, part: Part = Part()
    ) -> None:
        self.layout = layout
        self.dice = Dice(f"{seed}:render:{layout.name}{part.tag}")
        self.notes_share = notes_share
        self.gold = gold
        self.cp = layout.encoding == "cp1252"
        self.need = set(layout.roles)
        self.codes = {m[0]: self._code(m[1]) for m in MERCHANTS}
        self.kinds = tuple(ROLE_KIND.get(role, "KEEP") for role in layout.roles)
        # Per day, the texts every format that reads back unambiguously gives (time added later).
        self._dates: dict[int, tuple[tuple[str, bool], ...]] = {}
        self._plain_dates: dict[int, str] = {}
        self.ids = CLAIM_IDS.get(layout.name, "{}")
        self.id_base = CLAIM_ID_BASE.get(layout.name, 0)
        self.id_next = (
            self.id_base + self.dice.between(1000, 9000) + 10 * part.first
        )  # ids step by 1-9

    def _code(self, code: str) -> str:
        if self.layout.name == "rakuten":
            return str(30000 + int(code) * 3)
        if self.layout.name == "impact":
            return str(11000 + int(code))
        return code

    def claim_id(self) -> str:
        self.id_next += 1 + self.dice.below(9)
        return self.ids.format(self.id_next)

    def date_text(self, day: int) -> str:
        texts = self._dates.get(day)
        if texts is None:
            texts = _date_texts(day_of(day), self.layout.date_formats)
            self._dates[day] = texts
        text, timed = self.dice.pick(texts)
        if timed:
            s = self.dice.between(7 * 3600, 23 * 3600)
            return f"{text} {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"
        return str(text)

    def plain_date(self, day: int) -> str:
        text = self._plain_dates.get(day)
        if text is None:
            text = self._plain_dates[day] = day_of(day).strftime("%d/%m/%Y")
        return text

    def money(self, pence: int) -> str:
        roll = self.dice.random()
        if roll < 0.3:
            return f"£{pounds(pence)}"
        if roll < 0.55:
            return pounds(pence)
        return f"{pence // 100}.{pence % 100:02d}"

    def cased(self, text: str) -> str:
        roll = self.dice.random()
        if roll < 0.08:
            return text.lower()
        if roll < 0.16:
            return text.upper()
        return text

    def row(self, claim: Claim) -> tuple[list[str], list[Label]]:
        """The cells of one claim, and its gold labels (empty unless gold is on)."""
        dice = self.dice
        rnd = dice.random
        need = self.need
        person = claim.person
        v: dict[str, str] = {
            "claim_id": claim.claim_id,
            "order_ref": claim.ref,
            "merchant": claim.merchant[0],
            "member": claim.member,
            "email": claim.email,
        }
        roll = rnd()
        name = (
            person.display.lower()
            if roll < 0.08
            else person.display.upper()
            if roll < 0.16
            else person.display
        )
        if claim.bad == "value":
            v["value"] = dice.pick(("TBC", "£-", "twelve pounds", "12.34.56"))
        else:
            v["value"] = self.money(claim.pence)
        if claim.bad == "date":
            v["tx_date"] = dice.pick(("31/02/2026", "last Tuesday", "2026-13-01", "00/00/0000"))
        else:
            v["tx_date"] = self.date_text(claim.tx_day)
        if "name" in need:
            v["name"] = name
        if "first" in need:
            v["first"] = self.cased(person.given)
            v["last"] = self.cased(person.family)
        if "phone" in need:
            v["phone"] = person.phone[int(rnd() * len(person.phone))] if rnd() < 0.9 else ""
        if "postcode" in need:
            roll = rnd()
            postcode = person.postcode
            v["postcode"] = (
                postcode.lower()
                if roll < 0.1
                else postcode.replace(" ", "")
                if roll < 0.18
                else postcode
            )
        if "address_line" in need:
            v["address_line"] = person.address_line
        if "address_multi" in need:
            v["address_multi"] = person.address_multi
        if "street" in need:
            v["street"] = person.street_line
            v["town"] = person.town
        if "claim_date" in need:
            v["claim_date"] = self.date_text(claim.claim_day)
        if "commission" in need:
            v["commission"] = "" if claim.bad == "value" else self.money(claim.pence // 20)
        if "merchant_code" in need:
            v["merchant_code"] = self.codes[claim.merchant[0]]
        if "publisher" in need:
            v["publisher"] = claim.publisher
        if "type" in need:
            v["type"] = "sale" if self.layout.name == "awin" else "Sale"
        if "click_ref" in need:
            v["click_ref"] = f"tcb_{dice.below(16**8):08x}"
        if "deadline" in need:
            v["deadline"] = day_of(claim.tx_day + 120).isoformat()
        if "tracking_link" in need:
            v["tracking_link"] = (
                f"https://track.example.net/c/{dice.between(100000, 999999)}/"
                f"{self.codes[claim.merchant[0]]}/4471?subId1={dice.below(16**6):06x}"
            )
        spans: list[Span] = []
        if rnd() < self.notes_share:
            v["notes"], spans = self.notes(claim, name)
        else:
            v["notes"] = ""
        cells = [v[role] for role in self.layout.roles]
        if not self.gold:
            return cells, []
        labels: list[Label] = []
        for header, role, kind, cell in zip(
            self.layout.headers, self.layout.roles, self.kinds, cells, strict=True
        ):
            if not cell.strip():
                continue
            if role == "notes":
                labels.extend((header, k, s, e, value) for s, e, k, value in spans)
            else:
                labels.append((header, kind, -1, -1, cell))
        return cells, labels

    def notes(self, claim: Claim, name: str) -> tuple[str, list[Span]]:
        """A comment from the templates, with the span of every value put into it."""
        dice = self.dice
        for _attempt in range(12):
            parts = COMPILED[bisect_right(TEMPLATE_CUM, dice.random() * TEMPLATE_CUM[-1])]
            values: dict[str, str] = {}
            for _, field_name in parts:
                if field_name and field_name not in values:
                    value = self._field(field_name, claim, name, values)
                    if not value:
                        break
                    values[field_name] = value
            else:
                spans: list[Span] = []
                if self.gold:
                    pieces: list[str] = []
                    length = 0
                    for literal, field_name in parts:
                        pieces.append(literal)
                        length += len(literal)
                        if field_name:
                            value = values[field_name]
                            # A town alone is neither must-keep nor clearly personal: unlabelled.
                            if FIELD_KIND[field_name]:
                                spans.append(
                                    (length, length + len(value), FIELD_KIND[field_name], value)
                                )
                            pieces.append(value)
                            length += len(value)
                    text = "".join(pieces)
                else:
                    text = "".join([literal + values[f] if f else literal for literal, f in parts])
                if self.cp and not encodes(text, "cp1252"):
                    continue
                if self.gold and not spans_consistent(text, spans):
                    continue
                return text, spans
        return "Cashback not tracked, please chase", []

    def _field(self, field_name: str, claim: Claim, name: str, values: dict[str, str]) -> str:
        return FIELD_VALUES[field_name](self, claim, name, values)

    def _other_name(self, claim: Claim, full: bool, values: dict[str, str]) -> str:
        dice = self.dice
        other = (
            values.get("other")
            or values.get("other_full", "").split(" ")[0]
            or self._other(claim.person)
        )
        if not full:
            return other
        return f"{other} {dice.pick(CULTURES[dice.pick(CULTURE_NAMES)][1])}"

    def _other(self, person: Person) -> str:
        """Another person's given name (the husband, daughter or agent in a comment)."""
        dice = self.dice
        for _ in range(20):
            given = str(dice.pick(CULTURES[dice.pick(CULTURE_NAMES)][0]))
            folded = given.casefold()
            if (
                folded not in person.display.casefold()
                and folded not in person.given.casefold()
                and folded not in person.family.casefold()
            ):
                return given
        return "Tomasz"


FieldValue = Callable[[Renderer, Claim, str, dict[str, str]], str]
# How each template field gets its value from (renderer, claim, name as in the row, values so far).
FIELD_VALUES: dict[str, FieldValue] = {
    "name": lambda r, c, name, v: name,
    "first": lambda r, c, name, v: c.person.given,
    "last": lambda r, c, name, v: c.person.family,
    "email": lambda r, c, name, v: c.email.strip() or c.person.email,
    "phone": lambda r, c, name, v: str(r.dice.pick(c.person.phone)),
    "merchant": lambda r, c, name, v: c.merchant[0],
    "order_ref": lambda r, c, name, v: c.ref.strip(),
    "amount": lambda r, c, name, v: f"£{pounds(c.pence)}",
    "date": lambda r, c, name, v: r.plain_date(c.tx_day),
    "postcode": lambda r, c, name, v: c.person.postcode,
    "postcode_lc": lambda r, c, name, v: c.person.postcode.lower(),
    "address": lambda r, c, name, v: c.person.address_line,
    "street": lambda r, c, name, v: c.person.street_line,
    "town": lambda r, c, name, v: c.person.town,
    "name_lc": lambda r, c, name, v: c.person.display.lower(),
    "name_uc": lambda r, c, name, v: c.person.display.upper(),
    "other": lambda r, c, name, v: r._other_name(c, False, v),
    "other_full": lambda r, c, name, v: r._other_name(c, True, v),
    "nino": lambda r, c, name, v: make_nino(r.dice),
    "member": lambda r, c, name, v: c.member,
}


def _date_texts(day: date, formats: Sequence[str]) -> tuple[tuple[str, bool], ...]:
    """(date text, needs a time) for each format whose text the list reads back as ``day``."""
    found: list[tuple[str, bool]] = []
    for fmt in formats:
        timed = fmt.endswith(" %H:%M:%S")
        date_part = fmt[: -len(" %H:%M:%S")] if timed else fmt
        text = day.strftime(date_part)
        probe = f"{text} 10:30:15" if timed else text
        for candidate in formats:  # the first format that parses wins, as in the pipeline
            try:
                parsed = datetime.strptime(probe, candidate).date()
            except ValueError:
                continue
            if parsed == day:
                found.append((text, timed))
            break
    return tuple(found)


# ---------------------------------------------------------------------------- writing


@dataclass(slots=True)
class Written:
    """What one run wrote: rows per claim file and orders."""

    files: dict[str, int] = field(default_factory=dict)
    orders: int = 0


GoldSink = Callable[[dict[str, Any]], None]
SHARD_ROWS = 20_000  # claim files this long are written in two parts, one process each
SHARDS = 2  # fixed, so the bytes never depend on the machine's core count


def write_claims(
    world: World,
    layout: Layout,
    handle: IO[str],
    rows: int,
    *,
    file_name: str,
    notes_share: float,
    orders: list[Order],
    expected: Any | None = None,
    gold: GoldSink | None = None,
    header: bool = True,
) -> int:
    """Stream the rows of one claim file (or one part of it) to ``handle``; return the count."""
    renderer = Renderer(layout, world.seed, notes_share, gold is not None, world.part)
    scenarios = world.scenarios(layout, rows)
    rakuten = not layout.has("claim_id")  # its claim id is the order id
    writer = csv.writer(handle, delimiter=layout.delimiter, lineterminator=layout.line_end)
    if header:
        writer.writerow(layout.headers)
    batch: list[list[str]] = []
    for index, scenario in enumerate(scenarios, start=world.part.first + 1):
        claim, needed = world.plan(layout, file_name, scenario, renderer.claim_id())
        orders.extend(needed)
        cells, labels = renderer.row(claim)
        batch.append(cells)
        if len(batch) >= 4096:
            writer.writerows(batch)
            batch.clear()
        if expected is not None:
            decision, reason = EXPECTED[claim.scenario]
            claim_id = claim.ref.strip() if rakuten else claim.claim_id
            expected.writerow(
                (
                    file_name,
                    index,
                    claim_id if layout.profiled else "",
                    decision,
                    reason,
                    claim.commission if decision == "approve" else "",
                )
            )
        if gold is not None:
            for column, kind, start, end, value in labels:
                entry: dict[str, Any] = {
                    "file": file_name,
                    "row": index,
                    "column": column,
                    "kind": kind,
                }
                if start >= 0:
                    entry["start"], entry["end"] = start, end
                entry["value"] = value
                gold(entry)
    writer.writerows(batch)
    return len(scenarios)


ORDER_HEADERS = (
    "order_ref",
    "order_date",
    "customer_name",
    "customer_email",
    "postcode",
    "order_value",
    "currency",
    "status",
    "tracked_publisher_id",
    "voucher_code",
)
EXPECTED_HEADERS = ("file", "row", "claim_id", "decision", "reason_code", "commission")


def write_orders(handle: IO[str], orders: list[Order], seed: str, *, header: bool = True) -> int:
    """The retailer's export in the canonical layout, oldest first; returns the orders written."""
    dice = Dice(f"{seed}:orders")
    orders.sort(key=lambda o: (o.day, o.ref))
    iso = {d: day_of(d).isoformat() for d in {o.day for o in orders}}
    writer = csv.writer(handle, lineterminator="\n")
    if header:
        writer.writerow(ORDER_HEADERS)
    writer.writerows(
        (
            o.ref,
            iso[o.day] if dice.random() < 0.85 else day_of(o.day).strftime("%d/%m/%Y"),
            o.name,
            o.email,
            o.postcode,
            f"{o.pence // 100}.{o.pence % 100:02d}",
            "GBP",
            o.status,
            o.tracked,
            o.voucher,
        )
        for o in orders
    )
    return len(orders)


@dataclass(frozen=True, slots=True)
class PartJob:
    """One part of one big claim file, written by a worker process into ``folder``."""

    layout: str
    file_name: str
    rows: int
    part: Part
    seed: int
    people: int
    notes_share: float
    folder: Path
    config_dir: Path


def _write_part(job: PartJob) -> int:
    """Write a part's rows, expected decisions and orders (no headers); return its order count."""
    layout = load_layouts(job.config_dir)[job.layout]
    world = World(job.seed, job.people, load_rates(job.config_dir), job.part)
    encoding = "utf-8" if layout.encoding == "utf-8-sig" else layout.encoding  # the parent's BOM
    orders: list[Order] = []
    stem = job.folder / f"{job.file_name}.{job.part.index}"
    with (
        open(f"{stem}.rows", "w", encoding=encoding, newline="") as rows,
        open(f"{stem}.expected", "w", encoding="utf-8", newline="") as expected,
    ):
        write_claims(
            world,
            layout,
            rows,
            job.rows,
            file_name=job.file_name,
            notes_share=job.notes_share,
            orders=orders,
            expected=csv.writer(expected, lineterminator="\n"),
            header=False,
        )
    orders.extend(world.filler_orders(max(1, len(orders) // 8)))
    with open(f"{stem}.orders", "w", encoding="utf-8", newline="") as handle:
        return write_orders(handle, orders, f"{job.seed}{job.part.tag}", header=False)


def _generate_parts(
    out: Path,
    chosen: Sequence[Layout],
    names: dict[str, str],
    rows: int,
    seed: int,
    people: int,
    notes_share: float,
    config_dir: Path,
) -> Written:
    """Big files: each file in SHARDS parts written in parallel, then joined byte for byte.

    The order export is the parts' exports one after another, each oldest first.
    """
    share = rows // SHARDS
    jobs: list[PartJob] = []
    written = Written()
    for position, layout in enumerate(chosen):
        for index in range(SHARDS):
            size = share if index < SHARDS - 1 else rows - share * (SHARDS - 1)
            part = Part(index, index * share, position * SHARDS + index, len(chosen) * SHARDS)
            jobs.append(
                PartJob(
                    layout.name,
                    names[layout.name],
                    size,
                    part,
                    seed,
                    people,
                    notes_share,
                    out,
                    config_dir,
                )
            )
    people_pools(seed, people)  # built once here; the forked workers inherit them
    with tempfile.TemporaryDirectory(dir=out, prefix=".parts-") as folder:
        jobs = [replace(job, folder=Path(folder)) for job in jobs]
        with multiprocessing.get_context("fork").Pool(min(SHARDS, os.cpu_count() or 1)) as pool:
            written.orders = sum(pool.map(_write_part, jobs))
        for sub in ("inbox", "orders"):
            (out / sub).mkdir(parents=True, exist_ok=True)
        with (
            (out / "expected_decisions.csv").open("wb") as expected,
            (out / "orders" / "orders.csv").open("wb") as orders,
        ):
            expected.write((",".join(EXPECTED_HEADERS) + "\n").encode())
            orders.write((",".join(ORDER_HEADERS) + "\n").encode())
            for layout in chosen:
                name = names[layout.name]
                head = io.StringIO()
                writer = csv.writer(
                    head, delimiter=layout.delimiter, lineterminator=layout.line_end
                )
                writer.writerow(layout.headers)
                with (out / "inbox" / name).open("wb") as target:
                    target.write(head.getvalue().encode(layout.encoding))
                    for index in range(SHARDS):
                        for suffix, sink in (
                            (".rows", target),
                            (".expected", expected),
                            (".orders", orders),
                        ):
                            with open(f"{folder}/{name}.{index}{suffix}", "rb") as piece:
                                shutil.copyfileobj(piece, sink, 1 << 20)
                written.files[name] = rows
    return written


def generate(
    out: Path,
    *,
    rows: int = DEFAULT_ROWS,
    seed: int = DEFAULT_SEED,
    layouts: Sequence[str] = SAMPLE_LAYOUTS,
    notes_share: float = NOTES_SHARE,
    file_names: dict[str, str] | None = None,
    gold: GoldSink | None = None,
    with_orders: bool = True,
    config_dir: Path = CONFIGS,
) -> Written:
    """Write claim files in name order; with orders on, the order export and expected decisions.

    Files of SHARD_ROWS rows or more are written in parallel parts (orders and expected
    decisions always; gold never), which changes their content but not its determinism.
    """
    known = load_layouts(config_dir)
    chosen = [known[name] for name in layouts]
    names = {
        layout.name: (file_names or {}).get(layout.name, layout.file_name) for layout in chosen
    }
    chosen.sort(key=lambda layout: names[layout.name])  # the pipeline reads files in name order
    people = max(600, min(rows * len(chosen) + 200, 4000))
    out.mkdir(parents=True, exist_ok=True)
    if rows >= SHARD_ROWS and gold is None and with_orders:
        return _generate_parts(out, chosen, names, rows, seed, people, notes_share, config_dir)
    world = World(seed, people, load_rates(config_dir))
    written = Written()
    orders: list[Order] = []
    with ExitStack() as stack:
        expected = None
        if with_orders:
            handle = stack.enter_context(
                (out / "expected_decisions.csv").open("w", encoding="utf-8", newline="")
            )
            expected = csv.writer(handle, lineterminator="\n")
            expected.writerow(EXPECTED_HEADERS)
        for layout in chosen:
            path = out / "inbox" / names[layout.name]
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("w", encoding=layout.encoding, newline="") as claims:
                written.files[path.name] = write_claims(
                    world,
                    layout,
                    claims,
                    rows,
                    file_name=path.name,
                    notes_share=notes_share,
                    orders=orders,
                    expected=expected,
                    gold=gold,
                )
    if with_orders:
        orders.extend(world.filler_orders(max(20, len(orders) // 8)))
        (out / "orders").mkdir(parents=True, exist_ok=True)
        with (out / "orders" / "orders.csv").open("w", encoding="utf-8", newline="") as handle:
            written.orders = write_orders(handle, orders, str(seed))
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--out", type=Path, default=HERE, help="output folder (default: samples/)")
    parser.add_argument(
        "--rows",
        type=int,
        default=DEFAULT_ROWS,
        help=f"rows per claim file (default {DEFAULT_ROWS})",
    )
    parser.add_argument(
        "--profile", action="append", choices=sorted(ROLES), help="only this layout (repeatable)"
    )
    parser.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})"
    )
    parser.add_argument(
        "--notes-share", type=float, default=NOTES_SHARE, help="share of rows with a comment"
    )
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    started = time.perf_counter()
    written = generate(
        args.out,
        rows=args.rows,
        seed=args.seed,
        layouts=args.profile or SAMPLE_LAYOUTS,
        notes_share=args.notes_share,
    )
    elapsed = time.perf_counter() - started
    for name, count in written.files.items():
        print(f"{count:>8} rows  {args.out / 'inbox' / name}")
    print(f"{written.orders:>8} rows  {args.out / 'orders' / 'orders.csv'}")
    total = sum(written.files.values())
    print(f"{total} claim rows in {elapsed:.2f}s ({total / elapsed:,.0f} rows/s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
