"""Problem codes from the domain, as translated sentences. Areas add their codes with `register`."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication

from ushiro_desk.domain.problems import Problem

Describer = Callable[[Problem], "str | None"]
_describers: list[Describer] = []


def register(describer: Describer) -> None:
    """Add a function that returns the sentence for the codes it knows, None for the others."""
    _describers.append(describer)


def _core(problem: Problem) -> str | None:
    p = problem.params
    texts = {
        "required": lambda: QCoreApplication.translate("Problems", "This field is required."),
        "tnumber.format": lambda: QCoreApplication.translate("Problems", "A registration number is T followed by 13 digits."),
        "tnumber.check_digit": lambda: QCoreApplication.translate("Problems", 
            "The check digit does not match; check the number against the NTA publication site."
        ),
        "postal_code.format": lambda: QCoreApplication.translate("Problems", "A postal code looks like 150-0002."),
        "email.format": lambda: QCoreApplication.translate("Problems", "This is not an email address."),
        "phone.format": lambda: QCoreApplication.translate("Problems", "A phone number has only digits, spaces, hyphens and +()."),
        "month.range": lambda: QCoreApplication.translate("Problems", "Choose a month from 1 to 12."),
        "bank.account_number": lambda: QCoreApplication.translate("Problems", "An account number has up to 8 digits."),
        "bank.holder_kana": lambda: QCoreApplication.translate("Problems", "Write the account holder (口座名義) in カナ as the bank registers it, e.g. ゴトウ マキ; otherwise a transfer may be refused."),
        "image.type": lambda: QCoreApplication.translate("Problems", "Choose a PNG or JPEG image."),
        "image.size": lambda: QCoreApplication.translate("Problems", "The image must be smaller than %1 MB.").replace(
            "%1", str(int(p.get("limit", 0)) // (1024 * 1024))
        ),
    }
    make = texts.get(problem.code)
    return make() if make else None


def describe(problem: Problem) -> str:
    for describer in (*_describers, _core):
        text = describer(problem)
        if text:
            return text
    return problem.code
