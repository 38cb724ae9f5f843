//! Upkeep commands: init, demo, backup, check, audit, completions, manpages.
pub mod audit;
pub mod backup;
pub mod check;
pub mod completions;
pub mod copy;
pub mod demo;
pub mod init;
pub mod manpages;
pub mod today;
