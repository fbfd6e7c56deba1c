"""Language and theme on this computer."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from ushiro_desk.ui.application import apply_theme
from ushiro_desk.ui.context import UiContext


class PreferencesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for value, text in (("auto", self.tr("Follow the system")), ("ja", "日本語"), ("en", "English")):
            self.language.addItem(text, value)
        self.language.setCurrentIndex(self.language.findData(ctx.prefs["language"]))
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("Language"), self.language)
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for value, text in (("system", self.tr("Follow the system")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.theme.addItem(text, value)
        self.theme.setCurrentIndex(self.theme.findData(ctx.prefs["theme"]))
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        form.addRow(self.tr("Theme"), self.theme)

    def _language_chosen(self) -> None:
        value = self.language.currentData()
        self.ctx.prefs["language"] = value
        self.ctx.prefs.save()
        # The main window reloads the translators and rebuilds its pages in the new language.
        window = self.window()
        if hasattr(window, "set_language"):
            window.set_language(value)

    def _theme_chosen(self) -> None:
        value = self.theme.currentData()
        self.ctx.prefs["theme"] = value
        self.ctx.prefs.save()
        apply_theme(value)
