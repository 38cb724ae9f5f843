
use builtin;
use str;

set edit:completion:arg-completer[expatdesk] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'expatdesk'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'expatdesk'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand resident 'Register, find, view and edit residents'
            cand course 'Culture courses and events: sessions, enrollment, attendance'
            cand schedule 'Every session in a date range, as an agenda or an iCalendar file'
            cand enrollment 'Enrollments of every course'
            cand attendance 'Attendance marks of every session'
            cand feedback 'Residents'' comments and demands: forward, answer, close'
            cand notice 'Bilingual notices and who receives them'
            cand report 'Reports for the town office, in fixed CSV columns'
            cand today 'The front-desk dashboard: today''s sessions, permits, registrations, feedback'
            cand community 'Manage the residential communities'
            cand department 'Manage the departments feedback is forwarded to'
            cand batch 'Past imports, and undoing one'
            cand audit 'The audit log of every change'
            cand init 'Create (or upgrade) a database'
            cand demo 'Build a database of realistic sample data to try everything'
            cand backup 'Copy the database to FILE, a consistent SQLite snapshot'
            cand copy 'Copy a whole database between SQLite and PostgreSQL'
            cand check 'Check the database''s integrity, foreign keys and schema version'
            cand completions 'Print shell completions'
            cand manpages 'Write a manual page for every command into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;resident'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Register a new resident (asks for what is missing at a terminal)'
            cand list 'List residents, active ones by default'
            cand find 'Search names, Chinese name, phone, e-mail, WeChat, external id, passport or permit number'
            cand show 'Show one resident (passport and permit numbers masked unless --reveal)'
            cand edit 'Change fields of a resident: --FIELD VALUE (an empty VALUE clears it)'
            cand move-out 'Record that a resident moved out'
            cand register-residence 'Record a residence registration with the police'
            cand erase 'Erase a resident''s personal data for good (an anonymous record stays)'
            cand import 'Import residents from CSV: validated, all or nothing'
            cand export 'Export residents as CSV in the import schema'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;resident;add'= {
            cand --external-id 'The center''s own id for the resident (unique)'
            cand --family-name 'Family name (required)'
            cand --given-name 'Given name(s)'
            cand --chinese-name 'Chinese name'
            cand --nationality 'Nationality: ISO code (DE, DEU), English, Chinese or everyday name (UK, 韩国) (required)'
            cand --gender 'female, male, other or unspecified'
            cand --birth-date 'YYYY-MM-DD'
            cand --phone 'Phone: +country code, an 11-digit mainland mobile or 0 + area code; stored as E.164 (+86…)'
            cand --email 'E-mail address'
            cand --wechat 'WeChat id'
            cand --community 'Residential community, English or Chinese name (required; see `community list`)'
            cand --address 'Address inside the community (building, floor, flat)'
            cand --languages 'Languages, `;`-separated, preferred first: ISO 639-1 codes or names (en, English, 英语, 普通话)'
            cand --arrival-date 'YYYY-MM-DD'
            cand --residence-registered-on 'Date of the last residence registration with the police'
            cand --permit-type 'work, study, family, residence, business, other or none'
            cand --permit-number 'Residence permit number (stored, shown masked)'
            cand --permit-expiry 'YYYY-MM-DD'
            cand --passport-number 'Passport number (stored, shown masked)'
            cand --consent-contact 'yes or no: consent to receive notices'
            cand --consent-share 'yes or no: consent to pass their identity on with forwarded feedback'
            cand --status 'active or moved-out'
            cand --moved-out-on 'YYYY-MM-DD'
            cand --notes 'Free notes for the desk'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --allow-duplicate 'Register even if a resident with the same name and nationality exists'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;resident;list'= {
            cand --community 'Only this community (English or Chinese name)'
            cand --nationality 'Only this nationality (code, name or everyday name: DE, Germany, 德国, UK, 韩国)'
            cand --language 'Only residents who speak this language (code or name: de, German, 德语, Mandarin)'
            cand --status 'Which residents [default: active]'
            cand --permit-expiring 'Only permits expiring within DAYS from today (expired ones included)'
            cand --search 'Only residents matching TEXT, as `resident find`'
            cand --limit 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --registration-due 'Only active residents whose residence registration is due, with the reason'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;resident;find'= {
            cand --limit 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;resident;show'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --reveal 'Show passport and permit numbers in full (recorded in the audit log)'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;resident;edit'= {
            cand --external-id 'The center''s own id for the resident (unique)'
            cand --family-name 'Family name (required)'
            cand --given-name 'Given name(s)'
            cand --chinese-name 'Chinese name'
            cand --nationality 'Nationality: ISO code (DE, DEU), English, Chinese or everyday name (UK, 韩国) (required)'
            cand --gender 'female, male, other or unspecified'
            cand --birth-date 'YYYY-MM-DD'
            cand --phone 'Phone: +country code, an 11-digit mainland mobile or 0 + area code; stored as E.164 (+86…)'
            cand --email 'E-mail address'
            cand --wechat 'WeChat id'
            cand --community 'Residential community, English or Chinese name (required; see `community list`)'
            cand --address 'Address inside the community (building, floor, flat)'
            cand --languages 'Languages, `;`-separated, preferred first: ISO 639-1 codes or names (en, English, 英语, 普通话)'
            cand --arrival-date 'YYYY-MM-DD'
            cand --residence-registered-on 'Date of the last residence registration with the police'
            cand --permit-type 'work, study, family, residence, business, other or none'
            cand --permit-number 'Residence permit number (stored, shown masked)'
            cand --permit-expiry 'YYYY-MM-DD'
            cand --passport-number 'Passport number (stored, shown masked)'
            cand --consent-contact 'yes or no: consent to receive notices'
            cand --consent-share 'yes or no: consent to pass their identity on with forwarded feedback'
            cand --status 'active or moved-out'
            cand --moved-out-on 'YYYY-MM-DD'
            cand --notes 'Free notes for the desk'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --allow-duplicate 'Allow the change even if it makes a likely duplicate of another resident'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;resident;move-out'= {
            cand --on 'Move-out date, YYYY-MM-DD [default: today]'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;resident;register-residence'= {
            cand --on 'Date of the registration, YYYY-MM-DD [default: today]'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;resident;erase'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;resident;import'= {
            cand --on-conflict 'What to do with a row that matches a stored resident'
            cand --encoding 'Encoding of the file'
            cand --rejects 'CSV file for the rejected rows, with an added `error` column'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --dry-run 'Check everything and report what would happen; write nothing'
            cand --allow-duplicate 'Do not treat same name + nationality (+ birth date or community) as the same person'
            cand --create-communities 'Create communities the file names that do not exist yet'
            cand --skip-invalid 'Import the valid rows; write the invalid ones to --rejects'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;resident;export'= {
            cand --status 'Which residents [default: all; erased residents are never exported]'
            cand --subject 'Everything held about one resident, as one JSON document (audited)'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --include-sensitive 'Include passport and permit numbers (recorded in the audit log)'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;resident;help'= {
            cand add 'Register a new resident (asks for what is missing at a terminal)'
            cand list 'List residents, active ones by default'
            cand find 'Search names, Chinese name, phone, e-mail, WeChat, external id, passport or permit number'
            cand show 'Show one resident (passport and permit numbers masked unless --reveal)'
            cand edit 'Change fields of a resident: --FIELD VALUE (an empty VALUE clears it)'
            cand move-out 'Record that a resident moved out'
            cand register-residence 'Record a residence registration with the police'
            cand erase 'Erase a resident''s personal data for good (an anonymous record stays)'
            cand import 'Import residents from CSV: validated, all or nothing'
            cand export 'Export residents as CSV in the import schema'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;resident;help;add'= {
        }
        &'expatdesk;resident;help;list'= {
        }
        &'expatdesk;resident;help;find'= {
        }
        &'expatdesk;resident;help;show'= {
        }
        &'expatdesk;resident;help;edit'= {
        }
        &'expatdesk;resident;help;move-out'= {
        }
        &'expatdesk;resident;help;register-residence'= {
        }
        &'expatdesk;resident;help;erase'= {
        }
        &'expatdesk;resident;help;import'= {
        }
        &'expatdesk;resident;help;export'= {
        }
        &'expatdesk;resident;help;help'= {
        }
        &'expatdesk;course'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create a course or event and its sessions'
            cand list 'List courses with their next session and enrolled/capacity'
            cand show 'A course, its sessions (with ids) and its roster with waitlist positions'
            cand reschedule 'Move one session (checked for clashes)'
            cand cancel 'Cancel a whole course, or one session of it'
            cand enroll 'Enroll residents: a seat while seats remain, then the waitlist'
            cand drop 'Drop a resident; the first on the waitlist gets the seat'
            cand attend 'Mark attendance at a session'
            cand import 'Import courses from CSV: validated, all or nothing'
            cand export 'Export course definitions as CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;course;add'= {
            cand --title 'Title (English)'
            cand --category 'language, calligraphy, painting, tea, cuisine, music, martial-arts, festival, history, crafts or other'
            cand --start 'First session, "YYYY-MM-DD HH:MM" (Shanghai time)'
            cand --duration 'Length of a session: 90m, 1h30m, 2h'
            cand --repeat 'How sessions repeat'
            cand --count 'Number of occurrences, counted before --skip dates are removed'
            cand --until 'Last date sessions may fall on (inclusive)'
            cand --skip 'Dates without a session (holidays); repeatable'
            cand --kind 'course or event'
            cand --venue 'Where it takes place'
            cand --instructor 'Who teaches or leads it'
            cand --capacity 'Seats (0 = unlimited)'
            cand --language 'Language of instruction (ISO 639-1 code or name: en, English, 英语)'
            cand --title-zh 'Title in Chinese'
            cand --code 'A unique short code, e.g. MAN-101'
            cand --description 'A few sentences for residents (shown in calendars)'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --allow-conflict 'Create the sessions even where they clash with others'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;course;list'= {
            cand --from 'Only courses with a session on or after this date (YYYY-MM-DD)'
            cand --to 'Only courses with a session on or before this date (YYYY-MM-DD)'
            cand --category 'Only this category (language, calligraphy, painting, tea, …)'
            cand --status 'Only courses with this status [default: all]'
            cand --limit 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;course;show'= {
            cand --ics 'Write the course''s sessions as an iCalendar (.ics) file instead of printing the course'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;course;reschedule'= {
            cand --start 'New start, "YYYY-MM-DD HH:MM" (Shanghai time)'
            cand --duration 'New length: 90m, 1h30m, 2h [default: the session''s current length]'
            cand --venue 'Move the session to this venue (the other sessions keep theirs)'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --allow-conflict 'Move the session even where it clashes with another'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;course;cancel'= {
            cand --session 'Cancel only this session of the course (see `course show COURSE`)'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;course;enroll'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;course;drop'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;course;attend'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --absent 'Mark them absent instead of present'
            cand --walk-in 'Enroll anyone not enrolled yet (beyond capacity if need be) and mark them present'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;course;import'= {
            cand --encoding 'The file''s encoding'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --dry-run 'Check everything, clashes included, and write nothing'
            cand --allow-conflict 'Create the sessions even where they clash with others'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;course;export'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;course;help'= {
            cand add 'Create a course or event and its sessions'
            cand list 'List courses with their next session and enrolled/capacity'
            cand show 'A course, its sessions (with ids) and its roster with waitlist positions'
            cand reschedule 'Move one session (checked for clashes)'
            cand cancel 'Cancel a whole course, or one session of it'
            cand enroll 'Enroll residents: a seat while seats remain, then the waitlist'
            cand drop 'Drop a resident; the first on the waitlist gets the seat'
            cand attend 'Mark attendance at a session'
            cand import 'Import courses from CSV: validated, all or nothing'
            cand export 'Export course definitions as CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;course;help;add'= {
        }
        &'expatdesk;course;help;list'= {
        }
        &'expatdesk;course;help;show'= {
        }
        &'expatdesk;course;help;reschedule'= {
        }
        &'expatdesk;course;help;cancel'= {
        }
        &'expatdesk;course;help;enroll'= {
        }
        &'expatdesk;course;help;drop'= {
        }
        &'expatdesk;course;help;attend'= {
        }
        &'expatdesk;course;help;import'= {
        }
        &'expatdesk;course;help;export'= {
        }
        &'expatdesk;course;help;help'= {
        }
        &'expatdesk;schedule'= {
            cand --from 'First day (YYYY-MM-DD) [default: today]'
            cand --to 'Last day, inclusive (YYYY-MM-DD) [default: today + 30 days]'
            cand --ics 'Write the sessions as an iCalendar (.ics) file instead of printing them'
            cand --limit 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;enrollment'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Export as CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;enrollment;export'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;enrollment;help'= {
            cand export 'Export as CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;enrollment;help;export'= {
        }
        &'expatdesk;enrollment;help;help'= {
        }
        &'expatdesk;attendance'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Export as CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;attendance;export'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;attendance;help'= {
            cand export 'Export as CSV'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;attendance;help;export'= {
        }
        &'expatdesk;attendance;help;help'= {
        }
        &'expatdesk;feedback'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand log 'Log a comment or demand; at a terminal, asks for what is missing'
            cand sla 'Show, or set, the default number of days to answer (SLA)'
            cand list 'List feedback items (all by default), oldest first'
            cand show 'One item, all its fields, and its history'
            cand forward 'Forward an item to a department (again: re-forward)'
            cand respond 'Record the answer (again: replace it)'
            cand close 'Close an item (final)'
            cand import 'Import items from CSV: validated, all or nothing'
            cand export 'Export items as CSV; with --department, what is sent to it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;feedback;log'= {
            cand --resident 'The resident it comes from (id)'
            cand --category 'policy, visa-residence, housing, renovation, traffic, healthcare, education, employment, environment, public-safety, community-services or other'
            cand --channel 'walk-in, phone, email, wechat, event, letter or other'
            cand --subject 'One line saying what it is about'
            cand --body 'The full text (multi-line)'
            cand --body-file 'Read the full text from this file (UTF-8)'
            cand --received-at 'When it was received ("YYYY-MM-DD HH:MM" or RFC 3339) [default: now]'
            cand --language 'The language it was written or said in (ISO 639-1 code or name: de, German, 德语, Mandarin)'
            cand --sla-days 'Days to answer, for this item [default: `feedback sla`]'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --anonymous 'It comes from no known resident'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;feedback;sla'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;feedback;list'= {
            cand --status 'Only this status: new, forwarded, responded or closed'
            cand --category 'Only this category (policy, visa-residence, housing, …)'
            cand --department 'Only items currently with this department (code, name or short name: tax, 税务)'
            cand --resident 'Only items from this resident (id)'
            cand --from 'Only items received on or after this date (YYYY-MM-DD)'
            cand --to 'Only items received on or before this date (YYYY-MM-DD)'
            cand --due-within 'Only open items due within DAYS from today, overdue ones included, most urgent first'
            cand --limit 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --overdue 'Only overdue items: new or forwarded after their due date'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;feedback;show'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;feedback;forward'= {
            cand --department 'The department: code, English or Chinese name or short name (住房, 税务), any case; see `department list`'
            cand --note 'Why, or what was asked of them'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;feedback;respond'= {
            cand --response 'The answer (multi-line); at a terminal when left out: in $EDITOR, else typed until an empty line'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;feedback;close'= {
            cand --informed-via 'How the resident was told the answer: walk-in, phone, email, wechat, event, letter or other'
            cand --note 'Why it is closed (needed unless responded and --informed-via given)'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;feedback;import'= {
            cand --encoding 'The file''s encoding'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --dry-run 'Check everything and write nothing'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;feedback;export'= {
            cand --department 'Only the items currently with this department (code, name or short name: tax, 税务), in the department''s layout'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;feedback;help'= {
            cand log 'Log a comment or demand; at a terminal, asks for what is missing'
            cand sla 'Show, or set, the default number of days to answer (SLA)'
            cand list 'List feedback items (all by default), oldest first'
            cand show 'One item, all its fields, and its history'
            cand forward 'Forward an item to a department (again: re-forward)'
            cand respond 'Record the answer (again: replace it)'
            cand close 'Close an item (final)'
            cand import 'Import items from CSV: validated, all or nothing'
            cand export 'Export items as CSV; with --department, what is sent to it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;feedback;help;log'= {
        }
        &'expatdesk;feedback;help;sla'= {
        }
        &'expatdesk;feedback;help;list'= {
        }
        &'expatdesk;feedback;help;show'= {
        }
        &'expatdesk;feedback;help;forward'= {
        }
        &'expatdesk;feedback;help;respond'= {
        }
        &'expatdesk;feedback;help;close'= {
        }
        &'expatdesk;feedback;help;import'= {
        }
        &'expatdesk;feedback;help;export'= {
        }
        &'expatdesk;feedback;help;help'= {
        }
        &'expatdesk;notice'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Publish a bilingual notice (English and Chinese, optionally Japanese)'
            cand list 'List the notices with their audience and languages'
            cand show 'One notice with its texts'
            cand recipients 'Who to send a notice to, in which language, by which channels'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;notice;add'= {
            cand --title-en 'English title'
            cand --title-zh 'Chinese title'
            cand --body-en 'English text'
            cand --body-zh 'Chinese text'
            cand --title-ja 'Japanese title (with --body-ja)'
            cand --body-ja 'Japanese text (with --title-ja)'
            cand --category 'Free-text category, e.g. building, policy, event'
            cand --community 'Only residents of this community (repeat for several)'
            cand --nationality 'Only residents of this nationality (repeat for several)'
            cand --effective 'The day the notice takes effect (YYYY-MM-DD)'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;notice;list'= {
            cand --limit 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;notice;show'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;notice;recipients'= {
            cand --limit 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;notice;help'= {
            cand add 'Publish a bilingual notice (English and Chinese, optionally Japanese)'
            cand list 'List the notices with their audience and languages'
            cand show 'One notice with its texts'
            cand recipients 'Who to send a notice to, in which language, by which channels'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;notice;help;add'= {
        }
        &'expatdesk;notice;help;list'= {
        }
        &'expatdesk;notice;help;show'= {
        }
        &'expatdesk;notice;help;recipients'= {
        }
        &'expatdesk;notice;help;help'= {
        }
        &'expatdesk;report'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand residents 'Active residents grouped by nationality, community, language, gender, permit type or age band'
            cand registrations 'Active residents whose residence registration is due, with the reason'
            cand permits 'Permits expiring within DAYS (expired ones too), most urgent first'
            cand courses 'Sessions held, enrollment and attendance per course'
            cand attendance 'One course''s attendance: a row per enrolled resident, a column per held session'
            cand feedback 'Feedback received, open, responded, closed, overdue and median response time'
            cand monthly 'The month''s figures as metric,value rows'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;report;residents'= {
            cand --by 'What to group the active residents by'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --chart 'Draw a horizontal bar chart on stdout instead of the table (plain lines when stdout is not a terminal)'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;report;registrations'= {
            cand --limit 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;report;permits'= {
            cand --within 'Permits expiring on or before today + DAYS (expired ones included)'
            cand --limit 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;report;courses'= {
            cand --from 'Count sessions starting on or after this date, YYYY-MM-DD'
            cand --to 'Count sessions starting on or before this date, YYYY-MM-DD'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;report;attendance'= {
            cand --course 'Course id (see `expatdesk course list`)'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;report;feedback'= {
            cand --by 'What to group by'
            cand --from 'Only items received on or after this date (YYYY-MM-DD)'
            cand --to 'Only items received on or before this date (YYYY-MM-DD); overdue is counted at its end'
            cand --sla-days 'Count overdue with this SLA (received date + N days) instead of the stored due dates'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --chart 'Draw a bar chart of the items received under the table (table format only)'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;report;monthly'= {
            cand --month 'The month: YYYY-MM, or `last` for the previous calendar month'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;report;help'= {
            cand residents 'Active residents grouped by nationality, community, language, gender, permit type or age band'
            cand registrations 'Active residents whose residence registration is due, with the reason'
            cand permits 'Permits expiring within DAYS (expired ones too), most urgent first'
            cand courses 'Sessions held, enrollment and attendance per course'
            cand attendance 'One course''s attendance: a row per enrolled resident, a column per held session'
            cand feedback 'Feedback received, open, responded, closed, overdue and median response time'
            cand monthly 'The month''s figures as metric,value rows'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;report;help;residents'= {
        }
        &'expatdesk;report;help;registrations'= {
        }
        &'expatdesk;report;help;permits'= {
        }
        &'expatdesk;report;help;courses'= {
        }
        &'expatdesk;report;help;attendance'= {
        }
        &'expatdesk;report;help;feedback'= {
        }
        &'expatdesk;report;help;monthly'= {
        }
        &'expatdesk;report;help;help'= {
        }
        &'expatdesk;today'= {
            cand --limit 'Rows shown in each section, most urgent first [default: 10]; 0 shows all'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;community'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a community'
            cand list 'List the communities with their active residents'
            cand rename 'Rename a community (by id or current name)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;community;add'= {
            cand --name-zh 'Chinese name'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;community;list'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;community;rename'= {
            cand --name-zh 'New Chinese name'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;community;help'= {
            cand add 'Add a community'
            cand list 'List the communities with their active residents'
            cand rename 'Rename a community (by id or current name)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;community;help;add'= {
        }
        &'expatdesk;community;help;list'= {
        }
        &'expatdesk;community;help;rename'= {
        }
        &'expatdesk;community;help;help'= {
        }
        &'expatdesk;department'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a department'
            cand list 'List the departments'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;department;add'= {
            cand --name 'English name'
            cand --name-zh 'Chinese name'
            cand --short-name-zh 'Short Chinese name the desk types (e.g. 税务), accepted wherever a department is named'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;department;list'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;department;help'= {
            cand add 'Add a department'
            cand list 'List the departments'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;department;help;add'= {
        }
        &'expatdesk;department;help;list'= {
        }
        &'expatdesk;department;help;help'= {
        }
        &'expatdesk;batch'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List past imports'
            cand undo 'Remove what a batch inserted and restore what it updated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;batch;list'= {
            cand --limit 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;batch;undo'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;batch;help'= {
            cand list 'List past imports'
            cand undo 'Remove what a batch inserted and restore what it updated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;batch;help;list'= {
        }
        &'expatdesk;batch;help;undo'= {
        }
        &'expatdesk;batch;help;help'= {
        }
        &'expatdesk;audit'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List audit entries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;audit;list'= {
            cand --from 'Only entries on or after this date (YYYY-MM-DD)'
            cand --to 'Only entries on or before this date (YYYY-MM-DD)'
            cand --resident 'Only entries about this resident (their record, rosters, feedback, import)'
            cand --limit 'Show at most N rows [default: 50 in a table, all in csv/json]; 0 shows all'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;audit;help'= {
            cand list 'List audit entries'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;audit;help;list'= {
        }
        &'expatdesk;audit;help;help'= {
        }
        &'expatdesk;init'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --demo 'Also load the demo data set (only into a database without residents)'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;demo'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;backup'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;copy'= {
            cand --from 'The database to copy: a SQLite file or a postgres:// address'
            cand --to 'The new or empty database to copy it into'
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;check'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;completions'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;manpages'= {
            cand --db 'Database: a SQLite file [default: the platform data directory] (a named one must exist, see `init`), or a postgres://USER@HOST/DB address'
            cand --format 'Output format of records [default: table, or from the -o file''s extension]'
            cand -o 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --output 'Write records to FILE atomically; {date} and {month} are filled in'
            cand --operator 'Who is at the desk, for the audit log [default: the login name]'
            cand --lang 'Language of the interface [default: EXPATDESK_LANG, else LC_ALL, LC_MESSAGES, LANG]'
            cand --excel 'CSV for Excel: UTF-8 BOM and CRLF line ends'
            cand --raw 'No formula guard on CSV output; on import, keep a leading `''`'
            cand --no-input 'Never prompt: missing values are an error, confirmations need -y'
            cand -y 'Answer yes to confirmations'
            cand --yes 'Answer yes to confirmations'
            cand -q 'Fewer messages on stderr (errors and warnings still show)'
            cand --quiet 'Fewer messages on stderr (errors and warnings still show)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'expatdesk;help'= {
            cand resident 'Register, find, view and edit residents'
            cand course 'Culture courses and events: sessions, enrollment, attendance'
            cand schedule 'Every session in a date range, as an agenda or an iCalendar file'
            cand enrollment 'Enrollments of every course'
            cand attendance 'Attendance marks of every session'
            cand feedback 'Residents'' comments and demands: forward, answer, close'
            cand notice 'Bilingual notices and who receives them'
            cand report 'Reports for the town office, in fixed CSV columns'
            cand today 'The front-desk dashboard: today''s sessions, permits, registrations, feedback'
            cand community 'Manage the residential communities'
            cand department 'Manage the departments feedback is forwarded to'
            cand batch 'Past imports, and undoing one'
            cand audit 'The audit log of every change'
            cand init 'Create (or upgrade) a database'
            cand demo 'Build a database of realistic sample data to try everything'
            cand backup 'Copy the database to FILE, a consistent SQLite snapshot'
            cand copy 'Copy a whole database between SQLite and PostgreSQL'
            cand check 'Check the database''s integrity, foreign keys and schema version'
            cand completions 'Print shell completions'
            cand manpages 'Write a manual page for every command into DIR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'expatdesk;help;resident'= {
            cand add 'Register a new resident (asks for what is missing at a terminal)'
            cand list 'List residents, active ones by default'
            cand find 'Search names, Chinese name, phone, e-mail, WeChat, external id, passport or permit number'
            cand show 'Show one resident (passport and permit numbers masked unless --reveal)'
            cand edit 'Change fields of a resident: --FIELD VALUE (an empty VALUE clears it)'
            cand move-out 'Record that a resident moved out'
            cand register-residence 'Record a residence registration with the police'
            cand erase 'Erase a resident''s personal data for good (an anonymous record stays)'
            cand import 'Import residents from CSV: validated, all or nothing'
            cand export 'Export residents as CSV in the import schema'
        }
        &'expatdesk;help;resident;add'= {
        }
        &'expatdesk;help;resident;list'= {
        }
        &'expatdesk;help;resident;find'= {
        }
        &'expatdesk;help;resident;show'= {
        }
        &'expatdesk;help;resident;edit'= {
        }
        &'expatdesk;help;resident;move-out'= {
        }
        &'expatdesk;help;resident;register-residence'= {
        }
        &'expatdesk;help;resident;erase'= {
        }
        &'expatdesk;help;resident;import'= {
        }
        &'expatdesk;help;resident;export'= {
        }
        &'expatdesk;help;course'= {
            cand add 'Create a course or event and its sessions'
            cand list 'List courses with their next session and enrolled/capacity'
            cand show 'A course, its sessions (with ids) and its roster with waitlist positions'
            cand reschedule 'Move one session (checked for clashes)'
            cand cancel 'Cancel a whole course, or one session of it'
            cand enroll 'Enroll residents: a seat while seats remain, then the waitlist'
            cand drop 'Drop a resident; the first on the waitlist gets the seat'
            cand attend 'Mark attendance at a session'
            cand import 'Import courses from CSV: validated, all or nothing'
            cand export 'Export course definitions as CSV'
        }
        &'expatdesk;help;course;add'= {
        }
        &'expatdesk;help;course;list'= {
        }
        &'expatdesk;help;course;show'= {
        }
        &'expatdesk;help;course;reschedule'= {
        }
        &'expatdesk;help;course;cancel'= {
        }
        &'expatdesk;help;course;enroll'= {
        }
        &'expatdesk;help;course;drop'= {
        }
        &'expatdesk;help;course;attend'= {
        }
        &'expatdesk;help;course;import'= {
        }
        &'expatdesk;help;course;export'= {
        }
        &'expatdesk;help;schedule'= {
        }
        &'expatdesk;help;enrollment'= {
            cand export 'Export as CSV'
        }
        &'expatdesk;help;enrollment;export'= {
        }
        &'expatdesk;help;attendance'= {
            cand export 'Export as CSV'
        }
        &'expatdesk;help;attendance;export'= {
        }
        &'expatdesk;help;feedback'= {
            cand log 'Log a comment or demand; at a terminal, asks for what is missing'
            cand sla 'Show, or set, the default number of days to answer (SLA)'
            cand list 'List feedback items (all by default), oldest first'
            cand show 'One item, all its fields, and its history'
            cand forward 'Forward an item to a department (again: re-forward)'
            cand respond 'Record the answer (again: replace it)'
            cand close 'Close an item (final)'
            cand import 'Import items from CSV: validated, all or nothing'
            cand export 'Export items as CSV; with --department, what is sent to it'
        }
        &'expatdesk;help;feedback;log'= {
        }
        &'expatdesk;help;feedback;sla'= {
        }
        &'expatdesk;help;feedback;list'= {
        }
        &'expatdesk;help;feedback;show'= {
        }
        &'expatdesk;help;feedback;forward'= {
        }
        &'expatdesk;help;feedback;respond'= {
        }
        &'expatdesk;help;feedback;close'= {
        }
        &'expatdesk;help;feedback;import'= {
        }
        &'expatdesk;help;feedback;export'= {
        }
        &'expatdesk;help;notice'= {
            cand add 'Publish a bilingual notice (English and Chinese, optionally Japanese)'
            cand list 'List the notices with their audience and languages'
            cand show 'One notice with its texts'
            cand recipients 'Who to send a notice to, in which language, by which channels'
        }
        &'expatdesk;help;notice;add'= {
        }
        &'expatdesk;help;notice;list'= {
        }
        &'expatdesk;help;notice;show'= {
        }
        &'expatdesk;help;notice;recipients'= {
        }
        &'expatdesk;help;report'= {
            cand residents 'Active residents grouped by nationality, community, language, gender, permit type or age band'
            cand registrations 'Active residents whose residence registration is due, with the reason'
            cand permits 'Permits expiring within DAYS (expired ones too), most urgent first'
            cand courses 'Sessions held, enrollment and attendance per course'
            cand attendance 'One course''s attendance: a row per enrolled resident, a column per held session'
            cand feedback 'Feedback received, open, responded, closed, overdue and median response time'
            cand monthly 'The month''s figures as metric,value rows'
        }
        &'expatdesk;help;report;residents'= {
        }
        &'expatdesk;help;report;registrations'= {
        }
        &'expatdesk;help;report;permits'= {
        }
        &'expatdesk;help;report;courses'= {
        }
        &'expatdesk;help;report;attendance'= {
        }
        &'expatdesk;help;report;feedback'= {
        }
        &'expatdesk;help;report;monthly'= {
        }
        &'expatdesk;help;today'= {
        }
        &'expatdesk;help;community'= {
            cand add 'Add a community'
            cand list 'List the communities with their active residents'
            cand rename 'Rename a community (by id or current name)'
        }
        &'expatdesk;help;community;add'= {
        }
        &'expatdesk;help;community;list'= {
        }
        &'expatdesk;help;community;rename'= {
        }
        &'expatdesk;help;department'= {
            cand add 'Add a department'
            cand list 'List the departments'
        }
        &'expatdesk;help;department;add'= {
        }
        &'expatdesk;help;department;list'= {
        }
        &'expatdesk;help;batch'= {
            cand list 'List past imports'
            cand undo 'Remove what a batch inserted and restore what it updated'
        }
        &'expatdesk;help;batch;list'= {
        }
        &'expatdesk;help;batch;undo'= {
        }
        &'expatdesk;help;audit'= {
            cand list 'List audit entries'
        }
        &'expatdesk;help;audit;list'= {
        }
        &'expatdesk;help;init'= {
        }
        &'expatdesk;help;demo'= {
        }
        &'expatdesk;help;backup'= {
        }
        &'expatdesk;help;copy'= {
        }
        &'expatdesk;help;check'= {
        }
        &'expatdesk;help;completions'= {
        }
        &'expatdesk;help;manpages'= {
        }
        &'expatdesk;help;help'= {
        }
    ]
    $completions[$command]
}
