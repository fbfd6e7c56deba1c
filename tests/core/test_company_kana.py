"""口座名義 is checked to be カナ (as the bank registers it): a warning, the profile is still saved."""

from __future__ import annotations

import pytest

from ushiro_desk.domain.company import AccountType, BankAccount, is_kana_holder
from ushiro_desk.services import company


@pytest.mark.parametrize(
    ("holder", "kana"),
    [("ゴトウ マキ", True), ("ｺﾞﾄｳ ﾏｷ", True), ("カ）アオバショウジ", True), ("ゴトウ　マキ", True), ("GOTO MAKI", True),
     ("後藤 真紀", False), ("ごとう まき", False), ("goto maki", False)],
)
def test_kana_holders(holder: str, kana: bool) -> None:
    assert is_kana_holder(holder) is kana
    problems = BankAccount("みずほ銀行", "渋谷支店", AccountType.ORDINARY, "1234567", holder).problems(0)
    assert [p.code for p in problems] == ([] if kana else ["bank.holder_kana"])
    assert all(not p.is_error for p in problems)


def test_a_holder_in_kanji_saves_with_a_warning_next_to_the_accounts(main_window) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("settings")
    tab = main_window.pages["settings"].company
    tab.banks.item(0, 4).setText("後藤 真紀")
    assert tab.save()
    assert tab.bank_errors.isVisibleTo(tab) and "Account 1" in tab.bank_errors.text() and "カナ" in tab.bank_errors.text()
    assert company.load_profile(main_window.ctx.store).bank_accounts[0].account_holder == "後藤 真紀"  # type: ignore[union-attr]
    tab.banks.item(0, 4).setText("ゴトウ マキ")
    assert tab.save()
    assert not tab.bank_errors.isVisibleTo(tab)
