"""The data check in the window: the quick check at start and its banner, File → Check Data with
progress and Cancel, and a restore that the full check refuses."""

from __future__ import annotations

import sqlite3
import subprocess
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from ushiro_desk.services import maintenance
from ushiro_desk.storage import backups
from ushiro_desk.ui.integrity import run as integrity_run
from ushiro_desk.ui.integrity.banner import CheckBanner
from ushiro_desk.ui.integrity.dialog import CheckDialog


def damage(window) -> str:  # type: ignore[no-untyped-def]
    """An unknown trigger and a deleted receipt, as someone with a shell would leave them."""
    paths = window.ctx.store.paths
    conn = sqlite3.connect(paths.database)
    sha = conn.execute("SELECT sha256 FROM expense_receipt ORDER BY id LIMIT 1").fetchone()[0]
    conn.execute("CREATE TRIGGER helper AFTER INSERT ON expense BEGIN DELETE FROM bank_account; END")
    conn.commit()
    conn.close()
    (paths.files / sha[:2] / sha).unlink()
    return sha


def test_the_quick_check_at_start_shows_a_banner_and_holds_back_the_daily_backup(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    damage(main_window)
    backed_up: list[bool] = []
    main_window.take_daily_backup = lambda: backed_up.append(True)
    main_window.check_at_start()
    qtbot.waitUntil(lambda: getattr(main_window, "check_banner", None) is not None, timeout=20_000)
    banner = main_window.check_banner
    assert isinstance(banner, CheckBanner) and banner.isVisible()
    assert banner.details.text().splitlines() == [
        "Tables, indexes, triggers or views that Ushiro Desk did not make, which could change data behind your back: 1.",
        "Receipts missing from the files folder: 1.",
    ]
    assert backed_up == []  # a database in doubt is not copied over the newest good backup
    # the pages are still there, below the banner
    assert main_window.stack.isVisible() and main_window.stack.parentWidget().objectName() == "page_column"
    main_window.set_language("ja")  # the banner follows the language
    try:
        assert main_window.check_banner.details.text().splitlines()[1] == "files フォルダーに見つからない領収書：1 件。"
    finally:
        main_window.set_language("en")
    banner = main_window.check_banner
    assert banner.isVisible() and len(main_window.findChildren(CheckBanner)) >= 1
    offered: list[bool] = []
    main_window.restore_from_file = lambda: offered.append(True)  # instead of the file dialog
    qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)
    assert offered == [True]


def test_clean_data_shows_no_banner_and_takes_the_daily_backup(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    backed_up: list[bool] = []
    main_window.take_daily_backup = lambda: backed_up.append(True)
    main_window.check_at_start()
    qtbot.waitUntil(lambda: backed_up == [True], timeout=20_000)
    assert getattr(main_window, "check_banner", None) is None


def test_run_full_check_from_the_banner_lists_each_finding_in_the_dialog(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    sha = damage(main_window)
    main_window.check_at_start()
    qtbot.waitUntil(lambda: getattr(main_window, "check_banner", None) is not None, timeout=20_000)
    qtbot.mouseClick(main_window.check_banner.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(main_window, "check_dialog", None) is not None, timeout=30_000)
    dialog = main_window.check_dialog
    assert isinstance(dialog, CheckDialog) and dialog.isVisible()
    assert dialog.summary.text().startswith("The check found 2 problems of 2 kinds.")
    text = dialog.details.toPlainText()
    assert "Receipts missing from the files folder: 1." in text and sha in text and "trigger helper on expense" in text
    dialog.close()


def test_full_check_on_clean_data_says_so_and_counts_the_files(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.findChild(type(main_window.menuBar().actions()[0]), "check_data").trigger()
    qtbot.waitUntil(lambda: getattr(main_window, "check_dialog", None) is not None, timeout=30_000)
    dialog = main_window.check_dialog
    report = main_window.last_check
    assert report.findings == [] and report.files_checked > 0
    assert dialog.summary.text().startswith("No problems found")
    assert f"{report.files_checked:,} stored files" in dialog.summary.text()
    dialog.close()


def test_cancel_stops_the_full_check_without_a_result(qtbot, main_window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    started, go_on = threading.Event(), threading.Event()
    real = maintenance.check
    ran_on: list[bool] = []

    def held(paths, **kwargs):  # type: ignore[no-untyped-def]
        ran_on.append(threading.current_thread() is threading.main_thread())
        started.set()
        go_on.wait(20)
        return real(paths, **kwargs)

    monkeypatch.setattr(integrity_run.maintenance, "check", held)
    operation = integrity_run.run_full_check(main_window)
    assert started.wait(20)
    with qtbot.waitSignal(operation.cancelled, timeout=20_000):
        operation._dialog.findChild(QPushButton).click()  # the progress dialog's Cancel button
        go_on.set()
    assert ran_on == [False]  # off the GUI thread
    assert getattr(main_window, "check_dialog", None) is None
    assert main_window.statusBar().currentMessage() == "The check was cancelled."


def test_the_window_refuses_to_restore_a_backup_with_an_unknown_trigger(
    qtbot, main_window, tmp_path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    paths = main_window.ctx.store.paths
    offered = tmp_path / "offered.sqlite3"
    backups.copy_database(paths.database, offered)
    conn = sqlite3.connect(offered)
    conn.execute("CREATE TRIGGER helper AFTER UPDATE ON client BEGIN UPDATE client SET email = 'x@example.invalid'; END")
    conn.commit()
    conn.close()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    dump = lambda: subprocess.run(["sqlite3", str(paths.database), ".dump"], capture_output=True, check=True).stdout  # noqa: E731
    before = dump()
    assert main_window.restore(offered, confirm=False) is False
    assert len(warned) == 1 and "not made by Ushiro Desk's migrations" in warned[0]
    assert dump() == before
    assert backups.list_backups(paths.backups) == []  # not even the pre-restore backup was taken
