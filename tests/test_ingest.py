"""Ingest: every encoding, delimiter, quoting case, ragged row and text-only cell, read exactly."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.errors import InputError
from pipeline.ingest import open_source, parse_date, parse_money
from pipeline.ingest.profiles import choose_profile

PROFILES = load_settings().profiles
HEADER = ["claim_id", "surname", "phone", "order_ref", "notes"]
ROWS = [
    ["C-1", "NA", "07700 900123", "000123", "first line"],
    ["C-2", "None", "00447700900124", "0000", ""],
    ["C-3", "Wiśniewska", "+44 7700 900125", "12345678901", 'said "hi"'],
]


def _read(path: Path) -> list[list[str]]:
    source = open_source(path, PROFILES)
    return [row for chunk in source.chunks(2) for row in chunk.astype(str).values.tolist()]


def _csv(rows: list[list[str]], delimiter: str) -> str:
    def cell(value: str) -> str:
        if any(ch in value for ch in (delimiter, '"', "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(delimiter.join(cell(v) for v in row) + "\r\n" for row in rows)


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig"])
def test_every_delimiter_and_utf8_variant_reads_exact_text(
    tmp_path: Path, delimiter: str, encoding: str
) -> None:
    path = tmp_path / "claims.csv"
    path.write_bytes(_csv([HEADER, *ROWS], delimiter).encode(encoding))
    source = open_source(path, PROFILES)
    assert source.delimiter == delimiter
    assert source.encoding == encoding
    assert source.header == tuple(HEADER)
    assert _read(path) == ROWS


def test_windows_1252_is_decoded_strictly(tmp_path: Path) -> None:
    rows = [HEADER, ["C-9", "Müller", "07700 900126", "£45.99 café", "naïve – ok"]]
    path = tmp_path / "quidco.csv"
    path.write_bytes(_csv(rows, ";").encode("cp1252"))
    source = open_source(path, PROFILES)
    assert source.encoding == "cp1252"
    assert _read(path) == rows[1:]


def test_undecodable_bytes_name_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    # 0x81 is undefined in Windows-1252 and invalid as a UTF-8 start byte
    path.write_bytes(b"a,b\nok,fine\nx,\x81y\n")
    with pytest.raises(InputError) as caught:
        open_source(path, PROFILES)
    assert caught.value.line == 3
    assert caught.value.column == 3
    assert "line 3, column 3" in str(caught.value)


def test_quoted_cells_with_embedded_newlines_keep_their_lines(tmp_path: Path) -> None:
    rows = [
        ["id", "address", "postcode"],
        ["1", "Flat 2\n14 Mill Lane\nLeeds", "LS1 4AB"],
        ["2", "x", "y"],
    ]
    path = tmp_path / "k.tsv"
    path.write_text(_csv(rows, "\t"), encoding="utf-8", newline="")
    source = open_source(path, PROFILES)
    assert source.rows == 2
    assert list(source.row_lines) == [2, 5]
    assert _read(path) == rows[1:]


def test_ragged_row_reports_its_line(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text('a,b,c\n1,2,3\n"multi\nline",2,3\n4,5\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        open_source(path, PROFILES)
    assert caught.value.line == 5
    assert "2 fields, the header has 3" in caught.value.problem


def test_empty_file_and_missing_header_are_input_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        open_source(empty, PROFILES)
    duplicated = tmp_path / "dup.csv"
    duplicated.write_text("a,b,a\n1,2,3\n", encoding="utf-8")
    with pytest.raises(InputError, match="column 3"):
        open_source(duplicated, PROFILES)


def test_header_signature_chooses_profile_case_insensitively() -> None:
    awin = ["Enquiry_ID", "merchant_id", "type", "click_ref", "amount", "commission", "date",
            "customer_reference", "reference", "description"]  # fmt: skip
    chosen = choose_profile(awin, PROFILES)
    assert chosen is not None and chosen.name == "awin"
    assert choose_profile(["f1", "f2"], PROFILES) is None


def test_subfolder_names_the_profile_when_headers_fit() -> None:
    header = ["MID", "Order ID", "Order Date", "Order Amount", "Member ID", "Comments"]
    chosen = choose_profile(header, PROFILES, folder="rakuten")
    assert chosen is not None and chosen.name == "rakuten"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("£1,234.56", Decimal("1234.56")),
        ("1,234.56", Decimal("1234.56")),
        ("1234.56", Decimal("1234.56")),
        (" 45 ", Decimal("45")),
        ("", None),
        ("abc", None),
        ("NaN", None),
    ],
)
def test_money(text: str, expected: Decimal | None) -> None:
    assert parse_money(text) == expected


def test_dates_day_first() -> None:
    formats = ["%d/%m/%Y", "%Y-%m-%d", "%d-%b-%Y", "%Y-%m-%d %H:%M:%S"]
    assert str(parse_date("03/04/2026", formats)) == "2026-04-03"
    assert str(parse_date("2026-04-03", formats)) == "2026-04-03"
    assert str(parse_date("03-Apr-2026", formats)) == "2026-04-03"
    assert str(parse_date("2026-04-03 17:45:00", formats)) == "2026-04-03"
    assert parse_date("31/02/2026", formats) is None
