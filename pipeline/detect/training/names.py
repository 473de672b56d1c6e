"""Name sources for the generator and the lexicon: Faker's name lists, split by locale.

Locales in ``DEV_LOCALES`` never feed the lexicon or the training corpus; the dev split draws
its names from them, so dev figures measure names the detector was not built from.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Held out of every build artefact: names for the dev split only.
DEV_LOCALES = frozenset({
    "yo_NG", "ig_NG", "tw_GH", "ga_IE", "lt_LT", "hy_AM", "ka_GE", "sq_AL", "mt_MT", "fil_PH",
    "uz_UZ", "ne_NP", "si_LK", "et_EE", "is_IS", "zu_ZA",
})  # fmt: skip
# Deprecated aliases or locales without a person provider of their own.
_SKIP = frozenset({"fr_QC", "la"})


@dataclass(frozen=True, slots=True)
class NamePool:
    """First names and surnames of a set of locales, deduplicated, in a stable order."""

    first: tuple[str, ...]
    last: tuple[str, ...]


def _person_provider(locale: str) -> Any:
    from faker import Faker

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fake = Faker(locale)
    for provider in fake.get_providers():
        if type(provider).__module__.startswith("faker.providers.person"):
            return provider
    return None


def _names(values: Any) -> list[str]:
    return [str(v).strip() for v in values if str(v).strip()]


@functools.lru_cache(maxsize=2)
def pool(dev: bool) -> NamePool:
    """The training pool (``dev=False``: every locale but the dev ones) or the dev pool."""
    from faker.config import AVAILABLE_LOCALES

    first: dict[str, None] = {}
    last: dict[str, None] = {}
    for locale in sorted(AVAILABLE_LOCALES):
        if locale in _SKIP or (locale in DEV_LOCALES) != dev:
            continue
        provider = _person_provider(locale)
        if provider is None:
            continue
        for attribute in ("first_names", "first_names_female", "first_names_male"):
            first.update(dict.fromkeys(_names(getattr(provider, attribute, ()))))
        last.update(dict.fromkeys(_names(getattr(provider, "last_names", ()))))
    if not dev:
        return NamePool(tuple(first), tuple(last))
    # A dev name must be new to the build: drop what the training locales also hold.
    train = pool(False)
    seen_first, seen_last = set(train.first), set(train.last)
    return NamePool(
        tuple(n for n in first if n not in seen_first),
        tuple(n for n in last if n not in seen_last),
    )


def name_words(names: Iterable[str]) -> set[str]:
    """The folded words of names: "Anne-Marie O'Neill" gives "anne", "marie", "o'neill"."""
    from pipeline.detect.patterns import fold

    return {fold(part) for name in names for part in name.replace("-", " ").split()}


ENGLISH_LOCALES = ("en_GB", "en_IE", "en_US", "en_AU", "en_CA", "en_NZ", "en_IN")


def english_names(surnames: bool = True) -> list[str]:
    """First names (and surnames) of the English-speaking locales: names a UK reader knows."""
    found: dict[str, None] = {}
    attributes = ("first_names", "first_names_female", "first_names_male")
    for locale in ENGLISH_LOCALES:
        provider = _person_provider(locale)
        if provider is None:
            continue
        for attribute in (*attributes, "last_names") if surnames else attributes:
            found.update(dict.fromkeys(_names(getattr(provider, attribute, ()))))
    return list(found)


# Mimesis locales whose languages the dev split's Faker locales hold (Icelandic, Estonian):
# left out, so the dev names stay new to the lexicon.
_MIMESIS_DEV = frozenset({"is", "et"})


def mimesis_names() -> list[str]:
    """Given names and surnames of every Mimesis locale but the dev ones: a second name source,
    written by other people than Faker's, for the lexicon only."""
    import json
    from importlib import resources

    found: dict[str, None] = {}
    root = resources.files("mimesis") / "datasets"
    for locale in sorted(p.name for p in root.iterdir() if p.is_dir()):
        path = root / locale / "person.json"
        if locale in _MIMESIS_DEV or not path.is_file():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in ("names", "surnames"):
            groups = data.get(key, {})
            for values in groups.values() if isinstance(groups, dict) else [groups]:
                found.update(dict.fromkeys(_names(values)))
    return list(found)
