"""File → New data folder… / Open data folder…: leave the sample data (or any data) for another folder.

The chosen folder is remembered in the settings and the app starts again on it: a new, empty folder
begins with the welcome dialog, so “start again empty later with a new data folder” is kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget

from ushiro_desk.config import Preferences
from ushiro_desk.paths import DataPaths

NEW, OPEN = "new", "open"


def problem(kind: str, chosen: Path, current: DataPaths) -> str | None:
    """Why `chosen` cannot be used (one sentence), or None when it can."""
    chosen = chosen.expanduser().resolve()
    if chosen == current.root.resolve():
        return QCoreApplication.translate("DataFolder", "This is the data folder in use now.")
    if chosen.exists() and not chosen.is_dir():
        return QCoreApplication.translate("DataFolder", "%1 is a file, not a folder.").replace("%1", str(chosen))
    holds_data = DataPaths(chosen).database.is_file()
    if kind == NEW and chosen.exists() and any(chosen.iterdir()):
        if holds_data:
            return QCoreApplication.translate(
                "DataFolder", "%1 already holds Ushiro Desk data: use Open data folder… for it."
            ).replace("%1", str(chosen))
        return QCoreApplication.translate(
            "DataFolder", "%1 is not empty: choose or create an empty folder for the new data."
        ).replace("%1", str(chosen))
    if kind == OPEN and not holds_data:
        return QCoreApplication.translate(
            "DataFolder", "%1 holds no Ushiro Desk data (no ushiro.sqlite3): use New data folder… to start one."
        ).replace("%1", str(chosen))
    return None


def restart_command(folder: Path, config: Path) -> tuple[str, list[str]]:
    """The program and arguments that start Ushiro Desk again on `folder` with the same settings."""
    arguments = ["--data-dir", str(folder), "--config-dir", str(config)]
    if getattr(sys, "frozen", False):
        return sys.executable, arguments
    return sys.executable, ["-m", "ushiro_desk", *arguments]


def remember_and_restart(prefs: Preferences, folder: Path) -> bool:
    """Remember `folder` for the next starts and start a new Ushiro Desk on it; True when it started
    (the caller then closes this one)."""
    prefs["data_dir"] = str(folder.expanduser().resolve())
    prefs.save()
    program, arguments = restart_command(folder, prefs.path.parent)
    return start_detached(program, arguments)


def start_detached(program: str, arguments: list[str]) -> bool:
    """Start the new process (a seam tests replace)."""
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)


def ask(parent: QWidget, title: str, text: str) -> bool:
    """Ask yes/no (a seam tests replace)."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes
