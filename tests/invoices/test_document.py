"""Document checks and number input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ushiro_desk.domain.invoicing.client import Client, validate_client
from ushiro_desk.domain.invoicing.document import (
    Document,
    DocumentKind,
    Honorific,
    Line,
    Recipient,
    check_document,
    parse_decimal,
)
from ushiro_desk.domain.invoicing.terms import PaymentTerms


def doc(*lines: Line, kind: DocumentKind = DocumentKind.INVOICE) -> Document:
    return Document(kind, 1, Recipient("株式会社アオバ"), date(2026, 5, 1), tuple(lines))


def test_parse_decimal() -> None:
    assert parse_decimal("1,200", 4) == Decimal(1200)
    assert parse_decimal("２.５", 4) == Decimal("2.5")
    assert str(parse_decimal("2.50", 4)) == "2.5"
    assert str(parse_decimal("10", 4)) == "10"
    assert parse_decimal("0.00001", 4) is None
    assert parse_decimal("abc", 4) is None
    assert parse_decimal("nan", 4) is None
    assert parse_decimal("", 4) is None


def test_every_problem_at_once() -> None:
    problems = check_document(doc(Line("", Decimal(0), "", Decimal(1)), Line("ok", Decimal(1), "", Decimal(10**13))))
    assert {(p.field, p.code) for p in problems} == {
        ("lines[0].description", "required"),
        ("lines[0].quantity", "line.quantity_zero"),
        ("lines[1].unit_price", "amount.range"),
    }


def test_an_invoice_needs_lines_and_a_positive_total() -> None:
    assert [p.code for p in check_document(doc())] == ["document.no_lines"]
    assert [p.code for p in check_document(doc(Line("値引き", Decimal(1), "", Decimal(-5))))] == [
        "document.total_not_positive"
    ]
    assert check_document(doc(Line("作業", Decimal(1), "式", Decimal(5)))) == []


def test_credit_notes_need_an_original_and_small_ones_warn() -> None:
    problems = check_document(doc(Line("返品", Decimal(1), "", Decimal(5000)), kind=DocumentKind.CREDIT_NOTE))
    assert {(p.code, p.is_error) for p in problems} == {("required", True), ("credit_note.below_threshold", False)}


def test_recipient_line() -> None:
    assert Recipient("株式会社アオバ").address_line() == "株式会社アオバ 御中"
    assert Recipient("株式会社アオバ", Honorific.ONCHU, "制作部", "青葉 一郎").address_line() == "株式会社アオバ 制作部 青葉 一郎 様"
    assert Recipient("佐藤 花子", Honorific.SAMA).address_line() == "佐藤 花子 様"


def test_client_checks() -> None:
    client, problems = validate_client(
        Client(" ", postal_code="1500002x", registration_number="t7010705000725", terms=PaymentTerms(40, 1, 31))
    )
    assert {p.field for p in problems} == {"name", "postal_code", "terms.closing_day"}
    assert client.registration_number == "T7010705000725"
