//! `cargo fuzz run import_text`: see fuzz/README.md, and lawrpt_fuzz::import_text for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| lawrpt_fuzz::import_text(data));
