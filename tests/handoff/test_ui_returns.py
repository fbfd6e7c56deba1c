"""Taking a returned packet back through the page: problems change nothing; the review applies only
what is ticked."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QLabel

from tests.conftest import DEMO_TODAY
from tests.handoff.ui_helpers import NOV, fill_return, when_modal
from ushiro_desk.services.handoff import bundles, returns, secrets
from ushiro_desk.services.handoff.recipients import find_recipient
from ushiro_desk.storage import chores_repo
from ushiro_desk.ui.handoff.ledger import LedgerModel
from ushiro_desk.ui.handoff.passwords import PasswordEntryDialog
from ushiro_desk.ui.handoff.returns import ReviewModel

PASSWORD = "k7m2-x9qa-return-test"


@pytest.fixture
def sent(demo_store, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A packet for the secretary for November, its password in the keyring, as the page exported it."""
    secretary = find_recipient(demo_store, "田中")
    assert secretary is not None
    shown = bundles.preview(demo_store, secretary, *NOV)
    packet = tmp_path / "out" / "tanaka.zip"
    packet.parent.mkdir()
    bundles.export(demo_store, shown, bundles.default_work_order(demo_store, shown, DEMO_TODAY), packet, password=PASSWORD, today=DEMO_TODAY)
    secrets.store_password(secretary.id, PASSWORD)
    return secretary, shown, packet


def _state(store, occurrence_id: int):  # type: ignore[no-untyped-def]
    with store.db.snapshot() as conn:
        occurrence = chores_repo.load_occurrence(conn, occurrence_id)
        returns = conn.execute("SELECT count(*) FROM handoff_return").fetchone()[0]
    return occurrence.state.value, occurrence.minutes, returns


def _wait_read(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.returns.operation is None, timeout=20_000)


def _drop(page, path: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)


def test_a_return_saved_by_japanese_excel_is_reviewed_and_applies(qtbot, handoff_page, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Excel saves "CSV (comma delimited)" in Shift_JIS and rewrites 2026-11-05 as 2026/11/5."""
    _, shown, packet = sent
    first = shown.occurrences[0][0]

    def fill(rows):  # type: ignore[no-untyped-def]
        rows[0].update(status="done", minutes="15", note="済みです")
        for row in rows:
            year, month, day = row["due_date"].split("-")
            row["due_date"] = f"{year}/{int(month)}/{int(day)}"

    returned = fill_return(packet, tmp_path / "sjis.zip", PASSWORD, fill, encoding="cp932", encrypt=False)
    handoff_page.import_file(returned)
    _wait_read(qtbot, handoff_page)
    tab = handoff_page.returns
    assert not tab.problem_box.isVisible() and tab.review_area.isVisible()
    assert [(i.occurrence_id, i.note, i.hint) for i in tab.model.items] == [(first, "済みです", "")]
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert _state(handoff_page.ctx.store, first)[:2] == ("done", 15)


def test_problems_in_rows_are_listed_with_their_line_numbers(qtbot, handoff_page, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, shown, packet = sent
    first = shown.occurrences[0][0]
    before = _state(handoff_page.ctx.store, first)

    def fill(rows):  # type: ignore[no-untyped-def]
        rows[0].update(status="done", minutes="15")
        rows[1].update(status="finished")
        rows[3].update(status="done", minutes="two")

    handoff_page.import_file(fill_return(packet, tmp_path / "bad.zip", PASSWORD, fill))
    _wait_read(qtbot, handoff_page)
    lines = handoff_page.returns.problem_list.text().splitlines()
    assert lines == [
        "• Line 3: The status “finished” is not one of done, skipped or question.",
        "• Line 5: The minutes must be a whole number from 0 to 1440.",
    ]
    assert _state(handoff_page.ctx.store, first) == before


def test_a_filled_return_is_reviewed_then_only_the_ticked_items_are_applied(qtbot, handoff_page, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    secretary, shown, packet = sent
    done, asked, skipped = shown.occurrences[0][0], shown.occurrences[1][0], shown.occurrences[2][0]

    def fill(rows):  # type: ignore[no-untyped-def]
        for row in rows:
            if int(row["occurrence_id"]) == done:
                row.update(status="done", minutes="25", note="送付しました")
            elif int(row["occurrence_id"]) == asked:
                row.update(status="question", note="件名の書き方を確認したいです")
            elif int(row["occurrence_id"]) == skipped:
                row.update(status="skipped")

    returned = fill_return(packet, tmp_path / "back.zip", PASSWORD, fill)
    _drop(handoff_page, returned)
    _wait_read(qtbot, handoff_page)
    tab = handoff_page.returns
    assert handoff_page.tabs.currentWidget() is tab and tab.review_area.isVisible()
    model = tab.model
    keys = {model.items[r].occurrence_id: model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) for r in range(model.rowCount())}
    assert keys == {done: Qt.CheckState.Checked, asked: Qt.CheckState.Checked, skipped: Qt.CheckState.Checked}
    assert tab.attention.isVisible() and "件名の書き方を確認したいです" in tab.attention_text.text()
    # The owner decides the skip was not agreed: untick it from the keyboard.
    row = next(r for r in range(model.rowCount()) if model.items[r].occurrence_id == skipped)
    tab.table.setCurrentIndex(model.index(row, 2))
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "2 of 3 items ticked" in tab.review_message.text()
    announced = []
    handoff_page.ctx.bus.changed.connect(announced.append)
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    store = handoff_page.ctx.store
    assert _state(store, done)[:2] == ("done", 25)
    assert _state(store, asked)[:2] == ("open", None)
    assert _state(store, skipped)[:2] == ("open", None)
    with store.db.snapshot() as conn:
        assert chores_repo.load_occurrence(conn, done).done_by_id == secretary.id
    assert any(c.touches("chores") for c in announced)
    assert not tab.review_area.isVisible() and "Took in 2 items" in tab.result.text()
    questions = returns.open_questions(store)
    assert [(q.occurrence_id, q.text, q.recipient_name) for q in questions] == [(asked, "件名の書き方を確認したいです", secretary.name)]


def test_a_packet_the_keyring_cannot_open_asks_for_its_password(qtbot, handoff_page, sent, tmp_path: Path, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    _, shown, packet = sent
    memory_keyring.values.clear()
    returned = fill_return(packet, tmp_path / "back.zip", PASSWORD, lambda rows: rows[0].update(status="done", minutes="5"))
    typed = []

    def type_password(dialog: QDialog) -> None:
        typed.append(dialog.findChild(QLabel, "password_message").text())
        dialog.first.setText(PASSWORD)  # type: ignore[attr-defined]
        dialog.accept()

    timer = when_modal(PasswordEntryDialog, type_password)
    handoff_page.import_file(returned)
    qtbot.waitUntil(lambda: handoff_page.returns.review is not None, timeout=20_000)
    timer.stop()
    assert "keyring does not know" in typed[0]
    assert [i.occurrence_id for i in handoff_page.returns.review.items] == [shown.occurrences[0][0]]


def test_a_hostile_archive_is_refused_with_a_sentence(qtbot, handoff_page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../../outside.txt", "x")
    handoff_page.import_file(evil)
    _wait_read(qtbot, handoff_page)
    assert "tries to write outside its folder (../../outside.txt)" in handoff_page.returns.problem_list.text()
    assert not (tmp_path.parent / "outside.txt").exists()


def test_the_models_pass_the_model_tester(qtmodeltester, handoff_page, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services.handoff.returns import read_return

    _, _, packet = sent
    returned = fill_return(packet, tmp_path / "back.zip", PASSWORD, lambda rows: rows[0].update(status="question", note="?"))
    review = ReviewModel()
    review.set_review(read_return(handoff_page.ctx.store, returned, PASSWORD, DEMO_TODAY))
    assert review.rowCount() == 1
    qtmodeltester.check(review)
    ledger = LedgerModel()
    ledger.set_entries(bundles.ledger(handoff_page.ctx.store), DEMO_TODAY)
    assert ledger.rowCount() == 1
    qtmodeltester.check(ledger)


def test_a_conflict_is_shown_in_red_with_the_owners_value_and_cannot_be_ticked(qtbot, handoff_page, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services import chores

    _, shown, packet = sent
    finished, other = shown.occurrences[0][0], shown.occurrences[1][0]
    chores.complete(handoff_page.ctx.store, finished, DEMO_TODAY, minutes=40, note="自分で送付済み", by_assignee=False)

    def fill(rows):  # type: ignore[no-untyped-def]
        for row in rows:
            if int(row["occurrence_id"]) in (finished, other):
                row.update(status="done", minutes="25")

    handoff_page.import_file(fill_return(packet, tmp_path / "back.zip", PASSWORD, fill))
    _wait_read(qtbot, handoff_page)
    tab = handoff_page.returns
    model = tab.model
    row = next(r for r in range(model.rowCount()) if model.items[r].occurrence_id == finished)
    now = model.index(row, 5).data()
    assert now.startswith("Conflict: already done on 2026-11-20") and "40 min" in now and "自分で送付済み" in now
    assert model.index(row, 5).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    tab.table.setCurrentIndex(model.index(row, 1))
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    assert model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert tab.conflict_note.isVisible() and tab.conflict_note.text().startswith("1 items conflict")
    qtbot.mouseClick(tab.apply_button, Qt.MouseButton.LeftButton)
    assert _state(handoff_page.ctx.store, finished)[:2] == ("done", 40)
    assert _state(handoff_page.ctx.store, other)[:2] == ("done", 25)
