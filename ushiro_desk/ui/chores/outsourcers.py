"""A small editor for outsourcers (the people and firms chores are handed to)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.chores import Outsourcer, OutsourcerRole
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services import chores, outsourcers
from ushiro_desk.ui.chores.texts import role_name, yen
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.widgets.form import ERROR_STYLE, FieldErrors
from ushiro_desk.ui.widgets.yen import YenSpinBox


class OutsourcerDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Outsourcers"))
        self.resize(620, 380)
        self.errors = FieldErrors()
        self.current: Outsourcer | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("outsourcer_list")
        self.list.currentItemChanged.connect(self._chosen)
        left.addWidget(self.list, 1)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(self.load)
        left.addWidget(self.show_archived)
        add = QPushButton(self.tr("New outsourcer"))
        add.setObjectName("new_outsourcer")
        add.clicked.connect(self.new)
        left.addWidget(add)
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("outsourcer_name")
        form.addRow(self.tr("Name"), self.errors.wrap("name", self.name))
        self.role = QComboBox()
        self.role.setObjectName("outsourcer_role")
        for role in OutsourcerRole:
            self.role.addItem(role_name(role), role.value)
        form.addRow(self.tr("Role"), self.role)
        self.rate = YenSpinBox(maximum=1_000_000, suffix=self.tr(" / hour"))
        self.rate.setObjectName("outsourcer_rate")
        self.rate.setSingleStep(100)
        form.addRow(self.tr("Hourly rate"), self.errors.wrap("hourly_rate_yen", self.rate))
        self.individual = QCheckBox(self.tr("An individual (not a company)"))
        self.individual.setObjectName("outsourcer_individual")
        self.individual.setToolTip(self.tr("Fees paid to individuals may need withholding tax and fall under the freelance act."))
        form.addRow("", self.individual)
        right.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        right.addStretch(1)
        row = QHBoxLayout()
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("archive_outsourcer")
        self.archive_button.clicked.connect(self.toggle_archive)
        row.addWidget(self.archive_button)
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_outsourcer")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        right.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        right.addWidget(close)
        layout.addLayout(right, 2)
        self.load()
        if self.list.count() == 0:
            self.new()

    def load(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for o in outsourcers.list_outsourcers(self.ctx.store, include_archived=self.show_archived.isChecked()):
            text = f"{o.name} — {role_name(o.role)}, {yen(o.hourly_rate_yen)}"
            if o.archived:
                text += " " + self.tr("(archived)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, o)
            self.list.addItem(item)
            if select is not None and o.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._chosen(self.list.currentItem())

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None:
            return
        self.show_outsourcer(item.data(Qt.ItemDataRole.UserRole))

    def show_outsourcer(self, o: Outsourcer) -> None:
        self.current = o
        self.name.setText(o.name)
        self.role.setCurrentIndex(self.role.findData(o.role.value))
        self.rate.setValue(o.hourly_rate_yen)
        self.individual.setChecked(o.is_individual)
        self.archive_button.setEnabled(o.id is not None)
        self.archive_button.setText(self.tr("Restore") if o.archived else self.tr("Archive"))
        self.errors.clear()
        self.message.clear()

    def new(self) -> None:
        self.list.clearSelection()
        default_rate = chores.load_settings(self.ctx.store).outsourcer_hourly_yen
        self.show_outsourcer(Outsourcer("", OutsourcerRole.ONLINE_SECRETARY, default_rate, True))
        self.name.setFocus()

    def edited(self) -> Outsourcer:
        base = self.current or Outsourcer("")
        return Outsourcer(
            name=self.name.text(), role=OutsourcerRole(self.role.currentData()), hourly_rate_yen=self.rate.value(),
            is_individual=self.individual.isChecked(), id=base.id, archived=base.archived,
        )

    def save(self) -> int | None:
        try:
            new_id, changes = outsourcers.save_outsourcer(self.ctx.store, self.edited())
        except InvalidInput as exc:
            self.errors.show(exc.problems)
            return None
        self.ctx.bus.announce(changes)
        self.load(select=new_id)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        return new_id

    def toggle_archive(self) -> None:
        if self.current is None or self.current.id is None:
            return
        try:
            changes = outsourcers.set_archived(self.ctx.store, self.current.id, not self.current.archived)
        except InvalidInput as exc:
            from ushiro_desk.ui.problem_text import describe

            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText("\n".join(describe(p) for p in exc.problems))
            return
        self.ctx.bus.announce(changes)
        self.load()
