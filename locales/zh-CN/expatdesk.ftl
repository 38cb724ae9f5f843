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

## Courses, feedback and notices (issue 13)
svc-resident-cannot-enroll = 居民 { $id } { $status ->
        [moved-out] 已迁出
        [erased] 已删除个人信息
       *[other] 状态为 { $status }
    }，不能报名
svc-resident-cannot-walk-in = 居民 { $id } { $status ->
        [moved-out] 已迁出
        [erased] 已删除个人信息
       *[other] 状态为 { $status }
    }，不能现场参加
svc-course-is-cancelled = 课程 { $id } 已取消
svc-enroll-already-enrolled = 居民 { $id } 已报名课程 { $course }；未作更改
svc-enroll-already-waitlisted = 居民 { $id } 已在课程 { $course } 的候补名单上，候补序号 { $position }；未作更改
svc-enroll-nobody = 没有人报名
svc-drop-not-on-roster = 居民 { $id } 不在课程 { $course } 的名单上
svc-hint-course-show-roster = `expatdesk course show { $course }` 可列出该课程的名单
svc-dropped = 居民 { $id } 已退出课程 { $course }
svc-promoted = 居民 { $id } 已由候补转为已报名
svc-session-is-cancelled = 课次 { $id } 已取消
svc-resident-was-erased = 居民 { $id } 的个人信息已删除
svc-attend-only-waitlisted = 居民 { $id } 在课程 { $course } 中仅为候补
svc-attend-not-enrolled = 居民 { $id } 未报名课程 { $course }
svc-attend-hint-walk-in = 请先为其报名，或加上 { $flag }
svc-walk-in-enrolled = 居民 { $id } 已作为现场参加者报名
svc-walk-in-from-waitlist = 居民 { $id } 已由候补（候补序号 { $position }）转为已报名，现场参加
svc-attend-nobody = 没有标记任何人
svc-course-already-cancelled = 课程 { $id } 已经取消
svc-session-not-of-course = 课次 { $id } 不属于课程 { $course }
svc-hint-session-belongs = 该课次属于课程 { $course }
svc-session-already-cancelled = 课次 { $id } 已经取消
svc-cancelled-session = 已取消课程 { $course } 的课次 { $id }
svc-cancelled-course = 已取消{ $kind ->
        [event] 活动
       *[other] 课程
    } { $id }：{ $title }，共 { $open } 个待上课次
svc-not-a-datetime = { $flag }：不是日期和时间（{ $value }）
svc-hint-datetime = 请写成 "YYYY-MM-DD HH:MM"，上海时间
svc-reschedule-course-cancelled = 课次 { $id } 无法改期：所属课程已取消
svc-reschedule-session-cancelled = 课次 { $id } 无法改期：该课次已取消
svc-rescheduled = 课次 { $id } 已改期
svc-not-on-roster = 居民 { $id } 在该课程中既未报名也不在候补名单上
svc-hint-course-show-any = `expatdesk course show COURSE` 可列出名单
svc-fb-allowed-none = 无（已办结为最终状态）
svc-fb-cannot-forward = 意见诉求 { $id } 的状态为“{ $status }”：不能转办
svc-fb-cannot-respond = 意见诉求 { $id } 的状态为“{ $status }”：不能答复
svc-fb-cannot-close = 意见诉求 { $id } 的状态为“{ $status }”：不能办结
svc-fb-allowed = 可执行的操作：{ $allowed }
svc-fb-close-needs-via = 意见诉求 { $id } 已答复：办结时需要 { $via } CHANNEL 或 { $note }
svc-fb-close-needs-via-hint = { $via } 说明答复是以何种方式告知居民的；{ $note } 说明为何未告知
svc-fb-close-needs-note = 意见诉求 { $id } 的状态为“{ $status }”（尚未答复）：办结时需要 { $note }
svc-fb-close-needs-note-hint = 请用 { $note } 说明为何未答复即办结
svc-fb-close-nothing-to-inform = 意见诉求 { $id } 的状态为“{ $status }”：尚无答复可告知（{ $via }）
svc-fb-close-nothing-to-inform-hint = 请先答复，或只用 { $note } 办结
svc-fb-forwarded = 意见诉求 { $id }：{ $from } → { $to }（{ $department }）
svc-fb-moved = 意见诉求 { $id }：{ $from } → { $to }
svc-fb-sla-set = 新登记的意见诉求今后的办理时限为 { $days } 天
svc-fb-resident-or-anonymous = { $resident } 或 { $anonymous }
svc-fb-no-resident = 没有编号为 { $id } 的居民
svc-fb-no-resident-hint = 可用 expatdesk resident find TEXT 查找，或用 { $anonymous } 匿名登记
svc-fb-resident-erased = 居民 { $id } 的个人信息已删除：意见诉求不能与其关联
svc-fb-resident-erased-hint = 请用 { $anonymous } 登记
svc-fb-hint-received-at = 请写成 "YYYY-MM-DD HH:MM"（上海时间）或 RFC 3339 格式
svc-fb-unknown-language = { $flag }：未知语言（{ $value }）
svc-fb-unknown-language-hint = 请填写 ISO 639-1 代码（如 en、zh、de）或英文名称
svc-fb-logged = 已登记意见诉求 { $id }，到期日 { $due }
svc-fb-body-too-large = { $flag }：{ $path } 超过 64 KiB
svc-notice-ja-together = { $title } 和 { $body } 须同时提供：要么都给，要么都不给
svc-notice-added = 已发布通知公告 { $id }：{ $title }
svc-notice-ask-title-en = 标题（英文）
svc-notice-ask-title-zh = 标题（中文）
svc-notice-ask-body-en = 正文（英文）
svc-notice-ask-body-zh = 正文（中文）
svc-notice-unknown-community = { $flag }：不是已知的社区（{ $value }）
svc-did-you-mean = 您是不是要找 { $guesses }？
svc-notice-unknown-country = { $flag }：不是已知的国家或地区（{ $value }）
svc-notice-country-hint = 请填写 ISO 3166-1 代码（DE、DEU）或英文、中文名称
svc-notice-none = 还没有通知公告；可用 `expatdesk notice add` 发布
svc-notice-no-recipients = 该通知公告的发布对象中没有同意接收通知的在住居民
svc-notice-not-found = 没有编号为 { $id } 的通知公告
svc-notice-not-found-hint = 可用 `expatdesk notice list` 查看通知公告
svc-duration-examples = 时长请写成 45m、90m、1h30m 或 2h 这样的形式
svc-duration-invalid = 时长（{ $value }）：{ $problem }
svc-duration-minutes-under-60 = 小时后面的分钟数必须小于 60
svc-duration-at-least-1 = 至少为 1 分钟
svc-duration-at-most-24h = 最多为 24 小时
svc-duration-at-most-24h-hint = 更长的活动请按每天一个场次安排：使用 { $flag }
svc-duration-not-a-duration = 不是有效的时长
svc-recur-past-9999 = { $flag }（{ $value }）：课次会排到 9999 年以后
svc-recur-duration-range = 时长（{ $minutes } 分钟）：必须在 1 分钟到 24 小时之间
svc-recur-count-and-until = { $count } 和 { $until } 不能同时使用
svc-recur-count-and-until-hint = 用 { $count } 指定课次数，或用 { $until } 指定结束日期
svc-recur-needs-repeat = { $count } 和 { $until } 需要配合 { $daily } 或 { $weekly } 使用
svc-recur-needs-repeat-hint = 单次课次两者都不需要；如需重复，请加上 { $weekly }
svc-recur-needs-count = { $repeat } 需要 { $count } 或 { $until }
svc-recur-needs-count-hint = 例如：{ $count }，或 { $until }
svc-recur-count-zero = { $flag }：至少为 1
svc-recur-until-before = { $flag }（{ $until }）：早于第一次课次的日期 { $first }
svc-recur-too-many = { $what }：课次超过 { $max } 个
svc-recur-too-many-hint = 请用更早的 { $until } 或更小的 { $count }，或把课程拆成两个
svc-recur-skip-stray = { $flag }（{ $dates }）：不是课次日期
svc-recur-skip-all = { $flag }：所有课次都被跳过了
svc-recur-skip-all-hint = 一个课程至少要有一个课次
svc-recur-dates-weekly = 课次为每{ $weekday ->
        [Monday] 周一
        [Tuesday] 周二
        [Wednesday] 周三
        [Thursday] 周四
        [Friday] 周五
        [Saturday] 周六
        [Sunday] 周日
       *[other] { $weekday }
    }，从 { $first } 到 { $last }
svc-recur-dates-daily = 课次为每天，从 { $first } 到 { $last }
svc-recur-dates-one = 唯一的课次在 { $first }
svc-recur-dates-none = 没有任何课次
svc-clash-venue = { $new }与{ $existing }时间重叠，且地点相同（{ $value }）
svc-clash-instructor = { $new }与{ $existing }时间重叠，且讲师相同（{ $value }）
svc-slot-session = 课次 { $id }“{ $title }”（{ $time }）
svc-slot-line = “{ $title }”（第 { $line } 行，{ $time }）
svc-slot = “{ $title }”（{ $time }）
svc-course-unknown-language = { $flag }：不是已知的语言（{ $value }）
svc-clashes-allowed = 已按 { $flag } 允许 { $count } 处时间冲突
svc-clashes-more = … 另有 { $count } 处时间冲突
svc-clashes-hint = 请另选时间、地点或讲师，或加上 { $flag }
svc-course-added = 已添加{ $kind ->
        [event] 活动
       *[other] 课程
    } { $id }：{ $title }，共 { $sessions } 个课次
svc-import-unknown-language = 不是已知的语言
svc-import-not-a-datetime = 不是日期和时间（"YYYY-MM-DD HH:MM"）
svc-import-bad-minutes = 不是 1 到 1440 之间的整数分钟数
svc-import-until-and-count = 不能与 count 同时填写
svc-import-dry-run = 试运行（不写入）：将导入 { $courses } 个课程，共 { $sessions } 个课次；未写入任何内容
svc-import-done = 已导入 { $courses } 个课程，共 { $sessions } 个课次
svc-import-empty = 文件中没有课程
svc-schedule-reversed = --to（{ $to }）早于 --from（{ $from }）
svc-schedule-reversed-hint = --to 须不早于 --from
svc-schedule-none-between = { $from } 至 { $to } 没有课次
svc-schedule-none = 这些日期内没有课次
svc-ics-none = { $nothing }：未写入日历文件
svc-ics-none-kept = { $nothing }：未写入日历文件（{ $path } 保持原样）
svc-ics-wrote = 已将 { $count } 个课次写入 { $path }
svc-export-no-enrollments = 没有可导出的报名记录
svc-export-no-attendance = 没有可导出的出席记录
svc-exported-enrollments = 已将 { $count } 条报名记录导出到 { $path }
svc-exported-attendance = 已将 { $count } 条出席记录导出到 { $path }
svc-export-no-courses = 没有可导出的课程
svc-exported-courses = 已将 { $count } 个课程导出到 { $path }
svc-course-no-sessions = 课程 { $id } 没有课次
svc-course-none = 还没有课程：可用 `expatdesk course add` 添加
svc-course-code-exists = 代码为 { $code } 的课程已存在
svc-course-not-found = 没有编号为 { $id } 的课程
svc-course-not-found-hint = 请查看 `expatdesk course list`
svc-session-not-found = 没有编号为 { $id } 的课次
svc-session-not-found-hint = `expatdesk course show COURSE` 可列出该课程的课次及其编号
svc-fb-list-no-match = 没有符合这些条件的意见诉求
svc-fb-list-none = 还没有意见诉求：可用 `expatdesk feedback log` 登记
svc-fb-export-none-with = 没有转交 { $department } 办理的意见诉求
svc-fb-export-none = 没有可导出的意见诉求
svc-fb-exported = 已将 { $count } 件意见诉求导出到 { $path }
svc-fb-import-dry-run = 试运行（不写入）：将导入 { $count } 件意见诉求；未写入任何内容
svc-fb-imported = 已导入 { $count } 件意见诉求
svc-fb-import-empty = 文件中没有意见诉求
svc-csv-required = 为必填项
svc-csv-not-a-datetime = 不是日期和时间（"YYYY-MM-DD HH:MM" 或 RFC 3339）
svc-csv-unknown-department = 不是已知的部门
svc-csv-unknown-department-hint = 不是已知的部门；{ $hint }
svc-csv-erased-resident = 是已删除个人信息的居民
svc-csv-unknown-resident = 不是已知的居民
svc-csv-needs-department = 状态为 forwarded（已转办）时必填
svc-csv-needs-response = 状态为 responded（已答复）时必填
svc-fb-not-found = 没有编号为 { $id } 的意见诉求
svc-fb-not-found-hint = 可用 expatdesk feedback list 列出意见诉求
svc-audience-everyone = 全体居民
svc-audience-communities = 社区：{ $names }
svc-audience-nationalities = 国籍：{ $codes }
svc-audience-separator = ；
