"""The handoff packet as one encrypted `.html` workspace, and the encrypted return file it writes.

The third packet format over the same `BundlePlan` as the zip and the folder (see `writer.py`): the page
opens offline by double-click, asks for the password, and only then shows anything. Everything that
identifies work or people (tasks, records, file names, the recipient) is inside the encrypted payload;
the HTML bytes show a neutral heading, the password form and the page's own code.

Cryptography (the `cryptography` package here, WebCrypto in the browser — no hand-made primitives):
the key is PBKDF2-HMAC-SHA256 of the password (600,000 iterations, random 16-byte salt), AES-256-GCM
with a random 12-byte nonce for the payload and for every chunk of every attachment (chunks of 1 MiB,
each bound to its member and index by the associated data), so the page decrypts one file when it is
opened, never all of them at once.

The return file (`return-<bundle>.ushiro-return`) is written by the page with the same key and its own
nonce: MAGIC, salt, iterations, nonce, then AES-GCM of a list of members (`manifest.json`,
`return/status.csv`, `return/receipts/<name>`) each framed as name length (2 bytes), name, data length
(4 bytes), data. It is read here within the same limits as a returned zip, the size checked before
anything is decrypted or parsed.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import struct
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Callable

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes as crypto_hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

from ushiro_desk.domain.handoff.disclosure import FileState
from ushiro_desk.outputs import atomic_file
from ushiro_desk.reports.handoff.labels import LABELS
from ushiro_desk.reports.handoff.safe_zip import Limits, UnsafeArchive, _cap, safe_name
from ushiro_desk.reports.handoff.writer import PacketContent, Progress, Render, Source, _chunks, _records_by_kind

FORMAT = "ushiro-desk-workspace/1"
RETURN_FORMAT = "ushiro-desk-return/1"
ITERATIONS = 600_000
SALT_BYTES = 16
NONCE_BYTES = 12
CHUNK = 1 << 20
RETURN_MAGIC = b"USHIRO-RETURN/1\n"
RETURN_SUFFIX = ".ushiro-return"
COMPANION_SUFFIX = ".ushiro-files"
COMPANION_MAGIC = b"USHIRO-FILES/1\n"
COMPANION_OVER = 64 * 1024 * 1024  # attachments heavier than this travel in the companion file
_HEADER = len(RETURN_MAGIC) + SALT_BYTES + 4 + NONCE_BYTES
_TEMPLATE = Path(__file__).with_name("workspace_page.html")
_FILE_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
               ".gif": "image/gif", ".webp": "image/webp", ".csv": "text/csv", ".txt": "text/plain"}


def derive_key(password: str, salt: bytes, iterations: int = ITERATIONS) -> bytes:
    kdf = PBKDF2HMAC(algorithm=crypto_hashes.SHA256(), length=32, salt=salt, iterations=iterations)
    return kdf.derive(password.encode("utf-8"))


def _seal(key: bytes, data: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, data, aad)


def _open(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _task_occurrences(content: PacketContent) -> dict[str, list[dict[str, object]]]:
    """The return rows of each task (matched by title and due date, as the sheet lists them)."""
    out: dict[str, list[dict[str, object]]] = {}
    for task in content.plan.tasks:
        title = dict(task.chore.fields).get("title", "")
        out[task.chore.record_id] = [
            {"id": oid, "due": due.isoformat()} for oid, t, due in content.return_rows if t == title and due in task.due_dates
        ]
    return out


def payload(content: PacketContent) -> dict[str, object]:
    """What the page shows once unlocked (the attachments' bytes are sealed separately)."""
    plan, order, comm = content.plan, content.work_order, content.communication
    t = LABELS.get(content.language, LABELS["ja"])
    occurrences = _task_occurrences(content)
    tasks = []
    for task in plan.tasks:
        fields = {k: ("" if v is None else str(v)) for k, v in task.chore.fields}
        tasks.append({**fields, "id": task.chore.record_id, "due_dates": [d.isoformat() for d in task.due_dates],
                      "occurrences": occurrences[task.chore.record_id]})
    order_rows = []
    for key in ("commissioner", "contractor", "commissioned_on", "work", "delivery_date", "delivery_place", "inspection_date", "fee", "payment_date", "payment_method"):
        value = getattr(order, key)
        if value is not None and value != "":
            order_rows.append([t[key], value.isoformat() if isinstance(value, date) else str(value)])
    members_of: dict[tuple[str, str], list[str]] = {}
    for f in plan.leaving_files:
        members_of.setdefault((f.record_kind, f.record_id), []).append(f.member)
    records = {}
    for kind, rows in sorted(_records_by_kind(plan).items()):
        columns = [name for name, _ in rows[0].fields]
        for r in rows[1:]:
            columns += [name for name, _ in r.fields if name not in columns]
        records[kind] = {
            "columns": columns,
            "rows": [{"id": r.record_id, "label": r.label, "values": [("" if dict(r.fields).get(c) is None else str(dict(r.fields).get(c, ""))) for c in columns],
                      "files": members_of.get((r.kind, r.record_id), [])} for r in rows],
        }
    return {
        "format": FORMAT,
        "bundle_id": content.bundle_id,
        "recipient": plan.recipient,
        "period": {"start": plan.period_start.isoformat(), "end": plan.period_end.isoformat()},
        "created_on": content.created_on.isoformat(),
        "expires_on": content.expires_on.isoformat(),
        "language": content.language,
        "tasks": tasks,
        "communication": [[t["channel"], comm.channel], [t["emergency"], comm.emergency_contact],
                          [t["report_every"], comm.report_every], [t["hours"], comm.working_hours]],
        "work_order": order_rows,
        "records": records,
        "masked_note": t["withheld_note"] if any(r.masked for r in plan.records) else "",
    }


@dataclass(frozen=True)
class SealedFile:
    member: str
    name: str
    record: str
    rendered: bool
    type: str
    size: int
    chunks: tuple[str, ...]  # embedded: base64 of nonce + ciphertext, one per chunk (empty in a companion)
    at: tuple[tuple[int, int], ...] = ()  # in a companion file: (offset, length) of each sealed chunk


Sink = Callable[[bytes], tuple[int, int]]  # writes a sealed chunk to the companion, returns (offset, length)


def _sealed_files(content: PacketContent, key: bytes, source: Source, render: Render | None, step: Callable[[], None],
                  sink: Sink | None = None) -> tuple[list[SealedFile], dict[str, str]]:
    """Every attachment sealed chunk by chunk (1 MiB, each its own nonce), embedded in the page or
    streamed to the companion file by `sink` — one chunk in memory at a time."""
    sealed: list[SealedFile] = []
    hashes: dict[str, str] = {}
    for f in content.plan.leaving_files:
        digest = hashlib.sha256()
        buffer = b""
        chunks: list[str] = []
        at: list[tuple[int, int]] = []
        size = 0

        def flush(data: bytes) -> None:
            box = _seal(key, data, f"{f.member}:{len(chunks) + len(at)}".encode("utf-8"))
            if sink is None:
                chunks.append(_b64(box))
            else:
                at.append(sink(box))

        for piece in _chunks(f, source, render):
            digest.update(piece)
            size += len(piece)
            buffer += piece
            while len(buffer) >= CHUNK:
                flush(buffer[:CHUNK])
                buffer = buffer[CHUNK:]
        if buffer or not (chunks or at):
            flush(buffer)
        hashes[f.member] = digest.hexdigest()
        suffix = PurePosixPath(f.name).suffix.lower() or PurePosixPath(f.member).suffix.lower()
        sealed.append(SealedFile(f.member, f.name, f.record_label, f.state is FileState.RENDERED,
                                 _FILE_TYPES.get(suffix, "application/octet-stream"), size, tuple(chunks), tuple(at)))
        step()
    return sealed, hashes


def page_words(language: str) -> dict[str, str]:
    """The page's own words (no data): the lock screen and the workspace's headings."""
    from ushiro_desk.reports.handoff.workspace_words import WORDS

    words = dict(WORDS.get(language, WORDS["ja"]))
    t = LABELS.get(language, LABELS["ja"])
    for key in ("tasks", "goal", "deadline", "steps", "rules", "exceptions", "inputs", "outputs", "estimate", "minutes",
                "communication", "work_order", "expires", "period", "recipient", "expires_note"):
        words.setdefault(key, t[key])
    return words


def render_page(language: str, salt: bytes, iterations: int, sealed_payload: bytes, files: list[SealedFile]) -> str:
    words = page_words(language)
    esc = html.escape
    blobs = "".join(
        f'<script type="application/octet-stream" id="c{i}-{j}">{chunk}</script>\n'
        for i, f in enumerate(files) for j, chunk in enumerate(f.chunks)
    )
    config = {"salt": _b64(salt), "iterations": iterations, "words": words, "lang": language}
    template = _TEMPLATE.read_text(encoding="utf-8")
    return (
        template.replace("__LANG__", esc(language))
        .replace("__HEADING__", esc(words["lock_heading"]))
        .replace("__PASSWORD_LABEL__", esc(words["password"]))
        .replace("__UNLOCK__", esc(words["unlock"]))
        .replace("__CONFIG__", json.dumps(config, ensure_ascii=False).replace("<", "\\u003c"))
        .replace("__PAYLOAD__", _b64(sealed_payload))
        .replace("__BLOBS__", blobs)
    )


def _stored_size(source: Source, sha256: str) -> int:
    try:
        return source(sha256).stat().st_size
    except OSError:
        return 0  # a missing file stops the export when it is read


def write_workspace(
    content: PacketContent,
    source: Source,
    target: Path,
    *,
    password: bytes,
    progress: Progress | None = None,
    render: Render | None = None,
    data_root: Path | None = None,
    before_replace: Callable[[dict[str, str]], None] | None = None,
    companion_over: int | None = None,
) -> dict[str, str]:
    """Write the workspace page to `target` (atomic, 0600, recorded by `before_replace` before the
    rename). When the attachments weigh more than `companion_over` bytes they travel in a companion
    file next to it (`<name>.ushiro-files`, renamed into place just before the page), which the page
    opens when the secretary picks it. Returns {member: sha256} of what it carries."""
    if not password:
        raise ValueError("the workspace is always encrypted")
    total = len(content.plan.leaving_files) + 2
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    salt = os.urandom(SALT_BYTES)
    key = derive_key(password.decode("utf-8"), salt)
    weight = sum(_stored_size(source, f.sha256) for f in content.plan.leaving_files if f.state is FileState.SENT)
    hashes: dict[str, str] = {}
    commit = (lambda: before_replace(dict(hashes))) if before_replace else None
    with atomic_file(target, data_root=data_root, before_replace=commit) as fh:
        data = payload(content)
        if weight > (COMPANION_OVER if companion_over is None else companion_over):
            companion = target.with_name(target.stem + COMPANION_SUFFIX)
            with atomic_file(companion, data_root=data_root) as side:
                side.write(COMPANION_MAGIC)
                offset = len(COMPANION_MAGIC)

                def sink(box: bytes) -> tuple[int, int]:
                    nonlocal offset
                    side.write(box)
                    offset += len(box)
                    return offset - len(box), len(box)

                sealed, found = _sealed_files(content, key, source, render, step, sink)
            data["companion"] = companion.name
        else:
            sealed, found = _sealed_files(content, key, source, render, step)
        hashes.update(found)
        data["files"] = [
            {"member": f.member, "name": f.name, "record": f.record, "rendered": f.rendered, "type": f.type, "size": f.size,
             "chunks": len(f.chunks) or len(f.at), **({"at": [list(a) for a in f.at]} if f.at else {})}
            for f in sealed
        ]
        plain = json.dumps(data, ensure_ascii=False).encode("utf-8")
        hashes["workspace.json"] = hashlib.sha256(plain).hexdigest()
        fh.write(render_page(content.language, salt, ITERATIONS, _seal(key, plain, b"payload"), sealed).encode("utf-8"))
        step()
    step()
    return hashes


# -- reading the page back (tests, the canary property) -------------------------------------------


def open_workspace(page: bytes, password: str, companion: bytes | None = None) -> tuple[dict[str, object], dict[str, bytes]]:
    """Decrypt a workspace page: its payload and every attachment (member → bytes), from the page or
    its companion file. Raises InvalidTag on a wrong password."""
    import re

    text = page.decode("utf-8")
    config = json.loads(re.search(r'<script type="application/json" id="config">(.*?)</script>', text, re.S).group(1))  # type: ignore[union-attr]
    sealed = base64.b64decode(re.search(r'<script type="application/octet-stream" id="payload">(.*?)</script>', text, re.S).group(1))  # type: ignore[union-attr]
    key = derive_key(password, base64.b64decode(config["salt"]), int(config["iterations"]))
    data = json.loads(_open(key, sealed, b"payload"))
    files: dict[str, bytes] = {}
    for i, f in enumerate(data["files"]):
        parts = []
        for j in range(f["chunks"]):
            if "at" in f:
                assert companion is not None, "the attachments are in the companion file"
                start, length = f["at"][j]
                box = companion[start : start + length]
            else:
                box = base64.b64decode(re.search(rf'<script type="application/octet-stream" id="c{i}-{j}">(.*?)</script>', text, re.S).group(1))  # type: ignore[union-attr]
            parts.append(_open(key, box, f"{f['member']}:{j}".encode("utf-8")))
        files[f["member"]] = b"".join(parts)
    return data, files


# -- the return file ---------------------------------------------------------------------------------


def is_return_file(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(RETURN_MAGIC)) == RETURN_MAGIC
    except OSError:
        return False


def pack_members(members: dict[str, bytes]) -> bytes:
    out = bytearray()
    for name, data in members.items():
        raw = name.encode("utf-8")
        out += struct.pack(">H", len(raw)) + raw + struct.pack(">I", len(data)) + data
    return bytes(out)


def seal_return(password: str, salt: bytes, members: dict[str, bytes], iterations: int = ITERATIONS) -> bytes:
    """What the page writes (here for tests and tools): the same key as the packet, a fresh nonce."""
    head = RETURN_MAGIC + salt + struct.pack(">I", iterations)
    return head + _seal(derive_key(password, salt, iterations), pack_members(members), head)


def _unpack(plain: bytes, limits: Limits) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    at, total = 0, 0
    while at < len(plain):
        if len(members) >= limits.max_members:
            raise UnsafeArchive("archive.too_many_members")
        if at + 2 > len(plain):
            raise UnsafeArchive("archive.not_return")
        (name_len,) = struct.unpack_from(">H", plain, at)
        at += 2
        raw = plain[at : at + name_len]
        at += name_len
        if len(raw) != name_len or at + 4 > len(plain):
            raise UnsafeArchive("archive.not_return")
        try:
            name = safe_name(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise UnsafeArchive("archive.not_return") from None
        (size,) = struct.unpack_from(">I", plain, at)
        at += 4
        if size > _cap(limits, name):
            raise UnsafeArchive("archive.member_too_large", name)
        total += size
        if total > limits.max_total_bytes:
            raise UnsafeArchive("archive.too_large")
        data = plain[at : at + size]
        if len(data) != size:
            raise UnsafeArchive("archive.not_return")
        at += size
        if not name or name in members:
            raise UnsafeArchive("archive.not_return", name)
        members[name] = data
    return members


def read_return_file(path: Path, password: str, limits: Limits) -> dict[str, bytes]:
    """The members of a return file, within `limits` (the file's size is checked before it is read,
    every member's before it is taken); UnsafeArchive on any problem."""
    size = path.stat().st_size
    if size > limits.max_archive_bytes:
        raise UnsafeArchive("archive.too_large")
    if size < _HEADER + 16:
        raise UnsafeArchive("archive.not_return")
    data = path.read_bytes()
    if not data.startswith(RETURN_MAGIC):
        raise UnsafeArchive("archive.not_return")
    head = data[: len(RETURN_MAGIC) + SALT_BYTES + 4]
    salt = head[len(RETURN_MAGIC) : len(RETURN_MAGIC) + SALT_BYTES]
    (iterations,) = struct.unpack(">I", head[-4:])
    if not ITERATIONS <= iterations <= 10 * ITERATIONS:
        raise UnsafeArchive("archive.not_return")
    try:
        plain = _open(derive_key(password, salt, iterations), data[len(head) :], head)
    except InvalidTag:
        raise UnsafeArchive("archive.bad_password") from None
    return _unpack(plain, limits)
