"""User preferences kept in the settings dir: declared once, with types, defaults and upgrades.

Business data (company profile, rates, number patterns) lives in the database; this file only holds how
the app looks and behaves on this computer.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Callable, NamedTuple

CONFIG_VERSION = 1


class Option(NamedTuple):
    """A preference: its name, default and, where it has them, the allowed values."""

    name: str
    default: Any
    choices: tuple[Any, ...] | None = None

    def coerce(self, value: Any) -> Any:
        if value is None or type(value) is not type(self.default) and self.default is not None:
            return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        return value


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in (
        Option("language", "auto", ("auto", "ja", "en")),
        Option("theme", "system", ("system", "light", "dark")),
        Option("window_geometry", ""),
        Option("window_state", ""),
        Option("last_page", "today"),
        Option("reminder_time", "09:00"),
        Option("last_auto_backup", ""),
        Option("setup_dismissed", False),
        Option("data_dir", ""),
    )
}

# Versioned upgrades of a stored file: UPGRADES[n] turns a version-n dict into version n+1.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class Preferences:
    """Typed access to `settings.json`; unknown keys are dropped, bad values fall back to defaults."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "settings.json"
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}
        if not isinstance(raw, dict):
            raw = {}
        version = raw.get("version", CONFIG_VERSION)
        while isinstance(version, int) and version < CONFIG_VERSION and version in UPGRADES:
            raw = UPGRADES[version](raw)
            version += 1
        self._values = {name: opt.coerce(raw.get(name)) for name, opt in OPTIONS.items()}

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __setitem__(self, name: str, value: Any) -> None:
        option = OPTIONS[name]
        self._values[name] = option.coerce(value)

    def save(self) -> None:
        """Write atomically so a crash never leaves half a settings file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {"version": CONFIG_VERSION, **self._values}
        import tempfile  # here, not at the top: this module is on the path to the first window

        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
        os.replace(tmp, self.path)
