"""The plain CSV for Excel (UTF-8 with BOM) and the audit folder with its 索引簿."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ushiro_desk.domain.company import EntityType
from ushiro_desk.domain.expenses.journal import status_key
from ushiro_desk.domain.expenses.mapping import ExportMapping
from ushiro_desk.domain.expenses.model import Expense, Receipt, TaxCategory, included_tax
from ushiro_desk.domain.expenses.naming import receipt_file_name
from ushiro_desk.domain.expenses.receipt_files import MEDIA_TYPES
from ushiro_desk.outputs import atomic_folder, private_copy, private_file
from ushiro_desk.reports.expense_exports.csvfile import ProgressFn, Row, render
from ushiro_desk.storage.errors import StorageError
from ushiro_desk.storage.filestore import sha256_of

PAYMENT_LABELS = {"cash": "現金", "card": "カード", "bank": "振込・引落", "owner": "代表者立替"}

PLAIN_COLUMNS = (
    "ID", "日付", "取引先", "登録番号", "金額(税込)", "税区分", "10%対象", "8%対象", "非課税", "対象外", "消費税額",
    "適格請求書", "勘定科目", "支払方法", "貸方科目", "メモ", "タグ", "参加人数", "参加者", "領収書数", "領収書ファイル",
)
INDEX_COLUMNS = ("番号", "日付", "金額", "取引先", "勘定科目", "備考", "ファイル名", "登録番号", "経費ID", "SHA-256")
INDEX_NAME = "索引簿.csv"


def plain_rows(
    items: Iterable[tuple[Expense, list[Receipt]]], entity: EntityType, mapping: ExportMapping | None = None
) -> Iterator[Row]:
    """One row per expense (with its receipts); the 税区分 and 適格請求書 columns are spelled by
    `mapping` (product "csv")."""
    mapping = mapping or ExportMapping("csv")
    for e, files in items:
        assert e.id is not None
        by_category = {c: 0 for c in TaxCategory}
        for part in e.parts:
            by_category[part.category] += part.amount
        status = status_key(e)
        tax = 0 if status == "none" else sum(included_tax(p.amount, p.category, e.date) for p in e.parts)
        cells = (
            str(e.id), e.date.isoformat(), e.payee, e.supplier_tnumber, str(e.amount), mapping.tax(f"tax.{e.tax_category.value}"),
            str(by_category[TaxCategory.STANDARD]), str(by_category[TaxCategory.REDUCED]),
            str(by_category[TaxCategory.EXEMPT]), str(by_category[TaxCategory.NON_TAXABLE]), str(tax),
            mapping.get(f"invoice.{status}"), e.account, PAYMENT_LABELS[e.payment_method.value],
            mapping.credit(e.payment_method, entity), e.memo, e.tag, str(e.attendee_count or ""), e.attendees,
            str(len(files)), " ".join(r.sha256 for r in files),
        )
        yield Row(cells, e.id)


def write_audit_folder(
    target: Path,
    items: Sequence[Expense],
    receipts: dict[int, list[Receipt]],
    stored_path,  # type: ignore[no-untyped-def]  # sha256 -> Path
    progress: ProgressFn | None = None,
    *,
    data_root: Path | None = None,
) -> int:
    """Copy every receipt as `YYYYMMDD_取引先_金額.ext` into `target` with a 索引簿 listing each one (and
    each expense that has none). Built in a private temporary folder (`outputs.atomic_folder`) and
    renamed into place at the end; an existing `target` must be an empty folder (the caller checked)."""
    with atomic_folder(target, data_root=data_root, overwrite=target.is_dir()) as work:
        used: set[str] = set()
        index: list[Row] = []
        copied = 0
        for done, expense in enumerate(items, start=1):
            assert expense.id is not None
            files = receipts.get(expense.id, [])
            for serial, receipt in enumerate(files or [None], start=1):  # type: ignore[list-item]
                name = ""
                if receipt is not None:
                    extension = MEDIA_TYPES.get(receipt.media_type, Path(receipt.original_name).suffix.lower())
                    name = _unique(receipt_file_name(expense.date, expense.payee, expense.amount, extension, serial), used)
                    source = stored_path(receipt.sha256)
                    where = f"the receipt files/{receipt.sha256[:2]}/{receipt.sha256} of expense {expense.id}"
                    if not source.is_file():
                        raise StorageError(f"{where} is missing, so nothing was exported; run 'ushiro-desk check'", source)
                    private_copy(source, work / name)
                    if sha256_of(work / name) != receipt.sha256:  # what is shipped is what was recorded
                        raise StorageError(
                            f"{where} was changed after it was stored, so nothing was exported; run 'ushiro-desk check'", source
                        )
                    copied += 1
                remark = expense.memo.replace("\n", " ") if receipt is not None else "領収書なし"
                index.append(
                    Row(
                        (
                            str(len(index) + 1), expense.date.isoformat(), str(expense.amount), expense.payee,
                            expense.account, remark, name, expense.supplier_tnumber, str(expense.id),
                            receipt.sha256 if receipt is not None else "",
                        ),
                        expense.id,
                    )
                )
            if progress is not None:
                progress(done, len(items))
        private_file(work / INDEX_NAME, render(index, INDEX_COLUMNS).encode("utf-8-sig"))
    return copied


def _unique(name: str, used: set[str]) -> str:
    """Two expenses with the same date, payee and amount get `…(2).ext`, `…(3).ext`."""
    stem, dot, extension = name.rpartition(".")
    candidate, n = name, 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{stem}({n}).{extension}" if dot else f"{name}({n})"
    used.add(candidate.casefold())
    return candidate


def read_index(folder: Path) -> list[dict[str, str]]:
    """The 索引簿 read back (for tests and for checking an exported folder)."""
    with (folder / INDEX_NAME).open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))
