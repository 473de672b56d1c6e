"""The residual-leak check: every original a batch pseudonymised, searched for in its outputs.

Each value is searched in the forms it could take in an output: as given, with runs of
white space collapsed, upper case, lower case (not for names, where lower case would match
ordinary words such as "will" or "rose"), postcodes without their space, phone numbers as
bare digits and in E.164, and each of these escaped the way JSON, HTML and CSV writers
escape it. A match counts only at word boundaries (the characters either side are not
letters, digits or ``_``): "Anne" does not match inside "Joanne", and no value matches
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
(JSON, HTML, log, audit) is reported with column ``-``.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import ahocorasick

from pipeline.errors import StageError
from pipeline.models import LeakCheck

MIN_LENGTH = 4
CHUNK_CHARS = 1 << 20  # 1 Mi characters per read: the prefilter's word list stays a few MB
PLACEHOLDERS = frozenset({"none", "null", "nil", "unknown", "n/a", "not known", "not given"})
_LOWER_CASE_UNSAFE = frozenset({"NAME"})
_KIND_BITS = 8
_KIND_MASK = (1 << _KIND_BITS) - 1
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
) -> LeakCheck:
    """Search every output for every original; a hit names (file, column, kind), never the value.

    Args:
        originals: ``(kind, value)`` pairs, e.g. ``("EMAIL", "jane@example.com")``.
        outputs: files the batch wrote; ``.csv`` files get a column per hit.
        chunk_chars: characters read at a time (tests use a small size to cross chunk edges).

    Raises:
        StageError: an output cannot be read.
    """
    needles = _Needles(originals)
    hits: set[tuple[str, str, str]] = set()
    if needles.values:
        for path in outputs:
            hits.update(_scan_file(needles, path, chunk_chars))
    return LeakCheck(
        values_checked=len(needles.values), outputs_checked=len(outputs), hits=tuple(sorted(hits))
    )


def is_searchable(value: str) -> bool:
    """True when a value is long enough and not a placeholder, so the check searches for it."""
    collapsed = " ".join(value.split())
    return len(collapsed) >= MIN_LENGTH and collapsed.casefold() not in PLACEHOLDERS


def variants(kind: str, value: str) -> set[str]:
    """The forms in which ``value`` would show up in an output if it leaked."""
    raw = value.strip()
    collapsed = " ".join(raw.split())
    forms = {raw, collapsed, raw.upper(), collapsed.upper()}
    if kind not in _LOWER_CASE_UNSAFE:
        forms |= {raw.lower(), collapsed.lower()}
    if kind == "POSTCODE":
        forms |= {collapsed.replace(" ", "").upper(), collapsed.replace(" ", "").lower()}
    elif kind == "PHONE":
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

    def __init__(self, originals: Iterable[tuple[str, str]]) -> None:
        self.values: dict[str, str] = {}  # value -> kind; first kind wins
        self.by_anchor: dict[bytes, set[str] | str] = {}
        self.unanchored: list[str] = []  # values with a form that has no ASCII word
        for kind, value in originals:
            if value in self.values or not is_searchable(value):
                continue
            self.values[value] = kind
            for form in variants(kind, value):
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
            for form in variants(kind, value):
                if form not in automaton:  # the first kind to claim a form keeps it
                    automaton.add_word(form, (len(form) << _KIND_BITS) | index)
                    longest = max(longest, len(form))
        automaton.make_automaton()
        return automaton, kinds, longest


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _bounded(text: str, start: int, end: int) -> bool:
    """True when text[start:end + 1] is not part of a longer word."""
    if start > 0 and _is_word(text[start]) and _is_word(text[start - 1]):
        return False
    return not (end + 1 < len(text) and _is_word(text[end]) and _is_word(text[end + 1]))


def _matches(automaton: ahocorasick.Automaton, text: str, since: int, final: bool) -> Iterator[int]:
    """Kind indexes of bounded matches ending at or after ``since``.

    A match ending on the last character is held back unless ``final``: the character that
    follows it, needed for the boundary test, is in the next chunk.
    """
    last = len(text) - 1
    for end, payload in automaton.iter(text):
        if end < since or (end == last and not final):
            continue
        start = end - (payload >> _KIND_BITS) + 1
        if _bounded(text, start, end):
            yield payload & _KIND_MASK


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


def _scan_file(needles: _Needles, path: Path, chunk: int) -> set[tuple[str, str, str]]:
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
                found.update(_matches(automaton, text, len(carry) - 1, final))
                if final:
                    break
                carry = text[-(longest + 1) :]
    except OSError as exc:
        raise StageError("leak check", f"cannot read output: {exc.strerror}", path=path) from exc
    if not found:
        return set()
    if path.suffix.lower() == ".csv":
        located = _locate_in_csv(automaton, kinds, path)
        if located:
            return located
    return {(str(path), "-", kinds[index]) for index in found}


def _locate_in_csv(
    automaton: ahocorasick.Automaton, kinds: list[str], path: Path
) -> set[tuple[str, str, str]]:
    """(file, column header, kind) for each cell of a CSV that holds an original."""
    hits: set[tuple[str, str, str]] = set()
    try:
        with open(path, encoding="utf-8", errors="replace", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, [])
            for position, cell in enumerate(header):
                for index in _matches(automaton, cell, 0, True):
                    hits.add((str(path), f"(header, column {position + 1})", kinds[index]))
            for row in reader:
                for position, cell in enumerate(row):
                    for index in _matches(automaton, cell, 0, True):
                        column = header[position] if position < len(header) else f"#{position + 1}"
                        hits.add((str(path), column, kinds[index]))
    except (OSError, csv.Error):
        return set()  # reported against the whole file instead
    return hits
