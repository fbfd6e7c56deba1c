"""`bundle recipients | preview | export | import`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ushiro_desk.cli.common import open_for, output_path
from ushiro_desk.cli.main import CliError, print_json


RENDER_HELP = (
    "send documents that show a field this recipient may not see as copies rendered without it"
    " (default: such documents stay home)"
)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    bundle = sub.add_parser("bundle", parents=[common], help="handoff bundles for an outsourcer")
    cmds = bundle.add_subparsers(dest="bundle_command", metavar="COMMAND", required=True)

    p = cmds.add_parser("recipients", parents=[common], help="list the recipients")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_recipients)

    p = cmds.add_parser("preview", parents=[common], help="show everything a bundle would carry")
    p.add_argument("--recipient", required=True, metavar="NAME")
    p.add_argument("--period", metavar="YYYY-MM", help="default: this month")
    p.add_argument("--render-masked", action="store_true", help=RENDER_HELP)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_preview)

    p = cmds.add_parser("export", parents=[common], help="write a bundle and record it in the ledger")
    p.add_argument("--recipient", required=True, metavar="NAME")
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.html: the one-file encrypted workspace (default for recipients); FILE.zip: the AES zip; a folder with --no-encryption")
    p.add_argument("--period", metavar="YYYY-MM", help="default: this month")
    p.add_argument("--password-file", metavar="FILE", help="read the password from FILE (for scripts)")
    p.add_argument("--no-encryption", action="store_true", help="write an unencrypted folder")
    p.add_argument("--render-masked", action="store_true", help=RENDER_HELP)
    p.set_defaults(func=cmd_export)

    p = cmds.add_parser("import", parents=[common], help="review a returned bundle; --apply to take it in")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--password-file", metavar="FILE")
    p.add_argument("--apply", action="store_true", help="apply every change listed")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import)


def _recipient(store, name: str):  # type: ignore[no-untyped-def]
    from ushiro_desk.services.handoff.recipients import find_recipient

    found = find_recipient(store, name)
    if found is None:
        raise CliError(f"No recipient called {name!r}; 'ushiro-desk bundle recipients' lists them.")
    return found


def _period(text: str | None) -> tuple[date, date]:
    from ushiro_desk.services.handoff.bundles import month_period

    from ushiro_desk.domain.limits import MAX_YEAR, MIN_YEAR, day_in_range

    today = date.today()
    first, last = month_period(text or f"{today.year:04d}-{today.month:02d}")
    if not day_in_range(first):
        raise CliError(f"--period must be a month in the years {MIN_YEAR}–{MAX_YEAR}.")
    return first, last


def _read_password(path: str | None) -> str | None:
    if path is None:
        return None
    try:
        text = Path(path).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise CliError(f"Cannot read the password file: {exc.strerror}.") from None
    if len(text) < 8:
        raise CliError("The password in the password file must have at least 8 characters.")
    return text


def cmd_recipients(args: argparse.Namespace) -> int:
    from ushiro_desk.services.handoff.recipients import list_recipients

    store = open_for(args, write=False)
    try:
        rows = [
            {
                "id": r.id, "name": r.name, "role": r.outsourcer.role.value, "individual": r.outsourcer.is_individual,
                "areas": sorted(r.profile.areas), "data_kinds": sorted(k.value for k in r.profile.data_kinds),
                "nda_date": r.profile.nda_date,
            }
            for r in list_recipients(store)
        ]
    finally:
        store.close()
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['name']}\t{row['role']}\tareas: {', '.join(row['areas']) or '-'}\tdata: {', '.join(row['data_kinds']) or '-'}")
    return 0


def _preview_dict(preview) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from ushiro_desk.services.handoff.bundles import packet_members

    plan = preview.plan
    return {
        "recipient": plan.recipient,
        "period": {"start": plan.period_start, "end": plan.period_end},
        "tasks": [
            {"id": t.chore.record_id, "title": t.chore.label, "due_dates": list(t.due_dates),
             "needs": [k.value for k in t.needs], "fields": [n for n, _ in t.chore.fields]}
            for t in plan.tasks
        ],
        "records": [
            {"kind": r.kind, "id": r.record_id, "label": r.label, "fields": [n for n, _ in r.fields],
             "masked": {n: s.value for n, s in r.masked}}
            for r in plan.records
        ],
        "files": [
            {"path": m.member or None, "name": m.name, "contains": m.contains, "count": m.count, "record": m.record,
             "masked": [{"kind": kind, "field": name, "why": why.value} for kind, name, why in m.masked]}
            for m in packet_members(preview)
        ],
        "render_masked": preview.render_masked,
        "withheld": [{"kind": w.kind, "id": w.record_id, "label": w.label, "reason": w.reason.value} for w in plan.withheld],
        "return_rows": len(preview.occurrences),
    }


def cmd_preview(args: argparse.Namespace) -> int:
    from ushiro_desk.services.handoff.bundles import preview

    store = open_for(args, write=False)
    try:
        result = _preview_dict(preview(store, _recipient(store, args.recipient), *_period(args.period), render_masked=args.render_masked))
    finally:
        store.close()
    if args.json:
        print_json(result)
        return 0
    print(f"{result['recipient']}: {result['period']['start']} – {result['period']['end']}")  # type: ignore[index]
    for task in result["tasks"]:  # type: ignore[attr-defined]
        print(f"  task: {task['title']} ({', '.join(str(d) for d in task['due_dates'])})")
    for record in result["records"]:  # type: ignore[attr-defined]
        masked = f" masked: {', '.join(record['masked'])}" if record["masked"] else ""
        print(f"  {record['kind']}: {record['label']}{masked}")
    for file in result["files"]:  # type: ignore[attr-defined]
        if file["contains"] == "withheld":
            masked = ", ".join(f"{m['kind']} {m['field']}" for m in file["masked"])
            print(f"  stays home: file {file['name']} of {file['record']} (shows {masked})")
        else:
            about = f"{file['name']} of {file['record']}" if file["record"] else f"{file['contains']} {file['count'] or ''}".rstrip()
            print(f"  file: {file['path']} — {about}")
    for item in result["withheld"]:  # type: ignore[attr-defined]
        print(f"  stays home: {item['kind']} {item['label']} ({item['reason']})")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ushiro_desk.domain.problems import InvalidInput
    from ushiro_desk.outputs import OutputRefused
    from ushiro_desk.services.handoff import secrets
    from ushiro_desk.services.handoff.bundles import default_work_order, export, preview

    target = output_path(args.out)
    if args.no_encryption and args.password_file:
        raise CliError("Choose either --no-encryption or --password-file.")
    if args.no_encryption and target.suffix.lower() == ".html":
        raise CliError("The .html workspace is always encrypted; leave out --no-encryption or name a folder.")
    if not args.no_encryption and target.suffix.lower() not in (".zip", ".html"):
        raise CliError("An encrypted bundle is a .html workspace or a .zip file; add .html or .zip to --out, or use --no-encryption for a folder.")
    if target.exists():
        raise CliError(f"{target} exists already; choose another name.")
    password = _read_password(args.password_file)
    generated = False
    store = open_for(args, write=True)
    try:
        recipient = _recipient(store, args.recipient)
        if password is None and not args.no_encryption:
            if not secrets.keyring_available():
                raise CliError("No keyring is available to keep the password; use --password-file FILE.")
            password = secrets.generate_password()
            generated = True
        today = date.today()
        shown = preview(store, recipient, *_period(args.period), render_masked=args.render_masked)
        try:
            entry, warnings = export(store, shown, default_work_order(store, shown, today), target, password=password, today=today)
        except InvalidInput as exc:
            damaged = next((p for p in exc.problems if p.code == "handoff.file_damaged"), None)
            if damaged is None:
                raise
            raise CliError(
                f"The stored file of {damaged.params.get('record')} ({damaged.params.get('name')}) no longer matches its SHA-256, so nothing was written."
            ) from None
        except OutputRefused as exc:
            raise CliError(str(exc)) from None
        if generated:
            secrets.store_password(recipient.id, password)  # type: ignore[arg-type]
    finally:
        store.close()
    print(f"Wrote {target}: {len(entry.files)} files, {entry.records} records; expires {entry.expires_on}.")
    if generated:
        print(f"Password (kept in the keyring for {recipient.name}): {password}")
    for warning in warnings:
        print(f"warning: {_sentence(warning)}")
    return 0


# What a refused return says on the command line: one English sentence per problem.
RETURN_SENTENCES = {
    "return.encoding": "status.csv is neither UTF-8 nor Shift_JIS text; save it again from Excel as CSV.",
    "return.sheet_too_large": "status.csv is larger than {limit} MB; it was refused before it was read.",
    "return.too_many_rows": "status.csv has more than {limit} lines; it was refused before it was read.",
    "return.bad_csv": "status.csv cannot be read as CSV here (a cell may be far too long or a quote is not closed).",
    "return.too_long": "The {field} cell is longer than {limit} characters.",
    "return.control_character": "The {field} cell contains a control character.",
    "return.duplicate_row": "This occurrence_id is on line {first} already; each due date may be returned once.",
    "return.repeat": "This packet was already taken in on {imported_at}; a packet is applied once.",
    "return.manifest_too_large": "manifest.json is too large for a returned packet; it was refused before it was read.",
    "return.manifest_too_deep": "manifest.json is nested more than {limit} levels deep; it was refused before it was read.",
    "return.no_manifest": "This is not a returned handoff packet: manifest.json is missing or unreadable.",
    "return.no_status": "The packet has no return/status.csv.",
    "return.unknown_bundle": "This packet does not match any bundle in the disclosure ledger.",
    "return.empty": "status.csv is empty.",
    "return.columns": "status.csv does not have the expected columns (missing: {missing}; unexpected: {extra}).",
    "return.row_length": "This row has {got} cells instead of {expected}.",
    "return.bad_id": "The occurrence_id is not a number.",
    "return.bad_status": "The status {value!r} is not one of done, skipped or question.",
    "return.bad_minutes": "The minutes must be a whole number from 0 to 1440.",
    "return.receipt_type": "The receipt {member} is not a PDF, PNG or JPEG file.",
    "return.receipt_size": "The receipt {member} is empty or larger than 50 MB.",
    "return.receipt_name": "The receipt name {member}... is too long or contains control characters.",
    "return.conflict_arisen": "{item} changed since the review; run the import again to see what it is now.",
    "archive.too_large": "The archive is larger than 1 GB; it was refused.",
    "archive.too_many_members": "The archive contains too many files; it was refused.",
    "archive.member_too_large": "A file in the archive is too large ({member}); it was refused.",
    "archive.bomb": "A file in the archive expands suspiciously ({member}); it was refused.",
    "archive.password_needed": "The archive is encrypted; give its password with --password-file FILE.",
    "archive.bad_password": "The password does not open this archive.",
    "archive.not_zip": "This file is not a ZIP archive or it is damaged.",
    "archive.not_return": "This file is not a return file written by the workspace, or it is damaged.",
}
CONFLICT_SENTENCES = {
    "not_in_bundle": "this due date was not in the packet",
    "gone": "this due date no longer exists",
    "expired": "the packet expired on {on}",
    "deletion_confirmed": "the packet's deletion was confirmed on {on}",
    "not_open": "already {state} on {on}",
    "owner_only": "the chore is now owner-only",
    "confidential": "the chore now touches confidential data",
    "reassigned": "the chore is now assigned to {assignee}",
}


def _sentence(problem) -> str:  # type: ignore[no-untyped-def]
    from ushiro_desk.cli import problem_texts

    template = RETURN_SENTENCES.get(problem.code)
    if template is None or problem_texts.japanese():
        return problem_texts.sentence(problem)
    else:
        try:
            text = template.format(field=problem.field, **problem.params)
        except (KeyError, IndexError):
            text = template
    return f"Line {problem.line}: {text}" if problem.line else text


def _conflict(item) -> str:  # type: ignore[no-untyped-def]
    now = {"on": "?", "state": "finished", "assignee": "you", **{k: v for k, v in (item.now or {}).items() if v is not None}}
    return CONFLICT_SENTENCES.get(item.conflict, item.conflict).format(**now)


def cmd_import(args: argparse.Namespace) -> int:
    from ushiro_desk.domain.problems import InvalidInput
    from ushiro_desk.services.handoff.returns import apply_return, read_return

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(f"{source} does not exist.")
    store = open_for(args, write=args.apply)
    try:
        today = date.today()
        review = read_return(store, source, _read_password(args.password_file), today)
        items = [
            {"key": i.key, "kind": i.kind, "label": i.label, "line": i.line, "status": i.status.value if i.status else None,
             "minutes": i.minutes, "note": i.note, "current": i.current, "changes": i.applicable,
             "conflict": i.conflict or None, "conflict_text": _conflict(i) if i.conflict else None, "now": i.now}
            for i in review.items
        ]
        applied = False
        if args.apply:
            applied = bool(apply_return(store, review, {i.key for i in review.items if i.applicable}, today))
    except InvalidInput as exc:
        raise CliError("\n".join(_sentence(p) for p in exc.problems)) from None
    finally:
        store.close()
    if args.json:
        print_json({"bundle_id": review.disclosure.bundle_id, "recipient": review.disclosure.recipient_name, "items": items, "applied": applied})
    else:
        print(f"Return for {review.disclosure.recipient_name} (bundle {review.disclosure.bundle_id}):")
        for item in items:
            line = f"  {item['label']}: {item['status'] or item['kind']} {item['minutes'] or ''} {item['note']}".rstrip()
            if item["conflict"]:
                line += f" (conflict, not applied: {item['conflict_text']})"
            print(line)
        conflicts = sum(1 for item in items if item["conflict"])
        if applied:
            print(f"Applied; {conflicts} conflicting items were left as they are." if conflicts else "Applied.")
        elif args.apply and conflicts:
            print("Nothing was applied: the items conflict with what changed since the packet left.")
        elif args.apply:
            print("Nothing to apply: the packet changes nothing.")
        else:
            print("Nothing changed; run again with --apply to take in the items without a conflict.")
    return 0
