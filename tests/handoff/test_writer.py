"""The packet opens with 7-Zip and the password; the manifest's hashes match; a cancel leaves nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from ushiro_desk.domain.handoff.disclosure import ChoreOffer, DataKind, Scope, SourceRecord, plan_bundle
from ushiro_desk.domain.handoff.return_sheet import parse
from ushiro_desk.domain.handoff.work_order import WorkOrder
from ushiro_desk.reports.handoff.writer import Cancelled, Communication, PacketContent, write_packet

SEVEN_ZIP = shutil.which("7z")
needs_7z = pytest.mark.skipif(SEVEN_ZIP is None, reason="7z is installed by .ci/run")


@pytest.fixture
def content_and_files(tmp_path: Path):  # type: ignore[no-untyped-def]
    files = {}
    for i in range(3):
        data = f"receipt {i} ".encode() * 2000
        sha = hashlib.sha256(data).hexdigest()
        (tmp_path / sha).write_bytes(data)
        files[sha] = tmp_path / sha
    shas = list(files)
    invoices = tuple(
        SourceRecord("invoice", f"INV-{i}", f"INV-{i}", {"number": f"INV-{i}", "total": 1000 * i}, files=((shas[i], f"INV-{i}.pdf"),))
        for i in range(3)
    )
    chore = SourceRecord("chore", "7", "請求書発行", {"title": "請求書発行", "goal": "全件送付"})
    plan = plan_bundle(
        "田中 由美", Scope(frozenset({"accounting"}), frozenset({DataKind.INVOICES})), date(2026, 11, 1), date(2026, 11, 30),
        (ChoreOffer(chore, "accounting", False, False, (date(2026, 11, 25),), (DataKind.INVOICES,), {DataKind.INVOICES: invoices}),),
    )
    order = WorkOrder("合同会社うしろ", "田中 由美", date(2026, 11, 1), "請求書発行", date(2026, 11, 30), "メール", "時給2,500円", date(2026, 12, 31), "銀行振込")
    content = PacketContent("bundle-1", plan, order, Communication("Chatwork"), date(2026, 11, 20), date(2026, 12, 31), "ja", ((41, "請求書発行", date(2026, 11, 25)),))
    return content, files


@needs_7z
def test_7zip_opens_the_packet_and_the_manifest_hashes_match(content_and_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    content, files = content_and_files
    packet = tmp_path / "out" / "packet.zip"
    packet.parent.mkdir()
    write_packet(content, files.__getitem__, packet, password=b"s3cret-pass")
    listing = subprocess.run([SEVEN_ZIP, "l", "-slt", "-ps3cret-pass", str(packet)], capture_output=True, text=True).stdout
    assert listing.count("Method = AES-256") == listing.count("Path = ") - 1  # every member, not the archive line
    wrong = subprocess.run([SEVEN_ZIP, "x", "-pwrong", f"-o{tmp_path / 'bad'}", str(packet)], capture_output=True, text=True)
    assert wrong.returncode != 0
    out = tmp_path / "x"
    subprocess.run([SEVEN_ZIP, "x", "-ps3cret-pass", f"-o{out}", str(packet)], check=True, capture_output=True)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["bundle_id"] == "bundle-1" and manifest["expires_on"] == "2026-12-31"
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()} - {"manifest.json"}
    assert on_disk == set(manifest["files"])
    for name, sha in manifest["files"].items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == sha
    assert {f"files/{i:04d}.pdf" for i in range(1, 4)} <= on_disk
    assert sorted(v["name"] for v in manifest["names"].values()) == [f"INV-{i}.pdf" for i in range(3)]
    lines, problems = parse((out / "return" / "status.csv").read_bytes())
    assert problems == [] and [l.occurrence_id for l in lines] == [41]
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "請求書発行" in page and "支払期日" in page and "2026-12-31" in page


def test_a_cancel_midway_leaves_no_file(content_and_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    content, files = content_and_files
    packet = tmp_path / "packet.zip"

    def stop_at_half(done: int, total: int) -> None:
        if done * 2 >= total:
            raise Cancelled()

    with pytest.raises(Cancelled):
        write_packet(content, files.__getitem__, packet, password=b"pw", progress=stop_at_half)
    assert list(tmp_path.glob("*packet*")) == []


def test_an_unencrypted_folder_has_the_same_files(content_and_files, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    content, files = content_and_files
    hashes = write_packet(content, files.__getitem__, tmp_path / "folder", password=None)
    for name, sha in hashes.items():
        assert hashlib.sha256((tmp_path / "folder" / name).read_bytes()).hexdigest() == sha
