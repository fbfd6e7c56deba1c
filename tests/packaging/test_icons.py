"""The app icon exists in the standard freedesktop sizes, in the Windows and macOS formats, and is
the window icon."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
APP_ID = "jp.ushirodesk.UshiroDesk"
STANDARD_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


@pytest.mark.parametrize("size", STANDARD_SIZES)
def test_each_standard_size_is_rendered(size: int) -> None:
    image = QImage(str(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert image.size() == QSize(size, size)
    assert image.hasAlphaChannel()
    corner, centre = image.pixelColor(0, 0), image.pixelColor(size // 2, size // 2)
    assert corner.alpha() == 0 and centre.alpha() == 255  # a rounded square on a transparent ground


def test_the_window_icon_offers_every_standard_size(qapp) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.application import app_icon

    icon = app_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(STANDARD_SIZES)
    assert not icon.pixmap(QSize(48, 48)).isNull()


def test_the_scalable_icon_is_the_source() -> None:
    svg = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert QImageReader(str(svg)).size() == QSize(512, 512)


@pytest.mark.parametrize(("name", "sizes"), [("ushiro-desk.ico", {16, 32, 48, 256}), ("ushiro-desk.icns", {16, 32, 128, 512})])
def test_windows_and_macos_icons_hold_the_sizes_they_need(qapp, name: str, sizes: set[int]) -> None:  # type: ignore[no-untyped-def]
    reader = QImageReader(str(ICONS / name))
    found = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        found.add(reader.read().width())
    assert sizes <= found


def test_the_window_icon_offers_every_size(qapp) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.application import app_icon

    icon = app_icon()
    assert {size.width() for size in icon.availableSizes()} == set(STANDARD_SIZES)
    assert not icon.pixmap(QSize(32, 32)).isNull()
