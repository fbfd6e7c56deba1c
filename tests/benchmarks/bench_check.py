"""`ushiro-desk check` on a large data folder: the sample data of 10 years plus about 1 GB of stored
files, against the floor of the same work done by hand — `sqlite3 DB 'PRAGMA integrity_check'` and
`sha256sum` of every file in `files/` — as whole processes, alternating, at least 7 pairs. Prints the
median and min–max of each, their ratio, and the check's peak resident memory (hashing streams, so it
must not grow with the folder). Not run by `make test`; `make bench` runs it.

    BENCH_CHECK_MB=1024 BENCH_PAIRS=7 BENCH_YEARS=10 python tests/benchmarks/bench_check.py
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MEGABYTES = int(os.environ.get("BENCH_CHECK_MB", "1024"))
PAIRS = max(7, int(os.environ.get("BENCH_PAIRS", "7")))
YEARS = int(os.environ.get("BENCH_YEARS", "10"))
FILE_SIZE = 512 * 1024  # receipts are photos and PDFs: random bytes are fair (nothing to gain from content)


def timed(argv: list[str], **kwargs: object) -> tuple[float, int]:
    """Wall time and peak resident memory (KiB) of one whole process."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, **kwargs)  # type: ignore[call-overload]
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{argv[:4]} exited {proc.returncode}")
    return seconds, usage.ru_maxrss


def add_files(root: Path, megabytes: int) -> int:
    """Store `megabytes` of random files the way the file store does, each with its row."""
    count = megabytes * 1024 * 1024 // FILE_SIZE
    conn = sqlite3.connect(root / "ushiro.sqlite3")
    rows = []
    for i in range(count):
        data = os.urandom(FILE_SIZE)
        sha = hashlib.sha256(data).hexdigest()
        folder = root / "files" / sha[:2]
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        (folder / sha).write_bytes(data)
        rows.append((sha, FILE_SIZE, "image/jpeg", f"bench-{i:05d}.jpg", "2026-11-30T00:00:00"))
    conn.executemany("INSERT INTO stored_file (sha256, size, media_type, original_name, stored_at) VALUES (?, ?, ?, ?, ?)", rows)
    conn.commit()
    conn.close()
    return count


def summary(values: list[float]) -> str:
    return f"median {statistics.median(values):6.2f} s (min–max {min(values):.2f}–{max(values):.2f})"


def main() -> int:
    if shutil.which("sqlite3") is None or shutil.which("sha256sum") is None:
        print("sqlite3 and sha256sum are needed for the baseline")
        return 1
    with tempfile.TemporaryDirectory(prefix="bench-check-") as tmp:
        root = Path(tmp) / "data"
        subprocess.run([sys.executable, "-m", "ushiro_desk", "demo", "--years", str(YEARS), "--data-dir", str(root)],
                       check=True, capture_output=True)
        added = add_files(root, MEGABYTES)
        files = [p for p in (root / "files").rglob("*") if p.is_file()]
        total = sum(p.stat().st_size for p in files)
        print(f"sample data of {YEARS} years + {added} files: {len(files)} files, {total / 1e6:,.0f} MB, "
              f"database {(root / 'ushiro.sqlite3').stat().st_size / 1e6:.1f} MB; {PAIRS} pairs, alternating")
        check = [sys.executable, "-m", "ushiro_desk", "check", "--data-dir", str(root)]
        baseline = ["sh", "-c", f"sqlite3 '{root}/ushiro.sqlite3' 'PRAGMA integrity_check' && cd '{root}/files' && "
                    "find . -type f -print0 | xargs -0 sha256sum"]
        timed(check)  # one of each first: the page cache holds the files for both alike
        timed(baseline)
        ours, floor, memory = [], [], []
        for _ in range(PAIRS):
            seconds, rss = timed(check)
            ours.append(seconds)
            memory.append(rss)
            floor.append(timed(baseline)[0])
        ratios = [a / b for a, b in zip(ours, floor)]
        print(f"ushiro-desk check:                     {summary(ours)}")
        print(f"sqlite3 integrity_check + sha256sum:   {summary(floor)}")
        print(f"ratio check / baseline: median {statistics.median(ratios):.2f}x (min–max {min(ratios):.2f}–{max(ratios):.2f})")
        print(f"check peak resident memory: median {statistics.median(memory) / 1024:.0f} MB "
              f"(min–max {min(memory) / 1024:.0f}–{max(memory) / 1024:.0f}) for {total / 1e6:,.0f} MB of files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
