"""What a debit is: an expense (with payee, 勘定科目 and tax category suggested), or money that only
moves — between the owner's own accounts, a card settlement (the card's own lines are the expenses),
a payment to the owner's secretary (booked from the handoff side, not as a new expense).

Suggestions come first from the owner's rules ("contains ｱﾏｿﾞﾝ → 消耗品費"), then from the owner's
confirmed history: the same payee, folded the way payer names are."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from ushiro_desk.domain.bank.kana import payer_key


class DebitKind(Enum):
    EXPENSE = "expense"
    TRANSFER = "transfer"  # between the owner's own accounts
    CARD = "card"  # a credit card's monthly settlement
    OUTSOURCER = "outsourcer"  # the owner's own payment to the secretary


@dataclass(frozen=True)
class DebitRule:
    contains: str
    kind: DebitKind
    payee: str = ""
    account: str = ""
    tax_category: str = ""

    @property
    def key(self) -> str:
        return payer_key(self.contains)


@dataclass(frozen=True)
class Known:
    """One payee from the owner's confirmed expenses, with the account and tax used most."""

    payee: str
    account: str
    tax_category: str

    @property
    def key(self) -> str:
        return payer_key(self.payee)


@dataclass(frozen=True)
class Suggestion:
    kind: DebitKind
    payee: str = ""
    account: str = ""
    tax_category: str = ""
    because: str = ""  # rule, history, own_account, card, outsourcer, none


# Words of card companies on a bank statement's debit (口座振替), compared after `_plain`.
CARD_WORDS = ("カード", "クレジツト", "クレジット", "JCB", "ジエーシービー", "セゾン", "オリコ", "ビユーカード", "AMEX",
              "アメリカンエキスプレス", "エポス", "ミツイスミトモカ", "ニコス", "イオンクレ")
# Words before the payee in a debit's description (デビット, 口座振替, 振込 …), after NFKC.
_LEAD = re.compile(r"^(?:VISAデビット|デビツト|デビット|コウフリ|口座振替|フリコミ|振込|フリカエ|振替|IB|デンシン|ATM)"
                   r"[\s　*＊:：・\-]*", re.IGNORECASE)


def _plain(text: str) -> str:
    """NFKC, upper case, every dash or long-vowel mark written ー (ｶ-ﾄﾞ and カード alike)."""
    return re.sub(r"[-‐－―−ｰ]", "ー", unicodedata.normalize("NFKC", text).upper())


def payee_of(description: str) -> str:
    """The payee's part of a debit's description."""
    text = _plain(description).strip()
    previous = None
    while previous != text:
        previous = text
        text = _LEAD.sub("", text).strip()
    return text or description.strip()


def _has(haystack_key: str, needle: str) -> bool:
    key = payer_key(needle)
    return bool(key) and key in haystack_key


def classify(description: str, *, is_card_line: bool, own_names: list[str], card_names: list[str],
             outsourcers: list[str], rules: list[DebitRule], history: list[Known]) -> Suggestion:
    """Decide what one debit is and suggest its payee, account and tax category."""
    key = payer_key(description)
    payee = payee_of(description)
    for rule in rules:
        if rule.key and rule.key in key:
            return Suggestion(rule.kind, rule.payee or payee, rule.account, rule.tax_category, "rule")
    if not is_card_line:
        if any(_has(key, name) for name in own_names):
            return Suggestion(DebitKind.TRANSFER, payee, because="own_account")
        if any(_has(key, name) for name in card_names) or any(_plain(w) in _plain(description) for w in CARD_WORDS):
            return Suggestion(DebitKind.CARD, payee, because="card")
        if any(_has(key, name) for name in outsourcers):
            return Suggestion(DebitKind.OUTSOURCER, payee, because="outsourcer")
    payee_key_ = payer_key(payee)
    best = None
    for known in history:
        k = known.key
        if k and (k == payee_key_ or (len(k) >= 3 and k in key)):
            if best is None or len(k) > len(best.key):
                best = known
    if best is not None:
        return Suggestion(DebitKind.EXPENSE, best.payee, best.account, best.tax_category, "history")
    return Suggestion(DebitKind.EXPENSE, payee, because="none")
