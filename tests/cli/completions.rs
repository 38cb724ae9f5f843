//! The committed completions in `completions/` match what the binary
//! generates; regenerate with `scripts/completions.sh`.
use crate::common::TestEnv;

const FILES: &[(&str, &str)] = &[
    ("bash", "expatdesk.bash"),
    ("zsh", "_expatdesk"),
    ("fish", "expatdesk.fish"),
    ("elvish", "expatdesk.elv"),
    ("powershell", "_expatdesk.ps1"),
];

#[test]
fn committed_completions_are_up_to_date() {
    let env = TestEnv::empty();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in FILES {
        let generated = env.stdout(&["completions", shell]);
        let committed = std::fs::read_to_string(root.join(file)).unwrap_or_default();
        assert!(
            generated == committed,
            "completions/{file} is stale: run scripts/completions.sh and commit the result"
        );
    }
}

#[test]
fn completions_need_no_database() {
    let env = TestEnv::empty();
    env.run(&["completions", "bash"]).success();
    assert!(!env.db.exists());
}
