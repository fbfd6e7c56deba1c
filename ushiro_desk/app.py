"""The composition root: paths → lock and migrations → services → QApplication → main window.

The path to the first window is kept short: no SQLAlchemy, Alembic or `holidays` import unless a
migration is due, pages built on first visit, the daily backup after the window is shown.
"""

from __future__ import annotations

import argparse
import sys

from ushiro_desk.config import Preferences
from ushiro_desk.paths import DataPaths, config_dir, data_paths
from ushiro_desk.services.store import Store, open_store
from ushiro_desk.storage.errors import DatabaseCorrupt, DataInUse, ReadOnlyData, StorageError


def _open_or_recover(paths: DataPaths) -> Store | int:
    """Open the store, offering the newest good backup when the database is damaged; or return the
    exit code (0 when a running instance was asked to come forward). A read-only data folder opens
    read-only (viewing and exporting, with a banner)."""
    try:
        return open_store(paths)
    except ReadOnlyData as read_only:
        try:
            return open_store(paths, require_lock=False)
        except StorageError:
            return _recover(paths, read_only)
    except StorageError as first:
        return _recover(paths, first)


def _recover(paths: DataPaths, problem: StorageError) -> Store | int:
    from ushiro_desk.ui import startup

    if isinstance(problem, DataInUse):
        from ushiro_desk.ui.single_instance import ask_running_instance_to_show

        if ask_running_instance_to_show(paths.root):
            return 0
        startup.show_fatal(problem)
        return 1
    if isinstance(problem, DatabaseCorrupt):
        from ushiro_desk.services import maintenance
        from ushiro_desk.storage import backups
        from ushiro_desk.storage.instance_lock import InstanceLock

        candidate = backups.newest_good_backup(paths)
        if not startup.offer_restore(problem, candidate):  # with no candidate it only explains
            return 1
        assert candidate is not None
        try:
            with InstanceLock(paths.lock):
                maintenance.restore(paths, candidate.path)  # refused, and nothing changed, if it fails the full check
            return open_store(paths)
        except StorageError as refused:
            startup.show_fatal(refused)
            return 1
    startup.show_fatal(problem)
    return 1


AFTER_SHOWN_MS = 300


def run_gui(args: argparse.Namespace, qt_args: list[str]) -> int:
    from PySide6.QtCore import QTimer

    from ushiro_desk.ui.application import create_application

    prefs = Preferences(config_dir(getattr(args, "config_dir", None)))
    paths = data_paths(getattr(args, "data_dir", None), prefs["data_dir"])
    app = create_application([sys.argv[0], *qt_args], prefs)
    store = _open_or_recover(paths)
    if isinstance(store, int):
        return store
    try:
        if store.is_empty() and not args.self_test and not store.read_only:
            from ushiro_desk.services.sample_data import fill_aside
            from ushiro_desk.ui.startup import ask_sample_data

            choice = ask_sample_data()
            if choice is None:
                return 0
            if choice:
                fill_aside(store, years=2)

        from ushiro_desk.ui.context import ChangeBus, UiContext
        from ushiro_desk.ui.main_window import MainWindow

        ctx = UiContext(store=store, prefs=prefs, bus=ChangeBus())
        window = MainWindow(ctx)
        window.show()

        def after_shown() -> None:
            from ushiro_desk.services import leftovers
            from ushiro_desk.ui.single_instance import InstanceServer

            server = InstanceServer(paths.root, window)
            server.show_requested.connect(window.bring_forward)
            from ushiro_desk.ui.fault_text import install_fault_hook

            install_fault_hook(window)
            window.report_start()
            window.check_at_start()  # the quick check, then the daily backup
            leftovers.sweep(store)  # temporary files of interrupted exports

        # Not needed for the first screen: listen for later starts, check the data, take the daily backup.
        QTimer.singleShot(AFTER_SHOWN_MS, after_shown)
        if args.self_test:
            QTimer.singleShot(0, lambda: _end_self_test(window))
        return app.exec()
    finally:
        from PySide6.QtCore import QThreadPool

        # Background work (occurrences, backup) finishes before the database closes.
        QThreadPool.globalInstance().waitForDone(10_000)
        store.close()


def _end_self_test(window) -> None:  # type: ignore[no-untyped-def]
    """`--self-test`: the window was shown; say so (packaging smoke test, startup benchmark) and close."""
    print("self-test: main window shown", flush=True)
    window.close()

