//! Integration tests: the real binary on temporary databases, with a
//! cleared environment and a fixed clock.
mod common;

mod completions;
mod global;
