"""Bank and card CSVs: the encoding found from the bytes, the columns found from a preset, the owner's
saved mapping or the header's words, every row checked before anything is kept.

Presets are listed only where the layout was seen in a published source (named at each preset);
any other bank's file goes through the column mapper (`ColumnMap`), saved per account.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field, replace

from ushiro_desk.domain.bank.dates import parse_date
from ushiro_desk.domain.bank.model import (
    MAX_COLUMNS,
    MAX_FIELD_CHARS,
    MAX_FILE_BYTES,
    MAX_LINES,
    ParsedStatement,
    StatementLine,
)
from ushiro_desk.domain.problems import Problem, error

BOM = b"\xef\xbb\xbf"
FIELDS = ("date", "description", "withdrawal", "deposit", "balance", "amount", "memo")


def decode(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) for UTF-8 with BOM, UTF-8 and cp932 (Shift_JIS), tried in that order; None for
    anything else (binary, UTF-16, a spreadsheet)."""
    if b"\x00" in data[:65536]:
        return None
    if data.startswith(BOM):
        try:
            return data[len(BOM):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            return None
    for encoding in ("utf-8", "cp932"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return None


@dataclass(frozen=True)
class ColumnMap:
    """Which column holds what (0-based), how many rows come before the first transaction, and
    whether one signed amount column replaces withdrawal/deposit (card statements: a positive amount
    is a charge). A value of None means the file has no such column."""

    date: int
    description: int
    withdrawal: int | None = None
    deposit: int | None = None
    balance: int | None = None
    amount: int | None = None
    memo: int | None = None
    skip_rows: int = 1  # the header row(s)
    amount_is_charge: bool = True  # for `amount`: positive = money out (card), else positive = money in

    def problems(self) -> list[Problem]:
        found = []
        if self.amount is None and self.withdrawal is None and self.deposit is None:
            found.append(error("mapping", "mapping.no_amount"))
        used = [v for v in (self.date, self.description, self.withdrawal, self.deposit, self.balance,
                            self.amount, self.memo) if v is not None]
        if len(used) != len(set(used)):
            found.append(error("mapping", "mapping.same_column"))
        if any(v < 0 or v >= MAX_COLUMNS for v in used) or not 0 <= self.skip_rows <= 20:
            found.append(error("mapping", "mapping.range"))
        return found

    def to_dict(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in (*FIELDS, "skip_rows", "amount_is_charge")}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> "ColumnMap":
        def col(key: str) -> int | None:
            value = data.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        date_col, description = col("date"), col("description")
        if date_col is None or description is None:
            raise ValueError("a mapping needs the date and description columns")
        skip = col("skip_rows")
        return cls(date_col, description, col("withdrawal"), col("deposit"), col("balance"), col("amount"),
                   col("memo"), 1 if skip is None else skip, bool(data.get("amount_is_charge", True)))


@dataclass(frozen=True)
class Preset:
    """A known layout, recognised by its header words."""

    name: str
    label: str
    kind: str  # "bank" or "card"
    headers: dict[str, str]  # field → the header text in the bank's file
    source: str
    amount_is_charge: bool = True

    def mapping_for(self, header: list[str]) -> ColumnMap | None:
        cells = [_header_word(c) for c in header]
        index = {}
        for key, word in self.headers.items():
            want = _header_word(word)
            if want not in cells:
                return None
            index[key] = cells.index(want)
        return ColumnMap(skip_rows=1, amount_is_charge=self.amount_is_charge, **index)  # type: ignore[arg-type]


PRESETS = (
    Preset(
        "sbi-netbank", "住信SBIネット銀行", "bank",
        {"date": "日付", "description": "内容", "withdrawal": "出金金額(円)", "deposit": "入金金額(円)",
         "balance": "残高(円)", "memo": "メモ"},
        "column names as read by public integrations of the bank's 入出金明細 CSV (e.g. a TypeScript "
        "SBIBankCSVRow: 日付, 内容, 出金金額(円), 入金金額(円), 残高(円), メモ); not the bank's own page",
    ),
    Preset(
        "rakuten-card", "楽天カード", "card",
        {"date": "利用日", "description": "利用店名・商品名", "amount": "利用金額"},
        "column names read by a public integration of the card's 利用明細 CSV (利用日, 利用店名・商品名, "
        "利用者, 支払方法, 利用金額, 支払月); not the card company's own page",
    ),
)
PRESETS_BY_NAME = {p.name: p for p in PRESETS}

# Header words of the generic mapper: what each column is called in most banks' files.
_GUESS = {
    "date": ("日付", "取引日", "年月日", "勘定日", "お取引日", "利用日", "ご利用日", "取扱日", "date"),
    "description": ("摘要", "内容", "お取引内容", "取引内容", "入出金先内容", "お預り・お引出し内容", "ご利用店名",
                    "利用店名・商品名", "description"),
    "withdrawal": ("出金", "出金額", "出金金額", "お引出し", "お引出金額", "支払金額", "お支払金額", "引出額",
                   "withdrawal"),
    "deposit": ("入金", "入金額", "入金金額", "お預入れ", "お預入金額", "預入額", "deposit"),
    "balance": ("残高", "差引残高", "取引後残高", "balance"),
    "amount": ("入出金", "金額", "利用金額", "ご利用金額", "amount"),
    "memo": ("メモ", "備考", "memo"),
}


def _header_word(cell: str) -> str:
    text = unicodedata.normalize("NFKC", cell).strip().strip('"').lower()
    return re.sub(r"\s|\((円|yen)\)", "", text)


def guess_mapping(header: list[str]) -> ColumnMap | None:
    """A mapping from the header's words, or None when the date, description or an amount is not
    named. Card files (one amount column, no balance) count a positive amount as a charge."""
    words = [_header_word(c) for c in header]
    found: dict[str, int] = {}
    for key, names in _GUESS.items():
        for i, word in enumerate(words):
            if i not in found.values() and word in {_header_word(n) for n in names}:
                found[key] = i
                break
    if "date" not in found or "description" not in found:
        return None
    if not {"withdrawal", "deposit", "amount"} & found.keys():
        return None
    if "withdrawal" in found or "deposit" in found:
        found.pop("amount", None)
    is_card = "amount" in found and "balance" not in found
    return ColumnMap(skip_rows=1, amount_is_charge=is_card, **found)  # type: ignore[arg-type]


_AMOUNT = re.compile(r"[-−△▲]?[0-9]+")


_PLAIN = re.compile(r"\d{1,3}(?:,\d{3})*|\d+")


def parse_yen(text: str) -> int | None:
    """A yen amount as banks write it: 12,345 / ¥12,345 / 12,345円 / "-1,000" / △1,000; blank is 0."""
    if not text:
        return 0
    if _PLAIN.fullmatch(text):  # the usual cell: ASCII digits with or without thousands commas
        return int(text.replace(",", ""))
    cleaned = re.sub(r"[,\s¥￥円\"]", "", unicodedata.normalize("NFKC", text))
    if not cleaned:
        return 0
    if not _AMOUNT.fullmatch(cleaned):
        return None
    negative = cleaned[0] in "-−△▲"
    value = int(cleaned.lstrip("-−△▲"))
    return -value if negative else value


def _formula(text: str) -> bool:
    """A cell a spreadsheet would run (CSV injection): =…, @…, +… or -… that is not a number."""
    stripped = text.lstrip()
    if not stripped:
        return False
    if stripped[0] in "=@\t\r":
        return True
    return stripped[0] in "+-" and len(stripped) > 1 and not re.fullmatch(r"[+-][0-9,.\s]+", stripped)


@dataclass
class _Rows:
    rows: list[list[str]] = field(default_factory=list)
    problem: Problem | None = None


def read_rows(text: str) -> _Rows:
    out = _Rows()
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        for number, row in enumerate(reader, start=1):
            if number > MAX_LINES:
                out.problem = error("file", "statement.too_many_lines", limit=MAX_LINES)
                break
            if len(row) > MAX_COLUMNS:
                out.problem = error("file", "statement.too_many_columns", line=number, limit=MAX_COLUMNS)
                break
            if any(len(cell) > MAX_FIELD_CHARS for cell in row):
                out.problem = error("file", "statement.field_too_long", line=number, limit=MAX_FIELD_CHARS)
                break
            out.rows.append(row)
    except csv.Error:
        out.problem = error("file", "statement.csv", line=reader.line_num)
    return out


def parse_csv(data: bytes, *, preset: str | None = None, mapping: ColumnMap | None = None) -> ParsedStatement:
    """Read a bank or card CSV. The columns come from `mapping` (the account's saved one), else the
    named `preset`, else a preset whose header matches, else the header's words. Any row that does not
    parse is named by its line and nothing is returned."""
    if len(data) > MAX_FILE_BYTES:
        return ParsedStatement("csv", problems=(error("file", "statement.too_large", limit=MAX_FILE_BYTES),))
    decoded = decode(data)
    if decoded is None:
        return ParsedStatement("csv", problems=(error("file", "statement.not_text"),))
    text, encoding = decoded
    rows = read_rows(text)
    if rows.problem:
        return ParsedStatement("csv", encoding=encoding, problems=(rows.problem,))
    header_at = next((i for i, r in enumerate(rows.rows) if any(c.strip() for c in r)), None)
    if header_at is None:
        return ParsedStatement("csv", encoding=encoding, problems=(error("file", "statement.empty"),))
    header = rows.rows[header_at]
    name = "mapped"
    if mapping is None and preset is not None:
        known = PRESETS_BY_NAME.get(preset)
        if known is None:
            return ParsedStatement(preset, problems=(error("format", "statement.unknown_format", name=preset),))
        mapping, name = known.mapping_for(header), preset
        if mapping is None:
            return ParsedStatement(preset, encoding=encoding,
                                   problems=(error("file", "statement.not_preset", line=header_at + 1, name=known.label),))
        mapping = replace(mapping, skip_rows=header_at + 1)
    if mapping is None:
        for candidate in PRESETS:
            if (found := candidate.mapping_for(header)) is not None:
                mapping, name = replace(found, skip_rows=header_at + 1), candidate.name
                break
    if mapping is None:
        guessed = guess_mapping(header)
        if guessed is None:
            return ParsedStatement("csv", encoding=encoding,
                                   problems=(error("file", "statement.columns_unknown", line=header_at + 1),))
        mapping, name = replace(guessed, skip_rows=header_at + 1), "csv"
    mapping_problems = mapping.problems()
    if mapping_problems:
        return ParsedStatement(name, encoding=encoding, problems=tuple(mapping_problems))
    lines, problems = _lines(rows.rows, mapping)
    if problems:
        return ParsedStatement(name, encoding=encoding, problems=tuple(problems))
    return ParsedStatement(name, tuple(in_date_order(lines)), encoding=encoding)


def _lines(rows: list[list[str]], m: ColumnMap) -> tuple[list[StatementLine], list[Problem]]:
    lines: list[StatementLine] = []
    problems: list[Problem] = []
    width = max(v for v in (m.date, m.description, m.withdrawal, m.deposit, m.balance, m.amount, m.memo)
                if v is not None) + 1
    for number, row in enumerate(rows[m.skip_rows :], start=m.skip_rows + 1):
        if len(problems) >= 20:
            break
        if not any(c.strip() for c in row):
            continue
        if len(row) < width:
            problems.append(error("row", "statement.short_row", line=number, columns=len(row), needed=width))
            continue
        day = parse_date(row[m.date])
        if day is None:
            problems.append(error("date", "statement.date", line=number, text=row[m.date][:40]))
            continue
        values: dict[str, int | None] = {}
        bad = False
        for key in ("withdrawal", "deposit", "balance", "amount"):
            column = getattr(m, key)
            if column is None:
                values[key] = None
                continue
            value = parse_yen(row[column])
            if value is None:
                problems.append(error(key, "statement.amount", line=number, text=row[column][:40]))
                bad = True
                break
            values[key] = value
        if bad:
            continue
        description = row[m.description].strip()
        memo = row[m.memo].strip() if m.memo is not None else ""
        if _formula(description) or _formula(memo):
            problems.append(error("description", "statement.formula", line=number))
            continue
        if m.amount is not None:
            amount = values["amount"] or 0
            signed = -amount if m.amount_is_charge else amount
        else:
            signed = (values["deposit"] or 0) - (values["withdrawal"] or 0)
        if signed == 0 and not (values["balance"] or 0):
            continue  # a heading or total line inside the data (e.g. 当月合計) without money
        lines.append(StatementLine(
            source_line=number, day=day, description=description,
            deposit=max(signed, 0), withdrawal=max(-signed, 0), balance=values["balance"], memo=memo,
        ))
    return lines, problems


def in_date_order(lines: list[StatementLine]) -> list[StatementLine]:
    """Oldest first: many banks list the newest transaction at the top."""
    if len(lines) > 1 and lines[0].day > lines[-1].day:
        return list(reversed(lines))
    return lines
