"""How the app's tax categories, account titles and payment methods are spelled for each accounting
product. The exact strings differ by product, version and 経理方式 and are UNCONFIRMED (jp-rules.md §5),
so every entry is a default the owner can override (the overrides are stored in the database)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ushiro_desk.domain.company import EntityType
from ushiro_desk.domain.expenses.accounts import credit_account
from ushiro_desk.domain.expenses.model import PaymentMethod

PRODUCTS = ("yayoi", "freee", "mf")
ENCODINGS = ("cp932", "utf-8", "utf-8-sig")


def _taxes(labels: dict[str, str]) -> dict[str, str]:
    return {f"tax.{key}": value for key, value in labels.items()}


DEFAULTS: dict[str, dict[str, str]] = {
    "yayoi": {
        **_taxes(
            {
                "standard_10.qualified": "課対仕入内10%適格",
                "standard_10.transitional_80": "課対仕入内10%区分80%",
                "standard_10.transitional_50": "課対仕入内10%区分50%",
                "standard_10.none": "対象外",
                "standard_10.before": "課対仕入内10%",
                "reduced_8.qualified": "課対仕入内8%軽適格",
                "reduced_8.transitional_80": "課対仕入内8%(軽)区分80%",
                "reduced_8.transitional_50": "課対仕入内8%(軽)区分50%",
                "reduced_8.none": "対象外",
                "reduced_8.before": "課対仕入内8%(軽)",
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
                "standard_10.transitional_80": "課対仕入（控80）10%",
                "standard_10.transitional_50": "課対仕入（控50）10%",
                "standard_10.none": "対象外",
                "standard_10.before": "課対仕入10%",
                "reduced_8.qualified": "課対仕入8%（軽）",
                "reduced_8.transitional_80": "課対仕入（控80）8%（軽）",
                "reduced_8.transitional_50": "課対仕入（控50）8%（軽）",
                "reduced_8.none": "対象外",
                "reduced_8.before": "課対仕入8%（軽）",
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
                "standard_10.transitional_80": "課税仕入 10%",
                "standard_10.transitional_50": "課税仕入 10%",
                "standard_10.none": "対象外",
                "standard_10.before": "課税仕入 10%",
                "reduced_8.qualified": "課税仕入 (軽)8%",
                "reduced_8.transitional_80": "課税仕入 (軽)8%",
                "reduced_8.transitional_50": "課税仕入 (軽)8%",
                "reduced_8.none": "対象外",
                "reduced_8.before": "課税仕入 (軽)8%",
                "exempt": "非課税仕入",
                "non_taxable": "対象外",
            }
        ),
        "invoice.qualified": "適格",
        "invoice.transitional_80": "80%控除",
        "invoice.transitional_50": "50%控除",
        "invoice.none": "",
        "invoice.before": "",
        "invoice.none_taxable": "",
        "credit_tax": "対象外",
        "encoding": "cp932",
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
    keys = [k for k in DEFAULTS.get(product, {}) if k != "encoding" or product != "yayoi"]
    return keys + list(CREDIT_KEYS.values())
