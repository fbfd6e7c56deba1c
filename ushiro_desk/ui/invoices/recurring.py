"""Recurring invoices: the templates, and the due drafts proposed for the owner to confirm."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.invoicing.document import compute_totals
from ushiro_desk.domain.invoicing.recurring import RecurringTemplate
from ushiro_desk.domain.invoicing.tax import Rounding
from ushiro_desk.domain.invoicing.terms import MONTH_END
from ushiro_desk.domain.problems import InvalidInput, Problem
from ushiro_desk.services.changes import Changes
from ushiro_desk.services.invoicing import recurring
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.invoices import editor
from ushiro_desk.ui.invoices.editor import date_edit, from_qdate, to_qdate
from ushiro_desk.ui.invoices.lines import LinesTable
from ushiro_desk.ui.invoices.models import yen
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.widgets.form import ERROR_STYLE, FieldErrors


class ProposalsDialog(QDialog):
    """Drafts that came due while the app was closed, listed for the owner: nothing is made until they
    confirm, and nothing is sent by itself."""

    def __init__(self, ctx: UiContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.setObjectName("proposals_dialog")
        self.setWindowTitle(self.tr("Recurring drafts due"))
        self.setMinimumSize(560, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These recurring invoices came due. Tick the drafts to make; they are not issued or sent."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("proposals")
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        buttons.addWidget(self.message, 1)
        skip = QPushButton(self.tr("Skip ticked"))
        skip.setObjectName("skip")
        skip.clicked.connect(self.skip_checked)
        make = QPushButton(self.tr("Make ticked drafts"))
        make.setObjectName("make")
        make.setDefault(True)
        make.clicked.connect(self.make_checked)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(skip)
        buttons.addWidget(make)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for proposal in recurring.proposals(self.ctx.store, self.today):
            total = compute_totals(proposal.template.lines, proposal.template.price_mode, Rounding.FLOOR, False).total
            item = QListWidgetItem(
                f"{proposal.day.isoformat()}  {proposal.template.name} — {proposal.client_name}  ({yen(total)})"
            )
            item.setData(Qt.ItemDataRole.UserRole, (proposal.template.id, proposal.day))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)

    def _checked(self) -> list[tuple[int, date]]:
        found = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(item.data(Qt.ItemDataRole.UserRole))
        return found

    def make_checked(self) -> int:
        made = 0
        changes = Changes()
        for template_id, day in self._checked():
            _, change = recurring.confirm(self.ctx.store, template_id, day)
            made += bool(change)
            changes = changes | change
        self.ctx.bus.announce(changes)
        self.message.setText(self.tr("%1 drafts made.").replace("%1", str(made)))
        self.reload()
        return made

    def skip_checked(self) -> None:
        changes = Changes()
        for template_id, day in self._checked():
            changes = changes | recurring.skip(self.ctx.store, template_id, day)
        self.ctx.bus.announce(changes)
        self.reload()


class TemplatesDialog(QDialog):
    """The recurring templates: cadence, day, period and subject. Lines come from the invoice a
    template was made from."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, select: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("templates_dialog")
        self.setWindowTitle(self.tr("Recurring invoices"))
        self.setMinimumSize(980, 520)
        self.errors = FieldErrors()
        layout = QHBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("templates")
        self.list.currentRowChanged.connect(self._show)
        layout.addWidget(self.list, 1)
        right = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("name")
        form.addRow(self.tr("Name"), self.errors.wrap("name", self.name))
        self.cadence = QComboBox()
        self.cadence.setObjectName("interval_months")
        for months, text in ((1, self.tr("Every month")), (2, self.tr("Every 2 months")), (3, self.tr("Every quarter")),
                             (6, self.tr("Every half year")), (12, self.tr("Every year"))):
            self.cadence.addItem(text, months)
        form.addRow(self.tr("Repeats"), self.cadence)
        self.day = QSpinBox()
        self.day.setObjectName("day_of_month")
        self.day.setRange(1, 29)
        self.day.setSpecialValueText("")
        self.day.setToolTip(self.tr("29 stands for the month's last day"))
        self.day.setSuffix(self.tr(" (29 = month end)"))
        form.addRow(self.tr("Day of month"), self.errors.wrap("day_of_month", self.day))
        self.start = date_edit("start")
        form.addRow(self.tr("Starts"), self.start)
        self.has_end = QCheckBox(self.tr("Ends"))
        self.end = date_edit("end")
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end)
        holder = QWidget()
        end_row.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(end_row)
        form.addRow("", self.errors.wrap("end", holder))
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.setToolTip(self.tr("{YYYY} and {MM} become the year and month of each invoice"))
        form.addRow(self.tr("Subject"), self.subject)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setObjectName("active")
        form.addRow("", self.active)
        right.addLayout(form)
        right.addWidget(QLabel(self.tr("Lines")))
        self.lines = LinesTable()
        self.lines.edited.connect(self._show_amounts)
        right.addWidget(self.lines, 1)
        right.addLayout(self.lines.buttons())
        self.line_errors = QLabel()
        self.line_errors.setObjectName("error:lines")
        self.line_errors.setStyleSheet(ERROR_STYLE)
        self.line_errors.setWordWrap(True)
        self.line_errors.hide()
        right.addWidget(self.line_errors)
        self.message = QLabel()
        self.message.setObjectName("message")
        right.addWidget(self.message)
        buttons = QHBoxLayout()
        delete = QPushButton(self.tr("Delete"))
        delete.setObjectName("delete")
        delete.clicked.connect(self.delete_current)
        save = QPushButton(self.tr("Save"))
        save.setObjectName("save")
        save.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(delete)
        buttons.addStretch(1)
        buttons.addWidget(save)
        buttons.addWidget(close)
        right.addLayout(buttons)
        layout.addLayout(right, 3)
        self.templates: list[RecurringTemplate] = []
        self.reload(select)

    def reload(self, select: int | None = None) -> None:
        self.templates = recurring.list_templates(self.ctx.store)
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.templates:
            self.list.addItem(t.name if t.active else self.tr("%1 (paused)").replace("%1", t.name))
        self.list.blockSignals(False)
        row = next((i for i, t in enumerate(self.templates) if t.id == select), 0)
        if self.templates:
            self.list.setCurrentRow(row)
            self._show(row)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.templates):
            return
        t = self.templates[row]
        self.name.setText(t.name)
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(t.interval_months)))
        self.day.setValue(29 if t.day_of_month >= MONTH_END else t.day_of_month)
        self.start.setDate(to_qdate(t.start))
        self.has_end.setChecked(t.end is not None)
        self.end.setDate(to_qdate(t.end or t.start))
        self.subject.setText(t.subject)
        self.active.setChecked(t.active)
        self.lines.set_lines(t.lines)
        self.errors.clear()
        self.line_errors.hide()

    def current(self) -> RecurringTemplate | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def save(self) -> bool:
        t = self.current()
        if t is None:
            return False
        day = self.day.value()
        lines, problems = self.lines.read()
        if problems:
            self._show_line_problems(problems)
            return False
        edited = replace(
            t,
            name=self.name.text().strip(),
            interval_months=self.cadence.currentData(),
            day_of_month=MONTH_END if day >= 29 else day,
            start=from_qdate(self.start.date()),
            end=from_qdate(self.end.date()) if self.has_end.isChecked() else None,
            subject=self.subject.text().strip(),
            active=self.active.isChecked(),
            lines=tuple(lines),
        )
        try:
            saved, changes = recurring.save_template(self.ctx.store, edited)
        except InvalidInput as exc:
            self._show_line_problems(self.errors.show(exc.problems))
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Not saved: please correct the marked fields."))
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved."))
        self.ctx.bus.announce(changes)
        self.reload(saved.id)
        return True

    def _show_amounts(self) -> None:
        lines, problems = self.lines.read()
        self.lines.show_amounts(lines, problems, Rounding.FLOOR)

    def _show_line_problems(self, problems: list[Problem]) -> None:
        texts = []
        for p in problems:
            if p.field.startswith("lines["):
                row = int(p.field.split("[", 1)[1].split("]", 1)[0])
                texts.append(self.tr("Line %1: %2").replace("%1", str(row + 1)).replace("%2", describe(p)))
            else:
                texts.append(describe(p))
        self.line_errors.setText("\n".join(texts))
        self.line_errors.setVisible(bool(texts))
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.tr("Not saved: please correct the marked fields."))

    def delete_current(self) -> None:
        t = self.current()
        if t is None or t.id is None:
            return
        if editor.confirm(self, self.tr("Delete"), self.tr("Delete the recurring invoice %1? Documents already made stay.").replace("%1", t.name)):
            self.ctx.bus.announce(recurring.delete_template(self.ctx.store, t.id))
            self.reload()
