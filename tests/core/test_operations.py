"""Background operations: results arrive on the GUI thread, Cancel stops the work, and a window that
closes while work is running is no error."""

from __future__ import annotations

import time

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from ushiro_desk.ui.operations import Operation


def test_the_result_arrives_and_cancel_stops_the_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    done = Operation(parent, "x", lambda progress: 42, show_dialog=False)
    with qtbot.waitSignal(done.done, timeout=3000) as result:
        done.start()
    assert result.args == [42]

    steps: list[int] = []

    def long_work(progress) -> None:  # type: ignore[no-untyped-def]
        for i in range(200):
            progress.report(i, 200)
            steps.append(i)
            time.sleep(0.005)

    op = Operation(parent, "x", long_work, show_dialog=False)
    with qtbot.waitSignal(op.cancelled, timeout=3000):
        op.start()
        time.sleep(0.05)
        op.progress.cancel()
    assert len(steps) < 200


def test_closing_the_window_while_work_runs_is_no_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    op = Operation(parent, "x", lambda progress: time.sleep(0.2) or "late", show_dialog=False)
    op.start()
    parent.deleteLater()
    qtbot.wait(50)
    assert QThreadPool.globalInstance().waitForDone(3000)
    qtbot.wait(50)  # a late result is dropped quietly (pytest-qt fails the test on an error in a Qt callback)
