//! Fixture projects run through the real binary: one case per `tests/cmd/<case>.toml`, its
//! input project in `<case>.in/`, its expected stdout/stderr beside it and, where the case
//! writes files, the expected output tree in `<case>.out/`. Adding a case means adding files.
//! Refresh the expectations with `TRYCMD=overwrite cargo test --test cli`, then read the diff.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .env("NO_COLOR", "1")
        // Cases speak English unless they name another language (`--lang`, or their env).
        .env("LAWRPT_LANG", "en")
        .case("tests/cmd/*.toml");
}
