"""A question a recipient sent back with a return: read it, answer it (the answer goes in the next
bundle that carries the chore) or dismiss it. Used from Today and from the Chores page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.services.changes import Changes
from ushiro_desk.services.handoff import returns
from ushiro_desk.services.handoff.returns import Question
from ushiro_desk.ui.context import UiContext
from ushiro_desk.ui.handoff import return_texts  # noqa: F401  (registers the problem sentences)
from ushiro_desk.ui.widgets.form import ERROR_STYLE


def question_title(question: Question) -> str:
    return QCoreApplication.translate("QuestionDialog", "Question from %1").replace("%1", question.recipient_name)


class QuestionDialog(QDialog):
    """Answer or dismiss one returned question; `changes` holds what was done (empty on Cancel)."""

    def __init__(self, ctx: UiContext, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.question = question
        self.changes = Changes()
        self.setWindowTitle(question_title(question))
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        about = QLabel(self.tr("%1 — %2, due %3").replace("%1", question_title(question))
                       .replace("%2", question.chore_title).replace("%3", question.due.isoformat()))
        about.setWordWrap(True)
        font = about.font()
        font.setBold(True)
        about.setFont(font)
        layout.addWidget(about)
        text = QLabel(question.text or self.tr("(no text: they marked the due date as a question)"))
        text.setObjectName("question_text")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setStyleSheet("padding: 8px; border: 1px solid palette(mid); border-radius: 4px;")
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Your answer (it goes to them in the next bundle that carries this chore):")))
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("answer")
        layout.addWidget(self.answer, 1)
        self.message = QLabel()
        self.message.setObjectName("question_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.answer_button = QPushButton(self.tr("Answer"))
        self.answer_button.setObjectName("answer_question")
        self.answer_button.setDefault(True)
        self.dismiss_button = QPushButton(self.tr("Dismiss question"))
        self.dismiss_button.setObjectName("dismiss_question")
        buttons.addButton(self.answer_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.answer_button.clicked.connect(self.send_answer)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout.addWidget(buttons)

    def send_answer(self) -> None:
        self._run(lambda: returns.answer_question(self.ctx.store, self.question.id, self.answer.toPlainText()))

    def dismiss(self) -> None:
        self._run(lambda: returns.dismiss_question(self.ctx.store, self.question.id))

    def _run(self, action) -> None:  # type: ignore[no-untyped-def]
        from ushiro_desk.domain.problems import InvalidInput
        from ushiro_desk.ui.problem_text import describe

        try:
            self.changes = action()
        except InvalidInput as exc:
            self.message.setText(" ".join(describe(p) for p in exc.problems))
            return
        self.ctx.bus.announce(self.changes)
        self.accept()
