# expatdesk: the interface in English. Every message the program shows a
# person has its id here and in zh-CN/expatdesk.ftl, with the same
# placeholders (a unit test checks both). Terms follow ../shared/GLOSSARY.md.

## Lists and tables

list-more = { $count } more — use --limit 0 or --format csv to see them all
list-more-export = { $count } more — the export is --format csv
list-left-out = left out to fit the terminal: { $columns } (widen it, or use --format csv)
record-none = none
weekday-1 = Mon
weekday-2 = Tue
weekday-3 = Wed
weekday-4 = Thu
weekday-5 = Fri
weekday-6 = Sat
weekday-7 = Sun
col-day = Day
col-time = Time
col-places = Places
capacity-unlimited = unlimited

## Table headers: one per column name (CSV headers and JSON keys never change).

col-id = ID
col-family_name = Family name
col-given_name = Given name
col-chinese_name = Chinese name
col-nationality = Nationality
col-gender = Gender
col-birth_date = Date of birth
col-phone = Phone
col-email = E-mail
col-wechat = WeChat ID
col-community = Community
col-address = Address
col-languages = Languages
col-arrival_date = Arrival date
col-residence_registered_on = Residence registration
col-permit_type = Permit type
col-permit_number = Permit number
col-permit_expiry = Permit expiry
col-passport_number = Passport number
col-consent_contact = Agrees to notices
col-consent_share = Agrees to share identity
col-status = Status
col-moved_out_on = Moved out on
col-notes = Notes
col-external_id = External ID
col-registered_at = Added
col-updated_at = Updated
col-registration_due = Registration due
col-reason = Reason
col-days_left = Days left
col-resident_id = Resident
col-resident_external_id = Resident external ID
col-course_id = Course
col-session_id = Session
col-code = Code
col-title = Title
col-title_zh = Chinese title
col-title_en = English title
col-title_ja = Japanese title
col-category = Category
col-kind = Kind
col-instructor = Instructor
col-venue = Venue
col-capacity = Places
col-language = Language
col-description = Description
col-enrolled = Enrolled
col-waitlisted = Waiting list
col-position = Place
col-enrolled_at = Enrolled at
col-starts_at = Starts
col-ends_at = Ends
col-next_session = Next session
col-sessions = Sessions
col-start = Start
col-duration_minutes = Minutes
col-repeat = Repeat
col-count = Count
col-until = Until
col-skip = Skipped dates
col-marked_at = Marked at
col-attendance = Attendance
col-sessions_held = Sessions held
col-attendances = Attendances
col-attendance_rate_pct = Attendance %
col-unique_attendees = Participants
col-received_at = Received
col-channel = Channel
col-subject = Subject
col-body = Text
col-department = Department
col-response = Answer
col-responded_at = Answered at
col-closed_at = Closed at
col-informed_via = Told via
col-due_on = Due on
col-overdue = Overdue
col-created_at = Created
col-history = History
col-from_status = From
col-to_status = To
col-note = Note
col-at = Time
col-operator = Operator
col-action = Action
col-entity = Entity
col-entity_id = Entity ID
col-detail = Detail
col-key = Key
col-label = Group
col-share_pct = Share %
col-received = Received
col-open = Open
col-responded = Answered
col-closed = Closed
col-median_response_days = Median days to answer
col-metric = Metric
col-value = Value
col-name = Name
col-name_zh = Chinese name
col-name_en = English name
col-active_residents = Active residents
col-source = Source
col-started_at = Started
col-inserted = Inserted
col-updated = Updated
col-skipped = Skipped
col-rejected = Rejected
col-undone_at = Undone
col-effective_on = In force from
col-audience = Audience
col-body_en = English text
col-body_zh = Chinese text
col-body_ja = Japanese text
col-recipients = Recipients
col-sla_days = Time limit (days)
col-error = Error
col-line = Line
col-erased_on = Erased on

## Display labels of closed vocabularies in tables (stored codes never change).

gender-female = female
gender-male = male
gender-other = other
gender-unspecified = not stated
permit-work = work
permit-study = study
permit-family = family
permit-residence = permanent residence
permit-business = business
permit-other = other
permit-none = none
resident-status-active = living here
resident-status-moved-out = moved out
resident-status-erased = erased
reason-missing = none yet
reason-before-arrival = before arrival
reason-address-changed = address changed
reason-permit-changed = permit changed
course-category-language = Chinese language
course-category-calligraphy = calligraphy
course-category-painting = painting
course-category-tea = tea
course-category-cuisine = cuisine
course-category-music = music
course-category-martial-arts = martial arts
course-category-festival = festivals
course-category-history = history
course-category-crafts = crafts
course-category-other = other
course-kind-course = course
course-kind-event = event
course-status-scheduled = scheduled
course-status-cancelled = cancelled
enrollment-enrolled = enrolled
enrollment-waitlisted = on the waiting list
attendance-present = present
attendance-absent = absent
channel-walk-in = in person
channel-phone = phone
channel-email = e-mail
channel-wechat = WeChat
channel-event = at an event
channel-letter = letter
channel-other = other
feedback-category-policy = policy
feedback-category-visa-residence = visa and residence
feedback-category-housing = housing
feedback-category-renovation = renovation
feedback-category-traffic = traffic
feedback-category-healthcare = healthcare
feedback-category-education = education
feedback-category-employment = employment
feedback-category-environment = environment
feedback-category-public-safety = public safety
feedback-category-community-services = community services
feedback-category-other = other
feedback-action-log = logged
feedback-action-import = imported
feedback-action-forward = forwarded
feedback-action-respond = responded
feedback-action-close = closed
feedback-status-new = new
feedback-status-forwarded = forwarded
feedback-status-responded = answered
feedback-status-closed = closed
yes-no-yes = yes
yes-no-no = no

## Examples under each command's help: a description, then its
## command lines starting with `$`.

examples-expatdesk =
    The day at a glance, then a resident:
    $ expatdesk today
    $ expatdesk resident find müller
examples-feedback-export =
    Every feedback item as CSV:
    $ expatdesk feedback export -o feedback.csv
examples-resident =
    Register a resident, then find them again:
    $ expatdesk resident add
    $ expatdesk resident find müller
examples-resident-add =
    At a terminal: the wizard asks for what is missing:
    $ expatdesk resident add
    
    All at once, from a script:
    $ expatdesk resident add --family-name Kim --given-name Minji \
      --nationality korea --community 绿庭 --phone 13812345678 \
      --languages "ko;zh" --no-input
examples-resident-list =
    Active residents of one community:
    $ expatdesk resident list --community "Green Court"
    
    Permits expiring within 30 days, most urgent first:
    $ expatdesk resident list --permit-expiring 30
    
    Everyone, as CSV:
    $ expatdesk resident list --status all --limit 0 \
      --format csv -o residents.csv
examples-resident-find =
    By name, Chinese name, phone or passport number:
    $ expatdesk resident find muller
    $ expatdesk resident find 穆安娜
    $ expatdesk resident find "+86 138"
examples-resident-show =
    One resident, numbers masked:
    $ expatdesk resident show 67
    
    With passport and permit numbers (audited):
    $ expatdesk resident show 67 --reveal
examples-resident-edit =
    New phone number; an empty value clears a field:
    $ expatdesk resident edit 67 --phone 13912345678
    $ expatdesk resident edit 67 --wechat ""
examples-resident-move-out =
    Moved out today, or on a given day:
    $ expatdesk resident move-out 67
    $ expatdesk resident move-out 67 --on 2026-11-30
examples-resident-register-residence =
    Registered with the police today, or on a given day:
    $ expatdesk resident register-residence 67
    $ expatdesk resident register-residence 67 --on 2026-12-01
examples-resident-erase =
    Erase for good, after a confirmation:
    $ expatdesk resident erase 67
examples-resident-import =
    Check a spreadsheet first, then import it:
    $ expatdesk resident import residents.csv --dry-run
    $ expatdesk resident import residents.csv
    
    Update the residents already stored:
    $ expatdesk resident import residents.csv --on-conflict update
examples-resident-export =
    Every active resident, in the import schema:
    $ expatdesk resident export -o residents-{"{"}date{"}"}.csv
examples-course =
    This month's courses, then one course's roster:
    $ expatdesk course list
    $ expatdesk course show 3
examples-course-add =
    Ten weekly sessions of a course:
    $ expatdesk course add --title "Calligraphy" --title-zh 书法 \
      --category calligraphy --start "2027-01-06 18:30" --duration 90m \
      --repeat weekly --count 10 --capacity 12
    
    A one-off event:
    $ expatdesk course add --title "Lantern Festival" --category festival \
      --kind event --start "2027-02-12 19:00" --duration 2h
examples-course-list =
    Courses in a date range, or of one category:
    $ expatdesk course list --from 2026-12-01 --to 2026-12-31
    $ expatdesk course list --category language
examples-course-show =
    A course, its sessions and its roster:
    $ expatdesk course show 3
    
    The course as a calendar file to send to a resident:
    $ expatdesk course show 3 --ics course-3.ics
examples-course-reschedule =
    Move session 41 by an hour:
    $ expatdesk course reschedule 41 --start "2026-12-10 19:30"
examples-course-cancel =
    Cancel one session, or the whole course:
    $ expatdesk course cancel 3 --session 41
    $ expatdesk course cancel 3
examples-course-enroll =
    Enroll three residents:
    $ expatdesk course enroll 3 67 163 12
examples-course-drop =
    Drop a resident; the first on the waitlist gets the seat:
    $ expatdesk course drop 3 67
examples-course-attend =
    Mark who came, who was absent, and a walk-in:
    $ expatdesk course attend 41 67 163
    $ expatdesk course attend 41 12 --absent
    $ expatdesk course attend 41 88 --walk-in
examples-course-import =
    Check, then import a term's courses:
    $ expatdesk course import courses.csv --dry-run
    $ expatdesk course import courses.csv
examples-course-export =
    Every course definition as CSV:
    $ expatdesk course export -o courses.csv
examples-schedule =
    This week's agenda, or a calendar file for residents:
    $ expatdesk schedule
    $ expatdesk schedule --from 2026-12-01 --to 2026-12-31 --ics december.ics
examples-enrollment =
    Every enrollment as CSV:
    $ expatdesk enrollment export -o enrollments.csv
examples-enrollment-export =
    Every enrollment as CSV:
    $ expatdesk enrollment export -o enrollments.csv
examples-attendance =
    Every attendance mark as CSV:
    $ expatdesk attendance export -o attendance.csv
examples-attendance-export =
    Every attendance mark as CSV:
    $ expatdesk attendance export -o attendance.csv
examples-feedback =
    Open items, then forward one:
    $ expatdesk feedback list --status open
    $ expatdesk feedback forward 12 --department 住房
examples-feedback-log =
    At a terminal: the wizard asks for what is missing:
    $ expatdesk feedback log
    
    From a script:
    $ expatdesk feedback log --resident 67 --category housing --channel phone \
      --subject "Heating broken" --body "No heating since Monday" --no-input
examples-feedback-sla =
    Show the default, or set it to 10 days:
    $ expatdesk feedback sla
    $ expatdesk feedback sla 10
examples-feedback-list =
    Overdue items, or those due within 3 days:
    $ expatdesk feedback list --overdue
    $ expatdesk feedback list --due-within 3
examples-feedback-show =
    One item and its history:
    $ expatdesk feedback show 12
examples-feedback-forward =
    Forward to a department, by code or short name:
    $ expatdesk feedback forward 12 --department housing --note "Urgent"
    $ expatdesk feedback forward 12 --department 住房
examples-feedback-respond =
    Record the answer (at a terminal: in $EDITOR or line by line):
    $ expatdesk feedback respond 12 --response "Repaired on 3 December"
    $ expatdesk feedback respond 12
examples-feedback-close =
    Close, saying how the resident was told:
    $ expatdesk feedback close 12 --informed-via wechat
examples-feedback-import =
    Check, then import items:
    $ expatdesk feedback import feedback.csv --dry-run
    $ expatdesk feedback import feedback.csv
examples-notice =
    Publish a notice, then see who receives it:
    $ expatdesk notice add
    $ expatdesk notice recipients 2
examples-notice-add =
    A notice for one community:
    $ expatdesk notice add --title-en "Water cut" --title-zh 停水通知 \
      --body-en "No water on Friday 9-12" --body-zh "周五9-12点停水" \
      --community 绿庭
examples-notice-list =
    Every notice:
    $ expatdesk notice list
examples-notice-show =
    One notice with its texts:
    $ expatdesk notice show 2
examples-notice-recipients =
    Who receives notice 2, as CSV for the mailer:
    $ expatdesk notice recipients 2 --format csv -o recipients.csv
examples-report =
    The monthly report for the town office:
    $ expatdesk report monthly --month last -o monthly-{"{"}month{"}"}.csv
examples-report-residents =
    Residents by nationality, with a chart:
    $ expatdesk report residents --by nationality --chart
examples-report-registrations =
    Residence registrations due, for the police station:
    $ expatdesk report registrations --format csv -o registrations-{"{"}date{"}"}.csv
examples-report-permits =
    Permits expiring within 60 days:
    $ expatdesk report permits --within 60
examples-report-courses =
    Courses of the autumn term:
    $ expatdesk report courses --from 2026-09-01 --to 2026-12-31
examples-report-attendance =
    Attendance sheet of course 3:
    $ expatdesk report attendance --course 3 --excel -o attendance.csv
examples-report-feedback =
    Feedback by department this year:
    $ expatdesk report feedback --by department --from 2026-01-01
examples-report-monthly =
    Last month's figures, for cron:
    $ expatdesk report monthly --month last --format csv -o monthly-{"{"}month{"}"}.csv
examples-today =
    The day at a glance:
    $ expatdesk today
    $ expatdesk today --limit 0
examples-community =
    The communities and their residents:
    $ expatdesk community list
examples-community-add =
    A new community with its Chinese name:
    $ expatdesk community add "Bamboo Garden" --name-zh 竹园
examples-community-list =
    The communities and their residents:
    $ expatdesk community list
examples-community-rename =
    Rename, by current name or id:
    $ expatdesk community rename "Green Court" "Green Court East" \
      --name-zh 绿庭东
examples-department =
    The departments feedback goes to:
    $ expatdesk department list
examples-department-add =
    A new department:
    $ expatdesk department add water --name "Water Authority" --name-zh 水务局
examples-department-list =
    Every department:
    $ expatdesk department list
examples-batch =
    Past imports, and undoing one:
    $ expatdesk batch list
    $ expatdesk batch undo 4
examples-batch-list =
    Past imports:
    $ expatdesk batch list
examples-batch-undo =
    Undo import 4 after a confirmation:
    $ expatdesk batch undo 4
examples-audit =
    Changes of the last week:
    $ expatdesk audit list --from 2026-11-28
examples-audit-list =
    Changes to one resident:
    $ expatdesk audit list --resident 67
examples-init =
    A new database in the data directory, or a named file:
    $ expatdesk init
    $ expatdesk --db /srv/expatdesk/center.db init
examples-demo =
    Try everything on sample data:
    $ expatdesk demo
    $ expatdesk --db ~/.local/share/expatdesk/demo.db today
examples-backup =
    A consistent copy while desks keep working:
    $ expatdesk backup /mnt/usb/expatdesk-{"{"}date{"}"}.db
examples-copy =
    Move a center onto the shared server (run once, from one desk):
    $ expatdesk copy --from center.db --to postgres://desk@db.center/expatdesk
    Take a copy of the server back to a file:
    $ expatdesk copy --from postgres://desk@db.center/expatdesk --to center.db
examples-check =
    Integrity, foreign keys and stored values:
    $ expatdesk check
examples-completions =
    Completions for bash:
    $ expatdesk completions bash > /etc/bash_completion.d/expatdesk
examples-manpages =
    Write one manual page per command:
    $ expatdesk manpages /usr/local/share/man/man1

## Help headings (clap's own words in the chosen language).
help-heading-usage = Usage:
help-heading-commands = Commands
help-heading-options = Options
help-heading-arguments = Arguments
help-heading-global = Global options
help-heading-examples = Examples:
help-flag-help = Print help
help-flag-version = Print version

## Wizards (SPEC §3): questions, hints and notes.
wizard-flag-invalid = { $flag } { $value }: { $problem }; asking again
wizard-more-details = More details now (phone, permit, registration…)?
wizard-register-confirm = Register this resident?
wizard-register-anyway = Register anyway, as a different person?
wizard-duplicate = Resident { $id } ({ $name }) { $what }:
wizard-hint-date = YYYY-MM-DD, Enter to skip
wizard-hint-optional = Enter to skip
wizard-hint-country = name, code or Chinese name
wizard-hint-languages = most used first, e.g. de; English; 中文 — ? to pick from the list
wizard-language-next = Language { $count } (pick "done" to finish)
wizard-skip = (skip)
wizard-done = (done)
prompt-lines-hint = (one line at a time; an empty line ends)
prompt-editor-hint = Lines starting with # are left out. Save and close the editor to go on.
wizard-cancelled = cancelled: nothing was written
batch-undo-confirm = Undo batch { $id } ({ $kind } of { $source }, { $at } by { $operator }): remove { $inserted ->
        [one] the resident
       *[other] { $inserted } residents
    } it added and restore { $updated ->
        [one] the one
       *[other] the { $updated }
    } it updated?
prompt-response = The answer to the resident
feedback-anonymous = anonymous
feedback-log-confirm = Log this item?
feedback-log-resident = Resident
feedback-log-resident-hint = name, Chinese name, phone or id; Enter for anonymous
feedback-log-no-match = no active resident matches { $text }; try another name or the phone number
feedback-log-which = Which resident?
prompt-required = an answer is needed here
notice-ask-communities = For which communities
notice-ask-nationalities = For which nationalities
notice-ask-all = names separated by commas; Enter for all
notice-reach = For { $audience }: { $residents ->
        [one] one active resident
       *[other] { $residents } active residents
    }, { $reachable } of them agreed to receive notices.
notice-add-confirm = Publish this notice?

## System, residents and import (issue 13)
sys-phone-invalid = is not a phone number
sys-phone-hint-characters = write digits with an optional leading +, spaces, hyphens, dots or parentheses, e.g. +86 138 1234 5678
sys-phone-hint-country-code = add the country code (+44 20 7946 0958) or the area code (021 5555 1234); 11 digits starting with 1 are a mainland mobile
sys-phone-hint-length = an international number has 7 to 15 digits after the +; a mainland one 9 to 11 after +86
sys-text-control-char = contains the control character { $code }
sys-text-too-long = is { $chars } characters long; the limit is { $limit }
sys-text-too-big = is larger than 64 KiB
sys-is-required = is required
sys-no-communities-yet = no communities yet: add one with `expatdesk community add NAME`
sys-known-communities = known communities: { $list }
sys-field-unknown-country = is not a known country
sys-field-status-erased = cannot be set to erased
sys-hint-resident-erase = use `expatdesk resident erase ID`
sys-field-bad-date = is not a real date
sys-hint-date-format = write dates as YYYY-MM-DD
sys-field-bad-email = is not an e-mail address
sys-field-unknown-community = is not a known community
sys-field-unknown-language = has an unknown language: { $value }
sys-hint-language-codes = use ISO 639-1 codes separated by `;`, e.g. de;en;zh
sys-field-yes-no = must be yes or no
sys-did-you-mean = did you mean { $list }?
sys-field-one-of = must be one of { $list }
sys-csv-duplicate-column = duplicate column { $column }
sys-csv-unknown-column = unknown column { $column }
sys-csv-known-columns = known columns: { $list }
sys-and-more = … and { $count } more
sys-nothing-imported = nothing was imported
sys-nothing-was = nothing was { $what }
sys-csv-not-valid-encoding = is not valid { $encoding }
sys-hint-check-encoding = check --encoding: a file saved as UTF-8 needs --encoding utf-8
sys-csv-record-too-big = the record is larger than 64 KiB: the file is refused as it is read
sys-csv-value-too-big = the value is larger than 64 KiB: the file is refused as it is read
sys-csv-field-too-big = field { $number } is larger than 64 KiB: the file is refused as it is read
sys-hint-open-quote = a quote that is opened and never closed makes the rest of the file one field
sys-csv-cannot-read = cannot read: { $reason }
sys-csv-not-utf8 = is not valid UTF-8
sys-hint-gb18030 = pass --encoding gb18030 for files saved by Excel on Chinese Windows
sys-csv-unreadable = cannot read the CSV
sys-csv-field-count = has { $fields } fields, the header has { $header }
sys-csv-not-a-count = is not a whole number of 0 or more
sys-csv-bad-date = is not a real date (YYYY-MM-DD)
sys-known-values = known values: { $list }
sys-csv-not-one-of = is not one of { $list }
sys-csv-missing-columns = missing required { $count ->
        [one] column
       *[other] columns
    }: { $list }
sys-vocab-unknown = unknown { $what } ({ $value })
sys-vocab-channel = channel
sys-vocab-category = category
sys-vocab-status = status
sys-vocab-kind = kind
sys-vocab-repeat = repeat
sys-vocab-course-status = course status
sys-vocab-session-status = session status
sys-vocab-enrollment-status = enrollment status
sys-vocab-attendance-status = attendance status
sys-csv-empty-file = the file is empty (no header row)
sys-csv-damaged-utf8 = is not valid UTF-8, though the rest of the file is: the file is damaged
sys-hint-damaged-utf8 = if it was saved by Excel on Chinese Windows, import it with --encoding gb18030; otherwise fix the bytes on that line
sys-cannot-read-directory = cannot read { $name }: it is a directory
sys-cannot-spool = cannot copy { $name } to the temporary folder { $folder }: { $reason }
sys-hint-tmpdir-full = free some space there, or set TMPDIR to a folder with room
sys-hint-tmpdir-writable = set TMPDIR to a folder this user can write
sys-cannot-read-reason = cannot read { $name }: { $reason }
sys-field-in-future = is in the future
sys-field-before-birth = is before the birth date
sys-field-moved-out-required = is required when status is moved-out
sys-hint-move-out = use `expatdesk resident move-out ID --on DATE`
sys-field-moved-out-empty = must be empty while status is active
sys-hint-moved-out-clear = set status moved-out as well, or clear moved_out_on
sys-duplicate-external-id = has the same external_id
sys-duplicate-passport = has the same passport number and nationality
sys-duplicate-likely = is likely the same person (same name and nationality, and the same birth date or, without one, the same community)
sys-import-same-external-id = external_id: the same external_id as line { $line }
sys-import-same-passport = passport_number: the same passport number and nationality as line { $line }
sys-import-likely-same = likely the same person (name, nationality, birth date or community) as line { $line }
sys-import-same-resident = matches the same resident { $id } as line { $line }
sys-import-split-match = external_id matches resident { $external } but passport_number matches resident { $passport }
sys-import-no-match-incomplete = no stored resident matches this row, and adding one needs family_name, nationality and community
sys-import-matches-resident = matches resident { $id }: { $what }
sys-resident-duplicate = resident { $id } { $what }
sys-import-not-utf8 = is not valid UTF-8 (try --encoding gb18030)
sys-import-too-many-communities = would be community number { $number } created by one import; the limit is { $limit }
sys-hint-import-update-only = a file without them can only update stored residents: --on-conflict update|fill
sys-none-yet = none yet
sys-hint-import-communities = known communities: { $list }; add one with `expatdesk community add NAME`, or import with --create-communities
sys-hint-allow-duplicate = pass --allow-duplicate if rows that look alike are different people
sys-hint-import-changed-since = the database changed while the import waited for its turn to write (another desk): check the rows named and import again
sys-hint-on-conflict = choose what to do with matching residents: --on-conflict skip|update|fill
sys-io-cannot-read = cannot read { $path }: { $reason }
sys-io-cannot-write = cannot write { $path }: { $reason }
sys-io-cannot-write-in = cannot write in { $path }: { $reason }
sys-io-cannot-create = cannot create { $path }: { $reason }
sys-io-cannot-create-folder = cannot create folder { $path }: { $reason }
sys-hint-disk-full = the disk is full: free some space and run the command again
sys-io-error = I/O error: { $reason }
sys-csv-error = CSV error: { $detail }
sys-db-no-home = cannot find a home directory for the default database
sys-hint-db-path = pass --db PATH or set EXPATDESK_DB
sys-db-missing = database { $path } does not exist
sys-hint-db-init = create it with: expatdesk --db { $path } init
sys-db-busy = the database is busy: another process is still writing to it after 5 s
sys-hint-db-busy = try again in a moment; nothing was changed
sys-db-read-only = the database is read-only: this command needs to write
sys-hint-db-read-only = check the file's permissions, or use a reading command
sys-db-cannot-open = cannot open the database
sys-hint-db-cannot-open = check that the file and its folder exist and are readable
sys-db-damaged = the database file is damaged or not an expatdesk database
sys-hint-db-damaged = run `expatdesk check`, and restore from a backup made with `expatdesk backup`
sys-db-io-error = I/O error in the database: { $reason }
sys-db-check-refused = the database refused a value its rules forbid: { $reason }
sys-hint-db-check-refused = a stored value breaks the rules: `expatdesk check` names it, then correct it
sys-db-refused = refused by the database: { $reason }
sys-db-disk-full = the disk is full: nothing was changed
sys-hint-free-space = free some space and run the command again
sys-db-empty-file = the file is empty, not an expatdesk database
sys-hint-db-empty-file = restore it from a backup made with `expatdesk backup`, or start a new database there with: expatdesk --db { $path } init
sys-hint-read-only-mount = { $path } is on a read-only mount: reading commands work; to change anything, remount it read-write or copy the database to a writable folder
sys-hint-read-only-folder = the folder { $path } is not writable for this user, and SQLite keeps files beside the database: reading commands work; to change anything, run as a user who may write there
sys-db-wal-read-only-mount = the database is on a read-only mount, and its write-ahead log { $wal } holds changes not yet written into it
sys-db-wal-read-only-folder = the database is in a folder this user may not write, and its write-ahead log { $wal } holds changes not yet written into it
sys-hint-db-wal = open it once where it can be written (remount read-write, or copy the database with its -wal file to a writable folder): the log is folded in, and the file can then be read from anywhere
sys-db-schema-too-new = the database schema is version { $current }, newer than this program knows ({ $latest })
sys-hint-upgrade-expatdesk = upgrade expatdesk to open this database
sys-db-needs-upgrade = the database needs its schema upgraded ({ $name }), which writes to it
sys-db-upgraded-kept-values = the database was upgraded, but { $count ->
        [one] 1 stored value breaks its rules and was kept as it is
       *[other] { $count } stored values break its rules and were kept as they are
    }: `expatdesk check` names them
sys-db-foreign = this SQLite file belongs to another program: it has tables but no expatdesk schema
sys-hint-db-foreign = name an expatdesk database with --db, or run `expatdesk --db NEW.db init`
sys-cannot-write-directory = cannot write { $path }: it is a directory
sys-cannot-write-no-folder = cannot write { $path }: the folder { $folder } does not exist
sys-hint-create-folder = create the folder first, or name a file in an existing one
sys-hint-name-file-in-it = name a file in it
sys-cannot-write-not-regular = cannot write { $path }: it is not a regular file
sys-hint-regular-file = name a regular file, or leave out -o to write to stdout
sys-refuse-write-database = refusing to write { $path }: it is the database { $db }
sys-refuse-write-sidecar = refusing to write { $path }: it is the { $suffix } file SQLite keeps beside the database { $db }
sys-hint-backup-copies = name another file; `expatdesk backup FILE` copies the database
sys-format-unknown-extension = cannot tell the format of { $path } from its extension
sys-hint-format = name the file .csv or .json, or pass --format csv|json|table
sys-refused-unconfirmed = refused without confirmation: { $question }
sys-hint-pass-y = pass -y to confirm when not at a terminal
sys-cancelled-unconfirmed = cancelled: not confirmed
sys-cancelled = cancelled
sys-cannot-prompt = cannot prompt: { $reason }
sys-missing-values = missing required { $count ->
        [one] value
       *[other] values
    }: { $list }
sys-hint-missing-values = pass them as flags, or run at a terminal without --no-input to be asked
sys-cannot-open-editor = cannot open an editor: { $reason }
sys-cannot-run-editor = cannot run the editor: { $reason }
sys-operator-invisible = --operator (or EXPATDESK_OPERATOR) contains the invisible character { $code }: { $value }
sys-hint-operator-plain = give the operator's name in plain characters, e.g. --operator "Li Wei"
sys-now-not-rfc3339 = { $var } is not an RFC 3339 time ({ $value })
sys-hint-now-example = example: EXPATDESK_NOW=2026-11-27T09:00:00+08:00
sys-now-out-of-range = { $var } ({ $value }) is outside the years 0000–9999 in Shanghai time
sys-hint-now-range = stored times are written YYYY-MM-DDTHH:MM:SS+08:00: pick a moment from 0000-01-01T00:00:00+08:00 to 9999-12-31T23:59:59+08:00
sys-clock-out-of-range = the system clock is outside the years 0000–9999
sys-hint-set-clock = set the system clock, or EXPATDESK_NOW
sys-from-after-to = --from is after --to
sys-hint-swap-dates = swap the two dates
sys-batch-not-found = no batch with id { $id }
sys-hint-batch-list = see `expatdesk batch list`
sys-batch-already-undone = batch { $id } was already undone at { $when }
sys-batch-changed-since = batch { $id } can no longer be undone: { $count ->
        [one] resident
       *[other] residents
    } { $list } changed since the import
sys-hint-batch-changed = undo later batches first, or correct the residents with `expatdesk resident edit`
sys-department-unknown = unknown department ({ $value })
sys-known-departments = known departments: { $list }
sys-phones-unreadable = { $count ->
        [one] 1 stored phone number
       *[other] { $count } stored phone numbers
    } could not be read as E.164 and { $count ->
        [one] was
       *[other] were
    } kept as { $count ->
        [one] it is
       *[other] they are
    }: `expatdesk check` names them
sys-stored-blob = a blob
sys-stored-null = is empty but required
sys-stored-not-text = is not text
sys-stored-int-range = is not a whole number from { $min } to { $max }
sys-stored-not-flag = is not 0 or 1
sys-stored-number-not-text = is a number, not text
sys-stored-not-stored-form = is not in its stored form
sys-stored-not-date = is not a date written YYYY-MM-DD
sys-stored-not-datetime = is not a date-time written YYYY-MM-DDTHH:MM:SS+08:00
sys-stored-not-language = is not an ISO 639-1 language code
sys-stored-not-department-code = is not a department code (2-32 lower-case letters, digits, hyphens)
sys-stored-text-rules = breaks the text rules (control characters, spaces around, length)
sys-stored-not-valid = is not valid
sys-stored-waitlist-positions = waitlist positions are { $positions } rather than 1..{ $count }
sys-stored-session-length = lasts { $minutes } minutes; a session lasts 1 to { $max }
sys-check-column = table { $table }, id { $key }, column { $column }: { $problem } ({ $value })
sys-check-enrolled-position = table enrollments, id course { $course }, resident { $resident }, column position: an enrolled resident has no waitlist position ({ $value })
sys-check-waitlist = table enrollments, course { $course }: { $problem }
sys-check-free-seats = table courses, id { $id }: { $waiting } waitlisted while { $free } of { $capacity } seats are free
sys-check-session = table sessions, id { $id }, column ends_at: { $problem } ({ $value })
sys-scratch-locked = the new temporary file is locked
sys-decode-line-invalid = line { $line }: not valid { $encoding }
sys-guard-record-too-long = line { $line }: a record is too long
sys-guard-field-too-long = line { $line }: a field is too long
## Front desk: today, residents, reports, admin (issue 13)
desk-today-no-csv = today is a dashboard of four lists: it has no CSV form
desk-today-no-csv-hint = use --format json, or the reports: expatdesk report permits|registrations
desk-today-sessions = Today's sessions ({ $date }): { $count }
desk-today-sessions-hint = mark attendance: expatdesk course attend SESSION RESIDENT…
desk-today-nothing = nothing today
desk-today-session = Session { $id }: { $title } { $start }–{ $end }
desk-today-session-at = Session { $id }: { $title } { $start }–{ $end } at { $venue }
desk-today-nobody-enrolled = nobody enrolled
desk-today-permits = Permits expiring within 30 days: { $count }
desk-today-permits-hint = record a renewal: expatdesk resident edit ID --permit-expiry DATE
desk-today-registrations = Residence registrations due: { $count }
desk-today-registrations-hint = record one: expatdesk resident register-residence ID
desk-today-feedback = Feedback overdue or due within 7 days: { $count }
desk-today-feedback-hint = act on it: expatdesk feedback forward|respond ID
desk-today-more = and { $count } more: `{ $command }`
desk-resident-not-found = no resident with id { $id }
desk-hint-find-id = find the id with `expatdesk resident find NAME`
desk-resident-erased-edit = resident { $id } was erased and cannot be edited
desk-resident-erased-move-out = resident { $id } was erased and cannot move out
desk-resident-erased-register = resident { $id } was erased and cannot register a residence
desk-resident-erased-erase = resident { $id } was erased and cannot be erased again
desk-resident-erased-cannot = resident { $id } was erased and cannot { $action }
desk-hint-show = see `expatdesk resident show { $id }`
desk-hint-show-allow-duplicate = see `expatdesk resident show { $id }`; pass --allow-duplicate if they are different people
desk-duplicate-external-id = resident { $id } has the same external_id
desk-duplicate-passport = resident { $id } has the same passport number and nationality
desk-duplicate-likely = resident { $id } is likely the same person (same name and nationality, and the same birth date or, without one, the same community)
desk-duplicate-what-external-id = has the same external_id
desk-duplicate-what-passport = has the same passport number and nationality
desk-duplicate-what-likely = is likely the same person (same name and nationality, and the same birth date or, without one, the same community)
desk-erase-already = resident { $id } is already erased; nothing changed
desk-erase-confirm = erase every personal field of resident { $id } ({ $name }) for good?
desk-erase-wal-busy = another process has the database open: old copies of the erased values stay in its write-ahead log until every expatdesk closes it
desk-erased = erased resident { $id }: { $feedback } feedback { $feedback ->
        [one] item
       *[other] items
    } kept anonymous, left { $courses } upcoming { $courses ->
        [one] course
       *[other] courses
    }
desk-edit-nothing-given = nothing to change: give at least one --FIELD VALUE
desk-edit-nothing-given-hint = see `expatdesk resident edit --help` for the fields
desk-edit-unchanged = resident { $id }: nothing changed
desk-edit-changed = resident { $id }: changed { $fields }
desk-move-out-already = resident { $id } already moved out on { $date }
desk-moved-out = resident { $id } moved out on { $date }
desk-on-not-a-date = --on: is not a real date ({ $value })
desk-hint-date-format = write dates as YYYY-MM-DD
desk-on-future = --on: is in the future ({ $date })
desk-register-not-active = resident { $id } is { $status }: only active residents register a residence
desk-registered = resident { $id }: residence registered on { $date }
desk-register-still-due = the registration is still due ({ $reason }): it predates the arrival date
desk-list-none-match = no residents match these filters
desk-list-none-yet = no residents yet; register one with `expatdesk resident add`
desk-filter-not-known = { $flag }: is not known ({ $value })
desk-did-you-mean = did you mean { $suggestions }?
desk-import-rejects-is-input = --rejects must not be the input file
desk-import-no-rows = { $file }: the file has a header but no rows; nothing imported
desk-batch-none = none
desk-import-summary = { $mode ->
        [dry-run] dry run, nothing written: would have { $file }
       *[done] imported { $file }
    }: { $inserted } inserted, { $updated } updated, { $skipped } skipped, { $rejected } rejected; batch { $batch }
desk-subject-not-csv = a subject export is one JSON document, not CSV
desk-subject-not-table = a subject export is one JSON document, not a table
desk-subject-format-hint = drop --format, or pass --format json (and name an -o file .json)
desk-subject-exported = exported everything held about resident { $id } to { $file }
desk-exported = exported { $count } { $count ->
        [one] resident
       *[other] residents
    } to { $file }
desk-export-none = no residents to export
desk-find-none = no resident matches { $text }
desk-no-communities = there are no communities yet
desk-no-communities-hint = add one with `expatdesk community add NAME`
desk-required = { $field }: is required
desk-community-exists = community { $name } already exists (id { $id })
desk-resident-added = added resident { $id }: { $name }
desk-community-added = added community { $id }: { $name }
desk-community-none = no communities yet; add one with `expatdesk community add NAME`
desk-community-not-found = no community { $name }
desk-community-renamed = renamed community { $old } to { $new }
desk-department-bad-code = code: must be 2-32 lower-case letters, digits or hyphens ({ $value })
desk-department-exists = department { $code } already exists
desk-department-short-taken = --short-name-zh: already names department { $code } ({ $value })
desk-department-added = added department { $id }: { $code }
desk-department-none = no departments; add one with `expatdesk department add CODE`
desk-batch-none-yet = no imports yet; see `expatdesk resident import --help`
desk-batch-undone = undid batch { $id }: { $removed } { $removed ->
        [one] resident
       *[other] residents
    } removed, { $restored } restored
desk-audit-none-match = no audit entries match these filters
desk-audit-empty = the audit log is empty
desk-backup-damaged = { $file } is damaged ({ $verdict }): no backup was written
desk-backup-damaged-hint = run `expatdesk check`, and restore the latest good backup
desk-backed-up = backed up { $from } to { $to }
desk-copy-same = --from and --to name the same database
desk-copy-target-not-empty = the target database already holds { $count ->
        [one] 1 row
       *[other] { $count } rows
    } of residents, courses, feedback or notices: nothing was copied
desk-copy-target-not-empty-hint = copy into a new SQLite file, or into a new PostgreSQL database (createdb, then `expatdesk --db ADDRESS init`)
desk-copied = copied { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    } of { $tables } tables from { $from } to { $to }
desk-check-integrity = integrity check: { $problem }
desk-check-integrity-stopped = the integrity check stopped: { $error }
desk-check-foreign-key = foreign key check: table { $table }, id { $id }: points to a row that does not exist
desk-check-foreign-key-stopped = the foreign key check stopped: { $error }
desk-check-more-values = … and { $count } more stored { $count ->
        [one] value
       *[other] values
    }
desk-check-ok = { $file }: integrity ok, foreign keys ok, stored values ok, schema version { $version } of { $latest }
desk-check-values-hint = these values were written behind expatdesk's back (by sqlite3, another program or an older copy): correct or remove them, e.g. `expatdesk resident edit ID --FIELD VALUE`
desk-check-values-restore-hint = or restore the latest good copy made with `expatdesk backup FILE`
desk-check-damaged-hint = the database is damaged: restore the latest copy made with `expatdesk backup FILE`
desk-demo-not-demo = { $file } exists and is not a demo database: not replacing it
desk-demo-not-demo-hint = name another file with --db
desk-demo-ready = demo database ready at { $file }: { $communities } communities, { $residents } residents, { $courses } courses, { $feedback } feedback items, { $notices } notices
desk-demo-look-around = Look around:
desk-demo-set-env = or set EXPATDESK_DB={ $file } and leave out --db.
desk-init-ready = database ready at { $file } (schema version { $version })
desk-init-demo-not-empty = the database already has data: the demo goes only into an empty one
desk-init-demo-not-empty-hint = use `expatdesk demo --db NEW_FILE` for a separate demo database
desk-init-demo-loaded = loaded the demo: { $communities } communities, { $residents } residents, { $courses } courses, { $feedback } feedback items, { $notices } notices
desk-manpages-not-folder = { $dir } is not a folder
desk-manpages-not-folder-hint = create it first, e.g. `mkdir -p man/man1`
desk-manpages-written = { $count } manual { $count ->
        [one] page
       *[other] pages
    } written to { $dir }
desk-report-chart-table-only = --chart draws in the terminal: it needs --format table
desk-report-chart-table-only-hint = drop --chart for CSV or JSON
desk-report-feedback-none = no feedback received in that range: log some with expatdesk feedback log
desk-report-month-invalid = --month: is not a month ({ $value })
desk-report-month-hint = write YYYY-MM, e.g. 2026-10, or last
desk-report-permits-none = no permit expires within { $days } { $days ->
        [one] day
       *[other] days
    }
desk-report-attendance-none = no one is enrolled in course { $course }
desk-report-courses-none = no courses; add one with `expatdesk course add`
desk-report-registrations-none = no residence registration is due
desk-report-residents-none = no active residents; register one with `expatdesk resident add`
desk-report-chart-stdout-only = --chart draws on stdout only
desk-report-chart-stdout-only-hint = drop --chart to write the report with --format or -o
desk-register-moved-out = resident { $id } is moved-out: only active residents register a residence
desk-metric-new_registrations = new_registrations
desk-metric-moved_out = moved_out
desk-metric-active_residents = active_residents
desk-metric-nationalities = nationalities
desk-metric-sessions_held = sessions_held
desk-metric-events_held = events_held
desk-metric-participants = participants
desk-metric-attendances = attendances
desk-metric-feedback_received = feedback_received
desk-metric-feedback_closed = feedback_closed
desk-metric-feedback_overdue = feedback_overdue
desk-metric-median_response_days = median_response_days
## Courses, feedback and notices (issue 13)
svc-resident-cannot-enroll = resident { $id } is { $status } and cannot enroll
svc-resident-cannot-walk-in = resident { $id } is { $status } and cannot walk in
svc-course-is-cancelled = course { $id } is cancelled
svc-enroll-already-enrolled = resident { $id } is already enrolled in course { $course }; unchanged
svc-enroll-already-waitlisted = resident { $id } is already on the waitlist of course { $course } at position { $position }; unchanged
svc-enroll-nobody = nobody enrolled
svc-drop-not-on-roster = resident { $id } is not on the roster of course { $course }
svc-hint-course-show-roster = `expatdesk course show { $course }` lists its roster
svc-dropped = dropped resident { $id } from course { $course }
svc-promoted = resident { $id } moved from the waitlist to a seat
svc-session-is-cancelled = session { $id } is cancelled
svc-resident-was-erased = resident { $id } was erased
svc-attend-only-waitlisted = resident { $id } is only on the waitlist of course { $course }
svc-attend-not-enrolled = resident { $id } is not enrolled in course { $course }
svc-attend-hint-walk-in = enroll them first, or pass { $flag }
svc-walk-in-enrolled = resident { $id } enrolled as a walk-in
svc-walk-in-from-waitlist = resident { $id } moved from the waitlist (position { $position }) to a seat as a walk-in
svc-attend-nobody = nobody marked
svc-course-already-cancelled = course { $id } is already cancelled
svc-session-not-of-course = session { $id } is not a session of course { $course }
svc-hint-session-belongs = it belongs to course { $course }
svc-session-already-cancelled = session { $id } is already cancelled
svc-cancelled-session = cancelled session { $id } of course { $course }
svc-cancelled-course = cancelled { $kind } { $id }: { $title } with { $open } scheduled { $open ->
        [one] session
       *[other] sessions
    }
svc-not-a-datetime = { $flag }: is not a date and time ({ $value })
svc-hint-datetime = write it as "YYYY-MM-DD HH:MM", Shanghai time
svc-reschedule-course-cancelled = session { $id } cannot be rescheduled: its course is cancelled
svc-reschedule-session-cancelled = session { $id } cannot be rescheduled: it is cancelled
svc-rescheduled = rescheduled session { $id }
svc-not-on-roster = resident { $id } is neither enrolled nor waitlisted in this course
svc-hint-course-show-any = `expatdesk course show COURSE` lists the roster
svc-fb-allowed-none = none (closed is final)
svc-fb-cannot-forward = feedback { $id } is { $status }: it cannot be forwarded
svc-fb-cannot-respond = feedback { $id } is { $status }: it cannot be responded to
svc-fb-cannot-close = feedback { $id } is { $status }: it cannot be closed
svc-fb-allowed = allowed actions: { $allowed }
svc-fb-close-needs-via = feedback { $id } is responded: closing it needs { $via } CHANNEL or { $note }
svc-fb-close-needs-via-hint = { $via } says how the resident was told the answer; { $note } why they were not
svc-fb-close-needs-note = feedback { $id } is { $status } (no response): closing it needs { $note }
svc-fb-close-needs-note-hint = say with { $note } why it is closed without a response
svc-fb-close-nothing-to-inform = feedback { $id } is { $status }: there is no response to inform about ({ $via })
svc-fb-close-nothing-to-inform-hint = respond first, or close with { $note } only
svc-fb-forwarded = feedback { $id }: { $from } → { $to } ({ $department })
svc-fb-moved = feedback { $id }: { $from } → { $to }
svc-fb-sla-set = new feedback is now due after { $days } { $days ->
        [one] day
       *[other] days
    }
svc-fb-resident-or-anonymous = { $resident } or { $anonymous }
svc-fb-no-resident = no resident with id { $id }
svc-fb-no-resident-hint = find them with expatdesk resident find TEXT, or log with { $anonymous }
svc-fb-resident-erased = resident { $id } is erased: feedback cannot be linked to them
svc-fb-resident-erased-hint = log it with { $anonymous }
svc-fb-hint-received-at = write "YYYY-MM-DD HH:MM" (Shanghai time) or RFC 3339
svc-fb-unknown-language = { $flag }: unknown language ({ $value })
svc-fb-unknown-language-hint = give an ISO 639-1 code such as en, zh, de, or the English name
svc-fb-logged = logged feedback { $id }, due { $due }
svc-fb-body-too-large = { $flag }: { $path } is larger than 64 KiB
svc-notice-ja-together = { $title } and { $body } go together: give both or neither
svc-notice-added = added notice { $id }: { $title }
svc-notice-ask-title-en = Title (English)
svc-notice-ask-title-zh = Title (Chinese)
svc-notice-ask-body-en = Text (English)
svc-notice-ask-body-zh = Text (Chinese)
svc-notice-unknown-community = { $flag }: is not a known community ({ $value })
svc-did-you-mean = did you mean { $guesses }?
svc-notice-unknown-country = { $flag }: is not a known country ({ $value })
svc-notice-country-hint = give an ISO 3166-1 code (DE, DEU) or the English or Chinese name
svc-notice-none = no notices yet; publish one with `expatdesk notice add`
svc-notice-no-recipients = no active resident in this notice's audience has consented to be contacted
svc-notice-not-found = no notice { $id }
svc-notice-not-found-hint = see the notices with `expatdesk notice list`
svc-duration-examples = write a duration like 45m, 90m, 1h30m or 2h
svc-duration-invalid = duration ({ $value }): { $problem }
svc-duration-minutes-under-60 = the minutes after the hours must be under 60
svc-duration-at-least-1 = must be at least 1 minute
svc-duration-at-most-24h = must be at most 24h
svc-duration-at-most-24h-hint = a longer event is one session per day: use { $flag }
svc-duration-not-a-duration = is not a duration
svc-recur-past-9999 = { $flag } ({ $value }): the sessions would run past the year 9999
svc-recur-duration-range = duration ({ $minutes } minutes): must be 1 minute to 24h
svc-recur-count-and-until = { $count } and { $until } cannot be combined
svc-recur-count-and-until-hint = give { $count } for a number of sessions, or { $until } for an end date
svc-recur-needs-repeat = { $count } and { $until } need { $daily } or { $weekly }
svc-recur-needs-repeat-hint = a single session needs neither; to repeat, add { $weekly }
svc-recur-needs-count = { $repeat } needs { $count } or { $until }
svc-recur-needs-count-hint = example: { $count }, or { $until }
svc-recur-count-zero = { $flag }: must be at least 1
svc-recur-until-before = { $flag } ({ $until }): is before the first session on { $first }
svc-recur-too-many = { $what }: gives more than { $max } sessions
svc-recur-too-many-hint = use an earlier { $until } or a smaller { $count }, or split the course in two
svc-recur-skip-stray = { $flag } ({ $dates }): not a session date
svc-recur-skip-all = { $flag }: every session is skipped
svc-recur-skip-all-hint = a course needs at least one session
svc-recur-dates-weekly = the sessions fall every { $weekday } from { $first } to { $last }
svc-recur-dates-daily = the sessions fall every day from { $first } to { $last }
svc-recur-dates-one = the only session is on { $first }
svc-recur-dates-none = there are no sessions
svc-clash-venue = { $new } overlaps { $existing } in the same venue ({ $value })
svc-clash-instructor = { $new } overlaps { $existing } with the same instructor ({ $value })
svc-slot-session = session { $id } "{ $title }" on { $time }
svc-slot-line = "{ $title }" (line { $line }) on { $time }
svc-slot = "{ $title }" on { $time }
svc-course-unknown-language = { $flag }: is not a known language ({ $value })
svc-clashes-allowed = { $count } { $count ->
        [one] clash
       *[other] clashes
    } allowed by { $flag }
svc-clashes-more = … and { $count } more { $count ->
        [one] clash
       *[other] clashes
    }
svc-clashes-hint = choose another time, venue or instructor, or pass { $flag }
svc-course-added = added { $kind } { $id }: { $title } with { $sessions } { $sessions ->
        [one] session
       *[other] sessions
    }
svc-import-unknown-language = is not a known language
svc-import-not-a-datetime = is not a date and time ("YYYY-MM-DD HH:MM")
svc-import-bad-minutes = is not a whole number of minutes from 1 to 1440
svc-import-until-and-count = cannot be given together with count
svc-import-dry-run = dry run: { $courses } { $courses ->
        [one] course
       *[other] courses
    } with { $sessions } { $sessions ->
        [one] session
       *[other] sessions
    } would be imported; nothing written
svc-import-done = imported { $courses } { $courses ->
        [one] course
       *[other] courses
    } with { $sessions } { $sessions ->
        [one] session
       *[other] sessions
    }
svc-import-empty = the file has no courses
svc-schedule-reversed = --to ({ $to }) is before --from ({ $from })
svc-schedule-reversed-hint = give --to on or after --from
svc-schedule-none-between = no sessions from { $from } to { $to }
svc-schedule-none = no sessions in these dates
svc-ics-none = { $nothing }: no calendar written
svc-ics-none-kept = { $nothing }: no calendar written ({ $path } left as it was)
svc-ics-wrote = wrote { $count ->
        [one] 1 session
       *[other] { $count } sessions
    } to { $path }
svc-export-no-enrollments = no enrollments to export
svc-export-no-attendance = no attendance marks to export
svc-exported-enrollments = exported { $count } { $count ->
        [one] enrollment
       *[other] enrollments
    } to { $path }
svc-exported-attendance = exported { $count } attendance { $count ->
        [one] mark
       *[other] marks
    } to { $path }
svc-export-no-courses = no courses to export
svc-exported-courses = exported { $count } { $count ->
        [one] course
       *[other] courses
    } to { $path }
svc-course-no-sessions = course { $id } has no sessions
svc-course-none = no courses: add one with `expatdesk course add`
svc-course-code-exists = a course with code { $code } already exists
svc-course-not-found = no course with id { $id }
svc-course-not-found-hint = see `expatdesk course list`
svc-session-not-found = no session with id { $id }
svc-session-not-found-hint = `expatdesk course show COURSE` lists its sessions with their ids
svc-fb-list-no-match = no feedback matches these filters
svc-fb-list-none = no feedback yet: log one with `expatdesk feedback log`
svc-fb-export-none-with = no feedback is with { $department }
svc-fb-export-none = no feedback to export
svc-fb-exported = exported { $count } feedback { $count ->
        [one] item
       *[other] items
    } to { $path }
svc-fb-import-dry-run = dry run: { $count } feedback { $count ->
        [one] item
       *[other] items
    } would be imported; nothing written
svc-fb-imported = imported { $count } feedback { $count ->
        [one] item
       *[other] items
    }
svc-fb-import-empty = the file has no feedback
svc-csv-required = is required
svc-csv-not-a-datetime = is not a date and time ("YYYY-MM-DD HH:MM" or RFC 3339)
svc-csv-unknown-department = is not a known department
svc-csv-unknown-department-hint = is not a known department; { $hint }
svc-csv-erased-resident = is an erased resident
svc-csv-unknown-resident = is not a known resident
svc-csv-needs-department = is required when status is forwarded
svc-csv-needs-response = is required when status is responded
svc-fb-not-found = no feedback with id { $id }
svc-fb-not-found-hint = list them with expatdesk feedback list
svc-audience-everyone = everyone
svc-audience-communities = communities: { $names }
svc-audience-nationalities = nationalities: { $codes }
svc-audience-separator = { "; " }

## clap's usage errors (the Chinese side is shown; English keeps clap's own text)
sys-clap-unknown-argument = unexpected argument '{ $arg }' found
sys-clap-unknown-command = unrecognized subcommand '{ $command }'
sys-clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
sys-clap-value-refused = invalid value '{ $value }' for '{ $arg }': { $reason }
sys-clap-not-whole-number = not a whole number
sys-clap-missing-argument = the following required arguments were not provided: { $list }
sys-clap-conflict = the argument '{ $arg }' cannot be used with '{ $prior }'
sys-clap-possible-values = [possible values: { $list }]
sys-clap-similar-argument = tip: a similar argument exists: '{ $arg }'
sys-clap-similar-command = tip: a similar subcommand exists: '{ $command }'
sys-clap-more-help = For more information, try '--help'.
sys-clap-used-twice = the argument '{ $arg }' cannot be used multiple times
value-note-default = [default: { $list }]
value-note-possible = [possible values: { $list }]
value-note-env = [env: { $var }]
prompt-yes = yes
prompt-no = no
sys-db-url-password = --db: the address carries a password, which would be kept in shell histories and process lists
sys-hint-db-url-password = leave it out of the address: set PGPASSWORD, or put it in ~/.pgpass (host:port:database:user:password, mode 0600)
sys-db-url-no-root-cert = --db: sslmode={ $mode } checks the server's certificate, and its root certificate was not found
sys-hint-db-url-root-cert = put the server's root certificate in ~/.postgresql/root.crt, or name its file in PGSSLROOTCERT
sys-db-url-unreadable = --db: not a PostgreSQL address this program can read: { $reason }
sys-hint-db-url = write it as postgres://USER@HOST[:PORT]/DATABASE
sys-db-server-unreachable = cannot reach the database server { $server }: { $reason }
sys-hint-db-server-unreachable = check that the server runs and that this PC may connect to it (host, port, pg_hba.conf)
sys-db-server-login = the database server { $server } refused the login: { $reason }
sys-hint-db-server-login = set PGPASSWORD or add the password to ~/.pgpass; the administrator creates the role and the database (README, "Shared database")
sys-db-server-lost = the connection to the database server was lost: { $reason }
sys-hint-db-server-lost = nothing of the interrupted command was saved; run it again when the server is back
sys-db-server-no-schema = the database { $server } has no expatdesk tables yet
sys-hint-db-server-init = create them with: expatdesk --db { $server } init
sys-db-foreign-server = the database { $server } holds tables of another program
sys-hint-db-foreign-server = give expatdesk a database of its own: createdb -O ROLE expatdesk
report-unknown = (unknown)
report-none = (none)
col-short_name_zh = Short Chinese name
progress-checking = checking
progress-importing = importing
col-roster = Roster
col-feedback_id = Feedback
