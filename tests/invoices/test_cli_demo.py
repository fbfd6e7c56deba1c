"""The command line and the sample data."""

from __future__ import annotations

import json
from pathlib import Path

from ushiro_desk.cli.main import main
from ushiro_desk.domain.invoicing.status import Status
from ushiro_desk.services.invoicing import documents, queries, recurring

from tests.conftest import DEMO_TODAY


def test_invoices_list_json(demo_store, capsys) -> None:  # type: ignore[no-untyped-def]
    demo_store.close()
    assert main(["invoices", "list", "--json", "--on", DEMO_TODAY.isoformat()]) == 0
    rows = json.loads(capsys.readouterr().out)
    kinds = {r["kind"] for r in rows}
    assert {"invoice", "quote", "credit_note", "correction"} <= kinds
    issued = [r for r in rows if r["number"]]
    for row in issued:
        assert set(row) >= {"number", "kind", "status", "issue_date", "due_date", "rates", "rounding", "withholding", "amount_due"}
        assert row["total"] == sum(r["taxable"] + r["tax"] for r in row["rates"])
        assert row["amount_due"] == row["total"] - row["withholding"]
    assert any(r["overdue"] for r in rows) and any(r["status"] == "partly_paid" for r in rows)


def test_invoices_pdf_writes_the_stored_file(demo_store, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    row = next(r for r in queries.list_documents(demo_store) if r.number and r.kind.value == "invoice")
    stored = documents.issued_pdf(demo_store, row.id)
    demo_store.close()
    out = tmp_path / "inv.pdf"
    assert main(["invoices", "pdf", row.number or "", "--out", str(out)]) == 0
    assert out.read_bytes() == stored


def test_invoices_pdf_unknown_number(demo_store, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    demo_store.close()
    assert main(["invoices", "pdf", "INV-1999-0001", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "no issued document numbered INV-1999-0001" in capsys.readouterr().err


def test_sample_data_tells_a_story(demo_store) -> None:  # type: ignore[no-untyped-def]
    rows = queries.list_documents(demo_store)
    statuses = {r.standing(DEMO_TODAY).status for r in rows}
    assert {Status.PAID, Status.PARTLY_PAID, Status.DRAFT, Status.ACCEPTED, Status.CORRECTED} <= statuses
    assert queries.overdue(demo_store, DEMO_TODAY)
    assert len(recurring.proposals(demo_store, DEMO_TODAY)) == 2  # confirmed by the owner, not made by themselves
    numbers = sorted(r.number for r in rows if r.number and r.number.startswith("INV-2026"))
    assert numbers == [f"INV-2026-{n:04d}" for n in range(1, len(numbers) + 1)]


def test_every_issued_sample_has_its_pdf(demo_store) -> None:  # type: ignore[no-untyped-def]
    for row in queries.list_documents(demo_store):
        if row.number:
            doc = documents.load_document(demo_store, row.id)
            assert doc.pdf_sha256 and demo_store.files.verify(doc.pdf_sha256)
