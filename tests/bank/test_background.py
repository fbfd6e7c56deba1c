"""The import runs off the GUI thread with progress and Cancel; cancelled (or stopped at any step), it
stores nothing."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.bank.conftest import ACCOUNT
from tests.bank.files import sbi_csv
from ushiro_desk.services.bank import imports
from ushiro_desk.services.store import Store
from ushiro_desk.storage import bank_repo
from ushiro_desk.ui.bank.import_dialog import ImportDialog

TODAY = date(2026, 11, 20)
SHOTS = Path("/tmp/shots-i18more")


def _dump(store: Store) -> str:
    with sqlite3.connect(store.db.path) as conn:
        return "\n".join(line for line in conn.iterdump()
                         if line.startswith(("INSERT INTO \"statement", "INSERT INTO \"expense\"", "INSERT INTO \"file")))


class Stop(Exception):
    pass


@pytest.mark.parametrize("step", [1, 2, 3, 4])
def test_an_import_stopped_at_any_step_stores_nothing(owner: Store, tmp_path: Path, step: int) -> None:
    statement = tmp_path / "sbi.csv"
    statement.write_bytes(sbi_csv([(date(2026, 11, 2), 12_000, "振込 ﾃｽﾄ"), (date(2026, 11, 3), -500, "ｽﾀ-ﾊﾞﾂｸｽ")]))
    before = _dump(owner)
    seen: list[tuple[int, int]] = []

    def report(done: int, total: int) -> None:
        seen.append((done, total))
        if done == step:
            raise Stop()

    with pytest.raises(Stop):
        imports.apply(owner, statement, ACCOUNT, today=TODAY, report=report)
    assert _dump(owner) == before
    assert seen[-1] == (step, imports.STEPS)
    result, _ = imports.apply(owner, statement, ACCOUNT, today=TODAY)  # and then it imports as usual
    assert result.added == 2


def _wait_in_add_lines(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    entered, release = threading.Event(), threading.Event()
    real = bank_repo.add_lines

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        entered.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(bank_repo, "add_lines", slow)
    return entered, release


def _dialog(qtbot, ui_ctx, tmp_path: Path) -> ImportDialog:  # type: ignore[no-untyped-def]
    statement = tmp_path / "sbi.csv"
    statement.write_bytes(sbi_csv([(date(2026, 11, d), 1_000 * d, f"振込 ﾃｽﾄ{d}") for d in range(2, 20)]))
    dialog = ImportDialog(ui_ctx, TODAY)
    qtbot.addWidget(dialog)
    dialog.account.setCurrentIndex(dialog.account.findData(ACCOUNT))
    dialog.open_file(statement)
    assert dialog.apply_button.isEnabled()
    dialog.show()
    return dialog


def test_the_import_runs_in_the_background_and_cancel_stores_nothing(qtbot, ui_ctx, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, ui_ctx, tmp_path)
    before = _dump(ui_ctx.store)
    entered, release = _wait_in_add_lines(monkeypatch)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert entered.wait(10)  # the worker is inside the import while the GUI thread is free
    operation = dialog.operation
    assert operation is not None and operation.running and not dialog.apply_button.isEnabled()
    progress = operation._dialog
    assert progress is not None
    progress.show()
    qtbot.waitUntil(lambda: progress.value() >= 1)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "import-running.png"))
    progress.grab().save(str(SHOTS / "import-progress.png"))
    progress.canceled.emit()  # what the Cancel button sends
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)
    assert dialog.summary.text() == "The import was cancelled; nothing was stored."
    assert dialog.apply_button.isEnabled() and dialog.isVisible()
    assert _dump(ui_ctx.store) == before


def test_the_import_finishes_in_the_background(qtbot, ui_ctx, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, ui_ctx, tmp_path)
    entered, release = _wait_in_add_lines(monkeypatch)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
        assert entered.wait(10)
        release.set()
    assert dialog.result_text == "Imported 18 lines; 0 debits became expense drafts."
    with sqlite3.connect(ui_ctx.store.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM statement_line WHERE description LIKE '振込 ﾃｽﾄ%'").fetchone()[0] == 18
