//! The report: what one year's `reports/<year>.yaml` says, as plain data, and what belongs to
//! it whatever the stage: its generated numbering, its Markdown bodies, its script (Simplified
//! or Traditional), and the draft shape `import` and `new` write.
//!
//! This is the bottom of the crate: it imports no other area, does no I/O and prints nothing.

pub mod draft;
pub mod markdown;
pub mod model;
pub mod numbering;
pub mod script;
pub mod skeleton;
pub mod title;
