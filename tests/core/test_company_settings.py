"""The company profile in Settings: errors next to the field, nothing saved half-way."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from ushiro_desk.services import company


def _png(path: Path) -> Path:
    raw = b"\x00" + b"\xff\x00\x00" * 4
    chunks = [
        (b"IHDR", struct.pack(">IIBBBBB", 4, 1, 8, 2, 0, 0, 0)),
        (b"IDAT", zlib.compress(raw)),
        (b"IEND", b""),
    ]
    data = b"\x89PNG\r\n\x1a\n" + b"".join(
        struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body)) for kind, body in chunks
    )
    path.write_bytes(data)
    return path


def _tab(main_window):  # type: ignore[no-untyped-def]
    main_window.show_page("settings")
    return main_window.pages["settings"].company


def test_a_bad_registration_number_is_shown_at_its_field_and_nothing_is_saved(main_window) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(main_window)
    before = company.load_profile(main_window.ctx.store)
    tab.fields["name"].setText("合同会社べつの名前")
    tab.fields["registration_number"].setText("T12345")
    assert not tab.save()
    label = tab.errors.label("registration_number")
    assert label.isVisibleTo(tab) and "13 digits" in label.text()
    assert company.load_profile(main_window.ctx.store) == before


def test_several_errors_are_shown_at_once(main_window) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(main_window)
    tab.fields["name"].setText("")
    tab.fields["email"].setText("not-an-address")
    tab.fields["postal_code"].setText("1500")
    assert not tab.save()
    for field in ("name", "email", "postal_code"):
        assert tab.errors.label(field).isVisibleTo(tab), field


def test_japanese_profile_saves_and_the_number_is_normalised(main_window) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(main_window)
    tab.fields["name"].setText("")
    tab.fields["name"].insert("株式会社うしろ企画")
    tab.fields["registration_number"].setText("t5835-6782-56246")
    assert tab.save()
    saved = company.load_profile(main_window.ctx.store)
    assert saved.name == "株式会社うしろ企画" and saved.registration_number == "T5835678256246"  # type: ignore[union-attr]
    assert tab.fields["registration_number"].text() == "T5835678256246"


def test_a_wrong_check_digit_saves_with_a_warning_for_a_sole_proprietor(main_window) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(main_window)
    tab.entity.setCurrentIndex(tab.entity.findData("sole_proprietor"))
    tab.fields["registration_number"].setText("T9835678256246")
    assert tab.save()
    assert tab.errors.label("registration_number").isVisibleTo(tab)
    tab.entity.setCurrentIndex(tab.entity.findData("corporation"))
    assert not tab.save()


def test_a_bank_account_with_letters_in_its_number_is_refused(main_window) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(main_window)
    tab.banks.item(0, 3).setText("12AB")
    assert not tab.save()
    assert tab.bank_errors.isVisibleTo(tab) and "Account 1" in tab.bank_errors.text()


def test_a_seal_image_is_stored_by_its_hash(main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tab = _tab(main_window)
    assert tab.attach_image("seal", _png(tmp_path / "seal.png"))
    assert tab.save()
    sha = company.load_profile(main_window.ctx.store).seal_sha256  # type: ignore[union-attr]
    assert sha and main_window.ctx.store.files.verify(sha)
    text = tmp_path / "seal.txt"
    text.write_text("not an image")
    assert not tab.attach_image("logo", text)
    assert tab.errors.label("logo").isVisibleTo(tab)


def test_the_specified_commissioner_setting_is_saved(main_window) -> None:  # type: ignore[no-untyped-def]
    """フリーランス法2条6項: the owner says whether it has employees or two or more officers."""
    tab = _tab(main_window)
    assert not tab.specified.isChecked()
    tab.specified.setChecked(True)
    assert tab.save()
    assert company.load_profile(main_window.ctx.store).specified_commissioner  # type: ignore[union-attr]
    tab.load()
    assert tab.specified.isChecked()
