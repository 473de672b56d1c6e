"""Name pools for the retail author: faker over many locales plus typed hard cases."""

from __future__ import annotations

import functools
import importlib
import random
import unicodedata
from dataclasses import dataclass

# Locales faker draws given and family names from (Latin and other scripts).
LOCALES = (
    "en_GB", "en_IE", "en_IN", "en_NG", "en_US", "en_PK", "ga_IE", "fr_FR", "fr_CA", "de_DE",
    "de_AT", "nl_NL", "nl_BE", "es_ES", "es_MX", "es_CO", "pt_PT", "pt_BR", "it_IT", "pl_PL",
    "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "bg_BG", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE",
    "fi_FI", "sv_SE", "no_NO", "da_DK", "is_IS", "tr_TR", "el_GR", "ru_RU", "uk_UA", "ka_GE",
    "hy_AM", "az_AZ", "ar_AA", "fa_IR", "he_IL", "hi_IN", "ta_IN", "bn_BD", "ne_NP", "zh_CN",
    "zh_TW", "ja_JP", "ko_KR", "th_TH", "id_ID", "vi_VN", "yo_NG", "ig_NG", "ha_NG", "zu_ZA",
    "sw", "tw_GH", "uz_UZ", "mk_MK", "en_KE", "gu_IN", "si_LK", "ar_DZ",
)  # fmt: skip

# Family names with particles, hyphens and apostrophes, typed so every shape occurs.
HARD_SURNAMES = (
    "van der Berg", "van den Heuvel", "de la Cruz", "de Souza", "da Silva", "dos Santos",
    "Al-Hashimi", "Al-Farsi", "El Amrani", "bin Rashid", "O'Neill", "O'Connor", "O'Sullivan",
    "McAllister", "MacDonald", "Mac an tSaoi", "Ní Bhriain", "Ó Súilleabháin", "D'Souza",
    "di Stefano", "Le Roux", "von Essen", "ter Haar", "Smith-Jones", "Oyelaran-Davies",
    "Rees-Mogg", "Fitzgerald", "St John", "Abu-Bakr", "Nguyen-Tran", "Okonkwo-Eze",
)  # fmt: skip

# Given names that are also English words: labelled as names, and used as words elsewhere.
WORD_FIRSTS = (
    "June", "May", "April", "Rose", "Will", "Max", "Faith", "Hope", "Grace", "Joy", "Holly",
    "Ivy", "Amber", "Summer", "Dawn", "Robin", "Jack", "Frank", "Mark", "Bill", "Pat", "Sue",
    "Penny", "Ruby", "Jade", "Crystal", "Honey", "Sunny", "Hazel", "Pearl", "Victor", "Chance",
)  # fmt: skip

# Family names that are also English words or places.
WORD_SURNAMES = (
    "Baker", "Cook", "Brown", "White", "Green", "Rich", "Hill", "Wood", "Bird", "King",
    "Fox", "Lamb", "Sale", "Reading", "Kendal", "Bradford", "Street", "House", "Parcel",
    "Post", "Price", "Cash", "Money", "Best", "Young", "Gold", "Friday", "Christmas",
)  # fmt: skip

NICKNAMES = (
    "Bex", "Jonno", "Kaz", "Gaz", "Shaz", "Tommo", "Lizzie", "Bobby", "Mags", "Jojo", "Deano",
    "Sully", "Mo", "Tash", "Vik", "Abi", "Nic", "Chris", "Dom", "Nat", "Steph", "Sam", "Alex",
    "Baz", "Ade", "Tayo", "Kemi", "Sid", "Raj", "Bibi", "Ollie", "Freddie", "Pippa",
)  # fmt: skip

# Given names with a hyphen or two parts joined.
COMPOUND_FIRSTS = (
    "Mary-Jane", "Jean-Luc", "Anne-Marie", "Hans-Peter", "Mohammed-Ali", "Ana-Maria",
    "Lily-Mae", "Ruby-Rose", "Jo-Anne", "Kim-Ly", "Marie-Claire", "Abdul-Rahman",
)  # fmt: skip

# Customer-service and affiliate staff who sign or are mentioned; personal as well.
STAFF_FIRSTS = (
    "Dan", "Priya", "Tom", "Aisling", "Kofi", "Harriet", "Yusuf", "Megan", "Lukas", "Chloe",
    "Femi", "Ravi", "Niamh", "Oskar", "Leah", "Hamza", "Eilidh", "Marek", "Zara", "Ciaran",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Pools:
    """Given and family names, by whether they are written in Latin letters."""

    firsts: tuple[str, ...]
    surnames: tuple[str, ...]
    latin_firsts: tuple[str, ...]
    latin_surnames: tuple[str, ...]
    by_locale: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # (given, family) per locale


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is a Latin one."""
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


def ascii_fold(text: str) -> str:
    """``text`` without accents and non-ASCII letters, lower case, for e-mail local parts."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def _faker_names(locale: str, count: int) -> tuple[list[str], list[str]]:
    """``count`` given and family names from one faker locale's person lists, seeded by locale.

    The lists are read straight from faker's person provider, which is far quicker than
    building a ``Faker`` per locale; the pinned faker keeps them the same.
    """
    module = importlib.import_module(f"faker.providers.person.{locale}")
    provider = module.Provider
    rng = random.Random(locale)
    found: list[list[str]] = []
    for attribute in ("first_names", "last_names"):
        listed = sorted({name.strip() for name in getattr(provider, attribute, ()) or ()})
        found.append(rng.sample(listed, min(count, len(listed))) if len(listed) > 4 else [])
    return found[0], found[1]


@functools.cache
def pools() -> Pools:
    """The name pools, built once per process (faker is seeded, so always the same)."""
    firsts: set[str] = {*WORD_FIRSTS, *NICKNAMES, *STAFF_FIRSTS, *COMPOUND_FIRSTS}
    surnames: set[str] = set(HARD_SURNAMES) | set(WORD_SURNAMES)
    by_locale = []
    for locale in LOCALES:
        given, family = _faker_names(locale, 40)
        given = [name for name in given if 1 < len(name) < 20 and " " not in name.strip()]
        family = [name for name in family if 1 < len(name) < 24]
        firsts.update(given)
        surnames.update(family)
        if given and family:
            by_locale.append((tuple(given), tuple(family)))
    ordered_firsts = tuple(sorted(firsts))
    ordered_surnames = tuple(sorted(surnames))
    return Pools(
        ordered_firsts,
        ordered_surnames,
        tuple(name for name in ordered_firsts if is_latin(name)),
        tuple(name for name in ordered_surnames if is_latin(name)),
        tuple(by_locale),
    )


def pick_person(rng: random.Random) -> tuple[str, str]:
    """A given and a family name: often both from one locale, else mixed with the hard cases."""
    if rng.random() < 0.5:
        given, family = rng.choice(pools().by_locale)
        return rng.choice(given), rng.choice(family)
    return pick_first(rng), pick_surname(rng)


def pick_first(rng: random.Random) -> str:
    """A given name: mostly from faker, sometimes a word-name or a nickname."""
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(WORD_FIRSTS)
    if roll < 0.22:
        return rng.choice(NICKNAMES)
    if roll < 0.26:
        return rng.choice(COMPOUND_FIRSTS)
    return rng.choice(pools().firsts if rng.random() < 0.3 else pools().latin_firsts)


def pick_surname(rng: random.Random) -> str:
    """A family name: mostly from faker, sometimes a particle, hyphen or word surname."""
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(HARD_SURNAMES)
    if roll < 0.22:
        return rng.choice(WORD_SURNAMES)
    if roll < 0.27:
        return f"{rng.choice(pools().latin_surnames)}-{rng.choice(pools().latin_surnames)}"
    return rng.choice(pools().surnames if rng.random() < 0.3 else pools().latin_surnames)
