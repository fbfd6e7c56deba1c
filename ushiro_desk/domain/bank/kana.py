"""Payer names (振込依頼人名) as banks print them, folded so that one client always gives one key.

Banks send half-width katakana in upper case with small kana written large (ｼﾖｳｼﾞ for ショウジ), a
legal-form abbreviation in brackets ((ｶ) / ｶ) / (ﾕ) …) before or after the name, and spaces or
long-vowel marks at will. `payer_key` removes every such difference.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Small kana → the large kana banks write (全銀 character set has no small kana).
SMALL_TO_LARGE = str.maketrans(
    {
        "ァ": "ア", "ィ": "イ", "ゥ": "ウ", "ェ": "エ", "ォ": "オ", "ッ": "ツ", "ャ": "ヤ", "ュ": "ユ", "ョ": "ヨ",
        "ヮ": "ワ", "ヵ": "カ", "ヶ": "ケ", "ぁ": "ア", "ぃ": "イ", "ぅ": "ウ", "ぇ": "エ", "ぉ": "オ", "っ": "ツ",
        "ゃ": "ヤ", "ゅ": "ユ", "ょ": "ヨ", "ゎ": "ワ",
    }
)

# 全銀 abbreviations of legal forms (法人略語), by the character(s) inside the brackets.
LEGAL_FORMS: dict[str, str] = {
    "カ": "株式会社",
    "ユ": "有限会社",
    "ド": "合同会社",
    "メ": "合名会社",
    "シ": "合資会社",
    "シヤ": "社団法人",
    "ザイ": "財団法人",
    "イ": "医療法人",
    "ガク": "学校法人",
    "フク": "社会福祉法人",
    "トク": "特定非営利活動法人",
    "ソ": "相互会社",
    "ギヨ": "漁業協同組合",
    "ノウ": "農業協同組合",
    "セイ": "生活協同組合",
    "ホ": "保険",
    "ジム": "事務所",
    "エイ": "営業所",
    "シユツ": "出張所",
}
# Longest first, so that シヤ is not read as シ followed by ヤ.
_FORMS = "|".join(sorted((re.escape(k) for k in LEGAL_FORMS), key=len, reverse=True))
# "(ｶ)" anywhere, "ｶ)" at the start, "(ｶ" at the end; also the same with full-width brackets after NFKC.
_LEGAL = re.compile(rf"\((?:{_FORMS})\)|^(?:{_FORMS})\)|\((?:{_FORMS})$")
_DROP = re.compile(r"[\sー\-‐－―−ｰ・.,、。\"'「」]")
# The same forms written out in a client's registered name (株式会社ミナト製作所).
_WRITTEN = re.compile("|".join(sorted(set(LEGAL_FORMS.values()) - {"保険", "事務所", "営業所", "出張所"}, key=len, reverse=True)))
_KATAKANA_OF_HIRAGANA = {c: c + 0x60 for c in range(ord("ぁ"), ord("ゖ") + 1)}


@lru_cache(maxsize=1 << 16)  # a statement repeats its payers; folding is the costly part of matching
def payer_key(name: str) -> str:
    """The folded form of a payer or client name: NFKC, katakana, small kana large, legal forms,
    spaces, brackets' leftovers and long-vowel marks removed, Latin letters upper case."""
    text, previous = name, None
    for _ in range(8):  # each step is a fold; repeat until nothing changes (idempotent)
        if text == previous:
            break
        previous = text
        text = unicodedata.normalize("NFKC", text).translate(_KATAKANA_OF_HIRAGANA).upper()
        text = text.translate(SMALL_TO_LARGE)
        # Voiced marks: NFKC already joined ｶﾞ into ガ; a bare combining mark left over is dropped.
        text = _WRITTEN.sub("", _LEGAL.sub("", _DROP.sub("", text))).replace("\u3099", "").replace("\u309a", "")
    return text


# Words banks put before the payer's name in a CSV's description (振込 ｶ)ﾐﾅﾄ…, ﾌﾘｺﾐ ﾐﾅﾄ…).
_TRANSFER_WORDS = re.compile(
    r"^(?:振込入金|振込|ﾌﾘｺﾐﾆﾕｳｷﾝ|ﾌﾘｺﾐ|フリコミ|振替|ﾌﾘｶｴ|入金|ﾆﾕｳｷﾝ|ＩＢ|IB|ﾃﾞﾝｼﾝ|電信)[\s　*＊:：・\-]*"
)


def payer_from_description(text: str) -> str:
    """The payer's name in a description such as "振込 ｶ)ﾐﾅﾄｾｲｻｸｼﾖ" (the words before it removed)."""
    text = text.strip()
    previous = None
    while previous != text:
        previous = text
        text = _TRANSFER_WORDS.sub("", text).strip()
    return text
