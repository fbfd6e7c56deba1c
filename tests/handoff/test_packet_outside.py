"""What a packet shows without the password, how it sits on disk, and what a damaged stored file does.

- `7z l` and `unzip -l` list opaque member names only (no payee, amount, date or person) and one fixed
  time; the readable names are inside the encrypted manifest.
- The zip is 0600; a folder packet is 0700 with 0600 files.
- PDF, JPEG and PNG members are stored, not deflated.
- A stored file whose SHA-256 no longer matches stops the export with one sentence naming the record;
  nothing is written (no packet, no temporary file, no ledger row).
"""

from __future__ import annotations

import json
import re
import shutil
import stat
import subprocess
from datetime import date
from pathlib import Path

import pytest
import pyzipper

from ushiro_desk.cli.main import main as cli
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.handoff import bundles
from ushiro_desk.services.handoff.recipients import find_recipient

TODAY = date(2026, 11, 20)
NOV = (date(2026, 11, 1), date(2026, 11, 30))
PASSWORD = "pw-correct-horse"
SEVEN_ZIP = shutil.which("7z")
UNZIP = shutil.which("unzip")
OPAQUE = re.compile(r"(index\.html|manifest\.json|data/[a-z_]+\.(csv|json)|return/status\.csv|files/\d{4}(\.[a-z]+)?)")


@pytest.fixture
def secretary(demo_store):  # type: ignore[no-untyped-def]
    found = find_recipient(demo_store, "田中")
    assert found is not None
    return found


def _export(store, recipient, target: Path, password: str | None = PASSWORD, render_masked: bool = True):  # type: ignore[no-untyped-def]
    shown = bundles.preview(store, recipient, *NOV, render_masked=render_masked)
    entry, _ = bundles.export(store, shown, bundles.default_work_order(store, shown, TODAY), target, password=password, today=TODAY)
    return shown, entry


def _telling_words(store, shown) -> set[str]:  # type: ignore[no-untyped-def]
    """Payees, amounts, dates and people of the records in the packet."""
    words: set[str] = {shown.recipient.name}
    for record in shown.plan.records:
        fields = dict(record.fields)
        for key in ("payee", "client_name", "name", "person", "attendees"):
            if fields.get(key) and fields[key] != "（非開示）":
                words.add(fields[key])
        for key in ("amount", "total", "billed", "amount_due"):
            if fields.get(key) and fields[key] not in ("0",):
                words |= {fields[key], f"{int(fields[key]):,}"}
        for key in ("date", "issue_date", "due_date"):
            if fields.get(key):
                words |= {fields[key], fields[key].replace("-", "")}
        words.add(record.label)
    words |= {f.name for f in shown.plan.file_plan}
    return {w for w in words if len(w) >= 3}


@pytest.mark.skipif(SEVEN_ZIP is None or UNZIP is None, reason="7z and unzip are installed by .ci/run")
def test_without_the_password_the_listing_tells_nothing(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    packet = tmp_path / "p.zip"
    shown, _ = _export(demo_store, secretary, packet)
    assert any(f.name.endswith(".png") or f.name.endswith(".jpg") for f in shown.plan.leaving_files), "receipts go"
    assert any(f.record_kind == "invoice" for f in shown.plan.leaving_files), "invoices go (rendered)"
    seven = subprocess.run([SEVEN_ZIP, "l", "-slt", str(packet)], capture_output=True, text=True, check=True).stdout
    names = re.findall(r"^Path = (.+)$", seven, re.M)[1:]  # the first is the archive itself
    unzip = subprocess.run([UNZIP, "-l", str(packet)], capture_output=True, text=True, check=True).stdout
    unzip_names = [line.split()[-1] for line in unzip.splitlines() if re.match(r"\s*\d+\s+\d{4}-\d\d-\d\d", line)]
    assert sorted(names) == sorted(unzip_names)
    assert set(names) == {m.member for m in bundles.packet_members(shown) if m.member}  # the preview lists exactly these
    assert all(OPAQUE.fullmatch(name) for name in names), [n for n in names if not OPAQUE.fullmatch(n)]
    assert set(re.findall(r"^Modified = (.+)$", seven, re.M)) <= {"1980-01-01 00:00:00"}
    member_part = seven.split("----------", 1)[1]
    words = _telling_words(demo_store, shown)
    assert len(words) > 20
    told = sorted(w for w in words if any(w in name for name in names))
    assert not told, f"in member names: {told[:5]}"
    # anywhere in the listings (bare numbers aside: sizes are numbers too)
    listing = member_part + "\n".join(unzip.splitlines()[1:])
    told = sorted(w for w in words if not w.isdigit() and w in listing)
    assert not told, f"visible without the password: {told[:5]}"
    # the readable names are inside: the encrypted manifest maps every file member to its name
    with pyzipper.AESZipFile(packet) as zf:
        zf.setpassword(PASSWORD.encode())
        manifest = json.loads(zf.read("manifest.json"))
    assert set(manifest["names"]) == {f.member for f in shown.plan.leaving_files}
    assert {v["name"] for v in manifest["names"].values()} == {f.name for f in shown.plan.leaving_files}
    # a rendered copy says what it is and shows the account number as withheld
    from io import BytesIO

    from pypdf import PdfReader

    copy = next(f for f in shown.plan.leaving_files if f.record_kind == "invoice")
    with pyzipper.AESZipFile(packet) as zf:
        zf.setpassword(PASSWORD.encode())
        text = "".join(page.extract_text() for page in PdfReader(BytesIO(zf.read(copy.member))).pages)
    assert "引き継ぎ用の写し" in text and "（非開示）" in text
    # already compressed files are stored, the rest deflated
    methods = dict(zip(names, re.findall(r"^Method = (.+)$", seven, re.M)))
    assert all(m.endswith("Store") for n, m in methods.items() if n.endswith((".pdf", ".png", ".jpg", ".jpeg")))
    assert methods["data/tasks.csv"].endswith("Deflate")


def test_packets_are_private(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _export(demo_store, secretary, tmp_path / "p.zip")
    assert stat.S_IMODE((tmp_path / "p.zip").stat().st_mode) == 0o600
    _export(demo_store, secretary, tmp_path / "folder", password=None)
    assert stat.S_IMODE((tmp_path / "folder").stat().st_mode) == 0o700
    for path in (tmp_path / "folder").rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path


def test_a_damaged_stored_file_stops_the_export_and_names_the_record(demo_store, secretary, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    shown = bundles.preview(demo_store, secretary, *NOV)
    victim = next(f for f in shown.plan.leaving_files if f.record_kind == "expense")
    stored = demo_store.files.path(victim.sha256)
    stored.chmod(0o600)
    stored.write_bytes(stored.read_bytes() + b"tampered")
    with demo_store.db.snapshot() as conn:
        before = conn.execute("SELECT count(*) FROM disclosure").fetchone()[0]
    out = tmp_path / "out"
    out.mkdir()
    for target in (out / "p.zip", out / "folder"):
        with pytest.raises(InvalidInput) as exc:
            bundles.export(demo_store, shown, bundles.default_work_order(demo_store, shown, TODAY), target,
                           password=PASSWORD if target.suffix else None, today=TODAY)
        (problem,) = exc.value.problems
        assert problem.code == "handoff.file_damaged" and problem.params["record"] == victim.record_label
    assert list(out.iterdir()) == []  # no packet, no temporary file
    with demo_store.db.snapshot() as conn:
        assert conn.execute("SELECT count(*) FROM disclosure").fetchone()[0] == before
    root = str(demo_store.paths.root)
    demo_store.close()
    pw = tmp_path.parent / "pw.txt"
    pw.write_text("script-password-123\n")
    code = cli(["bundle", "export", "--recipient", "田中", "--out", str(out / "x.zip"), "--period", "2026-11",
                "--password-file", str(pw), "--data-dir", root])
    err = capsys.readouterr().err.strip()
    assert code == 1 and victim.record_label in err and "SHA-256" in err and len(err.splitlines()) == 1
    assert list(out.iterdir()) == []


def test_cli_preview_lists_every_file_with_what_it_holds(demo_store, secretary, capsys) -> None:  # type: ignore[no-untyped-def]
    root = str(demo_store.paths.root)
    demo_store.close()
    assert cli(["bundle", "preview", "--recipient", "田中", "--period", "2026-11", "--json", "--data-dir", root]) == 0
    listed = json.loads(capsys.readouterr().out)["files"]
    by_contains = {f["contains"] for f in listed}
    assert {"index", "tasks", "return_sheet", "manifest", "stored", "withheld"} <= by_contains
    kept = [f for f in listed if f["contains"] == "withheld"]
    assert kept and all(f["path"] is None and f["masked"] for f in kept)
    assert all({"kind": "bank_account", "field": "account_number", "why": "bank_account"} in f["masked"] for f in kept if f["record"].startswith("INV"))
    assert cli(["bundle", "preview", "--recipient", "田中", "--period", "2026-11", "--json", "--render-masked", "--data-dir", root]) == 0
    rendered = json.loads(capsys.readouterr().out)["files"]
    assert not [f for f in rendered if f["contains"] == "withheld"]
    assert {f["name"] for f in rendered if f["contains"] == "rendered"} == {f["name"] for f in kept}


def test_a_withheld_pdf_is_named_nowhere_in_the_packet_data(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An invoice whose PDF stays home names no file in invoices.csv: the data lists only what left."""
    import csv

    shown, _ = _export(demo_store, secretary, tmp_path / "packet", password=None, render_masked=False)
    withheld = {m.name for m in bundles.packet_members(shown) if m.contains == "withheld"}
    assert withheld, "the sample month has invoices whose PDF prints the bank account"
    with open(tmp_path / "packet" / "data" / "invoices.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    assert not [value for row in rows for value in row.values() if any(name in value for name in withheld)]
