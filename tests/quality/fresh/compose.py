"""People, the written forms of their values, and the renderer that labels every slot.

A template names slots in braces: ``{a.first}`` is person a's given name, ``{b.email}``
person b's e-mail, ``{merchant}`` the row's merchant; ``:lower``, ``:upper`` or ``:title``
after a name slot fixes its case (else it is drawn). ``render`` fills the slots left to right
and labels each at its exact offsets with its gold kind and the form it was written in.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field

from harness.judge import Kind, Label

from fresh import people, world

_SLOT = re.compile(r"\{([a-z0-9]+)(?:\.([a-z]+))?(?::([a-z]+))?\}")
ZERO_WIDTH = ("\u200b", "\u200c", "\u2060")
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


@dataclass(frozen=True, slots=True)
class Person:
    """One person and their values, each in its plain form."""

    given: str
    surname: str
    group: str
    latin: bool
    surname_first: bool
    email: str
    phone: str
    postcode: str
    number: str
    road: str
    house: str
    member: str

    @property
    def full(self) -> str:
        if self.surname_first:
            return f"{self.surname}{self.given}"
        return f"{self.given} {self.surname}"


@dataclass(frozen=True, slots=True)
class Note:
    """A rendered note: its text, its gold labels, and what its row would allow-list."""

    text: str
    labels: tuple[Label, ...]
    allow: tuple[str, ...]
    template: int = -1

    @property
    def clean(self) -> bool:
        return all(label.kind is Kind.KEEP for label in self.labels)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


def _postcode(rng: random.Random) -> str:
    area = rng.choice(world.POSTCODE_AREAS)
    district = str(rng.randint(1, 29 if len(area) == 2 else 9))
    if rng.random() < 0.15:
        district += rng.choice("ABEHJKMNPRW")
    return f"{area}{district} {rng.randint(0, 9)}{rng.choice(_INWARD)}{rng.choice(_INWARD)}"


def _phone(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return "07" + "".join(str(rng.randint(0, 9)) for _ in range(9))
    prefix = rng.choice(["020", "0161", "0113", "0131", "01632", "01904", "0292", "01223"])
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(11 - len(prefix)))


def _email(rng: random.Random, given: str, surname: str, latin: bool) -> str:
    g, s = _ascii(given), _ascii(surname.split()[-1])
    if not latin or not g or not s:
        g = rng.choice(["kiki", "momo", "tiger", "lulu", "bobo", "nana"])
        s = str(rng.randint(10, 99))
    local = rng.choice(
        [f"{g}.{s}", f"{g[0]}{s}", f"{g}_{s}{rng.randint(1, 99)}", f"{g}{s}", f"{s}.{g}",
         f"{g}{rng.randint(70, 99)}", f"{g[0]}.{s}{rng.randint(1, 9)}"]
    )  # fmt: skip
    return f"{local}@{rng.choice(world.DOMAINS)}"


def draw_person(rng: random.Random) -> Person:
    """A person of a random group (a few in their own script) with all their values."""
    group = rng.choice(people.NATIVE) if rng.random() < 0.05 else rng.choice(people.GROUPS)
    given, surname = rng.choice(group.given), rng.choice(group.surnames)
    if rng.random() < 0.06 and group.latin:  # a double-barrelled surname
        surname = f"{surname}-{rng.choice(rng.choice(people.GROUPS).surnames).split()[-1]}"
    if rng.random() < 0.5:
        road = f"{rng.choice(world.STREET_STEMS)} {rng.choice(world.THOROUGHFARES)}"
    else:  # a street named after someone
        other = rng.choice(rng.choice(people.GROUPS).surnames).split()[-1]
        road = f"{other} {rng.choice(world.THOROUGHFARES)}"
    if rng.random() < 0.2:
        house = rng.choice(world.HOUSE_WHOLE)
    else:
        house = f"{rng.choice(world.HOUSE_STEMS)} {rng.choice(world.HOUSE_WORDS)}"
    member = str(rng.randint(1000000, 999999999))
    if rng.random() < 0.3:
        member = rng.choice(["MB", "QC", "TX", "SV", "K"]) + member[:7]
    return Person(
        given, surname, group.key, group.latin, group.surname_first,
        _email(rng, given, surname, group.latin), _phone(rng), _postcode(rng),
        str(rng.randint(1, 240)) + (rng.choice("abc") if rng.random() < 0.08 else ""),
        road, house, member,
    )  # fmt: skip


# ---------------------------------------------------------------------------- written forms


def _case(rng: random.Random, text: str, case: str | None) -> tuple[str, str]:
    if case is None:
        case = rng.choices(["title", "lower", "upper"], [0.6, 0.28, 0.12])[0]
    if case == "lower":
        return text.lower(), "lower"
    if case == "upper":
        return text.upper(), "upper"
    return text, "title"


def email_form(rng: random.Random, email: str) -> tuple[str, str]:
    local, domain = email.split("@")
    form = rng.choice(
        ["plain", "plain", "words", "bracket", "paren", "pct40", "entity", "spaced", "zero-width",
         "upper-words"]
    )  # fmt: skip
    if form == "words":
        dots = lambda t: t.replace(".", " dot ")  # noqa: E731
        return f"{dots(local)} at {dots(domain)}", form
    if form == "upper-words":
        return f"{local.replace('.', ' DOT ')} AT {domain.replace('.', ' DOT ')}", form
    if form == "bracket":
        return f"{local} [at] {domain}", form
    if form == "paren":
        return f"{local}(at){domain.replace('.', '(dot)')}", form
    if form == "pct40":
        return f"{local}%40{domain}", form
    if form == "entity":
        return f"{local}&#64;{domain}", form
    if form == "spaced":
        return " ".join(email), form
    if form == "zero-width":
        zw = rng.choice(ZERO_WIDTH)
        cut = max(1, len(local) // 2)
        return f"{local[:cut]}{zw}{local[cut:]}@{domain}", form
    return email, form


def phone_form(rng: random.Random, phone: str) -> tuple[str, str]:
    if not phone.startswith("07"):
        if phone.startswith("02"):
            return f"{phone[:3]} {phone[3:7]} {phone[7:]}", "landline"
        return f"{phone[:5]} {phone[5:]}", "landline"
    form = rng.choice(["plain", "compact", "intl-0", "intl", "dotted", "spaced-digits", "dashed"])
    rest = phone[1:]
    out = {
        "plain": f"{phone[:5]} {phone[5:]}",
        "compact": phone,
        "intl-0": f"+44 (0){rest[:4]} {rest[4:]}",
        "intl": f"+44 {rest[:4]} {rest[4:]}",
        "dotted": f"{phone[:5]}.{phone[5:8]}.{phone[8:]}",
        "spaced-digits": " ".join(phone),
        "dashed": f"{phone[:5]}-{phone[5:8]}-{phone[8:]}",
    }[form]
    return out, form


def postcode_form(rng: random.Random, postcode: str) -> tuple[str, str]:
    form = rng.choice(["plain", "plain", "lower", "no-space", "double-space", "letter-spaced"])
    outward, inward = postcode.split(" ")
    out = {
        "plain": postcode,
        "lower": postcode.lower(),
        "no-space": outward + inward,
        "double-space": f"{outward}  {inward}",
        "letter-spaced": " ".join(outward + inward),
    }[form]
    return out, form


# ---------------------------------------------------------------------------- rendering


@dataclass
class Context:
    """What a note's slots are filled from: its row and the people it mentions."""

    rng: random.Random
    merchant: str
    ref: str
    claim: str
    other_refs: list[str]
    people: dict[str, Person] = field(default_factory=dict)

    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = draw_person(self.rng)
        return self.people[key]


def _personal(ctx: Context, who: str, attr: str, case: str | None) -> tuple[str, Kind, str, int]:
    """(text, kind, form, labelled length or -1 for all) for a person slot."""
    rng, p = ctx.rng, ctx.person(who)
    script = "" if p.latin else "native "
    if attr in ("name", "first", "surname"):
        value = {"name": p.full, "first": p.given, "surname": p.surname}[attr]
        text, form = _case(rng, value, case)
        kind = {"name": Kind.NAME, "first": Kind.FIRST, "surname": Kind.SURNAME}[attr]
        return text, kind, script + form, -1
    if attr == "rev":  # "SURNAME, First"
        return f"{p.surname.upper()}, {p.given}", Kind.NAME, script + "surname-comma-first", -1
    if attr == "init":
        dot = rng.choice([". ", " ", "."])
        text, form = _case(rng, f"{p.given[0]}{dot}{p.surname}", case)
        return text, Kind.NAME, script + "initial " + form, -1
    if attr == "poss":
        text, form = _case(rng, p.given, case)
        return f"{text}'s", Kind.FIRST, script + "possessive " + form, len(text)
    if attr == "email":
        text, form = (p.email, "plain") if case == "plain" else email_form(rng, p.email)
        return text, Kind.EMAIL, form, -1
    if attr == "phone":
        text, form = phone_form(rng, p.phone) if case != "plain" else (p.phone, "compact")
        return text, Kind.PHONE, form, -1
    if attr == "postcode":
        text, form = (p.postcode, "plain") if case == "plain" else postcode_form(rng, p.postcode)
        return text, Kind.POSTCODE, form, -1
    if attr == "street":
        text, form = _case(
            rng, f"{p.number} {p.road}", case or rng.choice(["title", "title", "lower"])
        )
        return text, Kind.STREET, "numbered " + form, -1
    if attr == "flat":
        flat = rng.choice(world.FLAT_FORMS).format(n=rng.randint(1, 40))
        return f"{flat}, {p.number} {p.road}", Kind.STREET, "flat", -1
    if attr == "road":
        text, form = _case(rng, p.road, case or rng.choice(["title", "title", "lower"]))
        return text, Kind.STREET, "no number " + form, -1
    if attr == "house":
        text, form = _case(rng, p.house, case or rng.choice(["title", "title", "lower"]))
        return text, Kind.HOUSE, form, -1
    if attr == "member":
        return p.member, Kind.MEMBER, "prefixed" if p.member[0].isalpha() else "digits", -1
    raise ValueError(f"unknown person slot {attr}")


def voucher(rng: random.Random) -> str:
    return f"{rng.choice(world.VOUCHER_STEMS)}{rng.choice([5, 10, 12, 15, 20, 25, 30, 40])}"


def _plain(ctx: Context, slot: str) -> tuple[str, str | None]:
    """(text, keep form or None) for a slot that is not a person's."""
    rng = ctx.rng
    if slot == "merchant":
        return ctx.merchant, "merchant"
    if slot == "merchant2":
        return rng.choice(world.MERCHANTS), "merchant"
    if slot == "product":
        return rng.choice(world.PRODUCTS), "product"
    if slot == "town":
        return rng.choice(world.TOWNS), "town"
    if slot == "occasion":
        return rng.choice(world.OCCASIONS), "occasion"
    if slot == "voucher":
        return voucher(rng), "voucher"
    if slot == "ref":
        return ctx.ref, "order ref"
    if slot == "ref2":
        return ctx.other_refs[0], "order ref"
    if slot == "claim":
        return ctx.claim, "claim id"
    if slot == "date":
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        text = rng.choice([f"{day:02d}/{month:02d}/2026", f"{day}/{month}", f"2026-{month:02d}-{day:02d}",
                           f"{day} {rng.choice(['Jan', 'March', 'june', 'Sept', 'Nov'])}"])  # fmt: skip
        return text, "date"
    if slot == "amount":
        pounds = rng.randint(4, 1400)
        text = rng.choice([f"£{pounds}.{rng.randint(0, 99):02d}", f"{pounds} quid", f"£{pounds}",
                           f"{pounds}.{rng.randint(0, 99):02d} GBP"])  # fmt: skip
        return text, "amount"
    if slot == "staff":
        return rng.choice(world.STAFF_ROLES), None
    if slot == "rel":
        return rng.choice(world.RELATIONS), None
    if slot == "n":
        return str(rng.randint(2, 9)), None
    raise ValueError(f"unknown slot {slot}")


def render(template: str, ctx: Context, index: int = -1) -> Note:
    """Fill every slot of ``template`` and label it at its exact offsets."""
    out: list[str] = []
    labels: list[Label] = []
    allow = {ctx.merchant, ctx.ref, ctx.claim}
    length, last = 0, 0
    for match in _SLOT.finditer(template):
        literal = template[last : match.start()]
        out.append(literal)
        length += len(literal)
        last = match.end()
        head, attr, case = match.groups()
        if attr is not None:
            text, kind, form, labelled = _personal(ctx, head, attr, case)
            end = length + (labelled if labelled >= 0 else len(text))
            labels.append(Label(kind, length, end, form))
        else:
            text, keep = _plain(ctx, head)
            if keep is not None:
                labels.append(Label(Kind.KEEP, length, length + len(text), keep))
            if head in ("ref2", "merchant2"):
                allow.add(text)
        out.append(text)
        length += len(text)
    out.append(template[last:])
    return Note("".join(out), tuple(labels), tuple(sorted(allow)), index)
