"""The expense export dialog can also write the accountant's journals of sales and money received,
next to the expense file, in the same format."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import Qt

from ushiro_desk.ui.expenses.export_dialog import ExportDialog


def _dialog(qtbot, ui_ctx, fmt: str, out: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.out.setText(str(out))
    dialog.money_in.setChecked(True)
    return dialog


def test_the_yayoi_export_writes_the_money_in_journals_beside_it(qtbot, ui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services.invoicing import queries

    paid = [d for d in queries.list_documents(ui_ctx.store) if d.number and d.paid > 0]
    assert paid, "the sample data have paid invoices"
    dialog = _dialog(qtbot, ui_ctx, "yayoi", tmp_path / "expenses-yayoi.csv")
    qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    journal = tmp_path / "expenses-yayoi-money-in.csv"
    text = journal.read_bytes().decode("cp932")
    assert "売掛金" in text and "普通預金" in text and paid[0].number in text
    assert stat.S_IMODE(journal.stat().st_mode) == 0o600
    assert "Sales and money received:" in dialog.message.text()


def test_an_existing_money_in_file_is_not_replaced_and_nothing_is_written(qtbot, ui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    journal = tmp_path / "expenses-mf-money-in.csv"
    journal.write_bytes(b"the owner's own file")
    dialog = _dialog(qtbot, ui_ctx, "mf", tmp_path / "expenses-mf.csv")
    assert dialog.start() is False
    assert journal.read_bytes() == b"the owner's own file"
    assert not (tmp_path / "expenses-mf.csv").exists()


def test_the_audit_folder_has_no_money_in_option(qtbot, ui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, ui_ctx, "audit", tmp_path / "audit")
    assert not dialog.money_in.isEnabled()
