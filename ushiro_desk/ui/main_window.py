"""The main window: a sidebar of pages, a status bar, the menus and the shortcuts.

It is built on the way to the first window, so what only the menus' actions need (dialogs, restore)
is imported when an action runs.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ushiro_desk.services.changes import EVERYTHING, Changes
from ushiro_desk.storage.errors import StorageError
from ushiro_desk.ui.application import install_translators
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.pages import PAGES, PageSpec
from ushiro_desk.ui.pages.base import Page

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("MainWindow")
        self.setMinimumSize(QSize(760, 520))
        self.pages: dict[str, Page] = {}
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { padding-top: 8px; outline: 0; }"
            "QListWidget#sidebar::item { padding: 9px 14px; border-radius: 4px; margin: 1px 6px; }"
            "QListWidget#sidebar::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        )
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sidebar.setFont(font)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        self.stack.setContentsMargins(12, 8, 12, 4)
        self.read_only_banner = self._read_only_banner() if getattr(ctx.store, "read_only", False) else None
        if self.read_only_banner is not None:
            from PySide6.QtWidgets import QVBoxLayout

            right = QWidget()
            column = QVBoxLayout(right)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(self.read_only_banner)
            column.addWidget(self.stack, 1)
            layout.addWidget(right, 1)
        else:
            layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._badges: dict[str, int] = {}
        self._page_actions: list[QAction] = []
        self._build()
        self.sidebar.currentRowChanged.connect(self._show_row)
        self._restore_geometry()
        start = ctx.prefs["last_page"]
        self.show_page(start if any(p.key == start for p in PAGES) else "today")

    def _read_only_banner(self) -> QWidget:
        """The data folder cannot be written: say so above every page (viewing and exporting still work)."""
        from PySide6.QtWidgets import QLabel

        banner = QLabel()
        banner.setObjectName("read_only_banner")
        banner.setWordWrap(True)
        banner.setStyleSheet("QLabel#read_only_banner { background: #fff3cd; color: #664d03; padding: 8px 14px;"
                             " border-bottom: 1px solid #e0c36a; }")
        return banner

    def _banner_text(self) -> None:
        if self.read_only_banner is not None:
            self.read_only_banner.setText(self.tr(
                "Read-only: the data folder %1 cannot be written, so you can view and export but not change "
                "anything. Make the folder writable and start Ushiro Desk again to work normally."
            ).replace("%1", str(self.ctx.store.paths.root)))

    def report_start(self) -> None:
        """After the first paint: remove what a killed run left in the data folder and say how much that
        freed; say when the settings file could not be used."""
        from ushiro_desk.services.store import sweep_leftovers

        messages = []
        if self.ctx.prefs.problem:
            messages.append(self.tr("The settings file could not be used; the default settings apply."))
        swept = sweep_leftovers(self.ctx.store.paths)
        if swept.count:
            size = f"{swept.bytes / 1024 / 1024:.1f} MB" if swept.bytes >= 1024 * 1024 else f"{max(swept.bytes // 1024, 1)} KB"
            messages.append(self.tr("Removed %1 temporary files left by an interrupted run (%2).")
                            .replace("%1", str(swept.count)).replace("%2", size))
        if messages:
            self.statusBar().showMessage(" ".join(messages), 15000)

    # -- building (again after a language switch) ------------------------------------------------

    def _titles(self) -> dict[str, str]:
        return {
            "today": self.tr("Today"),
            "chores": self.tr("Chores"),
            "invoices": self.tr("Invoices"),
            "expenses": self.tr("Expenses"),
            "clients": self.tr("Clients"),
            "handoff": self.tr("Handoff"),
            "reports": self.tr("Reports"),
            "bank": self.tr("Money In"),
            "settings": self.tr("Settings"),
        }

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Ushiro Desk"))
        self._banner_text()
        titles = self._titles()
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        for spec in PAGES:
            item = QListWidgetItem(titles[spec.key])  # row n is PAGES[n]
            item.setToolTip(QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText))
            self.sidebar.addItem(item)
        self.sidebar.blockSignals(False)
        self._refresh_badges()
        self._build_menus(titles)
        # The backup line needs the backup folder listed: not for the first screen.
        QTimer.singleShot(0, self._update_status)

    def _build_menus(self, titles: dict[str, str]) -> None:
        bar = self.menuBar()
        bar.clear()
        self._page_actions.clear()
        # setShortcuts, not setShortcut: the latter's overload for a `Qt.Key` makes PySide build the
        # whole `Qt` namespace (about 12 ms) while the first window is built. For a standard key it is
        # also the right call: it takes every binding the platform has for it.
        file_menu = bar.addMenu(self.tr("&File"))
        backup_now = file_menu.addAction(self.tr("&Back Up Now"))
        backup_now.setObjectName("backup_now")
        backup_now.setShortcuts([QKeySequence("Ctrl+Shift+B")])
        backup_now.triggered.connect(self.backup_now)
        backup_to = file_menu.addAction(self.tr("Back Up &To File…"))
        backup_to.triggered.connect(self.backup_to_file)
        restore = file_menu.addAction(self.tr("&Restore From Backup…"))
        restore.setObjectName("restore")
        restore.triggered.connect(self.restore_from_file)
        check = file_menu.addAction(self.tr("&Check Data…"))
        check.setObjectName("check_data")
        check.triggered.connect(self.check_data)
        file_menu.addSeparator()
        new_folder = file_menu.addAction(self.tr("&New Data Folder…"))
        new_folder.setObjectName("new_data_folder")
        new_folder.triggered.connect(lambda: self.choose_data_folder("new"))
        open_folder = file_menu.addAction(self.tr("&Open Data Folder…"))
        open_folder.setObjectName("open_data_folder")
        open_folder.triggered.connect(lambda: self.choose_data_folder("open"))
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        go_menu = bar.addMenu(self.tr("&Go"))
        for spec in PAGES:
            action = go_menu.addAction(titles[spec.key])
            action.setShortcuts([QKeySequence(spec.shortcut)])
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            self._page_actions.append(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        guide = help_menu.addAction(self.tr("&User Guide"))
        guide.setObjectName("user_guide")
        guide.setShortcuts([QKeySequence("F1")])
        guide.triggered.connect(self.show_guide)
        checklist = help_menu.addAction(self.tr("&Setup Checklist"))
        checklist.setObjectName("setup_checklist")
        checklist.triggered.connect(self.show_setup_checklist)
        help_menu.addSeparator()
        about = help_menu.addAction(self.tr("&About Ushiro Desk"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.about)

    def set_language(self, preference: str) -> None:
        """Reload the translators and rebuild every page in the new language."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_translators(app, preference)
        current = self.current_key()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._build()
        self.show_page(current)
        banner = getattr(self, "check_banner", None)
        if banner is not None and banner.isVisible():
            from ushiro_desk.ui.integrity.run import show_banner

            show_banner(self, banner.report)

    # -- pages -----------------------------------------------------------------------------------

    def _spec(self, key: str) -> PageSpec:
        return next(spec for spec in PAGES if spec.key == key)

    def page(self, key: str) -> Page:
        """The page for `key`, built on first use."""
        page = self.pages.get(key)
        if page is None:
            spec = self._spec(key)
            cls = getattr(importlib.import_module(spec.module), spec.cls)
            page = cls(self.ctx)
            page.setObjectName(f"page:{key}")
            page.badge_changed.connect(lambda count, k=key: self._set_badge(k, count))
            page.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
            self.pages[key] = page
            self.stack.addWidget(page)
            self._set_badge(key, page.badge())
        return page

    def go_to(self, target: str) -> QWidget | None:
        """Show the page of `target` (`page/place`, see `ui.setup.navigation`) and focus the place."""
        from ushiro_desk.ui.setup.navigation import focus

        key, _, place = target.partition("/")
        self.show_page(key)
        return focus(self.page(key), place) if place else None

    def current_key(self) -> str:
        row = self.sidebar.currentRow()
        return PAGES[row].key if row >= 0 else "today"

    def show_page(self, key: str) -> None:
        row = [spec.key for spec in PAGES].index(key)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # calls _show_row
        else:
            self._show_row(row)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row].key
        self.stack.setCurrentWidget(self.page(key))
        self.ctx.prefs["last_page"] = key

    def _set_badge(self, key: str, count: int) -> None:
        self._badges[key] = count
        self._refresh_badges()

    def _refresh_badges(self) -> None:
        titles = self._titles()
        for row, spec in enumerate(PAGES):
            item = self.sidebar.item(row)
            if item is None:
                continue
            count = self._badges.get(spec.key, 0)
            item.setText(f"{titles[spec.key]}  ({count})" if count else titles[spec.key])

    def badge(self, key: str) -> int:
        return self._badges.get(key, 0)

    # -- status and backups ----------------------------------------------------------------------

    def _update_status(self) -> None:
        from ushiro_desk.storage import backups

        found = backups.list_backups(self.ctx.store.paths.backups)
        last = found[0].taken_at.strftime("%Y-%m-%d %H:%M") if found else self.tr("never")
        self.statusBar().showMessage(
            self.tr("Data: %1 — last backup: %2").replace("%1", str(self.ctx.store.paths.root)).replace("%2", last)
        )

    def _backups_changed(self) -> None:
        """A backup changes no records: only the status line and the backup list (Reports) need to know."""
        self._update_status()
        reports = self.pages.get("reports")
        if reports is not None:
            reports.reload()

    def take_daily_backup(self) -> None:
        """The automatic backup, once a day, off the GUI thread; the status line follows. The app
        waits for it at quit, so it is never cut off half-way. A read-only data folder takes none."""
        from ushiro_desk.services.store import auto_backup
        from ushiro_desk.ui.operations import Operation

        if getattr(self.ctx.store, "read_only", False):
            return
        store = self.ctx.store

        def work(_progress):  # type: ignore[no-untyped-def]
            return auto_backup(store)

        def done(taken: object) -> None:
            if taken:
                self._backups_changed()

        def failed(exc: BaseException) -> None:  # a failed daily backup must not stop the day's work
            self.statusBar().showMessage(self.tr("Automatic backup failed: %1").replace("%1", str(exc)))

        Operation(self, "", work, on_done=done, on_error=failed, show_dialog=False).start()

    def check_at_start(self) -> None:
        """The quick check in the background after the first paint, then the daily backup (skipped
        when the database itself is in doubt); a banner says what the check found."""
        from ushiro_desk.ui.integrity.run import start_quick_check

        start_quick_check(self, then=self.take_daily_backup)

    def check_data(self) -> None:
        """File → Check Data: the full check off the GUI thread, with progress and Cancel."""
        from ushiro_desk.ui.integrity.run import run_full_check

        run_full_check(self)

    def backup_now(self) -> Path | None:
        from PySide6.QtWidgets import QMessageBox

        from ushiro_desk.storage import backups

        from ushiro_desk.ui.fault_text import fault_text

        try:
            target = backups.make_backup(self.ctx.store.paths, "manual")
            backups.rotate(self.ctx.store.paths)
        except (StorageError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), fault_text(exc))
            return None
        self._backups_changed()
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(target)), 8000)
        return target

    def backup_to_file(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ushiro_desk.storage import backups

        from ushiro_desk.ui.widgets import files

        name = files.save_file(
            self, self.ctx.prefs, "backups", self.tr("Back Up To File"), "ushiro-backup.sqlite3", self.tr("Ushiro Desk backup (*.sqlite3)")
        )
        if not name:
            return
        from ushiro_desk.outputs import OutputRefused
        from ushiro_desk.ui.fault_text import fault_text

        try:  # the save dialog asked before replacing an existing file; never one in the data folder
            backups.backup_to(self.ctx.store.paths, Path(name), overwrite=True)
        except (StorageError, OSError, OutputRefused) as exc:
            QMessageBox.warning(self, self.tr("Backup failed"), fault_text(exc))
            return
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", name), 8000)

    def restore_from_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.ctx.store.paths.backups)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore From Backup"), start, self.tr("Ushiro Desk backup (*.sqlite3)")
        )
        if name:
            self.restore(Path(name))

    def restore(self, source: Path, *, confirm: bool = True) -> bool:
        """Check `source`, keep the current database as a backup, replace it and reload every page."""
        from PySide6.QtWidgets import QMessageBox

        from ushiro_desk.services import maintenance

        try:
            info = maintenance.verify_backup(self.ctx.store.paths, source)  # the full check, before anything changes
        except StorageError as exc:
            QMessageBox.warning(
                self, self.tr("Cannot restore"), self.tr("This file cannot be restored: %1").replace("%1", str(exc))
            )
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore"),
                self.tr(
                    "Replace the current data with this backup (%1 records)? The current data is kept as a backup first."
                ).replace("%1", str(sum(info.counts.values()))),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)  # no background work may hold a connection we close
        self.ctx.store.db.close()
        try:
            maintenance.restore(self.ctx.store.paths, source, verified=True)
        except (StorageError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Cannot restore"), str(exc))
            return False
        self.ctx.bus.announce(Changes.of(*EVERYTHING))
        self._update_status()
        self.statusBar().showMessage(self.tr("Restored %1").replace("%1", source.name), 8000)
        return True

    # -- window ----------------------------------------------------------------------------------

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ushiro_desk import __version__

        QMessageBox.about(
            self,
            self.tr("About Ushiro Desk"),
            self.tr("Ushiro Desk %1\nThe back office of a one-person company, fully offline.").replace(
                "%1", __version__
            ),
        )

    def show_guide(self) -> QWidget:
        from ushiro_desk.ui.application import effective_language
        from ushiro_desk.ui.setup.guide import GuideDialog

        dialog = GuideDialog(effective_language(self.ctx.prefs["language"]), self)
        dialog.show()
        return dialog

    def show_setup_checklist(self) -> None:
        self.show_page("today")
        today = self.page("today")
        today.add_sections()  # type: ignore[attr-defined]
        today.setup_checklist.show_again()  # type: ignore[attr-defined]

    def choose_data_folder(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ushiro_desk.ui.setup import data_folder

        title = self.tr("New Data Folder") if kind == data_folder.NEW else self.tr("Open Data Folder")
        name = QFileDialog.getExistingDirectory(self, title, str(self.ctx.store.paths.root.parent))
        if name:
            self.switch_data_folder(kind, Path(name))

    def switch_data_folder(self, kind: str, folder: Path) -> bool:
        """Check the folder, then (after a yes) remember it and start again on it."""
        from PySide6.QtWidgets import QMessageBox

        from ushiro_desk.ui.setup import data_folder

        problem = data_folder.problem(kind, folder, self.ctx.store.paths)
        if problem is not None:
            QMessageBox.warning(self, self.tr("Cannot use this folder"), problem)
            return False
        text = self.tr(
            "Ushiro Desk will start again on %1 and use it from now on. The current data stays where it is, "
            "in %2; Open Data Folder… brings it back."
        ).replace("%1", str(folder)).replace("%2", str(self.ctx.store.paths.root))
        if not data_folder.ask(self, self.tr("Change data folder"), text):
            return False
        if not data_folder.remember_and_restart(self.ctx.prefs, folder):
            QMessageBox.warning(self, self.tr("Cannot use this folder"), self.tr("Ushiro Desk could not be started again."))
            return False
        self.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return True

    def bring_forward(self) -> None:
        from PySide6.QtCore import Qt  # not at the top: no `Qt.…` before the window shows (README)

        self.setWindowState((self.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()

    def _restore_geometry(self) -> None:
        geometry = self.ctx.prefs["window_geometry"]
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        else:
            self.resize(1180, 760)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.ctx.prefs["window_geometry"] = bytes(self.saveGeometry().toBase64().data()).decode()
        self.ctx.prefs.save()
        super().closeEvent(event)
