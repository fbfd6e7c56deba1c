"""Exports read back column by column: 弥生 (cp932, 25 fields, 2000), freee, マネーフォワード (27 columns),
the plain CSV for Excel and the audit folder with its 索引簿."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from ushiro_desk.domain.company import CompanyProfile, EntityType
from ushiro_desk.domain.expenses.model import InvoiceStatus, PaymentMethod, TaxCategory
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.reports.expense_exports import journals, plain
from ushiro_desk.services import company, expenses
from ushiro_desk.services.expenses import exports, settings
from ushiro_desk.services.store import Store


def read(path: Path, encoding: str) -> list[list[str]]:
    raw = path.read_bytes()
    text = raw.decode(encoding)
    assert "\n" not in text.replace("\r\n", "")  # CRLF line ends only
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.fixture
def book(store: Store, record, receipt_file):  # type: ignore[no-untyped-def]
    company.save_profile(store, CompanyProfile(name="合同会社テスト", entity_type=EntityType.CORPORATION))
    ids = {
        "train": record(date=date(2026, 4, 3), payee="JR東日本", amount="1,320", payment_method=PaymentMethod.CASH,
                        memo="客先訪問"),
        "newspaper": record(date=date(2026, 4, 30), payee="日本経済新聞社", amount="4,800", account="新聞図書費",
                            tax_category=TaxCategory.REDUCED, payment_method=PaymentMethod.BANK, memo="4月分 購読料"),
        "mixed": record(date=date(2026, 5, 2), payee="成城石井", amount="3,630", account="会議費",
                        tax_category=TaxCategory.MIXED, tax_parts=((TaxCategory.REDUCED, "2,160"), (TaxCategory.STANDARD, "1,470")),
                        attendee_count="4", attendees="社内打合せ", payment_method=PaymentMethod.OWNER),
        "freelancer": record(date=date(2026, 5, 20), payee="山田デザイン室", amount="55,000", account="外注費",
                             invoice_status=InvoiceStatus.TRANSITIONAL, supplier_tnumber="", payment_method=PaymentMethod.BANK),
        "stamp": record(date=date(2026, 6, 1), payee="郵便局", amount="200", account="租税公課", supplier_tnumber="",
                        tax_category=TaxCategory.NON_TAXABLE, memo="収入印紙"),
    }
    expenses.attach_receipts(store, ids["train"], [receipt_file("jr.pdf")])
    expenses.attach_receipts(store, ids["mixed"], [receipt_file("seijo1.png"), receipt_file("seijo2.png")])
    deleted = record(date=date(2026, 5, 5), payee="削除済み", amount="999")
    expenses.delete(store, deleted, "二重登録")
    return ids


def test_yayoi_file_is_cp932_crlf_25_fields_with_2000_per_journal_line(store: Store, book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "yayoi.csv"
    result = exports.export(store, "yayoi", out)
    rows = read(out, "cp932")
    assert result.lines == len(rows) == 6  # five expenses, the mixed one split in two
    assert all(len(r) == 25 for r in rows)
    assert {r[0] for r in rows} == {"2000"}
    first = dict(zip(journals.YAYOI_COLUMNS, rows[0]))
    assert first["取引日付"] == "2026/04/03"
    assert (first["借方勘定科目"], first["借方金額"], first["借方税金額"]) == ("旅費交通費", "1320", "120")
    assert first["借方税区分"] == "課対仕入内10%適格"
    assert (first["貸方勘定科目"], first["貸方税区分"], first["貸方金額"]) == ("現金", "対象外", "1320")
    assert first["摘要"] == "JR東日本 客先訪問"
    newspaper = dict(zip(journals.YAYOI_COLUMNS, rows[1]))
    assert (newspaper["借方税区分"], newspaper["借方税金額"], newspaper["貸方勘定科目"]) == ("課対仕入内軽減8%適格", "355", "普通預金")
    mixed = [dict(zip(journals.YAYOI_COLUMNS, r)) for r in rows[2:4]]
    assert [m["借方金額"] for m in mixed] == ["2160", "1470"]
    assert [m["借方税区分"] for m in mixed] == ["課対仕入内軽減8%適格", "課対仕入内10%適格"]
    assert {m["貸方勘定科目"] for m in mixed} == {"役員借入金"}
    assert mixed[0]["摘要"] == "成城石井 打合せ 往復 4名"
    freelancer = dict(zip(journals.YAYOI_COLUMNS, rows[4]))
    assert freelancer["借方税区分"] == "課対仕入内10%区分80%"
    assert dict(zip(journals.YAYOI_COLUMNS, rows[5]))["借方税区分"] == "対象外"
    assert "削除済み" not in out.read_bytes().decode("cp932")


def test_owner_paid_expenses_of_a_sole_proprietor_credit_jigyonushi_kari(store: Store, book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    company.save_profile(store, CompanyProfile(name="後藤デザイン事務所", entity_type=EntityType.SOLE_PROPRIETOR))
    exports.export(store, "yayoi", tmp_path / "y.csv")
    rows = read(tmp_path / "y.csv", "cp932")
    assert [r[10] for r in rows[2:4]] == ["事業主借", "事業主借"]


def test_a_payee_outside_shift_jis_is_reported_by_line_and_nothing_is_written(store: Store, book, record, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    record(date=date(2026, 4, 10), payee="𠮷野家 渋谷店", amount="1,100", account="会議費", attendee_count="1",
           attendees="自分")
    out = tmp_path / "yayoi.csv"
    with pytest.raises(InvalidInput) as refused:
        exports.export(store, "yayoi", out)
    (problem,) = refused.value.problems
    assert (problem.code, problem.field, problem.line) == ("export.unencodable", "摘要", 2)
    assert problem.params["characters"] == "𠮷"
    assert not out.exists() and list(tmp_path.glob("*.partial")) == []
    exports.export(store, "csv", tmp_path / "plain.csv")  # UTF-8 holds it
    assert "𠮷野家" in (tmp_path / "plain.csv").read_text(encoding="utf-8-sig")


def test_freee_transactions_csv(store: Store, book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "freee.csv"
    exports.export(store, "freee", out)
    header, *rows = read(out, "cp932")
    assert tuple(header) == journals.FREEE_COLUMNS and all(len(r) == 20 for r in rows)
    first = dict(zip(header, rows[0]))
    assert (first["収支区分"], first["発生日"], first["取引先"], first["勘定科目"]) == ("支出", "2026/04/03", "JR東日本", "旅費交通費")
    assert (first["税区分"], first["金額"], first["税計算区分"], first["決済口座"]) == ("課対仕入10%", "1320", "内税", "現金")
    assert [dict(zip(header, r))["管理番号"] for r in rows[2:4]] == [f"{book['mixed']}-1", f"{book['mixed']}-2"]
    assert dict(zip(header, rows[2]))["決済口座"] == "プライベート資金"


def test_moneyforward_journal_csv_has_27_columns_and_compound_numbers(store: Store, book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "mf.csv"
    exports.export(store, "mf", out)
    header, *rows = read(out, "cp932")
    assert len(header) == 27 and tuple(header) == journals.MF_COLUMNS and all(len(r) == 27 for r in rows)
    parsed = [dict(zip(header, r)) for r in rows]
    assert [p["取引No"] for p in parsed] == ["1", "2", "3", "3", "4", "5"]
    assert (parsed[0]["借方インボイス"], parsed[0]["借方税区分"], parsed[0]["借方取引先"]) == ("適格", "課税仕入 10%", "JR東日本")
    assert parsed[4]["借方インボイス"] == "80％控除"
    assert (parsed[1]["借方金額(円)"], parsed[1]["貸方金額(円)"], parsed[1]["貸方勘定科目"]) == ("4800", "4800", "普通預金")


def test_the_owners_mapping_changes_the_strings(store: Store, book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings.save_mapping(store, "yayoi", {"tax.standard_10.qualified": "課対仕入込10%適格", "account.旅費交通費": "交通費",
                                           "credit.cash": "小口現金"})
    exports.export(store, "yayoi", tmp_path / "y.csv")
    first = read(tmp_path / "y.csv", "cp932")[0]
    assert (first[4], first[7], first[10]) == ("交通費", "課対仕入込10%適格", "小口現金")


def test_period_limits_the_export(store: Store, book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = exports.export(store, "csv", tmp_path / "p.csv", date_from=date(2026, 5, 1), date_to=date(2026, 5, 31))
    header, *rows = read(tmp_path / "p.csv", "utf-8-sig")
    assert result.expenses == 2 and [r[2] for r in rows] == ["成城石井", "山田デザイン室"]
    mixed = dict(zip(header, rows[0]))
    assert (mixed["税区分"], mixed["10%対象"], mixed["8%対象"], mixed["消費税額"]) == ("複数税率", "1470", "2160", str(133 + 160))
    assert (mixed["支払方法"], mixed["貸方科目"], mixed["領収書数"]) == ("代表者立替", "役員借入金", "2")
    assert (tmp_path / "p.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_audit_folder_names_receipts_by_date_payee_amount_with_an_index(store: Store, book, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "税務調査用"
    result = exports.export(store, "audit", out)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["20260403_JR東日本_1320.pdf", "20260502_成城石井_3630.png", "20260502_成城石井_3630_2.png",
                            plain.INDEX_NAME])
    assert result.lines == 3
    index = plain.read_index(out)
    assert [row["ファイル名"] for row in index if row["取引先"] == "成城石井"] == ["20260502_成城石井_3630.png",
                                                                        "20260502_成城石井_3630_2.png"]
    missing = [row for row in index if not row["ファイル名"]]
    assert {row["取引先"] for row in missing} == {"日本経済新聞社", "山田デザイン室", "郵便局"}
    assert all(row["備考"] == "領収書なし" for row in missing)
    for row in index:
        if row["ファイル名"]:
            assert (out / row["ファイル名"]).stat().st_size > 0
    with pytest.raises(InvalidInput) as refused:
        exports.export(store, "audit", out)  # the folder is no longer empty
    assert refused.value.problems[0].code == "export.folder_not_empty"
