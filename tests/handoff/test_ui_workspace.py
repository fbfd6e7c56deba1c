"""The Bundle tab offers the HTML workspace (the default) and the zip, and shows the format the recipient
uses (the one of their last packet, from the ledger)."""

from __future__ import annotations

from pathlib import Path

from ushiro_desk.reports.handoff import workspace


def test_the_workspace_is_the_default_and_the_recipients_format_is_remembered(qtbot, handoff_page, memory_keyring, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tab = handoff_page.bundle
    assert tab.as_html.isChecked() and not tab.as_zip.isChecked()
    assert "html" in tab.format_note.text()
    chosen: list[bool] = []
    monkeypatch.setattr(tab, "ask_target", lambda folder: chosen.append(folder) or tmp_path / "tanaka.html")
    assert tab.export()
    qtbot.waitUntil(lambda: not tab.exporting, timeout=30_000)
    assert chosen == [False]
    dialog = tab.password_dialog
    assert dialog is not None
    password = dialog.password.text()
    dialog.close()
    data, _ = workspace.open_workspace((tmp_path / "tanaka.html").read_bytes(), password)
    assert data["recipient"] == "オンライン秘書 田中 由美"
    # the owner sends this recipient a zip once: the tab now shows and preselects the zip for them
    tab.as_zip.setChecked(True)
    assert tab.export(tmp_path / "tanaka.zip")
    qtbot.waitUntil(lambda: not tab.exporting, timeout=30_000)
    tab.password_dialog.close()
    tanaka = tab.current_recipient()
    other = next(r for r in tab.recipients if r.id != tanaka.id)
    tab.set_recipient(other.id)
    tab.as_html.setChecked(True)
    tab.set_recipient(tanaka.id)
    assert tab.as_zip.isChecked() and ".zip" in tab.format_note.text()
