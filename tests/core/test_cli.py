"""The command line: version, demo, check, backup, restore; one-sentence errors and exit codes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ushiro_desk import __version__
from ushiro_desk.cli.main import main
from ushiro_desk.paths import DataPaths
from ushiro_desk.storage.instance_lock import InstanceLock


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_from_the_installed_entry_point() -> None:
    result = subprocess.run([sys.executable, "-m", "ushiro_desk", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.strip() == f"ushiro-desk {__version__}"


def test_demo_check_and_json_counts(capsys: pytest.CaptureFixture[str], paths: DataPaths) -> None:
    code, out, _ = run(capsys, "demo", "--years", "1", "--data-dir", str(paths.root))
    assert code == 0 and "company: 1" in out
    code, out, _ = run(capsys, "check", "--json", "--data-dir", str(paths.root))
    report = json.loads(out)
    assert code == 0 and report["ok"] is True
    assert report["integrity"] == ["ok"] and report["counts"]["company_profile"] == 1
    assert report["schema_current"] is True


def test_demo_refuses_a_data_dir_that_has_data(capsys: pytest.CaptureFixture[str], paths: DataPaths) -> None:
    run(capsys, "demo", "--years", "1", "--data-dir", str(paths.root))
    code, out, err = run(capsys, "demo", "--years", "1", "--data-dir", str(paths.root))
    assert code == 1 and "already has data" in err and out == ""


def test_the_data_dir_comes_from_the_environment(capsys: pytest.CaptureFixture[str], paths: DataPaths) -> None:
    # conftest points USHIRO_DESK_DATA_DIR at `paths.root`
    code, _, _ = run(capsys, "demo", "--years", "1")
    assert code == 0 and paths.database.exists()


def test_backup_and_restore_round_trip(capsys: pytest.CaptureFixture[str], paths: DataPaths, tmp_path: Path) -> None:
    d = ["--data-dir", str(paths.root)]
    run(capsys, "demo", "--years", "1", *d)
    target = tmp_path / "copy.sqlite3"
    code, out, _ = run(capsys, "backup", "--to", str(target), "--json", *d)
    assert code == 0 and json.loads(out)["backup"] == str(target)
    conn = sqlite3.connect(paths.database)
    conn.execute("UPDATE company_profile SET name = 'changed'")
    conn.commit()
    conn.close()
    code, out, _ = run(capsys, "restore", str(target), *d)
    assert code == 0 and "Restored" in out
    conn = sqlite3.connect(paths.database)
    assert conn.execute("SELECT name FROM company_profile").fetchone()[0] != "changed"
    conn.close()


def test_restore_of_a_bad_file_is_one_sentence_and_nonzero(
    capsys: pytest.CaptureFixture[str], paths: DataPaths, tmp_path: Path
) -> None:
    run(capsys, "demo", "--years", "1", "--data-dir", str(paths.root))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage")
    before = paths.database.read_bytes()
    code, out, err = run(capsys, "restore", str(bad), "--data-dir", str(paths.root))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "not an Ushiro Desk database" in err
    assert paths.database.read_bytes() == before


def test_write_commands_refuse_while_another_instance_holds_the_data(
    capsys: pytest.CaptureFixture[str], paths: DataPaths
) -> None:
    paths.ensure()
    lock = InstanceLock(paths.lock)
    assert lock.acquire()
    try:
        code, _, err = run(capsys, "demo", "--data-dir", str(paths.root))
        assert code == 1 and "in use" in err
    finally:
        lock.release()


def test_check_without_a_database_says_so(capsys: pytest.CaptureFixture[str], paths: DataPaths) -> None:
    code, _, err = run(capsys, "check", "--data-dir", str(paths.root))
    assert code == 1 and "no database" in err


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["demo", "--years", "many"])
    assert exc.value.code == 2


def test_json_piped_into_a_reader_that_stops_early_is_not_an_error(paths: DataPaths) -> None:
    subprocess.run([sys.executable, "-m", "ushiro_desk", "demo", "--years", "1", "--data-dir", str(paths.root)], check=True, capture_output=True)
    proc = subprocess.Popen([sys.executable, "-m", "ushiro_desk", "check", "--json", "--data-dir", str(paths.root)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.read(1)
    proc.stdout.close()  # like `| head -c1`
    _, err = proc.communicate()
    assert proc.returncode == 0 and b"Traceback" not in err
