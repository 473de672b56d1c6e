"""The batch-wide deny-list: every personal value of the batch found in every note.

Values are synthetic; messages name kinds and cases, never a value.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pipeline.config import Settings
from pipeline.detect import BatchValues
from pipeline.detect.engine import _not_products_or_occasions, _RowLists
from pipeline.detect.patterns import fold
from pipeline.detect.rowlists import allowed_ranges, drop_allowed
from pipeline.runner import run_batch
from tests.stubs import DenyListScanner


def test_values_of_other_rows_are_found_in_any_form() -> None:
    batch = BatchValues(
        [
            ("NAME", "Kalolaine Havili"),
            ("EMAIL", "k.havili@example.org"),
            ("PHONE", "07700 900 318"),
            ("POSTCODE", "TR1 2QE"),
            ("ADDRESS", "7 Pohutukawa Close"),
        ]
    )
    text = "sister HAVILI used K.Havili@Example.org, +44 7700 900318, tr12qe, 7 pohutukawa cl."
    found = {(s.kind, s.source) for s in batch.find(text)}
    assert found == {
        ("NAME", "batch"),
        ("EMAIL", "batch"),
        ("PHONE", "batch"),
        ("POSTCODE", "batch"),
        ("ADDRESS", "batch"),
    }


def test_nothing_found_in_a_note_without_batch_values() -> None:
    batch = BatchValues([("NAME", "Kalolaine Havili"), ("PHONE", "07700900318")])
    assert batch.find("please chase the Havelock order 07700900319") == []
    assert len(batch) == 2


def test_batch_refs_are_kept_wherever_they_appear() -> None:
    batch = BatchValues()
    batch.keep(["07229458271", "CLM-884213", ""])
    text = "I also ordered 07229458271, see CLM-884213"
    assert [text[s:e] for s, e in batch.kept_ranges(text)] == ["07229458271", "clm-884213".upper()]


def _write(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue().encode("utf-8"))


HEADER = ["Claim Reference", "Member ID", "Member Name", "Email Address", "Phone", "Address",
          "Postcode", "Retailer", "Order Number", "Transaction Date", "Order Total",
          "Expected Cashback", "Date Claimed", "Member Comments"]  # fmt: skip
ORDERS = [
    ["order_ref", "order_date", "customer_name", "customer_email", "postcode", "order_value",
     "currency", "status", "tracked_publisher_id", "voucher_code"],
    ["55501234", "2026-11-03", "Kalolaine Havili", "k.havili@example.org", "TR1 2QE", "40.00",
     "GBP", "completed", "", ""],
]  # fmt: skip
CLAIM = ["TCB-0901", "M09901", "Sefo Tuilagi", "sefo.t@example.com", "07700 900511",
         "3 Rata Road\nTruro", "TR2 5XX", "Boots", "55501234", "03/11/2026", "£40.00", "2.00",
         "10/11/2026", "order was by my partner Havili, her mail is k.havili@example.org"]  # fmt: skip


def test_a_value_known_only_from_the_order_export_is_redacted_in_notes(
    settings: Settings,
) -> None:
    data = settings.data_dir
    _write(data / "inbox" / "tcb.csv", [HEADER, CLAIM])
    _write(data / "orders" / "orders.csv", ORDERS)
    result = run_batch(settings, scanner=DenyListScanner())
    assert result.leak_check is not None and result.leak_check.passed
    text = (data / "out" / "redacted" / "tcb.redacted.csv").read_text(encoding="utf-8")
    assert "Havili" not in text and "havili@" not in text, "an order export's value in a note"
    assert "55501234" in text, "the order ref was changed"


def test_another_rows_email_in_a_note_is_redacted(settings: Settings) -> None:
    other = [*CLAIM[:2], "Lupe Fonoti", "lupe.f@example.net", *CLAIM[4:]]
    other[0], other[13] = "TCB-0902", "my cousin sefo.t@example.com claimed too"
    data = settings.data_dir
    _write(data / "inbox" / "tcb.csv", [HEADER, CLAIM, other])
    result = run_batch(settings, scanner=DenyListScanner())
    assert [f.status for f in result.files] == ["processed"]
    text = (data / "out" / "redacted" / "tcb.redacted.csv").read_text(encoding="utf-8")
    assert "sefo.t@" not in text, "another row's e-mail left in a note"


def test_a_surname_inside_a_compound_place_stays_and_alone_is_found() -> None:
    batch = BatchValues()
    batch.add("NAME", "Amy Tyne")
    for text, kept in (("moved to Newcastle upon Tyne", True), ("Mrs Tyne rang", False),
                       ("near Stratford-upon-Avon", True)):  # fmt: skip
        found = drop_allowed(batch.find(text), allowed_ranges(text, ()))
        assert (found == []) is kept, text


def test_a_batch_first_name_naming_a_product_or_an_occasion_stays() -> None:
    batch = BatchValues([("NAME", "Marisol"), ("NAME", "Noelani Kekumu"), ("NAME", "Halloween")])
    for text, kept in (("the Marisol dress never tracked", True),
                       ("NAME: MARISOL DAY", False),  # a surname, not an occasion
                       ("a Marisol Bloom mug for her", True),
                       ("costume for Halloween, order 4471", True),
                       ("Marisol rang twice", False),
                       ("Noelani Kekumu dress order", False)):  # fmt: skip
        found, _ = _not_products_or_occasions(text, fold(text), batch.find(text))
        assert (found == []) is kept, text


def test_a_batch_name_before_a_noun_is_taken_when_the_words_between_are_taken() -> None:
    # "LEUNG Chun Kit": "Kit" names no product when the given names go; the residual-leak
    # check reads the output, where no noun is left after the surname.
    batch = BatchValues([("NAME", "Leung"), ("NAME", "Chun Kit"), ("NAME", "Marisol")])
    text = "pas. LEUNG Chun Kit, et the Marisol dress"
    row = _RowLists.of(text, [], set(), batch)
    assert row is not None
    found = row.settle([])
    assert {"LEUNG", "Chun Kit"} <= {text[s.start : s.end] for s in found}
    assert "Marisol" not in {text[s.start : s.end] for s in found}


def test_a_house_number_alone_is_not_searched_but_with_its_street_it_is() -> None:
    batch = BatchValues([("ADDRESS", "12"), ("ADDRESS", "12, Kōwhai Lane, Truro")])
    assert batch.find("paid £12 on 12/10, order 5512") == []
    text = "it went to 12 kowhai lane instead"
    assert "12 kowhai lane" in [text[s.start : s.end] for s in batch.find(text)]


def test_a_house_name_that_is_the_whole_cell_is_found_alone_but_a_town_is_not() -> None:
    batch = BatchValues(
        [("ADDRESS", "Kōwhai Rise Farm"), ("ADDRESS", "Tūī Nest"), ("ADDRESS", "Leeds")]
    )
    text = "not the Tui Nest one on her account, she moved from Leeds"
    assert [text[s.start : s.end] for s in batch.find(text)] == ["Tui Nest"]
