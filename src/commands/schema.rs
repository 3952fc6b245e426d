//! `lawrpt schema [-o FILE]`: the JSON Schema of `reports/<year>.yaml` ([`load::schema`]),
//! its descriptions in the run's language first, on standard output or into a file.

use std::io::Write;
use std::path::Path;

use crate::cli::SchemaArgs;
use crate::error::Error;
use crate::i18n;
use crate::load;

/// Prints the schema, or writes it (atomically) to `-o FILE`; `-o -` is standard output.
pub fn schema(args: &SchemaArgs, cwd: &Path, out: &mut dyn Write) -> Result<u8, Error> {
    let text = load::schema::schema(i18n::current());
    match &args.output {
        Some(path) if path.as_os_str() != "-" => write(&cwd.join(path), &text)?,
        _ => out
            .write_all(text.as_bytes())
            .map_err(|e| Error::io("write-terminal", "", e))?,
    }
    Ok(0)
}

/// Writes the schema to `path`, replacing what is there: it is lawrpt's to refresh.
pub(super) fn write(path: &Path, text: &str) -> Result<(), Error> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let name = name.ok_or_else(|| Error::NotAFile {
        path: path.to_path_buf(),
    })?;
    if path.is_dir() {
        return Err(Error::NotAFile {
            path: path.to_path_buf(),
        });
    }
    crate::site::write::write_file(dir, &name, text)
}
