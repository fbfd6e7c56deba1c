"""Translated names for the handoff values (data kinds, masks, reasons, fields) and problem sentences."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication

from ushiro_desk.domain.handoff.disclosure import DataKind, Sensitivity, WithheldReason
from ushiro_desk.domain.handoff.return_sheet import ReturnStatus
from ushiro_desk.domain.problems import Problem
from ushiro_desk.ui import problem_text


def join_list(items: Iterable[str]) -> str:
    """Items of a list in a sentence: "a, b" in English, 「a、b」 in Japanese."""
    return QCoreApplication.translate("HandoffText", ", ").join(items)


def data_kind_name(kind: DataKind) -> str:
    return {
        DataKind.INVOICES: QCoreApplication.translate("HandoffText", "Invoices"),
        DataKind.EXPENSES: QCoreApplication.translate("HandoffText", "Expenses and receipts"),
        DataKind.CLIENT_CONTACTS: QCoreApplication.translate("HandoffText", "Client contacts"),
        DataKind.BANK_DETAILS: QCoreApplication.translate("HandoffText", "Bank details"),
    }[kind]


def sensitivity_name(value: Sensitivity) -> str:
    return {
        Sensitivity.ORDINARY: QCoreApplication.translate("HandoffText", "Ordinary"),
        Sensitivity.BANK_ACCOUNT: QCoreApplication.translate("HandoffText", "Bank account numbers"),
        Sensitivity.PERSONAL: QCoreApplication.translate("HandoffText", "Personal data of individuals"),
        Sensitivity.OWNER_NOTE: QCoreApplication.translate("HandoffText", "Your own notes on records"),
    }[value]


def mask_reason(value: Sensitivity) -> str:
    """Why a field was masked, as the preview says it."""
    return {
        Sensitivity.ORDINARY: "",
        Sensitivity.BANK_ACCOUNT: QCoreApplication.translate("HandoffText", "Bank account number: not allowed for this recipient"),
        Sensitivity.PERSONAL: QCoreApplication.translate("HandoffText", "Personal data of an individual: not allowed for this recipient"),
        Sensitivity.OWNER_NOTE: QCoreApplication.translate("HandoffText", "Your own note: it stays with you"),
    }[value]


def withheld_reason(value: WithheldReason) -> str:
    return {
        WithheldReason.OWNER_ONLY: QCoreApplication.translate("HandoffText", "Owner only: you do this chore yourself"),
        WithheldReason.CONFIDENTIAL: QCoreApplication.translate("HandoffText", "Confidential: touches confidential data"),
        WithheldReason.AREA_NOT_ALLOWED: QCoreApplication.translate("HandoffText", "Outside the areas this recipient may work in"),
        WithheldReason.KIND_NOT_ALLOWED: QCoreApplication.translate("HandoffText", "A kind of data this recipient may not see"),
        WithheldReason.NOT_ASSIGNED: QCoreApplication.translate("HandoffText", "Not assigned to this recipient"),
        WithheldReason.OUTSIDE_PERIOD: QCoreApplication.translate("HandoffText", "Not due in this period"),
        WithheldReason.SHOWS_MASKED: QCoreApplication.translate("HandoffText", "The file shows fields this recipient may not see"),
    }[value]


def packet_content(contains: str, count: int) -> str:
    """What a file of the packet holds, as the preview says it."""
    if contains.startswith("records:"):
        return QCoreApplication.translate("HandoffText", "%1: %2 records").replace("%1", record_kind_name(contains.split(":", 1)[1])).replace("%2", str(count))
    names = {
        "index": QCoreApplication.translate("HandoffText", "The page to open first: tasks, rules, work order, list of files"),
        "tasks": QCoreApplication.translate("HandoffText", "Tasks: %1").replace("%1", str(count)),
        "bundle_data": QCoreApplication.translate("HandoffText", "The same tasks and records as JSON"),
        "return_sheet": QCoreApplication.translate("HandoffText", "Return sheet: %1 rows").replace("%1", str(count)),
        "manifest": QCoreApplication.translate("HandoffText", "The list of files with their SHA-256 and readable names"),
        "stored": QCoreApplication.translate("HandoffText", "The stored file, as it is"),
        "rendered": QCoreApplication.translate("HandoffText", "A copy rendered for this recipient without the masked fields"),
        "withheld": QCoreApplication.translate("HandoffText", "Stays home"),
    }
    return names.get(contains, contains)


def record_kind_name(kind: str) -> str:
    names = {
        "chore": QCoreApplication.translate("HandoffText", "Chore"),
        "occurrence": QCoreApplication.translate("HandoffText", "Due date"),
        "invoice": QCoreApplication.translate("HandoffText", "Invoice"),
        "client": QCoreApplication.translate("HandoffText", "Client"),
        "expense": QCoreApplication.translate("HandoffText", "Expense"),
        "bank_account": QCoreApplication.translate("HandoffText", "Bank account"),
        "file": QCoreApplication.translate("HandoffText", "File"),
    }
    return names.get(kind, kind)


def field_name(name: str) -> str:
    names = {
        "title": QCoreApplication.translate("HandoffText", "Title"),
        "area": QCoreApplication.translate("HandoffText", "Area"),
        "goal": QCoreApplication.translate("HandoffText", "Goal"),
        "steps": QCoreApplication.translate("HandoffText", "Steps"),
        "rules": QCoreApplication.translate("HandoffText", "Judgement rules"),
        "exceptions": QCoreApplication.translate("HandoffText", "Exceptions"),
        "inputs": QCoreApplication.translate("HandoffText", "Inputs"),
        "outputs": QCoreApplication.translate("HandoffText", "Output"),
        "estimate_minutes": QCoreApplication.translate("HandoffText", "Estimate (minutes)"),
        "cadence": QCoreApplication.translate("HandoffText", "Cadence"),
        "answers": QCoreApplication.translate("HandoffText", "Answers to their questions"),
        "owner_note": QCoreApplication.translate("HandoffText", "Your note"),
        "chore_id": QCoreApplication.translate("HandoffText", "Chore"),
        "due_date": QCoreApplication.translate("HandoffText", "Due date"),
        "state": QCoreApplication.translate("HandoffText", "State"),
        "number": QCoreApplication.translate("HandoffText", "Number"),
        "kind": QCoreApplication.translate("HandoffText", "Kind"),
        "issue_date": QCoreApplication.translate("HandoffText", "Issue date"),
        "client_name": QCoreApplication.translate("HandoffText", "Client"),
        "subject": QCoreApplication.translate("HandoffText", "Subject"),
        "total": QCoreApplication.translate("HandoffText", "Total"),
        "amount_due": QCoreApplication.translate("HandoffText", "Amount due"),
        "billed": QCoreApplication.translate("HandoffText", "Billed"),
        "paid": QCoreApplication.translate("HandoffText", "Paid"),
        "credited": QCoreApplication.translate("HandoffText", "Credited"),
        "original_number": QCoreApplication.translate("HandoffText", "Original document"),
        "status": QCoreApplication.translate("HandoffText", "Status"),
        "name": QCoreApplication.translate("HandoffText", "Name"),
        "honorific": QCoreApplication.translate("HandoffText", "Honorific"),
        "department": QCoreApplication.translate("HandoffText", "Department"),
        "person": QCoreApplication.translate("HandoffText", "Contact person"),
        "email": QCoreApplication.translate("HandoffText", "Email"),
        "postal_code": QCoreApplication.translate("HandoffText", "Postal code"),
        "address": QCoreApplication.translate("HandoffText", "Address"),
        "phone": QCoreApplication.translate("HandoffText", "Phone"),
        "date": QCoreApplication.translate("HandoffText", "Date"),
        "payee": QCoreApplication.translate("HandoffText", "Payee"),
        "amount": QCoreApplication.translate("HandoffText", "Amount"),
        "tax_category": QCoreApplication.translate("HandoffText", "Tax category"),
        "account": QCoreApplication.translate("HandoffText", "Account"),
        "payment_method": QCoreApplication.translate("HandoffText", "Payment method"),
        "memo": QCoreApplication.translate("HandoffText", "Memo"),
        "receipts": QCoreApplication.translate("HandoffText", "Receipts"),
        "attendees": QCoreApplication.translate("HandoffText", "Attendees"),
        "bank_name": QCoreApplication.translate("HandoffText", "Bank"),
        "branch_name": QCoreApplication.translate("HandoffText", "Branch"),
        "account_type": QCoreApplication.translate("HandoffText", "Account type"),
        "account_number": QCoreApplication.translate("HandoffText", "Account number"),
        "account_holder": QCoreApplication.translate("HandoffText", "Account holder"),
    }
    return names.get(name, name)


def status_name(value: ReturnStatus | None) -> str:
    if value is None:
        return QCoreApplication.translate("HandoffText", "New receipt")
    return {
        ReturnStatus.OPEN: QCoreApplication.translate("HandoffText", "Note only"),
        ReturnStatus.DONE: QCoreApplication.translate("HandoffText", "Done"),
        ReturnStatus.SKIPPED: QCoreApplication.translate("HandoffText", "Skipped"),
        ReturnStatus.QUESTION: QCoreApplication.translate("HandoffText", "Question"),
    }[value]


def state_name(value: str) -> str:
    names = {
        "open": QCoreApplication.translate("HandoffText", "Open"),
        "done": QCoreApplication.translate("HandoffText", "Done"),
        "skipped": QCoreApplication.translate("HandoffText", "Skipped"),
    }
    return names.get(value, value)


def language_name(code: str) -> str:
    return {"ja": QCoreApplication.translate("HandoffText", "Japanese"), "en": QCoreApplication.translate("HandoffText", "English")}.get(code, code)


def with_line(problem: Problem) -> str:
    """The problem's sentence, after its line number when it has one."""
    text = problem_text.describe(problem)
    if problem.line is not None:
        return QCoreApplication.translate("HandoffText", "Line %1: %2").replace("%1", str(problem.line)).replace("%2", text)
    return text


def _problems(problem: Problem) -> str | None:
    p = problem.params

    def param(name: str) -> str:
        return str(p.get(name, ""))

    texts = {
        # recipients
        "recipient.language": lambda: QCoreApplication.translate("HandoffProblems", "Choose Japanese or English for the packet."),
        "recipient.no_areas": lambda: QCoreApplication.translate("HandoffProblems", "No areas are ticked: no chore can go to this recipient."),
        "recipient.no_nda": lambda: QCoreApplication.translate("HandoffProblems", "This recipient may see data but no NDA date is recorded; sign a non-disclosure agreement first."),
        "recipient.sensitive_allowed": lambda: QCoreApplication.translate("HandoffProblems", "Sensitive data will leave unmasked for this recipient. Allow it only if the work truly needs it."),
        # work order
        "work_order.date_format": lambda: QCoreApplication.translate("HandoffProblems", "Give the payment date as a date, such as 2026-12-31."),
        "work_order.relative_payment_date": lambda: QCoreApplication.translate("HandoffProblems", "The payment date must be a specific date, not a rule such as “30 days after the invoice”."),
        "work_order.delivery_before_commission": lambda: QCoreApplication.translate("HandoffProblems", "The delivery date is before the day the work is commissioned."),
        "work_order.payment_before_delivery": lambda: QCoreApplication.translate("HandoffProblems", "The payment date is before the delivery date; check that this is what you mean."),
        "work_order.inspection_before_delivery": lambda: QCoreApplication.translate("HandoffProblems", "The inspection cannot be completed before the delivery date."),
        "work_order.past_60_days": lambda: QCoreApplication.translate("HandoffProblems", "The payment date is more than 60 days after delivery (last day inside: %1). The Freelance Act requires payment within 60 days when you have employees or two or more officers.").replace("%1", param("limit")),
        # bundles
        "handoff.period_format": lambda: QCoreApplication.translate("HandoffProblems", "Give the period as a month, such as 2026-11."),
        "handoff.nothing_to_send": lambda: QCoreApplication.translate("HandoffProblems", "Nothing would go to this recipient in this period: no assigned chore is due and allowed."),
        "handoff.file_damaged": lambda: QCoreApplication.translate("HandoffProblems", "The stored file of %1 (%2) no longer matches its SHA-256, so nothing was written.").replace("%1", param("record")).replace("%2", param("name")),
        # returns
        "return.empty": lambda: QCoreApplication.translate("HandoffProblems", "status.csv is empty."),
        "return.columns": lambda: QCoreApplication.translate("HandoffProblems", "status.csv does not have the expected columns (missing: %1; unexpected: %2).").replace("%1", param("missing") or "-").replace("%2", param("extra") or "-"),
        "return.row_length": lambda: QCoreApplication.translate("HandoffProblems", "This row has %1 cells instead of %2.").replace("%1", param("got")).replace("%2", param("expected")),
        "return.bad_id": lambda: QCoreApplication.translate("HandoffProblems", "The occurrence_id is not a number."),
        "return.bad_status": lambda: QCoreApplication.translate("HandoffProblems", "The status “%1” is not one of done, skipped or question.").replace("%1", param("value")),
        "return.bad_minutes": lambda: QCoreApplication.translate("HandoffProblems", "The minutes must be a whole number from 0 to 1440."),
        "return.no_manifest": lambda: QCoreApplication.translate("HandoffProblems", "This is not a returned handoff packet: manifest.json is missing or unreadable."),
        "return.no_status": lambda: QCoreApplication.translate("HandoffProblems", "The packet has no return/status.csv."),
        "return.unknown_bundle": lambda: QCoreApplication.translate("HandoffProblems", "This packet does not match any bundle in the disclosure ledger."),
        "return.receipt_type": lambda: QCoreApplication.translate("HandoffProblems", "The receipt %1 is not a PDF, PNG or JPEG file.").replace("%1", param("member")),
        "return.receipt_size": lambda: QCoreApplication.translate("HandoffProblems", "The receipt %1 is empty or larger than 50 MB.").replace("%1", param("member")),
        "return.receipts_unsupported": lambda: QCoreApplication.translate("HandoffProblems", "Receipts cannot be taken in yet; untick them and apply again."),
        # archives
        "archive.not_zip": lambda: QCoreApplication.translate("HandoffProblems", "This file is not a ZIP archive or it is damaged."),
        "archive.not_return": lambda: QCoreApplication.translate("HandoffProblems", "This file is not a return file written by the workspace, or it is damaged."),
        "handoff.workspace_needs_password": lambda: QCoreApplication.translate("HandoffProblems", "The .html workspace is always encrypted: it needs a password."),
        "archive.absolute_path": lambda: QCoreApplication.translate("HandoffProblems", "The archive contains an absolute path (%1); it was refused.").replace("%1", param("member")),
        "archive.path_traversal": lambda: QCoreApplication.translate("HandoffProblems", "The archive tries to write outside its folder (%1); it was refused.").replace("%1", param("member")),
        "archive.symlink": lambda: QCoreApplication.translate("HandoffProblems", "The archive contains a symbolic link (%1); it was refused.").replace("%1", param("member")),
        "archive.too_many_members": lambda: QCoreApplication.translate("HandoffProblems", "The archive contains too many files; it was refused."),
        "archive.member_too_large": lambda: QCoreApplication.translate("HandoffProblems", "A file in the archive is too large (%1); it was refused.").replace("%1", param("member")),
        "archive.bomb": lambda: QCoreApplication.translate("HandoffProblems", "A file in the archive expands suspiciously (%1); it was refused.").replace("%1", param("member")),
        "archive.too_large": lambda: QCoreApplication.translate("HandoffProblems", "The archive expands to more than 1 GB; it was refused."),
        "archive.duplicate_member": lambda: QCoreApplication.translate("HandoffProblems", "The archive contains the same file twice (%1); it was refused.").replace("%1", param("member")),
        "archive.password_needed": lambda: QCoreApplication.translate("HandoffProblems", "The archive is encrypted; type its password."),
        "archive.bad_password": lambda: QCoreApplication.translate("HandoffProblems", "The password does not open this archive."),
        "archive.damaged": lambda: QCoreApplication.translate("HandoffProblems", "The archive is damaged (%1).").replace("%1", param("member")),
    }
    make = texts.get(problem.code)
    return make() if make else None


problem_text.register(_problems)
