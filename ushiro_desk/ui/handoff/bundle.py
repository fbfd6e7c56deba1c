"""The bundle builder: recipient and month, the preview of everything that leaves and stays, the work
order (取引条件の明示), and the export into an encrypted .zip or a folder."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.chores import Area
from ushiro_desk.domain.handoff.disclosure import BundlePlan, PlannedRecord
from ushiro_desk.domain.handoff.work_order import WorkOrder, check_work_order
from ushiro_desk.domain.problems import InvalidInput, Problem, has_errors
from ushiro_desk.outputs import OutputRefused
from ushiro_desk.services.handoff import bundles, secrets
from ushiro_desk.services.handoff import recipients as recipients_service
from ushiro_desk.services.handoff.bundles import Preview
from ushiro_desk.services.handoff.recipients import Recipient
from ushiro_desk.storage.handoff_repo import DisclosureEntry
from ushiro_desk.ui.chores.texts import area_name, weekday_name
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui import clock
from ushiro_desk.ui.handoff.passwords import PasswordEntryDialog, PasswordShownDialog
from ushiro_desk.ui.handoff.texts import (
    data_kind_name,
    field_name,
    join_list,
    mask_reason,
    packet_content,
    record_kind_name,
    withheld_reason,
)
from ushiro_desk.ui.operations import Operation
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.today.dialogs import from_qdate, to_qdate
from ushiro_desk.ui.widgets.form import ERROR_STYLE, WARNING_STYLE, FieldErrors
from ushiro_desk.ui.widgets import files

ORDER_TEXT = ("commissioner", "contractor", "delivery_place", "fee", "payment_method")
STAYS_COLOR = "#b26a00"
MASK_COLOR = "#c62828"


NO_DATE = QDate(1900, 1, 1)  # shown as an empty field: never a placeholder date such as 2000-01-01


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(" ")  # the minimum date reads as no date
    edit.setDate(NO_DATE)
    return edit


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped details (a tree view otherwise keeps one line and elides)."""

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        if index.column() != 1:
            return size
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = max(self.view.columnWidth(1) - 12, 40)
        metrics = QFontMetrics(option.font)
        height = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text).height() + 8
        return QSize(size.width(), max(size.height(), height))


def day_text(day: date) -> str:
    """11/20 (金): the period is one month, so the year and month are known."""
    return f"{day.month}/{day.day} ({weekday_name(day.weekday())})"


def _safe(text: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", text).strip("._") or "recipient"


class BundleTab(QWidget):
    """Build, preview and export a bundle.

    Signals:
        exported(DisclosureEntry): a packet was written and recorded in the ledger.
        message(str): a short message for the status bar.
    """

    exported = Signal(object)
    message = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recipients: list[Recipient] = []
        self.preview: Preview | None = None
        self.errors = FieldErrors()
        self.operation: Operation | None = None
        self.password_dialog: PasswordShownDialog | None = None
        self.last_export: tuple[DisclosureEntry, list[Problem]] | None = None
        self._loading = False
        self._order_key: object = None
        self._order_edited_by_owner = False
        self._format_for: int | None = None  # the recipient whose format the radios show

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Recipient")))
        self.recipient = QComboBox()
        self.recipient.setObjectName("bundle_recipient")
        self.recipient.setMinimumWidth(240)
        top.addWidget(self.recipient)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Month")))
        self.month = QDateEdit()
        self.month.setObjectName("bundle_month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        today = clock.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        top.addWidget(self.month)
        self.refresh_button = QPushButton(self.tr("Refresh preview"))
        self.refresh_button.setObjectName("refresh_preview")
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Refresh).toString(QKeySequence.SequenceFormat.NativeText))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("bundle_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setObjectName("preview_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Details")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 260)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        splitter.addWidget(self.tree)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 4, 0)
        order_box = self.order_box = QGroupBox(self.tr("Work order (terms stated under the Freelance Act)"))
        form = QFormLayout(order_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.order_edits: dict[str, QLineEdit] = {}
        for name in ORDER_TEXT:
            edit = QLineEdit()
            edit.setObjectName(f"order_{name}")
            edit.textChanged.connect(self._order_edited)
            self.order_edits[name] = edit
        self.commissioned_on = _date_edit("order_commissioned_on")
        self.delivery_date = _date_edit("order_delivery_date")
        self.payment_date = _date_edit("order_payment_date")
        self.inspection_date = _date_edit("order_inspection_date")
        for edit in (self.commissioned_on, self.delivery_date, self.payment_date, self.inspection_date):
            edit.dateChanged.connect(self._order_edited)
        self.work = QPlainTextEdit()
        self.work.setObjectName("order_work")
        self.work.setMaximumHeight(70)
        self.work.textChanged.connect(self._order_edited)
        self.individual = QCheckBox(self.tr("The contractor is an individual (freelancer)"))
        self.individual.setObjectName("order_individual")
        self.individual.toggled.connect(self._order_edited)
        self.one_person = QCheckBox(self.tr("…or a corporation with one officer and no employees"))
        self.one_person.setObjectName("order_one_person_corporation")
        self.one_person.setToolTip(self.tr("The Freelance Act protects it like an individual (法2条1項二号)."))
        self.one_person.toggled.connect(self._order_edited)
        self.individual.toggled.connect(lambda on: self.one_person.setEnabled(not on))
        self.has_inspection = QCheckBox(self.tr("Inspected by"))
        self.has_inspection.setObjectName("order_has_inspection")
        self.has_inspection.toggled.connect(self.inspection_date.setEnabled)
        self.has_inspection.toggled.connect(self._order_edited)
        inspection = QWidget()
        inspection_layout = QHBoxLayout(inspection)
        inspection_layout.setContentsMargins(0, 0, 0, 0)
        inspection_layout.addWidget(self.has_inspection)
        inspection_layout.addWidget(self.inspection_date, 1)
        form.addRow(self.tr("Commissioned by"), self.errors.wrap("commissioner", self.order_edits["commissioner"]))
        form.addRow(self.tr("Contractor"), self.errors.wrap("contractor", self.order_edits["contractor"]))
        form.addRow("", self.individual)
        form.addRow("", self.one_person)
        form.addRow(self.tr("Commissioned on"), self.errors.wrap("commissioned_on", self.commissioned_on))
        form.addRow(self.tr("Work"), self.errors.wrap("work", self.work))
        form.addRow(self.tr("Delivery date"), self.errors.wrap("delivery_date", self.delivery_date))
        form.addRow(self.tr("Delivery place"), self.errors.wrap("delivery_place", self.order_edits["delivery_place"]))
        form.addRow(self.tr("Inspection"), self.errors.wrap("inspection_date", inspection))
        form.addRow(self.tr("Fee"), self.errors.wrap("fee", self.order_edits["fee"]))
        form.addRow(self.tr("Payment date"), self.errors.wrap("payment_date", self.payment_date))
        form.addRow(self.tr("Payment method"), self.errors.wrap("payment_method", self.order_edits["payment_method"]))
        side_layout.addWidget(order_box)

        export_box = QGroupBox(self.tr("Export"))
        export_layout = QVBoxLayout(export_box)
        self.render_masked = QCheckBox(self.tr("Send documents with hidden fields as copies without them"))
        self.render_masked.setObjectName("render_masked")
        self.render_masked.setToolTip(self.tr("A document that shows a field this recipient may not see (an individual client's address, your bank account) stays home unless this is ticked; then a copy rendered for the recipient without those fields goes instead."))
        self.render_masked.setChecked(False)
        self.render_masked.toggled.connect(lambda _on: self.refresh())
        export_layout.addWidget(self.render_masked)
        self.as_html = QRadioButton(self.tr("Encrypted .html workspace (any browser opens it) — recommended"))
        self.as_html.setObjectName("as_html")
        self.as_zip = QRadioButton(self.tr("Encrypted .zip with folders (AES-256; 7-Zip opens it)"))
        self.as_zip.setObjectName("as_zip")
        self.as_folder = QRadioButton(self.tr("Unencrypted folder"))
        self.as_folder.setObjectName("as_folder")
        self.as_html.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.as_html)
        group.addButton(self.as_zip)
        group.addButton(self.as_folder)
        self.format_note = QLabel()
        self.format_note.setObjectName("format_note")
        self.format_note.setWordWrap(True)
        export_layout.addWidget(self.format_note)
        export_layout.addWidget(self.as_html)
        export_layout.addWidget(self.as_zip)
        export_layout.addWidget(self.as_folder)
        row = QHBoxLayout()
        self.export_message = QLabel()
        self.export_message.setObjectName("export_message")
        self.export_message.setWordWrap(True)
        row.addWidget(self.export_message, 1)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("export_bundle")
        self.export_button.setDefault(True)
        self.export_button.setToolTip(QKeySequence("Ctrl+E").toString(QKeySequence.SequenceFormat.NativeText))
        self.export_button.clicked.connect(lambda: self.export())
        row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        export_layout.addLayout(row)
        side_layout.addWidget(export_box)
        side_layout.addStretch(1)
        scroll.setWidget(side)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 440])
        layout.addWidget(splitter, 1)

        self.recipient.currentIndexChanged.connect(self.refresh)
        self.month.dateChanged.connect(self.refresh)
        self.reload()

    # -- loading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        chosen = self.recipient.currentData()
        self.recipients = [r for r in recipients_service.list_recipients(self.ctx.store) if not r.outsourcer.archived]
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for r in self.recipients:
            self.recipient.addItem(r.name, r.id)
        index = self.recipient.findData(chosen)
        if index < 0:  # the recipient with the most handed-off chores first
            index = 0
        self.recipient.setCurrentIndex(index)
        self.recipient.blockSignals(False)
        self.refresh()

    def set_recipient(self, recipient_id: int) -> None:
        index = self.recipient.findData(recipient_id)
        if index >= 0:
            self.recipient.setCurrentIndex(index)

    def set_month(self, year: int, month: int) -> None:
        self.month.setDate(QDate(year, month, 1))

    def current_recipient(self) -> Recipient | None:
        wanted = self.recipient.currentData()
        return next((r for r in self.recipients if r.id == wanted), None)

    def period(self) -> tuple[date, date]:
        value = self.month.date()
        return bundles.month_period(f"{value.year():04d}-{value.month():02d}")

    def refresh(self) -> None:
        """Compute the preview again (the same plan the writer will write) and reset the work order."""
        recipient = self.current_recipient()
        self.export_message.clear()
        if recipient is None:
            self.preview = None
            self.tree.clear()
            self._clear_order()
            self.summary.setText(self.tr("No recipients yet: add an outsourcer on the Chores page and fill in their profile."))
            self.export_button.setEnabled(False)
            return
        self.preview = bundles.preview(self.ctx.store, recipient, *self.period(), render_masked=self.render_masked.isChecked())
        self._fill_tree(self.preview)
        if recipient.id != self._format_for:  # the format this recipient uses, from their last packet
            self._format_for = recipient.id
            used = bundles.recipient_format(self.ctx.store, recipient.id)
            {"html": self.as_html, "zip": self.as_zip, "folder": self.as_folder}[used].setChecked(True)
            names = {"html": self.tr("the .html workspace"), "zip": self.tr("the encrypted .zip"), "folder": self.tr("an unencrypted folder")}
            self.format_note.setText(self.tr("%1 uses %2.").replace("%1", recipient.name).replace("%2", names[used]))
        key = (recipient.id, self.period())
        if key != self._order_key or not self._order_edited_by_owner:
            self._fill_order(bundles.default_work_order(self.ctx.store, self.preview, clock.today()))
            self._order_key, self._order_edited_by_owner = key, False
        else:  # the owner's edits of this recipient's and month's order are kept
            self.check_order()
        self.export_button.setEnabled(self.operation is None)

    # -- the preview -------------------------------------------------------------------------------

    def _section(self, title: str, count: int, color: str | None = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [f"{title} ({count})", ""])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        if color:
            item.setForeground(0, QBrush(QColor(color)))
        item.setFirstColumnSpanned(True)
        return item

    def _note(self, parent: QTreeWidgetItem, text: str) -> None:
        item = QTreeWidgetItem(parent, [text, ""])
        item.setFirstColumnSpanned(True)
        item.setForeground(0, QBrush(self.palette().placeholderText().color()))

    def _record_item(self, parent: QTreeWidgetItem, record: PlannedRecord, title: str) -> QTreeWidgetItem:
        hidden = {name for name, _ in record.masked}
        names = [field_name(n) for n, _ in record.fields if n not in hidden]
        item = QTreeWidgetItem(parent, [title, self.tr("Leaves: %1").replace("%1", join_list(names) or "-")])
        item.setToolTip(1, item.text(1))
        for name, sensitivity in record.masked:
            masked = QTreeWidgetItem(item, [field_name(name), f"（非開示） — {mask_reason(sensitivity)}"])
            masked.setForeground(1, QBrush(QColor(MASK_COLOR)))
        return item

    def _fill_tree(self, shown: Preview) -> None:
        plan: BundlePlan = shown.plan
        self.tree.clear()
        tasks = self._section(self.tr("Tasks that go"), len(plan.tasks))
        for task in plan.tasks:
            fields = dict(task.chore.fields)
            item = self._record_item(tasks, task.chore, task.chore.label)
            area = fields.get("area", "")
            area_text = area_name(Area(area)) if area in Area._value2member_map_ else area
            item.setText(1, f"{area_text} · " + self.tr("due %1").replace("%1", join_list(day_text(d) for d in task.due_dates)))
            item.setData(1, Qt.ItemDataRole.UserRole, [d.isoformat() for d in task.due_dates])
            leaves = QTreeWidgetItem(item, [self.tr("Fields that leave"), join_list(field_name(n) for n, _ in task.chore.fields)])
            leaves.setToolTip(1, leaves.text(1))
            if task.needs:
                QTreeWidgetItem(item, [self.tr("Brings"), join_list(data_kind_name(k) for k in task.needs)])
        records = self._section(self.tr("Records that go"), len(plan.records))
        if not plan.records:
            self._note(records, self.tr("None: the tasks need no records from the books."))
        for record in plan.records:
            item = self._record_item(records, record, f"{record_kind_name(record.kind)}: {record.label}")
            if record.masked:
                item.setExpanded(True)
        members = bundles.packet_members(shown)
        files = self._section(self.tr("Files that go"), sum(1 for m in members if m.member))
        for m in members:
            if not m.member:
                continue
            about = packet_content(m.contains, m.count)
            if m.record:
                about = f"{m.member} · {about} · {m.record}"
            item = QTreeWidgetItem(files, [m.name, about])
            item.setData(0, Qt.ItemDataRole.UserRole, m.member)
            item.setToolTip(1, about)
            for kind, name, why in m.masked:  # a rendered copy: what was left out of it
                left_out = QTreeWidgetItem(item, [f"{record_kind_name(kind)}: {field_name(name)}", f"（非開示） — {mask_reason(why)}"])
                left_out.setForeground(1, QBrush(QColor(MASK_COLOR)))
        sheet = self._section(self.tr("Return sheet rows"), len(shown.occurrences))
        for _, title, due in shown.occurrences:
            QTreeWidgetItem(sheet, [title, day_text(due)])
        home = self._section(self.tr("Stays home"), len(plan.withheld), STAYS_COLOR)
        if not plan.withheld:
            self._note(home, self.tr("Nothing was held back."))
        shows = {f.sha256: f for f in plan.file_plan if not f.leaves}
        for withheld in plan.withheld:
            item = QTreeWidgetItem(home, [f"{record_kind_name(withheld.kind)}: {withheld.label}", withheld_reason(withheld.reason)])
            item.setData(0, Qt.ItemDataRole.UserRole, withheld.reason.value)
            item.setForeground(1, QBrush(QColor(STAYS_COLOR)))
            kept = shows.get(withheld.record_id) if withheld.kind == "file" else None
            if kept is not None:  # say which fields it shows, and that a copy without them can go
                item.setText(1, f"{withheld_reason(withheld.reason)} ({kept.record_label})")
                for kind, name, why in kept.masked:
                    shown_field = QTreeWidgetItem(item, [f"{record_kind_name(kind)}: {field_name(name)}", mask_reason(why)])
                    shown_field.setForeground(1, QBrush(QColor(MASK_COLOR)))
        for section in (tasks, records, files, home):
            section.setExpanded(True)
        masked = sum(len(r.masked) for r in (*plan.records, *(t.chore for t in plan.tasks)))
        self.summary.setText(
            self.tr("%1 tasks, %2 records and %3 files leave (%4 fields masked); %5 items stay home.")
            .replace("%1", str(len(plan.tasks))).replace("%2", str(len(plan.records)))
            .replace("%3", str(len(plan.files))).replace("%4", str(masked)).replace("%5", str(len(plan.withheld)))
        )

    def section(self, index: int) -> QTreeWidgetItem:
        """Top-level preview nodes: 0 tasks, 1 records, 2 files, 3 return sheet, 4 stays home."""
        item = self.tree.topLevelItem(index)
        assert item is not None
        return item

    # -- the work order ----------------------------------------------------------------------------

    def _clear_order(self) -> None:
        """No recipient, no work order: empty fields (no dates made up), nothing to edit."""
        self._loading = True
        try:
            for edit in self.order_edits.values():
                edit.clear()
            self.work.clear()
            for date_edit in (self.commissioned_on, self.delivery_date, self.payment_date, self.inspection_date):
                date_edit.setDate(NO_DATE)
        finally:
            self._loading = False
        self.errors.clear()
        self.order_box.setEnabled(False)
        self._order_key = None

    def _fill_order(self, order: WorkOrder) -> None:
        self.order_box.setEnabled(True)
        self._loading = True
        try:
            for name, edit in self.order_edits.items():
                edit.setText(getattr(order, name))
            self.work.setPlainText(order.work)
            self.commissioned_on.setDate(to_qdate(order.commissioned_on))
            self.delivery_date.setDate(to_qdate(order.delivery_date))
            self.payment_date.setDate(to_qdate(order.payment_date))
            self.has_inspection.setChecked(order.inspection_date is not None)
            self.inspection_date.setDate(to_qdate(order.inspection_date or order.delivery_date))
            self.inspection_date.setEnabled(order.inspection_date is not None)
            self.individual.setChecked(order.contractor_is_individual)
            self.one_person.setChecked(order.contractor_is_one_person_corporation)
            self.one_person.setEnabled(not order.contractor_is_individual)
        finally:
            self._loading = False
        self.check_order()

    def work_order(self) -> WorkOrder:
        return WorkOrder(
            commissioner=self.order_edits["commissioner"].text().strip(),
            contractor=self.order_edits["contractor"].text().strip(),
            commissioned_on=from_qdate(self.commissioned_on.date()),
            work=self.work.toPlainText().strip(),
            delivery_date=from_qdate(self.delivery_date.date()),
            delivery_place=self.order_edits["delivery_place"].text().strip(),
            fee=self.order_edits["fee"].text().strip(),
            payment_date=from_qdate(self.payment_date.date()),
            payment_method=self.order_edits["payment_method"].text().strip(),
            inspection_date=from_qdate(self.inspection_date.date()) if self.has_inspection.isChecked() else None,
            contractor_is_individual=self.individual.isChecked(),
            contractor_is_one_person_corporation=self.one_person.isChecked() and not self.individual.isChecked(),
        )

    def check_order(self) -> list[Problem]:
        problems = check_work_order(
            self.work_order(), owner_is_specified_commissioner=bundles.owner_is_specified_commissioner(self.ctx.store)
        )
        if self.preview is not None and not self.preview.plan.tasks:
            problems.append(Problem("tasks", "handoff.nothing_to_send"))
        self._show_problems(problems)
        return problems

    def _show_problems(self, problems: list[Problem]) -> None:
        unplaced = self.errors.show(problems)
        if unplaced:
            self.export_message.setStyleSheet(ERROR_STYLE if has_errors(unplaced) else WARNING_STYLE)
            self.export_message.setText(" ".join(describe(p) for p in unplaced))
        else:
            self.export_message.clear()

    def _order_edited(self, *_args: object) -> None:
        if not self._loading:
            self._order_edited_by_owner = True
            self.check_order()

    # -- export ------------------------------------------------------------------------------------

    def default_name(self) -> str:
        recipient = self.current_recipient()
        first, _ = self.period()
        return f"handoff_{first:%Y-%m}_{_safe(recipient.name if recipient else '')}"

    def ask_target(self, folder: bool) -> Path | None:
        """Where to write: a .html or .zip file, or a new folder inside the folder the owner picks."""
        start = Path(files.last_folder(self.ctx.prefs, "packets"))
        if folder:
            parent = files.choose_folder(self, self.ctx.prefs, "packets", self.tr("Choose where to create the packet folder"))
            return Path(parent) / self.default_name() if parent else None
        suffix = ".html" if self.as_html.isChecked() else ".zip"
        kind = self.tr("Encrypted workspace (*.html)") if suffix == ".html" else self.tr("Encrypted ZIP (*.zip)")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the encrypted packet"), str(start / f"{self.default_name()}{suffix}"), kind,
            options=QFileDialog.Option.DontConfirmOverwrite,  # an existing packet is never replaced: asked below
        )
        if not chosen:
            return None
        files.remember(self.ctx.prefs, "packets", Path(chosen).parent)
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(f"{path.name}{suffix}")

    def confirm_unencrypted(self) -> bool:
        answer = QMessageBox.warning(
            self, self.tr("Unencrypted folder"),
            self.tr("Anyone who gets a copy of an unencrypted folder can read everything in it. Use it only when you hand it over on an encrypted drive or an access-controlled share.\n\nWrite an unencrypted folder?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_password(self) -> str | None:
        """Where no keyring exists the owner types the password (twice)."""
        dialog = PasswordEntryDialog(
            self.tr("No system keyring is available on this computer, so the app cannot keep a generated password. Type a password for this packet (at least 8 characters) and keep it safe: you will need it when the packet comes back."),
            confirm=True, parent=self,
        )
        return dialog.value() if dialog.exec() == PasswordEntryDialog.DialogCode.Accepted else None

    def export(self, target: Path | None = None) -> bool:
        """Check, ask where and how, then write in the background. False when nothing was started."""
        if self.preview is None or self.operation is not None:
            return False
        problems = self.check_order()
        if has_errors(problems):
            self.message.emit(self.tr("Correct the work order first."))
            return False
        folder = self.as_folder.isChecked()
        if folder and not self.confirm_unencrypted():
            return False
        if target is None:
            target = self.ask_target(folder)
            if target is None:
                return False
        if target.exists():
            self.export_message.setStyleSheet(ERROR_STYLE)
            self.export_message.setText(self.tr("%1 exists already; choose another name.").replace("%1", str(target)))
            return False
        password: str | None = None
        generated = False
        if not folder:
            if secrets.keyring_available():
                password, generated = secrets.generate_password(), True
            else:
                password = self.ask_password()
                if password is None:
                    return False
        self._start_export(self.preview, self.work_order(), target, password, generated)
        return True

    def _start_export(self, shown: Preview, order: WorkOrder, target: Path, password: str | None, generated: bool) -> None:
        store, today = self.ctx.store, clock.today()

        def work(progress):  # type: ignore[no-untyped-def]
            return bundles.export(store, shown, order, target, password=password, today=today, progress=progress.report)

        self.export_button.setEnabled(False)
        self.export_message.setStyleSheet("")
        self.export_message.setText(self.tr("Writing %1…").replace("%1", target.name))
        operation = Operation(
            self, self.tr("Writing the packet for %1…").replace("%1", shown.recipient.name), work,
            on_done=lambda result: self._exported(result, shown, target, password, generated),
            on_error=self._export_failed,
        )
        operation.cancelled.connect(self._export_cancelled)
        self.operation = operation
        operation.start()

    def _exported(self, result: object, shown: Preview, target: Path, password: str | None, generated: bool) -> None:
        self.operation = None
        entry, warnings = result  # type: ignore[misc]
        self.last_export = (entry, warnings)
        self.export_button.setEnabled(True)
        kept = False
        if generated and password is not None:
            try:
                secrets.store_password(shown.recipient.id, password)
                kept = True
            except Exception:  # the keyring refused: the password is still shown, with a warning
                kept = False
        self._format_for = None  # the recipient's format is the one just used
        self.exported.emit(entry)  # the ledger and the preview reload
        text = self.tr("Wrote %1: %2 files, %3 records; delete by %4.").replace("%1", str(target)).replace(
            "%2", str(len(entry.files))).replace("%3", str(entry.records)).replace("%4", entry.expires_on.isoformat())
        self.export_message.setStyleSheet("")
        self.export_message.setText(text)
        self.message.emit(text)
        if generated and password is not None:
            self.password_dialog = PasswordShownDialog(password, shown.recipient.name, kept, self)
            self.password_dialog.setObjectName("password_shown")
            self.password_dialog.open()

    def _export_failed(self, exc: BaseException) -> None:
        self.operation = None
        self.export_button.setEnabled(True)
        if isinstance(exc, InvalidInput):
            self._show_problems(list(exc.problems))
            return
        if isinstance(exc, OutputRefused):
            refused = {
                "inside_data": self.tr("%1 is inside the data folder, which only Ushiro Desk itself writes; choose another folder."),
                "exists": self.tr("%1 exists already; choose another name."),
                "is_folder": self.tr("%1 is a folder; give a file name."),
                "no_folder": self.tr("The folder of %1 does not exist."),
            }.get(exc.kind)
            if refused:
                self.export_message.setStyleSheet(ERROR_STYLE)
                self.export_message.setText(refused.replace("%1", str(exc.path)))
                return
        self.export_message.setStyleSheet(ERROR_STYLE)
        self.export_message.setText(self.tr("The packet could not be written: %1").replace("%1", str(exc)))

    def _export_cancelled(self) -> None:
        self.operation = None
        self.export_button.setEnabled(True)
        text = self.tr("Export cancelled; nothing was written.")
        self.export_message.setStyleSheet(WARNING_STYLE)
        self.export_message.setText(text)
        self.message.emit(text)

    @property
    def exporting(self) -> bool:
        return self.operation is not None

