"""適格請求書発行事業者の登録番号 (T-number): `T` + 13 digits (jp-rules.md §1.5).

The format is checked strictly. The 13 digits of a corporation are its 法人番号, whose leading digit is a
check digit; whether individuals' numbers obey the same check is not confirmed, so a failing check is a
warning, not an error.
"""

from __future__ import annotations

import re

from ushiro_desk.domain.problems import Problem, error, warning

_SEPARATORS = re.compile(r"[\s\-‐－ー—―]")
_FORMAT = re.compile(r"T[0-9]{13}")


def normalize(text: str) -> str:
    """Strip spaces and hyphens, make full-width characters half-width and the T upper-case."""
    text = text.translate({code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)})
    text = _SEPARATORS.sub("", text.strip())
    if text[:1] == "t":
        text = "T" + text[1:]
    return text


def check_digit(base12: str) -> int:
    """The leading check digit of a 法人番号 for its other 12 digits (法人番号省令 第2条)."""
    if len(base12) != 12 or not base12.isdigit():
        raise ValueError("need 12 digits")
    total = sum(int(d) * (1 if n % 2 else 2) for n, d in enumerate(reversed(base12), start=1))
    return 9 - total % 9


def has_valid_check_digit(number13: str) -> bool:
    return check_digit(number13[1:]) == int(number13[0])


def validate(
    text: str, field: str = "registration_number", *, is_corporation: bool = False
) -> tuple[str, list[Problem]]:
    """Return the normalised number and its problems. An empty value is allowed (not registered).

    A corporation's number is its 法人番号, so a wrong check digit is an error there; for anyone else
    it is a warning (jp-rules.md §1.5, UNCONFIRMED for individuals).
    """
    value = normalize(text)
    if not value:
        return "", []
    if not _FORMAT.fullmatch(value):
        return value, [error(field, "tnumber.format")]
    if not has_valid_check_digit(value[1:]):
        report = error if is_corporation else warning
        return value, [report(field, "tnumber.check_digit")]
    return value, []
