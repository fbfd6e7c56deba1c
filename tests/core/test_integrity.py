"""The full check (`ushiro-desk check`) and restore's refusal of a backup that fails it.

Each kind of damage is made the way it happens (a receipt edited or deleted in `files/`, a trigger
added with the sqlite3 shell, a page overwritten) and looked for where the user sees it: the sentence,
the count, the JSON and the exit code. A refused restore leaves `sqlite3 .dump` and `files/` as they were.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from ushiro_desk.cli.main import main
from ushiro_desk.paths import DataPaths
from ushiro_desk.services import maintenance
from ushiro_desk.services.store import open_store
from ushiro_desk.storage import backups, integrity
from ushiro_desk.storage.errors import DatabaseCorrupt


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(demo_template: DataPaths, paths: DataPaths) -> DataPaths:
    """The sample data in a data folder of its own, closed."""
    paths.ensure()
    backups.copy_database(demo_template.database, paths.database)
    shutil.copytree(demo_template.files, paths.files, dirs_exist_ok=True)
    return paths


def sql(paths: DataPaths, *statements: str) -> None:
    """Change the database as someone with the sqlite3 shell would (foreign keys off, no app rules)."""
    conn = sqlite3.connect(paths.database)
    try:
        for statement in statements:
            conn.executescript(statement)
        conn.commit()
    finally:
        conn.close()


def one(paths: DataPaths, query: str) -> str:
    conn = sqlite3.connect(paths.database)
    try:
        return str(conn.execute(query).fetchone()[0])
    finally:
        conn.close()


def stored(paths: DataPaths, sha: str) -> Path:
    path = paths.files / sha[:2] / sha
    path.chmod(0o600)  # the store keeps its files read-only; a tamperer does not care
    return path


def dump(database: Path) -> bytes:
    return subprocess.run(["sqlite3", str(database), ".dump"], capture_output=True, check=True).stdout


def listing(folder: Path) -> list[tuple[str, str]]:
    return sorted(
        (p.relative_to(folder).as_posix(), hashlib.sha256(p.read_bytes()).hexdigest()) for p in folder.rglob("*") if p.is_file()
    )


def check(capsys: pytest.CaptureFixture[str], paths: DataPaths) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    code, out, _ = run(capsys, "check", "--json", "--data-dir", str(paths.root))
    text_code, text, err = run(capsys, "check", "--data-dir", str(paths.root))
    assert text_code == code and err == ""
    return code, json.loads(out), text


# -- clean -----------------------------------------------------------------------------------------


def test_the_sample_data_checks_clean(capsys: pytest.CaptureFixture[str], data: DataPaths) -> None:
    code, report, text = check(capsys, data)
    assert code == 0 and report["ok"] is True and report["findings"] == []
    assert report["files_checked"] == int(one(data, "SELECT count(*) FROM stored_file")) > 0
    assert report["bytes_checked"] == int(one(data, "SELECT sum(size) FROM stored_file"))
    assert "Found" not in text


def test_the_recorded_schema_reference_is_what_the_migrations_build() -> None:
    """After adding a migration, run `packaging/update_schema_reference.py`."""
    from ushiro_desk.storage import schema

    revisions, recorded = integrity.load_reference()
    assert revisions == schema.heads(), "schema_reference.json is for other revisions: run packaging/update_schema_reference.py"
    assert recorded == integrity.build_reference(schema.heads()), "run packaging/update_schema_reference.py"


# -- each kind of finding --------------------------------------------------------------------------


def tamper_receipt(paths: DataPaths) -> str:
    sha = one(paths, "SELECT sha256 FROM expense_receipt ORDER BY id LIMIT 1")
    path = stored(paths, sha)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit: the size is the same, only the hash tells
    path.write_bytes(bytes(data))
    return f"files/{sha[:2]}/{sha}"


def tamper_pdf(paths: DataPaths) -> str:
    sha = one(paths, "SELECT pdf_sha256 FROM sales_document WHERE number IS NOT NULL ORDER BY id LIMIT 1")
    path = stored(paths, sha)
    path.write_bytes(path.read_bytes().replace(b"/Producer", b"/Produced", 1))
    return f"files/{sha[:2]}/{sha}"


def delete_receipt(paths: DataPaths) -> str:
    sha = one(paths, "SELECT sha256 FROM expense_receipt ORDER BY id DESC LIMIT 1")
    stored(paths, sha).unlink()
    return f"files/{sha[:2]}/{sha}"


def unrecorded_file(paths: DataPaths) -> str:
    (paths.files / "ab").mkdir(exist_ok=True)
    (paths.files / "ab" / "planted.pdf").write_bytes(b"%PDF-1.4 not ours")
    return "files/ab/planted.pdf"


def extra_objects(paths: DataPaths) -> str:
    sql(
        paths,
        "CREATE TRIGGER helper AFTER INSERT ON expense BEGIN DELETE FROM bank_account; END;",
        "CREATE VIEW everything AS SELECT * FROM client;",
        "CREATE TABLE notes (x TEXT);",
    )
    return "trigger helper on expense"


def dropped_trigger(paths: DataPaths) -> str:
    sql(paths, "DROP TRIGGER sales_document_frozen;")
    return "trigger sales_document_frozen on sales_document"


def foreign_key(paths: DataPaths) -> str:
    sql(paths, "PRAGMA foreign_keys = OFF; UPDATE payment SET document_id = 999999 WHERE id = (SELECT min(id) FROM payment);")
    return "→ sales_document"


def damaged_page(paths: DataPaths) -> str:
    conn = sqlite3.connect(paths.database)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'expense'").fetchone()[0]
    conn.close()
    with open(paths.database, "r+b") as fh:
        fh.seek(page_size * (root - 1))
        fh.write(b"\xff" * 64)  # the page header: SQLite can no longer read this b-tree
    return "malformed"


CASES = {
    "tampered receipt": (tamper_receipt, "receipt_changed", 1, "1 receipt was changed after it was stored (its SHA-256 no longer matches)."),
    "tampered issued PDF": (tamper_pdf, "pdf_changed", 1, "1 issued document's PDF was changed after it was issued (its SHA-256 no longer matches)."),
    "deleted receipt": (delete_receipt, "receipt_missing", 1, "1 receipt is missing from files/."),
    "unrecorded file": (unrecorded_file, "file_unknown", 1, "1 file in files/ is not recorded in the database."),
    "extra trigger, view and table": (
        extra_objects, "schema_unknown", 3,
        "3 tables, indexes, triggers or views in the database are not made by Ushiro Desk's migrations and may change data behind your back.",
    ),
    "dropped trigger": (dropped_trigger, "schema_missing", 1, "1 table, index, trigger or view that Ushiro Desk's migrations make is missing from the database."),
    "foreign key violation": (foreign_key, "foreign_key", 1, "1 row refers to a record that does not exist (foreign key)."),
    "damaged page": (damaged_page, "database_damaged", 1, "SQLite's integrity check found 1 problem in the database file, so it is damaged; restore a backup."),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_kind_of_damage_is_one_finding_with_its_sentence_count_json_and_exit_code(
    capsys: pytest.CaptureFixture[str], data: DataPaths, case: str
) -> None:
    damage, kind, count, sentence = CASES[case]
    item = damage(data)
    code, report, text = check(capsys, data)
    assert code == 1 and report["ok"] is False
    assert [(f["kind"], f["count"], f["message"]) for f in report["findings"]] == [(kind, count, sentence)]
    assert any(item in listed for listed in report["findings"][0]["items"])
    assert f"- {kind}: {sentence}" in text.splitlines()
    assert any(line.strip().startswith(item) or item in line for line in text.splitlines()[1:])


def test_a_foreign_key_violation_names_the_row_in_the_json(capsys: pytest.CaptureFixture[str], data: DataPaths) -> None:
    row = one(data, "SELECT min(id) FROM payment")
    foreign_key(data)
    code, report, _ = check(capsys, data)
    assert code == 1 and report["foreign_key_violations"] == [{"table": "payment", "rowid": int(row), "parent": "sales_document"}]


def test_findings_of_several_kinds_are_listed_by_kind_with_a_total(capsys: pytest.CaptureFixture[str], data: DataPaths) -> None:
    tamper_receipt(data)
    tamper_pdf(data)
    delete_receipt(data)
    extra_objects(data)
    code, report, text = check(capsys, data)
    assert code == 1
    assert [(f["kind"], f["count"]) for f in report["findings"]] == [
        ("schema_unknown", 3), ("pdf_changed", 1), ("receipt_missing", 1), ("receipt_changed", 1)
    ]
    assert "Found 6 problems of 4 kinds:" in text


def test_a_file_a_running_save_has_just_stored_is_not_counted_until_it_is_old(
    capsys: pytest.CaptureFixture[str], data: DataPaths
) -> None:
    """The store writes a file before it commits its row: a check beside the running app must not
    call that file unknown; the same file left behind for an hour is."""
    content = b"receipt being saved"
    sha = hashlib.sha256(content).hexdigest()
    (data.files / sha[:2]).mkdir(exist_ok=True)
    path = data.files / sha[:2] / sha
    path.write_bytes(content)
    assert check(capsys, data)[0] == 0
    old = time.time() - 3600
    os.utime(path, (old, old))
    code, report, _ = check(capsys, data)
    assert code == 1 and report["findings"][0]["items"] == [f"files/{sha[:2]}/{sha}"]


def test_the_quick_check_finds_a_damaged_page_an_unknown_trigger_and_a_missing_file_without_hashing(data: DataPaths) -> None:
    tamper_receipt(data)  # only hashing finds this: the quick check does not
    delete_receipt(data)
    extra_objects(data)
    report = maintenance.check(data, quick=True)
    assert [f.kind for f in report.findings] == ["schema_unknown", "receipt_missing"]
    damaged_page(data)
    assert [f.kind for f in maintenance.check(data, quick=True).findings] == ["database_damaged"]


def test_the_check_reports_progress_in_bytes_and_stops_when_asked(data: DataPaths) -> None:
    seen: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done > total // 2:
            raise Stop

    with pytest.raises(Stop):
        maintenance.check(data, progress=progress)
    total = int(one(data, "SELECT sum(size) FROM stored_file"))
    assert seen[0] == (0, total) and all(t == total for _, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


# -- an emptied database is damaged, not new ------------------------------------------------------


def test_a_zero_byte_database_beside_stored_files_is_damaged_and_never_rebuilt(
    capsys: pytest.CaptureFixture[str], data: DataPaths
) -> None:
    data.database.write_bytes(b"")
    files_before = listing(data.files)
    code, report, text = check(capsys, data)
    assert code == 1 and report["findings"][0]["kind"] == "database_empty"
    assert report["findings"][0]["count"] == len(files_before)
    assert "so it was damaged, not new; restore a backup." in text
    with pytest.raises(DatabaseCorrupt):
        open_store(data)
    code, out, err = run(capsys, "expenses", "search", "--data-dir", str(data.root))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "damaged" in err and "restore" in err
    assert data.database.stat().st_size == 0
    assert listing(data.files) == files_before


def test_the_window_at_start_calls_a_zero_byte_database_damaged_and_offers_the_backup(
    qapp, data: DataPaths, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    from ushiro_desk import app
    from ushiro_desk.ui import startup

    good = backups.make_backup(data, "auto")
    data.database.write_bytes(b"")
    offered: list[object] = []
    monkeypatch.setattr(startup, "offer_restore", lambda error, backup: offered.append((error.kind, backup.path)) or False)
    assert app._open_or_recover(data) == 1  # the user chose Quit
    assert offered == [("corrupt", good)]
    assert data.database.stat().st_size == 0


def test_an_empty_database_with_only_backups_beside_it_is_damaged_too(data: DataPaths) -> None:
    backups.make_backup(data, "manual")
    shutil.rmtree(data.files)
    data.database.write_bytes(b"")
    with pytest.raises(DatabaseCorrupt):
        open_store(data)
    assert data.database.stat().st_size == 0


def test_a_zero_byte_database_in_an_empty_folder_is_a_new_start(paths: DataPaths) -> None:
    paths.ensure()
    paths.database.write_bytes(b"")
    open_store(paths).close()
    assert one(paths, "SELECT count(*) FROM alembic_version") == "1"


# -- restore runs the same check first -------------------------------------------------------------


def backup_of(paths: DataPaths, tmp_path: Path, *statements: str) -> Path:
    target = tmp_path / "offered.sqlite3"
    backups.copy_database(paths.database, target)
    conn = sqlite3.connect(target)
    for statement in statements:
        conn.executescript(statement)
    conn.commit()
    conn.close()
    return target


REFUSED = {
    "extra trigger": (
        ("CREATE TRIGGER helper AFTER INSERT ON expense BEGIN DELETE FROM bank_account; END;",),
        "1 table, index, trigger or view in the backup is not made by Ushiro Desk's migrations",
    ),
    "missing file": (
        (
            "INSERT INTO stored_file (sha256, size, media_type, original_name, stored_at) VALUES "
            f"('{'7' * 64}', 10, 'image/png', 'gone.png', '2026-01-01T00:00:00');",
        ),
        "other stored file (logo, seal) is missing from files/",
    ),
    "newer schema": (("UPDATE alembic_version SET version_num = '9999_future';",), "newer version of Ushiro Desk"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_restore_refuses_a_backup_that_fails_the_check_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], data: DataPaths, tmp_path: Path, case: str
) -> None:
    statements, said = REFUSED[case]
    offered = backup_of(data, tmp_path, *statements)
    sql(data, "UPDATE company_profile SET name = 'today''s data';")
    before = (dump(data.database), listing(data.files), sorted(p.name for p in data.backups.iterdir()))
    code, out, err = run(capsys, "restore", str(offered), "--data-dir", str(data.root))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and said in err
    assert (dump(data.database), listing(data.files), sorted(p.name for p in data.backups.iterdir())) == before


def test_restore_refuses_a_backup_whose_receipt_was_changed(capsys: pytest.CaptureFixture[str], data: DataPaths, tmp_path: Path) -> None:
    offered = backup_of(data, tmp_path)
    tamper_receipt(data)
    before = dump(data.database)
    code, _, err = run(capsys, "restore", str(offered), "--data-dir", str(data.root))
    assert code == 1 and "1 receipt was changed after it was stored" in err
    assert dump(data.database) == before


def test_restore_takes_a_good_backup_of_an_older_schema(data: DataPaths, tmp_path: Path) -> None:
    from ushiro_desk.storage import schema

    older = tmp_path / "older.sqlite3"
    schema.upgrade(older, "0005_handoff")
    info = maintenance.verify_backup(data, older)
    assert info.revisions == {"0005_handoff"}
    maintenance.restore_from(data, older)
    assert one(data, "SELECT version_num FROM alembic_version") in schema.heads()
    assert maintenance.check(data).ok


def test_the_audit_export_refuses_to_ship_a_changed_receipt(
    capsys: pytest.CaptureFixture[str], data: DataPaths, tmp_path: Path
) -> None:
    item = tamper_receipt(data)
    out = tmp_path / "audit"
    code, stdout, err = run(capsys, "expenses", "export", "--format", "audit", "--out", str(out), "--data-dir", str(data.root))
    assert code == 1 and stdout == ""
    assert len(err.strip().splitlines()) == 1 and f"{item} of expense" in err and "changed after it was stored" in err
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".audit")] == []
