"""Pick chores from the starter set (in Japanese or English) to begin the inventory."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.chores.starter import STARTER_SET
from ushiro_desk.services import chores
from ushiro_desk.ui.chores.texts import area_name, delegability_name, describe_cadence, minutes_text
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.today.dialogs import from_qdate, to_qdate


class StarterDialog(QDialog):
    def __init__(self, ctx: UiContext, language: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.added: list[int] = []
        self.setWindowTitle(self.tr("Starter set"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Typical back-office chores of a one-person company. Tick the ones you do; you can change "
            "everything afterwards. Judgement-heavy chores start as owner only."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("starter_language")
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData("ja" if language == "ja" else "en"))
        self.language.currentIndexChanged.connect(self._fill)
        form.addRow(self.tr("Texts in"), self.language)
        self.start = QDateEdit(to_qdate(today))
        self.start.setObjectName("starter_start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Start on"), self.start)
        layout.addLayout(form)
        self.list = QListWidget()
        self.list.setObjectName("starter_list")
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        for text, state in ((self.tr("Select all"), True), (self.tr("Select none"), False)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=state: self._check_all(s))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(self.tr("Add chosen chores"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("add_starters")
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.existing = {c.starter_key for c in chores.list_chores(ctx.store, include_archived=True) if c.starter_key}
        self._fill()

    def _fill(self) -> None:
        checked = {self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                   if self.list.item(i).checkState() == Qt.CheckState.Checked}
        first = self.list.count() == 0
        self.list.clear()
        language = self.language.currentData()
        for entry in STARTER_SET:
            text = entry.text(language)
            line = (f"{text.title}\n    {area_name(entry.area)} · {describe_cadence(entry.spec.cadence())} · "
                    f"{minutes_text(entry.estimate_minutes)} · {delegability_name(entry.delegability)}")
            if entry.key in self.existing:
                line += "  " + self.tr("(already in your list)")
            item = QListWidgetItem(line)
            item.setToolTip(text.goal)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            wanted = entry.key not in self.existing if first else entry.key in checked
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            self.list.addItem(item)

    def _check_all(self, state: bool) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)

    def chosen_keys(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def add(self) -> None:
        keys = self.chosen_keys()
        if keys:
            self.added, changes = chores.add_starters(
                self.ctx.store, keys, self.language.currentData(), from_qdate(self.start.date()), self.today
            )
            self.ctx.bus.announce(changes)
        self.accept()
