"""The bundle preview lists every file with what it holds and says which documents stay home and why;
the owner's choice sends copies without the masked fields; an interrupted export shows in the ledger."""

from __future__ import annotations

import signal
from pathlib import Path

from PySide6.QtCore import Qt

from tests.handoff.ui_helpers import NOV, children
from ushiro_desk.services.changes import HANDOFF, Changes
from ushiro_desk.services.handoff import bundles


def test_documents_that_show_masked_fields_stay_home_unless_the_owner_chooses_copies(qtbot, handoff_page) -> None:  # type: ignore[no-untyped-def]
    tab = handoff_page.bundle
    assert not tab.render_masked.isChecked()  # default: not sent
    files = children(tab.section(2))
    members = {item.data(0, Qt.ItemDataRole.UserRole) for item in files}
    assert {"index.html", "data/tasks.csv", "return/status.csv", "manifest.json"} <= members
    assert all(m.startswith(("files/", "data/", "return/")) or m in ("index.html", "manifest.json") for m in members)
    stored = [item for item in files if str(item.data(0, Qt.ItemDataRole.UserRole)).startswith("files/")]
    assert stored and all("The stored file, as it is" in item.text(1) for item in stored)
    home = children(tab.section(4))
    kept = [item for item in home if item.data(0, Qt.ItemDataRole.UserRole) == "shows_masked"]
    invoices = [f for f in tab.preview.plan.file_plan if f.record_kind == "invoice"]
    assert invoices and len(kept) == len(invoices)
    assert all(item.text(0).startswith("File: INV-") for item in kept)
    assert all("Account number" in " ".join(c.text(0) for c in children(item)) for item in kept)

    tab.render_masked.setChecked(True)  # the preview follows the choice
    assert not [item for item in children(tab.section(4)) if item.data(0, Qt.ItemDataRole.UserRole) == "shows_masked"]
    rendered = [item for item in children(tab.section(2)) if "without the masked fields" in item.text(1)]
    assert len(rendered) == len(invoices)
    assert all(c.text(1).startswith("（非開示）") for item in rendered for c in children(item))
    assert tab.preview.render_masked


def test_an_interrupted_export_shows_in_the_ledger(qtbot, handoff_page, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Killed between the ledger row and the rename: the row says so and where to look."""
    store = handoff_page.ctx.store
    recipient = handoff_page.bundle.current_recipient()
    shown = bundles.preview(store, recipient, *NOV)
    target = tmp_path / "out.zip"

    class Killed(BaseException):
        pass

    from ushiro_desk import outputs

    real_replace = outputs.os.replace

    def die_on_rename(src, dst):  # type: ignore[no-untyped-def]
        if Path(dst) == target:
            raise Killed(signal.SIGKILL)
        return real_replace(src, dst)

    monkeypatch.setattr(outputs.os, "replace", die_on_rename)
    try:
        bundles.export(store, shown, bundles.default_work_order(store, shown, NOV[0]), target, password="pw-12345678", today=NOV[0])
    except Killed:
        pass
    monkeypatch.setattr(outputs.os, "replace", real_replace)
    assert not target.exists()
    handoff_page.ctx.bus.announce(Changes.of(HANDOFF))
    tab = handoff_page.ledger
    handoff_page.tabs.setCurrentWidget(tab)
    tab.reload()
    (row,) = range(tab.model.rowCount())
    assert tab.model.entry(row).interrupted
    assert tab.model.index(row, 8).data() == "Interrupted: check the packet"
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    assert "interrupted" in tab.detail.text() and str(target) in tab.detail.text()


def test_a_packet_is_never_written_into_the_data_folder(qtbot, handoff_page) -> None:  # type: ignore[no-untyped-def]
    tab = handoff_page.bundle
    root = handoff_page.ctx.store.paths.root
    target = root / "packet.zip"
    assert tab.export(target=target)
    qtbot.waitUntil(lambda: not tab.exporting, timeout=20_000)
    assert "inside the data folder" in tab.export_message.text() and str(target) in tab.export_message.text()
    assert not target.exists() and not [p for p in root.iterdir() if "ushiro-partial" in p.name]
    assert bundles.ledger(handoff_page.ctx.store) == []
