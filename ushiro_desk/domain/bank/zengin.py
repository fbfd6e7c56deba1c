"""全銀協 fixed-length statements: 入出金取引明細 (種別コード 03) and 振込入金通知 (種別コード 01).

Records are 200 bytes of JIS / Shift_JIS half-width characters, with or without CR LF between them:
header (データ区分 1), data (2), trailer (8), end (9). Dates are 和暦 YYMMDD without the era.

Layouts (byte offsets from 0):
- 入出金取引明細 header: 作成日 4:10, 勘定日(自) 10:16, (至) 16:22, 銀行コード 22:26, 銀行名 26:41,
  支店コード 41:44, 支店名 44:59, 預金種目 62, 口座番号 63:73, 口座名 73:113, 貸越区分 113,
  取引前残高 115:129. Data: 照会番号 1:9, 勘定日 9:15, 預入・払出日 15:21, 入払区分 21 (1 入金, 2 出金),
  取引区分 22:24, 取引金額 24:36, 振込依頼人コード 71:81, 振込依頼人名 81:129, 仕向銀行名 129:144,
  仕向店名 144:159, 摘要内容 159:179. Trailer: 入金件数 1:7, 入金額合計 7:20, 出金件数 20:26,
  出金額合計 26:39, 貸越区分 39, 取引後残高 40:54.
- 振込入金通知 header: 作成日 4:10, 勘定日 10:22, 銀行コード 22:26, 銀行名 26:41, 支店コード 41:44,
  支店名 44:59, 預金種目 59, 口座番号 60:67, 口座名 67:107. Data: 照会番号 1:7, 勘定日 7:13,
  起算日 13:19, 金額 19:29, うち他店券金額 29:39, 振込依頼人コード 39:49, 振込依頼人名 49:97,
  仕向銀行名 97:112, 仕向支店名 112:127, 取消区分 127.
Sources: a bank's published 入出金明細(全銀) file format (123deta.com copy of きらぼし銀行's, 2018-05-01) and
a public parser that reads the same offsets; 阿波銀行's 振込入金通知 page (awabank.co.jp, header and data
up to 振込依頼人コード); the rest of the 振込入金通知 data record and the trailer widths are the
standard layout as banks print it (check against the bank's own sheet when a file is refused).
"""

from __future__ import annotations

from datetime import date

from ushiro_desk.domain.bank.dates import parse_wareki_yymmdd
from ushiro_desk.domain.bank.model import MAX_FILE_BYTES, MAX_LINES, AccountInfo, ParsedStatement, StatementLine
from ushiro_desk.domain.problems import Problem, error

RECORD = 200
STATEMENT = "03"  # 入出金取引明細
TRANSFER_NOTICE = "01"  # 振込入金通知
FORMAT_NAMES = {STATEMENT: "zengin", TRANSFER_NOTICE: "zengin-notice"}


def looks_like_zengin(data: bytes) -> bool:
    head = data[:4]
    return len(head) == 4 and head[:1] == b"1" and head[1:3] in (b"03", b"01") and head[3:4] in (b"0", b"1")


def split_records(data: bytes) -> list[bytes] | None:
    """The 200-byte records, whether the file has CR LF (or LF) between them or none."""
    if b"\n" in data:
        records = [r.rstrip(b"\r") for r in data.split(b"\n")]
        while records and not records[-1].strip(b" \x1a"):
            records.pop()  # a final newline or DOS end-of-file mark
        return records
    data = data.rstrip(b"\x1a")
    if len(data) % RECORD:
        return None
    return [data[i : i + RECORD] for i in range(0, len(data), RECORD)]


def _text(record: bytes, start: int, end: int) -> str:
    return record[start:end].decode("cp932").rstrip(" \u3000")


def _number(record: bytes, start: int, end: int) -> int | None:
    raw = record[start:end]
    return int(raw) if raw.isdigit() else None


def parse_zengin(data: bytes, today: date) -> ParsedStatement:
    """Read a 全銀 file; any record that does not fit is named by its number and nothing is returned."""
    if len(data) > MAX_FILE_BYTES:
        return ParsedStatement("zengin", problems=(error("file", "statement.too_large", limit=MAX_FILE_BYTES),))
    records = split_records(data)
    if records is None:
        return ParsedStatement("zengin", problems=(error("file", "zengin.length", line=1, size=RECORD),))
    if len(records) > MAX_LINES:
        return ParsedStatement("zengin", problems=(error("file", "statement.too_many_lines", limit=MAX_LINES),))
    problems: list[Problem] = []
    kind = records[0][1:3].decode("ascii", "replace") if records else ""
    if kind not in FORMAT_NAMES:
        return ParsedStatement("zengin", problems=(error("file", "zengin.kind", line=1, kind=kind),))
    name = FORMAT_NAMES[kind]
    for number, record in enumerate(records, start=1):
        if len(record) != RECORD:
            problems.append(error("record", "zengin.length", line=number, size=RECORD, found=len(record)))
        else:
            try:
                record.decode("cp932")
            except UnicodeDecodeError:
                problems.append(error("record", "statement.encoding", line=number))
        if len(problems) >= 20:
            break
    if problems:
        return ParsedStatement(name, problems=tuple(problems))
    header = records[0]
    near = parse_wareki_yymmdd(header[4:10].decode("ascii"), today) or today
    if kind == STATEMENT:
        account = AccountInfo(
            bank_code=_text(header, 22, 26), bank_name=_text(header, 26, 41), branch_code=_text(header, 41, 44),
            branch_name=_text(header, 44, 59), account_number=_text(header, 63, 73).lstrip("0"),
            holder=_text(header, 73, 113), opening_balance=_signed(header, 113, 115, 129),
        )
    else:
        account = AccountInfo(
            bank_code=_text(header, 22, 26), bank_name=_text(header, 26, 41), branch_code=_text(header, 41, 44),
            branch_name=_text(header, 44, 59), account_number=_text(header, 60, 67).lstrip("0"),
            holder=_text(header, 67, 107),
        )
    lines: list[StatementLine] = []
    trailer: bytes | None = None
    trailer_line = 0
    state = "header"
    for number, record in enumerate(records, start=1):
        tag = record[:1]
        expected = {"header": (b"1",), "data": (b"2", b"8"), "trailer": (b"9",), "end": ()}[state]
        if tag not in expected:
            problems.append(error("record", "zengin.order", line=number, tag=tag.decode("ascii", "replace")))
            break
        if tag == b"1":
            state = "data"
        elif tag == b"2":
            line, problem = (_statement_line if kind == STATEMENT else _notice_line)(record, number, near)
            if problem:
                problems.append(problem)
            elif line:
                lines.append(line)
        elif tag == b"8":
            trailer, trailer_line, state = record, number, "trailer"
        else:
            state = "end"
    if not problems and state not in ("trailer", "end"):
        problems.append(error("file", "zengin.no_trailer", line=len(records)))
    if not problems and trailer is not None and kind == STATEMENT:
        problems += _check_trailer(trailer, lines, trailer_line)
    if problems:
        return ParsedStatement(name, problems=tuple(problems))
    return ParsedStatement(name, tuple(lines), account, "cp932")


def _signed(record: bytes, sign_at: int, start: int, end: int) -> int | None:
    value = _number(record, start, end)
    if value is None:
        return None
    return -value if record[sign_at : sign_at + 1] == b"2" else value  # 貸越区分 2: overdrawn


def _statement_line(record: bytes, number: int, near: date) -> tuple[StatementLine | None, Problem | None]:
    day = parse_wareki_yymmdd(record[9:15].decode("ascii", "replace"), near)
    if day is None:
        return None, error("勘定日", "statement.date", line=number, text=record[9:15].decode("ascii", "replace"))
    direction = record[21:22]
    amount = _number(record, 24, 36)
    if direction not in (b"1", b"2"):
        return None, error("入払区分", "zengin.direction", line=number)
    if amount is None:
        return None, error("取引金額", "statement.amount", line=number, text=record[24:36].decode("ascii", "replace"))
    payer = _text(record, 81, 129)
    summary = _text(record, 159, 179)
    line = StatementLine(
        source_line=number, day=day, description=summary or payer, payer=payer if direction == b"1" else "",
        deposit=amount if direction == b"1" else 0, withdrawal=amount if direction == b"2" else 0,
        reference=_text(record, 1, 9), memo=" ".join(x for x in (_text(record, 129, 144), _text(record, 144, 159)) if x),
    )
    return line, None


def _notice_line(record: bytes, number: int, near: date) -> tuple[StatementLine | None, Problem | None]:
    day = parse_wareki_yymmdd(record[7:13].decode("ascii", "replace"), near)
    if day is None:
        return None, error("勘定日", "statement.date", line=number, text=record[7:13].decode("ascii", "replace"))
    amount = _number(record, 19, 29)
    if amount is None:
        return None, error("金額", "statement.amount", line=number, text=record[19:29].decode("ascii", "replace"))
    if record[127:128] == b"1":  # 取消区分: a cancelled notice is not money in
        return None, None
    payer = _text(record, 49, 97)
    return StatementLine(
        source_line=number, day=day, description=payer, payer=payer, deposit=amount, reference=_text(record, 1, 7),
        memo=" ".join(x for x in (_text(record, 97, 112), _text(record, 112, 127)) if x),
    ), None


def _check_trailer(trailer: bytes, lines: list[StatementLine], line: int) -> list[Problem]:
    deposits = [x.deposit for x in lines if x.deposit]
    withdrawals = [x.withdrawal for x in lines if x.withdrawal]
    expected = (_number(trailer, 1, 7), _number(trailer, 7, 20), _number(trailer, 20, 26), _number(trailer, 26, 39))
    if expected != (len(deposits), sum(deposits), len(withdrawals), sum(withdrawals)):
        return [error("trailer", "zengin.totals", line=line)]
    return []


def running_balances(lines: tuple[StatementLine, ...], opening: int | None) -> tuple[StatementLine, ...]:
    """入出金取引明細 carries the balance before the first line; give each line its balance after."""
    if opening is None:
        return lines
    out = []
    balance = opening
    for line in lines:
        balance += line.amount
        out.append(StatementLine(line.source_line, line.day, line.description, line.deposit, line.withdrawal,
                                 balance, line.payer, line.reference, line.memo))
    return tuple(out)
