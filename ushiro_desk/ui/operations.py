"""Long work off the GUI thread, with progress and Cancel (Anki's operations).

    op = Operation(parent, self.tr("Exporting…"), work, on_done=self._exported)
    op.start()

`work(progress)` runs in a worker thread; it calls `progress.report(done, total)` and stops early when
`progress.cancelled` is true (raising `Cancelled`). `on_done(result)` and `on_error(exc)` run on the
GUI thread. The work must leave nothing half-written when it is cancelled or fails.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget


class Cancelled(Exception):
    """The user pressed Cancel."""


class Progress:
    def __init__(self, signals: "_Signals") -> None:
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        if self.cancelled:
            raise Cancelled()
        self._signals.progress.emit(done, total)


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress, signals: _Signals) -> None:
        super().__init__()
        self.work, self.progress, self.signals = work, progress, signals

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # handed to the GUI thread, which shows or re-raises it
            self._tell(self.signals.failed, exc)
        else:
            self._tell(self.signals.finished, result)

    @staticmethod
    def _tell(signal, value: object) -> None:  # type: ignore[no-untyped-def]
        try:
            signal.emit(value)
        except RuntimeError:  # the window that asked is gone (closing): nobody to tell
            pass


class Operation(QObject):
    """One background operation with a modal progress dialog.

    Signals:
        done(object): the work's result, on the GUI thread.
        error(object): the exception the work raised (not Cancelled).
        cancelled(): the user cancelled and the work stopped.
    """

    done = Signal(object)
    error = Signal(object)
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        show_dialog: bool = True,
    ) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self.progress = Progress(self._signals)
        self._runnable = _Runnable(work, self.progress, self._signals)
        self._runnable.setAutoDelete(False)
        self._dialog: QProgressDialog | None = None
        if show_dialog:
            self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(400)
            self._dialog.canceled.connect(self.progress.cancel)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        if on_done:
            self.done.connect(on_done)
        self._on_error = on_error
        self.running = False

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(self._runnable)

    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)

    def _close(self) -> None:
        self.running = False
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None

    def _on_finished(self, result: object) -> None:
        self._close()
        self.done.emit(result)
        self.deleteLater()

    def _on_failed(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        elif self._on_error is not None:
            self._on_error(exc)
            self.error.emit(exc)
        else:
            self.error.emit(exc)
            parent = self.parent()
            from ushiro_desk.ui.fault_text import fault_text

            QMessageBox.critical(parent if isinstance(parent, QWidget) else None, self.tr("Error"), fault_text(exc))
        self.deleteLater()
