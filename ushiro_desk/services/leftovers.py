"""The next start and `check` remove what interrupted writers left: stale temporary files (one mark,
`outputs.TEMP_MARK`) in the folders the app has written recorded outputs to."""

from __future__ import annotations

from pathlib import Path

from ushiro_desk import outputs
from ushiro_desk.outputs import Swept
from ushiro_desk.services.store import Store
from ushiro_desk.storage import handoff_repo


def output_folders(store: Store) -> set[Path]:
    """The folders recorded outputs went to (handoff packets)."""
    with store.db.snapshot() as conn:
        return {Path(t).expanduser().parent for t in handoff_repo.recorded_targets(conn)}


def sweep(store: Store) -> Swept:
    count = freed = 0
    for folder in sorted(output_folders(store)):
        swept = outputs.sweep_leftovers(folder, recursive=False)
        count, freed = count + swept.count, freed + swept.bytes
    return Swept(count, freed)
