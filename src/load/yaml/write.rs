//! A [`Draft`] → YAML text, in the shape FORMAT.md describes: keys in the documented order,
//! every body a `|-` block scalar (as FORMAT.md advises authors), headings plain unless they
//! need quotes. serde-saphyr decides the quoting, so what is written reads back as written.

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_saphyr::{LitStr, SerializerOptions};

use crate::report::draft::{Draft, DraftDivision, DraftPart, DraftPoint};

/// The draft as YAML, after `header` (comment lines, each starting with `#`).
pub fn write(draft: &Draft, header: &[String]) -> Result<String, String> {
    let mut options = SerializerOptions::default();
    // Only bodies are blocks (forced below); a long heading stays on its line.
    options.prefer_block_scalars = false;
    options.min_fold_chars = 1;
    options.compact_list_indent = false;
    let yaml = serde_saphyr::to_string_with_options(&ReportYaml(draft), options)
        .map_err(|error| error.to_string())?;
    let mut out = String::new();
    for line in header {
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(&yaml);
    Ok(out)
}

struct ReportYaml<'a>(&'a Draft);
struct PartYaml<'a>(&'a DraftPart);
struct DivisionYaml<'a>(&'a DraftDivision);
struct PointYaml<'a>(&'a DraftPoint);

/// A body: a literal block, so a long paragraph keeps its one line and nothing needs escaping.
struct Body<'a>(&'a str);

impl Serialize for Body<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        LitStr(self.0).serialize(s)
    }
}

impl Serialize for ReportYaml<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let d = self.0;
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("year", &d.year)?;
        if let Some(authority) = &d.authority {
            map.serialize_entry("authority", authority)?;
        }
        if let Some(title) = &d.title {
            map.serialize_entry("title", title)?;
        }
        if let Some(issued) = &d.issued {
            map.serialize_entry("issued", issued)?;
        }
        if let Some(preamble) = &d.preamble {
            map.serialize_entry("preamble", &Body(preamble))?;
        }
        let parts: Vec<PartYaml> = d.parts.iter().map(PartYaml).collect();
        map.serialize_entry("parts", &parts)?;
        map.end()
    }
}

impl Serialize for PartYaml<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("role", self.0.role.key())?;
        division_entries(&self.0.division, &mut map)?;
        map.end()
    }
}

impl Serialize for DivisionYaml<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        division_entries(self.0, &mut map)?;
        map.end()
    }
}

fn division_entries<M: SerializeMap>(d: &DraftDivision, map: &mut M) -> Result<(), M::Error> {
    map.serialize_entry("heading", &d.heading)?;
    if let Some(body) = &d.body {
        map.serialize_entry("body", &Body(body))?;
    }
    if !d.points.is_empty() {
        let points: Vec<PointYaml> = d.points.iter().map(PointYaml).collect();
        map.serialize_entry("points", &points)?;
    }
    if !d.children.is_empty()
        && let Some(child) = d.level.child()
    {
        let children: Vec<DivisionYaml> = d.children.iter().map(DivisionYaml).collect();
        map.serialize_entry(child.list_key(), &children)?;
    }
    Ok(())
}

impl Serialize for PointYaml<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        if let Some(lead) = &self.0.lead {
            map.serialize_entry("lead", lead)?;
        }
        if let Some(body) = &self.0.body {
            map.serialize_entry("body", &Body(body))?;
        }
        map.end()
    }
}
