"""Dialogs of the start: data in use, damaged or newer database, first start on an empty data dir."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ushiro_desk.storage.backups import BackupFile
from ushiro_desk.storage.errors import StorageError


def explain(error: StorageError) -> str:
    texts = {
        "in_use": QCoreApplication.translate("Startup", "The data in %1 is in use by another Ushiro Desk. Close it, then start again."),
        "newer_schema": QCoreApplication.translate("Startup", 
            "This data was saved by a newer version of Ushiro Desk. Update Ushiro Desk to open it; the data "
            "has not been changed."
        ),
        "not_a_database": QCoreApplication.translate("Startup", "%1 does not hold Ushiro Desk data. Nothing was changed."),
        "locked": QCoreApplication.translate("Startup", "The database is busy. Try again in a moment."),
        "disk_full": QCoreApplication.translate("Startup", "The disk is full. Free some space, then start again."),
        "corrupt": QCoreApplication.translate("Startup", "The database is damaged and cannot be read."),
        "read_only": QCoreApplication.translate("Startup", "The data folder %1 is read-only and holds no database that can be opened. Make it writable, then start again."),
    }
    text = texts.get(error.kind, QCoreApplication.translate("Startup", "The data cannot be opened: %2"))
    return text.replace("%1", str(error.path or "")).replace("%2", str(error))


def show_fatal(error: StorageError) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("Startup", "Ushiro Desk"), explain(error))


def offer_restore(error: StorageError, backup: BackupFile | None) -> bool:
    """Tell the user the database is damaged; True when they choose to restore `backup`."""
    if backup is None:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Startup", "Ushiro Desk"),
            QCoreApplication.translate("Startup", 
                "The database is damaged and cannot be read, and there is no good backup. The damaged "
                "file was left as it is at %1."
            ).replace("%1", str(error.path or "")),
        )
        return False
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Startup", "Ushiro Desk"), QCoreApplication.translate("Startup", "The database is damaged and cannot be read."))
    box.setInformativeText(
        QCoreApplication.translate("Startup", 
            "Restore the newest good backup, taken %1? The damaged file is kept in the backups folder, "
            "never overwritten."
        ).replace("%1", backup.taken_at.strftime("%Y-%m-%d %H:%M"))
    )
    restore = box.addButton(QCoreApplication.translate("Startup", "Restore Backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore


def ask_sample_data() -> bool | None:
    """First start on an empty data dir: True for sample data, False for empty, None to quit."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Startup", "Welcome to Ushiro Desk"), QCoreApplication.translate("Startup", "How would you like to start?"))
    box.setInformativeText(
        QCoreApplication.translate("Startup", 
            "Sample data shows every page filled in for a small design and consulting company; you can "
            "look around and start again empty later with File → New Data Folder…."
        )
    )
    sample = box.addButton(QCoreApplication.translate("Startup", "Start With Sample Data"), QMessageBox.ButtonRole.AcceptRole)
    empty = box.addButton(QCoreApplication.translate("Startup", "Start Empty"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(empty)
    box.exec()
    clicked = box.clickedButton()
    if clicked is sample:
        return True
    if clicked is empty:
        return False
    return None
