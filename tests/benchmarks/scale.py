"""The scale data set of issue 17: ten years of heavy use, built through the real write paths.

    python tests/benchmarks/scale.py [--half]      # prints the data dir (cached under /tmp)

Full scale is 200,000 expenses, 20,000 issued documents and 1,000 chores over ten years; half scale is
half of each. On top of `ushiro-desk demo --years 10` (clients, settings, the sample chores):
- expenses through `services.expenses.bulk.generate` (checked by `check_expense`, `executemany`);
- documents through `services.invoicing.documents` (save_draft → issue → mark_sent) and payments
  through `services.invoicing.payments.record_payment`, in one transaction as the demo does, most
  paid, some overdue;
- chores through `domain.chores.model.validate_chore` and `storage.chores_repo.insert_chore`, their
  occurrences expanded by `services.chores.extend_occurrences` as the app does.
Deterministic (fixed seeds and a fixed "today"); cached by scale in /tmp/ushiro-scale-<n>/ and reused."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

FULL = {"expenses": 200_000, "documents": 20_000, "chores": 1_000}
TODAY = date(2026, 11, 30)
VERSION = 1  # bump when the data set changes, so stale caches are rebuilt
CACHE = Path(os.environ.get("USHIRO_SCALE_CACHE", "/tmp"))


def sizes(fraction: float) -> dict[str, int]:
    return {k: int(v * fraction) for k, v in FULL.items()}


def data_dir(fraction: float = 1.0) -> Path:
    """The cached data dir for this scale, built when missing."""
    n = sizes(fraction)
    folder = CACHE / f"ushiro-scale-v{VERSION}-{n['expenses']}-{n['documents']}-{n['chores']}"
    if (folder / "built").is_file():
        return folder / "data"
    build(folder, n)
    return folder / "data"


def build(folder: Path, n: dict[str, int]) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    data = folder / "data"
    env = {**os.environ, "USHIRO_DESK_CONFIG_DIR": str(folder / "config")}
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ushiro_desk", "demo", "--years", "10", "--data-dir", str(data)],
                   check=True, env=env, capture_output=True)
    from ushiro_desk.paths import DataPaths
    from ushiro_desk.services.store import open_store

    store = open_store(DataPaths(data))
    try:
        from ushiro_desk.services.expenses import bulk

        bulk.generate(store, n["expenses"], seed=17, end=TODAY, years=10)
        print(f"  {n['expenses']} expenses: {time.perf_counter() - t:.0f} s", file=sys.stderr)
        _documents(store, n["documents"])
        print(f"  {n['documents']} documents: {time.perf_counter() - t:.0f} s", file=sys.stderr)
        _chores(store, n["chores"])
        print(f"  {n['chores']} chores: {time.perf_counter() - t:.0f} s", file=sys.stderr)
        with store.db.transaction() as conn:
            conn.execute("PRAGMA optimize")
    finally:
        store.close()
    (folder / "built").write_text(str(n))


def _documents(store, count: int) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.domain.invoicing.document import DocumentKind, Line
    from ushiro_desk.domain.invoicing.status import Payment
    from ushiro_desk.domain.invoicing.tax import TaxCategory
    from ushiro_desk.services.invoicing import clients, documents, payments

    from ushiro_desk.reports import invoice_pdf

    # The issued PDFs: one real rendering, then that file with the document's number appended (a
    # distinct file per document, as stored files are addressed by hash). Rendering 20,000 PDFs would
    # take most of the build; nothing benchmarked here reads them.
    real_render = invoice_pdf.render
    first: list[bytes] = []

    def render(doc, *args, **kw):  # type: ignore[no-untyped-def]
        if not first:
            first.append(real_render(doc, *args, **kw))
        return first[0] + f"\n% {doc.number}\n".encode()

    invoice_pdf.render = render  # type: ignore[assignment]
    rng = random.Random(23)
    client_ids = [c.id for c in clients.list_clients(store) if c.id is not None]
    start = date(TODAY.year - 10, TODAY.month, 1)
    span = (TODAY - start).days
    days = sorted(start + timedelta(days=rng.randrange(span)) for _ in range(count))
    with store.db.transaction():  # one commit; the services join it
        for i, day in enumerate(days):
            kind = DocumentKind.QUOTE if i % 10 == 0 else DocumentKind.INVOICE
            doc = documents.new_document(store, kind, rng.choice(client_ids), issue_date=day)
            lines = [Line(f"制作作業 {i % 97 + 1}", Decimal(rng.randrange(1, 9)), "時間", Decimal(rng.randrange(5, 40) * 1000))]
            if rng.random() < 0.3:
                lines.append(Line("軽減税率対象 資料", Decimal(1), "式", Decimal(3240), TaxCategory.REDUCED))
            doc = replace(doc, lines=tuple(lines), subject=f"案件 {i}")
            saved, _, _ = documents.save_draft(store, doc)
            issued, _ = documents.issue(store, saved.id or 0)
            documents.mark_sent(store, [issued.id or 0], day)
            if kind is DocumentKind.INVOICE and issued.due_date and issued.due_date < TODAY - timedelta(days=60) \
                    and rng.random() < 0.97:
                payments.record_payment(store, issued.id or 0, Payment(issued.due_date, issued.totals().amount_due), TODAY)


def _chores(store, count: int) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.domain.chores.model import Area, Chore, validate_chore
    from ushiro_desk.domain.recurrence import CadenceSpec, Kind
    from ushiro_desk.services import chores as chores_service
    from ushiro_desk.storage import chores_repo

    rng = random.Random(29)
    areas = list(Area)
    start = date(TODAY.year - 10, 1, 1)
    with store.db.transaction() as conn:
        for i in range(count):
            spec = rng.choice((
                CadenceSpec(Kind.MONTHLY_NTH_WEEKDAY, nth=rng.choice((1, 2, -1)), weekday=rng.randrange(5)),
                CadenceSpec(Kind.WEEKLY, weekdays=(rng.randrange(5),)),
            ))
            chore = Chore(title=f"定例作業 {i + 1:04d}", area=rng.choice(areas), start=start, cadence=spec.cadence(),
                          goal="終わっている。", estimate_minutes=rng.choice((15, 30, 45, 60)))
            chore, problems = validate_chore(chore)
            assert not [p for p in problems if p.is_error], problems
            chore_id = chores_repo.insert_chore(conn, chore)
            chores_repo.set_materialised_until(conn, chore_id, TODAY - timedelta(days=60))
    chores_service.extend_occurrences(store, TODAY - timedelta(days=30))


if __name__ == "__main__":
    print(data_dir(0.5 if "--half" in sys.argv else 1.0))
