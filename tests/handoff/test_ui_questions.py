"""Questions come home: an accepted `question` stays on its occurrence, shows on Today as "question from
<recipient>" and on the chore until the owner answers or dismisses it, and the answer goes in the next
bundle. Every page that shows what a return changed refreshes from the change signal."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import pyzipper
from PySide6.QtCore import Qt

from tests.conftest import DEMO_TODAY
from tests.handoff.ui_helpers import NOV, fill_return, when_modal
from ushiro_desk.services.handoff import bundles, returns, secrets
from ushiro_desk.services.handoff.recipients import find_recipient
from ushiro_desk.ui import clock
from ushiro_desk.ui.handoff.questions import QuestionDialog
from ushiro_desk.ui.main_window import PAGES

PASSWORD = "k7m2-x9qa-question-test"
QUESTION = "宛名の敬称は「御中」でよいですか？"
DEC = (date(2026, 12, 1), date(2026, 12, 31))


@pytest.fixture
def asked(demo_store, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """The secretary's November packet came back with one question, and the owner accepted it."""
    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)
    secretary = find_recipient(demo_store, "田中")
    assert secretary is not None
    shown = bundles.preview(demo_store, secretary, *NOV)
    packet = tmp_path / "tanaka.zip"
    bundles.export(demo_store, shown, bundles.default_work_order(demo_store, shown, DEMO_TODAY), packet, password=PASSWORD, today=DEMO_TODAY)
    occurrence, title, due = shown.occurrences[0]
    back = fill_return(packet, tmp_path / "back.zip", PASSWORD,
                       lambda rows: rows[0].update(status="question", note=QUESTION))
    review = returns.read_return(demo_store, back, PASSWORD, DEMO_TODAY)
    returns.apply_return(demo_store, review, {i.key for i in review.items}, DEMO_TODAY)
    return secretary, occurrence, title, due


def _today(qtbot, ui_ctx):  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.today.page import TodayPage

    page = TodayPage(ui_ctx)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    qtbot.waitUntil(lambda: page.prepared and page.sections_loaded, timeout=10_000)
    (section,) = [s for s in page.sections if s.objectName() == "questions_today"]
    return page, section


def test_an_accepted_question_shows_on_today_until_it_is_answered_and_the_answer_goes_in_the_next_bundle(qtbot, ui_ctx, asked, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    secretary, occurrence, title, due = asked
    page, section = _today(qtbot, ui_ctx)
    assert section.isVisible() and section.count() == 1
    text = section.items.item(0).text()
    assert f"Question from {secretary.name}" in text and title in text and QUESTION in text
    badge_before = page.badge()

    shown_text = []

    def answer(dialog) -> None:  # type: ignore[no-untyped-def]
        shown_text.append(dialog.findChild(type(dialog.message), "question_text").text())
        dialog.answer.setPlainText("はい、法人宛なので「御中」でお願いします。")
        qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
        if dialog.isVisible():  # never leave a modal dialog open behind a failed test
            dialog.reject()

    timer = when_modal(QuestionDialog, answer)
    qtbot.keyClick(section.items, Qt.Key.Key_Return)
    timer.stop()
    assert shown_text == [QUESTION]
    assert section.count() == 0 and not section.isVisible()
    assert page.badge() == badge_before - 1
    # The answer travels in December's packet for the secretary, in the task's data, once.
    december = bundles.preview(ui_ctx.store, find_recipient(ui_ctx.store, "田中"), *DEC)
    task = next(t for t in december.plan.tasks if t.chore.label == title)
    assert dict(task.chore.fields)["answers"] == f"{due.isoformat()}: {QUESTION}\n→ はい、法人宛なので「御中」でお願いします。"
    packet = tmp_path / "dec.zip"
    bundles.export(ui_ctx.store, december, bundles.default_work_order(ui_ctx.store, december, DEMO_TODAY), packet, password=PASSWORD, today=DEMO_TODAY)
    with pyzipper.AESZipFile(packet) as zf:
        zf.setpassword(PASSWORD.encode())
        tasks = json.loads(zf.read("data/bundle.json"))["tasks"]
    assert [t["answers"] for t in tasks if t["title"] == title] == [dict(task.chore.fields)["answers"]]
    again = bundles.preview(ui_ctx.store, find_recipient(ui_ctx.store, "田中"), *DEC)
    assert all("answers" not in dict(t.chore.fields) for t in again.plan.tasks)


def test_a_question_can_be_dismissed_from_today_and_from_the_chore(qtbot, ui_ctx, asked) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.chores.page import ChoresPage

    secretary, occurrence, title, _ = asked
    chores_page = ChoresPage(ui_ctx)
    qtbot.addWidget(chores_page)
    chores_page.show()
    chore_id = returns.open_questions(ui_ctx.store)[0].chore_id
    chores_page.select(chore_id)
    assert chores_page.buttons["question"].isVisible()
    assert QUESTION in chores_page.detail.toPlainText() and secretary.name in chores_page.detail.toPlainText()
    _, section = _today(qtbot, ui_ctx)
    timer = when_modal(QuestionDialog, lambda dialog: qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton))
    qtbot.mouseClick(chores_page.buttons["question"], Qt.MouseButton.LeftButton)
    timer.stop()
    assert returns.open_questions(ui_ctx.store) == []
    assert section.count() == 0  # Today heard the change
    assert not chores_page.buttons["question"].isVisible() and QUESTION not in chores_page.detail.toPlainText()


def test_a_return_with_a_receipt_refreshes_the_expenses_page_and_its_badge(qtbot, main_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services.expenses.sample_files import receipt_png

    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)
    store = main_window.ctx.store
    secretary = find_recipient(store, "田中")
    shown = bundles.preview(store, secretary, *NOV)
    packet = tmp_path / "p.zip"
    bundles.export(store, shown, bundles.default_work_order(store, shown, DEMO_TODAY), packet, password=PASSWORD, today=DEMO_TODAY)
    secrets.store_password(secretary.id, PASSWORD)
    with pyzipper.AESZipFile(packet) as zf:
        zf.setpassword(PASSWORD.encode())
        manifest, sheet = zf.read("manifest.json"), zf.read("return/status.csv")
    back = tmp_path / "back.zip"
    with pyzipper.AESZipFile(back, "w", encryption=pyzipper.WZ_AES) as zf:
        zf.setpassword(PASSWORD.encode())
        zf.writestr("manifest.json", manifest)
        zf.writestr("return/status.csv", sheet)
        zf.writestr("return/receipts/20261118_文具店_1200.png", receipt_png("文具店 1200", seed=5))
    expenses_page = main_window.page("expenses")
    drafts_before = expenses_page.inbox.count()
    handoff = main_window.page("handoff")
    main_window.show_page("handoff")
    handoff.import_file(back)
    qtbot.waitUntil(lambda: handoff.returns.review is not None, timeout=20_000)
    qtbot.mouseClick(handoff.returns.apply_button, Qt.MouseButton.LeftButton)
    assert expenses_page.inbox.count() == drafts_before + 1
    row = [spec.key for spec in PAGES].index("expenses")
    assert str(drafts_before + 1) in main_window.sidebar.item(row).text()
