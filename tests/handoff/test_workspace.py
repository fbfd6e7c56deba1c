"""The one-file HTML workspace without a browser: what its bytes show, what the password opens, and the
encrypted return file read through the same review and protections as a zip return."""

from __future__ import annotations

import csv
import io
import re
import struct
from datetime import date
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag

from ushiro_desk.cli.main import main as cli
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.reports.handoff import workspace
from ushiro_desk.reports.handoff.safe_zip import Limits, UnsafeArchive
from ushiro_desk.services.handoff import bundles, returns, secrets
from ushiro_desk.services.handoff.recipients import find_recipient
from ushiro_desk.storage import chores_repo

TODAY = date(2026, 11, 20)
NOV = (date(2026, 11, 1), date(2026, 11, 30))
PASSWORD = "k7m2-x9qa-3fhp-wq8e-5rtz"


@pytest.fixture
def secretary(demo_store):  # type: ignore[no-untyped-def]
    found = find_recipient(demo_store, "田中")
    assert found is not None
    return found


def _export(store, recipient, target: Path):  # type: ignore[no-untyped-def]
    shown = bundles.preview(store, recipient, *NOV)
    entry, _ = bundles.export(store, shown, bundles.default_work_order(store, shown, TODAY), target, password=PASSWORD, today=TODAY)
    return shown, entry


def _salt(page: Path) -> bytes:
    import base64
    import json

    config = re.search(r'<script type="application/json" id="config">(.*?)</script>', page.read_text(encoding="utf-8"), re.S)
    assert config is not None
    return base64.b64decode(json.loads(config.group(1))["salt"])


def _sheet(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["occurrence_id", "chore", "due_date", "status", "minutes", "note"])
    w.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def test_the_page_shows_nothing_identifying_and_the_password_opens_everything(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shown, entry = _export(demo_store, secretary, tmp_path / "tanaka.html")
    page = (tmp_path / "tanaka.html").read_bytes()
    assert (tmp_path / "tanaka.html").stat().st_mode & 0o777 == 0o600
    text = page.decode("utf-8")
    secrets_in_plan = [secretary.name, *(dict(t.chore.fields)["title"] for t in shown.plan.tasks),
                       *(f.name for f in shown.plan.leaving_files), *(r.label for r in shown.plan.records)]
    assert secrets_in_plan and not [s for s in secrets_in_plan if s and s in text]
    assert "default-src 'none'" in text and "http://" not in text.replace("http://www.w3.org", "") and "https://" not in text
    data, files = workspace.open_workspace(page, PASSWORD)
    assert data["recipient"] == secretary.name and data["bundle_id"] == entry.bundle_id
    assert [t["title"] for t in data["tasks"]] == [dict(t.chore.fields)["title"] for t in shown.plan.tasks]  # type: ignore[index]
    assert {m: workspace.hashlib.sha256(b).hexdigest() for m, b in files.items()} == {m: h for m, h in entry.files.items() if m in files}
    assert len(files) == len(shown.plan.leaving_files)
    with pytest.raises(InvalidTag):
        workspace.open_workspace(page, "not-the-password")


def test_every_attachment_chunk_has_its_own_nonce_and_the_salt_is_random(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _export(demo_store, secretary, tmp_path / "a.html")
    _export(demo_store, secretary, tmp_path / "b.html")
    a = (tmp_path / "a.html").read_text(encoding="utf-8")
    chunks = re.findall(r'id="c\d+-\d+">([^<]*)<', a)
    assert chunks
    nonces = [workspace.base64.b64decode(c)[:12] for c in chunks]
    assert len(set(nonces)) == len(nonces)
    assert _salt(tmp_path / "a.html") != _salt(tmp_path / "b.html")
    assert workspace.ITERATIONS >= 600_000


def test_heavy_attachments_travel_in_a_companion_file_sealed_chunk_by_chunk(demo_store, secretary, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(workspace, "COMPANION_OVER", 0)
    monkeypatch.setattr(workspace, "CHUNK", 256)  # several chunks per file
    shown, entry = _export(demo_store, secretary, tmp_path / "big.html")
    companion = tmp_path / "big.ushiro-files"
    assert companion.stat().st_mode & 0o777 == 0o600
    page = (tmp_path / "big.html").read_bytes()
    assert b'id="c0-0"' not in page
    side = companion.read_bytes()
    assert side.startswith(workspace.COMPANION_MAGIC)
    assert not [f.name for f in shown.plan.leaving_files if f.name.encode() in side]
    data, files = workspace.open_workspace(page, PASSWORD, side)
    assert data["companion"] == companion.name
    assert any(f["chunks"] > 1 for f in data["files"])  # type: ignore[union-attr]
    assert {m: workspace.hashlib.sha256(b).hexdigest() for m, b in files.items()} == {m: h for m, h in entry.files.items() if m in files}
    assert len(files) == len(shown.plan.leaving_files) > 0


def test_a_return_file_goes_through_the_same_review_and_is_refused_the_second_time(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services import expenses
    from ushiro_desk.services.expenses.sample_files import receipt_png

    shown, entry = _export(demo_store, secretary, tmp_path / "p.html")
    first = shown.occurrences[0]
    back = tmp_path / "return.ushiro-return"
    members = {
        "manifest.json": b'{"format": "ushiro-desk-return/1", "bundle_id": "%s"}' % entry.bundle_id.encode(),
        "return/status.csv": _sheet([[str(first[0]), first[1], first[2].isoformat(), "done", "35", "済みました"]]),
        # a PNG named .jpg: the bytes decide the type
        "return/receipts/文具店.jpg": receipt_png("文具店 1200", seed=7),
    }
    back.write_bytes(workspace.seal_return(PASSWORD, _salt(tmp_path / "p.html"), members))
    secrets.store_password(secretary.id, PASSWORD)
    drafts = expenses.draft_count(demo_store)
    review = returns.read_return(demo_store, back, None, TODAY)  # the password comes from the keyring
    assert {i.kind for i in review.items} == {"occurrence", "receipt"}
    (receipt,) = [i for i in review.items if i.kind == "receipt"]
    assert receipt.file_name == "文具店.png"
    returns.apply_return(demo_store, review, {i.key for i in review.items}, TODAY)
    with demo_store.db.snapshot() as conn:
        done = chores_repo.load_occurrence(conn, first[0])
    assert (done.state.value, done.minutes) == ("done", 35)
    assert expenses.draft_count(demo_store) == drafts + 1
    with pytest.raises(InvalidInput) as again:
        returns.read_return(demo_store, back, PASSWORD, TODAY)
    assert again.value.problems[0].code == "return.repeat"


def test_a_wrong_password_or_a_damaged_return_file_is_refused_and_changes_nothing(demo_store, secretary, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, entry = _export(demo_store, secretary, tmp_path / "p.html")
    back = tmp_path / "r.ushiro-return"
    back.write_bytes(workspace.seal_return("another-password-entirely", _salt(tmp_path / "p.html"), {"manifest.json": b"{}"}))
    with pytest.raises(InvalidInput) as wrong:
        returns.read_return(demo_store, back, PASSWORD, TODAY)
    assert wrong.value.problems[0].code == "archive.bad_password"
    sealed = bytearray(workspace.seal_return(PASSWORD, _salt(tmp_path / "p.html"), {"manifest.json": b"{}"}))
    sealed[-1] ^= 1
    back.write_bytes(bytes(sealed))
    with pytest.raises(InvalidInput) as damaged:
        returns.read_return(demo_store, back, PASSWORD, TODAY)
    assert damaged.value.problems[0].code == "archive.bad_password"


def test_return_file_limits_hold_before_decrypting_and_inside(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    salt = b"s" * 16
    back = tmp_path / "r.ushiro-return"
    back.write_bytes(workspace.seal_return("pw-123456789", salt, {"manifest.json": b"{}"}))
    derived: list[bytes] = []
    real = workspace.derive_key
    monkeypatch.setattr(workspace, "derive_key", lambda *a: derived.append(a[1]) or real(*a))
    with pytest.raises(UnsafeArchive) as big:
        workspace.read_return_file(back, "pw-123456789", Limits(max_archive_bytes=64))
    assert big.value.code == "archive.too_large" and not derived  # refused before any key was derived
    back.write_bytes(workspace.seal_return("pw-123456789", salt, {"return/status.csv": b"x" * 5000}))
    with pytest.raises(UnsafeArchive) as member:
        workspace.read_return_file(back, "pw-123456789", Limits(member_caps={"return/status.csv": 4096}))
    assert member.value.code == "archive.member_too_large"
    back.write_bytes(workspace.seal_return("pw-123456789", salt, {"../evil.txt": b"x"}))
    with pytest.raises(UnsafeArchive) as traversal:
        workspace.read_return_file(back, "pw-123456789", Limits())
    assert traversal.value.code == "archive.path_traversal"
    many = {f"return/receipts/{i}.png": b"x" for i in range(5)}
    back.write_bytes(workspace.seal_return("pw-123456789", salt, many))
    with pytest.raises(UnsafeArchive) as count:
        workspace.read_return_file(back, "pw-123456789", Limits(max_members=4))
    assert count.value.code == "archive.too_many_members"
    # a frame that claims more bytes than there are
    head = workspace.RETURN_MAGIC + salt + struct.pack(">I", workspace.ITERATIONS)
    key = real("pw-123456789", salt)
    back.write_bytes(head + workspace._seal(key, struct.pack(">H", 4) + b"name" + struct.pack(">I", 999), head))
    with pytest.raises(UnsafeArchive) as short:
        workspace.read_return_file(back, "pw-123456789", Limits())
    assert short.value.code == "archive.not_return"


def test_the_generated_password_has_at_least_80_bits_in_groups_easy_to_read_aloud() -> None:
    import math

    password = secrets.generate_password()
    groups = password.split("-")
    assert len(groups) >= 4 and all(len(g) == 4 for g in groups)
    assert not set(password) & set("01ilo")
    assert len(groups) * 4 * math.log2(len(secrets._ALPHABET)) >= 80


def test_cli_export_writes_the_workspace_when_the_name_says_html(demo_store, memory_keyring, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    root = str(demo_store.paths.root)
    demo_store.close()
    out = tmp_path / "tanaka.html"
    assert cli(["bundle", "export", "--recipient", "田中", "--out", str(out), "--period", "2026-11", "--data-dir", root]) == 0
    (password,) = memory_keyring.values.values()
    data, _ = workspace.open_workspace(out.read_bytes(), password)
    assert data["recipient"] == "田中 美咲" or "田中" in str(data["recipient"])
    assert cli(["bundle", "export", "--recipient", "田中", "--out", str(tmp_path / "x.html"), "--no-encryption", "--data-dir", root]) == 1
    assert "encrypted" in capsys.readouterr().err
