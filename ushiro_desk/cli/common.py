"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import sys
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
    """Open the store; write commands need the data dir to themselves. Leftovers of a killed run are
    removed first, and one line on stderr says how much that freed."""
    paths = paths_of(args)
    report_sweep(paths)
    return open_store(paths, require_lock=write)


def report_sweep(paths: DataPaths) -> None:
    """Remove what a killed run left in the data folder; one line on stderr when anything was freed."""
    from ushiro_desk.services.store import sweep_leftovers

    swept = sweep_leftovers(paths)
    if swept.count:
        print(f"Removed {swept.count} temporary file(s) left by an interrupted run ({_size(swept.bytes)}).", file=sys.stderr)


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} bytes"
    if count < 1024 * 1024:
        return f"{count / 1024:.1f} KB"
    return f"{count / 1024 / 1024:.1f} MB"


def parse_date(text: str) -> date:
    """For argparse `type=`: YYYY-MM-DD, in the years the app works with (1900–2200)."""
    from ushiro_desk.domain.limits import MAX_YEAR, MIN_YEAR, day_in_range

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    if not day_in_range(day):
        raise argparse.ArgumentTypeError(f"{text!r} is outside the years {MIN_YEAR}–{MAX_YEAR}")
    return day


def output_path(text: str) -> Path:
    path = Path(text).expanduser()
    if path.exists() and path.is_dir():
        raise CliError(f"{path} is a folder; give a file name.")
    if not path.parent.exists():
        raise CliError(f"The folder {path.parent} does not exist.")
    return path


def add_force(p: argparse.ArgumentParser) -> None:
    p.add_argument("--force", action="store_true", help="replace the output file if it exists (never one in the data folder)")


def checked_output(args: argparse.Namespace, text: str) -> Path:
    """The output path, refused (OutputRefused) inside the data folder and, without --force, when it exists."""
    from ushiro_desk.outputs import check_target

    return check_target(output_path(text), data_root=paths_of(args).root, overwrite=args.force)
