"""弥生 / freee / MF / csv export of the scale data set (half and full), whole process, against a bare
`csv.writer` writing the same bytes. Targets: ≤ 1.5× and peak RSS < 100 MB whatever the row count.

The app: `ushiro-desk expenses export --format F --out X` (start, migrations check, one query, journal
lines, mapping, formula-safe cells, encoding check, atomic write). The baseline: a bare script that
reads the same cells from SQLite with one query (`rows.sqlite3`, filled untimed from the app's output)
and writes them with `csv.writer` in the same encoding; its file is compared byte for byte with the
app's before timing. The baseline thus does the reading, CSV writing and encoding, not the deriving of
the cells (tax, 税区分, 摘要), which is the app's own work."""

from __future__ import annotations

import csv
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.benchmarks import harness, scale  # noqa: E402

FORMATS = os.environ.get("BENCH_FORMATS", "yayoi,freee,mf,csv").split(",")
ENCODING = {"yayoi": "cp932", "freee": "cp932", "mf": "cp932", "csv": "utf-8-sig"}
BARE = r"""
import csv, sqlite3, sys
db, out, encoding = sys.argv[1], sys.argv[2], sys.argv[3]
conn = sqlite3.connect(db)
with open(out, "w", encoding=encoding, newline="") as fh:
    csv.writer(fh, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows(conn.execute("SELECT * FROM r ORDER BY rowid"))
"""


def cells_db(source: Path, encoding: str, db: Path) -> int:
    with source.open(encoding=encoding, newline="") as fh:
        width = len(next(csv.reader(fh)))
    conn = sqlite3.connect(db)
    conn.execute(f"CREATE TABLE r ({', '.join(f'c{i} TEXT' for i in range(width))})")
    with source.open(encoding=encoding, newline="") as fh:  # streamed: the harness stays small
        conn.executemany(f"INSERT INTO r VALUES ({', '.join('?' * width)})", csv.reader(fh))
    count = conn.execute("SELECT count(*) FROM r").fetchone()[0]
    conn.commit()
    conn.close()
    return count


def main() -> int:
    for fraction in (0.5, 1.0):
        data = scale.data_dir(fraction)
        n = scale.sizes(fraction)
        with tempfile.TemporaryDirectory() as tmp:
            for fmt in FORMATS:
                app_out, bare_out, db = Path(tmp) / f"app.{fmt}.csv", Path(tmp) / f"bare.{fmt}.csv", Path(tmp) / f"{fmt}.sqlite3"
                app = [sys.executable, "-m", "ushiro_desk", "expenses", "export", "--format", fmt, "--out", str(app_out),
                       "--data-dir", str(data)]
                harness.timed(app)
                count = cells_db(app_out, ENCODING[fmt], db)
                bare = [sys.executable, "-c", BARE, str(db), str(bare_out), ENCODING[fmt]]

                def clear() -> None:
                    app_out.unlink(missing_ok=True)

                def same() -> None:
                    if app_out.read_bytes() != bare_out.read_bytes():
                        raise SystemExit(f"{fmt}: the baseline's file differs from the app's")

                result = harness.compare(f"export {fmt} at {n['expenses']:,} expenses ({count:,} rows)", bare, app,
                                         before_each=clear, check=same)
                harness.say(result.line(1.5) + f" — RSS target < 100 MB {'ok' if result.app_rss < 100 * 1024 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
