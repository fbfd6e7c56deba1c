"""The Chores page: the inventory (業務の棚卸し) with filters, the selected chore rendered (goal, steps,
rules, recent history), and the actions: new, edit, duplicate, archive, starter set, outsourcers,
calendar export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.chores import Area, Chore, Delegability, OccurrenceState
from ushiro_desk.services import chores, outsourcers
from ushiro_desk.services.changes import CHORES
from ushiro_desk.storage.errors import StorageError
from ushiro_desk.ui.application import effective_language
from ushiro_desk.ui import clock
from ushiro_desk.ui.chores.editor import ChoreEditor
from ushiro_desk.ui.chores.model import ANY, OWNER, ChoreFilter, ChoresModel
from ushiro_desk.ui.chores.outsourcers import OutsourcerDialog
from ushiro_desk.ui.chores.starter_dialog import StarterDialog
from ushiro_desk.ui.chores.texts import (
    area_name,
    delegability_name,
    describe_cadence,
    minutes_text,
    reason_name,
    short_date,
)
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.pages.base import Page, heading
from ushiro_desk.ui.widgets import files


class ChoresPage(Page):
    watches = frozenset({CHORES})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.names: dict[int, str] = {}
        self.questions: list = []  # type: ignore[type-arg]
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Chores")))
        top.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        shortcuts = []
        for name, text, keys, slot in (
            ("new", self.tr("New"), QKeySequence.StandardKey.New, self.new_chore),
            ("edit", self.tr("Edit"), None, self.edit_chore),
            ("duplicate", self.tr("Duplicate"), QKeySequence("Ctrl+D"), self.duplicate_chore),
            ("archive", self.tr("Archive"), QKeySequence.StandardKey.Delete, self.toggle_archive),
            ("starter", self.tr("Starter set…"), None, self.pick_starters),
            ("outsourcers", self.tr("Outsourcers…"), None, self.manage_outsourcers),
            ("export", self.tr("Export to calendar…"), None, self.export_ics),
            ("question", self.tr("Answer question…"), None, self.answer_question),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            if keys is not None:
                sequence = QKeySequence(keys)
                button.setToolTip(sequence.toString(QKeySequence.SequenceFormat.NativeText))
                shortcuts.append((sequence, slot))
            top.addWidget(button)
            self.buttons[name] = button
        layout.addLayout(top)

        self.empty_state = QFrame()
        self.empty_state.setObjectName("empty_state")
        self.empty_state.setFrameShape(QFrame.Shape.StyledPanel)
        empty = QHBoxLayout(self.empty_state)
        text = QLabel(self.tr(
            "Your inventory is empty. Start from the starter set: the typical back-office chores of a "
            "one-person company, in Japanese or English."
        ))
        text.setWordWrap(True)
        empty.addWidget(text, 1)
        start = QPushButton(self.tr("Pick from the starter set…"))
        start.setObjectName("empty_starter")
        start.clicked.connect(self.pick_starters)
        empty.addWidget(start)
        layout.addWidget(self.empty_state)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search titles, goals and steps"))
        self.search.setClearButtonEnabled(True)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        filters.addWidget(self.search, 2)
        self.area_filter = QComboBox()
        self.area_filter.setObjectName("area_filter")
        self.area_filter.addItem(self.tr("All areas"), ANY)
        for area in Area:
            self.area_filter.addItem(area_name(area), area.value)
        filters.addWidget(self.area_filter)
        self.assignee_filter = QComboBox()
        self.assignee_filter.setObjectName("assignee_filter")
        filters.addWidget(self.assignee_filter)
        self.delegability_filter = QComboBox()
        self.delegability_filter.setObjectName("delegability_filter")
        self.delegability_filter.addItem(self.tr("Any delegability"), ANY)
        for value in Delegability:
            self.delegability_filter.addItem(delegability_name(value), value.value)
        filters.addWidget(self.delegability_filter)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setObjectName("show_archived")
        filters.addWidget(self.show_archived)
        layout.addLayout(filters)

        self.model = ChoresModel(self)
        self.model.set_headers([self.tr("Chore"), self.tr("Area"), self.tr("Cadence"), self.tr("Done by"),
                                self.tr("Hand off"), self.tr("Estimate"), self.tr("Next due")])
        self.table = QTableView()
        self.table.setObjectName("chores_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Widths from the font and a sample of each column, not ResizeToContents (which asks every row
        # of every column for its data: 160,000 data() calls for 1,000 chores); the owner can drag them,
        # and the chore's name takes the room left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        samples = ("請求書の発行と送付（月末締め翌月末払い）", "経理・財務 ", "毎月 第2 水曜日（営業日） ",
                   "オンライン秘書 田中 由美 ", "任せられる ", "1 時間 30 分 ", "2026-11-30 (水) ")
        for column, sample in enumerate(samples):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.doubleClicked.connect(lambda _index: self.edit_chore())
        self.table.activated.connect(lambda _index: self.edit_chore())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        for sequence, slot in shortcuts:
            if slot == self.new_chore:
                QShortcut(sequence, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            else:  # on the list only, so that Delete in the search box deletes text, not a chore
                QShortcut(sequence, self.table, slot, context=Qt.ShortcutContext.WidgetShortcut)
        self.detail = QTextBrowser()
        self.detail.setObjectName("chore_detail")
        self.detail.setOpenExternalLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 360])
        layout.addWidget(splitter, 1)

        self.search.textChanged.connect(self._filter_changed)
        for combo in (self.area_filter, self.assignee_filter, self.delegability_filter):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.show_archived.toggled.connect(self._filter_changed)
        self.reload()

    # -- loading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        current = self.current_chore()
        everything = chores.list_chores(self.ctx.store, include_archived=True)
        people = outsourcers.list_outsourcers(self.ctx.store, include_archived=True)
        self.names = {o.id or 0: o.name for o in people}
        self._fill_assignee_filter([o for o in people if not o.archived])
        self.model.set_data(everything, chores.next_due_dates(self.ctx.store), self.names)
        self.empty_state.setVisible(not everything)
        self.select(current.id if current else None)

    def _fill_assignee_filter(self, people) -> None:  # type: ignore[no-untyped-def]
        chosen = self.assignee_filter.currentData()
        self.assignee_filter.blockSignals(True)
        self.assignee_filter.clear()
        self.assignee_filter.addItem(self.tr("Anyone"), ANY)
        self.assignee_filter.addItem(self.tr("Owner"), OWNER)
        for o in people:
            self.assignee_filter.addItem(o.name, str(o.id))
        self.assignee_filter.setCurrentIndex(max(self.assignee_filter.findData(chosen), 0))
        self.assignee_filter.blockSignals(False)

    def _filter_changed(self) -> None:
        current = self.current_chore()
        self.model.set_filter(ChoreFilter(
            area=self.area_filter.currentData(),
            assignee=self.assignee_filter.currentData() or ANY,
            delegability=self.delegability_filter.currentData(),
            text=self.search.text(),
            archived=self.show_archived.isChecked(),
        ))
        self.select(current.id if current else None)

    def select(self, chore_id: int | None) -> None:
        row = self.model.row_of(chore_id) if chore_id is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self._row_changed(self.model.index(row, 0) if row >= 0 else QModelIndex(), QModelIndex())

    def current_chore(self) -> Chore | None:
        index = self.table.currentIndex() if hasattr(self, "table") else QModelIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.chore(index.row())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chore = self.model.chore(current.row()) if current.isValid() else None
        for name in ("edit", "duplicate", "archive"):
            self.buttons[name].setEnabled(chore is not None)
        self.questions = self._open_questions(chore)
        self.buttons["question"].setVisible(bool(self.questions))
        self.buttons["archive"].setText(self.tr("Restore") if chore and chore.archived else self.tr("Archive"))
        self.detail.setMarkdown(self.detail_markdown(chore) if chore else "")

    def detail_markdown(self, chore: Chore) -> str:
        """The selected chore as Markdown: its steps are Markdown already, so they render as written."""
        who = self.names.get(chore.assignee_id, "") if chore.assignee_id is not None else self.tr("Owner")
        handoff = delegability_name(chore.delegability)
        if chore.owner_only_reason is not None:
            handoff += f" ({reason_name(chore.owner_only_reason)})"
        cadence_label, done_by_label = self.tr("Cadence"), self.tr("Done by")
        facts = [
            f"**{cadence_label}:** {describe_cadence(chore.cadence)}",
            f"**{done_by_label}:** {who} · {handoff} · {minutes_text(chore.estimate_minutes)}",
        ]
        if chore.confidential:
            confidential = self.tr("Touches confidential data")
            facts.append(f"**{confidential}**")
        parts = [f"## {chore.title}", "  \n".join(facts)]
        for title, text in (
            (self.tr("Goal (finished state)"), chore.goal),
            (self.tr("Steps"), chore.steps),
            (self.tr("Judgement rules"), chore.rules),
            (self.tr("Known exceptions"), chore.exceptions),
            (self.tr("Needs (inputs)"), chore.inputs),
            (self.tr("Produces (output)"), chore.outputs),
        ):
            if text:
                parts += [f"### {title}", text]
        questions = self._open_questions(chore)
        if questions:
            from ushiro_desk.ui.handoff.questions import question_title

            lines = [f"- {short_date(q.due)}: **{question_title(q)}** — {' '.join(q.text.split()) or '…'}" for q in questions]
            parts += ["### " + self.tr("Open questions"), "\n".join(lines)]
        recent = chores.history(self.ctx.store, chore.id or 0, 5) if chore.id else []
        if recent:
            lines = []
            for item in recent:
                if item.state is OccurrenceState.DONE:
                    who_did = self.names.get(item.done_by_id, "") if item.done_by_id is not None else self.tr("Owner")
                    lines.append(f"- {short_date(item.due)}: {minutes_text(item.minutes or 0)}, {who_did}")
                else:
                    skipped = self.tr("skipped")
                    lines.append(f"- {short_date(item.due)}: {skipped}")
            parts += ["### " + self.tr("Recently"), "\n".join(lines)]
        return "\n\n".join(parts)

    def _open_questions(self, chore: Chore | None) -> list:  # type: ignore[type-arg]
        """Questions a recipient sent back on this chore's due dates, not yet answered or dismissed."""
        if chore is None or chore.id is None:
            return []
        from ushiro_desk.services.handoff import returns

        return returns.open_questions(self.ctx.store, chore.id)

    # -- actions -----------------------------------------------------------------------------------

    def answer_question(self) -> None:
        """Answer or dismiss the chore's oldest open question."""
        from ushiro_desk.ui.handoff.questions import QuestionDialog

        questions = self._open_questions(self.current_chore())
        if questions:
            QuestionDialog(self.ctx, questions[0], self).exec()

    def new_chore(self) -> int | None:
        editor = ChoreEditor(self.ctx, None, clock.today(), self)
        return self._run_editor(editor)

    def edit_chore(self) -> int | None:
        chore = self.current_chore()
        if chore is None:
            return None
        return self._run_editor(ChoreEditor(self.ctx, chore, clock.today(), self))

    def _run_editor(self, editor: ChoreEditor) -> int | None:
        if editor.exec() != ChoreEditor.DialogCode.Accepted:
            return None
        self.select(editor.saved_id)
        return editor.saved_id

    def duplicate_chore(self) -> None:
        chore = self.current_chore()
        if chore is None or chore.id is None:
            return
        title = self.tr("%1 (copy)").replace("%1", chore.title)
        if self.apply_change(lambda: chores.duplicate_chore(self.ctx.store, chore.id or 0, title, clock.today())[1]):
            copy = next((c for c in chores.list_chores(self.ctx.store) if c.title == title), None)
            self.select(copy.id if copy else None)

    def toggle_archive(self) -> None:
        chore = self.current_chore()
        if chore is None or chore.id is None:
            return
        if not chore.archived:
            answer = QMessageBox.question(
                self, self.tr("Archive"),
                self.tr("Archive “%1”? It leaves the lists and the Today page; its history is kept.").replace("%1", chore.title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.apply_change(lambda: chores.set_archived(self.ctx.store, chore.id or 0, not chore.archived, clock.today()))

    def pick_starters(self) -> None:
        dialog = StarterDialog(self.ctx, effective_language(self.ctx.prefs["language"]), clock.today(), self)
        dialog.exec()

    def manage_outsourcers(self) -> None:
        OutsourcerDialog(self.ctx, self).exec()

    def export_ics(self, target: Path | None = None, *, replace: bool = False) -> Path | None:
        """Write the ICS file; the save dialog has asked before an existing file is replaced."""
        from ushiro_desk.outputs import OutputRefused
        from ushiro_desk.ui.fault_text import fault_text

        if target is None:
            name = files.save_file(
                self, self.ctx.prefs, "calendar", self.tr("Export to calendar"), "ushiro-chores.ics", self.tr("iCalendar (*.ics)")
            )
            if not name:
                return None
            target, replace = Path(name), True  # the dialog confirmed any replacement
        try:
            count = chores.export_ics(self.ctx.store, target, clock.today(), overwrite=replace)
        except (OSError, StorageError, OutputRefused) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), fault_text(exc))
            return None
        self.status.emit(self.tr("Wrote %1 chores to %2").replace("%1", str(count)).replace("%2", str(target)))
        return target
