//! Packaging a fuzz input as a Word file: shared by the `import_docx` target (through this
//! crate) and by `tests/fuzz_corpus.rs` in lawrpt's own tests (through `#[path]`), so the
//! corpus is replayed exactly as it was fuzzed. Needs only std and zip.

use std::io::Write as _;

/// A `.docx` archive (stored, not compressed) of `data` as `word/document.xml`, or, when
/// `data` has a NUL byte, of what is before it as `word/document.xml` and what is after it
/// as `word/styles.xml`. tests/fuzz_corpus.rs packages the corpus with this same file
/// (`#[path]`), so what the harness replays is what the fuzzer ran.
pub fn docx_of(data: &[u8]) -> Vec<u8> {
    let (document, styles) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], Some(&data[at + 1..])),
        None => (data, None),
    };
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let parts = [
        ("word/document.xml", Some(document)),
        ("word/styles.xml", styles),
    ];
    for (name, part) in parts {
        if let Some(part) = part {
            let written = writer
                .start_file(name, options)
                .and_then(|()| writer.write_all(part).map_err(Into::into));
            assert!(written.is_ok(), "a zip archive is written in memory");
        }
    }
    match writer.finish() {
        Ok(cursor) => cursor.into_inner(),
        Err(error) => panic!("a zip archive is written in memory: {error}"),
    }
}
