"""Where Ushiro Desk keeps its data, settings and bundled resources.

The data dir holds `ushiro.sqlite3`, `files/` (content-addressed receipts and PDFs) and `backups/`.
It is the platformdirs user data dir unless `--data-dir` or `USHIRO_DESK_DATA_DIR` says otherwise.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

APP_NAME = "UshiroDesk"
DATA_DIR_ENV = "USHIRO_DESK_DATA_DIR"
CONFIG_DIR_ENV = "USHIRO_DESK_CONFIG_DIR"


class DataPaths(NamedTuple):
    """The files of one data dir."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "ushiro.sqlite3"

    @property
    def files(self) -> Path:
        return self.root / "files"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def lock(self) -> Path:
        return self.root / "ushiro.lock"

    def ensure(self) -> None:
        """Create the folders, readable by the owner only."""
        for folder in (self.root, self.files, self.backups):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def data_paths(cli_value: str | os.PathLike[str] | None = None, remembered: str = "") -> DataPaths:
    """The data dir: the command line wins over the environment, which wins over the folder chosen in
    the app (File → New/Open data folder, `remembered`), which wins over the platform default."""
    if cli_value:
        return DataPaths(Path(cli_value).expanduser().resolve())
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return DataPaths(Path(env).expanduser().resolve())
    if remembered:
        return DataPaths(Path(remembered).expanduser().resolve())
    from platformdirs import user_data_dir

    return DataPaths(Path(user_data_dir(APP_NAME, appauthor=False)))


def config_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The settings dir (language, theme, window geometry)."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(CONFIG_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """`resources/` beside the package (a checkout) or inside a frozen build."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
