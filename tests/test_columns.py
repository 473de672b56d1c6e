"""Column classification by header and content together, and splitting mixed cells."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.config import DetectionConfig
from pipeline.detect.columns import (
    CONTACT,
    cell_parts,
    classify_column,
    header_kind,
    header_words,
)
from pipeline.detect.keep import (
    claim_id_column,
    holds_phones,
    keep_cell_kind,
    order_ref_columns,
    real_merchants,
    value_key,
)

CFG = DetectionConfig.model_validate({})


def _parts(value: str, kind: str) -> list[tuple[str, str]] | None:
    found = cell_parts(value, kind)
    return None if found is None else [(value[start:end], k) for start, end, k in found]


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("House & Street", "ADDRESS"),
        ("house_street", "ADDRESS"),
        ("TOWN", "ADDRESS"),
        ("Town/City", "ADDRESS"),
        ("Contact", CONTACT),
        ("contact details", CONTACT),
        ("Tel.", "PHONE"),
        ("Mobile No", "PHONE"),
        ("E-Mail", "EMAIL"),
        ("eMail", "EMAIL"),
        ("Email Address", "EMAIL"),
        ("Name", "NAME"),
        ("CustomerName", "NAME"),
        ("Member", "MEMBER"),
        ("Membership No.", "MEMBER"),
        ("Post Code", "POSTCODE"),
        ("claimant", "NAME"),
        # business fields and free text are never personal by header
        ("Merchant Name", None),
        ("Retailer", None),
        ("Order Ref", None),
        ("Contact Date", None),
        ("Campaign name", None),
        ("Contact notes", None),
        ("f1", None),
    ],
)
def test_header_names_the_kind_in_any_casing(header: str, kind: str | None) -> None:
    assert header_kind(header) == kind


@pytest.mark.parametrize(
    ("header", "words"),
    [
        ("Mitgliedsnummer", " member number "),
        ("Kd.-Nr.", " customer number "),
        ("Medlemsnummer", " member number "),
        ("huisnr", " house number "),
        ("Telefonnummer", " telephone "),
        ("Straße", " street "),
        ("customerid", " customer id "),
        ("Shopper Forenames", " shopper forename "),
        ("Händlername", " merchant name "),
        ("Bestelnummer", " order number "),
        ("Etunimi", " first name "),
        ("Codice cliente", " code customer "),
        ("Goodwill", " goodwill "),  # no known parts: as it is
        ("ADDR2", " addr 2 "),
        ("Desc", " description "),
        ("Comm", " comm "),  # comment or commission: as it is
        ("Adresszeile 1", " address line 1 "),
    ],
)
def test_compound_and_inflected_headers_are_read_as_their_parts(header: str, words: str) -> None:
    assert header_words(header) == words


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("Voorletters", "NAME"),
        ("Initials", "NAME"),
        ("Known As", "NAME"),
        ("Sukunimi", "NAME"),
        ("Sähköposti", "EMAIL"),
        ("E-Post", "EMAIL"),
        ("Puhelin", "PHONE"),
        ("Vast nummer", "PHONE"),
        ("Postnummer", "POSTCODE"),
        ("CAP", "POSTCODE"),
        ("Lidnummer", "MEMBER"),
        ("MEMB NO", "MEMBER"),
        ("Addr1", "ADDRESS"),
        ("Firmenname", None),
        ("Business name", None),
        ("Produktname", None),
        ("Anrede", None),
    ],
)
def test_headers_of_other_languages_name_their_kind(header: str, kind: str | None) -> None:
    assert header_kind(header) == kind


def test_a_customer_number_header_of_another_language_makes_ids_member_ids() -> None:
    cfg = DetectionConfig.model_validate({})
    ids = [f"{4412000 + i * 37}" for i in range(40)]
    for header in ("Kunden-Nr.", "Numer klienta", "Kundnummer", "Numero tessera"):
        assert classify_column(header, ids, cfg).kind == "MEMBER", header


def test_header_beats_content_share() -> None:
    # Only 1 in 5 cells looks like a street line: the header still makes the column ADDRESS.
    streets = ["147 Sam Plain", "80 Carly Light", "Flat 2", "Rose Cottage", "12 Moor Lane"]
    values = [v if i % 5 == 4 else f"{streets[i % 4]} {i}" for i, v in enumerate(streets * 20)]
    plan = classify_column("House & Street", values, CFG)
    assert plan.kind == "ADDRESS"
    assert plan.confidence == 1.0
    assert not any(v in plan.reason for v in values)
    # with a cryptic header the same cells are not read as addresses
    assert classify_column("f7", values, CFG).kind != "ADDRESS"


def test_header_kind_survives_an_empty_sample() -> None:
    assert classify_column("Tel.", [], CFG).kind == "PHONE"
    assert classify_column("notes", [], CFG).kind is None


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        (["gallet.franck@outlook.com", "Sepp <sepp.h@gmx.de>", "jo@example.org"] * 5, "EMAIL"),
        (["07116.853989", "+49 (0)711 6853989", "07700 900 123, a@b.de"] * 5, "PHONE"),
        (["Sepp", "Aoife Ní Bhriain", "mehmet yılmaz"] * 5, "NAME"),
    ],
)
def test_contact_column_takes_the_kind_its_content_shows(values: list[str], kind: str) -> None:
    plan = classify_column("Contact", values, CFG)
    assert plan.kind == kind
    assert not any(v in plan.reason for v in values)


def test_dotted_and_spaced_phones_are_phones() -> None:
    values = ["07116.853989", "0711 685 3989", "07700-900-123", "+44 7700 900123"] * 5
    assert classify_column("f3", values, CFG).kind == "PHONE"


@pytest.mark.parametrize(
    ("value", "kind", "parts"),
    [
        (
            "07116.853989, gallet.franck@outlook.com",
            "EMAIL",
            [("07116.853989", "PHONE"), ("gallet.franck@outlook.com", "EMAIL")],
        ),
        ("Sepp <sepp.h@gmx.de>", "EMAIL", [("Sepp", "NAME"), ("sepp.h@gmx.de", "EMAIL")]),
        ("Sepp <sepp.h@gmx.de>", "NAME", [("Sepp", "NAME"), ("sepp.h@gmx.de", "EMAIL")]),
        (
            "Tel: 07700 900123 / E-mail: o.okafor@example.co.uk",
            "PHONE",
            [("07700 900123", "PHONE"), ("o.okafor@example.co.uk", "EMAIL")],
        ),
        (
            "Karin Ödegaard - 0711 6853989",
            "NAME",
            [("Karin Ödegaard", "NAME"), ("0711 6853989", "PHONE")],
        ),
        ("1 Mill Row, Leeds; wei.chen@example.com", "ADDRESS",
         [("1 Mill Row, Leeds", "ADDRESS"), ("wei.chen@example.com", "EMAIL")]),
        ("wei.chen@example.com", "ADDRESS", [("wei.chen@example.com", "EMAIL")]),
    ],
)  # fmt: skip
def test_mixed_cells_are_split_into_every_part(
    value: str, kind: str, parts: list[tuple[str, str]]
) -> None:
    assert _parts(value, kind) == parts


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("gallet.franck@outlook.com", "EMAIL"),
        ("07116.853989", "PHONE"),
        (" +49 (0)711 6853989 ", "PHONE"),
        ("Sepp", "NAME"),
        ("147 Sam Plain, Leeds LS1 4AB", "ADDRESS"),
    ],
)
def test_a_cell_of_one_value_is_replaced_whole(value: str, kind: str) -> None:
    assert cell_parts(value, kind) is None


def test_header_beats_content_in_a_whole_sample() -> None:
    from pipeline.detect import classify_columns

    frame = pd.DataFrame(
        {
            "House & Street": ["147 Sam Plain", "Ivy House", "Flat 3", "the old mill", "8"] * 4,
            "Contact": ["07116.853989, gallet.franck@outlook.com", "Sepp <s@gmx.de>"] * 10,
            "Retailer": ["John Lewis", "Ted Baker", "Jo Malone", "Paul Smith"] * 5,
        }
    )
    plan = classify_columns(frame, {}, CFG)
    assert plan["House & Street"].kind == "ADDRESS"
    assert plan["Contact"].kind in ("EMAIL", "PHONE")
    assert plan["Retailer"].kind is None


KNOWN = {value_key(v): k for k, v in [
    ("NAME", "Jane Smith"), ("PHONE", "07700900123"), ("MEMBER", "12345678"),
    ("EMAIL", "o.okafor@example.co.uk"), ("NAME", "Ted Baker"),
]}  # fmt: skip


@pytest.mark.parametrize(
    ("value", "is_id", "kind"),
    [
        ("jane smith", False, "NAME"),  # a customer's name in the Retailer column
        ("o.okafor@example.co.uk", False, "EMAIL"),
        ("contact sam.lee@example.com", False, "EMAIL"),
        ("LS1 4AB", False, "POSTCODE"),  # a row shifted by one column
        ("07700 900 123", False, "PHONE"),
        ("sam.lee@example.com", True, "EMAIL"),  # an e-mail used as a claim id
        ("+44 7700 900123", True, None),  # an order ref written like a phone
        ("07123 456789", True, None),
        ("07700900123", True, "PHONE"),  # equal to a customer's phone of the batch
        # must-keep values that are not personal stay
        ("Karen Millen", False, None),
        ("2025-06-14 10:00:00", False, None),
        ("06/14/2025 9:05 AM", False, None),  # a date and time, never a phone
        ("14/06/2025, 9.05 pm", False, None),
        ("£1,234.56", False, None),
        ("CLM700000", True, None),
        ("07700900124", True, None),  # an order ref shaped like a phone
        ("0161-555-0123", True, None),
        ("12345678", True, None),  # equal to a member id: a coincidence of digits
        ("AB12CD", True, None),
        ("LS14AB", False, None),
    ],
)
def test_must_keep_cells_are_checked(value: str, is_id: bool, kind: str | None) -> None:
    assert keep_cell_kind(value, KNOWN, is_id=is_id) == kind


def test_an_id_column_of_phones_is_a_phone_column_mapped_as_the_order_ref() -> None:
    refs = ["07123 456789", "88231004", "ORD-55120", "91022 118273", "40018821", "77120031"]
    phones = ["07123 456789", "+44 7700 900123", "0161 555 0123", "07700900123"]
    assert not holds_phones(refs)
    assert holds_phones(phones)
    assert keep_cell_kind("+44 7700 900123", {}, is_id=True, id_phones=True) == "PHONE"
    assert keep_cell_kind("ORD-55120", {}, is_id=True, id_phones=True) is None


def test_real_merchants_are_seen_often_or_configured() -> None:
    counts = {"Boots": 40, "Jane Smith": 1, "John Lewis": 1, "Argos": 2}
    real = real_merchants(counts, ["Argos"], min_rows=3)
    assert real == {"Boots", "John Lewis", "Argos"}


def test_claim_id_column_of_an_unknown_layout_needs_header_and_content() -> None:
    frame = pd.DataFrame(
        {
            "Line": [str(i) for i in range(5)],
            "Claim No.": [f"CLM70000{i}" for i in range(5)],
            "Case Ref": ["C1", "C1", "C2", "C3", "C4"],  # repeats: not an id column
        }
    )
    assert claim_id_column(frame, list(frame.columns)) == "Claim No."
    assert claim_id_column(frame, ["Line", "Case Ref"]) is None
    words = pd.DataFrame({"Claim": ["please chase", "not tracked"]})
    assert claim_id_column(words, ["Claim"]) is None


def test_surname_first_names_are_names() -> None:
    surnames = ["OKAFOR", "NÍ BHRIAIN", "VENKATARAMAN", "XU", "HALVORSEN"]
    given = ["Ngozi", "Saoirse", "Ishaan", "Jiayi"]
    values = [f"{s}, {g}" for s in surnames for g in given]
    assert classify_column("f2", values, CFG).kind == "NAME"
    plan = classify_column("claimant", values, CFG)
    assert plan.kind == "NAME" and "100% of 20 sampled cells look like one" in plan.reason


def test_order_ref_columns_of_an_unknown_layout_are_named_by_their_header() -> None:
    headers = ["Merchant Order No", "Basket ID", "Shop Ref", "Loyalty No", "Scheme No.",
               "Order Total", "txn_reference", "Phone No"]  # fmt: skip
    assert order_ref_columns(headers) == ["Merchant Order No", "Basket ID", "Shop Ref",
                                          "txn_reference"]  # fmt: skip


@pytest.mark.parametrize(
    "value", ["3210 0948 9677 7024", "1175 0744 6173 6784", "4851 6250 3278 0742"]
)
def test_a_card_style_member_number_holds_no_phone(value: str) -> None:
    # a phone-shaped run of digit groups inside a longer number is part of that number
    assert cell_parts(value, "MEMBER") is None


def test_a_phone_beside_words_is_still_a_part() -> None:
    value = "Tel 07700 900123 or jo@example.com"
    assert [k for _, _, k in cell_parts(value, "PHONE") or []] == ["PHONE", "EMAIL"]
