//! `cargo fuzz run build_report`: see fuzz/README.md, and lawrpt_fuzz::build_report for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| lawrpt_fuzz::build_report(data));
