"""Translated names for the chores' values, problem sentences and short date texts.

The Today page uses this at start; the recurrence names import the recurrence engine when first
asked for, not with this module."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from ushiro_desk.domain.chores.kinds import Area, Delegability, OutsourcerRole, OwnerOnlyReason
from ushiro_desk.domain.problems import Problem
from ushiro_desk.ui import problem_text

if TYPE_CHECKING:
    from ushiro_desk.domain.recurrence import BusinessDayRule, Cadence, Kind


def area_name(area: Area) -> str:
    return {
        Area.ACCOUNTING: QCoreApplication.translate("ChoresText", "Accounting & finance"),
        Area.HR: QCoreApplication.translate("ChoresText", "HR & labour"),
        Area.GENERAL: QCoreApplication.translate("ChoresText", "General affairs"),
        Area.LEGAL_IT: QCoreApplication.translate("ChoresText", "Legal & IT"),
        Area.SALES_ADMIN: QCoreApplication.translate("ChoresText", "Sales admin"),
        Area.OTHER: QCoreApplication.translate("ChoresText", "Other"),
    }[area]


def delegability_name(value: Delegability) -> str:
    return {
        Delegability.DELEGABLE: QCoreApplication.translate("ChoresText", "Delegable"),
        Delegability.WITH_REVIEW: QCoreApplication.translate("ChoresText", "Delegable with review"),
        Delegability.OWNER_ONLY: QCoreApplication.translate("ChoresText", "Owner only"),
    }[value]


def reason_name(value: OwnerOnlyReason) -> str:
    return {
        OwnerOnlyReason.DECISION: QCoreApplication.translate("ChoresText", "Decision"),
        OwnerOnlyReason.COORDINATION: QCoreApplication.translate("ChoresText", "Coordination"),
        OwnerOnlyReason.CONFIDENTIAL: QCoreApplication.translate("ChoresText", "Confidential"),
    }[value]


def role_name(value: OutsourcerRole) -> str:
    return {
        OutsourcerRole.ONLINE_SECRETARY: QCoreApplication.translate("ChoresText", "Online secretary"),
        OutsourcerRole.BPO: QCoreApplication.translate("ChoresText", "BPO company"),
        OutsourcerRole.TAX_ACCOUNTANT: QCoreApplication.translate("ChoresText", "Tax accountant"),
        OutsourcerRole.OTHER: QCoreApplication.translate("ChoresText", "Other"),
    }[value]


def rule_name(value: BusinessDayRule) -> str:
    from ushiro_desk.domain.recurrence import BusinessDayRule

    return {
        BusinessDayRule.KEEP: QCoreApplication.translate("ChoresText", "Keep the date"),
        BusinessDayRule.PREVIOUS: QCoreApplication.translate("ChoresText", "Previous business day"),
        BusinessDayRule.NEXT: QCoreApplication.translate("ChoresText", "Next business day"),
        BusinessDayRule.SKIP: QCoreApplication.translate("ChoresText", "Leave out non-business days"),
    }[value]


def kind_name(kind: Kind) -> str:
    from ushiro_desk.domain.recurrence import Kind

    return {
        Kind.DAILY: QCoreApplication.translate("ChoresText", "Every day"),
        Kind.BUSINESS_DAYS: QCoreApplication.translate("ChoresText", "Every business day"),
        Kind.WEEKLY: QCoreApplication.translate("ChoresText", "Weekly"),
        Kind.MONTHLY_DAY: QCoreApplication.translate("ChoresText", "Monthly on a day"),
        Kind.MONTHLY_LAST_DAY: QCoreApplication.translate("ChoresText", "Monthly on the last day"),
        Kind.MONTHLY_LAST_BUSINESS_DAY: QCoreApplication.translate("ChoresText", "Monthly on the last business day"),
        Kind.MONTHLY_NTH_WEEKDAY: QCoreApplication.translate("ChoresText", "Monthly on a weekday (e.g. 2nd Tuesday)"),
        Kind.QUARTERLY: QCoreApplication.translate("ChoresText", "Quarterly"),
        Kind.YEARLY: QCoreApplication.translate("ChoresText", "Yearly on a date"),
        Kind.AFTER_COMPLETION: QCoreApplication.translate("ChoresText", "Days after the last completion"),
        Kind.CUSTOM: QCoreApplication.translate("ChoresText", "Custom rule (RRULE)"),
    }[kind]


def weekday_name(index: int) -> str:
    """Short weekday name in the UI language (0 = Monday)."""
    return QLocale().dayName(index + 1, QLocale.FormatType.ShortFormat)


def nth_name(nth: int) -> str:
    return {1: QCoreApplication.translate("ChoresText", "1st"), 2: QCoreApplication.translate("ChoresText", "2nd"), 3: QCoreApplication.translate("ChoresText", "3rd"), 4: QCoreApplication.translate("ChoresText", "4th"), -1: QCoreApplication.translate("ChoresText", "last")}[nth]


def describe_cadence(cadence: Cadence) -> str:
    """One line such as "Monthly on day 10 · next business day"."""
    from ushiro_desk.domain.recurrence import BusinessDayRule, Kind, spec_of

    spec = spec_of(cadence)
    k = spec.kind
    if k is Kind.WEEKLY:
        days = ", ".join(weekday_name(d) for d in spec.weekdays)
        text = (QCoreApplication.translate("ChoresText", "Every %1 weeks on %2").replace("%1", str(spec.interval)) if spec.interval > 1 else QCoreApplication.translate("ChoresText", "Weekly on %2")).replace("%2", days)
    elif k is Kind.MONTHLY_DAY:
        text = QCoreApplication.translate("ChoresText", "Monthly on day %1").replace("%1", str(spec.day))
        if spec.day >= 29:
            text += " " + QCoreApplication.translate("ChoresText", "(or the month's last day)")
    elif k is Kind.MONTHLY_NTH_WEEKDAY:
        text = QCoreApplication.translate("ChoresText", "Monthly on the %1 %2").replace("%1", nth_name(spec.nth)).replace("%2", weekday_name(spec.weekday))
    elif k is Kind.QUARTERLY:
        text = QCoreApplication.translate("ChoresText", "Every 3 months on day %1").replace("%1", str(spec.day))
    elif k is Kind.YEARLY:
        text = QCoreApplication.translate("ChoresText", "Every year on %1/%2").replace("%1", str(spec.month)).replace("%2", str(spec.day))
    elif k is Kind.AFTER_COMPLETION:
        text = QCoreApplication.translate("ChoresText", "%1 days after the last completion").replace("%1", str(spec.days))
    elif k is Kind.CUSTOM:
        text = cadence.rrule
    else:
        text = kind_name(k)
    if k in (Kind.DAILY, Kind.MONTHLY_DAY, Kind.MONTHLY_LAST_DAY) and spec.interval > 1:
        text += " " + QCoreApplication.translate("ChoresText", "(every %1)").replace("%1", str(spec.interval))
    rule = cadence.business_day_rule
    if rule is not BusinessDayRule.KEEP and k not in (Kind.BUSINESS_DAYS, Kind.MONTHLY_LAST_BUSINESS_DAY):
        text += " · " + rule_name(rule)
    return text


def short_date(day: date) -> str:
    """2026-11-20 (金): unambiguous in both languages, with the weekday the owner plans by."""
    return f"{day.isoformat()} ({weekday_name(day.weekday())})"


def minutes_text(minutes: int) -> str:
    if minutes >= 60:
        hours, rest = divmod(minutes, 60)
        return QCoreApplication.translate("ChoresText", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest)) if rest else QCoreApplication.translate("ChoresText", "%1 h").replace("%1", str(hours))
    return QCoreApplication.translate("ChoresText", "%1 min").replace("%1", str(minutes))


def yen(amount: int) -> str:
    return f"¥{amount:,}"


def _problems(problem: Problem) -> str | None:
    p = problem.params
    texts = {
        "cadence.empty": lambda: QCoreApplication.translate("ChoresText", "Choose how often the chore recurs."),
        "cadence.rrule": lambda: QCoreApplication.translate("ChoresText", "The rule “%1” is not valid: %2.").replace("%1", str(p.get("rule", ""))).replace("%2", str(p.get("reason", ""))),
        "cadence.frequency": lambda: QCoreApplication.translate("ChoresText", "The rule “%1” repeats %2; chores repeat daily, weekly, monthly or yearly.").replace("%1", str(p.get("rule", ""))).replace("%2", str(p.get("freq", ""))),
        "cadence.monthday_clamp": lambda: QCoreApplication.translate("ChoresText", "The rule “%1” lists several days including 29–31; use -1 for the month's last day.").replace("%1", str(p.get("rule", ""))),
        "cadence.never": lambda: QCoreApplication.translate("ChoresText", "The rule “%1” never falls due.").replace("%1", str(p.get("rule", ""))),
        "cadence.days_after": lambda: QCoreApplication.translate("ChoresText", "Give a number of days from 1 to 3660."),
        "chore.too_long": lambda: QCoreApplication.translate("ChoresText", "This text is too long (at most %1 characters).").replace("%1", str(p.get("limit", ""))),
        "chore.minutes_range": lambda: QCoreApplication.translate("ChoresText", "Give minutes from 0 to %1.").replace("%1", str(p.get("limit", ""))),
        "chore.reason_required": lambda: QCoreApplication.translate("ChoresText", "Say why only the owner can do this chore."),
        "chore.owner_only_assigned": lambda: QCoreApplication.translate("ChoresText", "An owner-only chore cannot be assigned to an outsourcer."),
        "chore.goal_missing": lambda: QCoreApplication.translate("ChoresText", "A chore handed off needs its goal (the finished state)."),
        "chore.end_before_start": lambda: QCoreApplication.translate("ChoresText", "The end date is before the start date."),
        "chore.unknown_assignee": lambda: QCoreApplication.translate("ChoresText", "This outsourcer no longer exists."),
        "chore.not_found": lambda: QCoreApplication.translate("ChoresText", "This chore no longer exists."),
        "chore.has_history": lambda: QCoreApplication.translate("ChoresText", "This chore has history; archive it instead of deleting it."),
        "chore.occurrence_not_found": lambda: QCoreApplication.translate("ChoresText", "This occurrence no longer exists."),
        "chore.snooze_past": lambda: QCoreApplication.translate("ChoresText", "Snooze to today or a later day."),
        "chore.not_open": lambda: QCoreApplication.translate("ChoresText", "Only an open occurrence can be snoozed."),
        "chore.rate_range": lambda: QCoreApplication.translate("ChoresText", "Give an hourly rate from ¥0 to ¥1,000,000."),
        "chore.outsourcer_has_chores": lambda: QCoreApplication.translate("ChoresText", "%1 chores are still assigned to this outsourcer; reassign them first.").replace("%1", str(p.get("count", ""))),
    }
    make = texts.get(problem.code)
    return make() if make else None


problem_text.register(_problems)
