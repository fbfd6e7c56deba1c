"""Translated names of the expense enums, fields and history actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ushiro_desk.domain.expenses.model import InvoiceStatus, PaymentMethod, TaxCategory



def tax_category(category: TaxCategory | str) -> str:
    value = category.value if isinstance(category, TaxCategory) else category
    return {
        "standard_10": QCoreApplication.translate("ExpenseLabels", "10%"),
        "reduced_8": QCoreApplication.translate("ExpenseLabels", "8% reduced"),
        "exempt": QCoreApplication.translate("ExpenseLabels", "Exempt (非課税)"),
        "non_taxable": QCoreApplication.translate("ExpenseLabels", "Outside scope (対象外)"),
        "mixed": QCoreApplication.translate("ExpenseLabels", "Mixed rates"),
    }.get(value, value)


def invoice_status(status: InvoiceStatus | str) -> str:
    value = status.value if isinstance(status, InvoiceStatus) else status
    return {
        "qualified": QCoreApplication.translate("ExpenseLabels", "Qualified invoice (T-number)"),
        "transitional": QCoreApplication.translate("ExpenseLabels", "Transitional deduction (no T-number)"),
        "none": QCoreApplication.translate("ExpenseLabels", "No deduction"),
    }.get(value, value)


def payment_method(method: PaymentMethod | str) -> str:
    value = method.value if isinstance(method, PaymentMethod) else method
    return {
        "cash": QCoreApplication.translate("ExpenseLabels", "Cash"),
        "card": QCoreApplication.translate("ExpenseLabels", "Card"),
        "bank": QCoreApplication.translate("ExpenseLabels", "Bank transfer"),
        "owner": QCoreApplication.translate("ExpenseLabels", "Paid by the owner"),
    }.get(value, value)


def field_name(name: str) -> str:
    return {
        "date": QCoreApplication.translate("ExpenseLabels", "Date"),
        "payee": QCoreApplication.translate("ExpenseLabels", "Payee"),
        "amount": QCoreApplication.translate("ExpenseLabels", "Amount"),
        "tax_category": QCoreApplication.translate("ExpenseLabels", "Tax"),
        "tax_parts": QCoreApplication.translate("ExpenseLabels", "Tax parts"),
        "account": QCoreApplication.translate("ExpenseLabels", "Account"),
        "payment_method": QCoreApplication.translate("ExpenseLabels", "Paid by"),
        "invoice_status": QCoreApplication.translate("ExpenseLabels", "Invoice"),
        "supplier_tnumber": QCoreApplication.translate("ExpenseLabels", "T-number"),
        "memo": QCoreApplication.translate("ExpenseLabels", "Memo"),
        "tag": QCoreApplication.translate("ExpenseLabels", "Client / project"),
        "attendee_count": QCoreApplication.translate("ExpenseLabels", "People"),
        "attendees": QCoreApplication.translate("ExpenseLabels", "Attendees"),
        "is_draft": QCoreApplication.translate("ExpenseLabels", "Draft"),
        "receipt": QCoreApplication.translate("ExpenseLabels", "Receipt"),
    }.get(name, name)


def action(name: str) -> str:
    return {
        "created": QCoreApplication.translate("ExpenseLabels", "Created"),
        "edited": QCoreApplication.translate("ExpenseLabels", "Edited"),
        "completed": QCoreApplication.translate("ExpenseLabels", "Completed"),
        "deleted": QCoreApplication.translate("ExpenseLabels", "Deleted"),
        "restored": QCoreApplication.translate("ExpenseLabels", "Restored"),
        "receipt_attached": QCoreApplication.translate("ExpenseLabels", "Receipt attached"),
        "receipt_detached": QCoreApplication.translate("ExpenseLabels", "Receipt detached"),
    }.get(name, name)


def value_text(name: str, value: object) -> str:
    """A recorded value as the owner reads it."""
    if value is None or value == "":
        return "—"
    if name == "amount" and isinstance(value, int):
        return f"¥{value:,}"
    if name == "tax_category":
        return tax_category(str(value))
    if name == "invoice_status":
        return invoice_status(str(value))
    if name == "payment_method":
        return payment_method(str(value))
    if name == "is_draft":
        return QCoreApplication.translate("ExpenseLabels", "yes") if value else QCoreApplication.translate("ExpenseLabels", "no")
    if name == "tax_parts" and isinstance(value, list):
        return ", ".join(f"{tax_category(str(c))} ¥{int(a):,}" for c, a in value)
    return str(value)
