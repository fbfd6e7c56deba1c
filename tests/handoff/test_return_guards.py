"""A return changes only what is still the recipient's to change. Every other row is a conflict (shown,
never applied) or the packet is refused — and then the database is byte-identical (`sqlite3 .dump`)."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Callable

import pytest
import pyzipper

from ushiro_desk.cli.main import main as cli
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services import chores
from ushiro_desk.services.handoff import bundles, returns
from ushiro_desk.services.handoff.recipients import find_recipient
from ushiro_desk.storage import chores_repo

TODAY = date(2026, 11, 20)
NOV = (date(2026, 11, 1), date(2026, 11, 30))
PASSWORD = "pw-return-guards"
HEADER = "occurrence_id,chore,due_date,status,minutes,note"
SQLITE3 = shutil.which("sqlite3")
pytestmark = pytest.mark.skipif(SQLITE3 is None, reason="the sqlite3 shell is installed by .ci/run")


@pytest.fixture
def sent(demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The secretary's November packet, as exported; returns (recipient, preview, packet, manifest bytes)."""
    secretary = find_recipient(demo_store, "田中")
    assert secretary is not None
    shown = bundles.preview(demo_store, secretary, *NOV)
    packet = tmp_path / "p.zip"
    bundles.export(demo_store, shown, bundles.default_work_order(demo_store, shown, TODAY), packet, password=PASSWORD, today=TODAY)
    with pyzipper.AESZipFile(packet) as zf:
        zf.setpassword(PASSWORD.encode())
        manifest, sheet = zf.read("manifest.json"), zf.read("return/status.csv")
    return secretary, shown, packet, manifest, sheet


def dump(store) -> bytes:  # type: ignore[no-untyped-def]
    """The owner's data as the sqlite3 shell sees it."""
    return subprocess.run([SQLITE3, str(store.paths.database), ".dump"], check=True, capture_output=True).stdout


def packet(out: Path, manifest: bytes, sheet: bytes, extra: dict[str, bytes] | None = None, stored: bool = False) -> Path:
    """A returned packet; `stored` keeps the members uncompressed (so no ratio check stops them first)."""
    compression = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with pyzipper.AESZipFile(out, "w", compression=compression, encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(PASSWORD.encode())
        zf.writestr("manifest.json", manifest)
        zf.writestr("return/status.csv", sheet)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return out


def filled(sheet: bytes, fill: Callable[[list[dict[str, str]]], None], encoding: str = "utf-8-sig") -> bytes:
    rows = list(csv.DictReader(io.StringIO(sheet.decode("utf-8-sig"))))
    fill(rows)
    text = io.StringIO()
    writer = csv.DictWriter(text, list(rows[0].keys()), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return text.getvalue().encode(encoding)


def done_row(occurrence_id: int, minutes: str = "20", note: str = "完了") -> Callable[[list[dict[str, str]]], None]:
    def fill(rows: list[dict[str, str]]) -> None:
        for row in rows:
            if int(row["occurrence_id"]) == occurrence_id:
                row.update(status="done", minutes=minutes, note=note)
    return fill


def state(store, occurrence_id: int):  # type: ignore[no-untyped-def]
    with store.db.snapshot() as conn:
        o = chores_repo.load_occurrence(conn, occurrence_id)
    return o.state.value, o.minutes, o.note, o.done_by_id


def chore_of(store, occurrence_id: int) -> int:  # type: ignore[no-untyped-def]
    with store.db.snapshot() as conn:
        return chores_repo.load_occurrence(conn, occurrence_id).chore_id


def assert_conflict_changes_nothing(store, returned: Path, today: date, reason: str) -> returns.ReviewItem:  # type: ignore[no-untyped-def]
    """The row is a conflict; neither applying what can be applied nor ticking the conflict changes a byte."""
    before = dump(store)
    review = returns.read_return(store, returned, PASSWORD, today)
    (item,) = review.items
    assert item.conflict == reason and not item.applicable
    assert returns.apply_return(store, review, {i.key for i in review.items if i.applicable}, today) == returns.Changes()
    with pytest.raises(InvalidInput) as ticked:
        returns.apply_return(store, review, {item.key}, today)
    assert [p.code for p in ticked.value.problems] == ["return.conflict_ticked"]
    assert dump(store) == before
    return item


def test_a_due_date_the_owner_finished_meanwhile_is_a_conflict_showing_the_owners_work(demo_store, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, shown, _, manifest, sheet = sent
    target = shown.occurrences[0][0]
    chores.complete(demo_store, target, TODAY, minutes=40, note="自分で送付済み", by_assignee=False)
    item = assert_conflict_changes_nothing(demo_store, packet(tmp_path / "back.zip", manifest, filled(sheet, done_row(target))), TODAY, "not_open")
    assert item.now == {"state": "done", "on": TODAY, "minutes": 40, "note": "自分で送付済み", "by": None}
    assert state(demo_store, target) == ("done", 40, "自分で送付済み", None)


def test_a_chore_reassigned_since_is_a_conflict_naming_the_new_assignee(demo_store, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, shown, _, manifest, sheet = sent
    target = shown.occurrences[0][0]
    with demo_store.db.transaction() as conn:
        conn.execute("UPDATE chore SET assignee_id = NULL WHERE id = ?", (chore_of(demo_store, target),))
    item = assert_conflict_changes_nothing(demo_store, packet(tmp_path / "back.zip", manifest, filled(sheet, done_row(target))), TODAY, "reassigned")
    assert item.now == {"assignee": None}  # the owner's now
    assert state(demo_store, target)[0] == "open"


@pytest.mark.parametrize(("column", "value", "reason"), [("confidential", 1, "confidential"), ("delegability", "owner_only", "owner_only")])
def test_a_chore_made_confidential_or_owner_only_since_is_a_conflict(demo_store, sent, tmp_path: Path, column: str, value: object, reason: str) -> None:  # type: ignore[no-untyped-def]
    _, shown, _, manifest, sheet = sent
    target = shown.occurrences[0][0]
    with demo_store.db.transaction() as conn:
        conn.execute(f"UPDATE chore SET {column} = ? WHERE id = ?", (value, chore_of(demo_store, target)))
    assert_conflict_changes_nothing(demo_store, packet(tmp_path / "back.zip", manifest, filled(sheet, done_row(target))), TODAY, reason)


def test_a_return_after_the_disclosure_expired_or_its_deletion_was_confirmed_is_a_conflict(demo_store, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, shown, _, manifest, sheet = sent
    target = shown.occurrences[0][0]
    returned = packet(tmp_path / "back.zip", manifest, filled(sheet, done_row(target)))
    expires = bundles.ledger(demo_store)[0].expires_on
    item = assert_conflict_changes_nothing(demo_store, returned, expires + timedelta(days=1), "expired")
    assert item.now == {"on": expires}
    assert returns.read_return(demo_store, returned, PASSWORD, expires).items[0].conflict == ""  # the last day still counts
    bundles.confirm_deletion(demo_store, bundles.ledger(demo_store)[0].bundle_id, TODAY)
    assert_conflict_changes_nothing(demo_store, returned, TODAY, "deletion_confirmed")


def test_a_packet_already_taken_in_is_refused_as_a_repeat_even_zipped_again(demo_store, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, shown, _, manifest, sheet = sent
    target, other = shown.occurrences[0][0], shown.occurrences[1][0]

    def fill(rows):  # type: ignore[no-untyped-def]
        done_row(target)(rows)
        next(r for r in rows if int(r["occurrence_id"]) == other).update(status="question", note="件名は？")

    data = filled(sheet, fill)
    review = returns.read_return(demo_store, packet(tmp_path / "back.zip", manifest, data), PASSWORD, TODAY)
    returns.apply_return(demo_store, review, {i.key for i in review.items}, TODAY)
    before = dump(demo_store)
    again = packet(tmp_path / "again.zip", manifest, data)  # the same content, a fresh AES salt
    assert again.read_bytes() != (tmp_path / "back.zip").read_bytes()
    with pytest.raises(InvalidInput) as exc:
        returns.read_return(demo_store, again, PASSWORD, TODAY)
    assert [p.code for p in exc.value.problems] == ["return.repeat"]
    with pytest.raises(InvalidInput):  # a review made before the first apply is refused too
        returns.apply_return(demo_store, review, {i.key for i in review.items}, TODAY)
    assert dump(demo_store) == before
    assert len(returns.open_questions(demo_store)) == 1


def test_duplicate_rows_unknown_columns_long_notes_and_control_characters_are_named_by_line(demo_store, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, shown, _, manifest, _ = sent
    a, b = shown.occurrences[0][0], shown.occurrences[1][0]
    before = dump(demo_store)
    cases = {
        f"{HEADER}\r\n{a},x,,done,10,\r\n{b},x,,done,10,\r\n{a},x,,skipped,,\r\n": [(4, "return.duplicate_row")],
        f"{HEADER},memo\r\n{a},x,,done,10,,\r\n": [(1, "return.columns")],
        f"{HEADER}\r\n{a},x,,question,,{'長' * 2001}\r\n": [(2, "return.too_long")],
        f"{HEADER}\r\n{a},x,,done,10,ok\r\n{b},x,,question,,\"bell\x07\"\r\n": [(3, "return.control_character")],
        f"{HEADER}\r\n{a},x,,question,,\"right-to-left \u202eexe.pdf\"\r\n": [(2, "return.control_character")],
    }
    for n, (text, expected) in enumerate(cases.items()):
        with pytest.raises(InvalidInput) as exc:
            returns.read_return(demo_store, packet(tmp_path / f"bad{n}.zip", manifest, text.encode()), PASSWORD, TODAY)
        assert [(p.line, p.code) for p in exc.value.problems] == expected
    assert dump(demo_store) == before


def test_a_multi_line_note_is_kept_and_lines_after_it_are_counted_right(demo_store, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, shown, _, manifest, _ = sent
    a, b = shown.occurrences[0][0], shown.occurrences[1][0]
    text = f'{HEADER}\r\n{a},x,,question,,"一行目\r\n二行目"\r\n{b},x,,finished,,\r\n'
    with pytest.raises(InvalidInput) as exc:
        returns.read_return(demo_store, packet(tmp_path / "b.zip", manifest, text.encode()), PASSWORD, TODAY)
    assert [(p.line, p.code) for p in exc.value.problems] == [(4, "return.bad_status")]
    text = f'{HEADER}\r\n{a},x,,question,,"一行目\r\n二行目"\r\n'
    review = returns.read_return(demo_store, packet(tmp_path / "ok.zip", manifest, text.encode()), PASSWORD, TODAY)
    assert review.items[0].note == "一行目\n二行目"


def test_oversize_and_hostile_packets_are_refused_before_parsing(demo_store, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, shown, _, manifest, _ = sent
    a = shown.occurrences[0][0]
    before = dump(demo_store)
    million = (HEADER + "\r\n" + f"{a},x,2026-11-05,done,10,\r\n" * 1_000_000).encode()
    deep = b'{"bundle_id": "x", "a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    long_note = f"{HEADER}\r\n{a},x,,question,,{'x' * (129 * 1024)}\r\n".encode()
    many_lines = (HEADER + "\r\n" + "\r\n" * 6_000).encode()
    cases = [
        (packet(tmp_path / "million.zip", manifest, million), "archive.member_too_large"),
        (packet(tmp_path / "deep.zip", deep, b"", stored=True), "return.manifest_too_deep"),
        (packet(tmp_path / "note.zip", manifest, long_note, stored=True), "return.bad_csv"),
        (packet(tmp_path / "lines.zip", manifest, many_lines, stored=True), "return.too_many_rows"),
    ]
    for path, code in cases:
        with pytest.raises(InvalidInput) as exc:
            returns.read_return(demo_store, path, PASSWORD, TODAY)
        assert [p.code for p in exc.value.problems] == [code], path.name
    assert dump(demo_store) == before


def test_too_many_members_are_refused_from_the_end_record_before_the_directory_is_read(tmp_path: Path) -> None:
    from ushiro_desk.reports.handoff.safe_zip import Limits, UnsafeArchive, declared_entries, read_members

    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for n in range(30):
            zf.writestr(f"f{n}.txt", b"x")
    assert declared_entries(path) == 30
    with pytest.raises(UnsafeArchive) as exc:
        read_members(path, None, Limits(max_members=20))
    assert exc.value.code == "archive.too_many_members"


def test_the_review_shows_the_real_title_and_applying_keeps_the_previous_values_in_the_audit_log(demo_store, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    secretary, shown, _, manifest, sheet = sent
    target, title, due = shown.occurrences[0]

    def fill(rows):  # type: ignore[no-untyped-def]
        done_row(target, minutes="25", note="送付しました")(rows)
        next(r for r in rows if int(r["occurrence_id"]) == target)["chore"] = "社長の個人口座に振り込む"

    review = returns.read_return(demo_store, packet(tmp_path / "back.zip", manifest, filled(sheet, fill)), PASSWORD, TODAY)
    (item,) = review.items
    assert item.label == f"{title} {due.isoformat()}" and "社長の個人口座に振り込む" in item.hint
    returns.apply_return(demo_store, review, {item.key}, TODAY)
    assert state(demo_store, target) == ("done", 25, f"{secretary.name}: 送付しました", secretary.id)
    with demo_store.db.snapshot() as conn:
        detail = json.loads(conn.execute(
            "SELECT detail FROM audit_log WHERE action = 'return' AND entity_id = ?", (str(target),)).fetchone()[0])
    assert detail["before"] == {"state": "open", "minutes": None, "done_by_id": None, "note": "", "done_on": None}
    assert (detail["status"], detail["minutes"], detail["line"]) == ("done", 25, item.line)


def test_a_returned_receipt_name_never_becomes_a_payee(demo_store, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope
    from ushiro_desk.services import expenses
    from ushiro_desk.services.expenses.sample_files import receipt_png

    _, _, _, manifest, sheet = sent
    name = "20261118_=HYPERLINK(＂x＂)_1200.png"
    returned = packet(tmp_path / "back.zip", manifest, sheet, {f"return/receipts/{name}": receipt_png("x", seed=7)})
    review = returns.read_return(demo_store, returned, PASSWORD, TODAY)
    drafts = set(expenses.search(demo_store, ExpenseQuery(scope=Scope.DRAFTS)))
    changes = returns.apply_return(demo_store, review, {review.items[0].key}, TODAY)
    assert changes.touches("expenses")
    (new,) = set(expenses.search(demo_store, ExpenseQuery(scope=Scope.DRAFTS))) - drafts
    assert expenses.list_rows(demo_store, [new])[new].payee == ""
    with demo_store.db.snapshot() as conn:
        assert conn.execute("SELECT original_name FROM expense_receipt WHERE expense_id = ?", (new,)).fetchone()[0] == name


def test_cli_import_lists_conflicts_applies_nothing_of_them_and_refusals_are_one_sentence(demo_store, sent, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    _, shown, _, manifest, sheet = sent
    target = shown.occurrences[0][0]
    chores.complete(demo_store, target, TODAY, minutes=40, note="自分で", by_assignee=False)
    root = str(demo_store.paths.root)
    password_file = tmp_path / "pw.txt"
    password_file.write_text(PASSWORD)
    before = dump(demo_store)
    demo_store.close()
    returned = packet(tmp_path / "back.zip", manifest, filled(sheet, done_row(target)))
    assert cli(["bundle", "import", str(returned), "--password-file", str(password_file), "--apply", "--data-dir", root]) == 0
    out = capsys.readouterr().out
    assert "(conflict, not applied: " in out and "Nothing was applied" in out  # the CLI judges by the real date
    deep = packet(tmp_path / "deep.zip", b"[" * 100_000, b"", stored=True)
    assert cli(["bundle", "import", str(deep), "--password-file", str(password_file), "--apply", "--data-dir", root]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "manifest.json is nested more than 8 levels deep; it was refused before it was read."
    from ushiro_desk.paths import DataPaths
    from ushiro_desk.services.store import open_store

    reopened = open_store(DataPaths(Path(root)))
    try:
        assert dump(reopened) == before
    finally:
        reopened.close()
