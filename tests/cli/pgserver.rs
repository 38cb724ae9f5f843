//! A throw-away PostgreSQL server for the tests: one per test process,
//! started on first use, listening on 127.0.0.1 only, with its data in a
//! fresh temporary folder; each test gets a new, empty database on it.
//!
//! The server is a child of a thread that lives as long as the process,
//! with `PR_SET_PDEATHSIG` set to SIGINT (fast shutdown), so the kernel
//! stops it however the test process ends. A normal exit also removes the
//! folder; folders left by processes that died are swept at the next start.
#![allow(dead_code)]

use std::ffi::{CString, OsStr};
use std::fs::File;
use std::io;
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use postgres::{Client, NoTls};

/// The environment variable that asks for the PostgreSQL run of the suite.
pub const REQUEST_VAR: &str = "EXPATDESK_TEST_PG";

/// The superuser of the throw-away cluster (`initdb -U`).
const SUPERUSER: &str = "postgres";

/// Prefix of the temporary folders, followed by the test process's pid.
const FOLDER_PREFIX: &str = "expatdesk-test-pg-";

/// How long the server may take to accept connections.
const START_LIMIT: Duration = Duration::from_secs(15);

/// Tries at starting the server: the free port is found by binding and
/// dropping a listener, so another process may take it in between.
const START_TRIES: u32 = 3;

const SKIP_MESSAGE: &str = "PostgreSQL tests skipped: initdb/pg_ctl/postgres not found \
                            (install the Debian package `postgresql`)";

/// Is the PostgreSQL run of the suite asked for (EXPATDESK_TEST_PG=1)?
pub fn requested() -> bool {
    std::env::var_os(REQUEST_VAR).is_some_and(|value| value == "1")
}

/// A new, empty database on this test binary's throw-away server, as a
/// `postgres://user@127.0.0.1:PORT/NAME` URL; `None` (after printing once,
/// plainly, to stderr: "PostgreSQL tests skipped: initdb/pg_ctl/postgres
/// not found (install the Debian package `postgresql`)") when the server
/// binaries are absent.
///
/// Panics, naming the server's log, when the binaries are there but the
/// server does not start.
pub fn new_database() -> Option<String> {
    let server = match server() {
        Ok(Some(server)) => server,
        Ok(None) => return None,
        Err(message) => panic!("{message}"),
    };
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = format!(
        "expatdesk_test_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let mut admin = server
        .connect("postgres")
        .unwrap_or_else(|e| panic!("connecting to the test server ({}): {e}", server.describe()));
    admin
        .batch_execute(&format!(
            "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' \
             LC_COLLATE 'C' LC_CTYPE 'C'"
        ))
        .unwrap_or_else(|e| panic!("CREATE DATABASE {name} ({}): {e}", server.describe()));
    Some(format!(
        "postgres://{SUPERUSER}@127.0.0.1:{}/{name}",
        server.port
    ))
}

/// The running server of this process.
struct Server {
    port: u16,
    /// The temporary folder: `data/`, the unix socket and `server.log`.
    folder: PathBuf,
    /// The postmaster's pid.
    pid: u32,
    /// Set by the thread that waits on the postmaster when it ends.
    exit: ExitSlot,
}

impl Server {
    fn log(&self) -> PathBuf {
        self.folder.join("server.log")
    }

    fn describe(&self) -> String {
        format!("port {}, log {}", self.port, self.log().display())
    }

    fn connect(&self, database: &str) -> Result<Client, postgres::Error> {
        connect(self.port, database)
    }
}

fn connect(port: u16, database: &str) -> Result<Client, postgres::Error> {
    postgres::Config::new()
        .host("127.0.0.1")
        .port(port)
        .user(SUPERUSER)
        .dbname(database)
        .connect_timeout(Duration::from_secs(2))
        .connect(NoTls)
}

/// The server, started on the first call; `Ok(None)` (the skip message
/// printed once) without the binaries; `Err` (every call) if it failed.
fn server() -> Result<Option<&'static Server>, String> {
    static SERVER: OnceLock<Result<Option<Server>, String>> = OnceLock::new();
    match SERVER.get_or_init(start) {
        Ok(server) => Ok(server.as_ref()),
        Err(message) => Err(message.clone()),
    }
}

/// Where the postmaster's exit status lands, set by the thread that
/// waits on it.
type ExitSlot = Arc<Mutex<Option<ExitStatus>>>;

/// The pid, exit slot and folder of this process's server, for the exit
/// handler.
static STARTED: OnceLock<(u32, ExitSlot, PathBuf)> = OnceLock::new();

fn start() -> Result<Option<Server>, String> {
    let Some(bin) = find_binaries() else {
        eprintln!("{SKIP_MESSAGE}");
        return Ok(None);
    };
    sweep_leftovers();
    let began = Instant::now();
    let folder = std::env::temp_dir().join(format!("{FOLDER_PREFIX}{}", std::process::id()));
    if folder.exists() {
        std::fs::remove_dir_all(&folder)
            .map_err(|e| format!("removing the old {}: {e}", folder.display()))?;
    }
    std::fs::create_dir(&folder).map_err(|e| format!("creating {}: {e}", folder.display()))?;
    let owner = server_owner()?;
    if let Some((uid, gid)) = owner {
        chown(&folder, uid, gid)?;
    }
    let data = folder.join("data");
    let log_path = folder.join("server.log");

    let initdb = bin.join("initdb");
    let mut command = server_command(&initdb, &folder, owner);
    command
        .args([
            "-A",
            "trust",
            "-U",
            SUPERUSER,
            "--locale=C",
            "-E",
            "UTF8",
            "-N",
            "-D",
        ])
        .arg(&data)
        .stdin(Stdio::null());
    let out = command
        .output()
        .map_err(|e| format!("running {}: {e}", initdb.display()))?;
    if !out.status.success() {
        return Err(format!(
            "{} failed ({}):\n{}{}",
            initdb.display(),
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }

    let mut last_error = String::new();
    for _ in 0..START_TRIES {
        let port = free_port()?;
        match run_postmaster(
            &bin.join("postgres"),
            &folder,
            &data,
            &log_path,
            port,
            owner,
        )? {
            Ok(server) => {
                if STARTED
                    .set((server.pid, server.exit.clone(), folder.clone()))
                    .is_ok()
                {
                    // SAFETY: registers a plain `extern "C"` function.
                    unsafe { libc::atexit(stop_at_exit) };
                }
                if std::env::var_os("EXPATDESK_TEST_PG_VERBOSE").is_some() {
                    eprintln!(
                        "test PostgreSQL server ready in {:.2?} ({})",
                        began.elapsed(),
                        server.describe()
                    );
                }
                return Ok(Some(server));
            }
            Err(message) => last_error = message,
        }
    }
    Err(format!(
        "{last_error}\n({START_TRIES} tries, each on a new port)"
    ))
}

/// Starts the postmaster on `port` from a thread that waits on it for the
/// rest of the process, and waits until it accepts connections. The outer
/// `Err` is final; the inner one means "the server ended early, try another
/// port".
fn run_postmaster(
    postgres: &Path,
    folder: &Path,
    data: &Path,
    log_path: &Path,
    port: u16,
    owner: Option<(libc::uid_t, libc::gid_t)>,
) -> Result<Result<Server, String>, String> {
    let log = File::options()
        .create(true)
        .append(true)
        .open(log_path)
        .map_err(|e| format!("creating {}: {e}", log_path.display()))?;
    let log_err = log
        .try_clone()
        .map_err(|e| format!("{}: {e}", log_path.display()))?;
    let mut command = server_command(postgres, folder, owner);
    command
        .arg("-D")
        .arg(data)
        .args(["-p", &port.to_string(), "-k"])
        .arg(folder)
        .args([
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
            "-c",
            "max_connections=100",
        ])
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log_err);

    let exit: ExitSlot = Arc::new(Mutex::new(None));
    let (sender, receiver) = mpsc::channel();
    let thread_exit = exit.clone();
    std::thread::Builder::new()
        .name("test-postgres".into())
        .spawn(move || {
            // This thread is the server's parent for PR_SET_PDEATHSIG: it
            // must not end before the server does, so it waits on it.
            let mut child = match command.spawn() {
                Ok(child) => child,
                Err(e) => {
                    let _ = sender.send(Err(e));
                    return;
                }
            };
            let _ = sender.send(Ok(child.id()));
            let status = child.wait();
            if let Ok(mut slot) = thread_exit.lock() {
                *slot = Some(status.unwrap_or_else(|_| ExitStatus::default()));
            }
        })
        .map_err(|e| format!("starting the thread of the test server: {e}"))?;
    let pid = receiver
        .recv()
        .map_err(|e| format!("the thread of the test server: {e}"))?
        .map_err(|e| format!("starting {}: {e}", postgres.display()))?;

    let server = Server {
        port,
        folder: folder.to_path_buf(),
        pid,
        exit,
    };
    let deadline = Instant::now() + START_LIMIT;
    loop {
        match server.connect("postgres") {
            Ok(_) => return Ok(Ok(server)),
            Err(error) => {
                let ended = *server.exit.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(status) = ended {
                    return Ok(Err(format!(
                        "the test PostgreSQL server ended at start ({status}); its log, {}:\n{}",
                        log_path.display(),
                        tail(log_path)
                    )));
                }
                if Instant::now() > deadline {
                    // SAFETY: a signal to our own child.
                    unsafe { libc::kill(pid as libc::pid_t, libc::SIGINT) };
                    return Err(format!(
                        "the test PostgreSQL server (pid {pid}, port {port}) accepted no \
                         connection within {START_LIMIT:?} ({error}); its log, {}:\n{}",
                        log_path.display(),
                        tail(log_path)
                    ));
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }
}

/// `program` to run in `folder`, without the PG* variables, as `owner`
/// when given, and stopped by SIGINT when the spawning thread ends.
fn server_command(
    program: &Path,
    folder: &Path,
    owner: Option<(libc::uid_t, libc::gid_t)>,
) -> Command {
    let mut command = Command::new(program);
    command.current_dir(folder);
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PG") {
            command.env_remove(key);
        }
    }
    command.env("LC_ALL", "C");
    let parent = std::process::id() as libc::pid_t;
    // SAFETY: only async-signal-safe system calls between fork and exec.
    unsafe {
        command.pre_exec(move || {
            if let Some((uid, gid)) = owner {
                if libc::setgroups(0, std::ptr::null()) != 0
                    || libc::setgid(gid) != 0
                    || libc::setuid(uid) != 0
                {
                    return Err(io::Error::last_os_error());
                }
            }
            // After setuid: changing credentials clears the death signal.
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGINT as libc::c_ulong) != 0 {
                return Err(io::Error::last_os_error());
            }
            // The parent may have died before the prctl.
            if libc::getppid() != parent {
                return Err(io::Error::from_raw_os_error(libc::ESRCH));
            }
            Ok(())
        });
    }
    command
}

/// The exit handler: a fast shutdown, then the folder removed.
extern "C" fn stop_at_exit() {
    let Some((pid, exit, folder)) = STARTED.get() else {
        return;
    };
    // SAFETY: a signal to our own child.
    unsafe { libc::kill(*pid as libc::pid_t, libc::SIGINT) };
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if exit.lock().map(|slot| slot.is_some()).unwrap_or(true) {
            let _ = std::fs::remove_dir_all(folder);
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The folder with `initdb` and `postgres`: PATH's (resolved, so both
/// come from one installation), else the newest `/usr/lib/postgresql/*/bin`.
fn find_binaries() -> Option<PathBuf> {
    let complete = |dir: &Path| dir.join("initdb").is_file() && dir.join("postgres").is_file();
    if let Some(initdb) = on_path("initdb") {
        let resolved = initdb.canonicalize().unwrap_or(initdb);
        if let Some(dir) = resolved.parent().filter(|dir| complete(dir)) {
            return Some(dir.to_path_buf());
        }
    }
    let mut versions: Vec<(Vec<u32>, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            let version = entry
                .file_name()
                .to_str()?
                .split('.')
                .map(|part| part.parse().ok())
                .collect::<Option<Vec<u32>>>()?;
            Some((version, entry.path().join("bin")))
        })
        .filter(|(_, bin)| complete(bin))
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|path| path.is_file())
}

/// A port that was free a moment ago on 127.0.0.1.
fn free_port() -> Result<u16, String> {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .map_err(|e| format!("finding a free port on 127.0.0.1: {e}"))
}

/// The `postgres` OS user's uid and gid when running as root (PostgreSQL
/// refuses to run as root); `None` otherwise.
fn server_owner() -> Result<Option<(libc::uid_t, libc::gid_t)>, String> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Ok(None);
    }
    let name = CString::new("postgres").expect("no NUL");
    // SAFETY: getpwnam_r writes into `entry` and `buffer`, both ours and
    // large enough as stated; `found` points at `entry` or is null.
    unsafe {
        let mut entry: libc::passwd = std::mem::zeroed();
        let mut buffer = vec![0 as libc::c_char; 16 * 1024];
        let mut found: *mut libc::passwd = std::ptr::null_mut();
        let code = libc::getpwnam_r(
            name.as_ptr(),
            &mut entry,
            buffer.as_mut_ptr(),
            buffer.len(),
            &mut found,
        );
        if code != 0 || found.is_null() {
            return Err(
                "running as root, and PostgreSQL will not: no `postgres` OS user to run \
                 the test server as (the Debian package `postgresql` creates it)"
                    .to_string(),
            );
        }
        Ok(Some((entry.pw_uid, entry.pw_gid)))
    }
}

fn chown(path: &Path, uid: libc::uid_t, gid: libc::gid_t) -> Result<(), String> {
    std::os::unix::fs::chown(path, Some(uid), Some(gid))
        .map_err(|e| format!("giving {} to the postgres user: {e}", path.display()))
}

/// Removes the folders of test processes that no longer run (and whose
/// server, if any, has stopped).
fn sweep_leftovers() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = leftover_pid(&name) else {
            continue;
        };
        if pid == std::process::id() || alive(pid) {
            continue;
        }
        let postmaster = std::fs::read_to_string(entry.path().join("data/postmaster.pid"))
            .ok()
            .and_then(|text| text.lines().next()?.trim().parse::<u32>().ok());
        if postmaster.is_some_and(alive) {
            continue;
        }
        let _ = std::fs::remove_dir_all(entry.path());
    }
}

fn leftover_pid(name: &OsStr) -> Option<u32> {
    name.to_str()?.strip_prefix(FOLDER_PREFIX)?.parse().ok()
}

/// Does a process with this pid exist (kill(pid, 0) does not fail with
/// ESRCH)?
fn alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only checks that the process exists.
    if unsafe { libc::kill(pid, 0) } == 0 {
        return true;
    }
    io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

/// The last lines of a log, for a panic message.
fn tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(30)..].join("\n")
}

#[test]
fn a_throw_away_server_gives_each_test_its_own_database() {
    let Some(first) = new_database() else {
        eprintln!("a_throw_away_server_gives_each_test_its_own_database: skipped");
        return;
    };
    let second = new_database().expect("a second database on the same server");
    assert_ne!(first, second);
    let mut one = Client::connect(&first, NoTls).expect("connects to the first database");
    let mut other = Client::connect(&second, NoTls).expect("connects to the second database");
    one.batch_execute(
        "CREATE TABLE only_here (id integer PRIMARY KEY); INSERT INTO only_here VALUES (1)",
    )
    .expect("creates a table");
    let table = |client: &mut Client| -> bool {
        client
            .query_one("SELECT to_regclass('only_here') IS NOT NULL", &[])
            .expect("queries the catalog")
            .get(0)
    };
    assert!(table(&mut one), "the table is in the first database");
    assert!(
        !table(&mut other),
        "the table leaked into the second database"
    );
    let (encoding, collate): (String, String) = {
        let row = other
            .query_one(
                "SELECT pg_encoding_to_char(encoding), datcollate FROM pg_database \
                 WHERE datname = current_database()",
                &[],
            )
            .expect("reads the database's settings");
        (row.get(0), row.get(1))
    };
    assert_eq!((encoding.as_str(), collate.as_str()), ("UTF8", "C"));
}
