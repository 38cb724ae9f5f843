//! Integration tests: the real binary on temporary databases, with a
//! cleared environment and a fixed clock.
mod common;

mod completions;
mod database;
mod duplicates;
mod global;
mod masking;
mod output;
mod reference;
mod resident;
mod search;
mod validation;
