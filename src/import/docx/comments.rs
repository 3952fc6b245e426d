//! `word/comments.xml`: the reviewers' comments (`w:comment`), each with its id, its author
//! and its text, the paragraphs of a comment on lines of their own.

use super::DocxError;
use super::xml::{self, Node, Nodes};

/// A comment as `comments.xml` holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Written {
    pub id: String,
    pub author: String,
    pub text: String,
}

pub(super) fn read(xml: &str) -> Result<Vec<Written>, DocxError> {
    let mut nodes = Nodes::new(xml, super::COMMENTS);
    let mut comments: Vec<Written> = Vec::new();
    // The open elements' local names, and whether a comment is open.
    let mut open: Vec<String> = Vec::new();
    let mut inside = false;
    let mut paragraphs = 0;
    while let Some(node) = nodes.next()? {
        match node {
            Node::Open(element) => {
                let name = element.local_name().as_ref().to_string();
                match name.as_str() {
                    "comment" if !inside => {
                        inside = true;
                        paragraphs = 0;
                        comments.push(Written {
                            id: xml::attribute(&element, "id")
                                .unwrap_or_default()
                                .into_owned(),
                            author: xml::attribute(&element, "author")
                                .unwrap_or_default()
                                .into_owned(),
                            text: String::new(),
                        });
                    }
                    "p" if inside => {
                        if paragraphs > 0
                            && let Some(comment) = comments.last_mut()
                        {
                            comment.text.push('\n');
                        }
                        paragraphs += 1;
                    }
                    "tab" if inside && open.last().is_some_and(|n| n == "r") => {
                        if let Some(comment) = comments.last_mut() {
                            comment.text.push('\t');
                        }
                    }
                    "br" | "cr" if inside && open.last().is_some_and(|n| n == "r") => {
                        if let Some(comment) = comments.last_mut() {
                            comment.text.push('\n');
                        }
                    }
                    _ => {}
                }
                open.push(name);
            }
            Node::Close => {
                if open.pop().is_some_and(|n| n == "comment") {
                    inside = false;
                }
            }
            Node::Text(text) => {
                // Text in a run's `w:t` only: `w:delText` and field codes are not the comment's.
                if inside
                    && open.last().is_some_and(|n| n == "t")
                    && let Some(comment) = comments.last_mut()
                {
                    comment.text.push_str(&text);
                }
            }
        }
    }
    for comment in &mut comments {
        comment.text = comment.text.trim().to_string();
    }
    Ok(comments)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_comment_has_its_author_and_its_paragraphs_on_lines_of_their_own() {
        let xml = r#"<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:comment w:id="0" w:author="李局长" w:date="2025-03-10T09:00:00Z">
              <w:p><w:r><w:annotationRef/></w:r><w:r><w:t>请核实</w:t></w:r><w:r><w:t xml:space="preserve">数字。</w:t></w:r></w:p>
              <w:p><w:r><w:t>另：</w:t><w:tab/><w:t>见附表</w:t></w:r></w:p>
            </w:comment>
            <w:comment w:id="3" w:author=""><w:p><w:r><w:delText>删</w:delText><w:t>同意</w:t></w:r></w:p></w:comment>
          </w:comments>"#;
        assert_eq!(
            read(xml).unwrap(),
            [
                Written {
                    id: "0".into(),
                    author: "李局长".into(),
                    text: "请核实数字。\n另：\t见附表".into()
                },
                Written {
                    id: "3".into(),
                    author: String::new(),
                    text: "同意".into()
                }
            ]
        );
    }
}
