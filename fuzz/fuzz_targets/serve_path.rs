//! `cargo fuzz run serve_path`: see fuzz/README.md, and lawrpt_fuzz::serve_path for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| lawrpt_fuzz::serve_path(data));
