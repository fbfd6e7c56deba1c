"""Sample chores: the starter set in Japanese, an online secretary who took over the routine work some
months ago, owner-only judgement chores, and a history of every occurrence with the minutes it took."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ushiro_desk.domain.chores.model import Area, Chore, ChoreSettings, Outsourcer, OutsourcerRole, validate_chore
from ushiro_desk.domain.chores.starter import starter
from ushiro_desk.domain.recurrence import CadenceSpec, Kind, expand, next_after_completion
from ushiro_desk.services import chores as chores_service
from ushiro_desk.services.calendar import business_calendar, closed_days, set_closed_days
from ushiro_desk.services.store import Store
from ushiro_desk.storage import chores_repo as repo
from ushiro_desk.storage.audit import now_utc

ORDER = 10

SECRETARY = Outsourcer("オンライン秘書 田中 由美", OutsourcerRole.ONLINE_SECRETARY, 3500, True)
TAX_ACCOUNTANT = Outsourcer("税理士法人みなと会計", OutsourcerRole.TAX_ACCOUNTANT, 9000, False)
# Starter chores the secretary took over, and those the owner still does.
HANDED_OFF = ("email", "expenses", "post", "scheduling", "supplies", "payments_received")
KEPT = ("invoices", "withholding_tax", "payments", "monthly_close", "insurance", "closing", "pricing", "contracts",
        "directors_pay", "backups")
HANDOFF_MONTHS_AGO = 8


def fill(store: Store, ctx) -> dict[str, int]:  # type: ignore[no-untyped-def]
    rng = ctx.rng
    today: date = ctx.today
    start: date = ctx.start
    handoff_day = date(today.year, today.month, 1) - timedelta(days=30 * HANDOFF_MONTHS_AGO)
    # The office closes for お盆 every year, on top of the national calendar.
    obon = {date(year, 8, day): "夏季休業" for year in range(start.year, today.year + 2) for day in (13, 14)}
    set_closed_days(store, {**closed_days(store), **obon})
    cal = business_calendar(store)
    with store.db.transaction() as conn:
        secretary_id = repo.save_outsourcer(conn, SECRETARY)
        tax_id = repo.save_outsourcer(conn, TAX_ACCOUNTANT)
        repo.save_settings(conn, ChoreSettings(owner_hourly_yen=8000, outsourcer_hourly_yen=3500, last_seen=today))
    ctx.shared["outsourcer_ids"] = [secretary_id, tax_id]
    ctx.shared["secretary_id"] = secretary_id

    made: list[tuple[Chore, int | None]] = []  # the chore, and who did it before the handoff day
    for key in HANDED_OFF + KEPT:
        chore = starter(key).chore("ja", start)
        if key in HANDED_OFF:
            chore = replace(chore, assignee_id=secretary_id)
        if key == "backups":
            chore = replace(chore, rules="")  # not written down yet: the insight says so
        made.append((chore, None))
    made.append((
        Chore(
            title="ポートフォリオとWebサイトの更新", area=Area.SALES_ADMIN, start=start,
            cadence=CadenceSpec(Kind.MONTHLY_NTH_WEEKDAY, nth=-1, weekday=4).cadence(),
            goal="直近の納品事例がWebサイトに掲載されている。", steps="1. 事例を選ぶ\n2. 画像と文章を用意\n3. 公開",
            estimate_minutes=90,
        ),
        None,
    ))

    counts = {"chores": 0, "chore_occurrences": 0}
    with store.db.transaction() as conn:
        for chore, _ in made:
            chore, problems = validate_chore(chore)
            assert not [p for p in problems if p.is_error], problems
            chore_id = repo.insert_chore(conn, chore)
            chore = replace(chore, id=chore_id)
            counts["chores"] += 1
            rows = _history(chore, cal, start, today, handoff_day, rng)
            conn.executemany(
                "INSERT INTO chore_occurrence (chore_id, due_date, planned_date, state, minutes, done_by_id, note, "
                "done_on, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(chore_id, *row, now_utc()) for row in rows],
            )
            counts["chore_occurrences"] += len(rows)
            repo.set_materialised_until(conn, chore_id, today - timedelta(days=1))
    counts["chore_occurrences"] += chores_service.extend_occurrences(store, today)
    counts["outsourcers"] = 2
    return counts


def _history(chore: Chore, cal, start: date, today: date, handoff_day: date, rng):  # type: ignore[no-untyped-def]
    """Rows (due, planned, state, minutes, done_by, note, done_on) up to yesterday."""
    yesterday = today - timedelta(days=1)
    if chore.cadence.after_completion:
        dues, last = [], None
        while True:
            due = next_after_completion(chore.schedule, cal, last)
            if due is None or due > yesterday:
                break
            dues.append(due)
            last = min(due + timedelta(days=rng.randint(0, 3)), yesterday)
    else:
        dues = expand(chore.schedule, cal, start, yesterday)
    rows = []
    for due in dues:
        recent = (today - due).days <= 4
        roll = rng.random()
        by = chore.assignee_id if chore.assignee_id is not None and due >= handoff_day else None
        if recent and roll < 0.35:
            rows.append((due.isoformat(), due.isoformat(), "open", None, None, "", None))  # overdue now
            continue
        if roll > 0.96:
            rows.append((due.isoformat(), due.isoformat(), "skipped", None, None, "今回は対象なし", due.isoformat()))
            continue
        # A new assignee is slower at first; the owner is quick but interrupted.
        factor = rng.uniform(0.7, 1.35) * (1.3 if by is not None and (due - handoff_day).days < 60 else 1.0)
        minutes = max(5, int(round(chore.estimate_minutes * factor / 5)) * 5)
        done_on = min(due + timedelta(days=rng.choice((0, 0, 0, 1, 2))), yesterday)
        rows.append((due.isoformat(), due.isoformat(), "done", minutes, by, "", done_on.isoformat()))
    return rows
