"""One translated sentence for a fault outside the program's control (disk full, read-only, permission,
missing file, damaged or busy database) and for an output the app refuses to write (`outputs`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ushiro_desk.faults import fault_of
from ushiro_desk.outputs import OutputRefused
from ushiro_desk.storage.errors import StorageError


def refused_text(exc: OutputRefused) -> str:
    texts = {
        "inside_data": QCoreApplication.translate("Faults", "%1 is inside the data folder, which only Ushiro Desk itself writes. Choose another folder."),
        "exists": QCoreApplication.translate("Faults", "%1 already exists. Choose another name, or confirm that it may be replaced."),
        "is_folder": QCoreApplication.translate("Faults", "%1 is a folder. Give a file name."),
        "no_folder": QCoreApplication.translate("Faults", "The folder of %1 does not exist."),
    }
    return texts.get(exc.kind, str(exc)).replace("%1", str(exc.path))


def fault_text(exc: BaseException) -> str:
    """The sentence for `exc`; the exception's own text when it is not a known fault."""
    if isinstance(exc, OutputRefused):
        return refused_text(exc)
    fault = fault_of(exc)
    if fault is None and isinstance(exc, StorageError) and exc.kind in ("read_only", "disk_full", "locked", "corrupt"):
        kind = {"corrupt": "damaged"}.get(exc.kind, exc.kind)
        path = str(exc.path or "")
    elif fault is not None:
        kind, path = fault.kind, fault.path
    else:
        return str(exc)
    texts = {
        "disk_full": QCoreApplication.translate("Faults", "The disk is full. Free some space and try again; nothing was changed."),
        "read_only": QCoreApplication.translate("Faults", "%1 is on a read-only disk or folder. Choose a writable place; nothing was changed."),
        "permission": QCoreApplication.translate("Faults", "Permission to write %1 was denied. Choose a folder you may write to; nothing was changed."),
        "missing": QCoreApplication.translate("Faults", "%1 does not exist (it may have been moved or deleted). Check it and try again."),
        "name_too_long": QCoreApplication.translate("Faults", "The file name %1 is too long for this disk. Choose a shorter name."),
        "damaged": QCoreApplication.translate("Faults", "The database is damaged; nothing was changed. Use File → Check and restore a good backup."),
        "locked": QCoreApplication.translate("Faults", "The database is busy. Try again in a moment; nothing was changed."),
        "io": QCoreApplication.translate("Faults", "Reading or writing %1 failed. Check the disk and try again; nothing was changed."),
    }
    return texts[kind].replace("%1", path or QCoreApplication.translate("Faults", "a file"))


def install_fault_hook(window) -> None:  # type: ignore[no-untyped-def]
    """A fault that reaches the event loop (a save on a full disk or a read-only folder, a damaged page
    met by a screen) becomes a dialog with its sentence instead of a traceback; bugs go on as before."""
    import sys

    from PySide6.QtWidgets import QMessageBox

    previous = sys.excepthook

    def hook(kind, exc, tb):  # type: ignore[no-untyped-def]
        if isinstance(exc, (OutputRefused, StorageError)) or fault_of(exc) is not None:
            QMessageBox.warning(window, QCoreApplication.translate("Faults", "Not done"), fault_text(exc))
            return
        previous(kind, exc, tb)

    sys.excepthook = hook
