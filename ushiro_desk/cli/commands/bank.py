"""`bank accounts | import | lines | match | confirm | undo | dismiss | add-card`: money in from the
command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ushiro_desk.cli.common import open_for, parse_date
from ushiro_desk.cli.main import EXIT_ERROR, CliError, print_json
from ushiro_desk.domain.problems import InvalidInput, Problem

SENTENCES = {
    "statement.too_large": "The file is larger than {limit:,} bytes; it is not a bank statement.",
    "statement.too_many_lines": "The file has more than {limit:,} lines; split it by month.",
    "statement.too_many_columns": "The row has more than {limit} columns; it is not a bank statement.",
    "statement.field_too_long": "A field is longer than {limit} characters.",
    "statement.not_text": "The file is not text in UTF-8 or Shift_JIS (is it a spreadsheet or a PDF?).",
    "statement.not_a_file": "The path is not a file.",
    "statement.unreadable": "The file cannot be read.",
    "statement.csv": "The CSV is malformed (an unclosed quote?).",
    "statement.empty": "The file has no rows.",
    "statement.columns_unknown": "The columns are not known; give --format or save a column mapping in the app.",
    "statement.not_preset": "The header is not the one {name} writes.",
    "statement.unknown_format": "There is no format called {name!r}.",
    "statement.short_row": "The row has {columns} columns where {needed} are needed.",
    "statement.date": "{text!r} is not a date.",
    "statement.amount": "{text!r} is not an amount of yen.",
    "statement.formula": "The text starts like a spreadsheet formula, which a bank never writes.",
    "statement.encoding": "The record is not Shift_JIS text.",
    "statement.other_account": "The file is for account {number}, not {account}.",
    "zengin.length": "A 全銀 record must be {size} bytes long.",
    "zengin.kind": "The 全銀 file is of kind {kind!r}, not 入出金取引明細 (03) or 振込入金通知 (01).",
    "zengin.order": "A record of type {tag!r} is out of order.",
    "zengin.direction": "入払区分 must be 1 or 2.",
    "zengin.no_trailer": "The 全銀 file ends without its trailer record.",
    "zengin.totals": "The trailer's counts and totals do not match the records.",
    "account.unknown": "There is no account called {name!r}; see 'ushiro-desk bank accounts'.",
    "account.exists": "An account called {name!r} exists already.",
    "bank.line_unknown": "There is no statement line {line}.",
    "bank.line_not_open": "Statement line {line} is not an open deposit.",
    "bank.line_not_matched": "Statement line {line} is not a confirmed match.",
    "bank.document_not_open": "{number} is not an issued document with money still owed.",
    "bank.more_than_owed": "The deposit of {deposit:,} yen is more than the {owed:,} yen owed.",
    "bank.nothing_left": "Nothing of the deposit is left for {number}.",
    "bank.dismiss_reason": "Give the reason for dismissing the deposit.",
    "bank.fee_range": "The fee range must lie between 0 and 10,000 yen.",
    "payment.negative": "An amount or fee cannot be negative.",
    "required": "Give a value.",
    "export.unencodable": "{characters!r} cannot be written in {encoding} ({text!r}).",
    "export.format": "There is no such export format.",
    "search.date_range": "--from is after --to.",
    "output.inside_data": "The file would be inside the data folder; choose another folder.",
    "output.exists": "The file exists already; choose another name or give --force.",
    "output.is_folder": "The output is a folder; give a file name.",
    "output.no_folder": "The output's folder does not exist.",
}


def sentence(problem: Problem) -> str:
    from ushiro_desk.cli import problem_texts

    if problem.code not in SENTENCES or problem_texts.japanese():
        return problem_texts.sentence(problem)
    template = SENTENCES[problem.code]
    try:
        text = template.format(**problem.params)
    except (KeyError, IndexError, ValueError):
        text = template
    return (f"line {problem.line}: " if problem.line else "") + text


def _report(problems: tuple[Problem, ...] | list[Problem], extra: str = "") -> int:
    for problem in problems:
        print(sentence(problem), file=sys.stderr)
    if extra:
        print(extra, file=sys.stderr)
    return EXIT_ERROR


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("bank", parents=[common], help="bank and card statements, 入金消込")
    commands = group.add_subparsers(dest="bank_command", metavar="ACTION", required=True)

    p = commands.add_parser("accounts", parents=[common], help="the bank accounts and cards statements are imported to")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_accounts)

    p = commands.add_parser("add-card", parents=[common], help="add a credit card whose statements you import")
    p.add_argument("name")
    p.set_defaults(func=cmd_add_card)

    p = commands.add_parser("import", parents=[common], help="show what a statement file would add; --apply stores it")
    p.add_argument("file")
    p.add_argument("--account", required=True, metavar="NAME", help="as 'bank accounts' lists it")
    p.add_argument("--format", metavar="NAME", help="zengin, zengin-notice, csv or a preset (default: from the file)")
    p.add_argument("--apply", action="store_true", help="store the new lines")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)

    p = commands.add_parser("lines", parents=[common], help="imported statement lines")
    p.add_argument("--unmatched", action="store_true", help="only deposits not yet matched or dismissed")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_lines)

    p = commands.add_parser("match", parents=[common], help="open deposits with their ranked candidates")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_match)

    p = commands.add_parser("confirm", parents=[common], help="record a deposit as payment of documents")
    p.add_argument("line_id", type=int, metavar="LINE_ID")
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.add_argument("--fee", type=int, metavar="N", help="bank fee the client deducted (default: the shortfall within the fee range)")
    p.set_defaults(func=cmd_confirm)

    p = commands.add_parser("undo", parents=[common], help="take a confirmation back")
    p.add_argument("line_id", type=int, metavar="LINE_ID")
    p.set_defaults(func=cmd_undo)

    p = commands.add_parser("journals", parents=[common], help="sales and receipts journals for the accountant")
    p.add_argument("--format", required=True, choices=("yayoi", "freee", "mf", "csv"),
                   help="yayoi (弥生会計), freee (取引), mf (マネーフォワード 仕訳帳) or csv (Excel)")
    p.add_argument("--from", dest="date_from", type=parse_date, metavar="D", help="first date (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=parse_date, metavar="D", help="last date (YYYY-MM-DD)")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(func=cmd_journals)

    p = commands.add_parser("dismiss", parents=[common], help="a deposit that pays no document, with the reason")
    p.add_argument("line_id", type=int, metavar="LINE_ID")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_dismiss)


def _account_json(a) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {"id": a.id, "name": a.name, "kind": a.kind.value, "bank_name": a.bank_name, "branch_name": a.branch_name,
            "account_number": a.account_number, "format": a.format}


def cmd_accounts(args: argparse.Namespace) -> int:
    from ushiro_desk.services.bank import accounts

    store = open_for(args, write=True)
    try:
        found = accounts.accounts(store)
    finally:
        store.close()
    if args.json:
        print_json([_account_json(a) for a in found])
    else:
        for a in found:
            print(f"{a.kind.value:<5} {a.name}" + (f"  [{a.format}]" if a.format else ""))
    return 0


def cmd_add_card(args: argparse.Namespace) -> int:
    from ushiro_desk.services.bank import accounts

    store = open_for(args, write=True)
    try:
        accounts.add_card(store, args.name)
    except InvalidInput as exc:
        return _report(exc.problems)
    finally:
        store.close()
    print(f"Added the card {args.name.strip()!r}.")
    return 0


def _line_json(line, day: date | None = None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {"date": (day or line.day).isoformat(), "description": line.description, "payer": line.payer,
            "deposit": line.deposit, "withdrawal": line.withdrawal, "balance": line.balance}


def _gap_sentence(gap) -> str:  # type: ignore[no-untyped-def]
    return (f"Transactions are missing between {gap.after:%m/%d} and {gap.before:%m/%d}: the balance is off by "
            f"{abs(gap.difference):,} yen.")


def cmd_import(args: argparse.Namespace) -> int:
    from ushiro_desk.services.bank import imports

    path = Path(args.file).expanduser()
    if not path.is_file():
        raise CliError(f"There is no file {path}.")
    store = open_for(args, write=True)
    try:
        try:
            found = imports.preview(store, path, args.account, format=args.format)
            if not found.ok:
                return _report(found.problems, "Nothing was imported.")
            result = imports.apply(store, path, args.account, format=args.format)[0] if args.apply else None
        except InvalidInput as exc:
            return _report(exc.problems, "Nothing was imported.")
    finally:
        store.close()
    gaps = [_gap_sentence(g) for g in found.gaps]
    if args.json:
        print_json({
            "account": found.account.name, "format": found.statement.format, "encoding": found.statement.encoding,
            "lines": len(found.statement.lines), "new": [_line_json(x) for x in found.new_lines],
            "duplicates": found.duplicates, "gaps": gaps, "applied": bool(result),
            "line_ids": list(result.line_ids) if result else [],
            "expense_drafts": result.drafts if result else 0, "transfers": result.transfers if result else 0,
        })
        return 0
    for line in found.new_lines:
        print(f"{line.day}  {line.amount:>+12,}  {line.description}")
    verb = "Added" if result else "Would add"
    print(f"{verb} {len(found.new)} lines ({found.duplicates} already imported) from {found.statement.format}.")
    if result and (result.drafts or result.transfers):
        print(f"{result.drafts} debits became expense drafts; {result.transfers} were transfers or settlements.")
    for text in gaps:
        print(text)
    if not result and found.new:
        print("Run again with --apply to store them.")
    return 0


def cmd_lines(args: argparse.Namespace) -> int:
    from ushiro_desk.domain.bank.model import LineState
    from ushiro_desk.services.bank import lines as bank_lines

    store = open_for(args, write=False)
    try:
        found = bank_lines.list_lines(store, unmatched=args.unmatched)
    finally:
        store.close()
    if args.json:
        print_json([{"line_id": x.id, "account": x.account_name, **_line_json(x), "state": x.state.value,
                     "note": x.note, "expense_id": x.expense_id} for x in found])
        return 0
    for x in found:
        mark = "" if x.state is LineState.OPEN else f"  [{x.state.value}{': ' + x.note if x.note else ''}]"
        print(f"{x.id:>6}  {x.day}  {x.amount:>+12,}  {x.payer or x.description}{mark}")
    print(f"{len(found)} lines")
    return 0


def cmd_match(args: argparse.Namespace) -> int:
    from ushiro_desk.services.bank import matching

    store = open_for(args, write=False)
    try:
        found = matching.candidates(store)
    finally:
        store.close()
    if args.json:
        print_json([
            {"line_id": x.line.id, "date": x.line.day.isoformat(), "amount": x.line.deposit,
             "payer": x.line.payer or x.line.description,
             "candidates": [{"numbers": list(c.numbers), "clients": sorted({d.client_name for d in c.documents}),
                             "score": c.score, "fee": c.fee, "exact": c.is_exact,
                             "reasons": [{"code": r.code, "detail": r.detail} for r in c.reasons]}
                            for c in x.candidates]}
            for x in found
        ])
        return 0
    for x in found:
        print(f"{x.line.id:>6}  {x.line.day}  {x.line.deposit:>12,}  {x.line.payer or x.line.description}")
        for c in x.candidates:
            reasons = ", ".join(r.code + (f" {r.detail}" if r.detail else "") for r in c.reasons)
            print(f"        {' + '.join(c.numbers)}  score {c.score}  ({reasons})")
        if not x.candidates:
            print("        no candidate")
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    from ushiro_desk.services.bank import matching

    store = open_for(args, write=True)
    try:
        matching.confirm(store, args.line_id, args.numbers, fee=args.fee)
    except InvalidInput as exc:
        return _report(exc.problems, "Nothing was recorded.")
    finally:
        store.close()
    print(f"Recorded line {args.line_id} as payment of {', '.join(args.numbers)}.")
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    from ushiro_desk.services.bank import matching

    store = open_for(args, write=True)
    try:
        matching.undo(store, args.line_id)
    except InvalidInput as exc:
        return _report(exc.problems)
    finally:
        store.close()
    print(f"Line {args.line_id} is open again; its payments were removed.")
    return 0


def cmd_dismiss(args: argparse.Namespace) -> int:
    from ushiro_desk.services.bank import matching

    store = open_for(args, write=True)
    try:
        matching.dismiss(store, args.line_id, args.reason)
    except InvalidInput as exc:
        return _report(exc.problems)
    finally:
        store.close()
    print(f"Dismissed line {args.line_id}.")
    return 0


def cmd_journals(args: argparse.Namespace) -> int:
    from ushiro_desk.services.bank import journals

    store = open_for(args, write=False)
    try:
        result = journals.export(store, args.format, Path(args.out), date_from=args.date_from, date_to=args.date_to,
                                 overwrite=args.force)
    except InvalidInput as exc:
        return _report(exc.problems, "Nothing was written.")
    finally:
        store.close()
    print(f"Wrote {result.entries} journal entries ({result.rows} rows) to {result.path}.")
    return 0
