//! Reading import files (SPEC §3, issue 11): encodings decided and decoded
//! strictly, pipes and FIFOs read once, over-long values refused while
//! they are read, header errors bounded, and the messages of a full
//! temporary folder or rejects file.
use std::io::Write;
use std::process::{Command, Stdio};

use crate::common::{stderr, TestEnv};
use crate::faults::full::Tmpfs;

const HEADER: &str = "family_name,given_name,nationality,community\n";

#[test]
fn a_stray_byte_in_a_utf8_file_is_exit_5_naming_its_line() {
    let env = TestEnv::with_community();
    let mut bytes = HEADER.as_bytes().to_vec();
    for name in ["Müller", "Søren", "Zoë", "José", "Anaïs"] {
        bytes.extend_from_slice(format!("{name},Anna,DE,Green Court\n").as_bytes());
    }
    bytes.extend_from_slice(b"Bad\xffByte,Anna,DE,Green Court\n");
    env.write("stray.csv", &bytes);
    let err = env.fails(&["resident", "import", "stray.csv"], 5);
    assert!(err.contains("stray.csv:7: is not valid UTF-8"), "{err}");
    assert!(err.contains("--encoding"), "{err}");
    assert!(env.ids(&["resident", "list"]).is_empty(), "nothing stored");
    // Read as GB18030 on purpose, 0xFF does not decode either: exit 5, the
    // line named, never U+FFFD stored.
    let err = env.fails(
        &["resident", "import", "stray.csv", "--encoding", "gb18030"],
        5,
    );
    assert!(err.contains("stray.csv:7: is not valid gb18030"), "{err}");
    assert!(env.ids(&["resident", "list"]).is_empty());
}

#[test]
fn utf16_files_with_a_bom_are_read() {
    let env = TestEnv::with_community();
    let text = format!("{HEADER}Müller,Anna,DE,Green Court\n王,小明,CN,Green Court\n");
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    env.write("le.csv", le);
    env.write("be.csv", be);
    env.imports(&["le.csv"]);
    env.imports(&["be.csv", "--on-conflict", "skip"]);
    let names = env.csv(&["resident", "list"]);
    assert!(names.contains("Müller,Anna"), "{names}");
    assert!(names.contains("王,小明"), "{names}");
    assert_eq!(env.ids(&["resident", "list"]).len(), 2);
}

#[test]
fn a_fifo_and_dev_stdin_fed_by_a_pipe_are_read_once_as_a_stream() {
    let env = TestEnv::with_community();
    let fifo = env.path("people.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("SKIPPED the FIFO half: mkfifo failed");
    } else {
        let path = fifo.clone();
        let writer = std::thread::spawn(move || {
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .expect("opens");
            f.write_all(format!("{HEADER}Fifo,Anna,DE,Green Court\n").as_bytes())
                .expect("writes");
        });
        env.imports(&[fifo.to_str().expect("utf-8")]);
        writer.join().expect("writer");
    }
    let mut child = env
        .std_cmd()
        .args(["resident", "import", "/dev/stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{HEADER}Piped,Bob,FR,Green Court\n").as_bytes())
        .expect("writes");
    let out = child.wait_with_output().expect("waits");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let names = env.csv(&["resident", "list"]);
    assert!(names.contains("Piped,Bob"), "{names}");
}

#[test]
fn a_200_mb_line_is_refused_as_it_is_read() {
    let env = TestEnv::with_community();
    let path = env.path("big.csv");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).expect("creates"));
        f.write_all(HEADER.as_bytes()).expect("writes");
        let block = vec![b'x'; 1 << 20];
        for _ in 0..200 {
            f.write_all(&block).expect("writes");
        }
        f.write_all(b",Anna,DE,Green Court\n").expect("writes");
    }
    let err = env.fails(&["resident", "import", "big.csv"], 5);
    assert!(
        err.contains("big.csv:2: family_name: the value is larger than 64 KiB"),
        "{err}"
    );
    let time = std::path::Path::new("/usr/bin/time");
    if time.exists() {
        let cmd = env.std_cmd();
        let out = Command::new(time)
            .env_clear()
            .envs(cmd.get_envs().filter_map(|(k, v)| v.map(|v| (k, v))))
            .current_dir(env.dir.path())
            .args(["-f", "%M", "-o", "peak.txt"])
            .arg(cmd.get_program())
            .args(["resident", "import", "big.csv"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(5));
        // GNU time puts "Command exited with non-zero status 5" first.
        let report = std::fs::read_to_string(env.path("peak.txt")).expect("report");
        let kib: u64 = report
            .lines()
            .last()
            .and_then(|l| l.trim().parse().ok())
            .expect("KiB");
        assert!(kib < 64 * 1024, "peak {kib} KiB for a 200 MB line");
    }
}

#[test]
fn header_errors_are_capped_like_row_errors() {
    let env = TestEnv::with_community();
    let mut header = String::from("family_name,nationality,community");
    for i in 0..100_000 {
        header.push_str(&format!(",extra{i}"));
    }
    header.push('\n');
    env.write("wide.csv", header);
    let err = env.fails(&["resident", "import", "wide.csv"], 5);
    let errors = err.lines().filter(|l| l.starts_with("error:")).count();
    assert_eq!(errors, 51, "50 and a count");
    assert!(
        err.contains("wide.csv:1: unknown column \"extra0\""),
        "{err}"
    );
    assert!(err.contains("… and 99950 more"), "{err}");
}

#[test]
fn a_full_temporary_folder_and_a_full_rejects_disk_are_named() {
    let env = TestEnv::with_community();
    let fs = env.path("fs");
    let _tmpfs = match Tmpfs::mount(&fs, "1m") {
        Ok(t) => t,
        Err(why) => {
            eprintln!("SKIPPED a_full_temporary_folder_…: {why}");
            return;
        }
    };
    // 2 MB of rows through stdin into a 1 MiB temporary folder.
    let mut rows = String::from("family_name,nationality,community,notes\n");
    while rows.len() < 2 << 20 {
        rows.push_str(&format!(
            "Fam{},DE,Green Court,{}\n",
            rows.len(),
            "n".repeat(200)
        ));
    }
    let out = env
        .cmd()
        .env("TMPDIR", &fs)
        .args(["resident", "import", "-"])
        .write_stdin(rows)
        .output()
        .expect("runs");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(7), "{err}");
    assert!(
        err.contains(&format!(
            "cannot copy stdin to the temporary folder {}",
            fs.display()
        )),
        "{err}"
    );
    assert!(
        err.contains("No space left on device") && err.contains("TMPDIR"),
        "{err}"
    );
    // The rejects file on a full disk: named, and the import rolled back.
    let mut bad = String::from(HEADER);
    for i in 0..20_000 {
        bad.push_str(&format!("Bad{i},Anna,XX,Green Court\n"));
    }
    bad.push_str("Good,Anna,DE,Green Court\n");
    env.write("bad.csv", bad);
    let rejects = fs.join("rejects.csv");
    let out = env.output(&[
        "resident",
        "import",
        "bad.csv",
        "--skip-invalid",
        "--rejects",
        rejects.to_str().expect("utf-8"),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(7), "{err}");
    assert!(
        err.contains(&format!(
            "cannot write {}: No space left on device",
            rejects.display()
        )),
        "{err}"
    );
    assert!(env.ids(&["resident", "list"]).is_empty(), "rolled back");
}

#[test]
fn a_killed_import_from_stdin_leaves_no_copy_of_it() {
    let env = TestEnv::with_community();
    let tmp = env.path("tmp");
    std::fs::create_dir(&tmp).expect("creates");
    let mut child = env
        .std_cmd()
        .env("TMPDIR", &tmp)
        .args(["resident", "import", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawns");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin
        .write_all(format!("{HEADER}Private,Person,DE,Green Court\n").as_bytes())
        .expect("writes");
    stdin.flush().expect("flushes");
    // The copy is being made (stdin is still open): kill it there.
    std::thread::sleep(std::time::Duration::from_millis(300));
    child.kill().expect("kills");
    child.wait().expect("waits");
    drop(stdin);
    let left: Vec<_> = std::fs::read_dir(&tmp).expect("lists").collect();
    assert!(left.is_empty(), "the spool of stdin stayed: {left:?}");
}
