"""Confirming a match records the payment(s) through the invoicing service; undo restores everything."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Callable

import pytest

from tests.bank.conftest import ACCOUNT
from tests.bank.files import zengin_statement
from tests.bank.test_import import dump
from ushiro_desk.domain.invoicing.client import Client
from ushiro_desk.domain.invoicing.status import DocumentSummary
from ushiro_desk.domain.problems import InvalidInput
from ushiro_desk.services.bank import imports, matching
from ushiro_desk.services.invoicing import payments, queries
from ushiro_desk.services.store import Store

TODAY = date(2026, 11, 30)


def without_audit(text: str) -> str:
    """The trail records the confirmation and its undo on purpose; everything else must be as before."""
    return "\n".join(line for line in text.splitlines() if not line.startswith('INSERT INTO audit_log'))


@pytest.fixture
def deposits(owner: Store, minato: Client, aoba: Client, issue: Callable[..., DocumentSummary],
             write: Callable[[str, bytes], Path]) -> dict[str, DocumentSummary]:
    docs = {
        "minato": issue(minato, 300_000),  # 330,000 due
        "aoba1": issue(aoba, 99_400),  # 109,340
        "aoba2": issue(aoba, 50_000),  # 55,000
    }
    data = zengin_statement([
        (date(2026, 11, 2), 330_000 - 440, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ", ""),
        (date(2026, 11, 10), 109_340 + 55_000, "ﾕ)ｱｵﾊﾞｼﾖｳｼﾞ", ""),
        (date(2026, 11, 12), 5_000, "ｺｸｾﾞｲｷﾖｸ", ""),
    ])
    imports.apply(owner, write("meisai.txt", data), ACCOUNT, today=TODAY)
    return docs


def _line(owner: Store, amount: int) -> int:
    return next(c.line.id for c in matching.candidates(owner, today=TODAY) if c.line.deposit == amount)


def test_candidates_come_with_reasons(owner: Store, deposits: dict[str, DocumentSummary]) -> None:
    found = {c.line.deposit: c for c in matching.candidates(owner, today=TODAY)}
    top = found[329_560].candidates[0]
    assert top.numbers == (deposits["minato"].number,)
    assert ([r.code for r in top.reasons], top.fee) == (["fee", "name"], 440)
    combined = found[164_340].candidates[0]
    assert set(combined.numbers) == {deposits["aoba1"].number, deposits["aoba2"].number}
    assert found[5_000].candidates == ()


def test_confirming_records_the_payment_with_date_and_fee(owner: Store, deposits: dict[str, DocumentSummary]) -> None:
    line_id = _line(owner, 329_560)
    matching.confirm(owner, line_id, [deposits["minato"].number or ""], today=TODAY)
    (payment,) = payments.payments_of(owner, deposits["minato"].id)
    assert (payment.paid_on, payment.amount, payment.bank_fee) == (date(2026, 11, 2), 329_560, 440)
    (summary,) = queries.list_documents(owner, ids=[deposits["minato"].id])
    assert summary.standing(TODAY).status.value == "paid"
    assert line_id not in [c.line.id for c in matching.candidates(owner, today=TODAY)]


def test_a_combined_payment_pays_each_invoice(owner: Store, deposits: dict[str, DocumentSummary]) -> None:
    line_id = _line(owner, 164_340)
    matching.confirm(owner, line_id, [deposits["aoba1"].number or "", deposits["aoba2"].number or ""], today=TODAY)
    paid = {k: queries.list_documents(owner, ids=[deposits[k].id])[0].standing(TODAY).balance for k in ("aoba1", "aoba2")}
    assert paid == {"aoba1": 0, "aoba2": 0}


def test_confirming_learns_the_payer_name(owner: Store, deposits: dict[str, DocumentSummary], minato: Client,
                                         issue: Callable[..., DocumentSummary], write: Callable[[str, bytes], Path]) -> None:
    line_id = _line(owner, 5_000)
    small = issue(minato, 4_546)  # 5,000 due (4,546 + 454)
    assert small.amount_due == 5_000
    matching.confirm(owner, line_id, [small.number or ""], today=TODAY)
    conn = sqlite3.connect(owner.paths.database)
    learned = conn.execute("SELECT payer_key, client_id FROM payer_alias WHERE source = 'learned'").fetchall()
    assert learned == [("コクゼイキヨク", minato.id)]


def test_undo_restores_the_exact_previous_state(owner: Store, deposits: dict[str, DocumentSummary]) -> None:
    line_id = _line(owner, 164_340)
    before = dump(owner)
    matching.confirm(owner, line_id, [deposits["aoba1"].number or "", deposits["aoba2"].number or ""], today=TODAY)
    assert without_audit(dump(owner)) != without_audit(before)
    matching.undo(owner, line_id)
    assert without_audit(dump(owner)) == without_audit(before)


def test_undo_removes_a_learned_name(owner: Store, deposits: dict[str, DocumentSummary], minato: Client,
                                     issue: Callable[..., DocumentSummary]) -> None:
    small = issue(minato, 4_546)
    line_id = _line(owner, 5_000)
    before = dump(owner)
    matching.confirm(owner, line_id, [small.number or ""], today=TODAY)
    matching.undo(owner, line_id)
    assert without_audit(dump(owner)) == without_audit(before)


def test_confirm_refuses_what_does_not_fit(owner: Store, deposits: dict[str, DocumentSummary]) -> None:
    line_id = _line(owner, 164_340)
    before = dump(owner)
    with pytest.raises(InvalidInput) as caught:
        matching.confirm(owner, line_id, [deposits["minato"].number or "", deposits["aoba1"].number or ""],
                         fee=0, today=TODAY)
    assert caught.value.problems[0].code == "bank.nothing_left"  # the deposit does not reach the second one
    with pytest.raises(InvalidInput):
        matching.confirm(owner, line_id, ["INV-9999"], today=TODAY)
    assert dump(owner) == before


def test_confirm_all_exact_and_dismiss(owner: Store, minato: Client, issue: Callable[..., DocumentSummary],
                                       write: Callable[[str, bytes], Path]) -> None:
    doc = issue(minato, 100_000)
    data = zengin_statement([(date(2026, 11, 2), 110_000, "ｶ)ﾐﾅﾄｾｲｻｸｼﾖ", ""), (date(2026, 11, 3), 12, "ﾘｿｸ", "")])
    imports.apply(owner, write("m.txt", data), ACCOUNT, today=TODAY)
    confirmed, _ = matching.confirm_all_exact(owner, today=TODAY)
    assert confirmed == 1
    assert queries.list_documents(owner, ids=[doc.id])[0].standing(TODAY).balance == 0
    (left,) = matching.candidates(owner, today=TODAY)
    with pytest.raises(InvalidInput):
        matching.dismiss(owner, left.line.id, "  ")
    matching.dismiss(owner, left.line.id, "普通預金の利息")
    assert matching.candidates(owner, today=TODAY) == []
