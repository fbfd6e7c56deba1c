"""The starter set: typical chores of a one-person company, to pick from on first use.

The texts are data in Japanese and English (not UI strings): the chore keeps the language it was made in.
Judgement-heavy chores (pricing, contracts) default to owner only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ushiro_desk.domain.chores.model import Area, Chore, Delegability, OwnerOnlyReason
from ushiro_desk.domain.recurrence import BusinessDayRule, CadenceSpec, Kind

LANGUAGES = ("ja", "en")


@dataclass(frozen=True)
class StarterText:
    title: str
    goal: str
    steps: str
    rules: str = ""
    exceptions: str = ""
    inputs: str = ""
    outputs: str = ""


@dataclass(frozen=True)
class StarterChore:
    key: str
    area: Area
    spec: CadenceSpec
    estimate_minutes: int
    delegability: Delegability
    ja: StarterText
    en: StarterText
    reason: OwnerOnlyReason | None = None
    confidential: bool = False

    def text(self, language: str) -> StarterText:
        return self.ja if language == "ja" else self.en

    def chore(self, language: str, start: date) -> Chore:
        t = self.text(language)
        return Chore(
            title=t.title,
            area=self.area,
            start=start,
            cadence=self.spec.cadence(),
            goal=t.goal,
            steps=t.steps,
            rules=t.rules,
            exceptions=t.exceptions,
            inputs=t.inputs,
            outputs=t.outputs,
            estimate_minutes=self.estimate_minutes,
            delegability=self.delegability,
            owner_only_reason=self.reason,
            confidential=self.confidential,
            starter_key=self.key,
        )


NEXT, PREVIOUS = BusinessDayRule.NEXT, BusinessDayRule.PREVIOUS

STARTER_SET: tuple[StarterChore, ...] = (
    StarterChore(
        "email", Area.GENERAL, CadenceSpec(Kind.BUSINESS_DAYS), 20, Delegability.WITH_REVIEW,
        ja=StarterText(
            "メール確認・振り分け",
            "受信箱が空で、返信が必要なメールはすべて担当者と期限つきで振り分け済み。",
            "1. 受信箱を開く\n2. 広告・通知はアーカイブ\n3. 返信が必要なものにラベル「要返信」と期限をつける\n"
            "4. 代表の判断が必要なものは「要判断」フォルダへ",
            "- 見積・価格・契約に関わるメールは代表へ回す\n- 既存顧客の日程調整は代行してよい",
            "- 新規の問い合わせは当日中に一次返信する",
            "受信箱", "振り分け済みの受信箱、要判断リスト",
        ),
        en=StarterText(
            "Check and sort email",
            "The inbox is empty and every mail that needs an answer is filed with an owner and a due date.",
            "1. Open the inbox\n2. Archive ads and notifications\n3. Label mails that need an answer with a due date\n"
            "4. Move what needs the owner's decision to the \"Decide\" folder",
            "- Mails about quotes, prices or contracts go to the owner\n- Scheduling with existing clients may be done directly",
            "- Answer new enquiries the same day with a first reply",
            "Inbox", "Sorted inbox, list of decisions",
        ),
    ),
    StarterChore(
        "expenses", Area.ACCOUNTING, CadenceSpec(Kind.WEEKLY, weekdays=(4,), business_day_rule=PREVIOUS), 30, Delegability.DELEGABLE,
        ja=StarterText(
            "経費の記帳と領収書整理",
            "今週の経費がすべて記帳され、領収書が日付・金額・取引先で検索できる形で保存済み。",
            "1. 領収書・レシートを集める\n2. 日付・金額・取引先・勘定科目を入力\n3. 領収書をスキャンして保存\n"
            "4. 原本をファイルに綴じる",
            "- 勘定科目に迷うものは「要確認」にして代表に聞く\n- インボイスの登録番号を必ず入力する",
            "- 紛失した領収書は出金伝票で代替し、理由をメモする",
            "領収書、カード明細", "記帳済みの経費、保存済みの証憑",
        ),
        en=StarterText(
            "Record expenses and file receipts",
            "All of this week's expenses are recorded and their receipts saved, searchable by date, amount and payee.",
            "1. Collect receipts\n2. Enter date, amount, payee and account\n3. Scan and save the receipts\n"
            "4. File the originals",
            "- When the account is unclear, mark it \"to check\" and ask the owner\n- Always enter the supplier's T-number",
            "- A lost receipt is replaced by a payment slip with a note why",
            "Receipts, card statements", "Recorded expenses, stored receipts",
        ),
    ),
    StarterChore(
        "invoices", Area.ACCOUNTING, CadenceSpec(Kind.MONTHLY_LAST_BUSINESS_DAY), 60, Delegability.WITH_REVIEW,
        ja=StarterText(
            "請求書発行",
            "当月分の請求書がすべて発行・送付され、控えがPDFで保存済み。",
            "1. 当月の納品・作業実績を確認\n2. 請求書を作成（適格請求書の記載事項を確認）\n3. 代表の確認\n"
            "4. PDFで送付し、送付日を記録",
            "- 金額が見積と違う場合は代表に確認する\n- 源泉徴収の対象かどうかを確認する",
            "- 顧客指定の書式がある場合はそれに従う",
            "納品記録、見積書", "発行済み請求書（PDF）",
        ),
        en=StarterText(
            "Issue invoices",
            "All invoices for the month are issued and sent, with their PDF copies saved.",
            "1. Check the month's deliveries and work\n2. Make the invoices (check the qualified-invoice items)\n"
            "3. Owner checks\n4. Send the PDFs and record the date sent",
            "- When an amount differs from the quote, ask the owner\n- Check whether withholding tax applies",
            "- Use the client's own form where they require one",
            "Delivery records, quotes", "Issued invoices (PDF)",
        ),
    ),
    StarterChore(
        "payments_received", Area.ACCOUNTING, CadenceSpec(Kind.MONTHLY_DAY, day=1, business_day_rule=NEXT), 30,
        Delegability.WITH_REVIEW,
        ja=StarterText(
            "入金確認・消込",
            "前月末期日の請求がすべて入金済みか確認され、未入金は一覧になって代表に報告済み。",
            "1. 銀行の入出金明細を取得\n2. 請求書ごとに入金を照合して消込\n3. 未入金・金額違いを一覧にする\n4. 代表に報告",
            "- 振込手数料の差し引きは少額なら値引きとして処理してよい\n- 督促するかどうかは代表が決める",
            "", "入出金明細、請求一覧", "消込済みの請求、未入金リスト",
        ),
        en=StarterText(
            "Check incoming payments and reconcile",
            "Every invoice due at the end of last month is checked against the bank; unpaid ones are listed and reported.",
            "1. Download the bank statement\n2. Match each payment to its invoice\n3. List unpaid or short payments\n"
            "4. Report to the owner",
            "- A small shortfall for bank charges may be booked as a discount\n- The owner decides whether to send a reminder",
            "", "Bank statement, invoice list", "Reconciled invoices, list of unpaid ones",
        ),
    ),
    StarterChore(
        "withholding_tax", Area.ACCOUNTING, CadenceSpec(Kind.MONTHLY_DAY, day=10, business_day_rule=NEXT), 20,
        Delegability.WITH_REVIEW,
        ja=StarterText(
            "源泉所得税の納付",
            "前月に預かった源泉所得税が期限（10日、休日なら翌営業日）までに納付済み。",
            "1. 前月の給与・報酬から預り金を集計\n2. 納付書を作成（e-Taxまたは納付書）\n3. 納付し、控えを保存",
            "- 納期の特例の承認がある場合は1月20日と7月10日にまとめて納付",
            "- 預り金がない月は納付不要（特例なしでも0円の納付書は任意）",
            "給与・報酬の支払記録", "納付済みの控え",
        ),
        en=StarterText(
            "Pay withholding income tax",
            "Last month's withheld income tax is paid by the 10th (next business day when it is a holiday).",
            "1. Total last month's withholding on salaries and fees\n2. Prepare the payment (e-Tax or slip)\n"
            "3. Pay and keep the receipt",
            "- With the special deadline approval (納期の特例) pay on 20 January and 10 July instead",
            "- No payment is needed in a month without withholding",
            "Salary and fee payments", "Payment receipt",
        ),
    ),
    StarterChore(
        "payments", Area.ACCOUNTING, CadenceSpec(Kind.MONTHLY_LAST_DAY, business_day_rule=PREVIOUS), 30,
        Delegability.WITH_REVIEW,
        ja=StarterText(
            "支払・振込",
            "今月期日の支払がすべて期日（月末、休日なら前営業日）までに振込済み。",
            "1. 受け取った請求書を期日順に並べる\n2. 振込データを作成\n3. 代表が承認\n4. 振込を実行し、控えを保存",
            "- 請求書の金額が発注と違う場合は支払わずに代表に確認\n- フリーランスへの支払は受領から60日以内",
            "", "受領した請求書", "振込の控え",
        ),
        en=StarterText(
            "Pay suppliers (bank transfers)",
            "Every payment due this month is transferred by month end (the previous business day when it is a holiday).",
            "1. Sort received bills by due date\n2. Prepare the transfers\n3. Owner approves\n4. Transfer and keep the receipts",
            "- When a bill differs from the order, do not pay; ask the owner\n"
            "- Freelancers must be paid within 60 days of delivery",
            "", "Received bills", "Transfer receipts",
        ),
    ),
    StarterChore(
        "monthly_close", Area.ACCOUNTING, CadenceSpec(Kind.MONTHLY_DAY, day=15, business_day_rule=NEXT), 60,
        Delegability.WITH_REVIEW, confidential=True,
        ja=StarterText(
            "月次集計と試算表の確認",
            "前月の試算表が締まり、売上・経費・残高の増減を代表が確認済み。",
            "1. 前月分の記帳が終わっているか確認\n2. 試算表を出力\n3. 前年同月・前月と比較\n4. 代表が確認",
            "- 大きな増減は理由をメモしてから代表に回す",
            "", "記帳済みの帳簿", "試算表、増減メモ",
        ),
        en=StarterText(
            "Monthly totals and trial balance check",
            "Last month's trial balance is closed and the owner has reviewed sales, costs and balances.",
            "1. Check that last month is fully recorded\n2. Print the trial balance\n"
            "3. Compare with last month and last year\n4. Owner reviews",
            "- Note the reason for large changes before passing it on",
            "", "Books", "Trial balance, notes on changes",
        ),
    ),
    StarterChore(
        "insurance", Area.HR, CadenceSpec(Kind.YEARLY, month=7, day=10, business_day_rule=NEXT), 120,
        Delegability.WITH_REVIEW, confidential=True,
        ja=StarterText(
            "社会保険・労働保険の手続き",
            "算定基礎届と労働保険の年度更新が期限（7月10日）までに提出済み。",
            "1. 4〜6月の報酬を集計\n2. 算定基礎届を作成\n3. 労働保険の概算・確定保険料を計算\n4. 電子申請で提出",
            "- 役員のみの会社は労働保険の対象外",
            "", "報酬の記録", "提出控え",
        ),
        en=StarterText(
            "Social and labour insurance filings",
            "The yearly salary report (算定基礎届) and labour insurance renewal are filed by 10 July.",
            "1. Total April–June pay\n2. Prepare the 算定基礎届\n3. Compute labour insurance premiums\n4. File online",
            "- A company of directors only has no labour insurance",
            "", "Pay records", "Filing receipts",
        ),
    ),
    StarterChore(
        "closing", Area.ACCOUNTING, CadenceSpec(Kind.YEARLY, month=4, day=10, business_day_rule=NEXT), 240,
        Delegability.WITH_REVIEW, confidential=True,
        ja=StarterText(
            "確定申告・決算の準備",
            "決算・申告に必要な資料が揃い、税理士に渡し済み。",
            "1. 通帳・カード明細・請求書・領収書を揃える\n2. 在庫・未払・未収を確認\n3. 税理士に資料を渡す",
            "- 役員報酬・大きな支出の扱いは代表と税理士が決める",
            "", "1年分の帳簿と証憑", "税理士への資料一式",
        ),
        en=StarterText(
            "Prepare the year-end closing and tax return",
            "Everything the closing and the tax return need is collected and handed to the tax accountant.",
            "1. Collect bank and card statements, invoices and receipts\n2. Check stock, payables and receivables\n"
            "3. Hand the documents to the tax accountant",
            "- The owner and the tax accountant decide on directors' pay and large items",
            "", "The year's books and receipts", "Documents for the tax accountant",
        ),
    ),
    StarterChore(
        "post", Area.GENERAL, CadenceSpec(Kind.WEEKLY, weekdays=(0, 3), business_day_rule=NEXT), 10, Delegability.DELEGABLE,
        ja=StarterText(
            "郵便物の確認",
            "届いた郵便物がすべて開封・スキャンされ、対応が必要なものは担当と期限つきで登録済み。",
            "1. 郵便物を開封\n2. スキャンして保存\n3. 請求書・役所からの書類は登録\n4. 原本を保管",
            "- 役所・税務署・裁判所からの書類は当日中に代表へ",
            "", "郵便物", "スキャン済みの書類",
        ),
        en=StarterText(
            "Check the post",
            "All post is opened and scanned; what needs action is filed with an owner and a due date.",
            "1. Open the post\n2. Scan and save it\n3. Register bills and official letters\n4. Keep the originals",
            "- Letters from the tax office or courts go to the owner the same day",
            "", "Post", "Scanned documents",
        ),
    ),
    StarterChore(
        "scheduling", Area.SALES_ADMIN, CadenceSpec(Kind.WEEKLY, weekdays=(0,), business_day_rule=NEXT), 20, Delegability.DELEGABLE,
        ja=StarterText(
            "日程調整",
            "今週の打ち合わせがすべて確定し、カレンダーと相手に案内済み。",
            "1. 依頼を確認\n2. 候補日を3つ出す\n3. 確定したらカレンダー登録とURL送付",
            "- 午前は制作時間として空けておく",
            "", "依頼メール、カレンダー", "確定した予定",
        ),
        en=StarterText(
            "Schedule meetings",
            "This week's meetings are all fixed, in the calendar and confirmed to the other side.",
            "1. Read the requests\n2. Offer three slots\n3. When fixed, add to the calendar and send the link",
            "- Keep mornings free for production work",
            "", "Requests, calendar", "Fixed appointments",
        ),
    ),
    StarterChore(
        "supplies", Area.GENERAL, CadenceSpec(Kind.AFTER_COMPLETION, days=30), 15, Delegability.DELEGABLE,
        ja=StarterText(
            "備品の発注",
            "切れそうな備品が発注され、納品予定が記録済み。",
            "1. 在庫を確認\n2. いつもの店で発注\n3. 納品予定を記録",
            "- 1回の発注が1万円を超える場合は代表に確認",
            "", "在庫リスト", "発注記録",
        ),
        en=StarterText(
            "Order office supplies",
            "Supplies running low are ordered and the delivery date is noted.",
            "1. Check the stock\n2. Order from the usual shop\n3. Note the delivery date",
            "- Orders over ¥10,000 need the owner's OK",
            "", "Stock list", "Order record",
        ),
    ),
    StarterChore(
        "pricing", Area.SALES_ADMIN, CadenceSpec(Kind.WEEKLY, weekdays=(2,), business_day_rule=NEXT), 45, Delegability.OWNER_ONLY,
        reason=OwnerOnlyReason.DECISION,
        ja=StarterText(
            "見積・価格の決定",
            "今週依頼のあった見積がすべて金額を決めて送付済み。",
            "1. 依頼内容と工数を確認\n2. 価格を決める\n3. 見積書を送付",
            "- 値引きは過去の取引と利益率を見て決める",
        ),
        en=StarterText(
            "Decide quotes and prices",
            "Every quote requested this week is priced and sent.",
            "1. Check the request and the effort\n2. Decide the price\n3. Send the quote",
            "- Decide discounts from past deals and margins",
        ),
    ),
    StarterChore(
        "contracts", Area.LEGAL_IT, CadenceSpec(Kind.MONTHLY_DAY, day=20, business_day_rule=PREVIOUS), 45,
        Delegability.OWNER_ONLY, reason=OwnerOnlyReason.DECISION,
        ja=StarterText(
            "契約書の確認",
            "今月届いた契約書・発注書の条件が確認され、締結または修正依頼済み。",
            "1. 契約書を読む\n2. 支払条件・責任範囲・著作権を確認\n3. 締結または修正を依頼",
            "- 損害賠償の上限がない契約は締結しない",
        ),
        en=StarterText(
            "Review contracts",
            "Contracts and orders received this month are checked and signed or sent back with changes.",
            "1. Read the contract\n2. Check payment terms, liability and copyright\n3. Sign or ask for changes",
            "- Never sign without a cap on damages",
        ),
    ),
    StarterChore(
        "directors_pay", Area.HR, CadenceSpec(Kind.MONTHLY_DAY, day=25, business_day_rule=PREVIOUS), 15,
        Delegability.OWNER_ONLY, reason=OwnerOnlyReason.CONFIDENTIAL, confidential=True,
        ja=StarterText(
            "役員報酬の振込",
            "今月の役員報酬が25日（休日なら前営業日）までに振込済みで、源泉・社会保険料の預り金が記帳済み。",
            "1. 振込額を確認\n2. 振込\n3. 預り金を記帳",
        ),
        en=StarterText(
            "Pay the director's remuneration",
            "This month's director's pay is transferred by the 25th (previous business day) and the withholdings booked.",
            "1. Check the amount\n2. Transfer\n3. Book the withholdings",
        ),
    ),
    StarterChore(
        "backups", Area.LEGAL_IT, CadenceSpec(Kind.MONTHLY_NTH_WEEKDAY, nth=1, weekday=0, business_day_rule=NEXT), 15, Delegability.DELEGABLE,
        ja=StarterText(
            "バックアップとソフト更新の確認",
            "PCとクラウドのバックアップが取れていることを確認し、OS・ソフトが最新になっている。",
            "1. バックアップの日付を確認\n2. 1ファイルを復元してみる\n3. 更新を適用",
        ),
        en=StarterText(
            "Check backups and software updates",
            "Backups of the laptop and cloud are confirmed and the OS and software are up to date.",
            "1. Check the backup dates\n2. Restore one file as a test\n3. Apply updates",
        ),
    ),
)


def starter(key: str) -> StarterChore:
    return next(s for s in STARTER_SET if s.key == key)
