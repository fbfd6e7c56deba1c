"""The company profile form: who issues the invoices, the 登録番号, bank accounts, logo and seal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.company import AccountType, BankAccount, CompanyProfile, EntityType
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services import company
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.widgets.form import ERROR_STYLE, WARNING_STYLE, FieldErrors
from ushiro_desk.ui.widgets import files

TEXT_FIELDS = ("name", "representative", "postal_code", "address", "phone", "email", "registration_number")
BANK_COLUMNS = ("bank_name", "branch_name", "account_type", "account_number", "account_holder")


class CompanyTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self._images: dict[str, str | None] = {"logo": None, "seal": None}
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        form = QFormLayout(body)
        labels = {
            "name": self.tr("Company name"),
            "representative": self.tr("Representative"),
            "postal_code": self.tr("Postal code"),
            "address": self.tr("Address"),
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "registration_number": self.tr("Registration number (T + 13 digits)"),
        }
        self.fields: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            self.fields[name] = edit
            form.addRow(labels[name], self.errors.wrap(name, edit))
        self.fields["registration_number"].setPlaceholderText("T1234567890123")
        self.entity = QComboBox()
        self.entity.setObjectName("entity_type")
        self.entity.addItem(self.tr("Corporation (法人)"), EntityType.CORPORATION.value)
        self.entity.addItem(self.tr("Sole proprietor (個人事業主)"), EntityType.SOLE_PROPRIETOR.value)
        form.addRow(self.tr("Legal form"), self.entity)
        self.fiscal = QSpinBox()
        self.fiscal.setObjectName("fiscal_year_start_month")
        self.fiscal.setRange(1, 12)
        self.fiscal.setSuffix(self.tr(" (month)"))
        form.addRow(self.tr("Fiscal year starts"), self.errors.wrap("fiscal_year_start_month", self.fiscal))
        self.specified = QCheckBox(self.tr("I have employees or two or more officers (特定業務委託事業者)"))
        self.specified.setObjectName("specified_commissioner")
        self.specified.setToolTip(
            self.tr("Then the freelance act binds you: a work order must set payment within 60 days of delivery.")
        )
        form.addRow("", self.specified)

        self.banks = QTableWidget(0, len(BANK_COLUMNS))
        self.banks.setObjectName("bank_accounts")
        self.banks.setHorizontalHeaderLabels(
            [self.tr("Bank"), self.tr("Branch"), self.tr("Type"), self.tr("Account no."), self.tr("Holder (kana)")]
        )
        self.banks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.banks.setMinimumHeight(110)
        bank_buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add account"))
        add.clicked.connect(lambda: self._add_bank_row(None))
        remove = QPushButton(self.tr("Remove account"))
        remove.clicked.connect(self._remove_bank_row)
        bank_buttons.addWidget(add)
        bank_buttons.addWidget(remove)
        bank_buttons.addStretch(1)
        bank_box = QVBoxLayout()
        bank_box.addWidget(self.banks)
        bank_box.addLayout(bank_buttons)
        self.bank_errors = QLabel()
        self.bank_errors.setObjectName("error:bank_accounts")
        self.bank_errors.setStyleSheet(ERROR_STYLE)
        self.bank_errors.setWordWrap(True)
        self.bank_errors.hide()
        bank_box.addWidget(self.bank_errors)
        form.addRow(self.tr("Bank accounts (振込先)"), bank_box)

        self.image_previews: dict[str, QLabel] = {}
        for kind, label in (("logo", self.tr("Logo")), ("seal", self.tr("Seal (角印)"))):
            row = QHBoxLayout()
            preview = QLabel()
            preview.setFixedSize(72, 72)
            preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            preview.setFrameShape(QLabel.Shape.StyledPanel)
            self.image_previews[kind] = preview
            choose = QPushButton(self.tr("Choose…"))
            choose.clicked.connect(lambda _=False, k=kind: self._choose_image(k))
            clear = QPushButton(self.tr("Remove"))
            clear.clicked.connect(lambda _=False, k=kind: self._set_image(k, None))
            row.addWidget(preview)
            row.addWidget(choose)
            row.addWidget(clear)
            row.addStretch(1)
            holder = QWidget()
            holder.setLayout(row)
            form.addRow(label, self.errors.wrap(kind, holder))

        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        buttons.addWidget(self.message, 1)
        revert = QPushButton(self.tr("Revert"))
        revert.clicked.connect(self.load)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(revert)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.load()

    # -- loading and reading the form -------------------------------------------------------------

    def load(self) -> None:
        profile = company.load_profile(self.ctx.store) or CompanyProfile(name="")
        for name in TEXT_FIELDS:
            self.fields[name].setText(getattr(profile, name))
        self.entity.setCurrentIndex(self.entity.findData(profile.entity_type.value))
        self.fiscal.setValue(profile.fiscal_year_start_month)
        self.specified.setChecked(profile.specified_commissioner)
        self.banks.setRowCount(0)
        for account in profile.bank_accounts:
            self._add_bank_row(account)
        self._set_image("logo", profile.logo_sha256)
        self._set_image("seal", profile.seal_sha256)
        self.errors.clear()
        self.bank_errors.hide()
        self.message.clear()

    def profile(self) -> CompanyProfile:
        values = {name: self.fields[name].text().strip() for name in TEXT_FIELDS}
        accounts = []
        for row in range(self.banks.rowCount()):
            cells = [self._bank_cell(row, col) for col in range(len(BANK_COLUMNS))]
            if not any(cells):
                continue  # a row added but left blank is no account
            type_box = self.banks.cellWidget(row, 2)
            assert isinstance(type_box, QComboBox)
            accounts.append(
                BankAccount(cells[0], cells[1], AccountType(type_box.currentData()), cells[3], cells[4])
            )
        return CompanyProfile(
            **values,
            entity_type=EntityType(self.entity.currentData()),
            fiscal_year_start_month=self.fiscal.value(),
            bank_accounts=tuple(accounts),
            logo_sha256=self._images["logo"],
            seal_sha256=self._images["seal"],
            specified_commissioner=self.specified.isChecked(),
        )

    def _bank_cell(self, row: int, col: int) -> str:
        item = self.banks.item(row, col)
        return item.text().strip() if item else ""

    def _add_bank_row(self, account: BankAccount | None) -> None:
        row = self.banks.rowCount()
        self.banks.insertRow(row)
        values = (
            (account.bank_name, account.branch_name, "", account.account_number, account.account_holder)
            if account
            else ("", "", "", "", "")
        )
        for col, value in enumerate(values):
            if col != 2:
                self.banks.setItem(row, col, QTableWidgetItem(value))
        box = QComboBox()
        for kind, text in (
            (AccountType.ORDINARY, self.tr("Ordinary (普通)")),
            (AccountType.CURRENT, self.tr("Current (当座)")),
            (AccountType.SAVINGS, self.tr("Savings (貯蓄)")),
        ):
            box.addItem(text, kind.value)
        box.setCurrentIndex(box.findData((account.account_type if account else AccountType.ORDINARY).value))
        self.banks.setCellWidget(row, 2, box)

    def _remove_bank_row(self) -> None:
        row = self.banks.currentRow()
        if row >= 0:
            self.banks.removeRow(row)

    # -- images --------------------------------------------------------------------------------

    def _choose_image(self, kind: str) -> None:
        name = files.open_file(self, self.ctx.prefs, "images", self.tr("Choose an image"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.attach_image(kind, Path(name))

    def attach_image(self, kind: str, path: Path) -> bool:
        try:
            sha = company.store_image(self.ctx.store, path, kind)
        except InvalidInput as exc:
            self.errors.show(exc.problems)
            return False
        self._set_image(kind, sha)
        return True

    def _set_image(self, kind: str, sha: str | None) -> None:
        self._images[kind] = sha
        preview = self.image_previews[kind]
        if sha and self.ctx.store.files.exists(sha):
            pixmap = QPixmap(str(self.ctx.store.files.path(sha)))
            preview.setPixmap(pixmap.scaled(68, 68, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        else:
            preview.clear()
            preview.setText(self.tr("none"))

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        self.bank_errors.hide()
        before = company.load_profile(self.ctx.store)
        try:
            changes, warnings = company.save_profile(self.ctx.store, self.profile())
        except InvalidInput as exc:
            unplaced = self.errors.show(exc.problems)
            self._show_bank_problems(unplaced)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Not saved: please correct the marked fields."))
            return False
        self._show_bank_problems(self.errors.show(warnings))
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        if before is not None and before.entity_type is not self.profile().entity_type:
            self._hint_withholding()
        self.fields["registration_number"].setText(company.load_profile(self.ctx.store).registration_number)  # type: ignore[union-attr]
        self.ctx.bus.announce(changes)
        return True

    def _hint_withholding(self) -> None:
        """A new legal form changes 源泉徴収 on new drafts only: name the drafts that kept the old one."""
        from ushiro_desk.services import setup

        drafts = setup.withholding_drafts(self.ctx.store)
        if not drafts:
            return
        names = self.tr(", ").join(f"{d.client_name}「{d.subject}」" if d.subject else d.client_name for d in drafts[:3])
        more = len(drafts) - 3
        if more > 0:
            names += self.tr(" and %1 more").replace("%1", str(more))
        off = any(d.expected for d in drafts)
        text = (
            self.tr("Saved. As a sole proprietor your fees are withheld (源泉徴収) by these clients, but their drafts have it off: %1. Open each draft and tick 源泉徴収.")
            if off else
            self.tr("Saved. As a corporation your fees are not withheld (源泉徴収), but these drafts still have it on: %1. Open each draft and untick 源泉徴収.")
        )
        self.message.setWordWrap(True)
        self.message.setText(text.replace("%1", names))

    def _show_bank_problems(self, problems: list) -> None:  # type: ignore[type-arg]
        lines = []
        for problem in problems:
            if problem.field.startswith("bank_accounts["):
                index = int(problem.field.split("[", 1)[1].split("]", 1)[0])
                lines.append(self.tr("Account %1: %2").replace("%1", str(index + 1)).replace("%2", describe(problem)))
        if lines:
            errors = any(p.is_error for p in problems if p.field.startswith("bank_accounts["))
            self.bank_errors.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE)
            self.bank_errors.setText("\n".join(lines))
            self.bank_errors.show()
