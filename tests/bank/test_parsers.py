"""Statement files: 全銀 records, bank and card CSVs in every encoding, hostile files refused by line."""

from __future__ import annotations

from datetime import date

import pytest

from tests.bank.files import SBI_HEADER, csv_bytes, sbi_csv, zengin_notice, zengin_statement
from ushiro_desk.domain.bank.csvfile import ColumnMap, decode, parse_yen
from ushiro_desk.domain.bank.dates import parse_date, parse_wareki_yymmdd
from ushiro_desk.domain.bank.model import MAX_FILE_BYTES, StatementLine, balance_gaps
from ushiro_desk.domain.bank.statements import read_statement

TODAY = date(2026, 11, 30)
NOV = [
    (date(2026, 11, 2), 330_000, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ", ""),
    (date(2026, 11, 4), -1_980, "", "ｱﾏｿﾞﾝ"),
    (date(2026, 11, 10), 109_340, "ﾕ)ｱｵﾊﾞｼﾖｳｼﾞ", ""),
]


@pytest.mark.parametrize("newline", ["\r\n", "\n", ""])
def test_a_zengin_statement_is_read_with_half_width_kana_and_balances(newline: str) -> None:
    parsed = read_statement(zengin_statement(NOV, opening=1_000_000, newline=newline), today=TODAY)
    assert parsed.ok, parsed.problems
    assert parsed.format == "zengin"
    assert [(x.day, x.deposit, x.withdrawal, x.payer) for x in parsed.lines] == [
        (date(2026, 11, 2), 330_000, 0, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ"),
        (date(2026, 11, 4), 0, 1_980, ""),
        (date(2026, 11, 10), 109_340, 0, "ﾕ)ｱｵﾊﾞｼﾖｳｼﾞ"),
    ]
    assert parsed.lines[1].description == "ｱﾏｿﾞﾝ"
    assert [x.balance for x in parsed.lines] == [1_330_000, 1_328_020, 1_437_360]
    assert parsed.account.account_number == "1234567"
    assert parsed.account.holder == "ｺﾞﾄｳ ﾏｷ"


def test_a_transfer_notice_is_read() -> None:
    parsed = read_statement(zengin_notice([(date(2026, 11, 25), 54_670, "ｻｸﾗｺｳﾑﾃﾝ")]), today=TODAY)
    assert parsed.ok, parsed.problems
    assert parsed.format == "zengin-notice"
    assert [(x.day, x.deposit, x.payer) for x in parsed.lines] == [(date(2026, 11, 25), 54_670, "ｻｸﾗｺｳﾑﾃﾝ")]


def test_a_zengin_record_of_the_wrong_length_is_named() -> None:
    data = zengin_statement(NOV).split(b"\r\n")
    data[2] = data[2][:150]
    parsed = read_statement(b"\r\n".join(data), today=TODAY)
    assert not parsed.lines
    assert [(p.code, p.line) for p in parsed.problems] == [("zengin.length", 3)]


def test_zengin_totals_that_do_not_add_up_are_refused() -> None:
    records = zengin_statement(NOV).split(b"\r\n")
    trailer = bytearray(records[4])
    trailer[7:20] = b"0000000000001"
    records[4] = bytes(trailer)
    parsed = read_statement(b"\r\n".join(records), today=TODAY)
    assert [(p.code, p.line) for p in parsed.problems] == [("zengin.totals", 5)]


@pytest.mark.parametrize("encoding", ["cp932", "utf-8", "utf-8-sig"])
def test_a_bank_csv_in_each_encoding_gives_the_same_lines(encoding: str) -> None:
    rows = [(date(2026, 11, 2), 330_000, "振込 ｶ)ﾐﾅﾄｾｲｻｸｼﾖ"), (date(2026, 11, 4), -1_980, "デビット アマゾン")]
    parsed = read_statement(sbi_csv(rows, encoding=encoding), today=TODAY)
    assert parsed.ok, parsed.problems
    assert parsed.format == "sbi-netbank"
    assert parsed.encoding == encoding
    assert [(x.day, x.amount, x.description, x.balance) for x in parsed.lines] == [
        (date(2026, 11, 2), 330_000, "振込 ｶ)ﾐﾅﾄｾｲｻｸｼﾖ", 830_000),
        (date(2026, 11, 4), -1_980, "デビット アマゾン", 828_020),
    ]


def test_a_card_csv_counts_a_positive_amount_as_a_charge() -> None:
    data = csv_bytes([["利用日", "利用店名・商品名", "利用者", "支払方法", "利用金額", "支払月"],
                      ["2026/11/03", "AMAZON.CO.JP", "本人", "1回払い", "3,280", "12月"]], "utf-8-sig")
    parsed = read_statement(data, today=TODAY)
    assert parsed.ok, parsed.problems
    assert parsed.format == "rakuten-card"
    assert [(x.withdrawal, x.deposit) for x in parsed.lines] == [(3_280, 0)]


def test_any_other_csv_goes_through_the_header_words_or_a_mapping() -> None:
    guessed = csv_bytes([["取引日", "摘要", "お引出金額", "お預入金額", "差引残高"],
                         ["R8.11.30", "ﾌﾘｺﾐ ｻｸﾗｺｳﾑﾃﾝ", "", "54,670", "100,000"]])
    parsed = read_statement(guessed, today=TODAY)
    assert parsed.ok, parsed.problems
    assert [(x.day, x.deposit, x.balance) for x in parsed.lines] == [(date(2026, 11, 30), 54_670, 100_000)]
    no_header = csv_bytes([["令和8年11月30日", "ﾌﾘｺﾐ ｻｸﾗｺｳﾑﾃﾝ", "54670"]])
    mapping = ColumnMap(date=0, description=1, amount=2, skip_rows=0, amount_is_charge=False)
    parsed = read_statement(no_header, today=TODAY, mapping=mapping)
    assert parsed.ok, parsed.problems
    assert [(x.day, x.deposit) for x in parsed.lines] == [(date(2026, 11, 30), 54_670)]


@pytest.mark.parametrize(
    ("rows", "code", "line"),
    [
        ([SBI_HEADER, ["2026/11/02", "振込", "", "1,000", "1,000", ""], ["2026/13/02", "振込", "", "1", "1,001", ""]],
         "statement.date", 3),
        ([SBI_HEADER, ["2026/11/02", "振込", "", "1,0x0", "1,000", ""]], "statement.amount", 2),
        ([SBI_HEADER, ["2026/11/02", "=HYPERLINK(\"http://x\")", "", "1", "1", ""]], "statement.formula", 2),
        ([SBI_HEADER, ["2026/11/02", "@SUM(A1)", "", "1", "1", ""]], "statement.formula", 2),
        ([SBI_HEADER, ["2026/11/02", "振込"]], "statement.short_row", 2),
        ([["a", "b"], ["1", "2"]], "statement.columns_unknown", 1),
    ],
)
def test_a_row_that_does_not_parse_is_named_and_no_line_comes_back(rows: list[list[str]], code: str, line: int) -> None:
    parsed = read_statement(csv_bytes(rows), today=TODAY)
    assert not parsed.ok
    assert not parsed.lines
    assert (parsed.problems[0].code, parsed.problems[0].line) == (code, line)


def test_hostile_files_are_refused_before_parsing() -> None:
    assert read_statement(b"x" * (MAX_FILE_BYTES + 1), today=TODAY).problems[0].code == "statement.too_large"
    assert read_statement(b"\x89PNG\r\n\x1a\n\x00\x00", today=TODAY).problems[0].code == "statement.not_text"
    assert read_statement("日付,内容\n".encode("utf-16"), today=TODAY).problems[0].code == "statement.not_text"
    wide = ",".join(["x"] * 100).encode()
    assert read_statement(wide, today=TODAY).problems[0].code == "statement.too_many_columns"
    long_cell = ("日付,内容,入金\n2026/11/01," + "ｱ" * 600 + ",1\n").encode("utf-8")
    assert (read_statement(long_cell, today=TODAY).problems[0].code, read_statement(long_cell, today=TODAY).problems[0].line) == ("statement.field_too_long", 2)


def test_encoding_detection() -> None:
    assert decode("残高".encode("cp932")) == ("残高", "cp932")
    assert decode("残高".encode("utf-8")) == ("残高", "utf-8")
    assert decode(b"\xef\xbb\xbf" + "残高".encode("utf-8")) == ("残高", "utf-8-sig")
    assert decode(b"\xff\xfe\x00\x00") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("R8.11.30", date(2026, 11, 30)), ("令和8年11月30日", date(2026, 11, 30)), ("2026/11/30", date(2026, 11, 30)),
     ("2026-1-5", date(2026, 1, 5)), ("20261130", date(2026, 11, 30)), ("Ｒ８．１１．３０", date(2026, 11, 30)),
     ("令和元年5月1日", date(2019, 5, 1)), ("H31.4.30", date(2019, 4, 30)), ("2026/02/30", None), ("11/30", None)],
)
def test_date_forms(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_zengin_dates_take_the_era_nearest_the_file() -> None:
    assert parse_wareki_yymmdd("081130", TODAY) == date(2026, 11, 30)
    assert parse_wareki_yymmdd("300401", date(2018, 5, 1)) == date(2018, 4, 1)  # 平成30


@pytest.mark.parametrize(("text", "value"), [("12,345", 12345), ("¥1,000", 1000), ("1,000円", 1000), ("", 0),
                                             ("-500", -500), ("△500", -500), ("1.5", None), ("abc", None)])
def test_yen_amounts(text: str, value: int | None) -> None:
    assert parse_yen(text) == value


def test_a_gap_in_the_running_balance_is_found_between_two_days() -> None:
    lines = [
        StatementLine(2, date(2026, 11, 3), "a", deposit=1_000, balance=11_000),
        StatementLine(3, date(2026, 11, 7), "b", withdrawal=500, balance=9_500),  # 1,000 went out unseen
    ]
    (gap,) = balance_gaps(lines)
    assert (gap.after, gap.before, gap.difference, gap.source_line) == (date(2026, 11, 3), date(2026, 11, 7), -1_000, 3)
    assert balance_gaps(lines[:1]) == []
