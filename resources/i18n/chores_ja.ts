<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CadenceEditor</name>
    <message>
        <source>Repeats</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <source>every </source>
        <translation>間隔 </translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>間隔</translation>
    </message>
    <message>
        <source>On</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>Days 29–31 fall on the last day of a shorter month.</source>
        <translation>29〜31日は、短い月では月末日になります。</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>曜日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>After the last completion</source>
        <translation>前回完了から</translation>
    </message>
    <message>
        <source>RRULE (RFC 5545)</source>
        <translation>RRULE（RFC 5545）</translation>
    </message>
    <message>
        <source>On a non-business day</source>
        <translation>休業日の場合</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Next due: %1</source>
        <translation>次の期限: %1</translation>
    </message>
</context>
<context>
    <name>ChoreEditor</name>
    <message>
        <source>Edit chore</source>
        <translation>業務の編集</translation>
    </message>
    <message>
        <source>New chore</source>
        <translation>新しい業務</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>業務名</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>The finished state, e.g. “all invoices for last month issued and sent by the 3rd business day”</source>
        <translation>完了した状態。例:「前月分の請求書がすべて第3営業日までに発行・送付済み」</translation>
    </message>
    <message>
        <source>Goal (finished state)</source>
        <translation>完了状態（ゴール）</translation>
    </message>
    <message>
        <source>1. First step
2. Next step</source>
        <translation>1. 最初の手順
2. 次の手順</translation>
    </message>
    <message>
        <source>Write (Markdown)</source>
        <translation>編集（Markdown）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>How to decide, e.g. “amounts that differ from the quote go to the owner”</source>
        <translation>判断の基準。例:「見積と金額が違うものは代表に回す」</translation>
    </message>
    <message>
        <source>Judgement rules</source>
        <translation>判断基準</translation>
    </message>
    <message>
        <source>Known exceptions</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>Needs (inputs)</source>
        <translation>必要なもの（インプット）</translation>
    </message>
    <message>
        <source>Produces (output)</source>
        <translation>成果物（アウトプット）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>誰が</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>見込み時間</translation>
    </message>
    <message>
        <source>Outsourcers…</source>
        <translation>外注先…</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Can it be handed off?</source>
        <translation>任せられるか</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>（理由を選択）</translation>
    </message>
    <message>
        <source>Why owner only</source>
        <translation>代表のみの理由</translation>
    </message>
    <message>
        <source>Touches confidential data</source>
        <translation>機密情報を扱う</translation>
    </message>
    <message>
        <source>When</source>
        <translation>いつ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Owner (me)</source>
        <translation>代表（自分）</translation>
    </message>
    <message>
        <source>(archived outsourcer)</source>
        <translation>（アーカイブ済みの外注先）</translation>
    </message>
    <message>
        <source>Not saved: please correct the marked fields.</source>
        <translation>保存していません。印のついた項目を直してください。</translation>
    </message>
</context>
<context>
    <name>ChoresInsightReport</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Time on chores</source>
        <translation>業務にかけた時間</translation>
    </message>
    <message>
        <source>In delegable chores</source>
        <translation>任せられる業務の割合</translation>
    </message>
    <message>
        <source>You could hand off</source>
        <translation>任せられる時間</translation>
    </message>
    <message>
        <source>That frees each month</source>
        <translation>毎月生まれる余裕</translation>
    </message>
    <message>
        <source>Hours per month by area</source>
        <translation>分野別の月間時間</translation>
    </message>
    <message>
        <source>Hours per month by who did them</source>
        <translation>担当者別の月間時間</translation>
    </message>
    <message>
        <source>What to hand off next</source>
        <translation>次に任せるとよい業務</translation>
    </message>
    <message>
        <source>Chore</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>月あたり</translation>
    </message>
    <message>
        <source>Frees per month</source>
        <translation>月あたりの効果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Chores insight</source>
        <translation>業務の分析</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 of your time at %2 an hour, less %3 for an outsourcer at %4 an hour.</source>
        <translation>代表の時間（時給 %2）で %1、外注（時給 %4）の費用 %3 を差し引いた額です。</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>takes %1 a month</source>
        <translation>月に %1 かかっている</translation>
    </message>
    <message>
        <source>about %1 a month (estimated)</source>
        <translation>月に約 %1（見込み）</translation>
    </message>
    <message>
        <source>can be handed off as it is</source>
        <translation>そのまま任せられる</translation>
    </message>
    <message>
        <source>can be handed off with your review</source>
        <translation>確認つきで任せられる</translation>
    </message>
    <message>
        <source>goal, steps and rules are written down</source>
        <translation>ゴール・手順・判断基準が書かれている</translation>
    </message>
    <message>
        <source>the goal</source>
        <translation>ゴール</translation>
    </message>
    <message>
        <source>the steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>the judgement rules</source>
        <translation>判断基準</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>write down %1 first</source>
        <translation>先に%1を書く</translation>
    </message>
    <message>
        <source>touches confidential data: mask it or keep that part</source>
        <translation>機密情報を扱う（伏せるか、その部分は手元に残す）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ChoresModel</name>
    <message>
        <source>[confidential]</source>
        <translation>［機密］</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>代表</translation>
    </message>
</context>
<context>
    <name>ChoresPage</name>
    <message>
        <source>Chores</source>
        <translation>定型業務</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Starter set…</source>
        <translation>ひな形…</translation>
    </message>
    <message>
        <source>Outsourcers…</source>
        <translation>外注先…</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>カレンダーに書き出す…</translation>
    </message>
    <message>
        <source>Answer question…</source>
        <translation>質問に回答…</translation>
    </message>
    <message>
        <source>Your inventory is empty. Start from the starter set: the typical back-office chores of a one-person company, in Japanese or English.</source>
        <translation>業務の一覧はまだ空です。ひな形（ひとり会社によくある定型業務、日本語または英語）から始めましょう。</translation>
    </message>
    <message>
        <source>Pick from the starter set…</source>
        <translation>ひな形から選ぶ…</translation>
    </message>
    <message>
        <source>Search titles, goals and steps</source>
        <translation>業務名・ゴール・手順を検索</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <source>Any delegability</source>
        <translation>委任の可否（すべて）</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>アーカイブも表示</translation>
    </message>
    <message>
        <source>Chore</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>頻度</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation>委任</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>見込み時間</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Touches confidential data</source>
        <translation>機密情報を扱う</translation>
    </message>
    <message>
        <source>Goal (finished state)</source>
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
        <source>Known exceptions</source>
        <translation>例外</translation>
    </message>
    <message>
        <source>Needs (inputs)</source>
        <translation>必要なもの（インプット）</translation>
    </message>
    <message>
        <source>Produces (output)</source>
        <translation>成果物（アウトプット）</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>未回答の質問</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Recently</source>
        <translation>最近の実績</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Archive “%1”? It leaves the lists and the Today page; its history is kept.</source>
        <translation>「%1」をアーカイブしますか？一覧と今日の画面から外れますが、履歴は残ります。</translation>
    </message>
    <message>
        <source>Export to calendar</source>
        <translation>カレンダーに書き出す</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出せませんでした</translation>
    </message>
    <message>
        <source>Wrote %1 chores to %2</source>
        <translation>%1 件の業務を %2 に書き出しました</translation>
    </message>
</context>
<context>
    <name>ChoresSettingsTab</name>
    <message>
        <source>Business values</source>
        <translation>業務の単価</translation>
    </message>
    <message>
        <source>An hour of the owner is worth</source>
        <translation>代表の1時間の価値</translation>
    </message>
    <message>
        <source>An outsourcer charges</source>
        <translation>外注の時給</translation>
    </message>
    <message>
        <source>The insight uses these to show what handing chores off frees.</source>
        <translation>業務の分析で、任せた場合に生まれる効果の計算に使います。</translation>
    </message>
    <message>
        <source>Save rates</source>
        <translation>単価を保存</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <source>Remind me of the day&apos;s chores at</source>
        <translation>その日の業務を知らせる時刻</translation>
    </message>
    <message>
        <source>Shown in the system tray where there is one.</source>
        <translation>システムトレイがある場合に通知します。</translation>
    </message>
    <message>
        <source>Outsourcers</source>
        <translation>外注先</translation>
    </message>
    <message>
        <source>Edit outsourcers…</source>
        <translation>外注先を編集…</translation>
    </message>
    <message>
        <source>Closed days (休業日)</source>
        <translation>休業日</translation>
    </message>
    <message>
        <source>Days your business is closed on top of weekends, national holidays and the bank holidays of 12/31–1/3. Chores due on them move by their business-day rule.</source>
        <translation>土日・祝日・銀行休業日（12/31〜1/3）以外に会社が休みの日です。この日が期限の業務は、それぞれの休日ルールで移動します。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>e.g. 夏季休業</source>
        <translation>例: 夏季休業</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>選んだ日を削除</translation>
    </message>
    <message>
        <source>Chores</source>
        <translation>定型業務</translation>
    </message>
    <message>
        <source> / hour</source>
        <translation> / 時間</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Choose a range of up to a year, ending on or after its first day.</source>
        <translation>1年以内で、終了日が開始日以降になる期間を選んでください。</translation>
    </message>
    <message>
        <source>Saved; due dates moved where needed.</source>
        <translation>保存しました。必要な期限を移動しました。</translation>
    </message>
</context>
<context>
    <name>ChoresText</name>
    <message>
        <source>Accounting &amp; finance</source>
        <translation>経理・財務</translation>
    </message>
    <message>
        <source>HR &amp; labour</source>
        <translation>人事・労務</translation>
    </message>
    <message>
        <source>General affairs</source>
        <translation>総務・庶務</translation>
    </message>
    <message>
        <source>Legal &amp; IT</source>
        <translation>法務・IT</translation>
    </message>
    <message>
        <source>Sales admin</source>
        <translation>営業事務</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Delegable</source>
        <translation>委任可</translation>
    </message>
    <message>
        <source>Delegable with review</source>
        <translation>確認つきで委任可</translation>
    </message>
    <message>
        <source>Owner only</source>
        <translation>代表のみ</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>機密</translation>
    </message>
    <message>
        <source>Online secretary</source>
        <translation>オンライン秘書</translation>
    </message>
    <message>
        <source>BPO company</source>
        <translation>BPO会社</translation>
    </message>
    <message>
        <source>Tax accountant</source>
        <translation>税理士</translation>
    </message>
    <message>
        <source>Keep the date</source>
        <translation>そのまま</translation>
    </message>
    <message>
        <source>Previous business day</source>
        <translation>前営業日</translation>
    </message>
    <message>
        <source>Next business day</source>
        <translation>翌営業日</translation>
    </message>
    <message>
        <source>Leave out non-business days</source>
        <translation>休業日は除く</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Every business day</source>
        <translation>毎営業日</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <source>Monthly on a day</source>
        <translation>毎月（日付指定）</translation>
    </message>
    <message>
        <source>Monthly on the last day</source>
        <translation>毎月末日</translation>
    </message>
    <message>
        <source>Monthly on the last business day</source>
        <translation>毎月最終営業日</translation>
    </message>
    <message>
        <source>Monthly on a weekday (e.g. 2nd Tuesday)</source>
        <translation>毎月（第○曜日）</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>四半期ごと</translation>
    </message>
    <message>
        <source>Yearly on a date</source>
        <translation>毎年（日付指定）</translation>
    </message>
    <message>
        <source>Days after the last completion</source>
        <translation>前回完了から○日後</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>カスタム（RRULE）</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>第1</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>第2</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>第3</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>第4</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最終</translation>
    </message>
    <message>
        <source>Every %1 weeks on %2</source>
        <translation>%1 週ごとの %2</translation>
    </message>
    <message>
        <source>Weekly on %2</source>
        <translation>毎週 %2</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>毎月 %1 日</translation>
    </message>
    <message>
        <source>(or the month&apos;s last day)</source>
        <translation>（短い月は月末日）</translation>
    </message>
    <message>
        <source>Monthly on the %1 %2</source>
        <translation>毎月%1%2曜日</translation>
    </message>
    <message>
        <source>Every 3 months on day %1</source>
        <translation>3か月ごとの %1 日</translation>
    </message>
    <message>
        <source>Every year on %1/%2</source>
        <translation>毎年 %1/%2</translation>
    </message>
    <message>
        <source>%1 days after the last completion</source>
        <translation>前回完了から %1 日後</translation>
    </message>
    <message>
        <source>(every %1)</source>
        <translation>（%1 回ごと）</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Choose how often the chore recurs.</source>
        <translation>業務を繰り返す頻度を選んでください。</translation>
    </message>
    <message>
        <source>The rule “%1” is not valid: %2.</source>
        <translation>ルール「%1」は正しくありません: %2。</translation>
    </message>
    <message>
        <source>The rule “%1” repeats %2; chores repeat daily, weekly, monthly or yearly.</source>
        <translation>ルール「%1」の繰り返し単位は %2 です。業務は毎日・毎週・毎月・毎年で繰り返します。</translation>
    </message>
    <message>
        <source>The rule “%1” lists several days including 29–31; use -1 for the month&apos;s last day.</source>
        <translation>ルール「%1」は29〜31日を含む複数の日を指定しています。月末日には -1 を使ってください。</translation>
    </message>
    <message>
        <source>The rule “%1” never falls due.</source>
        <translation>ルール「%1」では期限が一度も来ません。</translation>
    </message>
    <message>
        <source>Give a number of days from 1 to 3660.</source>
        <translation>1〜3660 の日数を入力してください。</translation>
    </message>
    <message>
        <source>This text is too long (at most %1 characters).</source>
        <translation>文章が長すぎます（最大 %1 文字）。</translation>
    </message>
    <message>
        <source>Give minutes from 0 to %1.</source>
        <translation>0〜%1 分で入力してください。</translation>
    </message>
    <message>
        <source>Say why only the owner can do this chore.</source>
        <translation>代表のみとする理由を選んでください。</translation>
    </message>
    <message>
        <source>An owner-only chore cannot be assigned to an outsourcer.</source>
        <translation>代表のみの業務は外注先に割り当てられません。</translation>
    </message>
    <message>
        <source>A chore handed off needs its goal (the finished state).</source>
        <translation>任せる業務には完了状態（ゴール）が必要です。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>This outsourcer no longer exists.</source>
        <translation>この外注先はもうありません。</translation>
    </message>
    <message>
        <source>This chore no longer exists.</source>
        <translation>この業務はもうありません。</translation>
    </message>
    <message>
        <source>This chore has history; archive it instead of deleting it.</source>
        <translation>この業務には履歴があります。削除せずにアーカイブしてください。</translation>
    </message>
    <message>
        <source>This occurrence no longer exists.</source>
        <translation>この予定はもうありません。</translation>
    </message>
    <message>
        <source>Snooze to today or a later day.</source>
        <translation>今日以降の日に先送りしてください。</translation>
    </message>
    <message>
        <source>Only an open occurrence can be snoozed.</source>
        <translation>未完了のものだけ先送りできます。</translation>
    </message>
    <message>
        <source>Give an hourly rate from ¥0 to ¥1,000,000.</source>
        <translation>時給は ¥0〜¥1,000,000 で入力してください。</translation>
    </message>
    <message>
        <source>%1 chores are still assigned to this outsourcer; reassign them first.</source>
        <translation>この外注先にはまだ %1 件の業務が割り当てられています。先に担当を変更してください。</translation>
    </message>
</context>
<context>
    <name>OutsourcerDialog</name>
    <message>
        <source>Outsourcers</source>
        <translation>外注先</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>アーカイブも表示</translation>
    </message>
    <message>
        <source>New outsourcer</source>
        <translation>新しい外注先</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source> / hour</source>
        <translation> / 時間</translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation>時給</translation>
    </message>
    <message>
        <source>An individual (not a company)</source>
        <translation>個人（法人ではない）</translation>
    </message>
    <message>
        <source>Fees paid to individuals may need withholding tax and fall under the freelance act.</source>
        <translation>個人への報酬は源泉徴収が必要な場合があり、フリーランス法の対象になります。</translation>
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
        <source>(archived)</source>
        <translation>（アーカイブ済み）</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>StarterDialog</name>
    <message>
        <source>Starter set</source>
        <translation>業務のひな形</translation>
    </message>
    <message>
        <source>Typical back-office chores of a one-person company. Tick the ones you do; you can change everything afterwards. Judgement-heavy chores start as owner only.</source>
        <translation>ひとり会社によくある定型業務です。行っているものにチェックを入れてください。あとからすべて変更できます。判断が必要な業務は「代表のみ」になります。</translation>
    </message>
    <message>
        <source>Texts in</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Start on</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <source>Add chosen chores</source>
        <translation>選んだ業務を追加</translation>
    </message>
    <message>
        <source>(already in your list)</source>
        <translation>（登録済み）</translation>
    </message>
</context>
</TS>
