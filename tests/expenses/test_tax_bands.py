"""The transitional bands (経過措置) on both sides of 2026-10-01 and 2028-10-01, old rates and "no credit",
exported for 弥生, freee and マネーフォワード and read back from the files.

Worked cases, sources: 令和8年度税制改正 (80% to 2026-09-30, 70% to 2028-09-30, 50% to 2030-09-30, 30% to
2031-09-30, then none): METI 概要 quoted at https://www.fps-net.com/knowledge/tax/2026/4_3.html, freee
https://developer.freee.co.jp/accounting/accounting-improvement/8133 (控70 / 控30 codes; 対象外 from
2031-10); tax on ¥55,000 税込 at 10% = 55,000 × 10/110 = 5,000.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from ushiro_desk.domain.company import CompanyProfile, EntityType
from ushiro_desk.domain.expenses.model import InvoiceStatus, PaymentMethod, TaxCategory
from ushiro_desk.reports.expense_exports import journals
from ushiro_desk.services import company, expenses
from ushiro_desk.services.expenses import exports, settings
from ushiro_desk.services.store import Store
from tests.expenses.conftest import form

DAYS = (date(2026, 9, 30), date(2026, 10, 1), date(2028, 9, 30), date(2028, 10, 1))


def read(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("cp932"), newline="")))


def add(store: Store, day: date, **values: object) -> int:
    values = {"payee": "山田デザイン室", "amount": "55,000", "account": "外注費", "supplier_tnumber": "",
              "invoice_status": InvoiceStatus.TRANSITIONAL, "payment_method": PaymentMethod.BANK, **values}
    expense_id, _, _ = expenses.create(store, form(date=day, **values), today=day)  # type: ignore[arg-type]
    return expense_id


@pytest.fixture
def bands(store: Store) -> Store:
    company.save_profile(store, CompanyProfile(name="合同会社テスト", entity_type=EntityType.CORPORATION))
    for day in DAYS:
        add(store, day)
    return store


def test_yayoi_bands_on_both_sides_of_2026_10_01_and_2028_10_01(bands: Store, tmp_path: Path) -> None:
    exports.export(bands, "yayoi", tmp_path / "y.csv")
    rows = [dict(zip(journals.YAYOI_COLUMNS, r)) for r in read(tmp_path / "y.csv")]
    assert [(r["取引日付"], r["借方税区分"], r["借方税金額"]) for r in rows] == [
        ("2026/09/30", "課対仕入内10%区分80%", "5000"),
        ("2026/10/01", "課対仕入内10%区分70%", "5000"),
        ("2028/09/30", "課対仕入内10%区分70%", "5000"),
        ("2028/10/01", "課対仕入内10%区分50%", "5000"),
    ]


def test_freee_bands_use_the_kou70_code_from_2026_10_01(bands: Store, tmp_path: Path) -> None:
    exports.export(bands, "freee", tmp_path / "f.csv")
    header, *rows = read(tmp_path / "f.csv")
    assert [(r[2], r[6], r[9]) for r in rows] == [
        ("2026/09/30", "課対仕入（控80）10%", "5000"),
        ("2026/10/01", "課対仕入（控70）10%", "5000"),
        ("2028/09/30", "課対仕入（控70）10%", "5000"),
        ("2028/10/01", "課対仕入（控50）10%", "5000"),
    ]
    assert (header[6], header[9]) == ("税区分", "税額")


def test_moneyforward_bands_are_in_the_invoice_column(bands: Store, tmp_path: Path) -> None:
    exports.export(bands, "mf", tmp_path / "m.csv")
    header, *rows = read(tmp_path / "m.csv")
    parsed = [dict(zip(header, r)) for r in rows]
    assert [(p["取引日"], p["借方税区分"], p["借方インボイス"], p["借方税額"]) for p in parsed] == [
        ("2026/09/30", "課税仕入 10%", "80％控除", "5000"),
        ("2026/10/01", "課税仕入 10%", "70％控除", "5000"),
        ("2028/09/30", "課税仕入 10%", "70％控除", "5000"),
        ("2028/10/01", "課税仕入 10%", "50％控除", "5000"),
    ]


def test_the_30_percent_band_and_the_end_of_the_measure(store: Store, tmp_path: Path) -> None:
    add(store, date(2031, 9, 30), tax_category=TaxCategory.REDUCED, amount="10,800", account="会議費")
    add(store, date(2031, 10, 1))
    exports.export(store, "freee", tmp_path / "f.csv")
    _, *rows = read(tmp_path / "f.csv")
    # 10,800 × 8/108 = 800; from 2031-10-01 nothing is credited: 対象外 with no tax (freee 8133)
    assert [(r[6], r[9]) for r in rows] == [("課対仕入（控30）8%（軽）", "800"), ("対象外", "0")]


@pytest.mark.parametrize("product", ["yayoi", "freee", "mf", "csv"])
def test_an_expense_without_any_credit_carries_tax_0_in_every_export(store: Store, tmp_path: Path, product: str) -> None:
    add(store, date(2026, 11, 2), invoice_status=InvoiceStatus.NONE, payee="個人の方")
    out = tmp_path / "out.csv"
    exports.export(store, product, out)
    text = out.read_bytes().decode("utf-8-sig" if product == "csv" else "cp932")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if product == "yayoi":
        row = dict(zip(journals.YAYOI_COLUMNS, rows[0]))
        assert (row["借方税区分"], row["借方税金額"]) == ("対象外", "0")
    else:
        header, row_cells = rows[0], rows[1]
        row = dict(zip(header, row_cells))
        tax_column = {"freee": "税額", "mf": "借方税額", "csv": "消費税額"}[product]
        assert row[tax_column] == "0"
        if product != "csv":
            assert row["税区分" if product == "freee" else "借方税区分"] == "対象外"


def test_old_records_are_exported_at_the_rate_of_their_day(store: Store, tmp_path: Path) -> None:
    """A receipt of 2019-09-30 was taxed at 8% (no reduced rate yet): 1,080 × 8/108 = 80; of 2014-03-31 at
    5%: 1,050 × 5/105 = 50; from 2019-10-01 10%: 1,100 × 10/110 = 100 (NTA 消費税率の推移)."""
    old = {"invoice_status": InvoiceStatus.QUALIFIED, "supplier_tnumber": "T9010001088018"}
    add(store, date(2014, 3, 31), amount="1,050", **old)
    add(store, date(2019, 9, 30), amount="1,080", **old)
    add(store, date(2019, 9, 30), amount="1,080", tax_category=TaxCategory.REDUCED, **old)
    add(store, date(2019, 10, 1), amount="1,100", **old)
    exports.export(store, "yayoi", tmp_path / "y.csv")
    rows = [dict(zip(journals.YAYOI_COLUMNS, r)) for r in read(tmp_path / "y.csv")]
    assert [(r["借方税区分"], r["借方税金額"]) for r in rows] == [
        ("課対仕入内5%", "50"), ("課対仕入内8%", "80"), ("課対仕入内8%", "80"), ("課対仕入内10%", "100"),
    ]


def test_editing_a_band_string_in_settings_changes_the_export(bands: Store, tmp_path: Path) -> None:
    settings.save_mapping(bands, "yayoi", {"tax.standard_10.transitional_70": "課対仕入込10%区分70%"})
    exports.export(bands, "yayoi", tmp_path / "y.csv")
    rows = [dict(zip(journals.YAYOI_COLUMNS, r)) for r in read(tmp_path / "y.csv")]
    assert [r["借方税区分"] for r in rows] == [
        "課対仕入内10%区分80%", "課対仕入込10%区分70%", "課対仕入込10%区分70%", "課対仕入内10%区分50%",
    ]


def test_passing_the_per_supplier_cap_is_a_warning_not_an_error(store: Store) -> None:
    """From 2026-10-01 the measure stops above ¥100 million a year per supplier (令和8年度改正; was ¥1
    billion): the owner is told, the expense is still recorded."""
    add(store, date(2026, 10, 5), amount="60,000,000")
    second, _, warnings = expenses.create(
        store, form(date=date(2026, 11, 2), payee="山田デザイン室", amount="50,000,000", account="外注費",
                    supplier_tnumber="", invoice_status=InvoiceStatus.TRANSITIONAL), today=date(2026, 11, 2))
    assert [(w.code, w.params) for w in warnings] == [
        ("expense.transitional_cap", {"cap": "100,000,000", "total": "110,000,000"}),
    ]
    assert expenses.get(store, second).amount == 50_000_000
    # the same total a year earlier was under the ¥1 billion cap; another supplier is counted on its own
    _, _, before = expenses.create(
        store, form(date=date(2025, 11, 2), payee="山田デザイン室", amount="110,000,000", account="外注費",
                    supplier_tnumber="", invoice_status=InvoiceStatus.TRANSITIONAL), today=date(2025, 11, 2))
    _, _, other = expenses.create(
        store, form(date=date(2026, 11, 3), payee="別の個人", amount="50,000,000", account="外注費",
                    supplier_tnumber="", invoice_status=InvoiceStatus.TRANSITIONAL), today=date(2026, 11, 3))
    assert "expense.transitional_cap" not in [w.code for w in before + other]


def test_the_plain_csv_names_the_band_and_its_strings_are_a_setting(store: Store, tmp_path: Path) -> None:
    for day in (date(2026, 9, 30), date(2026, 10, 1)):
        add(store, day)
    exports.export(store, "csv", tmp_path / "p.csv")
    header, *rows = list(csv.reader(io.StringIO((tmp_path / "p.csv").read_bytes().decode("utf-8-sig"), newline="")))
    assert [(r[header.index("税区分")], r[header.index("適格請求書")]) for r in rows] == [
        ("課税10%", "経過措置80%"), ("課税10%", "経過措置70%"),
    ]
    settings.save_mapping(store, "csv", {"invoice.transitional_70": "7割控除"})
    exports.export(store, "csv", tmp_path / "p2.csv")
    _, *rows = list(csv.reader(io.StringIO((tmp_path / "p2.csv").read_bytes().decode("utf-8-sig"), newline="")))
    assert [r[header.index("適格請求書")] for r in rows] == ["経過措置80%", "7割控除"]


def test_editing_the_kou70_string_in_the_settings_tab_changes_the_freee_file(qtbot, ui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.expenses.settings_tab import ExpenseSettingsTab

    day = date(2026, 10, 15)
    add(ui_ctx.store, day, payee="経過措置テスト商店")
    tab = ExpenseSettingsTab(ui_ctx)
    qtbot.addWidget(tab)
    tab.product.setCurrentIndex(tab.product.findData("freee"))
    rows = {tab.mapping.item(r, 0).text(): r for r in range(tab.mapping.rowCount())}
    row = rows["Tax: 10% — transitional 70%"]
    assert tab.mapping.item(row, 1).text() == "課対仕入（控70）10%"
    assert "Tax: 8% reduced — transitional 30%" in rows
    tab.mapping.item(row, 2).setText("課対仕入(控70) 10%")
    assert tab.save_mapping()
    exports.export(ui_ctx.store, "freee", tmp_path / "f.csv", date_from=day, date_to=day)
    _, *lines = read(tmp_path / "f.csv")
    assert [(r[4], r[6]) for r in lines if r[4] == "経過措置テスト商店"] == [("経過措置テスト商店", "課対仕入(控70) 10%")]
