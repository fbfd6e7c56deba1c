"""Issue 17: the paths that grow with ten years of data give the same answers the slow ones did, and
read what they show, not everything. (Timings are in tests/benchmarks; no timed assertion here.)"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.conftest import DEMO_TODAY
from ushiro_desk.domain.expenses.search import ExpenseQuery, Scope
from ushiro_desk.reports.expense_exports.csvfile import BLOCK, Row, write_csv
from ushiro_desk.services import expenses
from ushiro_desk.services.invoicing import queries
from ushiro_desk.services.store import Store

COLUMNS = ("a", "b", "c")


def _rows(count: int, bad_at: int | None = None):  # type: ignore[no-untyped-def]
    for i in range(count):
        yield Row((str(i), "㈱テスト" if i != bad_at else "Ⅻ😀", "=1+1" if i % 7 == 0 else "-5"), i)


def test_a_streamed_csv_is_the_rows_as_csv_writer_writes_them(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    count = BLOCK * 2 + 17  # more than one block
    assert write_csv(out, _rows(count), COLUMNS, encoding="cp932", header=True) == []
    expected = io.StringIO(newline="")
    writer = csv.writer(expected, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in _rows(count):
        writer.writerow([("'" + c if c.startswith("=") else c) for c in row.cells])  # formulas defused, -5 stays a number
    assert out.read_bytes() == expected.getvalue().encode("cp932")


def test_an_unencodable_cell_late_in_a_stream_is_named_by_line_and_nothing_is_written(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    bad = BLOCK + 123  # in the second block, after the first block was encoded
    problems = write_csv(out, _rows(BLOCK * 3, bad_at=bad), COLUMNS, encoding="cp932", header=True)
    assert [(p.field, p.line, p.params["expense_id"]) for p in problems] == [("b", bad + 2, bad)]
    assert "😀" in problems[0].params["characters"]
    assert not out.exists() and list(tmp_path.iterdir()) == []  # no half file, no temporary left


def test_overdue_is_every_open_receivable_past_due_and_no_other(demo_store: Store) -> None:
    everything = queries.list_documents(demo_store, kinds=queries.RECEIVABLE)
    expected = sorted((r for r in everything if r.standing(DEMO_TODAY).overdue), key=lambda r: (r.due_date, r.id))
    assert expected, "the sample data has overdue invoices"
    assert [r.id for r in queries.overdue(demo_store, DEMO_TODAY)] == [r.id for r in expected]
    # the partly paid one is still overdue once its due date has passed
    later = max(r.due_date for r in everything if r.due_date).replace(day=28)
    late = [r for r in everything if r.standing(later).overdue]
    assert [r.id for r in queries.overdue(demo_store, later)] == [r.id for r in sorted(late, key=lambda r: (r.due_date, r.id))]


def test_receivables_from_the_list_read_once_equal_the_separate_query(demo_store: Store) -> None:
    rows = queries.list_documents(demo_store)
    assert queries.receivables_of(rows, DEMO_TODAY) == queries.receivables(demo_store, DEMO_TODAY)


def test_expense_counts_and_first_ids_match_the_full_searches(demo_store: Store) -> None:
    missing = expenses.search(demo_store, ExpenseQuery(missing_receipt=True))
    drafts = expenses.search(demo_store, ExpenseQuery(scope=Scope.DRAFTS))
    assert expenses.missing_receipt_count(demo_store) == len(missing) > 0
    assert expenses.draft_count(demo_store) == len(drafts)
    assert expenses.search(demo_store, ExpenseQuery(missing_receipt=True), limit=8) == missing[:8]


@pytest.mark.usefixtures("qapp")
def test_the_today_page_loads_each_section_once(qtbot, ui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ushiro_desk.ui.today import page as today_page

    loads: dict[str, int] = {}
    real = today_page.load_sections

    def counting(ctx, parent=None):  # type: ignore[no-untyped-def]
        sections = real(ctx, parent)
        for section in sections:
            original = section.reload

            def reload(original=original, name=type(section).__module__) -> None:  # type: ignore[no-untyped-def]
                loads[name] = loads.get(name, 0) + 1
                original()

            section.reload = reload
        return sections

    monkeypatch.setattr(today_page, "load_sections", counting)
    page = today_page.TodayPage(ui_ctx)
    qtbot.addWidget(page)
    page.add_sections()
    assert page.sections and page.sections_loaded
    assert loads == {}, f"sections reloaded right after their constructors: {loads}"
    # made inside the page, so the sections with nothing to show hid themselves (no questions in the sample)
    questions = [s for s in page.sections if s.objectName() == "questions_today"]
    assert questions and questions[0].isHidden()


def test_the_chores_list_does_not_measure_every_row(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QHeaderView

    from ushiro_desk.ui.chores.page import ChoresPage

    page = ChoresPage(ui_ctx)
    qtbot.addWidget(page)
    header = page.table.horizontalHeader()
    modes = {header.sectionResizeMode(i) for i in range(header.count())}
    assert QHeaderView.ResizeMode.ResizeToContents not in modes
    assert all(header.sectionSize(i) > 40 for i in range(header.count() - 1))  # sized from the samples
