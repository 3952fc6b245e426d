//! Lists in a message, written as each language writes them.

use crate::tr;

/// Names a user types (YAML keys, roles) as a list in a message: `heading, body` in English,
/// `` `heading`、`body` `` in Chinese, where bare Latin words in a Chinese sentence read as
/// English and the backticks say "type this".
pub fn code_list<S: AsRef<str>>(names: &[S]) -> String {
    let separator = tr!("list-separator").text;
    names
        .iter()
        .map(|name| tr!("code-name", name = name.as_ref()).text)
        .collect::<Vec<_>>()
        .join(&separator)
}
