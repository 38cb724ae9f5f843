# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_expatdesk_global_optspecs
    string join \n db= format= o/output= excel raw no-input y/yes operator= q/quiet lang= h/help V/version
end

function __fish_expatdesk_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_expatdesk_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_expatdesk_using_subcommand
    set -l cmd (__fish_expatdesk_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c expatdesk -n "__fish_expatdesk_needs_command" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_needs_command" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_needs_command" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_needs_command" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_needs_command" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_needs_command" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "resident" -d 'Register, find, view and edit residents'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "course" -d 'Culture courses and events: sessions, enrollment, attendance'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "schedule" -d 'Every session in a date range, as an agenda or an iCalendar file'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "enrollment" -d 'Enrollments of every course'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "attendance" -d 'Attendance marks of every session'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "feedback" -d 'Residents\' comments and demands: forward, answer, close'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "notice" -d 'Bilingual notices and who receives them'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "report" -d 'Reports for the town office, in fixed CSV columns'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "today" -d 'The front-desk dashboard: today\'s sessions, permits, registrations, feedback'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "community" -d 'Manage the residential communities'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "department" -d 'Manage the departments feedback is forwarded to'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "batch" -d 'Past imports, and undoing one'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "audit" -d 'The audit log of every change'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "init" -d 'Create (or upgrade) a database'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "demo" -d 'Build a database of realistic sample data to try everything'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "backup" -d 'Copy the database to FILE, a consistent SQLite snapshot'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "copy" -d 'Copy a whole database between SQLite and PostgreSQL'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "check" -d 'Check the database\'s integrity, foreign keys and schema version'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "completions" -d 'Print shell completions'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "manpages" -d 'Write a manual page for every command into DIR'
complete -c expatdesk -n "__fish_expatdesk_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -f -a "add" -d 'Register a new resident (asks for what is missing at a terminal)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -f -a "list" -d 'List residents, active ones by default'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -f -a "find" -d 'Search names, Chinese name, phone, e-mail, WeChat, external id, passport or permit number'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -f -a "show" -d 'Show one resident (passport and permit numbers masked unless --reveal)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -f -a "edit" -d 'Change fields of a resident: --FIELD VALUE (an empty VALUE clears it)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -f -a "move-out" -d 'Record that a resident moved out'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -f -a "register-residence" -d 'Record a residence registration with the police'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -f -a "erase" -d 'Erase a resident\'s personal data for good (an anonymous record stays)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -f -a "import" -d 'Import residents from CSV: validated, all or nothing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -f -a "export" -d 'Export residents as CSV in the import schema'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and not __fish_seen_subcommand_from add list find show edit move-out register-residence erase import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l external-id -d 'The center\'s own id for the resident (unique)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l family-name -d 'Family name (required)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l given-name -d 'Given name(s)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l chinese-name -d 'Chinese name' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l nationality -d 'Nationality: ISO code (DE, DEU), English, Chinese or everyday name (UK, 韩国) (required)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l gender -d 'female, male, other or unspecified' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l birth-date -d 'YYYY-MM-DD' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l phone -d 'Phone: +country code, an 11-digit mainland mobile or 0 + area code; stored as E.164 (+86…)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l email -d 'E-mail address' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l wechat -d 'WeChat id' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l community -d 'Residential community, English or Chinese name (required; see `community list`)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l address -d 'Address inside the community (building, floor, flat)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l languages -d 'Languages, `;`-separated, preferred first: ISO 639-1 codes or names (en, English, 英语, 普通话)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l arrival-date -d 'YYYY-MM-DD' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l residence-registered-on -d 'Date of the last residence registration with the police' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l permit-type -d 'work, study, family, residence, business, other or none' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l permit-number -d 'Residence permit number (stored, shown masked)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l permit-expiry -d 'YYYY-MM-DD' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l passport-number -d 'Passport number (stored, shown masked)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l consent-contact -d 'yes or no: consent to receive notices' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l consent-share -d 'yes or no: consent to pass their identity on with forwarded feedback' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l status -d 'active or moved-out' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l moved-out-on -d 'YYYY-MM-DD' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l notes -d 'Free notes for the desk' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l allow-duplicate -d 'Register even if a resident with the same name and nationality exists'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l community -d 'Only this community (English or Chinese name)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l nationality -d 'Only this nationality (code, name or everyday name: DE, Germany, 德国, UK, 韩国)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l language -d 'Only residents who speak this language (code or name: de, German, 德语, Mandarin)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l status -d 'Which residents [default: active]' -r -f -a "active\t''
moved-out\t''
all\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l permit-expiring -d 'Only permits expiring within DAYS from today (expired ones included)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l search -d 'Only residents matching TEXT, as `resident find`' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l registration-due -d 'Only active residents whose residence registration is due, with the reason'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from find" -l limit -d 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from find" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from find" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from find" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from find" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from find" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from find" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from find" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from find" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from find" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from find" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from find" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from find" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from show" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from show" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from show" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from show" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from show" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from show" -l reveal -d 'Show passport and permit numbers in full (recorded in the audit log)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from show" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from show" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l external-id -d 'The center\'s own id for the resident (unique)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l family-name -d 'Family name (required)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l given-name -d 'Given name(s)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l chinese-name -d 'Chinese name' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l nationality -d 'Nationality: ISO code (DE, DEU), English, Chinese or everyday name (UK, 韩国) (required)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l gender -d 'female, male, other or unspecified' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l birth-date -d 'YYYY-MM-DD' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l phone -d 'Phone: +country code, an 11-digit mainland mobile or 0 + area code; stored as E.164 (+86…)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l email -d 'E-mail address' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l wechat -d 'WeChat id' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l community -d 'Residential community, English or Chinese name (required; see `community list`)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l address -d 'Address inside the community (building, floor, flat)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l languages -d 'Languages, `;`-separated, preferred first: ISO 639-1 codes or names (en, English, 英语, 普通话)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l arrival-date -d 'YYYY-MM-DD' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l residence-registered-on -d 'Date of the last residence registration with the police' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l permit-type -d 'work, study, family, residence, business, other or none' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l permit-number -d 'Residence permit number (stored, shown masked)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l permit-expiry -d 'YYYY-MM-DD' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l passport-number -d 'Passport number (stored, shown masked)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l consent-contact -d 'yes or no: consent to receive notices' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l consent-share -d 'yes or no: consent to pass their identity on with forwarded feedback' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l status -d 'active or moved-out' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l moved-out-on -d 'YYYY-MM-DD' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l notes -d 'Free notes for the desk' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l allow-duplicate -d 'Allow the change even if it makes a likely duplicate of another resident'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from move-out" -l on -d 'Move-out date, YYYY-MM-DD [default: today]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from move-out" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from move-out" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from move-out" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from move-out" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from move-out" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from move-out" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from move-out" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from move-out" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from move-out" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from move-out" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from move-out" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from move-out" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from register-residence" -l on -d 'Date of the registration, YYYY-MM-DD [default: today]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from register-residence" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from register-residence" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from register-residence" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from register-residence" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from register-residence" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from register-residence" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from register-residence" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from register-residence" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from register-residence" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from register-residence" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from register-residence" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from register-residence" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from erase" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from erase" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from erase" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from erase" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from erase" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from erase" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from erase" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from erase" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from erase" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from erase" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from erase" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from erase" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l on-conflict -d 'What to do with a row that matches a stored resident' -r -f -a "error\t'Refuse the import (exit 4) naming each matching line'
skip\t'Leave the stored resident as it is'
update\t'The file\'s values replace the stored ones, for every column in the file'
fill\t'Only fields empty in the database are filled'"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l encoding -d 'Encoding of the file' -r -f -a "auto\t'A BOM if there is one, else UTF-8 if the file is valid UTF-8, else GB18030'
utf-8\t''
gb18030\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l rejects -d 'CSV file for the rejected rows, with an added `error` column' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l dry-run -d 'Check everything and report what would happen; write nothing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l allow-duplicate -d 'Do not treat same name + nationality (+ birth date or community) as the same person'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l create-communities -d 'Create communities the file names that do not exist yet'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Import the valid rows; write the invalid ones to --rejects'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -l status -d 'Which residents [default: all; erased residents are never exported]' -r -f -a "active\t''
moved-out\t''
all\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -l subject -d 'Everything held about one resident, as one JSON document (audited)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -l include-sensitive -d 'Include passport and permit numbers (recorded in the audit log)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register a new resident (asks for what is missing at a terminal)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from help" -f -a "list" -d 'List residents, active ones by default'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from help" -f -a "find" -d 'Search names, Chinese name, phone, e-mail, WeChat, external id, passport or permit number'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one resident (passport and permit numbers masked unless --reveal)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change fields of a resident: --FIELD VALUE (an empty VALUE clears it)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from help" -f -a "move-out" -d 'Record that a resident moved out'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from help" -f -a "register-residence" -d 'Record a residence registration with the police'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from help" -f -a "erase" -d 'Erase a resident\'s personal data for good (an anonymous record stays)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import residents from CSV: validated, all or nothing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export residents as CSV in the import schema'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand resident; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -f -a "add" -d 'Create a course or event and its sessions'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -f -a "list" -d 'List courses with their next session and enrolled/capacity'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -f -a "show" -d 'A course, its sessions (with ids) and its roster with waitlist positions'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -f -a "reschedule" -d 'Move one session (checked for clashes)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -f -a "cancel" -d 'Cancel a whole course, or one session of it'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -f -a "enroll" -d 'Enroll residents: a seat while seats remain, then the waitlist'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -f -a "drop" -d 'Drop a resident; the first on the waitlist gets the seat'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -f -a "attend" -d 'Mark attendance at a session'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -f -a "import" -d 'Import courses from CSV: validated, all or nothing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -f -a "export" -d 'Export course definitions as CSV'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and not __fish_seen_subcommand_from add list show reschedule cancel enroll drop attend import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l title -d 'Title (English)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l category -d 'language, calligraphy, painting, tea, cuisine, music, martial-arts, festival, history, crafts or other' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l start -d 'First session, "YYYY-MM-DD HH:MM" (Shanghai time)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l duration -d 'Length of a session: 90m, 1h30m, 2h' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l repeat -d 'How sessions repeat' -r -f -a "none\t''
daily\t''
weekly\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l count -d 'Number of occurrences, counted before --skip dates are removed' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l until -d 'Last date sessions may fall on (inclusive)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l skip -d 'Dates without a session (holidays); repeatable' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l kind -d 'course or event' -r -f -a "course\t''
event\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l venue -d 'Where it takes place' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l instructor -d 'Who teaches or leads it' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l capacity -d 'Seats (0 = unlimited)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l language -d 'Language of instruction (ISO 639-1 code or name: en, English, 英语)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l title-zh -d 'Title in Chinese' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l code -d 'A unique short code, e.g. MAN-101' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l description -d 'A few sentences for residents (shown in calendars)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l allow-conflict -d 'Create the sessions even where they clash with others'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -l from -d 'Only courses with a session on or after this date (YYYY-MM-DD)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -l to -d 'Only courses with a session on or before this date (YYYY-MM-DD)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -l category -d 'Only this category (language, calligraphy, painting, tea, …)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -l status -d 'Only courses with this status [default: all]' -r -f -a "scheduled\t''
cancelled\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from show" -l ics -d 'Write the course\'s sessions as an iCalendar (.ics) file instead of printing the course' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from show" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from show" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from show" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from show" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from show" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from show" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from show" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -l start -d 'New start, "YYYY-MM-DD HH:MM" (Shanghai time)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -l duration -d 'New length: 90m, 1h30m, 2h [default: the session\'s current length]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -l venue -d 'Move the session to this venue (the other sessions keep theirs)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -l allow-conflict -d 'Move the session even where it clashes with another'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from reschedule" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from cancel" -l session -d 'Cancel only this session of the course (see `course show COURSE`)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from cancel" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from cancel" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from cancel" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from cancel" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from cancel" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from cancel" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from cancel" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from cancel" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from cancel" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from enroll" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from enroll" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from enroll" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from enroll" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from enroll" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from enroll" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from enroll" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from enroll" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from enroll" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from enroll" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from enroll" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from enroll" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from drop" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from drop" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from drop" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from drop" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from drop" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from drop" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from drop" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from drop" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from drop" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from drop" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from drop" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from drop" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -l absent -d 'Mark them absent instead of present'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -l walk-in -d 'Enroll anyone not enrolled yet (beyond capacity if need be) and mark them present'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from attend" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding' -r -f -a "auto\t'A BOM if there is one, else UTF-8 if the file is valid UTF-8, else GB18030'
utf-8\t''
gb18030\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -l dry-run -d 'Check everything, clashes included, and write nothing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -l allow-conflict -d 'Create the sessions even where they clash with others'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from export" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from export" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from export" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from export" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from export" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from export" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from export" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a course or event and its sessions'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "list" -d 'List courses with their next session and enrolled/capacity'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "show" -d 'A course, its sessions (with ids) and its roster with waitlist positions'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "reschedule" -d 'Move one session (checked for clashes)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel a whole course, or one session of it'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "enroll" -d 'Enroll residents: a seat while seats remain, then the waitlist'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "drop" -d 'Drop a resident; the first on the waitlist gets the seat'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "attend" -d 'Mark attendance at a session'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import courses from CSV: validated, all or nothing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export course definitions as CSV'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand course; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -l from -d 'First day (YYYY-MM-DD) [default: today]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -l to -d 'Last day, inclusive (YYYY-MM-DD) [default: today + 30 days]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -l ics -d 'Write the sessions as an iCalendar (.ics) file instead of printing them' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -l limit -d 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand schedule" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Export as CSV'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from export" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from export" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from export" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from export" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from export" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from export" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from export" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export as CSV'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand enrollment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -f -a "export" -d 'Export as CSV'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and not __fish_seen_subcommand_from export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from export" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from export" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from export" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from export" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from export" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from export" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from export" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export as CSV'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand attendance; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -f -a "log" -d 'Log a comment or demand; at a terminal, asks for what is missing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -f -a "sla" -d 'Show, or set, the default number of days to answer (SLA)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -f -a "list" -d 'List feedback items (all by default), oldest first'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -f -a "show" -d 'One item, all its fields, and its history'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -f -a "forward" -d 'Forward an item to a department (again: re-forward)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -f -a "respond" -d 'Record the answer (again: replace it)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -f -a "close" -d 'Close an item (final)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -f -a "import" -d 'Import items from CSV: validated, all or nothing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -f -a "export" -d 'Export items as CSV; with --department, what is sent to it'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and not __fish_seen_subcommand_from log sla list show forward respond close import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l resident -d 'The resident it comes from (id)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l category -d 'policy, visa-residence, housing, renovation, traffic, healthcare, education, employment, environment, public-safety, community-services or other' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l channel -d 'walk-in, phone, email, wechat, event, letter or other' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l subject -d 'One line saying what it is about' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l body -d 'The full text (multi-line)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l body-file -d 'Read the full text from this file (UTF-8)' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l received-at -d 'When it was received ("YYYY-MM-DD HH:MM" or RFC 3339) [default: now]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l language -d 'The language it was written or said in (ISO 639-1 code or name: de, German, 德语, Mandarin)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l sla-days -d 'Days to answer, for this item [default: `feedback sla`]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l anonymous -d 'It comes from no known resident'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from sla" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from sla" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from sla" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from sla" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from sla" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from sla" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from sla" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from sla" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from sla" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from sla" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from sla" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from sla" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l status -d 'Only this status: new, forwarded, responded or closed' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l category -d 'Only this category (policy, visa-residence, housing, …)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l department -d 'Only items currently with this department (code, name or short name: tax, 税务)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l resident -d 'Only items from this resident (id)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l from -d 'Only items received on or after this date (YYYY-MM-DD)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l to -d 'Only items received on or before this date (YYYY-MM-DD)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l due-within -d 'Only open items due within DAYS from today, overdue ones included, most urgent first' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l overdue -d 'Only overdue items: new or forwarded after their due date'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from show" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from show" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from show" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from show" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from show" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from show" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from show" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -l department -d 'The department: code, English or Chinese name or short name (住房, 税务), any case; see `department list`' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -l note -d 'Why, or what was asked of them' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from forward" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from respond" -l response -d 'The answer (multi-line); at a terminal when left out: in $EDITOR, else typed until an empty line' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from respond" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from respond" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from respond" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from respond" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from respond" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from respond" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from respond" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from respond" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from respond" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from respond" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from respond" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from respond" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -l informed-via -d 'How the resident was told the answer: walk-in, phone, email, wechat, event, letter or other' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -l note -d 'Why it is closed (needed unless responded and --informed-via given)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding' -r -f -a "auto\t'A BOM if there is one, else UTF-8 if the file is valid UTF-8, else GB18030'
utf-8\t''
gb18030\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -l dry-run -d 'Check everything and write nothing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from export" -l department -d 'Only the items currently with this department (code, name or short name: tax, 税务), in the department\'s layout' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from export" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from export" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from export" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from export" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from export" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from export" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from export" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from export" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from help" -f -a "log" -d 'Log a comment or demand; at a terminal, asks for what is missing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from help" -f -a "sla" -d 'Show, or set, the default number of days to answer (SLA)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from help" -f -a "list" -d 'List feedback items (all by default), oldest first'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from help" -f -a "show" -d 'One item, all its fields, and its history'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from help" -f -a "forward" -d 'Forward an item to a department (again: re-forward)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from help" -f -a "respond" -d 'Record the answer (again: replace it)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close an item (final)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import items from CSV: validated, all or nothing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export items as CSV; with --department, what is sent to it'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand feedback; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -f -a "add" -d 'Publish a bilingual notice (English and Chinese, optionally Japanese)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -f -a "list" -d 'List the notices with their audience and languages'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -f -a "show" -d 'One notice with its texts'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -f -a "recipients" -d 'Who to send a notice to, in which language, by which channels'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and not __fish_seen_subcommand_from add list show recipients help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l title-en -d 'English title' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l title-zh -d 'Chinese title' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l body-en -d 'English text' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l body-zh -d 'Chinese text' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l title-ja -d 'Japanese title (with --body-ja)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l body-ja -d 'Japanese text (with --title-ja)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l category -d 'Free-text category, e.g. building, policy, event' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l community -d 'Only residents of this community (repeat for several)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l nationality -d 'Only residents of this nationality (repeat for several)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l effective -d 'The day the notice takes effect (YYYY-MM-DD)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from list" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from list" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from list" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from list" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from list" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from show" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from show" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from show" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from show" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from show" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from show" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from show" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from recipients" -l limit -d 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from recipients" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from recipients" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from recipients" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from recipients" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from recipients" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from recipients" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from recipients" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from recipients" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from recipients" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from recipients" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from recipients" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from recipients" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from help" -f -a "add" -d 'Publish a bilingual notice (English and Chinese, optionally Japanese)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the notices with their audience and languages'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from help" -f -a "show" -d 'One notice with its texts'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from help" -f -a "recipients" -d 'Who to send a notice to, in which language, by which channels'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand notice; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -f -a "residents" -d 'Active residents grouped by nationality, community, language, gender, permit type or age band'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -f -a "registrations" -d 'Active residents whose residence registration is due, with the reason'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -f -a "permits" -d 'Permits expiring within DAYS (expired ones too), most urgent first'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -f -a "courses" -d 'Sessions held, enrollment and attendance per course'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -f -a "attendance" -d 'One course\'s attendance: a row per enrolled resident, a column per held session'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -f -a "feedback" -d 'Feedback received, open, responded, closed, overdue and median response time'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -f -a "monthly" -d 'The month\'s figures as metric,value rows'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and not __fish_seen_subcommand_from residents registrations permits courses attendance feedback monthly help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -l by -d 'What to group the active residents by' -r -f -a "nationality\t''
community\t''
language\t''
gender\t''
permit-type\t''
age-band\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -l chart -d 'Draw a horizontal bar chart on stdout instead of the table (plain lines when stdout is not a terminal)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from residents" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from registrations" -l limit -d 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from registrations" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from registrations" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from registrations" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from registrations" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from registrations" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from registrations" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from registrations" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from registrations" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from registrations" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from registrations" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from registrations" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from registrations" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -l within -d 'Permits expiring on or before today + DAYS (expired ones included)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -l limit -d 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from permits" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -l from -d 'Count sessions starting on or after this date, YYYY-MM-DD' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -l to -d 'Count sessions starting on or before this date, YYYY-MM-DD' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from courses" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from attendance" -l course -d 'Course id (see `expatdesk course list`)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from attendance" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from attendance" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from attendance" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from attendance" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from attendance" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from attendance" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from attendance" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from attendance" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from attendance" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from attendance" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from attendance" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from attendance" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -l by -d 'What to group by' -r -f -a "category\t''
department\t''
status\t''
channel\t''
nationality\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -l from -d 'Only items received on or after this date (YYYY-MM-DD)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -l to -d 'Only items received on or before this date (YYYY-MM-DD); overdue is counted at its end' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -l sla-days -d 'Count overdue with this SLA (received date + N days) instead of the stored due dates' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -l chart -d 'Draw a bar chart of the items received under the table (table format only)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from feedback" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from monthly" -l month -d 'The month: YYYY-MM, or `last` for the previous calendar month' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from monthly" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from monthly" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from monthly" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from monthly" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from monthly" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from monthly" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from monthly" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from monthly" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from monthly" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from monthly" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from monthly" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from monthly" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "residents" -d 'Active residents grouped by nationality, community, language, gender, permit type or age band'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "registrations" -d 'Active residents whose residence registration is due, with the reason'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "permits" -d 'Permits expiring within DAYS (expired ones too), most urgent first'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "courses" -d 'Sessions held, enrollment and attendance per course'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "attendance" -d 'One course\'s attendance: a row per enrolled resident, a column per held session'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "feedback" -d 'Feedback received, open, responded, closed, overdue and median response time'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "monthly" -d 'The month\'s figures as metric,value rows'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand today" -l limit -d 'Rows shown in each section, most urgent first [default: 10]; 0 shows all' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand today" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand today" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand today" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand today" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand today" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand today" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand today" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand today" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand today" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand today" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand today" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand today" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -f -a "add" -d 'Add a community'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -f -a "list" -d 'List the communities with their active residents'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -f -a "rename" -d 'Rename a community (by id or current name)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and not __fish_seen_subcommand_from add list rename help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from add" -l name-zh -d 'Chinese name' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from add" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from add" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from add" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from add" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from add" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from add" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from add" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from list" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from list" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from list" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from list" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from list" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from rename" -l name-zh -d 'New Chinese name' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from rename" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from rename" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from rename" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from rename" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from rename" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from rename" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from rename" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from rename" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from rename" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a community'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the communities with their active residents'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a community (by id or current name)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand community; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -f -a "add" -d 'Add a department'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -f -a "list" -d 'List the departments'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and not __fish_seen_subcommand_from add list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -l name -d 'English name' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -l name-zh -d 'Chinese name' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -l short-name-zh -d 'Short Chinese name the desk types (e.g. 税务), accepted wherever a department is named' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from list" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from list" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from list" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from list" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from list" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a department'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the departments'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand department; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -f -a "list" -d 'List past imports'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -f -a "undo" -d 'Remove what a batch inserted and restore what it updated'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and not __fish_seen_subcommand_from list undo help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from list" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from list" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from list" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from list" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from list" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from undo" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from undo" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from undo" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from undo" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from undo" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from undo" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from undo" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from undo" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from undo" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from undo" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from undo" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from undo" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "list" -d 'List past imports'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "undo" -d 'Remove what a batch inserted and restore what it updated'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand batch; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List audit entries'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -l from -d 'Only entries on or after this date (YYYY-MM-DD)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -l to -d 'Only entries on or before this date (YYYY-MM-DD)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -l resident -d 'Only entries about this resident (their record, rosters, feedback, import)' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit entries'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand init" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand init" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand init" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand init" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand init" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand init" -l demo -d 'Also load the demo data set (only into a database without residents)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand init" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand init" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand init" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand init" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand init" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand init" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand init" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand demo" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand demo" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand demo" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand demo" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand demo" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand demo" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand demo" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand demo" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand demo" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand demo" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand demo" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand demo" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand backup" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand backup" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand backup" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand backup" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand backup" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand backup" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand backup" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand backup" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand backup" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand backup" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand backup" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand backup" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -l from -d 'The database to copy: a SQLite file or a postgres:// address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -l to -d 'The new or empty database to copy it into' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand copy" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand check" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand check" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand check" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand check" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand check" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand check" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand check" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand check" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand check" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand check" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand check" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand check" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand completions" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand completions" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand completions" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand completions" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand completions" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand completions" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand completions" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand completions" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand completions" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand completions" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand completions" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand manpages" -l db -d 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand manpages" -l format -d 'Output format of records [default: table, or from the -o file\'s extension]' -r -f -a "table\t''
csv\t''
json\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand manpages" -s o -l output -d 'Write records to FILE atomically; {date} and {month} are filled in' -r -F
complete -c expatdesk -n "__fish_expatdesk_using_subcommand manpages" -l operator -d 'Who is at the desk, for the audit log [default: the login name]' -r
complete -c expatdesk -n "__fish_expatdesk_using_subcommand manpages" -l lang -d 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
zh\t''"
complete -c expatdesk -n "__fish_expatdesk_using_subcommand manpages" -l excel -d 'CSV for Excel: UTF-8 BOM and CRLF line ends'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand manpages" -l raw -d 'No formula guard on CSV output; on import, keep a leading `\'`'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand manpages" -l no-input -d 'Never prompt: missing values are an error, confirmations need -y'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand manpages" -s y -l yes -d 'Answer yes to confirmations'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand manpages" -s q -l quiet -d 'Fewer messages on stderr (errors and warnings still show)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand manpages" -s h -l help -d 'Print help'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand manpages" -s V -l version -d 'Print version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "resident" -d 'Register, find, view and edit residents'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "course" -d 'Culture courses and events: sessions, enrollment, attendance'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "schedule" -d 'Every session in a date range, as an agenda or an iCalendar file'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "enrollment" -d 'Enrollments of every course'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "attendance" -d 'Attendance marks of every session'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "feedback" -d 'Residents\' comments and demands: forward, answer, close'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "notice" -d 'Bilingual notices and who receives them'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "report" -d 'Reports for the town office, in fixed CSV columns'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "today" -d 'The front-desk dashboard: today\'s sessions, permits, registrations, feedback'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "community" -d 'Manage the residential communities'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "department" -d 'Manage the departments feedback is forwarded to'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "batch" -d 'Past imports, and undoing one'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "audit" -d 'The audit log of every change'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "init" -d 'Create (or upgrade) a database'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "demo" -d 'Build a database of realistic sample data to try everything'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "backup" -d 'Copy the database to FILE, a consistent SQLite snapshot'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "copy" -d 'Copy a whole database between SQLite and PostgreSQL'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "check" -d 'Check the database\'s integrity, foreign keys and schema version'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "completions" -d 'Print shell completions'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "manpages" -d 'Write a manual page for every command into DIR'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and not __fish_seen_subcommand_from resident course schedule enrollment attendance feedback notice report today community department batch audit init demo backup copy check completions manpages help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from resident" -f -a "add" -d 'Register a new resident (asks for what is missing at a terminal)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from resident" -f -a "list" -d 'List residents, active ones by default'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from resident" -f -a "find" -d 'Search names, Chinese name, phone, e-mail, WeChat, external id, passport or permit number'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from resident" -f -a "show" -d 'Show one resident (passport and permit numbers masked unless --reveal)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from resident" -f -a "edit" -d 'Change fields of a resident: --FIELD VALUE (an empty VALUE clears it)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from resident" -f -a "move-out" -d 'Record that a resident moved out'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from resident" -f -a "register-residence" -d 'Record a residence registration with the police'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from resident" -f -a "erase" -d 'Erase a resident\'s personal data for good (an anonymous record stays)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from resident" -f -a "import" -d 'Import residents from CSV: validated, all or nothing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from resident" -f -a "export" -d 'Export residents as CSV in the import schema'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "add" -d 'Create a course or event and its sessions'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "list" -d 'List courses with their next session and enrolled/capacity'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "show" -d 'A course, its sessions (with ids) and its roster with waitlist positions'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "reschedule" -d 'Move one session (checked for clashes)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "cancel" -d 'Cancel a whole course, or one session of it'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "enroll" -d 'Enroll residents: a seat while seats remain, then the waitlist'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "drop" -d 'Drop a resident; the first on the waitlist gets the seat'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "attend" -d 'Mark attendance at a session'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "import" -d 'Import courses from CSV: validated, all or nothing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from course" -f -a "export" -d 'Export course definitions as CSV'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from enrollment" -f -a "export" -d 'Export as CSV'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from attendance" -f -a "export" -d 'Export as CSV'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from feedback" -f -a "log" -d 'Log a comment or demand; at a terminal, asks for what is missing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from feedback" -f -a "sla" -d 'Show, or set, the default number of days to answer (SLA)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from feedback" -f -a "list" -d 'List feedback items (all by default), oldest first'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from feedback" -f -a "show" -d 'One item, all its fields, and its history'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from feedback" -f -a "forward" -d 'Forward an item to a department (again: re-forward)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from feedback" -f -a "respond" -d 'Record the answer (again: replace it)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from feedback" -f -a "close" -d 'Close an item (final)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from feedback" -f -a "import" -d 'Import items from CSV: validated, all or nothing'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from feedback" -f -a "export" -d 'Export items as CSV; with --department, what is sent to it'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from notice" -f -a "add" -d 'Publish a bilingual notice (English and Chinese, optionally Japanese)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from notice" -f -a "list" -d 'List the notices with their audience and languages'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from notice" -f -a "show" -d 'One notice with its texts'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from notice" -f -a "recipients" -d 'Who to send a notice to, in which language, by which channels'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "residents" -d 'Active residents grouped by nationality, community, language, gender, permit type or age band'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "registrations" -d 'Active residents whose residence registration is due, with the reason'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "permits" -d 'Permits expiring within DAYS (expired ones too), most urgent first'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "courses" -d 'Sessions held, enrollment and attendance per course'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "attendance" -d 'One course\'s attendance: a row per enrolled resident, a column per held session'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "feedback" -d 'Feedback received, open, responded, closed, overdue and median response time'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "monthly" -d 'The month\'s figures as metric,value rows'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from community" -f -a "add" -d 'Add a community'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from community" -f -a "list" -d 'List the communities with their active residents'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from community" -f -a "rename" -d 'Rename a community (by id or current name)'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from department" -f -a "add" -d 'Add a department'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from department" -f -a "list" -d 'List the departments'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from batch" -f -a "list" -d 'List past imports'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from batch" -f -a "undo" -d 'Remove what a batch inserted and restore what it updated'
complete -c expatdesk -n "__fish_expatdesk_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit entries'
