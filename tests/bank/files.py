"""Statement files as banks write them, built for the tests (全銀 records and CSVs)."""

from __future__ import annotations

from datetime import date


def _n(value: int, width: int) -> str:
    return str(value).rjust(width, "0")


def _c(text: str, width: int) -> str:
    raw = text.encode("cp932")
    assert len(raw) <= width, text
    return text + " " * (width - len(raw))


def wareki(day: date) -> str:
    """令和 YYMMDD."""
    return f"{day.year - 2018:02d}{day.month:02d}{day.day:02d}"


def zengin_statement(
    lines: list[tuple[date, int, str, str]],
    *,
    opening: int = 1_000_000,
    created: date = date(2026, 11, 30),
    newline: str = "\r\n",
    account: str = "1234567",
) -> bytes:
    """入出金取引明細: each line (day, signed amount, 振込依頼人名 (deposits) / 摘要 (withdrawals), 摘要)."""
    first = min((d for d, *_ in lines), default=created)
    last = max((d for d, *_ in lines), default=created)
    header = (
        "1" + "03" + "0" + wareki(created) + wareki(first) + wareki(last) + "0001" + _c("ﾐｽﾞﾎ", 15) + "123"
        + _c("ｼﾌﾞﾔ", 15) + "000" + "1" + _n(int(account), 10) + _c("ｺﾞﾄｳ ﾏｷ", 40) + "1" + "0" + _n(opening, 14)
    )
    records = [header.ljust(200)]
    for number, (day, amount, payer, summary) in enumerate(lines, start=1):
        direction = "1" if amount > 0 else "2"
        record = (
            "2" + _n(number, 8) + wareki(day) + wareki(day) + direction + ("11" if amount > 0 else "14")
            + _n(abs(amount), 12) + _n(0, 12) + "000000" + "000000" + "0" + "0000000" + "000"
            + _n(0, 10) + _c(payer, 48) + _c("ﾐﾂｲｽﾐﾄﾓ" if amount > 0 else "", 15) + _c("", 15) + _c(summary, 20)
        )
        records.append(record.ljust(200))
    deposits = [a for _, a, *_ in lines if a > 0]
    withdrawals = [-a for _, a, *_ in lines if a < 0]
    closing = opening + sum(a for _, a, *_ in lines)
    trailer = (
        "8" + _n(len(deposits), 6) + _n(sum(deposits), 13) + _n(len(withdrawals), 6) + _n(sum(withdrawals), 13)
        + "1" + _n(closing, 14) + _n(len(lines), 7)
    )
    records.append(trailer.ljust(200))
    records.append("9".ljust(200))
    for r in records:
        assert len(r.encode("cp932")) == 200, r
    return (newline.join(records) + (newline if newline else "")).encode("cp932")


def zengin_notice(lines: list[tuple[date, int, str]], *, created: date = date(2026, 11, 30)) -> bytes:
    """振込入金通知: each line (day, amount, 振込依頼人名)."""
    header = (
        "1" + "01" + "0" + wareki(created) + wareki(created) + wareki(created) + "0001" + _c("ﾐｽﾞﾎ", 15) + "123"
        + _c("ｼﾌﾞﾔ", 15) + "1" + "1234567" + _c("ｺﾞﾄｳ ﾏｷ", 40)
    )
    records = [header.ljust(200)]
    for number, (day, amount, payer) in enumerate(lines, start=1):
        record = (
            "2" + _n(number, 6) + wareki(day) + wareki(day) + _n(amount, 10) + _n(0, 10) + _n(0, 10)
            + _c(payer, 48) + _c("ﾐﾂｲｽﾐﾄﾓ", 15) + _c("ｷﾞﾝｻﾞ", 15) + "0"
        )
        records.append(record.ljust(200))
    records.append(("8" + _n(len(lines), 6) + _n(sum(a for _, a, _ in lines), 12)).ljust(200))
    records.append("9".ljust(200))
    return "\r\n".join(records).encode("cp932") + b"\r\n"


def csv_bytes(rows: list[list[str]], encoding: str = "cp932") -> bytes:
    text = "\r\n".join(",".join(f'"{c}"' for c in row) for row in rows) + "\r\n"
    if encoding == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode(encoding)


SBI_HEADER = ["日付", "内容", "出金金額(円)", "入金金額(円)", "残高(円)", "メモ"]


def sbi_csv(lines: list[tuple[date, int, str]], *, opening: int = 500_000, encoding: str = "cp932",
            newest_first: bool = True) -> bytes:
    """住信SBIネット銀行 入出金明細 (newest first, as the bank lists them)."""
    rows = []
    balance = opening
    for day, amount, text in lines:
        balance += amount
        rows.append([day.strftime("%Y/%m/%d"), text, f"{-amount:,}" if amount < 0 else "",
                     f"{amount:,}" if amount > 0 else "", f"{balance:,}", "-"])
    if newest_first:
        rows.reverse()
    return csv_bytes([SBI_HEADER, *rows], encoding)
