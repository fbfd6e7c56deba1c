"""Settings → Money in: the bank fee a client may deduct, the clients' names as banks send them (振込依頼人名)
and the owner's rules for debits ("contains ｱﾏｿﾞﾝ → 消耗品費")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.bank.debits import DebitKind
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.bank import debits, matching
from ushiro_desk.services.changes import Changes
from ushiro_desk.ui.bank import texts  # noqa: F401  (registers the problem sentences)
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.widgets.yen import YenSpinBox


class BankSettingsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bank_settings")
        self.ctx = ctx
        layout = QVBoxLayout(self)

        fees = QGroupBox(self.tr("Bank fee a client may deduct"))
        fee_row = QHBoxLayout(fees)
        self.fee_min = YenSpinBox(maximum=10_000)
        self.fee_max = YenSpinBox(maximum=10_000)
        low, high = matching.fee_range(ctx.store)
        self.fee_min.setValue(low)
        self.fee_max.setValue(high)
        save_fee = QPushButton(self.tr("Save"))
        save_fee.setObjectName("bank_fee_save")
        save_fee.clicked.connect(self.save_fee)
        fee_row.addWidget(QLabel(self.tr("from")))
        fee_row.addWidget(self.fee_min)
        fee_row.addWidget(QLabel(self.tr("to")))
        fee_row.addWidget(self.fee_max)
        fee_row.addWidget(save_fee)
        fee_row.addStretch(1)
        layout.addWidget(fees)

        names = QGroupBox(self.tr("Clients' names as their banks send them (振込依頼人名)"))
        names_layout = QVBoxLayout(names)
        row = QHBoxLayout()
        self.client = QComboBox()
        self.client.setObjectName("bank_kana_client")
        self.kana = QLineEdit()
        self.kana.setObjectName("bank_kana")
        self.kana.setPlaceholderText(self.tr("e.g. ミナトセイサクショ"))
        add_kana = QPushButton(self.tr("Add"))
        add_kana.setObjectName("bank_kana_add")
        add_kana.clicked.connect(self.add_kana)
        row.addWidget(self.client, 1)
        row.addWidget(self.kana, 1)
        row.addWidget(add_kana)
        names_layout.addLayout(row)
        self.names = QListWidget()
        self.names.setObjectName("bank_kana_list")
        names_layout.addWidget(self.names)
        layout.addWidget(names, 1)

        rules = QGroupBox(self.tr("Rules for debits"))
        rules_layout = QVBoxLayout(rules)
        form = QFormLayout()
        self.contains = QLineEdit()
        self.contains.setObjectName("bank_rule_contains")
        self.contains.setPlaceholderText(self.tr("e.g. ｱﾏｿﾞﾝ"))
        self.kind = QComboBox()
        self.kind.setObjectName("bank_rule_kind")
        for kind, text in ((DebitKind.EXPENSE, self.tr("An expense")), (DebitKind.TRANSFER, self.tr("A transfer between own accounts")),
                           (DebitKind.CARD, self.tr("A card settlement")), (DebitKind.OUTSOURCER, self.tr("A payment to the secretary"))):
            self.kind.addItem(text, kind)
        self.payee = QLineEdit()
        self.account = QComboBox()
        self.account.setObjectName("bank_rule_account")
        self.account.setEditable(False)
        form.addRow(self.tr("Text contains"), self.contains)
        form.addRow(self.tr("It is"), self.kind)
        form.addRow(self.tr("Payee"), self.payee)
        form.addRow(self.tr("Account"), self.account)
        rules_layout.addLayout(form)
        add_rule = QPushButton(self.tr("Add Rule"))
        add_rule.setObjectName("bank_rule_add")
        add_rule.clicked.connect(self.add_rule)
        rules_layout.addWidget(add_rule)
        self.rules = QListWidget()
        self.rules.setObjectName("bank_rule_list")
        rules_layout.addWidget(self.rules)
        layout.addWidget(rules, 1)
        self.message = QLabel()
        self.message.setObjectName("bank_settings_message")
        layout.addWidget(self.message)
        self.reload()

    def title(self) -> str:
        return self.tr("Money In")

    def reload(self) -> None:
        from ushiro_desk.services.expenses import records
        from ushiro_desk.services.invoicing import clients

        self.client.clear()
        for client in clients.list_clients(self.ctx.store):
            self.client.addItem(client.name, client.id)
        self.names.clear()
        for client_name, kana, source in matching.payer_names(self.ctx.store):
            label = self.tr("learned") if source == "learned" else self.tr("entered")
            self.names.addItem(f"{client_name} — {kana} ({label})")
        self.account.clear()
        self.account.addItem(self.tr("(none)"), "")
        for name in records.accounts(self.ctx.store):
            self.account.addItem(name, name)
        self.rules.clear()
        for rule in debits.rules(self.ctx.store):
            self.rules.addItem(f"{rule.contains} → {self.kind.itemText(self.kind.findData(rule.kind))}"
                               + (f" {rule.account}" if rule.account else ""))

    def _run(self, action) -> bool:  # type: ignore[no-untyped-def]
        try:
            changes: Changes = action()
        except InvalidInput as exc:
            self.message.setText("\n".join(describe(p) for p in exc.problems))
            return False
        self.message.setText(self.tr("Saved."))
        self.ctx.bus.announce(changes)
        self.reload()
        return True

    def save_fee(self) -> None:
        self._run(lambda: matching.set_fee_range(self.ctx.store, self.fee_min.value(), self.fee_max.value()))

    def add_kana(self) -> None:
        client_id = self.client.currentData()
        if client_id is not None and self._run(lambda: matching.add_kana_name(self.ctx.store, client_id, self.kana.text())):
            self.kana.clear()

    def add_rule(self) -> None:
        if self._run(lambda: debits.add_rule(self.ctx.store, self.contains.text(), self.kind.currentData(),
                                             payee=self.payee.text(), account=self.account.currentData() or "")):
            self.contains.clear()
            self.payee.clear()


TAB_CLASS = BankSettingsTab
