"""Showing and printing PDFs: an in-app preview (QtPdf) and printing through QPrinter."""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

PRINT_DPI = 300  # enough for 9 pt Japanese text; higher only costs memory
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.1, 4.0)


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
    """The pages of one PDF, fitted to the width, with zoom (fit width, − and +) and a button that opens
    it full size; a message when there is nothing to show."""

    full_size_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, full_size_button: bool = True) -> None:
        super().__init__(parent)
        self.view = QPdfView()
        self.view.setObjectName("pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.controls = QWidget()
        bar = QHBoxLayout(self.controls)
        bar.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip, slot in (
            ("zoom_out", "−", self.tr("Zoom out"), self.zoom_out),
            ("zoom_in", "+", self.tr("Zoom in"), self.zoom_in),
            ("fit", self.tr("Fit"), self.tr("Fit the page to the width"), self.fit_width),
            ("full_size", "", self.tr("Open the document in a large window"), self.full_size_requested.emit),
        ):
            if key == "full_size" and not full_size_button:
                continue
            button = QToolButton()
            button.setObjectName(key)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.setAutoRaise(True)
            if key == "full_size":
                button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarMaxButton))
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[key] = button
            if key == "zoom_in":
                self.zoom_label = QLabel()
                self.zoom_label.setObjectName("zoom_label")
                self.zoom_label.setToolTip(self.tr("Zoom"))
                bar.addWidget(self.zoom_label)
        self.buttons["fit"].setCheckable(True)
        self.buttons["zoom_in"].setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.buttons["zoom_out"].setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        if full_size_button:
            bar.insertStretch(bar.indexOf(self.buttons["full_size"]), 1)
        else:
            bar.addStretch(1)
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.controls)
        column.addWidget(self.view, 1)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.message)
        self.stack.addWidget(pages)
        self.pages = pages
        self.pdf: PdfBytes | None = None
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self._show_zoom()

    def show_pdf(self, data: bytes) -> None:
        old = self.pdf
        self.pdf = PdfBytes(data, self)
        self.view.setDocument(self.pdf.document)
        self.stack.setCurrentWidget(self.pages)
        self._show_zoom()
        if old is not None:
            old.close()
            old.document.deleteLater()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def page_count(self) -> int:
        return self.pdf.document.pageCount() if self.pdf and self.stack.currentWidget() is self.pages else 0

    # -- zoom -------------------------------------------------------------------------------------

    def zoom(self) -> float:
        """The zoom in use: 1.0 is the page at its printed size on the screen."""
        if self.view.zoomMode() is QPdfView.ZoomMode.Custom or self.pdf is None or not self.pdf.ready:
            return self.view.zoomFactor()
        page_width = self.pdf.document.pagePointSize(0).width() * self.logicalDpiX() / 72.0
        return max(0.01, (self.view.viewport().width() - 12) / page_width) if page_width else 1.0

    def set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(ZOOM_RANGE[1], max(ZOOM_RANGE[0], factor)))
        self._show_zoom()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._show_zoom()

    def _show_zoom(self, *_args: object) -> None:
        fitted = self.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
        self.zoom_label.setText(f"{round(self.zoom() * 100)}%")
        self.buttons["fit"].setChecked(fitted)


class PdfViewer(QDialog):
    """One document full size in a large window, with the same zoom."""

    def __init__(self, title: str, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_viewer")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.preview = PdfPreview(full_size_button=False)
        self.preview.show_pdf(data)
        layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        window = parent.window() if parent is not None else None
        if window is not None:
            self.resize(max(640, int(window.width() * 0.75)), max(480, window.height() - 40))
        else:
            self.resize(900, 720)


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
