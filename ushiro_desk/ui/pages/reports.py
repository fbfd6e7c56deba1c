"""The Reports page: the areas' reports as tabs, then the health of the data and the backups.

An area adds a tab with `ui/<area>/report.py` defining `REPORT_CLASS` (a QWidget with `__init__(ctx)`,
`title()` and `reload()`), reloaded after any change."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk import __version__, ui

from ushiro_desk.services import changes as areas
from ushiro_desk.services import maintenance
from ushiro_desk.storage import backups
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.pages.base import Page, heading


def schema_number(revision: str) -> str:
    """The data format as a number (migration `0006_done_on_index` is format 6): the migration's
    name is for developers, not for the person reading the report."""
    digits = revision.split("_", 1)[0]
    return str(int(digits)) if digits.isdigit() else "?"


class ReportsPage(Page):
    watches = areas.EVERYTHING

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Reports")))
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self.area_reports: list[QWidget] = []
        for module in pkgutil.iter_modules(ui.__path__):
            name = f"{ui.__name__}.{module.name}.report"
            if module.ispkg and importlib.util.find_spec(name) is not None:
                report = importlib.import_module(name).REPORT_CLASS(ctx)
                self.area_reports.append(report)
                self.tabs.addTab(report, report.title())
        health_tab = QWidget()
        layout = QVBoxLayout(health_tab)
        self.health = QLabel()
        self.health.setObjectName("health")
        layout.addWidget(self.health)
        layout.addWidget(QLabel(self.tr("Backups")))
        self.backups = QTableWidget(0, 2)
        self.backups.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind")])
        self.backups.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.backups.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.backups, 1)
        self.tabs.addTab(health_tab, self.tr("Data and backups"))
        self.reload()

    def reload(self) -> None:
        for report in self.area_reports:
            report.reload()  # type: ignore[attr-defined]
        report = maintenance.check(self.ctx.store.paths)
        state = self.tr("Data is intact.") if report.ok else self.tr("The integrity check found problems.")
        records = sum(report.counts.values())
        self.health.setText(
            self.tr("%1 Ushiro Desk %2, data format %3, %4 records.").replace("%1", state)
            .replace("%2", __version__).replace("%3", schema_number(report.schema_version))
            .replace("%4", f"{records:,}")
        )
        kinds = {
            "auto": self.tr("daily"),
            "manual": self.tr("by hand"),
            "pre-migration": self.tr("before an upgrade"),
            "pre-restore": self.tr("before a restore"),
        }
        found = backups.list_backups(self.ctx.store.paths.backups)
        self.backups.setRowCount(len(found))
        for row, backup in enumerate(found):
            self.backups.setItem(row, 0, QTableWidgetItem(backup.taken_at.strftime("%Y-%m-%d %H:%M")))
            self.backups.setItem(row, 1, QTableWidgetItem(kinds.get(backup.reason, backup.reason)))
