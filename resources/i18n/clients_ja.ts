<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ClientsModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>支払条件</translation>
    </message>
    <message>
        <source>Withholds</source>
        <translation>源泉徴収</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1（アーカイブ）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>取引先</translation>
    </message>
    <message>
        <source>Search name, contact, email or registration number</source>
        <translation>名称・担当・メール・登録番号で検索</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>アーカイブも表示</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新規取引先</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
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
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Registration number (T + 13 digits)</source>
        <translation>登録番号（T＋13桁）</translation>
    </message>
    <message>
        <source>御中 (an organisation)</source>
        <translation>御中（会社・団体）</translation>
    </message>
    <message>
        <source>様 (a person)</source>
        <translation>様（個人）</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>敬称</translation>
    </message>
    <message>
        <source>empty when the client is not registered</source>
        <translation>取引先が未登録なら空欄</translation>
    </message>
    <message>
        <source>Withholds income tax (源泉徴収) on fees paid to individuals</source>
        <translation>個人への報酬から源泉徴収する</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>支払条件</translation>
    </message>
    <message>
        <source>Due date on a holiday</source>
        <translation>期日が休日のとき</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>書類の言語</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>売掛金残高</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Restore from archive</source>
        <translation>アーカイブから戻す</translation>
    </message>
    <message>
        <source>%1 (overdue %2)</source>
        <translation>%1（期日超過 %2）</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>保存していません。印のついた項目を直してください。</translation>
    </message>
    <message>
        <source>Saved. Documents already issued keep the details they were issued with.</source>
        <translation>保存しました。発行済みの書類は発行時の内容のままです。</translation>
    </message>
</context>
</TS>
