"""The returned status.csv: UTF-8 only, exact columns, every bad line named."""

from __future__ import annotations

from datetime import date

from ushiro_desk.domain.handoff.return_sheet import COLUMNS, ReturnStatus, blank_sheet, parse

SHEET = blank_sheet([(11, "請求書発行", date(2026, 11, 5)), (12, "経費の記帳", date(2026, 11, 9))])


def filled(*rows: str) -> bytes:
    return ("\ufeff" + ",".join(COLUMNS) + "\r\n" + "\r\n".join(rows) + "\r\n").encode("utf-8")


def test_the_blank_sheet_round_trips() -> None:
    lines, problems = parse(SHEET.encode("utf-8"))
    assert problems == [] and [(l.occurrence_id, l.status) for l in lines] == [(11, ReturnStatus.OPEN), (12, ReturnStatus.OPEN)]


def test_a_filled_sheet_is_read() -> None:
    lines, problems = parse(filled("11,請求書発行,2026-11-05,done,35,送付済み", "12,経費の記帳,2026-11-09,question,,領収書が1枚不明"))
    assert problems == []
    assert [(l.status, l.minutes, l.note) for l in lines] == [
        (ReturnStatus.DONE, 35, "送付済み"), (ReturnStatus.QUESTION, None, "領収書が1枚不明"),
    ]


def test_shift_jis_as_japanese_excel_saves_it_is_read() -> None:
    data = ("occurrence_id,chore,due_date,status,minutes,note\r\n11,請求書発行,2026/11/5,done,35,済\r\n").encode("cp932")
    lines, problems = parse(data)
    assert problems == []
    assert [(l.chore, l.due_date, l.status, l.minutes, l.note) for l in lines] == [
        ("請求書発行", date(2026, 11, 5), ReturnStatus.DONE, 35, "済"),
    ]


def test_missing_and_extra_columns_are_named() -> None:
    data = "occurrence_id,chore,status,minutes,note,extra\r\n".encode()
    _, problems = parse(data)
    assert problems[0].code == "return.columns"
    assert problems[0].params == {"missing": "due_date", "extra": "extra"}


def test_each_bad_line_is_reported_with_its_number() -> None:
    _, problems = parse(filled("x,a,2026-11-05,done,1,", "12,a,2026-11-05,finished,1,", "13,a,2026-11-05,done,-5,", "14,a,,done,²,"))
    assert [(p.line, p.code) for p in problems] == [
        (2, "return.bad_id"), (3, "return.bad_status"), (4, "return.bad_minutes"), (5, "return.bad_minutes"),
    ]
