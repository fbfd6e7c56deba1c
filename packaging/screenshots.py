"""Screenshots for the user guide (`make screenshots`): the main window at 1280×800 on every page of
the sidebar, on the sample data, in Japanese and in English, saved as
resources/screenshots/<lang>/<page>.png. Whatever pages the app has are taken, so the pictures follow
the app. Qt warnings seen on the way are printed at the end.

usage: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [--today YYYY-MM-DD] [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ushiro_desk.config import Preferences  # noqa: E402
from ushiro_desk.paths import DataPaths  # noqa: E402
from ushiro_desk.services import demo  # noqa: E402
from ushiro_desk.services.store import Store, auto_backup, open_store  # noqa: E402
from ushiro_desk.ui.application import create_application, install_translators  # noqa: E402
from ushiro_desk.ui.context import ChangeBus, UiContext  # noqa: E402
from ushiro_desk.ui.main_window import MainWindow  # noqa: E402
from ushiro_desk.ui.pages import PAGES  # noqa: E402

SIZE = (1280, 800)
LANGUAGES = ("ja", "en")
SAMPLE_TODAY = date(2026, 11, 20)  # the tests' sample day (tests/conftest.py DEMO_TODAY)
SETTLE_SECONDS = 0.5  # pages may load in the background after they are shown

warnings: list[str] = []


def collect_warnings(kind: QtMsgType, _context: object, message: str) -> None:
    if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
        warnings.append(message)


def settle(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def shoot(app: QApplication, store: Store, config: Path, language: str, out: Path) -> list[Path]:
    prefs = Preferences(config / language)
    prefs["language"] = language
    prefs["theme"] = "light"
    install_translators(app, language)
    window = MainWindow(UiContext(store=store, prefs=prefs, bus=ChangeBus()))
    window.resize(*SIZE)
    window.show()
    saved = []
    try:
        for spec in PAGES:
            window.show_page(spec.key)
            settle(SETTLE_SECONDS)
            target = out / language / f"{spec.key}.png"
            target.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(target), "PNG", 0):  # quality 0: smallest PNG
                raise SystemExit(f"cannot write {target}")
            saved.append(target)
    finally:
        window.close()
        window.deleteLater()
        settle(0.05)
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--today", type=date.fromisoformat, default=SAMPLE_TODAY, help="the sample data's today")
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    args = parser.parse_args()
    qInstallMessageHandler(collect_warnings)
    from ushiro_desk.ui import clock

    clock.today = lambda: args.today  # every page sees the sample data's day, not the real one
    with tempfile.TemporaryDirectory(prefix="ushiro-screenshots-") as tmp:
        config = Path(tmp) / "config"
        prefs = Preferences(config / "app")
        prefs["theme"] = "light"
        app = create_application([sys.argv[0]], prefs)
        store = open_store(DataPaths(Path(tmp) / "UshiroDesk"))
        try:
            summary = demo.fill(store, years=2, today=args.today)
            auto_backup(store)  # the status bar shows a backup, as it would after a first day
            print("sample data:", ", ".join(f"{name} {count}" for name, count in summary.items()))
            saved = [path for language in LANGUAGES for path in shoot(app, store, config, language, args.out)]
        finally:
            store.close()
    print(f"{len(saved)} screenshots in {args.out}")
    if warnings:
        print(f"Qt warnings on the way ({len(warnings)}):", *sorted(set(warnings)), sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
