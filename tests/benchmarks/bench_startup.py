"""Startup: process start → main window shown, on sample data with `--years 10`, as a ratio to a bare
PySide6 script that shows an empty QMainWindow. Median of several alternating runs. Target ≤ 1.5×.

The runs use Python's bytecode cache as an installed app does (pip compiles a wheel's modules; a
source checkout writes the cache at its first start): PYTHONDONTWRITEBYTECODE is dropped for the runs,
so the first, untimed start writes it. The bare script has no modules of its own to compile.

Also printed, for reading the figure: the floor (`startup_floor.py`, one file showing the same kind of
window from the same database with no structure at all)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
def shown():
    print("self-test: main window shown", flush=True)
    window.close()
QTimer.singleShot(0, shown)
app.exec()
"""


def startup_env(base: dict[str, str]) -> dict[str, str]:
    """The environment for timed starts: offscreen unless told otherwise, and with the bytecode cache
    written and used, as on a user's machine."""
    env = {**base, "QT_QPA_PLATFORM": base.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_to_shown(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if "main window shown" in line:
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"never shown: {proc.stderr.read() if proc.stderr else ''}")
    proc.wait()
    return elapsed


def main() -> int:
    env = startup_env(dict(os.environ))
    with tempfile.TemporaryDirectory() as tmp:
        data, config = Path(tmp) / "data", Path(tmp) / "config"
        env["USHIRO_DESK_CONFIG_DIR"] = str(config)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ushiro_desk", "demo", "--years", "10", "--data-dir", str(data)],
                       check=True, env=env, capture_output=True)
        print(f"sample data (--years 10) made in {time.perf_counter() - t:.1f} s; "
              f"database {(data / 'ushiro.sqlite3').stat().st_size / 1e6:.1f} MB")
        app_cmd = [sys.executable, "-m", "ushiro_desk", "--data-dir", str(data), "--self-test"]
        bare_cmd = [sys.executable, "-c", BARE]
        floor_cmd = [sys.executable, str(Path(__file__).with_name("startup_floor.py")), str(data / "ushiro.sqlite3")]
        time_to_shown(app_cmd, env)  # first start: daily backup, bytecode and file caches warm
        time_to_shown(bare_cmd, env)
        time_to_shown(floor_cmd, env)
        bare, ours, floor = [], [], []
        for _ in range(RUNS):
            bare.append(time_to_shown(bare_cmd, env))
            ours.append(time_to_shown(app_cmd, env))
            floor.append(time_to_shown(floor_cmd, env))
    b, o, f = statistics.median(bare), statistics.median(ours), statistics.median(floor)
    print(f"bare QMainWindow: median {b * 1000:.0f} ms over {RUNS} runs")
    print(f"floor (one file, same widgets and query): median {f * 1000:.0f} ms ({f / b:.2f}x)")
    print(f"Ushiro Desk:      median {o * 1000:.0f} ms over {RUNS} runs")
    print(f"startup ratio: {o / b:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
