"""Settings: the company profile, then this computer's preferences, then the tabs the areas add: an
area package `ui/<area>/` with a module `settings_tab.py` that defines `TAB_CLASS` (a QWidget with
`__init__(ctx)` and `title()`)."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ushiro_desk import ui
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.pages.base import Page, heading
from ushiro_desk.ui.settings_tabs.company import CompanyTab
from ushiro_desk.ui.settings_tabs.preferences import PreferencesTab


# What a tab saves when the page's one Save is pressed, and the tab's own save buttons it replaces.
SAVE_METHODS = ("save", "save_rates", "save_accounts", "save_mapping", "save_fee")
TAB_SAVE_BUTTONS = ("save", "save_rates", "save_accounts", "save_mapping", "bank_fee_save")


class SettingsPage(Page):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Settings")))
        self.tabs = QTabWidget()
        self.company = CompanyTab(ctx)
        self.preferences = PreferencesTab(ctx)
        self.tabs.addTab(self.company, self.tr("Company"))
        self.tabs.addTab(self.preferences, self.tr("This computer"))
        for module in pkgutil.iter_modules(ui.__path__):
            if not module.ispkg or importlib.util.find_spec(f"{ui.__name__}.{module.name}.settings_tab") is None:
                continue
            tab_module = importlib.import_module(f"{ui.__name__}.{module.name}.settings_tab")
            tab = tab_module.TAB_CLASS(ctx)
            self.tabs.addTab(tab, tab.title())
        layout.addWidget(self.tabs, 1)
        for index in range(self.tabs.count()):
            for name in TAB_SAVE_BUTTONS:
                for button in self.tabs.widget(index).findChildren(QPushButton, name):
                    button.hide()
        bar = QHBoxLayout()
        self.save_message = QLabel()
        self.save_message.setObjectName("settings_message")
        bar.addWidget(self.save_message, 1)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("settings_save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._tab_changed()

    def savers(self, tab: QWidget) -> list:  # type: ignore[type-arg]
        return [getattr(tab, name) for name in SAVE_METHODS if callable(getattr(tab, name, None))]

    def _tab_changed(self) -> None:
        self.save_message.clear()
        self.save_button.setEnabled(bool(self.savers(self.tabs.currentWidget())))

    def save(self) -> bool:
        """Save what the tab shown holds (each tab says its problems next to its fields)."""
        results = [saver() for saver in self.savers(self.tabs.currentWidget())]
        done = all(result is not False for result in results)
        self.save_message.setText(self.tr("Saved.") if done else self.tr("Not saved: see the marked fields."))
        return done
