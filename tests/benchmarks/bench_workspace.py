"""The HTML workspace in headless Chromium: time to unlock and show the task list, and to open one
receipt, on the 1-month sample packet (the sample data's November 2026 for 田中), ≥ 7 runs, median and
min–max. `--shots DIR` also saves the lock screen and the unlocked workspace (Japanese) as PNGs.

    .venv/bin/python tests/benchmarks/bench_workspace.py [--runs 7] [--shots /tmp/shots]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

PASSWORD = "k7m2-x9qa-3fhp-wq8e-5rtz"
TODAY = date(2026, 11, 20)


def sample_packet(tmp: Path) -> Path:
    from ushiro_desk.paths import DataPaths
    from ushiro_desk.services import demo
    from ushiro_desk.services.handoff import bundles
    from ushiro_desk.services.handoff.recipients import find_recipient
    from ushiro_desk.services.store import open_store

    store = open_store(DataPaths(tmp / "data"))
    try:
        demo.fill(store, years=2, today=TODAY)
        recipient = find_recipient(store, "田中")
        assert recipient is not None
        shown = bundles.preview(store, recipient, date(2026, 11, 1), date(2026, 11, 30))
        target = tmp / "tanaka.html"
        bundles.export(store, shown, bundles.default_work_order(store, shown, TODAY), target, password=PASSWORD, today=TODAY)
    finally:
        store.close()
    return target


def large_packet(tmp: Path, count: int) -> Path:
    """`count` receipts of about 500 KB (a real small JPEG followed by random bytes after its end marker,
    which browsers ignore: photos do not compress), written through the same writer; over 64 MB they
    travel in the companion file."""
    import hashlib
    import io
    import os

    from PIL import Image

    photo = io.BytesIO()
    Image.new("RGB", (800, 1100), (250, 250, 245)).save(photo, "JPEG")

    from ushiro_desk.domain.handoff.disclosure import ChoreOffer, DataKind, Scope, SourceRecord, plan_bundle
    from ushiro_desk.domain.handoff.work_order import WorkOrder
    from ushiro_desk.reports.handoff.workspace import write_workspace
    from ushiro_desk.reports.handoff.writer import Communication, PacketContent

    folder = tmp / "files"
    folder.mkdir()
    names = []
    for _ in range(count):
        data = photo.getvalue() + os.urandom(500 * 1024)
        sha = hashlib.sha256(data).hexdigest()
        (folder / sha).write_bytes(data)
        names.append(sha)
    expenses = tuple(SourceRecord("expense", str(i), f"e{i}", {"date": "2026-11-01", "payee": "店", "amount": 1000},
                                  files=((sha, f"receipt-{i:04d}.jpg"),)) for i, sha in enumerate(names))
    chore = SourceRecord("chore", "1", "経費の記帳", {"title": "経費の記帳", "goal": "全件記帳"})
    plan = plan_bundle("田中", Scope(frozenset({"accounting"}), frozenset({DataKind.EXPENSES})), date(2026, 11, 1), date(2026, 11, 30),
                       (ChoreOffer(chore, "accounting", False, False, (date(2026, 11, 30),), (DataKind.EXPENSES,), {DataKind.EXPENSES: expenses}),))
    order = WorkOrder("合同会社うしろ", "田中", date(2026, 11, 1), "経費の記帳", date(2026, 11, 30), "メール", "時給", date(2026, 12, 31), "銀行振込")
    content = PacketContent("bench", plan, order, Communication(), date(2026, 11, 20), date(2026, 12, 31))
    target = tmp / "large.html"
    write_workspace(content, lambda sha: folder / sha, target, password=PASSWORD.encode())
    return target


def browser_peak_mb(profile: Path) -> float:
    """The sum of the peak resident memory (VmHWM) of the browser's processes."""
    total = 0
    for proc in Path("/proc").iterdir():
        try:
            if str(profile) not in (proc / "cmdline").read_bytes().decode(errors="replace"):
                continue
            for line in (proc / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except (OSError, ValueError):
            continue
    return total / 1024


def wait(condition, timeout: float = 60.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.005)
    raise TimeoutError


def one_run(page: Path, tmp: Path, run: int, shots: Path | None, peaks: list[float] | None = None) -> tuple[float, float]:
    from selenium.webdriver.common.by import By

    from tests.handoff.test_workspace_browser import start_browser

    downloads = tmp / f"dl-{run}"
    downloads.mkdir()
    driver = start_browser(tmp / f"profile-{run}", downloads)
    try:
        driver.get(page.as_uri())
        if shots is not None:
            driver.save_screenshot(str(shots / "workspace_lock_ja.png"))
        driver.find_element(By.ID, "pw").send_keys(PASSWORD)
        start = time.perf_counter()
        driver.find_element(By.ID, "unlock").click()
        wait(lambda: driver.execute_script("return document.getElementById('ws').dataset.ready === '1'"))
        unlocked = time.perf_counter() - start
        if shots is not None:
            driver.set_window_size(1180, 2400)
            driver.save_screenshot(str(shots / "workspace_unlocked_ja.png"))
            driver.set_window_size(1180, 900)
        companion = page.with_name(page.stem + ".ushiro-files")
        if companion.exists():
            driver.find_element(By.ID, "companion").send_keys(str(companion))
        button = driver.find_element(By.CSS_SELECTOR, "button.open-file")
        driver.execute_script("arguments[0].scrollIntoView()", button)
        driver.execute_script(
            "window.__shown = false; new MutationObserver(function () { var s = document.getElementById('shown');"
            " if (s && !s.__watched) { s.__watched = true; s.addEventListener('load', function () { window.__shown = true; }); } })"
            ".observe(document.getElementById('viewer'), {childList: true, subtree: true});")
        start = time.perf_counter()
        button.click()
        wait(lambda: driver.execute_script("return window.__shown"))
        opened = time.perf_counter() - start
        if shots is not None:
            driver.save_screenshot(str(shots / "workspace_receipt_ja.png"))
        if peaks is not None:
            peaks.append(browser_peak_mb(tmp / f"profile-{run}"))
    finally:
        driver.quit()
    return unlocked, opened


def describe(name: str, values: list[float]) -> str:
    return f"{name}: median {statistics.median(values) * 1000:.0f} ms (min {min(values) * 1000:.0f} – max {max(values) * 1000:.0f} ms, {len(values)} runs)"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--large", type=int, default=0, help="also a packet of N receipts of 500 KB (1000: about 500 MB)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        page = sample_packet(tmp)
        print(f"1-month sample packet: {page.stat().st_size / 1e6:.1f} MB")
        if args.shots:
            args.shots.mkdir(parents=True, exist_ok=True)
        results = [one_run(page, tmp, i, args.shots if i == 0 else None) for i in range(args.runs)]
    print(describe("unlock → task list", [r[0] for r in results]))
    print(describe("open one receipt", [r[1] for r in results]))
    if args.large:
        with tempfile.TemporaryDirectory() as name:
            tmp = Path(name)
            page = large_packet(tmp, args.large)
            side = page.with_name(page.stem + ".ushiro-files")
            print(f"{args.large}-receipt packet: page {page.stat().st_size / 1e6:.1f} MB, companion {side.stat().st_size / 1e6:.0f} MB")
            peaks: list[float] = []
            results = [one_run(page, tmp, i, None, peaks) for i in range(args.runs)]
        print(describe("large: unlock → task list", [r[0] for r in results]))
        print(describe("large: open one receipt", [r[1] for r in results]))
        print(f"large: browser peak resident memory (sum over its processes): median {statistics.median(peaks):.0f} MB (min {min(peaks):.0f} – max {max(peaks):.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
