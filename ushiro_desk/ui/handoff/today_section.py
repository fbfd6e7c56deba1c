"""The Today page's section on questions that came home with a return: "question from <recipient>",
each until the owner answers or dismisses it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ushiro_desk.services.changes import CHORES, HANDOFF, Changes
from ushiro_desk.services.handoff import returns
from ushiro_desk.services.handoff.returns import Question
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.handoff.questions import QuestionDialog, question_title

IdRole = Qt.ItemDataRole.UserRole + 1
QUESTION_COLOR = "#b26a00"


class TodaySection(QWidget):
    """Open questions from recipients, the oldest first; Enter or Answer… opens the question."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questions_today")
        self.ctx = ctx
        self.questions: list[Question] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("questions_today_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setStyleSheet(f"color: {QUESTION_COLOR};")
        top.addWidget(self.title, 1)
        self.answer_button = QPushButton(self.tr("Answer…"))
        self.answer_button.setObjectName("answer_today_question")
        self.answer_button.clicked.connect(self.open_current)
        top.addWidget(self.answer_button)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("dismiss_today_question")
        self.dismiss_button.clicked.connect(self.dismiss_current)
        top.addWidget(self.dismiss_button)
        layout.addLayout(top)
        self.items = QListWidget()
        self.items.setObjectName("questions_today_items")
        self.items.itemActivated.connect(lambda _item: self.open_current())
        layout.addWidget(self.items, 1)
        ctx.bus.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(CHORES, HANDOFF):
            self.reload()

    def reload(self) -> None:
        self.questions = returns.open_questions(self.ctx.store)
        self.title.setText(self.tr("Questions from your outsourcers: %1").replace("%1", str(len(self.questions))))
        self.items.clear()
        for question in self.questions:
            text = self.tr("%1: %2 (due %3) — %4").replace("%1", question_title(question)).replace("%2", question.chore_title) \
                .replace("%3", question.due.isoformat()).replace("%4", " ".join(question.text.split()) or "…")
            item = QListWidgetItem(text)
            item.setToolTip(question.text)
            item.setData(IdRole, question.id)
            self.items.addItem(item)
        if self.questions and self.items.currentRow() < 0:
            self.items.setCurrentRow(0)
        self.answer_button.setEnabled(bool(self.questions))
        self.dismiss_button.setEnabled(bool(self.questions))
        if self.parentWidget() is not None:  # inside the Today page: hidden when there is nothing to answer
            self.setVisible(bool(self.questions))

    def count(self) -> int:
        return len(self.questions)

    def current(self) -> Question | None:
        row = self.items.currentRow()
        return self.questions[row] if 0 <= row < len(self.questions) else None

    def open_current(self) -> QuestionDialog | None:
        question = self.current()
        if question is None:
            return None
        dialog = QuestionDialog(self.ctx, question, self)
        dialog.exec()
        return dialog

    def dismiss_current(self) -> None:
        question = self.current()
        if question is not None:
            self.ctx.bus.announce(returns.dismiss_question(self.ctx.store, question.id))
