"""Rows of the three accounting products' import files, from journal lines (jp-rules.md §5)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ushiro_desk.domain.company import EntityType
from ushiro_desk.domain.expenses.journal import JournalLine
from ushiro_desk.domain.expenses.mapping import ExportMapping
from ushiro_desk.reports.expense_exports.csvfile import Row

# 弥生会計 インポート形式 (§5.1): 25 columns, no header. Names are for problem reports only.
YAYOI_COLUMNS = (
    "識別フラグ", "伝票No.", "決算", "取引日付", "借方勘定科目", "借方補助科目", "借方部門", "借方税区分", "借方金額",
    "借方税金額", "貸方勘定科目", "貸方補助科目", "貸方部門", "貸方税区分", "貸方金額", "貸方税金額", "摘要", "番号",
    "期日", "タイプ", "生成元", "仕訳メモ", "付箋1", "付箋2", "調整",
)
YAYOI_SINGLE_LINE_JOURNAL = "2000"  # 伝票以外の仕訳: each line balances on its own

# freee 取引インポート (§5.2 a): the template's header row is kept.
FREEE_COLUMNS = (
    "収支区分", "管理番号", "発生日", "決済期日", "取引先", "勘定科目", "税区分", "金額", "税計算区分", "税額", "備考",
    "品目", "部門", "メモタグ（複数指定可、カンマ区切り）", "セグメント1", "セグメント2", "セグメント3", "決済日", "決済口座",
    "決済金額",
)

# マネーフォワード クラウド会計 仕訳帳インポート (§5.3): 27 columns A–AA, header row as in the sample.
MF_COLUMNS = (
    "取引No", "取引日", "借方勘定科目", "借方補助科目", "借方部門", "借方取引先", "借方税区分", "借方インボイス",
    "借方金額(円)", "借方税額", "貸方勘定科目", "貸方補助科目", "貸方部門", "貸方取引先", "貸方税区分", "貸方インボイス",
    "貸方金額(円)", "貸方税額", "摘要", "仕訳メモ", "タグ", "MF仕訳タイプ", "決算整理仕訳", "作成日時", "作成者",
    "最終更新日時", "最終更新者",
)


def _day(line: JournalLine) -> str:
    return line.day.isoformat().replace("-", "/")  # strftime costs ten times as much, once per line


def _note(line: JournalLine) -> str:
    """Where a line came from: the expense number and the supplier's T-number (for the 仕訳メモ)."""
    return " ".join(part for part in (f"経費#{line.expense_id}", line.supplier_tnumber) if part)


def yayoi_rows(lines: Iterable[JournalLine], mapping: ExportMapping, entity: EntityType) -> Iterator[Row]:
    credit_tax = mapping.get("credit_tax")
    for line in lines:
        cells = (
            YAYOI_SINGLE_LINE_JOURNAL, "", "", _day(line),
            mapping.account(line.debit_account), "", "", mapping.tax(line.tax_key), str(line.amount),
            str(line.tax_amount),
            mapping.credit(line.payment_method, entity), "", "", credit_tax, str(line.amount), "",
            line.summary, "", "", "0", "", _note(line), "0", "0", "no",
        )
        yield Row(cells, line.expense_id)


def freee_rows(lines: Iterable[JournalLine], mapping: ExportMapping) -> Iterator[Row]:
    for line in lines:
        number = str(line.expense_id) if line.parts == 1 else f"{line.expense_id}-{line.part}"
        remark = " ".join(part for part in (line.memo.replace("\n", " "), line.supplier_tnumber) if part)
        cells = (
            "支出", number, _day(line), "", line.payee, mapping.account(line.debit_account), mapping.tax(line.tax_key),
            str(line.amount), "内税", str(line.tax_amount), remark, "", "", line.tag, "", "", "", _day(line),
            mapping.get(f"wallet.{line.payment_method.value}"), str(line.amount),
        )
        yield Row(cells, line.expense_id)


def mf_rows(lines: Iterable[JournalLine], mapping: ExportMapping, entity: EntityType) -> Iterator[Row]:
    credit_tax = mapping.get("credit_tax")
    last_id, number = None, 0
    for line in lines:
        if line.expense_id != last_id:  # a MIXED expense's lines come together: one compound journal
            last_id, number = line.expense_id, number + 1
        cells = (
            str(number), _day(line),
            mapping.account(line.debit_account), "", "", line.payee, mapping.tax(line.tax_key), mapping.get(line.invoice_key),
            str(line.amount), str(line.tax_amount),
            mapping.credit(line.payment_method, entity), "", "", "", credit_tax, "", str(line.amount), "",
            line.summary, _note(line), line.tag, "", "", "", "", "", "",
        )
        yield Row(cells, line.expense_id)
