"""Problems found while checking input, returned as values (Beancount style), never raised.

A problem names the field (or line) it belongs to and a stable code; `ui/` turns the code into a
translated sentence shown next to that field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Iterable


class Severity(Enum):
    ERROR = "error"  # the input cannot be saved
    WARNING = "warning"  # it can be saved, but the user should look


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    severity: Severity = Severity.ERROR
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    line: int | None = None  # for files: 1-based line number

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def error(field_name: str, code: str, line: int | None = None, **params: Any) -> Problem:
    return Problem(field_name, code, Severity.ERROR, params, line)


def warning(field_name: str, code: str, line: int | None = None, **params: Any) -> Problem:
    return Problem(field_name, code, Severity.WARNING, params, line)


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.is_error for p in problems)


class InvalidInput(Exception):
    """Raised by a service when input has errors; nothing was changed."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in self.problems))
