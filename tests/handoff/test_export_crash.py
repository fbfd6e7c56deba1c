"""An export killed with SIGKILL at any step never leaves a packet at the output path without a row in
the disclosure ledger; the leftovers of the killed writer are swept; complete rows have their packet."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ushiro_desk import outputs
from ushiro_desk.domain.chores import Area, Chore, Outsourcer
from ushiro_desk.domain.expenses.model import PaymentMethod
from ushiro_desk.domain.expenses.rules import ExpenseInput
from ushiro_desk.domain.handoff.disclosure import DataKind
from ushiro_desk.domain.recurrence import CadenceSpec, Kind
from ushiro_desk.paths import DataPaths
from ushiro_desk.domain.company import CompanyProfile
from ushiro_desk.services import chores, company, expenses, leftovers
from ushiro_desk.services.handoff.recipients import find_recipient, save_profile, set_data_needs
from ushiro_desk.services.outsourcers import save_outsourcer
from ushiro_desk.services.store import open_store
from ushiro_desk.storage import handoff_repo

KILLS = 36
EXPORTER = Path(__file__).with_name("crash_exporter.py")


def _prepare(paths: DataPaths, tmp: Path) -> None:
    from ushiro_desk.services.expenses.sample_files import receipt_png

    store = open_store(paths)
    try:
        company.save_profile(store, CompanyProfile(name="合同会社テスト"))
        rid, _ = save_outsourcer(store, Outsourcer("田中 由美"))
        recipient = find_recipient(store, "田中 由美")
        assert recipient is not None
        save_profile(store, replace(recipient.profile, areas=frozenset({"accounting"}), data_kinds=frozenset({DataKind.EXPENSES}),
                                    fee_terms="時給2,500円", delivery_place="メール", payment_method="銀行振込"))
        chore = Chore(title="経費の記帳", area=Area.ACCOUNTING, start=date(2026, 10, 1), goal="記帳済み",
                      cadence=CadenceSpec(Kind.WEEKLY, weekdays=(0, 3)).cadence(), assignee_id=rid)
        cid, _, _ = chores.save_chore(store, chore, date(2026, 11, 1))
        set_data_needs(store, cid, frozenset({DataKind.EXPENSES}))
        for i in range(12):  # receipts make the writer take a while, so kills land in every step
            image = tmp / f"r{i}.png"
            image.write_bytes(receipt_png(f"文具店 {1000 + i}", seed=i))
            expenses.create(store, ExpenseInput(
                date=date(2026, 11, 2 + i), payee=f"文具店{i}", amount=1000 + i, account="消耗品費", payment_method=PaymentMethod.CASH,
            ), receipts=[image])
    finally:
        store.close()


def _recorded(paths: DataPaths) -> dict[str, str]:
    store = open_store(paths)
    try:
        with store.db.snapshot() as conn:
            return {e.target: e.state for e in handoff_repo.ledger(conn)}
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_export_never_leaves_a_packet_without_a_ledger_row(paths: DataPaths, tmp_path: Path) -> None:
    _prepare(paths, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    rng = random.Random(20261130)
    n = 0
    steps_killed_after: set[int] = set()
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(EXPORTER), str(paths.root), str(out), str(n)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert child.stdout is not None
        ready = child.stdout.readline()
        assert ready.strip() == "ready", child.stderr.read() if child.stderr else "exporter died"
        wait_for = rng.randint(1, 40)  # a random step of the first to third packet of this run (18 steps each)
        seen = 0
        for line in child.stdout:
            if line.startswith("step"):
                seen += 1
            if seen >= wait_for:
                break
        time.sleep(rng.uniform(0.0, 0.01))
        child.send_signal(signal.SIGKILL)
        child.communicate()
        steps_killed_after.add(wait_for)

        recorded = _recorded(paths)
        packets = {p for p in out.iterdir() if not outputs.is_temporary(p)}
        unrecorded = {p.name for p in packets if str(p) not in recorded}
        assert not unrecorded, f"after kill {kill}: packets without a ledger row: {sorted(unrecorded)}"
        missing = [t for t, state in recorded.items() if state == handoff_repo.COMPLETE and not Path(t).exists()]
        assert not missing, f"after kill {kill}: complete rows without their packet: {missing}"
        n = max([int(Path(t).name.split("-")[1].split(".")[0]) for t in recorded] + [n - 1]) + 1
        # the next start sweeps what the killed writer left (here: as if 20 minutes had passed)
        store = open_store(paths)
        try:
            later = time.time() + 20 * 60
            folders = leftovers.output_folders(store)
        finally:
            store.close()
        for folder in folders:
            outputs.sweep_leftovers(folder, recursive=False, now=later)
        if out in folders:  # once a packet was recorded there (before that, the folder is not known)
            assert not [p for p in out.iterdir() if outputs.is_temporary(p)], f"after kill {kill}: leftovers not swept"
    recorded = _recorded(paths)
    assert sum(1 for s in recorded.values() if s == handoff_repo.COMPLETE) >= 5, "the exporter should finish some packets"
    assert len(steps_killed_after) > 10


def test_check_sweeps_stale_leftovers_in_the_folders_packets_went_to(paths: DataPaths, tmp_path: Path) -> None:
    from ushiro_desk.cli.main import main as cli
    from ushiro_desk.services.handoff import bundles

    _prepare(paths, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    store = open_store(paths)
    try:
        recipient = find_recipient(store, "田中 由美")
        assert recipient is not None
        shown = bundles.preview(store, recipient, date(2026, 11, 1), date(2026, 11, 30))
        bundles.export(store, shown, bundles.default_work_order(store, shown, date(2026, 11, 1)), out / "p.zip",
                       password="pw-12345678", today=date(2026, 11, 1))
    finally:
        store.close()
    stale, fresh = outputs.temp_sibling(out / "q.zip"), outputs.temp_sibling(out / "r.zip")
    stale.write_bytes(b"half a packet")
    fresh.write_bytes(b"a packet being written now")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    foreign = outputs.temp_sibling(elsewhere / "x.zip")
    foreign.write_bytes(b"not in a recorded folder")
    os.utime(foreign, (an_hour_ago, an_hour_ago))
    assert cli(["check", "--data-dir", str(paths.root)]) == 0
    assert not stale.exists() and fresh.exists() and foreign.exists() and (out / "p.zip").exists()
