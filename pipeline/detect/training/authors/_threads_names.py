"""Name sources for the ``threads`` author: faker locales plus typed given and family names."""

from __future__ import annotations

import functools
import importlib
import random
import unicodedata

# Faker locales the thread author draws from, across scripts (Latin, Cyrillic, Greek,
# Arabic, Hebrew, Devanagari, CJK, Hangul, Thai).
LOCALES = (
    "en_GB", "en_IE", "en_IN", "en_NG", "en_US", "en_PK", "fr_FR", "de_DE", "nl_NL",
    "it_IT", "es_ES", "es_MX", "pt_BR", "pt_PT", "pl_PL", "cs_CZ", "hu_HU", "ro_RO",
    "sv_SE", "da_DK", "no_NO", "fi_FI", "tr_TR", "yo_NG", "ga_IE", "vi_VN",
    "id_ID", "fil_PH", "lt_LT", "hr_HR", "sk_SK", "sl_SI", "ru_RU", "uk_UA", "el_GR", "ar_AA",
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


def _provider_names(provider: type, attribute: str) -> list[str]:
    """One of a faker person provider's name lists (a tuple, a list or a weighted dict)."""
    found = getattr(provider, attribute, None) or ()
    return sorted(found)


def _faker_names() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """A fixed sample of each locale's given and family names, read from faker's providers.

    Reading the provider tables directly costs a fraction of building ``Faker(locale)``.
    """
    rng = random.Random(9100)
    found = []
    for locale in LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        firsts = _provider_names(provider, "first_names") or [
            *_provider_names(provider, "first_names_female"),
            *_provider_names(provider, "first_names_male"),
        ]
        lasts = _provider_names(provider, "last_names")
        given = [n for n in rng.sample(firsts, min(_PER_LOCALE, len(firsts))) if _usable(n)]
        family = [n for n in rng.sample(lasts, min(_PER_LOCALE, len(lasts))) if _usable(n)]
        if given and family:
            found.append((tuple(given), tuple(family)))
    return found


def _usable(name: str) -> bool:
    """A name we can place in a note: one line, no surrounding space, not empty."""
    return bool(name) and name == name.strip() and "\n" not in name


@functools.cache
def pools() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(given names, family names) per source: each faker locale, then the typed names.

    A person takes both names from one source, so a Thai given name meets a Thai family name.
    """
    return (*_faker_names(), (GIVEN, FAMILY))


def ascii_fold(text: str) -> str:
    """The ASCII letters of ``text`` once accents are stripped ('' for other scripts)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(char for char in folded.lower() if char.isalnum())
