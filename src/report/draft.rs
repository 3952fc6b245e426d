//! A report as lawrpt writes it: plain data with no spans, built by `import` (from published
//! text or a Word file) and by `new` (next year's skeleton), and written out as YAML by
//! [`crate::load::yaml::write`] in the shape FORMAT.md describes.
//!
//! [`Draft::of`] turns a loaded [`Report`] back into a draft, so what was read and what is
//! written can be compared (the importer's round-trip property test does exactly that).

use crate::report::model::{Division, Level, Point, Report, Role};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Draft {
    pub year: i64,
    pub authority: Option<String>,
    pub title: Option<String>,
    /// `YYYY-MM-DD`.
    pub issued: Option<String>,
    pub preamble: Option<String>,
    pub parts: Vec<DraftPart>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DraftPart {
    pub role: Role,
    pub division: DraftDivision,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DraftDivision {
    pub level: Level,
    pub heading: String,
    pub body: Option<String>,
    pub points: Vec<DraftPoint>,
    pub children: Vec<DraftDivision>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DraftPoint {
    pub lead: Option<String>,
    pub body: Option<String>,
}

impl DraftDivision {
    pub fn new(level: Level, heading: impl Into<String>) -> DraftDivision {
        DraftDivision {
            level,
            heading: heading.into(),
            body: None,
            points: Vec::new(),
            children: Vec::new(),
        }
    }
}

impl Draft {
    /// A loaded report as a draft: everything the YAML said, without positions.
    pub fn of(report: &Report) -> Draft {
        Draft {
            year: report.year.value,
            authority: report.authority.as_ref().map(|a| a.value.clone()),
            title: report.title.as_ref().map(|t| t.value.clone()),
            issued: report.issued.as_ref().map(|d| d.value.iso()),
            preamble: report.preamble.as_ref().map(|p| p.value.clone()),
            parts: report
                .parts
                .iter()
                .map(|part| DraftPart {
                    role: part.role.value,
                    division: division(&part.division),
                })
                .collect(),
        }
    }
}

fn division(d: &Division) -> DraftDivision {
    DraftDivision {
        level: d.level,
        heading: d.heading.value.clone(),
        body: d.body.as_ref().map(|b| b.value.clone()),
        points: d.points.iter().map(point).collect(),
        children: d.children.iter().map(division).collect(),
    }
}

fn point(p: &Point) -> DraftPoint {
    DraftPoint {
        lead: p.lead.as_ref().map(|l| l.value.clone()),
        body: p.body.as_ref().map(|b| b.value.clone()),
    }
}
