<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>MissedDialog</name>
    <message>
        <source>While Ushiro Desk was closed</source>
        <translation>うしろデスクを閉じていた間に</translation>
    </message>
    <message>
        <source>%1 chores fell due while Ushiro Desk was closed. Decide for each: do it, or skip it.</source>
        <translation>うしろデスクを閉じている間に %1 件の業務が期限を迎えました。それぞれ「やる」か「スキップ」かを決めてください。</translation>
    </message>
    <message>
        <source>Chore</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>やる</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Skip all</source>
        <translation>すべてスキップ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze</source>
        <translation>先送り</translation>
    </message>
    <message>
        <source>Show “%1” again on:</source>
        <translation>「%1」を次の日に再表示:</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3日後</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>来週</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Owner</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>確認…</translation>
    </message>
    <message>
        <source>Chore</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Nothing is due in the next 7 days.</source>
        <translation>今後7日間に期限の業務はありません。</translation>
    </message>
    <message>
        <source>Minutes taken</source>
        <translation>かかった時間</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Type digits in the list to change the minutes, then press Space or Enter.</source>
        <translation>一覧で数字を入力すると時間（分）を変更できます。Space または Enter で完了にします。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Space or Enter in the list</source>
        <translation>一覧で Space または Enter キー</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>S in the list</source>
        <translation>一覧で S キー</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>先送り…</translation>
    </message>
    <message>
        <source>Z in the list</source>
        <translation>一覧で Z キー</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>今後7日間</translation>
    </message>
    <message>
        <source>Done today</source>
        <translation>今日完了</translation>
    </message>
    <message>
        <source>Could not prepare the coming chores: %1</source>
        <translation>今後の業務を準備できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 chores fell due while Ushiro Desk was closed. Decide what to do with them.</source>
        <translation>うしろデスクを閉じている間に %1 件の業務が期限を迎えました。どうするか決めてください。</translation>
    </message>
    <message>
        <source>Done: %1 (%2 min)</source>
        <translation>完了: %1（%2 分）</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>スキップ: %1</translation>
    </message>
</context>
<context>
    <name>TrayReminder</name>
    <message>
        <source>Ushiro Desk</source>
        <translation>うしろデスク</translation>
    </message>
    <message>
        <source>%1 chores are due today or overdue.</source>
        <translation>今日が期限または期限切れの業務が %1 件あります。</translation>
    </message>
</context>
</TS>
