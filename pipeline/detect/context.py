"""Names found by the words around them, whatever the name: the forms the model misses.

"Hazel says ...", "Etxeberria lives near ...", "ask for Dolkar", "delivered to Faleolo",
"it went on Tawhiri's card", "KILABUK, Aputi", and sign-offs ("-- Oihana", "-- O. Goikoetxea").
A word the claims vocabulary knows as something else (a shop, a pronoun, "Customer") is
never taken; a town before a reporting verb is a person ("Barry says"); product, shop and event contexts are dropped later (``guards.py``).
"""

from __future__ import annotations

import re

from pipeline.detect.names import NOT_NAMES, brand_ranges
from pipeline.detect.patterns import SMALL_WORDS, SUFFIX_WORDS, TITLES, fold
from pipeline.detect.recognizers import LocalFinder

_NOT_PEOPLE = NOT_NAMES | SMALL_WORDS | TITLES | frozenset({
    "everyone", "someone", "somebody", "nobody", "noone", "anyone", "anybody", "staff", "agent",
    "website", "site", "app", "system", "courier", "driver", "manager", "seller", "store",
    "retailer", "merchant", "team", "company", "they", "he", "she", "it", "we", "you", "i",
    "who", "which", "that", "this", "these", "those", "email", "letter", "text", "message",
    "receipt", "screenshot", "tracking", "bank", "statement", "advisor", "adviser", "rep",
    "operator", "supervisor", "chat", "bot", "mum", "dad", "wife", "husband",
})  # fmt: skip
_CAP = r"[^\W\d_a-z][^\W\d_]*(?:['\u2019\-][^\W\d_]+)*"
_NAME = rf"(?P<name>{_CAP}(?:[ \t]{_CAP}){{0,2}})"
_REPORTING = (
    r"says|said|told|tells|asked|asks|rang|rings|phoned|phones|called|calls|emailed|emails|"
    r"messaged|wrote|writes|confirmed|confirms|wants|wanted|thinks|thought|reckons|claims|"
    r"mentioned|explained|insists|lives|lived|complained|agreed|replied|noticed"
)
_REPORTING_RE = re.compile(rf"(?<![\w'\-]){_NAME}[ \t]+(?:{_REPORTING})(?![\w])")
_CUE_RE = re.compile(
    r"(?<![\w])(?i:ask(?:ed)?\s+for|delivered\s+to|deliver\s+to|left\s+with|handed\s+(?:it\s+)?to|"
    r"signed\s+for\s+by|given\s+to|passed\s+to|addressed\s+to|belongs\s+to|care\s+of|c/o|fao|"
    r"attn:?|speak\s+to|speak\s+with|ask)[ \t]+" + _NAME
)
_OWNED = (
    r"account|order|orders|card|email|phone|number|mobile|husband|wife|partner|mum|dad|mother|"
    r"father|birthday|name|address|details|parcel|behalf|son|daughter|friend|payment|purchase|"
    r"login|profile|house|flat|basket|claim|present|gift"
)
_POSSESSIVE_RE = re.compile(rf"(?<![\w'\-]){_NAME}['\u2019]s[ \t]+(?:{_OWNED})(?![\w])")
_SURNAME_FIRST_RE = re.compile(
    r"(?<![\w'\-])(?P<name>(?P<last>[^\W\d_a-z]{2,}(?:['\-][^\W\d_a-z]+)*),[ \t]+"
    r"(?P<first>[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)?))(?![\w])"
)
# "my wife comfort ordered ...": after a relation, a word followed by a verb is a name
# whatever it means in English.
_RELATION_RE = re.compile(
    r"(?<![\w])(?i:my|our|his|her|their)[ \t]+(?i:wife|husband|partner|son|daughter|mum|mom|"
    r"dad|mother|father|sister|brother|friend|neighbou?r|colleague|cousin|niece|nephew|aunt|"
    r"auntie|uncle|nan|gran|grandma|grandad|fianc[eé]e?|boyfriend|girlfriend|flatmate)[ \t]+"
    r"(?P<name>[^\W\d_][^\W\d_'\-]*(?:[ \t][^\W\d_][^\W\d_'\-]*)?)(?=[ \t]+(?:"
    + _REPORTING
    + r"|ordered|bought|placed|paid|used|made|got|has|had|was|is|will|did|does|sent|returned)\b)"
)
_SIGN_OFF_RE = re.compile(
    rf"(?:^|\n)[ \t]*(?:--|-|\u2013|\u2014|~)[ \t]*(?P<name>(?:[^\W\d_]\.[ \t]?)?{_CAP}(?:[ \t]{_CAP}){{0,2}})[ \t.]*$",
    re.MULTILINE,
)


# Words that are first names too: a name only right before a reporting verb ("June says").
_WORD_NAMES = frozenset({
    "may", "june", "april", "august", "max", "summer", "autumn", "holly", "ivy", "dawn", "hope",
    "faith", "joy", "sky", "pearl", "star", "sunny", "chase", "mark", "bill", "pat", "will",
    "ray", "rose", "amber", "ruby", "jade", "heather", "hazel", "daisy", "poppy", "iris",
    "violet", "lily", "olive", "ginger", "penny", "sandy", "robin", "angel", "bonnie", "misty",
    "brook", "river", "storm", "rain", "grace", "love", "king", "earl", "duke", "prince",
})  # fmt: skip


def _person_words(text: str, start: int, end: int, reporting: bool = False) -> bool:
    words = [fold(w) for w in re.findall(r"[^\W\d_]+(?:['\-][^\W\d_]+)*", text[start:end])]
    if not words:
        return False
    blocked = _NOT_PEOPLE - _WORD_NAMES if reporting else _NOT_PEOPLE
    if any(w in blocked or w in SUFFIX_WORDS for w in words):
        return False
    return not brand_ranges(fold(text[start:end]))


def find_context_names(text: str) -> list[tuple[int, int, float]]:
    """Names given away by a reporting verb, a cue, a possessive, a surname-first or a sign-off."""
    found: list[tuple[int, int, float]] = []
    for regex, score in (
        (_REPORTING_RE, 0.6),
        (_CUE_RE, 0.6),
        (_POSSESSIVE_RE, 0.6),
        (_SURNAME_FIRST_RE, 0.65),
        (_SIGN_OFF_RE, 0.65),
        (_RELATION_RE, 0.6),
    ):
        for match in regex.finditer(text):
            start, end = match.span("name")
            if regex is _SURNAME_FIRST_RE:
                last, first = match.group("last"), match.group("first")
                if not last.isupper() or fold(first) in _NOT_PEOPLE or fold(last) in _NOT_PEOPLE:
                    continue
            if regex is _RELATION_RE:
                words = [fold(w) for w in match.group("name").split()]
                if not any(w in SMALL_WORDS or w in NOT_NAMES or w in TITLES for w in words):
                    found.append((start, end, 0.6))
                continue
            if _person_words(text, start, end, reporting=regex in (_REPORTING_RE, _CUE_RE)):
                found.append((start, end, score))
    return found


class ContextNameRecognizer(LocalFinder):
    """Names found by their context (reporting verbs, cues, possessives, sign-offs)."""

    ENTITY = "PERSON_PATTERN"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        return find_context_names(text)
