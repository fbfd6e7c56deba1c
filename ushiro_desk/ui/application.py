"""The QApplication: bundled font, translators, theme."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from ushiro_desk.config import Preferences
from ushiro_desk.paths import resources_dir

JAPANESE_FONT = "IPAexGothic"
_installed: list[QTranslator] = []


def register_fonts(app: QApplication) -> None:
    """Register the bundled IPAexGothic and put it behind the system font, so Japanese renders even on
    a machine without Japanese fonts while Latin text keeps the platform's look."""
    QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "ipaexg.ttf"))
    font = app.font()
    families = [f for f in font.families() if f != JAPANESE_FONT] or [font.family()]
    font.setFamilies([*families, JAPANESE_FONT])
    app.setFont(font)


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


def apply_theme(preference: str) -> None:
    """Follow the system's light/dark scheme unless the user chose one."""
    hints = QGuiApplication.styleHints()
    if preference == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
    elif preference == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
    else:
        hints.unsetColorScheme()


def create_application(argv: list[str], prefs: Preferences) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Ushiro Desk")
    app.setOrganizationName("UshiroDesk")
    app.setDesktopFileName("jp.ushirodesk.UshiroDesk")
    app.setStyle("Fusion")
    register_fonts(app)
    install_translators(app, prefs["language"])
    apply_theme(prefs["theme"])
    return app
