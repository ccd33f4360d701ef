# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = 就診
rc-title = 在醫院櫃台
rc-lead = 日本的醫療機構會先給您一份日語問診表（問診票）。請在這裡準備好答案，以日語出示。
rc-profile = 我的醫療資訊
rc-intake = 問診表（問診票）
rc-profile-hint = 過敏、藥物、疾病等。請提前填寫，只保存在本手機上。
rc-profile-show = 給工作人員看
rc-profile-edit = 編輯
rc-profile-empty = 尚未儲存任何內容。
rc-intake-hint = 用母語逐題回答，程式會轉成日語。
rc-staff-hint = 工作人員點選日語問題，您用按鈕回答。
rc-staff = 工作人員的問題
rc-staff-pick = 致工作人員：請點選要問的問題，患者會看到其母語版本。
rc-staff-answer-now = 請回答：
rc-staff-answer = 患者的回答
rc-staff-list = 返回問題列表

## Questionnaire flow
rc-choose-variant = 是哪種情況？
rc-start = 開始填寫問診表
rc-continue = 繼續填寫
rc-show-summary = 以日語顯示我的回答
rc-clear = 清除我的回答
rc-clear-confirm = 要清除所有回答嗎？此操作無法復原。
rc-skip = 跳過
rc-next = 下一步
rc-back = 返回
rc-from-profile = 已在您的醫療資訊中，不再詢問
rc-own-words = 用自己的話填寫
rc-add = 新增
rc-remove = 刪除
rc-none-allergies = 我沒有已知過敏
rc-none-medicines = 我沒有在服藥
rc-none-conditions = 我沒有慢性病與既往病史
rc-none-procedures = 我沒動過手術
rc-none-devices = 我體內沒有植入物或金屬
rc-temperature-hint = 體溫計顯示的攝氏度，例如 38.5
rc-years = 歲
rc-months = 個月（3歲以下）

## Profile editor
rc-save = 儲存
rc-saved = 已儲存在本手機上。
rc-not-saved = 未儲存：請檢查
rc-export = 匯出為檔案
rc-exported = 副本已儲存在：
rc-import = 從檔案匯入
rc-imported = 已匯入並儲存。
rc-not-imported = 未匯入，未做任何變更
rc-unknown = 不清楚
rc-name-hint = 與護照一致（拉丁字母）
rc-error-store = 無法開啟已儲存的醫療資訊。沒有覆寫任何內容。
