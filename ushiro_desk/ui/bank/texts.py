"""Translated sentences for the bank problem codes and the reasons of a candidate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ushiro_desk.domain.bank.matching import Reason
from ushiro_desk.domain.problems import Problem
from ushiro_desk.ui import problem_text


def yen(amount: int) -> str:
    return f"¥{amount:,}"


def reason_text(reason: Reason) -> str:
    detail = reason.detail
    texts = {
        "exact": lambda: QCoreApplication.translate("BankText", "Exactly the amount due"),
        "fee": lambda: QCoreApplication.translate("BankText", "Amount due less a bank fee of %1").replace("%1", yen(int(detail or 0))),
        "combined": lambda: (QCoreApplication.translate("BankText", "Several invoices paid together, less a fee of %1").replace("%1", yen(int(detail)))
                             if detail else QCoreApplication.translate("BankText", "Several invoices paid together")),
        "partial": lambda: QCoreApplication.translate("BankText", "A partial payment (%1 would remain)").replace("%1", yen(int(detail or 0))),
        "name": lambda: QCoreApplication.translate("BankText", "The payer is %1").replace("%1", detail),
        "name_part": lambda: QCoreApplication.translate("BankText", "The payer's name resembles %1").replace("%1", detail),
        "number": lambda: QCoreApplication.translate("BankText", "The transfer text names %1").replace("%1", detail),
    }
    make = texts.get(reason.code)
    return make() if make else reason.code


def describe(problem: Problem) -> str | None:
    p = problem.params
    line = problem.line
    texts = {
        "statement.too_large": lambda: QCoreApplication.translate("BankText", "The file is larger than %1 bytes; it is not a bank statement.").replace("%1", f"{p.get('limit', 0):,}"),
        "statement.too_many_lines": lambda: QCoreApplication.translate("BankText", "The file has more than %1 lines; split it by month.").replace("%1", f"{p.get('limit', 0):,}"),
        "statement.too_many_columns": lambda: QCoreApplication.translate("BankText", "Line %1 has more than %2 columns; it is not a bank statement.").replace("%1", str(line)).replace("%2", str(p.get("limit"))),
        "statement.field_too_long": lambda: QCoreApplication.translate("BankText", "Line %1 has a field longer than %2 characters.").replace("%1", str(line)).replace("%2", str(p.get("limit"))),
        "statement.not_text": lambda: QCoreApplication.translate("BankText", "The file is not text in UTF-8 or Shift_JIS (is it a spreadsheet or a PDF?)."),
        "statement.not_a_file": lambda: QCoreApplication.translate("BankText", "Choose a file."),
        "statement.unreadable": lambda: QCoreApplication.translate("BankText", "The file cannot be read."),
        "statement.csv": lambda: QCoreApplication.translate("BankText", "The CSV is malformed near line %1 (an unclosed quote?).").replace("%1", str(line)),
        "statement.empty": lambda: QCoreApplication.translate("BankText", "The file has no rows."),
        "statement.columns_unknown": lambda: QCoreApplication.translate("BankText", "The columns of line %1 are not known; choose the columns below.").replace("%1", str(line)),
        "statement.not_preset": lambda: QCoreApplication.translate("BankText", "The header on line %1 is not the one %2 writes.").replace("%1", str(line)).replace("%2", str(p.get("name", ""))),
        "statement.unknown_format": lambda: QCoreApplication.translate("BankText", "There is no format called %1.").replace("%1", str(p.get("name", ""))),
        "statement.short_row": lambda: QCoreApplication.translate("BankText", "Line %1 has %2 columns where %3 are needed.").replace("%1", str(line)).replace("%2", str(p.get("columns"))).replace("%3", str(p.get("needed"))),
        "statement.date": lambda: QCoreApplication.translate("BankText", "Line %1: %2 is not a date.").replace("%1", str(line)).replace("%2", str(p.get("text", ""))),
        "statement.amount": lambda: QCoreApplication.translate("BankText", "Line %1: %2 is not an amount of yen.").replace("%1", str(line)).replace("%2", str(p.get("text", ""))),
        "statement.formula": lambda: QCoreApplication.translate("BankText", "Line %1 starts like a spreadsheet formula, which a bank never writes.").replace("%1", str(line)),
        "statement.encoding": lambda: QCoreApplication.translate("BankText", "Record %1 is not Shift_JIS text.").replace("%1", str(line)),
        "statement.other_account": lambda: QCoreApplication.translate("BankText", "The file is for account %1, not %2.").replace("%1", str(p.get("number", ""))).replace("%2", str(p.get("account", ""))),
        "zengin.length": lambda: QCoreApplication.translate("BankText", "Record %1 is not %2 bytes long.").replace("%1", str(line)).replace("%2", str(p.get("size", 200))),
        "zengin.kind": lambda: QCoreApplication.translate("BankText", "This 全銀 file is neither 入出金取引明細 nor 振込入金通知."),
        "zengin.order": lambda: QCoreApplication.translate("BankText", "Record %1 is out of order.").replace("%1", str(line)),
        "zengin.direction": lambda: QCoreApplication.translate("BankText", "Record %1: 入払区分 must be 1 or 2.").replace("%1", str(line)),
        "zengin.no_trailer": lambda: QCoreApplication.translate("BankText", "The 全銀 file ends without its trailer record."),
        "zengin.totals": lambda: QCoreApplication.translate("BankText", "The trailer's counts and totals on record %1 do not match the records.").replace("%1", str(line)),
        "mapping.no_amount": lambda: QCoreApplication.translate("BankText", "Choose a column for the amount, or for withdrawals and deposits."),
        "mapping.same_column": lambda: QCoreApplication.translate("BankText", "Two fields use the same column."),
        "mapping.range": lambda: QCoreApplication.translate("BankText", "A column number is out of range."),
        "account.unknown": lambda: QCoreApplication.translate("BankText", "There is no account called %1.").replace("%1", str(p.get("name", ""))),
        "account.exists": lambda: QCoreApplication.translate("BankText", "An account called %1 exists already.").replace("%1", str(p.get("name", ""))),
        "bank.line_unknown": lambda: QCoreApplication.translate("BankText", "That statement line does not exist."),
        "bank.line_not_open": lambda: QCoreApplication.translate("BankText", "That deposit is no longer open."),
        "bank.line_not_matched": lambda: QCoreApplication.translate("BankText", "That line is not a confirmed match."),
        "bank.document_not_open": lambda: QCoreApplication.translate("BankText", "%1 is not an issued document with money still owed.").replace("%1", str(p.get("number", ""))),
        "bank.more_than_owed": lambda: QCoreApplication.translate("BankText", "The deposit of %1 is more than the %2 owed.").replace("%1", yen(int(p.get("deposit", 0)))).replace("%2", yen(int(p.get("owed", 0)))),
        "bank.nothing_left": lambda: QCoreApplication.translate("BankText", "Nothing of the deposit is left for %1.").replace("%1", str(p.get("number", ""))),
        "bank.dismiss_reason": lambda: QCoreApplication.translate("BankText", "Give the reason for dismissing the deposit."),
        "bank.fee_range": lambda: QCoreApplication.translate("BankText", "The fee range must lie between ¥0 and ¥10,000."),
    }
    make = texts.get(problem.code)
    return make() if make else None


problem_text.register(describe)
