"""The Invoices page: the documents list with what is outstanding and overdue, the aging summary,
recurring drafts waiting for confirmation, and the actions on the selected documents with a preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, QModelIndex, QPoint, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.invoicing.document import Document, DocumentKind
from ushiro_desk.domain.invoicing.search import DocumentQuery
from ushiro_desk.domain.invoicing.status import DocumentSummary, Status
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services import changes as areas
from ushiro_desk.services.invoicing import clients, documents, queries, recurring
from ushiro_desk.ui import clock
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.invoices import editor as editor_module
from ushiro_desk.ui.invoices import problems
from ushiro_desk.ui.invoices.editor import DocumentEditor
from ushiro_desk.ui.invoices.models import DocumentsModel, kind_name, status_name, yen
from ushiro_desk.ui.invoices.pdf import PdfPreview, PdfViewer, print_pdfs
from ushiro_desk.ui.invoices.payments import PaymentDialog
from ushiro_desk.ui.invoices.recurring import ProposalsDialog, TemplatesDialog
from ushiro_desk.ui.operations import Operation, Progress
from ushiro_desk.ui.pages.base import Page, heading
from ushiro_desk.ui.problem_text import describe
from ushiro_desk.ui.setup import navigation
from ushiro_desk.ui.widgets.form import ERROR_STYLE

ALL, OPEN, OVERDUE, DRAFTS = "all", "open", "overdue", "drafts"
NO_DATE = QDate(2000, 1, 1)  # shown as 「—」: no limit
# Buttons on the toolbar (the daily path); every other action is in the 「その他」 menu and the context menu.
PRIMARY = ("new_invoice", "issue", "save_pdf", "print", "sent", "payment")
# Warnings at issue about what the printed document will lack, in the order they are named.
MISSING_ON_DOCUMENT = ("company.no_bank_account", "company.no_address")
COMPANY_ADDRESS = "settings/company/address"
# The right-click menu on a document, in this order (None: a separator).
CONTEXT = ("open", "edit", "issue", None, "save_pdf", "print", "sent", "payment", None,
           "credit", "correction", "from_quote", "recurring", None, "delete")


def _optional_date(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    return edit


def _date_or_none(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == edit.minimumDate() else date(value.year(), value.month(), value.day())


class DocumentFilter(QSortFilterProxyModel):
    """Kind and state filters over the documents model (the text search runs in SQL)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds: tuple[DocumentKind, ...] = ()
        self.state = ALL

    def set(self, kinds: tuple[DocumentKind, ...], state: str) -> None:
        self.kinds, self.state = kinds, state
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, DocumentsModel)
        row, standing = model.row_at(source_row), model.standing_at(source_row)
        if self.kinds and row.kind not in self.kinds:
            return False
        if self.state == OPEN:
            return standing.status.is_open
        if self.state == OVERDUE:
            return standing.overdue
        if self.state == DRAFTS:
            return row.number is None
        return True


class InvoicesPage(Page):
    watches = frozenset({areas.INVOICES, areas.CLIENTS, areas.COMPANY})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        problems.register()
        self._badge = 0
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Invoices")))
        top.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        top.addWidget(self.summary)
        outer.addLayout(top)
        self.aging = QLabel()
        self.aging.setObjectName("aging")
        outer.addWidget(self.aging)

        self.proposals_bar = QFrame()
        self.proposals_bar.setObjectName("proposals_bar")
        self.proposals_bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar = QHBoxLayout(self.proposals_bar)
        self.proposals_label = QLabel()
        bar.addWidget(self.proposals_label, 1)
        review = QPushButton(self.tr("Review…"))
        review.setObjectName("review_proposals")
        review.clicked.connect(self.review_proposals)
        bar.addWidget(review)
        outer.addWidget(self.proposals_bar)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("invoice_actions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        outer.addWidget(self.toolbar)
        self.actions: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
            ("new_invoice", self.tr("New invoice"), "Ctrl+N", lambda: self.new_document(DocumentKind.INVOICE)),
            ("new_quote", self.tr("New quote"), "Ctrl+Shift+N", lambda: self.new_document(DocumentKind.QUOTE)),
            ("open", self.tr("Open"), "", self.open_selected),
            ("edit", self.tr("Edit draft"), "Return", self.edit_selected),
            ("delete", self.tr("Delete draft"), QKeySequence(QKeySequence.StandardKey.Delete).toString(), self.delete_selected),
            ("issue", self.tr("Issue…"), "Ctrl+I", self.issue_selected),
            ("sent", self.tr("Mark sent"), "Ctrl+Shift+E", self.mark_sent_selected),
            ("payment", self.tr("Payments…"), "Ctrl+Shift+P", self.payments_selected),
            ("credit", self.tr("Credit note…"), "", lambda: self.derive(DocumentKind.CREDIT_NOTE)),
            ("correction", self.tr("Correction…"), "", lambda: self.derive(DocumentKind.CORRECTION)),
            ("from_quote", self.tr("Invoice from quote"), "", lambda: self.derive(DocumentKind.INVOICE)),
            ("recurring", self.tr("Make recurring…"), "", self.make_recurring),
            ("templates", self.tr("Recurring invoices…"), "", self.show_templates),
            ("save_pdf", self.tr("Save as PDF…"), QKeySequence(QKeySequence.StandardKey.Save).toString(), self.save_selected_pdf),
            ("print", self.tr("Print…"), QKeySequence(QKeySequence.StandardKey.Print).toString(), self.print_selected),
        ):
            action = QAction(text, self)
            action.setObjectName(key)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions[key] = action
        for key in PRIMARY:
            self.toolbar.addAction(self.actions[key])
            if key in ("new_invoice", "print"):
                self.toolbar.addSeparator()
        self.more_menu = QMenu(self)
        self.more_menu.setObjectName("more_actions")
        for key in ("new_quote", "open", "edit", "delete", None, "credit", "correction", "from_quote", None, "recurring", "templates"):
            if key is None:
                self.more_menu.addSeparator()
            else:
                self.more_menu.addAction(self.actions[key])
        self.more = QToolButton()
        self.more.setObjectName("more")
        self.more.setText(self.tr("More"))
        self.more.setMenu(self.more_menu)
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.more)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search number, client or subject"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        filters.addWidget(self.search, 2)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kind_filter")
        self.kind_filter.addItem(self.tr("All kinds"), ())
        self.kind_filter.addItem(self.tr("Invoices"), (DocumentKind.INVOICE, DocumentKind.CORRECTION))
        self.kind_filter.addItem(self.tr("Quotes"), (DocumentKind.QUOTE,))
        self.kind_filter.addItem(self.tr("Credit notes"), (DocumentKind.CREDIT_NOTE,))
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("state_filter")
        for value, text in ((ALL, self.tr("Any state")), (OPEN, self.tr("Unpaid")), (OVERDUE, self.tr("Overdue")), (DRAFTS, self.tr("Drafts"))):
            self.state_filter.addItem(text, value)
        for box in (self.kind_filter, self.state_filter):
            box.currentIndexChanged.connect(self._filter_changed)
            filters.addWidget(box)
        outer.addLayout(filters)
        outer.addLayout(self._search_bar())

        self.model = DocumentsModel(self)
        self.proxy = DocumentFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("documents")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)
        self._size_columns()
        self.table.doubleClicked.connect(self.open_index)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self.show_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.preview = PdfPreview()
        self.preview.setObjectName("preview")
        self.preview.setMinimumWidth(180)
        self.preview.full_size_requested.connect(self.view_selected)
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([800, 200])
        outer.addWidget(self.splitter, 1)
        self.editor: DocumentEditor | None = None
        self.viewer: PdfViewer | None = None
        self.reload()

    # -- data -----------------------------------------------------------------------------------

    def today(self) -> date:
        return clock.today()

    def _size_columns(self) -> None:
        """Widths from the font (a date, a seven-figure amount, a short status); the subject takes what
        is left and is elided first, so the ledger's columns fit beside the preview at the default size."""
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        pad = 12
        columns = DocumentsModel.COLUMNS
        head = self.table.horizontalHeader()

        def fit(column: str, *samples: str) -> int:
            title = str(self.model.headerData(columns.index(column), Qt.Orientation.Horizontal))
            return max([metrics.horizontalAdvance(t) for t in samples] + [header_metrics.horizontalAdvance(title)]) + pad

        widths = {
            "number": fit("number", "QUO-2026-0000"),
            "client": fit("client", "株式会社ひかりソ"),
            "issue_date": fit("issue_date", "2026-11-20"),
            "due_date": fit("due_date", "2026-11-20"),
            "amount": fit("amount", "-¥1,234,567"),
            "balance": fit("balance", "¥1,234,567"),
            "status": fit("status", status_name(Status.PARTLY_PAID), status_name(Status.SENT)),
            "kind": fit("kind", kind_name(DocumentKind.CREDIT_NOTE)),
        }
        head.setStretchLastSection(False)
        head.setMinimumSectionSize(40)
        for column, width in widths.items():
            self.table.setColumnWidth(columns.index(column), width)
            head.setSectionResizeMode(columns.index(column), QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(columns.index("subject"), QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # the kind shows in the number of a draft, in the number series, the tooltip and the kind filter
        self.table.setColumnHidden(columns.index("kind"), True)

    # -- opening: double-click, Open, the context menu -------------------------------------------

    def open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.proxy.mapToSource(index).row()
            self.select_ids([self.model.row_at(row).id])
            self.open_selected()

    def open_selected(self) -> QWidget | None:
        """A draft opens in the editor; an issued document in a viewer (it can no longer change)."""
        one = self.current()
        if one is None:
            return None
        if one.number is None:
            return self.open_editor(documents.load_document(self.ctx.store, one.id))
        return self.view_selected()

    def view_selected(self) -> PdfViewer | None:
        one = self.current()
        if one is None:
            return None
        try:
            data = documents.document_pdf(self.ctx.store, one.id)
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("Cannot show"), "\n".join(describe(p) for p in exc.problems))
            return None
        label = f"{kind_name(one.kind)} {one.number}" if one.number else QCoreApplication.translate(
            "DocumentEditor", "%1 (draft)").replace("%1", kind_name(one.kind))
        title = f"{label} — {one.client_name}"
        viewer = PdfViewer(title, data, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = viewer
        viewer.open()
        return viewer

    def context_menu(self, position: QPoint) -> QMenu | None:
        """The actions on the document under the pointer (selected first, as in a file manager)."""
        index = self.table.indexAt(position)
        if not index.isValid():
            return None
        if not self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.select_ids([self.model.row_at(self.proxy.mapToSource(index).row()).id])
        menu = QMenu(self)
        menu.setObjectName("document_menu")
        for key in CONTEXT:
            if key is None:
                menu.addSeparator()
            elif self.actions[key].isEnabled():
                menu.addAction(self.actions[key])
        menu.setDefaultAction(self.actions["open"])
        return menu

    def show_context_menu(self, position: QPoint) -> None:
        menu = self.context_menu(position)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.table.viewport().mapToGlobal(position))

    # -- 電帳法 search: date range, amount range and client, combined -----------------------------

    def _search_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.date_from = _optional_date("date_from")
        self.date_to = _optional_date("date_to")
        self.amount_min = QLineEdit()
        self.amount_min.setObjectName("amount_min")
        self.amount_max = QLineEdit()
        self.amount_max.setObjectName("amount_max")
        for edit in (self.amount_min, self.amount_max):
            edit.setPlaceholderText(self.tr("yen"))
            edit.setMaximumWidth(110)
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self.reload)
        self.client_search = QLineEdit()
        self.client_search.setObjectName("client_search")
        self.client_search.setPlaceholderText(self.tr("Client name"))
        self.client_search.setClearButtonEnabled(True)
        self.client_search.textChanged.connect(self.reload)
        for edit in (self.date_from, self.date_to):
            edit.setToolTip(self.tr("Issue date; leave at — for no limit."))
            edit.dateChanged.connect(self.reload)
        clear = QPushButton(self.tr("Clear"))
        clear.setObjectName("clear_search")
        clear.clicked.connect(self.clear_search)
        self.search_error = QLabel()
        self.search_error.setObjectName("search_error")
        self.search_error.setStyleSheet(ERROR_STYLE)
        for widget in (
            QLabel(self.tr("Issued")), self.date_from, QLabel("–"), self.date_to,
            QLabel(self.tr("Total")), self.amount_min, QLabel("–"), self.amount_max,
            QLabel(self.tr("Client")), self.client_search, clear, self.search_error,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        return bar

    def clear_search(self) -> None:
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(True)
            edit.setDate(edit.minimumDate())
            edit.blockSignals(False)
        for line in (self.amount_min, self.amount_max, self.client_search):
            line.blockSignals(True)
            line.clear()
            line.blockSignals(False)
        self.reload()

    def query(self) -> DocumentQuery | None:
        """The search as typed, or None (with one sentence shown) when a field cannot be read."""
        amounts: list[int | None] = []
        for edit, name in ((self.amount_min, self.tr("The smallest total")), (self.amount_max, self.tr("The largest total"))):
            text = edit.text().strip().translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}).replace(",", "").replace("¥", "")
            if not text:
                amounts.append(None)
            elif text.isascii() and text.isdigit() and len(text) <= 13:
                amounts.append(int(text))
            else:
                self.search_error.setText(self.tr("%1 must be a whole number of yen.").replace("%1", name))
                return None
        return DocumentQuery(_date_or_none(self.date_from), _date_or_none(self.date_to), amounts[0], amounts[1], self.client_search.text())

    def reload(self) -> None:
        selected = self.selected_ids()
        today = self.today()
        query = self.query()
        everything: list[DocumentSummary] | None = None
        if query is not None:
            try:
                rows = queries.list_documents(self.ctx.store, text=self.search.text(), query=query)
            except InvalidInput as exc:
                self.search_error.setText(describe(exc.problems[0]))
            else:
                self.search_error.clear()
                self.model.set_rows(rows, today)
                if query.is_empty and not self.search.text().strip():
                    everything = rows
        # the summary from the list just read when it holds every document (not a second read of all)
        owed = queries.receivables_of(everything, today) if everything is not None else queries.receivables(self.ctx.store, today)
        self.summary.setText(
            self.tr("Outstanding %1 · overdue %2 (%3 invoices)").replace("%1", yen(owed.outstanding))
            .replace("%2", yen(owed.overdue)).replace("%3", str(owed.overdue_count))
        )
        a = owed.aging
        self.aging.setText(
            self.tr("Aging — not yet due %1 · 1–30 days %2 · 31–60 days %3 · 61+ days %4").replace("%1", yen(a.current))
            .replace("%2", yen(a.days_1_30)).replace("%3", yen(a.days_31_60)).replace("%4", yen(a.days_61_plus))
        )
        due = recurring.proposals(self.ctx.store, today)
        self.proposals_label.setText(
            self.tr("%1 recurring drafts are due and wait for you to confirm them.").replace("%1", str(len(due)))
        )
        self.proposals_bar.setVisible(bool(due))
        if self._badge != owed.overdue_count:
            self._badge = owed.overdue_count
            self.badge_changed.emit(self._badge)
        self.select_ids(selected)
        self._selection_changed()

    def badge(self) -> int:
        return self._badge

    def _filter_changed(self) -> None:
        self.proxy.set(self.kind_filter.currentData() or (), self.state_filter.currentData())
        self._selection_changed()

    # -- selection ------------------------------------------------------------------------------

    def selected_rows(self) -> list[DocumentSummary]:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def current(self) -> DocumentSummary | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for document_id in ids:
            row = self.model.row_of(document_id)
            if row < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)

    def _selection_changed(self, *_args: object) -> None:
        rows = self.selected_rows()
        one = rows[0] if len(rows) == 1 else None
        standing = one.standing(self.today()) if one else None
        issued = bool(one and one.number)
        self.actions["open"].setEnabled(one is not None)
        self.actions["edit"].setEnabled(bool(one and one.number is None))
        self.actions["delete"].setEnabled(bool(one and one.number is None))
        self.actions["issue"].setEnabled(bool(one and one.number is None))
        self.actions["sent"].setEnabled(bool(rows) and all(r.number for r in rows))
        receivable = bool(one and issued and one.kind.is_receivable and standing and standing.status is not Status.CORRECTED)
        self.actions["payment"].setEnabled(receivable)
        self.actions["credit"].setEnabled(receivable)
        self.actions["correction"].setEnabled(receivable)
        self.actions["from_quote"].setEnabled(bool(one and issued and one.kind is DocumentKind.QUOTE))
        self.actions["recurring"].setEnabled(bool(one and one.kind.is_receivable))
        self.actions["save_pdf"].setEnabled(bool(rows))
        self.actions["print"].setEnabled(bool(rows))
        if one is None:
            self.preview.show_message(
                self.tr("%1 documents selected.").replace("%1", str(len(rows))) if rows else self.tr("Select a document to preview it.")
            )
            return
        try:
            self.preview.show_pdf(documents.document_pdf(self.ctx.store, one.id))
        except InvalidInput as exc:
            self.preview.show_message("\n".join(describe(p) for p in exc.problems))

    # -- editing --------------------------------------------------------------------------------

    def new_document(self, kind: DocumentKind) -> DocumentEditor | None:
        current = self.current()
        client_id = current.client_id if current else None
        if client_id is None:
            found = clients.list_clients(self.ctx.store)
            if not found:
                navigation.offer_go_there(
                    self, self.tr("No clients yet"), self.tr("Add a client on the Clients page first."),
                    navigation.NEW_CLIENT, self.tr("Add a client"),
                )
                return None
            client_id = found[0].id
        assert client_id is not None
        return self.open_editor(documents.new_document(self.ctx.store, kind, client_id, issue_date=self.today()))

    def open_editor(self, doc: Document) -> DocumentEditor:
        dialog = DocumentEditor(self.ctx, doc, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda saved: self.select_after_reload(saved.id))
        dialog.accepted.connect(lambda: self._editor_done(dialog))
        self.editor = dialog
        dialog.open()
        return dialog

    def select_after_reload(self, document_id: int) -> None:
        self.reload()
        self.select_ids([document_id])

    def _editor_done(self, dialog: DocumentEditor) -> None:
        if dialog.issue_requested and dialog.doc.id is not None:
            self.select_ids([dialog.doc.id])
            self.issue_selected()

    def edit_selected(self) -> None:
        one = self.current()
        if one is None:
            return
        if one.number is None:
            self.open_editor(documents.load_document(self.ctx.store, one.id))

    def delete_selected(self) -> None:
        one = self.current()
        if one is None or one.number is not None:
            return
        if editor_module.confirm(self, self.tr("Delete draft"), self.tr("Delete this draft? It has no number yet, so nothing is lost.")):
            self.ctx.bus.announce(documents.delete_draft(self.ctx.store, one.id))

    def derive(self, kind: DocumentKind) -> None:
        one = self.current()
        if one is None:
            return
        try:
            if kind is DocumentKind.CREDIT_NOTE:
                doc = documents.draft_credit_note(self.ctx.store, one.id, issue_date=self.today())
            elif kind is DocumentKind.CORRECTION:
                doc = documents.draft_correction(self.ctx.store, one.id, issue_date=self.today())
            else:
                doc = documents.draft_from_quote(self.ctx.store, one.id, issue_date=self.today())
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("Not possible"), "\n".join(describe(p) for p in exc.problems))
            return
        self.open_editor(doc)

    # -- issuing and sending --------------------------------------------------------------------

    def issue_selected(self) -> bool:
        one = self.current()
        if one is None or one.number is not None:
            return False
        found = documents.check_issue(self.ctx.store, one.id)
        errors = [p for p in found if p.is_error]
        if errors:
            text = "\n".join(describe(p) for p in errors)
            if any(p.field.startswith("company") or p.code.startswith("company.") for p in errors):
                navigation.offer_go_there(
                    self, self.tr("Cannot issue"), text, navigation.COMPANY_PROFILE, self.tr("Open company settings")
                )
            else:
                QMessageBox.warning(self, self.tr("Cannot issue"), text)
            return False
        text = self.tr("Issue this %1 to %2 for %3? It gets its number now and can never be changed afterwards.").replace(
            "%1", kind_name(one.kind)).replace("%2", one.client_name).replace("%3", yen(one.amount_due))
        if found:
            text += "\n\n" + "\n".join(describe(p) for p in found)
        missing = {p.code for p in found} & set(MISSING_ON_DOCUMENT)
        if missing:
            if not self.confirm_missing(text, [code for code in MISSING_ON_DOCUMENT if code in missing]):
                return False
        elif not editor_module.confirm(self, self.tr("Issue"), text):
            return False
        try:
            issued, changes = documents.issue(self.ctx.store, one.id)
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("Cannot issue"), "\n".join(describe(p) for p in exc.problems))
            return False
        self.ctx.bus.announce(changes)
        self.select_ids([one.id])
        self.status.emit(self.tr("Issued %1.").replace("%1", issued.number or ""))
        return True

    def confirm_missing(self, text: str, missing: list[str]) -> bool:
        """Issue although the document will lack the 振込先 or the issuer's address? The message names
        what is missing and offers to go where it is entered (the draft stays a draft)."""
        names = {
            "company.no_bank_account": self.tr("bank account (振込先)"),
            "company.no_address": self.tr("your address"),
        }
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Issue without %1?").replace(
            "%1", self.tr(" and ").join(names[code] for code in missing)), text, QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("issue_missing")
        issue = box.addButton(self.tr("Issue anyway"), QMessageBox.ButtonRole.AcceptRole)
        target = navigation.BANK_ACCOUNTS if missing[0] == "company.no_bank_account" else COMPANY_ADDRESS
        go = box.addButton(
            self.tr("Enter the bank account") if target == navigation.BANK_ACCOUNTS else self.tr("Enter the address"),
            QMessageBox.ButtonRole.ActionRole,
        )
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        box.setEscapeButton(cancel)
        navigation.answer(box)
        if box.clickedButton() is go:
            navigation.go_there(self, target)
            return False
        return box.clickedButton() is issue

    def mark_sent_selected(self) -> None:
        ids = [r.id for r in self.selected_rows() if r.number]
        if ids:
            self.ctx.bus.announce(documents.mark_sent(self.ctx.store, ids, self.today()))
            self.select_ids(ids)

    def payments_selected(self) -> PaymentDialog | None:
        one = self.current()
        if one is None or not one.number:
            return None
        dialog = PaymentDialog(self.ctx, one.id, self.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- recurring ------------------------------------------------------------------------------

    def review_proposals(self) -> ProposalsDialog:
        dialog = ProposalsDialog(self.ctx, self.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def make_recurring(self) -> TemplatesDialog | None:
        one = self.current()
        if one is None:
            return None
        template, changes = recurring.save_template(self.ctx.store, recurring.template_from(self.ctx.store, one.id))
        self.ctx.bus.announce(changes)
        return self.show_templates(template.id)

    def show_templates(self, select: int | None = None) -> TemplatesDialog:
        dialog = TemplatesDialog(self.ctx, self, select if isinstance(select, int) else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- PDF: save and print --------------------------------------------------------------------

    def save_selected_pdf(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            doc = documents.load_document(self.ctx.store, ids[0])
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), documents.pdf_file_name(doc), self.tr("PDF (*.pdf)"))
            if name:  # the dialog asked before replacing an existing file
                self.save_pdfs(ids, Path(name).parent, single_name=Path(name).name, replace=True)
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save PDFs into folder"))
        if not folder:
            return
        existing = [t for t in documents.pdf_targets(self.ctx.store, ids, Path(folder)) if t.exists()]
        if existing:
            answer = QMessageBox.question(
                self, self.tr("Replace files?"),
                self.tr("%1 of these PDF files exist in the folder already. Replace them?").replace("%1", str(len(existing))),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.save_pdfs(ids, Path(folder), replace=bool(existing))

    def save_pdfs(self, ids: list[int], folder: Path, single_name: str | None = None, *, replace: bool = False) -> Operation:
        """Write the PDFs off the GUI thread; an existing file is replaced only when the user confirmed it."""
        store = self.ctx.store

        def work(progress: Progress) -> list[Path]:
            return documents.save_pdfs(store, ids, folder, progress.report, file_name=single_name, overwrite=replace)

        op = Operation(self, self.tr("Saving PDFs…"), work, on_done=lambda files: self.status.emit(
            self.tr("Saved %1 PDF files.").replace("%1", str(len(files)))))
        op.start()
        return op

    def print_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_documents(ids, printer)

    def print_documents(self, ids: list[int], printer: QPrinter) -> int:
        """Print documents one by one (issued: the stored PDF exactly as it was issued)."""
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, len(ids), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        sources = (documents.document_pdf(self.ctx.store, i) for i in ids)
        pages = print_pdfs(printer, sources, progress.setValue)
        progress.reset()
        progress.deleteLater()
        self.status.emit(self.tr("Printed %1 pages.").replace("%1", str(pages)))
        return pages
