"""Taking a returned packet back: read it off the GUI thread, show every problem (nothing changes), or
a per-item review where the owner ticks what to take in; only Apply changes anything."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.handoff.return_sheet import ReturnStatus
from ushiro_desk.domain.problems import InvalidInput, Problem
from ushiro_desk.services.changes import HANDOFF, Changes
from ushiro_desk.services.handoff import returns
from ushiro_desk.services.handoff.returns import ReturnReview, ReviewItem
from ushiro_desk.ui.chores.texts import minutes_text
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui import clock
from ushiro_desk.ui.handoff.passwords import PasswordEntryDialog
from ushiro_desk.ui.handoff.return_texts import conflict_text
from ushiro_desk.ui.handoff.texts import state_name, status_name, with_line
from ushiro_desk.ui.operations import Operation
from ushiro_desk.ui.widgets.form import ERROR_STYLE
from ushiro_desk.ui.widgets import files

QUESTION_COLOR = "#b26a00"
CONFLICT_COLOR = "#c62828"
PASSWORD_CODES = {"archive.password_needed", "archive.bad_password"}
Index = QModelIndex | QPersistentModelIndex


def zip_in(mime: QMimeData) -> Path | None:
    """The first local .zip or .ushiro-return file (the workspace's return) among dropped URLs."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith((".zip", ".ushiro-return")):
            return Path(url.toLocalFile())
    return None


def checked_by_default(item: ReviewItem) -> bool:
    """Everything that can be applied: done, skipped and questions of open occurrences, and receipts;
    never a conflict, never a note alone (it changes nothing)."""
    return item.applicable


def for_attention(item: ReviewItem) -> bool:
    return item.kind == "occurrence" and (item.status is ReturnStatus.QUESTION or bool(item.note))


class ReviewModel(QAbstractTableModel):
    """The review's items with a checkbox each (column 0)."""

    COLUMNS = ("take", "item", "returned", "minutes", "note", "now")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ReviewItem] = []
        self.accepted: set[str] = set()
        self._headers: list[str] = list(self.COLUMNS)

    def set_headers(self, headers: list[str]) -> None:
        self._headers = headers

    def set_review(self, review: ReturnReview | None) -> None:
        self.beginResetModel()
        self.items = list(review.items) if review else []
        self.accepted = {i.key for i in self.items if checked_by_default(i)}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            if not self.items[index.row()].applicable:
                return Qt.ItemFlag.ItemIsSelectable  # a conflict or a note alone: the box is greyed out
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def _now(self, item: ReviewItem) -> str:
        if item.conflict:
            return conflict_text(item)
        if item.kind == "receipt":
            return self.tr("Becomes a draft expense (you fill in the payee)")
        if item.status is ReturnStatus.QUESTION:
            return self.tr("Stays on the due date and on Today until you answer it")
        if item.status is ReturnStatus.OPEN:
            return self.tr("Nothing changes: read it")
        if item.current != "open":
            return self.tr("Already %1").replace("%1", state_name(item.current))
        return self.tr("%1 → %2").replace("%1", state_name(item.current)).replace("%2", status_name(item.status))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "take":
            return Qt.CheckState.Checked if item.key in self.accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "take": "",
                "item": item.label,
                "returned": status_name(item.status) if item.kind == "occurrence" else status_name(None),
                "minutes": minutes_text(item.minutes) if item.minutes is not None else "",
                "note": item.note,
                "now": self._now(item),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "note" and item.note:
            return item.note
        if role == Qt.ItemDataRole.ToolTipRole and column == "item" and item.hint:
            return self.tr("The sheet said: %1").replace("%1", item.hint)
        if role == Qt.ItemDataRole.ToolTipRole and column == "now" and item.conflict:
            return conflict_text(item)
        if role == Qt.ItemDataRole.ForegroundRole and item.conflict and column in ("item", "now"):
            return QBrush(QColor(CONFLICT_COLOR))
        if role == Qt.ItemDataRole.ForegroundRole and for_attention(item) and column in ("returned", "note"):
            return QBrush(QColor(QUESTION_COLOR))
        if role == Qt.ItemDataRole.FontRole and item.status is ReturnStatus.QUESTION:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return item.key
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if not self.items[index.row()].applicable:
            return False  # a conflict or a note alone: nothing to apply
        key = self.items[index.row()].key
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.accepted.add(key)
        else:
            self.accepted.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class ReturnsTab(QWidget):
    """Import a returned packet, review it, apply what the owner ticks.

    Signals:
        changed(Changes): accepted items were applied.
        message(str): a short message for the status bar.
    """

    changed = Signal(object)
    message = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.review: ReturnReview | None = None
        self.problems: list[Problem] = []
        self.operation: Operation | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)

        self.drop_zone = QFrame()
        self.drop_zone.setObjectName("drop_zone")
        self.drop_zone.setStyleSheet("QFrame#drop_zone { border: 2px dashed palette(mid); border-radius: 6px; }")
        zone = QHBoxLayout(self.drop_zone)
        zone.setContentsMargins(16, 14, 16, 14)
        drop_text = QLabel(self.tr("Drop a returned packet (.ushiro-return or .zip) anywhere on this page, or choose it. Nothing changes until you apply the items you tick."))
        drop_text.setWordWrap(True)
        drop_text.setStyleSheet("border: none;")
        zone.addWidget(drop_text, 1)
        self.import_button = QPushButton(self.tr("Import returned packet…"))
        self.import_button.setObjectName("import_return")
        self.import_button.setToolTip(QKeySequence("Ctrl+I").toString(QKeySequence.SequenceFormat.NativeText))
        self.import_button.clicked.connect(lambda: self.choose_file())
        zone.addWidget(self.import_button)
        layout.addWidget(self.drop_zone)

        self.problem_box = QFrame()
        self.problem_box.setObjectName("problem_box")
        self.problem_box.setStyleSheet("QFrame#problem_box { border: 1px solid #c62828; border-radius: 4px; background: rgba(198, 40, 40, 0.06); }")
        problem_layout = QVBoxLayout(self.problem_box)
        self.problem_title = QLabel()
        self.problem_title.setObjectName("problem_title")
        self.problem_title.setStyleSheet(ERROR_STYLE + " font-weight: bold; border: none; background: transparent;")
        self.problem_title.setWordWrap(True)
        problem_layout.addWidget(self.problem_title)
        self.problem_list = QLabel()
        self.problem_list.setObjectName("problem_list")
        self.problem_list.setWordWrap(True)
        self.problem_list.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_list.setStyleSheet("border: none; background: transparent;")
        problem_layout.addWidget(self.problem_list)
        layout.addWidget(self.problem_box)

        self.review_area = QWidget()
        review_layout = QVBoxLayout(self.review_area)
        review_layout.setContentsMargins(0, 0, 0, 0)
        self.review_title = QLabel()
        self.review_title.setObjectName("review_title")
        font = self.review_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.review_title.setFont(font)
        self.review_title.setWordWrap(True)
        review_layout.addWidget(self.review_title)
        self.attention = QFrame()
        self.attention.setObjectName("attention_box")
        self.attention.setStyleSheet(f"QFrame#attention_box {{ border: 1px solid {QUESTION_COLOR}; border-radius: 4px; background: rgba(255, 176, 32, 0.10); }}")
        attention_layout = QVBoxLayout(self.attention)
        attention_title = QLabel(self.tr("Questions and notes from the recipient"))
        attention_title.setStyleSheet(f"color: {QUESTION_COLOR}; font-weight: bold; border: none; background: transparent;")
        attention_layout.addWidget(attention_title)
        self.attention_text = QLabel()
        self.attention_text.setObjectName("attention_text")
        self.attention_text.setWordWrap(True)
        self.attention_text.setTextFormat(Qt.TextFormat.PlainText)
        self.attention_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.attention_text.setStyleSheet("border: none; background: transparent;")
        attention_layout.addWidget(self.attention_text)
        review_layout.addWidget(self.attention)
        self.conflict_note = QLabel()
        self.conflict_note.setObjectName("conflict_note")
        self.conflict_note.setWordWrap(True)
        self.conflict_note.setStyleSheet(f"color: {CONFLICT_COLOR};")
        review_layout.addWidget(self.conflict_note)
        self.model = ReviewModel(self)
        self.model.set_headers([self.tr("Take in"), self.tr("Item"), self.tr("Returned as"), self.tr("Minutes"), self.tr("Note"), self.tr("What changes")])
        self.table = QTableView()
        self.table.setObjectName("review_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, self.toggle_current, context=Qt.ShortcutContext.WidgetShortcut)
        review_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.review_message = QLabel()
        self.review_message.setObjectName("review_message")
        self.review_message.setWordWrap(True)
        buttons.addWidget(self.review_message, 1)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setObjectName("discard_review")
        self.discard_button.clicked.connect(self.discard)
        buttons.addWidget(self.discard_button)
        self.apply_button = QPushButton(self.tr("Apply ticked items"))
        self.apply_button.setObjectName("apply_review")
        apply_keys = QKeySequence("Ctrl+Return")
        self.apply_button.setShortcut(apply_keys)
        self.apply_button.setToolTip(apply_keys.toString(QKeySequence.SequenceFormat.NativeText))
        self.apply_button.clicked.connect(self.apply)
        buttons.addWidget(self.apply_button)
        review_layout.addLayout(buttons)
        layout.addWidget(self.review_area, 1)
        self.result = QLabel()
        self.result.setObjectName("import_result")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.spacer = QLabel(self.tr(
            "How a packet comes back: the recipient fills in return/status.csv (one row per due date): done, skipped or "
            "question in the status column, the minutes it took, and a note; Excel may save it as CSV in Shift_JIS and "
            "change the dates, the occurrence_id tells the rows apart. New receipts go into return/receipts/.\n\n"
            "Password and tool: they send the whole folder back as a ZIP encrypted with AES-256 and the same password "
            "the packet was opened with (the one shown when you exported it; the keyring keeps it for that recipient, so "
            "the import finds it by itself). On Windows they "
            "use 7-Zip (Add to archive → Archive format zip, Encryption method AES-256); on macOS Keka (ZIP, with a "
            "password and AES-256) or 7z in the Terminal (7z a -tzip -mem=AES256 -p return.zip folder). The packet's "
            "index.html gives them the same steps in their language."
        ))
        self.spacer.setObjectName("return_howto")
        self.spacer.setWordWrap(True)
        self.spacer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.spacer.setStyleSheet("color: palette(placeholder-text); padding: 8px 2px;")
        layout.addWidget(self.spacer, 1)
        self.model.dataChanged.connect(self._count_ticked)
        self.model.modelReset.connect(self._count_ticked)
        self._show_state()

    # -- reading -----------------------------------------------------------------------------------

    def choose_file(self) -> None:
        chosen = files.open_file(
            self, self.ctx.prefs, "returns", self.tr("Import a returned packet"), self.tr("Returned packets (*.ushiro-return *.zip)")
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path, password: str | None = None) -> None:
        """Read and check the packet in the background; nothing changes here."""
        if self.operation is not None:
            return
        store = self.ctx.store
        today = clock.today()
        self.review = None
        self.problems = []
        self.result.clear()
        self.model.set_review(None)
        self._show_state()

        def work(_progress):  # type: ignore[no-untyped-def]
            return returns.read_return(store, path, password, today)

        operation = Operation(
            self, self.tr("Reading %1…").replace("%1", path.name), work,
            on_done=lambda review: self._read(review, operation),
            on_error=lambda exc: self._failed(exc, path, password),
        )
        self.operation = operation
        self.result.setText(self.tr("Reading %1…").replace("%1", path.name))
        operation.start()

    def _read(self, review: object, operation: Operation) -> None:
        self.operation = None
        if operation.progress.cancelled:
            self.result.setText(self.tr("Import cancelled; nothing changed."))
            return
        assert isinstance(review, ReturnReview)
        self.review = review
        self.model.set_review(review)
        entry = review.disclosure
        self.review_title.setText(self.tr("Return from %1 for %2 – %3: %4 items").replace("%1", entry.recipient_name)
                                  .replace("%2", entry.period_start.isoformat()).replace("%3", entry.period_end.isoformat())
                                  .replace("%4", str(len(review.items))))
        attention = sorted((item for item in review.items if for_attention(item)), key=lambda i: i.status is not ReturnStatus.QUESTION)
        lines = []
        for item in attention:
            kind = status_name(item.status)
            lines.append(f"● {item.label} — {kind}: {item.note}" if item.note else f"● {item.label} — {kind}")
        self.attention_text.setText("\n".join(lines))
        conflicts = len(review.conflicts)
        self.conflict_note.setText(self.tr(
            "%1 items conflict with what changed since the packet left: they are shown in red with what they are now, "
            "and cannot be applied."
        ).replace("%1", str(conflicts)) if conflicts else "")
        self.result.clear()
        self._show_state()
        self.table.setFocus()
        self.message.emit(self.tr("Review the returned items and apply the ones you accept."))

    def _failed(self, exc: BaseException, path: Path, password: str | None) -> None:
        self.operation = None
        if isinstance(exc, InvalidInput):
            problems = list(exc.problems)
            if len(problems) == 1 and problems[0].code in PASSWORD_CODES:
                typed = self.ask_password(path, wrong=password is not None)
                if typed is not None:
                    self.import_file(path, typed)
                    return
            self.show_problems(path, problems)
            return
        self.show_problems(path, [Problem("file", "archive.damaged", params={"member": str(exc)})])

    def ask_password(self, path: Path, wrong: bool) -> str | None:
        text = (self.tr("The password does not open %1. Type the packet's password.") if wrong
                else self.tr("%1 is encrypted and the keyring does not know its password. Type the packet's password.")).replace("%1", path.name)
        dialog = PasswordEntryDialog(text, confirm=False, parent=self)
        return dialog.value() if dialog.exec() == PasswordEntryDialog.DialogCode.Accepted else None

    def show_problems(self, path: Path, problems: list[Problem]) -> None:
        self.problems = problems
        self.problem_title.setText(self.tr("%1 was not taken in; nothing changed.").replace("%1", path.name))
        self.problem_list.setText("\n".join(f"• {with_line(p)}" for p in problems))
        self.result.clear()
        self._show_state()
        self.message.emit(self.tr("The returned packet has problems; nothing changed."))

    # -- applying ----------------------------------------------------------------------------------

    def _count_ticked(self, *_args: object) -> None:
        ticked = len(self.model.accepted)
        self.apply_button.setEnabled(self.review is not None and ticked > 0)
        self.review_message.setText(self.tr("%1 of %2 items ticked.").replace("%1", str(ticked)).replace("%2", str(len(self.model.items))))

    def toggle_current(self) -> None:
        """Space ticks or unticks the current row, whichever column has the focus."""
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            self.model.setData(index, (Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked).value, Qt.ItemDataRole.CheckStateRole)

    def apply(self) -> None:
        if self.review is None:
            return
        accepted = set(self.model.accepted)
        try:
            changes = returns.apply_return(self.ctx.store, self.review, accepted, clock.today())
        except InvalidInput as exc:
            self.review_message.setStyleSheet(ERROR_STYLE)
            self.review_message.setText(" ".join(with_line(p) for p in exc.problems))
            return
        applied = sum(1 for i in self.review.items if i.key in accepted and i.applicable)
        left = len(self.review.items) - applied
        name = self.review.disclosure.recipient_name
        self.review = None
        self.model.set_review(None)
        self.review_message.setStyleSheet("")
        text = self.tr("Took in %1 items from %2; %3 left as they were.").replace("%1", str(applied)).replace("%2", name).replace("%3", str(left))
        self.result.setText(text)
        self._show_state()
        self.message.emit(text)
        self.changed.emit(changes | Changes.of(HANDOFF))

    def discard(self) -> None:
        self.review = None
        self.problems = []
        self.model.set_review(None)
        self.result.setText(self.tr("Discarded; nothing changed."))
        self._show_state()

    def _show_state(self) -> None:
        has_review = self.review is not None
        self.review_area.setVisible(has_review)
        self.spacer.setVisible(not has_review)
        self.problem_box.setVisible(bool(self.problems))
        self.attention.setVisible(has_review and bool(self.attention_text.text()) and any(for_attention(i) for i in self.model.items))
        self.conflict_note.setVisible(has_review and bool(self.conflict_note.text()))
        self._count_ticked()
