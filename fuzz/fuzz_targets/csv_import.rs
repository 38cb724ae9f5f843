//! `resident import` on arbitrary bytes; see `expatdesk::fuzzing::csv_import`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| expatdesk::fuzzing::csv_import(data));
