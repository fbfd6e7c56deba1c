"""The small things of the daily path: Undo's state, leaving the sample data for a new data folder,
the withholding hint after a legal-form switch, the user guide, and messages that offer to go there."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import DEMO_TODAY
from ushiro_desk.ui import clock


@pytest.fixture
def on_demo_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)


def today_page(qtbot, ui_ctx):  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.today.page import TodayPage

    page = TodayPage(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.prepared and page.sections_loaded, timeout=10_000)
    return page


# -- Undo ----------------------------------------------------------------------------------------


def test_the_undo_button_is_enabled_after_a_tick_because_ctrl_z_would_undo_it(qtbot, ui_ctx, on_demo_day) -> None:  # type: ignore[no-untyped-def]
    page = today_page(qtbot, ui_ctx)
    page.view.setFocus()
    first = page.current_item()
    assert first is not None and not page.undo_button.isEnabled()
    qtbot.keyClick(page.view, Qt.Key.Key_Space)  # tick off; the cursor moves on to the next open chore
    assert page.current_item() is not None and page.current_item().occurrence_id != first.occurrence_id
    assert page.undo_button.isEnabled()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert all(i.occurrence_id != first.occurrence_id for i in page.view_data.finished_today)  # type: ignore[union-attr]
    assert page.current_item().occurrence_id == first.occurrence_id  # back on the reopened chore
    assert not page.undo_button.isEnabled()  # nothing left that Ctrl+Z would undo


# -- data folders ----------------------------------------------------------------------------------


def test_the_remembered_data_folder_is_used_after_the_command_line_and_the_environment(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.paths import DATA_DIR_ENV, data_paths

    monkeypatch.delenv(DATA_DIR_ENV)
    chosen = tmp_path / "chosen"
    assert data_paths(None, str(chosen)).root == chosen
    assert data_paths(str(tmp_path / "cli"), str(chosen)).root == tmp_path / "cli"
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert data_paths(None, str(chosen)).root == tmp_path / "env"


def test_the_command_line_follows_the_folder_chosen_in_the_app(tmp_path, monkeypatch, prefs) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from ushiro_desk.cli.common import paths_of
    from ushiro_desk.paths import DATA_DIR_ENV

    monkeypatch.delenv(DATA_DIR_ENV)
    prefs["data_dir"] = str(tmp_path / "chosen")
    prefs.save()
    assert paths_of(argparse.Namespace()).root == tmp_path / "chosen"


def test_a_new_data_folder_must_be_empty_and_an_opened_one_must_hold_data(tmp_path, store) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.setup.data_folder import NEW, OPEN, problem

    empty = tmp_path / "empty"
    empty.mkdir()
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("x")
    assert problem(NEW, empty, store.paths) is None
    assert problem(NEW, tmp_path / "not-yet", store.paths) is None
    assert "not empty" in problem(NEW, busy, store.paths)  # type: ignore[operator]
    assert "already holds" in problem(NEW, store.paths.root, store.paths.__class__(tmp_path / "other"))  # type: ignore[operator]
    assert "in use now" in problem(OPEN, store.paths.root, store.paths)  # type: ignore[operator]
    assert "no Ushiro Desk data" in problem(OPEN, empty, store.paths)  # type: ignore[operator]
    assert problem(OPEN, store.paths.root, store.paths.__class__(tmp_path / "other")) is None


def test_new_data_folder_remembers_the_folder_and_starts_again_there(main_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.setup import data_folder

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(data_folder, "ask", lambda *_args: True)
    monkeypatch.setattr(data_folder, "start_detached", lambda program, args: started.append((program, args)) or True)
    target = tmp_path / "fresh"
    assert main_window.switch_data_folder(data_folder.NEW, target)
    [(_program, args)] = started
    assert args[args.index("--data-dir") + 1] == str(target)
    assert args[args.index("--config-dir") + 1] == str(main_window.ctx.prefs.path.parent)
    saved = json.loads(main_window.ctx.prefs.path.read_text(encoding="utf-8"))
    assert saved["data_dir"] == str(target.resolve())
    assert not main_window.isVisible()  # this window gave way to the new start


def test_a_refused_folder_changes_nothing(main_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.setup import data_folder

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(data_folder, "start_detached", lambda *_args: pytest.fail("must not restart"))
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "a.txt").write_text("x")
    assert not main_window.switch_data_folder(data_folder.NEW, busy)
    assert shown and main_window.ctx.prefs["data_dir"] == ""


def test_the_file_menu_offers_new_and_open_data_folder(main_window) -> None:  # type: ignore[no-untyped-def]
    names = {a.objectName() for menu in main_window.menuBar().actions() for a in menu.menu().actions()}
    assert {"new_data_folder", "open_data_folder", "user_guide", "setup_checklist"} <= names


# -- withholding after a legal-form switch ---------------------------------------------------------------


def test_switching_to_sole_proprietor_names_the_drafts_that_keep_withholding_off(qtbot, qapp, store, prefs) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from ushiro_desk.domain.company import EntityType
    from ushiro_desk.domain.invoicing.client import Client, Honorific
    from ushiro_desk.domain.invoicing.document import DocumentKind
    from ushiro_desk.services import company
    from ushiro_desk.services.invoicing import clients, documents
    from ushiro_desk.ui.context import ChangeBus, UiContext
    from ushiro_desk.ui.settings_tabs.company import CompanyTab
    from tests.invoices.conftest import MIXED_LINES, PROFILE

    company.save_profile(store, replace(PROFILE, entity_type=EntityType.CORPORATION, registration_number="T9010401123456"))
    client, _, _ = clients.save_client(store, Client("株式会社アオバ商事", Honorific.ONCHU, withholds=True))
    draft = documents.new_document(store, DocumentKind.INVOICE, client.id or 0, issue_date=date(2026, 5, 29))
    assert not draft.withholding  # a corporation's fees are not withheld
    documents.save_draft(store, replace(draft, lines=MIXED_LINES, subject="サイト制作"))
    tab = CompanyTab(UiContext(store=store, prefs=prefs, bus=ChangeBus()))
    qtbot.addWidget(tab)
    tab.entity.setCurrentIndex(tab.entity.findData(EntityType.SOLE_PROPRIETOR.value))
    tab.fields["registration_number"].setText("T7010705000725")
    assert tab.save()
    assert "株式会社アオバ商事「サイト制作」" in tab.message.text() and "源泉徴収" in tab.message.text()
    tab.save()  # saving again without a switch says only that it saved
    assert tab.message.text() == "Saved."


# -- the guide and the way to what is missing ------------------------------------------------------------


@pytest.mark.parametrize("language, heading", [("ja", "うしろデスク 利用ガイド"), ("en", "Ushiro Desk — user guide")])
def test_help_user_guide_shows_the_bundled_guide_in_the_ui_language(main_window, qapp, language, heading) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.setup.guide import slug

    main_window.ctx.prefs["language"] = language
    guide = main_window.show_guide()
    text = guide.browser.toPlainText()
    assert text.startswith(heading) or heading.lower() in text.lower()[:80], text[:80]
    guide.browser.verticalScrollBar().setValue(0)
    fourth = next(line for line in guide.path.read_text(encoding="utf-8").splitlines() if line.startswith("## 4."))
    assert guide.scroll_to_heading(slug(fourth[3:]))
    assert guide.browser.textCursor().block().text() == fourth[3:]
    guide.close()


def test_no_clients_yet_offers_to_go_and_add_one(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.services.invoicing import clients
    from ushiro_desk.ui.setup import navigation

    monkeypatch.setattr(clients, "list_clients", lambda *_args, **_kw: [])
    texts: list[str] = []

    def choose_go(box: QMessageBox) -> None:
        texts.append(box.text())
        go = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        go.click()

    monkeypatch.setattr(navigation, "answer", choose_go)
    main_window.show_page("invoices")
    page = main_window.pages["invoices"]
    page.table.clearSelection()
    from ushiro_desk.domain.invoicing.document import DocumentKind

    assert page.new_document(DocumentKind.INVOICE) is None
    assert texts == ["Add a client on the Clients page first."]
    assert main_window.current_key() == "clients"
    assert QApplication.focusWidget() is main_window.pages["clients"].fields["name"]


def test_issuing_without_a_company_profile_offers_to_open_it(qtbot, qapp, store, prefs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.domain.invoicing.client import Client, Honorific
    from ushiro_desk.domain.invoicing.document import DocumentKind
    from ushiro_desk.services.invoicing import clients, documents
    from ushiro_desk.ui.context import ChangeBus, UiContext
    from ushiro_desk.ui.main_window import MainWindow
    from ushiro_desk.ui.setup import navigation
    from tests.invoices.conftest import MIXED_LINES
    from dataclasses import replace

    client, _, _ = clients.save_client(store, Client("株式会社アオバ商事", Honorific.ONCHU))
    draft = documents.new_document(store, DocumentKind.INVOICE, client.id or 0, issue_date=date(2026, 5, 29))
    saved, _, _ = documents.save_draft(store, replace(draft, lines=MIXED_LINES))
    window = MainWindow(UiContext(store=store, prefs=prefs, bus=ChangeBus()))
    qtbot.addWidget(window)
    window.show()
    texts: list[str] = []

    def choose_go(box: QMessageBox) -> None:
        texts.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()

    monkeypatch.setattr(navigation, "answer", choose_go)
    window.show_page("invoices")
    page = window.pages["invoices"]
    page.select_ids([saved.id])
    assert not page.issue_selected()
    assert texts == ["Enter your company profile in Settings first."]
    assert window.current_key() == "settings"
    assert window.focusWidget() is window.pages["settings"].company.fields["name"]


def test_the_checklist_can_be_hidden_and_comes_back_from_the_help_menu(empty_window) -> None:  # type: ignore[no-untyped-def]
    checklist = empty_window.pages["today"].setup_checklist
    assert checklist.isVisible()
    checklist.hide_button.click()
    assert not checklist.isVisible() and empty_window.ctx.prefs["setup_dismissed"]
    empty_window.pages["today"].reload()
    checklist.reload()
    assert not checklist.isVisible()
    empty_window.show_page("clients")
    empty_window.show_setup_checklist()
    assert empty_window.current_key() == "today" and checklist.isVisible()


def test_the_welcome_dialog_names_a_command_the_file_menu_has(empty_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui import startup

    seen: list[str] = []

    def record(box: QMessageBox) -> int:
        seen.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    assert startup.ask_sample_data() is None
    file_menu = empty_window.menuBar().actions()[0].menu()
    new_folder = next(a for a in file_menu.actions() if a.objectName() == "new_data_folder")
    name = new_folder.text().split("(")[0].replace("&", "").rstrip("…")  # 「新しいデータフォルダ」
    assert name and name in seen[0], (name, seen)
