"""The Clients page (取引先): search, edit, archive. Archiving keeps every document that names them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.business_calendar import HolidayRule
from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.document import Honorific
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services import changes as areas
from ushiro_desk.services.invoicing import clients, queries, settings
from ushiro_desk.ui import clock
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.invoices import problems
from ushiro_desk.ui.invoices.models import yen
from ushiro_desk.ui.invoices.settings_tab import TermsEditor, holiday_rule_box
from ushiro_desk.ui.pages.base import Page, heading
from ushiro_desk.ui.widgets.form import ERROR_STYLE, FieldErrors

Index = QModelIndex | QPersistentModelIndex
TEXT_FIELDS = ("name", "department", "person", "postal_code", "address", "email", "phone", "registration_number")


class ClientsModel(QAbstractTableModel):
    COLUMNS = ("name", "terms", "withholds")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Client] = []

    def set_rows(self, rows: list[Client]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Terms"), self.tr("Withholds"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        client = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                name = f"{client.name} {client.honorific.value}" if not client.person else client.name
                return self.tr("%1 (archived)").replace("%1", name) if client.archived else name
            if column == "terms":
                japanese = QLocale().language() == QLocale.Language.Japanese
                return client.terms.label_ja() if japanese else client.terms.label_en()
            return self.tr("yes") if client.withholds else ""
        if role == Qt.ItemDataRole.ForegroundRole and client.archived:
            return QBrush(QColor("#7a828c"))
        if role == Qt.ItemDataRole.UserRole:
            return client.id
        return None


class ClientsPage(Page):
    watches = frozenset({areas.CLIENTS, areas.INVOICES})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        problems.register()
        self.errors = FieldErrors()
        self.client: Client | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Clients")))
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search name, contact, email or registration number"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setObjectName("show_archived")
        self.show_archived.toggled.connect(self.reload)
        new = QPushButton(self.tr("New client"))
        new.setObjectName("new_client")
        new.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText))
        new.clicked.connect(self.new_client)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.show_archived)
        filters.addWidget(new)
        outer.addLayout(filters)

        self.model = ClientsModel(self)
        self.table = QTableView()
        self.table.setObjectName("clients")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name: never cut first
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show_row(current.row()))

        form_body = QWidget()
        form = QFormLayout(form_body)
        labels = {
            "name": self.tr("Name"),
            "department": self.tr("Department"),
            "person": self.tr("Contact person"),
            "postal_code": self.tr("Postal code"),
            "address": self.tr("Address"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "registration_number": self.tr("Registration number (T + 13 digits)"),
        }
        self.fields: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            self.fields[name] = edit
            form.addRow(labels[name], self.errors.wrap(name, edit))
            if name == "name":
                self.honorific = QComboBox()
                self.honorific.setObjectName("honorific")
                self.honorific.addItem(self.tr("御中 (an organisation)"), Honorific.ONCHU.value)
                self.honorific.addItem(self.tr("様 (a person)"), Honorific.SAMA.value)
                form.addRow(self.tr("Honorific"), self.honorific)
        self.fields["registration_number"].setPlaceholderText(self.tr("empty when the client is not registered"))
        self.withholds = QCheckBox(self.tr("Withholds income tax (源泉徴収) on fees paid to individuals"))
        self.withholds.setObjectName("withholds")
        form.addRow("", self.withholds)
        self.terms = TermsEditor()
        form.addRow(self.tr("Payment terms"), self.errors.wrap("terms.closing_day", self.terms))
        self.terms_label = QLabel()
        self.terms_label.setObjectName("terms_label")
        form.addRow("", self.terms_label)
        self.terms.closing.currentIndexChanged.connect(self._show_terms)
        self.terms.months.currentIndexChanged.connect(self._show_terms)
        self.terms.pay_day.currentIndexChanged.connect(self._show_terms)
        self.terms.net.toggled.connect(self._show_terms)
        self.terms.net_days.valueChanged.connect(self._show_terms)
        self.holiday_rule = holiday_rule_box(self)
        form.addRow(self.tr("Due date on a holiday"), self.holiday_rule)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Japanese"), "ja")
        self.language.addItem(self.tr("English"), "en")
        form.addRow(self.tr("Document language"), self.errors.wrap("language", self.language))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMaximumHeight(70)
        form.addRow(self.tr("Notes"), self.notes)
        self.balance = QLabel()
        self.balance.setObjectName("balance")
        form.addRow(self.tr("Outstanding"), self.balance)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_body)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons.addWidget(self.message, 1)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("archive")
        self.archive_button.clicked.connect(self.toggle_archive)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.archive_button)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([460, 740])
        outer.addWidget(splitter, 1)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_client, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload()

    # -- list -----------------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.client.id if self.client else None
        rows = clients.list_clients(self.ctx.store, self.search.text(), include_archived=self.show_archived.isChecked())
        self.model.set_rows(rows)
        row = next((i for i, c in enumerate(rows) if c.id == keep), 0 if rows else -1)
        if row >= 0:
            self.table.selectRow(row)
            self._show_row(row)
        elif self.client is None or self.client.id is not None:
            self.new_client()

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.show_client(self.model.rows[row])

    # -- form -----------------------------------------------------------------------------------

    def show_client(self, client: Client) -> None:
        self.client = client
        for name in TEXT_FIELDS:
            self.fields[name].setText(getattr(client, name))
        self.honorific.setCurrentIndex(self.honorific.findData(client.honorific.value))
        self.withholds.setChecked(client.withholds)
        self.terms.set_terms(client.terms)
        self.holiday_rule.setCurrentIndex(self.holiday_rule.findData(client.holiday_rule.value))
        self.language.setCurrentIndex(self.language.findData(client.language))
        self.notes.setPlainText(client.notes)
        self.archive_button.setText(self.tr("Restore from archive") if client.archived else self.tr("Archive"))
        self.archive_button.setEnabled(client.id is not None)
        if client.id is not None:
            owed = queries.receivables(self.ctx.store, clock.today(), client_id=client.id)
            self.balance.setText(self.tr("%1 (overdue %2)").replace("%1", yen(owed.outstanding)).replace("%2", yen(owed.overdue)))
        else:
            self.balance.clear()
        self.errors.clear()
        self.message.clear()
        self._show_terms()

    def _show_terms(self) -> None:
        terms = self.terms.terms()
        self.terms_label.setText(terms.label_ja())

    def new_client(self) -> None:
        defaults = settings.load_settings(self.ctx.store)
        self.table.clearSelection()
        self.show_client(Client("", terms=defaults.terms, holiday_rule=defaults.holiday_rule))
        self.fields["name"].setFocus()

    def form_client(self) -> Client:
        base = self.client or Client("")
        values = {name: self.fields[name].text().strip() for name in TEXT_FIELDS}
        return replace(
            base,
            **values,
            honorific=Honorific(self.honorific.currentData()),
            withholds=self.withholds.isChecked(),
            terms=self.terms.terms(),
            holiday_rule=HolidayRule(self.holiday_rule.currentData()),
            language=self.language.currentData(),
            notes=self.notes.toPlainText().strip(),
        )

    def save(self) -> bool:
        try:
            saved, changes, warnings = clients.save_client(self.ctx.store, self.form_client())
        except InvalidInput as exc:
            self.errors.show(exc.problems)
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Not saved: please correct the marked fields."))
            return False
        self.client = saved
        self.ctx.bus.announce(changes)
        self.errors.show(warnings)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Saved. Documents already issued keep the details they were issued with."))
        return True

    def toggle_archive(self) -> None:
        if self.client is None or self.client.id is None:
            return
        archived = not self.client.archived
        self.client = replace(self.client, archived=archived)
        self.ctx.bus.announce(clients.set_archived(self.ctx.store, self.client.id, archived))
        self.show_client(self.client)
