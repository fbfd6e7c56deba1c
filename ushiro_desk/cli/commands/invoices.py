"""`invoices list [--json]` and `invoices pdf NUMBER --out FILE`."""

from __future__ import annotations

import argparse
from datetime import date

from ushiro_desk.cli.common import add_force, checked_output, open_for, parse_date
from ushiro_desk.cli.main import CliError, print_json

KINDS = {"quote": "見積", "invoice": "請求", "correction": "修正", "credit_note": "返還"}


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("invoices", parents=[common], help="quotes, invoices and credit notes")
    inner = p.add_subparsers(dest="invoices_command", metavar="ACTION", required=True)

    q = inner.add_parser(
        "list", parents=[common],
        help="list documents with their status and amounts; --from/--to, --min/--max and --client narrow them together",
    )
    q.add_argument("--json", action="store_true")
    q.add_argument("--on", type=parse_date, default=None, metavar="DATE", help="judge overdue as of DATE (default today)")
    q.add_argument("--from", dest="date_from", type=parse_date, metavar="D", help="issued on or after D (YYYY-MM-DD)")
    q.add_argument("--to", dest="date_to", type=parse_date, metavar="D", help="issued on or before D (YYYY-MM-DD)")
    q.add_argument("--min", type=_yen, metavar="N", help="total (tax included) of at least N yen")
    q.add_argument("--max", type=_yen, metavar="N", help="total (tax included) of at most N yen")
    q.add_argument("--client", default="", metavar="TEXT", help="client name containing TEXT")
    q.set_defaults(func=cmd_list)

    q = inner.add_parser("pdf", parents=[common], help="write an issued document's PDF")
    q.add_argument("number", metavar="NUMBER")
    q.add_argument("--out", required=True, metavar="FILE")
    add_force(q)
    q.set_defaults(func=cmd_pdf)


def _yen(text: str) -> int:
    try:
        value = int(text.replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of yen: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"an amount cannot be negative: {text!r}")
    return value


def cmd_list(args: argparse.Namespace) -> int:
    from ushiro_desk.domain.invoicing.search import DocumentQuery, check_query
    from ushiro_desk.services.invoicing import queries

    query = DocumentQuery(args.date_from, args.date_to, args.min, args.max, args.client)
    sentences = {"search.date_range": "--from is after --to.", "search.amount_range": "--min is larger than --max."}
    problems = check_query(query)
    if problems:
        raise CliError(sentences.get(problems[0].code, f"{problems[0].field} is not valid."))
    store = open_for(args, write=False)
    try:
        rows = queries.export(store, args.on or date.today(), query)
    finally:
        store.close()
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        status = r["status"] + (" overdue" if r["overdue"] else "")
        print(
            f"{r['number'] or '(draft)':<16} {r['kind']:<11} {r['issue_date']} due {r['due_date'] or '-':<10} "
            f"{_signed(r):>12,} {r['balance']:>12,}  {status:<20} {r['client']}"
        )
    return 0


def _signed(row: dict) -> int:  # type: ignore[type-arg]
    """A credit note lowers what is owed: listed as a negative amount."""
    return -row["amount_due"] if row["kind"] == "credit_note" else row["amount_due"]


def cmd_pdf(args: argparse.Namespace) -> int:
    from ushiro_desk.domain.problems import InvalidInput
    from ushiro_desk.outputs import write_bytes
    from ushiro_desk.services.invoicing import documents

    target = checked_output(args, args.out)
    store = open_for(args, write=False)
    try:
        doc = documents.find_by_number(store, args.number)
        if doc is None or doc.id is None:
            raise CliError(f"There is no issued document numbered {args.number}.")
        try:
            data = documents.issued_pdf(store, doc.id)
        except InvalidInput as exc:
            raise CliError(f"The stored PDF of {args.number} is missing or damaged; restore a backup.") from exc
    finally:
        store.close()
    write_bytes(target, data, data_root=store.paths.root, overwrite=args.force)
    print(target)
    return 0
