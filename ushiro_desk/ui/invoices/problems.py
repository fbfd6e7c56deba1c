"""Sentences for the invoicing problem codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ushiro_desk.domain.problems import Problem
from ushiro_desk.ui import problem_text


def describe(problem: Problem) -> str | None:
    p = problem.params
    texts = {
        "line.number": lambda: QCoreApplication.translate("InvoicesProblems", "Enter a number, e.g. 1,200 or 2.5 (up to 4 decimals)."),
        "line.quantity_zero": lambda: QCoreApplication.translate("InvoicesProblems", "The quantity cannot be zero."),
        "line.quantity_range": lambda: QCoreApplication.translate("InvoicesProblems", "The quantity is too large."),
        "line.withholding_non_taxable": lambda: QCoreApplication.translate("InvoicesProblems", "Withholding on a non-taxable line is unusual; check the line."),
        "line.withholding_out_of_scope": lambda: QCoreApplication.translate("InvoicesProblems", "A reimbursed cost (対象外) is not a fee: it is left out of the withholding base."),
        "amount.range": lambda: QCoreApplication.translate("InvoicesProblems", "The amount is larger than 1 trillion yen."),
        "search.date_range": lambda: QCoreApplication.translate("InvoicesProblems", "The end of the date range is before its start."),
        "search.amount_range": lambda: QCoreApplication.translate("InvoicesProblems", "The largest total is smaller than the smallest."),
        "search.amount_negative": lambda: QCoreApplication.translate("InvoicesProblems", "A total cannot be negative."),
        "line.travel_not_withheld": lambda: QCoreApplication.translate("InvoicesProblems", "Travel costs paid together with a fee are withheld too (NTA No.2795), unless the client pays the carrier or hotel directly."),
        "credit_note.more_than_left": lambda: QCoreApplication.translate("InvoicesProblems", "This credit is more than what is left of the invoice (%1 including tax after earlier credit notes).").replace("%1", f"¥{int(p.get('left', 0)):,}"),
        "document.no_lines": lambda: QCoreApplication.translate("InvoicesProblems", "Add at least one line."),
        "document.total_not_positive": lambda: QCoreApplication.translate("InvoicesProblems", "The total must be more than zero."),
        "document.period_order": lambda: QCoreApplication.translate("InvoicesProblems", "The period must start before it ends."),
        "document.due_before_issue": lambda: QCoreApplication.translate("InvoicesProblems", "The due date is before the issue date."),
        "document.not_draft": lambda: QCoreApplication.translate("InvoicesProblems", "This document is issued and can no longer be changed; make a correction or a credit note."),
        "document.not_issued": lambda: QCoreApplication.translate("InvoicesProblems", "This document is not issued yet."),
        "document.pdf_damaged": lambda: QCoreApplication.translate("InvoicesProblems", "The stored PDF is missing or damaged; restore a backup."),
        "document.original_not_issued": lambda: QCoreApplication.translate("InvoicesProblems", "Choose an issued document."),
        "document.not_a_quote": lambda: QCoreApplication.translate("InvoicesProblems", "Only an issued quote becomes an invoice."),
        "document.not_an_invoice": lambda: QCoreApplication.translate("InvoicesProblems", "Only an issued invoice can be credited or corrected."),
        "document.already_corrected": lambda: QCoreApplication.translate("InvoicesProblems", "This invoice was already corrected; work on the correction instead."),
        "document.missing": lambda: QCoreApplication.translate("InvoicesProblems", "The document no longer exists."),
        "credit_note.below_threshold": lambda: QCoreApplication.translate("InvoicesProblems", "Below 10,000 yen including tax a credit note is not required (消法57条の4③); you may still issue it."
        ),
        "company.missing": lambda: QCoreApplication.translate("InvoicesProblems", "Enter your company profile in Settings first."),
        "company.no_registration_number": lambda: QCoreApplication.translate("InvoicesProblems", "Your company profile has no registration number (T-number): this will not be a qualified invoice."
        ),
        "company.no_bank_account": lambda: QCoreApplication.translate("InvoicesProblems", "Your company profile has no bank account to print as 振込先."),
        "company.no_address": lambda: QCoreApplication.translate("InvoicesProblems", "Your company profile has no address to print under your name."),
        "numbering.one_counter": lambda: QCoreApplication.translate("InvoicesProblems", "A pattern needs exactly one counter such as {NNNN}."),
        "numbering.unknown_token": lambda: QCoreApplication.translate("InvoicesProblems", "Unknown part %1; use {YYYY}, {YY}, {MM} and {NNNN}.").replace(
            "%1", "{" + str(p.get("token", "")) + "}"
        ),
        "numbering.characters": lambda: QCoreApplication.translate("InvoicesProblems", "Use only letters, digits and - _ / . # around the parts."),
        "numbering.length": lambda: QCoreApplication.translate("InvoicesProblems", "The pattern is too long."),
        "numbering.same_as_other": lambda: QCoreApplication.translate("InvoicesProblems", "This pattern could give the same numbers as another series."),
        "numbering.taken": lambda: QCoreApplication.translate("InvoicesProblems", "The number %1 is taken; change the number pattern.").replace("%1", str(p.get("number", ""))),
        "terms.day_range": lambda: QCoreApplication.translate("InvoicesProblems", "Choose a day from 1 to 28, or month end."),
        "terms.months_range": lambda: QCoreApplication.translate("InvoicesProblems", "Choose the same month or up to 3 months later."),
        "terms.net_days_range": lambda: QCoreApplication.translate("InvoicesProblems", "Choose 0 to 365 days."),
        "settings.quote_days": lambda: QCoreApplication.translate("InvoicesProblems", "Choose 1 to 365 days."),
        "client.language": lambda: QCoreApplication.translate("InvoicesProblems", "Choose Japanese or English."),
        "payment.negative": lambda: QCoreApplication.translate("InvoicesProblems", "The amount cannot be negative."),
        "payment.zero": lambda: QCoreApplication.translate("InvoicesProblems", "Enter the amount received."),
        "payment.large_fee": lambda: QCoreApplication.translate("InvoicesProblems", "That is a large bank fee; check the amount."),
        "payment.overpaid": lambda: QCoreApplication.translate("InvoicesProblems", "This is %1 more than is owed.").replace("%1", f"¥{int(p.get('excess', 0)):,}"),
        "payment.not_receivable": lambda: QCoreApplication.translate("InvoicesProblems", "Payments are recorded on issued invoices only."),
        "payment.corrected": lambda: QCoreApplication.translate("InvoicesProblems", "This invoice was corrected; record the payment on the correction."),
        "recurring.cadence": lambda: QCoreApplication.translate("InvoicesProblems", "Choose how often the invoice repeats."),
    }
    make = texts.get(problem.code)
    return make() if make else None


_registered = False


def register() -> None:
    global _registered
    if not _registered:
        problem_text.register(describe)
        _registered = True
