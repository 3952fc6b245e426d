//! `cargo fuzz run import_docx`: see fuzz/README.md, and lawrpt_fuzz::import_docx for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| lawrpt_fuzz::import_docx(data));
