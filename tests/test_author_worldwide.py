"""The worldwide author: reproducible, exact labels, every kind, clean share, row values, speed.

Failures report counts and kinds only, never a value.
"""

from __future__ import annotations

import time
from itertools import pairwise

import pytest

from pipeline.detect.training.authors import _worldwide_words as words
from pipeline.detect.training.authors import worldwide
from pipeline.detect.training.generate import KEEP, PERSONAL, Note

_ROW_KINDS = {"ORDER", "CLAIM", "DATE", "AMOUNT"}
# Foreign claim words the NER must learn are not names.
_FOREIGN_WORDS = ("acquisto", "brak zwrotu", "arian yn ôl", "borsa", "compra", "pedido")


@pytest.fixture(scope="module")
def corpus() -> list[Note]:
    return worldwide.notes(2000, 7)


def _values(note: Note, kinds: set[str]) -> list[str]:
    return [note.text[s.start : s.end] for s in [*note.personal, *note.keep] if s.kind in kinds]


def test_same_seed_same_notes() -> None:
    first, again = worldwide.notes(200, 3), worldwide.notes(200, 3)
    differ = sum(
        (a.text, a.personal, a.keep, a.row_keep, a.batch_keep)
        != (b.text, b.personal, b.keep, b.row_keep, b.batch_keep)
        for a, b in zip(first, again, strict=True)
    )
    assert differ == 0
    other = worldwide.notes(200, 4)
    assert sum(a.text == b.text for a, b in zip(first, other, strict=True)) < 5


def test_labels_are_exact_stripped_and_apart(corpus: list[Note]) -> None:
    outside = unstripped = overlapping = 0
    for note in corpus:
        spans = sorted([*note.personal, *note.keep], key=lambda s: (s.start, s.end))
        for span in spans:
            value = note.text[span.start : span.end]
            outside += not (0 <= span.start < span.end <= len(note.text))
            unstripped += value != value.strip()
        overlapping += sum(b.start < a.end for a, b in pairwise(spans))
    assert (outside, unstripped, overlapping) == (0, 0, 0)


def test_label_kinds_sit_in_their_lists(corpus: list[Note]) -> None:
    assert {s.kind for n in corpus for s in n.personal} <= set(PERSONAL)
    assert {s.kind for n in corpus for s in n.keep} <= set(KEEP)


def test_every_personal_and_keep_kind_occurs(corpus: list[Note]) -> None:
    personal = {label.kind for note in corpus for label in note.personal}
    keep = {label.kind for note in corpus for label in note.keep}
    assert sorted(set(PERSONAL) - personal) == []
    assert sorted(set(KEEP) - keep) == []


def test_clean_share_is_a_third_to_a_half(corpus: list[Note]) -> None:
    clean = [note for note in corpus if not note.personal]
    assert 0.3 <= len(clean) / len(corpus) <= 0.5
    look_alikes = sum(any(label.kind == "MERCHANT" for label in note.keep) for note in clean)
    assert look_alikes / len(clean) > 0.9


def test_row_keep_holds_the_notes_row_values(corpus: list[Note]) -> None:
    missing = sum(v not in n.row_keep for n in corpus for v in _values(n, _ROW_KINDS))
    stray = sum(v not in n.text for n in corpus for v in n.row_keep)
    assert (missing, stray) == (0, 0)
    with_merchant = [n for n in corpus if _values(n, {"MERCHANT"})]
    # A network named beside the shop (TopCashback, Quidco) is a merchant but not the row's.
    named = sum(bool(set(n.row_keep) & set(_values(n, {"MERCHANT"}))) for n in with_merchant)
    assert named / len(with_merchant) > 0.95


def test_batch_refs_are_other_rows_refs(corpus: list[Note]) -> None:
    assert sum(bool(note.batch_keep) for note in corpus) > len(corpus) / 2


def test_names_span_scripts_and_forms(corpus: list[Note]) -> None:
    names = [v for n in corpus for v in _values(n, {"NAME"})]
    scripts = {
        "cyrillic": ("\u0400", "\u04ff"),
        "han": ("\u4e00", "\u9fff"),
        "greek": ("\u0370", "\u03ff"),
        "devanagari": ("\u0900", "\u097f"),
        "yoruba dots": ("\u1eb8", "\u1ecd"),
    }
    absent = [
        s for s, (lo, hi) in scripts.items() if not any(lo <= c <= hi for v in names for c in v)
    ]
    assert absent == []
    assert any("," in name for name in names)
    assert any(name.isupper() for name in names) and any(name.islower() for name in names)


def test_foreign_claim_words_are_never_personal(corpus: list[Note]) -> None:
    texts = [n.text.lower() for n in corpus]
    clean = [n.text.lower() for n in corpus if not n.personal]
    assert [w for w in _FOREIGN_WORDS if not any(w in t for t in clean)] == []
    assert [w for w in _FOREIGN_WORDS if sum(w in t for t in texts) < 10] == []
    inside = sum(
        w in v.lower() for n in corpus for v in _values(n, set(PERSONAL)) for w in _FOREIGN_WORDS
    )
    assert inside == 0


def test_word_names_occur_as_names_and_as_words(corpus: list[Note]) -> None:
    given = {v.lower() for n in corpus for v in _values(n, {"FIRST", "NAME"}) for v in v.split()}
    english = {"will", "rose", "max", "grace", "faith"}
    foreign = {name.lower() for names in words.WORD_NAMES.values() for name in names}
    assert given & english and len(given & foreign) >= 10
    clean = " ".join(n.text.lower() for n in corpus if not n.personal)
    assert {"esperanza", "umut", "asha", "ligaya", "speranza"} <= set(
        clean.replace(",", " ").split()
    )
    assert "will chase" in clean and "max cashback" in clean


def test_every_language_writes_notes(corpus: list[Note]) -> None:
    markers = ("shukriya", "namaste", "e se", "salamat po", "ευχαριστώ", "asante", "diolch",
               "grazie", "dziękuję", "obrigad", "teşekkür", "mulțumesc", "merci", "danke")  # fmt: skip
    text = " ".join(n.text.lower() for n in corpus)
    assert [m for m in markers if m not in text] == []


def test_phone_country_codes_are_written_as_is(corpus: list[Note]) -> None:
    phones = [v for n in corpus for v in _values(n, {"PHONE"}) if v.startswith("+")]
    codes = {phone.split()[0] for phone in phones}
    known = {"+1", "+30", "+31", "+33", "+34", "+351", "+353", "+39", "+40", "+41", "+44", "+48",
             "+49", "+63", "+86", "+90", "+91", "+92", "+234", "+254"}  # fmt: skip
    assert phones and sorted(codes - known) == []


def test_personal_labels_fall_on_token_edges(corpus: list[Note]) -> None:
    spacy = pytest.importorskip("spacy")
    tokenizer = spacy.blank("en")
    labels = off = 0
    for note in corpus[:1000]:
        doc = tokenizer.make_doc(note.text)
        labels += len(note.personal)
        off += sum(doc.char_span(s.start, s.end) is None for s in note.personal)
    assert off / labels < 0.005


def test_twenty_thousand_notes_build_quickly() -> None:
    started = time.perf_counter()
    assert len(worldwide.notes(20000, 11)) == 20000
    assert time.perf_counter() - started < 10
