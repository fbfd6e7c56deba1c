"""The month view, the Today section and the settings tab on the sample data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope
from ushiro_desk.services import expenses
from ushiro_desk.services.expenses import exports, settings
from ushiro_desk.ui.expenses.report import TOP_ACCOUNTS, ExpenseMonthReport, fiscal_months, fiscal_year_of
from ushiro_desk.ui.expenses.settings_tab import ExpenseSettingsTab
from ushiro_desk.ui.expenses.today_section import TodaySection


def test_fiscal_months_follow_the_start_month() -> None:
    assert fiscal_months(2026, 4)[0] == "2026-04" and fiscal_months(2026, 4)[-1] == "2027-03"
    assert fiscal_year_of(date(2027, 3, 31), 4) == 2026 and fiscal_year_of(date(2027, 4, 1), 4) == 2027


def test_month_view_totals_match_the_books(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    report = ExpenseMonthReport(ui_ctx)
    qtbot.addWidget(report)
    index = report.year.findData(2025)
    report.year.setCurrentIndex(index)
    total_row = report.table.rowCount() - 1
    grand = report.table.item(total_row, report.table.columnCount() - 1).text()
    _, expected = expenses.totals(ui_ctx.store, ExpenseQuery(date_from=date(2025, 4, 1), date_to=date(2026, 3, 31)))
    assert grand == f"{expected:,}"
    missing = expenses.search(ui_ctx.store, ExpenseQuery(date_from=date(2025, 4, 1), date_to=date(2026, 3, 31),
                                                         missing_receipt=True))
    assert report.missing.ids() == missing and missing
    assert report.chart.series()[0].count() == TOP_ACCOUNTS + 1  # the largest accounts + other (a legend that fits)


def test_today_section_counts_drafts_and_missing_receipts(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    section = TodaySection(ui_ctx)
    qtbot.addWidget(section)
    expected = expenses.draft_count(ui_ctx.store) + expenses.missing_receipt_count(ui_ctx.store)
    assert section.count() == expected > 0
    assert section.items.count() == min(expenses.draft_count(ui_ctx.store), 8) + min(
        expenses.missing_receipt_count(ui_ctx.store), 8)
    draft = expenses.search(ui_ctx.store, ExpenseQuery(scope=Scope.DRAFTS))[0]
    expenses.delete(ui_ctx.store, draft, "不要な画像")
    section.reload()
    assert section.count() == expected - 1


def test_settings_tab_edits_accounts_and_the_mapping(qtbot, ui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab = ExpenseSettingsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.add_account("ソフトウェア利用料")
    assert tab.save_accounts()
    assert "ソフトウェア利用料" in expenses.accounts(ui_ctx.store)
    tab.add_account("通信費")
    assert not tab.save_accounts()  # twice in the list
    tab.load_accounts()

    row = next(r for r in range(tab.mapping.rowCount()) if tab.mapping.item(r, 0).text() == "Tax: 10% — qualified")
    tab.mapping.item(row, 2).setText("課税仕入10%適格")
    assert tab.save_mapping()
    assert settings.mapping(ui_ctx.store, "yayoi").tax("tax.standard_10.qualified") == "課税仕入10%適格"
    assert settings.mapping(ui_ctx.store, "yayoi").overrides == {"tax.standard_10.qualified": "課税仕入10%適格"}
    exports.export(ui_ctx.store, "yayoi", tmp_path / "y.csv", date_from=date(2026, 11, 1))
    assert "課税仕入10%適格" in (tmp_path / "y.csv").read_bytes().decode("cp932")


@pytest.mark.parametrize("product", ["freee", "mf"])
def test_encoding_is_a_setting_for_freee_and_mf(qtbot, ui_ctx, tmp_path: Path, product: str) -> None:  # type: ignore[no-untyped-def]
    tab = ExpenseSettingsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.product.setCurrentIndex(tab.product.findData(product))
    tab.encoding.setCurrentIndex(tab.encoding.findData("utf-8-sig"))
    assert tab.save_mapping()
    exports.export(ui_ctx.store, product, tmp_path / "out.csv", date_from=date(2026, 11, 1))
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")
