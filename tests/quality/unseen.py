"""A held-out probe: names that appear in no list the generator or the detector knows.

The labelled set's names come from the same lists the detector's lexicon was tuned with,
so its free-text figures flatter the detector. Here other people's names (so no row
deny-list helps) sit in comments, in title case, lower case, or alone as a first name,
and clean comments full of merchants and look-alikes check over-redaction. Prints counts
only, never a value.
"""

from __future__ import annotations

from collections import Counter

from pipeline.config import load_settings
from pipeline.detect import load_detector

NAMES = (
    "Thandiwe Mbeki", "Ruairí Ó Súilleabháin", "Kwabena Asante", "Yusra Al-Fulan", "Mateusz Grzyb",
    "Ngozi Eze", "Saoirse Ní Bhriain", "Rangi Parata", "Ishaan Venkataraman", "Bartholomew Fitzwilliam",
    "Léa Dubois", "Hamid Karimi", "Oluwaseun Adeyemi", "Xu Jiayi", "Priyanka Chaudhary", "Dmitri Volkov",
    "Aroha Ngata", "Tadhg Ó Murchú", "Sekou Traoré", "Ingrid Halvorsen",
)  # fmt: skip
TEMPLATES = {
    "title case after a cue": "My husband {name} placed the order, not me.",
    "title case, contact": "Please contact {name} about this claim.",
    "title case, on behalf of": "Ordered on behalf of my mum {name}.",
    "title case, sentence start": "{name} said the cashback never showed.",
    "lower case, no cue": "Gift for {lower} - order arrived fine but no cashback",
    "first name alone": "spoke to {first} on the phone yesterday",
}
CLEAN = (
    "The order was for a Ted Baker coat, never tracked.",
    "Bought a Jo Malone candle, cashback missing.",
    "Please chase John Lewis for the order",
    "Delivered to the office in Leeds, paid by card",
    "I clicked through from your app on Friday",
    "Price was 45.99 with voucher SPRING10",
    "Order 07700900123 at Marks & Spencer",
    "bought heather grey jumper",
    "Daisy print dress from ASOS",
    "Will this be paid soon?",
)
MERCHANTS = {"Ted Baker", "Jo Malone", "John Lewis", "Marks & Spencer", "ASOS", "07700900123"}


def main() -> int:
    detector = load_detector(load_settings().pipeline.detection)
    texts, targets, labels = [], [], []
    for name in NAMES:
        for label, template in TEMPLATES.items():
            first = name.split()[0]
            text = template.format(name=name, lower=name.lower(), first=first)
            target = (
                name.lower() if "{lower}" in template else first if "{first}" in template else name
            )
            texts.append(text)
            targets.append(target)
            labels.append(label)
    spans = detector.scan(texts, [[] for _ in texts], [MERCHANTS for _ in texts])
    leaked: Counter[str] = Counter()
    for text, target, label, found in zip(texts, targets, labels, spans, strict=True):
        start = text.index(target)
        end = start + len(target)
        if not any(s.start <= start and s.end >= end for s in found):
            leaked[label] += 1
    print(f"Unseen names in free text (no deny-list): {sum(leaked.values())}/{len(texts)} leaked")
    for label in TEMPLATES:
        print(f"  {label:<28} {leaked[label]:>3}/{len(NAMES)}")
    clean = detector.scan(list(CLEAN), [[] for _ in CLEAN], [MERCHANTS for _ in CLEAN])
    flagged = sum(1 for found in clean if found)
    print(f"Clean comments with something redacted (over-redaction): {flagged}/{len(CLEAN)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
