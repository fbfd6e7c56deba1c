"""Translated names of the expense enums, fields and history actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ushiro_desk.domain.expenses.model import InvoiceStatus, PaymentMethod, TaxCategory


def _t(text: str) -> str:
    return QCoreApplication.translate("ExpenseLabels", text)


def tax_category(category: TaxCategory | str) -> str:
    value = category.value if isinstance(category, TaxCategory) else category
    return {
        "standard_10": _t("10%"),
        "reduced_8": _t("8% reduced"),
        "exempt": _t("Exempt (非課税)"),
        "non_taxable": _t("Outside scope (対象外)"),
        "mixed": _t("Mixed rates"),
    }.get(value, value)


def invoice_status(status: InvoiceStatus | str) -> str:
    value = status.value if isinstance(status, InvoiceStatus) else status
    return {
        "qualified": _t("Qualified invoice (T-number)"),
        "transitional": _t("Transitional deduction (no T-number)"),
        "none": _t("No deduction"),
    }.get(value, value)


def payment_method(method: PaymentMethod | str) -> str:
    value = method.value if isinstance(method, PaymentMethod) else method
    return {
        "cash": _t("Cash"),
        "card": _t("Card"),
        "bank": _t("Bank transfer"),
        "owner": _t("Paid by the owner"),
    }.get(value, value)


def field_name(name: str) -> str:
    return {
        "date": _t("Date"),
        "payee": _t("Payee"),
        "amount": _t("Amount"),
        "tax_category": _t("Tax"),
        "tax_parts": _t("Tax parts"),
        "account": _t("Account"),
        "payment_method": _t("Paid by"),
        "invoice_status": _t("Invoice"),
        "supplier_tnumber": _t("T-number"),
        "memo": _t("Memo"),
        "tag": _t("Client / project"),
        "attendee_count": _t("People"),
        "attendees": _t("Attendees"),
        "is_draft": _t("Draft"),
        "receipt": _t("Receipt"),
    }.get(name, name)


def action(name: str) -> str:
    return {
        "created": _t("Created"),
        "edited": _t("Edited"),
        "completed": _t("Completed"),
        "deleted": _t("Deleted"),
        "restored": _t("Restored"),
        "receipt_attached": _t("Receipt attached"),
        "receipt_detached": _t("Receipt detached"),
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
        return _t("yes") if value else _t("no")
    if name == "tax_parts" and isinstance(value, list):
        return ", ".join(f"{tax_category(str(c))} ¥{int(a):,}" for c, a in value)
    return str(value)
