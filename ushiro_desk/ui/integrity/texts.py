"""One translated sentence per kind of finding (the CLI has its English ones in storage/integrity.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def finding_text(kind: str, count: int) -> str:
    texts = {
        "database_empty": QCoreApplication.translate("Integrity", "The database is empty while the data folder holds %1 stored files and backups: it was damaged, not new."),
        "database_damaged": QCoreApplication.translate("Integrity", "SQLite found %1 problems in the database file: it is damaged."),
        "foreign_key": QCoreApplication.translate("Integrity", "Rows that refer to records that do not exist: %1."),
        "schema_unknown": QCoreApplication.translate("Integrity", "Tables, indexes, triggers or views that Ushiro Desk did not make, which could change data behind your back: %1."),
        "schema_missing": QCoreApplication.translate("Integrity", "Tables, indexes, triggers or views that Ushiro Desk makes but that are missing: %1."),
        "schema_changed": QCoreApplication.translate("Integrity", "Tables, indexes, triggers or views that differ from what Ushiro Desk makes: %1."),
        "pdf_missing": QCoreApplication.translate("Integrity", "Issued documents whose PDF is missing: %1."),
        "pdf_changed": QCoreApplication.translate("Integrity", "Issued documents whose PDF was changed after issue (the SHA-256 no longer matches): %1."),
        "receipt_missing": QCoreApplication.translate("Integrity", "Receipts missing from the files folder: %1."),
        "receipt_changed": QCoreApplication.translate("Integrity", "Receipts changed after they were stored (the SHA-256 no longer matches): %1."),
        "file_missing": QCoreApplication.translate("Integrity", "Other stored files (logo, seal) missing from the files folder: %1."),
        "file_changed": QCoreApplication.translate("Integrity", "Other stored files (logo, seal) changed after they were stored: %1."),
        "file_unknown": QCoreApplication.translate("Integrity", "Files in the files folder that no record refers to: %1."),
    }
    return texts.get(kind, kind + ": %1").replace("%1", str(count))


def affects_database(kinds: set[str]) -> bool:
    """Findings about the database itself: the daily backup would copy them over a good backup."""
    return bool(kinds & {"database_empty", "database_damaged", "foreign_key", "schema_unknown", "schema_missing", "schema_changed"})
