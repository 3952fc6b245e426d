//! `cargo fuzz run schema_loader`: see fuzz/README.md, and lawrpt_fuzz::schema_loader for what it checks.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| lawrpt_fuzz::schema_loader(data));
