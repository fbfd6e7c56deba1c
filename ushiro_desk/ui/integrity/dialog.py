"""The result of File → Check Data: one sentence per kind of finding, what it concerns below it."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ushiro_desk.services.maintenance import CheckReport
from ushiro_desk.ui.integrity.texts import finding_text

SHOWN_ITEMS = 200


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


class CheckDialog(QDialog):
    """Signals: accepted() when the user chose to restore a backup."""

    def __init__(self, report: CheckReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_dialog")
        self.setWindowTitle(self.tr("Data Check"))
        self.resize(720, 420 if report.findings else 140)
        layout = QVBoxLayout(self)
        checked = (
            self.tr("%1 stored files (%2) were read and their SHA-256 compared.")
            .replace("%1", f"{report.files_checked:,}")
            .replace("%2", _size(report.bytes_checked))
        )
        if report.findings:
            total = sum(f.count for f in report.findings)
            summary = self.tr("The check found %1 problems of %2 kinds.").replace("%1", str(total)).replace("%2", str(len(report.findings)))
        else:
            summary = self.tr("No problems found: the database is intact, its schema is what Ushiro Desk makes, and every stored file matches.")
        self.summary = QLabel(f"{summary}\n{checked}")
        self.summary.setObjectName("check_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.details = QTextBrowser()  # wraps Japanese sentences, which a tree's rows would elide
        self.details.setObjectName("check_details")
        self.details.setVisible(bool(report.findings))
        parts = []
        for finding in report.findings:
            items = [escape(item) for item in finding.items[:SHOWN_ITEMS]]
            if finding.count > SHOWN_ITEMS:
                items.append(escape(self.tr("… and %1 more").replace("%1", str(finding.count - SHOWN_ITEMS))))
            parts.append(
                f"<p style='margin-bottom:2px'><b>{escape(finding_text(finding.kind, finding.count))}</b></p>"
                f"<p style='margin-top:0; margin-left:16px; font-family:monospace'>{'<br>'.join(items)}</p>"
            )
        self.details.setHtml("".join(parts))
        layout.addWidget(self.details, 1)
        if report.findings:
            hint = QLabel(
                self.tr(
                    "Restoring a backup brings back the database as it was; backups do not hold the files folder, "
                    "so put a missing or changed file back from your own copy."
                )
            )
            hint.setWordWrap(True)
            layout.addWidget(hint)
        else:
            layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if report.findings:
            self.restore_button = buttons.addButton(self.tr("Restore a Backup…"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.setObjectName("restore_backup")
            buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
