<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ExpenseEditor</name>
    <message>
        <source>Shop or company on the receipt (取引先)</source>
        <translation>領収書の店名・会社名（取引先）</translation>
    </message>
    <message>
        <source>Yen, tax included</source>
        <translation>税込金額（円）</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>内訳を追加</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>内訳を削除</translation>
    </message>
    <message>
        <source>For meals: number of people</source>
        <translation>飲食の場合: 参加人数</translation>
    </message>
    <message>
        <source>Names and companies (e.g. 株式会社青山商事 佐藤様)</source>
        <translation>氏名と会社名（例: 株式会社青山商事 佐藤様）</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使う</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>添付…</translation>
    </message>
    <message>
        <source>Or drop PDF and image files here (Ctrl+O)</source>
        <translation>PDF や画像をここにドロップしても添付できます (Ctrl+O)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Detach…</source>
        <translation>取り外す…</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>領収書</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>下書きのまま保存</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Deleted: %1. Restore it from History to change it.</source>
        <translation>削除済み: %1。変更するには履歴から復元してください。</translation>
    </message>
    <message>
        <source>Draft from the receipt inbox: complete the fields and save.</source>
        <translation>領収書受付箱からの下書きです。項目を入力して保存してください。</translation>
    </message>
    <message>
        <source>New expense</source>
        <translation>新しい経費</translation>
    </message>
    <message>
        <source>Attached when the expense is saved</source>
        <translation>経費を保存すると添付されます</translation>
    </message>
    <message>
        <source>¥%1 per person → %2</source>
        <translation>1人あたり ¥%1 → %2</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>保存されていません。印の付いた項目を直してください。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>Attach receipts</source>
        <translation>領収書を添付</translation>
    </message>
    <message>
        <source>Receipts (%1)</source>
        <translation>領収書 (%1)</translation>
    </message>
    <message>
        <source>Attached %1 file(s).</source>
        <translation>%1 件のファイルを添付しました。</translation>
    </message>
    <message>
        <source>Detach receipt</source>
        <translation>領収書を取り外す</translation>
    </message>
    <message>
        <source>Why is this receipt detached? (kept in the history)</source>
        <translation>この領収書を取り外す理由（履歴に残ります）</translation>
    </message>
</context>
<context>
    <name>ExpenseLabels</name>
    <message>
        <source>10%</source>
        <translation>10%</translation>
    </message>
    <message>
        <source>8% reduced</source>
        <translation>8%（軽減）</translation>
    </message>
    <message>
        <source>Exempt (非課税)</source>
        <translation>非課税</translation>
    </message>
    <message>
        <source>Outside scope (対象外)</source>
        <translation>対象外（不課税）</translation>
    </message>
    <message>
        <source>Mixed rates</source>
        <translation>複数税率</translation>
    </message>
    <message>
        <source>Qualified invoice (T-number)</source>
        <translation>適格請求書（登録番号あり）</translation>
    </message>
    <message>
        <source>Transitional deduction (no T-number)</source>
        <translation>経過措置（登録番号なし）</translation>
    </message>
    <message>
        <source>No deduction</source>
        <translation>控除なし</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>振込・引落</translation>
    </message>
    <message>
        <source>Paid by the owner</source>
        <translation>代表者の立替</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税区分</translation>
    </message>
    <message>
        <source>Tax parts</source>
        <translation>税率別の内訳</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>勘定科目</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支払方法</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>インボイス</translation>
    </message>
    <message>
        <source>T-number</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Client / project</source>
        <translation>顧客・案件</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>領収書</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>入力完了</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Receipt attached</source>
        <translation>領収書を添付</translation>
    </message>
    <message>
        <source>Receipt detached</source>
        <translation>領収書を取り外し</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>ExpenseMonthReport</name>
    <message>
        <source>Fiscal year</source>
        <translation>事業年度</translation>
    </message>
    <message>
        <source>Expenses by month</source>
        <translation>月別の経費</translation>
    </message>
    <message>
        <source>FY%1 (%2 – %3)</source>
        <translation>%1年度（%2〜%3）</translation>
    </message>
    <message>
        <source>Total ¥%1</source>
        <translation>合計 ¥%1</translation>
    </message>
    <message>
        <source>Missing a receipt in this year: %1</source>
        <translation>この年度で領収書がない経費: %1 件</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
</context>
<context>
    <name>ExpenseProblems</name>
    <message>
        <source>%1 is already the receipt of expense #%2 (%3, %4, ¥%5).</source>
        <translation>%1 はすでに経費 #%2（%3、%4、¥%5）の領収書です。</translation>
    </message>
    <message>
        <source>%1 is already the receipt of deleted expense #%2 (%3, %4, ¥%5).</source>
        <translation>%1 はすでに削除済みの経費 #%2（%3、%4、¥%5）の領収書です。</translation>
    </message>
    <message>
        <source>Line %1, %2: %3 cannot be written in Shift_JIS (expense #%4). Change the text and export again.</source>
        <translation>%1 行目、%2: %3 は Shift_JIS で書けません（経費 #%4）。文字を直してから、もう一度書き出してください。</translation>
    </message>
    <message>
        <source>Type the amount in whole yen, digits only (e.g. 1,280).</source>
        <translation>金額は円単位の数字で入力してください（例: 1,280）。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金額にマイナスは使えません。</translation>
    </message>
    <message>
        <source>The amount must be more than 0 yen.</source>
        <translation>金額は 0 円より大きくしてください。</translation>
    </message>
    <message>
        <source>The amount is too large (at most 999,999,999 yen).</source>
        <translation>金額が大きすぎます（上限 999,999,999 円）。</translation>
    </message>
    <message>
        <source>This date is too far in the future; check the year.</source>
        <translation>日付が先すぎます。年を確認してください。</translation>
    </message>
    <message>
        <source>This date is too far in the past; check the year.</source>
        <translation>日付が古すぎます。年を確認してください。</translation>
    </message>
    <message>
        <source>This date is after today.</source>
        <translation>今日より後の日付です。</translation>
    </message>
    <message>
        <source>This account is not in the list (Settings → Expenses).</source>
        <translation>この勘定科目は一覧にありません（設定 → 経費）。</translation>
    </message>
    <message>
        <source>This account is in the list twice.</source>
        <translation>この勘定科目が一覧に2回あります。</translation>
    </message>
    <message>
        <source>The parts add up to ¥%1, not ¥%2.</source>
        <translation>内訳の合計は ¥%1 で、¥%2 になっていません。</translation>
    </message>
    <message>
        <source>A mixed receipt needs at least two parts.</source>
        <translation>複数税率の領収書には内訳が2つ以上必要です。</translation>
    </message>
    <message>
        <source>Each part has one tax rate.</source>
        <translation>内訳ごとに税率は1つです。</translation>
    </message>
    <message>
        <source>A qualified invoice carries the supplier&apos;s T-number; copy it here.</source>
        <translation>適格請求書には取引先の登録番号が書かれています。ここに写してください。</translation>
    </message>
    <message>
        <source>Type the number of people in digits.</source>
        <translation>人数は数字で入力してください。</translation>
    </message>
    <message>
        <source>For a meal, record how many people attended.</source>
        <translation>飲食の場合は参加人数を記録してください。</translation>
    </message>
    <message>
        <source>For a meal, record who attended and their company.</source>
        <translation>飲食の場合は参加者の氏名と会社名を記録してください。</translation>
    </message>
    <message>
        <source>¥%1 per person is within ¥%2: this meal can be 会議費.</source>
        <translation>1人あたり ¥%1 は ¥%2 以内です。この飲食は会議費にできます。</translation>
    </message>
    <message>
        <source>¥%1 per person is over ¥%2: this meal is usually 接待交際費.</source>
        <translation>1人あたり ¥%1 は ¥%2 を超えています。通常は接待交際費です。</translation>
    </message>
    <message>
        <source>This year&apos;s purchases from this supplier under the transitional measure reach ¥%1, above ¥%2: the part above it gets no input-tax credit.</source>
        <translation>この仕入先からの経過措置による今年の仕入れが ¥%1 となり、上限 ¥%2 を超えています。超えた部分は仕入税額控除を受けられません。</translation>
    </message>
    <message>
        <source>Say why (it is kept in the history).</source>
        <translation>理由を入力してください（履歴に残ります）。</translation>
    </message>
    <message>
        <source>This expense does not exist.</source>
        <translation>この経費はありません。</translation>
    </message>
    <message>
        <source>This expense is deleted; restore it first.</source>
        <translation>この経費は削除済みです。先に復元してください。</translation>
    </message>
    <message>
        <source>This expense is not deleted.</source>
        <translation>この経費は削除されていません。</translation>
    </message>
    <message>
        <source>This expense was changed elsewhere; reload it and try again.</source>
        <translation>この経費は別の場所で変更されました。読み込み直してからやり直してください。</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 は空のファイルです（0 バイト）。</translation>
    </message>
    <message>
        <source>%1 is larger than 50 MB.</source>
        <translation>%1 は 50 MB を超えています。</translation>
    </message>
    <message>
        <source>%1 is not a PDF, PNG, JPEG, GIF, WebP or TIFF file.</source>
        <translation>%1 は PDF・PNG・JPEG・GIF・WebP・TIFF のいずれでもありません。</translation>
    </message>
    <message>
        <source>The name of %1 has characters that cannot be kept (%2); rename the file.</source>
        <translation>%1 の名前に保存できない文字があります（%2）。ファイル名を変えてください。</translation>
    </message>
    <message>
        <source>%1 was given twice.</source>
        <translation>%1 が2回指定されています。</translation>
    </message>
    <message>
        <source>%1 changed while it was being stored; try again.</source>
        <translation>%1 が保存中に変更されました。もう一度やり直してください。</translation>
    </message>
    <message>
        <source>This receipt is not attached.</source>
        <translation>この領収書は添付されていません。</translation>
    </message>
    <message>
        <source>This receipt is attached already.</source>
        <translation>この領収書はすでに添付されています。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>The largest amount is smaller than the smallest.</source>
        <translation>上限の金額が下限より小さくなっています。</translation>
    </message>
    <message>
        <source>Type a date as 2026-04-01.</source>
        <translation>日付は 2026-04-01 の形で入力してください。</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the audit export.</source>
        <translation>税務調査用の書き出しには、新しいフォルダか空のフォルダを選んでください。</translation>
    </message>
    <message>
        <source>Choose a file name, not a folder.</source>
        <translation>フォルダではなくファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>フォルダがありません。</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>不明な書き出し形式です。</translation>
    </message>
</context>
<context>
    <name>ExpenseSettingsTab</name>
    <message>
        <source>Account titles (勘定科目) offered for expenses</source>
        <translation>経費で使う勘定科目</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Save accounts</source>
        <translation>勘定科目を保存</translation>
    </message>
    <message>
        <source>Export for</source>
        <translation>出力先</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>Excel用CSV</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>文字コード</translation>
    </message>
    <message>
        <source>The names must match those registered in your accounting software exactly. The defaults are common spellings, not confirmed for every version: check them against the product&apos;s import sample.</source>
        <translation>名称は会計ソフトに登録されている名前と完全に一致している必要があります。初期値は一般的な表記で、すべてのバージョンで確認されたものではありません。各製品のインポート用サンプルと照らし合わせてください。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>初期値</translation>
    </message>
    <message>
        <source>Written as</source>
        <translation>出力する文字列</translation>
    </message>
    <message>
        <source>Back to defaults</source>
        <translation>初期値に戻す</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>対応表を保存</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>経費</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>勘定科目を追加</translation>
    </message>
    <message>
        <source>Account title:</source>
        <translation>勘定科目名:</translation>
    </message>
    <message>
        <source>Saved. Accounts left out stay on the expenses that use them.</source>
        <translation>保存しました。一覧から外した勘定科目も、それを使っている経費にはそのまま残ります。</translation>
    </message>
    <message>
        <source>not taxable</source>
        <translation>課税対象外</translation>
    </message>
    <message>
        <source>Tax: %1% before 2019-10 (old rate)</source>
        <translation>税区分: 2019年9月以前の旧税率 %1%</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>適格</translation>
    </message>
    <message>
        <source>no deduction</source>
        <translation>控除なし</translation>
    </message>
    <message>
        <source>before 2023-10</source>
        <translation>2023年10月より前</translation>
    </message>
    <message>
        <source>transitional %1%</source>
        <translation>経過措置 %1%</translation>
    </message>
    <message>
        <source>Tax: %1</source>
        <translation>税区分: %1</translation>
    </message>
    <message>
        <source>Invoice column: %1</source>
        <translation>インボイス欄: %1</translation>
    </message>
    <message>
        <source>Credit account: %1</source>
        <translation>貸方科目: %1</translation>
    </message>
    <message>
        <source>Payment account (決済口座): %1</source>
        <translation>決済口座: %1</translation>
    </message>
    <message>
        <source>Tax of the credit side</source>
        <translation>貸方の税区分</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>勘定科目: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>ExpenseTableModel</name>
    <message>
        <source>Receipts</source>
        <translation>領収書</translation>
    </message>
    <message>
        <source>(to complete)</source>
        <translation>（未入力）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>ExpensesPage</name>
    <message>
        <source>Expenses</source>
        <translation>経費</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>%1 expenses — total ¥%2</source>
        <translation>%1 件 — 合計 ¥%2</translation>
    </message>
    <message>
        <source>Delete expense</source>
        <translation>経費を削除</translation>
    </message>
    <message>
        <source>Why is this expense deleted? It stays in the history and can be restored.</source>
        <translation>この経費を削除する理由を入力してください。履歴に残り、後で復元できます。</translation>
    </message>
    <message>
        <source>Deleted expense #%1.</source>
        <translation>経費 #%1 を削除しました。</translation>
    </message>
    <message>
        <source>Inbox (%1)</source>
        <translation>受付箱 (%1)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>受付箱</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export expenses</source>
        <translation>経費の書き出し</translation>
    </message>
    <message>
        <source>弥生会計 (Shift_JIS, import format)</source>
        <translation>弥生会計（Shift_JIS、インポート形式）</translation>
    </message>
    <message>
        <source>freee (取引 import CSV)</source>
        <translation>freee（取引インポート CSV）</translation>
    </message>
    <message>
        <source>マネーフォワード クラウド会計 (仕訳帳 import CSV)</source>
        <translation>マネーフォワード クラウド会計（仕訳帳インポート CSV）</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8)</source>
        <translation>Excel 用 CSV（UTF-8）</translation>
    </message>
    <message>
        <source>Audit folder (receipts named date_payee_amount + 索引簿)</source>
        <translation>税務調査用フォルダ（日付_取引先_金額 の領収書 + 索引簿）</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>first day (empty: from the start)</source>
        <translation>開始日（空欄: 最初から）</translation>
    </message>
    <message>
        <source>last day (empty: up to today)</source>
        <translation>終了日（空欄: 今日まで）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Also the sales and money received (a second file, name ending -money-in)</source>
        <translation>売上と入金の仕訳も書き出す（別ファイル、名前の末尾が -money-in）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <source>One journal line per tax rate (識別フラグ 2000). 税区分 and account names follow Settings → Expenses.</source>
        <translation>税率ごとに1行の仕訳（識別フラグ 2000）。税区分と勘定科目名は 設定 → 経費 に従います。</translation>
    </message>
    <message>
        <source>One 取引 per expense, paid on its date. Check the 税区分 names in Settings → Expenses.</source>
        <translation>経費1件につき1取引（発生日に決済済み）。税区分の名称は 設定 → 経費 で確認してください。</translation>
    </message>
    <message>
        <source>27 columns as in the 仕訳帳 sample; a mixed-rate receipt is one compound journal.</source>
        <translation>仕訳帳サンプルと同じ27列。複数税率の領収書は1つの複合仕訳になります。</translation>
    </message>
    <message>
        <source>Every field, UTF-8 with BOM so that Excel reads Japanese correctly.</source>
        <translation>全項目を出力します。Excel で日本語が正しく読めるよう BOM 付き UTF-8 です。</translation>
    </message>
    <message>
        <source>Choose a new, empty folder. The tax office accepts this naming as a search method.</source>
        <translation>新しい空のフォルダを選んでください。このファイル名の付け方は、税務署が検索方法として認めているものです。</translation>
    </message>
    <message>
        <source>Folder for the audit export</source>
        <translation>税務調査用の書き出し先フォルダ</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it?</source>
        <translation>%1 はすでにあります。置き換えますか？</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出し中…</translation>
    </message>
    <message>
        <source>Exporting expenses…</source>
        <translation>経費を書き出しています…</translation>
    </message>
    <message>
        <source>Exported %1 expenses (%2 lines) to %3.</source>
        <translation>%1 件の経費（%2 行）を %3 に書き出しました。</translation>
    </message>
    <message>
        <source>The sales and money received were not written:</source>
        <translation>売上と入金の仕訳は書き出していません:</translation>
    </message>
    <message>
        <source>Sales and money received: %1 entries to %2.</source>
        <translation>売上と入金: %1 件の仕訳を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Nothing was written. Correct these expenses, then export again:</source>
        <translation>何も書き出していません。次の経費を直してから、もう一度書き出してください:</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>書き出しに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Expense history</source>
        <translation>経費の履歴</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Restore this expense</source>
        <translation>この経費を復元</translation>
    </message>
    <message>
        <source>This expense</source>
        <translation>この経費</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>履歴を表示</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Deleted expenses</source>
        <translation>削除済みの経費</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Choose an expense to see its history.</source>
        <translation>履歴を見る経費を選んでください。</translation>
    </message>
    <message>
        <source>Expense #%1: %2, %3, ¥%4</source>
        <translation>経費 #%1: %2、%3、¥%4</translation>
    </message>
    <message>
        <source>Restored expense #%1.</source>
        <translation>経費 #%1 を復元しました。</translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <source>Drop receipts here (PDF, PNG, JPEG…): each file becomes a draft expense to complete.</source>
        <translation>ここに領収書（PDF・PNG・JPEG など）をドロップしてください。ファイルごとに下書きの経費ができます。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Add receipts to the inbox</source>
        <translation>受付箱に領収書を追加</translation>
    </message>
    <message>
        <source>Receipts (%1)</source>
        <translation>領収書 (%1)</translation>
    </message>
    <message>
        <source>Not added:</source>
        <translation>追加しなかったファイル:</translation>
    </message>
</context>
<context>
    <name>ReceiptViewer</name>
    <message>
        <source>%1 — %2 KB — SHA-256 %3</source>
        <translation>%1 — %2 KB — SHA-256 %3</translation>
    </message>
    <message>
        <source>Actual size / fit</source>
        <translation>実寸 / 全体表示</translation>
    </message>
    <message>
        <source>Open in another app</source>
        <translation>別のアプリで開く</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>この画像は表示できません。</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Any period</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <source>This calendar year</source>
        <translation>今年（暦年）</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去12か月</translation>
    </message>
    <message>
        <source>from 2026-04-01</source>
        <translation>開始 2026-04-01</translation>
    </message>
    <message>
        <source>to 2026-04-30</source>
        <translation>終了 2026-04-30</translation>
    </message>
    <message>
        <source>¥ min</source>
        <translation>¥ 下限</translation>
    </message>
    <message>
        <source>¥ max</source>
        <translation>¥ 上限</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Memo, client, attendees</source>
        <translation>メモ・顧客・参加者</translation>
    </message>
    <message>
        <source>Missing receipt</source>
        <translation>領収書なし</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登録済み</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>検索条件を保存…</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>すべての勘定科目</translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>保存した検索…</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>検索条件を保存</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>この検索の名前:</translation>
    </message>
</context>
<context>
    <name>TodaySection</name>
    <message>
        <source>Open Expenses</source>
        <translation>経費を開く</translation>
    </message>
    <message>
        <source>Expenses: %1 receipts to complete in the inbox, %2 expenses missing a receipt</source>
        <translation>経費: 受付箱で入力待ちの領収書 %1 件、領収書のない経費 %2 件</translation>
    </message>
    <message>
        <source>Complete: %1 %2</source>
        <translation>入力待ち: %1 %2</translation>
    </message>
    <message>
        <source>(receipt from the inbox)</source>
        <translation>（受付箱の領収書）</translation>
    </message>
    <message>
        <source>Receipt missing: %1 %2 ¥%3</source>
        <translation>領収書なし: %1 %2 ¥%3</translation>
    </message>
</context>
</TS>
