"""Yen fields as people type them: full-width digits (１２０００) are taken, ¥ and 円 are ignored, and the
amount shows its thousands separators (12,000) while it is being typed, the cursor staying where it was.

`YenEdit` is the field for amounts that may be empty or wrong (the form names the error next to it);
`YenSpinBox` is the same typing in a spin box for amounts that always hold a number (a payment, a rate)."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QSpinBox, QStyledItemDelegate, QWidget

_NOISE = re.compile(r"[\s,¥￥円]")
_NUMBER = re.compile(r"(-?)([0-9]*)(?:\.([0-9]*))?")


def plain(text: str) -> str:
    """The amount as ASCII without separators, ¥ or 円: 「￥１２，０００円」 → "12000" (anything else is kept)."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text)).replace("−", "-")


def grouped(text: str, decimals: bool = False) -> str | None:
    """`text` written with thousands separators ("1234567" → "1,234,567"), or None when it is not a number."""
    match = _NUMBER.fullmatch(plain(text))
    if match is None or (match.group(3) is not None and not decimals):
        return None
    sign, whole, fraction = match.groups()
    if not whole and fraction is None:
        return sign
    body = f"{int(whole):,}" if whole else "0"
    return sign + body + ("." + fraction if fraction is not None else "")


def _digits_before(text: str, position: int) -> int:
    return sum(1 for ch in text[:position] if ch.isdigit() or ch in "-.")


def _position_after(text: str, count: int) -> int:
    if count == 0:
        return 0
    seen = 0
    for index, ch in enumerate(text):
        if ch.isdigit() or ch in "-.":
            seen += 1
            if seen == count:
                return index + 1
    return len(text)


class YenEdit(QLineEdit):
    """A line edit for yen. What is not a number is left as typed, so that the form can say what is wrong."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, decimals: bool = False) -> None:
        super().__init__(parent)
        self.decimals = decimals
        self.textEdited.connect(self._regroup)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(grouped(text, self.decimals) or text)

    def value(self) -> int | None:
        """The amount in whole yen, or None when the field is empty or not a whole number."""
        text = plain(self.text())
        return int(text) if re.fullmatch(r"-?[0-9]+", text) else None

    def setValue(self, value: int | None) -> None:  # noqa: N802 (Qt's style)
        self.setText("" if value is None else f"{value:,}")

    def _regroup(self, typed: str) -> None:
        shown = grouped(typed, self.decimals)
        if shown is None or shown == typed:  # not a number: left as typed, for the form to name
            return
        kept = _digits_before(unicodedata.normalize("NFKC", typed), self.cursorPosition())
        QLineEdit.setText(self, shown)
        self.setCursorPosition(_position_after(shown, kept))


class YenSpinBox(QSpinBox):
    """A spin box for whole yen with separators shown that also takes full-width digits and 円."""

    def __init__(self, parent: QWidget | None = None, *, maximum: int = 2_000_000_000, suffix: str = "") -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setGroupSeparatorShown(True)
        self.setPrefix("¥")
        if suffix:
            self.setSuffix(suffix)
        self.lineEdit().textEdited.connect(self._regroup)

    def _regroup(self, typed: str) -> None:
        """Separators and ASCII digits while typing, not only when the field is left."""
        number = self._number_part(typed)
        if not number.isdigit():
            return
        shown = self.prefix() + f"{int(number):,}" + self.suffix()
        if shown == typed:
            return
        edit = self.lineEdit()
        kept = _digits_before(unicodedata.normalize("NFKC", typed), edit.cursorPosition())
        edit.setText(shown)
        edit.setCursorPosition(_position_after(shown, kept + sum(ch.isdigit() for ch in self.prefix())))

    def _number_part(self, text: str) -> str:
        text = unicodedata.normalize("NFKC", text)
        suffix = unicodedata.normalize("NFKC", self.suffix())
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        return plain(text)

    def validate(self, text: str, pos: int) -> object:  # noqa: D102 (Qt's API)
        number = self._number_part(text)
        if number == "":
            return QValidator.State.Intermediate, text, pos
        if not number.isdigit():
            return QValidator.State.Invalid, text, pos
        value = int(number)
        if value > self.maximum():
            return QValidator.State.Invalid, text, pos
        if value < self.minimum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def valueFromText(self, text: str) -> int:  # noqa: N802 (Qt's name)
        number = self._number_part(text)
        return int(number) if number.isdigit() else self.minimum()

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.valueFromText(text))


class YenDelegate(QStyledItemDelegate):
    """Table cells edited with a `YenEdit` (the invoice lines' unit price)."""

    def __init__(self, parent: QWidget | None = None, *, decimals: bool = False) -> None:
        super().__init__(parent)
        self.decimals = decimals

    def createEditor(self, parent: QWidget, option: object, index: object) -> QWidget:  # noqa: N802
        return YenEdit(parent=parent, decimals=self.decimals)
