"""SIGKILL at random moments during export, backup, restore, an expense saved with its receipt and
`demo`: after the next start no temporary file is left and `check` passes; a killed `demo` is simply
run again. The children are forks of this process (everything already imported), so each kill is cheap."""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path
from typing import Callable

import pytest

from tests.safety.conftest import leftovers, run_cli
from ushiro_desk.paths import DataPaths

pytestmark = pytest.mark.skipif(os.name != "posix" or sys.platform == "darwin", reason="fork and SIGKILL")

RNG = random.Random(20261130)


def _child(work: Callable[[], object]) -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            quiet = os.open(os.devnull, os.O_WRONLY)
            os.dup2(quiet, 1)
            os.dup2(quiet, 2)
            work()
        finally:
            os._exit(0)
    return pid


def _timed(work: Callable[[], object]) -> float:
    """One run to its end (a warm-up, and how long a kill may wait)."""
    start = time.monotonic()
    pid = _child(work)
    os.waitpid(pid, 0)
    return time.monotonic() - start


def _kill_at_random(work: Callable[[], object], longest: float) -> None:
    pid = _child(work)
    time.sleep(RNG.uniform(0.0, longest))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def _cli(*argv: object) -> Callable[[], object]:
    from ushiro_desk.cli.main import main

    return lambda: main([str(a) for a in argv])


SWEPT: list[str] = []  # what the next starts removed (shown with -s; proves kills land mid-write)


def _next_start_is_clean(paths: DataPaths, *beside: Path) -> None:
    run = run_cli("check", "--data-dir", paths.root)  # the next start: sweeps, then checks
    assert run.code == 0, run
    assert not leftovers(paths.root, *beside), leftovers(paths.root, *beside)
    SWEPT.extend(line for line in run.err.splitlines() if line.startswith("Removed"))


def test_killed_exports_backups_and_restores_leave_nothing_behind(sample: DataPaths, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    root = sample.root
    assert run_cli("expenses", "export", "--format", "csv", "--out", out / "e.csv", "--data-dir", root).code == 0
    good = tmp_path / "good.sqlite3"
    assert run_cli("backup", "--to", good, "--data-dir", root).code == 0
    jobs = {
        "export csv": _cli("expenses", "export", "--format", "csv", "--out", out / "e.csv", "--force", "--data-dir", root),
        "export audit": _cli("expenses", "export", "--format", "audit", "--out", out / f"audit-{RNG.random()}", "--data-dir", root),
        "backup": _cli("backup", "--data-dir", root),
        "restore": _cli("restore", good, "--data-dir", root),
    }
    kills = {"export csv": 6, "export audit": 6, "backup": 12, "restore": 12}
    for name, work in jobs.items():
        longest = _timed(work)
        for _ in range(kills[name]):
            _kill_at_random(work, longest)
            _next_start_is_clean(sample, out)
    assert sum(kills.values()) == 36
    print(f"{len(SWEPT)} starts swept leftovers: {SWEPT[:3]}")


def test_killed_expense_saves_with_receipts_leave_nothing_behind(sample: DataPaths, tmp_path: Path) -> None:
    from datetime import date

    from ushiro_desk.domain.expenses.rules import ExpenseInput
    from ushiro_desk.services import expenses
    from ushiro_desk.services.store import open_store

    def save_forever() -> None:
        store = open_store(sample)
        n = 0
        while True:
            n += 1
            receipt = tmp_path / f"r{os.getpid()}-{n}.pdf"
            receipt.write_bytes(b"%PDF-1.4\n" + os.urandom(256 * 1024) + b"\n%%EOF\n")
            form = ExpenseInput(date=date(2026, 11, 20), payee=f"文具店{n}", amount="1100", account="消耗品費")
            expenses.create(store, form, today=date(2026, 11, 20), receipts=[receipt])

    for _ in range(12):
        _kill_at_random(save_forever, 1.0)
        _next_start_is_clean(sample)


def test_a_killed_demo_is_swept_and_runs_again(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "fresh")
    for _ in range(4):
        _kill_at_random(_cli("demo", "--years", "1", "--data-dir", paths.root), 4.0)
        if paths.database.exists():
            _next_start_is_clean(paths)
            assert run_cli("check", "--json", "--data-dir", paths.root).code == 0
    run = run_cli("demo", "--years", "1", "--data-dir", paths.root)
    assert run.code == 0, run  # never "already has data" after a kill
    _next_start_is_clean(paths)
