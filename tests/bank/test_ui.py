"""The Money in page and the import preview, driven with qtbot on the sample data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.bank.files import SBI_HEADER, csv_bytes, sbi_csv
from ushiro_desk.services.bank import lines as bank_lines
from ushiro_desk.services.invoicing import queries
from ushiro_desk.ui.bank.import_dialog import ImportDialog
from ushiro_desk.ui.bank.page import BankPage
from ushiro_desk.ui.bank.today_section import TodaySection

TODAY = date(2026, 11, 20)
ACCOUNT = "みずほ銀行 渋谷支店 1234567"


@pytest.fixture
def page(qtbot, ui_ctx):  # type: ignore[no-untyped-def]
    widget = BankPage(ui_ctx)
    qtbot.addWidget(widget)
    widget.setMinimumSize(1180, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_matching_view_shows_deposits_with_reasons_and_confirms(page, qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    rows = {page.deposits.item(r, 2).text(): r for r in range(page.deposits.rowCount())}
    assert set(rows) >= {"ｶ)ﾐﾅﾄｾｲｻｸｼﾖ", "ﾕ)ｻｸﾗｺ-ﾋ-", "NORTHWIND TRADING K.K", "ｶ)ﾋｶﾘｿﾌﾄ", "ﾔﾏﾀﾞ ﾀﾛｳ"}
    page.deposits.selectRow(rows["ｶ)ﾐﾅﾄｾｲｻｸｼﾖ"])
    assert page.candidates.item(0, 5).text() == "Exactly the amount due · The payer is 株式会社みなと製作所"
    number = page.candidates.item(0, 0).text()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    (doc,) = [d for d in queries.list_documents(ui_ctx.store) if d.number == number]
    assert doc.standing(TODAY).balance == 0
    assert "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ" not in {page.deposits.item(r, 2).text() for r in range(page.deposits.rowCount())}
    page.deposits.selectRow(0)
    assert page.badge() == len(bank_lines.list_lines(ui_ctx.store, unmatched=True))


def test_the_import_preview_lists_rows_and_refuses_a_bad_one(qtbot, ui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(ui_ctx, TODAY)
    qtbot.addWidget(dialog)
    good = tmp_path / "sbi.csv"
    good.write_bytes(sbi_csv([(date(2026, 11, 2), 12_000, "振込 ﾃｽﾄ"), (date(2026, 11, 3), -500, "ATM")]))
    dialog.account.setCurrentIndex(dialog.account.findData(ACCOUNT))
    dialog.open_file(good)
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 6).text() for r in range(2)] == ["New", "New"]
    assert dialog.apply_button.isEnabled()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_bytes([SBI_HEADER, ["2026/11/02", "振込", "", "1,000", "1,000", ""],
                               ["2026/11/40", "振込", "", "1", "1,001", ""]]))
    dialog.open_file(bad)
    assert dialog.table.rowCount() == 0
    assert not dialog.apply_button.isEnabled()
    assert "Line 3: 2026/11/40 is not a date." in dialog.summary.text()
    dialog.open_file(good)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert any(x.description == "振込 ﾃｽﾄ" for x in bank_lines.list_lines(ui_ctx.store))


def test_today_shows_the_unmatched_deposits(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    section = TodaySection(ui_ctx)
    qtbot.addWidget(section)
    waiting = bank_lines.list_lines(ui_ctx.store, unmatched=True)
    assert section.items.count() == len(waiting) >= 5
    assert section.title.text().startswith(f"Money in: {len(waiting)} deposits to match")


def test_settings_tab_enters_a_kana_name_a_rule_and_the_fee_range(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services.bank import debits, matching
    from ushiro_desk.ui.bank.settings_tab import BankSettingsTab

    tab = BankSettingsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.client.setCurrentIndex(tab.client.findText("株式会社アオバ商事"))
    tab.kana.setText("ｱｵﾊﾞｼﾖｳｼﾞ")
    qtbot.mouseClick(tab.findChild(QPushButton, "bank_kana_add"), Qt.MouseButton.LeftButton)
    # the sample data know this name already (same folded key): the spelling first given stays
    assert ("株式会社アオバ商事", "アオバショウジ", "kana") in matching.payer_names(ui_ctx.store)
    tab.contains.setText("ｽﾀ-ﾊﾞﾂｸｽ")
    tab.account.setCurrentIndex(tab.account.findData("会議費"))
    tab.add_rule()
    assert any(r.contains == "ｽﾀ-ﾊﾞﾂｸｽ" and r.account == "会議費" for r in debits.rules(ui_ctx.store))
    tab.fee_min.setValue(0)
    tab.fee_max.setValue(10_001 - 1)
    tab.save_fee()
    assert matching.fee_range(ui_ctx.store) == (0, 10_000)
    tab.fee_min.setValue(500)
    tab.fee_max.setValue(100)
    tab.save_fee()
    assert tab.message.text() == "The fee range must lie between ¥0 and ¥10,000."
    assert matching.fee_range(ui_ctx.store) == (0, 10_000)
