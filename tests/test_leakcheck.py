"""The residual-leak check searches only what the pipeline wrote; the report is always written."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

from pipeline.report import load_report, write_report
from pipeline.report.leakcheck import REDACTED, find_leaks, redact_fields
from tests.test_report import sample_result

TOWNS = ["Newcastle upon Tyne", "Stratford-upon-Avon", "Ashby de la Zouch", "Leeds"]
MERCHANTS = ["Karen Millen", "Kurt Geiger", "John Lewis", "Ted Baker"]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_the_reports_own_wording_is_not_searched(tmp_path: Path) -> None:
    # "Wall" is a customer's surname; the report template says "Wall-clock seconds".
    originals = [("NAME", "Wall"), ("NAME", "Batch"), ("NAME", "Residual")]
    json_path, html_path = write_report(sample_result(), tmp_path, originals=originals)
    assert "Wall-clock" in html_path.read_text(encoding="utf-8")
    report = load_report(json_path)
    assert report["leak_check"]["report_fields_redacted"] == []
    assert json_path.parent == tmp_path and html_path.exists()


def test_a_report_field_with_a_hit_is_redacted_and_the_report_still_written(
    tmp_path: Path,
) -> None:
    email = "ngozi.okafor@example.com"
    result = sample_result()
    tcb = replace(
        result.files[0],
        name="claims for Zebedee Quartermaine.csv",
        unmatched_for_review=(email, "TCB-C-100417"),
    )
    result = replace(result, files=(tcb, *result.files[1:]))
    originals = [("EMAIL", email), ("NAME", "Zebedee Quartermaine")]
    json_path, html_path = write_report(result, tmp_path, originals=originals)
    for path in (json_path, html_path):
        text = path.read_text(encoding="utf-8")
        assert email not in text and "Quartermaine" not in text
    report = load_report(json_path)
    assert report["files"][0]["name"] == REDACTED
    assert report["files"][0]["review_claims"] == [REDACTED, "TCB-C-100417"]
    assert sorted(report["leak_check"]["report_fields_redacted"]) == [
        "files[0].name",
        "files[0].review_claims[0]",
    ]
    assert report["files"][1]["name"] == "awin-enquiries.csv"  # other fields untouched


def test_redact_fields_names_the_field_never_the_value() -> None:
    report = {"files": [{"name": "a.csv", "reason": "row of Sam Oduya"}], "n": 3}
    redacted, check = redact_fields(report, [("NAME", "Sam Oduya")])
    assert redacted == {"files": [{"name": "a.csv", "reason": REDACTED}], "n": 3}
    assert check.hits == (("report", "files[0].reason", "NAME"),)
    assert "Oduya" not in json.dumps(check.hits)
    same, clean = redact_fields(report, [("NAME", "Wall")])
    assert same is report and clean.passed


def test_three_word_towns_are_not_hits(tmp_path: Path) -> None:
    out = _csv(
        tmp_path / "r.csv",
        [["notes"], ["Moved to Newcastle upon Tyne last year"], ["posted from Ashby de la Zouch"]],
    )
    names = [("NAME", "Tyne"), ("NAME", "Zouch"), ("ADDRESS", "Newcastle upon Tyne")]
    assert find_leaks(names, [out], public=TOWNS, places=TOWNS).passed
    # a town searched as an address value is a place, not a person: not searched at all
    assert find_leaks([("ADDRESS", "Newcastle upon Tyne")], [out], places=TOWNS).values_checked == 0
    # without the town list the surname is a hit
    assert find_leaks(names[:1], [out]).hits == ((str(out), "notes", "NAME"),)


def test_a_surname_inside_a_merchant_is_not_a_hit_but_alone_it_is(tmp_path: Path) -> None:
    out = _csv(
        tmp_path / "r.csv",
        [["notes"], ["bought a coat at Karen Millen"], ["boots from KURT GEIGER, not tracked"]],
    )
    names = [("NAME", "Millen"), ("NAME", "Geiger")]
    assert find_leaks(names, [out], public=MERCHANTS).passed
    leaked = _csv(tmp_path / "s.csv", [["notes"], ["Mrs Millen rang about Karen Millen"]])
    assert find_leaks(names, [leaked], public=MERCHANTS).hits == ((str(leaked), "notes", "NAME"),)


def test_a_public_phrase_equal_to_the_value_excuses_nothing(tmp_path: Path) -> None:
    # A person's name that sits in the merchant list is still a person's name in free text.
    out = _csv(tmp_path / "r.csv", [["notes"], ["from Jane Smith"]])
    assert not find_leaks([("NAME", "Jane Smith")], [out], public=["Jane Smith"]).passed


def test_must_keep_columns_copied_unchanged_are_not_hits(tmp_path: Path) -> None:
    out = _csv(
        tmp_path / "r.csv",
        [
            ["claim_id", "Retailer", "voucher_code", "notes"],
            ["C1", "Karen Millen", "STACEY10", "NAME_1_ABCDEFGHIJKLMNOPQRSTUVWXYZ said hi"],
        ],
    )
    # the free-text scan took the voucher code for a name; the voucher column is the input's
    originals = [("NAME", "STACEY10"), ("NAME", "Karen Millen")]
    copied = {str(out): {"claim_id", "Retailer", "voucher_code"}}
    check = find_leaks(originals, [out], copied=copied)
    assert check.passed and check.values_checked == 2
    # the same value in a cell the pipeline wrote is a hit
    again = _csv(tmp_path / "s.csv", [["voucher_code", "notes"], ["STACEY10", "use STACEY10"]])
    hits = find_leaks(originals, [again], copied={str(again): {"voucher_code"}}).hits
    assert hits == ((str(again), "notes", "NAME"),)
    # and without copied columns named, the must-keep column is searched too
    assert not find_leaks(originals, [out]).passed


def test_held_back_file_says_what_to_do_next(tmp_path: Path) -> None:
    result = sample_result()
    held = replace(result.files[0], status="leak", reason="residual-leak check found 1 hit(s)")
    json_path, html_path = write_report(replace(result, files=(held, *result.files[1:])), tmp_path)
    report = load_report(json_path)
    step = report["files"][0]["next_step"]
    assert "quarantine/outputs" in step and "inbox" in step
    assert report["files"][1]["next_step"] == ""
    assert "Next step:" in html_path.read_text(encoding="utf-8")


def test_a_word_name_opening_a_sentence_is_not_a_hit_but_mid_sentence_it_is(
    tmp_path: Path,
) -> None:
    # As the detector's lists read them: "Will it track?" is a question, "ask Will" a person.
    out = _csv(
        tmp_path / "r.csv",
        [["notes"], ["Will it track if I used a voucher?"], ["ok. Rose gold watch, not tracked"]],
    )
    names = [("NAME", "Will"), ("NAME", "Rose")]
    assert find_leaks(names, [out], word_names={"will", "rose"}).passed
    assert not find_leaks(names, [out]).passed  # without the word-name list both are hits
    leaked = _csv(tmp_path / "s.csv", [["notes"], ["please ask Will about it"]])
    found = find_leaks(names, [leaked], word_names={"will", "rose"})
    assert found.hits == ((str(leaked), "notes", "NAME"),)
    shouted = _csv(tmp_path / "t.csv", [["notes"], ["they WILL chase it"]])
    assert find_leaks(names, [shouted], word_names={"will", "rose"}).passed


def test_a_name_inside_a_gazetteer_town_is_not_a_hit(tmp_path: Path) -> None:
    from pipeline.runner.gate import PUBLIC

    out = _csv(tmp_path / "r.csv", [["notes"], ["Bishop's Stortford branch, order 12"]])
    assert find_leaks([("NAME", "Bishop")], [out], public=PUBLIC).passed
    assert not find_leaks([("NAME", "Bishop")], [out]).passed


def test_a_town_cell_is_not_searched_but_a_name_like_town_is(tmp_path: Path) -> None:
    from pipeline.runner.gate import PLACES

    out = _csv(tmp_path / "r.csv", [["notes"], ["the Royal Wootton Bassett branch said no"]])
    town = [("ADDRESS", "Royal Wootton Bassett")]
    assert find_leaks(town, [out], places=PLACES).values_checked == 0
    assert "jordan" not in PLACES  # a place people are named after is searched as a name


def test_a_name_naming_the_product_after_it_is_not_a_hit_but_alone_it_is(tmp_path: Path) -> None:
    nouns = ["dress", "mug", "trainers"]
    out = _csv(tmp_path / "r.csv", [["notes"], ["the Marisol dress and a Marisol Bloom mug"]])
    assert find_leaks([("NAME", "Marisol")], [out], nouns=nouns).passed
    leaked = _csv(tmp_path / "s.csv", [["notes"], ["Marisol rang about the dress"]])
    assert not find_leaks([("NAME", "Marisol")], [leaked], nouns=nouns).passed
    whole = _csv(tmp_path / "t.csv", [["notes"], ["for Marisol Okoro dress order"]])
    assert not find_leaks([("NAME", "Marisol Okoro")], [whole], nouns=nouns).passed


def test_a_noun_opening_a_name_or_after_a_title_names_no_product(tmp_path: Path) -> None:
    out = _csv(tmp_path / "r.csv", [["notes"], ["Dear Dr Mac Tavish, thank you"]])
    assert not find_leaks([("NAME", "Dear")], [out], nouns=["mac"]).passed


def test_a_number_inside_a_longer_number_is_not_a_hit(tmp_path: Path) -> None:
    out = _csv(tmp_path / "r.csv", [["claimed_value", "notes"], ["2019.69", "order 0.2019"]])
    assert find_leaks([("MEMBER", "2019")], [out]).passed
    alone = _csv(tmp_path / "s.csv", [["notes"], ["member 2019 rang"]])
    assert not find_leaks([("MEMBER", "2019")], [alone]).passed


def test_a_one_word_address_is_searched_as_written_capitalised(tmp_path: Path) -> None:
    out = _csv(tmp_path / "r.csv", [["notes"], ["summer sale order"]])
    assert find_leaks([("ADDRESS", "Sale")], [out]).passed
    town = _csv(tmp_path / "s.csv", [["notes"], ["she lives in Sale now"]])
    assert not find_leaks([("ADDRESS", "Sale")], [town]).passed


def test_a_month_beside_a_number_is_a_date_not_a_name(tmp_path: Path) -> None:
    out = _csv(tmp_path / "r.csv", [["notes"], ["paid on 23 June, refunded 10-June-2026"]])
    assert find_leaks([("NAME", "June")], [out]).passed
    named = _csv(tmp_path / "s.csv", [["notes"], ["ask June about it"]])
    assert not find_leaks([("NAME", "June")], [named]).passed


def test_a_merchant_glued_to_han_or_kana_is_still_public(tmp_path: Path) -> None:
    # As the detector reads word edges: letters of unspaced scripts end a word.
    out = _csv(tmp_path / "r.csv", [["notes"], ["Ted Bakerの注文が反映されていません"]])
    assert find_leaks([("NAME", "Baker")], [out], public=MERCHANTS).passed
    leaked = _csv(tmp_path / "s.csv", [["notes"], ["我是Odile Baker。订单没有返现"]])
    assert not find_leaks([("NAME", "Odile Baker")], [leaked], public=MERCHANTS).passed


def test_a_word_name_is_searched_neither_in_capitals_nor_in_lower_case(tmp_path: Path) -> None:
    out = _csv(tmp_path / "r.csv", [["notes"], ["they will chase it, WILL DO"]])
    assert find_leaks([("NAME", "will")], [out], word_names={"will"}).passed
    named = _csv(tmp_path / "s.csv", [["notes"], ["please ask Will about it"]])
    assert not find_leaks([("NAME", "will")], [named], word_names={"will"}).passed


def test_a_town_is_known_whatever_its_accents(tmp_path: Path) -> None:
    from pipeline.runner.gate import PLACES

    out = _csv(tmp_path / "r.csv", [["notes"], ["the Baile an Mhuilinn branch"]])
    assert "baile an mhuilinn" in PLACES
    town = [("ADDRESS", "Baile an Mhuilínn")]
    assert find_leaks(town, [out], places=PLACES).values_checked == 0
