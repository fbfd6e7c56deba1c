"""`expenses search` and `expenses export`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ushiro_desk.cli.common import add_force, open_for, parse_date
from ushiro_desk.cli.main import EXIT_ERROR, CliError, print_json
from ushiro_desk.domain.limits import MAX_YEN
from ushiro_desk.domain.problems import InvalidInput, Problem

FORMATS = ("yayoi", "freee", "mf", "csv", "audit")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("expenses", parents=[common], help="search and export expenses")
    commands = group.add_subparsers(dest="expenses_command", metavar="ACTION", required=True)

    p = commands.add_parser("search", parents=[common], help="find expenses by date, amount and payee")
    _period(p)
    p.add_argument("--min", type=_yen, metavar="N", help="smallest amount (yen, tax included)")
    p.add_argument("--max", type=_yen, metavar="N", help="largest amount (yen, tax included)")
    p.add_argument("--payee", default="", metavar="TEXT", help="part of the payee's name (取引先)")
    p.add_argument("--text", default="", metavar="TEXT", help="part of the memo, tag or attendees")
    p.add_argument("--account", default="", metavar="NAME", help="account title (勘定科目)")
    p.add_argument("--missing-receipt", action="store_true", help="only expenses without a receipt")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--drafts", action="store_true", help="drafts from the receipt inbox instead")
    scope.add_argument("--deleted", action="store_true", help="deleted expenses instead")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = commands.add_parser("export", parents=[common], help="write expenses for accounting software or an audit")
    p.add_argument("--format", required=True, choices=FORMATS,
                   help="yayoi (弥生会計), freee (取引), mf (マネーフォワード 仕訳帳), csv (Excel) or audit (folder)")
    _period(p)
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write (a new folder for audit)")
    add_force(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_export)


def _period(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", type=parse_date, metavar="D", help="first date (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=parse_date, metavar="D", help="last date (YYYY-MM-DD)")


def _yen(text: str) -> int:
    try:
        value = int(text.replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of yen: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"an amount cannot be negative: {text!r}")
    if value > MAX_YEN:
        raise argparse.ArgumentTypeError(f"an amount cannot be more than {MAX_YEN:,} yen: {text!r}")
    return value


def _sentence(problem: Problem) -> str:
    p = problem.params
    texts = {
        "search.date_range": "--from is after --to.",
        "search.amount_range": "--min is larger than --max.",
        "range.date": "The date is outside the years {first}–{last}.",
        "range.amount": "The amount is more than {limit:,} yen.",
        "export.unencodable": "{characters!r} cannot be written in {encoding} (expense {expense_id}: {text!r}).",
        "export.folder_not_empty": "The output folder is not empty; give a new or empty folder.",
        "export.is_folder": "The output is a folder; give a file name.",
        "export.no_folder": "The output's folder does not exist.",
    }
    from ushiro_desk.cli import problem_texts

    if problem.code not in texts or problem_texts.japanese():
        return problem_texts.sentence(problem)
    template = texts[problem.code]
    try:
        text = template.format(**p)
    except (KeyError, IndexError):
        text = template
    where = f"line {problem.line}, {problem.field}: " if problem.line else ""
    return where + text


def _report(exc: InvalidInput, extra: str = "") -> int:
    for problem in exc.problems:
        print(_sentence(problem), file=sys.stderr)
    if extra:
        print(extra, file=sys.stderr)
    return EXIT_ERROR


def cmd_search(args: argparse.Namespace) -> int:
    from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope
    from ushiro_desk.services import expenses

    scope = Scope.DRAFTS if args.drafts else Scope.DELETED if args.deleted else Scope.RECORDED
    query = ExpenseQuery(
        date_from=args.date_from, date_to=args.date_to, amount_min=args.min, amount_max=args.max,
        payee=args.payee, text=args.text, account=args.account, missing_receipt=args.missing_receipt, scope=scope,
    )
    store = open_for(args, write=False)
    try:
        try:
            ids = expenses.search(store, query)
        except InvalidInput as exc:
            return _report(exc)
        found = expenses.get_many(store, ids)
        rows = expenses.list_rows(store, ids)
        if len(found) != len(ids) or len(rows) != len(ids):  # the index names rows the table cannot give back
            from ushiro_desk.storage.errors import DatabaseCorrupt

            raise DatabaseCorrupt(f"{len(ids) - min(len(found), len(rows))} expenses cannot be read", store.paths.database)
    finally:
        store.close()
    if args.json:
        print_json([_as_json(e, rows[e.id].receipts) for e in found if e.id is not None])
        return 0
    for e in found:
        print(f"{e.id:>7}  {e.date}  {e.amount:>12,}  {e.payee}  [{e.account}]")
    print(f"{len(found)} expenses, {sum(e.amount for e in found):,} yen")
    return 0


def _as_json(e, receipts: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "id": e.id,
        "date": e.date.isoformat(),
        "payee": e.payee,
        "supplier_tnumber": e.supplier_tnumber,
        "amount": e.amount,
        "tax_category": e.tax_category.value,
        "tax_parts": [{"tax_category": p.category.value, "amount": p.amount} for p in e.parts],
        "invoice_status": e.invoice_status.value,
        "account": e.account,
        "payment_method": e.payment_method.value,
        "memo": e.memo,
        "tag": e.tag,
        "attendee_count": e.attendee_count,
        "attendees": e.attendees,
        "receipts": receipts,
        "draft": e.is_draft,
        "deleted": e.is_deleted,
    }


def cmd_export(args: argparse.Namespace) -> int:
    from ushiro_desk.services.expenses import exports

    out = Path(args.out).expanduser()
    if not out.parent.exists():
        raise CliError(f"The folder {out.parent} does not exist.")
    store = open_for(args, write=False)
    try:
        result = exports.export(store, args.format, out, date_from=args.date_from, date_to=args.date_to, overwrite=args.force)
    except InvalidInput as exc:
        return _report(exc, "Nothing was written." if any(p.line for p in exc.problems) else "")
    finally:
        store.close()
    if args.json:
        print_json({"file": str(result.path), "format": args.format, "expenses": result.expenses, "lines": result.lines})
    else:
        print(f"Wrote {result.expenses} expenses ({result.lines} lines) to {result.path}.")
    return 0
