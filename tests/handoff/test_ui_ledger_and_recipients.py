"""The disclosure ledger tab (expired packets flagged, deletion confirmed) and the recipient editor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from tests.conftest import DEMO_TODAY
from tests.handoff.ui_helpers import NOV, with_modal
from ushiro_desk.domain.chores import Area
from ushiro_desk.services.changes import HANDOFF, Changes
from ushiro_desk.services.handoff import bundles
from ushiro_desk.services.handoff.recipients import find_recipient


def _export(store, tmp_path: Path, name: str, expires_on: date | None = None):  # type: ignore[no-untyped-def]
    secretary = find_recipient(store, "田中")
    shown = bundles.preview(store, secretary, *NOV)
    target = tmp_path / "out" / name
    target.parent.mkdir(exist_ok=True)
    entry, _ = bundles.export(store, shown, bundles.default_work_order(store, shown, DEMO_TODAY), target,
                              password="pw-correct-horse", today=DEMO_TODAY, expires_on=expires_on)
    return entry


def test_an_expired_packet_is_flagged_until_its_deletion_is_confirmed(qtbot, handoff_page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = handoff_page.ctx.store
    assert handoff_page.badge() == 0 and handoff_page.ledger.banner.isHidden()
    current = _export(store, tmp_path, "current.zip")
    expired = _export(store, tmp_path, "old.zip", expires_on=date(2026, 11, 10))
    badges = []
    handoff_page.badge_changed.connect(badges.append)
    handoff_page.ctx.bus.announce(Changes.of(HANDOFF))
    assert handoff_page.badge() == 1 and badges[-1] == 1
    tab = handoff_page.ledger
    handoff_page.tabs.setCurrentWidget(tab)
    assert tab.banner.isVisible() and "Expired packets: 1." in tab.banner_text.text()
    rows = {tab.model.entry(r).bundle_id: r for r in range(tab.model.rowCount())}
    red = tab.model.index(rows[expired.bundle_id], 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QBrush) and red.color().name() == "#c62828"
    assert tab.model.index(rows[current.bundle_id], 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert tab.model.index(rows[expired.bundle_id], 8).data() == "Expired: ask for deletion"
    assert tab.current_entry().bundle_id == expired.bundle_id  # the one that needs attention is selected

    def yes(box: QDialog) -> None:
        assert isinstance(box, QMessageBox) and "オンライン秘書 田中 由美" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    assert with_modal(tab.confirm_deletion, yes) is True
    assert handoff_page.badge() == 0 and badges[-1] == 0 and tab.banner.isHidden()
    row = next(r for r in range(tab.model.rowCount()) if tab.model.entry(r).bundle_id == expired.bundle_id)
    assert tab.model.index(row, 8).data() == f"Deletion confirmed {DEMO_TODAY.isoformat()}"
    assert not tab.confirm_button.isEnabled()


def test_the_profile_editor_warns_at_the_field_saves_and_keeps_private_notes_apart(qtbot, handoff_page) -> None:  # type: ignore[no-untyped-def]
    tab = handoff_page.recipients
    handoff_page.tabs.setCurrentWidget(tab)
    firm = next(r for r in tab.recipients if r.name == "税理士法人みなと会計")
    tab.select(firm.id)
    assert tab.current.id == firm.id
    no_areas = tab.findChild(QLabel, "error:areas")
    assert no_areas.isVisible() and "No areas are ticked" in no_areas.text()
    tab.kind_boxes[next(iter(tab.kind_boxes))].setChecked(True)
    nda = tab.findChild(QLabel, "error:nda_date")
    assert nda.isVisible() and "NDA" in nda.text()
    tab.area_boxes[Area.ACCOUNTING.value].setChecked(True)
    assert no_areas.isHidden()
    tab.has_nda.setChecked(True)
    assert nda.isHidden()
    tab.edits["channel"].setText("メール（担当: 佐藤）")
    tab.notes.setPlainText("顧問料の見直し交渉中")
    assert tab.save_button.isEnabled()
    qtbot.keyClick(tab.edits["channel"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not tab.dirty and "Saved" in tab.message.text()
    saved = find_recipient(handoff_page.ctx.store, "みなと").profile
    assert saved.channel == "メール（担当: 佐藤）" and saved.areas == frozenset({"accounting"})
    assert saved.notes == "顧問料の見直し交渉中" and saved.nda_date == DEMO_TODAY
    assert "never leave" in tab.notes.parentWidget().title()


def test_unsaved_edits_are_not_lost_when_another_recipient_is_chosen(qtbot, handoff_page) -> None:  # type: ignore[no-untyped-def]
    tab = handoff_page.recipients
    handoff_page.tabs.setCurrentWidget(tab)
    secretary = tab.current
    tab.edits["working_hours"].setText("平日 9:00〜15:00")
    other = next(r for r in tab.recipients if r.id != secretary.id)

    def cancel(box: QDialog) -> None:
        box.button(QMessageBox.StandardButton.Cancel).click()

    with_modal(lambda: tab.select(other.id), cancel)
    assert tab.current.id == secretary.id and tab.edits["working_hours"].text() == "平日 9:00〜15:00"
    # A change elsewhere reloads the page; the edit survives.
    handoff_page.reload()
    assert tab.dirty and tab.edits["working_hours"].text() == "平日 9:00〜15:00"

    def save(box: QDialog) -> None:
        box.button(QMessageBox.StandardButton.Save).click()

    with_modal(lambda: tab.select(other.id), save)
    assert tab.current.id == other.id
    assert find_recipient(handoff_page.ctx.store, "田中").profile.working_hours == "平日 9:00〜15:00"


def test_data_needs_show_what_stays_home(qtbot, handoff_page) -> None:  # type: ignore[no-untyped-def]
    tab = handoff_page.recipients
    handoff_page.tabs.setCurrentWidget(tab)
    titles = [tab.needs_table.item(r, 0).text() for r in range(tab.needs_table.rowCount())]
    row = titles.index("月次集計と試算表の確認")
    assert tab.needs_table.item(row, 1).text() == "Stays home"
    assert "Confidential" in tab.needs_table.item(row, 1).toolTip()
    invoices = titles.index("請求書発行")
    assert tab.needs_table.item(invoices, 1).text() == "Yes"
    tab.area_boxes[Area.ACCOUNTING.value].setChecked(False)
    assert tab.needs_table.item(invoices, 1).text() == "Stays home"
    assert "Outside the areas" in tab.needs_table.item(invoices, 1).toolTip()


def test_the_main_window_builds_the_page_and_shows_the_badge(qtbot, main_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui import clock
    from ushiro_desk.ui.handoff.page import HandoffPage

    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)
    _export(main_window.ctx.store, tmp_path, "old.zip", expires_on=date(2026, 11, 1))
    qtbot.keyClick(main_window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = main_window.page("handoff")
    assert isinstance(page, HandoffPage) and main_window.current_key() == "handoff"
    assert main_window.badge("handoff") == 1


def test_ctrl_i_chooses_a_returned_packet_and_reads_it(qtbot, handoff_page, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    stranger = tmp_path / "stranger.zip"
    stranger.write_bytes(b"not a zip at all")
    asked = []

    def choose(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args)
        return str(stranger), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    handoff_page.bundle.tree.setFocus()
    qtbot.keyClick(handoff_page.bundle.tree, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked and handoff_page.tabs.currentWidget() is handoff_page.returns
    qtbot.waitUntil(lambda: handoff_page.returns.operation is None, timeout=20_000)
    assert "not a ZIP archive" in handoff_page.returns.problem_list.text()
