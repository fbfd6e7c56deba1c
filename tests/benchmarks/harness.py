"""Alternating whole-process timing for the issue 17 benchmarks.

`compare(baseline, app)` runs the two commands as separate processes, A B A B … (`BENCH_PAIRS`, at
least 7 pairs) after one untimed warm-up of each, times each from spawn to exit, takes each one's peak
resident memory from GNU time (the child's own, not the harness's), and prints the medians, the ratio
of each pair (median and min–max) and the peak RSS. A command must exit 0; its stdout is checked for
`marker` when given (the point the work is complete; the process quits right after it)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

PAIRS = max(7, int(os.environ.get("BENCH_PAIRS", "7")))
BENCH_ENV = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
BENCH_ENV.pop("PYTHONDONTWRITEBYTECODE", None)  # the bytecode cache written and used, as an installed app


@dataclass
class Result:
    label: str
    base: list[float]
    app: list[float]
    base_rss: int  # KiB, the largest over the runs
    app_rss: int

    @property
    def ratios(self) -> list[float]:
        return [a / b for a, b in zip(self.app, self.base)]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    def line(self, target: float | None = None) -> str:
        r = self.ratios
        verdict = "" if target is None else (" ok" if self.ratio <= target else " MISSED")
        return (
            f"{self.label}: baseline {statistics.median(self.base) * 1000:.0f} ms "
            f"({min(self.base) * 1000:.0f}–{max(self.base) * 1000:.0f}), app {statistics.median(self.app) * 1000:.0f} ms "
            f"({min(self.app) * 1000:.0f}–{max(self.app) * 1000:.0f}); ratio median {self.ratio:.2f}x "
            f"(min–max {min(r):.2f}–{max(r):.2f}, {len(r)} alternating pairs)"
            + (f" target <= {target}x{verdict}" if target is not None else "")
            + f"; peak RSS baseline {self.base_rss / 1024:.0f} MB, app {self.app_rss / 1024:.0f} MB"
        )


TIME = "/usr/bin/time"  # GNU time: the child's own peak RSS (%M)
RSS_MARK = "@@peak-rss-kib "


def _spawn(cmd: list[str], env: dict[str, str]) -> tuple[float, int, str, str, int]:
    """Run through GNU time when present: `wait4` from here would report the harness's own size, which
    a forked child keeps as its peak across exec (Linux keeps the larger of the two)."""
    wrapped = [TIME, "-f", RSS_MARK + "%M", *cmd] if os.path.exists(TIME) else cmd
    start = time.perf_counter()
    proc = subprocess.Popen(wrapped, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    out, err = proc.communicate()  # both pipes at once: a child filling stderr must not block on it
    elapsed = time.perf_counter() - start
    text = err.decode("utf-8", "replace")
    rss = 0
    if RSS_MARK in text:
        head, _, tail = text.rpartition(RSS_MARK)
        rss, text = int(tail.split()[0]), head
        if proc.returncode == 0 and "Command exited with non-zero status" in text:
            proc.returncode = 1
    return elapsed, rss, out.decode("utf-8", "replace"), text, proc.returncode


def timed(cmd: list[str], marker: str | None = None, env: dict[str, str] | None = None) -> tuple[float, int, str]:
    elapsed, rss, out, err, code = _spawn(cmd, env or BENCH_ENV)
    if code != 0 or (marker is not None and marker not in out):
        raise SystemExit(f"{' '.join(cmd[:5])}… failed ({code}): {err[-2000:]}")
    return elapsed, rss, out


def compare(label: str, baseline: list[str], app: list[str], *, marker: str | None = None,
            app_marker: str | None = None, before_each: Callable[[], None] | None = None,
            check: Callable[[], None] | None = None, env: dict[str, str] | None = None) -> Result:
    """Warm each once, then PAIRS alternating pairs; `before_each` runs before every process (e.g. to
    remove the previous output), `check` after the warm-ups (e.g. to compare the outputs)."""
    for cmd, m in ((baseline, marker), (app, app_marker or marker)):
        if before_each:
            before_each()
        timed(cmd, m, env)
    if check:
        check()
    result = Result(label, [], [], 0, 0)
    for _ in range(PAIRS):
        for cmd, m, times, which in ((baseline, marker, result.base, "base_rss"), (app, app_marker or marker, result.app, "app_rss")):
            if before_each:
                before_each()
            seconds, rss, _ = timed(cmd, m, env)
            times.append(seconds)
            setattr(result, which, max(getattr(result, which), rss))
    return result


def say(text: str) -> None:
    print(text, flush=True)
    sys.stdout.flush()
