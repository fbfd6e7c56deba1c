"""`check`, `backup`, `restore`, `demo`."""

from __future__ import annotations

import argparse
from pathlib import Path

from ushiro_desk.cli.common import add_force, checked_output, open_for, paths_of
from ushiro_desk.cli.main import EXIT_ERROR, CliError, print_json


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("check", parents=[common], help="check the database's integrity and print counts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backup", parents=[common], help="back up the database now")
    p.add_argument("--to", metavar="FILE", help="write the backup here instead of the backups folder")
    add_force(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="replace the database with a backup")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("demo", parents=[common], help="fill an empty data dir with sample data")
    p.add_argument("--years", type=int, default=2, help="years of history (default 2)")
    p.add_argument("--seed", type=int, default=7, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_demo)


def cmd_check(args: argparse.Namespace) -> int:
    from ushiro_desk.services import maintenance
    from ushiro_desk.storage.errors import DatabaseCorrupt

    paths = paths_of(args)
    if not paths.database.exists():
        raise CliError(f"There is no database in {paths.root} yet.")
    try:
        store = open_for(args, write=False)  # refuses newer or foreign files; migrates when free to
    except DatabaseCorrupt:
        pass  # damaged or emptied: the check below says what it finds
    else:
        try:
            from ushiro_desk.services import leftovers

            leftovers.sweep(store)  # temporary files of interrupted exports
        finally:
            store.close()
    report = maintenance.check(paths)
    if args.json:
        print_json(report.as_dict())
    else:
        print(f"integrity: {'ok' if report.integrity == ['ok'] else 'damaged'}")
        print(f"foreign keys: {'ok' if not report.foreign_key_violations else len(report.foreign_key_violations)}")
        print(f"schema: {report.schema_version}{'' if report.schema_current else ' (not current)'}")
        print(f"files: {report.files_checked} checked ({report.bytes_checked:,} bytes)")
        for table, count in report.counts.items():
            print(f"{table}: {count}")
        if report.findings:
            total = sum(f.count for f in report.findings)
            print(f"Found {total} problem{'s' if total != 1 else ''} of {len(report.findings)} kind{'s' if len(report.findings) != 1 else ''}:")
        for finding in report.findings:
            print(f"- {finding.kind}: {finding.message}")
            for item in finding.items[:SHOWN_ITEMS]:
                print(f"    {item}")
            if finding.count > SHOWN_ITEMS:
                print(f"    … and {finding.count - SHOWN_ITEMS} more (see check --json)")
    return 0 if report.ok else EXIT_ERROR


SHOWN_ITEMS = 10


def cmd_backup(args: argparse.Namespace) -> int:
    from ushiro_desk.storage import backups

    chosen = checked_output(args, args.to) if args.to else None
    store = open_for(args, write=False)
    try:
        target = (
            backups.backup_to(store.paths, chosen, overwrite=args.force)
            if chosen is not None
            else backups.make_backup(store.paths, "manual")
        )
    finally:
        store.close()
    if args.json:
        print_json({"backup": str(target)})
    else:
        print(target)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ushiro_desk.cli.common import report_sweep
    from ushiro_desk.services import maintenance

    report_sweep(paths_of(args))
    kept = maintenance.restore_from(paths_of(args), Path(args.file).expanduser())
    print(f"Restored {args.file}." + (f" The previous database was kept as {kept}." if kept else ""))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ushiro_desk.services.sample_data import fill_aside

    if not 1 <= args.years <= 30:
        raise CliError("--years must be between 1 and 30.")
    store = open_for(args, write=True)
    try:
        if not store.is_empty():
            raise CliError(f"The data dir {store.paths.root} already has data; demo fills only an empty one.")
        summary = fill_aside(store, years=args.years, seed=args.seed)  # built aside: a kill leaves nothing half-made
    finally:
        store.close()
    print(", ".join(f"{name}: {count}" for name, count in summary.items()))
    return 0
