"""The sidebar's pages, in order. Each is imported and built the first time it is shown.

A page's class is `<Cls>` in `ushiro_desk.ui.<key>.page` once that area package exists, otherwise the
placeholder in `ushiro_desk.ui.pages.<key>`; so an area adds its page without editing this file.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import NamedTuple


class PageSpec(NamedTuple):
    """A sidebar page: its key, its class's name and its shortcut."""

    key: str
    cls: str
    shortcut: str

    @property
    def module(self) -> str:
        return _page_module(self.key)


@cache  # looked up once: the main window asks on every page switch
def _page_module(key: str) -> str:
    area = f"ushiro_desk.ui.{key}.page"
    try:
        if importlib.util.find_spec(area) is not None:
            return area
    except ModuleNotFoundError:
        pass
    return f"ushiro_desk.ui.pages.{key}"


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", "TodayPage", "Ctrl+1"),
    PageSpec("chores", "ChoresPage", "Ctrl+2"),
    PageSpec("invoices", "InvoicesPage", "Ctrl+3"),
    PageSpec("expenses", "ExpensesPage", "Ctrl+4"),
    PageSpec("clients", "ClientsPage", "Ctrl+5"),
    PageSpec("handoff", "HandoffPage", "Ctrl+6"),
    PageSpec("reports", "ReportsPage", "Ctrl+7"),
    PageSpec("bank", "BankPage", "Ctrl+8"),
    PageSpec("settings", "SettingsPage", "Ctrl+,"),
)
