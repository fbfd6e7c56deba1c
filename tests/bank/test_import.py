"""Importing statements: preview first, nothing twice, gaps reported, the file kept by its hash."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from datetime import date
from pathlib import Path
from typing import Callable

import pytest

from tests.bank.conftest import ACCOUNT
from tests.bank.files import SBI_HEADER, csv_bytes, sbi_csv, zengin_statement
from ushiro_desk.domain.bank.csvfile import ColumnMap
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.bank import accounts, imports
from ushiro_desk.services.store import Store

TODAY = date(2026, 11, 30)
OCTOBER = [(date(2026, 11, 2), 330_000, "振込 ｶ)ﾐﾅﾄｾｲｻｸｼﾖ"), (date(2026, 11, 3), -1_980, "デビット アマゾン")]
NOVEMBER = [*OCTOBER, (date(2026, 11, 7), -110, "振込手数料"), (date(2026, 11, 10), 109_340, "振込 ﾕ)ｱｵﾊﾞｼﾖｳｼﾞ")]


def dump(store: Store) -> str:
    return subprocess.run(["sqlite3", str(store.paths.database), ".dump"], capture_output=True, text=True,
                          check=True).stdout


def count(store: Store, table: str) -> int:
    conn = sqlite3.connect(store.paths.database)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_the_profiles_bank_account_is_an_import_account(owner: Store) -> None:
    (account,) = accounts.accounts(owner)
    assert (account.name, account.kind.value, account.account_number) == (ACCOUNT, "bank", "1234567")
    card_id, _ = accounts.add_card(owner, "楽天カード")
    assert [a.name for a in accounts.accounts(owner)] == [ACCOUNT, "楽天カード"]
    with pytest.raises(InvalidInput):
        accounts.add_card(owner, "楽天カード")


def test_a_preview_stores_nothing(owner: Store, write: Callable[[str, bytes], Path]) -> None:
    accounts.accounts(owner)
    before = dump(owner)
    found = imports.preview(owner, write("sbi.csv", sbi_csv(NOVEMBER)), ACCOUNT, today=TODAY)
    assert found.ok
    assert [(x.day, x.amount) for x in found.new_lines] == [(d, a) for d, a, _ in NOVEMBER]
    assert dump(owner) == before


def test_reimporting_an_overlapping_statement_adds_nothing_twice(owner: Store, write: Callable[[str, bytes], Path]) -> None:
    result, _ = imports.apply(owner, write("oct.csv", sbi_csv(OCTOBER)), ACCOUNT, today=TODAY)
    assert (result.added, result.duplicates) == (2, 0)
    again, _ = imports.apply(owner, write("nov.csv", sbi_csv(NOVEMBER, encoding="utf-8-sig")), ACCOUNT, today=TODAY)
    assert (again.added, again.duplicates) == (2, 2)
    assert count(owner, "statement_line") == 4
    before = dump(owner)
    third = imports.preview(owner, write("nov2.csv", sbi_csv(NOVEMBER)), ACCOUNT, today=TODAY)
    assert (len(third.new), third.duplicates) == (0, 4)
    assert dump(owner) == before


def test_two_identical_fees_on_one_day_stay_two(owner: Store, write: Callable[[str, bytes], Path]) -> None:
    rows = [SBI_HEADER, ["2026/11/07", "振込手数料", "110", "", "", ""], ["2026/11/07", "振込手数料", "110", "", "", ""]]
    result, _ = imports.apply(owner, write("fees.csv", csv_bytes(rows)), ACCOUNT, today=TODAY)
    assert result.added == 2
    again, _ = imports.apply(owner, write("fees2.csv", csv_bytes(rows, "utf-8")), ACCOUNT, today=TODAY)
    assert again.added == 0


def test_a_gap_in_the_running_balance_is_reported(owner: Store, write: Callable[[str, bytes], Path]) -> None:
    missing = [NOVEMBER[0], NOVEMBER[1], NOVEMBER[3]]  # the ¥110 fee of 11/07 is not in the file
    data = sbi_csv(NOVEMBER).decode("cp932").splitlines()
    data = [line for line in data if "振込手数料" not in line]
    found = imports.preview(owner, write("gap.csv", "\r\n".join(data).encode("cp932")), ACCOUNT, today=TODAY)
    assert len(found.new) == len(missing)
    (gap,) = found.gaps
    assert (gap.after, gap.before, gap.difference) == (date(2026, 11, 3), date(2026, 11, 10), -110)


def test_a_gap_between_two_imports_is_reported(owner: Store, write: Callable[[str, bytes], Path]) -> None:
    imports.apply(owner, write("a.csv", sbi_csv(OCTOBER)), ACCOUNT, today=TODAY)
    later = sbi_csv([(date(2026, 11, 10), 109_340, "振込 ﾕ)ｱｵﾊﾞｼﾖｳｼﾞ")], opening=828_020 - 110)
    found = imports.preview(owner, write("b.csv", later), ACCOUNT, today=TODAY)
    (gap,) = found.gaps
    assert (gap.after, gap.before, gap.difference) == (date(2026, 11, 3), date(2026, 11, 10), -110)


def test_the_imported_file_is_kept_by_its_hash(owner: Store, write: Callable[[str, bytes], Path]) -> None:
    data = zengin_statement([(date(2026, 11, 2), 330_000, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ", "")])
    result, _ = imports.apply(owner, write("meisai.txt", data), ACCOUNT, today=TODAY)
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert owner.files.read_bytes(result.sha256) == data
    conn = sqlite3.connect(owner.paths.database)
    assert conn.execute("SELECT format, sha256 FROM statement_import").fetchall() == [("zengin", result.sha256)]
    assert conn.execute("SELECT payer, balance FROM statement_line").fetchall() == [("ｶ)ﾐﾅﾄｾｲｻｸｼﾖ", 1_330_000)]


def test_a_zengin_file_of_another_account_is_refused(owner: Store, write: Callable[[str, bytes], Path]) -> None:
    data = zengin_statement([(date(2026, 11, 2), 1, "ｱ", "")], account="7654321")
    with pytest.raises(InvalidInput) as caught:
        imports.apply(owner, write("other.txt", data), ACCOUNT, today=TODAY)
    assert caught.value.problems[0].code == "statement.other_account"
    assert count(owner, "statement_line") == 0


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02" * 100,
        csv_bytes([SBI_HEADER, ["2026/11/02", "振込", "", "1,000", "1,000", ""], ["2026/11/31", "x", "", "1", "1", ""]]),
        csv_bytes([SBI_HEADER, ["2026/11/02", "=cmd|' /C calc'!A0", "", "1", "1", ""]]),
    ],
    ids=["binary", "bad-date", "formula"],
)
def test_a_bad_file_stores_nothing(owner: Store, write: Callable[[str, bytes], Path], data: bytes) -> None:
    accounts.accounts(owner)
    before = dump(owner)
    with pytest.raises(InvalidInput):
        imports.apply(owner, write("bad.csv", data), ACCOUNT, today=TODAY)
    assert dump(owner) == before
    assert not list(owner.paths.files.rglob("*")) or all(p.is_dir() for p in owner.paths.files.rglob("*"))


def test_a_huge_file_is_refused_before_reading(owner: Store, tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    with big.open("wb") as fh:
        fh.truncate(imports.MAX_FILE_BYTES + 1)
    found = imports.preview(owner, big, ACCOUNT, today=TODAY)
    assert [p.code for p in found.problems] == ["statement.too_large"]


def test_a_mapping_is_remembered_for_the_account(owner: Store, write: Callable[[str, bytes], Path]) -> None:
    rows = [["R8.11.02", "ﾌﾘｺﾐ ｶ)ﾐﾅﾄｾｲｻｸｼﾖ", "330000"]]
    mapping = ColumnMap(date=0, description=1, amount=2, skip_rows=0, amount_is_charge=False)
    imports.apply(owner, write("own.csv", csv_bytes(rows)), ACCOUNT, today=TODAY, mapping=mapping)
    found = imports.preview(owner, write("own2.csv", csv_bytes([["R8.11.03", "ﾘｿｸ", "12"]])), ACCOUNT, today=TODAY)
    assert found.ok, found.problems
    assert [(x.day, x.deposit) for x in found.new_lines] == [(date(2026, 11, 3), 12)]
