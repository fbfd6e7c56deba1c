"""勘定科目 (account titles) offered for expenses, seeded from jp-rules.md §6.1–6.2, and the accounts a
payment is credited to. The owner edits the list; these are only the starting point."""

from __future__ import annotations

from ushiro_desk.domain.company import EntityType
from ushiro_desk.domain.expenses.model import PaymentMethod

# 青色申告決算書 expense lines (§6.1) that a company without staff or stock uses, then the common additions.
SEED_EXPENSE_ACCOUNTS: tuple[str, ...] = (
    "旅費交通費",
    "通信費",
    "会議費",
    "接待交際費",
    "消耗品費",
    "事務用品費",
    "新聞図書費",
    "支払手数料",
    "地代家賃",
    "外注費",
    "支払報酬",
    "広告宣伝費",
    "水道光熱費",
    "荷造運賃",
    "租税公課",
    "損害保険料",
    "修繕費",
    "福利厚生費",
    "諸会費",
    "研修費",
    "車両費",
    "賃借料",
    "リース料",
    "雑費",
)

MEETING = "会議費"
ENTERTAINMENT = "接待交際費"
MEAL_ACCOUNTS = frozenset({MEETING, ENTERTAINMENT})


def credit_account(method: PaymentMethod, entity: EntityType) -> str:
    """The account credited when an expense is paid this way (§6.2): the owner's own money is
    役員借入金 for a corporation and 事業主借 for a sole proprietor."""
    if method is PaymentMethod.OWNER:
        return "役員借入金" if entity is EntityType.CORPORATION else "事業主借"
    return _CREDITED[method.value]


_CREDITED = {"cash": "現金", "card": "未払金", "bank": "普通預金"}  # built once, not per call
