"""Recording payments: date, amount received, the bank fee the client deducted; partial payments and
a clear warning before an overpayment is recorded."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.invoicing.status import Payment
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.invoicing import payments, queries
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.invoices import editor
from ushiro_desk.ui.invoices.editor import date_edit, from_qdate, to_qdate
from ushiro_desk.ui.invoices.models import yen
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.widgets.form import ERROR_STYLE, WARNING_STYLE, FieldErrors
from ushiro_desk.ui.widgets.yen import YenSpinBox

MAX_YEN = 2_000_000_000  # a QSpinBox holds a 32-bit int; larger payments are entered in parts


def yen_box(name: str) -> QSpinBox:
    box = YenSpinBox(maximum=MAX_YEN)
    box.setObjectName(name)
    return box


class PaymentDialog(QDialog):
    """Payments of one issued invoice: the list, and a form to add one."""

    def __init__(self, ctx: UiContext, document_id: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document_id = document_id
        self.today = today
        self.setObjectName("payment_dialog")
        self.setMinimumWidth(560)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("payments")
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Received"), self.tr("Bank fee"), self.tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)
        remove = QPushButton(self.tr("Remove selected payment"))
        remove.setObjectName("remove_payment")
        remove.clicked.connect(self.remove_selected)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        self.paid_on = date_edit("paid_on")
        self.paid_on.setDate(to_qdate(today))
        form.addRow(self.tr("Date received"), self.errors.wrap("paid_on", self.paid_on))
        self.amount = yen_box("amount")
        form.addRow(self.tr("Amount received"), self.errors.wrap("amount", self.amount))
        self.bank_fee = yen_box("bank_fee")
        self.bank_fee.setToolTip(self.tr("振込手数料 the client deducted from the transfer; it settles the invoice like money."))
        form.addRow(self.tr("Bank fee deducted"), self.errors.wrap("bank_fee", self.bank_fee))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons.addWidget(self.message, 1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.record_button = QPushButton(self.tr("Record payment"))
        self.record_button.setObjectName("record")
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.record)
        buttons.addWidget(close)
        buttons.addWidget(self.record_button)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        row = queries.list_documents(self.ctx.store, ids=[self.document_id])[0]
        standing = row.standing(self.today)
        self.balance = standing.balance
        self.setWindowTitle(self.tr("Payments for %1").replace("%1", row.number or ""))
        text = self.tr("%1 — amount due %2, still owed %3.").replace("%1", row.client_name).replace(
            "%2", yen(row.amount_due)).replace("%3", yen(max(standing.balance, 0)))
        if standing.overpaid:
            text += " " + self.tr("Overpaid by %1.").replace("%1", yen(standing.overpaid))
        self.summary.setText(text)
        self._payments = payments.payments_of(self.ctx.store, self.document_id)
        self.table.setRowCount(len(self._payments))
        for r, p in enumerate(self._payments):
            for c, value in enumerate((p.paid_on.isoformat(), yen(p.amount), yen(p.bank_fee), p.note)):
                item = QTableWidgetItem(value)
                if c in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.amount.setValue(max(0, min(standing.balance, MAX_YEN)))
        self.bank_fee.setValue(0)

    def payment(self) -> Payment:
        return Payment(from_qdate(self.paid_on.date()), self.amount.value(), self.bank_fee.value(), self.note.text().strip())

    def record(self) -> bool:
        payment = self.payment()
        problems = payments.payment_problems(self.ctx.store, self.document_id, payment, self.today)
        self.errors.show(problems)
        if any(p.is_error for p in problems):
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Not recorded: please correct the marked fields."))
            return False
        over = next((p for p in problems if p.code == "payment.overpaid"), None)
        if over is not None and not editor.confirm(
            self,
            self.tr("Overpayment"),
            self.tr("This settles %1 more than is owed. Record it anyway? The excess stays visible as overpaid.")
            .replace("%1", yen(int(over.params["excess"]))),
        ):
            self.message.setStyleSheet(WARNING_STYLE)
            self.message.setText(describe(over))
            return False
        try:
            changes, _ = payments.record_payment(self.ctx.store, self.document_id, payment, self.today)
        except InvalidInput as exc:
            self.errors.show(exc.problems)
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Payment recorded."))
        self.note.clear()
        self.ctx.bus.announce(changes)
        self.reload()
        return True

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self._payments):
            return
        chosen = self._payments[row]
        if chosen.id is None or not editor.confirm(
            self, self.tr("Remove payment"),
            self.tr("Remove the payment of %1 received on %2?").replace("%1", yen(chosen.amount)).replace("%2", chosen.paid_on.isoformat()),
        ):
            return
        self.ctx.bus.announce(payments.delete_payment(self.ctx.store, chosen.id))
        self.reload()
