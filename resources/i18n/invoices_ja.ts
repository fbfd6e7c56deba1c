<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DocumentEditor</name>
    <message>
        <source>%1 (draft)</source>
        <translation>%1（下書き）</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1を編集</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Refers to %1 of %2</source>
        <translation>%2付 %1 に対するもの</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>元の書類</translation>
    </message>
    <message>
        <source>e.g. Website redesign, May 2026</source>
        <translation>例: Webサイト リニューアル（2026年5月分）</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <source>The client withholds income tax (源泉徴収) on fee lines</source>
        <translation>取引先が報酬の行から源泉徴収する</translation>
    </message>
    <message>
        <source>Applies when you are a sole proprietor and the client is a corporation or an employer. Travel costs paid with the fee are withheld too (NTA No.2795).</source>
        <translation>あなたが個人事業主で、取引先が法人または給与を支払う事業者のときに該当します。報酬と一緒に受け取る旅費・交通費も源泉徴収の対象です（国税庁タックスアンサー No.2795）。</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Covers a period</source>
        <translation>期間で記載</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Original supply date</source>
        <translation>元の取引年月日</translation>
    </message>
    <message>
        <source>Supply date</source>
        <translation>取引年月日</translation>
    </message>
    <message>
        <source>from the client&apos;s terms</source>
        <translation>取引先の支払条件から</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>支払期限</translation>
    </message>
    <message>
        <source>The day the price is returned or reduced (返還等を行う日), printed on the credit note.</source>
        <translation>対価の返還・値引きを行う日（返還等を行う日）。適格返還請求書に印字されます。</translation>
    </message>
    <message>
        <source>Return or discount on</source>
        <translation>返還等を行う日</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Notes (printed)</source>
        <translation>備考（印字されます）</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>下書きを保存</translation>
    </message>
    <message>
        <source>Save and issue…</source>
        <translation>保存して発行…</translation>
    </message>
    <message>
        <source>tax %1</source>
        <translation>消費税 %1</translation>
    </message>
    <message>
        <source>Total (incl. tax)</source>
        <translation>合計（税込）</translation>
    </message>
    <message>
        <source>Withholding no longer due</source>
        <translation>源泉徴収税額の減少分</translation>
    </message>
    <message>
        <source>on the net fee</source>
        <translation>差引後の報酬に対して</translation>
    </message>
    <message>
        <source>Withholding (源泉徴収)</source>
        <translation>源泉徴収税額</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1 に対して</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>ご請求金額</translation>
    </message>
    <message>
        <source>Amount credited</source>
        <translation>返還金額</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked lines.</source>
        <translation>保存していません。印のついた行を直してください。</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>保存していません。印のついた項目を直してください。</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>下書きを保存しました。</translation>
    </message>
</context>
<context>
    <name>InvoiceSettingsTab</name>
    <message>
        <source>Invoice numbers</source>
        <translation>請求書番号</translation>
    </message>
    <message>
        <source>Quote numbers</source>
        <translation>見積番号</translation>
    </message>
    <message>
        <source>Credit note numbers</source>
        <translation>適格返還請求書の番号</translation>
    </message>
    <message>
        <source>{YYYY} year, {YY} short year, {MM} month, {NNNN} the counter (restarts when the rest changes). Corrections use the invoice numbers.</source>
        <translation>{YYYY} 西暦年、{YY} 年の下2桁、{MM} 月、{NNNN} 連番（他の部分が変わると1から）。修正した請求書には請求書番号を使います。</translation>
    </message>
    <message>
        <source>Consumption tax rounding</source>
        <translation>消費税の端数処理</translation>
    </message>
    <message>
        <source>Prices on new documents</source>
        <translation>新しい書類の単価</translation>
    </message>
    <message>
        <source>Default payment terms</source>
        <translation>既定の支払条件</translation>
    </message>
    <message>
        <source>Due date on a holiday</source>
        <translation>期日が休日のとき</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Quotes are valid for</source>
        <translation>見積の有効期間</translation>
    </message>
    <message>
        <source>Notes on new documents</source>
        <translation>新しい書類の備考</translation>
    </message>
    <message>
        <source>Print dates in the Japanese era (令和8年11月30日)</source>
        <translation>日付を和暦で印字する（令和8年11月30日）</translation>
    </message>
    <message>
        <source>Dates on documents</source>
        <translation>書類の日付</translation>
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
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>保存していません。印のついた項目を直してください。</translation>
    </message>
    <message>
        <source>Saved. New numbers follow the patterns; issued documents keep theirs.</source>
        <translation>保存しました。これから発行する書類が新しい形式で採番されます（発行済みの番号は変わりません）。</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>Quote</source>
        <translation>見積書</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>修正請求書</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>適格返還請求書</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送付済み</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>一部入金</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>入金済み</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>返還で相殺</translation>
    </message>
    <message>
        <source>Partly credited</source>
        <translation>一部返還</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受注</translation>
    </message>
    <message>
        <source>10%</source>
        <translation>10%</translation>
    </message>
    <message>
        <source>8% reduced</source>
        <translation>8%（軽減）</translation>
    </message>
    <message>
        <source>Exempt (0%)</source>
        <translation>免税（0%）</translation>
    </message>
    <message>
        <source>Non-taxable</source>
        <translation>非課税</translation>
    </message>
    <message>
        <source>Outside scope (立替金)</source>
        <translation>対象外（立替金）</translation>
    </message>
    <message>
        <source>Round down (切捨て)</source>
        <translation>切捨て</translation>
    </message>
    <message>
        <source>Round up (切上げ)</source>
        <translation>切上げ</translation>
    </message>
    <message>
        <source>Round half up (四捨五入)</source>
        <translation>四捨五入</translation>
    </message>
    <message>
        <source>Prices exclude tax</source>
        <translation>税抜価格</translation>
    </message>
    <message>
        <source>Prices include tax</source>
        <translation>税込価格</translation>
    </message>
    <message>
        <source>%1, overdue %2 days</source>
        <translation>%1・%2日超過</translation>
    </message>
    <message>
        <source>%1, overpaid %2</source>
        <translation>%1・%2 過入金</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>ご請求金額</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>未入金</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>確認…</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>新規請求書</translation>
    </message>
    <message>
        <source>New quote</source>
        <translation>新規見積書</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Edit draft</source>
        <translation>下書きを編集</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>下書きを削除</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>発行…</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>送付済みにする</translation>
    </message>
    <message>
        <source>Payments…</source>
        <translation>入金…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>適格返還請求書…</translation>
    </message>
    <message>
        <source>Correction…</source>
        <translation>修正…</translation>
    </message>
    <message>
        <source>Invoice from quote</source>
        <translation>見積から請求書</translation>
    </message>
    <message>
        <source>Make recurring…</source>
        <translation>定期請求にする…</translation>
    </message>
    <message>
        <source>Recurring invoices…</source>
        <translation>定期請求…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDFで保存…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Search number, client or subject</source>
        <translation>番号・取引先・件名で検索</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>見積書</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>適格返還請求書</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未入金</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期日超過</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Cannot show</source>
        <translation>表示できません</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>取引先名</translation>
    </message>
    <message>
        <source>Issue date; leave at — for no limit.</source>
        <translation>発行日。「—」のままなら制限なし。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>金額（税込）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>The smallest total</source>
        <translation>金額の下限</translation>
    </message>
    <message>
        <source>The largest total</source>
        <translation>金額の上限</translation>
    </message>
    <message>
        <source>%1 must be a whole number of yen.</source>
        <translation>%1は円単位の整数で入力してください。</translation>
    </message>
    <message>
        <source>Outstanding %1 · overdue %2 (%3 invoices)</source>
        <translation>売掛金残高 %1 ・ 期日超過 %2（%3件）</translation>
    </message>
    <message>
        <source>Aging — not yet due %1 · 1–30 days %2 · 31–60 days %3 · 61+ days %4</source>
        <translation>年齢表 — 期日前 %1 ・ 1〜30日 %2 ・ 31〜60日 %3 ・ 61日以上 %4</translation>
    </message>
    <message>
        <source>%1 recurring drafts are due and wait for you to confirm them.</source>
        <translation>定期請求の下書き %1 件が作成待ちです。確認してください。</translation>
    </message>
    <message>
        <source>%1 documents selected.</source>
        <translation>%1 件を選択中です。</translation>
    </message>
    <message>
        <source>Select a document to preview it.</source>
        <translation>書類を選ぶとプレビューを表示します。</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>取引先がありません</translation>
    </message>
    <message>
        <source>Add a client on the Clients page first.</source>
        <translation>先に「取引先」ページで取引先を登録してください。</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>取引先を追加</translation>
    </message>
    <message>
        <source>Delete this draft? It has no number yet, so nothing is lost.</source>
        <translation>この下書きを削除しますか？まだ番号がないため、番号の欠けは生じません。</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>できません</translation>
    </message>
    <message>
        <source>Cannot issue</source>
        <translation>発行できません</translation>
    </message>
    <message>
        <source>Open company settings</source>
        <translation>会社情報を開く</translation>
    </message>
    <message>
        <source>Issue this %1 to %2 for %3? It gets its number now and can never be changed afterwards.</source>
        <translation>%2 宛ての%1（%3）を発行しますか？番号が付き、以後は変更できません。</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>発行</translation>
    </message>
    <message>
        <source>Issued %1.</source>
        <translation>%1 を発行しました。</translation>
    </message>
    <message>
        <source>bank account (振込先)</source>
        <translation>振込先の口座</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>自社の住所</translation>
    </message>
    <message>
        <source>Issue without %1?</source>
        <translation>%1なしで発行しますか？</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <source>Issue anyway</source>
        <translation>このまま発行</translation>
    </message>
    <message>
        <source>Enter the bank account</source>
        <translation>振込先を入力する</translation>
    </message>
    <message>
        <source>Enter the address</source>
        <translation>住所を入力する</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDFで保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save PDFs into folder</source>
        <translation>PDFを保存するフォルダ</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <source>%1 of these PDF files exist in the folder already. Replace them?</source>
        <translation>これらの PDF のうち %1 件はフォルダにすでにあります。置き換えますか？</translation>
    </message>
    <message>
        <source>Saving PDFs…</source>
        <translation>PDFを保存しています…</translation>
    </message>
    <message>
        <source>Saved %1 PDF files.</source>
        <translation>PDFを %1 件保存しました。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>印刷しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Printed %1 pages.</source>
        <translation>%1 ページ印刷しました。</translation>
    </message>
</context>
<context>
    <name>InvoicesProblems</name>
    <message>
        <source>Enter a number, e.g. 1,200 or 2.5 (up to 4 decimals).</source>
        <translation>数値を入力してください（例: 1,200 や 2.5、小数は4桁まで）。</translation>
    </message>
    <message>
        <source>The quantity cannot be zero.</source>
        <translation>数量を0にはできません。</translation>
    </message>
    <message>
        <source>The quantity is too large.</source>
        <translation>数量が大きすぎます。</translation>
    </message>
    <message>
        <source>Withholding on a non-taxable line is unusual; check the line.</source>
        <translation>非課税の行に源泉徴収は通常ありません。行を確認してください。</translation>
    </message>
    <message>
        <source>A reimbursed cost (対象外) is not a fee: it is left out of the withholding base.</source>
        <translation>立替金（対象外）は報酬ではないため、源泉徴収の対象額に含めません。</translation>
    </message>
    <message>
        <source>The amount is larger than 1 trillion yen.</source>
        <translation>金額が1兆円を超えています。</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>期間の終わりが始まりより前です。</translation>
    </message>
    <message>
        <source>The largest total is smaller than the smallest.</source>
        <translation>金額の上限が下限より小さくなっています。</translation>
    </message>
    <message>
        <source>A total cannot be negative.</source>
        <translation>金額にマイナスは指定できません。</translation>
    </message>
    <message>
        <source>Travel costs paid together with a fee are withheld too (NTA No.2795), unless the client pays the carrier or hotel directly.</source>
        <translation>報酬と一緒に支払われる旅費・交通費も源泉徴収の対象です（国税庁タックスアンサー No.2795）。取引先が交通機関やホテルに直接支払う場合を除きます。</translation>
    </message>
    <message>
        <source>This credit is more than what is left of the invoice (%1 including tax after earlier credit notes).</source>
        <translation>この返還額は請求書の残り（先の適格返還請求書を差し引いた税込 %1）を超えています。</translation>
    </message>
    <message>
        <source>Add at least one line.</source>
        <translation>明細を1行以上入力してください。</translation>
    </message>
    <message>
        <source>The total must be more than zero.</source>
        <translation>合計は0円より大きくしてください。</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>期間の開始日は終了日より前にしてください。</translation>
    </message>
    <message>
        <source>The due date is before the issue date.</source>
        <translation>支払期限が発行日より前です。</translation>
    </message>
    <message>
        <source>This document is issued and can no longer be changed; make a correction or a credit note.</source>
        <translation>この書類は発行済みのため変更できません。修正請求書か適格返還請求書を作成してください。</translation>
    </message>
    <message>
        <source>This document is not issued yet.</source>
        <translation>この書類はまだ発行されていません。</translation>
    </message>
    <message>
        <source>The stored PDF is missing or damaged; restore a backup.</source>
        <translation>保存されたPDFが見つからないか壊れています。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>Choose an issued document.</source>
        <translation>発行済みの書類を選んでください。</translation>
    </message>
    <message>
        <source>Only an issued quote becomes an invoice.</source>
        <translation>請求書にできるのは発行済みの見積書だけです。</translation>
    </message>
    <message>
        <source>Only an issued invoice can be credited or corrected.</source>
        <translation>返還・修正できるのは発行済みの請求書だけです。</translation>
    </message>
    <message>
        <source>This invoice was already corrected; work on the correction instead.</source>
        <translation>この請求書は修正済みです。修正後の請求書を使ってください。</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>この書類はもうありません。</translation>
    </message>
    <message>
        <source>Below 10,000 yen including tax a credit note is not required (消法57条の4③); you may still issue it.</source>
        <translation>税込1万円未満の返還には適格返還請求書の交付は不要です（消法57条の4③）。発行することもできます。</translation>
    </message>
    <message>
        <source>Enter your company profile in Settings first.</source>
        <translation>先に「設定」で自社情報を入力してください。</translation>
    </message>
    <message>
        <source>Your company profile has no registration number (T-number): this will not be a qualified invoice.</source>
        <translation>自社情報に登録番号（T番号）がありません。適格請求書になりません。</translation>
    </message>
    <message>
        <source>Your company profile has no bank account to print as 振込先.</source>
        <translation>自社情報に振込先の口座がありません。</translation>
    </message>
    <message>
        <source>Your company profile has no address to print under your name.</source>
        <translation>自社情報に住所がありません。請求書の発行者欄に住所が載りません。</translation>
    </message>
    <message>
        <source>A pattern needs exactly one counter such as {NNNN}.</source>
        <translation>連番（{NNNN} など）をちょうど1つ入れてください。</translation>
    </message>
    <message>
        <source>Unknown part %1; use {YYYY}, {YY}, {MM} and {NNNN}.</source>
        <translation>%1 は使えません。{YYYY}、{YY}、{MM}、{NNNN} を使ってください。</translation>
    </message>
    <message>
        <source>Use only letters, digits and - _ / . # around the parts.</source>
        <translation>記号以外は半角英数字と - _ / . # だけを使ってください。</translation>
    </message>
    <message>
        <source>The pattern is too long.</source>
        <translation>形式が長すぎます。</translation>
    </message>
    <message>
        <source>This pattern could give the same numbers as another series.</source>
        <translation>ほかの書類と同じ番号になるおそれがあります。</translation>
    </message>
    <message>
        <source>The number %1 is taken; change the number pattern.</source>
        <translation>番号 %1 は使用済みです。番号の形式を変えてください。</translation>
    </message>
    <message>
        <source>Choose a day from 1 to 28, or month end.</source>
        <translation>1〜28日か月末を選んでください。</translation>
    </message>
    <message>
        <source>Choose the same month or up to 3 months later.</source>
        <translation>当月から3か月後までを選んでください。</translation>
    </message>
    <message>
        <source>Choose 0 to 365 days.</source>
        <translation>0〜365日を選んでください。</translation>
    </message>
    <message>
        <source>Choose 1 to 365 days.</source>
        <translation>1〜365日を選んでください。</translation>
    </message>
    <message>
        <source>Choose Japanese or English.</source>
        <translation>日本語か英語を選んでください。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金額をマイナスにはできません。</translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation>入金額を入力してください。</translation>
    </message>
    <message>
        <source>That is a large bank fee; check the amount.</source>
        <translation>振込手数料が大きすぎるようです。金額を確認してください。</translation>
    </message>
    <message>
        <source>This is %1 more than is owed.</source>
        <translation>未入金額より %1 多くなっています。</translation>
    </message>
    <message>
        <source>Payments are recorded on issued invoices only.</source>
        <translation>入金は発行済みの請求書にだけ記録できます。</translation>
    </message>
    <message>
        <source>This invoice was corrected; record the payment on the correction.</source>
        <translation>この請求書は修正済みです。修正後の請求書に入金を記録してください。</translation>
    </message>
    <message>
        <source>Choose how often the invoice repeats.</source>
        <translation>繰り返しの間隔を選んでください。</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <source>Description</source>
        <translation>品目・内容</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <source>Fee (withheld)</source>
        <translation>報酬（源泉対象）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>入金額</translation>
    </message>
    <message>
        <source>Bank fee</source>
        <translation>振込手数料</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Remove selected payment</source>
        <translation>選んだ入金を取り消す</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>入金日</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>入金額</translation>
    </message>
    <message>
        <source>振込手数料 the client deducted from the transfer; it settles the invoice like money.</source>
        <translation>取引先が差し引いた振込手数料。入金と同じく請求額に充当します。</translation>
    </message>
    <message>
        <source>Bank fee deducted</source>
        <translation>差し引かれた振込手数料</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>入金を記録</translation>
    </message>
    <message>
        <source>Payments for %1</source>
        <translation>%1 の入金</translation>
    </message>
    <message>
        <source>%1 — amount due %2, still owed %3.</source>
        <translation>%1 — 請求額 %2、未入金 %3。</translation>
    </message>
    <message>
        <source>Overpaid by %1.</source>
        <translation>%1 の過入金です。</translation>
    </message>
    <message>
        <source>Not recorded: please correct the marked fields.</source>
        <translation>記録していません。印のついた項目を直してください。</translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation>過入金</translation>
    </message>
    <message>
        <source>This settles %1 more than is owed. Record it anyway? The excess stays visible as overpaid.</source>
        <translation>未入金額より %1 多い入金です。このまま記録しますか？超過分は過入金として表示されます。</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>入金を記録しました。</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>入金の取消</translation>
    </message>
    <message>
        <source>Remove the payment of %1 received on %2?</source>
        <translation>%2 の入金 %1 を取り消しますか？</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>ページを幅に合わせて表示</translation>
    </message>
    <message>
        <source>Open the document in a large window</source>
        <translation>大きなウィンドウで開く</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>表示倍率</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Recurring drafts due</source>
        <translation>作成待ちの定期請求</translation>
    </message>
    <message>
        <source>These recurring invoices came due. Tick the drafts to make; they are not issued or sent.</source>
        <translation>次の定期請求が作成時期になりました。作成する下書きにチェックを入れてください（発行や送付はしません）。</translation>
    </message>
    <message>
        <source>Skip ticked</source>
        <translation>チェックしたものを見送る</translation>
    </message>
    <message>
        <source>Make ticked drafts</source>
        <translation>チェックした下書きを作成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>%1 drafts made.</source>
        <translation>下書きを %1 件作成しました。</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Recurring invoices</source>
        <translation>定期請求</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>毎月</translation>
    </message>
    <message>
        <source>Every 2 months</source>
        <translation>2か月ごと</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>四半期ごと</translation>
    </message>
    <message>
        <source>Every half year</source>
        <translation>半年ごと</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>毎年</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>29 stands for the month&apos;s last day</source>
        <translation>29 は月末を表します</translation>
    </message>
    <message>
        <source> (29 = month end)</source>
        <translation>（29 = 月末）</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>{YYYY} and {MM} become the year and month of each invoice</source>
        <translation>{YYYY} と {MM} は各請求書の年と月になります</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明細</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1（停止中）</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>保存していません。印のついた項目を直してください。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
    <message>
        <source>Delete the recurring invoice %1? Documents already made stay.</source>
        <translation>定期請求「%1」を削除しますか？作成済みの書類は残ります。</translation>
    </message>
</context>
<context>
    <name>TermsEditor</name>
    <message>
        <source>Days after the invoice:</source>
        <translation>請求日から日数:</translation>
    </message>
    <message>
        <source>month end</source>
        <translation>月末</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>same month</source>
        <translation>当月</translation>
    </message>
    <message>
        <source>next month</source>
        <translation>翌月</translation>
    </message>
    <message>
        <source>month after next</source>
        <translation>翌々月</translation>
    </message>
    <message>
        <source>3 months later</source>
        <translation>3か月後</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>締め</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>支払</translation>
    </message>
    <message>
        <source>Previous business day (前営業日)</source>
        <translation>前営業日</translation>
    </message>
    <message>
        <source>Next business day (翌営業日)</source>
        <translation>翌営業日</translation>
    </message>
    <message>
        <source>Keep the date (そのまま)</source>
        <translation>そのまま</translation>
    </message>
</context>
<context>
    <name>TodaySection</name>
    <message>
        <source>%1  %2 — %3 unpaid, %4 days overdue (due %5)</source>
        <translation>%1  %2 — 未入金 %3、%4日超過（期日 %5）</translation>
    </message>
    <message>
        <source>Unpaid invoices past due: %1 (%2)</source>
        <translation>期日を過ぎた未入金の請求書: %1 件（%2）</translation>
    </message>
    <message>
        <source>No invoice is past due.</source>
        <translation>期日を過ぎた請求書はありません。</translation>
    </message>
</context>
</TS>
