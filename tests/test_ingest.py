"""Ingest: every encoding, delimiter, quoting case, ragged row and text-only cell, read exactly."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from pipeline.config import SourceProfile, load_settings
from pipeline.errors import InputError
from pipeline.ingest import cell_problem, open_source, parse_date, parse_money
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
    ("text", "separator", "expected"),
    [
        ("£1,234.56", ".", "1234.56"),
        ("1,234.56", ".", "1234.56"),
        ("1234.56", ".", "1234.56"),
        (" 45 ", ".", "45"),
        ("12.5", ".", "12.5"),
        ("1,234,567.89", ".", "1234567.89"),
        ("GBP 89.00", ".", "89.00"),
        ("89.00 GBP", ".", "89.00"),
        ("-50.00", ".", "-50.00"),
        ("-£50.00", ".", "-50.00"),
        ("£-50.00", ".", "-50.00"),
        ("0.00", ".", "0.00"),
        # decimal comma, thousands dot
        ("12,50", ",", "12.50"),
        ("1.234,56", ",", "1234.56"),
        ("€1.234.567,8", ",", "1234567.8"),
        ("1234,56 EUR", ",", "1234.56"),
        ("-0,50", ",", "-0.50"),
        # never guessed
        ("", ".", None),
        ("abc", ".", None),
        ("NaN", ".", None),
        ("Infinity", ".", None),
        ("1e3", ".", None),
        ("1E3", ",", None),
        ("(50.00)", ".", None),
        ("12,50", ".", None),  # a comma group of two digits: not a thousands separator
        ("1.234,56", ".", None),
        ("1,234.56", ",", None),
        ("1.234", ",", None),  # one group, no decimals: a thousand or one point two?
        ("1,234", ".", None),
        ("1.234", ".", None),  # three decimals: not money
        ("12.", ".", None),
        (".50", ".", None),
        ("+5.00", ".", None),
        ("--5.00", ".", None),
        ("-£-5.00", ".", None),
        ("1 234.56", ".", None),
        ("١٢٣.٤٥", ".", None),  # Arabic-Indic digits are not plain
        ("12.50.", ".", None),
    ],
)
def test_money(text: str, separator: Literal[".", ","], expected: str | None) -> None:
    assert parse_money(text, separator) == (None if expected is None else Decimal(expected))


def test_a_cell_problem_names_field_column_and_line_never_the_value() -> None:
    problem = cell_problem("order_value", ["Order Total"], 7)
    assert problem == "order_value (column 'Order Total', line 7)"


def test_a_profile_takes_a_decimal_separator_and_refuses_others() -> None:
    profile = SourceProfile(name="eu", decimal_separator=",")
    assert profile.decimal_separator == ","
    assert SourceProfile(name="uk").decimal_separator == "."
    with pytest.raises(ValidationError, match="decimal_separator"):
        SourceProfile.model_validate({"name": "x", "decimal_separator": "'"})


def test_dates_day_first() -> None:
    formats = ["%d/%m/%Y", "%Y-%m-%d", "%d-%b-%Y", "%Y-%m-%d %H:%M:%S"]
    assert str(parse_date("03/04/2026", formats)) == "2026-04-03"
    assert str(parse_date("2026-04-03", formats)) == "2026-04-03"
    assert str(parse_date("03-Apr-2026", formats)) == "2026-04-03"
    assert str(parse_date("2026-04-03 17:45:00", formats)) == "2026-04-03"
    assert parse_date("31/02/2026", formats) is None


# ---------------------------------------------------------------- hostile input, each beside a normal file

# planted personal values: none may appear in any error message
PLANTED = ("Siobhán Ó Briain", "olusegun adeyemi", "Nguyễn Thị Hoa", "John Lewis", "07700900461")
NORMAL = _csv(
    [["claim_id", "surname", "merchant", "order_ref", "notes"],
     ["C-100", "Ó Briain", "John Lewis", "07700900461", "called twice;\nstill waiting"],
     ["C-101", "adeyemi", "Ted Baker", "000123", "paid £45.99"]],
    ",",
)  # fmt: skip


def _beside(tmp_path: Path, name: str, data: bytes) -> tuple[Path, Path]:
    """A hostile file and a normal one in the same folder; the normal one must read exactly."""
    hostile = tmp_path / name
    hostile.write_bytes(data)
    normal = tmp_path / "normal.csv"
    normal.write_text(NORMAL, encoding="utf-8", newline="")
    return hostile, normal


def _assert_normal_reads(normal: Path) -> None:
    assert _read(normal)[0][1:4] == ["Ó Briain", "John Lewis", "07700900461"]
    assert open_source(normal, PROFILES).rows == 2


def _assert_clean(error: InputError) -> None:
    text = str(error)
    assert error.line is not None and error.column is not None, text
    for value in PLANTED:
        assert value not in text


def test_carriage_return_inside_a_quoted_cell_is_text(tmp_path: Path) -> None:
    data = b'claim_id,surname,notes\r\nC-1,Wi\xc5\x9bniewska,"rang\rtwice"\r\nC-2,Chen,ok\r\n'
    hostile, normal = _beside(tmp_path, "aa.csv", data)
    source = open_source(hostile, PROFILES)
    assert source.rows == 2
    assert _read(hostile) == [["C-1", "Wiśniewska", "rang\rtwice"], ["C-2", "Chen", "ok"]]
    _assert_normal_reads(normal)


def test_carriage_return_only_line_endings_parse(tmp_path: Path) -> None:
    rows = [["claim_id", "surname", "notes"], ["C-1", "Müller", "said\nhi"], ["C-2", "Ngata", "x"]]
    data = _csv(rows, ";").replace("\r\n", "\r").encode("cp1252")
    hostile, normal = _beside(tmp_path, "mac.csv", data)
    source = open_source(hostile, PROFILES)
    assert (source.encoding, source.delimiter, source.rows) == ("cp1252", ";", 2)
    assert _read(hostile) == rows[1:]
    assert list(source.row_lines) == [2, 4]
    _assert_normal_reads(normal)


@pytest.mark.parametrize(
    ("data", "line", "column"),
    [
        (b'claim_id,surname,notes\nC-1,"Siobh\xc3\xa1n \xc3\x93 Briain"x,n\n', 2, 2),
        (b'claim_id,surname,notes\nC-1,Chen,ok\nC-2,adeyemi,"olusegun adeyemi\nno end\n', 3, 3),
        (b'claim_id,surname\rC-0,Chen\rC-1,"John Lewis"x\rC-2,y\r', 3, 2),
    ],
    ids=["text-after-quote", "unterminated-quote", "cr-only-bad-quote"],
)
def test_malformed_quoting_names_line_and_column_never_the_value(
    tmp_path: Path, data: bytes, line: int, column: int
) -> None:
    hostile, normal = _beside(tmp_path, "bad.csv", data)
    with pytest.raises(InputError) as caught:
        open_source(hostile, PROFILES)
    _assert_clean(caught.value)
    assert (caught.value.line, caught.value.column) == (line, column)
    assert "malformed CSV" in caught.value.problem
    _assert_normal_reads(normal)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_byte_order_mark_are_decoded(tmp_path: Path, encoding: str) -> None:
    rows = [HEADER, ["C-1", "Nguyễn", "07700 900123", "000123", "tél. 2×"], *ROWS[1:]]
    text = _csv(rows, "\t")
    data = text.encode(encoding) if encoding != "utf-16-be" else b"\xfe\xff" + text.encode(encoding)
    hostile, normal = _beside(tmp_path, "excel.txt", data)
    source = open_source(hostile, PROFILES)
    assert source.delimiter == "\t"
    assert source.header == tuple(HEADER)
    assert _read(hostile) == rows[1:]
    _assert_normal_reads(normal)


def test_utf16_without_a_mark_or_cut_short_is_refused_with_the_true_reason(tmp_path: Path) -> None:
    text = _csv([HEADER, ROWS[0]], ",")
    hostile, normal = _beside(tmp_path, "nomark.csv", text.encode("utf-16-le"))
    with pytest.raises(InputError, match="UTF-16 or UTF-32 text without a byte-order mark"):
        open_source(hostile, PROFILES)
    cut = tmp_path / "cut.csv"
    cut.write_bytes(text.encode("utf-16")[:-1])  # an odd number of bytes: the last is half a char
    with pytest.raises(InputError, match="not valid UTF-16") as caught:
        open_source(cut, PROFILES)
    assert (caught.value.line, caught.value.column) == (3, 1)
    _assert_normal_reads(normal)


def test_byte_order_marks_and_nuls_are_removed_from_cells_and_header(tmp_path: Path) -> None:
    data = (
        "\ufeffclaim_id,sur\x00name,notes\n\ufeffC-1,Ó Bri\x00ain,ok\nC-2,\ufeffadeyemi,\x00\n"
    ).encode()
    hostile, normal = _beside(tmp_path, "marks.csv", data)
    source = open_source(hostile, PROFILES)
    assert source.header == ("claim_id", "surname", "notes")
    assert _read(hostile) == [["C-1", "Ó Briain", "ok"], ["C-2", "adeyemi", ""]]
    _assert_normal_reads(normal)


@pytest.mark.parametrize(
    "data",
    [b"surname\nChen\n   \nadeyemi\n\t\n", b"surname,notes\r\nChen,x\r\n \r\n\r\nadeyemi,y\r\n"],
    ids=["one-column", "two-columns"],
)
def test_whitespace_only_lines_are_counted_one_way(tmp_path: Path, data: bytes) -> None:
    hostile, normal = _beside(tmp_path, "blank.csv", data)
    source = open_source(hostile, PROFILES)
    chunked = sum(len(chunk) for chunk in source.chunks(1))
    assert source.rows == len(source.row_lines) == chunked == 2
    assert [row[0] for row in _read(hostile)] == ["Chen", "adeyemi"]
    _assert_normal_reads(normal)


def test_a_sniffer_csv_error_is_never_raised(tmp_path: Path) -> None:
    # a quote left open inside the sniffed sample made csv raise before the real parse
    big = b'a,b\n"' + b"x" * (70 * 1024) + b'",y\n1,2\n'
    hostile, normal = _beside(tmp_path, "long.csv", big)
    source = open_source(hostile, PROFILES)
    assert source.rows == 2
    _assert_normal_reads(normal)


_CSVISH = st.binary(max_size=200) | st.text(
    alphabet=st.sampled_from(list('ab,;\t|"\r\n \x00\ufeffé£')), max_size=120
).map(lambda t: t.encode(random_encoding(t)))


def random_encoding(text: str) -> str:
    return ("utf-8", "utf-8-sig", "utf-16", "cp1252")[len(text) % 4] if text.isascii() else "utf-8"


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=_CSVISH)
def test_any_bytes_read_or_raise_input_error_and_rows_add_up(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "any.csv"
    path.write_bytes(data)
    try:
        source = open_source(path, PROFILES)
    except InputError as error:
        assert error.path == str(path)
        return
    chunks = list(source.chunks(3))
    assert source.rows == len(source.row_lines) == sum(len(c) for c in chunks)
    for chunk in chunks:
        for row in chunk.itertuples(index=False):
            assert not any("\x00" in cell or "\ufeff" in cell for cell in row)
