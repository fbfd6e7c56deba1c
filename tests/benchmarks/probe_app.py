"""The app started as a user starts it (`ushiro-desk --data-dir D`, whole process), told to say when
a screen is complete and then to close: `probe_app.py today|invoices|expenses|chores DATA`.

- `today`: the Today page with every section loaded and its background work (moving the occurrences
  on, the missed check) done, no worker left running;
- a page name: that page (opened at start as the last page used) with its first rows painted.
The marker is printed only then, so it cannot fire before the data-dependent work."""

from __future__ import annotations

import sys

MARKER = "probe: complete"


def main() -> int:
    mode, data = sys.argv[1], sys.argv[2]
    import ushiro_desk.app as app

    def complete(window) -> bool:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QThreadPool

        page = window.pages.get(mode)
        if page is None:
            return False
        if mode == "today":
            return bool(page.prepared and page.sections_loaded and not page.extending
                        and QThreadPool.globalInstance().activeThreadCount() == 0)
        table = page.table
        if table.model().rowCount() == 0:
            return False
        table.viewport().repaint()  # the first rows painted, now
        return True

    def end(window) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer

        def poll() -> None:
            if complete(window):
                print(MARKER, flush=True)
                window.close()
            else:
                QTimer.singleShot(5, poll)

        poll()

    app._end_self_test = end  # the one hook: --self-test's "shown, close" becomes "complete, close"
    from ushiro_desk.cli.main import main as cli_main

    return cli_main(["--data-dir", data, "--self-test"])


if __name__ == "__main__":
    sys.exit(main())
