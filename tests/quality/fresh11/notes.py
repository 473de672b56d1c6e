"""Rendering the fresh11 notes: templates filled with this set's people, places and forms.

``own_notes(count)`` renders this set's templates (every third note clean), ``presidio_notes``
the vendored presidio-evaluator templates (card, IBAN, SSN, IP and licence slots left out)
with this set's people and places. Labels (``harness.judge.Label``) sit at exact offsets with
their kind and written form. Deterministic: note ``i`` of seed ``s`` is the same whatever the
count, so a small run is a prefix of a big one.
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, field
from urllib.parse import quote_plus

from harness.judge import Kind, Label
from harness.presidio import fillable_templates

from fresh11 import forms, places
from fresh11.forms import Person, Piece
from fresh11.templates import CLEAN, PERSONAL

SEED = 11
SLOT = re.compile(r"\{([a-z]+?)(\d?)((?:\.[a-z]+)*)\}")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PERSONAL_SLOTS = _words(
    "name first sur tsur email phone postcode street streetn house flat addr member handle user"
)
KEEP_SLOTS = _words(
    "merchant omerchant pmerchant product pproduct town ptown occasion poccasion voucher nvoucher "
    "order bref claim date amount time courier network site tracking sku"
)
PLAIN_SLOTS = frozenset({"ctown"})
MODIFIERS = _words("upper lower spell ocr url html fold words spoken alt lines nospace ie f m bare")
MEMBER_CUE = re.compile(
    r"member|mitglied|kundennummer|adh[ée]rent|socio|aelod|ballra|klient|pelanggan|\bacc(?:t|ount)?\b"
    r"|user ?id|customer (?:no|id|number)|loyalty|\bid\b|n°",
    re.IGNORECASE,
)
NEAR, FAR = 25, 200
PERSONLIKE_COURIERS = frozenset({"Stuart", "Hermes", "Menzies"})


@dataclass(frozen=True, slots=True)
class Context:
    """What a note's row holds: its merchant, order ref, claim id, and other orders of the batch."""

    merchant: str
    order: str
    claim: str
    batch: tuple[str, ...] = ()
    order_shape: str = "plain"


@dataclass(frozen=True, slots=True)
class Note:
    text: str
    labels: tuple[Label, ...]
    allow: tuple[str, ...]
    template: int  # index in PERSONAL, or -1 - index in CLEAN; presidio: its template index
    clean: bool


@dataclass
class _Filler:
    rng: random.Random
    ctx: Context
    people: dict[int, Person] = field(default_factory=dict)
    cache: dict[str, list[Piece]] = field(default_factory=dict)
    allow: list[str] = field(default_factory=list)
    genders: dict[int, str] = field(default_factory=dict)

    def who(self, index: int) -> Person:
        if index not in self.people:
            names = {p.natural() for p in self.people.values()}
            gender = self.genders.get(index, "")
            found = forms.person(self.rng, gender=gender)
            while found.natural() in names:
                found = forms.person(self.rng, gender=gender)
            self.people[index] = found
        return self.people[index]

    def fill(self, token: str, slot: str, digit: str, mods: tuple[str, ...]) -> list[Piece]:
        if token not in self.cache:
            self.cache[token] = self._make(slot, int(digit or 1), mods)
        return self.cache[token]

    def _make(self, slot: str, n: int, mods: tuple[str, ...]) -> list[Piece]:
        rng = self.rng
        if slot in ("name", "first", "sur", "tsur"):
            return _person_slot(rng, self.who(n), slot, mods)
        if slot == "handle":
            return forms.handle(rng, self.who(80 + n))
        if slot == "user":
            return forms.username(rng, self.who(90 + n))
        if slot == "email":
            who = self.who(n)
            if "spoken" in mods:
                return forms.spoken_email(rng, who)
            if "url" in mods:
                return forms.email_pieces(rng, who, "%40")
            if "bare" in mods:
                return forms.email_pieces(rng, who, "plain")
            return _case(forms.email_pieces(rng, who, "upper" if "upper" in mods else None), mods)
        if slot == "phone":
            if "bare" in mods:
                return forms.phone_pieces(rng, rng.choice(["+44 run", "mobile run", "+44 mobile"]))
            return forms.phone_pieces(rng, "words" if "words" in mods else None)
        if slot == "postcode":
            if "spell" in mods:
                return forms.spoken_postcode(rng)
            if "ie" in mods:
                return forms.postcode_pieces(rng, irish=True)
            return forms.postcode_pieces(rng, "no space" if "nospace" in mods else None)
        if slot == "street":
            return _case(forms.street_pieces(rng), mods)
        if slot == "streetn":
            return _case(forms.street_bare(rng), mods)
        if slot == "house":
            return _case(forms.house_pieces(rng), mods)
        if slot == "flat":
            return _case(forms.flat_pieces(rng), mods)
        if slot == "addr":
            return forms.address_pieces(rng, "lines" in mods)
        if slot == "member":
            value, shape = forms.member_value(rng)
            return [(value, "MEMBER", shape)]
        if slot == "ctown":
            return _case([(forms.town_for_address(rng)[0], None, "")], mods)
        return _case(self._keep(slot, n), mods)

    def _keep(self, slot: str, n: int) -> list[Piece]:
        rng, ctx = self.rng, self.ctx
        if slot == "merchant":
            like = ctx.merchant in places.MERCHANTS_PERSONLIKE
            return [
                (ctx.merchant, "KEEP", "merchant (row, person-like)" if like else "merchant (row)")
            ]
        if slot == "pmerchant":
            if ctx.merchant in places.MERCHANTS_PERSONLIKE and n == 1:
                return [(ctx.merchant, "KEEP", "merchant (row, person-like)")]
            return [(rng.choice(places.MERCHANTS_PERSONLIKE), "KEEP", "merchant (person-like)")]
        if slot == "omerchant":
            other = rng.choice([m for m in places.MERCHANTS if m != ctx.merchant])
            like = other in places.MERCHANTS_PERSONLIKE
            return [(other, "KEEP", "merchant (person-like)" if like else "merchant")]
        if slot == "product":
            item = rng.choice(places.PRODUCTS)
            like = item in places.PRODUCTS_PERSONLIKE
            return [(item, "KEEP", "product (person-like)" if like else "product")]
        if slot == "pproduct":
            return [(rng.choice(places.PRODUCTS_PERSONLIKE), "KEEP", "product (person-like)")]
        if slot in ("town", "ptown"):
            if slot == "ptown" or rng.random() < 0.3:
                return [(rng.choice(places.TOWNS_PERSONLIKE), "KEEP", "town (person-like)")]
            town = rng.choice(places.TOWNS)
            own = town in places.TOWNS_OWN_LANGUAGE
            return [(town, "KEEP", "town (own language)" if own else "town")]
        if slot in ("occasion", "poccasion"):
            if slot == "poccasion" or rng.random() < 0.3:
                return [(rng.choice(places.OCCASIONS_PERSONLIKE), "KEEP", "occasion (person-like)")]
            return [(rng.choice(places.OCCASIONS), "KEEP", "occasion")]
        if slot == "voucher":
            return [(forms.voucher(rng), "KEEP", "voucher")]
        if slot == "nvoucher":
            return [(forms.voucher(rng, from_name=True), "KEEP", "voucher (name-built)")]
        if slot == "order":
            shape = "" if ctx.order_shape == "plain" else f", {ctx.order_shape}"
            return [(ctx.order, "KEEP", f"order ref (row{shape})")]
        if slot == "bref":
            refs = ctx.batch or (ctx.order,)
            ref = refs[(n - 1) % len(refs)]
            self.allow.append(ref)
            return [(ref, "KEEP", "order ref (batch)")]
        if slot == "claim":
            return [(ctx.claim, "KEEP", "claim id (row)")]
        if slot == "date":
            return [(forms.date_text(rng), "KEEP", "date")]
        if slot == "amount":
            return [(forms.amount(rng), "KEEP", "amount")]
        if slot == "time":
            return [(forms.time_text(rng), "KEEP", "time")]
        if slot == "courier":
            courier = rng.choice(places.COURIERS)
            return [(courier, "KEEP", "courier (person-like)" if courier in PERSONLIKE_COURIERS
                     else "courier")]  # fmt: skip
        if slot == "network":
            return [(rng.choice(places.NETWORKS), "KEEP", "network")]
        if slot == "site":
            return [(rng.choice(places.SITES), "KEEP", "site")]
        if slot == "tracking":
            return [(forms.tracking(rng), "KEEP", "tracking number")]
        if slot == "sku":
            return [(forms.sku(rng), "KEEP", "sku")]
        raise ValueError(f"unknown slot {slot}")


def _case(pieces: list[Piece], mods: tuple[str, ...]) -> list[Piece]:
    """``.upper`` / ``.lower`` on every piece whose length the change keeps."""
    for mod, change in (("upper", str.upper), ("lower", str.lower)):
        if mod in mods:
            pieces = [
                (change(t) if len(change(t)) == len(t) else t, k,
                 f if k in (None, "KEEP") or mod in f else f"{f}, {mod}")
                for t, k, f in pieces
            ]  # fmt: skip
    return pieces


def _relabel(pieces: list[Piece], change, form: str) -> list[Piece]:  # type: ignore[no-untyped-def]
    out = []
    for text, kind, old in pieces:
        if kind is None:
            out.append((text, kind, old))
            continue
        new = change(text)
        tag = old.split(", ", 1)[1] if ", " in old and not old.startswith("script") else ""
        out.append(
            (new, kind, form + (f", {tag}" if tag else "")) if new != text else (text, kind, old)
        )
    return out


def _person_slot(rng: random.Random, who: Person, slot: str, mods: tuple[str, ...]) -> list[Piece]:
    if slot == "name":
        form = "upper" if "upper" in mods else "lower" if "lower" in mods else None
        if any(m in mods for m in ("url", "html", "ocr", "fold", "spell")):
            form = "plain"
        pieces = forms.name_pieces(rng, who, form)
    elif slot == "first":
        form = "upper" if "upper" in mods else "lower" if "lower" in mods else None
        if any(m in mods for m in ("url", "html", "ocr", "fold", "spell")):
            form = "plain"
        pieces = forms.first_pieces(rng, who, form)
    else:
        pieces = forms.surname_pieces(rng, who, titled=slot == "tsur")
        pieces = _case(pieces, mods)
    if who.script:  # a name in its own script is neither spelled out nor scanned into Latin noise
        mods = tuple(m for m in mods if m not in ("spell", "ocr", "fold"))
    if "spell" in mods:
        pieces = _relabel(pieces, lambda t: forms.spelled(t, rng), "spelled")
    if "ocr" in mods:
        pieces = _relabel(pieces, lambda t: forms.ocr(t, rng), "ocr")
    if "url" in mods:
        pieces = _relabel(pieces, quote_plus, "url-encoded")
    if "html" in mods:
        pieces = _relabel(
            pieces, lambda t: html.escape(t).replace("&#x27;", "&#39;"), "html-escaped"
        )
    if "fold" in mods:
        pieces = _relabel(pieces, forms.fold, "folded")
    return pieces


def member_cue(text: str, start: int, end: int) -> str:
    """``near cue``, ``far cue`` or ``no cue``: how close a member-id cue word is written."""
    best = None
    for m in MEMBER_CUE.finditer(text):
        if start <= m.start() < end:
            continue
        gap = start - m.end() if m.end() <= start else m.start() - end
        best = gap if best is None else min(best, gap)
    if best is not None and best <= NEAR:
        return "near cue"
    if best is not None and best <= FAR:
        return "far cue"
    return "no cue"


def render(rng: random.Random, template: str, ctx: Context) -> tuple[str, list[Label], list[str]]:
    """A template filled in: its text, labels at exact offsets, and the batch refs it mentions."""
    filler = _Filler(rng, ctx)
    for m in SLOT.finditer(template):
        mods = m.group(3).split(".")[1:]
        for gender in ("f", "m"):
            if gender in mods and m.group(1) in ("name", "first", "sur", "tsur"):
                filler.genders[int(m.group(2) or 1)] = gender
    text, labels, at = "", [], 0
    for m in SLOT.finditer(template):
        slot, digit, mods = m.group(1), m.group(2), tuple(m.group(3).split(".")[1:])
        if slot not in PERSONAL_SLOTS | KEEP_SLOTS | PLAIN_SLOTS:
            continue
        text += template[at : m.start()]
        for piece, kind, form in filler.fill(m.group(0), slot, digit, mods):
            if kind is not None:
                labels.append(Label(Kind(kind), len(text), len(text) + len(piece), form))
            text += piece
        at = m.end()
    text += template[at:]
    final = []
    for label in labels:
        if label.kind is Kind.MEMBER:
            cue = member_cue(text, label.start, label.end)
            label = Label(Kind.MEMBER, label.start, label.end, f"{cue}, {label.form}")
        final.append(label)
    return text, final, filler.allow


def context(rng: random.Random) -> Context:
    merchant = rng.choice(places.MERCHANTS)
    order, shape = forms.order_ref(rng)
    batch = tuple(forms.order_ref(rng)[0] for _ in range(rng.randrange(1, 4)))
    return Context(merchant, order, forms.claim_id(rng), batch, shape)


def note_for(rng: random.Random, ctx: Context, clean: bool, index: int) -> Note:
    template = (CLEAN if clean else PERSONAL)[index]
    text, labels, refs = render(rng, template, ctx)
    allow = tuple(dict.fromkeys([ctx.merchant, ctx.order, ctx.claim, *refs]))
    return Note(text, tuple(labels), allow, -1 - index if clean else index, clean)


def _order(count: int, seed: int, salt: str) -> list[int]:
    order = list(range(count))
    random.Random(f"{salt}-{seed}").shuffle(order)
    return order


def own_notes(count: int, seed: int = SEED) -> list[Note]:
    """``count`` notes of this set's templates; every third one (2, 5, 8 ...) clean."""
    personal, clean = _order(len(PERSONAL), seed, "personal"), _order(len(CLEAN), seed, "clean")
    notes = []
    for i in range(count):
        rng = random.Random(f"fresh11-own-{seed}-{i}")
        is_clean = i % 3 == 2
        index = clean[(i // 3) % len(clean)] if is_clean else personal[(i - i // 3) % len(personal)]
        notes.append(note_for(rng, context(rng), is_clean, index))
    return notes


# --- presidio-evaluator templates, filled with this set's people and places
UNSUPPORTED = ("credit_card_number", "iban", "ssn", "ip_address", "us_driver_license")
P_SLOT = re.compile(r"\{\{([a-z_]+)\}\}")
COUNTRIES = ("Ghana", "Samoa", "Georgia", "Mongolia", "Peru", "Ireland", "Wales", "Scotland",
             "Nepal", "Sri Lanka", "the Philippines", "Somalia", "Kazakhstan", "Fiji", "Tonga",
             "Lithuania", "Albania", "Jamaica", "Haiti", "Morocco", "Oman", "Bolivia", "Iceland",
             "the Faroe Islands", "Myanmar", "Indonesia", "Eritrea", "Senegal", "Cameroon",
             "Armenia", "Madagascar", "Greenland")  # fmt: skip
NATIONS = (("Ghanaian", "Ghanaians"), ("Samoan", "Samoans"), ("Georgian", "Georgians"),
           ("Mongolian", "Mongolians"), ("Peruvian", "Peruvians"), ("Welsh", "Welsh"),
           ("Nepali", "Nepalis"), ("Sri Lankan", "Sri Lankans"), ("Filipino", "Filipinos"),
           ("Somali", "Somalis"), ("Kazakh", "Kazakhs"), ("Fijian", "Fijians"),
           ("Tongan", "Tongans"), ("Lithuanian", "Lithuanians"), ("Albanian", "Albanians"),
           ("Jamaican", "Jamaicans"), ("Haitian", "Haitians"), ("Moroccan", "Moroccans"),
           ("Bolivian", "Bolivians"), ("Faroese", "Faroese"), ("Burmese", "Burmese"),
           ("Eritrean", "Eritreans"), ("Senegalese", "Senegalese"), ("Basque", "Basques"),
           ("Breton", "Bretons"), ("Sámi", "Sámi"), ("Cornish", "Cornish"))  # fmt: skip
JOBS = ("community nurse", "bus driver", "sound engineer", "dental hygienist", "primary teacher",
        "welder", "pharmacist", "barista", "quantity surveyor", "care worker", "software tester",
        "florist", "shepherd", "ferry mate", "hospital porter", "lighthouse keeper")  # fmt: skip
COUNTIES = ("Lancs", "Yorks", "Co. Cork", "Co. Kerry", "Gwynedd", "Fife", "Co. Antrim",
            "Northumberland", "Cornwall", "Argyll", "Powys", "Co. Donegal")  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
TITLE_SLOTS = {"prefix_male": ("Mr", "Mr.", "Dr"), "prefix_female": ("Mrs", "Ms", "Miss", "Dr"),
               "prefix": ("Mx", "Dr", "Rev.", "Prof.")}  # fmt: skip
PRESIDIO_NAME_FORMS = {"plain": 60, "western order": 4, "upper": 5, "lower": 5, "initial": 4,
                       "folded": 3, "SURNAME first": 3, "nickname": 2}  # fmt: skip


def presidio_templates() -> tuple[str, ...]:
    out = []
    for line in fillable_templates(UNSUPPORTED):
        template = line.replace("\\n", "\n").replace("\\,", ",")
        template = re.sub(r"(?<!\{)\{([a-z_]+)\}(?!\})", r"{{\1}}", template)
        template = template.replace("{{building_number}} {{street_name}}", "{{street_full}}")
        out.append(template)
    return tuple(dict.fromkeys(out))


def _presidio_slot(rng: random.Random, slot: str, after: str) -> list[Piece]:
    gender = "f" if slot.endswith("_female") else "m" if slot.endswith("_male") else ""
    before_street = re.match(r"\s+(street|st\b)", after, re.IGNORECASE) is not None
    if slot in ("person", "name", "name_female", "name_male"):
        form = forms.pick(rng, PRESIDIO_NAME_FORMS)
        return forms.name_pieces(rng, forms.person(rng, gender=gender), form)
    if slot.startswith("first_name"):
        return forms.first_pieces(rng, forms.person(rng, gender=gender))
    if slot.startswith("last_name"):
        return forms.surname_pieces(rng, forms.person(rng, gender=gender))
    if slot in TITLE_SLOTS:
        return [(rng.choice(TITLE_SLOTS[slot]), None, "")]
    if slot == "email":
        return forms.email_pieces(rng, forms.person(rng))
    if slot == "phone_number":
        return forms.phone_pieces(rng)
    if slot == "address":
        return forms.address_pieces(rng, rng.random() < 0.3)
    if slot == "street_full":
        if before_street:
            number = rng.randrange(1, 240)
            return [
                (
                    f"{number} {rng.choice(places.STREET_STEMS)}",
                    "STREET",
                    "number, stem before 'street'",
                )
            ]
        return forms.street_pieces(rng)
    if slot == "street_name":
        if before_street:
            return [(rng.choice(places.STREET_STEMS), "STREET", "stem before 'street'")]
        return forms.street_bare(rng)
    if slot == "building_number":
        return [(str(rng.randrange(1, 240)), None, "")]
    if slot == "secondary_address":
        return forms.flat_pieces(rng)
    if slot == "city":
        town = rng.choice(places.TOWNS)
        return [(town, "KEEP", "town (person-like)" if town in places.TOWNS_PERSONLIKE else "town")]
    if slot in ("postcode", "zipcode"):
        return forms.postcode_pieces(rng, irish=rng.random() < 0.2)
    if slot == "organization":
        merchant = rng.choice(places.MERCHANTS)
        like = merchant in places.MERCHANTS_PERSONLIKE
        return [(merchant, "KEEP", "merchant (person-like)" if like else "merchant")]
    if slot == "date_time":
        return [(forms.date_text(rng), "KEEP", "date")]
    plain = {
        "country": lambda: rng.choice(COUNTRIES),
        "nationality": lambda: rng.choice(NATIONS)[0],
        "nation_woman": lambda: f"a {rng.choice(NATIONS)[0]} woman",
        "nation_plural": lambda: rng.choice(NATIONS)[1],
        "job": lambda: rng.choice(JOBS),
        "age": lambda: str(rng.randrange(18, 91)),
        "year": lambda: str(rng.randrange(1950, 2026)),
        "date_of_birth": lambda: f"{rng.randrange(1, 29)} {rng.choice(forms.MONTHS)} {rng.randrange(1940, 2006)}",
        "day_of_week": lambda: rng.choice(DAYS),
        "url": lambda: f"https://www.{rng.choice(['kelsotweed', 'siopfach', 'hebdenknit', 'balablankets'])}.co.uk/{rng.choice(['orders', 'p/8841', 'gallery'])}",
        "state_abbr": lambda: rng.choice(COUNTIES),
    }  # fmt: skip
    return [(plain[slot](), None, "")]


def presidio_notes(count: int, seed: int = SEED) -> list[Note]:
    templates = presidio_templates()
    order = _order(len(templates), seed, "presidio")
    notes = []
    for i in range(count):
        rng = random.Random(f"fresh11-presidio-{seed}-{i}")
        index = order[i % len(templates)]
        template = templates[index]
        text, labels, at = "", [], 0
        for m in P_SLOT.finditer(template):
            text += template[at : m.start()]
            for piece, kind, form in _presidio_slot(rng, m.group(1), template[m.end() :]):
                if kind is not None:
                    labels.append(Label(Kind(kind), len(text), len(text) + len(piece), form))
                text += piece
            at = m.end()
        text += template[at:]
        clean = all(label.kind is Kind.KEEP for label in labels)
        notes.append(Note(text, tuple(labels), (), index, clean))
    return notes
