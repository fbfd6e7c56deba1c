"""Ranking candidates for a deposit (pure): each case of 入金消込 with the reason shown."""

from __future__ import annotations

from datetime import date

from ushiro_desk.domain.bank.kana import payer_key
from ushiro_desk.domain.bank.matching import Book, Deposit, OpenDocument, exact_matches

DAY = date(2026, 11, 30)
MINATO, AOBA, SAKURA = 1, 2, 3


def doc(id: int, number: str, client: int, balance: int, due: date = date(2026, 11, 30)) -> OpenDocument:
    return OpenDocument(id, number, client, {1: "株式会社ミナト製作所", 2: "有限会社アオバ商事", 3: "桜工務店"}[client],
                        balance, due, date(2026, 10, 31))


BOOK = Book(
    [
        doc(1, "INV-2026-0101", MINATO, 330_000),
        doc(2, "INV-2026-0102", AOBA, 109_340),
        doc(3, "INV-2026-0103", AOBA, 55_000, date(2026, 10, 31)),
        doc(4, "INV-2026-0104", AOBA, 22_000),
        doc(5, "INV-2026-0105", SAKURA, 110_000),
        doc(6, "INV-2026-0106", SAKURA, 330_000),
    ],
    {MINATO: {payer_key("ミナトセイサクショ")}, AOBA: {payer_key("アオバショウジ")}, SAKURA: {payer_key("桜工務店")}},
)


def best(amount: int, payer: str, text: str = ""):  # type: ignore[no-untyped-def]
    return BOOK.candidates(Deposit(99, DAY, amount, payer, text))


def test_exact_amount_and_payer_name_rank_first() -> None:
    top = best(330_000, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ")[0]
    assert top.numbers == ("INV-2026-0101",)
    assert [r.code for r in top.reasons] == ["exact", "name"]
    assert top.fee == 0


def test_the_same_amount_of_another_client_ranks_below() -> None:
    ranked = best(330_000, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ")
    assert [c.numbers for c in ranked] == [("INV-2026-0101",), ("INV-2026-0106",)]
    assert [r.code for r in ranked[1].reasons] == ["exact"]


def test_a_deducted_bank_fee_is_found_and_booked_as_the_fee() -> None:
    top = best(330_000 - 440, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ")[0]
    assert top.numbers == ("INV-2026-0101",)
    assert [r.code for r in top.reasons] == ["fee", "name"]
    assert top.fee == 440


def test_a_fee_beyond_the_range_is_not_a_fee() -> None:
    assert all(c.kind != "fee" for c in best(330_000 - 881, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ"))


def test_several_invoices_of_one_client_paid_together() -> None:
    top = best(109_340 + 55_000 - 660, "ﾕ)ｱｵﾊﾞｼﾖｳｼﾞ")[0]
    assert set(top.numbers) == {"INV-2026-0102", "INV-2026-0103"}
    assert [r.code for r in top.reasons] == ["combined", "name"]
    assert top.fee == 660


def test_a_partial_payment_needs_the_payer_or_a_number() -> None:
    top = best(100_000, "ﾕ)ｱｵﾊﾞｼﾖｳｼﾞ")
    assert {c.numbers for c in top} >= {("INV-2026-0102",)}
    assert all(c.kind == "partial" for c in top)
    assert best(100_000, "ｼﾗﾅｲ ﾋﾄ") == []


def test_an_invoice_number_in_the_transfer_text_counts() -> None:
    top = best(22_000, "ﾌﾘｺﾐ ｽｽﾞｷ ﾀﾛｳ", "INV-2026-0104")[0]
    assert top.numbers == ("INV-2026-0104",)
    assert [r.code for r in top.reasons] == ["exact", "number"]
    folded = best(22_000, "ｽｽﾞｷ", "ｾｲｷﾕｳ INV20260104")[0]
    assert [r.code for r in folded.reasons] == ["exact", "number"]


def test_an_unknown_deposit_has_no_candidate() -> None:
    assert best(12_345, "ｺｸｾﾞｲｷﾖｸ") == []


def test_exact_matches_need_one_candidate_and_evidence() -> None:
    deposits = [
        Deposit(1, DAY, 330_000, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ"),  # exact + name, but 0106 has the same amount: two exact → skipped
        Deposit(2, DAY, 109_340, "ﾕ)ｱｵﾊﾞｼﾖｳｼﾞ"),  # one exact + name → confirmed
        Deposit(3, DAY, 110_000, "ｻｸﾗｺｳﾑﾃﾝ"),  # one exact, but the name is unknown → left for the owner
    ]
    assert [(d.id, c.numbers) for d, c in exact_matches(BOOK, deposits)] == [(2, ("INV-2026-0102",))]
