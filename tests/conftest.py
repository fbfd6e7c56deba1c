"""Shared fixtures. Every test gets its own data and settings dirs; nothing touches the home dir.

Tests that use `qtbot` (or the `main_window` fixture) are marked `gui` automatically.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from typing import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ushiro_desk.config import Preferences  # noqa: E402
from ushiro_desk.paths import DataPaths  # noqa: E402
from ushiro_desk.services.store import Store, open_store  # noqa: E402

# Sample data is generated as of a fixed day so tests do not depend on the calendar.
DEMO_TODAY = date(2026, 11, 20)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "main_window" in fixtures or "ui_ctx" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USHIRO_DESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("USHIRO_DESK_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    return DataPaths(tmp_path / "data")


def _close(store: Store) -> None:
    """Close a test's store once the background work of its pages (Today's occurrences) has ended,
    as the app does at quit: closing a connection under a running query crashes the interpreter."""
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(60_000)
    store.close()


@pytest.fixture
def store(paths: DataPaths) -> Iterator[Store]:
    """A fresh, migrated, empty store in a temp dir (a real SQLite file)."""
    opened = open_store(paths)
    yield opened
    _close(opened)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> DataPaths:
    """Sample data made once per session; copy it with `demo_store`."""
    from ushiro_desk.services import demo

    paths = DataPaths(tmp_path_factory.mktemp("demo-template") / "data")
    opened = open_store(paths)
    try:
        demo.fill(opened, years=2, today=DEMO_TODAY)
    finally:
        opened.close()
    return paths


@pytest.fixture
def demo_store(demo_template: DataPaths, paths: DataPaths) -> Iterator[Store]:
    """A store with the sample data (a copy of the session's template)."""
    import shutil

    from ushiro_desk.storage.backups import copy_database

    paths.ensure()
    copy_database(demo_template.database, paths.database)
    if demo_template.files.exists():
        shutil.copytree(demo_template.files, paths.files, dirs_exist_ok=True)
    opened = open_store(paths)
    yield opened
    _close(opened)


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(tmp_path / "config")


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["ushiro-desk-tests"]


@pytest.fixture
def ui_ctx(qapp, demo_store: Store, prefs: Preferences):  # type: ignore[no-untyped-def]
    """A UiContext on the sample data, with the app's font and (English) translations."""
    from ushiro_desk.ui.application import install_translators, register_fonts
    from ushiro_desk.ui.context import ChangeBus, UiContext

    register_fonts(qapp)
    prefs["language"] = "en"
    install_translators(qapp, "en")
    yield UiContext(store=demo_store, prefs=prefs, bus=ChangeBus())
    from PySide6.QtCore import QThreadPool

    # Background work a page started (the Today page extends occurrences) ends before the store closes:
    # a worker still writing to a closed connection crashed the test process.
    QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture
def main_window(qtbot, ui_ctx):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThreadPool

    from ushiro_desk.ui.main_window import MainWindow

    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    # Background work (occurrences, checks) ends before the store's connections close under it.
    QThreadPool.globalInstance().waitForDone(30_000)
