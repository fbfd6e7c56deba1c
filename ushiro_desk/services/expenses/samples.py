"""What a one-person design and consulting 合同会社 in Shibuya spends in a year: the patterns behind the
sample data (`services/demo/expenses.py`) and the benchmark's bulk generator."""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterator

from ushiro_desk.domain.expenses.model import InvoiceStatus, PaymentMethod, TaxCategory
from ushiro_desk.domain.expenses.rules import ExpenseInput

S, R, EX, NT = TaxCategory.STANDARD, TaxCategory.REDUCED, TaxCategory.EXEMPT, TaxCategory.NON_TAXABLE
CASH, CARD, BANK, OWNER = PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.BANK, PaymentMethod.OWNER
Q, TR, NO = InvoiceStatus.QUALIFIED, InvoiceStatus.TRANSITIONAL, InvoiceStatus.NONE


@dataclass(frozen=True)
class Supplier:
    payee: str
    tnumber: str
    account: str
    category: TaxCategory
    method: PaymentMethod
    status: InvoiceStatus = Q
    receipt: str = "png"  # png (paper receipt photo), pdf (online invoice) or "" (usually none)


def _t(base12: str) -> str:
    from ushiro_desk.domain.tnumber import check_digit

    return f"T{check_digit(base12)}{base12}"


# Monthly: (supplier, day of month, amount, memo)
MONTHLY = (
    (Supplier("株式会社渋谷ワークスペース", _t("011001123456"), "地代家賃", S, BANK, receipt="pdf"), 27, 88_000, "シェアオフィス 月額利用料"),
    (Supplier("株式会社NTTドコモ", _t("010001067359"), "通信費", S, CARD, receipt="pdf"), 10, 8_228, "携帯電話料金"),
    (Supplier("ソニーネットワークコミュニケーションズ株式会社", _t("010401089234"), "通信費", S, CARD, receipt="pdf"), 5, 5_217, "光回線"),
    (Supplier("アドビ株式会社", _t("011101012345"), "通信費", S, CARD, receipt="pdf"), 15, 7_780, "Creative Cloud コンプリートプラン"),
    (Supplier("Google合同会社", _t("010401093495"), "通信費", S, CARD, receipt="pdf"), 1, 1_360, "Google Workspace"),
    (Supplier("Figma, Inc.", "", "通信費", NT, CARD, NO, "pdf"), 20, 2_250, "Figma Professional (海外サービス)"),
    (Supplier("株式会社日本経済新聞社", _t("010001008846"), "新聞図書費", R, BANK, receipt="pdf"), 25, 4_900, "日本経済新聞 朝刊 購読料"),
    (Supplier("高橋会計事務所", _t("120001077701"), "支払報酬", S, BANK, receipt="pdf"), 10, 33_000, "顧問料"),
    (Supplier("みずほ銀行", _t("010001034875"), "支払手数料", S, BANK, receipt="pdf"), 27, 440, "振込手数料"),
)

# Occasional: (supplier, times a month on average, (low, high) amount, memos)
OCCASIONAL = (
    (Supplier("東京メトロ", _t("010001050435"), "旅費交通費", S, CASH), 5.0, (180, 420), ("渋谷→表参道 打合せ", "渋谷→大手町 客先訪問", "渋谷→六本木 打合せ")),
    (Supplier("JR東日本", _t("011001023456"), "旅費交通費", S, CARD, receipt="png"), 2.0, (170, 1_320), ("客先訪問", "撮影立会い")),
    (Supplier("日本交通株式会社", _t("011001034567"), "旅費交通費", S, CARD), 0.8, (1_500, 4_800), ("終電後 帰社", "機材運搬")),
    (Supplier("スターバックス コーヒー ジャパン 株式会社", _t("010401068935"), "会議費", S, CARD), 2.5, (640, 2_400), ("打合せ",)),
    (Supplier("ドトールコーヒーショップ", _t("011001045678"), "会議費", S, CASH), 1.0, (450, 1_200), ("打合せ",)),
    (Supplier("Amazon.co.jp", _t("011001056789"), "消耗品費", S, CARD, receipt="pdf"), 1.5, (980, 12_800), ("USB-Cケーブル", "マウス", "外付けSSD", "ノートPCスタンド")),
    (Supplier("ヨドバシカメラ", _t("011001067890"), "消耗品費", S, CARD), 0.25, (3_980, 39_800), ("モニター", "キーボード", "カラーチャート")),
    (Supplier("ロフト 渋谷店", _t("011001078901"), "事務用品費", S, CASH), 0.5, (330, 2_640), ("ノート・ペン", "クリアファイル")),
    (Supplier("紀伊國屋書店", _t("011001089012"), "新聞図書費", S, CASH), 0.6, (1_650, 4_950), ("デザイン書籍", "業界誌")),
    (Supplier("ヤマト運輸株式会社", _t("010001090123"), "荷造運賃", S, CASH), 0.4, (930, 2_100), ("納品物の発送",)),
    (Supplier("山田デザイン室", "", "外注費", S, BANK, TR, "pdf"), 0.3, (33_000, 88_000), ("イラスト制作", "バナー制作")),
    (Supplier("佐々木ウェブ工房", _t("011001001112"), "外注費", S, BANK, receipt="pdf"), 0.2, (110_000, 330_000), ("コーディング", "WordPress構築")),
    (Supplier("株式会社マナビバ", _t("011001001223"), "研修費", S, CARD, receipt="pdf"), 0.1, (5_500, 22_000), ("UXセミナー参加費",)),
)

# Meals with people: (payee, T-number, per-head range, attendees examples)
MEALS = (
    ("銀座 和食 さかな", _t("011001001334"), (6_000, 16_000), ("株式会社青山商事 佐藤部長", "合同会社ミナト 鈴木様")),
    ("ビストロ 表参道", _t("011001001445"), (4_000, 9_000), ("株式会社北斗 田中様", "株式会社ハル 高橋様")),
    ("焼肉 渋谷苑", _t("011001001556"), (7_000, 14_000), ("株式会社青山商事 佐藤部長 山本様",)),
)

# Yearly: (month, day, supplier, amount, memo)
YEARLY = (
    (4, 30, Supplier("東京都渋谷都税事務所", "", "租税公課", NT, BANK, NO, "pdf"), 70_000, "法人都民税 均等割"),
    (6, 15, Supplier("渋谷商工会議所", "", "諸会費", NT, BANK, NO, "pdf"), 12_000, "年会費"),
    (7, 10, Supplier("三井住友海上火災保険株式会社", "", "損害保険料", EX, BANK, NO, "pdf"), 18_500, "賠償責任保険 年払"),
    (7, 12, Supplier("高島屋 日本橋店", _t("011001001667"), "接待交際費", R, CARD, receipt="png"), 16_200, "お中元 3件"),
    (12, 8, Supplier("高島屋 日本橋店", _t("011001001667"), "接待交際費", R, CARD, receipt="png"), 21_600, "お歳暮 4件"),
    (10, 1, Supplier("さくらインターネット株式会社", _t("011001001778"), "通信費", S, CARD, receipt="pdf"), 26_400, "ドメイン・サーバー 年額"),
    (3, 20, Supplier("郵便局", "", "租税公課", NT, CASH, NO, "png"), 200, "収入印紙"),
)


@dataclass(frozen=True)
class Sample:
    form: ExpenseInput
    receipt: str  # "png", "pdf" or "" (no receipt)


def _months(start: date, end: date) -> Iterator[tuple[int, int]]:
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        yield year, month
        month += 1
        if month == 13:
            year, month = year + 1, 1


def _day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _yen(rng: random.Random, low: int, high: int, step: int = 10) -> int:
    return rng.randrange(low // step, high // step + 1) * step


def _form(s: Supplier, day: date, amount: int, memo: str, rng: random.Random, **extra) -> ExpenseInput:  # type: ignore[no-untyped-def]
    method = s.method
    if method is CARD and rng.random() < 0.08:
        method = OWNER  # paid with the owner's own card (立替)
    return ExpenseInput(
        date=day, payee=s.payee, amount=amount, tax_category=s.category, account=s.account, payment_method=method,
        invoice_status=s.status, supplier_tnumber=s.tnumber, memo=memo, **extra,
    )


def year_of_expenses(rng: random.Random, start: date, end: date) -> list[Sample]:
    """Realistic expenses between `start` and `end` (inclusive), oldest first."""
    out: list[Sample] = []
    for year, month in _months(start, end):
        first = date(year, month, 1)
        last = _day(year, month, 31)
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        workdays = [d for d in days if d.weekday() < 5] or days
        for supplier, dom, amount, memo in MONTHLY:
            out.append(Sample(_form(supplier, _day(year, month, dom), amount, f"{month}月分 {memo}", rng), supplier.receipt))
        for supplier, rate, (low, high), memos in OCCASIONAL:
            for _ in range(_poisson(rng, rate)):
                receipt = supplier.receipt if rng.random() > 0.025 else ""  # a few lost receipts
                out.append(Sample(_form(supplier, rng.choice(workdays), _yen(rng, low, high), rng.choice(memos), rng), receipt))
        for _ in range(_poisson(rng, 1.2)):
            payee, tnumber, (low, high), names = rng.choice(MEALS)
            heads = rng.randint(2, 4)
            amount = _yen(rng, low * heads, high * heads, 100)
            from ushiro_desk.domain.expenses.rules import suggest_meal_account

            day = rng.choice(workdays)
            account = suggest_meal_account(amount, heads, day)
            meal = Supplier(payee, tnumber, account, S, CARD)
            out.append(Sample(_form(meal, day, amount, "会食 打合せ", rng, attendee_count=heads,
                                    attendees=f"{rng.choice(names)}、当社 後藤"), "png"))
        if rng.random() < 0.5:  # a convenience-store receipt with food (8%) and goods (10%)
            food, goods = _yen(rng, 300, 1_500), _yen(rng, 200, 1_200)
            out.append(Sample(ExpenseInput(
                date=rng.choice(workdays), payee="セブン-イレブン 渋谷二丁目店", amount=food + goods,
                tax_category=TaxCategory.MIXED, tax_parts=((R, food), (S, goods)), account="会議費",
                payment_method=CASH, supplier_tnumber=_t("010001088018"), memo="打合せ用 飲料・菓子、乾電池",
                attendee_count=3, attendees="株式会社北斗 田中様 他1名、当社 後藤"), "png"))
        for m, d, supplier, amount, memo in YEARLY:
            if m == month:
                out.append(Sample(_form(supplier, _day(year, month, d), amount, f"{year}年 {memo}", rng), supplier.receipt))
    out = [s for s in out if start <= s.form.date <= end]  # type: ignore[operator]
    out.sort(key=lambda s: s.form.date)  # type: ignore[arg-type, return-value]
    return out


def _poisson(rng: random.Random, mean: float) -> int:
    """A small Poisson draw (Knuth), so counts vary month to month."""
    import math

    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1
