"""The ``threads`` author: e-mail threads and chat exports pasted into a claim's note field.

A note is built as a list of segments (text, label kind or None, whether it is a row value),
so quoting, HTML wrapping and casing never move a label off its value; offsets are counted
only when the segments are joined.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.detect.training.authors import _threads_parts as parts
from pipeline.detect.training.authors import _threads_values as values
from pipeline.detect.training.authors._threads_names import NICKNAMES, WORD_GIVEN, ascii_fold, pools
from pipeline.detect.training.generate import Labelled, Note

Seg = tuple[str, str | None, bool]  # text, label kind (None: unlabelled), is a row value
_SLOT = re.compile(r"\{(\w+)\}")
_PERSON_SLOTS = frozenset(
    {"who", "full", "email_link", "full2", "first", "sur", "sur_comma", "initials", "nick", "email", "phone",
     "member", "street", "house", "postcode", "agent", "afirst"}
)  # fmt: skip
_PERSONAL = frozenset({"NAME", "FIRST", "SURNAME", "EMAIL", "PHONE", "POSTCODE", "STREET",
                       "HOUSE", "MEMBER"})  # fmt: skip
_NETWORK_DOMAINS = {
    "TopCashback": "topcashback.co.uk", "Quidco": "quidco.com", "KidStart": "kidstart.co.uk",
    "Awin": "awin.com", "Rakuten": "rakuten.co.uk", "CJ Affiliate": "cj.com",
    "Webgains": "webgains.com",
}  # fmt: skip
_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx")
_ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060")
_CLEAN_SHARE = 0.33
_SIGNOFFS = {  # (clean note, shopper's message) -> sign-offs
    (False, True): parts.SHOPPER_SIGNOFFS, (False, False): parts.AGENT_SIGNOFFS,
    (True, True): parts.CLEAN_SIGNOFFS, (True, False): parts.CLEAN_AGENT_SIGNOFFS,
}  # fmt: skip
_HTML_WRAPPERS = (('<div dir="ltr">', "</div>"), ("<p>", "</p>"), ("<html><body>", "</body></html>"),
                  ('<div class="gmail_quote">', "</div>"), ("", ""))  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Person:
    given: str
    family: str
    nick: str | None


@dataclass(frozen=True, slots=True)
class _Claim:
    merchant: str
    network: str
    order: str
    claim: str
    date: str
    amount: str


def _text(text: str) -> list[Seg]:
    return [(text, None, False)]


def _glue(*pieces: str | list[Seg]) -> list[Seg]:
    """Plain strings and labelled segments, in order, as one segment list."""
    found: list[Seg] = []
    for piece in pieces:
        found += _text(piece) if isinstance(piece, str) else piece
    return found


def _label(text: str, kind: str, row: bool = False) -> list[Seg]:
    return [(text, kind, row)]


def _new_person(rng: random.Random) -> _Person:
    sources = pools()
    given, family = sources[-1] if rng.random() < 0.3 else rng.choice(sources)
    first = rng.choice(WORD_GIVEN) if rng.random() < 0.12 else rng.choice(given)
    if rng.random() < 0.1:  # a mixed family: the family name from another source
        family = rng.choice(sources)[1]
    return _Person(first, rng.choice(family), NICKNAMES.get(first))


def _cased(rng: random.Random, text: str) -> str:
    """Mostly as written; sometimes all lower or all upper case."""
    roll = rng.random()
    if roll < 0.12:
        return text.lower()
    if roll < 0.2:
        return text.upper()
    return text


def _full(rng: random.Random, person: _Person) -> list[Seg]:
    """A full name in one of its orders."""
    roll = rng.random()
    if _is_east_asian(person.family):
        name = f"{person.family}{rng.choice(['', ' '])}{person.given}"
    elif roll < 0.1:
        name = f"{person.family.upper()} {person.given}"
    elif roll < 0.18:
        name = f"{person.family}, {person.given}"
    else:
        name = f"{person.given} {person.family}"
    return _label(_cased(rng, name), "NAME")


def _is_east_asian(name: str) -> bool:
    """Written in kana, CJK ideographs or Hangul (family name first, often no space)."""
    return any("\u3040" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af" for char in name)


def _first(rng: random.Random, person: _Person) -> list[Seg]:
    given = person.nick if person.nick and rng.random() < 0.25 else person.given
    return _label(_cased(rng, given), "FIRST")


def _titled(rng: random.Random, person: _Person) -> list[Seg]:
    return [*_text(f"{rng.choice(_TITLES)} "), *_label(person.family, "SURNAME")]


def _who(rng: random.Random, person: _Person) -> list[Seg]:
    """How a message addresses the shopper: full name, given name, title + surname."""
    roll = rng.random()
    if roll < 0.35:
        return _full(rng, person)
    if roll < 0.7:
        return _first(rng, person)
    return _titled(rng, person)


def _initials(rng: random.Random, person: _Person) -> list[Seg]:
    if rng.random() < 0.5:
        return _label(f"{person.given[0]}. {person.family}", "NAME")
    return _label(f"{person.given} {person.family[0]}.", "NAME")


def _local_part(rng: random.Random, person: _Person) -> str:
    given, family = ascii_fold(person.given), ascii_fold(person.family)
    if not given or not family:
        return f"{rng.choice(['shopper', 'user', 'home', 'mail'])}{values.digits(rng, 4)}"
    shape = rng.randrange(5)
    if shape == 0:
        return f"{given}.{family}"
    if shape == 1:
        return f"{given[0]}.{family}"
    if shape == 2:
        return f"{family}{given}{values.digits(rng, 2)}"
    if shape == 3:
        return f"{given}_{family[0]}"
    return f"{given}{family}"


def _obfuscated(rng: random.Random, local: str, host: str) -> str:
    """An address plain or disguised: 'dot'/'at' words, [at], %40, &#64;, zero-width."""
    shape = rng.randrange(9)
    if shape == 0:
        return f"{local.replace('.', ' dot ')} at {host.replace('.', ' dot ')}"
    if shape == 1:
        return f"{local} [at] {host.replace('.', ' [dot] ')}"
    if shape == 2:
        return f"{local}%40{host}"
    if shape == 3:
        return f"{local}&#64;{host}"
    if shape == 4:
        return f"{local}@{rng.choice(_ZERO_WIDTH)}{host}"
    if shape == 5:
        return f"{local} (at) {host}"
    if shape == 6:
        return f"{local}@{host}".upper()
    return f"{local}@{host}"


def _email(rng: random.Random, person: _Person, plain: bool = False) -> list[Seg]:
    local, host = _local_part(rng, person), values.domain(rng)
    text = f"{local}@{host}" if plain else _obfuscated(rng, local, host)
    return _label(text, "EMAIL")


def _email_link(rng: random.Random, person: _Person) -> list[Seg]:
    """An address pasted from HTML or markdown: the address twice, both labelled."""
    address = _email(rng, person, plain=True)
    if rng.random() < 0.5:
        return _glue('<a href="mailto:', address, '">', address, "</a>")
    return _glue("[", address, "](mailto:", address, ")")


def _agent_email(person: _Person, network: str) -> str:
    local = f"{ascii_fold(person.given)}.{ascii_fold(person.family)}".strip(".") or "agent"
    return f"{local}@{_NETWORK_DOMAINS[network]}"


class _Writer:
    """Fills templates for one note: its claim, its shopper and agent (None in a clean note)."""

    def __init__(self, rng: random.Random, clean: bool) -> None:
        self.rng = rng
        self.clean = clean
        network = rng.choice(values.NETWORKS)
        self.claim = _Claim(
            values.pick(rng, values.MERCHANTS), network, values.order_ref(rng),
            values.claim_id(rng), values.date(rng), values.amount(rng),
        )  # fmt: skip
        self.shopper = _new_person(rng)
        self.agent = _new_person(rng)

    def slot(self, name: str) -> list[Seg]:
        """A fresh value for one slot (a person's name takes a new form each time)."""
        return _FILLERS[name](self)

    def fill(self, template: str) -> list[Seg]:
        """The template's text with every slot replaced by its labelled value."""
        found: list[Seg] = []
        position = 0
        for match in _SLOT.finditer(template):
            found += _text(template[position : match.start()])
            found += _FILLERS[match.group(1)](self)
            position = match.end()
        return found + _text(template[position:])

    def choose(self, templates: tuple[str, ...]) -> str:
        """A template; in a clean note, only one that names no person or contact."""
        return self.rng.choice(_impersonal(templates) if self.clean else templates)


@functools.cache
def _impersonal(templates: tuple[str, ...]) -> tuple[str, ...]:
    """The templates that name no person and no contact."""
    return tuple(t for t in templates if not _PERSON_SLOTS & set(_SLOT.findall(t)))


def _recased(rng: random.Random, segs: list[Seg], shopper: bool) -> list[Seg]:
    """A shopper's message is sometimes shouted or typed all lower case without punctuation."""
    roll = rng.random()
    if shopper and roll < 0.06:
        # A shouted value is no longer the row's spelling, so it leaves ``row_keep``.
        return [(text.upper(), kind, row and text == text.upper()) for text, kind, row in segs]
    if shopper and roll < 0.14:
        return [(_flattened(text) if kind is None else text, kind, row) for text, kind, row in segs]
    return segs


def _typed_in_haste(rng: random.Random, segs: list[Seg]) -> list[Seg]:
    """Now and then two letters of one unlabelled word swapped, as fast typists do."""
    if rng.random() > 0.2:
        return segs
    index = rng.randrange(len(segs))
    text, kind, _row = segs[index]
    words = text.split(" ")
    long_words = [n for n, word in enumerate(words) if len(word) > 4 and word.isalpha()]
    if kind is not None or not long_words:
        return segs
    number = rng.choice(long_words)
    word = words[number]
    cut = rng.randrange(1, len(word) - 2)
    words[number] = word[:cut] + word[cut + 1] + word[cut] + word[cut + 2 :]
    return [*segs[:index], (" ".join(words), None, False), *segs[index + 1 :]]


def _flattened(text: str) -> str:
    """Unlabelled text typed in a hurry: lower case, no commas or apostrophes."""
    return text.lower().replace(",", "").replace("'", "")


def _quoted(segs: list[Seg], prefix: str) -> list[Seg]:
    """Every line of a message with ``prefix`` in front of it, as a mail client quotes."""
    found: list[Seg] = _text(prefix)
    for text, kind, row in segs:
        if kind is not None:
            found.append((text, kind, row))
            continue
        found += _text(text.replace("\n", "\n" + prefix))
    return found


def _sender(writer: _Writer, person: _Person | None, agent: bool) -> list[Seg]:
    """A From/To value: a display name and address, or an address alone."""
    rng, network = writer.rng, writer.claim.network
    if person is None:
        domain = _NETWORK_DOMAINS[network]
        mailbox = rng.choice(["support", "claims", "noreply", "help", "member.services"])
        return _text(f"{network} {rng.choice(['Support', 'Claims', 'Team'])} <{mailbox}@{domain}>")
    if agent:
        address = _label(_agent_email(person, network), "EMAIL")
    else:
        address = _email(rng, person, plain=True)
    roll = rng.random()
    if roll < 0.15:
        return address
    if roll < 0.3:
        return [*_text('"'), *_full(rng, person), *_text('" <'), *address, *_text(">")]
    return [*_full(rng, person), *_text(" <"), *address, *_text(">")]


def _message(writer: _Writer, shopper: bool) -> list[Seg]:
    """One message body with its sign-off, and sometimes a signature and disclaimer."""
    rng = writer.rng
    bodies = parts.SHOPPER_BODIES if shopper else parts.AGENT_BODIES
    segs = writer.fill(writer.choose(bodies))
    if rng.random() < 0.15:
        segs += _text(" ") + writer.fill(writer.choose(bodies))
    segs = _recased(rng, _typed_in_haste(rng, segs) if shopper else segs, shopper)
    signoffs = _SIGNOFFS[(writer.clean, shopper)]
    segs += _text("\n\n") + writer.fill(rng.choice(signoffs))
    if shopper and not writer.clean and rng.random() < 0.3:
        segs += _signature(writer)
    if rng.random() < 0.25:
        segs += _text("\n\n" + rng.choice(parts.DISCLAIMERS))
    return segs


def _signature(writer: _Writer) -> list[Seg]:
    """A shopper's work signature: job title, company, an address block and phones."""
    rng = writer.rng
    lines: list[list[Seg]] = [_text(rng.choice(["--", "-- ", "________"]))]
    lines.append(writer.slot("full"))
    lines.append(_text(f"{rng.choice(parts.JOB_TITLES)} | {rng.choice(parts.COMPANIES)}"))
    if rng.random() < 0.4:
        lines.append(writer.slot("house"))
    lines.append(writer.slot("street"))
    lines.append(writer.slot("town"))
    lines.append(writer.slot("postcode"))
    lines.append(_text(rng.choice(["M: ", "Mob: ", "Tel ", "T: +", "Mobile: "]).rstrip("+")))
    lines[-1] += writer.slot("phone")
    if rng.random() < 0.5:
        lines.append(_text("E: ") + writer.slot("email" if rng.random() < 0.6 else "email_link"))
    found: list[Seg] = _text("\n")
    for line in lines:
        found += _text("\n") + line
    return found


def _quote_intro(writer: _Writer, person: _Person | None, agent: bool) -> list[Seg]:
    """The line a client writes above a quoted message (English, French or German client)."""
    date, time = writer.slot("hdate"), writer.slot("time")
    sender = _sender(writer, person, agent)
    shape = writer.rng.randrange(5)
    if shape == 0:
        return _glue("On ", date, " at ", time, ", ", sender, " wrote:")
    if shape == 1:
        return _glue("On ", date, ", ", sender, " wrote:")
    if shape == 2:
        return _glue("Le ", date, " à ", time, ", ", sender, " a écrit :")
    if shape == 3:
        return _glue(sender, " wrote:")
    return _glue("Am ", date, " um ", time, " schrieb ", sender, ":")


def _header_block(writer: _Writer, person: _Person | None, agent: bool) -> list[Seg]:
    """From/Sent/To/Subject lines, Outlook or Gmail style, sometimes in markdown bold."""
    rng = writer.rng
    bold = rng.random() < 0.15
    names = ("From", "Sent" if rng.random() < 0.5 else "Date", "To", "Subject")
    recipient = writer.shopper if agent and not writer.clean else None
    values_by_name = {
        names[0]: _sender(writer, person, agent),
        names[1]: [*writer.slot("hdate"), *_text(" "), *writer.slot("time")],
        names[2]: _sender(writer, recipient, not agent),
        names[3]: writer.slot("subject"),
    }
    found: list[Seg] = []
    for name, value in values_by_name.items():
        key = f"**{name}:** " if bold else f"{name}: "
        found += _text(key) + value + _text("\n")
    return found


def _reply_thread(writer: _Writer) -> list[Seg]:
    """A reply on top of one or two quoted earlier messages."""
    rng = writer.rng
    shopper_first = rng.random() < 0.5
    people = (None, None) if writer.clean else (writer.shopper, writer.agent)
    segs = _message(writer, shopper_first)
    depth = rng.randint(1, 2)
    shopper = shopper_first
    prefix = rng.choice(["> ", ">"])
    for level in range(1, depth + 1):
        shopper = not shopper
        person = people[0] if shopper else people[1]
        earlier = _glue(_quote_intro(writer, person, not shopper), "\n", _message(writer, shopper))
        segs += _text("\n\n") + _quoted(earlier, prefix * level)
    return segs


def _forwarded(writer: _Writer) -> list[Seg]:
    """A forwarded message: an optional top note, the forward banner, headers, the body."""
    rng = writer.rng
    shopper = rng.random() < 0.6
    person = None if writer.clean else (writer.shopper if shopper else writer.agent)
    segs: list[Seg] = []
    if rng.random() < 0.6:
        segs += writer.fill(rng.choice(parts.TOP_NOTES)) + _text("\n\n")
    segs += _text(rng.choice(parts.FORWARD_HEADS) + "\n")
    segs += _header_block(writer, person, not shopper) + _text("\n")
    return segs + _message(writer, shopper)


def _chat(writer: _Writer) -> list[Seg]:
    """A chat export: timestamped lines with display names or roles."""
    rng = writer.rng
    style = rng.randrange(4)
    day = values.date(rng) if style < 2 else ""
    named = (not writer.clean and rng.random() < 0.7, not writer.clean and rng.random() < 0.7)
    segs: list[Seg] = []
    for turn in range(rng.randint(2, 8)):
        shopper = turn % 2 == (0 if style != 3 else 1)
        who = _chat_name(writer, shopper, named[0] if shopper else named[1])
        line_templates = parts.CHAT_CLEAN if writer.clean else (
            parts.CHAT_SHOPPER if shopper else parts.CHAT_AGENT)  # fmt: skip
        said = writer.fill(writer.choose(line_templates))
        time = values.clock(rng)
        if style == 0:
            head = [*_text("["), *_label(day, "DATE"), *_text(f", {time}] "), *who, *_text(": ")]
        elif style == 1:
            head = [*_label(day, "DATE"), *_text(f" {time} - "), *who, *_text(": ")]
        elif style == 2:
            head = [*who, *_text(f"  {time}\n")]
        else:
            head = [*_text(f"{time} <"), *who, *_text("> ")]
        segs += head + said + _text("\n")
    return segs[:-1]


def _chat_name(writer: _Writer, shopper: bool, named: bool) -> list[Seg]:
    """A chat participant: a role (always in clean notes) or a person's name."""
    rng = writer.rng
    if not named:
        roles = ("Customer", "Visitor", "You", "Me") if shopper else ("Agent", "Support", "Bot")
        return _text(rng.choice(roles))
    person = writer.shopper if shopper else writer.agent
    if rng.random() < 0.5:
        return _full(rng, person)
    return _first(rng, person)


def _auto_reply(writer: _Writer) -> list[Seg]:
    """An out-of-office or automated acknowledgement, sometimes above a quoted message."""
    rng = writer.rng
    segs = writer.fill(writer.choose(parts.AUTO_REPLIES))
    if rng.random() < 0.5:
        person = None if writer.clean else writer.shopper
        earlier = [*_quote_intro(writer, person, False), *_text("\n"), *_message(writer, True)]
        segs += _text("\n\n") + _quoted(earlier, "> ")
    return segs


def _snippet(writer: _Writer) -> list[Seg]:
    """A short paste: a header line or two and a sentence, or one quoted or chat line."""
    return writer.fill(writer.choose(parts.SNIPPETS))


def _html(rng: random.Random, segs: list[Seg]) -> list[Seg]:
    """Paste remnants: <br> and <p> for new lines, &nbsp;, a wrapping div."""
    newline = rng.choice(["<br>\n", "<br/>", "</p><p>", "\n&nbsp;\n"])
    found = [(text.replace("\n", newline), kind, row) if kind is None else (text, kind, row)
             for text, kind, row in segs]  # fmt: skip
    opening, closing = rng.choice(_HTML_WRAPPERS)
    return [*_text(opening), *found, *_text(closing)]


def _claim_value(field: str, kind: str) -> Callable[[_Writer], list[Seg]]:
    return lambda writer: _label(getattr(writer.claim, field), kind, True)


def _drawn(draw: Callable[[random.Random], str], kind: str) -> Callable[[_Writer], list[Seg]]:
    return lambda writer: _label(draw(writer.rng), kind)


def _listed(options: tuple[str, ...], kind: str) -> Callable[[_Writer], list[Seg]]:
    return lambda writer: _label(values.pick(writer.rng, options), kind)


# Slot name -> how a writer fills it.
_FILLERS: dict[str, Callable[[_Writer], list[Seg]]] = {
    "merchant": _claim_value("merchant", "MERCHANT"),
    "order": _claim_value("order", "ORDER"),
    "claim": _claim_value("claim", "CLAIM"),
    "date": _claim_value("date", "DATE"),
    "amount": _claim_value("amount", "AMOUNT"),
    "network": lambda writer: _label(writer.claim.network, "MERCHANT"),
    "cashback": _drawn(values.amount, "AMOUNT"),
    "product": _listed(values.PRODUCTS, "PRODUCT"),
    "town": _listed(values.TOWNS, "TOWN"),
    "event": _listed(values.EVENTS, "EVENT"),
    "voucher": _drawn(values.voucher, "VOUCHER"),
    "hdate": _drawn(values.header_date, "DATE"),
    "time": lambda writer: _text(values.clock(writer.rng)),
    "subject": lambda writer: writer.fill(writer.rng.choice(parts.SUBJECTS)),
    "who": lambda writer: _who(writer.rng, writer.shopper),
    "full": lambda writer: _full(writer.rng, writer.shopper),
    "full2": lambda writer: _full(writer.rng, _new_person(writer.rng)),
    "first": lambda writer: _first(writer.rng, writer.shopper),
    "sur": lambda writer: _label(writer.shopper.family, "SURNAME"),
    "sur_comma": lambda writer: _label(f"{writer.shopper.family}, {writer.shopper.given}", "NAME"),
    "initials": lambda writer: _initials(writer.rng, writer.shopper),
    "nick": lambda writer: _label(writer.shopper.nick or writer.shopper.given, "FIRST"),
    "email": lambda writer: _email(writer.rng, writer.shopper),
    "email_link": lambda writer: _email_link(writer.rng, writer.shopper),
    "phone": _drawn(values.phone, "PHONE"),
    "member": _drawn(values.member_id, "MEMBER"),
    "street": _drawn(values.street, "STREET"),
    "house": _drawn(values.house, "HOUSE"),
    "postcode": _drawn(values.postcode, "POSTCODE"),
    "agent": lambda writer: _full(writer.rng, writer.agent),
    "afirst": lambda writer: _first(writer.rng, writer.agent),
}

_SHAPES = (
    _reply_thread, _reply_thread, _forwarded, _forwarded, _chat, _chat, _auto_reply,
    _snippet, _snippet, _snippet,
)  # fmt: skip


def _joined(segs: list[Seg]) -> Note:
    """The note text and its labels at exact offsets; row values in order of first mention."""
    note = Note()
    pieces: list[str] = []
    position = 0
    for text, kind, row in segs:
        if kind is not None:
            label = Labelled(position, position + len(text), kind)
            (note.personal if kind in _PERSONAL else note.keep).append(label)
            if row and text not in note.row_keep:
                note.row_keep.append(text)
        pieces.append(text)
        position += len(text)
    note.text = "".join(pieces)
    return note


def _note(rng: random.Random) -> Note:
    writer = _Writer(rng, clean=rng.random() < _CLEAN_SHARE)
    segs = rng.choice(_SHAPES)(writer)
    if rng.random() < 0.12:
        segs = _html(rng, segs)
    return _joined([seg for seg in segs if seg[0]])


def notes(count: int, seed: int) -> list[Note]:
    """``count`` pasted-thread notes, reproducible for ``seed``."""
    rng = random.Random(seed)
    return [_note(rng) for _ in range(count)]
