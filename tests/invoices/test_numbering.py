"""Number patterns: one counter, date tokens, scopes that restart the count."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from ushiro_desk.domain.invoicing.numbering import DEFAULT_PATTERNS, check_pattern, check_patterns, format_number, scope


def test_default_pattern() -> None:
    assert format_number("INV-{YYYY}-{NNNN}", date(2026, 5, 1), 12) == "INV-2026-0012"
    assert format_number("{YY}{MM}-{NNN}", date(2026, 5, 1), 7) == "2605-007"


def test_counter_grows_past_its_width() -> None:
    assert format_number("INV-{YYYY}-{NN}", date(2026, 1, 1), 123) == "INV-2026-123"


def test_the_scope_changes_with_the_year_so_the_counter_restarts() -> None:
    pattern = DEFAULT_PATTERNS["invoice"]
    assert scope(pattern, date(2026, 12, 31)) != scope(pattern, date(2027, 1, 1))
    assert scope(pattern, date(2026, 1, 1)) == scope(pattern, date(2026, 12, 31))
    assert scope("INV-{NNNN}", date(2026, 1, 1)) == scope("INV-{NNNN}", date(2030, 1, 1))


def test_bad_patterns() -> None:
    assert [p.code for p in check_pattern("INV-{YYYY}")] == ["numbering.one_counter"]
    assert [p.code for p in check_pattern("INV-{NN}-{NNN}")] == ["numbering.one_counter"]
    assert [p.code for p in check_pattern("INV-{DD}-{NNN}")] == ["numbering.unknown_token"]
    assert [p.code for p in check_pattern("請求-{NNN}")] == ["numbering.characters"]
    assert check_pattern("INV-{YYYY}-{NNNN}") == []


def test_two_series_must_not_share_numbers() -> None:
    found = check_patterns({"invoice": "A-{NNN}", "credit_note": "A-{NNN}"}, date(2026, 1, 1))
    assert [p.code for p in found] == ["numbering.same_as_other"]
    assert check_patterns(DEFAULT_PATTERNS, date(2026, 1, 1)) == []


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_numbers_of_a_scope_are_distinct_and_ordered(a: int, b: int) -> None:
    day = date(2026, 3, 3)
    pattern = DEFAULT_PATTERNS["invoice"]
    if a != b:
        assert format_number(pattern, day, a) != format_number(pattern, day, b)
    if a < b and b < 10_000:
        assert format_number(pattern, day, a) < format_number(pattern, day, b)
