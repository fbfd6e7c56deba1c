"""The sidebar's pages, in order. Each is imported and built the first time it is shown.

A page's class is `<Cls>` in `ushiro_desk.ui.<key>.page` once that area package exists, otherwise the
placeholder in `ushiro_desk.ui.pages.<key>`; so an area adds its page without editing this file.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class PageSpec:
    key: str
    cls: str
    shortcut: str

    @cached_property
    def module(self) -> str:  # looked up once: the main window asks on every page switch
        area = f"ushiro_desk.ui.{self.key}.page"
        try:
            if importlib.util.find_spec(area) is not None:
                return area
        except ModuleNotFoundError:
            pass
        return f"ushiro_desk.ui.pages.{self.key}"


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", "TodayPage", "Ctrl+1"),
    PageSpec("chores", "ChoresPage", "Ctrl+2"),
    PageSpec("invoices", "InvoicesPage", "Ctrl+3"),
    PageSpec("expenses", "ExpensesPage", "Ctrl+4"),
    PageSpec("clients", "ClientsPage", "Ctrl+5"),
    PageSpec("handoff", "HandoffPage", "Ctrl+6"),
    PageSpec("reports", "ReportsPage", "Ctrl+7"),
    PageSpec("settings", "SettingsPage", "Ctrl+,"),
)
