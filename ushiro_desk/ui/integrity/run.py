"""Running the checks from the window: the quick one after the first paint, the full one from the menu.

Both run off the GUI thread (`ui.operations.Operation`); the full one shows progress and can be
cancelled. Nothing here is imported on the way to the first window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ushiro_desk.services import maintenance
from ushiro_desk.services.maintenance import CheckReport
from ushiro_desk.ui.integrity.banner import CheckBanner
from ushiro_desk.ui.integrity.dialog import CheckDialog
from ushiro_desk.ui.integrity.texts import affects_database
from ushiro_desk.ui.operations import Operation, Progress

if TYPE_CHECKING:
    from ushiro_desk.ui.main_window import MainWindow


def start_quick_check(window: MainWindow, then: Callable[[], None] | None = None) -> Operation:
    """`PRAGMA quick_check`, the schema and the files by name and size; a banner when it finds
    something. `then` (the daily backup) runs afterwards unless the database itself is in doubt, so
    a damaged database is never copied over the newest good backup."""
    paths = window.ctx.store.paths

    def work(_progress: Progress) -> CheckReport:
        return maintenance.check(paths, quick=True)

    def done(report: CheckReport) -> None:
        if report.findings:
            show_banner(window, report)
        if then is not None and not affects_database({f.kind for f in report.findings}):
            then()

    def failed(exc: BaseException) -> None:
        window.statusBar().showMessage(QCoreApplication.translate("Integrity", "The check at start could not run: %1").replace("%1", str(exc)))

    operation = Operation(window, "", work, on_done=done, on_error=failed, show_dialog=False)
    operation.start()
    return operation


def show_banner(window: MainWindow, report: CheckReport) -> CheckBanner:
    """Put the banner above the pages (the first time, the page stack moves into a column with it)."""
    old = getattr(window, "check_banner", None)
    if old is not None:
        old.deleteLater()
    banner = CheckBanner(report.findings)
    banner.report = report  # type: ignore[attr-defined]  # to say it again in another language
    column = window.findChild(QWidget, "page_column")
    if column is None:
        column = QWidget()
        column.setObjectName("page_column")
        layout = QVBoxLayout(column)
        layout.setSpacing(6)
        outer = window.centralWidget().layout()
        outer.replaceWidget(window.stack, column)
        margins = window.stack.contentsMargins()  # the column now keeps the page's distance from the edges
        layout.setContentsMargins(margins.left(), margins.top(), margins.right(), 0)
        window.stack.setContentsMargins(0, 0, 0, margins.bottom())
        layout.addWidget(window.stack, 1)
    column_layout = column.layout()
    assert isinstance(column_layout, QVBoxLayout)
    column_layout.insertWidget(0, banner)
    column.show()
    banner.show()
    banner.run_check.connect(lambda: window.check_data())
    banner.restore_backup.connect(lambda: window.restore_from_file())
    window.check_banner = banner  # type: ignore[attr-defined]
    return banner


def run_full_check(window: MainWindow) -> Operation:
    """The full check with progress and Cancel; its result in a dialog."""
    paths = window.ctx.store.paths

    def work(progress: Progress) -> CheckReport:
        shown = -1

        def step(done: int, total: int) -> None:
            nonlocal shown
            permille = 1000 if total <= 0 else min(1000, done * 1000 // total)
            if permille != shown or progress.cancelled:  # the signal takes ints: per mille, not bytes
                shown = permille
                progress.report(permille, 1000)

        return maintenance.check(paths, progress=step)

    def done(report: CheckReport) -> None:
        window.last_check = report  # type: ignore[attr-defined]
        banner = getattr(window, "check_banner", None)
        if banner is not None and not report.findings:
            banner.hide()
        dialog = CheckDialog(report, window)
        window.check_dialog = dialog  # type: ignore[attr-defined]
        dialog.accepted.connect(lambda: window.restore_from_file())
        dialog.open()

    operation = Operation(window, QCoreApplication.translate("Integrity", "Checking the data…"), work, on_done=done)
    operation.cancelled.connect(lambda: window.statusBar().showMessage(QCoreApplication.translate("Integrity", "The check was cancelled."), 5000))
    operation.start()
    return operation
