"""Light and dark themes: a chosen theme changes the palette, and going back to light restores the
style's own palette."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication


def window_lightness() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_then_light_switches_the_palette_both_ways(qapp) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.application import apply_theme

    try:
        apply_theme("dark")
        assert window_lightness() < 80
        assert QApplication.palette().color(QPalette.ColorRole.Text).lightness() > 180
        apply_theme("light")
        assert window_lightness() > 180
        assert QApplication.palette() == qapp.style().standardPalette()
    finally:
        apply_theme("light")


def test_the_sidebar_follows_a_switch_back_to_light(main_window) -> None:  # type: ignore[no-untyped-def]
    """The sidebar has a style sheet, which pins the palette it was polished with."""
    from ushiro_desk.ui.application import apply_theme

    def sidebar_lightness() -> int:
        return main_window.sidebar.palette().color(QPalette.ColorRole.Base).lightness()

    try:
        apply_theme("dark")
        assert sidebar_lightness() < 80
        apply_theme("light")
        assert sidebar_lightness() > 180
    finally:
        apply_theme("light")
