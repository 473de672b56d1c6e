"""Call-centre notes about missing cashback: transcripts, summaries, voicemails and callbacks.

Callers spell their names out, read numbers and postcodes aloud and dictate e-mails; agents
write summaries, key: value call logs and callback notes to partners and parents. About two
notes in five name no person at all, yet are full of look-alikes (merchants and products
named like people, word-names used as words, order refs shaped like phone numbers).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.detect.training.authors import _callcentre_templates as tpl
from pipeline.detect.training.authors import _callcentre_values as val
from pipeline.detect.training.authors._callcentre_names import (
    AGENTS,
    Person,
    is_spellable,
    person,
    spell_dashed,
    spell_phonetic,
    spell_spaced,
)
from pipeline.detect.training.generate import PERSONAL, Labelled, Note

# Every slot a template may hold and the label kind of its value (None: not labelled).
SLOTS: dict[str, str | None] = {
    "name": "NAME", "full": "NAME", "pfull": "NAME", "initial": "NAME", "first": "FIRST", "nick": "FIRST", "fspell": "FIRST",
    "last": "SURNAME", "lspell": "SURNAME", "pname": "NAME", "pfirst": "FIRST",
    "plast": "SURNAME", "agent": "FIRST", "email": "EMAIL", "phone": "PHONE", "phone2": "PHONE",
    "postcode": "POSTCODE", "street": "STREET", "house": "HOUSE", "member": "MEMBER",
    "merchant": "MERCHANT", "site": "MERCHANT", "product": "PRODUCT", "town": "TOWN",
    "event": "EVENT", "voucher": "VOUCHER", "order": "ORDER", "claim": "CLAIM", "date": "DATE",
    "amount": "AMOUNT", "amount2": "AMOUNT", "rel": None,
}  # fmt: skip
_ROW_KINDS = ("ORDER", "CLAIM", "MERCHANT", "DATE", "AMOUNT")
_NOT_ROW = frozenset({"site"})  # the cashback site is no value of the claim row
_SLOT_RE = re.compile(r"\{(\w+)\}")
_SPEAKERS = (
    ("AGENT: ", "CALLER: "), ("A: ", "C: "), ("Agent: ", "Customer: "), ("[agent] ", "[caller] "),
    ("Adviser: ", "Member: "), ("Op: ", "Cust: "), ("{agent}: ", "Caller: "),
    ("{agent}: ", "{first}: "), ("AGT> ", "CUST> "),
)  # fmt: skip
_CLEAN_SHARE = 0.4


def _has_personal(template: str) -> bool:
    """Whether a template holds a slot whose value is personal."""
    return any(SLOTS[slot] in PERSONAL for slot in _SLOT_RE.findall(template))


def _clean_only(templates: tuple[str, ...]) -> tuple[str, ...]:
    """The templates of a pool that name no person."""
    return tuple(template for template in templates if not _has_personal(template))


def _personal_only(templates: tuple[str, ...]) -> tuple[str, ...]:
    """The templates of a pool that name at least one person or contact."""
    return tuple(template for template in templates if _has_personal(template))


_CLEAN_OPENINGS = _clean_only(tpl.OPENINGS)
_CLEAN_CLOSINGS = _clean_only(tpl.CLOSING)
_CLEAN_RESOLVE = _clean_only(tpl.RESOLVE)
_CLEAN_NOTES = _clean_only(tpl.CLEAN)
_CLEAN_TURNS = _clean_only(tpl.CLEAN_TURNS)
_CLEAN_SPEAKERS = tuple(pair for pair in _SPEAKERS if not _has_personal("".join(pair)))
_CLEAN_FIELDS = tuple(pair for pair in tpl.KV_FIELDS if not _has_personal(pair[1]))
_PERSONAL_FIELDS = tuple(pair for pair in tpl.KV_FIELDS if _has_personal(pair[1]))


@dataclass(slots=True)
class _Style:
    """How a note is typed: capitals, lower case, punctuation, typos."""

    upper: bool = False
    lower: bool = False
    bare: bool = False  # no punctuation
    typos: float = 0.0


@dataclass(slots=True)
class _Call:
    """The people and facts of one call, each slot's value fixed once drawn."""

    rng: random.Random
    caller: Person
    third: Person
    agent: str
    style: _Style
    values: dict[str, str] = field(default_factory=dict)
    note: Note = field(default_factory=Note)

    def value(self, slot: str) -> str:
        """The slot's value for this call, drawn on first use; names vary their casing."""
        if slot not in self.values:
            self.values[slot] = _draw(slot, self)
        found = self.values[slot]
        if SLOTS[slot] in ("NAME", "FIRST", "SURNAME") and "spell" not in slot:
            return _recase(found, self.rng)
        return found

    def write(self, text: str, kind: str | None, slot: str = "") -> None:
        """Append text, labelled when it has a kind, styled as the note is typed."""
        typed = _styled_value(text, self.style) if kind else _styled_literal(text, self)
        start = len(self.note.text)
        self.note.text += typed
        if kind is None or not typed:
            return
        label = Labelled(start, len(self.note.text), kind)
        (self.note.personal if kind in PERSONAL else self.note.keep).append(label)
        # The row holds the value as the merchant sent it, whatever case the agent typed.
        if kind in _ROW_KINDS and slot not in _NOT_ROW and text not in self.note.row_keep:
            self.note.row_keep.append(text)

    def fill(self, template: str) -> None:
        """Write a template, its slots replaced by this call's values."""
        position = 0
        for match in _SLOT_RE.finditer(template):
            self.write(template[position : match.start()], None)
            slot = match.group(1)
            self.write(self.value(slot), SLOTS[slot], slot)
            position = match.end()
        self.write(template[position:], None)


def _initial(who: Person, rng: random.Random) -> str:
    """A given name cut to its initial before the family name: 'J. Okafor', 'J Okafor'."""
    return f"{who.first[0]}{rng.choice(('.', ''))} {who.last}"


def _choice(pool: tuple[str, ...]) -> Callable[[_Call], str]:
    """A draw of one item from a fixed pool."""
    return lambda call: call.rng.choice(pool)


_DRAWS: dict[str, Callable[[_Call], str]] = {
    "name": lambda call: _full_name(call.caller, call.rng),
    "full": lambda call: f"{call.caller.first} {call.caller.last}",
    "pfull": lambda call: f"{call.third.first} {call.third.last}",
    "initial": lambda call: _initial(call.caller, call.rng),
    "first": lambda call: call.caller.first,
    "nick": lambda call: call.caller.nick,
    "fspell": lambda call: _spelled(call.caller.first, call.rng),
    "last": lambda call: call.caller.last,
    "lspell": lambda call: _spelled(call.caller.last, call.rng),
    "pname": lambda call: _full_name(call.third, call.rng),
    "pfirst": lambda call: call.third.first,
    "plast": lambda call: call.third.last,
    "agent": lambda call: call.agent,
    "email": lambda call: val.email(call.caller, call.rng),
    "phone": lambda call: val.phone(call.rng),
    "phone2": lambda call: val.phone(call.rng),
    "postcode": lambda call: val.postcode(call.rng),
    "street": lambda call: val.street(call.rng),
    "house": lambda call: val.house(call.rng),
    "member": lambda call: val.member(call.rng),
    "merchant": _choice(val.MERCHANTS),
    "site": _choice(val.CASHBACK_SITES),
    "product": _choice(val.PRODUCTS),
    "town": _choice(val.TOWNS),
    "event": _choice(val.EVENTS),
    "voucher": lambda call: val.voucher(call.rng),
    "order": lambda call: val.order(call.rng),
    "claim": lambda call: val.claim(call.rng),
    "date": lambda call: val.date(call.rng),
    "amount": lambda call: val.amount(call.rng),
    "amount2": lambda call: val.amount(call.rng),
    "rel": _choice(tpl.RELATIONS),
}


def _draw(slot: str, call: _Call) -> str:
    """A fresh value for a slot."""
    return _DRAWS[slot](call).strip()


def _full_name(who: Person, rng: random.Random) -> str:
    """A full name, given first, family first, or 'FAMILY, Given'."""
    roll = rng.random()
    if roll < 0.72:
        return f"{who.first} {who.last}"
    if roll < 0.86:
        return f"{who.last.upper()}, {who.first}"
    if roll < 0.94:
        return f"{who.last}, {who.first}"
    return f"{who.last} {who.first}"


def _spelled(name: str, rng: random.Random) -> str:
    """A name read out letter by letter in one of three ways (as it is when not spellable)."""
    if not is_spellable(name):
        return name
    roll = rng.random()
    if roll < 0.5:
        return spell_dashed(name)
    if roll < 0.75:
        return spell_spaced(name)
    return spell_phonetic(name, rng)


def _recase(name: str, rng: random.Random) -> str:
    """A name as typed: mostly as it is, sometimes lower case or capitals."""
    roll = rng.random()
    if roll < 0.08:
        return name.lower()
    if roll < 0.14:
        return name.upper()
    return name


def _same_length(changed: str, text: str) -> str:
    """The changed text when casing kept its length (so offsets hold), else the text."""
    return changed if len(changed) == len(text) else text


def _styled_value(text: str, style: _Style) -> str:
    """A labelled value in the note's casing."""
    if style.upper:
        return _same_length(text.upper(), text)
    if style.lower:
        return _same_length(text.lower(), text)
    return text


def _styled_literal(text: str, call: _Call) -> str:
    """Unlabelled words in the note's casing, punctuation and typing errors."""
    style = call.style
    if style.bare:
        text = re.sub(r"[.,?!;]", "", text)
    if style.typos:
        text = re.sub(r"[A-Za-z]{4,}", lambda m: _typo(m.group(0), call.rng, style.typos), text)
    return _styled_value(text, style)


def _typo(word: str, rng: random.Random, rate: float) -> str:
    """A word with two neighbouring letters swapped now and then."""
    if rng.random() >= rate:
        return word
    index = rng.randrange(len(word) - 1)
    return word[:index] + word[index + 1] + word[index] + word[index + 2 :]


def _pick(rng: random.Random, pool: tuple[str, ...], low: int, high: int) -> list[str]:
    """Between low and high distinct templates from a pool."""
    return rng.sample(pool, min(len(pool), rng.randint(low, high)))


def _transcript(call: _Call, clean: bool) -> None:
    """Agent and caller turns, one a line (or run together), with the note's speaker tags."""
    rng = call.rng
    if clean:
        turns = [rng.choice(_CLEAN_OPENINGS)] if rng.random() < 0.6 else []
        turns += _pick(rng, _CLEAN_TURNS, 1, 3) + _pick(rng, tpl.PROBLEM, 0, 1)
        turns += _pick(rng, _CLEAN_RESOLVE, 0, 1) + _pick(rng, _CLEAN_CLOSINGS, 0, 1)
        speakers = rng.choice(_CLEAN_SPEAKERS)
    else:
        turns = [rng.choice(tpl.OPENINGS)] if rng.random() < 0.6 else []
        turns += _pick(rng, tpl.IDENTIFY, 1, 2) + _pick(rng, tpl.VERIFY, 0, 3)
        turns += _pick(rng, tpl.THIRD_PARTY, 0, 1) if rng.random() < 0.3 else []
        turns += _pick(rng, tpl.PROBLEM, 0, 2) + _pick(rng, tpl.RESOLVE, 0, 1)
        turns += _pick(rng, tpl.CLOSING, 0, 1)
        speakers = rng.choice(_SPEAKERS)
    stamp = rng.random() < 0.2
    joiner = rng.choice(("\n", "\n", "\n", " ", " / "))
    seconds = rng.randint(0, 40)
    lines = [line for turn in turns for line in turn.split(" || ")]
    for index, line in enumerate(lines):
        if index:
            call.write(joiner, None)
        if stamp:
            seconds += rng.randint(3, 40)
            call.write(f"[{seconds // 60:02d}:{seconds % 60:02d}] ", None)
        call.fill(speakers[0] if line.startswith("A: ") else speakers[1])
        call.fill(line[3:])


def _summary(call: _Call, clean: bool) -> None:
    """One to three sentences an agent types after a call."""
    pool = _CLEAN_NOTES if clean else tpl.SUMMARY
    for index, template in enumerate(_pick(call.rng, pool, 1, 3)):
        call.write(" " if index else "", None)
        call.fill(template)


def _key_values(call: _Call, clean: bool) -> None:
    """A call log of 'Key: value' lines under a heading."""
    rng = call.rng
    fields = _pick_fields(rng, clean)
    call.write(rng.choice(tpl.KV_HEADS) + rng.choice(("\n", ":\n", " - ")), None)
    separator = rng.choice((": ", ": ", " - ", "=", ":  "))
    joiner = rng.choice(("\n", "\n", "; ", " | "))
    for index, (key, template) in enumerate(fields):
        call.write((joiner if index else "") + key + separator, None)
        call.fill(template)


def _pick_fields(rng: random.Random, clean: bool) -> list[tuple[str, str]]:
    """The call log's fields: keep-only when clean, else at least one personal field."""
    keep = rng.sample(_CLEAN_FIELDS, rng.randint(2, 5))
    if clean:
        return keep
    personal = rng.sample(_PERSONAL_FIELDS, rng.randint(1, 4))
    fields = keep + personal
    rng.shuffle(fields)
    return fields


def _voicemail(call: _Call, clean: bool) -> None:
    """A voicemail transcript (never clean: a caller leaves a number)."""
    call.fill(call.rng.choice(tpl.VOICEMAIL))


def _callback(call: _Call, clean: bool) -> None:
    """A callback note, often to a partner or parent of the account holder."""
    call.fill(call.rng.choice(tpl.CALLBACK))


def _mixed(call: _Call, clean: bool) -> None:
    """A summary line followed by a short transcript extract."""
    _summary(call, clean)
    call.write(call.rng.choice(("\n", "\n---\n", " Transcript: ", "\nExtract:\n")), None)
    _transcript(call, clean)


_SHAPES = (
    (_transcript, 0.34, True), (_summary, 0.22, True), (_key_values, 0.14, True),
    (_voicemail, 0.1, False), (_callback, 0.1, False), (_mixed, 0.1, True),
)  # fmt: skip


def _style(rng: random.Random) -> _Style:
    """How carefully this note was typed."""
    roll = rng.random()
    return _Style(
        upper=roll < 0.05,
        lower=0.05 <= roll < 0.12,
        bare=rng.random() < 0.08,
        typos=0.05 if rng.random() < 0.15 else 0.0,
    )


def _note(rng: random.Random) -> Note:
    """One note of a random shape, clean about two times in five."""
    clean = rng.random() < _CLEAN_SHARE
    shapes = [(shape, weight) for shape, weight, can_clean in _SHAPES if can_clean or not clean]
    shape = rng.choices([s for s, _ in shapes], weights=[w for _, w in shapes])[0]
    call = _Call(rng, person(rng), person(rng), rng.choice(AGENTS), _style(rng))
    shape(call, clean)
    call.note.batch_keep = [val.order(rng) for _ in range(rng.randint(0, 3))]
    return call.note


def notes(count: int, seed: int) -> list[Note]:
    """``count`` call-centre notes, the same for the same seed."""
    rng = random.Random(seed)
    return [_note(rng) for _ in range(count)]
