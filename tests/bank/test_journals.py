"""Journals of sales and receipts for the accountant: balanced, fee as 支払手数料, Shift_JIS checked."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path
from typing import Callable

import pytest

from tests.bank.conftest import ACCOUNT
from tests.bank.files import zengin_statement
from ushiro_desk.cli.main import main
from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.status import DocumentSummary
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.bank import imports, journals, matching
from ushiro_desk.services.invoicing import clients
from ushiro_desk.services.store import Store

TODAY = date(2026, 11, 30)


@pytest.fixture
def paid(owner: Store, minato: Client, issue: Callable[..., DocumentSummary], write: Callable[[str, bytes], Path]) -> str:
    doc = issue(minato, 300_000)
    imports.apply(owner, write("m.txt", zengin_statement([(date(2026, 11, 2), 330_000 - 440, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ", "")])),
                  ACCOUNT, today=TODAY)
    (entry,) = matching.candidates(owner, today=TODAY)
    matching.confirm(owner, entry.line.id, [doc.number or ""], today=TODAY)
    return doc.number or ""


def test_yayoi_journal_books_the_sale_and_the_receipt_with_the_fee(owner: Store, paid: str, tmp_path: Path) -> None:
    out = tmp_path / "journal.csv"
    result = journals.export(owner, "yayoi", out, date_from=date(2026, 10, 1), date_to=date(2026, 11, 30))
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("cp932"))))
    assert result.entries == len(rows) == 3
    assert all(len(r) == 25 and r[0] == "2000" and r[8] == r[14] for r in rows)  # each line balances
    sale, bank, fee = rows
    assert (sale[3], sale[4], sale[10], sale[8], sale[13], sale[15]) == ("2026/10/31", "売掛金", "売上高", "330000", "課税売上10%", "30000")
    assert (bank[3], bank[4], bank[10], bank[8]) == ("2026/11/02", "普通預金", "売掛金", "329560")
    assert (fee[4], fee[10], fee[8]) == ("支払手数料", "売掛金", "440")
    assert (out.stat().st_mode & 0o777) == 0o600


def test_mf_and_plain_csv(owner: Store, paid: str, tmp_path: Path) -> None:
    journals.export(owner, "mf", tmp_path / "mf.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "mf.csv").read_bytes().decode("cp932"))))
    assert len(rows[0]) == 27 and len(rows) == 4
    journals.export(owner, "csv", tmp_path / "plain.csv")
    text = (tmp_path / "plain.csv").read_bytes().decode("utf-8-sig")
    assert "支払手数料" in text and paid in text


def test_a_character_shift_jis_cannot_hold_is_refused_and_nothing_written(owner: Store, minato: Client,
                                                                           issue: Callable[..., DocumentSummary],
                                                                           tmp_path: Path) -> None:
    client, _, _ = clients.save_client(owner, Client("𠮷野家ホールディングス"))
    issue(client, 1_000)
    out = tmp_path / "y.csv"
    with pytest.raises(InvalidInput) as caught:
        journals.export(owner, "yayoi", out)
    assert caught.value.problems[0].code == "export.unencodable" and caught.value.problems[0].line == 1
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # no file, no temporary left


def test_a_formula_in_a_name_is_neutralised(owner: Store, issue: Callable[..., DocumentSummary], tmp_path: Path) -> None:
    client, _, _ = clients.save_client(owner, Client("=HYPERLINK(1)"))
    issue(client, 1_000)
    journals.export(owner, "csv", tmp_path / "p.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "p.csv").read_bytes().decode("utf-8-sig"))))
    assert rows[1][6].startswith("'=")


def test_cli_journals_refuses_to_replace_a_file(owner: Store, paid: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    root = str(owner.paths.root)
    owner.close()
    out = tmp_path / "j.csv"
    out.write_text("keep")
    assert main(["bank", "journals", "--format", "yayoi", "--out", str(out), "--data-dir", root]) == 1
    assert out.read_text() == "keep"
    assert "give --force" in capsys.readouterr().err
    assert main(["bank", "journals", "--format", "yayoi", "--out", str(out), "--force", "--data-dir", root]) == 0
