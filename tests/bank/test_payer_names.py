"""Payer names fold to one key: NFKC, small kana large, legal forms, spaces and long-vowel marks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ushiro_desk.domain.bank.kana import LEGAL_FORMS, payer_key

KANA = st.text(alphabet=st.sampled_from(list("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
                                              "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝｬｭｮｯABCXYZ0123 ｰ")),
               min_size=1, max_size=30)


@pytest.mark.parametrize(
    ("bank", "registered"),
    [
        ("ｶ)ﾐﾅﾄｾｲｻｸｼﾖ", "ミナトセイサクショ"),
        ("ﾐﾅﾄｾｲｻｸｼﾖ(ｶ", "ミナト セイサクショ"),
        ("(ｶ)ﾐﾅﾄ ｾｲｻｸｼﾖ", "ﾐﾅﾄｾｲｻｸｼｮ"),
        ("ﾄﾞ)ｻｸﾗｺｰﾎﾟﾚｰｼﾖﾝ", "サクラコーポレーション"),
        ("ﾕ)ｱｵﾊﾞｼﾖｳｼﾞ", "あおばしょうじ"),
        ("ｼﾔ)ﾆﾎﾝｷﾖｳｶｲ", "ニホンキョウカイ"),
        ("ABC ｼﾞﾑｼﾖ", "ＡＢＣジムショ"),
        ("ｶ)ACME", "株式会社ACME"),
    ],
)
def test_a_bank_spelling_and_the_registered_name_give_one_key(bank: str, registered: str) -> None:
    assert payer_key(bank) == payer_key(registered)


def test_different_names_stay_different() -> None:
    assert payer_key("ｶ)ﾐﾅﾄｾｲｻｸｼﾖ") != payer_key("ｶ)ﾐﾅﾐｾｲｻｸｼﾖ")


@given(st.text(max_size=60))
def test_folding_is_idempotent(text: str) -> None:
    once = payer_key(text)
    assert payer_key(once) == once


@given(KANA, st.sampled_from(sorted(LEGAL_FORMS)), st.sampled_from(["{f})", "({f})", "({f}", "({f}) ", "{f}) "]),
       st.booleans())
def test_every_legal_form_abbreviation_is_removed(name: str, form: str, pattern: str, half_width: bool) -> None:
    import unicodedata

    mark = pattern.format(f=form)
    if half_width:  # as banks send it
        mark = mark.translate(str.maketrans({c: _half(c) for c in mark if c not in "() "}))
    placed = mark + name if not pattern.startswith("({f}") or pattern.endswith(")") or pattern.endswith(") ") else name + mark
    if pattern == "({f}":
        placed = name + mark
    assert payer_key(placed) == payer_key(name), (placed, unicodedata.normalize("NFKC", placed))


def _half(c: str) -> str:
    import unicodedata

    table = {unicodedata.normalize("NFKC", chr(x)): chr(x) for x in range(0xFF61, 0xFFA0)}
    voiced = {"ド": "ﾄﾞ", "ガ": "ｶﾞ", "ザ": "ｻﾞ", "ギ": "ｷﾞ", "ジ": "ｼﾞ"}
    return voiced.get(c) or table.get(c, c)
