"""Regenerate `ushiro_desk/storage/schema_reference.json` after a migration is added or changed.

The full check compares a database's tables, indexes, triggers and views with what the migrations
build; the reference saves the app from migrating a fresh database at every check.
`tests/core/test_integrity.py` fails until it is regenerated.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ushiro_desk.storage.integrity import write_reference  # noqa: E402

if __name__ == "__main__":
    print(f"wrote {write_reference()}")
