"""Bundles end to end on the sample data: preview = what is written, the ledger, the return trip."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
import pyzipper

from ushiro_desk.cli.main import main as cli
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.handoff import bundles, returns, secrets
from ushiro_desk.services.handoff.recipients import find_recipient
from ushiro_desk.storage import chores_repo

TODAY = date(2026, 11, 20)
NOV = (date(2026, 11, 1), date(2026, 11, 30))
SEVEN_ZIP = shutil.which("7z")


@pytest.fixture
def secretary(demo_store):  # type: ignore[no-untyped-def]
    found = find_recipient(demo_store, "田中")
    assert found is not None
    return found


def _export(store, recipient, target: Path, password: str | None = "pw-correct-horse"):  # type: ignore[no-untyped-def]
    shown = bundles.preview(store, recipient, *NOV)
    entry, _ = bundles.export(store, shown, bundles.default_work_order(store, shown, TODAY), target, password=password, today=TODAY)
    return shown, entry


def _fill_return(packet: Path, out: Path, password: str, fill) -> Path:  # type: ignore[no-untyped-def]
    """Do what the secretary does: open the packet, fill status.csv, zip it back with the password."""
    with pyzipper.AESZipFile(packet) as zf:
        zf.setpassword(password.encode())
        manifest = zf.read("manifest.json")
        sheet = zf.read("return/status.csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(sheet)))
    fill(rows)
    text = io.StringIO()
    writer = csv.DictWriter(text, list(rows[0].keys()), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    with pyzipper.AESZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(password.encode())
        zf.writestr("manifest.json", manifest)
        zf.writestr("return/status.csv", ("\ufeff" + text.getvalue()).encode("utf-8"))
    return out


def test_the_preview_is_exactly_what_the_packet_holds(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown, entry = _export(demo_store, secretary, tmp_path / "folder", password=None)
    written = {p.relative_to(tmp_path / "folder").as_posix() for p in (tmp_path / "folder").rglob("*") if p.is_file()}
    expected_files = {path for _, path in shown.plan.files}
    assert expected_files <= written
    assert {name for name in written if name.startswith("files/")} == expected_files
    tasks = list(csv.DictReader(io.StringIO((tmp_path / "folder" / "data" / "tasks.csv").read_text(encoding="utf-8-sig"))))
    assert sorted(t["title"] for t in tasks) == sorted(t.chore.label for t in shown.plan.tasks)
    assert entry.records == len(shown.plan.tasks) + len(shown.plan.records) + len(shown.occurrences)
    titles = {w.label for w in shown.plan.withheld}
    assert "月次集計と試算表の確認" in titles  # confidential: stays home
    assert "月次集計と試算表の確認" not in (tmp_path / "folder" / "index.html").read_text(encoding="utf-8")


def test_export_is_recorded_in_the_ledger_and_flagged_when_expired(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, entry = _export(demo_store, secretary, tmp_path / "p.zip")
    ledger = bundles.ledger(demo_store)
    assert [e.bundle_id for e in ledger] == [entry.bundle_id]
    assert ledger[0].recipient_name == secretary.name and ledger[0].encrypted
    assert not ledger[0].expired(TODAY) and ledger[0].expired(date(2027, 1, 1))
    with pytest.raises(Exception):
        with demo_store.db.transaction() as conn:
            conn.execute("DELETE FROM disclosure")


def test_round_trip_marks_occurrences_done_with_minutes(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown, _ = _export(demo_store, secretary, tmp_path / "p.zip")
    first, second = shown.occurrences[0], shown.occurrences[1]

    def fill(rows):  # type: ignore[no-untyped-def]
        for row in rows:
            if int(row["occurrence_id"]) == first[0]:
                row.update(status="done", minutes="25", note="完了しました")
            if int(row["occurrence_id"]) == second[0]:
                row.update(status="question", note="件名の書き方を確認したいです")

    returned = _fill_return(tmp_path / "p.zip", tmp_path / "back.zip", "pw-correct-horse", fill)
    review = returns.read_return(demo_store, returned, "pw-correct-horse", TODAY)
    assert {i.occurrence_id: i.status.value for i in review.items} == {first[0]: "done", second[0]: "question"}
    returns.apply_return(demo_store, review, {f"occurrence:{first[0]}"}, TODAY)
    with demo_store.db.snapshot() as conn:
        done = chores_repo.load_occurrence(conn, first[0])
        asked = chores_repo.load_occurrence(conn, second[0])
    assert (done.state.value, done.minutes, done.done_by_id) == ("done", 25, secretary.id)
    assert asked.state.value == "open"


def test_a_rejected_item_changes_nothing(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown, _ = _export(demo_store, secretary, tmp_path / "p.zip")
    target = shown.occurrences[0][0]
    returned = _fill_return(tmp_path / "p.zip", tmp_path / "back.zip", "pw-correct-horse",
                            lambda rows: rows[0].update(status="done", minutes="10"))
    review = returns.read_return(demo_store, returned, "pw-correct-horse", TODAY)
    returns.apply_return(demo_store, review, set(), TODAY)
    with demo_store.db.snapshot() as conn:
        assert chores_repo.load_occurrence(conn, target).state.value == "open"


def test_a_return_for_an_unknown_bundle_is_refused(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "stranger.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"bundle_id": "not-ours"}))
        zf.writestr("return/status.csv", "occurrence_id,chore,due_date,status,minutes,note\r\n")
    with pytest.raises(InvalidInput) as exc:
        returns.read_return(demo_store, path)
    assert [p.code for p in exc.value.problems] == ["return.unknown_bundle"]


def test_a_wrong_password_is_refused_and_a_row_outside_the_bundle_is_a_conflict(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _export(demo_store, secretary, tmp_path / "p.zip")
    with pytest.raises(InvalidInput) as wrong:
        returns.read_return(demo_store, tmp_path / "p.zip", "not-the-password")
    assert wrong.value.problems[0].code == "archive.bad_password"
    with pyzipper.AESZipFile(tmp_path / "p.zip") as zf:
        zf.setpassword(b"pw-correct-horse")
        manifest = zf.read("manifest.json")
    sjis = tmp_path / "sjis.zip"
    with zipfile.ZipFile(sjis, "w") as zf:
        zf.writestr("manifest.json", manifest)
        zf.writestr("return/status.csv", "occurrence_id,chore,due_date,status,minutes,note\r\n1,郵便,2026-11-16,done,5,済\r\n".encode("cp932"))
    review = returns.read_return(demo_store, sjis, today=TODAY)
    assert [(i.occurrence_id, i.conflict) for i in review.items] == [(1, "not_in_bundle")]


def test_a_traversal_in_the_return_changes_nothing(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../../outside.txt", "x")
    before = (demo_store.paths.database.stat().st_mtime_ns, len(list(tmp_path.parent.glob("outside.txt"))))
    with pytest.raises(InvalidInput) as exc:
        returns.read_return(demo_store, evil)
    assert exc.value.problems[0].code == "archive.path_traversal"
    assert (demo_store.paths.database.stat().st_mtime_ns, len(list(tmp_path.parent.glob("outside.txt")))) == before


@pytest.mark.skipif(SEVEN_ZIP is None, reason="7z is installed by .ci/run")
def test_cli_export_keeps_the_password_in_the_keyring_and_7zip_opens_it(demo_store, memory_keyring, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    root = str(demo_store.paths.root)
    demo_store.close()
    out = tmp_path / "tanaka.zip"
    assert cli(["bundle", "export", "--recipient", "田中", "--out", str(out), "--period", "2026-11", "--data-dir", root]) == 0
    (password,) = memory_keyring.values.values()
    assert password in capsys.readouterr().out
    test = subprocess.run([SEVEN_ZIP, "t", f"-p{password}", str(out)], capture_output=True, text=True)
    assert test.returncode == 0 and "Everything is Ok" in test.stdout
    assert cli(["bundle", "export", "--recipient", "田中", "--out", str(out), "--data-dir", root]) == 1  # exists


def test_without_a_keyring_the_cli_asks_for_a_password_file(demo_store, monkeypatch, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    root = str(demo_store.paths.root)
    demo_store.close()
    monkeypatch.setattr(secrets, "keyring_available", lambda: False)
    code = cli(["bundle", "export", "--recipient", "田中", "--out", str(tmp_path / "x.zip"), "--data-dir", root])
    assert code == 1 and "--password-file" in capsys.readouterr().err
    assert not (tmp_path / "x.zip").exists()
    pw = tmp_path / "pw.txt"
    pw.write_text("script-password-123\n")
    assert cli(["bundle", "export", "--recipient", "田中", "--out", str(tmp_path / "x.zip"), "--password-file", str(pw), "--data-dir", root]) == 0


def test_expense_chores_bring_the_periods_expenses_and_their_receipts(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown = bundles.preview(demo_store, secretary, *NOV)
    expenses = [r for r in shown.plan.records if r.kind == "expense"]
    assert expenses, "the sample secretary books expenses"
    assert all(NOV[0].isoformat() <= dict(r.fields)["date"] <= NOV[1].isoformat() for r in expenses)
    receipt_shas = {sha for r in expenses for sha, _ in r.files}
    assert receipt_shas and receipt_shas <= {sha for sha, _ in shown.plan.files}


def test_a_returned_receipt_becomes_an_inbox_draft_when_accepted(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services import expenses
    from ushiro_desk.services.expenses.sample_files import receipt_png

    _export(demo_store, secretary, tmp_path / "p.zip")
    with pyzipper.AESZipFile(tmp_path / "p.zip") as zf:
        zf.setpassword(b"pw-correct-horse")
        manifest, sheet = zf.read("manifest.json"), zf.read("return/status.csv")
    back = tmp_path / "back.zip"
    with pyzipper.AESZipFile(back, "w", encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(b"pw-correct-horse")
        zf.writestr("manifest.json", manifest)
        zf.writestr("return/status.csv", sheet)
        zf.writestr("return/receipts/20261118_文具店_1200.png", receipt_png("文具店 1200", seed=99))
    drafts_before = expenses.draft_count(demo_store)
    review = returns.read_return(demo_store, back, "pw-correct-horse", TODAY)
    assert [i.kind for i in review.items] == ["receipt"]
    returns.apply_return(demo_store, review, {review.items[0].key}, TODAY)
    assert expenses.draft_count(demo_store) == drafts_before + 1


def test_send_invoices_brings_the_documents_in_their_true_state_and_the_clients_contacts(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.domain.handoff.disclosure import FileState
    from ushiro_desk.services.invoicing import queries

    # one truth: the invoicing area's own status and balance (payments, credit notes, corrections)
    documents = {d.number: d for d in queries.list_documents(demo_store) if d.number and d.kind.value != "quote"}
    standing = {n: d.standing(NOV[1]) for n, d in documents.items()}
    wanted = {
        n for n, d in documents.items()
        if d.issue_date <= NOV[1] and (
            d.issue_date >= NOV[0]
            or (d.kind.value == "credit_note" and d.sent_on is None)
            or (d.kind.value != "credit_note" and standing[n].status.is_open and standing[n].balance > 0)
        )
    }
    assert wanted, "the sample data have open invoices in November"
    shown = bundles.preview(demo_store, secretary, *NOV)
    invoices = {r.record_id: dict(r.fields) for r in shown.plan.records if r.kind == "invoice"}
    assert set(invoices) == wanted
    # settled or replaced documents of earlier years (the issue's INV-2024-0003, INV-2025-0003) do not go
    assert "INV-2024-0003" not in invoices and "INV-2025-0003" not in invoices
    assert not standing["INV-2024-0003"].status.is_open and not standing["INV-2025-0003"].status.is_open
    for number, fields in invoices.items():
        assert fields["status"] == standing[number].status.value
        expected_due = max(standing[number].balance, 0) if documents[number].kind.is_receivable else 0
        assert int(fields["amount_due"]) == expected_due
    # every PDF of a receivable prints the bank account, which this recipient may not see: by default
    # it stays home, and the preview says why
    files = {f.record_id: f for f in shown.plan.file_plan if f.record_kind == "invoice"}
    assert files and all(f.state is FileState.WITHHELD for n, f in files.items() if documents[n].kind.is_receivable)
    assert all(("bank_account", "account_number") in {(k, n) for k, n, _ in f.masked} for f in files.values() if f.state is FileState.WITHHELD)
    assert {w.label for w in shown.plan.withheld if w.reason.value == "shows_masked"} >= {f.name for f in files.values() if not f.leaves}
    rendered = bundles.preview(demo_store, secretary, *NOV, render_masked=True)
    assert all(f.state is FileState.RENDERED for f in rendered.plan.file_plan if f.record_kind == "invoice" and f.masked)
    clients = [r for r in shown.plan.records if r.kind == "client"]
    assert clients
    # a company's delivery contact goes (client contacts are in scope); an individual's contact
    # details and the owner's notes do not
    for record in clients:
        fields = dict(record.fields)
        assert fields.get("owner_note", "") in ("", "（非開示）")
        if record.label.endswith("様"):
            assert fields.get("email", "") in ("", "（非開示）") and fields.get("address", "") in ("", "（非開示）")
    assert any("@" in dict(r.fields).get("email", "") for r in clients if r.label.endswith("御中"))
