"""Street lines and postcodes as the other countries claims come from write them.

A street line of France, Spain, Italy, Portugal, Poland, Wales, Ireland or Gaelic Scotland puts its street word first
("152 boulevard de la Gare", "Avda. de Gracia 159", "Via Mazzini, 175/B", "ul. Kościuszki
173 m. 11", "Heol y Felin"); a German or Dutch one ends in it ("Hauptstraße 5",
"Kerkstraat 12"). A postcode of those countries is digits ("75011", "28-300", "1017 AB")
that only the line it stands on tells apart from any other number: a country letter before
it ("F-75002", "E-28013"), a town after it at the start of a line or after a comma
("\n75014 Lyon", ", 37-764 Łódź"); an Irish Eircode has a shape of its own ("D02 X285").
Pure ``re``; the recognizers in ``recognizers.py`` wrap these finders.
"""

from __future__ import annotations

import re

from pipeline.detect.addresses import ADDRESS_CUE_RE
from pipeline.detect.lexicon import is_everyday_word
from pipeline.detect.patterns import SMALL_WORDS, fold

# Street words that open a street's name, by language; the ones that are no English word
# name a street with no number too ("calle Mayor", "Heol y Felin").
_OPENING_ALONE = (
    "rue|chemin|impasse|all[ée]e|boulevard|bd|quai|lotissement|sentier|calle|c/|avenida|"
    "avda|paseo|p[º°]|plaza|pza|traves[ií]a|urbanizaci[óo]n|urb|callej[óo]n|carretera|"
    "camino|ronda|glorieta|cuesta|rambla|carrer|passeig|viale|vicolo|piazza|piazzale|"
    "corso|lungomare|contrada|rua|travessa|pra[çc]a|estrada|alameda|ulica|aleja|"
    "osiedle|heol|ffordd|stryd|l[ôo]n|teras|cilgant|rhodfa|maes|clos|plas|"
    "sr[áà]id|b[óo]thar|ascaill|cearn[óoa]g|l[áa]na|pl[áa]s|c[ée]ide|bealach|c[úu]irt|"
    "garr[áa]n|ard[áa]n|rathad"
)
_OPENING_NUMBERED = "avenue|av|place|pl|cours|route|square|passage|via|largo|strada|ul|al|os|plac"
_LINK = (
    r"(?:de|del|de[ \t]+la|de[ \t]+las|de[ \t]+los|des|du|de[ \t]+l'|d'|della|dello|dei|degli|"
    r"delle|di|do|da|dos|das|y|yr|'r|la|le|les|el|los|las|i)"
)
_NAME_WORD = r"[^\W\d_][\w'\-]*"
_STREET_NUMBER = (
    r"\d{1,4}(?:[ \t]?(?:bis|ter)|[ \t]?[a-zA-Z](?![\w.]))?(?:/[0-9a-zA-Z]{1,3})?(?![ \t]\d{3})"
)
_AFTER = (
    rf"(?:,?[ \t]*(?:n[º°o]\.?[ \t]*)?(?P<after>{_STREET_NUMBER})"
    r"(?:[ \t]*(?:m\.|lok\.|,[ \t]*\d{1,2}[º°ª][ \t]*(?:\d[º°ª]|izq\.?|dcha\.?|dch\.?|izda\.?)?)"
    r"[ \t]*\d{0,4})?)?"
)
_OPENING_STREET_RE = re.compile(
    rf"(?<![\w'\-/])(?:(?P<before>{_STREET_NUMBER}),?[ \t]+)?"
    rf"(?P<kind>(?i:{_OPENING_ALONE}|{_OPENING_NUMBERED}))\.?[ \t]+"
    rf"(?P<name>(?:(?i:{_LINK})[ \t]+)?{_NAME_WORD}(?:[ \t]+(?:(?i:{_LINK})[ \t]+)?{_NAME_WORD}){{0,3}})"
    rf"{_AFTER}(?![\w'])"
)
_ALONE_RE = re.compile(rf"(?i:{_OPENING_ALONE})")
# Street words whose number comes after the name only ("Via Mazzini 12", "ul. Długa 5").
_NUMBER_AFTER = frozenset({"via", "largo", "strada", "ul", "al", "os", "pl", "plac"})
# German and Dutch street names end in their street word, then a number.
_ENDING_STREET_RE = re.compile(
    r"(?<![\w'])[^\W\d_][\w'\-]*(?i:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|"
    r"straat|laan|plein|gracht|kade|dijk|singel|steeg|hof)[ \t]+\d{1,4}[ \t]?[a-zA-Z]?(?![\w])"
)


def find_european_streets(text: str) -> list[tuple[int, int]]:
    """Street lines with the street word first (with a number, or a word no English street
    word is), and German and Dutch ones ending in it before a number."""
    found: list[tuple[int, int]] = []
    for match in _OPENING_STREET_RE.finditer(text):
        before = match.group("before")
        if before and (
            match.group("kind").lower() in _NUMBER_AFTER or re.fullmatch(r"(?:19|20)\d\d", before)
        ):
            continue  # "2026 via DHL": a year, and "via" takes its number after the name
        if not (before or match.group("after")):
            if _ALONE_RE.fullmatch(match.group("kind")) is None:
                continue  # "via Amazon", "place Order": an English word needs a number
            if not all(
                w[0].isupper() or re.fullmatch(_LINK, w, re.IGNORECASE)
                for w in match.group("name").split()
            ):
                continue  # "rue de la paix" in prose: capitalised or numbered only
        if match.group("kind").lower() in _ENGLISH_KINDS and _reads_as_english(match.group("name")):
            continue  # "via Evri to Newport on 13/11", "Booked via Leilani Swim for Hogmanay, 369"
        found.append((match.start(), match.end()))
    for match in _ENDING_STREET_RE.finditer(text):
        if not is_everyday_word(match.group(0).split()[0].lower()):
            found.append(match.span())  # not "During 2019", "Spring 2024"
    return found


# Street words that are English words too: their "name" in an English sentence is prose.
_ENGLISH_KINDS = frozenset({"via", "place", "route", "square", "passage", "avenue"})


def _reads_as_english(name: str) -> bool:
    """True when a street word's "name" runs through English small words or opens with a
    courier or shop ("via DHL to March", "via Leilani Swim for Hogmanay")."""
    from pipeline.detect.names import brand_ranges  # names.py imports this module's users

    words = [w.lower() for w in name.split()]
    if any(w in SMALL_WORDS for w in words):
        return True
    return any(start == 0 for start, _ in brand_ranges(fold(name)))


_COUNTRY_POSTCODE_RE = re.compile(
    r"(?<![\w\-])(?:(?:F|E|D|I|B|A|L|P|CH|NL|DK|FI|S|N)-\d{4,5}|PL-\d{2}-\d{3})(?![\w\-])"
)
# A postcode opening an address line, before its town: "75014 Lyon", "28-300 Jędrzejów",
# "17 643 Nancy", "1017 AB Amsterdam", "1200-195 Lisboa"; the town ends the line or the part.
_LINE_POSTCODE_RE = re.compile(
    r"(?:^|(?<=[\n,]))[ \t]*(?P<code>\d{5}|\d{2}[ \-]\d{3}|\d{4}-\d{3}|\d{4}[ \t]?[A-Z]{2})[ \t]+"
    r"(?=[^\W\d_a-z][\w'\-]+(?:[ \t][^\W\d_a-z][\w'\-]+){0,2}[ \t]*(?:$|[,.;)\n]))",
    re.MULTILINE,
)
# An Irish Eircode: a routing key (letter and two digits, or D6W) and four characters.
_EIRCODE_RE = re.compile(
    r"(?<![\w])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t\-.]?(?=[0-9A-Z]{0,3}[A-Z])[0-9AC-FHKNPRTV-Y]{4}(?![\w])",
    re.IGNORECASE,
)
# ... written wider, in capitals only: "X91  V356", "V 94 PH9W", "W 2 3 X Y E H".
_E = "[0-9AC-FHKNPRTV-Y]"
_WIDE_EIRCODE_RE = re.compile(
    rf"(?<![\w])[AC-FHKNPRTV-Y][ \t]?\d[ \t]?\d[ \t]{{1,2}}(?=(?:{_E}[ \t]?){{0,3}}[A-Z])"
    rf"(?:{_E}[ \t]?){{3}}{_E}(?![\w])"
)


# A postcode closing a sentence after an address cue: "J'habite Larchfield, 08374."
_CLOSING_POSTCODE_RE = re.compile(r"(?<=,)[ \t]*(?P<code>\d{5}|\d{2}-\d{3})(?=[ \t]*(?:[.;\n]|$))")


def find_european_postcodes(text: str) -> list[tuple[int, int]]:
    """Postcodes with a country letter, opening an address line before a town, closing an
    address after a cue, and Eircodes."""
    found = [m.span() for m in _COUNTRY_POSTCODE_RE.finditer(text)]
    found += [m.span("code") for m in _LINE_POSTCODE_RE.finditer(text)]
    for match in _CLOSING_POSTCODE_RE.finditer(text):
        sentence = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()))
        if ADDRESS_CUE_RE.search(text, sentence + 1, match.start()):
            found.append(match.span("code"))
    found += [m.span() for m in _EIRCODE_RE.finditer(text)]
    return found + [
        m.span()
        for m in _WIDE_EIRCODE_RE.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in found)
    ]
