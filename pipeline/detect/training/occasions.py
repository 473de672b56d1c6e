"""Build the occasions list: holidays and festivals of every country (``holidays``, in
English), and the shopping events and UK occasions people buy for.

    make lexicon          # also writes pipeline/detect/data/occasions.txt

One occasion a line, folded (``patterns.fold``), with the forms people type ("mother's day",
"mothers day"). An occasion names no one: the small model often tags "Diwali", "Halloween" or
"Rosh Hashanah" as a person. A one-word holiday that is also a person's name ("Arafat") is
left out; a holiday named after a person is kept whole ("Martin Luther King Jr. Day").
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from pathlib import Path

from pipeline.detect.training.names import english_names

DATA = Path(__file__).resolve().parents[1] / "data"
OUT = DATA / "occasions.txt"
YEARS = range(2024, 2029)
# What claims name besides public holidays: shopping events, UK occasions, festivals.
EXTRA = (
    "Black Friday", "Cyber Monday", "Prime Day", "Singles Day", "Boxing Day", "Valentine's Day",
    "Mother's Day", "Mothering Sunday", "Father's Day", "Pancake Day", "Shrove Tuesday",
    "Bonfire Night", "Guy Fawkes Night", "Burns Night", "Halloween", "Hallowe'en",
    "Thanksgiving", "Hanukkah", "Chanukah", "Diwali", "Deepavali", "Holi", "Eid",
    "Eid al-Fitr", "Eid al-Adha", "Ramadan", "Lunar New Year", "Chinese New Year", "Vaisakhi",
    "Passover", "Purim", "Rosh Hashanah", "Yom Kippur", "Easter", "Christmas", "Christmas Eve",
    "New Year's Eve", "New Year's Day", "Hogmanay", "St Patrick's Day", "St George's Day",
    "St David's Day", "St Andrew's Day", "Burns Supper", "Grandparents' Day", "Earth Day",
    "Small Business Saturday", "Green Monday", "Back to School", "Freshers' Week",
    "Singles' Day", "Kwanzaa", "Raksha Bandhan", "Durga Puja", "Navratri", "Onam", "Pongal",
    "Lohri", "Karva Chauth", "Bandi Chhor Divas", "Nowruz", "Mid-Autumn Festival",
    "Samhain", "Imbolc", "Beltane", "Lughnasadh", "Yule", "Midsummer", "Matariki", "Vesak",
    "Wesak", "Chuseok", "Seollal", "Tết", "Songkran", "Hari Raya", "Eid ul-Fitr", "Eid ul-Adha",
    "Mawlid", "Ashura", "Guru Nanak Jayanti", "Gurpurab", "Janmashtami", "Ganesh Chaturthi",
    "Makar Sankranti", "Thaipusam", "Whitsun", "Pentecost", "Epiphany", "Candlemas",
    "Michaelmas", "Harvest Festival", "Remembrance Sunday", "Armistice Day", "Juneteenth",
    "Loy Krathong", "Nyepi", "Orthodox Christmas", "Orthodox Easter", "Día de los Muertos",
    "Day of the Dead", "Mardi Gras", "Notting Hill Carnival", "Pride Month", "Hanami", "Obon",
    # the same kind of occasion in the languages claims come in
    "Fête des mères", "Fête des pères", "Saint-Valentin", "Soldes", "Soldes d'été",
    "Soldes d'hiver", "Día de la Madre", "Día del Padre", "San Valentín", "Día de Reyes",
    "Reyes Magos", "Rebajas", "Festa della mamma", "Festa del papà", "San Valentino", "Befana",
    "Saldi", "Muttertag", "Vatertag", "Valentinstag", "Nikolaus", "Moederdag", "Vaderdag",
    "Sinterklaas", "Valentijnsdag", "Dzień Matki", "Dzień Ojca", "Walentynki", "Andrzejki",
    "Mikołajki", "Wigilia", "Nos Galan", "Dydd Santes Dwynwen", "Dydd Gŵyl Dewi", "Nadolig",
    "Dia da Mãe", "Dia do Pai", "Dia dos Namorados", "Mors dag", "Fars dag", "Alla hjärtans dag",
)  # fmt: skip
_TAIL = re.compile(r"\s*\((?:observed|estimated|in lieu|substituted[^)]*)\)|\s*\*+$", re.I)
_LATIN = re.compile(r"[a-z0-9][a-z0-9' .\-]*[a-z0-9']")


def holiday_names() -> Iterator[str]:
    """Every holiday name the ``holidays`` package knows, in every category it keeps
    (public, optional, religious, ...), in the country's language and in English where it
    can say it; names joined with
    ";", "/" or "or" are split, and what is in brackets is left out."""
    import holidays

    for country in holidays.list_supported_countries():
        default = holidays.country_holidays(country)
        categories = getattr(default, "supported_categories", ())
        calendars = []
        for language in {getattr(default, "default_language", None), "en_US"}:
            try:  # the country's own language, and English where the package has it
                calendars.append(
                    holidays.country_holidays(
                        country, years=YEARS, language=language, categories=categories
                    )
                )
            except (NotImplementedError, ValueError, KeyError):
                continue
        for calendar in calendars:
            for names in calendar.values():
                for name in _SPLIT.split(str(names)):
                    yield _BRACKETS.sub("", _TAIL.sub("", name)).strip()


_SPLIT = re.compile(r"; | / | or ")
_BRACKETS = re.compile(r"\s*\(([^()]*)\)")


def forms(name: str) -> Iterator[str]:
    """The ways an occasion is typed: with and without its apostrophe, "St" or "Saint"."""
    from pipeline.detect.patterns import fold

    base = " ".join(fold(name).replace("\u2019", "'").split())
    found = {base, base.replace("'s ", "s ").replace("s' ", "s "), base.replace("-", " ")}
    for form in list(found):
        if form.startswith(("st ", "saint ")):
            rest = form.split(" ", 1)[1]
            found.update({f"st {rest}", f"st. {rest}", f"saint {rest}"})
    return iter(sorted(f for f in found if _LATIN.fullmatch(f)))


def build() -> list[str]:
    from pipeline.detect.lexicon import COMMON_WORDS
    from pipeline.detect.patterns import fold

    person = {fold(p) for n in english_names() for p in n.replace("-", " ").split()}
    everyday = person | COMMON_WORDS  # a one-word holiday that is a word ("Special") is left
    found: set[str] = set()
    for name in (*holiday_names(), *EXTRA):
        words = name.split()
        left = everyday if name not in EXTRA else person
        if not words or len(words) > 6 or (len(words) == 1 and fold(name) in left):
            continue
        found.update(f for f in forms(name) if len(f) >= 4)
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    found = build()
    args.out.write_text(
        "# Occasions: holidays of every country (the holidays package, in its own language and\n"
        "# in English), shopping events and UK occasions. Generated by `make lexicon`; do not\n"
        "# edit.\n" + "\n".join(found) + "\n",
        encoding="utf-8",
    )
    print(f"{len(found)} occasion forms -> {args.out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
