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
feedback-action-log = 登记
feedback-action-import = 导入
feedback-action-forward = 转办
feedback-action-respond = 答复
feedback-action-close = 办结
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
    导出全部意见诉求：
    $ expatdesk feedback export -o feedback.csv
examples-resident =
    登记一位居民，再把他找出来：
    $ expatdesk resident add
    $ expatdesk resident find müller
examples-resident-add =
    在终端上：向导会询问缺少的信息：
    $ expatdesk resident add
    
    一次给出全部信息（脚本中使用）：
    $ expatdesk resident add --family-name Kim --given-name Minji \
      --nationality korea --community 绿庭 --phone 13812345678 \
      --languages "ko;zh" --no-input
examples-resident-list =
    某个社区的在住居民：
    $ expatdesk resident list --community "Green Court"
    
    30 天内到期的居留许可，最紧急的在前：
    $ expatdesk resident list --permit-expiring 30
    
    全部居民，导出为 CSV：
    $ expatdesk resident list --status all --limit 0 \
      --format csv -o residents.csv
examples-resident-find =
    按姓名、中文名、电话或护照号码查找：
    $ expatdesk resident find muller
    $ expatdesk resident find 穆安娜
    $ expatdesk resident find "+86 138"
examples-resident-show =
    查看一位居民（证件号码已遮盖）：
    $ expatdesk resident show 67
    
    显示护照和居留许可号码（记入操作日志）：
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
    $ expatdesk course add --title "Calligraphy" --title-zh 书法 \
      --category calligraphy --start "2027-01-06 18:30" --duration 90m \
      --repeat weekly --count 10 --capacity 12
    
    一次性活动：
    $ expatdesk course add --title "Lantern Festival" --category festival \
      --kind event --start "2027-02-12 19:00" --duration 2h
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
      --body-en "No water on Friday 9-12" --body-zh "周五9-12点停水" \
      --community 绿庭
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
    给镇政府的月度报表：
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
    本年度按部门统计的意见诉求：
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
    $ expatdesk community rename "Green Court" "Green Court East" \
      --name-zh 绿庭东
examples-department =
    意见诉求可转交的部门：
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
examples-copy =
    把中心的数据迁到共享服务器（只需在一个前台运行一次）：
    $ expatdesk copy --from center.db --to postgres://desk@db.center/expatdesk
    把服务器上的数据复制回文件：
    $ expatdesk copy --from postgres://desk@db.center/expatdesk --to center.db
examples-check =
    检查完整性、外键和存储的值：
    $ expatdesk check
examples-completions =
    bash 的命令补全：
    $ expatdesk completions bash > /etc/bash_completion.d/expatdesk
examples-manpages =
    为每个命令生成手册页：
    $ expatdesk manpages /usr/local/share/man/man1

## Help texts: the `///` descriptions of every command and option, translated
## (help::tests checks that each has one and none is stale).

help-expatdesk = 国际社区中心前台工具：外籍居民及其境外人员住宿登记、文化课程、转交政府部门的意见诉求、双语通知公告和 CSV 报表，全部存于一个 SQLite 文件
help-global--db = 数据库：SQLite 文件[默认：平台数据目录]（指定的文件必须已存在，见 `init`），或 postgres://用户@主机/数据库 地址
help-global--format = 记录的输出格式[默认：table，或按 -o 文件的扩展名]
help-global--output = 将记录原子写入 FILE；其中的 {"{"}date{"}"} 和 {"{"}month{"}"} 会被替换为实际日期和月份
help-global--excel = 适用于 Excel 的 CSV：UTF-8 BOM 和 CRLF 换行
help-global--raw = CSV 输出不加公式防护；导入时保留开头的 `'`
help-global--no_input = 从不提示输入：缺少的值按错误处理，确认需用 -y
help-global--yes = 对所有确认回答“是”
help-global--operator = 当前在前台值班的操作人，记入操作日志[默认：登录名]
help-global--quiet = 减少 stderr 上的消息（错误和警告仍会显示）
help-global--lang = 界面语言[默认：EXPATDESK_LANG，否则依次取 LC_ALL、LC_MESSAGES、LANG]
help-resident = 登记、查找、查看和修改外籍居民
help-resident-add = 登记新的外籍居民（在终端中会询问缺少的信息）
help-resident-add--external_id = 中心自编的外籍居民编号（唯一）
help-resident-add--family_name = 姓（必填）
help-resident-add--given_name = 名
help-resident-add--chinese_name = 中文名
help-resident-add--nationality = 国籍：ISO 代码（DE、DEU）、英文名、中文名或常用名（UK、韩国）（必填）
help-resident-add--gender = female（女）、male（男）、other（其他）或 unspecified（未说明）
help-resident-add--birth_date = YYYY-MM-DD
help-resident-add--phone = 电话：+国家代码、11 位大陆手机号或 0 + 区号；按 E.164 格式存储（+86…）
help-resident-add--email = 电子邮箱
help-resident-add--wechat = 微信号
help-resident-add--community = 所在社区，英文名或中文名（必填；见 `community list`）
help-resident-add--address = 社区内住址（楼号、楼层、房号）
help-resident-add--languages = 语言，用 `;` 分隔，首选在前：ISO 639-1 代码或名称（en、English、英语、普通话）
help-resident-add--arrival_date = YYYY-MM-DD
help-resident-add--residence_registered_on = 最近一次在公安机关办理境外人员住宿登记的日期
help-resident-add--permit_type = work（工作）、study（学习）、family（家属团聚）、residence（永久居留）、business（商务）、other（其他）或 none（无）
help-resident-add--permit_number = 居留许可证件号码（完整存储，显示时打码）
help-resident-add--permit_expiry = YYYY-MM-DD
help-resident-add--passport_number = 护照号码（完整存储，显示时打码）
help-resident-add--consent_contact = yes 或 no：是否同意接收通知
help-resident-add--consent_share = yes 或 no：是否同意在转交意见诉求时向政府部门提供身份信息
help-resident-add--status = active（在住）或 moved-out（已迁出）
help-resident-add--moved_out_on = YYYY-MM-DD
help-resident-add--notes = 前台自由备注
help-resident-add--allow_duplicate = 即使已有同名同国籍的外籍居民也照常登记
help-resident-list = 列出外籍居民，默认只列在住的
help-resident-list--community = 只看此社区（英文名或中文名）
help-resident-list--nationality = 只看此国籍（代码、名称或常用名：DE、Germany、德国、UK、韩国）
help-resident-list--language = 只看会说此语言的外籍居民（代码或名称：de、German、德语、Mandarin）
help-resident-list--status = 要列出哪些外籍居民[默认：active]
help-resident-list--permit_expiring = 只看自今天起 DAYS 天内到期的居留许可（含已过期的）
help-resident-list--registration_due = 只看待办境外人员住宿登记的在住外籍居民，并列出原因
help-resident-list--search = 只看匹配 TEXT 的外籍居民，规则同 `resident find`
help-resident-list--limit = 最多显示 N 行[默认：表格 50 行，csv/json 全部]；0 表示全部显示
help-resident-find = 按姓名、中文名、电话、电子邮箱、微信号、中心自编编号、护照号码或居留许可证件号码搜索
help-resident-find--text = 要查找的内容；每个词都须匹配
help-resident-find--limit = 最多显示 N 行[默认：表格 50 行，csv/json 全部]；0 表示全部显示
help-resident-show = 查看一位外籍居民（除非使用 --reveal，护照号码和居留许可证件号码均打码显示）
help-resident-show--id = 外籍居民 ID
help-resident-show--reveal = 完整显示护照号码和居留许可证件号码（记入操作日志）
help-resident-edit = 修改外籍居民的字段：--FIELD VALUE（VALUE 为空则清除该字段）
help-resident-edit--id = 外籍居民 ID
help-resident-edit--external_id = 中心自编的外籍居民编号（唯一）
help-resident-edit--family_name = 姓（必填）
help-resident-edit--given_name = 名
help-resident-edit--chinese_name = 中文名
help-resident-edit--nationality = 国籍：ISO 代码（DE、DEU）、英文名、中文名或常用名（UK、韩国）（必填）
help-resident-edit--gender = female（女）、male（男）、other（其他）或 unspecified（未说明）
help-resident-edit--birth_date = YYYY-MM-DD
help-resident-edit--phone = 电话：+国家代码、11 位大陆手机号或 0 + 区号；按 E.164 格式存储（+86…）
help-resident-edit--email = 电子邮箱
help-resident-edit--wechat = 微信号
help-resident-edit--community = 所在社区，英文名或中文名（必填；见 `community list`）
help-resident-edit--address = 社区内住址（楼号、楼层、房号）
help-resident-edit--languages = 语言，用 `;` 分隔，首选在前：ISO 639-1 代码或名称（en、English、英语、普通话）
help-resident-edit--arrival_date = YYYY-MM-DD
help-resident-edit--residence_registered_on = 最近一次在公安机关办理境外人员住宿登记的日期
help-resident-edit--permit_type = work（工作）、study（学习）、family（家属团聚）、residence（永久居留）、business（商务）、other（其他）或 none（无）
help-resident-edit--permit_number = 居留许可证件号码（完整存储，显示时打码）
help-resident-edit--permit_expiry = YYYY-MM-DD
help-resident-edit--passport_number = 护照号码（完整存储，显示时打码）
help-resident-edit--consent_contact = yes 或 no：是否同意接收通知
help-resident-edit--consent_share = yes 或 no：是否同意在转交意见诉求时向政府部门提供身份信息
help-resident-edit--status = active（在住）或 moved-out（已迁出）
help-resident-edit--moved_out_on = YYYY-MM-DD
help-resident-edit--notes = 前台自由备注
help-resident-edit--allow_duplicate = 即使修改后与其他外籍居民疑似重复也允许修改
help-resident-move-out = 记录外籍居民已迁出
help-resident-move-out--id = 外籍居民 ID
help-resident-move-out--on = 迁出日期，YYYY-MM-DD[默认：今天]
help-resident-register-residence = 记录在公安机关办理的境外人员住宿登记
help-resident-register-residence--id = 外籍居民 ID
help-resident-register-residence--on = 登记日期，YYYY-MM-DD[默认：今天]
help-resident-erase = 永久删除外籍居民的个人信息（保留一条匿名记录）
help-resident-erase--id = 外籍居民 ID
help-resident-import = 从 CSV 导入外籍居民：先校验，要么全部导入，要么全不导入
help-resident-import--file = 要导入的 CSV 文件，- 表示从 stdin 读取
help-resident-import--dry_run = 试运行（不写入）：检查全部内容并报告将会发生什么
help-resident-import--on_conflict = 某行与已存的外籍居民匹配时如何处理
help-resident-import--allow_duplicate = 不把同名同国籍（且出生日期或社区相同）的记录视为同一人
help-resident-import--encoding = 文件编码
help-resident-import--create_communities = 文件中提到但尚不存在的社区一并创建
help-resident-import--skip_invalid = 导入有效的行；未通过校验的行写入 --rejects
help-resident-import--rejects = 存放未通过校验的行的 CSV 文件（错误行文件），另加一列 `error`
help-resident-export = 按导入格式将外籍居民导出为 CSV
help-resident-export--status = 要导出哪些外籍居民[默认：全部；已删除个人信息的外籍居民一律不导出]
help-resident-export--include_sensitive = 包含护照号码和居留许可证件号码（记入操作日志）
help-resident-export--subject = 个人信息副本：某位外籍居民的全部信息，输出为一个 JSON 文档（记入操作日志）
help-course = 文化课程和活动：课次、报名、出席
help-course-add = 创建课程或活动及其课次
help-course-add--title = 标题（英文）
help-course-add--category = language（汉语）、calligraphy（书法）、painting（国画）、tea（茶艺）、cuisine（美食）、music（音乐）、martial-arts（武术）、festival（节庆）、history（历史）、crafts（手工艺）或 other（其他）
help-course-add--start = 首个课次，"YYYY-MM-DD HH:MM"（上海时间）
help-course-add--duration = 每个课次的时长：90m、1h30m、2h
help-course-add--repeat = 课次的重复方式
help-course-add--count = 课次数，在去掉 --skip 日期之前计算
help-course-add--until = 课次的最后日期（含当天）
help-course-add--skip = 不安排课次的日期（如节假日）；可多次指定
help-course-add--kind = course（课程）或 event（活动）
help-course-add--venue = 地点
help-course-add--instructor = 讲师（授课或主持人）
help-course-add--capacity = 名额（0 为不限）
help-course-add--language = 授课语言（ISO 639-1 代码或名称：en、English、英语）
help-course-add--title_zh = 中文标题
help-course-add--code = 唯一的简短代码，例如 MAN-101
help-course-add--description = 给外籍居民看的几句简介（显示在日历中）
help-course-add--allow_conflict = 即使与其他课次时间冲突也创建课次
help-course-list = 列出课程及其下一课次和已报名/名额
help-course-list--from = 只看在此日期当天或之后有课次的课程（YYYY-MM-DD）
help-course-list--to = 只看在此日期当天或之前有课次的课程（YYYY-MM-DD）
help-course-list--category = 只看此类别（language、calligraphy、painting、tea、…）
help-course-list--status = 只看此状态的课程[默认：全部]
help-course-list--limit = 最多显示 N 行[默认：表格 50 行，csv/json 全部]；0 表示全部显示
help-course-show = 查看课程、其课次（含 ID）及报名名单（含候补序号）
help-course-show--id = 课程 ID
help-course-show--ics = 将课程的课次写入 iCalendar（.ics）文件，而不是显示课程
help-course-reschedule = 改期单个课次（会检查时间冲突）
help-course-reschedule--session = 课次 ID（见 `course show COURSE`）
help-course-reschedule--start = 新的开始时间，"YYYY-MM-DD HH:MM"（上海时间）
help-course-reschedule--duration = 新时长：90m、1h30m、2h[默认：该课次当前时长]
help-course-reschedule--venue = 将该课次改到此地点（其他课次地点不变）
help-course-reschedule--allow_conflict = 即使与其他课次时间冲突也改期
help-course-cancel = 取消整个课程，或其中一个课次
help-course-cancel--course = 课程 ID
help-course-cancel--session = 只取消该课程的这一课次（见 `course show COURSE`）
help-course-enroll = 为外籍居民报名：有名额时直接报名，名额满后进入候补
help-course-enroll--course = 课程 ID
help-course-enroll--residents = 外籍居民 ID，按此顺序报名
help-course-drop = 让外籍居民退出；候补第一位递补该名额
help-course-drop--course = 课程 ID
help-course-drop--resident = 外籍居民 ID
help-course-attend = 记录某一课次的出席情况
help-course-attend--session = 课次编号（见 `course show COURSE`）
help-course-attend--residents = 外籍居民编号
help-course-attend--absent = 记为缺席，而非出席
help-course-attend--walk_in = 现场参加：为尚未报名者报名（必要时超出名额），并记为出席
help-course-import = 从 CSV 导入课程：先校验，要么全部导入，要么全不导入
help-course-import--file = CSV 文件（`-` 表示标准输入）
help-course-import--dry_run = 试运行（不写入）：全面检查，包括时间冲突
help-course-import--allow_conflict = 即使与其他课次时间冲突，也创建这些课次
help-course-import--encoding = 文件的编码
help-course-export = 将课程定义导出为 CSV
help-schedule = 某段日期内的全部课次，以日程形式显示或输出为 iCalendar 文件
help-schedule--from = 起始日期（YYYY-MM-DD）[默认：今天]
help-schedule--to = 截止日期，含当天（YYYY-MM-DD）[默认：今天 + 30 天]
help-schedule--ics = 将课次写入 iCalendar（.ics）文件，而不在屏幕上显示
help-schedule--limit = 最多显示 N 行 [默认：表格 50 行，csv/json 全部]；0 显示全部
help-enrollment = 所有课程的报名记录
help-enrollment-export = 导出为 CSV
help-attendance = 所有课次的出席记录
help-attendance-export = 导出为 CSV
help-feedback = 外籍居民的意见诉求：转交部门办理、答复、办结
help-feedback-log = 登记一件意见诉求；在终端上会询问缺少的信息
help-feedback-log--resident = 提出意见诉求的外籍居民（编号）
help-feedback-log--anonymous = 提出人不是已登记的外籍居民（匿名）
help-feedback-log--category = policy、visa-residence、housing、renovation、traffic、healthcare、education、employment、environment、public-safety、community-services 或 other
help-feedback-log--channel = walk-in、phone、email、wechat、event、letter 或 other
help-feedback-log--subject = 一句话概括事由
help-feedback-log--body = 完整内容（可多行）
help-feedback-log--body_file = 从该文件读取完整内容（UTF-8）
help-feedback-log--received_at = 受理时间（"YYYY-MM-DD HH:MM" 或 RFC 3339）[默认：当前时间]
help-feedback-log--language = 书面或口头所用的语言（ISO 639-1 代码或名称：de、German、德语、Mandarin）
help-feedback-log--sla_days = 本事项的办理时限（天）[默认：`feedback sla`]
help-feedback-sla = 查看或设置默认办理时限（天）
help-feedback-sla--days = 将默认办理时限设为该天数（0–365）
help-feedback-list = 列出意见诉求（默认全部），最早的在前
help-feedback-list--status = 仅限该状态：new、forwarded、responded 或 closed
help-feedback-list--category = 仅限该类别（policy、visa-residence、housing、…）
help-feedback-list--department = 仅限当前由该部门办理的事项（代码、名称或简称：tax、税务）
help-feedback-list--resident = 仅限该外籍居民提出的事项（编号）
help-feedback-list--from = 仅限该日期（含）之后受理的事项（YYYY-MM-DD）
help-feedback-list--to = 仅限该日期（含）之前受理的事项（YYYY-MM-DD）
help-feedback-list--overdue = 仅限逾期事项：已过到期日仍为新登记或已转办
help-feedback-list--due_within = 仅限自今天起 DAYS 天内到期的未办结事项（含已逾期），最紧急的在前
help-feedback-list--limit = 最多显示 N 行 [默认：表格 50 行，csv/json 全部]；0 显示全部
help-feedback-show = 查看一件事项的全部字段及处理记录
help-feedback-show--id = 意见诉求编号
help-feedback-forward = 将事项转交部门办理（再次执行即重新转交）
help-feedback-forward--id = 意见诉求编号
help-feedback-forward--department = 部门：代码、中英文名称或简称（住房、税务），不区分大小写；见 `department list`
help-feedback-forward--note = 转交原因，或请部门办理的内容
help-feedback-respond = 记录答复（再次执行即替换原答复）
help-feedback-respond--id = 意见诉求编号
help-feedback-respond--response = 答复内容（可多行）；省略时，在终端上用 $EDITOR 编辑，否则逐行输入，空行结束
help-feedback-close = 办结事项（不可撤回）
help-feedback-close--id = 意见诉求编号
help-feedback-close--informed_via = 告知外籍居民答复的方式：walk-in、phone、email、wechat、event、letter 或 other
help-feedback-close--note = 办结原因（除非已答复且给出 --informed-via，否则必填）
help-feedback-import = 从 CSV 导入意见诉求：先校验，要么全部导入，要么全不导入
help-feedback-import--file = CSV 文件（`-` 表示标准输入）
help-feedback-import--dry_run = 试运行（不写入）：全面检查
help-feedback-import--encoding = 文件的编码
help-feedback-export = 将事项导出为 CSV；加 --department 时，导出发给该部门的内容
help-feedback-export--department = 仅限当前由该部门办理的事项（代码、名称或简称：tax、税务），按该部门的格式导出
help-notice = 双语通知公告及其接收人
help-notice-add = 发布双语通知公告（中英文，可另附日文）
help-notice-add--title_en = 英文标题
help-notice-add--title_zh = 中文标题
help-notice-add--body_en = 英文内容
help-notice-add--body_zh = 中文内容
help-notice-add--title_ja = 日文标题（须同时给出 --body-ja）
help-notice-add--body_ja = 日文内容（须同时给出 --title-ja）
help-notice-add--category = 类别，可自由填写，例如 building、policy、event
help-notice-add--community = 仅面向该社区的外籍居民（可重复使用以指定多个）
help-notice-add--nationality = 仅面向该国籍的外籍居民（可重复使用以指定多个）
help-notice-add--effective = 通知公告的生效日期（YYYY-MM-DD）
help-notice-list = 列出通知公告及其发布对象和语言
help-notice-list--limit = 最多显示 N 行 [默认：表格 50 行，csv/json 全部]；0 显示全部
help-notice-show = 查看一条通知公告及其全文
help-notice-show--id = 通知公告编号
help-notice-recipients = 通知公告的接收人，以及各自所用的语言和渠道
help-notice-recipients--id = 通知公告编号
help-notice-recipients--limit = 最多显示 N 行 [默认：表格 50 行，csv/json 全部]；0 显示全部
help-report = 报送镇政府的报表，CSV 列固定
help-report-residents = 按国籍、社区、语言、性别、居留许可类型或年龄段统计在住外籍居民
help-report-residents--by = 在住外籍居民的分组依据
help-report-residents--chart = 在标准输出绘制横向条形图，代替表格（标准输出不是终端时输出纯文本行）
help-report-registrations = 需办理境外人员住宿登记的在住外籍居民及原因
help-report-registrations--limit = 最多显示 N 行 [默认：表格 50 行，csv/json 全部]；0 显示全部
help-report-permits = DAYS 天内到期的居留许可（含已过期），最紧急的在前
help-report-permits--within = 有效期至今天 + DAYS 天（含）之前的居留许可（含已过期）
help-report-permits--limit = 最多显示 N 行 [默认：表格 50 行，csv/json 全部]；0 显示全部
help-report-courses = 各课程的已上课次、报名和出席情况
help-report-courses--from = 统计该日期（含）之后开始的课次，YYYY-MM-DD
help-report-courses--to = 统计该日期（含）之前开始的课次，YYYY-MM-DD
help-report-attendance = 某门课程的出席情况：每位已报名的外籍居民一行，每个已上课次一列
help-report-attendance--course = 课程编号（见 `expatdesk course list`）
help-report-feedback = 意见诉求的受理、在办、已答复、已办结、逾期件数及答复用时中位数
help-report-feedback--by = 分组依据
help-report-feedback--from = 仅限该日期（含）之后受理的事项（YYYY-MM-DD）
help-report-feedback--to = 仅限该日期（含）之前受理的事项（YYYY-MM-DD）；逾期按该日结束时计算
help-report-feedback--sla_days = 按此办理时限（受理日期 + N 天）计算逾期，而不按已存的到期日
help-report-feedback--chart = 在表格下方绘制受理事项的条形图（仅限 table 格式）
help-report-monthly = 月报：该月各项数据，以 metric,value 行输出
help-report-monthly--month = 月份：YYYY-MM，或 `last` 表示上一个自然月
help-today = 前台今日概览：今日课次、居留许可、待办住宿登记、意见诉求
help-today--limit = 每部分显示的行数，最紧急的在前 [默认：10]；0 显示全部
help-community = 管理社区
help-community-add = 新增社区
help-community-add--name = 英文名称
help-community-add--name_zh = 中文名称
help-community-list = 列出各社区及其在住外籍居民
help-community-rename = 社区改名（按编号或现名）
help-community-rename--community = 现名或编号
help-community-rename--new_name = 新名称
help-community-rename--name_zh = 新中文名称
help-department = 管理可转交意见诉求的部门
help-department-add = 新增部门
help-department-add--code = 简短代码：小写字母、数字和连字符（例如 `tax`）
help-department-add--name = 英文名称
help-department-add--name_zh = 中文名称
help-department-add--short_name_zh = 前台输入用的中文简称（例如 税务），凡需指定部门处均可使用
help-department-list = 列出各部门
help-batch = 以往的导入批次，及撤销批次
help-batch-list = 列出以往的导入批次
help-batch-list--limit = 最多显示 N 行 [默认：表格 50 行，csv/json 全部]；0 显示全部
help-batch-undo = 撤销批次：删除该批次新增的内容，恢复其更新的内容
help-batch-undo--id = 批次编号（见 `batch list`）
help-audit = 全部变更的操作日志
help-audit-list = 列出操作日志条目
help-audit-list--from = 仅限该日期（含）之后的条目（YYYY-MM-DD）
help-audit-list--to = 仅限该日期（含）之前的条目（YYYY-MM-DD）
help-audit-list--resident = 仅限与该外籍居民有关的条目（其档案、名单、意见诉求、导入）
help-audit-list--limit = 最多显示 N 行 [默认：表格 50 行，csv/json 全部]；0 显示全部
help-init = 创建（或升级）数据库
help-init--demo = 同时载入演示数据（仅限尚无外籍居民的数据库）
help-demo = 生成一个含逼真示例数据的数据库，用于试用全部功能
help-backup = 将数据库复制到 FILE：一份一致的 SQLite 快照
help-copy = 在 SQLite 与 PostgreSQL 之间复制整个数据库
help-copy--from = 要复制的数据库：SQLite 文件或 postgres:// 地址
help-copy--to = 复制到的新数据库或空数据库
help-backup--file = 备份文件的写入位置（{"{"}date{"}"} 会替换为日期）
help-check = 完整性检查：数据库完整性、外键和结构版本
help-completions = 输出 shell 命令补全脚本
help-completions--shell = bash、zsh、fish、elvish 或 powershell
help-manpages = 为每个命令生成手册页，写入 DIR
help-manpages--dir = 手册页写入的文件夹（须已存在）

## Help headings (clap's own words in the chosen language).
help-heading-usage = 用法：
help-heading-commands = 命令
help-heading-options = 选项
help-heading-arguments = 参数
help-heading-global = 全局选项
help-heading-examples = 示例：
help-flag-help = 显示帮助
help-flag-version = 显示版本

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
sys-csv-missing-columns = 缺少 { $count } 个必需的列：{ $list }
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
sys-missing-values = 缺少 { $count } 个必填值：{ $list }
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
sys-batch-changed-since = 批次 { $id } 已无法撤销：{ $count } 位外籍居民（{ $list }）在导入后已被更改
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
desk-import-summary = { $mode ->
        [dry-run] 试运行（不写入）{ $file }：将新增
       *[done] 已导入 { $file }：新增
    } { $inserted }，更新 { $updated }，跳过 { $skipped }，未通过校验 { $rejected }；批次 { $batch }
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
desk-resident-added = 已添加外籍居民 { $id }：{ $name }
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
desk-copy-same = --from 和 --to 指向同一个数据库
desk-copy-target-not-empty = 目标数据库中已有 { $count } 行居民、课程、意见或通知数据：未复制任何内容
desk-copy-target-not-empty-hint = 请复制到新的 SQLite 文件，或新的 PostgreSQL 数据库（先 createdb，再运行 `expatdesk --db 地址 init`）
desk-copied = 已从 { $from } 复制 { $tables } 张表共 { $rows } 行到 { $to }
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

## clap's usage errors (the Chinese side is shown; English keeps clap's own text)
sys-clap-unknown-argument = 无法识别的参数 '{ $arg }'
sys-clap-unknown-command = 无法识别的子命令 '{ $command }'
sys-clap-invalid-value = '{ $arg }' 的值 '{ $value }' 无效
sys-clap-value-refused = '{ $arg }' 的值 '{ $value }' 无效：{ $reason }
sys-clap-not-whole-number = 不是整数
sys-clap-missing-argument = 缺少以下必需的参数：{ $list }
sys-clap-conflict = 参数 '{ $arg }' 不能与 '{ $prior }' 同时使用
sys-clap-possible-values = [可选值：{ $list }]
sys-clap-similar-argument = 提示：有一个相似的参数 '{ $arg }'
sys-clap-similar-command = 提示：有一个相似的子命令 '{ $command }'
sys-clap-more-help = 更多信息请加 '--help' 查看。
sys-clap-used-twice = 参数 '{ $arg }' 不能多次使用
value-note-default = [默认：{ $list }]
value-note-possible = [可选值：{ $list }]
value-note-env = [环境变量：{ $var }]
prompt-yes = 是
prompt-no = 否
sys-db-url-password = --db：地址中含有密码，会留在命令历史和进程列表中
sys-hint-db-url-password = 请从地址中去掉密码：设置 PGPASSWORD，或写入 ~/.pgpass（主机:端口:数据库:用户:密码，权限 0600）
sys-db-url-no-root-cert = --db：sslmode={ $mode } 要核验服务器证书，但找不到其根证书
sys-hint-db-url-root-cert = 请把服务器的根证书放在 ~/.postgresql/root.crt，或在 PGSSLROOTCERT 中写明其文件
sys-db-url-unreadable = --db：无法识别的 PostgreSQL 地址：{ $reason }
sys-hint-db-url = 格式为 postgres://用户@主机[:端口]/数据库
sys-db-server-unreachable = 无法连接数据库服务器 { $server }：{ $reason }
sys-hint-db-server-unreachable = 请确认服务器正在运行，且本机可以连接（主机、端口、pg_hba.conf）
sys-db-server-login = 数据库服务器 { $server } 拒绝登录：{ $reason }
sys-hint-db-server-login = 请设置 PGPASSWORD 或把密码写入 ~/.pgpass；角色和数据库由管理员创建（见 README“共享数据库”）
sys-db-server-lost = 与数据库服务器的连接已断开：{ $reason }
sys-hint-db-server-lost = 被中断的命令未保存任何内容；服务器恢复后请重新运行
sys-db-server-no-schema = 数据库 { $server } 中还没有 expatdesk 的数据表
sys-hint-db-server-init = 可用以下命令创建：expatdesk --db { $server } init
sys-db-foreign-server = 数据库 { $server } 中有其他程序的数据表
sys-hint-db-foreign-server = 请为 expatdesk 单独建一个数据库：createdb -O 角色 expatdesk
report-unknown = （未知）
report-none = （无）
col-short_name_zh = 中文简称
progress-checking = 检查中
progress-importing = 导入中
col-roster = 报名名单
col-feedback_id = 意见诉求编号
