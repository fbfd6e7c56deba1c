"""Qt item models over the documents list (summaries are the row cache) and display words."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ushiro_desk.domain.invoicing.document import DocumentKind
from ushiro_desk.domain.invoicing.status import DocumentSummary, Standing, Status
from ushiro_desk.domain.invoicing.tax import PriceMode, Rounding, TaxCategory
from ushiro_desk.ui import clock

Index = QModelIndex | QPersistentModelIndex


def kind_name(kind: DocumentKind) -> str:
    return {
        DocumentKind.QUOTE: QCoreApplication.translate("Invoices", "Quote"),
        DocumentKind.INVOICE: QCoreApplication.translate("Invoices", "Invoice"),
        DocumentKind.CORRECTION: QCoreApplication.translate("Invoices", "Correction"),
        DocumentKind.CREDIT_NOTE: QCoreApplication.translate("Invoices", "Credit note"),
    }[kind]


def status_name(status: Status) -> str:
    return {
        Status.DRAFT: QCoreApplication.translate("Invoices", "Draft"),
        Status.ISSUED: QCoreApplication.translate("Invoices", "Issued"),
        Status.SENT: QCoreApplication.translate("Invoices", "Sent"),
        Status.PARTLY_PAID: QCoreApplication.translate("Invoices", "Partly paid"),
        Status.PAID: QCoreApplication.translate("Invoices", "Paid"),
        Status.CREDITED: QCoreApplication.translate("Invoices", "Credited"),
        Status.PARTLY_CREDITED: QCoreApplication.translate("Invoices", "Partly credited"),
        Status.CORRECTED: QCoreApplication.translate("Invoices", "Corrected"),
        Status.ACCEPTED: QCoreApplication.translate("Invoices", "Accepted"),
    }[status]


def category_name(category: TaxCategory) -> str:
    return {
        TaxCategory.STANDARD: QCoreApplication.translate("Invoices", "10%"),
        TaxCategory.REDUCED: QCoreApplication.translate("Invoices", "8% reduced"),
        TaxCategory.EXEMPT: QCoreApplication.translate("Invoices", "Exempt (0%)"),
        TaxCategory.NON_TAXABLE: QCoreApplication.translate("Invoices", "Non-taxable"),
        TaxCategory.OUT_OF_SCOPE: QCoreApplication.translate("Invoices", "Outside scope (立替金)"),
    }[category]


def rounding_name(rounding: Rounding) -> str:
    return {Rounding.FLOOR: QCoreApplication.translate("Invoices", "Round down (切捨て)"), Rounding.CEILING: QCoreApplication.translate("Invoices", "Round up (切上げ)"), Rounding.HALF_UP: QCoreApplication.translate("Invoices", "Round half up (四捨五入)")}[rounding]


def price_mode_name(mode: PriceMode) -> str:
    return {PriceMode.EXCLUSIVE: QCoreApplication.translate("Invoices", "Prices exclude tax"), PriceMode.INCLUSIVE: QCoreApplication.translate("Invoices", "Prices include tax")}[mode]


def yen(amount: int) -> str:
    return f"¥{amount:,}" if amount >= 0 else f"-¥{-amount:,}"


def status_text(standing: Standing) -> str:
    text = status_name(standing.status)
    if standing.overdue:
        text = QCoreApplication.translate("Invoices", "%1, overdue %2 days").replace("%1", text).replace("%2", str(standing.days_overdue))
    if standing.overpaid:
        text = QCoreApplication.translate("Invoices", "%1, overpaid %2").replace("%1", text).replace("%2", yen(standing.overpaid))
    return text


OVERDUE = QColor("#c62828")
MUTED = QColor("#7a828c")


class DocumentsModel(QAbstractTableModel):
    """One row per document; the summaries are the cache (a few thousand rows are cheap)."""

    # The ledger order: what a reader scans first; the kind (quote, credit note…) is last, the
    # number says it too and the kind filter narrows by it.
    COLUMNS = ("number", "client", "subject", "issue_date", "due_date", "amount", "balance", "status", "kind")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DocumentSummary] = []
        self._standing: list[Standing] = []
        self.today = clock.today()

    def set_rows(self, rows: list[DocumentSummary], today: date) -> None:
        self.beginResetModel()
        self._rows = rows
        self.today = today
        self._standing = [r.standing(today) for r in rows]
        self.endResetModel()

    def row_at(self, row: int) -> DocumentSummary:
        return self._rows[row]

    def standing_at(self, row: int) -> Standing:
        return self._standing[row]

    def row_of(self, document_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == document_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "number": QCoreApplication.translate("Invoices", "Number"),
            "kind": QCoreApplication.translate("Invoices", "Kind"),
            "client": QCoreApplication.translate("Invoices", "Client"),
            "subject": QCoreApplication.translate("Invoices", "Subject"),
            "issue_date": QCoreApplication.translate("Invoices", "Issue date"),
            "due_date": QCoreApplication.translate("Invoices", "Due"),
            "amount": QCoreApplication.translate("Invoices", "Amount due"),
            "balance": QCoreApplication.translate("Invoices", "Balance"),
            "status": QCoreApplication.translate("Invoices", "Status"),
        }[self.COLUMNS[section]]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, standing = self._rows[index.row()], self._standing[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "number":
                return row.number or QCoreApplication.translate("DocumentEditor", "%1 (draft)").replace("%1", kind_name(row.kind))
            if column == "kind":
                text = kind_name(row.kind)
                return f"{text} ← {row.original_number}" if row.original_number else text
            if column == "client":
                return row.client_name
            if column == "subject":
                return row.subject
            if column == "issue_date":
                return row.issue_date.isoformat()
            if column == "due_date":
                return row.due_date.isoformat() if row.due_date else ""
            if column == "amount":  # a credit note lowers what is owed: shown as a negative amount
                return yen(-row.amount_due if row.kind is DocumentKind.CREDIT_NOTE else row.amount_due)
            if column == "balance":
                return yen(standing.balance) if row.kind.is_receivable and row.number else ""
            return status_text(standing)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("amount", "balance"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if standing.overdue and column in ("due_date", "balance", "status"):
                return QBrush(OVERDUE)
            if row.number is None or standing.status in (Status.CORRECTED, Status.CREDITED):
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("number", "client", "subject", "status", "kind"):
            tip = [kind_name(row.kind) + (f" ← {row.original_number}" if row.original_number else ""), row.client_name]
            return "\n".join(t for t in (*tip, row.subject, status_text(standing)) if t)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
