"""Problems found while checking input, returned as values (Beancount style), never raised.

A problem names the field (or line) it belongs to and a stable code; `ui/` turns the code into a
translated sentence shown next to that field.
"""

from __future__ import annotations

from enum import Enum
from types import MappingProxyType
from typing import Any, Iterable, Mapping, NamedTuple


class Severity(Enum):
    ERROR = "error"  # the input cannot be saved
    WARNING = "warning"  # it can be saved, but the user should look


class Problem(NamedTuple):
    """A problem with the input. (A NamedTuple, like the other records on the way to the first window:
    immutable, and cheap to define.)"""

    field: str
    code: str
    severity: Severity = Severity.ERROR
    params: Mapping[str, Any] = MappingProxyType({})  # values for the sentence, e.g. {"limit": 200}
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
