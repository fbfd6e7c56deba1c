"""The chores screens driven with qtbot on the sample data."""

from __future__ import annotations

import sys
import types
from datetime import date, datetime
from pathlib import Path
from typing import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ushiro_desk.domain.chores import OccurrenceState
from ushiro_desk.domain.recurrence import Kind
from ushiro_desk.services import chores
from ushiro_desk.services.calendar import closed_days
from ushiro_desk.ui import clock
from tests.conftest import DEMO_TODAY

# The offscreen platform cannot pass a dialog's size hints on; that is the test platform, not the app.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MONTH_END = date(2026, 11, 30)  # a Monday and the last business day of November 2026


@pytest.fixture
def at(monkeypatch: pytest.MonkeyPatch) -> Callable[[date], None]:
    def set_day(day: date) -> None:
        monkeypatch.setattr(clock, "today", lambda: day)

    set_day(DEMO_TODAY)
    return set_day


def with_modal(action: Callable[[], object], handle: Callable[[QDialog], None]) -> object:
    """Run `action`, which opens a modal dialog, and let `handle` drive that dialog."""
    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog), dialog
        handle(dialog)

    QTimer.singleShot(0, drive)
    return action()


def today_page(qtbot, ui_ctx):  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.today.page import TodayPage

    page = TodayPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.prepared and page.sections_loaded, timeout=10_000)
    return page


def test_create_a_month_end_chore_tick_it_off_and_see_the_insight_change(qtbot, ui_ctx, at) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.chores.page import ChoresPage
    from ushiro_desk.ui.chores.report import ChoresInsightReport

    at(MONTH_END)
    page = ChoresPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    insight = ChoresInsightReport(ui_ctx)
    qtbot.addWidget(insight)
    insight.reload()
    before_total = insight.report.current.total_minutes  # type: ignore[union-attr]
    before_text = insight.figures["total"].text()
    seen: dict[str, str] = {}

    def fill(editor: QDialog) -> None:
        editor.title_edit.setText("月末の入金予定表の更新")  # type: ignore[attr-defined]
        editor.goal.setPlainText("来月の入金予定がすべて表に入っている")  # type: ignore[attr-defined]
        editor.steps.setPlainText("1. 請求一覧を開く\n2. **入金予定日**を転記")  # type: ignore[attr-defined]
        cadence = editor.cadence  # type: ignore[attr-defined]
        cadence.kind.setCurrentIndex(cadence.kind.findData(Kind.MONTHLY_LAST_BUSINESS_DAY.value))
        seen["next"] = cadence.next_label.text()
        seen["preview"] = editor.steps_preview.toHtml()  # type: ignore[attr-defined]
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    chore_id = with_modal(page.new_chore, fill)
    assert isinstance(chore_id, int)
    # The next five dates, live while editing: the last business day of each month.
    assert "2026-11-30" in seen["next"] and "2026-12-30" in seen["next"] and "2027-01-29" in seen["next"]
    assert "2027-03-31" in seen["next"]
    assert "<b>" in seen["preview"] or "font-weight" in seen["preview"]  # the Markdown is rendered
    assert page.current_chore().title == "月末の入金予定表の更新"  # type: ignore[union-attr]
    assert "入金予定日" in page.detail.toPlainText()

    today = today_page(qtbot, ui_ctx)
    index = next(
        today.model.index(row, 0, today.model.index(g, 0))
        for g, group in enumerate(today.model.groups) if group.key == "today"
        for row, item in enumerate(group.items) if item.chore_id == chore_id
    )
    today.view.setFocus()
    today.view.setCurrentIndex(index)
    qtbot.keyClicks(today.view, "45")
    assert today.minutes.value() == 45
    qtbot.keyClick(today.view, Qt.Key.Key_Space)
    done = [i for i in today.view_data.finished_today if i.chore_id == chore_id]  # type: ignore[union-attr]
    assert [(i.state, i.minutes) for i in done] == [(OccurrenceState.DONE, 45)]

    insight.reload()
    assert insight.report.current.total_minutes == before_total + 45  # type: ignore[union-attr]
    assert insight.figures["total"].text() != before_text


def test_today_lists_groups_and_badges(qtbot, ui_ctx, at) -> None:  # type: ignore[no-untyped-def]
    page = today_page(qtbot, ui_ctx)
    view = chores.today_view(ui_ctx.store, DEMO_TODAY)
    keys = [g.key for g in page.model.groups]
    assert keys[:2] == ["overdue", "today"] and "upcoming" in keys
    others = sum(section.count() for section in page.sections)  # the other areas' sections (expenses…)
    assert page.badge() == view.due_count + others and view.due_count > 0
    assert page.missed_banner.isHidden()


def test_today_shows_overdue_in_red_finished_struck_through_and_headings_not_selectable(qtbot, ui_ctx, at) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor

    from ushiro_desk.ui.today.model import FINISHED_COLOR, FOREGROUND_ROLE, OVERDUE_COLOR

    assert FOREGROUND_ROLE == Qt.ItemDataRole.ForegroundRole.value
    page = today_page(qtbot, ui_ctx)
    first = page.current_item()
    assert first is not None
    page.tick_off()  # one finished row
    model = page.model
    seen = set()
    for g, group in enumerate(model.groups):
        heading = model.index(g, 0)
        assert heading.data().startswith(group.title) and f"({len(group.items)})" in heading.data()
        assert not model.flags(heading) & Qt.ItemFlag.ItemIsSelectable
        for row, item in enumerate(group.items):
            cells = [model.index(row, column, heading) for column in range(model.COLUMNS)]
            assert cells[0].data() == item.title
            assert all(not model.flags(c) & Qt.ItemFlag.ItemIsEditable for c in cells)
            assert model.flags(cells[0]) & Qt.ItemFlag.ItemIsSelectable
            color = cells[0].data(Qt.ItemDataRole.ForegroundRole)
            if group.key == "overdue":
                assert QColor(color).name() == OVERDUE_COLOR
            elif group.key == "finished":
                assert QColor(color).name() == FINISHED_COLOR and cells[0].data(Qt.ItemDataRole.FontRole).strikeOut()
            else:
                assert color is None
            seen.add(group.key)
    assert {"overdue", "today", "finished"} <= seen


def test_today_says_so_when_nothing_is_due(qtbot, qapp, store, prefs, at) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.context import ChangeBus, UiContext
    from ushiro_desk.ui.today.page import TodayPage

    page = TodayPage(UiContext(store=store, prefs=prefs, bus=ChangeBus()))
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0 and page.empty.isVisible()
    assert page.current_item() is None and not page.done_button.isEnabled()


def test_the_models_pass_the_model_tester(qtbot, qtmodeltester, ui_ctx, at) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.chores.model import ChoresModel
    from ushiro_desk.ui.today.model import TodayModel

    today = TodayModel()
    today.set_view(chores.today_view(ui_ctx.store, DEMO_TODAY), DEMO_TODAY,
                   {"overdue": "o", "today": "t", "upcoming": "u", "finished": "f"})
    qtmodeltester.check(today)
    inventory = ChoresModel()
    inventory.set_data(chores.list_chores(ui_ctx.store), chores.next_due_dates(ui_ctx.store), {})
    qtmodeltester.check(inventory)


def test_skip_snooze_and_undo_from_the_keyboard(qtbot, ui_ctx, at) -> None:  # type: ignore[no-untyped-def]
    page = today_page(qtbot, ui_ctx)
    page.view.setFocus()
    first = page.current_item()
    assert first is not None and first.state is OccurrenceState.OPEN
    qtbot.keyClick(page.view, Qt.Key.Key_S)
    skipped = [i for i in page.view_data.finished_today if i.occurrence_id == first.occurrence_id]  # type: ignore[union-attr]
    assert skipped and skipped[0].state is OccurrenceState.SKIPPED
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert all(i.occurrence_id != first.occurrence_id for i in page.view_data.finished_today)  # type: ignore[union-attr]
    item = page.current_item()
    assert item is not None
    page.snooze(date(2026, 11, 27))
    moved = [i for i in page.view_data.upcoming if i.occurrence_id == item.occurrence_id]  # type: ignore[union-attr]
    assert moved and moved[0].planned == date(2026, 11, 27) and moved[0].due == item.due


def test_missed_occurrences_are_offered_for_a_decision(qtbot, ui_ctx, at) -> None:  # type: ignore[no-untyped-def]
    at(DEMO_TODAY.replace(day=26))  # six days later: the app was closed in between
    page = today_page(qtbot, ui_ctx)
    assert not page.missed_banner.isHidden()
    missed = list(page._missed)
    assert missed and all(DEMO_TODAY < m.planned < date(2026, 11, 26) for m in missed)

    def skip_all(dialog: QDialog) -> None:
        assert dialog.table.rowCount() == len(missed)  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.skip_all, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    with_modal(page.review_missed, skip_all)
    assert page.missed_banner.isHidden()
    assert chores.missed(ui_ctx.store, date(2026, 11, 26)) == []
    states = {i.occurrence_id: i.state for i in chores.due_listing(ui_ctx.store, DEMO_TODAY, date(2026, 11, 25), date(2026, 11, 26))}
    assert all(states[m.occurrence_id] is OccurrenceState.SKIPPED for m in missed)


def test_sections_from_other_areas_join_the_page_and_the_badge(qtbot, ui_ctx, at, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    class TodaySection(QWidget):
        reloads = 0

        def __init__(self, ctx, parent=None) -> None:  # type: ignore[no-untyped-def]
            super().__init__(parent)
            self.setObjectName("fake_invoices_section")
            self.reload()  # a section loads itself when made (inside the page: it is its parent)

        def reload(self) -> None:
            TodaySection.reloads += 1

        def count(self) -> int:
            return 4

    fake = types.ModuleType("ushiro_desk.ui.invoices.today_section")
    fake.TodaySection = TodaySection  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, fake.__name__, fake)
    page = today_page(qtbot, ui_ctx)
    assert page.findChild(QWidget, "fake_invoices_section") is not None
    assert TodaySection.reloads == 1  # loaded once, not again right after its constructor (issue 17)
    others = sum(section.count() for section in page.sections if not isinstance(section, TodaySection))
    assert page.badge() == chores.today_view(ui_ctx.store, DEMO_TODAY).due_count + 4 + others


def test_without_a_tray_the_reminder_stays_silent(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QSystemTrayIcon

    from ushiro_desk.ui.today.reminder import TrayReminder, msecs_until

    reminder = TrayReminder("09:00", lambda: 3)
    assert reminder.available == QSystemTrayIcon.isSystemTrayAvailable()
    if not reminder.available:
        assert reminder.icon is None and not reminder.timer.isActive()
    assert msecs_until(datetime(2026, 11, 20, 8, 30), "09:00") == 30 * 60 * 1000
    assert msecs_until(datetime(2026, 11, 20, 9, 0), "09:00") == 24 * 3600 * 1000
    assert msecs_until(datetime(2026, 11, 20, 8, 0), "nonsense") == 3600 * 1000


def test_the_editor_puts_problems_next_to_their_fields(qtbot, ui_ctx, at) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.domain.chores import Delegability
    from ushiro_desk.ui.chores.editor import ChoreEditor

    editor = ChoreEditor(ui_ctx, None, DEMO_TODAY)
    qtbot.addWidget(editor)
    editor.delegability.setCurrentIndex(editor.delegability.findData(Delegability.OWNER_ONLY.value))
    editor.cadence.kind.setCurrentIndex(editor.cadence.kind.findData(Kind.CUSTOM.value))
    editor.cadence.rrule.setText("FREQ=MONTHLY;BYMONTHDAY=45")
    assert "FREQ=MONTHLY;BYMONTHDAY=45" in editor.cadence.next_label.text()
    editor.save()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert not editor.errors.label("title").isHidden()
    assert not editor.errors.label("owner_only_reason").isHidden()
    assert len(chores.list_chores(ui_ctx.store)) == 17


def test_the_starter_set_fills_an_empty_inventory_in_english(qtbot, store, prefs, at) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.chores.page import ChoresPage
    from ushiro_desk.ui.context import ChangeBus, UiContext

    ctx = UiContext(store=store, prefs=prefs, bus=ChangeBus())
    page = ChoresPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.empty_state.isVisible()

    def pick(dialog: QDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))  # type: ignore[attr-defined]
        dialog._check_all(False)  # type: ignore[attr-defined]
        for row in range(3):
            dialog.list.item(row).setCheckState(Qt.CheckState.Checked)  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    with_modal(page.pick_starters, pick)
    titles = sorted(c.title for c in chores.list_chores(store))
    assert titles == ["Check and sort email", "Issue invoices", "Record expenses and file receipts"]
    assert not page.empty_state.isVisible() and page.model.rowCount() == 3


def test_filters_archive_and_calendar_export(qtbot, ui_ctx, at, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.chores.page import ChoresPage

    page = ChoresPage(ui_ctx)
    qtbot.addWidget(page)
    secretary = next(o for o in chores.list_chores(ui_ctx.store) if o.assignee_id is not None).assignee_id
    page.assignee_filter.setCurrentIndex(page.assignee_filter.findData(str(secretary)))
    assert page.model.rowCount() > 0
    assert all(page.model.chore(r).assignee_id == secretary for r in range(page.model.rowCount()))
    page.assignee_filter.setCurrentIndex(0)
    page.delegability_filter.setCurrentIndex(page.delegability_filter.findData("owner_only"))
    owner_only = [page.model.chore(r) for r in range(page.model.rowCount())]
    assert owner_only and all(c.delegability.value == "owner_only" for c in owner_only)
    page.delegability_filter.setCurrentIndex(0)

    chosen = page.current_chore()
    assert chosen is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.toggle_archive()
    assert all(page.model.chore(r).id != chosen.id for r in range(page.model.rowCount()))
    assert chores.load_chore(ui_ctx.store, chosen.id or 0).archived
    assert chores.history(ui_ctx.store, chosen.id or 0)  # its history is kept

    target = page.export_ics(tmp_path / "chores.ics")
    assert target is not None and target.read_bytes().count(b"BEGIN:VEVENT") == page.model.rowCount()


def test_settings_closed_days_move_due_dates_and_rates_are_saved(qtbot, ui_ctx, at) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.chores.settings_tab import ChoresSettingsTab
    from ushiro_desk.ui.today.dialogs import to_qdate

    tab = ChoresSettingsTab(ui_ctx)
    qtbot.addWidget(tab)
    before = chores.due_listing(ui_ctx.store, date(2026, 11, 30), date(2026, 11, 30), DEMO_TODAY)
    assert before
    tab.range_from.setDate(to_qdate(date(2026, 11, 30)))
    tab.range_to.setDate(to_qdate(date(2026, 11, 30)))
    tab.closed_note.setText("棚卸し休業")
    assert tab.add_closed_range()
    assert closed_days(ui_ctx.store)[date(2026, 11, 30)] == "棚卸し休業"
    after = chores.due_listing(ui_ctx.store, date(2026, 11, 30), date(2026, 11, 30), DEMO_TODAY)
    assert len(after) < len(before)  # dates kept only by chores whose rule keeps the date
    tab.owner_rate.setValue(12000)
    assert tab.save_rates()
    assert chores.load_settings(ui_ctx.store).owner_hourly_yen == 12000


def test_the_pages_appear_in_the_main_window(main_window, at) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.chores.page import ChoresPage
    from ushiro_desk.ui.today.page import TodayPage

    today = main_window.page("today")
    assert isinstance(today, TodayPage)
    assert main_window.badge("today") == today.badge() > 0
    assert isinstance(main_window.page("chores"), ChoresPage)
    reports = main_window.page("reports")
    assert any(r.title() == "Chores insight" for r in reports.area_reports)
    settings = main_window.page("settings")
    assert any(settings.tabs.tabText(i) == "Chores" for i in range(settings.tabs.count()))
