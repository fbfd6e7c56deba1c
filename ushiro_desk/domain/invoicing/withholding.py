"""源泉徴収 on fees paid to an individual (所得税法204条・205条, jp-rules.md §2).

Rates include 復興特別所得税 (10.21% / 20.42%, 2013–2037) and the result is truncated below one yen,
with integer arithmetic only.
"""

from __future__ import annotations

THRESHOLD = 1_000_000  # per payment to the same person (所基通205-1)
TAX_AT_THRESHOLD = 102_100  # THRESHOLD × 10.21%


def withholding_tax(base: int) -> int:
    """The tax the client withholds from a fee of `base` yen (tax-exclusive when the invoice shows the
    consumption tax separately, jp-rules.md §2.3).

    100,000 → 10,210; 1,500,000 → 204,200; 1,333,333 → 170,166.
    """
    if base <= 0:
        return 0
    if base <= THRESHOLD:
        return base * 1021 // 10000
    return (base - THRESHOLD) * 2042 // 10000 + TAX_AT_THRESHOLD


def applies(issuer_is_sole_proprietor: bool, client_withholds: bool) -> bool:
    """Fees are withheld only when an individual is paid by a 源泉徴収義務者 (jp-rules.md §2.1)."""
    return issuer_is_sole_proprietor and client_withholds
