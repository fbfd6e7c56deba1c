"""“Go there”: switch to the page and tab where something is entered and put the cursor in the field.

A target is `page/place`, for example `settings/company/registration_number`, `settings/invoices`,
`clients/new` or `invoices/new`. The main window switches the page (`MainWindow.go_to`); `focus` here
knows where each place is on the pages, so the pages themselves need no setup code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QTabWidget, QWidget

COMPANY_TAB = "ushiro_desk.ui.settings_tabs.company"
INVOICE_SETTINGS_TAB = "ushiro_desk.ui.invoices.settings_tab"

# The places a blocking message can send the user to.
COMPANY_PROFILE = "settings/company/name"
BANK_ACCOUNTS = "settings/company/bank_accounts"
INVOICE_SETTINGS = "settings/invoices"
NEW_CLIENT = "clients/new"
NEW_INVOICE = "invoices/new"


def main_window(widget: QWidget | None) -> QWidget | None:
    """The window that can switch pages (`go_to`), found from any widget inside it or a dialog over it."""
    while widget is not None:
        if hasattr(widget, "go_to"):
            return widget
        widget = widget.parentWidget()
    return next((w for w in QApplication.topLevelWidgets() if hasattr(w, "go_to")), None)


def go_there(widget: QWidget | None, target: str) -> bool:
    window = main_window(widget)
    if window is None:
        return False
    window.go_to(target)  # type: ignore[attr-defined]
    return True


def _tab(tabs: QTabWidget, module: str) -> QWidget | None:
    for index in range(tabs.count()):
        widget = tabs.widget(index)
        if type(widget).__module__ == module:
            tabs.setCurrentIndex(index)
            return widget
    return None


def _focus(widget: QWidget) -> QWidget:
    """Focus `widget` and scroll it into view when it sits in a scrolled form."""
    widget.setFocus()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
            break
        parent = parent.parentWidget()
    return widget


def focus(page: QWidget, place: str) -> QWidget | None:
    """Show `place` on `page` and focus its first field; return the widget that took the focus."""
    head, _, rest = place.partition("/")
    tabs = getattr(page, "tabs", None)
    if head == "company" and isinstance(tabs, QTabWidget):
        tab = _tab(tabs, COMPANY_TAB)
        if tab is None:
            return None
        table = tab.banks  # type: ignore[attr-defined]
        if table.rowCount() == 0:  # a blank row to fill in the same visit (a blank row is not saved)
            tab._add_bank_row(None)  # type: ignore[attr-defined]
        if rest == "bank_accounts":
            table.setCurrentCell(0, 0)  # typing starts editing the bank name
            return _focus(table)
        field = tab.fields.get(rest or "name") or tab.fields["name"]  # type: ignore[attr-defined]
        return _focus(field)
    if head == "invoices" and isinstance(tabs, QTabWidget):
        tab = _tab(tabs, INVOICE_SETTINGS_TAB)
        if tab is not None:
            return _focus(tab.patterns["invoice"])  # type: ignore[attr-defined]
        return None
    if head == "new" and hasattr(page, "new_client"):
        page.new_client()  # type: ignore[attr-defined]
        return page.fields["name"]  # type: ignore[attr-defined]
    if head == "new" and hasattr(page, "new_document"):
        from ushiro_desk.domain.invoicing.document import DocumentKind

        editor = page.new_document(DocumentKind.INVOICE)  # type: ignore[attr-defined]
        if editor is not None:
            editor.lines.setCurrentCell(0, 0)
            editor.lines.setFocus()
        return editor
    return None


def offer_go_there(parent: QWidget, title: str, text: str, target: str, button: str) -> bool:
    """A message that names a missing prerequisite, with a button that goes where it is entered.
    True when the user chose to go there."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(button, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Setup", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go)
    answer(box)
    if box.clickedButton() is not go:
        return False
    return go_there(parent, target)


def answer(box: QMessageBox) -> None:
    """Show the message and wait for the choice (a seam tests replace)."""
    box.exec()
