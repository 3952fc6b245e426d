//! `word/styles.xml`: what a style ID means for the body. Style IDs are localised ("1",
//! "Heading1", "标题1", "a3"), but a built-in style's `w:name` is always English ("heading 1",
//! "Title"), so headings are known by name, or by an outline level, along the `w:basedOn` chain.

use std::collections::HashMap;

use quick_xml::events::BytesStart;

use super::DocxError;
use super::xml::{self, Node, Nodes};

/// How many `w:basedOn` steps are followed: real chains are a handful long; this also ends a
/// cycle.
const MAX_CHAIN: usize = 16;

#[derive(Debug, Default)]
pub(super) struct Styles {
    by_id: HashMap<String, Style>,
    /// The paragraph style of a paragraph that names none (`w:default="1"`, usually Normal).
    default_paragraph: Option<String>,
}

#[derive(Debug, Default)]
struct Style {
    name: String,
    based_on: Option<String>,
    /// `w:outlineLvl` as written: 0 is the top level, 9 body text.
    outline: Option<usize>,
    bold: Option<bool>,
}

/// What a paragraph style makes of its paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// A heading, 1 being the top level.
    Heading(u8),
    Title,
    Body,
}

impl Styles {
    pub(super) fn parse(xml: &str) -> Result<Styles, DocxError> {
        let mut styles = Styles::default();
        let mut nodes = Nodes::new(xml, "word/styles.xml");
        // The style being read, and the local names of its open elements, itself first.
        let mut current: Option<(String, Style)> = None;
        let mut path: Vec<String> = Vec::new();
        while let Some(node) = nodes.next()? {
            match node {
                Node::Open(element) => {
                    let name = element.local_name().as_ref().to_owned();
                    match &mut current {
                        Some((_, style)) => style.read(&path, &name, &element),
                        None if name == "style" => current = Some(styles.start(&element)),
                        None => continue,
                    }
                    path.push(name);
                }
                Node::Close => {
                    path.pop();
                    if path.is_empty()
                        && let Some((id, style)) = current.take()
                    {
                        styles.by_id.entry(id).or_insert(style);
                    }
                }
                Node::Text(_) => {}
            }
        }
        Ok(styles)
    }

    /// A `w:style` element: its ID, and whether it is the default paragraph style.
    fn start(&mut self, element: &BytesStart<'_>) -> (String, Style) {
        let id = xml::attribute(element, "styleId")
            .unwrap_or_default()
            .into_owned();
        let paragraph = xml::attribute(element, "type").as_deref() == Some("paragraph");
        let default = xml::attribute(element, "default").is_some_and(|d| d == "1" || d == "true");
        if paragraph && default {
            self.default_paragraph = Some(id.clone());
        }
        (id, Style::default())
    }

    /// The role of a paragraph with this style (`None`: the default paragraph style), from the
    /// first style along the chain that says: by its name, else by its outline level.
    pub(super) fn role(&self, id: Option<&str>) -> Role {
        self.chain(id.or(self.default_paragraph.as_deref()))
            .find_map(|style| style.role())
            .unwrap_or(Role::Body)
    }

    /// Whether text in this style is bold, when a style along the chain says so either way.
    /// The nearest style that says wins; Word's toggling of bold between nested styles is not
    /// modelled, as report templates do not rely on it.
    pub(super) fn bold(&self, id: Option<&str>) -> Option<bool> {
        self.chain(id).find_map(|style| style.bold)
    }

    /// The paragraph style's boldness, for runs that say nothing.
    pub(super) fn paragraph_bold(&self, id: Option<&str>) -> Option<bool> {
        self.bold(id.or(self.default_paragraph.as_deref()))
    }

    fn chain<'s>(&'s self, id: Option<&str>) -> impl Iterator<Item = &'s Style> {
        let first = id.and_then(|id| self.by_id.get(id));
        std::iter::successors(first, |style| {
            style.based_on.as_deref().and_then(|id| self.by_id.get(id))
        })
        .take(MAX_CHAIN)
    }
}

impl Style {
    /// An element inside the style, under the elements named by `path`.
    fn read(&mut self, path: &[String], name: &str, element: &BytesStart<'_>) {
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        match (path.as_slice(), name) {
            (["style"], "name") => self.name = xml::val(element).unwrap_or_default().into_owned(),
            (["style"], "basedOn") => self.based_on = xml::val(element).map(String::from),
            (["style", "pPr"], "outlineLvl") => self.outline = xml::number(element),
            (["style", "rPr"], "b") => self.bold = Some(xml::on(element)),
            _ => {}
        }
    }

    fn role(&self) -> Option<Role> {
        let name = self.name.trim().to_ascii_lowercase();
        if name == "title" {
            return Some(Role::Title);
        }
        if let Some(level) = name
            .strip_prefix("heading ")
            .and_then(|level| level.parse::<u8>().ok())
            .filter(|level| (1..=9).contains(level))
        {
            return Some(Role::Heading(level));
        }
        self.outline.map(role_of_outline)
    }
}

/// The role an explicit `w:outlineLvl` gives: 0..=8 headings 1..=9, anything else body text.
pub(super) fn role_of_outline(level: usize) -> Role {
    match u8::try_from(level) {
        Ok(level @ 0..=8) => Role::Heading(level + 1),
        _ => Role::Body,
    }
}

#[cfg(test)]
mod tests {
    use super::{Role, Styles};

    const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:latentStyles><w:lsdException w:name="heading 1"/></w:latentStyles>
  <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
    <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Heading 2"/></w:style>
  <w:style w:type="paragraph" w:styleId="mine"><w:name w:val="我的标题"/><w:basedOn w:val="Heading2"/></w:style>
  <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/>
    <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="lead"><w:name w:val="Lead"/>
    <w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="plain"><w:name w:val="Plain"/><w:basedOn w:val="1"/>
    <w:pPr><w:outlineLvl w:val="9"/></w:pPr><w:rPr><w:b w:val="0"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="x"><w:name w:val="X"/><w:basedOn w:val="y"/></w:style>
  <w:style w:type="paragraph" w:styleId="y"><w:name w:val="Y"/><w:basedOn w:val="x"/></w:style>
  <w:style w:type="character" w:styleId="strong"><w:name w:val="Strong"/><w:rPr><w:b w:val="true"/></w:rPr></w:style>
</w:styles>"#;

    #[track_caller]
    fn role(id: Option<&str>) -> Role {
        Styles::parse(STYLES).unwrap().role(id)
    }

    #[test]
    fn a_localised_style_id_is_a_heading_by_its_english_name() {
        assert_eq!(role(Some("1")), Role::Heading(1));
        assert_eq!(role(Some("Heading2")), Role::Heading(2));
    }

    #[test]
    fn a_custom_style_based_on_a_heading_is_that_heading() {
        assert_eq!(role(Some("mine")), Role::Heading(2));
    }

    #[test]
    fn the_title_style_is_the_title_whatever_its_outline_level() {
        assert_eq!(role(Some("a3")), Role::Title);
    }

    #[test]
    fn an_outline_level_makes_a_heading_one_level_below_it() {
        assert_eq!(role(Some("lead")), Role::Heading(3));
    }

    #[test]
    fn outline_level_nine_is_body_text_even_on_a_style_based_on_a_heading() {
        assert_eq!(role(Some("plain")), Role::Body);
    }

    #[test]
    fn a_paragraph_without_a_style_has_the_default_paragraph_style() {
        assert_eq!(role(None), Role::Body);
    }

    #[test]
    fn an_unknown_style_or_a_cycle_of_based_on_is_body_text() {
        assert_eq!(role(Some("nosuch")), Role::Body);
        assert_eq!(role(Some("x")), Role::Body);
    }

    #[test]
    fn boldness_comes_from_the_nearest_style_that_says() {
        let styles = Styles::parse(STYLES).unwrap();
        assert_eq!(styles.bold(Some("1")), Some(true));
        assert_eq!(styles.bold(Some("plain")), Some(false));
        assert_eq!(styles.bold(Some("strong")), Some(true));
        assert_eq!(styles.paragraph_bold(None), None);
    }
}
