"""Name sources for the call-centre author: faker pools over many locales plus typed names."""

from __future__ import annotations

import functools
import random
import unicodedata
from dataclasses import dataclass

# Locales whose faker providers hold given and family names, Latin and other scripts.
LOCALES = (
    "en_GB", "en_IE", "en_US", "en_IN", "en_NZ", "en_AU", "fr_FR", "de_DE", "nl_NL", "es_ES",
    "es_MX", "it_IT", "pt_PT", "pt_BR", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR",
    "sl_SI", "fi_FI", "sv_SE", "no_NO", "da_DK", "et_EE", "lv_LV", "lt_LT", "tr_TR", "ga_IE",
    "yo_NG", "tw_GH", "zu_ZA", "fil_PH", "id_ID", "de_AT", "fr_CH", "el_GR", "ru_RU", "uk_UA",
    "bg_BG", "ja_JP", "zh_CN", "ko_KR", "hi_IN", "ar_AA", "he_IL", "fa_IR", "th_TH", "ka_GE",
    "hy_AM", "bn_BD", "ne_NP", "ta_IN", "az_AZ",
)  # fmt: skip
_PER_LOCALE = 30

# Typed names the brief asks for: UK and Irish callers, particles, hyphens, apostrophes.
TYPED_FIRST = (
    "Siobhan", "Aoife", "Niamh", "Caoimhe", "Saoirse", "Oisin", "Ciaran", "Padraig", "Amaka",
    "Chidi", "Ngozi", "Kwame", "Abena", "Tomasz", "Agnieszka", "Priya", "Rajesh", "Harpreet",
    "Gurpreet", "Mohammed", "Fatima", "Aisha", "Yusuf", "Zainab", "Mei", "Wei", "Hiroshi",
    "Dmitri", "Olena", "Bogdan", "Ioana", "Giulia", "Mateus", "Leilani", "Rhiannon", "Gareth",
    "Bethan", "Dafydd", "Eilidh", "Hamish", "Morag", "Kirsty", "Shannon", "Jade", "Kelly",
    "Darren", "Wayne", "Gemma", "Stacey", "Bernadette", "Declan", "Sinead", "Mairead", "Eoin",
    "Anne-Marie", "Jean-Luc", "Mary-Kate", "Zoë", "Chloé", "Renée", "José", "Søren", "Björn",
)  # fmt: skip
TYPED_LAST = (
    "Okafor", "Adeyemi", "Mensah", "O'Neill", "O'Sullivan", "McCarthy", "MacDonald", "Ní Bhriain",
    "van der Berg", "van Dijk", "de la Cruz", "de Souza", "da Silva", "Al-Hashimi", "Al-Farsi",
    "El-Amin", "Nowak", "Kowalczyk", "Wiśniewska", "Patel", "Sandhu", "Chaudhry", "Khan",
    "Nguyen", "Tanaka", "Ivanova", "Petrenko", "Popescu", "Rossi", "Fitzgerald", "Featherstone",
    "Smith-Jones", "Lloyd-Webber", "Bowes-Lyon", "ap Rhys", "St John", "le Roux", "di Marco",
    "Mac an tSaoi", "Ó Briain", "Ferreira", "Jovanović", "Dvořák", "Müller", "Gonçalves",
)  # fmt: skip
# Given names that are also everyday words; templates use them both ways.
WORD_FIRST = (
    "June", "Max", "Rose", "Will", "Faith", "Hope", "Grace", "Joy", "Bill", "Pat", "Sunny",
    "Ruby", "Amber", "Holly", "Summer", "Dawn", "April", "Mark", "Frank", "Rich", "Sandy",
)  # fmt: skip
# Family names that are also words or towns.
WORD_LAST = (
    "Baker", "Cook", "Wood", "Hill", "Brown", "Green", "White", "Sale", "Bishop", "Mason",
    "Church", "Mills", "Marsh", "Fox", "Reading", "Kendal", "Lamb", "Bird", "Street",
)  # fmt: skip
NICKNAMES = {
    "Elizabeth": "Lizzie", "Margaret": "Maggie", "William": "Billy", "Robert": "Bob",
    "Katherine": "Kate", "Alexander": "Sandy", "Rebecca": "Becky", "Jennifer": "Jen",
    "Christopher": "Chris", "Siobhan": "Shiv", "Patrick": "Paddy", "Michael": "Mick",
    "Deborah": "Debs", "Nicholas": "Nick", "Jonathan": "Jonny", "Samantha": "Sam",
    "Oluwaseun": "Seun", "Abimbola": "Bimbo", "Aleksandra": "Ola", "Giuseppe": "Beppe",
    "Francesca": "Frankie", "Mohammed": "Mo", "Alexandra": "Lexi", "Bernadette": "Bernie",
}  # fmt: skip
AGENTS = (
    "Dave", "Sharon", "Kayleigh", "Dean", "Jas", "Priya", "Tom", "Leanne", "Callum", "Shona",
    "Bilal", "Marta", "Ricky", "Donna", "Aled", "Niamh", "Kofi", "Yasmin",
)  # fmt: skip
NATO = {
    "A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot",
    "G": "Golf", "H": "Hotel", "I": "India", "J": "Juliet", "K": "Kilo", "L": "Lima",
    "M": "Mike", "N": "November", "O": "Oscar", "P": "Papa", "Q": "Quebec", "R": "Romeo",
    "S": "Sierra", "T": "Tango", "U": "Uniform", "V": "Victor", "W": "Whiskey", "X": "X-ray",
    "Y": "Yankee", "Z": "Zulu",
}  # fmt: skip
# The informal spelling alphabet callers use instead of NATO words.
FOLK = {
    "A": "apple", "B": "boy", "C": "cat", "D": "dog", "E": "egg", "F": "Freddie",
    "G": "George", "H": "Harry", "I": "igloo", "J": "Jack", "K": "king", "L": "London",
    "M": "mother", "N": "Nellie", "O": "orange", "P": "Peter", "R": "Robert", "S": "sugar",
    "T": "Tommy", "U": "umbrella", "V": "Victor", "W": "William", "Y": "yellow", "Z": "zebra",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Person:
    """One person of a call: given name, family name and an optional nickname."""

    first: str
    last: str
    nick: str


Group = tuple[tuple[str, ...], tuple[str, ...]]  # given names, family names


@functools.lru_cache(maxsize=1)
def _groups() -> tuple[Group, ...]:
    """Given and family names per locale, drawn once with fixed seeds (so reproducible)."""
    from faker import Faker

    groups: list[Group] = [(TYPED_FIRST + tuple(NICKNAMES), TYPED_LAST), (WORD_FIRST, WORD_LAST)]
    for index, locale in enumerate(LOCALES):
        fake = Faker(locale)
        fake.seed_instance(1000 + index)
        firsts = _unique([fake.first_name() for _ in range(_PER_LOCALE)])
        lasts = _unique([fake.last_name() for _ in range(_PER_LOCALE)])
        groups.append((firsts, lasts))
    return tuple(groups)


def _unique(names: list[str]) -> tuple[str, ...]:
    """Names in first-seen order without repeats or blanks."""
    return tuple(dict.fromkeys(name.strip() for name in names if name.strip()))


def person(rng: random.Random) -> Person:
    """A caller or third party, both names mostly from one locale; word-names now and then."""
    groups = _groups()
    home = rng.choice(groups)
    first = rng.choice(WORD_FIRST) if rng.random() < 0.1 else rng.choice(home[0])
    family = rng.choice(groups)[1] if rng.random() < 0.15 else home[1]
    last = rng.choice(WORD_LAST) if rng.random() < 0.06 else rng.choice(family)
    return Person(first, last, NICKNAMES.get(first, first))


def fold(name: str) -> str:
    """A Latin name without its accents: Gül -> Gul, Dvořák -> Dvorak."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_spellable(name: str) -> bool:
    """Whether a name is Latin letters (accents aside) that a caller can read out."""
    folded = fold(name)
    return folded.isascii() and any(ch.isalpha() for ch in folded)


def spell_dashed(name: str) -> str:
    """Letters joined by dashes, the way an agent types them: S-I-O-B-H-A-N."""
    return "-".join(ch.upper() for ch in fold(name) if ch.isalpha())


def spell_spaced(name: str) -> str:
    """Letters spaced out: O K A F O R."""
    return " ".join(ch.upper() for ch in fold(name) if ch.isalpha())


def spell_phonetic(name: str, rng: random.Random) -> str:
    """Letters with a spelling word each: 'M for Mike, O for Oscar'."""
    alphabet = NATO if rng.random() < 0.6 else FOLK
    parts = []
    for ch in fold(name).upper():
        if ch.isalpha():
            word = alphabet.get(ch, NATO.get(ch, ch))
            parts.append(f"{ch} for {word}")
    return ", ".join(parts)
