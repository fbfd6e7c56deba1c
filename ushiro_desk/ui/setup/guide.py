"""Help → User guide: the bundled guide (`resources/docs/guide.<lang>.md`) in the UI language, drawn
locally with QTextBrowser; links inside the guide work, nothing is fetched from the network."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ushiro_desk.paths import resources_dir

IMAGE_WIDTH = 720
_NOT_IN_SLUG = re.compile(r"[^\w\- ]")


def guide_path(language: str) -> Path:
    docs = resources_dir() / "docs"
    path = docs / f"guide.{language}.md"
    return path if path.is_file() else docs / "guide.en.md"


def slug(heading: str) -> str:
    """The anchor a Markdown heading gets on GitHub (lower case, punctuation dropped, spaces as -)."""
    return _NOT_IN_SLUG.sub("", heading.strip().lower()).replace(" ", "-")


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(900, 680)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_text")
        self.browser.setOpenLinks(False)  # links are followed here: a web page is never opened
        self.browser.anchorClicked.connect(self.follow)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load(guide_path(language))

    def load(self, path: Path) -> None:
        self.path = path
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        self._fit_images(document)

    def _fit_images(self, document: QTextDocument) -> None:
        """Screenshots at a readable width rather than their full size."""
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    image.setWidth(IMAGE_WIDTH)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def follow(self, url: QUrl) -> None:
        if url.scheme() in ("", "file") and url.path().endswith(".md"):
            other = self.path.parent / Path(url.path()).name
            if other.is_file():
                self.load(other)
            return
        if url.hasFragment() and not url.path():
            self.scroll_to_heading(url.fragment(QUrl.ComponentFormattingOption.FullyDecoded))

    def scroll_to_heading(self, anchor: str) -> bool:
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and slug(block.text()) == anchor:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                self.browser.verticalScrollBar().setValue(
                    int(document.documentLayout().blockBoundingRect(block).top())
                )
                return True
            block = block.next()
        return False
