"""Export expenses for 弥生, freee, マネーフォワード, Excel or a tax audit, with progress; characters that
Shift_JIS cannot hold are listed by line and nothing is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.problems import InvalidInput, Problem
from ushiro_desk.outputs import OutputRefused
from ushiro_desk.services.expenses import exports
from ushiro_desk.services.expenses.exports import ExportResult
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.expenses.search_bar import parse_day
from ushiro_desk.ui.fault_text import fault_text
from ushiro_desk.ui.operations import Operation
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.widgets.form import ERROR_STYLE, FieldErrors
from ushiro_desk.ui.widgets import files


class ExportDialog(QDialog):
    def __init__(
        self, ctx: UiContext, date_from: date | None = None, date_to: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("expense_export")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Export expenses"))
        self.setMinimumSize(560, 380)
        self.resize(640, 420)
        self.errors = FieldErrors()
        self.operation: Operation | None = None
        self.result: ExportResult | None = None
        self.confirmed: Path | None = None  # a file the save dialog confirmed may be replaced
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setObjectName("format")
        for key, text in (
            ("yayoi", self.tr("弥生会計 (Shift_JIS, import format)")),
            ("freee", self.tr("freee (取引 import CSV)")),
            ("mf", self.tr("マネーフォワード クラウド会計 (仕訳帳 import CSV)")),
            ("csv", self.tr("CSV for Excel (UTF-8)")),
            ("audit", self.tr("Audit folder (receipts named date_payee_amount + 索引簿)")),
        ):
            self.format.addItem(text, key)
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("Format"), self.format)
        self.date_from = QLineEdit(date_from.isoformat() if date_from else "")
        self.date_from.setObjectName("export_from")
        self.date_from.setPlaceholderText(self.tr("first day (empty: from the start)"))
        self.date_to = QLineEdit(date_to.isoformat() if date_to else "")
        self.date_to.setObjectName("export_to")
        self.date_to.setPlaceholderText(self.tr("last day (empty: up to today)"))
        form.addRow(self.tr("From"), self.errors.wrap("date_from", self.date_from))
        form.addRow(self.tr("To"), self.errors.wrap("date_to", self.date_to))
        out_row = QHBoxLayout()
        self.out = QLineEdit()
        self.out.setObjectName("out")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_target)
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(out_row)
        form.addRow(self.tr("Save to"), self.errors.wrap("out", holder))
        # Sales and money received for the accountant, in the same format, next to the expense file.
        self.money_in = QCheckBox(self.tr("Also the sales and money received (a second file, name ending -money-in)"))
        self.money_in.setObjectName("with_money_in")
        self.money_in_result: object | None = None
        form.addRow("", self.money_in)
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("export_problems")
        self.problems.setReadOnly(True)
        self.problems.hide()
        layout.addWidget(self.problems, 1)
        buttons = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("export_message")
        self.message.setWordWrap(True)
        buttons.addWidget(self.message, 1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        self.run_button = QPushButton(self.tr("Export"))
        self.run_button.setObjectName("run_export")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        buttons.addWidget(close)
        buttons.addWidget(self.run_button)
        layout.addLayout(buttons)
        self._format_changed()

    def _format_changed(self) -> None:
        key = self.format.currentData()
        notes = {
            "yayoi": self.tr("One journal line per tax rate (識別フラグ 2000). 税区分 and account names follow Settings → Expenses."),
            "freee": self.tr("One 取引 per expense, paid on its date. Check the 税区分 names in Settings → Expenses."),
            "mf": self.tr("27 columns as in the 仕訳帳 sample; a mixed-rate receipt is one compound journal."),
            "csv": self.tr("Every field, UTF-8 with BOM so that Excel reads Japanese correctly."),
            "audit": self.tr("Choose a new, empty folder. The tax office accepts this naming as a search method."),
        }
        self.note.setText(notes[key])
        self.money_in.setEnabled(key != "audit")

    def choose_target(self) -> None:
        if self.format.currentData() == "audit":
            name = files.choose_folder(self, self.ctx.prefs, "exports", self.tr("Folder for the audit export"))
        else:
            name = files.save_file(self, self.ctx.prefs, "exports", self.tr("Export to"),
                                   f"expenses-{self.format.currentData()}.csv", self.tr("CSV files (*.csv)"))
        if name:
            self.out.setText(name)
            self.confirmed = Path(name)  # the save dialog asked before an existing file is replaced

    def start(self) -> bool:
        """Check the fields and start the export in the background."""
        problems: list[Problem] = []
        date_from, found = parse_day(self.date_from.text(), "date_from")
        problems += found
        date_to, found = parse_day(self.date_to.text(), "date_to")
        problems += found
        target = Path(self.out.text().strip()).expanduser() if self.out.text().strip() else None
        fmt = self.format.currentData()
        replace = False
        if target is None:
            from ushiro_desk.domain.problems import error

            problems.append(error("out", "required"))
        else:
            try:
                exports.check_target(fmt, target, data_root=self.ctx.store.paths.root)
            except InvalidInput as exc:
                problems += exc.problems
            except OutputRefused as refused:
                if refused.kind != "exists":
                    self.message.setStyleSheet(ERROR_STYLE)
                    self.message.setText(fault_text(refused))
                    return False
                if target != self.confirmed:
                    answer = QMessageBox.question(
                        self, self.tr("Replace file?"), self.tr("%1 exists already. Replace it?").replace("%1", str(target))
                    )
                    if answer != QMessageBox.StandardButton.Yes:
                        return False
                replace = True
        with_money_in = self.money_in.isEnabled() and self.money_in.isChecked()
        if with_money_in and target is not None:
            from ushiro_desk.services.bank import journals

            problems += journals.check_beside(self.ctx.store, target)
        if problems:
            self.errors.show(problems)
            return False
        self.errors.clear()
        self.problems.hide()
        self.message.setText(self.tr("Exporting…"))
        self.run_button.setEnabled(False)
        store = self.ctx.store

        self.money_in_result = None

        def work(progress):  # type: ignore[no-untyped-def]
            result = exports.export(
                store, fmt, target, date_from=date_from, date_to=date_to, progress=progress.report, overwrite=replace
            )
            if with_money_in:
                from ushiro_desk.services.bank import journals

                try:
                    self.money_in_result = journals.export(store, fmt, journals.beside(target), date_from=date_from,
                                                           date_to=date_to)
                except InvalidInput as exc:  # the expense file stands; the journals say why they are missing
                    self.money_in_result = exc
            return result

        self.operation = Operation(self, self.tr("Exporting expenses…"), work, on_done=self._done, on_error=self._failed)
        self.operation.start()
        return True

    def _done(self, result: ExportResult) -> None:
        self.result = result
        self.run_button.setEnabled(True)
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Exported %1 expenses (%2 lines) to %3.").replace("%1", str(result.expenses))
            .replace("%2", str(result.lines)).replace("%3", str(result.path))
        )
        extra = self.money_in_result
        if isinstance(extra, InvalidInput):
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.message.text() + " " + self.tr("The sales and money received were not written:"))
            self.problems.setPlainText("\n".join(describe(p) for p in extra.problems))
            self.problems.show()
        elif extra is not None:
            self.message.setText(self.message.text() + " " + self.tr("Sales and money received: %1 entries to %2.")
                                 .replace("%1", str(extra.entries)).replace("%2", str(extra.path)))  # type: ignore[attr-defined]

    def _failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        self.message.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, InvalidInput):
            self.message.setText(self.tr("Nothing was written. Correct these expenses, then export again:"))
            self.problems.setPlainText("\n".join(describe(p) for p in exc.problems))
            self.problems.show()
        else:
            self.message.setText(self.tr("The export failed: %1").replace("%1", fault_text(exc)))
