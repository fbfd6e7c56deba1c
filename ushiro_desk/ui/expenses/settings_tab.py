"""Settings → Expenses: the owner's list of 勘定科目, and how 税区分, account names and payment accounts are
spelled for 弥生, freee and マネーフォワード (the exact strings differ by product and version)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.company import EntityType
from ushiro_desk.domain.expenses.accounts import credit_account
from ushiro_desk.domain.expenses.mapping import DEFAULTS, ENCODINGS, editable_keys
from ushiro_desk.domain.expenses.model import PaymentMethod
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services import company, expenses
from ushiro_desk.services.expenses import settings
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.expenses import labels
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.widgets.form import ERROR_STYLE

KeyRole = Qt.ItemDataRole.UserRole + 1


class ExpenseSettingsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)

        accounts_box = QWidget()
        box = QVBoxLayout(accounts_box)
        box.addWidget(QLabel(self.tr("Account titles (勘定科目) offered for expenses")))
        self.accounts = QListWidget()
        self.accounts.setObjectName("accounts")
        box.addWidget(self.accounts, 1)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Add…"), self.add_account),
            (self.tr("Remove"), self.remove_account),
            (self.tr("Up"), lambda: self.move_account(-1)),
            (self.tr("Down"), lambda: self.move_account(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        box.addLayout(row)
        self.accounts_message = QLabel()
        self.accounts_message.setWordWrap(True)
        box.addWidget(self.accounts_message)
        save_accounts = QPushButton(self.tr("Save accounts"))
        save_accounts.setObjectName("save_accounts")
        save_accounts.clicked.connect(self.save_accounts)
        box.addWidget(save_accounts, 0, Qt.AlignmentFlag.AlignRight)
        splitter.addWidget(accounts_box)

        mapping_box = QWidget()
        box = QVBoxLayout(mapping_box)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Export for")))
        self.product = QComboBox()
        self.product.setObjectName("product")
        for key, text in (("yayoi", "弥生会計"), ("freee", "freee"), ("mf", "マネーフォワード クラウド会計"), ("csv", self.tr("CSV for Excel"))):
            self.product.addItem(text, key)
        self.product.currentIndexChanged.connect(self.load_mapping)
        top.addWidget(self.product)
        top.addWidget(QLabel(self.tr("Encoding")))
        self.encoding = QComboBox()
        self.encoding.setObjectName("encoding")
        for value in ENCODINGS:
            self.encoding.addItem({"cp932": "Shift_JIS (cp932)", "utf-8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)"}[value], value)
        top.addWidget(self.encoding)
        top.addStretch(1)
        box.addLayout(top)
        note = QLabel(self.tr(
            "The names must match those registered in your accounting software exactly. The defaults are common "
            "spellings, not confirmed for every version: check them against the product's import sample."
        ))
        note.setWordWrap(True)
        box.addWidget(note)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setObjectName("mapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("What"), self.tr("Default"), self.tr("Written as")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().hide()
        box.addWidget(self.mapping, 1)
        bottom = QHBoxLayout()
        self.mapping_message = QLabel()
        bottom.addWidget(self.mapping_message, 1)
        reset = QPushButton(self.tr("Back to defaults"))
        reset.clicked.connect(self.reset_mapping)
        save_mapping = QPushButton(self.tr("Save mapping"))
        save_mapping.setObjectName("save_mapping")
        save_mapping.clicked.connect(self.save_mapping)
        bottom.addWidget(reset)
        bottom.addWidget(save_mapping)
        box.addLayout(bottom)
        splitter.addWidget(mapping_box)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter)
        self.load_accounts()
        self.load_mapping()

    def title(self) -> str:
        return self.tr("Expenses")

    # -- accounts --------------------------------------------------------------------------------

    def load_accounts(self) -> None:
        self.accounts.clear()
        for name in expenses.accounts(self.ctx.store):
            self.accounts.addItem(QListWidgetItem(name))

    def account_names(self) -> list[str]:
        return [self.accounts.item(i).text() for i in range(self.accounts.count())]

    def add_account(self, name: str | None = None) -> None:
        if not isinstance(name, str):
            name, ok = QInputDialog.getText(self, self.tr("Add account"), self.tr("Account title:"))
            if not ok:
                return
        if name.strip():
            self.accounts.addItem(name.strip())

    def remove_account(self) -> None:
        row = self.accounts.currentRow()
        if row >= 0:
            self.accounts.takeItem(row)

    def move_account(self, step: int) -> None:
        row = self.accounts.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.accounts.count():
            return
        item = self.accounts.takeItem(row)
        self.accounts.insertItem(target, item)
        self.accounts.setCurrentRow(target)

    def save_accounts(self) -> bool:
        try:
            changes = settings.save_accounts(self.ctx.store, self.account_names())
        except InvalidInput as exc:
            self.accounts_message.setStyleSheet(ERROR_STYLE)
            self.accounts_message.setText("\n".join(describe(p) for p in exc.problems))
            return False
        self.accounts_message.setStyleSheet("")
        self.accounts_message.setText(self.tr("Saved. Accounts left out stay on the expenses that use them."))
        self.ctx.bus.announce(changes)
        self.load_mapping()
        return True

    # -- mapping ---------------------------------------------------------------------------------

    def _band(self, status: str) -> str:
        """What a status key means: 適格, a transitional band (経過措置 80/70/50/30%), no credit, or before 2023-10."""
        if status.startswith("transitional_"):
            return self.tr("transitional %1%").replace("%1", status.split("_")[1])
        return {
            "qualified": self.tr("qualified"),
            "none": self.tr("no deduction"),
            "before": self.tr("before 2023-10"),
            "none_taxable": self.tr("not taxable"),
        }.get(status, status)

    def _describe_key(self, key: str) -> str:
        parts = key.split(".")
        if parts[0] == "tax" and parts[1].startswith("old_"):
            return self.tr("Tax: %1% before 2019-10 (old rate)").replace("%1", parts[1][len("old_"):])
        if parts[0] == "tax":
            text = labels.tax_category(parts[1])
            if len(parts) > 2:
                text += " — " + self._band(parts[2])
            return self.tr("Tax: %1").replace("%1", text)
        if parts[0] == "invoice":
            return self.tr("Invoice column: %1").replace("%1", self._band(parts[1]))
        if parts[0] == "credit":
            return self.tr("Credit account: %1").replace("%1", labels.payment_method(parts[1]))
        if parts[0] == "wallet":
            return self.tr("Payment account (決済口座): %1").replace("%1", labels.payment_method(parts[1]))
        if parts[0] == "credit_tax":
            return self.tr("Tax of the credit side")
        if parts[0] == "account":
            return self.tr("Account: %1").replace("%1", key[len("account."):])
        return key

    def _default(self, product: str, key: str) -> str:
        if key.startswith("credit."):
            profile = company.load_profile(self.ctx.store)
            entity = profile.entity_type if profile else EntityType.CORPORATION
            return credit_account(PaymentMethod(key.split(".")[1]), entity)
        if key.startswith("account."):
            return key[len("account."):]
        return DEFAULTS[product].get(key, "")

    def load_mapping(self) -> None:
        product = self.product.currentData()
        mapping = settings.mapping(self.ctx.store, product)
        keys = [k for k in editable_keys(product) if k != "encoding"]
        keys += [f"account.{name}" for name in expenses.accounts(self.ctx.store)]
        self.mapping.setRowCount(len(keys))
        for row, key in enumerate(keys):
            what = QTableWidgetItem(self._describe_key(key))
            what.setData(KeyRole, key)
            what.setFlags(what.flags() & ~Qt.ItemFlag.ItemIsEditable)
            default = QTableWidgetItem(self._default(product, key))
            default.setFlags(default.flags() & ~Qt.ItemFlag.ItemIsEditable)
            value = mapping.overrides.get(key, self._default(product, key))
            self.mapping.setItem(row, 0, what)
            self.mapping.setItem(row, 1, default)
            self.mapping.setItem(row, 2, QTableWidgetItem(value))
        self.encoding.setCurrentIndex(max(0, self.encoding.findData(mapping.encoding)))
        self.encoding.setEnabled(product not in ("yayoi", "csv"))  # 弥生 reads Shift_JIS only; the CSV is UTF-8 (BOM)
        self.mapping_message.clear()

    def values(self) -> dict[str, str]:
        out = {}
        for row in range(self.mapping.rowCount()):
            key = self.mapping.item(row, 0).data(KeyRole)
            out[key] = self.mapping.item(row, 2).text()
        if self.product.currentData() not in ("yayoi", "csv"):
            out["encoding"] = self.encoding.currentData()
        return out

    def save_mapping(self) -> bool:
        product = self.product.currentData()
        values = self.values()
        # the credit defaults depend on the legal form: store only what the owner changed
        for key in [k for k in values if k.startswith("credit.")]:
            if values[key].strip() == self._default(product, key):
                values[key] = ""
        try:
            changes = settings.save_mapping(self.ctx.store, product, values)
        except InvalidInput as exc:
            self.mapping_message.setText("\n".join(describe(p) for p in exc.problems))
            return False
        self.mapping_message.setText(self.tr("Saved."))
        self.ctx.bus.announce(changes)
        return True

    def reset_mapping(self) -> None:
        for row in range(self.mapping.rowCount()):
            self.mapping.item(row, 2).setText(self.mapping.item(row, 1).text())


TAB_CLASS = ExpenseSettingsTab
