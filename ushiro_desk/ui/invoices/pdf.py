"""Showing and printing PDFs: an in-app preview (QtPdf) and printing through QPrinter."""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

PRINT_DPI = 300  # enough for 9 pt Japanese text; higher only costs memory


class PdfBytes:
    """A QPdfDocument over bytes in memory (the buffer must live as long as the document)."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(parent)
        self.document.load(self.buffer)

    @property
    def ready(self) -> bool:
        return self.document.status() is QPdfDocument.Status.Ready

    def close(self) -> None:
        self.document.close()
        self.buffer.close()


class PdfPreview(QWidget):
    """The pages of one PDF, fitted to the width; a message when there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QPdfView()
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        self.pdf: PdfBytes | None = None

    def show_pdf(self, data: bytes) -> None:
        old = self.pdf
        self.pdf = PdfBytes(data, self)
        self.view.setDocument(self.pdf.document)
        self.stack.setCurrentWidget(self.view)
        if old is not None:
            old.close()
            old.document.deleteLater()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def page_count(self) -> int:
        return self.pdf.document.pageCount() if self.pdf and self.stack.currentWidget() is self.view else 0


def print_pdfs(printer: QPrinter, sources: Iterable[bytes], progress: Callable[[int], None] | None = None) -> int:
    """Print PDFs one after another on `printer`, each page fitted to the paper; return pages printed.
    Documents are loaded one at a time so a long batch keeps memory flat."""
    painter = QPainter()
    pages = 0
    try:
        for index, data in enumerate(sources):
            pdf = PdfBytes(data)
            try:
                if not pdf.ready:
                    continue
                for page in range(pdf.document.pageCount()):
                    if pages == 0:
                        if not painter.begin(printer):
                            return 0
                    else:
                        printer.newPage()
                    _draw_page(painter, printer, pdf.document, page)
                    pages += 1
            finally:
                pdf.close()
                pdf.document.deleteLater()
            if progress is not None:
                progress(index + 1)
    finally:
        if painter.isActive():
            painter.end()
    return pages


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    target = printer.pageRect(QPrinter.Unit.DevicePixel)
    size = document.pagePointSize(page)
    scale = PRINT_DPI / 72.0
    image = document.render(page, QSize(int(size.width() * scale), int(size.height() * scale)))
    fitted = QRectF(0, 0, target.width(), target.height())
    ratio = min(fitted.width() / image.width(), fitted.height() / image.height())
    w, h = image.width() * ratio, image.height() * ratio
    painter.drawImage(QRectF((fitted.width() - w) / 2, (fitted.height() - h) / 2, w, h), image)
