//! One part's XML as a stream of opened elements, closed elements and text, with entities
//! resolved, well-formedness checked by quick-xml and nesting bounded. Knows nothing of Word.

use std::borrow::Cow;

use quick_xml::XmlVersion;
use quick_xml::escape::resolve_xml_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

use super::DocxError;

/// How deeply elements may nest. Word's deepest real structures (a drawing in a table in a
/// table) stay well under a hundred; past this a file is taken as hostile.
pub(super) const MAX_DEPTH: usize = 256;

pub(super) enum Node<'a> {
    Open(BytesStart<'a>),
    Close,
    Text(Cow<'a, str>),
}

pub(super) struct Nodes<'a> {
    reader: Reader<&'a [u8]>,
    part: &'static str,
    depth: usize,
}

impl<'a> Nodes<'a> {
    pub(super) fn new(xml: &'a str, part: &'static str) -> Self {
        let xml = xml.strip_prefix('\u{feff}').unwrap_or(xml);
        let mut reader = Reader::from_str(xml);
        // `<w:b/>` then comes as an opening and a closing, like `<w:b></w:b>`.
        reader.config_mut().expand_empty_elements = true;
        Nodes {
            reader,
            part,
            depth: 0,
        }
    }

    /// The next node, or `None` at the end of the part.
    pub(super) fn next(&mut self) -> Result<Option<Node<'a>>, DocxError> {
        loop {
            let event = self.reader.read_event().map_err(|error| {
                self.bad(format!(
                    "{error} (at byte {})",
                    self.reader.error_position()
                ))
            })?;
            match event {
                Event::Start(start) => {
                    self.depth += 1;
                    if self.depth > MAX_DEPTH {
                        return Err(DocxError::TooDeep {
                            part: self.part,
                            limit: MAX_DEPTH,
                        });
                    }
                    return Ok(Some(Node::Open(start)));
                }
                Event::End(_) => {
                    self.depth = self.depth.saturating_sub(1);
                    return Ok(Some(Node::Close));
                }
                Event::Text(text) => return Ok(Some(Node::Text(text.xml10_content()))),
                Event::CData(text) => return Ok(Some(Node::Text(text.xml10_content()))),
                Event::GeneralRef(reference) => {
                    let text = match reference.resolve_char_ref() {
                        Ok(Some(char)) => Cow::Owned(char.to_string()),
                        Ok(None) => match resolve_xml_entity(&reference) {
                            Some(text) => Cow::Borrowed(text),
                            None => {
                                return Err(self.bad(format!("unknown entity &{};", &*reference)));
                            }
                        },
                        Err(error) => return Err(self.bad(error.to_string())),
                    };
                    return Ok(Some(Node::Text(text)));
                }
                Event::Eof if self.depth > 0 => {
                    return Err(self.bad(crate::tr!("docx-ends-inside").text));
                }
                Event::Eof => return Ok(None),
                Event::Comment(_)
                | Event::Decl(_)
                | Event::PI(_)
                | Event::DocType(_)
                | Event::Empty(_) => {}
            }
        }
    }

    fn bad(&self, reason: String) -> DocxError {
        DocxError::BadXml {
            part: self.part,
            reason,
        }
    }
}

/// The element's `w:val`.
pub(super) fn val<'e>(element: &'e BytesStart<'_>) -> Option<Cow<'e, str>> {
    attribute(element, "val")
}

/// An attribute by its local name, as everywhere here: Word's prefixes are fixed in practice,
/// and matching local names reads the transitional and the strict schema alike.
pub(super) fn attribute<'e>(element: &'e BytesStart<'_>, name: &str) -> Option<Cow<'e, str>> {
    element
        .attributes()
        .flatten()
        .find(|attribute| attribute.key.local_name().as_ref() == name)?
        .normalized_value(XmlVersion::Implicit1_0)
        .ok()
}

/// An on/off property such as `<w:b/>`: on unless its `w:val` says otherwise.
pub(super) fn on(element: &BytesStart<'_>) -> bool {
    !matches!(val(element).as_deref(), Some("0" | "false" | "off"))
}

/// A small number attribute (a level, a span), `None` when absent or not a number.
pub(super) fn number(element: &BytesStart<'_>) -> Option<usize> {
    val(element)?.trim().parse().ok()
}
