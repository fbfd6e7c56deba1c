"""Recipients: the outsourcers of the chores inventory with their handoff profile — communication rules,
terms, what they may see — and what each of their chores needs from the books."""

from __future__ import annotations

from dataclasses import replace
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.chores import Area, Chore
from ushiro_desk.domain.handoff.disclosure import DataKind, Sensitivity, WithheldReason
from ushiro_desk.domain.handoff.recipient import LANGUAGES, RecipientProfile, validate_recipient
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services import chores
from ushiro_desk.services.changes import Changes
from ushiro_desk.services.handoff import recipients as recipients_service
from ushiro_desk.services.handoff.recipients import Recipient
from ushiro_desk.ui.chores.texts import area_name, role_name
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui import clock
from ushiro_desk.ui.handoff.texts import data_kind_name, join_list, language_name, sensitivity_name, withheld_reason
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.today.dialogs import from_qdate, to_qdate
from ushiro_desk.ui.widgets.form import ERROR_STYLE, WARNING_STYLE, FieldErrors

TEXT_FIELDS = ("contact", "channel", "emergency_contact", "report_every", "working_hours", "fee_terms", "payment_method", "delivery_place")
SENSITIVE = (Sensitivity.BANK_ACCOUNT, Sensitivity.PERSONAL, Sensitivity.OWNER_NOTE)
NOTE_STYLE = "QGroupBox#private_notes { border: 1px dashed #b26a00; border-radius: 4px; margin-top: 1.2em; padding-top: 0.4em; }" \
    "QGroupBox#private_notes::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: #b26a00; }"


def _group(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return box, form


class RecipientsTab(QWidget):
    """The list of recipients and the editor of the selected one.

    Signals:
        changed(Changes): a profile or a chore's data needs were saved.
    """

    changed = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FieldErrors()
        self.recipients: list[Recipient] = []
        self.current: Recipient | None = None
        self.assigned: list[Chore] = []
        self.needs: dict[int, frozenset[DataKind]] = {}
        self.dirty = False
        self._loading = False

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName("recipient_list")
        self.list.setStyleSheet("QListWidget#recipient_list::item { padding: 6px 4px; }")
        self.list.currentRowChanged.connect(self._row_changed)
        left_layout.addWidget(self.list, 1)
        hint = QLabel(self.tr("Recipients are the outsourcers of the Chores page (Outsourcers…). Assign chores to them in the chore editor."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        left_layout.addWidget(hint)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("recipient_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        right_layout.addWidget(self.title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        left_column, right_column = QVBoxLayout(), QVBoxLayout()
        self.edits: dict[str, QLineEdit] = {}
        labels = {
            "contact": self.tr("Contact (email or address)"),
            "channel": self.tr("Channel"),
            "emergency_contact": self.tr("Emergency contact"),
            "report_every": self.tr("How often to report"),
            "working_hours": self.tr("Working hours"),
            "fee_terms": self.tr("Fee or how it is computed"),
            "payment_method": self.tr("Payment method"),
            "delivery_place": self.tr("Delivery place"),
        }
        placeholders = {
            "channel": self.tr("e.g. Chatwork, Slack, email"),
            "report_every": self.tr("e.g. every Friday by 17:00"),
            "working_hours": self.tr("e.g. weekdays 10:00–16:00"),
            "fee_terms": self.tr("e.g. ¥3,500 per hour worked"),
            "delivery_place": self.tr("e.g. by email"),
        }
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setPlaceholderText(placeholders.get(name, ""))
            edit.textChanged.connect(self._edited)
            self.edits[name] = edit

        communication, form = _group(self.tr("Contact and communication"))
        for name in ("contact", "channel", "emergency_contact", "report_every", "working_hours"):
            form.addRow(labels[name], self.errors.wrap(name, self.edits[name]))
        left_column.addWidget(communication)

        terms, form = _group(self.tr("Agreement and terms"))
        nda_row = QWidget()
        nda_layout = QHBoxLayout(nda_row)
        nda_layout.setContentsMargins(0, 0, 0, 0)
        self.has_nda = QCheckBox(self.tr("Signed on"))
        self.has_nda.setObjectName("has_nda")
        self.nda_date = QDateEdit()
        self.nda_date.setObjectName("nda_date")
        self.nda_date.setCalendarPopup(True)
        self.nda_date.setDisplayFormat("yyyy-MM-dd")
        self.has_nda.toggled.connect(self.nda_date.setEnabled)
        self.has_nda.toggled.connect(self._edited)
        self.nda_date.dateChanged.connect(self._edited)
        nda_layout.addWidget(self.has_nda)
        nda_layout.addWidget(self.nda_date, 1)
        form.addRow(self.tr("NDA"), self.errors.wrap("nda_date", nda_row))
        for name in ("fee_terms", "payment_method", "delivery_place"):
            form.addRow(labels[name], self.errors.wrap(name, self.edits[name]))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.currentIndexChanged.connect(self._edited)
        form.addRow(self.tr("Packet language"), self.errors.wrap("language", self.language))
        left_column.addWidget(terms)

        notes = QGroupBox(self.tr("Your private notes — never leave the app"))
        notes.setObjectName("private_notes")
        notes.setStyleSheet(NOTE_STYLE)
        notes_layout = QVBoxLayout(notes)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setPlaceholderText(self.tr("Only you see these notes: they are never written to a packet."))
        self.notes.setMaximumHeight(80)
        self.notes.textChanged.connect(self._edited)
        notes_layout.addWidget(self.notes)
        right_column.addWidget(notes)

        scope = QGroupBox(self.tr("What they may work on and see"))
        scope_layout = QVBoxLayout(scope)
        scope_layout.addWidget(QLabel(self.tr("Areas they may work in")))
        areas = QWidget()
        areas_grid = QGridLayout(areas)
        areas_grid.setContentsMargins(12, 0, 0, 0)
        self.area_boxes: dict[str, QCheckBox] = {}
        for i, area in enumerate(Area):
            box = QCheckBox(area_name(area).replace("&", "&&"))  # not a mnemonic
            box.setObjectName(f"area:{area.value}")
            box.toggled.connect(self._edited)
            self.area_boxes[area.value] = box
            areas_grid.addWidget(box, i // 2, i % 2)
        scope_layout.addWidget(self.errors.wrap("areas", areas))
        scope_layout.addWidget(QLabel(self.tr("Kinds of data they may see")))
        kinds = QWidget()
        kinds_grid = QGridLayout(kinds)
        kinds_grid.setContentsMargins(12, 0, 0, 0)
        self.kind_boxes: dict[DataKind, QCheckBox] = {}
        for i, kind in enumerate(DataKind):
            box = QCheckBox(data_kind_name(kind))
            box.setObjectName(f"kind:{kind.value}")
            box.toggled.connect(self._edited)
            self.kind_boxes[kind] = box
            kinds_grid.addWidget(box, i // 2, i % 2)
        scope_layout.addWidget(self.errors.wrap("data_kinds", kinds))
        scope_layout.addWidget(QLabel(self.tr("Sensitive data sent unmasked (otherwise shown as （非開示）)")))
        sensitive = QWidget()
        sensitive_layout = QVBoxLayout(sensitive)
        sensitive_layout.setContentsMargins(12, 0, 0, 0)
        sensitive_layout.setSpacing(2)
        self.sensitive_boxes: dict[Sensitivity, QCheckBox] = {}
        for value in SENSITIVE:
            box = QCheckBox(sensitivity_name(value))
            box.setObjectName(f"sensitive:{value.value}")
            box.toggled.connect(self._edited)
            self.sensitive_boxes[value] = box
            sensitive_layout.addWidget(box)
        scope_layout.addWidget(self.errors.wrap("allowed_sensitive", sensitive))
        right_column.insertWidget(0, scope)

        needs = QGroupBox(self.tr("What their chores need"))
        needs_layout = QVBoxLayout(needs)
        explain = QLabel(self.tr("Tick the data each chore brings into the bundle, e.g. sending invoices needs the invoices and the clients' contacts."))
        explain.setWordWrap(True)
        needs_layout.addWidget(explain)
        self.needs_table = QTableWidget(0, 2 + len(DataKind))
        self.needs_table.setObjectName("needs_table")
        self.needs_table.setHorizontalHeaderLabels([self.tr("Chore"), self.tr("In the bundle"), *(data_kind_name(k) for k in DataKind)])
        self.needs_table.verticalHeader().hide()
        self.needs_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.needs_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.needs_table.setWordWrap(False)
        header = self.needs_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.needs_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.needs_table.itemChanged.connect(self._need_toggled)
        needs_layout.addWidget(self.needs_table)
        self.needs_note = QLabel()
        self.needs_note.setObjectName("needs_note")
        self.needs_note.setWordWrap(True)
        self.needs_note.setStyleSheet(WARNING_STYLE)
        needs_layout.addWidget(self.needs_note)
        left_column.addStretch(1)
        right_column.addStretch(1)
        grid.addLayout(left_column, 0, 0)
        grid.addLayout(right_column, 0, 1)
        grid.addWidget(needs, 1, 0, 1, 2)
        grid.setRowStretch(2, 1)
        scroll.setWidget(body)
        right_layout.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("recipient_message")
        self.message.setWordWrap(True)
        buttons.addWidget(self.message, 1)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("revert_recipient")
        self.revert_button.clicked.connect(self.revert)
        buttons.addWidget(self.revert_button)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save_recipient")
        self.save_button.setDefault(True)
        save_keys = QKeySequence(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(save_keys.toString(QKeySequence.SequenceFormat.NativeText))
        self.save_button.clicked.connect(self.save)
        QShortcut(save_keys, self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([210, 900])
        outer.addWidget(splitter)
        self.reload()

    # -- loading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the recipients again; unsaved edits of the current one are kept."""
        chosen = self.current.id if self.current else None
        self.recipients = recipients_service.list_recipients(self.ctx.store)
        self.list.blockSignals(True)
        self.list.clear()
        for recipient in self.recipients:
            kind = role_name(recipient.outsourcer.role)
            item = QListWidgetItem(f"{recipient.name}\n{kind}")
            item.setData(Qt.ItemDataRole.UserRole, recipient.id)
            if recipient.outsourcer.archived:
                item.setForeground(QBrush(QColor("#888888")))
            self.list.addItem(item)
        row = next((i for i, r in enumerate(self.recipients) if r.id == chosen), 0 if self.recipients else -1)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        found = self.recipients[row] if row >= 0 else None
        if self.dirty and found is not None and self.current is not None and found.id == self.current.id:
            self.current = replace(found, profile=self.current.profile)
            self._load_chores()
            self._refresh_needs_hints()
        else:
            self.show_recipient(found)

    def _row_changed(self, row: int) -> None:
        target = self.recipients[row] if 0 <= row < len(self.recipients) else None
        if self.current is not None and target is not None and target.id == self.current.id:
            return
        if self.dirty and not self._resolve_unsaved():
            previous = next((i for i, r in enumerate(self.recipients) if self.current and r.id == self.current.id), -1)
            self.list.blockSignals(True)
            self.list.setCurrentRow(previous)
            self.list.blockSignals(False)
            return
        self.show_recipient(target)

    def _resolve_unsaved(self) -> bool:
        """Ask what to do with unsaved edits; False when the owner cancels."""
        assert self.current is not None
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to %1?").replace("%1", self.current.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            return True
        return False

    def select(self, recipient_id: int) -> None:
        row = next((i for i, r in enumerate(self.recipients) if r.id == recipient_id), -1)
        if row >= 0:
            self.list.setCurrentRow(row)

    def show_recipient(self, recipient: Recipient | None) -> None:
        same = recipient is not None and self.current is not None and recipient.id == self.current.id
        self.current = recipient
        self._loading = True
        try:
            profile = recipient.profile if recipient else RecipientProfile(0)
            if recipient is None:
                self.title.setText(self.tr("No recipients yet: add an outsourcer on the Chores page."))
            else:
                kind = self.tr("individual") if recipient.outsourcer.is_individual else self.tr("company")
                self.title.setText(f"{recipient.name} — {role_name(recipient.outsourcer.role)} ({kind})")
            for name, edit in self.edits.items():
                edit.setText(getattr(profile, name))
            self.has_nda.setChecked(profile.nda_date is not None)
            self.nda_date.setDate(to_qdate(profile.nda_date or clock.today()))
            self.nda_date.setEnabled(profile.nda_date is not None)
            self.language.setCurrentIndex(max(self.language.findData(profile.language), 0))
            self.notes.setPlainText(profile.notes)
            for value, box in self.area_boxes.items():
                box.setChecked(value in profile.areas)
            for kind, box in self.kind_boxes.items():
                box.setChecked(kind in profile.data_kinds)
            for sensitivity, box in self.sensitive_boxes.items():
                box.setChecked(sensitivity in profile.allowed_sensitive)
            self._load_chores()
        finally:
            self._loading = False
        for widget in (*self.edits.values(), self.save_button, self.revert_button, self.notes, self.needs_table):
            widget.setEnabled(recipient is not None)
        self.dirty = False
        if not same:  # "Saved …" stays when the page reloads after the save
            self.message.clear()
        self.errors.show(validate_recipient(profile) if recipient else [])
        self._refresh_needs_hints()
        self._update_buttons()

    def _load_chores(self) -> None:
        recipient_id = self.current.id if self.current else None
        self.assigned = [c for c in chores.list_chores(self.ctx.store) if recipient_id is not None and c.assignee_id == recipient_id]
        stored = recipients_service.data_needs(self.ctx.store)
        self.needs = {c.id or 0: stored.get(c.id or 0, frozenset()) for c in self.assigned}
        self._fill_needs_table()

    def _fill_needs_table(self) -> None:
        loading, self._loading = self._loading, True
        table = self.needs_table
        table.setRowCount(len(self.assigned) or 1)
        if not self.assigned:
            table.clearSpans()
            empty = QTableWidgetItem(self.tr("No chores are assigned to this recipient yet."))
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(0, 0, empty)
            table.setSpan(0, 0, 1, table.columnCount())
        else:
            table.clearSpans()
            for row, chore in enumerate(self.assigned):
                title = QTableWidgetItem(chore.title)
                title.setFlags(Qt.ItemFlag.ItemIsEnabled)
                title.setToolTip(area_name(chore.area))
                table.setItem(row, 0, title)
                status = QTableWidgetItem()
                status.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, 1, status)
                for column, kind in enumerate(DataKind, start=2):
                    item = QTableWidgetItem()
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if kind in self.needs.get(chore.id or 0, frozenset()) else Qt.CheckState.Unchecked)
                    item.setData(Qt.ItemDataRole.UserRole, (chore.id, kind.value))
                    table.setItem(row, column, item)
        # As tall as its rows: the page scrolls, not the table.
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2)
        self._loading = loading

    def _refresh_needs_hints(self) -> None:
        """Say, per chore, whether it can go in a bundle and which ticked needs will stay home."""
        if not self.assigned:
            self.needs_note.hide()
            return
        profile = self.form_profile()
        stays = []
        self.needs_table.blockSignals(True)  # colours and tooltips are not edits
        try:
            self._mark_needs(profile, stays)
        finally:
            self.needs_table.blockSignals(False)
        self.needs_note.setText(
            self.tr("This recipient may not see these, so they stay home: %1").replace("%1", join_list(stays)) if stays else ""
        )
        self.needs_note.setVisible(bool(stays))

    def _mark_needs(self, profile: RecipientProfile, stays: list[str]) -> None:
        for row, chore in enumerate(self.assigned):
            reason: WithheldReason | None = None
            if not chore.delegability.can_hand_off:
                reason = WithheldReason.OWNER_ONLY
            elif chore.confidential:
                reason = WithheldReason.CONFIDENTIAL
            elif chore.area.value not in profile.areas:
                reason = WithheldReason.AREA_NOT_ALLOWED
            status = self.needs_table.item(row, 1)
            title = self.needs_table.item(row, 0)
            if status is None or title is None:
                continue
            if reason is None:
                status.setText(self.tr("Yes"))
                status.setToolTip("")
                status.setForeground(QBrush())
                title.setForeground(QBrush())
            else:
                status.setText(self.tr("Stays home"))
                status.setToolTip(withheld_reason(reason))
                status.setForeground(QBrush(QColor("#b26a00")))
                title.setForeground(QBrush(QColor("#888888")))
            for column, kind in enumerate(DataKind, start=2):
                item = self.needs_table.item(row, column)
                if item is None:
                    continue
                blocked = kind not in profile.data_kinds
                item.setToolTip(withheld_reason(WithheldReason.KIND_NOT_ALLOWED) if blocked else "")
                item.setBackground(QBrush(QColor(255, 176, 32, 60)) if blocked and item.checkState() == Qt.CheckState.Checked else QBrush())
                if blocked and item.checkState() == Qt.CheckState.Checked and reason is None:
                    stays.append(f"{data_kind_name(kind)} ({chore.title})")

    # -- editing -----------------------------------------------------------------------------------

    def form_profile(self) -> RecipientProfile:
        base = self.current.profile if self.current else RecipientProfile(0)
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        return replace(
            base,
            **values,
            nda_date=from_qdate(self.nda_date.date()) if self.has_nda.isChecked() else None,
            areas=frozenset(v for v, box in self.area_boxes.items() if box.isChecked()),
            data_kinds=frozenset(k for k, box in self.kind_boxes.items() if box.isChecked()),
            allowed_sensitive=frozenset(s for s, box in self.sensitive_boxes.items() if box.isChecked()),
            language=self.language.currentData() or "ja",
            notes=self.notes.toPlainText(),
        )

    def form_needs(self) -> dict[int, frozenset[DataKind]]:
        needs: dict[int, set[DataKind]] = {c.id or 0: set() for c in self.assigned}
        for row in range(self.needs_table.rowCount() if self.assigned else 0):
            for column in range(2, self.needs_table.columnCount()):
                item = self.needs_table.item(row, column)
                if item is None:
                    continue
                chore_id, kind = item.data(Qt.ItemDataRole.UserRole)
                if item.checkState() == Qt.CheckState.Checked:
                    needs[chore_id].add(DataKind(kind))
        return {k: frozenset(v) for k, v in needs.items()}

    def _edited(self, *_args: object) -> None:
        if self._loading or self.current is None:
            return
        self.dirty = True
        self.message.clear()
        self.errors.show(validate_recipient(self.form_profile()))
        self._refresh_needs_hints()
        self._update_buttons()

    def _need_toggled(self, _item: QTableWidgetItem) -> None:
        self._edited()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.current is not None and self.dirty)
        self.revert_button.setEnabled(self.current is not None and self.dirty)

    def revert(self) -> None:
        self.dirty = False
        self.show_recipient(self.current)

    def save(self) -> bool:
        if self.current is None:
            return False
        profile = self.form_profile()
        needs = self.form_needs()
        try:
            changes, warnings = recipients_service.save_profile(self.ctx.store, profile)
        except InvalidInput as exc:
            unplaced = self.errors.show(exc.problems)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(" ".join(describe(p) for p in unplaced) or self.tr("Correct the fields marked in red."))
            return False
        for chore_id, kinds in needs.items():
            if kinds != self.needs.get(chore_id, frozenset()):
                changes |= recipients_service.set_data_needs(self.ctx.store, chore_id, kinds)
        self.current = replace(self.current, profile=profile)
        self.needs = needs
        self.dirty = False
        self.errors.show(warnings)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved %1.").replace("%1", self.current.name))
        self._update_buttons()
        self.changed.emit(changes if changes else Changes())
        return True
