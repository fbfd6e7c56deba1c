"""Sales and receipts journals for 弥生 / freee / マネーフォワード and a plain CSV (jp-rules.md §5), written
like the expense exports: every cell checked against the target encoding (reported by line and column,
nothing written), text cells that a spreadsheet would run neutralised, one atomic private file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ushiro_desk.domain.bank.journal import Entry
from ushiro_desk.domain.problems import Problem
from ushiro_desk.outputs import write_bytes
from ushiro_desk.reports.expense_exports.csvfile import Row, find_unencodable, render
from ushiro_desk.reports.expense_exports.journals import FREEE_COLUMNS, MF_COLUMNS, YAYOI_COLUMNS

# 税区分 names each product uses by default for sales (the owner's registered names may differ: §5 says
# they are user-mappable; these are the commonly seen spellings).
TAX_NAMES = {
    "yayoi": {"sales.standard": "課税売上10%", "sales.reduced": "課税売上8%(軽)", "sales.exempt": "輸出売上",
              "sales.non_taxable": "非課売上", "fee": "課対仕入10%", "": "対象外"},
    "mf": {"sales.standard": "課税売上 10%", "sales.reduced": "課税売上 (軽)8%", "sales.exempt": "輸出売上 0%",
           "sales.non_taxable": "非課税売上", "fee": "課税仕入 10%", "": "対象外"},
    "freee": {"sales.standard": "課税売上10%", "sales.reduced": "課税売上8%（軽）", "sales.exempt": "輸出売上",
              "sales.non_taxable": "非課売上", "fee": "課対仕入10%", "": "対象外"},
}
PLAIN_COLUMNS = ("日付", "借方勘定科目", "貸方勘定科目", "金額", "うち消費税", "税区分", "取引先", "摘要", "伝票番号")
FORMATS = ("yayoi", "freee", "mf", "csv")


def safe(text: str) -> str:
    """A text cell that does not start like a formula (=, +, -, @) when a spreadsheet opens the file."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _day(entry: Entry) -> str:
    return f"{entry.day:%Y/%m/%d}"


def yayoi_rows(entries: Sequence[Entry]) -> list[Row]:
    names = TAX_NAMES["yayoi"]
    rows = []
    for e in entries:
        debit_tax = names[e.tax_key] if e.debit == "支払手数料" or e.tax_key.startswith("sales") and e.debit == "売上高" else ""
        credit_tax = names[e.tax_key] if e.tax_key.startswith("sales") and e.credit == "売上高" else ""
        cells = ("2000", "", "", _day(e), e.debit, "", "", debit_tax or "対象外", str(e.amount),
                 str(e.tax) if debit_tax and e.tax else "", e.credit, "", "", credit_tax or "対象外", str(e.amount),
                 str(e.tax) if credit_tax and e.tax else "", safe(f"{e.client} {e.summary}"), "", "", "0", "",
                 safe(e.source), "0", "0", "no")
        rows.append(Row(cells))
    return rows


def mf_rows(entries: Sequence[Entry]) -> list[Row]:
    names = TAX_NAMES["mf"]
    rows = []
    for number, e in enumerate(entries, start=1):
        debit_tax = names[e.tax_key] if (e.debit == "売上高" or e.debit == "支払手数料") and e.tax_key else "対象外"
        credit_tax = names[e.tax_key] if e.credit == "売上高" and e.tax_key else "対象外"
        cells = (str(number), _day(e), e.debit, "", "", safe(e.client), debit_tax, "", str(e.amount),
                 str(e.tax) if debit_tax != "対象外" and e.tax else "", e.credit, "", "", safe(e.client), credit_tax, "",
                 str(e.amount), str(e.tax) if credit_tax != "対象外" and e.tax else "", safe(e.summary), safe(e.source),
                 "", "", "", "", "", "", "")
        rows.append(Row(cells))
    return rows


def freee_rows(entries: Sequence[Entry]) -> list[Row]:
    """freee 取引: a sale is 収入 (売上高), its reversal a negative 収入; a receipt settles it (決済日 and
    口座 on a row of its own, 0 yen of income) and the deducted fee is 支出 (支払手数料)."""
    names = TAX_NAMES["freee"]
    rows = []
    for e in entries:
        if "売上高" in (e.debit, e.credit):
            sign = 1 if e.credit == "売上高" else -1
            cells = ("収入", safe(e.source), _day(e), "", safe(e.client), "売上高", names[e.tax_key], str(sign * e.amount),
                     "内税", str(sign * e.tax), safe(e.summary), "", "", "", "", "", "", "", "", "")
        elif e.debit == "支払手数料":
            cells = ("支出", safe(e.source), _day(e), "", safe(e.client), "支払手数料", names["fee"], str(e.amount),
                     "内税", "", safe(e.summary), "", "", "", "", "", "", _day(e), "売掛金", str(e.amount))
        elif e.debit == "普通預金":
            cells = ("収入", safe(e.source), _day(e), "", safe(e.client), "売掛金", "対象外", "0", "内税", "0",
                     safe(e.summary), "", "", "", "", "", "", _day(e), "普通預金", str(e.amount))
        else:  # 源泉所得税
            cells = ("支出", safe(e.source), _day(e), "", safe(e.client), e.debit, "対象外", str(e.amount), "内税", "0",
                     safe(e.summary), "", "", "", "", "", "", _day(e), "売掛金", str(e.amount))
        rows.append(Row(cells))
    return rows


def plain_rows(entries: Sequence[Entry]) -> list[Row]:
    return [Row((_day(e), e.debit, e.credit, str(e.amount), str(e.tax), e.tax_key, safe(e.client), safe(e.summary),
                 safe(e.source))) for e in entries]


def write(out: Path, fmt: str, entries: Sequence[Entry], *, data_root: Path | None, overwrite: bool,
          encoding: str = "cp932") -> tuple[int, list[Problem]]:
    """Write `entries` in `fmt`; return (rows, problems). With problems nothing is written."""
    if fmt == "yayoi":
        rows, columns, header, encoding = yayoi_rows(entries), YAYOI_COLUMNS, False, "cp932"  # 弥生: Shift_JIS only
    elif fmt == "mf":
        rows, columns, header = mf_rows(entries), MF_COLUMNS, True
    elif fmt == "freee":
        rows, columns, header = freee_rows(entries), FREEE_COLUMNS, True
    else:
        rows, columns, header, encoding = plain_rows(entries), PLAIN_COLUMNS, True, "utf-8-sig"
    problems = find_unencodable(rows, columns, encoding, first_line=2 if header else 1)
    if problems:
        return 0, problems
    write_bytes(out, render(rows, columns if header else None).encode(encoding), data_root=data_root,
                overwrite=overwrite)
    return len(rows), []
