"""User preferences kept in the settings dir: declared once, with types, defaults and upgrades.

Business data (company profile, rates, number patterns) lives in the database; this file only holds how
the app looks and behaves on this computer.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, NamedTuple

CONFIG_VERSION = 1
MAX_SETTINGS_BYTES = 64 * 1024  # the real file is well under 2 KiB
MAX_SETTINGS_DEPTH = 8  # it is one flat object


class Option(NamedTuple):
    """A preference: its name, default and, where it has them, the allowed values."""

    name: str
    default: Any
    choices: tuple[Any, ...] | None = None
    valid: Callable[[Any], bool] | None = None

    def coerce(self, value: Any) -> Any:
        if value is None or type(value) is not type(self.default) and self.default is not None:
            return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        if self.valid is not None and not self.valid(value):
            return self.default
        return value


def _clock_time(value: str) -> bool:
    """`HH:MM` in ASCII digits (a `²` would pass str.isdigit but not int())."""
    hours, _, minutes = value.partition(":")
    return (
        len(hours) == 2 and len(minutes) == 2 and (hours + minutes).isascii() and (hours + minutes).isdigit()
        and int(hours) < 24 and int(minutes) < 60
    )


def json_depth_exceeds(text: str, limit: int) -> bool:
    """Whether JSON text nests deeper than `limit`, found by a scan (parsing it first could overflow the stack)."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth -= 1
    return False


OPTIONS: dict[str, Option] = {
    o.name: o
    for o in (
        Option("language", "auto", ("auto", "ja", "en")),
        Option("theme", "system", ("system", "light", "dark")),
        Option("window_geometry", ""),
        Option("window_state", ""),
        Option("last_page", "today"),
        Option("reminder_time", "09:00", valid=_clock_time),
        Option("last_auto_backup", ""),
        Option("setup_dismissed", False),
        Option("data_dir", ""),
        Option("last_folders", {}, valid=lambda v: all(isinstance(k, str) and isinstance(f, str) for k, f in v.items())),
    )
}

# Versioned upgrades of a stored file: UPGRADES[n] turns a version-n dict into version n+1.
UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class Preferences:
    """Typed access to `settings.json`; unknown keys are dropped, bad values fall back to defaults."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "settings.json"
        self._values: dict[str, Any] = {}
        self.problem = ""  # one sentence when the file could not be used (the defaults are then in force)
        self._load()

    def _read(self) -> Any:
        """The parsed file, or {} with `problem` set; size and depth are checked before parsing."""
        if not self.path.exists() and not self.path.is_symlink():
            return {}
        if self.path.is_dir():
            self.problem = f"The settings file {self.path} is a folder; the default settings are used."
            return {}
        try:
            with self.path.open("rb") as fh:
                data = fh.read(MAX_SETTINGS_BYTES + 1)
        except OSError as exc:
            self.problem = f"The settings file {self.path} cannot be read ({exc.strerror}); the default settings are used."
            return {}
        if len(data) > MAX_SETTINGS_BYTES:
            self.problem = f"The settings file {self.path} is larger than {MAX_SETTINGS_BYTES // 1024} KiB; the default settings are used."
            return {}
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            self.problem = f"The settings file {self.path} is not UTF-8 text; the default settings are used."
            return {}
        if json_depth_exceeds(text, MAX_SETTINGS_DEPTH):
            self.problem = f"The settings file {self.path} is nested too deeply; the default settings are used."
            return {}
        try:
            return json.loads(text)
        except ValueError:
            self.problem = f"The settings file {self.path} is not valid JSON; the default settings are used."
            return {}

    def _load(self) -> None:
        raw = self._read()
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

    def save(self) -> bool:
        """Write atomically and privately (`outputs`) so a crash never leaves half a settings file; False
        (with `problem` set) when it cannot be written — settings are a convenience, never a crash."""
        from ushiro_desk.outputs import OutputRefused, private_folder, write_bytes  # not at the top: first window

        data = {"version": CONFIG_VERSION, **self._values}
        try:
            private_folder(self.path.parent)
            write_bytes(self.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"), overwrite=True)
        except (OSError, OutputRefused) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "it is a folder"
            self.problem = f"The settings could not be saved to {self.path} ({reason}); they apply until you quit."
            return False
        return True
