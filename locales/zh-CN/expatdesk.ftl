# expatdesk：中文界面。程序向人显示的每条信息都在此处和
# en/expatdesk.ftl 中有同一标识和相同占位符（单元测试检查）。
# 用语遵循 ../shared/GLOSSARY.md。

## 列表和表格

list-more = 另有 { $count } 条 —— 用 --limit 0 或 --format csv 查看全部
list-more-export = 另有 { $count } 条 —— 导出请用 --format csv
list-left-out = 为适应终端宽度未显示：{ $columns }（请加宽终端，或用 --format csv）
record-none = 无
weekday-1 = 周一
weekday-2 = 周二
weekday-3 = 周三
weekday-4 = 周四
weekday-5 = 周五
weekday-6 = 周六
weekday-7 = 周日
col-day = 日期
col-time = 时间
col-places = 名额
capacity-unlimited = 不限

## Table headers: one per column name (CSV headers and JSON keys never change).

col-id = 编号
col-family_name = 姓
col-given_name = 名
col-chinese_name = 中文名
col-nationality = 国籍
col-gender = 性别
col-birth_date = 出生日期
col-phone = 电话
col-email = 电子邮箱
col-wechat = 微信号
col-community = 社区
col-address = 住址
col-languages = 语言
col-arrival_date = 抵达日期
col-residence_registered_on = 住宿登记日期
col-permit_type = 居留许可类型
col-permit_number = 居留许可证件号码
col-permit_expiry = 居留许可有效期至
col-passport_number = 护照号码
col-consent_contact = 同意接收通知
col-consent_share = 同意向政府部门提供身份信息
col-status = 状态
col-moved_out_on = 迁出日期
col-notes = 备注
col-external_id = 外部编号
col-registered_at = 登记时间
col-updated_at = 更新时间
col-registration_due = 待办住宿登记
col-reason = 原因
col-days_left = 剩余天数
col-resident_id = 居民编号
col-resident_external_id = 居民外部编号
col-course_id = 课程编号
col-session_id = 课次编号
col-code = 代码
col-title = 标题
col-title_zh = 中文标题
col-title_en = 英文标题
col-title_ja = 日文标题
col-category = 类别
col-kind = 类型
col-instructor = 讲师
col-venue = 地点
col-capacity = 名额
col-language = 语言
col-description = 简介
col-enrolled = 已报名
col-waitlisted = 候补
col-position = 候补序号
col-enrolled_at = 报名时间
col-starts_at = 开始时间
col-ends_at = 结束时间
col-next_session = 下次课
col-sessions = 课次
col-start = 开始
col-duration_minutes = 时长（分钟）
col-repeat = 重复
col-count = 数量
col-until = 截止
col-skip = 跳过日期
col-marked_at = 记录时间
col-attendance = 出席
col-sessions_held = 已上课次
col-attendances = 出席人次
col-attendance_rate_pct = 出席率 %
col-unique_attendees = 参与人数
col-received_at = 登记时间
col-channel = 渠道
col-subject = 主题
col-body = 内容
col-department = 部门
col-response = 答复
col-responded_at = 答复时间
col-closed_at = 办结时间
col-informed_via = 告知方式
col-due_on = 到期日
col-overdue = 逾期
col-created_at = 创建时间
col-history = 处理记录
col-from_status = 原状态
col-to_status = 新状态
col-note = 说明
col-at = 时间
col-operator = 操作人
col-action = 操作
col-entity = 对象
col-entity_id = 对象编号
col-detail = 详情
col-key = 键
col-label = 分组
col-share_pct = 占比 %
col-received = 受理
col-open = 在办
col-responded = 已答复
col-closed = 已办结
col-median_response_days = 答复用时中位数（天）
col-metric = 指标
col-value = 数值
col-name = 名称
col-name_zh = 中文名称
col-name_en = 英文名称
col-active_residents = 在住居民
col-source = 来源
col-started_at = 开始时间
col-inserted = 新增
col-updated = 更新
col-skipped = 跳过
col-rejected = 未通过
col-undone_at = 撤销时间
col-effective_on = 生效日期
col-audience = 发布对象
col-body_en = 英文内容
col-body_zh = 中文内容
col-body_ja = 日文内容
col-recipients = 接收人
col-sla_days = 办理时限（天）
col-error = 错误说明
col-line = 行号
col-erased_on = 删除日期

## Display labels of closed vocabularies in tables (stored codes never change).

gender-female = 女
gender-male = 男
gender-other = 其他
gender-unspecified = 未说明
permit-work = 工作
permit-study = 学习
permit-family = 家属团聚
permit-residence = 永久居留
permit-business = 商务
permit-other = 其他
permit-none = 无
resident-status-active = 在住
resident-status-moved-out = 已迁出
resident-status-erased = 已删除个人信息
reason-missing = 未登记
reason-before-arrival = 早于抵达
reason-address-changed = 地址变更
reason-permit-changed = 证件变更
course-category-language = 汉语
course-category-calligraphy = 书法
course-category-painting = 国画
course-category-tea = 茶艺
course-category-cuisine = 美食
course-category-music = 音乐
course-category-martial-arts = 武术
course-category-festival = 节庆
course-category-history = 历史
course-category-crafts = 手工艺
course-category-other = 其他
course-kind-course = 课程
course-kind-event = 活动
course-status-scheduled = 已安排
course-status-cancelled = 已取消
enrollment-enrolled = 已报名
enrollment-waitlisted = 候补
attendance-present = 出席
attendance-absent = 缺席
channel-walk-in = 现场
channel-phone = 电话
channel-email = 邮件
channel-wechat = 微信
channel-event = 活动现场
channel-letter = 信函
channel-other = 其他
feedback-category-policy = 政策
feedback-category-visa-residence = 签证居留
feedback-category-housing = 住房
feedback-category-renovation = 装修
feedback-category-traffic = 交通
feedback-category-healthcare = 医疗
feedback-category-education = 教育
feedback-category-employment = 就业
feedback-category-environment = 环境
feedback-category-public-safety = 公共安全
feedback-category-community-services = 社区服务
feedback-category-other = 其他
feedback-status-new = 新登记
feedback-status-forwarded = 已转办
feedback-status-responded = 已答复
feedback-status-closed = 已办结
yes-no-yes = 是
yes-no-no = 否

## Examples under each command's help: a description, then its
## command lines starting with `$`.

examples-expatdesk =
    今日概览，再查找一位居民：
    $ expatdesk today
    $ expatdesk resident find müller
examples-feedback-export =
    导出全部反馈事项：
    $ expatdesk feedback export -o feedback.csv
examples-resident =
    登记一位居民，再把他找出来：
    $ expatdesk resident add
    $ expatdesk resident find müller
examples-resident-add =
    在终端上：向导会询问缺少的信息：
    $ expatdesk resident add
    
    一次给出全部信息（脚本中使用）：
    $ expatdesk resident add --family-name Kim --given-name Minji --nationality korea \
      --community 绿庭 --phone 13812345678 --languages "ko;zh" --no-input
examples-resident-list =
    某个社区的在住居民：
    $ expatdesk resident list --community "Green Court"
    
    30 天内到期的居留许可，最紧急的在前：
    $ expatdesk resident list --permit-expiring 30
    
    全部居民，导出为 CSV：
    $ expatdesk resident list --status all --limit 0 --format csv -o residents.csv
examples-resident-find =
    按姓名、中文名、电话或护照号码查找：
    $ expatdesk resident find muller
    $ expatdesk resident find 穆安娜
    $ expatdesk resident find "+86 138"
examples-resident-show =
    查看一位居民（证件号码已遮盖）：
    $ expatdesk resident show 67
    
    显示护照和居留许可号码（记入审计日志）：
    $ expatdesk resident show 67 --reveal
examples-resident-edit =
    更换电话号码；空值表示清除该项：
    $ expatdesk resident edit 67 --phone 13912345678
    $ expatdesk resident edit 67 --wechat ""
examples-resident-move-out =
    今天迁出，或在指定日期迁出：
    $ expatdesk resident move-out 67
    $ expatdesk resident move-out 67 --on 2026-11-30
examples-resident-register-residence =
    今天已办理住宿登记，或在指定日期办理：
    $ expatdesk resident register-residence 67
    $ expatdesk resident register-residence 67 --on 2026-12-01
examples-resident-erase =
    确认后永久删除个人信息：
    $ expatdesk resident erase 67
examples-resident-import =
    先检查表格，再导入：
    $ expatdesk resident import residents.csv --dry-run
    $ expatdesk resident import residents.csv
    
    更新已登记的居民：
    $ expatdesk resident import residents.csv --on-conflict update
examples-resident-export =
    全部在住居民，按导入格式导出：
    $ expatdesk resident export -o residents-{"{"}date{"}"}.csv
examples-course =
    本月的课程，以及某门课程的名单：
    $ expatdesk course list
    $ expatdesk course show 3
examples-course-add =
    每周一次、共十次的课程：
    $ expatdesk course add --title "Calligraphy" --title-zh 书法 --category calligraphy \
      --start "2027-01-06 18:30" --duration 90m --repeat weekly --count 10 --capacity 12
    
    一次性活动：
    $ expatdesk course add --title "Lantern Festival" --category festival --kind event \
      --start "2027-02-12 19:00" --duration 2h
examples-course-list =
    某段时间或某个类别的课程：
    $ expatdesk course list --from 2026-12-01 --to 2026-12-31
    $ expatdesk course list --category language
examples-course-show =
    课程、课次及名单：
    $ expatdesk course show 3
    
    把课程导出为日历文件，发给居民：
    $ expatdesk course show 3 --ics course-3.ics
examples-course-reschedule =
    将第 41 次课推迟一小时：
    $ expatdesk course reschedule 41 --start "2026-12-10 19:30"
examples-course-cancel =
    取消一次课，或取消整门课程：
    $ expatdesk course cancel 3 --session 41
    $ expatdesk course cancel 3
examples-course-enroll =
    为三位居民报名：
    $ expatdesk course enroll 3 67 163 12
examples-course-drop =
    退课；候补名单第一位获得名额：
    $ expatdesk course drop 3 67
examples-course-attend =
    记录出席、缺席和现场加入的居民：
    $ expatdesk course attend 41 67 163
    $ expatdesk course attend 41 12 --absent
    $ expatdesk course attend 41 88 --walk-in
examples-course-import =
    先检查，再导入一学期的课程：
    $ expatdesk course import courses.csv --dry-run
    $ expatdesk course import courses.csv
examples-course-export =
    导出全部课程定义：
    $ expatdesk course export -o courses.csv
examples-schedule =
    本周日程，或给居民的日历文件：
    $ expatdesk schedule
    $ expatdesk schedule --from 2026-12-01 --to 2026-12-31 --ics december.ics
examples-enrollment =
    导出全部报名记录：
    $ expatdesk enrollment export -o enrollments.csv
examples-enrollment-export =
    导出全部报名记录：
    $ expatdesk enrollment export -o enrollments.csv
examples-attendance =
    导出全部考勤记录：
    $ expatdesk attendance export -o attendance.csv
examples-attendance-export =
    导出全部考勤记录：
    $ expatdesk attendance export -o attendance.csv
examples-feedback =
    查看未结事项，再转交其中一件：
    $ expatdesk feedback list --status open
    $ expatdesk feedback forward 12 --department 住房
examples-feedback-log =
    在终端上：向导会询问缺少的信息：
    $ expatdesk feedback log
    
    在脚本中记录：
    $ expatdesk feedback log --resident 67 --category housing --channel phone \
      --subject "Heating broken" --body "No heating since Monday" --no-input
examples-feedback-sla =
    查看默认答复时限，或设为 10 天：
    $ expatdesk feedback sla
    $ expatdesk feedback sla 10
examples-feedback-list =
    已超期的事项，或 3 天内到期的事项：
    $ expatdesk feedback list --overdue
    $ expatdesk feedback list --due-within 3
examples-feedback-show =
    查看一件事项及其经过：
    $ expatdesk feedback show 12
examples-feedback-forward =
    转交给部门（代码或简称均可）：
    $ expatdesk feedback forward 12 --department housing --note "Urgent"
    $ expatdesk feedback forward 12 --department 住房
examples-feedback-respond =
    记录答复（在终端上：用编辑器或逐行输入）：
    $ expatdesk feedback respond 12 --response "Repaired on 3 December"
    $ expatdesk feedback respond 12
examples-feedback-close =
    结案，并注明告知居民的方式：
    $ expatdesk feedback close 12 --informed-via wechat
examples-feedback-import =
    先检查，再导入：
    $ expatdesk feedback import feedback.csv --dry-run
    $ expatdesk feedback import feedback.csv
examples-notice =
    发布通知，再查看接收人：
    $ expatdesk notice add
    $ expatdesk notice recipients 2
examples-notice-add =
    面向一个社区的通知：
    $ expatdesk notice add --title-en "Water cut" --title-zh 停水通知 \
      --body-en "No water on Friday 9-12" --body-zh "周五9-12点停水" --community 绿庭
examples-notice-list =
    全部通知：
    $ expatdesk notice list
examples-notice-show =
    查看一条通知的全文：
    $ expatdesk notice show 2
examples-notice-recipients =
    通知 2 的接收人，导出为 CSV：
    $ expatdesk notice recipients 2 --format csv -o recipients.csv
examples-report =
    给街道办的月度报表：
    $ expatdesk report monthly --month last -o monthly-{"{"}month{"}"}.csv
examples-report-residents =
    按国籍统计居民，并附图表：
    $ expatdesk report residents --by nationality --chart
examples-report-registrations =
    需办理住宿登记的居民：
    $ expatdesk report registrations --format csv -o registrations-{"{"}date{"}"}.csv
examples-report-permits =
    60 天内到期的居留许可：
    $ expatdesk report permits --within 60
examples-report-courses =
    秋季学期的课程统计：
    $ expatdesk report courses --from 2026-09-01 --to 2026-12-31
examples-report-attendance =
    课程 3 的考勤表：
    $ expatdesk report attendance --course 3 --excel -o attendance.csv
examples-report-feedback =
    本年度按部门统计的反馈：
    $ expatdesk report feedback --by department --from 2026-01-01
examples-report-monthly =
    上月数据（适合定时任务）：
    $ expatdesk report monthly --month last --format csv -o monthly-{"{"}month{"}"}.csv
examples-today =
    今日概览：
    $ expatdesk today
    $ expatdesk today --limit 0
examples-community =
    各社区及其居民人数：
    $ expatdesk community list
examples-community-add =
    新增社区及其中文名：
    $ expatdesk community add "Bamboo Garden" --name-zh 竹园
examples-community-list =
    各社区及其居民人数：
    $ expatdesk community list
examples-community-rename =
    按现名或编号改名：
    $ expatdesk community rename "Green Court" "Green Court East" --name-zh 绿庭东
examples-department =
    反馈可转交的部门：
    $ expatdesk department list
examples-department-add =
    新增部门：
    $ expatdesk department add water --name "Water Authority" --name-zh 水务局
examples-department-list =
    全部部门：
    $ expatdesk department list
examples-batch =
    查看以往导入，并撤销其中一次：
    $ expatdesk batch list
    $ expatdesk batch undo 4
examples-batch-list =
    以往的导入：
    $ expatdesk batch list
examples-batch-undo =
    确认后撤销第 4 次导入：
    $ expatdesk batch undo 4
examples-audit =
    最近一周的变更：
    $ expatdesk audit list --from 2026-11-28
examples-audit-list =
    某位居民的变更记录：
    $ expatdesk audit list --resident 67
examples-init =
    在数据目录新建数据库，或指定文件：
    $ expatdesk init
    $ expatdesk --db /srv/expatdesk/center.db init
examples-demo =
    用示例数据试用全部功能：
    $ expatdesk demo
    $ expatdesk --db ~/.local/share/expatdesk/demo.db today
examples-backup =
    在各柜台继续工作时做一致的备份：
    $ expatdesk backup /mnt/usb/expatdesk-{"{"}date{"}"}.db
examples-check =
    检查完整性、外键和存储的值：
    $ expatdesk check
examples-completions =
    bash 的命令补全：
    $ expatdesk completions bash > /etc/bash_completion.d/expatdesk
examples-manpages =
    为每个命令生成手册页：
    $ expatdesk manpages /usr/local/share/man/man1

## Help headings (clap's own words in the chosen language).
help-heading-usage = 用法：
help-heading-commands = 命令
help-heading-options = 选项
help-heading-arguments = 参数
help-heading-global = 全局选项
help-heading-examples = 示例：

## Wizards (SPEC §3): questions, hints and notes.
wizard-flag-invalid = { $flag } { $value }：{ $problem }；请重新输入
wizard-more-details = 现在填写更多信息（电话、居留许可、住宿登记等）吗？
wizard-register-confirm = 确认登记这位居民？
wizard-register-anyway = 仍然作为另一个人登记？
wizard-duplicate = 居民 { $id }（{ $name }）{ $what }：
wizard-hint-date = YYYY-MM-DD，按回车跳过
wizard-hint-optional = 按回车跳过
wizard-hint-country = 名称、代码或中文名
wizard-hint-languages = 常用的在前，例如 de; English; 中文 —— 输入 ? 从列表中选择
wizard-language-next = 第 { $count } 种语言（选择"完成"结束）
wizard-skip = （跳过）
wizard-done = （完成）
prompt-lines-hint = （逐行输入；空行结束）
prompt-editor-hint = 以 # 开头的行不计入。保存并关闭编辑器后继续。
wizard-cancelled = 已取消：未写入任何内容
batch-undo-confirm = 撤销第 { $id } 批（{ $source } 的 { $kind }，{ $at }，{ $operator }）：删除其新增的 { $inserted } 位居民，并恢复其更新的 { $updated } 位？
prompt-response = 给居民的答复
feedback-anonymous = 匿名
feedback-log-confirm = 确认记录这件事项？
feedback-log-resident = 居民
feedback-log-resident-hint = 姓名、中文名、电话或编号；按回车表示匿名
feedback-log-no-match = 没有在住居民与 { $text } 相符；请换个名字或用电话号码查找
feedback-log-which = 是哪一位居民？
prompt-required = 此项必填
notice-ask-communities = 面向哪些社区
notice-ask-nationalities = 面向哪些国籍
notice-ask-all = 多个名称用逗号分隔；按回车表示全部
notice-reach = 面向 { $audience }：在住居民 { $residents } 位，其中 { $reachable } 位同意接收通知。
notice-add-confirm = 确认发布这条通知？

## System, residents and import (issue 13)
sys-phone-invalid = 不是有效的电话号码
sys-phone-hint-characters = 请填写数字，可以 + 开头，可含空格、连字符、点或括号，例如 +86 138 1234 5678
sys-phone-hint-country-code = 请加上国家代码（+44 20 7946 0958）或区号（021 5555 1234）；以 1 开头的 11 位数字视为中国大陆手机号
sys-phone-hint-length = 国际号码在 + 后有 7 至 15 位数字；中国大陆号码在 +86 后有 9 至 11 位
sys-text-control-char = 含有控制字符 { $code }
sys-text-too-long = 长 { $chars } 个字符，上限为 { $limit } 个
sys-text-too-big = 超过 64 KiB
sys-is-required = 为必填项
sys-no-communities-yet = 尚无社区：请用 `expatdesk community add NAME` 添加
sys-known-communities = 已有社区：{ $list }
sys-field-unknown-country = 不是已知的国家或地区
sys-field-status-erased = 不能设为“已删除个人信息”
sys-hint-resident-erase = 请使用 `expatdesk resident erase ID`
sys-field-bad-date = 不是有效日期
sys-hint-date-format = 日期请写成 YYYY-MM-DD
sys-field-bad-email = 不是有效的电子邮箱地址
sys-field-unknown-community = 不是已知的社区
sys-field-unknown-language = 含有未知语言：{ $value }
sys-hint-language-codes = 请使用以 `;` 分隔的 ISO 639-1 代码，例如 de;en;zh
sys-field-yes-no = 只能是 yes 或 no
sys-did-you-mean = 是否指 { $list }？
sys-field-one-of = 必须是以下之一：{ $list }
sys-csv-duplicate-column = 列名重复：{ $column }
sys-csv-unknown-column = 未知列名：{ $column }
sys-csv-known-columns = 可用列名：{ $list }
sys-and-more = ……另有 { $count } 条
sys-nothing-imported = 未导入任何数据
sys-nothing-was = 未执行任何操作（{ $what }）
sys-csv-not-valid-encoding = 不是有效的 { $encoding } 编码
sys-hint-check-encoding = 请检查 --encoding：以 UTF-8 保存的文件需要 --encoding utf-8
sys-csv-record-too-big = 该记录超过 64 KiB：文件在读取时被拒绝
sys-csv-value-too-big = 该值超过 64 KiB：文件在读取时被拒绝
sys-csv-field-too-big = 第 { $number } 个字段超过 64 KiB：文件在读取时被拒绝
sys-hint-open-quote = 引号只开不关，会使文件其余部分都成为一个字段
sys-csv-cannot-read = 无法读取：{ $reason }
sys-csv-not-utf8 = 不是有效的 UTF-8 编码
sys-hint-gb18030 = 中文版 Windows 上的 Excel 保存的文件请加 --encoding gb18030
sys-csv-unreadable = 无法读取该 CSV 文件
sys-csv-field-count = 有 { $fields } 个字段，表头有 { $header } 个
sys-csv-not-a-count = 不是大于或等于 0 的整数
sys-csv-bad-date = 不是有效日期（YYYY-MM-DD）
sys-known-values = 可用取值：{ $list }
sys-csv-not-one-of = 不属于以下取值：{ $list }
sys-csv-missing-columns = 缺少必需的列：{ $list }
sys-vocab-unknown = 未知的{ $what }（{ $value }）
sys-vocab-channel = 渠道
sys-vocab-category = 类别
sys-vocab-status = 状态
sys-vocab-kind = 类型
sys-vocab-repeat = 重复方式
sys-vocab-course-status = 课程状态
sys-vocab-session-status = 课次状态
sys-vocab-enrollment-status = 报名状态
sys-vocab-attendance-status = 出席状态
sys-csv-empty-file = 文件为空（没有表头行）
sys-csv-damaged-utf8 = 不是有效的 UTF-8 编码，而文件其余部分是：文件已损坏
sys-hint-damaged-utf8 = 如果文件由中文版 Windows 上的 Excel 保存，请用 --encoding gb18030 导入；否则请修正该行的字节
sys-cannot-read-directory = 无法读取 { $name }：这是一个文件夹
sys-cannot-spool = 无法将 { $name } 复制到临时文件夹 { $folder }：{ $reason }
sys-hint-tmpdir-full = 请在该处腾出空间，或将 TMPDIR 设为有空间的文件夹
sys-hint-tmpdir-writable = 请将 TMPDIR 设为当前用户可写入的文件夹
sys-cannot-read-reason = 无法读取 { $name }：{ $reason }
sys-field-in-future = 晚于今天
sys-field-before-birth = 早于出生日期
sys-field-moved-out-required = 状态为 moved-out（已迁出）时为必填项
sys-hint-move-out = 请使用 `expatdesk resident move-out ID --on DATE`
sys-field-moved-out-empty = 状态为 active（在住）时必须为空
sys-hint-moved-out-clear = 请同时将 status 设为 moved-out，或清空 moved_out_on
sys-duplicate-external-id = external_id 相同
sys-duplicate-passport = 护照号码和国籍相同
sys-duplicate-likely = 疑似同一人（姓名和国籍相同，且出生日期相同；无出生日期时社区相同）
sys-import-same-external-id = external_id：与第 { $line } 行的 external_id 相同
sys-import-same-passport = passport_number：护照号码和国籍与第 { $line } 行相同
sys-import-likely-same = 与第 { $line } 行疑似同一人（姓名、国籍、出生日期或社区）
sys-import-same-resident = 与第 { $line } 行匹配同一位外籍居民 { $id }
sys-import-split-match = external_id 与外籍居民 { $external } 匹配，但 passport_number 与外籍居民 { $passport } 匹配
sys-import-no-match-incomplete = 没有已存的外籍居民与此行匹配，而新增居民需要 family_name、nationality 和 community
sys-import-matches-resident = 与外籍居民 { $id } 匹配：{ $what }
sys-resident-duplicate = 外籍居民 { $id }：{ $what }
sys-import-not-utf8 = 不是有效的 UTF-8 编码（请尝试 --encoding gb18030）
sys-import-too-many-communities = 将是一次导入新建的第 { $number } 个社区；上限为 { $limit } 个
sys-hint-import-update-only = 缺少这些列的文件只能更新已存的外籍居民：--on-conflict update|fill
sys-none-yet = 暂无
sys-hint-import-communities = 已有社区：{ $list }；请用 `expatdesk community add NAME` 添加，或导入时加 --create-communities
sys-hint-allow-duplicate = 如果看起来相似的行是不同的人，请加 --allow-duplicate
sys-hint-import-changed-since = 导入等待写入期间数据库已被更改（其他工作台）：请检查所列的行后重新导入
sys-hint-on-conflict = 请选择如何处理匹配的外籍居民：--on-conflict skip|update|fill
sys-io-cannot-read = 无法读取 { $path }：{ $reason }
sys-io-cannot-write = 无法写入 { $path }：{ $reason }
sys-io-cannot-write-in = 无法在 { $path } 中写入：{ $reason }
sys-io-cannot-create = 无法创建 { $path }：{ $reason }
sys-io-cannot-create-folder = 无法创建文件夹 { $path }：{ $reason }
sys-hint-disk-full = 磁盘已满：请腾出一些空间后重新运行该命令
sys-io-error = 读写错误：{ $reason }
sys-csv-error = CSV 错误：{ $detail }
sys-db-no-home = 找不到存放默认数据库的主目录
sys-hint-db-path = 请加 --db PATH 或设置 EXPATDESK_DB
sys-db-missing = 数据库 { $path } 不存在
sys-hint-db-init = 可用以下命令创建：expatdesk --db { $path } init
sys-db-busy = 数据库正被其他程序占用：5 秒后另一进程仍在写入
sys-hint-db-busy = 请稍后再试；未做任何更改
sys-db-read-only = 数据库为只读：此命令需要写入
sys-hint-db-read-only = 请检查文件权限，或使用只读取数据的命令
sys-db-cannot-open = 无法打开数据库
sys-hint-db-cannot-open = 请确认文件及其所在文件夹存在且可读取
sys-db-damaged = 数据库文件已损坏，或不是 expatdesk 数据库
sys-hint-db-damaged = 请运行 `expatdesk check`，并用 `expatdesk backup` 制作的备份恢复
sys-db-io-error = 数据库读写错误：{ $reason }
sys-db-check-refused = 数据库拒绝了一个违反其规则的值：{ $reason }
sys-hint-db-check-refused = 有已存的值违反规则：`expatdesk check` 会列出它，请随后更正
sys-db-refused = 数据库拒绝：{ $reason }
sys-db-disk-full = 磁盘已满：未做任何更改
sys-hint-free-space = 请腾出一些空间后重新运行该命令
sys-db-empty-file = 文件为空，不是 expatdesk 数据库
sys-hint-db-empty-file = 请用 `expatdesk backup` 制作的备份恢复，或用以下命令在该处新建数据库：expatdesk --db { $path } init
sys-hint-read-only-mount = { $path } 位于只读挂载点：只读取数据的命令可以使用；如需更改，请将其重新挂载为可读写，或将数据库复制到可写入的文件夹
sys-hint-read-only-folder = 当前用户无法写入文件夹 { $path }，而 SQLite 需要在数据库旁存放文件：只读取数据的命令可以使用；如需更改，请以可写入该处的用户运行
sys-db-wal-read-only-mount = 数据库位于只读挂载点，而其预写日志 { $wal } 中有尚未写入数据库的更改
sys-db-wal-read-only-folder = 数据库所在文件夹当前用户无法写入，而其预写日志 { $wal } 中有尚未写入数据库的更改
sys-hint-db-wal = 请在可写入的位置打开一次（重新挂载为可读写，或将数据库连同其 -wal 文件复制到可写入的文件夹）：日志会被并入，之后该文件可在任何位置读取
sys-db-schema-too-new = 数据库结构版本为 { $current }，比本程序所知的版本（{ $latest }）更新
sys-hint-upgrade-expatdesk = 请升级 expatdesk 后再打开此数据库
sys-db-needs-upgrade = 数据库需要升级结构（{ $name }），这需要写入数据库
sys-db-upgraded-kept-values = 数据库已升级，但有 { $count } 个已存的值违反其规则，已原样保留：`expatdesk check` 会列出它们
sys-db-foreign = 此 SQLite 文件属于其他程序：其中有数据表，但没有 expatdesk 的数据库结构
sys-hint-db-foreign = 请用 --db 指定 expatdesk 数据库，或运行 `expatdesk --db NEW.db init`
sys-cannot-write-directory = 无法写入 { $path }：这是一个文件夹
sys-cannot-write-no-folder = 无法写入 { $path }：文件夹 { $folder } 不存在
sys-hint-create-folder = 请先创建该文件夹，或指定已有文件夹中的文件
sys-hint-name-file-in-it = 请指定其中的一个文件
sys-cannot-write-not-regular = 无法写入 { $path }：这不是普通文件
sys-hint-regular-file = 请指定普通文件，或省略 -o 以输出到标准输出
sys-refuse-write-database = 拒绝写入 { $path }：这是数据库 { $db }
sys-refuse-write-sidecar = 拒绝写入 { $path }：这是 SQLite 在数据库 { $db } 旁存放的 { $suffix } 文件
sys-hint-backup-copies = 请指定其他文件；`expatdesk backup FILE` 可复制数据库
sys-format-unknown-extension = 无法从扩展名判断 { $path } 的格式
sys-hint-format = 请将文件命名为 .csv 或 .json，或加 --format csv|json|table
sys-refused-unconfirmed = 未经确认，已拒绝：{ $question }
sys-hint-pass-y = 不在终端运行时，请加 -y 确认
sys-cancelled-unconfirmed = 已取消：未确认
sys-cancelled = 已取消
sys-cannot-prompt = 无法提问：{ $reason }
sys-missing-values = 缺少必填值：{ $list }
sys-hint-missing-values = 请以参数形式给出，或在终端中不加 --no-input 运行以逐项询问
sys-cannot-open-editor = 无法打开编辑器：{ $reason }
sys-cannot-run-editor = 无法运行编辑器：{ $reason }
sys-operator-invisible = --operator（或 EXPATDESK_OPERATOR）含有不可见字符 { $code }：{ $value }
sys-hint-operator-plain = 请用普通字符填写操作人姓名，例如 --operator "Li Wei"
sys-now-not-rfc3339 = { $var } 不是 RFC 3339 格式的时间（{ $value }）
sys-hint-now-example = 示例：EXPATDESK_NOW=2026-11-27T09:00:00+08:00
sys-now-out-of-range = { $var }（{ $value }）按上海时间不在 0000–9999 年范围内
sys-hint-now-range = 存储的时间格式为 YYYY-MM-DDTHH:MM:SS+08:00：请选择 0000-01-01T00:00:00+08:00 至 9999-12-31T23:59:59+08:00 之间的时刻
sys-clock-out-of-range = 系统时钟不在 0000–9999 年范围内
sys-hint-set-clock = 请设置系统时钟，或设置 EXPATDESK_NOW
sys-from-after-to = --from 晚于 --to
sys-hint-swap-dates = 请交换这两个日期
sys-batch-not-found = 没有编号为 { $id } 的批次
sys-hint-batch-list = 请查看 `expatdesk batch list`
sys-batch-already-undone = 批次 { $id } 已于 { $when } 撤销
sys-batch-changed-since = 批次 { $id } 已无法撤销：外籍居民 { $list } 在导入后已被更改
sys-hint-batch-changed = 请先撤销之后的批次，或用 `expatdesk resident edit` 更正这些外籍居民的信息
sys-department-unknown = 未知部门（{ $value }）
sys-known-departments = 已有部门：{ $list }
sys-phones-unreadable = 有 { $count } 个已存电话号码无法识别为 E.164 格式，已原样保留：`expatdesk check` 会列出它们
sys-stored-blob = 二进制数据
sys-stored-null = 为空，但此项必填
sys-stored-not-text = 不是文本
sys-stored-int-range = 不是 { $min } 至 { $max } 之间的整数
sys-stored-not-flag = 不是 0 或 1
sys-stored-number-not-text = 是数字而不是文本
sys-stored-not-stored-form = 不是规范的存储形式
sys-stored-not-date = 不是 YYYY-MM-DD 格式的日期
sys-stored-not-datetime = 不是 YYYY-MM-DDTHH:MM:SS+08:00 格式的日期时间
sys-stored-not-language = 不是 ISO 639-1 语言代码
sys-stored-not-department-code = 不是部门代码（2 至 32 个小写字母、数字或连字符）
sys-stored-text-rules = 违反文本规则（控制字符、首尾空格或长度）
sys-stored-not-valid = 无效
sys-stored-waitlist-positions = 候补序号为 { $positions }，而应为 1..{ $count }
sys-stored-session-length = 时长 { $minutes } 分钟；每个课次时长应为 1 至 { $max } 分钟
sys-check-column = 数据表 { $table }，编号 { $key }，列 { $column }：{ $problem }（{ $value }）
sys-check-enrolled-position = 数据表 enrollments，编号 course { $course }, resident { $resident }，列 position：已报名的外籍居民不应有候补序号（{ $value }）
sys-check-waitlist = 数据表 enrollments，课程 { $course }：{ $problem }
sys-check-free-seats = 数据表 courses，编号 { $id }：{ $capacity } 个名额中仍有 { $free } 个空缺，却有 { $waiting } 人候补
sys-check-session = 数据表 sessions，编号 { $id }，列 ends_at：{ $problem }（{ $value }）
sys-scratch-locked = 新建的临时文件已被锁定
sys-decode-line-invalid = 第 { $line } 行：不是有效的 { $encoding } 编码
sys-guard-record-too-long = 第 { $line } 行：记录过长
sys-guard-field-too-long = 第 { $line } 行：字段过长
