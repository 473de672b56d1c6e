"""The residual-leak check: every original a batch pseudonymised, searched for in its outputs.

Each value is searched in the forms it could take in an output: as given, with runs of
white space collapsed, upper case, lower case (not for names, where lower case would match
ordinary words such as "will" or "rose"), postcodes without their space, phone numbers as
bare digits and in E.164, and each of these escaped the way JSON, HTML and CSV writers
escape it. A match counts only at word boundaries (the characters either side are not
letters, digits or ``_``; letters of scripts written without spaces, such as Han or kana,
end a word as a space does): "Anne" does not match inside "Joanne", and no value matches
inside a token, whose body is one long run of capitals and digits.

Two passes per output keep 600k values over 100 MB well under a minute: a prefilter splits
the bytes into ASCII words and intersects them with each value's rarest-looking word (its
longest); only values whose word turned up go into a pyahocorasick automaton for the exact,
boundary-checked search.

Values shorter than ``MIN_LENGTH`` (4) characters are not searched: initials, house numbers
and two-letter surnames ("Li", "Ng") occur by chance in amounts, dates, ids and tokens, so a
hit on them would say nothing and would fail every batch. Common placeholders ("none",
"unknown", "n/a") are not personal and are skipped too.

A CSV output with a hit is read again cell by cell to name the column; any other output
(log, audit) is reported with column ``-``. Only what the pipeline wrote counts:

- ``copied`` names, per CSV output, the columns the pipeline copied byte-identical from its
  input (must-keep columns): a value there is the input's own, not a leak.
- ``public`` phrases (towns, merchants, voucher codes) excuse a match that lies inside one
  of them and is shorter: the surname "Millen" in "Karen Millen" or "Tyne" in "Newcastle
  upon Tyne" is not a hit; a value that is a ``place`` (a town) is not searched at all.
- The batch report is checked field by field before it is rendered (``redact_fields``), so
  its fixed wording ("Wall-clock") is never searched; a field with a hit is redacted and
  the report is written all the same.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import ahocorasick

from pipeline.errors import StageError
from pipeline.models import (
    Kind,
    LeakCheck,
    LeakHit,
    at_sentence_start,
    fold,
    in_a_date,
    is_spaced_alnum,
    named_by_nouns,
)

MIN_LENGTH = 4
CHUNK_CHARS = 1 << 20  # 1 Mi characters per read: the prefilter's word list stays a few MB
PLACEHOLDERS = frozenset({"none", "null", "nil", "unknown", "n/a", "not known", "not given"})
_LOWER_CASE_UNSAFE = frozenset({Kind.NAME.value})
REDACTED = "[redacted]"
REPORT_OUTPUT = "report"  # the file named by a hit in a report field
_KIND_BITS = 8
_KIND_MASK = (1 << _KIND_BITS) - 1
_LENGTH_SHIFT = _KIND_BITS + 1  # payload: form length, a word-name flag, the kind index
_NEEDS_ESCAPE = re.compile(r"[\"\\&<>'\x00-\x1f\x7f]")
# bytes.translate table for the prefilter: ASCII letters, digits and _ stay, all else is a space.
_ASCII_WORDS = bytes(
    c if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122 or c == 95) else 32 for c in range(256)
)


def find_leaks(
    originals: Iterable[tuple[str, str]],
    outputs: Sequence[Path],
    *,
    chunk_chars: int = CHUNK_CHARS,
    copied: Mapping[str, Collection[str]] | None = None,
    public: Iterable[str] = (),
    places: Iterable[str] = (),
    word_names: Collection[str] = (),
    nouns: Collection[str] = (),
) -> LeakCheck:
    """Search every output for every original; a hit names (file, column, kind), never the value.

    Args:
        originals: ``(kind, value)`` pairs, e.g. ``("EMAIL", "jane@example.com")``.
        outputs: files the batch wrote; ``.csv`` files get a column per hit.
        chunk_chars: characters read at a time (tests use a small size to cross chunk edges).
        copied: per output (its path as a string), the columns copied unchanged from the
            input; a value found there is not a hit.
        public: phrases that are never personal (towns, merchants, vouchers); a match inside
            one that is shorter than it is not a hit.
        places: town names; a value that is one of them is not searched.
        word_names: names that are also everyday words ("will", "rose", "summer"); a
            one-word value that is one of them does not count at the start of a sentence
            in a CSV cell ("Will it track?", "Rose gold watch") nor in capitals ("WILL"),
            as the detector's row and batch lists do not take it there either.
        nouns: words that make the one word before them a product's or a shop's name
            ("dress", "mug", "branch"): a one-word match just before one, or before one
            more capitalised word and one ("the Millie skirt", "a Ruby Star mug"), is not
            a hit, as the detector keeps it.

    Raises:
        StageError: an output cannot be read.
    """
    needles = _Needles(originals, places, word_names)
    allowed = _Public(public, nouns)
    hits: set[tuple[str, str, str]] = set()
    if needles.values:
        for path in outputs:
            skip = frozenset((copied or {}).get(str(path), ()))
            hits.update(_scan_file(needles, path, chunk_chars, allowed, skip))
    return LeakCheck(
        values_checked=len(needles.values),
        outputs_checked=len(outputs),
        hits=tuple(sorted(LeakHit(*h) for h in hits)),
    )


def redact_fields(
    report: Any,
    originals: Iterable[tuple[str, str]],
    *,
    public: Iterable[str] = (),
    places: Iterable[str] = (),
) -> tuple[Any, LeakCheck]:
    """The report with every field that holds an original replaced by ``[redacted]``.

    Only the report's fields are searched (file and column names, reasons, claim ids ...),
    never the fixed wording a template puts around them. Each hit names the field by its
    path (``files[0].name``) under the output ``report``, never the value. Keys of the
    report are its own vocabulary and stay.
    """
    needles = _Needles(originals, places)
    allowed = _Public(public)
    texts: dict[str, str] = {}
    _collect(report, "", texts)
    candidates = needles.candidates(
        needles.anchors.intersection(
            word
            for text in texts.values()
            for word in text.encode("utf-8").translate(_ASCII_WORDS).lower().split()
        )
    )
    hits: dict[str, str] = {}
    if candidates:
        automaton, kinds, _ = needles.automaton(candidates)
        for where, text in texts.items():
            for index in _matches(automaton, text, 0, True, allowed):
                hits.setdefault(where, kinds[index])
    check = LeakCheck(
        values_checked=len(needles.values),
        outputs_checked=1,
        hits=tuple(sorted(LeakHit(REPORT_OUTPUT, where, kind) for where, kind in hits.items())),
    )
    return (_redact(report, "", hits) if hits else report), check


def _collect(node: Any, where: str, texts: dict[str, str]) -> None:
    if isinstance(node, str):
        texts[where] = node
    elif isinstance(node, Mapping):
        for key, value in node.items():
            _collect(value, f"{where}.{key}" if where else str(key), texts)
    elif isinstance(node, (list, tuple)):
        for index, value in enumerate(node):
            _collect(value, f"{where}[{index}]", texts)


def _redact(node: Any, where: str, hits: Mapping[str, str]) -> Any:
    if isinstance(node, str):
        return REDACTED if where in hits else node
    if isinstance(node, Mapping):
        return {
            key: _redact(value, f"{where}.{key}" if where else str(key), hits)
            for key, value in node.items()
        }
    if isinstance(node, (list, tuple)):
        return [_redact(value, f"{where}[{index}]", hits) for index, value in enumerate(node)]
    return node


def is_searchable(value: str) -> bool:
    """True when a value is long enough and not a placeholder, so the check searches for it."""
    collapsed = " ".join(value.split())
    return len(collapsed) >= MIN_LENGTH and collapsed.casefold() not in PLACEHOLDERS


def variants(kind: str, value: str) -> set[str]:
    """The forms in which ``value`` would show up in an output if it leaked."""
    raw = value.strip()
    collapsed = " ".join(raw.split())
    forms = {raw, collapsed, raw.upper(), collapsed.upper()}
    one_word_address = kind == Kind.ADDRESS.value and " " not in collapsed
    if kind not in _LOWER_CASE_UNSAFE and not one_word_address:  # "Sale" is no "summer sale"
        forms |= {raw.lower(), collapsed.lower()}
    if kind == Kind.POSTCODE.value:
        forms |= {collapsed.replace(" ", "").upper(), collapsed.replace(" ", "").lower()}
    elif kind == Kind.PHONE.value:
        digits = "".join(ch for ch in raw if ch.isdigit())
        if len(digits) >= 7:  # the number written without spaces, and in E.164 for UK numbers
            forms.add(digits)
            if digits.startswith("0") and not digits.startswith("00"):
                forms.add("+44" + digits[1:])
            elif digits.startswith("44") and raw.startswith("+"):
                forms |= {"+" + digits, "0" + digits[2:]}
    escaped: set[str] = set()
    for form in forms:
        if not form.isascii() or _NEEDS_ESCAPE.search(form):
            escaped.add(json.dumps(form)[1:-1])
            escaped.add(json.dumps(form, ensure_ascii=False)[1:-1])
            escaped.add(_html_escape(form, "&#39;", "&#34;"))  # Jinja2 / markupsafe
            escaped.add(_html_escape(form, "&#x27;", "&quot;"))  # html.escape
            escaped.add(form.replace('"', '""'))  # a quote inside a quoted CSV cell
    return {form for form in forms | escaped if len(form) >= MIN_LENGTH}


def _html_escape(text: str, apostrophe: str, quote: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", apostrophe)
        .replace('"', quote)
    )


def _anchor(needle: str) -> bytes | None:
    """The needle's longest ASCII word, lower-cased; None when it has no ASCII word."""
    words = needle.encode("utf-8").translate(_ASCII_WORDS).split()
    return max(words, key=len).lower() if words else None


class _Needles:
    """Every searchable original, indexed by anchor word for the prefilter.

    The prefilter splits text into ASCII words (``[A-Za-z0-9_]`` runs; every other byte,
    including all of UTF-8's multi-byte sequences, separates). A value that occurs in the
    text at word boundaries has each of its ASCII words there as a whole word too, so an
    output whose words include no anchor cannot hold any value: the common, clean case
    costs one ``bytes.translate`` and one set intersection per chunk. Only values whose
    anchor did turn up go into an Aho-Corasick automaton for the exact search.
    """

    def __init__(
        self,
        originals: Iterable[tuple[str, str]],
        places: Iterable[str] = (),
        word_names: Collection[str] = (),
    ) -> None:
        self.values: dict[str, str] = {}  # value -> kind; first kind wins
        self.word_names = frozenset(w.casefold() for w in word_names)
        self.by_anchor: dict[bytes, set[str] | str] = {}
        self.unanchored: list[str] = []  # values with a form that has no ASCII word
        towns = {" ".join(fold(p).split()) for p in places}
        for kind, value in originals:
            if value in self.values or not is_searchable(value):
                continue
            if towns and " ".join(fold(value).split()) in towns:
                continue
            self.values[value] = kind
            for form in self.forms(kind, value):
                anchor = _anchor(form)
                if anchor is None:
                    self.unanchored.append(value)
                    continue
                held = self.by_anchor.get(anchor)
                if held is None:
                    self.by_anchor[anchor] = value  # one value per anchor is the usual case
                elif isinstance(held, str):
                    if held != value:
                        self.by_anchor[anchor] = {held, value}
                else:
                    held.add(value)
        self.anchors = frozenset(self.by_anchor)

    def forms(self, kind: str, value: str) -> set[str]:
        """The forms searched; a word-name value capitalised only ("WILL" is the verb
        shouted, "will" the verb, "Will" a person), as the detector's lists read it too."""
        found = variants(kind, value)
        word = value.strip()
        if word.casefold() in self.word_names:
            found = {f for f in found if not f.isupper() and not f.islower()}
            found.add(word[:1].upper() + word[1:].lower())
        return found

    def candidates(self, anchors: Iterable[bytes]) -> set[str]:
        """Values that share an anchor with the text, plus those without one."""
        found = set(self.unanchored)
        for anchor in anchors:
            held = self.by_anchor[anchor]
            if isinstance(held, str):
                found.add(held)
            else:
                found.update(held)
        return found

    def automaton(self, values: Iterable[str]) -> tuple[ahocorasick.Automaton, list[str], int]:
        """An automaton over every form of ``values`` (payload: form length and kind index)."""
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        kinds: list[str] = []
        kind_index: dict[str, int] = {}
        longest = 0
        for value in values:
            kind = self.values[value]
            index = kind_index.get(kind)
            if index is None:
                if len(kinds) > _KIND_MASK:
                    raise StageError("leak check", f"more than {_KIND_MASK + 1} entity kinds")
                index = kind_index[kind] = len(kinds)
                kinds.append(kind)
            word = int(value.strip().casefold() in self.word_names)
            for form in self.forms(kind, value):
                if form not in automaton:  # the first kind to claim a form keeps it
                    payload = (len(form) << _LENGTH_SHIFT) | (word << _KIND_BITS) | index
                    automaton.add_word(form, payload)
                    longest = max(longest, len(form))
        automaton.make_automaton()
        return automaton, kinds, longest


class _Public:
    """Phrases that are never personal, found case-blind, to excuse the matches inside them;
    and nouns that make a one-word match before them a product's name."""

    def __init__(self, phrases: Iterable[str], nouns: Collection[str] = ()) -> None:
        self.automaton: ahocorasick.Automaton | None = None
        self.named_by = named_by_nouns(nouns) if nouns else None
        self.longest = 0
        forms = {" ".join(p.split()).lower() for p in phrases}
        forms = {f for f in forms if len(f) >= MIN_LENGTH}
        if forms:
            self.automaton = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
            for form in forms:
                self.automaton.add_word(form)
                self.longest = max(self.longest, len(form))
            self.automaton.make_automaton()

    def covers(self, text: str, start: int, end: int) -> bool:
        """True when text[start:end + 1] lies inside a longer public phrase of ``text``, or
        is one word naming the product after it."""
        if (
            self.named_by is not None
            and self.named_by.match(text, end + 1)
            and not any(c.isspace() for c in text[start : end + 1])
        ):
            return True
        if in_a_date(text, start, end + 1):
            return True  # "Jun" in "23 Jun": a date, by the detector's own rule
        if self.automaton is None:
            return False
        low = max(0, start - self.longest)
        window = text[low : end + self.longest + 1]
        folded = window.lower()
        if len(folded) != len(window):  # lower() changed the length: offsets no longer agree
            return False
        first, last = start - low, end - low
        for phrase_end, length in self.automaton.iter(folded):
            phrase_start = phrase_end - length + 1
            if (
                phrase_start <= first
                and last <= phrase_end
                and length > last - first + 1
                and _bounded(window, phrase_start, phrase_end)
            ):
                return True
        return False


def _is_word(char: str) -> bool:
    """A character that continues a word; letters of unspaced scripts (Han, kana, Thai)
    do not: "Farah Homeの注文" holds the merchant "Farah Home" whole, as the detector reads it."""
    return is_spaced_alnum(char) or char == "_"


def _bounded(text: str, start: int, end: int) -> bool:
    """True when text[start:end + 1] is not part of a longer word, nor of a longer number
    ("2019" in "2019.69")."""
    if start > 0 and _is_word(text[start]) and _is_word(text[start - 1]):
        return False
    if end + 1 < len(text) and _is_word(text[end]) and _is_word(text[end + 1]):
        return False
    if (
        text[start].isdigit()
        and start > 1
        and text[start - 1] in ".,"
        and text[start - 2].isdigit()
    ):
        return False
    return not (
        text[end].isdigit()
        and end + 2 < len(text)
        and text[end + 1] in ".,"
        and text[end + 2].isdigit()
    )


def _matches(
    automaton: ahocorasick.Automaton,
    text: str,
    since: int,
    final: bool,
    public: _Public,
    cell: bool = False,
) -> Iterator[int]:
    """Kind indexes of bounded matches ending at or after ``since``, outside public phrases.

    A match ending on the last character is held back unless ``final``: the character that
    follows it, needed for the boundary test, is in the next chunk. In a ``cell``, a
    word-name value at the start of a sentence is passed over and yields ``PASSED_OVER``.
    """
    last = len(text) - 1
    for end, payload in automaton.iter(text):
        if end < since or (end == last and not final):
            continue
        start = end - (payload >> _LENGTH_SHIFT) + 1
        if not _bounded(text, start, end) or public.covers(text, start, end):
            continue
        if cell and (payload >> _KIND_BITS) & 1 and at_sentence_start(text, start):
            yield PASSED_OVER
            continue
        yield payload & _KIND_MASK


PASSED_OVER = -1  # a word-name value at a sentence start: not a hit, but something was seen


def _present_anchors(needles: _Needles, path: Path, chunk: int) -> set[bytes]:
    """Anchors that occur in the file as whole ASCII words (the prefilter)."""
    present: set[bytes] = set()
    carry = b""
    with open(path, "rb") as handle:
        while piece := handle.read(chunk):
            words = (carry + piece).translate(_ASCII_WORDS)
            cut = words.rfind(b" ") + 1  # a word cut by the chunk edge goes round again
            carry = (carry + piece)[cut:]
            present |= needles.anchors.intersection(words[:cut].lower().split())
        present |= needles.anchors.intersection(carry.translate(_ASCII_WORDS).lower().split())
    return present


def _scan_file(
    needles: _Needles, path: Path, chunk: int, public: _Public, copied: frozenset[str]
) -> set[tuple[str, str, str]]:
    try:
        present = _present_anchors(needles, path, chunk)
        if not present and not needles.unanchored:
            return set()
        candidates = needles.candidates(present)
        if not candidates:
            return set()
        automaton, kinds, longest = needles.automaton(candidates)
        found: set[int] = set()
        with open(path, encoding="utf-8", errors="replace", newline="") as handle:
            carry = ""
            while True:
                piece = handle.read(chunk)
                final = not piece
                text = carry + piece
                # The carry's last character ended the previous text; matches ending on it
                # were held back, everything before it was already searched.
                found.update(_matches(automaton, text, len(carry) - 1, final, public))
                if final:
                    break
                carry = text[-(longest + 1) :]
    except OSError as exc:
        raise StageError("leak check", f"cannot read output: {exc.strerror}", path=path) from exc
    if not found:
        return set()
    if path.suffix.lower() == ".csv":
        located = _locate_in_csv(automaton, kinds, path, public, copied)
        if located is not None and (located[0] or located[1]):
            return located[0]
    return {(str(path), "-", kinds[index]) for index in found}


def _locate_in_csv(
    automaton: ahocorasick.Automaton,
    kinds: list[str],
    path: Path,
    public: _Public,
    copied: frozenset[str],
) -> tuple[set[tuple[str, str, str]], bool] | None:
    """(file, column header, kind) for each cell of a CSV that holds an original.

    Cells of ``copied`` columns are the input's own: a value there is not a hit, and the
    flag returned says one was passed over (so is a word-name value opening a sentence). None when the file cannot be read as CSV; with
    neither a hit nor a flag (a value across cells) the caller reports the whole file.
    """
    hits: set[tuple[str, str, str]] = set()
    passed_over = False
    try:
        with open(path, encoding="utf-8", errors="replace", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, [])
            for position, cell in enumerate(header):
                for index in _matches(automaton, cell, 0, True, public):
                    hits.add((str(path), f"(header, column {position + 1})", kinds[index]))
            for row in reader:
                for position, cell in enumerate(row):
                    column = header[position] if position < len(header) else f"#{position + 1}"
                    for index in _matches(automaton, cell, 0, True, public, cell=True):
                        if column in copied or index == PASSED_OVER:
                            passed_over = True
                        else:
                            hits.add((str(path), column, kinds[index]))
    except (OSError, csv.Error):
        return None
    return hits, passed_over
