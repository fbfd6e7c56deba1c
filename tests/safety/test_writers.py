"""Every command that writes a file: never inside the data folder (even with --force), never over an
existing file without --force, private (0600 / 0700) whatever the umask, and routed through `outputs`."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.safety.conftest import digest, dump, leftovers, one_sentence, run_cli
from ushiro_desk.paths import DataPaths


def _number(paths: DataPaths) -> str:
    rows = json.loads(run_cli("invoices", "list", "--json", "--data-dir", paths.root).out)
    return next(r["number"] for r in rows if r["number"] and r["kind"] == "invoice")


def _writers(paths: DataPaths) -> dict[str, object]:
    number = _number(paths)
    return {
        "csv": lambda out: ("expenses", "export", "--format", "csv", "--out", out),
        "yayoi": lambda out: ("expenses", "export", "--format", "yayoi", "--out", out),
        "freee": lambda out: ("expenses", "export", "--format", "freee", "--out", out),
        "mf": lambda out: ("expenses", "export", "--format", "mf", "--out", out),
        "pdf": lambda out: ("invoices", "pdf", number, "--out", out),
        "ics": lambda out: ("chores", "export-ics", out),
        "backup": lambda out: ("backup", "--to", out),
    }


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _a_stored_receipt(paths: DataPaths) -> Path:
    return next(p for p in paths.files.rglob("*") if p.is_file())


def test_no_writer_touches_the_data_folder_even_with_force(sample: DataPaths) -> None:
    database_before = dump(sample.database)
    receipt = _a_stored_receipt(sample)
    receipt_before = digest(receipt)
    for name, argv in _writers(sample).items():
        for target in (sample.database, receipt, sample.root / f"new-{name}.out", sample.backups / "x.sqlite3"):
            run = run_cli(*argv(target), "--force", "--data-dir", sample.root)  # type: ignore[operator]
            assert run.code == 1, (name, target, run)
            assert "inside the data folder" in one_sentence(run.err), (name, run.err)
    assert dump(sample.database) == database_before
    assert digest(receipt) == receipt_before
    assert not list(sample.root.glob("new-*")) and not (sample.backups / "x.sqlite3").exists()


def test_an_existing_file_is_kept_without_force_and_replaced_with_it(sample: DataPaths, tmp_path: Path) -> None:
    for name, argv in _writers(sample).items():
        target = tmp_path / f"mine-{name}"
        target.write_bytes(b"the user's own file")
        run = run_cli(*argv(target), "--data-dir", sample.root)  # type: ignore[operator]
        assert run.code == 1, (name, run)
        assert "already exists" in one_sentence(run.err)
        assert target.read_bytes() == b"the user's own file", name
        run = run_cli(*argv(target), "--force", "--data-dir", sample.root)  # type: ignore[operator]
        assert run.code == 0, (name, run)
        assert target.read_bytes() != b"the user's own file", name
    assert not leftovers(tmp_path, sample.root)


def test_every_writer_is_private_whatever_the_umask(sample: DataPaths, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        for name, argv in _writers(sample).items():
            target = tmp_path / f"new-{name}"
            assert run_cli(*argv(target), "--data-dir", sample.root).code == 0, name  # type: ignore[operator]
            assert mode_of(target) == 0o600, name
        audit = tmp_path / "audit"
        assert run_cli("expenses", "export", "--format", "audit", "--out", audit, "--data-dir", sample.root).code == 0
        assert mode_of(audit) == 0o700
        inside = list(audit.iterdir())
        assert len(inside) > 10 and all(mode_of(p) == 0o600 for p in inside)
        run = run_cli("backup", "--data-dir", sample.root)
        assert run.code == 0 and mode_of(Path(run.out.strip())) == 0o600
        settings_dir = tmp_path / "config"
        from ushiro_desk.config import Preferences

        prefs = Preferences(settings_dir)
        assert prefs.save()
        assert mode_of(settings_dir) == 0o700 and mode_of(settings_dir / "settings.json") == 0o600
        from ushiro_desk.services.store import open_store

        store = open_store(sample)
        try:
            sha, _ = store.files.put_bytes(b"a new receipt")
        finally:
            store.close()
        assert mode_of(store.files.path(sha)) == 0o400 and mode_of(store.files.path(sha).parent) == 0o700
    finally:
        os.umask(old)
    assert not leftovers(tmp_path, sample.root)


def test_an_audit_folder_goes_only_into_a_new_or_empty_folder(sample: DataPaths, tmp_path: Path) -> None:
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine")
    run = run_cli("expenses", "export", "--format", "audit", "--out", full, "--force", "--data-dir", sample.root)
    assert run.code == 1 and (full / "keep.txt").read_text() == "mine"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_cli("expenses", "export", "--format", "audit", "--out", empty, "--data-dir", sample.root).code == 0
    assert (empty / "索引簿.csv").exists()


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_a_temporary_file_of_a_killed_writer_is_swept_by_the_next_write_and_start(
    sample: DataPaths, tmp_path: Path, kind: str
) -> None:
    """A temporary name carries the writer's pid: when that process is gone, the next start removes it."""
    import subprocess
    import sys

    dead = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout)
    left = [
        sample.backups / f".ushiro-x.sqlite3.ushiro-partial-{dead}-0a0b0c0d",
        sample.files / "ab" / f".{'ab' * 32}.ushiro-partial-{dead}-01020304",
        sample.root / f".demo.ushiro-partial-{dead}-05060708",
    ]
    for path in left:
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "folder":
            path.mkdir()
            (path / "inside").write_bytes(b"x" * 2048)
        else:
            path.write_bytes(b"x" * 2048)
    run = run_cli("check", "--data-dir", sample.root)
    assert run.code == 0, run
    assert "Removed 3 temporary file(s) left by an interrupted run" in run.err
    assert not leftovers(sample.root)
