"""Settings: the company profile, then this computer's preferences, then the tabs the areas add: an
area package `ui/<area>/` with a module `settings_tab.py` that defines `TAB_CLASS` (a QWidget with
`__init__(ctx)` and `title()`)."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ushiro_desk import ui
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.pages.base import Page, heading
from ushiro_desk.ui.settings_tabs.company import CompanyTab
from ushiro_desk.ui.settings_tabs.preferences import PreferencesTab


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
