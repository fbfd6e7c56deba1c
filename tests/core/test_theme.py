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
