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

## Front desk: today, residents, reports, admin (issue 13)
desk-today-no-csv = 今日概览由四个列表组成，没有 CSV 格式
desk-today-no-csv-hint = 请使用 --format json，或使用报表：expatdesk report permits|registrations
desk-today-sessions = 今日课次（{ $date }）：{ $count }
desk-today-sessions-hint = 记录出席：expatdesk course attend SESSION RESIDENT…
desk-today-nothing = 今日无事项
desk-today-session = 课次 { $id }：{ $title } { $start }–{ $end }
desk-today-session-at = 课次 { $id }：{ $title } { $start }–{ $end }，地点：{ $venue }
desk-today-nobody-enrolled = 无人报名
desk-today-permits = 30 天内到期的居留许可：{ $count }
desk-today-permits-hint = 登记续签：expatdesk resident edit ID --permit-expiry DATE
desk-today-registrations = 待办境外人员住宿登记：{ $count }
desk-today-registrations-hint = 登记一项：expatdesk resident register-residence ID
desk-today-feedback = 已逾期或 7 天内到期的意见诉求：{ $count }
desk-today-feedback-hint = 办理：expatdesk feedback forward|respond ID
desk-today-more = 另有 { $count } 项：`{ $command }`
desk-resident-not-found = 没有编号为 { $id } 的居民
desk-hint-find-id = 可用 `expatdesk resident find NAME` 查找编号
desk-resident-erased-edit = 居民 { $id } 的个人信息已删除，不能再修改
desk-resident-erased-move-out = 居民 { $id } 的个人信息已删除，不能办理迁出
desk-resident-erased-register = 居民 { $id } 的个人信息已删除，不能办理境外人员住宿登记
desk-resident-erased-erase = 居民 { $id } 的个人信息已删除，不能再次删除
desk-resident-erased-cannot = 居民 { $id } 的个人信息已删除，不能执行此操作（{ $action }）
desk-hint-show = 请查看 `expatdesk resident show { $id }`
desk-hint-show-allow-duplicate = 请查看 `expatdesk resident show { $id }`；如确为不同的人，请加 --allow-duplicate
desk-duplicate-external-id = 居民 { $id } 的 external_id 与此相同
desk-duplicate-passport = 居民 { $id } 的护照号码和国籍与此相同
desk-duplicate-likely = 居民 { $id } 疑似同一人（姓名和国籍相同，且出生日期相同；未填出生日期时社区相同）
desk-duplicate-what-external-id = 的 external_id 与此相同
desk-duplicate-what-passport = 的护照号码和国籍与此相同
desk-duplicate-what-likely = 疑似同一人（姓名和国籍相同，且出生日期相同；未填出生日期时社区相同）
desk-erase-already = 居民 { $id } 的个人信息已删除；未做任何更改
desk-erase-confirm = 永久删除居民 { $id }（{ $name }）的全部个人信息？
desk-erase-wal-busy = 另一个程序正打开着数据库：已删除信息的旧副本会留在其预写日志中，直到所有 expatdesk 都关闭数据库
desk-erased = 已删除居民 { $id } 的个人信息：{ $feedback } 条意见诉求保留为匿名，退出 { $courses } 门即将开始的课程
desk-edit-nothing-given = 没有要修改的内容：请至少给出一个 --FIELD VALUE
desk-edit-nothing-given-hint = 可修改的字段见 `expatdesk resident edit --help`
desk-edit-unchanged = 居民 { $id }：未做任何更改
desk-edit-changed = 居民 { $id }：已修改 { $fields }
desk-move-out-already = 居民 { $id } 已于 { $date } 迁出
desk-moved-out = 居民 { $id } 已于 { $date } 迁出
desk-on-not-a-date = --on：不是有效日期（{ $value }）
desk-hint-date-format = 日期格式为 YYYY-MM-DD
desk-on-future = --on：日期在将来（{ $date }）
desk-register-not-active = 居民 { $id } 的状态为 { $status }：只有在住居民才能办理境外人员住宿登记
desk-registered = 居民 { $id }：已于 { $date } 办理境外人员住宿登记
desk-register-still-due = 仍需办理境外人员住宿登记（{ $reason }）：登记日期早于抵达日期
desk-list-none-match = 没有符合这些筛选条件的居民
desk-list-none-yet = 尚无居民；可用 `expatdesk resident add` 登记
desk-filter-not-known = { $flag }：无法识别（{ $value }）
desk-did-you-mean = 您是否指 { $suggestions }？
desk-import-rejects-is-input = --rejects 不能是导入的文件本身
desk-import-no-rows = { $file }：文件只有表头，没有数据行；未导入任何内容
desk-batch-none = 无
desk-import-done = 已导入 { $file }：新增 { $inserted }，更新 { $updated }，跳过 { $skipped }，未通过校验 { $rejected }；批次 { $batch }
desk-import-dry-run = 试运行（不写入）{ $file }：将新增 { $inserted }，更新 { $updated }，跳过 { $skipped }，未通过校验 { $rejected }；批次 { $batch }
desk-subject-not-csv = 个人信息副本是一个 JSON 文档，不能导出为 CSV
desk-subject-not-table = 个人信息副本是一个 JSON 文档，不能导出为表格
desk-subject-format-hint = 去掉 --format，或使用 --format json（并用 -o 指定 .json 文件）
desk-subject-exported = 已将居民 { $id } 的全部个人信息导出到 { $file }
desk-exported = 已导出 { $count } 位居民到 { $file }
desk-export-none = 没有可导出的居民
desk-find-none = 没有与 { $text } 相符的居民
desk-no-communities = 尚未添加任何社区
desk-no-communities-hint = 可用 `expatdesk community add NAME` 添加
desk-required = { $field }：此项必填
desk-community-exists = 社区 { $name } 已存在（编号 { $id }）
desk-community-added = 已添加社区 { $id }：{ $name }
desk-community-none = 尚无社区；可用 `expatdesk community add NAME` 添加
desk-community-not-found = 没有名为 { $name } 的社区
desk-community-renamed = 已将社区 { $old } 更名为 { $new }
desk-department-bad-code = code：须为 2–32 个小写字母、数字或连字符（{ $value }）
desk-department-exists = 部门 { $code } 已存在
desk-department-short-taken = --short-name-zh：已是部门 { $code } 的简称（{ $value }）
desk-department-added = 已添加部门 { $id }：{ $code }
desk-department-none = 尚无部门；可用 `expatdesk department add CODE` 添加
desk-batch-none-yet = 尚无导入批次；参见 `expatdesk resident import --help`
desk-batch-undone = 已撤销第 { $id } 批：删除 { $removed } 位居民，恢复 { $restored } 位
desk-audit-none-match = 没有符合这些筛选条件的操作日志
desk-audit-empty = 操作日志为空
desk-backup-damaged = { $file } 已损坏（{ $verdict }）：未写入备份
desk-backup-damaged-hint = 请运行 `expatdesk check`，并恢复最近一份完好的备份
desk-backed-up = 已将 { $from } 备份到 { $to }
desk-check-integrity = 完整性检查：{ $problem }
desk-check-integrity-stopped = 完整性检查中断：{ $error }
desk-check-foreign-key = 外键检查：表 { $table }，编号 { $id }：指向的记录不存在
desk-check-foreign-key-stopped = 外键检查中断：{ $error }
desk-check-more-values = … 另有 { $count } 个存储值有问题
desk-check-ok = { $file }：完整性正常，外键正常，存储值正常，数据库结构版本 { $version }（最新 { $latest }）
desk-check-values-hint = 这些值不是通过 expatdesk 写入的（而是由 sqlite3、其他程序或旧版本写入）：请更正或删除，例如 `expatdesk resident edit ID --FIELD VALUE`
desk-check-values-restore-hint = 或恢复最近一份用 `expatdesk backup FILE` 制作的完好备份
desk-check-damaged-hint = 数据库已损坏：请恢复最近一份用 `expatdesk backup FILE` 制作的备份
desk-demo-not-demo = { $file } 已存在且不是演示数据库：不予覆盖
desk-demo-not-demo-hint = 请用 --db 指定另一个文件
desk-demo-ready = 演示数据库 { $file } 已就绪：社区 { $communities } 个，居民 { $residents } 位，课程 { $courses } 门，意见诉求 { $feedback } 条，通知公告 { $notices } 条
desk-demo-look-around = 可以试试：
desk-demo-set-env = 也可以设置 EXPATDESK_DB={ $file }，省去 --db。
desk-init-ready = 数据库已就绪：{ $file }（数据库结构版本 { $version }）
desk-init-demo-not-empty = 数据库中已有数据：演示数据只能载入空数据库
desk-init-demo-not-empty-hint = 请使用 `expatdesk demo --db NEW_FILE` 另建演示数据库
desk-init-demo-loaded = 已载入演示数据：社区 { $communities } 个，居民 { $residents } 位，课程 { $courses } 门，意见诉求 { $feedback } 条，通知公告 { $notices } 条
desk-manpages-not-folder = { $dir } 不是文件夹
desk-manpages-not-folder-hint = 请先创建，例如 `mkdir -p man/man1`
desk-manpages-written = 已将 { $count } 个手册页写入 { $dir }
desk-report-chart-table-only = --chart 在终端中绘图：需要 --format table
desk-report-chart-table-only-hint = 导出 CSV 或 JSON 时请去掉 --chart
desk-report-feedback-none = 该时段内没有收到意见诉求：可用 expatdesk feedback log 登记
desk-report-month-invalid = --month：不是有效的月份（{ $value }）
desk-report-month-hint = 格式为 YYYY-MM，例如 2026-10，或 last（上月）
desk-report-permits-none = 没有在 { $days } 天内到期的居留许可
desk-report-attendance-none = 课程 { $course } 无人报名
desk-report-courses-none = 尚无课程；可用 `expatdesk course add` 添加
desk-report-registrations-none = 没有待办的境外人员住宿登记
desk-report-residents-none = 尚无在住居民；可用 `expatdesk resident add` 登记
desk-report-chart-stdout-only = --chart 只能输出到标准输出
desk-report-chart-stdout-only-hint = 如需用 --format 或 -o 输出报表，请去掉 --chart
desk-register-moved-out = 居民 { $id } 已迁出：只有在住居民才能办理境外人员住宿登记
desk-metric-new_registrations = 新登记居民
desk-metric-moved_out = 迁出居民
desk-metric-active_residents = 在住居民
desk-metric-nationalities = 国籍数
desk-metric-sessions_held = 已举办课次
desk-metric-events_held = 已举办活动场次
desk-metric-participants = 参加人数
desk-metric-attendances = 出席人次
desk-metric-feedback_received = 受理意见诉求
desk-metric-feedback_closed = 已办结意见诉求
desk-metric-feedback_overdue = 逾期意见诉求
desk-metric-median_response_days = 答复用时中位数（天）
