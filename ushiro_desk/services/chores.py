"""Chores: keep the inventory, materialise each chore's due dates as occurrences, tick them off.

Occurrences are stored rows up to a horizon (today + HORIZON_DAYS), so the Today page reads them with
one indexed query and never expands a rule while the window opens. `extend_occurrences` moves the
horizon on (the app runs it in the background after the window is shown); saving a chore re-expands its
future dates. Rows that carry the owner's work (done, skipped, minutes, a note, a snooze) are never
dropped by a re-expansion.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Callable

from ushiro_desk.domain.chores.due import DueItem
from ushiro_desk.domain.chores.kinds import OccurrenceState
from ushiro_desk.domain.chores.model import Chore, ChoreSettings, validate_chore, validate_minutes, validate_settings
from ushiro_desk.domain.problems import InvalidInput, Problem, error, has_errors
from ushiro_desk.services.changes import CHORES, Changes
from ushiro_desk.services.store import Store
from ushiro_desk.services.today import today_view as today_view  # lives in the light module; callers of this one see it here
from ushiro_desk.storage import audit
from ushiro_desk.storage import chores_due as due_repo
from ushiro_desk.storage import chores_repo as repo

HORIZON_DAYS = 60


# -- the inventory -------------------------------------------------------------------------------


def list_chores(store: Store, *, include_archived: bool = False) -> list[Chore]:
    with store.db.snapshot() as conn:
        return repo.list_chores(conn, include_archived=include_archived)


def load_chore(store: Store, chore_id: int) -> Chore:
    with store.db.snapshot() as conn:
        chore = repo.load_chore(conn, chore_id)
    if chore is None:
        raise InvalidInput([error("chore", "chore.not_found", id=chore_id)])
    return chore


def check_chore(store: Store, chore: Chore) -> tuple[Chore, list[Problem]]:
    """The chore normalised, with every problem (for the editor, before saving)."""
    chore, problems = validate_chore(chore)
    if chore.assignee_id is not None:
        with store.db.snapshot() as conn:
            assignee = repo.load_outsourcer(conn, chore.assignee_id)
        if assignee is None:
            problems.append(error("assignee", "chore.unknown_assignee"))
    return chore, problems


def save_chore(store: Store, chore: Chore, today: date) -> tuple[int, Changes, list[Problem]]:
    """Add or update a chore and re-expand its due dates from today; return its id and the warnings.
    Raises InvalidInput with every error when it cannot be saved."""
    chore, problems = check_chore(store, chore)
    if has_errors(problems):
        raise InvalidInput(problems)
    from ushiro_desk.services.calendar import business_calendar

    cal = business_calendar(store)
    with store.db.transaction() as conn:
        if chore.id is None:
            chore_id = repo.insert_chore(conn, chore)
            chore = replace(chore, id=chore_id)
            audit.record(conn, "add", "chore", chore_id, {"title": chore.title, "assignee_id": chore.assignee_id})
            _materialise(conn, chore, cal, today, since=max(today, chore.start))
        else:
            before = repo.load_chore(conn, chore.id)
            if before is None:
                raise InvalidInput([error("chore", "chore.not_found", id=chore.id)])
            repo.update_chore(conn, chore)
            # the assignee is kept: a work order's 委託日 defaults to when the chore was assigned
            audit.record(conn, "edit", "chore", chore.id, {"title": chore.title, "assignee_id": chore.assignee_id})
            if before.schedule != chore.schedule and not chore.archived:
                repo.drop_untouched_open(conn, chore.id, today)
                _materialise(conn, chore, cal, today, since=max(today, chore.start))
    return chore.id or 0, Changes.of(CHORES), problems


def duplicate_chore(store: Store, chore_id: int, title: str, today: date) -> tuple[int, Changes]:
    """A copy with its own history (none yet), starting today or at the original's start."""
    original = load_chore(store, chore_id)
    copy = replace(original, id=None, title=title, archived=False, start=max(original.start, today))
    new_id, changes, _ = save_chore(store, copy, today)
    return new_id, changes


def set_archived(store: Store, chore_id: int, archived: bool, today: date) -> Changes:
    """Archive a chore (it keeps its history and leaves the lists) or bring it back."""
    chore = load_chore(store, chore_id)
    from ushiro_desk.services.calendar import business_calendar

    cal = business_calendar(store) if not archived else None
    with store.db.transaction() as conn:
        repo.set_chore_archived(conn, chore_id, archived)
        if archived:
            repo.drop_untouched_open(conn, chore_id)
            repo.set_materialised_until(conn, chore_id, None)
        else:
            assert cal is not None
            _materialise(conn, replace(chore, archived=False), cal, today, since=max(today, chore.start))
        audit.record(conn, "archive" if archived else "unarchive", "chore", chore_id, {"title": chore.title})
    return Changes.of(CHORES)


def delete_chore(store: Store, chore_id: int) -> Changes:
    """Delete a chore that has no history; one with history can only be archived."""
    with store.db.transaction() as conn:
        if repo.history_count(conn, chore_id):
            raise InvalidInput([error("chore", "chore.has_history")])
        repo.delete_chore(conn, chore_id)
        audit.record(conn, "delete", "chore", chore_id)
    return Changes.of(CHORES)


def next_due_dates(store: Store) -> dict[int, date]:
    """The next open occurrence of each chore (for the inventory list)."""
    with store.db.snapshot() as conn:
        return repo.next_open(conn)


def add_starters(store: Store, keys: list[str], language: str, start: date, today: date) -> tuple[list[int], Changes]:
    """Add chores from the starter set in the chosen language ("ja" or "en")."""
    from ushiro_desk.domain.chores.starter import starter

    ids = [save_chore(store, starter(key).chore(language, start), today)[0] for key in keys]
    return ids, Changes.of(CHORES)


def history(store: Store, chore_id: int, limit: int = 50) -> list[DueItem]:
    with store.db.snapshot() as conn:
        return due_repo.history(conn, chore_id, limit)


# -- materialising occurrences -------------------------------------------------------------------


def _materialise(conn, chore: Chore, cal, today: date, since: date) -> int:  # type: ignore[no-untyped-def]
    """Add the chore's occurrences from `since` to the horizon and record how far they go."""
    from ushiro_desk.domain.recurrence import expand, next_after_completion

    horizon = today + timedelta(days=HORIZON_DAYS)
    assert chore.id is not None
    if chore.cadence.after_completion:
        added = 0
        if repo.open_count(conn, chore.id) == 0:
            due = next_after_completion(chore.schedule, cal, repo.last_done(conn, chore.id))
            if due is not None:
                added = repo.add_occurrences(conn, chore.id, [due])
        repo.set_materialised_until(conn, chore.id, horizon)
        return added
    added = repo.add_occurrences(conn, chore.id, expand(chore.schedule, cal, since, horizon)) if since <= horizon else 0
    repo.set_materialised_until(conn, chore.id, horizon)
    return added


def extend_occurrences(store: Store, today: date, should_stop: Callable[[], bool] = lambda: False) -> int:
    """Move every chore's occurrences on to today + HORIZON_DAYS; return how many were added.

    A chore last expanded long ago (the app was closed) gets its missed dates too, so they can be
    listed for a decision rather than vanish."""
    from ushiro_desk.services.calendar import business_calendar

    horizon = today + timedelta(days=HORIZON_DAYS)
    with store.db.snapshot() as conn:
        reached = repo.materialised_until(conn)
        due_ids = [cid for cid, until in reached.items() if until is None or until < horizon]
        chores = [c for c in (repo.load_chore(conn, cid) for cid in due_ids) if c is not None]
    if not chores:
        return 0
    cal = business_calendar(store)
    added = 0
    with store.db.transaction() as conn:
        for chore in chores:
            if should_stop():
                break
            until = reached.get(chore.id or 0)
            since = max(chore.start, until + timedelta(days=1)) if until else max(chore.start, today)
            added += _materialise(conn, chore, cal, today, since)
    return added


def rematerialise_all(store: Store, today: date) -> Changes:
    """Re-expand every chore's future dates (after the business calendar changed)."""
    from ushiro_desk.services.calendar import business_calendar

    cal = business_calendar(store)
    with store.db.transaction() as conn:
        for chore in repo.list_chores(conn):
            assert chore.id is not None
            repo.drop_untouched_open(conn, chore.id, today)
            _materialise(conn, chore, cal, today, since=max(today, chore.start))
    return Changes.of(CHORES)


def set_closed_days(store: Store, days: dict[date, str], today: date) -> Changes:
    """Replace the owner's closed days and move the chores' future due dates with them."""
    from ushiro_desk.services import calendar

    changes = calendar.set_closed_days(store, days)
    return changes | rematerialise_all(store, today)


def _occurrence(conn, occurrence_id: int):  # type: ignore[no-untyped-def]
    occurrence = repo.load_occurrence(conn, occurrence_id)
    if occurrence is None:
        raise InvalidInput([error("occurrence", "chore.occurrence_not_found", id=occurrence_id)])
    return occurrence


def complete(
    store: Store, occurrence_id: int, today: date, *, minutes: int | None = None, done_by_id: int | None = None,
    note: str = "", by_assignee: bool = True,
) -> Changes:
    """Tick an occurrence off with the minutes it took. By default the chore's assignee did it."""
    problems = validate_minutes(minutes)
    if problems:
        raise InvalidInput(problems)
    with store.db.transaction() as conn:
        occurrence = _occurrence(conn, occurrence_id)
        chore = repo.load_chore(conn, occurrence.chore_id)
        assert chore is not None
        who = chore.assignee_id if by_assignee and done_by_id is None else done_by_id
        spent = minutes if minutes is not None else chore.estimate_minutes
        repo.set_state(conn, occurrence_id, OccurrenceState.DONE, minutes=spent, done_by_id=who,
                       note=note.strip(), done_on=today)
        audit.record(conn, "done", "chore_occurrence", occurrence_id, {"minutes": spent, "due": occurrence.due})
        if chore.cadence.after_completion:
            _schedule_next_after_completion(store, conn, chore, today)
    return Changes.of(CHORES)


def skip(store: Store, occurrence_id: int, today: date, note: str = "") -> Changes:
    with store.db.transaction() as conn:
        occurrence = _occurrence(conn, occurrence_id)
        chore = repo.load_chore(conn, occurrence.chore_id)
        assert chore is not None
        repo.set_state(conn, occurrence_id, OccurrenceState.SKIPPED, minutes=None, done_by_id=None,
                       note=note.strip(), done_on=today)
        audit.record(conn, "skip", "chore_occurrence", occurrence_id, {"due": occurrence.due})
        if chore.cadence.after_completion:
            _schedule_next_after_completion(store, conn, chore, today)
    return Changes.of(CHORES)


def _schedule_next_after_completion(store: Store, conn, chore: Chore, handled_on: date) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.domain.recurrence import next_after_completion
    from ushiro_desk.services.calendar import business_calendar

    assert chore.id is not None
    if repo.open_count(conn, chore.id):
        return
    due = next_after_completion(chore.schedule, business_calendar(store), handled_on)
    if due is not None:
        repo.add_occurrences(conn, chore.id, [due])


def reopen(store: Store, occurrence_id: int) -> Changes:
    """Undo a tick or a skip: the occurrence is open again (its minutes are forgotten)."""
    with store.db.transaction() as conn:
        occurrence = _occurrence(conn, occurrence_id)
        chore = repo.load_chore(conn, occurrence.chore_id)
        assert chore is not None
        if chore.cadence.after_completion:
            # The next date was counted from this completion; it goes until the chore is done again.
            conn.execute(
                "DELETE FROM chore_occurrence WHERE chore_id = ? AND state = 'open' AND id != ? AND minutes IS NULL "
                "AND note = ''",
                (chore.id, occurrence_id),
            )
        repo.set_state(conn, occurrence_id, OccurrenceState.OPEN, minutes=None, done_by_id=None,
                       note=occurrence.note, done_on=None)
        audit.record(conn, "reopen", "chore_occurrence", occurrence_id, {"due": occurrence.due})
    return Changes.of(CHORES)


def snooze(store: Store, occurrence_id: int, to: date, today: date) -> Changes:
    """Show an open occurrence on another day; its due date stays what it was."""
    if to < today:
        raise InvalidInput([error("snooze", "chore.snooze_past")])
    with store.db.transaction() as conn:
        occurrence = _occurrence(conn, occurrence_id)
        if occurrence.state is not OccurrenceState.OPEN:
            raise InvalidInput([error("snooze", "chore.not_open")])
        repo.set_planned(conn, occurrence_id, to)
        audit.record(conn, "snooze", "chore_occurrence", occurrence_id, {"to": to})
    return Changes.of(CHORES)


# -- missed while the app was closed --------------------------------------------------------------


def missed(store: Store, today: date) -> list[DueItem]:
    """Open occurrences that fell due after the day the app was last used and before today: they came
    due while nobody looked, so the owner decides on each (do, skip) instead of finding a pile."""
    with store.db.snapshot() as conn:
        seen = repo.load_settings(conn).last_seen
        if seen is None or seen >= today - timedelta(days=1):
            return []
        return due_repo.open_between(conn, seen + timedelta(days=1), today - timedelta(days=1))


def mark_seen(store: Store, today: date) -> None:
    with store.db.transaction() as conn:
        settings = repo.load_settings(conn)
        if settings.last_seen is None or settings.last_seen < today:
            repo.save_settings(conn, replace(settings, last_seen=today))


DO, SKIP = "do", "skip"


def decide_missed(store: Store, decisions: dict[int, str], today: date) -> Changes:
    """Apply the owner's decision on each missed occurrence: "do" keeps it open (it stays overdue on the
    Today page), "skip" skips it. Then the missed ones are settled."""
    for occurrence_id, decision in decisions.items():
        if decision == SKIP:
            skip(store, occurrence_id, today)
    mark_seen(store, today)
    return Changes.of(CHORES)


# -- listings for the command line ---------------------------------------------------------------


def due_listing(store: Store, first: date, last: date, today: date, *, include_overdue: bool = True) -> list[DueItem]:
    """Occurrences planned in [first, last] (any state), preceded by those overdue today (open and
    planned before both `first` and today). Beyond the stored horizon the dates are expanded on the
    fly (nothing is written)."""
    from ushiro_desk.domain.limits import check_day
    from ushiro_desk.domain.recurrence import expand
    from ushiro_desk.services.calendar import business_calendar

    out_of_range = check_day("first", first) + check_day("last", last) + check_day("today", today)
    if out_of_range:
        raise InvalidInput(out_of_range)
    with store.db.snapshot() as conn:
        items = due_repo.planned_between(conn, first, last)
        overdue = due_repo.open_until(conn, min(first, today) - timedelta(days=1)) if include_overdue else []
        reached = repo.materialised_until(conn)
        later = [c for c in repo.list_chores(conn) if (reached.get(c.id or 0) or date.min) < last]
        names = {o.id: o.name for o in repo.list_outsourcers(conn, include_archived=True)}
    if later:
        cal = business_calendar(store)
        for chore in later:
            if chore.cadence.after_completion:
                continue
            since = max(first, (reached.get(chore.id or 0) or first - timedelta(days=1)) + timedelta(days=1))
            for due in expand(chore.schedule, cal, since, last):
                items.append(
                    DueItem(
                        occurrence_id=None, chore_id=chore.id or 0, title=chore.title, area=chore.area, due=due,
                        planned=due, state=OccurrenceState.OPEN, estimate_minutes=chore.estimate_minutes,
                        minutes=None, assignee_id=chore.assignee_id,
                        assignee_name=names.get(chore.assignee_id or 0, ""), delegability=chore.delegability,
                        confidential=chore.confidential,
                    )
                )
    items.sort(key=lambda i: (i.planned, i.title, i.chore_id))
    return overdue + items


def export_ics(store: Store, path, today: date, *, overwrite: bool = False) -> int:  # type: ignore[no-untyped-def]
    """Write the active chores to an iCalendar file; return how many events it holds. An existing file
    is replaced only with `overwrite`; a path inside the data folder is refused (OutputRefused)."""
    from pathlib import Path

    from ushiro_desk.outputs import check_target
    from ushiro_desk.reports.ics import build_calendar, write_ics
    from ushiro_desk.services.calendar import business_calendar

    check_target(Path(path), data_root=store.paths.root, overwrite=overwrite)
    with store.db.snapshot() as conn:
        chores = repo.list_chores(conn)
        next_due = {
            item.chore_id: item.due
            for item in reversed(due_repo.open_until(conn, date.max))
            if item.chore_id in {c.id for c in chores if c.cadence.after_completion}
        }
    data = build_calendar(chores, business_calendar(store), today, next_due)
    write_ics(Path(path), data, data_root=store.paths.root, overwrite=overwrite)
    return data.count(b"BEGIN:VEVENT")


# -- business values -----------------------------------------------------------------------------


def load_settings(store: Store) -> ChoreSettings:
    with store.db.snapshot() as conn:
        return repo.load_settings(conn)


def save_rates(store: Store, owner_hourly_yen: int, outsourcer_hourly_yen: int) -> Changes:
    with store.db.transaction() as conn:
        settings = replace(
            repo.load_settings(conn), owner_hourly_yen=owner_hourly_yen, outsourcer_hourly_yen=outsourcer_hourly_yen
        )
        problems = validate_settings(settings)
        if problems:
            raise InvalidInput(problems)
        repo.save_settings(conn, settings)
        audit.record(conn, "set", "chore_settings", 1,
                     {"owner_hourly_yen": owner_hourly_yen, "outsourcer_hourly_yen": outsourcer_hourly_yen})
    return Changes.of(CHORES)
