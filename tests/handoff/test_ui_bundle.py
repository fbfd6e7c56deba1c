"""The bundle builder driven with qtbot on the sample data: preview, work order, export, cancel."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
import pyzipper
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from tests.handoff.ui_helpers import CONFIDENTIAL_CHORE, children, with_modal
from ushiro_desk.reports.handoff import writer
from ushiro_desk.services.handoff import bundles, secrets
from ushiro_desk.ui.today.dialogs import to_qdate

SEVEN_ZIP = shutil.which("7z")


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where packets go (tmp_path holds the data dir too)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _wait_export(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.bundle.exporting, timeout=20_000)


def test_the_preview_lists_tasks_with_due_dates_and_what_stays_home(handoff_page) -> None:  # type: ignore[no-untyped-def]
    tab = handoff_page.bundle
    assert tab.current_recipient().name == "オンライン秘書 田中 由美"
    shown = tab.preview
    tasks = children(tab.section(0))
    assert [t.text(0) for t in tasks] == [t.chore.label for t in shown.plan.tasks]
    for item, task in zip(tasks, shown.plan.tasks):
        assert item.data(1, Qt.ItemDataRole.UserRole) == [d.isoformat() for d in task.due_dates]
        assert all(f"{d.month}/{d.day} (" in item.text(1) for d in task.due_dates)
    home = {c.text(0): (c.text(1), c.data(0, Qt.ItemDataRole.UserRole)) for c in children(tab.section(4))}
    assert home[f"Chore: {CONFIDENTIAL_CHORE}"] == ("Confidential: touches confidential data", "confidential")
    assert all(CONFIDENTIAL_CHORE not in t.text(0) for t in tasks)
    assert tab.section(3).childCount() == len(shown.occurrences) > 0
    assert f"{len(shown.plan.tasks)} tasks" in tab.summary.text()


def test_a_bank_account_number_is_masked_with_its_reason_until_allowed(qtbot, handoff_page) -> None:  # type: ignore[no-untyped-def]
    people = handoff_page.recipients
    handoff_page.tabs.setCurrentWidget(people)
    people.kind_boxes[next(k for k in people.kind_boxes if k.value == "bank_details")].setChecked(True)
    row = next(i for i, c in enumerate(people.assigned) if c.title == "請求書発行")
    column = 2 + [k.value for k in people.kind_boxes].index("bank_details")
    people.needs_table.item(row, column).setCheckState(Qt.CheckState.Checked)
    assert people.save()
    records = children(handoff_page.bundle.section(1))
    bank = [r for r in records if r.text(0).startswith("Bank account:")]
    assert bank, [r.text(0) for r in records]
    masked = children(bank[0])
    assert [(m.text(0), m.text(1)) for m in masked] == [("Account number", "（非開示） — Bank account number: not allowed for this recipient")]
    assert "Account number" not in bank[0].text(1) and "Bank" in bank[0].text(1)

    people.sensitive_boxes[next(s for s in people.sensitive_boxes if s.value == "bank_account")].setChecked(True)
    warning = people.findChild(QLabel, "error:allowed_sensitive")
    assert warning.isVisible() and "unmasked" in warning.text()
    assert people.save()
    bank = [r for r in children(handoff_page.bundle.section(1)) if r.text(0).startswith("Bank account:")]
    assert children(bank[0]) == [] and "Account number" in bank[0].text(1)


def test_a_payment_date_past_60_days_is_a_warning_next_to_it_and_errors_stop_the_export(handoff_page, out: Path) -> None:  # type: ignore[no-untyped-def]
    tab = handoff_page.bundle
    label = tab.findChild(QLabel, "error:payment_date")
    assert label.isHidden()
    delivery = tab.work_order().delivery_date
    tab.payment_date.setDate(to_qdate(delivery + timedelta(days=75)))
    assert label.isVisible() and "60 days" in label.text()
    assert (delivery + timedelta(days=59)).isoformat() in label.text()
    tab.commissioned_on.setDate(to_qdate(delivery + timedelta(days=1)))
    before = tab.findChild(QLabel, "error:delivery_date")
    assert before.isVisible() and "before the day the work is commissioned" in before.text()
    assert tab.export(out / "p.zip") is False
    assert list(out.iterdir()) == [] and bundles.ledger(handoff_page.ctx.store) == []


@pytest.mark.skipif(SEVEN_ZIP is None, reason="7z is installed by .ci/run")
def test_export_writes_a_zip_7zip_opens_shows_the_password_once_and_adds_a_ledger_row(qtbot, handoff_page, memory_keyring, out: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = out / "tanaka.zip"
    monkeypatch.setattr(handoff_page.bundle, "ask_target", lambda folder: target)
    announced = []
    handoff_page.ctx.bus.changed.connect(announced.append)
    qtbot.keyClick(handoff_page.bundle.tree, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    _wait_export(qtbot, handoff_page)
    dialog = handoff_page.bundle.password_dialog
    assert dialog is not None and dialog.isVisible()
    password = dialog.password.text()
    assert list(memory_keyring.values.values()) == [password]
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == password
    dialog.close()
    test = subprocess.run([SEVEN_ZIP, "t", f"-p{password}", str(target)], capture_output=True, text=True)
    assert test.returncode == 0 and "Everything is Ok" in test.stdout
    assert handoff_page.ledger.model.rowCount() == 1
    entry = handoff_page.ledger.model.entry(0)
    assert entry.target == str(target) and entry.encrypted and entry.recipient_name == "オンライン秘書 田中 由美"
    assert any(c.touches("handoff") for c in announced)
    assert password not in handoff_page.ledger.detail.text()


def test_cancel_leaves_no_file_no_ledger_row_and_no_password(qtbot, handoff_page, memory_keyring, out: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real_manifest = writer.manifest

    def cancel_at_the_end(content, hashes):  # type: ignore[no-untyped-def]
        handoff_page.bundle.operation.progress.cancel()  # what the progress dialog's Cancel does
        return real_manifest(content, hashes)

    monkeypatch.setattr(writer, "manifest", cancel_at_the_end)
    assert handoff_page.bundle.export(out / "tanaka.zip")
    _wait_export(qtbot, handoff_page)
    assert list(out.iterdir()) == []
    assert bundles.ledger(handoff_page.ctx.store) == [] and handoff_page.ledger.model.rowCount() == 0
    assert memory_keyring.values == {}
    assert handoff_page.bundle.password_dialog is None
    assert "cancelled" in handoff_page.bundle.export_message.text()


def test_an_unencrypted_folder_is_written_only_after_the_warning(qtbot, handoff_page, out: Path) -> None:  # type: ignore[no-untyped-def]
    tab = handoff_page.bundle
    tab.as_folder.setChecked(True)

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def press(box: QDialog) -> None:
            assert isinstance(box, QMessageBox) and "Anyone who gets a copy" in box.text()
            box.button(button).click()
        return press

    assert with_modal(lambda: tab.export(out / "folder"), answer(QMessageBox.StandardButton.No)) is False
    assert not (out / "folder").exists()
    assert with_modal(lambda: tab.export(out / "folder"), answer(QMessageBox.StandardButton.Yes)) is True
    _wait_export(qtbot, handoff_page)
    assert (out / "folder" / "index.html").is_file()
    assert tab.password_dialog is None
    assert handoff_page.ledger.model.rowCount() == 1 and not handoff_page.ledger.model.entry(0).encrypted
    # The owner's private note on the recipient never leaves.
    note = tab.current_recipient().profile.notes
    assert note and all(note not in p.read_text(encoding="utf-8-sig") for p in (out / "folder").rglob("*") if p.is_file() and p.suffix in (".html", ".csv", ".json"))


def test_without_a_keyring_the_owner_types_the_password_twice(qtbot, handoff_page, memory_keyring, out: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(secrets, "keyring_available", lambda: False)
    seen = {}

    def type_twice(dialog: QDialog) -> None:
        seen["message"] = dialog.findChild(QLabel, "password_message").text()
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)  # type: ignore[attr-defined]
        dialog.first.setText("短い")  # type: ignore[attr-defined]
        seen["short"] = (ok.isEnabled(), dialog.problem.text())  # type: ignore[attr-defined]
        dialog.first.setText("秘書さん用のパスワード")  # type: ignore[attr-defined]
        dialog.second.setText("秘書さん用のパスワーe")  # type: ignore[attr-defined]
        seen["differ"] = (ok.isEnabled(), dialog.problem.text())  # type: ignore[attr-defined]
        dialog.second.setText("秘書さん用のパスワード")  # type: ignore[attr-defined]
        assert ok.isEnabled()
        ok.click()

    target = out / "typed.zip"
    assert with_modal(lambda: handoff_page.bundle.export(target), type_twice) is True
    _wait_export(qtbot, handoff_page)
    assert "No system keyring" in seen["message"]
    assert seen["short"] == (False, "Use at least 8 characters.")
    assert seen["differ"] == (False, "The two passwords differ.")
    assert memory_keyring.values == {} and handoff_page.bundle.password_dialog is None
    with pyzipper.AESZipFile(target) as zf:
        zf.setpassword("秘書さん用のパスワード".encode())
        assert b"bundle_id" in zf.read("manifest.json")


def test_with_employees_a_late_payment_is_an_error_and_a_one_person_corporation_is_protected(handoff_page, out: Path) -> None:  # type: ignore[no-untyped-def]
    """フリーランス法4条 binds a 特定業務委託事業者 (2条6項); 2条1項二号 protects a one-person corporation."""
    from dataclasses import replace

    from ushiro_desk.services import company

    store = handoff_page.ctx.store
    company.save_profile(store, replace(company.load_profile(store), specified_commissioner=True))
    tab = handoff_page.bundle
    delivery = tab.work_order().delivery_date
    tab.payment_date.setDate(to_qdate(delivery + timedelta(days=75)))
    problems = tab.check_order()
    assert [(p.code, p.is_error) for p in problems] == [("work_order.past_60_days", True)]
    tab.individual.setChecked(False)
    assert tab.one_person.isEnabled() and tab.check_order() == []
    tab.one_person.setChecked(True)
    assert tab.work_order().contractor_is_one_person_corporation
    assert [(p.code, p.is_error) for p in tab.check_order()] == [("work_order.past_60_days", True)]
    assert tab.export(out / "p.zip") is False and list(out.iterdir()) == []
