"""Statement files written the way banks write them: for the sample data and the benchmark."""

from __future__ import annotations

from datetime import date


def _n(value: int, width: int) -> str:
    return str(value).rjust(width, "0")


def _c(text: str, width: int) -> str:
    raw = text.encode("cp932")[:width]
    return raw.decode("cp932", "ignore") + " " * (width - len(raw))


def _wareki(day: date) -> str:
    return f"{day.year - 2018:02d}{day.month:02d}{day.day:02d}"  # 令和 YYMMDD


def zengin_statement(lines: list[tuple[date, int, str]], *, opening: int, account_number: str, holder: str,
                     created: date) -> bytes:
    """入出金取引明細 (全銀協, 200-byte records, CR LF): each line (day, signed yen, 振込依頼人名 or 摘要)."""
    first = min((d for d, _, _ in lines), default=created)
    last = max((d for d, _, _ in lines), default=created)
    records = [(
        "1030" + _wareki(created) + _wareki(first) + _wareki(last) + "0001" + _c("ﾐｽﾞﾎ", 15) + "123" + _c("ｼﾌﾞﾔ", 15)
        + "000" + "1" + _n(int(account_number), 10) + _c(holder, 40) + "1" + "0" + _n(opening, 14)
    ).ljust(200)]
    for number, (day, amount, text) in enumerate(lines, start=1):
        deposit = amount > 0
        records.append((
            "2" + _n(number, 8) + _wareki(day) + _wareki(day) + ("1" if deposit else "2") + ("11" if deposit else "14")
            + _n(abs(amount), 12) + _n(0, 12) + "000000000000" + "0" + "0000000" + "000" + _n(0, 10)
            + _c(text if deposit else "", 48) + _c("", 30) + _c("" if deposit else text, 20)
        ).ljust(200))
    deposits = [a for _, a, _ in lines if a > 0]
    withdrawals = [-a for _, a, _ in lines if a < 0]
    records.append((
        "8" + _n(len(deposits), 6) + _n(sum(deposits), 13) + _n(len(withdrawals), 6) + _n(sum(withdrawals), 13)
        + "1" + _n(opening + sum(a for _, a, _ in lines), 14) + _n(len(lines), 7)
    ).ljust(200))
    records.append("9".ljust(200))
    return ("\r\n".join(records) + "\r\n").encode("cp932")


def card_csv(lines: list[tuple[date, str, int]]) -> bytes:
    """A card statement in the 楽天カード layout (利用日, 利用店名・商品名, 利用者, 支払方法, 利用金額, 支払月)."""
    rows = ['"利用日","利用店名・商品名","利用者","支払方法","利用金額","支払月"']
    for day, shop, amount in lines:
        rows.append(f'"{day:%Y/%m/%d}","{shop}","本人","1回払い","{amount:,}","{(day.month % 12) + 1}月"')
    return ("\r\n".join(rows) + "\r\n").encode("cp932")
