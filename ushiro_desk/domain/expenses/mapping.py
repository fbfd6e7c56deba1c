"""How the app's tax categories, account titles and payment methods are spelled for each accounting
product, keyed by band: 課税10% / 軽減8% × 適格 / 経過措置 80·70·50·30% / no credit, 非課税, 対象外. The exact
strings differ by product, version and 経理方式, so every entry is a default the owner can override in
Settings → Expenses (the overrides are stored in the database)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ushiro_desk.domain.company import EntityType
from ushiro_desk.domain.expenses.accounts import credit_account
from ushiro_desk.domain.expenses.model import PaymentMethod

PRODUCTS = ("yayoi", "freee", "mf", "csv")
ENCODINGS = ("cp932", "utf-8", "utf-8-sig")


def _taxes(labels: dict[str, str]) -> dict[str, str]:
    return {f"tax.{key}": value for key, value in labels.items()}


# The transitional bands (経過措置, tax_rules.TRANSITIONAL_CREDIT) that get their own 税区分 or インボイス value.
BANDS = (80, 70, 50, 30)


def _bands(category: str, pattern: str) -> dict[str, str]:
    return {f"{category}.transitional_{band}": pattern.format(band=band) for band in BANDS}


# Defaults checked against the products' published names (sources in jp-rules.md §1.9 and §5):
# 弥生 「課対仕入内10%適格」「課対仕入内10%区分80%」 and 軽減 「課対仕入内軽減8%…」 (弥生 税区分一覧 as used by
# freee's 弥生-format export, developer.freee.co.jp/news/6758); freee 「課対仕入（控80）10%」 … and the 控70 /
# 控30 codes added for the 令和8年度改正 (developer.freee.co.jp/accounting/accounting-improvement/8133), 対象外
# once the measure has ended; MF 「課税仕入 10%」 with the インボイス column 「適格」「80％控除」「70％控除」…
# (MF support 「仕訳帳」をインポートする, quoted by the-board.jp; an empty cell is read as 適格).
DEFAULTS: dict[str, dict[str, str]] = {
    "yayoi": {
        **_taxes(
            {
                "standard_10.qualified": "課対仕入内10%適格",
                **_bands("standard_10", "課対仕入内10%区分{band}%"),
                "standard_10.none": "対象外",
                "standard_10.before": "課対仕入内10%",
                "reduced_8.qualified": "課対仕入内軽減8%適格",
                **_bands("reduced_8", "課対仕入内軽減8%区分{band}%"),
                "reduced_8.none": "対象外",
                "reduced_8.before": "課対仕入内軽減8%",
                "old_8": "課対仕入内8%",
                "old_5": "課対仕入内5%",
                "old_3": "課対仕入内3%",
                "exempt": "非課仕入",
                "non_taxable": "対象外",
            }
        ),
        "credit_tax": "対象外",
        "encoding": "cp932",  # fixed: 弥生 reads Shift_JIS only
    },
    "freee": {
        **_taxes(
            {
                "standard_10.qualified": "課対仕入10%",
                **_bands("standard_10", "課対仕入（控{band}）10%"),
                "standard_10.none": "対象外",
                "standard_10.before": "課対仕入10%",
                "reduced_8.qualified": "課対仕入8%（軽）",
                **_bands("reduced_8", "課対仕入（控{band}）8%（軽）"),
                "reduced_8.none": "対象外",
                "reduced_8.before": "課対仕入8%（軽）",
                "old_8": "課対仕入8%",
                "old_5": "課対仕入5%",
                "old_3": "課対仕入3%",
                "exempt": "非課仕入",
                "non_taxable": "対象外",
            }
        ),
        "wallet.cash": "現金",
        "wallet.card": "クレジットカード",
        "wallet.bank": "普通預金",
        "wallet.owner": "プライベート資金",
        "encoding": "cp932",
    },
    "mf": {
        **_taxes(
            {
                "standard_10.qualified": "課税仕入 10%",
                **_bands("standard_10", "課税仕入 10%"),
                "standard_10.none": "対象外",
                "standard_10.before": "課税仕入 10%",
                "reduced_8.qualified": "課税仕入 (軽)8%",
                **_bands("reduced_8", "課税仕入 (軽)8%"),
                "reduced_8.none": "対象外",
                "reduced_8.before": "課税仕入 (軽)8%",
                "old_8": "課税仕入 8%",
                "old_5": "課税仕入 5%",
                "old_3": "課税仕入 3%",
                "exempt": "非課税仕入",
                "non_taxable": "対象外",
            }
        ),
        "invoice.qualified": "適格",
        **{f"invoice.transitional_{band}": f"{band}％控除" for band in BANDS},  # full-width ％ as MF's page spells it
        "invoice.none": "",
        "invoice.before": "",
        "invoice.none_taxable": "",
        "credit_tax": "対象外",
        "encoding": "cp932",
    },
    # The plain CSV for Excel (UTF-8 with BOM): the 税区分 column by category and the 適格請求書 column by band.
    "csv": {
        **_taxes({"standard_10": "課税10%", "reduced_8": "軽減8%", "exempt": "非課税", "non_taxable": "対象外",
                  "mixed": "複数税率"}),
        "invoice.qualified": "適格",
        **{f"invoice.transitional_{band}": f"経過措置{band}%" for band in BANDS},
        "invoice.none": "控除なし",
        "invoice.before": "区分記載",
    },
}

# Payment methods are credited to these accounts unless the owner maps them (all products).
CREDIT_KEYS = {method: f"credit.{method.value}" for method in PaymentMethod}


@dataclass(frozen=True)
class ExportMapping:
    """One product's strings: the defaults with the owner's overrides on top."""

    product: str
    overrides: dict[str, str] = field(default_factory=dict)

    def get(self, key: str, default: str = "") -> str:
        if key in self.overrides:
            return self.overrides[key]
        return DEFAULTS.get(self.product, {}).get(key, default)

    def tax(self, key: str) -> str:
        return self.get(key)

    def account(self, name: str) -> str:
        """The product's name for an account title (the same name unless mapped)."""
        return self.overrides.get(f"account.{name}", name)

    def credit(self, method: PaymentMethod, entity: EntityType) -> str:
        return self.account(self.overrides.get(CREDIT_KEYS[method], credit_account(method, entity)))

    @property
    def encoding(self) -> str:
        value = self.get("encoding", "cp932")
        return value if value in ENCODINGS else "cp932"


def editable_keys(product: str) -> list[str]:
    """The keys the settings tab lists for a product (besides account names)."""
    keys = [k for k in DEFAULTS.get(product, {}) if k != "encoding" or product not in ("yayoi", "csv")]
    return keys + list(CREDIT_KEYS.values())
