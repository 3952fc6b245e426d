//! Between the years and the site: which file holds a page of the site in a given script, so
//! that every link leads to a file a build writes. Input: the scripts published and the script
//! each year is written in, as the manifest has them; output: file names and the year pages'
//! navigation. No I/O.
//!
//! A page written in one script is its own file (`report.html`, `index.html`,
//! `2023-2024.html`); in another published script it is the converted copy beside it
//! (`report.zh-Hant.html`); in a script that is not published there is only the page as
//! written. The site's index is written in the newest year's script and copied into every
//! other published one.
//!
//! The years run in parallel, and a year's script is known only once it is loaded: a year
//! links its neighbours by the scripts the manifest holds (`pipeline::Setup::context`), and
//! guesses those of years not built yet. Those scripts are part of the year's context hash, so
//! once every year of a run is known the site can tell which years linked by a wrong guess and
//! build them again (`site::relink`), and a later build notices a neighbour whose script
//! changed.

use crate::render::INDEX;
use crate::render::variant;
use crate::render::view::{Nav, NavLink};
use crate::report::script::Script;
use crate::site::manifest::Manifest;

/// A year's HTML page's file name in the script it is written in.
const REPORT: &str = "report.html";

/// The scripts of a site: those published, and the one its index is written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Map {
    /// `scripts` in lawrpt.toml, or `--script`: every page gets a copy in each.
    pub published: Vec<Script>,
    /// The script of `index.html`: the newest year's.
    pub index: Script,
}

impl Map {
    /// The file of a page whose own file is `page`, written in `written`, as read in `want`.
    pub fn file(&self, page: &str, written: Script, want: Script) -> String {
        if written == want || !self.published.contains(&want) {
            page.to_string()
        } else {
            variant::file_name(page, want)
        }
    }

    /// The index page as read in `want`: `index.html` or `index.zh-Hant.html`.
    pub fn index_file(&self, want: Script) -> String {
        self.file(INDEX.file, self.index, want)
    }

    /// The scripts the index is written in: its own first, then every other published one.
    pub fn index_scripts(&self) -> Vec<Script> {
        std::iter::once(self.index)
            .chain(variant::others(self.index, &self.published))
            .collect()
    }
}

/// The script a year's pages are written in, as its last build recorded.
pub fn script_in(manifest: &Manifest, year: &str) -> Option<Script> {
    manifest
        .years
        .get(year)
        .and_then(|entry| Script::from_lang(&entry.lang))
}

/// What a year's pages link to besides themselves: the years before and after it, each with
/// the script it is written in, and the site's index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Around {
    prev: Option<(String, Script)>,
    next: Option<(String, Script)>,
    map: Map,
}

impl Around {
    /// The surroundings of a year whose neighbours are `prev` and `next`, each in the script
    /// `script_of` says, on the site `map`.
    pub fn new(
        (prev, next): (Option<&str>, Option<&str>),
        script_of: impl Fn(&str) -> Script,
        map: Map,
    ) -> Around {
        let known = |year: &str| (year.to_string(), script_of(year));
        Around {
            prev: prev.map(known),
            next: next.map(known),
            map,
        }
    }

    /// Everything the links depend on, for the year's context hash. With one script published
    /// the links name no script, and only the neighbouring years count.
    pub fn key(&self) -> String {
        let year = |side: &Option<(String, Script)>| match side {
            None => String::new(),
            Some((year, _)) if self.map.published.is_empty() => year.clone(),
            Some((year, script)) => format!("{year} {}", script.lang()),
        };
        let mut key = format!("{}|{}", year(&self.prev), year(&self.next));
        if !self.map.published.is_empty() {
            key.push('|');
            key.push_str(self.map.index.lang());
        }
        key
    }

    /// The navigation of the year's page in `script`: to the index and the neighbours' pages
    /// in that script.
    pub fn nav(&self, script: Script) -> Nav {
        let link = |(year, written): &(String, Script)| NavLink {
            year: year.clone(),
            href: format!("../{year}/{}", self.map.file(REPORT, *written, script)),
        };
        Nav {
            index: format!("../{}", self.map.index_file(script)),
            prev: self.prev.as_ref().map(link),
            next: self.next.as_ref().map(link),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Script::{Simplified as Hans, Traditional as Hant};

    #[track_caller]
    fn hrefs(nav: &Nav) -> (String, String, String) {
        let href = |link: &Option<NavLink>| link.as_ref().map(|l| l.href.clone()).unwrap();
        (nav.index.clone(), href(&nav.prev), href(&nav.next))
    }

    fn both(index: Script) -> Map {
        Map {
            published: vec![Hans, Hant],
            index,
        }
    }

    #[test]
    fn a_page_is_its_own_file_in_its_script_its_copy_in_another_published_one() {
        let map = both(Hant);
        assert_eq!(map.file("report.html", Hans, Hans), "report.html");
        assert_eq!(map.file("report.html", Hans, Hant), "report.zh-Hant.html");
        assert_eq!(map.index_file(Hant), "index.html");
        assert_eq!(map.index_file(Hans), "index.zh-Hans.html");
        assert_eq!(map.index_scripts(), [Hant, Hans]);
        let one = Map {
            published: vec![Hant],
            index: Hans,
        };
        // Simplified is not published: the Traditional year has no Simplified copy.
        assert_eq!(one.file("report.html", Hant, Hans), "report.html");
        assert_eq!(one.index_scripts(), [Hans, Hant]);
    }

    #[test]
    fn year_links_lead_to_the_neighbours_page_in_the_pages_script() {
        // 2022 and 2024 Traditional, around a Simplified 2023.
        let around = Around::new((Some("2022"), Some("2024")), |_| Hant, both(Hant));
        assert_eq!(
            hrefs(&around.nav(Hans)),
            (
                "../index.zh-Hans.html".into(),
                "../2022/report.zh-Hans.html".into(),
                "../2024/report.zh-Hans.html".into()
            )
        );
        assert_eq!(
            hrefs(&around.nav(Hant)),
            (
                "../index.html".into(),
                "../2022/report.html".into(),
                "../2024/report.html".into()
            )
        );
        assert_eq!(around.key(), "2022 zh-Hant|2024 zh-Hant|zh-Hant");
    }

    #[test]
    fn with_one_script_the_links_are_as_they_always_were() {
        let map = Map {
            published: vec![],
            index: Hant,
        };
        let around = Around::new((Some("2022"), Some("2024")), |_| Hant, map);
        assert_eq!(
            hrefs(&around.nav(Hans)),
            (
                "../index.html".into(),
                "../2022/report.html".into(),
                "../2024/report.html".into()
            )
        );
        assert_eq!(around.key(), "2022|2024");
    }
}
