"""Handoff export with 1,000 receipts (about 500 MB): time as a ratio to `7z a -p -mem=AES256` on the
same files in the same run (target ≤ 2×), and the exporter's peak resident memory (target < 250 MB)."""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COUNT = int(os.environ.get("BENCH_RECEIPTS", "1000"))
SIZE = 500 * 1024  # receipts are photos and PDFs: already compressed, so random bytes are fair

EXPORT = r"""
import sys, time, resource
from datetime import date
from pathlib import Path
from ushiro_desk.domain.handoff.disclosure import ChoreOffer, DataKind, Scope, SourceRecord, plan_bundle
from ushiro_desk.domain.handoff.work_order import WorkOrder
from ushiro_desk.reports.handoff.writer import Communication, PacketContent, write_packet
folder, target = Path(sys.argv[1]), Path(sys.argv[2])
files = sorted(folder.iterdir())
expenses = tuple(SourceRecord("expense", str(i), f"e{i}", {"date": "2026-11-01", "payee": "店", "amount": 1000},
                 files=((p.name, f"receipt-{i:04d}.jpg"),)) for i, p in enumerate(files))
chore = SourceRecord("chore", "1", "経費の記帳", {"title": "経費の記帳", "goal": "全件記帳"})
plan = plan_bundle("田中", Scope(frozenset({"accounting"}), frozenset({DataKind.EXPENSES})), date(2026, 11, 1), date(2026, 11, 30),
                   (ChoreOffer(chore, "accounting", False, False, (date(2026, 11, 30),), (DataKind.EXPENSES,), {DataKind.EXPENSES: expenses}),))
order = WorkOrder("合同会社うしろ", "田中", date(2026, 11, 1), "経費の記帳", date(2026, 11, 30), "メール", "時給", date(2026, 12, 31), "銀行振込")
content = PacketContent("bench", plan, order, Communication(), date(2026, 11, 20), date(2026, 12, 31))
start = time.perf_counter()
write_packet(content, lambda sha: folder / sha, target, password=b"bench-password")
print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def main() -> int:
    seven = shutil.which("7z")
    if seven is None:
        print("7z is not installed (apt-get install p7zip-full)")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "files"
        folder.mkdir()
        for _ in range(COUNT):
            data = os.urandom(SIZE)
            (folder / hashlib.sha256(data).hexdigest()).write_bytes(data)
        total = sum(p.stat().st_size for p in folder.iterdir())
        print(f"{COUNT} receipts, {total / 1e6:.0f} MB")
        baseline = Path(tmp) / "baseline.zip"
        start = time.perf_counter()
        subprocess.run([seven, "a", "-tzip", "-pbench-password", "-mem=AES256", str(baseline), f"{folder}/*"],
                       check=True, capture_output=True)
        seven_seconds = time.perf_counter() - start
        ours = subprocess.run([sys.executable, "-c", EXPORT, str(folder), str(Path(tmp) / "packet.zip")],
                              check=True, capture_output=True, text=True)
        seconds, max_rss_kb = ours.stdout.split()
        check = subprocess.run([seven, "t", "-pbench-password", str(Path(tmp) / "packet.zip")], capture_output=True, text=True)
        print(f"7z a -mem=AES256:   {seven_seconds:6.1f} s")
        print(f"Ushiro Desk export: {float(seconds):6.1f} s   (7z test of the packet: {'ok' if check.returncode == 0 else 'FAILED'})")
        print(f"export time ratio: {float(seconds) / seven_seconds:.2f}x (target <= 2x)")
        print(f"exporter peak resident memory: {int(max_rss_kb) / 1024:.0f} MB (target < 250 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
