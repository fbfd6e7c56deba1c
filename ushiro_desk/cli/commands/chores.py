"""`chores due` and `chores export-ics`."""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from ushiro_desk.cli.common import add_force, checked_output, open_for, parse_date
from ushiro_desk.cli.main import CliError, print_json


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    chores = sub.add_parser("chores", parents=[common], help="recurring back-office chores")
    actions = chores.add_subparsers(dest="chores_command", metavar="ACTION", required=True)

    p = actions.add_parser("due", parents=[common], help="list the occurrences due (and those overdue)")
    p.add_argument("--on", type=parse_date, metavar="DATE", help="first day (YYYY-MM-DD, default today)")
    p.add_argument("--days", type=int, default=1, metavar="N", help="how many days from --on (default 1)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_due)

    p = actions.add_parser("export-ics", parents=[common], help="write the chores as an iCalendar file")
    p.add_argument("file", metavar="FILE")
    add_force(p)
    p.set_defaults(func=cmd_export_ics)


def cmd_due(args: argparse.Namespace) -> int:
    from ushiro_desk.services import chores

    if not 1 <= args.days <= 3660:
        raise CliError("--days must be between 1 and 3660.")
    from ushiro_desk.domain.limits import MAX_YEAR, day_in_range

    today = date.today()
    first = args.on or today
    last = first + timedelta(days=args.days - 1)
    if not day_in_range(last):
        raise CliError(f"--on and --days must end by {MAX_YEAR}-12-31.")
    store = open_for(args, write=False)
    try:
        items = chores.due_listing(store, first, last, today)
    finally:
        store.close()
    rows = [
        {
            "chore_id": i.chore_id,
            "occurrence_id": i.occurrence_id,
            "title": i.title,
            "area": i.area.value,
            "assignee": i.assignee_name or "owner",
            "assignee_id": i.assignee_id,
            "delegability": i.delegability.value,
            "confidential": i.confidential,
            "due_date": i.due.isoformat(),
            "planned_date": i.planned.isoformat(),
            "state": i.state.value,
            "overdue": i.state.value == "open" and i.planned < today,
            "estimate_minutes": i.estimate_minutes,
            "minutes": i.minutes,
        }
        for i in items
    ]
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(f"Nothing due from {first} to {last}.")
    for row in rows:
        flag = "overdue" if row["overdue"] else row["state"]
        print(f"{row['planned_date']}  {flag:<8} {row['title']}  [{row['area']}, {row['assignee']}, {row['delegability']}]")
    return 0


def cmd_export_ics(args: argparse.Namespace) -> int:
    from ushiro_desk.services import chores

    target = checked_output(args, args.file)
    store = open_for(args, write=False)
    try:
        count = chores.export_ics(store, target, date.today(), overwrite=args.force)
    finally:
        store.close()
    print(f"Wrote {count} chores to {target}.")
    return 0
