"""Forms whose errors appear next to the field they belong to."""

from __future__ import annotations

from typing import Iterable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ushiro_desk.domain.problems import Problem
from ushiro_desk.ui.problem_text import describe

ERROR_STYLE = "color: #c62828;"
WARNING_STYLE = "color: #b26a00;"


class FieldErrors:
    """Keeps one message label under each field; `show(problems)` fills them and clears the rest."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """Return a container with `widget` and, under it, the (hidden) message label of `field`."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = QLabel()
        label.setWordWrap(True)
        label.setObjectName(f"error:{field}")
        label.hide()
        layout.addWidget(label)
        self._labels[field] = label
        self._widgets[field] = widget
        return box

    def label(self, field: str) -> QLabel:
        return self._labels[field]

    def show(self, problems: Iterable[Problem]) -> list[Problem]:
        """Show each problem at its field; return those that have no field here (show them elsewhere)."""
        self.clear()
        unplaced = []
        for problem in problems:
            label = self._labels.get(problem.field)
            if label is None:
                unplaced.append(problem)
                continue
            text = describe(problem)
            label.setText(f"{label.text()}\n{text}" if label.isVisibleTo(label.parentWidget()) else text)
            label.setStyleSheet(ERROR_STYLE if problem.is_error else WARNING_STYLE)
            label.show()
        first = next((p for p in problems if p.field in self._widgets and p.is_error), None)
        if first is not None:
            self._widgets[first.field].setFocus()
        return unplaced

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()
