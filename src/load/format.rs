//! The report format as data: every mapping of `reports/<year>.yaml`, the keys it takes, what
//! each key's value is, whether it is required, and the catalogue id of its description.
//!
//! Declared once, here. The loader checks each mapping's keys against its [`Mapping`] (an
//! unknown key, a missing required one) and [`schema`](super::schema) walks the same
//! mappings to write `lawrpt schema`'s JSON Schema, so an editor and `lawrpt check` accept
//! the same keys. The roles are [`Role::ALL`](crate::report::model::Role::ALL) and the
//! children's keys [`Level::list_key`], from the model, used by both. Nothing here reads,
//! writes or prints.

use std::ops::RangeInclusive;

use crate::report::model::Level;

/// What a key's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A whole number in [`YEARS`], unquoted.
    Year,
    /// Text; an empty value (`key:`) reads as empty text.
    Text,
    /// Text on one line (a heading, a lead).
    Line,
    /// Markdown (a body, the preamble): text, best written as a `|-` block.
    Markdown,
    /// A date, `YYYY-MM-DD`, that exists.
    Date,
    /// A number, whole or not (`159`, `98.6`).
    Number,
    /// One of [`Role::ALL`](crate::report::model::Role::ALL), by its key.
    Role,
    /// A list of this mapping; an empty value (`key:`) is an empty list unless required.
    List(&'static Mapping),
}

/// One key of a mapping.
#[derive(Debug)]
pub struct Key {
    pub name: &'static str,
    pub shape: Shape,
    pub required: bool,
    /// The catalogue id of what it is, for the schema (`schema-key-…`).
    pub about: &'static str,
}

/// A kind of mapping in a report: the report itself, a part, section, item or sub-item, a
/// point, an indicator.
#[derive(Debug)]
pub struct Mapping {
    /// Its name among the schema's definitions.
    pub name: &'static str,
    /// The heading level, for a part, section, item or sub-item.
    pub level: Option<Level>,
    pub keys: &'static [Key],
    /// A plain string may stand for the mapping (a point with only a body).
    pub or_text: bool,
    /// The catalogue id of what it is (`schema-mapping-…`).
    pub about: &'static str,
}

/// Mappings are told apart by their names, which are unique.
impl PartialEq for Mapping {
    fn eq(&self, other: &Mapping) -> bool {
        self.name == other.name
    }
}

impl Eq for Mapping {}

impl Mapping {
    /// The key of this name, if the mapping takes it.
    pub fn key(&self, name: &str) -> Option<&'static Key> {
        self.keys.iter().find(|key| key.name == name)
    }

    /// Its keys' names, in the documented order.
    pub fn names(&self) -> Vec<&'static str> {
        self.keys.iter().map(|key| key.name).collect()
    }
}

/// The years a report may be about.
pub const YEARS: RangeInclusive<i64> = 1..=9999;

const fn key(name: &'static str, shape: Shape, required: bool, about: &'static str) -> Key {
    Key {
        name,
        shape,
        required,
        about,
    }
}

const HEADING: Key = key("heading", Shape::Line, true, "schema-key-heading");
const BODY: Key = key("body", Shape::Markdown, false, "schema-key-body");
const POINTS: Key = key("points", Shape::List(&POINT), false, "schema-key-points");

/// The top of the file.
pub static REPORT: Mapping = Mapping {
    name: "report",
    level: None,
    keys: &[
        key("year", Shape::Year, true, "schema-key-year"),
        key("authority", Shape::Text, false, "schema-key-authority"),
        key("title", Shape::Text, false, "schema-key-title"),
        key("issued", Shape::Date, false, "schema-key-issued"),
        key("preamble", Shape::Markdown, false, "schema-key-preamble"),
        key(
            Level::Part.list_key(),
            Shape::List(&PART),
            true,
            "schema-key-parts",
        ),
        key(
            "indicators",
            Shape::List(&INDICATOR),
            false,
            "schema-key-indicators",
        ),
    ],
    or_text: false,
    about: "schema-mapping-report",
};

pub static PART: Mapping = Mapping {
    name: "part",
    level: Some(Level::Part),
    keys: &[
        key("role", Shape::Role, true, "schema-key-role"),
        HEADING,
        BODY,
        POINTS,
        key(
            Level::Section.list_key(),
            Shape::List(&SECTION),
            false,
            "schema-key-sections",
        ),
    ],
    or_text: false,
    about: "schema-mapping-part",
};

pub static SECTION: Mapping = Mapping {
    name: "section",
    level: Some(Level::Section),
    keys: &[
        HEADING,
        BODY,
        POINTS,
        key(
            Level::Item.list_key(),
            Shape::List(&ITEM),
            false,
            "schema-key-items",
        ),
    ],
    or_text: false,
    about: "schema-mapping-section",
};

pub static ITEM: Mapping = Mapping {
    name: "item",
    level: Some(Level::Item),
    keys: &[
        HEADING,
        BODY,
        POINTS,
        key(
            Level::SubItem.list_key(),
            Shape::List(&SUBITEM),
            false,
            "schema-key-subitems",
        ),
    ],
    or_text: false,
    about: "schema-mapping-item",
};

pub static SUBITEM: Mapping = Mapping {
    name: "subitem",
    level: Some(Level::SubItem),
    keys: &[HEADING, BODY, POINTS],
    or_text: false,
    about: "schema-mapping-subitem",
};

pub static POINT: Mapping = Mapping {
    name: "point",
    level: None,
    keys: &[
        key("lead", Shape::Line, false, "schema-key-lead"),
        key("body", Shape::Markdown, false, "schema-key-point-body"),
    ],
    or_text: true,
    about: "schema-mapping-point",
};

pub static INDICATOR: Mapping = Mapping {
    name: "indicator",
    level: None,
    keys: &[
        key("id", Shape::Text, true, "schema-key-indicator-id"),
        key("label", Shape::Text, true, "schema-key-indicator-label"),
        key("value", Shape::Number, true, "schema-key-indicator-value"),
        key("unit", Shape::Text, false, "schema-key-indicator-unit"),
    ],
    or_text: false,
    about: "schema-mapping-indicator",
};

/// Every mapping, the report first, each before the mappings its lists hold.
pub static ALL: [&Mapping; 7] = [
    &REPORT, &PART, &SECTION, &ITEM, &SUBITEM, &POINT, &INDICATOR,
];

/// The mapping of a division at `level`.
pub fn division(level: Level) -> &'static Mapping {
    match level {
        Level::Part => &PART,
        Level::Section => &SECTION,
        Level::Item => &ITEM,
        Level::SubItem => &SUBITEM,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_holds_the_mapping_of_its_level() {
        let owners = [
            (&REPORT, Level::Part),
            (&PART, Level::Section),
            (&SECTION, Level::Item),
            (&ITEM, Level::SubItem),
        ];
        for (owner, level) in owners {
            let key = owner.key(level.list_key()).unwrap();
            assert!(
                key.shape == Shape::List(division(level)),
                "{}",
                level.list_key()
            );
        }
    }

    #[test]
    fn a_division_takes_its_own_children_and_no_deeper_ones() {
        for level in [Level::Part, Level::Section, Level::Item, Level::SubItem] {
            let mapping = division(level);
            assert_eq!(mapping.level, Some(level));
            for other in [Level::Section, Level::Item, Level::SubItem] {
                let takes = mapping.key(other.list_key()).is_some();
                assert_eq!(takes, level.child() == Some(other), "{level:?} {other:?}");
            }
            assert_eq!(mapping.key("role").is_some(), level == Level::Part);
        }
    }
}
