"""Issuing under a crash: a child process is killed (SIGKILL) while it issues, between taking the
number and storing the PDF, again and again. Afterwards every number of the series is used exactly
once with its PDF on disk, and every other document is still a draft."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date

import pytest

from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.document import DocumentKind
from ushiro_desk.paths import DataPaths
from ushiro_desk.services import company, maintenance
from ushiro_desk.services.invoicing import clients, documents, queries
from ushiro_desk.services.store import open_store

from tests.invoices.conftest import MIXED_LINES, PROFILE

KILLS = 24
DRAFTS = 100

CHILD = """
import sys
from ushiro_desk.paths import data_paths
from ushiro_desk.services.store import open_store
from ushiro_desk.services.invoicing import documents, queries
from ushiro_desk.reports.invoice_pdf import register_font

register_font()  # load the font first, so the time between number and PDF is what it is in the app
store = open_store(data_paths(sys.argv[1]))
def step(name):
    sys.stdout.write(name + "\\n")
    sys.stdout.flush()
for row in sorted(queries.list_documents(store), key=lambda r: r.id):
    if row.number is None:
        documents.issue(store, row.id, on_step=step)
        step("committed")
step("done")
"""


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_while_issuing_leaves_no_gap_and_no_number_without_its_pdf(paths: DataPaths) -> None:
    store = open_store(paths)
    company.save_profile(store, PROFILE)
    client, _, _ = clients.save_client(store, Client("株式会社アオバ商事", withholds=True))
    for _ in range(DRAFTS):
        doc = documents.new_document(store, DocumentKind.INVOICE, client.id or 0, issue_date=date(2026, 5, 29))
        documents.save_draft(store, replace(doc, lines=MIXED_LINES))
    store.close()

    rng = random.Random(4)
    kills = 0
    landed: list[str] = []
    while kills < KILLS:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(paths.root)], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        first = child.stdout.readline().strip()
        if first == "done":
            child.wait()
            break
        assert first == "numbered", first
        seen = [first]
        if kills % 4 == 3:
            # Every fourth child first finishes one document, so some are issued however slow the
            # machine is (under load the rendering outlasts the random wait every time).
            while seen[-1] not in ("committed", "done"):
                seen.append(child.stdout.readline().strip())
        time.sleep(rng.uniform(0, 0.03))  # the PDF is being rendered and stored about now
        child.send_signal(signal.SIGKILL)
        child.wait()
        kills += 1
        seen += child.stdout.read().split()
        landed.append(seen[-1])  # the last step the child reached before it died
        child.stdout.close()

    assert kills == KILLS
    # most kills hit the window between taking the number and storing the PDF
    assert landed.count("numbered") >= KILLS // 2, landed
    assert maintenance.check(paths).ok
    store = open_store(paths)
    try:
        rows = queries.list_documents(store)
        issued = sorted((r for r in rows if r.number), key=lambda r: r.number or "")
        assert 0 < len(issued) < DRAFTS  # kills landed while there was still work
        assert [r.number for r in issued] == [f"INV-2026-{n:04d}" for n in range(1, len(issued) + 1)]
        conn = store.db.connection()
        (last_value,) = conn.execute("SELECT last_value FROM number_counter").fetchone()
        assert last_value == len(issued)
        for row in issued:
            doc = documents.load_document(store, row.id)
            assert doc.pdf_sha256 and store.files.verify(doc.pdf_sha256)
            assert documents.issued_pdf(store, row.id).startswith(b"%PDF")
        drafts = [r for r in rows if r.number is None]
        assert len(drafts) == DRAFTS - len(issued)
        assert all(len(documents.load_document(store, r.id).lines) == len(MIXED_LINES) for r in drafts)
    finally:
        store.close()
