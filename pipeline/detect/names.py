"""Recognizers for people's names the small NER model misses, and the cleaning of its PERSON spans.

Cues ("my name is", "Regards,"), name-only stretches (signatures, "X here"), a first-name
lexicon (any case), Chinese family names; and the trimming and growing of model spans.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from pipeline.detect.lexicon import (
    AMBIGUOUS_FIRST_NAMES,
    FIRST_NAMES,
    FOREIGN_NAME_WORDS,
    FOREIGN_WORDS,
    could_be_a_name,
    is_everyday_word,
)
from pipeline.detect.occasions import occasion_ranges
from pipeline.detect.patterns import (
    DEMONYMS,
    HOUSE_WORDS,
    NAME_PARTICLES,
    NAME_WORD_RE,
    PERSON_NAMED_BRANDS,
    SMALL_WORDS,
    SUFFIX_WORDS,
    TITLES,
    UK_TOWNS,
    fold,
    is_contraction,
)
from pipeline.detect.recognizers import LocalFinder
from pipeline.models import DATE_ABBREVIATIONS

# A brand only as whole words: "Paul Smith" is the shop, but not inside "Jean-Paul Smith"
# or "Paul Smith-Jones", where a hyphen or apostrophe joins it to more of a person's name.
_BRAND_RE = re.compile(
    r"(?<![^\W_])(?<![^\W\d_][\-'\u2019])(?:"
    + "|".join(re.escape(b) for b in sorted(PERSON_NAMED_BRANDS, key=len, reverse=True))
    + r")(?![^\W_])(?![\-'\u2019][^\W\d_])"
)
# Words that are never a person's name, whatever the model or a cue says.
NOT_NAMES = frozenset({
    "hi", "hello", "hey", "dear", "thanks", "thank", "regards", "cheers", "team", "sir",
    "madam", "customer", "customers", "services", "service", "support", "order", "orders",
    "cashback", "claim", "claims", "urgent", "again", "please", "sorry", "still", "writing",
    "trying", "waiting", "chasing", "confused", "frustrated", "disappointed", "annoyed",
    "happy", "unhappy", "sure", "the", "tracking", "missing", "retailer", "merchant",
    "everyone", "there", "all", "name", "wrong", "different", "correct", "incorrect",
    "listed", "shown", "showing", "spelt", "spelled", "misspelt", "same", "below",
    "above", "attached", "ref", "reference", "number", "email", "phone", "mobile", "address",
    "postcode", "account", "member", "id", "none", "unknown", "test", "kind",
    "best", "many", "much", "love", "xx", "x", "ok", "okay", "yes", "no", "mum", "dad",
    "husband", "wife", "partner", "son", "daughter", "friend", "brother", "sister", "nan",
    "gran", "grandma", "grandad", "auntie", "uncle", "amazing", "great", "good", "excellent",
    "new", "contacting", "emailing", "messaging", "following", "just",
    "here", "glad", "pleased", "having", "getting", "looking", "hoping", "confident", "certain",
    "unable", "able", "not", "now", "today", "currently", "really", "very", "quite", "so",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "christmas", "easter", "black", "cyber", "uk", "gbp",
    "gift", "card", "voucher", "code", "discount", "sale", "delivery", "return", "returns",
    "refund", "click", "collect", "product", "item", "items", "size", "colour", "store",
    "shop", "online", "app", "website", "payment", "bonus", "offer", "deal", "promo", "free",
    "next", "day", "week", "month", "year", "price", "total", "amount", "value", "date",
    "status", "pending", "approved", "declined", "confirmed", "tracked", "untracked", "paid",
    "purchase", "purchased", "bought", "transaction", "invoice", "receipt", "booking",
    "confirmation", "subscription", "membership", "premium", "plus", "prime", "sent", "received",
    "help", "issue", "problem", "query", "complaint", "update", "chase", "chased", "reminder",
    "important", "note", "ps", "nb", "re", "fw", "fwd", "subject", "attn", "attention",
    "father", "mother", "mothers", "fathers", "valentine", "valentines", "birthday", "wedding",
    "anniversary", "weekend", "bank", "holiday", "summer", "winter", "spring",
    "autumn", "sports", "fashion", "beauty", "home", "garden", "kitchen", "electronics",
    "toys", "books", "baby", "kids", "women", "womens", "men", "mens", "old", "big",
    "small", "large", "medium", "extra", "mini", "max", "pro", "air", "ultra", "smart",
    "king", "queen", "single", "double", "sofa", "bed", "tv", "laptop", "tablet",
    "watch", "dress", "coat", "jacket", "shoes", "boots", "trainers", "bag", "perfume",
    "hotel", "flight", "flights", "insurance", "broadband", "energy", "sim", "delivered",
    "dispatched", "cancelled", "returned", "processing", "complete", "completed", "zero",
    "nothing", "screenshot", "proof", "basket", "checkout", "browser", "tel",
    "mob", "fax", "zamówienie", "zamowienie", "pedido", "commande", "bestellung",
    "original", "classic", "essential", "essentials", "signature", "edition", "collection",
    "limited", "deluxe", "luxe", "lite", "series", "model", "version", "bundle", "kit", "pack",
    "grey", "gray", "navy", "beige", "cream", "khaki", "teal", "pink", "purple", "yellow",
    "orange", "blue", "red", "ivory", "charcoal", "burgundy", "maroon", "lilac", "mint",
    "coral", "mustard", "taupe", "chrome", "safari", "firefox", "edge", "opera", "windows",
    "android", "iphone", "ipad", "macbook", "alexa", "siri", "google", "instagram", "facebook",
    "tiktok", "whatsapp", "youtube", "netflix", "spotify", "uber", "deliveroo", "vpn",
})  # fmt: skip


def other_closings(space: str) -> str:
    """The closing formulas of the languages claims come in, as a regex alternation whose
    words are joined by ``space`` ("Cordialement", "Met vriendelijke groet", "Pozdrawiam")."""
    closings = (
        "cordialement", "bien_[àa]_vous", "un_saludo", "saludos", "atentamente",
        "cordiali_saluti", "distinti_saluti", "saluti", "pozdrawiam", "z_powa[zż]aniem",
        "cofion(?:_cynnes)?", "mit_freundlichen_gr(?:ü|ue)(?:ß|ss)en", "viele_gr(?:ü|ue)(?:ß|ss)e",
        "met_vriendelijke_groet(?:en)?", "groeten", "atenciosamente", "cumprimentos",
        "med_v[äa]nlig_h[äa]lsning", "yst[äa]v[äa]llisin_terveisin",
    )  # fmt: skip
    return "|".join(c.replace("_", space) for c in closings)


_CLOSINGS = other_closings(r"\s+")
# Cues after which any-case words are a name ("my name is chidi okafor").
_STRONG_CUE = (
    r"my\s+name\s+is|my\s+name'?s|name\s*:|name\s+is|full\s+name\s*(?:is|:)|signed|"
    r"account\s+holder\s*(?:is|:)?|customer\s*:|(?:kind|warm|best|many)\s+(?:regards|thanks),?|"
    r"regards,|yours\s+(?:sincerely|faithfully|truly),?|sincerely,|best\s+wishes,?|"
    r"in\s+my\s+name|in\s+the\s+name\s+of|under\s+the\s+name(?:\s+of)?|on\s+behalf\s+of|"
    r"(?:raised|placed|ordered|submitted|collected|signed\s+for)\s+by|credit\s+(?:it\s+)?to|"
    r"name\s+on\s+the\s+(?:account|order|card|receipt|booking)\s*(?:is|:)?|"
    r"(?:account|contact|customer|member|cardholder)\s+name\s*(?:is|:)?|"
    r"(?:maiden|married|sur|first|last|family|given|christian)\s*name\s*(?:is|was|:)?|"
    r"nazywam\s+si[eę]|me\s+llamo|je\s+m'appelle|mein\s+name\s+ist|mi\s+chiamo|meu\s+nome\s+[eé]|"
    r"mi\s+nombre\s+es|il\s+mio\s+nome\s+[eè]|mijn\s+naam\s+is|ik\s+heet|ich\s+hei(?:ß|ss)e|"
    r"mam\s+na\s+imi[eę]|chamo-me|me\s+chamo|fy\s+enw\s+i\s+yw|jag\s+heter|jeg\s+heter|"
    # closings of other languages, with their comma
    rf"(?:{_CLOSINGS}|gracias|merci|grazie|danke|dzi[eę]kuj[eę]|diolch|obrigad[oa]|"
    # ... and the thanks of more of them: "Děkuji, Kagiso.", "Mulțumesc, Wayra."
    r"d[ěe]kuj[ie]|te[şs]ekk[üu]rler|te[şs]ekk[üu]r\s+ederim|mul[țţt]umesc|bedankt|"
    r"dank\s+je(?:wel)?|k[öo]sz[öo]n[öo]m|diolch\s+yn\s+fawr|takk|tack|kiitos|hvala|"
    r"ευχαριστώ|спасибо|дякую|aitäh|paldies|a[čc]i[ūu]|faleminderit|grazzi|salamat|asante|"
    r"gr[àa]cies|eskerrik\s+asko|go\s+raibh\s+maith\s+agat|ďakujem|dakujem|hvala\s+lijepa),"
)
# Cues after which only a capitalised (or caseless-script) word is a name ("this is Priya").
_WEAK_CUE = (
    r"this\s+is|i\s+am|i'?m|it'?s|thanks,?|cheers,?|thank\s+you,?|dear|hi|hello|love,?|under|"
    r"husband|wife|partner|son|daughter|mum|mom|dad|mother|father|sister|brother|neighbou?r|"
    r"friend|colleague|fianc[eé]e?|spoke\s+(?:to|with)|speaking\s+(?:to|with)|talked\s+to|"
    r"chatted\s+(?:to|with)|(?:gift|present|bought|ordered|order|writing|claiming)\s+for|"
    r"customer|contact|"
    r"shows|(?:mr|mrs|ms|miss|mx|dr)\.?|m[aą][zż]|[zż]ona|syn|c[oó]rka|"
    r"(?:madame|monsieur|mme|mlle|se[ñn]ora?|sra?|srta|signora?|sig|herr|frau|pani?|mevrouw|"
    r"meneer|dhr|mevr|senhora?)\.?|"
    r"mari|femme|esposa|marido|moglie|marito|"
    # relations and customers in more languages: "moje sestra Hina", "Mae fy merch Haingo",
    # "Ο πελάτης Yangchen", "o cliente Fall", "Mijn buurvrouw Bongani"
    r"sestra|bratr|man[žz]el(?:ka)?|dcera|merch|mab|gwraig|g[ŵw]r|chwaer|brawd|e[şs]im|"
    r"k[ıi]z[ıi]m|o[ğg]lum|annem|babam|karde[şs]im|κόρη\s+μου|γιος\s+μου|σύζυγ[οό]ς\s+μου|"
    r"buurvrouw|buurman|dochter|zoon|zus|broer|hermana|hermano|hija|hijo|figlia|figlio|"
    r"sorella|fratello|s[œo]eur|fr[èe]re|fille|fils|siostra|brat|c[óo]rka|πελάτης|πελάτισσα|"
    r"cliente|client|kunde|kundin|klient|klientka|z[áa]kazn[íi]k|m[üu][şs]teri|"
    r"ja\s+sam|jsem|olen|vagyok|sunt|είμαι(?:\s+(?:ο/η|ο|η))?|ech\s+sinn|aš|es\s+esmu|"
    # introducing oneself in other languages: "soy Ana", "sono Ruth", "c'est Lindiwe"
    r"soy|sono|c'est|moi\s+c'est|je\s+suis|ich\s+bin|ik\s+ben|jestem|tu|eu\s+sou|sou|"
    r"jag\s+[äa]r|jeg\s+er|hier\s+ist|aqu[ií]|ici"
)
# Cues after which a lower-case word is a name too, when it is no everyday word or is a name
# too (``lexicon.could_be_a_name``: "ty marek", "ty miles", "Love from bonnie", "hiya its delvin", "my husband åsa", "is mise ales",
# "ko breixo ahau", "Gruß afua", "Note from ales", "ask sanjar to call").
_LOWER_CUE = (
    r"ty|thx|tnx|thnx|thanx|love\s+from|dearest|is\s+mise|ko|gru(?:ß|ss)|gr(?:ü|ue)(?:ß|ss)e|"
    r"note\s+from|(?:hi|hiya|hey|hello),?\s+(?:its|it'?s|it\s+is)|ask|"
    r"(?:my|our|her|his|their)\s+(?:husband|wife|partner|son|daughter|mum|mom|dad|brother|sister|"
    r"nanny|friend|neighbou?r|colleague|flatmate|cousin|niece|nephew|grandson|granddaughter)"
)
# Chinese and Japanese cues glue to the name without a space.
_CJK_CUE = r"联系人|姓名|客户|名字|收件人|收货人|氏名|お名前"
_NAME_CUE_RE = re.compile(
    rf"(?:(?<![^\W_])(?:(?P<strong>{_STRONG_CUE})|(?P<lower>{_LOWER_CUE})|(?P<weak>{_WEAK_CUE}))"
    rf"(?![^\W_])|(?P<cjk>{_CJK_CUE}))"
    r"[ \t]*(?:\r?\n[ \t]*)?[:(\"'\u201c\u2018\uff1a]?[ \t]*",
    re.IGNORECASE,
)
# Greetings, thanks and introductions: the words of the trade follow them as often as names
# do ("Cheers\nAgent: ...", "hi Caller"), where a title or a relation is followed by a name.
_GREETING_CUE_RE = re.compile(
    r"this\s+is|i\s+am|i'?m|it'?s|thanks,?|cheers,?|thank\s+you,?|dear|hi|hello|love,?",
    re.IGNORECASE,
)
_COMMA_NAME_RE = re.compile(r",[ \t]*(?P<word>[^\W\d_a-z][^\W\d_]*)(?=[ \t]*(?:[.!?\n]|$))")
_FOLLOWING_WORD_RE = re.compile(r"[ \t]?(?P<word>" + NAME_WORD_RE.pattern + r")")
_GLUED_RE = re.compile(r"(?:['\u2019\-][^\W\d_]+)+")
_NEXT_WORD_RE = re.compile(r" (?P<word>" + NAME_WORD_RE.pattern + r")")
_PREVIOUS_WORD_RE = re.compile(r"(?:^|(?<=[\s(\[\"]))(?P<word>" + NAME_WORD_RE.pattern + r") $")


def is_capitalised(word: str) -> bool:
    """Upper-case first letter, or a script without case (Arabic, Chinese) where any word may be."""
    return word[0].isupper() or not word[0].islower()


def _is_blocked(lowered: str) -> bool:
    if is_contraction(lowered):
        return True  # "hi I'm ringing about ...", "thanks, I'll wait"
    if lowered.endswith(("'s", "\u2019s")):
        lowered = lowered[:-2]
    return lowered in SMALL_WORDS or lowered in NOT_NAMES or lowered in TITLES


# Lower-case words that follow a lower-case first name in prose, not as a surname.
_PROSE = frozenset({
    "said", "says", "has", "had", "was", "is", "bought", "ordered", "placed", "called", "rang",
    "emailed", "paid", "used", "got", "made", "sent", "asked", "told", "wants", "needs",
    "thinks", "lives", "works", "account", "accounts", "order", "card", "email", "phone",
    "number", "here", "there", "please", "thanks", "and", "or", "but", "who", "which",
    "did", "does", "will", "would", "can", "could", "should", "might", "must", "also",
    "still", "just", "never", "always", "again", "too", "via", "using", "from", "at",
})  # fmt: skip


class NameCueRecognizer(LocalFinder):
    """Names after a cue: "my name is chidi okafor", "this is Aleksandra", "Regards, Priya"."""

    ENTITY = "PERSON_PATTERN"

    @staticmethod
    def _surname_first(text: str, end: int) -> int:
        """Take in ", Firstname" after a surname at a sentence end ("under Nwosu, Chidi.")."""
        match = _COMMA_NAME_RE.match(text, end)
        if match is None or _is_blocked(fold(match.group("word"))):
            return end
        return match.end("word")

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = []
        for cue in _NAME_CUE_RE.finditer(text):
            strong = cue.group("strong") is not None
            lower = cue.group("lower") is not None
            position, start, end, count, capitalised = cue.end(), -1, -1, 0, True
            while count < 4:
                match = _FOLLOWING_WORD_RE.match(text, position)
                if match is None or (count == 0 and match.start("word") != position):
                    break
                word = match.group("word")
                lowered = fold(word)
                named = lower and could_be_a_name(lowered)
                if _is_blocked(lowered) or not (strong or named or is_capitalised(word)):
                    break
                if word[0].islower() and lowered in FOREIGN_WORDS and lowered not in FIRST_NAMES:
                    break  # "merci, de rien": a word of another language is no name
                if count == 0 and lowered in DEMONYMS:
                    break  # "I am Italian but I live in Spain"
                greeting = _GREETING_CUE_RE.fullmatch(cue.group("weak") or "")
                if count == 0 and greeting and not could_be_a_name(lowered):
                    break  # "cheers\nAgent (10:33): ...", "thanks, Network"
                if count == 0:
                    start, capitalised = match.start("word"), is_capitalised(word)
                elif capitalised and not is_capitalised(word):
                    following = _NEXT_WORD_RE.match(text, match.end("word"))
                    if not (
                        lowered in NAME_PARTICLES
                        and following is not None
                        and is_capitalised(following.group("word"))
                    ):
                        break  # "Ordered by Mohammed Al-Farsi using ..."
                    # a particle before a capitalised word: "Pereira da Costa", "Ana de Souza"
                if not capitalised and (lowered in _PROSE or lowered.endswith(("ed", "ing", "ly"))):
                    break
                end, position, count = match.end("word"), match.end("word"), count + 1
            if count:
                end = self._surname_first(text, end)
                found.append((start, end, 0.7 if strong else 0.6))
        return found


# Real surnames that look like special values; after a first name they are the surname.
_ODD_SURNAMES = frozenset({"none", "null", "nil", "test", "unknown", "blank", "void", "true"})


def _abroad(text: str, end: int, surnames: int) -> bool:
    """True when a lower-case name word that is another language's word stands alone or
    before another word of a language ("gyda MC-55", "arian yn ôl"), not before a surname
    ("anan thongchai")."""
    if not surnames:
        return True
    following = _NEXT_WORD_RE.match(text, end)
    return following is not None and fold(following.group("word")) in FOREIGN_WORDS


class NameLexiconRecognizer(LocalFinder):
    """Known first names in any case, with the surname-shaped words after them.

    Catches what the model misses: "tomasz pawlak - used the app", "Spoke to Folake at ...",
    "on behalf of RAJESH REDDY". Names that are also words (Will, Rose) need a surname.
    """

    ENTITY = "PERSON_PATTERN"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found: list[tuple[int, int, float]] = []
        for match in NAME_WORD_RE.finditer(text):
            if found and match.start() < found[-1][1]:
                continue
            word = match.group(0)
            key = fold(word)
            if key not in FIRST_NAMES and key not in AMBIGUOUS_FIRST_NAMES:
                key = key.split("-")[0].split("'")[0]
            # "lily-mae", "rose-marie": a double first name is no everyday word.
            ambiguous = key in AMBIGUOUS_FIRST_NAMES and "-" not in word
            if key not in FIRST_NAMES and key not in AMBIGUOUS_FIRST_NAMES:
                continue
            case = "lower" if word.islower() else "upper" if word.isupper() else "title"
            if (ambiguous and case != "title") or (case == "upper" and len(word) <= 2):
                continue
            start, end, surnames = match.start(), match.end(), 0
            while surnames < 3:
                following = _NEXT_WORD_RE.match(text, end)
                if following is None:
                    break
                word_after = following.group("word")
                if fold(word_after) in NAME_PARTICLES:
                    # "aoife ó súilleabháin", "Ana de Souza", "Ahmed bin Rashid"
                    after = _NEXT_WORD_RE.match(text, following.end("word"))
                    if after is None or not self._surname_like(after.group("word"), case):
                        break
                    following = after
                elif not self._surname_like(word_after, case):
                    break
                end, surnames = following.end("word"), surnames + 1
            if case == "title":
                # Family name first, in capitals: "SUN Yan", "KIM Ji-woo".
                previous = _PREVIOUS_WORD_RE.search(text, max(0, start - 30), start)
                if previous is not None and self._surname_like(previous.group("word"), "upper"):
                    start, surnames = previous.start("word"), surnames + 1
            if ambiguous and not surnames:
                continue
            if (
                case == "lower"
                and key in FOREIGN_NAME_WORDS
                and _abroad(text, match.end(), surnames)
            ):
                continue  # "comprei durante o ...", "diolch am eich help gyda ..."
            score = 0.65 if surnames else 0.55 if case != "lower" else 0.5
            found.append((start, end, score))
        return found

    @staticmethod
    def _surname_like(word: str, case: str) -> bool:
        lowered = fold(word)
        if lowered in _ODD_SURNAMES and case != "lower" and is_capitalised(word):
            return True
        if _is_blocked(lowered) or lowered in SUFFIX_WORDS or len(lowered) < 2:
            return False
        if case == "title":
            return is_capitalised(word) and not (word.isupper() and len(word) > 3)
        if case == "upper":
            return word.isupper()
        return (
            word.islower()
            and lowered not in _PROSE
            and not lowered.endswith(("ed", "ing", "ly"))
            and lowered not in FIRST_NAMES
        )


_SEGMENT_SPLIT = re.compile(
    r"<[^<>\n]{0,200}>|[.!?;:()\[\]\n\r|\"/]+|,|\s[-\u2013\u2014]+\s|^[-\u2013\u2014]+|[-\u2013\u2014]+$"
)
# "X here" in the languages claims come in: "Nakoa hier", "Binod ovdje", "Wayra sy 'ma",
# "Ana aquí", "Ole her", "Aino täällä".
_HERE_WORDS = frozenset({"here", "hier", "ovdje", "ovde", "tady", "tutaj", "aqui", "ici", "qui",
                         "har", "her", "taalla", "itt", "cia", "seit", "siin", "anseo",
                         "burada", "sy", "yma", "ma"})  # fmt: skip
_SEGMENT_TAIL = frozenset({*_HERE_WORDS, "speaking", "writing", "again", "x", "xx", "xxx"})
_INTRODUCING_TAIL = frozenset({*_HERE_WORDS, "speaking", "writing"})
_SENTENCE_END = re.compile(r"[.!?\n]")
_NOT_SIGN_OFF = frozenset({"bye", "anyway", "ta", "thx", "tia", "asap", "pls", "plz",
                           "cheers", "thanks", "regards", "sorry", "urgent", "help", "ok",
                           "okay"})  # fmt: skip


class NameSegmentRecognizer(LocalFinder):
    """A stretch of text that is nothing but a name: signatures, headers, "X here".

    What the model often misses: "... not tracked. Kwame Petrescu", "Nadia Davies - order
    123 - Argos", "(21/03/2024), Aleksandra Grant", "Hi, Ewa here.", "... after 6pm. Yan".
    Two or three capitalised words anywhere; one word only as the last sentence or before
    "here".
    """

    ENTITY = "PERSON_PATTERN"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found = []
        position = 0
        separators: list[re.Match[str] | None] = [*_SEGMENT_SPLIT.finditer(text), None]
        before = ""
        for separator in separators:
            end = separator.start() if separator is not None else len(text)
            segment = text[position:end]
            last_sentence = separator is None or not text[separator.end() :].strip(" .!?\n\t")
            sign_off = last_sentence and _SENTENCE_END.search(before) is not None
            span = self._name_in(segment, sign_off)
            if span is not None:
                found.append((position + span[0], position + span[1], 0.55))
            if separator is not None:
                position, before = separator.end(), separator.group(0)
        return found

    @staticmethod
    def _name_in(segment: str, sign_off: bool) -> tuple[int, int] | None:
        words = list(NAME_WORD_RE.finditer(segment))
        if not words or segment[: words[0].start()].strip():
            return None
        introducing = False
        while words and fold(words[-1].group(0)) in _SEGMENT_TAIL:
            introducing = fold(words.pop().group(0)) in _INTRODUCING_TAIL or introducing
        if words and fold(words[0].group(0)).rstrip(".") in TITLES:
            words.pop(0)
        if not 1 <= len(words) <= 3 or (len(words) == 1 and not (sign_off or introducing)):
            return None
        folded = [fold(w.group(0)) for w in words]
        if all(
            (is_everyday_word(w) or w in FOREIGN_WORDS) and w not in FIRST_NAMES for w in folded
        ):
            return None  # "... order PW16985707. Scanned.", "Guten Tag, Nakoa hier."
        # Nothing but spaces between the words, and nothing after them but the tail words.
        for left, right in itertools.pairwise(words):
            if segment[left.end() : right.start()] not in (" ", "  "):
                return None
        rest = segment[words[-1].end() :]
        if any(fold(w) not in _SEGMENT_TAIL for w in NAME_WORD_RE.findall(rest)) or any(
            c.isdigit() for c in rest
        ):
            return None
        for word in (w.group(0) for w in words):
            lowered = fold(word)
            if not is_capitalised(word) or (word.isupper() and len(word) > 2):
                return None
            if _is_blocked(lowered) or lowered in _NOT_SIGN_OFF:
                return None
            if lowered in SUFFIX_WORDS or lowered in HOUSE_WORDS or lowered in UK_TOWNS:
                return None
        name = fold(" ".join(w.group(0) for w in words))
        if name in UK_TOWNS or _BRAND_RE.search(name):
            return None
        return words[0].start(), words[-1].end()


# The commonest Chinese family names: a short Han run starting with one of them, standing on
# its own in a comment, is a name ("Member 123 - 刘秀英 - B29 6XX", "陈磊 +44 7700 900160").
_CHINESE_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤欧司诸葛上官"
)
_HAN_NAME_RE = re.compile(
    rf"(?<![\u3400-\u9fff])[{_CHINESE_SURNAMES}][\u3400-\u9fff]{{1,3}}(?![\u3400-\u9fff])"
)


class ChineseNameRecognizer(LocalFinder):
    """Chinese names in mostly non-Chinese text: two to four Han characters, family name first."""

    ENTITY = "PERSON_PATTERN"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        if not any("\u3400" <= c <= "\u9fff" for c in text):
            return []
        return [(m.start(), m.end(), 0.6) for m in _HAN_NAME_RE.finditer(text)]


def _before_an_occasion(text: str, start: int, value: str) -> str:
    """A name up to its possessive when an occasion follows: "Toks's Independence Day" is
    whose day it is ("Comfort's Pantry", a shop, is left whole for the guards)."""
    for match in _POSSESSIVE_RE.finditer(value):
        if any(s == start + match.end() for s, _ in occasion_ranges(text)):
            return value[: match.start()]
    return value


def clean_person(
    text: str, start: int, end: int, by_context: bool = False
) -> tuple[int, int] | None:
    """Trim a PERSON finding to the name itself (no title, possessive or punctuation).

    None when what is left cannot be a name: digits, an email, only common words, or a town,
    unless the words around it said it is a person (``by_context``: "June says", "Barry says").
    """
    value = text[start:end]
    line_break = value.find("\n")
    if line_break > 0 and value[:line_break].strip():
        # The model runs a name into the next line ("George Edwards\nFlat 8, ...").
        value = value[:line_break]
    if any(c.isdigit() for c in value) or "@" in value:
        return None
    # A name holds no symbol and no sentence end: "Lyudmila 🙏 Hawes", "Tsegereda. Resolved"
    # (an initial's full stop aside: "Ji-hoon A. Han").
    symbol = next((i for i, c in enumerate(value) if unicodedata.category(c)[0] == "S"), None)
    if symbol:
        value = value[:symbol].rstrip()  # an emoji, "|", "+", "£"
    value = _before_an_occasion(text, start, value)
    for stop in _NAME_STOP_RE.finditer(value):
        before = value[: stop.start()].split()
        if (
            stop.group(0).strip().startswith(".")
            and before
            and (fold(before[-1]) in TITLES or len(before[-1]) <= 2 or "." in before[-1])
        ):
            continue  # "Dr. Smith", "St. John", "T.M. Lewin"
        if stop.start() > 0:
            value = value[: stop.start()]
        break
    comma = re.search(r",[ \t]+(?=[^\W\d_]*[a-z][^\W\d_]*'|[a-z])", value)
    if comma is not None:
        value = value[: comma.start()]  # "Ruth, l'ordine": a name ends before a lower-case word
    words = list(NAME_WORD_RE.finditer(value))
    while words and fold(words[0].group(0)).rstrip(".") in TITLES | DATE_ABBREVIATIONS:
        words = words[1:]  # "Mrs", or a date the model ran in: "On 11 Jun Rania Sarkar"
    while words and fold(words[-1].group(0)) in HOUSE_WORDS | _AFTER_NAMES:
        words = words[:-1]
    while len(words) > 1 and fold(words[0].group(0)) in _DEVICES:
        words = words[1:]  # "Sent from my iPhone - Ruairi": the device is not the name
    if any(w.group(0)[0].isupper() and not is_everyday_word(fold(w.group(0))) for w in words):
        # Lower-case words of any language the model ran a capitalised name into: "soy S.R.
        # Novak y mi correo", "mi hermana N.L. Gunasekara" (never "miles campbell").
        while len(words) > 1 and is_run_in(words[0].group(0)):
            words = words[1:]
        while len(words) > 1 and is_run_in(words[-1].group(0)):
            words = words[:-1]
    if not words or all(fold(w.group(0)) in _DEVICES for w in words):
        return None
    if len(words) == 1 and len(words[0].group(0)) <= 2 and words[0].group(0).islower():
        return None  # "zł", "pl": a currency or a domain, no name
    first, last = words[0], words[-1]
    new_start, new_end = start + first.start(), start + last.end()
    tail = text[new_end - 2 : new_end].lower()
    if tail in ("'s", "’s") and len(last.group(0)) > 3:
        new_end -= 2
    names = [fold(w.group(0)) for w in words]
    if by_context:
        return new_start, new_end  # the context rules weighed the words themselves
    if all(n in SMALL_WORDS or n in NOT_NAMES for n in names) or " ".join(names) in UK_TOWNS:
        return None
    return new_start, new_end


def is_run_in(word: str) -> bool:
    """A lower-case word that is no name: an everyday word of English or another language,
    or a short one ("y", "mi"); never a name's particle ("de" in "ana de souza")."""
    if not word[0].islower():
        return False
    folded = fold(word)
    if folded in FIRST_NAMES or folded in AMBIGUOUS_FIRST_NAMES or folded in NAME_PARTICLES:
        return False
    return folded in _SHORT_WORDS or folded in FOREIGN_WORDS or is_everyday_word(folded)


# Short words of other languages that run into a name ("soy", "y mi"): never a name's part.
_SHORT_WORDS = frozenset(
    [
        "y",
        "e",
        "o",
        "a",
        "i",
        "el",
        "la",
        "le",
        "les",
        "un",
        "una",
        "une",
        "et",
        "en",
        "mi",
        "mis",
        "tu",
        "su",
        "sus",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "il",
        "lo",
        "al",
        "au",
        "aux",
        "por",
        "per",
        "para",
        "con",
        "sur",
        "und",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "ein",
        "op",
        "het",
        "een",
        "ze",
        "po",
        "od",
        "na",
        "w",
        "z",
        "soy",
        "es",
        "est",
        "ist",
        "is",
    ]
)


# A bracket or a sentence's end is never inside a name (symbols are found by category).
_NAME_STOP_RE = re.compile(r"[ \t]*[!?;:()\[\]{}\"<>/\\]|\.[ \t]+")
_POSSESSIVE_RE = re.compile(r"(?<=[^\W\d_])['\u2019]s[ \t]+")
# Words the model runs a name into: "Willow both ordered", "Tama too".
_AFTER_NAMES = frozenset({"both", "too", "also", "again", "aswell", "as", "and", "or"})
# Phones, mail apps and their makers, named in sign-offs ("Sent from my iPhone"): never people.
_DEVICES = frozenset({
    "iphone", "ipad", "android", "outlook", "gmail", "yahoo", "hotmail", "samsung", "galaxy",
    "huawei", "pixel", "blackberry", "windows", "mail", "aol", "icloud", "mobile",
})  # fmt: skip


def _is_name_word(word: str) -> bool:
    lowered = fold(word)
    return (
        word[0].isupper()
        and not (word.isupper() and len(word) > 2)
        and lowered not in SMALL_WORDS
        and lowered not in NOT_NAMES
        and lowered not in TITLES
        and lowered not in SUFFIX_WORDS
    )


def expand_person(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a model's PERSON span over capitalised name words right beside it.

    The small model often stops short on names it has not seen ("Nguyễn [Thị Minh] Khai"),
    and its tokens split double-barrelled names ("amélie owusu[-ansah]").
    """
    glued = _GLUED_RE.match(text, end)
    if glued is not None:
        end = glued.end()
    for _ in range(2):
        match = _NEXT_WORD_RE.match(text, end)
        if match is None or not _is_name_word(match.group("word")):
            break
        end = match.end("word")
    end = _through_particles(text, start, end)
    for _ in range(2):
        match = _PREVIOUS_WORD_RE.search(text, max(0, start - 40), start)
        if match is None or not _is_name_word(match.group("word")):
            break
        start = match.start("word")
    return start, end


def _through_particles(text: str, start: int, end: int) -> int:
    """The end of a name whose family name has particles: "Sigrid [van] der Berg", "Ó hEadhra"."""
    words = NAME_WORD_RE.findall(text[start:end])
    tentative, cursor = end, end
    if words and fold(words[-1]) in NAME_PARTICLES and len(words) > 1:
        tentative = -1  # the span stopped on a particle: it needs a surname after it
    after_particle, taken = tentative < 0, 0  # surname words taken: "del [Río] [Cuesta]"
    for _ in range(5):
        match = _NEXT_WORD_RE.match(text, cursor)
        if match is None:
            break
        word = match.group("word")
        if fold(word) in NAME_PARTICLES and not word.isupper():
            cursor, after_particle = match.end("word"), True
            continue
        if not after_particle or taken == 2:
            break
        if not (
            _is_name_word(word) or _IRISH_MUTATION.match(word) or _surname_after_particle(word)
        ):
            break
        end = cursor = match.end("word")
        taken += 1
    return end


def _surname_after_particle(word: str) -> bool:
    """A capitalised word after a name's particle is its surname, even one that is a word
    ("Ferrer i [Roca]", "van den [Broek]", "de la [Fuente]")."""
    folded = fold(word)
    return (
        word[:1].isupper()
        and len(folded) >= 3
        and folded not in SMALL_WORDS
        and folded not in NOT_NAMES
        and folded not in TITLES
    )


# An Irish surname after Ó, Ní, Mac, Nic: "hEadhra", "tSúilleabháin", "nGallchóir".
_IRISH_MUTATION = re.compile(r"^[hnt][A-ZÁÉÍÓÚ][^\W\d_]+$")


def brand_ranges(folded: str) -> list[tuple[int, int]]:
    """Where well-known businesses named like people occur in a folded text."""
    return [(m.start(), m.end()) for m in _BRAND_RE.finditer(folded)]
