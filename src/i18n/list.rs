//! Lists in a message, written as each language writes them.

use super::Lang;
use crate::tr;

/// Names a user types (YAML keys, roles) as a list in a message: `heading, body` in English,
/// `` `heading`、`body` `` in Chinese, where bare Latin words in a Chinese sentence read as
/// English and the backticks say "type this".
pub fn code_list<S: AsRef<str>>(names: &[S]) -> String {
    code_list_in(super::current(), names)
}

/// [`code_list`] in `lang`, for text published in a language of its own.
pub fn code_list_in<S: AsRef<str>>(lang: Lang, names: &[S]) -> String {
    let separator = tr!(in lang; "list-separator").text;
    names
        .iter()
        .map(|name| tr!(in lang; "code-name", name = name.as_ref()).text)
        .collect::<Vec<_>>()
        .join(&separator)
}
