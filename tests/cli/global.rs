//! Global behaviour of SPEC §1: database location rules, exit codes.
use crate::common::{stderr, TestEnv};

#[test]
fn a_named_database_that_does_not_exist_is_exit_7_and_not_created() {
    let env = TestEnv::empty();
    let out = env.output(&["resident", "list"]);
    assert_eq!(out.status.code(), Some(7));
    assert!(
        stderr(&out).starts_with("error: database "),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("init"));
    assert!(!env.db.exists());
}
