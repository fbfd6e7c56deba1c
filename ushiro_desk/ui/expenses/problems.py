"""Sentences for the expense problem codes (registered once with `ui.problem_text`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ushiro_desk.domain.problems import Problem
from ushiro_desk.ui import problem_text

_registered = False



def describe(problem: Problem) -> str | None:
    p = problem.params
    name = str(p.get("name", ""))
    code = problem.code
    if code == "receipt.duplicate":
        text = QCoreApplication.translate("ExpenseProblems", "%1 is already the receipt of expense #%2 (%3, %4, ¥%5).")
        if p.get("deleted"):
            text = QCoreApplication.translate("ExpenseProblems", "%1 is already the receipt of deleted expense #%2 (%3, %4, ¥%5).")
        return (
            text.replace("%1", name).replace("%2", str(p.get("expense_id"))).replace("%3", str(p.get("date")))
            .replace("%4", str(p.get("payee")) or "—").replace("%5", f"{int(p.get('amount', 0)):,}")
        )
    if code == "export.unencodable":
        return (
            QCoreApplication.translate("ExpenseProblems", "Line %1, %2: %3 cannot be written in Shift_JIS (expense #%4). Change the text and export again.")
            .replace("%1", str(problem.line)).replace("%2", problem.field).replace("%3", str(p.get("characters")))
            .replace("%4", str(p.get("expense_id")))
        )
    texts = {
        "expense.amount.number": lambda: QCoreApplication.translate("ExpenseProblems", "Type the amount in whole yen, digits only (e.g. 1,280)."),
        "expense.amount.negative": lambda: QCoreApplication.translate("ExpenseProblems", "An amount cannot be negative."),
        "expense.amount.zero": lambda: QCoreApplication.translate("ExpenseProblems", "The amount must be more than 0 yen."),
        "expense.amount.too_large": lambda: QCoreApplication.translate("ExpenseProblems", "The amount is too large (at most 999,999,999 yen)."),
        "expense.date.future": lambda: QCoreApplication.translate("ExpenseProblems", "This date is too far in the future; check the year."),
        "expense.date.past": lambda: QCoreApplication.translate("ExpenseProblems", "This date is too far in the past; check the year."),
        "expense.date.after_today": lambda: QCoreApplication.translate("ExpenseProblems", "This date is after today."),
        "expense.account.unknown": lambda: QCoreApplication.translate("ExpenseProblems", "This account is not in the list (Settings → Expenses)."),
        "expense.account.repeated": lambda: QCoreApplication.translate("ExpenseProblems", "This account is in the list twice."),
        "expense.parts.sum": lambda: QCoreApplication.translate("ExpenseProblems", "The parts add up to ¥%1, not ¥%2.")
        .replace("%1", f"{int(p.get('parts', 0)):,}").replace("%2", f"{int(p.get('total', 0)):,}"),
        "expense.parts.too_few": lambda: QCoreApplication.translate("ExpenseProblems", "A mixed receipt needs at least two parts."),
        "expense.parts.category": lambda: QCoreApplication.translate("ExpenseProblems", "Each part has one tax rate."),
        "expense.tnumber.missing": lambda: QCoreApplication.translate("ExpenseProblems", "A qualified invoice carries the supplier's T-number; copy it here."),
        "expense.attendees.number": lambda: QCoreApplication.translate("ExpenseProblems", "Type the number of people in digits."),
        "expense.attendees.missing": lambda: QCoreApplication.translate("ExpenseProblems", "For a meal, record how many people attended."),
        "expense.attendees.names": lambda: QCoreApplication.translate("ExpenseProblems", "For a meal, record who attended and their company."),
        "expense.meal.suggest_meeting": lambda: QCoreApplication.translate("ExpenseProblems", "¥%1 per person is within ¥%2: this meal can be 会議費.")
        .replace("%1", f"{int(p.get('per_person', 0)):,}").replace("%2", f"{int(p.get('limit', 0)):,}"),
        "expense.meal.over_limit": lambda: QCoreApplication.translate("ExpenseProblems", "¥%1 per person is over ¥%2: this meal is usually 接待交際費.")
        .replace("%1", f"{int(p.get('per_person', 0)):,}").replace("%2", f"{int(p.get('limit', 0)):,}"),
        "expense.transitional_cap": lambda: QCoreApplication.translate("ExpenseProblems", "This year's purchases from this supplier under the transitional measure reach ¥%1, above ¥%2: the part above it gets no input-tax credit.")
        .replace("%1", str(p.get("total", ""))).replace("%2", str(p.get("cap", ""))),
        "expense.delete.reason": lambda: QCoreApplication.translate("ExpenseProblems", "Say why (it is kept in the history)."),
        "expense.not_found": lambda: QCoreApplication.translate("ExpenseProblems", "This expense does not exist."),
        "expense.deleted": lambda: QCoreApplication.translate("ExpenseProblems", "This expense is deleted; restore it first."),
        "expense.not_deleted": lambda: QCoreApplication.translate("ExpenseProblems", "This expense is not deleted."),
        "expense.changed_elsewhere": lambda: QCoreApplication.translate("ExpenseProblems", "This expense was changed elsewhere; reload it and try again."),
        "receipt.missing": lambda: QCoreApplication.translate("ExpenseProblems", "%1 was not found.").replace("%1", name),
        "receipt.unreadable": lambda: QCoreApplication.translate("ExpenseProblems", "%1 cannot be read.").replace("%1", name),
        "receipt.empty": lambda: QCoreApplication.translate("ExpenseProblems", "%1 is empty (0 bytes).").replace("%1", name),
        "receipt.too_large": lambda: QCoreApplication.translate("ExpenseProblems", "%1 is larger than 50 MB.").replace("%1", name),
        "receipt.type": lambda: QCoreApplication.translate("ExpenseProblems", "%1 is not a PDF, PNG, JPEG, GIF, WebP or TIFF file.").replace("%1", name),
        "receipt.name": lambda: QCoreApplication.translate("ExpenseProblems", "The name of %1 has characters that cannot be kept (%2); rename the file.")
        .replace("%1", name).replace("%2", str(p.get("characters", "")) or "?"),
        "receipt.repeated": lambda: QCoreApplication.translate("ExpenseProblems", "%1 was given twice.").replace("%1", name),
        "receipt.changed": lambda: QCoreApplication.translate("ExpenseProblems", "%1 changed while it was being stored; try again.").replace("%1", name),
        "receipt.not_attached": lambda: QCoreApplication.translate("ExpenseProblems", "This receipt is not attached."),
        "receipt.not_detached": lambda: QCoreApplication.translate("ExpenseProblems", "This receipt is attached already."),
        "search.date_range": lambda: QCoreApplication.translate("ExpenseProblems", "The end date is before the start date."),
        "search.amount_range": lambda: QCoreApplication.translate("ExpenseProblems", "The largest amount is smaller than the smallest."),
        "search.date": lambda: QCoreApplication.translate("ExpenseProblems", "Type a date as 2026-04-01."),
        "export.folder_not_empty": lambda: QCoreApplication.translate("ExpenseProblems", "Choose a new or empty folder for the audit export."),
        "export.is_folder": lambda: QCoreApplication.translate("ExpenseProblems", "Choose a file name, not a folder."),
        "export.no_folder": lambda: QCoreApplication.translate("ExpenseProblems", "The folder does not exist."),
        "export.format": lambda: QCoreApplication.translate("ExpenseProblems", "Unknown export format."),
    }
    make = texts.get(code)
    return make() if make else None


def register() -> None:
    global _registered
    if not _registered:
        problem_text.register(describe)
        _registered = True
