"""What makes a chore valid, and the starter set."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ushiro_desk.domain.chores import Area, Chore, Delegability, OwnerOnlyReason, validate_chore
from ushiro_desk.domain.chores.starter import LANGUAGES, STARTER_SET
from ushiro_desk.domain.problems import Severity
from ushiro_desk.domain.recurrence import Cadence, CadenceSpec, Kind, check_cadence

BASE = Chore(
    title="請求書発行", area=Area.ACCOUNTING, start=date(2026, 4, 1),
    cadence=CadenceSpec(Kind.MONTHLY_LAST_BUSINESS_DAY).cadence(), goal="当月分の請求書が送付済み",
)


def codes(chore: Chore) -> dict[str, str]:
    return {p.field: p.code for p in validate_chore(chore)[1]}


def test_a_complete_chore_has_no_problems() -> None:
    assert codes(BASE) == {}


def test_every_problem_is_reported_at_once() -> None:
    bad = replace(BASE, title="  ", estimate_minutes=0, end=date(2026, 3, 1), cadence=Cadence("FREQ=SOMETIMES"))
    assert codes(bad) == {
        "title": "required", "estimate_minutes": "chore.minutes_range", "end": "chore.end_before_start",
        "cadence": "cadence.frequency",
    }


def test_owner_only_needs_a_reason_and_cannot_be_assigned() -> None:
    owner_only = replace(BASE, delegability=Delegability.OWNER_ONLY, assignee_id=3)
    assert codes(owner_only) == {"owner_only_reason": "chore.reason_required", "assignee": "chore.owner_only_assigned"}
    ok = replace(owner_only, assignee_id=None, owner_only_reason=OwnerOnlyReason.DECISION)
    assert codes(ok) == {}


def test_a_reason_is_dropped_when_the_chore_can_be_handed_off() -> None:
    chore, _ = validate_chore(replace(BASE, owner_only_reason=OwnerOnlyReason.DECISION))
    assert chore.owner_only_reason is None


def test_handing_off_without_a_goal_is_a_warning_not_an_error() -> None:
    problems = validate_chore(replace(BASE, goal="", assignee_id=1))[1]
    assert [(p.field, p.code, p.severity) for p in problems] == [("goal", "chore.goal_missing", Severity.WARNING)]


@pytest.mark.parametrize("entry", STARTER_SET, ids=lambda s: s.key)
def test_each_starter_chore_is_valid_in_both_languages(entry) -> None:  # type: ignore[no-untyped-def]
    for language in LANGUAGES:
        chore, problems = validate_chore(entry.chore(language, date(2026, 4, 1)))
        assert [p for p in problems if p.is_error] == []
        assert chore.goal and chore.steps
    assert entry.ja.title != entry.en.title
    assert check_cadence(entry.spec.cadence()) == []


def test_the_starter_set_covers_the_issue_and_keeps_judgement_with_the_owner() -> None:
    titles = {s.ja.title for s in STARTER_SET}
    for wanted in ("メール確認・振り分け", "経費の記帳と領収書整理", "請求書発行", "入金確認・消込", "源泉所得税の納付",
                   "支払・振込", "月次集計と試算表の確認", "社会保険・労働保険の手続き", "郵便物の確認", "日程調整", "備品の発注"):
        assert wanted in titles
    judgement = [s for s in STARTER_SET if s.key in ("pricing", "contracts")]
    assert judgement and all(s.delegability is Delegability.OWNER_ONLY and s.reason is OwnerOnlyReason.DECISION for s in judgement)
    tax = next(s for s in STARTER_SET if s.key == "withholding_tax").spec
    assert (tax.kind, tax.day, tax.business_day_rule.value) == (Kind.MONTHLY_DAY, 10, "next")
    pay = next(s for s in STARTER_SET if s.key == "payments").spec.cadence()
    assert pay.business_day_rule.value == "previous" and "BYMONTHDAY=-1" in pay.rrule
