"""Writing a handoff packet: `index.html`, `data/` (CSV with BOM + JSON), `files/`, `return/status.csv`
and `manifest.json` with the SHA-256 of every file — into an AES-256 zip (pyzipper) or a plain folder.

Everything written comes from the `BundlePlan`, the same object the preview shows. Members have opaque
names (`files/0007.pdf`): a zip encrypts contents, not names, so the readable names are only inside the
encrypted manifest and index, and every member carries the same fixed time. Stored files are streamed
from the file store and checked against their SHA-256 on the way (a damaged one stops the export);
already compressed files (PDF, JPEG, PNG) are stored, not deflated. The packet is written through
`ushiro_desk.outputs` (0600 / 0700, temporary name, renamed at the end, `before_replace` to record it
first): a failure or Cancel leaves nothing behind.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

import pyzipper

from ushiro_desk.domain.handoff.disclosure import BundlePlan, FileState, PlannedFile, PlannedRecord
from ushiro_desk.domain.handoff.return_sheet import blank_sheet
from ushiro_desk.domain.handoff.work_order import WorkOrder
from ushiro_desk.domain.spreadsheet_cells import formula_safe
from ushiro_desk.outputs import atomic_file, atomic_folder, private_file, private_folder
from ushiro_desk.reports.handoff.labels import LABELS, return_steps_html

FORMAT = "ushiro-desk-handoff/1"
CHUNK = 1 << 20


@dataclass(frozen=True)
class Communication:
    channel: str = ""
    emergency_contact: str = ""
    report_every: str = ""
    working_hours: str = ""


@dataclass(frozen=True)
class PacketContent:
    bundle_id: str
    plan: BundlePlan
    work_order: WorkOrder
    communication: Communication
    created_on: date
    expires_on: date
    language: str = "ja"
    # (occurrence id, chore title, due date) rows of the return sheet
    return_rows: tuple[tuple[int, str, date], ...] = field(default_factory=tuple)


class Cancelled(Exception):
    """The writer was told to stop; nothing was left behind."""


class StoredFileDamaged(Exception):
    """A stored file no longer matches its SHA-256; nothing was written."""

    def __init__(self, file: PlannedFile) -> None:
        super().__init__(
            f"The stored file of {file.record_label} ({file.name}) no longer matches its SHA-256, so nothing was written."
        )
        self.file = file


Progress = Callable[[int, int], None]  # (done, total); raise Cancelled to stop


def _csv(rows: list[dict[str, str]], columns: list[str]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\r\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows({k: formula_safe("" if v is None else str(v)) for k, v in row.items()} for row in rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _records_by_kind(plan: BundlePlan) -> dict[str, list[PlannedRecord]]:
    kinds: dict[str, list[PlannedRecord]] = {}
    for record in plan.records:
        kinds.setdefault(record.kind, []).append(record)
    return kinds


def data_files(content: PacketContent) -> dict[str, bytes]:
    """The generated members (everything except the attachments and the manifest)."""
    plan = content.plan
    members: dict[str, bytes] = {}
    tasks = []
    for task in plan.tasks:
        row = dict(task.chore.fields)
        row["id"] = task.chore.record_id
        row["due_dates"] = " ".join(d.isoformat() for d in task.due_dates)
        tasks.append(row)
    task_columns = ["id", "title", "area", "goal", "due_dates", "estimate_minutes", "steps", "rules", "exceptions", "inputs", "outputs"]
    members["data/tasks.csv"] = _csv(tasks, task_columns)
    everything: dict[str, object] = {"tasks": tasks}
    members_of: dict[tuple[str, str], list[str]] = {}
    for f in plan.leaving_files:
        members_of.setdefault((f.record_kind, f.record_id), []).append(f.member)
    for kind, records in sorted(_records_by_kind(plan).items()):
        rows = [{"id": r.record_id, **dict(r.fields), "files": " ".join(members_of.get((r.kind, r.record_id), []))} for r in records]
        columns = ["id"] + [name for name, _ in records[0].fields]
        for r in records[1:]:
            columns += [name for name, _ in r.fields if name not in columns]
        if any(row["files"] for row in rows):
            columns.append("files")
        else:
            for row in rows:
                del row["files"]
        members[f"data/{kind}s.csv"] = _csv(rows, columns)
        everything[f"{kind}s"] = rows
    members["data/bundle.json"] = json.dumps(everything, ensure_ascii=False, indent=1).encode("utf-8")
    members["return/status.csv"] = ("\ufeff" + blank_sheet(list(content.return_rows))).encode("utf-8")
    members["index.html"] = render_index(content).encode("utf-8")
    return members


def _para(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines()) if text else ""


def render_index(content: PacketContent) -> str:
    """A self-contained page, readable and printable offline."""
    t = LABELS.get(content.language, LABELS["ja"])
    plan, order, comm = content.plan, content.work_order, content.communication
    esc = html.escape
    parts = [
        f'<!DOCTYPE html><html lang="{esc(content.language)}"><head><meta charset="utf-8">',
        f"<title>{esc(t['title'])} — {esc(plan.recipient)}</title>",
        "<style>body{font-family:'IPAexGothic','Hiragino Sans','Yu Gothic',sans-serif;max-width:52em;margin:2em auto;"
        "padding:0 1em;line-height:1.7;color:#222}h1{font-size:1.6em;border-bottom:3px solid #2f6fb3}"
        "h2{font-size:1.25em;margin-top:2em;border-left:6px solid #2f6fb3;padding-left:.5em}"
        "h3{font-size:1.05em;margin-bottom:.2em}table{border-collapse:collapse;width:100%}"
        "th,td{border:1px solid #bbb;padding:.3em .6em;text-align:left;vertical-align:top}"
        "th{background:#eef3f9;width:12em}.task{border:1px solid #ccd;border-radius:6px;padding:.6em 1em;margin:1em 0}"
        ".note{color:#555;font-size:.92em}@media print{.task{page-break-inside:avoid}}</style></head><body>",
        f"<h1>{esc(t['title'])}</h1>",
        "<table>",
        f"<tr><th>{esc(t['recipient'])}</th><td>{esc(plan.recipient)}</td></tr>",
        f"<tr><th>{esc(t['period'])}</th><td>{plan.period_start.isoformat()} – {plan.period_end.isoformat()}</td></tr>",
        f"<tr><th>{esc(t['expires'])}</th><td>{content.expires_on.isoformat()}<div class='note'>{esc(t['expires_note'])}</div></td></tr>",
        "</table>",
        f"<h2>{esc(t['tasks'])}</h2>",
    ]
    for task in plan.tasks:
        f = dict(task.chore.fields)
        parts.append(f"<div class='task'><h3>{esc(f.get('title', ''))}</h3><table>")
        parts.append(f"<tr><th>{esc(t['goal'])}</th><td>{_para(f.get('goal', ''))}</td></tr>")
        parts.append(f"<tr><th>{esc(t['deadline'])}</th><td>{esc(', '.join(d.isoformat() for d in task.due_dates))}</td></tr>")
        for key in ("steps", "rules", "exceptions", "inputs", "outputs"):
            if f.get(key):
                parts.append(f"<tr><th>{esc(t[key])}</th><td>{_para(f[key])}</td></tr>")
        if f.get("estimate_minutes"):
            parts.append(f"<tr><th>{esc(t['estimate'])}</th><td>{esc(f['estimate_minutes'])} {esc(t['minutes'])}</td></tr>")
        parts.append("</table></div>")
    parts.append(f"<h2>{esc(t['communication'])}</h2><table>")
    for key, value in (("channel", comm.channel), ("emergency", comm.emergency_contact), ("report_every", comm.report_every), ("hours", comm.working_hours)):
        parts.append(f"<tr><th>{esc(t[key])}</th><td>{_para(value) or esc(t['none'])}</td></tr>")
    parts.append(f"</table><h2>{esc(t['work_order'])}</h2><table>")
    for key in ("commissioner", "contractor", "commissioned_on", "work", "delivery_date", "delivery_place", "inspection_date", "fee", "payment_date", "payment_method"):
        value = getattr(order, key)
        if value is None:
            continue
        text = value.isoformat() if isinstance(value, date) else str(value)
        parts.append(f"<tr><th>{esc(t[key])}</th><td>{_para(text)}</td></tr>")
    parts.append("</table>")
    if plan.records:
        parts.append(f"<h2>{esc(t['data'])}</h2><ul>")
        for kind, records in sorted(_records_by_kind(plan).items()):
            parts.append(f"<li>data/{esc(kind)}s.csv — {len(records)}</li>")
        parts.append("</ul>")
        if any(r.masked for r in plan.records):
            parts.append(f"<p class='note'>{esc(t['withheld_note'])}</p>")
    files = plan.leaving_files
    if files:
        parts.append(f"<h2>{esc(t['files'])}</h2><ul>")
        for f in files:
            mark = f" {esc(t['for_you'])}" if f.state is FileState.RENDERED else ""
            parts.append(f"<li><a href='{esc(f.member)}'>{esc(f.name)}</a>{mark} — {esc(f.record_label)} <span class='note'>{esc(f.member)}</span></li>")
        parts.append("</ul>")
        if any(f.state is FileState.RENDERED for f in files):
            parts.append(f"<p class='note'>{esc(t['rendered_note'])}</p>")
    parts.append(f"<h2>{esc(t['return'])}</h2>{return_steps_html(content.language)}</body></html>")
    return "\n".join(parts)


def manifest(content: PacketContent, hashes: dict[str, str]) -> bytes:
    plan = content.plan
    data = {
        "format": FORMAT,
        "bundle_id": content.bundle_id,
        "recipient": plan.recipient,
        "period": {"start": plan.period_start.isoformat(), "end": plan.period_end.isoformat()},
        "created_on": content.created_on.isoformat(),
        "expires_on": content.expires_on.isoformat(),
        "language": content.language,
        "files": dict(sorted(hashes.items())),
        # the readable names of the opaque members, only here and in index.html (both encrypted)
        "names": {
            f.member: {"name": f.name, "record": f.record_label, "rendered": f.state is FileState.RENDERED}
            for f in plan.leaving_files
        },
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _stream(path: Path) -> Iterator[bytes]:
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            yield chunk


# Already compressed: deflating them again costs time and saves nothing.
STORED_SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".zip")
FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # member times say nothing about when anything happened


def _info(zf: pyzipper.AESZipFile, name: str) -> zipfile.ZipInfo:
    info = zf.zipinfo_cls(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_STORED if name.lower().endswith(STORED_SUFFIXES) else zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


Source = Callable[[str], Path]  # sha256 → the stored file
Render = Callable[[PlannedFile], bytes]  # a copy of the file without the fields the recipient may not see


def _chunks(f: PlannedFile, source: Source, render: Render | None) -> Iterator[bytes]:
    """The file's bytes; a stored file is checked against its SHA-256 while it streams."""
    if f.state is FileState.RENDERED:
        if render is None:
            raise ValueError(f"no renderer for {f.name}")
        yield render(f)
        return
    digest = hashlib.sha256()
    try:
        for chunk in _stream(source(f.sha256)):
            digest.update(chunk)
            yield chunk
    except FileNotFoundError:
        raise StoredFileDamaged(f) from None
    if digest.hexdigest() != f.sha256:
        raise StoredFileDamaged(f)


def write_packet(
    content: PacketContent,
    source: Source,
    target: Path,
    *,
    password: bytes | None,
    progress: Progress | None = None,
    render: Render | None = None,
    data_root: Path | None = None,
    before_replace: Callable[[dict[str, str]], None] | None = None,
) -> dict[str, str]:
    """Write the packet to `target` (a .zip, AES-256 when `password` is given; a folder when `target`
    has no .zip suffix). `before_replace(hashes)` runs when the packet is complete under its temporary
    name, before it is renamed into place (the ledger is written first). Returns {path: sha256} as in
    the manifest."""
    generated = data_files(content)
    attachments = content.plan.leaving_files
    total = len(generated) + len(attachments) + 1
    done = 0
    hashes: dict[str, str] = {}

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    def commit() -> None:
        if before_replace is not None:
            before_replace(dict(hashes))

    if target.suffix.lower() == ".zip":
        with atomic_file(target, data_root=data_root, before_replace=commit) as fh:
            kwargs = {"encryption": pyzipper.WZ_AES} if password else {}
            with pyzipper.AESZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, **kwargs) as zf:
                if password:
                    zf.setpassword(password)
                    zf.setencryption(pyzipper.WZ_AES, nbits=256)
                for name, data in generated.items():
                    zf.writestr(_info(zf, name), data)
                    hashes[name] = hashlib.sha256(data).hexdigest()
                    step()
                for f in attachments:
                    digest = hashlib.sha256()
                    with zf.open(_info(zf, f.member), "w") as out:
                        for chunk in _chunks(f, source, render):
                            digest.update(chunk)
                            out.write(chunk)
                    hashes[f.member] = digest.hexdigest()
                    step()
                zf.writestr(_info(zf, "manifest.json"), manifest(content, hashes))
                step()
    else:
        with atomic_folder(target, data_root=data_root, before_replace=commit) as temp:
            for name, data in generated.items():
                _write_file(temp / name, data)
                hashes[name] = hashlib.sha256(data).hexdigest()
                step()
            for f in attachments:
                private_folder((temp / f.member).parent)
                digest = hashlib.sha256()
                fd = os.open(temp / f.member, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as out:
                    os.fchmod(out.fileno(), 0o600)
                    for chunk in _chunks(f, source, render):
                        digest.update(chunk)
                        out.write(chunk)
                hashes[f.member] = digest.hexdigest()
                step()
            _write_file(temp / "manifest.json", manifest(content, hashes))
            step()
    return hashes


def _write_file(path: Path, data: bytes) -> None:
    private_folder(path.parent)
    private_file(path, data)
