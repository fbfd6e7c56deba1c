<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DataFolder</name>
    <message>
        <source>This is the data folder in use now.</source>
        <translation>このフォルダは今使っているデータフォルダです。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 はファイルで、フォルダではありません。</translation>
    </message>
    <message>
        <source>%1 already holds Ushiro Desk data: use Open data folder… for it.</source>
        <translation>%1 にはすでにうしろデスクのデータがあります。「データフォルダを開く…」で開いてください。</translation>
    </message>
    <message>
        <source>%1 is not empty: choose or create an empty folder for the new data.</source>
        <translation>%1 は空ではありません。新しいデータには空のフォルダを選ぶか作ってください。</translation>
    </message>
    <message>
        <source>%1 holds no Ushiro Desk data (no ushiro.sqlite3): use New data folder… to start one.</source>
        <translation>%1 にはうしろデスクのデータ（ushiro.sqlite3）がありません。新しく始めるには「新しいデータフォルダ…」を使ってください。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>利用ガイド</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>SetupChecklist</name>
    <message>
        <source>Hide</source>
        <translation>非表示にする</translation>
    </message>
    <message>
        <source>Help → Setup checklist shows it again.</source>
        <translation>「ヘルプ」→「はじめにやること」でもう一度表示できます。</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Company profile</source>
        <translation>会社情報</translation>
    </message>
    <message>
        <source>Legal form, registration number (T-number), address and seal: what a qualified invoice shows.</source>
        <translation>事業形態、登録番号（T番号）、住所、角印：適格請求書に載る情報です。</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>振込先口座</translation>
    </message>
    <message>
        <source>The account (振込先) printed on your invoices.</source>
        <translation>請求書に印刷する振込先です。</translation>
    </message>
    <message>
        <source>Invoice settings</source>
        <translation>請求書の設定</translation>
    </message>
    <message>
        <source>Number pattern, tax rounding and default payment terms: check them and save once.</source>
        <translation>番号の形式、消費税の端数処理、既定の支払条件：確認して一度保存します。</translation>
    </message>
    <message>
        <source>First client</source>
        <translation>最初の取引先</translation>
    </message>
    <message>
        <source>Who you invoice, with the honorific and payment terms.</source>
        <translation>請求先を、敬称と支払条件とともに登録します。</translation>
    </message>
    <message>
        <source>First invoice</source>
        <translation>最初の請求書</translation>
    </message>
    <message>
        <source>Write it and issue it: it gets its number and its PDF.</source>
        <translation>作成して発行します。番号と PDF が付きます。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Get started: %1 of %2 steps done</source>
        <translation>はじめに：%2 ステップ中 %1 完了</translation>
    </message>
</context>
</TS>
