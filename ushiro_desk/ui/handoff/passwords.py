"""The packet password: shown once with a Copy button, or typed by the owner where no keyring exists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ushiro_desk.ui.widgets.form import ERROR_STYLE

MIN_LENGTH = 8


class PasswordShownDialog(QDialog):
    """The generated password, shown this one time. Nothing else in the app displays it again."""

    def __init__(self, password: str, recipient: str, kept: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Packet password"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The packet is encrypted with this password. It is shown only this once."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(box)
        self.password = QLabel(password)
        self.password.setObjectName("shown_password")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.password.setFont(font)
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.password, 1)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setObjectName("copy_password")
        self.copy_button.clicked.connect(self.copy)
        row.addWidget(self.copy_button)
        layout.addWidget(box)
        advice = QLabel(self.tr(
            "Send it to %1 by another channel than the packet (for example by phone or chat, never in the same email)."
        ).replace("%1", recipient))
        advice.setWordWrap(True)
        layout.addWidget(advice)
        if kept:
            where = QLabel(self.tr("It is kept in the system keyring for this recipient, so the returned packet opens without typing it."))
        else:
            where = QLabel(self.tr("It could not be kept in the system keyring: write it down somewhere safe now."))
            where.setStyleSheet(ERROR_STYLE)
        where.setObjectName("keyring_note")
        where.setWordWrap(True)
        layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.password.text())
        self.copy_button.setText(self.tr("Copied"))


class PasswordEntryDialog(QDialog):
    """The owner types a password: twice for a new packet, once to open a returned one."""

    def __init__(self, message: str, *, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirm = confirm
        self.setWindowTitle(self.tr("Packet password"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        text = QLabel(message)
        text.setObjectName("password_message")
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.first = QLineEdit()
        self.first.setObjectName("password")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password"), self.first)
        self.second = QLineEdit()
        self.second.setObjectName("password_again")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        if confirm:
            form.addRow(self.tr("Again"), self.second)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("password_problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        problem = ""
        first = self.first.text()
        if self.confirm:
            if first and len(first) < MIN_LENGTH:
                problem = self.tr("Use at least %1 characters.").replace("%1", str(MIN_LENGTH))
            elif self.second.text() and self.second.text() != first:
                problem = self.tr("The two passwords differ.")
        ok = bool(first) and not problem and (not self.confirm or self.second.text() == first)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(ok)

    def value(self) -> str:
        return self.first.text()
