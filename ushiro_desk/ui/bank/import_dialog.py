"""Import a statement: choose the account, the file and (for an unknown CSV) the columns; see every
parsed row, what is new and what was imported before, and gaps in the balance before anything is
stored.

Signals:
    imported(object): the `Changes` of a finished import.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.bank.csvfile import PRESETS, ColumnMap
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.bank import accounts, imports
from ushiro_desk.ui.bank.texts import yen
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.operations import Operation, Progress
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.widgets import files

MAPPED = "mapped"


class ImportDialog(QDialog):
    imported = Signal(object)

    def __init__(self, ctx: UiContext, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bank_import")
        self.ctx = ctx
        self.today = today
        self.path: Path | None = None
        self.found: imports.ImportPreview | None = None
        self.result_text = ""
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Import a statement"))
        self.resize(1100, 680)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.account = QComboBox()
        self.account.setObjectName("bank_import_account")
        for account in accounts.accounts(ctx.store):
            self.account.addItem(account.name, account.name)
        self.format = QComboBox()
        self.format.setObjectName("bank_import_format")
        self.format.addItem(self.tr("Recognise from the file"), None)
        self.format.addItem(self.tr("全銀 入出金取引明細 / 振込入金通知"), "zengin")
        for preset in PRESETS:
            self.format.addItem(preset.label, preset.name)
        self.format.addItem(self.tr("Other CSV: choose the columns"), MAPPED)
        file_row = QHBoxLayout()
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setObjectName("bank_import_file")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        form.addRow(self.tr("Account"), self.account)
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Format"), self.format)
        layout.addLayout(form)

        self.mapper = QGroupBox(self.tr("Columns (1 is the first; 0 means the file has none)"))
        self.mapper.setObjectName("bank_import_mapper")
        grid = QHBoxLayout(self.mapper)
        self.columns: dict[str, QSpinBox] = {}
        names = {"date": self.tr("Date"), "description": self.tr("Description"), "withdrawal": self.tr("Withdrawal"),
                 "deposit": self.tr("Deposit"), "balance": self.tr("Balance"), "skip_rows": self.tr("Header rows")}
        for key, label in names.items():
            box = QSpinBox()
            box.setRange(0, 64)
            box.setValue({"date": 1, "description": 2, "withdrawal": 3, "deposit": 4, "balance": 5, "skip_rows": 1}[key])
            box.valueChanged.connect(self.refresh)
            self.columns[key] = box
            grid.addWidget(QLabel(label))
            grid.addWidget(box)
        layout.addWidget(self.mapper)

        self.summary = QLabel()
        self.summary.setObjectName("bank_import_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("bank_import_rows")
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Date"), self.tr("Description"), self.tr("Withdrawal"),
                                              self.tr("Deposit"), self.tr("Balance"), self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("bank_import_apply")
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.account.currentIndexChanged.connect(self.refresh)
        self.format.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def choose_file(self) -> None:
        name = files.open_file(self, self.ctx.prefs, "statements", self.tr("Choose a statement"),
                               self.tr("Statements (*.csv *.txt *.dat);;All files (*)"))
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        self.path = path
        self.file.setText(str(path))
        self.refresh()

    def mapping(self) -> ColumnMap | None:
        if self.format.currentData() != MAPPED:
            return None
        col = {k: (box.value() - 1 if box.value() > 0 else None) for k, box in self.columns.items() if k != "skip_rows"}
        return ColumnMap(date=col["date"] if col["date"] is not None else 0,
                         description=col["description"] if col["description"] is not None else 1,
                         withdrawal=col["withdrawal"], deposit=col["deposit"], balance=col["balance"],
                         skip_rows=self.columns["skip_rows"].value())

    def refresh(self) -> None:
        self.mapper.setVisible(self.format.currentData() == MAPPED)
        self.table.setRowCount(0)
        self.found = None
        self.apply_button.setEnabled(False)
        if self.path is None or self.account.currentData() is None:
            self.summary.setText(self.tr("Choose the account and the file the bank let you download."))
            return
        mapping = self.mapping()
        problems = mapping.problems() if mapping else []
        if problems:
            self.summary.setText("\n".join(describe(p) for p in problems))
            return
        fmt = self.format.currentData()
        self.found = imports.preview(self.ctx.store, self.path, self.account.currentData(), today=self.today,
                                     format=None if fmt == MAPPED else fmt, mapping=mapping)
        if not self.found.ok:
            self.summary.setText(self.tr("Nothing can be imported:") + "\n" +
                                 "\n".join(describe(p) for p in self.found.problems[:10]))
            return
        new_ids = {id(line) for line, _, _ in self.found.new}
        lines = self.found.statement.lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            values = [str(line.source_line), line.day.isoformat(), line.payer or line.description,
                      yen(line.withdrawal) if line.withdrawal else "", yen(line.deposit) if line.deposit else "",
                      yen(line.balance) if line.balance is not None else "",
                      self.tr("New") if id(line) in new_ids else self.tr("Imported before")]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (3, 4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        text = (self.tr("%1 rows read (%2): %3 new, %4 imported before.")
                .replace("%1", str(len(lines))).replace("%2", self.found.statement.format)
                .replace("%3", str(len(self.found.new))).replace("%4", str(self.found.duplicates)))
        for gap in self.found.gaps:
            text += "\n" + (self.tr("Transactions are missing between %1 and %2: the balance is off by %3.")
                            .replace("%1", f"{gap.after:%m/%d}").replace("%2", f"{gap.before:%m/%d}")
                            .replace("%3", yen(abs(gap.difference))))
        self.summary.setText(text)
        self.apply_button.setEnabled(bool(self.found.new))

    def apply(self) -> None:
        """Import in the background, with progress and Cancel; cancelled, nothing is stored."""
        if self.found is None or not self.found.ok or self.path is None or self.busy():
            return
        fmt = self.format.currentData()
        path, account, mapping = self.path, self.account.currentData(), self.mapping()
        store, today = self.ctx.store, self.today

        def work(progress: Progress):  # type: ignore[no-untyped-def]
            return imports.apply(store, path, account, today=today, format=None if fmt == MAPPED else fmt,
                                 mapping=mapping, report=progress.report)

        self.apply_button.setEnabled(False)
        self.operation = Operation(self, self.tr("Importing the statement…"), work, on_done=self._imported,
                                   on_error=self._failed)
        self.operation.cancelled.connect(self._cancelled)
        self.operation.start()

    def busy(self) -> bool:
        """An import is running (the operation object is kept until the dialog goes: its signals are
        still being delivered when its slots run)."""
        return self.operation is not None and self.operation.running

    def _imported(self, outcome: object) -> None:
        result, changes = outcome  # type: ignore[misc]
        self.result_text = (self.tr("Imported %1 lines; %2 debits became expense drafts.")
                            .replace("%1", str(result.added)).replace("%2", str(result.drafts)))
        self.imported.emit(changes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.apply_button.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self.summary.setText("\n".join(describe(p) for p in exc.problems))
        else:
            from ushiro_desk.ui.fault_text import fault_text

            self.summary.setText(fault_text(exc))

    def _cancelled(self) -> None:
        self.apply_button.setEnabled(True)
        self.summary.setText(self.tr("The import was cancelled; nothing was stored."))
