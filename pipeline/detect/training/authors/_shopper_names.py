"""People in the shopper author's notes: name pools from Mimesis and Faker's non-English locales.

The dev split's locales (en_IE, en_NZ, en_AU, is, et) are never read, nor ga_IE (the Irish
names the en_IE split draws on). About one person in twenty has a name in a non-Latin script
(Chinese, Japanese, Korean, Cyrillic, Greek, Arabic, Devanagari); the rest are Latin, written
as given (with diacritics) or folded to ASCII, in Title, lower, UPPER or mixed case.
"""

from __future__ import annotations

import importlib
import json
import random
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.detect.training.authors import _shopper_lines as lines

_BANNED_MIMESIS = {"en-au", "is", "et"}
_BANNED_FAKER = {"en_IE", "en_NZ", "en_AU", "is_IS", "et_EE", "ga_IE"}
_SCRIPTS = ("LATIN", "CJK", "HIRAGANA", "KATAKANA", "HANGUL", "CYRILLIC", "GREEK", "ARABIC", "DEVANAGARI")  # fmt: skip
_EASTERN = ("zh", "ja", "ko")
_PARTICLES = {
    "nl": ["van", "van der", "van den", "de", "ter"], "de": ["von", "von der", "zu"],
    "fr": ["de", "du", "le", "de la"], "es": ["de", "de la", "del"], "pt": ["da", "dos", "de"],
    "it": ["di", "de", "del", "della"],
}  # fmt: skip
# Given names that are also English words, so the model cannot lean on the word alone.
WORD_NAMES = [
    "Will", "Hope", "Mark", "Grace", "Rose", "June", "Max", "Sunny", "Dawn", "Faith", "Joy",
    "Holly", "Ivy", "Ruby", "Amber", "Frank", "Bill", "Pat", "Rob", "Guy", "Dean", "Drew",
    "Chase", "Jack", "Daisy", "Poppy", "Hazel", "Olive", "Robin", "Jay", "Ray", "Miles", "Cliff",
    "Sky", "River", "Storm", "Summer", "Autumn", "Penny", "Pearl", "Violet", "Lily", "Iris",
    "Heather", "Crystal", "Sue", "Art", "Hunter", "Faye", "Bob", "Basil", "Rich", "Sandy",
]  # fmt: skip
_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss",
                       "æ": "ae", "Æ": "AE", "œ": "oe", "ı": "i", "ð": "d", "þ": "th"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Pool:
    """One locale's names, split by gender."""

    tag: str
    script: str
    given: tuple[tuple[str, ...], tuple[str, ...]]  # female, male
    surnames: tuple[tuple[str, ...], tuple[str, ...]]


def fold(text: str) -> str:
    """The name without diacritics, as many shoppers type it."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _script(names: list[str]) -> str:
    seen: dict[str, int] = {}
    for name in names[:200]:
        for char in name:
            if char.isalpha():
                word = unicodedata.name(char, "").split(" ")[0]
                seen[word] = seen.get(word, 0) + 1
                break
    top = max(seen, key=lambda k: seen[k]) if seen else ""
    return top if top in _SCRIPTS else ""


def _clean(names: Any) -> tuple[str, ...]:
    found = dict.fromkeys(str(n).strip() for n in names if str(n).strip() and len(str(n)) < 30)
    return tuple(found)


def _mimesis() -> list[Pool]:
    import mimesis

    root = Path(mimesis.__file__).parent / "datasets"
    pools = []
    for folder in sorted(root.iterdir()):
        person = folder / "person.json"
        if folder.name in _BANNED_MIMESIS or not person.exists():
            continue
        data = json.loads(person.read_text(encoding="utf-8"))
        names, surnames = data.get("names"), data.get("surnames")
        if not isinstance(names, dict) or not surnames:
            continue
        if not isinstance(surnames, dict):
            surnames = {"female": surnames, "male": surnames}
        given = (_clean(names.get("female", [])), _clean(names.get("male", [])))
        family = (_clean(surnames.get("female", [])), _clean(surnames.get("male", [])))
        script = _script([*given[0], *family[0]])
        if all(given) and all(family) and script:
            pools.append(Pool(f"mimesis:{folder.name}", script, given, family))
    return pools


def _faker() -> list[Pool]:
    from faker.config import AVAILABLE_LOCALES

    pools = []
    for locale in sorted(AVAILABLE_LOCALES):
        if locale.startswith("en") or locale in _BANNED_FAKER:
            continue
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ModuleNotFoundError:
            continue
        both = getattr(provider, "first_names", ())
        given = (
            _clean(getattr(provider, "first_names_female", both)),
            _clean(getattr(provider, "first_names_male", both)),
        )
        last = getattr(provider, "last_names", ())
        family = (
            _clean(getattr(provider, "last_names_female", last)),
            _clean(getattr(provider, "last_names_male", last)),
        )
        if min(len(g) for g in given) < 20 or min(len(f) for f in family) < 10:
            continue  # a locale that only inherits the two placeholder names
        script = _script([*given[0], *family[0]])
        if script:
            pools.append(Pool(f"faker:{locale}", script, given, family))
        romanised = getattr(provider, "first_romanized_names", ())
        if romanised:
            latin = _clean(romanised)
            surnames = _clean(getattr(provider, "last_romanized_names", ()))
            pools.append(
                Pool(f"faker:{locale}:latin", "LATIN", (latin, latin), (surnames, surnames))
            )
    return pools


def _group(pool: Pool) -> str:
    language = pool.tag.split(":")[1][:2]
    return language if language in _EASTERN else pool.script


@cache
def pools() -> tuple[tuple[Pool, ...], tuple[Pool, ...], tuple[tuple[Pool, ...], ...]]:
    """English-speaking, other Latin, and non-Latin pools (one group per script), in a fixed order."""
    found = [*_mimesis(), *_faker()]
    english = tuple(p for p in found if p.tag in ("mimesis:en", "mimesis:en-gb", "mimesis:en-ca"))
    latin = tuple(p for p in found if p.script == "LATIN" and p not in english)
    groups = dict.fromkeys(_group(p) for p in found if p.script != "LATIN")
    other = tuple(tuple(p for p in found if p.script != "LATIN" and _group(p) == g) for g in groups)
    return english, latin, other


@dataclass(slots=True)
class Person:
    """One person in a note and how the shopper writes their name."""

    given: str
    middle: str
    surname: str
    eastern: str | None  # None: given first; else the separator after the surname
    title: str
    relation: str
    case: str

    def _cased(self, rng: random.Random, text: str) -> str:
        how = self.case if rng.random() < 0.85 else rng.choice(["title", "lower", "upper"])
        if how == "lower":
            return text.lower()
        if how == "upper":
            return text.upper()
        if how == "mixed":
            words = text.split(" ")
            return " ".join(w.lower() if rng.random() < 0.5 else w.capitalize() for w in words)
        return text

    def first_form(self, rng: random.Random) -> str:
        return self._cased(rng, self.given)

    def surname_form(self, rng: random.Random) -> str:
        return self._cased(rng, self.surname)

    def full_form(self, rng: random.Random) -> str:
        if self.eastern is not None:
            return self._cased(rng, self.surname + self.eastern + self.given)
        given = f"{self.given} {self.middle}" if self.middle else self.given
        return self._cased(rng, f"{given} {self.surname}")

    def initial_form(self, rng: random.Random) -> str:
        if self.eastern is not None:
            return self.full_form(rng)
        dot = rng.choice([". ", ". ", " ", "."])
        return self._cased(rng, self.given[0] + dot + self.surname)


def _person(rng: random.Random, relation: str, word_name: float) -> Person:
    english, latin, other = pools()
    roll = rng.random()
    pool = rng.choice(rng.choice(other) if roll < 0.05 else english if roll < 0.3 else latin)
    female = rng.random() < 0.5
    given = rng.choice(pool.given[0 if female else 1])
    surname = rng.choice(pool.surnames[0 if female else 1])
    middle = ""
    language = pool.tag.split(":")[1][:2]
    eastern = None
    if pool.script != "LATIN":
        if language in _EASTERN:
            eastern = " " if language == "ja" and rng.random() < 0.5 else ""
    else:
        if rng.random() < word_name:
            given = rng.choice(WORD_NAMES)
        if rng.random() < 0.12:
            middle = rng.choice(pool.given[0 if female else 1])
        if language in ("es", "pt") and rng.random() < 0.5:
            surname = f"{surname} {rng.choice(pool.surnames[0 if female else 1])}"
        elif language in _PARTICLES and rng.random() < 0.25 and " " not in surname:
            surname = f"{rng.choice(_PARTICLES[language])} {surname}"
        elif rng.random() < 0.05:
            surname = f"{surname}-{rng.choice(pool.surnames[0 if female else 1])}"
        if rng.random() < 0.3:
            given, middle, surname = fold(given), fold(middle), fold(surname)
    title = rng.choice(["Mrs", "Ms", "Miss", "Mrs.", "Dr"] if female else ["Mr", "Mr.", "Dr"])
    case = rng.choices(["title", "lower", "upper", "mixed"], [55, 30, 8, 7])[0]
    return Person(given, middle, surname, eastern, title, relation, case)


class Cast:
    """The shopper (0), two people they know (1, 2) and someone at the cashback site (3), made
    when a note first names them."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.known: dict[int, Person] = {}

    def __getitem__(self, index: int) -> Person:
        if index not in self.known:
            relation = ("me", "", "", "staff")[index] or self._relation()
            self.known[index] = _person(self.rng, relation, (0.05, 0.25, 0.1, 0.1)[index])
        return self.known[index]

    def _relation(self) -> str:
        taken = {p.relation for p in self.known.values()}
        return self.rng.choice([r for r in lines.RELATIONS if r not in taken])
