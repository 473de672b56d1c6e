"""Names found by the words around them, whatever the name: the forms the model misses.

"Hazel says ...", "Etxeberria lives near ...", "ask for Dolkar", "delivered to Faleolo",
"it went on Tawhiri's card", "KILABUK, Aputi", and sign-offs ("-- Oihana", "-- O. Goikoetxea").
A word the claims vocabulary knows as something else (a shop, a pronoun, "Customer") is
never taken; a town before a reporting verb is a person ("Barry says"); product, shop and event contexts are dropped later (``guards.py``).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from pipeline.detect.lexicon import (
    COMMON_WORDS,
    FIRST_NAMES,
    FOREIGN_WORDS,
    could_be_a_name,
    is_everyday_word,
    is_known_name,
)
from pipeline.detect.names import NOT_NAMES, brand_ranges, other_closings
from pipeline.detect.patterns import SMALL_WORDS, SUFFIX_WORDS, TITLES, fold, is_contraction
from pipeline.detect.places import place_names, place_ranges
from pipeline.detect.recognizers import LocalFinder

_NOT_PEOPLE = NOT_NAMES | SMALL_WORDS | TITLES | frozenset({
    "everyone", "someone", "somebody", "nobody", "noone", "anyone", "anybody", "staff", "agent",
    "website", "site", "app", "system", "courier", "driver", "manager", "seller", "store",
    "retailer", "merchant", "team", "company", "they", "he", "she", "it", "we", "you", "i",
    "who", "which", "that", "this", "these", "those", "email", "letter", "text", "message",
    "receipt", "screenshot", "tracking", "bank", "statement", "advisor", "adviser", "rep",
    "operator", "supervisor", "chat", "bot", "mum", "dad", "wife", "husband", "support",
    "helpdesk", "admin", "claims", "service", "auto", "reply", "note", "update", "me", "us",
    # the speakers of call logs and chats, abbreviated: "Cust: ...", "AGT> ...", "Op: ..."
    "cust", "agt", "op", "ops", "adv", "csr", "cca", "tl", "caller", "visitor", "guest",
    "user", "client", "member", "host", "web", "webpage", "page", "screen", "portal", "form",
    "claimant", "applicant", "recipient", "sender", "requester", "complainant", "payee",
    "dashboard", "checkout", "basket", "confirmation", "invoice", "else", "other", "another",
    "one", "each", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all",
    # the fields of a record, abbreviated: "Qty: 2", "Ref: ...", "Tel: ..."
    "qty", "ref", "tel", "mob", "addr", "desc", "amt", "txn", "trx", "dob", "sku", "inv",
    "tkt", "pc", "ph", "msg", "attn", "cc", "bcc", "re", "fwd", "subj", "postcode", "eircode",
    "zip",
})  # fmt: skip
_CAP = r"[^\W\d_a-z][^\W\d_]*(?:['\u2019\-][^\W\d_]+)*"
_NAME = rf"(?P<name>{_CAP}(?:[ \t]{_CAP}){{0,2}})"
_REPORTING = (
    r"says|said|told|tells|asked|asks|rang|rings|phoned|phones|called|calls|emailed|emails|"
    r"messaged|wrote|writes|confirmed|confirms|wants|wanted|thinks|thought|reckons|claims|"
    r"mentioned|explained|insists|lives|lived|complained|agreed|replied|noticed|sez|keeps|"
    r"kept|needs|needed|reckoned|swears|chased|chasing|texted|rung|shouted|yelled|screamed|"
    r"whispered|cried|laughed|smiled|nodded|answered|added|shouts|yells|began|spent|spoke|"
    r"speaks|talked|"
    # an action someone is to take: "Next: Nasser to ring tel:...", "Priya will chase"
    r"(?:to|will|shall|can)[ \t]+(?:ring|call|phone|chase|email|e-mail|text|contact|follow[ \t]up)"
)
_REPORTING_RE = re.compile(rf"(?<![\w'\-]){_NAME}[ \t]+(?i:{_REPORTING})(?![\w])")
# A known name in lower case before a verb mid-sentence: "and sherman said to email you",
# "i think marine clicked an ad" (never after "the", "my" ...: "the page says").
_LOWER_REPORTING_RE = re.compile(
    r"(?<![\w'\-])(?P<name>[^\W\d_A-Z][^\W\d_'\-]*)[ \t]+(?:"
    + _REPORTING
    + r"|clicked|paid|bought|ordered|placed|does|did|set|got|used)(?![\w'])"
)
_DETERMINED_RE = re.compile(
    r"(?i:\b(?:the|a|an|my|your|his|her|our|their|this|that|these|those|which|who|some|"
    r"any|no|every|each|other|one|what|whose)[ \t]+)$"
)
# A record line of a name and a contact: "ABDIWELI - 0855236545", "gašper - oh seven three
# ...", "Kamakau V92NVD8", "diallo dg39lj", "Kagiso, T12PP20" (a phone after a dash, or a
# postcode or Eircode that ends the line).
_NAME_THEN_CONTACT_RE = re.compile(
    r"(?:^|(?<=[.!?;]))[ \t]*(?P<name>[^\W\d_][^\W\d_'\-]*(?:[ \t][^\W\d_][^\W\d_'\-]*)?)"
    r"(?:[ \t]+[\-\u2013\u2014][ \t]+(?=[+(0O]|(?i:oh|zero|nought)\b)"
    r"|,[ \t]+(?=(?:\+|\(?0)[\d \t()\-.]{8,}\d(?!\d))"
    r"|,?[ \t]+(?=(?:[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]?\d[A-Za-z]{2}"
    r"|[AC-FHKNPRTV-Yac-fhknprtv-y]\d[\dWw][ \t]?[0-9A-Za-z]{4})[ \t.]*$))",
    re.MULTILINE,
)
# "Omarova, D.", "Caller: Nascimento, J.": a surname, a comma and an initial.
_SURNAME_INITIAL_RE = re.compile(
    r"(?<![\w'\-])(?P<name>(?:[^\W\d_a-z][^\W\d_A-Z]+(?:[\-'][^\W\d_][^\W\d_A-Z]+)?"
    r"|[A-Z\u00c0-\u00de]{2,}(?:[\-' ][A-Z\u00c0-\u00de]{2,})?),[ \t]+[^\W\d_a-z]\.)(?![\w])"
)
# "Caller: A. POPESCU", "call from A. KYPRIANOU", "ko S. WONG": an initial, a surname in capitals.
_INITIAL_CAPITALS_RE = re.compile(
    r"(?<![\w.'\-])(?P<name>[A-Z]\.[ \t]?(?:[A-Z]\.[ \t]?)?"
    r"(?P<surname>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\-]+))(?![\w.]|\.\w)"
)
# Named in a wish: "Happy Eid, zev!", "Happy St David's Day, tanirt!", "Happy Hogmanay naga!".
_WISHED_RE = re.compile(
    r"(?<![\w])(?i:happy)[ \t]+[^,!.?\n]{2,40}?,?[ \t]+(?P<name>[^\W\d_][\w'\-]*)[ \t]*!"
)
# Saying where one writes from: "Hi, cyrus from Ely!", "Hiya, bonnie from Wick, like."
_FROM_TOWN_RE = re.compile(
    r"(?i:hi|hiya|hello|hey|morning|evening),?[ \t]+(?P<name>[^\W\d_][\w'\-]*)[ \t]+from[ \t]+"
    r"(?P<town>[^\W\d_][\w'\-]*(?:[ \t][A-Z][\w'\-]*)?)[ \t]*[!,.]"
)
# Two people before one verb: "Anahera and Tupaq both ordered", "Rangi & Mele said".
# Two people named together: "Tama and Hine both ordered", "Kuldip & NUKA wedding list",
# "HOI CHING & Norbu's engagement".
_PAIR_RE = re.compile(
    rf"(?<![\w'\-])(?P<name>{_CAP}(?:[ \t]{_CAP})?)[ \t]+(?:and|&)[ \t]+"
    rf"(?P<other>{_CAP}(?:[ \t]{_CAP})?)(?:['\u2019]s)?[ \t]+(?:both[ \t]+)?"
    rf"(?i:{_REPORTING}|ordered|bought|paid|placed|used|got|have|had|wedding|engagement|"
    r"anniversary|baby[ \t]shower|gift[ \t]list|registry|christening|housewarming|"
    r"civil[ \t]partnership)(?![\w])"
)
# Any case at the start of a note or sentence: "tenzin says ...", "kalani keeps asking".
_OPENING_RE = re.compile(
    r"(?:^|(?<=[.!?\n,])[ \t]*)[ \t]*(?P<name>[^\W\d_][^\W\d_'\-]*(?:[ \t][^\W\d_][^\W\d_'\-]*)?)"
    rf"[ \t]+(?i:{_REPORTING})(?![\w])"
)
# Introducing oneself: "tui ngata here, ordered ...", "Hiya, Mele here." at a note's start.
_HERE_RE = re.compile(
    r"^[ \t]*(?:(?i:hi|hiya|hello|hey|morning|afternoon|evening)[ \t,!]+)?"
    r"(?P<name>[^\W\d_][^\W\d_'\-]*(?:[ \t][^\W\d_][^\W\d_'\-]*){0,2})[ \t]+here\b(?=[ \t]*[,.!:;\-\n]|$)"
)
# Labels and cues that name whoever follows: "Name: Kanoa Makoa", "name on the order is ...",
# "note from Sonam", ", not Pasang".
_LABEL_RE = re.compile(
    r"(?:^|\n|[|;]|(?<=[.!?])[ \t])[ \t>]*(?i:(?:full[ \t]|customer[ \t]|cust[ \t]|member[ \t]|"
    r"account[ \t]|shopper[ \t]|card[ \t]?holder[ \t]|account[ \t]holder[ \t]|first[ \t]|"
    r"last[ \t]|sur)?name|customer|cust|shopper|claimant|cardholder|account[ \t]holder|user)"
    rf"[ \t]*[:=\-][ \t]*(?P<name>{_CAP}(?:[ \t](?:[^\W\d_]{{1,4}}[ \t])?{_CAP}){{0,3}})"
)
_NAMED_RE = re.compile(
    r"(?i:name[ \t]+(?:on|of|for)[ \t]+(?:the|my|his|her|their|this)[ \t]+"
    r"(?:order|account|card|booking|parcel|delivery)[ \t]+(?:is|was|reads|says|shows))"
    rf"[ \t]+(?P<name>{_CAP}(?:[ \t]{_CAP}){{0,3}})"
    rf"(?:,?[ \t]+(?i:not|and[ \t]+not)[ \t]+(?P<other>{_CAP}(?:[ \t]{_CAP}){{0,3}}))?"
)
_FROM_RE = re.compile(
    r"(?<![\w])(?i:note|message|msg|email|e-mail|call|text|letter|reply|chat|update|word)[ \t]+"
    rf"(?i:from|with)[ \t]+(?P<name>{_CAP}(?:[ \t]{_CAP}){{0,2}})(?=[ \t]*(?:@|at\b|of\b|[,.:;!\n(-]|$))"
)
# Closing a note: "... no cashback, tenzin dolma" (the note's last words, after a comma).
_TRAILING_RE = re.compile(
    r",[ \t]*(?P<name>[^\W\d_][^\W\d_'\-]*(?:[ \t][^\W\d_][^\W\d_'\-]*){0,2})[ \t.!x]*$"
)
_CLOSINGS = other_closings(r"[ \t]")
# A line that is only a name, next to a closing ("Kind regards,", "Sent from my iPhone").
_CLOSING_RE = re.compile(
    r"^[ \t>]*(?i:(?:kind(?:est)?|best|warm|many)?[ \t]*regards|thanks?(?:[ \t]you)?|many[ \t]thanks|"
    r"cheers|best(?:[ \t]wishes)?|yours(?:[ \t](?:sincerely|faithfully|truly))?|sincerely|"
    r"faithfully|ta|thx|love|sent[ \t]from[ \t].*|get[ \t]outlook[ \t].*|"
    rf"{_CLOSINGS})[ \t,.!]*$"
)
_ADDRESS_LINE_RE = re.compile(
    r"^[ \t>]*(?:\d{1,5}[a-zA-Z]?,?[ \t]+[^\W\d_]|(?i:flat|unit|apt|apartment|suite)\.?[ \t]*\d)"
)
_NAME_LINE_RE = re.compile(
    r"^[ \t>\-\u2013\u2014~]*(?P<name>[^\W\d_][^\W\d_'.\-]*(?:[ \t][^\W\d_][^\W\d_'.\-]*){0,3})[ \t,.]*$"
)
_CUE_RE = re.compile(
    r"(?<![\w])(?i:ask(?:ed)?\s+for|delivered\s+to|deliver\s+to|left\s+with|handed\s+(?:it\s+)?to|"
    r"signed\s+for\s+by|given\s+to|passed\s+to|addressed\s+to|belongs\s+to|care\s+of|c/o|fao|"
    r"attn:?|speak\s+to|speak\s+with|signed\s+as|call(?:s|ed)?\s+me|named\s+(?:him|her|them)|"
    r"known\s+as|shouted\s+at|yelled\s+at|ask)[ \t]+[\"\u201c]?" + _NAME
)
# The same cues before a name in lower case: "ask for morag", "fao kwabena".
_CUE_LOWER_RE = re.compile(
    r"(?<![\w])(?i:ask(?:ed)?\s+for|speak\s+to|speak\s+with|fao|attn:?|c/o|care\s+of)[ \t]+"
    r"(?P<name>[^\W\d_A-Z][^\W\d_'\-]*)(?![\w'\-])"
)
_OWNED = (
    r"account|order|orders|card|email|phone|number|mobile|husband|wife|partner|mum|dad|mother|"
    r"father|birthday|name|address|details|parcel|behalf|son|daughter|friend|payment|purchase|"
    r"login|profile|house|flat|basket|claim|present|gift"
)
_POSSESSIVE_RE = re.compile(rf"(?<![\w'\-]){_NAME}['\u2019]s[ \t]+(?:{_OWNED})(?![\w])")
# ... in lower case: "borrow weston's card", "via ping's link" (a word that could be a name).
_LOWER_POSSESSIVE_RE = re.compile(
    r"(?<![\w'\-])(?P<name>[^\W\d_A-Z][^\W\d_'\-]*)['\u2019]s[ \t]+"
    rf"(?:{_OWNED}|link|crd|acc|acct|laptop|computer|ipad|tablet|device)(?![\w])"
)
_SURNAME_FIRST_RE = re.compile(
    r"(?<![\w'\-])(?P<name>(?P<last>[^\W\d_a-z]{2,}(?:['\-][^\W\d_a-z]+)*),[ \t]+"
    r"(?P<first>[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_][^\W\d_A-Z]+)?))(?![\w])"
)
# The people a note names by how they relate to the shopper.
_RELATIONS = (
    r"(?i:wife|husband|partner|son|daughter|mum|mom|dad|mother|father|sister|brother|friend|"
    r"neighbou?r|colleague|cousin|niece|nephew|aunt|auntie|uncle|nan|gran|grandma|grandad|"
    r"fianc[eé]e?|boyfriend|girlfriend|flatmate|housemate|roommate|lodger|landlord|landlady|"
    r"carer|boss|mother[ \t]in[ \t]law|father[ \t]in[ \t]law)"
)
# "my wife comfort ordered ...": after a relation, a word followed by a verb is a name
# whatever it means in English.
_RELATION_RE = re.compile(
    rf"(?<![\w])(?:(?i:my|our|his|her|their)[ \t]+)?{_RELATIONS}[ \t]+"
    r"(?P<name>[^\W\d_][^\W\d_'\-]*(?:[ \t][^\W\d_][^\W\d_'\-]*)?)(?=['\u2019]s\b|[ \t]+(?i:"
    + _REPORTING
    + r"|ordered|bought|placed|paid|used|made|got|has|had|was|is|will|did|does|sent|returned|"
    r"set|sets|helped|helps|took|takes|gave|lent|borrowed|signed|collected|received)\b)"
)
# "for tui ngata (my sister)", "my carer (weston) placed it": a relation in brackets after
# the name, or the name in brackets after the relation.
_BRACKETED_RELATION_RE = re.compile(
    r"(?P<name>[^\W\d_][^\W\d_'\-]*(?:[ \t][^\W\d_][^\W\d_'\-]*)?)[ \t]*\([ \t]*"
    rf"(?i:my|our|his|her|the)[ \t]+{_RELATIONS}[ \t]*\)"
    rf"|(?<![\w])(?i:my|our|his|her|their)[ \t]+{_RELATIONS}[ \t]*\([ \t]*"
    r"(?P<inner>[^\W\d_][^\W\d_'\-]*(?:[ \t][^\W\d_][^\W\d_'\-]*)?)[ \t]*\)"
)
# "a gift for my sister priya, she lives ...": a relation, then one word and a pause.
_RELATION_PAUSE_RE = re.compile(
    rf"(?<![\w])(?i:my|our|his|her|their)[ \t]+{_RELATIONS}"
    r"[ \t]+(?P<name>[^\W\d_][^\W\d_'\-]*)(?=[ \t]*(?:[,;:!)]|\.(?:\s|$)|$))"
)
# Chat and transcript lines: "[12/6/26 12:12] Amara: ...", "<09:48> Tomasz_Nowak: ...",
# "Efe 🙂: ..." (a speaker is named by a time stamp before, or an emoji before the colon).
_SPEAKER_RE = re.compile(
    r"^[ \t>]*(?:[\[<(][^\]>)\n]{1,24}[\]>)]|\d{1,2}[:.]\d{2}(?:[ \t]?[ap]m)?[ \t]*-?)[ \t]*"
    rf"(?P<name>{_CAP}(?:[_ \t]{_CAP})?)[ \t]*:"
    rf"|^[ \t>]*(?P<emoji>{_CAP}(?:[ \t]{_CAP})?)[ \t]*[^\w\s:,.!?'\"()\[\]<>@#&*-]{{1,3}}[ \t]*:",
    re.MULTILINE,
)
# A dialogue line: "Kourosh: "Who are you?"" (a speaker word that is no everyday word or label).
_BARE_SPEAKER_RE = re.compile(
    r"^[ \t>]*(?P<name>[^\W\d_a-z][^\W\d_A-Z]+(?:[\-'][^\W\d_][^\W\d_A-Z]+)?)[ \t]*:(?![/\d])",
    re.MULTILINE,
)
# A sentence opened by a word that is no everyday word, before a verb or as the one spoken to:
# "Yohannes is very reliable", "Oyelaran had given ...", "Kwabena, can you ...".
_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t]*)[ \t]*(?P<name>[^\W\d_a-z][^\W\d_]*(?:-[^\W\d_]+)?)"
    r"(?:[ \t]+(?:is|was|has|had|will|would|can|could|did|does|spent|gave|went|got|made|works|"
    r"worked|moved|paid|bought|ordered|placed)\b|,[ \t]*(?i:can|could|would|will|please|are|do|"
    r"did|have|is)\b)"
)
# Someone contacted, by a contact verb, then a word that ends the thought: "rang Nimco back",
# "call Aminu back", "please help Lyudmila 🙏", "Handover to Pasang:", "spoke to Babak on".
_CONTACTED_RE = re.compile(
    r"(?<![\w])(?i:rang|rung|ring|called|call|phoned|phone|texted|text|emailed|email|messaged|"
    r"chased|chase|help|helped|remind|reminded|updated|update|thanked|thank|spoke[ \t]+to|"
    r"spoke[ \t]+with|talked[ \t]+to|handover[ \t]+to|handed[ \t]+over[ \t]+to|passed[ \t]+to|"
    r"call[ \t]+with|chat[ \t]+with)[ \t]+"
    r"(?P<name>[^\W\d_][^\W\d_'\-]*)"
    r"(?=[ \t]+(?i:back|again|today|tomorrow|later|asap|re|about|regarding|on|at|first)\b"
    r"|[ \t]*[^\w\s'\-.,]|[ \t]*$)"
)
# "dup of Q-921505, Nimisha again", "- Sherece again": a word before "again" after a pause.
_AGAIN_RE = re.compile(
    r"(?:^|(?<=[,;:\-\u2013\u2014])|(?<=[.!?\n]))[ \t]*(?P<name>[^\W\d_][^\W\d_'\-]*)[ \t]+"
    r"(?i:again)\b"
)
# "Heath (via SMS): ...": a speaker named before the channel the message came by.
_VIA_RE = re.compile(
    rf"(?:^|(?<=\n))[ \t>]*(?P<name>{_CAP}(?:[ \t]{_CAP})?)[ \t]*\((?i:via|by|on|over)[ \t]+"
    r"(?i:sms|text|e-?mail|phone|whatsapp|messenger|chat|dm|instagram|facebook|webchat)\b"
)
# A record line that opens with a name, then fields after dashes or bars: "MIAH, SHAHNAZ -
# MEMBER 6338 ...", "LOWRI VAUGHAN - MATALAN - UK-98139-MB - 779.21", "Ffion Pryce | Argos".
_RECORD_RE = re.compile(
    r"^[ \t>*\-\u2022]*(?P<name>[^\W\d_][^\W\d_'\-]*,?(?:[ \t][^\W\d_][^\W\d_'\-]*){1,2})"
    r"[ \t]+[\-\u2013\u2014|][ \t]+\S",
    re.MULTILINE,
)
# "my name is Chase", "name's jay": what follows is a name, whatever else the word means.
_NAME_IS_RE = re.compile(
    r"(?<![\w])(?i:my[ \t]+name[ \t]+is|my[ \t]+name['\u2019]s|name['\u2019]s)[ \t]+"
    r"(?P<name>[^\W\d_][^\W\d_'\-]*(?:[ \t](?!(?i:and|but|on|from|again|here)\b)"
    r"[^\W\d_][^\W\d_'\-]*)?)(?=[ \t]*[,!;:.)]|[ \t]*$|[ \t]+(?i:and|but|on|from)\b)"
)
# Introducing oneself anywhere: "hi this is kaveh again", "its Oyelaran, order ...",
# "my name is ngozi", "Destiny here lol".
_SELF_RE = re.compile(
    r"(?<![\w])(?i:this[ \t]+is|it['\u2019]?s|i[ \t]+am|i['\u2019]?m|my[ \t]+name[ \t]+is|"
    r"name['\u2019]?s)[ \t]+(?P<name>[^\W\d_][^\W\d_'\-]*"
    r"(?:[ \t](?!(?i:again|here)\b)[^\W\d_][^\W\d_'\-]*)?)"
    r"(?=[ \t]+(?i:again|here)\b|[ \t]*[,!;:]|[ \t]*\.(?:\s|$)|[ \t]*$)"
)
_HERE_ANYWHERE_RE = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t]*)(?P<name>[^\W\d_][^\W\d_'\-]*)[ \t]+here[ \t]+(?i:lol|again|x+)\b"
)
# Gift notes and messages: "From Dayo to Mhairi: happy Easter!", "Message for Ingrid from Efe:",
# "thanks min-jun! from xiaoming", "thx Ama".
_FROM_TO_RE = re.compile(
    r"(?<![\w])(?i:from)[ \t]+(?P<name>[^\W\d_][^\W\d_'\-]*)[ \t]+(?i:to)[ \t]+"
    r"(?P<other>[^\W\d_][^\W\d_'\-]*)[ \t]*[:!,]"
    r"|(?<![\w])(?i:for)[ \t]+(?P<for>[^\W\d_][^\W\d_'\-]*)[ \t]+(?i:from)[ \t]+"
    r"(?P<by>[^\W\d_][^\W\d_'\-]*)[ \t]*[:!,]"
)
_THANKS_RE = re.compile(
    r"(?<![\w])(?i:thanks|thank[ \t]+you|thx|ta|cheers|many[ \t]+thanks)[ \t,\-\u2013\u2014]+"
    r"(?P<name>[^\W\d_][^\W\d_'\-]*)(?=[ \t]*[!.,]|[ \t]*$)"
    r"|(?<![\w])(?i:from)[ \t]+(?P<by>[^\W\d_][^\W\d_'\-]*)[ \t.!x]*$"
)
# A note's last word alone after a full stop or a dash: "... never appeared. kemi", "... - FRANK"
_LAST_WORD_RE = re.compile(
    r"(?:(?<=[.!?])[ \t\n]+|[ \t\n](?:-|\u2013|\u2014)[ \t\n]*)(?P<name>[^\W\d_][^\W\d_'\-]*)[ \t.!x]*$"
)
# Nicknames in quotes: 'Ms Okafor - "Bunmi" to friends', 'Rupert "Ru" Vance'.
_NICKNAME_RE = re.compile(
    rf"[\"\u201c'](?P<name>{_CAP})[\"\u201d'][ \t]+(?i:to[ \t]+(?:friends|family|everyone)|for[ \t]+short)\b"
    rf"|(?P<first>{_CAP})[ \t]+[\"\u201c](?P<other>{_CAP})[\"\u201d][ \t]+{_CAP}"
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
    words = [fold(w) for w in _WORDS_RE.findall(text[start:end])]
    if not words or all(len(w) < 2 for w in words):
        return False  # an initial alone names no one: "[01:45] C: hi"
    if any(is_contraction(w) for w in words):
        return False  # "hi I'm ringing", "That's right."
    blocked = (
        (_NOT_PEOPLE | SUFFIX_WORDS) - _WORD_NAMES if reporting else _NOT_PEOPLE | SUFFIX_WORDS
    )
    if any(w in blocked for w in words):
        return False
    return not brand_ranges(fold(text[start:end]))


_WORDS_RE = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")


def _is_name_word(word: str) -> bool:
    """A folded word on a name list, or one of the words above that are first names too."""
    return is_known_name(word) or word in _WORD_NAMES


def _could_be_named(text: str, start: int, end: int) -> bool:
    """True when a word of text[start:end] could be a name (``lexicon.could_be_a_name``).

    Before a reporting verb, after a cue or as a chat's speaker, "Frank", "Comfort" and
    "Baker" are people and the words of the trade are not: "Caller rang", "Network says",
    "Visitor: ...", "Caller from Swansea asked".
    """
    return any(
        could_be_a_name(word) or word in _WORD_NAMES
        for word in (fold(raw) for raw in _WORDS_RE.findall(text[start:end]))
    )


def _name_shaped(text: str, start: int, end: int) -> bool:
    """True when words in any case look like a name rather than English.

    Capitalised words do; lower-case ones when one of them is a known name, or is no
    everyday English word ("tenzin", "johannesdóttir"), and none ends like a verb or is
    another language's everyday word.
    """
    raw = _WORDS_RE.findall(text[start:end])
    if not raw or not _person_words(text, start, end, reporting=True):
        return False
    if all(w[0].isupper() for w in raw):
        return True
    words = [fold(w) for w in raw]
    if any(w.endswith(("ing", "ed", "ly")) and w not in FIRST_NAMES for w in words):
        return False
    if any(w in FOREIGN_WORDS and not is_known_name(w) for w in words):
        return False  # a word of another language: "..., faktura chybí."
    return any(_is_name_word(w) or w not in COMMON_WORDS for w in words)


def _lines(text: str) -> list[tuple[int, str]]:
    offsets, start = [], 0
    for line in text.split("\n"):
        offsets.append((start, line))
        start += len(line) + 1
    return offsets


def _name_lines(text: str) -> list[tuple[int, int]]:
    """Lines that are only a name: right before or after a closing line ("Kind regards,"),
    or heading an address block (the next line or the one after starts "12 ...", "Flat 2")."""
    if "\n" not in text:
        return []
    lines = [(o, line) for o, line in _lines(text) if line.strip(" \t>")]
    found = []
    for i, (offset, line) in enumerate(lines):
        match = _NAME_LINE_RE.match(line)
        if match is None or _CLOSING_RE.match(line):
            continue
        beside = [lines[j][1] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        below = [lines[j][1] for j in (i + 1, i + 2) if j < len(lines)]
        heading = bool(below) and (
            _ADDRESS_LINE_RE.match(below[0]) is not None
            or (
                len(below) == 2
                and _NAME_LINE_RE.match(below[0]) is not None
                and _ADDRESS_LINE_RE.match(below[1]) is not None
            )
        )
        if not heading and not any(_CLOSING_RE.match(b) for b in beside):
            continue
        start, end = offset + match.start("name"), offset + match.end("name")
        if _name_shaped(text, start, end):
            found.append((start, end))
    return found


# Contexts where a word that is also a name ("June", "Chase") is not taken on its own.
_STRICT = (_POSSESSIVE_RE, _SIGN_OFF_RE)


# A person written as a field's value in a log, a form dump or a query string:
# "actor=ildar.nurmukhametov", "user=etxeberriaj", "contact[name]=Raiarii Tehei",
# "handled_by: sonam", "<13:58> <liana.masayeva> merged".
_FIELD_PERSON_RE = re.compile(
    r"(?<![\w\[])(?i:(?:contact|customer|shopper|billing|shipping)?[\[_ ]?(?:full[_ ]?)?name\]?|"
    r"first[_ ]?name|last[_ ]?name|surname|user(?:name)?|actor|agent|owner|assignee|"
    r"handled[_ ]?by|updated[_ ]?by|changed[_ ]?by|author|login|operator|requester)"
    r"[ \t]*=[ \t]*[\"']?(?P<name>[^\W\d_][^\W_]*(?:[.\-_' ][^\W\d_][^\W_]*){0,3})(?=[\"'&;|,\s]|$)"
    r"|(?m:^[ \t]*[<\[][\d:.apmAPM \t\-/T]{3,24}[>\]][ \t]*<(?P<other>[^\W\d_@][\w.\-]{1,30})>)"
)
_NOT_A_USER = frozenset({"system", "bot", "api", "auto", "admin", "none", "null", "unknown",
                         "n/a", "na", "test", "root", "service", "cron", "batch", "import"})  # fmt: skip


def _field_people(text: str) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    if "=" not in text and "<" not in text:
        return found
    for match in _FIELD_PERSON_RE.finditer(text):
        for group in ("name", "other"):
            value = match.group(group)
            if value and fold(value) not in _NOT_A_USER:
                found.append((*match.span(group), 0.65))
    return found


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
        (_LABEL_RE, 0.65),
        (_NAMED_RE, 0.65),
        (_FROM_RE, 0.6),
        (_PAIR_RE, 0.6),
    ):
        for match in regex.finditer(text):
            start, end = match.span("name")
            if regex is _SURNAME_FIRST_RE:
                last, first = match.group("last"), match.group("first")
                blocked = _NOT_PEOPLE - _WORD_NAMES
                if not last.isupper() or fold(first) in blocked or fold(last) in blocked:
                    continue
            if regex is _RELATION_RE:
                words = [fold(w) for w in match.group("name").split()]
                if any(w in SMALL_WORDS or w in NOT_NAMES or w in TITLES for w in words):
                    continue
                if match.group(0)[0].islower() or match.group(0)[0].isupper():
                    owned = fold(match.group(0).split()[0]) in ("my", "our", "his", "her", "their")
                    if owned or _name_shaped(text, start, end):
                        found.append((start, end, 0.6))
                continue
            pairs = [(start, end)]
            if "other" in match.groupdict() and match.group("other"):
                pairs.append(match.span("other"))
            for s, e in pairs:
                if regex in _VETTED and not _could_be_named(text, s, e):
                    continue
                if (
                    _FROM_A_PLACE_RE.search(text, max(0, s - 8), s)
                    and fold(text[s:e]) in place_names()
                ):
                    continue  # "Ян from Hamilton says": the town she is from
                folded = fold(text[s:e])
                if regex is _CUE_RE and (
                    place_names().get(folded) is False
                    or (folded in place_names() and not is_known_name(folded))
                ):
                    continue  # "delivered to Skibbereen", "to Settle": a town, no known name
                if _person_words(text, s, e, reporting=regex not in _STRICT):
                    found.append((s, e, score))
    for regex in (_OPENING_RE, _HERE_RE, _TRAILING_RE, _BRACKETED_RELATION_RE):
        for match in regex.finditer(text):
            start, end = match.span("name" if match.group("name") else "inner")
            if regex is _OPENING_RE and not _could_be_named(text, start, end):
                continue
            if regex is _TRAILING_RE:
                # A note's last words are a name only when each word could be one, and
                # they are no town ("click and collect, Chipping Norton").
                parts = list(_WORDS_RE.finditer(text, start, end))
                if all(_name_shaped(text, w.start(), w.end()) for w in parts) and not _is_place(
                    text, start, end
                ):
                    found.append((start, end, 0.6))
            elif _name_shaped(text, start, end):
                found.append((start, end, 0.6))
    for match in _NAME_THEN_CONTACT_RE.finditer(text):
        start, end = match.span("name")
        named = _could_be_named(text, start, end) and _person_words(text, start, end)
        if named and fold(text[start:end]) not in place_names():
            found.append((start, end, 0.6))  # not "Leeds LS1 4AB"
    for match in _SURNAME_INITIAL_RE.finditer(text):
        start, end = match.span("name")
        surname_end = text.index(",", start)
        if _could_be_named(text, start, surname_end) and _person_words(text, start, surname_end):
            found.append((start, end, 0.6))
    for regex in (_WISHED_RE, _FROM_TOWN_RE):
        for match in regex.finditer(text):
            start, end = match.span("name")
            word = fold(match.group("name"))
            if regex is _FROM_TOWN_RE and fold(match.group("town")) not in place_names():
                continue
            if word in _NOT_PEOPLE or not _person_words(text, start, end):
                continue
            if match.group("name")[0].isupper():
                named = _could_be_named(text, start, end)
            else:
                named = could_be_a_name(word)
            if named and word not in FOREIGN_WORDS:
                found.append((start, end, 0.6))
    for match in _INITIAL_CAPITALS_RE.finditer(text):
        start, end = match.span("surname")
        if _could_be_named(text, start, end) and _person_words(text, start, end):
            found.append((*match.span("name"), 0.6))
    for match in _LOWER_REPORTING_RE.finditer(text):
        start, end = match.span("name")
        if not _is_name_word(fold(match.group("name"))):
            continue
        if _DETERMINED_RE.search(text, max(0, start - 8), start):
            continue
        if _person_words(text, start, end, reporting=True):
            found.append((start, end, 0.6))
    for match in _LOWER_POSSESSIVE_RE.finditer(text):
        start, end = match.span("name")
        if _person_words(text, start, end) and _could_be_named(text, start, end):
            found.append((start, end, 0.6))
    found.extend(_before_occasions(text))
    found.extend(_user_names(text))
    found.extend((s, e, 0.6) for s, e in _name_lines(text) if not _is_place(text, s, e))
    found.extend(_by_position(text))
    found.extend(_after_initials(text))
    found.extend(_field_people(text))
    return found


# A user name made of a person's names: "created by shazia.kaul", "(ludovic.legentil)".
_USER_NAME_RE = re.compile(
    r"(?<![\w.@/:\-])(?P<first>[a-z][a-z'\-]+)\.(?P<last>[a-z][a-z'\-]+)(?![\w@/\-]|\.\w)"
)
_NOT_A_USER_PART = frozenset({
    "com", "net", "org", "uk", "co", "ie", "me", "io", "eu", "info", "biz", "gov", "ac", "nhs",
    "jpg", "jpeg", "png", "gif", "pdf", "doc", "docx", "xls", "xlsx", "csv", "txt", "zip",
    "html", "htm", "php", "js", "json", "xml", "exe", "app",
})  # fmt: skip


@functools.cache
def _user_not_people() -> frozenset[str]:
    from pipeline.detect.patterns import PERSON_NAMED_BRANDS

    return frozenset(PERSON_NAMED_BRANDS) | frozenset(b.split()[0] for b in PERSON_NAMED_BRANDS)


def _user_names(text: str) -> list[tuple[int, int, float]]:
    """A lower-case "first.last" of two words that could be names (no everyday words, no
    shop): a person's login, which names them."""
    if "." not in text:
        return []
    found = []
    for match in _USER_NAME_RE.finditer(text):
        first, last = match.group("first"), match.group("last")
        if first in _NOT_A_USER_PART or last in _NOT_A_USER_PART:
            continue
        if not (could_be_a_name(first) and could_be_a_name(last)):
            continue  # "mark.down", "read.me"
        if fold(f"{first} {last}") in _user_not_people() or first in _user_not_people():
            continue
        found.append((match.start(), match.end(), 0.6))
    return found


# Whose occasion a gift is for: "for Toks's Independence Day", "gift for zhanar's Eid".
_FOR_WHOSE_RE = re.compile(
    r"(?<![\w])(?i:for|to)[ \t]+(?P<name>[^\W\d_][^\W\d_'\-]*(?:[ \t][^\W\d_][^\W\d_'\-]*)?)"
    r"['\u2019]s[ \t]+(?=[^\W\d_])"
)


def _before_occasions(text: str) -> list[tuple[int, int, float]]:
    """The one whose occasion follows: a name's possessive right before an occasion."""
    if "'s " not in text and "\u2019s " not in text:
        return []
    from pipeline.detect.occasions import occasion_ranges

    found = []
    occasions = None
    for match in _FOR_WHOSE_RE.finditer(text):
        occasions = occasion_ranges(text) if occasions is None else occasions
        start, end = match.span("name")
        if not any(s == match.end() for s, _ in occasions):
            continue
        if any(s < end and start < e for s, e in occasions):
            continue  # "for Mother's Day": the occasion itself
        if _name_shaped(text, start, end) and not _is_place(text, start, end):
            found.append((start, end, 0.6))
    return found


# Initials before a surname: "H.P. Saito", "N.L. Gunasekara", "I. Whitlock" (one or more
# capitals each with its full stop, then a capitalised word or two).
_INITIALS_RE = re.compile(
    r"(?<![\w.])(?P<initials>(?:[A-Z]\.[ \t]?){1,3})"
    r"(?P<surname>[A-Z][a-z][\w'\-]*(?:[ \t]+[A-Z][a-z][\w'\-]*)?)(?![\w'])"
)


def _after_initials(text: str) -> list[tuple[int, int, float]]:
    """Initials and the surname after them, when the surname is no everyday word or place."""
    found = []
    for match in _INITIALS_RE.finditer(text):
        words = [fold(w) for w in match.group("surname").split()]
        if any(is_everyday_word(w) or w in TITLES or w in FOREIGN_WORDS for w in words):
            continue  # "P.S. Please", "U.K. Limited"
        if not _is_place(text, *match.span("surname")):
            found.append((match.start(), match.end(), 0.6))
    return found


# Where a note's structure names someone: a chat speaker, a gift note, a nickname in quotes
# (any word there is taken unless it is a shop or a job); and where a word is only a name
# when it is no everyday word: after "this is", a relation or "thanks", a note's last word.
# Someone named beside what they are called or are: "Tiny (real name ...)", "Taz (shopper)
# joined", "[Teams] 10h08 ENELE (customer) left".
_ALIAS_RE = re.compile(
    rf"(?<![\w'\-])(?P<name>{_CAP}(?:[ \t]{_CAP})?)[ \t]*\([ \t]*(?i:real|full|legal|proper|"
    r"actual|birth|given)[ \t]+name\b"
    rf"|(?<![\w'\-])(?P<role>{_CAP}(?:[ \t]{_CAP})?)[ \t]*\([ \t]*(?i:shopper|customer|cust|"
    r"caller|member|guest|agent|advisor|adviser)[ \t]*\)[ \t]+(?i:joined|left|wrote|says|said)\b"
)
# Someone at a retailer, by their team: "Toks from Harbourside Hampers's customer care",
# "Priya at Argos customer services", "Hery on the retail team says".
_STAFF_RE = re.compile(
    rf"(?<![\w'\-])(?P<name>{_CAP})[ \t]+(?i:from|at)[ \t]+[^.\n!?]{{1,40}}?[ \t]+"
    r"(?i:customer[ \t]+(?:care|services?|support|team|relations)|support[ \t]+team|"
    r"help[ \t]?desk|complaints[ \t]+team)\b"
    rf"|(?<![\w'\-])(?P<team>{_CAP})[ \t]+(?i:on|in|from)[ \t]+the[ \t]+[^\W\d_]+"
    r"(?:[ \t][^\W\d_]+)?[ \t]+(?i:team|desk|department)\b"
)
# A kin word said as a title before a name: "Auntie Bisi", "Uncle Tayo", "Tía Rosa" (not a
# shop named so: "Aunty Comfort's Pantry").
_KIN_TITLE_RE = re.compile(
    r"(?<![\w'\-])(?i:auntie|aunty|aunt|uncle|sis|bro|nana|nanna|nan|nanny|gran|granny|grandma|"
    r"grandpa|grandad|grandma|cousin|tia|tía|tio|tío|oma|opa|didi|bhaiya|baji|apa|ate|kuya|"
    r"mama|papa)[ \t]+(?P<name>[^\W\d_a-z][^\W\d_]*(?:-[^\W\d_]+)*)"
    r"(?![\w\-]|['\u2019]s[ \t]+[A-Z])"
)
_STRUCTURE = (_SPEAKER_RE, _FROM_TO_RE, _NICKNAME_RE, _CONTACTED_RE, _VIA_RE, _NAME_IS_RE,
              _RECORD_RE, _ALIAS_RE, _STAFF_RE, _KIN_TITLE_RE)  # fmt: skip
# Contexts that people and the trade's words share ("Frank rang", "Caller rang", "Network
# says", "chase Network again"): an everyday word there must be a name too. (A chat's
# speakers and a cue's object are people or the few roles ``_NOT_PEOPLE`` holds.)
_VETTED = (_REPORTING_RE, _PAIR_RE, _FROM_RE, _CONTACTED_RE, _STAFF_RE)

_POSITION = (_RELATION_PAUSE_RE, _SELF_RE, _HERE_ANYWHERE_RE, _THANKS_RE, _LAST_WORD_RE,
             _CUE_LOWER_RE, _BARE_SPEAKER_RE, _SUBJECT_RE, _AGAIN_RE)  # fmt: skip


def _by_position(text: str) -> list[tuple[int, int, float]]:
    found: list[tuple[int, int, float]] = []
    for regex in (*_STRUCTURE, *_POSITION):
        for match in regex.finditer(text):
            for group, value in match.groupdict().items():
                if not value:
                    continue
                start, end = match.span(group)
                # A capitalised word after a relation mid-sentence: "for my daughter Autumn."
                strong = regex in _STRUCTURE or (
                    regex is _RELATION_PAUSE_RE and text[start].isupper()
                )
                if strong:
                    if regex in _VETTED and not _could_be_named(text, start, end):
                        continue
                    said = regex in (_NAME_IS_RE, _RELATION_PAUSE_RE)  # "my name is Chase"
                    taken = _person_words(text, start, end, reporting=said) and _name_shaped(
                        text, start, end
                    )
                    if regex is _RECORD_RE:
                        taken = taken and _record_name(text, start, end)
                else:
                    taken = (
                        _unusual(text, start, end)
                        or (regex is _BARE_SPEAKER_RE and _in_a_dialogue(text, start, end))
                        or (regex in _SIGNING and _signed_by_a_name(regex, text, start, end))
                    )
                if taken and not _is_place(text, start, end):
                    found.append((start, end, 0.6))
    return found


def _in_a_dialogue(text: str, start: int, end: int) -> bool:
    """True when a line's speaker ("Dave:", "Tom:") that could be a name speaks on two lines
    or more of a dialogue of two speakers or more (a label such as "Price:" heads one line)."""
    if not (_person_words(text, start, end) and _could_be_named(text, start, end)):
        return False
    speakers = Counter(fold(m.group("name")) for m in _LINE_HEAD_RE.finditer(text))
    return speakers[fold(text[start:end])] >= 2 and len(speakers) >= 2


# A line's first word before a colon, in any case: "Tom: ...", "tom: ...", "Caller: ...".
_LINE_HEAD_RE = re.compile(r"^[ \t>]*(?P<name>[^\W\d_][^\W\d_'\-]*)[ \t]*:(?![/\d])", re.MULTILINE)


def _record_name(text: str, start: int, end: int) -> bool:
    """A record line's first field is a name when its words are capitalised (or all upper
    case) and one of them is no everyday word, or a known first name."""
    raw = _WORDS_RE.findall(text[start:end])
    if not all(w[0].isupper() for w in raw) or _is_place(text, start, end):
        return False
    words = [fold(w) for w in raw]
    return any(w in FIRST_NAMES or not is_everyday_word(w) for w in words)


# Where a note is signed: "ta hubert", "thanks virgen", "... - pearl".
_SIGNING = (_THANKS_RE, _LAST_WORD_RE)


def _signed_by_a_name(regex: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """True when the one word a note is signed with, after thanks or a dash, is on a name
    list ("ta hubert", "- pearl"), not a word people sign with ("thanks mate", "cheers love")
    nor a town ("out for delivery from Dudley"); a last sentence of one word with its full
    stop ("... Valid.") is no signature."""
    dashed = _DASH_BEFORE_RE.search(text, max(0, start - 4), start) is not None
    if regex is _LAST_WORD_RE and not dashed and "." in text[end:]:
        return False  # "... basket 62 quid. Valid." (but "... on (089) 8770410. Sunny")
    words = [fold(w) for w in _WORDS_RE.findall(text[start:end])]
    return (
        len(words) == 1
        and words[0] not in place_names()
        and _is_name_word(words[0])
        and _person_words(text, start, end)
        and words[0] not in _ADDRESSED
    )


_FROM_A_PLACE_RE = re.compile(r"\b(?i:from|in|at|near|of)[ \t]+$")
_DASH_BEFORE_RE = re.compile(r"[\-\u2013\u2014][ \t\n]*$")
# Words a note addresses or signs with that are names too: "thanks mate", "ta love".
_ADDRESSED = frozenset({"mate", "pal", "love", "hun", "babe", "dear", "darling", "buddy",
                        "guys", "folks", "all", "again", "lots", "much", "sis", "bro"})  # fmt: skip


def _unusual(text: str, start: int, end: int) -> bool:
    """True when each word could be a name and none is an everyday word (or a month, "June")."""
    if not _person_words(text, start, end):
        return False
    for raw in _WORDS_RE.findall(text[start:end]):
        word = fold(raw)
        if word in _WORD_NAMES or (is_everyday_word(word) and word not in FIRST_NAMES):
            return False
        if word in FOREIGN_WORDS and word not in FIRST_NAMES:
            return False  # "... brak cashbacku. Dziękuję."
    return True


def _is_place(text: str, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in place_ranges(text))


class ContextNameRecognizer(LocalFinder):
    """Names found by their context (reporting verbs, cues, possessives, sign-offs)."""

    ENTITY = "PERSON_PATTERN"

    def find(self, text: str) -> list[tuple[int, int, float]]:
        return find_context_names(text)


# Joining the items of a list: ", " or " and " / " & ".
_AND = r"[ \t]+(?:and|&)[ \t]+"
_NEXT_ITEM_RE = re.compile(rf"(?:[ \t]*,[ \t]*|{_AND})(?P<name>{_CAP})(?![\w'\-])")
_ITEM_BEFORE_RE = re.compile(rf"(?<![\w'\-])(?P<name>{_CAP})(?:[ \t]*,[ \t]*|{_AND})$")
_LIST_GOES_ON_RE = re.compile(rf"[ \t]*,|{_AND}")


def listed_names(text: str, names: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other items of a list of people with a name in it: "for 지훈, Destiny and Kwame".

    An item joined to a name by "and" or "&", or by a comma when the list goes on after it,
    is a name too if it is capitalised and no shop, town or word of the claims vocabulary.
    """
    found: list[tuple[int, int]] = []
    todo = list(names)
    taken = set(names)
    while todo:
        start, end = todo.pop()
        items = []
        after = _NEXT_ITEM_RE.match(text, end)
        if after is not None:
            joined_by_and = "," not in text[end : after.start("name")]
            if joined_by_and or _LIST_GOES_ON_RE.match(text, after.end("name")):
                items.append(after.span("name"))
        before = _ITEM_BEFORE_RE.search(text, max(0, start - 40), start)
        if before is not None:
            items.append(before.span("name"))
        for item in items:
            if item in taken or not _person_words(text, *item, reporting=True):
                continue
            word = fold(text[item[0] : item[1]])
            if (
                " " not in word
                and (is_everyday_word(word) or word in FOREIGN_WORDS)
                and word not in FIRST_NAMES
            ):
                continue  # "Sincerely, R. Tamang", "Cordialement, ...": a closing, no person
            if not _is_place(text, *item):
                taken.add(item)
                found.append(item)
                todo.append(item)
    return found
