"""Argument parsing and dispatch. Every module in `cli/commands/` adds its subcommands through
`register(subparsers, common)`; errors become one sentence on stderr and a non-zero exit.

Starting the window goes through here too, so this module imports only argparse at the top; the
commands and what they need are imported once a command is asked for.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Sequence

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2

STORAGE_MESSAGES = {
    "corrupt": "The database is damaged ({detail}); run 'ushiro-desk restore' with a good backup.",
    "newer_schema": "The data was written by a newer version of Ushiro Desk; update the app to open it.",
    "locked": "The database is busy; try again in a moment.",
    "disk_full": "The disk is full; free some space and try again.",
    "in_use": "The data in {path} is in use by a running Ushiro Desk; close it first.",
    "not_a_database": "{detail} — not an Ushiro Desk database or backup.",
    "read_only": "The data folder {path} is read-only, so this command cannot change it; make the folder writable (viewing and exporting work as it is).",
    "backup_refused": "The backup was not restored and nothing was changed: {detail}",
    "storage": "Cannot use the data files: {detail}.",
}


RANGE_MESSAGES = {
    "range.date": "the date is outside the years {first}–{last}; give a date in that range.",
    "range.amount": "the amount is more than {limit:,} yen; give a smaller amount.",
}


class CliError(Exception):
    """A user mistake a command found; printed as one sentence."""


def _common_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir", default=argparse.SUPPRESS, help="data folder (default: the platform's user data dir)"
    )
    common.add_argument("--config-dir", default=argparse.SUPPRESS, help="settings folder")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_parser()
    parser = argparse.ArgumentParser(
        prog="ushiro-desk", description="Ushiro Desk — the back office of a one-person company.", parents=[common]
    )
    from ushiro_desk import __version__

    parser.add_argument("--version", action="version", version=f"ushiro-desk {__version__}")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib
    import pkgutil

    from ushiro_desk.cli import commands

    for module in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"{commands.__name__}.{module.name}").register(sub, common)
    return parser


def print_json(data: Any) -> None:
    import json

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def main(argv: Sequence[str]) -> int:
    argv = list(argv)
    # No subcommand: open the window without paying for the parser of every command.
    gui = argparse.ArgumentParser(prog="ushiro-desk", parents=[_common_parser()], add_help=False)
    gui.add_argument("--self-test", action="store_true")
    known, rest = gui.parse_known_args(argv)
    if all(a.startswith("-") for a in rest) and not {"-h", "--help", "--version"} & set(rest):
        from ushiro_desk.app import run_gui

        return run_gui(known, rest)
    import sqlite3

    from ushiro_desk.domain.problems import InvalidInput
    from ushiro_desk.outputs import OutputRefused
    from ushiro_desk.storage.errors import StorageError

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from ushiro_desk.app import run_gui

        return run_gui(args, [])
    try:
        return int(args.func(args) or EXIT_OK)
    except StorageError as exc:
        from ushiro_desk.faults import fault_of, sentence

        fault = fault_of(exc.__cause__) if exc.kind == "storage" and exc.__cause__ is not None else None
        template = STORAGE_MESSAGES.get(exc.kind, STORAGE_MESSAGES["storage"])
        print(sentence(fault) if fault else template.format(detail=exc, path=exc.path), file=sys.stderr)
        return EXIT_ERROR
    except InvalidInput as exc:
        from ushiro_desk.cli.problem_texts import sentence as problem_sentence

        for problem in exc.problems:  # one sentence each, in Japanese on a Japanese locale
            print(problem_sentence(problem), file=sys.stderr)
        return EXIT_ERROR
    except (CliError, OutputRefused) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # the reader (e.g. `| head`) stopped reading: that is not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (OSError, ValueError, sqlite3.Error) as exc:  # a fault outside our control: one sentence, never a traceback
        from ushiro_desk.faults import Fault, fault_of, sentence

        fault = fault_of(exc)
        if fault is None and isinstance(exc, OSError):
            fault = Fault("io", str(exc.filename or ""), exc.strerror or str(exc))
        if fault is None:
            raise
        print(sentence(fault), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Cancelled.", file=sys.stderr)
        return 130
