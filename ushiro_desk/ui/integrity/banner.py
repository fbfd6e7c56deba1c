"""The banner the quick check at start puts above the pages when it finds something."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ushiro_desk.storage.integrity import Finding
from ushiro_desk.ui.integrity.texts import finding_text

STYLE = (
    "QFrame#check_banner { background: #fdecea; border: 1px solid #e0a39c; border-radius: 4px; }"
    "QFrame#check_banner QLabel { color: #5f1d16; }"
)


class CheckBanner(QFrame):
    """Signals:
        run_check(): the user asked for the full check.
        restore_backup(): the user asked to restore a backup.
    """

    run_check = Signal()
    restore_backup = Signal()

    def __init__(self, findings: list[Finding], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_banner")
        self.setStyleSheet(STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        texts = QVBoxLayout()
        title = QLabel(self.tr("The check at start found problems in your data."))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        texts.addWidget(title)
        self.details = QLabel("\n".join(finding_text(f.kind, f.count) for f in findings))
        self.details.setObjectName("check_banner_details")
        self.details.setWordWrap(True)
        texts.addWidget(self.details)
        layout.addLayout(texts, 1)
        self.run_button = QPushButton(self.tr("Run Full Check"))
        self.run_button.setObjectName("run_full_check")
        self.run_button.clicked.connect(self.run_check)
        self.restore_button = QPushButton(self.tr("Restore a Backup…"))
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self.restore_backup)
        hide = QPushButton(self.tr("Hide"))
        hide.clicked.connect(self.hide)
        for button in (self.run_button, self.restore_button, hide):
            layout.addWidget(button)
