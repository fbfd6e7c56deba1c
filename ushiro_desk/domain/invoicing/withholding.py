"""源泉徴収 on fees paid to an individual (所得税法204条・205条, jp-rules.md §2).

The rates and the ¥1,000,000 band come from the dated table `tax_rules.WITHHOLDING_BANDS` (10.21% /
20.42% with the surtaxes in force from 2013), looked up by the payment's date; the result is truncated
below one yen, with integer arithmetic only.
"""

from __future__ import annotations

from datetime import date

from ushiro_desk.domain.tax_rules import withholding_band

THRESHOLD = 1_000_000  # per payment to the same person (所基通205-1)
TAX_AT_THRESHOLD = 102_100  # THRESHOLD × 10.21% (the band of 2013–2047)


def withholding_tax(base: int, on: date | None = None) -> int:
    """The tax the client withholds from a fee of `base` yen paid on `on` (today when not given;
    tax-exclusive when the invoice shows the consumption tax separately, jp-rules.md §2.3).

    100,000 → 10,210; 1,500,000 → 204,200; 1,333,333 → 170,166 (2013–2047).
    """
    if base <= 0:
        return 0
    band = withholding_band(on or date.today())
    if base <= band.threshold:
        return base * band.low_per_10000 // 10000
    return (base - band.threshold) * band.high_per_10000 // 10000 + band.tax_at_threshold


def applies(issuer_is_sole_proprietor: bool, client_withholds: bool) -> bool:
    """Fees are withheld only when an individual is paid by a 源泉徴収義務者 (jp-rules.md §2.1)."""
    return issuer_is_sole_proprietor and client_withholds
