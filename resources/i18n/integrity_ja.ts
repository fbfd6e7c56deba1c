<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>CheckBanner</name>
        <message>
            <source>The check at start found problems in your data.</source>
            <translation>起動時の検査で、データに問題が見つかりました。</translation>
        </message>
        <message>
            <source>Run Full Check</source>
            <translation>完全な検査を実行</translation>
        </message>
        <message>
            <source>Restore a Backup…</source>
            <translation>バックアップから復元…</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>隠す</translation>
        </message>
    </context>
    <context>
        <name>CheckDialog</name>
        <message>
            <source>Data Check</source>
            <translation>データの検査</translation>
        </message>
        <message>
            <source>%1 stored files (%2) were read and their SHA-256 compared.</source>
            <translation>保存ファイル %1 件（%2）を読み、SHA-256 を照合しました。</translation>
        </message>
        <message>
            <source>The check found %1 problems of %2 kinds.</source>
            <translation>%2 種類、計 %1 件の問題が見つかりました。</translation>
        </message>
        <message>
            <source>No problems found: the database is intact, its schema is what Ushiro Desk makes, and every stored file matches.</source>
            <translation>問題は見つかりませんでした。データベースは壊れておらず、構造はうしろデスクが作るとおりで、保存ファイルはすべて一致しています。</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… ほか %1 件</translation>
        </message>
        <message>
            <source>Restoring a backup brings back the database as it was; backups do not hold the files folder, so put a missing or changed file back from your own copy.</source>
            <translation>バックアップから復元すると、データベースはその時点の状態に戻ります。バックアップには files フォルダーは含まれないため、見つからないファイルや変更されたファイルはお手元の控えから戻してください。</translation>
        </message>
        <message>
            <source>Restore a Backup…</source>
            <translation>バックアップから復元…</translation>
        </message>
    </context>
    <context>
        <name>Integrity</name>
        <message>
            <source>The check at start could not run: %1</source>
            <translation>起動時の検査を実行できませんでした：%1</translation>
        </message>
        <message>
            <source>Checking the data…</source>
            <translation>データを検査しています…</translation>
        </message>
        <message>
            <source>The check was cancelled.</source>
            <translation>検査を取り消しました。</translation>
        </message>
        <message>
            <source>The database is empty while the data folder holds %1 stored files and backups: it was damaged, not new.</source>
            <translation>データフォルダーに保存ファイルとバックアップが %1 件あるのに、データベースが空です。新しいデータではなく、壊れています。</translation>
        </message>
        <message>
            <source>SQLite found %1 problems in the database file: it is damaged.</source>
            <translation>SQLite がデータベースファイルに %1 件の問題を見つけました。データベースが壊れています。</translation>
        </message>
        <message>
            <source>Rows that refer to records that do not exist: %1.</source>
            <translation>存在しない記録を参照している行：%1 件。</translation>
        </message>
        <message>
            <source>Tables, indexes, triggers or views that Ushiro Desk did not make, which could change data behind your back: %1.</source>
            <translation>うしろデスクが作っていないテーブル・インデックス・トリガー・ビュー（知らないうちにデータを変えるおそれがあります）：%1 件。</translation>
        </message>
        <message>
            <source>Tables, indexes, triggers or views that Ushiro Desk makes but that are missing: %1.</source>
            <translation>うしろデスクが作るはずなのに見当たらないテーブル・インデックス・トリガー・ビュー：%1 件。</translation>
        </message>
        <message>
            <source>Tables, indexes, triggers or views that differ from what Ushiro Desk makes: %1.</source>
            <translation>うしろデスクが作るものと異なるテーブル・インデックス・トリガー・ビュー：%1 件。</translation>
        </message>
        <message>
            <source>Issued documents whose PDF is missing: %1.</source>
            <translation>PDF が見つからない発行済み書類：%1 件。</translation>
        </message>
        <message>
            <source>Issued documents whose PDF was changed after issue (the SHA-256 no longer matches): %1.</source>
            <translation>発行後に PDF が変更された書類（SHA-256 が一致しません）：%1 件。</translation>
        </message>
        <message>
            <source>Receipts missing from the files folder: %1.</source>
            <translation>files フォルダーに見つからない領収書：%1 件。</translation>
        </message>
        <message>
            <source>Receipts changed after they were stored (the SHA-256 no longer matches): %1.</source>
            <translation>保存後に変更された領収書（SHA-256 が一致しません）：%1 件。</translation>
        </message>
        <message>
            <source>Other stored files (logo, seal) missing from the files folder: %1.</source>
            <translation>files フォルダーに見つからないその他の保存ファイル（ロゴ・印影）：%1 件。</translation>
        </message>
        <message>
            <source>Other stored files (logo, seal) changed after they were stored: %1.</source>
            <translation>保存後に変更されたその他の保存ファイル（ロゴ・印影）：%1 件。</translation>
        </message>
        <message>
            <source>Files in the files folder that no record refers to: %1.</source>
            <translation>どの記録からも参照されていない files フォルダー内のファイル：%1 件。</translation>
        </message>
    </context>
</TS>
