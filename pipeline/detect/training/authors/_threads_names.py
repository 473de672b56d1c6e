"""Name sources for the ``threads`` author: faker locales plus typed given and family names."""

from __future__ import annotations

import functools
import unicodedata

# Faker locales the thread author draws from, across scripts (Latin, Cyrillic, Greek,
# Arabic, Hebrew, Devanagari, CJK, Hangul, Thai).
LOCALES = (
    "en_GB", "en_IE", "en_IN", "en_NG", "en_US", "en_AU", "fr_FR", "de_DE", "nl_NL",
    "it_IT", "es_ES", "es_MX", "pt_BR", "pt_PT", "pl_PL", "cs_CZ", "hu_HU", "ro_RO",
    "sv_SE", "da_DK", "no_NO", "fi_FI", "tr_TR", "yo_NG", "ga_IE", "vi_VN", "tl_PH",
    "id_ID", "lt_LT", "hr_HR", "sk_SK", "sl_SI", "ru_RU", "uk_UA", "el_GR", "ar_AA",
    "he_IL", "fa_IR", "hi_IN", "ja_JP", "zh_CN", "ko_KR", "th_TH", "bn_BD",
)  # fmt: skip
_PER_LOCALE = 30

# Typed given names: several cultures, spelled as people write them.
GIVEN = (
    "Amaka", "Chidi", "Ngozi", "Oluwaseun", "Tunde", "Aisha", "Fatima", "Yusuf", "Omar",
    "Siobhan", "Niamh", "Aoife", "Ciaran", "Padraig", "Eilidh", "Rhys", "Gethin", "Cerys",
    "Priya", "Rajesh", "Anjali", "Gurpreet", "Harjit", "Deepika", "Wei", "Mei", "Hiroshi",
    "Yuki", "Min-jun", "Seo-yeon", "Thanh", "Nguyen", "Kwame", "Abena", "Kofi", "Zanele",
    "Bogdan", "Agnieszka", "Małgorzata", "Jiří", "Zoë", "Chloé", "José", "María", "Joaquín",
    "Björn", "Søren", "Ingrid", "Mehmet", "Ayşe", "Dimitris", "Eleni", "Tomasz", "Oksana",
    "Jean-Luc", "Anne-Marie", "Mary-Kate", "Ruairí", "Seán", "Declan", "Kylie", "Jade",
)  # fmt: skip

# Given names that are also ordinary English words; used both ways in the corpus.
WORD_GIVEN = (
    "June", "Max", "Rose", "Will", "Faith", "Grace", "Hope", "May", "Summer", "Mark",
    "Bill", "Pat", "Joy", "Dawn", "Ivy", "Holly", "Sunny", "Rich", "Frank", "Amber",
)  # fmt: skip

# Family names with particles, hyphens, apostrophes and prefixes.
FAMILY = (
    "Okafor", "Adeyemi", "Nwosu", "Al-Hashimi", "El-Sayed", "bin Rashid", "O'Neill",
    "O'Sullivan", "Mac Giolla Bhríde", "McAllister", "MacDonald", "van der Berg",
    "van den Heuvel", "de la Cruz", "de Souza", "dos Santos", "da Silva", "di Napoli",
    "von Trapp", "Le Roux", "D'Arcy", "Smith-Jones", "Fforde", "ap Rhys", "Nakamura",
    "Kowalczyk", "Wiśniewska", "Dvořák", "Ó Briain", "Ní Chonaill", "Ferreira-Gomes",
    "Abu-Bakr", "Van Dyke", "St. John", "Patel", "Chaudhry", "Sandhu", "Nguyen", "Zhang",
    "Kim", "Mensah", "Osei", "Papadopoulos", "Yılmaz", "Müller", "Schäfer", "Öztürk",
    "Bloggs", "Whitfield", "Hargreaves", "Featherstonehaugh", "Baker", "Wills", "Lewis",
)  # fmt: skip

# Nicknames for typed given names: how a shopper signs off.
NICKNAMES = {
    "Oluwaseun": "Seun", "Ngozi": "Ngo", "Amaka": "Maks", "Siobhan": "Shiv", "Gurpreet": "Preet",
    "Małgorzata": "Gosia", "Agnieszka": "Aga", "Rajesh": "Raj", "Anne-Marie": "Annie",
    "Padraig": "Paddy", "Mary-Kate": "MK", "Dimitris": "Jim", "Joaquín": "Quino",
    "Oksana": "Ksyusha", "Tomasz": "Tomek", "Deepika": "Dee", "Ciaran": "Kiz",
}  # fmt: skip


def _faker_names() -> tuple[list[str], list[str]]:
    from faker import Faker

    given: list[str] = []
    family: list[str] = []
    for number, locale in enumerate(LOCALES):
        fake = Faker(locale)
        fake.seed_instance(9100 + number)
        given += [fake.first_name() for _ in range(_PER_LOCALE)]
        family += [fake.last_name() for _ in range(_PER_LOCALE)]
    return given, family


def _usable(name: str) -> bool:
    """A name we can place in a note: one line, no surrounding space, not empty."""
    return bool(name) and name == name.strip() and "\n" not in name


@functools.cache
def pools() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """All given names and all family names, built once from a fixed faker seed."""
    faker_given, faker_family = _faker_names()
    given = sorted({n for n in [*faker_given, *GIVEN] if _usable(n)})
    family = sorted({n for n in [*faker_family, *FAMILY] if _usable(n)})
    return tuple(given), tuple(family)


def ascii_fold(text: str) -> str:
    """The ASCII letters of ``text`` once accents are stripped ('' for other scripts)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(char for char in folded.lower() if char.isalnum())
