"""The one vocabulary of the pipeline: token kinds, column kinds, file status, leak hits,
reasons with their decisions, audit event names; and the frozen records passed between
stages (claims, orders, findings, decisions, results)."""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple

# Column kinds: a token kind (a column replaced whole), FREE_TEXT (its text is scanned for
# personal spans, design section 5), or None (kept as it is).
FREE_TEXT = "FREE_TEXT"


class Kind(enum.Enum):
    """Token kinds (design section 4). The value is the token prefix."""

    NAME = "NAME"
    EMAIL = "EMAIL"
    PHONE = "PHONE"
    ADDRESS = "ADDRESS"
    POSTCODE = "POSTCODE"
    MEMBER = "MEMBER"
    NINO = "NINO"
    CARD = "CARD"
    IBAN = "IBAN"
    IP = "IP"


TOKEN_KINDS = tuple(kind.value for kind in Kind)


class Method(enum.Enum):
    """How a column's kind was decided."""

    PROFILE = "profile"
    SAMPLING = "content sampling"
    FREE_TEXT = "free-text scan"
    KEEP = "kept"


class Decision(enum.Enum):
    APPROVE = "approve"
    DECLINE = "decline"
    QUERY = "query"


class Reason(enum.Enum):
    """Reason codes of design section 6, in rule order."""

    INVALID_CLAIM = "INVALID_CLAIM"
    ORDER_NOT_FOUND = "ORDER_NOT_FOUND"
    AMBIGUOUS_MATCH = "AMBIGUOUS_MATCH"
    DUPLICATE_CLAIM = "DUPLICATE_CLAIM"
    ORDER_CANCELLED = "ORDER_CANCELLED"
    ORDER_RETURNED = "ORDER_RETURNED"
    ALREADY_TRACKED = "ALREADY_TRACKED"
    TRACKED_TO_ANOTHER_PUBLISHER = "TRACKED_TO_ANOTHER_PUBLISHER"
    OUTSIDE_CLAIM_WINDOW = "OUTSIDE_CLAIM_WINDOW"
    ORDER_PENDING = "ORDER_PENDING"
    AMOUNT_MISMATCH = "AMOUNT_MISMATCH"
    APPROVED = "APPROVED"
    UNMAPPED_SOURCE = "UNMAPPED_SOURCE"

    @property
    def decision(self) -> Decision:
        """The decision this reason belongs to (design section 6)."""
        if self is Reason.APPROVED:
            return Decision.APPROVE
        return Decision.QUERY if self in _QUERY_REASONS else Decision.DECLINE


_QUERY_REASONS = frozenset(
    {
        Reason.INVALID_CLAIM,
        Reason.AMBIGUOUS_MATCH,
        Reason.ORDER_PENDING,
        Reason.AMOUNT_MISMATCH,
        Reason.UNMAPPED_SOURCE,
    }
)


def decision_of(code: str) -> str:
    """approve, decline or query for a reason code as a report holds it (unknown: decline)."""
    known = Reason.__members__.get(code)
    return known.decision.value if known is not None else Decision.DECLINE.value


class FileStatus(enum.StrEnum):
    """What became of one input file."""

    PROCESSED = "processed"  # outputs published, input removed
    QUARANTINED = "quarantined"  # bad input: moved to quarantine/ with its reason
    DUPLICATE = "duplicate"  # same bytes already processed: input removed
    SKIPPED = "skipped"  # gone before it was read
    LEAK = "leak"  # outputs held in quarantine/outputs/, input left in the inbox
    HELD = "held"  # held back by an earlier batch; same bytes, same configs: not taken again
    REFUSED = "refused"  # not a regular file (symlink, FIFO, device): never read, left as is


class Event(enum.StrEnum):
    """Audit event names (``reports/audit.jsonl``)."""

    BATCH_START = "batch_start"
    BATCH_END = "batch_end"
    FILE_START = "file_start"
    FILE_END = "file_end"
    DUPLICATE = "duplicate"
    QUARANTINE = "quarantine"
    LEAK = "leak"
    REFUSED = "refused"  # an inbox entry that is not a regular file
    KEPT = "kept"  # an input that changed after it was read, left for the next batch
    REDECIDED = "redecided"
    REVEAL = "reveal"
    FIND = "find"
    EXPORT = "export"
    SHRED = "shred"
    ERASE = "erase"
    KEY_ROTATION = "key_rotation"
    AUDIT_REPAIR = "audit_repair"
    QUARANTINE_RETRY = "quarantine_retry"
    QUARANTINE_PURGE = "quarantine_purge"


class LeakHit(NamedTuple):
    """One residual-leak hit: where an original was found, never the value."""

    output: str  # the output file (or "report")
    column: str
    kind: str


class MatchedBy(enum.Enum):
    """How a claim found its order (design section 6, matching)."""

    ORDER_REF = "order_ref"
    EMAIL = "email"


@dataclass(frozen=True, slots=True)
class Claim:
    """A canonical claim after pseudonymisation: tokens only, never an original value.

    ``problems`` lists why a field could not be parsed (field names, never values);
    a claim with problems is answered INVALID_CLAIM.
    """

    claim_id: str
    source: str
    file: str
    line: int
    publisher_id: str = ""
    merchant: str = ""
    order_ref: str = ""
    email_token: str = ""
    transaction_date: date | None = None
    order_value: Decimal | None = None
    currency: str = "GBP"
    claim_date: date | None = None
    mapped: bool = True
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Order:
    """A retailer order after pseudonymisation."""

    order_ref: str
    order_date: date | None
    email_token: str
    order_value: Decimal | None
    currency: str
    status: str
    tracked_publisher_id: str
    name_token: str = ""
    postcode_token: str = ""
    voucher_code: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    """The decision on one claim; holds no personal value."""

    claim_id: str
    decision: Decision
    reason: Reason
    commission: Decimal | None
    currency: str
    order_ref: str
    publisher_id: str
    note: str
    line: int = 0
    transaction_date: date | None = None
    claimed_value: Decimal | None = None
    order_value: Decimal | None = None  # the matched order's value
    matched_by: MatchedBy | None = None
    redecided_at: datetime | None = None  # when the answer last changed after it was first given


@dataclass(frozen=True, slots=True)
class Redecision:
    """An earlier claim file whose answers changed in a batch, and how (no personal value).

    ``changes`` counts rows per (reason handed out before, reason now), in name order of
    the reasons; a reason that stayed while the commission or note changed counts too.
    """

    file: str
    changed: int  # rows whose answer changed
    changes: tuple[tuple[str, str, int], ...]


@dataclass(frozen=True, slots=True)
class Original:
    """One original personal value handed to the vault, with the token that replaced it."""

    token: str
    kind: Kind
    value: str
    record: str  # "claim/<source>/<claim_id or sha-line>" or "order/<order_ref>"
    # True when found inside free text: it may be someone else's value mentioned in this
    # record (an erasure shreds such a value alone, never the record it sits in).
    mentioned: bool = False
    # True when only the model or a context rule read it into free text (no list of known
    # values had it): the residual-leak check does not search other outputs for such a
    # guess ("Lola" a person in one note, a product in the next).
    guessed: bool = False


@dataclass(frozen=True, slots=True)
class ColumnReport:
    """What was found in one column (no values)."""

    column: str
    kind: str | None  # token kind, FREE_TEXT, or None when kept
    method: Method
    count: int = 0
    confidence_min: float | None = None
    confidence_max: float | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class FileResult:
    """Outcome of one input file."""

    name: str
    sha256: str
    status: FileStatus
    profile: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    rows_in: int = 0
    rows_out: int = 0
    reason: str = ""
    columns: tuple[ColumnReport, ...] = ()
    free_text: dict[str, int] = field(default_factory=dict)
    decisions: dict[str, int] = field(default_factory=dict)
    formulas_neutralised: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    outputs: tuple[str, ...] = ()
    unmatched_for_review: tuple[str, ...] = ()  # claim ids needing a justified reveal
    leaks: tuple[LeakHit, ...] = ()  # residual-leak hits
    leak_values: int = 0  # distinct original values the residual-leak check searched for
    next_step: str = ""  # for a file not published: the exact command that moves it on


@dataclass(frozen=True, slots=True)
class LeakCheck:
    """Result of the residual-leak rescan over a batch's outputs."""

    values_checked: int
    outputs_checked: int
    hits: tuple[LeakHit, ...] = ()

    @property
    def passed(self) -> bool:
        return not self.hits


@dataclass(frozen=True, slots=True)
class BatchResult:
    """Everything a report needs about one batch."""

    batch_id: str
    started: datetime
    finished: datetime
    files: tuple[FileResult, ...]
    orders: tuple[FileResult, ...] = ()
    leak_check: LeakCheck | None = None
    versions: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    shredded: int = 0
    redecided: tuple[Redecision, ...] = ()  # earlier claim files whose decisions were rewritten
    cluster: dict[str, str] = field(default_factory=dict)  # the Dask cluster used; {} for none
    audit_head: str = ""
    # Who ran it, configuration and output hashes, key versions, privacy operations since
    # the previous batch (``pipeline.report.provenance``); never a value.
    provenance: dict[str, object] = field(default_factory=dict)


# Folding: the detector matches on folded text, and the residual-leak check folds the town
# names it passes over the same way ("Sràid an Mhuilinn" is the place "sraid an mhuilinn").
_PUNCT_FOLD = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
    "\u202f": " ",
}


@functools.lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if char in _PUNCT_FOLD:
        return _PUNCT_FOLD[char]
    decomposed = unicodedata.normalize("NFKD", char)
    base = decomposed[0] if decomposed else char
    lowered = base.lower()
    if len(lowered) == 1:
        return lowered
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def fold(text: str) -> str:
    """Lower-case, strip accents and unify apostrophes and dashes, keeping every offset.

    The result has exactly the length of ``text``, so a match in the folded text is a
    match at the same offsets in the original ("Wiśniewska" and "wisniewska" meet).
    """
    if text.isascii():
        return text.lower().replace("`", "'")
    return "".join([_fold_char(c) for c in text])


# Letters of scripts written without spaces (kana, Han, Thai, Lao, Khmer, Burmese): a value
# glued to them is still a word of its own ("我是Emir Hodzic。", "Ffion Homeの注文").
UNSPACED = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
)
_UNSPACED_RE = re.compile(f"[{UNSPACED}]")


def is_spaced_alnum(char: str) -> bool:
    """A letter or digit that continues a word: any but those of ``UNSPACED`` scripts. The
    detector's lists and the residual-leak check both find word edges by it."""
    return char.isalnum() and not (char >= "\u0e00" and _UNSPACED_RE.match(char) is not None)


def at_sentence_start(text: str, start: int) -> bool:
    """True when text[start:] opens a sentence (nothing but quotes and brackets since a full
    stop, a line break or a colon). The detector's lists and the residual-leak check both
    read word names this way ("Will it track?" is no person), so they must share it."""
    before = text[:start].rstrip(" \t\"'(")
    return not before or before[-1] in ".!?\n\r:"


def named_by_nouns(nouns: Collection[str]) -> re.Pattern[str]:
    """What follows a one-word name that names a product or a shop: at most one more
    capitalised word, then one of ``nouns`` ("the Millie skirt", "a Ruby Star mug"). The
    detector keeps such a name and the residual-leak check excuses it, by this one rule."""
    alternatives = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
    # Not a title between ("Dear Dr Mac Carthy"), nor a capitalised word after the noun: a
    # noun that opens a name ("Mac Cárthaigh") names no product.
    return re.compile(
        rf"[ \t]+(?:(?!{_TITLE_WORDS}\b)[A-Z][\w'\-]*[ \t]+)?(?i:{alternatives})\b"
        r"(?![ \t]+[^\W\d_a-z])"
    )


_TITLE_WORDS = r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Rev|Sir|Dame|Lady|Lord|Fr|Revd)"


# Month and weekday abbreviations ("11 Jun", "Tue 3rd"); the full names are in _MONTHS_AND_DAYS.
DATE_ABBREVIATIONS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
})  # fmt: skip
# Months and weekdays in English and the languages claims come in (accented and folded).
_OTHER_MONTHS_AND_DAYS = (
    "janvier", "fevrier", "février", "mars", "avril", "mai", "juin", "juillet", "aout", "août",
    "septembre", "octobre", "novembre", "decembre", "décembre", "lundi", "mardi", "mercredi",
    "jeudi", "vendredi", "samedi", "dimanche", "enero", "febrero", "marzo", "abril", "mayo",
    "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
    "lunes", "martes", "miercoles", "miércoles", "jueves", "viernes", "sabado", "sábado",
    "domingo", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
    "ottobre", "dicembre", "lunedi", "lunedì", "martedi", "martedì", "mercoledi", "mercoledì",
    "giovedi", "giovedì", "venerdi", "venerdì", "domenica", "janeiro", "fevereiro", "marco",
    "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro", "segunda", "terca",
    "terça", "quarta", "quinta", "sexta", "januar", "februar", "marz", "märz", "juni", "juli",
    "oktober", "dezember", "janner", "jänner", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "januari", "februari", "maart", "mei", "augustus", "maandag",
    "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "styczen", "styczeń",
    "stycznia", "luty", "lutego", "marzec", "marca", "kwiecien", "kwiecień", "kwietnia", "maj",
    "maja", "czerwiec", "czerwca", "lipiec", "lipca", "sierpien", "sierpień", "sierpnia",
    "wrzesien", "wrzesień", "wrzesnia", "września", "pazdziernik", "październik", "pazdziernika",
    "października", "listopad", "listopada", "grudzien", "grudzień", "grudnia", "ionawr",
    "chwefror", "mawrth", "ebrill", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd",
    "rhagfyr", "augusti", "marts"
)  # fmt: skip
_MONTHS_AND_DAYS = "|".join(
    sorted(
        {
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", *DATE_ABBREVIATIONS,
            *_OTHER_MONTHS_AND_DAYS,
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip
# A day's number before the month: "23 Jun", "1st May", "le 1er mai", "26 de junio", "3º".
_DATE_BEFORE_RE = re.compile(
    r"\d(?:st|nd|rd|th|er|[º°])?(?:[ \t\-/.]{1,2}|[ \t]+(?:de|of|del)[ \t]+)$", re.IGNORECASE
)
_DATE_AFTER_RE = re.compile(r"[ \t\-/.,]{1,2}\d")
_MONTH_OR_DAY_RE = re.compile(rf"(?i:{_MONTHS_AND_DAYS})")


_DATE_LINKS = frozenset(
    [
        "le",
        "el",
        "la",
        "de",
        "del",
        "of",
        "the",
        "on",
        "z",
        "dnia",
        "am",
        "il",
        "lo",
        "op",
        "den",
        "der",
        "di",
        "do",
        "dia",
        "em",
        "w",
    ]
)
_DATE_TOKEN_RE = re.compile(r"[^\W_]+")
_ORDINAL_RE = re.compile(r"\d{1,4}(?:st|nd|rd|th|er|[º°])?", re.IGNORECASE)


def is_date_phrase(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a date and nothing else: "le 25 février", "el 26 de
    junio", "6 December", or a month beside a number ("on 5 Julio")."""
    tokens = list(_DATE_TOKEN_RE.finditer(text, start, end))
    months = [t for t in tokens if _MONTH_OR_DAY_RE.fullmatch(t.group(0))]
    if not months:
        return False
    for token in tokens:
        word = token.group(0)
        if not (
            _ORDINAL_RE.fullmatch(word)
            or word.lower() in _DATE_LINKS
            or _MONTH_OR_DAY_RE.fullmatch(word)
        ):
            return False
    return any(t.group(0)[0].isdigit() for t in tokens) or any(
        in_a_date(text, t.start(), t.end()) for t in months
    )


def in_a_date(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a month's or weekday's name written beside a number, as in
    "23 Jun", "Jun 23", "10-Jun-2026", "May 4th": a date, whoever else is called "Jun" or
    "May". The detector keeps such a word and the residual-leak check excuses it."""
    if not _MONTH_OR_DAY_RE.fullmatch(text, start, end):
        return False
    return bool(_DATE_BEFORE_RE.search(text, max(0, start - 6), start)) or bool(
        _DATE_AFTER_RE.match(text, end)
    )
