"""The expense editor: every field with its error next to it, receipts attached by drag and drop or a
file dialog, thumbnails that open the viewer, and the meal rule (会議費 up to ¥10,000 a head)."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QSizePolicy,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.expenses.accounts import MEAL_ACCOUNTS
from ushiro_desk.domain.expenses.model import (
    SINGLE_CATEGORIES,
    Expense,
    InvoiceStatus,
    PaymentMethod,
    Receipt,
    TaxCategory,
)
from ushiro_desk.domain.expenses.rules import ExpenseInput, parse_amount, suggest_meal_account
from ushiro_desk.domain.problems import InvalidInput, Problem
from ushiro_desk.services import expenses
from ushiro_desk.ui import clock
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.expenses import labels
from ushiro_desk.ui.expenses.problems import register as register_problems
from ushiro_desk.ui.expenses.viewer import ReceiptViewer, thumbnail
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.widgets.form import ERROR_STYLE, WARNING_STYLE, FieldErrors
from ushiro_desk.ui.widgets import files
from ushiro_desk.ui.widgets.yen import YenEdit

RECEIPT_FILTER = "*.pdf *.png *.jpg *.jpeg *.gif *.webp *.tif *.tiff"
ReceiptRole = Qt.ItemDataRole.UserRole + 2
PathRole = Qt.ItemDataRole.UserRole + 3
STRIP_THUMB = QSize(48, 64)  # the thumbnails under the form; the viewer shows the receipt at full size


def pending_receipt(path: Path) -> Receipt:
    """A chosen file not stored yet, described as a receipt so that it can be shown before saving."""
    try:
        stat = path.stat()
        size, stamp = stat.st_size, stat.st_mtime_ns
    except OSError:
        size, stamp = 0, 0
    media = "application/pdf" if path.suffix.lower() == ".pdf" else "image/" + path.suffix.lower().lstrip(".")
    return Receipt(0, 0, f"pending:{path}:{stamp}:{size}", path.name, media, size, "")


def dropped_paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ExpenseEditor(QWidget):
    """Edits one expense (or a new one).

    Signals:
        saved(int): the expense was saved (created, edited or completed); its id.
    """

    saved = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        register_problems()
        self.ctx = ctx
        self.setAcceptDrops(True)
        self.errors = FieldErrors()
        self.expense_id: int | None = None
        self.expense: Expense | None = None
        self._pending: list[Path] = []  # files chosen for an expense not saved yet
        self._payees: dict[str, tuple[str, str]] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        form = QFormLayout(body)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.date = QDateEdit()
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDateRange(QDate(1900, 1, 1), QDate(2199, 12, 31))
        form.addRow(labels.field_name("date"), self.errors.wrap("date", self.date))

        self.payee = QLineEdit()
        self.payee.setObjectName("payee")
        self.payee.setPlaceholderText(self.tr("Shop or company on the receipt (取引先)"))
        self._completer_model = QStringListModel(self)
        completer = QCompleter(self._completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._payee_chosen)
        self.payee.setCompleter(completer)
        form.addRow(labels.field_name("payee"), self.errors.wrap("payee", self.payee))

        self.amount = YenEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("Yen, tax included"))
        form.addRow(labels.field_name("amount"), self.errors.wrap("amount", self.amount))

        self.tax_category = QComboBox()
        self.tax_category.setObjectName("tax_category")
        for category in TaxCategory:
            self.tax_category.addItem(labels.tax_category(category), category.value)
        self.tax_category.currentIndexChanged.connect(self._category_changed)
        form.addRow(labels.field_name("tax_category"), self.errors.wrap("tax_category", self.tax_category))

        parts_box = QWidget()
        parts_layout = QVBoxLayout(parts_box)
        parts_layout.setContentsMargins(0, 0, 0, 0)
        self.parts = QTableWidget(0, 2)
        self.parts.setObjectName("tax_parts")
        self.parts.setHorizontalHeaderLabels([labels.field_name("tax_category"), labels.field_name("amount")])
        self.parts.horizontalHeader().setStretchLastSection(True)
        self.parts.setMaximumHeight(110)
        parts_layout.addWidget(self.parts)
        part_buttons = QHBoxLayout()
        add_part = QPushButton(self.tr("Add part"))
        add_part.clicked.connect(lambda: self._add_part(TaxCategory.STANDARD, ""))
        remove_part = QPushButton(self.tr("Remove part"))
        remove_part.clicked.connect(lambda: self.parts.removeRow(max(0, self.parts.currentRow())))
        part_buttons.addWidget(add_part)
        part_buttons.addWidget(remove_part)
        part_buttons.addStretch(1)
        parts_layout.addLayout(part_buttons)
        self.parts_row = self.errors.wrap("tax_parts", parts_box)
        form.addRow(labels.field_name("tax_parts"), self.parts_row)
        self._parts_label = form.labelForField(self.parts_row)

        self.invoice_status = QComboBox()
        self.invoice_status.setObjectName("invoice_status")
        for status in InvoiceStatus:
            self.invoice_status.addItem(labels.invoice_status(status), status.value)
        form.addRow(labels.field_name("invoice_status"), self.errors.wrap("invoice_status", self.invoice_status))

        self.tnumber = QLineEdit()
        self.tnumber.setObjectName("supplier_tnumber")
        self.tnumber.setPlaceholderText("T1234567890123")
        form.addRow(labels.field_name("supplier_tnumber"), self.errors.wrap("supplier_tnumber", self.tnumber))

        self.account = QComboBox()
        self.account.setObjectName("account")
        self.account.currentIndexChanged.connect(self._update_meal_hint)
        form.addRow(labels.field_name("account"), self.errors.wrap("account", self.account))

        self.payment_method = QComboBox()
        self.payment_method.setObjectName("payment_method")
        for method in PaymentMethod:
            self.payment_method.addItem(labels.payment_method(method), method.value)
        form.addRow(labels.field_name("payment_method"), self.errors.wrap("payment_method", self.payment_method))

        self.attendee_count = QLineEdit()
        self.attendee_count.setObjectName("attendee_count")
        self.attendee_count.setPlaceholderText(self.tr("For meals: number of people"))
        self.attendees = QLineEdit()
        self.attendees.setObjectName("attendees")
        self.attendees.setPlaceholderText(self.tr("Names and companies (e.g. 株式会社青山商事 佐藤様)"))
        self.meal_hint = QLabel()
        self.meal_hint.setObjectName("meal_hint")
        self.meal_hint.setWordWrap(True)
        self.use_suggestion = QPushButton(self.tr("Use"))
        self.use_suggestion.setObjectName("use_suggestion")
        self.use_suggestion.clicked.connect(self._use_suggestion)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.meal_hint, 1)
        hint_row.addWidget(self.use_suggestion)
        form.addRow(labels.field_name("attendee_count"), self.errors.wrap("attendee_count", self.attendee_count))
        form.addRow(labels.field_name("attendees"), self.errors.wrap("attendees", self.attendees))
        form.addRow("", hint_row)
        for edit in (self.amount, self.attendee_count):
            edit.textChanged.connect(self._update_meal_hint)
        self.date.dateChanged.connect(self._update_meal_hint)

        self.memo = QPlainTextEdit()
        self.memo.setObjectName("memo")
        self.memo.setFixedHeight(64)
        self.memo.setTabChangesFocus(True)
        memo_box = self.errors.wrap("memo", self.memo)
        memo_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form.addRow(labels.field_name("memo"), memo_box)
        self.tag = QLineEdit()
        self.tag.setObjectName("tag")
        form.addRow(labels.field_name("tag"), self.errors.wrap("tag", self.tag))

        # The receipts stay in sight under the fields (never below the fold): a strip of thumbnails, shown
        # as soon as files are chosen, with Attach, View and Detach beside it.
        receipts_box = QWidget()
        receipts_box.setObjectName("receipts_box")
        receipts_layout = QHBoxLayout(receipts_box)
        receipts_layout.setContentsMargins(0, 4, 0, 0)
        self.receipts = QListWidget()
        self.receipts.setObjectName("receipts")
        self.receipts.setViewMode(QListWidget.ViewMode.IconMode)
        self.receipts.setFlow(QListWidget.Flow.LeftToRight)
        self.receipts.setWrapping(False)
        self.receipts.setIconSize(STRIP_THUMB)
        self.receipts.setGridSize(QSize(STRIP_THUMB.width() + 40, STRIP_THUMB.height() + 28))
        self.receipts.setMovement(QListWidget.Movement.Static)
        self.receipts.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.receipts.setFixedHeight(STRIP_THUMB.height() + 28 + self.receipts.style().pixelMetric(
            self.receipts.style().PixelMetric.PM_ScrollBarExtent) + 8)
        self.receipts.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.receipts.setAcceptDrops(False)  # the editor takes the drop
        self.receipts.itemActivated.connect(self._open_item)
        self.receipts.itemDoubleClicked.connect(self._open_item)
        receipts_layout.addWidget(self.receipts, 1)
        receipt_buttons = QVBoxLayout()
        receipts_title = QLabel(self.tr("Receipts"))
        receipts_title.setObjectName("receipts_title")
        receipts_title.setToolTip(self.tr("Or drop PDF and image files here (Ctrl+O)"))
        receipt_buttons.addWidget(receipts_title)
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.setObjectName("attach")
        self.attach_button.setToolTip(self.tr("Or drop PDF and image files here (Ctrl+O)"))
        self.attach_button.clicked.connect(self.choose_files)
        self.view_button = QPushButton(self.tr("View"))
        self.view_button.setObjectName("view_receipt")
        self.view_button.clicked.connect(self.view_receipt)
        self.detach_button = QPushButton(self.tr("Detach…"))
        self.detach_button.clicked.connect(lambda: self.detach_selected())
        for button in (self.attach_button, self.view_button, self.detach_button):
            receipt_buttons.addWidget(button)
        receipt_buttons.addStretch(1)
        receipts_layout.addLayout(receipt_buttons)
        outer.addWidget(self.errors.wrap("receipts", receipts_box))

        buttons = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons.addWidget(self.message, 1)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(lambda: self.load(self.expense_id))
        self.draft_button = QPushButton(self.tr("Keep as draft"))
        self.draft_button.setObjectName("save_draft")
        self.draft_button.clicked.connect(lambda: self.save(draft=True))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText))
        self.save_button.clicked.connect(lambda: self.save())
        for button in (self.revert_button, self.draft_button, self.save_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save(), context=context)
        QShortcut(QKeySequence("Ctrl+O"), self, self.choose_files, context=context)

        for box in (self.tax_category, self.invoice_status, self.account, self.payment_method):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
        self._fields: list[QWidget] = [
            self.date, self.payee, self.amount, self.tax_category, self.parts, self.invoice_status, self.tnumber,
            self.account, self.payment_method, self.attendee_count, self.attendees, self.memo, self.tag,
            self.attach_button, self.detach_button, self.save_button, self.draft_button, self.revert_button,
        ]
        self.reload_lists()
        self.load(None)

    # -- lists -----------------------------------------------------------------------------------

    def reload_lists(self) -> None:
        """The account list and the payees for completion (after settings or new expenses)."""
        current = self.account.currentText()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem("", "")
        for name in expenses.accounts(self.ctx.store):
            self.account.addItem(name, name)
        self.account.setCurrentIndex(max(0, self.account.findText(current)))
        self.account.blockSignals(False)
        found = expenses.payees(self.ctx.store)
        self._payees = {payee: (tnumber, account) for payee, tnumber, account in found}
        self._completer_model.setStringList([payee for payee, _, _ in found])

    def _set_account(self, name: str) -> None:
        index = self.account.findText(name)
        if index < 0 and name:  # an inactive account an old expense still uses
            self.account.addItem(name, name)
            index = self.account.count() - 1
        self.account.setCurrentIndex(max(0, index))

    def _payee_chosen(self, payee: str) -> None:
        tnumber, account = self._payees.get(payee, ("", ""))
        if tnumber and not self.tnumber.text().strip():
            self.tnumber.setText(tnumber)
        if account and not self.account.currentText():
            self._set_account(account)

    # -- loading ---------------------------------------------------------------------------------

    def load(self, expense_id: int | None, *, keep_message: bool = False) -> None:
        """Show an expense (None: a new, empty one)."""
        self.errors.clear()
        if not keep_message:
            self.message.clear()
        self._pending = []
        self.expense_id = expense_id
        self.expense = expenses.get(self.ctx.store, expense_id) if expense_id is not None else None
        e = self.expense
        self.date.setDate(_qdate(e.date if e else clock.today()))
        self.payee.setText(e.payee if e else "")
        self.amount.setText(f"{e.amount:,}" if e and e.amount else "")
        self.tax_category.setCurrentIndex(self.tax_category.findData((e.tax_category if e else TaxCategory.STANDARD).value))
        self.parts.setRowCount(0)
        for part in e.tax_parts if e else ():
            self._add_part(part.category, f"{part.amount:,}")
        self.invoice_status.setCurrentIndex(self.invoice_status.findData((e.invoice_status if e else InvoiceStatus.QUALIFIED).value))
        self.tnumber.setText(e.supplier_tnumber if e else "")
        self._set_account(e.account if e else "")
        self.payment_method.setCurrentIndex(self.payment_method.findData((e.payment_method if e else PaymentMethod.CARD).value))
        self.attendee_count.setText(str(e.attendee_count) if e and e.attendee_count else "")
        self.attendees.setText(e.attendees if e else "")
        self.memo.setPlainText(e.memo if e else "")
        self.tag.setText(e.tag if e else "")
        self._category_changed()
        self._load_receipts()
        deleted = bool(e and e.is_deleted)
        for widget in self._fields:
            widget.setEnabled(not deleted)
        self.draft_button.setVisible(bool(e and e.is_draft))
        if deleted:
            assert e is not None
            self._banner(self.tr("Deleted: %1. Restore it from History to change it.").replace("%1", e.delete_reason), ERROR_STYLE)
        elif e and e.is_draft:
            self._banner(self.tr("Draft from the receipt inbox: complete the fields and save."), WARNING_STYLE)
        elif e is None:
            self._banner(self.tr("New expense"), "")
        else:
            self.banner.hide()
        self._update_meal_hint()

    def _banner(self, text: str, style: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet(style + " font-weight: bold;")
        self.banner.show()

    def _load_receipts(self) -> None:
        self.receipts.clear()
        if self.expense_id is not None:
            for receipt in expenses.receipts(self.ctx.store, self.expense_id):
                path = expenses.receipt_path(self.ctx.store, receipt.sha256)
                item = QListWidgetItem(QIcon(thumbnail(path, receipt)), receipt.original_name)
                item.setData(ReceiptRole, receipt)
                item.setToolTip(receipt.original_name)
                self.receipts.addItem(item)
        for path in self._pending:
            receipt = pending_receipt(path)
            item = QListWidgetItem(QIcon(thumbnail(path, receipt)), path.name)
            item.setData(ReceiptRole, receipt)
            item.setData(PathRole, str(path))
            item.setToolTip(self.tr("Attached when the expense is saved") + "\n" + path.name)
            self.receipts.addItem(item)
        if self.receipts.count() and self.receipts.currentItem() is None:
            self.receipts.setCurrentRow(0)

    def receipt_count(self) -> int:
        return self.receipts.count()

    # -- tax parts and meals ---------------------------------------------------------------------

    def _add_part(self, category: TaxCategory, amount: str) -> None:
        row = self.parts.rowCount()
        self.parts.insertRow(row)
        box = QComboBox()
        for single in SINGLE_CATEGORIES:
            box.addItem(labels.tax_category(single), single.value)
        box.setCurrentIndex(box.findData(category.value))
        self.parts.setCellWidget(row, 0, box)
        edit = YenEdit(amount)
        self.parts.setCellWidget(row, 1, edit)

    def _category_changed(self) -> None:
        mixed = self.tax_category.currentData() == TaxCategory.MIXED.value
        if mixed and self.parts.rowCount() == 0:
            self._add_part(TaxCategory.REDUCED, "")
            self._add_part(TaxCategory.STANDARD, "")
        self.parts_row.setVisible(mixed)
        if self._parts_label is not None:
            self._parts_label.setVisible(mixed)

    def _suggestion(self) -> str | None:
        amount, problems = parse_amount(self.amount.text())
        count = self._attendees()
        if problems or not amount or not count:
            return None
        if self.account.currentText() not in MEAL_ACCOUNTS and self.account.currentText():
            return None
        return suggest_meal_account(amount, count, self.date.date().toPython())

    def _attendees(self) -> int | None:
        """The head count as typed, read the way the rules read it (NFKC: ３ and ² are 3 and 2); None if no number."""
        count = unicodedata.normalize("NFKC", self.attendee_count.text()).strip()
        return int(count) if count.isascii() and count.isdigit() and len(count) <= 4 else None

    def _update_meal_hint(self) -> None:
        suggested = self._suggestion()
        if suggested is None:
            self.meal_hint.clear()
            self.use_suggestion.hide()
            return
        amount, _ = parse_amount(self.amount.text())
        per_head = (amount or 0) // (self._attendees() or 1)
        self.meal_hint.setText(
            self.tr("¥%1 per person → %2").replace("%1", f"{per_head:,}").replace("%2", suggested)
        )
        self.use_suggestion.setVisible(self.account.currentText() != suggested)

    def _use_suggestion(self) -> None:
        suggested = self._suggestion()
        if suggested:
            self._set_account(suggested)

    # -- reading and saving ----------------------------------------------------------------------

    def form(self, *, draft: bool = False) -> ExpenseInput:
        parts = []
        for row in range(self.parts.rowCount()):
            box, edit = self.parts.cellWidget(row, 0), self.parts.cellWidget(row, 1)
            assert isinstance(box, QComboBox) and isinstance(edit, QLineEdit)
            parts.append((TaxCategory(box.currentData()), edit.text()))
        category = TaxCategory(self.tax_category.currentData())
        return ExpenseInput(
            date=self.date.date().toPython(),
            payee=self.payee.text(),
            amount=self.amount.text(),
            tax_category=category,
            account=self.account.currentText(),
            payment_method=PaymentMethod(self.payment_method.currentData()),
            invoice_status=InvoiceStatus(self.invoice_status.currentData()),
            supplier_tnumber=self.tnumber.text(),
            memo=self.memo.toPlainText(),
            tag=self.tag.text(),
            attendee_count=self.attendee_count.text(),
            attendees=self.attendees.text(),
            tax_parts=tuple(parts) if category is TaxCategory.MIXED else (),
            is_draft=draft,
        )

    def save(self, *, draft: bool = False) -> bool:
        """Save the form; errors (and warnings) appear at their fields. True when saved."""
        form = self.form(draft=draft)
        try:
            if self.expense_id is None:
                expense_id, changes, warnings = expenses.create(self.ctx.store, form, receipts=self._pending)
            else:
                expense_id = self.expense_id
                version = self.expense.version if self.expense else None
                changes, warnings = expenses.update(self.ctx.store, expense_id, form, expected_version=version)
        except InvalidInput as exc:
            self._show_problems(exc.problems)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Not saved: please correct the marked fields."))
            return False
        self.load(expense_id, keep_message=True)
        self._show_problems(warnings)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved.") if changes else self.tr("No changes."))
        self.reload_lists()
        self.ctx.bus.announce(changes)
        self.saved.emit(expense_id)
        return True

    def _show_problems(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        placed = [
            p if not p.field.startswith("tax_parts[") else Problem("tax_parts", p.code, p.severity, p.params, p.line)
            for p in problems
        ]
        left = self.errors.show(placed)
        if left:
            self.message.setText("\n".join(describe(p) for p in left))

    # -- receipts --------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names = files.open_files(
            self, self.ctx.prefs, "receipts", self.tr("Attach receipts"), self.tr("Receipts (%1)").replace("%1", RECEIPT_FILTER)
        )
        if names:
            self.attach_files([Path(n) for n in names])

    def attach_files(self, paths: list[Path]) -> bool:
        """Attach now (a saved expense) or when saving (a new one). Problems show at the receipts."""
        self.errors.clear()
        if self.expense is not None and self.expense.is_deleted:
            return False
        if self.expense_id is None:
            from ushiro_desk.services.expenses.receipts import check_receipt_path

            problems = [p for path in paths for p in check_receipt_path(path)[1]]
            if problems:
                self.errors.show(problems)
                return False
            self._pending.extend(paths)
            self._load_receipts()
            return True
        try:
            changes = expenses.attach_receipts(self.ctx.store, self.expense_id, paths)
        except InvalidInput as exc:
            self.errors.show(exc.problems)
            return False
        self.load(self.expense_id)
        self.message.setText(self.tr("Attached %1 file(s).").replace("%1", str(len(paths))))
        self.ctx.bus.announce(changes)
        return True

    def selected_receipt(self) -> Receipt | None:
        item = self.receipts.currentItem()
        found = item.data(ReceiptRole) if item is not None else None
        return found if isinstance(found, Receipt) and found.id else None

    def detach_selected(self, reason: str | None = None) -> bool:
        receipt = self.selected_receipt()
        if receipt is None:
            item = self.receipts.currentItem()
            if item is not None and self.expense_id is None:  # not stored yet: just forget it
                self._pending = [p for p in self._pending if str(p) != item.data(PathRole)]
                self._load_receipts()
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Detach receipt"), self.tr("Why is this receipt detached? (kept in the history)"))
            if not ok:
                return False
        try:
            changes = expenses.detach_receipt(self.ctx.store, receipt.id, reason)
        except InvalidInput as exc:
            self.errors.show([Problem("receipts", p.code, p.severity, p.params) for p in exc.problems])
            return False
        self.load(self.expense_id)
        self.ctx.bus.announce(changes)
        return True

    def view_receipt(self) -> ReceiptViewer | None:
        """Show the selected receipt, or the first one when none is selected (one click, never nothing)."""
        item = self.receipts.currentItem() or self.receipts.item(0)
        return self._open_item(item)

    def _open_item(self, item: QListWidgetItem | None) -> ReceiptViewer | None:
        receipt = item.data(ReceiptRole) if item is not None else None
        if not isinstance(receipt, Receipt):
            return None
        pending = item.data(PathRole) if item is not None else None
        return self.open_viewer(receipt, Path(pending) if pending else None)

    def open_viewer(self, receipt: Receipt, path: Path | None = None) -> ReceiptViewer:
        viewer = ReceiptViewer(path or expenses.receipt_path(self.ctx.store, receipt.sha256), receipt, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
        return viewer

    # -- drag and drop ---------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.attach_files(paths)
