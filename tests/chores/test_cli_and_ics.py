"""`ushiro-desk chores due` and `chores export-ics`; the file read back shows the same dates."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from ushiro_desk.cli.main import main
from ushiro_desk.domain.recurrence import expand
from ushiro_desk.services import chores
from ushiro_desk.services.calendar import business_calendar
from ushiro_desk.services.store import Store
from tests.conftest import DEMO_TODAY


def test_due_as_json_names_the_chore_assignee_and_delegability(demo_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["chores", "due", "--on", DEMO_TODAY.isoformat(), "--days", "7", "--json",
                 "--data-dir", str(demo_store.paths.root)])
    assert code == 0
    rows = json.loads(capsys.readouterr().out)
    expected = chores.due_listing(demo_store, DEMO_TODAY, date(2026, 11, 26), date.today())
    assert [(r["chore_id"], r["due_date"], r["state"]) for r in rows] == [
        (i.chore_id, i.due.isoformat(), i.state.value) for i in expected
    ]
    assert {"title", "area", "assignee", "delegability", "due_date", "state"} <= set(rows[0])
    assert any(r["assignee"] == "オンライン秘書 田中 由美" for r in rows)
    assert any(r["assignee"] == "owner" and r["delegability"] == "owner_only" for r in rows)


def test_due_rejects_a_bad_date_and_a_bad_range(demo_store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["chores", "due", "--on", "2026-13-01", "--data-dir", str(demo_store.paths.root)])
    assert main(["chores", "due", "--days", "0", "--data-dir", str(demo_store.paths.root)]) == 1
    assert "--days" in capsys.readouterr().err


def _dates_in_ics(event, first: date, last: date) -> list[date]:  # type: ignore[no-untyped-def]
    from dateutil.rrule import rruleset, rrulestr

    start = event.decoded("dtstart")
    dtstart = datetime.combine(start, datetime.min.time())
    found = rruleset()
    found.rrule(rrulestr(event["rrule"].to_ical().decode(), dtstart=dtstart))  # type: ignore[arg-type]
    for prop, add in (("exdate", found.exdate), ("rdate", found.rdate)):
        values = event.get(prop)
        for group in values if isinstance(values, list) else [values] if values is not None else []:
            for item in group.dts:
                add(datetime.combine(item.dt, datetime.min.time()))
    return [d.date() for d in found.between(datetime.combine(first, datetime.min.time()),
                                            datetime.combine(last, datetime.min.time()), inc=True)]


def test_a_calendar_app_reading_the_file_shows_the_same_dates(demo_store: Store, tmp_path: Path) -> None:
    from icalendar import Calendar

    target = tmp_path / "chores.ics"
    assert main(["chores", "export-ics", str(target), "--data-dir", str(demo_store.paths.root)]) == 0
    parsed = Calendar.from_ical(target.read_bytes())
    events = {str(e["uid"]): e for e in parsed.walk("VEVENT")}
    cal = business_calendar(demo_store)
    active = chores.list_chores(demo_store)
    assert len(events) == len(active)
    first, last = date.today(), date(date.today().year + 1, 12, 31)
    for chore in active:
        event = events[f"chore-{chore.id}@ushiro-desk"]
        assert str(event["summary"]) == chore.title
        if chore.cadence.after_completion:
            assert "rrule" not in event
            continue
        assert _dates_in_ics(event, first, last) == expand(chore.schedule, cal, first, last), chore.title


def test_export_refuses_a_folder(demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chores", "export-ics", str(tmp_path), "--data-dir", str(demo_store.paths.root)]) == 1
    assert "folder" in capsys.readouterr().err
