//! The small parsers and their round trips; see `expatdesk::fuzzing::parse_fields`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| expatdesk::fuzzing::parse_fields(data));
