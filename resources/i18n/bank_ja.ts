<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>BankPage</name>
        <message>
            <source>Money in</source>
            <translation>入金・明細</translation>
        </message>
        <message>
            <source>Bank and card statements: match deposits to invoices, turn debits into expense drafts.</source>
            <translation>銀行・カードの明細：入金を請求書と消し込み、出金を経費の下書きにします。</translation>
        </message>
        <message>
            <source>Import Statement…</source>
            <translation>明細を取り込む…</translation>
        </message>
        <message>
            <source>Matching (入金消込)</source>
            <translation>入金消込</translation>
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
            <source>Payer</source>
            <translation>振込依頼人</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>口座</translation>
        </message>
        <message>
            <source>Best candidate</source>
            <translation>第一候補</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>請求書</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>取引先</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>請求残高</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>振込手数料</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>一致度</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Confirm Match</source>
            <translation>消込を確定</translation>
        </message>
        <message>
            <source>Confirm All Exact Matches</source>
            <translation>完全一致をすべて確定</translation>
        </message>
        <message>
            <source>Dismiss…</source>
            <translation>対象外にする…</translation>
        </message>
        <message>
            <source>Statement lines</source>
            <translation>明細一覧</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Withdrawal</source>
            <translation>出金</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>入金</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>残高</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Undo Match</source>
            <translation>消込を取り消す</translation>
        </message>
        <message>
            <source>No candidate</source>
            <translation>候補なし</translation>
        </message>
        <message>
            <source>%1 deposits wait for matching, %2 total.</source>
            <translation>消込待ちの入金が %1 件、合計 %2 です。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未処理</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>消込済み</translation>
        </message>
        <message>
            <source>Dismissed: %1</source>
            <translation>対象外：%1</translation>
        </message>
        <message>
            <source>Expense (already recorded)</source>
            <translation>経費（登録済み）</translation>
        </message>
        <message>
            <source>Expense draft</source>
            <translation>経費の下書き</translation>
        </message>
        <message>
            <source>Card settlement</source>
            <translation>カード代金の引落し</translation>
        </message>
        <message>
            <source>Payment to the secretary</source>
            <translation>秘書への支払い</translation>
        </message>
        <message>
            <source>Transfer between own accounts</source>
            <translation>自社口座間の振替</translation>
        </message>
        <message>
            <source>Recorded the payment of %1.</source>
            <translation>%1 の入金を記録しました。</translation>
        </message>
        <message>
            <source>Confirmed %1 exact matches.</source>
            <translation>完全一致 %1 件を確定しました。</translation>
        </message>
        <message>
            <source>Dismiss deposit</source>
            <translation>入金を対象外にする</translation>
        </message>
        <message>
            <source>Why does this deposit pay no invoice (e.g. interest, a refund)?</source>
            <translation>この入金が請求書の支払いでない理由（利息、返金など）を入力してください。</translation>
        </message>
    </context>
    <context>
        <name>BankSettingsTab</name>
        <message>
            <source>Bank fee a client may deduct</source>
            <translation>取引先が差し引く振込手数料の範囲</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>from</source>
            <translation>下限</translation>
        </message>
        <message>
            <source>to</source>
            <translation>上限</translation>
        </message>
        <message>
            <source>Clients' names as their banks send them (振込依頼人名)</source>
            <translation>取引先の振込依頼人名（銀行が送るカナ名）</translation>
        </message>
        <message>
            <source>e.g. ミナトセイサクショ</source>
            <translation>例：ミナトセイサクショ</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>追加</translation>
        </message>
        <message>
            <source>Rules for debits</source>
            <translation>出金の判定ルール</translation>
        </message>
        <message>
            <source>e.g. ｱﾏｿﾞﾝ</source>
            <translation>例：ｱﾏｿﾞﾝ</translation>
        </message>
        <message>
            <source>An expense</source>
            <translation>経費</translation>
        </message>
        <message>
            <source>A transfer between own accounts</source>
            <translation>自社口座間の振替</translation>
        </message>
        <message>
            <source>A card settlement</source>
            <translation>カード代金の引落し</translation>
        </message>
        <message>
            <source>A payment to the secretary</source>
            <translation>秘書への支払い</translation>
        </message>
        <message>
            <source>Text contains</source>
            <translation>摘要に含む文字</translation>
        </message>
        <message>
            <source>It is</source>
            <translation>判定</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>支払先</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>勘定科目</translation>
        </message>
        <message>
            <source>Add Rule</source>
            <translation>ルールを追加</translation>
        </message>
        <message>
            <source>Money In</source>
            <translation>入金・明細</translation>
        </message>
        <message>
            <source>learned</source>
            <translation>消込で学習</translation>
        </message>
        <message>
            <source>entered</source>
            <translation>登録</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（指定なし）</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
    </context>
    <context>
        <name>BankText</name>
        <message>
            <source>Exactly the amount due</source>
            <translation>請求残高と一致</translation>
        </message>
        <message>
            <source>Amount due less a bank fee of %1</source>
            <translation>請求残高から振込手数料 %1 を差し引いた額</translation>
        </message>
        <message>
            <source>Several invoices paid together, less a fee of %1</source>
            <translation>複数の請求書の合算（振込手数料 %1 差引）</translation>
        </message>
        <message>
            <source>Several invoices paid together</source>
            <translation>複数の請求書の合算</translation>
        </message>
        <message>
            <source>A partial payment (%1 would remain)</source>
            <translation>一部入金（残り %1）</translation>
        </message>
        <message>
            <source>The payer is %1</source>
            <translation>振込依頼人が %1</translation>
        </message>
        <message>
            <source>The payer's name resembles %1</source>
            <translation>振込依頼人名が %1 に近い</translation>
        </message>
        <message>
            <source>The transfer text names %1</source>
            <translation>振込の摘要に %1 の記載</translation>
        </message>
        <message>
            <source>The file is larger than %1 bytes; it is not a bank statement.</source>
            <translation>ファイルが %1 バイトを超えています。銀行の明細ではありません。</translation>
        </message>
        <message>
            <source>The file has more than %1 lines; split it by month.</source>
            <translation>ファイルが %1 行を超えています。月ごとに分けてください。</translation>
        </message>
        <message>
            <source>Line %1 has more than %2 columns; it is not a bank statement.</source>
            <translation>%1 行目の列が %2 を超えています。銀行の明細ではありません。</translation>
        </message>
        <message>
            <source>Line %1 has a field longer than %2 characters.</source>
            <translation>%1 行目に %2 文字を超える項目があります。</translation>
        </message>
        <message>
            <source>The file is not text in UTF-8 or Shift_JIS (is it a spreadsheet or a PDF?).</source>
            <translation>UTF-8 または Shift_JIS のテキストではありません（Excel や PDF ではありませんか）。</translation>
        </message>
        <message>
            <source>Choose a file.</source>
            <translation>ファイルを選んでください。</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>ファイルを読み込めません。</translation>
        </message>
        <message>
            <source>The CSV is malformed near line %1 (an unclosed quote?).</source>
            <translation>%1 行目付近の CSV が壊れています（引用符の閉じ忘れなど）。</translation>
        </message>
        <message>
            <source>The file has no rows.</source>
            <translation>ファイルに行がありません。</translation>
        </message>
        <message>
            <source>The columns of line %1 are not known; choose the columns below.</source>
            <translation>%1 行目の列が判別できません。下で列を指定してください。</translation>
        </message>
        <message>
            <source>The header on line %1 is not the one %2 writes.</source>
            <translation>%1 行目の見出しが %2 の形式と違います。</translation>
        </message>
        <message>
            <source>There is no format called %1.</source>
            <translation>%1 という形式はありません。</translation>
        </message>
        <message>
            <source>Line %1 has %2 columns where %3 are needed.</source>
            <translation>%1 行目の列が %2 個です（%3 個必要）。</translation>
        </message>
        <message>
            <source>Line %1: %2 is not a date.</source>
            <translation>%1 行目：%2 は日付ではありません。</translation>
        </message>
        <message>
            <source>Line %1: %2 is not an amount of yen.</source>
            <translation>%1 行目：%2 は金額ではありません。</translation>
        </message>
        <message>
            <source>Line %1 starts like a spreadsheet formula, which a bank never writes.</source>
            <translation>%1 行目が表計算の数式のように始まっています。銀行の明細にはない形です。</translation>
        </message>
        <message>
            <source>Record %1 is not Shift_JIS text.</source>
            <translation>%1 件目のレコードが Shift_JIS ではありません。</translation>
        </message>
        <message>
            <source>The file is for account %1, not %2.</source>
            <translation>このファイルは口座 %1 のもので、%2 ではありません。</translation>
        </message>
        <message>
            <source>Record %1 is not %2 bytes long.</source>
            <translation>%1 件目のレコードが %2 バイトではありません。</translation>
        </message>
        <message>
            <source>This 全銀 file is neither 入出金取引明細 nor 振込入金通知.</source>
            <translation>この全銀ファイルは入出金取引明細でも振込入金通知でもありません。</translation>
        </message>
        <message>
            <source>Record %1 is out of order.</source>
            <translation>%1 件目のレコードの順序が正しくありません。</translation>
        </message>
        <message>
            <source>Record %1: 入払区分 must be 1 or 2.</source>
            <translation>%1 件目：入払区分は 1 か 2 です。</translation>
        </message>
        <message>
            <source>The 全銀 file ends without its trailer record.</source>
            <translation>全銀ファイルにトレーラ・レコードがありません。</translation>
        </message>
        <message>
            <source>The trailer's counts and totals on record %1 do not match the records.</source>
            <translation>%1 件目のトレーラの件数・合計が明細と一致しません。</translation>
        </message>
        <message>
            <source>Choose a column for the amount, or for withdrawals and deposits.</source>
            <translation>金額、または出金と入金の列を指定してください。</translation>
        </message>
        <message>
            <source>Two fields use the same column.</source>
            <translation>同じ列が二つの項目に指定されています。</translation>
        </message>
        <message>
            <source>A column number is out of range.</source>
            <translation>列番号が範囲外です。</translation>
        </message>
        <message>
            <source>There is no account called %1.</source>
            <translation>%1 という口座はありません。</translation>
        </message>
        <message>
            <source>An account called %1 exists already.</source>
            <translation>%1 という口座はすでにあります。</translation>
        </message>
        <message>
            <source>That statement line does not exist.</source>
            <translation>その明細行はありません。</translation>
        </message>
        <message>
            <source>That deposit is no longer open.</source>
            <translation>その入金はすでに処理済みです。</translation>
        </message>
        <message>
            <source>That line is not a confirmed match.</source>
            <translation>その行は消込済みではありません。</translation>
        </message>
        <message>
            <source>%1 is not an issued document with money still owed.</source>
            <translation>%1 は未入金の発行済み請求書ではありません。</translation>
        </message>
        <message>
            <source>The deposit of %1 is more than the %2 owed.</source>
            <translation>入金額 %1 が請求残高 %2 を超えています。</translation>
        </message>
        <message>
            <source>Nothing of the deposit is left for %1.</source>
            <translation>%1 に充てる入金が残っていません。</translation>
        </message>
        <message>
            <source>Give the reason for dismissing the deposit.</source>
            <translation>対象外にする理由を入力してください。</translation>
        </message>
        <message>
            <source>The fee range must lie between ¥0 and ¥10,000.</source>
            <translation>振込手数料の範囲は ¥0〜¥10,000 で指定してください。</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import a statement</source>
            <translation>明細の取り込み</translation>
        </message>
        <message>
            <source>Recognise from the file</source>
            <translation>ファイルから判別</translation>
        </message>
        <message>
            <source>全銀 入出金取引明細 / 振込入金通知</source>
            <translation>全銀 入出金取引明細／振込入金通知</translation>
        </message>
        <message>
            <source>Other CSV: choose the columns</source>
            <translation>その他のCSV（列を指定）</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>口座</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>形式</translation>
        </message>
        <message>
            <source>Columns (1 is the first; 0 means the file has none)</source>
            <translation>列の指定（1 が先頭列、0 はその列なし）</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Withdrawal</source>
            <translation>出金</translation>
        </message>
        <message>
            <source>Deposit</source>
            <translation>入金</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>残高</translation>
        </message>
        <message>
            <source>Header rows</source>
            <translation>見出し行数</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>取込</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>取り込む</translation>
        </message>
        <message>
            <source>Choose a statement</source>
            <translation>明細ファイルを選択</translation>
        </message>
        <message>
            <source>Statements (*.csv *.txt *.dat);;All files (*)</source>
            <translation>明細ファイル (*.csv *.txt *.dat);;すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Choose the account and the file the bank let you download.</source>
            <translation>口座と、銀行からダウンロードしたファイルを選んでください。</translation>
        </message>
        <message>
            <source>Nothing can be imported:</source>
            <translation>取り込めません：</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新規</translation>
        </message>
        <message>
            <source>Imported before</source>
            <translation>取込済み</translation>
        </message>
        <message>
            <source>%1 rows read (%2): %3 new, %4 imported before.</source>
            <translation>%1 行を読み込みました（%2）：新規 %3 件、取込済み %4 件。</translation>
        </message>
        <message>
            <source>Transactions are missing between %1 and %2: the balance is off by %3.</source>
            <translation>%1 から %2 の間に明細の抜けがあります：残高が %3 合いません。</translation>
        </message>
        <message>
            <source>Importing the statement…</source>
            <translation>明細を取り込んでいます…</translation>
        </message>
        <message>
            <source>Imported %1 lines; %2 debits became expense drafts.</source>
            <translation>%1 行を取り込みました。出金 %2 件を経費の下書きにしました。</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was stored.</source>
            <translation>取り込みを中止しました。何も保存していません。</translation>
        </message>
    </context>
    <context>
        <name>TodaySection</name>
        <message>
            <source>Open Money In</source>
            <translation>入金・明細を開く</translation>
        </message>
        <message>
            <source>Money in: %1 deposits to match (¥%2); %3 expenses from statements missing a receipt</source>
            <translation>入金：消込待ち %1 件（¥%2）、明細から作った経費で証憑なし %3 件</translation>
        </message>
        <message>
            <source>Unmatched deposit: %1 ¥%2 %3</source>
            <translation>未消込の入金：%1 ¥%2 %3</translation>
        </message>
    </context>
</TS>
