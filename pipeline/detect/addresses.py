"""Street lines with any thoroughfare word, street names without a number, and house names.

``patterns.find_street_lines`` knows the common UK street words; here the net is wider:
"80 Carly Light", "213 Griffiths Cove", "124 Jones Plaza" (a house number and capitalised
words ending in any thoroughfare word), "He lives on Prestwick Road" (no number, a strong
street word), and house names ("Ivy House", "Rose Cottage", "Home is Meadow View, ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.detect.lexicon import is_everyday_word
from pipeline.detect.patterns import (
    NOT_STREET_WORDS,
    PERSON_NAMED_BRANDS,
    SMALL_WORDS,
    SUFFIX_WORDS,
    fold,
)

# Thoroughfare words of English-speaking countries (UK, Ireland, US, Canada, Australia, NZ).
THOROUGHFARES = SUFFIX_WORDS | frozenset({
    "alley", "arcade", "bend", "boulevard", "bow", "brace", "branch", "bridge", "brook",
    "burg", "bypass", "camp", "canyon", "cape", "center", "centre", "circle", "circuit",
    "cliff", "cliffs", "club", "corner", "corners", "course", "cove", "creek", "crest", "curve",
    "dam", "divide", "estate", "esplanade", "expressway", "extension", "falls", "ferry", "field",
    "ford", "fords", "forest", "forge", "fork", "forks", "fort", "freeway", "gardens", "gateway",
    "glen", "glens", "harbor", "harbour", "haven", "highway", "hwy", "island", "isle",
    "junction", "key", "knoll", "knolls", "lake", "lakes", "land", "landing", "light", "lights",
    "loaf", "lock", "locks", "lodge", "loop", "mall", "manor", "mews", "mill", "mills", "mission",
    "motorway", "mountain", "neck", "oval", "overpass", "parkway", "pass", "pike", "pine",
    "pines", "plain", "plains", "plaza", "point", "points", "port", "prairie", "promenade",
    "quays", "radial", "ramp", "ranch", "rapid", "rapids", "rest", "river", "route", "rue",
    "run", "shoal", "shore", "shores", "skyway", "spring", "springs", "spur", "station",
    "stravenue", "stream", "strand", "summit", "throughway", "trace", "track", "trafficway",
    "trail", "tunnel", "turnpike", "underpass", "union", "valley", "via", "viaduct", "village",
    "ville", "vista", "wall", "wells", "wynd", "parade", "pathway", "reach", "retreat",
    "ridgeway", "rising", "rotary", "serviceway", "steps", "subway", "terrace", "top",
    "tarn", "thoroughfare", "boardwalk", "glade", "concourse", "distributor", "formation",
    "grange", "heath", "highroad", "pocket", "outlook", "firs", "oaks", "elms", "willows",
    "brae", "wharf", "paddock", "nook", "approach", "gate", "way", "hill", "spinney", "dell",
    "ride", "loan", "wold", "holt", "garth", "brow", "butts", "copse", "chare", "vennel",
})  # fmt: skip
# Street words strong enough to make a street name without a house number.
STRONG_THOROUGHFARES = frozenset({
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "crescent", "terrace",
    "boulevard", "drive", "close", "grove", "gardens", "mews", "parade", "place", "square",
    "plaza", "circuit", "esplanade", "highway", "parkway", "wynd", "court",
})  # fmt: skip
HOUSE_TAILS = frozenset({
    "house", "cottage", "cottages", "lodge", "barn", "farm", "farmhouse", "villa", "manor",
    "rectory", "vicarage", "granary", "bungalow", "hall", "mill", "grange", "dene", "croft",
    "view", "bank", "end", "wood", "court", "mansions", "lea", "rise", "nook", "cot", "coach",
    "manse", "forge", "schoolhouse", "smithy", "bothy", "chapel",
})  # fmt: skip
_CAP = r"[^\W\d_a-z][\w'\-]*"
_NUMBERED_RE = re.compile(
    rf"(?<![\w£$€#.,/\-])(?P<number>\d{{1,5}}[a-zA-Z]?),?[ \t]+(?P<words>{_CAP}(?:[ \t]{_CAP}){{0,3}})(?![\w'])"
)
_NAMED_RE = re.compile(rf"(?<![\w'\-])(?P<words>{_CAP}(?:[ \t]{_CAP}){{0,3}})(?![\w'])")
# Cues that make the capitalised words after them an address ("Home is Meadow View, ...").
ADDRESS_CUE_RE = re.compile(
    r"(?<![\w])(?:home\s+is|address(?:\s+is)?\s*:?|post\s+goes\s+to|lives?\s+(?:at|on|in)|"
    r"living\s+(?:at|on)|moved\s+to|deliver(?:ed|y)?\s+to|sent\s+to|left\s+(?:\w+\s+)?at|at(?=\s+(?:\d|flat|apt|unit|level|suite))|"
    r"(?:we're|we\s+are|i'm|i\s+am|we\s+live|i\s+live|they\s+live|staying|based)\s+(?:at|on)|"
    r"(?:send|post|ship)\s+(?:it\s+|them\s+)?to|ship(?:ped|ping)?(?:\s+straight|\s+direct)?\s+to|"
    r"(?:ship|bill)_?to\s*[=:]|(?:shipping|billing|delivery|postal)\s+address(?:\s+line\s*\d)?\s*[=:]|"
    r"address\s+line\s*\d\s*[=:]|(?:postal\s+)?address\s+confirmed\s+as|"
    r"house\s+(?:is|called)|property\s+called|"
    # the same in the languages claims come in
    r"j'habite(?:\s+(?:à|au|a))?|(?:mon|ma|notre)\s+adresse(?:\s+est)?|adresse|"
    r"livr[ée]e?s?\s+(?:au|à|a|chez)|vivo\s+en|mi\s+direcci[óo]n(?:\s+es)?|direcci[óo]n|"
    r"domicilio|entregad[oa]\s+en|abito\s+(?:a|in)|indirizzo|consegnat[oa]\s+(?:a|in)|"
    r"adres(?:\s+dostawy)?|mieszkam\s+(?:w|na|przy)|dostarczon[eay]\s+(?:do|na)|"
    r"(?:ich\s+)?wohne\s+in|anschrift|(?:meine\s+)?adresse|ik\s+woon\s+(?:in|op|aan)|"
    r"mijn\s+adres|moro\s+(?:em|na|no)|morada|cyfeiriad|anfonwyd\s+y\s+parsel\s+i|"
    r"rwy'n\s+byw\s+(?:yn|ar))[ \t]*:?[ \t]*",
    re.IGNORECASE,
)
_STOP_AFTER = frozenset({"branch", "shop", "store", "office", "outlet"})
_BRANDS = frozenset(PERSON_NAMED_BRANDS)


def _words(value: str) -> list[str]:
    return value.split()


def _opens_a_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t")
    return not before or before[-1] in ".!?\n:"


def find_thoroughfares(text: str) -> list[tuple[int, int]]:
    """Numbered street lines ending in any thoroughfare word, and named strong streets."""
    found: list[tuple[int, int]] = []
    for match in _NUMBERED_RE.finditer(text):
        words = _words(match.group("words"))
        for count in range(len(words), 0, -1):
            last = words[count - 1].lower().rstrip(".")
            names = [w.lower() for w in words[: count - 1]]
            if last in THOROUGHFARES and not any(
                w in NOT_STREET_WORDS or w in SMALL_WORDS for w in names
            ):
                if count == 1 and (last not in STRONG_THOROUGHFARES or len(words) > 1):
                    break  # "3 Way", "4 St Lucy's Day" (a saint): a street word needs a name
                end = match.start("words") + len(" ".join(words[:count]))
                found.append((match.start(), end))
                break
    for match in _NAMED_RE.finditer(text):
        if any(s <= match.start() < e for s, e in found):
            continue
        words = _words(match.group("words"))
        start = match.start()
        if len(words) > 2 and _opens_a_sentence(text, start) and is_everyday_word(words[0].lower()):
            start += len(words[0]) + 1  # "Visited Baker Street": the verb opening the sentence
            words = words[1:]
        for count in range(len(words), 1, -1):
            last = words[count - 1].lower().rstrip(".")
            if last in STRONG_THOROUGHFARES and words[0].lower() not in SMALL_WORDS:
                following = text[start + len(" ".join(words[:count])) :].lstrip(" ").lower()
                if following.split(" ", 1)[0].rstrip(".,") in _STOP_AFTER:
                    break
                found.append((start, start + len(" ".join(words[:count]))))
                break
    return found


_UNIT = (
    r"(?:(?:flat|apt|apartment|unit|level|suite|floor)\.?[ \t]*\d{1,4}[a-z]?[ \t]*[,\-]?[ \t\n]*)"
)
_ANY_WORD = r"[^\W\d_][\w'\-]*\.?"
_CUED_RE = re.compile(
    rf"(?P<unit>{_UNIT})?(?P<number>\d{{1,5}}[a-z]?(?:/\d{{1,4}})?,?[ \t]+)?"
    rf"(?P<words>{_ANY_WORD}(?:[ \t]{_ANY_WORD}){{0,3}})",
    re.IGNORECASE,
)


def _cued_words(words: list[str]) -> list[str]:
    """The words of a cued address up to the first small or prose word."""
    kept: list[str] = []
    for word in words:
        lowered = word.lower().rstrip(".")
        if (lowered in SMALL_WORDS and lowered != "the") or lowered in NOT_STREET_WORDS:
            break
        if any(c.isdigit() for c in word):
            break  # a postcode follows: it is found as one
        kept.append(word)
        if word.endswith(".") and len(lowered) > 1 and lowered not in _ABBREVIATED:
            break  # a sentence ends: "lives in Hyde. DAVIT ..." (not "St.", "Rd.")
    while kept and kept[-1].lower() == "the":
        kept.pop()
    named = [w for w in kept if w.lower() != "the"]
    if named and named[0][0].isupper():
        # A capitalised name ends at the first lower-case word ("Maungaweka Heights apparently").
        for index, word in enumerate(kept):
            if word.lower() != "the" and not word[0].isupper():
                return kept[:index]
        return kept
    # Lower case: up to the last street or house word, if any.
    for index in range(len(kept) - 1, -1, -1):
        if kept[index].lower().rstrip(".") in THOROUGHFARES | HOUSE_TAILS:
            return kept[: index + 1]
    return kept


_ABBREVIATED = frozenset({"st", "rd", "ave", "av", "ln", "dr", "cl", "ct", "pl", "sq", "cres",
                          "gdns", "tce", "pde", "blvd", "pk", "hwy", "gr", "terr"})  # fmt: skip
_STRONG_HOUSE = frozenset({"house", "cottage", "farm", "farmhouse", "lodge", "barn", "villa",
                           "manor", "rectory", "vicarage", "granary", "bungalow"})  # fmt: skip
_PO_BOX_RE = re.compile(r"(?<![\w])p\.?[ \t]?o\.?[ \t]+box[ \t]+\d{1,6}(?!\w)", re.IGNORECASE)
_NEXT_PART_RE = re.compile(r"[ \t]*(?:,|\n)[ \t]*|[ \t]+on[ \t]+(?=[A-Z0-9])")


_NOT_ADDRESS_START = frozenset({
    "please", "thanks", "thank", "cheers", "regards", "order", "claim", "any", "still", "no",
    "not", "paid", "bought", "ordered", "voucher", "code", "ref", "tracked", "cashback", "sorry",
    "hi", "hello", "email", "tel", "phone", "mobile", "contact", "member", "customer", "cust",
})  # fmt: skip
_WEAK_CUE_RE = re.compile(
    r"(?:sent|moved|deliver(?:ed|y)?|left(?:\s+\w+)?)\s+(?:to|at)", re.IGNORECASE
)
_STRONG_CUE_RE = re.compile(
    r"home|address|post|ship_?to|bill_?to|shipping|billing|delivery|lives?\s+at|living\s+at|we're\s+at|we\s+are\s+at|i'm\s+at|i\s+am\s+at|"
    r"we\s+live\s+at|i\s+live\s+at|they\s+live\s+at|staying\s+at",
    re.IGNORECASE,
)


def _cued_part(
    text: str, position: int, after_cue: bool, lone: bool = False, follows: bool = False
) -> int | None:
    """The end of an address part starting at ``position``, or None if it is not one."""
    match = _CUED_RE.match(text, position)
    if match is None:
        return None
    words = _cued_words(match.group("words").split())
    named = [w for w in words if w.lower() != "the"]
    if not named:
        return None
    numbered = match.group("number") is not None or match.group("unit") is not None
    capitalised = all(w[0].isupper() for w in named)
    last = named[-1].lower().rstrip(".")
    end = match.start("words") + len(" ".join(words))
    following = text[end:].lstrip(" ").split(" ", 1)[0].lower().rstrip(".,")
    if following in _STOP_AFTER:
        return None
    comma_after = text[end : end + 1] in (",", "\n")
    if follows:
        # A part after an address part: "..., Chang Strip, Ely", "..., shah loop, lincoln".
        ok = len(named) <= 3 and named[0].lower() not in _NOT_ADDRESS_START
    elif capitalised:
        ok = (
            numbered
            or last in THOROUGHFARES
            or last in HOUSE_TAILS
            or (after_cue and len(named) > 1)
        )
        ok = ok or (lone and len(named) == 1)
    else:
        strong = last in STRONG_THOROUGHFARES or last in _STRONG_HOUSE
        ok = (len(named) > 1 and (numbered or strong)) or (strong and words[0].lower() == "the")
        # "home is meadow view, ...": lower-case words after a strong cue, before a comma.
        ok = ok or (lone and 1 < len(named) <= 3 and comma_after)
    if not ok:
        return None
    if text[end - 1 : end] == "." and last not in _ABBREVIATED:
        end -= 1
    return end


# "... on Thornbury Wharf": "on" and capitalised words ending in any thoroughfare word.
_ON_STREET_RE = re.compile(rf"(?<![\w])on[ \t]+(?P<words>{_CAP}(?:[ \t]{_CAP}){{1,3}})(?![\w'])")
# The parts right before a postcode: "Hillcrest, Foxglove Light, RG10 2SH", "...,Auchtermuchty
# PR1 1ZH", a letter's address block a line each (a town among them is taken out later, by
# the place gazetteer). The part next to the postcode may stand a space before it.
_PART = rf"(?P<part>(?:\d{{1,5}}[a-zA-Z]?[ \t]+)?{_CAP}(?:[ \t]{_CAP}){{0,3}})"
_PART_BEFORE_RE = re.compile(rf"(?:^|(?<=[\n,:;>]))[ \t]*{_PART}[ \t]*(?:,|\n)[ \t>]*$")
_LAST_PART_RE = re.compile(rf"(?:^|(?<=[\n,:;>])|(?<=[ \t]))[ \t]*{_PART}[ \t]*(?:,|\n)?[ \t>]*$")


def find_streets_after_on(text: str) -> list[tuple[int, int]]:
    """Street names without a number after "on": "we're at Kiln Cottage on Primrose Nook"."""
    found = []
    for match in _ON_STREET_RE.finditer(text):
        words = _words(match.group("words"))
        last = words[-1].lower().rstrip(".,")
        if last in THOROUGHFARES and not any(w.lower() in SMALL_WORDS for w in words):
            found.append(match.span("words"))
    return found


def find_streets_after_houses(text: str) -> list[tuple[int, int]]:
    """A street with no number on the part after a house name: "Sterling House, Sky Side",
    "Rose Cottage\nMill Bank" (any thoroughfare word: a house stands on a street)."""
    found = []
    for _, end in find_house_names(text):
        step = _NEXT_PART_RE.match(text, end)
        if step is None:
            continue
        match = _NAMED_RE.match(text, step.end())
        if match is None:
            continue
        words = _words(match.group("words"))
        for count in range(len(words), 1, -1):
            if words[count - 1].lower().rstrip(".") in THOROUGHFARES and not any(
                w.lower() in SMALL_WORDS for w in words[:count]
            ):
                found.append((match.start(), match.start() + len(" ".join(words[:count]))))
                break
    return found


def find_parts_before_postcodes(
    text: str, postcodes: list[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """Up to three address parts right before each postcode, on its line or the lines above:
    (start, end, place), the part next to the postcode at place 0 (it is often the town)."""
    found: list[tuple[int, int, int]] = []
    for start, _ in postcodes:
        cursor = start
        for index in range(3):
            regex = _LAST_PART_RE if index == 0 else _PART_BEFORE_RE
            match = regex.search(text, max(0, cursor - 80), cursor)
            if match is None:
                break
            words = [w.lower() for w in _words(match.group("part"))]
            if words[0] in _NOT_ADDRESS_START or any(w in SMALL_WORDS for w in words):
                break
            if fold(match.group("part")) in _BRANDS:
                break  # "ordered at Argos, CB1 2AB"
            found.append((*match.span("part"), index))
            cursor = match.start("part")
    return found


def find_cued_addresses(text: str) -> list[tuple[int, int]]:
    """What follows an address cue: "lives on Maungaweka Heights", "left at 61 Darren Brace",
    "home is rose cottage, baker place" (any case when it ends in a street or house word)."""
    found: list[tuple[int, int]] = []
    for cue in ADDRESS_CUE_RE.finditer(text):
        # "sent to", "moved to": a firm or a person as often as a place, so two capitalised
        # words after them are no address on their own ("Sent to CJ Affiliate").
        weak = _WEAK_CUE_RE.fullmatch(cue.group(0).strip(" \t:")) is not None
        end = _cued_part(text, cue.end(), after_cue=not weak)
        if end is not None and fold(text[cue.end() : end]) in _BRANDS:
            continue  # "delivered to John Lewis"
        if end is None:
            # A one-word house name, or lower-case words after "home is" / "address", count
            # when a street follows ("Home is Hillcrest, ...", "home is meadow view, ...").
            strong = _STRONG_CUE_RE.match(cue.group(0)) is not None
            end = _cued_part(text, cue.end(), after_cue=True, lone=strong)
            gap = _NEXT_PART_RE.match(text, end) if end is not None else None
            if end is None or gap is None or _cued_part(text, gap.end(), False) is None:
                if end is None or gap is None or not strong:
                    continue
                if _cued_part(text, gap.end(), False, follows=True) is None:
                    continue
        for _ in range(2):  # "Fern Villa, Caleb Distributor, ..."
            gap = _NEXT_PART_RE.match(text, end)
            following = _cued_part(text, gap.end(), False, follows=True) if gap else None
            if gap is None or following is None:
                break
            end = following
        found.append((cue.end(), end))
    return found


# A house named where a parcel goes or a person lives, with no street beside it: "leave
# with Aino at hazelwood if no answer", "delivered to little acre rather than ...", "moved
# from ... to Craigmore recently", "Deliver to: balmoral, 23a ...", "at ‘Hazelwood’".
_HOUSE_CONTEXT_RE = re.compile(
    r"(?<![\w])(?:(?:deliver(?:ed|y)?|left|leave|drop(?:ped)?|sent|posted|shipped|moved|lives?|living|"
    r"staying|i'?m|we'?re|i[ \t]+am|we[ \t]+are)(?![\w])[^.!?\n]{0,60}?[ \t](?:to|at)[ \t]*:?|"
    r"same[ \t]+household,?)[ \t]*"
    r"(?P<quote>['\u2018\"\u201c])?"
    r"(?P<house>(?:the[ \t]+)?[^\W\d_][\w'\-]{3,}(?:[ \t](?!(?:if|rather|instead|but|recently|"
    r"please|and|now|since)\b)[^\W\d_][\w'\-]{1,}){0,2})"
    r"(?(quote)['\u2019\"\u201d])"
    r"(?=[ \t]*(?:[,.;)\n]|$|(?:if|rather|instead|but|recently|please|and|now|since)\b))",
    re.IGNORECASE,
)
_WORD_RUN_RE = re.compile(r"\S+")
_PLACE_OF_BUSINESS = _STOP_AFTER | frozenset({"pick-up", "pickup", "point", "depot",
                                             "collection", "support", "team", "centre",
                                             "center", "hub", "locker", "desk", "warehouse",
                                             "services", "service", "reception", "station",
                                             "post"})  # fmt: skip
_DETERMINERS = frozenset({"the", "a", "an", "my", "our", "his", "her", "their", "your", "this"})


def _names_a_house(last: str, words: Sequence[str]) -> bool:
    """Words (lower case) that can be a house's name: ending in a house word ("grace villa"),
    or not all everyday words ("chy an mor", "hazelwood")."""
    return last in HOUSE_TAILS or not all(is_everyday_word(w) for w in words)


def find_lone_house_names(text: str) -> list[tuple[int, int]]:
    """House names a delivery or a home names on their own: a word that is no everyday
    word, a name ending in a house word, or any capitalised name in quotes."""
    found = []
    for match in _HOUSE_CONTEXT_RE.finditer(text):
        start, end = match.span("house")
        spans = [m.span() for m in _WORD_RUN_RE.finditer(text, start, end)]
        words = [text[a:b].lower() for a, b in spans]
        quoted = match.group("quote") is not None
        if words[0] in _DETERMINERS and (
            words[0] != "the" or len(words) < 2 or not text[spans[1][0]].isupper()
        ):
            continue  # "the door", "my work"; "The Manse", "the Willows" go on
        named_words = words[1:] if words[0] == "the" else words
        if any(" ".join(named_words[:n]) in _BRANDS for n in range(1, len(named_words) + 1)):
            continue  # "sent to Argos", "sent to Quidco publisher support"
        if any(w in _PLACE_OF_BUSINESS for w in named_words):
            continue  # "to the Carlow pick-up point", "at the Otley depot"
        if not quoted and any(w in SMALL_WORDS or w in NOT_STREET_WORDS for w in named_words):
            continue
        named = _names_a_house(named_words[-1], named_words)
        if (quoted and text[spans[0][0]].isupper()) or named:
            found.append((spans[0][0], spans[len(words) - 1][1]))
    return found


# A line of its own in an address block, right before a line that opens with a house number
# or a postcode: the house's name, in any case ("chy an mor\n5, Ascaill Hafod",
# "grace villa\nSE15 7AP").
_HOUSE_LINE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?P<house>[^\W\d_][\w'\-]*(?:[ \t]+[^\W\d_][\w'\-]*){0,3})[ \t]*\r?\n"
    r"(?=[ \t]*(?:\d{1,4}[a-zA-Z]?[, \t]|[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]*\d[A-Za-z]{2}\b))"
)


def find_house_lines(text: str) -> list[tuple[int, int]]:
    """House names on a line of their own before a street line or a postcode."""
    if "\n" not in text:
        return []
    found = []
    for match in _HOUSE_LINE_RE.finditer(text):
        words = [w.lower() for w in match.group("house").split()]
        if any(w in NOT_STREET_WORDS for w in words) or " ".join(words) in _BRANDS:
            continue
        content = [w for w in words if w not in SMALL_WORDS]
        if not content or not _names_a_house(words[-1], content):
            continue
        found.append(match.span("house"))
    return found


# A house named for what it once was: "The Old Post Office", "The Old School House".
_FORMER_RE = re.compile(
    r"(?<![\w'\-])(?i:the)[ \t]+Old[ \t]+(?:Post[ \t]+Office|School(?:[ \t]?House)?|Rectory|"
    r"Vicarage|Forge|Bakery|Dairy|Chapel|Mill|Stables|Smithy|Granary|Manse|Coach[ \t]+House|"
    r"Brewery|Laundry|Surgery|Station(?:[ \t]+House)?|Police[ \t]+Station|Toll[ \t]+House|"
    r"Telephone[ \t]+Exchange|Schoolhouse|Parsonage|Workshop|Sawmill|Creamery|Infirmary)"
    r"(?![\w'\-])"
)


def find_house_names(text: str) -> list[tuple[int, int]]:
    """House names: capitalised words ending in a house word ("Ivy House", "Rose Cottage"),
    houses named for what they once were ("The Old Forge")."""
    found = [m.span() for m in _PO_BOX_RE.finditer(text)]
    found += [m.span() for m in _FORMER_RE.finditer(text)]
    for match in _NAMED_RE.finditer(text):
        words = _words(match.group("words"))
        if len(words) < 2 or words[-1].lower() not in HOUSE_TAILS:
            continue
        if words[0].lower() in SMALL_WORDS:
            continue
        after = text[match.end() : match.end() + 2]
        if (
            after[:1] in (",", "\n")
            or text[max(0, match.start() - 2) : match.start()]
            in (
                ", ",
                "\n",
            )
            or words[-1].lower()
            in (
                "house",
                "cottage",
                "farm",
                "farmhouse",
                "rectory",
                "vicarage",
                "bungalow",
                "lodge",
                "barn",
                "granary",
            )
        ):
            found.append((match.start(), match.end()))
    return found


# A house name on the part before a street with no number: "Woodpeckers, Gorse Bottom",
# "Ty Gwyn\nBlackberry Court", "she is at Hafod Wen, Glebe Crossway".
_HOUSE_BEFORE_RE = re.compile(
    rf"(?:^|(?<=[\n,:;>])|(?<=\bat)|(?<=\bis)|(?<=\bto))[ \t]*(?P<part>{_CAP}(?:[ \t](?:{_CAP}|y|yn|an|na|of|the)){{0,3}})"
    r"[ \t]*(?:,[ \t]*|\n[ \t>]*)$"
)


def find_houses_before_streets(
    text: str, streets: list[tuple[int, int]], first_names: frozenset[str]
) -> list[tuple[int, int]]:
    """The house name on the part right before a street line that has no number.

    UK addresses give a house a name or a number: a street with no number after a part of
    capitalised words is named by that part. A part opening with a known first name is
    taken for the person's name, not the house's; a shop is no house.
    """
    found = []
    for start, _ in streets:
        if text[start : start + 1].isdigit():
            continue
        match = _HOUSE_BEFORE_RE.search(text, max(0, start - 60), start)
        if match is None:
            continue
        words = [w.lower() for w in _words(match.group("part"))]
        if words[0] in _NOT_ADDRESS_START or words[0] in SMALL_WORDS or words[0] in first_names:
            continue
        if fold(match.group("part")) in _BRANDS:
            continue  # "went to Argos, High Street"
        found.append(match.span("part"))
    return found


# A house named after a cue: "house name is Greystones", "the house is called Gwel an Mor",
# "Signed for by Nino at Sunnyside." (a word or three, Welsh and Cornish small words inside).
_HOUSE_WORD = r"[^\W\d_][\w'\-]*"
_HOUSE_CUE_RE = re.compile(
    r"(?i:(?:house|property|home|cottage)[ \t]+(?:name[ \t]*(?:is|:)?|is[ \t]+(?:called|named)|"
    r"called|named)|(?:signed[ \t]+for|delivered|left|dropped[ \t]+off)"
    r"(?:[ \t]+by[ \t]+[^\W\d_]+)?[ \t]+at)[ \t]*:?[ \t]*"
    rf"(?P<house>{_HOUSE_WORD}(?:[ \t](?:(?i:an|y|yr|na|nan|the|of)[ \t])?{_HOUSE_WORD}){{0,2}})"
    r"(?=[ \t]*(?:[.,;!?\n)]|$|[ \t]+(?i:no|thanks|thank|and|but|please|pls)\b))"
)
# A flat and its building: "Flat 37, St Agnes Court", "studio 31, mercer point".
_FLAT_RE = re.compile(
    r"(?<![\w])(?i:flat|apt|apartment|studio|unit|suite)\.?[ \t]*\d{1,4}[a-zA-Z]?[ \t]*[,\-]?[ \t]+"
    rf"(?P<building>{_ANY_WORD}(?:[ \t]{_ANY_WORD}){{0,3}})"
)


def find_cued_houses(text: str) -> list[tuple[int, int]]:
    """House names after a house cue, and flats with their building's name."""
    found = []
    for match in _HOUSE_CUE_RE.finditer(text):
        words = _words(match.group("house"))
        folded = [fold(w) for w in words]
        if folded[0] in _NOT_ADDRESS_START or folded[0] in SMALL_WORDS:
            continue
        if fold(match.group("house")) in _BRANDS:
            continue
        strong = not match.group(0).lower().startswith(("signed", "delivered", "left", "dropped"))
        everyday = all(is_everyday_word(w) for w in folded if w not in SMALL_WORDS)
        if everyday and folded[-1] not in HOUSE_TAILS:
            continue  # "delivered at Reception", "house name is unknown"
        if not strong and not all(w[0].isupper() for w in words):
            continue
        found.append(match.span("house"))
    for match in _FLAT_RE.finditer(text):
        words = _cued_words(match.group("building").split())
        if words and words[0].lower().rstrip(".") not in _NOT_ADDRESS_START:
            found.append((match.start(), match.start("building") + len(" ".join(words))))
    return found
