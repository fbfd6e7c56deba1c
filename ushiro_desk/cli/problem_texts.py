"""What a refused command says: one sentence per problem, in English, or in Japanese when the locale
(LC_ALL, LC_MESSAGES or LANG) is Japanese. Plain Python, no Qt: the command line never loads the UI.

Each code the services raise has (English, Japanese); `{name}` takes the problem's params. A code not in
the table still gets a sentence that names its field, never a bare code."""

from __future__ import annotations

import os
import re
from typing import Any, Mapping

from ushiro_desk.domain.problems import Problem

TEXTS: dict[str, tuple[str, str]] = {
    # common
    "required": ("Give a value.", "値を入力してください。"),
    "range.date": ("The date is outside the years {first}–{last}; give a date in that range.", "日付が{first}〜{last}年の範囲外です。範囲内の日付を指定してください。"),
    "range.amount": ("The amount is more than {limit:,} yen; give a smaller amount.", "金額が{limit:,}円を超えています。小さい金額を指定してください。"),
    "amount.range": ("The amount is outside the allowed range.", "金額が許容範囲外です。"),
    "month.range": ("Choose a month from 1 to 12.", "月は1〜12で指定してください。"),
    "tnumber.format": ("A registration number is T followed by 13 digits.", "登録番号は T に続く13桁の数字です。"),
    "tnumber.check_digit": ("The registration number's check digit does not match; check it against the NTA site.", "登録番号のチェックディジットが一致しません。国税庁の公表サイトで確認してください。"),
    "postal_code.format": ("A postal code looks like 150-0002.", "郵便番号は 150-0002 の形式で入力してください。"),
    "email.format": ("This is not an email address.", "メールアドレスの形式ではありません。"),
    "phone.format": ("A phone number has only digits, spaces, hyphens and +().", "電話番号に使えるのは数字・空白・ハイフン・+()だけです。"),
    "image.type": ("Choose a PNG or JPEG image.", "PNG または JPEG の画像を選んでください。"),
    "image.size": ("The image is too large.", "画像が大きすぎます。"),
    "file": ("The file cannot be used.", "このファイルは使えません。"),
    "settings.json": ("The settings file cannot be used; the defaults are in force.", "設定ファイルを使えないため、既定の設定を使います。"),
    "settings.quote_days": ("The validity of quotes must be a number of days from 1 to 365.", "見積書の有効期限は1〜365日で指定してください。"),
    # company, clients, numbering, terms
    "company.missing": ("Enter the company profile in Settings first.", "先に「設定」で自社情報を入力してください。"),
    "company.no_address": ("The company profile has no address to print under your name.", "自社情報に、名前の下に印字する住所がありません。"),
    "company.no_bank_account": ("The company profile has no bank account for payment.", "自社情報に振込先口座がありません。"),
    "company.no_registration_number": ("The company profile has no registration number (T-number).", "自社情報に登録番号（T番号）がありません。"),
    "client.id": ("There is no such client.", "その取引先はありません。"),
    "client.language": ("The client's language must be Japanese or English.", "取引先の言語は日本語か英語にしてください。"),
    "bank.account_number": ("An account number has up to 8 digits.", "口座番号は8桁以内の数字です。"),
    "bank.holder_kana": ("Write the account holder in katakana as the bank registers it.", "口座名義は銀行に登録されているとおりカナで入力してください。"),
    "numbering.characters": ("The number pattern contains characters that cannot be used.", "番号の書式に使えない文字があります。"),
    "numbering.length": ("The number pattern is too long.", "番号の書式が長すぎます。"),
    "numbering.one_counter": ("The number pattern needs exactly one counter.", "番号の書式には連番を1つだけ入れてください。"),
    "numbering.same_as_other": ("The number pattern is the same as another document type's.", "番号の書式がほかの書類と同じです。"),
    "numbering.taken": ("This number has been used already.", "この番号はすでに使われています。"),
    "numbering.unknown_token": ("The number pattern contains an unknown placeholder.", "番号の書式に不明な置き換え文字があります。"),
    "terms.day_range": ("The day of the month must be from 1 to 31.", "日付は1〜31で指定してください。"),
    "terms.months_range": ("The number of months is out of range.", "月数が範囲外です。"),
    "terms.net_days_range": ("The number of days is out of range.", "日数が範囲外です。"),
    # documents and lines
    "document.already_corrected": ("This document has been corrected already.", "この書類はすでに訂正されています。"),
    "document.due_before_issue": ("The due date is before the issue date.", "支払期限が発行日より前です。"),
    "document.missing": ("There is no such document.", "その書類はありません。"),
    "document.no_lines": ("The document has no lines.", "書類に明細がありません。"),
    "document.not_a_quote": ("This document is not a quote.", "この書類は見積書ではありません。"),
    "document.not_an_invoice": ("This document is not an invoice.", "この書類は請求書ではありません。"),
    "document.not_draft": ("Only a draft can be changed.", "変更できるのは下書きだけです。"),
    "document.not_issued": ("This document has not been issued.", "この書類はまだ発行されていません。"),
    "document.original_not_issued": ("The original document has not been issued.", "元の書類が発行されていません。"),
    "document.pdf_damaged": ("The stored PDF of this document is damaged.", "保存されているこの書類のPDFが壊れています。"),
    "document.period_order": ("The period ends before it starts.", "期間の終わりが始まりより前です。"),
    "document.total_not_positive": ("The total must be more than zero.", "合計は0円より大きくしてください。"),
    "credit_note.below_threshold": ("The refund is below the amount that needs a credit note.", "返還額が返還インボイスの必要な金額未満です。"),
    "credit_note.more_than_left": ("The credit note is more than what is left of the invoice.", "返還額が請求書の残額を超えています。"),
    "line.number": ("This is not a number.", "数値ではありません。"),
    "line.quantity_range": ("The quantity is out of range.", "数量が範囲外です。"),
    "line.quantity_zero": ("The quantity is zero.", "数量が0です。"),
    "line.travel_not_withheld": ("Travel costs paid directly are not subject to withholding.", "直接支払う旅費は源泉徴収の対象外です。"),
    "line.withholding_non_taxable": ("Withholding is set on a non-taxable line.", "非課税の明細に源泉徴収が設定されています。"),
    "line.withholding_out_of_scope": ("Withholding is set on a line outside the scope of consumption tax.", "不課税の明細に源泉徴収が設定されています。"),
    "recurring.cadence": ("The repetition of the recurring invoice is not valid.", "定期請求の繰り返しが正しくありません。"),
    "invoice.before": ("The expense is from before the invoice system began.", "インボイス制度の開始前の経費です。"),
    "invoice.none": ("The expense has no qualified invoice.", "適格請求書のない経費です。"),
    "invoice.none_taxable": ("A taxable expense without a qualified invoice.", "適格請求書のない課税仕入れです。"),
    "invoice.qualified": ("The expense has a qualified invoice.", "適格請求書のある経費です。"),
    "invoice.transitional_80": ("Only 80% of the tax is deductible under the transitional measure.", "経過措置により税額の80%のみ控除できます。"),
    # payments and bank
    "payment.corrected": ("The payment has been corrected already.", "この入金はすでに訂正されています。"),
    "payment.large_fee": ("The bank fee is unusually large.", "振込手数料が通常より大きいです。"),
    "payment.negative": ("An amount or fee cannot be negative.", "金額や手数料にマイナスは使えません。"),
    "payment.not_receivable": ("This document does not take payments.", "この書類には入金を記録できません。"),
    "payment.overpaid": ("The payment is more than the amount owed.", "入金額が請求残高を超えています。"),
    "payment.zero": ("The payment is zero.", "入金額が0円です。"),
    "account.exists": ("An account called {name!r} exists already.", "口座「{name}」はすでにあります。"),
    "account.unknown": ("There is no account called {name!r}; see 'ushiro-desk bank accounts'.", "口座「{name}」はありません。'ushiro-desk bank accounts' で確認してください。"),
    "bank.dismiss_reason": ("Give the reason for dismissing the deposit.", "入金を対象外にする理由を入力してください。"),
    "bank.document_not_open": ("{number} is not an issued document with money still owed.", "{number} は未入金の残る発行済み書類ではありません。"),
    "bank.fee_range": ("The fee range must lie between 0 and 10,000 yen.", "手数料の範囲は0〜10,000円にしてください。"),
    "bank.line_not_matched": ("Statement line {line} is not a confirmed match.", "明細 {line} は消込済みではありません。"),
    "bank.line_not_open": ("Statement line {line} is not an open deposit.", "明細 {line} は未処理の入金ではありません。"),
    "bank.line_unknown": ("There is no statement line {line}.", "明細 {line} はありません。"),
    "bank.more_than_owed": ("The deposit of {deposit:,} yen is more than the {owed:,} yen owed.", "入金{deposit:,}円が請求残高{owed:,}円を超えています。"),
    "bank.nothing_left": ("Nothing of the deposit is left for {number}.", "{number} に充てる入金の残りがありません。"),
    "bank.tax_category": ("The tax category of the debit is not valid.", "出金の税区分が正しくありません。"),
    "mapping.no_amount": ("The column mapping has no amount column.", "列の対応に金額の列がありません。"),
    "mapping.range": ("A column number is outside the file's columns.", "列番号がファイルの列の範囲外です。"),
    "mapping.same_column": ("Two fields are mapped to the same column.", "2つの項目が同じ列に対応づけられています。"),
    "statement.amount": ("{text!r} is not an amount of yen.", "「{text}」は円の金額ではありません。"),
    "statement.columns_unknown": ("The columns are not known; give --format or save a column mapping in the app.", "列がわかりません。--format を指定するか、アプリで列の対応を保存してください。"),
    "statement.csv": ("The CSV is malformed (an unclosed quote?).", "CSVの形式が壊れています（引用符が閉じていない？）。"),
    "statement.date": ("{text!r} is not a date.", "「{text}」は日付ではありません。"),
    "statement.empty": ("The file has no rows.", "ファイルに行がありません。"),
    "statement.encoding": ("The record is not Shift_JIS text.", "レコードが Shift_JIS のテキストではありません。"),
    "statement.field_too_long": ("A field is longer than {limit} characters.", "{limit}文字を超える項目があります。"),
    "statement.formula": ("The text starts like a spreadsheet formula, which a bank never writes.", "表計算の数式のように始まる文字列です（銀行の明細にはありません）。"),
    "statement.not_a_file": ("The path is not a file.", "指定されたパスはファイルではありません。"),
    "statement.not_preset": ("The header is not the one {name} writes.", "見出しが {name} の形式と異なります。"),
    "statement.not_text": ("The file is not text in UTF-8 or Shift_JIS (is it a spreadsheet or a PDF?).", "ファイルが UTF-8 や Shift_JIS のテキストではありません（表計算やPDFでは？）。"),
    "statement.other_account": ("The file is for account {number}, not {account}.", "このファイルは口座 {number} のもので、{account} のものではありません。"),
    "statement.short_row": ("The row has {columns} columns where {needed} are needed.", "この行の列は{columns}個で、{needed}個必要です。"),
    "statement.too_large": ("The file is too large; it was refused before it was read.", "ファイルが大きすぎるため、読む前に拒否しました。"),
    "statement.too_many_columns": ("The file has too many columns.", "ファイルの列が多すぎます。"),
    "statement.too_many_lines": ("The file has too many lines.", "ファイルの行が多すぎます。"),
    "statement.unknown_format": ("There is no format called {name!r}.", "「{name}」という形式はありません。"),
    "statement.unreadable": ("The file cannot be read.", "ファイルを読めません。"),
    "zengin.direction": ("入払区分 must be 1 or 2.", "入払区分は1か2でなければなりません。"),
    "zengin.kind": ("The 全銀 file is of kind {kind!r}, not 入出金取引明細 (03) or 振込入金通知 (01).", "全銀ファイルの種別が {kind} で、入出金取引明細（03）でも振込入金通知（01）でもありません。"),
    "zengin.length": ("A 全銀 record must be {size} bytes long.", "全銀のレコードは{size}バイトでなければなりません。"),
    "zengin.no_trailer": ("The 全銀 file ends without its trailer record.", "全銀ファイルにトレーラレコードがありません。"),
    "zengin.order": ("A record of type {tag!r} is out of order.", "種別 {tag} のレコードの順序が正しくありません。"),
    "zengin.totals": ("The trailer's counts and totals do not match the records.", "トレーラの件数・合計がレコードと一致しません。"),
    # expenses and receipts
    "expense.account.repeated": ("This account is listed twice.", "この勘定科目は重複しています。"),
    "expense.account.unknown": ("There is no such account in the list of accounts.", "その勘定科目は一覧にありません。"),
    "expense.amount.negative": ("An amount cannot be negative.", "金額にマイナスは使えません。"),
    "expense.amount.number": ("Write the amount in whole yen, e.g. 3,456.", "金額は 3,456 のように円単位の整数で入力してください。"),
    "expense.amount.too_large": ("The amount is more than {limit:,} yen.", "金額が{limit:,}円を超えています。"),
    "expense.amount.zero": ("The amount is zero.", "金額が0円です。"),
    "expense.attendees.missing": ("For a meal, give the number of people and their names.", "飲食費には人数と参加者名を入力してください。"),
    "expense.attendees.names": ("Give the names of the people at the meal.", "飲食の参加者名を入力してください。"),
    "expense.attendees.number": ("The number of people must be a whole number.", "人数は整数で入力してください。"),
    "expense.changed_elsewhere": ("The expense was changed elsewhere; load it again.", "この経費は別の場所で変更されました。読み込み直してください。"),
    "expense.date.after_today": ("The date is after today.", "日付が今日より後です。"),
    "expense.date.future": ("The date is in the future.", "日付が未来です。"),
    "expense.date.past": ("The date is long past.", "日付がかなり前です。"),
    "expense.delete.reason": ("Give the reason for deleting the expense.", "経費を削除する理由を入力してください。"),
    "expense.deleted": ("The expense is deleted; restore it first.", "この経費は削除済みです。先に復元してください。"),
    "expense.id": ("There is no such expense.", "その経費はありません。"),
    "expense.meal.over_limit": ("The meal costs more per person than 会議費 allows.", "1人あたりの金額が会議費の上限を超えています。"),
    "expense.meal.suggest_meeting": ("The meal may be booked as 会議費.", "この飲食費は会議費にできます。"),
    "expense.not_deleted": ("The expense is not deleted.", "この経費は削除されていません。"),
    "expense.not_found": ("There is no such expense.", "その経費はありません。"),
    "expense.parts.category": ("Each part needs a single tax rate.", "内訳にはそれぞれ1つの税率を指定してください。"),
    "expense.parts.sum": ("The parts do not add up to the amount.", "内訳の合計が金額と一致しません。"),
    "expense.parts.too_few": ("A mixed-rate expense needs at least two parts.", "複数税率の経費には内訳が2つ以上必要です。"),
    "expense.tnumber.missing": ("A qualified invoice needs the supplier's registration number.", "適格請求書には仕入先の登録番号が必要です。"),
    "expense.transitional_cap": ("The transitional deduction is limited for this supplier this year.", "この仕入先の経過措置による控除は今年の上限に達しています。"),
    "receipt.changed": ("The receipt file changed while it was read.", "領収書ファイルが読み込み中に変更されました。"),
    "receipt.duplicate": ("This receipt is attached already.", "この領収書はすでに添付されています。"),
    "receipt.empty": ("The receipt file is empty.", "領収書ファイルが空です。"),
    "receipt.missing": ("The receipt file is missing.", "領収書ファイルが見つかりません。"),
    "receipt.name": ("The receipt's file name is too long or has control characters.", "領収書のファイル名が長すぎるか、制御文字を含んでいます。"),
    "receipt.not_attached": ("The receipt is not attached to this expense.", "この領収書はこの経費に添付されていません。"),
    "receipt.not_detached": ("The receipt is not detached.", "この領収書は取り外されていません。"),
    "receipt.repeated": ("The same file is given twice.", "同じファイルが2回指定されています。"),
    "receipt.too_large": ("The receipt file {name} is too large.", "領収書ファイル {name} が大きすぎます。"),
    "receipt.type": ("A receipt must be a PDF or an image.", "領収書はPDFか画像にしてください。"),
    "receipt.unreadable": ("The receipt file cannot be read.", "領収書ファイルを読めません。"),
    "export.folder_not_empty": ("The output folder is not empty; give a new or empty folder.", "出力先のフォルダが空ではありません。新しいか空のフォルダを指定してください。"),
    "export.unencodable": ("{characters!r} cannot be written in {encoding} ({text!r}).", "「{characters}」は {encoding} で書き出せません（{text}）。"),
    "export.format": ("There is no such export format.", "その書き出し形式はありません。"),
    "export.is_folder": ("The output is a folder; give a file name.", "出力先がフォルダです。ファイル名を指定してください。"),
    "export.no_folder": ("The output's folder does not exist.", "出力先のフォルダがありません。"),
    "search.amount_negative": ("An amount to search for cannot be negative.", "検索する金額にマイナスは使えません。"),
    "search.amount_range": ("--min is larger than --max.", "--min が --max より大きいです。"),
    "search.date": ("This is not a date (write 2026-06-30).", "日付ではありません（2026-06-30 の形式で）。"),
    "search.date_range": ("--from is after --to.", "--from が --to より後です。"),
    # chores
    "cadence.days_after": ("The number of days after is out of range.", "後の日数が範囲外です。"),
    "cadence.empty": ("Choose when the chore repeats.", "定型業務の繰り返しを選んでください。"),
    "cadence.frequency": ("The repetition is not valid.", "繰り返しの指定が正しくありません。"),
    "cadence.monthday_clamp": ("In shorter months the chore falls on the last day.", "短い月には月末日になります。"),
    "cadence.never": ("This repetition never falls on a day.", "この繰り返しでは該当する日がありません。"),
    "cadence.rrule": ("The repetition rule cannot be read.", "繰り返しのルールを読めません。"),
    "chore.end_before_start": ("The end is before the start.", "終了日が開始日より前です。"),
    "chore.goal_missing": ("Give the chore's goal.", "定型業務の目的を入力してください。"),
    "chore.has_history": ("The chore has a history; archive it instead.", "この定型業務には履歴があります。代わりにアーカイブしてください。"),
    "chore.id": ("There is no such chore.", "その定型業務はありません。"),
    "chore.minutes_range": ("The minutes must be from 0 to {limit}.", "分数は0〜{limit}で指定してください。"),
    "chore.not_found": ("There is no such chore.", "その定型業務はありません。"),
    "chore.not_open": ("This due date is finished already.", "この予定はすでに完了しています。"),
    "chore.occurrence_not_found": ("There is no such due date.", "その予定はありません。"),
    "chore.outsourcer_has_chores": ("The outsourcer still has chores assigned.", "この外注先にはまだ定型業務が割り当てられています。"),
    "chore.owner_only_assigned": ("An owner-only chore cannot be handed off.", "本人専用の定型業務は引き継げません。"),
    "chore.rate_range": ("The hourly rate is out of range.", "時給が範囲外です。"),
    "chore.reason_required": ("Give a reason.", "理由を入力してください。"),
    "chore.snooze_past": ("A chore cannot be postponed to a past day.", "過去の日には延期できません。"),
    "chore.too_long": ("The text is too long.", "文字数が多すぎます。"),
    "chore.unknown_assignee": ("There is no such person to assign.", "その担当者はいません。"),
    "outsourcer.id": ("There is no such outsourcer.", "その外注先はありません。"),
    # handoff
    "handoff.workspace_needs_password": ("The .html workspace is always encrypted: it needs a password.", ".html ワークスペースは必ず暗号化されるため、パスワードが必要です。"),
    "handoff.file_damaged": ("A file of the packet is damaged.", "パケットのファイルが壊れています。"),
    "handoff.nothing_to_send": ("There is nothing to send for this month.", "この月に送るものがありません。"),
    "handoff.period_format": ("Write the month as 2026-06.", "月は 2026-06 の形式で指定してください。"),
    "recipient.language": ("The recipient's language must be Japanese or English.", "受け取り手の言語は日本語か英語にしてください。"),
    "recipient.no_areas": ("Choose at least one kind of data the recipient may see.", "受け取り手が見られるデータを1つ以上選んでください。"),
    "recipient.no_nda": ("The recipient has no signed NDA on record.", "受け取り手の秘密保持契約が記録されていません。"),
    "recipient.sensitive_allowed": ("The recipient may see sensitive data.", "受け取り手は機微なデータを見られます。"),
    "work_order.delivery_before_commission": ("The delivery date is before the commission date.", "納期が委託日より前です。"),
    "work_order.inspection_before_delivery": ("The inspection date is before the delivery date.", "検査完了日が納期より前です。"),
    "work_order.payment_before_delivery": ("The payment date is before the delivery date.", "支払期日が納期より前です。"),
    "return.bad_csv": ("status.csv cannot be read as CSV (a cell may be far too long or a quote is not closed).", "status.csv をCSVとして読めません（長すぎるセルか、閉じていない引用符があります）。"),
    "return.bad_id": ("The occurrence_id is not a number.", "occurrence_id が数値ではありません。"),
    "return.bad_minutes": ("The minutes must be a whole number from 0 to 1440.", "分数は0〜1440の整数で入力してください。"),
    "return.bad_status": ("The status {value!r} is not one of done, skipped or question.", "状態「{value}」は done・skipped・question のいずれでもありません。"),
    "return.columns": ("status.csv does not have the expected columns.", "status.csv の列が想定と異なります。"),
    "return.conflict_arisen": ("A due date changed since the review; run the import again.", "確認後に予定が変わりました。もう一度取り込んでください。"),
    "return.conflict_ticked": ("A conflicting row was ticked to apply.", "競合する行が適用対象に選ばれています。"),
    "return.control_character": ("The {field} cell contains a control character.", "{field} のセルに制御文字があります。"),
    "return.duplicate_row": ("This occurrence_id is on line {first} already; each due date may be returned once.", "この occurrence_id は{first}行目にもあります。予定ごとに1回だけ返せます。"),
    "return.empty": ("status.csv is empty.", "status.csv が空です。"),
    "return.encoding": ("status.csv is neither UTF-8 nor Shift_JIS text; save it again from Excel as CSV.", "status.csv が UTF-8 でも Shift_JIS でもありません。Excel で CSV として保存し直してください。"),
    "return.manifest_too_deep": ("manifest.json is nested more than {limit} levels deep; it was refused before it was read.", "manifest.json の入れ子が{limit}段を超えているため、読む前に拒否しました。"),
    "return.manifest_too_large": ("manifest.json is too large; it was refused before it was read.", "manifest.json が大きすぎるため、読む前に拒否しました。"),
    "return.no_manifest": ("This is not a returned handoff packet: manifest.json is missing or unreadable.", "返送された引き継ぎパケットではありません（manifest.json がないか読めません）。"),
    "return.no_status": ("The packet has no return/status.csv.", "パケットに return/status.csv がありません。"),
    "return.question_closed": ("The question was answered already.", "この質問はすでに回答済みです。"),
    "return.receipt_name": ("A receipt's name is too long or contains control characters.", "領収書の名前が長すぎるか、制御文字を含んでいます。"),
    "return.receipt_size": ("A receipt is empty or larger than 50 MB.", "領収書が空か、50MBを超えています。"),
    "return.receipt_type": ("A receipt is not a PDF, PNG or JPEG file.", "領収書が PDF・PNG・JPEG のいずれでもありません。"),
    "return.receipts_unsupported": ("This packet's receipts cannot be taken in.", "このパケットの領収書は取り込めません。"),
    "return.repeat": ("This packet was already taken in; a packet is applied once.", "このパケットはすでに取り込み済みです。パケットは1回だけ適用できます。"),
    "return.row_length": ("This row has {got} cells instead of {expected}.", "この行のセルは{got}個で、{expected}個必要です。"),
    "return.sheet_too_large": ("status.csv is too large; it was refused before it was read.", "status.csv が大きすぎるため、読む前に拒否しました。"),
    "return.too_long": ("The {field} cell is longer than {limit} characters.", "{field} のセルが{limit}文字を超えています。"),
    "return.too_many_rows": ("status.csv has more than {limit} lines; it was refused before it was read.", "status.csv が{limit}行を超えているため、読む前に拒否しました。"),
    "return.unknown_bundle": ("This packet does not match any bundle in the disclosure ledger.", "このパケットは開示台帳のどの送付とも一致しません。"),
}

FALLBACK = ("This value is not accepted.", "この値は受け付けられません。")
LINE = ("Line {line}: ", "{line}行目: ")


def japanese(environ: Mapping[str, str] | None = None) -> bool:
    """Whether the locale asks for Japanese (the first of LC_ALL, LC_MESSAGES, LANG that is set)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return value.lower().startswith("ja")
    return False


class _Params(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "?"


def _fill(template: str, params: Mapping[str, Any]) -> str:
    try:
        return template.format_map(_Params(params))
    except (ValueError, IndexError, KeyError, AttributeError):  # a param of another type than the text expects
        return re.sub(r"\{(\w+)[^}]*\}", lambda m: str(params.get(m.group(1), "?")), template)


def sentence(problem: Problem, environ: Mapping[str, str] | None = None) -> str:
    """One sentence for `problem`, naming the field (and line) it belongs to."""
    index = 1 if japanese(environ) else 0
    params = {"field": problem.field, **problem.params}
    text = _fill(TEXTS.get(problem.code, FALLBACK)[index], params)
    where = LINE[index].format(line=problem.line) if problem.line else ""
    return f"{where}{problem.field}: {text}"


def known(code: str) -> bool:
    return code in TEXTS
