"""Receipt thumbnails and the in-app viewer: images with QPixmap, PDFs with QtPdf."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.domain.expenses.model import Receipt

THUMB = QSize(96, 128)
_thumbs: dict[str, QPixmap] = {}


def thumbnail(path: Path, receipt: Receipt) -> QPixmap:
    """A small picture of the receipt (the first page of a PDF), cached by SHA-256."""
    found = _thumbs.get(receipt.sha256)
    if found is not None:
        return found
    image = QImage()
    if receipt.is_pdf:
        from PySide6.QtPdf import QPdfDocument

        document = QPdfDocument()
        if document.load(str(path)) == QPdfDocument.Error.None_ and document.pageCount() > 0:
            size = document.pagePointSize(0).toSize().scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(0, size)
        document.close()
    else:
        image = QImage(str(path))
    pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap(THUMB)
    if image.isNull():
        pixmap.fill(Qt.GlobalColor.lightGray)
    pixmap = pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    if len(_thumbs) > 500:
        _thumbs.clear()
    _thumbs[receipt.sha256] = pixmap
    return pixmap


class ReceiptViewer(QDialog):
    """Shows one receipt at a readable size: images scaled to fit (or 100%), PDFs page by page."""

    def __init__(self, path: Path, receipt: Receipt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receipt_viewer")
        self.setWindowTitle(receipt.original_name)
        self.setMinimumSize(420, 480)
        self.resize(720, 860)
        self.path = path
        layout = QVBoxLayout(self)
        info = QLabel(
            self.tr("%1 — %2 KB — SHA-256 %3")
            .replace("%1", receipt.original_name)
            .replace("%2", f"{max(1, receipt.size // 1024):,}")
            .replace("%3", receipt.sha256[:16] + "…")
        )
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(info)
        self.pdf_view = None
        self.image_label: QLabel | None = None
        if receipt.is_pdf:
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self.document = QPdfDocument(self)
            self.document.load(str(path))
            self.pdf_view = QPdfView(self)
            self.pdf_view.setObjectName("pdf_view")
            self.pdf_view.setDocument(self.document)
            self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout.addWidget(self.pdf_view, 1)
        else:
            self._pixmap = QPixmap(str(path))
            self.image_label = QLabel()
            self.image_label.setObjectName("image")
            self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.scroll = QScrollArea()
            self.scroll.setWidget(self.image_label)
            self.scroll.setWidgetResizable(True)
            layout.addWidget(self.scroll, 1)
            self.fit = True
        buttons = QHBoxLayout()
        if self.image_label is not None:
            zoom = QPushButton(self.tr("Actual size / fit"))
            zoom.clicked.connect(self.toggle_zoom)
            buttons.addWidget(zoom)
        external = QPushButton(self.tr("Open in another app"))
        external.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))))
        buttons.addWidget(external)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.accept)
        self._show_image()

    def toggle_zoom(self) -> None:
        self.fit = not self.fit
        self._show_image()

    def _show_image(self) -> None:
        if self.image_label is None:
            return
        if self._pixmap.isNull():
            self.image_label.setText(self.tr("This image cannot be shown."))
            return
        if self.fit:
            area = self.scroll.viewport().size() - QSize(4, 4)
            shown = self._pixmap.scaled(area, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        else:
            shown = self._pixmap
        self.image_label.setPixmap(shown)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._show_image()
