"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ushiro_desk.cli.main import CliError
from ushiro_desk.paths import DataPaths, data_paths
from ushiro_desk.services.store import Store, open_store


def paths_of(args: argparse.Namespace) -> DataPaths:
    """The data dir: --data-dir, the environment, the folder last chosen in the app, the default."""
    from ushiro_desk.config import Preferences
    from ushiro_desk.paths import config_dir

    remembered = Preferences(config_dir(getattr(args, "config_dir", None)))["data_dir"]
    return data_paths(getattr(args, "data_dir", None), remembered)


def open_for(args: argparse.Namespace, *, write: bool) -> Store:
    """Open the store; write commands need the data dir to themselves."""
    return open_store(paths_of(args), require_lock=write)


def parse_date(text: str) -> date:
    """For argparse `type=`: YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def output_path(text: str) -> Path:
    path = Path(text).expanduser()
    if path.exists() and path.is_dir():
        raise CliError(f"{path} is a folder; give a file name.")
    if not path.parent.exists():
        raise CliError(f"The folder {path.parent} does not exist.")
    return path
