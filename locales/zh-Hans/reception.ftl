# The reception screens' own words (profile editor, questionnaire flow, staff mode).
# Used by ui/src/screens/reception*.ts through L("id").

## Hub
nav-reception = 就诊
rc-title = 在医院前台
rc-lead = 日本的医疗机构会先给您一份日语问诊表（問診票）。请在这里准备好答案，用日语出示。
rc-profile = 我的医疗信息
rc-intake = 问诊表（問診票）
rc-profile-hint = 过敏、药物、疾病等。请提前填写，只保存在本手机上。
rc-profile-show = 给工作人员看
rc-profile-edit = 编辑
rc-profile-empty = 尚未保存任何内容。
rc-intake-hint = 用母语逐题回答，应用会转成日语。
rc-staff-hint = 工作人员点选日语问题，您用按钮回答。
rc-staff = 工作人员的问题
rc-staff-pick = 致工作人员：请点选要问的问题，患者会看到其母语版本。
rc-staff-answer-now = 请回答：
rc-staff-answer = 患者的回答
rc-staff-list = 返回问题列表

## Questionnaire flow
rc-choose-variant = 是哪种情况？
rc-start = 开始填写问诊表
rc-continue = 继续填写
rc-show-summary = 用日语显示我的回答
rc-clear = 清除我的回答
rc-clear-confirm = 要清除所有回答吗？此操作无法撤销。
rc-skip = 跳过
rc-next = 下一步
rc-back = 返回
rc-from-profile = 已在您的医疗信息中，不再询问
rc-own-words = 用自己的话填写
rc-add = 添加
rc-remove = 删除
rc-none-allergies = 我没有已知过敏
rc-none-medicines = 我没有在服药
rc-none-conditions = 我没有慢性病和既往病史
rc-none-procedures = 我没做过手术
rc-none-devices = 我体内没有植入物或金属
rc-temperature-hint = 体温计显示的摄氏度，例如 38.5
rc-years = 岁
rc-months = 个月（3岁以下）

## Profile editor
rc-save = 保存
rc-saved = 已保存在本手机上。
rc-not-saved = 未保存：请检查
rc-export = 导出为文件
rc-exported = 副本已保存在：
rc-import = 从文件导入
rc-imported = 已导入并保存。
rc-not-imported = 未导入，未做任何更改
rc-unknown = 不清楚
rc-name-hint = 与护照一致（拉丁字母）
rc-error-store = 无法打开已保存的医疗信息。没有覆盖任何内容。
