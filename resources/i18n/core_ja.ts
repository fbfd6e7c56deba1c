<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>Charts</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1〜%2</translation>
        </message>
    </context>
    <context>
        <name>CompanyTab</name>
        <message>
            <source>Company name</source>
            <translation>会社名・屋号</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>代表者</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>郵便番号</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <source>Registration number (T + 13 digits)</source>
            <translation>登録番号（T＋13桁）</translation>
        </message>
        <message>
            <source>Corporation (法人)</source>
            <translation>法人</translation>
        </message>
        <message>
            <source>Sole proprietor (個人事業主)</source>
            <translation>個人事業主</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>事業形態</translation>
        </message>
        <message>
            <source> (month)</source>
            <translation>月</translation>
        </message>
        <message>
            <source>Fiscal year starts</source>
            <translation>事業年度の開始月</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>銀行</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>支店</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>種別</translation>
        </message>
        <message>
            <source>Account no.</source>
            <translation>口座番号</translation>
        </message>
        <message>
            <source>Holder (kana)</source>
            <translation>口座名義（カナ）</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>口座を追加</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>口座を削除</translation>
        </message>
        <message>
            <source>Bank accounts (振込先)</source>
            <translation>振込先口座</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>ロゴ</translation>
        </message>
        <message>
            <source>Seal (角印)</source>
            <translation>角印</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Ordinary (普通)</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Current (当座)</source>
            <translation>当座</translation>
        </message>
        <message>
            <source>Savings (貯蓄)</source>
            <translation>貯蓄</translation>
        </message>
        <message>
            <source>Choose an image</source>
            <translation>画像を選択</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>画像 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Not saved: please correct the marked fields.</source>
            <translation>保存していません。赤字の項目を直してください。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source> and %1 more</source>
            <translation> ほか %1 件</translation>
        </message>
        <message>
            <source>Saved. As a sole proprietor your fees are withheld (源泉徴収) by these clients, but their drafts have it off: %1. Open each draft and tick 源泉徴収.</source>
            <translation>保存しました。個人事業主の報酬はこれらの取引先で源泉徴収されますが、下書きでは源泉徴収がオフのままです：%1。各下書きを開いて「源泉徴収」にチェックを入れてください。</translation>
        </message>
        <message>
            <source>Saved. As a corporation your fees are not withheld (源泉徴収), but these drafts still have it on: %1. Open each draft and untick 源泉徴収.</source>
            <translation>保存しました。法人の報酬は源泉徴収されませんが、これらの下書きでは源泉徴収がオンのままです：%1。各下書きを開いて「源泉徴収」のチェックを外してください。</translation>
        </message>
        <message>
            <source>Account %1: %2</source>
            <translation>口座 %1: %2</translation>
        </message>
        <message>
            <source>I have employees or two or more officers (特定業務委託事業者)</source>
            <translation>従業員を使用している、または役員が2人以上いる（特定業務委託事業者）</translation>
        </message>
        <message>
            <source>Then the freelance act binds you: a work order must set payment within 60 days of delivery.</source>
            <translation>この場合フリーランス法が適用され、業務委託の支払期日は給付の受領から60日以内にしなければなりません。</translation>
        </message>
    </context>
    <context>
        <name>Faults</name>
        <message>
            <source>%1 is inside the data folder, which only Ushiro Desk itself writes. Choose another folder.</source>
            <translation>%1 はデータフォルダの中です。データフォルダには Ushiro Desk 自身しか書き込みません。別のフォルダを選んでください。</translation>
        </message>
        <message>
            <source>%1 already exists. Choose another name, or confirm that it may be replaced.</source>
            <translation>%1 はすでにあります。別の名前にするか、置き換えてよいことを確認してください。</translation>
        </message>
        <message>
            <source>%1 is a folder. Give a file name.</source>
            <translation>%1 はフォルダです。ファイル名を指定してください。</translation>
        </message>
        <message>
            <source>The folder of %1 does not exist.</source>
            <translation>%1 のフォルダがありません。</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again; nothing was changed.</source>
            <translation>ディスクがいっぱいです。空き容量を作ってからやり直してください。何も変更していません。</translation>
        </message>
        <message>
            <source>%1 is on a read-only disk or folder. Choose a writable place; nothing was changed.</source>
            <translation>%1 は読み取り専用のディスクまたはフォルダにあります。書き込める場所を選んでください。何も変更していません。</translation>
        </message>
        <message>
            <source>Permission to write %1 was denied. Choose a folder you may write to; nothing was changed.</source>
            <translation>%1 への書き込みが許可されていません。書き込めるフォルダを選んでください。何も変更していません。</translation>
        </message>
        <message>
            <source>%1 does not exist (it may have been moved or deleted). Check it and try again.</source>
            <translation>%1 が見つかりません（移動または削除された可能性があります）。確認してからやり直してください。</translation>
        </message>
        <message>
            <source>The file name %1 is too long for this disk. Choose a shorter name.</source>
            <translation>ファイル名 %1 はこのディスクには長すぎます。短い名前にしてください。</translation>
        </message>
        <message>
            <source>The database is damaged; nothing was changed. Use File → Check and restore a good backup.</source>
            <translation>データベースが破損しています。何も変更していません。［ファイル］→［チェック］で確認し、正常なバックアップから復元してください。</translation>
        </message>
        <message>
            <source>The database is busy. Try again in a moment; nothing was changed.</source>
            <translation>データベースが使用中です。少し待ってからやり直してください。何も変更していません。</translation>
        </message>
        <message>
            <source>Reading or writing %1 failed. Check the disk and try again; nothing was changed.</source>
            <translation>%1 の読み書きに失敗しました。ディスクを確認してからやり直してください。何も変更していません。</translation>
        </message>
        <message>
            <source>a file</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>実行できませんでした</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Read-only: the data folder %1 cannot be written, so you can view and export but not change anything. Make the folder writable and start Ushiro Desk again to work normally.</source>
            <translation>読み取り専用：データフォルダ %1 に書き込めないため、閲覧と書き出しはできますが変更はできません。フォルダを書き込み可能にして Ushiro Desk を起動し直すと、通常どおり使えます。</translation>
        </message>
        <message>
            <source>The settings file could not be used; the default settings apply.</source>
            <translation>設定ファイルを読み込めなかったため、既定の設定を使っています。</translation>
        </message>
        <message>
            <source>Removed %1 temporary files left by an interrupted run (%2).</source>
            <translation>中断された処理が残した一時ファイルを %1 個削除しました（%2）。</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Chores</source>
            <translation>定型業務</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>請求書</translation>
        </message>
        <message>
            <source>Expenses</source>
            <translation>経費</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>取引先</translation>
        </message>
        <message>
            <source>Handoff</source>
            <translation>引き継ぎ</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>レポート</translation>
        </message>
        <message>
            <source>Money In</source>
            <translation>入金・明細</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Ushiro Desk</source>
            <translation>うしろデスク</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Back Up Now</source>
            <translation>今すぐバックアップ(&amp;B)</translation>
        </message>
        <message>
            <source>Back Up &amp;To File…</source>
            <translation>ファイルへバックアップ(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;Restore From Backup…</source>
            <translation>バックアップから復元(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Check Data…</source>
            <translation>データを検査(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;New Data Folder…</source>
            <translation>新しいデータフォルダ(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open Data Folder…</source>
            <translation>データフォルダを開く(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>移動(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>利用ガイド(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Setup Checklist</source>
            <translation>はじめにやること(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;About Ushiro Desk</source>
            <translation>うしろデスクについて(&amp;A)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Data: %1 — last backup: %2</source>
            <translation>データ: %1 — 最終バックアップ: %2</translation>
        </message>
        <message>
            <source>Automatic backup failed: %1</source>
            <translation>自動バックアップに失敗しました: %1</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>バックアップできませんでした</translation>
        </message>
        <message>
            <source>Backed up to %1</source>
            <translation>%1 にバックアップしました</translation>
        </message>
        <message>
            <source>Back Up To File</source>
            <translation>ファイルへバックアップ</translation>
        </message>
        <message>
            <source>Ushiro Desk backup (*.sqlite3)</source>
            <translation>うしろデスクのバックアップ (*.sqlite3)</translation>
        </message>
        <message>
            <source>Restore From Backup</source>
            <translation>バックアップから復元</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>復元できません</translation>
        </message>
        <message>
            <source>This file cannot be restored: %1</source>
            <translation>このファイルは復元できません: %1</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>復元</translation>
        </message>
        <message>
            <source>Replace the current data with this backup (%1 records)? The current data is kept as a backup first.</source>
            <translation>現在のデータをこのバックアップ（%1 件）で置き換えますか？ 現在のデータは先にバックアップとして保存します。</translation>
        </message>
        <message>
            <source>Restored %1</source>
            <translation>%1 を復元しました</translation>
        </message>
        <message>
            <source>About Ushiro Desk</source>
            <translation>うしろデスクについて</translation>
        </message>
        <message>
            <source>Ushiro Desk %1
The back office of a one-person company, fully offline.</source>
            <translation>うしろデスク %1
ひとり会社のバックオフィス。完全オフラインで動作します。</translation>
        </message>
        <message>
            <source>New Data Folder</source>
            <translation>新しいデータフォルダ</translation>
        </message>
        <message>
            <source>Open Data Folder</source>
            <translation>データフォルダを開く</translation>
        </message>
        <message>
            <source>Cannot use this folder</source>
            <translation>このフォルダは使えません</translation>
        </message>
        <message>
            <source>Ushiro Desk will start again on %1 and use it from now on. The current data stays where it is, in %2; Open Data Folder… brings it back.</source>
            <translation>うしろデスクを %1 で起動し直し、今後はこのフォルダを使います。今のデータは %2 にそのまま残り、「データフォルダを開く…」で戻せます。</translation>
        </message>
        <message>
            <source>Change data folder</source>
            <translation>データフォルダの切り替え</translation>
        </message>
        <message>
            <source>Ushiro Desk could not be started again.</source>
            <translation>うしろデスクを起動し直せませんでした。</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>エラー</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>Not changed</source>
            <translation>変更していません</translation>
        </message>
    </context>
    <context>
        <name>PreferencesTab</name>
        <message>
            <source>Follow the system</source>
            <translation>システムに合わせる</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>ライト</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>ダーク</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>テーマ</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>This field is required.</source>
            <translation>必須項目です。</translation>
        </message>
        <message>
            <source>A registration number is T followed by 13 digits.</source>
            <translation>登録番号は T のあとに13桁の数字です。</translation>
        </message>
        <message>
            <source>The check digit does not match; check the number against the NTA publication site.</source>
            <translation>チェックデジットが一致しません。国税庁の公表サイトで番号を確認してください。</translation>
        </message>
        <message>
            <source>A postal code looks like 150-0002.</source>
            <translation>郵便番号は 150-0002 の形で入力してください。</translation>
        </message>
        <message>
            <source>This is not an email address.</source>
            <translation>メールアドレスの形式ではありません。</translation>
        </message>
        <message>
            <source>A phone number has only digits, spaces, hyphens and +().</source>
            <translation>電話番号は数字・空白・ハイフン・+() のみで入力してください。</translation>
        </message>
        <message>
            <source>Choose a month from 1 to 12.</source>
            <translation>1〜12月から選んでください。</translation>
        </message>
        <message>
            <source>An account number has up to 8 digits.</source>
            <translation>口座番号は8桁までの数字です。</translation>
        </message>
        <message>
            <source>Write the account holder (口座名義) in カナ as the bank registers it, e.g. ゴトウ マキ; otherwise a transfer may be refused.</source>
            <translation>口座名義は銀行の登録どおりカナで入力してください（例: ゴトウ マキ）。そうでないと振込が受け付けられないことがあります。</translation>
        </message>
        <message>
            <source>Choose a PNG or JPEG image.</source>
            <translation>PNG または JPEG の画像を選んでください。</translation>
        </message>
        <message>
            <source>The image must be smaller than %1 MB.</source>
            <translation>画像は %1 MB 未満にしてください。</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Reports</source>
            <translation>レポート</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>バックアップ</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>取得日時</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Data and backups</source>
            <translation>データとバックアップ</translation>
        </message>
        <message>
            <source>Data is intact.</source>
            <translation>データは正常です。</translation>
        </message>
        <message>
            <source>The integrity check found problems.</source>
            <translation>整合性チェックで問題が見つかりました。</translation>
        </message>
        <message>
            <source>%1 Ushiro Desk %2, data format %3, %4 records.</source>
            <translation>%1うしろデスク %2、データ形式 %3、記録 %4 件。</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>毎日</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>手動</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>更新前</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>復元前</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>会社情報</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>このパソコン</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
        <message>
            <source>Not saved: see the marked fields.</source>
            <translation>保存していません。印の付いた項目を確認してください。</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The data in %1 is in use by another Ushiro Desk. Close it, then start again.</source>
            <translation>%1 のデータは別のうしろデスクが使用中です。そちらを閉じてから起動し直してください。</translation>
        </message>
        <message>
            <source>This data was saved by a newer version of Ushiro Desk. Update Ushiro Desk to open it; the data has not been changed.</source>
            <translation>このデータは新しいバージョンのうしろデスクで保存されています。開くにはうしろデスクを更新してください。データは変更していません。</translation>
        </message>
        <message>
            <source>%1 does not hold Ushiro Desk data. Nothing was changed.</source>
            <translation>%1 はうしろデスクのデータではありません。何も変更していません。</translation>
        </message>
        <message>
            <source>The database is busy. Try again in a moment.</source>
            <translation>データベースが使用中です。しばらくしてからもう一度お試しください。</translation>
        </message>
        <message>
            <source>The disk is full. Free some space, then start again.</source>
            <translation>ディスクがいっぱいです。空き容量を作ってから起動し直してください。</translation>
        </message>
        <message>
            <source>The database is damaged and cannot be read.</source>
            <translation>データベースが壊れていて読み込めません。</translation>
        </message>
        <message>
            <source>The data folder %1 is read-only and holds no database that can be opened. Make it writable, then start again.</source>
            <translation>データフォルダ %1 は読み取り専用で、開けるデータベースがありません。書き込み可能にしてから起動し直してください。</translation>
        </message>
        <message>
            <source>The data cannot be opened: %2</source>
            <translation>データを開けません: %2</translation>
        </message>
        <message>
            <source>Ushiro Desk</source>
            <translation>うしろデスク</translation>
        </message>
        <message>
            <source>The database is damaged and cannot be read, and there is no good backup. The damaged file was left as it is at %1.</source>
            <translation>データベースが壊れていて読み込めず、正常なバックアップもありません。壊れたファイルは %1 にそのまま残してあります。</translation>
        </message>
        <message>
            <source>Restore the newest good backup, taken %1? The damaged file is kept in the backups folder, never overwritten.</source>
            <translation>%1 に取得した最新の正常なバックアップから復元しますか？ 壊れたファイルは上書きせず、バックアップフォルダに保管します。</translation>
        </message>
        <message>
            <source>Restore Backup</source>
            <translation>バックアップから復元</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Welcome to Ushiro Desk</source>
            <translation>うしろデスクへようこそ</translation>
        </message>
        <message>
            <source>How would you like to start?</source>
            <translation>どのように始めますか？</translation>
        </message>
        <message>
            <source>Sample data shows every page filled in for a small design and consulting company; you can look around and start again empty later with File → New Data Folder….</source>
            <translation>サンプルデータでは、小さなデザイン・コンサルティング会社の例で全画面を確認できます。後から「ファイル」→「新しいデータフォルダ…」で空の状態から始められます。</translation>
        </message>
        <message>
            <source>Start With Sample Data</source>
            <translation>サンプルデータで始める</translation>
        </message>
        <message>
            <source>Start Empty</source>
            <translation>空の状態で始める</translation>
        </message>
    </context>
</TS>
