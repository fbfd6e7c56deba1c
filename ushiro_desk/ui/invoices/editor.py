"""The draft editor: client, dates, lines, and the per-rate totals as they will be printed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.company import EntityType
from ushiro_desk.domain.invoicing import withholding as withholding_rule
from ushiro_desk.domain.invoicing.document import Document, DocumentKind, Line
from ushiro_desk.domain.invoicing.tax import PriceMode, Rounding
from ushiro_desk.domain.problems import InvalidInput, Problem
from ushiro_desk.services import company
from ushiro_desk.services.invoicing import clients, documents
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.invoices.lines import LinesTable
from ushiro_desk.ui.invoices.models import category_name, kind_name, price_mode_name, rounding_name, yen
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.widgets.form import ERROR_STYLE, WARNING_STYLE, FieldErrors

def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class DocumentEditor(QDialog):
    """Edits one draft. Saving writes the draft; Issue saves it and then issues it.

    Signals:
        saved(object): the saved `Document` (after Save or before Issue).
    """

    saved = Signal(object)

    def __init__(self, ctx: UiContext, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc = doc
        self.issue_requested = False
        self.setObjectName("document_editor")
        self.setWindowTitle(
            self.tr("%1 (draft)").replace("%1", kind_name(doc.kind)) if doc.id is None
            else self.tr("Edit %1").replace("%1", kind_name(doc.kind))
        )
        self.resize(1000, 720)
        self.errors = FieldErrors()
        self._updating = False
        profile = company.load_profile(ctx.store)
        self._sole_proprietor = profile is not None and profile.entity_type is EntityType.SOLE_PROPRIETOR

        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        form = QFormLayout()
        self.client = QComboBox()
        self.client.setObjectName("client")
        for c in clients.list_clients(ctx.store, include_archived=True):
            if not c.archived or c.id == doc.client_id:
                self.client.addItem(c.name, c.id)
        self.client.setEnabled(not doc.kind.needs_original)
        form.addRow(self.tr("Client"), self.errors.wrap("client", self.client))
        if doc.original_number:
            ref = QLabel(self.tr("Refers to %1 of %2").replace("%1", doc.original_number)
                         .replace("%2", doc.original_issue_date.isoformat() if doc.original_issue_date else ""))
            ref.setObjectName("original")
            form.addRow(self.tr("Original"), ref)
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.setPlaceholderText(self.tr("e.g. Website redesign, May 2026"))
        form.addRow(self.tr("Subject"), self.subject)
        self.price_mode = QComboBox()
        self.price_mode.setObjectName("price_mode")
        for mode in PriceMode:
            self.price_mode.addItem(price_mode_name(mode), mode.value)
        self.rounding = QComboBox()
        self.rounding.setObjectName("rounding")
        for method in Rounding:
            self.rounding.addItem(rounding_name(method), method.value)
        tax_row = QHBoxLayout()
        tax_row.addWidget(self.price_mode)
        tax_row.addWidget(self.rounding)
        form.addRow(self.tr("Tax"), tax_row)
        self.withholding = QCheckBox(self.tr("The client withholds income tax (源泉徴収) on fee lines"))
        self.withholding.setObjectName("withholding")
        self.withholding.setToolTip(
            self.tr("Applies when you are a sole proprietor and the client is a corporation or an employer. Travel costs paid with the fee are withheld too (NTA No.2795).")
        )
        form.addRow("", self.withholding)
        header.addLayout(form, 3)

        dates = QFormLayout()
        self.issue_date = date_edit("issue_date")
        dates.addRow(self.tr("Issue date"), self.issue_date)
        self.period = QCheckBox(self.tr("Covers a period"))
        self.period.setObjectName("period")
        self.supply_from = date_edit("supply_from")
        period_row = QHBoxLayout()
        period_row.addWidget(self.period)
        period_row.addWidget(self.supply_from)
        dates.addRow(self.tr("From"), self.errors.wrap("supply_from", _holder(period_row)))
        self.supply_date = date_edit("supply_date")
        supply_label = self.tr("Original supply date") if doc.kind is DocumentKind.CREDIT_NOTE else self.tr("Supply date")
        dates.addRow(supply_label, self.supply_date)
        self.due_date = date_edit("due_date")
        self.auto_due = QCheckBox(self.tr("from the client's terms"))
        self.auto_due.setObjectName("auto_due")
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_date)
        due_row.addWidget(self.auto_due)
        due_label = self.tr("Valid until") if doc.kind is DocumentKind.QUOTE else self.tr("Due date")
        self._due_row_label = due_label
        self.return_date = date_edit("return_date")
        self.return_date.setToolTip(
            self.tr("The day the price is returned or reduced (返還等を行う日), printed on the credit note.")
        )
        if doc.kind is not DocumentKind.CREDIT_NOTE:
            dates.addRow(due_label, self.errors.wrap("due_date", _holder(due_row)))
        else:
            dates.addRow(self.tr("Return or discount on"), self.return_date)
        if doc.kind is DocumentKind.QUOTE:
            self.supply_date.setEnabled(False)
            self.period.setEnabled(False)
        header.addLayout(dates, 2)
        outer.addLayout(header)

        lines_box = QGroupBox(self.tr("Lines"))
        lines_layout = QVBoxLayout(lines_box)
        self.lines = LinesTable()
        self.lines.edited.connect(self._recalculate)
        lines_layout.addWidget(self.lines, 1)
        lines_layout.addLayout(self.lines.buttons())
        self.line_errors = QLabel()
        self.line_errors.setObjectName("error:lines")
        self.line_errors.setWordWrap(True)
        self.line_errors.setStyleSheet(ERROR_STYLE)
        self.line_errors.hide()
        lines_layout.addWidget(self.line_errors)
        outer.addWidget(lines_box, 1)

        bottom = QHBoxLayout()
        notes_box = QVBoxLayout()
        notes_box.addWidget(QLabel(self.tr("Notes (printed)")))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(90)
        notes_box.addWidget(self.notes)
        bottom.addLayout(notes_box, 3)
        self.totals_box = QGroupBox(self.tr("Totals"))
        self.totals_grid = QGridLayout(self.totals_box)
        bottom.addWidget(self.totals_box, 2)
        outer.addLayout(bottom)

        buttons = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons.addWidget(self.message, 1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(QKeySequence.SequenceFormat.NativeText))
        self.save_button.clicked.connect(self.save)
        self.issue_button = QPushButton(self.tr("Save and issue…"))
        self.issue_button.setObjectName("issue")
        self.issue_button.clicked.connect(self.save_and_issue)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.issue_button)
        outer.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.add_line())

        self._load(doc)
        self.client.currentIndexChanged.connect(self._client_changed)
        for edit in (self.issue_date, self.supply_date):
            edit.dateChanged.connect(self._dates_changed)
        self.auto_due.toggled.connect(self._dates_changed)
        self._issue_shown = self.issue_date.date()
        self.issue_date.dateChanged.connect(self._issue_date_changed)
        self.period.toggled.connect(self.supply_from.setEnabled)
        for widget in (self.price_mode, self.rounding):
            widget.currentIndexChanged.connect(self._recalculate)
        self.withholding.toggled.connect(self._recalculate)
        self._recalculate()

    # -- loading --------------------------------------------------------------------------------

    def _load(self, doc: Document) -> None:
        self._updating = True
        self.client.setCurrentIndex(max(0, self.client.findData(doc.client_id)))
        self.subject.setText(doc.subject)
        self.notes.setPlainText(doc.notes)
        self.price_mode.setCurrentIndex(self.price_mode.findData(doc.price_mode.value))
        self.rounding.setCurrentIndex(self.rounding.findData(doc.rounding.value))
        self.withholding.setChecked(doc.withholding)
        self.issue_date.setDate(to_qdate(doc.issue_date))
        self.supply_date.setDate(to_qdate(doc.supply_date or doc.issue_date))
        self.period.setChecked(doc.supply_from is not None)
        self.supply_from.setEnabled(doc.supply_from is not None)
        self.supply_from.setDate(to_qdate(doc.supply_from or (doc.supply_date or doc.issue_date).replace(day=1)))
        suggested = documents.suggested_due_date(self.ctx.store, doc)
        self.due_date.setDate(to_qdate(doc.due_date or suggested or doc.issue_date))
        self.auto_due.setChecked(doc.due_date is None or doc.due_date == suggested)
        self.due_date.setEnabled(not self.auto_due.isChecked())
        self.return_date.setDate(to_qdate(doc.credit_date))
        self.lines.new_line_withheld = doc.withholding
        self.lines.set_lines(doc.lines)
        self._updating = False

    def add_line(self, line: Line | None = None) -> None:
        self.lines.add_line(line)

    def document(self) -> tuple[Document, list[Problem]]:
        """The draft as the form says, and the problems of reading it (numbers that are not numbers)."""
        lines, problems = self.lines.read()
        client_id = self.client.currentData()
        recipient = self.doc.recipient
        language = self.doc.language
        if client_id is not None and client_id != self.doc.client_id:
            chosen = clients.load_client(self.ctx.store, client_id)
            recipient, language = chosen.recipient(), chosen.language
        doc = replace(
            self.doc,
            client_id=client_id or 0,
            recipient=recipient,
            language=language,
            subject=self.subject.text().strip(),
            notes=self.notes.toPlainText().strip(),
            price_mode=PriceMode(self.price_mode.currentData()),
            rounding=Rounding(self.rounding.currentData()),
            withholding=self.withholding.isChecked(),
            issue_date=from_qdate(self.issue_date.date()),
            supply_date=None if self.doc.kind is DocumentKind.QUOTE else from_qdate(self.supply_date.date()),
            supply_from=from_qdate(self.supply_from.date()) if self.period.isChecked() else None,
            due_date=None if self.doc.kind is DocumentKind.CREDIT_NOTE else from_qdate(self.due_date.date()),
            return_date=from_qdate(self.return_date.date()) if self.doc.kind is DocumentKind.CREDIT_NOTE else None,
            lines=tuple(lines),
        )
        return doc, problems

    # -- reacting -------------------------------------------------------------------------------

    def _client_changed(self) -> None:
        client_id = self.client.currentData()
        if client_id is None:
            return
        chosen = clients.load_client(self.ctx.store, client_id)
        if self.doc.kind is not DocumentKind.QUOTE:
            withheld = withholding_rule.applies(self._sole_proprietor, chosen.withholds)
            self.withholding.setChecked(withheld)
            self.lines.follow_withholding(withheld)
        self._dates_changed()

    def _issue_date_changed(self, value: QDate) -> None:
        """The 返還等を行う日 follows the issue date until the owner sets it apart."""
        if self.return_date.date() == self._issue_shown:
            self.return_date.setDate(value)
        self._issue_shown = value

    def _dates_changed(self) -> None:
        self.due_date.setEnabled(not self.auto_due.isChecked())
        if self.auto_due.isChecked() and not self._updating:
            doc, _ = self.document()
            if doc.client_id:
                suggested = documents.suggested_due_date(self.ctx.store, doc)
                if suggested:
                    self.due_date.setDate(to_qdate(suggested))
        self._recalculate()

    def _recalculate(self, *_args: object) -> None:
        if self._updating:
            return
        doc, problems = self.document()
        self.lines.show_amounts(doc.lines, problems, doc.rounding)
        self._show_totals(doc)

    def _show_totals(self, doc: Document) -> None:
        while self.totals_grid.count():
            item = self.totals_grid.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.setParent(None)  # gone from findChild at once, deleted with its last reference
                widget.deleteLater()
        totals = doc.totals()
        inclusive = doc.price_mode is PriceMode.INCLUSIVE
        rows: list[tuple[str, str, str]] = []
        for rate in totals.breakdown.rates:
            amount = rate.total if inclusive else rate.taxable
            rows.append((category_name(rate.category), yen(amount), self.tr("tax %1").replace("%1", yen(rate.tax))))
        credit = doc.kind is DocumentKind.CREDIT_NOTE
        rows.append((self.tr("Total (incl. tax)"), yen(totals.total), ""))
        if totals.withholding and credit:
            rows.append((self.tr("Withholding no longer due"), yen(-totals.withholding), self.tr("on the net fee")))
        elif totals.withholding:
            rows.append((self.tr("Withholding (源泉徴収)"), yen(-totals.withholding), self.tr("on %1").replace("%1", yen(totals.withholding_base))))
        rows.append((self.tr("Amount credited") if credit else self.tr("Amount due"), yen(totals.amount_due), ""))
        for r, (label, value, extra) in enumerate(rows):
            name = QLabel(label)
            amount = QLabel(value)
            amount.setObjectName(f"total:{r}")
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            note = QLabel(extra)
            note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r == len(rows) - 1:
                font = amount.font()
                font.setBold(True)
                amount.setFont(font)
                name.setFont(font)
            self.totals_grid.addWidget(name, r, 0)
            self.totals_grid.addWidget(amount, r, 1)
            self.totals_grid.addWidget(note, r, 2)
        self.amount_due = totals.amount_due
        self.total_rows = rows

    # -- saving ---------------------------------------------------------------------------------

    def _show_problems(self, problems: list[Problem]) -> None:
        unplaced = self.errors.show(problems)
        lines = []
        for p in unplaced:
            if p.field.startswith("lines["):
                row = int(p.field.split("[", 1)[1].split("]", 1)[0])
                lines.append(self.tr("Line %1: %2").replace("%1", str(row + 1)).replace("%2", describe(p)))
            else:
                lines.append(describe(p))
        self.line_errors.setText("\n".join(lines))
        self.line_errors.setStyleSheet(ERROR_STYLE if any(p.is_error for p in unplaced) else WARNING_STYLE)
        self.line_errors.setVisible(bool(lines))

    def save(self) -> bool:
        doc, problems = self.document()
        if problems:
            self._show_problems(problems)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Not saved: please correct the marked lines."))
            return False
        try:
            saved, changes, warnings = documents.save_draft(self.ctx.store, doc)
        except InvalidInput as exc:
            self._show_problems(list(exc.problems))
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Not saved: please correct the marked fields."))
            return False
        self.doc = saved
        self._show_problems(warnings)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Draft saved."))
        self.ctx.bus.announce(changes)
        self.saved.emit(saved)
        return True

    def save_and_issue(self) -> None:
        if self.save():
            self.issue_requested = True
            self.accept()


def _holder(layout: QHBoxLayout) -> QWidget:
    layout.setContentsMargins(0, 0, 0, 0)
    widget = QWidget()
    widget.setLayout(layout)
    return widget


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask yes/no (a seam tests replace)."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes
