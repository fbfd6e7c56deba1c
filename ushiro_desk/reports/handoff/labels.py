"""Words of the packet's page and data files in the recipient's language (ja / en).

The packet is a document for someone else, written in the language chosen for that recipient, not in
the app's interface language, so its words are kept here as data (like the invoice PDF's layouts).
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "title": "業務引き継ぎパケット",
        "recipient": "宛先",
        "period": "対象期間",
        "expires": "有効期限",
        "expires_note": "有効期限を過ぎたら、このパケットと取り出したファイルを削除してください。",
        "tasks": "お願いする業務",
        "goal": "完了状態（ゴール）",
        "deadline": "期限",
        "steps": "手順",
        "rules": "判断基準",
        "exceptions": "例外とその対応",
        "inputs": "必要なもの",
        "outputs": "成果物",
        "estimate": "目安時間",
        "minutes": "分",
        "communication": "連絡ルール",
        "channel": "連絡手段",
        "emergency": "緊急連絡先",
        "report_every": "報告の頻度",
        "hours": "対応時間",
        "work_order": "取引条件（業務委託の内容）",
        "commissioner": "委託者",
        "contractor": "受託者",
        "commissioned_on": "委託日",
        "work": "業務の内容",
        "delivery_date": "納期（給付受領期日）",
        "delivery_place": "納品場所",
        "inspection_date": "検査完了期日",
        "fee": "報酬の額",
        "payment_date": "支払期日",
        "payment_method": "支払方法",
        "data": "同梱データ",
        "files": "添付ファイル",
        "return": "報告のしかた",
        "withheld_note": "機密保持のため、一部の項目は（非開示）と表示しています。",
        "none": "なし",
        "for_you": "（宛先用）",
        "rendered_note": "（宛先用）の付いたファイルは、非開示の項目を除いてこのパケット用に作り直したものです。",
    },
    "en": {
        "title": "Handoff packet",
        "recipient": "For",
        "period": "Period",
        "expires": "Expires",
        "expires_note": "After the expiry date, please delete this packet and every file taken from it.",
        "tasks": "Tasks",
        "goal": "Goal (finished state)",
        "deadline": "Due",
        "steps": "Steps",
        "rules": "Judgement rules",
        "exceptions": "Exceptions and what to do",
        "inputs": "Inputs",
        "outputs": "Output",
        "estimate": "Estimate",
        "minutes": "min",
        "communication": "Communication",
        "channel": "Channel",
        "emergency": "Emergency contact",
        "report_every": "Reporting",
        "hours": "Working hours",
        "work_order": "Terms of the work",
        "commissioner": "Commissioned by",
        "contractor": "Contractor",
        "commissioned_on": "Commissioned on",
        "work": "Work",
        "delivery_date": "Delivery date",
        "delivery_place": "Delivery place",
        "inspection_date": "Inspection completed by",
        "fee": "Fee",
        "payment_date": "Payment date",
        "payment_method": "Payment method",
        "data": "Data included",
        "files": "Files",
        "return": "How to report back",
        "withheld_note": "Some fields are shown as （非開示） to keep them confidential.",
        "none": "none",
        "for_you": "(for you)",
        "rendered_note": "Files marked (for you) were rendered for this packet without the withheld fields.",
    },
}


# How to send the packet back, step by step, for the tools a secretary has: which file to fill in, where
# receipts go, which password, and which tool makes an encrypted ZIP on Windows and on macOS (the
# built-in "compress" of either system cannot encrypt).
RETURN_STEPS: dict[str, dict[str, object]] = {
    "ja": {
        "intro": "作業が終わったら、次の手順でこのパケットを返送してください。",
        "steps": (
            "return/status.csv を Excel などで開き、status 列に done（完了）・skipped（見送り）・question（質問）の"
            "いずれかを、minutes 列にかかった分数を、note 列にメモや質問（2,000文字まで）を記入して保存します。"
            "Excel の「CSV（コンマ区切り）」でも「CSV UTF-8」でも読み取れます。日付の表示が 2026/11/26 のように"
            "変わっても問題ありません。occurrence_id 列と行の数は変えないでください。",
            "新しい領収書は return/receipts/ フォルダに PDF・PNG・JPEG で入れます（ファイル名は自由です。"
            "内容は必ずこちらで確認します）。",
            "このフォルダ全体を、パケットを開いたときと同じパスワードで AES-256 暗号化 ZIP にします。"
            "パスワードはこのファイルには書かれていません。受け取ったときにお伝えしたものを使ってください。",
            "できた ZIP を、いつもの連絡手段で返送してください。パスワードは ZIP と同じメールやチャットに書かないでください。",
        ),
        "windows_title": "Windows の場合（7-Zip）",
        "windows": (
            "7-Zip（無料、https://7-zip.org/）をインストールします。Windows 標準の「圧縮（zip 形式）フォルダー」は"
            "暗号化できないため使わないでください。",
            "このフォルダを右クリック →「7-Zip」→「圧縮...」（Windows 11 では「その他のオプションを確認」の中）を選びます。",
            "「書庫形式」を zip、「暗号化方式」を AES-256 にし、パスワードを2回入力して OK を押します。",
        ),
        "mac_title": "macOS の場合（Keka または 7z）",
        "mac": (
            "Keka（https://www.keka.io/）を開き、形式を ZIP にして「暗号化 AES-256」を選び、パスワードを入力して"
            "このフォルダを Keka のウィンドウにドロップします。Finder の「圧縮」は暗号化できないため使わないでください。",
            "ターミナルを使う場合は、このフォルダの一つ上で 7z a -tzip -mem=AES256 -p 返送.zip フォルダ名 を実行し、"
            "パスワードを入力します（7z は brew install p7zip で入ります）。",
        ),
    },
    "en": {
        "intro": "When the work is done, send this packet back as follows.",
        "steps": (
            "Open return/status.csv (in Excel or any spreadsheet) and fill in the status column with done, skipped or "
            "question, the minutes column with the minutes it took, and the note column with a note or your question "
            "(up to 2,000 characters), then save it. Both \"CSV (Comma delimited)\" and \"CSV UTF-8\" are fine, and it "
            "does not matter if the dates change to 2026/11/26. Keep the occurrence_id column and the rows as they are.",
            "Put new receipts in the return/receipts/ folder as PDF, PNG or JPEG (any file name; they are always "
            "checked on our side).",
            "Make an AES-256 encrypted ZIP of this whole folder with the same password you used to open the packet. "
            "The password is not written in this file: use the one you were given with the packet.",
            "Send the ZIP back through the usual channel. Never put the password in the same e-mail or chat as the ZIP.",
        ),
        "windows_title": "On Windows (7-Zip)",
        "windows": (
            "Install 7-Zip (free, https://7-zip.org/). The built-in \"Compressed (zipped) folder\" cannot encrypt, so "
            "do not use it.",
            "Right-click this folder → 7-Zip → Add to archive… (on Windows 11 it is under \"Show more options\").",
            "Set Archive format to zip and Encryption method to AES-256, type the password twice and press OK.",
        ),
        "mac_title": "On macOS (Keka or 7z)",
        "mac": (
            "Open Keka (https://www.keka.io/), choose ZIP, tick encryption with AES-256, type the password and drop "
            "this folder on Keka's window. Finder's \"Compress\" cannot encrypt, so do not use it.",
            "In the Terminal, from the folder above this one, run 7z a -tzip -mem=AES256 -p return.zip FOLDER and type "
            "the password (7z comes with brew install p7zip).",
        ),
    },
}


def return_steps_html(language: str) -> str:
    """The return instructions as an HTML fragment for index.html, in the recipient's language."""
    import html

    words = RETURN_STEPS.get(language, RETURN_STEPS["ja"])

    def items(key: str) -> str:
        return "".join(f"<li>{html.escape(str(step))}</li>" for step in words[key])  # type: ignore[attr-defined]

    return (
        f"<div id='return-steps'><p>{html.escape(str(words['intro']))}</p><ol>{items('steps')}</ol>"
        f"<h3>{html.escape(str(words['windows_title']))}</h3><ol>{items('windows')}</ol>"
        f"<h3>{html.escape(str(words['mac_title']))}</h3><ol>{items('mac')}</ol></div>"
    )
