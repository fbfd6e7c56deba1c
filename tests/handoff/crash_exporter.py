"""Child process for the export crash test: exports packets in a loop (zip and folder in turn) to
`<out>/packet-<n>[.zip]`, printing each step of the writer and `done <n>` once the ledger says complete."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from ushiro_desk.paths import DataPaths
from ushiro_desk.services.handoff import bundles
from ushiro_desk.services.handoff.recipients import find_recipient
from ushiro_desk.services.store import open_store

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def main() -> None:
    store = open_store(DataPaths(Path(sys.argv[1])))
    out, n = Path(sys.argv[2]), int(sys.argv[3])
    recipient = find_recipient(store, "田中 由美")
    assert recipient is not None
    shown = bundles.preview(store, recipient, *NOV)
    order = bundles.default_work_order(store, shown, NOV[0])
    print("ready", flush=True)
    while True:
        target = out / (f"packet-{n}.zip" if n % 2 == 0 else f"packet-{n}")
        bundles.export(
            store, shown, order, target, password="pw-crash-test" if n % 2 == 0 else None, today=NOV[0],
            progress=lambda done, total: print(f"step {done}/{total}", flush=True),
        )
        print(f"done {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
