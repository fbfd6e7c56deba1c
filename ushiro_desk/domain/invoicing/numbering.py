"""Document numbers from a pattern such as `INV-{YYYY}-{NNNN}`: gap-free within each scope.

Tokens: `{YYYY}` `{YY}` `{MM}` (of the issue date) and exactly one counter `{N…}` whose width is the
number of N's. The counter restarts whenever the rest of the pattern changes (a new year for
`{YYYY}`), so the scope of a number is the pattern rendered without its counter.
"""

from __future__ import annotations

import re
from datetime import date

from ushiro_desk.domain.problems import Problem, error

TOKEN = re.compile(r"\{([A-Z]+)\}")
DATE_TOKENS = {"YYYY": "%Y", "YY": "%y", "MM": "%m"}
ALLOWED_TEXT = re.compile(r"[A-Za-z0-9\-_/.#]*")
MAX_LENGTH = 40
DEFAULT_PATTERNS = {
    "invoice": "INV-{YYYY}-{NNNN}",
    "quote": "QUO-{YYYY}-{NNNN}",
    "credit_note": "CN-{YYYY}-{NNNN}",
}


def _counter(token: str) -> bool:
    return set(token) == {"N"}


def check_pattern(pattern: str, field: str = "pattern") -> list[Problem]:
    tokens = TOKEN.findall(pattern)
    counters = [t for t in tokens if _counter(t)]
    problems = []
    if len(counters) != 1:
        problems.append(error(field, "numbering.one_counter"))
    unknown = [t for t in tokens if not _counter(t) and t not in DATE_TOKENS]
    if unknown:
        problems.append(error(field, "numbering.unknown_token", token=unknown[0]))
    if not ALLOWED_TEXT.fullmatch(TOKEN.sub("", pattern)):
        problems.append(error(field, "numbering.characters"))
    if len(pattern) > MAX_LENGTH:
        problems.append(error(field, "numbering.length"))
    return problems


def _render(pattern: str, day: date, counter: str) -> str:
    def token(match: re.Match[str]) -> str:
        name = match.group(1)
        if _counter(name):
            return counter
        return day.strftime(DATE_TOKENS[name])

    return TOKEN.sub(token, pattern)


def scope(pattern: str, day: date) -> str:
    """The scope whose counter this date uses, e.g. 'INV-2026-#'."""
    return _render(pattern, day, "#")


def format_number(pattern: str, day: date, value: int) -> str:
    """The number for counter `value`; the counter is zero-padded to its width and grows past it."""
    width = next(len(t) for t in TOKEN.findall(pattern) if _counter(t))
    return _render(pattern, day, str(value).zfill(width))


def check_patterns(patterns: dict[str, str], sample: date) -> list[Problem]:
    """Each series' pattern, and that no two series could produce the same number."""
    problems = [p for series, pattern in patterns.items() for p in check_pattern(pattern, series)]
    if problems:
        return problems
    seen: dict[str, str] = {}
    for series, pattern in patterns.items():
        key = scope(pattern, sample)
        if key in seen:
            problems.append(error(series, "numbering.same_as_other", other=seen[key]))
        seen[key] = series
    return problems
