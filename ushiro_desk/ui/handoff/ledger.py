"""The disclosure ledger: every packet that left, to whom, for which period, until when; expired packets
are flagged until the owner confirms the recipient deleted them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.services.handoff import bundles
from ushiro_desk.storage.handoff_repo import DisclosureEntry
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui import clock
from ushiro_desk.ui.handoff.texts import join_list

INTERRUPTED_COLOR = "#b26a00"
EXPIRED_COLOR = "#c62828"
EXPIRED_BACKGROUND = QColor(198, 40, 40, 40)
CONFIRMED_COLOR = "#888888"
Index = QModelIndex | QPersistentModelIndex


def created_text(created_at: str) -> str:
    try:
        return datetime.fromisoformat(created_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return created_at


def needs_deletion(entry: DisclosureEntry, today: date) -> bool:
    return entry.expired(today) and entry.deletion_confirmed_on is None


class LedgerModel(QAbstractTableModel):
    COLUMNS = ("recipient", "period", "created", "expires", "files", "records", "withheld", "form", "status")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[DisclosureEntry] = []
        self.today = clock.today()
        self._headers: list[str] = list(self.COLUMNS)

    def set_headers(self, headers: list[str]) -> None:
        self._headers = headers

    def set_entries(self, entries: list[DisclosureEntry], today: date) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def entry(self, row: int) -> DisclosureEntry:
        return self.entries[row]

    def status_text(self, entry: DisclosureEntry) -> str:
        if entry.interrupted and entry.deletion_confirmed_on is None:
            return self.tr("Interrupted: check the packet")
        if entry.deletion_confirmed_on is not None:
            return self.tr("Deletion confirmed %1").replace("%1", entry.deletion_confirmed_on.isoformat())
        if entry.expired(self.today):
            return self.tr("Expired: ask for deletion")
        return self.tr("Active")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "recipient": entry.recipient_name,
                "period": f"{entry.period_start.isoformat()} – {entry.period_end.isoformat()}",
                "created": created_text(entry.created_at),
                "expires": entry.expires_on.isoformat(),
                "files": str(len(entry.files)),
                "records": str(entry.records),
                "withheld": str(entry.withheld),
                "form": self.tr("Encrypted .zip") if entry.encrypted else self.tr("Unencrypted folder"),
                "status": self.status_text(entry),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.target
        if role == Qt.ItemDataRole.ForegroundRole and entry.interrupted and column == "status":
            return QBrush(QColor(INTERRUPTED_COLOR))
        if role == Qt.ItemDataRole.ForegroundRole and needs_deletion(entry, self.today):
            return QBrush(QColor(EXPIRED_COLOR))
        if role == Qt.ItemDataRole.ForegroundRole and entry.deletion_confirmed_on is not None:
            return QBrush(QColor(CONFIRMED_COLOR))
        if role == Qt.ItemDataRole.BackgroundRole and needs_deletion(entry, self.today):
            return QBrush(EXPIRED_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("files", "records", "withheld"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return entry.bundle_id
        return None


class LedgerTab(QWidget):
    """The ledger table, the reminder about expired packets and the "deletion confirmed" action.

    Signals:
        changed(Changes): a deletion was confirmed.
    """

    changed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.banner = QFrame()
        self.banner.setObjectName("expired_banner")
        self.banner.setStyleSheet(
            f"QFrame#expired_banner {{ border: 1px solid {EXPIRED_COLOR}; border-radius: 4px; background: rgba(198, 40, 40, 0.08); }}"
        )
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("expired_text")
        self.banner_text.setWordWrap(True)
        self.banner_text.setStyleSheet(f"color: {EXPIRED_COLOR}; border: none; background: transparent;")
        banner_layout.addWidget(self.banner_text, 1)
        layout.addWidget(self.banner)

        intro = QLabel(self.tr("Every packet that left is recorded here: what went to whom, for which period, and until when the recipient may keep it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = LedgerModel(self)
        self.model.set_headers([
            self.tr("Recipient"), self.tr("Period"), self.tr("Created"), self.tr("Delete by"), self.tr("Files in packet"),
            self.tr("Records"), self.tr("Held back"), self.tr("Form"), self.tr("Status"),
        ])
        self.table = QTableView()
        self.table.setObjectName("ledger_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.detail = QLabel()
        self.detail.setObjectName("ledger_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.detail, 1)
        self.confirm_button = QPushButton(self.tr("Deletion confirmed…"))
        self.confirm_button.setObjectName("confirm_deletion")
        keys = QKeySequence("Ctrl+Shift+D")
        self.confirm_button.setToolTip(self.tr("The recipient confirmed that they deleted the packet (%1)").replace(
            "%1", keys.toString(QKeySequence.SequenceFormat.NativeText)))
        self.confirm_button.clicked.connect(lambda: self.confirm_deletion())
        QShortcut(keys, self, lambda: self.confirm_deletion(), context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bottom.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        current = self.current_entry()
        today = clock.today()
        entries = bundles.ledger(self.ctx.store)
        self.model.set_entries(entries, today)
        due = self.expired_count()
        self.banner_text.setText(self.tr(
            "Expired packets: %1. Ask the recipient to delete each packet and every file taken from it, then mark the deletion as confirmed."
        ).replace("%1", str(due)))
        self.banner.setVisible(due > 0)
        row = next((i for i, e in enumerate(entries) if current and e.bundle_id == current.bundle_id), -1)
        if row < 0:  # the first that needs attention, else the newest
            row = next((i for i, e in enumerate(entries) if needs_deletion(e, today)), 0 if entries else -1)
        if row >= 0:  # current without the selection highlight, so that a red row stays red
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._row_changed(self.model.index(row, 0) if row >= 0 else QModelIndex(), QModelIndex())

    def expired_count(self) -> int:
        return sum(1 for e in self.model.entries if needs_deletion(e, self.model.today))

    def current_entry(self) -> DisclosureEntry | None:
        if not hasattr(self, "table"):
            return None
        index = self.table.currentIndex()
        return self.model.entry(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def select_bundle(self, bundle_id: str) -> None:
        row = next((i for i, e in enumerate(self.model.entries) if e.bundle_id == bundle_id), -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _row_changed(self, current: Index, _previous: Index) -> None:
        entry = self.model.entry(current.row()) if current.isValid() else None
        self.confirm_button.setEnabled(entry is not None and entry.deletion_confirmed_on is None)
        if entry is None:
            self.detail.setText(self.tr("No packet has left yet. Build one on the Bundle tab."))
            return
        text = (
            self.tr("Written to %1 · bundle %2").replace("%1", entry.target).replace("%2", entry.bundle_id[:12])
            + "\n" + self.tr("Files: %1").replace("%1", join_list(sorted(entry.files)))
        )
        if entry.interrupted:
            text = self.tr(
                "The export was interrupted after this entry was recorded, so the packet may or may not be at %1. If it is there, treat it as sent (and ask for its deletion when it expires); if not, nothing left."
            ).replace("%1", entry.target) + "\n" + text
        self.detail.setText(text)

    def confirm_deletion(self, ask: bool = True) -> bool:
        entry = self.current_entry()
        if entry is None or entry.deletion_confirmed_on is not None:
            return False
        if ask:
            answer = QMessageBox.question(
                self, self.tr("Deletion confirmed"),
                self.tr("Has %1 confirmed that they deleted the packet for %2 – %3 and every file taken from it?")
                .replace("%1", entry.recipient_name).replace("%2", entry.period_start.isoformat()).replace("%3", entry.period_end.isoformat()),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        changes = bundles.confirm_deletion(self.ctx.store, entry.bundle_id, clock.today())
        self.changed.emit(changes)
        return True
