"""`ushiro-desk bank …`: accounts, import (preview, --apply), lines, match, confirm; errors in one sentence."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Callable

import pytest

from tests.bank.conftest import ACCOUNT
from tests.bank.files import SBI_HEADER, csv_bytes, zengin_statement
from ushiro_desk.cli.main import main
from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.status import DocumentSummary
from ushiro_desk.services.store import Store


@pytest.fixture
def setup(owner: Store, minato: Client, issue: Callable[..., DocumentSummary],
          write: Callable[[str, bytes], Path]) -> tuple[str, Path, str]:
    doc = issue(minato, 300_000)
    statement = write("meisai.txt", zengin_statement([(date(2026, 11, 2), 330_000 - 660, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ", ""),
                                                      (date(2026, 11, 3), -1_980, "", "ｱﾏｿﾞﾝ")]))
    root = str(owner.paths.root)
    owner.close()
    return root, statement, doc.number or ""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_whole_round_from_the_command_line(setup: tuple[str, Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    root, statement, number = setup
    code, out, _ = run(capsys, "bank", "accounts", "--json", "--data-dir", root)
    assert code == 0
    (account,) = json.loads(out)
    assert account["name"] == ACCOUNT
    code, out, _ = run(capsys, "bank", "import", str(statement), "--account", account["name"], "--json", "--data-dir", root)
    preview = json.loads(out)
    assert (code, preview["applied"], len(preview["new"]), preview["format"]) == (0, False, 2, "zengin")
    code, out, _ = run(capsys, "bank", "lines", "--json", "--data-dir", root)
    assert json.loads(out) == []  # the preview stored nothing
    code, out, _ = run(capsys, "bank", "import", str(statement), "--account", account["name"], "--apply", "--data-dir", root)
    assert code == 0 and "Added 2 lines" in out
    code, out, _ = run(capsys, "bank", "lines", "--unmatched", "--json", "--data-dir", root)
    (line,) = json.loads(out)
    assert (line["deposit"], line["payer"]) == (329_340, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ")
    code, out, _ = run(capsys, "bank", "match", "--json", "--data-dir", root)
    (match,) = json.loads(out)
    assert match["line_id"] == line["line_id"] and match["amount"] == 329_340
    top = match["candidates"][0]
    assert (top["numbers"], top["fee"], [r["code"] for r in top["reasons"]]) == ([number], 660, ["fee", "name"])
    assert isinstance(top["score"], int)
    code, out, _ = run(capsys, "bank", "confirm", str(line["line_id"]), number, "--data-dir", root)
    assert code == 0
    code, out, _ = run(capsys, "invoices", "list", "--json", "--data-dir", root)
    (invoice,) = [d for d in json.loads(out) if d["number"] == number]
    assert (invoice["status"], invoice["balance"]) == ("paid", 0)
    code, out, _ = run(capsys, "bank", "match", "--json", "--data-dir", root)
    assert json.loads(out) == []


def test_a_bad_file_is_one_sentence_naming_the_line(setup: tuple[str, Path, str], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    root, _, _ = setup
    bad = tmp_path / "bad.csv"
    bad.write_bytes(csv_bytes([SBI_HEADER, ["2026/11/02", "振込", "", "1,000", "1,000", ""],
                               ["2026/11/02", "振込", "", "1,0O0", "2,000", ""]]))
    code, out, err = run(capsys, "bank", "import", str(bad), "--account", ACCOUNT, "--apply", "--data-dir", root)
    assert code == 1
    assert err.splitlines() == ["line 3: '1,0O0' is not an amount of yen.", "Nothing was imported."]
    assert "Traceback" not in err
    code, out, _ = run(capsys, "bank", "lines", "--json", "--data-dir", root)
    assert json.loads(out) == []


def test_unknown_account_and_document_are_sentences(setup: tuple[str, Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    root, statement, _ = setup
    code, _, err = run(capsys, "bank", "import", str(statement), "--account", "無い口座", "--data-dir", root)
    assert code == 1 and err.strip() == "There is no account called '無い口座'; see 'ushiro-desk bank accounts'.\nNothing was imported."
    run(capsys, "bank", "import", str(statement), "--account", ACCOUNT, "--apply", "--data-dir", root)
    code, out, _ = run(capsys, "bank", "lines", "--unmatched", "--json", "--data-dir", root)
    line_id = json.loads(out)[0]["line_id"]
    code, _, err = run(capsys, "bank", "confirm", str(line_id), "INV-0000", "--data-dir", root)
    assert code == 1 and err.splitlines()[0] == "INV-0000 is not an issued document with money still owed."
