"""File dialogs that open where the owner last looked for the same purpose (receipts, statements, PDFs…),
the folder kept per purpose in the settings (`last_folders`). The dialog's own words come from Qt's
catalogue (`qtbase_ja.qm`, installed with the app's in `application.install_translators`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ushiro_desk.config import Preferences


def last_folder(prefs: Preferences, purpose: str) -> str:
    """The folder last used for `purpose` if it still exists, else the home folder."""
    folder = prefs["last_folders"].get(purpose, "")
    if folder and Path(folder).is_dir():
        return folder
    return str(Path.home())


def remember(prefs: Preferences, purpose: str, chosen: str | Path) -> None:
    """Keep the folder of `chosen` (a file, or a folder itself) for the next dialog of `purpose`."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    folders = dict(prefs["last_folders"])
    if folders.get(purpose) == str(folder):
        return
    folders[purpose] = str(folder)
    prefs["last_folders"] = folders
    prefs.save()


def _start(prefs: Preferences, purpose: str, name: str = "") -> str:
    folder = last_folder(prefs, purpose)
    if name and Path(name).is_absolute():
        return name
    return str(Path(folder) / name) if name else folder


def open_file(parent: QWidget | None, prefs: Preferences, purpose: str, title: str, filters: str = "") -> str:
    name, _ = QFileDialog.getOpenFileName(parent, title, _start(prefs, purpose), filters)
    if name:
        remember(prefs, purpose, name)
    return name


def open_files(parent: QWidget | None, prefs: Preferences, purpose: str, title: str, filters: str = "") -> list[str]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, _start(prefs, purpose), filters)
    if names:
        remember(prefs, purpose, names[0])
    return list(names)


def save_file(parent: QWidget | None, prefs: Preferences, purpose: str, title: str, name: str = "", filters: str = "") -> str:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, _start(prefs, purpose, name), filters)
    if chosen:
        remember(prefs, purpose, Path(chosen).parent)
    return chosen


def choose_folder(parent: QWidget | None, prefs: Preferences, purpose: str, title: str) -> str:
    chosen = QFileDialog.getExistingDirectory(parent, title, _start(prefs, purpose))
    if chosen:
        remember(prefs, purpose, chosen)
    return chosen
