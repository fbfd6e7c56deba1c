"""The QApplication: bundled font, translators, theme."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSize, QTranslator
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ushiro_desk.config import Preferences
from ushiro_desk.paths import resources_dir

JAPANESE_FONT = "IPAexGothic"
APP_ID = "jp.ushirodesk.UshiroDesk"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # resources/icons/hicolor/<n>x<n>/apps/
STYLE = "Fusion"  # the same look, and a dark palette that works, on every platform
_installed: list[QTranslator] = []


def register_fonts(app: QApplication, *, system_has_japanese: bool | None = None) -> bool:
    """Make sure Japanese renders: when the system has no Japanese font, register the bundled
    IPAexGothic. Either way it is put behind the system font, so Latin text keeps the platform's look
    and a system Japanese font (Yu Gothic, Hiragino, Noto Sans CJK…) is used where there is one.
    Returns whether the bundled font was registered. (Registering parses a 4 MB file: a few
    milliseconds at every start that a machine with Japanese fonts need not pay.)"""
    if system_has_japanese is None:
        system_has_japanese = bool(QFontDatabase.families(QFontDatabase.WritingSystem.Japanese))
    registered = False
    if not system_has_japanese:
        registered = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "ipaexg.ttf")) != -1
    font = app.font()
    families = [f for f in font.families() if f != JAPANESE_FONT] or [font.family()]
    font.setFamilies([*families, JAPANESE_FONT])
    app.setFont(font)
    return registered


def app_icon() -> QIcon:
    """The app icon in every rendered size (resources/icons/hicolor, made by packaging/make_icons.py).
    Giving each file's size spares reading the files until a size is drawn."""
    icon = QIcon()
    folder = resources_dir() / "icons" / "hicolor"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"{size}x{size}" / "apps" / f"{APP_ID}.png"), QSize(size, size))
    return icon


def effective_language(preference: str) -> str:
    """'ja' or 'en': the setting, or the system locale when the setting is 'auto'."""
    if preference in ("ja", "en"):
        return preference
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def install_translators(app: QApplication, preference: str) -> str:
    """Load the app's catalogues and Qt's own for the language; return the language used.
    English is the source language, so it needs no catalogue."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = effective_language(preference)
    if language != "en":
        candidates = [
            *sorted((resources_dir() / "i18n").glob(f"*_{language}.qm")),
            Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{language}.qm",
        ]
        for path in candidates:
            translator = QTranslator(app)
            if path.is_file() and translator.load(str(path)):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if language == "ja" else QLocale.Language.English))
    return language


def dark_palette() -> QPalette:
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f2023",
        QPalette.ColorRole.AlternateBase: "#2f3136",
        QPalette.ColorRole.ToolTipBase: "#3a3c40",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#35373b",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Link: "#6cb4ff",
        QPalette.ColorRole.Highlight: "#2f6fb3",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#8a8d93",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7d82"))
    return palette


_theme_preference = "system"


def is_dark(palette: QPalette) -> bool:
    return palette.window().color().lightness() < 128


def apply_theme(preference: str) -> None:
    """Follow the system's light/dark scheme unless the user chose one.

    A chosen scheme is requested from the platform. Then the app starts from the palette Qt derives
    from the system (and the request), and when that is dark, our dark palette replaces it: not every
    platform theme has a dark palette of its own.

    With "system", whether the system is dark is read off that palette rather than asked with
    `QStyleHints.colorScheme()`: the answer is a `Qt.ColorScheme`, and PySide builds the Python enums
    of the whole `Qt` namespace for it (about 12 ms at every start)."""
    global _theme_preference
    _theme_preference = preference
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = QGuiApplication.styleHints()
    if preference in ("dark", "light"):
        from PySide6.QtCore import Qt

        hints.setColorScheme(Qt.ColorScheme.Dark if preference == "dark" else Qt.ColorScheme.Light)
    else:
        hints.unsetColorScheme()
    app.setPalette(QPalette())  # back to the system's palette
    if preference == "dark" or (preference == "system" and is_dark(app.palette())):
        app.setPalette(dark_palette())
    for widget in app.allWidgets():  # (none yet at start)
        if widget.styleSheet():  # its style sheet pinned the palette it had when it was polished
            widget.style().unpolish(widget)
            widget.style().polish(widget)


def _system_scheme_changed() -> None:
    if _theme_preference == "system":
        apply_theme("system")


def create_application(argv: list[str], prefs: Preferences) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # The style as a start argument: setStyle() afterwards would build the platform's default
        # style first and then look through the style plugins (about 5 ms at every start).
        app = QApplication([*argv[:1], "-style", STYLE, *argv[1:]])
    elif app.style().name().lower() != STYLE.lower():
        app.setStyle(STYLE)
    assert isinstance(app, QApplication)
    app.setApplicationName("Ushiro Desk")
    app.setOrganizationName("UshiroDesk")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    register_fonts(app)
    install_translators(app, prefs["language"])
    apply_theme(prefs["theme"])
    QGuiApplication.styleHints().colorSchemeChanged.connect(_system_scheme_changed)
    return app
