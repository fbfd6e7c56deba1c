"""The full check of a data folder: the database, its schema, and the files it refers to.

Findings are values, not exceptions (Beancount's way): each has a stable `kind`, the items it concerns
and one English sentence; `ui/` translates by kind. The checks:

- SQLite's own: `PRAGMA integrity_check` (or `quick_check`) and `PRAGMA foreign_key_check`;
- the schema: every table, index, trigger and view in `sqlite_master` against what the migrations
  build (`schema_reference.json`, generated from them; a fresh database migrated in a temp dir when the
  database has other revisions than the reference) — an unknown trigger or view is a finding;
- the files: every `stored_file` row has its file under `files/` with the SHA-256 its name promises
  (issued documents' PDFs and receipts named as such), and every file under `files/` has a row
  (a content-addressed file younger than a running save could be is not counted: the store writes the
  file before it commits its row).

Hashing streams through one reused buffer, so memory stays flat however large the folder is.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from ushiro_desk.outputs import STALE_AFTER_SECONDS, is_temporary

REFERENCE = Path(__file__).resolve().parent / "schema_reference.json"
CHUNK = 1 << 20
_SHA = re.compile(r"[0-9a-f]{64}")
# The file store's own temporary names (`FileStore._write`); leftovers are swept, not orphans.
_STORE_TEMP_PREFIX = ".incoming-"

ProgressFn = Callable[[int, int], None]  # (done, total) in bytes; may raise to cancel


class Finding(NamedTuple):
    """One kind of problem, with what it concerns (paths, object names, rows)."""

    kind: str
    items: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.items)

    @property
    def message(self) -> str:
        return sentence(self.kind, self.count)

    def as_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "count": self.count, "message": self.message, "items": list(self.items)}


# kind: (one, many) — the order is the order findings are listed in.
SENTENCES: dict[str, tuple[str, str]] = {
    "database_empty": (
        "The database is empty while the data folder holds {n} stored file or backup, so it was damaged, not new; restore a backup.",
        "The database is empty while the data folder holds {n} stored files and backups, so it was damaged, not new; restore a backup.",
    ),
    "database_damaged": (
        "SQLite's integrity check found {n} problem in the database file, so it is damaged; restore a backup.",
        "SQLite's integrity check found {n} problems in the database file, so it is damaged; restore a backup.",
    ),
    "foreign_key": (
        "{n} row refers to a record that does not exist (foreign key).",
        "{n} rows refer to records that do not exist (foreign keys).",
    ),
    "schema_unknown": (
        "{n} table, index, trigger or view in the database is not made by Ushiro Desk's migrations and may change data behind your back.",
        "{n} tables, indexes, triggers or views in the database are not made by Ushiro Desk's migrations and may change data behind your back.",
    ),
    "schema_missing": (
        "{n} table, index, trigger or view that Ushiro Desk's migrations make is missing from the database.",
        "{n} tables, indexes, triggers or views that Ushiro Desk's migrations make are missing from the database.",
    ),
    "schema_changed": (
        "{n} table, index, trigger or view differs from what Ushiro Desk's migrations make.",
        "{n} tables, indexes, triggers or views differ from what Ushiro Desk's migrations make.",
    ),
    "pdf_missing": (
        "{n} issued document's PDF is missing from files/.",
        "{n} issued documents' PDFs are missing from files/.",
    ),
    "pdf_changed": (
        "{n} issued document's PDF was changed after it was issued (its SHA-256 no longer matches).",
        "{n} issued documents' PDFs were changed after they were issued (their SHA-256 no longer matches).",
    ),
    "receipt_missing": (
        "{n} receipt is missing from files/.",
        "{n} receipts are missing from files/.",
    ),
    "receipt_changed": (
        "{n} receipt was changed after it was stored (its SHA-256 no longer matches).",
        "{n} receipts were changed after they were stored (their SHA-256 no longer matches).",
    ),
    "file_missing": (
        "{n} other stored file (logo, seal) is missing from files/.",
        "{n} other stored files (logo, seal) are missing from files/.",
    ),
    "file_changed": (
        "{n} other stored file (logo, seal) was changed after it was stored (its SHA-256 no longer matches).",
        "{n} other stored files (logo, seal) were changed after they were stored (their SHA-256 no longer matches).",
    ),
    "file_unknown": (
        "{n} file in files/ is not recorded in the database.",
        "{n} files in files/ are not recorded in the database.",
    ),
}
KINDS = tuple(SENTENCES)


def sentence(kind: str, count: int) -> str:
    one, many = SENTENCES[kind]
    return (one if count == 1 else many).format(n=count)


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Non-empty findings in the order of KINDS, one per kind."""
    merged: dict[str, list[str]] = {}
    for finding in findings:
        merged.setdefault(finding.kind, []).extend(finding.items)
    return [Finding(kind, tuple(merged[kind])) for kind in KINDS if merged.get(kind)]


# -- the database file ----------------------------------------------------------------------------


def data_beside(root: Path) -> int:
    """How many stored files and backups the data folder holds (temporary files not counted)."""
    count = 0
    for folder in (root / "files", root / "backups"):
        if not folder.is_dir():
            continue
        for _dirpath, _dirs, names in os.walk(folder):
            count += sum(1 for name in names if not name.startswith("."))
    return count


def is_empty_database(path: Path) -> bool:
    """A 0-byte file, or an SQLite file without a single table."""
    if path.stat().st_size == 0:
        return True
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    except sqlite3.DatabaseError:  # not readable at all: damaged, which the full check says
        return False
    finally:
        conn.close()


def sqlite_checks(conn: sqlite3.Connection, *, quick: bool = False) -> list[Finding]:
    """SQLite's integrity (or quick) check and, for the full check, the foreign keys."""
    pragma = "quick_check" if quick else "integrity_check"
    problems = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    if problems != ["ok"]:
        return [Finding("database_damaged", tuple(problems))]
    if quick:
        return []
    violations = tuple(
        f"{table} row {rowid} → {parent}" for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
    )
    return [Finding("foreign_key", violations)] if violations else []


# -- the schema -----------------------------------------------------------------------------------

SchemaObjects = dict[str, tuple[str, str, str]]  # "type name" -> (type, table, normalised sql)


def _normalise(sql: str | None) -> str:
    return " ".join((sql or "").split())


def schema_objects(conn: sqlite3.Connection) -> SchemaObjects:
    """Every table, index, trigger and view except SQLite's own (autoindexes, sqlite_sequence, stats)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    return {f"{kind} {name}": (kind, table, _normalise(sql)) for kind, name, table, sql in rows}


def load_reference() -> tuple[frozenset[str], SchemaObjects]:
    """The objects the migrations build, as recorded in `schema_reference.json`, and its revisions."""
    data = json.loads(REFERENCE.read_text(encoding="utf-8"))
    objects = {key: (kind, table, sql) for key, (kind, table, sql) in data["objects"].items()}
    return frozenset(data["revisions"]), objects


def build_reference(revisions: frozenset[str]) -> SchemaObjects:
    """Migrate a fresh database in a temp dir to `revisions` and read its objects (about a second)."""
    import tempfile

    from ushiro_desk.storage import schema

    with tempfile.TemporaryDirectory(prefix="ushiro-reference-") as folder:
        path = Path(folder) / "reference.sqlite3"
        for revision in sorted(revisions):
            schema.upgrade(path, revision)
        conn = sqlite3.connect(path)
        try:
            return schema_objects(conn)
        finally:
            conn.close()


_built: dict[frozenset[str], SchemaObjects] = {}


def reference_for(revisions: frozenset[str]) -> SchemaObjects:
    """What the migrations build up to `revisions`: the recorded reference when it is for these revisions."""
    recorded, objects = load_reference()
    if recorded == revisions:
        return objects
    if revisions not in _built:
        _built[revisions] = build_reference(revisions)
    return _built[revisions]


def write_reference() -> Path:
    """Regenerate `schema_reference.json` from the migrations (`packaging/update_schema_reference.py`)."""
    from ushiro_desk.storage import schema

    heads = schema.heads()
    objects = build_reference(heads)
    data = {
        "note": "Generated from the migrations by packaging/update_schema_reference.py; do not edit.",
        "revisions": sorted(heads),
        "objects": {key: list(objects[key]) for key in sorted(objects)},
    }
    REFERENCE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return REFERENCE


def schema_findings(actual: SchemaObjects, expected: SchemaObjects) -> list[Finding]:
    def label(key: str, objects: SchemaObjects) -> str:
        kind, table, _sql = objects[key]
        name = key.split(" ", 1)[1]
        return f"{kind} {name}" if kind == "table" or name == table else f"{kind} {name} on {table}"

    unknown = tuple(label(k, actual) for k in sorted(actual.keys() - expected.keys()))
    missing = tuple(label(k, expected) for k in sorted(expected.keys() - actual.keys()))
    changed = tuple(label(k, actual) for k in sorted(actual.keys() & expected.keys()) if actual[k] != expected[k])
    return [Finding(kind, items) for kind, items in (
        ("schema_unknown", unknown), ("schema_missing", missing), ("schema_changed", changed)) if items]


def revisions_of(conn: sqlite3.Connection) -> frozenset[str]:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in tables:
        return frozenset()
    return frozenset(str(row[0]) for row in conn.execute("SELECT version_num FROM alembic_version"))


# -- the files ------------------------------------------------------------------------------------


class StoredFile(NamedTuple):
    sha256: str
    size: int
    role: str  # "pdf", "receipt" or "file"
    where: str  # what refers to it, for the report


def stored_files(conn: sqlite3.Connection) -> list[StoredFile]:
    """Every `stored_file` row with the role of what refers to it (an issued PDF before a receipt)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    pdfs: dict[str, str] = {}
    receipts: dict[str, str] = {}
    if "sales_document" in tables:  # older schemas (a backup being checked) may not have it yet
        for sha, kind, number in conn.execute(
            "SELECT pdf_sha256, kind, number FROM sales_document WHERE pdf_sha256 IS NOT NULL ORDER BY id"
        ):
            pdfs[str(sha)] = f"{kind} {number}"
    if "expense_receipt" in tables:
        for sha, expense_id in conn.execute("SELECT sha256, expense_id FROM expense_receipt ORDER BY id"):
            receipts.setdefault(str(sha), f"expense {expense_id}")
    found = []
    for sha, size in conn.execute("SELECT sha256, size FROM stored_file ORDER BY sha256"):
        sha = str(sha)
        if sha in pdfs:
            found.append(StoredFile(sha, int(size), "pdf", pdfs[sha]))
        elif sha in receipts:
            found.append(StoredFile(sha, int(size), "receipt", receipts[sha]))
        else:
            found.append(StoredFile(sha, int(size), "file", "stored file"))
    return found


def stored_path(root: Path, sha: str) -> Path | None:
    return root / sha[:2] / sha if _SHA.fullmatch(sha) else None


def files_on_disk(root: Path) -> list[Path]:
    """Every file under `files/` except the store's and the app's temporary files."""
    found = []
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            path = Path(dirpath) / name
            if name.startswith(_STORE_TEMP_PREFIX) or is_temporary(path):
                continue
            found.append(path)
    return sorted(found)


def _younger_than(path: Path, now: float, seconds: float) -> bool:
    try:
        return now - path.stat().st_mtime < seconds
    except OSError:
        return False


def sha256_stream(path: Path, buffer: bytearray, on_bytes: Callable[[int], None] | None = None) -> str:
    """The SHA-256 of a file read through `buffer` (no allocation per chunk; hashlib releases the GIL)."""
    import hashlib

    digest = hashlib.sha256()
    view = memoryview(buffer)
    with open(path, "rb", buffering=0) as fh:
        while n := fh.readinto(buffer):
            digest.update(view[:n])
            if on_bytes is not None:
                on_bytes(n)
    return digest.hexdigest()


class FileTotals(NamedTuple):
    files: int
    bytes: int


def file_findings(
    files: list[StoredFile],
    root: Path,
    *,
    hash_files: bool = True,
    unknown: bool = True,
    progress: ProgressFn | None = None,
) -> tuple[list[Finding], FileTotals]:
    """Missing and changed stored files (by hash, or by size alone without `hash_files`) and, with
    `unknown`, files under `root` that no row records."""
    items: dict[str, list[str]] = {}
    total = sum(f.size for f in files)
    done = 0
    checked = checked_bytes = 0
    buffer = bytearray(CHUNK)

    def advance(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    if progress is not None:
        progress(0, total)
    for stored in files:
        path = stored_path(root, stored.sha256)
        label = f"files/{stored.sha256[:2]}/{stored.sha256} ({stored.where})"
        try:
            size = path.stat().st_size if path is not None and path.is_file() else None
        except OSError:
            size = None
        if size is None:
            items.setdefault(f"{stored.role}_missing", []).append(label)
            advance(stored.size)
            continue
        start = done
        if size != stored.size:
            same = False
        elif hash_files:
            assert path is not None
            try:
                same = sha256_stream(path, buffer, advance) == stored.sha256
            except OSError:
                items.setdefault(f"{stored.role}_missing", []).append(label)
                advance(stored.size - (done - start))
                continue
        else:
            same = True
        advance(max(stored.size - (done - start), 0))
        checked += 1
        checked_bytes += size
        if not same:
            items.setdefault(f"{stored.role}_changed", []).append(label)
    if unknown and root.is_dir():
        recorded = {f.sha256 for f in files}
        now = time.time()
        for path in files_on_disk(root):
            in_place = _SHA.fullmatch(path.name) is not None and path.parent == root / path.name[:2]
            if in_place and path.name in recorded:
                continue
            if in_place and _younger_than(path, now, STALE_AFTER_SECONDS):
                continue  # a save that is running now stores its file before it commits the row
            items.setdefault("file_unknown", []).append(f"files/{path.relative_to(root).as_posix()}")
    return [Finding(kind, tuple(v)) for kind, v in items.items()], FileTotals(checked, checked_bytes)
