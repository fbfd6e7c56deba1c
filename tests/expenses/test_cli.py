"""The command line: `expenses search` (text and JSON) and `expenses export`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ushiro_desk.cli.main import main
from ushiro_desk.services.store import Store


@pytest.fixture
def data_dir(store: Store, record) -> Path:  # type: ignore[no-untyped-def]
    record(date=date(2026, 4, 3), payee="Amazon.co.jp", amount="3,980", account="消耗品費")
    record(date=date(2026, 6, 9), payee="アマゾン", amount="12,800", account="消耗品費")
    record(date=date(2026, 6, 10), payee="東京メトロ", amount="320")
    root = store.paths.root
    store.close()  # the CLI opens the data dir itself
    return root


def test_search_json_has_what_a_script_needs(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["expenses", "search", "--from", "2026-04-01", "--to", "2026-06-30", "--min", "1000",
                 "--max", "5000", "--payee", "AMAZON", "--json", "--data-dir", str(data_dir)])
    assert code == 0
    (found,) = json.loads(capsys.readouterr().out)
    assert (found["date"], found["payee"], found["amount"], found["tax_category"], found["account"]) == (
        "2026-04-03", "Amazon.co.jp", 3980, "standard_10", "消耗品費")
    assert isinstance(found["id"], int)


def test_search_text_lists_and_totals(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["expenses", "search", "--min", "300", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "3 expenses, 17,100 yen" in out and out.index("東京メトロ") < out.index("Amazon")


@pytest.mark.parametrize("args, message", [
    (["--min", "-5"], "negative"),
    (["--min", "abc"], "whole number"),
    (["--from", "2026-13-01"], "not a date"),
])
def test_bad_arguments_are_one_clear_sentence(data_dir: Path, capsys: pytest.CaptureFixture[str], args, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exited:
        main(["expenses", "search", *args, "--data-dir", str(data_dir)])
    assert exited.value.code == 2 and message in capsys.readouterr().err


def test_an_impossible_range_is_refused(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["expenses", "search", "--min", "500", "--max", "100", "--data-dir", str(data_dir)]) == 1
    assert "--min is larger than --max" in capsys.readouterr().err


def test_export_yayoi_writes_the_file(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "yayoi.csv"
    assert main(["expenses", "export", "--format", "yayoi", "--from", "2026-06-01", "--out", str(out),
                 "--data-dir", str(data_dir)]) == 0
    lines = out.read_bytes().decode("cp932").splitlines()
    assert len(lines) == 2 and all(line.startswith("2000,") for line in lines)
    assert "Wrote 2 expenses" in capsys.readouterr().out


def test_export_reports_characters_shift_jis_cannot_hold(store: Store, record, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    record(payee="🍣 すし処", amount="5,000")
    root = store.paths.root
    store.close()
    out = tmp_path / "mf.csv"
    assert main(["expenses", "export", "--format", "mf", "--out", str(out), "--data-dir", str(root)]) == 1
    err = capsys.readouterr().err
    assert "line 2, 借方取引先" in err and "🍣" in err and "Nothing was written." in err
    assert not out.exists()
