
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'expatdesk' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'expatdesk'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'expatdesk' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('resident', 'resident', [CompletionResultType]::ParameterValue, 'Register, find, view and edit residents')
            [CompletionResult]::new('course', 'course', [CompletionResultType]::ParameterValue, 'Culture courses and events: sessions, enrollment, attendance')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Every session in a date range, as an agenda or an iCalendar file')
            [CompletionResult]::new('enrollment', 'enrollment', [CompletionResultType]::ParameterValue, 'Enrollments of every course')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Attendance marks of every session')
            [CompletionResult]::new('feedback', 'feedback', [CompletionResultType]::ParameterValue, 'Residents'' comments and demands: forward, answer, close')
            [CompletionResult]::new('notice', 'notice', [CompletionResultType]::ParameterValue, 'Bilingual notices and who receives them')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports for the town office, in fixed CSV columns')
            [CompletionResult]::new('today', 'today', [CompletionResultType]::ParameterValue, 'The front-desk dashboard: today''s sessions, permits, registrations, feedback')
            [CompletionResult]::new('community', 'community', [CompletionResultType]::ParameterValue, 'Manage the residential communities')
            [CompletionResult]::new('department', 'department', [CompletionResultType]::ParameterValue, 'Manage the departments feedback is forwarded to')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Past imports, and undoing one')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of every change')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or upgrade) a database')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a database of realistic sample data to try everything')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database to FILE, a consistent SQLite snapshot')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole database between SQLite and PostgreSQL')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the database''s integrity, foreign keys and schema version')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('manpages', 'manpages', [CompletionResultType]::ParameterValue, 'Write a manual page for every command into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;resident' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a new resident (asks for what is missing at a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List residents, active ones by default')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Search names, Chinese name, phone, e-mail, WeChat, external id, passport or permit number')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one resident (passport and permit numbers masked unless --reveal)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a resident: --FIELD VALUE (an empty VALUE clears it)')
            [CompletionResult]::new('move-out', 'move-out', [CompletionResultType]::ParameterValue, 'Record that a resident moved out')
            [CompletionResult]::new('register-residence', 'register-residence', [CompletionResultType]::ParameterValue, 'Record a residence registration with the police')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase a resident''s personal data for good (an anonymous record stays)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import residents from CSV: validated, all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export residents as CSV in the import schema')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;resident;add' {
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The center''s own id for the resident (unique)')
            [CompletionResult]::new('--family-name', '--family-name', [CompletionResultType]::ParameterName, 'Family name (required)')
            [CompletionResult]::new('--given-name', '--given-name', [CompletionResultType]::ParameterName, 'Given name(s)')
            [CompletionResult]::new('--chinese-name', '--chinese-name', [CompletionResultType]::ParameterName, 'Chinese name')
            [CompletionResult]::new('--nationality', '--nationality', [CompletionResultType]::ParameterName, 'Nationality: ISO code (DE, DEU), English, Chinese or everyday name (UK, 韩国) (required)')
            [CompletionResult]::new('--gender', '--gender', [CompletionResultType]::ParameterName, 'female, male, other or unspecified')
            [CompletionResult]::new('--birth-date', '--birth-date', [CompletionResultType]::ParameterName, 'YYYY-MM-DD')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone: +country code, an 11-digit mainland mobile or 0 + area code; stored as E.164 (+86…)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address')
            [CompletionResult]::new('--wechat', '--wechat', [CompletionResultType]::ParameterName, 'WeChat id')
            [CompletionResult]::new('--community', '--community', [CompletionResultType]::ParameterName, 'Residential community, English or Chinese name (required; see `community list`)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address inside the community (building, floor, flat)')
            [CompletionResult]::new('--languages', '--languages', [CompletionResultType]::ParameterName, 'Languages, `;`-separated, preferred first: ISO 639-1 codes or names (en, English, 英语, 普通话)')
            [CompletionResult]::new('--arrival-date', '--arrival-date', [CompletionResultType]::ParameterName, 'YYYY-MM-DD')
            [CompletionResult]::new('--residence-registered-on', '--residence-registered-on', [CompletionResultType]::ParameterName, 'Date of the last residence registration with the police')
            [CompletionResult]::new('--permit-type', '--permit-type', [CompletionResultType]::ParameterName, 'work, study, family, residence, business, other or none')
            [CompletionResult]::new('--permit-number', '--permit-number', [CompletionResultType]::ParameterName, 'Residence permit number (stored, shown masked)')
            [CompletionResult]::new('--permit-expiry', '--permit-expiry', [CompletionResultType]::ParameterName, 'YYYY-MM-DD')
            [CompletionResult]::new('--passport-number', '--passport-number', [CompletionResultType]::ParameterName, 'Passport number (stored, shown masked)')
            [CompletionResult]::new('--consent-contact', '--consent-contact', [CompletionResultType]::ParameterName, 'yes or no: consent to receive notices')
            [CompletionResult]::new('--consent-share', '--consent-share', [CompletionResultType]::ParameterName, 'yes or no: consent to pass their identity on with forwarded feedback')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'active or moved-out')
            [CompletionResult]::new('--moved-out-on', '--moved-out-on', [CompletionResultType]::ParameterName, 'YYYY-MM-DD')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free notes for the desk')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Register even if a resident with the same name and nationality exists')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;resident;list' {
            [CompletionResult]::new('--community', '--community', [CompletionResultType]::ParameterName, 'Only this community (English or Chinese name)')
            [CompletionResult]::new('--nationality', '--nationality', [CompletionResultType]::ParameterName, 'Only this nationality (code, name or everyday name: DE, Germany, 德国, UK, 韩国)')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Only residents who speak this language (code or name: de, German, 德语, Mandarin)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which residents [default: active]')
            [CompletionResult]::new('--permit-expiring', '--permit-expiring', [CompletionResultType]::ParameterName, 'Only permits expiring within DAYS from today (expired ones included)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only residents matching TEXT, as `resident find`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--registration-due', '--registration-due', [CompletionResultType]::ParameterName, 'Only active residents whose residence registration is due, with the reason')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;resident;find' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;resident;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show passport and permit numbers in full (recorded in the audit log)')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;resident;edit' {
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The center''s own id for the resident (unique)')
            [CompletionResult]::new('--family-name', '--family-name', [CompletionResultType]::ParameterName, 'Family name (required)')
            [CompletionResult]::new('--given-name', '--given-name', [CompletionResultType]::ParameterName, 'Given name(s)')
            [CompletionResult]::new('--chinese-name', '--chinese-name', [CompletionResultType]::ParameterName, 'Chinese name')
            [CompletionResult]::new('--nationality', '--nationality', [CompletionResultType]::ParameterName, 'Nationality: ISO code (DE, DEU), English, Chinese or everyday name (UK, 韩国) (required)')
            [CompletionResult]::new('--gender', '--gender', [CompletionResultType]::ParameterName, 'female, male, other or unspecified')
            [CompletionResult]::new('--birth-date', '--birth-date', [CompletionResultType]::ParameterName, 'YYYY-MM-DD')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone: +country code, an 11-digit mainland mobile or 0 + area code; stored as E.164 (+86…)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address')
            [CompletionResult]::new('--wechat', '--wechat', [CompletionResultType]::ParameterName, 'WeChat id')
            [CompletionResult]::new('--community', '--community', [CompletionResultType]::ParameterName, 'Residential community, English or Chinese name (required; see `community list`)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address inside the community (building, floor, flat)')
            [CompletionResult]::new('--languages', '--languages', [CompletionResultType]::ParameterName, 'Languages, `;`-separated, preferred first: ISO 639-1 codes or names (en, English, 英语, 普通话)')
            [CompletionResult]::new('--arrival-date', '--arrival-date', [CompletionResultType]::ParameterName, 'YYYY-MM-DD')
            [CompletionResult]::new('--residence-registered-on', '--residence-registered-on', [CompletionResultType]::ParameterName, 'Date of the last residence registration with the police')
            [CompletionResult]::new('--permit-type', '--permit-type', [CompletionResultType]::ParameterName, 'work, study, family, residence, business, other or none')
            [CompletionResult]::new('--permit-number', '--permit-number', [CompletionResultType]::ParameterName, 'Residence permit number (stored, shown masked)')
            [CompletionResult]::new('--permit-expiry', '--permit-expiry', [CompletionResultType]::ParameterName, 'YYYY-MM-DD')
            [CompletionResult]::new('--passport-number', '--passport-number', [CompletionResultType]::ParameterName, 'Passport number (stored, shown masked)')
            [CompletionResult]::new('--consent-contact', '--consent-contact', [CompletionResultType]::ParameterName, 'yes or no: consent to receive notices')
            [CompletionResult]::new('--consent-share', '--consent-share', [CompletionResultType]::ParameterName, 'yes or no: consent to pass their identity on with forwarded feedback')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'active or moved-out')
            [CompletionResult]::new('--moved-out-on', '--moved-out-on', [CompletionResultType]::ParameterName, 'YYYY-MM-DD')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'Free notes for the desk')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Allow the change even if it makes a likely duplicate of another resident')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;resident;move-out' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Move-out date, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;resident;register-residence' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'Date of the registration, YYYY-MM-DD [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;resident;erase' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;resident;import' {
            [CompletionResult]::new('--on-conflict', '--on-conflict', [CompletionResultType]::ParameterName, 'What to do with a row that matches a stored resident')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Encoding of the file')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'CSV file for the rejected rows, with an added `error` column')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and report what would happen; write nothing')
            [CompletionResult]::new('--allow-duplicate', '--allow-duplicate', [CompletionResultType]::ParameterName, 'Do not treat same name + nationality (+ birth date or community) as the same person')
            [CompletionResult]::new('--create-communities', '--create-communities', [CompletionResultType]::ParameterName, 'Create communities the file names that do not exist yet')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Import the valid rows; write the invalid ones to --rejects')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;resident;export' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Which residents [default: all; erased residents are never exported]')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Everything held about one resident, as one JSON document (audited)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--include-sensitive', '--include-sensitive', [CompletionResultType]::ParameterName, 'Include passport and permit numbers (recorded in the audit log)')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;resident;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a new resident (asks for what is missing at a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List residents, active ones by default')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Search names, Chinese name, phone, e-mail, WeChat, external id, passport or permit number')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one resident (passport and permit numbers masked unless --reveal)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a resident: --FIELD VALUE (an empty VALUE clears it)')
            [CompletionResult]::new('move-out', 'move-out', [CompletionResultType]::ParameterValue, 'Record that a resident moved out')
            [CompletionResult]::new('register-residence', 'register-residence', [CompletionResultType]::ParameterValue, 'Record a residence registration with the police')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase a resident''s personal data for good (an anonymous record stays)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import residents from CSV: validated, all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export residents as CSV in the import schema')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;resident;help;add' {
            break
        }
        'expatdesk;resident;help;list' {
            break
        }
        'expatdesk;resident;help;find' {
            break
        }
        'expatdesk;resident;help;show' {
            break
        }
        'expatdesk;resident;help;edit' {
            break
        }
        'expatdesk;resident;help;move-out' {
            break
        }
        'expatdesk;resident;help;register-residence' {
            break
        }
        'expatdesk;resident;help;erase' {
            break
        }
        'expatdesk;resident;help;import' {
            break
        }
        'expatdesk;resident;help;export' {
            break
        }
        'expatdesk;resident;help;help' {
            break
        }
        'expatdesk;course' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a course or event and its sessions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List courses with their next session and enrolled/capacity')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A course, its sessions (with ids) and its roster with waitlist positions')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move one session (checked for clashes)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a whole course, or one session of it')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Enroll residents: a seat while seats remain, then the waitlist')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop a resident; the first on the waitlist gets the seat')
            [CompletionResult]::new('attend', 'attend', [CompletionResultType]::ParameterValue, 'Mark attendance at a session')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import courses from CSV: validated, all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export course definitions as CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;course;add' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title (English)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'language, calligraphy, painting, tea, cuisine, music, martial-arts, festival, history, crafts or other')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First session, "YYYY-MM-DD HH:MM" (Shanghai time)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Length of a session: 90m, 1h30m, 2h')
            [CompletionResult]::new('--repeat', '--repeat', [CompletionResultType]::ParameterName, 'How sessions repeat')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Number of occurrences, counted before --skip dates are removed')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last date sessions may fall on (inclusive)')
            [CompletionResult]::new('--skip', '--skip', [CompletionResultType]::ParameterName, 'Dates without a session (holidays); repeatable')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'course or event')
            [CompletionResult]::new('--venue', '--venue', [CompletionResultType]::ParameterName, 'Where it takes place')
            [CompletionResult]::new('--instructor', '--instructor', [CompletionResultType]::ParameterName, 'Who teaches or leads it')
            [CompletionResult]::new('--capacity', '--capacity', [CompletionResultType]::ParameterName, 'Seats (0 = unlimited)')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of instruction (ISO 639-1 code or name: en, English, 英语)')
            [CompletionResult]::new('--title-zh', '--title-zh', [CompletionResultType]::ParameterName, 'Title in Chinese')
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'A unique short code, e.g. MAN-101')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A few sentences for residents (shown in calendars)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--allow-conflict', '--allow-conflict', [CompletionResultType]::ParameterName, 'Create the sessions even where they clash with others')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;course;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only courses with a session on or after this date (YYYY-MM-DD)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only courses with a session on or before this date (YYYY-MM-DD)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category (language, calligraphy, painting, tea, …)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only courses with this status [default: all]')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;course;show' {
            [CompletionResult]::new('--ics', '--ics', [CompletionResultType]::ParameterName, 'Write the course''s sessions as an iCalendar (.ics) file instead of printing the course')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;course;reschedule' {
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'New start, "YYYY-MM-DD HH:MM" (Shanghai time)')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'New length: 90m, 1h30m, 2h [default: the session''s current length]')
            [CompletionResult]::new('--venue', '--venue', [CompletionResultType]::ParameterName, 'Move the session to this venue (the other sessions keep theirs)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--allow-conflict', '--allow-conflict', [CompletionResultType]::ParameterName, 'Move the session even where it clashes with another')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;course;cancel' {
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'Cancel only this session of the course (see `course show COURSE`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;course;enroll' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;course;drop' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;course;attend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--absent', '--absent', [CompletionResultType]::ParameterName, 'Mark them absent instead of present')
            [CompletionResult]::new('--walk-in', '--walk-in', [CompletionResultType]::ParameterName, 'Enroll anyone not enrolled yet (beyond capacity if need be) and mark them present')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;course;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything, clashes included, and write nothing')
            [CompletionResult]::new('--allow-conflict', '--allow-conflict', [CompletionResultType]::ParameterName, 'Create the sessions even where they clash with others')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;course;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;course;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a course or event and its sessions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List courses with their next session and enrolled/capacity')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A course, its sessions (with ids) and its roster with waitlist positions')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move one session (checked for clashes)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a whole course, or one session of it')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Enroll residents: a seat while seats remain, then the waitlist')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop a resident; the first on the waitlist gets the seat')
            [CompletionResult]::new('attend', 'attend', [CompletionResultType]::ParameterValue, 'Mark attendance at a session')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import courses from CSV: validated, all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export course definitions as CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;course;help;add' {
            break
        }
        'expatdesk;course;help;list' {
            break
        }
        'expatdesk;course;help;show' {
            break
        }
        'expatdesk;course;help;reschedule' {
            break
        }
        'expatdesk;course;help;cancel' {
            break
        }
        'expatdesk;course;help;enroll' {
            break
        }
        'expatdesk;course;help;drop' {
            break
        }
        'expatdesk;course;help;attend' {
            break
        }
        'expatdesk;course;help;import' {
            break
        }
        'expatdesk;course;help;export' {
            break
        }
        'expatdesk;course;help;help' {
            break
        }
        'expatdesk;schedule' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day (YYYY-MM-DD) [default: today]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day, inclusive (YYYY-MM-DD) [default: today + 30 days]')
            [CompletionResult]::new('--ics', '--ics', [CompletionResultType]::ParameterName, 'Write the sessions as an iCalendar (.ics) file instead of printing them')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;enrollment' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export as CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;enrollment;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;enrollment;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export as CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;enrollment;help;export' {
            break
        }
        'expatdesk;enrollment;help;help' {
            break
        }
        'expatdesk;attendance' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export as CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;attendance;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;attendance;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export as CSV')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;attendance;help;export' {
            break
        }
        'expatdesk;attendance;help;help' {
            break
        }
        'expatdesk;feedback' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log a comment or demand; at a terminal, asks for what is missing')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'Show, or set, the default number of days to answer (SLA)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List feedback items (all by default), oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One item, all its fields, and its history')
            [CompletionResult]::new('forward', 'forward', [CompletionResultType]::ParameterValue, 'Forward an item to a department (again: re-forward)')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Record the answer (again: replace it)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close an item (final)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import items from CSV: validated, all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export items as CSV; with --department, what is sent to it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;feedback;log' {
            [CompletionResult]::new('--resident', '--resident', [CompletionResultType]::ParameterName, 'The resident it comes from (id)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'policy, visa-residence, housing, renovation, traffic, healthcare, education, employment, environment, public-safety, community-services or other')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'walk-in, phone, email, wechat, event, letter or other')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'One line saying what it is about')
            [CompletionResult]::new('--body', '--body', [CompletionResultType]::ParameterName, 'The full text (multi-line)')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'Read the full text from this file (UTF-8)')
            [CompletionResult]::new('--received-at', '--received-at', [CompletionResultType]::ParameterName, 'When it was received ("YYYY-MM-DD HH:MM" or RFC 3339) [default: now]')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The language it was written or said in (ISO 639-1 code or name: de, German, 德语, Mandarin)')
            [CompletionResult]::new('--sla-days', '--sla-days', [CompletionResultType]::ParameterName, 'Days to answer, for this item [default: `feedback sla`]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--anonymous', '--anonymous', [CompletionResultType]::ParameterName, 'It comes from no known resident')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;feedback;sla' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;feedback;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: new, forwarded, responded or closed')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Only this category (policy, visa-residence, housing, …)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Only items currently with this department (code, name or short name: tax, 税务)')
            [CompletionResult]::new('--resident', '--resident', [CompletionResultType]::ParameterName, 'Only items from this resident (id)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only items received on or after this date (YYYY-MM-DD)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only items received on or before this date (YYYY-MM-DD)')
            [CompletionResult]::new('--due-within', '--due-within', [CompletionResultType]::ParameterName, 'Only open items due within DAYS from today, overdue ones included, most urgent first')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only overdue items: new or forwarded after their due date')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;feedback;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;feedback;forward' {
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'The department: code, English or Chinese name or short name (住房, 税务), any case; see `department list`')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why, or what was asked of them')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;feedback;respond' {
            [CompletionResult]::new('--response', '--response', [CompletionResultType]::ParameterName, 'The answer (multi-line); at a terminal when left out: in $EDITOR, else typed until an empty line')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;feedback;close' {
            [CompletionResult]::new('--informed-via', '--informed-via', [CompletionResultType]::ParameterName, 'How the resident was told the answer: walk-in, phone, email, wechat, event, letter or other')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why it is closed (needed unless responded and --informed-via given)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;feedback;import' {
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and write nothing')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;feedback;export' {
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Only the items currently with this department (code, name or short name: tax, 税务), in the department''s layout')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;feedback;help' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log a comment or demand; at a terminal, asks for what is missing')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'Show, or set, the default number of days to answer (SLA)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List feedback items (all by default), oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One item, all its fields, and its history')
            [CompletionResult]::new('forward', 'forward', [CompletionResultType]::ParameterValue, 'Forward an item to a department (again: re-forward)')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Record the answer (again: replace it)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close an item (final)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import items from CSV: validated, all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export items as CSV; with --department, what is sent to it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;feedback;help;log' {
            break
        }
        'expatdesk;feedback;help;sla' {
            break
        }
        'expatdesk;feedback;help;list' {
            break
        }
        'expatdesk;feedback;help;show' {
            break
        }
        'expatdesk;feedback;help;forward' {
            break
        }
        'expatdesk;feedback;help;respond' {
            break
        }
        'expatdesk;feedback;help;close' {
            break
        }
        'expatdesk;feedback;help;import' {
            break
        }
        'expatdesk;feedback;help;export' {
            break
        }
        'expatdesk;feedback;help;help' {
            break
        }
        'expatdesk;notice' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Publish a bilingual notice (English and Chinese, optionally Japanese)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the notices with their audience and languages')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One notice with its texts')
            [CompletionResult]::new('recipients', 'recipients', [CompletionResultType]::ParameterValue, 'Who to send a notice to, in which language, by which channels')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;notice;add' {
            [CompletionResult]::new('--title-en', '--title-en', [CompletionResultType]::ParameterName, 'English title')
            [CompletionResult]::new('--title-zh', '--title-zh', [CompletionResultType]::ParameterName, 'Chinese title')
            [CompletionResult]::new('--body-en', '--body-en', [CompletionResultType]::ParameterName, 'English text')
            [CompletionResult]::new('--body-zh', '--body-zh', [CompletionResultType]::ParameterName, 'Chinese text')
            [CompletionResult]::new('--title-ja', '--title-ja', [CompletionResultType]::ParameterName, 'Japanese title (with --body-ja)')
            [CompletionResult]::new('--body-ja', '--body-ja', [CompletionResultType]::ParameterName, 'Japanese text (with --title-ja)')
            [CompletionResult]::new('--category', '--category', [CompletionResultType]::ParameterName, 'Free-text category, e.g. building, policy, event')
            [CompletionResult]::new('--community', '--community', [CompletionResultType]::ParameterName, 'Only residents of this community (repeat for several)')
            [CompletionResult]::new('--nationality', '--nationality', [CompletionResultType]::ParameterName, 'Only residents of this nationality (repeat for several)')
            [CompletionResult]::new('--effective', '--effective', [CompletionResultType]::ParameterName, 'The day the notice takes effect (YYYY-MM-DD)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;notice;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;notice;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;notice;recipients' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;notice;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Publish a bilingual notice (English and Chinese, optionally Japanese)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the notices with their audience and languages')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One notice with its texts')
            [CompletionResult]::new('recipients', 'recipients', [CompletionResultType]::ParameterValue, 'Who to send a notice to, in which language, by which channels')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;notice;help;add' {
            break
        }
        'expatdesk;notice;help;list' {
            break
        }
        'expatdesk;notice;help;show' {
            break
        }
        'expatdesk;notice;help;recipients' {
            break
        }
        'expatdesk;notice;help;help' {
            break
        }
        'expatdesk;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('residents', 'residents', [CompletionResultType]::ParameterValue, 'Active residents grouped by nationality, community, language, gender, permit type or age band')
            [CompletionResult]::new('registrations', 'registrations', [CompletionResultType]::ParameterValue, 'Active residents whose residence registration is due, with the reason')
            [CompletionResult]::new('permits', 'permits', [CompletionResultType]::ParameterValue, 'Permits expiring within DAYS (expired ones too), most urgent first')
            [CompletionResult]::new('courses', 'courses', [CompletionResultType]::ParameterValue, 'Sessions held, enrollment and attendance per course')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'One course''s attendance: a row per enrolled resident, a column per held session')
            [CompletionResult]::new('feedback', 'feedback', [CompletionResultType]::ParameterValue, 'Feedback received, open, responded, closed, overdue and median response time')
            [CompletionResult]::new('monthly', 'monthly', [CompletionResultType]::ParameterValue, 'The month''s figures as metric,value rows')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;report;residents' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'What to group the active residents by')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Draw a horizontal bar chart on stdout instead of the table (plain lines when stdout is not a terminal)')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;report;registrations' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;report;permits' {
            [CompletionResult]::new('--within', '--within', [CompletionResultType]::ParameterName, 'Permits expiring on or before today + DAYS (expired ones included)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;report;courses' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Count sessions starting on or after this date, YYYY-MM-DD')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Count sessions starting on or before this date, YYYY-MM-DD')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;report;attendance' {
            [CompletionResult]::new('--course', '--course', [CompletionResultType]::ParameterName, 'Course id (see `expatdesk course list`)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;report;feedback' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'What to group by')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only items received on or after this date (YYYY-MM-DD)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only items received on or before this date (YYYY-MM-DD); overdue is counted at its end')
            [CompletionResult]::new('--sla-days', '--sla-days', [CompletionResultType]::ParameterName, 'Count overdue with this SLA (received date + N days) instead of the stored due dates')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Draw a bar chart of the items received under the table (table format only)')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;report;monthly' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month: YYYY-MM, or `last` for the previous calendar month')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;report;help' {
            [CompletionResult]::new('residents', 'residents', [CompletionResultType]::ParameterValue, 'Active residents grouped by nationality, community, language, gender, permit type or age band')
            [CompletionResult]::new('registrations', 'registrations', [CompletionResultType]::ParameterValue, 'Active residents whose residence registration is due, with the reason')
            [CompletionResult]::new('permits', 'permits', [CompletionResultType]::ParameterValue, 'Permits expiring within DAYS (expired ones too), most urgent first')
            [CompletionResult]::new('courses', 'courses', [CompletionResultType]::ParameterValue, 'Sessions held, enrollment and attendance per course')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'One course''s attendance: a row per enrolled resident, a column per held session')
            [CompletionResult]::new('feedback', 'feedback', [CompletionResultType]::ParameterValue, 'Feedback received, open, responded, closed, overdue and median response time')
            [CompletionResult]::new('monthly', 'monthly', [CompletionResultType]::ParameterValue, 'The month''s figures as metric,value rows')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;report;help;residents' {
            break
        }
        'expatdesk;report;help;registrations' {
            break
        }
        'expatdesk;report;help;permits' {
            break
        }
        'expatdesk;report;help;courses' {
            break
        }
        'expatdesk;report;help;attendance' {
            break
        }
        'expatdesk;report;help;feedback' {
            break
        }
        'expatdesk;report;help;monthly' {
            break
        }
        'expatdesk;report;help;help' {
            break
        }
        'expatdesk;today' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Rows shown in each section, most urgent first [default: 10]; 0 shows all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;community' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a community')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the communities with their active residents')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a community (by id or current name)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;community;add' {
            [CompletionResult]::new('--name-zh', '--name-zh', [CompletionResultType]::ParameterName, 'Chinese name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;community;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;community;rename' {
            [CompletionResult]::new('--name-zh', '--name-zh', [CompletionResultType]::ParameterName, 'New Chinese name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;community;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a community')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the communities with their active residents')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a community (by id or current name)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;community;help;add' {
            break
        }
        'expatdesk;community;help;list' {
            break
        }
        'expatdesk;community;help;rename' {
            break
        }
        'expatdesk;community;help;help' {
            break
        }
        'expatdesk;department' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a department')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the departments')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;department;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'English name')
            [CompletionResult]::new('--name-zh', '--name-zh', [CompletionResultType]::ParameterName, 'Chinese name')
            [CompletionResult]::new('--short-name-zh', '--short-name-zh', [CompletionResultType]::ParameterName, 'Short Chinese name the desk types (e.g. 税务), accepted wherever a department is named')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;department;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;department;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a department')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the departments')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;department;help;add' {
            break
        }
        'expatdesk;department;help;list' {
            break
        }
        'expatdesk;department;help;help' {
            break
        }
        'expatdesk;batch' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List past imports')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Remove what a batch inserted and restore what it updated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;batch;list' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;batch;undo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;batch;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List past imports')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Remove what a batch inserted and restore what it updated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;batch;help;list' {
            break
        }
        'expatdesk;batch;help;undo' {
            break
        }
        'expatdesk;batch;help;help' {
            break
        }
        'expatdesk;audit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;audit;list' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Only entries on or after this date (YYYY-MM-DD)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Only entries on or before this date (YYYY-MM-DD)')
            [CompletionResult]::new('--resident', '--resident', [CompletionResultType]::ParameterName, 'Only entries about this resident (their record, rosters, feedback, import)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;audit;help;list' {
            break
        }
        'expatdesk;audit;help;help' {
            break
        }
        'expatdesk;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Also load the demo data set (only into a database without residents)')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;demo' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;copy' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The database to copy: a SQLite file or a postgres:// address')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The new or empty database to copy it into')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;check' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;manpages' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format of records [default: table, or from the -o file''s extension]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write records to FILE atomically; {date} and {month} are filled in')
            [CompletionResult]::new('--operator', '--operator', [CompletionResultType]::ParameterName, 'Who is at the desk, for the audit log [default: the login name]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--excel', '--excel', [CompletionResultType]::ParameterName, 'CSV for Excel: UTF-8 BOM and CRLF line ends')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'No formula guard on CSV output; on import, keep a leading `''`')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt: missing values are an error, confirmations need -y')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Fewer messages on stderr (errors and warnings still show)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'expatdesk;help' {
            [CompletionResult]::new('resident', 'resident', [CompletionResultType]::ParameterValue, 'Register, find, view and edit residents')
            [CompletionResult]::new('course', 'course', [CompletionResultType]::ParameterValue, 'Culture courses and events: sessions, enrollment, attendance')
            [CompletionResult]::new('schedule', 'schedule', [CompletionResultType]::ParameterValue, 'Every session in a date range, as an agenda or an iCalendar file')
            [CompletionResult]::new('enrollment', 'enrollment', [CompletionResultType]::ParameterValue, 'Enrollments of every course')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'Attendance marks of every session')
            [CompletionResult]::new('feedback', 'feedback', [CompletionResultType]::ParameterValue, 'Residents'' comments and demands: forward, answer, close')
            [CompletionResult]::new('notice', 'notice', [CompletionResultType]::ParameterValue, 'Bilingual notices and who receives them')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports for the town office, in fixed CSV columns')
            [CompletionResult]::new('today', 'today', [CompletionResultType]::ParameterValue, 'The front-desk dashboard: today''s sessions, permits, registrations, feedback')
            [CompletionResult]::new('community', 'community', [CompletionResultType]::ParameterValue, 'Manage the residential communities')
            [CompletionResult]::new('department', 'department', [CompletionResultType]::ParameterValue, 'Manage the departments feedback is forwarded to')
            [CompletionResult]::new('batch', 'batch', [CompletionResultType]::ParameterValue, 'Past imports, and undoing one')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The audit log of every change')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create (or upgrade) a database')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a database of realistic sample data to try everything')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database to FILE, a consistent SQLite snapshot')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy a whole database between SQLite and PostgreSQL')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the database''s integrity, foreign keys and schema version')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions')
            [CompletionResult]::new('manpages', 'manpages', [CompletionResultType]::ParameterValue, 'Write a manual page for every command into DIR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'expatdesk;help;resident' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register a new resident (asks for what is missing at a terminal)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List residents, active ones by default')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Search names, Chinese name, phone, e-mail, WeChat, external id, passport or permit number')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one resident (passport and permit numbers masked unless --reveal)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change fields of a resident: --FIELD VALUE (an empty VALUE clears it)')
            [CompletionResult]::new('move-out', 'move-out', [CompletionResultType]::ParameterValue, 'Record that a resident moved out')
            [CompletionResult]::new('register-residence', 'register-residence', [CompletionResultType]::ParameterValue, 'Record a residence registration with the police')
            [CompletionResult]::new('erase', 'erase', [CompletionResultType]::ParameterValue, 'Erase a resident''s personal data for good (an anonymous record stays)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import residents from CSV: validated, all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export residents as CSV in the import schema')
            break
        }
        'expatdesk;help;resident;add' {
            break
        }
        'expatdesk;help;resident;list' {
            break
        }
        'expatdesk;help;resident;find' {
            break
        }
        'expatdesk;help;resident;show' {
            break
        }
        'expatdesk;help;resident;edit' {
            break
        }
        'expatdesk;help;resident;move-out' {
            break
        }
        'expatdesk;help;resident;register-residence' {
            break
        }
        'expatdesk;help;resident;erase' {
            break
        }
        'expatdesk;help;resident;import' {
            break
        }
        'expatdesk;help;resident;export' {
            break
        }
        'expatdesk;help;course' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a course or event and its sessions')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List courses with their next session and enrolled/capacity')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'A course, its sessions (with ids) and its roster with waitlist positions')
            [CompletionResult]::new('reschedule', 'reschedule', [CompletionResultType]::ParameterValue, 'Move one session (checked for clashes)')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a whole course, or one session of it')
            [CompletionResult]::new('enroll', 'enroll', [CompletionResultType]::ParameterValue, 'Enroll residents: a seat while seats remain, then the waitlist')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Drop a resident; the first on the waitlist gets the seat')
            [CompletionResult]::new('attend', 'attend', [CompletionResultType]::ParameterValue, 'Mark attendance at a session')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import courses from CSV: validated, all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export course definitions as CSV')
            break
        }
        'expatdesk;help;course;add' {
            break
        }
        'expatdesk;help;course;list' {
            break
        }
        'expatdesk;help;course;show' {
            break
        }
        'expatdesk;help;course;reschedule' {
            break
        }
        'expatdesk;help;course;cancel' {
            break
        }
        'expatdesk;help;course;enroll' {
            break
        }
        'expatdesk;help;course;drop' {
            break
        }
        'expatdesk;help;course;attend' {
            break
        }
        'expatdesk;help;course;import' {
            break
        }
        'expatdesk;help;course;export' {
            break
        }
        'expatdesk;help;schedule' {
            break
        }
        'expatdesk;help;enrollment' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export as CSV')
            break
        }
        'expatdesk;help;enrollment;export' {
            break
        }
        'expatdesk;help;attendance' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export as CSV')
            break
        }
        'expatdesk;help;attendance;export' {
            break
        }
        'expatdesk;help;feedback' {
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Log a comment or demand; at a terminal, asks for what is missing')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'Show, or set, the default number of days to answer (SLA)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List feedback items (all by default), oldest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One item, all its fields, and its history')
            [CompletionResult]::new('forward', 'forward', [CompletionResultType]::ParameterValue, 'Forward an item to a department (again: re-forward)')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Record the answer (again: replace it)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close an item (final)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import items from CSV: validated, all or nothing')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export items as CSV; with --department, what is sent to it')
            break
        }
        'expatdesk;help;feedback;log' {
            break
        }
        'expatdesk;help;feedback;sla' {
            break
        }
        'expatdesk;help;feedback;list' {
            break
        }
        'expatdesk;help;feedback;show' {
            break
        }
        'expatdesk;help;feedback;forward' {
            break
        }
        'expatdesk;help;feedback;respond' {
            break
        }
        'expatdesk;help;feedback;close' {
            break
        }
        'expatdesk;help;feedback;import' {
            break
        }
        'expatdesk;help;feedback;export' {
            break
        }
        'expatdesk;help;notice' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Publish a bilingual notice (English and Chinese, optionally Japanese)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the notices with their audience and languages')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One notice with its texts')
            [CompletionResult]::new('recipients', 'recipients', [CompletionResultType]::ParameterValue, 'Who to send a notice to, in which language, by which channels')
            break
        }
        'expatdesk;help;notice;add' {
            break
        }
        'expatdesk;help;notice;list' {
            break
        }
        'expatdesk;help;notice;show' {
            break
        }
        'expatdesk;help;notice;recipients' {
            break
        }
        'expatdesk;help;report' {
            [CompletionResult]::new('residents', 'residents', [CompletionResultType]::ParameterValue, 'Active residents grouped by nationality, community, language, gender, permit type or age band')
            [CompletionResult]::new('registrations', 'registrations', [CompletionResultType]::ParameterValue, 'Active residents whose residence registration is due, with the reason')
            [CompletionResult]::new('permits', 'permits', [CompletionResultType]::ParameterValue, 'Permits expiring within DAYS (expired ones too), most urgent first')
            [CompletionResult]::new('courses', 'courses', [CompletionResultType]::ParameterValue, 'Sessions held, enrollment and attendance per course')
            [CompletionResult]::new('attendance', 'attendance', [CompletionResultType]::ParameterValue, 'One course''s attendance: a row per enrolled resident, a column per held session')
            [CompletionResult]::new('feedback', 'feedback', [CompletionResultType]::ParameterValue, 'Feedback received, open, responded, closed, overdue and median response time')
            [CompletionResult]::new('monthly', 'monthly', [CompletionResultType]::ParameterValue, 'The month''s figures as metric,value rows')
            break
        }
        'expatdesk;help;report;residents' {
            break
        }
        'expatdesk;help;report;registrations' {
            break
        }
        'expatdesk;help;report;permits' {
            break
        }
        'expatdesk;help;report;courses' {
            break
        }
        'expatdesk;help;report;attendance' {
            break
        }
        'expatdesk;help;report;feedback' {
            break
        }
        'expatdesk;help;report;monthly' {
            break
        }
        'expatdesk;help;today' {
            break
        }
        'expatdesk;help;community' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a community')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the communities with their active residents')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename a community (by id or current name)')
            break
        }
        'expatdesk;help;community;add' {
            break
        }
        'expatdesk;help;community;list' {
            break
        }
        'expatdesk;help;community;rename' {
            break
        }
        'expatdesk;help;department' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a department')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the departments')
            break
        }
        'expatdesk;help;department;add' {
            break
        }
        'expatdesk;help;department;list' {
            break
        }
        'expatdesk;help;batch' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List past imports')
            [CompletionResult]::new('undo', 'undo', [CompletionResultType]::ParameterValue, 'Remove what a batch inserted and restore what it updated')
            break
        }
        'expatdesk;help;batch;list' {
            break
        }
        'expatdesk;help;batch;undo' {
            break
        }
        'expatdesk;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit entries')
            break
        }
        'expatdesk;help;audit;list' {
            break
        }
        'expatdesk;help;init' {
            break
        }
        'expatdesk;help;demo' {
            break
        }
        'expatdesk;help;backup' {
            break
        }
        'expatdesk;help;copy' {
            break
        }
        'expatdesk;help;check' {
            break
        }
        'expatdesk;help;completions' {
            break
        }
        'expatdesk;help;manpages' {
            break
        }
        'expatdesk;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
