<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>BundleTab</name>
        <message>
            <source>Recipient</source>
            <translation>宛先</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>対象月</translation>
        </message>
        <message>
            <source>Refresh preview</source>
            <translation>プレビューを更新</translation>
        </message>
        <message>
            <source>What</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Work order (terms stated under the Freelance Act)</source>
            <translation>取引条件の明示（フリーランス法）</translation>
        </message>
        <message>
            <source>The contractor is an individual (freelancer)</source>
            <translation>受託者は個人（フリーランス）</translation>
        </message>
        <message>
            <source>…or a corporation with one officer and no employees</source>
            <translation>…または役員1人・従業員なしの法人</translation>
        </message>
        <message>
            <source>The Freelance Act protects it like an individual (法2条1項二号).</source>
            <translation>フリーランス法では個人と同じく保護されます（法2条1項二号）。</translation>
        </message>
        <message>
            <source>Inspected by</source>
            <translation>検査完了期日</translation>
        </message>
        <message>
            <source>Commissioned by</source>
            <translation>委託者</translation>
        </message>
        <message>
            <source>Contractor</source>
            <translation>受託者</translation>
        </message>
        <message>
            <source>Commissioned on</source>
            <translation>委託日</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>業務の内容</translation>
        </message>
        <message>
            <source>Delivery date</source>
            <translation>納期（受領期日）</translation>
        </message>
        <message>
            <source>Delivery place</source>
            <translation>納品場所</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>検査</translation>
        </message>
        <message>
            <source>Fee</source>
            <translation>報酬の額</translation>
        </message>
        <message>
            <source>Payment date</source>
            <translation>支払期日</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>支払方法</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>書き出し</translation>
        </message>
        <message>
            <source>Send documents with hidden fields as copies without them</source>
            <translation>非開示の項目を含む書類は、その項目を除いた写しを送る</translation>
        </message>
        <message>
            <source>A document that shows a field this recipient may not see (an individual client's address, your bank account) stays home unless this is ticked; then a copy rendered for the recipient without those fields goes instead.</source>
            <translation>この宛先に見せない項目（個人の取引先の住所、自社の口座番号など）が載っている書類は、通常は送りません。チェックすると、その項目を除いて宛先用に作り直した写しを代わりに送ります。</translation>
        </message>
        <message>
            <source>Encrypted .html workspace (any browser opens it) — recommended</source>
            <translation>暗号化 .html ワークスペース（ブラウザーで開けます）— おすすめ</translation>
        </message>
        <message>
            <source>Unencrypted folder</source>
            <translation>暗号化しないフォルダー</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>書き出す…</translation>
        </message>
        <message>
            <source>No recipients yet: add an outsourcer on the Chores page and fill in their profile.</source>
            <translation>宛先がまだありません。定型業務ページで外注先を追加し、プロフィールを入力してください。</translation>
        </message>
        <message>
            <source>the .html workspace</source>
            <translation>暗号化 .html ワークスペース</translation>
        </message>
        <message>
            <source>the encrypted .zip</source>
            <translation>暗号化 .zip</translation>
        </message>
        <message>
            <source>an unencrypted folder</source>
            <translation>暗号化なしのフォルダー</translation>
        </message>
        <message>
            <source>%1 uses %2.</source>
            <translation>%1 さんは %2 を使っています。</translation>
        </message>
        <message>
            <source>Leaves: %1</source>
            <translation>渡す項目: %1</translation>
        </message>
        <message>
            <source>Tasks that go</source>
            <translation>依頼する業務</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>期限 %1</translation>
        </message>
        <message>
            <source>Fields that leave</source>
            <translation>渡す項目</translation>
        </message>
        <message>
            <source>Brings</source>
            <translation>同梱するデータ</translation>
        </message>
        <message>
            <source>Records that go</source>
            <translation>渡すデータ</translation>
        </message>
        <message>
            <source>None: the tasks need no records from the books.</source>
            <translation>なし（業務に帳簿のデータは不要です）</translation>
        </message>
        <message>
            <source>Files that go</source>
            <translation>渡すファイル</translation>
        </message>
        <message>
            <source>Return sheet rows</source>
            <translation>報告シートの行</translation>
        </message>
        <message>
            <source>Stays home</source>
            <translation>社内に残すもの</translation>
        </message>
        <message>
            <source>Nothing was held back.</source>
            <translation>社内に残すものはありません。</translation>
        </message>
        <message>
            <source>%1 tasks, %2 records and %3 files leave (%4 fields masked); %5 items stay home.</source>
            <translation>業務 %1 件・データ %2 件・ファイル %3 件を渡します（非開示の項目 %4）。%5 件は社内に残ります。</translation>
        </message>
        <message>
            <source>Choose where to create the packet folder</source>
            <translation>パケットのフォルダーを作る場所を選択</translation>
        </message>
        <message>
            <source>Encrypted workspace (*.html)</source>
            <translation>暗号化ワークスペース (*.html)</translation>
        </message>
        <message>
            <source>Save the encrypted packet</source>
            <translation>暗号化パケットの保存先</translation>
        </message>
        <message>
            <source>Encrypted ZIP (*.zip)</source>
            <translation>暗号化ZIP (*.zip)</translation>
        </message>
        <message>
            <source>Encrypted .zip with folders (AES-256; 7-Zip opens it)</source>
            <translation>フォルダー入りの暗号化 .zip（AES-256。7-Zip で開けます）</translation>
        </message>
        <message>
            <source>Anyone who gets a copy of an unencrypted folder can read everything in it. Use it only when you hand it over on an encrypted drive or an access-controlled share.

Write an unencrypted folder?</source>
            <translation>暗号化しないフォルダーは、コピーを手にした人なら誰でも中身をすべて読めます。暗号化されたドライブやアクセス制限のある共有フォルダーで渡す場合にだけ使ってください。

暗号化しないフォルダーに書き出しますか？</translation>
        </message>
        <message>
            <source>No system keyring is available on this computer, so the app cannot keep a generated password. Type a password for this packet (at least 8 characters) and keep it safe: you will need it when the packet comes back.</source>
            <translation>このパソコンでは OS のキーリング（パスワード保管庫）が使えないため、自動生成したパスワードを保管できません。このパケットのパスワード（8文字以上）を入力し、大切に控えてください。パケットが返送されたときに必要になります。</translation>
        </message>
        <message>
            <source>Correct the work order first.</source>
            <translation>先に取引条件を直してください。</translation>
        </message>
        <message>
            <source>%1 exists already; choose another name.</source>
            <translation>%1 はすでにあります。別の名前を選んでください。</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>%1 を書き出しています…</translation>
        </message>
        <message>
            <source>Writing the packet for %1…</source>
            <translation>%1向けのパケットを書き出しています…</translation>
        </message>
        <message>
            <source>Wrote %1: %2 files, %3 records; delete by %4.</source>
            <translation>%1 を書き出しました（ファイル %2 件・データ %3 件、削除期限 %4）。</translation>
        </message>
        <message>
            <source>%1 is inside the data folder, which only Ushiro Desk itself writes; choose another folder.</source>
            <translation>%1 はデータフォルダの中です。データフォルダには Ushiro Desk 自身しか書き込みません。別のフォルダを選んでください。</translation>
        </message>
        <message>
            <source>%1 is a folder; give a file name.</source>
            <translation>%1 はフォルダです。ファイル名を指定してください。</translation>
        </message>
        <message>
            <source>The folder of %1 does not exist.</source>
            <translation>%1 のフォルダがありません。</translation>
        </message>
        <message>
            <source>The packet could not be written: %1</source>
            <translation>パケットを書き出せませんでした: %1</translation>
        </message>
        <message>
            <source>Export cancelled; nothing was written.</source>
            <translation>書き出しを中止しました。ファイルは何も残っていません。</translation>
        </message>
    </context>
    <context>
        <name>HandoffPage</name>
        <message>
            <source>Handoff</source>
            <translation>引き継ぎ</translation>
        </message>
        <message>
            <source>Give an outsourcer exactly the work and data they need, and take the results back.</source>
            <translation>外注先に必要な業務とデータだけを渡し、結果を受け取ります。</translation>
        </message>
        <message>
            <source>Bundle</source>
            <translation>パケット作成</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>宛先</translation>
        </message>
        <message>
            <source>Disclosure ledger</source>
            <translation>開示記録</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>返送の取り込み</translation>
        </message>
    </context>
    <context>
        <name>HandoffProblems</name>
        <message>
            <source>Choose Japanese or English for the packet.</source>
            <translation>パケットの言語は日本語か英語を選んでください。</translation>
        </message>
        <message>
            <source>No areas are ticked: no chore can go to this recipient.</source>
            <translation>業務領域が選ばれていないため、この宛先にはどの業務も渡せません。</translation>
        </message>
        <message>
            <source>This recipient may see data but no NDA date is recorded; sign a non-disclosure agreement first.</source>
            <translation>データを開示する宛先なのに秘密保持契約の締結日がありません。先に秘密保持契約を結んでください。</translation>
        </message>
        <message>
            <source>Sensitive data will leave unmasked for this recipient. Allow it only if the work truly needs it.</source>
            <translation>この宛先には機微な情報が伏せずに渡ります。業務に本当に必要な場合だけ許可してください。</translation>
        </message>
        <message>
            <source>Give the payment date as a date, such as 2026-12-31.</source>
            <translation>支払期日は 2026-12-31 のように日付で入力してください。</translation>
        </message>
        <message>
            <source>The payment date must be a specific date, not a rule such as “30 days after the invoice”.</source>
            <translation>支払期日は「請求書受領後30日」のような決め方ではなく、具体的な日付にしてください。</translation>
        </message>
        <message>
            <source>The delivery date is before the day the work is commissioned.</source>
            <translation>納期が委託日より前になっています。</translation>
        </message>
        <message>
            <source>The payment date is before the delivery date; check that this is what you mean.</source>
            <translation>支払期日が納期より前です。意図どおりか確認してください。</translation>
        </message>
        <message>
            <source>The inspection cannot be completed before the delivery date.</source>
            <translation>検査完了期日を納期より前にはできません。</translation>
        </message>
        <message>
            <source>The payment date is more than 60 days after delivery (last day inside: %1). The Freelance Act requires payment within 60 days when you have employees or two or more officers.</source>
            <translation>支払期日が納品から60日を超えています（60日以内の最終日: %1）。従業員を使用している、または役員が2人以上いる場合、フリーランス法で60日以内の支払いが義務づけられています。</translation>
        </message>
        <message>
            <source>Give the period as a month, such as 2026-11.</source>
            <translation>対象期間は 2026-11 のように月で指定してください。</translation>
        </message>
        <message>
            <source>Nothing would go to this recipient in this period: no assigned chore is due and allowed.</source>
            <translation>この期間にこの宛先へ渡すものがありません（担当業務で期限があり、渡してよいものがありません）。</translation>
        </message>
        <message>
            <source>The stored file of %1 (%2) no longer matches its SHA-256, so nothing was written.</source>
            <translation>%1 の保存ファイル（%2）が SHA-256 と一致しなくなっているため、何も書き出していません。</translation>
        </message>
        <message>
            <source>status.csv is empty.</source>
            <translation>status.csv が空です。</translation>
        </message>
        <message>
            <source>status.csv does not have the expected columns (missing: %1; unexpected: %2).</source>
            <translation>status.csv の列が想定と違います（不足: %1、余分: %2）。</translation>
        </message>
        <message>
            <source>This row has %1 cells instead of %2.</source>
            <translation>この行のセルが %2 個ではなく %1 個です。</translation>
        </message>
        <message>
            <source>The occurrence_id is not a number.</source>
            <translation>occurrence_id が数字ではありません。</translation>
        </message>
        <message>
            <source>The status “%1” is not one of done, skipped or question.</source>
            <translation>status の「%1」は done・skipped・question のどれでもありません。</translation>
        </message>
        <message>
            <source>The minutes must be a whole number from 0 to 1440.</source>
            <translation>minutes は 0〜1440 の整数で入力してください。</translation>
        </message>
        <message>
            <source>This is not a returned handoff packet: manifest.json is missing or unreadable.</source>
            <translation>返送された引き継ぎパケットではありません（manifest.json がないか読めません）。</translation>
        </message>
        <message>
            <source>The packet has no return/status.csv.</source>
            <translation>パケットに return/status.csv がありません。</translation>
        </message>
        <message>
            <source>This packet does not match any bundle in the disclosure ledger.</source>
            <translation>このパケットは開示記録のどのパケットとも一致しません。</translation>
        </message>
        <message>
            <source>The receipt %1 is not a PDF, PNG or JPEG file.</source>
            <translation>領収書 %1 は PDF・PNG・JPEG のいずれでもありません。</translation>
        </message>
        <message>
            <source>The receipt %1 is empty or larger than 50 MB.</source>
            <translation>領収書 %1 は空か、50 MB を超えています。</translation>
        </message>
        <message>
            <source>Receipts cannot be taken in yet; untick them and apply again.</source>
            <translation>領収書はまだ取り込めません。チェックを外してもう一度反映してください。</translation>
        </message>
        <message>
            <source>This file is not a ZIP archive or it is damaged.</source>
            <translation>このファイルは ZIP ではないか、壊れています。</translation>
        </message>
        <message>
            <source>This file is not a return file written by the workspace, or it is damaged.</source>
            <translation>このファイルはワークスペースが作った返信ファイルではないか、壊れています。</translation>
        </message>
        <message>
            <source>The .html workspace is always encrypted: it needs a password.</source>
            <translation>.html ワークスペースは必ず暗号化するため、パスワードが必要です。</translation>
        </message>
        <message>
            <source>The archive contains an absolute path (%1); it was refused.</source>
            <translation>アーカイブに絶対パス（%1）が含まれるため、受け付けませんでした。</translation>
        </message>
        <message>
            <source>The archive tries to write outside its folder (%1); it was refused.</source>
            <translation>アーカイブがフォルダーの外に書き込もうとしている（%1）ため、受け付けませんでした。</translation>
        </message>
        <message>
            <source>The archive contains a symbolic link (%1); it was refused.</source>
            <translation>アーカイブにシンボリックリンク（%1）が含まれるため、受け付けませんでした。</translation>
        </message>
        <message>
            <source>The archive contains too many files; it was refused.</source>
            <translation>アーカイブのファイル数が多すぎるため、受け付けませんでした。</translation>
        </message>
        <message>
            <source>A file in the archive is too large (%1); it was refused.</source>
            <translation>アーカイブ内のファイルが大きすぎる（%1）ため、受け付けませんでした。</translation>
        </message>
        <message>
            <source>A file in the archive expands suspiciously (%1); it was refused.</source>
            <translation>アーカイブ内のファイルが不自然に大きく展開される（%1）ため、受け付けませんでした。</translation>
        </message>
        <message>
            <source>The archive expands to more than 1 GB; it was refused.</source>
            <translation>アーカイブの展開後の大きさが 1 GB を超えるため、受け付けませんでした。</translation>
        </message>
        <message>
            <source>The archive contains the same file twice (%1); it was refused.</source>
            <translation>アーカイブに同じファイルが2つある（%1）ため、受け付けませんでした。</translation>
        </message>
        <message>
            <source>The archive is encrypted; type its password.</source>
            <translation>アーカイブは暗号化されています。パスワードを入力してください。</translation>
        </message>
        <message>
            <source>The password does not open this archive.</source>
            <translation>このパスワードではアーカイブを開けません。</translation>
        </message>
        <message>
            <source>The archive is damaged (%1).</source>
            <translation>アーカイブが壊れています（%1）。</translation>
        </message>
    </context>
    <context>
        <name>HandoffReturns</name>
        <message>
            <source>status.csv is neither UTF-8 nor Shift_JIS text; save it again from Excel as CSV.</source>
            <translation>status.csv が UTF-8 でも Shift_JIS でもありません。Excel で CSV として保存し直してください。</translation>
        </message>
        <message>
            <source>status.csv is larger than %1 MB; it was refused before it was read.</source>
            <translation>status.csv が %1 MB を超えているため、読み込む前に受け付けませんでした。</translation>
        </message>
        <message>
            <source>status.csv has more than %1 lines; it was refused before it was read.</source>
            <translation>status.csv が %1 行を超えているため、読み込む前に受け付けませんでした。</translation>
        </message>
        <message>
            <source>This line cannot be read as CSV (a cell may be far too long or a quote is not closed).</source>
            <translation>この行は CSV として読めません（セルが長すぎるか、引用符が閉じていない可能性があります）。</translation>
        </message>
        <message>
            <source>The %1 cell is longer than %2 characters.</source>
            <translation>%1 のセルが %2 文字を超えています。</translation>
        </message>
        <message>
            <source>The %1 cell contains a control character.</source>
            <translation>%1 のセルに制御文字が含まれています。</translation>
        </message>
        <message>
            <source>This occurrence_id is on line %1 already; each due date may be returned once.</source>
            <translation>この occurrence_id は %1 行目にもあります。期日ごとに1行だけ返送できます。</translation>
        </message>
        <message>
            <source>This packet was already taken in on %1; a packet is applied once.</source>
            <translation>このパケットは %1 に取り込み済みです。同じパケットは一度だけ反映されます。</translation>
        </message>
        <message>
            <source>manifest.json is too large for a returned packet; it was refused before it was read.</source>
            <translation>manifest.json が返送パケットとしては大きすぎるため、読み込む前に受け付けませんでした。</translation>
        </message>
        <message>
            <source>manifest.json is nested more than %1 levels deep; it was refused before it was read.</source>
            <translation>manifest.json の入れ子が %1 段を超えているため、読み込む前に受け付けませんでした。</translation>
        </message>
        <message>
            <source>The receipt name %1… is too long or contains control characters; rename the file and send it again.</source>
            <translation>領収書のファイル名 %1… が長すぎるか制御文字を含んでいます。名前を変えて送り直してもらってください。</translation>
        </message>
        <message>
            <source>%1 conflicts with what changed since the packet left and cannot be applied.</source>
            <translation>%1 はパケット送付後の変更と競合しているため反映できません。</translation>
        </message>
        <message>
            <source>%1 changed since the review; import the packet again to see what it is now.</source>
            <translation>%1 は確認後に変更されました。パケットを取り込み直して現在の状態を確認してください。</translation>
        </message>
        <message>
            <source>This question was already answered or dismissed.</source>
            <translation>この質問は回答済みか、閉じられています。</translation>
        </message>
        <message>
            <source>Conflict: this due date was not in the packet</source>
            <translation>競合：この期日はパケットに含まれていません</translation>
        </message>
        <message>
            <source>Conflict: this due date no longer exists</source>
            <translation>競合：この期日はもう存在しません</translation>
        </message>
        <message>
            <source>Conflict: the packet expired on %1</source>
            <translation>競合：パケットは %1 に期限切れになりました</translation>
        </message>
        <message>
            <source>Conflict: the packet's deletion was confirmed on %1</source>
            <translation>競合：パケットの削除を %1 に確認済みです</translation>
        </message>
        <message>
            <source>Conflict: already skipped on %1</source>
            <translation>競合：%1 に見送り済み</translation>
        </message>
        <message>
            <source>Conflict: already done on %1</source>
            <translation>競合：%1 に完了済み</translation>
        </message>
        <message>
            <source> by %1</source>
            <translation>（%1）</translation>
        </message>
        <message>
            <source>, %1 min</source>
            <translation>、%1 分</translation>
        </message>
        <message>
            <source> — “%1”</source>
            <translation> —「%1」</translation>
        </message>
        <message>
            <source>Conflict: the chore is now owner-only</source>
            <translation>競合：この業務は現在オーナー専任です</translation>
        </message>
        <message>
            <source>Conflict: the chore now touches confidential data</source>
            <translation>競合：この業務は現在機密データを扱います</translation>
        </message>
        <message>
            <source>Conflict: the chore is now assigned to %1</source>
            <translation>競合：この業務の担当は現在 %1 です</translation>
        </message>
        <message>
            <source>Conflict: the chore is now yours</source>
            <translation>競合：この業務は現在あなたの担当です</translation>
        </message>
    </context>
    <context>
        <name>HandoffText</name>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>請求書</translation>
        </message>
        <message>
            <source>Expenses and receipts</source>
            <translation>経費・領収書</translation>
        </message>
        <message>
            <source>Client contacts</source>
            <translation>取引先の連絡先</translation>
        </message>
        <message>
            <source>Bank details</source>
            <translation>口座情報</translation>
        </message>
        <message>
            <source>Ordinary</source>
            <translation>通常</translation>
        </message>
        <message>
            <source>Bank account numbers</source>
            <translation>口座番号</translation>
        </message>
        <message>
            <source>Personal data of individuals</source>
            <translation>個人の個人情報</translation>
        </message>
        <message>
            <source>Your own notes on records</source>
            <translation>代表者自身のメモ</translation>
        </message>
        <message>
            <source>Bank account number: not allowed for this recipient</source>
            <translation>口座番号は開示しない設定です</translation>
        </message>
        <message>
            <source>Personal data of an individual: not allowed for this recipient</source>
            <translation>個人の個人情報は開示しない設定です</translation>
        </message>
        <message>
            <source>Your own note: it stays with you</source>
            <translation>代表者メモは社内に残ります</translation>
        </message>
        <message>
            <source>Owner only: you do this chore yourself</source>
            <translation>代表のみ: 代表者自身が行う業務です</translation>
        </message>
        <message>
            <source>Confidential: touches confidential data</source>
            <translation>機密: 機密情報を扱う業務です</translation>
        </message>
        <message>
            <source>Outside the areas this recipient may work in</source>
            <translation>この宛先に任せる業務領域の外です</translation>
        </message>
        <message>
            <source>A kind of data this recipient may not see</source>
            <translation>この宛先に開示しない種類のデータです</translation>
        </message>
        <message>
            <source>Not assigned to this recipient</source>
            <translation>この宛先の担当ではありません</translation>
        </message>
        <message>
            <source>Not due in this period</source>
            <translation>この期間に期限がありません</translation>
        </message>
        <message>
            <source>The file shows fields this recipient may not see</source>
            <translation>この宛先に見せない項目が載っているファイル</translation>
        </message>
        <message>
            <source>%1: %2 records</source>
            <translation>%1：%2件</translation>
        </message>
        <message>
            <source>The page to open first: tasks, rules, work order, list of files</source>
            <translation>最初に開くページ：業務、ルール、取引条件、ファイル一覧</translation>
        </message>
        <message>
            <source>Tasks: %1</source>
            <translation>業務：%1件</translation>
        </message>
        <message>
            <source>The same tasks and records as JSON</source>
            <translation>同じ業務とデータの JSON 版</translation>
        </message>
        <message>
            <source>Return sheet: %1 rows</source>
            <translation>報告シート：%1行</translation>
        </message>
        <message>
            <source>The list of files with their SHA-256 and readable names</source>
            <translation>ファイル一覧（SHA-256 と元のファイル名）</translation>
        </message>
        <message>
            <source>The stored file, as it is</source>
            <translation>保存しているファイルそのまま</translation>
        </message>
        <message>
            <source>A copy rendered for this recipient without the masked fields</source>
            <translation>非開示の項目を除いて宛先用に作り直した写し</translation>
        </message>
        <message>
            <source>Stays home</source>
            <translation>送らない</translation>
        </message>
        <message>
            <source>Chore</source>
            <translation>業務</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>期日</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>請求書</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>取引先</translation>
        </message>
        <message>
            <source>Expense</source>
            <translation>経費</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>口座</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>業務名</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>領域</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>完了状態（ゴール）</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>手順</translation>
        </message>
        <message>
            <source>Judgement rules</source>
            <translation>判断基準</translation>
        </message>
        <message>
            <source>Exceptions</source>
            <translation>例外と対応</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>必要なもの</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>成果物</translation>
        </message>
        <message>
            <source>Estimate (minutes)</source>
            <translation>目安時間（分）</translation>
        </message>
        <message>
            <source>Cadence</source>
            <translation>頻度</translation>
        </message>
        <message>
            <source>Answers to their questions</source>
            <translation>質問への回答</translation>
        </message>
        <message>
            <source>Your note</source>
            <translation>代表者メモ</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
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
            <source>Issue date</source>
            <translation>発行日</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>件名</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合計</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>請求額</translation>
        </message>
        <message>
            <source>Billed</source>
            <translation>請求額</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>入金済み</translation>
        </message>
        <message>
            <source>Credited</source>
            <translation>返還済み</translation>
        </message>
        <message>
            <source>Original document</source>
            <translation>元の書類</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Honorific</source>
            <translation>敬称</translation>
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
            <source>Email</source>
            <translation>メール</translation>
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
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Payee</source>
            <translation>支払先</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Tax category</source>
            <translation>税区分</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>勘定科目</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>支払方法</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>領収書</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>参加者</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>金融機関</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>支店</translation>
        </message>
        <message>
            <source>Account type</source>
            <translation>預金種目</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>口座番号</translation>
        </message>
        <message>
            <source>Account holder</source>
            <translation>口座名義</translation>
        </message>
        <message>
            <source>New receipt</source>
            <translation>新しい領収書</translation>
        </message>
        <message>
            <source>Note only</source>
            <translation>メモのみ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>見送り</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>質問</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未完了</translation>
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
            <source>Line %1: %2</source>
            <translation>%1 行目: %2</translation>
        </message>
    </context>
    <context>
        <name>LedgerModel</name>
        <message>
            <source>Interrupted: check the packet</source>
            <translation>中断：パケットを確認</translation>
        </message>
        <message>
            <source>Deletion confirmed %1</source>
            <translation>削除確認済み %1</translation>
        </message>
        <message>
            <source>Expired: ask for deletion</source>
            <translation>期限切れ: 削除を依頼</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <source>Encrypted .zip</source>
            <translation>暗号化ZIP</translation>
        </message>
        <message>
            <source>Unencrypted folder</source>
            <translation>暗号化しないフォルダー</translation>
        </message>
    </context>
    <context>
        <name>LedgerTab</name>
        <message>
            <source>Every packet that left is recorded here: what went to whom, for which period, and until when the recipient may keep it.</source>
            <translation>書き出したパケットはすべてここに記録されます。誰に・何を・どの期間の分を・いつまで預けたかが分かります。</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>宛先</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>対象期間</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>作成日時</translation>
        </message>
        <message>
            <source>Delete by</source>
            <translation>削除期限</translation>
        </message>
        <message>
            <source>Files in packet</source>
            <translation>ファイル数</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>データ</translation>
        </message>
        <message>
            <source>Held back</source>
            <translation>社内に残したもの</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>形式</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>Deletion confirmed…</source>
            <translation>削除を確認済みにする…</translation>
        </message>
        <message>
            <source>The recipient confirmed that they deleted the packet (%1)</source>
            <translation>宛先がパケットを削除したことを確認した（%1）</translation>
        </message>
        <message>
            <source>Expired packets: %1. Ask the recipient to delete each packet and every file taken from it, then mark the deletion as confirmed.</source>
            <translation>期限切れのパケットが %1 件あります。宛先にパケットと取り出したファイルをすべて削除するよう依頼し、確認できたら「削除を確認済みにする」を押してください。</translation>
        </message>
        <message>
            <source>No packet has left yet. Build one on the Bundle tab.</source>
            <translation>まだパケットを書き出していません。「パケット作成」タブで作れます。</translation>
        </message>
        <message>
            <source>Written to %1 · bundle %2</source>
            <translation>書き出し先 %1 · パケット %2</translation>
        </message>
        <message>
            <source>Files: %1</source>
            <translation>ファイル: %1</translation>
        </message>
        <message>
            <source>The export was interrupted after this entry was recorded, so the packet may or may not be at %1. If it is there, treat it as sent (and ask for its deletion when it expires); if not, nothing left.</source>
            <translation>この記録の後で書き出しが中断されたため、%1 にパケットがあるかどうかは分かりません。ある場合は送ったものとして扱い（期限が来たら削除を依頼）、ない場合は何も外に出ていません。</translation>
        </message>
        <message>
            <source>Deletion confirmed</source>
            <translation>削除の確認</translation>
        </message>
        <message>
            <source>Has %1 confirmed that they deleted the packet for %2 – %3 and every file taken from it?</source>
            <translation>%1が %2 – %3 分のパケットと、そこから取り出したファイルをすべて削除したことを確認しましたか？</translation>
        </message>
    </context>
    <context>
        <name>PasswordEntryDialog</name>
        <message>
            <source>Packet password</source>
            <translation>パケットのパスワード</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>パスワード</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>もう一度</translation>
        </message>
        <message>
            <source>Use at least %1 characters.</source>
            <translation>%1 文字以上にしてください。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>2つのパスワードが一致しません。</translation>
        </message>
    </context>
    <context>
        <name>PasswordShownDialog</name>
        <message>
            <source>Packet password</source>
            <translation>パケットのパスワード</translation>
        </message>
        <message>
            <source>The packet is encrypted with this password. It is shown only this once.</source>
            <translation>パケットはこのパスワードで暗号化されています。表示は今回の一度だけです。</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>コピー</translation>
        </message>
        <message>
            <source>Send it to %1 by another channel than the packet (for example by phone or chat, never in the same email).</source>
            <translation>%1には、パケットとは別の手段（電話やチャットなど。同じメールには書かない）で伝えてください。</translation>
        </message>
        <message>
            <source>It is kept in the system keyring for this recipient, so the returned packet opens without typing it.</source>
            <translation>この宛先のパスワードとして OS のキーリングに保管したので、返送されたパケットは入力なしで開けます。</translation>
        </message>
        <message>
            <source>It could not be kept in the system keyring: write it down somewhere safe now.</source>
            <translation>OS のキーリングに保管できませんでした。今すぐ安全な場所に控えてください。</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>コピーしました</translation>
        </message>
    </context>
    <context>
        <name>QuestionDialog</name>
        <message>
            <source>Question from %1</source>
            <translation>%1 からの質問</translation>
        </message>
        <message>
            <source>%1 — %2, due %3</source>
            <translation>%1 — %2（期日 %3）</translation>
        </message>
        <message>
            <source>(no text: they marked the due date as a question)</source>
            <translation>（本文なし：この期日に質問の印が付いています）</translation>
        </message>
        <message>
            <source>Your answer (it goes to them in the next bundle that carries this chore):</source>
            <translation>回答（この業務を含む次のパケットで先方に届きます）：</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回答する</translation>
        </message>
        <message>
            <source>Dismiss question</source>
            <translation>質問を閉じる</translation>
        </message>
    </context>
    <context>
        <name>RecipientsTab</name>
        <message>
            <source>Recipients are the outsourcers of the Chores page (Outsourcers…). Assign chores to them in the chore editor.</source>
            <translation>宛先は定型業務ページの外注先（外注先…）です。業務の担当は業務の編集画面で割り当てます。</translation>
        </message>
        <message>
            <source>Contact (email or address)</source>
            <translation>連絡先（メールまたは住所）</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>連絡手段</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>緊急連絡先</translation>
        </message>
        <message>
            <source>How often to report</source>
            <translation>報告の頻度</translation>
        </message>
        <message>
            <source>Working hours</source>
            <translation>対応時間</translation>
        </message>
        <message>
            <source>Fee or how it is computed</source>
            <translation>報酬の額・算定方法</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>支払方法</translation>
        </message>
        <message>
            <source>Delivery place</source>
            <translation>納品場所</translation>
        </message>
        <message>
            <source>e.g. Chatwork, Slack, email</source>
            <translation>例: Chatwork、Slack、メール</translation>
        </message>
        <message>
            <source>e.g. every Friday by 17:00</source>
            <translation>例: 毎週金曜17時までに報告</translation>
        </message>
        <message>
            <source>e.g. weekdays 10:00–16:00</source>
            <translation>例: 平日 10:00〜16:00</translation>
        </message>
        <message>
            <source>e.g. ¥3,500 per hour worked</source>
            <translation>例: 時給3,500円 × 実働時間</translation>
        </message>
        <message>
            <source>e.g. by email</source>
            <translation>例: 電子メールで納品</translation>
        </message>
        <message>
            <source>Contact and communication</source>
            <translation>連絡ルール</translation>
        </message>
        <message>
            <source>Agreement and terms</source>
            <translation>契約と取引条件</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>締結日</translation>
        </message>
        <message>
            <source>NDA</source>
            <translation>秘密保持契約</translation>
        </message>
        <message>
            <source>Packet language</source>
            <translation>パケットの言語</translation>
        </message>
        <message>
            <source>Your private notes — never leave the app</source>
            <translation>代表者の非公開メモ — アプリの外には出ません</translation>
        </message>
        <message>
            <source>Only you see these notes: they are never written to a packet.</source>
            <translation>このメモを見られるのは代表者だけです。パケットには決して書き出されません。</translation>
        </message>
        <message>
            <source>What they may work on and see</source>
            <translation>任せる範囲と開示する情報</translation>
        </message>
        <message>
            <source>Areas they may work in</source>
            <translation>任せる業務領域</translation>
        </message>
        <message>
            <source>Kinds of data they may see</source>
            <translation>開示するデータの種類</translation>
        </message>
        <message>
            <source>Sensitive data sent unmasked (otherwise shown as （非開示）)</source>
            <translation>伏せずに渡す機微な情報（選ばないものは（非開示）と表示）</translation>
        </message>
        <message>
            <source>What their chores need</source>
            <translation>担当業務に必要なデータ</translation>
        </message>
        <message>
            <source>Tick the data each chore brings into the bundle, e.g. sending invoices needs the invoices and the clients' contacts.</source>
            <translation>業務ごとにパケットへ同梱するデータを選びます。例: 請求書の送付には請求書と取引先の連絡先が必要です。</translation>
        </message>
        <message>
            <source>Chore</source>
            <translation>業務</translation>
        </message>
        <message>
            <source>In the bundle</source>
            <translation>パケットに含むか</translation>
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
            <source>Unsaved changes</source>
            <translation>未保存の変更</translation>
        </message>
        <message>
            <source>Save the changes to %1?</source>
            <translation>%1 の変更を保存しますか？</translation>
        </message>
        <message>
            <source>No recipients yet: add an outsourcer on the Chores page.</source>
            <translation>宛先がまだありません。定型業務ページで外注先を追加してください。</translation>
        </message>
        <message>
            <source>individual</source>
            <translation>個人</translation>
        </message>
        <message>
            <source>company</source>
            <translation>法人</translation>
        </message>
        <message>
            <source>No chores are assigned to this recipient yet.</source>
            <translation>この宛先が担当する業務はまだありません。</translation>
        </message>
        <message>
            <source>This recipient may not see these, so they stay home: %1</source>
            <translation>この宛先には開示しないため、次のデータは社内に残ります: %1</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>含む</translation>
        </message>
        <message>
            <source>Stays home</source>
            <translation>社内に残すもの</translation>
        </message>
        <message>
            <source>Correct the fields marked in red.</source>
            <translation>赤で示した項目を直してください。</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>%1 を保存しました。</translation>
        </message>
    </context>
    <context>
        <name>ReturnsTab</name>
        <message>
            <source>Drop a returned packet (.ushiro-return or .zip) anywhere on this page, or choose it. Nothing changes until you apply the items you tick.</source>
            <translation>返ってきたパケット（.ushiro-return または .zip）をこのページのどこかにドロップするか、選んでください。チェックした項目を反映するまで何も変わりません。</translation>
        </message>
        <message>
            <source>Import returned packet…</source>
            <translation>返送パケットを取り込む…</translation>
        </message>
        <message>
            <source>Questions and notes from the recipient</source>
            <translation>宛先からの質問とメモ</translation>
        </message>
        <message>
            <source>Take in</source>
            <translation>反映</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Returned as</source>
            <translation>報告</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>作業時間</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>What changes</source>
            <translation>変更内容</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>破棄</translation>
        </message>
        <message>
            <source>Apply ticked items</source>
            <translation>チェックした項目を反映</translation>
        </message>
        <message>
            <source>How a packet comes back: the recipient fills in return/status.csv (one row per due date): done, skipped or question in the status column, the minutes it took, and a note; Excel may save it as CSV in Shift_JIS and change the dates, the occurrence_id tells the rows apart. New receipts go into return/receipts/.

Password and tool: they send the whole folder back as a ZIP encrypted with AES-256 and the same password the packet was opened with (the one shown when you exported it; the keyring keeps it for that recipient, so the import finds it by itself). On Windows they use 7-Zip (Add to archive → Archive format zip, Encryption method AES-256); on macOS Keka (ZIP, with a password and AES-256) or 7z in the Terminal (7z a -tzip -mem=AES256 -p return.zip folder). The packet's index.html gives them the same steps in their language.</source>
            <translation>パケットの戻り方：受託者は return/status.csv（期日ごとに1行）の status 列に done・skipped・question のいずれかを、かかった分数とメモを記入します。Excel が Shift_JIS の CSV で保存したり日付の表示を変えたりしても、occurrence_id で行を見分けるので問題ありません。新しい領収書は return/receipts/ に入ります。

パスワードとツール：受託者はフォルダ全体を、パケットを開いたときと同じパスワード（書き出したときに表示されたもの。受託者ごとにキーチェーンに保管されるので、取り込み時は自動で使われます）で AES-256 暗号化 ZIP にして返送します。Windows では 7-Zip（「圧縮...」→ 書庫形式 zip、暗号化方式 AES-256）、macOS では Keka（ZIP・パスワード・AES-256）またはターミナルの 7z（7z a -tzip -mem=AES256 -p return.zip フォルダ）を使います。パケットの index.html にも同じ手順が受託者の言語で書かれています。</translation>
        </message>
        <message>
            <source>Import a returned packet</source>
            <translation>返送パケットの取り込み</translation>
        </message>
        <message>
            <source>Returned packets (*.ushiro-return *.zip)</source>
            <translation>返信パケット (*.ushiro-return *.zip)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 を読み込んでいます…</translation>
        </message>
        <message>
            <source>Import cancelled; nothing changed.</source>
            <translation>取り込みを中止しました。何も変更されていません。</translation>
        </message>
        <message>
            <source>Return from %1 for %2 – %3: %4 items</source>
            <translation>%1からの返送（%2 – %3 分）: %4 件</translation>
        </message>
        <message>
            <source>%1 items conflict with what changed since the packet left: they are shown in red with what they are now, and cannot be applied.</source>
            <translation>%1 件がパケット送付後の変更と競合しています。赤で現在の状態とともに表示し、反映できません。</translation>
        </message>
        <message>
            <source>Review the returned items and apply the ones you accept.</source>
            <translation>返送された項目を確認し、受け入れるものを反映してください。</translation>
        </message>
        <message>
            <source>The password does not open %1. Type the packet's password.</source>
            <translation>このパスワードでは %1 を開けません。パケットのパスワードを入力してください。</translation>
        </message>
        <message>
            <source>%1 is encrypted and the keyring does not know its password. Type the packet's password.</source>
            <translation>%1 は暗号化されていますが、キーリングにパスワードがありません。パケットのパスワードを入力してください。</translation>
        </message>
        <message>
            <source>%1 was not taken in; nothing changed.</source>
            <translation>%1 は取り込みませんでした。何も変更されていません。</translation>
        </message>
        <message>
            <source>The returned packet has problems; nothing changed.</source>
            <translation>返送パケットに問題があるため、何も変更していません。</translation>
        </message>
        <message>
            <source>%1 of %2 items ticked.</source>
            <translation>%2 件中 %1 件をチェック</translation>
        </message>
        <message>
            <source>Took in %1 items from %2; %3 left as they were.</source>
            <translation>%2からの %1 件を反映しました（%3 件はそのまま）。</translation>
        </message>
        <message>
            <source>Discarded; nothing changed.</source>
            <translation>破棄しました。何も変更されていません。</translation>
        </message>
    </context>
    <context>
        <name>ReviewModel</name>
        <message>
            <source>Becomes a draft expense (you fill in the payee)</source>
            <translation>経費の下書きになります（取引先はあなたが入力）</translation>
        </message>
        <message>
            <source>Stays on the due date and on Today until you answer it</source>
            <translation>回答するまで期日と「今日」に表示されます</translation>
        </message>
        <message>
            <source>Nothing changes: read it</source>
            <translation>変更なし：内容を確認してください</translation>
        </message>
        <message>
            <source>Already %1</source>
            <translation>すでに%1</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>The sheet said: %1</source>
            <translation>シートの記載：%1</translation>
        </message>
    </context>
    <context>
        <name>TodaySection</name>
        <message>
            <source>Answer…</source>
            <translation>回答…</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Questions from your outsourcers: %1</source>
            <translation>外注先からの質問：%1 件</translation>
        </message>
        <message>
            <source>%1: %2 (due %3) — %4</source>
            <translation>%1：%2（期日 %3）— %4</translation>
        </message>
    </context>
</TS>
