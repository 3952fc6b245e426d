//! `lawrpt import FILE`: a published report (web text or a Word file) into
//! `reports/<year>.yaml`, through the `import` stage.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use super::start::{
    checked, counts, modeline_for, project_around, read_config, shown, write_new, write_schema,
};
use crate::cli::ImportArgs;
use crate::error::Error;
use crate::import::{self, Paragraph};
use crate::load::project::{self, Project};
use crate::load::{schema, yaml};
use crate::printer::{Human, Verbosity};
use crate::report::model::LineIndex;
use crate::rules::diagnostic::{Diagnostic, Tally};
use crate::rules::id;
use crate::tr;

/// A Word file is refused above this size (pictures make them large; text never does).
const MAX_WORD_BYTES: u64 = 64 * 1024 * 1024;

/// Runs `lawrpt import`; exit 0 when the YAML was written (notes are warnings), 2 when the
/// input is not text or a Word file lawrpt can read.
pub fn import(
    args: &ImportArgs,
    project_dirs: &[PathBuf],
    cwd: &Path,
    (color, verbosity): (bool, Verbosity),
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<u8, Error> {
    let human = Human::new(color);
    let io = |e: std::io::Error| Error::io("write-terminal", "", e);
    let year = match &args.year {
        Some(year) if !project::is_year(year) => {
            return Err(Error::NotAYear {
                argument: year.clone(),
            });
        }
        Some(year) => year.parse().ok(),
        None => None,
    };
    let project = project_around(project_dirs, cwd)?;
    let config = project.as_ref().map(read_config).unwrap_or_default();
    let Some(Source {
        paragraphs,
        text: source,
        encoding,
        word,
        comments,
    }) = read_source(&args.file, &human, err)?
    else {
        return Ok(2);
    };
    let options = import::Options {
        year,
        authority: args.authority.clone(),
        title_pattern: config.title.clone(),
    };
    let mut imported =
        import::import(&paragraphs, &source, &options).map_err(|r| refused(&args.file, r))?;
    imported.add_notes(import::comment_notes(&comments, &source));
    if verbosity == Verbosity::Verbose {
        let read = tr!(
            "detail-import-read",
            file = args.file.display().to_string(),
            paragraphs = paragraphs.len(),
            encoding = encoding.to_string(),
            word = if word { "yes" } else { "no" }
        );
        writeln!(err, "{}", read.text).map_err(io)?;
    }
    if verbosity != Verbosity::Quiet {
        let lines = LineIndex::new(&source);
        for note in &imported.notes {
            let note = located(note.clone(), &args.file, word);
            human.diagnostic(&note, Some(&lines), err).map_err(io)?;
        }
    }
    let draft = imported.draft;
    let year = draft.year.to_string();
    let file_name = args
        .file
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let target = match &args.output {
        Some(path) if path.as_os_str() == "-" => None,
        Some(path) => Some(cwd.join(path)),
        None => Some(
            project
                .as_ref()
                .map_or(cwd, |p| p.root.as_path())
                .join(Project::report_path(&year)),
        ),
    };
    // The project the file goes into: the one found, or the current folder, which the
    // default target makes one. A file written elsewhere names no schema; standard output
    // names it where a report in `reports/` finds it.
    let root = match (&project, &args.output) {
        (Some(project), _) => Some(project.root.as_path()),
        (None, None) => Some(cwd),
        (None, Some(_)) => None,
    };
    let modeline = match (&target, root) {
        (None, _) => Some(schema::modeline(1)),
        (Some(path), Some(root)) => modeline_for(root, path),
        (Some(_), None) => None,
    };
    let names_schema = modeline.is_some();
    let header: Vec<String> = modeline
        .into_iter()
        .chain([
            tr!(
                "import-header",
                file = file_name.as_str(),
                encoding = encoding.to_string()
            )
            .text,
            tr!("import-header-numbering").text,
        ])
        .collect();
    let text = yaml::write(&draft, &header).map_err(|message| Error::WriteYaml { message })?;
    let mut schema_written = None;
    match &target {
        Some(path) => {
            write_new(path, &text, args.force, cwd)?;
            if let Some(root) = root
                && names_schema
            {
                schema_written = write_schema(root, cwd)?;
            }
        }
        None => out.write_all(text.as_bytes()).map_err(io)?,
    }
    let found = checked(&text, &year, &config);
    let tally = Tally::of(&found);
    let shown = target
        .as_deref()
        .map_or_else(|| tr!("standard-output").text, |p| shown(p, cwd));
    if verbosity == Verbosity::Quiet {
        return Ok(0);
    }
    let left_out = imported
        .notes
        .iter()
        .filter(|n| n.rule == id::IMPORT_DEBRIS)
        .count();
    let listed = comments.len();
    let summary = tr!(
        "import-summary",
        file = args.file.display().to_string(),
        encoding = encoding.to_string(),
        target = shown.as_str(),
        counts = counts(&draft),
        left_out = left_out,
        notes = imported.notes.len() - left_out - listed,
        year = year.as_str(),
        tally = tally.to_string()
    );
    let comments = (listed > 0).then(|| tr!("import-summary-comments", count = listed).text);
    writeln!(err, "{}{}", summary.text, comments.unwrap_or_default()).map_err(io)?;
    if let Some(schema) = schema_written {
        writeln!(err, "{}", tr!("schema-written", path = schema).text).map_err(io)?;
    }
    if verbosity == Verbosity::Verbose && !found.is_empty() {
        let heading = tr!("detail-import-check", year = year.as_str());
        writeln!(err, "\n{}\n", heading.text).map_err(io)?;
        let lines = LineIndex::new(&text);
        for mut d in found {
            d.file = PathBuf::from(&shown);
            human.diagnostic(&d, Some(&lines), err).map_err(io)?;
        }
    }
    Ok(0)
}

/// What stops an import of `file`.
pub(super) fn refused(file: &Path, refused: import::Refused) -> Error {
    let file = file.to_path_buf();
    match refused {
        import::Refused::NoYear => Error::NoYear { file },
        import::Refused::NoText => Error::NothingToImport { file },
    }
}

/// An import note, placed in `file`; in a Word file, which has no lines, its paragraph
/// number stands in for the line and the message names it.
pub(super) fn located(mut note: Diagnostic, file: &Path, word: bool) -> Diagnostic {
    note.file = file.to_path_buf();
    if word {
        note.message = tr!(
            "import-paragraph",
            paragraph = note.span.line,
            message = note.message.as_str()
        )
        .text;
    }
    note
}

pub(super) fn read_input(path: &Path) -> Result<Vec<u8>, Error> {
    let metadata = fs::metadata(path).map_err(|e| Error::io("read", path, e))?;
    if !metadata.is_file() {
        return Err(Error::NotAFile {
            path: path.to_path_buf(),
        });
    }
    let limit = MAX_WORD_BYTES;
    if metadata.len() > limit {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            size: metadata.len(),
            limit,
        });
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| f.take(limit + 1).read_to_end(&mut bytes))
        .map_err(|e| Error::io("read", path, e))?;
    Ok(bytes)
}

/// What an import reads: the paragraphs, the text they stand in (for notes), its encoding.
struct Source {
    paragraphs: Vec<Paragraph>,
    text: String,
    encoding: &'static str,
    word: bool,
    /// A Word file's comments, to list among the notes.
    comments: Vec<import::docx::Comment>,
}

/// The paragraphs of a published report, text or Word; None (after saying why, with the
/// place) when text is in no encoding lawrpt reads.
fn read_source(path: &Path, human: &Human, err: &mut dyn Write) -> Result<Option<Source>, Error> {
    let bytes = read_input(path)?;
    let word = bytes.starts_with(b"PK\x03\x04")
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    if word {
        let (paragraphs, text, comments) = word_paragraphs(&bytes, path)?;
        return Ok(Some(Source {
            paragraphs,
            text,
            encoding: "Word",
            word,
            comments,
        }));
    }
    match import::decode(&bytes) {
        Ok(decoded) => Ok(Some(Source {
            paragraphs: import::paragraphs::of_text(&decoded.text),
            text: decoded.text,
            encoding: decoded.encoding,
            word,
            comments: Vec::new(),
        })),
        Err(at) => {
            let mut d = Diagnostic::new(
                id::ENCODING,
                crate::report::model::Span {
                    line: at.line,
                    col: at.col,
                    offset: 0,
                    len: 0,
                },
                tr!("import-encoding"),
            )
            .hint(tr!("hint-import-encoding"));
            d.file = path.to_path_buf();
            human
                .diagnostic(&d, None, err)
                .map_err(|e| Error::io("write-terminal", "", e))?;
            Ok(None)
        }
    }
}

/// A Word file's paragraphs, a text standing for it in notes (paragraph N on line N), and
/// its comments.
pub(super) fn word_paragraphs(
    bytes: &[u8],
    path: &Path,
) -> Result<(Vec<Paragraph>, String, Vec<import::docx::Comment>), Error> {
    let document = import::docx::read(bytes).map_err(|error| Error::NotAWordFile {
        path: path.to_path_buf(),
        reason: error.to_string(),
    })?;
    let (paragraphs, text) = import::paragraphs::of_word(&document.blocks);
    Ok((paragraphs, text, document.comments))
}
