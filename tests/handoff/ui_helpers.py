"""Helpers shared by the Handoff page tests."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path
from typing import Callable

import pyzipper
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

NOV = (date(2026, 11, 1), date(2026, 11, 30))
CONFIDENTIAL_CHORE = "月次集計と試算表の確認"


def with_modal(action: Callable[[], object], handle: Callable[[QDialog], None]) -> object:
    """Run `action`, which opens a modal dialog, and let `handle` drive that dialog."""

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog), dialog
        handle(dialog)

    QTimer.singleShot(0, drive)
    return action()


def children(item) -> list:  # type: ignore[no-untyped-def]
    return [item.child(i) for i in range(item.childCount())]


def fill_return(packet: Path, out: Path, password: str | None, fill: Callable[[list[dict[str, str]]], None],
                encoding: str = "utf-8-sig", encrypt: bool = True) -> Path:
    """Do what the secretary does: open the packet, fill status.csv, zip it back (with the password)."""
    with pyzipper.AESZipFile(packet) as zf:
        if password:
            zf.setpassword(password.encode())
        manifest = zf.read("manifest.json")
        sheet = zf.read("return/status.csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(sheet)))
    fill(rows)
    text = io.StringIO()
    writer = csv.DictWriter(text, list(rows[0].keys()), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    if password and encrypt:
        with pyzipper.AESZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as zf:
            zf.setpassword(password.encode())
            zf.writestr("manifest.json", manifest)
            zf.writestr("return/status.csv", text.getvalue().encode(encoding))
    else:
        with zipfile.ZipFile(out, "w") as zf:
            zf.writestr("manifest.json", manifest)
            zf.writestr("return/status.csv", text.getvalue().encode(encoding))
    return out


def when_modal(kind: type, handle: Callable[[QDialog], None]) -> QTimer:
    """Drive the next modal dialog of `kind` whenever it opens (e.g. from a background result)."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            timer.stop()
            handle(dialog)

    timer.timeout.connect(poll)
    timer.start()
    return timer
