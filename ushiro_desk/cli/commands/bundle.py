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
    p.add_argument("--out", required=True, metavar="FILE", help="a .zip (encrypted) or a folder name")
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

    today = date.today()
    return month_period(text or f"{today.year:04d}-{today.month:02d}")


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
    if not args.no_encryption and target.suffix.lower() != ".zip":
        raise CliError("An encrypted bundle is a .zip file; add .zip to --out, or use --no-encryption for a folder.")
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
        print(f"warning: {warning.field}: {warning.code}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ushiro_desk.services.handoff.returns import apply_return, read_return

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(f"{source} does not exist.")
    store = open_for(args, write=args.apply)
    try:
        review = read_return(store, source, _read_password(args.password_file))
        items = [
            {"key": i.key, "kind": i.kind, "label": i.label, "status": i.status.value if i.status else None,
             "minutes": i.minutes, "note": i.note, "current": i.current, "changes": i.changes_something}
            for i in review.items
        ]
        applied = False
        if args.apply:
            apply_return(store, review, {i.key for i in review.items}, date.today())
            applied = True
    finally:
        store.close()
    if args.json:
        print_json({"bundle_id": review.disclosure.bundle_id, "recipient": review.disclosure.recipient_name, "items": items, "applied": applied})
    else:
        print(f"Return for {review.disclosure.recipient_name} (bundle {review.disclosure.bundle_id}):")
        for item in items:
            print(f"  {item['label']}: {item['status'] or item['kind']} {item['minutes'] or ''} {item['note']}".rstrip())
        print("Applied." if applied else "Nothing changed; run again with --apply to take these in.")
    return 0
