"""Writing a handoff packet: `index.html`, `data/` (CSV with BOM + JSON), `files/`, `return/status.csv`
and `manifest.json` with the SHA-256 of every file — into an AES-256 zip (pyzipper) or a plain folder.

Everything written comes from the `BundlePlan`, the same object the preview shows. Files are streamed
from the file store, so memory stays flat however many receipts there are. The packet is written under
a temporary name and renamed at the end: a failure or Cancel leaves nothing behind.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import shutil
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

import pyzipper

from ushiro_desk.domain.handoff.disclosure import BundlePlan, PlannedRecord
from ushiro_desk.domain.handoff.return_sheet import blank_sheet
from ushiro_desk.domain.handoff.work_order import WorkOrder
from ushiro_desk.domain.spreadsheet_cells import formula_safe
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
    for kind, records in sorted(_records_by_kind(plan).items()):
        rows = [{"id": r.record_id, **dict(r.fields)} for r in records]
        columns = ["id"] + [name for name, _ in records[0].fields]
        for r in records[1:]:
            columns += [name for name, _ in r.fields if name not in columns]
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
    files = plan.files
    if files:
        parts.append(f"<h2>{esc(t['files'])}</h2><ul>")
        parts += [f"<li><a href='{esc(path)}'>{esc(path)}</a></li>" for _, path in files]
        parts.append("</ul>")
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
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _stream(path: Path) -> Iterator[bytes]:
    with path.open("rb") as fh:
        while chunk := fh.read(CHUNK):
            yield chunk


def write_packet(
    content: PacketContent,
    source: Callable[[str], Path],
    target: Path,
    *,
    password: bytes | None,
    progress: Progress | None = None,
) -> dict[str, str]:
    """Write the packet to `target` (a .zip, AES-256 when `password` is given; a folder when `target`
    has no .zip suffix). Returns {path: sha256} as in the manifest."""
    generated = data_files(content)
    attachments = content.plan.files
    total = len(generated) + len(attachments) + 1
    done = 0
    hashes: dict[str, str] = {}
    temp = target.with_name(f".{target.name}.partial")
    _remove(temp)

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    try:
        if target.suffix.lower() == ".zip":
            kwargs = {"encryption": pyzipper.WZ_AES} if password else {}
            with pyzipper.AESZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED, **kwargs) as zf:
                if password:
                    zf.setpassword(password)
                    zf.setencryption(pyzipper.WZ_AES, nbits=256)
                for name, data in generated.items():
                    zf.writestr(name, data)
                    hashes[name] = hashlib.sha256(data).hexdigest()
                    step()
                for sha, name in attachments:
                    path = source(sha)
                    digest = hashlib.sha256()
                    with zf.open(name, "w") as out:
                        for chunk in _stream(path):
                            digest.update(chunk)
                            out.write(chunk)
                    hashes[name] = digest.hexdigest()
                    step()
                zf.writestr("manifest.json", manifest(content, hashes))
                step()
        else:
            temp.mkdir(mode=0o700, parents=True)
            for name, data in generated.items():
                _write_file(temp / name, data)
                hashes[name] = hashlib.sha256(data).hexdigest()
                step()
            for sha, name in attachments:
                (temp / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source(sha), temp / name)
                hashes[name] = sha
                step()
            _write_file(temp / "manifest.json", manifest(content, hashes))
            step()
        _remove(target)
        os.replace(temp, target)
    except BaseException:
        _remove(temp)
        raise
    return hashes


def _write_file(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)
