//! `cargo fuzz run docx_roundtrip`: see fuzz/README.md, and lawrpt_fuzz::docx_roundtrip for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| lawrpt_fuzz::docx_roundtrip(data));
