"""The window's side of safety: a read-only data folder opens with a banner, leftovers and an unusable
settings file are reported in the status bar, save targets inside the data folder are refused with a
sentence, and odd digits typed into the expense editor are no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.safety.conftest import leftovers, read_only
from ushiro_desk.config import Preferences
from ushiro_desk.paths import DataPaths


def _ctx(store, prefs: Preferences):  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.context import ChangeBus, UiContext

    return UiContext(store=store, prefs=prefs, bus=ChangeBus())


def test_a_read_only_data_folder_opens_for_viewing_with_a_banner(
    qtbot, qapp, sample: DataPaths, prefs: Preferences, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from ushiro_desk.app import _open_or_recover
    from ushiro_desk.services import expenses
    from ushiro_desk.domain.expenses.search import ExpenseQuery
    from ushiro_desk.ui.main_window import MainWindow

    with read_only(sample.root, monkeypatch):
        store = _open_or_recover(sample)
        assert not isinstance(store, int) and store.read_only and not store.writable
        try:
            window = MainWindow(_ctx(store, prefs))
            qtbot.addWidget(window)
            window.show()
            assert window.read_only_banner is not None and window.read_only_banner.isVisible()
            assert "Read-only" in window.read_only_banner.text() and str(sample.root) in window.read_only_banner.text()
            window.show_page("expenses")
            assert expenses.search(store, ExpenseQuery())  # viewing works
            window.take_daily_backup()  # none on a read-only folder
            assert not list(sample.backups.iterdir())
            window.close()
        finally:
            store.close()


def test_the_window_reports_swept_leftovers_and_an_unusable_settings_file(
    qtbot, ui_ctx, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    from ushiro_desk.ui.main_window import MainWindow

    dead = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout)
    paths = ui_ctx.store.paths
    (paths.backups / f".ushiro-x.sqlite3.ushiro-partial-{dead}-0a0b0c0d").write_bytes(b"x" * 4096)
    config = tmp_path / "broken-config"
    (config / "settings.json").mkdir(parents=True)
    window = MainWindow(_ctx(ui_ctx.store, Preferences(config)))
    qtbot.addWidget(window)
    window.report_start()
    message = window.statusBar().currentMessage()
    assert "Removed 1 temporary files left by an interrupted run (4 KB)" in message
    assert "settings file could not be used" in message
    assert not leftovers(paths.root)


def test_save_targets_in_the_data_folder_are_refused_with_a_sentence(
    qtbot, ui_ctx, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ushiro_desk.ui.chores.page import ChoresPage
    from ushiro_desk.ui.expenses.export_dialog import ExportDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    root = ui_ctx.store.paths.root
    page = ChoresPage(ui_ctx)
    qtbot.addWidget(page)
    assert page.export_ics(root / "ushiro.sqlite3", replace=True) is None
    assert shown and "inside the data folder" in shown[0]

    dialog = ExportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.out.setText(str(root / "expenses.csv"))
    assert dialog.start() is False
    assert "inside the data folder" in dialog.message.text()
    assert not (root / "expenses.csv").exists()


def test_an_existing_export_target_is_replaced_only_after_a_yes(
    qtbot, ui_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ushiro_desk.ui.expenses.export_dialog import ExportDialog

    target = tmp_path / "mine.csv"
    target.write_bytes(b"keep me")
    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    dialog = ExportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.out.setText(str(target))
    assert dialog.start() is False and target.read_bytes() == b"keep me"
    answers.append(QMessageBox.StandardButton.Yes)
    assert dialog.start() is True
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert target.read_bytes() != b"keep me"


def test_superscript_digits_in_the_expense_editor_are_no_traceback(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.expenses.editor import ExpenseEditor

    editor = ExpenseEditor(ui_ctx)
    qtbot.addWidget(editor)
    editor.amount.setText("12000")
    editor.account.setCurrentIndex(editor.account.findText("会議費"))
    for typed in ("²", "٣", "３", "²³⁴⁵⁶⁷"):
        editor.attendee_count.setText(typed)  # the meal hint reads the count as it is typed
    editor.attendee_count.setText("３")
    assert "¥4,000 per person" in editor.meal_hint.text()


def test_a_fault_reaching_the_event_loop_is_a_dialog_and_a_bug_is_not_hidden(
    qtbot, ui_ctx, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    import errno

    from PySide6.QtWidgets import QMessageBox, QWidget

    from ushiro_desk.ui.fault_text import install_fault_hook

    shown: list[str] = []
    passed_on: list[BaseException] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: passed_on.append(exc))
    window = QWidget()
    qtbot.addWidget(window)
    install_fault_hook(window)
    full = OSError(errno.ENOSPC, "No space left on device", "/media/usb/x.csv")
    sys.excepthook(OSError, full, None)
    bug = KeyError("a bug")
    sys.excepthook(KeyError, bug, None)
    assert shown == ["The disk is full. Free some space and try again; nothing was changed."]
    assert passed_on == [bug]
