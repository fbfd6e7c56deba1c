"""A writer killed with SIGKILL at random moments never leaves the data inconsistent or loses a commit."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ushiro_desk.paths import DataPaths
from ushiro_desk.services import maintenance
from ushiro_desk.services.store import open_store
from ushiro_desk.storage.filestore import FileStore

KILLS = 50
WRITER = Path(__file__).with_name("crash_writer.py")


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killing_the_writer_at_random_moments_loses_nothing_committed(paths: DataPaths) -> None:
    open_store(paths).close()
    rng = random.Random(20261120)
    committed: set[int] = set()
    next_number = 0
    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(paths.root), str(next_number)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # wait until it is writing
        assert first, child.stderr.read() if child.stderr else "writer died"
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        printed = [int(line) for line in (first + out).split()]
        committed.update(printed)
        next_number = max(printed) + 1 if printed else next_number

        report = maintenance.check(paths)
        assert report.ok, f"after kill {kill}: {report.as_dict()}"
        store = open_store(paths)
        try:
            with store.db.snapshot() as conn:
                in_db = {int(r[0]) for r in conn.execute("SELECT entity_id FROM audit_log WHERE action = 'crash-test'")}
                accounts = conn.execute("SELECT count(*), count(DISTINCT bank_name) FROM bank_account").fetchone()
                shas = [r[0] for r in conn.execute("SELECT sha256 FROM stored_file")]
        finally:
            store.close()
        missing = committed - in_db
        assert not missing, f"after kill {kill}, committed records are gone: {sorted(missing)[:5]}"
        assert tuple(accounts) == (2, 1), "a profile rewrite was half applied"
        files = FileStore(paths.files)
        assert all(files.verify(sha) for sha in shas), "a registered file is missing or damaged"
    assert len(committed) > KILLS
