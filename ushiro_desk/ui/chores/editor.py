"""The chore editor: what the chore is for (goal), how it is done (steps, rules, exceptions), who does
it, and when it recurs, with its next five due dates shown live."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.chores import Area, Chore, Delegability, OwnerOnlyReason
from ushiro_desk.domain.chores.kinds import MAX_MINUTES
from ushiro_desk.domain.problems import InvalidInput, Problem
from ushiro_desk.services import chores, outsourcers
from ushiro_desk.services.calendar import business_calendar
from ushiro_desk.ui.chores.cadence_editor import CadenceEditor
from ushiro_desk.ui.chores.outsourcers import OutsourcerDialog
from ushiro_desk.ui.chores.texts import area_name, delegability_name, reason_name
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.today.dialogs import from_qdate, to_qdate
from ushiro_desk.ui.widgets.form import ERROR_STYLE, FieldErrors

OWNER = -1  # the assignee combo's value for the owner


def _text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ChoreEditor(QDialog):
    """Edits one chore. After `exec()` returns Accepted, `saved_id` is the chore's id."""

    def __init__(self, ctx: UiContext, chore: Chore | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.original = chore
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Edit chore") if chore and chore.id else self.tr("New chore"))
        self.resize(980, 720)
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        # -- left: what and how ------------------------------------------------------------------
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        form = QFormLayout(body)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title")
        form.addRow(self.tr("Title"), self.errors.wrap("title", self.title_edit))
        self.area = QComboBox()
        self.area.setObjectName("area")
        for area in Area:
            self.area.addItem(area_name(area), area.value)
        form.addRow(self.tr("Area"), self.area)
        self.goal = _text_box("goal", 2)
        self.goal.setPlaceholderText(self.tr("The finished state, e.g. “all invoices for last month issued and sent by the 3rd business day”"))
        form.addRow(self.tr("Goal (finished state)"), self.errors.wrap("goal", self.goal))
        self.steps = _text_box("steps", 7)
        self.steps.setPlaceholderText(self.tr("1. First step\n2. Next step"))
        self.steps_preview = QTextBrowser()
        self.steps_preview.setObjectName("steps_preview")
        self.steps_preview.setOpenExternalLinks(False)
        steps_tabs = QTabWidget()
        steps_tabs.addTab(self.steps, self.tr("Write (Markdown)"))
        steps_tabs.addTab(self.steps_preview, self.tr("Preview"))
        steps_tabs.setFixedHeight(self.steps.height() + 40)
        self.steps.textChanged.connect(lambda: self.steps_preview.setMarkdown(self.steps.toPlainText()))
        form.addRow(self.tr("Steps"), self.errors.wrap("steps", steps_tabs))
        self.rules = _text_box("rules")
        self.rules.setPlaceholderText(self.tr("How to decide, e.g. “amounts that differ from the quote go to the owner”"))
        form.addRow(self.tr("Judgement rules"), self.errors.wrap("rules", self.rules))
        self.exceptions = _text_box("exceptions", 2)
        form.addRow(self.tr("Known exceptions"), self.errors.wrap("exceptions", self.exceptions))
        self.inputs = _text_box("inputs", 2)
        form.addRow(self.tr("Needs (inputs)"), self.errors.wrap("inputs", self.inputs))
        self.outputs = _text_box("outputs", 2)
        form.addRow(self.tr("Produces (output)"), self.errors.wrap("outputs", self.outputs))
        scroll.setWidget(body)
        columns.addWidget(scroll, 3)

        # -- right: who and when -----------------------------------------------------------------
        right = QVBoxLayout()
        who = QGroupBox(self.tr("Who"))
        who_form = QFormLayout(who)
        self.estimate = QSpinBox()
        self.estimate.setObjectName("estimate_minutes")
        self.estimate.setRange(1, MAX_MINUTES)
        self.estimate.setSuffix(self.tr(" min"))
        who_form.addRow(self.tr("Estimated time"), self.errors.wrap("estimate_minutes", self.estimate))
        assignee_row = QWidget()
        row = QHBoxLayout(assignee_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        manage = QPushButton(self.tr("Outsourcers…"))
        manage.setObjectName("manage_outsourcers")
        manage.clicked.connect(self.manage_outsourcers)
        row.addWidget(self.assignee, 1)
        row.addWidget(manage)
        who_form.addRow(self.tr("Done by"), self.errors.wrap("assignee", assignee_row))
        self.delegability = QComboBox()
        self.delegability.setObjectName("delegability")
        for value in Delegability:
            self.delegability.addItem(delegability_name(value), value.value)
        who_form.addRow(self.tr("Can it be handed off?"), self.delegability)
        self.reason = QComboBox()
        self.reason.setObjectName("owner_only_reason")
        self.reason.addItem(self.tr("(choose a reason)"), "")
        for value in OwnerOnlyReason:
            self.reason.addItem(reason_name(value), value.value)
        who_form.addRow(self.tr("Why owner only"), self.errors.wrap("owner_only_reason", self.reason))
        self.confidential = QCheckBox(self.tr("Touches confidential data"))
        self.confidential.setObjectName("confidential")
        who_form.addRow("", self.confidential)
        right.addWidget(who)

        when = QGroupBox(self.tr("When"))
        when_layout = QVBoxLayout(when)
        dates = QFormLayout()
        self.start = QDateEdit()
        self.start.setObjectName("start")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        dates.addRow(self.tr("Starts"), self.start)
        end_row = QWidget()
        end_layout = QHBoxLayout(end_row)
        end_layout.setContentsMargins(0, 0, 0, 0)
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.has_end.setObjectName("has_end")
        self.end = QDateEdit()
        self.end.setObjectName("end")
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("yyyy-MM-dd")
        end_layout.addWidget(self.has_end)
        end_layout.addWidget(self.end, 1)
        dates.addRow("", self.errors.wrap("end", end_row))
        when_layout.addLayout(dates)
        self.cadence = CadenceEditor(business_calendar(ctx.store), today)
        self.cadence.setObjectName("cadence_editor")
        when_layout.addWidget(self.cadence)
        right.addWidget(when)
        right.addStretch(1)
        columns.addLayout(right, 2)

        self.message = QLabel()
        self.message.setObjectName("editor_message")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_chore")
        outer.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.delegability.currentIndexChanged.connect(self._delegability_changed)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._dates_changed)
        self.has_end.toggled.connect(self._dates_changed)
        self._fill_assignees()
        self.load(chore or Chore(title="", area=Area.ACCOUNTING, start=today,
                                 cadence=self.cadence.cadence()))

    # -- form ↔ chore --------------------------------------------------------------------------

    def _fill_assignees(self, select: int | None = None) -> None:
        current = self.assignee.currentData() if select is None else select
        self.assignee.clear()
        self.assignee.addItem(self.tr("Owner (me)"), OWNER)
        for o in outsourcers.list_outsourcers(self.ctx.store):
            self.assignee.addItem(o.name, o.id)
        if self.original and self.original.assignee_id and self.assignee.findData(self.original.assignee_id) < 0:
            self.assignee.addItem(self.tr("(archived outsourcer)"), self.original.assignee_id)
        index = self.assignee.findData(current)
        self.assignee.setCurrentIndex(max(index, 0))

    def load(self, chore: Chore) -> None:
        self.title_edit.setText(chore.title)
        self.area.setCurrentIndex(self.area.findData(chore.area.value))
        self.goal.setPlainText(chore.goal)
        self.steps.setPlainText(chore.steps)
        self.steps_preview.setMarkdown(chore.steps)
        self.rules.setPlainText(chore.rules)
        self.exceptions.setPlainText(chore.exceptions)
        self.inputs.setPlainText(chore.inputs)
        self.outputs.setPlainText(chore.outputs)
        self.estimate.setValue(chore.estimate_minutes)
        self._fill_assignees(select=chore.assignee_id if chore.assignee_id is not None else OWNER)
        self.delegability.setCurrentIndex(self.delegability.findData(chore.delegability.value))
        self.reason.setCurrentIndex(self.reason.findData(chore.owner_only_reason.value if chore.owner_only_reason else ""))
        self.confidential.setChecked(chore.confidential)
        self.start.setDate(to_qdate(chore.start))
        self.has_end.setChecked(chore.end is not None)
        self.end.setDate(to_qdate(chore.end or chore.start))
        self.cadence.set_cadence(chore.cadence)
        self._delegability_changed()
        self._dates_changed()

    def chore(self) -> Chore:
        assignee = self.assignee.currentData()
        reason = self.reason.currentData()
        base = self.original
        return Chore(
            title=self.title_edit.text(),
            area=Area(self.area.currentData()),
            start=from_qdate(self.start.date()),
            cadence=self.cadence.cadence(),
            goal=self.goal.toPlainText(),
            steps=self.steps.toPlainText(),
            rules=self.rules.toPlainText(),
            exceptions=self.exceptions.toPlainText(),
            inputs=self.inputs.toPlainText(),
            outputs=self.outputs.toPlainText(),
            estimate_minutes=self.estimate.value(),
            assignee_id=None if assignee in (None, OWNER) else int(assignee),
            delegability=Delegability(self.delegability.currentData()),
            owner_only_reason=OwnerOnlyReason(reason) if reason else None,
            confidential=self.confidential.isChecked(),
            end=from_qdate(self.end.date()) if self.has_end.isChecked() else None,
            id=base.id if base else None,
            archived=base.archived if base else False,
            starter_key=base.starter_key if base else None,
        )

    def _delegability_changed(self) -> None:
        owner_only = self.delegability.currentData() == Delegability.OWNER_ONLY.value
        self.reason.setEnabled(owner_only)
        if owner_only and self.assignee.currentData() != OWNER:
            self.assignee.setCurrentIndex(0)  # an owner-only chore is the owner's
        self.assignee.setEnabled(not owner_only)

    def _dates_changed(self) -> None:
        self.end.setEnabled(self.has_end.isChecked())
        end = from_qdate(self.end.date()) if self.has_end.isChecked() else None
        self.cadence.set_dates(from_qdate(self.start.date()), end)

    def next_dates(self) -> list[date]:
        return list(self.cadence.preview)

    def manage_outsourcers(self) -> None:
        dialog = OutsourcerDialog(self.ctx, self)
        dialog.exec()
        self._fill_assignees()

    # -- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        chore = self.chore()
        try:
            self.saved_id, changes, warnings = chores.save_chore(self.ctx.store, chore, self.today)
        except InvalidInput as exc:
            others = self._show_problems(exc.problems)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText("\n".join([self.tr("Not saved: please correct the marked fields."), *others]))
            return
        self.ctx.bus.announce(changes)
        self.accept()

    def _show_problems(self, problems: tuple[Problem, ...] | list[Problem]) -> list[str]:
        """Show each problem at its field; return the sentences of those without one here."""
        unplaced = self.errors.show(problems)
        cadence_problems = [p for p in unplaced if p.field == "cadence"]
        if cadence_problems:
            self.cadence.next_label.setStyleSheet(ERROR_STYLE)
            self.cadence.next_label.setText("\n".join(describe(p) for p in cadence_problems))
        return [describe(p) for p in unplaced if p.field != "cadence"]

