"""Fixtures for the first-run setup: the main window on an empty store, in Japanese, at the default size."""

from __future__ import annotations

import pytest


@pytest.fixture
def empty_window(qtbot, qapp, store, prefs):  # type: ignore[no-untyped-def]
    """The main window after 「空の状態で始める」: an empty store, Japanese, 1180×760."""
    from ushiro_desk.ui.application import install_translators, register_fonts
    from ushiro_desk.ui.context import ChangeBus, UiContext
    from ushiro_desk.ui.main_window import MainWindow

    register_fonts(qapp)
    prefs["language"] = "ja"
    install_translators(qapp, "ja")
    window = MainWindow(UiContext(store=store, prefs=prefs, bus=ChangeBus()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    today = window.pages["today"]
    qtbot.waitUntil(lambda: today.sections_loaded)
    yield window
    install_translators(qapp, "en")
