"""The Today page: overdue chores, today's, the next 7 days and what was done today; sections from other
areas (unpaid invoices, missing receipts) below.

It is the first page built at start, so it only reads stored occurrences (`services.today`, which
needs neither the recurrence engine nor the holiday tables). Moving the occurrences on to the horizon
runs in the background once the window is up, and the occurrences missed while the app was closed are
then offered for a decision. The actions (`services.chores`), the other areas' sections and the tray
reminder are loaded when first needed or right after the first paint.

Keys in the list: Space or Enter ticks off with the minutes shown (type digits to change them first),
S skips, Z snoozes, Ctrl+Z undoes the last tick.
"""

from __future__ import annotations

import importlib
import sqlite3
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QModelIndex, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.chores.due import DueItem, TodayView
from ushiro_desk.domain.chores.kinds import MAX_MINUTES, OccurrenceState
from ushiro_desk.services.changes import CHORES, EXPENSES, INVOICES, Changes
from ushiro_desk.services.today import today_view
from ushiro_desk.storage.errors import StorageError
from ushiro_desk.ui import clock
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.pages.base import Page, heading
from ushiro_desk.ui.today.model import FINISHED, OVERDUE, TODAY, UPCOMING, TodayModel

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QPaintEvent

    from ushiro_desk.ui.today.reminder import TrayReminder

# Areas whose `ui/<area>/today_section.py` adds a `TodaySection(ctx)` under the chores.
SECTION_AREAS = ("invoices", "expenses", "handoff", "bank")
DAYS_AHEAD = 7
DAY_CHECK_MS = 5 * 60 * 1000
START_FALLBACK_MS = 1000


def load_sections(ctx: UiContext, parent: QWidget | None = None) -> list[QWidget]:
    """The other areas' Today sections that exist in this build. Made as children of `parent` (the
    page), so that the load in each constructor already knows it is inside the page (and hides itself
    when it has nothing to show): no second load."""
    found = []
    for area in SECTION_AREAS:
        name = f"ushiro_desk.ui.{area}.today_section"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name in (name, f"ushiro_desk.ui.{area}"):
                continue
            raise
        found.append(module.TodaySection(ctx, parent))
    return found


class TodayList(QTreeView):
    """The list of occurrences; the keys it does not keep for itself go to `TodayPage.list_key`."""

    def __init__(self, page: TodayPage) -> None:
        super().__init__()
        self.page = page

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.page.list_key(event):
            super().keyPressEvent(event)


class TodayPage(Page):
    watches = frozenset({CHORES, INVOICES, EXPENSES})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = clock.today()
        self.view_data: TodayView | None = None
        self.extending = False
        self.prepared = False  # the background extension and the missed check have run once
        self._typed = ""
        self._last_done: int | None = None
        self._missed: list[DueItem] = []

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Today")))
        self.date_label = QLabel()
        self.date_label.setObjectName("today_date")
        top.addWidget(self.date_label)
        top.addStretch(1)
        layout.addLayout(top)

        self.missed_banner = QFrame()
        self.missed_banner.setObjectName("missed_banner")
        self.missed_banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner = QHBoxLayout(self.missed_banner)
        self.missed_label = QLabel()
        self.missed_label.setWordWrap(True)
        banner.addWidget(self.missed_label, 1)
        review = QPushButton(self.tr("Review…"))
        review.setObjectName("review_missed")
        review.clicked.connect(self.review_missed)
        banner.addWidget(review)
        self.missed_banner.hide()
        layout.addWidget(self.missed_banner)

        self.model = TodayModel(self)
        self.model.headers([self.tr("Chore"), self.tr("Due"), self.tr("Area"), self.tr("Who"), self.tr("Minutes")])
        self.view = TodayList(self)
        self.view.setObjectName("today_list")
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Widths from the font once, not from every row's contents (measuring all rows is slow at start).
        metrics = self.view.fontMetrics()
        samples = ("2026-11-30 (水)  ", "経理・財務 ", "オンライン秘書 田中 由美 ", "≈ 1 時間 30 分 ")
        for column, sample in enumerate(samples, start=1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(lambda _index: self.tick_off())
        layout.addWidget(self.view, 3)
        self.empty = QLabel(self.tr("Nothing is due in the next 7 days."))
        self.empty.setObjectName("today_empty")
        centred = QHBoxLayout()  # stretches, not an alignment flag: no `Qt.…` before the window shows (README)
        centred.addStretch(1)
        centred.addWidget(self.empty)
        centred.addStretch(1)
        layout.addLayout(centred)

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Minutes taken")))
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(self.tr("Type digits in the list to change the minutes, then press Space or Enter."))
        controls.addWidget(self.minutes)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("done")
        self.done_button.setToolTip(self.tr("Space or Enter in the list"))
        self.done_button.clicked.connect(self.tick_off)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("skip")
        self.skip_button.setToolTip(self.tr("S in the list"))
        self.skip_button.clicked.connect(self.skip)
        self.snooze_button = QPushButton(self.tr("Snooze…"))
        self.snooze_button.setObjectName("snooze")
        self.snooze_button.setToolTip(self.tr("Z in the list"))
        self.snooze_button.clicked.connect(self.snooze)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undo")
        self.undo_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Undo).toString(QKeySequence.SequenceFormat.NativeText))
        self.undo_button.clicked.connect(self.undo)
        for button in (self.done_button, self.skip_button, self.snooze_button, self.undo_button):
            controls.addWidget(button)
        controls.addStretch(1)
        layout.addLayout(controls)

        # The other areas' sections and the tray reminder come in right after the first paint, so the
        # window shows at once.
        self.sections: list[QWidget] = []
        self.setup_checklist: QWidget | None = None
        self._started = False
        self.sections_loaded = False
        self.reminder: TrayReminder | None = None
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self._check_day)
        self.day_timer.start()
        self.reload()
        # Should no paint come (a window started minimised), start anyway a little later.
        QTimer.singleShot(START_FALLBACK_MS, self._after_first_paint)

    # -- loading -----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._started:
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """What the first screen does without: move the occurrences on to the horizon (off the GUI
        thread), the other areas' sections, the tray reminder."""
        if self._started:
            return
        self._started = True
        from PySide6.QtCore import Qt

        from ushiro_desk.ui.today.reminder import TrayReminder

        self.extend_occurrences()
        self.add_sections()
        self.reminder = TrayReminder(self.ctx.prefs["reminder_time"], self.badge, self)
        # Ctrl+Z anywhere on the page (nothing can have been ticked off before the list was painted).
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def add_sections(self) -> None:
        """Load the other areas' Today sections (once)."""
        if self.sections_loaded:
            return
        self.sections_loaded = True
        self.sections = load_sections(self.ctx, self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        self.add_setup_checklist(layout)
        for section in self.sections:  # each section loaded itself in its constructor: no second reload
            layout.addWidget(section, 2)
        self.badge_changed.emit(self.badge())

    def add_setup_checklist(self, layout: QVBoxLayout) -> None:
        """The first-run checklist, above the chores (it hides itself once every step is done)."""
        from ushiro_desk.ui.setup.checklist import SetupChecklist

        self.setup_checklist = SetupChecklist(self.ctx, self)
        layout.insertWidget(layout.indexOf(self.missed_banner) + 1, self.setup_checklist)

    def _titles(self) -> dict[str, str]:
        return {
            OVERDUE: self.tr("Overdue"),
            TODAY: self.tr("Today"),
            UPCOMING: self.tr("Next 7 days"),
            FINISHED: self.tr("Done today"),
        }

    def reload(self) -> None:
        self.today = clock.today()
        self.date_label.setText(
            QLocale().toString(QDate(self.today.year, self.today.month, self.today.day), QLocale.FormatType.LongFormat)
        )
        keep = self._position()
        self.view_data = today_view(self.ctx.store, self.today, DAYS_AHEAD)
        self.model.set_view(self.view_data, self.today, self._titles())
        self.view.expandAll()
        self.empty.setVisible(self.model.rowCount() == 0)
        self._restore_position(keep)
        for section in self.sections:
            section.reload()  # type: ignore[attr-defined]
        self.badge_changed.emit(self.badge())

    def badge(self) -> int:
        own = self.view_data.due_count if self.view_data is not None else 0
        return own + sum(int(section.count()) for section in self.sections)  # type: ignore[attr-defined]

    def _position(self) -> tuple[str | None, int]:
        index = self.view.currentIndex()
        return self.model.group_key(index), index.row() if index.isValid() and index.parent().isValid() else 0

    def _restore_position(self, keep: tuple[str | None, int]) -> None:
        key, row = keep
        target = QModelIndex()
        for group_row, group in enumerate(self.model.groups):
            if group.key == key and group.key != FINISHED:
                parent = self.model.index(group_row, 0)
                target = self.model.index(min(row, len(group.items) - 1), 0, parent)
        if not target.isValid():
            target = self.model.first_open_index()
        if target.isValid():
            self.view.setCurrentIndex(target)
        else:
            self._current_changed(QModelIndex(), QModelIndex())

    def current_item(self) -> DueItem | None:
        return self.model.due_item(self.view.currentIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._typed = ""
        item = self.model.due_item(current)
        is_open = item is not None and item.state is OccurrenceState.OPEN
        if item is not None:
            self.minutes.setValue(item.minutes if item.minutes is not None else item.estimate_minutes)
        for button in (self.done_button, self.skip_button, self.snooze_button):
            button.setEnabled(is_open)
        self._update_undo()

    def _update_undo(self) -> None:
        """Undo is enabled exactly when Ctrl+Z would reopen something (see `undo`)."""
        item = self.current_item()
        finished = item is not None and item.state is not OccurrenceState.OPEN
        self.undo_button.setEnabled(finished or self._last_done is not None)

    # -- background work ---------------------------------------------------------------------------

    def extend_occurrences(self) -> None:
        if self.extending or not self.ctx.store.writable:
            self.prepared = True
            return
        from ushiro_desk.services import chores
        from ushiro_desk.ui.operations import Operation

        store, today = self.ctx.store, clock.today()

        def work(progress):  # type: ignore[no-untyped-def]
            try:
                return chores.extend_occurrences(store, today, lambda: progress.cancelled)
            except (StorageError, sqlite3.Error):
                return None  # tried again on the next start; the stored occurrences still show

        self.extending = True
        Operation(self, "", work, on_done=self._extended, on_error=self._extension_failed, show_dialog=False).start()

    def _extended(self, added: object) -> None:
        self.extending = False
        if added:
            self.ctx.bus.announce(Changes.of(CHORES))
        self.check_missed()
        self.prepared = True

    def _extension_failed(self, exc: BaseException) -> None:
        self.extending = False
        self.prepared = True
        self.status.emit(self.tr("Could not prepare the coming chores: %1").replace("%1", str(exc)))

    def _check_day(self) -> None:
        if clock.today() != self.today:
            self.reload()
            self.extend_occurrences()

    def check_missed(self) -> None:
        """Offer the occurrences that fell due while the app was closed; when there are none, the
        day counts as seen."""
        from ushiro_desk.services import chores

        try:
            self._missed = chores.missed(self.ctx.store, self.today)
            if not self._missed:
                chores.mark_seen(self.ctx.store, self.today)
        except StorageError:
            return
        self.missed_label.setText(
            self.tr("%1 chores fell due while Ushiro Desk was closed. Decide what to do with them.")
            .replace("%1", str(len(self._missed)))
        )
        self.missed_banner.setVisible(bool(self._missed))

    def review_missed(self) -> None:
        if not self._missed:
            return
        from ushiro_desk.services import chores
        from ushiro_desk.ui.today.dialogs import MissedDialog

        dialog = MissedDialog(self._missed, self)
        if dialog.exec() != MissedDialog.DialogCode.Accepted:
            return
        self.apply_change(lambda: chores.decide_missed(self.ctx.store, dialog.decisions(), self.today))
        self.check_missed()

    # -- actions -----------------------------------------------------------------------------------

    def tick_off(self) -> None:
        item = self.current_item()
        if item is None or item.state is not OccurrenceState.OPEN or item.occurrence_id is None:
            return
        from ushiro_desk.services import chores

        minutes = self.minutes.value()
        occurrence_id = item.occurrence_id
        if self.apply_change(lambda: chores.complete(self.ctx.store, occurrence_id, self.today, minutes=minutes)):
            self._last_done = occurrence_id
            self._update_undo()  # Ctrl+Z now undoes this tick, wherever the cursor moved
            self.status.emit(self.tr("Done: %1 (%2 min)").replace("%1", item.title).replace("%2", str(minutes)))

    def skip(self) -> None:
        item = self.current_item()
        if item is None or item.state is not OccurrenceState.OPEN or item.occurrence_id is None:
            return
        from ushiro_desk.services import chores

        occurrence_id = item.occurrence_id
        if self.apply_change(lambda: chores.skip(self.ctx.store, occurrence_id, self.today)):
            self._last_done = occurrence_id
            self._update_undo()
            self.status.emit(self.tr("Skipped: %1").replace("%1", item.title))

    def snooze(self, to: date | None = None) -> None:
        item = self.current_item()
        if item is None or item.state is not OccurrenceState.OPEN or item.occurrence_id is None:
            return
        if to is None:
            from ushiro_desk.ui.today.dialogs import SnoozeDialog

            dialog = SnoozeDialog(item, self.today, self.today + timedelta(days=1), self)
            if dialog.exec() != SnoozeDialog.DialogCode.Accepted:
                return
            to = dialog.chosen()
        from ushiro_desk.services import chores

        occurrence_id, day = item.occurrence_id, to
        self.apply_change(lambda: chores.snooze(self.ctx.store, occurrence_id, day, self.today))

    def undo(self) -> None:
        """Reopen the selected finished occurrence, or the one ticked off last."""
        item = self.current_item()
        target = item.occurrence_id if item is not None and item.state is not OccurrenceState.OPEN else self._last_done
        if target is None:
            return
        from ushiro_desk.services import chores

        if self.apply_change(lambda: chores.reopen(self.ctx.store, target)):
            self._last_done = None
            index = self.model.index_of_occurrence(target)
            if index.isValid():
                self.view.setCurrentIndex(index)
            self._update_undo()

    # -- keyboard ----------------------------------------------------------------------------------

    def list_key(self, event: QKeyEvent) -> bool:
        """A key pressed in the list; True when it was used here."""
        from PySide6.QtCore import Qt

        key, text = event.key(), event.text()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
            return True
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.tick_off()
            return True
        if text.isascii() and text.isdigit():  # not "²": isdigit alone lets it through and int() fails
            self._typed = (self._typed + text)[-4:]
            self.minutes.setValue(int(self._typed))
            return True
        if key == Qt.Key.Key_Backspace and self._typed:
            self._typed = self._typed[:-1]
            self.minutes.setValue(int(self._typed or 0))
            return True
        if key == Qt.Key.Key_S:
            self.skip()
            return True
        if key == Qt.Key.Key_Z:
            self.snooze()
            return True
        return False
