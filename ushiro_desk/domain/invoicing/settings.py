"""The owner's invoicing settings: number patterns, default rounding, price mode and terms."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ushiro_desk.domain.business_calendar import HolidayRule
from ushiro_desk.domain.invoicing.numbering import DEFAULT_PATTERNS, check_patterns
from ushiro_desk.domain.invoicing.tax import PriceMode, Rounding
from ushiro_desk.domain.invoicing.terms import PaymentTerms
from ushiro_desk.domain.problems import Problem, error

SERIES = ("invoice", "quote", "credit_note")


@dataclass(frozen=True)
class InvoiceSettings:
    invoice_pattern: str = DEFAULT_PATTERNS["invoice"]
    quote_pattern: str = DEFAULT_PATTERNS["quote"]
    credit_note_pattern: str = DEFAULT_PATTERNS["credit_note"]
    rounding: Rounding = Rounding.FLOOR
    price_mode: PriceMode = PriceMode.EXCLUSIVE
    terms: PaymentTerms = field(default_factory=PaymentTerms)
    holiday_rule: HolidayRule = HolidayRule.PREVIOUS
    quote_valid_days: int = 30
    notes: str = ""  # printed on new documents, e.g. 「恐れ入りますが振込手数料は貴社にてご負担ください。」
    wareki_dates: bool = False  # print dates on documents in the Japanese era (令和8年11月30日)

    def pattern(self, series: str) -> str:
        return {"invoice": self.invoice_pattern, "quote": self.quote_pattern, "credit_note": self.credit_note_pattern}[series]

    def patterns(self) -> dict[str, str]:
        return {series: self.pattern(series) for series in SERIES}


def check_settings(settings: InvoiceSettings, today: date) -> list[Problem]:
    problems = check_patterns(settings.patterns(), today)
    problems += [Problem(f"default_{p.field}", p.code, p.severity, p.params) for p in settings.terms.problems()]
    if not 1 <= settings.quote_valid_days <= 365:
        problems.append(error("quote_valid_days", "settings.quote_days"))
    return problems
