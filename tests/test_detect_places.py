"""Places stay in text, people named like places do not; odd spaces and written-out breaks.

Towns, villages and countries come from the GeoNames gazetteer (``make lexicon``); these
sentences are not from the training generator. Messages name the case, never the value.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from pipeline.config import DetectionConfig
from pipeline.detect import Detector, Span, load_detector
from pipeline.detect.patterns import detection_view
from pipeline.detect.places import place_ranges


def _texts(text: str, found: Sequence[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in found]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("collected from the Porthmadog branch", ["Porthmadog"]),
        ("click & collect, market harborough", ["market harborough"]),
        ("delivered to 4 Kiln Row, Bishop's Stortford", ["Bishop's Stortford"]),
        ("posted from Bury St. Edmunds", ["Bury St. Edmunds"]),
        ("sent from Stoke on Trent", ["Stoke on Trent"]),
        ("moved to Ghana last year", ["Ghana"]),
        ("we moved here from Spain", ["Spain"]),  # a country that is a surname: a place
        ("shipped from Wales, not Scotland", ["Wales", "Scotland"]),
        ("the Barry store", ["Barry"]),  # a name-like town, with a place word
        ("in Stanley", ["Stanley"]),
    ],
)
def test_places_are_found_with_their_written_variants(text: str, places: list[str]) -> None:
    assert _texts(text, place_ranges(text)) == places


@pytest.mark.parametrize(
    "text",
    ["Barry rang twice", "spoke to stanley", "barry says hi", "Hope you can help", "Jordan rang"],
)
def test_a_name_like_place_needs_a_place_context(text: str) -> None:
    assert place_ranges(text) == []


@pytest.mark.parametrize(
    "text",
    ["a\u00a0b", "RG10 \u00a02SH", "x\u2009y\u202fz", "line\\nnext", "tab\\tthen", "C:\\temp"],
)
def test_the_detection_view_keeps_every_offset(text: str) -> None:
    view = detection_view(text)
    assert len(view) == len(text)
    assert "\u00a0" not in view and "\\n" not in view


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("line\\n> 48 Ashby Drive", "line \n  48 Ashby Drive"),
        ("> quoted\n>> twice", "  quoted\n   twice"),
        ("a > b", "a > b"),
    ],
)
def test_the_detection_view_reads_written_breaks_and_quote_marks(text: str, read: str) -> None:
    assert detection_view(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "\uff41\uff52\uff4f\uff48\uff41\uff20\uff4d\uff41\uff49\uff4c\uff0e\uff43\uff4f\uff4d",
            "aroha@mail.com",
        ),
        ("\U0001d41a\U0001d42b\U0001d428 \ufe6b x", "aro @ x"),
        ("\uff10\uff17\uff17\uff10\uff10 900461", "07700 900461"),
        ("Pont-l\u2019\u00c9v\u00eaque", "Pont-l\u2019\u00c9v\u00eaque"),
    ],
)
def test_the_detection_view_reads_compatibility_forms_as_ascii(text: str, read: str) -> None:
    assert detection_view(text) == read


@pytest.fixture(scope="module")
def detector() -> Detector:
    return load_detector(DetectionConfig.model_validate({}))


def _found(detector: Detector, text: str) -> list[Span]:
    return detector.scan([text], [[]], [set()])[0]


def _covered(text: str, spans: Sequence[Span], value: str) -> bool:
    start = text.index(value)
    return any(s.start <= start and start + len(value) <= s.end for s in spans)


def _touched(text: str, spans: Sequence[Span], value: str) -> bool:
    start = text.index(value)
    return any(s.overlaps(start, start + len(value)) for s in spans)


@pytest.mark.model
@pytest.mark.parametrize(
    ("case", "text", "town"),
    [
        ("after click and collect", "click and collect, Chipping Norton", "Chipping Norton"),
        ("shop in a town", "picked up at the shop in Leighton Buzzard", "Leighton Buzzard"),
        ("branch", "the Enniskillen branch told me to claim", "Enniskillen"),
        ("address line's town", "sent to 14 Pwllheli Row, Hebden Bridge", "Hebden Bridge"),
        ("town line of a block", "Tama Rewi\n9 Kowhai Lane\nLlandudno\nLL30 2XY", "Llandudno"),
        ("town after a house name", "Apartment 12, The Maltings, Ely", "Ely"),
        ("town after a written-out break", "9 Kowhai Lane\\nMilton Keynes", "Milton Keynes"),
    ],
)
def test_towns_in_notes_stay_intact(detector: Detector, case: str, text: str, town: str) -> None:
    assert not _touched(text, _found(detector, text), town), case


@pytest.mark.model
@pytest.mark.parametrize(
    ("case", "text", "values"),
    [
        ("surname that is a town", "order placed by Tenzin Preston", ["Tenzin Preston"]),
        ("surname that is a country", "order placed by Tāne Wales", ["Tāne Wales"]),
        ("street named after a town", "sent to 14 Whitby Road please", ["14 Whitby Road"]),
        ("name-like town as a person", "Barry says it never tracked", ["Barry"]),
        ("postcode with a no-break space", "moved to KW15 \u00a01NX", ["KW15 \u00a01NX"]),
        ("phone after a written-out break", "Tama\\n07700 900461 mobile", ["07700 900461"]),
    ],
)
def test_people_and_addresses_beside_places_are_still_found(
    detector: Detector, case: str, text: str, values: list[str]
) -> None:
    spans = _found(detector, text)
    assert all(_covered(text, spans, v) for v in values), case


def test_occasions_are_found_whole_in_any_case_and_never_inside_a_word() -> None:
    from pipeline.detect.occasions import occasion_ranges

    text = "for Diwali, a ROSH HASHANAH gift, mothers day and St. Patrick's Day; not Holidays"
    found = [text[s:e] for s, e in occasion_ranges(text)]
    assert found == ["Diwali", "ROSH HASHANAH", "mothers day", "St. Patrick's Day"]
    assert occasion_ranges("Diwaliwala and Eastern Rail") == []


def test_le_between_spaced_words_is_a_place_only_when_the_gazetteer_knows_it() -> None:
    from pipeline.detect.guards import place_ranges

    text = "Pania le Roux moved from Poulton le Fylde to Chester-le-Street"
    assert [text[s:e] for s, e in place_ranges(text)] == ["Poulton le Fylde", "Chester-le-Street"]
