<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>SalesReportTab</name>
    <message>
        <source>Fiscal year</source>
        <translation>事業年度</translation>
    </message>
    <message>
        <source>Sales in the year (incl. tax)</source>
        <translation>年度の売上（税込）</translation>
    </message>
    <message>
        <source>Outstanding now</source>
        <translation>現在の未回収</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>うち期日超過</translation>
    </message>
    <message>
        <source>Sales per month (incl. tax)</source>
        <translation>月別の売上（税込）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>構成比</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未回収</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期日超過</translation>
    </message>
    <message>
        <source>FY%1 (%2 – %3)</source>
        <translation>%1年度（%2〜%3）</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
</context>
</TS>
