"""Tokens: format, stability across runs and files, key dependence, normalisation variants."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from pipeline.pseudonymise import TOKEN_RE, Tokeniser, normalise, replace_spans

KEY = b"k" * 32
OTHER_KEY = b"o" * 32
KINDS = ("NAME", "EMAIL", "PHONE", "ADDRESS", "POSTCODE", "MEMBER")
values = st.text(min_size=1, max_size=40).filter(lambda s: normalise("NAME", s) != "")


def test_token_format_matches_design() -> None:
    token = Tokeniser(KEY, 1).token("EMAIL", "jane.doe@example.com")
    assert re.fullmatch(r"EMAIL_1_[A-Z2-7]{26}", token)
    assert TOKEN_RE.fullmatch(token)
    assert token[0] not in "=+-@"


@given(kind=st.sampled_from(KINDS), value=values)
def test_same_value_same_token_in_fresh_tokenisers(kind: str, value: str) -> None:
    # a new Tokeniser stands for another run or another file
    assert Tokeniser(KEY, 1).token(kind, value) == Tokeniser(KEY, 1).token(kind, value)


@given(kind=st.sampled_from(KINDS), value=values)
def test_other_key_gives_other_token(kind: str, value: str) -> None:
    assert Tokeniser(KEY, 1).token(kind, value) != Tokeniser(OTHER_KEY, 1).token(kind, value)


@given(value=values)
def test_kind_is_part_of_the_token(value: str) -> None:
    tokens = Tokeniser(KEY, 1)
    assert tokens.token("NAME", value).split("_")[2] != tokens.token("ADDRESS", value).split("_")[2]


def test_normalisation_variants_share_one_token() -> None:
    tokens = Tokeniser(KEY, 1)
    variants = {
        "EMAIL": [" Jane.Doe@Example.COM ", "jane.doe@example.com", "JANE.DOE@EXAMPLE.COM"],
        "POSTCODE": ["ls14ab", "LS1 4AB", " ls1  4ab "],
        "PHONE": [
            "07700 900123",
            "+44 7700 900123",
            "0044 7700 900123",
            "(07700) 900-123",
            "+447700900123",
        ],
        "NAME": ["Aleksandra  Wiśniewska", "aleksandra wiśniewska", "ALEKSANDRA WIŚNIEWSKA"],
        "ADDRESS": ["12 Acacia Avenue", " 12  acacia avenue"],
    }
    for kind, forms in variants.items():
        assert len({tokens.token(kind, form) for form in forms}) == 1, kind


def test_nfkc_folds_compatibility_forms() -> None:
    tokens = Tokeniser(KEY, 1)
    assert tokens.token("NAME", "ｊａｎｅ") == tokens.token("NAME", "jane")


def test_empty_values_stay_empty() -> None:
    assert Tokeniser(KEY, 1).token("NAME", "   ") == ""


def test_replace_spans_keeps_everything_else() -> None:
    tokens = Tokeniser(KEY, 1)
    text = "call me on 07700 900123 please"
    new, replaced = replace_spans(text, [(11, 23, "PHONE")], tokens)
    assert new == f"call me on {tokens.token('PHONE', '07700 900123')} please"
    assert replaced == [(tokens.token("PHONE", "07700 900123"), "PHONE", "07700 900123")]


@given(st.text(max_size=60), st.data())
def test_replace_spans_never_leaves_the_span_text(text: str, data: st.DataObject) -> None:
    if not text.strip():
        return
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    new, replaced = replace_spans(text, [(start, end, "NAME")], Tokeniser(KEY, 1))
    if replaced:
        token = replaced[0][0]
        assert new == text[:start] + token + text[end:]
