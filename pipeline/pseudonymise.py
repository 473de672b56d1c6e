"""Normalisation and keyed tokens (design section 4); pure functions, no I/O.

A token is ``<KIND>_<keyversion>_<body>`` where body is the base32 of
HMAC-SHA256(pseudonym key, KIND + "\\x1f" + normalised value), cut to 26 characters
(130 bits). The same value gives the same token in every file and run with the same key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import unicodedata
from collections.abc import Iterable

import phonenumbers

from pipeline.models import Kind

TOKEN_RE = re.compile(r"\b[A-Z]+_[0-9]+_[A-Z2-7]{20,}\b")
BODY_LENGTH = 26
_SPACES = re.compile(r"\s+")
_POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})$")
_DIGITS = re.compile(r"\D+")


def normalise(kind: str, value: str) -> str:
    """Bring a value to the one form that gets a token (NFKC, trimmed, spaces collapsed, per kind)."""
    text = _SPACES.sub(" ", unicodedata.normalize("NFKC", value)).strip()
    if kind == Kind.EMAIL.value:
        return text.lower()
    if kind == Kind.POSTCODE.value:
        upper = text.upper()
        match = _POSTCODE.match(upper)
        return f"{match.group(1)} {match.group(2)}" if match else upper
    if kind == Kind.PHONE.value:
        return normalise_phone(text)
    if kind in (Kind.NAME.value, Kind.ADDRESS.value):
        return text.casefold()
    if kind in (Kind.NINO.value, Kind.CARD.value, Kind.IBAN.value):
        return text.replace(" ", "").upper()
    return text


def normalise_phone(text: str) -> str:
    """E.164 for numbers phonenumbers can parse (region GB), else the digits (or the text) alone."""
    digits = _DIGITS.sub("", text)
    # Fast path for the common UK shapes; phonenumbers for everything else.
    if len(digits) == 11 and digits.startswith("0") and not text.lstrip().startswith("+"):
        return "+44" + digits[1:]
    if len(digits) == 12 and digits.startswith("44") and text.lstrip().startswith("+"):
        return "+" + digits
    if len(digits) == 14 and digits.startswith("0044"):
        return "+" + digits[2:]
    try:
        parsed = phonenumbers.parse(text, "GB")
    except phonenumbers.NumberParseException:
        return digits or text.casefold()
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# Values a Tokeniser remembers (about 250 bytes each); a million-row file must not keep them all.
CACHE_SIZE = 50_000  # enough for a chunk's repeats; make bench: memory flat from 10k rows


class Tokeniser:
    """Keyed tokens with a cache: repeated values cost one dictionary look-up."""

    def __init__(self, key: bytes, key_version: int) -> None:
        if len(key) < 32:
            raise ValueError("pseudonym key must be at least 32 bytes")
        self._key = key
        self._version = key_version
        self._cache: dict[tuple[str, str], str] = {}

    @property
    def key_version(self) -> int:
        return self._version

    def token(self, kind: str, value: str) -> str:
        """The token for one value of a kind; empty input stays empty."""
        cached = self._cache.get((kind, value))
        if cached is not None:
            return cached
        norm = normalise(kind, value)
        if not norm:
            return ""
        digest = hmac.new(self._key, f"{kind}\x1f{norm}".encode(), hashlib.sha256).digest()
        body = base64.b32encode(digest).decode("ascii")[:BODY_LENGTH]
        result = f"{kind}_{self._version}_{body}"
        if len(self._cache) >= CACHE_SIZE:
            self._cache.clear()  # bounded memory on million-row files; recent values refill it
        self._cache[(kind, value)] = result
        return result


def is_token(text: str) -> bool:
    """True when the whole text is one token."""
    match = TOKEN_RE.fullmatch(text)
    return match is not None


def replace_spans(
    text: str, spans: Iterable[tuple[int, int, str]], tokeniser: Tokeniser
) -> tuple[str, list[tuple[str, str, str]]]:
    """Replace each (start, end, kind) span of ``text`` by its token, leaving the rest as it is.

    Spans must not overlap. Returns the new text and the (token, kind, original) triples.
    """
    pieces: list[str] = []
    replaced: list[tuple[str, str, str]] = []
    cursor = 0
    for start, end, kind in sorted(spans):
        if start < cursor:
            continue
        original = text[start:end]
        token = tokeniser.token(kind, original)
        if not token:
            continue
        pieces.append(text[cursor:start])
        pieces.append(token)
        replaced.append((token, kind, original))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), replaced
